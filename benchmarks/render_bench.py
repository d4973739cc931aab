"""Time rendering hostile and ordinary entry bodies: ``render_markdown`` and
the preview's Qt layout (issue 20, item 2).

    python benchmarks/render_bench.py                    # every case, median of 5
    python benchmarks/render_bench.py --cases b-20000 1mb --repeat 3
    python benchmarks/render_bench.py --pdf              # also a one-entry PDF export of each
    python benchmarks/render_bench.py --timeout 30       # give up on a case after 30 s

Each case runs in its own process (Qt offscreen), so one that takes minutes
or crashes is reported as such and the others still run. For each case it
prints the body's size, then median times of:

- ``render``: ``render_markdown(body)``, what the preview formats;
- ``layout``: ``SafeTextBrowser.setHtml`` of that HTML and the document's
  layout at 700x600 (the preview beside the editor), events processed;
- ``total``: the two together, against the 100 ms target;
- with ``--pdf``: ``render_markdown(body, whole=True)`` and ``html_to_pdf``
  of it, the export path (no target: exports are not interactive).

It uses whichever ``reflectjournal`` is first on the path, so the same
script gives "before" figures when run against an older checkout
(``PYTHONPATH=/path/to/old/checkout``); a renderer without ``whole`` is
called without it. A case that raises prints the exception's class.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

TARGET_MS = 100.0


def _words(count: int) -> str:
    """About ``count`` words of realistic reflective Markdown: the benchmark
    generator's entries, with a heading, a list and emphasis now and then."""
    sys.path.insert(0, str(HERE))
    from generate import generate

    parts: list[str] = []
    total = 0
    for index, entry in enumerate(generate(max(4, count // 150), 20)):
        if index % 3 == 0:
            parts.append(f"## {entry.title}")
        body = entry.body
        if index % 4 == 1:
            body = body.replace(". ", ". *", 1).replace(". ", "* ", 1)
        parts.append(body)
        if index % 5 == 2:
            parts.append("- what went well\n- what I would change\n- what I need from supervision")
        total += len(body.split())
        if total >= count:
            break
    return "\n\n".join(parts)


def cases() -> dict[str, str]:
    """Name -> body. The first four are the attacks in issue 20."""
    return {
        "list-600-one-line": "- " * 600 + "x",
        "b-20000": "<b>" * 20_000 + "x" + "</b>" * 20_000,
        "1mb": ("A long reflection with ordinary words in it. " * 23_000)[:1_000_000],
        "pack-description": "- " * 1000,
        "ol-600-one-line": "1. " * 600 + "x",
        "quote-600-one-line": "> " * 600 + "x",
        "quote-list-mixed-300": "> - " * 300 + "x",
        "indented-lists-300": "\n".join(" " * (4 * i) + "- x" for i in range(300)),
        "quote-lines-600": "\n".join("> " * i + "x" for i in range(1, 600)),
        "div-20000": "<div>" * 20_000 + "x",
        "div-quoted-lt-20000": '<div title="<">' * 20_000 + "x",
        "emphasis-nest-5000": "*_" * 5_000 + "x" + "_*" * 5_000,
        "links-in-links-2000": "[" * 2_000 + "x" + "](https://example.org)" * 2_000,
        "open-brackets-20000": "[" * 20_000,
        "autolinks-5000": "<http://a" * 5_000,
        "setext-5000": "a\n=\n" * 5_000,
        "table-5000-cols": "|" + "a|" * 5_000 + "\n|" + "-|" * 5_000 + "\n|" + "b|" * 5_000,
        "table-20000-rows": "|a|b|\n|-|-|\n" + "|x|y|\n" * 20_000,
        "list-25000-items": "- item\n" * 25_000,
        "paragraphs-30000": "a\n\n" * 30_000,
        "hard-breaks-30000": "a  \n" * 30_000,
        "words-500": _words(500),
        "words-5000": _words(5_000),
    }


def _median_ms(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def run_case(name: str, repeat: int, pdf: bool) -> dict:
    """Measure one case in this process; returns the figures."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import inspect

    from PySide6.QtWidgets import QApplication

    from reflectjournal.core.rendering import render_markdown
    from reflectjournal.ui.preview import SafeTextBrowser

    body = cases()[name]
    app = QApplication.instance() or QApplication([])
    view = SafeTextBrowser()
    view.resize(700, 600)
    view.show()

    def lay_out(markup: str) -> None:
        view.setHtml(markup)
        view.document().documentLayout().documentSize()
        app.processEvents()

    lay_out("<p>warm-up</p>")  # fonts are loaded once
    figures: dict = {"case": name, "chars": len(body)}
    try:
        figures["render_ms"], markup = _median_ms(lambda: render_markdown(body), repeat)
        figures["html_chars"] = len(markup)
        figures["layout_ms"], _ = _median_ms(lambda: lay_out(markup), repeat)
        figures["total_ms"] = figures["render_ms"] + figures["layout_ms"]
        figures["notes"] = markup.count('class="render-note"')
    except BaseException as exc:  # noqa: BLE001 - reported, not raised
        figures["error"] = type(exc).__name__
        return figures
    if pdf:
        from reflectjournal.pdf import html_to_pdf

        whole = "whole" in inspect.signature(render_markdown).parameters
        try:
            figures["export_render_ms"], doc = _median_ms(
                lambda: render_markdown(body, whole=True) if whole else render_markdown(body), 1
            )
            import datetime as dt

            figures["pdf_ms"], data = _median_ms(lambda: html_to_pdf(doc, title="t", generated=dt.date(2026, 1, 1)), 1)
            figures["pdf_bytes"] = len(data)
        except BaseException as exc:  # noqa: BLE001
            figures["pdf_error"] = type(exc).__name__
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per case; the median is shown (default 5)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a case is given up (default 120)")
    parser.add_argument("--pdf", action="store_true", help="also time the export path: whole render and PDF")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: run one case, print JSON
    args = parser.parse_args(argv)

    if args.one:
        print(json.dumps(run_case(args.one, args.repeat, args.pdf)))
        return 0

    import reflectjournal

    names = args.cases or list(cases())
    print(f"reflectjournal from {Path(reflectjournal.__file__).parent}")
    print(
        f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    header = f"{'case':24} {'chars':>9} {'render':>9} {'layout':>9} {'total':>9}  verdict"
    if args.pdf:
        header += f"  {'export':>9} {'pdf':>9}"
    print(header)
    results = []
    missed = 0
    for name in names:
        command = [sys.executable, __file__, "--one", name, "--repeat", str(args.repeat)] + (
            ["--pdf"] if args.pdf else []
        )
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout)
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            figures = json.loads(lines[-1]) if lines else {"case": name, "error": f"exit {done.returncode}"}
        except subprocess.TimeoutExpired:
            figures = {"case": name, "error": f"over {args.timeout:.0f} s"}
        results.append(figures)
        chars = len(cases()[name])
        if "error" in figures:
            print(f"{name:24} {chars:9} {figures['error']:>29}  MISS")
            missed += 1
            continue
        verdict = "ok" if figures["total_ms"] <= TARGET_MS else "MISS"
        missed += verdict == "MISS"
        line = (
            f"{name:24} {chars:9} {figures['render_ms']:7.1f}ms {figures['layout_ms']:7.1f}ms "
            f"{figures['total_ms']:7.1f}ms  {verdict:4}"
        )
        if args.pdf:
            if "pdf_error" in figures:
                line += f"  {figures['pdf_error']:>19}"
            else:
                line += f"  {figures['export_render_ms']:7.0f}ms {figures['pdf_ms']:7.0f}ms"
        print(line, flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    print(f"{len(names) - missed} of {len(names)} within {TARGET_MS:.0f} ms")
    return 1 if missed else 0


if __name__ == "__main__":
    if not os.environ.get("PYTHONPATH"):  # run from a checkout; PYTHONPATH picks another (for "before" figures)
        sys.path.insert(0, str(ROOT))
    sys.exit(main())

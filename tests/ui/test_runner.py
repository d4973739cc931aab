"""One runner for background work (ui/runner.py)."""

from __future__ import annotations

import datetime as dt
import io
import threading

import pypdf

from reflectjournal.ui.runner import Runner


def test_results_and_progress_come_back_on_the_gui_thread(qtbot):
    runner = Runner()
    seen: list[tuple[str, object, bool]] = []
    on_gui = lambda: threading.current_thread() is threading.main_thread()  # noqa: E731

    def work(job):
        seen.append(("worker", None, on_gui()))
        for done in range(3):
            job.report(done, 3)
        return "result"

    runner.run(
        work,
        progress=lambda done, total: seen.append(("progress", done, on_gui())),
        on_done=lambda result: seen.append(("done", result, on_gui())),
    )
    qtbot.waitUntil(lambda: not runner.jobs(), timeout=5000)
    assert seen == [
        ("worker", None, False),
        ("progress", 0, True),
        ("progress", 1, True),
        ("progress", 2, True),
        ("done", "result", True),
    ]

    errors = []
    runner.run(lambda job: 1 / 0, on_done=lambda r: errors.append("done?"), on_error=errors.append)
    qtbot.waitUntil(lambda: not runner.jobs(), timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)


def test_a_cancel_in_answer_to_a_report_is_seen_at_that_report(qtbot):
    """Progress is acknowledged, so stopping is deterministic (the import's
    "nothing was saved" depends on stopping before its commit)."""
    runner = Runner()
    stopped_at = []

    def work(job):
        for done in range(1000):
            job.report(done, 1000)
            if job.cancelled:
                stopped_at.append(done)
                return "stopped"
        return "ran to the end"

    results = []
    holder = {}

    def progress(done, total):
        if done == 10:
            holder["job"].cancel()

    holder["job"] = runner.run(work, progress=progress, on_done=results.append, cancellable=True)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["stopped"] and stopped_at == [10]


def test_waiting_is_bounded(qtbot):
    runner = Runner()
    release = threading.Event()
    runner.run(lambda job: release.wait(10), uses_journal=True)
    assert not runner.wait(50)  # still running: the wait gives up instead of hanging
    assert not runner.wait(50, uses_journal=True)
    assert [job.name for job in runner.running(uses_journal=True)] == ["<lambda>"]
    release.set()
    assert runner.wait_for_done(5000)
    assert runner.jobs() == []  # delivered without an event loop


def test_a_pdf_laid_out_on_a_worker_matches_one_laid_out_on_the_gui_thread(qtbot):
    """QTextDocument and QPdfWriter are reentrant and need no widget or pixmap:
    the printable PDF export is written on the runner."""
    from reflectjournal.pdf import html_to_pdf

    html = "<h1>Reflective journal</h1>" + "".join(
        f"<h2>Visit {i}</h2><p>The flat was <strong>tidy</strong>; café, naïve, “quotes”.</p>" for i in range(60)
    )

    def text_of(data: bytes) -> list[str]:
        return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]

    day = dt.date(2024, 5, 31)
    on_gui = html_to_pdf(html, title="Reflective journal", generated=day)
    runner = Runner()
    made = []
    runner.run(lambda job: html_to_pdf(html, title="Reflective journal", generated=day), on_done=made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=20_000)
    assert len(text_of(on_gui)) > 1  # several pages, with headers and footers
    assert text_of(made[0]) == text_of(on_gui)

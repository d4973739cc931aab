"""Regenerate the framework test corpus: ``good/`` and ``bad/``.

    .venv/bin/python tests/data/frameworks/make_frameworks.py

Each bad file breaks one rule; tests/core/test_frameworks.py says which field
and which words its message must hold. The files are committed, so the tests
do not depend on this script; it documents how each was made (as
tests/data/packs/make_packs.py does for prompt packs).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

ITEMS = [
    {"id": "1", "title": "Working with children and families"},
    {"id": "2", "title": "Using supervision and reflection", "description": "Bringing *cases* to supervision.", "level": "Year one"},
    {"id": "2.1", "title": "Recording reflection"},
]  # fmt: skip
BASE = {
    "format": "reflectjournal-framework",
    "format_version": 1,
    "id": "local-ecs",
    "version": "1.0.0",
    "name": "An example local early career framework",
    "publisher": "An example council",
    "year": 2026,
    "licence": "CC-BY-4.0",
    "source": {"citation": "An example council (2026) Local early career framework.", "url": "https://example.org/ecf"},
    "items": ITEMS,
}


def dump(value: object) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=True).encode("ascii")


def framework(**changes: object) -> dict:
    out = copy.deepcopy(BASE)
    out.update(changes)
    return out


def without(key: str) -> dict:
    return {k: v for k, v in copy.deepcopy(BASE).items() if k != key}


def with_item(**changes: object) -> bytes:
    item = dict(ITEMS[0], **changes)
    return dump(framework(items=[item, *ITEMS[1:]]))


def with_source(**changes: object) -> bytes:
    return dump(framework(source=dict(BASE["source"], **changes)))


def bad_files() -> dict[str, bytes]:
    base = dump(BASE)
    files: dict[str, bytes] = {}
    # Size, encoding and JSON.
    files["over-512kib.json"] = base + b" " * (512 * 1024 + 1 - len(base))
    files["empty.json"] = b""
    files["invalid-utf8.json"] = base.replace(b'"An example council"', b'"An example \xff council"')
    files["overlong-utf8.json"] = base.replace(b'"An example council"', b'"An \xc0\xaf council"')
    files["utf16.json"] = json.dumps(BASE).encode("utf-16")
    files["nul-bytes.json"] = base.replace(b'"CC-BY-4.0"', b'"CC-BY\x00"')
    files["truncated.json"] = base[: len(base) // 2]
    files["trailing-comma.json"] = base.replace(b'"CC-BY-4.0"', b'"CC-BY-4.0",,')
    files["comment.json"] = b"// a local framework\n" + base
    files["top-level-list.json"] = b"[" + base + b"]"
    files["deep-nesting.json"] = b"[" * 100_000 + b"]" * 100_000
    files["deep-unclosed.json"] = b'{"items": ' + b"[{" * 50_000
    files["duplicate-keys.json"] = base.replace(
        b'"title": "Working with children and families"',
        b'"title": "Working with children and families", "title": "Something else"',
    )
    files["nan-year.json"] = base.replace(b'"year": 2026', b'"year": NaN')
    files["huge-number-year.json"] = base.replace(b'"year": 2026', b'"year": 1' + b"0" * 5000)
    files["raw-control-in-string.json"] = base.replace(b'"CC-BY-4.0"', b'"CC-BY\x01-4.0"')
    # Format.
    files["a-prompt-pack.json"] = dump(framework(format="reflectjournal-prompt-pack"))
    files["missing-format.json"] = dump(without("format"))
    files["format-from-the-future.json"] = dump(framework(format_version=2))
    files["format-version-as-text.json"] = dump(framework(format_version="1"))
    # The framework.
    files["missing-name.json"] = dump(without("name"))
    files["missing-items.json"] = dump(without("items"))
    files["unknown-field.json"] = dump(framework(license="MIT"))
    files["id-uppercase.json"] = dump(framework(id="Local-ECS"))
    files["id-with-colon.json"] = dump(framework(id="local:ecs"))
    files["id-too-long.json"] = dump(framework(id="a-very-long-framework-id"))
    files["id-zero-width.json"] = dump(framework(id="local\u200b-ecs"))
    files["id-of-a-built-in.json"] = dump(framework(id="swe-ps"))
    files["version-not-semver.json"] = dump(framework(version="2026"))
    files["name-bidi-override.json"] = dump(framework(name="An example \u202elocal framework"))
    files["name-control-char.json"] = dump(framework(name="An example\u0007 framework"))
    files["name-line-break.json"] = dump(framework(name="An example\nframework"))
    files["name-lone-surrogate.json"] = base.replace(b'"An example local', b'"An \\ud800 example local')
    files["name-mixed-script.json"] = dump(framework(name="Soci\u0430l Work England standards"))
    files["name-empty.json"] = dump(framework(name="   "))
    files["publisher-zero-width.json"] = dump(framework(publisher="An exam\u200dple council"))
    files["publisher-not-text.json"] = dump(framework(publisher=["An example council"]))
    files["year-as-text.json"] = dump(framework(year="2026"))
    files["year-as-boolean.json"] = dump(framework(year=True))
    files["year-out-of-range.json"] = dump(framework(year=20260))
    files["licence-too-long.json"] = dump(framework(licence="L" * 101))
    files["notes-bidi-isolate.json"] = dump(framework(notes="Checked \u2067against the source."))
    # The source.
    files["source-not-an-object.json"] = dump(framework(source="https://example.org/ecf"))
    files["source-missing-citation.json"] = dump(framework(source={"url": "https://example.org/ecf"}))
    files["source-missing-url.json"] = dump(framework(source={"citation": "An example council (2026)."}))
    files["source-http.json"] = with_source(url="http://example.org/ecf")
    files["source-javascript.json"] = with_source(url="javascript:alert(1)")
    files["source-look-alike-letters.json"] = dump(
        framework(source=dict(BASE["source"], url="https://ex\u0430mple.org/"))
    )
    files["source-unknown-field.json"] = with_source(year=2026)
    # Items.
    files["items-empty.json"] = dump(framework(items=[]))
    files["items-not-a-list.json"] = dump(framework(items={"1": "Working with children"}))
    files["too-many-items.json"] = dump(framework(items=[{"id": str(n), "title": f"Item {n}"} for n in range(301)]))
    files["item-not-an-object.json"] = dump(framework(items=["Working with children and families"]))
    files["item-missing-title.json"] = dump(framework(items=[{"id": "1"}]))
    files["item-missing-id.json"] = dump(framework(items=[{"title": "Working with children"}]))
    files["item-id-with-colon.json"] = with_item(id="1:2")
    files["item-id-with-space.json"] = with_item(id="1 2")
    files["item-id-as-number.json"] = with_item(id=1)
    files["item-id-repeated.json"] = dump(framework(items=[ITEMS[0], dict(ITEMS[1], id="1")]))
    files["item-title-line-break.json"] = with_item(title="Working with\nchildren")
    files["item-title-too-long.json"] = with_item(title="W" * 201)
    files["item-title-bidi-override.json"] = with_item(title="Working \u202ewith children")
    files["item-description-bidi-isolate.json"] = with_item(description="Bringing \u2066cases\u2069 to supervision.")
    files["item-description-too-long.json"] = with_item(description="d" * 2001)
    files["item-level-not-text.json"] = with_item(level=1)
    files["item-unknown-field.json"] = with_item(titel="Working")
    return files


def good_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    files["local-early-career.json"] = dump(BASE)
    files["with-notes-and-attribution.json"] = json.dumps(
        framework(
            id="local-notes",
            attribution="Contains public sector information licensed under the Open Government Licence v3.0.",
            notes="Line one.\r\n\r\nScho\u0308n, with a tab\there.",
        ),
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")
    files["utf8-bom.json"] = b"\xef\xbb\xbf" + dump(framework(id="local-bom"))
    return files


def main() -> None:
    for folder, files in (("bad", bad_files()), ("good", good_files())):
        target = HERE / folder
        target.mkdir(exist_ok=True)
        for name, data in files.items():
            (target / name).write_bytes(data)
        print(f"{folder}: {len(files)} files")


if __name__ == "__main__":
    main()

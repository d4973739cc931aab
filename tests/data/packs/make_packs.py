"""Regenerate the prompt pack test corpus: ``good/`` and ``bad/``.

    .venv/bin/python tests/data/packs/make_packs.py

Each bad file breaks one rule; tests/core/test_packs.py says which field and
which words its message must hold. The files are committed, so the tests do
not depend on this script; it documents how each was made.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

SOURCE = {"author": "Gibbs, G.", "title": "Learning by Doing", "year": 1988}
PROMPT = {
    "id": "first",
    "title": "After the visit",
    "when": ["after_home_visit"],
    "questions": ["What happened?", "What did the child say?"],
    "sources": [SOURCE],
}
BASE = {
    "format": "reflectjournal-prompt-pack",
    "format_version": 1,
    "id": "org.example.test",
    "title": "Test pack",
    "version": "1.0.0",
    "updated": "2026-11-25",
    "language": "en-GB",
    "licence": "CC-BY-4.0",
    "authors": ["A. Tester"],
    "description": "A pack for tests.",
    "prompts": [PROMPT],
}


# A framework a pack carries (format version 3; tests/data/frameworks/ has
# the framework file corpus).
FRAMEWORK = {
    "id": "local-ecs",
    "version": "1.0.0",
    "name": "An example local early career framework",
    "publisher": "An example council",
    "year": 2026,
    "licence": "CC-BY-4.0",
    "source": {"citation": "An example council (2026) Local early career framework.", "url": "https://example.org/ecf"},
    "items": [{"id": "1", "title": "Working with children and families"}, {"id": "2", "title": "Using supervision"}],
}


def dump(value: object) -> bytes:
    return json.dumps(value, indent=2, ensure_ascii=True).encode("ascii")


def pack(**changes: object) -> dict:
    out = copy.deepcopy(BASE)
    out.update(changes)
    return out


def prompt(**changes: object) -> dict:
    out = copy.deepcopy(PROMPT)
    out.update(changes)
    return out


def with_prompt(**changes: object) -> bytes:
    return dump(pack(prompts=[prompt(**changes)]))


def with_source(**changes: object) -> bytes:
    source = dict(SOURCE, **changes)
    return dump(pack(prompts=[prompt(sources=[source])]))


def bad_files() -> dict[str, bytes]:
    base = dump(BASE)
    files: dict[str, bytes] = {}
    # Size: a valid pack padded past 2 MiB with spaces (git stores it in a few KB).
    files["over-2mib.rjpack"] = base + b" " * (2 * 1024 * 1024 + 1 - len(base))
    # Encoding.
    files["invalid-utf8.rjpack"] = base.replace(b'"Test pack"', b'"Test \xff\xfe pack"')
    files["overlong-utf8.rjpack"] = base.replace(b'"Test pack"', b'"Test \xc0\xaf pack"')
    files["utf16.rjpack"] = json.dumps(BASE).encode("utf-16")
    files["utf16-no-bom.rjpack"] = json.dumps(BASE).encode("utf-16-le")
    files["lone-surrogate.rjpack"] = base.replace(b'"Test pack"', b'"Test \\ud800 pack"')
    files["lone-low-surrogate-in-question.rjpack"] = with_prompt(questions=["What \udc00 happened?"]).replace(
        b"\\udc00", b"\\udc00"
    )
    files["empty.rjpack"] = b""
    files["binary-garbage.rjpack"] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    # JSON.
    files["truncated.rjpack"] = base[: len(base) // 2]
    files["trailing-comma.rjpack"] = base.replace(b'"A. Tester"', b'"A. Tester",')
    files["comment.rjpack"] = b"// a comment\n" + base
    files["raw-control-in-string.rjpack"] = base.replace(b'"Test pack"', b'"Test \x01 pack"')
    files["top-level-list.rjpack"] = b"[" + base + b"]"
    files["duplicate-keys.rjpack"] = with_prompt().replace(
        b'"title": "After the visit"', b'"title": "After the visit", "title": "Something else"'
    )
    files["duplicate-top-level-id.rjpack"] = base.replace(
        b'"id": "org.example.test"', b'"id": "org.example.test", "id": "org.example.other"'
    )
    files["nan.rjpack"] = with_source().replace(b'"year": 1988', b'"year": NaN')
    files["infinity.rjpack"] = with_source().replace(b'"year": 1988', b'"year": Infinity')
    files["negative-infinity.rjpack"] = with_source().replace(b'"year": 1988', b'"year": -Infinity')
    files["huge-number.rjpack"] = with_source().replace(b'"year": 1988', b'"year": 1' + b"0" * 5000)
    files["huge-float.rjpack"] = with_source().replace(b'"year": 1988', b'"year": 1e400')
    files["deep-nesting.rjpack"] = b"[" * 100_000 + b"]" * 100_000
    files["deep-unclosed.rjpack"] = b'{"a": ' + b"[{" * 50_000
    files["deep-nesting-in-tags.rjpack"] = with_prompt(tags="TAGS").replace(b'"TAGS"', b"[" * 40 + b'"x"' + b"]" * 40)
    files["brackets-hidden-by-escapes.rjpack"] = base.replace(
        b'"A pack for tests."', b'"\\\\"' + b"[" * 40 + b'"\\\\"' + b"]" * 40
    )
    # Format.
    files["wrong-format-name.rjpack"] = dump(pack(format="reflectjournal-journal"))
    files["missing-format.rjpack"] = dump({k: v for k, v in BASE.items() if k != "format"})
    files["format-from-the-future.rjpack"] = dump(pack(format_version=99))
    files["format-version-as-text.rjpack"] = dump(pack(format_version="1"))
    # Pack fields.
    files["missing-title.rjpack"] = dump({k: v for k, v in BASE.items() if k != "title"})
    files["title-not-text.rjpack"] = dump(pack(title=42))
    files["title-bidi-override.rjpack"] = dump(pack(title="Test \u202epack"))
    files["title-control-char.rjpack"] = dump(pack(title="Test \u0007 pack"))
    files["title-line-break.rjpack"] = dump(pack(title="Test\npack"))
    files["pack-id-zero-width.rjpack"] = dump(pack(id="org.exa\u200bmple.test"))
    files["pack-id-not-reverse-dns.rjpack"] = dump(pack(id="My Pack"))
    files["huge-string.rjpack"] = dump(pack(description="a" * 300_000))
    files["bad-semver.rjpack"] = dump(pack(version="1.0"))
    files["bad-date.rjpack"] = dump(pack(updated="2026-13-01"))
    files["authors-empty.rjpack"] = dump(pack(authors=[]))
    files["authors-not-a-list.rjpack"] = dump(pack(authors="A. Tester"))
    files["unknown-pack-field.rjpack"] = dump(pack(licens="MIT"))
    files["empty-prompts.rjpack"] = dump(pack(prompts=[]))
    files["prompts-not-a-list.rjpack"] = dump(pack(prompts={"first": PROMPT}))
    files["too-many-prompts.rjpack"] = dump(pack(prompts=[prompt(id=f"p{i}") for i in range(501)]))
    # Prompt fields.
    files["prompt-not-an-object.rjpack"] = dump(pack(prompts=["What happened?"]))
    files["prompt-missing-questions.rjpack"] = dump(
        pack(prompts=[{k: v for k, v in PROMPT.items() if k != "questions"}])
    )
    files["questions-not-a-list.rjpack"] = with_prompt(questions="What happened?")
    files["questions-empty.rjpack"] = with_prompt(questions=[])
    files["question-not-text.rjpack"] = with_prompt(questions=["What happened?", None])
    files["question-line-break.rjpack"] = with_prompt(questions=["What\nhappened?"])
    files["question-repeated.rjpack"] = with_prompt(questions=["What happened?", "What happened?"])
    files["prompt-title-bidi-isolate.rjpack"] = with_prompt(title="After \u2067the visit")
    files["prompt-id-zero-width.rjpack"] = with_prompt(id="fi\u200drst")
    files["prompt-id-with-slash.rjpack"] = with_prompt(id="first/second")
    files["duplicate-prompt-ids.rjpack"] = dump(pack(prompts=[prompt(), prompt(title="Another")]))
    files["unknown-when.rjpack"] = with_prompt(when=["after_home_vist"])
    files["when-empty.rjpack"] = with_prompt(when=[])
    files["unknown-prompt-field.rjpack"] = with_prompt(questons=["What happened?"])
    files["guidance-bidi-override.rjpack"] = with_prompt(guidance="Read this \u202ecarefully")
    files["guidance-too-long.rjpack"] = with_prompt(guidance="word " * 2_100)
    files["tag-too-long.rjpack"] = with_prompt(tags=["t" * 61])
    # Sources.
    files["sources-not-a-list.rjpack"] = with_prompt(sources=SOURCE)
    files["source-not-an-object.rjpack"] = with_prompt(sources=["Gibbs (1988)"])
    files["source-missing-year.rjpack"] = with_prompt(sources=[{"author": "Gibbs, G.", "title": "Learning by Doing"}])
    files["year-as-text.rjpack"] = with_source(year="1988")
    files["year-as-decimal.rjpack"] = with_source(year=1988.5)
    files["year-as-boolean.rjpack"] = with_source(year=True)
    files["year-out-of-range.rjpack"] = with_source(year=20_000)
    files["url-javascript.rjpack"] = with_source(url="javascript:alert(1)")
    files["url-look-alike-letters.rjpack"] = with_source(url="https://g\u043e\u043egle.example/")
    # Many problems at once: the list stops at 50.
    files["many-problems.rjpack"] = dump(pack(prompts=[{"id": i} for i in range(100)]))
    # Frameworks carried by a pack (format version 3).
    files["frameworks-need-version-3.rjpack"] = dump(pack(frameworks=[FRAMEWORK]))
    files["frameworks-empty.rjpack"] = dump(pack(format_version=3, frameworks=[]))
    files["framework-takes-a-built-in-id.rjpack"] = dump(
        pack(format_version=3, frameworks=[dict(FRAMEWORK, id="swe-ps")])
    )
    files["framework-ids-repeated.rjpack"] = dump(pack(format_version=3, frameworks=[FRAMEWORK, FRAMEWORK]))
    files["framework-item-title-bidi.rjpack"] = dump(
        pack(format_version=3, frameworks=[dict(FRAMEWORK, items=[{"id": "1", "title": "Working \u202ewith"}])])
    )
    files["serves-an-unknown-item.rjpack"] = dump(
        pack(format_version=3, frameworks=[FRAMEWORK], prompts=[prompt(serves=["local-ecs:9"])])
    )
    return files


def good_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    files["minimal.rjpack"] = dump(BASE)
    full = pack(
        organisation="An example team",
        version="2.1.0-beta.1+build.7",
        description="Line one.\r\n\r\nLine two, with a tab\there.",
        prompts=[
            prompt(
                model="Gibbs: Description",
                guidance="Some *Markdown*, a [link](https://example.org/) and brackets: [[[ {{{ ]]] }}}",
                tags=["#Home Visit", "home   visit", "Voice of the child"],
                sources=[dict(SOURCE, publisher="Further Education Unit, Oxford Polytechnic",
                              url="https://example.org/gibbs?x=1&y=%C3%B6")],
                when=["after_home_visit", "critical_incident"],
            ),
            prompt(id="second.part-2_b", title="No sources", sources=[]),
        ],
    )  # fmt: skip
    files["full.rjpack"] = dump(full)
    files["utf8-bom.rjpack"] = b"\xef\xbb\xbf" + dump(BASE)
    # Decomposed accents (NFD) in a title are stored composed (NFC); a
    # right-to-left mark inside Markdown is allowed.
    files["unicode.rjpack"] = json.dumps(
        pack(
            title="Myfyrio: Scho\u0308n a\u0300 l'e\u0301cole",
            description="\u05e9\u05dc\u05d5\u05dd\u200f world",
            prompts=[prompt(title="Gwerthuso \u2014 \u6c34", questions=["Beth ddigwyddodd? \U0001f600"])],
        ),
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")
    files["compact.rjpack"] = json.dumps(BASE, separators=(",", ":")).encode("ascii")
    files["deep-but-allowed.rjpack"] = dump(pack(description="x" + "[" * 500 + "{" * 500))
    files["with-frameworks.rjpack"] = dump(
        pack(format_version=3, frameworks=[FRAMEWORK], prompts=[prompt(serves=["local-ecs:2", "swe-ps:4"])])
    )
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

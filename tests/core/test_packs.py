"""Prompt packs: the .rjpack reader, writer and built-in packs.

A pack file is untrusted input. The hostile corpus in tests/data/packs/bad/
(made by tests/data/packs/make_packs.py) and the hypothesis tests below check
that every bad file ends in PackInvalid naming its field, never in another
exception, and quickly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reflectjournal.core import packs, untrusted_json
from reflectjournal.core.errors import JournalError, PackInvalid
from reflectjournal.core.models import BUILTIN_KINDS
from reflectjournal.core.packs import (
    KIND_WHEN,
    WHEN,
    WHEN_LABELS,
    PackProblem,
    Prompt,
    PromptPack,
    Source,
    builtin_packs,
    compare_versions,
    find_prompt,
    new_pack_template,
    prompt_of_the_day,
    prompts_for_kind,
    read_pack,
    read_pack_file,
    search_prompts,
    validate_pack_bytes,
    write_pack,
)
from reflectjournal.core.resources import resource_dir

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "packs"
BAD = DATA / "bad"
GOOD = DATA / "good"
SCHEMA = ROOT / "resources" / "prompt-pack.schema.json"
DOC = ROOT / "docs" / "prompt-pack-format.md"

# Not a speed test (speed is measured in benchmarks/): a guard against a
# hang or a quadratic blow-up on hostile input, which would take minutes.
# The reader takes milliseconds to a few tenths of a second; on two busy
# cores it took 1.8 s once, so the bound is far above any honest run.
TIME_LIMIT = 10.0

# For each hostile file: the field its first problem names ("" for the file
# as a whole) and words its message must hold.
EXPECTED: dict[str, tuple[str, str]] = {
    "frameworks-need-version-3.rjpack": ("frameworks", "needs format_version 3"),
    "frameworks-empty.rjpack": ("frameworks", "at least one framework"),
    "framework-takes-a-built-in-id.rjpack": ("frameworks[0].id", "built into reflectjournal"),
    "framework-ids-repeated.rjpack": ("frameworks[1].id", "already the id of frameworks[0]"),
    "framework-item-title-bidi.rjpack": ("frameworks[0].items[0].title", "bidirectional"),
    "serves-an-unknown-item.rjpack": ("prompts[0].serves[0]", "not an item of a framework"),
    "over-2mib.rjpack": ("", "at most 2 MiB"),
    "invalid-utf8.rjpack": ("", "not valid UTF-8"),
    "overlong-utf8.rjpack": ("", "not valid UTF-8"),
    "utf16.rjpack": ("", "UTF-16"),
    "utf16-no-bom.rjpack": ("", "UTF-16"),
    "lone-surrogate.rjpack": ("title", "unpaired surrogate"),
    "lone-low-surrogate-in-question.rjpack": ("prompts[0].questions[0]", "unpaired surrogate"),
    "empty.rjpack": ("", "empty"),
    "binary-garbage.rjpack": ("", "not a text file"),
    "truncated.rjpack": ("", "not valid JSON"),
    "trailing-comma.rjpack": ("", "not valid JSON"),
    "comment.rjpack": ("", "not valid JSON"),
    "raw-control-in-string.rjpack": ("", "raw control character"),
    "top-level-list.rjpack": ("", "one JSON object"),
    "duplicate-keys.rjpack": ("prompts[0].title", "more than once"),
    "duplicate-top-level-id.rjpack": ("id", "more than once"),
    "nan.rjpack": ("prompts[0].sources[0].year", "NaN"),
    "infinity.rjpack": ("prompts[0].sources[0].year", "Infinity"),
    "negative-infinity.rjpack": ("prompts[0].sources[0].year", "-Infinity"),
    "huge-number.rjpack": ("prompts[0].sources[0].year", "5001 characters long"),
    "huge-float.rjpack": ("prompts[0].sources[0].year", "too large"),
    "deep-nesting.rjpack": ("", "at most 32 levels"),
    "deep-unclosed.rjpack": ("", "at most 32 levels"),
    "deep-nesting-in-tags.rjpack": ("", "at most 32 levels"),
    "brackets-hidden-by-escapes.rjpack": ("", "at most 32 levels"),
    "wrong-format-name.rjpack": ("format", "must be"),
    "missing-format.rjpack": ("format", "is missing"),
    "format-from-the-future.rjpack": ("format_version", "newer version of reflectjournal"),
    "format-version-as-text.rjpack": ("format_version", "whole number"),
    "missing-title.rjpack": ("title", "is missing"),
    "title-not-text.rjpack": ("title", "must be text"),
    "title-bidi-override.rjpack": ("title", "bidirectional"),
    "title-control-char.rjpack": ("title", "control character"),
    "title-line-break.rjpack": ("title", "control character"),
    "pack-id-zero-width.rjpack": ("id", "zero-width"),
    "pack-id-not-reverse-dns.rjpack": ("id", "reverse domain name"),
    "huge-string.rjpack": ("description", "too long"),
    "bad-semver.rjpack": ("version", "semantic version"),
    "bad-date.rjpack": ("updated", "YYYY-MM-DD"),
    "authors-empty.rjpack": ("authors", "at least one author"),
    "authors-not-a-list.rjpack": ("authors", "must be a list"),
    "unknown-pack-field.rjpack": ("licens", 'did you mean "licence"'),
    "empty-prompts.rjpack": ("prompts", "at least one prompt"),
    "prompts-not-a-list.rjpack": ("prompts", "must be a list"),
    "too-many-prompts.rjpack": ("prompts", "at most 500"),
    "prompt-not-an-object.rjpack": ("prompts[0]", "must be a prompt"),
    "prompt-missing-questions.rjpack": ("prompts[0].questions", "is missing"),
    "questions-not-a-list.rjpack": ("prompts[0].questions", "must be a list"),
    "questions-empty.rjpack": ("prompts[0].questions", "at least one question"),
    "question-not-text.rjpack": ("prompts[0].questions[1]", "must be text"),
    "question-line-break.rjpack": ("prompts[0].questions[0]", "control character"),
    "question-repeated.rjpack": ("prompts[0].questions[1]", "same question"),
    "prompt-title-bidi-isolate.rjpack": ("prompts[0].title", "bidirectional"),
    "prompt-id-zero-width.rjpack": ("prompts[0].id", "zero-width"),
    "prompt-id-with-slash.rjpack": ("prompts[0].id", "lowercase letters"),
    "duplicate-prompt-ids.rjpack": ("prompts[1].id", "already the id"),
    "unknown-when.rjpack": ("prompts[0].when[0]", 'did you mean "after_home_visit"'),
    "when-empty.rjpack": ("prompts[0].when", "at least one"),
    "unknown-prompt-field.rjpack": ("prompts[0].questons", 'did you mean "questions"'),
    "guidance-bidi-override.rjpack": ("prompts[0].guidance", "bidirectional"),
    "guidance-too-long.rjpack": ("prompts[0].guidance", "too long"),
    "tag-too-long.rjpack": ("prompts[0].tags[0]", "too long"),
    "sources-not-a-list.rjpack": ("prompts[0].sources", "must be a list"),
    "source-not-an-object.rjpack": ("prompts[0].sources[0]", "must be a source"),
    "source-missing-year.rjpack": ("prompts[0].sources[0].year", "is missing"),
    "year-as-text.rjpack": ("prompts[0].sources[0].year", "whole number"),
    "year-as-decimal.rjpack": ("prompts[0].sources[0].year", "whole number"),
    "year-as-boolean.rjpack": ("prompts[0].sources[0].year", "whole number"),
    "year-out-of-range.rjpack": ("prompts[0].sources[0].year", "between 1500 and 2100"),
    "url-javascript.rjpack": ("prompts[0].sources[0].url", "web address"),
    "url-look-alike-letters.rjpack": ("prompts[0].sources[0].url", "outside ASCII"),
    "many-problems.rjpack": ("prompts[0].title", "is missing"),
}


def _problems_of(exc: PackInvalid) -> list[PackProblem]:
    assert exc.problems, "PackInvalid must carry at least one problem"
    assert all(isinstance(p, PackProblem) for p in exc.problems)
    return exc.problems


def _assert_safe_message(text: str) -> None:
    """Printable, short and not an internal error."""
    assert all(ch.isprintable() for ch in text), repr(text)
    assert "internal error" not in text
    assert "Traceback" not in text


def _minimal() -> dict:
    return json.loads((GOOD / "minimal.rjpack").read_bytes())


def _dump(value: object) -> bytes:
    return json.dumps(value).encode("utf-8")


# -- the hostile corpus -------------------------------------------------------


def test_the_corpus_is_large_and_every_file_has_an_expectation():
    names = {p.name for p in BAD.glob("*.rjpack")}
    assert len(names) >= 20
    assert names == set(EXPECTED), "a new bad file needs an entry in EXPECTED (or a stale entry was left)"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_is_refused_naming_its_field(name):
    field, words = EXPECTED[name]
    start = time.monotonic()
    with pytest.raises(PackInvalid) as caught:
        read_pack_file(BAD / name)
    elapsed = time.monotonic() - start
    assert elapsed < TIME_LIMIT, f"{name} took {elapsed:.2f}s"
    problems = _problems_of(caught.value)
    first = problems[0]
    assert first.field == field, str(first)
    assert words.lower() in first.message.lower(), str(first)
    # The error names the file, then the field.
    assert str(caught.value).startswith(f"{name}: ")
    for problem in problems:
        _assert_safe_message(str(problem))
        # At most a short excerpt: even the longest message (the list of
        # "when" keys) stays well under a screenful.
        assert len(str(problem)) < 500, str(problem)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_bytes_are_refused_by_every_entry_point(name):
    data = (BAD / name).read_bytes()
    start = time.monotonic()
    problems = validate_pack_bytes(data, name)
    with pytest.raises(PackInvalid):
        read_pack(data, name=name)
    assert time.monotonic() - start < 2 * TIME_LIMIT
    assert problems and problems[0].field == EXPECTED[name][0]


def test_huge_string_is_not_quoted_in_full():
    with pytest.raises(PackInvalid) as caught:
        read_pack_file(BAD / "huge-string.rjpack")
    assert len(str(caught.value)) < 200


def test_problems_stop_at_fifty():
    problems = validate_pack_bytes((BAD / "many-problems.rjpack").read_bytes())
    assert len(problems) == packs.MAX_PROBLEMS + 1
    assert "stopped after 50 problems" in str(problems[-1])


def test_problems_name_the_prompt_and_the_nested_field():
    data = _minimal()
    data["prompts"][0]["id"] = "gibbs-feelings"
    data["prompts"].insert(0, json.loads(json.dumps(dict(data["prompts"][0], id="zero"))))
    data["prompts"][1]["sources"][0]["year"] = "1988"
    problems = validate_pack_bytes(_dump(data))
    assert [str(p) for p in problems] == [
        'prompts[1].sources[0].year (prompt "gibbs-feelings"): must be a whole number such as 1988, not the text "1988"'
    ]
    assert problems[0].field == "prompts[1].sources[0].year"
    assert problems[0].prompt == "gibbs-feelings"


def test_every_problem_is_listed_not_only_the_first():
    data = _minimal()
    data["title"] = 7
    data["version"] = "one"
    data["prompts"][0]["when"] = ["sometimes"]
    fields = [p.field for p in validate_pack_bytes(_dump(data))]
    assert fields == ["title", "version", "prompts[0].when[0]"]


def test_pack_invalid_is_a_journal_error_with_problems():
    with pytest.raises(JournalError) as caught:
        read_pack(b"[]", name="x.rjpack")
    assert isinstance(caught.value, PackInvalid)
    assert caught.value.name == "x.rjpack"
    assert str(caught.value) == "x.rjpack: the file must hold one JSON object { }, not a list"


def test_weird_field_names_are_escaped_in_paths():
    data = _minimal()
    data["ti\u202etle\n"] = 1
    (problem,) = validate_pack_bytes(_dump(data))
    assert problem.field == '["ti\\u202etle\\n"]'
    _assert_safe_message(str(problem))


def test_depth_is_checked_before_parsing_even_with_a_high_recursion_limit(monkeypatch):
    import sys

    monkeypatch.setattr(sys, "getrecursionlimit", lambda: 10**9)  # the check never relies on it
    data = b'{"a": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    problems = validate_pack_bytes(data)
    assert "200001 deep" in problems[0].message


def test_nesting_scan_ignores_brackets_inside_strings():
    assert untrusted_json.nesting_depth(b'{"a": "[[[[[[[[", "b": ["]]]]"]}') == 2
    assert untrusted_json.nesting_depth(b'{"a": "\\\\", "b": [1]}') == 2
    assert untrusted_json.nesting_depth(b'{"a": "\\"[[[", "b": [1]}') == 2
    assert untrusted_json.nesting_depth(b"") == 0


def test_nesting_scan_is_fast_on_pathological_input():
    for data in (b"[]" * 1_048_000, b'[""]' * 524_000, b'"' * 2_000_000, b'"\\"\\"\\"' * 299_000):
        start = time.monotonic()
        validate_pack_bytes(data)
        assert time.monotonic() - start < TIME_LIMIT


# -- files on disk --------------------------------------------------------------


def test_a_fifo_is_refused_without_blocking(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.rjpack"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(PackInvalid, match="special file"):
        read_pack_file(fifo)
    assert time.monotonic() - start < TIME_LIMIT


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(PackInvalid, match="folder"):
        read_pack_file(tmp_path)


def test_a_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_pack_file(tmp_path / "nope.rjpack")


def test_a_large_file_is_refused_from_its_size(tmp_path):
    big = tmp_path / "big.rjpack"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing like 50 MiB is read
    with pytest.raises(PackInvalid, match="at most 2 MiB"):
        read_pack_file(big)


# -- good files and round trips ---------------------------------------------------


@pytest.mark.parametrize("path", sorted(GOOD.glob("*.rjpack")), ids=lambda p: p.name)
def test_good_files_read_and_round_trip(path):
    pack = read_pack_file(path)
    data = write_pack(pack)
    assert read_pack(data, name="again") == pack
    assert write_pack(read_pack(data, name="again")) == data  # canonical is a fixed point
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\n")
    data.decode("utf-8")


def test_reading_normalises_text():
    pack = read_pack_file(GOOD / "unicode.rjpack")
    assert pack.title == "Myfyrio: Sch\u00f6n \u00e0 l'\u00e9cole"  # NFC
    assert "\u200f" in pack.description  # a right-to-left mark is fine in Markdown
    full = read_pack_file(GOOD / "full.rjpack")
    assert full.description == "Line one.\n\nLine two, with a tab\there."
    assert full.prompts[0].tags == ("home visit", "voice of the child")
    assert full.prompts[1].sources == ()
    assert full.organisation == "An example team"
    assert full.prompts[0].sources[0].url == "https://example.org/gibbs?x=1&y=%C3%B6"


def test_a_utf8_bom_is_accepted_and_not_written_back():
    pack = read_pack_file(GOOD / "utf8-bom.rjpack")
    assert pack == read_pack_file(GOOD / "minimal.rjpack")
    assert not write_pack(pack).startswith(b"\xef\xbb\xbf")


def test_template_is_valid_and_round_trips():
    template = new_pack_template(dt.date(2026, 11, 25))
    data = write_pack(template)
    assert read_pack(data, name="t") == template
    assert template.prompts[0].sources


def test_write_pack_refuses_a_pack_that_would_not_read_back():
    template = new_pack_template(dt.date(2026, 11, 25))
    broken = dataclasses.replace(template, title="Evil \u202etitle")
    with pytest.raises(PackInvalid) as caught:
        write_pack(broken)
    assert caught.value.problems[0].field == "title"


def test_prompts_know_their_pack_and_full_id():
    template = new_pack_template(dt.date(2026, 11, 25))
    prompt = template.prompts[0]
    assert prompt.pack_id == template.id
    assert prompt.full_id == "org.example.my-prompt-pack/first-prompt"
    assert template.prompt("first-prompt") is prompt
    assert template.prompt(prompt.full_id) is prompt
    assert find_prompt([template], prompt.full_id) == prompt
    assert find_prompt([template], "org.example.other/first-prompt") is None
    # Lists from an editor form become tuples.
    built = Prompt(id="x", title="X", questions=["a?"], when=["before_visit"], tags=["t"])
    assert built.questions == ("a?",) and built.when_labels == ("Before a visit",)


# -- built-in packs ---------------------------------------------------------------


def test_resource_dir_holds_the_packs_and_the_schema():
    assert (resource_dir() / "packs").is_dir()
    assert (resource_dir() / "prompt-pack.schema.json").is_file()


def test_builtin_packs_are_seven_valid_packs_with_sixty_or_more_prompts():
    builtins = builtin_packs()
    assert len(builtins) >= 7
    assert sum(len(p.prompts) for p in builtins) >= 60
    titles = [p.title for p in builtins]
    for words in ("Reflective models", "Keeping the child in mind", "Learning from case reviews",
                  "After a home visit", "Preparing for supervision", "wellbeing", "Court"):  # fmt: skip
        assert any(words.lower() in title.lower() for title in titles), words


def test_builtin_pack_files_are_canonical_and_valid():
    for path in sorted((resource_dir() / "packs").glob("*.rjpack")):
        data = path.read_bytes()
        assert validate_pack_bytes(data, path.name) == []
        assert write_pack(read_pack(data, name=path.name)) == data, f"{path.name}: not in canonical form"


def test_builtin_pack_details():
    for pack in builtin_packs():
        assert pack.id.startswith(packs.BUILTIN_ID_PREFIX) and pack.is_builtin
        assert pack.language == "en-GB"
        assert pack.licence == "CC-BY-4.0"
        assert pack.authors == ("reflectjournal contributors",)
        assert dt.date(2026, 11, 25) <= pack.updated <= dt.date(2026, 12, 31)
        assert compare_versions("0.0.1", pack.version) == "update"
        assert len(pack.prompts) >= 5


def test_every_builtin_prompt_has_a_source_questions_and_when():
    for pack in builtin_packs():
        for prompt in pack.prompts:
            assert prompt.sources, prompt.full_id
            assert len(prompt.questions) >= 3, prompt.full_id
            assert prompt.when and prompt.guidance, prompt.full_id
            for source in prompt.sources:
                assert 1900 < source.year <= 2026, source


def test_builtin_prompt_ids_are_globally_unique():
    ids = [p.full_id for pack in builtin_packs() for p in pack.prompts]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"org\.reflectjournal\.builtin\.[a-z-]+/[a-z0-9.-]+", i) for i in ids)


def test_builtin_packs_cover_the_themes_and_models():
    text = " ".join(f"{p.title} {p.model} {' '.join(p.tags)}".lower() for pack in builtin_packs() for p in pack.prompts)
    for theme in ("gibbs", "kolb", "schön", "what? so what? now what?", "johns", "voice of the child",
                  "day in the life", "seeing the child alone", "what has changed", "disguised compliance",
                  "start-again syndrome", "rule of optimism", "hidden men", "professional curiosity",
                  "respectful uncertainty", "drift", "information sharing", "neglect", "cumulative harm",
                  "think family", "escalation", "management", "development", "support", "mediation",
                  "giving evidence"):  # fmt: skip
        assert theme in text, theme
    used = {key for pack in builtin_packs() for p in pack.prompts for key in p.when}
    assert used == set(WHEN_LABELS)


def test_builtin_packs_use_british_spelling():
    text = json.dumps([packs.pack_to_dict(p) for p in builtin_packs()], ensure_ascii=False).lower()
    for american in ("behavior", "color", "center", "organization", "analyze", "favor", "recognize",
                     "prioritize", "judgment", "program ", "mom ", "license"):  # fmt: skip
        assert american not in text, american


def test_builtin_sources_come_from_the_practice_sources_list():
    # The citations the packs may use (PRACTICE-SOURCES.md and the seed
    # document); "(check)" items are given with author, title and year only.
    check_items = {"Driscoll, J.", "Morrison, T.", "Laming, Lord", "British Association of Social Workers",
                   "Department for Education"}  # fmt: skip
    authors = {s.author for pack in builtin_packs() for p in pack.prompts for s in p.sources}
    for pack in builtin_packs():
        for prompt in pack.prompts:
            for source in prompt.sources:
                if source.author in check_items:
                    assert not source.publisher and not source.url, source
    assert {"Gibbs, G.", "Kolb, D.", "Schön, D.", "Borton, T.", "Johns, C.", "Morrison, T."} <= authors


# -- versions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("installed", "incoming", "expected"),
    [
        (None, "1.0.0", "new"),
        ("1.0.0", "1.0.1", "update"),
        ("1.0.0", "1.1.0", "update"),
        ("1.9.0", "1.10.0", "update"),  # numeric, not text, comparison
        ("1.0.0", "2.0.0", "update"),
        ("1.0.0", "1.0.0", "same"),
        ("1.0.0+build.1", "1.0.0+build.2", "same"),  # build metadata is ignored
        ("1.0.1", "1.0.0", "older"),
        ("2.0.0", "1.99.99", "older"),
        ("1.0.0-beta", "1.0.0", "update"),  # a release outranks its pre-release
        ("1.0.0", "1.0.0-rc.1", "older"),
        ("1.0.0-alpha", "1.0.0-alpha.1", "update"),
        ("1.0.0-alpha.1", "1.0.0-alpha.beta", "update"),  # numeric ids rank below text ids
        ("1.0.0-beta.2", "1.0.0-beta.11", "update"),
        ("1.0.0-rc.1", "1.0.0-beta.11", "older"),
    ],
)
def test_compare_versions(installed, incoming, expected):
    assert compare_versions(installed, incoming) == expected


def test_compare_versions_with_packs():
    a = new_pack_template(dt.date(2026, 11, 25))
    b = dataclasses.replace(a, version="0.2.0")
    other = dataclasses.replace(a, id="org.example.other")
    assert compare_versions(a, b) == "update"
    assert compare_versions(b, a) == "older"
    assert compare_versions(a, a) == "same"
    assert compare_versions(a, other) == "new"


@pytest.mark.parametrize("bad", ["1.0", "v1.0.0", "01.0.0", "1.0.0-", "", "1.0.0\n", "１.0.0"])
def test_compare_versions_refuses_non_versions(bad):
    with pytest.raises(ValueError):
        compare_versions("1.0.0", bad)


# -- finding prompts --------------------------------------------------------------


def test_every_builtin_kind_has_suited_prompts():
    assert {key for key, _ in BUILTIN_KINDS} <= set(KIND_WHEN)
    when_keys = {key for key, _ in WHEN}
    for kind, keys in KIND_WHEN.items():
        assert keys and set(keys) <= when_keys, kind
        first = prompts_for_kind(builtin_packs(), kind)[0]
        assert keys[0] in first.when, kind


def test_home_visit_offers_after_a_visit_then_case_reviews():
    ordered = prompts_for_kind(builtin_packs(), "home_visit")
    assert len(ordered) == sum(len(p.prompts) for p in builtin_packs())
    ranks = []
    for prompt in ordered:
        rank = min((KIND_WHEN["home_visit"].index(w) for w in prompt.when if w in KIND_WHEN["home_visit"]), default=9)
        ranks.append(rank)
    assert ranks == sorted(ranks)
    assert "after_home_visit" in ordered[0].when
    first_other = next(p for p in ordered if "after_home_visit" not in p.when)
    assert "learning_from_case_reviews" in first_other.when


def test_unknown_kind_keeps_pack_order():
    builtins = builtin_packs()
    assert prompts_for_kind(builtins, "a-custom-kind") == [p for pack in builtins for p in pack.prompts]


def test_search_prompts():
    builtins = builtin_packs()
    assert search_prompts(builtins, "") == [p for pack in builtins for p in pack.prompts]
    schon = search_prompts(builtins, "schon")  # accents ignored
    assert schon and all(any(s.author == "Schön, D." for s in p.sources) for p in schon)
    assert schon[0].title.startswith("Schön")
    hidden = search_prompts(builtins, "HIDDEN men")
    assert hidden[0].id == "hidden-men"  # a title match ranks first
    assert search_prompts(builtins, "disguised compliance")[0].id == "disguised-compliance"
    assert search_prompts(builtins, "gibbs zzzzzz") == []  # every word must match


def test_prompt_of_the_day_is_deterministic_and_cycles():
    builtins = builtin_packs()
    day = dt.date(2026, 11, 25)
    assert prompt_of_the_day(builtins, day) == prompt_of_the_day(builtins, day)
    assert prompt_of_the_day(builtins, day) == prompt_of_the_day(list(reversed(builtins)), day)
    total = sum(len(p.prompts) for p in builtins)
    seen = {prompt_of_the_day(builtins, day + dt.timedelta(days=n)).full_id for n in range(total)}
    assert len(seen) == total  # every prompt once before any repeats
    assert prompt_of_the_day([], day) is None


# -- the schema and the documentation ------------------------------------------------


def test_schema_required_fields_match_the_reader():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    prompt, source = schema["$defs"]["prompt"], schema["$defs"]["source"]
    assert set(schema["required"]) == set(packs.PACK_REQUIRED)
    assert set(prompt["required"]) == set(packs.PROMPT_REQUIRED)
    assert set(source["required"]) == set(packs.SOURCE_REQUIRED)
    assert set(schema["properties"]) == {*packs.PACK_REQUIRED, *packs.PACK_OPTIONAL}
    assert set(prompt["properties"]) == {*packs.PROMPT_REQUIRED, *packs.PROMPT_OPTIONAL}
    assert set(source["properties"]) == {*packs.SOURCE_REQUIRED, *packs.SOURCE_OPTIONAL}
    assert prompt["properties"]["when"]["items"]["enum"] == [key for key, _ in WHEN]
    assert schema["properties"]["format"]["const"] == packs.FORMAT_NAME
    assert schema["properties"]["format_version"]["enum"] == list(range(1, packs.FORMAT_VERSION_READ + 1))
    signature = schema["$defs"]["signature"]
    assert set(signature["required"]) == set(signature["properties"]) == set(packs.SIGNATURE_REQUIRED)


def test_schema_caps_match_the_reader():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    prompt, source = schema["$defs"]["prompt"]["properties"], schema["$defs"]["source"]["properties"]
    top = schema["properties"]
    assert top["id"]["maxLength"] == packs.MAX_PACK_ID
    assert top["title"]["maxLength"] == prompt["title"]["maxLength"] == packs.MAX_TITLE
    assert top["description"]["maxLength"] == packs.MAX_DESCRIPTION
    assert top["prompts"]["maxItems"] == packs.MAX_PROMPTS
    assert top["authors"]["maxItems"] == packs.MAX_AUTHORS
    assert prompt["guidance"]["maxLength"] == packs.MAX_GUIDANCE
    assert prompt["questions"]["maxItems"] == packs.MAX_QUESTIONS
    assert prompt["questions"]["items"]["maxLength"] == packs.MAX_QUESTION
    assert prompt["tags"]["items"]["maxLength"] == packs.MAX_TAG
    assert source["year"]["minimum"] == packs.MIN_YEAR and source["year"]["maximum"] == packs.MAX_YEAR
    assert source["url"]["maxLength"] == packs.MAX_URL


def test_schema_accepts_the_good_files_when_jsonschema_is_available():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for path in [*GOOD.glob("*.rjpack"), *(resource_dir() / "packs").glob("*.rjpack")]:
        jsonschema.validate(json.loads(path.read_bytes().decode("utf-8-sig")), schema)


def test_the_documented_example_is_a_valid_pack():
    text = DOC.read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", text, re.S)
    assert example
    pack = read_pack(example.group(1).encode("utf-8"), name="example")
    assert pack.version == "1.2.0"


def test_the_documentation_lists_every_when_key_and_kind():
    text = DOC.read_text(encoding="utf-8")
    for key, label in WHEN:
        assert f"`{key}`" in text and label in text
    for _, label in BUILTIN_KINDS:
        assert label in text, label


# -- fuzzing --------------------------------------------------------------------------


def _only_pack_invalid(data: bytes) -> PromptPack | None:
    try:
        pack = read_pack(data, name="fuzz")
    except PackInvalid as exc:
        for problem in exc.problems:
            _assert_safe_message(str(problem))
        return None
    return pack


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_fuzz_arbitrary_bytes(data):
    _only_pack_invalid(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=40,
)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(json_values)
def test_fuzz_arbitrary_json(value):
    _only_pack_invalid(json.dumps(value).encode("utf-8"))


_FIELD_PATHS = [
    ("id",), ("title",), ("version",), ("updated",), ("language",), ("licence",), ("authors",), ("authors", 0),
    ("description",), ("organisation",), ("prompts",), ("prompts", 0), ("prompts", 0, "id"),
    ("prompts", 0, "title"), ("prompts", 0, "when"), ("prompts", 0, "when", 0), ("prompts", 0, "questions"),
    ("prompts", 0, "questions", 0), ("prompts", 0, "guidance"), ("prompts", 0, "model"), ("prompts", 0, "tags"),
    ("prompts", 0, "sources"), ("prompts", 0, "sources", 0), ("prompts", 0, "sources", 0, "year"),
    ("prompts", 0, "sources", 0, "url"), ("prompts", 0, "sources", 0, "author"),
]  # fmt: skip


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.sampled_from(_FIELD_PATHS), json_values | st.text())
def test_fuzz_one_field_of_a_valid_pack(path, value):
    data = _minimal()
    data["prompts"][0]["sources"][0]["url"] = "https://example.org/"
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    # Half the time non-ASCII is written raw (lone surrogates then become
    # invalid UTF-8 bytes), half the time as \u escapes.
    raw = json.dumps(data, ensure_ascii=bool(len(path) % 2))
    pack = _only_pack_invalid(raw.encode("utf-8", "surrogatepass"))
    if pack is not None:
        again = write_pack(pack)
        assert read_pack(again, name="again") == pack


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=300))
def test_fuzz_titles_and_guidance_round_trip_or_are_refused(title, guidance):
    data = _minimal()
    data["title"] = title
    data["prompts"][0]["guidance"] = guidance
    pack = _only_pack_invalid(json.dumps(data).encode("utf-8"))
    if pack is not None:
        assert pack.title == pack.title.strip()
        assert read_pack(write_pack(pack), name="again") == pack


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=64), st.integers(min_value=0, max_value=2000))
def test_fuzz_corrupted_builtin_pack(junk, where):
    data = (resource_dir() / "packs" / "01-reflective-models.rjpack").read_bytes()
    at = where * len(data) // 2000
    _only_pack_invalid(data[:at] + junk + data[at + len(junk) :])


def test_source_citation():
    source = Source(author="Kolb, D.", title="Experiential Learning", year=1984, publisher="Prentice-Hall")
    assert source.citation() == "Kolb, D. (1984) Experiential Learning. Prentice-Hall."


def test_home_visit_offers_the_after_a_home_visit_pack_first_then_case_reviews():
    from reflectjournal.core.packs import builtin_packs, prompts_for_kind

    ordered = prompts_for_kind(builtin_packs(), "home_visit")
    home_pack = [p for p in ordered if p.pack_id.endswith("after-a-home-visit") and "after_home_visit" in p.when]
    assert ordered[: len(home_pack)] == home_pack
    first_unsuited = next(
        i for i, p in enumerate(ordered) if not {"after_home_visit", "learning_from_case_reviews"} & set(p.when)
    )
    case_reviews = [
        i
        for i, p in enumerate(ordered)
        if p.pack_id.endswith("learning-from-case-reviews") and "learning_from_case_reviews" in p.when
    ]
    assert case_reviews and max(case_reviews) < first_unsuited


# -- serves and self_care (format version 1, optional) ----------------------------


def _one_prompt_pack(**fields: object) -> bytes:
    prompt = {"id": "p", "title": "T", "when": ["after_home_visit"], "questions": ["Q?"], "sources": [], **fields}
    return json.dumps({
        "format": "reflectjournal-prompt-pack", "format_version": 1, "id": "org.example.x", "title": "X",
        "version": "1.0.0", "updated": "2026-12-03", "language": "en-GB", "licence": "CC-BY-4.0",
        "authors": ["A"], "description": "D", "prompts": [prompt],
    }).encode()  # fmt: skip


def test_serves_and_self_care_are_read_and_written_back():
    data = _one_prompt_pack(serves=["swe-ps:4", "pcf:6", "kss-cf:10"], self_care="About me, not the child.")
    pack = read_pack(data, name="x")
    assert pack.prompts[0].serves == ("swe-ps:4", "pcf:6", "kss-cf:10")
    assert pack.prompts[0].self_care == "About me, not the child."
    again = read_pack(write_pack(pack), name="x")
    assert again == pack


def test_a_pack_without_serves_or_self_care_stays_valid_and_canonical():
    pack = read_pack(_one_prompt_pack(), name="x")
    assert pack.prompts[0].serves == () and pack.prompts[0].self_care == ""
    written = json.loads(write_pack(pack))
    assert "serves" not in written["prompts"][0] and "self_care" not in written["prompts"][0]


@pytest.mark.parametrize(
    ("serves", "words"),
    [
        ("pcf:6", "must be a list"),
        (["PCF:6"], "framework item id"),
        (["pcf"], "framework item id"),
        (["pcf:"], "framework item id"),
        (["pcf: 6"], "framework item id"),
        (["swe-ps:4", "swe-ps:4"], "listed twice"),
        ([6], "must be text"),
        (["x" * 30 + ":1"], "framework item id"),
        ([f"pcf:{n}" for n in range(21)], "at most 20"),
    ],
)
def test_bad_serves_are_refused_naming_the_field(serves, words):
    problems = validate_pack_bytes(_one_prompt_pack(serves=serves))
    assert problems, serves
    assert problems[0].field.startswith("prompts[0].serves"), problems
    assert words in problems[0].message, problems[0].message


def test_self_care_must_be_one_line():
    problems = validate_pack_bytes(_one_prompt_pack(self_care="two\nlines"))
    assert problems and problems[0].field == "prompts[0].self_care"


def test_serves_are_checked_against_the_built_in_frameworks():
    data = _one_prompt_pack(serves=["pcf:6", "pcf:99", "kss-as:safeguarding"])
    known = packs.builtin_framework_item_ids()
    assert known is not None and {"pcf:6", "swe-ps:4", "kss-cf:10", "kss-as:safeguarding"} <= known
    assert "pcf:99" not in known
    problems = validate_pack_bytes(data)
    assert [p.field for p in problems] == ["prompts[0].serves[1]"]
    assert "not an item of a framework" in problems[0].message


def test_a_stored_pack_keeps_serves_a_framework_no_longer_has(monkeypatch):
    """A pack imported when the built-in frameworks had an item stays readable
    from the journal after an update drops the item; a new import is refused."""
    data = _one_prompt_pack(serves=["pcf:6", "pcf:9"])
    assert read_pack(data, name="x").prompts[0].serves == ("pcf:6", "pcf:9")
    monkeypatch.setattr(packs, "builtin_framework_item_ids", lambda: frozenset({"pcf:6"}))
    with pytest.raises(PackInvalid):
        read_pack(data, name="x")
    assert read_pack(data, name="x", stored=True).prompts[0].serves == ("pcf:6", "pcf:9")


def test_schema_describes_serves_and_self_care_like_the_reader():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    prompt = schema["$defs"]["prompt"]["properties"]
    assert prompt["serves"]["maxItems"] == packs.MAX_SERVES
    assert prompt["serves"]["items"]["maxLength"] == packs.MAX_FRAMEWORK_ITEM
    assert prompt["serves"]["items"]["pattern"] == f"^{packs.FRAMEWORK_ITEM_ID.pattern}$"
    assert prompt["self_care"]["maxLength"] == packs.MAX_SELF_CARE

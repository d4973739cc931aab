"""Professional frameworks as data: the framework file reader, the four
built-in frameworks, frameworks carried by prompt packs and installed with
them, and item ids that outlive the items they name.

A framework file is untrusted input. The hostile corpus in
tests/data/frameworks/bad/ (made by tests/data/frameworks/make_frameworks.py)
is refused file by file, each naming its field, nothing imported, quickly.
"""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest

from reflectjournal.core import frameworks as F
from reflectjournal.core import packs
from reflectjournal.core.errors import FrameworkInvalid, JournalError, PackInvalid
from reflectjournal.core.frameworks import (
    Framework,
    FrameworkItem,
    available_frameworks,
    builtin_frameworks,
    check_framework_bytes,
    framework_by_id,
    framework_item_title,
    read_framework,
    read_framework_file,
    split_item_id,
    validate_framework_bytes,
    write_framework,
)
from reflectjournal.core.packs import new_pack_template, read_pack, read_pack_file, write_pack
from reflectjournal.core.resources import resource_dir

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "frameworks"
BAD = DATA / "bad"
GOOD = DATA / "good"
SCHEMA = ROOT / "resources" / "framework.schema.json"
PACK_SCHEMA = ROOT / "resources" / "prompt-pack.schema.json"
PACK_WITH_FRAMEWORKS = ROOT / "tests" / "data" / "packs" / "good" / "with-frameworks.rjpack"
DOC = ROOT / "docs" / "framework-format.md"

# The bound: each hostile file is refused within a second.
TIME_LIMIT = 1.0

# For each hostile file: the field its first problem names ("" for the file
# as a whole) and words its message must hold.
EXPECTED: dict[str, tuple[str, str]] = {
    "a-prompt-pack.json": ("format", 'must be "reflectjournal-framework"'),
    "comment.json": ("", "not valid JSON"),
    "deep-nesting.json": ("", "at most 32 levels"),
    "deep-unclosed.json": ("", "at most 32 levels"),
    "duplicate-keys.json": ("items[0].title", "more than once"),
    "empty.json": ("", "empty"),
    "format-from-the-future.json": ("format_version", "newer version"),
    "format-version-as-text.json": ("format_version", "whole number"),
    "huge-number-year.json": ("year", "5001 characters long"),
    "id-of-a-built-in.json": ("id", "built into reflectjournal"),
    "id-too-long.json": ("id", "too long"),
    "id-uppercase.json": ("id", "framework id"),
    "id-with-colon.json": ("id", "framework id"),
    "id-zero-width.json": ("id", "zero-width"),
    "invalid-utf8.json": ("", "not valid UTF-8"),
    "item-description-bidi-isolate.json": ("items[0].description", "bidirectional"),
    "item-description-too-long.json": ("items[0].description", "at most 2000"),
    "item-id-as-number.json": ("items[0].id", "must be text"),
    "item-id-repeated.json": ("items[1].id", "already the id of items[0]"),
    "item-id-with-colon.json": ("items[0].id", "item id"),
    "item-id-with-space.json": ("items[0].id", "item id"),
    "item-level-not-text.json": ("items[0].level", "must be text"),
    "item-missing-id.json": ("items[0].id", "is missing"),
    "item-missing-title.json": ("items[0].title", "is missing"),
    "item-not-an-object.json": ("items[0]", "must be an item"),
    "item-title-bidi-override.json": ("items[0].title", "bidirectional"),
    "item-title-line-break.json": ("items[0].title", "control character"),
    "item-title-too-long.json": ("items[0].title", "at most 200"),
    "item-unknown-field.json": ("items[0].titel", 'did you mean "title"'),
    "items-empty.json": ("items", "at least one item"),
    "items-not-a-list.json": ("items", "must be a list"),
    "licence-too-long.json": ("licence", "at most 100"),
    "missing-format.json": ("format", "is missing"),
    "missing-items.json": ("items", "is missing"),
    "missing-name.json": ("name", "is missing"),
    "name-bidi-override.json": ("name", "bidirectional"),
    "name-control-char.json": ("name", "control character"),
    "name-empty.json": ("name", "must not be empty"),
    "name-line-break.json": ("name", "control character"),
    "name-lone-surrogate.json": ("name", "unpaired surrogate"),
    "name-mixed-script.json": ("name", "different alphabets"),
    "nan-year.json": ("year", "NaN"),
    "notes-bidi-isolate.json": ("notes", "bidirectional"),
    "nul-bytes.json": ("", "NUL bytes"),
    "over-512kib.json": ("", "at most 512 KiB"),
    "overlong-utf8.json": ("", "not valid UTF-8"),
    "publisher-not-text.json": ("publisher", "must be text"),
    "publisher-zero-width.json": ("publisher", "zero-width"),
    "raw-control-in-string.json": ("", "raw control character"),
    "source-http.json": ("source.url", "https://"),
    "source-javascript.json": ("source.url", "web address"),
    "source-look-alike-letters.json": ("source.url", "percent-encoded"),
    "source-missing-citation.json": ("source.citation", "is missing"),
    "source-missing-url.json": ("source.url", "is missing"),
    "source-not-an-object.json": ("source", "must be a source"),
    "source-unknown-field.json": ("source.year", "not a field of a source"),
    "too-many-items.json": ("items", "at most 300"),
    "top-level-list.json": ("", "one JSON object"),
    "trailing-comma.json": ("", "not valid JSON"),
    "truncated.json": ("", "not valid JSON"),
    "unknown-field.json": ("license", 'did you mean "licence"'),
    "utf16.json": ("", "UTF-16"),
    "version-not-semver.json": ("version", "semantic version"),
    "year-as-boolean.json": ("year", "whole number"),
    "year-as-text.json": ("year", "whole number"),
    "year-out-of-range.json": ("year", "between 1500 and 2100"),
}


# -- the hostile corpus -------------------------------------------------------------


def test_the_corpus_is_large_and_every_file_has_an_expectation():
    names = {p.name for p in BAD.iterdir() if p.is_file()}
    assert len(names) >= 60
    assert names == set(EXPECTED), "a new bad file needs an entry in EXPECTED (or a stale entry was left)"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_framework_file_is_refused_naming_its_field(name):
    field, words = EXPECTED[name]
    start = time.monotonic()
    with pytest.raises(FrameworkInvalid) as caught:
        read_framework_file(BAD / name)
    elapsed = time.monotonic() - start
    assert elapsed < TIME_LIMIT, f"{name} took {elapsed:.2f}s"
    problems = caught.value.problems
    assert problems, name
    assert problems[0].field == field, problems
    assert words in problems[0].message, problems[0].message
    assert str(caught.value).startswith(f"{name}: ")
    assert len(str(caught.value)) < 400  # a short, escaped excerpt at most, never the file


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_bytes_are_refused_by_every_entry_point(name):
    data = (BAD / name).read_bytes()
    problems = validate_framework_bytes(data)
    framework, same = check_framework_bytes(data)
    assert framework is None and same == problems
    assert problems and problems[0].field == EXPECTED[name][0]
    with pytest.raises(FrameworkInvalid):
        read_framework(data, name=name)


def test_framework_invalid_is_a_pack_invalid_and_a_journal_error():
    with pytest.raises(FrameworkInvalid) as caught:
        read_framework(b"{}", name="mine.json")
    assert isinstance(caught.value, PackInvalid) and isinstance(caught.value, JournalError)
    assert str(caught.value).startswith("mine.json: format: is missing")


def test_every_problem_is_listed_not_only_the_first():
    data = (GOOD / "local-early-career.json").read_bytes()
    value = json.loads(data)
    value.update(name="", year="x", items=[{"id": "A B", "title": ""}, {"id": "2"}])
    value["source"]["url"] = "http://example.org/"
    problems = validate_framework_bytes(json.dumps(value).encode())
    fields = [p.field for p in problems]
    assert fields == ["name", "year", "source.url", "items[0].id", "items[0].title", "items[1].title"], problems


def test_a_folder_and_a_fifo_are_refused_without_blocking(tmp_path):
    with pytest.raises(FrameworkInvalid, match="folder"):
        read_framework_file(tmp_path)
    fifo = tmp_path / "framework.json"
    import os

    os.mkfifo(fifo)
    with pytest.raises(FrameworkInvalid, match="special file"):
        read_framework_file(fifo)


def test_a_large_file_is_refused_from_its_size(tmp_path):
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing like 50 MiB is read
    with pytest.raises(FrameworkInvalid, match="at most 512 KiB"):
        read_framework_file(big)


# -- good files ---------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(GOOD.glob("*.json")), ids=lambda p: p.name)
def test_good_files_read_and_round_trip(path):
    framework = read_framework_file(path)
    data = write_framework(framework)
    assert read_framework(data, name="again") == framework
    assert write_framework(read_framework(data, name="again")) == data
    assert data.endswith(b"\n") and not data.startswith(b"\xef\xbb\xbf")


def test_reading_normalises_text_and_keeps_optional_fields():
    framework = read_framework_file(GOOD / "with-notes-and-attribution.json")
    assert framework.notes == "Line one.\n\nSch\u00f6n, with a tab\there."
    assert framework.attribution.startswith("Contains public sector information")
    item = framework.item("2")
    assert item == FrameworkItem(
        "2", "Using supervision and reflection", "Bringing *cases* to supervision.", "Year one"
    )
    assert framework.item("local-notes:2.1").title == "Recording reflection"
    assert framework.item("other:2") is None and framework.item("9") is None
    assert framework.item_ids == ("local-notes:1", "local-notes:2", "local-notes:2.1")


def test_ids_are_the_two_halves_of_a_framework_item_id():
    assert packs.FRAMEWORK_ITEM_ID.pattern == f"{F.FRAMEWORK_ID.pattern}:{F.ITEM_ID.pattern}"
    assert split_item_id("swe-ps:4") == ("swe-ps", "4")
    assert split_item_id("kss-as:mental-capacity") == ("kss-as", "mental-capacity")
    for bad in ("swe-ps", "SWE-PS:4", "swe-ps:", ":4", "swe-ps:4 ", 4):
        assert split_item_id(bad) is None  # type: ignore[arg-type]


# -- the built-in frameworks ----------------------------------------------------------


def test_the_four_built_in_frameworks_load_with_source_licence_and_attribution():
    frameworks = builtin_frameworks()
    assert [f.id for f in frameworks] == ["swe-ps", "kss-cf", "kss-as", "pcf"]
    assert [len(f.items) for f in frameworks] == [6, 10, 9, 9]
    for framework in frameworks:
        assert framework.is_builtin and framework.pack_id == ""
        assert framework.source.url.startswith("https://") and framework.source.citation
        assert framework.licence and framework.attribution and framework.notes
        assert str(framework.year) in framework.source.citation
    by_id = {f.id: f for f in frameworks}
    assert by_id["kss-cf"].licence == by_id["kss-as"].licence == "Open Government Licence v3.0"
    assert "Crown copyright" in by_id["kss-cf"].attribution
    assert "descriptors" in by_id["pcf"].attribution and "BASW" in by_id["pcf"].attribution
    assert (by_id["swe-ps"].year, by_id["kss-cf"].year, by_id["kss-as"].year, by_id["pcf"].year) == (
        2019, 2018, 2015, 2018
    )  # fmt: skip


def test_built_in_titles_are_those_of_the_published_sources():
    # From ../shared/PRACTICE-SOURCES.md (Professional frameworks), checked
    # against the published statements; see each file's notes for what could
    # not be confirmed.
    kss_cf = [i.title for i in framework_by_id("kss-cf").items]
    assert kss_cf == [
        "Relationships and effective direct work",
        "Communication",
        "Child development",
        "Adult mental ill health, substance misuse, domestic abuse, physical ill health and disability",
        "Abuse and neglect of children",
        "Child and family assessment",
        "Analysis, decision-making, planning and review",
        "The law and the family and youth justice systems",
        "The role of supervision and research",
        "Organisational context",
    ]
    pcf = [i.title for i in framework_by_id("pcf").items]
    assert pcf == [
        "Professionalism", "Values and Ethics", "Diversity and Equality", "Rights, Justice and Economic Wellbeing",
        "Knowledge", "Critical Reflection and Analysis", "Skills and Interventions", "Contexts and Organisations",
        "Professional Leadership",
    ]  # fmt: skip
    assert [i.id for i in framework_by_id("pcf").items] == [str(n) for n in range(1, 10)]
    # Confirmed in December 2026 (Social Work England's podcast titles; Community
    # Care Inform's and Research in Practice's mappings of the adult statement).
    assert (
        framework_item_title("swe-ps", "1")
        == "Promote the rights, strengths and wellbeing of people, families and communities"
    )
    assert framework_item_title("swe-ps", "2") == "Establish and maintain the trust and confidence of people"
    assert framework_item_title("swe-ps", "4") == "Maintain my continuing professional development"
    kss_as = [i.title for i in framework_by_id("kss-as").items]
    for title in (
        "Mental capacity",
        "Supervision, critical reflection and analysis",
        "Professional ethics and leadership",
    ):
        assert title in kss_as
    # What is not confirmed is said, not hidden.
    assert "not confirmed" in framework_by_id("kss-as").notes and "missing" in framework_by_id("kss-as").notes
    assert "Not yet confirmed: the wording of headings 3, 5 and 6" in framework_by_id("swe-ps").notes


def test_built_in_files_are_canonical_and_validate_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    folder = resource_dir() / "frameworks"
    paths = sorted(folder.glob("*.json"))
    assert len(paths) == 4
    for path in paths:
        framework = read_framework_file(path)
        assert path.name == f"{framework.id}.json"
        assert path.read_bytes() == write_framework(framework), f"{path.name} is not canonical"
        jsonschema.validate(json.loads(path.read_bytes()), schema)
    for path in GOOD.glob("*.json"):
        jsonschema.validate(json.loads(path.read_bytes().decode("utf-8-sig")), schema)


def test_the_schema_refuses_some_of_the_corpus_too():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for name in ("missing-name.json", "id-uppercase.json", "source-http.json", "items-empty.json",
                 "item-unknown-field.json", "year-as-text.json", "name-bidi-override.json"):  # fmt: skip
        assert list(validator.iter_errors(json.loads((BAD / name).read_bytes()))), name


def test_schema_fields_and_caps_match_the_reader():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert set(schema["required"]) == {*F.FILE_REQUIRED, *F.FRAMEWORK_REQUIRED}
    assert set(schema["properties"]) == {*F.FILE_REQUIRED, *F.FRAMEWORK_REQUIRED, *F.FRAMEWORK_OPTIONAL}
    assert schema["properties"]["format"]["const"] == F.FORMAT_NAME
    assert schema["properties"]["format_version"]["enum"] == [F.FORMAT_VERSION]
    assert set(defs["framework"]["required"]) == set(F.FRAMEWORK_REQUIRED)
    assert set(defs["item"]["properties"]) == {*F.ITEM_REQUIRED, *F.ITEM_OPTIONAL}
    assert set(defs["source"]["properties"]) == set(defs["source"]["required"]) == set(F.SOURCE_REQUIRED)
    top, item = schema["properties"], defs["item"]["properties"]
    assert top["id"]["pattern"] == f"^{F.FRAMEWORK_ID.pattern}$" and item["id"]["pattern"] == f"^{F.ITEM_ID.pattern}$"
    assert top["name"]["maxLength"] == F.MAX_NAME and top["items"]["maxItems"] == F.MAX_ITEMS
    assert top["notes"]["maxLength"] == F.MAX_NOTES and top["attribution"]["maxLength"] == F.MAX_ATTRIBUTION
    assert item["title"]["maxLength"] == F.MAX_ITEM_TITLE and item["level"]["maxLength"] == F.MAX_LEVEL
    assert item["description"]["maxLength"] == F.MAX_ITEM_DESCRIPTION
    assert defs["source"]["properties"]["citation"]["maxLength"] == F.MAX_CITATION
    # The prompt-pack schema carries the same framework, item and source.
    pack = json.loads(PACK_SCHEMA.read_text(encoding="utf-8"))
    assert pack["properties"]["frameworks"]["maxItems"] == F.MAX_PACK_FRAMEWORKS
    in_pack = pack["$defs"]["framework"]
    assert {k: v for k, v in in_pack["properties"].items() if k not in ("source", "items")} == {
        k: v for k, v in defs["framework"]["properties"].items() if k not in ("source", "items")
    }
    assert pack["$defs"]["framework_item"] == defs["item"] and pack["$defs"]["framework_source"] == defs["source"]


def test_a_file_taking_a_built_in_id_is_refused_unless_it_is_the_built_in_file():
    swe = framework_by_id("swe-ps")
    data = write_framework(swe)
    assert validate_framework_bytes(data) == []  # `framework validate resources/frameworks/swe-ps.json`
    changed = write_framework(dataclasses.replace(swe, version="2.0.0"))
    problems = validate_framework_bytes(changed)
    assert [p.field for p in problems] == ["id"]
    assert "built into reflectjournal" in problems[0].message and "its own id" in problems[0].message


def test_every_serves_id_of_the_built_in_packs_names_a_built_in_item():
    known = F.builtin_item_ids()
    served = {i for pack in packs.builtin_packs() for p in pack.prompts for i in p.serves}
    assert served and served <= known
    assert packs.builtin_framework_item_ids() == known


# -- item titles and items no longer in a framework ----------------------------------


def test_framework_item_title_is_none_for_an_item_no_longer_in_the_framework():
    assert framework_item_title("pcf", "6") == "Critical Reflection and Analysis"
    assert framework_item_title("pcf", "10") is None
    assert framework_item_title("no-such", "1") is None
    local = read_framework_file(GOOD / "local-early-career.json")
    newer = dataclasses.replace(local, version="2.0.0", items=local.items[:1])
    assert framework_item_title("local-ecs", "2", [local]) == "Using supervision and reflection"
    assert framework_item_title("local-ecs", "2", [newer]) is None
    assert framework_item_title("local-ecs", "1", [newer]) == "Working with children and families"


# -- frameworks carried by prompt packs --------------------------------------------------


def test_a_pack_carries_frameworks_and_its_prompts_serve_their_items():
    pack = read_pack_file(PACK_WITH_FRAMEWORKS)
    (framework,) = pack.frameworks
    assert framework.id == "local-ecs" and framework.pack_id == pack.id and not framework.is_builtin
    assert pack.prompts[0].serves == ("local-ecs:2", "swe-ps:4")
    data = write_pack(pack)
    assert json.loads(data)["format_version"] == packs.FORMAT_VERSION_FRAMEWORKS == 3
    assert read_pack(data, name="again") == pack
    plain = dataclasses.replace(pack, frameworks=(), prompts=(dataclasses.replace(pack.prompts[0], serves=()),))
    assert json.loads(write_pack(plain))["format_version"] == 1  # older readers keep reading packs without them


def test_older_pack_files_are_still_read():
    assert packs.FORMAT_VERSION_READ == 3
    template = new_pack_template()
    assert json.loads(write_pack(template))["format_version"] == 1
    assert read_pack(write_pack(template), name="t") == template


def _pack_with(framework: Framework, version: str = "1.0.0", pack_id: str = "uk.example.team.pack"):
    template = new_pack_template()
    (prompt,) = template.prompts
    serves = tuple(framework.item_ids[:1])
    return dataclasses.replace(
        template, id=pack_id, version=version, title=f"Team pack {pack_id}", frameworks=(framework,),
        prompts=(dataclasses.replace(prompt, serves=serves),),
    )  # fmt: skip


def test_a_pack_with_a_framework_imports_and_its_items_can_be_linked(journal):
    local = read_framework_file(GOOD / "local-early-career.json")
    journal.packs.import_pack(_pack_with(local))
    available = available_frameworks(journal)
    assert [f.id for f in available] == ["swe-ps", "kss-cf", "kss-as", "pcf", "local-ecs"]
    installed = framework_by_id("local-ecs", available)
    assert installed.pack_id == "uk.example.team.pack"
    assert framework_item_title("local-ecs", "2.1", available) == "Recording reflection"
    assert available_frameworks() == builtin_frameworks()  # without a journal: the built-in ones


def test_an_update_that_drops_an_item_keeps_the_links_and_says_no_longer(journal):
    local = read_framework_file(GOOD / "local-early-career.json")
    journal.packs.import_pack(_pack_with(local))
    linked = "local-ecs:2"
    assert framework_item_title(*split_item_id(linked), available_frameworks(journal)) is not None
    newer = dataclasses.replace(local, version="2.0.0", items=(local.items[0], local.items[2]))
    journal.packs.import_pack(_pack_with(newer, version="1.1.0"))
    available = available_frameworks(journal)
    assert framework_by_id("local-ecs", available).version == "2.0.0"
    assert framework_item_title(*split_item_id(linked), available) is None  # "no longer in this framework"
    assert framework_item_title("local-ecs", "2.1", available) == "Recording reflection"


def test_a_second_pack_may_not_carry_a_framework_id_already_installed(journal):
    local = read_framework_file(GOOD / "local-early-career.json")
    journal.packs.import_pack(_pack_with(local))
    with pytest.raises(PackInvalid) as caught:
        journal.packs.import_pack(_pack_with(local, pack_id="uk.example.other.pack"))
    (problem,) = caught.value.problems
    assert problem.field == "frameworks[0].id"
    assert '"local-ecs" is already the id of a framework from the pack' in problem.message
    assert [p.pack.id for p in journal.packs.installed()] == ["uk.example.team.pack"]


def test_a_pack_framework_taking_a_built_in_id_is_refused_with_a_clear_message():
    local = read_framework_file(GOOD / "local-early-career.json")
    pack = _pack_with(dataclasses.replace(local, id="pcf"))
    with pytest.raises(PackInvalid) as caught:
        write_pack(pack)  # the writer checks with the reader
    fields = [p.field for p in caught.value.problems]
    assert "frameworks[0].id" in fields
    message = next(p.message for p in caught.value.problems if p.field == "frameworks[0].id")
    assert "built into reflectjournal" in message and "Professional Capabilities Framework" in message


# -- the documentation -----------------------------------------------------------------


def test_the_documented_example_is_a_valid_framework_and_the_caps_are_documented():
    import re

    text = DOC.read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", text, re.S)
    assert example
    framework = read_framework(example.group(1).encode("utf-8"), name="example")
    assert framework.id == "local-ecs" and [i.id for i in framework.items] == ["1", "2", "2.1"]
    for cap in (F.MAX_NAME, F.MAX_ITEM_TITLE, F.MAX_NOTES, F.MAX_ATTRIBUTION, F.MAX_ITEM_DESCRIPTION, F.MAX_LEVEL):
        assert f"| {cap:,} |" in text, cap
    assert "512 KiB" in text and f"1 to {F.MAX_ITEMS} items" in text
    for framework in builtin_frameworks():
        assert f"`{framework.id}`" in text

"""Making a pack in plain language (core.pack_authoring): ids and file names
from titles, the version that goes up by itself, and the sources warning."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace

import pytest

from reflectjournal.core.pack_authoring import (
    bump_version,
    change_between,
    file_name_for,
    pack_id_for,
    prepare_for_save,
    prompt_id_for,
    slug,
    version_for_save,
)
from reflectjournal.core.packs import (
    _PACK_ID,
    _PROMPT_ID,
    MAX_PACK_ID,
    MAX_PROMPT_ID,
    NO_SOURCES_WARNING,
    Prompt,
    PromptPack,
    Source,
    check_pack_bytes,
    pack_to_dict,
    validate_pack_bytes,
    write_pack,
)

DAY = dt.date(2026, 11, 25)
LATER = dt.date(2026, 12, 3)


def prompt(pid: str, title: str = "A prompt", questions: tuple[str, ...] = ("What happened?",), **kw) -> Prompt:
    kw.setdefault("sources", (Source("Gibbs, G.", "Learning by Doing", 1988),))
    return Prompt(id=pid, title=title, questions=questions, when=("after_home_visit",), **kw)


def pack(*prompts: Prompt, version: str = "1.0.0", **kw) -> PromptPack:
    return PromptPack(
        id="greenwich-childrens-services.first-visits",
        title="First visits",
        version=version,
        authors=("Ada Educator",),
        licence="CC-BY-4.0",
        language="en-GB",
        description="For newly qualified workers.",
        updated=DAY,
        prompts=prompts or (prompt("one"),),
        organisation="Greenwich Children's Services",
        **kw,
    )


# -- ids and names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greenwich Children's Services", "greenwich-childrens-services"),
        ("  Čapek’s Café — Straße & Øre ", "capeks-cafe-strasse-ore"),
        ("ASYE: the first 12 months!", "asye-the-first-12-months"),
        ("日本語", ""),
        ("", ""),
    ],
)
def test_slug(text, expected):
    assert slug(text) == expected


def test_slug_cuts_at_a_word():
    assert slug("one two three four", limit=10) == "one-two"
    assert slug("abcdefghijklmnop", limit=5) == "abcde"


def test_pack_id_is_made_from_the_organisation_and_the_title():
    assert pack_id_for("Greenwich Children's Services", "First home visits") == (
        "greenwich-childrens-services.first-home-visits"
    )
    # No organisation: the first author stands in, then "personal"; no usable title: "pack".
    assert pack_id_for("", "Court work", ("Ada Educator",)) == "ada-educator.court-work"
    assert pack_id_for(" ", "Court work") == "personal.court-work"
    assert pack_id_for("Team", "") == "team.pack"


def test_a_name_without_latin_letters_gets_a_code_so_two_packs_never_share_an_id():
    first, second = pack_id_for("Team", "日本語"), pack_id_for("Team", "中文")
    assert re.fullmatch(r"team\.pack-[0-9a-f]{8}", first) and first != second
    assert pack_id_for("Team", "日本語") == first  # the same title, the same id (an update)
    assert re.fullmatch(r"org-[0-9a-f]{8}\.court-work", pack_id_for("فريق", "Court work"))


@pytest.mark.parametrize(
    ("organisation", "title"),
    [("x" * 300, "y " * 300), ("Ünïcödé", "Ärger über Öl"), ("", ""), ("-.-", "..."), ("a", "b" * 500)],
)
def test_a_made_id_always_passes_the_readers_rule(organisation, title):
    made = pack_id_for(organisation, title)
    assert _PACK_ID.fullmatch(made) and len(made) <= MAX_PACK_ID
    data = pack_to_dict(pack())
    data["id"] = made
    assert validate_pack_bytes(json.dumps(data).encode()) == []


def test_prompt_id_from_the_title_is_unique_in_its_pack():
    assert prompt_id_for("Before the first visit") == "before-the-first-visit"
    taken = {"before-the-first-visit", "before-the-first-visit-2"}
    assert prompt_id_for("Before the first visit", taken) == "before-the-first-visit-3"
    assert prompt_id_for("") == "prompt"
    long = prompt_id_for("word " * 100, {slug("word " * 100, MAX_PROMPT_ID - 4)})
    assert _PROMPT_ID.fullmatch(long) and len(long) <= MAX_PROMPT_ID


def test_file_name_is_made_from_the_title():
    assert file_name_for("Newly qualified: first visits") == "newly-qualified-first-visits.rjpack"
    assert file_name_for("") == "prompt-pack.rjpack"


# -- versions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "change", "expected"),
    [
        ("1.2.3", "major", "2.0.0"),
        ("2.0.0-rc.1", "major", "2.0.0"),
        ("2.1.0-rc.1", "major", "3.0.0"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "patch", "1.2.4"),
        ("1.2.3", "none", "1.2.3"),
        ("1.2.0-beta.1", "minor", "1.2.0"),
        ("1.2.0-beta.1", "patch", "1.2.0"),
        ("1.2.3-beta", "minor", "1.3.0"),
        ("1.2.3-beta", "patch", "1.2.3"),
        ("1.2.3+build.5", "patch", "1.2.4"),
        ("0.1.0", "minor", "0.2.0"),
    ],
)
def test_bump_version(version, change, expected):
    assert bump_version(version, change) == expected


def test_bump_refuses_text_that_is_not_a_version():
    with pytest.raises(ValueError):
        bump_version("one", "patch")


def test_new_prompts_raise_the_minor_number_removed_ones_the_major_and_edits_the_patch():
    saved = pack(prompt("one"))
    added = pack(prompt("one"), prompt("two"))
    assert change_between(saved, added) == "minor"
    assert version_for_save(saved, added) == "1.1.0"
    # A removed prompt (or one whose id changed): entries that recorded it no longer find it.
    assert change_between(added, saved) == "major"
    assert version_for_save(added, saved) == "2.0.0"
    assert change_between(saved, pack(prompt("two"))) == "major"
    for edited in (
        pack(prompt("one", title="A better title")),
        pack(prompt("one", questions=("What happened?", "And then?"))),
        pack(prompt("one", sources=())),
        replace(saved, description="Changed."),
        replace(saved, organisation="Another team"),
    ):
        assert change_between(saved, edited) == "patch"
        assert version_for_save(saved, edited) == "1.0.1"
    reordered_saved = pack(prompt("one"), prompt("two"))
    assert change_between(reordered_saved, pack(prompt("two"), prompt("one"))) == "patch"


def test_no_change_no_new_version_and_the_date_and_version_alone_are_not_changes():
    saved = pack()
    assert change_between(saved, replace(saved, updated=LATER)) == "none"
    assert version_for_save(saved, saved) == "1.0.0"
    again = prepare_for_save(saved, saved, LATER)
    assert (again.version, again.updated) == ("1.0.0", DAY)


def test_a_signature_is_not_a_change_to_what_the_pack_says(tmp_path):
    """A signed pack read back, and the same pack built again by the editor
    (which carries no signature), say the same thing: no new version, so the
    signature can be kept on an unchanged re-save."""
    from reflectjournal.core.pack_signing import load_private_key, make_key, sign

    keys = make_key(tmp_path, "key passphrase for tests", scrypt_n=2**10)
    saved = pack()
    signed = sign(saved, load_private_key(keys.private_key, "key passphrase for tests"))
    assert signed.signature is not None
    assert change_between(signed, saved) == "none"
    assert prepare_for_save(signed, saved, LATER).version == "1.0.0"
    assert change_between(signed, replace(saved, title="Other visits")) == "patch"


def test_a_version_the_author_raised_is_kept_and_a_lowered_one_is_not():
    saved = pack(version="1.4.2")
    edited = pack(prompt("one", title="Edited"), version="2.0.0")
    assert version_for_save(saved, edited) == "2.0.0"
    assert version_for_save(saved, replace(saved, version="3.0.0")) == "3.0.0"
    lowered = pack(prompt("one", title="Edited"), version="1.0.0")
    assert version_for_save(saved, lowered) == "1.4.3"
    assert version_for_save(saved, replace(saved, version="0.9.0")) == "1.4.2"


def test_prepare_for_save_dates_a_changed_pack_today_and_keeps_a_new_packs_version():
    new = pack()
    first = prepare_for_save(None, new, LATER)
    assert (first.version, first.updated) == ("1.0.0", LATER)
    changed = prepare_for_save(first, pack(prompt("one"), prompt("two")), dt.date(2027, 1, 2))
    assert (changed.version, changed.updated) == ("1.1.0", dt.date(2027, 1, 2))
    assert validate_pack_bytes(write_pack(changed)) == []


# -- warnings -------------------------------------------------------------------------


def test_a_prompt_without_sources_is_a_warning_not_a_problem():
    data = write_pack(pack(prompt("sourced"), prompt("bare", sources=())))
    check = check_pack_bytes(data)
    assert check.problems == [] and check.pack is not None
    [warning] = check.warnings
    assert (warning.field, warning.prompt, warning.message) == ("prompts[1].sources", "bare", NO_SOURCES_WARNING)
    # Importing is exactly as strict as before: the same (no) problems.
    assert validate_pack_bytes(data) == []


def test_warnings_come_with_problems_and_apart_from_them():
    data = pack_to_dict(pack(prompt("bare", sources=())))
    data["title"] = ""
    check = check_pack_bytes(json.dumps(data).encode())
    assert [p.field for p in check.problems] == ["title"] and check.pack is None
    assert [w.field for w in check.warnings] == ["prompts[0].sources"]
    assert check.problems == validate_pack_bytes(json.dumps(data).encode())

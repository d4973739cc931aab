"""Export to Markdown and JSON: private files, safe front matter, no overwrites."""

from __future__ import annotations

import datetime as dt
import json
import re
import stat
from pathlib import Path

import pytest

from reflectjournal.core.errors import ExportTargetNotAFolder, ExportTargetNotEmpty
from reflectjournal.core.export import (
    CHILD_IN_MIND_HEADING,
    JSON_FILE_NAME,
    entry_to_markdown,
    export_journal,
    slugify,
)
from reflectjournal.core.models import Entry, EntryFilter, Wellbeing

FRONT_MATTER_KEYS = [
    "title",
    "date",
    "time",
    "kind",
    "kind_label",
    "tags",
    "wellbeing",
    "uid",
    "created",
    "updated",
]

HOSTILE_TITLES = [
    "---",
    "a title\n---\ntitle: injected",
    'She said "no" and meant it',
    "key: value",
    "# not a comment",
    "'single' quotes",
    "back\\slash \\n not a newline",
    "tab\there",
    "line\rreturn",
    "{[&*!|>'%@`]} yaml indicators",
    "next\x85line and\u2028separators\u2029",
    "\ufeffbyte order mark",
    "del\x7fcontrol\x01",
    "emoji 🧒🏽 and العربية and 中文",
    "null",
    "true",
    "1e3",
    "- list item?",
    "...",
]


def parse_front_matter(text: str) -> tuple[dict, str]:
    """A tiny strict parser: ``---``, then ``key: <one JSON value>`` lines,
    then ``---``. Anything else fails the test."""
    lines = text.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    data = {}
    for line in lines[1:end]:
        match = re.fullmatch(r"([a-z_]+): (.*)", line)
        assert match, f"not a key: value line: {line!r}"
        data[match.group(1)] = json.loads(match.group(2))
    return data, "\n".join(lines[end + 1 :])


def only_markdown(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.md"))


def save_any_title(journal, entry: Entry) -> Entry:
    """Save ``entry``; a title the store now refuses (a byte order mark is an
    invisible character) is written as an older version stored it, since
    the export must still cope with those journals."""
    from reflectjournal.core.errors import InvalidTitle
    from tests.legacy_rows import save_as_older_version

    try:
        return journal.entries.save(entry)
    except InvalidTitle:
        return save_as_older_version(journal, entry)


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_front_matter_survives_hostile_titles(journal, tmp_path, title):
    saved = save_any_title(
        journal,
        Entry(
            title=title,
            body="---\nbody: text\n---\n",
            kind="court",
            tags=["a: b", 'q"uote'],
            happened_on=dt.date(2022, 2, 3),
        ),
    )
    assert export_journal(journal, tmp_path / "out") == 1
    (md,) = only_markdown(tmp_path / "out")
    raw = md.read_bytes().decode("utf-8")
    data, rest = parse_front_matter(raw)
    assert list(data) == FRONT_MATTER_KEYS
    assert data["title"] == saved.title
    assert data["tags"] == saved.tags
    assert data["date"] == "2022-02-03"
    assert data["kind"] == "court" and data["kind_label"] == "Court"
    assert data["uid"] == saved.uid
    assert "---\nbody: text\n---" in rest
    # Characters YAML would read as line breaks or refuse are escaped.
    front = raw.split("\n---\n", 1)[0]
    for char in "\x85\u2028\u2029\ufeff\x7f\r":
        assert char not in front


def test_front_matter_is_valid_yaml_when_a_yaml_parser_is_present(journal, tmp_path):
    yaml = pytest.importorskip("yaml")
    for title in HOSTILE_TITLES:
        save_any_title(journal, Entry(title=title))
    export_journal(journal, tmp_path / "out")
    titles = set()
    for md in only_markdown(tmp_path / "out"):
        front = md.read_text(encoding="utf-8").split("\n---\n", 1)[0].removeprefix("---\n")
        titles.add(yaml.safe_load(front)["title"])
    assert titles == {journal.entries.get(i).title for i in journal.entries.ids()}


def test_markdown_layout(journal):
    entry = journal.entries.save(
        Entry(
            title="Home visit",
            body="First paragraph.\n\n- a list\n",
            kind="home_visit",
            happened_on=dt.date(2024, 3, 18),
            happened_at=dt.time(14, 30),
            tags=["school"],
            child_in_mind="What would Amy say?",
            wellbeing=Wellbeing(4, "steady"),
        )
    )
    text = entry_to_markdown(entry, "Home visit")
    data, rest = parse_front_matter(text)
    assert data["time"] == "14:30"
    assert data["wellbeing"] == {"score": 4, "words": "steady"}
    assert data["created"] == entry.created_at.isoformat()
    assert rest == (
        f"\n# Home visit\n\nFirst paragraph.\n\n- a list\n\n{CHILD_IN_MIND_HEADING}\n\nWhat would Amy say?\n"
    )


def test_no_child_in_mind_section_when_empty(journal):
    entry = journal.entries.save(Entry(title="t", body="b", child_in_mind="  "))
    assert CHILD_IN_MIND_HEADING not in entry_to_markdown(entry)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Home Visit: the Ashdowns!", "home-visit-the-ashdowns"),
        ("../../etc/passwd", "etc-passwd"),
        ("", "entry"),
        ("🧒🏽 ---", "entry"),
        ("Über große Fälle", "über-große-fälle"),
        ("हिन्दी नोट", "हिन्दी-नोट"),
        ("x" * 200, "x" * 50),
    ],
)
def test_slug(title, slug):
    assert slugify(title) == slug


def test_files_are_private_and_named_by_date_slug_and_id(journal, tmp_path):
    a = journal.entries.save(Entry(title="A visit / with slashes", happened_on=dt.date(2021, 1, 2)))
    b = journal.entries.save(Entry(title="A visit / with slashes", happened_on=dt.date(2021, 1, 2)))
    out = tmp_path / "new" / "export"
    assert export_journal(journal, out) == 2
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        f"2021-01-02-a-visit-with-slashes-{a.id}.md",
        f"2021-01-02-a-visit-with-slashes-{b.id}.md",
        JSON_FILE_NAME,
    ]
    for path in out.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_json_holds_full_entries_oldest_first(journal, tmp_path):
    newer = journal.entries.save(Entry(title="Newer", body="b2", happened_on=dt.date(2024, 1, 1), tags=["x"]))
    older = journal.entries.save(
        Entry(title="Older", body="b1", happened_on=dt.date(2020, 1, 1), prompt_ids=["p1"], wellbeing=Wellbeing(2))
    )
    export_journal(journal, tmp_path / "out")
    records = json.loads((tmp_path / "out" / JSON_FILE_NAME).read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == [older.id, newer.id]
    first = records[0]
    assert first["date"] == "2020-01-01"
    assert first["body"] == "b1"
    assert first["prompt_ids"] == ["p1"]
    assert first["wellbeing"] == {"score": 2, "words": ""}
    assert dt.datetime.fromisoformat(first["created"]) == older.created_at
    assert first["deleted"] is None
    assert records[1]["tags"] == ["x"]


def test_filter_and_trash(journal, tmp_path):
    journal.entries.save(Entry(title="2019", happened_on=dt.date(2019, 6, 1)))
    keep = journal.entries.save(Entry(title="2023", happened_on=dt.date(2023, 6, 1)))
    gone = journal.entries.save(Entry(title="trashed", happened_on=dt.date(2023, 7, 1)))
    journal.entries.trash(gone.id)
    assert export_journal(journal, tmp_path / "recent", EntryFilter(date_from=dt.date(2023, 1, 1))) == 1
    assert json.loads((tmp_path / "recent" / JSON_FILE_NAME).read_text())[0]["id"] == keep.id
    assert export_journal(journal, tmp_path / "trash", EntryFilter(trash=True)) == 1


def test_an_empty_journal_exports_an_empty_list(journal, tmp_path):
    assert export_journal(journal, tmp_path / "out") == 0
    assert json.loads((tmp_path / "out" / JSON_FILE_NAME).read_text()) == []


def test_refuses_a_non_empty_folder_and_writes_nothing(journal, tmp_path):
    journal.entries.save(Entry(title="t"))
    out = tmp_path / "busy"
    out.mkdir()
    (out / ".hidden").write_text("mine")
    with pytest.raises(ExportTargetNotEmpty):
        export_journal(journal, out)
    assert [p.name for p in out.iterdir()] == [".hidden"]


def test_refuses_a_file_path(journal, tmp_path):
    target = tmp_path / "file.txt"
    target.write_text("mine")
    with pytest.raises(ExportTargetNotAFolder):
        export_journal(journal, target)
    assert target.read_text() == "mine"


def test_an_existing_empty_folder_is_used(journal, tmp_path):
    journal.entries.save(Entry(title="t"))
    out = tmp_path / "empty"
    out.mkdir()
    assert export_journal(journal, out) == 1

"""Issue 17's import cases, one by one, on the corpus in tests/data/import/
(real-shaped Day One, jrnl and Obsidian exports written for these tests)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from reflectjournal.core import import_text
from reflectjournal.core.attachments import AttachmentStore
from reflectjournal.core.importers import ImportOptions, import_source, read_source
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"


def entries(journal: Journal) -> dict[str, Entry]:
    return {e.title: e for e in (journal.entries.get(i) for i in journal.entries.ids())}


def changed(report, where: str | None = None) -> set[str]:
    return {i.reason for i in report.changed if where is None or i.where == where}


def lost(report, where: str | None = None) -> set[str]:
    return {i.reason for i in report.not_carried if where is None or i.where == where}


@pytest.fixture
def dayone_zip(tmp_path) -> Path:
    path = tmp_path / "Export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in sorted((CORPUS / "dayone").rglob("*")):
            if file.is_file():
                archive.write(file, file.relative_to(CORPUS / "dayone").as_posix())
    return path


# -- Day One ----------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["folder", "zip"])
def test_dayone_titles_photos_escapes_tags_and_details(journal, dayone_zip, shape):
    source = CORPUS / "dayone" if shape == "folder" else dayone_zip
    report = import_source(journal, source, "dayone")
    by_title = entries(journal)
    genogram = by_title["Genogram after the family meeting"]  # first line, no heading: still the title
    assert sorted(genogram.tags) == ["Work", "pinned", "starred"]
    assert genogram.happened_at == dt.time(18, 5)
    (photo,) = AttachmentStore(journal).list(_id(journal, genogram))
    assert photo.media_type == "image/jpeg"
    body = genogram.body
    assert body.startswith(f"![{photo.filename}](attachment:{photo.uid})")  # the moment became the attachment
    assert "dayone-moment" not in body and "rj-import-media" not in body
    assert "Three generations; gran-in-law included!" in body  # escapes undone
    assert "1\\. keep this escape" in body  # this one would make a list: kept
    assert body.endswith(
        "*Imported details: Location: Civic Centre, Leeds, United Kingdom; Weather: Light rain, 7 °C; "
        "Music: Quiet Song – Some Band*"
    )
    assert by_title["Walk by the river"].tags == ["Personal"]  # each journal's name as a tag
    where = "Work.json entry 1"
    assert {
        "starred kept as the tag 'starred'",
        "pinned kept as the tag 'pinned'",
        "picture imported as an encrypted attachment",
        "title taken from the first line, as Day One shows it",
    } <= changed(report, where)
    escapes = next(i for i in report.changed if "escapes" in i.reason)
    assert escapes.count == 5


def _id(journal: Journal, entry: Entry) -> int:
    return next(i for i in journal.entries.ids() if journal.entries.get(i).uid == entry.uid)


def test_dayone_empty_entries_video_pdf_and_missing_photos(journal):
    report = import_source(journal, CORPUS / "dayone", "dayone")
    assert report.found == 7 and report.imported == 6
    empty = next(i for i in report.skipped if i.where == "Work.json entry 3")
    assert "empty" in empty.reason and not empty.left_behind
    pdf_only = next(e for e in entries(journal).values() if e.title == "")
    (pdf,) = AttachmentStore(journal).list(_id(journal, pdf_only))
    assert pdf.media_type == "application/pdf" and pdf_only.body == f"[{pdf.filename}](attachment:{pdf.uid})"
    assert "video not carried over (only pictures and PDFs can be attached)" in lost(report, "Work.json entry 4")
    assert "no text: imported for its attachments" in changed(report, "Work.json entry 4")
    lost_photo = entries(journal)["Lost photo"]
    assert lost_photo.body == "still here"
    assert any("does not hold" in r for r in lost(report, "Work.json entry 6"))
    assert report.attachments == 2


def test_dayone_details_can_be_left_out(journal):
    report = import_source(journal, CORPUS / "dayone", "dayone", options=ImportOptions(keep_details=False))
    genogram = entries(journal)["Genogram after the family meeting"]
    assert "Imported details" not in genogram.body
    assert {"location (left out, as chosen)", "weather (left out, as chosen)"} <= lost(report, "Work.json entry 1")


def test_dayone_unknown_zone_is_named_and_the_time_kept(journal):
    report = import_source(journal, CORPUS / "dayone", "dayone")
    odd = entries(journal)["Odd zone"]
    assert odd.happened_at == dt.time(7, 15)  # as the export wrote it (UTC)
    (reason,) = lost(report, "Work.json entry 5")
    assert "'Mars/Olympus_Mons'" in reason
    taipei = entries(journal)["台北的晚上"]
    assert (taipei.happened_on, taipei.happened_at) == (dt.date(2024, 3, 5), dt.time(23, 38))


def test_dayone_dry_run_says_what_the_import_does(journal):
    dry = import_source(journal, CORPUS / "dayone", "dayone", dry_run=True)
    assert journal.entries.ids() == [] and AttachmentStore(journal).total_size() == 0
    real = import_source(journal, CORPUS / "dayone", "dayone")
    assert [(g.reason, g.count, g.examples) for g in dry.groups()] == [
        (g.reason, g.count, g.examples) for g in real.groups()
    ]
    assert dry.attachments == real.attachments == 2


# -- jrnl -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "jrnl"])
def test_jrnl_markdown_export_becomes_entries(journal, fmt):
    report = import_source(journal, CORPUS / "jrnl" / "journal.md", fmt)
    by_title = entries(journal)
    assert set(by_title) == {"Duty desk. @duty", "Back after the break.", "Lunch thought."}
    duty = by_title["Duty desk. @duty"]
    assert (duty.happened_on, duty.happened_at) == (dt.date(2023, 11, 30), dt.time(9, 15))
    assert duty.body == "Busy morning.\n\n# What went well\nTriage was calm."  # jrnl's shifted heading undone
    assert duty.tags == ["duty"]
    assert by_title["Back after the break."].happened_at == dt.time(17, 40)  # 05:40 PM
    assert report.imported == 3


def test_jrnl_reimport_reports_skipped_not_imported_without(journal):
    first = import_source(journal, CORPUS / "jrnl" / "journal.json", "jrnl")
    assert any("starred" in i.reason for i in first.not_carried)
    again = import_source(journal, CORPUS / "jrnl" / "journal.json", "jrnl")
    assert again.imported == 0 and again.not_carried == [] and again.changed == []
    assert [i.reason for i in again.skipped] == ["already in this journal"] * 2


def test_jrnl_markdown_detector():
    assert import_text.looks_like_jrnl_markdown((CORPUS / "jrnl" / "journal.md").read_text())
    assert not import_text.looks_like_jrnl_markdown("# 2024\n\nA note about the year.\n")


# -- Obsidian ---------------------------------------------------------------------


@pytest.fixture
def vault(tmp_path) -> Path:
    root = tmp_path / "vault"
    shutil.copytree(CORPUS / "obsidian", root)
    undated = root / "Undated thought.md"
    stamp = dt.datetime(2021, 9, 14, 12, 0).timestamp()
    os.utime(undated, (stamp, stamp))
    return root


def test_obsidian_names_links_embeds_and_callouts(journal, vault):
    report = import_source(journal, vault, "markdown")
    by_title = entries(journal)
    books = by_title["Books"]  # the note's name, not its first section heading
    assert books.body.startswith("# Non-Fiction\n\nSee Reading list and the later pile.")
    reading = by_title["Reading list"]
    assert reading.tags == ["books"]  # the tag in the top heading is kept
    store = AttachmentStore(journal)
    picture, pdf = store.list(_id(journal, reading))
    assert (picture.filename, pdf.filename) == ("ecomap.png", "certificate.pdf")
    assert reading.body.startswith(f"![ecomap.png](attachment:{picture.uid})\n[certificate.pdf](attachment:{pdf.uid})")
    assert "*(Embedded note: Books › Fiction)*" in reading.body
    assert "> **Read slowly**\n> One chapter a day." in reading.body
    assert "> **Warning**\n> Library fines." in reading.body
    counts = {i.reason: i.count for i in report.changed}
    assert counts["wikilinks turned into the linked note's title"] == 2
    assert counts["callouts turned into quotes led by their title"] == 2
    assert counts["embedded notes turned into a reference line"] == 1
    assert "an embedded file that is not a picture or PDF (removed)" in lost(report, "Reading list.md")


def test_obsidian_dates_say_where_they_came_from(journal, vault):
    report = import_source(journal, vault, "markdown")
    by_title = entries(journal)
    reading = by_title["Reading list"]  # date: 2018-04-21 18:57:04 Saturday
    assert (reading.happened_on, reading.happened_at) == (dt.date(2018, 4, 21), dt.time(18, 57))
    assert "a front-matter date with words after it, read as far as it parses" in changed(report, "Reading list.md")
    assert by_title["2024-03-18 Team meeting"].happened_on == dt.date(2024, 3, 18)
    assert any("file name" in r for r in changed(report, "Daily/2024-03-18 Team meeting.md"))
    assert by_title["Undated thought"].happened_on == dt.date(2021, 9, 14)
    assert any("last-modified" in r for r in changed(report, "Undated thought.md"))


def test_obsidian_tags_only_from_text(journal, vault):
    import_source(journal, vault, "markdown")
    assert entries(journal)["Maths and code"].tags == ["tag"]


def test_report_groups_give_counts_and_three_examples(journal, vault):
    for n in range(5):
        (vault / f"linked {n}.md").write_text(f"---\ndate: 2024-01-0{n + 1}\n---\n[[Books]] [[Books]]\n")
    report = import_source(journal, vault, "markdown", dry_run=True)
    group = next(g for g in report.groups() if g.reason.startswith("wikilinks"))
    assert (group.count, group.places) == (12, 6) and len(group.examples) == 3
    assert journal.entries.ids() == []


def test_read_source_closes_its_zip(dayone_zip):
    plan = read_source(dayone_zip, "dayone")
    assert plan.report.attachments == 2
    plan.close()


# -- the text conversions on their own ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "undone"),
    [
        ("It rained\\. A lot\\!", "It rained. A lot!", 2),
        ("1\\. not a list", "1\\. not a list", 0),  # undoing it would make a list
        ("\\- not a bullet", "\\- not a bullet", 0),
        ("\\# not a heading, but mid\\-line", "\\# not a heading, but mid-line", 1),
        ("\\*not emphasis\\*", "\\*not emphasis\\*", 0),
        ("\\![not an image](x)", "\\![not an image](x)", 0),
    ],
)
def test_day_one_escapes_undone_only_where_harmless(text, expected, undone):
    assert import_text.undo_markdown_escapes(text) == (expected, undone)


def test_tags_never_from_code_math_comments_or_link_addresses():
    text = "#one and [see](#anchor) `#code` $#math$ $$\n#display\n$$ %% #comment %% <!-- #html -->\n#two"
    assert import_text.tags_from_text(text) == ["one", "two"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-04-21 18:57:04 Saturday", (dt.date(2018, 4, 21), dt.time(18, 57), True)),
        ("2018-04-21", (dt.date(2018, 4, 21), None, False)),
        ("2018-02-30 night", None),
        ("Saturday", None),
    ],
)
def test_leading_date(text, expected):
    assert import_text.leading_date(text) == expected


def test_wikilinks_keep_code_untouched():
    text = "[[Note]] and `[[not a link]]`\n```\n[[also not]]\n```\n[[Folder/Other|shown]]"
    out, counts = import_text.convert_obsidian(text, lambda name: None, lambda target, alt: None)
    assert out == "Note and `[[not a link]]`\n```\n[[also not]]\n```\nshown"
    assert counts.wikilinks == 2

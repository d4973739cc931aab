"""The supervision record laid out on A4: nothing runs outside the margins,
every page says "Page n of m" and that it is not encrypted, and the record
holds what was chosen (wellbeing only when asked for, once)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.models import Action, AgendaItem, Entry, SupervisionSession, Wellbeing
from reflectjournal.core.supervision_export import (
    NOT_ENCRYPTED_FOOTER,
    SUPERVISEE_KEY,
    ExportOptions,
    build_export,
)
from reflectjournal.pdf import MARGIN_MM, write_pdf

DPI = 50
LONG_WORD = "https://example.org/" + "averylongpathwithoutanyspacesorhyphens" * 6
WIDE_TABLE = "| " + " | ".join(f"Column {i} heading" for i in range(12)) + " |\n|" + "---|" * 12 + "\n"


@pytest.fixture
def stressing(journal):
    """A session made to push text sideways and across pages."""
    JournalSettings(journal).set(SUPERVISEE_KEY, "Alex Rivers")
    entry = journal.entries.save(
        Entry(
            title="A reflection with a very long title " * 4,
            body=f"## A heading in the reflection\n\n{LONG_WORD}\n\n{WIDE_TABLE}| "
            + " | ".join("x" * 12 for _ in range(12))
            + " |\n",
            happened_on=dt.date(2026, 2, 2),
            wellbeing=Wellbeing(2, "WELLBEING-WORDS"),
        )
    )
    session = journal.supervision.save(
        SupervisionSession(
            held_on=dt.date(2026, 2, 10),
            status="held",
            with_name="Priya Shah",
            place="Team room",
            agenda=[
                AgendaItem("support", f"Notes with a long word:\n{LONG_WORD}", [entry.id], text_entry_ids=[entry.id])
            ],
            questions="\n".join(f"Question {i}?" for i in range(40)),
            affecting_me="AFFECTING-ME-TEXT",
            actions=[Action(f"Action {i} " + LONG_WORD, "me", dt.date(2026, 3, 1)) for i in range(25)],
        )
    )
    return session.id


def _dark_pixels_outside_margins(png: Path) -> list[tuple[int, int]]:
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_Grayscale8)
    margin = MARGIN_MM / 25.4 * DPI - 2  # two pixels of anti-aliasing
    width, height = image.width(), image.height()
    left, right = int(margin), int(width - margin)
    top, bottom = int(margin), int(height - margin)
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    outside = []
    for y in range(height):
        row = bits[y * stride : y * stride + width]
        if y < top or y >= bottom:
            columns = range(width)
        else:
            columns = [*range(left), *range(right, width)]
        outside += [(x, y) for x in columns if row[x] < 160]
    return outside


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_record_pages_keep_every_mark_inside_the_a4_margins(qapp, journal, stressing, tmp_path):
    export = build_export(journal, stressing, ExportOptions(include_wellbeing=True), today=dt.date(2026, 2, 11))
    pdf = write_pdf(
        tmp_path / "r.pdf", export.to_html(), title=export.title, generated=dt.date(2026, 2, 11), footer=export.footer
    )
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) > 1
    for page in pages:
        outside = _dark_pixels_outside_margins(page)
        assert not outside, f"{page.name}: marks outside the margins at {outside[:5]}"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_every_page_is_numbered_and_says_it_is_not_encrypted(qapp, journal, stressing, tmp_path):
    export = build_export(journal, stressing, today=dt.date(2026, 2, 11))
    pdf = write_pdf(
        tmp_path / "r.pdf", export.to_html(), title=export.title, generated=dt.date(2026, 2, 11), footer=export.footer
    )
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    pages = text.rstrip("\f").split("\f")
    assert len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert NOT_ENCRYPTED_FOOTER in " ".join(page.split())
    # Each question on its own line; each word once (no line drawn twice at a page break).
    assert sum(line.strip() == "Question 7?" for line in text.splitlines()) == 1
    assert text.count("Signature: ") == 2
    assert "WELLBEING-WORDS" not in text and "AFFECTING-ME-TEXT" not in text


def test_wellbeing_is_left_out_by_default_and_shown_once_when_chosen(journal, stressing):
    plain = build_export(journal, stressing, today=dt.date(2026, 2, 11)).to_markdown()
    assert "Wellbeing" not in plain and "WELLBEING-WORDS" not in plain and "AFFECTING-ME-TEXT" not in plain
    chosen = build_export(journal, stressing, ExportOptions(include_wellbeing=True), today=dt.date(2026, 2, 11))
    for text in (chosen.to_markdown(), chosen.to_html()):
        assert text.count("WELLBEING-WORDS") == 1 and text.count("AFFECTING-ME-TEXT") == 1


def test_names_and_blank_lines(journal, stressing):
    export = build_export(journal, stressing, today=dt.date(2026, 2, 11))
    assert ("Supervisee", "Alex Rivers") in export.fields
    assert ("Supervisor", "Priya Shah (Line manager)") in export.fields
    hidden = build_export(journal, stressing, ExportOptions(include_name=False), today=dt.date(2026, 2, 11))
    assert "Alex Rivers" not in hidden.to_markdown() and "Priya Shah" not in hidden.to_markdown()
    assert hidden.to_markdown().count("Signature: ") == 2


def test_reflection_headings_sit_below_the_records_own(journal, stressing):
    export = build_export(journal, stressing, today=dt.date(2026, 2, 11))
    html = export.to_html()
    assert "<h2>A heading" not in html and '<p class="subhead"><b>A heading in the reflection' in html
    assert "##### A heading in the reflection" in export.to_markdown()


def test_actions_as_plain_text_for_the_clipboard(journal):
    session = journal.supervision.save(
        SupervisionSession(
            held_on=dt.date(2026, 2, 10),
            status="held",
            actions=[Action("Book court skills", "me", dt.date(2026, 2, 1)), Action("Read the briefing", "Priya")],
        )
    )
    text = build_export(journal, session.id, today=dt.date(2026, 2, 11)).actions_as_text()
    lines = text.splitlines()
    assert lines[0].split() == ["Action", "Owner", "Due", "Status"]
    assert "Book court skills" in lines[2] and "1 February 2026 (overdue)" in lines[2] and lines[2].endswith("Open")
    assert "Read the briefing" in lines[3] and "no date" in lines[3]
    assert "<" not in text and "|" not in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_the_margin_check_sees_text_that_runs_off_the_page(qapp, tmp_path):
    """The check above can fail: a line that cannot wrap is drawn past the
    right margin (pdf.py does not clip the sides, so nothing is hidden)."""
    html = '<p style="white-space: pre">' + "x" * 300 + "</p>"
    pdf = write_pdf(tmp_path / "bad.pdf", html, title="t", generated=dt.date(2026, 1, 1))
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert _dark_pixels_outside_margins(next(tmp_path.glob("page-*.png")))

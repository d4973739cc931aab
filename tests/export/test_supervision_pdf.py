"""The supervision PDF holds the chosen items and nothing else."""

from __future__ import annotations

import datetime as dt
import io
import re

import pypdf

from reflectjournal.core.models import Action, AgendaItem, Entry, SupervisionSession
from reflectjournal.core.supervision_export import ExportOptions, build_export
from reflectjournal.pdf import html_to_pdf, write_pdf


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_pdf_holds_the_preparation_and_nothing_else(qapp, journal, tmp_path):
    e1 = journal.entries.save(Entry(title="Visit to Kai", body="SECRET-BODY-TEXT", happened_on=dt.date(2026, 2, 2)))
    e2 = journal.entries.save(Entry(title="Unlinked reflection", body="x", happened_on=dt.date(2026, 2, 3)))
    prep = journal.supervision.save(
        SupervisionSession(
            held_on=dt.date(2026, 2, 10),
            agenda=[AgendaItem("support", "Feeling stretched", [e1.id])],
            questions="Can we review the plan?",
            actions=[],
        )
    )
    journal.supervision.save(
        SupervisionSession(
            held_on=dt.date(2026, 1, 10), status="held", actions=[Action("Shadow a court hearing", "me")]
        )
    )
    export = build_export(journal, prep.id, ExportOptions(), today=dt.date(2026, 2, 9))
    path = write_pdf(
        tmp_path / "prep.pdf", export.to_html(), title=export.title, generated=dt.date(2026, 2, 9), footer=export.footer
    )
    assert path.stat().st_mode & 0o777 == 0o600
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    for expected in (
        "Supervision record",
        "10 February 2026",
        "Preparation, before the meeting",
        "Feeling stretched",
        "Visit to Kai",
        "Can we review the plan?",
        "Shadow a court hearing (carried forward from 10 January 2026)",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    assert "SECRET-BODY-TEXT" not in text
    assert "Unlinked reflection" not in text
    assert e2.id not in prep.entry_ids


def test_long_exports_are_paged(qapp, journal):
    html = "<h1>Notes</h1>" + "".join(f"<p>Paragraph {i} of the notes.</p>" for i in range(400))
    text = pdf_text(html_to_pdf(html, title="Long", generated=dt.date(2026, 1, 1)))
    pages = int(re.search(r"Page 1 of (\d+)", text).group(1))
    assert pages > 3
    assert f"Page {pages} of {pages}" in text
    assert "Paragraph 399 of the notes." in text


def test_pdf_text_reads_back_as_written_without_ligatures(qapp):
    """ "ff" and "fi" are set as letters, so the PDF's text is searchable and copies as written."""
    data = html_to_pdf(
        "<h2>Staff office</h2><p>coffee, fine, efficient</p>", title="Ligatures", generated=dt.date(2026, 1, 1)
    )
    text = pdf_text(data)
    assert "Staff office" in text and "coffee, fine, efficient" in text

"""`export --format html|pdf` over a range holding entries that used to make
rendering fail (issue 20, item 2): exit 0, every word kept, a note where the
text is simplified. Run as a user runs it: a separate process, the
production key derivation, the passphrase on standard input."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from reflectjournal.cli import EXIT_OK
from reflectjournal.core.models import Entry
from reflectjournal.core.rendering import EXPORT_REST_NOTE, FLATTENED_NOTE
from reflectjournal.core.vault import Journal
from tests.cli.test_import_cli import PASSPHRASE, SECRET, with_journal

END_WORD = "Quokkaterminus"
LIST_600 = "- " * 600 + "x"
B_20000 = "<b>" * 20_000 + "bolded" + "</b>" * 20_000
ONE_MB = ("A long reflection with ordinary words in it. " * 23_000)[: 1_000_000 - len(END_WORD) - 1] + " " + END_WORD


def make_journal(path: Path, *, with_one_mb: bool) -> Path:
    with Journal.create(path, PASSPHRASE) as journal:
        bodies = [("Calm", f"{SECRET} and a calm visit."), ("Nested list", LIST_600), ("Bold", B_20000)]
        if with_one_mb:
            bodies.append(("Very long", ONE_MB))
        for day, (title, body) in enumerate(bodies, start=1):
            journal.entries.save(Entry(title=title, body=body, happened_on=dt.date(2024, 2, day)))
        journal.entries.save(Entry(title="Outside", body="March", happened_on=dt.date(2024, 3, 1)))
    return path


def test_export_html_with_hostile_entries_exits_0_and_keeps_every_word(tmp_path):
    journal = make_journal(tmp_path / "hostile.rjournal", with_one_mb=True)
    out = tmp_path / "february.html"
    result = with_journal(
        journal, "export", "--format", "html", "--out", out, "--from", "2024-02-01", "--to", "2024-02-29"
    )
    assert result.returncode == EXIT_OK, result.stderr  # exit 1 (RecursionError) before
    assert "Exported 4 entries" in result.stdout
    html = out.read_text(encoding="utf-8")
    assert FLATTENED_NOTE in html and EXPORT_REST_NOTE in html
    assert "bolded" in html and END_WORD in html
    assert html.count("reflection") == ONE_MB.count("reflection")
    assert "<script" not in html


@pytest.mark.slow
def test_export_pdf_with_hostile_entries_exits_0(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    journal = make_journal(tmp_path / "hostile.rjournal", with_one_mb=False)
    out = tmp_path / "february.pdf"
    result = with_journal(
        journal, "export", "--format", "pdf", "--out", out, "--from", "2024-02-01", "--to", "2024-02-29"
    )
    assert result.returncode == EXIT_OK, result.stderr  # exit 1 (RecursionError) before
    assert out.read_bytes().startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Nested list" in text and "Bold" in text and "bolded" in text
    assert " ".join(FLATTENED_NOTE.split()[:6]) in text


@pytest.mark.slow
def test_export_pdf_of_a_one_megabyte_entry_exits_0_with_every_word(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    journal = make_journal(tmp_path / "long.rjournal", with_one_mb=True)
    out = tmp_path / "long.pdf"
    result = with_journal(
        journal, "export", "--format", "pdf", "--out", out, "--from", "2024-02-04", "--to", "2024-02-04"
    )
    assert result.returncode == EXIT_OK, result.stderr
    reader = pypdf.PdfReader(out)
    assert END_WORD in reader.pages[-1].extract_text()


@pytest.mark.parametrize("description", ["- " * 1000, "- " * 1000 + "x"], ids=["as in the issue", "with a word"])
def test_pack_validate_and_import_agree_on_a_deeply_nested_description(tmp_path, description):
    """One code path (core.packs.read_pack_file) for both: the pack is
    accepted by each, and rendered flattened wherever it is shown
    (tests/ui/test_preview_limits.py)."""
    from dataclasses import replace

    from reflectjournal.core.packs import new_pack_template, read_pack_file, write_pack
    from tests.cli.test_pack_cli import pack_cli

    pack = replace(new_pack_template(dt.date(2025, 3, 18)), id="org.example.deep", description=description)
    path = tmp_path / "deep.rjpack"
    path.write_bytes(write_pack(pack))
    result = pack_cli("validate", str(path))
    assert result.returncode == 0, result.stderr
    assert "valid prompt pack org.example.deep" in result.stdout

    with Journal.create(tmp_path / "j.rjournal", PASSPHRASE) as journal:
        journal.packs.import_pack(read_pack_file(path))
        (stored,) = journal.packs.installed()
    assert stored.pack.description == description.strip()

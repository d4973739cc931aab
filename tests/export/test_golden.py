"""Golden-file tests: every export the app offers, compared word for word
with a reference file under ``tests/export/golden/``.

One fixed, realistic journal is built here (entries of several kinds with
tags, child-in-mind text, wellbeing, Markdown with headings, lists, quotes,
links and a table, Welsh, Polish, Arabic and an emoji; one entry in the
trash; two supervision sessions with agenda, notes and actions). Each export
runs through the command line in-process, as a user runs it, and what it
wrote is compared with the reference:

- ``export --out DIR``: every Markdown file and ``entries.json`` (golden/markdown/)
- ``export --format html``: golden/printable.html
- ``export --format pdf``: the text pypdf reads from it, page by page,
  whitespace collapsed and wrapped at 100 columns (golden/printable.pdf.txt)
- ``supervision export ID --format md``: a preparation, and notes with the
  linked reflections' text (golden/supervision-*.md)
- ``supervision export ID --format pdf``: its text (golden/supervision-notes.pdf.txt)
- ``supervision export ID --format md --include-wellbeing-chart``: the chart as a
  summary and a text table (golden/supervision-notes-chart.md)
- a prompt pack exported from the journal (``PackStore.export``, the app's
  "Export pack") and the template ``pack new`` writes (golden/pack-*.rjpack)

What makes them repeatable: the journal opens with a fixed clock (the dates
"Printed ..." and "Exported ..." and every created/updated time come from
it), the time zone is fixed, uids are given, and PDF text is compared only
where pdf.py's font (DejaVu Sans) is installed.

A failure shows a unified diff. When a change to an export is intended,
rewrite the references and review them before committing::

    REFLECTJOURNAL_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/export/test_golden.py
    git diff tests/export/golden/

A missing reference fails (unless updating); nothing is updated silently.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import textwrap
import time
from pathlib import Path

import pypdf
import pytest

from reflectjournal import cli
from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.models import Action, AgendaItem, Entry, SupervisionSession, Wellbeing
from reflectjournal.core.packs import new_pack_template, read_pack_file, write_pack
from reflectjournal.core.supervision_export import SUPERVISEE_KEY, SUPERVISOR_KEY
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.export.golden_check import assert_golden, assert_golden_folder

GOLDEN_PACK = Path(__file__).parents[1] / "data" / "packs" / "good" / "full.rjpack"
TRASHED_MARKER = "THIS-ENTRY-IS-IN-THE-TRASH"
# Every export is made "today": 2 March 2026, a quarter past nine (UTC, and
# also in the fixed time zone below, which is on GMT in March).
EXPORT_MOMENT = dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC)
TIME_ZONE = "Europe/London"
CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class Clock:
    """A clock that says what it is told to."""

    def __init__(self, moment: dt.datetime):
        self.now = moment

    def __call__(self) -> dt.datetime:
        return self.now


HOME_VISIT_BODY = """\
## What I saw

Zofia Nowak opened the door with the baby on her hip and said „Dzień dobry” before \
I had introduced myself. The flat was **warm** and tidier than in January.

- Food in the fridge; the cot made up.
- Łukasz (7) showed me his reading book: *Kot w butach*.
- The damp in the back bedroom is still there.

> "I'm doing my best, but the landlord won't come out."

Next steps, in order:

1. Ring the landlord and the environmental health team.
2. Check Łukasz's attendance with the school.

| Room | Then (January) | Now |
|---|---|---|
| Kitchen | no food | stocked |
| Back bedroom | damp | damp |

See the [housing disrepair guidance](https://www.gov.uk/housing-disrepair) before the core group.
"""

COURT_BODY = """\
## Giving evidence

The hearing was at the Civil and Family Justice Centre in Cardiff (*Llys Teulu Caerdydd*). \
The usher greeted us with "Bore da" and the mother answered in Welsh.

I kept to what I had **seen and recorded**, and said where my knowledge stopped.

### What helped

- Reading my statement again the night before.
- A short walk before we went in.
- The interpreter's care with *cyswllt* (contact) and *gofal* (care).

Afterwards the mother said "Diolch yn fawr" to the guardian. I noticed how much that moved me.
"""

CORE_GROUP_BODY = """\
Amira's school, the health visitor and her mother came. Her mother opened with \
"مرحبا" and thanked everyone: "شكراً لكم".

| Action | Who | By |
|---|---|---|
| Weekly check-in at school | Class teacher | 13 March |
| Referral to the speech and language team | Health visitor | 20 February |

Amira brought a drawing of a plant: 🌱 "me growing", she said.

#### Worries

1. Missed health appointments.
2. Her mother's isolation since moving from Leeds.
"""

REFLECTION_BODY = """\
A short note to myself after a long week. No title: some days do not need one.

> Supervision is a place to think, not only to report.

Things I want to keep doing:

- Write up visits the same day.
- Ask the child first.
"""


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> dict:
    """The sample journal, made once: its path and the ids the tests use."""
    path = tmp_path_factory.mktemp("golden") / "journal.rjournal"
    clock = Clock(dt.datetime(2026, 1, 5, 8, 0, tzinfo=dt.UTC))
    with Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=clock) as journal:

        def save(written: dt.datetime, entry: Entry) -> Entry:
            clock.now = written
            return journal.entries.save(entry)

        visit = save(
            dt.datetime(2026, 2, 2, 14, 5, tzinfo=dt.UTC),
            Entry(
                title="Home visit to the Nowak family",
                body=HOME_VISIT_BODY,
                kind="home_visit",
                happened_on=dt.date(2026, 2, 2),
                happened_at=dt.time(10, 30),
                tags=["home conditions", "school"],
                child_in_mind="Łukasz kept looking at his mother before answering. "
                "Next time I will see him on his own, at school.",
                wellbeing=Wellbeing(3, "tired but clear"),
                prompt_ids=["org.reflectjournal.builtin.after-a-home-visit/straight-after"],
                uid="0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            ),
        )
        court = save(
            dt.datetime(2026, 2, 5, 18, 40, tzinfo=dt.UTC),
            Entry(
                title="Final hearing: Cardiff — Llys Teulu",
                body=COURT_BODY,
                kind="court",
                happened_on=dt.date(2026, 2, 5),
                happened_at=dt.time(9, 45),
                tags=["court", "care proceedings", "Cymraeg"],
                child_in_mind="Whatever the order, the children need to hear about it from someone they know.",
                wellbeing=Wellbeing(2, "drained; proud of the evidence"),
                uid="1b2c3d4e5f60718293a4b5c6d7e8f90a",
            ),
        )
        core_group = save(
            dt.datetime(2026, 2, 9, 16, 0, tzinfo=dt.UTC),
            Entry(
                title="Core group for Amira (أميرة)",
                body=CORE_GROUP_BODY,
                kind="core_group",
                happened_on=dt.date(2026, 2, 9),
                tags=["core group", "school"],
                child_in_mind="What would Amira say about this plan, if she had been in the room?",
                wellbeing=Wellbeing(4),
                uid="2c3d4e5f60718293a4b5c6d7e8f90a1b",
            ),
        )
        reflection = save(
            dt.datetime(2026, 2, 13, 17, 30, tzinfo=dt.UTC),
            Entry(
                title="",
                body=REFLECTION_BODY,
                kind="other",
                happened_on=dt.date(2026, 2, 13),
                uid="3d4e5f60718293a4b5c6d7e8f90a1b2c",
            ),
        )
        trashed = save(
            dt.datetime(2026, 2, 14, 9, 0, tzinfo=dt.UTC),
            Entry(
                title="Draft I abandoned",
                body=f"{TRASHED_MARKER}: this must never leave the journal in an export.",
                kind="phone_call",
                happened_on=dt.date(2026, 2, 14),
                tags=["draft"],
                uid="4e5f60718293a4b5c6d7e8f90a1b2c3d",
            ),
        )
        # Edited later: created and updated times differ in the export.
        clock.now = dt.datetime(2026, 2, 20, 11, 0, tzinfo=dt.UTC)
        court.body += "\nEdited later: the judgment is expected in March.\n"
        court = journal.entries.save(court)
        journal.entries.trash(trashed.id)

        clock.now = dt.datetime(2026, 2, 17, 15, 0, tzinfo=dt.UTC)
        held = journal.supervision.save(
            SupervisionSession(
                held_on=dt.date(2026, 2, 17),
                with_role="line_manager",
                with_name="Priya Shah",
                session_type="formal",
                status="held",
                agenda=[
                    AgendaItem("management", "Caseload: 14 children, two in proceedings.", [court.id]),
                    AgendaItem("support", "How the final hearing left me feeling.", [court.id]),
                    AgendaItem(
                        "development",
                        "Using the Signs of Safety map with the Nowaks.\nWhat worked:\n- the danger statement\n"
                        "- the scaling question",
                        [visit.id],
                        text_entry_ids=[visit.id],
                    ),
                ],
                questions="Is it right to close the Nowak case before the repairs are done?\n"
                "Who tells the school if we step down?\n"
                "Can I have a second worker for court?",
                decisions="Keep the Nowak case open: the damp is not yet repaired and Łukasz's attendance is falling.",
                affecting_me="Court took more out of me than I expected.",
                place="Team room, Civic Centre",
                next_on=dt.date(2026, 3, 17),
                discussion="We agreed the damp is a **housing** matter first.\n\n"
                "Priya asked what I need after court: a debrief within the week.",
                entry_ids=[visit.id, court.id],
                actions=[
                    Action("Write to the landlord about the damp", "me", dt.date(2026, 2, 24)),
                    Action("Book a court debrief", "Priya", dt.date(2026, 3, 20)),
                    Action("Read the Signs of Safety briefing", "me", None, status="done"),
                    Action("Ask for a second worker on the Nowak case", "me", None, status="dropped"),
                ],
            )
        )
        # The names asked once and remembered in the journal.
        journal_settings = JournalSettings(journal)
        journal_settings.set(SUPERVISEE_KEY, "Alex Rivers")
        journal_settings.set(SUPERVISOR_KEY, "Priya Shah")
        clock.now = dt.datetime(2026, 2, 27, 12, 0, tzinfo=dt.UTC)
        preparation = journal.supervision.save(
            SupervisionSession(
                held_on=dt.date(2026, 3, 10),
                with_role="practice_supervisor",
                with_name="Gwen Morgan",
                session_type="reflective",
                agenda=[
                    AgendaItem("support", "Feeling stretched after court; how to pace the week.", [court.id]),
                    AgendaItem("development", "What the core group taught me about listening (🌱).", [core_group.id]),
                    AgendaItem("mediation", "The school and the health visitor disagree about the referral."),
                ],
                questions="How do I keep the child's voice in a meeting full of adults?",
                decisions="Whether to step down Amira's plan to child in need.",
                went_well="The evidence in court; the core group started on time.",
                learning_needs="Trauma-informed practice; working with interpreters.",
                affecting_me="I have been taking the Nowak case home with me.",
                entry_ids=[court.id, core_group.id, reflection.id],
            )
        )
    return {"path": path, "held": held.id, "preparation": preparation.id}


@pytest.fixture
def run_cli(sample, monkeypatch):
    """Run the command line in-process on the sample journal, with the test
    key derivation and a fixed clock; returns a callable taking the
    arguments after ``--journal PATH``. Only the journal's open step is
    changed: parsing, filters, building and writing are the CLI's own."""
    real_open = Journal.open.__func__

    def open_with_fixed_clock(cls, path, passphrase, **kwargs):
        kwargs.update(kdf=TEST_KDF, clock=Clock(EXPORT_MOMENT))
        return real_open(cls, path, passphrase, **kwargs)

    monkeypatch.setattr(Journal, "open", classmethod(open_with_fixed_clock))
    # The printable export dates itself in the local time zone.
    monkeypatch.setenv("TZ", TIME_ZONE)
    if hasattr(time, "tzset"):
        time.tzset()

    def run(*argv: str | Path) -> str:
        words = [str(a) for a in argv]
        args = cli.build_parser().parse_args(
            [*words[:1], "--journal", str(sample["path"]), "--passphrase-stdin", *words[1:]]
        )
        stdout = io.StringIO()
        code = cli.run(args, io.StringIO(TEST_PASSPHRASE + "\n"), stdout)
        assert code == cli.EXIT_OK, f"{words} exited {code}"
        return stdout.getvalue()

    yield run
    monkeypatch.undo()
    if hasattr(time, "tzset"):
        time.tzset()


def _supervision(run_cli, *argv: str | Path) -> None:
    """``supervision export ...``: its parser sits one level down."""
    run_cli("supervision", "export", *argv)


def pdf_text(path: Path) -> str:
    """The text of a PDF as pypdf reads it, page by page: whitespace
    collapsed (line breaks depend on the font's metrics, not on the export),
    then wrapped at 100 columns so that a diff is readable. Control
    characters are shown as <U+XXXX>: a glyph the font lacks (the emoji)
    reads back as U+0000, which would make git treat the file as binary."""
    reader = pypdf.PdfReader(path)
    pages = []
    for number, page in enumerate(reader.pages, 1):
        text = CONTROL_CHARACTER.sub(lambda m: f"<U+{ord(m.group()):04X}>", page.extract_text())
        words = " ".join(text.split())
        pages.append(f"=== page {number} of {len(reader.pages)} ===\n" + textwrap.fill(words, 100) + "\n")
    return "\n".join(pages)


@pytest.fixture
def pdf_font(qapp):
    """PDF text depends on the font's metrics (where lines and pages break):
    compare it only with the font pdf.py asks for."""
    from PySide6.QtGui import QFontDatabase

    if "DejaVu Sans" not in QFontDatabase.families():
        pytest.skip("the PDF golden files were made with DejaVu Sans, which is not installed")


def _read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


# -- exports of entries ---------------------------------------------------------


def test_markdown_folder_export_matches_golden(run_cli, tmp_path):
    out = tmp_path / "export"
    said = run_cli("export", "--out", out)
    assert "Exported 4 entries" in said
    for file in out.iterdir():
        assert TRASHED_MARKER not in _read(file), file.name
    assert_golden_folder(out, "markdown")


def test_printable_html_matches_golden(run_cli, tmp_path):
    out = tmp_path / "journal.html"
    run_cli("export", "--format", "html", "--out", out)
    document = _read(out)
    assert TRASHED_MARKER not in document
    assert_golden(document, "printable.html")


def test_printable_pdf_text_matches_golden(run_cli, pdf_font, tmp_path):
    out = tmp_path / "journal.pdf"
    run_cli("export", "--format", "pdf", "--out", out)
    text = pdf_text(out)
    assert TRASHED_MARKER not in text
    assert_golden(text, "printable.pdf.txt")


# -- supervision -------------------------------------------------------------------


def test_supervision_preparation_markdown_matches_golden(run_cli, sample, tmp_path):
    out = tmp_path / "preparation.md"
    _supervision(run_cli, sample["preparation"], "--format", "md", "--out", out)
    assert_golden(_read(out), "supervision-preparation.md")


def test_supervision_record_markdown_matches_golden(run_cli, sample, tmp_path):
    """The record of a held session: both names, the questions on their own
    lines, reflections nested under their item (one with its text, chosen
    for that item), actions with owner and due date, signature lines, and no
    wellbeing (not chosen)."""
    out = tmp_path / "notes.md"
    _supervision(run_cli, sample["held"], "--format", "md", "--out", out)
    text = _read(out)
    assert "Court took more out of me" not in text and "Wellbeing" not in text
    assert_golden(text, "supervision-notes.md")


def test_supervision_record_with_wellbeing_shows_it_once(run_cli, sample, tmp_path):
    out = tmp_path / "notes.md"
    _supervision(run_cli, sample["held"], "--format", "md", "--include-wellbeing", "--out", out)
    text = _read(out)
    assert text.count("## Wellbeing") == 1 and text.count("Court took more out of me") == 1
    assert "Check-in 5 February 2026: 2 of 5" in text


def pdf_pictures(reader: pypdf.PdfReader) -> list[tuple[int, int]]:
    """(width, height) in pixels of every picture on the pages, read from
    the PDF's image objects (pypdf lists them without decoding them)."""
    found = []
    for page in reader.pages:
        objects = page.get("/Resources", {}).get_object().get("/XObject", {})
        for ref in objects.values():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                found.append((int(image["/Width"]), int(image["/Height"])))
    return found


def test_supervision_record_with_the_wellbeing_chart_matches_golden(run_cli, sample, tmp_path):
    """--include-wellbeing-chart: the Markdown gets the chart as a summary
    line and a text table (no picture: the record stays one file), and
    nothing else of wellbeing (not the words given with a check-in)."""
    out = tmp_path / "notes-chart.md"
    _supervision(run_cli, sample["held"], "--format", "md", "--include-wellbeing-chart", "--out", out)
    text = _read(out)
    assert text.count("## Wellbeing chart") == 1 and "## Wellbeing\n" not in text
    assert "tired but clear" not in text and "Court took more out of me" not in text
    assert_golden(text, "supervision-notes-chart.md")
    # A preparation with no check-ins since the last session says so, with no table.
    prep = tmp_path / "prep-chart.md"
    _supervision(run_cli, sample["preparation"], "--format", "md", "--include-wellbeing-chart", "--out", prep)
    assert (
        "Wellbeing check-ins since the last supervision session (17 February 2026 to 2 March 2026): none were given."
        in _read(prep)
    )
    assert "| Date |" not in _read(prep)


def test_supervision_pdf_with_the_chart_holds_its_picture_and_summary(run_cli, sample, tmp_path):
    """The PDF carries the chart as one picture, with its summary as text;
    without the option, no picture and no summary."""
    out = tmp_path / "notes-chart.pdf"
    _supervision(run_cli, sample["held"], "--format", "pdf", "--include-wellbeing-chart", "--out", out)
    reader = pypdf.PdfReader(out)
    pictures = pdf_pictures(reader)
    assert len(pictures) == 1
    width, height = pictures[0]
    assert width >= 1500 and 2.2 < width / height < 2.8  # sharp enough to print, the shape laid out
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Wellbeing chart" in text
    assert "3 check-ins on 3 of 28 days, average 3.0" in text
    plain = tmp_path / "notes.pdf"
    _supervision(run_cli, sample["held"], "--format", "pdf", "--out", plain)
    reader = pypdf.PdfReader(plain)
    assert pdf_pictures(reader) == []
    assert "Wellbeing chart" not in " ".join(page.extract_text() for page in reader.pages)


def pdftotext_layout(path: Path) -> str:
    """The PDF's text as poppler's pdftotext lays it out (-layout): lines
    kept, so the golden file shows what sits on which line. Trailing spaces
    are dropped; pages are separated by a form feed, shown as a marker."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    text = CONTROL_CHARACTER.sub(
        lambda m: f"<U+{ord(m.group()):04X}>", done.stdout.decode("utf-8").replace("\f", "\n=== next page ===\n")
    )
    return "\n".join(line.rstrip() for line in text.splitlines()).strip() + "\n"


def test_supervision_notes_pdf_text_matches_golden(run_cli, sample, pdf_font, tmp_path):
    out = tmp_path / "notes.pdf"
    _supervision(run_cli, sample["held"], "--format", "pdf", "--out", out)
    text = pdftotext_layout(out)
    assert "Court took more out of me" not in text
    # The questions sit on lines of their own.
    lines = [line.strip() for line in text.splitlines()]
    assert "Who tells the school if we step down?" in lines
    assert "Can I have a second worker for court?" in lines
    assert_golden(text, "supervision-notes.pdf.txt")


# -- prompt packs ------------------------------------------------------------------


def test_pack_exported_from_the_journal_matches_golden(sample, tmp_path):
    """The app's "Export pack": an imported pack written back out."""
    with Journal.open(sample["path"], TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(EXPORT_MOMENT)) as journal:
        pack = read_pack_file(GOLDEN_PACK)
        journal.packs.import_pack(pack)
        try:
            out = journal.packs.export(pack.id, tmp_path / "pack.rjpack")
        finally:
            journal.packs.remove(pack.id)
    assert_golden(_read(out), "pack-export.rjpack")


def test_new_pack_template_matches_golden():
    """What `pack new` and the pack editor's "New pack" start from. The CLI
    dates it with today's date and has no clock to fix, so the template is
    made here with the date given, through the same two functions."""
    data = write_pack(new_pack_template(EXPORT_MOMENT.date()))
    assert_golden(data.decode("utf-8"), "pack-new.rjpack")


def test_pack_new_command_writes_the_template(tmp_path, capsys):
    """`pack new --out` writes exactly the golden template, but for its date."""
    out = tmp_path / "new.rjpack"
    args = cli.build_parser().parse_args(["pack", "new", "--out", str(out)])
    before = dt.date.today()
    assert args.func(args) == cli.EXIT_OK
    days = {before, dt.date.today()}  # the command may run either side of midnight
    golden = (Path(__file__).parent / "golden" / "pack-new.rjpack").read_text(encoding="utf-8")
    expected = {golden.replace(EXPORT_MOMENT.date().isoformat(), day.isoformat()) for day in days}
    assert _read(out) in expected


def test_exports_hold_no_machine_paths(run_cli, tmp_path):
    """No export leaks where it was made (a home folder, the journal's path)."""
    out = tmp_path / "export"
    run_cli("export", "--out", out)
    html = tmp_path / "journal.html"
    run_cli("export", "--format", "html", "--out", html)
    texts = [_read(f) for f in out.iterdir()] + [_read(html)]
    for text in texts:
        assert str(tmp_path) not in text
        assert os.environ["HOME"] not in text
        assert not re.search(r"/(home|tmp|Users)/", text)

"""Journal → Import entries… and Journal → Export printable… (ui/importing.py).

Every dialog, picker and message goes through the ScriptedPrompter: the
source dialog and the preview are driven by ``dialog_actions``; the progress
dialog is shown (not exec'd) and its Cancel button clicked from the
controller's ``progress_changed`` signal, inside the import.
"""

from __future__ import annotations

import datetime as dt
import io
import stat
from pathlib import Path

import pypdf
from PySide6.QtCore import QDate, Qt

from reflectjournal.core.errors import ImportCancelled
from reflectjournal.core.models import Entry, EntryFilter
from reflectjournal.core.printable import NOT_ENCRYPTED_NOTICE
from reflectjournal.ui.announce import accessible_name
from reflectjournal.ui.importing import ImportPreviewDialog, ImportSourceDialog, PrintableExportDialog
from reflectjournal.ui.session import Changes
from tests.core.test_importers import jrnl_entry, jrnl_export, write, write_json
from tests.ui.conftest import unlock


def settle(qtbot, window) -> None:
    """Imports and printable exports run on the session's runner: wait until
    the whole flow (dry run, preview, import) has finished."""
    qtbot.waitUntil(lambda: not window.importing.running, timeout=10_000)


def listed_titles(window) -> list[str]:
    model = window.entry_model
    titles = []
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(Qt.ItemDataRole.UserRole + 2):  # a month heading
            continue
        titles.append(index.data(Qt.ItemDataRole.DisplayRole))
    return titles


def choose_source(fmt: str, path: Path, prompter=None, seen: dict | None = None):
    """A dialog action for ImportSourceDialog: pick the format, then the path
    (through the seam's picker when ``prompter`` is given)."""

    def action(dialog: ImportSourceDialog) -> bool:
        assert isinstance(dialog, ImportSourceDialog)
        dialog.set_format(fmt)
        if prompter is not None:
            prompter.path_answers.append(path)
            button = dialog.folder_button if path.is_dir() else dialog.file_button
            assert button.isEnabled()
            button.click()
        else:
            dialog.set_source(path)
        assert dialog.source() == path
        assert dialog.preview_button.isEnabled()
        if seen is not None:
            seen["source_dialog"] = dialog
        return True

    return action


def read_preview(seen: dict, accept: bool = True):
    def action(dialog: ImportPreviewDialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        seen["summary"] = dialog.summary_label.text()
        seen["details"] = dialog.details.toPlainText()
        seen["import_enabled"] = dialog.import_button.isEnabled() and not dialog.import_button.isHidden()
        return accept

    return action


def three_entry_export(tmp_path: Path) -> Path:
    return write_json(
        tmp_path / "jrnl.json",
        jrnl_export(
            [
                jrnl_entry("2024-03-01", "First home visit", "The flat was tidy.", tags=["@visit"]),
                jrnl_entry("2024-03-02", "Team meeting", "Caseload review.", tags=["@team"], starred=True),
                jrnl_entry("2024-03-03", "Court report", "Drafted the report.", tags=["@court", "@visit"]),
            ]
        ),
    )


def test_menu_actions_follow_the_lock_and_are_named(window, qtbot, journal_path):
    importing = window.importing
    journal_menu = window.menuBar().actions()[0].menu()
    actions = journal_menu.actions()
    assert importing.import_action in actions and importing.printable_action in actions
    assert (
        actions.index(importing.import_action)
        < actions.index(window.export_action)
        < actions.index(importing.printable_action)
    )
    for action in (importing.import_action, importing.printable_action):
        assert "&" in action.text()  # a mnemonic: reachable from the keyboard
        assert not action.isEnabled()
    from tests.ui.conftest import create_journal

    create_journal(qtbot, window, journal_path)
    assert importing.import_action.isEnabled() and importing.printable_action.isEnabled()
    window.session.lock("manual")
    assert not importing.import_action.isEnabled() and not importing.printable_action.isEnabled()


def test_dialogs_have_accessible_names(qtbot, prompter):
    source = ImportSourceDialog(prompter)
    printable = PrintableExportDialog(dt.date(2024, 5, 31))
    for dialog in (source, printable):
        qtbot.addWidget(dialog)
    for widget in (
        source.path_edit, source.file_button, source.folder_button, source.preview_button,
        *source.format_buttons.values(),
        printable.from_edit, printable.to_edit, printable.html_radio, printable.pdf_radio, printable.export_button,
    ):  # fmt: skip
        assert accessible_name(widget), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    # The picker buttons follow the format: jrnl is a file, Markdown a folder, Day One either.
    source.set_format("jrnl")
    assert source.file_button.isEnabled() and not source.folder_button.isEnabled()
    source.set_format("markdown")
    assert not source.file_button.isEnabled() and source.folder_button.isEnabled()
    source.set_format("dayone")
    assert source.file_button.isEnabled() and source.folder_button.isEnabled()
    assert not source.preview_button.isEnabled()  # no source yet
    # The printable range defaults to the last month; a reversed range cannot be exported.
    assert printable.date_range() == (dt.date(2024, 4, 30), dt.date(2024, 5, 31))
    printable.from_edit.setDate(QDate(2024, 6, 2))
    assert not printable.export_button.isEnabled() and not printable.range_problem.isHidden()


def test_import_a_jrnl_export_through_the_ui(open_window, qtbot, prompter, tmp_path):
    window = open_window
    source = three_entry_export(tmp_path)
    seen: dict = {}
    prompter.dialog_actions.extend([choose_source("jrnl", source, prompter), read_preview(seen)])
    window.importing.import_action.trigger()
    settle(qtbot, window)

    assert prompter.dialogs_seen == ["ImportSourceDialog", "ImportPreviewDialog"]
    assert ("open_file", "Choose the export file", "") in prompter.calls
    assert "jrnl.json (jrnl JSON export)" in seen["summary"]
    assert "3 entries will be imported." in seen["summary"]
    assert "0 entries are already in this journal" in seen["summary"]
    assert "0 items cannot be imported." in seen["summary"]
    assert seen["import_enabled"]
    # jrnl's "starred" has no place here: every entry says so, by number, never by text.
    assert "Will be imported, but without:" in seen["details"]
    assert "Drafted" not in seen["details"] and "tidy" not in seen["details"]

    assert window.session.journal_for_tests.entries.count() == 3
    assert sorted(listed_titles(window)) == ["Court report", "First home visit", "Team meeting"]
    tags = [window.tag_filter.itemData(i) for i in range(window.tag_filter.count())]
    assert {"visit", "team", "court"} <= set(tags)  # the filters know the new tags
    informs = [c for c in prompter.calls if c[0] == "inform"]
    assert informs == [("inform", "Import finished", "3 entries imported.")]

    # The same export again: everything is already here, nothing to import.
    prompter.calls.clear()
    seen.clear()
    prompter.dialog_actions.extend([choose_source("jrnl", source), read_preview(seen, accept=True)])
    window.importing.import_action.trigger()
    settle(qtbot, window)
    assert "0 entries will be imported." in seen["summary"]
    assert "3 entries are already in this journal and will be skipped." in seen["summary"]
    assert not seen["import_enabled"]
    assert window.session.journal_for_tests.entries.count() == 3
    assert not [c for c in prompter.calls if c[0] in ("inform", "warn")]


def test_markdown_folder_lists_what_cannot_come_across(open_window, qtbot, prompter, tmp_path):
    window = open_window
    folder = tmp_path / "notes"
    write(
        folder / "Supervision.md", "---\ntitle: Supervision notes\ndate: 2024-04-02\ntags: [supervision]\n---\nBody.\n"
    )
    write(folder / "Visit.md", "---\ndate: 2024-04-03\naliases: [v]\n---\nA visit.\n")
    write(folder / "photo.png", b"\x89PNG\r\n\x1a\n")
    write(folder / "someday.md", "---\ndate: last tuesday\n---\nbody")
    seen: dict = {}
    prompter.dialog_actions.extend([choose_source("markdown", folder, prompter), read_preview(seen)])
    window.importing.import_action.trigger()
    settle(qtbot, window)

    assert ("choose_folder", "Choose the folder to import", "") in prompter.calls
    assert "2 entries will be imported." in seen["summary"]
    assert "2 items cannot be imported." in seen["summary"]
    assert "1 entry will come in without something it holds." in seen["summary"]
    details = seen["details"]
    assert "Cannot be imported:" in details
    assert "photo.png: a picture or PDF: attached where a note embeds it" in details
    assert "someday.md:" in details and "date" in details.split("someday.md:")[1].splitlines()[0]
    assert "aliases: Visit.md" in details  # grouped by reason, with its places
    assert sorted(listed_titles(window)) == ["Supervision notes", "Visit"]
    informs = [c for c in prompter.calls if c[0] == "inform"]
    assert informs == [
        ("inform", "Import finished", "2 entries imported. 2 items could not be imported (listed in the preview).")
    ]


def seed(window) -> None:
    entries = window.session.journal_for_tests.entries
    entries.save(Entry(title="Already here", body="one", tags=["keep"], happened_on=dt.date(2023, 1, 5)))
    entries.save(Entry(title="Also here", body="two", tags=["mine"], happened_on=dt.date(2023, 1, 6)))
    window.session.announce(Changes(all_entries=True))


def big_export(tmp_path: Path, n: int = 1000) -> Path:
    return write_json(
        tmp_path / "big.json",
        jrnl_export(
            [jrnl_entry(f"2024-01-{1 + i % 28:02d}", f"import {i}", f"body {i}", tags=[f"@t{i % 7}"]) for i in range(n)]
        ),
    )


def test_cancel_mid_import_leaves_the_journal_unchanged(open_window, prompter, qtbot, tmp_path):
    window = open_window
    seed(window)
    journal = window.session.journal_for_tests
    before = (journal.entries.count(), journal.entries.tags(), listed_titles(window))
    source = big_export(tmp_path)

    seen: dict = {"confirmed": False, "cancelled_at": None}
    preview = read_preview(seen)

    def confirm(dialog):
        seen["confirmed"] = True
        return preview(dialog)

    def on_progress(done: int, total: int) -> None:
        dialog = window.importing.progress_dialog
        assert dialog is not None and dialog.isVisible() and dialog.isModal()
        # Cancel three quarters through the file: entries are written as it
        # streams, so this is inside the transaction, with many already written.
        if seen["confirmed"] and seen["cancelled_at"] is None and done >= 0.75 * total and done < total:
            seen["cancelled_at"] = (done, total)
            qtbot.mouseClick(dialog.cancel_button(), Qt.MouseButton.LeftButton)

    results = []
    window.importing.progress_changed.connect(on_progress)
    window.importing.import_finished.connect(lambda report, error: results.append((report, error)))
    prompter.dialog_actions.extend([choose_source("jrnl", source), confirm])
    window.importing.import_action.trigger()
    settle(qtbot, window)

    assert "1000 entries will be imported." in seen["summary"]
    assert seen["cancelled_at"] is not None
    assert results[0][1] is None  # the dry run
    assert isinstance(results[1][1], ImportCancelled)
    assert (journal.entries.count(), journal.entries.tags(), listed_titles(window)) == before
    assert window.statusBar().currentMessage() == "Import cancelled. Nothing was changed."
    assert not [c for c in prompter.calls if c[0] in ("inform", "warn")]
    assert window.importing.progress_dialog is None


def test_a_lock_during_an_import_stops_it_then_locks(open_window, prompter, qtbot, tmp_path):
    window = open_window
    seed(window)
    source = big_export(tmp_path, 600)
    seen: dict = {"confirmed": False, "locked_at": None}
    preview = read_preview(seen)

    def confirm(dialog):
        seen["confirmed"] = True
        return preview(dialog)

    def on_progress(done: int, total: int) -> None:
        if seen["confirmed"] and seen["locked_at"] is None and 0.75 * total <= done < total:
            seen["locked_at"] = done
            window.session.lock("idle")  # as the idle timer or the screen lock would
            assert window.session.is_unlocked  # held until the import has stopped

    window.importing.progress_changed.connect(on_progress)
    prompter.dialog_actions.extend([choose_source("jrnl", source), confirm])
    window.importing.import_action.trigger()
    settle(qtbot, window)

    assert seen["locked_at"] is not None
    assert not window.session.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page
    assert not [c for c in prompter.calls if c[0] in ("inform", "warn")]
    unlock(qtbot, window)
    assert window.session.journal_for_tests.entries.count() == 2


def test_a_bad_file_shows_the_import_failed_message(open_window, qtbot, prompter, tmp_path):
    window = open_window
    seed(window)
    bad = tmp_path / "export.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    prompter.dialog_actions.append(choose_source("jrnl", bad))
    window.importing.import_action.trigger()
    settle(qtbot, window)

    assert prompter.dialogs_seen == ["ImportSourceDialog"]  # no preview
    warns = [c for c in prompter.calls if c[0] == "warn"]
    assert len(warns) == 1
    _, title, text = warns[0]
    assert title == "Could not import"
    assert "export.json is not valid JSON" in text
    assert "Your journal has not been changed." in text
    assert window.session.journal_for_tests.entries.count() == 2

    # A Day One choice pointed at a jrnl file is refused the same way.
    prompter.calls.clear()
    prompter.dialog_actions.append(choose_source("dayone", three_entry_export(tmp_path)))
    window.importing.import_action.trigger()
    settle(qtbot, window)
    assert [c[1] for c in prompter.calls if c[0] == "warn"] == ["Could not import"]
    assert window.session.journal_for_tests.entries.count() == 2


def dated_entries(window) -> dt.date:
    today = dt.date.today()
    entries = window.session.journal_for_tests.entries
    entries.save(Entry(title="Long ago visit", body="outside the range", happened_on=today - dt.timedelta(days=40)))
    entries.save(Entry(title="Recent visit", body="inside **the** range", happened_on=today - dt.timedelta(days=10)))
    entries.save(Entry(title="Today's reflection", body="also inside", happened_on=today))
    window.session.announce(Changes(all_entries=True))
    return today


def accept_preview(dialog) -> bool:
    """The preview with the identifying-information check (ui/identifying)."""
    assert type(dialog).__name__ == "OutgoingPreviewDialog"
    return True


def printable_choice(fmt: str, seen: dict | None = None):
    def action(dialog: PrintableExportDialog) -> bool:
        assert isinstance(dialog, PrintableExportDialog)
        if seen is not None:
            seen["range"] = dialog.date_range()
        dialog.set_format(fmt)
        return True

    return action


def test_printable_html_export_warns_first_and_holds_only_the_range(open_window, qtbot, prompter, tmp_path):
    window = open_window
    today = dated_entries(window)
    seen: dict = {}

    # Declining the warning writes nothing and asks for no file.
    prompter.dialog_actions.append(printable_choice("html"))
    prompter.confirm_answers.append(False)
    window.importing.printable_action.trigger()
    settle(qtbot, window)
    assert prompter.kinds() == ["dialog", "confirm"]
    assert list(tmp_path.glob("*.html")) == []

    prompter.calls.clear()
    out = tmp_path / "printable"  # no suffix: .html is added
    prompter.dialog_actions.append(printable_choice("html", seen))
    prompter.confirm_answers.append(True)
    prompter.dialog_actions.append(accept_preview)
    prompter.path_answers.append(out)
    window.importing.printable_action.trigger()
    settle(qtbot, window)

    month_ago = QDate(today.year, today.month, today.day).addMonths(-1)
    assert seen["range"] == (dt.date(month_ago.year(), month_ago.month(), month_ago.day()), today)
    assert prompter.kinds() == ["dialog", "confirm", "dialog", "save_file", "inform"]
    assert "NOT encrypted" in prompter.calls[1][2]
    written = tmp_path / "printable.html"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    html = written.read_text(encoding="utf-8")
    assert "Recent visit" in html and "Today&#x27;s reflection" in html and "<strong>the</strong>" in html
    assert "Long ago visit" not in html and "outside the range" not in html
    assert NOT_ENCRYPTED_NOTICE in html
    assert prompter.calls[-1] == (
        "inform",
        "Export finished",
        "2 entries exported to printable.html. The file is not encrypted.",
    )


def test_printable_pdf_export(open_window, qtbot, prompter, tmp_path):
    window = open_window
    dated_entries(window)
    out = tmp_path / "journal.pdf"
    prompter.dialog_actions.append(printable_choice("pdf"))
    prompter.confirm_answers.append(True)
    prompter.dialog_actions.append(accept_preview)
    prompter.path_answers.append(out)
    window.importing.printable_action.trigger()
    settle(qtbot, window)

    assert prompter.kinds() == ["dialog", "confirm", "dialog", "save_file", "inform"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)  # pypdf gives tabs for spaces
    assert "Recent visit" in text and "Long ago visit" not in text
    assert "NOT encrypted" in text


def test_printable_export_disk_full_says_what_to_do(open_window, qtbot, prompter, tmp_path, monkeypatch):
    from reflectjournal.core import fsutil
    from reflectjournal.core.errors import StorageFull

    window = open_window
    dated_entries(window)

    def full(path, data):
        raise StorageFull("The disk is full; the file was not written.")

    monkeypatch.setattr(fsutil, "write_private_bytes", full)
    prompter.dialog_actions.append(printable_choice("html"))
    prompter.confirm_answers.append(True)
    prompter.dialog_actions.append(accept_preview)
    prompter.path_answers.append(tmp_path / "out.html")
    window.importing.printable_action.trigger()
    settle(qtbot, window)
    warns = [c for c in prompter.calls if c[0] == "warn"]
    assert warns and "disk is full" in warns[0][2] and "Free some space" in warns[0][2]
    assert not (tmp_path / "out.html").exists()
    assert window.session.journal_for_tests.entries.count(EntryFilter()) == 3


def test_progress_label_shows_a_file_name_as_plain_text(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from reflectjournal.ui.importing import ImportProgressDialog

    dialog = ImportProgressDialog("Importing <h1>big</h1><img src='x.png'>.zip")
    qtbot.addWidget(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if "Importing" in w.text()]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    dialog.close()


def test_dayone_preview_counts_changes_and_offers_the_details_choice(open_window, qtbot, prompter):
    """The preview shows every change with counts and examples before anything
    is written; unticking the details box leaves location, weather and music out."""
    window = open_window
    corpus = Path(__file__).resolve().parents[1] / "data" / "import" / "dayone"
    seen: dict = {}

    def preview(dialog: ImportPreviewDialog) -> bool:
        seen["summary"] = dialog.summary_label.text()
        seen["details"] = dialog.details.toPlainText()
        seen["box"] = not dialog.keep_details_box.isHidden() and dialog.keep_details_box.isChecked()
        seen["written_before"] = window.session.journal_for_tests.entries.count()
        dialog.keep_details_box.setChecked(False)
        return True

    prompter.dialog_actions.extend([choose_source("dayone", corpus), preview])
    window.importing.import_action.trigger()
    settle(qtbot, window)
    assert seen["written_before"] == 0 and seen["box"]
    assert "2 pictures and PDFs will be attached" in seen["summary"]
    assert "Will be changed on the way:" in seen["details"]
    # Examples come in the order the export's files are read (name order), entries in file order.
    title_line = next(line for line in seen["details"].splitlines() if "title taken from the first line" in line)
    assert "as Day One shows it (5 times): Personal.json entry 1, Work.json entry 1" in title_line
    assert " and 2 more" in seen["details"]
    journal = window.session.journal_for_tests
    assert journal.entries.count() == 6
    assert not any("Imported details" in journal.entries.get(i).body for i in journal.entries.ids())

"""The app from the keyboard (issue 11, item 9): Tab order without traps,
Enter that accepts and Escape that cancels in every dialog, a date field that
is one Tab stop and takes "11" for November."""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QDialogButtonBox, QPushButton, QWidget

from reflectjournal.core.importers import ImportReport
from reflectjournal.core.pack_store import ImportPreview
from reflectjournal.core.packs import builtin_packs
from reflectjournal.core.supervision_export import SessionExport
from reflectjournal.ui.backups import RestoreDialog
from reflectjournal.ui.dialogs import EDITABLE, AboutDialog, SettingsDialog
from reflectjournal.ui.guide import GuideWindow, guide_path, guide_text
from reflectjournal.ui.importing import ImportPreviewDialog as JournalImportPreviewDialog
from reflectjournal.ui.importing import ImportSourceDialog, PrintableExportDialog
from reflectjournal.ui.packs.chooser import PromptChooserDialog
from reflectjournal.ui.packs.importing import ImportPreviewDialog, PackProblemsDialog
from reflectjournal.ui.packs.manage import ManagePacksDialog
from reflectjournal.ui.shortcuts import ShortcutsDialog
from reflectjournal.ui.supervision.export import MARKDOWN, ExportPreviewDialog

ROOT = Path(__file__).resolve().parents[2]


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def show_dialog(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is dialog)
    return dialog


def finished_with(dialog: QDialog) -> list[int]:
    results: list[int] = []
    dialog.finished.connect(results.append)
    return results


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


# -- Enter accepts, Escape cancels --------------------------------------------------


def _source_dialog(window, prompter, tmp_path):
    dialog = ImportSourceDialog(prompter)
    source = tmp_path / "journal.txt"
    source.write_text("2024-05-01 09:00 A title\nText\n", encoding="utf-8")
    dialog.path_edit.setText(str(source))
    return dialog, dialog.preview_button


def _export_dialog(window, prompter, tmp_path):
    dialog = ExportPreviewDialog(
        lambda _options: SessionExport("Supervision record", [], [], [], [], None, []), MARKDOWN, is_held=False
    )
    return dialog, dialog.go_button


def _restore_dialog(window, prompter, tmp_path):
    dialog = RestoreDialog(window.backups, Path(window.session.path), tmp_path, [])
    return dialog, dialog.check_button


def _settings_dialog(window, prompter, tmp_path):
    dialog = SettingsDialog(_values(window), prompter)
    return dialog, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def _values(window):
    return {s: window.prefs.get(s) for s in EDITABLE}


def _close_of(dialog: QDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)


def _with_close(dialog: QDialog):
    return dialog, _close_of(dialog)


# Every dialog of the app, with the button Enter must press (the accepting one,
# or Close where there is nothing to accept, or "Check" in the restore dialog,
# whose real choices each need their own decision).
DIALOGS = {
    "new entry from prompt": lambda w, p, t: (lambda d: (d, d.start_button))(PromptChooserDialog(builtin_packs())),
    "import pack": lambda w, p, t: (lambda d: (d, d.import_button))(
        ImportPreviewDialog(ImportPreview(builtin_packs()[0], "new", None, ()), "pack.rjpack")
    ),
    "pack problems": lambda w, p, t: _with_close(PackProblemsDialog("Cannot import", "pack", [])),
    "manage packs": lambda w, p, t: _with_close(ManagePacksDialog(w.packs.service, p)),
    "settings": _settings_dialog,
    "about": lambda w, p, t: _with_close(AboutDialog([("Journal", "/tmp/j")])),
    "restore": _restore_dialog,
    "import source": _source_dialog,
    "journal import preview": lambda w, p, t: (lambda d: (d, d.import_button))(
        JournalImportPreviewDialog(ImportReport(format="jrnl", source="x", dry_run=True, found=2, ready=2))
    ),
    "printable export": lambda w, p, t: (lambda d: (d, d.export_button))(PrintableExportDialog(dt.date(2026, 12, 2))),
    "supervision export": _export_dialog,
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_enter_presses_the_accepting_button_of_every_dialog(qtbot, open_window, prompter, tmp_path, name):
    dialog, expected = DIALOGS[name](open_window, prompter, tmp_path)
    show_dialog(qtbot, dialog)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == [expected], [b.text() for b in defaults]
    assert expected.isEnabled()
    clicked: list[bool] = []
    expected.clicked.connect(lambda *_: clicked.append(True))
    results = finished_with(dialog)
    press(qtbot, Qt.Key.Key_Return)  # from the field that has the focus when the dialog opens
    assert clicked == [True]
    box = dialog.findChild(QDialogButtonBox)
    role = box.buttonRole(expected) if box is not None else None
    if role == QDialogButtonBox.ButtonRole.AcceptRole:
        assert results == [QDialog.DialogCode.Accepted]
    dialog.close()


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_escape_cancels_every_dialog(qtbot, open_window, prompter, tmp_path, name):
    dialog, _ = DIALOGS[name](open_window, prompter, tmp_path)
    show_dialog(qtbot, dialog)
    results = finished_with(dialog)
    press(qtbot, Qt.Key.Key_Escape)
    assert results == [QDialog.DialogCode.Rejected]
    assert not dialog.isVisible()


def test_enter_on_a_chosen_prompt_starts_the_entry(qtbot):
    dialog = show_dialog(qtbot, PromptChooserDialog(builtin_packs()))
    results = finished_with(dialog)
    dialog.browser.prompt_list.setFocus()
    rows = [i for i in range(dialog.browser.prompt_list.count()) if dialog.browser.prompt_list.item(i).flags()]
    dialog.browser.prompt_list.setCurrentRow(rows[2])
    chosen = dialog.chosen()
    press(qtbot, Qt.Key.Key_Return)
    assert results == [QDialog.DialogCode.Accepted]  # once: not accepted a second time by the button
    assert dialog.chosen() is chosen


def test_enter_in_the_chooser_search_starts_the_entry_with_the_prompt_shown(qtbot):
    dialog = show_dialog(qtbot, PromptChooserDialog(builtin_packs()))
    results = finished_with(dialog)
    assert focused() is dialog.browser.search_edit
    qtbot.keyClicks(dialog.browser.search_edit, "supervision")
    shown = dialog.browser.details.prompt
    assert shown is not None and shown in dialog.browser.listed_prompts()
    press(qtbot, Qt.Key.Key_Return)
    assert results == [QDialog.DialogCode.Accepted]
    assert dialog.chosen() == shown


def test_an_older_pack_is_imported_with_enter_only_once_replacing_is_ticked(qtbot):
    pack = builtin_packs()[0]
    preview = ImportPreview(pack, "older", "99.0.0", ())
    assert preview.needs_confirmation
    dialog = show_dialog(qtbot, ImportPreviewDialog(preview))
    results = finished_with(dialog)
    assert not dialog.import_button.isDefault()
    dialog.older_check.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.older_check.isChecked() and dialog.import_button.isDefault()
    press(qtbot, Qt.Key.Key_Return)
    assert results == [QDialog.DialogCode.Accepted] and dialog.older_confirmed


def test_enter_in_an_older_pack_preview_cancels_until_replacing_is_ticked(qtbot):
    preview = ImportPreview(builtin_packs()[0], "older", "99.0.0", ())
    dialog = show_dialog(qtbot, ImportPreviewDialog(preview))
    results = finished_with(dialog)
    press(qtbot, Qt.Key.Key_Return)
    assert results == [QDialog.DialogCode.Rejected]


# -- Tab order ------------------------------------------------------------------------


def tab_walk(qtbot, start: QWidget, steps: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """The widgets the focus visits, from ``start``, pressing Tab ``steps`` times."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is start)
    seen = [start]
    for _ in range(steps):
        press(qtbot, key)
        seen.append(focused())
    return seen


def names(widgets) -> list[str]:
    return [f"{type(w).__name__}:{w.accessibleName() or w.objectName()}" for w in widgets]


def test_tab_visits_the_main_window_in_order_once_each_and_comes_back(qtbot, open_window):
    window = open_window
    editor = window.editor
    window.activateWindow()
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, "Home visit")
    editor.wellbeing_buttons[2].click()  # the few words open up once a score is chosen
    assert window.save_now()
    window.list_pane.reload()
    assert window.entry_view.isVisible()
    expected = [
        window.search_edit, window.kind_filter, window.tag_filter, window.from_filter, window.to_filter,
        window.list_pane.calendar_button, window.trash_check, window.entry_view,
        editor.title_edit, editor.when_edit, editor.kind_combo, editor.tags_edit,
        window.attachments.button, window.evidence.entry_button, editor.preview_button,
        editor.body_edit, editor.child_edit, editor.wellbeing_buttons[2],
        editor.wellbeing_clear, editor.wellbeing_words,
    ]  # fmt: skip
    walked = tab_walk(qtbot, window.search_edit, len(expected))
    assert names(walked) == names([*expected, window.search_edit])  # each once, then round again: no trap
    back = tab_walk(qtbot, window.search_edit, len(expected), Qt.Key.Key_Backtab)
    assert names(back) == names([window.search_edit, *reversed(expected)])


def test_the_date_filters_do_not_trap_tab_while_they_show_any_date(qtbot, open_window):
    pane = open_window.list_pane
    open_window.activateWindow()
    assert pane.from_filter.text() == "Any date"
    walked = tab_walk(qtbot, pane.tag_filter, 4)
    assert walked[1:] == [pane.from_filter, pane.to_filter, pane.calendar_button, pane.trash_check]


def test_the_date_and_time_of_an_entry_is_one_tab_stop(qtbot, open_window):
    editor = open_window.editor
    open_window.activateWindow()
    walked = tab_walk(qtbot, editor.title_edit, 2)
    assert walked == [editor.title_edit, editor.when_edit, editor.kind_combo]
    back = tab_walk(qtbot, editor.kind_combo, 2, Qt.Key.Key_Backtab)
    assert back == [editor.kind_combo, editor.when_edit, editor.title_edit]


def test_typing_11_in_the_month_sets_november_and_the_entry_keeps_it(qtbot, open_window):
    window = open_window
    editor = window.editor
    window.activateWindow()
    when = editor.when_edit
    when.setDateTime(QDateTime(QDate(2026, 3, 31), QTime(14, 30)))
    when.setFocus()
    qtbot.waitUntil(lambda: focused() is when)
    assert when.text() == "31 Mar 2026 14:30"  # the house format, as a screen reader reads it
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)  # the arrow keys go to the month
    assert when.currentSection() == QDateTimeEdit.Section.MonthSection
    qtbot.keyClicks(when, "11")
    assert when.date() == QDate(2026, 11, 30)  # 31 November does not exist: the last day of the month
    assert when.time() == QTime(14, 30)
    assert editor.current_entry().happened_on == dt.date(2026, 11, 30)
    assert window.is_dirty
    qtbot.keyClicks(when, "2")  # a new month, one digit
    assert when.date().month() == 2 and when.date().day() == 28
    qtbot.keyClicks(when, "05")
    assert when.date().month() == 5
    qtbot.keyClicks(when, "Aug")  # the month's name still works
    assert when.date().month() == 8


def test_tab_walks_the_settings_dialog_without_a_trap(qtbot, open_window, prompter):
    dialog, ok = _settings_dialog(open_window, prompter, None)
    show_dialog(qtbot, dialog)
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    expected = [
        dialog.idle_spin,
        dialog.minimised_check,
        dialog.size_spin,
        dialog.system_font_check,
        dialog.theme_combo,
        dialog.spell_check,
        dialog.backup_button,
        dialog.backup_reset,
        dialog.keep_daily_spin,
        dialog.keep_weekly_spin,
        dialog.clipboard_spin,
        dialog.support_edit,
        dialog.offer_support_check,
        dialog.on_this_day_check,
        dialog.low_signal_check,
        dialog.low_signal_spin,
        dialog.low_signal_group.threshold_spin,
        dialog.low_signal_group.count_spin,
        dialog.reflect_group.check,  # its time and days are off until it is on
        ok,
        cancel,
    ]  # fmt: skip  (the font list is off while the system font is used)
    assert not dialog.font_combo.isEnabled()
    walked = tab_walk(qtbot, dialog.idle_spin, len(expected))
    assert names(walked) == names([*expected, dialog.idle_spin])
    dialog.system_font_check.setChecked(False)
    walked = tab_walk(qtbot, dialog.minimised_check, 3)
    assert walked[1:] == [dialog.font_combo, dialog.size_spin, dialog.system_font_check]
    dialog.close()


def test_tab_goes_round_the_supervision_window_without_a_trap(qtbot, open_window):
    sv = open_window.supervision.prepare()
    sv.activateWindow()
    editor = sv.editor
    walked = tab_walk(qtbot, sv.prepare_button, 60)  # two rounds and more
    round_trip = walked.index(sv.prepare_button, 1)
    one_round = walked[:round_trip]
    assert len(set(one_round)) == len(one_round)  # each control once a round
    assert walked[round_trip : 2 * round_trip] == one_round  # and the same again: never stuck
    for control in (
        sv.session_list,
        sv.delete_button,
        editor.date_edit,
        editor.place_edit,
        editor.next_edit,
        sv.pdf_button,
    ):
        assert control in one_round
    date_filters = [w for w in one_round if w.accessibleName() == "From date"]
    assert len(date_filters) == 1  # the reflections' date filter is one stop, not a trap
    assert one_round.index(sv.session_list) < one_round.index(editor.date_edit) < one_round.index(sv.pdf_button)


# -- Help: keyboard shortcuts and the user guide ---------------------------------------


def test_the_shortcuts_table_is_made_from_the_actions_themselves(qtbot, open_window, prompter):
    window = open_window
    entry_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "E&ntry")
    added = QAction("&Frobnicate the entry", window)
    added.setShortcut(QKeySequence("Ctrl+Alt+J"))
    entry_menu.addAction(added)
    loose = QAction("Loose end", window)
    loose.setShortcut(QKeySequence("Ctrl+Alt+K"))
    window.addAction(loose)
    seen = {}

    def look(dialog) -> bool:
        assert isinstance(dialog, ShortcutsDialog)
        seen["headers"] = [dialog.table.headerItem().text(c) for c in range(dialog.table.columnCount())]
        seen["rows"] = dialog.visible_rows()
        dialog.filter_edit.setText("frobnic")
        seen["found"] = dialog.visible_rows()
        return False

    prompter.dialog_actions.append(look)
    window.main_actions.shortcuts_action.trigger()
    assert seen["headers"] == ["Action", "Shortcut"]
    native = QKeySequence.SequenceFormat.NativeText
    rows = seen["rows"]
    assert ("Entry", "Frobnicate the entry", QKeySequence("Ctrl+Alt+J").toString(native)) in rows
    assert ("Other", "Loose end", QKeySequence("Ctrl+Alt+K").toString(native)) in rows
    assert ("Journal", "New entry", QKeySequence(QKeySequence.StandardKey.New).toString(native)) in rows
    assert ("Journal", "New entry from prompt…", QKeySequence("Ctrl+Shift+N").toString(native)) in rows
    assert ("Help", "User guide", QKeySequence(QKeySequence.StandardKey.HelpContents).toString(native)) in rows
    assert [r[0] for r in rows if r[0] != "Other"][:1] == ["Journal"]  # grouped by menu, in menu order
    assert seen["found"] == [("Entry", "Frobnicate the entry", QKeySequence("Ctrl+Alt+J").toString(native))]
    # Every action with a shortcut is listed, and only those.
    with_keys = {a for a in window.actions() if not a.shortcut().isEmpty()} | {added}
    assert len(rows) == len(with_keys)


def test_f1_opens_the_user_guide_with_its_headings(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # works before any journal is open, too
    guide = window.findChild(GuideWindow)
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    headings = guide.headings()
    assert headings[0] == (1, "reflectjournal user guide")
    level_two = [text for level, text in headings if level == 2]
    for wanted in (
        "Getting started",
        "Writing after a visit",
        "Finding things",
        "Preparing for supervision",
        "Backups",
        "Exports, and what leaves the journal",
        "Prompt packs",
        "Using the app with a screen reader and from the keyboard",
    ):
        assert wanted in level_two
    assert guide.browser.blocked_resources == []  # nothing to load: it is all text
    qtbot.keyClicks(guide.find_edit, "cannot be recovered")
    qtbot.keyClick(guide.find_edit, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText() == "cannot be recovered"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChildren(GuideWindow) == [guide]  # the same window again, not a second one
    guide.close()


def test_the_guide_names_only_shortcuts_the_app_has(window):
    text = guide_text(["en-GB"])
    named = set(re.findall(r"\b(?:Ctrl|Alt|Shift)(?:\+(?:Ctrl|Alt|Shift))*\+(?:[A-Z]|/|End|Tab)(?!\w)|\bF\d+\b", text))
    assert {"Ctrl+N", "Ctrl+Shift+N", "F1", "F9", "Ctrl+/"} <= named
    portable = QKeySequence.SequenceFormat.PortableText
    app_keys = {key.toString(portable) for action in window.actions() for key in action.shortcuts()}
    keys_of_the_desktop = {"Shift+Tab", "Alt+J"}  # Qt's own, and a menu's access key
    assert named - app_keys - keys_of_the_desktop == set()


def test_the_guide_ships_with_the_package():
    path = guide_path(["en-GB"])
    assert path.is_file() and path.parent.name == "guide"
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = config["package-data"]["reflectjournal.resources"]
    rel = path.relative_to(ROOT / "resources").as_posix()
    assert any(fnmatch.fnmatch(rel, pattern) for pattern in patterns)
    assert guide_path(["xx-YY"]) == path  # a language without a guide falls back to British English


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_tab_goes_round_every_dialog_without_a_trap(qtbot, open_window, prompter, tmp_path, name):
    dialog, accept = DIALOGS[name](open_window, prompter, tmp_path)
    show_dialog(qtbot, dialog)
    start = focused()
    walked = tab_walk(qtbot, start, 40)
    assert start in walked[1:], names(walked)  # Tab comes back to where it started
    round_trip = walked.index(start, 1)
    one_round = walked[:round_trip]
    assert len(set(one_round)) == len(one_round), names(one_round)  # nothing visited twice a round
    assert accept in one_round  # the accepting button can be reached
    back = tab_walk(qtbot, start, round_trip, Qt.Key.Key_Backtab)
    assert back == [start, *reversed(one_round[1:]), start]  # Shift+Tab is the same road back
    dialog.close()

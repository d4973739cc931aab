"""Issue 11 item 13: the welcome and unlock pages, Settings' labels, and
changing the passphrase in the app."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from reflectjournal.core import settings as S
from reflectjournal.core.errors import WrongPassphrase
from reflectjournal.core.vault import Journal
from reflectjournal.ui.dialogs import SettingsDialog
from reflectjournal.ui.passphrase_dialog import ChangePassphraseDialog
from reflectjournal.ui.passphrase_fields import ElidedLabel, caps_lock_guess, error_colour
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.ui.conftest import create_journal, unlock

NEW_PASSPHRASE = "otter lantern gravel orchestra"


def _window_on_unlock(make_window, journal_path, prefs):
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    prefs.set(S.LAST_JOURNAL, str(journal_path))
    return make_window()


# -- welcome -------------------------------------------------------------------------


def test_long_location_is_shortened_in_the_middle_with_the_whole_path_in_the_tooltip(qtbot, window, tmp_path):
    page = window.welcome_page
    long_path = tmp_path / ("a-very-long-folder-name-" * 8) / "my-journal.rjournal"
    page.set_path(long_path)
    qtbot.waitUntil(lambda: page.path_label.width() > 0)
    shown = page.path_label.text()
    assert "…" in shown and len(shown) < len(str(long_path))
    assert shown.endswith("rjournal")  # the middle goes, the file name stays
    assert page.path_label.toolTip() == str(long_path)
    page.path_view.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(long_path)


def test_strength_bar_follows_the_passphrase_with_words(window):
    page = window.welcome_page
    assert page.meter.value() == 0
    page.passphrase_edit.setText("password")
    weak = page.meter.value()
    assert weak >= 1  # something shows: a short red bar, not an empty box
    assert page.strength.word_label.text() in ("Very weak", "Weak")
    page.passphrase_edit.setText(TEST_PASSPHRASE)
    assert page.meter.value() > weak
    assert page.strength.word_label.text() in ("Strong", "Very strong")
    page.passphrase_edit.setText("")
    assert page.meter.value() == 0 and page.strength.word_label.text() == ""


def test_feedback_keeps_its_height_so_the_form_does_not_jump(qtbot, window):
    page = window.welcome_page
    qtbot.waitUntil(lambda: page.create_button.y() > 0)
    before = page.create_button.mapTo(page, page.create_button.rect().topLeft()).y()
    page.passphrase_edit.setText("password")  # two lines of advice
    page.repeat_edit.setText("pass")
    page.repeat_edit.editingFinished.emit()
    QApplication.processEvents()
    page.layout().activate()
    after = page.create_button.mapTo(page, page.create_button.rect().topLeft()).y()
    assert after == before


def test_not_the_same_waits_until_the_second_field_is_left(qtbot, window):
    page = window.welcome_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.passphrase_edit.setFocus()
    qtbot.keyClicks(page.passphrase_edit, TEST_PASSPHRASE)
    page.repeat_edit.setFocus()
    qtbot.keyClicks(page.repeat_edit, "correct ho")
    assert page.match_note.text() == ""  # still typing
    page.passphrase_edit.setFocus()  # the second field is left
    qtbot.waitUntil(lambda: "not the same" in page.match_note.text())
    assert page.match_note.is_error
    page.repeat_edit.setFocus()
    qtbot.keyClicks(page.repeat_edit, "r")
    assert page.match_note.text() == ""  # typing again: no complaint
    qtbot.keyClicks(page.repeat_edit, "se battery staple")
    page.passphrase_edit.setFocus()
    assert page.match_note.text() == ""
    assert page.create_button.isEnabled()


def test_show_passphrase_toggle_switches_the_echo_mode(qtbot, window):
    edit = window.welcome_page.passphrase_edit
    action = edit.show_action
    assert action.text() == "Show passphrase" and action.isCheckable()
    assert action in edit.actions()
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    action.trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    action.trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_F8, Qt.KeyboardModifier.AltModifier)  # from the keyboard too
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    window.welcome_page.clear_all()  # hidden again for the next person
    assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_caps_lock_guess_from_typed_letters():
    assert caps_lock_guess("A", shift=False) is True
    assert caps_lock_guess("a", shift=True) is True
    assert caps_lock_guess("a", shift=False) is False
    assert caps_lock_guess("A", shift=True) is False
    assert caps_lock_guess("7", shift=False) is None
    assert caps_lock_guess("", shift=False) is None


def test_caps_lock_note_shows_and_goes(qtbot, window):
    page = window.welcome_page
    assert not page.caps_note.shown
    qtbot.keyClicks(page.passphrase_edit, "AB")  # capitals without Shift
    assert page.caps_note.shown and "Caps Lock" in page.caps_note.text()
    shifted = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier, "c")
    QApplication.sendEvent(page.passphrase_edit, shifted)
    assert page.caps_note.shown
    qtbot.keyClicks(page.passphrase_edit, "d")
    assert not page.caps_note.shown
    qtbot.keyClicks(page.passphrase_edit, "E")
    assert page.caps_note.shown
    qtbot.keyClick(page.passphrase_edit, Qt.Key.Key_CapsLock)  # turned off
    assert not page.caps_note.shown


# -- unlock ----------------------------------------------------------------------------


def test_wrong_passphrase_is_shown_as_an_error(qtbot, make_window, journal_path, prefs):
    window = _window_on_unlock(make_window, journal_path, prefs)
    page = window.unlock_page
    unlock(qtbot, window, "not the passphrase at all")
    note = page.error_label
    assert "does not unlock" in note.text()
    assert note.is_error and note.icon.isVisibleTo(page)
    assert note.label.accessibleName().startswith("Error: That passphrase does not unlock")
    colour = note.label.palette().color(QPalette.ColorRole.WindowText)
    assert colour == error_colour(page.palette())
    assert colour != page.palette().color(QPalette.ColorRole.Link)  # not blue like a link
    unlock(qtbot, window)
    assert window.session.is_unlocked


def test_lock_reason_is_news_not_an_error(qtbot, open_window):
    open_window.session.lock("idle")
    note = open_window.unlock_page.error_label
    assert note.text() and not note.is_error


def test_unlock_page_names_the_journal_and_keeps_its_path_a_click_away(qtbot, make_window, tmp_path, prefs):
    path = tmp_path / "Casework-folder" / "Team North.rjournal"
    window = _window_on_unlock(make_window, path, prefs)
    page = window.unlock_page
    assert "Team North" in page.name_label.text()
    assert "Casework-folder" not in page.name_label.text()
    assert not page.location_view.isVisibleTo(page)
    visible = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    assert not any("Casework-folder" in text for text in visible)
    page.location_button.click()
    assert page.location_view.isVisibleTo(page)
    assert page.location_view.text() == str(path)
    assert page.name_label.toolTip() == str(path)


# -- settings ----------------------------------------------------------------------------


def test_settings_labels_show_no_literal_ampersand_and_name_the_spin_boxes(qtbot, prompter):
    dialog = SettingsDialog({s: s.default for s in S.ALL_SETTINGS}, prompter)
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            assert label.buddy() is not None, label.text()  # "&" marks a shortcut, never shown
    buddies = {label.buddy(): label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.buddy()}
    assert "daily" in buddies[dialog.keep_daily_spin]
    assert "weekly" in buddies[dialog.keep_weekly_spin]
    assert "font" in buddies[dialog.font_combo]
    assert dialog.backup_label.wordWrap()


# -- change passphrase ----------------------------------------------------------------------


def _fill(dialog: ChangePassphraseDialog, current: str, new: str, again: str | None = None) -> None:
    dialog.current_edit.setText(current)
    dialog.new_edit.setText(new)
    dialog.repeat_edit.setText(new if again is None else again)


def _run_change(qtbot, current: str, new: str, seen: list):
    def act(dialog: ChangePassphraseDialog) -> bool:
        _fill(dialog, current, new)
        dialog.change_button.click()
        seen.append(dialog.busy and dialog.busy_bar.isVisibleTo(dialog))  # off the GUI thread, with a busy bar
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        seen.append(dialog.note.text())
        return dialog.result() == QDialog.DialogCode.Accepted

    return act


def test_change_passphrase_in_the_app_leaves_only_the_new_one_working(qtbot, open_window, prompter, journal_path):
    window = open_window
    seen: list = []
    prompter.dialog_actions.append(_run_change(qtbot, TEST_PASSPHRASE, NEW_PASSPHRASE, seen))
    window.main_actions.change_passphrase_action.trigger()
    assert prompter.dialogs_seen == ["ChangePassphraseDialog"]
    assert seen[0] is True
    informed = [c for c in prompter.calls if c[0] == "inform"]
    assert informed and informed[-1][1] == "Passphrase changed" and "OLD passphrase" in informed[-1][2]
    assert window.session.is_unlocked  # still open, now under the new key
    window.session.lock("manual")
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    unlock(qtbot, window, TEST_PASSPHRASE)
    assert not window.session.is_unlocked
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.session.is_unlocked


def test_wrong_current_passphrase_is_refused_and_the_old_one_still_works(qtbot, open_window, prompter, journal_path):
    window = open_window
    seen: list = []
    prompter.dialog_actions.append(_run_change(qtbot, "not my passphrase", NEW_PASSPHRASE, seen))
    window.main_actions.change_passphrase_action.trigger()
    assert "current passphrase is not correct" in seen[1]
    assert not [c for c in prompter.calls if c[0] == "inform"]
    window.session.lock("manual")
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, NEW_PASSPHRASE, kdf=TEST_KDF)
    unlock(qtbot, window, TEST_PASSPHRASE)
    assert window.session.is_unlocked


def test_change_passphrase_refuses_weak_or_mismatched_before_starting(qtbot, open_window, prompter):
    dialog = ChangePassphraseDialog(open_window.session, open_window)
    qtbot.addWidget(dialog)
    _fill(dialog, TEST_PASSPHRASE, "password")
    dialog.change_button.click()
    assert not dialog.busy and "too weak" in dialog.note.text() and dialog.note.is_error
    _fill(dialog, TEST_PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "x")
    dialog.change_button.click()
    assert not dialog.busy and "not the same" in dialog.match_note.text()
    _fill(dialog, TEST_PASSPHRASE, TEST_PASSPHRASE)
    dialog.change_button.click()
    assert not dialog.busy and "same as the current" in dialog.note.text()


def test_change_passphrase_is_in_the_journal_menu_only_when_unlocked(qtbot, window, journal_path):
    action = window.main_actions.change_passphrase_action
    assert not action.isEnabled()
    create_journal(qtbot, window, journal_path)
    assert action.isEnabled()
    journal_menu = window.menuBar().actions()[0].menu()
    assert action in journal_menu.actions()


def test_elided_label_never_widens_the_form(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.set_full_text("/x" * 400)
    assert label.minimumSizeHint().width() < 200


def test_a_lock_during_the_change_waits_for_it_and_the_result_is_still_said(qtbot, open_window, journal_path):
    window = open_window
    dialog = ChangePassphraseDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, TEST_PASSPHRASE, NEW_PASSPHRASE)
    dialog.change_button.click()
    assert dialog.busy
    window.session.lock("idle")
    assert not window.session.is_unlocked
    assert dialog.isVisible() or dialog.result() == QDialog.DialogCode.Accepted  # not closed unanswered
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.backup_folder is not None  # changed, and the dialog knows it
    Journal.open(journal_path, NEW_PASSPHRASE, kdf=TEST_KDF).close()

"""Start screens: first run, create, unlock, wrong passphrase, damage, in use."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reflectjournal.core import settings as S
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.ui.conftest import create_journal, unlock


def test_first_run_shows_welcome_with_default_path_and_honest_warning(window, isolated_home):
    page = window.welcome_page
    assert window.pages.currentWidget() is page
    assert window.windowTitle() == "reflectjournal"
    assert str(page.path).startswith(str(isolated_home))
    assert page.path.name == "journal.rjournal"
    warning = page.warning.text().lower()
    assert "nobody can recover" in warning and "no reset" in warning
    assert page.warning.textFormat() == Qt.TextFormat.PlainText
    assert page.path_label.textFormat() == Qt.TextFormat.PlainText
    assert page.path_label.toolTip() == str(page.path)  # the whole path, however it is shortened


def test_create_needs_matching_strong_passphrase(window):
    page = window.welcome_page
    page.passphrase_edit.setText("password")
    page.repeat_edit.setText("password")
    assert not page.create_button.isEnabled()
    assert page.meter.value() <= 1
    page.passphrase_edit.setText(TEST_PASSPHRASE)
    page.repeat_edit.setText(TEST_PASSPHRASE + "x")
    assert not page.create_button.isEnabled()
    page.repeat_edit.editingFinished.emit()  # the field is left
    assert "not the same" in page.match_note.text()
    page.repeat_edit.setText(TEST_PASSPHRASE)
    assert page.create_button.isEnabled()
    assert page.meter.value() >= 3


def test_create_remembers_only_the_path(qtbot, window, journal_path, settings_file, prefs):
    create_journal(qtbot, window, journal_path)
    assert journal_path.exists()
    assert prefs.get(S.LAST_JOURNAL) == str(journal_path)
    assert window.welcome_page.passphrase_edit.text() == ""
    assert window.welcome_page.repeat_edit.text() == ""
    qtbot.keyClicks(window.editor.title_edit, "Visit to the Zebedee family")
    window.save_now()
    window.close()
    content = settings_file.read_bytes()
    assert b"Zebedee" not in content
    assert TEST_PASSPHRASE.encode() not in content
    keys = set(prefs.keys())
    allowed = {s.key for s in S.ALL_SETTINGS} | {"window/geometry"}
    assert keys <= allowed, keys - allowed


def test_later_run_shows_unlock_for_last_journal(qtbot, make_window, journal_path, prefs):
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    prefs.set(S.LAST_JOURNAL, str(journal_path))
    window = make_window()
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.name_label.text() == "Journal: journal"
    assert window.unlock_page.name_label.textFormat() == Qt.TextFormat.PlainText
    unlock(qtbot, window)
    assert window.session.is_unlocked
    assert window.pages.currentWidget() is window.journal_view
    assert window.unlock_page.passphrase_edit.text() == ""


def _window_on_unlock(make_window, journal_path, prefs):
    prefs.set(S.LAST_JOURNAL, str(journal_path))
    return make_window()


def test_wrong_passphrase_gives_inline_message_and_clears_field(qtbot, make_window, journal_path, prefs, prompter):
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    window = _window_on_unlock(make_window, journal_path, prefs)
    unlock(qtbot, window, "not the passphrase at all")
    page = window.unlock_page
    assert not window.session.is_unlocked
    assert window.pages.currentWidget() is page
    assert "does not unlock" in page.error_label.text()
    assert page.passphrase_edit.text() == ""
    assert page.passphrase_edit.isEnabled()
    assert prompter.calls == []  # inline, no message box
    unlock(qtbot, window)
    assert window.session.is_unlocked


def test_damaged_journal_points_to_backup(qtbot, make_window, journal_path, prefs):
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    data = bytearray(journal_path.read_bytes())
    data[5000:9000] = b"\x00" * 4000
    journal_path.write_bytes(bytes(data[: len(data) - 4096 // 2]))
    window = _window_on_unlock(make_window, journal_path, prefs)
    unlock(qtbot, window)
    text = window.unlock_page.error_label.text()
    assert not window.session.is_unlocked
    assert "damaged" in text and "backup" in text


def test_journal_open_elsewhere_says_so(qtbot, make_window, journal_path, prefs):
    holder = Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF)
    try:
        window = _window_on_unlock(make_window, journal_path, prefs)
        unlock(qtbot, window)
        assert "already open" in window.unlock_page.error_label.text()
        assert not window.session.is_unlocked
    finally:
        holder.close()


def test_open_existing_journal_through_the_picker(qtbot, window, journal_path, prompter):
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    prompter.path_answers.append(journal_path)
    window.welcome_page.open_button.click()
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.path == journal_path
    unlock(qtbot, window)
    assert window.session.is_unlocked


def test_unlock_runs_off_the_gui_thread(qtbot, make_window, journal_path, prefs):
    """While the key is derived the event loop keeps running and the page
    says it is unlocking."""
    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    window = _window_on_unlock(make_window, journal_path, prefs)
    seen = []
    window.session.busy_changed.connect(seen.append)
    window.unlock_page.passphrase_edit.setText(TEST_PASSPHRASE)
    window.unlock_page.unlock_button.click()
    assert window.session.is_busy
    assert not window.unlock_page.unlock_button.isEnabled()
    qtbot.waitUntil(lambda: window.session.is_unlocked, timeout=10_000)
    assert seen == [True, False]

"""Locking: Ctrl+L, idle, minimised; afterwards nothing of the journal remains."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog

from reflectjournal.core import settings as S
from tests.ui.conftest import all_widget_texts, type_text, unlock, widgets_that_can_undo

CANARY = "Canary7Zebedee"


def fill_everything(qtbot, window) -> None:
    editor = window.editor
    qtbot.keyClicks(editor.title_edit, f"Title {CANARY}")
    qtbot.keyClicks(editor.tags_edit, f"tag{CANARY.lower()}")
    type_text(qtbot, editor.body_edit, f"# Heading\nBody {CANARY} text")
    qtbot.keyClicks(editor.child_edit, f"Child {CANARY}")
    editor.wellbeing_buttons[3].click()
    qtbot.keyClicks(editor.wellbeing_words, f"words {CANARY}")
    window.save_now()
    window.new_action.trigger()
    qtbot.keyClicks(window.editor.body_edit, f"Second {CANARY}")
    editor.update_preview()
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, CANARY)
    qtbot.waitUntil(lambda: window.results_model.rowCount() > 0, timeout=3000)
    window.tag_filter.setCurrentIndex(window.tag_filter.count() - 1)
    # The holder of every piece is really there before the lock.
    texts = "\n".join(all_widget_texts(QApplication.instance()))
    assert texts.count(CANARY) >= 6
    assert widgets_that_can_undo(QApplication.instance())


def assert_nothing_left(window) -> None:
    app = QApplication.instance()
    leftovers = [t for t in all_widget_texts(app) if CANARY.lower() in t.lower()]
    assert leftovers == []
    assert widgets_that_can_undo(app) == []
    assert window.entry_model.rowCount() == 0
    assert window.results_model.rowCount() == 0
    assert window.editor.tags_edit.tag_model.stringList() == []
    assert window.windowTitle() == "reflectjournal"


def test_ctrl_l_is_the_lock_shortcut(open_window):
    assert open_window.lock_action.shortcut() == QKeySequence("Ctrl+L")


def test_after_lock_no_widget_holds_entry_text_and_nothing_can_undo(qtbot, open_window):
    window = open_window
    fill_everything(qtbot, window)
    clipboard = QApplication.clipboard()
    window.editor.body_edit.setFocus()
    window.editor.body_edit.selectAll()
    window.editor.body_edit.copy()
    assert CANARY in clipboard.text()
    window.lock_action.trigger()
    assert not window.session.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page
    assert_nothing_left(window)
    assert CANARY not in clipboard.text()
    # Unlocking brings the saved text back.
    unlock(qtbot, window)
    hits = window.session.entries.search(CANARY, window.list_pane.current_filter())
    assert len(hits) == 2


def test_clipboard_text_from_elsewhere_is_left_alone(qtbot, open_window):
    window = open_window
    clipboard = QApplication.clipboard()
    guard = window.clipboard_guard
    # The positive case first: a copy of ours is cleared by the lock.
    guard.copy_text(f"Ours {CANARY}")
    with qtbot.waitSignal(guard.cleared, timeout=2000) as cleared:
        window.lock_action.trigger()
    assert cleared.args == ["lock"]
    assert CANARY not in clipboard.text()
    unlock(qtbot, window)
    # Our copy, then another program's text over it: the lock leaves that alone.
    # (Offscreen, a change while one of our widgets has focus counts as our copy.)
    guard.copy_text(f"Ours again {CANARY}")
    QApplication.focusWidget() and QApplication.focusWidget().clearFocus()
    clipboard.setText("copied from another app")
    with qtbot.assertNotEmitted(guard.cleared):
        window.lock_action.trigger()
    assert not window.session.is_unlocked
    assert clipboard.text() == "copied from another app"


def test_idle_lock_with_injected_clock(qtbot, open_window, clock):
    window = open_window
    qtbot.keyClicks(window.editor.title_edit, f"Idle {CANARY}")
    assert window.idle_watcher.limit_seconds == 5 * 60
    assert window.idle_watcher.running  # the check that would lock is armed
    clock.advance(4 * 60)
    window.idle_watcher.check()  # the timer's slot, called now rather than waited for
    assert window.session.is_unlocked
    # Activity resets the idle time.
    QApplication.sendEvent(
        window.editor.title_edit,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(5, 5),
            QPointF(5, 5),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    clock.advance(2 * 60)
    window.idle_watcher.check()
    assert window.session.is_unlocked
    # The positive case: the same check, once the limit has passed, locks.
    clock.advance(3 * 60 + 1)
    window.idle_watcher.check()
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=2000)
    assert window.pages.currentWidget() is window.unlock_page
    assert "without activity" in window.unlock_page.error_label.text()
    assert_nothing_left(window)
    # What was typed before the idle lock was saved.
    unlock(qtbot, window)
    assert window.session.entries.search(CANARY, window.list_pane.current_filter())


def test_idle_minutes_follow_the_setting(qtbot, make_window, prefs, clock, journal_path):
    from tests.ui.conftest import create_journal

    prefs.set(S.IDLE_LOCK_MINUTES, 1)
    window = make_window()
    create_journal(qtbot, window, journal_path)
    clock.advance(61)
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=2000)


def test_lock_when_minimised_if_chosen(qtbot, open_window, prefs):
    window = open_window
    window.showMinimized()
    # The state change (which the window reacts to) has happened; the positive case follows.
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    assert window.session.is_unlocked  # off by default
    window.showNormal()
    prefs.set(S.LOCK_WHEN_MINIMISED, True)
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=2000)
    assert "minimised" in window.unlock_page.error_label.text()


def test_lock_closes_open_dialogs(qtbot, open_window):
    dialog = QDialog(open_window)
    dialog.setWindowTitle("Any dialog")
    dialog.show()
    assert dialog.isVisible()
    open_window.session.lock("manual")
    assert not dialog.isVisible()


def test_lock_saves_pending_edits(qtbot, open_window):
    window = open_window
    qtbot.keyClicks(window.editor.title_edit, "Pending")
    assert window.is_dirty and window.autosave_timer.isActive()
    window.session.lock("manual")
    assert not window.autosave_timer.isActive()
    unlock(qtbot, window)
    assert window.session.entries.search("Pending", window.list_pane.current_filter())


def test_screen_lock_and_sleep_reported_by_the_desktop_lock(qtbot, open_window):
    window = open_window
    qtbot.keyClicks(window.editor.title_edit, f"Screen {CANARY}")
    window.desktop_lock.on_screensaver_active_changed(False)
    assert window.session.is_unlocked
    window.desktop_lock.on_screensaver_active_changed(True)
    assert not window.session.is_unlocked
    assert "screen locked" in window.unlock_page.error_label.text()
    assert_nothing_left(window)
    unlock(qtbot, window)
    window.desktop_lock.on_prepare_for_sleep(True)
    assert not window.session.is_unlocked
    assert "sleep" in window.unlock_page.error_label.text()


def test_unlock_returns_to_the_entry_that_was_open(qtbot, open_window):
    """Locking mid-entry and unlocking again brings that entry back, not a blank one."""
    window = open_window
    window.new_entry()
    qtbot.keyClicks(window.editor.title_edit, "Visit to the Ahmed family")
    assert window.save_now()
    first_id = window.editor.entry_id
    assert first_id is not None
    window.new_entry()
    qtbot.keyClicks(window.editor.title_edit, "Phone call")
    assert window.save_now()
    window.open_entry(first_id)
    window.session.lock("manual")
    assert window.editor.entry_id is None
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.editor.entry_id is not None)
    assert window.editor.entry_id == first_id
    assert window.editor.title_edit.text() == "Visit to the Ahmed family"

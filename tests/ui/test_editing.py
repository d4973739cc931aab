"""Write, autosave, switch, lock, unlock: the text is intact and nothing is lost."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reflectjournal.core.errors import StorageFull
from reflectjournal.core.vault import Journal
from reflectjournal.ui.autosave import AUTOSAVE_MS
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.ui.conftest import type_text, unlock

BODY = "Mum was tired.\n\n**Jay** showed me his drawing of the dog."
CHILD = "Jay would say: I want Mum to be happy and the dog to stay."


def write_entry(qtbot, window, title="Home visit, Jay", body=BODY, child=CHILD, tags="school, dog"):
    editor = window.editor
    qtbot.keyClicks(editor.title_edit, title)
    qtbot.keyClicks(editor.tags_edit, tags)
    editor.body_edit.setFocus()
    type_text(qtbot, editor.body_edit, body)
    qtbot.keyClicks(editor.child_edit, child)
    editor.wellbeing_buttons[2].click()
    qtbot.keyClicks(editor.wellbeing_words, "tired but ok")


def test_autosave_within_two_seconds_of_last_keystroke(qtbot, open_window):
    window = open_window
    assert AUTOSAVE_MS < 2000
    write_entry(qtbot, window)
    assert window.is_dirty
    assert window.save_status.text() == "Saving…"
    last_key = time.monotonic()
    qtbot.waitUntil(lambda: not window.is_dirty, timeout=2500)
    assert time.monotonic() - last_key < 2.0
    assert window.save_status.text() == "Saved"
    entry_id = window.editor.entry_id
    stored = window.session.entries.get(entry_id)
    assert stored.title == "Home visit, Jay"
    assert stored.body == BODY
    assert stored.child_in_mind == CHILD
    assert stored.tags == ["dog", "school"]
    assert stored.wellbeing.score == 3 and stored.wellbeing.words == "tired but ok"
    # The new entry shows in the list, under its month.
    assert window.entry_model.row_of(entry_id) == 1


def test_typing_restarts_the_autosave_timer(qtbot, open_window):
    window = open_window
    qtbot.keyClicks(window.editor.title_edit, "a")
    assert window.autosave_timer.isActive()
    assert window.autosave_timer.isSingleShot()
    # Instead of waiting for time to pass, stop the countdown: the next
    # keystroke must start it again, from the full interval.
    window.autosave_timer.stop()
    before = window.autosave_timer.remainingTime()  # -1: not counting
    qtbot.keyClicks(window.editor.title_edit, "b")
    assert window.autosave_timer.isActive()
    assert window.autosave_timer.remainingTime() > before + 200
    assert window.autosave_timer.remainingTime() > window.autosave_timer.interval() - 500


def test_lock_unlock_text_intact(qtbot, open_window):
    window = open_window
    write_entry(qtbot, window)
    window.lock_action.trigger()  # saves on lock, even before the timer fires
    assert not window.session.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page
    unlock(qtbot, window)
    assert window.session.is_unlocked
    assert window.entry_model.entry_count() == 1
    window.entry_view.setCurrentIndex(window.list_index(1))
    editor = window.editor
    assert editor.title_edit.text() == "Home visit, Jay"
    assert editor.body_edit.toPlainText() == BODY
    assert editor.child_edit.toPlainText() == CHILD
    assert editor.tags_edit.text() == "dog, school"
    assert editor.wellbeing_group.checkedId() == 3
    assert editor.wellbeing_words.text() == "tired but ok"
    assert not editor.body_edit.document().isUndoAvailable()


def test_switching_entries_saves_first(qtbot, open_window):
    window = open_window
    write_entry(qtbot, window, title="First")
    window.save_now()
    first_id = window.editor.entry_id
    window.new_action.trigger()
    qtbot.keyClicks(window.editor.title_edit, "Second")
    window.save_now()
    window.entry_view.setCurrentIndex(window.list_index(window.entry_model.row_of(first_id)))
    assert window.editor.entry_id == first_id
    window.editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor.body_edit, " More words.")
    assert window.is_dirty
    second_id = [
        s
        for s in window.session.entries.summaries(window.session.journal_for_tests.entries.ids())
        if s.title == "Second"
    ][0].id
    window.entry_view.setCurrentIndex(window.list_index(window.entry_model.row_of(second_id)))
    assert not window.is_dirty
    assert window.session.entries.get(first_id).body.endswith("More words.")
    assert window.editor.title_edit.text() == "Second"


def test_closing_the_window_saves(qtbot, open_window, journal_path):
    window = open_window
    qtbot.keyClicks(window.editor.title_edit, "Written just before closing")
    assert window.is_dirty
    window.close()
    assert not window.session.is_unlocked
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        titles = [s.title for s in journal.entries.list_entries()]
    assert titles == ["Written just before closing"]


def test_disk_full_keeps_text_and_says_so(qtbot, open_window, monkeypatch):
    window = open_window
    qtbot.keyClicks(window.editor.title_edit, "Kept")
    window.save_now()

    def full(entry, **_kwargs):
        raise StorageFull("The disk is full; nothing was saved.")

    monkeypatch.setattr(window.session.entries, "save", full)
    qtbot.keyClicks(window.editor.body_edit, "Words that must not be lost")
    assert window.save_now() is False
    assert window.banner.isVisibleTo(window)
    assert "disk is full" in window.banner.text()
    assert window.banner.textFormat() == Qt.TextFormat.PlainText
    assert window.save_status.text() == "Not saved"
    assert window.editor.body_edit.toPlainText() == "Words that must not be lost"
    assert window.is_dirty
    monkeypatch.undo()
    qtbot.keyClicks(window.editor.body_edit, ".")
    qtbot.waitUntil(lambda: not window.is_dirty, timeout=2500)
    assert not window.banner.isVisibleTo(window)
    assert window.session.entries.get(window.editor.entry_id).body == "Words that must not be lost."


def test_close_with_unsaveable_text_asks_first(qtbot, open_window, monkeypatch, prompter):
    window = open_window
    monkeypatch.setattr(window.session.entries, "save", lambda entry, **_: (_ for _ in ()).throw(StorageFull("full")))
    qtbot.keyClicks(window.editor.title_edit, "Unsaved")
    prompter.confirm_answers.append(False)
    assert window.close() is False
    assert window.session.is_unlocked
    assert prompter.kinds() == ["confirm"]
    monkeypatch.undo()


def test_undo_and_redo_in_the_body(qtbot, open_window):
    body = open_window.editor.body_edit
    qtbot.keyClicks(body, "hello")
    body.undo()
    assert body.toPlainText() == ""
    body.redo()
    assert body.toPlainText() == "hello"
    assert open_window.undo_action.shortcut().matches(open_window.undo_action.shortcut())


def test_word_count_and_tag_completion(qtbot, open_window):
    window = open_window
    write_entry(qtbot, window)
    window.save_now()
    assert window.editor.word_count_label.text().startswith("25 ")
    window.new_action.trigger()
    assert window.editor.word_count_label.text().startswith("0 ")
    assert window.editor.tags_edit.tag_model.stringList() == ["dog", "school"]
    qtbot.keyClicks(window.editor.tags_edit, "sc")
    completer = window.editor.tags_edit._completer
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "school"


def test_window_title_is_only_the_app_name(qtbot, open_window):
    write_entry(qtbot, open_window, title="Secret surname Zebedee")
    open_window.save_now()
    assert open_window.windowTitle() == "reflectjournal"

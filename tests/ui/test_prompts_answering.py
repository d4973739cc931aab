"""Answering prompts in the editor (issue 11): question blocks kept whole,
the writer's own word count, the stored prompt record, the preview that is
never a keyboard trap, the toolbar, and room for the child in mind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QInputMethodEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QToolButton

from reflectjournal.core import settings as S
from reflectjournal.core.answers import question_line
from reflectjournal.core.export import entry_to_dict, entry_to_markdown
from reflectjournal.core.models import Entry
from reflectjournal.core.packs import builtin_packs
from reflectjournal.ui.editor import CHILD_MIN_LINES
from reflectjournal.ui.packs.labels import questions_markdown
from tests.ui.conftest import type_text, unlock


def a_prompt():
    return next(p for pack in builtin_packs() for p in pack.prompts if len(p.questions) >= 2)


def insert(qtbot, window):
    prompt = a_prompt()
    window.editor.body_edit.setFocus()
    assert window.packs.insert_prompt(prompt)
    return prompt


def block_text(edit, number: int) -> str:
    return edit.document().findBlockByNumber(number).text()


def put_cursor(edit, block: int, column: int) -> None:
    cursor = QTextCursor(edit.document().findBlockByNumber(block))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=column)
    edit.setTextCursor(cursor)


def test_inserting_a_prompt_gives_question_blocks_and_starts_on_the_first_answer(qtbot, open_window):
    window = open_window
    prompt = insert(qtbot, window)
    edit = window.editor.body_edit
    assert edit.toPlainText() == questions_markdown(prompt)
    assert block_text(edit, 0) == question_line(prompt.questions[0])
    assert edit.is_question_block(edit.document().findBlockByNumber(0))
    assert edit.textCursor().blockNumber() == 2  # question, blank, answer
    type_text(qtbot, edit, "The kitchen was warm.")
    assert block_text(edit, 2) == "The kitchen was warm."
    entry = window.editor.current_entry()
    assert [r.full_id for r in entry.prompt_records] == [prompt.full_id]
    assert entry.prompt_records[0].questions == tuple(prompt.questions)
    assert entry.prompt_records[0].title == prompt.title


def test_typing_or_enter_on_a_question_line_goes_to_its_answer(qtbot, open_window):
    window = open_window
    prompt = insert(qtbot, window)
    edit = window.editor.body_edit
    question = question_line(prompt.questions[0])

    put_cursor(edit, 0, 6)  # inside the question
    qtbot.keyClicks(edit, "abc")
    assert block_text(edit, 0) == question
    assert block_text(edit, 2) == "abc"

    put_cursor(edit, 0, len(question))  # Enter at the end of the question
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert block_text(edit, 0) == question and block_text(edit, 1) == ""
    assert edit.textCursor().blockNumber() == 2
    assert edit.textCursor().atBlockEnd()

    for key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        put_cursor(edit, 0, 8)
        qtbot.keyClick(edit, key)
        assert block_text(edit, 0) == question

    # Backspace at the start of a typed answer right under a question would
    # join it to the question: nothing happens.
    put_cursor(edit, 2, 0)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    put_cursor(edit, 1, 0)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # the blank line itself may go...
    assert block_text(edit, 0) == question  # ...the question stays whole

    # Text from an input method goes to the answer too.
    put_cursor(edit, 0, 5)
    event = QInputMethodEvent()
    event.setCommitString("é")
    QApplication.sendEvent(edit, event)
    assert block_text(edit, 0) == question

    # A question that lost its answer lines gets one back when typed on.
    last = question_line(prompt.questions[-1])
    edit.setPlainText(last)
    window.editor.body.set_prompt_records(window.editor.current_entry().prompt_records)
    put_cursor(edit, 0, 3)
    qtbot.keyClicks(edit, "x")
    assert edit.toPlainText() == last + "\n\nx"


def test_the_word_count_counts_only_the_writers_words(qtbot, open_window):
    window = open_window
    insert(qtbot, window)
    assert window.editor.word_count_label.text() == "0 words"
    type_text(qtbot, window.editor.body_edit, "cold flat")
    assert window.editor.word_count_label.text() == "2 words"


def test_the_prompt_record_is_stored_and_exports_question_with_answer(qtbot, open_window):
    window = open_window
    prompt = insert(qtbot, window)
    type_text(qtbot, window.editor.body_edit, "Warm and tidy.")
    window.editor.title_edit.setText("Visit")
    assert window.save_now()
    entry_id = window.editor.entry_id
    window.session.lock("manual")
    unlock(qtbot, window)
    window.open_entry(entry_id)
    edit = window.editor.body_edit
    assert edit.is_question_block(edit.document().findBlockByNumber(0))  # still kept whole
    stored = window.session.journal_for_tests.entries.get(entry_id)
    assert [r.full_id for r in stored.prompt_records] == [prompt.full_id]
    answers = entry_to_dict(stored)["answers"]
    assert answers[0] == {"prompt": prompt.title, "question": prompt.questions[0], "answer": "Warm and tidy."}
    assert [a["question"] for a in answers] == list(prompt.questions)


def test_an_old_heading_entry_reads_and_exports_as_before(qtbot, open_window):
    window = open_window
    body = "## What did you notice?\n\nThe flat was cold.\n"
    journal = window.session.journal_for_tests
    old = journal.entries.save(Entry(title="Old", body=body, prompt_ids=["org.example/p1"]))
    window.open_entry(old.id)
    assert window.editor.body_edit.toPlainText() == body
    assert window.editor.word_count_label.text() == "8 words"  # as counted before: everything
    assert "## What did you notice?\n\nThe flat was cold." in entry_to_markdown(journal.entries.get(old.id))
    assert "answers" not in entry_to_dict(journal.entries.get(old.id))


def test_the_preview_is_off_by_default_and_remembered(qtbot, open_window, make_window, prefs):
    window = open_window
    assert not window.editor.preview.isVisibleTo(window.editor)
    assert not window.preview_action.isChecked()
    window.preview_action.trigger()
    assert window.editor.preview.isVisibleTo(window.editor)
    assert prefs.get(S.PREVIEW_VISIBLE) is True
    again = make_window()
    assert again.preview_action.isChecked()
    assert again.editor.preview.isVisibleTo(again.editor)


def test_tab_from_the_body_never_lands_in_the_preview(qtbot, open_window):
    window = open_window
    window.preview_action.setChecked(True)
    editor = window.editor
    editor.body_edit.setFocus()
    qtbot.waitUntil(editor.body_edit.hasFocus)
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Tab)
    assert editor.child_edit.hasFocus()
    # Walking the focus chain: the next widget Tab can reach after the body
    # is the child-in-mind box, and the preview takes no focus at all.
    widget = editor.body_edit.nextInFocusChain()
    while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled()):
        widget = widget.nextInFocusChain()
    assert widget is editor.child_edit
    assert editor.preview.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert editor.preview.accessibleName() == "Preview"


def test_typing_while_the_preview_has_focus_ends_up_in_the_body(qtbot, open_window):
    window = open_window
    window.preview_action.setChecked(True)
    editor = window.editor
    editor.preview.setFocus()
    qtbot.keyClicks(editor.preview, "kept")
    assert "kept" in editor.body_edit.toPlainText()
    assert editor.body_edit.hasFocus()


def test_the_preview_scrolls_with_the_body(qtbot, open_window):
    window = open_window
    window.resize(1024, 600)
    window.preview_action.setChecked(True)
    editor = window.editor
    editor.body_edit.setPlainText("\n\n".join(f"Paragraph {i} of the reflection." for i in range(200)))
    editor.update_preview()
    body_bar, preview_bar = editor.body_edit.verticalScrollBar(), editor.preview.verticalScrollBar()
    qtbot.waitUntil(lambda: body_bar.maximum() > 0 and preview_bar.maximum() > 0)
    body_bar.setValue(body_bar.maximum())
    assert preview_bar.value() == preview_bar.maximum()
    body_bar.setValue(body_bar.maximum() // 2)
    assert abs(preview_bar.value() - preview_bar.maximum() // 2) <= preview_bar.maximum() // 20 + 1
    body_bar.setValue(0)
    assert preview_bar.value() == 0


def test_the_toolbar_has_the_six_actions_with_their_shortcuts(qtbot, open_window):
    window = open_window
    bar = window.main_actions.toolbar
    assert bar.isVisible()
    expected = [
        (window.new_action, "New entry"),
        (window.packs.new_from_prompt_action, "From prompt"),
        (window.packs.panel_action, "Prompts"),
        (window.preview_action, "Preview"),
        (window.find_action, "Search"),
        (window.lock_action, "Lock"),
    ]
    assert bar.actions() == [action for action, _ in expected]
    for action, text in expected:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys, text
        assert action.toolTip().endswith(f"({keys})")
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton)
        assert button.text() == text == button.accessibleName()
    assert (
        window.new_action.toolTip()
        == f"New entry ({QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)})"
    )
    f9 = window.packs.panel_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert window.packs.panel.hide_button.toolTip() == f"Hide the prompts ({f9})"
    # The Prompts button shows the panel (no hidden F9 needed).
    bar.widgetForAction(window.packs.panel_action).click()
    assert window.prompt_panel_slot.isVisible()
    # All six fit at 1024 pixels wide.
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() <= 1024)
    assert bar.sizeHint().width() <= 1024
    # Locked: no toolbar over the unlock screen.
    window.session.lock("manual")
    assert not bar.isVisible()


def test_the_child_in_mind_box_keeps_five_lines_on_a_small_screen(qtbot, open_window):
    window = open_window
    window.resize(1024, 600)
    qtbot.wait(10)
    edit = window.editor.child_edit
    lines = QFontMetrics(edit.font()).lineSpacing() * CHILD_MIN_LINES
    assert edit.height() >= lines
    assert window.editor.vertical_splitter.indexOf(window.editor.child_box) == 1

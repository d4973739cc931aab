"""Issue 11 (items 7, 8, 10, 11, 12): filters that can be cleared, an empty
list that says why, the search keyboard flow and marks, plain snippets,
Delete with Undo, read-only trashed entries, tags that keep their case,
the question about future dates, and the new kinds."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication

from reflectjournal.core.models import Entry
from reflectjournal.ui.entry_list import ENTRY_ID_ROLE, IS_HEADER_ROLE, house_date
from reflectjournal.ui.search_results import SNIPPET_HTML_ROLE, SNIPPET_TEXT_ROLE

SAMPLE = [
    Entry(title="Home visit", body="## Visit\n\n- The **boiler** was broken.", kind="home_visit",
          happened_on=dt.date(2025, 3, 4), tags=["Housing"]),
    Entry(title="Core group", body="School attendance is improving.", kind="core_group",
          happened_on=dt.date(2025, 3, 20), tags=["school"]),
    Entry(title="Supervision", body="Talked about the boiler and my worry for Sam.", kind="supervision",
          happened_on=dt.date(2025, 2, 11), tags=["Housing", "self"]),
]  # fmt: skip


def add_entries(window, entries=SAMPLE):
    saved = [window.session.entries.save(entry) for entry in entries]
    window.list_pane.populate_filters()
    window.list_pane.reload()
    return saved


def titles(window):
    model = window.entry_model
    return [model.index(i).data() for i in range(model.rowCount()) if not model.index(i).data(IS_HEADER_ROLE)]


def open_in_list(window, title):
    model = window.entry_model
    row = next(i for i in range(model.rowCount()) if model.index(i).data() == title)
    window.entry_view.setCurrentIndex(window.list_index(row))
    assert window.editor.title_edit.text() == title


# -- filters ---------------------------------------------------------------


def test_clear_filters_resets_every_filter(qtbot, open_window):
    window = open_window
    add_entries(window)
    pane = window.list_pane
    assert not pane.clear_filters_button.isEnabled()  # nothing to clear
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("home_visit"))
    window.tag_filter.setCurrentIndex(window.tag_filter.findData("Housing"))
    window.from_filter.setDate(QDate(2025, 3, 1))
    window.to_filter.setDate(QDate(2025, 3, 10))
    window.trash_check.setChecked(True)
    assert titles(window) == []
    pane.clear_filters_button.click()
    assert window.kind_filter.currentIndex() == 0 and window.tag_filter.currentIndex() == 0
    assert window.from_filter.is_any() and window.to_filter.is_any() and not window.trash_check.isChecked()
    assert titles(window) == ["Core group", "Home visit", "Supervision"]
    assert not pane.clear_filters_button.isEnabled()
    # The shortcut does the same, and does not clash with another action of the window.
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("court"))
    pane.on_filters_changed()
    assert titles(window) == []
    shortcut = pane.clear_filters_action.shortcut()
    others = [a for a in window.findChildren(type(pane.clear_filters_action)) if a is not pane.clear_filters_action]
    assert shortcut.toString() and all(a.shortcut() != shortcut for a in others)
    pane.clear_filters_action.trigger()
    assert len(titles(window)) == 3


def test_the_empty_list_tells_no_entries_from_entries_the_filters_hide(qtbot, open_window):
    window = open_window
    pane = window.list_pane
    window.session.entries.trash(window.session.entries.save(Entry(title="draft")).id)
    pane.reload()
    assert pane.list_stack.currentWidget() is pane.empty_list
    assert pane.list_empty.text() == "No entries yet. Start writing on the right."
    assert pane.empty_list.clear_button.isHidden()
    add_entries(window)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("court"))
    pane.on_filters_changed()
    assert pane.list_stack.currentWidget() is pane.empty_list
    assert pane.list_empty.text() == "The filters hide all 3 entries."
    assert not pane.empty_list.clear_button.isHidden()
    pane.empty_list.clear_button.click()
    assert pane.list_stack.currentWidget() is window.entry_view and len(titles(window)) == 3
    window.trash_check.setChecked(True)
    assert titles(window) == ["draft"]
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("court"))
    pane.on_filters_changed()
    assert pane.list_empty.text() == "The filters hide the only entry in the trash."


def test_date_filters_start_at_any_date_open_at_today_and_go_back_to_any_date(qtbot, open_window):
    window = open_window
    edit = window.from_filter
    assert edit.is_any() and edit.text() == "Any date"
    # The calendar opens at this month, not at January 1900.
    edit.setFocus()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible, timeout=2000)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().close()
    assert edit.is_any()  # looking at the calendar chose nothing
    # Stepping from "Any date" starts at today; Delete goes back to "Any date".
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == today
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.is_any() and edit.text() == "Any date"
    # Typing a day from "Any date" gives this month's day, never 1900.
    qtbot.keyClick(edit, Qt.Key.Key_1)
    assert edit.date().year() == today.year()
    # The button beside the field chooses "Any date" again.
    window.list_pane.from_date.any_button.click()
    assert edit.is_any()


def test_tab_leaves_the_from_date_filter(qtbot, open_window):
    window = open_window
    window.activateWindow()
    window.from_filter.setFocus()
    qtbot.waitUntil(window.from_filter.hasFocus, timeout=2000)
    qtbot.keyClick(window.from_filter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.to_filter
    window.from_filter.setDate(QDate(2025, 3, 4))  # with a date too, not only on "Any date"
    window.from_filter.setFocus()
    qtbot.keyClick(window.from_filter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.to_filter
    qtbot.keyClick(window.to_filter, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is window.from_filter


def test_an_entry_edited_out_of_the_filter_leaves_the_list(qtbot, open_window):
    window = open_window
    add_entries(window)
    window.tag_filter.setCurrentIndex(window.tag_filter.findData("Housing"))
    window.list_pane.on_filters_changed()
    open_in_list(window, "Supervision")
    window.editor.tags_edit.setText("self")
    window.editor.tags_edit.textEdited.emit("self")
    assert window.save_now()
    assert titles(window) == ["Home visit"]  # the entry still open in the editor, no longer listed
    assert window.editor.title_edit.text() == "Supervision"
    assert not window.list_pane.hidden_note.isHidden()  # and the list says so
    assert "filters" in window.list_pane.hidden_note.text()
    window.list_pane.clear_filters()
    assert "Supervision" in titles(window) and window.list_pane.hidden_note.isHidden()


# -- search ----------------------------------------------------------------


def search(qtbot, window, text):
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, text)
    qtbot.waitUntil(lambda: window.list_stack.currentWidget() is window.results_view, timeout=2000)


def test_down_then_enter_from_the_search_box_opens_the_result(qtbot, open_window):
    window = open_window
    add_entries(window)
    window.new_entry()
    search(qtbot, window, "boiler")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.results_view
    first = window.results_model.index(0)
    assert window.results_view.currentIndex() == first
    qtbot.keyClick(window.results_view, Qt.Key.Key_Down)
    second = window.results_view.currentIndex()
    assert second.row() == 1
    qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    assert window.editor.entry_id == second.data(ENTRY_ID_ROLE)
    assert QApplication.focusWidget() is window.editor.body_edit


def test_enter_in_the_search_box_opens_the_first_result(qtbot, open_window):
    window = open_window
    add_entries(window)
    window.new_entry()
    window.search_edit.setFocus()
    qtbot.keyClicks(window.search_edit, "attendance")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)  # before the search ran by itself
    assert window.editor.title_edit.text() == "Core group"


def test_the_words_found_are_marked_in_the_opened_entry_and_its_preview(qtbot, open_window):
    window = open_window
    add_entries(window)
    window.editor.set_preview_visible(True)
    search(qtbot, window, "boiler")
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    marks = window.editor_pane.search_marks
    assert marks.marked(window.editor.body_edit) == ["boiler"]
    qtbot.waitUntil(lambda: marks.marked(window.editor.preview) == ["boiler"], timeout=2000)
    assert "boiler" in window.editor.body_edit.toPlainText()  # the text itself is untouched
    cursor = window.editor.body_edit.textCursor()
    assert cursor.position() == window.editor.body_edit.toPlainText().index("boiler")  # the match is in view
    window.search_edit.setText("")
    qtbot.waitUntil(lambda: not window.editor.body_edit.extraSelections(), timeout=2000)


def test_results_show_house_dates_and_plain_snippets_in_rows_that_fit_them(qtbot, open_window):
    window = open_window
    add_entries(window)
    search(qtbot, window, "boiler")
    model = window.results_model
    index = next(model.index(i) for i in range(model.rowCount()) if model.index(i).data() == "Home visit")
    assert index.data(Qt.ItemDataRole.UserRole + 4).startswith(house_date(dt.date(2025, 3, 4)))
    assert house_date(dt.date(2025, 3, 4)) == "4 Mar 2025"
    assert index.data(SNIPPET_TEXT_ROLE) == "Visit The boiler was broken."
    assert "<b>boiler</b>" in index.data(SNIPPET_HTML_ROLE) and "#" not in index.data(SNIPPET_HTML_ROLE)
    # A row is as tall as its wrapped text: a narrow list makes taller rows, nothing is cut.
    long_body = "The radiator and the old boiler in the back room made a noise all afternoon while we talked."
    window.session.entries.save(Entry(title="Long", body=long_body))
    window.search_edit.setText("radiator")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0).data() == "Long", timeout=2000)
    index = model.index(0)
    view = window.results_view
    window.resize(1400, 800)
    window.journal_view.setSizes([700, 700, 0])
    qtbot.waitUntil(lambda: view.viewport().width() > 500, timeout=2000)
    wide = view.visualRect(index).height()
    window.journal_view.setSizes([200, 1200, 0])
    qtbot.waitUntil(lambda: view.viewport().width() < 400, timeout=2000)
    qtbot.waitUntil(lambda: view.visualRect(index).height() > wide, timeout=2000)
    doc_height = view.itemDelegate()._document(_option(view), index, view.viewport().width() - 16).size().height()
    assert view.visualRect(index).height() >= doc_height


def _option(view):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return option


# -- trash -----------------------------------------------------------------


def test_delete_in_the_list_trashes_and_undo_brings_it_back_unchanged(qtbot, open_window):
    window = open_window
    add_entries(window)
    open_in_list(window, "Home visit")
    before = window.session.entries.get(window.editor.entry_id)
    window.activateWindow()
    window.entry_view.setFocus()
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Delete)
    assert "Home visit" not in titles(window)
    assert window.session.entries.get(before.id).in_trash
    bar = window.list_pane.undo_bar
    assert not bar.isHidden() and "trash" in bar.label.text()
    assert QApplication.focusWidget() is window.entry_view
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after = window.session.entries.get(before.id)
    assert not after.in_trash and bar.isHidden()
    assert (after.title, after.body, after.tags, after.happened_on) == (
        before.title, before.body, before.tags, before.happened_on
    )  # fmt: skip
    assert "Home visit" in titles(window) and window.editor.entry_id == before.id
    # The Undo button in the message does the same.
    window.trash_action.trigger()
    assert window.session.entries.get(before.id).in_trash
    bar.button("Undo").click()
    assert not window.session.entries.get(before.id).in_trash


def test_a_trashed_entry_is_read_only_under_a_bar_with_restore(qtbot, open_window):
    window = open_window
    add_entries(window)
    open_in_list(window, "Core group")
    window.trash_action.trigger()
    window.trash_check.setChecked(True)
    open_in_list(window, "Core group")
    pane = window.editor_pane
    assert pane.read_only and not pane.trash_bar.isHidden()
    assert window.editor.body_edit.isReadOnly() and window.editor.title_edit.isReadOnly()
    qtbot.keyClicks(window.editor.body_edit, "more")
    assert window.editor.body_edit.toPlainText() == "School attendance is improving."
    pane.trash_bar.button("Restore").click()
    assert not pane.read_only and pane.trash_bar.isHidden() and not window.editor.body_edit.isReadOnly()
    entry_id = window.editor.entry_id
    assert not window.session.entries.get(entry_id).in_trash


def test_leaving_the_trash_leaves_the_trashed_entry(qtbot, open_window):
    window = open_window
    add_entries(window)
    open_in_list(window, "Supervision")
    trashed = window.editor.entry_id
    window.trash_action.trigger()
    window.trash_check.setChecked(True)
    open_in_list(window, "Supervision")
    assert window.editor.entry_id == trashed
    window.trash_check.setChecked(False)
    assert window.editor.entry_id != trashed and not window.editor_pane.read_only
    assert window.editor.title_edit.text() == "" and window.editor_pane.trash_bar.isHidden()


# -- tags, dates, kinds ------------------------------------------------------


def test_tags_keep_their_case_and_the_filter_matches_any_case(qtbot, open_window, type_text=None):
    window = open_window
    window.new_entry()
    window.editor.title_edit.setText("PLO")
    window.editor.tags_edit.setText("PLO, court")
    window.editor.tags_edit.textEdited.emit("PLO, court")
    assert window.save_now()
    saved = window.session.entries.get(window.editor.entry_id)
    assert saved.tags == ["court", "PLO"]
    assert [window.tag_filter.itemText(i) for i in range(1, window.tag_filter.count())] == ["court", "PLO"]
    window.new_entry()
    window.editor.title_edit.setText("later")
    window.editor.tags_edit.setText("plo")
    window.editor.tags_edit.textEdited.emit("plo")
    assert window.save_now()
    assert window.session.entries.get(window.editor.entry_id).tags == ["PLO"]  # one tag, first spelling
    window.tag_filter.setCurrentIndex(window.tag_filter.findData("PLO"))
    window.list_pane.on_filters_changed()
    assert sorted(titles(window)) == ["PLO", "later"]
    search(qtbot, window, "tag:plo")
    assert window.results_model.rowCount() == 2


def test_a_future_date_asks_once_without_stopping_the_save(qtbot, open_window):
    window = open_window
    window.new_entry()
    pane = window.editor_pane
    future = dt.date.today() + dt.timedelta(days=40)
    window.editor.title_edit.setText("Planned")
    window.editor.when_edit.setDate(QDate(future.year, future.month, future.day))
    assert window.save_now()
    assert window.session.entries.get(window.editor.entry_id).happened_on == future  # saved meanwhile
    assert not pane.date_bar.isHidden()
    assert pane.date_bar.label.text() == f"This entry is dated {house_date(future)}, in the future. Keep that date?"
    pane.date_bar.button("Keep the date").click()
    assert pane.date_bar.isHidden()
    later = future + dt.timedelta(days=1)
    window.editor.when_edit.setDate(QDate(later.year, later.month, later.day))
    assert window.save_now()
    assert pane.date_bar.isHidden()  # asked once for this entry
    # "Change it" goes to the date; opening another entry asks afresh.
    window.new_entry()
    window.editor.when_edit.setDate(QDate(future.year, future.month, future.day))
    assert window.save_now()
    pane.date_bar.button("Change it").click()
    assert pane.date_bar.isHidden() and window.editor.when_edit.hasFocus()
    # An entry with today's date never asks.
    window.new_entry()
    window.editor.title_edit.setText("Today")
    window.editor.title_edit.textEdited.emit("Today")
    assert window.save_now() and pane.date_bar.isHidden()


def test_the_new_kinds_are_offered(open_window):
    window = open_window
    labels = [window.editor.kind_combo.itemText(i) for i in range(window.editor.kind_combo.count())]
    for label in (
        "Strategy discussion",
        "Child in need meeting",
        "Child looked after review",
        "Family group conference",
        "Professionals' meeting",
    ):
        assert label in labels
        assert window.kind_filter.findText(label) > 0
    assert labels[-1] == "Other"


def test_delete_in_the_trash_asks_before_deleting_forever(qtbot, open_window, prompter):
    window = open_window
    add_entries(window)
    open_in_list(window, "Core group")
    entry_id = window.editor.entry_id
    window.trash_action.trigger()
    window.trash_check.setChecked(True)
    open_in_list(window, "Core group")
    window.entry_view.setFocus()
    prompter.confirm_answers.append(False)
    qtbot.keyClick(window.entry_view, Qt.Key.Key_Delete)
    assert prompter.kinds() == ["confirm"]
    assert window.session.entries.get(entry_id).in_trash  # kept: the answer was no


def test_undo_is_not_offered_after_the_journal_locks(qtbot, open_window):
    from tests.ui.conftest import unlock

    window = open_window
    add_entries(window)
    open_in_list(window, "Home visit")
    entry_id = window.editor.entry_id
    window.trash_action.trigger()
    window.session.lock("manual")
    assert window.list_pane.undo_bar.isHidden() and window.list_pane.undo_bar.label.text() == ""
    unlock(qtbot, window)
    window.entry_view.setFocus()
    window.main_actions.undo_trash_action.trigger()
    assert window.session.entries.get(entry_id).in_trash

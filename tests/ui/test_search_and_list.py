"""Search as you type with safe highlighting; the lazy, month-grouped list; filters."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reflectjournal.core.models import Entry
from reflectjournal.ui import entry_list
from reflectjournal.ui.entry_list import ENTRY_ID_ROLE, IS_HEADER_ROLE, EntryListModel
from reflectjournal.ui.search_results import SNIPPET_HTML_ROLE, snippet_html


def add_entries(window, entries):
    for entry in entries:
        window.session.entries.save(entry)
    window.list_pane.populate_filters()
    window.list_pane.reload()


SAMPLE = [
    Entry(
        title="Visit to the <img src=x> family",
        body="The kitchen was cold and the boiler broken.",
        kind="home_visit",
        happened_on=dt.date(2025, 3, 4),
        tags=["housing"],
    ),
    Entry(
        title="Core group",
        body="Agreed the plan. School attendance is improving.",
        kind="core_group",
        happened_on=dt.date(2025, 3, 20),
        tags=["school"],
    ),
    Entry(
        title="Supervision",
        body="Talked about the boiler and my worry for Sam.",
        kind="supervision",
        happened_on=dt.date(2025, 2, 11),
        tags=["housing", "self"],
    ),
]


def test_find_shortcut_focuses_search(qtbot, open_window):
    window = open_window
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.editor.body_edit.setFocus()
    window.find_action.trigger()
    assert window.search_edit.hasFocus() or window.focusWidget() is window.search_edit


def test_search_finds_ranks_and_highlights_safely(qtbot, open_window):
    window = open_window
    add_entries(window, SAMPLE)
    qtbot.keyClicks(window.search_edit, "boiler")
    qtbot.waitUntil(lambda: window.results_model.rowCount() == 2, timeout=2000)
    assert window.list_stack.currentWidget() is window.results_view
    first = window.results_model.index(0)
    html = first.data(SNIPPET_HTML_ROLE)
    assert "<b>boiler</b>" in html
    titles = [window.results_model.index(i).data(Qt.ItemDataRole.DisplayRole) for i in range(2)]
    assert "Visit to the <img src=x> family" in titles
    # Only our own <b> tags: title text is escaped wherever it is shown as HTML.
    assert snippet_html('1 < 2 & "x" \x02b\x03') == "1 &lt; 2 &amp; &quot;x&quot; <b>b</b>"
    assert snippet_html("a <img src=x> \x02b\x03") == "a <b>b</b>"  # raw HTML in Markdown is not text
    # Choosing a result opens the entry.
    window.results_view.setCurrentIndex(first)
    assert window.editor.entry_id == first.data(ENTRY_ID_ROLE)
    # Clearing the search shows the list again.
    window.search_edit.setText("")
    qtbot.waitUntil(lambda: window.list_stack.currentWidget() is window.entry_view, timeout=2000)


def test_search_with_no_match_says_so(qtbot, open_window):
    add_entries(open_window, SAMPLE)
    qtbot.keyClicks(open_window.search_edit, "zzzzqqq")
    qtbot.waitUntil(lambda: open_window.list_stack.currentWidget() is open_window.results_empty, timeout=2000)


def test_list_groups_by_month_newest_first(open_window):
    window = open_window
    add_entries(window, SAMPLE)
    model = window.entry_model
    rows = [
        (model.index(i).data(IS_HEADER_ROLE), model.index(i).data(Qt.ItemDataRole.DisplayRole))
        for i in range(model.rowCount())
    ]
    assert rows == [
        (True, "March 2025"),
        (False, "Core group"),
        (False, "Visit to the <img src=x> family"),
        (True, "February 2025"),
        (False, "Supervision"),
    ]
    assert not (model.flags(model.index(0)) & Qt.ItemFlag.ItemIsSelectable)


def test_filters_tag_kind_date_and_trash(qtbot, open_window):
    window = open_window
    add_entries(window, SAMPLE)

    def titles():
        m = window.entry_model
        return [m.index(i).data() for i in range(m.rowCount()) if not m.index(i).data(IS_HEADER_ROLE)]

    window.tag_filter.setCurrentIndex(window.tag_filter.findData("housing"))
    window.list_pane.on_filters_changed()
    assert titles() == ["Visit to the <img src=x> family", "Supervision"]
    window.tag_filter.setCurrentIndex(0)
    window.kind_filter.setCurrentIndex(window.kind_filter.findData("core_group"))
    window.list_pane.on_filters_changed()
    assert titles() == ["Core group"]
    window.kind_filter.setCurrentIndex(0)
    window.from_filter.setDate(dt.date(2025, 3, 1))
    assert titles() == ["Core group", "Visit to the <img src=x> family"]
    window.to_filter.setDate(dt.date(2025, 3, 10))
    assert titles() == ["Visit to the <img src=x> family"]
    window.from_filter.setDate(window.from_filter.minimumDate())
    window.to_filter.setDate(window.to_filter.minimumDate())
    # Trash: move the open entry to the trash, see it there, restore it.
    row = window.entry_model.row_of(
        [
            s.id
            for s in window.session.entries.summaries(window.session.journal_for_tests.entries.ids())
            if s.title == "Supervision"
        ][0]
    )
    window.entry_view.setCurrentIndex(window.list_index(row))
    window.trash_action.trigger()
    assert "Supervision" not in titles()
    window.trash_check.setChecked(True)
    assert titles() == ["Supervision"]
    window.entry_view.setCurrentIndex(window.list_index(1))
    window.restore_action.trigger()
    assert titles() == []
    window.trash_check.setChecked(False)
    assert "Supervision" in titles()


def test_model_fetches_summaries_lazily_in_chunks(open_window):
    window = open_window
    window.session.journal_for_tests.entries.save_many(
        [Entry(title=f"Entry {i}", happened_on=dt.date(2020, 1, 1) + dt.timedelta(days=i // 3)) for i in range(3000)]
    )
    calls: list[int] = []

    def counting_fetch(ids):
        calls.append(len(ids))
        return window.session.entries.summaries(ids)

    model = EntryListModel()
    flt = window.list_pane.current_filter()
    model.load(window.session.entries.ids(flt), window.session.entries.month_counts(flt), counting_fetch, {})
    assert model.entry_count() == 3000
    assert calls == []  # loading reads no summaries
    model.index(1).data()
    model.index(5).data()
    assert len(calls) == 1 and calls[0] <= entry_list.CHUNK
    model.index(model.rowCount() - 1).data()
    assert len(calls) == 2
    assert sum(calls) <= 2 * entry_list.CHUNK
    # Every row maps back: headings where months start, ids in order.
    ids = window.session.entries.ids(flt)
    assert model.row_of(ids[0]) == 1
    assert model.row_of(ids[-1]) == model.rowCount() - 1
    for entry_id in ids[::97]:
        assert model.index(model.row_of(entry_id)).data(ENTRY_ID_ROLE) == entry_id
    headers = [r for r in range(model.rowCount()) if model.index(r).data(IS_HEADER_ROLE)]
    assert len(headers) == len(window.session.entries.month_counts(flt))


def test_scrolling_everything_keeps_a_bounded_number_of_summaries(open_window, monkeypatch):
    window = open_window
    window.session.journal_for_tests.entries.save_many([Entry(title=f"Entry {i}") for i in range(1000)])
    monkeypatch.setattr(entry_list, "MAX_CACHED", 300)
    model = EntryListModel()
    flt = window.list_pane.current_filter()
    model.load(
        window.session.entries.ids(flt), window.session.entries.month_counts(flt), window.session.entries.summaries, {}
    )
    titles = {model.index(row).data() for row in range(model.rowCount())}  # end to end, as a scroll would
    assert {f"Entry {i}" for i in range(1000)} <= {str(t) for t in titles if t}
    assert len(model.cached_summaries()) <= 300
    assert model.index(1).data()  # scrolled back to the top: fetched again, still right


def test_after_unlock_the_list_shows_at_once_and_reads_the_older_ids_once_painted(qtbot, open_window, monkeypatch):
    """Issue 19: the unlock reads only the newest ids (core.first_screen); the
    list has every row, headings included, straight away, and the rest of
    the ids are read shortly after, or when a row past them is asked for."""
    from reflectjournal.core import first_screen
    from tests.ui.conftest import unlock

    window = open_window
    add_entries(
        window, [Entry(title=f"Visit {k}", happened_on=dt.date(2024, 1, 1) + dt.timedelta(days=k)) for k in range(149)]
    )
    expected = [
        window.entry_model.data(window.entry_model.index(r), Qt.ItemDataRole.DisplayRole)
        for r in range(window.entry_model.rowCount())
    ]
    monkeypatch.setattr(first_screen, "FIRST_IDS", 100)  # more than the window shows
    window.session.lock("manual")
    unlock(qtbot, window)
    model = window.entry_model
    assert model.has_ids_to_read()  # only a hundred were read with the first screen
    assert model.entry_count() == 149 and model.rowCount() == len(expected)
    qtbot.waitUntil(lambda: not model.has_ids_to_read(), timeout=5_000)
    got = [model.data(model.index(r), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
    assert got == expected


def test_a_row_past_the_first_ids_is_shown_before_the_rest_are_read(qtbot, open_window, monkeypatch):
    from reflectjournal.core import first_screen
    from tests.ui.conftest import unlock

    window = open_window
    add_entries(
        window, [Entry(title=f"Visit {k}", happened_on=dt.date(2024, 1, 1) + dt.timedelta(days=k)) for k in range(149)]
    )
    monkeypatch.setattr(first_screen, "FIRST_IDS", 100)
    monkeypatch.setattr(entry_list, "READ_REST_AFTER_MS", 60_000)  # not before the test asks
    window.session.lock("manual")
    unlock(qtbot, window)
    model = window.entry_model
    assert model.has_ids_to_read()
    last = model.rowCount() - 1
    assert model.data(model.index(last), Qt.ItemDataRole.DisplayRole) == "Visit 0"  # the oldest
    assert not model.has_ids_to_read()


def test_ids_read_later_that_no_longer_match_the_counts_ask_for_a_reload(qtbot, monkeypatch):
    from reflectjournal.core.first_screen import LaterIds

    monkeypatch.setattr(entry_list, "READ_REST_AFTER_MS", 0)
    model = EntryListModel()
    ids = LaterIds([5, 4], 4, lambda: [6, 5, 4, 3, 2])  # an entry was written in between
    with qtbot.waitSignal(model.ids_stale, timeout=2_000):
        model.load(ids, [("2025-02", 4)], lambda chunk: [], {})
    fine = LaterIds([5, 4], 4, lambda: [5, 4, 3, 2])
    with qtbot.assertNotEmitted(model.ids_stale, wait=100):
        model.load(fine, [("2025-02", 4)], lambda chunk: [], {})
    assert not model.has_ids_to_read()

"""The left side of the journal view: the search box, the filters, and the
entry list or the search results under them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.models import Entry, EntryFilter
from .calendar_filter import CalendarButton, set_filter_dates
from .entry_list import ENTRY_ID_ROLE, EntryDelegate, EntryListModel
from .filters import DateFilter, EmptyList
from .message_bar import MessageBar
from .search_results import SearchLineEdit, SearchResultDelegate, SearchResultsModel, search_notes_text
from .session import JournalSession

SEARCH_DEBOUNCE_MS = 150
CLEAR_FILTERS_SHORTCUT = "Ctrl+Shift+F"


class EntryListPane(QWidget):
    """Lists the entries the filters let through, or what a search found.

    ``current_entry`` tells which entry the editor shows, so the list keeps
    it selected. The pane reads from the session; it opens nothing itself but
    says which entry was chosen."""

    entry_chosen = Signal(int)  # picked in the list or the results
    result_activated = Signal(int)  # Enter or a double click on a search result
    kinds_loaded = Signal(object)  # list[Kind], as the kind filter was filled
    tags_loaded = Signal(object)  # list[str], as the tag filter was filled
    searched = Signal(str)  # the search text now shown ("" for none)

    def __init__(self, session: JournalSession, current_entry: Callable[[], int | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._current_entry = current_entry
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)

        self.search_edit = SearchLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search the journal"))
        self.search_edit.setClearButtonEnabled(True)
        for button in self.search_edit.findChildren(QToolButton):  # the clear button: no text of its own
            button.setAccessibleName(self.tr("Clear the search"))

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show entries of this kind"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Show entries with this tag"))
        for combo in (self.kind_filter, self.tag_filter):
            # As narrow as a short word, not the longest kind or tag: the list
            # pane must fit a 1024-pixel screen beside the editor (the open
            # list shows every item whole).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.from_date = DateFilter(self.tr("From date"))
        self.to_date = DateFilter(self.tr("To date"))
        self.from_filter, self.to_filter = self.from_date.edit, self.to_date.edit
        self.calendar_button = CalendarButton(
            lambda first, last: set(self.session.entries.days_reflected(first, last)),
            lambda first, last: set_filter_dates(self.from_date, self.to_date, first, last, self.on_filters_changed),
            self.from_filter.value,
        )
        self.trash_check = QCheckBox(self.tr("Trash"))
        self.trash_check.setAccessibleName(self.tr("Show the trash"))
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_filters_action = QAction(self.tr("Clear filters"), self)
        self.clear_filters_action.setShortcut(QKeySequence(CLEAR_FILTERS_SHORTCUT))
        self.clear_filters_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.clear_filters_action.setObjectName("clearFilters")
        self.clear_filters_button.setToolTip(
            self.tr("Show every entry again (%1)").replace(
                "%1", QKeySequence(CLEAR_FILTERS_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.addAction(self.clear_filters_action)
        self.clear_filters_button.setEnabled(False)  # nothing to clear yet
        self.clear_filters_action.setEnabled(False)

        self.entry_model = EntryListModel(self)
        self.entry_model.ids_stale.connect(self.reload)
        # A forwarding proxy: see entry_list's docstring (rowCount from C++).
        self.entry_proxy = QSortFilterProxyModel(self)
        self.entry_proxy.setSourceModel(self.entry_model)
        self.entry_view = QListView()
        self.entry_view.setModel(self.entry_proxy)
        self.entry_view.setItemDelegate(EntryDelegate(self.entry_view))
        self.entry_view.setUniformItemSizes(True)
        self.entry_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_view.setAccessibleName(self.tr("Entries"))
        self.entry_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.results_model = SearchResultsModel(self)
        self.results_view = QListView()
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(SearchResultDelegate(self.results_view))
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)  # rows follow their wrapped text
        self.results_view.setWordWrap(True)
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_empty = QLabel(self.tr("Nothing found."))
        self.results_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.results_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # How a search was bounded (a short or broad prefix, more matches than shown).
        self.results_note = QLabel()
        self.results_note.setTextFormat(Qt.TextFormat.PlainText)
        self.results_note.setWordWrap(True)
        self.results_note.hide()
        # The entry being edited is not listed (the filters or the trash view leave it out).
        self.hidden_note = QLabel()
        self.hidden_note.setTextFormat(Qt.TextFormat.PlainText)
        self.hidden_note.setWordWrap(True)
        self.hidden_note.hide()
        self.undo_bar = MessageBar(self.tr("Undo"))  # "Moved to the trash. [Undo]"
        self.empty_list = EmptyList()
        self.list_empty = self.empty_list.label

        self.list_stack = QStackedWidget()
        for widget in (self.entry_view, self.results_view, self.results_empty, self.empty_list):
            self.list_stack.addWidget(widget)

        self._build_layout()
        self._connect_signals()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search_edit)
        filters = QGridLayout()
        # Visible labels, each the buddy of its field: a screen reader reads a
        # combo box's label from it (on Linux its name is its current value).
        # Each label sits above its field, so the pane stays narrow enough
        # for a 1024-pixel screen.
        filters.setVerticalSpacing(2)
        for row, column, text, field, shown in (
            (0, 0, self.tr("Kind:"), self.kind_filter, self.kind_filter),
            (0, 1, self.tr("Tag:"), self.tag_filter, self.tag_filter),
            (2, 0, self.tr("From:"), self.from_filter, self.from_date),
            (2, 1, self.tr("To:"), self.to_filter, self.to_date),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            if field is self.to_filter:  # "To:" with the calendar at its right
                beside = QHBoxLayout()
                beside.addWidget(label)
                beside.addStretch(1)
                beside.addWidget(self.calendar_button)
                filters.addLayout(beside, row, column)
            else:
                filters.addWidget(label, row, column)
            filters.addWidget(shown, row + 1, column)
        filters.setColumnStretch(0, 1)
        filters.setColumnStretch(1, 1)
        filters.addWidget(self.trash_check, 4, 0)
        filters.addWidget(self.clear_filters_button, 4, 1)
        layout.addLayout(filters)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.results_note)
        layout.addWidget(self.list_stack, 1)
        QWidget.setTabOrder(self.search_edit, self.kind_filter)
        QWidget.setTabOrder(self.kind_filter, self.tag_filter)
        QWidget.setTabOrder(self.tag_filter, self.from_filter)
        QWidget.setTabOrder(self.from_filter, self.to_filter)
        QWidget.setTabOrder(self.to_filter, self.calendar_button)
        QWidget.setTabOrder(self.calendar_button, self.trash_check)
        QWidget.setTabOrder(self.trash_check, self.clear_filters_button)
        QWidget.setTabOrder(self.clear_filters_button, self.entry_view)
        QWidget.setTabOrder(self.entry_view, self.results_view)

    def _connect_signals(self) -> None:
        """The pane's own widgets; the window connects the pane to the rest."""
        self.entry_view.selectionModel().currentChanged.connect(self._on_entry_view_current_changed)
        self.results_view.selectionModel().currentChanged.connect(self._on_results_view_current_changed)
        self.results_view.activated.connect(self._on_results_view_activated)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_timer.timeout.connect(self.run_search)
        for combo in (self.kind_filter, self.tag_filter):
            combo.activated.connect(self.on_filters_changed)
        for date_edit in (self.from_filter, self.to_filter):
            date_edit.dateChanged.connect(self.on_filters_changed)
        self.trash_check.toggled.connect(self.on_filters_changed)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.clear_filters_action.triggered.connect(self.clear_filters)
        self.empty_list.clear_requested.connect(self.clear_filters)
        self.search_edit.down_pressed.connect(self._on_search_edit_down_pressed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)

    def add_below_list(self, widget: QWidget) -> None:
        """Room under the list (the supervision search hits)."""
        self.layout().addWidget(widget)

    # -- filters ---------------------------------------------------------

    def current_filter(self) -> EntryFilter:
        return EntryFilter(
            tag=self.tag_filter.currentData() or None,
            kind=self.kind_filter.currentData() or None,
            date_from=self.from_filter.value(),
            date_to=self.to_filter.value(),
            trash=self.trash_check.isChecked(),
        )

    def clear_filters(self) -> None:
        """Every filter back to showing everything: all kinds, all tags, any
        date, not the trash. The search text stays."""
        widgets = (self.kind_filter, self.tag_filter, self.from_filter, self.to_filter, self.trash_check)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.kind_filter.setCurrentIndex(0)
            self.tag_filter.setCurrentIndex(0)
            self.from_filter.set_any()
            self.to_filter.set_any()
            self.trash_check.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.from_date.update_button()
        self.to_date.update_button()
        self.on_filters_changed()

    def _kind_labels(self) -> dict[str, str]:
        return {kind.key: kind.label for kind in self.session.entries.kinds()}

    def populate_filters(self) -> None:
        kinds = self.session.entries.kinds()
        self.kinds_loaded.emit(kinds)
        _refill_filter(self.kind_filter, self.tr("All kinds"), [(kind.label, kind.key) for kind in kinds])
        self.populate_tags()

    def populate_tags(self) -> None:
        tags = self.session.entries.tag_names()
        self.tags_loaded.emit(tags)
        _refill_filter(self.tag_filter, self.tr("All tags"), [(tag, tag) for tag in tags])

    def on_filters_changed(self, *_args) -> None:
        active = self.current_filter() != EntryFilter()
        self.clear_filters_button.setEnabled(active)
        self.clear_filters_action.setEnabled(active)
        self.reload()
        if self.search_edit.text().strip():
            self.run_search()

    # -- the list --------------------------------------------------------

    def reload(self) -> None:
        if not self.session.is_unlocked:
            return
        flt = self.current_filter()
        self.entry_model.load(
            self.session.entries.ids(flt),
            self.session.entries.month_counts(flt),
            self.session.entries.summaries,
            self._kind_labels(),
        )
        self.select(self._current_entry())
        if not self.search_edit.text().strip():
            self._show_list()

    def _show_list(self) -> None:
        has_rows = self.entry_model.rowCount() > 0
        if not has_rows:
            flt = self.current_filter()
            everything = EntryFilter(trash=flt.trash)
            hidden = len(self.session.entries.ids(everything)) if flt != everything else 0
            self.empty_list.show_state(trash=flt.trash, hidden=hidden)
        self.list_stack.setCurrentWidget(self.entry_view if has_rows else self.empty_list)

    def select(self, entry_id: int | None) -> None:
        """Show ``entry_id`` as the selected entry, without choosing it again."""
        row = self.entry_model.row_of(entry_id) if entry_id is not None else None
        selection = self.entry_view.selectionModel()
        selection.blockSignals(True)
        try:
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            else:
                index = self.list_index(row)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.entry_view.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.entry_view.viewport().update()
        searching = bool(self.search_edit.text().strip())  # the results show instead of the list
        hidden = entry_id is not None and row is None and self.session.is_unlocked and not searching
        if hidden:
            self.hidden_note.setText(
                self.tr("The entry on the right is not in the trash.")
                if self.trash_check.isChecked()
                else self.tr("The entry on the right is not in this list: the filters leave it out.")
            )
        self.hidden_note.setVisible(hidden)

    def list_index(self, row: int) -> QModelIndex:
        """The view's index for a row of the entry model."""
        return self.entry_proxy.mapFromSource(self.entry_model.index(row))

    def on_entry_saved(self, saved: Entry, was_new: bool) -> None:
        """Refresh only what a save changed: a new tag, the entry's row, or its place."""
        if set(saved.tags) - {self.tag_filter.itemData(i) for i in range(self.tag_filter.count())}:
            self.populate_tags()
        row_before = self.entry_model.row_of(saved.id) if not was_new else None
        summary_moved = True
        if not was_new and row_before is not None:
            cached = {s.id: s for s in self.entry_model.cached_summaries()}.get(saved.id)
            summary_moved = (
                cached is None or cached.happened_on != saved.happened_on or cached.happened_at != saved.happened_at
            )
        if was_new or summary_moved or not self.current_filter().matches(saved):
            self.reload()  # a new entry, a new place, or the filters no longer let it in
        else:
            self.entry_model.refresh_entry(int(saved.id))

    def _on_entry_view_current_changed(self, current, _previous) -> None:
        entry_id = current.data(ENTRY_ID_ROLE) if current.isValid() else None
        if entry_id is not None:
            self.entry_chosen.emit(int(entry_id))

    def _on_results_view_current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.entry_chosen.emit(int(current.data(ENTRY_ID_ROLE)))

    def _on_results_view_activated(self, index) -> None:
        if index.isValid():
            self.result_activated.emit(int(index.data(ENTRY_ID_ROLE)))

    # -- search ----------------------------------------------------------

    def _on_search_edit_down_pressed(self) -> None:
        """Down in the search box goes to the first result (or entry)."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.run_search()
        view = self.list_stack.currentWidget()
        if view is self.results_view and self.results_model.rowCount():
            view.setFocus(Qt.FocusReason.TabFocusReason)
            if not view.currentIndex().isValid():
                view.setCurrentIndex(self.results_model.index(0))
        elif view is self.entry_view and self.entry_model.entry_count():
            view.setFocus(Qt.FocusReason.TabFocusReason)
            if not view.currentIndex().isValid():
                first = next(
                    r
                    for r in range(self.entry_model.rowCount())
                    if self.entry_model.index(r).flags() & Qt.ItemFlag.ItemIsSelectable
                )
                view.setCurrentIndex(self.list_index(first))

    def _on_search_edit_return_pressed(self) -> None:
        """Enter in the search box opens the chosen result, or the first."""
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.run_search()
        if self.list_stack.currentWidget() is not self.results_view or not self.results_model.rowCount():
            return
        index = self.results_view.currentIndex()
        if not index.isValid():
            index = self.results_model.index(0)
            self.results_view.setCurrentIndex(index)
        self.result_activated.emit(int(index.data(ENTRY_ID_ROLE)))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def run_search(self) -> None:
        if not self.session.is_unlocked:
            return
        text = self.search_edit.text().strip()
        note = ""
        if not text:
            self.results_model.clear()
            self.searched.emit("")
            self.select(self._current_entry())
            self._show_list()
        else:
            self.hidden_note.hide()
            hits = self.session.entries.search(text, self.current_filter())
            self.results_model.set_hits(hits, self._kind_labels())
            note = search_notes_text(getattr(hits, "notes", ()))
            self.searched.emit(text)
            self.list_stack.setCurrentWidget(self.results_view if hits else self.results_empty)
        self.results_note.setText(note)
        self.results_note.setVisible(bool(note))

    # -- locking ---------------------------------------------------------

    def clear(self) -> None:
        """Leave nothing of the journal in the list, the results, the filters or
        the search box (or its undo history)."""
        self.search_timer.stop()
        self.search_edit.setText("")  # setText also empties its undo history
        self.results_model.clear()
        self.undo_bar.dismiss()
        self.hidden_note.hide()
        self.hidden_note.setText("")
        self.results_note.setText("")
        self.results_note.hide()
        self.entry_model.clear()
        for combo in (self.kind_filter, self.tag_filter):
            combo.clear()
        for edit in (self.from_filter, self.to_filter, self.trash_check):
            edit.blockSignals(True)
        self.from_filter.set_any()
        self.to_filter.set_any()
        self.trash_check.setChecked(False)
        for edit in (self.from_filter, self.to_filter, self.trash_check):
            edit.blockSignals(False)
        self.empty_list.show_state(trash=False, hidden=0)
        self.clear_filters_button.setEnabled(False)
        self.clear_filters_action.setEnabled(False)
        self.list_stack.setCurrentWidget(self.empty_list)


def _refill_filter(combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
    """``everything`` (no filter) then each (label, value), keeping the value
    chosen before if it is still offered."""
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, "")
    for label, value in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current or "")))

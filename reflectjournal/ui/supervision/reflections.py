"""Choosing the reflections a supervision session draws on.

The candidates start as the reflections since the last held session
(:meth:`SupervisionStore.reflections_since_last`); a search box and filters
change them. Ticking a candidate links it to the session; links are
many-to-many, so one reflection can be brought to several sessions.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.models import EntryFilter, EntrySummary, SupervisionSession
from .labels import entry_line, from_qdate, long_date, tr
from .service import SupervisionService

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DEBOUNCE_MS = 200
_NO_DATE = QDate(1900, 1, 1)


class ReflectionPicker(QWidget):
    """Candidates with checkboxes, and the reflections linked so far."""

    links_changed = Signal()  # the user linked or unlinked a reflection
    open_entry_requested = Signal(int)

    def __init__(self, service: SupervisionService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self._session: SupervisionSession | None = None
        self._linked: list[int] = []
        self._summaries: dict[int, EntrySummary] = {}
        self._kind_labels: dict[str, str] = {}
        self._filling = False

        self.since_label = QLabel()
        self.since_label.setTextFormat(Qt.TextFormat.PlainText)
        self.since_label.setWordWrap(True)
        self.since_check = QCheckBox(tr("Only since the last supervision"))
        self.since_check.setChecked(True)
        self.since_check.setToolTip(tr("Untick to look further back"))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Search reflections"))
        self.search_edit.setAccessibleName(tr("Search reflections"))
        self.search_edit.setClearButtonEnabled(True)
        for button in self.search_edit.findChildren(QToolButton):  # the clear button: no text of its own
            button.setAccessibleName(tr("Clear the search"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Show reflections of this kind"))
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(tr("Show reflections with this tag"))
        self.from_filter = QDateEdit()
        self.to_filter = QDateEdit()
        for edit, name in ((self.from_filter, tr("From date")), (self.to_filter, tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(_NO_DATE)
            edit.setSpecialValueText(tr("Any date"))
            edit.setDate(_NO_DATE)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)

        self.candidates = QListWidget()
        self.candidates.setAccessibleName(tr("Reflections to choose from"))
        self.candidates.setToolTip(tr("Tick the reflections to bring to this session. Space ticks; Enter opens."))
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates_empty = QLabel()
        self.candidates_empty.setTextFormat(Qt.TextFormat.PlainText)
        self.candidates_empty.setWordWrap(True)

        self.linked_list = QListWidget()
        self.linked_list.setAccessibleName(tr("Reflections linked to this session"))
        self.linked_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.open_button = QPushButton(tr("&Open in journal"))
        self.open_button.setAccessibleDescription(tr("Open the chosen reflection in the journal"))
        self.unlink_button = QPushButton(tr("&Unlink"))
        self.unlink_button.setAccessibleName(tr("Unlink the chosen reflection from this session"))
        self.linked_count = QLabel()
        self.linked_count.setTextFormat(Qt.TextFormat.PlainText)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)

        self._build_layout()
        self._connect_signals()
        self._update_buttons()

    def _build_layout(self) -> None:
        choose = QGroupBox(tr("Reflections to choose from"))
        choose_layout = QVBoxLayout(choose)
        choose_layout.addWidget(self.since_label)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 2)
        # Visible labels, buddies of the boxes: a screen reader reads a combo
        # box's label from its buddy (on Linux its name is its current value).
        for text, combo in ((tr("Kind:"), self.kind_filter), (tr("Tag:"), self.tag_filter)):
            label = QLabel(text)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo, 1)
        choose_layout.addLayout(row)
        dates = QHBoxLayout()
        dates.addWidget(self.since_check)
        dates.addStretch(1)
        from_label = QLabel(tr("&From"))
        from_label.setBuddy(self.from_filter)
        to_label = QLabel(tr("&to"))
        to_label.setBuddy(self.to_filter)
        dates.addWidget(from_label)
        dates.addWidget(self.from_filter)
        dates.addWidget(to_label)
        dates.addWidget(self.to_filter)
        choose_layout.addLayout(dates)
        choose_layout.addWidget(self.candidates, 1)
        choose_layout.addWidget(self.candidates_empty)

        linked = QGroupBox(tr("Linked to this session"))
        linked_layout = QVBoxLayout(linked)
        linked_layout.addWidget(self.linked_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.linked_count, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.unlink_button)
        linked_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(choose)
        splitter.addWidget(linked)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for first, second in (
            (self.search_edit, self.kind_filter),
            (self.kind_filter, self.tag_filter),
            (self.tag_filter, self.since_check),
            (self.since_check, self.from_filter),
            (self.from_filter, self.to_filter),
            (self.to_filter, self.candidates),
            (self.candidates, self.linked_list),
            (self.linked_list, self.open_button),
            (self.open_button, self.unlink_button),
        ):
            QWidget.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.refresh_candidates)
        for combo in (self.kind_filter, self.tag_filter):
            combo.activated.connect(self.refresh_candidates)
        for edit in (self.from_filter, self.to_filter):
            edit.dateChanged.connect(self.refresh_candidates)
        self.since_check.toggled.connect(self.refresh_candidates)
        self.candidates.itemChanged.connect(self._on_candidate_changed)
        self.candidates.itemActivated.connect(self._on_item_activated)
        self.linked_list.itemActivated.connect(self._on_item_activated)
        self.linked_list.currentItemChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.unlink_button.clicked.connect(self._on_unlink_clicked)

    # -- state -----------------------------------------------------------

    def load(self, session: SupervisionSession, kind_labels: dict[str, str], tags: list[str]) -> None:
        self._session = session
        self._linked = list(session.entry_ids)
        self._kind_labels = dict(kind_labels)
        self._filling = True
        try:
            self.kind_filter.clear()
            self.kind_filter.addItem(tr("All kinds"), "")
            for key, label in kind_labels.items():
                self.kind_filter.addItem(label, key)
            self.tag_filter.clear()
            self.tag_filter.addItem(tr("All tags"), "")
            for tag in tags:
                self.tag_filter.addItem(tag, tag)
            self.search_edit.setText("")
            self.since_check.setChecked(True)
            self.from_filter.setDate(_NO_DATE)
            self.to_filter.setDate(_NO_DATE)
        finally:
            self._filling = False
        self._search_timer.stop()
        self._summaries = {s.id: s for s in self.service.summaries(self._linked)}
        self._update_since_label()
        self.refresh_candidates()
        self._fill_linked()

    def set_session_header(self, session: SupervisionSession) -> None:
        """The date may have changed: the 'since' window moves with it."""
        if self._session is None:
            return
        self._session.held_on = session.held_on
        self._session.status = session.status
        self._update_since_label()

    @property
    def linked_ids(self) -> list[int]:
        return list(self._linked)

    def summary(self, entry_id: int) -> EntrySummary | None:
        return self._summaries.get(entry_id)

    @property
    def kind_labels(self) -> dict[str, str]:
        return dict(self._kind_labels)

    def clear_all(self) -> None:
        self._search_timer.stop()
        self._filling = True
        try:
            self._session = None
            self._linked = []
            self._summaries = {}
            self.search_edit.setText("")
            self.candidates.clear()
            self.linked_list.clear()
            self.kind_filter.clear()
            self.tag_filter.clear()
            self.since_label.setText("")
            self.candidates_empty.setText("")
            self.linked_count.setText("")
        finally:
            self._filling = False

    # -- candidates ------------------------------------------------------

    def _filter(self) -> EntryFilter:
        def date_of(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value == _NO_DATE else from_qdate(value)

        return EntryFilter(
            tag=self.tag_filter.currentData() or None,
            kind=self.kind_filter.currentData() or None,
            date_from=date_of(self.from_filter),
            date_to=date_of(self.to_filter),
        )

    def _update_since_label(self) -> None:
        if self._session is None or not self.service.is_unlocked:
            return
        last = self.service.last_held(self._session)
        if last is None:
            self.since_label.setText(tr("There is no earlier held session, so every reflection is offered."))
            self.since_check.setEnabled(False)
        else:
            self.since_label.setText(
                tr("Reflections since your last supervision on %1, less those already discussed there.").replace(
                    "%1", long_date(last.held_on)
                )
            )
            self.since_check.setEnabled(True)

    def refresh_candidates(self, *_args) -> None:
        if self._filling or self._session is None or not self.service.is_unlocked:
            return
        flt = self._filter()
        text = self.search_edit.text().strip()
        if self.since_check.isChecked():
            since = self.service.reflections_since_last(self._session, flt)
            if text:
                allowed = {s.id for s in since}
                found = [s for s in self.service.search_entries(text, flt) if s.id in allowed]
            else:
                found = since
        elif text:
            found = self.service.search_entries(text, flt)
        else:
            found = self.service.list_entries(flt)
        self._fill_candidates(found)

    def _fill_candidates(self, found: list[EntrySummary]) -> None:
        self._filling = True
        try:
            self.candidates.clear()
            linked = set(self._linked)
            for summary in found:
                self._summaries.setdefault(summary.id, summary)
                item = QListWidgetItem(entry_line(summary, self._kind_labels))
                item.setData(ENTRY_ID_ROLE, summary.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if summary.id in linked else Qt.CheckState.Unchecked)
                self.candidates.addItem(item)
        finally:
            self._filling = False
        if found:
            self.candidates_empty.setText("")
            self.candidates_empty.hide()
        else:
            self.candidates_empty.setText(
                tr("No reflections match. Try other words, or untick “Only since the last supervision”.")
            )
            self.candidates_empty.show()

    def _on_candidate_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        entry_id = int(item.data(ENTRY_ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self.link(entry_id)
        else:
            self.unlink(entry_id)

    def link(self, entry_id: int) -> None:
        if entry_id in self._linked:
            return
        if entry_id not in self._summaries:
            self._summaries.update({s.id: s for s in self.service.summaries([entry_id])})
        self._linked.append(entry_id)
        self._linked.sort(
            key=lambda i: (self._summaries[i].happened_on, i) if i in self._summaries else (dt.date.max, i)
        )
        self._sync_candidate(entry_id, True)
        self._fill_linked()
        self.links_changed.emit()

    def unlink(self, entry_id: int) -> None:
        if entry_id not in self._linked:
            return
        self._linked.remove(entry_id)
        self._sync_candidate(entry_id, False)
        self._fill_linked()
        self.links_changed.emit()

    def _sync_candidate(self, entry_id: int, checked: bool) -> None:
        self._filling = True
        try:
            for row in range(self.candidates.count()):
                item = self.candidates.item(row)
                if item.data(ENTRY_ID_ROLE) == entry_id:
                    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    # -- linked ----------------------------------------------------------

    def _fill_linked(self) -> None:
        current = self.linked_list.currentItem()
        keep = current.data(ENTRY_ID_ROLE) if current is not None else None
        self.linked_list.clear()
        for entry_id in self._linked:
            summary = self._summaries.get(entry_id)
            if summary is None:
                continue
            item = QListWidgetItem(entry_line(summary, self._kind_labels))
            item.setData(ENTRY_ID_ROLE, entry_id)
            if summary.in_trash:
                item.setText(item.text() + " " + tr("(in the trash)"))
            self.linked_list.addItem(item)
            if entry_id == keep:
                self.linked_list.setCurrentItem(item)
        count = len(self._linked)
        self.linked_count.setText(
            tr("No reflections linked yet.")
            if not count
            else tr("1 reflection linked.")
            if count == 1
            else tr("%n reflections linked.", "", count)
        )
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        has = self.linked_list.currentItem() is not None
        self.open_button.setEnabled(has)
        self.unlink_button.setEnabled(has)

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.open_entry_requested.emit(int(item.data(ENTRY_ID_ROLE)))

    def _on_open_clicked(self) -> None:
        item = self.linked_list.currentItem()
        if item is not None:
            self.open_entry_requested.emit(int(item.data(ENTRY_ID_ROLE)))

    def _on_unlink_clicked(self) -> None:
        item = self.linked_list.currentItem()
        if item is not None:
            self.unlink(int(item.data(ENTRY_ID_ROLE)))

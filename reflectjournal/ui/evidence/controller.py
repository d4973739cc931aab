"""Owns the evidence screens: the row under the entry editor and in the
CPD record's form naming the framework items they evidence, the picker
(Entry → Framework items it evidences…, or the row's button), and the
evidence map (Portfolio → Evidence map…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from ...core.errors import JournalError, StorageFull
from ..messages import error_text
from ..prompter import Prompter
from .labels import items_summary, tr
from .picker import EvidencePicker
from .row import EvidenceRow

if TYPE_CHECKING:
    from ..cpd.window import CpdWindow
    from ..session import Changes, JournalSession
    from ..supervision.window import SupervisionWindow
    from .map_window import EvidenceMapWindow


class EvidenceController(QObject):
    """``window`` is the main window (its editor pane, save_now, open_entry and cpd)."""

    def __init__(self, session: JournalSession, prompter: Prompter, window: QWidget):
        super().__init__(window)
        self._session, self._prompter, self._window = session, prompter, window
        self.service = session.evidence
        self._map: EvidenceMapWindow | None = None
        self.entry_action = QAction(tr("Framework items it e&vidences…"), window)
        self.entry_action.setObjectName("entryEvidence")
        self.entry_action.setToolTip(tr("Link this entry to the items of a professional framework it evidences"))
        self.map_action = QAction(tr("Evidence &map…"), window)
        self.map_action.setObjectName("evidenceMap")
        self.map_action.setToolTip(tr("Each framework item with the entries and records that evidence it"))
        for action in (self.entry_action, self.map_action):
            action.setEnabled(False)
            window.addAction(action)
        # Beside the tags: a button that says how many items the entry
        # evidences and names them (tooltip, screen reader); no row of its
        # own, the height is for writing.
        self.entry_button = QPushButton(tr("Evidence…"))
        self.entry_button.hide()
        pane = window.editor_pane  # type: ignore[attr-defined]
        pane.editor.add_beside_tags(self.entry_button)
        pane.editor.loaded.connect(self.refresh_entry_row)
        pane.saved.connect(lambda *_: self.refresh_entry_row())
        self.entry_button.clicked.connect(self.choose_for_entry)
        self.entry_action.triggered.connect(self.choose_for_entry)
        self.map_action.triggered.connect(self.show_map)
        self.record_row: EvidenceRow | None = None
        self.agenda_row: EvidenceRow | None = None
        session.unlocked.connect(self._on_unlocked)
        session.changed.connect(self._on_changed)
        session.register_lock_step("clear", self.clear)

    def fill_entry_menu(self, menu: QMenu) -> None:
        menu.addAction(self.entry_action)

    def fill_portfolio_menu(self, menu: QMenu) -> None:
        menu.addAction(self.map_action)

    # -- an entry ----------------------------------------------------------

    def _entry_id(self) -> int | None:
        entry_id = self._window.editor_pane.editor.entry_id  # type: ignore[attr-defined]
        return int(entry_id) if entry_id is not None else None

    def refresh_entry_row(self) -> None:
        entry_id = self._entry_id()
        button = self.entry_button
        if entry_id is None or not self.service.is_unlocked:
            self._show_entry_items(None)
            button.hide()
            return
        try:
            self._show_entry_items(self.service.links_of("entry", entry_id))
        except (JournalError, StorageFull):
            self._show_entry_items(None)
        button.show()

    def _show_entry_items(self, items: list[str] | None) -> None:
        button = self.entry_button
        if not items:
            button.setText(tr("Evidence…"))
            summary = tr("None yet") if items is not None else ""
        else:
            button.setText(tr("Evidence (%1)…").replace("%1", str(len(items))))
            summary = items_summary(items, self.service.frameworks())
        described = tr("Framework items it evidences: %1").replace("%1", summary) if summary else ""
        button.setToolTip(described)
        button.setAccessibleDescription(described)

    def choose_for_entry(self) -> list[str] | None:
        """The picker for the entry in the editor (saved first); the items kept, or None."""
        if not self.service.is_unlocked or not self._window.save_now():  # type: ignore[attr-defined]
            return None
        entry_id = self._entry_id()
        if entry_id is None:
            self._prompter.inform(self._window, tr("Framework items"), tr("Write and save an entry first."))
            return None
        return self._choose("entry", entry_id, suggest=True)

    # -- a CPD record --------------------------------------------------------

    def record_row_for(self, window: CpdWindow) -> EvidenceRow:
        """The row that takes the CPD form's "Professional standards" place."""
        row = EvidenceRow()
        self.record_row = row
        row.change_requested.connect(lambda: self.choose_for_record(window))
        window.editor.record_shown.connect(lambda: self._refresh_record_row(window))
        return row

    def _refresh_record_row(self, window: CpdWindow) -> None:
        row = self.record_row
        if row is None:
            return
        record_id = window.editor.record_id
        row.button.setEnabled(not window.editor.read_only)
        if record_id is None or not self.service.is_unlocked:
            row.show_items([], ())
            return
        try:
            row.show_items(self.service.links_of("cpd", record_id), self.service.frameworks())
        except (JournalError, StorageFull):
            row.clear()

    def choose_for_record(self, window: CpdWindow) -> list[str] | None:
        if not self.service.is_unlocked or window.editor.read_only or not window.save_now():
            return None
        record_id = window.editor.record_id
        if record_id is None:
            self._prompter.inform(window, tr("Framework items"), tr("Write something in the record first."))
            return None
        chosen = self._choose("cpd", record_id, parent=window)
        self._refresh_record_row(window)
        return chosen

    # -- a supervision agenda item ----------------------------------------------

    def attach_agenda(self, window: SupervisionWindow) -> EvidenceRow:
        """A row under the chosen agenda item's reflections: the items it evidences."""
        agenda = window.editor.agenda
        row = EvidenceRow(tr("Evidences:"))
        self.agenda_row = row
        # The "Reflections for the chosen item" box holds the include-text check.
        agenda.include_text_check.parentWidget().layout().addWidget(row)
        agenda.tree.currentItemChanged.connect(lambda *_: self._refresh_agenda_row(window))
        row.change_requested.connect(lambda: self.choose_for_agenda(window))
        self._refresh_agenda_row(window)
        return row

    def _refresh_agenda_row(self, window: SupervisionWindow) -> None:
        from ..supervision.agenda import current_item_id

        row = self.agenda_row
        if row is None:
            return
        agenda = window.editor.agenda
        current = agenda.tree.currentItem()
        row.button.setEnabled(current is not None and current.parent() is not None)
        item_id = current_item_id(agenda)
        if item_id is None or not self.service.is_unlocked:
            row.show_items([], ())
            return
        try:
            row.show_items(self.service.links_of("agenda", item_id), self.service.frameworks())
        except (JournalError, StorageFull):
            row.clear()

    def choose_for_agenda(self, window: SupervisionWindow) -> list[str] | None:
        from ..supervision.agenda import current_item_id

        if not self.service.is_unlocked or not window.save_now():
            return None
        item_id = current_item_id(window.editor.agenda)
        if item_id is None:
            self._prompter.inform(window, tr("Framework items"), tr("Choose an agenda item first."))
            return None
        chosen = self._choose("agenda", item_id, parent=window)
        self._refresh_agenda_row(window)
        return chosen

    # -- the picker ------------------------------------------------------------

    def _choose(
        self, kind: str, target_id: int, *, suggest: bool = False, parent: QWidget | None = None
    ) -> list[str] | None:
        try:
            frameworks = self.service.frameworks()
            current = self.service.links_of(kind, target_id)
            suggested = self.service.suggested_items(target_id) if suggest else []
        except (JournalError, StorageFull) as error:
            self._prompter.warn(parent or self._window, tr("Framework items"), error_text(error))
            return None
        what = {
            "entry": tr("This entry evidences:"),
            "cpd": tr("This CPD record evidences:"),
            "agenda": tr("This agenda item evidences:"),
        }[kind]
        chosen = EvidencePicker.choose(parent or self._window, self._prompter, frameworks, current, suggested, what)
        if chosen is None or chosen == current or not self.service.is_unlocked:
            return chosen
        try:
            self.service.set_links(kind, target_id, chosen)
        except (JournalError, StorageFull) as error:
            self._prompter.warn(parent or self._window, tr("Framework items"), error_text(error))
            return None
        return chosen

    # -- the map ---------------------------------------------------------------

    @property
    def map_window(self) -> EvidenceMapWindow:
        if self._map is None:
            from .map_window import EvidenceMapWindow  # on first use: not needed to start

            self._map = EvidenceMapWindow(self.service, self._window)
            self._map.open_entry.connect(self._window.open_entry)  # type: ignore[attr-defined]
            self._map.open_record.connect(self._open_record)
        return self._map

    def show_map(self) -> EvidenceMapWindow | None:
        if not self.service.is_unlocked:
            return None
        window = self.map_window
        window.start()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _open_record(self, record_id: int) -> None:
        cpd = self._window.cpd.show_window()  # type: ignore[attr-defined]
        if cpd is not None:
            cpd.show_record_id(record_id)

    # -- the session -----------------------------------------------------------

    def _on_unlocked(self) -> None:
        for action in (self.entry_action, self.map_action):
            action.setEnabled(True)
        self.refresh_entry_row()

    def _on_changed(self, changes: Changes) -> None:
        if getattr(changes, "cpd", False):
            self.refresh_entry_row()
            if self._map is not None and self._map.isVisible():
                self._map.refresh()

    def clear(self) -> None:
        for action in (self.entry_action, self.map_action):
            action.setEnabled(False)
        self._show_entry_items(None)
        self.entry_button.hide()
        for row in (self.record_row, self.agenda_row):
            if row is not None:
                row.clear()
        if self._map is not None:
            self._map.clear_all()

"""The critical reflection log for an assessor (Portfolio → Reflection log):
choose a period and the reflections in it, the framework to group them by
and the start of the first year, write a summary of each review period,
then export as PDF or Markdown through the document export (the preview
with the identifying-information check shows exactly what leaves).

The summaries and the start date are kept in the journal (encrypted) as
they are typed; the reflections themselves are never changed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import JournalError, StorageFull
from ...core.reflection_log import LogChoice, ReviewPeriod, redact_log, review_periods, suggested_name, whole_period
from ...core.reflection_log import log_fields as _log_fields
from ..announce import show_and_announce
from ..document_export import MARKDOWN, PDF, export_document
from ..keyboard import DateFieldKeys
from ..messages import error_text
from ..prompter import Prompter
from .labels import long_date, tr
from .service import CpdService

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_DELAY_MS = 800
# (framework id, name, [(item id, short title)]) — the frameworks offered.
Frameworks = Callable[[], list[tuple[str, str, list[tuple[str, str]]]]]
# (entry ids, framework id) -> {entry id: [item ids]}
Links = Callable[[list[int], str], dict[int, list[str]]]


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    edit.setAccessibleName(name)
    return edit


class ReflectionLogDialog(QDialog):
    def __init__(
        self,
        service: CpdService,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        frameworks: Frameworks = list,
        links: Links = lambda _ids, _fid: {},
    ):
        super().__init__(parent)
        self.setObjectName("ReflectionLogDialog")
        self.setWindowTitle(tr("Reflection log for my assessor"))
        self.service, self.prompter = service, prompter
        self._frameworks, self._links = frameworks, links
        self._period: ReviewPeriod | None = None  # the one whose summary is in the box
        self.save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)

        self.note = QLabel(
            tr(
                "The reflections you choose, grouped by the review periods of your first year and by the framework "
                "items they evidence, with your own summary of each period. You see exactly what leaves before "
                "saving a file; nothing is sent."
            )
        )
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.from_edit = _date_edit(tr("From"))
        self.to_edit = _date_edit(tr("To"))
        self.by_year_check = QCheckBox(tr("Group by the &review periods of my first year, which began on"))
        self.start_edit = _date_edit(tr("First year began on"))
        self.framework_combo = QComboBox()
        self.framework_combo.setAccessibleName(tr("Framework"))
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(tr("Find by title"))
        self.find_edit.setAccessibleName(tr("Find by title"))
        self.find_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list_label = QLabel()
        self.list_label.setBuddy(self.list)
        self.all_button = QPushButton(tr("Tick a&ll"))
        self.none_button = QPushButton(tr("Tick &none"))
        self.period_combo = QComboBox()
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setAccessibleName(tr("My summary of this period"))
        self.summary_edit.setFixedHeight(self.summary_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.pdf_button = QPushButton(tr("Export as &PDF…"))
        self.markdown_button = QPushButton(tr("Export as M&arkdown…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.markdown_button, QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        to_label = QLabel(tr("&to"))
        to_label.setBuddy(self.to_edit)
        dates.addWidget(to_label)
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        from_label = QLabel(tr("&From:"))
        from_label.setBuddy(self.from_edit)
        form.addRow(from_label, dates)
        start_row = QHBoxLayout()
        start_row.addWidget(self.by_year_check)
        start_row.addWidget(self.start_edit)
        start_row.addStretch(1)
        form.addRow(start_row)
        framework_label = QLabel(tr("Fra&mework:"))
        framework_label.setBuddy(self.framework_combo)
        form.addRow(framework_label, self.framework_combo)
        tools = QHBoxLayout()
        tools.addWidget(self.find_edit, 1)
        tools.addWidget(self.all_button)
        tools.addWidget(self.none_button)
        summary_row = QHBoxLayout()
        summary_label = QLabel(tr("My &summary for:"))
        summary_label.setBuddy(self.period_combo)
        summary_row.addWidget(summary_label)
        summary_row.addWidget(self.period_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.list_label)
        layout.addLayout(tools)
        layout.addWidget(self.list, 1)
        layout.addLayout(summary_row)
        layout.addWidget(self.summary_edit)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        DateFieldKeys.install(self.from_edit, self.to_edit, self.start_edit)

        self.from_edit.dateChanged.connect(self.reload)
        self.to_edit.dateChanged.connect(self.reload)
        self.by_year_check.toggled.connect(self._on_start_changed)
        self.start_edit.dateChanged.connect(self._on_start_changed)
        self.framework_combo.currentIndexChanged.connect(self._on_framework_changed)
        self.find_edit.textChanged.connect(self._filter)
        self.list.itemChanged.connect(self._count)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.summary_edit.textChanged.connect(self.save_timer.start)
        self.save_timer.timeout.connect(self.save_summary)
        self.pdf_button.clicked.connect(lambda: self.export(PDF))
        self.markdown_button.clicked.connect(lambda: self.export(MARKDOWN))
        buttons.rejected.connect(self.reject)

    # -- filling ---------------------------------------------------------

    def start(self) -> None:
        """Fill from the journal: the first year's start if given (the log
        then runs from it to today), else the last twelve months."""
        today = self.service.today()
        began = self.service.first_year_began()
        for edit in (self.from_edit, self.to_edit, self.start_edit, self.by_year_check):
            edit.blockSignals(True)
        self.by_year_check.setChecked(began is not None)
        self.start_edit.setDate(_qdate(began or today))
        self.start_edit.setEnabled(began is not None)
        self.from_edit.setDate(_qdate(began or today.replace(year=today.year - 1) + dt.timedelta(days=1)))
        self.to_edit.setDate(_qdate(today))
        for edit in (self.from_edit, self.to_edit, self.start_edit, self.by_year_check):
            edit.blockSignals(False)
        self.framework_combo.blockSignals(True)
        self.framework_combo.clear()
        self.framework_combo.addItem(tr("None: by review period only"), "")
        for framework_id, name, _items in self._frameworks():
            self.framework_combo.addItem(name, framework_id)
        self.framework_combo.blockSignals(False)
        self.save_summary()
        self._period = None
        self.reload()

    def first(self) -> dt.date:
        return self.from_edit.date().toPython()

    def last(self) -> dt.date:
        return self.to_edit.date().toPython()

    def start_date(self) -> dt.date | None:
        return self.start_edit.date().toPython() if self.by_year_check.isChecked() else None

    def periods(self) -> list[ReviewPeriod]:
        start = self.start_date()
        if start is None:
            return [whole_period(self.first(), self.last())]
        return [p for p in review_periods(start) if p.start <= self.last() and p.end >= self.first()]

    def reload(self) -> None:
        """The reflections of the period, ticked as before (new ones ticked
        when linked to the framework, or all when nothing is linked)."""
        try:
            was = {self.list.item(r).data(ID_ROLE): self.list.item(r).checkState() for r in range(self.list.count())}
            found = self.service.reflections_between(self.first(), self.last()) if self.first() <= self.last() else []
            linked = self._links([e.id for e in found], self.framework_id()) if self.framework_id() else {}
        except (JournalError, StorageFull):
            return
        self.list.blockSignals(True)
        self.list.clear()
        for entry in found:
            title = " ".join(entry.title.split()) or tr("Untitled")
            item = QListWidgetItem(f"{long_date(entry.happened_on)} · {title}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(ID_ROLE, entry.id)
            default = Qt.CheckState.Checked if (not linked or entry.id in linked) else Qt.CheckState.Unchecked
            item.setCheckState(was.get(entry.id, default))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.find_edit.text())
        self._count()
        self._fill_periods()

    def _fill_periods(self) -> None:
        self.save_summary()
        current = self._period.key if self._period else ""
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in self.periods():
            self.period_combo.addItem(period.heading, period)
        keys = [self.period_combo.itemData(i).key for i in range(self.period_combo.count())]
        today = self.service.today()
        now = next((i for i in range(len(keys)) if self.period_combo.itemData(i).holds(today)), len(keys) - 1)
        index = keys.index(current) if current in keys else max(0, now)  # else the period under way
        self.period_combo.setCurrentIndex(index)
        self.period_combo.blockSignals(False)
        self._on_period_changed()

    def _count(self) -> None:
        ticked = len(self.chosen_ids())
        total = self.list.count()
        self.list_label.setText(
            tr("&Reflections to include (%1 of %2 ticked):").replace("%1", str(ticked)).replace("%2", str(total))
        )
        self.pdf_button.setEnabled(ticked > 0)
        self.markdown_button.setEnabled(ticked > 0)

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            if not self.list.item(row).isHidden():
                self.list.item(row).setCheckState(state)
        self.list.blockSignals(False)
        self._count()

    def chosen_ids(self) -> list[int]:
        return [
            int(self.list.item(r).data(ID_ROLE))
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def framework_id(self) -> str:
        return str(self.framework_combo.currentData() or "")

    # -- changes kept in the journal ---------------------------------------

    def _on_start_changed(self) -> None:
        self.start_edit.setEnabled(self.by_year_check.isChecked())
        try:
            self.service.set_first_year_began(self.start_date())
        except (JournalError, StorageFull) as error:
            show_and_announce(self.status_label, error_text(error), assertive=True)
        self._fill_periods()

    def _on_framework_changed(self) -> None:
        self.list.clear()  # ticks follow the new framework's links
        self.reload()

    def _on_period_changed(self) -> None:
        self.save_summary()
        period = self.period_combo.currentData()
        self._period = period if isinstance(period, ReviewPeriod) else None
        text = ""
        if self._period is not None:
            try:
                text = self.service.period_summary(self._period)
            except (JournalError, StorageFull):
                text = ""
        self.summary_edit.blockSignals(True)
        self.summary_edit.setPlainText(text)
        self.summary_edit.blockSignals(False)
        self.summary_edit.setEnabled(self._period is not None)

    def save_summary(self) -> None:
        """Keep the summary in the box with its period (now, not after the delay)."""
        self.save_timer.stop()
        if self._period is None or not self.service.is_unlocked:
            return
        try:
            if self.summary_edit.toPlainText().strip() != self.service.period_summary(self._period):
                self.service.set_period_summary(self._period, self.summary_edit.toPlainText())
                show_and_announce(self.status_label, tr("Summary kept in the journal."))
        except (JournalError, StorageFull) as error:
            show_and_announce(self.status_label, error_text(error), assertive=True)

    # -- export ----------------------------------------------------------

    def choice(self) -> LogChoice:
        items: list[tuple[str, str]] = []
        name = ""
        for framework_id, framework_name, framework_items in self._frameworks():
            if framework_id == self.framework_id():
                name, items = framework_name, framework_items
        return LogChoice(
            self.first(), self.last(), self.chosen_ids(), name, tuple(items), self.start_date()
        )  # fmt: skip

    def export(self, fmt: str) -> None:
        self.save_summary()
        if not self.service.is_unlocked:
            return
        choice = self.choice()
        title = tr("Save the reflection log as PDF") if fmt == PDF else tr("Save the reflection log as Markdown")
        try:
            links = self._links(list(choice.entry_ids), self.framework_id()) if self.framework_id() else {}
            path = export_document(
                self,
                self.prompter,
                self.service.build_log(choice, links),
                fmt,
                self.service.findings_panel(),
                fields_of=_log_fields,
                redact=redact_log,
                title=title,
                suggested=suggested_name(choice.first, choice.last, fmt),
                generated=self.service.today(),
                still_unlocked=lambda: self.service.is_unlocked,
            )
        except (JournalError, StorageFull) as error:
            show_and_announce(self.status_label, error_text(error), assertive=True)
            return
        if path is not None:
            show_and_announce(self.status_label, tr("Saved %1 (not encrypted).").replace("%1", str(path)))

    # -- closing ---------------------------------------------------------

    def clear_all(self) -> None:
        """Leave nothing of the journal in the window (at lock)."""
        self.save_summary()
        self._period = None
        self.list.clear()
        self.period_combo.clear()
        self.summary_edit.clear()
        self.status_label.clear()
        self.hide()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Room for the list and the summary where the screen has it (Qt's
        # first size is the layout's least, which leaves the list a sliver).
        wanted = self.sizeHint().expandedTo(QSize(self.fontMetrics().horizontalAdvance("M") * 56, self.height() * 2))
        self.resize(wanted.boundedTo(self.screen().availableGeometry().size() * 0.95))

    def reject(self) -> None:
        """Close or Escape: the summary is kept first."""
        self.save_summary()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_summary()
        super().closeEvent(event)

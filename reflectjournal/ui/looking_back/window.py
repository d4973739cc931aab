"""The Looking back window: a period, three charts with their words, and a
gentle signal when the check-ins have stayed low (issue 15).

It reads through the functions it is given (the controller passes the
session's), so tests can give it figures of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.looking_back import LookingBack, LowSignal, period_start
from ..announce import announce
from ..screen_fit import scrolling, set_first_size
from .chart import tr
from .charts import DaysChart, WellbeingChart, WorkChart
from .summaries import days_summary, legend_html, signal_text, wellbeing_summary, work_summary

Loader = Callable[[dt.date, dt.date], LookingBack]

PRESETS = ("4w", "3m", "12m", "custom")


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


class LookingBackWindow(QMainWindow):
    """How the last weeks or months have gone, for the practitioner alone."""

    add_to_agenda_requested = Signal()
    signal_off_requested = Signal()

    def __init__(
        self,
        load: Loader,
        kind_labels: Callable[[], dict[str, str]],
        low_signal: Callable[[dt.date], LowSignal | None],
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("lookingBack")
        self.setWindowTitle(tr("Looking back"))
        self._load, self._kind_labels, self._low_signal, self._today = load, kind_labels, low_signal, today
        self.view: LookingBack | None = None

        self.period_combo = QComboBox()
        for key, text in zip(
            PRESETS, (tr("Last 4 weeks"), tr("Last 3 months"), tr("Last 12 months"), tr("Chosen dates")), strict=True
        ):
            self.period_combo.addItem(text, key)
        period_label = QLabel(tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        self.from_label, self.to_label = QLabel(tr("&From:")), QLabel(tr("&To:"))
        for label, edit in ((self.from_label, self.from_edit), (self.to_label, self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            label.setBuddy(edit)
        top = QHBoxLayout()
        for widget in (period_label, self.period_combo, self.from_label, self.from_edit, self.to_label, self.to_edit):
            top.addWidget(widget)
        top.addStretch(1)

        self.signal_frame = QFrame()
        self.signal_frame.setObjectName("lowSignal")
        self.signal_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.signal_label = _plain()
        self.agenda_button = QPushButton(tr("&Add to my supervision agenda"))
        self.signal_off_button = QPushButton(tr("&Turn this off"))
        signal_buttons = QHBoxLayout()
        signal_buttons.addWidget(self.agenda_button)
        signal_buttons.addWidget(self.signal_off_button)
        signal_buttons.addStretch(1)
        signal_layout = QVBoxLayout(self.signal_frame)
        signal_layout.addWidget(self.signal_label)
        signal_layout.addLayout(signal_buttons)
        self.signal_frame.hide()

        self.wellbeing_chart, self.work_chart, self.days_chart = WellbeingChart(), WorkChart(), DaysChart()
        self.wellbeing_summary, self.work_summary, self.days_summary = _plain(), _plain(), _plain()
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)  # escaped: summaries.legend_html
        self.legend.setWordWrap(True)
        body = QWidget()
        sections = QVBoxLayout(body)
        for heading, summary, chart in (
            (tr("How I have been"), self.wellbeing_summary, self.wellbeing_chart),
            (tr("The work, week by week"), self.work_summary, self.work_chart),
            (tr("Days I reflected on"), self.days_summary, self.days_chart),
        ):
            title = _heading(heading)
            title.setBuddy(chart)
            sections.addWidget(title)
            sections.addWidget(summary)
            sections.addWidget(chart, 1)
            if chart is self.work_chart:
                sections.addWidget(self.legend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self.private_note = _plain(tr("Only you can see this. It stays inside the encrypted journal."))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.signal_frame)
        layout.addWidget(scrolling(body, horizontal=True), 1)
        footer = QHBoxLayout()
        footer.addWidget(self.private_note, 1)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self.setCentralWidget(central)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        set_first_size(self, QSize(900, 760))

        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.from_edit.dateChanged.connect(self._on_dates_changed)
        self.to_edit.dateChanged.connect(self._on_dates_changed)
        self.agenda_button.clicked.connect(self.add_to_agenda_requested)
        self.signal_off_button.clicked.connect(self.signal_off_requested)
        self._show_custom(False)

    # -- period ----------------------------------------------------------

    @property
    def preset(self) -> str:
        return str(self.period_combo.currentData())

    def period(self) -> tuple[dt.date, dt.date]:
        if self.preset == "custom":
            return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]
        end = self._today()
        return period_start(self.preset, end), end

    def _show_custom(self, shown: bool) -> None:
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setVisible(shown)

    def _on_period_changed(self) -> None:
        custom = self.preset == "custom"
        if custom and self.view is not None:
            for edit, day in ((self.from_edit, self.view.start), (self.to_edit, self.view.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._show_custom(custom)
        self.refresh()

    def _on_dates_changed(self) -> None:
        if self.preset == "custom":
            self.refresh()

    # -- figures ---------------------------------------------------------

    def refresh(self) -> None:
        start, end = self.period()
        if end < start:
            self.wellbeing_summary.setText(tr("The period must end on or after its first day."))
            announce(self.wellbeing_summary, self.wellbeing_summary.text())
            return
        view = self._load(start, end)
        labels = self._kind_labels()
        self.view = view
        self.wellbeing_chart.set_view(view)
        self.work_chart.set_view(view, labels)
        self.days_chart.set_view(view)
        summaries = (
            (self.wellbeing_chart, self.wellbeing_summary, wellbeing_summary(view, self.preset)),
            (self.work_chart, self.work_summary, work_summary(view, labels, self.preset)),
            (self.days_chart, self.days_summary, days_summary(view)),
        )
        for chart, label, words in summaries:
            label.setText(words)
            if chart.current < 0:  # nothing to focus: the words describe the chart
                chart.setAccessibleDescription(words)
        self.legend.setText(legend_html(self.work_chart.legend()))
        self.legend.setVisible(bool(view.entries))
        self.refresh_signal()
        announce(self.wellbeing_summary, self.wellbeing_summary.text())

    def refresh_signal(self) -> None:
        today = self._today()
        signal = self._low_signal(today)
        self.signal_frame.setVisible(signal is not None)
        if signal is not None:
            self.signal_label.setText(signal_text(signal, today))

    def clear(self) -> None:
        """Forget every figure (on lock)."""
        self.view = None
        for label in (self.wellbeing_summary, self.work_summary, self.days_summary, self.signal_label, self.legend):
            label.clear()
        self.signal_frame.hide()

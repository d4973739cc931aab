"""The Settings rows for reminders to reflect (core.reflect_reminders): on
or off, the time and the days, and the home-visit nudge with its own time.
A part of its own so the Settings dialog stays small."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QTimeEdit, QVBoxLayout, QWidget

from ..core import settings as S

SETTINGS = (S.REFLECT_REMIND, S.REFLECT_AT_MINUTES, S.REFLECT_DAYS, S.REFLECT_NUDGE, S.REFLECT_NUDGE_AT_MINUTES)


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def _minutes(edit: QTimeEdit) -> int:
    time = edit.time()
    return time.hour() * 60 + time.minute()


class ReflectReminderSettings(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(tr("Remind me to r&eflect: a notification that says only “Time to reflect?”"))
        self.at_edit = _time_edit(tr("Remind me at"))
        at_label = QLabel(tr("at"))  # no access key of its own: Settings has none left; Tab reaches it
        at_label.setBuddy(self.at_edit)
        names = (tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun"))
        full = (
            tr("Monday"),
            tr("Tuesday"),
            tr("Wednesday"),
            tr("Thursday"),
            tr("Friday"),
            tr("Saturday"),
            tr("Sunday"),
        )
        self.day_checks = []
        for short, whole in zip(names, full, strict=True):
            box = QCheckBox(short)
            box.setAccessibleName(f"{short}: {whole}")
            self.day_checks.append(box)
        self.nudge_check = QCheckBox(tr("And if a home visit today has no reflection yet, at"))
        self.nudge_edit = _time_edit(tr("Home visit reminder at"))
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(at_label)
        first.addWidget(self.at_edit)
        on_label = QLabel(tr("on"))
        first.addWidget(on_label)
        for box in self.day_checks:
            first.addWidget(box)
        first.addStretch(1)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.nudge_check)
        second.addWidget(self.nudge_edit)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addLayout(first)
        layout.addLayout(second)
        self.check.toggled.connect(self._on_toggled)
        self.nudge_check.toggled.connect(self._on_toggled)

    def _on_toggled(self, _on: bool = False) -> None:
        on = self.check.isChecked()
        for widget in (self.at_edit, *self.day_checks, self.nudge_check):
            widget.setEnabled(on)
        self.nudge_edit.setEnabled(on and self.nudge_check.isChecked())

    def set_values(self, values: dict[S.Setting, object]) -> None:
        def value(setting: S.Setting) -> object:
            return setting.coerce(values.get(setting, setting.default))

        def clock(minutes: object) -> QTime:
            whole = int(str(minutes))
            return QTime(whole // 60, whole % 60)

        self.check.setChecked(bool(value(S.REFLECT_REMIND)))
        self.at_edit.setTime(clock(value(S.REFLECT_AT_MINUTES)))
        days = str(value(S.REFLECT_DAYS))
        for number, box in enumerate(self.day_checks):
            box.setChecked(str(number) in days)
        self.nudge_check.setChecked(bool(value(S.REFLECT_NUDGE)))
        self.nudge_edit.setTime(clock(value(S.REFLECT_NUDGE_AT_MINUTES)))
        self._on_toggled()

    def values(self) -> dict[S.Setting, object]:
        return {
            S.REFLECT_REMIND: self.check.isChecked(),
            S.REFLECT_AT_MINUTES: _minutes(self.at_edit),
            S.REFLECT_DAYS: "".join(str(n) for n, box in enumerate(self.day_checks) if box.isChecked()),
            S.REFLECT_NUDGE: self.nudge_check.isChecked(),
            S.REFLECT_NUDGE_AT_MINUTES: _minutes(self.nudge_edit),
        }

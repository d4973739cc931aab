"""The Settings row for the low check-ins note (core.low_signal): on or off,
and its rule (how many days, the average at or below which, from how many
check-ins). A part of its own so the Settings dialog stays small: two rows, the
switch, then the rule on one line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ..core import settings as S

SETTINGS = (S.LOW_SIGNAL, S.LOW_SIGNAL_DAYS, S.LOW_SIGNAL_TENTHS, S.LOW_SIGNAL_CHECK_INS)


def tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class LowSignalSettings(QWidget):
    """Switch and rule. Each field is named by its label (the label's text
    is in its accessible name) and the rule is greyed out while off."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(tr("Say when my check-&ins stay low (only I see it)"))
        self.days_spin = QSpinBox()
        self.days_spin.setRange(S.LOW_SIGNAL_DAYS.minimum or 7, S.LOW_SIGNAL_DAYS.maximum or 90)
        self.days_spin.setSuffix(tr(" days"))
        self.threshold_spin = QDoubleSpinBox()
        self.threshold_spin.setDecimals(1)
        self.threshold_spin.setSingleStep(0.1)
        self.threshold_spin.setRange((S.LOW_SIGNAL_TENTHS.minimum or 10) / 10, (S.LOW_SIGNAL_TENTHS.maximum or 40) / 10)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(S.LOW_SIGNAL_CHECK_INS.minimum or 2, S.LOW_SIGNAL_CHECK_INS.maximum or 30)
        self.count_spin.setSuffix(tr(" check-ins"))
        rule = QHBoxLayout()
        rule.setContentsMargins(0, 0, 0, 0)
        for text, spin in (
            (tr("Over the l&ast"), self.days_spin),
            (tr("a&verage at or below"), self.threshold_spin),
            (tr("f&rom at least"), self.count_spin),
        ):
            label = QLabel(text)
            label.setBuddy(spin)
            # Named by its label (the label's words are in the name), with what it is about.
            spin.setAccessibleName(tr("Low check-ins: %1").replace("%1", text.replace("&", "")))
            rule.addWidget(label)
            rule.addWidget(spin)
        rule.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addLayout(rule)
        self.check.toggled.connect(self._on_toggled)

    def _on_toggled(self, on: bool) -> None:
        for spin in (self.days_spin, self.threshold_spin, self.count_spin):
            spin.setEnabled(on)

    def set_values(self, values: dict[S.Setting, object]) -> None:
        def value(setting: S.Setting) -> object:
            return setting.coerce(values.get(setting, setting.default))

        self.check.setChecked(bool(value(S.LOW_SIGNAL)))
        self.days_spin.setValue(int(str(value(S.LOW_SIGNAL_DAYS))))
        self.threshold_spin.setValue(int(str(value(S.LOW_SIGNAL_TENTHS))) / 10)
        self.count_spin.setValue(int(str(value(S.LOW_SIGNAL_CHECK_INS))))
        self._on_toggled(self.check.isChecked())

    def values(self) -> dict[S.Setting, object]:
        return {
            S.LOW_SIGNAL: self.check.isChecked(),
            S.LOW_SIGNAL_DAYS: self.days_spin.value(),
            S.LOW_SIGNAL_TENTHS: round(self.threshold_spin.value() * 10),
            S.LOW_SIGNAL_CHECK_INS: self.count_spin.value(),
        }

"""The settings and about dialogs. Each is shown through the prompter seam
by a classmethod that returns the answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import settings as S
from .preferences import Preferences
from .prompter import Prompter

# The settings this dialog edits; the rest are remembered state.
EDITABLE = (S.IDLE_LOCK_MINUTES, S.LOCK_WHEN_MINIMISED, S.EDITOR_FONT_FAMILY, S.EDITOR_FONT_SIZE, S.THEME, S.BACKUP_FOLDER,
            S.BACKUP_KEEP_DAILY, S.BACKUP_KEEP_WEEKLY, S.CLIPBOARD_CLEAR_SECONDS, S.SPELL_CHECK)  # fmt: skip


def _spin(setting: S.Setting, suffix: str, description: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(setting.minimum or 0, setting.maximum or 999)
    spin.setSuffix(suffix)
    spin.setAccessibleDescription(description)  # its name is its form label's (a buddy)
    return spin


class SettingsDialog(QDialog):
    def __init__(self, values: dict[S.Setting, object], prompter: Prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._prompter = prompter

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(S.IDLE_LOCK_MINUTES.minimum or 1, S.IDLE_LOCK_MINUTES.maximum or 60)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setAccessibleName(self.tr("Lock after this many minutes without activity"))
        self.minimised_check = QCheckBox(self.tr("Lock when the window is minimised"))
        self.font_combo = QFontComboBox()
        self.font_combo.setAccessibleName(self.tr("Editor font"))
        self.font_combo.lineEdit().setAccessibleName(self.tr("Editor font"))
        self.system_font_check = QCheckBox(self.tr("Use the system font"))
        self.size_spin = QSpinBox()
        self.size_spin.setRange(S.EDITOR_FONT_SIZE.minimum or 6, S.EDITOR_FONT_SIZE.maximum or 48)
        self.size_spin.setSuffix(self.tr(" pt"))
        self.size_spin.setAccessibleName(self.tr("Editor font size"))
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme_combo.addItem(label, key)
        self.spell_check = QCheckBox(self.tr("Check &spelling as I type (British English)"))
        self.backup_label = QLabel()
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_label.setWordWrap(True)
        self.backup_label.setAccessibleDescription(self.tr("Backup folder"))
        self.backup_button = QPushButton(self.tr("Choose…"))
        self.backup_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.backup_reset = QPushButton(self.tr("Beside the journal"))
        self.backup_reset.setAccessibleName(self.tr("Keep backups beside the journal"))
        self.keep_daily_spin = _spin(
            S.BACKUP_KEEP_DAILY, self.tr(" days"), self.tr("Keep a daily backup for this many days")
        )
        self.keep_weekly_spin = _spin(
            S.BACKUP_KEEP_WEEKLY, self.tr(" weeks"), self.tr("Then keep a weekly backup for this many weeks")
        )
        self.clipboard_spin = _spin(
            S.CLIPBOARD_CLEAR_SECONDS, self.tr(" s"), self.tr("Clear copied journal text after this many seconds")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        form.addRow(self.tr("&Lock after:"), self.idle_spin)
        form.addRow("", self.minimised_check)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_combo, 1)
        font_row.addWidget(self.size_spin)
        form.addRow(self.tr("Editor &font:"), font_row)
        form.labelForField(font_row).setBuddy(self.font_combo)
        form.addRow("", self.system_font_check)
        form.addRow(self.tr("&Theme:"), self.theme_combo)
        form.addRow("", self.spell_check)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_label, 1)
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.backup_reset)
        form.addRow(self.tr("Backups:"), backup_row)
        form.labelForField(backup_row).setBuddy(self.backup_label)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_daily_spin)
        keep_row.addWidget(self.keep_weekly_spin)
        keep_row.addStretch(1)
        form.addRow(self.tr("Keep automatic backups:"), keep_row)
        form.labelForField(keep_row).setBuddy(self.keep_daily_spin)
        self.keep_weekly_spin.setAccessibleName(self.tr("Then keep a weekly backup for this many weeks"))
        form.addRow(self.tr("Clear &clipboard after:"), self.clipboard_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.system_font_check.toggled.connect(lambda on: self.font_combo.setEnabled(not on))
        self.backup_button.clicked.connect(self._on_choose_backup)
        self.backup_reset.clicked.connect(lambda: self._set_backup(""))
        self._backup = ""
        self.set_values(values)

    def set_values(self, values: dict[S.Setting, object]) -> None:
        self.idle_spin.setValue(int(values[S.IDLE_LOCK_MINUTES]))
        self.minimised_check.setChecked(bool(values[S.LOCK_WHEN_MINIMISED]))
        family = str(values[S.EDITOR_FONT_FAMILY])
        self.system_font_check.setChecked(not family)
        self.font_combo.setEnabled(bool(family))
        if family:
            self.font_combo.setCurrentFont(QFont(family))
        self.size_spin.setValue(int(values[S.EDITOR_FONT_SIZE]))
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(values[S.THEME])))
        self.spell_check.setChecked(bool(values.get(S.SPELL_CHECK, S.SPELL_CHECK.default)))
        self._set_backup(str(values[S.BACKUP_FOLDER]))
        self.keep_daily_spin.setValue(int(values[S.BACKUP_KEEP_DAILY]))
        self.keep_weekly_spin.setValue(int(values[S.BACKUP_KEEP_WEEKLY]))
        self.clipboard_spin.setValue(int(values[S.CLIPBOARD_CLEAR_SECONDS]))

    def _set_backup(self, folder: str) -> None:
        self._backup = folder
        self.backup_label.setText(folder or self.tr("The “backups” folder beside the journal"))

    def _on_choose_backup(self) -> None:
        start = Path(self._backup) if self._backup else Path.home()
        chosen = self._prompter.choose_folder(self, self.tr("Choose the backup folder"), start)
        if chosen is not None:
            self._set_backup(str(chosen))

    def values(self) -> dict[S.Setting, object]:
        return {
            S.IDLE_LOCK_MINUTES: self.idle_spin.value(),
            S.LOCK_WHEN_MINIMISED: self.minimised_check.isChecked(),
            S.EDITOR_FONT_FAMILY: "" if self.system_font_check.isChecked() else self.font_combo.currentFont().family(),
            S.EDITOR_FONT_SIZE: self.size_spin.value(),
            S.THEME: self.theme_combo.currentData(),
            S.BACKUP_FOLDER: self._backup,
            S.BACKUP_KEEP_DAILY: self.keep_daily_spin.value(),
            S.BACKUP_KEEP_WEEKLY: self.keep_weekly_spin.value(),
            S.CLIPBOARD_CLEAR_SECONDS: self.clipboard_spin.value(),
            S.SPELL_CHECK: self.spell_check.isChecked(),
        }

    @classmethod
    def edit(cls, parent: QWidget | None, prefs: Preferences, prompter: Prompter) -> bool:
        """Show the dialog; store and return True if the user accepted."""
        dialog = cls({s: prefs.get(s) for s in EDITABLE}, prompter, parent)
        try:
            if not prompter.run_dialog(dialog):
                return False
            for setting, value in dialog.values().items():
                prefs.set(setting, value)
            return True
        finally:
            dialog.deleteLater()


class AboutDialog(QDialog):
    def __init__(self, places: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About reflectjournal"))
        layout = QVBoxLayout(self)
        lines = [
            self.tr("reflectjournal %1").replace("%1", __version__),
            self.tr("An encrypted, private reflective journal for social workers."),
            self.tr("Licence: GNU General Public Licence, version 3 or later (GPL-3.0-or-later)."),
            self.tr("This program comes with no warranty."),
            "",
            self.tr("Where your data lives:"),
        ]
        for label, place in places:
            lines.append(f"{label}: {place}")
        self.text_label = QLabel("\n".join(lines))
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def show_about(cls, parent: QWidget | None, places: list[tuple[str, str]], prompter: Prompter) -> None:
        dialog = cls(places, parent)
        try:
            prompter.run_dialog(dialog)
        finally:
            dialog.deleteLater()

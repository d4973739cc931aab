"""The settings and about dialogs. Each is shown through the prompter seam
by a classmethod that returns the answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import settings as S
from .keyboard import make_default
from .low_signal_settings import SETTINGS as LOW_SIGNAL_SETTINGS
from .low_signal_settings import LowSignalSettings
from .preferences import Preferences
from .prompter import Prompter
from .reflect_reminder_settings import SETTINGS as REFLECT_REMINDER_SETTINGS
from .reflect_reminder_settings import ReflectReminderSettings

# The settings this dialog edits; the rest are remembered state.
EDITABLE = (S.IDLE_LOCK_MINUTES, S.LOCK_WHEN_MINIMISED, S.EDITOR_FONT_FAMILY, S.EDITOR_FONT_SIZE, S.THEME, S.BACKUP_FOLDER,
            S.BACKUP_KEEP_DAILY, S.BACKUP_KEEP_WEEKLY, S.CLIPBOARD_CLEAR_SECONDS, S.SPELL_CHECK,
            S.SUPPORT_CONTACTS, S.OFFER_SUPPORT, S.ON_THIS_DAY, *LOW_SIGNAL_SETTINGS,
            *REFLECT_REMINDER_SETTINGS)  # fmt: skip


def default_support_text() -> str:
    """The suggested support list (core.settings.SUPPORT_CONTACTS_DEFAULT), translated."""
    return QCoreApplication.translate(
        "SettingsDialog", "Samaritans: 116 123 (free, any time, day or night)\nYour manager or supervisor"
    )


def support_text(stored: object) -> str:
    """The support list to show: the user's own, or the suggestion translated."""
    text = str(stored)
    return default_support_text() if text == S.SUPPORT_CONTACTS_DEFAULT else text


def open_https_link(prompter: Prompter, parent: QWidget, url: QUrl) -> bool:
    """Open an https link from the journal in the browser, after the user
    confirms the whole address. False (nothing opened, nothing asked) for
    any other kind of link."""
    if url.scheme() != "https" or not url.isValid() or not url.host():
        return False
    address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    tr = QCoreApplication.translate
    question = tr("MainWindow", "This will open the following address in your web browser:\n\n%1\n\nOpen it?")
    if prompter.confirm(parent, tr("MainWindow", "Open this link?"), question.replace("%1", address)):
        prompter.open_url(QUrl(address))
    return True


def _spin(setting: S.Setting, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(setting.minimum or 0, setting.maximum or 999)
    spin.setSuffix(suffix)
    return spin


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose "&" marks its shortcut letter (never shown as "&")."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _left(widget: QWidget) -> QHBoxLayout:
    """A field at its natural width, not stretched across the form."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class SettingsDialog(QDialog):
    def __init__(
        self,
        values: dict[S.Setting, object],
        prompter: Prompter,
        parent: QWidget | None = None,
        journal_part: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        # What belongs to the open journal (the team folder), changed at
        # once and kept in the journal; None while it is locked.
        self.journal_part = journal_part
        self._prompter = prompter

        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(S.IDLE_LOCK_MINUTES.minimum or 1, S.IDLE_LOCK_MINUTES.maximum or 60)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.minimised_check = QCheckBox(self.tr("Lock when the window is &minimised"))
        self.font_combo = QFontComboBox()
        self.font_combo.setAccessibleName(self.tr("Editor font"))
        self.font_combo.lineEdit().setAccessibleName(self.tr("Editor font"))
        self.system_font_check = QCheckBox(self.tr("Use the s&ystem font"))
        self.size_spin = QSpinBox()
        self.size_spin.setRange(S.EDITOR_FONT_SIZE.minimum or 6, S.EDITOR_FONT_SIZE.maximum or 48)
        self.size_spin.setSuffix(self.tr(" pt"))
        self.theme_combo = QComboBox()
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
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("C&hoose…"))
        self.backup_button.setToolTip(self.tr("Choose the backup folder"))
        self.backup_reset = QPushButton(self.tr("&Beside the journal"))
        self.backup_reset.setToolTip(self.tr("Keep backups in a “backups” folder beside the journal"))
        self.keep_daily_spin = _spin(S.BACKUP_KEEP_DAILY, self.tr(" days"))
        self.keep_weekly_spin = _spin(S.BACKUP_KEEP_WEEKLY, self.tr(" weeks"))
        self.clipboard_spin = _spin(S.CLIPBOARD_CLEAR_SECONDS, self.tr(" s"))
        self.offer_support_check = QCheckBox(self.tr("&Offer this list after a check-in of 1 or 2"))
        self.support_edit = QPlainTextEdit()
        self.support_edit.setTabChangesFocus(True)
        lines = self.support_edit.fontMetrics().lineSpacing()
        self.support_edit.setFixedHeight(lines * 3 + 12)
        self.support_note = QLabel(
            self.tr(
                "One per line (an assistance line, your manager, a colleague). Kept in this computer's "
                "settings file, not in the encrypted journal; never sent anywhere."
            )
        )
        self.support_note.setTextFormat(Qt.TextFormat.PlainText)
        self.support_note.setWordWrap(True)
        self.on_this_day_check = QCheckBox(self.tr("Show “O&n this day” (entries from a month and a year ago)"))
        # The low check-ins note: on or off and its rule (ui/low_signal_settings.py).
        self.low_signal_group = LowSignalSettings()
        self.low_signal_check, self.low_signal_spin = self.low_signal_group.check, self.low_signal_group.days_spin
        # Reminders to reflect: off by default; their words never hold journal text (ui/reflect_reminder_settings.py).
        self.reflect_group = ReflectReminderSettings()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(_label(self.tr("&Lock after:"), self.idle_spin), _left(self.idle_spin))
        form.addRow("", self.minimised_check)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_combo, 1)
        font_row.addWidget(_label(self.tr("Si&ze:"), self.size_spin))
        font_row.addWidget(self.size_spin)
        form.addRow(_label(self.tr("Editor &font:"), self.font_combo), font_row)
        form.addRow("", self.system_font_check)
        form.addRow(_label(self.tr("&Theme:"), self.theme_combo), self.theme_combo)
        form.addRow("", self.spell_check)
        backup_folder_label = QLabel(self.tr("Backup folder:"))
        backup_folder_label.setBuddy(self.backup_label)  # read together by a screen reader
        form.addRow(backup_folder_label, self.backup_label)
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_button)
        backup_buttons.addWidget(self.backup_reset)
        backup_buttons.addStretch(1)
        form.addRow("", backup_buttons)
        form.addRow(_label(self.tr("Keep &daily backups for:"), self.keep_daily_spin), _left(self.keep_daily_spin))
        form.addRow(_label(self.tr("Then &weekly ones for:"), self.keep_weekly_spin), _left(self.keep_weekly_spin))
        form.addRow(_label(self.tr("Clear &clipboard after:"), self.clipboard_spin), _left(self.clipboard_spin))
        form.addRow(_label(self.tr("S&upport I can turn to:"), self.support_edit), self.support_edit)
        form.addRow("", self.support_note)
        form.addRow("", self.offer_support_check)
        # A check box is named by its own text; a form label beside it would
        # be read as a second name that the box's name does not contain.
        form.addRow("", self.on_this_day_check)
        form.addRow("", self.low_signal_group)
        form.addRow("", self.reflect_group)
        if journal_part is not None:
            form.addRow(journal_part)
        # The fields scroll where the screen is short (1024x600 at 200%); OK and Cancel stay in sight.
        content = QWidget()
        content.setLayout(form)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the fields, not the frame
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        make_default(self, buttons.button(QDialogButtonBox.StandardButton.Ok))
        # Wide enough that the wrapped notes and the backup folder are read whole.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.system_font_check.toggled.connect(lambda on: self.font_combo.setEnabled(not on))
        self.backup_button.clicked.connect(self._on_choose_backup)
        self.backup_reset.clicked.connect(lambda: self._set_backup(""))
        self._backup = ""
        self.set_values(values)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Its whole height when the screen has room (Qt's first size is at
        # most two thirds of the screen, which squeezes the wrapped notes).
        content = self.scroll.widget().sizeHint()
        margins = self.layout().contentsMargins()
        buttons = self.layout().itemAt(1).sizeHint().height() + self.layout().spacing()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        hint = QSize(
            content.width() + margins.left() + margins.right() + bar,
            content.height() + margins.top() + margins.bottom() + buttons,
        )
        self.resize(hint.expandedTo(self.size()).boundedTo(self.screen().availableGeometry().size()))

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
        self.support_edit.setPlainText(support_text(values.get(S.SUPPORT_CONTACTS, S.SUPPORT_CONTACTS.default)))
        self.offer_support_check.setChecked(bool(values.get(S.OFFER_SUPPORT, S.OFFER_SUPPORT.default)))
        self.on_this_day_check.setChecked(bool(values.get(S.ON_THIS_DAY, S.ON_THIS_DAY.default)))
        self.low_signal_group.set_values(values)
        self.reflect_group.set_values(values)

    def _set_backup(self, folder: str) -> None:
        self._backup = folder
        shown = folder or self.tr("The “backups” folder beside the journal")
        self.backup_label.setText(shown)
        # Selectable, so a screen reader treats it as a field: its name is its
        # label and what it shows, kept in step with the text.
        self.backup_label.setAccessibleName(self.tr("Backup folder: %1").replace("%1", shown))

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
            S.SUPPORT_CONTACTS: self._support_value(),
            S.OFFER_SUPPORT: self.offer_support_check.isChecked(),
            S.ON_THIS_DAY: self.on_this_day_check.isChecked(),
            **self.low_signal_group.values(),
            **self.reflect_group.values(),
        }

    def _support_value(self) -> str:
        text = "\n".join(line.strip() for line in self.support_edit.toPlainText().splitlines() if line.strip())
        return S.SUPPORT_CONTACTS_DEFAULT if text == default_support_text() else text

    @classmethod
    def edit(
        cls, parent: QWidget | None, prefs: Preferences, prompter: Prompter, journal_part: QWidget | None = None
    ) -> bool:
        """Show the dialog; store and return True if the user accepted.
        ``journal_part`` (the team folder, while unlocked) acts at once."""
        dialog = cls({s: prefs.get(s) for s in EDITABLE}, prompter, parent, journal_part)
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
        make_default(self, buttons.button(QDialogButtonBox.StandardButton.Close))

    @classmethod
    def show_about(cls, parent: QWidget | None, places: list[tuple[str, str]], prompter: Prompter) -> None:
        dialog = cls(places, parent)
        try:
            prompter.run_dialog(dialog)
        finally:
            dialog.deleteLater()

"""The screens shown before a journal is open: welcome (create or open) and unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# The rule (score threshold, advice words, estimate length) is shared with
# the command line, so the two cannot drift apart.
from ..core.passphrase_policy import estimate
from .announce import show_and_announce


def _plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def _heading(text: str) -> QLabel:
    label = _plain_label(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def _card(*widgets_or_layouts) -> QWidget:
    """Centre a column of at most ~36em in the window."""
    outer = QWidget()
    outer_layout = QHBoxLayout(outer)
    column = QFrame()
    column.setMaximumWidth(column.fontMetrics().horizontalAdvance("M") * 40)
    layout = QVBoxLayout(column)
    for item in widgets_or_layouts:
        if isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
    outer_layout.addStretch(1)
    outer_layout.addWidget(column, 4)
    outer_layout.addStretch(1)
    wrapper = QWidget()
    v = QVBoxLayout(wrapper)
    v.addStretch(1)
    v.addWidget(outer)
    v.addStretch(2)
    return wrapper


class WelcomePage(QWidget):
    """First run: create a journal, or open one that exists."""

    create_requested = Signal(Path, str)
    open_existing_requested = Signal()
    choose_location_requested = Signal()

    def __init__(self, default_path: Path, parent=None):
        super().__init__(parent)
        self._path = Path(default_path)
        self.heading = _heading(self.tr("Welcome to reflectjournal"))
        self.intro = _plain_label(
            self.tr(
                "A private place to reflect after a visit. Your journal is one encrypted file on this computer, "
                "locked with a passphrase that only you know."
            )
        )
        # A read-only field, not a label: a long path scrolls instead of being cut off.
        self.path_label = QLineEdit(str(self._path))
        self.path_label.setReadOnly(True)
        self.path_label.setCursorPosition(0)
        self.path_label.setAccessibleDescription(self.tr("Where the new journal will be saved"))
        self.choose_button = QPushButton(self.tr("Change…"))
        self.choose_button.setAccessibleDescription(self.tr("Choose where to save the journal"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Passphrase again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_label = _plain_label()
        self.warning = _plain_label(
            self.tr(
                "If you forget this passphrase, nobody can recover your journal: not us, not your IT team. "
                "There is no reset. Choose a few unrelated words you will remember, and keep a copy somewhere safe."
            )
        )
        self.error_label = _plain_label()
        self.error_label.setStyleSheet("color: palette(link);")
        self.create_button = QPushButton(self.tr("&Create journal"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("&Open an existing journal…"))

        form = QFormLayout()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_label, 1)
        path_row.addWidget(self.choose_button)
        form.addRow(self.tr("Location:"), path_row)
        form.labelForField(path_row).setBuddy(self.path_label)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Again:"), self.repeat_edit)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.meter_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_card(self.heading, self.intro, form, self.warning, self.error_label, buttons))

        QWidget.setTabOrder(self.passphrase_edit, self.repeat_edit)
        QWidget.setTabOrder(self.repeat_edit, self.create_button)
        QWidget.setTabOrder(self.create_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.choose_button)
        self.setFocusProxy(self.passphrase_edit)

        self.passphrase_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.repeat_edit.returnPressed.connect(self._on_create_clicked)
        self.open_button.clicked.connect(self.open_existing_requested)
        self.choose_button.clicked.connect(self.choose_location_requested)
        self._update()

    @property
    def path(self) -> Path:
        return self._path

    def set_path(self, path: Path) -> None:
        self._path = Path(path)
        self.path_label.setText(str(self._path))
        self.path_label.setCursorPosition(0)

    def _update(self) -> None:
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        verdict = estimate(first)
        self.meter.setValue(verdict.score if first else 0)
        # The same words as core.passphrase_policy.STRENGTH_NAMES and HINT, translated.
        names = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"), self.tr("Very strong"))
        message = verdict.describe(names) if first else self.tr("Use four or more unrelated words.")
        if first and second and first != second:
            message += "\n" + self.tr("The two passphrases are not the same.")
        self.meter_label.setText(message)
        self.create_button.setEnabled(bool(first) and first == second and verdict.acceptable)

    def _on_create_clicked(self) -> None:
        if self.create_button.isEnabled():
            self.create_requested.emit(self._path, self.passphrase_edit.text())

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.passphrase_edit,
            self.repeat_edit,
            self.create_button,
            self.open_button,
            self.choose_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            show_and_announce(self.error_label, self.tr("Creating your journal…"))
        else:
            self._update()

    def show_error(self, message: str) -> None:
        show_and_announce(self.error_label, message, assertive=True)

    def clear_all(self) -> None:
        self.passphrase_edit.setText("")
        self.repeat_edit.setText("")
        self.error_label.setText("")
        self._update()


class UnlockPage(QWidget):
    """Later runs: unlock the last journal."""

    unlock_requested = Signal(Path, str)
    open_other_requested = Signal()
    create_new_requested = Signal()
    restore_requested = Signal()  # offered when the journal is damaged (ui/backups.py)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._path: Path | None = None
        self.heading = _heading(self.tr("Unlock your journal"))
        self.path_label = _plain_label()
        self.path_label.setAccessibleDescription(self.tr("Journal file"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = _plain_label()
        self.error_label.setStyleSheet("color: palette(link);")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open &another journal…"))
        self.create_button = QPushButton(self.tr("Create a &new journal…"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_card(self.heading, self.path_label, form, self.error_label, buttons))
        QWidget.setTabOrder(self.passphrase_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.create_button)
        self.setFocusProxy(self.passphrase_edit)

        self.unlock_button.clicked.connect(self._on_unlock)
        self.passphrase_edit.returnPressed.connect(self._on_unlock)
        self.open_button.clicked.connect(self.open_other_requested)
        self.create_button.clicked.connect(self.create_new_requested)
        self.restore_button.clicked.connect(self.restore_requested)

    def offer_restore(self, offered: bool) -> None:
        self.restore_button.setVisible(offered)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path) -> None:
        self._path = Path(path)
        self.path_label.setText(str(self._path))

    def _on_unlock(self) -> None:
        if self._path is not None and self.passphrase_edit.text() and self.unlock_button.isEnabled():
            self.unlock_requested.emit(self._path, self.passphrase_edit.text())

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.passphrase_edit,
            self.unlock_button,
            self.open_button,
            self.create_button,
            self.restore_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            show_and_announce(self.error_label, self.tr("Unlocking…"))

    def show_error(self, message: str, *, clear_passphrase: bool = True) -> None:
        show_and_announce(self.error_label, message, assertive=True)
        if clear_passphrase:
            self.passphrase_edit.setText("")
        self.passphrase_edit.setFocus()

    def clear_all(self) -> None:
        self.passphrase_edit.setText("")
        self.error_label.setText("")
        self.restore_button.hide()

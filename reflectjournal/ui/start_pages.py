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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# The rule (score threshold, advice words, estimate length) is shared with
# the command line, so the two cannot drift apart: the meter applies
# core.passphrase_policy.
from .passphrase_fields import (
    CapsLockNote,
    MatchNote,
    MessageNote,
    PassphraseEdit,
    PathView,
    StrengthMeter,
    add_new_passphrase_rows,
)


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
    column.setMaximumWidth(max(column.maximumWidth(), layout.totalMinimumSize().width()))  # never cuts its buttons
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
        # Shortened in the middle to fit; the whole path in its tooltip and a Copy button.
        self.path_view = PathView()
        self.path_label = self.path_view.label
        self.path_view.copy_button.setToolTip(self.tr("Copy where the new journal will be saved"))
        self.choose_button = QPushButton(self.tr("Change…"))
        self.choose_button.setToolTip(self.tr("Choose where to save the journal"))
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit = PassphraseEdit()
        self.repeat_edit.setAccessibleName(self.tr("Passphrase again"))
        self.caps_note = CapsLockNote(self.passphrase_edit, self.repeat_edit)
        self.match_note = MatchNote(self.passphrase_edit, self.repeat_edit)
        self.strength = StrengthMeter()
        self.meter = self.strength.bar
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter_label = self.strength.advice_label
        self.warning = _plain_label(
            self.tr(
                "If you forget this passphrase, nobody can recover your journal: not us, not your IT team. "
                "There is no reset. Choose a few unrelated words you will remember, and keep a copy somewhere safe."
            )
        )
        self.warning.setAccessibleName(self.tr("Warning about forgotten passphrases"))
        self.error_label = MessageNote()
        self.create_button = QPushButton(self.tr("&Create journal"))
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.open_button = QPushButton(self.tr("&Open an existing journal…"))

        form = QFormLayout()
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_view, 1)
        path_row.addWidget(self.choose_button)
        location_label = QLabel(self.tr("Location:"))
        location_label.setBuddy(self.path_label)  # a screen reader reads the two together
        form.addRow(location_label, path_row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Again:"), self.repeat_edit)
        add_new_passphrase_rows(form, self.match_note, self.caps_note, self.strength)
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
        QWidget.setTabOrder(self.choose_button, self.path_view.copy_button)
        self.setFocusProxy(self.passphrase_edit)

        self.passphrase_edit.textChanged.connect(self._on_passphrase_changed)
        self.repeat_edit.textChanged.connect(self._update)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.repeat_edit.returnPressed.connect(self._on_create_clicked)
        self.open_button.clicked.connect(self.open_existing_requested)
        self.choose_button.clicked.connect(self.choose_location_requested)
        self.set_path(self._path)
        self._on_passphrase_changed()

    @property
    def path(self) -> Path:
        return self._path

    def set_path(self, path: Path) -> None:
        self._path = Path(path)
        self.path_view.set_path(str(self._path))

    def _on_passphrase_changed(self) -> None:
        self.strength.update_for(self.passphrase_edit.text())
        self._update()

    def _update(self) -> None:
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        self.create_button.setEnabled(bool(first) and first == second and self.strength.verdict.acceptable)

    def _on_create_clicked(self) -> None:
        self.match_note.judge()
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
            self.error_label.show_info(self.tr("Creating your journal…"))
        else:
            if not self.error_label.is_error:
                self.error_label.clear()
            self._update()

    def show_error(self, message: str) -> None:
        self.error_label.show_error(message)

    def clear_all(self) -> None:
        self.passphrase_edit.reset()
        self.repeat_edit.reset()
        self.match_note.reset()
        self.error_label.clear()
        self._on_passphrase_changed()


class UnlockPage(QWidget):
    """Later runs: unlock the last journal. It names the journal (its file
    name without ".rjournal"); where it is, is one click away."""

    unlock_requested = Signal(Path, str)
    open_other_requested = Signal()
    create_new_requested = Signal()
    restore_requested = Signal()  # offered when the journal is damaged (ui/backups.py)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._path: Path | None = None
        self._busy_text = ""
        self.heading = _heading(self.tr("Unlock your journal"))
        self.name_label = _plain_label()
        name_font = QFont(self.name_label.font())
        name_font.setBold(True)
        self.name_label.setFont(name_font)
        self.location_button = QPushButton(self.tr("Show &location"))
        self.location_button.setCheckable(True)
        self.location_button.setFlat(True)
        self.location_view = PathView()
        self.location_view.hide()
        self.path_label = self.location_view.label
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_label, 1)
        name_row.addWidget(self.location_button)
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.caps_note = CapsLockNote(self.passphrase_edit)
        self.error_label = MessageNote()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.open_button = QPushButton(self.tr("Open &another journal…"))
        self.create_button = QPushButton(self.tr("Create a &new journal…"))
        self.restore_button = QPushButton(self.tr("&Restore from a backup…"))
        self.restore_button.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow("", self.caps_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_card(self.heading, name_row, self.location_view, form, self.error_label, buttons))
        QWidget.setTabOrder(self.passphrase_edit, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.open_button)
        QWidget.setTabOrder(self.open_button, self.create_button)
        QWidget.setTabOrder(self.create_button, self.location_button)
        self.setFocusProxy(self.passphrase_edit)

        self.unlock_button.clicked.connect(self._on_unlock)
        self.passphrase_edit.returnPressed.connect(self._on_unlock)
        self.open_button.clicked.connect(self.open_other_requested)
        self.create_button.clicked.connect(self.create_new_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        self.location_button.toggled.connect(self._on_location_button_toggled)

    def offer_restore(self, offered: bool) -> None:
        self.restore_button.setVisible(offered)

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path) -> None:
        self._path = Path(path)
        name = self._path.stem if self._path.suffix == ".rjournal" else self._path.name
        self.name_label.setText(self.tr("Journal: %1").replace("%1", name))
        self.name_label.setToolTip(str(self._path))
        self.location_view.set_path(str(self._path))

    def _on_location_button_toggled(self, shown: bool) -> None:
        self.location_view.setVisible(shown)
        self.location_button.setText(self.tr("Hide &location") if shown else self.tr("Show &location"))

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
            self._busy_text = self.tr("Unlocking…")
            self.error_label.show_info(self._busy_text)
        elif self._busy_text and self.error_label.text() == self._busy_text:
            self.error_label.clear()

    def show_error(self, message: str, *, clear_passphrase: bool = True) -> None:
        self.error_label.show_error(message)
        if clear_passphrase:
            self.passphrase_edit.setText("")
        self.passphrase_edit.setFocus()

    def show_message(self, message: str) -> None:
        """News, not an error (why the journal was locked, a restore that worked)."""
        self.error_label.show_info(message)

    def clear_all(self) -> None:
        self.passphrase_edit.reset()
        self.error_label.clear()
        self.restore_button.hide()
        self.location_button.setChecked(False)

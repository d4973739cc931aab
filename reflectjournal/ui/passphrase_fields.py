"""Pieces shared by the screens that ask for a passphrase or show a place:
the passphrase field (show toggle, Caps Lock warning), the strength meter,
the note that says an error like an error, and a path shortened in the
middle with the whole path a click away."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.passphrase_policy import Strength, estimate
from .announce import announce
from .theme import is_dark

# The error colour until ui/theme.py has one (chosen for at least 4.5:1 on
# the light and dark window colours there).
ERROR_ON_LIGHT = "#b3261e"
ERROR_ON_DARK = "#ff8a80"
# The strength bar's colours, weakest to strongest (light, dark).
_BAR_COLOURS = (
    (ERROR_ON_LIGHT, ERROR_ON_DARK),
    (ERROR_ON_LIGHT, ERROR_ON_DARK),
    ("#9a5b00", "#ffb74d"),
    ("#1b7f3b", "#81c784"),
    ("#1b7f3b", "#81c784"),
)


def error_colour(palette: QPalette) -> QColor:
    return QColor(ERROR_ON_DARK if is_dark(palette) else ERROR_ON_LIGHT)


def caps_lock_guess(text: str, shift: bool) -> bool | None:
    """Whether Caps Lock is on, judged from one typed character: a capital
    letter typed without Shift (or a small one with Shift) means it is on;
    a letter typed the expected way means it is off; anything else (a digit,
    a letter without case) tells nothing (None). Qt has no portable way to
    read the Caps Lock state, so the app judges from what is typed."""
    if len(text) != 1 or text.upper() == text.lower():
        return None
    return text.isupper() != shift


def _windows_caps_lock() -> bool | None:
    """The real state on Windows (GetKeyState's toggle bit); None elsewhere."""
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        return bool(ctypes.windll.user32.GetKeyState(0x14) & 1)  # VK_CAPITAL
    except Exception:  # noqa: BLE001 - no answer is as good as a guess
        return None


def _eye_icon(colour: QColor, crossed: bool) -> QIcon:
    """An eye (or a crossed-out eye), drawn so it exists on every desktop."""
    size = 64
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 5))
    outline = QPainterPath(QPointF(6, 32))
    outline.quadTo(32, 4, 58, 32)
    outline.quadTo(32, 60, 6, 32)
    painter.drawPath(outline)
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(23, 23, 18, 18))
    if crossed:
        painter.setPen(QPen(colour, 6))
        painter.drawLine(QPointF(10, 54), QPointF(54, 10))
    painter.end()
    return QIcon(pixmap)


class PassphraseEdit(QLineEdit):
    """A hidden passphrase field with a "Show passphrase" toggle inside it
    and a guess at Caps Lock from what is typed."""

    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self._caps: bool | None = None
        self.show_action = QAction(self.tr("Show passphrase"), self)
        self.show_action.setCheckable(True)
        # Alt+F8 as on Windows' password boxes: the toggle is not in the Tab order.
        self.show_action.setShortcut(QKeySequence("Alt+F8"))
        self.show_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.show_action.setToolTip(self.tr("Show passphrase (Alt+F8)"))
        self.addAction(self.show_action, QLineEdit.ActionPosition.TrailingPosition)
        self.show_action.toggled.connect(self._on_show_action_toggled)
        self._update_icon()

    @property
    def caps_lock_on(self) -> bool:
        return bool(self._caps)

    def reset(self) -> None:
        """Empty, hidden again, and nothing known about Caps Lock."""
        self.setText("")
        self.show_action.setChecked(False)
        self._set_caps(None)

    def _on_show_action_toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._update_icon()

    def _update_icon(self) -> None:
        self.show_action.setIcon(_eye_icon(self.palette().color(QPalette.ColorRole.Text), self.show_action.isChecked()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._update_icon()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        known = _windows_caps_lock()
        if known is not None:
            self._set_caps(known)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        super().keyPressEvent(event)
        known = _windows_caps_lock()
        if known is None:
            if event.key() == Qt.Key.Key_CapsLock:
                known = None if self._caps is None else not self._caps
            else:
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                known = caps_lock_guess(event.text(), shift)
                if known is None:
                    return
        self._set_caps(known)

    def _set_caps(self, on: bool | None) -> None:
        if on != self._caps:
            was = bool(self._caps)
            self._caps = on
            if bool(on) != was:
                self.caps_lock_changed.emit(bool(on))


def _reserve_lines(label: QLabel, lines: int) -> None:
    label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines + 2)


class CapsLockNote(QLabel):
    """ "Caps Lock seems to be on" under the fields it watches; its line is
    kept free when hidden, so the form does not jump."""

    def __init__(self, *edits: PassphraseEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._edits = edits
        _reserve_lines(self, 1)
        for edit in edits:
            edit.caps_lock_changed.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        on = any(edit.caps_lock_on for edit in self._edits)
        self.setText(self.tr("Caps Lock seems to be on.") if on else "")

    @property
    def shown(self) -> bool:
        return bool(self.text())


class StrengthMeter(QWidget):
    """A short coloured bar with zxcvbn's verdict in words beside it
    ("Weak", "Fair", "Strong"…); its advice is in ``advice_label``, for
    the form to place below. The rule is core.passphrase_policy's."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 5)  # "Very weak" fills one step of five: a bar, not an empty box
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(max(8, self.fontMetrics().height() // 2))
        self.word_label = QLabel()
        self.word_label.setTextFormat(Qt.TextFormat.PlainText)
        bold = QFont(self.word_label.font())
        bold.setBold(True)
        self.word_label.setFont(bold)
        widest = max(self.fontMetrics().horizontalAdvance(name) for name in self.names())
        self.word_label.setMinimumWidth(widest + self.fontMetrics().horizontalAdvance("MM"))
        self.advice_label = QLabel()
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advice_label.setWordWrap(True)
        self.advice_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        _reserve_lines(self.advice_label, 3)  # zxcvbn's longest advice, at the card's width
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.word_label)
        self.verdict = Strength(0, "")
        self.update_for("")

    def names(self) -> tuple[str, ...]:
        # The same words as core.passphrase_policy.STRENGTH_NAMES, translated.
        return (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"), self.tr("Very strong"))

    def update_for(self, passphrase: str) -> Strength:
        self.verdict = verdict = estimate(passphrase)
        if not passphrase:
            self.bar.setValue(0)
            self.word_label.setText("")
            self.advice_label.setText(self.tr("Use four or more unrelated words."))
            self.bar.setAccessibleDescription(self.tr("Nothing typed yet"))
            return verdict
        word = self.names()[verdict.score]
        self.bar.setValue(verdict.score + 1)
        self.word_label.setText(word)
        self.bar.setAccessibleDescription(word)
        self.advice_label.setText(verdict.advice if verdict.advice and not verdict.acceptable else "")
        self._colour()
        return verdict

    def _colour(self) -> None:
        light, dark = _BAR_COLOURS[self.verdict.score]
        palette = self.bar.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(dark if is_dark(self.palette()) else light))
        self.bar.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour()


class MessageNote(QWidget):
    """One line (or a few) under a form: news in the normal colour, or an
    error in the error colour with an error icon. Its height is kept when
    empty so the form does not move when a message comes or goes."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        if lines == 1:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.icon = QLabel()
        side = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(side, side))
        self.icon.setFixedSize(QSize(side, side))
        self.icon.hide()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(lines > 1)  # one line: a short sentence that is never wrapped
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        _reserve_lines(self.label, lines)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.is_error = False

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:  # noqa: N802 - reads like QLabel's, for callers that say news
        self.show_info(text)

    def show_info(self, text: str) -> None:
        self._show(text, error=False)
        if text:
            self.announce(text)

    def show_error(self, text: str) -> None:
        self._show(text, error=True)
        self.announce(text, assertive=True)

    def clear(self) -> None:
        self._show("", error=False)

    def _show(self, text: str, *, error: bool) -> None:
        self.is_error = error and bool(text)
        self.label.setText(text)
        self.icon.setVisible(self.is_error)
        # Read as it shows, with the word the icon stands for.
        self.label.setAccessibleName(self.tr("Error: %1").replace("%1", text) if self.is_error else "")
        self._colour()

    def _colour(self) -> None:
        palette = self.palette()
        if self.is_error:
            palette.setColor(QPalette.ColorRole.WindowText, error_colour(palette))
        self.label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._colour()

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Tell a screen reader (the one place this note is announced from)."""
        announce(self.label, text, assertive=assertive)


class MatchNote(MessageNote):
    """ "The two passphrases are not the same", said only once the second
    field has been left (or Enter pressed in it), never while it is typed."""

    def __init__(self, first: PassphraseEdit, second: PassphraseEdit, parent: QWidget | None = None):
        super().__init__(lines=1, parent=parent)
        self._first, self._second = first, second
        self._judged = False  # the second field has been left since it was last typed in
        second.editingFinished.connect(self.judge)
        second.textEdited.connect(self._on_second_text_edited)
        second.textChanged.connect(self._on_second_text_changed)
        first.textChanged.connect(self._refresh)

    def judge(self) -> None:
        self._judged = bool(self._second.text())
        self._refresh()

    def reset(self) -> None:
        self._judged = False
        self.clear()

    def _on_second_text_edited(self, _text: str) -> None:
        self._judged = False
        self._refresh()

    def _on_second_text_changed(self, text: str) -> None:
        if text == self._first.text() and self.text():
            self.clear()

    def _refresh(self) -> None:
        mismatch = self._judged and self._first.text() != self._second.text()
        if mismatch and not self.is_error:
            self.show_error(self.tr("The two passphrases are not the same."))
        elif not mismatch and self.text():
            self.clear()


class ElidedLabel(QLabel):
    """A path shortened in the middle to fit ("/home/…/journal.rjournal");
    the whole of it is in the tooltip and in the accessible description."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def _elide(self) -> None:
        """Shorten the folders in the middle and keep the file name whole
        while it fits; past that, shorten the whole path in the middle."""
        width = max(0, self.contentsRect().width())
        metrics = self.fontMetrics()
        full = self._full
        cut = max(full.rfind("/"), full.rfind("\\"))
        if metrics.horizontalAdvance(full) <= width or cut <= 0:
            self.setText(metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, width))
            return
        folder, name = full[:cut], full[cut:]
        room = width - metrics.horizontalAdvance(name)
        if room < metrics.horizontalAdvance("/…/") * 2:
            self.setText(metrics.elidedText(full, Qt.TextElideMode.ElideMiddle, width))
        else:
            self.setText(metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, room) + name)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance("/…/") * 3, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 4, super().sizeHint().height())


class PathView(QWidget):
    """A path shortened to fit, with a "Copy" button for the whole of it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = ElidedLabel()
        self.copy_button = QToolButton()
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the whole location"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.copy_button)
        self.copy_button.clicked.connect(self.copy)

    def set_path(self, text: str) -> None:
        self.label.set_full_text(text)

    def text(self) -> str:
        return self.label.full_text

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.label.full_text)


def add_new_passphrase_rows(form: QFormLayout, match: MessageNote, caps: MessageNote, strength: StrengthMeter) -> None:
    """Under the two fields of a new passphrase (create, change): the
    "not the same" and Caps Lock notes, then the strength bar with its label."""
    notes = QVBoxLayout()
    notes.setSpacing(0)
    notes.addWidget(match)
    notes.addWidget(caps)
    form.addRow("", notes)
    label = QLabel(QCoreApplication.translate("PassphraseFields", "Strength:"))
    label.setBuddy(strength.bar)
    form.addRow(label, strength)

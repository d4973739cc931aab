"""Journal text on the clipboard: marked as secret, and cleared again.

Every copy the app makes reaches the clipboard as a QMimeData carrying the
hints clipboard managers read to skip a copy:

- ``x-kde-passwordManagerHint = secret`` (Klipper, CopyQ, GPaste,
  wl-clip-persist and others on Linux and BSD);
- ``application/x-nspasteboard-concealed-type`` on macOS (nspasteboard.org);
- ``ExcludeClipboardContentFromMonitorProcessing``, and
  ``CanIncludeInClipboardHistory`` and ``CanUploadToCloudClipboard`` set to
  0, on Windows.

Copies come from Qt's own widgets (Ctrl+C and Cut in the editor, the
preview, context menus), from Ctrl+C in the entry list and the search
results, and from Edit → Copy entry text. QClipboard emits ``dataChanged``
synchronously inside ``setMimeData``, before control returns to the event
loop, so a copy this process made without the hints is replaced by a marked
one before any clipboard manager can ask for its data.

The copy is cleared after a delay (Settings, ``security/
clipboard_clear_seconds``, 30 s by default), when the journal locks and when
the app quits, but only while the clipboard still holds that very copy (a
random token travels with it): text copied in another program afterwards is
left alone.
"""

from __future__ import annotations

import atexit
import os
import sys

from PySide6.QtCore import QEvent, QMimeData, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit

from ..core import settings as S

MARKER = "application/x-reflectjournal-copy"
KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
WINDOWS_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing"
WINDOWS_NO_HISTORY = "CanIncludeInClipboardHistory"
WINDOWS_NO_CLOUD = "CanUploadToCloudClipboard"
_DWORD_ZERO = b"\x00\x00\x00\x00"

# Tokens of copies this process made; read at exit (see _clear_at_exit).
_OUR_TOKENS: set[bytes] = set()


def secret_mime(text: str, token: bytes = b"", platform: str = sys.platform) -> QMimeData:
    """Plain text plus the hints that tell clipboard managers to skip it."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, b"secret")
    if platform == "darwin":
        mime.setData(MAC_CONCEALED, b"")
    if platform == "win32":
        mime.setData(WINDOWS_EXCLUDE, b"\x01\x00\x00\x00")
        mime.setData(WINDOWS_NO_HISTORY, _DWORD_ZERO)
        mime.setData(WINDOWS_NO_CLOUD, _DWORD_ZERO)
    if token:
        mime.setData(MARKER, token)
    return mime


# Platforms whose clipboard lives inside this process and that do not track
# ownership (ownsClipboard() is always False there): everything on it was
# put there by this process.
_PROCESS_LOCAL_PLATFORMS = {"offscreen", "minimal", "minimalegl"}


def _process_local() -> bool:
    return QGuiApplication.platformName() in _PROCESS_LOCAL_PLATFORMS


def _owns(clipboard: QClipboard, mode: QClipboard.Mode) -> bool:
    if _process_local():
        return clipboard.mimeData(mode) is not None
    if mode == QClipboard.Mode.Selection:
        return clipboard.ownsSelection()
    return clipboard.ownsClipboard()


def _token_on(clipboard: QClipboard, mode: QClipboard.Mode) -> bytes:
    # Only look at data we own: reading another program's clipboard costs a
    # round trip and is none of our business.
    if not _owns(clipboard, mode):
        return b""
    mime = clipboard.mimeData(mode)
    if mime is None or not mime.hasFormat(MARKER):
        return b""
    return bytes(mime.data(MARKER).data())


def _clear_at_exit() -> None:
    """Last chance at interpreter exit (also keeps Qt's offscreen platform
    from crashing on a Python-made QMimeData left on its clipboard)."""
    if QGuiApplication.instance() is None or not _OUR_TOKENS:
        return
    clipboard = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard] + ([QClipboard.Mode.Selection] if clipboard.supportsSelection() else [])
    for mode in modes:
        if _token_on(clipboard, mode) in _OUR_TOKENS:
            clipboard.clear(mode)


atexit.register(_clear_at_exit)


class ClipboardGuard(QObject):
    """Marks and clears journal text on the clipboard (and, on X11, the
    primary selection, which text selection fills)."""

    cleared = Signal(str)  # why: "timer", "lock" or "quit"

    def __init__(self, prefs, parent: QObject | None = None, *, platform: str = sys.platform):
        super().__init__(parent)
        self._prefs = prefs
        self._platform = platform
        self._tokens: dict[QClipboard.Mode, bytes] = {}
        self._marking = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timeout)
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._on_clipboard_changed)
        if clipboard.supportsSelection():
            clipboard.selectionChanged.connect(self._on_selection_changed)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_about_to_quit)  # a bound slot: disconnected when this object goes
        self.copy_entry_action: QAction | None = None

    def _on_timeout(self) -> None:
        self.clear_if_ours("timer")

    def _on_about_to_quit(self) -> None:
        self.clear_if_ours("quit")

    # -- copying -------------------------------------------------------------

    def clear_after_ms(self) -> int:
        return int(self._prefs.get(S.CLIPBOARD_CLEAR_SECONDS)) * 1000

    def copy_text(self, text: str, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        """Put journal text on the clipboard, marked, and start the timer."""
        token = os.urandom(16).hex().encode()  # as secrets.token_hex, without loading hmac and OpenSSL
        self._tokens[mode] = token
        _OUR_TOKENS.add(token)
        self._marking = True
        try:
            QGuiApplication.clipboard().setMimeData(secret_mime(text, token, self._platform), mode)
        finally:
            self._marking = False
        self.timer.start(self.clear_after_ms())

    def _remark(self, mode: QClipboard.Mode) -> None:
        if self._marking:
            return
        clipboard = QGuiApplication.clipboard()
        if not _owns(clipboard, mode):
            self._tokens.pop(mode, None)  # another program's copy now: not ours to clear
            return
        if _process_local() and QApplication.focusWidget() is None:
            return  # no widget of ours had focus: not a copy from the journal
        mime = clipboard.mimeData(mode)
        if mime is None or mime.hasFormat(MARKER) or not mime.hasText():
            return
        # A copy made by one of our widgets: replace it with a marked one.
        self.copy_text(mime.text(), mode)

    def _on_clipboard_changed(self) -> None:
        self._remark(QClipboard.Mode.Clipboard)

    def _on_selection_changed(self) -> None:
        self._remark(QClipboard.Mode.Selection)

    # -- clearing --------------------------------------------------------------

    def holds_our_copy(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> bool:
        token = self._tokens.get(mode)
        return bool(token) and _token_on(QGuiApplication.clipboard(), mode) == token

    def clear_if_ours(self, why: str = "lock") -> bool:
        """Clear the clipboard (and selection) if it still holds our copy."""
        self.timer.stop()
        clipboard = QGuiApplication.clipboard()
        cleared = False
        for mode in list(self._tokens):
            if self.holds_our_copy(mode):
                self._marking = True
                try:
                    clipboard.clear(mode)
                finally:
                    self._marking = False
                cleared = True
            _OUR_TOKENS.discard(self._tokens.pop(mode))
        if cleared:
            self.cleared.emit(why)
        return cleared

    # -- wiring into the window ---------------------------------------------------

    def attach(self, window) -> QAction:
        """Edit → Copy entry text, and Ctrl+C in the entry list and search
        results. Returns the action for the Edit menu."""
        action = QAction(self.tr("&Copy entry text"), window)
        action.setObjectName("copyEntry")
        action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        action.setEnabled(False)
        window.addAction(action)
        action.triggered.connect(lambda: self.copy_entry(window))
        window.session.unlocked.connect(lambda: action.setEnabled(True))
        window.session.locked.connect(lambda _reason: action.setEnabled(False))
        for view in (window.entry_view, window.results_view):
            view.installEventFilter(self)
        # A copy of more than a sentence from the editor goes through the
        # identifying-information check's preview first (ui/identifying).
        self._window = window
        for edit in (window.editor.body_edit, window.editor.child_edit):
            edit.installEventFilter(self)
        self.copy_entry_action = action
        return action

    def _checked(self, window, text: str) -> str | None:  # type: ignore[no-untyped-def]
        """``text`` as it will leave after the check's preview (None: the
        user went back). Short text (a sentence at most) is not asked about."""
        from .identifying.preview import check_outgoing_text

        if not more_than_a_sentence(text):
            return text
        return check_outgoing_text(window, window.session, window.prompter, text)

    def copy_entry(self, window) -> bool:
        editor = window.editor
        if not window.session.is_unlocked or not editor.has_entry:
            return False
        entry = editor.current_entry()
        parts = [f"# {entry.title}" if entry.title else "", entry.body]
        if entry.child_in_mind:
            parts.append(entry.child_in_mind)
        text = self._checked(window, "\n\n".join(p for p in parts if p))
        if text is None:
            return False
        self.copy_text(text)
        window.statusBar().showMessage(
            self.tr("Copied. The clipboard is cleared in %1 seconds and when the journal locks.").replace(
                "%1", str(self.clear_after_ms() // 1000)
            ),
            4000,
        )
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QPlainTextEdit)
            and event.matches(QKeySequence.StandardKey.Copy)
            and getattr(self, "_window", None) is not None
        ):
            selected = watched.textCursor().selectedText().replace("\u2029", "\n")
            if more_than_a_sentence(selected) and self._window.session.is_unlocked:
                text = self._checked(self._window, selected)
                if text is not None:
                    self.copy_text(text)
                return True
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QAbstractItemView)
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            index: QModelIndex = watched.currentIndex()
            if index.isValid():
                text = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data(Qt.ItemDataRole.DisplayRole)
                if text:
                    self.copy_text(str(text))
            return True
        return super().eventFilter(watched, event)


def more_than_a_sentence(text: str) -> bool:
    """More than one sentence (or a long one): what the copy check asks about."""
    import re

    stripped = text.strip()
    return len(stripped) > 200 or len(re.findall(r"[.!?](?:\s+|$)", stripped)) > 1

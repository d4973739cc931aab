"""Quit cleanly on SIGTERM, SIGHUP and SIGINT (those the platform has).

A desktop session sends SIGTERM at logout and shutdown. Qt does not handle
it, so the process would die with up to two seconds of unsaved typing and
the journal left unlocked in memory until then. Here a signal closes the
window as the user would: it saves, locks (closing the database) and quits.

Python runs signal handlers only when the interpreter has control, which the
Qt event loop does not give it; ``signal.set_wakeup_fd`` writes a byte to a
socket that a QSocketNotifier watches, so the loop wakes at once.

Windows has no SIGHUP: the signals are looked up by name when the handler
is installed, and those the platform lacks are left out.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QWidget

SIGNAL_NAMES = ("SIGTERM", "SIGHUP", "SIGINT")


def handled_signals() -> tuple[int, ...]:
    """The signals of :data:`SIGNAL_NAMES` this platform has."""
    return tuple(getattr(signal, name) for name in SIGNAL_NAMES if hasattr(signal, name))


class GracefulShutdown(QObject):
    """Install with ``GracefulShutdown(window)``; keep a reference."""

    def __init__(self, window: QWidget):
        from PySide6.QtWidgets import QApplication

        super().__init__(QApplication.instance())
        self._window = window
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self.received: list[int] = []
        for number in handled_signals():
            signal.signal(number, self._on_signal)

    def _on_signal(self, number: int, _frame) -> None:
        self.received.append(number)

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass
        if self.received:
            self.close_window()

    def close_window(self) -> None:
        """Close as the user would: closeEvent saves and locks."""
        from PySide6.QtWidgets import QApplication

        self._window.close()
        QApplication.quit()

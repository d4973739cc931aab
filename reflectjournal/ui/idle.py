"""Notice when nobody has touched the app for a while."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


def boot_clock() -> float:
    """Seconds that keep counting while the machine sleeps (Linux
    CLOCK_BOOTTIME), so waking from sleep past the idle time locks at once."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.monotonic()


_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """An application event filter: any input resets the idle time; a
    periodic check emits ``idle`` once the limit has passed.

    ``clock`` and ``check_interval_ms`` are injectable so tests need not wait.
    """

    idle = Signal()

    def __init__(self, *, clock: Callable[[], float] = boot_clock, check_interval_ms: int = 5_000, parent=None):
        super().__init__(parent)
        self._clock = clock
        self._limit = 300.0
        self._last = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(check_interval_ms)
        self.timer.timeout.connect(self.check)

    def set_limit_minutes(self, minutes: int) -> None:
        self._limit = max(1, int(minutes)) * 60.0

    @property
    def limit_seconds(self) -> float:
        return self._limit

    def start(self) -> None:
        self._last = self._clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() in _ACTIVITY:
            self._last = self._clock()
        return False

    def check(self) -> None:
        if self.timer.isActive() and self._clock() - self._last >= self._limit:
            self.timer.stop()
            self.idle.emit()

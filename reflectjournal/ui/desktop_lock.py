"""Lock when the desktop says the screen locked or the machine is going to sleep.

Listens on D-Bus where there is one: the freedesktop and GNOME screensaver
``ActiveChanged`` signals on the session bus, and logind's ``PrepareForSleep``
on the system bus. Without D-Bus nothing happens; the idle timer still counts
sleep time (see idle.boot_clock).
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

# Any sender may say the screen locked: desktops differ in which process owns
# the screensaver name, and a false alarm only locks the journal.
_SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class DesktopLockWatcher(QObject):
    screen_locked = Signal()
    going_to_sleep = Signal()

    def __init__(self, parent: QObject | None = None, *, listen: bool = True):
        super().__init__(parent)
        self.listening = False
        if listen:
            self._listen()

    def _listen(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6-Essentials
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in _SCREENSAVERS:
                if session.connect(
                    "", path, interface, "ActiveChanged", self, SLOT("on_screensaver_active_changed(bool)")
                ):
                    self.listening = True
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("on_prepare_for_sleep(bool)"),
        ):
            self.listening = True

    @Slot(bool)
    def on_screensaver_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.going_to_sleep.emit()

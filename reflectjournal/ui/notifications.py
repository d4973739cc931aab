"""Desktop notifications, for the reminders the user asked for (supervision,
reflecting). Every caller passes fixed phrases made from counts; no journal
text ever goes this way.

:class:`DesktopNotifier` asks the freedesktop notification service
(org.freedesktop.Notifications, over the session D-Bus) and, where there is
none, shows the message from a tray icon; a desktop with neither shows
nothing. Tests use a fake with the same ``notify``.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject

APP_NAME = "reflectjournal"
SHOWN_MS = 10_000


class Notifier(Protocol):
    def notify(self, title: str, message: str) -> None: ...


def _freedesktop_notify(title: str, message: str) -> bool:
    """Send through org.freedesktop.Notifications; False if no service answered."""
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface
    except ImportError:  # pragma: no cover - QtDBus ships with PySide6-Essentials
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    service = QDBusInterface(
        "org.freedesktop.Notifications", "/org/freedesktop/Notifications", "org.freedesktop.Notifications", bus
    )
    if not service.isValid():
        return False
    # Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    reply = service.call("Notify", APP_NAME, 0, "", title, message, [], {}, SHOWN_MS)
    return not reply.errorName()


class DesktopNotifier:
    """The desktop's notifications: the freedesktop service, else a tray
    icon shown only for the moment of the message."""

    def __init__(self, parent: QObject | None = None):
        self._parent = parent
        self._icon = None

    def notify(self, title: str, message: str) -> None:
        if _freedesktop_notify(title, message):
            return
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable() or not QSystemTrayIcon.supportsMessages():
            return
        if self._icon is None:
            self._icon = QSystemTrayIcon(QApplication.windowIcon(), self._parent)
        self._icon.show()
        self._icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS)

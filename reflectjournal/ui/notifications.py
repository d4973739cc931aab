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
SERVICE = "org.freedesktop.Notifications"
TIMEOUT_MS = 2_000


class Notifier(Protocol):
    def notify(self, title: str, message: str) -> None: ...


def _freedesktop_notify(title: str, message: str) -> bool:
    """Send through org.freedesktop.Notifications; False when the session
    bus has no such service or it did not take the message.

    The call goes through the interface's introspected method, so each
    argument has the type the service declares (replaces_id is a uint32,
    actions a list of strings): a plain message would send int32 and a list
    of variants, which real notification daemons refuse. It waits at most
    :data:`TIMEOUT_MS` for the answer."""
    try:
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt
        from PySide6.QtDBus import QDBusConnection, QDBusInterface
    except ImportError:  # pragma: no cover - QtDBus ships with PySide6-Essentials
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    registered = bus.interface().isServiceRegistered(SERVICE)
    if not registered.isValid() or not registered.value():
        return False
    service = QDBusInterface(SERVICE, "/org/freedesktop/Notifications", SERVICE, bus)
    if not service.isValid():
        return False
    service.setTimeout(TIMEOUT_MS)
    # Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
    return bool(
        QMetaObject.invokeMethod(
            service,
            "Notify",
            Qt.ConnectionType.DirectConnection,
            Q_ARG(str, APP_NAME),
            Q_ARG("uint", 0),
            Q_ARG(str, ""),
            Q_ARG(str, title),
            Q_ARG(str, message),
            Q_ARG("QStringList", []),
            Q_ARG("QVariantMap", {}),
            Q_ARG(int, SHOWN_MS),
        )
    )


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

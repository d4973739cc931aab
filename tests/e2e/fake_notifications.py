"""A fake freedesktop notification service for tests/e2e/test_notifications.py:
it owns org.freedesktop.Notifications on the session bus, declares Notify
with the specification's types, and writes each call it receives as a JSON
line to the file named first (it quits after the milliseconds named second).
"""

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Fake(QObject):
    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app, rid, icon, summary, body, actions, hints, timeout):
        with open(sys.argv[1], "a") as out:
            out.write(json.dumps([app, rid, icon, summary, body, list(actions), timeout]) + "\n")
        return 7


app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
fake = Fake()
print(
    "obj",
    bus.registerObject("/org/freedesktop/Notifications", fake, QDBusConnection.RegisterOption.ExportAllSlots),
    flush=True,
)
print("svc", bus.registerService("org.freedesktop.Notifications"), flush=True)
QTimer.singleShot(int(sys.argv[2]) if len(sys.argv) > 2 else 8000, app.quit)
app.exec()

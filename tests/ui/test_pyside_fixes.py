import sys

from PySide6.QtCore import QObject, Signal

import reflectjournal.ui  # noqa: F401  (applies the workaround)
from reflectjournal.ui import _pyside_fixes


class _Emitter(QObject):
    fired = Signal()


def test_many_emits_cannot_exhaust_true():
    """PySide6 6.12.0's emit() drops a reference to True on every call; the
    app would abort after a few thousand keystrokes without the workaround."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(5000):
        emitter.fired.emit()
    after = sys.getrefcount(True)
    assert after > 1_000_000 or after >= before
    assert _pyside_fixes.apply() in (True, False)

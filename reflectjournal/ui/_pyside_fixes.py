"""Work around a reference-counting bug in PySide6 6.12.0.

There, ``SignalInstance.emit()`` returns ``True`` without taking a new
reference, so every emit from Python drops one reference to ``True``. After
a few thousand emits (a few pages of typing) the interpreter aborts with
"Fatal Python error: bool_dealloc". Python 3.12 and later make ``True``
immortal, which hides the bug; on 3.11 we detect it and give ``True`` a very
large reserve of references so it can never reach zero.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # ~10^12 emits; a session of typing makes a few thousand
_applied = False


def _emit_loses_a_reference() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        probed = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.probed.emit()
    return sys.getrefcount(True) < before - 4


def apply() -> bool:
    """Apply the workaround once if this PySide6 has the bug; True if applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if _emit_loses_a_reference():
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(True)).value += _RESERVE
        _applied = True
    return _applied

"""Work around reference-counting bugs in PySide6 6.12.0.

There, ``SignalInstance.emit()`` returns ``True`` without taking a new
reference, and a Python ``data()`` override that returns ``None`` (or a
bool) loses a reference to it on the way back to C++. Every emit, and every
model cell Qt asks about, drops one reference to ``True``, ``False`` or
``None``. After some thousands (a few pages of typing, one scroll through a
list) the interpreter aborts with "Fatal Python error: bool_dealloc" or
"none_dealloc". Python 3.12 and later make these objects immortal, which
hides the bugs; on 3.11 we detect them and give the three singletons a very
large reserve of references, so they can never reach zero. They are never
freed anyway, so the reserve changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # ~10^12 lost references; a long session loses millions at most
_applied = False


def _probe_losses() -> bool:
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal

    class _Probe(QObject):
        probed = Signal()

    class _Model(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
            return 1

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return {Qt.ItemDataRole.UserRole: True, Qt.ItemDataRole.UserRole + 1: False}.get(role)

    probe, model = _Probe(), _Model()
    index = model.index(0, 0)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(8):
        probe.probed.emit()
        index.data(Qt.ItemDataRole.DisplayRole)
        index.data(Qt.ItemDataRole.UserRole)
        index.data(Qt.ItemDataRole.UserRole + 1)
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    return any(a < b - 4 for a, b in zip(after, before, strict=True))


def apply() -> bool:
    """Apply the workaround once if this PySide6 loses references; True if applied."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return _applied
    if _probe_losses():
        for singleton in (True, False, None):
            # ob_refcnt is the first field of every CPython object.
            ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
        _applied = True
    return _applied

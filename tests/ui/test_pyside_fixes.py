import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal

import reflectjournal.ui  # noqa: F401  (applies the workaround)
from reflectjournal.ui import _pyside_fixes


class _Emitter(QObject):
    fired = Signal()


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_many_emits_and_none_answers_cannot_exhaust_the_singletons():
    """PySide6 6.12.0 drops a reference to True on every emit() and to None on
    every data() answer of None; without the workaround the app aborts after
    a few thousand keystrokes or one scroll through a long list."""
    emitter, model = _Emitter(), _Model()
    index = model.index(0, 0)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(20_000):
        emitter.fired.emit()
        index.data(Qt.ItemDataRole.DecorationRole)
    after = sys.getrefcount(True), sys.getrefcount(None)
    for a, b in zip(after, before, strict=True):
        assert a > 1_000_000 or a >= b
    assert _pyside_fixes.apply() in (True, False)

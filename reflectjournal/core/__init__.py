"""The Qt-free core: storage, domain, search, rendering and export.

Nothing in this package may import PySide6; ``tests/core/test_no_qt.py`` proves it.
"""

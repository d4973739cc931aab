"""Placeholder desktop app until the desktop-app issue lands (to be replaced)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_app(argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle("reflectjournal")
    window.setCentralWidget(QLabel("reflectjournal: the desktop app is on its way. Use the command line for now."))
    window.resize(640, 400)
    window.show()
    return app.exec()

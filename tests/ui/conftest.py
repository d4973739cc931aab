"""Fixtures for the UI tests: a window with a low-cost KDF, a scripted
prompter (no modal dialog is ever shown) and a fake idle clock."""

from __future__ import annotations

import base64
import http.server
import threading
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog

from reflectjournal.app import build_window
from reflectjournal.ui.idle import IdleWatcher
from reflectjournal.ui.preferences import Preferences
from reflectjournal.ui.prompter import ScriptedPrompter
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def prompter() -> ScriptedPrompter:
    return ScriptedPrompter()


@pytest.fixture
def settings_file(tmp_path) -> Path:
    return tmp_path / "config" / "reflectjournal.conf"


@pytest.fixture
def prefs(settings_file) -> Preferences:
    return Preferences(settings_file)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_window(qtbot, prompter, prefs, clock):
    made = []

    def make(preferences: Preferences | None = None):
        watcher = IdleWatcher(clock=clock, check_interval_ms=20)
        window = build_window(kdf=TEST_KDF, prompter=prompter, prefs=preferences or prefs, idle_watcher=watcher)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()
        window.session.wait_for_worker()
        if window.session.is_unlocked:
            window.session.lock("quit")
        QApplication.instance().removeEventFilter(window.idle_watcher)
    try:
        stray = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        assert not stray, f"a dialog was left open: {stray}"
    finally:
        # Destroy the windows through Qt now, not when the garbage collector
        # next frees their wrappers (see windows_deleted_by_qt in tests/conftest.py).
        for window in made:
            window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        made.clear()


@pytest.fixture
def window(make_window):
    return make_window()


def create_journal(qtbot, window, path: Path, passphrase: str = TEST_PASSPHRASE) -> None:
    page = window.welcome_page
    assert window.pages.currentWidget() is page
    page.set_path(path)
    page.passphrase_edit.setText(passphrase)
    page.repeat_edit.setText(passphrase)
    assert page.create_button.isEnabled()
    page.create_button.click()
    qtbot.waitUntil(
        lambda: window.session.is_unlocked and window.pages.currentWidget() is window.journal_view, timeout=10_000
    )


def unlock(qtbot, window, passphrase: str = TEST_PASSPHRASE) -> None:
    page = window.unlock_page
    assert window.pages.currentWidget() is page
    page.passphrase_edit.setText(passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: not window.session.is_busy, timeout=10_000)


@pytest.fixture
def open_window(qtbot, window, journal_path):
    """A window with a freshly created, unlocked journal."""
    create_journal(qtbot, window, journal_path)
    return window


@pytest.fixture(autouse=True)
def no_modal_dialogs(request, monkeypatch):
    """Any modal loop a test did not ask for fails at once instead of hanging."""
    if request.node.get_closest_marker("real_dialogs"):
        return
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"a modal {type(self).__name__} was opened outside the prompter seam")

    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog):
        monkeypatch.setattr(cls, "exec", refuse)


def pytest_configure(config):
    config.addinivalue_line("markers", "real_dialogs: the test drives a real Qt dialog on purpose")


def all_widget_texts(app: QApplication) -> list[str]:
    """Every piece of text any widget, model, completer or action holds."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QComboBox,
        QCompleter,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    texts: list[str] = []
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.UserRole + 4,
        Qt.ItemDataRole.UserRole + 10,
    )

    def model_texts(model) -> None:
        if model is None:
            return
        try:
            columns = max(1, model.columnCount(QModelIndex()))
        except TypeError:  # list models keep columnCount private
            columns = 1
        for row in range(model.rowCount(QModelIndex())):
            for col in range(columns):
                index = model.index(row, col)
                for role in roles:
                    value = model.data(index, role)
                    if value is not None:
                        texts.append(str(value))

    for widget in app.allWidgets():
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        if isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.toPlainText())
            texts.append(widget.toHtml())
        elif isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView):
            model_texts(widget.model())
        for completer in widget.findChildren(QCompleter):
            model_texts(completer.model())
            model_texts(completer.completionModel())
        for action in widget.actions():
            texts.extend([action.text(), action.toolTip(), action.statusTip()])
        if isinstance(widget, QWidget) and hasattr(widget, "statusBar") and callable(widget.statusBar):
            try:
                texts.append(widget.statusBar().currentMessage())
            except Exception:
                pass
    return texts


def widgets_that_can_undo(app: QApplication) -> list:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    found = []
    for widget in app.allWidgets():
        if isinstance(widget, QLineEdit) and (widget.isUndoAvailable() or widget.isRedoAvailable()):
            found.append(widget)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            doc = widget.document()
            if doc.isUndoAvailable() or doc.isRedoAvailable():
                found.append(widget)
    return found


def type_text(qtbot, widget, text: str) -> None:
    """keyClicks, with newlines typed as the Return key (QTest has no key for '\\n')."""
    from PySide6.QtCore import Qt

    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


# -- a server on 127.0.0.1 that must never be asked for anything -------------------

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every GET with a 1x1 PNG and records the path."""

    def do_GET(self):  # noqa: N802
        self.server.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, *args):
        pass


@pytest.fixture
def http_server():
    """A local HTTP server; ``http_server.requests`` lists what it was asked for."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def assert_server_would_have_seen(server) -> None:
    """The positive control for "nothing was fetched": after the test's own
    ``requests == []``, a request from this process is recorded, so the empty
    list meant nothing asked, not a server that records nothing."""
    port = server.server_address[1]
    urllib.request.urlopen(f"http://127.0.0.1:{port}/control", timeout=5).read()
    assert server.requests == ["/control"]

"""Fixtures for the UI tests: a window with a low-cost KDF, a scripted
prompter (no modal dialog is ever shown) and a fake idle clock."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    stray = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert not stray, f"a dialog was left open: {stray}"


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
    qtbot.waitUntil(lambda: window.session.is_unlocked and window.pages.currentWidget() is window.journal_view, timeout=10_000)


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

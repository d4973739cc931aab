"""Every window fits its screen (reflectjournal/ui/screen_fit.py).

The offscreen platform's screen size is fixed per process, so the windows
are checked in one process per screen (tests/e2e/screens.py, as
scripts/screen-check runs it, without the pictures); the geometry helpers
are checked here on the test process's own screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QScrollArea, QWidget

from reflectjournal.ui import screen_fit

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, width: int, height: int, scale: float = 1.0, large_text: bool = False) -> dict[str, str]:
    config = tmp_path / f"screen-{width}x{height}.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "logicalBaseDpi": 96}
    config.write_text(json.dumps({"screens": [{**screen, "dpr": 1}]}))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_SCALE", "QT_FONT_DPI", "QT_ENABLE_HIGHDPI"))}
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["PYTHONPATH"] = str(ROOT)
    if scale != 1.0:
        env["QT_SCALE_FACTOR"] = str(scale)
    if large_text:
        env["QT_ENABLE_HIGHDPI_SCALING"] = "0"
        env["QT_FONT_DPI"] = "144"
    return env


def _screens(tmp_path: Path, only: str, **screen) -> subprocess.CompletedProcess:
    env = _env(tmp_path, **screen)
    command = [sys.executable, "-m", "tests.e2e.screens", "--only", only]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


# All of them: the windows whose buttons were off the screen in issue 11, the start pages, every dialog.
WINDOWS = ""  # every window and dialog tests/e2e/screens.py knows


@pytest.mark.slow
@pytest.mark.parametrize(
    "screen",
    [
        {"width": 1024, "height": 600},
        {"width": 1366, "height": 768},
        {"width": 1920, "height": 1080, "scale": 1.5},
        {"width": 2048, "height": 1200, "scale": 2.0},
        {"width": 1366, "height": 768, "large_text": True},
    ],
    ids=["1024x600", "1366x768", "1920x1080@150", "2048x1200@200", "1366x768-largetext"],
)
def test_every_control_is_inside_its_window_and_every_window_on_screen(tmp_path, screen):
    done = _screens(tmp_path, WINDOWS, **screen)
    problems = [line for line in done.stdout.splitlines() if line.startswith("PROBLEM:")]
    assert "SCREEN:" in done.stdout, done.stderr[-2000:]
    assert not problems, "\n".join(problems)


def test_the_check_names_a_control_outside_its_window(qtbot):
    window = QWidget()
    window.setWindowTitle("Cramped")
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    for text in ("Export as PDF…", "Export as Markdown…", "Print…", "Delete session…"):
        row.addWidget(QPushButton(text))
    window.show()
    window.setFixedSize(120, 60)  # smaller than the row of buttons needs
    QApplication.processEvents()
    problems = screen_fit.layout_problems(window)
    assert any("Cramped" in p and "Print" in p for p in problems), problems


def test_a_control_scrolled_out_of_view_is_not_a_problem(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    content = QWidget()
    QHBoxLayout(content).addWidget(QPushButton("Far right"))
    content.setMinimumSize(2000, 2000)
    area = QScrollArea(window)
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setGeometry(0, 0, 200, 200)
    window.resize(200, 200)
    window.move(screen_fit.screen_for(window).availableGeometry().topLeft())
    window.show()
    QApplication.processEvents()
    assert screen_fit.layout_problems(window) == []


def test_first_size_is_at_most_nine_tenths_of_the_screen_and_centred():
    available = QRect(0, 0, 1024, 600)
    rect = screen_fit.first_rect(QSize(1180, 760), available)
    assert rect.width() <= 0.9 * 1024 and rect.height() <= 0.9 * 600
    assert available.contains(rect) and abs(rect.center().x() - available.center().x()) <= 1
    assert screen_fit.first_rect(QSize(400, 300), available).size() == QSize(400, 300)


def test_a_dialog_too_big_for_the_screen_is_shrunk_and_moved_onto_it(qtbot):
    dialog = QWidget()
    qtbot.addWidget(dialog)
    available = screen_fit.screen_for(dialog).availableGeometry()
    dialog.resize(available.width() + 400, available.height() + 300)
    dialog.move(available.right() - 50, available.bottom() - 50)
    screen_fit.install()
    dialog.show()
    QApplication.processEvents()
    assert available.contains(dialog.frameGeometry())


_SAVE = """
import base64, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setGeometry(60, 40, 1800, 1000)
window.show()
app.processEvents()
print(base64.b64encode(bytes(window.saveGeometry().data())).decode())
"""

_RESTORE = """
import base64, sys
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QApplication, QMainWindow
from reflectjournal.ui import screen_fit
app = QApplication([])
window = QMainWindow()
used = screen_fit.restore_or_first_size(window, QByteArray(base64.b64decode(sys.argv[1])), QSize(1180, 760))
window.show()
app.processEvents()
frame, screen = window.frameGeometry(), app.primaryScreen().availableGeometry()
print(used, screen.contains(frame), frame.width(), frame.height(), screen.width(), screen.height())
"""


def test_geometry_saved_on_a_large_screen_is_not_restored_onto_a_small_one(tmp_path):
    """A laptop undocked from a 1920×1080 monitor: the window opens inside the 1024×600 screen."""
    saved = subprocess.run(
        [sys.executable, "-c", _SAVE], env=_env(tmp_path, 1920, 1080), capture_output=True, text=True, check=True
    ).stdout.strip()
    assert saved
    restored = subprocess.run(
        [sys.executable, "-c", _RESTORE, saved],
        cwd=ROOT,
        env=_env(tmp_path, 1024, 600),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    used, inside, width, height = restored[0], restored[1], int(restored[2]), int(restored[3])
    assert used == "False" and inside == "True", restored
    assert width <= 1024 and height <= 600


def test_geometry_that_fits_is_restored(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    available = screen_fit.screen_for(window).availableGeometry()
    window.setGeometry(available.x() + 10, available.y() + 10, 300, 200)
    saved = window.saveGeometry()
    other = QWidget()
    qtbot.addWidget(other)
    assert screen_fit.restore_or_first_size(other, QByteArray(saved), QSize(1180, 760))
    assert other.size() == QSize(300, 200)


def test_the_start_pages_scroll_and_are_still_the_current_page(window):
    for page in (window.welcome_page, window.unlock_page):
        area = page.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea) and area.widget() is page
    window.show_welcome()
    assert window.pages.currentWidget() is window.welcome_page
    assert window.pages.indexOf(window.welcome_page) >= 0

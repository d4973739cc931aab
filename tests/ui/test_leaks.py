"""Leaks outside the journal file: the clipboard and Qt's own messages.

- Journal text copied from the editor, the preview, the entry list, the
  search results and Edit → Copy entry text carries the hints clipboard
  managers read to skip it, and is cleared after a delay, on lock and on
  quit, but only while the clipboard still holds that copy.
- Qt's warnings (which can quote user text) never reach stderr with their
  text: ui/qtlog.py, installed by app.run_app.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reflectjournal.core import settings as S
from reflectjournal.ui import clipboard as cb
from reflectjournal.ui import qtlog
from tests.ui.conftest import type_text

CANARY = "Canary5Quokka"


def clip():
    return QApplication.clipboard()


def assert_marked_secret(text_part: str) -> None:
    mime = clip().mimeData()
    assert mime is not None and text_part in mime.text()
    assert bytes(mime.data(cb.KDE_HINT).data()) == b"secret"
    assert mime.hasFormat(cb.MARKER)
    # Only plain text: no HTML, Markdown or ODF copies of the entry.
    assert {f for f in mime.formats() if not f.startswith(("x-kde", "application/x-reflectjournal"))} == {"text/plain"}


def write_entry(qtbot, window) -> None:
    qtbot.keyClicks(window.editor.title_edit, f"Title {CANARY}")
    type_text(qtbot, window.editor.body_edit, f"Body {CANARY} line")
    assert window.save_now()


@pytest.fixture
def guard(open_window):
    yield open_window.clipboard_guard
    open_window.clipboard_guard.clear_if_ours("test")
    clip().clear()


def test_ctrl_c_in_the_editor_body_is_marked_secret(qtbot, open_window, guard):
    write_entry(qtbot, open_window)
    body = open_window.editor.body_edit
    body.setFocus()
    body.selectAll()
    qtbot.keySequence(body, QKeySequence.StandardKey.Copy)
    assert_marked_secret(f"Body {CANARY} line")
    assert guard.holds_our_copy()
    assert guard.timer.isActive() and guard.timer.interval() == 30_000


def test_cut_and_context_menu_copy_paths_are_marked_too(qtbot, open_window, guard):
    write_entry(qtbot, open_window)
    title = open_window.editor.title_edit
    title.setFocus()
    title.selectAll()
    title.copy()  # what the context menu's Copy calls
    assert_marked_secret(f"Title {CANARY}")
    body = open_window.editor.body_edit
    body.setFocus()
    body.selectAll()
    qtbot.keySequence(body, QKeySequence.StandardKey.Cut)
    assert_marked_secret(f"Body {CANARY} line")


def test_copy_from_the_preview_is_marked_secret(qtbot, open_window, guard):
    write_entry(qtbot, open_window)
    preview = open_window.editor.preview
    open_window.preview_action.setChecked(True)  # the preview is off until asked for
    open_window.editor.update_preview()
    preview.setFocus()
    preview.selectAll()
    preview.copy()
    assert_marked_secret(CANARY)


def test_ctrl_c_in_the_entry_list_and_search_results(qtbot, open_window, guard):
    write_entry(qtbot, open_window)
    view = open_window.entry_view
    view.setFocus()
    row = next(
        r
        for r in range(open_window.entry_model.rowCount())
        if open_window.list_index(r).data(Qt.ItemDataRole.UserRole + 1)
    )
    view.setCurrentIndex(open_window.list_index(row))
    clip().clear()
    qtbot.keySequence(view, QKeySequence.StandardKey.Copy)
    assert_marked_secret(CANARY)
    clip().clear()
    qtbot.keyClicks(open_window.search_edit, CANARY)
    qtbot.waitUntil(lambda: open_window.results_model.rowCount() > 0, timeout=3000)
    results = open_window.results_view
    results.setFocus()
    results.setCurrentIndex(open_window.results_model.index(0, 0))
    qtbot.keySequence(results, QKeySequence.StandardKey.Copy)
    assert_marked_secret(CANARY)


def test_copy_entry_text_action(qtbot, open_window, guard):
    write_entry(qtbot, open_window)
    action = open_window.copy_entry_action
    assert action.isEnabled() and action in open_window.menuBar().actions()[1].menu().actions()
    action.trigger()
    assert_marked_secret(f"# Title {CANARY}")
    assert f"Body {CANARY} line" in clip().text()
    assert "cleared in 30 seconds" in open_window.statusBar().currentMessage()
    open_window.lock_action.trigger()
    assert not action.isEnabled()


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        ("linux", {cb.KDE_HINT: b"secret"}),
        ("darwin", {cb.KDE_HINT: b"secret", cb.MAC_CONCEALED: b""}),
        (
            "win32",
            {
                cb.WINDOWS_EXCLUDE: b"\x01\x00\x00\x00",
                cb.WINDOWS_NO_HISTORY: b"\0\0\0\0",
                cb.WINDOWS_NO_CLOUD: b"\0\0\0\0",
            },
        ),
    ],
)
def test_the_hints_for_each_desktop(qapp, platform, expected):
    mime = cb.secret_mime("text", b"token", platform)
    assert mime.text() == "text"
    for name, value in expected.items():
        assert mime.hasFormat(name) and bytes(mime.data(name).data()) == value, name
    if platform == "linux":
        assert not mime.hasFormat(cb.MAC_CONCEALED) and not mime.hasFormat(cb.WINDOWS_EXCLUDE)


def test_cleared_after_the_delay_from_settings(qtbot, open_window, guard, prefs):
    prefs.set(S.CLIPBOARD_CLEAR_SECONDS, 7)
    write_entry(qtbot, open_window)
    open_window.copy_entry_action.trigger()
    assert guard.timer.interval() == 7_000
    guard.timer.start(50)  # the same timer, shortened
    with qtbot.waitSignal(guard.cleared, timeout=2000) as blocker:
        pass
    assert blocker.args == ["timer"]
    assert CANARY not in clip().text()
    assert open_window.session.is_unlocked  # clearing is not locking


def test_cleared_on_lock_and_on_quit(qtbot, open_window, guard):
    write_entry(qtbot, open_window)
    open_window.copy_entry_action.trigger()
    open_window.lock_action.trigger()
    assert CANARY not in clip().text()
    from tests.ui.conftest import unlock

    unlock(qtbot, open_window)
    write_entry(qtbot, open_window)
    open_window.copy_entry_action.trigger()
    assert CANARY in clip().text()
    open_window.close()
    assert CANARY not in clip().text()


def test_quit_clears_even_when_already_locked(qtbot, open_window, guard):
    write_entry(qtbot, open_window)
    open_window.copy_entry_action.trigger()
    with qtbot.waitSignal(guard.cleared, timeout=1000) as blocker:
        QApplication.instance().aboutToQuit.emit()
    assert blocker.args == ["quit"]
    assert CANARY not in clip().text()


def test_text_copied_elsewhere_afterwards_is_left_alone(qtbot, open_window, guard):
    write_entry(qtbot, open_window)
    open_window.copy_entry_action.trigger()
    # Another program copies something; on this platform that is simulated
    # by setting the clipboard with no widget of ours focused.
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    if QApplication.focusWidget() is not None:
        pytest.skip("cannot drop focus on this platform")
    clip().setText("copied from another program")
    assert not guard.holds_our_copy()
    guard.timer.timeout.emit()
    open_window.lock_action.trigger()
    assert clip().text() == "copied from another program"


# -- Qt's own messages ------------------------------------------------------------------------


def test_handler_withholds_the_text_of_warnings_and_drops_debug(capfd):
    context = QMessageLogContext()
    qtlog.qt_message_handler(QtMsgType.QtWarningMsg, context, f"QRegularExpression: pattern is '{CANARY}'")
    qtlog.qt_message_handler(QtMsgType.QtCriticalMsg, context, CANARY)
    qtlog.qt_message_handler(QtMsgType.QtDebugMsg, context, CANARY)
    qtlog.qt_message_handler(QtMsgType.QtInfoMsg, context, CANARY)
    err = capfd.readouterr().err
    assert CANARY not in err
    assert err.count("reflectjournal: Qt") == 2
    assert "Qt warning (default)" in err and "Qt critical error (default)" in err


def test_a_category_that_is_not_a_plain_name_is_not_printed():
    assert "unnamed" in qtlog.redacted_line(QtMsgType.QtWarningMsg, f"weird {CANARY} category")
    assert "qt.qpa.xcb" in qtlog.redacted_line(QtMsgType.QtWarningMsg, "qt.qpa.xcb")
    assert qtlog.redacted_line(QtMsgType.QtDebugMsg, "qt.qpa.xcb") is None


def test_run_app_installs_the_handler_and_real_qt_warnings_quoting_text_stay_off_stderr(tmp_path):
    """A separate process: the real stderr (fd 2), the app's real start-up
    path (run_app, with the window and the event loop stubbed)."""
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QMetaObject, QObject, QRegularExpression
        from PySide6.QtWidgets import QApplication
        import reflectjournal.app as app

        class Dummy:
            def show(self):
                pass

        app.build_window = lambda **kwargs: Dummy()
        app.open_pack_files = lambda window, argv: None

        def fake_exec(*args):
            QRegularExpression("({CANARY}").match("searching")
            QMetaObject.invokeMethod(QObject(), "{CANARY}Method")
            return 0

        QApplication.exec = fake_exec
        sys.exit(app.run_app([]))
        """
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert CANARY not in done.stderr and CANARY not in done.stdout
    assert "reflectjournal: Qt warning" in done.stderr
    # The same warnings without the handler do quote the canary (the test can see a leak).
    bare = script.replace("sys.exit(app.run_app([]))", "QApplication([]); fake_exec()")
    leaked = subprocess.run(
        [sys.executable, "-c", bare], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path
    )
    assert CANARY in leaked.stderr

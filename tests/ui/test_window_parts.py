"""The main window's shape (issue 10): parts with one job each, one wiring
map, and one autosaver shared by every editor window."""

from __future__ import annotations

import ast
from pathlib import Path

from reflectjournal.ui.autosave import AUTOSAVE_MS, Autosaver

UI = Path(__file__).resolve().parents[2] / "reflectjournal" / "ui"
MAX_CLASS_LINES = 400


def _classes() -> list[tuple[str, int]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                found.append((node.name, node.end_lineno - node.lineno + 1))
    return found


def test_no_ui_class_grows_past_400_lines():
    classes = _classes()
    assert any(name == "MainWindow" for name, _ in classes)  # the walk sees the window
    assert not [(name, lines) for name, lines in classes if lines > MAX_CLASS_LINES]


def test_the_main_window_connects_its_parts_in_one_place():
    tree = ast.parse((UI / "main_window.py").read_text(encoding="utf-8"))
    window = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MainWindow")
    places = {
        method.name
        for method in window.body
        if isinstance(method, ast.FunctionDef)
        for call in ast.walk(method)
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "connect"
    }
    assert places == {"_connect_signals"}


def test_entry_and_supervision_editors_autosave_through_the_one_autosaver(qtbot, open_window):
    window = open_window
    sv = window.supervision.prepare()
    assert sv is not None
    for saver, edited in ((window.editor_pane.autosaver, window.editor.edited), (sv.autosaver, sv.editor.edited)):
        assert type(saver) is Autosaver
        assert saver.timer.interval() == AUTOSAVE_MS and saver.timer.isSingleShot()
        edited.emit()
        assert saver.is_dirty and saver.timer.isActive()
    window.editor.title_edit.setText("A title to save")
    assert window.save_now() and sv.save_now()
    assert not window.is_dirty and not sv.is_dirty
    assert window.save_status.text() == sv.save_status.text() == "Saved"
    sv.close()

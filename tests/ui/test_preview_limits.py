"""The preview and every pack field shown in the app, on text that used to
crash or stall rendering (issue 20, item 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reflectjournal.core.packs import Prompt, Source, validate_pack_bytes, write_pack
from reflectjournal.core.rendering import FLATTENED_NOTE, PREVIEW_CUT_NOTE
from reflectjournal.ui.preview import SafeTextBrowser
from tests.ui.test_packs_ui import PreviewSeen, installed_versions, make_pack, show_panel, write_pack_file

CALM = "Calm visit to the Ashdown family; the kitchen was warm."
LIST_600 = "- " * 600 + "x"
B_20000 = "<b>" * 20_000 + "x" + "</b>" * 20_000
ONE_MB = ("A long reflection with ordinary words in it. " * 23_000)[:1_000_000]


def write(window, title: str, body: str) -> int:
    window.new_action.trigger()
    window.editor.title_edit.setText(title)
    window.editor.body_edit.setPlainText(body)
    window.save_now()
    return window.editor.entry_id


def select(window, entry_id: int) -> None:
    window.entry_view.setCurrentIndex(window.list_index(window.entry_model.row_of(entry_id)))
    assert window.editor.entry_id == entry_id


@pytest.mark.parametrize(
    ("body", "note"),
    [(LIST_600, FLATTENED_NOTE), (B_20000, PREVIEW_CUT_NOTE), (ONE_MB, PREVIEW_CUT_NOTE)],
    ids=["600 nested list markers", "20,000 nested b tags", "1 MB"],
)
def test_the_preview_shows_the_selected_entry_never_the_one_before(qtbot, open_window, body, note):
    window = open_window
    window.preview_action.setChecked(True)  # the preview is off until asked for
    assert window.editor.preview.isVisibleTo(window.editor)
    calm = write(window, "Calm", CALM)
    hostile = write(window, "Hostile", body)

    select(window, calm)
    assert "Ashdown" in window.editor.preview.toPlainText()
    select(window, hostile)
    shown = window.editor.preview.toPlainText()
    assert "Ashdown" not in shown  # before: the calm entry stayed on screen
    assert note in shown
    select(window, calm)
    assert "Ashdown" in window.editor.preview.toPlainText()


def test_a_preview_that_cannot_render_says_so_instead_of_keeping_old_text(qtbot, monkeypatch):
    view = SafeTextBrowser()
    qtbot.addWidget(view)
    view.show_markdown(CALM)
    assert "Ashdown" in view.toPlainText()

    def broken(text, **kwargs):
        raise RuntimeError("a renderer bug")

    monkeypatch.setattr("reflectjournal.ui.preview.render_markdown", broken)
    view.show_markdown("anything")
    assert "Ashdown" not in view.toPlainText()
    assert "cannot be previewed" in view.toPlainText()


def hostile_pack_bytes(description: str) -> bytes:
    prompt = Prompt(
        id="deep",
        title="Deeply nested guidance",
        questions=("What happened?",),
        when=("after_home_visit",),
        sources=(Source("Gibbs, G.", "Learning by Doing", 1988),),
        guidance=LIST_600,
    )
    return write_pack(make_pack(description=description, prompts=(prompt,)))


@pytest.mark.parametrize("description", ["- " * 1000, "- " * 1000 + "x"], ids=["as in the issue", "with a word"])
def test_a_pack_with_deeply_nested_fields_validates_imports_and_shows_safely(
    qtbot, open_window, prompter, tmp_path, description
):
    """Accepted by both ``pack validate`` and import (one code path,
    core.packs), and rendered flattened wherever the app shows it."""
    window = open_window
    data = hostile_pack_bytes(description)
    assert validate_pack_bytes(data) == []
    path = Path(tmp_path / "deep.rjpack")
    path.write_bytes(data)

    app = QApplication.instance()
    before = set(app.topLevelWidgets())
    seen = PreviewSeen()
    new_while_open: list[set] = []

    def look(dialog) -> bool:
        new_while_open.append(set(app.topLevelWidgets()) - before)
        return seen(dialog)

    prompter.dialog_actions.append(look)
    assert window.packs.import_file(path)  # before: the dialog broke and a stray window stayed
    assert seen.seen["title"] == "Visits pack for testing"
    # The positive control: the same comparison sees the preview while it is open.
    assert len(new_while_open) == 1 and new_while_open[0]
    assert installed_versions(window) == {"org.example.test-pack": "1.0.0"}
    app.processEvents()
    assert set(app.topLevelWidgets()) - before == set()

    browser = show_panel(window).browser
    assert browser.select_prompt("org.example.test-pack/deep")
    guidance = browser.details.guidance_view.toPlainText()
    assert "x" in guidance.split() and FLATTENED_NOTE in guidance


def test_the_import_dialog_shows_the_flattened_description(qtbot, open_window, prompter, tmp_path):
    window = open_window
    path = write_pack_file(tmp_path / "deep.rjpack", make_pack(description="> " * 500 + "Quokka words"))
    seen = PreviewSeen(accept=False)
    prompter.dialog_actions.append(seen)
    assert not window.packs.import_file(path)
    assert "Quokka words" in seen.seen["description_html"]

"""Look-alikes in the app (issue 20, item 6): a pack titled like a built-in
one never shows identically in the chooser or the import preview, and a
refused entry title loses nothing else."""

from __future__ import annotations

from dataclasses import replace

from reflectjournal.core.packs import builtin_packs, read_pack, write_pack
from reflectjournal.core.vault import Journal
from reflectjournal.ui.packs.chooser import PromptChooserDialog
from reflectjournal.ui.packs.importing import ImportPreviewDialog
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.ui.test_packs_ui import installed_versions, make_pack, write_pack_file

CYRILLIC_E = "\u0435"


def spoof_of(builtin, title: str | None = None):
    """The attack: another id, another author, the built-in pack's title and first prompt."""
    pack = replace(
        make_pack(pack_id="org.example.spoof", title=title or builtin.title),
        authors=("Mallory Example",),
    )
    pack = replace(pack, prompts=(replace(builtin.prompts[0], pack_id=""), *pack.prompts))
    return read_pack(write_pack(pack), name="spoof")


def combo_texts(browser) -> list[str]:
    return [browser.pack_combo.itemText(i) for i in range(browser.pack_combo.count())]


def test_the_chooser_shows_authors_and_id_where_titles_look_alike(qtbot):
    builtin = builtin_packs()[0]
    others = builtin_packs()[1:]
    spoof = spoof_of(builtin)
    dialog = PromptChooserDialog([builtin, *others, spoof])
    qtbot.addWidget(dialog)
    texts = combo_texts(dialog.browser)
    assert len(set(texts)) == len(texts)  # nothing shown twice, identical
    shown_builtin = texts[1]
    shown_spoof = texts[-1]
    assert builtin.id in shown_builtin and builtin.authors[0] in shown_builtin
    assert "org.example.spoof" in shown_spoof and "Mallory Example" in shown_spoof
    # Packs without a look-alike keep their plain title.
    assert texts[2:-1] == [p.title for p in others]
    # The prompt details say which pack, with the same label; the prompts say the pack's id.
    dialog.browser.pack_combo.setCurrentIndex(len(texts) - 1)
    assert f"Pack: {shown_spoof}" in dialog.browser.details.meta_label.text()
    rows = [dialog.browser.prompt_list.item(i).text() for i in range(dialog.browser.prompt_list.count())]
    assert rows and all(row.endswith("(org.example.spoof)") for row in rows)
    dialog.browser.pack_combo.setCurrentIndex(0)
    rows = [dialog.browser.prompt_list.item(i).text() for i in range(dialog.browser.prompt_list.count())]
    assert len(rows) == len(set(rows))  # a prompt copied into the look-alike never reads the same either


def test_the_chooser_tells_a_title_with_swapped_letters_apart(qtbot):
    builtin = builtin_packs()[0]
    swapped = spoof_of(builtin, title=builtin.title.replace("l", "I", 1))
    dialog = PromptChooserDialog([builtin, swapped])
    qtbot.addWidget(dialog)
    texts = combo_texts(dialog.browser)
    assert "org.example.spoof" in texts[2] and builtin.id in texts[1]


class PreviewSeen:
    def __init__(self):
        self.seen: dict = {}

    def __call__(self, dialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        self.seen = {
            "id": dialog.id_label.text(),
            "look_alike": dialog.look_alike_label.text(),
            "look_alike_visible": not dialog.look_alike_label.isHidden(),
        }
        return True


def test_the_import_preview_shows_the_id_and_names_the_pack_it_looks_like(qtbot, open_window, prompter, tmp_path):
    window = open_window
    builtin = builtin_packs()[0]
    spoof = spoof_of(builtin)
    seen = PreviewSeen()
    prompter.dialog_actions.append(seen)
    assert window.packs.import_file(write_pack_file(tmp_path / "spoof.rjpack", spoof))
    assert seen.seen["id"] == "org.example.spoof"
    assert seen.seen["look_alike_visible"]
    text = seen.seen["look_alike"]
    assert "org.example.spoof" in text and "Mallory Example" in text
    assert f"Built in: {builtin.title} — by {builtin.authors[0]}" in text and builtin.id in text

    # Imported, it is still told apart in the panel beside the editor.
    window.packs.set_panel_visible(True)
    texts = combo_texts(window.packs.panel.browser)
    assert len(set(texts)) == len(texts)
    assert any("org.example.spoof" in t for t in texts)


def test_a_pack_with_its_own_title_shows_no_warning(qtbot, open_window, prompter, tmp_path):
    seen = PreviewSeen()
    prompter.dialog_actions.append(seen)
    assert open_window.packs.import_file(write_pack_file(tmp_path / "own.rjpack", make_pack()))
    assert seen.seen["id"] == "org.example.test-pack"
    assert not seen.seen["look_alike_visible"]
    assert installed_versions(open_window) == {"org.example.test-pack": "1.0.0"}


def test_a_refused_title_keeps_the_body_and_says_why(qtbot, open_window, journal_path):
    window = open_window
    editor = window.editor
    qtbot.keyClicks(editor.title_edit, "Home visit")
    window.save_now()
    editor.title_edit.setText("")
    qtbot.keyClicks(editor.title_edit, "Visit to the par")
    editor.title_edit.insert(CYRILLIC_E)  # as typed on a Russian layout (QTest types Latin-1 only)
    qtbot.keyClicks(editor.title_edit, "nt")
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, "Mum was tired today.")
    assert window.is_dirty

    assert window.save_now()  # everything else is saved
    assert not window.is_dirty
    stored = window.session.entries.get(editor.entry_id)
    assert stored.body == "Mum was tired today."
    assert stored.title == "Home visit"  # the last good title is kept
    assert editor.title_problem_shown
    message = editor.title_problem_label.text()
    assert "mixes letters from different alphabets in one word" in message
    assert f"“par{CYRILLIC_E}nt” has the Cyrillic letter “{CYRILLIC_E}”" in message
    assert "Retype it using one alphabet" in message
    assert editor.title_edit.text() == f"Visit to the par{CYRILLIC_E}nt"  # what was typed stays to correct
    assert editor.title_edit.selectedText() == CYRILLIC_E
    assert window.save_status.text() == "Saved, except the title"
    assert window.banner.isHidden()

    # Corrected, the title is saved and the message goes.
    editor.title_edit.setText("")
    qtbot.keyClicks(editor.title_edit, "Visit to the parent")
    assert window.save_now()
    assert window.session.entries.get(editor.entry_id).title == "Visit to the parent"
    assert not editor.title_problem_shown
    assert window.save_status.text() == "Saved"
    window.close()
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as journal:
        assert [s.title for s in journal.entries.list_entries()] == ["Visit to the parent"]


def test_a_new_entry_with_an_invisible_title_is_still_saved(qtbot, open_window):
    window = open_window
    editor = window.editor
    editor.title_edit.insert("\u3164\u3164")
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, "Written under a blank title.")
    assert window.save_now()
    stored = window.session.entries.get(editor.entry_id)
    assert (stored.title, stored.body) == ("", "Written under a blank title.")
    assert "shows nothing" in editor.title_problem_label.text()
    window.session.lock("idle")  # the message holds journal text: gone with the rest
    assert editor.title_problem_label.text() == "" and not editor.title_problem_shown

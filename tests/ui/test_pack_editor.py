"""The pack editor in plain language (issue 18, item 1): the id made from the
organisation and title, the version that goes up by itself, placeholders
that are never saved, problems that follow the typing and lead to their
field, the sources warning, the practitioner's view, the file name from the
title, mnemonics that do not clash, and an educator's pack from the editor
imported into a second journal."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from reflectjournal.core.packs import read_pack_file
from reflectjournal.ui.announce import accessible_name
from reflectjournal.ui.packs.browser import PromptDetails
from reflectjournal.ui.packs.importing import ImportPreviewDialog
from reflectjournal.ui.packs.labels import questions_text
from reflectjournal.ui.packs.pack_editor import CHECK_DELAY_MS, PackEditorWindow
from reflectjournal.ui.preferences import Preferences
from tests.ui.conftest import create_journal, type_text

DAY = dt.date(2026, 12, 3)


@pytest.fixture
def editor(qtbot, prompter):
    window = PackEditorWindow(prompter, today=lambda: DAY)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window._modified = False  # nothing to ask at teardown
    window.close()


def fill_pack(qtbot, editor, *, source: bool = True) -> None:
    """What a practice educator types for a one-prompt pack."""
    qtbot.keyClicks(editor.title_edit, "First home visits")
    type_text(qtbot, editor.authors_edit, "Ada Okonjo")
    qtbot.keyClicks(editor.organisation_edit, "Greenwich Children's Services")
    qtbot.keyClicks(editor.description_edit, "For newly qualified workers.")
    editor.tabs.setCurrentWidget(editor.prompts_page)
    form = editor.prompt_form
    qtbot.keyClicks(form.title_edit, "Before a first visit")
    type_text(qtbot, form.questions_edit, "What do I know about the child?\nWhat will I ask the child?")
    form.when_checks["before_visit"].click()
    if source:
        add_source(editor, "Munro, E.", "The Munro Review of Child Protection", "2011")


def add_source(editor, author: str, title: str, year: str) -> None:
    form = editor.prompt_form
    form.add_source_button.click()
    row = form.sources_table.rowCount() - 1
    for column, text in enumerate((author, title, year)):
        form.sources_table.item(row, column).setText(text)


def wait_checked(qtbot, editor) -> None:
    """Let the pause after typing pass, so the pack is checked again."""
    qtbot.waitUntil(lambda: not editor._check_timer.isActive(), timeout=CHECK_DELAY_MS * 10)


def save_to(editor, prompter, path: Path) -> Path:
    prompter.path_answers.append(path)
    assert editor.save() if editor.path else editor.save_as()
    return editor.path


# -- the id, placeholders, file name --------------------------------------------------------


def test_the_id_is_made_from_the_organisation_and_title_until_the_author_changes_it(qtbot, editor, prompter, tmp_path):
    assert not editor.details_page.advanced.is_open  # the id is not the first thing asked
    qtbot.keyClicks(editor.title_edit, "First home visits")
    assert editor.id_edit.text() == "personal.first-home-visits"
    type_text(qtbot, editor.authors_edit, "Ada Okonjo")
    assert editor.id_edit.text() == "ada-okonjo.first-home-visits"
    qtbot.keyClicks(editor.organisation_edit, "Greenwich Children's Services")
    assert editor.id_edit.text() == "greenwich-childrens-services.first-home-visits"
    # Typed under Advanced: the author's id is kept.
    editor.details_page.advanced.set_open(True)
    qtbot.keyClicks(editor.id_edit, "-2026")
    qtbot.keyClicks(editor.title_edit, " again")
    assert editor.id_edit.text() == "greenwich-childrens-services.first-home-visits-2026"

    # Once saved, the id is the pack's own: a new title does not change it.
    editor.new_pack()  # nothing saved yet: it asks first
    prompter.confirm_answers.append(True)
    editor.new_pack()
    fill_pack(qtbot, editor)
    saved = save_to(editor, prompter, tmp_path / "first")
    qtbot.keyClicks(editor.title_edit, " (revised)")
    assert editor.id_edit.text() == read_pack_file(saved).id == "greenwich-childrens-services.first-home-visits"
    # A new prompt's id follows its title until the pack is saved; then it stays.
    form = editor.prompt_form
    assert form.id_edit.text() == "before-a-first-visit"
    qtbot.keyClicks(form.title_edit, " or call")
    assert form.id_edit.text() == "before-a-first-visit"
    editor.add_prompt()
    qtbot.keyClicks(form.title_edit, "After the visit")
    assert form.id_edit.text() == "after-the-visit"


def test_placeholders_are_hints_never_saved(qtbot, editor, prompter, tmp_path):
    form = editor.prompt_form
    hinted = [editor.title_edit, editor.authors_edit, editor.organisation_edit, editor.description_edit,
              form.title_edit, form.questions_edit, form.guidance_edit, form.model_edit, form.tags_edit]  # fmt: skip
    for field in hinted:
        assert field.placeholderText(), accessible_name(field)
        text = field.text() if isinstance(field, QLineEdit) else field.toPlainText()
        assert text == "", accessible_name(field)
    data = editor.pack_data()
    assert data["authors"] == [] and data["title"] == "" and data["description"] == ""
    assert data["prompts"] == [
        {"id": "prompt-1", "title": "", "when": [], "questions": [], "guidance": "", "sources": [], "tags": []}
    ]
    fill_pack(qtbot, editor)
    saved = save_to(editor, prompter, tmp_path / "pack").read_text(encoding="utf-8")
    for hint in ("Your name", "For example", "example", "Optional", "One question per line"):
        assert hint not in saved
    assert json.loads(saved)["prompts"][0]["tags"] == []


def test_the_licence_is_said_in_plain_words(qtbot, editor):
    hint = editor.details_page.licence_hint
    assert hint.text() == "Anyone may share and adapt the pack if they name you."
    editor.licence_combo.setCurrentText("CC-BY-NC-4.0")
    assert "not to make money" in hint.text()
    editor.licence_combo.setEditText("My council's own terms")
    assert hint.text().startswith("A licence of your own")
    assert editor.pack_data()["licence"] == "My council's own terms"


def test_the_file_name_offered_is_made_from_the_title(qtbot, editor, prompter, tmp_path, monkeypatch):
    offered: list[Path] = []

    def save_file(parent, title, start, name_filter):
        offered.append(start)
        return tmp_path / start.name

    monkeypatch.setattr(prompter, "save_file", save_file)
    fill_pack(qtbot, editor)
    assert editor.suggested_file_name() == "first-home-visits.rjpack"
    assert editor.save_as()
    assert offered[0].name == "first-home-visits.rjpack"
    assert editor.path == tmp_path / "first-home-visits.rjpack"
    assert editor.file_label.text() == "first-home-visits.rjpack"


# -- problems as you type, and their fields -------------------------------------------------


def test_problems_follow_the_typing_and_a_fixed_one_goes(qtbot, editor):
    assert "title" in editor.problems_panel.fields()  # an empty pack says what is still to fill in
    assert editor.problems_panel.lines()[0] == "To fix: Title — Fill this in."
    qtbot.keyClicks(editor.title_edit, "First home visits")
    assert editor._check_timer.isActive()  # checked when typing pauses, not on every key
    wait_checked(qtbot, editor)
    assert "title" not in editor.problems_panel.fields()

    fill_pack(qtbot, editor)
    add_source(editor, "Kolb, D.", "Experiential Learning", "nineteen")
    wait_checked(qtbot, editor)
    assert editor.problems_panel.fields() == ["prompts[0].sources[1].year"]
    [line] = editor.problems_panel.lines()
    assert line.startswith("To fix: Prompt 1 “Before a first visit”: Sources, row 2, Year — must be a whole number")
    editor.prompt_form.sources_table.item(1, 2).setText("1984")
    wait_checked(qtbot, editor)
    assert editor.problems_panel.lines() == []
    assert editor.status_label.text() == "Nothing to fix: the pack can be saved."


def test_each_problem_leads_to_its_field_from_the_keyboard(qtbot, editor):
    qtbot.keyClicks(editor.title_edit, "First home visits")
    editor.validate_action.trigger()  # F8: the first problem, focused
    panel = editor.problems_panel
    assert panel.problems_list.hasFocus()
    assert editor.validate_action.shortcut().toString() == "F8"

    def go(field: str) -> QWidget:
        panel.problems_list.setCurrentRow(panel.fields().index(field))
        qtbot.keyClick(panel.problems_list, Qt.Key.Key_Return)
        return QApplication.focusWidget()

    assert go("authors") is editor.authors_edit
    assert editor.tabs.currentWidget() is editor.details_scroll
    assert go("prompts[0].questions") is editor.prompt_form.questions_edit
    assert editor.tabs.currentWidget() is editor.prompts_page
    assert go("prompts[0].when") is next(iter(editor.prompt_form.when_checks.values()))
    # A field under Advanced opens it.
    editor.details_page.advanced.set_open(False)
    editor.version_edit.setText("one")
    editor.version_edit.textEdited.emit("one")
    editor.validate()
    assert go("version") is editor.version_edit and editor.details_page.advanced.is_open
    # Double-click does the same.
    item = panel.problems_list.item(panel.fields().index("description"))
    panel.problems_list.itemActivated.emit(item)
    assert QApplication.focusWidget() is editor.description_edit


def test_a_prompt_without_sources_is_a_warning_that_does_not_stop_a_save(qtbot, editor, prompter, tmp_path):
    fill_pack(qtbot, editor, source=False)
    editor.validate()
    assert editor.problems == []
    [warning] = editor.warnings
    assert warning.field == "prompts[0].sources"
    [line] = editor.problems_panel.lines()
    assert line.startswith("To check: Prompt 1 “Before a first visit”: Sources — No sources yet")
    assert "1 thing worth checking" in editor.status_label.text()
    saved = save_to(editor, prompter, tmp_path / "unsourced")
    assert read_pack_file(saved).prompts[0].sources == ()
    assert "warn" not in prompter.kinds()


# -- the version -----------------------------------------------------------------------------


def test_the_version_goes_up_by_itself_when_a_saved_pack_changes(qtbot, editor, prompter, tmp_path):
    fill_pack(qtbot, editor)
    path = save_to(editor, prompter, tmp_path / "visits")
    first = path.read_bytes()
    assert read_pack_file(path).version == "1.0.0" and read_pack_file(path).updated == DAY
    # Saved again unchanged: the same file, the same version.
    assert editor.save()
    assert path.read_bytes() == first
    # An edit: the patch number.
    type_text(qtbot, editor.prompt_form.questions_edit, "\nWho else knows the child?")
    assert editor.save()
    assert read_pack_file(path).version == "1.0.1" == editor.version_edit.text()
    # A new prompt: the minor number.
    editor.add_prompt()
    form = editor.prompt_form
    qtbot.keyClicks(form.title_edit, "After the visit")
    type_text(qtbot, form.questions_edit, "What did the child show me?")
    form.when_checks["after_home_visit"].click()
    assert editor.save()
    pack = read_pack_file(path)
    assert pack.version == "1.1.0" and [p.id for p in pack.prompts] == ["before-a-first-visit", "after-the-visit"]
    assert "Saved as “visits.rjpack”, version 1.1.0." in editor.status_label.text()
    # Opened again later: edits go up from the version in the file.
    prompter.confirm_answers.append(True)
    assert editor.open_pack(path)
    qtbot.keyClicks(editor.description_edit, " Revised.")
    assert editor.save()
    assert read_pack_file(path).version == "1.1.1"
    # A prompt removed: the major number (entries that used it no longer find it).
    editor.prompt_list.setCurrentRow(1)
    prompter.confirm_answers.append(True)
    editor.remove_prompt()
    assert editor.save()
    assert read_pack_file(path).version == "2.0.0" == editor.version_edit.text()


# -- the practitioner's view -------------------------------------------------------------------


def test_see_it_as_a_practitioner_will_shows_the_prompt_panels_view(qtbot, editor, prompter, tmp_path):
    fill_pack(qtbot, editor)
    qtbot.keyClicks(editor.prompt_form.guidance_edit, "Plan **one** thing.")
    page = editor.prompts_page
    assert not page.preview_shown
    editor.preview_action.trigger()
    assert page.preview_shown and page.preview_button.isChecked()
    view = page.preview
    assert isinstance(view, PromptDetails)  # the prompt panel's own widget
    from reflectjournal.ui.packs import controller, prompt_list

    assert prompt_list.PANEL_WIDTH == controller.PANEL_WIDTH  # shown at the panel's width
    # The same as the panel shows the saved and imported prompt.
    pack = read_pack_file(save_to(editor, prompter, tmp_path / "view"))
    panel_view = PromptDetails()
    qtbot.addWidget(panel_view)
    panel_view.show_prompt(pack.prompts[0], pack.title)
    for name in ("title_label", "meta_label", "questions_label", "sources_label"):
        assert getattr(view, name).text() == getattr(panel_view, name).text(), name
    assert view.questions_label.text() == questions_text(pack.prompts[0])
    assert "Pack: First home visits" in view.meta_label.text()
    assert view.guidance_view.toPlainText() == panel_view.guidance_view.toPlainText()
    assert view.guidance_view.toPlainText().strip() == "Plan one thing."
    # Back to editing, from the button.
    page.preview_button.click()
    assert not page.preview_shown and not editor.preview_action.isChecked()
    # A problem's field is shown even from the practitioner's view.
    editor.show_practitioner_view()
    editor.go_to_field("prompts[0].questions")
    assert not page.preview_shown


# -- menus, the prompt list, a new prompt ------------------------------------------------------


def _mnemonic(text: str) -> str:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match[1].casefold() if match else ""


def window_mnemonics(editor) -> list[str]:
    """Every Alt+letter reachable in the window as it is shown now."""
    found = [_mnemonic(action.text()) for action in editor.menuBar().actions()]
    tab_bar = editor.tabs.findChild(QTabBar)
    found += [_mnemonic(tab_bar.tabText(i)) for i in range(tab_bar.count())]
    for widget in editor.findChildren(QWidget):
        if not widget.isVisibleTo(editor) or widget.window() is not editor:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append(_mnemonic(widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(_mnemonic(widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(_mnemonic(widget.title()))
    return [letter for letter in found if letter]


def test_mnemonics_do_not_clash_and_alt_p_is_the_prompt_menu(qtbot, editor):
    assert [a.text() for a in editor.menuBar().actions()] == ["&File", "&Prompt"]
    for page, open_advanced in ((editor.details_scroll, True), (editor.prompts_page, True)):
        editor.tabs.setCurrentWidget(page)
        editor.details_page.advanced.set_open(open_advanced)
        editor.prompt_form.advanced.set_open(open_advanced)
        letters = window_mnemonics(editor)
        assert len(letters) == len(set(letters)), sorted(letters)
        assert letters.count("p") == 1  # the Prompt menu, and nothing else
    for menu in (editor.file_menu, editor.prompt_menu):
        letters = [_mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert all(letters) and len(letters) == len(set(letters))


def test_controls_are_named_as_they_show(qtbot, editor):
    editor.details_page.advanced.set_open(True)
    editor.prompt_form.advanced.set_open(True)
    wrong = []
    for page in (editor.details_scroll, editor.prompts_page):
        editor.tabs.setCurrentWidget(page)
        for label in editor.findChildren(QLabel):
            buddy = label.buddy()
            shown = label.text().replace("&", "").rstrip(":").strip().casefold()
            if buddy is not None and shown not in accessible_name(buddy).casefold():
                wrong.append((label.text(), accessible_name(buddy)))
        for button in editor.findChildren(QAbstractButton):
            shown = button.text().replace("&", "").rstrip("…").strip().casefold()
            if any(c.isalpha() for c in shown) and shown not in accessible_name(button).casefold():
                wrong.append((button.text(), accessible_name(button)))
    assert wrong == []
    for toggle in (editor.details_page.advanced.toggle, editor.prompt_form.advanced.toggle):
        assert toggle.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with Tab, opened with Space


def test_the_prompt_list_shows_whole_titles(qtbot, editor):
    title = "Before a first home visit to a family who do not yet know me, and who may not want a social worker"
    qtbot.keyClicks(editor.prompt_form.title_edit, title)
    lst = editor.prompt_list
    assert lst.item(0).text() == title and title in lst.item(0).toolTip()
    assert lst.wordWrap() and lst.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    editor.tabs.setCurrentWidget(editor.prompts_page)
    qtbot.waitUntil(lambda: lst.visualItemRect(lst.item(0)).height() > lst.fontMetrics().height() * 1.5)


def test_a_new_prompt_opens_at_its_title(qtbot, editor):
    editor.tabs.setCurrentWidget(editor.prompts_page)
    scroll = editor.prompts_page.form_scroll
    editor.prompt_form.focus_field("tags")
    scroll.ensureWidgetVisible(editor.prompt_form.tags_edit)
    editor.add_prompt()
    assert editor.current_row() == 1
    assert QApplication.focusWidget() is editor.prompt_form.title_edit
    assert scroll.verticalScrollBar().value() == 0
    assert editor.prompt_list.item(1).text() == "New prompt (no title yet)"


# -- end to end ----------------------------------------------------------------------------------


def test_an_educators_pack_made_in_the_editor_imports_into_a_second_journal_with_its_organisation(
    qtbot, open_window, make_window, prompter, tmp_path
):
    editor = open_window.packs.show_pack_editor()
    fill_pack(qtbot, editor)
    wait_checked(qtbot, editor)
    assert editor.problems_panel.lines() == []
    prompter.path_answers.append(tmp_path / "shared" / editor.suggested_file_name())
    (tmp_path / "shared").mkdir()
    assert editor.save_as()
    saved = tmp_path / "shared" / "first-home-visits.rjpack"
    assert editor.path == saved

    second = make_window(Preferences(tmp_path / "second" / "settings.conf"))
    create_journal(qtbot, second, tmp_path / "second" / "journal.rjournal")
    shown: list[str] = []

    def look(dialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        return True

    prompter.dialog_actions.append(look)
    assert second.packs.import_file(saved)
    assert any("Greenwich Children's Services" in text for text in shown)
    [installed] = second.session.journal_for_tests.packs.installed()
    assert installed.pack.organisation == "Greenwich Children's Services"
    assert installed.pack.id == "greenwich-childrens-services.first-home-visits"
    assert installed.pack.authors == ("Ada Okonjo",)
    assert [p.title for p in installed.pack.prompts] == ["Before a first visit"]


# -- File → Sign… ---------------------------------------------------------------------------

KEY_PASSPHRASE = "a long and private key passphrase"


def sign_with(key: Path, passphrase: str):
    def act(dialog) -> bool:
        assert dialog.windowTitle() == "Sign the prompt pack"
        dialog.key_path = key
        dialog.passphrase_edit.setText(passphrase)
        return True

    return act


def test_sign_saves_then_signs_and_an_unchanged_resave_keeps_the_signature(qtbot, editor, prompter, tmp_path):
    from reflectjournal.core.pack_signing import make_key, verify_pack

    keys = make_key(tmp_path / "keys", KEY_PASSPHRASE, scrypt_n=2**10, publisher="Greenwich Children's Services")
    fill_pack(qtbot, editor)
    wait_checked(qtbot, editor)
    prompter.path_answers.append(tmp_path / "visits.rjpack")  # not saved yet: Sign… saves first
    # A wrong passphrase is said in the dialog, which asks again; then the right one.
    seen: list[str] = []

    def wrong_then_look(dialog) -> bool:
        sign_with(keys.private_key, "not the passphrase")(dialog)
        return True

    def right(dialog) -> bool:
        seen.append(dialog.error_label.text())
        return sign_with(keys.private_key, KEY_PASSPHRASE)(dialog)

    prompter.dialog_actions.extend([wrong_then_look, right])
    assert editor.sign_action.text() == "S&ign…" and editor.sign_action in editor.file_menu.actions()
    editor.sign_action.trigger()
    assert seen and "does not open this key" in seen[0]
    path = tmp_path / "visits.rjpack"
    check = verify_pack(path)
    assert check.status == "signed" and check.fingerprint == keys.fingerprint
    assert "(signed)" in editor.file_label.text()
    assert "Signed by Greenwich Children's Services" in editor.problems_panel.status_label.text()

    # Saved again with nothing changed: still signed.
    assert editor.save()
    assert verify_pack(path).status == "signed"

    # A change removes the signature, and the editor says so.
    qtbot.keyClicks(editor.description_edit, " And for their educators.")
    wait_checked(qtbot, editor)
    assert editor.save()
    assert verify_pack(path).status == "unsigned"
    assert "removed its signature" in editor.problems_panel.status_label.text()
    assert "(signed)" not in editor.file_label.text()


def test_sign_cancelled_leaves_the_saved_pack_unsigned(qtbot, editor, prompter, tmp_path):
    from reflectjournal.core.pack_signing import verify_pack

    fill_pack(qtbot, editor)
    wait_checked(qtbot, editor)
    path = save_to(editor, prompter, tmp_path / "visits.rjpack")
    prompter.dialog_actions.append(lambda dialog: False)
    assert not editor.sign()
    assert verify_pack(path).status == "unsigned"


def test_a_pack_s_frameworks_are_kept_when_it_is_edited_and_saved(qtbot, editor, prompter, tmp_path):
    # The form does not edit frameworks (issue 13, item 4): a pack that carries
    # one keeps it, and its prompts' serves naming its items stay valid.
    source = Path(__file__).resolve().parents[1] / "data" / "packs" / "good" / "with-frameworks.rjpack"
    pack = read_pack_file(source)
    editor.load_pack(pack, None)
    assert editor.problems == []
    editor.title_edit.setText("Test pack, edited")
    saved = read_pack_file(save_to(editor, prompter, tmp_path / "with-frameworks"))
    assert saved.title == "Test pack, edited"
    assert saved.frameworks == pack.frameworks and saved.prompts[0].serves == ("local-ecs:2", "swe-ps:4")


FRAMEWORKS = Path(__file__).resolve().parents[1] / "data" / "frameworks"


def test_a_pack_carries_a_framework_file_and_its_prompts_serve_its_items(qtbot, editor, prompter, tmp_path):
    """Issue 18, item 5: the editor includes a framework file (checked like a
    pack), and a prompt names the items it serves, built-in or the pack's own."""
    fill_pack(qtbot, editor)
    box = editor.frameworks_box
    # A hostile file is refused with its problems named, and nothing is added.
    prompter.path_answers.append(FRAMEWORKS / "bad" / "deep-nesting.json")
    assert box.include() is None
    assert prompter.kinds()[-1] == "warn" and box.frameworks == []
    prompter.path_answers.append(FRAMEWORKS / "good" / "local-early-career.json")
    local = box.include()
    assert local is not None and local.id == "local-ecs" and editor.is_modified
    assert box.list.item(0).text().startswith(local.name)

    def choose(dialog) -> bool:
        dialog.find_edit.setText("KSS 3")
        dialog.add_current()
        dialog.find_edit.setText(local.items[0].title)
        dialog.add_current()
        return True

    prompter.dialog_actions.append(choose)
    form = editor.prompt_form
    form.serves_row.button.click()
    assert editor.prompt_drafts()[0]["serves"] == ["kss-cf:3", f"local-ecs:{local.items[0].id}"]
    assert form.serves_row.items_label.text().startswith("KSS 3 · Child development; ")
    saved = save_to(editor, prompter, tmp_path / "pack")
    pack = read_pack_file(saved)
    assert [f.id for f in pack.frameworks] == ["local-ecs"]
    assert pack.prompts[0].serves == ("kss-cf:3", f"local-ecs:{local.items[0].id}")
    # Removing the framework leaves a prompt naming its item: the check says so, and saving waits.
    box.remove_current()
    assert box.frameworks == [] and any("serves" in p.field for p in editor.validate())

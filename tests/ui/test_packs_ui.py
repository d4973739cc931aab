"""Prompts and packs in the desktop app: the panel beside the editor, new
entry from a prompt, the prompt of the day, import (menu, drop, command
line) with its preview, manage, the pack editor, and hostile packs."""

from __future__ import annotations

import base64
import datetime as dt
import json
import stat
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPlainTextEdit

from reflectjournal.core import settings as S
from reflectjournal.core.answers import question_line
from reflectjournal.core.packs import (
    KIND_WHEN,
    Prompt,
    PromptPack,
    Source,
    builtin_packs,
    new_pack_template,
    prompt_of_the_day,
    prompts_for_kind,
    read_pack_file,
    search_prompts,
    validate_pack_bytes,
    write_pack,
)
from reflectjournal.core.vault import Journal
from reflectjournal.ui.announce import accessible_name
from reflectjournal.ui.packs.chooser import PromptChooserDialog
from reflectjournal.ui.packs.importing import ImportPreviewDialog, PackProblemsDialog
from reflectjournal.ui.packs.labels import questions_markdown
from reflectjournal.ui.packs.manage import ManagePacksDialog
from reflectjournal.ui.preferences import Preferences
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.ui.conftest import PNG, all_widget_texts, assert_server_would_have_seen, create_journal, type_text, unlock

DAY = dt.date(2025, 3, 18)


# -- helpers ----------------------------------------------------------------------


def make_pack(
    pack_id: str = "org.example.test-pack",
    version: str = "1.0.0",
    title: str = "Visits pack for testing",
    prompts: tuple[Prompt, ...] | None = None,
    **fields,
) -> PromptPack:
    base = new_pack_template(DAY)
    if prompts is None:
        prompts = (
            Prompt(
                id="after-visit",
                title="Zebra crossing reflection",
                questions=("What did the child show me?", "What will I do by Friday?"),
                when=("after_home_visit",),
                sources=(Source("Gibbs, G.", "Learning by Doing", 1988),),
                guidance="Write what you **saw** first.",
                tags=("test",),
            ),
            Prompt(
                id="wellbeing",
                title="Quiet harbour check-in",
                questions=("How am I, honestly?",),
                when=("wellbeing_and_resilience",),
                sources=(Source("Grant, L. and Kinman, G.", "Developing Resilience for Social Work Practice", 2014),),
            ),
        )
    return replace(base, id=pack_id, version=version, title=title, prompts=prompts, **fields)


def write_pack_file(path: Path, pack: PromptPack) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(write_pack(pack))
    return path


def installed_versions(window) -> dict[str, str]:
    return {p.pack.id: p.pack.version for p in window.session.journal_for_tests.packs.installed()}


def show_panel(window):
    if not window.packs.panel_action.isChecked():
        window.packs.panel_action.trigger()
    assert window.prompt_panel_slot.isVisible()
    return window.packs.panel


def select_kind(window, key: str) -> None:
    combo = window.editor.kind_combo
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)


class PreviewSeen:
    """A dialog action that records what the import preview showed."""

    def __init__(self, *, accept: bool = True, confirm_older: bool = False):
        self.accept, self.confirm_older = accept, confirm_older
        self.seen: dict = {}

    def __call__(self, dialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        self.seen = {
            "change": dialog.preview.change,
            "change_text": dialog.change_label.text(),
            "title": dialog.title_label.text(),
            "authors": dialog.authors_label.text(),
            "organisation": dialog.organisation_label.text(),
            "version": dialog.version_label.text(),
            "licence": dialog.licence_label.text(),
            "count": dialog.count_label.text(),
            "import_enabled": dialog.import_button.isEnabled() if dialog.import_button else None,
            "older_visible": not dialog.older_check.isHidden(),
            "formats": {lbl.textFormat() for lbl in dialog.findChildren(QLabel)},
            "description_html": dialog.description_view.toHtml(),
        }
        if self.confirm_older:
            dialog.older_check.setChecked(True)
        return self.accept


class ProblemsSeen:
    def __init__(self):
        self.lines: list[str] = []
        self.formats: set = set()

    def __call__(self, dialog) -> bool:
        assert isinstance(dialog, PackProblemsDialog)
        assert isinstance(dialog.problems_view, QPlainTextEdit) and dialog.problems_view.isReadOnly()
        self.lines = dialog.lines()
        self.formats = {lbl.textFormat() for lbl in dialog.findChildren(QLabel)}
        return True


# -- the prompt panel ---------------------------------------------------------------


def test_panel_lists_kind_suited_prompts_first_and_follows_kind_changes(qtbot, open_window):
    window = open_window
    assert window.packs.panel_action.shortcut() == QKeySequence("F9")
    assert not window.prompt_panel_slot.isVisible()
    entry_menu = window.menuBar().actions()[2].menu()
    assert window.packs.panel_action in entry_menu.actions()
    window.activateWindow()
    qtbot.waitActive(window)
    window.editor.body_edit.setFocus()
    qtbot.keyClick(window.editor.body_edit, Qt.Key.Key_F9)
    assert window.prompt_panel_slot.isVisible()
    panel = window.packs.panel
    browser = panel.browser
    # Keyboard: the panel opens with the search box focused; F9 again hides it.
    assert QApplication.focusWidget() is browser.search_edit
    qtbot.keyClick(browser.search_edit, Qt.Key.Key_F9)
    assert not window.prompt_panel_slot.isVisible()
    assert QApplication.focusWidget() is window.editor.body_edit
    panel = show_panel(window)
    available = window.session.journal_for_tests.packs.available()

    for kind in ("home_visit", "supervision", "court"):
        select_kind(window, kind)
        listed = browser.listed_prompts()
        assert [p.full_id for p in listed] == [p.full_id for p in prompts_for_kind(available, kind)]
        wanted = set(KIND_WHEN[kind])
        suited = [p for p in listed if wanted.intersection(p.when)]
        assert suited and listed[: len(suited)] == suited, kind
        heading = browser.prompt_list.item(0)
        assert heading.text() == f"Suited to “{window.editor.kind_combo.currentText()}”"
        assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
        assert browser.current_prompt() == listed[0]

    # A home visit offers "after a home visit" prompts, then the case reviews.
    select_kind(window, "home_visit")
    first = browser.listed_prompts()[0]
    assert "after_home_visit" in first.when
    assert any("learning_from_case_reviews" in p.when for p in browser.listed_prompts()[:40])


def test_panel_search_and_browse_by_pack(qtbot, open_window):
    window = open_window
    browser = show_panel(window).browser
    available = window.session.journal_for_tests.packs.available()
    browser.search_edit.setText("Gibbs")
    assert browser.listed_prompts() == search_prompts(available, "Gibbs")
    assert browser.listed_prompts()
    browser.search_edit.setText("zzqx-nothing-like-this")
    assert browser.listed_prompts() == []
    assert browser.prompt_list.item(0).text() == "No prompt matches your search."
    assert browser.current_prompt() is None
    assert not window.packs.panel.insert_button.isEnabled()
    browser.search_edit.setText("")

    pack = available[2]
    browser.pack_combo.setCurrentIndex(browser.pack_combo.findData(pack.id))
    assert {p.full_id for p in browser.listed_prompts()} == {p.full_id for p in pack.prompts}
    assert browser.pack_combo.itemText(0) == "All packs"
    assert [browser.pack_combo.itemText(i) for i in range(1, browser.pack_combo.count())] == [
        p.title for p in available
    ]


def test_panel_shows_the_prompt_in_full(qtbot, open_window):
    window = open_window
    browser = show_panel(window).browser
    prompt = builtin_packs()[0].prompts[0]
    assert browser.select_prompt(prompt.full_id)
    details = browser.details
    assert details.title_label.text() == prompt.title
    assert details.questions_label.text().splitlines()[0] == f"1. {prompt.questions[0]}"
    assert prompt.sources[0].citation() in details.sources_label.text()
    assert builtin_packs()[0].title in details.meta_label.text()
    for label in (details.title_label, details.meta_label, details.questions_label, details.sources_label):
        assert label.textFormat() == Qt.TextFormat.PlainText
    if prompt.guidance:
        assert details.guidance_view.toPlainText().strip()
        assert not details.guidance_view.openLinks()


def test_insert_adds_questions_in_one_undo_step_and_records_the_prompt(qtbot, open_window):
    window = open_window
    panel = show_panel(window)
    editor = window.editor
    select_kind(window, "home_visit")
    editor.title_edit.setText("Visit to the Oak family")
    editor.body_edit.setFocus()
    type_text(qtbot, editor.body_edit, "We met in the kitchen.")
    before = editor.body_edit.toPlainText()
    prompt = panel.browser.listed_prompts()[1]
    assert panel.browser.select_prompt(prompt.full_id)
    assert panel.insert_button.isEnabled()
    qtbot.mouseClick(panel.insert_button, Qt.MouseButton.LeftButton)

    body = editor.body_edit.toPlainText()
    assert body.startswith(before + "\n\n")
    for question in prompt.questions:
        assert f"{question_line(question)}\n\n" in body
    # The cursor waits on the first answer line, under the blank after the question.
    cursor = editor.body_edit.textCursor()
    assert cursor.block().text() == ""
    assert cursor.block().previous().previous().text() == question_line(prompt.questions[0])
    assert editor.current_entry().prompt_ids == [prompt.full_id]

    # One undo step takes the whole insertion away, one redo brings it back.
    editor.body_edit.undo()
    assert editor.body_edit.toPlainText() == before
    editor.body_edit.redo()
    assert editor.body_edit.toPlainText() == body

    # Saved and read back from the journal.
    assert window.save_now()
    entry_id = editor.entry_id
    stored = window.session.entries.get(entry_id)
    assert stored.prompt_ids == [prompt.full_id]
    assert stored.body == body

    # A second prompt is recorded too; the same prompt twice only once.
    other = panel.browser.listed_prompts()[3]
    window.packs.insert_prompt(other)
    window.packs.insert_prompt(other)
    assert window.save_now()
    window.session.lock("manual")
    unlock(qtbot, window)
    window.open_entry(entry_id)
    assert window.editor.current_entry().prompt_ids == [prompt.full_id, other.full_id]


def test_insert_in_the_middle_of_a_line_starts_a_new_block(qtbot, open_window):
    window = open_window
    panel = show_panel(window)
    window.editor.body_edit.setPlainText("first line\nsecond")
    cursor = window.editor.body_edit.textCursor()
    cursor.setPosition(5)  # inside "first line"
    window.editor.body_edit.setTextCursor(cursor)
    prompt = panel.current_prompt()
    window.packs.insert_prompt(prompt)
    text = window.editor.body_edit.toPlainText()
    assert text.startswith("first\n\n> **")
    assert text.endswith("\n line\nsecond")


def test_new_entry_from_prompt(qtbot, open_window, prompter):
    window = open_window
    action = window.packs.new_from_prompt_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+N")
    journal_menu = window.menuBar().actions()[0].menu()
    assert action in journal_menu.actions()

    # An entry already being written is saved first.
    window.editor.title_edit.setText("Earlier entry")
    type_text(qtbot, window.editor.body_edit, "Some words")

    prompt = next(p for pack in builtin_packs() for p in pack.prompts if p.when[0] == "after_home_visit")
    seen = {}

    def choose(dialog) -> bool:
        assert isinstance(dialog, PromptChooserDialog)
        dialog.browser.search_edit.setText(prompt.title)
        seen["listed"] = [p.full_id for p in dialog.browser.listed_prompts()]
        assert dialog.browser.select_prompt(prompt.full_id)
        assert dialog.start_button.isEnabled()
        return True

    prompter.dialog_actions.append(choose)
    action.trigger()
    assert prompter.dialogs_seen == ["PromptChooserDialog"]
    assert prompt.full_id in seen["listed"]
    assert window.session.entries.search("Some", window.list_pane.current_filter())  # the earlier entry was saved
    entry = window.editor.current_entry()
    assert entry.id is None
    assert entry.body == questions_markdown(prompt)
    assert entry.prompt_ids == [prompt.full_id]
    assert entry.kind == "home_visit"  # the prompt is for after a home visit

    window.editor.title_edit.setFocus()
    type_text(qtbot, window.editor.title_edit, "Visit with a prompt")
    assert window.save_now()
    stored = window.session.entries.get(window.editor.entry_id)
    assert stored.prompt_ids == [prompt.full_id]
    assert stored.body.startswith(f"{question_line(prompt.questions[0])}\n")
    assert [r.full_id for r in stored.prompt_records] == [prompt.full_id]

    # Cancelled: nothing changes.
    prompter.dialog_actions.append(lambda dialog: False)
    before = window.editor.current_entry()
    action.trigger()
    assert window.editor.current_entry().body == before.body


# -- prompt of the day -------------------------------------------------------------


def test_prompt_of_the_day_on_the_start_screens_as_plain_text(qtbot, window):
    controller = window.packs
    controller.service.today = lambda: DAY
    controller.refresh_prompt_of_the_day()
    expected = prompt_of_the_day(builtin_packs(), DAY)
    assert expected is not None
    assert window.pages.currentWidget() is window.welcome_page
    cards = controller.day_cards
    assert len(cards) == 2
    for card in cards:
        assert card.title_label.text() == expected.title
        assert card.question_label.text() == expected.questions[0]
        assert card.title_label.textFormat() == Qt.TextFormat.PlainText
        assert card.question_label.textFormat() == Qt.TextFormat.PlainText
    welcome_card = next(card for card in cards if window.welcome_page.isAncestorOf(card))
    assert welcome_card.isVisible()
    # Another day, another prompt (the order steps through every prompt).
    controller.service.today = lambda: DAY + dt.timedelta(days=1)
    controller.refresh_prompt_of_the_day()
    assert cards[0].prompt == prompt_of_the_day(builtin_packs(), DAY + dt.timedelta(days=1))
    assert cards[0].prompt != expected


def test_prompt_of_the_day_on_the_unlock_screen(qtbot, open_window):
    window = open_window
    window.session.lock("manual")
    assert window.pages.currentWidget() is window.unlock_page
    card = next(card for card in window.packs.day_cards if window.unlock_page.isAncestorOf(card))
    assert card.isVisible()
    assert card.prompt == prompt_of_the_day(builtin_packs(), dt.date.today())


# -- import ---------------------------------------------------------------------------


def test_import_preview_new_update_same_older(qtbot, open_window, prompter, tmp_path):
    window = open_window
    action = window.packs.import_action
    journal_menu = window.menuBar().actions()[0].menu()
    assert action in journal_menu.actions() and window.packs.manage_action in journal_menu.actions()
    v1 = write_pack_file(tmp_path / "v1.rjpack", make_pack(version="1.0.0", organisation="Example team"))
    v2 = write_pack_file(tmp_path / "v2.rjpack", make_pack(version="1.1.0", organisation="Example team"))

    # New.
    new = PreviewSeen()
    prompter.path_answers.append(v1)
    prompter.dialog_actions.append(new)
    action.trigger()
    assert prompter.kinds()[:2] == ["open_file", "dialog"]
    assert new.seen["change"] == "new"
    assert new.seen["change_text"].startswith("New")
    assert new.seen["title"] == "Visits pack for testing"
    assert new.seen["authors"] == "Your name"
    assert new.seen["organisation"] == "Example team"
    assert new.seen["version"] == "1.0.0"
    assert new.seen["licence"] == "CC-BY-4.0"
    assert new.seen["count"] == "2 prompts"
    assert new.seen["formats"] == {Qt.TextFormat.PlainText}
    assert installed_versions(window) == {"org.example.test-pack": "1.0.0"}
    assert "Imported “Visits pack for testing”, version 1.0.0." in window.statusBar().currentMessage()

    # Update.
    update = PreviewSeen()
    prompter.dialog_actions.append(update)
    assert window.packs.import_file(v2)
    assert update.seen["change"] == "update"
    assert update.seen["change_text"] == "Update: from version 1.0.0 to version 1.1.0."
    assert installed_versions(window) == {"org.example.test-pack": "1.1.0"}

    # The same version: nothing to do, and nothing is done even if "accepted".
    same = PreviewSeen()
    prompter.dialog_actions.append(same)
    assert not window.packs.import_file(v2)
    assert same.seen["change"] == "same"
    assert "nothing to do" in same.seen["change_text"]
    assert same.seen["import_enabled"] is None  # only Close
    assert installed_versions(window) == {"org.example.test-pack": "1.1.0"}

    # Older: refused unless confirmed (Import stays disabled; an "accept"
    # without the tick imports nothing and needs no second dialog).
    older = PreviewSeen()
    prompter.dialog_actions.append(older)
    assert not window.packs.import_file(v1)
    assert prompter.dialogs_seen[-1] == "ImportPreviewDialog"
    assert older.seen["change"] == "older"
    assert older.seen["import_enabled"] is False
    assert older.seen["older_visible"]
    assert "1.1.0" in older.seen["change_text"] and "1.0.0" in older.seen["change_text"]
    assert installed_versions(window) == {"org.example.test-pack": "1.1.0"}

    confirmed = PreviewSeen(confirm_older=True)
    prompter.dialog_actions.append(confirmed)
    assert window.packs.import_file(v1)
    assert installed_versions(window) == {"org.example.test-pack": "1.0.0"}

    # Cancelled: nothing changes.
    prompter.dialog_actions.append(PreviewSeen(accept=False))
    assert not window.packs.import_file(v2)
    assert installed_versions(window) == {"org.example.test-pack": "1.0.0"}


def test_imported_prompts_appear_in_the_panel(qtbot, open_window, prompter, tmp_path):
    window = open_window
    browser = show_panel(window).browser
    path = write_pack_file(tmp_path / "p.rjpack", make_pack())
    prompter.dialog_actions.append(PreviewSeen())
    assert window.packs.import_file(path)
    titles = [p.title for p in browser.listed_prompts()]
    assert "Zebra crossing reflection" in titles
    select_kind(window, "home_visit")
    assert browser.pack_combo.findData("org.example.test-pack") > 0


def test_an_invalid_pack_lists_every_problem_with_its_field(qtbot, open_window, prompter, tmp_path):
    window = open_window
    data = json.loads(write_pack(make_pack()))
    data["version"] = "one"
    data["title"] = ""
    data["prompts"][0]["sources"][0]["year"] = "nineteen"
    data["prompts"][1]["when"] = ["on_a_tuesday"]
    raw = json.dumps(data).encode()
    path = tmp_path / "broken.rjpack"
    path.write_bytes(raw)
    expected = validate_pack_bytes(raw)
    assert len(expected) >= 4

    problems = ProblemsSeen()
    prompter.path_answers.append(path)
    prompter.dialog_actions.append(problems)
    window.packs.import_action.trigger()
    assert prompter.dialogs_seen == ["PackProblemsDialog"]
    assert len(problems.lines) == len(expected)
    fields = [line.split(":")[0] for line in problems.lines]
    for problem in expected:
        assert any(field.startswith(problem.field) for field in fields), problem
    assert any(line.startswith("prompts[0].sources[0].year") for line in problems.lines)
    assert any(line.startswith("version") for line in problems.lines)
    assert problems.formats == {Qt.TextFormat.PlainText}
    assert installed_versions(window) == {}

    # A file that is not there, or a built-in pack's id, is refused with a message.
    prompter.calls.clear()
    assert not window.packs.import_file(tmp_path / "missing.rjpack")
    assert prompter.kinds() == ["warn"]
    builtin_id = write_pack_file(tmp_path / "b.rjpack", make_pack(pack_id=builtin_packs()[0].id))
    refused = ProblemsSeen()
    prompter.dialog_actions.append(refused)
    assert not window.packs.import_file(builtin_id)
    assert refused.lines and refused.lines[0].startswith("id:")


def hostile_pack(port: int, secret: Path) -> PromptPack:
    data_png = "data:image/png;base64," + base64.b64encode(PNG).decode()
    guidance = "\n\n".join(
        [
            "<script>alert(1)</script>",
            f"![remote](http://127.0.0.1:{port}/guidance.png)",
            f'<img src="http://127.0.0.1:{port}/raw.png">',
            f"![local](file://{secret})",
            f"![path]({secret})",
            f"![data]({data_png})",
            "[run](javascript:alert(1))",
            f"[local file](file://{secret})",
            f'<link rel="stylesheet" href="http://127.0.0.1:{port}/style.css">',
        ]
    )
    title = f'<img src="http://127.0.0.1:{port}/title.png"><b>Bold</b> pack'
    prompt = Prompt(
        id="hostile",
        title=f'<img src="http://127.0.0.1:{port}/prompt-title.png">Hostile prompt',
        questions=(f'<img src="http://127.0.0.1:{port}/question.png"> what now?',),
        when=("after_home_visit",),
        sources=(Source(f'<img src="http://127.0.0.1:{port}/source.png">', "<i>Title</i>", 2001),),
        guidance=guidance,
        model="<u>model</u>",
    )
    return make_pack(
        pack_id="org.example.hostile",
        title=title,
        prompts=(prompt,),
        authors=(f'<a href="http://127.0.0.1:{port}/a">Author</a>',),
        description=guidance,
    )


def test_a_hostile_pack_is_refused_or_shown_as_plain_text_and_fetches_nothing(
    qtbot, open_window, prompter, tmp_path, http_server
):
    window = open_window
    port = http_server.server_address[1]
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)

    # A bidi override in the title: refused, with the character escaped.
    data = json.loads(write_pack(make_pack()))
    data["title"] = f'<img src="http://127.0.0.1:{port}/bidi.png">evil\u202etxt.exe'
    bidi = tmp_path / "bidi.rjpack"
    bidi.write_bytes(json.dumps(data, ensure_ascii=False).encode())
    refused = ProblemsSeen()
    prompter.dialog_actions.append(refused)
    assert not window.packs.import_file(bidi)
    assert any(line.startswith("title") for line in refused.lines)
    assert "\u202e" not in "\n".join(refused.lines)
    assert installed_versions(window) == {}

    # Markup everywhere else: shown literally, guidance sanitised.
    pack = hostile_pack(port, secret)
    path = write_pack_file(tmp_path / "hostile.rjpack", pack)
    seen = PreviewSeen()
    prompter.dialog_actions.append(seen)
    assert window.packs.import_file(path)
    assert seen.seen["title"] == pack.title  # the markup, as text
    assert seen.seen["formats"] == {Qt.TextFormat.PlainText}
    for bad in ("<img", "script", "javascript:", "file:", "data:", f"127.0.0.1:{port}"):
        assert bad not in seen.seen["description_html"].lower(), bad

    browser = show_panel(window).browser
    browser.search_edit.setText("Hostile prompt")
    prompt = pack.prompts[0]
    assert browser.select_prompt(prompt.full_id)
    details = browser.details
    assert details.title_label.text() == prompt.title
    assert prompt.questions[0] in details.questions_label.text()
    assert "<img" in details.sources_label.text()
    guidance_html = details.guidance_view.toHtml().lower()
    for bad in ("<img", "<script", "javascript:", "file:", "data:image", f"127.0.0.1:{port}"):
        assert bad not in guidance_html, bad
    item = browser.prompt_list.currentItem()
    assert item.text() == prompt.title
    assert "<img" not in item.toolTip() and "&lt;img" in item.toolTip()

    # Insert it, so the entry's own preview renders the questions too.
    window.packs.insert_prompt(prompt)
    window.editor.update_preview()
    # Manage lists it as text.
    rows = {}

    def look(dialog) -> bool:
        rows["rows"] = dialog.row_texts()
        dialog.select(pack.id)
        rows["details"] = dialog.details_label.text()
        rows["format"] = dialog.details_label.textFormat()
        return True

    prompter.dialog_actions.append(look)
    window.packs.manage_action.trigger()
    assert any(row[0] == pack.title for row in rows["rows"])
    assert rows["format"] == Qt.TextFormat.PlainText

    # Painting lays every label and view out now: any image would be asked for here.
    window.repaint()
    details.guidance_view.viewport().repaint()
    assert http_server.requests == []
    # Every label anywhere that holds pack markup shows it as plain text.
    app = QApplication.instance()
    for label in app.allWidgets():
        if isinstance(label, QLabel) and "<img" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert not any("<img" in (w.toolTip() or "") for w in app.allWidgets())
    # Links in guidance open nothing by themselves.
    details.guidance_view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    details.guidance_view.anchorClicked.emit(QUrl(f"file://{secret}"))
    assert prompter.opened_urls == []
    assert http_server.requests == []
    assert_server_would_have_seen(http_server)


def test_a_https_link_in_guidance_opens_only_after_confirmation(qtbot, open_window, prompter):
    window = open_window
    details = show_panel(window).browser.details
    prompter.confirm_answers.append(True)
    details.guidance_view.anchorClicked.emit(QUrl("https://example.org/guide"))
    assert prompter.kinds() == ["confirm"]
    assert prompter.opened_urls == ["https://example.org/guide"]


# -- drag and drop, and the command line ------------------------------------------------


def _drop(widget, mime: QMimeData) -> tuple[bool, bool]:
    pos = QPointF(widget.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_drag_and_drop_a_pack_onto_the_window(qtbot, open_window, prompter, tmp_path):
    window = open_window
    assert window.acceptDrops()
    path = write_pack_file(tmp_path / "dropped.rjpack", make_pack())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    seen = PreviewSeen()
    prompter.dialog_actions.append(seen)
    # Dropped on the writing itself: the pack is imported, nothing is typed.
    body = window.editor.body_edit
    before = body.toPlainText()
    entered, dropped = _drop(body.viewport(), mime)
    assert entered and dropped
    assert seen.seen["change"] == "new"
    assert installed_versions(window) == {"org.example.test-pack": "1.0.0"}
    assert body.toPlainText() == before

    # Anything that is not a local .rjpack is left alone.
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt")), QUrl("https://example.org/x.rjpack")])
    prompter.calls.clear()
    _drop(window, other)
    assert prompter.calls == []


def test_a_pack_dropped_while_locked_is_offered_after_unlock(qtbot, open_window, prompter, tmp_path):
    window = open_window
    window.session.lock("manual")
    path = write_pack_file(tmp_path / "later.rjpack", make_pack())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    _drop(window.unlock_page, mime)
    assert prompter.dialogs_seen == []
    assert window.packs.pending_pack == path
    assert "Unlock your journal" in window.statusBar().currentMessage()
    seen = PreviewSeen()
    prompter.dialog_actions.append(seen)
    unlock(qtbot, window)
    assert window.session.is_unlocked
    assert prompter.dialogs_seen == ["ImportPreviewDialog"]
    assert installed_versions(window) == {"org.example.test-pack": "1.0.0"}
    assert window.packs.pending_pack is None


def test_run_app_with_a_pack_shows_the_preview_after_unlock(
    qtbot, make_window, prefs, prompter, journal_path, tmp_path, monkeypatch
):
    import reflectjournal.app as app_module

    Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    prefs.set(S.LAST_JOURNAL, str(journal_path))
    pack_path = write_pack_file(tmp_path / "from-the-command-line.rjpack", make_pack())
    made = []

    def build_window(**_kwargs):
        window = make_window()
        made.append(window)
        return window

    seen = PreviewSeen()
    outcome = {}

    def fake_exec(*_args):
        window = made[0]
        assert window.pages.currentWidget() is window.unlock_page
        assert window.packs.pending_pack == pack_path  # remembered, not shown yet
        assert prompter.dialogs_seen == []
        prompter.dialog_actions.append(seen)
        unlock(qtbot, window)
        outcome["dialogs"] = list(prompter.dialogs_seen)
        outcome["installed"] = installed_versions(window)
        return 0

    monkeypatch.setattr(app_module, "build_window", build_window)
    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.run_app([str(pack_path)]) == 0
    assert outcome["dialogs"] == ["ImportPreviewDialog"]
    assert seen.seen["title"] == "Visits pack for testing"
    assert outcome["installed"] == {"org.example.test-pack": "1.0.0"}


# -- manage ---------------------------------------------------------------------------------


def test_manage_turn_off_remove_and_export(qtbot, open_window, prompter, tmp_path):
    window = open_window
    pack = make_pack()
    prompter.dialog_actions.append(PreviewSeen())
    assert window.packs.import_file(write_pack_file(tmp_path / "in.rjpack", pack))
    browser = show_panel(window).browser
    full_ids = {p.full_id for p in browser.listed_prompts()}
    assert {p.full_id for p in pack.prompts} <= full_ids
    out = tmp_path / "exported"
    results = {}

    def drive(dialog) -> bool:
        assert isinstance(dialog, ManagePacksDialog)
        rows = dialog.row_texts()
        results["rows"] = rows
        builtin = builtin_packs()
        assert [row[0] for row in rows[: len(builtin)]] == [p.title for p in builtin]
        assert all(row[3] == "Built in" for row in rows[: len(builtin)])
        # Built-in packs cannot be turned off or removed, but can be exported.
        dialog.select(builtin[0].id)
        results["builtin_buttons"] = (
            dialog.toggle_button.isEnabled(),
            dialog.remove_button.isEnabled(),
            dialog.export_button.isEnabled(),
        )
        assert dialog.select(pack.id)
        assert dialog.toggle_button.isEnabled() and dialog.remove_button.isEnabled()
        # Turn off: its prompts leave the panel.
        dialog.toggle_button.click()
        results["off_row"] = next(row for row in dialog.row_texts() if row[0] == pack.title)
        results["listed_when_off"] = {p.full_id for p in browser.listed_prompts()}
        assert dialog.toggle_button.text().replace("&", "") == "Turn on"
        dialog.toggle_button.click()
        results["listed_when_on"] = {p.full_id for p in browser.listed_prompts()}
        # Export: through the identifying-information check's preview first.
        prompter.dialog_actions.append(lambda preview: type(preview).__name__ == "OutgoingPreviewDialog")
        prompter.path_answers.append(out)
        dialog.export_button.click()
        # Remove: asked first; "No" keeps it.
        prompter.confirm_answers.append(False)
        dialog.remove_button.click()
        results["after_no"] = [row[0] for row in dialog.row_texts()]
        prompter.confirm_answers.append(True)
        dialog.select(pack.id)
        dialog.remove_button.click()
        results["after_yes"] = [row[0] for row in dialog.row_texts()]
        return False

    prompter.dialog_actions.append(drive)
    window.packs.manage_action.trigger()
    assert results["builtin_buttons"] == (False, False, True)
    assert results["off_row"][4] == "No (turned off)"
    assert not ({p.full_id for p in pack.prompts} & results["listed_when_off"])
    assert {p.full_id for p in pack.prompts} <= results["listed_when_on"]
    exported = out.with_name("exported.rjpack")
    assert exported.is_file()
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    assert read_pack_file(exported) == pack
    assert pack.title in results["after_no"]
    assert pack.title not in results["after_yes"]
    assert installed_versions(window) == {}
    assert not ({p.full_id for p in pack.prompts} & {p.full_id for p in browser.listed_prompts()})
    confirm = next(call for call in prompter.calls if call[0] == "confirm")
    assert pack.title in confirm[2]


# -- locking ----------------------------------------------------------------------------------


def test_lock_leaves_nothing_of_imported_packs_on_screen(qtbot, open_window, prompter, tmp_path):
    window = open_window
    pack = make_pack(title="Marmalade pack title", version="2.0.0")
    prompter.dialog_actions.append(PreviewSeen())
    assert window.packs.import_file(write_pack_file(tmp_path / "m.rjpack", pack))
    browser = show_panel(window).browser
    browser.search_edit.setText("Zebra")
    assert browser.select_prompt(pack.prompts[0].full_id)
    window.session.lock("manual")
    assert not window.prompt_panel_slot.isVisible()
    assert browser.prompt_list.count() <= 1 and browser.search_edit.text() == ""
    assert not browser.search_edit.isUndoAvailable()
    texts = "\n".join(all_widget_texts(QApplication.instance()))
    for secret in ("Marmalade pack title", "Zebra crossing reflection", "What will I do by Friday?"):
        assert secret not in texts
    assert not window.packs.import_action.isEnabled()
    # Unlocked again, the panel comes back as it was left (shown).
    unlock(qtbot, window)
    assert window.prompt_panel_slot.isVisible()
    assert "Zebra crossing reflection" in [p.title for p in browser.listed_prompts()]


# -- the pack editor ----------------------------------------------------------------------------


def test_pack_editor_builds_a_pack_that_validates_saves_0600_and_imports_into_a_second_journal(
    qtbot, open_window, make_window, prompter, tmp_path, journal_path
):
    window = open_window
    journal_menu = window.menuBar().actions()[0].menu()
    assert window.packs.editor_action in journal_menu.actions()
    window.packs.editor_action.trigger()
    editor = window.packs.pack_editor
    assert editor.isVisible() and editor.isWindow()
    # A new pack starts empty (hints only) with one empty prompt, and says what is still to fill in.
    assert editor.id_edit.text() == "personal.pack"
    assert len(editor.prompt_drafts()) == 1
    assert editor.validate() != []

    # Pack details.
    editor.title_edit.setText("Newly qualified: first visits")
    editor.version_edit.setText("1.0.0")
    editor.authors_edit.setPlainText("A. Educator\nB. Educator")
    editor.organisation_edit.setText("An example team")
    editor.licence_combo.setEditText("CC-BY-SA-4.0")
    editor.language_edit.setText("en-GB")
    editor.description_edit.setPlainText("Prompts for **first** visits.")
    editor.today_button.click()
    editor.id_edit.setText("org.example.newly-qualified")
    editor.id_edit.textEdited.emit(editor.id_edit.text())  # typed under Advanced: kept (changed below)

    # A new prompt, edited in the form.
    editor.add_prompt()
    form = editor.prompt_form
    assert editor.current_row() == 1
    form.id_edit.setText("first-visit")
    form.id_edit.textEdited.emit("first-visit")  # typed: the author's own id, kept from now on
    qtbot.keyClicks(form.title_edit, "X")  # typed: the list follows the title
    form.title_edit.setText("Before the first visit")
    form.title_edited.emit(form.title_edit.text())
    assert editor.prompt_list.item(1).text() == "Before the first visit"
    form.model_edit.setText("Kolb: Planning")
    form.when_checks["before_visit"].setChecked(True)
    form.when_checks["direct_work_with_child"].setChecked(True)
    form.questions_edit.setPlainText("What do I know already?\n\nWhat do I need to find out?\n")
    form.guidance_edit.setPlainText("Plan **one** thing.\n\n<script>x()</script>")
    form.update_preview()
    assert "<script" not in form.guidance_preview.toHtml()
    assert "font-weight" in form.guidance_preview.toHtml() or "<b>" in form.guidance_preview.toHtml()
    form.add_source()
    for column, text in enumerate(("Kolb, D.", "Experiential Learning", "1984", "Prentice-Hall", "")):
        form.sources_table.item(0, column).setText(text)
    form.tags_edit.setText("first visit, planning")

    # Reorder: the new prompt first, then remove the template's prompt.
    editor.move_prompt(-1)
    assert editor.current_row() == 0
    assert [d["id"] for d in editor.prompt_drafts()] == ["first-visit", "prompt-1"]
    prompter.dialog_actions.clear()
    editor.prompt_list.setCurrentRow(1)
    prompter.confirm_answers.append(True)
    editor.remove_prompt()
    assert [d["id"] for d in editor.prompt_drafts()] == ["first-visit"]

    # A mistake is reported with its field, and the field is shown.
    editor.prompt_list.setCurrentRow(0)
    form.sources_table.item(0, 2).setText("nineteen")
    problems = editor.validate()
    assert [p.field for p in problems] == ["prompts[0].sources[0].year"]
    assert (
        editor.problems_list.item(0)
        .text()
        .startswith("To fix: Prompt 1 “Before the first visit”: Sources, row 1, Year — must be a whole number")
    )
    editor.tabs.setCurrentWidget(editor.details_scroll)
    editor.go_to_field(problems[0].field)
    assert editor.tabs.currentWidget() is editor.prompts_page
    # Saving is refused while there are problems.
    prompter.calls.clear()
    assert not editor.save_as()
    assert prompter.kinds() == ["warn"]
    form.sources_table.item(0, 2).setText("1984")
    assert editor.validate() == []
    # The template's example id is pointed out (a warning: saving is allowed).
    assert editor.status_label.text().startswith("Nothing to fix: the pack can be saved. 1 thing worth checking.")
    assert editor.problems_list.item(0).text().startswith("To check: Id (under Advanced)")
    editor.id_edit.setText("org.westmoor.newly-qualified")
    editor.id_edit.textEdited.emit(editor.id_edit.text())
    editor.validate()
    assert editor.status_label.text() == "Nothing to fix: the pack can be saved."

    # Save as (the suffix is added), 0600.
    target = tmp_path / "shared" / "newly-qualified"
    target.parent.mkdir()
    prompter.path_answers.append(target)
    assert editor.save_as()
    saved = target.with_name("newly-qualified.rjpack")
    assert editor.path == saved and not editor.is_modified
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert validate_pack_bytes(saved.read_bytes()) == []
    pack = read_pack_file(saved)
    assert pack.id == "org.westmoor.newly-qualified"
    assert pack.authors == ("A. Educator", "B. Educator")
    assert pack.organisation == "An example team"
    assert pack.licence == "CC-BY-SA-4.0"
    assert pack.updated == dt.date.today()
    [prompt] = pack.prompts
    assert prompt.questions == ("What do I know already?", "What do I need to find out?")
    assert prompt.when == ("before_visit", "direct_work_with_child")
    assert prompt.sources == (Source("Kolb, D.", "Experiential Learning", 1984, "Prentice-Hall"),)
    assert prompt.tags == ("first visit", "planning")
    assert prompt.model == "Kolb: Planning"

    # A second journal imports it cleanly.
    second = make_window(Preferences(tmp_path / "second" / "settings.conf"))
    create_journal(qtbot, second, tmp_path / "second" / "journal.rjournal")
    seen = PreviewSeen()
    prompter.dialog_actions.append(seen)
    assert second.packs.import_file(saved)
    assert seen.seen["change"] == "new" and seen.seen["count"] == "1 prompt"
    [installed] = second.session.journal_for_tests.packs.installed()
    assert installed.pack == pack and installed.enabled
    browser = show_panel(second).browser
    select_kind(second, "direct_work")
    full_id = "org.westmoor.newly-qualified/first-visit"
    wanted = set(KIND_WHEN["direct_work"])
    suited = [p.full_id for p in browser.listed_prompts() if wanted.intersection(p.when)]
    assert full_id in suited
    browser.search_edit.setText("first visit")
    assert browser.listed_prompts()[0].full_id == full_id
    editor.close()
    assert not editor.isVisible()


def test_pack_editor_opens_a_pack_and_asks_before_discarding_changes(qtbot, open_window, prompter, tmp_path):
    window = open_window
    path = write_pack_file(tmp_path / "existing.rjpack", make_pack())
    editor = window.packs.show_pack_editor()
    editor.title_edit.setText("Changed")
    editor.title_edit.textEdited.emit("Changed")
    assert editor.is_modified
    # "No" to discarding keeps the changes.
    prompter.confirm_answers.append(False)
    prompter.path_answers.append(path)
    assert not editor.open_pack()
    assert editor.title_edit.text() == "Changed"
    prompter.confirm_answers.append(True)
    prompter.path_answers.append(path)
    assert editor.open_pack()
    assert editor.title_edit.text() == "Visits pack for testing"
    assert [d["id"] for d in editor.prompt_drafts()] == ["after-visit", "wellbeing"]
    assert not editor.is_modified
    assert editor.validate() == []
    # Saving writes it back as the same pack.
    editor.prompt_list.setCurrentRow(1)
    editor.move_prompt(-1)
    assert editor.save()
    assert [p.id for p in read_pack_file(path).prompts] == ["wellbeing", "after-visit"]

    # A broken file is refused with its problems.
    broken = tmp_path / "broken.rjpack"
    broken.write_text('{"format": "reflectjournal-prompt-pack"}')
    problems = ProblemsSeen()
    prompter.dialog_actions.append(problems)
    assert not editor.open_pack(broken)
    assert problems.lines
    # Closing the main window with unsaved pack changes asks first.
    editor.title_edit.textEdited.emit("again")
    prompter.confirm_answers.append(False)
    window.close()
    assert window.isVisible() and editor.isVisible()
    prompter.confirm_answers.append(True)
    assert editor.close()


def test_pack_editor_is_keyboard_reachable_and_labelled(qtbot, open_window):
    editor = open_window.packs.show_pack_editor()
    for action in (editor.new_action, editor.open_action, editor.save_action, editor.validate_action):
        assert not action.shortcut().isEmpty()
    unnamed = [
        w for w in editor.findChildren(QPlainTextEdit) + editor.findChildren(QListWidget) if not accessible_name(w)
    ]
    assert unnamed == []
    assert all(accessible_name(check) for check in editor.prompt_form.when_checks.values())
    assert [c.text() for c in editor.prompt_form.when_checks.values()][0] == "After a home visit"


def test_editing_a_prompt_keeps_its_framework_ids_and_self_care_mark(qtbot):
    from reflectjournal.core.packs import builtin_packs, read_pack, write_pack
    from reflectjournal.ui.packs.prompt_form import PromptForm, draft_from_prompt, prompt_data

    wellbeing = next(p for p in builtin_packs() if p.id.endswith("emotional-resilience-and-wellbeing"))
    check_in = wellbeing.prompt("check-in")
    assert check_in is not None and check_in.self_care
    check_in = replace(check_in, serves=("pcf:6",))
    form = PromptForm()
    qtbot.addWidget(form)
    form.load(draft_from_prompt(check_in))
    form.title_edit.setText("A quick check-in, edited")
    data = prompt_data(form.draft())
    assert data["serves"] == list(check_in.serves)
    assert data["self_care"] == check_in.self_care
    pack = json.loads(write_pack(wellbeing))
    pack["id"] = "org.example.copy"
    pack["prompts"] = [data]
    again = read_pack(json.dumps(pack).encode(), name="copy").prompts[0]
    assert (again.title, again.serves, again.self_care) == (
        "A quick check-in, edited",
        check_in.serves,
        check_in.self_care,
    )
    form.load(None)  # a new prompt starts without them
    assert "serves" not in prompt_data(form.draft()) and "self_care" not in prompt_data(form.draft())


def test_the_import_preview_names_the_frameworks_a_pack_carries(qtbot):
    from reflectjournal.core.pack_store import ImportPreview
    from reflectjournal.ui.packs.importing import ImportPreviewDialog as Preview

    pack = read_pack_file(Path(__file__).resolve().parents[1] / "data" / "packs" / "good" / "with-frameworks.rjpack")
    assert pack.frameworks
    dialog = Preview(ImportPreview(pack, "new", None, ()), "with-frameworks.rjpack")
    qtbot.addWidget(dialog)
    framework = pack.frameworks[0]
    assert dialog.frameworks_label.text().startswith(f"{framework.name} ({len(framework.items)} items)")
    plain = Preview(ImportPreview(builtin_packs()[0], "new", None, ()), "p.rjpack")
    qtbot.addWidget(plain)
    assert plain.frameworks_label.text() == "None"

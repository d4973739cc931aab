"""The supervision window: preparing, links both ways, the agenda, actions
carried forward, open actions, export with its preview and warning, lock."""

from __future__ import annotations

import datetime as dt
import io
import re
import stat

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reflectjournal.core.models import (
    ACTION_DONE,
    ACTION_DROPPED,
    Action,
    AgendaItem,
    Entry,
    SupervisionSession,
    Wellbeing,
)
from reflectjournal.core.supervision_export import ExportOptions, build_export
from reflectjournal.ui.announce import accessible_name
from reflectjournal.ui.supervision.actions import overdue_brush
from reflectjournal.ui.supervision.export import ExportPreviewDialog
from reflectjournal.ui.supervision.prompts import PromptPanel, prompts_from_packs, supervision_prompts
from tests.ui.conftest import all_widget_texts, unlock

TODAY = dt.date(2026, 3, 10)


def day(month: int, d: int) -> dt.date:
    return dt.date(2026, month, d)


def pdf_text(path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def app_window(open_window):
    """The main window, unlocked, with a fixed 'today' for supervision."""
    open_window.supervision.service.today = lambda: TODAY
    return open_window


@pytest.fixture
def entries(app_window):
    journal = app_window.session.journal_for_tests
    made = {}
    for when, title, score in (
        (day(1, 20), "Visit before last supervision", None),
        (day(2, 16), "Home visit to the Ashdown family", Wellbeing(2, "drained after the visit")),
        (day(2, 24), "Core group for Kai", Wellbeing(4, "steadier")),
        (day(3, 2), "Phone call with the school", None),
    ):
        made[title] = journal.entries.save(
            Entry(title=title, body=f"SECRET-BODY of {title}", happened_on=when, kind="home_visit", wellbeing=score)
        ).id
    journal.supervision.save(SupervisionSession(held_on=day(2, 10), status="held"))
    return made


def sv_texts() -> str:
    return "\n".join(t for t in all_widget_texts(QApplication.instance()) if t)


def tick(list_widget, text: str, checked: bool = True) -> None:
    for row in range(list_widget.count()):
        item = list_widget.item(row)
        if text in item.text():
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"{text!r} not in the list")


def list_texts(list_widget) -> list[str]:
    return [list_widget.item(row).text() for row in range(list_widget.count())]


def prepare(qtbot, window):
    sv = window.supervision.prepare()
    assert sv is not None and sv.isVisible()
    return sv


# -- the menu -------------------------------------------------------------------


def test_supervision_menu_and_shortcut(qtbot, app_window):
    titles = [action.text() for action in app_window.menuBar().actions()]
    assert "&Supervision" in titles
    sup = app_window.supervision
    assert sup.prepare_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert all(a.isEnabled() for a in (sup.prepare_action, sup.sessions_action, sup.open_actions_action))
    # The shortcut from the keyboard starts a preparation.
    app_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is app_window, timeout=3000)
    qtbot.keyClick(
        app_window.editor.title_edit,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: sup.window.isVisible(), timeout=3000)
    assert [s.status for s in app_window.session.journal_for_tests.supervision.list_sessions()] == ["preparing"]
    app_window.session.lock("manual")
    assert not sup.prepare_action.isEnabled()


# -- preparing and links ----------------------------------------------------------


def test_prepare_offers_reflections_since_last_held_and_links_both_ways(qtbot, app_window, entries):
    sv = prepare(qtbot, app_window)
    editor = sv.editor
    session_id = editor.session_id
    stored = app_window.session.journal_for_tests.supervision.get(session_id)
    assert stored.status == "preparing" and stored.held_on == TODAY
    assert editor.tabs.currentWidget() is editor.reflections_tab

    offered = list_texts(editor.picker.candidates)
    assert any("Home visit to the Ashdown family" in t for t in offered)
    assert any("Core group for Kai" in t for t in offered)
    assert not any("Visit before last supervision" in t for t in offered), "older than the last held session"
    assert "10 February 2026" in editor.picker.since_label.text()

    # Search narrows the candidates (through the journal's full-text search).
    editor.picker.search_edit.setText("Ashdown")
    qtbot.waitUntil(lambda: editor.picker.candidates.count() == 1, timeout=3000)
    tick(editor.picker.candidates, "Ashdown")
    editor.picker.search_edit.setText("")
    qtbot.waitUntil(lambda: editor.picker.candidates.count() == 3, timeout=3000)
    tick(editor.picker.candidates, "Core group for Kai")
    assert [t.split(" · ")[-1] for t in list_texts(editor.picker.linked_list)] == [
        "Home visit to the Ashdown family",
        "Core group for Kai",
    ]
    assert sv.is_dirty
    qtbot.waitUntil(lambda: sv.save_status.text() == "Saved", timeout=4000)  # autosave, debounced
    ashdown, kai = entries["Home visit to the Ashdown family"], entries["Core group for Kai"]
    assert app_window.session.journal_for_tests.supervision.get(session_id).entry_ids == [ashdown, kai]

    # Entry -> sessions: the main editor says where the entry was discussed.
    app_window.open_entry(ashdown)
    bar = app_window.discussed_bar
    assert not bar.isHidden()
    assert bar.session_ids == [session_id]
    assert "10 Mar 2026" in bar.buttons[0].text()
    app_window.open_entry(entries["Phone call with the school"])
    assert bar.isHidden()

    # ... and back: the button opens the session in the supervision window.
    app_window.open_entry(kai)
    sv.close()
    assert not sv.isVisible()
    bar.buttons[0].click()
    assert sv.isVisible() and sv.editor.session_id == session_id

    # Session -> entry: "Open in journal" shows the reflection in the main editor.
    app_window.open_entry(entries["Phone call with the school"])
    sv.editor.picker.linked_list.setCurrentRow(0)
    sv.editor.picker.open_button.click()
    assert app_window.editor.entry_id == ashdown

    # Many-to-many: the same reflection in a second session.
    second = app_window.session.journal_for_tests.supervision.save(SupervisionSession(held_on=day(3, 20)))
    app_window.session.journal_for_tests.supervision.link(second.id, ashdown)
    sv.editor.picker.unlink(kai)
    assert sv.save_now()
    app_window.new_entry()
    app_window.open_entry(ashdown)
    assert bar.session_ids == [second.id, session_id]
    assert [s.id for s in app_window.session.journal_for_tests.supervision.sessions_for_entry(kai)] == []


def test_agenda_by_the_four_functions_is_saved_and_reloaded(qtbot, app_window, entries):
    sv = prepare(qtbot, app_window)
    editor = sv.editor
    tick(editor.picker.candidates, "Ashdown")
    tick(editor.picker.candidates, "Core group for Kai")
    agenda = editor.agenda
    assert [agenda.tree.topLevelItem(i).text(0) for i in range(4)] == [
        "Management",
        "Development",
        "Support",
        "Mediation",
    ]
    for key, text in (
        ("management", "Caseload: can the Ashdown case move to a colleague?"),
        ("development", "Court skills training"),
        ("support", "Two difficult visits in a week"),
        ("mediation", "School not sharing attendance data"),
    ):
        agenda.function_combo.setCurrentIndex(agenda.function_combo.findData(key))
        agenda.new_item_edit.setText(text)
        agenda.add_button.click()
        assert agenda.new_item_edit.text() == ""
    # The support item draws on the Ashdown visit.
    support = agenda._headings["support"].child(0)
    agenda.tree.setCurrentItem(support)
    assert agenda.item_entries.isEnabled() and agenda.item_entries.count() == 2
    tick(agenda.item_entries, "Ashdown")
    assert "Ashdown" in support.text(1)
    editor.note_edits["questions"].setPlainText("Should I escalate to the IRO?")
    editor.name_edit.setText("Sam Okafor")
    editor.name_edit.textEdited.emit("Sam Okafor")
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("reflective"))
    assert sv.save_now()

    stored = app_window.session.journal_for_tests.supervision.get(editor.session_id)
    assert [(i.function, i.text) for i in stored.agenda] == [
        ("management", "Caseload: can the Ashdown case move to a colleague?"),
        ("development", "Court skills training"),
        ("support", "Two difficult visits in a week"),
        ("mediation", "School not sharing attendance data"),
    ]
    assert stored.agenda[2].entry_ids == [entries["Home visit to the Ashdown family"]]
    assert stored.with_name == "Sam Okafor" and stored.session_type == "reflective"
    assert stored.questions == "Should I escalate to the IRO?"

    # Reload from the journal into a fresh editor.
    session_id = editor.session_id
    sv.close()
    sv = app_window.supervision.show_sessions(session_id)
    agenda = sv.editor.agenda
    assert [agenda._headings[k].child(0).text(0) for k in ("management", "development", "support", "mediation")] == [
        "Caseload: can the Ashdown case move to a colleague?",
        "Court skills training",
        "Two difficult visits in a week",
        "School not sharing attendance data",
    ]
    assert "Ashdown" in agenda._headings["support"].child(0).text(1)
    assert sv.editor.name_edit.text() == "Sam Okafor"

    # Unlinking a reflection from the session takes it off the agenda item too.
    sv.editor.picker.unlink(entries["Home visit to the Ashdown family"])
    assert sv.save_now()
    stored = app_window.session.journal_for_tests.supervision.get(session_id)
    assert stored.agenda[2].entry_ids == []
    assert stored.entry_ids == [entries["Core group for Kai"]]


def test_removing_an_agenda_item_and_editing_in_place(qtbot, app_window, entries):
    sv = prepare(qtbot, app_window)
    agenda = sv.editor.agenda
    child = agenda.add_item("development", "Draft")
    child.setText(0, "Reflective writing")
    agenda.add_item("support", "Remove me")
    agenda.tree.setCurrentItem(agenda._headings["support"].child(0))
    agenda.remove_button.click()
    assert sv.is_dirty and sv.save_now()
    stored = app_window.session.journal_for_tests.supervision.get(sv.editor.session_id)
    assert [(i.function, i.text) for i in stored.agenda] == [("development", "Reflective writing")]


# -- notes, wellbeing and prompts ---------------------------------------------------


def test_wellbeing_check_ins_of_linked_entries_can_be_drawn_on(qtbot, app_window, entries):
    sv = prepare(qtbot, app_window)
    editor = sv.editor
    editor.wellbeing_button.click()
    assert "None of the linked reflections" in sv.banner.text()
    tick(editor.picker.candidates, "Ashdown")
    tick(editor.picker.candidates, "Core group for Kai")
    editor.note_edits["affecting_me"].setPlainText("Tired.")
    editor.wellbeing_button.click()
    text = editor.note_edits["affecting_me"].toPlainText()
    assert text.startswith("Tired.\n\n")
    assert "16 Feb 2026: 2 of 5, drained after the visit" in text
    assert "24 Feb 2026: 4 of 5, steadier" in text
    editor.note_edits["affecting_me"].undo()  # inserted through the cursor: one undo takes it back
    assert editor.note_edits["affecting_me"].toPlainText() == "Tired."


def test_supervision_prompts_are_offered_beside_the_note(qtbot, app_window, entries):
    prompts = supervision_prompts()
    assert prompts, "the built-in packs have prompts for preparing supervision"
    assert prompts[0].pack_title == "Preparing for supervision"
    sv = prepare(qtbot, app_window)
    panel = sv.editor.prompt_panel
    assert panel.list.count() == len(prompts)
    panel.list.setCurrentRow(0)
    first_question = prompts[0].questions[0]
    assert first_question in panel.questions.toPlainText()
    sv.editor.note_edits["questions"].setPlainText("My own question")
    panel.insert_button.click()
    questions = sv.editor.note_edits["questions"].toPlainText()
    assert questions.startswith("My own question\n\n") and first_question in questions
    assert sv.editor.tabs.currentWidget() is sv.editor.notes_tab
    assert sv.is_dirty


def test_prompt_hook_filters_on_when_and_shows_plain_text(qtbot):
    class P:
        def __init__(self, pid, title, when, questions):
            self.id, self.title, self.when, self.questions = pid, title, when, questions

    class Pack:
        id, title = "org.example.mixed", "Mixed"
        prompts = (
            P("a", "After a visit", ("after_home_visit",), ("What happened?",)),
            P("b", "<b>Bring</b> a case", ("before_visit", "preparing_for_supervision"), ("What do I need?",)),
        )

    found = prompts_from_packs([Pack()])
    assert [p.title for p in found] == ["<b>Bring</b> a case"]
    panel = PromptPanel()
    qtbot.addWidget(panel)
    panel.set_prompts(found)
    assert panel.list.item(0).text() == "<b>Bring</b> a case"  # shown as text, not markup
    panel.set_prompts([])
    assert "once prompt packs are installed" in panel.placeholder.text()


# -- actions -------------------------------------------------------------------


@pytest.fixture
def three_sessions(app_window):
    store = app_window.session.journal_for_tests.supervision
    first = store.save(
        SupervisionSession(
            held_on=day(1, 10),
            status="held",
            actions=[
                Action("Book court skills training", "me", day(2, 1)),
                Action("Ask for a co-worker on the Ashdown case", "Sam"),
            ],
        )
    )
    second = store.save(
        SupervisionSession(
            held_on=day(2, 10),
            status="held",
            actions=[
                Action("Send chronology to the IRO", "me", day(4, 1)),
            ],
        )
    )
    third = store.save(SupervisionSession(held_on=day(3, 10)))
    return first, second, third


def test_actions_carry_forward_across_three_sessions_and_can_be_marked_done(qtbot, app_window, three_sessions):
    first, second, third = three_sessions
    sup = app_window.supervision
    sv = sup.show_sessions(second.id)
    assert sv.editor.carried.row_texts() == ["Book court skills training", "Ask for a co-worker on the Ashdown case"]

    sv.show_session(third.id)
    carried = sv.editor.carried
    assert carried.row_texts() == [
        "Book court skills training",  # due 1 Feb: overdue on 10 Mar
        "Send chronology to the IRO",
        "Ask for a co-worker on the Ashdown case",  # no date: last
    ]
    overdue = carried.tree.topLevelItem(0)
    assert "overdue" in overdue.text(carried.DUE) and overdue.font(carried.WHAT).bold()
    assert "overdue" not in carried.tree.topLevelItem(1).text(carried.DUE)

    # Tick one done, drop another: both stop carrying forward.
    item = carried.item_for(first.actions[1].id)
    item.setCheckState(0, Qt.CheckState.Checked)
    carried.tree.setCurrentItem(carried.item_for(second.actions[0].id))
    carried.drop_button.click()
    store = app_window.session.journal_for_tests.supervision
    statuses = {a.id: a.status for a in store.get(first.id).actions + store.get(second.id).actions}
    assert statuses[first.actions[1].id] == ACTION_DONE
    assert statuses[second.actions[0].id] == ACTION_DROPPED
    assert item.font(carried.WHAT).strikeOut(), "the row stays, crossed out, until the session is reopened"
    # Unticking by mistake puts it back.
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert store.get(first.id).actions[1].status == "open"
    item.setCheckState(0, Qt.CheckState.Checked)

    sv.show_session(first.id)
    assert sv.editor.actions_table.actions()[1].status == ACTION_DONE
    sv.show_session(third.id)
    assert sv.editor.carried.row_texts() == ["Book court skills training"]


def test_actions_agreed_are_added_edited_and_saved(qtbot, app_window, three_sessions):
    _first, second, _third = three_sessions
    sv = app_window.supervision.show_sessions(second.id)
    table = sv.editor.actions_table
    assert table.table.rowCount() == 1
    row = table.add_action()
    assert not sv.is_dirty, "an empty row is not an action yet"
    table.table.item(row, table.WHAT).setText("Observe a colleague in court")
    table.table.item(row, table.WHO).setText("me")
    table.table.item(row, table.DUE).setData(Qt.ItemDataRole.UserRole + 2, "2026-05-01")
    table.table.item(row, table.DONE).setCheckState(Qt.CheckState.Checked)
    assert sv.save_now()
    stored = app_window.session.journal_for_tests.supervision.get(second.id).actions
    assert [(a.what, a.who, a.due_on, a.status) for a in stored] == [
        ("Send chronology to the IRO", "me", day(4, 1), "open"),
        ("Observe a colleague in court", "me", day(5, 1), "done"),
    ]
    assert table.actions()[1].id == stored[1].id, "the new row adopted its id, so the next save updates it"
    table.table.setCurrentCell(0, 0)
    table.remove_button.click()
    assert sv.save_now()
    assert [a.what for a in app_window.session.journal_for_tests.supervision.get(second.id).actions] == [
        "Observe a colleague in court"
    ]


def test_open_actions_view_marks_overdue_and_marks_done(qtbot, app_window, three_sessions):
    first, second, _third = three_sessions
    view = app_window.supervision.show_open_actions()
    assert view.isVisible()
    tree = view.list.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [r.text(view.list.WHAT) for r in rows] == [
        "Book court skills training",
        "Send chronology to the IRO",
        "Ask for a co-worker on the Ashdown case",
    ]
    late, later, undated = rows
    assert late.text(view.list.DUE) == "1 Feb 2026 (overdue)"  # the word, not colour alone
    assert late.font(view.list.WHAT).bold() and late.foreground(view.list.WHAT).color() == overdue_brush().color()
    assert later.text(view.list.DUE) == "1 Apr 2026" and not later.font(view.list.WHAT).bold()
    assert undated.text(view.list.DUE) == "No date"
    assert "1 overdue" in view.summary_label.text() and "3 open actions" in view.summary_label.text()

    late.setCheckState(0, Qt.CheckState.Checked)
    assert app_window.session.journal_for_tests.supervision.get(first.id).actions[0].status == ACTION_DONE
    assert tree.topLevelItemCount() == 3 and late.font(view.list.WHAT).strikeOut()
    view.reload()
    assert tree.topLevelItemCount() == 2

    tree.setCurrentItem(tree.topLevelItem(0))
    view.open_session_button.click()
    sv = app_window.supervision.window
    assert sv.isVisible() and sv.editor.session_id == second.id


# -- export ----------------------------------------------------------------------


@pytest.fixture
def preparation(app_window, entries):
    store = app_window.session.journal_for_tests.supervision
    ashdown = entries["Home visit to the Ashdown family"]
    store.save(SupervisionSession(held_on=day(1, 10), status="held", actions=[Action("Shadow a court hearing", "me")]))
    prep = store.save(
        SupervisionSession(
            held_on=day(3, 12),
            with_name="Sam Okafor",
            agenda=[AgendaItem("support", "Feeling stretched by the Ashdown case", [ashdown])],
            questions="Can we review the plan?",
            entry_ids=[ashdown],
        )
    )
    return prep


def test_export_preview_shows_exactly_the_export_and_the_warning(qtbot, app_window, entries, preparation, prompter):
    sv = app_window.supervision.show_sessions(preparation.id)
    seen = {}

    def look(dialog: ExportPreviewDialog) -> bool:
        seen["title"] = dialog.windowTitle()
        seen["warning"] = dialog.warning_label.text()
        seen["warning_format"] = dialog.warning_label.textFormat()
        seen["text"] = dialog.preview_text()
        seen["read_only"] = dialog.preview.isReadOnly()
        seen["entry_text_default"] = dialog.entry_text_check.isChecked()
        seen["wellbeing_default"] = dialog.wellbeing_check.isChecked()
        dialog.wellbeing_check.setChecked(True)
        seen["text_with_wellbeing"] = dialog.preview_text()
        dialog.wellbeing_check.setChecked(False)
        dialog.name_check.setChecked(False)
        seen["text_without_name"] = dialog.preview_text()
        return False  # cancel: nothing is written

    prompter.dialog_actions.append(look)
    sv.pdf_button.click()
    journal = app_window.session.journal_for_tests
    expected = build_export(journal, preparation.id, ExportOptions(), today=TODAY).to_markdown()
    assert seen["text"] == expected
    assert "not encrypted" in seen["warning"] and seen["warning_format"] == Qt.TextFormat.PlainText
    assert seen["read_only"] and seen["entry_text_default"] is False
    text = seen["text"]
    for chosen in (
        "Feeling stretched by the Ashdown case",
        "Can we review the plan?",
        "Home visit to the Ashdown family",
        "Shadow a court hearing",
        "Sam Okafor",
    ):
        assert chosen in text, chosen
    # Wellbeing is off by default (the record may go to a line manager), and shown once when chosen.
    assert seen["wellbeing_default"] is False and "2 of 5" not in text
    assert seen["text_with_wellbeing"].count("## Wellbeing") == 1 and "2 of 5" in seen["text_with_wellbeing"]
    for left_out in (
        "SECRET-BODY",
        "Core group for Kai",
        "Phone call with the school",
        "Visit before last supervision",
    ):
        assert left_out not in text, left_out
    assert "Sam Okafor" not in seen["text_without_name"]
    assert [k for k in prompter.kinds() if k == "save_file"] == [], "no file is chosen before the preview is accepted"


def test_export_pdf_is_private_and_holds_the_chosen_items_only(
    qtbot, app_window, entries, preparation, prompter, tmp_path
):
    sv = app_window.supervision.show_sessions(preparation.id)
    prompter.dialog_actions.append(lambda dialog: True)
    target = tmp_path / "out" / "prep"
    target.parent.mkdir()
    prompter.path_answers.append(target)
    sv.pdf_button.click()
    written = target.with_name("prep.pdf")
    assert written.is_file()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    text = pdf_text(written)
    for chosen in (
        "Supervision record",
        "12 March 2026",
        "Feeling stretched by the Ashdown case",
        "Can we review the plan?",
        "Home visit to the Ashdown family",
        "Shadow a court hearing",
        "Page 1 of",
    ):
        assert chosen in text, chosen
    for left_out in ("SECRET-BODY", "Core group for Kai", "Phone call with the school"):
        assert left_out not in text, left_out
    # No modal message: a bar says where it went and that it is not encrypted, with Open and Show in folder.
    assert sv.exported_bar.isVisibleTo(sv) and "not encrypted" in sv.exported_bar.label.text()

    # With the reflections' own words, by choice.
    def include_text(dialog):
        dialog.entry_text_check.setChecked(True)
        return True

    prompter.dialog_actions.append(include_text)
    second = tmp_path / "out" / "with-text.pdf"
    prompter.path_answers.append(second)
    sv.pdf_button.click()
    assert "SECRET-BODY of Home visit to the Ashdown family" in pdf_text(second)
    assert "SECRET-BODY of Core group for Kai" not in pdf_text(second)


def test_export_markdown_writes_what_the_preview_showed(qtbot, app_window, entries, preparation, prompter, tmp_path):
    sv = app_window.supervision.show_sessions(preparation.id)
    shown = {}

    def accept(dialog):
        dialog.name_check.setChecked(False)
        shown["text"] = dialog.preview_text()
        return True

    prompter.dialog_actions.append(accept)
    target = tmp_path / "prep.md"
    prompter.path_answers.append(target)
    sv.markdown_button.click()
    assert target.read_text(encoding="utf-8") == shown["text"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Sam Okafor" not in shown["text"]
    assert "supervision-2026-03-12.md" not in str(target)  # the user's choice wins


def test_cancelled_file_choice_writes_nothing(qtbot, app_window, entries, preparation, prompter, tmp_path):
    sv = app_window.supervision.show_sessions(preparation.id)
    prompter.dialog_actions.append(lambda dialog: True)
    prompter.path_answers.append(None)
    sv.markdown_button.click()
    assert prompter.kinds().count("save_file") == 1
    assert not any(kind == "inform" for kind in prompter.kinds())


def test_print_goes_through_the_seam(qtbot, app_window, entries, preparation, prompter, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    sv = app_window.supervision.show_sessions(preparation.id)
    out = tmp_path / "printed.pdf"

    def to_file(dialog) -> bool:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    prompter.dialog_actions.extend([lambda dialog: True, to_file])
    sv.print_button.click()
    assert prompter.dialogs_seen == ["ExportPreviewDialog", "QPrintDialog"]
    text = pdf_text(out)
    assert "Feeling stretched by the Ashdown case" in text and "SECRET-BODY" not in text


# -- lock ------------------------------------------------------------------------


def test_lock_saves_closes_and_clears_the_supervision_windows(qtbot, app_window, entries, three_sessions):
    sup = app_window.supervision
    view = sup.show_open_actions()
    sv = prepare(qtbot, app_window)
    session_id = sv.editor.session_id
    tick(sv.editor.picker.candidates, "Ashdown")
    sv.editor.note_edits["questions"].setPlainText("UNSAVED-QUESTION-CANARY")
    sv.editor.agenda.add_item("support", "AGENDA-CANARY")
    assert sv.is_dirty
    app_window.open_entry(entries["Home visit to the Ashdown family"])

    app_window.session.lock("manual")
    assert not sv.isVisible() and not view.isVisible()
    assert app_window.discussed_bar.isHidden()
    texts = sv_texts()
    for canary in (
        "UNSAVED-QUESTION-CANARY",
        "AGENDA-CANARY",
        "Ashdown",
        "Book court skills training",
        "Core group for Kai",
    ):
        assert canary not in texts, canary
    assert not sv.editor.note_edits["questions"].document().isUndoAvailable()

    # It was saved before the journal closed.
    unlock(qtbot, app_window)
    assert app_window.session.is_unlocked
    stored = app_window.session.journal_for_tests.supervision.get(session_id)
    assert stored.questions == "UNSAVED-QUESTION-CANARY"
    assert [i.text for i in stored.agenda] == ["AGENDA-CANARY"]
    assert stored.entry_ids == [entries["Home visit to the Ashdown family"]]


def test_window_titles_never_hold_journal_text(qtbot, app_window, preparation):
    sv = app_window.supervision.show_sessions(preparation.id)
    view = app_window.supervision.show_open_actions()
    assert sv.windowTitle() == "Supervision" and view.windowTitle() == "Open actions"
    assert "Sam" not in app_window.windowTitle()


def test_closing_the_window_saves_and_forgets(qtbot, app_window, preparation):
    sv = app_window.supervision.show_sessions(preparation.id)
    sv.editor.note_edits["decisions"].setPlainText("Step down to child in need?")
    sv.close()
    assert (
        app_window.session.journal_for_tests.supervision.get(preparation.id).decisions == "Step down to child in need?"
    )
    assert sv.editor.note_edits["decisions"].toPlainText() == ""
    assert not sv.editor.has_session


def test_delete_asks_first(qtbot, app_window, preparation, prompter):
    sv = app_window.supervision.show_sessions(preparation.id)
    sv.delete_button.click()  # the scripted prompter answers "No"
    assert app_window.session.journal_for_tests.supervision.get(preparation.id)
    prompter.confirm_answers.append(True)
    sv.delete_button.click()
    remaining = app_window.session.journal_for_tests.supervision.list_sessions()
    assert preparation.id not in [s.id for s in remaining]
    # The confirmation names its buttons; the session that took its place is shown.
    assert "[Delete session / Keep]" in prompter.calls[-1][2]
    assert sv.editor.session_id == remaining[0].id
    assert sv.session_list.currentItem() is not None


@pytest.mark.real_dialogs
def test_real_save_dialog_leaves_no_folder_names_behind(qtbot, app_window, entries, preparation, tmp_path):
    from pathlib import Path

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    from reflectjournal.ui.prompter import Prompter

    folder = tmp_path / "Okafor-Canary-Folder"
    folder.mkdir()
    target = folder / "prep.pdf"
    qt_conf = Path(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject").fileName())

    class Driving(Prompter):
        """The real file dialog; the preview and messages are answered here."""

        def run_dialog(self, dialog) -> bool:
            return isinstance(dialog, ExportPreviewDialog)

        def inform(self, parent, title, text) -> None:
            pass

        def before_file_dialog(self, dialog: QFileDialog) -> None:
            def type_and_accept() -> None:
                dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
                dialog.accept()

            QTimer.singleShot(200, type_and_accept)
            QTimer.singleShot(5000, dialog.reject)  # never hang

    app_window.supervision.prompter = Driving()
    sv = app_window.supervision.show_sessions(preparation.id)
    sv.pdf_button.click()
    assert target.is_file() and stat.S_IMODE(target.stat().st_mode) == 0o600
    content = qt_conf.read_bytes() if qt_conf.exists() else b""
    assert b"Canary" not in content and "Canary".encode("utf-16-le") not in content


def _inside_qt_part(widget) -> bool:
    """Qt's own pieces: a combo's popup list, a date box's line edit."""
    from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QComboBox, QHeaderView

    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QCalendarWidget):
            return True
        parent = parent.parent()
    return widget.objectName().startswith("qt_")


def test_inputs_have_accessible_names_and_journal_text_stays_plain(qtbot, app_window, entries):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit

    store = app_window.session.journal_for_tests.supervision
    ashdown = app_window.session.journal_for_tests.entries.save(
        Entry(title="<img src=/tmp/x.png>Visit", happened_on=day(3, 1))
    ).id
    store.save(
        SupervisionSession(
            held_on=day(1, 5),
            status="held",
            with_name="<b>Ms</b> X",
            actions=[Action("<img src=/tmp/y.png>act", due_on=day(1, 1))],
        )
    )
    hostile = store.save(
        SupervisionSession(
            held_on=day(3, 12),
            with_name="<img src=/etc/passwd>Mx <b>Bold</b>",
            agenda=[AgendaItem("support", "<i>agenda</i> <a href='file:///'>link</a>", [ashdown])],
            entry_ids=[ashdown],
        )
    )
    sv = app_window.supervision.show_sessions(hostile.id)
    agenda = sv.editor.agenda
    agenda.tree.setCurrentItem(agenda._headings["support"].child(0))
    view = app_window.supervision.show_open_actions()
    for root in (sv, view):
        for widget in (
            root.findChildren(QLineEdit)
            + root.findChildren(QPlainTextEdit)
            + root.findChildren(QComboBox)
            + root.findChildren(QDateEdit)
            + root.findChildren(QAbstractItemView)
        ):
            if _inside_qt_part(widget):
                continue
            assert accessible_name(widget), f"{type(widget).__name__} in {type(root).__name__} has no accessible name"
        for label in root.findChildren(QLabel):
            if "<" in label.text():
                assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert "“<i>agenda</i> <a href='file:///'>link</a>” draws on" in agenda.item_entries_label.text()
    # Tooltips are HTML whenever they look like it: journal text in them is escaped.
    tips = [agenda._headings["support"].child(0).toolTip(1)]
    tree = view.list.tree
    tips += [tree.topLevelItem(i).toolTip(c) for i in range(tree.topLevelItemCount()) for c in range(5)]
    assert any("&lt;img src=/tmp/x.png&gt;Visit" in t for t in tips)
    assert any("&lt;img src=/tmp/y.png&gt;act" in t for t in tips)
    assert any("&lt;b&gt;Ms&lt;/b&gt; X" in t for t in tips)
    assert not any("<img" in t or "<b>" in t for t in tips)


def test_imported_packs_add_their_supervision_prompts(qtbot, app_window, entries):
    from dataclasses import replace

    from reflectjournal.core.packs import new_pack_template

    template = new_pack_template(TODAY)
    prompt = replace(
        template.prompts[0],
        id="team-prep",
        title="Our team's supervision agenda",
        when=("preparing_for_supervision",),
        questions=("What does the team need from me?",),
    )
    pack = replace(template, id="org.example.team", title="Team pack", prompts=(prompt,))
    app_window.session.journal_for_tests.packs.import_pack(pack)
    sv = prepare(qtbot, app_window)
    titles = list_texts(sv.editor.prompt_panel.list)
    assert "Our team's supervision agenda" in titles
    assert len(titles) == len(supervision_prompts()) + 1

    app_window.session.journal_for_tests.packs.set_enabled("org.example.team", False)
    sv.show_session(None)
    sv.prepare()
    assert "Our team's supervision agenda" not in list_texts(sv.editor.prompt_panel.list)


def test_main_search_also_finds_supervision_notes(app_window, qtbot):
    """Supervision notes are searchable with the entries: matching sessions
    appear under the results, open on click, and leave nothing on lock."""
    window = app_window
    journal = window.session.journal_for_tests
    journal.entries.save(Entry(title="Visit", body="grandmother offered to help"))
    saved = journal.supervision.save(SupervisionSession(questions="Should we assess the grandmother as a carer?"))
    journal.supervision.save(SupervisionSession(questions="Caseload"))
    window.search_edit.setText("grandmother")
    window.list_pane.run_search()
    bar = window.supervision.search_bar
    assert bar.isVisibleTo(window) and bar.session_ids == [saved.id]
    bar.buttons[0].click()
    qtbot.waitUntil(lambda: window.supervision.window.isVisible())
    assert window.supervision.window.editor.session_id == saved.id
    window.search_edit.setText("")
    window.list_pane.run_search()
    assert not bar.isVisibleTo(window) and bar.session_ids == []
    window.search_edit.setText("grandmother")
    window.list_pane.run_search()
    window.session.lock("manual")
    assert bar.session_ids == [] and all(not b.text() for b in bar.buttons)


def test_preparing_twice_reopens_the_preparation_under_way(qtbot, app_window, entries):
    sup = app_window.supervision
    sup.prepare_action.trigger()
    sv = sup.window
    first = sv.editor.session_id
    sv.editor.name_edit.setText("Dana Reyes")
    sv.editor.name_edit.textEdited.emit("Dana Reyes")
    # The list shows the name as it is typed, before any save.
    assert "Dana Reyes" in sv.session_list.currentItem().text()
    sup.prepare_action.trigger()
    sessions = app_window.session.journal_for_tests.supervision.list_sessions()
    preparing = [s for s in sessions if s.status == "preparing"]
    assert [s.id for s in preparing] == [first]
    assert sv.editor.session_id == first and preparing[0].with_name == "Dana Reyes"
    assert "Carrying on" in sv.save_status.text()


def test_after_export_open_and_show_in_folder_go_through_the_seam(
    qtbot, app_window, entries, preparation, prompter, tmp_path
):
    sv = app_window.supervision.show_sessions(preparation.id)

    def name_them(dialog):
        assert dialog.supervisor_edit.text() == "Sam Okafor"  # the session's own name
        dialog.supervisee_edit.setText("Alex Rivers")
        assert "Alex Rivers" in dialog.preview_text()
        return True

    prompter.dialog_actions.append(name_them)
    target = tmp_path / "record.md"
    prompter.path_answers.append(target)
    sv.markdown_button.click()
    assert target.is_file()
    sv.exported_bar.open_button.click()
    sv.exported_bar.folder_button.click()
    assert prompter.opened_urls == [target.as_uri(), tmp_path.as_uri()]
    # The names are remembered in the journal: asked once.
    settings = app_window.session.journal_settings
    assert settings.get("supervision.supervisee_name") == "Alex Rivers"
    seen = {}
    prompter.dialog_actions.append(lambda dialog: seen.setdefault("name", dialog.supervisee_edit.text()) and False)
    sv.markdown_button.click()
    assert seen["name"] == "Alex Rivers"
    # Locking leaves no path behind.
    sv.clear_all()
    assert sv.exported_bar.path is None and sv.exported_bar.isHidden()


def test_print_lays_out_the_same_pages_as_the_pdf(qtbot, app_window, entries, preparation, prompter, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    sv = app_window.supervision.show_sessions(preparation.id)
    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog) -> bool:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        printer.setResolution(300)
        return True

    prompter.dialog_actions.extend([lambda dialog: True, print_to_file])
    sv.print_button.click()
    prompter.dialog_actions.append(lambda dialog: True)
    exported = tmp_path / "exported.pdf"
    prompter.path_answers.append(exported)
    sv.pdf_button.click()
    assert pdf_text(printed) == pdf_text(exported)
    assert "Page 1 of" in pdf_text(printed)


def test_an_overdue_action_stands_out_in_its_session(qtbot, app_window, entries):
    store = app_window.session.journal_for_tests.supervision
    held = store.save(
        SupervisionSession(
            held_on=day(1, 10),
            status="held",
            actions=[Action("Late one", "me", TODAY - dt.timedelta(days=3)), Action("In time", "me", TODAY)],
        )
    )
    sv = app_window.supervision.show_sessions(held.id)
    table = sv.editor.actions_table
    assert "overdue" in table.table.item(0, table.DUE).text() and table.is_overdue(0)
    assert table.table.item(0, table.WHAT).font().bold()
    assert "overdue" not in table.table.item(1, table.DUE).text() and not table.is_overdue(1)
    # Ticked done, it is no longer overdue.
    table.table.item(0, table.DONE).setCheckState(Qt.CheckState.Checked)
    assert not table.is_overdue(0) and "overdue" not in table.table.item(0, table.DUE).text()
    # The due-date editor shows the whole date.
    delegate = table.table.itemDelegateForColumn(table.DUE)
    editor = delegate.createEditor(table.table, None, table.table.model().index(1, table.DUE))
    assert editor.displayFormat() == "d MMM yyyy"
    # One wording everywhere: "Agreed on".
    view = app_window.supervision.show_open_actions()
    headers = [view.list.tree.headerItem().text(i) for i in range(view.list.tree.columnCount())]
    assert "Agreed on" in headers and "Agreed at" not in headers
    view.close()


def test_copy_the_agreed_actions_puts_plain_text_on_the_clipboard_through_the_guard(qtbot, app_window, entries):
    from PySide6.QtGui import QGuiApplication

    from reflectjournal.ui.clipboard import MARKER

    store = app_window.session.journal_for_tests.supervision
    held = store.save(
        SupervisionSession(held_on=day(1, 10), status="held", actions=[Action("Book court skills", "Priya", TODAY)])
    )
    sv = app_window.supervision.show_sessions(held.id)
    sv.editor.tabs.setCurrentWidget(sv.editor.after_tab)
    sv.editor.actions_table.copy_button.click()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(MARKER), "marked as journal text, so the guard clears it"
    lines = mime.text().splitlines()
    assert lines[0].split() == ["Action", "Owner", "Due", "Status"]
    assert "Book court skills" in lines[2] and "Priya" in lines[2]
    assert app_window.clipboard_guard.timer.isActive()


def test_agenda_items_move_by_keyboard_and_by_drop(qtbot, app_window, entries, preparation):
    from PySide6.QtTest import QTest

    sv = app_window.supervision.show_sessions(preparation.id)
    agenda = sv.editor.agenda
    agenda.add_item("support", "Second support item")
    agenda.add_item("support", "Third support item")
    support = agenda._headings["support"]
    first = support.child(0)
    agenda.tree.setCurrentItem(first)
    sv.editor.tabs.setCurrentWidget(sv.editor.agenda_tab)
    sv.activateWindow()
    qtbot.waitActive(sv)
    agenda.tree.setFocus()
    QTest.keyClick(agenda.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [support.child(i).text(0) for i in range(3)][1] == first.text(0)
    agenda.down_button.click()
    assert support.child(2) is first
    agenda.up_button.click()
    assert support.child(1) is first
    # Dropped on another function's heading: it moves there, at the end.
    assert agenda.move_to(first, agenda._headings["mediation"])
    assert first.parent() is agenda._headings["mediation"]
    assert [i.function for i in agenda.agenda() if i.text == first.text(0)] == ["mediation"]
    # Dropped below another item: after it.
    third = support.child(1)
    assert agenda.move_to(first, third, below=True) and support.child(2) is first
    # The header says what the column shows; headings carry no description there.
    assert agenda.tree.headerItem().text(1) == "Linked reflections"
    assert all(h.text(1) == "" for h in agenda._headings.values())


def test_a_linked_reflections_text_is_chosen_item_by_item(qtbot, app_window, entries, preparation):
    sv = app_window.supervision.show_sessions(preparation.id)
    agenda = sv.editor.agenda
    item = agenda._headings["support"].child(0)
    agenda.tree.setCurrentItem(item)
    assert not agenda.include_text_check.isEnabled()  # no reflection chosen yet
    agenda.item_entries.setCurrentRow(0)
    assert agenda.include_text_check.isEnabled() and not agenda.include_text_check.isChecked()
    agenda.include_text_check.setChecked(True)
    assert "(its text goes in the record)" in agenda.item_entries.item(0).text()
    assert sv.save_now()
    saved = app_window.session.journal_for_tests.supervision.get(preparation.id)
    ashdown = entries["Home visit to the Ashdown family"]
    assert saved.agenda[0].text_entry_ids == [ashdown]
    record = build_export(app_window.session.journal_for_tests, preparation.id, today=TODAY).to_markdown()
    assert "SECRET-BODY of Home visit to the Ashdown family" in record


def test_escape_closes_the_window_and_keeps_what_was_typed(qtbot, app_window):
    """Escape that no field used closes the Supervision window, as a dialog
    would; the preparation is saved first."""
    sv = prepare(qtbot, app_window)
    sv.activateWindow()
    qtbot.waitUntil(sv.isActiveWindow, timeout=3000)
    sv.editor.place_edit.setFocus()
    qtbot.keyClicks(sv.editor.place_edit, "Room 4, Woolwich office")
    qtbot.keyClick(sv.editor.place_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sv.isVisible(), timeout=3000)
    sessions = app_window.session.journal_for_tests.supervision.list_sessions()
    assert [s.place for s in sessions if s.status == "preparing"] == ["Room 4, Woolwich office"]

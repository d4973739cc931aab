"""The People manager, "Add to People" from the editor, and Review old entries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from reflectjournal.core.models import Entry
from reflectjournal.core.people import PeopleStore
from reflectjournal.ui.identifying.people import PeopleDialog
from reflectjournal.ui.identifying.retention import ReviewDialog


def test_people_manager_add_edit_merge_remove(qtbot, open_window, prompter):
    journal = open_window.session.journal_for_tests

    def drive(dialog: PeopleDialog) -> bool:
        dialog.name_edit.setText("Tayo")
        dialog.variants_edit.setText("Tay, T-bear")
        dialog.stand_in_edit.setText("Child A")
        dialog.add_button.click()
        dialog.name_edit.setText("Tayo Okafor")
        dialog.variants_edit.setText("")
        dialog.stand_in_edit.setText("")
        dialog.add_button.click()  # the stand-in defaults to "Person 1"
        dialog.stand_in_edit.setText("Child Z")
        dialog.save_button.click()
        # Merge "Tayo Okafor" into "Tayo".
        dialog.merge_combo.setCurrentIndex(dialog.merge_combo.findText("Tayo"))
        dialog.merge_button.click()
        prompter.confirm_answers.append(True)
        dialog.remove_button.click()
        return False

    prompter.dialog_actions.append(drive)
    open_window.main_actions.people_action.trigger()
    assert PeopleStore(journal).all() == []
    assert prompter.dialog_actions == type(prompter.dialog_actions)()


def test_people_merge_keeps_variants(qtbot, open_window, prompter):
    journal = open_window.session.journal_for_tests
    service = open_window.session.identifying
    a = service.add_person("Tayo", "Child A", ["Tay"])
    b = service.add_person("Tayo Okafor", "Person 1")
    dialog = PeopleDialog(service, prompter)
    qtbot.addWidget(dialog)
    dialog.refresh(select=b)
    dialog.merge_combo.setCurrentIndex(dialog.merge_combo.findData(a))
    dialog.merge_button.click()
    (person,) = PeopleStore(journal).all()
    assert person.name == "Tayo" and person.variants == ("Tay", "Tayo Okafor") and person.stand_in == "Child A"


def test_add_to_people_from_a_selected_name_in_the_editor(qtbot, open_window):
    editor = open_window.editor
    edit = editor.body_edit
    edit.setPlainText("Saw Jaydenne at school.")
    cursor = edit.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    menu = open_window.spelling.context_menu(edit, QPoint(1, 1))
    from reflectjournal.ui.identifying.people import add_to_people_action

    action = add_to_people_action(menu, edit, open_window.session.identifying)
    assert action is not None and "Jaydenne" in action.text()
    action.trigger()
    (person,) = PeopleStore(open_window.session.journal_for_tests).all()
    assert person.name == "Jaydenne" and person.stand_in == "Person 1"
    menu.deleteLater()


def test_review_old_entries_keep_and_delete_permanently(qtbot, open_window, prompter):
    journal = open_window.session.journal_for_tests
    for year in (2015, 2019, 2026):
        journal.entries.save(Entry(title=f"Visit {year}", body="x", happened_on=dt.date(year, 1, 5)))
    dialog = ReviewDialog(open_window.session, prompter, today=dt.date(2026, 12, 3))
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and "kept until you delete them" in dialog.summary.text()
    dialog.years_combo.setCurrentIndex(dialog.years_combo.findData(3))
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "2015-01-05 — Visit 2015",
        "2019-01-05 — Visit 2019",
    ]
    dialog.list.item(0).setSelected(True)
    dialog.keep_button.click()
    assert dialog.list.count() == 1
    dialog.list.item(0).setSelected(True)
    prompter.confirm_answers.append(False)
    dialog.delete_button.click()
    assert dialog.list.count() == 1  # declined: nothing deleted
    dialog.list.item(0).setSelected(True)
    prompter.confirm_answers.append(True)
    dialog.delete_button.click()
    assert dialog.list.count() == 0
    assert sorted(journal.entries.get(i).title for i in journal.entries.ids()) == ["Visit 2015", "Visit 2026"]
    assert "still hold" in dialog.backup_note.text()


def test_case_number_patterns_are_set_in_people_and_the_check_finds_them(qtbot, open_window, prompter):
    from reflectjournal.core.identifying import Kind
    from reflectjournal.core.journal_settings import JournalSettings
    from reflectjournal.core.people import case_patterns

    service = open_window.session.identifying
    text = "Case CS-204518 was stepped down."
    assert not [f for f in service.detector().check(text) if f.kind is Kind.CASE]
    dialog = PeopleDialog(service, prompter)
    qtbot.addWidget(dialog)
    row = dialog.case_patterns
    assert not row.save_button.isEnabled()  # nothing to save yet
    row.edit.setText("CS-")  # no #, @ or *: not a pattern
    assert "“CS-” is not a pattern" in row.note.text() and not row.save_button.isEnabled()
    row.save_button.click()
    assert case_patterns(JournalSettings(open_window.session.journal_for_tests)) == []
    row.edit.setText("CS-######, @@####")
    assert "CS-123456" in row.note.text() and "AB1234" in row.note.text()
    row.save_button.click()
    assert case_patterns(JournalSettings(open_window.session.journal_for_tests)) == ["CS-######", "@@####"]
    assert not row.save_button.isEnabled()
    found = [f for f in service.detector().check(text) if f.kind is Kind.CASE]
    assert [(f.text, f.offset) for f in found] == [("CS-204518", 5)]
    # Shown again next time the People manager opens.
    again = PeopleDialog(service, prompter)
    qtbot.addWidget(again)
    assert again.case_patterns.edit.text() == "CS-######, @@####"

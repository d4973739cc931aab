"""Evidence against the frameworks in the app (ui/evidence): the picker
(find, keyboard, suggestions, remove), linking the entry in the editor and
a CPD record, an item a framework dropped shown and kept, the evidence map's
counts and its way to the evidence, and lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reflectjournal.core.cpd import CpdRecord, CpdStore
from reflectjournal.core.evidence import EvidenceStore
from reflectjournal.core.frameworks import builtin_frameworks
from reflectjournal.core.models import Entry
from reflectjournal.ui.evidence.picker import EvidencePicker
from tests.ui.conftest import all_widget_texts

GIBBS = "org.reflectjournal.builtin.reflective-models/gibbs-cycle"  # serves pcf:6 and swe-ps:4
TODAY = dt.date(2026, 10, 15)


@pytest.fixture
def app_window(open_window):
    open_window.session.cpd.today = lambda: TODAY
    open_window.session.evidence.today = lambda: TODAY
    return open_window


@pytest.fixture
def journal(app_window):
    return app_window.session.journal_for_tests


def test_the_picker_finds_adds_by_keyboard_and_removes(qtbot):
    picker = EvidencePicker(builtin_frameworks(), ["kss-cf:99"], ["pcf:6", "swe-ps:4"], "This entry evidences:")
    qtbot.addWidget(picker)
    # An item a newer framework dropped: shown as such, and kept.
    assert picker.chosen_list.item(0).text() == "KSS 99 (no longer in this framework)"
    qtbot.keyClicks(picker.find_edit, "child develop")
    visible = [
        picker.items_list.item(r) for r in range(picker.items_list.count()) if not picker.items_list.item(r).isHidden()
    ]
    assert [i.text() for i in visible] == [
        "Post-qualifying standard: knowledge and skills statement for child and family practitioners",
        "KSS 3 · Child development",
    ]
    qtbot.keyClick(picker.find_edit, Qt.Key.Key_Return)  # Enter adds while finding
    assert picker.chosen() == ["kss-cf:99", "kss-cf:3"]
    picker.find_edit.clear()
    qtbot.keyClicks(picker.find_edit, "child")  # several match, in the frameworks' order
    first = picker.items_list.currentItem().text()
    qtbot.keyClick(picker.find_edit, Qt.Key.Key_Down)  # the arrows move in the list while typing
    second = picker.items_list.currentItem().text()
    assert first == "KSS 3 · Child development" and second == "KSS 5 · Abuse and neglect of children"
    qtbot.keyClick(picker.find_edit, Qt.Key.Key_Return)
    assert picker.chosen()[-1] == "kss-cf:5"
    added = picker.chosen()[-1]
    # Suggestions from the prompt: one click for all.
    assert picker.suggested_list.count() == 2
    picker.add_suggested_button.click()
    assert picker.chosen()[-2:] == ["pcf:6", "swe-ps:4"] and not picker.suggested_list.isVisibleTo(picker)
    # Delete removes the selected chosen item.
    picker.chosen_list.setFocus()
    picker.chosen_list.setCurrentRow(picker.chosen().index(added))
    qtbot.keyClick(picker.chosen_list, Qt.Key.Key_Delete)
    assert added not in picker.chosen() and "kss-cf:99" in picker.chosen()


def test_the_entry_in_the_editor_is_linked_with_the_prompt_s_suggestions(qtbot, app_window, journal):
    entry = journal.entries.save(
        Entry(title="Home visit", body="Text.", happened_on=dt.date(2026, 10, 1), prompt_ids=[GIBBS])
    )
    app_window.open_entry(entry.id)
    button = app_window.evidence.entry_button
    assert button.isVisibleTo(app_window) and button.text() == "Evidence…"
    assert button.accessibleDescription() == "Framework items it evidences: None yet"
    seen = {}

    def pick(dialog):
        seen["suggested"] = [dialog.suggested_list.item(i).text() for i in range(dialog.suggested_list.count())]
        dialog.add_suggested_button.click()
        return True

    app_window.prompter.dialog_actions.append(pick)
    app_window.evidence.entry_action.trigger()
    assert seen["suggested"] == [
        "PCF 6 · Critical Reflection and Analysis",
        "SWE standard 4 · Maintain my continuing professional development",
    ]
    assert EvidenceStore(journal).links_of("entry", entry.id) == ["pcf:6", "swe-ps:4"]
    assert button.text() == "Evidence (2)…"
    assert button.accessibleDescription().startswith(
        "Framework items it evidences: PCF 6 · Critical Reflection and Analysis; SWE standard 4"
    )
    # Cancel changes nothing.
    app_window.prompter.dialog_actions.append(lambda dialog: False)
    button.click()
    assert EvidenceStore(journal).links_of("entry", entry.id) == ["pcf:6", "swe-ps:4"]


def test_a_cpd_record_is_linked_from_its_form(qtbot, app_window, journal):
    record = CpdStore(journal).save(CpdRecord(started_on=dt.date(2026, 5, 1), description="A course"), today=TODAY)
    window = app_window.cpd.show_window()
    window.show_record_id(record.id)
    row = app_window.evidence.record_row

    def pick(dialog):
        dialog.find_edit.setText("supervision and research")
        dialog.add_current()
        return True

    app_window.prompter.dialog_actions.append(pick)
    row.button.click()
    assert EvidenceStore(journal).links_of("cpd", record.id) == ["kss-cf:9"]
    assert row.items_label.text() == "KSS 9 · The role of supervision and research"


def test_the_map_counts_and_leads_to_the_evidence(qtbot, app_window, journal):
    store = EvidenceStore(journal)
    visit = journal.entries.save(Entry(title="First visit", body="x", happened_on=dt.date(2026, 9, 1)))
    court = journal.entries.save(Entry(title="Court", body="x", happened_on=dt.date(2026, 10, 1)))
    store.set_links("entry", visit.id, ["kss-cf:3", "kss-cf:99"])
    store.set_links("entry", court.id, ["kss-cf:3", "kss-cf:8"])
    record = CpdStore(journal).save(CpdRecord(started_on=dt.date(2026, 10, 2), description="Course"), today=TODAY)
    store.set_links("cpd", record.id, ["kss-cf:3"])
    window = app_window.evidence.show_map()
    window.framework_combo.setCurrentIndex(window.framework_combo.findData("kss-cf"))
    window.period_combo.setCurrentIndex(2)  # all time
    table = window.table
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in range(1, 5)] for r in range(table.rowCount())}
    assert rows["KSS 3 · Child development"] == ["2", "1", "0", "2 October 2026"]
    assert rows["KSS 1 · Relationships and effective direct work"] == ["0", "0", "0", "none yet"]
    assert rows["KSS 99 (no longer in this framework)"] == ["1", "0", "0", "1 September 2026"]
    assert window.summary_label.text() == "2 of 10 items have evidence in this period; 8 have none yet."
    table.setCurrentCell(2, 0)  # KSS 3
    evidence = [window.evidence_list.item(i).text() for i in range(window.evidence_list.count())]
    assert evidence == [
        "2 October 2026 · CPD record · Course",
        "1 October 2026 · Entry · Court",
        "1 September 2026 · Entry · First visit",
    ]
    opened = []
    window.open_entry.connect(opened.append)
    window.evidence_list.itemActivated.emit(window.evidence_list.item(2))
    assert opened == [visit.id]
    # The 12 months to today leave nothing out here; a link made elsewhere shows at once.
    store_entry = journal.entries.save(Entry(title="Later", body="x", happened_on=dt.date(2026, 10, 10)))
    app_window.session.evidence.set_links("entry", store_entry.id, ["kss-cf:1"])
    window.period_combo.setCurrentIndex(2)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["KSS 1 · Relationships and effective direct work"] == "1"


def test_lock_leaves_nothing_of_the_evidence_on_screen(qtbot, app_window, journal):
    entry = journal.entries.save(Entry(title="LOCK-TITLE", body="x", happened_on=dt.date(2026, 9, 1)))
    EvidenceStore(journal).set_links("entry", entry.id, ["kss-cf:3"])
    window = app_window.evidence.show_map()
    window.framework_combo.setCurrentIndex(window.framework_combo.findData("kss-cf"))
    window.period_combo.setCurrentIndex(2)
    window.table.setCurrentCell(2, 0)
    assert any("LOCK-TITLE" in window.evidence_list.item(i).text() for i in range(window.evidence_list.count()))
    app_window.session.lock("manual")
    assert not window.isVisible()
    assert not any(t and "LOCK-TITLE" in t for t in all_widget_texts(QApplication.instance()))
    assert not app_window.evidence.map_action.isEnabled() and not app_window.evidence.entry_button.isVisibleTo(
        app_window
    )


def test_a_supervision_agenda_item_is_linked_and_keeps_its_links_through_saves(qtbot, app_window, journal):
    window = app_window.supervision.prepare()
    agenda = window.editor.agenda
    agenda.function_combo.setCurrentIndex(agenda.function_combo.findData("development"))
    agenda.new_item_edit.setText("Court skills: writing the statement")
    agenda.add_button.click()
    item = agenda._headings["development"].child(0)
    agenda.tree.setCurrentItem(item)
    row = app_window.evidence.agenda_row
    assert row.button.isEnabled() and row.items_label.text() == "None yet"

    def pick(dialog):
        dialog.find_edit.setText("law and the family")
        dialog.add_current()
        return True

    app_window.prompter.dialog_actions.append(pick)
    row.button.click()  # saves first: the new item gets its id
    session_id = window.editor.session_id
    item_id = journal.supervision.get(session_id).agenda[0].id
    assert EvidenceStore(journal).links_of("agenda", item_id) == ["kss-cf:8"]
    assert row.items_label.text() == "KSS 8 · The law and the family and youth justice systems"
    # Typed on and saved again: the item keeps its id, so its link stays.
    agenda.new_item_edit.setText("Supervision notes")
    agenda.add_button.click()
    window.editor.note_edits["questions"].setPlainText("Anything else?")
    assert window.save_now()
    assert journal.supervision.get(session_id).agenda[0].id == item_id
    assert EvidenceStore(journal).links_of("agenda", item_id) == ["kss-cf:8"]
    map_window = app_window.evidence.show_map()
    map_window.framework_combo.setCurrentIndex(map_window.framework_combo.findData("kss-cf"))
    map_window.period_combo.setCurrentIndex(2)
    rows = {map_window.table.item(r, 0).text(): map_window.table.item(r, 3).text() for r in range(10)}
    assert rows["KSS 8 · The law and the family and youth justice systems"] == "1"  # the Supervision column

"""The CPD window (ui/cpd): records made from an entry and from a
supervision session, the year's status in its three states, Copy field
through the clipboard guard, the start note at its dates, last year
read-only, export through the preview, and lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reflectjournal.core.cpd import CpdRecord, CpdStore
from reflectjournal.core.models import Entry, SupervisionSession
from tests.ui.conftest import all_widget_texts

TODAY = dt.date(2026, 10, 15)  # in the renewal window of 2025-26


class Today:
    def __init__(self, day: dt.date):
        self.day = day

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def app_window(open_window):
    open_window.session.cpd.today = Today(TODAY)
    return open_window


@pytest.fixture
def journal(app_window):
    return app_window.session.journal_for_tests


def store_record(journal, day: dt.date, peer: str = "", **fields) -> CpdRecord:
    return CpdStore(journal).save(CpdRecord(started_on=day, peer_reflection=peer, **fields), today=day)


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_a_record_from_an_entry_links_it_and_copies_nothing(qtbot, app_window, journal):
    entry = journal.entries.save(
        Entry(title="Home visit", body="PRIVATE-BODY about the visit.", happened_on=dt.date(2026, 10, 1))
    )
    app_window.open_entry(entry.id)
    app_window.cpd.from_entry_action.trigger()
    window = app_window.cpd.window
    assert window.isVisible()
    editor = window.editor
    assert editor.current_record().entry_ids == [entry.id]
    assert editor.current_record().started_on == dt.date(2026, 10, 1)
    assert all(box.text() == "" for box in editor.fields.values())  # never copied in
    assert "PRIVATE-BODY about the visit." in window.source.view.toPlainText()
    # The user's choice: select some of the starting point and insert it.
    cursor = window.source.view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
    window.source.view.setTextCursor(cursor)
    window.source.choose_target("learned")
    assert window.source.insert_button.isEnabled()
    window.source.insert_button.click()
    assert editor.fields["learned"].text() == "PRIVATE-BODY about the visit."
    assert window.save_now()
    saved = CpdStore(journal).all()
    assert len(saved) == 1 and saved[0].entry_ids == [entry.id] and saved[0].learned.startswith("PRIVATE-BODY")


def test_a_record_from_a_supervision_session_is_peer_reflection(qtbot, app_window, journal):
    session = journal.supervision.save(
        SupervisionSession(
            held_on=dt.date(2026, 9, 20),
            with_role="line_manager",
            with_name="Jo Bloggs",
            status="held",
            discussion="We talked about SESSION-NOTES.",
        )
    )
    app_window.prompter.dialog_actions.append(lambda dialog: True)  # the chooser: the newest session
    window = app_window.cpd.make_from_session()
    assert app_window.prompter.dialogs_seen == ["SessionChooser"]
    editor = window.editor
    record = editor.current_record()
    assert record.session_ids == [session.id] and record.cpd_type == "supervision"
    assert editor.peer_role_combo.currentText() == "my line manager"  # a role, never the name
    assert "SESSION-NOTES" in window.source.view.toPlainText()
    assert editor.fields["peer_reflection"].text() == ""
    type_into(qtbot, editor.fields["description"].edit, "Reflective supervision")
    assert window.save_now()
    window.reload()
    assert "1 record, 1 with peer reflection: not met yet" in window.status_label.text()


def test_the_year_status_in_its_three_states(qtbot, app_window, journal):
    window = app_window.cpd.show_window()
    assert window.status_label.text().startswith("0 records, 0 with peer reflection: not met yet")
    store_record(journal, dt.date(2026, 5, 1), learned="one")
    window.reload()
    assert window.status_label.text().startswith("1 record, 0 with peer reflection: not met yet.")
    assert "one more record, with peer reflection" in window.status_label.text()
    store_record(journal, dt.date(2026, 6, 1), peer="We talked it through.")
    window.reload()
    assert window.status_label.text().startswith("2 records, 1 with peer reflection: met")
    assert "Registration year 2025–26 (1 December 2025 to 30 November 2026)" == window.year_label.text()
    assert "open until 30 November 2026: 47 days left" in window.renewal_label.text()


def test_copy_field_goes_through_the_clipboard_guard(qtbot, app_window, journal):
    window = app_window.cpd.show_window()
    window.new_record()
    box = window.editor.fields["learned"]
    type_into(qtbot, box.edit, "Harm adds up")
    assert box.words.text() == "3 words"  # counted as typed
    box.copy_button.click()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "Harm adds up"
    assert app_window.clipboard_guard.holds_our_copy()
    assert "Copied" in window.save_status.text()
    # More than a sentence: the identifying-information check's preview first.
    box.set_text("First sentence. Second sentence.")
    app_window.prompter.dialog_actions.append(lambda dialog: True)
    box.copy_button.click()
    assert app_window.prompter.dialogs_seen[-1] == "OutgoingPreviewDialog"
    assert clipboard.text() == "First sentence. Second sentence."
    # Going back copies nothing.
    box.set_text("Another one. And another.")
    box.copy_button.click()  # no planned answer: the preview is cancelled
    assert clipboard.text() == "First sentence. Second sentence."
    window.editor.peer_copy_button.click()
    assert "Nothing to copy" in window.save_status.text()


@pytest.mark.parametrize(
    ("today", "records", "shown"),
    [
        (dt.date(2026, 8, 31), 0, False),
        (dt.date(2026, 9, 1), 0, True),
        (dt.date(2026, 11, 30), 1, True),
        (dt.date(2026, 11, 30), 2, False),  # met: no note
        (dt.date(2026, 12, 1), 0, False),  # a new year: its window opens next September
    ],
)
def test_the_start_note_from_1_september_until_met(qtbot, app_window, journal, today, records, shown):
    for n in range(records):
        store_record(journal, dt.date(2026, 8, 1 + n), peer="talked" if n == 0 else "")
    app_window.session.cpd.today = Today(today)
    app_window.cpd.refresh_note()
    assert app_window.cpd.note.isVisibleTo(app_window) == shown
    if shown:
        assert "The renewal window closes on 30 November 2026" in app_window.cpd.note.label.text()
        app_window.cpd.note.open_button.click()
        assert app_window.cpd.window.isVisible()
        app_window.cpd.note.close_button.click()
        assert not app_window.cpd.note.isVisibleTo(app_window)


def test_the_year_turns_and_last_years_records_are_read_only(qtbot, app_window, journal):
    today = Today(dt.date(2026, 11, 30))
    app_window.session.cpd.today = today
    record = store_record(journal, dt.date(2026, 11, 30), learned="On the last day")
    window = app_window.cpd.show_window()
    window.show_record_id(record.id)
    assert not window.editor.read_only
    today.day = dt.date(2026, 12, 1)
    window.reload()
    texts = [window.record_list.item(r).text() for r in range(window.record_list.count())]
    assert "Last year, 2025–26 (read-only)" in texts and "No records yet" in texts
    window.editor.clear_all()
    window.show_record_id(record.id)
    assert window.editor.read_only and window.editor.fields["learned"].edit.isReadOnly()
    assert "2025–26, a registration year that has ended" in window.editor.closed_note.text()
    assert window.editor.fields["learned"].copy_button.isEnabled()  # still copied out


def test_export_shows_what_leaves_and_writes_it(qtbot, app_window, journal, tmp_path):
    store_record(journal, dt.date(2026, 5, 1), learned="EXPORTED-LEARNING", description="A course")
    window = app_window.cpd.show_window()
    seen = {}

    def look(dialog):
        seen["warning"] = dialog.warning_label.text()
        seen["text"] = dialog.preview_text()
        return True

    app_window.prompter.dialog_actions.append(look)
    out = tmp_path / "cpd.md"
    app_window.prompter.path_answers.append(out)
    window.export("md")
    assert "not encrypted" in seen["warning"]
    assert "EXPORTED-LEARNING" in seen["text"]
    assert out.read_text(encoding="utf-8") == seen["text"]
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert window.exported_bar.isVisibleTo(window)


def test_lock_leaves_nothing_on_screen(qtbot, app_window, journal):
    record = store_record(journal, dt.date(2026, 5, 1), learned="LOCK-SECRET")
    window = app_window.cpd.show_window()
    window.show_record_id(record.id)
    app_window.session.lock("manual")
    assert not window.isVisible()
    assert not any("LOCK-SECRET" in t for t in all_widget_texts(QApplication.instance()) if t)
    assert not app_window.cpd.open_action.isEnabled()


def test_the_menus_and_shortcut(qtbot, app_window):
    from reflectjournal.ui.shortcuts import shortcut_rows

    rows = [r for r in shortcut_rows(app_window) if r.action == "CPD records…"]
    assert [(r.group, r.keys) for r in rows] == [("Portfolio", "Ctrl+Shift+D")]
    keys = [r.keys for r in shortcut_rows(app_window)]
    assert keys.count("Ctrl+Shift+D") == 1
    entry_menu = next(a.menu() for a in app_window.menuBar().actions() if a.text() == "E&ntry")
    assert app_window.cpd.from_entry_action in entry_menu.actions()
    menus = {a.text(): a.menu() for a in app_window.menuBar().actions()}
    assert app_window.cpd.from_session_action in menus["&Portfolio"].actions()
    assert app_window.cpd.from_session_action in menus["&Supervision"].actions()
    for title in ("E&ntry", "&Supervision", "&Portfolio"):  # the menus CPD adds to: access keys unique
        menu = menus[title]
        keys = [a.text().replace("&&", "").split("&")[1][:1].casefold() for a in menu.actions() if "&" in a.text()]
        assert len(keys) == len(set(keys)), [a.text() for a in menu.actions()]


def _access_key(text: str) -> str | None:
    cleaned = text.replace("&&", "")
    index = cleaned.find("&")
    return cleaned[index + 1].casefold() if 0 <= index < len(cleaned) - 1 else None


def test_access_keys_do_not_clash_and_names_are_as_shown(qtbot, app_window, journal):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    from reflectjournal.ui.announce import accessible_name

    window = app_window.cpd.show_window()
    window.new_record()
    keys: dict[str, str] = {}
    clashes = []
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        key = _access_key(widget.text())
        if key is None:
            continue
        if key in keys:
            clashes.append((keys[key], widget.text()))
        keys[key] = widget.text()
    assert clashes == []
    for button in window.findChildren(QAbstractButton):
        shown = button.text().replace("&", "").rstrip("…").strip().casefold()
        if any(c.isalpha() for c in shown):
            assert shown in accessible_name(button).casefold(), button.text()
    for combo in window.findChildren(QComboBox):
        if combo.isVisibleTo(window):
            assert accessible_name(combo) and accessible_name(combo) != combo.currentText()
    for key, box in window.editor.fields.items():
        label = box.label.text().replace("&", "")
        assert label in accessible_name(box.edit), key


def test_the_form_is_reached_by_keyboard_in_order(qtbot, app_window, journal):
    window = app_window.cpd.show_window()
    window.new_record()
    window.activateWindow()
    chain = []
    widget = window.new_button
    for _ in range(40):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & widget.focusPolicy().TabFocus) or not widget.isVisibleTo(window):
            widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is window.new_button:
            break
    editor = window.editor
    order = [editor.type_combo, editor.date_edit, editor.fields["description"].edit, editor.fields["learned"].edit,
             editor.fields["impact"].edit, editor.fields["peer_reflection"].edit, editor.peer_role_combo,
             window.source.view, window.pdf_button, window.markdown_button]  # fmt: skip
    positions = [chain.index(w) for w in order]
    assert positions == sorted(positions)


def test_the_standards_row_is_the_evidence_row(qtbot, app_window):
    window = app_window.cpd.show_window()
    editor = window.editor
    row = app_window.evidence.record_row
    assert editor.standards_placeholder is row and editor.standards_label.buddy() is row
    assert row.parentWidget() is not None


def test_what_a_record_draws_on_can_be_changed(qtbot, app_window, journal):
    first = journal.entries.save(Entry(title="Court day", body="COURT-TEXT", happened_on=dt.date(2026, 6, 1)))
    second = journal.entries.save(Entry(title="Core group", body="CORE-TEXT", happened_on=dt.date(2026, 7, 1)))
    session = journal.supervision.save(SupervisionSession(held_on=dt.date(2026, 7, 9), status="held"))
    app_window.open_entry(first.id)
    app_window.cpd.from_entry_action.trigger()
    window = app_window.cpd.window
    assert window.editor.links_label.text() == "1 entry"

    def tick(dialog):
        dialog.tick("Court day", False)
        dialog.tick("Core group")
        dialog.tick("Supervision, 9 July 2026")
        return True

    app_window.prompter.dialog_actions.append(tick)
    assert window.choose_links()
    assert window.editor.links_label.text() == "1 entry, 1 supervision session"
    source = window.source.view.toPlainText()
    assert "CORE-TEXT" in source and "COURT-TEXT" not in source and "Supervision on 9 July 2026" in source
    assert window.save_now()
    saved = CpdStore(journal).all()[0]
    assert saved.entry_ids == [second.id] and saved.session_ids == [session.id] and saved.has_peer_reflection
    # Cancelled: nothing changes.
    assert not window.choose_links()
    assert window.editor.current_record().entry_ids == [second.id]


def test_export_preview_shows_findings_and_writes_the_choice(qtbot, app_window, journal, tmp_path):
    from reflectjournal.core.people import PeopleStore

    PeopleStore(journal).add("Tayo", "Child A")
    store_record(
        journal,
        dt.date(2026, 5, 1),
        description="A course on direct work",
        learned="Tayo drew her week for me; her NHS number 943 476 5919 was on the referral.",
    )
    window = app_window.cpd.show_window()
    seen = {}

    def look(dialog):
        tree = dialog.findings.tree
        seen["kinds"] = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        dialog.findings.replace_all_suggested()
        seen["text"] = dialog.preview_text()
        return True

    app_window.prompter.dialog_actions.append(look)
    out = tmp_path / "cpd.md"
    app_window.prompter.path_answers.append(out)
    window.export("md")
    assert any(k.startswith("On your People list") for k in seen["kinds"])
    assert any(k.startswith("NHS numbers") for k in seen["kinds"])
    written = out.read_text(encoding="utf-8")
    assert written == seen["text"]
    assert "Tayo" not in written and "Child A" in written and "943 476 5919" not in written
    assert "Tayo" in CpdStore(journal).all()[0].learned  # the journal's own text is unchanged

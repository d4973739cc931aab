"""The identifying-information check in every export preview (issue 14):
the findings are highlighted and listed by kind with counts; stand-in,
initials, keep, "Replace all suggested" and "Always ignore this word" change
only the outgoing copy; long documents are checked on the runner with
progress and Cancel."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from reflectjournal.core.identifying import Choice, Detector, Kind
from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.models import Entry, SupervisionSession
from reflectjournal.core.people import PeopleStore, ignored_words
from reflectjournal.ui.identifying.panel import FindingsPanel
from reflectjournal.ui.identifying.preview import OutgoingPreviewDialog
from reflectjournal.ui.supervision.export import ExportPreviewDialog

BODY = "Visited Tayo at SW1A 1AA; NHS 943 476 5919. Tayo's nan, Nan Jaydenne, made tea."


def _journal(window):
    return window.session.journal_for_tests


def _kinds(panel: FindingsPanel) -> dict[str, str]:
    tree = panel.tree
    return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}


def test_markdown_export_preview_lists_highlights_and_redacts(qtbot, open_window, prompter, tmp_path):
    journal = _journal(open_window)
    journal.entries.save(Entry(title="Visit", body=BODY, happened_on=dt.date(2026, 3, 1)))
    PeopleStore(journal).add("Tayo", "Child A")
    seen = {}

    def look(dialog: OutgoingPreviewDialog) -> bool:
        panel = dialog.panel
        seen["kinds"] = _kinds(panel)
        seen["highlights"] = len(dialog.outgoing.view.extraSelections())
        assert "Tayo" in dialog.preview_text()
        panel.replace_all_suggested()
        seen["after"] = dialog.preview_text()
        seen["highlights_after"] = len(dialog.outgoing.view.extraSelections())
        return True

    prompter.confirm_answers.append(True)
    prompter.dialog_actions.append(look)
    out = tmp_path / "export"
    prompter.path_answers.append(out)
    open_window.export_action.trigger()
    qtbot.waitUntil(lambda: not open_window.session.runner.jobs(), timeout=10_000)
    assert seen["kinds"]["On your People list (2)"] == "2"
    assert "Postcodes (1)" in seen["kinds"] and "NHS numbers (1)" in seen["kinds"]
    assert seen["highlights"] >= 4 and seen["highlights_after"] == seen["highlights"]
    assert "Tayo" not in seen["after"] and "Child A" in seen["after"] and "[postcode]" in seen["after"]
    written = "".join(p.read_text(encoding="utf-8") for p in out.iterdir())
    assert "Tayo" not in written and "SW1A 1AA" not in written and "943 476 5919" not in written
    assert "Child A" in written
    assert journal.entries.get(journal.entries.ids()[0]).body == BODY  # the journal keeps its text


def test_choices_stand_in_initials_keep_and_always_ignore(qtbot, open_window):
    journal = _journal(open_window)
    panel = FindingsPanel(open_window.session.identifying.detector, ignore_word=open_window.session.identifying.ignore)
    qtbot.addWidget(panel)
    panel.check([("doc", "Later Mr Jaydenne Okoro and Mr Jaydenne Okoro's son rang 07700 900123.")])
    name = next(f for f in panel.findings if f.kind is Kind.NAME)
    panel.select_key(name.key)
    panel.initials_button.click()
    out = panel.redact("Later Mr Jaydenne Okoro and Mr Jaydenne Okoro's son rang 07700 900123.", "doc")[0]
    assert out.count("J. O.") == 2 and "07700 900123" in out  # consistent; the phone kept until chosen
    panel.keep_button.click()
    assert panel.choices[name.key] is Choice.KEEP
    panel.stand_in_button.click()
    assert (
        "Person A" in panel.redact("Later Mr Jaydenne Okoro and Mr Jaydenne Okoro's son rang 07700 900123.", "doc")[0]
    )
    panel.ignore_button.click()  # stored in the journal, and checked again without it
    assert ignored_words(JournalSettings(journal)) == ["Jaydenne Okoro"]
    assert not any(f.kind is Kind.NAME for f in panel.findings)


def test_long_documents_are_checked_on_the_runner_and_can_be_cancelled(qtbot, open_window):
    session = open_window.session
    panel = FindingsPanel(lambda: Detector(), runner=session.runner)
    qtbot.addWidget(panel)
    text = "Ring 07700 900123 about the plan.\n" * 20_000  # 680,000 characters
    with qtbot.waitSignal(panel.check_finished, timeout=20_000):
        panel.check([("doc", text)])
        assert panel.busy and not panel.progress.isHidden()
    assert len(panel.findings) == 20_000 and panel.progress.isHidden()
    panel.check([("doc", text)])
    panel.cancel()
    assert not panel.busy and "stopped" in panel.summary.text()
    qtbot.waitUntil(lambda: not session.runner.jobs(), timeout=20_000)


def test_supervision_export_preview_shows_findings_and_exports_the_choice(qtbot, open_window, prompter, tmp_path):
    journal = _journal(open_window)
    PeopleStore(journal).add("Tayo", "Child A")
    prep = journal.supervision.save(SupervisionSession(held_on=dt.date(2026, 3, 12), questions=BODY))
    sv = open_window.supervision.show_sessions(prep.id)
    seen = {}

    def accept(dialog: ExportPreviewDialog) -> bool:
        seen["kinds"] = _kinds(dialog.findings)
        seen["highlights"] = len(dialog.preview.extraSelections())
        dialog.findings.replace_all_suggested()
        seen["text"] = dialog.preview_text()
        return True

    prompter.dialog_actions.append(accept)
    target = tmp_path / "prep.md"
    prompter.path_answers.append(target)
    sv.markdown_button.click()
    assert "On your People list (2)" in seen["kinds"] and seen["highlights"] >= 3
    written = target.read_text(encoding="utf-8")
    assert written == seen["text"]
    assert "Tayo" not in written and "Child A" in written and "SW1A 1AA" not in written


def test_printable_export_preview_shows_findings_and_redacts(qtbot, open_window, prompter, tmp_path):
    journal = _journal(open_window)
    journal.entries.save(Entry(title="Visit", body=BODY, happened_on=dt.date.today()))
    PeopleStore(journal).add("Tayo", "Child A")
    seen = {}

    def printable(dialog) -> bool:
        dialog.set_format("html")
        return True

    def look(dialog: OutgoingPreviewDialog) -> bool:
        seen["kinds"] = _kinds(dialog.panel)
        dialog.panel.replace_all_suggested()
        return True

    prompter.dialog_actions.extend([printable, look])
    prompter.confirm_answers.append(True)
    out = tmp_path / "p.html"
    prompter.path_answers.append(out)
    open_window.importing.printable_action.trigger()
    qtbot.waitUntil(lambda: not open_window.session.runner.jobs() and out.exists(), timeout=10_000)
    assert "NHS numbers (1)" in seen["kinds"]
    html = out.read_text(encoding="utf-8")
    assert "Tayo" not in html and "943 476 5919" not in html and "Child A" in html


def test_copy_of_more_than_a_sentence_goes_through_the_check(qtbot, open_window, prompter):
    from PySide6.QtGui import QGuiApplication, QTextCursor

    journal = _journal(open_window)
    PeopleStore(journal).add("Tayo", "Child A")
    edit = open_window.editor.body_edit
    edit.setPlainText(BODY)
    seen = {}

    def look(dialog: OutgoingPreviewDialog) -> bool:
        seen["kinds"] = _kinds(dialog.panel)
        dialog.panel.replace_all_suggested()
        return True

    prompter.dialog_actions.append(look)
    edit.setFocus()
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, "c", modifier=Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "On your People list (2)" in seen["kinds"]
    assert "Tayo" not in copied and "Child A" in copied and "SW1A 1AA" not in copied
    # A single short sentence is copied as it is, without a preview.
    prompter.dialogs_seen.clear()
    cursor.setPosition(0)
    cursor.setPosition(12, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, "c", modifier=Qt.KeyboardModifier.ControlModifier)
    assert prompter.dialogs_seen == []


def test_pack_export_preview_shows_findings_and_writes_the_redacted_pack(qtbot, open_window, prompter, tmp_path):
    from reflectjournal.core.packs import read_pack_file
    from reflectjournal.ui.packs.manage import ManagePacksDialog

    journal = _journal(open_window)
    PeopleStore(journal).add("Tayo", "Child A")
    service = open_window.session.packs
    pack_id = service.builtin()[0].id
    text = service.pack_text(pack_id)
    assert text  # the built-in pack's text
    seen = {}

    def look(dialog: OutgoingPreviewDialog) -> bool:
        seen["text"] = dialog.preview_text()
        return True

    dialog = ManagePacksDialog(service, prompter)
    qtbot.addWidget(dialog)
    dialog.select(pack_id)
    prompter.dialog_actions.append(look)
    out = tmp_path / "pack.rjpack"
    prompter.path_answers.append(out)
    dialog.export_button.click()
    assert seen["text"] == text
    assert read_pack_file(out).id == pack_id

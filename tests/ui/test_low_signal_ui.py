"""The low check-ins note (issue 15, items 2 and 3) in the supervision
preparation and the Looking back view: when it shows and when it does not,
its button adding exactly one agenda item, dismissing it for a preparation,
the Settings row that switches it off or changes the rule, and the export's
chart box (off by default for a line manager's record)."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from reflectjournal.core import settings as S
from reflectjournal.core.low_signal import AFFECTING_ME
from reflectjournal.core.models import Entry, SupervisionSession, Wellbeing
from reflectjournal.ui.dialogs import SettingsDialog
from reflectjournal.ui.supervision.export import ExportPreviewDialog

TODAY = dt.date(2026, 6, 14)


def put(window, scores: list[int], first_day_back: int = 0) -> None:
    window.session.journal_for_tests.entries.save_many(
        [
            Entry(
                title=f"check-in {i}", happened_on=TODAY - dt.timedelta(days=first_day_back + i), wellbeing=Wellbeing(s)
            )
            for i, s in enumerate(scores)
        ]
    )


@pytest.fixture
def app(open_window):
    open_window.supervision.service.today = lambda: TODAY
    open_window.looking_back._today = lambda: TODAY
    return open_window


def items(window, session_id: int) -> list[tuple[str, str]]:
    return [(i.function, i.text) for i in window.session.supervision.get(session_id).agenda]


def prepared(window):
    sv = window.supervision.prepare()
    assert sv is not None and sv.editor.session_id is not None
    return sv


def test_the_note_shows_in_a_preparation_when_check_ins_stay_low(qtbot, app):
    put(app, [2, 1, 2, 2, 2])  # average 1.8 from 5
    sv = prepared(app)
    note = sv.low_signal_note
    assert note.isVisibleTo(sv)
    assert note.label.text() == (
        "Your check-ins over the last two weeks have been low (average 1.8 from 5 check-ins). "
        "If you want, you can add “How the work is affecting me” to the support part of the agenda."
    )
    assert "Only you see this note" in note.private_label.text()
    sv.close()


@pytest.mark.parametrize(
    ("scores", "back"),
    [
        ([2, 2, 3, 2], 0),  # average 2.25
        ([1, 1, 1], 0),  # three check-ins: too few
        ([1, 1, 1, 1], 14),  # low, but before the last two weeks
    ],
)
def test_the_note_does_not_show_otherwise(qtbot, app, scores, back):
    put(app, scores, first_day_back=back)
    sv = prepared(app)
    assert not sv.low_signal_note.isVisibleTo(sv)
    sv.close()


def test_the_button_adds_the_item_exactly_once_and_asks_for_the_chart(qtbot, app, prompter):
    put(app, [1, 1, 1, 1])
    sv = prepared(app)
    note = sv.low_signal_note
    session_id = sv.editor.session_id
    session = sv.editor.current_session()
    session.with_role = "practice_supervisor"
    app.session.supervision.save(session)
    sv.show_session(None)
    sv.show_session(session_id)
    assert note.isVisibleTo(sv)
    note.add_button.click()
    assert not note.isVisibleTo(sv)  # done: its item is on the agenda
    assert note.add_to_agenda() is False  # a second time adds nothing
    assert sv.save_now()
    assert items(app, session_id).count(("support", AFFECTING_ME)) == 1
    assert sv.editor.tabs.currentWidget() is sv.editor.agenda_tab
    # The Looking back view's button goes to the same preparation: still one item.
    app.looking_back.show_window().agenda_button.click()
    assert sv.save_now()
    assert items(app, session_id).count(("support", AFFECTING_ME)) == 1
    # The chart is offered ticked in this preparation's record (not a line manager's).
    seen = {}

    def look(dialog: ExportPreviewDialog) -> bool:
        seen["chart"] = dialog.chart_check.isChecked()
        seen["text"] = dialog.preview_text()
        return False

    prompter.dialog_actions.append(look)
    sv.markdown_button.click()
    assert seen["chart"] is True
    assert "## Wellbeing chart" in seen["text"] and "| Date | Check-in (1 to 5) |" in seen["text"]
    sv.close()
    app.looking_back.window.close()


def test_the_looking_back_button_makes_a_preparation_with_the_item(qtbot, app):
    put(app, [1, 2, 2, 2])
    view = app.looking_back.show_window()
    assert view.signal_frame.isVisible()
    assert "(average 1.8 from 4 check-ins)" in view.signal_label.text()
    view.agenda_button.click()
    sv = app.supervision.window
    assert sv.isVisible() and sv.save_now()
    assert items(app, sv.editor.session_id) == [("support", AFFECTING_ME)]
    view.agenda_button.click()  # again: the preparation under way, still one item
    assert sv.save_now()
    assert items(app, sv.editor.session_id) == [("support", AFFECTING_ME)]
    assert len(app.session.supervision.list_sessions()) == 1
    sv.close()
    view.close()


def test_dismissed_for_a_preparation_it_does_not_come_back(qtbot, app):
    put(app, [1, 1, 1, 1])
    sv = prepared(app)
    session_id = sv.editor.session_id
    sv.low_signal_note.dismiss_button.click()
    assert not sv.low_signal_note.isVisibleTo(sv)
    put(app, [1], first_day_back=1)  # another low check-in: no nagging
    sv.show_session(None)
    sv.show_session(session_id)
    assert not sv.low_signal_note.isVisibleTo(sv)
    assert items(app, session_id) == []  # nothing added
    sv.close()


def test_marking_the_preparation_held_hides_the_note(qtbot, app):
    put(app, [1, 1, 1, 1])
    sv = prepared(app)
    assert sv.low_signal_note.isVisibleTo(sv)
    sv.editor.status_combo.setCurrentIndex(sv.editor.status_combo.findData("held"))
    assert not sv.low_signal_note.isVisibleTo(sv)
    sv.close()


def test_a_held_session_never_shows_the_note(qtbot, app):
    put(app, [1, 1, 1, 1])
    held = app.session.supervision.save(SupervisionSession(held_on=TODAY, status="held"))
    sv = app.supervision.show_sessions(held.id)
    assert not sv.low_signal_note.isVisibleTo(sv)
    sv.close()


def test_the_setting_switches_it_off_and_sets_the_rule(qtbot, app, prefs, prompter):
    put(app, [2, 2, 2, 2, 3])  # average 2.2: not low under the default rule
    sv = prepared(app)
    assert not sv.low_signal_note.isVisibleTo(sv)

    def raise_threshold(dialog: SettingsDialog) -> bool:
        group = dialog.low_signal_group
        assert group.threshold_spin.value() == 2.0 and group.count_spin.value() == 4
        group.threshold_spin.setValue(2.2)
        group.count_spin.setValue(5)
        return True

    prompter.dialog_actions.append(raise_threshold)
    app.main_actions.settings_action.trigger()
    assert prefs.get(S.LOW_SIGNAL_TENTHS) == 22 and prefs.get(S.LOW_SIGNAL_CHECK_INS) == 5
    assert sv.low_signal_note.isVisibleTo(sv)  # 2.2 at or below 2.2, from 5

    def switch_off(dialog: SettingsDialog) -> bool:
        dialog.low_signal_check.setChecked(False)
        assert not dialog.low_signal_group.threshold_spin.isEnabled()
        return True

    prompter.dialog_actions.append(switch_off)
    app.main_actions.settings_action.trigger()
    assert prefs.get(S.LOW_SIGNAL) is False
    assert not sv.low_signal_note.isVisibleTo(sv)
    view = app.looking_back.show_window()
    assert not view.signal_frame.isVisible()
    sv.close()
    view.close()


@pytest.mark.parametrize(("role", "ticked"), [("line_manager", False), ("practice_supervisor", True)])
def test_the_chart_box_is_off_by_default_for_a_line_managers_record(qtbot, app, prompter, role, ticked):
    put(app, [1, 1, 1, 1])
    sv = prepared(app)
    session = sv.editor.current_session()
    session.with_role = role
    app.session.supervision.save(session)
    sv.show_session(None)
    sv.show_session(session.id)
    sv.low_signal_note.add_button.click()  # the preparation asks for the chart
    seen = {}

    def look(dialog: ExportPreviewDialog) -> bool:
        seen["chart"] = dialog.chart_check.isChecked()
        return False

    prompter.dialog_actions.append(look)
    sv.pdf_button.click()
    assert seen["chart"] is ticked
    sv.close()


def test_without_the_note_the_chart_box_starts_unticked(qtbot, app, prompter):
    sv = prepared(app)
    seen = {}

    def look(dialog: ExportPreviewDialog) -> bool:
        seen["chart"] = dialog.chart_check.isChecked()
        return False

    prompter.dialog_actions.append(look)
    sv.markdown_button.click()
    assert seen["chart"] is False
    sv.close()


def test_the_pdf_with_the_chart_holds_its_picture_and_summary(qtbot, app, prompter, tmp_path):
    put(app, [1, 2, 3, 2])
    sv = prepared(app)

    def tick_chart(dialog: ExportPreviewDialog) -> bool:
        dialog.chart_check.setChecked(True)
        assert "drawn as a chart" in dialog.preview_text()
        return True

    prompter.dialog_actions.append(tick_chart)
    target = tmp_path / "prep.pdf"
    prompter.path_answers.append(target)
    sv.pdf_button.click()
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    assert sum(len(page.images) for page in reader.pages) == 1
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Wellbeing chart" in text and "4 check-ins" in text and "average 2.0" in text
    sv.close()


def test_printing_with_the_chart_prints_its_picture(qtbot, app, prompter, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    put(app, [1, 2, 3, 2])
    sv = prepared(app)
    out = tmp_path / "printed.pdf"

    def tick_chart(dialog: ExportPreviewDialog) -> bool:
        dialog.chart_check.setChecked(True)
        return True

    def to_file(dialog) -> bool:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    prompter.dialog_actions.extend([tick_chart, to_file])
    sv.print_button.click()
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert sum(len(page.images) for page in reader.pages) == 1
    assert "Wellbeing chart" in " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    sv.close()


def test_turning_it_off_in_looking_back_hides_it_in_the_preparation(qtbot, app, prefs):
    put(app, [1, 1, 1, 1])
    sv = prepared(app)
    assert sv.low_signal_note.isVisibleTo(sv)
    view = app.looking_back.show_window()
    view.signal_off_button.click()
    assert prefs.get(S.LOW_SIGNAL) is False
    assert not sv.low_signal_note.isVisibleTo(sv) and not view.signal_frame.isVisible()
    sv.close()
    view.close()

"""The reflection log dialog (Portfolio → Reflection log for my assessor):
the period's reflections ticked, the first year's start and each review
period's summary kept in the journal, grouping by framework item, export
through the preview with the identifying check, and lock."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from reflectjournal.core.models import Entry
from reflectjournal.core.reflection_log import first_year_began, period_summary, review_periods
from tests.ui.conftest import all_widget_texts

TODAY = dt.date(2027, 3, 10)
START = dt.date(2026, 9, 1)
FRAMEWORK = (
    "kss-cf",
    "Knowledge and skills statement (DfE, 2018)",
    [("2", "Child development"), ("3", "Communication")],
)


class Today:
    def __call__(self) -> dt.date:
        return TODAY


@pytest.fixture
def app_window(open_window):
    open_window.session.cpd.today = Today()
    return open_window


@pytest.fixture
def journal(app_window):
    return app_window.session.journal_for_tests


@pytest.fixture
def entries(journal):
    def add(day, title, body):
        return journal.entries.save(Entry(title=title, body=body, happened_on=day, kind="home_visit")).id

    return {
        "old": add(dt.date(2025, 1, 5), "OLD-VISIT", "Long ago."),
        "visit": add(dt.date(2026, 9, 15), "First visit", "The baby was quiet. Tayo's NHS number 943 476 5919."),
        "court": add(dt.date(2026, 12, 5), "Court statement", "Three drafts."),
    }


def _texts(dialog) -> list[str]:
    return [dialog.list.item(r).text() for r in range(dialog.list.count())]


def test_the_period_s_reflections_are_offered_and_ticked(qtbot, app_window, entries):
    dialog = app_window.cpd.show_log()
    assert dialog.isVisible() and dialog.windowTitle() == "Reflection log for my assessor"
    # No start date yet: the last twelve months, one group.
    assert dialog.first() == dt.date(2026, 3, 11) and dialog.last() == TODAY
    assert not dialog.by_year_check.isChecked() and not dialog.start_edit.isEnabled()
    assert _texts(dialog) == ["15 September 2026 · First visit", "5 December 2026 · Court statement"]
    assert dialog.list_label.text() == "&Reflections to include (2 of 2 ticked):"
    dialog.none_button.click()
    assert dialog.chosen_ids() == [] and not dialog.pdf_button.isEnabled()
    dialog.find_edit.setText("court")
    dialog.all_button.click()  # only what the search shows
    assert dialog.chosen_ids() == [entries["court"]]
    dialog.find_edit.clear()
    # A wider period keeps the ticks and adds the older reflection, ticked.
    dialog.from_edit.setDate(QDate(2025, 1, 1))
    assert dialog.chosen_ids() == [entries["old"], entries["court"]]


def test_start_date_and_summaries_are_kept_in_the_journal(qtbot, app_window, journal, entries):
    dialog = app_window.cpd.show_log()
    dialog.start_edit.setDate(QDate(2026, 9, 1))
    dialog.by_year_check.setChecked(True)
    assert first_year_began(journal) == START
    assert [dialog.period_combo.itemText(i) for i in range(dialog.period_combo.count())] == [
        "First three months (1 September 2026 to 30 November 2026)",
        "Three to six months (1 December 2026 to 28 February 2027)",
        "Six to twelve months (1 March 2027 to 31 August 2027)",
    ]
    assert dialog.period_combo.currentIndex() == 2  # the period under way
    dialog.period_combo.setCurrentIndex(0)
    dialog.summary_edit.setFocus()
    qtbot.keyClicks(dialog.summary_edit, "I learned to slow down.")
    dialog.period_combo.setCurrentIndex(1)  # switching keeps the first at once
    assert period_summary(journal, review_periods(START)[0]) == "I learned to slow down."
    assert dialog.summary_edit.toPlainText() == ""
    qtbot.keyClicks(dialog.summary_edit, "Court work.")
    qtbot.waitUntil(lambda: period_summary(journal, review_periods(START)[1]) == "Court work.", timeout=3000)
    # Opened again: the start date and the summaries come back.
    dialog.reject()
    dialog = app_window.cpd.show_log()
    assert dialog.by_year_check.isChecked() and dialog.start_date() == START
    assert dialog.first() == START
    # The period under way is shown first; the others keep theirs.
    assert dialog.period_combo.currentIndex() == 2 and dialog.summary_edit.toPlainText() == ""
    dialog.period_combo.setCurrentIndex(0)
    assert dialog.summary_edit.toPlainText() == "I learned to slow down."


def test_export_groups_by_framework_item_and_goes_through_the_check(qtbot, app_window, journal, entries, tmp_path):
    from reflectjournal.core.people import PeopleStore
    from reflectjournal.core.reflection_log import set_first_year_began
    from reflectjournal.ui.cpd.log_dialog import ReflectionLogDialog

    PeopleStore(journal).add("Tayo", "Child A")
    set_first_year_began(journal, START)
    asked = []

    def links(ids, framework_id):
        asked.append(framework_id)
        return {entries["visit"]: ["2"]} if framework_id == "kss-cf" else {}

    dialog = ReflectionLogDialog(
        app_window.session.cpd, app_window.prompter, app_window, frameworks=lambda: [FRAMEWORK], links=links
    )
    qtbot.addWidget(dialog)
    dialog.start()
    dialog.framework_combo.setCurrentIndex(1)
    assert asked[-1] == "kss-cf"
    # With a framework chosen, what is linked to it is ticked first.
    assert dialog.chosen_ids() == [entries["visit"]]
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    seen = {}

    def look(preview):
        tree = preview.findings.tree
        seen["kinds"] = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        preview.findings.replace_all_suggested()
        seen["text"] = preview.preview_text()
        return True

    app_window.prompter.dialog_actions.append(look)
    out = tmp_path / "log.md"
    app_window.prompter.path_answers.append(out)
    dialog.export("md")
    written = out.read_text(encoding="utf-8")
    assert written == seen["text"]
    assert any(k.startswith("On your People list") for k in seen["kinds"])
    assert "### 2 Child development" in written and "### Not linked to an item of this framework" in written
    assert written.index("First visit") < written.index("Court statement")
    assert "Tayo" not in written and "943 476 5919" not in written and "OLD-VISIT" not in written
    assert "Tayo" in journal.entries.get(entries["visit"]).body  # the journal's own text is unchanged
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert "not encrypted" in dialog.status_label.text()


def test_the_menu_item_and_lock(qtbot, app_window, journal, entries):
    menus = {a.text(): a.menu() for a in app_window.menuBar().actions()}
    assert app_window.cpd.log_action in menus["&Portfolio"].actions()
    dialog = app_window.cpd.show_log()
    dialog.summary_edit.setPlainText("LOCK-SUMMARY")
    app_window.session.lock("manual")
    assert not dialog.isVisible()
    assert not any(t and ("LOCK-SUMMARY" in t or "First visit" in t) for t in all_widget_texts(QApplication.instance()))
    assert not app_window.cpd.log_action.isEnabled()


def test_the_log_offers_the_journal_s_frameworks_and_groups_by_real_links(
    qtbot, app_window, journal, entries, tmp_path
):
    from reflectjournal.core.evidence import EvidenceStore

    EvidenceStore(journal).set_links("entry", entries["visit"], ["kss-cf:3", "swe-ps:4"])
    dialog = app_window.cpd.show_log()
    names = [dialog.framework_combo.itemData(i) for i in range(dialog.framework_combo.count())]
    assert names[:5] == ["", "swe-ps", "kss-cf", "kss-as", "pcf"]
    dialog.framework_combo.setCurrentIndex(names.index("kss-cf"))
    assert dialog.chosen_ids() == [entries["visit"]]  # what is linked to the framework, ticked first
    app_window.prompter.dialog_actions.append(lambda preview: True)
    out = tmp_path / "log.md"
    app_window.prompter.path_answers.append(out)
    dialog.export("md")
    written = out.read_text(encoding="utf-8")
    assert "### 3 Child development" in written and "First visit" in written
    assert "- **Framework:** Post-qualifying standard: knowledge and skills statement" in written

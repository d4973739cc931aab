"""The critical reflection log (core.reflection_log): review periods counted
from the start date, reflections grouped by framework item, the
practitioner's summaries, and the golden Markdown and PDF text. Rewrite the
golden files on purpose with REFLECTJOURNAL_UPDATE_GOLDEN=1."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reflectjournal.core.identifying import Choice, Detector
from reflectjournal.core.models import Entry, Wellbeing
from reflectjournal.core.reflection_log import (
    NOT_LINKED,
    LogChoice,
    add_months,
    build_log,
    log_fields,
    period_summary,
    redact_log,
    review_periods,
    set_period_summary,
    suggested_name,
    write_markdown,
)
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.export.golden_check import assert_golden
from tests.export.test_golden import Clock, pdf_font, pdf_text  # noqa: F401 (pdf_font is a fixture)

TODAY = dt.datetime(2027, 3, 10, 9, 0, tzinfo=dt.UTC)
START = dt.date(2026, 9, 1)
ITEMS = (
    ("1", "The role of child and family social work"),
    ("2", "Child development"),
    ("3", "Communication"),
    ("4", "Abuse and neglect of children"),
)


def test_review_periods_are_counted_in_calendar_months():
    periods = review_periods(dt.date(2026, 8, 31))
    assert [(p.start, p.end) for p in periods] == [
        (dt.date(2026, 8, 31), dt.date(2026, 11, 29)),
        (dt.date(2026, 11, 30), dt.date(2027, 2, 27)),
        (dt.date(2027, 2, 28), dt.date(2027, 8, 30)),
    ]
    assert add_months(dt.date(2027, 1, 31), 1) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 11, 15), 3) == dt.date(2028, 2, 15)
    first = review_periods(START)
    assert [p.label for p in first] == ["First three months", "Three to six months", "Six to twelve months"]
    assert (
        first[0].end + dt.timedelta(days=1) == first[1].start and first[1].end + dt.timedelta(days=1) == first[2].start
    )


@pytest.fixture
def log_journal(tmp_path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "journal.rjournal"
    ids: dict[str, int] = {}
    with Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:

        def add(key: str, day: dt.date, title: str, body: str, kind: str = "home_visit", **more) -> None:
            ids[key] = j.entries.save(Entry(title=title, body=body, happened_on=day, kind=kind, uid=key, **more)).id

        add("before", dt.date(2026, 8, 20), "Induction week", "Shadowed a duty worker.", kind="other")
        add(
            "visit",
            dt.date(2026, 9, 15),
            "First home visit on my own",
            "## What I noticed\n\nThe baby was quiet.\nI asked to see where he sleeps.",
            child_in_mind="What is a day like for him?",
            wellbeing=Wellbeing(2, "PRIVATE-WELLBEING"),
        )
        add("core", dt.date(2026, 10, 2), "Core group", "I spoke up about the chronology.", kind="core_group")
        add(
            "court",
            dt.date(2026, 12, 5),
            "First court statement",
            "Writing it plainly took three drafts.",
            kind="court",
        )
        add(
            "later",
            dt.date(2027, 3, 1),
            "Direct work",
            "We drew his week together.\n- school\n- football",
            kind="direct_work",
        )
        add("unchosen", dt.date(2026, 9, 20), "NOT-CHOSEN", "Should not leave.")
    return path, ids


def _choice(ids: dict[str, int], **more) -> LogChoice:
    chosen = [ids[k] for k in ("before", "visit", "core", "court", "later")]
    values = dict(
        first=dt.date(2026, 8, 1),
        last=dt.date(2027, 3, 10),
        entry_ids=chosen,
        framework_name="Knowledge and skills statement for child and family practitioners (DfE, 2018)",
        items=ITEMS,
        start_date=START,
    )
    values.update(more)
    return LogChoice(**values)


def _links(ids: dict[str, int]) -> dict[int, list[str]]:
    # The visit evidences 2 and 4 (in full under 2, named under 4); the
    # core group 3; the court statement an item this framework version no
    # longer has; the direct work nothing.
    return {ids["visit"]: ["4", "2"], ids["core"]: ["3"], ids["court"]: ["11"], ids["unchosen"]: ["1"]}


def _build(path: Path, ids: dict[str, int], **more):
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        return build_log(j, _choice(ids, **more), _links(ids), TODAY.date())


def test_reflections_are_grouped_by_review_period_then_framework_item(log_journal):
    path, ids = log_journal
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        set_period_summary(j, review_periods(START)[0], "I learned to slow down.")
        log = build_log(j, _choice(ids), _links(ids), TODAY.date())
    assert [p.period.label for p in log.periods] == [
        "Before the first year",
        "First three months",
        "Three to six months",
        "Six to twelve months",
    ]
    before, first, second, third = log.periods
    assert [g.heading for g in before.groups] == [NOT_LINKED]
    assert [g.heading for g in first.groups] == [
        "2 Child development",
        "3 Communication",
        "4 Abuse and neglect of children",
    ]
    assert [e.entry_id for e in first.groups[0].entries] == [ids["visit"]]
    assert first.groups[2].entries == [] and [e.entry_id for e in first.groups[2].see_above] == [ids["visit"]]
    assert first.summary == "I learned to slow down." and second.summary == ""
    # An item the framework no longer has: the reflection is kept, as not linked.
    assert [(g.heading, [e.entry_id for e in g.entries]) for g in second.groups] == [(NOT_LINKED, [ids["court"]])]
    assert [e.entry_id for g in third.groups for e in g.entries] == [ids["later"]]
    assert log.count == 5
    text = log.to_markdown()
    assert "NOT-CHOSEN" not in text and "PRIVATE-WELLBEING" not in text
    assert text.count("The baby was quiet.") == 1  # written once, named again under item 4
    assert "Keeping the child in mind: What is a day like for him?" in text


def test_without_a_start_date_the_period_is_one_group(log_journal):
    path, ids = log_journal
    log = _build(path, ids, start_date=None, first=dt.date(2026, 9, 1), last=dt.date(2026, 12, 31))
    assert [p.period.label for p in log.periods] == ["Reflections"]
    assert {e.entry_id for g in log.periods[0].groups for e in g.entries} == {ids["visit"], ids["core"], ids["court"]}


def test_summaries_are_kept_in_the_journal_and_an_empty_one_removed(log_journal):
    path, _ = log_journal
    period = review_periods(START)[1]
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        set_period_summary(j, period, "  Court work.  ")
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        assert period_summary(j, period) == "Court work."
        set_period_summary(j, period, "  ")
        assert period_summary(j, period) == ""


def _golden_log(path: Path, ids: dict[str, int]):
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        set_period_summary(j, review_periods(START)[0], "I learned to slow down and look.\n- ask to see the bedroom")
        return build_log(j, _choice(ids, name="Sam Practitioner"), _links(ids), TODAY.date())


def test_reflection_log_markdown_matches_golden(log_journal, tmp_path):
    path, ids = log_journal
    out = write_markdown(_golden_log(path, ids), tmp_path / suggested_name(START, TODAY.date(), "md"))
    assert out.name == "reflection-log-2026-09-01-to-2027-03-10.md"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert_golden(out.read_text(encoding="utf-8"), "reflection-log.md")


def test_reflection_log_pdf_text_matches_golden(log_journal, pdf_font, tmp_path):  # noqa: F811
    from reflectjournal.pdf import write_pdf

    path, ids = log_journal
    log = _golden_log(path, ids)
    out = tmp_path / "log.pdf"
    write_pdf(out, log.to_html(), title=log.title, generated=TODAY.date(), footer=log.footer)
    assert_golden(pdf_text(out), "reflection-log.pdf.txt")


def test_every_text_that_leaves_is_checked_and_redaction_leaves_the_journal_alone(log_journal):
    path, ids = log_journal
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        j.entries.save(
            Entry(
                id=ids["core"],
                uid="core",
                title="Core group for Tayo",
                body="Ring 07700 900123 about the plan.",
                kind="core_group",
                happened_on=dt.date(2026, 10, 2),
            )
        )
        log = build_log(j, _choice(ids), _links(ids), TODAY.date())
    markdown = log.to_markdown()
    for _where, text in log_fields(log):
        for line in text.splitlines():
            if line.strip():
                assert line.strip().lstrip("- ") in markdown
    assert any(where.endswith("title") for where, _ in log_fields(log))
    copy, found = redact_log(Detector(), log, lambda _f: Choice.STAND_IN)
    assert found and "07700 900123" not in copy.to_markdown()
    assert "07700 900123" in log.to_markdown()


def test_the_first_year_start_is_kept_in_the_journal(log_journal):
    from reflectjournal.core.journal_settings import JournalSettings
    from reflectjournal.core.reflection_log import START_KEY, first_year_began, set_first_year_began

    path, _ = log_journal
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        assert first_year_began(j) is None
        set_first_year_began(j, START)
    with Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF, clock=Clock(TODAY)) as j:
        assert first_year_began(j) == START
        JournalSettings(j).set(START_KEY, "not a date")
        assert first_year_began(j) is None  # a damaged value is never fatal
        set_first_year_began(j, None)
        assert START_KEY not in JournalSettings(j).keys()

"""Translated words for the CPD screens. The core keeps the English used
in exports (core.cpd); these are the same words, as ``tr`` literals so
that pyside6-lupdate finds them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ...core.cpd import CPD_TYPES, TEXT_FIELDS, RegistrationYear, YearStatus

TR_CONTEXT = ""  # bare tr("...") calls are filed under the empty context (see ui/supervision/labels.py)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def type_labels() -> dict[str, str]:
    labels = {
        "course": tr("Course, training or conference"),
        "online": tr("Online learning, webinar or podcast"),
        "reading": tr("Reading or research"),
        "supervision": tr("Supervision or reflective discussion"),
        "peer": tr("Learning with peers: shadowing, mentoring, group discussion"),
        "practice": tr("Learning from practice, feedback or a case review"),
        "teaching": tr("Teaching, presenting or supporting others' learning"),
        "other": tr("Other"),
    }
    return {key: labels.get(key, default) for key, default in CPD_TYPES}


def field_labels() -> dict[str, tuple[str, str]]:
    """Each text field's form label (with its access key) and guidance."""
    labels = {
        "description": (
            tr("&What the activity was and why it matters to your practice"),
            tr(
                "Say briefly what you did (a course, some reading, a discussion) and why you chose it: "
                "the part of your work or the question it connects to."
            ),
        ),
        "learned": (
            tr("What you &learned"),
            tr(
                "One or two things you now know or do differently. Concrete is better than complete: "
                "a new question you ask, a risk you now notice, a piece of law you now use."
            ),
        ),
        "impact": (
            tr("The difference it ma&kes to your practice and to the people you work with"),
            tr(
                "How your work has changed or will change, and what that means for the children, adults and "
                "families you work with. An example from practice, described without names, helps."
            ),
        ),
        "peer_reflection": (
            tr("What you learned from discussing it with a &peer"),
            tr(
                "Who you talked it through with changes what you take from it: what did the conversation add, "
                "challenge or confirm? A supervision session counts."
            ),
        ),
    }
    return {key: labels.get(key, (label, guidance)) for key, label, guidance in TEXT_FIELDS}


def peer_role_suggestions() -> list[str]:
    return [
        tr("my supervisor"),
        tr("my line manager"),
        tr("my practice educator"),
        tr("a colleague in my team"),
        tr("a colleague from another agency"),
        tr("a peer group"),
    ]


def long_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B %Y')}"


def words_text(count: int) -> str:
    return tr("1 word") if count == 1 else tr("%1 words").replace("%1", str(count))


def status_text(status: YearStatus) -> str:
    """ "2 records, 1 with peer reflection: met", translated."""
    records = tr("1 record") if status.records == 1 else tr("%1 records").replace("%1", str(status.records))
    peer = tr("%1 with peer reflection").replace("%1", str(status.with_peer))
    verdict = tr("met") if status.met else tr("not met yet")
    return f"{records}, {peer}: {verdict}"


def still_needed_text(status: YearStatus) -> str:
    if status.met:
        return tr("You have what the regulator asks for this year. You can add more.")
    more = max(0, 2 - status.records)
    needs_peer = status.with_peer < 1
    if more == 0:
        return tr("One of your records needs peer reflection.")
    if more == 2:
        return tr("You need 2 records this year, one of them with peer reflection.")
    if needs_peer:
        return tr("You need one more record, with peer reflection.")
    return tr("You need one more record.")


def renewal_text(year: RegistrationYear, today: dt.date) -> str:
    if year.in_renewal_window(today):
        return (
            tr("The renewal window is open until %1: %2 days left.")
            .replace("%1", long_date(year.end))
            .replace("%2", str(year.days_left(today)))
        )
    return (
        tr("The renewal window opens on %1 and closes on %2.")
        .replace("%1", long_date(year.renewal_opens))
        .replace("%2", long_date(year.end))
    )


def year_heading(year: RegistrationYear) -> str:
    return (
        tr("Registration year %1 (%2 to %3)")
        .replace("%1", year.label)
        .replace("%2", long_date(year.start))
        .replace("%3", long_date(year.end))
    )

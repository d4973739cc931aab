"""Translated labels for the supervision keys kept in the journal, and
small formatting helpers shared by the supervision widgets."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate

from ...core.models import (
    ACTION_DONE,
    ACTION_DROPPED,
    SESSION_HELD,
    SUPERVISION_FUNCTIONS,
    SUPERVISION_ROLES,
    SUPERVISION_TYPES,
    EntrySummary,
    SupervisionSession,
)

# pyside6-lupdate files a bare tr("...") call under the empty context, so
# that is the context looked up at run time: the .ts file and the code agree.
TR_CONTEXT = ""


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(TR_CONTEXT, text, disambiguation, n)


def role_labels() -> dict[str, str]:
    labels = {
        "line_manager": tr("Line manager"),
        "professional_educator": tr("Professional educator"),
        "practice_supervisor": tr("Practice supervisor"),
        "peer_group": tr("Peer group"),
    }
    return {key: labels.get(key, default) for key, default in SUPERVISION_ROLES}


def type_labels() -> dict[str, str]:
    labels = {
        "formal": tr("Formal supervision"),
        "reflective": tr("Reflective session"),
        "three_way": tr("Three-way meeting with manager and educator"),
        "group": tr("Group supervision"),
        "observation_feedback": tr("Feedback after an observation"),
    }
    return {key: labels.get(key, default) for key, default in SUPERVISION_TYPES}


def function_labels() -> dict[str, str]:
    labels = {
        "management": tr("Management"),
        "development": tr("Development"),
        "support": tr("Support"),
        "mediation": tr("Mediation"),
    }
    return {key: labels.get(key, default) for key, default in SUPERVISION_FUNCTIONS}


def function_hints() -> dict[str, str]:
    """What each of the four functions of supervision is for, in a line."""
    return {
        "management": tr("Caseload, tasks, timescales, plans and accountability"),
        "development": tr("Skills, knowledge, learning from practice"),
        "support": tr("How the work is affecting you, and what helps"),
        "mediation": tr("The team, other agencies, resources, escalation"),
    }


def status_label(status: str) -> str:
    return tr("Held") if status == SESSION_HELD else tr("Preparing")


def action_status_label(status: str) -> str:
    return {ACTION_DONE: tr("done"), ACTION_DROPPED: tr("dropped")}.get(status, tr("not done yet"))


def long_date(day: dt.date) -> str:
    return day.strftime("%-d %B %Y")


def short_date(day: dt.date) -> str:
    return day.strftime("%-d %b %Y")


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def with_whom(session: SupervisionSession) -> str:
    role = role_labels().get(session.with_role, session.with_role)
    return f"{role} ({session.with_name})" if session.with_name else role


def session_line(session: SupervisionSession) -> str:
    """One line naming a session, for lists and buttons."""
    return tr("%1 with %2").replace("%1", short_date(session.held_on)).replace("%2", with_whom(session))


def entry_line(summary: EntrySummary, kind_labels: dict[str, str]) -> str:
    kind = kind_labels.get(summary.kind, summary.kind)
    title = " ".join(summary.title.split()) or tr("(untitled)")
    return f"{short_date(summary.happened_on)} · {kind} · {title}"


def plain_tooltip(text: str) -> str:
    """A tooltip that shows journal or pack text as it is.

    Qt renders a tooltip as HTML whenever it looks like HTML (and would
    then load a file: image); escaped inside a paragraph it stays text.
    """
    if not text:
        return ""
    return '<p style="white-space:pre-wrap">' + html.escape(text, quote=False) + "</p>"

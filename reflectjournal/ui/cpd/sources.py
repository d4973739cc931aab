"""The text a record draws on, for the read-only pane beside the form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.answers import answers_as_text
from ...core.cpd import CpdRecord
from .labels import long_date, tr

if TYPE_CHECKING:
    from .service import CpdService


def source_text(service: CpdService, record: CpdRecord) -> str:
    """Each linked entry and supervision session, with its date and its
    own words (a session's notes under their headings)."""
    parts: list[str] = []
    for entry_id in record.entry_ids:
        entry = service.entry(entry_id)
        lines = [f"{entry.title or tr('Untitled')} ({long_date(entry.happened_on)})", ""]
        lines.append(answers_as_text(entry.body, entry.prompt_records).strip())
        if entry.child_in_mind.strip():
            lines += ["", tr("Keeping the child in mind:"), entry.child_in_mind.strip()]
        parts.append("\n".join(lines))
    for session_id in record.session_ids:
        session = service.supervision_session(session_id)
        lines = [tr("Supervision on %1").replace("%1", long_date(session.held_on))]
        for heading, text in (
            (tr("Questions"), session.questions),
            (tr("Decisions and the reasons for them"), session.decisions),
            (tr("What went well"), session.went_well),
            (tr("Learning needs"), session.learning_needs),
            (tr("What was discussed"), session.discussion),
        ):
            if text.strip():
                lines += ["", heading + ":", text.strip()]
        for item in session.agenda:
            if item.text.strip():
                lines += ["", tr("Agenda item:"), item.text.strip()]
        parts.append("\n".join(lines))
    return ("\n\n" + "—" * 12 + "\n\n").join(parts)

"""CPD records for registration with Social Work England.

A social worker in England records at least two pieces of continuing
professional development (CPD) in each registration year, 1 December to
30 November, and at least one of them with peer reflection (Social Work
England's CPD guidance, which raised the count from one to two in 2022).
Records are made on the regulator's website during the renewal window,
1 September to 30 November. A :class:`CpdRecord` holds the fields that form
asks for, kept in the encrypted journal through the year, so that each can
be copied across when the window opens.

Every "today" is handed in by the caller (the journal's clock, or a test's),
so the year boundary and the renewal window are testable.

Links to professional standards are not kept here: the frameworks' evidence
links name a record by its id (target kind ``"cpd"``).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

# Raised here, defined with every other error in core.errors (and offered from here).
from .errors import CpdRecordClosed as CpdRecordClosed
from .errors import CpdRecordNotFound as CpdRecordNotFound
from .errors import InvalidEntry
from .timestamps import iso_utc, parse_moment

if TYPE_CHECKING:
    from sqlcipher3 import Connection

    from .models import Entry, SupervisionSession
    from .vault import Journal


# The kinds of CPD a practitioner is likely to record, in our words. The
# regulator's form offers its own list: choose the closest there.
CPD_TYPES: tuple[tuple[str, str], ...] = (
    ("course", "Course, training or conference"),
    ("online", "Online learning, webinar or podcast"),
    ("reading", "Reading or research"),
    ("supervision", "Supervision or reflective discussion"),
    ("peer", "Learning with peers: shadowing, mentoring, group discussion"),
    ("practice", "Learning from practice, feedback or a case review"),
    ("teaching", "Teaching, presenting or supporting others' learning"),
    ("other", "Other"),
)
CPD_TYPE_LABELS = dict(CPD_TYPES)

# The fields of a record as the regulator's form asks for them: (key, label,
# guidance in the project's own words).
TEXT_FIELDS: tuple[tuple[str, str, str], ...] = (
    (
        "description",
        "What the activity was and why it matters to your practice",
        "Say briefly what you did (a course, some reading, a discussion) and why you chose it: "
        "the part of your work or the question it connects to.",
    ),
    (
        "learned",
        "What you learned",
        "One or two things you now know or do differently. Concrete is better than complete: "
        "a new question you ask, a risk you now notice, a piece of law you now use.",
    ),
    (
        "impact",
        "The difference it makes to your practice and to the people you work with",
        "How your work has changed or will change, and what that means for the children, adults and "
        "families you work with. An example from practice, described without names, helps.",
    ),
    (
        "peer_reflection",
        "What you learned from discussing it with a peer",
        "Who you talked it through with changes what you take from it: what did the conversation add, "
        "challenge or confirm? A supervision session counts.",
    ),
)
FIELD_LABELS = {key: label for key, label, _ in TEXT_FIELDS}
PEER_ROLE_LABEL = "Who you discussed it with, by role"
# A supervision session's "with whom" in role terms, for a record made from it.
SESSION_PEER_ROLES = {
    "line_manager": "my line manager",
    "professional_educator": "my practice educator",
    "practice_supervisor": "my practice supervisor",
    "peer_group": "a peer group",
}

MAX_TEXT = 20_000  # characters in one field: far more than the form takes
MAX_ROLE = 200
RECORDS_NEEDED = 2
PEER_RECORDS_NEEDED = 1

STATUS_NONE = "none"
STATUS_ONE = "one"  # under way: at least one record, the requirement not met yet
STATUS_MET = "met"


@dataclass
class CpdRecord:
    """One piece of CPD as the regulator's form asks for it."""

    cpd_type: str = "other"
    started_on: dt.date = field(default_factory=dt.date.today)
    ended_on: dt.date | None = None  # the last day, for an activity over several days
    description: str = ""
    learned: str = ""
    impact: str = ""
    peer_reflection: str = ""
    peer_role: str = ""
    entry_ids: list[int] = field(default_factory=list)
    session_ids: list[int] = field(default_factory=list)
    id: int | None = None
    uid: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @property
    def last_day(self) -> dt.date:
        """The day that places the record in a registration year."""
        return self.ended_on or self.started_on

    @property
    def has_peer_reflection(self) -> bool:
        """Written peer reflection, or a supervision session it draws on."""
        return bool(self.peer_reflection.strip()) or bool(self.session_ids)

    def text(self, key: str) -> str:
        return cast(str, getattr(self, key))


# -- the registration year ---------------------------------------------------------


@dataclass(frozen=True)
class RegistrationYear:
    """1 December of ``first`` to 30 November of the next year."""

    first: int  # the calendar year in which it starts

    @property
    def start(self) -> dt.date:
        return dt.date(self.first, 12, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.first + 1, 11, 30)

    @property
    def renewal_opens(self) -> dt.date:
        return dt.date(self.first + 1, 9, 1)

    @property
    def label(self) -> str:
        """ "2025–26"."""
        return f"{self.first}–{(self.first + 1) % 100:02d}"

    @property
    def previous(self) -> RegistrationYear:
        return RegistrationYear(self.first - 1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def in_renewal_window(self, day: dt.date) -> bool:
        return self.renewal_opens <= day <= self.end

    def days_left(self, day: dt.date) -> int:
        """Days from ``day`` to the year's last day, that day included."""
        return max(0, (self.end - day).days + 1)


def registration_year(day: dt.date) -> RegistrationYear:
    """The registration year ``day`` falls in (December starts the next one)."""
    return RegistrationYear(day.year if day.month == 12 else day.year - 1)


@dataclass(frozen=True)
class YearStatus:
    records: int
    with_peer: int

    @property
    def state(self) -> str:
        if self.records == 0:
            return STATUS_NONE
        if self.records >= RECORDS_NEEDED and self.with_peer >= PEER_RECORDS_NEEDED:
            return STATUS_MET
        return STATUS_ONE

    @property
    def met(self) -> bool:
        return self.state == STATUS_MET

    def summary(self) -> str:
        """ "2 records, 1 with peer reflection: met"."""
        noun = "record" if self.records == 1 else "records"
        verdict = "met" if self.met else "not met yet"
        return f"{self.records} {noun}, {self.with_peer} with peer reflection: {verdict}"

    def still_needed(self) -> str:
        """What is missing, in a sentence ('' once met)."""
        if self.met:
            return ""
        more = max(0, RECORDS_NEEDED - self.records)
        needs_peer = self.with_peer < PEER_RECORDS_NEEDED
        if more == 0:
            return "One of your records needs peer reflection."
        records = "one more record" if more == 1 else f"{more} more records"
        return f"You need {records}" + (", one of them with peer reflection." if needs_peer else ".")


def year_status(records: Sequence[CpdRecord]) -> YearStatus:
    return YearStatus(len(records), sum(1 for r in records if r.has_peer_reflection))


def show_start_note(status: YearStatus, year: RegistrationYear, today: dt.date) -> bool:
    """The start screen's note: from 1 September until the requirement is met."""
    return year.in_renewal_window(today) and not status.met


def word_count(text: str) -> int:
    return len(text.split())


# -- starting points ---------------------------------------------------------------


def _draft_day(day: dt.date, today: dt.date | None) -> dt.date:
    """The source's date, unless it is in a year that has closed (a record
    goes into this year) or in the future."""
    if today is None:
        return day
    return day if registration_year(today).start <= day <= today else today


def draft_from_entry(entry: Entry, today: dt.date | None = None) -> CpdRecord:
    """A new record that draws on ``entry``: linked and dated, nothing of its
    text copied (the editor shows it beside the form as a starting point)."""
    if entry.id is None:
        raise InvalidEntry("Save the entry before making a CPD record from it.")
    return CpdRecord(cpd_type="practice", started_on=_draft_day(entry.happened_on, today), entry_ids=[entry.id])


def draft_from_session(session: SupervisionSession, today: dt.date | None = None) -> CpdRecord:
    """A new record from a supervision session: peer reflection, with the
    supervisor named by role only."""
    if session.id is None:
        raise InvalidEntry("Save the session before making a CPD record from it.")
    return CpdRecord(
        cpd_type="supervision",
        started_on=_draft_day(session.held_on, today),
        peer_role=SESSION_PEER_ROLES.get(session.with_role, ""),
        session_ids=[session.id],
    )


# -- the store -----------------------------------------------------------------------

_COLUMNS = (
    "id, uid, cpd_type, started_on, ended_on, description, learned, impact, peer_reflection, peer_role,"
    " created_at, updated_at"
)
_LAST_DAY = "coalesce(ended_on, started_on)"


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text or "").strip()


def _record(row: Sequence[Any]) -> CpdRecord:
    return CpdRecord(
        id=row[0],
        uid=row[1],
        cpd_type=row[2],
        started_on=dt.date.fromisoformat(row[3]),
        ended_on=dt.date.fromisoformat(row[4]) if row[4] else None,
        description=row[5],
        learned=row[6],
        impact=row[7],
        peer_reflection=row[8],
        peer_role=row[9],
        created_at=parse_moment(row[10]),
        updated_at=parse_moment(row[11]),
    )


class CpdStore:
    """The CPD records of one open journal."""

    def __init__(self, journal: Journal):
        self._journal = journal

    @property
    def _conn(self) -> Connection:
        return self._journal.conn

    def today(self) -> dt.date:
        """The local date by the journal's clock."""
        return self._journal.clock().astimezone().date()

    # -- reading -------------------------------------------------------------

    def get(self, record_id: int) -> CpdRecord:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM cpd_records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise CpdRecordNotFound(f"There is no CPD record {record_id}.")
        record = _record(row)
        self._links([record])
        return record

    def in_year(self, year: RegistrationYear) -> list[CpdRecord]:
        """The year's records, oldest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM cpd_records WHERE {_LAST_DAY} BETWEEN ? AND ?"
            f" ORDER BY {_LAST_DAY}, started_on, id",
            (year.start.isoformat(), year.end.isoformat()),
        ).fetchall()
        records = [_record(r) for r in rows]
        self._links(records)
        return records

    def all(self) -> list[CpdRecord]:
        """Every record, newest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM cpd_records ORDER BY {_LAST_DAY} DESC, started_on DESC, id DESC"
        ).fetchall()
        records = [_record(r) for r in rows]
        self._links(records)
        return records

    def status(self, year: RegistrationYear) -> YearStatus:
        """Where the year stands. Read at every unlock (the start note): a
        damaged page here is JournalDamaged (the daily backup's checks report
        it), never an error that stops the rest of the unlock."""
        import sqlcipher3

        from .errors import JournalDamaged

        try:
            return year_status(self.in_year(year))
        except sqlcipher3.DatabaseError:
            raise JournalDamaged("Part of the journal file is damaged.") from None

    def for_entry(self, entry_id: int) -> list[int]:
        return [r[0] for r in self._conn.execute("SELECT record_id FROM cpd_entries WHERE entry_id = ?", (entry_id,))]

    def _links(self, records: list[CpdRecord]) -> None:
        by_id = {r.id: r for r in records}
        if not by_id:
            return
        marks = ",".join("?" * len(by_id))
        ids = list(by_id)
        for record_id, entry_id in self._conn.execute(
            f"SELECT c.record_id, c.entry_id FROM cpd_entries c JOIN entries e ON e.id = c.entry_id"
            f" WHERE c.record_id IN ({marks}) AND e.deleted_at IS NULL ORDER BY e.happened_on, e.id",
            ids,
        ):
            by_id[record_id].entry_ids.append(entry_id)
        for record_id, session_id in self._conn.execute(
            f"SELECT c.record_id, c.session_id FROM cpd_sessions c JOIN supervision_sessions s"
            f" ON s.id = c.session_id WHERE c.record_id IN ({marks}) ORDER BY s.held_on, s.id",
            ids,
        ):
            by_id[record_id].session_ids.append(session_id)

    # -- writing -------------------------------------------------------------

    def is_closed(self, record: CpdRecord, today: dt.date) -> bool:
        """A record of a registration year before today's is kept as it was."""
        return record.last_day < registration_year(today).start

    def save(self, record: CpdRecord, today: dt.date | None = None) -> CpdRecord:
        """Insert or update a record with its links; returns it as stored.
        Records of an earlier registration year are read-only
        (:class:`CpdRecordClosed`), and none is written into one."""
        today = today or self.today()
        self._check(record, today)
        now = iso_utc(self._journal.clock())
        values = (
            record.cpd_type,
            record.started_on.isoformat(),
            record.ended_on.isoformat() if record.ended_on and record.ended_on != record.started_on else None,
            _clean(record.description),
            _clean(record.learned),
            _clean(record.impact),
            _clean(record.peer_reflection),
            " ".join(_clean(record.peer_role).split()),
            now,
        )
        with self._journal.write() as conn:
            if record.id is None:
                cur = conn.execute(
                    "INSERT INTO cpd_records(cpd_type, started_on, ended_on, description, learned, impact,"
                    " peer_reflection, peer_role, updated_at, uid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, record.uid or uuid.uuid4().hex, now),
                )
                record_id = cast(int, cur.lastrowid)
            else:
                record_id = record.id
                stored = conn.execute(f"SELECT {_LAST_DAY} FROM cpd_records WHERE id = ?", (record_id,)).fetchone()
                if stored is None:
                    raise CpdRecordNotFound(f"There is no CPD record {record_id}.")
                if dt.date.fromisoformat(stored[0]) < registration_year(today).start:
                    raise CpdRecordClosed(
                        "This record belongs to a registration year that has ended; it is kept as it was."
                    )
                conn.execute(
                    "UPDATE cpd_records SET cpd_type = ?, started_on = ?, ended_on = ?, description = ?, learned = ?,"
                    " impact = ?, peer_reflection = ?, peer_role = ?, updated_at = ? WHERE id = ?",
                    (*values, record_id),
                )
                conn.execute("DELETE FROM cpd_entries WHERE record_id = ?", (record_id,))
                conn.execute("DELETE FROM cpd_sessions WHERE record_id = ?", (record_id,))
            self._save_links(conn, record_id, record)
        return self.get(record_id)

    @staticmethod
    def _save_links(conn: Connection, record_id: int, record: CpdRecord) -> None:
        for entry_id in dict.fromkeys(record.entry_ids):
            if not conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone():
                raise InvalidEntry(f"There is no entry {entry_id} to link.")
            conn.execute("INSERT INTO cpd_entries(record_id, entry_id) VALUES (?, ?)", (record_id, entry_id))
        for session_id in dict.fromkeys(record.session_ids):
            if not conn.execute("SELECT 1 FROM supervision_sessions WHERE id = ?", (session_id,)).fetchone():
                raise InvalidEntry(f"There is no supervision session {session_id} to link.")
            conn.execute("INSERT INTO cpd_sessions(record_id, session_id) VALUES (?, ?)", (record_id, session_id))

    def _check(self, record: CpdRecord, today: dt.date) -> None:
        if record.cpd_type not in CPD_TYPE_LABELS:
            raise InvalidEntry("Choose the type of CPD.")
        if record.ended_on is not None and record.ended_on < record.started_on:
            raise InvalidEntry("The last day of the activity is before its first day.")
        if record.last_day < registration_year(today).start:
            raise CpdRecordClosed(
                "That date is in a registration year that has ended; records can be added to this year only."
            )
        for key, label, _ in TEXT_FIELDS:
            if len(record.text(key)) > MAX_TEXT:
                raise InvalidEntry(f"“{label}” is longer than {MAX_TEXT:,} characters.")
        if len(record.peer_role) > MAX_ROLE:
            raise InvalidEntry(f"Who you discussed it with is longer than {MAX_ROLE} characters.")
        if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in record.peer_role):
            raise InvalidEntry("Who you discussed it with holds control characters.")

    def delete(self, record_id: int) -> None:
        with self._journal.write() as conn:
            cur = conn.execute("DELETE FROM cpd_records WHERE id = ?", (record_id,))
            if cur.rowcount == 0:
                raise CpdRecordNotFound(f"There is no CPD record {record_id}.")

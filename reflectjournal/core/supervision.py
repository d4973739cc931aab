"""Supervision sessions: preparation, links to reflections, agreed actions.

Actions are never copied from one session to the next. An action belongs to
the session where it was agreed; a later preparation shows every action
still open from earlier sessions (:meth:`SupervisionStore.carried_forward`),
so it carries forward by itself until it is marked done or dropped.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from .errors import EntryNotFound, InvalidEntry, SessionNotFound
from .models import (
    ACTION_DONE,
    ACTION_DROPPED,
    ACTION_OPEN,
    SESSION_HELD,
    SESSION_PREPARING,
    SUPERVISION_FUNCTIONS,
    SUPERVISION_ROLES,
    SUPERVISION_TYPES,
    Action,
    AgendaItem,
    EntryFilter,
    EntrySummary,
    SupervisionSession,
    Wellbeing,
)
from .search_query import to_fts_query
from .timestamps import iso_utc, parse_moment
from .unicode_safety import check_title

if TYPE_CHECKING:
    from sqlcipher3 import Connection

    from .vault import Journal

_FUNCTIONS = {key for key, _ in SUPERVISION_FUNCTIONS}
_ROLES = {key for key, _ in SUPERVISION_ROLES}
_TYPES = {key for key, _ in SUPERVISION_TYPES}
_TEXT_FIELDS = ("questions", "decisions", "went_well", "learning_needs", "affecting_me", "discussion")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


# A session's header: what a list shows, and the first columns of a full read.
_HEADER_COLUMNS = "id, uid, held_on, with_role, with_name, session_type, status, place, next_on"
_HEADER_COUNT = len(_HEADER_COLUMNS.split(", "))


def _header_fields(row: Sequence[Any]) -> dict[str, Any]:
    """A session's header fields from a row that starts with _HEADER_COLUMNS."""
    return {
        "id": row[0],
        "uid": row[1],
        "held_on": dt.date.fromisoformat(row[2]),
        "with_role": row[3],
        "with_name": row[4],
        "session_type": row[5],
        "status": row[6],
        "place": row[7],
        "next_on": _date(row[8]),
    }


class SupervisionStore:
    """Supervision sessions of one open journal: ``journal.supervision``."""

    def __init__(self, journal: Journal):
        self._journal = journal

    @property
    def _conn(self) -> Connection:
        return self._journal.conn

    # -- writing -------------------------------------------------------------

    def save(self, session: SupervisionSession) -> SupervisionSession:
        """Insert or update a session with its agenda, links and actions."""
        self._check(session)
        now = iso_utc(self._journal.clock())
        values = (
            session.held_on.isoformat(),
            session.with_role,
            session.with_name.strip(),
            session.session_type,
            session.status,
            *(getattr(session, name) or "" for name in _TEXT_FIELDS),
            session.place.strip(),
            session.next_on.isoformat() if session.next_on else None,
            now,
        )
        with self._journal.write() as conn:
            if session.id is None:
                cur = conn.execute(
                    "INSERT INTO supervision_sessions(held_on, with_role, with_name, session_type, status,"
                    f" {', '.join(_TEXT_FIELDS)}, place, next_on, updated_at, uid, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, session.uid or uuid.uuid4().hex, now),
                )
                session_id = cast(int, cur.lastrowid)
            else:
                session_id = session.id
                assignments = ", ".join(f"{name} = ?" for name in _TEXT_FIELDS)
                cur = conn.execute(
                    "UPDATE supervision_sessions SET held_on = ?, with_role = ?, with_name = ?, session_type = ?,"
                    f" status = ?, {assignments}, place = ?, next_on = ?, updated_at = ? WHERE id = ?",
                    (*values, session_id),
                )
                if cur.rowcount == 0:
                    raise SessionNotFound(f"There is no supervision session {session_id}.")
                conn.execute("DELETE FROM agenda_items WHERE session_id = ?", (session_id,))
                conn.execute("DELETE FROM session_entries WHERE session_id = ?", (session_id,))
                conn.execute("DELETE FROM supervision_fts WHERE rowid = ?", (session_id,))
            linked = set(session.entry_ids)
            for position, item in enumerate(session.agenda):
                # An item keeps its id through saves (evidence links name it);
                # one whose id another session's item has (a copy) gets a new one.
                item_id = item.id
                if (
                    item_id is not None
                    and conn.execute("SELECT 1 FROM agenda_items WHERE id = ?", (item_id,)).fetchone()
                ):
                    item_id = None
                cur = conn.execute(
                    "INSERT INTO agenda_items(id, session_id, function, position, text) VALUES (?, ?, ?, ?, ?)",
                    (item_id, session_id, item.function, position, item.text),
                )
                with_text = set(item.text_entry_ids)
                conn.executemany(
                    "INSERT OR IGNORE INTO agenda_item_entries(item_id, entry_id, include_text) VALUES (?, ?, ?)",
                    [(cur.lastrowid, e, int(e in with_text)) for e in item.entry_ids],
                )
                linked.update(item.entry_ids)
            conn.executemany(
                "INSERT INTO session_entries(session_id, entry_id) VALUES (?, ?)",
                [(session_id, e) for e in sorted(linked)],
            )
            # Evidence links of agenda items no longer in the session go with them.
            conn.execute(
                "DELETE FROM evidence_links WHERE kind = 'agenda' AND target_id NOT IN (SELECT id FROM agenda_items)"
            )
            self._save_actions(conn, session_id, session.actions)
            body = "\n".join(
                [
                    *(getattr(session, name) for name in _TEXT_FIELDS),
                    *(i.text for i in session.agenda),
                    *(f"{a.what} {a.who}" for a in session.actions),
                ]
            )
            conn.execute(
                "INSERT INTO supervision_fts(rowid, title, body) VALUES (?, ?, ?)",
                (session_id, session.with_name, body),
            )
        return self.get(session_id)

    def _save_actions(self, conn: Connection, session_id: int, actions: list[Action]) -> None:
        keep = [a.id for a in actions if a.id is not None]
        marks = ",".join("?" * len(keep)) or "NULL"
        conn.execute(f"DELETE FROM actions WHERE session_id = ? AND id NOT IN ({marks})", (session_id, *keep))
        for position, action in enumerate(actions):
            values = (
                action.what.strip(),
                action.who.strip(),
                action.due_on.isoformat() if action.due_on else None,
                action.status,
                action.closed_on.isoformat() if action.closed_on else None,
                position,
            )
            if action.id is None:
                conn.execute(
                    "INSERT INTO actions(what, who, due_on, status, closed_on, position, session_id)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*values, session_id),
                )
            else:
                conn.execute(
                    "UPDATE actions SET what = ?, who = ?, due_on = ?, status = ?, closed_on = ?, position = ?"
                    " WHERE id = ? AND session_id = ?",
                    (*values, action.id, session_id),
                )

    def _check(self, session: SupervisionSession) -> None:
        # The name is the session's title in lists and search results.
        check_title(unicodedata.normalize("NFC", session.with_name or "").strip(), what="name")
        if session.with_role not in _ROLES:
            raise InvalidEntry("Choose who the supervision is with.")
        if session.session_type not in _TYPES:
            raise InvalidEntry("Choose the type of supervision.")
        if session.status not in (SESSION_PREPARING, SESSION_HELD):
            raise InvalidEntry("A session is either being prepared or has been held.")
        for item in session.agenda:
            if item.function not in _FUNCTIONS:
                raise InvalidEntry("Each agenda item needs one of the four functions of supervision.")
        for action in session.actions:
            if not action.what.strip():
                raise InvalidEntry("Each action needs to say what will be done.")
            if action.status not in (ACTION_OPEN, ACTION_DONE, ACTION_DROPPED):
                raise InvalidEntry("An action is open, done or dropped.")

    def preparation_under_way(self, today: dt.date) -> SupervisionSession | None:
        """The preparation to carry on with: the soonest one still being
        prepared for a meeting today or later, else the newest one still
        being prepared (a meeting whose date has passed but that was never
        marked held). ``None`` if nothing is being prepared."""
        row = self._conn.execute(
            "SELECT id FROM supervision_sessions WHERE status = 'preparing'"
            " ORDER BY held_on < ?, CASE WHEN held_on >= ? THEN held_on END, held_on DESC, id DESC LIMIT 1",
            (today.isoformat(), today.isoformat()),
        ).fetchone()
        return self.get(row[0]) if row else None

    def prepare(self, today: dt.date, template: SupervisionSession | None = None) -> tuple[SupervisionSession, bool]:
        """The preparation for the next meeting: the one under way if there
        is one, else a new one (from ``template``, dated for the next
        meeting agreed at the last held session when there is one). Returns
        the session and whether it was made now. Preparing twice for the
        same meeting therefore leaves one session."""
        existing = self.preparation_under_way(today)
        if existing is not None:
            return existing, False
        session = template or SupervisionSession(held_on=today)
        last = self.last_held()
        if template is None and last is not None:
            session.with_role, session.with_name = last.with_role, last.with_name
            session.session_type, session.place = last.session_type, last.place
            if last.next_on is not None and last.next_on >= today:
                session.held_on = last.next_on
        session.status = SESSION_PREPARING
        return self.save(session), True

    def set_status(self, session_id: int, status: str) -> None:
        """Mark a session held (or back to being prepared). Its notes stay
        editable either way: a held session's notes can be finished later."""
        if status not in (SESSION_PREPARING, SESSION_HELD):
            raise InvalidEntry("A session is either being prepared or has been held.")
        with self._journal.write() as conn:
            cur = conn.execute(
                "UPDATE supervision_sessions SET status = ?, updated_at = ? WHERE id = ?",
                (status, iso_utc(self._journal.clock()), session_id),
            )
            if cur.rowcount == 0:
                raise SessionNotFound(f"There is no supervision session {session_id}.")

    def next_meeting(self, today: dt.date) -> dt.date | None:
        """The next supervision meeting on or after ``today``: a session
        being prepared for that date, or the next date agreed at a session."""
        row = self._conn.execute(
            "SELECT MIN(d) FROM (SELECT held_on AS d FROM supervision_sessions WHERE status = 'preparing'"
            " AND held_on >= ?1 UNION ALL SELECT next_on FROM supervision_sessions WHERE next_on >= ?1)",
            (today.isoformat(),),
        ).fetchone()
        return _date(row[0]) if row and row[0] else None

    def overdue_actions(self, today: dt.date) -> list[Action]:
        """Open actions whose due date has passed, oldest due first."""
        return self._actions(
            "status = 'open' AND due_on IS NOT NULL AND due_on < ? ORDER BY due_on, id", (today.isoformat(),)
        )

    def overdue_counts(self, today: dt.date) -> dict[int, int]:
        """For each session, how many of the actions agreed at it are overdue."""
        rows = self._conn.execute(
            "SELECT session_id, COUNT(*) FROM actions WHERE status = 'open' AND due_on IS NOT NULL AND due_on < ?"
            " GROUP BY session_id",
            (today.isoformat(),),
        ).fetchall()
        return {r[0]: r[1] for r in rows}

    def set_action_status(self, action_id: int, status: str, on: dt.date | None = None) -> None:
        """Mark an action done, dropped or open again, from any session."""
        if status not in (ACTION_OPEN, ACTION_DONE, ACTION_DROPPED):
            raise InvalidEntry("An action is open, done or dropped.")
        closed = None if status == ACTION_OPEN else (on or self._journal.clock().date()).isoformat()
        with self._journal.write() as conn:
            cur = conn.execute("UPDATE actions SET status = ?, closed_on = ? WHERE id = ?", (status, closed, action_id))
            if cur.rowcount == 0:
                raise SessionNotFound(f"There is no action {action_id}.")

    def link(self, session_id: int, entry_id: int) -> None:
        with self._journal.write() as conn:
            self._require(conn, session_id)
            if not conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone():
                raise EntryNotFound(f"There is no entry {entry_id}.")
            conn.execute(
                "INSERT OR IGNORE INTO session_entries(session_id, entry_id) VALUES (?, ?)", (session_id, entry_id)
            )

    def unlink(self, session_id: int, entry_id: int) -> None:
        with self._journal.write() as conn:
            conn.execute("DELETE FROM session_entries WHERE session_id = ? AND entry_id = ?", (session_id, entry_id))
            conn.execute(
                "DELETE FROM agenda_item_entries WHERE entry_id = ? AND item_id IN"
                " (SELECT id FROM agenda_items WHERE session_id = ?)",
                (entry_id, session_id),
            )

    def delete(self, session_id: int) -> None:
        with self._journal.write() as conn:
            self._require(conn, session_id)
            conn.execute("DELETE FROM supervision_sessions WHERE id = ?", (session_id,))
            conn.execute("DELETE FROM supervision_fts WHERE rowid = ?", (session_id,))

    @staticmethod
    def _require(conn: Connection, session_id: int) -> None:
        if not conn.execute("SELECT 1 FROM supervision_sessions WHERE id = ?", (session_id,)).fetchone():
            raise SessionNotFound(f"There is no supervision session {session_id}.")

    # -- reading -------------------------------------------------------------

    def get(self, session_id: int) -> SupervisionSession:
        conn = self._conn
        row = conn.execute(
            f"SELECT {_HEADER_COLUMNS},"
            f" {', '.join(_TEXT_FIELDS)}, created_at, updated_at FROM supervision_sessions WHERE id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise SessionNotFound(f"There is no supervision session {session_id}.")
        n = _HEADER_COUNT
        texts = dict(zip(_TEXT_FIELDS, row[n : n + len(_TEXT_FIELDS)], strict=True))
        agenda = []
        for item_id, function, text in conn.execute(
            "SELECT id, function, text FROM agenda_items WHERE session_id = ? ORDER BY position", (session_id,)
        ).fetchall():
            links = conn.execute(
                "SELECT entry_id, include_text FROM agenda_item_entries WHERE item_id = ? ORDER BY entry_id", (item_id,)
            ).fetchall()
            agenda.append(
                AgendaItem(function, text, [r[0] for r in links], item_id, text_entry_ids=[r[0] for r in links if r[1]])
            )
        entry_ids = [
            r[0]
            for r in conn.execute(
                "SELECT e.id FROM session_entries s JOIN entries e ON e.id = s.entry_id WHERE s.session_id = ?"
                " ORDER BY e.happened_on, e.id",
                (session_id,),
            )
        ]
        return SupervisionSession(
            **_header_fields(row),
            agenda=agenda,
            entry_ids=entry_ids,
            actions=self._actions("session_id = ? ORDER BY position, id", (session_id,)),
            created_at=parse_moment(row[n + len(_TEXT_FIELDS)]),
            updated_at=parse_moment(row[n + len(_TEXT_FIELDS) + 1]),
            **texts,
        )

    def _actions(self, where: str, params: tuple[object, ...]) -> list[Action]:
        rows = self._conn.execute(
            f"SELECT id, session_id, what, who, due_on, status, closed_on FROM actions WHERE {where}", params
        ).fetchall()
        return [
            Action(
                id=r[0], session_id=r[1], what=r[2], who=r[3], due_on=_date(r[4]), status=r[5], closed_on=_date(r[6])
            )
            for r in rows
        ]

    def list_sessions(self) -> list[SupervisionSession]:
        """Every session, newest first (headers only: no agenda or actions)."""
        return self._headers("1", (), "s.held_on DESC, s.id DESC")

    def _headers(self, where: str, params: tuple[object, ...], order: str) -> list[SupervisionSession]:
        """Session headers (no agenda or actions) matching ``where`` on ``s``."""
        columns = ", ".join(f"s.{name}" for name in _HEADER_COLUMNS.split(", "))
        rows = self._conn.execute(
            f"SELECT {columns} FROM supervision_sessions s WHERE {where} ORDER BY {order}", params
        ).fetchall()
        return [SupervisionSession(**_header_fields(r)) for r in rows]

    def last_held(self, before: SupervisionSession | None = None) -> SupervisionSession | None:
        """The most recent held session (before ``before``, if given)."""
        sql = "SELECT id FROM supervision_sessions WHERE status = 'held'"
        params: tuple[object, ...] = ()
        if before is not None and before.id is not None:
            sql += " AND (held_on < ? OR (held_on = ? AND id < ?))"
            params = (before.held_on.isoformat(), before.held_on.isoformat(), before.id)
        elif before is not None:
            sql += " AND held_on <= ?"
            params = (before.held_on.isoformat(),)
        row = self._conn.execute(sql + " ORDER BY held_on DESC, id DESC LIMIT 1", params).fetchone()
        return self.get(row[0]) if row else None

    def reflections_since_last(
        self, session: SupervisionSession | None = None, flt: EntryFilter | None = None, *, limit: int = 500
    ) -> list[EntrySummary]:
        """Reflections a preparation starts from: those since the last held
        session, less any already discussed there. ``flt`` narrows further."""
        last = self.last_held(before=session)
        base = flt or EntryFilter()
        if last is not None:
            start = max(last.held_on, base.date_from) if base.date_from else last.held_on
            base = EntryFilter(tag=base.tag, kind=base.kind, date_from=start, date_to=base.date_to)
        entries = self._journal.entries.list_entries(base, limit=limit)
        if last is None:
            return entries
        discussed = set(last.entry_ids)
        return [e for e in entries if e.id not in discussed]

    def sessions_for_entry(self, entry_id: int) -> list[SupervisionSession]:
        """The sessions that discussed an entry, newest first."""
        return self._headers(
            "s.id IN (SELECT session_id FROM session_entries WHERE entry_id = ?)",
            (entry_id,),
            "s.held_on DESC, s.id DESC",
        )

    def carried_forward(self, session: SupervisionSession) -> list[Action]:
        """Actions still open from sessions before this one, oldest due first."""
        if session.id is None:
            where = "status = 'open' AND session_id IN (SELECT id FROM supervision_sessions WHERE held_on <= ?)"
            params: tuple[object, ...] = (session.held_on.isoformat(),)
        else:
            where = (
                "status = 'open' AND session_id IN (SELECT id FROM supervision_sessions"
                " WHERE held_on < ? OR (held_on = ? AND id < ?))"
            )
            params = (session.held_on.isoformat(), session.held_on.isoformat(), session.id)
        return self._actions(where + " ORDER BY due_on IS NULL, due_on, id", params)

    def open_actions(self) -> list[Action]:
        """Every open action, soonest due first; undated ones last."""
        return self._actions("status = 'open' ORDER BY due_on IS NULL, due_on, id", ())

    def wellbeing_of(self, entry_ids: list[int]) -> list[tuple[dt.date, Wellbeing]]:
        """The wellbeing check-ins of the given entries, oldest first."""
        if not entry_ids:
            return []
        marks = ",".join("?" * len(entry_ids))
        rows = self._conn.execute(
            f"SELECT happened_on, wellbeing_score, wellbeing_words FROM entries WHERE id IN ({marks})"
            " AND wellbeing_score IS NOT NULL ORDER BY happened_on, id",
            list(entry_ids),
        ).fetchall()
        return [(dt.date.fromisoformat(r[0]), Wellbeing(r[1], r[2])) for r in rows]

    def search(self, text: str, *, limit: int = 50) -> list[SupervisionSession]:
        query = to_fts_query(text, frozenset({"title", "body"}))  # no tags: "tag:x" finds no session
        if query is None:
            return []
        ids = [
            r[0]
            for r in self._conn.execute(
                "SELECT rowid FROM supervision_fts WHERE supervision_fts MATCH ? ORDER BY rank LIMIT ?", (query, limit)
            )
        ]
        if not ids:
            return []
        headers = {s.id: s for s in self._headers(f"s.id IN ({','.join('?' * len(ids))})", tuple(ids), "s.id")}
        return [headers[i] for i in ids if i in headers]

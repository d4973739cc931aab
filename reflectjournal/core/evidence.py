"""Evidence against professional frameworks (issue 13, items 5 and 6).

An entry, a CPD record or a supervision agenda item can be linked to the
items of a framework (core.frameworks) it evidences. A link names the item
by its text id ("kss-cf:3"), checked for form only, so a framework version
that drops an item never drops the link: the item is then shown as "no
longer in this framework" (its title is None) and kept. Links go with their
entry, record or session (schema 14's triggers and core.supervision).

The evidence map counts, for a framework and a period, the entries and
records linked to each item and the most recent, in SQL: one GROUP BY per
kind over the links' index, never a loop over entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .frameworks import Framework, available_frameworks, framework_by_id, split_item_id
from .timestamps import iso_utc

if TYPE_CHECKING:
    from .reflection_log import ReviewPeriod
    from .vault import Journal

KINDS = ("entry", "cpd", "agenda")
MAX_LINKS = 200  # items one entry, record or agenda item may be linked to


class EvidenceError(ValueError):
    """A link the store refuses (an unknown kind, an id of the wrong form)."""


def _parts(item: str) -> tuple[str, str]:
    parts = split_item_id(item)
    if parts is None:
        raise EvidenceError(f"{item!r} is not a framework item id such as 'kss-cf:3'")
    return parts


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise EvidenceError(f"{kind!r} is not one of {', '.join(KINDS)}")
    return kind


class EvidenceStore:
    def __init__(self, journal: Journal):
        self._journal = journal

    def links_of(self, kind: str, target_id: int) -> list[str]:
        """The items ``target_id`` is linked to, as "fid:iid", sorted."""
        rows = self._journal.conn.execute(
            "SELECT framework_id, item_id FROM evidence_links WHERE kind = ? AND target_id = ?"
            " ORDER BY framework_id, item_id",
            (_kind(kind), target_id),
        )
        return [f"{fid}:{iid}" for fid, iid in rows]

    def set_links(self, kind: str, target_id: int, items: Sequence[str]) -> None:
        """Link ``target_id`` to exactly ``items`` (adding and removing)."""
        wanted = {_parts(item) for item in items}
        if len(wanted) > MAX_LINKS:
            raise EvidenceError(f"at most {MAX_LINKS} framework items can be linked to one piece of evidence")
        now = iso_utc(self._journal.clock())
        with self._journal.write() as conn:
            have = {
                (fid, iid)
                for fid, iid in conn.execute(
                    "SELECT framework_id, item_id FROM evidence_links WHERE kind = ? AND target_id = ?",
                    (_kind(kind), target_id),
                )
            }
            conn.executemany(
                "DELETE FROM evidence_links WHERE kind = ? AND target_id = ? AND framework_id = ? AND item_id = ?",
                [(kind, target_id, fid, iid) for fid, iid in sorted(have - wanted)],
            )
            conn.executemany(
                "INSERT INTO evidence_links(kind, target_id, framework_id, item_id, added_at) VALUES (?, ?, ?, ?, ?)",
                [(kind, target_id, fid, iid, now) for fid, iid in sorted(wanted - have)],
            )

    def links_for(self, kind: str, target_ids: Sequence[int], framework_id: str | None = None) -> dict[int, list[str]]:
        """For each of ``target_ids`` that has links (of ``framework_id``
        only, when given), its items as "fid:iid", sorted."""
        out: dict[int, list[str]] = {}
        ids = list(dict.fromkeys(target_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = (
                f"SELECT target_id, framework_id, item_id FROM evidence_links WHERE kind = ? AND target_id IN ({marks})"
            )
            params: list[object] = [_kind(kind), *chunk]
            if framework_id is not None:
                sql += " AND framework_id = ?"
                params.append(framework_id)
            for target, fid, iid in self._journal.conn.execute(sql + " ORDER BY framework_id, item_id", params):
                out.setdefault(target, []).append(f"{fid}:{iid}")
        return out

    def targets_of(self, item: str, kind: str | None = None) -> list[tuple[str, int]]:
        """What is linked to ``item``: (kind, id), entries and records newest
        first by their date, live entries only."""
        fid, iid = _parts(item)
        kinds = [_kind(kind)] if kind else list(KINDS)
        out: list[tuple[str, int]] = []
        conn = self._journal.conn
        if "entry" in kinds:
            out += [
                ("entry", row[0])
                for row in conn.execute(
                    "SELECT e.id FROM evidence_links l JOIN entries e ON e.id = l.target_id"
                    " WHERE l.framework_id = ? AND l.kind = 'entry' AND l.item_id = ? AND e.deleted_at IS NULL"
                    " ORDER BY e.happened_on DESC, e.id DESC",
                    (fid, iid),
                )
            ]
        if "cpd" in kinds:
            out += [
                ("cpd", row[0])
                for row in conn.execute(
                    "SELECT r.id FROM evidence_links l JOIN cpd_records r ON r.id = l.target_id"
                    " WHERE l.framework_id = ? AND l.kind = 'cpd' AND l.item_id = ?"
                    " ORDER BY r.started_on DESC, r.id DESC",
                    (fid, iid),
                )
            ]
        if "agenda" in kinds:
            out += [
                ("agenda", row[0])
                for row in conn.execute(
                    "SELECT a.id FROM evidence_links l JOIN agenda_items a ON a.id = l.target_id"
                    " JOIN supervision_sessions s ON s.id = a.session_id"
                    " WHERE l.framework_id = ? AND l.kind = 'agenda' AND l.item_id = ?"
                    " ORDER BY s.held_on DESC, a.id DESC",
                    (fid, iid),
                )
            ]
        return out


def suggested_items(journal: Journal, entry_id: int) -> list[str]:
    """The framework items the prompts an entry was written from say they
    serve ("serves" in the pack), that the entry is not yet linked to."""
    from .packs import find_prompt

    entry = journal.entries.get(entry_id)
    if not entry.prompt_ids:
        return []
    linked = set(EvidenceStore(journal).links_of("entry", entry_id))
    out: list[str] = []
    packs = journal.packs.available(include_disabled=True)
    for full_id in entry.prompt_ids:
        prompt = find_prompt(packs, full_id)
        if prompt is None:
            continue
        out += [item for item in prompt.serves if item not in linked and item not in out]
    return out


@dataclass(frozen=True)
class MapRow:
    item: str  # "fid:iid"
    title: str | None  # None: no longer in this framework
    entries: int
    records: int
    latest: dt.date | None  # the most recent entry or record
    sessions: int = 0  # supervision agenda items

    @property
    def total(self) -> int:
        return self.entries + self.records + self.sessions


_COUNTS = {
    # The entries of the period come from the list's covering index (never
    # the wide, encrypted rows), then each one's links by their key: at
    # 100,000 entries, 104 ms for 12 months through the rows, 10 ms so
    # (benchmarks/portfolio_bench.py).
    "entry": (
        "SELECT l.item_id, count(*), max(e.happened_on) FROM entries e INDEXED BY entries_list"
        " CROSS JOIN evidence_links l ON l.kind = 'entry' AND l.target_id = e.id AND l.framework_id = ?"
        " WHERE e.deleted_at IS NULL AND e.happened_on >= ? AND e.happened_on <= ? GROUP BY l.item_id"
    ),
    "cpd": (
        "SELECT l.item_id, count(*), max(r.started_on) FROM evidence_links l JOIN cpd_records r ON r.id = l.target_id"
        " WHERE l.framework_id = ? AND l.kind = 'cpd'"
        " AND r.started_on >= ? AND r.started_on <= ? GROUP BY l.item_id"
    ),
    "agenda": (
        "SELECT l.item_id, count(*), max(s.held_on) FROM evidence_links l JOIN agenda_items a ON a.id = l.target_id"
        " JOIN supervision_sessions s ON s.id = a.session_id"
        " WHERE l.framework_id = ? AND l.kind = 'agenda'"
        " AND s.held_on >= ? AND s.held_on <= ? GROUP BY l.item_id"
    ),
}


def _framework(journal: Journal, framework_id: str) -> Framework | None:
    return framework_by_id(framework_id, available_frameworks(journal))


def evidence_map(
    journal: Journal, framework_id: str, first: dt.date | None = None, last: dt.date | None = None
) -> list[MapRow]:
    """Every item of the framework in its order (none linked: zeros), then
    the items linked but no longer in it (title None). ``first`` and
    ``last`` bound the evidence's dates, both included."""
    low = first.isoformat() if first else "0000-01-01"
    high = last.isoformat() if last else "9999-12-31"
    counts: dict[str, dict[str, tuple[int, str]]] = {}
    for kind, sql in _COUNTS.items():
        for iid, count, latest in journal.conn.execute(sql, (framework_id, low, high)):
            counts.setdefault(iid, {})[kind] = (count, latest)
    framework = _framework(journal, framework_id)
    known = [item.id for item in framework.items] if framework else []
    titles = {item.id: item.title for item in framework.items} if framework else {}
    rows = []
    for iid in [*known, *sorted(set(counts) - set(known))]:
        by_kind = counts.get(iid, {})
        dates = [latest for _, latest in by_kind.values() if latest]
        rows.append(
            MapRow(
                f"{framework_id}:{iid}",
                titles.get(iid),
                by_kind.get("entry", (0, ""))[0],
                by_kind.get("cpd", (0, ""))[0],
                dt.date.fromisoformat(max(dates)) if dates else None,
                by_kind.get("agenda", (0, ""))[0],
            )
        )
    return rows


def evidence_map_by_period(
    journal: Journal, framework_id: str, start: dt.date
) -> list[tuple[ReviewPeriod, list[MapRow]]]:
    """The map for each review period of a first year that began on ``start``."""
    from .reflection_log import review_periods

    return [(period, evidence_map(journal, framework_id, period.start, period.end)) for period in review_periods(start)]

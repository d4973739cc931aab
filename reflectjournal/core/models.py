"""Plain data classes for the journal's domain. No storage, no Qt."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .answers import PromptRecord

# The kinds of entry a practitioner starts with, in the order the editor lists
# them ("Other" last). The journal stores them in a table so that the list can
# grow: FIRST_KINDS were seeded by the first migration, the rest by the sixth.
BUILTIN_KINDS: tuple[tuple[str, str], ...] = (
    ("home_visit", "Home visit"),
    ("core_group", "Core group"),
    ("cp_conference", "Child protection conference"),
    ("strategy_discussion", "Strategy discussion"),
    ("cin_meeting", "Child in need meeting"),
    ("cla_review", "Child looked after review"),
    ("family_group_conference", "Family group conference"),
    ("professionals_meeting", "Professionals' meeting"),
    ("court", "Court"),
    ("supervision", "Supervision"),
    ("observation", "Observation"),
    ("joint_visit", "Joint visit"),
    ("direct_work", "Direct work"),
    ("phone_call", "Phone call"),
    ("team_meeting", "Team meeting"),
    ("training", "Training"),
    ("other", "Other"),
)
DEFAULT_KIND = "other"
# The kinds of the first release (schema migration 1 seeds exactly these).
FIRST_KINDS: tuple[str, ...] = (
    "home_visit", "core_group", "cp_conference", "court", "supervision", "observation",
    "joint_visit", "direct_work", "phone_call", "team_meeting", "training", "other",
)  # fmt: skip

MAX_TITLE_LENGTH = 300
MAX_TAG_LENGTH = 60
MAX_TAGS = 40


@dataclass(frozen=True)
class Kind:
    """A kind of entry (home visit, core group, ...): its key, the label shown,
    and whether it comes with the app."""

    key: str
    label: str
    builtin: bool = True


def kind_token(text: str) -> str:
    """A kind's key or label as typed or exported, for matching: any case,
    spaces, hyphens and underscores alike ("Case_note" and "case note")."""
    return re.sub(r"[\s_-]+", " ", text.strip()).casefold()


@dataclass(frozen=True)
class Wellbeing:
    """A short check-in on how the practitioner is: 1 (struggling) to 5 (well)."""

    score: int
    words: str = ""


@dataclass
class Entry:
    """One reflection.

    ``happened_on`` and ``happened_at`` are when the event took place, as the
    practitioner gives them (local wall time, back-dating allowed).
    ``created_at`` and ``updated_at`` are kept apart, in UTC.
    """

    title: str = ""
    body: str = ""
    kind: str = DEFAULT_KIND
    happened_on: dt.date = field(default_factory=dt.date.today)
    happened_at: dt.time | None = None
    tags: list[str] = field(default_factory=list)
    child_in_mind: str = ""
    wellbeing: Wellbeing | None = None
    prompt_ids: list[str] = field(default_factory=list)
    # The prompts used, with their questions as inserted (core.answers).
    prompt_records: list[PromptRecord] = field(default_factory=list)
    id: int | None = None
    uid: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class EntrySummary:
    """The narrow row the entry list shows."""

    id: int
    title: str
    kind: str
    happened_on: dt.date
    happened_at: dt.time | None
    tags: tuple[str, ...]
    in_trash: bool = False


@dataclass(frozen=True)
class EntryFilter:
    """Filters shared by listing and searching. ``None`` means no filter."""

    tag: str | None = None
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    trash: bool = False  # False: live entries only; True: the trash only

    def matches(self, entry: Entry | EntrySummary) -> bool:
        """Whether the filter lets ``entry`` through, as the store's queries
        would (tags compared without case)."""
        tag = " ".join((self.tag or "").strip().lstrip("#").split()).casefold()
        return (
            entry.in_trash == self.trash
            and (not self.kind or entry.kind == self.kind)
            and (self.date_from is None or entry.happened_on >= self.date_from)
            and (self.date_to is None or entry.happened_on <= self.date_to)
            and (not tag or tag in {" ".join(t.split()).casefold() for t in entry.tags})
        )


@dataclass(frozen=True)
class SearchHit:
    """One ranked search result.

    ``snippet`` holds the matching words between ``HIGHLIGHT_START`` and
    ``HIGHLIGHT_END`` markers; use :func:`snippet_segments` to split it.
    """

    entry: EntrySummary
    snippet: str
    score: float


HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


def snippet_segments(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, highlighted) pieces."""
    out: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        start = rest.find(HIGHLIGHT_START)
        if start < 0:
            out.append((rest, False))
            break
        if start:
            out.append((rest[:start], False))
        end = rest.find(HIGHLIGHT_END, start + 1)
        if end < 0:
            out.append((rest[start + 1 :], True))
            break
        out.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return [(text, hl) for text, hl in out if text]


# -- supervision -----------------------------------------------------------

SUPERVISION_ROLES: tuple[tuple[str, str], ...] = (
    ("line_manager", "Line manager"),
    ("professional_educator", "Professional educator"),
    ("practice_supervisor", "Practice supervisor"),
    ("peer_group", "Peer group"),
)
SUPERVISION_TYPES: tuple[tuple[str, str], ...] = (
    ("formal", "Formal supervision"),
    ("reflective", "Reflective session"),
    ("three_way", "Three-way meeting with manager and educator"),
    ("group", "Group supervision"),
    ("observation_feedback", "Feedback after an observation"),
)
# The four functions of supervision (Morrison, 2005).
SUPERVISION_FUNCTIONS: tuple[tuple[str, str], ...] = (
    ("management", "Management"),
    ("development", "Development"),
    ("support", "Support"),
    ("mediation", "Mediation"),
)
SESSION_PREPARING = "preparing"
SESSION_HELD = "held"
ACTION_OPEN = "open"
ACTION_DONE = "done"
ACTION_DROPPED = "dropped"


@dataclass
class AgendaItem:
    """One item of a supervision agenda, under one of the four functions, with
    the reflections linked to it."""

    function: str
    text: str
    entry_ids: list[int] = field(default_factory=list)
    id: int | None = None
    # Linked reflections whose text the record includes (a subset of
    # entry_ids); the others show their title and date only.
    text_entry_ids: list[int] = field(default_factory=list)


@dataclass
class Action:
    """An action agreed in supervision: what, who, by when, and its status."""

    what: str
    who: str = ""
    due_on: dt.date | None = None
    status: str = ACTION_OPEN
    closed_on: dt.date | None = None
    id: int | None = None
    session_id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.status == ACTION_OPEN

    def is_overdue(self, today: dt.date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today


@dataclass
class SupervisionSession:
    """One supervision session: its preparation, and what happened at it."""

    held_on: dt.date = field(default_factory=dt.date.today)
    with_role: str = "line_manager"
    with_name: str = ""
    session_type: str = "formal"
    status: str = SESSION_PREPARING
    agenda: list[AgendaItem] = field(default_factory=list)
    questions: str = ""
    decisions: str = ""
    went_well: str = ""
    learning_needs: str = ""
    affecting_me: str = ""
    discussion: str = ""
    entry_ids: list[int] = field(default_factory=list)  # linked reflections
    actions: list[Action] = field(default_factory=list)  # agreed at this session
    place: str = ""  # where it is held ("Team room", "Online")
    next_on: dt.date | None = None  # the next meeting, once agreed
    id: int | None = None
    uid: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

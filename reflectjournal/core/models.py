"""The journal's domain types. No storage, no Qt.

They are records (:mod:`.records`), not dataclasses: every command loads
them, and dataclasses would add ~12 ms to each (issue 19).
"""

from __future__ import annotations

import datetime as dt
import re

from .records import FrozenRecord, Record

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
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


class Kind(FrozenRecord):
    """A kind of entry (home visit, core group, ...): its key, the label shown,
    and whether it comes with the app."""

    __slots__ = ("key", "label", "builtin")
    key: str
    label: str
    builtin: bool

    def __init__(self, key: str, label: str, builtin: bool = True) -> None:
        self._set(key=key, label=label, builtin=builtin)


def kind_token(text: str) -> str:
    """A kind's key or label as typed or exported, for matching: any case,
    spaces, hyphens and underscores alike ("Case_note" and "case note")."""
    return re.sub(r"[\s_-]+", " ", text.strip()).casefold()


class Wellbeing(FrozenRecord):
    """A short check-in on how the practitioner is: 1 (struggling) to 5 (well)."""

    __slots__ = ("score", "words")
    score: int
    words: str

    def __init__(self, score: int, words: str = "") -> None:
        self._set(score=score, words=words)


class Entry(Record):
    """One reflection.

    ``happened_on`` and ``happened_at`` are when the event took place, as the
    practitioner gives them (local wall time, back-dating allowed; today if
    not given). ``created_at`` and ``updated_at`` are kept apart, in UTC.
    ``prompt_records`` are the prompts used, with their questions as
    inserted (core.answers).
    """

    __slots__ = (
        "title", "body", "kind", "happened_on", "happened_at", "tags", "child_in_mind", "wellbeing",
        "prompt_ids", "prompt_records", "id", "uid", "created_at", "updated_at", "deleted_at",
    )  # fmt: skip
    title: str
    body: str
    kind: str
    happened_on: dt.date
    happened_at: dt.time | None
    tags: list[str]
    child_in_mind: str
    wellbeing: Wellbeing | None
    prompt_ids: list[str]
    prompt_records: list[PromptRecord]
    id: int | None
    uid: str
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    deleted_at: dt.datetime | None

    def __init__(
        self,
        title: str = "",
        body: str = "",
        kind: str = DEFAULT_KIND,
        happened_on: dt.date | None = None,
        happened_at: dt.time | None = None,
        tags: list[str] | None = None,
        child_in_mind: str = "",
        wellbeing: Wellbeing | None = None,
        prompt_ids: list[str] | None = None,
        prompt_records: list[PromptRecord] | None = None,
        id: int | None = None,  # noqa: A002 (the field's name)
        uid: str = "",
        created_at: dt.datetime | None = None,
        updated_at: dt.datetime | None = None,
        deleted_at: dt.datetime | None = None,
    ) -> None:
        self.title = title
        self.body = body
        self.kind = kind
        self.happened_on = dt.date.today() if happened_on is None else happened_on
        self.happened_at = happened_at
        self.tags = [] if tags is None else tags
        self.child_in_mind = child_in_mind
        self.wellbeing = wellbeing
        self.prompt_ids = [] if prompt_ids is None else prompt_ids
        self.prompt_records = [] if prompt_records is None else prompt_records
        self.id = id
        self.uid = uid
        self.created_at = created_at
        self.updated_at = updated_at
        self.deleted_at = deleted_at

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


class EntrySummary(FrozenRecord):
    """The narrow row the entry list shows."""

    __slots__ = ("id", "title", "kind", "happened_on", "happened_at", "tags", "in_trash")
    id: int
    title: str
    kind: str
    happened_on: dt.date
    happened_at: dt.time | None
    tags: tuple[str, ...]
    in_trash: bool

    def __init__(
        self,
        id: int,  # noqa: A002 (the field's name)
        title: str,
        kind: str,
        happened_on: dt.date,
        happened_at: dt.time | None,
        tags: tuple[str, ...],
        in_trash: bool = False,
    ) -> None:
        self._set(
            id=id,
            title=title,
            kind=kind,
            happened_on=happened_on,
            happened_at=happened_at,
            tags=tags,
            in_trash=in_trash,
        )


class EntryFilter(FrozenRecord):
    """Filters shared by listing and searching. ``None`` means no filter;
    ``trash`` False means live entries only, True the trash only."""

    __slots__ = ("tag", "kind", "date_from", "date_to", "trash")
    tag: str | None
    kind: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    trash: bool

    def __init__(
        self,
        tag: str | None = None,
        kind: str | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        trash: bool = False,
    ) -> None:
        self._set(tag=tag, kind=kind, date_from=date_from, date_to=date_to, trash=trash)

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


class SearchHit(FrozenRecord):
    """One ranked search result.

    ``snippet`` holds the matching words between ``HIGHLIGHT_START`` and
    ``HIGHLIGHT_END`` markers; use :func:`snippet_segments` to split it.
    """

    __slots__ = ("entry", "snippet", "score")
    entry: EntrySummary
    snippet: str
    score: float

    def __init__(self, entry: EntrySummary, snippet: str, score: float) -> None:
        self._set(entry=entry, snippet=snippet, score=score)


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


class AgendaItem(Record):
    """One item of a supervision agenda, under one of the four functions, with
    the reflections linked to it. ``text_entry_ids`` are the linked
    reflections whose text the record includes (a subset of ``entry_ids``);
    the others show their title and date only."""

    __slots__ = ("function", "text", "entry_ids", "id", "text_entry_ids")
    function: str
    text: str
    entry_ids: list[int]
    id: int | None
    text_entry_ids: list[int]

    def __init__(
        self,
        function: str,
        text: str,
        entry_ids: list[int] | None = None,
        id: int | None = None,  # noqa: A002 (the field's name)
        text_entry_ids: list[int] | None = None,
    ) -> None:
        self.function = function
        self.text = text
        self.entry_ids = [] if entry_ids is None else entry_ids
        self.id = id
        self.text_entry_ids = [] if text_entry_ids is None else text_entry_ids


class Action(Record):
    """An action agreed in supervision: what, who, by when, and its status."""

    __slots__ = ("what", "who", "due_on", "status", "closed_on", "id", "session_id")
    what: str
    who: str
    due_on: dt.date | None
    status: str
    closed_on: dt.date | None
    id: int | None
    session_id: int | None

    def __init__(
        self,
        what: str,
        who: str = "",
        due_on: dt.date | None = None,
        status: str = ACTION_OPEN,
        closed_on: dt.date | None = None,
        id: int | None = None,  # noqa: A002 (the field's name)
        session_id: int | None = None,
    ) -> None:
        self.what = what
        self.who = who
        self.due_on = due_on
        self.status = status
        self.closed_on = closed_on
        self.id = id
        self.session_id = session_id

    @property
    def is_open(self) -> bool:
        return self.status == ACTION_OPEN

    def is_overdue(self, today: dt.date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today


class SupervisionSession(Record):
    """One supervision session: its preparation, and what happened at it.

    ``held_on`` is today if not given; ``entry_ids`` are the linked
    reflections, ``actions`` those agreed at this session, ``place`` where it
    is held ("Team room", "Online"), ``next_on`` the next meeting, once agreed.
    """

    __slots__ = (
        "held_on", "with_role", "with_name", "session_type", "status", "agenda", "questions", "decisions",
        "went_well", "learning_needs", "affecting_me", "discussion", "entry_ids", "actions", "place", "next_on",
        "id", "uid", "created_at", "updated_at",
    )  # fmt: skip
    held_on: dt.date
    with_role: str
    with_name: str
    session_type: str
    status: str
    agenda: list[AgendaItem]
    questions: str
    decisions: str
    went_well: str
    learning_needs: str
    affecting_me: str
    discussion: str
    entry_ids: list[int]
    actions: list[Action]
    place: str
    next_on: dt.date | None
    id: int | None
    uid: str
    created_at: dt.datetime | None
    updated_at: dt.datetime | None

    def __init__(
        self,
        held_on: dt.date | None = None,
        with_role: str = "line_manager",
        with_name: str = "",
        session_type: str = "formal",
        status: str = SESSION_PREPARING,
        agenda: list[AgendaItem] | None = None,
        questions: str = "",
        decisions: str = "",
        went_well: str = "",
        learning_needs: str = "",
        affecting_me: str = "",
        discussion: str = "",
        entry_ids: list[int] | None = None,
        actions: list[Action] | None = None,
        place: str = "",
        next_on: dt.date | None = None,
        id: int | None = None,  # noqa: A002 (the field's name)
        uid: str = "",
        created_at: dt.datetime | None = None,
        updated_at: dt.datetime | None = None,
    ) -> None:
        self.held_on = dt.date.today() if held_on is None else held_on
        self.with_role = with_role
        self.with_name = with_name
        self.session_type = session_type
        self.status = status
        self.agenda = [] if agenda is None else agenda
        self.questions = questions
        self.decisions = decisions
        self.went_well = went_well
        self.learning_needs = learning_needs
        self.affecting_me = affecting_me
        self.discussion = discussion
        self.entry_ids = [] if entry_ids is None else entry_ids
        self.actions = [] if actions is None else actions
        self.place = place
        self.next_on = next_on
        self.id = id
        self.uid = uid
        self.created_at = created_at
        self.updated_at = updated_at

"""Prompts answered inside an entry: the stored prompt record, the question
blocks in the body, and the writer's own words. No storage, no Qt.

Design
------
An entry keeps ONE Markdown body. Inserting a prompt writes each of its
questions as a *question block*, a quote line holding the question in bold,
followed by a blank line and the line where the answer goes::

    > **What did you notice?**

    The writer's answer, as many paragraphs as they like.

    > **What will you do next?**

    ...

The entry also stores a :class:`PromptRecord` for each prompt used: the pack
id, the prompt id, the prompt's title and the exact questions as inserted
(schema v5, columns of ``entry_prompts``). A line is a question block only if
it is in the question form AND its text is one of the recorded questions,
so a quote the writer types in bold is never mistaken for one, and a pack
changed or removed later cannot change what an old entry means.

With the records, :func:`split_answers` gives (question, answer) pairs for
exports and supervision, and :func:`writer_text` the body without the
questions, for counting the writer's words. Entries written before this
(questions as ``## `` headings, ids only in ``prompt_ids``) have no records:
they read, count and export exactly as before.

Plain Markdown renders the form as a quoted bold question with the answer
beneath; the blank line keeps the answer out of the quote (CommonMark would
otherwise continue the quote "lazily"), and :func:`separate_questions` puts
it back before rendering if the writer removed it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .records import FrozenRecord

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from .models import Entry

# ASCII punctuation that could change how the bold question renders (and
# only that: every escape shows as a backslash in the editor). The question
# is escaped inside the block and unescaped when read back. As strings: re
# compiles and caches each at its first use, not at every start (issue 19).
_ESCAPE = r"([\\`*_\[\]<>~])"
_UNESCAPE = r"\\([!-/:-@\[-`{-~])"
_QUESTION_LINE = r"^> \*\*(.+?)\*\*[ \t]*$"


class PromptRecord(FrozenRecord):
    """Which prompt an entry used, kept with the entry as it was inserted."""

    __slots__ = ("pack_id", "prompt_id", "title", "questions")
    pack_id: str
    prompt_id: str
    title: str
    questions: tuple[str, ...]

    def __init__(self, pack_id: str, prompt_id: str, title: str, questions: tuple[str, ...]) -> None:
        self._set(pack_id=pack_id, prompt_id=prompt_id, title=title, questions=questions)

    @property
    def full_id(self) -> str:
        """``<pack id>/<prompt id>``, as stored in ``Entry.prompt_ids``."""
        return f"{self.pack_id}/{self.prompt_id}" if self.pack_id else self.prompt_id

    def questions_json(self) -> str:
        import json  # here, not at the top: ~1.5 ms that `list` and `search` never need (issue 19)

        return json.dumps(list(self.questions), ensure_ascii=False)

    @classmethod
    def from_row(cls, full_id: str, pack_id: str, title: str, questions_json: str) -> PromptRecord | None:
        """A record from an ``entry_prompts`` row; None for a row written
        before records were kept (no questions)."""
        import json

        try:
            loaded = json.loads(questions_json or "[]")
        except ValueError:
            return None
        questions = tuple(q for q in loaded if isinstance(q, str)) if isinstance(loaded, list) else ()
        if not questions:
            return None
        prefix = f"{pack_id}/"
        prompt_id = full_id[len(prefix) :] if pack_id and full_id.startswith(prefix) else full_id
        return cls(pack_id, prompt_id, title, questions)


class Answer(FrozenRecord):
    """One question with the writer's answer under it. ``question`` is None
    for what comes before the first question (or a body without any)."""

    __slots__ = ("question", "text", "prompt_title")
    question: str | None
    text: str
    prompt_title: str

    def __init__(self, question: str | None, text: str, prompt_title: str = "") -> None:
        self._set(question=question, text=text, prompt_title=prompt_title)


def clean_question(question: str) -> str:
    """A question as one line, spaces collapsed (what the block holds)."""
    return " ".join(question.split())


def question_line(question: str) -> str:
    """The Markdown line of a question block."""
    return "> **" + re.sub(_ESCAPE, r"\\\1", clean_question(question)) + "**"


def question_of_line(line: str) -> str | None:
    """The question a line holds if it has the question-block form, else None.
    (Whether it is one of the entry's questions is for the caller.)"""
    match = re.match(_QUESTION_LINE, line)
    return re.sub(_UNESCAPE, r"\1", match.group(1)) if match else None


def questions_markdown(questions: Iterable[str]) -> str:
    """Question blocks, each with an empty answer line after a blank one.

    Positions: the answer to question ``i`` is the line two below it."""
    return "\n\n".join(question_line(q) + "\n\n" for q in questions if clean_question(q))


def known_questions(records: Iterable[PromptRecord]) -> frozenset[str]:
    return frozenset(clean_question(q) for record in records for q in record.questions)


def is_question_line(line: str, questions: frozenset[str]) -> bool:
    """True if ``line`` is a question block of one of ``questions``."""
    if not questions:
        return False
    text = question_of_line(line)
    return text is not None and clean_question(text) in questions


def split_answers(body: str, records: Sequence[PromptRecord]) -> list[Answer]:
    """The body as (question, answer) pairs, in order. Text before the first
    question (if any) comes first with ``question=None``; answers are
    stripped of surrounding blank lines. Without records: one Answer."""
    titles = {clean_question(q): r.title for r in records for q in r.questions}
    questions = frozenset(titles)
    out: list[Answer] = []
    current: str | None = None
    lines: list[str] = []

    def flush() -> None:
        text = "\n".join(lines).strip("\n")
        if current is not None or text.strip():
            out.append(Answer(current, text, titles.get(current, "") if current else ""))

    for line in (body or "").split("\n"):
        if is_question_line(line, questions):
            flush()
            current = clean_question(question_of_line(line) or "")
            lines = []
        else:
            lines.append(line)
    flush()
    return out


def writer_text(body: str, records: Sequence[PromptRecord]) -> str:
    """The body without its question blocks: the writer's own words."""
    questions = known_questions(records)
    if not questions:
        return body
    return "\n".join(line for line in (body or "").split("\n") if not is_question_line(line, questions))


def separate_questions(body: str, records: Sequence[PromptRecord]) -> str:
    """The body with a blank line after every question block that lacks one,
    so that Markdown never draws the answer inside the question's quote."""
    questions = known_questions(records)
    if not questions:
        return body
    lines = (body or "").split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if is_question_line(line, questions) and i + 1 < len(lines) and lines[i + 1].strip():
            out.append("")
    return "\n".join(out)


def answers_for_export(body: str, records: Sequence[PromptRecord]) -> list[dict[str, str]]:
    """The question-and-answer pairs as JSON-ready data (empty without
    records): what the JSON export and supervision show."""
    if not records:
        return []
    return [
        {"prompt": answer.prompt_title, "question": answer.question, "answer": answer.text}
        for answer in split_answers(body, records)
        if answer.question is not None
    ]


def answers_as_text(body: str, records: Sequence[PromptRecord]) -> str:
    """The body as plain text with each question named above its answer
    ("Question: …" / "Answer: …"), for supervision notes; without records,
    the body unchanged."""
    if not known_questions(records):
        return body
    parts = []
    for answer in split_answers(body, records):
        if answer.question is None:
            parts.append(answer.text.strip())
        else:
            parts.append(f"Question: {answer.question}\nAnswer: {answer.text.strip() or '(not answered)'}")
    return "\n\n".join(p for p in parts if p)


def reflection_as_text(entry: Entry) -> str:
    """A reflection as a reader outside the journal sees it (a supervisor,
    an assessor): the body with each question named above its answer, then
    the child kept in mind. Wellbeing is not part of it."""
    parts = [answers_as_text(entry.body, entry.prompt_records).strip()]
    if entry.child_in_mind.strip():
        parts.append("Keeping the child in mind: " + entry.child_in_mind.strip())
    return "\n\n".join(p for p in parts if p)


MAX_RECORDS = 100
MAX_QUESTIONS = 100
MAX_QUESTION_CHARS = 2000


def records_from_data(value: object) -> list[PromptRecord] | None:
    """Prompt records read back from an export (``prompt_questions`` in
    front matter, ``prompts`` in JSON: a list of {id, pack, title,
    questions}); None if the value is not understood."""
    import json

    if not isinstance(value, list) or len(value) > MAX_RECORDS:
        return None
    out: list[PromptRecord] = []
    for item in value:
        if not isinstance(item, dict):
            return None
        full_id, pack, title, questions = (item.get(k) for k in ("id", "pack", "title", "questions"))
        if not (isinstance(full_id, str) and 0 < len(full_id) <= 200 and isinstance(pack, str) and len(pack) <= 200):
            return None
        if not isinstance(title, str) or len(title) > 500 or not isinstance(questions, list):
            return None
        if not 0 < len(questions) <= MAX_QUESTIONS or not all(
            isinstance(q, str) and 0 < len(q) <= MAX_QUESTION_CHARS for q in questions
        ):
            return None
        record = PromptRecord.from_row(full_id, pack, title, json.dumps(questions, ensure_ascii=False))
        if record is None:
            return None
        out.append(record)
    return out

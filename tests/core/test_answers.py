"""Prompts answered in an entry: question blocks, the writer's words, the
stored prompt record and the exports that show question with answer."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from reflectjournal.core.answers import (
    PromptRecord,
    answers_as_text,
    answers_for_export,
    question_line,
    question_of_line,
    questions_markdown,
    separate_questions,
    split_answers,
    writer_text,
)
from reflectjournal.core.export import entry_to_markdown, export_journal
from reflectjournal.core.models import Entry
from reflectjournal.core.printable import build_printable_html
from reflectjournal.core.vault import Journal, KdfSettings
from tests.data.make_fixtures import FIXTURE_KDF_ITER, FIXTURE_PASSPHRASE

DATA = Path(__file__).parent.parent / "data"

RECORD = PromptRecord(
    pack_id="org.reflectjournal.builtin.after-a-home-visit",
    prompt_id="straight-after",
    title="Straight after the visit",
    questions=("What did you notice?", "What will you do *next*?"),
)


def answered_body() -> str:
    body = questions_markdown(RECORD.questions)
    lines = body.split("\n")
    lines[2] = "The flat was cold and quiet."
    lines[6] = "Ring the school."
    return "\n".join(lines)


def test_question_blocks_round_trip_their_text_even_with_markdown_characters():
    line = question_line("What will you do *next*?")
    assert line.startswith("> **") and line.endswith("**")
    assert question_of_line(line) == "What will you do *next*?"
    assert question_of_line("## What did you notice?") is None
    assert question_of_line("plain text") is None


def test_answers_sit_two_lines_under_each_question():
    lines = questions_markdown(["One?", "Two?"]).split("\n")
    assert question_of_line(lines[0]) == "One?"
    assert lines[1] == "" and lines[2] == ""
    assert question_of_line(lines[4]) == "Two?"
    assert len(lines) == 7


def test_split_answers_pairs_each_question_with_its_answer():
    body = "Before the prompt.\n\n" + answered_body()
    pairs = split_answers(body, [RECORD])
    assert [(p.question, p.text) for p in pairs] == [
        (None, "Before the prompt."),
        ("What did you notice?", "The flat was cold and quiet."),
        ("What will you do *next*?", "Ring the school."),
    ]
    assert pairs[1].prompt_title == "Straight after the visit"


def test_a_bold_quote_the_writer_typed_is_not_a_question():
    body = "> **My own quote**\n\nText"
    assert split_answers(body, [RECORD]) == split_answers(body, [])
    assert writer_text(body, [RECORD]) == body


def test_writer_text_leaves_out_only_the_questions():
    text = writer_text(answered_body(), [RECORD])
    assert "notice" not in text and "next" not in text
    assert "The flat was cold and quiet." in text and "Ring the school." in text


def test_old_heading_entries_are_left_as_they_are():
    body = "## What did you notice?\n\nCold flat.\n"
    assert writer_text(body, []) == body
    assert separate_questions(body, []) == body
    assert answers_as_text(body, []) == body
    assert answers_for_export(body, []) == []


def test_separate_questions_keeps_an_answer_out_of_the_quote():
    body = question_line("What did you notice?") + "\nTyped straight under."
    assert separate_questions(body, [RECORD]).split("\n")[1] == ""


def test_answers_as_text_names_question_and_answer():
    text = answers_as_text(answered_body(), [RECORD])
    assert "Question: What did you notice?\nAnswer: The flat was cold and quiet." in text


def test_record_round_trips_through_the_journal_and_exports(journal, tmp_path):
    saved = journal.entries.save(
        Entry(title="Visit", body=answered_body(), prompt_records=[RECORD], prompt_ids=[RECORD.full_id])
    )
    got = journal.entries.get(saved.id)
    assert got.prompt_records == [RECORD]
    assert got.prompt_ids == [RECORD.full_id]
    # A record alone also records the id.
    other = journal.entries.save(Entry(title="Other", prompt_records=[RECORD]))
    assert journal.entries.get(other.id).prompt_ids == [RECORD.full_id]

    markdown = entry_to_markdown(got)
    assert '"questions": ["What did you notice?", "What will you do *next*?"]' in markdown
    export_journal(journal, tmp_path / "out")
    data = json.loads((tmp_path / "out" / "entries.json").read_text())
    first = next(d for d in data if d["title"] == "Visit")
    assert first["answers"] == [
        {
            "prompt": "Straight after the visit",
            "question": "What did you notice?",
            "answer": "The flat was cold and quiet.",
        },
        {"prompt": "Straight after the visit", "question": "What will you do *next*?", "answer": "Ring the school."},
    ]
    assert first["prompts"][0]["title"] == "Straight after the visit"
    page, _count = build_printable_html(journal, generated=dt.date(2026, 12, 2))
    assert "Prompt: Straight after the visit" in page
    assert "<blockquote>\n<p><strong>What did you notice?</strong></p>\n</blockquote>\n<p>The flat was cold" in page


def test_an_old_heading_entry_exports_unchanged(journal):
    body = "## What did you notice?\n\nCold flat.\n"
    saved = journal.entries.save(Entry(title="Old", body=body, prompt_ids=["org.example/p1"]))
    got = journal.entries.get(saved.id)
    assert got.prompt_records == []
    markdown = entry_to_markdown(got)
    assert "## What did you notice?\n\nCold flat." in markdown
    assert "prompt_questions" not in markdown


def test_a_v4_journal_upgrades_and_keeps_its_prompt_ids(tmp_path):
    path = tmp_path / "j" / "journal-v4.rjournal"
    path.parent.mkdir(mode=0o700)
    shutil.copy(DATA / "journal-v4.rjournal", path)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=KdfSettings(FIXTURE_KDF_ITER)) as j:
        first = j.entries.get(1)
        assert first.prompt_ids == ["org.example/p1", "org.example/p2"]
        assert first.prompt_records == []
        first.prompt_records = [RECORD]
        j.entries.save(first)
        again = j.entries.get(1)
        assert again.prompt_records == [RECORD]
        assert again.prompt_ids == ["org.example/p1", "org.example/p2", RECORD.full_id]


def test_an_imported_export_keeps_its_prompt_records(journal, tmp_path):
    from reflectjournal.core.importers import import_source
    from tests.conftest import TEST_KDF, TEST_PASSPHRASE

    journal.entries.save(Entry(title="Visit", body=answered_body(), prompt_records=[RECORD]))
    export_journal(journal, tmp_path / "out")
    with Journal.create(tmp_path / "b.rjournal", TEST_PASSPHRASE, kdf=TEST_KDF) as target:
        report = import_source(target, tmp_path / "out", "markdown")
        assert report.imported == 1 and not report.not_carried
        got = target.entries.get(target.entries.ids()[0])
        assert got.prompt_records == [RECORD]
        assert got.body == answered_body()


def test_records_from_data_refuses_what_it_cannot_read():
    from reflectjournal.core.answers import records_from_data

    assert records_from_data("x") is None
    assert records_from_data([{"id": "a/b", "pack": "a", "title": "T", "questions": []}]) is None
    assert records_from_data([{"id": "a/b", "pack": "a", "title": "T", "questions": [3]}]) is None
    assert records_from_data([{"id": "a/b", "pack": "a", "title": "T", "questions": ["Q?"]}]) == [
        PromptRecord("a", "b", "T", ("Q?",))
    ]

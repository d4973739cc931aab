"""Export a journal to plain files: one Markdown file per entry and one JSON file.

The result is NOT encrypted; callers must say so to the person exporting.
Every file is written 0600 and a folder we create is 0700. Nothing is ever
overwritten: the target folder must be new or empty.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import fsutil
from .answers import answers_for_export
from .attachments import EXTENSIONS, Attachment
from .errors import ExportTargetNotAFolder, ExportTargetNotEmpty
from .models import Entry, EntryFilter

if TYPE_CHECKING:
    from .vault import Journal

JSON_FILE_NAME = "entries.json"
# Attachments go to this folder of the export, one file each (NOT encrypted).
ATTACHMENTS_FOLDER = "attachments"
SLUG_MAX_CHARS = 50
CHILD_IN_MIND_HEADING = "## Keeping the child in mind"

# Characters YAML does not allow raw inside a double-quoted scalar (C0 controls
# are escaped by json.dumps already): DEL, the C1 controls including NEL, the
# Unicode line and paragraph separators (line breaks to YAML 1.1), the byte
# order mark and the two BMP non-characters.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
_HEADING_LINE = re.compile(rf"^{re.escape(CHILD_IN_MIND_HEADING)} *$", re.MULTILINE)
_ESCAPED_HEADING_LINE = re.compile(rf"^{re.escape(CHILD_IN_MIND_HEADING)} +$", re.MULTILINE)


def yaml_string(value: Any) -> str:
    """A value as one line of JSON, which is also valid YAML (flow style).

    No title can break the front matter: newlines, quotes, colons and
    ``---`` all end up inside one double-quoted, escaped scalar.
    """
    text = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def prompt_records_data(entry: Entry) -> list[dict[str, Any]]:
    """The prompts the entry used, with the questions as inserted."""
    return [
        {"id": r.full_id, "pack": r.pack_id, "title": r.title, "questions": list(r.questions)}
        for r in entry.prompt_records
    ]


def attachment_file_name(attachment: Attachment) -> str:
    """The attachment's file in the export's attachments folder: its name made
    safe, the start of its id (unique within the export) and its type's extension."""
    stem = attachment.filename
    for ext in (*EXTENSIONS.values(), ".jpeg"):
        if stem.lower().endswith(ext):
            stem = stem[: -len(ext)]
            break
    return f"{slugify(stem)[:40]}-{attachment.uid[:8]}{EXTENSIONS[attachment.media_type]}"


def attachments_data(attachments: list[Attachment]) -> list[dict[str, Any]]:
    """What the JSON export and the front matter say of each attachment."""
    return [
        {
            "uid": a.uid,
            "name": a.filename,
            "media_type": a.media_type,
            "size": a.size,
            "file": f"{ATTACHMENTS_FOLDER}/{attachment_file_name(a)}",
        }
        for a in attachments
    ]


def _relative_references(text: str, attachments: list[Attachment]) -> str:
    """``attachment:UID`` of the entry's own attachments become the exported files' paths."""
    for a in attachments:
        text = text.replace(f"](attachment:{a.uid})", f"]({ATTACHMENTS_FOLDER}/{attachment_file_name(a)})")
    return text


def entry_to_dict(
    entry: Entry, kind_label: str | None = None, attachments: list[Attachment] | None = None
) -> dict[str, Any]:
    """A full entry as plain JSON-ready data (ISO dates, UTC timestamps).

    An entry that answered prompts (core.answers) also carries ``prompts``
    (each prompt with its questions) and ``answers`` (each question with the
    writer's answer beneath it); older entries have neither key."""
    data: dict[str, Any] = {
        "id": entry.id,
        "uid": entry.uid,
        "title": entry.title,
        "date": entry.happened_on.isoformat(),
        "time": entry.happened_at.strftime("%H:%M") if entry.happened_at else None,
        "kind": entry.kind,
        "kind_label": kind_label or entry.kind,
        "tags": list(entry.tags),
        "wellbeing": ({"score": entry.wellbeing.score, "words": entry.wellbeing.words} if entry.wellbeing else None),
        "body": entry.body,
        "child_in_mind": entry.child_in_mind,
        "prompt_ids": list(entry.prompt_ids),
        "created": _iso(entry.created_at),
        "updated": _iso(entry.updated_at),
        "deleted": _iso(entry.deleted_at),
    }
    if entry.prompt_records:
        data["prompts"] = prompt_records_data(entry)
        data["answers"] = answers_for_export(entry.body, entry.prompt_records)
    if attachments:
        # The body keeps its attachment:UID references; "file" is where each is in the export.
        data["attachments"] = attachments_data(attachments)
    return data


def slugify(title: str) -> str:
    """A short, file-name-safe form of a title; letters of any script kept."""
    text = unicodedata.normalize("NFKC", title or "").lower()
    # Letters, digits and combining marks (which belong to the letter before
    # them in many scripts) stay; any run of anything else becomes one '-'.
    kept = "".join(ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in text)
    text = "-".join(kept.split())[:SLUG_MAX_CHARS].strip("-")
    return text or "entry"


def markdown_file_name(entry: Entry) -> str:
    return f"{entry.happened_on.isoformat()}-{slugify(entry.title)}-{entry.id}.md"


def entry_to_markdown(entry: Entry, kind_label: str | None = None, attachments: list[Attachment] | None = None) -> str:
    """Front matter (one JSON value per key), a title heading, the body and
    the child-in-mind section when there is one. References to the entry's
    ``attachments`` point at their files in the export's attachments folder."""
    data = entry_to_dict(entry, kind_label)
    front = {
        "title": data["title"],
        "date": data["date"],
        "time": data["time"],
        "kind": data["kind"],
        "kind_label": data["kind_label"],
        "tags": data["tags"],
        "wellbeing": data["wellbeing"],
        "uid": data["uid"],
        "created": data["created"],
        "updated": data["updated"],
    }
    if entry.prompt_ids:
        front["prompts"] = list(entry.prompt_ids)
    if entry.prompt_records:
        front["prompt_questions"] = prompt_records_data(entry)
    attachments = attachments or []
    if attachments:
        front["attachments"] = [
            {k: v for k, v in item.items() if k != "size"} for item in attachments_data(attachments)
        ]
    lines = ["---"]
    lines += [f"{key}: {yaml_string(value)}" for key, value in front.items()]
    lines += ["---", ""]
    heading = " ".join((entry.title or "").split())
    if heading:
        lines += [f"# {heading}", ""]
    body = escape_heading_lines(_relative_references((entry.body or "").strip("\n"), attachments))
    if body:
        lines += [body, ""]
    child = (entry.child_in_mind or "").strip("\n")
    if child.strip():
        lines += [CHILD_IN_MIND_HEADING, "", escape_heading_lines(_relative_references(child, attachments)), ""]
    return "\n".join(lines)


def escape_heading_lines(text: str) -> str:
    """Give any line that reads as the child-in-mind heading one more trailing
    space, so that the real heading is the only exact match in the file and
    an import splits body from child-in-mind text where the export did. The
    space does not change how Markdown renders; the importer takes it off."""
    return _HEADING_LINE.sub(lambda m: m.group(0) + " ", text)


def unescape_heading_lines(text: str) -> str:
    """Undo :func:`escape_heading_lines`."""
    return _ESCAPED_HEADING_LINE.sub(lambda m: m.group(0)[:-1], text)


def _prepare_folder(out_dir: Path) -> Path:
    out_dir = Path(out_dir).absolute()
    if out_dir.exists():
        if not out_dir.is_dir():
            raise ExportTargetNotAFolder("The export path is a file, not a folder; choose a new folder.")
        if any(out_dir.iterdir()):
            raise ExportTargetNotEmpty("The export folder is not empty; choose a new or empty folder.")
    return fsutil.ensure_private_dir(out_dir)


def prepare_folder(out_dir: Path) -> Path:
    """The export folder, made 0700 if new; refuses one that is not empty."""
    return _prepare_folder(Path(out_dir))


def export_journal(
    journal: Journal,
    out_dir: Path | str,
    flt: EntryFilter | None = None,
    *,
    transform: Callable[[Entry], Entry] | None = None,
) -> int:
    """Write every entry matching ``flt`` (oldest first) to ``out_dir`` as
    Markdown files plus ``entries.json``; return how many were exported.
    Each entry's attachments are written to the ``attachments`` folder.

    Raises :class:`ExportTargetNotEmpty` or :class:`ExportTargetNotAFolder`
    before writing anything, and :class:`StorageFull` if the disk fills.
    """
    folder = _prepare_folder(Path(out_dir))
    labels = {kind.key: kind.label for kind in journal.entries.kinds()}
    with_attachments = journal.attachments.entry_ids_with_attachments()
    records: list[dict[str, Any]] = []
    for entry_id in reversed(journal.entries.ids(flt or EntryFilter())):
        entry = journal.entries.get(entry_id)
        if transform is not None:  # the outgoing copy (redaction); the journal keeps its text
            entry = transform(entry)
        label = labels.get(entry.kind)
        attachments = journal.attachments.list(entry_id) if entry_id in with_attachments else []
        if attachments:
            files = fsutil.ensure_private_dir(folder / ATTACHMENTS_FOLDER)
            for attachment in attachments:
                fsutil.write_private_bytes(
                    files / attachment_file_name(attachment), journal.attachments.read(attachment.uid)
                )
        fsutil.write_private_text(folder / markdown_file_name(entry), entry_to_markdown(entry, label, attachments))
        records.append(entry_to_dict(entry, label, attachments))
    fsutil.write_private_text(folder / JSON_FILE_NAME, json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    return len(records)

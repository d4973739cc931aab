"""Bring entries in from other journals.

Three sources are read: jrnl's JSON export (``jrnl --export json``), Day
One's JSON export (the .zip it writes, or that zip unpacked into a folder),
and a folder of Markdown files with optional YAML front matter, as Obsidian
and other note apps keep them. reflectjournal's own Markdown export is such a
folder, and reads back exactly (see :mod:`reflectjournal.core.export`).

Everything is read and checked first, then every entry that can come in is
inserted in one transaction, so a failure at any point leaves the journal as
it was. A source that cannot be read as a whole is refused and nothing is
imported. Single items that cannot come in are skipped and listed in the
:class:`ImportReport`, never dropped silently: those that may hold an entry
(a date that cannot be read, a file that cannot be read) are "left behind",
and the rest lose nothing (an entry already in the journal, a file that is
not Markdown). What an imported entry loses on the way (a video, a starred
jrnl flag, a front-matter key we have no place for) is listed too, and so is
every change made on the way (``ImportReport.changed``: a Day One title from
the first line, a photo made an encrypted attachment, wikilinks made plain);
``ImportReport.groups()`` gives each reason once with counts and three
examples, for the dry run's preview. Source syntax conversions live in
:mod:`reflectjournal.core.import_text`.

The source is untrusted. Sizes and counts are capped (:class:`ImportLimits`);
a zip is read in memory, never unpacked; its member count, inflated size and
compression ratio are checked from its central directory before anything is
inflated, each member is read no further than its declared size, and a zip
naming a file outside itself is refused; symbolic links inside a folder are
never followed; YAML is read with a safe loader, which refuses
``!!python/...`` tags rather than running them. Reasons in the report name a file or an index, never the text
of an entry, because the report is printed and may be shown to others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
import struct
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, cast

import yaml

from . import fsutil, import_text
from .answers import records_from_data
from .attachments import MAX_ATTACHMENT_BYTES, AttachmentStore, check_attachment, markdown_reference
from .entries import normalise_tag
from .errors import AttachmentRefused, ImportFailed
from .export import CHILD_IN_MIND_HEADING, JSON_FILE_NAME, unescape_heading_lines
from .models import DEFAULT_KIND, MAX_TAG_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH, Entry, Kind, Wellbeing, kind_token
from .unicode_safety import clean_imported_title, strip_invisible

if TYPE_CHECKING:
    from .vault import Journal

FORMATS: tuple[str, ...] = ("jrnl", "dayone", "markdown")
FORMAT_NAMES = {
    "jrnl": "jrnl JSON export",
    "dayone": "Day One JSON export",
    "markdown": "folder of Markdown files",
}
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})

_MIB = 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportLimits:
    """Caps on what an import will read. A source over a cap is refused
    (:class:`ImportFailed`); a single Markdown file over its cap is skipped
    and reported."""

    max_file_bytes: int = 50 * _MIB  # one Markdown file
    # One whole-journal JSON file (jrnl, Day One): 100,000 long entries are about 250 MiB.
    max_export_bytes: int = 512 * _MIB
    max_total_bytes: int = 2048 * _MIB  # all files read from one folder, or a zip file itself
    max_files: int = 200_000  # files in a folder
    # A zip is checked from its central directory, before anything in it is
    # inflated, and again while reading (a declared size can lie).
    # Every member counts, photos included: an export with 1,420 photos has
    # about 1,425 members; past this, unzip it and choose the .json inside.
    max_zip_members: int = 10_000
    # The .json members an import inflates, together. Day One's JSON (with
    # its richText copy) is about 5 KiB an entry, so 512 MiB is some 100,000
    # entries, and as much as one exported .json file may hold on its own.
    # Photos are never inflated, so they do not count.
    max_zip_inflated_bytes: int = 512 * _MIB
    # Those members' inflated size over their compressed size, together and
    # each: real exports measure 6:1 (prose) to 20:1 (10,000 empty entries).
    max_zip_ratio: int = 100
    max_depth: int = 32  # folders within folders
    max_entries: int = 1_000_000
    max_front_matter_bytes: int = 64 * 1024


DEFAULT_LIMITS = ImportLimits()


@dataclass(frozen=True)
class ImportIssue:
    """Something that did not come in. ``where`` is a file name or an entry
    number; ``reason`` says why. Neither ever quotes entry text."""

    where: str
    reason: str
    # For a skipped item: True when it may hold an entry that is now not in
    # the journal (it could not be read); False when skipping it loses
    # nothing (the entry is already in the journal, or the file holds no
    # entry: a picture, an app's hidden folder, our own JSON copy).
    left_behind: bool = True
    count: int = 1  # how many times it applies at ``where`` (wikilinks in one note)

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True)
class ImportOptions:
    """Choices the person makes in the import preview (or on the command line)."""

    # Day One's location, weather, music and activity: kept as a short
    # "Imported details" line at the end of the body, or left out.
    keep_details: bool = True


@dataclass(frozen=True)
class ReportGroup:
    """One line of a report: a reason, how often it applies, and up to
    three places as examples."""

    section: str  # "left_behind", "passed_over", "not_carried" or "changed"
    reason: str
    count: int  # occurrences (wikilinks, photos, ...)
    places: int  # entries or files it applies to
    examples: tuple[str, ...]


SECTIONS = ("left_behind", "passed_over", "not_carried", "changed")
EXAMPLES = 3


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    format: str
    source: str  # the file or folder name, for messages
    dry_run: bool = False
    found: int = 0  # entries in a JSON export, or files in a folder, looked at
    ready: int = 0  # entries that can be (or were) imported
    imported: int = 0  # entries added to the journal; 0 on a dry run
    new_kinds: list[str] = field(default_factory=list)  # labels of kinds the import adds
    skipped: list[ImportIssue] = field(default_factory=list)  # not imported at all
    not_carried: list[ImportIssue] = field(default_factory=list)  # imported, less this
    changed: list[ImportIssue] = field(default_factory=list)  # imported, changed this way
    options: ImportOptions = field(default_factory=ImportOptions)
    attachments: int = 0  # pictures and PDFs that come in (or would) with the entries

    @property
    def left_behind(self) -> list[ImportIssue]:
        """Skipped items that may hold entries that did not come across: the
        ones to fix in the source and import again."""
        return [issue for issue in self.skipped if issue.left_behind]

    @property
    def passed_over(self) -> list[ImportIssue]:
        """Skipped items whose skipping loses nothing."""
        return [issue for issue in self.skipped if not issue.left_behind]

    def groups(self, examples: int = EXAMPLES) -> list[ReportGroup]:
        """Every transformation and loss, grouped by reason, with counts and
        the first ``examples`` places: what a dry run shows before anything
        is written. Sections in :data:`SECTIONS` order, most common first."""
        out: list[ReportGroup] = []
        for section, issues in (
            ("left_behind", self.left_behind),
            ("passed_over", self.passed_over),
            ("not_carried", self.not_carried),
            ("changed", self.changed),
        ):
            grouped: dict[str, list[ImportIssue]] = {}
            for issue in issues:
                grouped.setdefault(issue.reason, []).append(issue)
            rows = []
            for reason, items in grouped.items():
                places = list(dict.fromkeys(issue.where for issue in items))
                count = sum(issue.count for issue in items)
                rows.append(ReportGroup(section, reason, count, len(places), tuple(places[:examples])))
            rows.sort(key=lambda row: (-row.count, row.reason))
            out += rows
        return out

    def not_carried_by_reason(self) -> list[tuple[str, list[str]]]:
        """Each reason once, with every place it applies, most common first."""
        groups: dict[str, list[str]] = {}
        for issue in self.not_carried:
            groups.setdefault(issue.reason, []).append(issue.where)
        return sorted(groups.items(), key=lambda item: -len(item[1]))


@dataclass
class ImportMedia:
    """A picture or PDF to attach to an imported entry: its name and how to
    read its bytes again when the entry is written (they are checked while
    reading, but never all held in memory at once)."""

    filename: str
    load: Callable[[], bytes]


# An imported body marks where its N-th attachment goes with
# ``![](rj-import-media:N)``; the write replaces it with the attachment's
# own reference (attachments.markdown_reference), which needs its new uid.
_MEDIA_SCHEME = "rj-import-media:"
_MEDIA_MARK = re.compile(r"!?\[[^\]\n]*\]\(rj-import-media:(\d{1,6})\)")


@dataclass
class _Candidate:
    entry: Entry
    where: str
    kind_label: str | None = None  # from our own export, for a kind this journal lacks
    kind_given: bool = False  # a kind was named in the source
    media: list[ImportMedia] = field(default_factory=list)
    notes: _Notes | None = None  # what it lost and how it changed; filed once it is kept


@dataclass
class ImportPlan:
    """Everything read from a source, checked, before it meets a journal."""

    report: ImportReport
    candidates: list[_Candidate]
    # Open files the media loaders read from (a Day One zip); closed after the import.
    closers: list[Callable[[], None]] = field(default_factory=list)
    # A source read as it is imported (jrnl JSON): its candidates come from
    # here, in the source's order, and ``candidates`` stays empty. Streamed
    # candidates bring no kinds and no media.
    stream: Iterator[_Candidate] | None = None

    def close(self) -> None:
        for close in self.closers:
            close()
        self.closers.clear()


# -- progress -----------------------------------------------------------------


class _Ticker:
    """Calls ``progress(done, total)`` about 200 times over a whole import.

    Reading counts one unit per item and writing one per entry, so a bar
    moves through both phases and never goes backwards."""

    STEPS = 200

    def __init__(self, progress: Progress | None):
        self._progress = progress
        self._last = -1
        self.total = 0
        self.read_units = 0
        self.streaming = False

    def start_reading(self, units: int) -> None:
        """Reading has ``units`` items; writing is assumed as many until known."""
        self.read_units = units
        self.total = 2 * units

    def start_bytes(self, size: int) -> None:
        """A source read and written as it streams: one unit per byte read,
        reading and writing together."""
        self.read_units = size
        self.total = size
        self.streaming = True

    def __call__(self, done: int, *, force: bool = False) -> None:
        if self._progress is None or done == self._last:
            return
        step = max(1, self.total // self.STEPS)
        if force or done - self._last >= step:
            self._last = done
            self._progress(done, max(self.total, done))


# -- small parsers -------------------------------------------------------------

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?")
_UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_ATX_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+){0,3}")
# Inline #tags as Obsidian reads them: after a space or at a line start,
# letters, digits, _ - and /, and not only digits ("#1" is not a tag).
_INLINE_TAG = re.compile(r"(?<![^\s(\[])#([^\W\d][\w/-]*|\d+[^\W\d][\w/-]*)", re.UNICODE)
_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")


def _date(text: str) -> dt.date | None:
    match = _DATE.fullmatch(text.strip())
    if not match:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _time(text: str) -> dt.time | None:
    match = _TIME.fullmatch(text.strip())
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    return dt.time(hours, minutes)


def _moment(value: Any) -> dt.datetime | None:
    """An ISO 8601 moment (string or YAML timestamp) as an aware datetime;
    a moment without a zone is taken as this computer's local time."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if not isinstance(value, dt.datetime):
        return None
    try:
        return value if value.tzinfo is not None else value.astimezone()
    except (OverflowError, ValueError, OSError):
        return None


def _text(value: str) -> str:
    """Text fit to store: no NUL characters, no lone surrogates (JSON's
    ``\\ud800`` escapes can make them; SQLite cannot take them)."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def _scalar_text(value: Any) -> str | None:
    """A YAML scalar as text (``title: 1984`` is a number to YAML)."""
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | dt.date):
        return str(value)
    return None


def _clean_where(text: str) -> str:
    """A file name fit for a one-line message."""
    if not text.isprintable():
        text = "".join(ch if unicodedata.category(ch)[0] != "C" else "?" for ch in text)
    return text if len(text) <= 200 else text[:100] + "…" + text[-99:]


def _content_uid(fmt: str, entry: Entry) -> str:
    """A uid made from what the entry says, so that importing the same
    export twice finds the entries already there instead of doubling them."""
    parts = (
        fmt,
        entry.happened_on.isoformat(),
        entry.happened_at.isoformat() if entry.happened_at else "",
        entry.title,
        entry.body,
        entry.child_in_mind,
    )
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


# Below this much inflated text no ratio can do harm, so the zip ratio
# caps (ImportLimits.max_zip_ratio) apply only above it.
_RATIO_FLOOR = 8 * 1024 * 1024


class _Skip(Exception):
    """This item cannot be imported; the message says why (never its text)."""

    def __init__(self, reason: str, *, left_behind: bool = True):
        super().__init__(reason)
        self.left_behind = left_behind


class _Notes:
    """What did not carry over for one item, and how it was changed on the
    way; filed in the report only if the item is imported (an entry skipped
    as already in the journal loses nothing)."""

    def __init__(self, where: str):
        self.where = where
        self.issues: list[ImportIssue] = []
        self.changes: list[ImportIssue] = []

    def __call__(self, reason: str, count: int = 1) -> None:
        if count:
            self.issues.append(ImportIssue(self.where, reason, count=count))

    def change(self, reason: str, count: int = 1) -> None:
        if count:
            self.changes.append(ImportIssue(self.where, reason, count=count))


def _file_notes(report: ImportReport, candidates: list[_Candidate]) -> None:
    for candidate in candidates:
        if candidate.notes is not None:
            report.not_carried += candidate.notes.issues
            report.changed += candidate.notes.changes
            candidate.notes = None
        report.attachments += len(candidate.media)


def _item(report: ImportReport, where: str, parse: Callable[[_Notes], _Candidate]) -> _Candidate | None:
    """Run one item's parser, filing it as skipped or with its notes."""
    note = _Notes(where)
    try:
        candidate = parse(note)
    except _Skip as skip:
        report.skipped.append(ImportIssue(where, str(skip), skip.left_behind))
        return None
    except (OverflowError, ValueError, TypeError, RecursionError):
        # A value no parser above foresaw (a date at the edge of time, say):
        # skip this one item, never the whole import. Its text is not quoted.
        report.skipped.append(ImportIssue(where, "holds a value that cannot be read (for example, an impossible date)"))
        return None
    candidate.notes = note
    return candidate


def _fit_title(title: str, body: str, note: _Notes) -> tuple[str, str]:
    title = unicodedata.normalize("NFC", _text(title)).strip()
    # Invisible characters go (noted); a blank-filler title is dropped; a
    # title mixing alphabets in a word starts the body instead: never lost,
    # never imitating another title in the list.
    safe = clean_imported_title(title)
    for reason in safe.notes:
        note(reason)
    title = safe.title.strip()
    if safe.to_body:
        body = f"{safe.to_body}\n\n{body}" if body else safe.to_body
    if len(title) <= MAX_TITLE_LENGTH:
        return title, body
    note(f"title longer than {MAX_TITLE_LENGTH} characters: shortened, and the full title starts the body")
    short = strip_invisible(title[: MAX_TITLE_LENGTH - 1])[0].rstrip() + "…"  # a cut may strand a joiner
    return short, f"{title}\n\n{body}" if body else title


def _fit_tags(values: list[Any], note: _Notes, *, symbol: str = "") -> list[str]:
    """Tags as the store keeps them; ``symbol`` is a tag mark to take off
    (jrnl writes ``@work``)."""
    tags: dict[str, None] = {}
    odd = long = 0
    for value in values:
        text = _scalar_text(value)
        if text is None:
            odd += 1
            continue
        text = text.strip()
        if symbol and text.startswith(symbol):
            text = text[len(symbol) :]
        clean = normalise_tag(text)
        if len(clean) == MAX_TAG_LENGTH and len(" ".join(unicodedata.normalize("NFC", text).split())) > MAX_TAG_LENGTH:
            long += 1
        if clean:
            tags.setdefault(clean, None)
    if odd:
        note(f"{odd} tag value(s) that are not text")
    if long:
        note("a tag longer than the limit was shortened")
    if len(tags) > MAX_TAGS:
        note(f"{len(tags) - MAX_TAGS} tag(s) beyond the first {MAX_TAGS}")
    return list(tags)[:MAX_TAGS]


# -- reading files safely --------------------------------------------------------


class _Budget:
    """Counts bytes read from one source against ``max_total_bytes``."""

    def __init__(self, limits: ImportLimits, name: str):
        self.limits = limits
        self.name = name
        self.used = 0

    def take(self, size: int) -> None:
        self.used += size
        if self.used > self.limits.max_total_bytes:
            raise ImportFailed(
                f"{self.name} holds more than {self.limits.max_total_bytes // _MIB} MiB to read; "
                "nothing was imported. Import it in parts."
            )


def _read_source_file(path: Path, cap: int) -> bytes:
    """The one file the person chose: any failure refuses the import."""
    try:
        return fsutil.read_capped(path, cap, follow=True)
    except fsutil.FileTooLarge:
        raise ImportFailed(f"{path.name} is larger than {cap // _MIB} MiB; nothing was imported.") from None
    except fsutil.NotRegularFile:
        raise ImportFailed(f"{path.name} is not a regular file; nothing was imported.") from None


def _open_source_file(path: Path, cap: int) -> IO[bytes]:
    """The one file the person chose, open to be read in parts."""
    try:
        return fsutil.open_capped(path, cap, follow=True)
    except fsutil.FileTooLarge:
        raise ImportFailed(f"{path.name} is larger than {cap // _MIB} MiB; nothing was imported.") from None
    except fsutil.NotRegularFile:
        raise ImportFailed(f"{path.name} is not a regular file; nothing was imported.") from None


def _load_json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        # ValueError covers bad JSON and text that is not UTF-8.
        raise ImportFailed(f"{name} is not valid JSON; it may be damaged. Nothing was imported.") from None


def _walk(root: Path, limits: ImportLimits, report: ImportReport | None) -> Iterator[tuple[str, Path]]:
    """Every regular file under ``root`` as (relative POSIX path, path), in
    name order. Symbolic links, hidden files and folders and special files
    are not read; with a ``report`` each is listed there."""

    def skip(rel: str, reason: str, *, left_behind: bool = True) -> None:
        if report is not None:
            report.skipped.append(ImportIssue(_clean_where(rel), reason, left_behind))

    count = 0
    stack: list[tuple[Path, str, int]] = [(root, "", 0)]
    while stack:
        folder, prefix, depth = stack.pop()
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            raise ImportFailed(
                f"The folder {_clean_where(prefix or root.name)} could not be read "
                f"({exc.strerror or 'no reason given'}); nothing was imported."
            ) from None
        subfolders = []
        for item in items:
            count += 1
            if count > limits.max_files:
                raise ImportFailed(
                    f"{root.name} holds more than {limits.max_files:,} files; nothing was imported. Import it in parts."
                )
            rel = f"{prefix}{item.name}"
            if item.is_symlink():
                skip(rel, "a symbolic link; links are not followed")
            elif item.is_dir(follow_symlinks=False):
                if item.name.startswith("."):
                    skip(rel + "/", "a hidden folder (app settings or a trash); not read", left_behind=False)
                elif depth + 1 > limits.max_depth:
                    raise ImportFailed(
                        f"{root.name} has folders more than {limits.max_depth} deep; nothing was imported."
                    )
                else:
                    subfolders.append((Path(item.path), rel + "/", depth + 1))
            elif item.is_file(follow_symlinks=False):
                if item.name.startswith("."):
                    skip(rel, "a hidden file; not read", left_behind=False)
                else:
                    yield rel, Path(item.path)
            else:
                skip(rel, "not a regular file")
        stack.extend(reversed(subfolders))


# -- jrnl --------------------------------------------------------------------------

_JRNL_KNOWN = frozenset({"title", "body", "date", "time", "tags", "starred", "uuid", "creator"})


def _read_jrnl(
    source: Path, limits: ImportLimits, report: ImportReport, tick: _Ticker, closers: list[Callable[[], None]]
) -> list[_Candidate] | Iterator[_Candidate]:
    if source.is_dir():
        raise ImportFailed(f"{source.name} is a folder; a jrnl export is one .json file (`jrnl --export json`).")
    fh = _open_source_file(source, limits.max_export_bytes)
    closers.append(fh.close)
    head = fh.read(4096)
    if source.suffix.lower() in MARKDOWN_SUFFIXES or head.lstrip()[:1] not in (b"{", b"["):
        fh.seek(0)
        raw = fh.read(limits.max_export_bytes + 1)
        if len(raw) > limits.max_export_bytes:
            raise ImportFailed(
                f"{source.name} is larger than {limits.max_export_bytes // _MIB} MiB; nothing was imported."
            )
        text = raw.decode("utf-8-sig", "replace")
        if import_text.looks_like_jrnl_markdown(text):
            return _jrnl_markdown_candidates(text, source.name, "", report, tick)
    fh.seek(3 if head.startswith(b"\xef\xbb\xbf") else 0)  # a byte-order mark is not JSON
    return _jrnl_stream(fh, source.name, os.fstat(fh.fileno()).st_size, limits, report, tick)


def _jrnl_stream(
    fh: IO[bytes], name: str, size: int, limits: ImportLimits, report: ImportReport, tick: _Ticker
) -> Iterator[_Candidate]:
    """jrnl's JSON export read one entry at a time (issue 19): a 100,000-entry
    export is never held whole, as bytes or as objects. An error anywhere in
    the file, even after the last entry, stops the import with nothing saved,
    as reading it whole would."""
    tick.start_bytes(size)
    counted = _CappedReader(fh, limits.max_export_bytes, name)
    dated = False
    index = 0
    items = _JsonEntries(name)
    try:
        for index, item in enumerate(items.read(_json_events(counted)), 1):
            if index > limits.max_entries:
                raise ImportFailed(f"{name} holds more than {limits.max_entries:,} entries; nothing was imported.")
            report.found = index
            tick(counted.done)
            dated = dated or (isinstance(item, dict) and "date" in item)
            where = f"entry {index}"
            candidate = _item(report, where, partial(_jrnl_entry, item, where))
            if candidate is not None:
                yield candidate
    except ImportFailed:
        raise
    except _json_errors():
        raise ImportFailed(f"{name} is not valid JSON; it may be damaged. Nothing was imported.") from None
    if not items.found_list:
        raise ImportFailed(f"{name} is not a jrnl JSON export: it has no list of entries. Nothing was imported.")
    if index and not dated:
        raise ImportFailed(f"{name} is not a jrnl JSON export: its entries have no dates. Nothing was imported.")


# Read 16 KiB at a time: progress moves smoothly even for a small export.
_STREAM_CHUNK = 16 * 1024


class _JsonEntries:
    """The items of the top-level object's ``entries`` list, built one at a
    time from a stream of JSON events. Nesting deeper than a journal ever
    needs is refused as it is met (ijson's own prefixes would grow with the
    depth on every level)."""

    MAX_DEPTH = 64

    def __init__(self, name: str):
        self.name = name
        self.found_list = False

    def read(self, events: Iterator[tuple[str, Any]]) -> Iterator[Any]:
        from ijson.common import ObjectBuilder

        depth = 0
        key: str | None = None
        in_list = False
        builder: ObjectBuilder | None = None
        for event, value in events:
            if event in ("start_map", "start_array"):
                depth += 1
                if depth > self.MAX_DEPTH:
                    raise ImportFailed(
                        f"{self.name} is nested more than {self.MAX_DEPTH} levels deep; it is not a jrnl export. "
                        "Nothing was imported."
                    )
                if depth == 2 and event == "start_array" and key == "entries" and not self.found_list:
                    in_list = self.found_list = True
                    continue
            if in_list and depth >= 3:
                if builder is None:
                    builder = ObjectBuilder()
                builder.event(event, value)
            elif in_list and depth == 2 and event not in ("start_map", "start_array", "end_array"):
                yield value  # a bare value in the list: not an entry, skipped as one
            if event in ("end_map", "end_array"):
                depth -= 1
                if in_list and depth == 2 and builder is not None:
                    yield builder.value
                    builder = None
                elif in_list and depth == 1:
                    in_list = False
            elif event == "map_key" and depth == 1:
                key = value


class _CappedReader:
    """A binary file read through, counting bytes (for progress) and
    refusing more than ``cap`` (a file that grows while it is read)."""

    def __init__(self, fh: IO[bytes] | _ExactReader, cap: int, name: str):
        self._fh = fh
        self._cap = cap
        self._name = name
        self.done = 0

    def read(self, size: int = -1) -> bytes:
        try:
            data = self._fh.read(size)
        except OSError as exc:
            raise ImportFailed(
                f"{self._name} could not be read ({exc.strerror or 'no reason given'}); nothing was imported."
            ) from None
        self.done += len(data)
        if self.done > self._cap:
            raise ImportFailed(f"{self._name} is larger than {self._cap // _MIB} MiB; nothing was imported.")
        return data


def _jrnl_markdown_candidates(
    text: str, name: str, prefix: str, report: ImportReport, tick: _Ticker | None
) -> list[_Candidate]:
    """Entries from ``jrnl --export markdown``: one per ``### date title``."""
    parsed = import_text.parse_jrnl_markdown(_text(text))
    if tick is not None:
        report.found = len(parsed)
        tick.start_reading(len(parsed))
    else:
        report.found += max(0, len(parsed) - 1)  # the file was counted once already
    out: list[_Candidate] = []
    for index, item in enumerate(parsed, 1):
        if tick is not None:
            tick(index)
        where = f"{prefix}line {item.line}"

        def parse(note: _Notes, item: import_text.JrnlMarkdownEntry = item) -> _Candidate:
            if item.day is None:
                raise _Skip("the heading's date is not understood (expected ### YYYY-MM-DD title)")
            note.change("read from jrnl's Markdown export (a ### date heading)")
            if item.at is None:
                note("no time in the heading (jrnl's time format was not recognised)")
            title, body = _fit_title(item.title, item.body, note)
            entry = Entry(title=title, body=body, happened_on=item.day, happened_at=item.at)
            entry.tags = _fit_tags(item.tags, note)
            entry.uid = _content_uid("jrnl", entry)
            return _Candidate(entry, note.where)

        candidate = _item(report, where, parse)
        if candidate is not None:
            out.append(candidate)
    if not parsed:
        raise ImportFailed(f"{name} looks like jrnl's Markdown export but holds no entries; nothing was imported.")
    return out


def _jrnl_entry(item: Any, where: str, note: _Notes) -> _Candidate:
    if not isinstance(item, dict):
        raise _Skip("not an entry (expected an object with a date, title and body)")
    title, body = item.get("title", ""), item.get("body", "")
    if not isinstance(title, str) or not isinstance(body, str):
        raise _Skip("the title or body is not text")
    day = _date(item["date"]) if isinstance(item.get("date"), str) else None
    if day is None:
        raise _Skip("the date is missing or not understood (expected YYYY-MM-DD)")
    at = None
    if item.get("time") not in (None, ""):
        at = _time(item["time"]) if isinstance(item["time"], str) else None
        if at is None:
            note("the time was not understood; the entry has no time")
    tags = item.get("tags") or []
    if not isinstance(tags, list):
        note("the tags are not a list")
        tags = []
    if item.get("starred"):
        note("starred flag (reflectjournal has no stars)")
    unknown = sorted(key for key in item if key not in _JRNL_KNOWN)
    if unknown:
        note(f"{len(unknown)} field(s) reflectjournal has no place for")
    body = _text(body).strip("\r\n")
    title, body = _fit_title(title, body, note)
    entry = Entry(title=title, body=body, happened_on=day, happened_at=at, tags=_fit_tags(tags, note, symbol="@"))
    uuid = item.get("uuid")
    entry.uid = uuid.lower() if isinstance(uuid, str) and re.fullmatch(r"[0-9A-Fa-f]{32}", uuid) else ""
    entry.uid = entry.uid or _content_uid("jrnl", entry)
    return _Candidate(entry, where)


# -- Day One -------------------------------------------------------------------------

_DAYONE_ATTACHMENTS = ("photos", "videos", "audios", "pdfAttachments")


def _zip_directory(fh: IO[bytes], size: int) -> tuple[int, int]:
    """(members, central directory bytes) from the zip's end records, read
    before :mod:`zipfile` builds an object per member, so a crafted zip
    claiming millions of members is refused cheaply."""
    tail_size = min(size, 22 + 0xFFFF)
    fh.seek(size - tail_size)
    tail = fh.read(tail_size)
    pos = tail.rfind(b"PK\x05\x06")
    if pos < 0 or len(tail) - pos < 22:
        raise zipfile.BadZipFile
    members, directory_size, directory_offset = struct.unpack("<10xHLL2x", tail[pos : pos + 22])
    if members == 0xFFFF or directory_size == 0xFFFFFFFF or directory_offset == 0xFFFFFFFF:
        locator = tail[pos - 20 : pos] if pos >= 20 else b""
        if locator[:4] == b"PK\x06\x07":
            (record_offset,) = struct.unpack("<8xQ4x", locator)
            fh.seek(record_offset)
            record = fh.read(56)
            if len(record) == 56 and record[:4] == b"PK\x06\x06":
                members, directory_size = struct.unpack("<32xQQ8x", record)
    return members, directory_size


def _safe_member_name(name: str) -> bool:
    """False for a zip member that would land outside the folder if unpacked
    (we never unpack, but such a zip is hostile or broken: refuse it)."""
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return False
    return ".." not in PurePosixPath(name).parts


def _mib(size: int) -> str:
    """A size for a message, rounded up (so a size over a limit never reads
    as equal to it): KiB below 1 MiB, tenths of a MiB below 10 MiB."""
    if size < _MIB:
        return f"{-(-size // 1024):,} KiB"
    if size < 10 * _MIB:
        return f"{-(-size * 10 // _MIB) / 10:.1f} MiB"
    return f"{-(-size // _MIB):,} MiB"


def _too_many_members(name: str, members: int, limits: ImportLimits) -> ImportFailed:
    return ImportFailed(
        f"{name} holds {members:,} files, more than the {limits.max_zip_members:,} a zip may hold; nothing was "
        "imported. Unzip it and import the Day One .json file inside it instead (photos are not imported, so "
        "they are not needed)."
    )


def _zip_members_to_read(
    name: str, infos: list[zipfile.ZipInfo], size: int, limits: ImportLimits, report: ImportReport
) -> list[zipfile.ZipInfo]:
    """The .json members to read, after every check that can be made from
    the central directory: nothing has been inflated yet, so a zip over a
    limit is refused before it costs anything."""
    for info in infos:
        if not _safe_member_name(info.filename):
            raise ImportFailed(
                f"{name} names a file outside its own folder (for example with '..'); "
                "a Day One export never does. Nothing was imported."
            )
        if info.header_offset + info.compress_size > size:
            raise ImportFailed(f"{name} is damaged (a file in it runs past the end of the zip); nothing was imported.")
    # Members that share their compressed bytes (one stream inflated again
    # and again, the "overlapping" zip bomb) claim more than the zip holds.
    claimed = sum(info.compress_size for info in infos)
    if claimed > size:
        raise ImportFailed(
            f"{name} is damaged or hostile: its files claim {_mib(claimed)} of compressed data, but the zip is "
            f"only {_mib(size)} (files that overlap, as in a zip bomb). Nothing was imported."
        )
    wanted: list[zipfile.ZipInfo] = []
    for info in infos:
        member = info.filename
        base = PurePosixPath(member).name
        if info.is_dir() or not member.lower().endswith(".json"):
            continue  # photos and other attachments: never inflated; each entry reports its own
        if member.startswith("__MACOSX/") or base.startswith("."):
            continue  # macOS resource forks, not journals
        if stat.S_ISLNK(info.external_attr >> 16):
            report.skipped.append(ImportIssue(_clean_where(member), "a symbolic link; links are not followed"))
            continue
        if info.flag_bits & 0x1:
            raise ImportFailed(f"{name} is password-protected; nothing was imported.")
        if info.file_size > limits.max_export_bytes:
            raise ImportFailed(
                f"{_clean_where(member)} in {name} is larger than {limits.max_export_bytes // _MIB} MiB; "
                "nothing was imported."
            )
        wanted.append(info)
    inflated = sum(info.file_size for info in wanted)
    compressed = sum(info.compress_size for info in wanted)
    files = f"{len(wanted):,} .json file" + ("" if len(wanted) == 1 else "s")
    if inflated > limits.max_zip_inflated_bytes:
        raise ImportFailed(
            f"{name} holds {files} that would unpack to {_mib(inflated)}, more than the "
            f"{_mib(limits.max_zip_inflated_bytes)} limit for the text of one import; nothing was imported. "
            "A Day One export's text is far smaller: check that this is the export you meant, or export your "
            "journals from Day One one at a time."
        )
    if inflated > _RATIO_FLOOR and inflated > limits.max_zip_ratio * max(1, compressed):
        raise ImportFailed(
            f"{name} holds {files} that would unpack from {_mib(compressed)} to {_mib(inflated)}, "
            f"{inflated // max(1, compressed):,} times their size, more than the {limits.max_zip_ratio} times "
            "limit: journal text never compresses that far, so this looks like a zip bomb, not an export. "
            "Nothing was imported."
        )
    for info in wanted:
        if info.file_size > _RATIO_FLOOR and info.file_size > limits.max_zip_ratio * max(1, info.compress_size):
            raise ImportFailed(
                f"{_clean_where(info.filename)} in {name} would unpack from {_mib(info.compress_size)} to "
                f"{_mib(info.file_size)}, more than {limits.max_zip_ratio} times its size: journal text never "
                "compresses that far, so this looks like a zip bomb, not an export. Nothing was imported."
            )
    return wanted


@dataclass
class _Document:
    """One JSON file of a Day One export, opened when it is read (twice: a
    look at its start, then the stream of its entries)."""

    name: str  # as the export names it, for messages
    size: int
    open: Callable[[], IO[bytes]]


def _dayone_documents_from_zip(
    source: Path, limits: ImportLimits, report: ImportReport, closers: list[Callable[[], None]]
) -> tuple[list[_Document], _MediaFiles]:
    size = source.stat().st_size
    if size > limits.max_total_bytes:
        raise ImportFailed(
            f"{source.name} is larger than {limits.max_total_bytes // _MIB} MiB. Unzip it and import the folder "
            "instead (only its .json files are read). Nothing was imported."
        )
    damaged = f"{source.name} is damaged (a file in it is not the size it claims); nothing was imported."
    fh = open(source, "rb")
    closers.append(fh.close)
    try:
        members, directory_size = _zip_directory(fh, size)
        # Refused before zipfile builds an object for each member.
        if members > limits.max_zip_members:
            raise _too_many_members(source.name, members, limits)
        if directory_size > max(members, 1) * 1024 + 64 * 1024:
            files = f"{members:,} file" + ("" if members == 1 else "s")
            raise ImportFailed(
                f"{source.name} is damaged or hostile: its list of {files} takes {_mib(directory_size)}, "
                "far more than that many files need. Nothing was imported."
            )
        archive = zipfile.ZipFile(fh)
        closers.append(archive.close)
        infos = archive.infolist()
        if len(infos) > limits.max_zip_members:
            raise _too_many_members(source.name, len(infos), limits)

        def opener(info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
            # Never more than the member declares, whatever its data holds:
            # the checks were made on the declared sizes.
            return lambda: cast(IO[bytes], _ExactReader(archive.open(info), info.file_size, damaged))

        documents = [
            _Document(info.filename, info.file_size, opener(info))
            for info in _zip_members_to_read(source.name, infos, size, limits, report)
        ]
        media = _MediaFiles.from_zip(source, [i for i in infos if not i.filename.lower().endswith(".json")])
    except ImportFailed:
        raise
    except _ZIP_ERRORS as exc:
        raise _unreadable_zip(source.name, exc) from None
    return documents, media


_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, struct.error, ValueError)


def _unreadable_zip(name: str, exc: BaseException) -> ImportFailed:
    what = "uses a kind of compression that cannot be read" if isinstance(exc, NotImplementedError) else "is damaged"
    return ImportFailed(f"{name} is not a readable zip file (it {what}); nothing was imported.")


class _ExactReader:
    """A zip member read through, asking never more than one byte past its
    declared size (the size every limit was checked on), and refused as
    damaged if it inflates to more or less (zipfile checks its CRC at the
    end)."""

    def __init__(self, member: IO[bytes], size: int, damaged: str):
        self._member = member
        self._size = size
        self._damaged = damaged
        self._done = 0

    def read(self, size: int = -1) -> bytes:
        if size == 0:
            return b""  # ijson asks for nothing first, to learn the stream's type
        room = self._size + 1 - self._done
        data = self._member.read(room if size < 0 else min(size, room))
        self._done += len(data)
        if self._done > self._size or (not data and size != 0 and self._done != self._size):
            raise ImportFailed(self._damaged)
        return data

    def __enter__(self) -> _ExactReader:
        self._member.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._member.__exit__(*exc)


def _dayone_documents_from_folder(
    source: Path, limits: ImportLimits, report: ImportReport
) -> tuple[list[_Document], _MediaFiles]:
    budget = _Budget(limits, source.name)
    documents: list[_Document] = []
    others: list[str] = []
    for rel, path in _walk(source, limits, report):
        if not rel.lower().endswith(".json"):
            others.append(rel)  # photos and other attachments: read when an entry names them
            continue
        try:
            fsutil.open_capped(path, limits.max_export_bytes, follow=False).close()
            size = path.stat(follow_symlinks=False).st_size
        except fsutil.FileTooLarge:
            raise ImportFailed(
                f"{_clean_where(rel)} is larger than {limits.max_export_bytes // _MIB} MiB; nothing was imported."
            ) from None
        except fsutil.NotRegularFile:
            report.skipped.append(ImportIssue(_clean_where(rel), "not a regular file"))
            continue
        except OSError as exc:
            raise ImportFailed(
                f"{_clean_where(rel)} could not be read ({exc.strerror or 'no reason given'}); nothing was imported."
            ) from None
        budget.take(size)
        documents.append(_Document(rel, size, partial(fsutil.open_capped, path, limits.max_export_bytes, follow=False)))
    return documents, _MediaFiles.from_folder(source, others)


def _read_dayone(
    source: Path, limits: ImportLimits, report: ImportReport, tick: _Ticker, closers: list[Callable[[], None]]
) -> Iterator[_Candidate]:
    files: _MediaFiles | None = None
    if source.is_dir():
        documents, files = _dayone_documents_from_folder(source, limits, report)
    elif not source.is_file():
        raise ImportFailed(f"{source.name} is not a regular file or a folder; nothing was imported.")
    elif zipfile.is_zipfile(source):
        documents, files = _dayone_documents_from_zip(source, limits, report, closers)
        closers.append(files.close)
    elif source.suffix.lower() == ".json":
        _open_source_file(source, limits.max_export_bytes).close()  # refused now if it is not one to read
        size = source.stat().st_size
        documents = [_Document(source.name, size, partial(_open_source_file, source, limits.max_export_bytes))]
    else:
        raise ImportFailed(
            f"{source.name} is not a Day One export: choose the .zip Day One wrote, the folder it unzips to, "
            "or the .json file inside it."
        )
    if len(documents) == 1:
        # One file: read once, as it streams; refused then if it has no entries.
        return _dayone_stream(source.name, documents, files, limits, report, tick)
    journals: list[_Document] = []
    for document in documents:
        if _holds_entries(document, source.name):
            journals.append(document)
        else:
            report.skipped.append(
                ImportIssue(
                    _clean_where(document.name), "not a Day One journal (no list of entries)", left_behind=False
                )
            )
    if not journals:
        raise _no_dayone_journal(source.name)
    return _dayone_stream(source.name, journals, files, limits, report, tick)


def _no_dayone_journal(source: str) -> ImportFailed:
    return ImportFailed(
        f"No Day One journal was found in {source} (a .json file with a list of entries). Nothing was imported."
    )


def _json_events(fh: IO[bytes] | _CappedReader) -> Iterator[tuple[str, Any]]:
    import ijson  # only imports read JSON this way; not loaded by other commands

    events: Iterator[tuple[str, Any]] = ijson.basic_parse(fh, buf_size=_STREAM_CHUNK, use_float=True)
    return events


def _json_errors() -> tuple[type[BaseException], ...]:
    import ijson

    return (ijson.JSONError, UnicodeDecodeError, ValueError)


def _holds_entries(document: _Document, source: str) -> bool:
    """Whether a JSON file is a journal: it has a list of entries. Read only
    as far as its first entry."""
    name = _clean_where(document.name)
    probe = _JsonEntries(name)
    try:
        with document.open() as fh:
            next(probe.read(_json_events(fh)), None)
    except ImportFailed:
        raise
    except _json_errors():
        raise ImportFailed(f"{name} is not valid JSON; it may be damaged. Nothing was imported.") from None
    except _ZIP_ERRORS as exc:
        raise _unreadable_zip(source, exc) from None
    except OSError as exc:
        raise ImportFailed(
            f"{name} could not be read ({exc.strerror or 'no reason given'}); nothing was imported."
        ) from None
    return probe.found_list


def _dayone_stream(
    source: str,
    journals: list[_Document],
    files: _MediaFiles | None,
    limits: ImportLimits,
    report: ImportReport,
    tick: _Ticker,
) -> Iterator[_Candidate]:
    """Day One's entries, read one at a time from each journal file in turn
    (issue 19): the JSON is never held whole."""
    tick.start_bytes(sum(document.size for document in journals))
    several = len(journals) > 1
    found = 0
    dated = False
    before = 0  # bytes of the journals already read
    for document in journals:
        label = _clean_where(PurePosixPath(document.name).name)
        journal_name = _clean_where(PurePosixPath(document.name).stem)
        try:
            with document.open() as fh:
                counted = _CappedReader(fh, limits.max_export_bytes, label)
                entries = _JsonEntries(label)
                for index, item in enumerate(entries.read(_json_events(counted)), 1):
                    found += 1
                    if found > limits.max_entries:
                        raise ImportFailed(
                            f"{source} holds more than {limits.max_entries:,} entries; nothing was imported."
                        )
                    report.found = found
                    tick(before + counted.done)
                    dated = dated or (isinstance(item, dict) and "creationDate" in item)
                    where = f"{label} entry {index}" if several else f"entry {index}"
                    parse = partial(_dayone_entry, item, where, journal_name, files, report.options)
                    candidate = _item(report, where, parse)
                    if candidate is not None:
                        yield candidate
        except ImportFailed:
            raise
        except _json_errors():
            raise ImportFailed(f"{label} is not valid JSON; it may be damaged. Nothing was imported.") from None
        except _ZIP_ERRORS as exc:
            raise _unreadable_zip(source, exc) from None
        if not entries.found_list:  # the only file, read without a look first
            raise _no_dayone_journal(source)
        before += document.size
    if found and not dated:
        raise ImportFailed(f"{source} is not a Day One export: its entries have no creationDate. Nothing was imported.")


def _zone(name: Any) -> dt.tzinfo | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not isinstance(name, str) or not _ZONE_NAME.fullmatch(name):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _split_heading_title(text: str) -> tuple[str | None, str]:
    """(title, rest) when the first line is a Markdown heading, else (None, text)."""
    first, _, rest = text.partition("\n")
    match = _ATX_HEADING.fullmatch(first.rstrip("\r"))
    if not match:
        return None, text
    return _MARKDOWN_ESCAPE.sub(r"\1", match.group(1)), rest.lstrip("\r\n")


class _MediaMissing(Exception):
    """A picture or PDF named by the source is not there to read."""


class _MediaFiles:
    """The files beside an export (Day One's photos/ and pdfs/ folders, an
    Obsidian vault's pictures), found by path, each read on demand with the
    attachment size cap. A zip is opened once and closed after the import."""

    def __init__(self) -> None:
        self.paths: dict[str, str] = {}  # lower-case relative path -> the name to read
        self.by_name: dict[str, list[str]] = {}  # lower-case base name -> relative paths
        self._reader: Callable[[str], bytes] | None = None
        self._closers: list[Callable[[], None]] = []

    def add(self, rel: str) -> None:
        self.paths.setdefault(rel.lower(), rel)
        self.by_name.setdefault(PurePosixPath(rel).name.lower(), []).append(rel)

    @classmethod
    def from_folder(cls, root: Path, rels: list[str]) -> _MediaFiles:
        files = cls()
        for rel in rels:
            files.add(rel)

        def read(rel: str) -> bytes:
            try:
                return fsutil.read_capped(root / rel, MAX_ATTACHMENT_BYTES, follow=False)
            except fsutil.FileTooLarge:
                raise AttachmentRefused("too large", reason="too_large") from None
            except (fsutil.NotRegularFile, OSError):
                raise _MediaMissing(rel) from None

        files._reader = read
        return files

    @classmethod
    def from_zip(cls, source: Path, infos: list[zipfile.ZipInfo]) -> _MediaFiles:
        files = cls()
        sizes: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if not info.is_dir() and not info.filename.startswith("__MACOSX/"):
                files.add(info.filename)
                sizes[info.filename] = info
        opened: list[zipfile.ZipFile] = []

        def read(rel: str) -> bytes:
            info = sizes[rel]
            if info.file_size > MAX_ATTACHMENT_BYTES:
                raise AttachmentRefused("too large", reason="too_large")
            if info.flag_bits & 0x1 or stat.S_ISLNK(info.external_attr >> 16):
                raise _MediaMissing(rel)
            if not opened:
                opened.append(zipfile.ZipFile(source))
            try:
                with opened[0].open(info) as member:
                    data = member.read(info.file_size + 1)  # never past what it declares
            except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, ValueError):
                raise _MediaMissing(rel) from None
            if len(data) != info.file_size:
                raise _MediaMissing(rel)
            return data

        def close() -> None:
            for archive in opened:
                archive.close()
            opened.clear()

        files._reader = read
        files._closers.append(close)
        return files

    def close(self) -> None:
        for close in self._closers:
            close()

    def find(self, rel: str) -> str | None:
        return self.paths.get(rel.lower())

    def loader(self, rel: str) -> Callable[[], bytes]:
        reader = self._reader
        assert reader is not None
        return lambda: reader(rel)


_MEDIA_KINDS = {"photo": "picture", "pdf": "PDF", "video": "video", "audio": "audio recording", "sketch": "sketch"}


def _attach_checked(
    media: list[ImportMedia], filename: str, load: Callable[[], bytes], what: str, note: _Notes
) -> str | None:
    """Check a picture or PDF now (so a dry run says what an import will do)
    and return the mark for its place in the body, or None when it cannot
    come in (the reason is noted)."""
    try:
        checked = check_attachment(load())
    except _MediaMissing:
        note(f"a {what} named in the source is not in the export (the .json alone chosen, or the file missing)")
        return None
    except AttachmentRefused as refused:
        reasons = {
            "too_large": f"larger than {MAX_ATTACHMENT_BYTES // _MIB} MB",
            "too_many_pixels": "too many pixels (refused unopened)",
            "damaged": "damaged",
            "type": "not a PNG, JPEG, WebP, GIF or PDF",
        }
        note(f"a {what} not attached: {reasons.get(refused.reason, 'refused')}")
        return None
    if checked.location_removed:
        note.change("location data (EXIF GPS) removed from a picture")
    note.change(f"{what} imported as an encrypted attachment")
    media.append(ImportMedia(filename, load))
    return f"![]({_MEDIA_SCHEME}{len(media) - 1})"


_DAYONE_MEDIA: tuple[tuple[str, str, str], ...] = (
    ("photos", "photo", "photos"),
    ("pdfAttachments", "pdf", "pdfs"),
    ("videos", "video", "videos"),
    ("audios", "audio", "audios"),
)
_DEFAULT_JOURNAL = "Journal"


def _dayone_media_file(files: _MediaFiles | None, folder: str, info: dict[str, Any]) -> str | None:
    """Day One names each file by its MD5 in a folder per kind: photos/<md5>.jpeg."""
    if files is None:
        return None
    md5, kind = info.get("md5"), info.get("type")
    if not isinstance(md5, str) or not re.fullmatch(r"[0-9A-Fa-f]{32}", md5):
        return None
    if isinstance(kind, str) and re.fullmatch(r"[A-Za-z0-9]{1,8}", kind):
        found = files.find(f"{folder}/{md5.lower()}.{kind.lower()}")
        if found:
            return found
    for rel in files.by_name.get(md5.lower(), []) + [
        rel for name, rels in files.by_name.items() if name.startswith(md5.lower() + ".") for rel in rels
    ]:
        if PurePosixPath(rel).parent.name.lower() == folder:
            return rel
    return None


def _dayone_entry(
    item: Any, where: str, journal_name: str, files: _MediaFiles | None, options: ImportOptions, note: _Notes
) -> _Candidate:
    if not isinstance(item, dict):
        raise _Skip("not an entry (expected an object with a creationDate and text)")
    text = item.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise _Skip("the text is not text")
    created = _moment(item.get("creationDate"))
    if created is None:
        raise _Skip("the creation date is missing or not understood")
    zone = _zone(item.get("timeZone"))
    if zone is None:
        zone = dt.UTC
        named = item.get("timeZone")
        if isinstance(named, str) and named.strip():
            # Named, so the reader can check it; the time is the one the export
            # wrote (UTC), never shifted by a guess.
            note(
                f"time zone {_clean_where(named.strip())[:64]!r} is not known to reflectjournal; "
                "the time is kept as the export wrote it (UTC)"
            )
        elif named is not None:
            note("the time zone is not a name; the time is kept as the export wrote it (UTC)")
    updated = _moment(item.get("modifiedDate")) or created
    try:
        local = created.astimezone(zone)
        created, updated = created.astimezone(dt.UTC), updated.astimezone(dt.UTC)
    except (OverflowError, ValueError, OSError):
        raise _Skip("the creation date is out of range") from None

    # Photos, PDFs, video and audio: by identifier, as the text refers to them.
    known: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for key, kind, folder in _DAYONE_MEDIA:
        values = item.get(key)
        for info in values if isinstance(values, list) else []:
            if isinstance(info, dict) and isinstance(info.get("identifier"), str):
                known.setdefault(info["identifier"], (kind, folder, info))
    media: list[ImportMedia] = []
    placed: dict[str, str] = {}
    removed = 0

    def place(ident: str) -> str:
        nonlocal removed
        if ident in placed:
            return placed[ident]
        found = known.get(ident)
        mark = ""
        if found is None:
            removed += 1
        else:
            kind, folder, info = found
            what = _MEDIA_KINDS[kind]
            if kind in ("video", "audio", "sketch"):
                note(f"{what} not carried over (only pictures and PDFs can be attached)")
            else:
                rel = _dayone_media_file(files, folder, info)
                if rel is None or files is None:
                    note(
                        f"a {what} named in the source is not in the export (the .json alone chosen, or the file missing)"
                    )
                else:
                    ext = PurePosixPath(rel).suffix
                    mark = _attach_checked(media, f"{kind}-{len(media) + 1}{ext}", files.loader(rel), what, note) or ""
        placed[ident] = mark
        return mark

    text = _text(text).replace("\r\n", "\n")
    text = import_text.MOMENT.sub(lambda m: place(m.group(2)), text)
    for ident in known:  # listed with the entry but not placed in its text: at the end
        if ident not in placed:
            mark = place(ident)
            if mark:
                text = f"{text}\n\n{mark}"
    if removed:
        note("a reference to a photo or file the export does not hold (removed)", removed)
    if placed or removed:
        text = re.sub(r"\n{3,}", "\n\n", text)

    # The title is the first line, heading or not, as Day One shows it;
    # attachment marks before it stay at the top of the body.
    lines = text.split("\n")
    top: list[str] = []
    title_line = ""
    rest_at = len(lines)
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        if _MEDIA_MARK.fullmatch(line.strip()):
            top.append(line.strip())
            continue
        title_line, rest_at = line, index + 1
        break
    body = "\n".join(lines[rest_at:]).strip("\n")
    heading = _ATX_HEADING.fullmatch(title_line.rstrip())
    title = heading.group(1) if heading else title_line.strip()
    if title:
        note.change("title taken from the first line, as Day One shows it")
    title, undone_title = import_text.undo_markdown_escapes(title)
    body, undone_body = import_text.undo_markdown_escapes(body)
    note.change("Day One's Markdown escapes (such as \\. and \\-) undone", undone_title + undone_body)
    if top:
        body = "\n\n".join(top) + ("\n\n" + body if body else "")
    if not title and not body.strip():
        raise _Skip("empty: no text and no pictures or PDFs that can come in", left_behind=False)
    if not title and not _MEDIA_MARK.sub("", body).strip():
        note.change("no text: imported for its attachments")

    tags = item.get("tags") or []
    if not isinstance(tags, list):
        note("the tags are not a list")
        tags = []
    tags = list(tags)
    if item.get("starred"):
        tags.append("starred")
        note.change("starred kept as the tag 'starred'")
    if item.get("isPinned"):
        tags.append("pinned")
        note.change("pinned kept as the tag 'pinned'")
    if journal_name and journal_name != _DEFAULT_JOURNAL:
        tags.append(journal_name)
        note.change("the Day One journal's name kept as a tag")
    details = import_text.dayone_details(item)
    if details:
        if options.keep_details:
            body = f"{body}\n\n{import_text.details_line(details)}" if body else import_text.details_line(details)
        for kind, _words in details:
            if options.keep_details:
                note.change(f"{kind} kept in an 'Imported details' line at the end")
            else:
                note(f"{kind} (left out, as chosen)")
    title, body = _fit_title(title, body, note)
    entry = Entry(
        title=title,
        body=body,
        happened_on=local.date(),
        happened_at=None if item.get("isAllDay") else local.time().replace(second=0, microsecond=0),
        tags=_fit_tags(tags, note),
        created_at=created,
        updated_at=updated,
    )
    uuid = item.get("uuid")
    entry.uid = uuid.lower() if isinstance(uuid, str) and re.fullmatch(r"[0-9A-Fa-f]{32}", uuid) else ""
    entry.uid = entry.uid or _content_uid("dayone", entry)
    return _Candidate(entry, where, media=media)


# -- Markdown ----------------------------------------------------------------------

_FRONT_START = re.compile(r"---[ \t]*\r?\n")
_FRONT_END = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_OURS = frozenset({"uid", "kind", "date"})  # keys that mark reflectjournal's own export
_MARKDOWN_KNOWN = frozenset(
    {"title", "date", "time", "kind", "kind_label", "tags", "tag", "wellbeing", "uid", "created", "updated", "prompts"}
    | {"prompt_questions"}  # the prompt records (core.answers)
    | {"attachments"}  # our own export's attachments (core.export; read by _our_attachments)
)
_CHILD_LINE = CHILD_IN_MIND_HEADING + "\n"


_JSON_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*): ([\"\[{].*|null|true|false|-?(?:0|[1-9][0-9]*))")


def _load_front_matter(text: str) -> Any:
    """Front matter as plain data.

    Our own export writes one JSON value per key, which is also YAML with the
    same meaning; such lines are read with ``json`` (a few times faster than
    YAML at 100,000 files). Anything else goes to YAML's safe loader."""
    data: dict[str, Any] = {}
    for line in text.split("\n"):
        match = _JSON_LINE.fullmatch(line)
        if match is None:
            if line.strip():
                return _load_yaml(text)
            continue
        try:
            data[match.group(1)] = json.loads(match.group(2))
        except (ValueError, RecursionError):
            return _load_yaml(text)
    return data


def _load_yaml(text: str) -> Any:
    # Safe loaders only: they build plain data and refuse !!python/... tags
    # instead of running them. CSafeLoader is the same loader in C, faster.
    if hasattr(yaml, "CSafeLoader"):
        return yaml.load(text, Loader=yaml.CSafeLoader)
    return yaml.safe_load(text)


def _yaml_failure(exc: BaseException) -> str:
    if isinstance(exc, yaml.constructor.ConstructorError) and "constructor for the tag" in str(exc.problem):
        return "the front matter uses a YAML tag that is not allowed (such as !!python/...); the file was not read"
    return "the front matter is not valid YAML; the file was not read"


def _split_child(rest: str) -> tuple[str, str]:
    """Body and child-in-mind text: the section starts at the first line that
    is exactly the heading (the export escapes look-alike lines)."""
    if rest.startswith(_CHILD_LINE) or rest == CHILD_IN_MIND_HEADING:
        index = 0
    else:
        index = rest.find("\n" + _CHILD_LINE)
        if index < 0 and rest.endswith("\n" + CHILD_IN_MIND_HEADING):
            index = len(rest) - len(CHILD_IN_MIND_HEADING) - 1
        if index < 0:
            return unescape_heading_lines(rest.strip("\n")), ""
        index += 1
    body = rest[:index]
    child = rest[index + len(CHILD_IN_MIND_HEADING) :]
    return unescape_heading_lines(body.strip("\n")), unescape_heading_lines(child.strip("\n"))


def _inline_tags(body: str) -> list[str]:
    text = _INLINE_CODE.sub(" ", _FENCE.sub(" ", body))
    return _INLINE_TAG.findall(text)


def _read_markdown(
    source: Path, limits: ImportLimits, report: ImportReport, tick: _Ticker, closers: list[Callable[[], None]]
) -> list[_Candidate]:
    vault = _MediaFiles()
    if source.is_dir():
        files: list[tuple[str, Path]] = []
        others: list[str] = []
        for rel, path in _walk(source, limits, report):
            report.found += 1
            suffix = PurePosixPath(rel).suffix.lower()
            if suffix in MARKDOWN_SUFFIXES:
                files.append((rel, path))
            elif suffix in import_text.ATTACHABLE_SUFFIXES:
                others.append(rel)
                report.skipped.append(
                    ImportIssue(
                        _clean_where(rel), "a picture or PDF: attached where a note embeds it", left_behind=False
                    )
                )
            elif rel == JSON_FILE_NAME:
                report.skipped.append(
                    ImportIssue(
                        rel,
                        "reflectjournal's JSON copy of the export; the Markdown files were read instead",
                        left_behind=False,
                    )
                )
            else:
                report.skipped.append(ImportIssue(_clean_where(rel), "not a Markdown file", left_behind=False))
        follow = False
        vault = _MediaFiles.from_folder(source, others)
    elif source.suffix.lower() in MARKDOWN_SUFFIXES:
        files, follow = [(source.name, source)], True
        report.found = 1
        vault = _MediaFiles.from_folder(source.parent, [])
    else:
        raise ImportFailed(f"{source.name} is not a folder or a Markdown file; nothing was imported.")
    tick.start_reading(len(files))
    budget = _Budget(limits, source.name)
    out: list[_Candidate] = []
    for index, (rel, path) in enumerate(files, 1):
        tick(index)
        where = _clean_where(rel)
        try:
            data = fsutil.read_capped(path, limits.max_file_bytes, follow=follow)
            mtime = os.stat(path, follow_symlinks=follow).st_mtime
        except fsutil.FileTooLarge:
            report.skipped.append(ImportIssue(where, f"larger than {limits.max_file_bytes // _MIB} MiB"))
            continue
        except fsutil.NotRegularFile:
            report.skipped.append(ImportIssue(where, "not a regular file"))
            continue
        except OSError as exc:
            report.skipped.append(ImportIssue(where, f"could not be read ({exc.strerror or 'no reason given'})"))
            continue
        budget.take(len(data))
        head = data[:400].decode("utf-8-sig", "replace")
        if head.startswith("# ") and import_text.looks_like_jrnl_markdown(head):
            text = data.decode("utf-8-sig", "replace")
            if import_text.looks_like_jrnl_markdown(text):
                # `jrnl --export markdown`: each ### heading is an entry, never the file as one.
                out += _jrnl_markdown_candidates(text, where, f"{where} ", report, None)
                continue
        candidate = _markdown_entry(data, where, PurePosixPath(rel).stem, mtime, limits, report, vault, rel)
        if candidate is not None:
            out.append(candidate)
    return out


def _markdown_entry(
    data: bytes,
    where: str,
    stem: str,
    mtime: float,
    limits: ImportLimits,
    report: ImportReport,
    vault: _MediaFiles | None = None,
    rel: str = "",
) -> _Candidate | None:
    return _item(report, where, lambda note: _parse_markdown(data, stem, mtime, limits, note, vault, rel))


def _vault_file(vault: _MediaFiles, note_rel: str, target: str) -> str | None:
    """A file a note embeds, as Obsidian finds it: beside the note, from the
    vault's top, else anywhere in the vault by name."""
    target = target.strip().lstrip("/")
    here = PurePosixPath(note_rel).parent
    for candidate in (str(here / target), target):
        parts = PurePosixPath(candidate).parts
        if ".." in parts:
            continue
        found = vault.find(candidate)
        if found:
            return found
    named = vault.by_name.get(PurePosixPath(target).name.lower())
    return named[0] if named else None


def _obsidian(body: str, vault: _MediaFiles | None, rel: str, media: list[ImportMedia], note: _Notes) -> str:
    """Obsidian's syntax made plain Markdown, each conversion counted."""
    if "[[" not in body and "[!" not in body and "](" not in body:
        return body
    images = 0

    def embed(target: str, alt: str) -> str | None:
        nonlocal images
        suffix = PurePosixPath(target.strip()).suffix.lower()
        if not suffix or suffix in MARKDOWN_SUFFIXES:
            return None  # a note: a reference line
        what = "picture" if suffix in import_text.IMAGE_SUFFIXES else "PDF"
        if suffix not in import_text.ATTACHABLE_SUFFIXES:
            note("an embedded file that is not a picture or PDF (removed)")
            return ""
        found = _vault_file(vault, rel, target) if vault is not None and vault.paths else None
        if found is None or vault is None:
            note(f"an embedded {what} not found in the folder (removed)")
            return ""
        images += 1
        name = PurePosixPath(found).name
        return _attach_checked(media, name, vault.loader(found), what, note) or ""

    body, counts = import_text.convert_obsidian(body, lambda name: None, embed)
    note.change("wikilinks turned into the linked note's title", counts.wikilinks)
    note.change("embedded notes turned into a reference line", counts.note_embeds)
    note.change("callouts turned into quotes led by their title", counts.callouts)
    return body


def _our_attachments(
    listed: Any, body: str, child: str, vault: _MediaFiles | None, rel: str, media: list[ImportMedia], note: _Notes
) -> tuple[str, str]:
    """Our own export's attachments (its front matter lists each one's file in
    the attachments folder and its name): attached again, their references in
    the body and child-in-mind made marks for the write to replace."""
    if not isinstance(listed, list) or len(listed) > 1000:
        note("the attachments listed were not understood")
        return body, child
    for item in listed:
        file, name = (item.get("file"), item.get("name")) if isinstance(item, dict) else (None, None)
        if not isinstance(file, str) or not isinstance(name, str):
            note("an attachment listed was not understood")
            continue
        what = "PDF" if file.lower().endswith(".pdf") else "picture"
        found = _vault_file(vault, rel, file) if vault is not None and vault.paths else None
        if found is None or vault is None:
            note(f"an attached {what} not found in the export's attachments folder (removed)")
            mark = ""
        else:
            mark = _attach_checked(media, name, vault.loader(found), what, note) or ""
        reference = re.compile(r"!?\[(?:[^\]\\\n]|\\.)*\]\(" + re.escape(file) + r"\)")
        replacement = mark.replace("\\", "\\\\")  # taken literally (a mark holds no backslash anyway)
        body = reference.sub(replacement, body)
        child = reference.sub(replacement, child)
    return body, child


def _parse_markdown(
    data: bytes,
    stem: str,
    mtime: float,
    limits: ImportLimits,
    note: _Notes,
    vault: _MediaFiles | None = None,
    rel: str = "",
) -> _Candidate:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Skip("not UTF-8 text") from None
    if "\x00" in text:
        raise _Skip("not text (it holds NUL bytes)")
    front, rest = _front_matter(_text(text), limits, note)
    # Our own export is read exactly; other apps' notes have their line
    # endings made plain and their inline #tags picked up.
    ours = _OURS <= {key for key in front if isinstance(key, str)}
    if not ours:
        rest = rest.replace("\r\n", "\n")
    unknown = [key for key in front if key not in _MARKDOWN_KNOWN]
    if unknown:
        names = ", ".join(_clean_where(str(key))[:40] for key in unknown[:5])
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        note(f"front-matter keys with no place in reflectjournal: {names}{more}")

    # Tags from the text (never code, math or comments), the title heading included.
    text_tags = [] if ours else import_text.tags_from_text(rest)
    title, rest = _markdown_title(front, rest, stem, note, ours=ours)
    body, child = _split_child(rest)
    media: list[ImportMedia] = []
    if not ours:
        body = _obsidian(body, vault, rel, media, note)
    elif front.get("attachments") is not None:
        body, child = _our_attachments(front["attachments"], body, child, vault, rel, media, note)
    day, at, created = _markdown_when(front, stem, mtime, note)
    tags = _front_matter_tags(front, note) + text_tags

    title, body = _fit_title(title, body, note)
    entry = Entry(title=title, body=body, child_in_mind=child, happened_on=day, happened_at=at)
    entry.tags = _fit_tags(tags, note)
    entry.created_at = created.astimezone(dt.UTC) if created else None
    if front.get("updated") is not None:
        updated = _moment(front["updated"])
        if updated is None:
            note("the updated time was not understood")
        entry.updated_at = updated.astimezone(dt.UTC) if updated else None
    if front.get("wellbeing") is not None:
        entry.wellbeing = _wellbeing(front["wellbeing"])
        if entry.wellbeing is None:
            note("the wellbeing check-in was not understood")
    if front.get("prompts") is not None:
        prompts = front["prompts"]
        if isinstance(prompts, list) and len(prompts) <= 100 and all(_is_prompt_id(p) for p in prompts):
            entry.prompt_ids = [_text(p) for p in prompts]
        else:
            note("the prompts used were not understood")
    if front.get("prompt_questions") is not None:
        records = records_from_data(front["prompt_questions"])
        if records is None:
            note("the prompts' questions were not understood")
        else:
            entry.prompt_records = records
    uid = front.get("uid")
    if isinstance(uid, str) and _UID.fullmatch(uid):
        entry.uid = uid
    else:
        if uid is not None:
            note("the uid was not understood; the entry has a new one")
        entry.uid = _content_uid("markdown", entry)
    kind, kind_label = front.get("kind"), front.get("kind_label")
    if kind is not None and not isinstance(kind, str):
        note("the kind is not text; 'Other' was used")
        kind = None
    entry.kind = _text(kind).strip() if kind else DEFAULT_KIND
    return _Candidate(
        entry,
        note.where,
        kind_label=_text(kind_label) if isinstance(kind_label, str) and kind_label.strip() else None,
        kind_given=bool(kind),
        media=media,
    )


def _is_prompt_id(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value) <= 200


def _front_matter(text: str, limits: ImportLimits, note: _Notes) -> tuple[dict[Any, Any], str]:
    """The front matter as a dict (empty when there is none) and the text after it."""
    start = _FRONT_START.match(text)
    if not start:
        return {}, text
    end = _FRONT_END.search(text, start.end())
    if end is None:
        note("front matter that never closes (no second ---); read as text")
        return {}, text
    if end.start() - start.end() > limits.max_front_matter_bytes:
        raise _Skip(f"the front matter is longer than {limits.max_front_matter_bytes // 1024} KiB")
    try:
        loaded = _load_front_matter(text[start.end() : end.start()])
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        # ValueError: a YAML date such as 2024-02-30.
        raise _Skip(_yaml_failure(exc)) from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise _Skip("the front matter is not a list of keys and values")
    return loaded, text[end.end() :]


def _markdown_title(
    front: dict[Any, Any], rest: str, stem: str, note: _Notes, *, ours: bool = False
) -> tuple[str, str]:
    """The title and the text after it: the front matter's title, else the
    note's name (its file name, as Obsidian shows it). A first-line heading
    that repeats the name is dropped; any other stays in the body (a section
    heading is not the note's name). A daily note named by its date takes a
    first-line heading as its title."""
    title: str | None = None
    if front.get("title") is not None:
        title = _scalar_text(front["title"])
        if title is None:
            note("the title in the front matter is not text; the file name was used")
    rest = rest[1:] if rest.startswith("\n") else rest
    if title is not None:
        # Our export repeats the title as a heading; other apps often do too.
        heading = " ".join(title.split())
        if heading and (rest.startswith(f"# {heading}\n") or rest == f"# {heading}"):
            rest = rest[len(heading) + 3 :]
            rest = rest[1:] if rest.startswith("\n") else rest
        return title, rest
    first = rest.lstrip("\n")
    found, after = _split_heading_title(first)
    is_title = found is not None and first.startswith("# ")
    if _DATE.fullmatch(stem):
        return (found or "", after) if is_title else ("", rest)
    if found is not None and is_title:
        bare = " ".join(re.sub(r"(?<!\S)#[^\W\d][\w/-]*", "", found).split())  # "Books #reading" is "Books"
        if bare.casefold() == " ".join(stem.split()).casefold():
            return stem, after
    return stem, rest


def _markdown_when(
    front: dict[Any, Any], stem: str, mtime: float, note: _Notes
) -> tuple[dt.date, dt.time | None, dt.datetime | None]:
    """When it happened: the front matter's date (and time), else its created
    moment, else a date in the file name, else the file's last-modified date.
    Also returns the created moment, if there is one."""
    day: dt.date | None = None
    at: dt.time | None = None
    created_value = front.get("created")
    created = _moment(created_value)
    if created_value is not None and created is None and not isinstance(created_value, dt.date):
        note("the created time was not understood")
    if front.get("date") is not None:
        value = front["date"]
        if isinstance(value, dt.datetime):
            day, at = value.date(), value.time().replace(second=0, microsecond=0)
        elif isinstance(value, dt.date):
            day = value
        elif isinstance(value, str):
            day = _date(value)
            if day is None:
                # A date with a time: its wall-clock time as written, whatever its zone.
                try:
                    moment = dt.datetime.fromisoformat(value.strip())
                    day, at = moment.date(), moment.time().replace(second=0, microsecond=0)
                except ValueError:
                    leading = import_text.leading_date(value)
                    if leading is not None:
                        # "2018-04-21 18:57:04 Saturday": read as far as it parses.
                        day, at, _words = leading
                        note.change("a front-matter date with words after it, read as far as it parses")
        if day is None:
            raise _Skip("the date in the front matter is not understood (expected YYYY-MM-DD)")
    elif created is not None:
        try:
            local = created.astimezone()
        except (OverflowError, ValueError, OSError):
            raise _Skip("the created time is out of range") from None
        day, at = local.date(), local.time().replace(second=0, microsecond=0)
    elif isinstance(created_value, dt.date):  # created: 2024-03-18, a date alone
        day = created_value
    elif match := _DATE.search(stem):
        day = _date(match.group(0))
        if day is not None:
            note.change("dated from its file name (no date in the front matter)")
    if day is None:
        try:
            day = dt.datetime.fromtimestamp(mtime).date()
        except (OverflowError, OSError, ValueError):
            raise _Skip("no date in the file, and its last-modified date cannot be read") from None
        note.change("dated from the file's last-modified time (no date in the front matter or file name)")
    if front.get("time") is not None:
        value = front["time"]
        if isinstance(value, str):
            at = _time(value)
        elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
            # YAML 1.1 reads an unquoted 14:30 as a base-60 number (870).
            at = dt.time(value // 60, value % 60)
        else:
            at = None
        if at is None:
            note("the time was not understood; the entry has no time")
    return day, at, created


def _front_matter_tags(front: dict[Any, Any], note: _Notes) -> list[Any]:
    """``tags`` or ``tag``: a list, or one string of words or comma-separated tags."""
    tags: list[Any] = []
    for key in ("tags", "tag"):
        value = front.get(key)
        if isinstance(value, list):
            tags += value
        elif isinstance(value, str):
            tags += [part for part in re.split(r"[,\s]+", value) if part]
        elif value is not None:
            note("the tags are not a list")
    return tags


def _wellbeing(value: Any) -> Wellbeing | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = {"score": value}
    if not isinstance(value, dict):
        return None
    score, words = value.get("score"), value.get("words", "")
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
        return None
    if words is None:
        words = ""
    if not isinstance(words, str):
        return None
    return Wellbeing(score, _text(words))


# -- the import itself -----------------------------------------------------------------

_READERS = {"jrnl": _read_jrnl, "dayone": _read_dayone, "markdown": _read_markdown}


def read_source(
    source: Path | str,
    fmt: str,
    *,
    limits: ImportLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    options: ImportOptions | None = None,
) -> ImportPlan:
    """Read and check everything in ``source`` without touching a journal.

    Raises :class:`ImportFailed` when the source as a whole cannot be read;
    single items that cannot be read are listed in the plan's report. Call
    the plan's ``close()`` when done with it."""
    plan = _read(source, fmt, limits, _Ticker(progress), options or ImportOptions())
    if plan.stream is not None:
        plan.candidates = _oldest_first(list(plan.stream))
        plan.stream = None
    _file_notes(plan.report, plan.candidates)
    return plan


def _read(source: Path | str, fmt: str, limits: ImportLimits, tick: _Ticker, options: ImportOptions) -> ImportPlan:
    if fmt not in _READERS:
        raise ValueError(f"unknown import format {fmt!r}; use one of {', '.join(FORMATS)}")
    source = Path(source)
    if not source.exists():
        raise ImportFailed(f"There is no file or folder at {source}.")
    # The person chose this path, so a link there is followed; links met
    # inside a folder are not.
    source = source.resolve()
    report = ImportReport(format=fmt, source=_clean_where(source.name), options=options)
    closers: list[Callable[[], None]] = []
    try:
        candidates = _READERS[fmt](source, limits, report, tick, closers)
    except BaseException:
        for close in closers:
            close()
        raise
    if not isinstance(candidates, list):
        return ImportPlan(report, [], closers, stream=candidates)
    return ImportPlan(report, _oldest_first(candidates), closers)


def _oldest_first(candidates: list[_Candidate]) -> list[_Candidate]:
    """Oldest first, so ids run in the order things happened. (A streamed
    export keeps its own order: jrnl writes its entries oldest first.)"""
    candidates.sort(key=lambda c: (c.entry.happened_on, c.entry.happened_at or dt.time.min))
    return candidates


def _resolve_kinds(journal: Journal, candidates: list[_Candidate], report: ImportReport) -> list[Kind]:
    """Map each candidate's kind to one this journal knows, adding kinds our
    own export names by label; returns the kinds to add."""
    known = journal.entries.kinds()
    by_token: dict[str, str] = {}
    for kind in known:
        by_token.setdefault(kind_token(kind.key), kind.key)
        by_token.setdefault(kind_token(kind.label), kind.key)
    keys = {kind.key for kind in known}
    added: dict[str, Kind] = {}
    for candidate in candidates:
        given = candidate.entry.kind
        if not candidate.kind_given or given in keys:
            continue
        key = by_token.get(kind_token(given))
        label = " ".join((candidate.kind_label or "").split())[:60]
        if key is None and label:
            key = by_token.get(kind_token(label))
            if key is None:
                base = "custom_" + (re.sub(r"\W+", "_", label.casefold()).strip("_")[:40] or "kind")
                key, n = base, 1
                while key in keys:
                    n += 1
                    key = f"{base}_{n}"
                added[key] = Kind(key, label, builtin=False)
                keys.add(key)
                by_token[kind_token(key)] = by_token[kind_token(label)] = key
        if key is None:
            report.not_carried.append(
                ImportIssue(candidate.where, "a kind this journal does not know; 'Other' was used")
            )
            key = DEFAULT_KIND
        candidate.entry.kind = key
    return list(added.values())


def _drop_duplicates(journal: Journal, plan: ImportPlan) -> list[_Candidate]:
    """Entries whose uid is already in the journal, or earlier in the import,
    are skipped: importing the same export twice adds nothing the second time."""
    return _new_candidates(journal, plan.candidates, {}, plan.report)


def _new_candidates(
    journal: Journal, candidates: list[_Candidate], first: dict[str, str], report: ImportReport
) -> list[_Candidate]:
    """``candidates`` less those already in the journal or in ``first`` (the
    uids met so far in this import, with where), which it adds to."""
    uids = [c.entry.uid for c in candidates]
    present: set[str] = set()
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        present.update(r[0] for r in journal.conn.execute(f"SELECT uid FROM entries WHERE uid IN ({marks})", chunk))
    out: list[_Candidate] = []
    for candidate in candidates:
        uid = candidate.entry.uid
        if uid in present:
            report.skipped.append(ImportIssue(candidate.where, "already in this journal", left_behind=False))
        elif uid in first:
            report.skipped.append(ImportIssue(candidate.where, f"the same entry as {first[uid]}", left_behind=False))
        else:
            first[uid] = candidate.where
            out.append(candidate)
    return out


def _attacher(journal: Journal, candidate_at: Callable[[int], _Candidate]) -> Callable[[Any, int, int], Entry | None]:
    """Adds each entry's pictures and PDFs in the import's own transaction,
    once the entry has its id, and gives back the entry with the marks in
    its body replaced by the attachments' references. ``candidate_at(i)``
    is the candidate the i-th entry written came from."""
    store = AttachmentStore(journal)

    def attach(conn: Any, index: int, entry_id: int) -> Entry | None:
        candidate = candidate_at(index)
        if not candidate.media:
            return None
        references: dict[int, str] = {}
        for number, media in enumerate(candidate.media):
            try:
                references[number] = markdown_reference(store.add_in(conn, entry_id, media.filename, media.load()))
            except (AttachmentRefused, _MediaMissing):
                # Checked while reading, so only a file changed since then; its place is left empty.
                references[number] = ""
        entry = candidate.entry
        entry.body = _MEDIA_MARK.sub(lambda m: references.get(int(m.group(1)), ""), entry.body)
        entry.child_in_mind = _MEDIA_MARK.sub(lambda m: references.get(int(m.group(1)), ""), entry.child_in_mind)
        return entry

    return attach


def import_source(
    journal: Journal,
    source: Path | str,
    fmt: str,
    *,
    dry_run: bool = False,
    limits: ImportLimits = DEFAULT_LIMITS,
    progress: Progress | None = None,
    options: ImportOptions | None = None,
) -> ImportReport:
    """Import every entry in ``source`` (a ``fmt`` export) into ``journal``,
    all in one transaction, and return the report.

    ``progress(done, total)`` is called about 200 times across reading and
    writing; if it raises, the import stops and nothing is saved. With
    ``dry_run`` everything is read and checked, and the report says what
    would be imported, but the journal is not changed.

    Raises :class:`ImportFailed` when the source cannot be read as a whole,
    and :class:`StorageFull` if the disk fills; in both cases (and on any
    other error) the journal is left exactly as it was.
    """
    ticker = _Ticker(progress)
    plan = _read(source, fmt, limits, ticker, options or ImportOptions())
    try:
        return _import_plan(journal, plan, ticker, dry_run)
    finally:
        plan.close()


def _import_plan(journal: Journal, plan: ImportPlan, ticker: _Ticker, dry_run: bool) -> ImportReport:
    report = plan.report
    report.dry_run = dry_run
    if plan.stream is not None:
        return _import_stream(journal, plan.stream, report, ticker, dry_run)
    kept = _drop_duplicates(journal, plan)
    _file_notes(report, kept)
    new_kinds = _resolve_kinds(journal, kept, report)
    entries = [candidate.entry for candidate in kept]
    report.ready = len(entries)
    report.new_kinds = [kind.label for kind in new_kinds]
    read_units = ticker.read_units
    ticker.total = read_units + len(entries)
    if dry_run or not entries:
        ticker(ticker.total, force=True)
        return report
    every = max(100, len(entries) // _Ticker.STEPS)
    journal.entries.save_many(
        entries,
        new_kinds=new_kinds,
        progress=lambda done: ticker(read_units + done),
        progress_every=every,
        after_insert=_attacher(journal, kept.__getitem__) if report.attachments else None,
    )
    report.imported = len(entries)
    ticker(ticker.total, force=True)
    return report


_STREAM_BATCH = 500


def _import_stream(
    journal: Journal, stream: Iterator[_Candidate], report: ImportReport, ticker: _Ticker, dry_run: bool
) -> ImportReport:
    """Import a source as it is read, a batch at a time, still in one
    transaction: memory stays flat however large the export (issue 19), and
    an error anywhere leaves the journal as it was. Streamed sources (jrnl,
    Day One) name no kinds, so none are added."""
    first: dict[str, str] = {}
    current: list[_Candidate] = []  # the candidate whose entry was yielded last

    def entries() -> Iterator[Entry]:
        batch: list[_Candidate] = []
        for candidate in stream:
            batch.append(candidate)
            if len(batch) == _STREAM_BATCH:
                yield from _stream_batch(journal, batch, first, report, current)
                batch = []
        yield from _stream_batch(journal, batch, first, report, current)

    if dry_run:
        for _entry in entries():
            pass
    else:
        attach = _attacher(journal, lambda _index: current[0])
        report.imported = journal.entries.save_many(entries(), after_insert=attach)
    ticker(ticker.total, force=True)
    return report


def _stream_batch(
    journal: Journal, batch: list[_Candidate], first: dict[str, str], report: ImportReport, current: list[_Candidate]
) -> Iterator[Entry]:
    kept = _new_candidates(journal, batch, first, report)
    _file_notes(report, kept)
    report.ready += len(kept)
    for candidate in kept:
        current[:] = [candidate]
        yield candidate.entry

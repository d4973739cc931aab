"""Text conversions for imports, one source's syntax at a time.

Pure functions on strings (no files, no journal), so each is tested on its
own: Day One's moment references, Markdown escapes and details; jrnl's
Markdown export; Obsidian's wikilinks, embeds, callouts and tags. Each
returns the converted text and counts of what it changed, which the
importer turns into report lines."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# -- Day One -------------------------------------------------------------------

# ![](dayone-moment://ID) for a photo; dayone-moment:/video/ID, /audio/ID and
# /pdfAttachment/ID for the others.
MOMENT = re.compile(
    r"!?\[[^\]\n]*\]\(dayone-moment:/{1,2}(?:(video|audio|pdfAttachment|sketch)/)?([A-Za-z0-9_-]{1,64})\)"
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Escapes whose removal could change what the Markdown means: kept.
_ALWAYS_KEEP = frozenset("\\`*_[]<>|~$")
_LINE_START_KEEP = frozenset("#-+=>")


def undo_markdown_escapes(text: str) -> tuple[str, int]:
    """Day One escapes every punctuation mark it writes (``\\.``, ``\\-``,
    ``\\!``). Undo those whose removal changes nothing in how the text reads
    as Markdown; keep the rest (an escaped ``*``, or ``1\\.`` starting a
    line, which would become a list). Returns the text and how many were
    undone."""
    if "\\" not in text:
        return text, 0
    undone = 0

    def one(match: re.Match[str]) -> str:
        nonlocal undone
        ch = match.group(1)
        start = match.start()
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        keep = (
            ch in _ALWAYS_KEEP
            or (ch in _LINE_START_KEEP and not before.strip())
            or (ch in ".)" and before.strip().isdigit())
            or (ch == "!" and text.startswith("[", match.end()))
        )
        if keep:
            return match.group(0)
        undone += 1
        return ch

    return _ESCAPE.sub(one, text), undone


def _words(value: Any, limit: int = 80) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return " ".join(value.split())[:limit]
    return ""


def dayone_details(item: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, words) for the location, weather, music and activity Day One
    kept with an entry; empty parts left out."""
    out: list[tuple[str, str]] = []
    location = item.get("location")
    if isinstance(location, dict):
        parts = [_words(location.get(key)) for key in ("placeName", "localityName", "administrativeArea", "country")]
        seen: list[str] = []
        for part in parts:
            if part and part not in seen:
                seen.append(part)
        if seen:
            out.append(("location", ", ".join(seen)))
    weather = item.get("weather")
    if isinstance(weather, dict):
        parts = [_words(weather.get("conditionsDescription"))]
        celsius = weather.get("temperatureCelsius")
        if isinstance(celsius, int | float) and not isinstance(celsius, bool):
            parts.append(f"{round(celsius)} °C")
        parts = [p for p in parts if p]
        if parts:
            out.append(("weather", ", ".join(parts)))
    music = item.get("music")
    if isinstance(music, dict):
        parts = [_words(music.get(key)) for key in ("track", "artist", "album")]
        parts = [p for p in parts if p]
        if parts:
            out.append(("music", " – ".join(parts)))
    activity = item.get("userActivity")
    if isinstance(activity, dict):
        parts = [_words(activity.get("activityName"))]
        steps = activity.get("stepCount")
        if isinstance(steps, int) and not isinstance(steps, bool) and steps > 0:
            parts.append(f"{steps:,} steps")
        parts = [p for p in parts if p]
        if parts:
            out.append(("activity", ", ".join(parts)))
    return out


_DETAIL_LABELS = {"location": "Location", "weather": "Weather", "music": "Music", "activity": "Activity"}


def details_line(details: list[tuple[str, str]]) -> str:
    """The short line kept at the end of a body."""
    parts = [f"{_DETAIL_LABELS[kind]}: {words}" for kind, words in details]
    return "*Imported details: " + "; ".join(p.replace("*", "\\*") for p in parts) + "*"


# -- jrnl's Markdown export ------------------------------------------------------

_JRNL_YEAR = re.compile(r"# (\d{4})[ \t]*")
_JRNL_MONTH = re.compile(r"## [^\W\d_]+[ \t]*")
# "### 2013-06-09 03:39:00 PM Title" (jrnl's default "%F %r") or "%Y-%m-%d %H:%M".
_JRNL_ENTRY = re.compile(
    r"### (\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[ \t]*([AaPp][Mm])\b)?)?[ \t]*(.*)"
)
_JRNL_TAG = re.compile(r"(?<![\w@])@([^\W\d][\w-]*)")


@dataclass
class JrnlMarkdownEntry:
    line: int  # where its heading is, 1-based
    day: dt.date | None
    at: dt.time | None
    title: str
    body: str
    tags: list[str]


def looks_like_jrnl_markdown(text: str) -> bool:
    """A ``jrnl --export markdown`` file: it starts with ``# <year>``, then
    ``## <month>``, then ``### <date> <title>`` headings."""
    lines = [line for line in text.lstrip("\ufeff").split("\n", 40)[:40] if line.strip()]
    return (
        len(lines) >= 3
        and _JRNL_YEAR.fullmatch(lines[0].rstrip("\r")) is not None
        and _JRNL_MONTH.fullmatch(lines[1].rstrip("\r")) is not None
        and _JRNL_ENTRY.match(lines[2]) is not None
    )


def parse_jrnl_markdown(text: str) -> list[JrnlMarkdownEntry]:
    """Each ``### date title`` section as an entry. jrnl moved the body's
    own headings three levels down (``# x`` became ``#### x``); that is
    undone. ``day`` is None when the date cannot be read."""
    entries: list[JrnlMarkdownEntry] = []
    body: list[str] = []

    def close() -> None:
        if entries:
            entry = entries[-1]
            entry.body = "\n".join(body).strip("\n").rstrip()
            entry.tags = _JRNL_TAG.findall(entry.title + "\n" + entry.body)

    for number, raw in enumerate(text.lstrip("\ufeff").replace("\r\n", "\n").split("\n"), 1):
        line = raw
        if line.startswith("### "):
            close()
            body = []
            entries.append(_jrnl_heading(line, number))
        elif entries and line.startswith("####"):
            body.append(line[3:])
        elif _JRNL_YEAR.fullmatch(line) or _JRNL_MONTH.fullmatch(line):
            continue
        elif entries:
            body.append(line)
    close()
    return entries


def _jrnl_heading(line: str, number: int) -> JrnlMarkdownEntry:
    match = _JRNL_ENTRY.fullmatch(line)
    if match is None:
        return JrnlMarkdownEntry(number, None, None, "", "", [])
    day_text, hours, minutes, _seconds, half, title = match.groups()
    try:
        day: dt.date | None = dt.date.fromisoformat(day_text)
    except ValueError:
        day = None
    at = None
    if hours is not None:
        h, m = int(hours), int(minutes)
        if half:
            h = h % 12 + (12 if half.lower() == "pm" else 0)
        if h <= 23 and m <= 59:
            at = dt.time(h, m)
    return JrnlMarkdownEntry(number, day, at, title.strip(), "", [])


# -- Obsidian --------------------------------------------------------------------

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".gif"})
ATTACHABLE_SUFFIXES = IMAGE_SUFFIXES | {".pdf"}
_EMBED = re.compile(r"!\[\[([^\]\n|#]*)(#[^\]\n|]*)?(?:\|([^\]\n]*))?\]\]")
_WIKILINK = re.compile(r"(?<!!)\[\[([^\]\n|#]*)(#[^\]\n|]*)?(?:\|([^\]\n]*))?\]\]")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(<?([^)\n<>]+?)>?(?:[ \t]+\"[^\"\n]*\")?\)")
_CALLOUT = re.compile(r"^(>[ \t]*)\[!([A-Za-z][\w-]*)\][+-]?[ \t]*(.*)$", re.MULTILINE)
_PROTECTED = re.compile(
    r"^(```|~~~).*?^\1[ \t]*$"  # fenced code
    r"|\$\$.*?\$\$"  # display math
    r"|%%.*?%%"  # Obsidian comments
    r"|<!--.*?-->"  # HTML comments
    r"|`[^`\n]*`"  # inline code
    r"|(?<![\\$])\$(?=\S)[^$\n]*(?<=\S)\$(?!\d)",  # inline math
    re.MULTILINE | re.DOTALL,
)
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_TAG = re.compile(r"(?<![^\s(\[])#([^\W\d][\w/-]*|\d+[^\W\d][\w/-]*)", re.UNICODE)


def tags_from_text(text: str) -> list[str]:
    """Inline #tags as Obsidian reads them, from text only: never from code,
    math, comments or a link's address."""
    plain = _LINK_TARGET.sub("]()", _PROTECTED.sub(" ", text))
    return _TAG.findall(plain)


def _outside_protected(text: str, convert: Callable[[str], str]) -> str:
    """``convert`` applied to the text between code blocks, code spans, math
    and comments, which are left exactly as they are."""
    out: list[str] = []
    last = 0
    for match in _PROTECTED.finditer(text):
        out.append(convert(text[last : match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(convert(text[last:]))
    return "".join(out)


@dataclass
class ObsidianCounts:
    wikilinks: int = 0
    note_embeds: int = 0
    callouts: int = 0


def convert_obsidian(
    text: str,
    title_of: Callable[[str], str | None],
    embed: Callable[[str, str], str | None],
) -> tuple[str, ObsidianCounts]:
    """Wikilinks to the linked note's title (or their alias), embeds of
    files through ``embed(target, alt)`` (which returns the replacement, or
    None for an embedded note), embeds of notes to a reference line, and
    callouts to quotes led by their title in bold.

    ``title_of(name)`` gives an imported note's title, or None."""
    counts = ObsidianCounts()

    def link_text(target: str, heading: str | None, alias: str | None) -> str:
        if alias and alias.strip():
            return alias.strip()
        name = target.strip()
        shown = (title_of(name) or name.rsplit("/", 1)[-1]) if name else ""
        section = (heading or "").lstrip("#").strip()
        if section and shown:
            return f"{shown} › {section}"
        return shown or section

    def embed_one(match: re.Match[str]) -> str:
        target, heading, alias = match.group(1).strip(), match.group(2), match.group(3)
        replaced = embed(target, alias or "")
        if replaced is not None:
            return replaced
        counts.note_embeds += 1
        return f"*(Embedded note: {link_text(target, heading, None)})*"

    def wikilink(match: re.Match[str]) -> str:
        counts.wikilinks += 1
        return link_text(match.group(1), match.group(2), match.group(3))

    def md_image(match: re.Match[str]) -> str:
        alt, target = match.group(1), match.group(2).strip()
        if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", target):  # a URL (https:, data:, attachment:)
            return match.group(0)
        replaced = embed(target.replace("%20", " "), alt)
        return match.group(0) if replaced is None else replaced

    def callout(match: re.Match[str]) -> str:
        counts.callouts += 1
        kind, title = match.group(2), match.group(3).strip()
        return f"{match.group(1)}**{title or kind.capitalize()}**"

    def convert(part: str) -> str:
        part = _EMBED.sub(embed_one, part)
        part = _MD_IMAGE.sub(md_image, part)
        part = _WIKILINK.sub(wikilink, part)
        return _CALLOUT.sub(callout, part)

    return _outside_protected(text, convert), counts


_LEADING_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")


def leading_date(text: str) -> tuple[dt.date, dt.time | None, bool] | None:
    """A date (and time) at the start of ``text``, read as far as it parses:
    ``2018-04-21 18:57:04 Saturday`` gives 2018-04-21 18:57 and True (words
    were left over). None when it does not start with a date."""
    text = text.strip()
    match = _LEADING_DATE.match(text)
    if match is None:
        return None
    try:
        day = dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None
    at = None
    if match.group(2) is not None:
        h, m = int(match.group(2)), int(match.group(3))
        if h <= 23 and m <= 59:
            at = dt.time(h, m)
    return day, at, bool(text[match.end() :].strip())

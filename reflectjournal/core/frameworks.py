"""Professional frameworks as data: read, validate, write. No Qt.

A framework is a published set of standards or capabilities that a
practitioner's evidence is linked to: Social Work England's professional
standards, the knowledge and skills statements, the PCF's domains, or an
employer's local framework. Each is a small JSON file (``format``
``"reflectjournal-framework"``, ``format_version`` 1) holding the
framework's name, publisher, year, licence, source (a citation and an
https address) and its items (an id, a short title, optionally a
description and a level). ``docs/framework-format.md`` describes the format
for people and ``resources/framework.schema.json`` for tools; this module is
the source of truth.

Four frameworks are built in (``resources/frameworks/``). A prompt pack may
carry more (its ``frameworks`` section, pack format version 3); they are
installed with the pack and kept in the journal with it (core/pack_store.py
stores the pack's canonical bytes, frameworks included, encrypted).

A framework file is untrusted input, read with the prompt-pack reader's
machinery (core/untrusted_json.py: size cap, strict UTF-8, nesting depth, duplicate
keys, ``NaN`` and over-long numbers, control, bidirectional and zero-width
characters, look-alike titles), and every problem is reported with its field
path (``items[3].title: must not be empty``). Nothing is imported when there
is any problem.

Item ids. An item is named everywhere by ``"<framework id>:<item id>"``
(:data:`reflectjournal.core.packs.FRAMEWORK_ITEM_ID`, such as ``"swe-ps:4"``).
Links to an item (evidence, prompts' ``serves``) are kept as that text, so a
newer version of a framework that drops an item never loses a link:
:func:`framework_item_title` returns None for an item no longer in the
framework, and the UI shows it as "no longer in this framework".
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import FrameworkInvalid
from .packs import FRAMEWORK_ITEM_ID, MAX_LICENCE, MAX_PUBLISHER, MAX_YEAR, MIN_YEAR, PackProblem
from .resources import resource_dir
from .untrusted_json import (
    Bad,
    JsonChecker,
    decode_json,
    guarded,
    join_path,
    kind_of,
    quote,
    read_capped_file,
)

if TYPE_CHECKING:
    from .packs import PromptPack
    from .vault import Journal

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FRAMEWORK_ID",
    "ITEM_ID",
    "Framework",
    "FrameworkItem",
    "FrameworkSource",
    "available_frameworks",
    "builtin_frameworks",
    "builtin_item_ids",
    "check_framework_bytes",
    "framework_by_id",
    "framework_item_title",
    "framework_to_dict",
    "frameworks_of_packs",
    "read_framework",
    "read_framework_file",
    "split_item_id",
    "validate_framework_bytes",
    "write_framework",
]

FORMAT_NAME = "reflectjournal-framework"
FORMAT_VERSION = 1
FORMAT_VERSION_READ = 1
FILE_SUFFIX = ".json"

# -- caps (documented in docs/framework-format.md; keep the two in step) -------
MAX_FILE_BYTES = 512 * 1024
MAX_NAME = 200
MAX_CITATION = 500
MAX_ATTRIBUTION = 1_000
MAX_NOTES = 4_000
MAX_ITEMS = 300
MAX_ITEM_TITLE = 200
MAX_ITEM_DESCRIPTION = 2_000
MAX_LEVEL = 120
MAX_PACK_FRAMEWORKS = 10  # frameworks one prompt pack may carry

# The two halves of packs.FRAMEWORK_ITEM_ID ("swe-ps" and "4" in "swe-ps:4").
FRAMEWORK_ID = re.compile(r"[a-z][a-z0-9-]{0,19}", re.ASCII)
ITEM_ID = re.compile(r"[a-z0-9][a-z0-9.-]{0,19}", re.ASCII)
_HTTPS = re.compile(r"https://\S+", re.ASCII)

FILE_REQUIRED = ("format", "format_version")
FRAMEWORK_REQUIRED = ("id", "version", "name", "publisher", "year", "licence", "source", "items")
FRAMEWORK_OPTIONAL = ("attribution", "notes")
SOURCE_REQUIRED = ("citation", "url")
ITEM_REQUIRED = ("id", "title")
ITEM_OPTIONAL = ("description", "level")

# The order the built-in frameworks are listed in (the regulator's standards
# first); a file not named here follows, by id.
BUILTIN_ORDER = ("swe-ps", "kss-cf", "kss-as", "pcf")


# -- data -----------------------------------------------------------------------


@dataclass(frozen=True)
class FrameworkSource:
    """Where a framework is published: a citation and an https address."""

    citation: str
    url: str

    def __str__(self) -> str:
        return f"{self.citation} {self.url}"


@dataclass(frozen=True)
class FrameworkItem:
    """One item of a framework: a standard, a statement or a domain."""

    id: str  # the item part of "swe-ps:4": "4"
    title: str
    description: str = ""
    level: str = ""  # such as "ASYE" or "Social worker"; empty when the framework has no levels


@dataclass(frozen=True)
class Framework:
    """A professional framework, built in or carried by a prompt pack."""

    id: str  # "swe-ps"
    version: str  # a semantic version of this file's content, such as "1.0.0"
    name: str
    publisher: str
    year: int
    licence: str
    source: FrameworkSource
    items: tuple[FrameworkItem, ...]
    attribution: str = ""  # how the publisher asks to be credited, shown with the framework
    notes: str = ""  # what the file holds and what it leaves out (Markdown)
    # The pack that carries it; "" for a built-in framework. Not content.
    pack_id: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", tuple(self.items))

    @property
    def is_builtin(self) -> bool:
        return not self.pack_id

    @property
    def item_ids(self) -> tuple[str, ...]:
        """Every item's full id, ``"<framework id>:<item id>"``, in order."""
        return tuple(f"{self.id}:{item.id}" for item in self.items)

    def item(self, item_id: str) -> FrameworkItem | None:
        """The item with this id (``"4"`` or ``"swe-ps:4"``), if the framework has it."""
        if ":" in item_id:
            framework_id, _, item_id = item_id.partition(":")
            if framework_id != self.id:
                return None
        return next((item for item in self.items if item.id == item_id), None)


def split_item_id(full_id: str) -> tuple[str, str] | None:
    """``"swe-ps:4"`` -> ``("swe-ps", "4")``; None for text that is not an item id."""
    if not isinstance(full_id, str) or not FRAMEWORK_ITEM_ID.fullmatch(full_id):
        return None
    framework_id, _, item_id = full_id.partition(":")
    return framework_id, item_id


# -- the schema walk (on untrusted_json.JsonChecker, so a pack's frameworks and a
# framework file are checked by one set of rules) --------------------------------------------


def _ident(
    checker: JsonChecker, value: Any, path: str, *, pattern: re.Pattern[str], example: str, rule: str
) -> str | None:
    return checker.ident(value, path, cap=20, pattern=pattern, example=example, rule=rule)


def _framework(
    checker: JsonChecker, obj: dict[str, Any], path: str, *, extra: tuple[str, ...] = ()
) -> Framework | None:
    """The framework in ``obj`` (already known to be an object), or None
    after adding its problems. ``extra`` are keys the caller checks itself
    (a file's ``format`` and ``format_version``)."""
    checker.fields(obj, path, (*extra, *FRAMEWORK_REQUIRED), FRAMEWORK_OPTIONAL, "a framework")
    get = checker.get

    def at(key: str) -> str:
        return join_path(path, key)

    framework_id = get(obj, "id", lambda v, p: _ident(
        checker, v, at(p), pattern=FRAMEWORK_ID, example="swe-ps",
        rule='a framework id: a lowercase letter, then up to 19 lowercase letters, digits and "-"',
    ))  # fmt: skip
    version = get(obj, "version", lambda v, p: checker.semver(v, at(p)))
    name = get(obj, "name", lambda v, p: checker.text(v, at(p), cap=MAX_NAME, shown_as="title"))
    publisher = get(obj, "publisher", lambda v, p: checker.text(v, at(p), cap=MAX_PUBLISHER, shown_as="name"))
    year = get(obj, "year", lambda v, p: checker.whole(v, at(p), low=MIN_YEAR, high=MAX_YEAR, example=2019))
    licence = get(obj, "licence", lambda v, p: checker.text(v, at(p), cap=MAX_LICENCE))
    source = get(obj, "source", lambda v, p: _source(checker, v, at(p)))
    attribution = get(
        obj, "attribution", lambda v, p: checker.text(v, at(p), cap=MAX_ATTRIBUTION, prose=True, empty_ok=True), ""
    )
    notes = get(obj, "notes", lambda v, p: checker.text(v, at(p), cap=MAX_NOTES, prose=True, empty_ok=True), "")
    items = get(obj, "items", lambda v, p: _items(checker, v, at(p)))
    values = (framework_id, version, name, publisher, year, licence, source, attribution, notes, items)
    if any(v is None for v in values) or any(key not in obj for key in FRAMEWORK_REQUIRED):
        return None
    return Framework(
        id=framework_id,
        version=version,
        name=name,
        publisher=publisher,
        year=year,
        licence=licence,
        source=source,
        items=items,
        attribution=attribution,
        notes=notes,
    )


def _source(checker: JsonChecker, value: Any, path: str) -> FrameworkSource | None:
    obj = checker.obj(value, path, "a source")
    if obj is None:
        return None
    checker.fields(obj, path, SOURCE_REQUIRED, (), "a source")
    citation = checker.get(
        obj, "citation", lambda v, p: checker.text(v, join_path(path, p), cap=MAX_CITATION, shown_as="title")
    )
    url = checker.get(obj, "url", lambda v, p: _https(checker, v, join_path(path, p)))
    if citation is None or url is None:
        return None
    return FrameworkSource(citation, url)


def _https(checker: JsonChecker, value: Any, path: str) -> str | None:
    text = checker.url(value, path)
    if text is None:
        return None
    if not text or not _HTTPS.fullmatch(text):
        checker.add(path, f"must be the https:// address where the framework is published; found {quote(text)}")
        return None
    return text


def _items(checker: JsonChecker, value: Any, path: str) -> tuple[FrameworkItem, ...] | None:
    items = checker.seq(value, path, "items", low=1, high=MAX_ITEMS, one="item")
    if items is None:
        return None
    out: list[FrameworkItem | None] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(items):
        where = f"{path}[{index}]"
        item = _item(checker, raw, where)
        if item is not None:
            if item.id in seen:
                checker.add(f"{where}.id", f"{quote(item.id)} is already the id of {path}[{seen[item.id]}]")
                item = None
            else:
                seen[item.id] = index
        out.append(item)
    return None if None in out else tuple(out)  # type: ignore[arg-type]


def _item(checker: JsonChecker, value: Any, path: str) -> FrameworkItem | None:
    obj = checker.obj(value, path, "an item")
    if obj is None:
        return None
    checker.fields(obj, path, ITEM_REQUIRED, ITEM_OPTIONAL, "an item")
    get = checker.get
    item_id = get(obj, "id", lambda v, p: _ident(
        checker, v, join_path(path, p), pattern=ITEM_ID, example="3.2",
        rule='an item id: a lowercase letter or digit, then up to 19 lowercase letters, digits, "." and "-"',
    ))  # fmt: skip
    title = get(obj, "title", lambda v, p: checker.text(v, join_path(path, p), cap=MAX_ITEM_TITLE, shown_as="title"))
    description = get(
        obj,
        "description",
        lambda v, p: checker.text(v, join_path(path, p), cap=MAX_ITEM_DESCRIPTION, prose=True, empty_ok=True),
        "",
    )
    level = get(obj, "level", lambda v, p: checker.text(v, join_path(path, p), cap=MAX_LEVEL, empty_ok=True), "")
    if None in (item_id, title, description, level) or any(key not in obj for key in ITEM_REQUIRED):
        return None
    return FrameworkItem(id=item_id, title=title, description=description, level=level)


def _builtin_clash(checker: JsonChecker, framework: Framework, path: str) -> bool:
    """Add a problem when ``framework`` takes a built-in framework's id (and
    is not that framework exactly as shipped); True when it did."""
    builtin = _builtin_by_id().get(framework.id)
    if builtin is None or framework == builtin:
        return False
    checker.add(
        join_path(path, "id"),
        f"{quote(framework.id)} is the id of a framework built into reflectjournal ({builtin.name}); "
        'give your framework its own id, such as "org-my-standards"',
    )
    return True


def check_pack_frameworks(
    checker: JsonChecker, value: Any, path: str, *, stored: bool = False
) -> tuple[Framework, ...] | None:
    """A prompt pack's ``frameworks`` section (pack format version 3), for
    packs' reader: a list of framework objects with neither ``format``
    nor ``format_version``. A framework may not take a built-in framework's
    id (unless ``stored``: a pack read back from the journal, see
    packs.read_pack), and two in one pack may not share one."""
    raw = checker.seq(value, path, "frameworks", low=1, high=MAX_PACK_FRAMEWORKS, one="framework")
    if raw is None:
        return None
    out: list[Framework | None] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw):
        where = f"{path}[{index}]"
        obj = checker.obj(entry, where, "a framework")
        framework = _framework(checker, obj, where) if obj is not None else None
        if framework is not None:
            if framework.id in seen:
                checker.add(f"{where}.id", f"{quote(framework.id)} is already the id of {path}[{seen[framework.id]}]")
                framework = None
            elif not stored and _builtin_clash(checker, framework, where):
                framework = None
            else:
                seen[framework.id] = index
        out.append(framework)
    return None if None in out else tuple(out)  # type: ignore[arg-type]


def _file(checker: JsonChecker, value: Any, *, builtin: bool = False) -> Framework | None:
    """A framework file's top level."""
    if not isinstance(value, dict):
        if isinstance(value, Bad):
            if value.message:
                checker.add("", f"the file {value.message}")
        else:
            checker.add("", f"the file must hold one JSON object {{ }}, not {_describe(value)}")
        return None
    root = checker.obj(value, "", "a framework")
    if root is None:
        return None
    if root.get("format") != FORMAT_NAME:
        if "format" not in root:
            checker.add("format", f'is missing; a framework file starts with "format": "{FORMAT_NAME}"')
        else:
            checker.add("format", f'must be "{FORMAT_NAME}"; found {_describe(root["format"])}')
        return None
    if "format_version" not in root:
        checker.add(
            "format_version", f"is missing; this version of reflectjournal reads format version {FORMAT_VERSION}"
        )
        return None
    version = checker.whole(root["format_version"], "format_version", low=1, high=10**6, example=1)
    if version is None:
        return None
    if version > FORMAT_VERSION_READ:
        checker.add(
            "format_version",
            f"is {version}: the framework was made for a newer version of reflectjournal; this version reads "
            f"format version {FORMAT_VERSION_READ}. Update reflectjournal to use it.",
        )
        return None
    framework = _framework(checker, root, "", extra=FILE_REQUIRED)
    if framework is not None and not builtin and _builtin_clash(checker, framework, ""):
        return None
    return framework


def _describe(value: Any) -> str:
    return kind_of(value)


# -- reading --------------------------------------------------------------------


def _check(data: bytes, *, builtin: bool = False) -> tuple[Framework | None, list[PackProblem]]:
    checker = JsonChecker()

    def run() -> Framework | None:
        value = decode_json(bytes(data), checker, limit=MAX_FILE_BYTES, what="a framework file")
        if checker.problems:
            return None
        return _file(checker, value, builtin=builtin)

    return guarded(checker, run)


def validate_framework_bytes(data: bytes) -> list[PackProblem]:
    """Every problem with ``data`` as a framework file; empty when it is valid."""
    return _check(data)[1]


def check_framework_bytes(data: bytes) -> tuple[Framework | None, list[PackProblem]]:
    """The framework (or None) and every problem, for ``framework validate``."""
    return _check(data)


def read_framework(data: bytes, *, name: str, builtin: bool = False) -> Framework:
    """Parse and validate a framework file's bytes; raise :class:`FrameworkInvalid`
    naming every problem. ``name`` names the file in the message; ``builtin``
    is for the shipped files themselves, which may of course use their ids."""
    framework, problems = _check(data, builtin=builtin)
    if framework is None:
        raise FrameworkInvalid(name, problems or [PackProblem("", "not a valid framework file")])
    return framework


def read_framework_file(path: str | os.PathLike[str], *, name: str | None = None, builtin: bool = False) -> Framework:
    """Read and validate a framework file (at most 512 KiB, a regular file).
    Raises :class:`FrameworkInvalid`, or ``OSError`` when it cannot be opened."""
    path = Path(path)
    label = name if name is not None else path.name
    data = read_capped_file(path, label, limit=MAX_FILE_BYTES, what="a framework", error=FrameworkInvalid)
    return read_framework(data, name=label, builtin=builtin)


# -- writing --------------------------------------------------------------------


def framework_to_dict(framework: Framework, *, in_pack: bool = False) -> dict[str, Any]:
    """The framework as JSON-ready data, fields in the canonical order; as a
    file (with ``format`` and ``format_version``) or, ``in_pack``, as an entry
    of a pack's ``frameworks`` section."""
    out: dict[str, Any] = {} if in_pack else {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    out.update(
        {
            "id": framework.id,
            "version": framework.version,
            "name": framework.name,
            "publisher": framework.publisher,
            "year": framework.year,
            "licence": framework.licence,
            "source": {"citation": framework.source.citation, "url": framework.source.url},
        }
    )
    if framework.attribution:
        out["attribution"] = framework.attribution
    if framework.notes:
        out["notes"] = framework.notes
    items = []
    for item in framework.items:
        entry: dict[str, Any] = {"id": item.id, "title": item.title}
        if item.description:
            entry["description"] = item.description
        if item.level:
            entry["level"] = item.level
        items.append(entry)
    out["items"] = items
    return out


def write_framework(framework: Framework) -> bytes:
    """The framework as a canonical file: UTF-8, two-space indents, a final
    newline; checked by the reader before it is returned."""
    data = (json.dumps(framework_to_dict(framework), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    read_framework(data, name=framework.id or "framework", builtin=True)
    return data


# -- built-in and installed frameworks ----------------------------------------------


@lru_cache(maxsize=1)
def _builtin() -> tuple[Framework, ...]:
    folder = resource_dir() / "frameworks"
    if not folder.is_dir():
        return ()
    frameworks = [read_framework_file(path, builtin=True) for path in sorted(folder.glob(f"*{FILE_SUFFIX}"))]
    rank = {fid: index for index, fid in enumerate(BUILTIN_ORDER)}
    return tuple(sorted(frameworks, key=lambda f: (rank.get(f.id, len(rank)), f.id)))


@lru_cache(maxsize=1)
def _builtin_by_id() -> dict[str, Framework]:
    return {f.id: f for f in _builtin()}


def builtin_frameworks() -> tuple[Framework, ...]:
    """The frameworks shipped in ``resources/frameworks/``, read by the same
    reader as any framework file: Social Work England's professional
    standards, the two knowledge and skills statements and the PCF's domains.
    Raises FrameworkInvalid if one is broken (a test makes sure none is)."""
    return _builtin()


@lru_cache(maxsize=1)
def builtin_item_ids() -> frozenset[str]:
    """Every built-in framework item's full id (``"swe-ps:4"``)."""
    return frozenset(i for f in _builtin() for i in f.item_ids)


def frameworks_of_packs(packs: Iterable[PromptPack]) -> tuple[Framework, ...]:
    """The frameworks the given packs carry, in pack order; the first of two
    with the same id wins (pack_store refuses a second one on import)."""
    seen: set[str] = set()
    out = []
    for pack in packs:
        for framework in pack.frameworks:
            if framework.id not in seen:
                seen.add(framework.id)
                out.append(framework)
    return tuple(out)


def available_frameworks(journal: Journal | None = None) -> tuple[Framework, ...]:
    """The built-in frameworks, then those carried by the packs installed in
    ``journal`` (turned off or not: turning a pack off hides its prompts, not
    the evidence linked to its frameworks). A built-in framework's id always
    means the built-in framework."""
    builtin = _builtin()
    if journal is None:
        return builtin
    taken = {f.id for f in builtin}
    installed = frameworks_of_packs(p.pack for p in journal.packs.installed())
    return builtin + tuple(f for f in installed if f.id not in taken)


def framework_by_id(framework_id: str, frameworks: Iterable[Framework] | None = None) -> Framework | None:
    """The framework with this id among ``frameworks`` (the built-in ones
    when not given), or None."""
    if frameworks is None:
        return _builtin_by_id().get(framework_id)
    return next((f for f in frameworks if f.id == framework_id), None)


def framework_item_title(framework_id: str, item_id: str, frameworks: Iterable[Framework] | None = None) -> str | None:
    """The short title of an item, or None when the framework is not there or
    no longer has the item (a newer version dropped it, or the pack that
    carried it was removed). The link itself is kept by its owner; the UI
    shows None as "no longer in this framework"."""
    framework = framework_by_id(framework_id, frameworks)
    item = framework.item(item_id) if framework is not None else None
    return item.title if item is not None else None

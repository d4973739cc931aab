"""Prompt packs: the ``.rjpack`` file format. Read, validate, write. No Qt.

A pack file is untrusted input: someone else wrote it, and it may be
damaged or hostile. Every bad file ends in :class:`PackInvalid` carrying a
list of :class:`PackProblem`, each naming its field in plain words
(``prompts[3].sources[0].year: must be a whole number ...``) and quoting at
most a short, escaped excerpt. Nothing else escapes the reader: never
``RecursionError``, ``MemoryError``, ``UnicodeError``, ``KeyError`` or a
traceback, and a file of the largest allowed size is read well within a
second.

The order of the checks is the order of the costs (the first four, and the
building blocks of the fifth, are core/untrusted_json.py, shared with the
professional frameworks' reader, core/frameworks.py):

1. size, at most :data:`MAX_FILE_BYTES`, before anything else;
2. strict UTF-8 (one leading UTF-8 byte order mark is accepted and dropped,
   because Windows editors add it; UTF-16 and UTF-32 are refused by name);
3. nesting, at most :data:`MAX_DEPTH`, counted by a linear scan of the bytes
   before the JSON parser sees them, so deep input cannot recurse;
4. JSON, with duplicate keys, ``NaN``/``Infinity`` and over-long numbers
   caught by the parser's hooks and reported with their field;
5. the schema: types, required and unknown fields, length caps, ids,
   versions, dates and the ``when`` vocabulary; text is NFC-normalised and
   control, bidirectional and zero-width characters are refused where they
   could disguise a title or an id.

``docs/prompt-pack-format.md`` describes the format for people and
``resources/prompt-pack.schema.json`` for tools; this module is the source
of truth, and a test keeps the schema's required fields in step with it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .digest import sha256
from .errors import PackInvalid
from .resources import resource_dir
from .untrusted_json import EXCERPT_CHARS as EXCERPT_CHARS
from .untrusted_json import MAX_DEPTH as MAX_DEPTH
from .untrusted_json import MAX_NUMBER_CHARS as MAX_NUMBER_CHARS
from .untrusted_json import MAX_PROBLEMS as MAX_PROBLEMS
from .untrusted_json import MAX_URL as MAX_URL
from .untrusted_json import (
    MAX_VERSION,
    JsonChecker,
    PackProblem,
    decode_json,
    read_capped_file,
    too_big,
)
from .untrusted_json import (
    SEMVER as _SEMVER,
)
from .untrusted_json import (
    Bad as _Bad,
)
from .untrusted_json import (
    escape as _escape,
)
from .untrusted_json import (
    guarded as _guarded,
)
from .untrusted_json import (
    join_path as _join,
)
from .untrusted_json import (
    kind_of as _kind_of,
)
from .untrusted_json import (
    quote as _quote,
)
from .untrusted_json import (
    suggest as _suggest,
)

if TYPE_CHECKING:
    from .frameworks import Framework

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FORMAT_VERSION_READ",
    "FORMAT_VERSION_SIGNED",
    "FORMAT_VERSION_FRAMEWORKS",
    "KIND_WHEN",
    "WHEN",
    "WHEN_LABELS",
    "PackInvalid",
    "PackProblem",
    "PackSignature",
    "Prompt",
    "PromptPack",
    "Source",
    "FRAMEWORK_ITEM_ID",
    "builtin_framework_item_ids",
    "builtin_id_problem",
    "builtin_packs",
    "PackCheck",
    "check_pack_bytes",
    "template_leftovers",
    "compare_versions",
    "find_prompt",
    "new_pack_template",
    "prompt_of_the_day",
    "prompts_for_kind",
    "read_pack",
    "read_pack_file",
    "search_prompts",
    "validate_pack_bytes",
    "write_pack",
]

FORMAT_NAME = "reflectjournal-prompt-pack"
# Format version 2 adds the optional "signature" (core/pack_signing.py). A
# pack without one is still written as version 1 (FORMAT_VERSION, what an
# unsigned pack file says), so older readers keep reading unsigned packs;
# the reader understands up to FORMAT_VERSION_READ.
# Format version 3 adds the optional "frameworks" section (professional
# frameworks carried by the pack, core/frameworks.py); a pack that carries
# none is written as before, so older readers keep reading it.
FORMAT_VERSION = 1
FORMAT_VERSION_UNSIGNED = FORMAT_VERSION
FORMAT_VERSION_SIGNED = 2
FORMAT_VERSION_FRAMEWORKS = 3
FORMAT_VERSION_READ = 3
FILE_SUFFIX = ".rjpack"
BUILTIN_ID_PREFIX = "org.reflectjournal.builtin."

# -- caps ---------------------------------------------------------------------
# Every cap is documented in docs/prompt-pack-format.md; keep the two in step.
MAX_FILE_BYTES = 2 * 1024 * 1024  # checked before parsing
# MAX_DEPTH, MAX_NUMBER_CHARS, MAX_PROBLEMS, EXCERPT_CHARS, MAX_VERSION and
# MAX_URL come with the reader from core/untrusted_json.py (imported above).

MAX_PACK_ID = 100
MAX_PROMPT_ID = 64
MAX_TITLE = 120
MAX_AUTHORS = 20
MAX_AUTHOR = 120
MAX_ORGANISATION = 200
MAX_LICENCE = 100
MAX_LANGUAGE = 35
MAX_DESCRIPTION = 4_000
MAX_PROMPTS = 500
MAX_GUIDANCE = 10_000
MAX_QUESTIONS = 20
MAX_QUESTION = 500
MAX_MODEL = 120
MAX_SOURCES = 20
MAX_SOURCE_AUTHOR = 300
MAX_SOURCE_TITLE = 300
MAX_PUBLISHER = 200
MAX_TAGS = 20
MAX_TAG = 60
MAX_SERVES = 20  # framework item ids a prompt serves
MAX_FRAMEWORK_ITEM = 40
MAX_SELF_CARE = 300
MIN_YEAR, MAX_YEAR = 1500, 2100
# The signature's fields are short base64, hex or names; anything longer is
# refused by the reader before any cryptography runs.
MAX_SIGNATURE_ALGORITHM = 40
MAX_SIGNATURE_KEY = 200
MAX_SIGNATURE_DIGEST = 100
MAX_SIGNATURE_VALUE = 200

NO_SOURCES_WARNING = "has no sources: practitioners cannot see what the prompt draws on; add the works it is based on"

# -- when a prompt is useful ----------------------------------------------------
# Stable machine keys (stored in files) with the labels people see.
WHEN: tuple[tuple[str, str], ...] = (
    ("after_home_visit", "After a home visit"),
    ("before_visit", "Before a visit"),
    ("preparing_for_supervision", "Preparing for supervision"),
    ("after_supervision", "After supervision"),
    ("court_and_reports", "Court and reports"),
    ("direct_work_with_child", "Direct work with a child"),
    ("wellbeing_and_resilience", "Wellbeing and resilience"),
    ("learning_from_case_reviews", "Learning from case reviews"),
    ("critical_incident", "Critical incident"),
)
WHEN_LABELS: dict[str, str] = dict(WHEN)

# For each built-in entry kind (models.BUILTIN_KINDS), the "when" keys whose
# prompts suit it, best first. Kinds not listed (custom kinds) get no
# preference: every prompt, in pack order.
KIND_WHEN: dict[str, tuple[str, ...]] = {
    "home_visit": ("after_home_visit", "learning_from_case_reviews", "direct_work_with_child", "before_visit"),
    "joint_visit": ("after_home_visit", "learning_from_case_reviews", "direct_work_with_child", "before_visit"),
    "core_group": ("learning_from_case_reviews", "court_and_reports", "critical_incident"),
    "cp_conference": ("learning_from_case_reviews", "court_and_reports", "critical_incident"),
    "strategy_discussion": ("critical_incident", "learning_from_case_reviews", "wellbeing_and_resilience"),
    "cin_meeting": ("learning_from_case_reviews", "direct_work_with_child", "court_and_reports"),
    "cla_review": ("direct_work_with_child", "learning_from_case_reviews", "court_and_reports"),
    "family_group_conference": ("learning_from_case_reviews", "direct_work_with_child", "before_visit"),
    "professionals_meeting": ("learning_from_case_reviews", "court_and_reports", "preparing_for_supervision"),
    "court": ("court_and_reports", "wellbeing_and_resilience", "learning_from_case_reviews"),
    "supervision": ("preparing_for_supervision", "after_supervision", "wellbeing_and_resilience"),
    "observation": ("direct_work_with_child", "after_home_visit", "preparing_for_supervision"),
    "direct_work": ("direct_work_with_child", "after_home_visit", "before_visit"),
    "phone_call": ("learning_from_case_reviews", "before_visit", "critical_incident"),
    "team_meeting": ("learning_from_case_reviews", "wellbeing_and_resilience", "preparing_for_supervision"),
    "training": ("learning_from_case_reviews", "preparing_for_supervision", "after_supervision"),
    "other": ("critical_incident", "wellbeing_and_resilience", "preparing_for_supervision"),
}

_PACK_ID = re.compile(r"[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+", re.ASCII)
_PROMPT_ID = re.compile(r"[a-z0-9][a-z0-9_.-]*", re.ASCII)
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*", re.ASCII)
# A professional framework item a prompt serves: "<framework>:<item>", such
# as "swe-ps:4" (Social Work England professional standard 4), "pcf:6" (the
# PCF's sixth domain, Critical Reflection and Analysis) or "kss-cf:7" (the
# child and family knowledge and skills statement, paragraph 7). The scheme
# is described in docs/prompt-pack-format.md.
FRAMEWORK_ITEM_ID = re.compile(r"[a-z][a-z0-9-]{0,19}:[a-z0-9][a-z0-9.-]{0,19}", re.ASCII)


def builtin_framework_item_ids() -> frozenset[str] | None:
    """The item ids (``"swe-ps:4"``) of the professional frameworks built
    into reflectjournal (``resources/frameworks/``, core/frameworks.py).

    Every pack's ``serves`` lists are checked against them, and against the
    items of the frameworks the same pack carries, by the reader and so by
    ``pack validate``. (None would mean "no frameworks to check against":
    then only the form of each id, :data:`FRAMEWORK_ITEM_ID`, is checked.)
    """
    from .frameworks import builtin_item_ids

    return builtin_item_ids()


PACK_REQUIRED = (
    "format",
    "format_version",
    "id",
    "title",
    "version",
    "updated",
    "language",
    "licence",
    "authors",
    "description",
    "prompts",
)
PACK_OPTIONAL = ("organisation", "signature", "frameworks")
PROMPT_REQUIRED = ("id", "title", "when", "questions", "sources")
PROMPT_OPTIONAL = ("model", "guidance", "tags", "serves", "self_care")
SOURCE_REQUIRED = ("author", "title", "year")
SOURCE_OPTIONAL = ("publisher", "url")
SIGNATURE_REQUIRED = ("algorithm", "public_key", "pack_id", "pack_version", "content_sha256", "value")


# -- data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A work a prompt draws on."""

    author: str
    title: str
    year: int
    publisher: str = ""
    url: str = ""

    def citation(self) -> str:
        """One line, for example ``Kolb, D. (1984) Experiential Learning. Prentice-Hall.``"""
        text = f"{self.author} ({self.year}) {self.title}."
        if self.publisher:
            text += f" {self.publisher}."
        if self.url:
            text += f" {self.url}"
        return text


@dataclass(frozen=True)
class Prompt:
    """One prompt: questions in order, with guidance and where it comes from.

    ``id`` is unique inside its pack; :attr:`full_id` (``<pack id>/<id>``)
    is unique everywhere, and is what an entry records in ``prompt_ids``.
    """

    id: str
    title: str
    questions: tuple[str, ...]
    when: tuple[str, ...]
    sources: tuple[Source, ...] = ()
    guidance: str = ""
    model: str = ""
    tags: tuple[str, ...] = ()
    pack_id: str = ""
    # Framework item ids (FRAMEWORK_ITEM_ID) the prompt serves, for
    # suggesting evidence tags; and, for a prompt about the worker's own
    # wellbeing that rightly does not turn back to the child, the reason.
    serves: tuple[str, ...] = ()
    self_care: str = ""

    def __post_init__(self) -> None:
        # Lists are accepted for convenience (the pack editor builds them);
        # tuples keep the value frozen and hashable.
        for name in ("questions", "when", "sources", "tags", "serves"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    @property
    def full_id(self) -> str:
        return f"{self.pack_id}/{self.id}" if self.pack_id else self.id

    @property
    def when_labels(self) -> tuple[str, ...]:
        return tuple(WHEN_LABELS.get(key, key) for key in self.when)


@dataclass(frozen=True)
class PackSignature:
    """The ``signature`` object of a signed pack, as written in the file.

    The reader checks only its shape and lengths; whether it is a good
    signature is for :func:`reflectjournal.core.pack_signing.verify` (which
    imports the cryptography library only when asked).
    """

    algorithm: str
    public_key: str  # base64 of the 32-byte Ed25519 public key
    pack_id: str
    pack_version: str
    content_sha256: str  # hex digest of the canonical content
    value: str  # base64 of the 64-byte signature


@dataclass(frozen=True)
class PromptPack:
    """A pack of prompts, as read from (or written to) a ``.rjpack`` file."""

    id: str
    title: str
    version: str
    authors: tuple[str, ...]
    licence: str
    language: str
    description: str
    updated: dt.date
    prompts: tuple[Prompt, ...]
    organisation: str = ""
    # Not part of the pack's content: two packs that differ only in their
    # signature compare equal (pack_signing.carry_signature relies on it).
    signature: PackSignature | None = field(default=None, compare=False)
    # Professional frameworks the pack carries (format version 3), each
    # knowing this pack's id (Framework.pack_id).
    frameworks: tuple[Framework, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "authors", tuple(self.authors))
        frameworks = tuple(f if f.pack_id == self.id else replace(f, pack_id=self.id) for f in self.frameworks)
        object.__setattr__(self, "frameworks", frameworks)
        # Every prompt knows its pack, so its full id is always right.
        prompts = tuple(p if p.pack_id == self.id else replace(p, pack_id=self.id) for p in self.prompts)
        object.__setattr__(self, "prompts", prompts)

    @property
    def is_builtin(self) -> bool:
        return self.id.startswith(BUILTIN_ID_PREFIX)

    def prompt(self, prompt_id: str) -> Prompt | None:
        """The prompt with this id (its own id or its full id), if any."""
        for prompt in self.prompts:
            if prompt_id in (prompt.id, prompt.full_id):
                return prompt
        return None


# -- the schema walk ------------------------------------------------------------


class _Checker(JsonChecker):
    """The pack's walk, on the shared checks of core/untrusted_json.py."""

    def __init__(self) -> None:
        super().__init__()
        # A pack read back from the journal (pack_store): its prompts'
        # "serves" are kept even when a framework no longer has the item,
        # so a newer reflectjournal never makes an installed pack unreadable.
        self.stored = False
        # The item ids of the frameworks the pack being read carries.
        self.pack_items: frozenset[str] = frozenset()

    # The pack.
    def pack(self, value: Any) -> PromptPack | None:
        if not isinstance(value, dict):
            if isinstance(value, _Bad):
                self.add("", f"the file {value.message}")
            else:
                self.add("", f"the file must hold one JSON object {{ }}, not {_kind_of(value)}")
            return None
        root = self.obj(value, "", "a prompt pack")
        if root is None:
            return None
        if root.get("format") != FORMAT_NAME:
            if "format" not in root:
                self.add("format", f'is missing; a prompt pack starts with "format": "{FORMAT_NAME}"')
            else:
                self.add("format", f'must be "{FORMAT_NAME}"; found {_kind_of(root["format"])}')
            return None
        if "format_version" not in root:
            self.add(
                "format_version",
                f"is missing; this version of reflectjournal reads format versions 1 to {FORMAT_VERSION_READ}",
            )
            return None
        version_of_format = self.whole(root["format_version"], "format_version", low=1, high=10**6, example=1)
        if version_of_format is None:
            return None
        if version_of_format > FORMAT_VERSION_READ:
            self.add(
                "format_version",
                f"is {version_of_format}: the pack was made for a newer version of reflectjournal; this version "
                f"reads format versions up to {FORMAT_VERSION_READ}. Update reflectjournal to use it.",
            )
            return None

        self.fields(root, "", PACK_REQUIRED, PACK_OPTIONAL, "a prompt pack")
        pack_id = self.get(root, "id", lambda v, p: self.ident(
            v, p, cap=MAX_PACK_ID, pattern=_PACK_ID, example="org.example.my-pack",
            rule='a reverse domain name of lowercase letters, digits, "-" and "_" in parts joined by dots',
        ))  # fmt: skip
        title = self.get(root, "title", lambda v, p: self.text(v, p, cap=MAX_TITLE, shown_as="title"))
        version = self.get(root, "version", self.semver)
        updated = self.get(root, "updated", self.date)
        language = self.get(root, "language", self._language)
        licence = self.get(root, "licence", lambda v, p: self.text(v, p, cap=MAX_LICENCE))
        authors = self.get(root, "authors", self._authors)
        organisation = self.get(
            root, "organisation", lambda v, p: self.text(v, p, cap=MAX_ORGANISATION, empty_ok=True, shown_as="name"), ""
        )
        description = self.get(root, "description", lambda v, p: self.text(v, p, cap=MAX_DESCRIPTION, prose=True))
        frameworks: tuple[Framework, ...] | None = ()
        if "frameworks" in root:
            if version_of_format < FORMAT_VERSION_FRAMEWORKS:
                self.add(
                    "frameworks",
                    f"needs format_version {FORMAT_VERSION_FRAMEWORKS}; this file says {version_of_format}",
                )
                frameworks = None
            else:
                from .frameworks import check_pack_frameworks

                frameworks = check_pack_frameworks(self, root["frameworks"], "frameworks", stored=self.stored)
                self.pack_items = frozenset(i for f in frameworks or () for i in f.item_ids)
        prompts = self.get(root, "prompts", self._prompts)
        signature = None
        if "signature" in root:
            if version_of_format < FORMAT_VERSION_SIGNED:
                self.add(
                    "signature", f"needs format_version {FORMAT_VERSION_SIGNED}; this file says {version_of_format}"
                )
            else:
                signature = self._signature(root["signature"], "signature")
        if self.problems:
            return None
        return PromptPack(
            id=pack_id,
            title=title,
            version=version,
            authors=authors,
            licence=licence,
            language=language,
            description=description,
            updated=updated,
            prompts=prompts,
            organisation=organisation,
            frameworks=frameworks or (),
            signature=signature,
        )

    def _signature(self, value: Any, path: str) -> PackSignature | None:
        obj = self.obj(value, path, "a signature")
        if obj is None:
            return None
        self.fields(obj, path, SIGNATURE_REQUIRED, (), "a signature")
        caps = {
            "algorithm": MAX_SIGNATURE_ALGORITHM,
            "public_key": MAX_SIGNATURE_KEY,
            "pack_id": MAX_PACK_ID,
            "pack_version": MAX_VERSION,
            "content_sha256": MAX_SIGNATURE_DIGEST,
            "value": MAX_SIGNATURE_VALUE,
        }
        out = {
            key: self.get(obj, key, lambda v, p, cap=cap: self.text(v, _join(path, p), cap=cap))
            for key, cap in caps.items()
        }
        if any(v is None for v in out.values()):
            return None
        return PackSignature(**out)

    def _language(self, value: Any, path: str) -> str | None:
        text = self.text(value, path, cap=MAX_LANGUAGE)
        if text is not None and not _LANGUAGE.fullmatch(text):
            self.add(path, f'must be a language tag such as "en-GB"; found {_quote(text)}')
            return None
        return text

    def _authors(self, value: Any, path: str) -> tuple[str, ...] | None:
        items = self.seq(value, path, "authors", low=1, high=MAX_AUTHORS, one="author")
        if items is None:
            return None
        out = [self.text(item, f"{path}[{i}]", cap=MAX_AUTHOR, shown_as="name") for i, item in enumerate(items)]
        return None if None in out else tuple(out)  # type: ignore[arg-type]

    def _prompts(self, value: Any, path: str) -> tuple[Prompt, ...] | None:
        items = self.seq(value, path, "prompts", low=1, high=MAX_PROMPTS, one="prompt")
        if items is None:
            return None
        prompts: list[Prompt | None] = []
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            where = f"{path}[{index}]"
            raw_id = item.get("id") if isinstance(item, dict) else None
            self.prompt_label = _escape(raw_id[:MAX_PROMPT_ID]) if isinstance(raw_id, str) else ""
            try:
                prompt = self._prompt(item, where)
            finally:
                self.prompt_label = ""
            if prompt is not None:
                if prompt.id in seen:
                    self.add(f"{where}.id", f"{_quote(prompt.id)} is already the id of {path}[{seen[prompt.id]}]")
                    prompt = None
                else:
                    seen[prompt.id] = index
            prompts.append(prompt)
        return None if None in prompts else tuple(prompts)  # type: ignore[arg-type]

    def _prompt(self, value: Any, path: str) -> Prompt | None:
        obj = self.obj(value, path, "a prompt")
        if obj is None:
            return None
        self.fields(obj, path, PROMPT_REQUIRED, PROMPT_OPTIONAL, "a prompt")
        get = self.get
        prompt_id = get(obj, "id", lambda v, p: self.ident(
            v, _join(path, p), cap=MAX_PROMPT_ID, pattern=_PROMPT_ID, example="gibbs-feelings",
            rule='lowercase letters, digits, ".", "-" and "_", starting with a letter or digit',
        ))  # fmt: skip
        title = get(obj, "title", lambda v, p: self.text(v, _join(path, p), cap=MAX_TITLE, shown_as="title"))
        when = get(obj, "when", lambda v, p: self._when(v, _join(path, p)))
        model = get(obj, "model", lambda v, p: self.text(v, _join(path, p), cap=MAX_MODEL, empty_ok=True), "")
        questions = get(obj, "questions", lambda v, p: self._questions(v, _join(path, p)))
        guidance = get(
            obj, "guidance", lambda v, p: self.text(v, _join(path, p), cap=MAX_GUIDANCE, prose=True, empty_ok=True), ""
        )
        sources = get(obj, "sources", lambda v, p: self._sources(v, _join(path, p)))
        tags = get(obj, "tags", lambda v, p: self._tags(v, _join(path, p)), ())
        serves = get(obj, "serves", lambda v, p: self._serves(v, _join(path, p)), ())
        self_care = get(
            obj, "self_care", lambda v, p: self.text(v, _join(path, p), cap=MAX_SELF_CARE, empty_ok=True), ""
        )
        values = (prompt_id, title, when, model, questions, guidance, sources, tags, serves, self_care)
        if any(v is None for v in values) or any(key not in obj for key in PROMPT_REQUIRED):
            return None
        return Prompt(
            id=prompt_id,
            title=title,
            questions=questions,
            when=when,
            sources=sources,
            guidance=guidance,
            model=model,
            tags=tags,
            serves=serves,
            self_care=self_care,
        )

    def _serves(self, value: Any, path: str) -> tuple[str, ...] | None:
        items = self.seq(value, path, "framework item ids", low=0, high=MAX_SERVES, one="framework item id")
        if items is None:
            return None
        known = builtin_framework_item_ids()
        out: list[str] = []
        ok = True
        for index, item in enumerate(items):
            where = f"{path}[{index}]"
            text = self.ident(
                item, where, cap=MAX_FRAMEWORK_ITEM, pattern=FRAMEWORK_ITEM_ID, example="swe-ps:4",
                rule='a framework item id: "<framework>:<item>", lowercase letters, digits, "-" and "."',
            )  # fmt: skip
            if text is None:
                ok = False
            elif text in out:
                self.add(where, f"{_quote(text)} is listed twice")
                ok = False
            elif known is not None and not self.stored and text not in known and text not in self.pack_items:
                self.add(
                    where,
                    f"{_quote(text)} is not an item of a framework built into reflectjournal or carried by this pack",
                )
                ok = False
            else:
                out.append(text)
        return tuple(out) if ok else None

    def _when(self, value: Any, path: str) -> tuple[str, ...] | None:
        items = self.seq(value, path, '"when" keys', low=1, high=len(WHEN), one='"when" key')
        if items is None:
            return None
        out: list[str] = []
        for index, item in enumerate(items):
            where = f"{path}[{index}]"
            if isinstance(item, str) and item in WHEN_LABELS:
                if item in out:
                    self.add(where, f"{_quote(item)} is listed twice")
                out.append(item)
            elif isinstance(item, str):
                hint = _suggest(item, list(WHEN_LABELS))
                keys = ", ".join(WHEN_LABELS)
                self.add(where, f'{_quote(item)} is not a "when" key{hint}; the keys are: {keys}')
            else:
                self.add(where, f'must be text, one of the "when" keys, not {_kind_of(item)}')
        return tuple(out) if len(out) == len(items) and len(set(out)) == len(out) else None

    def _questions(self, value: Any, path: str) -> tuple[str, ...] | None:
        items = self.seq(value, path, "questions", low=1, high=MAX_QUESTIONS, one="question")
        if items is None:
            return None
        out: list[str | None] = []
        for index, item in enumerate(items):
            text = self.text(item, f"{path}[{index}]", cap=MAX_QUESTION)
            if text is not None and text in out:
                self.add(f"{path}[{index}]", f"is the same question as {path}[{out.index(text)}]: {_quote(text)}")
                text = None
            out.append(text)
        return None if None in out else tuple(out)  # type: ignore[arg-type]

    def _sources(self, value: Any, path: str) -> tuple[Source, ...] | None:
        items = self.seq(value, path, "sources", low=0, high=MAX_SOURCES)
        if items is None:
            return None
        if not items:
            self.warnings.append(PackProblem(path, NO_SOURCES_WARNING, self.prompt_label))
        out = [self._source(item, f"{path}[{index}]") for index, item in enumerate(items)]
        return None if None in out else tuple(out)  # type: ignore[arg-type]

    def _source(self, value: Any, path: str) -> Source | None:
        obj = self.obj(value, path, "a source")
        if obj is None:
            return None
        self.fields(obj, path, SOURCE_REQUIRED, SOURCE_OPTIONAL, "a source")
        get = self.get
        author = get(obj, "author", lambda v, p: self.text(v, _join(path, p), cap=MAX_SOURCE_AUTHOR))
        title = get(obj, "title", lambda v, p: self.text(v, _join(path, p), cap=MAX_SOURCE_TITLE))
        year = get(obj, "year", lambda v, p: self.whole(v, _join(path, p), low=MIN_YEAR, high=MAX_YEAR, example=1988))
        publisher = get(
            obj, "publisher", lambda v, p: self.text(v, _join(path, p), cap=MAX_PUBLISHER, empty_ok=True), ""
        )
        url = get(obj, "url", lambda v, p: self.url(v, _join(path, p)), "")
        if None in (author, title, year, publisher, url):
            return None
        return Source(author=author, title=title, year=year, publisher=publisher, url=url)

    def _tags(self, value: Any, path: str) -> tuple[str, ...] | None:
        items = self.seq(value, path, "tags", low=0, high=MAX_TAGS)
        if items is None:
            return None
        out: list[str] = []
        ok = True
        for index, item in enumerate(items):
            text = self.text(item, f"{path}[{index}]", cap=MAX_TAG)
            if text is None:
                ok = False
                continue
            # The same rule as entry tags: no '#', spaces collapsed, any case.
            tag = re.sub(r"\s+", " ", text.lstrip("#").strip()).casefold()
            if not tag:
                self.add(f"{path}[{index}]", "must not be empty")
                ok = False
            elif tag not in out:
                out.append(tag)
        return tuple(out) if ok else None


# -- reading --------------------------------------------------------------------


def _too_big(size: int) -> str:
    return too_big(size, MAX_FILE_BYTES, "a prompt pack")


def _decode(data: bytes, checker: JsonChecker) -> Any:
    return decode_json(data, checker, limit=MAX_FILE_BYTES, what="a prompt pack")


def _check(
    data: bytes, checker: _Checker | None = None, *, stored: bool = False
) -> tuple[PromptPack | None, list[PackProblem]]:
    checker = checker or _Checker()
    checker.stored = stored

    def run() -> PromptPack | None:
        value = _decode(bytes(data), checker)
        if checker.problems:
            return None
        return checker.pack(value)

    return _guarded(checker, run)


def validate_pack_bytes(data: bytes, name: str = "pack") -> list[PackProblem]:
    """Every problem with ``data`` as a pack file; an empty list when it is valid.

    ``name`` (the file's name) is only for the caller's messages; the problems
    themselves name fields, not files.
    """
    return _check(data)[1]


@dataclass(frozen=True)
class PackCheck:
    """A pack file checked: ``problems`` refuse it (exactly those of
    :func:`validate_pack_bytes`); ``warnings`` do not, but are worth the
    author's attention, such as a prompt with no sources."""

    problems: list[PackProblem]
    warnings: list[PackProblem]
    pack: PromptPack | None = None


def check_pack_bytes(data: bytes) -> PackCheck:
    """Every problem and every warning for ``data`` as a pack file (the pack
    editor's live check). Importing is no stricter or looser for it."""
    checker = _Checker()
    pack, problems = _check(data, checker)
    warnings = list(checker.warnings)
    if pack is not None:
        warnings += template_leftovers(pack)
    return PackCheck(list(problems), warnings, pack)


_TEMPLATE = "still the template's text from `pack new`"


def template_leftovers(pack: PromptPack) -> list[PackProblem]:
    """What of :func:`new_pack_template`'s sample text a pack still holds:
    warnings, so that "Your name" or the template's id is not published by
    mistake. A pack made from scratch has none."""
    template = new_pack_template()
    (sample,) = template.prompts
    out = []
    if pack.id.startswith("org.example."):
        out.append(PackProblem("id", f"{_TEMPLATE}; make it from your organisation and the pack's title"))
    if any(author in template.authors for author in pack.authors):
        out.append(PackProblem("authors", f"{_TEMPLATE} ({template.authors[0]!r}); give the authors' names"))
    if pack.description == template.description:
        out.append(PackProblem("description", f"{_TEMPLATE}; say what the pack is for and who it is for"))
    for index, prompt in enumerate(pack.prompts):
        if sample.guidance and prompt.guidance == sample.guidance:
            out.append(PackProblem(f"prompts[{index}].guidance", f"{_TEMPLATE}; write your own", prompt.id))
    return out


def read_pack(data: bytes, *, name: str, stored: bool = False) -> PromptPack:
    """Parse and validate a pack file's bytes; raise :class:`PackInvalid`.

    ``name`` names the file in the error's message. ``stored`` is for a pack
    read back from the journal, which was checked when it was imported: a
    prompt's ``serves`` naming an item that a built-in framework has since
    dropped is kept, not refused (the UI shows it as no longer in the
    framework), so an update of reflectjournal never loses an installed pack.
    """
    pack, problems = _check(data, stored=stored)
    if pack is None:
        raise PackInvalid(name, problems or [PackProblem("", "not a valid prompt pack")])
    return pack


def _read_pack_bytes(path: Path, name: str) -> bytes:
    """A pack file's bytes, at most :data:`MAX_FILE_BYTES` (a FIFO named like
    a pack cannot hang the app; a folder or a device is refused). OSError is
    left to the caller."""
    return read_capped_file(path, name, limit=MAX_FILE_BYTES, what="a prompt pack", error=PackInvalid)


def read_pack_file(path: str | os.PathLike[str], *, name: str | None = None) -> PromptPack:
    """Read and validate a ``.rjpack`` file.

    Raises :class:`PackInvalid` for anything wrong with the file's content
    (including a file over 2 MiB, a folder, or anything else that is not a
    regular file), and ``OSError`` when it cannot be opened at all.
    """
    path = Path(path)
    label = name if name is not None else path.name
    return read_pack(_read_pack_bytes(path, label), name=label)


# -- writing --------------------------------------------------------------------


def pack_to_dict(pack: PromptPack) -> dict[str, Any]:
    """The pack as plain JSON-ready data, fields in the canonical order."""
    out: dict[str, Any] = {
        "format": FORMAT_NAME,
        "format_version": _format_version_for(pack),
        "id": pack.id,
        "title": pack.title,
        "version": pack.version,
        "updated": pack.updated.isoformat() if isinstance(pack.updated, dt.date) else pack.updated,
        "language": pack.language,
        "licence": pack.licence,
        "authors": list(pack.authors),
    }
    if pack.organisation:
        out["organisation"] = pack.organisation
    out["description"] = pack.description
    if pack.frameworks:
        from .frameworks import framework_to_dict

        out["frameworks"] = [framework_to_dict(f, in_pack=True) for f in pack.frameworks]
    out["prompts"] = [_prompt_to_dict(p) for p in pack.prompts]
    if pack.signature is not None:
        sig = pack.signature
        out["signature"] = {
            "algorithm": sig.algorithm,
            "public_key": sig.public_key,
            "pack_id": sig.pack_id,
            "pack_version": sig.pack_version,
            "content_sha256": sig.content_sha256,
            "value": sig.value,
        }
    return out


def _format_version_for(pack: PromptPack) -> int:
    """The lowest format version that holds everything the pack has, so a
    pack without the newer sections stays readable by older versions."""
    if pack.frameworks:
        return FORMAT_VERSION_FRAMEWORKS
    return FORMAT_VERSION_SIGNED if pack.signature is not None else FORMAT_VERSION_UNSIGNED


def _prompt_to_dict(prompt: Prompt) -> dict[str, Any]:
    out: dict[str, Any] = {"id": prompt.id, "title": prompt.title, "when": list(prompt.when)}
    if prompt.model:
        out["model"] = prompt.model
    out["questions"] = list(prompt.questions)
    out["guidance"] = prompt.guidance
    out["sources"] = [_source_to_dict(s) for s in prompt.sources]
    out["tags"] = list(prompt.tags)
    # Written only when set, so packs from before these fields stay canonical.
    if prompt.serves:
        out["serves"] = list(prompt.serves)
    if prompt.self_care:
        out["self_care"] = prompt.self_care
    return out


def _source_to_dict(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {"author": source.author, "title": source.title, "year": source.year}
    if source.publisher:
        out["publisher"] = source.publisher
    if source.url:
        out["url"] = source.url
    return out


def write_pack(pack: PromptPack) -> bytes:
    """The pack as a canonical ``.rjpack`` file: UTF-8 (no BOM), two-space
    indents, fields in a fixed order, a final newline.

    The bytes are checked by the reader before they are returned, so a pack
    that would not read back (say, from an unfinished editor form) raises
    :class:`PackInvalid` here rather than after it has been shared.
    """
    text = json.dumps(pack_to_dict(pack), ensure_ascii=False, indent=2) + "\n"
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise PackInvalid(pack.id or "pack", [PackProblem("", "holds text that cannot be written as UTF-8")]) from None
    read_pack(data, name=pack.id or "pack")
    return data


def new_pack_template(
    today: dt.date | None = None,
    *,
    title: str = "",
    authors: tuple[str, ...] = (),
    organisation: str = "",
) -> PromptPack:
    """A small valid pack to start from (``reflectjournal pack new``). What
    is not given stays sample text, which :func:`template_leftovers` (and so
    ``pack validate``) points out until it is changed."""
    pack_id = "org.example.my-prompt-pack"
    if title.strip() and (organisation.strip() or any(a.strip() for a in authors)):
        from .pack_authoring import pack_id_for

        pack_id = pack_id_for(organisation, title, authors)
    return PromptPack(
        id=pack_id,
        title=title.strip() or "My prompt pack",
        version="0.1.0",
        authors=tuple(a.strip() for a in authors if a.strip()) or ("Your name",),
        organisation=organisation.strip(),
        licence="CC-BY-4.0",
        language="en-GB",
        description="What this pack is for, who wrote it and who it is for. Markdown is allowed.",
        updated=today or dt.date.today(),
        prompts=(
            Prompt(
                id="first-prompt",
                title="Looking back on a visit",
                when=("after_home_visit",),
                model="Gibbs: Description",
                questions=(
                    "What happened, in plain words?",
                    "What did the child say, do or show?",
                    "What will I do next, and by when?",
                ),
                guidance="Write what you saw and heard before what you made of it.\n\n"
                "Change this text: every prompt needs an id, a title, its questions in order, "
                "when it is useful, and its sources.",
                sources=(
                    Source(
                        author="Gibbs, G.",
                        title="Learning by Doing",
                        year=1988,
                        publisher="Further Education Unit, Oxford Polytechnic",
                    ),
                ),  # fmt: skip
                tags=("example",),
            ),
        ),
    )


# -- built-in packs ---------------------------------------------------------------


@lru_cache(maxsize=1)
def _builtin_packs() -> tuple[PromptPack, ...]:
    folder = resource_dir() / "packs"
    if not folder.is_dir():
        return ()
    return tuple(read_pack_file(path) for path in sorted(folder.glob(f"*{FILE_SUFFIX}")))


def builtin_packs() -> list[PromptPack]:
    """The packs shipped in ``resources/packs/``, read by the same reader as
    imported packs, in file-name order. Raises PackInvalid if one is broken
    (a test makes sure none is)."""
    return list(_builtin_packs())


def is_shipped_builtin(pack: PromptPack) -> bool:
    """Whether ``pack`` is one of the built-in packs exactly as shipped."""
    return any(b.id == pack.id and write_pack(b) == write_pack(pack) for b in _builtin_packs())


def builtin_id_problem(pack: PromptPack) -> PackProblem | None:
    """The problem with importing a pack that takes a built-in pack's id (or
    any id under ``org.reflectjournal.builtin.``), else None. The importer
    refuses such a pack and ``pack validate`` reports it: one rule, here."""
    if not (pack.is_builtin or pack.id in {b.id for b in _builtin_packs()}):
        return None
    return PackProblem(
        "id",
        "this id belongs to a built-in pack that comes with reflectjournal; give your pack its own id, "
        'such as "org.example.my-pack"',
    )


# -- versions ---------------------------------------------------------------------


def _version_key(version: str) -> tuple[Any, ...]:
    match = _SEMVER.fullmatch(version) if isinstance(version, str) else None
    if match is None:
        raise ValueError(f"not a semantic version: {_quote(str(version))}")
    major, minor, patch, pre = int(match[1]), int(match[2]), int(match[3]), match[4]
    if pre is None:
        return (major, minor, patch, (1,))
    parts = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return (major, minor, patch, (0, parts))


def compare_versions(
    installed: str | PromptPack | None, incoming: str | PromptPack
) -> Literal["new", "update", "same", "older"]:
    """What importing ``incoming`` over ``installed`` would be.

    ``"new"`` when nothing is installed (or, given two packs, their ids
    differ); otherwise semantic-version precedence decides ``"update"``,
    ``"same"`` (build metadata after ``+`` is ignored, as semver says) or
    ``"older"``. Raises ValueError for a string that is not a version.
    """
    if installed is None:
        return "new"
    if isinstance(installed, PromptPack) and isinstance(incoming, PromptPack) and installed.id != incoming.id:
        return "new"
    old = installed.version if isinstance(installed, PromptPack) else installed
    new = incoming.version if isinstance(incoming, PromptPack) else incoming
    a, b = _version_key(old), _version_key(new)
    if b > a:
        return "update"
    return "same" if a == b else "older"


# -- finding prompts --------------------------------------------------------------


def _all_prompts(packs: Iterable[PromptPack]) -> list[Prompt]:
    return [prompt for pack in packs for prompt in pack.prompts]


def find_prompt(packs: Iterable[PromptPack], full_id: str) -> Prompt | None:
    """The prompt an entry recorded as ``<pack id>/<prompt id>``, if still installed."""
    for prompt in _all_prompts(packs):
        if prompt.full_id == full_id:
            return prompt
    return None


def prompts_for_kind(packs: Iterable[PromptPack], kind_key: str) -> list[Prompt]:
    """Every prompt, those that suit an entry of ``kind_key`` first.

    Suitability follows :data:`KIND_WHEN`: a home visit gets "after a home
    visit" prompts, then "learning from case reviews", and so on. Within a
    rank, prompts from packs made for that occasion come first (a pack's
    share of prompts whose first "when" it is: the "After a home visit" pack
    before the general reflective models that also suit one), then prompts
    made for fewer occasions; otherwise pack order is kept.
    """
    order = KIND_WHEN.get(kind_key, ())
    rank = {key: index for index, key in enumerate(order)}
    packs = list(packs)
    prompts = _all_prompts(packs)
    focus = {
        (pack.id, key): sum(1 for p in pack.prompts if p.when[:1] == (key,)) / max(1, len(pack.prompts))
        for pack in packs
        for key in order
    }

    def position(item: tuple[int, Prompt]) -> tuple[int, float, int, int]:
        index, prompt = item
        best = min((rank[w] for w in prompt.when if w in rank), default=len(order))
        if best == len(order):
            return (best, 0.0, 0, index)
        return (best, -focus.get((prompt.pack_id, order[best]), 0.0), len(prompt.when), index)

    return [prompt for _, prompt in sorted(enumerate(prompts), key=position)]


def _fold(text: str) -> str:
    """Lower case without accents, so "schon" finds "Schön"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_prompts(packs: Iterable[PromptPack], text: str) -> list[Prompt]:
    """Prompts holding every word of ``text`` (any case, accents ignored) in
    their title, questions, guidance, model, tags, "when" labels, sources or
    pack title; title matches rank first. An empty search returns every prompt."""
    packs = list(packs)
    words = _fold(text).split()
    if not words:
        return _all_prompts(packs)
    scored: list[tuple[int, int, Prompt]] = []
    index = 0
    for pack in packs:
        for prompt in pack.prompts:
            fields = (
                (6, _fold(prompt.title)),
                (3, _fold(" ".join((prompt.model, *prompt.tags, *prompt.when_labels)))),
                (2, _fold(" ".join(prompt.questions))),
                (1, _fold(" ".join((prompt.guidance, pack.title)))),
                (1, _fold(" ".join(f"{s.author} {s.title} {s.year}" for s in prompt.sources))),
            )
            score = 0
            for word in words:
                hits = [weight for weight, haystack in fields if word in haystack]
                if not hits:
                    score = 0
                    break
                score += max(hits)
            if score:
                scored.append((-score, index, prompt))
            index += 1
    return [prompt for _, _, prompt in sorted(scored, key=lambda item: item[:2])]


def prompt_of_the_day(packs: Iterable[PromptPack], day: dt.date) -> Prompt | None:
    """The same prompt all day, a different one each day.

    Prompts are put in a fixed shuffled order (by a hash of their full ids,
    so it does not depend on the order of the packs) and the date steps
    through it: every prompt comes round once before any repeats. None when
    there are no prompts at all (every pack turned off).
    """
    unique: dict[str, Prompt] = {}
    for prompt in _all_prompts(packs):
        unique.setdefault(prompt.full_id, prompt)
    if not unique:
        return None
    ordered = sorted(unique.values(), key=lambda p: sha256(p.full_id.encode("utf-8")).digest())
    return ordered[day.toordinal() % len(ordered)]

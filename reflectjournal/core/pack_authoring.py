"""Making a pack in plain language: ids, file names and versions. No Qt.

The pack editor asks an educator for a title, their name, their
organisation and a description; the machine parts of the file follow from
those here, so the rules are the same wherever a pack is made and can be
tested without a window:

- the pack's id is made from the organisation and the title
  (:func:`pack_id_for`), a prompt's id from its title (:func:`prompt_id_for`);
- the suggested file name is made from the title (:func:`file_name_for`);
- the version goes up by itself when a saved pack changes
  (:func:`version_for_save`): the minor number when prompts are added, the
  major number when a prompt is removed (or its id changed: entries that
  recorded it no longer find it), the patch number for any other change,
  nothing when nothing changed (so saving twice never makes a new version).
  docs/prompt-pack-format.md asks the same of packs written by hand.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import replace
from typing import Any, Literal

from .digest import sha256
from .packs import (
    FILE_SUFFIX,
    MAX_PACK_ID,
    MAX_PROMPT_ID,
    PromptPack,
    compare_versions,
    pack_to_dict,
)

Change = Literal["none", "patch", "minor", "major"]

FIRST_VERSION = "1.0.0"
# The pack id's first part when a pack names no organisation and no author.
NO_ORGANISATION = "personal"
# How much of the id each part may take (the id holds at most MAX_PACK_ID characters).
_ORGANISATION_CHARS = 40
_TITLE_CHARS = MAX_PACK_ID - _ORGANISATION_CHARS - 1
_FILE_STEM_CHARS = 80
# The numbers and pre-release of a version already known to be valid
# (compare_versions checks it by the reader's own rule).
_PARTS = re.compile(r"([0-9]+)\.([0-9]+)\.([0-9]+)(?:-([^+]+))?(?:\+.*)?", re.ASCII)

# Letters that do not decompose into a base letter and an accent.
_SPELLED = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i"})


def slug(text: str, limit: int = 60) -> str:
    """``text`` as lowercase ASCII words joined by "-", at most ``limit``
    characters, cut at a word where possible ("" when nothing is left).

    Accents are dropped ("Čapek's Café" gives "capeks-cafe"); apostrophes
    join ("children's" gives "childrens"); anything else that is not a
    letter or digit separates words.
    """
    folded = unicodedata.normalize("NFKD", str(text).casefold().translate(_SPELLED))
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’`]", "", ascii_text)
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            if not out:
                out = word[:limit]
            break
        out = candidate
    return out


def pack_id_for(organisation: str, title: str, authors: tuple[str, ...] | list[str] = ()) -> str:
    """The pack's id: ``<organisation>.<title>``, for example
    ``greenwich-childrens-services.first-home-visits``.

    Without an organisation the first author stands in, and without either
    :data:`NO_ORGANISATION`. A name with no Latin letters or digits (say,
    in Arabic or Japanese) is written as a short code made from it
    (``pack-3f2a9c1e``), so two such titles never share an id: a shared id
    would make one pack pass for an update of the other. The result always
    passes the reader's id rule.
    """
    names = [n for n in (organisation, *authors) if n.strip()]
    first = _name_part(names[0], "org", _ORGANISATION_CHARS) if names else NO_ORGANISATION
    return f"{first}.{_name_part(title, 'pack', _TITLE_CHARS)}"


def _name_part(text: str, prefix: str, limit: int) -> str:
    """``text`` as a slug; when nothing of it is left, ``prefix`` and a short
    code made from it (or ``prefix`` alone for blank text)."""
    made = slug(text, limit)
    if made or not text.strip():
        return made or prefix
    code = sha256(unicodedata.normalize("NFC", text.strip()).encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{code}"


def prompt_id_for(title: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A prompt's id made from its title, unlike every id in ``taken``
    (``before-the-first-visit``, then ``before-the-first-visit-2``...)."""
    base = slug(title, MAX_PROMPT_ID - 4) or "prompt"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def file_name_for(title: str) -> str:
    """The file name suggested for a pack: its title as a slug, ``.rjpack``."""
    return (slug(title, _FILE_STEM_CHARS) or "prompt-pack") + FILE_SUFFIX


# -- versions -------------------------------------------------------------------


def bump_version(version: str, change: Change) -> str:
    """``version`` raised by one ``change``, as semantic versioning does it:
    ``1.2.3`` gives ``2.0.0`` (major), ``1.3.0`` (minor) or ``1.2.4``
    (patch). A pre-release is released first when that is enough:
    ``1.2.0-beta.1`` gives ``1.2.0`` for a minor or patch change, and
    ``2.0.0-rc.1`` gives ``2.0.0`` for any. Build metadata is dropped. Raises ValueError for text that is not a version."""
    compare_versions(version, version)  # ValueError unless a semantic version
    match = _PARTS.fullmatch(version)
    if match is None:
        raise ValueError("not a semantic version")
    major, minor, patch, pre = int(match[1]), int(match[2]), int(match[3]), match[4]
    if change == "none":
        return version
    if change == "major":
        if pre is not None and minor == 0 and patch == 0:
            return f"{major}.0.0"
        return f"{major + 1}.0.0"
    if change == "minor":
        if pre is not None and patch == 0:
            return f"{major}.{minor}.0"
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch}" if pre is not None else f"{major}.{minor}.{patch + 1}"


def _content(pack: PromptPack) -> dict[str, Any]:
    """What a pack says, without its version and date, and without a
    signature (which says who vouches for it, not what it says) or the file
    format's version (a signed pack is written as a later format)."""
    data = pack_to_dict(pack)
    for key in ("version", "updated", "signature", "format_version"):
        data.pop(key, None)
    return data


def change_between(saved: PromptPack, current: PromptPack) -> Change:
    """How ``current`` differs from the ``saved`` pack: ``"major"`` when a
    prompt was removed (by prompt id), ``"minor"`` when one was added,
    ``"patch"`` for any other change (a question, a title, the order, a
    source...), ``"none"`` when they say the same thing (the version and
    date aside)."""
    before, after = {p.id for p in saved.prompts}, {p.id for p in current.prompts}
    if before - after:
        return "major"
    if after - before:
        return "minor"
    return "none" if _content(saved) == _content(current) else "patch"


def version_for_save(saved: PromptPack | None, current: PromptPack) -> str:
    """The version ``current`` is saved as.

    A pack never saved keeps the version it shows. A version the author
    raised by hand is kept. Otherwise the saved version goes up by
    :func:`change_between`.
    """
    if saved is None:
        return current.version
    change = change_between(saved, current)
    if change == "none":
        return saved.version if compare_versions(saved.version, current.version) != "update" else current.version
    if compare_versions(saved.version, current.version) == "update":
        return current.version
    return bump_version(saved.version, change)


def prepare_for_save(saved: PromptPack | None, current: PromptPack, today: dt.date) -> PromptPack:
    """``current`` with the version it is saved as, and today's date when it
    changed (a pack saved unchanged keeps its date and version)."""
    version = version_for_save(saved, current)
    changed = saved is None or change_between(saved, current) != "none" or version != saved.version
    return replace(current, version=version, updated=today if changed else current.updated)

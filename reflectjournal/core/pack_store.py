"""Imported prompt packs, kept inside the encrypted journal.

A pack is stored as its canonical file bytes (``write_pack``, its signature
included) and read back through the same strict reader as any file, so a
journal can never hold a pack the reader would refuse. Built-in packs ship
with the app and are not stored; an imported pack may not take a built-in
pack's id.

Signed packs and pinning (docs/prompt-pack-format.md, "Pinning"): the first
pack signed with a key asks the user to check the key's fingerprint, and
importing it pins the key in the journal (journal setting
:data:`PINS_KEY`: fingerprint -> publisher's name). After that:

- an update of an installed pack signed with a different key, or a pack
  naming a pinned publisher but signed with another key, is refused
  (``trust == "key_changed"``), whatever the user says;
- a pack whose signature does not match, or an unsigned pack where a signed
  one was installed or a pinned publisher is named, is refused unless the
  user insists (``insist=True``); it is then imported unsigned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from . import fsutil
from .errors import PackInvalid, PackNotInstalled, PackSignatureRefused
from .journal_settings import JournalSettings
from .pack_signing import Fingerprint, SignatureCheck, publisher_of, strip_signature, verify
from .packs import (
    PackProblem,
    PromptPack,
    builtin_id_problem,
    builtin_packs,
    compare_versions,
    read_pack,
    write_pack,
)
from .timestamps import iso_utc, parse_moment
from .unicode_safety import titles_look_alike

if TYPE_CHECKING:
    from .vault import Journal


@dataclass(frozen=True)
class InstalledPack:
    pack: PromptPack
    enabled: bool
    imported_at: dt.datetime | None
    builtin: bool = False


# The journal setting holding pinned publishers' keys:
# {fingerprint hex: {"name": publisher, "auto_update": bool}}.
PINS_KEY = "packs.pinned_publishers"

Trust = Literal["unsigned", "trusted", "first", "key_changed", "bad_signature", "lost_signature"]


@dataclass(frozen=True)
class Pin:
    """A publisher's key the user checked once."""

    fingerprint_hex: str
    name: str
    auto_update: bool = False


@dataclass(frozen=True)
class ImportPreview:
    """What importing ``pack`` would change, for the preview before import.

    ``trust`` says what the signature means here: ``"trusted"`` (signed with
    a pinned key), ``"first"`` (signed with a key not pinned yet: the user is
    asked to check its fingerprint; importing pins it), ``"unsigned"``,
    ``"key_changed"`` (refused: see ``trust_message``), ``"bad_signature"``
    or ``"lost_signature"`` (refused unless the user insists; then imported
    unsigned).
    """

    pack: PromptPack
    change: str  # "new", "update", "same" or "older"
    installed_version: str | None
    # Built-in or imported packs with another id whose title looks like this
    # one's: the preview shows their authors and ids beside this pack's.
    look_alikes: tuple[PromptPack, ...] = ()
    signature: SignatureCheck | None = None
    trust: Trust = "unsigned"
    trust_message: str = ""  # why a pack is refused or needs insisting, in plain English
    pin: Pin | None = None  # the pinned key the pack is signed with, if any

    @property
    def needs_confirmation(self) -> bool:
        return self.change == "older"

    @property
    def nothing_to_do(self) -> bool:
        return self.change == "same"

    @property
    def refused(self) -> bool:
        """Refused whatever the user says (a pinned pack or publisher, another key)."""
        return self.trust == "key_changed"

    @property
    def needs_insisting(self) -> bool:
        """Refused unless the user insists (then imported unsigned)."""
        return self.trust in ("bad_signature", "lost_signature")

    @property
    def fingerprint(self) -> Fingerprint | None:
        return self.signature.fingerprint if self.signature is not None else None


class PackStore:
    """``journal.packs``: import, list, turn off, remove and export packs."""

    def __init__(self, journal: Journal):
        self._journal = journal

    def installed(self) -> list[InstalledPack]:
        """Imported packs, by title (built-ins not included)."""
        rows = self._journal.conn.execute(
            "SELECT pack_id, enabled, imported_at, data FROM packs ORDER BY title COLLATE NOCASE, pack_id"
        ).fetchall()
        out = []
        for pack_id, enabled, imported_at, data in rows:
            pack = read_pack(bytes(data), name=pack_id, stored=True)
            out.append(InstalledPack(pack, bool(enabled), parse_moment(imported_at)))
        return out

    def available(self, *, include_disabled: bool = False) -> list[PromptPack]:
        """Every pack prompts are drawn from: built-in, then imported."""
        imported = [p.pack for p in self.installed() if include_disabled or p.enabled]
        return [*builtin_packs(), *imported]

    # -- pinned publishers ------------------------------------------------------

    def pins(self) -> dict[str, Pin]:
        """Pinned keys by fingerprint (hex). A damaged setting reads as none."""
        raw = JournalSettings(self._journal).get(PINS_KEY, {})
        out: dict[str, Pin] = {}
        if isinstance(raw, dict):
            for fp, value in raw.items():
                if isinstance(fp, str) and isinstance(value, dict) and isinstance(value.get("name"), str):
                    out[fp] = Pin(fp, value["name"], bool(value.get("auto_update", False)))
        return out

    def _save_pins(self, pins: dict[str, Pin]) -> None:
        value: dict[str, Any] = {fp: {"name": p.name, "auto_update": p.auto_update} for fp, p in pins.items()}
        JournalSettings(self._journal).set(PINS_KEY, value or None)

    def pin(self, fingerprint: Fingerprint, name: str, *, auto_update: bool = False) -> None:
        pins = self.pins()
        pins[fingerprint.hex] = Pin(fingerprint.hex, name, auto_update)
        self._save_pins(pins)

    def set_auto_update(self, fingerprint_hex: str, auto_update: bool) -> None:
        """Whether a pinned publisher's updates (from the team folder) install
        without asking again. Raises KeyError for a key that is not pinned."""
        pins = self.pins()
        pin = pins[fingerprint_hex]
        pins[fingerprint_hex] = Pin(pin.fingerprint_hex, pin.name, auto_update)
        self._save_pins(pins)

    def forget_publisher(self, fingerprint_hex: str) -> None:
        """Unpin a key (a publisher that changed its key on purpose)."""
        pins = self.pins()
        if pins.pop(fingerprint_hex, None) is not None:
            self._save_pins(pins)

    def _installed_signature(self, pack_id: str) -> SignatureCheck | None:
        row = self._journal.conn.execute("SELECT data FROM packs WHERE pack_id = ?", (pack_id,)).fetchone()
        if row is None:
            return None
        try:
            return verify(read_pack(bytes(row[0]), name=pack_id, stored=True))
        except PackInvalid:
            return None

    def _trust(self, pack: PromptPack, check: SignatureCheck) -> tuple[Trust, str, Pin | None]:
        pins = self.pins()
        installed = self._installed_signature(pack.id)
        installed_fp = installed.fingerprint if installed is not None and installed.is_signed else None
        if installed_fp is not None and installed_fp.hex not in pins:
            installed_fp = None  # its publisher was forgotten on purpose (forget_publisher)
        publisher = publisher_of(pack)
        # Pinned publishers whose name this pack's publisher could be taken for.
        named = [p for p in pins.values() if titles_look_alike(p.name, publisher, tolerance=1)]
        fp = check.fingerprint
        if check.is_bad:
            return "bad_signature", check.message, None
        if check.status == "unsigned" or fp is None:
            if installed_fp is not None:
                return (
                    "lost_signature",
                    f"The version in your journal was signed (fingerprint {installed_fp.code}); this one is not "
                    "signed, so nothing shows it comes from the same publisher.",
                    None,
                )
            if named:
                return (
                    "lost_signature",
                    f"This pack names {named[0].name}, whose packs you have checked, but it is not signed, so "
                    f"nothing shows it comes from them.",
                    None,
                )
            return "unsigned", "", None
        if installed_fp is not None and installed_fp != fp:
            return (
                "key_changed",
                f"Not imported: the version in your journal was signed with the key {installed_fp.code}; this update "
                f"is signed with a different key ({fp.code}). It may not come from the same publisher. Ask them "
                "before you use it.",
                None,
            )
        pin = pins.get(fp.hex)
        if pin is not None:
            return "trusted", "", pin
        if named:
            return (
                "key_changed",
                f"Not imported: this pack names {named[0].name}, whose key you pinned "
                f"({Fingerprint(bytes.fromhex(named[0].fingerprint_hex)).code}), but it is signed with a different "
                f"key ({fp.code}). It may not come from them. Ask them before you use it.",
                None,
            )
        return "first", "", None

    # -- importing ------------------------------------------------------------

    def preview(self, pack: PromptPack) -> ImportPreview:
        problem = builtin_id_problem(pack)  # the rule `pack validate` reports too
        if problem is not None:
            raise PackInvalid(pack.id, [problem])
        clashes = self._framework_clashes(pack)
        if clashes:
            raise PackInvalid(pack.id, clashes)
        row = self._journal.conn.execute("SELECT version FROM packs WHERE pack_id = ?", (pack.id,)).fetchone()
        alike = tuple(
            other
            for other in self.available(include_disabled=True)
            if other.id != pack.id and titles_look_alike(other.title, pack.title)
        )
        check = verify(pack)
        trust, message, pin = self._trust(pack, check)
        if row is None:
            return ImportPreview(pack, "new", None, alike, check, trust, message, pin)
        change = compare_versions(row[0], pack.version)
        return ImportPreview(pack, change, row[0], alike, check, trust, message, pin)

    def _framework_clashes(self, pack: PromptPack) -> list[PackProblem]:
        """A framework id the pack carries that another installed pack's
        framework already has: refused, so an item id such as
        ``"local:2"`` always names one item. (A built-in framework's id is
        refused by the reader.) An update of the same pack may of course
        carry a new version of its own frameworks."""
        if not pack.frameworks:
            return []
        taken = {
            f.id: other.pack for other in self.installed() if other.pack.id != pack.id for f in other.pack.frameworks
        }
        out = []
        for index, framework in enumerate(pack.frameworks):
            other = taken.get(framework.id)
            if other is not None:
                out.append(
                    PackProblem(
                        f"frameworks[{index}].id",
                        f'"{framework.id}" is already the id of a framework from the pack "{other.title}" ({other.id}) '
                        "in your journal, and two packs cannot carry frameworks with the same id. Remove that pack "
                        "first, or ask this pack's author to give the framework its own id.",
                    )
                )
        return out

    def import_pack(self, pack: PromptPack, *, allow_older: bool = False, insist: bool = False) -> ImportPreview:
        """Store (or replace) a pack in one transaction: all or nothing.

        An older version than the one installed is refused unless
        ``allow_older``; the same version changes nothing. A pack signed
        with a key other than the pinned one is refused
        (:class:`PackSignatureRefused`); a bad or lost signature is refused
        unless ``insist``, and the pack is then stored unsigned. The first
        pack signed with a key pins it.
        """
        preview = self.preview(pack)
        if preview.nothing_to_do:
            return preview
        if preview.refused:
            raise PackSignatureRefused(preview.trust_message)
        if preview.needs_insisting:
            if not insist:
                raise PackSignatureRefused(preview.trust_message + " Not imported unless you insist.")
            pack = strip_signature(pack)
        if preview.needs_confirmation and not allow_older:
            raise PackInvalid(
                pack.id,
                [
                    PackProblem(
                        "version", f"version {pack.version} is older than the installed {preview.installed_version}"
                    )
                ],
            )
        data = write_pack(pack)  # canonical, and checked by the reader
        now = iso_utc(self._journal.clock())
        with self._journal.write() as conn:
            conn.execute(
                "INSERT INTO packs(pack_id, version, title, enabled, imported_at, data) VALUES (?, ?, ?, 1, ?, ?)"
                " ON CONFLICT(pack_id) DO UPDATE SET version = excluded.version, title = excluded.title,"
                " imported_at = excluded.imported_at, data = excluded.data",
                (pack.id, pack.version, pack.title, now, data),
            )
        fingerprint = preview.fingerprint
        if preview.trust == "first" and fingerprint is not None:
            self.pin(fingerprint, publisher_of(pack))
        return preview

    def set_enabled(self, pack_id: str, enabled: bool) -> None:
        with self._journal.write() as conn:
            if conn.execute("UPDATE packs SET enabled = ? WHERE pack_id = ?", (int(enabled), pack_id)).rowcount == 0:
                raise PackNotInstalled("That pack is not installed.")

    def remove(self, pack_id: str) -> None:
        with self._journal.write() as conn:
            if conn.execute("DELETE FROM packs WHERE pack_id = ?", (pack_id,)).rowcount == 0:
                raise PackNotInstalled("That pack is not installed.")

    def get(self, pack_id: str) -> PromptPack:
        for pack in self.available(include_disabled=True):
            if pack.id == pack_id:
                return pack
        raise PackNotInstalled("That pack is not installed.")

    def export(self, pack_id: str, path: Path) -> Path:
        """Write a pack back to a ``.rjpack`` file (0600). Packs hold no
        journal text, so this carries no warning."""
        fsutil.write_private_bytes(Path(path), write_pack(self.get(pack_id)))
        return Path(path)

"""Pinning publishers' keys in the journal (core/pack_store.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reflectjournal.core.errors import PackSignatureRefused
from reflectjournal.core.journal_settings import JournalSettings
from reflectjournal.core.pack_signing import sign, verify
from reflectjournal.core.pack_store import PINS_KEY
from tests.pack_signature_corpus import PUBLISHER, educator_pack, new_key


def test_first_pack_from_a_publisher_asks_then_pins(journal):
    key = new_key()
    first = sign(educator_pack("1.0.0"), key)
    preview = journal.packs.preview(first)
    assert preview.trust == "first" and preview.fingerprint == verify(first).fingerprint
    assert journal.packs.pins() == {}
    journal.packs.import_pack(first)
    (pin,) = journal.packs.pins().values()
    assert pin.name == PUBLISHER and pin.fingerprint_hex == preview.fingerprint.hex and not pin.auto_update
    assert JournalSettings(journal).get(PINS_KEY) == {pin.fingerprint_hex: {"name": PUBLISHER, "auto_update": False}}
    update = sign(educator_pack("1.1.0"), key)
    preview = journal.packs.preview(update)
    assert preview.trust == "trusted" and preview.change == "update" and preview.pin == pin
    journal.packs.import_pack(update)
    assert journal.packs.installed()[0].pack.version == "1.1.0"


def test_an_unsigned_update_of_a_signed_pack_needs_insisting(journal):
    journal.packs.import_pack(sign(educator_pack("1.0.0"), new_key()))
    unsigned = educator_pack("1.1.0")
    preview = journal.packs.preview(unsigned)
    assert preview.trust == "lost_signature" and "was signed" in preview.trust_message
    with pytest.raises(PackSignatureRefused, match="unless you insist"):
        journal.packs.import_pack(unsigned)
    journal.packs.import_pack(unsigned, insist=True)
    assert journal.packs.installed()[0].pack.version == "1.1.0"


def test_an_unsigned_pack_naming_a_pinned_publisher_needs_insisting(journal):
    journal.packs.import_pack(sign(educator_pack(), new_key()))
    stranger = replace(educator_pack(pack_id="org.example.other.pack", title="Court work"))
    preview = journal.packs.preview(stranger)
    assert preview.trust == "lost_signature" and PUBLISHER in preview.trust_message


def test_an_unsigned_pack_from_nobody_pinned_is_just_unsigned(journal):
    preview = journal.packs.preview(educator_pack())
    assert preview.trust == "unsigned" and not preview.refused and not preview.needs_insisting
    journal.packs.import_pack(educator_pack())
    assert journal.packs.pins() == {}


def test_forgetting_a_publisher_and_auto_update(journal):
    key = new_key()
    journal.packs.import_pack(sign(educator_pack(), key))
    (fp,) = journal.packs.pins()
    journal.packs.set_auto_update(fp, True)
    assert journal.packs.pins()[fp].auto_update
    journal.packs.forget_publisher(fp)
    assert journal.packs.pins() == {}
    assert journal.packs.preview(sign(educator_pack("2.0.0"), key)).trust == "first"
    # A publisher that changed its key: forgotten, its update with the new key is "first" again.
    assert journal.packs.preview(sign(educator_pack("2.0.0"), new_key())).trust == "first"

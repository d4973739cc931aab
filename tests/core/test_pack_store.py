"""Imported packs inside the encrypted journal."""

from __future__ import annotations

import dataclasses

import pytest

from reflectjournal.core.errors import PackInvalid, PackNotInstalled
from reflectjournal.core.packs import builtin_packs, new_pack_template, read_pack_file
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


def educator_pack(version="1.0.0", title="Team pack"):
    template = new_pack_template()
    return dataclasses.replace(template, id="uk.example.team.pack", version=version, title=title)


def test_import_new_update_same_older(journal):
    store = journal.packs
    assert store.preview(educator_pack()).change == "new"
    store.import_pack(educator_pack())
    assert store.preview(educator_pack()).change == "same"
    assert store.import_pack(educator_pack()).nothing_to_do
    assert store.preview(educator_pack("1.1.0")).change == "update"
    store.import_pack(educator_pack("1.1.0", title="Team pack, revised"))
    older = store.preview(educator_pack("0.9.0"))
    assert older.change == "older" and older.installed_version == "1.1.0"
    with pytest.raises(PackInvalid):
        store.import_pack(educator_pack("0.9.0"))
    assert [p.pack.version for p in store.installed()] == ["1.1.0"]
    store.import_pack(educator_pack("0.9.0"), allow_older=True)
    assert [p.pack.version for p in store.installed()] == ["0.9.0"]


def test_packs_persist_encrypted_and_can_be_turned_off_removed_exported(journal_path, tmp_path):
    with Journal.create(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
        j.packs.import_pack(educator_pack())
    assert b"uk.example.team.pack" not in journal_path.read_bytes()
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
        ids = [p.id for p in j.packs.available()]
        assert ids[-1] == "uk.example.team.pack"
        assert len(ids) == len(builtin_packs()) + 1
        j.packs.set_enabled("uk.example.team.pack", False)
        assert "uk.example.team.pack" not in [p.id for p in j.packs.available()]
        assert "uk.example.team.pack" in [p.id for p in j.packs.available(include_disabled=True)]
        out = j.packs.export("uk.example.team.pack", tmp_path / "team.rjpack")
        assert out.stat().st_mode & 0o777 == 0o600
        assert read_pack_file(out).id == "uk.example.team.pack"
        j.packs.remove("uk.example.team.pack")
        assert j.packs.installed() == []
        with pytest.raises(PackNotInstalled):
            j.packs.remove("uk.example.team.pack")


def test_builtin_ids_cannot_be_taken(journal):
    impostor = dataclasses.replace(builtin_packs()[0], version="99.0.0")
    with pytest.raises(PackInvalid):
        journal.packs.import_pack(impostor)
    assert journal.packs.installed() == []


def test_import_is_all_or_nothing(journal, monkeypatch):
    from reflectjournal.core import pack_store

    def broken(pack):
        raise PackInvalid(pack.id, [])

    monkeypatch.setattr(pack_store, "write_pack", broken)
    with pytest.raises(PackInvalid):
        journal.packs.import_pack(educator_pack())
    monkeypatch.undo()
    assert journal.packs.installed() == []

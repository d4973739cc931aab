"""Upgrading journals written at every earlier schema version."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from reflectjournal.core import errors
from reflectjournal.core.models import Entry, Wellbeing
from reflectjournal.core.schema import MIGRATIONS, SCHEMA_VERSION
from reflectjournal.core.vault import Journal, KdfSettings
from tests.data.make_fixtures import FIXTURE_KDF_ITER, FIXTURE_PASSPHRASE, V1_ENTRIES

DATA = Path(__file__).parent.parent / "data"
FIXTURE_KDF = KdfSettings(FIXTURE_KDF_ITER)


def fixture_copy(tmp_path: Path, version: int) -> Path:
    src = DATA / f"journal-v{version}.rjournal"
    dest = tmp_path / "journal" / src.name
    dest.parent.mkdir(mode=0o700)
    shutil.copy(src, dest)
    return dest


def test_there_is_a_fixture_for_every_earlier_version():
    for version in range(1, SCHEMA_VERSION):
        assert (DATA / f"journal-v{version}.rjournal").exists(), f"add a v{version} fixture"
    assert len(MIGRATIONS) == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_upgrade_keeps_every_entry_and_takes_a_verified_backup(tmp_path, version):
    path = fixture_copy(tmp_path, version)
    original = hashlib.sha256(path.read_bytes()).hexdigest()
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=FIXTURE_KDF) as j:
        assert j.schema_version == SCHEMA_VERSION
        titles = {s.title for s in j.entries.list_entries()}
        assert titles == {e[1] for e in V1_ENTRIES}
        court = next(s for s in j.entries.list_entries() if s.kind == "court")
        entry = j.entries.get(court.id)
        assert "Ünïcödé and 😀" in entry.body
        assert entry.child_in_mind == "He would want to stay with nan."
        assert [h.entry.id for h in j.entries.search("attendance")] == [2]
        assert j.entries.get(2).tags == ["neglect", "school"]
        if version >= 2:
            first = j.entries.get(1)
            assert first.wellbeing == Wellbeing(2, "drained")
            assert first.prompt_ids == ["org.example/p1", "org.example/p2"]
        # New columns work on upgraded rows.
        entry.wellbeing = Wellbeing(4, "better after supervision")
        entry.prompt_ids = ["org.example.pack/p1"]
        saved = j.entries.save(entry)
        assert saved.wellbeing == Wellbeing(4, "better after supervision")
        assert j.verify().ok
    backups = list((path.parent / "backups").glob(f"*before-upgrade-from-v{version}*"))
    assert len(backups) == 1
    assert backups[0].stat().st_mode & 0o777 == 0o600
    # The backup is the journal as it was: it opens (at the old version) and
    # holds the same entries. Opening it upgrades it, so work on a copy.
    probe = tmp_path / "probe" / "probe.rjournal"
    probe.parent.mkdir()
    shutil.copy(backups[0], probe)
    with Journal.open(probe, FIXTURE_PASSPHRASE, kdf=FIXTURE_KDF) as old:
        assert old.entries.count() == len(V1_ENTRIES)
    assert hashlib.sha256(path.read_bytes()).hexdigest() != original


def test_failed_upgrade_backup_leaves_the_journal_untouched(tmp_path, monkeypatch):
    path = fixture_copy(tmp_path, 1)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    def refuse(self, dest=None, *, reason="manual"):
        raise errors.BackupFailed("simulated")

    monkeypatch.setattr(Journal, "backup", refuse)
    with pytest.raises(errors.BackupFailed):
        Journal.open(path, FIXTURE_PASSPHRASE, kdf=FIXTURE_KDF)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    # And the journal is not left locked.
    monkeypatch.undo()
    Journal.open(path, FIXTURE_PASSPHRASE, kdf=FIXTURE_KDF).close()


def test_a_new_journal_is_at_the_current_version(journal):
    assert journal.schema_version == SCHEMA_VERSION
    journal.entries.save(Entry(title="x", prompt_ids=["a", "b"]))
    assert journal.entries.get(1).prompt_ids == ["a", "b"]


@pytest.mark.parametrize("version", range(1, 5))
def test_an_upgrade_adds_the_new_kinds_before_other_and_keeps_custom_kinds_last(tmp_path, version):
    path = fixture_copy(tmp_path, version)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=FIXTURE_KDF) as j:
        custom = j.entries.add_kind("Return home interview")
        labels = [k.label for k in j.entries.kinds()]
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=FIXTURE_KDF) as j:
        assert [k.label for k in j.entries.kinds()] == labels
    for label in (
        "Strategy discussion",
        "Child in need meeting",
        "Child looked after review",
        "Family group conference",
        "Professionals' meeting",
    ):
        assert labels.index(label) < labels.index("Other")
    assert labels[-2:] == ["Other", custom.label]

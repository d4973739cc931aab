"""The team folder scan (core/team_folder.py): what is offered, and bad folders."""

from __future__ import annotations

import itertools
import os
import sys
from dataclasses import replace

import pytest

from reflectjournal.core import team_folder as T
from reflectjournal.core.packs import write_pack
from tests.pack_signature_corpus import educator_pack

ID = "org.example.greenwich.visits"


def put(folder, name, version="1.0.0", **kwargs):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(write_pack(educator_pack(version, **kwargs)))
    return path


def test_offers_newer_and_new_packs_not_the_same_or_older(tmp_path):
    put(tmp_path, "visits-1.2.rjpack", "1.2.0")
    put(tmp_path, "court.rjpack", "1.0.0", pack_id="org.example.greenwich.court", title="Court")
    put(tmp_path, "same.rjpack", "1.0.0", pack_id="org.example.greenwich.same", title="Same")
    put(tmp_path, "older.rjpack", "0.9.0", pack_id="org.example.greenwich.older", title="Older")
    installed = {ID: "1.1.0", "org.example.greenwich.same": "1.0.0", "org.example.greenwich.older": "1.0.0"}
    result = T.scan(tmp_path, installed)
    offered = {o.pack.id: (o.change, o.installed_version, o.pack.version) for o in result.offers}
    assert offered == {ID: ("update", "1.1.0", "1.2.0"), "org.example.greenwich.court": ("new", None, "1.0.0")}
    assert result.problem == "" and result.packs_read == 4 and not result.timed_out


def test_only_the_highest_version_of_a_pack_and_not_what_was_declined(tmp_path):
    for version in ("1.1.0", "1.3.0", "1.2.0"):
        put(tmp_path, f"v{version}.rjpack", version)
    (offer,) = T.scan(tmp_path, {ID: "1.0.0"}).offers
    assert offer.pack.version == "1.3.0" and offer.path.name == "v1.3.0.rjpack"
    assert T.scan(tmp_path, {ID: "1.0.0"}, declined={ID: "1.3.0"}).offers == []


def test_a_folder_that_vanished_or_is_a_file(tmp_path):
    result = T.scan(tmp_path / "gone", {})
    assert result.offers == [] and "cannot be found" in result.problem and "drive is not connected" in result.problem
    (tmp_path / "file").write_text("x")
    assert "is not a folder" in T.scan(tmp_path / "file", {}).problem


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_symlink_loops_end(tmp_path):
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    assert "round in a loop" in T.scan(loop, {}).problem
    team = tmp_path / "team"
    put(team / "a" / "b", "deep.rjpack", "2.0.0")
    (team / "a" / "b" / "back-up").symlink_to(team, target_is_directory=True)
    (team / "a" / "self").symlink_to(team / "a", target_is_directory=True)
    (team / "fake.rjpack").symlink_to(team, target_is_directory=True)
    result = T.scan(team, {ID: "1.0.0"})
    assert [o.pack.version for o in result.offers] == ["2.0.0"]
    assert result.entries_seen < 20 and not result.timed_out


def test_a_thousand_files_and_the_entry_cap(tmp_path):
    data = write_pack(educator_pack("1.0.0"))
    for number in range(1000):
        (tmp_path / f"copy-{number:04}.rjpack").write_bytes(data)
    result = T.scan(tmp_path, {ID: "1.0.0"})
    assert result.entries_seen == 1000 and result.offers == [] and not result.truncated
    capped = T.scan(tmp_path, {}, max_entries=100)
    assert capped.truncated and capped.entries_seen == 101 and len(capped.offers) == 1


def test_the_time_limit_ends_a_slow_scan(tmp_path):
    for number in range(10):
        put(tmp_path, f"p{number}.rjpack", f"1.{number}.0")
    ticks = itertools.count()
    result = T.scan(tmp_path, {}, time_limit=3, clock=lambda: float(next(ticks)))  # each look costs a "second"
    assert result.timed_out and result.entries_seen < 10


def test_cancel_stops_it(tmp_path):
    put(tmp_path, "a.rjpack")
    assert T.scan(tmp_path, {}, cancelled=lambda: True).cancelled


def test_bad_files_are_skipped_with_a_reason(tmp_path):
    put(tmp_path, "good.rjpack", "1.5.0")
    (tmp_path / "broken.rjpack").write_text("{ not json")
    (tmp_path / "notes.txt").write_text("not a pack, not looked at")
    (tmp_path / ".hidden.rjpack").write_text("{")
    builtin = replace(educator_pack(), id="org.reflectjournal.builtin.visits")
    (tmp_path / "impostor.rjpack").write_bytes(write_pack(builtin))
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.rjpack")  # must not hang the scan
    result = T.scan(tmp_path, {})
    assert [o.pack.version for o in result.offers] == ["1.5.0"]
    reasons = "\n".join(result.skipped)
    assert "broken.rjpack: not a valid prompt pack" in reasons
    assert "impostor.rjpack: takes the id of a pack built into reflectjournal" in reasons
    if hasattr(os, "mkfifo"):
        assert "pipe.rjpack: not a valid prompt pack" in reasons
    assert ".hidden" not in reasons and "notes.txt" not in reasons

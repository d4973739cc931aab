"""A Day One zip is checked from its central directory before anything in it
is inflated: how many members it has, how much its .json members unpack to,
and how far they are compressed. Hostile zips are built here with zipfile
(and a few bytes patched where the central directory must lie); each must be
refused with a message naming the limit, nothing inflated and the journal
unchanged. Real export shapes must still import."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from reflectjournal.core.errors import ImportFailed
from reflectjournal.core.importers import DEFAULT_LIMITS, ImportLimits, import_source, read_source
from reflectjournal.core.models import Entry

MIB = 1024 * 1024


def dayone_document(n: int = 1, *, first: int = 0, text: str = "# A visit\nbody") -> dict:
    return {
        "metadata": {"version": "1.0"},
        "entries": [
            {
                "uuid": f"{first + i:032X}",
                "creationDate": "2024-07-01T08:30:00Z",
                "timeZone": "UTC",
                "text": text,
            }
            for i in range(n)
        ],
    }


def padded(document: dict, size: int) -> bytes:
    """``document`` as JSON, padded with spaces to exactly ``size`` bytes: a
    valid Day One journal that compresses about a thousand times."""
    text = json.dumps(document)
    return (text[:-1] + " " * (size - len(text)) + "}").encode()


def make_zip(path: Path, members: dict[str, bytes], *, level: int | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Names of the members zipfile is asked to open (the only way anything
    in a zip is inflated)."""
    names: list[str] = []
    real = zipfile.ZipFile.open

    def recording(self, name, mode="r", *args, **kwargs):
        if mode == "r":  # writing a test zip opens members too
            names.append(getattr(name, "filename", name))
        return real(self, name, mode, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", recording)
    return names


@pytest.fixture
def journal_with_one(journal):
    journal.entries.save(Entry(title="already here", body="old"))
    return journal


def refused(journal, source: Path, limits: ImportLimits = DEFAULT_LIMITS) -> str:
    """The refusal's message; the journal must be as it was."""
    before = journal.entries.count()
    with pytest.raises(ImportFailed) as caught:
        import_source(journal, source, "dayone", limits=limits)
    assert journal.entries.count() == before
    return str(caught.value)


# -- the attack as reported ---------------------------------------------------------


@pytest.mark.slow
def test_the_reported_zip_of_120_members_of_8_mib_is_refused_before_inflating(journal_with_one, tmp_path, opened):
    """About 1 MB that unpacks to 960 MiB: each member sits at the old
    per-member ratio floor, so only the whole-zip limits can catch it."""
    member = padded(dayone_document(), 8 * MIB)
    source = make_zip(tmp_path / "Export.zip", {f"Journal {i}.json": member for i in range(120)})
    assert source.stat().st_size < 1_100_000
    message = refused(journal_with_one, source)
    assert "holds 120 .json files that would unpack to 960 MiB, more than the 512 MiB limit" in message
    assert "nothing was imported" in message
    assert opened == []


# -- each limit, scaled down ----------------------------------------------------------


def test_total_inflated_size_is_capped_before_inflating(journal_with_one, tmp_path, opened):
    # Ordinary text (ratio about 1): only the size limit can refuse it.
    members = {
        f"J{i}.json": json.dumps(dayone_document(first=i, text=os.urandom(150_000).hex())).encode() for i in range(4)
    }
    source = make_zip(tmp_path / "big.zip", members)
    limits = ImportLimits(max_zip_inflated_bytes=1 * MIB)
    message = refused(journal_with_one, source, limits)
    assert "holds 4 .json files that would unpack to 1.2 MiB, more than the 1.0 MiB limit" in message
    assert opened == []
    # Within the limit, the same zip imports.
    report = import_source(journal_with_one, source, "dayone", limits=ImportLimits(max_zip_inflated_bytes=2 * MIB))
    assert report.imported == 4 and report.skipped == []


def test_total_ratio_is_capped_even_when_every_member_is_below_the_floor(journal_with_one, tmp_path, opened):
    # Three members of 4 MiB: each is below the 8 MiB per-member floor, the
    # whole is 12 MiB from about 12 KiB.
    member = padded(dayone_document(), 4 * MIB)
    source = make_zip(tmp_path / "bomb.zip", {f"J{i}.json": member for i in range(3)})
    message = refused(journal_with_one, source)
    assert "holds 3 .json files that would unpack from" in message
    assert "to 12 MiB" in message and "more than the 100 times limit" in message
    assert "zip bomb" in message
    assert opened == []


def test_one_member_over_the_ratio_is_refused(journal_with_one, tmp_path, opened):
    # One bomb hidden beside ordinary text that brings the overall ratio under 100.
    text = json.dumps(dayone_document(first=5, text=os.urandom(150_000).hex())).encode()
    source = make_zip(tmp_path / "one.zip", {"Bomb.json": padded(dayone_document(), 9 * MIB), "Text.json": text})
    with zipfile.ZipFile(source) as archive:
        infos = archive.infolist()
    assert sum(i.file_size for i in infos) < 100 * sum(i.compress_size for i in infos)
    message = refused(journal_with_one, source)
    assert "Bomb.json in one.zip would unpack from" in message and "to 9.0 MiB, more than 100 times" in message
    assert opened == []


def test_member_count_is_capped_before_zipfile_reads_the_directory(journal_with_one, tmp_path, opened, monkeypatch):
    members = {"Journal.json": json.dumps(dayone_document()).encode()}
    members.update({f"photos/{i:05d}.jpeg": b"\xff\xd8" for i in range(DEFAULT_LIMITS.max_zip_members)})
    source = make_zip(tmp_path / "crowded.zip", members)
    built: list[int] = []
    real = zipfile.ZipFile.__init__
    monkeypatch.setattr(zipfile.ZipFile, "__init__", lambda self, *a, **k: built.append(1) or real(self, *a, **k))
    message = refused(journal_with_one, source)
    assert "holds 10,001 files, more than the 10,000 a zip may hold" in message
    assert "import the Day One .json file inside it" in message
    assert built == [] and opened == []  # refused from the end record alone


# -- central directories that lie ------------------------------------------------------


def test_an_end_record_that_understates_the_member_count_is_refused(journal_with_one, tmp_path, monkeypatch):
    """zipfile reads every record in the directory whatever count the end
    record gives, so a count of 1 must not let 3,000 records through."""
    members = {"Journal.json": json.dumps(dayone_document()).encode()}
    members.update({f"photos/{i:032x}.jpeg": b"x" for i in range(2999)})
    source = make_zip(tmp_path / "Export.zip", members)
    data = bytearray(source.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (1).to_bytes(2, "little") * 2
    source.write_bytes(bytes(data))
    built: list[int] = []
    real = zipfile.ZipFile.__init__
    monkeypatch.setattr(zipfile.ZipFile, "__init__", lambda self, *a, **k: built.append(1) or real(self, *a, **k))
    message = refused(journal_with_one, source)
    assert "its list of 1 file takes" in message and "far more than that many files need" in message
    assert built == []


def central_records(data: bytes) -> list[int]:
    found, at = [], data.find(b"PK\x01\x02")
    while at >= 0:
        found.append(at)
        at = data.find(b"PK\x01\x02", at + 4)
    return found


def test_members_sharing_one_compressed_stream_are_refused(journal_with_one, tmp_path, opened):
    """The overlapping zip bomb: many directory entries point at the same
    compressed bytes. Each looks ordinary (ratio about 2), so only the sum of
    what they claim against the size of the zip gives them away."""
    one = make_zip(tmp_path / "one.zip", {"Journal.json": json.dumps(dayone_document(text=os.urandom(50_000).hex()))})
    data = one.read_bytes()
    (record,) = central_records(data)
    end = data.rfind(b"PK\x05\x06")
    copies = 40
    directory = data[record:end] * copies
    tail = bytearray(data[end:])
    tail[8:12] = (copies).to_bytes(2, "little") * 2
    tail[12:16] = len(directory).to_bytes(4, "little")
    source = tmp_path / "overlap.zip"
    source.write_bytes(data[:record] + directory + bytes(tail))
    with zipfile.ZipFile(source) as archive:  # zipfile itself would read it 40 times
        assert len(archive.infolist()) == copies
    message = refused(journal_with_one, source)
    assert "claim" in message and "overlap" in message and "zip bomb" in message
    assert opened == []


def test_a_compressed_size_overstated_to_pass_the_ratio_is_refused(journal_with_one, tmp_path, opened):
    member = padded(dayone_document(), 12 * MIB)
    source = make_zip(tmp_path / "liar.zip", {"Journal.json": member})
    data = bytearray(source.read_bytes())
    (record,) = central_records(bytes(data))
    # Claim 1 MiB compressed, so 12 MiB looks like a ratio of 12.
    data[record + 20 : record + 24] = (1 * MIB).to_bytes(4, "little")
    source.write_bytes(bytes(data))
    message = refused(journal_with_one, source)
    assert "damaged" in message
    assert opened == []


def test_a_member_is_read_no_further_than_its_declared_size(journal_with_one, tmp_path, monkeypatch):
    """Whatever a member's data holds, the importer asks for at most one byte
    more than the central directory declared (the size every limit was
    checked on), and refuses the zip when the data runs on."""
    declared = len(json.dumps(dayone_document()))
    source = make_zip(tmp_path / "runs-on.zip", {"Journal.json": json.dumps(dayone_document())})
    asked: list[int] = []

    class EndlessMember:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def read(self, n: int = -1) -> bytes:
            asked.append(n)
            assert 0 <= n <= declared + 1, "asked for more than the declared size"
            return b" " * n

    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, *a, **k: EndlessMember())
    message = refused(journal_with_one, source)
    assert "not the size it claims" in message
    assert asked == [declared + 1]


def test_an_understated_size_stops_the_inflating_at_the_declared_size(journal_with_one, tmp_path):
    """A member that declares 200 bytes but inflates to 16 MiB, with its
    CRC set for the first 200 bytes so zipfile finds nothing wrong: only
    200 bytes come out (not valid JSON), never the 16 MiB."""
    member = padded(dayone_document(), 16 * MIB)
    source = make_zip(tmp_path / "short.zip", {"Journal.json": member})
    data = bytearray(source.read_bytes())
    crc = zipfile.crc32(member[:200]).to_bytes(4, "little")
    local = data.find(b"PK\x03\x04")
    (record,) = central_records(bytes(data))
    for at, crc_at, size_at in ((local, 14, 22), (record, 16, 24)):
        data[at + crc_at : at + crc_at + 4] = crc
        data[at + size_at : at + size_at + 4] = (200).to_bytes(4, "little")
    source.write_bytes(bytes(data))
    with zipfile.ZipFile(source) as archive, archive.open("Journal.json") as inner:
        assert len(inner.read(DEFAULT_LIMITS.max_export_bytes)) == 200
    message = refused(journal_with_one, source)
    assert "not valid JSON" in message


# -- real shapes still import -------------------------------------------------------------


def test_an_export_with_1420_photos_imports(journal, tmp_path):
    members = {"Journal.json": json.dumps(dayone_document(3)).encode()}
    members.update({f"photos/{os.urandom(16).hex()}.jpeg": os.urandom(64) for _ in range(1420)})
    source = make_zip(tmp_path / "Export.zip", members)
    report = import_source(journal, source, "dayone")
    assert report.imported == 3 and report.skipped == []


def test_photos_are_not_inflated_so_they_do_not_count(journal, tmp_path, opened):
    # A 20 MiB "photo" of zeros (ratio about 1000) beside an ordinary journal:
    # it is never inflated, so neither the size nor the ratio limit sees it.
    members = {"Journal.json": json.dumps(dayone_document(2)).encode(), "photos/big.jpeg": bytes(20 * MIB)}
    source = make_zip(tmp_path / "Export.zip", members)
    report = import_source(journal, source, "dayone", limits=ImportLimits(max_zip_inflated_bytes=1 * MIB))
    assert report.imported == 2
    assert opened == ["Journal.json"]


@pytest.mark.slow
def test_a_large_repetitive_real_shape_passes_the_ratio_limit(tmp_path):
    """15,000 empty entries (the most compressible real export measured,
    about 20:1 with Day One's own fields) are above the 8 MiB floor and still
    read."""
    entries = [
        {
            "uuid": os.urandom(16).hex().upper(),
            "creationDate": f"20{10 + i // 1000:02d}-01-01T08:30:00Z",
            "modifiedDate": f"20{10 + i // 1000:02d}-01-01T08:30:00Z",
            "timeZone": "Europe/London",
            "text": "",
            "richText": json.dumps({"meta": {"version": 1, "created": {"platform": "com.bloombuilt.dayone-mac"}}}),
            "starred": False,
            "isPinned": False,
            "creationDevice": "iPhone",
            "creationDeviceModel": "iPhone14,2",
            "creationOSName": "iOS",
            "duration": 0,
            "location": {"localityName": "Leeds", "country": "United Kingdom", "latitude": 53.8, "longitude": -1.55},
            "weather": {"conditionsDescription": "Cloudy", "temperatureCelsius": 11.2, "weatherCode": "cloudy"},
        }
        for i in range(15_000)
    ]
    member = json.dumps({"metadata": {"version": "1.0"}, "entries": entries}, indent=2).encode()
    source = make_zip(tmp_path / "Export.zip", {"Journal.json": member})
    with zipfile.ZipFile(source) as archive:
        (info,) = archive.infolist()
    assert info.file_size > 8 * MIB and 5 < info.file_size / info.compress_size < 100
    plan = read_source(source, "dayone")
    assert plan.report.found == 15_000

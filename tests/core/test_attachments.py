"""Encrypted attachments (core.attachments, schema migration 8)."""

from __future__ import annotations

import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from reflectjournal.core import attachments as att
from reflectjournal.core.attachments import AttachmentStore, markdown_reference
from reflectjournal.core.errors import AttachmentNotFound, AttachmentRefused, EntryNotFound, JournalError
from reflectjournal.core.models import Entry
from reflectjournal.core.schema import SCHEMA_VERSION
from reflectjournal.core.vault import Journal, KdfSettings
from tests import attachment_samples as s
from tests.conftest import TEST_KDF, TEST_PASSPHRASE
from tests.data.make_fixtures import FIXTURE_KDF_ITER, FIXTURE_PASSPHRASE

DATA = Path(__file__).parent.parent / "data"


def _entry(journal, title="Genogram") -> int:
    saved = journal.entries.save(Entry(title=title, body="See the picture."))
    return saved.id


def test_add_list_read_delete_round_trip(journal, journal_path):
    entry_id = _entry(journal)
    store = AttachmentStore(journal)
    picture = s.png(text=s.CANARY)
    document = s.pdf(s.CANARY)
    a = store.add(entry_id, "genogram.png", picture)
    b = store.add(entry_id, "/home/me/Downloads/certificate.pdf", document)
    assert (a.media_type, a.filename, a.size, a.location_removed) == ("image/png", "genogram.png", len(picture), False)
    assert (b.media_type, b.filename) == ("application/pdf", "certificate.pdf")
    assert [x.uid for x in store.list(entry_id)] == [a.uid, b.uid]
    assert store.read(a.uid) == picture
    assert store.read(b.uid) == document
    assert store.get(b.uid) == b
    assert store.total_size() == len(picture) + len(document)
    assert journal.attachments.list(entry_id) == store.list(entry_id)
    journal.close()
    for path in journal_path.parent.rglob("*"):
        if path.is_file():
            assert s.CANARY not in path.read_bytes(), path
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as again:
        store = AttachmentStore(again)
        assert store.read(a.uid) == picture
        store.delete(a.uid)
        assert [x.uid for x in store.list(entry_id)] == [b.uid]
        with pytest.raises(AttachmentNotFound):
            store.read(a.uid)
        with pytest.raises(AttachmentNotFound):
            store.delete(a.uid)
        assert again.conn.execute("SELECT count(*) FROM attachment_data").fetchone()[0] == 1


def test_the_type_is_decided_by_the_bytes_never_the_name(journal):
    entry_id = _entry(journal)
    store = journal.attachments
    assert store.add(entry_id, "photo.pdf", s.png()).media_type == "image/png"
    assert store.add(entry_id, "scan", s.jpeg()).media_type == "image/jpeg"
    assert store.add(entry_id, "x.txt", s.webp()).media_type == "image/webp"
    assert store.add(entry_id, "x.png", s.gif()).media_type == "image/gif"
    for data in (
        b"plain text pretending.png",
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"PK\x03\x04zip",
        b"",
        b"BM" + b"\0" * 60,
    ):
        with pytest.raises(AttachmentRefused) as caught:
            store.add(entry_id, "picture.png", data)
        assert caught.value.reason == "type"
        assert "PNG, JPEG, WebP or GIF" in str(caught.value) and "PDF" in str(caught.value)
    assert isinstance(caught.value, JournalError)
    assert len(store.list(entry_id)) == 4


def test_over_the_size_cap_is_refused_before_anything_else(journal):
    entry_id = _entry(journal)
    data = s.pdf() + b"\0" * (att.MAX_ATTACHMENT_BYTES + 1 - len(s.pdf()))
    with pytest.raises(AttachmentRefused) as caught:
        journal.attachments.add(entry_id, "big.pdf", data)
    assert caught.value.reason == "too_large"
    assert "25 MB" in str(caught.value)
    exactly = s.pdf() + b"\0" * (att.MAX_ATTACHMENT_BYTES - len(s.pdf()))
    assert journal.attachments.add(entry_id, "edge.pdf", exactly).size == att.MAX_ATTACHMENT_BYTES


def test_a_decompression_bomb_png_is_refused_fast_and_small():
    bomb = s.bomb_png()
    assert len(bomb) < 1_000_000  # 30,000 x 30,000 pixels in under 1 MB
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(AttachmentRefused) as caught:
            att.check_attachment(bomb)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert caught.value.reason == "too_many_pixels"
    assert "30,000 × 30,000" in str(caught.value)
    assert elapsed < 1.0
    assert peak < 100 * 1024 * 1024
    assert peak < 10 * len(bomb)  # nothing near the 900 MB of pixels


@pytest.mark.parametrize(
    "data",
    [
        s.png_header(7072, 7072),  # 50.01 megapixels
        s.png_header(1, 2**31 - 1),
        s.gif_frame_bomb(),
    ],
    ids=["png-just-over", "png-tall", "gif-frame"],
)
def test_pixel_cap_from_the_header(data):
    with pytest.raises(AttachmentRefused) as caught:
        att.check_attachment(data)
    assert caught.value.reason == "too_many_pixels"


def test_pixel_cap_boundary_is_allowed():
    assert att.check_attachment(s.png_header(7071, 7071)).width == 7071


@pytest.mark.parametrize("maker", [s.png, s.jpeg, s.webp])
def test_damaged_images_are_refused(maker):
    data = maker()
    with pytest.raises(AttachmentRefused) as caught:
        att.check_attachment(data[:20])
    assert caught.value.reason == "damaged"


@pytest.mark.parametrize("big_endian", [False, True])
@pytest.mark.parametrize("kind", ["png", "jpeg", "webp"])
def test_exif_location_is_removed_and_the_rest_kept(journal, kind, big_endian):
    block = s.exif(big_endian=big_endian)
    data = {"png": s.png, "jpeg": s.jpeg, "webp": s.webp}[kind](**{"exif" if kind == "png" else "exif_block": block})
    assert s.has_latitude(data)
    entry_id = _entry(journal)
    a = journal.attachments.add(entry_id, f"photo.{kind}", data)
    kept = journal.attachments.read(a.uid)
    assert a.location_removed is True
    assert not s.has_latitude(kept)
    assert b"N\0\0\0" not in kept[kept.find(b"II*\0" if not big_endian else b"MM\0*") :][:200]
    # Orientation stays, and the picture still checks (and decodes, in the UI tests).
    assert att.check_attachment(kept).media_type == a.media_type
    assert att.check_attachment(kept).location_removed is False
    orientation = (
        b"\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00" if not big_endian else b"\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06"
    )
    assert orientation in kept


def test_exif_without_location_is_left_alone(journal):
    data = s.jpeg(exif_block=s.exif(gps=False))
    a = journal.attachments.add(_entry(journal), "photo.jpg", data)
    assert a.location_removed is False
    assert journal.attachments.read(a.uid) == data


def test_damaged_exif_is_dropped_whole(journal):
    block = s.exif()[:30]  # the GPS pointer points past the end
    data = s.jpeg(exif_block=block)
    a = journal.attachments.add(_entry(journal), "photo.jpg", data)
    kept = journal.attachments.read(a.uid)
    assert a.location_removed is True
    assert b"Exif\0\0" not in kept
    assert kept == s.jpeg()


def test_xmp_with_a_location_is_dropped(journal):
    xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>51,30.1N</exif:GPSLatitude></x:xmpmeta>"
    base = s.jpeg()
    data = base[:2] + b"\xff\xe1" + (len(xmp) + 2).to_bytes(2, "big") + xmp + base[2:]
    a = journal.attachments.add(_entry(journal), "photo.jpg", data)
    assert a.location_removed is True
    assert journal.attachments.read(a.uid) == base


def test_add_in_joins_the_callers_transaction(journal):
    entry_id = _entry(journal)
    store = journal.attachments

    class Stop(Exception):
        pass

    with pytest.raises(Stop), journal.write() as conn:
        store.add_in(conn, entry_id, "a.png", s.png())
        assert len(store.list(entry_id)) == 1
        raise Stop
    assert store.list(entry_id) == []
    with journal.write() as conn:
        a = store.add_in(conn, entry_id, "a.png", s.png())
    assert store.list(entry_id) == [a]


def test_an_unknown_entry_is_refused(journal):
    with pytest.raises(EntryNotFound):
        journal.attachments.add(999, "a.png", s.png())


def test_deleted_with_the_entry_for_good_not_when_trashed(journal):
    keep, drop, trashed = _entry(journal, "keep"), _entry(journal, "drop"), _entry(journal, "trash")
    store = journal.attachments
    store.add(keep, "k.png", s.png())
    gone = store.add(drop, "d.png", s.png())
    in_trash = store.add(trashed, "t.pdf", s.pdf())
    journal.entries.delete_forever(drop)
    with pytest.raises(AttachmentNotFound):
        store.read(gone.uid)
    journal.entries.trash(trashed)
    assert store.read(in_trash.uid) == s.pdf()  # restorable with its entry
    journal.entries.empty_trash()
    with pytest.raises(AttachmentNotFound):
        store.read(in_trash.uid)
    assert journal.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
    assert journal.conn.execute("SELECT count(*) FROM attachment_data").fetchone()[0] == 1


def test_read_for_entry_answers_only_for_that_entry(journal):
    mine, other = _entry(journal), _entry(journal, "other")
    a = journal.attachments.add(other, "a.png", s.png())
    assert journal.attachments.read_for_entry(mine, a.uid) is None
    assert journal.attachments.read_for_entry(other, a.uid) == s.png()
    assert journal.attachments.read_for_entry(other, "nope") is None


def test_markdown_reference():
    pic = att.Attachment("ab" * 16, 1, "geno[gram] *v2*.png", "image/png", 10, False)
    doc = att.Attachment("cd" * 16, 1, "certificate.pdf", "application/pdf", 10, False)
    assert markdown_reference(pic) == "![geno\\[gram\\] \\*v2\\*.png](attachment:" + "ab" * 16 + ")"
    assert markdown_reference(doc) == "[certificate.pdf](attachment:" + "cd" * 16 + ")"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("C:\\Users\\me\\scan.pdf", "scan.pdf"),
        ("../../etc/passwd", "passwd"),
        ("", "attachment.pdf"),
        ("a\u202egnp.pdf", "agnp.pdf"),
        ("x" * 300 + ".pdf", "x" * 196 + ".pdf"),
    ],
)
def test_file_names_are_cleaned(given, kept):
    assert att.clean_filename(given, "application/pdf") == kept


def test_a_version_7_journal_gains_empty_attachment_tables(tmp_path):
    path = tmp_path / "journal" / "journal-v7.rjournal"
    path.parent.mkdir()
    shutil.copy(DATA / "journal-v7.rjournal", path)
    with Journal.open(path, FIXTURE_PASSPHRASE, kdf=KdfSettings(FIXTURE_KDF_ITER)) as journal:
        assert journal.schema_version == SCHEMA_VERSION
        first = journal.entries.ids()[0]
        assert journal.attachments.list(first) == []
        journal.attachments.add(first, "a.gif", s.gif())
        assert len(journal.attachments.list(first)) == 1


def test_listing_never_reads_the_bytes(journal):
    """The list query touches only the narrow table (the plan names no attachment_data)."""
    plan = journal.conn.execute(
        "EXPLAIN QUERY PLAN SELECT uid, entry_id, filename, media_type, size, location_removed, added_at"
        " FROM attachments WHERE entry_id = ? ORDER BY id",
        (1,),
    ).fetchall()
    assert "attachment_data" not in " ".join(str(r) for r in plan)
    assert "attachments_by_entry" in " ".join(str(r) for r in plan)

"""Attachments in backups, restore and the exports (Markdown files in an
attachments folder; the JSON export references them)."""

from __future__ import annotations

import json
import stat

import pytest

from reflectjournal.core.backup import restore_backup, verify_copy
from reflectjournal.core.errors import BackupDamaged
from reflectjournal.core.export import ATTACHMENTS_FOLDER, JSON_FILE_NAME, export_journal
from reflectjournal.core.models import Entry
from reflectjournal.core.vault import Journal
from tests import attachment_samples as s
from tests.conftest import TEST_KDF, TEST_PASSPHRASE


@pytest.fixture
def with_attachments(journal):
    entry = journal.entries.save(Entry(title="Genogram and letter", body="Before.\n\nAfter.", child_in_mind="Quiet."))
    picture = journal.attachments.add(entry.id, "family genogram.jpg", s.jpeg(exif_block=s.exif()))
    letter = journal.attachments.add(entry.id, "letter.pdf", s.pdf(s.CANARY))
    body = (
        f"Before.\n\n![family genogram.jpg](attachment:{picture.uid})\n\nAfter. [letter.pdf](attachment:{letter.uid})"
    )
    child = f"Drawn by them: ![x](attachment:{picture.uid})"
    journal.entries.save(entry.replace(body=body, child_in_mind=child))
    plain = journal.entries.save(Entry(title="No attachments", body="Just words."))
    return journal, entry.id, plain.id, picture, letter


def test_backup_and_restore_keep_every_attachment(with_attachments, tmp_path, journal_path):
    journal, entry_id, _plain, picture, letter = with_attachments
    kept_picture, kept_letter = journal.attachments.read(picture.uid), journal.attachments.read(letter.uid)
    backup = journal.backup(tmp_path / "b" / "copy.rjournal")
    assert s.CANARY not in backup.read_bytes()
    journal.attachments.delete(letter.uid)
    journal.close()
    restore_backup(backup, journal_path, TEST_PASSPHRASE, TEST_KDF, keep_current_in=tmp_path / "kept")
    with Journal.open(journal_path, TEST_PASSPHRASE, kdf=TEST_KDF) as again:
        assert [a.uid for a in again.attachments.list(entry_id)] == [picture.uid, letter.uid]
        assert again.attachments.read(picture.uid) == kept_picture
        assert again.attachments.read(letter.uid) == kept_letter


def test_a_copy_missing_attachments_does_not_verify(with_attachments, tmp_path):
    journal, *_ = with_attachments
    backup = journal.backup(tmp_path / "b" / "copy.rjournal")
    with pytest.raises(BackupDamaged, match="2 attachments, not 3"):
        verify_copy(backup, TEST_PASSPHRASE, TEST_KDF, expected_entries=None, expected_attachments=3)


def test_markdown_export_writes_the_files_and_points_at_them(with_attachments, tmp_path):
    journal, entry_id, plain_id, picture, letter = with_attachments
    out = tmp_path / "export"
    assert export_journal(journal, out) == 2
    folder = out / ATTACHMENTS_FOLDER
    files = sorted(p.name for p in folder.iterdir())
    picture_file = f"family-genogram-{picture.uid[:8]}.jpg"
    letter_file = f"letter-{letter.uid[:8]}.pdf"
    assert files == sorted([picture_file, letter_file])
    assert (folder / picture_file).read_bytes() == journal.attachments.read(picture.uid)
    assert not s.has_latitude((folder / picture_file).read_bytes())
    assert (folder / letter_file).read_bytes() == s.pdf(s.CANARY)
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    [md] = [p for p in out.glob("*.md") if p.name.endswith(f"-{entry_id}.md")]
    text = md.read_text()
    assert f"![family genogram.jpg](attachments/{picture_file})" in text
    assert f"[letter.pdf](attachments/{letter_file})" in text
    assert f"![x](attachments/{picture_file})" in text  # in the child-in-mind section too
    assert "attachment:" not in text.split("---", 2)[2]
    assert f'"file": "attachments/{letter_file}"' in text  # the front matter lists them
    [plain_md] = [p for p in out.glob("*.md") if p.name.endswith(f"-{plain_id}.md")]
    assert "\nattachments:" not in plain_md.read_text()
    records = {r["id"]: r for r in json.loads((out / JSON_FILE_NAME).read_text())}
    assert "attachments" not in records[plain_id]
    listed = records[entry_id]["attachments"]
    assert [a["uid"] for a in listed] == [picture.uid, letter.uid]
    assert listed[1] == {
        "uid": letter.uid,
        "name": "letter.pdf",
        "media_type": "application/pdf",
        "size": len(s.pdf(s.CANARY)),
        "file": f"attachments/{letter_file}",
    }
    assert f"(attachment:{picture.uid})" in records[entry_id]["body"]  # the JSON body references by id


def test_an_export_without_attachments_has_no_folder(journal, tmp_path):
    journal.entries.save(Entry(title="Words only", body="x"))
    export_journal(journal, tmp_path / "out")
    assert not (tmp_path / "out" / ATTACHMENTS_FOLDER).exists()


def test_our_markdown_export_imports_back_with_its_attachments(with_attachments, tmp_path):
    from reflectjournal.core.importers import import_source

    journal, entry_id, _plain, picture, letter = with_attachments
    out = tmp_path / "export"
    export_journal(journal, out)
    kept = {a.filename: journal.attachments.read(a.uid) for a in (picture, letter)}
    with Journal.create(tmp_path / "other" / "j.rjournal", TEST_PASSPHRASE, kdf=TEST_KDF) as other:
        report = import_source(other, out, "markdown")
        assert report.imported == 2
        assert report.attachments == 2
        [back] = [
            other.entries.get(i) for i in other.entries.ids() if other.entries.get(i).title == "Genogram and letter"
        ]
        items = other.attachments.list(back.id)
        assert [(a.filename, a.media_type) for a in items] == [
            ("family genogram.jpg", "image/jpeg"),
            ("letter.pdf", "application/pdf"),
        ]
        for a in items:
            assert other.attachments.read(a.uid) == kept[a.filename]
        new_picture, new_letter = items
        assert f"![family genogram.jpg](attachment:{new_picture.uid})" in back.body
        assert f"[letter.pdf](attachment:{new_letter.uid})" in back.body
        assert f"(attachment:{new_picture.uid})" in back.child_in_mind
        assert "attachments/" not in back.body + back.child_in_mind

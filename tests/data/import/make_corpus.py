"""Writes the import corpus: small exports shaped like Day One's JSON export,
jrnl's Markdown and JSON exports and an Obsidian vault, each reproducing one
case from issue 17. Written for these tests (no text from real journals or
other projects). Run from the repository root:

    .venv/bin/python tests/data/import/make_corpus.py
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
JPEG = (HERE.parents[1] / "data" / "attachments" / "small.jpg").read_bytes()
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png(width: int = 2, height: int = 2) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def md5(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()  # noqa: S324 (Day One names files by MD5)


def write(path: Path, data: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def dayone() -> None:
    """Day One's "JSON (.zip)" export, unpacked: one .json per journal, and
    photos/, pdfs/, videos/ named by MD5."""
    root = HERE / "dayone"
    photo = JPEG
    write(root / "photos" / f"{md5(photo)}.jpeg", photo)
    write(root / "pdfs" / f"{md5(PDF)}.pdf", PDF)
    video = b"\x00\x00\x00\x18ftypmp42 not a real film"
    write(root / "videos" / f"{md5(video)}.mov", video)

    def entry(uid: int, created: str, text: str, zone: str = "Europe/London", **extra: object) -> dict:
        item: dict[str, object] = {
            "uuid": f"{uid:032X}",
            "creationDate": created,
            "modifiedDate": created,
            "timeZone": zone,
            "text": text,
            "starred": False,
            "isPinned": False,
            "isAllDay": False,
            "duration": 0,
            "creationDevice": "Test phone",
            "creationDeviceType": "iPhone",
            "creationOSName": "iOS",
        }
        item.update(extra)
        return item

    photo_ref = {"identifier": "6A1E3C", "md5": md5(photo), "type": "jpeg", "orderInEntry": 0, "width": 8}
    work = [
        # 1: a photo first, then a plain first line: the title, as Day One shows it.
        entry(
            1,
            "2024-03-04T18:05:00Z",
            "![](dayone-moment://6A1E3C)\n\nGenogram after the family meeting\nDrew it with them\\. Three "
            "generations\\; gran\\-in\\-law included\\!\n\n1\\. keep this escape\n",
            photos=[photo_ref],
            starred=True,
            isPinned=True,
            location={"placeName": "Civic Centre", "localityName": "Leeds", "country": "United Kingdom"},
            weather={"conditionsDescription": "Light rain", "temperatureCelsius": 7.4},
            music={"track": "Quiet Song", "artist": "Some Band"},
        ),
        # 2: Taipei, late evening: 15:38 UTC is 23:38 there.
        entry(2, "2024-03-05T15:38:00Z", "# 台北的晚上\n寫完報告了。", zone="Asia/Taipei"),
        # 3: no text and nothing attached: reported, skipped.
        entry(3, "2024-03-06T09:00:00Z", ""),
        # 4: a PDF and a video, nothing else.
        entry(
            4,
            "2024-03-07T10:00:00Z",
            "![](dayone-moment:/pdfAttachment/PDF001)\n![](dayone-moment:/video/VID001)\n",
            pdfAttachments=[{"identifier": "PDF001", "md5": md5(PDF), "type": "pdf"}],
            videos=[{"identifier": "VID001", "md5": md5(video), "type": "mov"}],
        ),
        # 5: a zone this app does not know: named in the report, time kept (UTC).
        entry(5, "2024-03-08T07:15:00Z", "Odd zone\nbody", zone="Mars/Olympus_Mons"),
        # 6: refers to a photo the export does not hold.
        entry(6, "2024-03-09T12:00:00Z", "Lost photo\n![](dayone-moment://GONE01)\nstill here"),
    ]
    personal = [entry(7, "2024-03-10T20:00:00Z", "Walk by the river\nCold but clear.")]
    write(root / "Work.json", json.dumps({"metadata": {"version": "1.0"}, "entries": work}, indent=2))
    write(root / "Personal.json", json.dumps({"metadata": {"version": "1.0"}, "entries": personal}, indent=2))


def jrnl() -> None:
    """``jrnl --export markdown`` (jrnl's default time format, "%F %r"; the
    body's own headings moved down three levels) and a JSON export with a
    starred entry, for importing twice."""
    markdown = (
        "# 2023\n\n## November\n\n"
        "### 2023-11-30 09:15:00 AM Duty desk. @duty\n\nBusy morning.\n\n#### What went well\nTriage was calm.\n \n"
        "# 2024\n\n## January\n\n"
        "### 2024-01-02 05:40:00 PM Back after the break.\n\nSlow start. @supervision\n \n"
        "### 2024-01-03 12:00:00 PM Lunch thought.\n \n"
    )
    write(HERE / "jrnl" / "journal.md", markdown)
    entries = [
        {
            "title": "Starred one.",
            "body": "Remember this.",
            "date": "2024-02-01",
            "time": "08:00",
            "tags": [],
            "starred": True,
        },
        {"title": "Plain one.", "body": "", "date": "2024-02-02", "time": "08:00", "tags": ["@work"], "starred": False},
    ]
    write(HERE / "jrnl" / "journal.json", json.dumps({"tags": {"@work": 1}, "entries": entries}, indent=2))


def obsidian() -> None:
    """An Obsidian vault: wikilinks, embeds, callouts, tags in odd places,
    notes dated every way."""
    root = HERE / "obsidian"
    write(root / ".obsidian" / "app.json", "{}")
    write(root / "attachments" / "ecomap.png", png())
    write(root / "attachments" / "certificate.pdf", PDF)
    write(root / "attachments" / "voice memo.m4a", b"not audio")
    write(
        root / "Books.md",
        "---\ncreated: 2023-06-01\n---\n# Non-Fiction\n\nSee [[Reading list]] and [[Reading list#Later|the later pile]].\n\n"
        "# Fiction\n\nNone yet.\n",
    )
    write(
        root / "Reading list.md",
        "---\ndate: 2018-04-21 18:57:04 Saturday\n---\n# Reading list #books\n\n"
        "![[ecomap.png]]\n![[certificate.pdf]]\n![[voice memo.m4a]]\n![[Books#Fiction]]\n\n"
        "> [!tip] Read slowly\n> One chapter a day.\n\n> [!warning]-\n> Library fines.\n",
    )
    write(
        root / "Maths and code.md",
        "---\ndate: 2024-02-10\n---\nA real #tag here.\n\n$$\n\\#notatag = x\n$$\n\nInline $#nope$ and `#code`.\n\n"
        "%% #hidden comment %%\n<!-- #html-comment -->\n\n```\n#in-code\n```\n",
    )
    write(root / "Daily" / "2024-03-18 Team meeting.md", "Agenda went long.\n")
    write(root / "Undated thought.md", "No date anywhere.\n")


if __name__ == "__main__":
    dayone()
    jrnl()
    obsidian()

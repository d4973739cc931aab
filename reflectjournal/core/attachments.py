"""Encrypted attachments: images (PNG, JPEG, WebP, GIF) and PDFs kept inside
the journal (schema: ``attachments`` and ``attachment_data``).

The bytes live in the encrypted database, never in a file beside it or in a
temporary folder. The list of an entry's attachments is read from a narrow
table (``attachments``); the bytes sit in a table of their own
(``attachment_data``) that only :meth:`AttachmentStore.read` touches, so
listing, search and unlocking never read (or decrypt) them.

What is accepted is decided by the bytes, never by the file name: the magic
bytes say which of the five types it is, and for images the pixel count is
read from the header and checked before anything decodes the picture (a
decompression bomb is refused here, at once, without a decoder ever seeing
it). The core does no decoding at all: the preview decodes through Qt with an
allocation limit (ui/attachment_resources.py).

Location is removed on the way in: the GPS block of EXIF (JPEG APP1, PNG
``eXIf``, WebP ``EXIF``) is emptied in place (its values overwritten with
zeros, its entry count set to 0), so orientation and everything else stay;
XMP packets that carry a location are dropped whole. A damaged EXIF block is
dropped whole. :attr:`Attachment.location_removed` says whether anything was
removed, so the user can be told.

Headers are read by hand (a few dozen lines per format) rather than with
Pillow: Pillow's WebP opener builds an animation decoder, which allocates
the whole canvas, before the size can be checked; and Pillow cannot remove
GPS from a JPEG without re-encoding it.
"""

from __future__ import annotations

import builtins
import struct
import unicodedata
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .entries import new_uid
from .errors import AttachmentNotFound, AttachmentRefused, EntryNotFound
from .timestamps import iso_utc

if TYPE_CHECKING:
    import sqlcipher3

    from .vault import Journal

# Per attachment: a scanned letter or a phone photo fits many times over.
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
# Pixels an image may have (width x height, from its header). 50 megapixels
# is 200 MB as 32-bit pixels: within Qt's default 256 MB decoding limit,
# and above the 48-megapixel photos of current phones.
MAX_IMAGE_PIXELS = 50_000_000
# Frames an animated GIF or WebP may have (each checked against the cap too).
MAX_FRAMES = 10_000
# A journal with more than this in attachments gets a warning (backups and
# copies grow with it); nothing is refused.
JOURNAL_WARNING_BYTES = 1024 * 1024 * 1024
MAX_FILENAME_LENGTH = 200

PNG = "image/png"
JPEG = "image/jpeg"
WEBP = "image/webp"
GIF = "image/gif"
PDF = "application/pdf"
IMAGE_TYPES = frozenset({PNG, JPEG, WEBP, GIF})
MEDIA_TYPES = frozenset({*IMAGE_TYPES, PDF})
# The usual extension of each type, for copies and exports.
EXTENSIONS = {PNG: ".png", JPEG: ".jpg", WEBP: ".webp", GIF: ".gif", PDF: ".pdf"}

_KINDS_TEXT = "PNG, JPEG, WebP or GIF pictures and PDF documents"


@dataclass(frozen=True)
class Attachment:
    uid: str
    entry_id: int
    filename: str
    media_type: str
    size: int
    location_removed: bool
    added_at: str = ""

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


@dataclass(frozen=True)
class Checked:
    """What :func:`check_attachment` found: the type and the bytes to keep
    (location removed), and the image's size in pixels (0 for a PDF)."""

    media_type: str
    data: bytes
    location_removed: bool
    width: int = 0
    height: int = 0


# -- the store -------------------------------------------------------------


_COLUMNS = "uid, entry_id, filename, media_type, size, location_removed, added_at"


def _attachment(row: tuple[object, ...]) -> Attachment:
    uid, entry_id, filename, media_type, size, removed, added = row
    return Attachment(
        str(uid), int(str(entry_id)), str(filename), str(media_type), int(str(size)), bool(removed), str(added)
    )


class AttachmentStore:
    """An entry's attachments. Deleting the entry for good (or emptying the
    trash) deletes them with it (``ON DELETE CASCADE``)."""

    def __init__(self, journal: Journal):
        self._journal = journal

    def add(self, entry_id: int, filename: str, data: bytes) -> Attachment:
        """Check ``data`` (:func:`check_attachment`) and keep it with the entry,
        in a transaction of its own. Raises :class:`AttachmentRefused`."""
        checked = check_attachment(data)
        with self._journal.write() as conn:
            return self._insert(conn, entry_id, filename, checked)

    def add_in(self, conn: sqlcipher3.Connection, entry_id: int, filename: str, data: bytes) -> Attachment:
        """As :meth:`add`, inside a write transaction the caller holds (an
        import adding an entry and its pictures at once)."""
        return self._insert(conn, entry_id, filename, check_attachment(data))

    def _insert(self, conn: sqlcipher3.Connection, entry_id: int, filename: str, checked: Checked) -> Attachment:
        if conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is None:
            raise EntryNotFound(f"There is no entry {entry_id}.")
        name = clean_filename(filename, checked.media_type)
        uid = new_uid()
        added = iso_utc(self._journal.clock())
        cur = conn.execute(
            "INSERT INTO attachments(uid, entry_id, filename, media_type, size, location_removed, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (uid, entry_id, name, checked.media_type, len(checked.data), int(checked.location_removed), added),
        )
        conn.execute("INSERT INTO attachment_data(attachment_id, data) VALUES (?, ?)", (cur.lastrowid, checked.data))
        return Attachment(uid, entry_id, name, checked.media_type, len(checked.data), checked.location_removed, added)

    def list(self, entry_id: int) -> builtins.list[Attachment]:
        """The entry's attachments in the order they were added (no bytes read)."""
        rows = self._journal.conn.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE entry_id = ? ORDER BY id", (entry_id,)
        ).fetchall()
        return [_attachment(r) for r in rows]

    def get(self, uid: str) -> Attachment:
        row = self._journal.conn.execute(f"SELECT {_COLUMNS} FROM attachments WHERE uid = ?", (uid,)).fetchone()
        if row is None:
            raise AttachmentNotFound("That attachment is no longer in the journal.")
        return _attachment(row)

    def read(self, uid: str) -> bytes:
        """The attachment's bytes (as kept: location already removed)."""
        row = self._journal.conn.execute(
            "SELECT d.data FROM attachments a JOIN attachment_data d ON d.attachment_id = a.id WHERE a.uid = ?",
            (uid,),
        ).fetchone()
        if row is None:
            raise AttachmentNotFound("That attachment is no longer in the journal.")
        return bytes(row[0])

    def read_for_entry(self, entry_id: int, uid: str) -> bytes | None:
        """The bytes of ``uid`` only if it belongs to ``entry_id``, else None:
        what the preview's resource handler answers with."""
        row = self._journal.conn.execute(
            "SELECT d.data FROM attachments a JOIN attachment_data d ON d.attachment_id = a.id"
            " WHERE a.uid = ? AND a.entry_id = ?",
            (uid, entry_id),
        ).fetchone()
        return None if row is None else bytes(row[0])

    def delete(self, uid: str) -> None:
        with self._journal.write() as conn:
            cur = conn.execute("DELETE FROM attachments WHERE uid = ?", (uid,))
            if cur.rowcount == 0:
                raise AttachmentNotFound("That attachment is no longer in the journal.")

    def entry_ids_with_attachments(self) -> set[int]:
        return {int(r[0]) for r in self._journal.conn.execute("SELECT DISTINCT entry_id FROM attachments")}

    def total_size(self) -> int:
        """Bytes of every attachment in the journal (trash included)."""
        return int(self._journal.conn.execute("SELECT coalesce(sum(size), 0) FROM attachments").fetchone()[0])

    def over_warning(self) -> bool:
        return self.total_size() > JOURNAL_WARNING_BYTES


def markdown_reference(attachment: Attachment) -> str:
    """``![name](attachment:UID)`` for a picture, ``[name](attachment:UID)``
    for a PDF: what the editor inserts and the preview resolves."""
    label = _escape_label(attachment.filename)
    target = f"attachment:{attachment.uid}"
    return f"![{label}]({target})" if attachment.is_image else f"[{label}]({target})"


def _escape_label(text: str) -> str:
    text = " ".join(text.split())
    out = []
    for ch in text:
        if ch in "\\[]*_`<>!":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def clean_filename(filename: str, media_type: str) -> str:
    """The name to keep: the last part of a path, no control or invisible
    characters, at most MAX_FILENAME_LENGTH characters; never empty."""
    name = unicodedata.normalize("NFC", filename or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip().strip(".")
    if not name:
        name = "attachment" + EXTENSIONS.get(media_type, "")
    if len(name) > MAX_FILENAME_LENGTH:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = stem[: MAX_FILENAME_LENGTH - len(ext) - 1] + "." + ext
        else:
            name = name[:MAX_FILENAME_LENGTH]
    return name


# -- checking what comes in ------------------------------------------------


def sniff(data: bytes) -> str | None:
    """The media type the magic bytes say, or None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return GIF
    if data.startswith(b"%PDF-"):
        return PDF
    return None


def _refuse_type() -> AttachmentRefused:
    return AttachmentRefused(
        f"This file cannot be attached: only {_KINDS_TEXT} can. "
        "Save it as one of those (a photo as JPEG, a document as PDF) and attach that.",
        reason="type",
    )


def _refuse_damaged(kind: str) -> AttachmentRefused:
    return AttachmentRefused(
        f"This {kind} file is damaged or incomplete, so it was not attached. "
        "Open it in another program, save it again, and attach the new copy.",
        reason="damaged",
    )


def check_attachment(data: bytes) -> Checked:
    """Decide whether ``data`` may be attached, and what to keep.

    Refuses (:class:`AttachmentRefused`) anything over the size cap, of a
    type other than the five, or an image whose header gives more than
    MAX_IMAGE_PIXELS pixels (in any frame). Never decodes pixels.
    """
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentRefused(
            f"This file is {len(data) / (1024 * 1024):.1f} MB; attachments can be at most "
            f"{MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB. Make it smaller (a lower resolution, "
            "or fewer pages) and attach it again.",
            reason="too_large",
        )
    data = bytes(data)
    media_type = sniff(data)
    if media_type is None:
        raise _refuse_type()
    if media_type == PDF:
        return Checked(PDF, data, False)
    try:
        if media_type == PNG:
            width, height, frames = _png_size(data)
            kept, removed = _png_strip(data)
        elif media_type == JPEG:
            width, height, frames = _jpeg_size(data)
            kept, removed = _jpeg_strip(data)
        elif media_type == WEBP:
            width, height, frames = _webp_size(data)
            kept, removed = _webp_strip(data)
        else:
            width, height, frames = _gif_size(data)
            kept, removed = data, False
    except (ValueError, IndexError, struct.error, zlib.error):
        raise _refuse_damaged(media_type.split("/")[1].upper()) from None
    return Checked(media_type, kept, removed, width, height)


def _check_pixels(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ValueError("no size")
    if width * height > MAX_IMAGE_PIXELS:
        raise AttachmentRefused(
            f"This picture is {width:,} × {height:,} pixels, more than the {MAX_IMAGE_PIXELS // 1_000_000} "
            "million a picture may have, so it was not attached (it was not opened: pictures this large "
            "can be built to exhaust memory). Save a smaller copy of it and attach that.",
            reason="too_many_pixels",
        )


def _png_chunks(data: bytes) -> builtins.list[tuple[bytes, int, int]]:
    """(type, start of chunk, end of chunk) for each chunk."""
    chunks = []
    pos = 8
    while pos < len(data):
        if pos + 12 > len(data):
            raise ValueError("truncated chunk")
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("truncated chunk")
        chunks.append((kind, pos, end))
        pos = end
        if kind == b"IEND":
            break
    return chunks


def _png_size(data: bytes) -> tuple[int, int, int]:
    if data[12:16] != b"IHDR":
        raise ValueError("no IHDR")
    width, height = struct.unpack(">II", data[16:24])
    _check_pixels(width, height)
    return width, height, 1


def _png_strip(data: bytes) -> tuple[bytes, bool]:
    out = [data[:8]]
    removed = False
    for kind, start, end in _png_chunks(data):
        body = data[start + 8 : end - 4]
        if kind == b"eXIf":
            new_body, found = _strip_tiff_gps(body)
            if found:
                removed = True
                if new_body is None:
                    continue
                crc = zlib.crc32(kind + new_body) & 0xFFFFFFFF
                out.append(struct.pack(">I", len(new_body)) + kind + new_body + struct.pack(">I", crc))
                continue
        elif kind in (b"iTXt", b"tEXt", b"zTXt"):
            keyword = body.split(b"\0", 1)[0]
            if keyword in (b"XML:com.adobe.xmp", b"Raw profile type exif", b"Raw profile type xmp"):
                # Text we cannot rewrite safely: dropped whole if it may hold a place.
                if _text_chunk_may_locate(kind, body):
                    removed = True
                    continue
        out.append(data[start:end])
    return b"".join(out), removed


def _text_chunk_may_locate(kind: bytes, body: bytes) -> bool:
    keyword, _, rest = body.partition(b"\0")
    if kind == b"zTXt" or (kind == b"iTXt" and rest[:1] == b"\x01"):
        # Compressed: inflate at most 4 MB to look (never a bomb); too much text is dropped anyway.
        payload = rest[1:] if kind == b"zTXt" else rest[2:].split(b"\0", 2)[-1]
        inflater = zlib.decompressobj()
        try:
            text = inflater.decompress(payload, 4 * 1024 * 1024)
        except zlib.error:
            return True
        if inflater.unconsumed_tail:
            return True
    else:
        text = rest
    if keyword == b"Raw profile type exif":
        return True  # hex-encoded EXIF: cannot tell cheaply; dropped
    return _xmp_locates(text)


def _xmp_locates(text: bytes) -> bool:
    lowered = text.lower()
    return any(
        word in lowered
        for word in (b"gpslatitude", b"gpslongitude", b"gpsaltitude", b"location", b"photoshop:city", b"iptc")
    )


def _jpeg_segments(data: bytes) -> tuple[builtins.list[tuple[int, int, int]], int]:
    """(marker, start, end) of each segment before the image data, and
    where the image data (after SOS's header) begins."""
    segments = []
    pos = 2
    while True:
        if pos + 4 > len(data):
            raise ValueError("truncated")
        if data[pos] != 0xFF:
            raise ValueError("not a marker")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01,) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2:
            raise ValueError("bad length")
        end = pos + 2 + length
        if end > len(data):
            raise ValueError("truncated")
        segments.append((marker, pos, end))
        pos = end
        if marker == 0xDA:  # start of scan: the rest is image data
            return segments, pos
        if marker == 0xD9:
            raise ValueError("no scan")


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int, int]:
    segments, _ = _jpeg_segments(data)
    for marker, start, _end in segments:
        if marker in _SOF:
            height, width = struct.unpack(">HH", data[start + 5 : start + 9])
            _check_pixels(width, height)
            return width, height, 1
    raise ValueError("no frame header")


def _jpeg_strip(data: bytes) -> tuple[bytes, bool]:
    segments, scan = _jpeg_segments(data)
    out = [data[:2]]
    removed = False
    for marker, start, end in segments:
        body = data[start + 4 : end]
        if marker == 0xE1 and body.startswith(b"Exif\0\0"):
            new_tiff, found = _strip_tiff_gps(body[6:])
            if found:
                removed = True
                if new_tiff is None:
                    continue
                new_body = b"Exif\0\0" + new_tiff
                out.append(b"\xff\xe1" + struct.pack(">H", len(new_body) + 2) + new_body)
                continue
        elif marker == 0xE1 and (body.startswith(b"http://ns.adobe.com/x") and _xmp_locates(body)):
            removed = True
            continue
        elif marker == 0xED and _xmp_locates(body):  # Photoshop IPTC: city, location
            removed = True
            continue
        out.append(data[start:end])
    out.append(data[scan:])
    return b"".join(out), removed


def _riff_chunks(data: bytes) -> builtins.list[tuple[bytes, int, int]]:
    """(fourcc, start, end incl. padding) of each chunk after 'RIFF....WEBP'."""
    (riff_size,) = struct.unpack("<I", data[4:8])
    limit = min(len(data), 8 + riff_size)
    chunks = []
    pos = 12
    while pos + 8 <= limit:
        fourcc = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        end = pos + 8 + size + (size & 1)
        if pos + 8 + size > limit:
            raise ValueError("truncated chunk")
        chunks.append((fourcc, pos, min(end, limit)))
        pos = end
    if not chunks:
        raise ValueError("no chunks")
    return chunks


def _webp_frame_size(fourcc: bytes, body: bytes) -> tuple[int, int]:
    if fourcc == b"VP8 ":
        if body[3:6] != b"\x9d\x01\x2a":
            raise ValueError("bad VP8")
        w, h = struct.unpack("<HH", body[6:10])
        return w & 0x3FFF, h & 0x3FFF
    if fourcc == b"VP8L":
        if body[0] != 0x2F:
            raise ValueError("bad VP8L")
        (bits,) = struct.unpack("<I", body[1:5])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    raise ValueError("no image")


def _webp_size(data: bytes) -> tuple[int, int, int]:
    chunks = _riff_chunks(data)
    fourcc, start, end = chunks[0]
    if fourcc == b"VP8X":
        body = data[start + 8 : end]
        width = int.from_bytes(body[4:7], "little") + 1
        height = int.from_bytes(body[7:10], "little") + 1
        _check_pixels(width, height)
        frames = 0
        for kind, s, e in chunks[1:]:
            if kind == b"ANMF":
                frames += 1
                frame = data[s + 8 : e]
                fw = int.from_bytes(frame[6:9], "little") + 1
                fh = int.from_bytes(frame[9:12], "little") + 1
                _check_pixels(fw, fh)
                if frames > MAX_FRAMES:
                    raise _too_many_frames()
            elif kind in (b"VP8 ", b"VP8L"):
                _check_pixels(*_webp_frame_size(kind, data[s + 8 : e]))
                frames += 1
        return width, height, max(frames, 1)
    width, height = _webp_frame_size(fourcc, data[start + 8 : end])
    _check_pixels(width, height)
    return width, height, 1


def _webp_strip(data: bytes) -> tuple[bytes, bool]:
    chunks = _riff_chunks(data)
    out = []
    removed = False
    for fourcc, start, end in chunks:
        if fourcc == b"EXIF":
            (size,) = struct.unpack("<I", data[start + 4 : start + 8])
            body = data[start + 8 : start + 8 + size]
            prefix = b"Exif\0\0" if body.startswith(b"Exif\0\0") else b""
            new_tiff, found = _strip_tiff_gps(body[len(prefix) :])
            if found:
                removed = True
                if new_tiff is not None:
                    new_body = prefix + new_tiff
                    out.append(b"EXIF" + struct.pack("<I", len(new_body)) + new_body + b"\0" * (len(new_body) & 1))
                continue
        elif fourcc == b"XMP " and _xmp_locates(data[start + 8 : end]):
            removed = True
            continue
        out.append(data[start:end])
    if not removed:
        return data, False
    if out and out[0][:4] == b"VP8X" and not any(c[:4] == b"XMP " for c in out):
        flags = out[0][8] & ~0x04  # XMP flag off when the packet went
        if not any(c[:4] == b"EXIF" for c in out):
            flags &= ~0x08
        out[0] = out[0][:8] + bytes([flags]) + out[0][9:]
    body = b"".join(out)
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body, True


def _too_many_frames() -> AttachmentRefused:
    return AttachmentRefused(
        f"This animation has more than {MAX_FRAMES:,} frames, so it was not attached. "
        "Save a still picture from it and attach that.",
        reason="too_many_pixels",
    )


def _gif_skip_blocks(data: bytes, pos: int) -> int:
    while True:
        size = data[pos]
        pos += 1
        if size == 0:
            return pos
        pos += size
        if pos > len(data):
            raise ValueError("truncated")


def _gif_size(data: bytes) -> tuple[int, int, int]:
    width, height, flags = struct.unpack("<HHB", data[6:11])
    _check_pixels(width, height)
    pos = 13
    if flags & 0x80:
        pos += 3 * (2 ** ((flags & 7) + 1))
    frames = 0
    while pos < len(data):
        block = data[pos]
        if block == 0x3B:  # trailer
            break
        if block == 0x21:  # extension
            pos = _gif_skip_blocks(data, pos + 2)
        elif block == 0x2C:  # image descriptor
            fw, fh, fflags = struct.unpack("<HHB", data[pos + 5 : pos + 10])
            _check_pixels(fw, fh)
            frames += 1
            if frames > MAX_FRAMES:
                raise _too_many_frames()
            pos += 10
            if fflags & 0x80:
                pos += 3 * (2 ** ((fflags & 7) + 1))
            pos = _gif_skip_blocks(data, pos + 1)  # LZW minimum code size, then data
        else:
            raise ValueError("unknown block")
    if frames == 0:
        raise ValueError("no frames")
    return width, height, frames


# -- EXIF (TIFF) GPS removal, in place ---------------------------------------

_GPS_IFD_TAG = 0x8825
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}


def _strip_tiff_gps(tiff: bytes) -> tuple[bytes | None, bool]:
    """Empty the GPS IFD of a TIFF (EXIF) block in place.

    Returns (new block, True) when a GPS block was found and emptied,
    (None, True) when the block is damaged and must be dropped whole, and
    (tiff, False) when there was no location.
    """
    try:
        return _strip_tiff_gps_checked(tiff)
    except (ValueError, IndexError, struct.error):
        return None, True


def _strip_tiff_gps_checked(tiff: bytes) -> tuple[bytes | None, bool]:
    if tiff[:4] == b"II*\0":
        order = "<"
    elif tiff[:4] == b"MM\0*":
        order = ">"
    else:
        raise ValueError("not TIFF")
    buf = bytearray(tiff)
    (ifd0,) = struct.unpack(order + "I", tiff[4:8])
    (count,) = struct.unpack(order + "H", tiff[ifd0 : ifd0 + 2])
    if ifd0 + 2 + 12 * count > len(tiff):
        raise ValueError("truncated IFD")
    gps_offset = None
    for i in range(count):
        at = ifd0 + 2 + 12 * i
        tag, _kind, _n, value = struct.unpack(order + "HHII", tiff[at : at + 12])
        if tag == _GPS_IFD_TAG:
            gps_offset = value
    if gps_offset is None:
        # No GPS block; but a bare "GPS" elsewhere (a maker note) is not looked for.
        return tiff, False
    (gcount,) = struct.unpack(order + "H", tiff[gps_offset : gps_offset + 2])
    if gps_offset + 2 + 12 * gcount > len(tiff):
        raise ValueError("truncated GPS IFD")
    if gcount == 0:
        return tiff, False  # already emptied (an attachment kept before, exported and imported again)
    for i in range(gcount):
        at = gps_offset + 2 + 12 * i
        _tag, kind, n, value = struct.unpack(order + "HHII", tiff[at : at + 12])
        size = _TYPE_SIZES.get(kind, 1) * n
        if size > 4:
            if value + size > len(tiff):
                raise ValueError("value outside the block")
            buf[value : value + size] = bytes(size)
        buf[at : at + 12] = bytes(12)
    buf[gps_offset : gps_offset + 2] = struct.pack(order + "H", 0)
    return bytes(buf), True

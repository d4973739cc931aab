"""Pictures and PDFs for the attachment tests, built from bytes (no Qt),
with an EXIF location and a canary where a test needs one."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

DATA = Path(__file__).parent / "data" / "attachments"
# Bytes that must never reach the disk in plain form (the leak scan looks for them).
CANARY = b"CANARY-ATTACH-7f3e9a"
# The GPS latitude's numerators: what must be gone once location is removed.
LATITUDE = (0x51A7C0DE, 0x0BADF00D, 0x1337BEEF)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png(width: int = 4, height: int = 3, *, exif: bytes | None = None, text: bytes | None = None) -> bytes:
    """A real RGB PNG (mid-blue), optionally with an eXIf chunk and a tEXt comment."""
    raw = b"".join(b"\0" + b"\x2a\x7a\xb0" * width for _ in range(height))
    chunks = [_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))]
    if exif is not None:
        chunks.append(_chunk(b"eXIf", exif))
    if text is not None:
        chunks.append(_chunk(b"tEXt", b"Comment\0" + text))
    chunks += [_chunk(b"IDAT", zlib.compress(raw)), _chunk(b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` x ``height`` (its pixels are not all there)."""
    ihdr = _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + ihdr + _chunk(b"IDAT", zlib.compress(b"\0" * 64)) + _chunk(b"IEND", b"")


def bomb_png() -> bytes:
    return (DATA / "bomb.png").read_bytes()


def exif(*, gps: bool = True, big_endian: bool = False) -> bytes:
    """A TIFF block: IFD0 with Orientation (6) and, if ``gps``, a GPS IFD
    holding GPSLatitudeRef "N" and GPSLatitude (three rationals)."""
    o = ">" if big_endian else "<"
    head = (b"MM\0*" if big_endian else b"II*\0") + struct.pack(o + "I", 8)
    entries = [struct.pack(o + "HHIHH", 0x0112, 3, 1, 6, 0)]
    n0 = 2 if gps else 1
    ifd0_size = 2 + 12 * n0 + 4
    gps_at = 8 + ifd0_size
    if gps:
        entries.append(struct.pack(o + "HHII", 0x8825, 4, 1, gps_at))
    ifd0 = struct.pack(o + "H", n0) + b"".join(entries) + struct.pack(o + "I", 0)
    if not gps:
        return head + ifd0
    gps_ifd_size = 2 + 12 * 2 + 4
    lat_at = gps_at + gps_ifd_size
    gps_ifd = (
        struct.pack(o + "H", 2)
        + struct.pack(o + "HHI", 1, 2, 2)
        + b"N\0\0\0"
        + struct.pack(o + "HHII", 2, 5, 3, lat_at)
        + struct.pack(o + "I", 0)
    )
    lat = b"".join(struct.pack(o + "II", n, 1) for n in LATITUDE)
    return head + ifd0 + gps_ifd + lat


def has_latitude(data: bytes) -> bool:
    return any(struct.pack(o + "I", LATITUDE[0]) in data for o in "<>")


def jpeg(*, exif_block: bytes | None = None, comment: bytes | None = None) -> bytes:
    """The Qt-drawn sample JPEG, with an EXIF APP1 (and a COM segment) after SOI."""
    data = (DATA / "small.jpg").read_bytes()
    extra = b""
    if exif_block is not None:
        body = b"Exif\0\0" + exif_block
        extra += b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body
    if comment is not None:
        extra += b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
    return data[:2] + extra + data[2:]


def webp(*, exif_block: bytes | None = None) -> bytes:
    """The Qt-drawn sample WebP; with ``exif_block`` it becomes an extended
    (VP8X) file carrying an EXIF chunk."""
    data = (DATA / "small.webp").read_bytes()
    if exif_block is None:
        return data
    image = data[12:]
    vp8x = (
        b"VP8X"
        + struct.pack("<I", 10)
        + bytes([0x08, 0, 0, 0])
        + (16 - 1).to_bytes(3, "little")
        + (12 - 1).to_bytes(3, "little")
    )
    ex = b"EXIF" + struct.pack("<I", len(exif_block)) + exif_block + b"\0" * (len(exif_block) & 1)
    body = vp8x + image + ex
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WEBP" + body


def gif(width: int = 2, height: int = 2, *, comment: bytes | None = None) -> bytes:
    """A real one-frame GIF (two colours), optionally with a comment extension."""
    head = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x80, 0, 0) + b"\x2a\x7a\xb0\xff\xff\xff"
    ext = b""
    if comment is not None:
        ext = b"\x21\xfe" + bytes([len(comment)]) + comment + b"\0"
    # LZW min code size 2: clear(4), indices 0 x n, end(5) -- packed by hand for small images.
    pixels = width * height
    codes = [4] + [0] * pixels + [5]
    bits = 0
    nbits = 0
    out = bytearray()
    size = 3
    for i, code in enumerate(codes):
        bits |= code << nbits
        nbits += size
        while nbits >= 8:
            out.append(bits & 0xFF)
            bits >>= 8
            nbits -= 8
        # after clear, table grows by one per code after the first data code
        if i >= 1 and 4 + 2 + (i - 1) >= (1 << size) - 1 and size < 12:
            size += 1
    if nbits:
        out.append(bits & 0xFF)
    blocks = b"".join(bytes([len(out[i : i + 255])]) + bytes(out[i : i + 255]) for i in range(0, len(out), 255))
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02" + blocks + b"\0"
    return head + ext + image + b"\x3b"


def gif_frame_bomb() -> bytes:
    """A GIF whose screen is small but whose frame claims 60,000 x 60,000."""
    head = b"GIF89a" + struct.pack("<HHBBB", 2, 2, 0x80, 0, 0) + b"\0\0\0\xff\xff\xff"
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, 60_000, 60_000, 0) + b"\x02\x02\x44\x01\0"
    return head + image + b"\x3b"


def pdf(text: bytes = b"Certificate of completion") -> bytes:
    """A small valid one-page PDF whose content stream holds ``text`` uncompressed."""
    stream = b"BT /F1 18 Tf 40 100 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

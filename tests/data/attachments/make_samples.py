"""Write the sample pictures the attachment tests use (run once; commit the output).

small.jpg and small.webp are drawn by Qt (a 16 x 12 picture); bomb.png is a
real decompression bomb: a 30,000 x 30,000 grey PNG whose IDAT holds the
whole zero-filled image compressed (about 900 MB of pixels, 3.6 GB as
32-bit, in under 1 MB of file).
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).parent


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def write_bomb(path: Path, side: int = 30_000) -> None:
    packer = zlib.compressobj(9)
    row = b"\0" * (side + 1)
    parts = [packer.compress(row) for _ in range(side)]
    parts.append(packer.flush())
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"".join(parts)) + _chunk(b"IEND", b"")
    path.write_bytes(data)


def write_qt_samples() -> None:
    from PySide6.QtGui import QColor, QGuiApplication, QImage

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(16, 12, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    for x in range(16):
        image.setPixelColor(x, x % 12, QColor("#f0c020"))
    assert image.save(str(HERE / "small.jpg"), "JPG", 90)
    assert image.save(str(HERE / "small.webp"), "WEBP", 90)
    del app


if __name__ == "__main__":
    write_bomb(HERE / "bomb.png")
    write_qt_samples()
    for name in ("bomb.png", "small.jpg", "small.webp"):
        print(name, (HERE / name).stat().st_size)

#!/usr/bin/env python3
"""Render the app's PNG icons from the scalable SVG.

    .venv/bin/python packaging/linux/make-icons.py                 # write the PNGs
    .venv/bin/python packaging/linux/make-icons.py --check         # exit 1 if any is missing or stale
    .venv/bin/python packaging/linux/make-icons.py --ico OUT.ico   # Windows icon (installer, .exe)
    .venv/bin/python packaging/linux/make-icons.py --iconset DIR   # macOS: then iconutil -c icns DIR

The SVG in resources/icons/hicolor/scalable/apps/ is the one source; the
PNGs beside it (hicolor/<n>x<n>/apps/) are generated and committed, so that
installing needs no Qt and the window icon is crisp at small sizes.
Uses QSvgRenderer from PySide6.QtSvg (in PySide6-Essentials).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

APP_ID = "io.github.reflectjournal.ReflectJournal"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[2]
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render(size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make-icons: {SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS .iconset names: points and scale -> pixels.
ICONSET = {
    f"icon_{pt}x{pt}{'@2x' if scale == 2 else ''}.png": pt * scale for pt in (16, 32, 128, 256, 512) for scale in (1, 2)
}


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report missing or stale PNGs instead of writing them")
    parser.add_argument("--ico", type=Path, metavar="FILE", help="write a Windows .ico instead of the PNGs")
    parser.add_argument("--iconset", type=Path, metavar="DIR", help="write a macOS .iconset folder instead of the PNGs")
    args = parser.parse_args(argv)

    # No window is shown: the offscreen platform needs no display.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["make-icons"])
    if args.ico:
        args.ico.parent.mkdir(parents=True, exist_ok=True)
        args.ico.write_bytes(ico_bytes({size: render(size) for size in ICO_SIZES}))
        print(f"wrote {args.ico}")
        return 0
    if args.iconset:
        args.iconset.mkdir(parents=True, exist_ok=True)
        for name, pixels in ICONSET.items():
            (args.iconset / name).write_bytes(render(pixels))
        print(f"wrote {args.iconset} ({len(ICONSET)} images)")
        return 0
    stale = []
    for size in SIZES:
        data = render(size)
        target = png_path(size)
        if args.check:
            if not target.is_file() or target.read_bytes() != data:
                stale.append(str(target.relative_to(ROOT)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"wrote {target.relative_to(ROOT)} ({len(data)} bytes)")
    if stale:
        print("make-icons: out of date (run packaging/linux/make-icons.py):", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

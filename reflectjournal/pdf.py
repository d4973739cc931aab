"""Sanitised HTML to PDF through Qt's own PDF writer (QPdfWriter).

The one way a PDF is written: :func:`write_pdf`, used by the app and the
command line for printable exports and supervision records alike; core makes
the HTML, the caller chooses to write a PDF of it. Qt is imported here and
only here outside the UI; the command line imports this module only when PDF
output is asked for.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from reflectjournal.core import fsutil

RESOLUTION = 300  # dots per inch
MARGIN_MM = 18.0
BODY_POINT_SIZE = 10.5


def _ensure_gui_application():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        # No window is ever shown for PDF output: offscreen needs no display.
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["reflectjournal"])
    return app


def html_to_pdf(html: str, *, title: str, generated: dt.date) -> bytes:
    """Lay out ``html`` (already sanitised) on A4 pages with a running
    header (title and date) and "Page n of m" footers; return the PDF bytes."""
    _ensure_gui_application()
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("reflectjournal")

    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(page.width()), float(page.height())
    band = RESOLUTION * 0.35  # header and footer bands, about 9 mm
    body_height = height - 2 * band

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BODY_POINT_SIZE)
    # No ligatures: "ff" and "fi" would be copied, searched and read back
    # from the PDF as U+FB00 and U+FB01 rather than the letters written.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setDefaultStyleSheet(
        "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 12pt; } li { margin-bottom: 3pt; }"
    )
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, body_height))
    pages = max(1, doc.pageCount())

    small = QFont(font)
    small.setPointSizeF(8.5)
    painter = QPainter(writer)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.setFont(small)
            painter.drawText(
                QRectF(0, 0, width, band * 0.8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title
            )
            painter.drawText(
                QRectF(0, 0, width, band * 0.8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{generated.day} {generated.strftime('%B %Y')}",  # "%-d" is not on Windows
            )
            painter.drawText(
                QRectF(0, height - band * 0.8, width, band * 0.8),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                f"Page {index + 1} of {pages}",
            )
            painter.save()
            painter.translate(0, band - index * body_height)
            doc.drawContents(painter, QRectF(0, index * body_height, width, body_height))
            painter.restore()
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def write_pdf(path: Path, html: str, *, title: str, generated: dt.date) -> Path:
    """Write the PDF 0600 through a temporary file and a rename."""
    fsutil.write_private_bytes(Path(path), html_to_pdf(html, title=title, generated=generated))
    return Path(path)

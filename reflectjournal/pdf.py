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


STYLE_SHEET = (
    "h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 12pt; }"
    " li { margin-bottom: 3pt; }"
    # The supervision record: linked reflections smaller and indented under their item.
    " p.linked { margin-top: 4pt; }"
    " p.subhead { margin-top: 4pt; } p.item { margin-top: 8pt; margin-bottom: 2pt; }"
    " td.label { padding-right: 12pt; } th { text-align: left; background-color: #eeeeee; }"
)


def html_to_pdf(html: str, *, title: str, generated: dt.date, footer: str = "", images=None) -> bytes:
    """Lay out ``html`` (already sanitised) on A4 pages with a running
    header (title and date) and "Page n of m" footers (after ``footer``, if
    given); return the PDF bytes. ``images`` maps a name the HTML's
    ``<img src>`` uses to a QImage (record_chart.record_images)."""
    _ensure_gui_application()
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("reflectjournal")
    paint_pages(writer, html, title=title, generated=generated, footer=footer, images=images)
    buffer.close()
    return bytes(buffer.data())


def paint_pages(device, html: str, *, title: str, generated: dt.date, footer: str = "", images=None) -> int:
    """Lay out and paint ``html`` on a paged device (a QPdfWriter, or a
    QPrinter: printing uses the very same pages as the PDF). Returns the
    number of pages. The only pictures drawn are those in ``images``,
    handed to the document by name: it loads nothing itself."""
    from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
    from PySide6.QtGui import QFont, QPainter, QTextDocument, QTextOption

    resolution = device.resolution()
    page = device.pageLayout().paintRectPixels(resolution)
    width, height = float(page.width()), float(page.height())
    band = resolution * 0.35  # header and footer bands, about 9 mm
    body_height = height - 2 * band

    class _NoResources(QTextDocument):
        def loadResource(self, type_, name):  # noqa: N802 (Qt override): never read a file, data: or URL
            return None

    doc = _NoResources()
    doc.documentLayout().setPaintDevice(device)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BODY_POINT_SIZE)
    # No ligatures: "ff" and "fi" would be copied, searched and read back
    # from the PDF as U+FB00 and U+FB01 rather than the letters written.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    # A word longer than the line (a pasted link) breaks rather than running off the page.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(STYLE_SHEET)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, body_height))
    pages = max(1, doc.pageCount())

    small = QFont(font)
    small.setPointSizeF(8.5)
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.setFont(small)
            painter.drawText(
                QRectF(0, 0, width, band * 0.8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title
            )
            painter.drawText(
                QRectF(0, 0, width, band * 0.8),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"{generated.day} {generated.strftime('%B %Y')}",  # "%-d" is not on Windows
            )
            footer_box = QRectF(0, height - band * 0.8, width, band * 0.8)
            if footer:
                painter.drawText(footer_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer)
                page_align = Qt.AlignmentFlag.AlignRight
            else:
                page_align = Qt.AlignmentFlag.AlignHCenter
            painter.drawText(footer_box, page_align | Qt.AlignmentFlag.AlignBottom, f"Page {index + 1} of {pages}")
            painter.save()
            painter.translate(0, band - index * body_height)
            # A line pushed onto the next page starts exactly at this page's
            # end: the clip stops half a dot short, so it is not also drawn
            # (invisibly, but there for text extraction) at the foot of this one.
            # No clip at the sides: text that did not fit would show (and the
            # layout test would see it) instead of being silently cut off.
            doc.drawContents(painter, QRectF(-width, index * body_height + 0.5, 3 * width, body_height - 1.0))
            painter.restore()
    finally:
        painter.end()
    doc.clear()
    return pages


def write_pdf(path: Path, html: str, *, title: str, generated: dt.date, footer: str = "", images=None) -> Path:
    """Write the PDF 0600 through a temporary file and a rename."""
    data = html_to_pdf(html, title=title, generated=generated, footer=footer, images=images)
    fsutil.write_private_bytes(Path(path), data)
    return Path(path)

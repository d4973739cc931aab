"""The wellbeing chart of a supervision record, drawn without a window.

QtGui only (QImage and QPainter, no widgets), so the command line and the
offscreen tests draw it as the app does. Made for paper: white, black and
two dark colours that stay apart in greyscale (dots for the check-ins, a
line for the rolling average), labelled axes, and a blank where no check-in
was given (the line breaks there too): never a zero.

The data and its words come from core.wellbeing_chart; the record's HTML
places the picture (core.supervision_export.CHART_IMAGE) and pdf.py hands it
to the page layout through :func:`record_images`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from reflectjournal.core.looking_back import ROLLING_DAYS
from reflectjournal.core.supervision_export import CHART_HEIGHT, CHART_IMAGE, CHART_WIDTH

if TYPE_CHECKING:
    from reflectjournal.core.supervision_export import SessionExport
    from reflectjournal.core.wellbeing_chart import WellbeingChart

# Dots per CSS pixel: about 290 dpi on the page, near the PDF's 300.
SCALE = 3.0
INK = "#1a1a1a"
GRID = "#c8c8c8"
POINT = "#1a4480"  # dark blue
AVERAGE = "#a64b00"  # dark orange; in greyscale the dots and the line differ by shape
FONT = "DejaVu Sans"
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _short(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]}"


def tick_days(start: dt.date, end: dt.date) -> list[dt.date]:
    """The days labelled under the chart: at most about eight, on days a
    reader counts by (every day, Mondays, every other Monday, the 1st)."""
    days = (end - start).days + 1
    if days <= 8:
        return [start + dt.timedelta(days=i) for i in range(days)]
    if days <= 62:
        step = 7 if days <= 56 else 14
        first = start + dt.timedelta(days=(7 - start.weekday()) % 7)
        return [first + dt.timedelta(days=i) for i in range(0, (end - first).days + 1, step)]
    months = []
    day = dt.date(start.year, start.month, 1)
    while day <= end:
        if day >= start:
            months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    every = max(1, -(-len(months) // 8))
    return months[::every]


def render_chart(chart: WellbeingChart, width: int = CHART_WIDTH, height: int = CHART_HEIGHT) -> Any:
    """The chart as a QImage of ``width`` by ``height`` CSS pixels (drawn at
    :data:`SCALE` dots each)."""
    from reflectjournal.pdf import _ensure_gui_application

    _ensure_gui_application()
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

    image = QImage(round(width * SCALE), round(height * SCALE), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(FONT)
        font.setPixelSize(11)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        ink = QColor(INK)
        # Room at the right for the last date's label to sit centred under its day.
        left, right = metrics.horizontalAdvance("1 Struggling") + 14, metrics.horizontalAdvance("30 Sep") / 2 + 4
        top, bottom = line * 2 + 8, line * 2 + 10
        plot = QRectF(left, top, width - left - right, height - top - bottom)
        days = (chart.end - chart.start).days + 1

        def x_of(day: dt.date) -> float:
            return plot.left() + ((day - chart.start).days + 0.5) / days * plot.width()

        def y_of(score: float) -> float:
            return plot.bottom() - (score - 0.5) / 5 * plot.height()

        # Legend, above the plot: what the dots and the line are.
        painter.setPen(ink)
        x = left
        baseline = line
        painter.setBrush(QColor(POINT))
        painter.setPen(QPen(QColor("white"), 1))
        painter.drawEllipse(QPointF(x + 4, baseline - line * 0.3), 4, 4)
        painter.setPen(ink)
        text = "Check-in"
        painter.drawText(QPointF(x + 12, baseline), text)
        x += 12 + metrics.horizontalAdvance(text) + 18
        painter.setPen(QPen(QColor(AVERAGE), 2.5))
        painter.drawLine(QPointF(x, baseline - line * 0.3), QPointF(x + 18, baseline - line * 0.3))
        painter.setPen(ink)
        text = f"{ROLLING_DAYS}-day average"
        painter.drawText(QPointF(x + 24, baseline), text)
        x += 24 + metrics.horizontalAdvance(text) + 18
        painter.drawText(QPointF(x, baseline), "Blank: no check-in that day")

        # The score axis: 1 to 5, with words at the ends.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for score in range(1, 6):
            y = y_of(score)
            painter.setPen(QPen(QColor(GRID), 0.8))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink)
            label = {1: "1 Struggling", 5: "5 Well"}.get(score, str(score))
            box = QRectF(0, y - line / 2, left - 6, line)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
        painter.drawText(
            QRectF(0, top - line * 1.1, left + 80, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            "Check-in (1 to 5)",
        )
        painter.setPen(QPen(ink, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

        # The date axis.
        last_right = -1.0
        ticks = tick_days(chart.start, chart.end)
        if ticks and ticks[0] != chart.start:
            ticks.insert(0, chart.start)  # the first day is named (a crowded label after it gives way)
        for day in ticks:
            x = x_of(day)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            label = _short(day)
            w = metrics.horizontalAdvance(label)
            box_left = min(max(x - w / 2, 0), width - w)
            if box_left <= last_right + 6:
                continue
            painter.drawText(QPointF(box_left, plot.bottom() + 4 + line * 0.85), label)
            last_right = box_left + w
        painter.drawText(
            QRectF(plot.left(), height - line - 2, plot.width(), line),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            f"Date ({_short(chart.start)} {chart.start.year} to {_short(chart.end)} {chart.end.year})",
        )

        # The rolling average: broken where check-ins are further apart than
        # its own window (a gap is no check-in, never drawn through).
        path = QPainterPath()
        previous: dt.date | None = None
        for point in chart.points:
            where = QPointF(x_of(point.day), y_of(point.rolling))
            if previous is None or (point.day - previous).days > ROLLING_DAYS:
                path.moveTo(where)
            else:
                path.lineTo(where)
            previous = point.day
        painter.setPen(QPen(QColor(AVERAGE), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPath(path)

        # The check-ins themselves, over the line.
        painter.setPen(QPen(QColor("white"), 1))
        painter.setBrush(QColor(POINT))
        radius = 4.0 if days <= 120 else 3.0
        for point in chart.points:
            painter.drawEllipse(QPointF(x_of(point.day), y_of(point.score)), radius, radius)
    finally:
        painter.end()
    return image


def record_images(export: SessionExport) -> dict[str, Any]:
    """The pictures a record's HTML names (pdf.paint_pages takes them)."""
    if export.chart is None or not export.chart.points:
        return {}
    return {CHART_IMAGE: render_chart(export.chart)}

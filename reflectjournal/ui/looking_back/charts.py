"""The three Looking back charts: check-ins over time, the work by week and
kind, and the days reflected on (core.looking_back gives their figures)."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from ...core.looking_back import ROLLING_DAYS, CheckIn, LookingBack
from ..theme import is_dark, readable
from .chart import Chart, long_date, short_date, tr

# Hues for kinds, in order of how much each kind was written; each is made
# to stand 3:1 against the chart's ground in either theme.
KIND_HUES = ["#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666"]
OTHER_KINDS = "*"  # past the hues above, kinds share the last colour as "other kinds"


def kind_colours(kinds: list[str], ground: QColor) -> dict[str, QColor]:
    out = {}
    for i, kind in enumerate(kinds):
        hue = QColor(KIND_HUES[min(i, len(KIND_HUES) - 1)])
        if is_dark_ground(ground):
            hue = hue.lighter(150)
        out[kind] = readable(hue, ground)
    return out


def is_dark_ground(ground: QColor) -> bool:
    return ground.lightness() < 128


def _ticks(start: dt.date, end: dt.date) -> list[dt.date]:
    """Dates to label along the bottom: Mondays for a month or less, else
    the first of each month (every third month past two years)."""
    if (end - start).days <= 35:
        first = start + dt.timedelta(days=(7 - start.weekday()) % 7)
        return [first + dt.timedelta(days=7 * i) for i in range(6) if first + dt.timedelta(days=7 * i) <= end]
    every = 3 if (end - start).days > 730 else 1
    out, year, month = [], start.year, start.month
    while True:
        day = dt.date(year, month, 1)
        if day > end:
            return out
        if day >= start and (month - 1) % every == 0:
            out.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


class WellbeingChart(Chart):
    """Check-ins as points (1 Struggling to 5 Well) with their rolling
    average as a line, broken where no check-in was given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Wellbeing check-ins"), parent)
        self._view: LookingBack | None = None

    def set_view(self, view: LookingBack) -> None:
        self._view = view
        self.data_changed()

    def points(self) -> tuple[CheckIn, ...]:
        return self._view.check_ins if self._view else ()

    def item_count(self) -> int:
        return len(self.points())

    def item_text(self, index: int) -> str:
        point = self.points()[index]
        assert self._view is not None
        text = tr("%1: %2 out of 5, rolling average %3").replace("%1", long_date(point.day))
        text = text.replace("%2", str(point.score)).replace("%3", f"{self._view.rolling[index]:.1f}")
        return text + (f" ({point.words})" if point.words else "")

    def empty_text(self) -> str:
        return tr("No check-ins in this period.")

    def _plot(self) -> QRectF:
        em = self.em()
        left = max(self.fontMetrics().horizontalAdvance(label) for label in (tr("5 Well"), tr("1 Struggling"))) + em
        return QRectF(self.rect()).adjusted(left, em, -em, -em * 2)

    def _xy(self, day: dt.date, score: float) -> QPointF:
        assert self._view is not None
        plot = self._plot()
        span = max(1, (self._view.end - self._view.start).days)
        x = plot.left() + plot.width() * (day - self._view.start).days / span
        y = plot.bottom() - plot.height() * (score - 1) / 4
        return QPointF(x, y)

    def item_rect(self, index: int) -> QRectF:
        point = self.points()[index]
        centre = self._xy(point.day, point.score)
        r = max(3.0, self.em() / 4)
        return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)

    def draw(self, painter: QPainter) -> None:
        assert self._view is not None
        view, plot, metrics = self._view, self._plot(), self.fontMetrics()
        painter.setPen(QPen(self.faint(), 1))
        for score in range(1, 6):
            y = self._xy(view.start, score).y()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(self.ink())
        labels = {5: tr("5 Well"), 3: "3", 1: tr("1 Struggling")}
        for score, label in labels.items():
            y = self._xy(view.start, score).y()
            rect = QRectF(0, y - metrics.height() / 2, plot.left() - self.em() / 2, metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for day in _ticks(view.start, view.end):
            x = self._xy(day, 1).x()
            painter.drawText(
                QRectF(x - 40, plot.bottom() + 2, 80, metrics.height() * 1.5),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                short_date(day),
            )
        # The rolling average: joined only between check-ins less than
        # ROLLING_DAYS apart, so a gap shows as a gap.
        line = QPainterPath()
        points = self.points()
        for i, point in enumerate(points):
            at = self._xy(point.day, view.rolling[i])
            if i and (point.day - points[i - 1].day).days < ROLLING_DAYS:
                line.lineTo(at)
            else:
                line.moveTo(at)
        painter.setPen(QPen(self.mark(), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(line)
        painter.setPen(QPen(self.ground(), 1))
        painter.setBrush(self.ink())
        for i in range(len(points)):
            painter.drawEllipse(self.item_rect(i))


class WorkChart(Chart):
    """Entries per week, stacked by kind."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Entries per week by kind"), parent)
        self._view: LookingBack | None = None
        self._labels: dict[str, str] = {}
        self._kinds: list[str] = []

    def set_view(self, view: LookingBack, labels: dict[str, str]) -> None:
        self._view, self._labels = view, dict(labels)
        self._kinds = view.kinds()
        self.data_changed()

    def colours(self) -> dict[str, QColor]:
        return kind_colours(self._kinds, self.ground())

    def legend(self) -> list[tuple[str, QColor]]:
        colours = self.colours()
        return [(self._labels.get(kind, kind), colours[kind]) for kind in self._kinds]

    def item_count(self) -> int:
        return len(self._view.weeks) if self._view and self._view.entries else 0

    def item_text(self, index: int) -> str:
        assert self._view is not None
        week = self._view.weeks[index]
        parts = [f"{self._labels.get(k, k)} {n}" for k, n in sorted(week.counts.items(), key=lambda kv: -kv[1])]
        text = tr("Week beginning %1: %2 entries").replace("%1", long_date(week.monday)).replace("%2", str(week.total))
        return text + (f" ({', '.join(parts)})" if parts else "")

    def empty_text(self) -> str:
        return tr("No entries in this period.")

    def _plot(self) -> QRectF:
        em = self.em()
        return QRectF(self.rect()).adjusted(em * 2.5, em, -em, -em * 2)

    def _top(self) -> int:
        assert self._view is not None
        most = max((w.total for w in self._view.weeks), default=0)
        return max(1, most)

    def item_rect(self, index: int) -> QRectF:
        assert self._view is not None
        plot, count = self._plot(), len(self._view.weeks)
        band = plot.width() / count
        height = plot.height() * self._view.weeks[index].total / self._top()
        width = max(2.0, band * 0.7)
        left = plot.left() + band * index + (band - width) / 2
        return QRectF(left, plot.bottom() - max(height, 1.0), width, max(height, 1.0))

    def draw(self, painter: QPainter) -> None:
        assert self._view is not None
        plot, metrics, colours = self._plot(), self.fontMetrics(), self.colours()
        top = self._top()
        painter.setPen(QPen(self.faint(), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.right(), plot.top()))
        painter.setPen(self.ink())
        for value, y in ((top, plot.top()), (0, plot.bottom())):
            rect = QRectF(0, y - metrics.height() / 2, plot.left() - self.em() / 3, metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        weeks = self._view.weeks
        label_every = max(1, math.ceil(len(weeks) * metrics.horizontalAdvance("30 Sep ") / max(1.0, plot.width())))
        for index, week in enumerate(weeks):
            bar = self.item_rect(index)
            bottom = plot.bottom()
            for kind in self._kinds:
                count = week.counts.get(kind, 0)
                if not count:
                    continue
                height = plot.height() * count / top
                painter.fillRect(QRectF(bar.left(), bottom - height, bar.width(), height), colours[kind])
                bottom -= height
            if index % label_every == 0:
                painter.setPen(self.ink())
                painter.drawText(
                    QRectF(bar.center().x() - 40, plot.bottom() + 2, 80, metrics.height() * 1.5),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    short_date(week.monday),
                )


class DaysChart(Chart):
    """A calendar heat map: a column a week, a row a weekday, each day
    shaded by how many entries were written about it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Days reflected on"), parent)
        self._view: LookingBack | None = None
        self._days: list[dt.date] = []

    def set_view(self, view: LookingBack) -> None:
        self._view = view
        self._days = [view.start + dt.timedelta(days=i) for i in range((view.end - view.start).days + 1)]
        self.data_changed()

    def item_count(self) -> int:
        return len(self._days)

    def count_on(self, day: dt.date) -> int:
        return self._view.days.get(day, 0) if self._view else 0

    def item_text(self, index: int) -> str:
        day = self._days[index]
        count = self.count_on(day)
        if count == 0:
            return tr("%1: no entries").replace("%1", long_date(day))
        text = tr("%1: 1 entry") if count == 1 else tr("%1: %2 entries")
        return text.replace("%1", long_date(day)).replace("%2", str(count))

    def step(self, key: int) -> int | None:
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -7, Qt.Key.Key_Right: 7}
        if Qt.Key(key) in moves:
            target = self.current + moves[Qt.Key(key)]
            return target if 0 <= target < self.item_count() else self.current
        return super().step(key)

    def _columns(self) -> int:
        assert self._view is not None
        first_monday = self._view.start - dt.timedelta(days=self._view.start.weekday())
        return (self._view.end - first_monday).days // 7 + 1

    def _cell(self) -> float:
        if not self._view:
            return 10.0
        em = self.em()
        return max(6.0, min((self.width() - em * 3) / self._columns(), (self.height() - em) / 7))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        columns = self._columns() if self._view else 5
        return QSize(int(self.em() * 3 + columns * 7), int(self.em() + 7 * 7))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        columns = self._columns() if self._view else 5
        return QSize(int(self.em() * 3 + columns * self.em() * 1.2), int(self.em() * 1.5 + 7 * self.em() * 1.2))

    def item_rect(self, index: int) -> QRectF:
        assert self._view is not None
        day = self._days[index]
        first_monday = self._view.start - dt.timedelta(days=self._view.start.weekday())
        cell = self._cell()
        column, row = (day - first_monday).days // 7, day.weekday()
        return QRectF(self.em() * 2.5 + column * cell, self.em() / 2 + row * cell, cell - 2, cell - 2)

    def draw(self, painter: QPainter) -> None:
        ground, mark = self.ground(), self.mark()
        strong = readable(mark.darker(140) if not is_dark(self.palette()) else mark.lighter(140), ground)
        painter.setPen(self.ink())
        metrics = self.fontMetrics()
        for row, name in ((0, tr("Mon")), (2, tr("Wed")), (4, tr("Fri"))):
            top = self.em() / 2 + row * self._cell()
            painter.drawText(QRectF(0, top, self.em() * 2.3, metrics.height()), Qt.AlignmentFlag.AlignLeft, name)
        for index, day in enumerate(self._days):
            rect, count = self.item_rect(index), self.count_on(day)
            if count == 0:
                painter.setPen(QPen(self.faint(), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(mark if count == 1 else strong)
            painter.drawRect(rect)
            if count >= 3:  # three or more: a dot as well, not colour alone
                painter.setBrush(ground)
                r = rect.width() / 6
                painter.drawEllipse(rect.center(), r, r)

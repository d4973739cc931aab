"""What every Looking back chart shares: keyboard focus on its data points,
their words on hover and focus, the current point's words as the chart's
accessible description (and announced), and the theme's colours.

Drawn with QPainter only: Qt Charts is deprecated and not in
PySide6-Essentials. A chart never shows journal text other than a check-in's
few words, which are plain text in a tooltip and a description.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..announce import announce
from ..theme import focus_colour, readable

Role = QPalette.ColorRole


def tr(text: str) -> str:
    return QCoreApplication.translate("looking_back", text)


def long_date(day: dt.date) -> str:
    """ "Tuesday 5 May 2026", in the house style (British English)."""
    return f"{QLocale().dayName(day.isoweekday())} {day.day} {QLocale().monthName(day.month)} {day.year}"


def short_date(day: dt.date) -> str:
    return f"{day.day} {QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)}"


class Chart(QWidget):
    """A chart with items (points, bars, days) that keyboard and mouse can
    reach. Subclasses give the items' count, text and place, and draw."""

    current_changed = Signal(int)

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._current = -1

    # -- what subclasses give --------------------------------------------

    def item_count(self) -> int:
        raise NotImplementedError

    def item_text(self, index: int) -> str:
        raise NotImplementedError

    def item_rect(self, index: int) -> QRectF:
        """Where item ``index`` is drawn (for the mouse and the focus mark)."""
        raise NotImplementedError

    def draw(self, painter: QPainter) -> None:
        raise NotImplementedError

    def empty_text(self) -> str:
        return tr("Nothing to show for this period.")

    # -- sizes -----------------------------------------------------------

    def em(self) -> int:
        return self.fontMetrics().height()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.em() * 30, self.em() * 10)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.em() * 14, self.em() * 7)

    # -- colours ---------------------------------------------------------

    def ground(self) -> QColor:
        return self.palette().color(Role.Base)

    def ink(self) -> QColor:
        return self.palette().color(Role.Text)

    def faint(self) -> QColor:
        """Grid lines: seen, not read (no contrast asked of them)."""
        colour = QColor(self.ink())
        colour.setAlphaF(0.18)
        return colour

    def mark(self) -> QColor:
        """The main data colour: the highlight, at 3:1 against the ground."""
        return readable(self.palette().color(Role.Highlight), self.ground())

    # -- current item ----------------------------------------------------

    @property
    def current(self) -> int:
        return self._current

    def set_current(self, index: int, *, say: bool = True) -> None:
        count = self.item_count()
        index = -1 if count == 0 else max(0, min(index, count - 1))
        if index == self._current:
            return
        self._current = index
        text = self.item_text(index) if index >= 0 else ""
        self.setAccessibleDescription(text)
        if say and text and self.hasFocus():
            announce(self, text)
        self.current_changed.emit(index)
        self.update()

    def data_changed(self) -> None:
        """Call after new data: the focus goes to the newest item."""
        self._current = -1
        self.set_current(self.item_count() - 1, say=False)
        self.updateGeometry()
        self.update()

    def step(self, key: int) -> int | None:
        """The item a key moves to, or None if the key is not the chart's."""
        count = self.item_count()
        moves = {
            Qt.Key.Key_Left: self._current - 1,
            Qt.Key.Key_Right: self._current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        return moves.get(Qt.Key(key))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        target = self.step(event.key()) if self.item_count() else None
        if target is None:
            super().keyPressEvent(event)
            return
        self.set_current(target)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        if self._current >= 0:
            announce(self, self.item_text(self._current))
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.update()

    def item_at(self, point: QPointF) -> int:
        for index in range(self.item_count()):
            if self.item_rect(index).adjusted(-3, -3, 3, 3).contains(point):
                return index
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        index = self.item_at(event.position())
        if index >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.item_text(index), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        index = self.item_at(event.position())
        if index >= 0:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_current(index)
        super().mousePressEvent(event)

    # -- painting --------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), self.ground())
        if self.item_count() == 0:
            painter.setPen(self.ink())
            painter.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.empty_text())
        else:
            self.draw(painter)
            if self.hasFocus() and self._current >= 0:
                pen = QPen(focus_colour(self.palette()), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(self.item_rect(self._current).adjusted(-3, -3, 3, 3), 3, 3)
        if self.hasFocus():
            painter.setPen(QPen(focus_colour(self.palette()), 1, Qt.PenStyle.DashLine))
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

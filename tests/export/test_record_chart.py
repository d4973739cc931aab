"""The record's wellbeing chart drawn offscreen (record_chart.py): at every
period length, a picture of the promised size; dots only where there are
check-ins (a day without one is blank, never a dot at zero)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QColor

from reflectjournal.core.looking_back import CheckIn
from reflectjournal.core.supervision_export import CHART_HEIGHT, CHART_WIDTH
from reflectjournal.core.wellbeing_chart import chart_from
from reflectjournal.record_chart import POINT, SCALE, render_chart

END = dt.date(2026, 3, 2)


def blue_pixels(image, top: float = 0) -> int:
    """Pixels of the dots' colour (sampled every other pixel) from ``top``
    (CSS pixels) down."""
    target = QColor(POINT)
    count = 0
    for y in range(round(top * SCALE), image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue()) < 30:
                count += 1
    return count


@pytest.mark.parametrize("days", [1, 7, 28, 90, 400])
def test_the_chart_draws_at_every_period_length(qapp, days):
    start = END - dt.timedelta(days=days - 1)
    points = [CheckIn(start + dt.timedelta(days=d), 1 + d % 5, "", d) for d in range(0, days, 3)]
    image = render_chart(chart_from(points, start, END, None))
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(CHART_WIDTH * SCALE), round(CHART_HEIGHT * SCALE))
    assert blue_pixels(image) > 0


def test_no_check_in_draws_no_dot(qapp):
    start = END - dt.timedelta(days=27)
    image = render_chart(chart_from([], start, END, None))
    assert blue_pixels(image) > 0  # the legend's dot
    assert blue_pixels(image, top=40) == 0  # and nothing in the plot below it


def test_a_day_without_a_check_in_is_left_blank(qapp):
    start = END - dt.timedelta(days=27)
    first = render_chart(chart_from([CheckIn(start, 1, "", 1)], start, END, None))
    two = render_chart(chart_from([CheckIn(start, 1, "", 1), CheckIn(END, 1, "", 2)], start, END, None))
    assert blue_pixels(two) > blue_pixels(first)  # one more dot where there is one more check-in

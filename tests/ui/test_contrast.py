"""Contrast (WCAG 2.2 AA) of the colours the app really draws with, in the
light and dark themes and with the platform's own palette: 4.5:1 for text
(placeholder and secondary text included), 3:1 for the focus ring.

The colours are read from what Qt applied, not from theme.py's constants:
the application palette after the theme manager set it, each widget's
palette after its style sheet was resolved (a ``color: palette(...)`` rule
becomes the widget's foreground role), and the focus ring's own pixels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from reflectjournal.ui import theme
from reflectjournal.ui.theme import contrast_ratio

Role = QPalette.ColorRole

# (text, what it is drawn on): every pair the app and Qt's widgets draw text with.
TEXT_PAIRS = [
    (Role.Text, Role.Base),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.PlaceholderText, Role.Base),  # placeholders in fields
    (Role.PlaceholderText, Role.Window),  # secondary text ("Prompt of the day", hints)
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),  # error notes and link buttons
    (Role.HighlightedText, Role.Highlight),  # selections and the banners
    (Role.ToolTipText, Role.ToolTipBase),
]

THEMES = [("light", Qt.ColorScheme.Light), ("dark", Qt.ColorScheme.Dark), ("system", Qt.ColorScheme.Light)]


@pytest.fixture
def themes(qapp):
    manager = theme.theme_manager(qapp)
    yield manager
    manager.set_preference("system")
    manager.apply(Qt.ColorScheme.Light)


def _use(manager, preference: str, scheme) -> QPalette:
    manager.set_preference(preference)
    manager.apply(scheme)
    return QApplication.palette()


def test_known_ratios():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    # Qt's default placeholder, half-transparent black: 4.0:1 on white (issue 21).
    assert contrast_ratio(QColor(0, 0, 0, 128), QColor("#ffffff")) == pytest.approx(4.0, abs=0.05)


@pytest.mark.parametrize(("preference", "scheme"), THEMES)
def test_every_text_colour_reads_on_its_background(qapp, themes, preference, scheme):
    palette = _use(themes, preference, scheme)
    assert (palette.color(Role.Window).lightness() < 128) == (preference == "dark")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, ground in TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, ground))
            assert ratio >= 4.5, f"{preference}: {text.name} on {ground.name} is {ratio:.2f}:1"


def test_a_platform_palette_that_falls_short_is_repaired(qapp):
    weak = QPalette(QColor("#efefef"))
    weak.setColor(Role.PlaceholderText, QColor(0, 0, 0, 128))  # Qt's default: 4.0:1
    weak.setColor(Role.Highlight, QColor("#308cc6"))
    weak.setColor(Role.HighlightedText, QColor("#ffffff"))  # 3.7:1
    assert contrast_ratio(weak.color(Role.PlaceholderText), weak.color(Role.Base)) < 4.5
    fixed = theme.ensure_contrast(weak)
    for text, ground in TEXT_PAIRS[3:5] + TEXT_PAIRS[7:8]:
        assert contrast_ratio(fixed.color(text), fixed.color(ground)) >= 4.5, (text.name, ground.name)
    # Colours that already pass are left as they are.
    assert fixed.color(Role.Text) == weak.color(Role.Text)


def _background(widget: QWidget) -> QColor:
    """What a widget's text is drawn on: its own background when it paints
    one (a style sheet with a background), else the nearest window colour."""
    sheet = widget.styleSheet()
    if "background" in sheet or widget.autoFillBackground():
        return widget.palette().color(widget.backgroundRole())
    parent = widget.parentWidget()
    return (parent or widget).palette().color(Role.Window)


@pytest.mark.parametrize(("preference", "scheme"), THEMES)
def test_style_sheet_colours_read_on_their_background(qtbot, open_window, themes, preference, scheme):
    _use(themes, preference, scheme)
    styled = []
    windows = [open_window, open_window.welcome_page, open_window.unlock_page]
    for root in windows:
        for widget in [root, *root.findChildren(QLabel)]:
            if "palette(" not in widget.styleSheet():
                continue
            widget.ensurePolished()
            fg = widget.palette().color(widget.foregroundRole())
            bg = _background(widget)
            styled.append(widget)
            ratio = contrast_ratio(fg, bg)
            assert ratio >= 4.5, (
                f"{preference}: {widget.objectName() or type(widget).__name__} {widget.styleSheet()!r} is {ratio:.2f}:1"
            )
    # The error notes, the save-problem banner and "Prompt of the day" were checked.
    assert len(styled) >= 3
    heading = open_window.findChild(QWidget, "promptOfTheDay")
    if heading is not None:
        assert any(
            w.parentWidget() is not None and w.text() == "Prompt of the day" for w in styled if isinstance(w, QLabel)
        )


@pytest.mark.parametrize(("preference", "scheme"), THEMES)
def test_the_focus_ring_shows_on_a_combo_box_at_three_to_one(qtbot, open_window, themes, preference, scheme):
    palette = _use(themes, preference, scheme)
    ring_colour = theme.focus_colour(palette)
    for ground in (Role.Window, Role.Base):
        assert contrast_ratio(ring_colour, palette.color(ground)) >= 3.0, ground.name
    open_window.show()
    qtbot.waitExposed(open_window)
    combo = open_window.editor.findChild(QComboBox)
    open_window.editor.setEnabled(True)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: combo.hasFocus())
    ring = themes.focus_rings.ring
    assert ring is not None and ring.isVisible() and ring.widget() is combo
    # The ring's own pixels, just outside the box: the colour measured above.
    image = ring.grab().toImage()
    assert image.pixelColor(0, image.height() // 2).rgb() == ring_colour.rgb()
    assert ring.geometry().contains(combo.geometry())


@pytest.mark.parametrize(("preference", "scheme"), THEMES)
def test_control_borders_stand_out_three_to_one(qtbot, themes, preference, scheme):
    palette = _use(themes, preference, scheme)
    style = QApplication.style()
    assert isinstance(style, theme.BorderedStyle)
    colour = theme.border_colour(palette)
    for ground in (Role.Window, Role.Base):
        assert contrast_ratio(colour, palette.color(ground)) >= 3.0, ground.name
    # The border is really drawn: the left edge of a line edit, half-way down.
    edit = QLineEdit("text")
    qtbot.addWidget(edit)
    edit.resize(200, 30)
    image = edit.grab().toImage()
    assert image.pixelColor(0, image.height() // 2).rgb() == colour.rgb()

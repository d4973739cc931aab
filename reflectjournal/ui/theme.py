"""Light and dark themes that follow the system's colour scheme, live.

Settings → Theme is "Follow the system" (the default), "Light" or "Dark".
Following the system, the app listens to QStyleHints.colorSchemeChanged
(Qt 6.5+) and switches while it runs. The platform's own style and palette
are kept whenever they already match the scheme wanted (macOS, KDE and
Windows 11 bring their own dark palettes); otherwise the Fusion style with
the palettes below is used, dark or light.

The app's own colours come from palette roles (links, highlights,
placeholder text), so they follow. Style sheets that name palette roles are
resolved once by Qt, so they are re-applied after a switch.

Accessibility (WCAG 2.2 AA, docs/accessibility.md): whichever palette is in
use, :func:`ensure_contrast` makes text colours 4.5:1 against what they are
drawn on; :class:`BorderedStyle` draws control borders at 3:1 over the
style's own; :class:`FocusRings` keeps a 3:1 ring around the focused control.
"""

from __future__ import annotations

import functools

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QWidget,
)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e8e8e8",
    Role.Base: "#1f1f1f",
    Role.AlternateBase: "#2f2f2f",
    Role.ToolTipBase: "#3a3a3a",
    Role.ToolTipText: "#e8e8e8",
    Role.PlaceholderText: "#9a9a9a",
    Role.Text: "#e8e8e8",
    Role.Button: "#353535",
    Role.ButtonText: "#e8e8e8",
    Role.BrightText: "#ff6b6b",
    Role.Light: "#4a4a4a",
    Role.Midlight: "#3e3e3e",
    Role.Mid: "#2a2a2a",
    Role.Dark: "#1a1a1a",
    Role.Shadow: "#0d0d0d",
    # Light blue with black text: 7:1 for selected text, and 5:1 against
    # the window as the focus ring (a dark blue cannot be both).
    Role.Highlight: "#5aa0e6",
    Role.HighlightedText: "#000000",
    Role.Link: "#80bfff",  # 8.9:1 on Base: month headers, links and error notes use it
    Role.LinkVisited: "#c8a2ff",
}
_DARK_DISABLED = {
    Role.WindowText: "#7a7a7a",
    Role.Text: "#7a7a7a",
    Role.ButtonText: "#7a7a7a",
    Role.Highlight: "#505050",
    Role.HighlightedText: "#b0b0b0",
    Role.PlaceholderText: "#6a6a6a",
}
_LIGHT = {
    Role.Window: "#efefef",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f7",
    Role.ToolTipBase: "#ffffdc",
    Role.ToolTipText: "#000000",
    Role.PlaceholderText: "#636363",  # 5.4:1 on Window, 6.1:1 on Base (secondary text uses it too)
    Role.Text: "#000000",
    Role.Button: "#efefef",
    Role.ButtonText: "#000000",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#cacaca",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
    Role.Highlight: "#1f6fb2",  # white on it 5.4:1; against the window 4.7:1 as the focus ring
    Role.HighlightedText: "#ffffff",
    Role.Link: "#0b57d0",
    Role.LinkVisited: "#7b2fbf",
}
_LIGHT_DISABLED = {
    Role.WindowText: "#8c8c8c",
    Role.Text: "#8c8c8c",
    Role.ButtonText: "#8c8c8c",
    Role.Highlight: "#919191",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#a8a8a8",
}


def _palette(colours: dict, disabled: dict) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK, _DARK_DISABLED)


def light_palette() -> QPalette:
    return _palette(_LIGHT, _LIGHT_DISABLED)


def is_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightness() < 128


# -- contrast (WCAG 2.2: 4.5:1 for text, 3:1 for focus rings and borders) -------

TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0


def _over(colour: QColor, background: QColor) -> QColor:
    """A colour with alpha, as it shows over an opaque background."""
    a = colour.alphaF()
    mix = [round(c * a + b * (1 - a)) for c, b in zip(colour.getRgb()[:3], background.getRgb()[:3], strict=True)]
    return QColor(*mix)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = colour.getRgb()[:3]
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """WCAG's contrast ratio, 1 to 21, of a colour (alpha blended) over an opaque one."""
    if background.alpha() < 255:
        background = _over(background, QColor("#ffffff"))
    lighter, darker = sorted((_luminance(_over(foreground, background)), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(*[round(x + (y - x) * t) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True)])


def _readable(colour: QColor, backgrounds: list[QColor], toward: QColor, minimum: float) -> QColor:
    """``colour``, moved toward ``toward`` just enough to reach ``minimum``
    against every background (it is kept when it already does)."""
    colour = _over(colour, backgrounds[0])
    for step in range(21):
        candidate = _mix(colour, toward, step / 20)
        if all(contrast_ratio(candidate, bg) >= minimum for bg in backgrounds):
            return candidate
    return QColor(toward)


def ensure_contrast(palette: QPalette) -> QPalette:
    """The palette with every colour the app draws text or focus with made to
    meet WCAG AA against what it is drawn on. Ours already do; a platform's
    own palette may not (Qt's default placeholder text is 4.0:1)."""
    palette = QPalette(palette)
    grounds = [palette.color(Role.Base), palette.color(Role.Window)]
    text = palette.color(Role.Text)
    for role in (Role.PlaceholderText, Role.Link, Role.LinkVisited):
        palette.setColor(Group.Active, role, _readable(palette.color(role), grounds, text, TEXT_CONTRAST))
        palette.setColor(Group.Inactive, role, palette.color(Group.Active, role))
    highlight = palette.color(Role.Highlight)
    if contrast_ratio(palette.color(Role.HighlightedText), highlight) < TEXT_CONTRAST:
        best = max((QColor("#000000"), QColor("#ffffff")), key=lambda c: contrast_ratio(c, highlight))
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, Role.HighlightedText, best)
    return palette


def readable(colour: QColor, background: QColor, minimum: float = NON_TEXT_CONTRAST) -> QColor:
    """``colour`` moved toward black or white (whichever stands out more
    from ``background``) just enough to reach ``minimum`` against it: for
    drawn marks such as chart bars and points (WCAG 1.4.11)."""
    toward = max((QColor("#000000"), QColor("#ffffff")), key=lambda c: contrast_ratio(c, background))
    return _readable(colour, [background], toward, minimum)


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring's colour: the highlight when it stands out 3:1 from the
    window and the fields, else moved toward the text colour until it does."""
    grounds = [palette.color(Role.Window), palette.color(Role.Base)]
    return _readable(palette.color(Role.Highlight), grounds, palette.color(Role.WindowText), NON_TEXT_CONTRAST)


class ThemeManager(QObject):
    """Applies the theme setting to the application, and follows the system."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self._native_style = app.style().name()
        self.preference = "system"
        self.dark: bool | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)
        self.focus_rings = FocusRings(app)

    def set_preference(self, theme: str) -> None:
        """Follow "system", or keep to "light" or "dark" (core.settings.THEME)."""
        preference = theme if theme in ("light", "dark") else "system"
        if preference == self.preference and self.dark is not None:
            return  # already applied (the app applies it before building the window, then again)
        self.preference = preference
        hints = QGuiApplication.styleHints()
        # Tell the platform too (title bars, native dialogs); Qt 6.8+.
        wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(self.preference)
        if wanted is not None and hasattr(hints, "setColorScheme"):
            hints.setColorScheme(wanted)
        elif wanted is None and hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        self.apply()

    def wants_dark(self, scheme: Qt.ColorScheme | None = None) -> bool:
        if self.preference != "system":
            return self.preference == "dark"
        if scheme is None:
            scheme = QGuiApplication.styleHints().colorScheme()
        return scheme == Qt.ColorScheme.Dark  # Unknown: light

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        dark = self.wants_dark(scheme)
        app = self._app
        self._set_style(self._native_style)
        app.setPalette(QPalette())  # the platform's own palette, following the system
        if is_dark(app.palette()) != dark:
            self._set_style("fusion")
            app.setPalette(dark_palette() if dark else light_palette())
        app.setPalette(ensure_contrast(app.palette()))
        # Qt posts the change to each widget; deliver it now, so the style
        # sheets below resolve against the new palette.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
        # The first time too: widgets made before it resolved palette(...)
        # against Qt's default palette (grey text on a dark window, 1.3:1).
        changed = self.dark != dark
        self.dark = dark
        if changed:
            _reapply_style_sheets(app)

    def _set_style(self, name: str) -> None:
        if self._app.style().name().lower() != name.lower() or not isinstance(self._app.style(), BorderedStyle):
            self._app.setStyle(BorderedStyle(name))

    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.preference == "system":
            self.apply(scheme)


def border_colour(palette: QPalette) -> QColor:
    """Control borders: the style's grey, darkened (or lightened) to 3:1
    against the window and the fields (WCAG 1.4.11)."""
    window, base, text = palette.color(Role.Window), palette.color(Role.Base), palette.color(Role.WindowText)
    return QColor(_border_rgba(window.rgba(), base.rgba(), text.rgba(), is_dark(palette)))


@functools.lru_cache(maxsize=64)
def _border_rgba(window: int, base: int, text: int, dark: bool) -> int:
    """border_colour's work, once per palette: every field, box and button
    asks for it at every paint (~0.7 ms each, 27 ms of the first paint)."""
    ground = QColor.fromRgba(window)
    start = ground.darker(140) if not dark else ground.lighter(160)
    return _readable(start, [ground, QColor.fromRgba(base)], QColor.fromRgba(text), NON_TEXT_CONTRAST).rgba()


_BORDERED_PRIMITIVES = {
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
}
_BORDERED_CONTROLS = {QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox}


class BorderedStyle(QProxyStyle):
    """The platform's or Fusion's style, with the borders of fields, boxes,
    buttons and check boxes drawn again in :func:`border_colour` (Fusion's
    own grey is about 2:1 against the window)."""

    def __init__(self, key: str):
        super().__init__(QStyleFactory.create(key))
        self._key = key

    def name(self) -> str:  # the base style's, as the theme manager compares it
        return self._key

    def _border(self, option, painter, *, round_: bool = False) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(border_colour(option.palette))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt override)
        super().drawPrimitive(element, option, painter, widget)
        if element in _BORDERED_PRIMITIVES:
            self._border(option, painter)
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._border(option, painter, round_=True)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 (Qt override)
        super().drawComplexControl(control, option, painter, widget)
        if control in _BORDERED_CONTROLS and getattr(option, "frame", True):
            self._border(option, painter)

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt override)
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ShapedFrame and isinstance(widget, QAbstractScrollArea):
            if widget.frameShape() != QFrame.Shape.NoFrame:
                self._border(option, painter)


class FocusRing(QFocusFrame):
    """A 2-pixel ring in :func:`focus_colour` around the widget with the
    keyboard focus, whatever the style draws (Fusion shows none on combo
    boxes, buttons, lists, check boxes or tabs). Qt's focus frame follows the
    widget and is masked to a band just outside it, so it covers nothing."""

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), focus_colour(self.palette()))


def _ring_target(widget: QWidget | None) -> QWidget | None:
    """The control to ring for the widget that has the focus: a combo box or
    spin box for its line edit, a list or text area for its viewport."""
    if (
        widget is None
        or widget.isWindow()
        or widget.window().windowFlags() & Qt.WindowType.Popup == Qt.WindowType.Popup
    ):
        return None
    parent = widget.parentWidget()
    if isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    if parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea):
        if parent.parentWidget().viewport() is widget:
            return parent.parentWidget()
    return widget


class FocusRings(QObject):
    """Keeps one :class:`FocusRing` on the focused control."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._on_focus_changed)

    @property
    def ring(self) -> FocusRing | None:
        return self._ring if self._ring is not None and shiboken6.isValid(self._ring) else None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = _ring_target(new)
        ring = self.ring
        if target is None:
            if ring is not None:
                ring.setWidget(None)
                ring.hide()
            return
        if ring is None:
            ring = self._ring = FocusRing()
            ring.setObjectName("focusRing")
        ring.setWidget(target)
        ring.show()


def _reapply_style_sheets(app: QApplication) -> None:
    """Qt resolves palette(...) in a style sheet once; set each again so
    error notes, banners and link buttons take the new palette's colours."""
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet and "palette(" in sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def theme_manager(app: QApplication | None = None) -> ThemeManager:
    """The application's one ThemeManager."""
    app = app or QApplication.instance()
    manager = app.findChild(ThemeManager)
    if manager is None:
        manager = ThemeManager(app)
    return manager


def apply_theme(theme: str) -> None:
    """Apply the Settings → Theme choice now, and keep following the system
    when it is "system"."""
    theme_manager().set_preference(theme)

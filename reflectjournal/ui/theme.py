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
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
    Role.Highlight: "#3d7fc4",
    Role.HighlightedText: "#ffffff",
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
    Role.PlaceholderText: "#6e6e6e",
    Role.Text: "#000000",
    Role.Button: "#efefef",
    Role.ButtonText: "#000000",
    Role.BrightText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#cacaca",
    Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f",
    Role.Shadow: "#767676",
    Role.Highlight: "#308cc6",
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


class ThemeManager(QObject):
    """Applies the theme setting to the application, and follows the system."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self._native_style = app.style().name()
        self.preference = "system"
        self.dark: bool | None = None
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_style_hints_color_scheme_changed)

    def set_preference(self, theme: str) -> None:
        """Follow "system", or keep to "light" or "dark" (core.settings.THEME)."""
        self.preference = theme if theme in ("light", "dark") else "system"
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
        # Qt posts the change to each widget; deliver it now, so the style
        # sheets below resolve against the new palette.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
        changed = self.dark is not None and self.dark != dark
        self.dark = dark
        if changed:
            _reapply_style_sheets(app)

    def _set_style(self, name: str) -> None:
        if self._app.style().name().lower() != name.lower():
            self._app.setStyle(name)

    def _on_style_hints_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.preference == "system":
            self.apply(scheme)


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

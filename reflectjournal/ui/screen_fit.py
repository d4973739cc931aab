"""Every window fits its screen.

Council laptops commonly run 1366×768 at 100% or 1920×1080 at 150% (1280×720
logical pixels); the smallest screen the app supports is 1024×600 logical
pixels at any scale factor. This module:

- picks a window's first size from the screen it opens on (a preferred size,
  clamped to 90% of the available geometry, centred);
- restores a saved geometry only when the restored frame lies inside some
  screen's available geometry (a laptop undocked from a large monitor gets
  the first size instead);
- keeps every window and dialog on its screen when it is shown (an
  application-wide event filter, :func:`install`), shrinking it to the screen
  and moving it inside;
- offers :class:`ScrollingStack`, a stacked widget whose pages scroll rather
  than push their buttons off a small screen, and :func:`scrolling`, which
  wraps one panel in a scroll area.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QWidget,
)

# Of the available geometry, the most a window takes when it first opens.
FIRST_SIZE_SHARE = 0.9
# The smallest screen the layouts are made for, in logical pixels.
SMALLEST_SCREEN = QSize(1024, 600)
# The narrowest a text field may be, in average characters, before the check calls it squashed.
MIN_FIELD_CHARS = 10


def screen_for(widget: QWidget) -> QScreen:
    """The screen a window is on, or will open on (its parent's, or the primary)."""
    window = widget.window()
    handle = window.windowHandle()
    if handle is not None and handle.screen() is not None:
        return handle.screen()
    parent = window.parentWidget()
    if parent is not None and parent.window() is not window:
        return screen_for(parent)
    return window.screen() or QGuiApplication.primaryScreen()


def first_rect(preferred: QSize, available: QRect, share: float = FIRST_SIZE_SHARE) -> QRect:
    """A window's first rectangle: ``preferred``, at most ``share`` of the
    available geometry, centred in it."""
    width = min(preferred.width(), int(available.width() * share))
    height = min(preferred.height(), int(available.height() * share))
    rect = QRect(0, 0, max(width, 1), max(height, 1))
    rect.moveCenter(available.center())
    return rect


def _frame_margins(window: QWidget) -> tuple[int, int]:
    """Extra width and height of the window manager's frame (0 before the
    window is shown, and offscreen)."""
    frame, inner = window.frameGeometry(), window.geometry()
    return max(frame.width() - inner.width(), 0), max(frame.height() - inner.height(), 0)


def fits_some_screen(frame: QRect) -> bool:
    """True if ``frame`` lies wholly inside one screen's available geometry."""
    return any(screen.availableGeometry().contains(frame) for screen in QGuiApplication.screens())


def set_first_size(window: QWidget, preferred: QSize) -> None:
    """Size and centre a window on its screen, as when it opens for the first time."""
    available = screen_for(window).availableGeometry()
    extra_w, extra_h = _frame_margins(window)
    text_scale = max(1.0, window.logicalDpiX() / 96)  # large text (a higher font DPI): more room, if there is
    preferred = QSize(round(preferred.width() * text_scale), round(preferred.height() * text_scale))
    rect = first_rect(preferred, available.adjusted(0, 0, -extra_w, -extra_h))
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    window.resize(rect.size().expandedTo(minimum).boundedTo(available.size()))
    window.move(available.center() - QPoint(window.width() // 2, window.height() // 2))


def restore_or_first_size(window: QWidget, saved: QByteArray | None, preferred: QSize) -> bool:
    """Restore ``saved`` (from ``saveGeometry``) if the window then fits inside
    a screen; otherwise give it its first size. True if ``saved`` was used."""
    if saved is not None and not saved.isEmpty() and window.restoreGeometry(saved):
        # restoreGeometry pulls a window back onto a screen but keeps its size:
        # an 1800-pixel window on a 1024-pixel screen would be cut off. (The
        # window manager fits a maximised or full-screen window itself.)
        if window.isMaximized() or window.isFullScreen() or fits_some_screen(window.frameGeometry()):
            return True
    set_first_size(window, preferred)
    return False


def keep_on_screen(window: QWidget) -> None:
    """Shrink a window to its screen's available geometry (as far as its
    minimum size allows) and move it wholly inside. Call before showing a
    dialog; :func:`install` does it for every window as it is shown."""
    if window.isMaximized() or window.isFullScreen():
        return
    available = screen_for(window).availableGeometry()
    extra_w, extra_h = _frame_margins(window)
    room = QSize(max(available.width() - extra_w, 1), max(available.height() - extra_h, 1))
    if window.layout() is not None and not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.adjustSize()  # sized to its content, as show() would
    size = window.size()
    if size.width() > room.width() or size.height() > room.height():
        window.resize(size.boundedTo(room).expandedTo(window.minimumSize()))
    frame = QRect(window.pos(), window.size() + QSize(extra_w, extra_h))
    if available.contains(frame):
        return
    if window.parentWidget() is not None and not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
        frame.moveCenter(window.parentWidget().window().frameGeometry().center())
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    window.move(max(x, available.left()), max(y, available.top()))


class _ScreenKeeper(QObject):
    """Keeps every window on its screen when it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Resize) and isinstance(watched, QWidget) and watched.isWindow():
            if watched.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen):
                return False
            if kind == QEvent.Type.Show:
                keep_on_screen(watched)
            elif (
                watched.isVisible()
                and event.oldSize().isValid()
                and not event.oldSize().expandedTo(event.size()) == event.oldSize()
            ):
                # Grown (a panel shown beside the editor): pulled back inside the screen.
                QTimer.singleShot(0, watched, lambda: keep_on_screen(watched))
        return False


def install(app: QApplication | None = None) -> QObject:
    """Keep every window and dialog of the app on its screen as it is shown
    (once per application; returns the filter)."""
    app = app or QApplication.instance()
    keeper = app.findChild(_ScreenKeeper, "screenKeeper")
    if keeper is None:
        keeper = _ScreenKeeper(app)
        keeper.setObjectName("screenKeeper")
        app.installEventFilter(keeper)
    return keeper


def scrolling(widget: QWidget, *, horizontal: bool = True) -> QScrollArea:
    """``widget`` in a frameless scroll area that follows its size and scrolls
    only when the room is smaller than the widget's minimum size."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setObjectName(f"{widget.objectName() or type(widget).__name__}Scroll")
    return area


class ScrollingStack(QStackedWidget):
    """A stacked widget whose pages added with ``add_scrolling`` scroll on a
    small screen. The page stays the thing callers set and compare
    (``setCurrentWidget(page)``, ``currentWidget() is page``)."""

    def add_scrolling(self, page: QWidget) -> int:
        area = scrolling(page)
        area.setProperty("scrollingPage", True)
        return super().addWidget(area)

    @staticmethod
    def _page(widget: QWidget | None) -> QWidget | None:
        if isinstance(widget, QScrollArea) and widget.property("scrollingPage") and widget.widget() is not None:
            return widget.widget()
        return widget

    def _holder(self, page: QWidget) -> QWidget:
        for index in range(self.count()):
            held = self.widget(index)
            if held is page or self._page(held) is page:
                return held
        return page

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 (Qt API)
        super().setCurrentWidget(self._holder(page))

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (Qt API)
        return self._page(super().currentWidget())

    def indexOf(self, page: QWidget) -> int:  # noqa: N802 (Qt API)
        return super().indexOf(self._holder(page))


# -- checking ------------------------------------------------------------------

_CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QLabel, QTabBar)


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text().replace("&", "").replace("\n", " ")[:40]
    label = f"{type(widget).__name__}"
    if name:
        label += f" {name!r}"
    if text and text != name:
        label += f" “{text}”"
    return label


def _scrolled(widget: QWidget) -> bool:
    """True if ``widget`` is the viewport of a scroll area (clipping there is scrolling)."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _squashed(widget: QWidget) -> bool:
    """A control given less room than it needs to show itself whole."""
    if isinstance(widget, QLabel):
        if not widget.text() or widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored:
            return False
        if widget.wordWrap():
            return widget.height() + 1 < widget.heightForWidth(widget.width())
        return widget.width() + 1 < widget.minimumSizeHint().width()
    if not isinstance(widget, _CONTROLS) or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox, QLineEdit)):
        return False  # a spin box's or combo box's own line edit, a line edit's own button: sized by it
    if isinstance(widget, QLineEdit) and widget.width() < widget.fontMetrics().averageCharWidth() * MIN_FIELD_CHARS:
        return True  # Qt lets a line edit shrink to nothing: too narrow to read what is typed
    hint = widget.minimumSizeHint()
    # A line edit's frame allows a little less height than its hint asks for.
    return widget.width() + 1 < hint.width() or widget.height() + 3 < hint.height()


def layout_problems(window: QWidget) -> list[str]:
    """What does not fit: the window outside its screen's available geometry,
    a visible control outside its window or cut off by the widget it sits in
    (a scroll area's viewport excepted: that content scrolls into view), or a
    control squashed below the size it needs. Empty if everything fits."""
    problems: list[str] = []
    title = window.windowTitle() or type(window).__name__
    screen = screen_for(window)
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    if not available.contains(frame):
        problems.append(
            f"{title}: the window ({frame.width()}×{frame.height()} at {frame.x()},{frame.y()}) "
            f"is outside the screen ({available.width()}×{available.height()})"
        )
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if not isinstance(widget, _CONTROLS) and not isinstance(widget, QAbstractScrollArea):
            continue
        child, rect = widget, widget.rect()
        while child is not window and child.parentWidget() is not None:
            parent = child.parentWidget()
            rect = rect.translated(child.pos())
            if _scrolled(parent):
                break
            if not parent.rect().contains(rect):
                where = "outside its window" if parent is window else f"cut off by {_describe(parent)}"
                problems.append(f"{title}: {_describe(widget)} is {where}")
                break
            child = parent
        if _squashed(widget):
            hint = widget.minimumSizeHint()
            if isinstance(widget, QLabel) and widget.wordWrap():
                hint = QSize(widget.width(), widget.heightForWidth(widget.width()))
            elif isinstance(widget, QLineEdit):
                hint = QSize(widget.fontMetrics().averageCharWidth() * MIN_FIELD_CHARS, hint.height())
            problems.append(
                f"{title}: {_describe(widget)} is squashed ({widget.width()}×{widget.height()}, "
                f"needs {hint.width()}×{hint.height()})"
            )
    return problems

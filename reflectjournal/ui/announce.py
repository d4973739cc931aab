"""Tell a screen reader that something changed: an error, "Saved", a
status-bar message, progress.

Qt announces a label's text only when it gets the focus, and a label whose
text changes sends no event by itself. :func:`announce` sends the event a
screen reader listens for:

- Qt 6.8 and later: ``QAccessibleAnnouncementEvent`` (AT-SPI's
  ``object:announcement``, UIA's notification, VoiceOver's announcement),
  polite or assertive.
- Always: a name-changed event on the widget, so that a screen reader that
  reads a label or status bar when its name changes (and the AT-SPI tree)
  has the new words; for a label it is the label's own text that changed.

Call it after the text is shown. It does nothing while no assistive
technology is listening (Qt's QAccessible.isActive()).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QComboBox, QLabel, QSizeGrip, QSplitter, QStatusBar, QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have assistive technology say ``text``, from ``widget``.

    ``assertive`` interrupts what is being read (errors that stop the user:
    a wrong passphrase, a save that failed); otherwise the words wait their
    turn (Saved, Backup checked, status-bar messages). Empty text is not
    announced: clearing a message says nothing; nor is text on a widget not
    on screen (the welcome page's "Creating…" while the unlock page shows)."""
    if not text or widget is None or not widget.isVisible() or not QAccessible.isActive():
        return
    if isinstance(widget, QLabel) and widget.text() == text:
        # The label's own name is its text: tell the tree it changed.
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
        QAccessible.updateAccessibility(event)
    else:  # pragma: no cover - older Qt: an alert is read at once
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def show_and_announce(label: QLabel, text: str, *, assertive: bool = False) -> None:
    """Set a label's text and announce it (nothing to say when it is cleared)."""
    label.setText(text)
    announce(label, text, assertive=assertive)


def announce_status_bar(bar: QStatusBar) -> None:
    """Announce every message the status bar shows, and keep the message in
    the tree as the bar's name (Qt paints it; no child widget holds it)."""

    def on_message(text: str) -> None:
        bar.setAccessibleName(text)
        announce(bar, text)

    bar.messageChanged.connect(on_message)
    for grip in bar.findChildren(QSizeGrip):  # listed by screen readers: say what it is
        grip.setAccessibleName(QCoreApplication.translate("announce", "Drag to resize the window"))


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader gives ``widget``: its accessible name, else
    its buddy label's text, else its own text (Qt works it out). A combo
    box's name on Linux is its current value, so for it this is its label
    (the buddy, read through the label relation), else its accessible name."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return widget.accessibleName()
    if isinstance(widget, QComboBox):
        labels = [
            other.text(QAccessible.Text.Name)
            for other, relation in iface.relations()
            if relation & QAccessible.RelationFlag.Label
        ]
        return " ".join(labels) or widget.accessibleName()
    return iface.text(QAccessible.Text.Name)


def name_splitter_handles(root: QWidget) -> None:
    """Give every splitter handle under ``root`` a name: a screen reader
    lists them (as grips) and would read nothing."""
    for splitter in root.findChildren(QSplitter):
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        name = (
            QCoreApplication.translate("announce", "Divider: drag to change the widths")
            if horizontal
            else QCoreApplication.translate("announce", "Divider: drag to change the heights")
        )
        for index in range(splitter.count()):
            splitter.handle(index).setAccessibleName(name)

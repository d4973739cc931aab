"""A preview that loads nothing and follows no link by itself."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..core.rendering import ATTACHMENT_SCHEME, attachment_uid, note_html, render_markdown

# Shown instead of a text that could not be rendered at all: never the text
# shown before it.
NOT_PREVIEWED = "This text cannot be previewed. It is unchanged in the editor."

_BLANK: QImage | None = None


def _nothing(type_: int):
    """What every resource request gets: a blank pixel for images, empty
    bytes for anything else.

    Returning "no value" is not enough: when an image resource is missing,
    Qt's image handler falls back to reading the name as a file path and
    loads it itself. A blank image stops that fallback.
    """
    global _BLANK
    if type_ == QTextDocument.ResourceType.ImageResource.value:
        if _BLANK is None:
            _BLANK = QImage(1, 1, QImage.Format.Format_ARGB32)
            _BLANK.fill(QColor(0, 0, 0, 0))
        return _BLANK
    return QByteArray()


class AttachmentSource(Protocol):
    """Where a preview's ``attachment:UID`` pictures come from (ui/attachment_images.py):
    the shown entry's attachments only."""

    def media_types(self) -> dict[str, str]: ...

    def image(self, uid: str, width: int, scale: float = 1.0) -> QImage | None: ...

    def clear(self) -> None: ...


class SafeTextDocument(QTextDocument):
    """A document that never loads an image or style sheet from anywhere,
    except the pictures of the entry's own attachments, from the journal."""

    blocked_resources: list[str]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.blocked_resources = []
        self.attachment_source: AttachmentSource | None = None
        self.image_width = 600
        self.image_scale = 1.0  # device pixels per pixel: pictures are decoded sharp on a scaled screen

    def loadResource(self, type_: int, name: QUrl):  # noqa: N802 (Qt override)
        found = self.attachment_image(int(type_), name)
        if found is not None:
            return found
        # file:, data: and absolute paths would otherwise be read from disk.
        if len(self.blocked_resources) < 100:  # kept for tests and debugging only
            self.blocked_resources.append(name.toString()[:200])
        return _nothing(int(type_))

    def attachment_image(self, type_: int, name: QUrl) -> QImage | None:
        """The picture for ``attachment:UID`` if it is one of the shown
        entry's attachments; None for anything else."""
        source = self.attachment_source
        if source is None or type_ != QTextDocument.ResourceType.ImageResource.value:
            return None
        if name.scheme() != ATTACHMENT_SCHEME:
            return None
        uid = attachment_uid(name.toString())
        return source.image(uid, self.image_width, self.image_scale) if uid else None


class SafeTextBrowser(QTextBrowser):
    """Shows sanitised HTML. Links are reported by ``link_activated``; the
    window decides (https only, after a confirmation)."""

    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocument(SafeTextDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.anchorClicked.connect(self.link_activated)
        self.blocked_resources: list[str] = []
        self._shown_text: str | None = None
        self._sized_while_hidden = False
        # Pictures are sized to the view: shown again a moment after it is resized.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(150)
        self._resize_timer.timeout.connect(self._show_again)

    def loadResource(self, type_: int, name: QUrl):  # noqa: N802 (Qt override)
        doc = self.document()
        if isinstance(doc, SafeTextDocument):
            found = doc.attachment_image(int(type_), name)
            if found is not None:
                return found
        if len(self.blocked_resources) < 100:  # kept for tests and debugging only
            self.blocked_resources.append(name.toString()[:200])
        return _nothing(int(type_))

    def set_attachment_source(self, source: AttachmentSource | None) -> None:
        """Show the pictures of ``source``'s entry (None: show no picture)."""
        doc = self.document()
        if isinstance(doc, SafeTextDocument):
            doc.attachment_source = source

    def _attachment_source(self) -> AttachmentSource | None:
        doc = self.document()
        return doc.attachment_source if isinstance(doc, SafeTextDocument) else None

    def setSource(self, name: QUrl, type_=None) -> None:  # noqa: N802 (Qt override)
        # Never navigate: a file: link would replace the view with the file.
        return

    def show_markdown(self, text: str) -> None:
        """Show ``text`` rendered, or a message saying it cannot be: never
        what was shown before. Rendering is bounded in size, nesting and
        layout cost (core.rendering), so this stays quick on any text."""
        source = self._attachment_source()
        self._shown_text = text if source is not None else None
        self._sized_while_hidden = not self.isVisible()
        doc = self.document()
        if isinstance(doc, SafeTextDocument):
            doc.image_width = self._image_width()
            doc.image_scale = max(1.0, min(4.0, self.devicePixelRatioF()))
        try:
            markup = render_markdown(text, attachments=source.media_types() if source is not None else None)
        except Exception:  # noqa: BLE001 - render_markdown never raises; this is the last guard
            markup = note_html(NOT_PREVIEWED)
        self.setHtml(markup)

    def _image_width(self) -> int:
        return max(64, self.viewport().width() - 2 * int(self.document().documentMargin()) - 8)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        doc = self.document()
        if self._shown_text is not None and isinstance(doc, SafeTextDocument):
            if abs(doc.image_width - self._image_width()) > 16:
                # At once when first laid out after being hidden; after a pause while being resized.
                first = self._sized_while_hidden or doc.image_width <= 64
                self._resize_timer.start(0 if first else 150)

    def _show_again(self) -> None:
        if self._shown_text is not None:
            bar = self.verticalScrollBar()
            where = bar.value()
            self.show_markdown(self._shown_text)
            bar.setValue(where)

    def clear_all(self) -> None:
        self._shown_text = None
        self._resize_timer.stop()
        source = self._attachment_source()
        if source is not None:
            source.clear()
        self.clear()
        self.document().clearUndoRedoStacks()
        self.blocked_resources.clear()
        doc = self.document()
        if isinstance(doc, SafeTextDocument):
            doc.blocked_resources.clear()

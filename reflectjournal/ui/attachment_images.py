"""Pictures for the preview, decoded from the journal and nowhere else.

The preview's resource handler (ui/preview.py) asks :class:`EntryAttachmentImages`
for ``attachment:UID``; it answers only for an attachment of the entry being
shown (the journal is asked for that entry's attachment with that id, never
any other), decodes it in memory with Qt, and caches it until another entry
is shown or the journal locks. No file, temporary or not, is ever written.

Decoding is bounded twice: the pixel count from the header (QImageReader.size(),
which reads no pixels) must be within core.attachments.MAX_IMAGE_PIXELS, the
cap every attachment passed on its way in; and Qt's allocation limit stops any
decoder past DECODE_LIMIT_MB. Large pictures are decoded scaled down to the
preview's width.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ..core.attachments import GIF, JPEG, MAX_IMAGE_PIXELS, PNG, WEBP
from ..core.errors import JournalError

# Qt's default is 256 MB; a picture within the pixel cap needs at most 200 MB as 32-bit pixels.
DECODE_LIMIT_MB = 210
# Pictures in the preview are at most this wide and tall (device-independent pixels).
PREVIEW_MAX_WIDTH = 640
PREVIEW_MAX_HEIGHT = 800
# Decoded pictures kept for the entry shown (typing re-renders the preview often).
CACHE_SIZE = 24
_FORMATS = {PNG: b"png", JPEG: b"jpeg", WEBP: b"webp", GIF: b"gif"}


def decode_image(data: bytes, media_type: str, max_size: QSize | None = None) -> QImage | None:
    """``data`` decoded (scaled to fit ``max_size``), or None if it cannot be
    or its header gives more pixels than the cap (then nothing is decoded)."""
    fmt = _FORMATS.get(media_type)
    if fmt is None:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    reader = QImageReader(buffer, QByteArray(fmt))
    reader.setDecideFormatFromContent(False)
    reader.setAllocationLimit(DECODE_LIMIT_MB)
    reader.setAutoTransform(True)  # EXIF orientation (kept; only the location is removed)
    size = reader.size()
    if not size.isValid() or size.isEmpty() or size.width() * size.height() > MAX_IMAGE_PIXELS:
        return None
    if max_size is not None and (size.width() > max_size.width() or size.height() > max_size.height()):
        reader.setScaledSize(size.scaled(max_size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


class EntryAttachmentImages:
    """The preview's attachment source for one editor: the media types of
    the shown entry's attachments and their pictures, decoded on demand."""

    def __init__(
        self,
        media_types: Callable[[int], Mapping[str, str]],
        read_for_entry: Callable[[int, str], bytes | None],
        entry_id: Callable[[], int | None],
    ):
        self._media_types = media_types
        self._read = read_for_entry
        self._entry_id = entry_id
        self._cache: dict[tuple[int, str, int, float], QImage] = {}
        self._types: tuple[int, dict[str, str]] | None = None

    def clear(self) -> None:
        self._cache.clear()
        self._types = None

    def media_types(self) -> dict[str, str]:
        entry_id = self._entry_id()
        if entry_id is None:
            self.clear()
            return {}
        try:
            types = dict(self._media_types(entry_id))
        except JournalError:
            return {}
        if self._types is None or self._types[0] != entry_id:
            self._cache.clear()  # another entry: nothing of the last one is kept
        self._types = (entry_id, types)
        return types

    def image(self, uid: str, width: int, scale: float = 1.0) -> QImage | None:
        """The picture at most ``width`` pixels wide on screen, decoded at
        ``scale`` device pixels per pixel (sharp at 150 % and 200 %)."""
        entry_id = self._entry_id()
        if entry_id is None or self._types is None or self._types[0] != entry_id:
            return None
        media_type = self._types[1].get(uid)
        if media_type is None or media_type not in _FORMATS:
            return None
        width = max(64, min(width, PREVIEW_MAX_WIDTH))
        scale = max(1.0, min(scale, 4.0))
        key = (entry_id, uid, width, scale)
        if key in self._cache:
            return self._cache[key]
        try:
            data = self._read(entry_id, uid)
        except JournalError:
            return None
        if data is None:
            return None
        image = decode_image(data, media_type, QSize(round(width * scale), round(PREVIEW_MAX_HEIGHT * scale)))
        if image is not None:
            image.setDevicePixelRatio(scale)
            if len(self._cache) >= CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = image
        return image

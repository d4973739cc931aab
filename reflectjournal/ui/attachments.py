"""Attachments in the entry editor: add a picture or PDF (Entry → Attach a
file…, drag and drop onto the writing, or paste), see the entry's list
under the editor, save a copy (after the export warning), delete one.

What is attached is read into memory and kept in the encrypted journal
(core.attachments); a pasted picture is encoded to PNG in memory. Nothing
is written to disk except the copy the user asks for. The editor shows the
reference (``![name](attachment:UID)``) and the preview the picture, from
the journal (ui/attachment_images.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ..core import fsutil
from ..core.attachments import (
    EXTENSIONS,
    JOURNAL_WARNING_BYTES,
    MAX_ATTACHMENT_BYTES,
    Attachment,
    markdown_reference,
)
from ..core.errors import AttachmentRefused, JournalError
from ..core.rendering import ATTACHMENT_SCHEME, attachment_uid
from .attachment_images import EntryAttachmentImages
from .messages import export_error_text, save_error_text

if TYPE_CHECKING:
    from .main_window import MainWindow

FILE_FILTER = "Pictures and PDFs (*.png *.jpg *.jpeg *.webp *.gif *.pdf);;All files (*)"


def human_size(size: int) -> str:
    if size >= 1024 * 1024 * 1024:
        return f"{size / (1024 * 1024 * 1024):.1f} GB"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class AttachmentsButton(QToolButton):
    """The entry's attachments, beside its tags: a button whose menu offers
    "Attach a picture or PDF…" and, for each attachment, Insert reference,
    Save a copy… and Delete…. It takes no room of its own on a small screen."""

    def __init__(self, attach_action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentsButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setToolTip(self.tr("Pictures and PDFs kept with this entry, encrypted"))
        self._attach_action = attach_action
        self._items: list[Attachment] = []
        self._actions: dict[tuple[str, str], QAction] = {}
        self._read_only = False
        self.setMenu(QMenu(self))
        self.set_attachments([])

    def set_attachments(self, items: list[Attachment], read_only: bool = False) -> None:
        self._items = list(items)
        self._read_only = read_only
        self.setText(self.tr("Attachments (%1)").replace("%1", str(len(items))) if items else self.tr("Attach"))
        menu = self.menu()
        menu.clear()
        self._actions.clear()
        menu.addAction(self._attach_action)
        if items:
            menu.addSeparator()
        for item in items:
            sub = menu.addMenu(f"{item.filename} ({human_size(item.size)})")
            for what, text in (
                ("insert", self.tr("Insert a reference")),
                ("save", self.tr("Save a copy…")),
                ("delete", self.tr("Delete…")),
            ):
                action = sub.addAction(text)
                action.setEnabled(not (read_only and what != "save"))
                self._actions[(item.uid, what)] = action

    def action_for(self, uid: str, what: str) -> QAction:
        """The menu item ``what`` ("insert", "save" or "delete") of attachment ``uid``."""
        return self._actions[(uid, what)]

    @property
    def items(self) -> list[Attachment]:
        return list(self._items)


class AttachmentController(QObject):
    """Adds, lists, saves copies of and deletes the shown entry's attachments."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window
        self._session = window.session
        self._warned_size = False
        editor = window.editor
        self.attach_action = QAction(self.tr("&Attach a picture or PDF…"), window)
        self.attach_action.setObjectName("attachFile")
        self.attach_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        window.addAction(self.attach_action)
        self.attach_action.triggered.connect(self.choose_and_attach)
        self.button = AttachmentsButton(self.attach_action)
        editor.add_beside_tags(self.button)
        self.note = ""  # the last thing said after adding or deleting (also in the status bar)
        self.images = EntryAttachmentImages(
            self._session.attachments.media_types, self._session.attachments.read_for_entry, lambda: editor.entry_id
        )
        editor.preview.set_attachment_source(self.images)
        editor.body_edit.attachment_drop = (self.can_attach, self.attach_mime)
        self.button.menu().triggered.connect(self._on_menu_action)
        editor.loaded.connect(self.refresh)
        self._session.locked.connect(lambda _reason: self.clear())

    def fill_entry_menu(self, menu) -> None:
        menu.addAction(self.attach_action)

    # -- the list -------------------------------------------------------------

    def refresh(self) -> None:
        entry_id = self._window.editor.entry_id
        self.images.clear()
        if entry_id is None or not self._session.is_unlocked:
            self.button.set_attachments([])
            return
        try:
            items = self._session.attachments.list(entry_id)
        except JournalError:
            items = []
        self.button.set_attachments(items, read_only=self._window.editor_pane.read_only)

    def clear(self) -> None:
        self.images.clear()
        self.button.set_attachments([])
        self.note = ""

    def _set_note(self, text: str) -> None:
        """Said in the status bar until the next message (the bar announces it: ui/announce.py)."""
        self.note = text
        self._window.statusBar().showMessage(text)

    def _on_menu_action(self, action: QAction) -> None:
        for (uid, what), known in list(self.button._actions.items()):
            if known is action:
                {"insert": self.insert, "save": self.save_copy, "delete": self.delete}[what](uid)
                return

    # -- adding -----------------------------------------------------------------

    def _entry_for_attaching(self) -> int | None:
        """The shown entry's id, saving it first (a new entry is saved now)."""
        window = self._window
        pane = window.editor_pane
        if not self._session.is_unlocked or not window.editor.has_entry or pane.read_only:
            return None
        if window.editor.entry_id is None:
            pane.autosaver.edited()
        if not window.save_now():
            return None
        return window.editor.entry_id

    def choose_and_attach(self) -> None:
        window = self._window
        if self._entry_for_attaching() is None:
            return
        path = window.prompter.open_file(window, self.tr("Attach a picture or PDF"), Path.home(), FILE_FILTER)
        if path is not None:
            self.attach_files([path])

    def can_attach(self, mime: QMimeData) -> bool:
        """A picture, or local files (never a web address: nothing is fetched)."""
        if mime.hasImage():
            return True
        return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())

    def attach_mime(self, mime: QMimeData) -> bool:
        """Dropped or pasted: attach the local files, or the picture."""
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        if files:
            self.attach_files(files)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.attach_image(image)
                return True
        return False

    def attach_image(self, image: QImage, name: str = "") -> list[Attachment]:
        """A pasted picture, encoded to PNG in memory."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return self._attach([(name or self.tr("Pasted picture") + ".png", bytes(data.data()))])

    def attach_files(self, paths: list[Path]) -> list[Attachment]:
        items: list[tuple[str, bytes]] = []
        problems: list[str] = []
        for path in paths:
            try:
                items.append((path.name, fsutil.read_capped(path, MAX_ATTACHMENT_BYTES)))
            except fsutil.FileTooLarge:
                problems.append(self._refused_text(path.name, "too_large"))
            except (fsutil.NotRegularFile, OSError):
                problems.append(
                    self.tr("“%1” could not be read. Check that it is a file you can open.").replace("%1", path.name)
                )
        return self._attach(items, problems)

    def _attach(self, items: list[tuple[str, bytes]], problems: list[str] | None = None) -> list[Attachment]:
        window = self._window
        problems = list(problems or [])
        entry_id = self._entry_for_attaching()
        if entry_id is None:
            return []
        added: list[Attachment] = []
        for name, data in items:
            try:
                added.append(self._session.attachments.add(entry_id, name, data, origin=window.editor_pane))
            except AttachmentRefused as refused:
                problems.append(self._refused_text(name, refused.reason))
            except JournalError as error:
                problems.append(save_error_text(error))
                break
        if added:
            cursor = window.editor.body_edit.textCursor()
            cursor.insertText("\n".join(markdown_reference(a) for a in added))
            window.editor.body_edit.setTextCursor(cursor)
            self.refresh()
            window.editor.update_preview()
            self._tell_after_adding(added)
        if problems:
            window.prompter.warn(window, self.tr("Not attached"), "\n\n".join(problems))
        return added

    def _tell_after_adding(self, added: list[Attachment]) -> None:
        parts = []
        located = [a.filename for a in added if a.location_removed]
        if located:
            parts.append(
                self.tr("Location (GPS) details were removed from %1 before it was kept.").replace(
                    "%1", ", ".join(f"“{n}”" for n in located)
                )
            )
        total = self._session.attachments.total_size()
        if total > JOURNAL_WARNING_BYTES and not self._warned_size:
            self._warned_size = True
            parts.append(
                self.tr(
                    "Attachments now take %1 of this journal. Every backup is as large: keep an eye on the space "
                    "they take, or move old attachments out."
                ).replace("%1", human_size(total))
            )
        if not parts:
            parts.append(self.tr("Attached %1.").replace("%1", ", ".join(f"“{a.filename}”" for a in added)))
        self._set_note(" ".join(parts))

    def _refused_text(self, name: str, reason: str) -> str:
        texts = {
            "type": self.tr(
                "“%1” was not attached: only PNG, JPEG, WebP and GIF pictures and PDF documents can be. "
                "Save it as one of those and attach that."
            ),
            "too_large": self.tr(
                "“%1” was not attached: it is larger than %2. Make it smaller (a lower resolution or fewer "
                "pages) and attach it again."
            ).replace("%2", f"{MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB"),
            "too_many_pixels": self.tr(
                "“%1” was not attached: the picture has too many pixels to open safely. Save a smaller copy "
                "of it and attach that."
            ),
            "damaged": self.tr(
                "“%1” was not attached: the file is damaged or incomplete. Save it again in another program "
                "and attach the new copy."
            ),
        }
        return texts.get(reason, texts["type"]).replace("%1", name)

    # -- the chosen attachment -------------------------------------------------------

    def insert(self, uid: str) -> None:
        item = next((a for a in self.button.items if a.uid == uid), None)
        if item is None or self._window.editor_pane.read_only:
            return
        edit = self._window.editor.body_edit
        edit.textCursor().insertText(markdown_reference(item))
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_link(self, url: QUrl) -> bool:
        """A link in the preview: an attachment of this entry offers a copy."""
        if url.scheme() != ATTACHMENT_SCHEME:
            return False
        uid = attachment_uid(url.toString())
        if uid is not None and any(a.uid == uid for a in self.button.items):
            self.save_copy(uid)
        return True

    def save_copy(self, uid: str) -> bool:
        """Save an unencrypted copy where the user chooses, after the warning."""
        window, prompter = self._window, self._window.prompter
        try:
            item = self._session.attachments.get(uid)
        except JournalError:
            return False
        if not prompter.confirm(
            window,
            self.tr("Save an unencrypted copy?"),
            self.tr(
                "The copy is NOT encrypted: anyone who can open the folder can see it. Save it only to a place "
                "you trust, and delete it when you no longer need it. Continue?"
            ),
        ):
            return False
        name = item.filename
        if not name.lower().endswith(EXTENSIONS[item.media_type]) and not (
            item.media_type == "image/jpeg" and name.lower().endswith(".jpeg")
        ):
            name += EXTENSIONS[item.media_type]
        path = prompter.save_file(window, self.tr("Save a copy of the attachment"), Path.home() / name, FILE_FILTER)
        if path is None or not self._session.is_unlocked:
            return False
        try:
            fsutil.write_private_bytes(path, self._session.attachments.read(uid))
        except (JournalError, OSError) as error:
            prompter.warn(window, self.tr("Copy not saved"), export_error_text(error))
            return False
        self._set_note(self.tr("Copy saved. It is not encrypted."))
        return True

    def delete(self, uid: str) -> bool:
        """Delete an attachment (after asking) and its references in the text."""
        window = self._window
        entry_id = window.editor.entry_id
        item = next((a for a in self.button.items if a.uid == uid), None)
        if entry_id is None or item is None or window.editor_pane.read_only:
            return False
        if not window.prompter.confirm(
            window,
            self.tr("Delete this attachment?"),
            self.tr("“%1” will be removed from the journal. This cannot be undone.").replace("%1", item.filename),
        ):
            return False
        try:
            self._session.attachments.delete(entry_id, uid, origin=window.editor_pane)
        except JournalError as error:
            window.prompter.warn(window, self.tr("Not deleted"), save_error_text(error))
            return False
        self._remove_references(uid)
        self.refresh()
        window.editor.update_preview()
        self._set_note(self.tr("Deleted “%1”.").replace("%1", item.filename))
        return True

    def _remove_references(self, uid: str) -> None:
        """Take the attachment's references out of the text (one undoable step)."""
        edit = self._window.editor.body_edit
        pattern = re.compile(r"!?\[(?:[^\]\\\n]|\\.)*\]\(attachment:" + re.escape(uid) + r"\)\n?")
        text = edit.toPlainText()
        spans = [m.span() for m in pattern.finditer(text)]
        if not spans:
            return
        cursor = QTextCursor(edit.document())
        cursor.beginEditBlock()
        for start, end in reversed(spans):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        cursor.endEditBlock()

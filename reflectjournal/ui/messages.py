"""Helpful, translated text for the core's errors. Never journal text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.errors import (
    EmptyPassphrase,
    JournalDamaged,
    JournalExists,
    JournalHasLinks,
    JournalInUse,
    JournalNotAFile,
    JournalNotFound,
    LockFileInvalid,
    NotAJournal,
    SchemaTooNew,
    StorageFull,
    WrongPassphrase,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def open_error_text(error: BaseException) -> str:
    if isinstance(error, WrongPassphrase):
        return _tr("That passphrase does not unlock this journal. Please try again.")
    if isinstance(error, EmptyPassphrase):
        return _tr("Please type your passphrase.")
    if isinstance(error, JournalHasLinks):
        return _tr(
            "This journal file has more than one name (a hard link), so entries saved under one name could be "
            "lost under the other. Nothing has been changed. Keep one name and remove the other, then try again; "
            "if a file ending in “-wal” sits beside one of the names, keep that one."
        )
    if isinstance(error, LockFileInvalid):
        return _tr(
            "The journal’s lock file (the file beside it ending in “.lock”) is a link or a special file that "
            "reflectjournal did not make, so it was not used. Remove that file, then open the journal again."
        )
    if isinstance(error, JournalNotAFile):
        return _tr(
            "This is not a journal file: it is a named pipe, socket or device. Choose your journal file with "
            "“Open another journal…”."
        )
    if isinstance(error, NotAJournal):
        return _tr("This file is not a reflectjournal journal. Choose another file with “Open another journal…”.")
    if isinstance(error, JournalDamaged):
        return _tr(
            "This journal file is damaged and cannot be opened. Nothing has been changed. "
            "Restore your most recent backup with “Restore from a backup…” below: backups are kept in the "
            "“backups” folder beside the journal (or in the backup folder chosen in Settings). The damaged "
            "file is kept as it is, whichever you choose."
        )
    if isinstance(error, JournalInUse):
        return _tr(
            "This journal is already open in another reflectjournal window or command. Close it there, then try again."
        )
    if isinstance(error, SchemaTooNew):
        return _tr("This journal was written by a newer version of reflectjournal. Update the app to open it.")
    if isinstance(error, JournalNotFound):
        return _tr("There is no journal at this location. It may have been moved or renamed.")
    if isinstance(error, JournalExists):
        return _tr("A file already exists there. Choose another name or location for the new journal.")
    if isinstance(error, StorageFull):
        return _tr("The disk is full, so the journal could not be written. Free some space and try again.")
    if isinstance(error, PermissionError):
        return _tr("reflectjournal is not allowed to use that location. Choose another folder.")
    return _tr("The journal could not be opened.")

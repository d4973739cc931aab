"""The one place the desktop app turns errors into words, for every screen.

Each function answers one situation (opening, backing up, restoring,
importing, exporting, saving, anything else) with what happened and what to
do next, translated. Words never hold journal text and never a Python class
name: an error type the function does not know gets that situation's general
sentence, never ``type(error).__name__``. The command line has its own table
(``cli._describe``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..core.errors import (
    BackupDamaged,
    BackupSourceUnreadable,
    EmptyPassphrase,
    ExportTargetNotAFolder,
    ExportTargetNotEmpty,
    ImportCancelled,
    ImportFailed,
    InvalidEntry,
    JournalClosed,
    JournalDamaged,
    JournalError,
    JournalExists,
    JournalHasLinks,
    JournalInUse,
    JournalNotAFile,
    JournalNotFound,
    LockFileInvalid,
    NotAJournal,
    PackInvalid,
    SchemaTooNew,
    StorageFull,
    WriteFailed,
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


def _os_reason(error: BaseException) -> str:
    """The system's own short reason ("Read-only file system") for a file
    error, or "": never a class name, never a path."""
    return (error.strerror or "") if isinstance(error, OSError) else ""


def restore_error_text(error: BaseException) -> str:
    """Why a restore did not happen; the journal is untouched in every case."""
    if isinstance(error, WrongPassphrase):
        return _tr("That passphrase does not open this backup. Nothing was restored and your journal was not changed.")
    if isinstance(error, BackupDamaged):
        return _tr(
            "This backup is damaged: it failed its checks. Nothing was restored and your journal was not changed. "
            "Choose another backup."
        )
    if isinstance(error, StorageFull):
        return _tr(
            "The disk is full. Nothing was restored and your journal was not changed. Free some space and try again."
        )
    if isinstance(error, JournalInUse):
        return _tr(
            "The journal is open in another reflectjournal window or command. Close it there, then try again. "
            "Nothing was restored."
        )
    if isinstance(error, PermissionError):
        return _tr("reflectjournal is not allowed to write there. Nothing was restored; choose another place.")
    if isinstance(error, JournalHasLinks | LockFileInvalid | JournalNotAFile):
        # The restore target has a problem the unlock screen already explains.
        return open_error_text(error) + " " + _tr("Nothing was restored.")
    return _tr("The backup could not be restored. Your journal was not changed.")


def backup_error_text(error: BaseException, folder: Path | None = None) -> str:
    """What went wrong with a backup, in words; never journal text."""
    if isinstance(error, StorageFull):
        return _tr("The disk is full, so the backup could not be written. Your journal itself is unchanged.")
    if isinstance(error, BackupDamaged):
        return _tr(
            "The copy did not pass its checks, so it was not kept. Your journal itself is unchanged. "
            "If this happens again, the journal file or the disk may be failing: back up to another disk."
        )
    if isinstance(error, PermissionError):
        where = str(folder) if folder is not None else _tr("that folder")
        return _tr(
            "reflectjournal is not allowed to write backups to %1. Choose another backup folder in Settings."
        ).replace("%1", where)
    if isinstance(error, BackupSourceUnreadable):
        return _tr(
            "The journal could not be read through to the end: part of the file may be damaged. "
            "Restore your most recent backup with Journal → Restore from backup…, or export what can still be read."
        )
    if isinstance(error, OSError) and _os_reason(error):
        return _tr("The backup could not be written (%1). Your journal itself is unchanged.").replace(
            "%1", _os_reason(error)
        )
    if isinstance(error, JournalError | OSError):
        return _tr(
            "The backup could not be written. Your journal itself is unchanged. Check the backup folder in "
            "Settings, then try Journal → Back up now…."
        )
    return _tr(
        "The backup failed unexpectedly. Your journal itself is unchanged. Try Journal → Back up now…; if it "
        "fails again, please report it."
    )


def import_error_text(error: BaseException) -> str:
    """Why an import did not happen, and what to do. The journal is unchanged."""
    if isinstance(error, ImportFailed):
        # The core's message names the file and the problem (never entry text).
        return (
            str(error)
            + "\n\n"
            + _tr(
                "Check that you chose the right kind of export for this file or folder (jrnl, Day One or "
                "Markdown), and that the export is complete. Your journal has not been changed."
            )
        )
    if isinstance(error, ImportCancelled):
        return _tr("Import cancelled. Nothing was changed.")
    if isinstance(error, StorageFull):
        return _tr(
            "The disk is full, so the entries could not be saved. Nothing was imported and your journal has "
            "not been changed. Free some space and try again."
        )
    if isinstance(error, PermissionError):
        return _tr("reflectjournal is not allowed to read that file or folder. Nothing was imported.")
    if _os_reason(error):
        return _tr("The import failed (%1). Nothing was imported and your journal has not been changed.").replace(
            "%1", _os_reason(error)
        )
    return _tr(
        "The import failed. Nothing was imported and your journal has not been changed. Check the file or "
        "folder and try again."
    )


def export_error_text(error: BaseException) -> str:
    """Why an export (a printable file or a folder of files) was not written."""
    if isinstance(error, StorageFull):
        return _tr("The disk is full, so the file was not written. Free some space and try again.")
    if isinstance(error, ExportTargetNotEmpty):
        return _tr("The export folder is not empty; choose a new or empty folder.")
    if isinstance(error, ExportTargetNotAFolder):
        return _tr("The export path is a file, not a folder; choose a new folder.")
    if isinstance(error, PermissionError):
        return _tr("reflectjournal is not allowed to write there. Choose another folder.")
    if _os_reason(error):
        return _tr("The file could not be written (%1).").replace("%1", _os_reason(error))
    return _tr("The file could not be written there. Choose another folder and try again.")


def save_error_text(error: BaseException) -> str:
    """Why the latest changes in an editor are not saved; they stay in the editor."""
    if isinstance(error, StorageFull):
        return _tr(
            "The disk is full, so your latest changes are not saved yet. They are still here in the editor. "
            "Free some space; saving will be tried again as you type."
        )
    if isinstance(error, WriteFailed):
        return _tr(
            "The journal could not be written: the file may have become read-only, or another program may hold "
            "it. Your latest changes are still here in the editor; saving will be tried again as you type."
        )
    if isinstance(error, InvalidEntry):  # core messages hold no journal text
        return _tr("Your latest changes are not saved yet: %1 They are still here in the editor.").replace(
            "%1", str(error)
        )
    return _tr(
        "Your latest changes could not be saved. They are still here in the editor; saving will be tried "
        "again as you type."
    )


def error_text(error: BaseException) -> str:
    """Any other failure (prompt packs, settings): the core's own message,
    which says what happened in words and never holds journal text, or a
    general sentence."""
    if isinstance(error, StorageFull):
        return _tr("The disk is full, so nothing was changed. Free some space and try again.")
    if isinstance(error, JournalClosed):
        return _tr("The journal is locked. Unlock it, then try again.")
    if isinstance(error, PermissionError):
        return _tr("reflectjournal is not allowed to use that location. Choose another folder.")
    if isinstance(error, JournalError | PackInvalid) and str(error):
        return str(error)
    if _os_reason(error):
        return _tr("A file could not be read or written (%1).").replace("%1", _os_reason(error))
    return _tr("That did not work, and nothing was changed. Try again; if it happens again, please report it.")

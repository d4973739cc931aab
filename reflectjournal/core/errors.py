"""Typed errors raised by the core.

Messages never contain journal text: they may reach a terminal, a log or a
message box. The UI and the command line map each type to advice.
"""

from __future__ import annotations


class JournalError(Exception):
    """Base class for every expected failure of the core."""


class EmptyPassphrase(JournalError):
    """A passphrase was empty or only whitespace."""


class WrongPassphrase(JournalError):
    """The passphrase does not unlock this journal."""


class JournalDamaged(JournalError):
    """The file is not a reflectjournal journal, or it is damaged."""


class NotAJournal(JournalDamaged):
    """The file is readable but is not a reflectjournal journal."""


class SchemaTooNew(JournalError):
    """The journal was written by a newer version of reflectjournal."""


class JournalNotFound(JournalError):
    """There is no journal at the given path."""


class JournalExists(JournalError):
    """Refusing to create a journal over an existing file."""


class JournalInUse(JournalError):
    """Another reflectjournal process has this journal open."""


class JournalClosed(JournalError):
    """The journal has been closed (for example, locked)."""


class StorageFull(JournalError):
    """The disk is full or a write failed; nothing was changed."""


class EntryNotFound(JournalError):
    """No entry with that id."""


class InvalidEntry(JournalError):
    """An entry field holds a value the journal cannot store."""


class BackupFailed(JournalError):
    """A backup could not be written or did not verify."""

"""Typed errors raised by the core.

Messages never contain journal text: they may reach a terminal, a log or a
message box. The UI and the command line map each type to advice.
"""

from __future__ import annotations

from collections.abc import Sequence

TYPE_CHECKING = False  # not typing's: importing typing costs ~3 ms at every start (issue 19); mypy reads the name
if TYPE_CHECKING:
    from .packs import PackProblem
    from .unicode_safety import TextProblem


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


class JournalNotAFile(NotAJournal):
    """The journal path names a named pipe, socket, device or other thing
    that is not a regular file; it is refused before anything opens it."""


class JournalHasLinks(JournalError):
    """The journal file has more than one name (hard links).

    SQLite names its log (-wal) and shared-memory (-shm) files after the
    path, so each name would get a log of its own: two programs writing
    under two names lose entries, and a log left by a killed program under
    one name is invisible under the other. Refused until one name is left.
    """


class LockFileInvalid(JournalError):
    """The journal's lock file is a link, a named pipe or another thing that
    is not a private regular file. It is never followed or written; the
    message names it and says to remove it."""


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


class WriteFailed(JournalError):
    """SQLite refused a write for a reason other than a full disk (the file
    became read-only, another program holds it, a page cannot be read);
    the transaction was rolled back, nothing was changed."""


class EntryNotFound(JournalError):
    """No entry with that id."""


class SessionNotFound(EntryNotFound):
    """No supervision session (or agreed action) with that id."""


class CpdRecordNotFound(EntryNotFound):
    """No CPD record with that id (core.cpd)."""


class InvalidEntry(JournalError):
    """An entry field holds a value the journal cannot store."""


class CpdRecordClosed(InvalidEntry):
    """A CPD record of a registration year that has ended: kept as it was,
    and no record is added to that year (core.cpd)."""


class InvalidTitle(InvalidEntry):
    """A title (or a supervision name) hides or imitates text: invisible
    characters, only blank fillers, or alphabets mixed in one word.

    ``problem`` is a ``reflectjournal.core.unicode_safety.TextProblem``
    (where, which character, and the word it sits in, for the screen that
    shows the title anyway); the message quotes one character at most.
    """

    def __init__(self, message: str, problem: TextProblem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


class BackupFailed(JournalError):
    """A backup could not be written or did not verify."""


class BackupDamaged(BackupFailed):
    """A backup (or a copy being checked) fails its checks."""


class BackupSourceUnreadable(BackupFailed):
    """The journal could not be read through to the end while it was copied
    (SQLite reported a damaged page, for example); no backup was kept."""


class SigningKeyError(JournalError):
    """A pack signing key could not be made or used (core/pack_signing.py).
    The message says why in plain words: not a key file, a key of another
    type, a damaged file, a key that would be replaced."""


class WrongKeyPassphrase(SigningKeyError):
    """The passphrase does not open this pack signing key."""


class PackSignatureRefused(JournalError):
    """A pack was not imported because of its signature: signed with a key
    other than the one pinned for its publisher, or (unless the user
    insisted) a signature that does not match or is missing where one was
    expected. The message says which, in plain words."""


class PackInvalid(JournalError):
    """A prompt pack file is damaged, not a pack, or breaks the format.

    ``problems`` holds every problem found (``PackProblem`` from
    ``reflectjournal.core.packs``), each naming its field. The message names
    the file and the first problem; it quotes at most a short, escaped
    excerpt of the file, never more.
    """

    def __init__(self, name: str, problems: Sequence[PackProblem]) -> None:
        self.name = name
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "not a valid prompt pack"
        more = len(self.problems) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
        super().__init__(f"{name}: {first}{tail}")


class FrameworkInvalid(PackInvalid):
    """A professional framework file (core/frameworks.py) is damaged, not a
    framework, or breaks the format. Like :class:`PackInvalid`, ``problems``
    names every problem with its field; nothing was imported."""


class ImportFailed(JournalError):
    """A file or folder to import from is damaged, not in the format asked
    for, too large, or unsafe (a zip naming files outside itself). Nothing
    was imported. The message names the source, never its text."""


class ImportCancelled(JournalError):
    """An import was stopped (Cancel, or a lock asked for); nothing was saved."""


class ExportTargetNotEmpty(JournalError):
    """The export folder already holds files; nothing was written."""


class ExportTargetNotAFolder(JournalError):
    """The export path exists and is not a folder; nothing was written."""


class PackNotInstalled(JournalError):
    """No imported pack with that id."""


class JournalBusy(JournalError):
    """A background job (an import) is writing to the journal; other writes wait for it."""


class AttachmentRefused(JournalError):
    """A file offered as an attachment was not kept: not a PNG, JPEG, WebP,
    GIF or PDF (judged by its bytes, never its name), over the size cap, a
    picture with more pixels than the cap (a decompression bomb is refused
    from its header, never decoded), or damaged. Nothing was saved; the
    message says what to do instead. ``reason`` is one of "type",
    "too_large", "too_many_pixels", "damaged"."""

    def __init__(self, message: str, *, reason: str = "type") -> None:
        super().__init__(message)
        self.reason = reason


class AttachmentNotFound(JournalError):
    """No attachment with that id (deleted, or never in this journal)."""

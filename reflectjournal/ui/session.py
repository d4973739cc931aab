"""The one object that holds the open journal and says what changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import JournalClosed, JournalError
from ..core.models import Entry, EntryFilter, EntrySummary, Kind, SearchHit
from ..core.vault import PRODUCTION_KDF, Journal, KdfSettings

if TYPE_CHECKING:
    from ..core.importers import ImportReport


class ImportCancelled(Exception):
    """An import was stopped (Cancel, or a lock asked for); nothing was saved."""


class _Relay(QObject):
    """Carries a worker's result back to the GUI thread (queued signal)."""

    finished = Signal(object, object, object)  # Journal | None, Exception | None, _FirstScreen | None


class _FirstScreen(NamedTuple):
    """What the open task read for the window's first screen (no filter),
    and the connection's ``total_changes`` then: any write since makes it stale."""

    ids: list[int]
    month_counts: list[tuple[str, int]]
    tag_names: list[str]
    total_changes: int


def _check_first_screen(journal: Journal) -> _FirstScreen:
    """Read what the window shows first. A journal damaged inside those pages
    opens (only its first page is read at open) but fails here: report it as
    damaged, with the file closed and left as it was, instead of failing
    inside the window. (Damage elsewhere fails the daily backup's checks.)

    What was read is handed to the window, which would otherwise read it all
    again as it answers ``unlocked`` (about 0.1 s at 100,000 entries)."""
    import sqlcipher3

    try:
        ids = journal.entries.ids(EntryFilter())
        month_counts = journal.entries.month_counts(EntryFilter())
        journal.entries.summaries(ids[:200])
        journal.entries.kinds()
        tag_names = journal.entries.tag_names()
    except sqlcipher3.DatabaseError:
        journal.close()
        from ..core.errors import JournalDamaged

        raise JournalDamaged("Part of the journal file is damaged.") from None
    return _FirstScreen(ids, month_counts, tag_names, journal.conn.total_changes)


class _OpenTask(QRunnable):
    def __init__(self, relay: _Relay, fn, path: Path, passphrase: str, kdf: KdfSettings, backup_dir: Path | None):
        super().__init__()
        self.setAutoDelete(True)
        self._relay, self._fn, self._path, self._kdf, self._backup_dir = relay, fn, path, kdf, backup_dir
        self._passphrase = passphrase

    def run(self) -> None:
        journal, error, first_screen = None, None, None
        try:
            journal = self._fn(self._path, self._passphrase, kdf=self._kdf, backup_dir=self._backup_dir)
            first_screen = _check_first_screen(journal)
        except Exception as exc:  # every failure is reported to the GUI, none escapes the thread
            error = exc
        finally:
            self._passphrase = ""
        self._relay.finished.emit(journal, error, first_screen)


class Session(QObject):
    """Opens, creates and locks the journal; turns core calls into signals.

    ``kdf`` is injectable for tests only; the app always uses the default.
    Key derivation runs on a worker thread so the window keeps painting.
    """

    busy_changed = Signal(bool)
    unlocked = Signal()
    unlock_failed = Signal(object)  # the JournalError (or other exception)
    about_to_lock = Signal()  # connect directly: save before the journal closes
    locked = Signal(str)  # reason: "manual", "idle", "minimised", "quit", ...
    entries_changed = Signal()

    def __init__(
        self, *, kdf: KdfSettings = PRODUCTION_KDF, backup_dir: Path | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._kdf = kdf
        self._journal: Journal | None = None
        self._busy = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.finished.connect(self._on_task_finished)
        self.backup_dir = backup_dir
        self._importing = False
        self._lock_pending: str | None = None  # a lock asked for during an import
        self._first_screen: _FirstScreen | None = None  # only while 'unlocked' is emitted

    # -- state -----------------------------------------------------------

    @property
    def journal(self) -> Journal:
        if self._journal is None or not self._journal.is_open:
            raise JournalClosed("The journal is locked.")
        return self._journal

    @property
    def is_unlocked(self) -> bool:
        return self._journal is not None and self._journal.is_open

    @property
    def is_busy(self) -> bool:
        return self._busy

    @property
    def kdf(self) -> KdfSettings:
        """The key-derivation cost journals and backups are opened with."""
        return self._kdf

    @property
    def path(self) -> Path | None:
        return self._journal.path if self._journal is not None else None

    # -- opening ---------------------------------------------------------

    def open_journal(self, path: Path, passphrase: str) -> None:
        """Unlock in the background; answers with ``unlocked`` or ``unlock_failed``."""
        self._start(Journal.open, path, passphrase)

    def create_journal(self, path: Path, passphrase: str) -> None:
        self._start(Journal.create, path, passphrase)

    def _start(self, fn, path: Path, passphrase: str) -> None:
        if self._busy or self.is_unlocked:
            return
        self._set_busy(True)
        self._pool.start(_OpenTask(self._relay, fn, Path(path), passphrase, self._kdf, self.backup_dir))

    def wait_for_worker(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_task_finished(
        self, journal: Journal | None, error: Exception | None, first_screen: _FirstScreen | None = None
    ) -> None:
        self._set_busy(False)
        if error is not None or journal is None:
            self.unlock_failed.emit(error if error is not None else JournalError("The journal could not be opened."))
            return
        self._journal = journal
        self._first_screen = first_screen
        try:
            self.unlocked.emit()
        finally:
            self._first_screen = None

    def _first(self, flt: EntryFilter | None = None) -> _FirstScreen | None:
        """The open task's reads, while ``unlocked`` is being answered, if
        nothing has been written since and ``flt`` (if given) is no filter."""
        first = self._first_screen
        if first is None or not self.is_unlocked or self.journal.conn.total_changes != first.total_changes:
            return None
        return first if flt is None or flt == EntryFilter() else None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    # -- entries ---------------------------------------------------------

    def save_entry(self, entry: Entry) -> Entry:
        """Save and return the stored entry. Raises StorageFull and friends."""
        saved = self.journal.entries.save(entry)
        return saved

    def trash_entry(self, entry_id: int) -> None:
        self.journal.entries.trash(entry_id)
        self.entries_changed.emit()

    def restore_entry(self, entry_id: int) -> None:
        self.journal.entries.restore(entry_id)
        self.entries_changed.emit()

    def delete_entry_forever(self, entry_id: int) -> None:
        self.journal.entries.delete_forever(entry_id)
        self.entries_changed.emit()

    def ids(self, flt: EntryFilter) -> list[int]:
        first = self._first(flt)
        return list(first.ids) if first else self.journal.entries.ids(flt)

    def month_counts(self, flt: EntryFilter) -> list[tuple[str, int]]:
        first = self._first(flt)
        return list(first.month_counts) if first else self.journal.entries.month_counts(flt)

    def tag_names(self) -> list[str]:
        first = self._first()
        return list(first.tag_names) if first else self.journal.entries.tag_names()

    def summaries(self, ids: Sequence[int]) -> list[EntrySummary]:
        return self.journal.entries.summaries(ids)

    def get_entry(self, entry_id: int) -> Entry:
        return self.journal.entries.get(entry_id)

    def search(self, text: str, flt: EntryFilter, limit: int = 50) -> list[SearchHit]:
        return self.journal.entries.search(text, flt, limit=limit)

    def kinds(self) -> list[Kind]:
        return self.journal.entries.kinds()

    def tags(self) -> list[str]:
        return [tag for tag, _count in self.journal.entries.tags()]

    def export(self, folder: Path) -> int:
        from ..core.export import export_journal

        return export_journal(self.journal, folder)

    def import_source(
        self, source: Path, fmt: str, *, dry_run: bool = False, progress: Callable[[int, int], None] | None = None
    ) -> ImportReport:
        """Import (or, with ``dry_run``, preview) a jrnl, Day One or Markdown
        export, all or nothing; ``entries_changed`` follows a real import.

        The import runs on the calling (GUI) thread; ``progress`` may process
        events. A lock asked for meanwhile (idle, screen lock, sleep) stops the
        import through the progress callback, so nothing is saved, and locks
        once the transaction has been rolled back: the connection is never
        closed under a running import. Raises ImportCancelled, ImportFailed,
        StorageFull.
        """
        from ..core.importers import import_source

        journal = self.journal

        def tick(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            # At done == total the entries may already be committed: too late to stop.
            if self._lock_pending is not None and done < total:
                raise ImportCancelled

        self._importing = True
        report = None
        try:
            report = import_source(journal, source, fmt, dry_run=dry_run, progress=tick)
        finally:
            self._importing = False
            pending, self._lock_pending = self._lock_pending, None
            if report is not None and report.imported:
                self.entries_changed.emit()
            if pending is not None:
                self.lock(pending)
        return report

    def export_printable(self, path: Path, flt: EntryFilter, fmt: str, *, generated: dt.date | None = None) -> int:
        """One printable HTML or PDF file (0600, NOT encrypted) of the entries
        in ``flt``, oldest first; returns how many it holds."""
        from ..core.printable import build_printable_html, printable_title, write_printable_html

        journal = self.journal
        if generated is None:
            generated = journal.clock().astimezone().date()
        if fmt != "pdf":
            return write_printable_html(journal, Path(path), flt, generated=generated)
        from ..pdf import write_pdf

        document, count = build_printable_html(journal, flt, generated=generated)
        write_pdf(Path(path), document, title=printable_title(flt), generated=generated)
        return count

    # -- locking ---------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Save (through ``about_to_lock``), close the database, announce it.

        The window answers ``locked`` by clearing every widget and showing
        the unlock screen.
        """
        if self._journal is None:
            return
        if self._importing:  # import_source stops the import, then locks
            self._lock_pending = self._lock_pending or reason
            return
        try:
            self.about_to_lock.emit()
        finally:
            journal, self._journal = self._journal, None
            journal.close()
            self.locked.emit(reason)

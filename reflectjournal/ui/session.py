"""The one object that holds the open journal and says what changed.

:class:`JournalSession` owns the open :class:`~reflectjournal.core.vault.Journal`
privately. The rest of the UI reaches the journal only through the feature
services it offers as attributes (``entries``, ``packs``, ``supervision``,
``backups``, ``personal_words``); a test (tests/ui/test_session_boundary.py)
checks that no other module under ``reflectjournal/ui`` imports the vault,
``Journal`` or the driver, or touches ``.journal`` or ``.conn``.

- Background work goes through ``session.runner`` (ui/runner.py).
- Every change is announced once, on ``changed``, as a :class:`Changes`
  value; each screen decides what to refresh.
- Locking is one fixed sequence (:meth:`JournalSession.lock`): save open
  editors, finish or cancel jobs, clear caches and widgets, close the journal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..core.errors import ImportCancelled, JournalBusy, JournalClosed, JournalError
from ..core.first_screen import FirstScreen, LaterIds, read_first_screen
from ..core.hardening import release_freed_memory
from ..core.models import Entry, EntryFilter, EntrySummary, Kind, SearchHit
from ..core.vault import PRODUCTION_KDF, Journal, KdfSettings, default_backup_dir
from .runner import Job, Runner

if TYPE_CHECKING:
    from ..core.attachments import Attachment, AttachmentStore
    from ..core.backup import RotationPolicy
    from ..core.cpd import CpdStore, RegistrationYear
    from ..core.cpd_export import CpdExport
    from ..core.entries import EntryStore
    from ..core.importers import ImportOptions, ImportReport
    from ..core.journal_settings import JournalSettings
    from ..core.looking_back import LookingBack, LowSignal, Remembered, SignalRule
    from ..core.pack_store import PackStore
    from ..core.personal_words import PersonalWordStore
    from ..core.portfolio import Portfolio
    from ..core.supervision import SupervisionStore
    from ..core.supervision_export import ExportOptions, SessionExport
    from .packs.service import PackService
    from .supervision.service import SupervisionService

# How long locking (or quitting) waits for a job on the journal that cannot
# be cancelled (a backup verifying its copy). Past it, the screen locks at
# once and the file is closed when the job lets go.
JOB_WAIT_MS = 60_000
AUTO_BACKUP_MAX_AGE = dt.timedelta(hours=24)

IMPORT_RUNNING = "An import is running; try again when it has finished."

LockStep = Literal["save", "wait", "clear"]
LOCK_STEPS: tuple[LockStep, ...] = ("save", "wait", "clear")


@dataclass(frozen=True)
class Changes:
    """What one change did to the journal, announced once on ``changed``.

    ``origin`` is the screen that made the change (it has already shown it),
    or None; screens that did not make it decide what to refresh."""

    entry_ids: frozenset[int] = frozenset()
    all_entries: bool = False  # many entries, kinds or tags at once (an import): reload lists and filters
    packs: bool = False
    supervision_sessions: bool = False
    supervision_actions: bool = False
    settings: bool = False  # preferences that shape the journal's screens
    personal_words: bool = False
    journal_settings: frozenset[str] = frozenset()  # the keys of core.journal_settings that changed
    cpd: bool = False  # CPD records (ui/cpd)
    origin: object = field(default=None, compare=False, repr=False)

    @property
    def entries(self) -> bool:
        return self.all_entries or bool(self.entry_ids)


class _Access:
    """The services' one way to the open journal's stores (never the connection)."""

    def __init__(self, session: JournalSession):
        self._session = session

    def entries(self, *, write: bool = False) -> EntryStore:
        return self._session._open(write=write).entries

    def packs(self, *, write: bool = False) -> PackStore:
        return self._session._open(write=write).packs

    def supervision(self, *, write: bool = False) -> SupervisionStore:
        return self._session._open(write=write).supervision

    def attachments(self, *, write: bool = False) -> AttachmentStore:
        return self._session._open(write=write).attachments

    def personal_words(self, *, write: bool = False) -> PersonalWordStore:
        from ..core.personal_words import PersonalWordStore

        return PersonalWordStore(self._session._open(write=write))

    def cpd(self, *, write: bool = False) -> CpdStore:
        from ..core.cpd import CpdStore

        return CpdStore(self._session._open(write=write))

    def cpd_export(self, year: RegistrationYear, today: dt.date) -> CpdExport:
        from ..core.cpd_export import build_export

        return build_export(self._session._open(), year, today)

    def portfolio(self, *, write: bool = False) -> Portfolio:
        from ..core.portfolio import Portfolio

        return Portfolio(self._session._open(write=write))

    def journal(self, *, write: bool = False) -> Journal:
        """The open journal, for the core functions that take one (``write``
        for those that change it: refused while an import writes)."""
        return self._session._open(write=write)

    def journal_settings(self, *, write: bool = False) -> JournalSettings:
        from ..core.journal_settings import JournalSettings

        return JournalSettings(self._session._open(write=write))

    def supervision_export(self, session_id: int, options: ExportOptions, today: dt.date) -> SessionExport:
        from ..core.supervision_export import build_export

        return build_export(self._session._open(), session_id, options, today=today)


# -- the services -----------------------------------------------------------------


class EntryService:
    """Entries: read, save, trash, search, import and export."""

    def __init__(self, session: JournalSession, access: _Access):
        self._session = session
        self._access = access
        self._first_screen: FirstScreen | None = None  # only while 'unlocked' is emitted

    def _first(self, flt: EntryFilter | None = None) -> FirstScreen | None:
        """The open task's reads, while ``unlocked`` is being answered, if
        nothing has been written since and ``flt`` (if given) is no filter."""
        first = self._first_screen
        if first is None or not self._session.is_unlocked:
            return None
        if self._session._open().change_count() != first.change_count:
            return None
        return first if flt is None or flt == EntryFilter() else None

    # -- reads (synchronous, on the GUI thread) --------------------------

    def ids(self, flt: EntryFilter) -> Sequence[int]:
        """Matching ids, newest first. Unfiltered, while 'unlocked' is being
        answered: the first screen's few, the rest read when first needed
        (core.first_screen.LaterIds)."""
        first = self._first(flt)
        if first is None:
            return self._access.entries().ids(flt)
        return LaterIds(first.first_ids, first.entry_count, lambda: self._access.entries().ids(EntryFilter()))

    def month_counts(self, flt: EntryFilter) -> list[tuple[str, int]]:
        first = self._first(flt)
        return list(first.month_counts) if first else self._access.entries().month_counts(flt)

    def tag_names(self) -> list[str]:
        first = self._first()
        return list(first.tag_names) if first else self._access.entries().tag_names()

    def summaries(self, ids: Sequence[int]) -> list[EntrySummary]:
        return self._access.entries().summaries(ids)

    def list_entries(self, flt: EntryFilter, limit: int = 500) -> list[EntrySummary]:
        return self._access.entries().list_entries(flt, limit=limit)

    def get(self, entry_id: int) -> Entry:
        return self._access.entries().get(entry_id)

    def search(self, text: str, flt: EntryFilter, limit: int = 50) -> list[SearchHit]:
        return self._access.entries().search(text, flt, limit=limit)

    def kinds(self) -> list[Kind]:
        return self._access.entries().kinds()

    def tags(self) -> list[str]:
        return [tag for tag, _count in self._access.entries().tags()]

    # -- changes (synchronous) -------------------------------------------

    def save(self, entry: Entry, *, origin: object = None) -> Entry:
        """Save and return the stored entry. Raises StorageFull and friends."""
        saved = self._access.entries(write=True).save(entry)
        self._session.announce(Changes(entry_ids=frozenset({int(saved.id)}), origin=origin))
        return saved

    def trash(self, entry_id: int, *, origin: object = None) -> None:
        self._access.entries(write=True).trash(entry_id)
        self._session.announce(Changes(entry_ids=frozenset({entry_id}), origin=origin))

    def restore(self, entry_id: int, *, origin: object = None) -> None:
        self._access.entries(write=True).restore(entry_id)
        self._session.announce(Changes(entry_ids=frozenset({entry_id}), origin=origin))

    def delete_forever(self, entry_id: int, *, origin: object = None) -> None:
        self._access.entries(write=True).delete_forever(entry_id)
        self._session.announce(Changes(entry_ids=frozenset({entry_id}), origin=origin))

    # -- background work ---------------------------------------------------

    def import_source(
        self,
        source: Path,
        fmt: str,
        *,
        dry_run: bool = False,
        options: ImportOptions | None = None,
        on_done: Callable[[ImportReport], object],
        on_error: Callable[[BaseException], object],
        progress: Callable[[int, int], object] | None = None,
    ) -> Job:
        """Import (or, with ``dry_run``, preview) a jrnl, Day One or Markdown
        export on the runner, all or nothing; a real import that brought
        entries in is announced (``all_entries``) before ``on_done``.

        The import writes through the journal's own connection on a worker.
        While it runs the session refuses every other write (JournalBusy),
        so nothing else can land inside its transaction. Cancel (``job.cancel()``)
        or a lock stops it at its next progress report: the transaction is
        rolled back (ImportCancelled) and the journal is left as it was.
        """
        from ..core.importers import import_source

        journal = self._session._open(write=True)

        def work(job: Job) -> ImportReport:
            def tick(done: int, total: int) -> None:
                job.report(done, total)
                # At done == total the entries may already be committed: too late to stop.
                if job.cancelled and done < total:
                    raise ImportCancelled

            return import_source(journal, source, fmt, dry_run=dry_run, progress=tick, options=options)

        def done(report: ImportReport) -> None:
            if report is not None and report.imported:
                self._session.announce(Changes(all_entries=True))
            on_done(report)

        return self._session._run_on_journal(
            work,
            on_done=done,
            on_error=on_error,
            progress=progress,
            cancellable=True,
            exclusive=not dry_run,
            name="import",
        )

    # -- looking back (core.looking_back) ------------------------------------

    def look_back(self, start: dt.date, end: dt.date) -> LookingBack:
        from ..core.looking_back import look_back

        return look_back(self._access.journal(), start, end)

    def low_signal(self, today: dt.date, rule: SignalRule) -> LowSignal | None:
        from ..core.looking_back import low_signal_now

        return low_signal_now(self._access.journal(), today, rule)

    def days_reflected(self, start: dt.date, end: dt.date) -> dict[dt.date, int]:
        from ..core.looking_back import days_reflected

        return days_reflected(self._access.journal(), start, end)

    def home_visits_without_reflection(self, day: dt.date) -> int:
        from ..core.reflect_reminders import home_visits_without_reflection

        return home_visits_without_reflection(self._access.journal(), day)

    def on_this_day(self, today: dt.date) -> list[Remembered]:
        from ..core.looking_back import on_this_day

        return on_this_day(self._access.journal(), today)

    def export_markdown(
        self,
        folder: Path,
        *,
        on_done: Callable[[int], object],
        on_error: Callable[[BaseException], object],
        transform: Callable[[Entry], Entry] | None = None,
    ) -> Job:
        """Every entry as Markdown files in ``folder`` (NOT encrypted), on the
        runner; ``transform`` makes each outgoing copy (the check's redaction)."""
        from ..core.export import export_journal

        journal = self._session._open()
        return self._session._run_on_journal(
            lambda _job: (
                export_journal(journal, Path(folder), transform=transform)
                if transform is not None
                else export_journal(journal, Path(folder))
            ),
            on_done=on_done,
            on_error=on_error,
            name="export",
        )

    def export_printable(
        self,
        path: Path,
        flt: EntryFilter,
        fmt: str,
        *,
        on_done: Callable[[int], object],
        on_error: Callable[[BaseException], object],
        generated: dt.date | None = None,
        transform: Callable[[Entry], Entry] | None = None,
    ) -> Job:
        """One printable HTML or PDF file (0600, NOT encrypted) of the entries
        in ``flt``, oldest first, written on the runner; ``on_done`` gets how
        many it holds. The PDF is laid out on the worker too: QTextDocument
        and QPdfWriter are reentrant and need no widget or pixmap
        (tests/ui/test_runner.py compares it with one made on the GUI thread)."""
        from ..core.printable import build_printable_html, printable_title, write_printable_html

        journal = self._session._open()
        if generated is None:
            generated = journal.clock().astimezone().date()
        day = generated

        def write(_job: Job) -> int:
            if fmt != "pdf" and transform is None:
                return write_printable_html(journal, Path(path), flt, generated=day)
            if fmt != "pdf":  # the outgoing copy made by the identifying-information check
                from ..core.fsutil import write_private_text

                document, count = build_printable_html(journal, flt, generated=day, transform=transform)
                write_private_text(Path(path), document)
                return count
            from ..pdf import write_pdf  # Qt's PDF writer lives outside core

            document, count = build_printable_html(journal, flt, generated=day, transform=transform)
            write_pdf(Path(path), document, title=printable_title(flt), generated=day)
            return count

        return self._session._run_on_journal(
            write,
            on_done=on_done,
            on_error=on_error,
            name="export-printable",
        )


class BackupService:
    """The journal-facing part of backups: where they go, and taking one."""

    def __init__(self, session: JournalSession):
        self._session = session

    @property
    def journal_path(self) -> Path:
        return self._session._open().path

    @property
    def folder(self) -> Path:
        """The open journal's backup folder."""
        return self._session._open().backup_dir

    def folder_for(self, journal_path: Path) -> Path:
        """Where the backups of a journal that is not open are (Settings' folder, or beside it)."""
        chosen = self._session.backup_dir
        return Path(chosen) if chosen else default_backup_dir(journal_path)

    def due(self, max_age: dt.timedelta = AUTO_BACKUP_MAX_AGE) -> bool:
        return self._session._open().backup_due(max_age)

    def back_up_if_due(
        self,
        policy: RotationPolicy,
        *,
        on_done: Callable[[Path | None], object],
        on_error: Callable[[BaseException], object],
    ) -> Job:
        """The daily backup on the runner. It reads through a connection of
        its own and verifies its copy with the passphrase: locking waits for it."""
        journal = self._session._open()
        return self._session._run_on_journal(
            lambda _job: journal.backup_if_due(AUTO_BACKUP_MAX_AGE, policy),
            on_done=on_done,
            on_error=on_error,
            name="backup-daily",
        )

    def back_up_to(
        self, dest: Path, *, on_done: Callable[[Path], object], on_error: Callable[[BaseException], object]
    ) -> Job:
        journal = self._session._open()
        return self._session._run_on_journal(
            lambda _job: journal.backup(dest, reason="manual"), on_done=on_done, on_error=on_error, name="backup"
        )


class AttachmentService:
    """Pictures and PDFs kept in the journal with their entry (core.attachments)."""

    def __init__(self, session: JournalSession, access: _Access):
        self._session = session
        self._access = access

    def list(self, entry_id: int) -> list[Attachment]:
        return self._access.attachments().list(entry_id)

    def media_types(self, entry_id: int) -> dict[str, str]:
        """The entry's attachments, id to media type: what its preview may show."""
        return {a.uid: a.media_type for a in self._access.attachments().list(entry_id)}

    def get(self, uid: str) -> Attachment:
        return self._access.attachments().get(uid)

    def read(self, uid: str) -> bytes:
        return self._access.attachments().read(uid)

    def read_for_entry(self, entry_id: int, uid: str) -> bytes | None:
        return self._access.attachments().read_for_entry(entry_id, uid)

    def add(self, entry_id: int, filename: str, data: bytes, *, origin: object = None) -> Attachment:
        """Keep ``data`` with the entry. Raises AttachmentRefused (and StorageFull...)."""
        added = self._access.attachments(write=True).add(entry_id, filename, data)
        self._session.announce(Changes(entry_ids=frozenset({entry_id}), origin=origin))
        return added

    def delete(self, entry_id: int, uid: str, *, origin: object = None) -> None:
        self._access.attachments(write=True).delete(uid)
        self._session.announce(Changes(entry_ids=frozenset({entry_id}), origin=origin))

    def total_size(self) -> int:
        return self._access.attachments().total_size()


class PersonalWordService:
    """The personal dictionary, kept inside the encrypted journal."""

    def __init__(self, session: JournalSession, access: _Access):
        self._session = session
        self._access = access

    def words(self) -> list[str]:
        return self._access.personal_words().words()

    def add(self, word: str, *, origin: object = None) -> None:
        self._access.personal_words(write=True).add(word)
        self._session.announce(Changes(personal_words=True, origin=origin))


class JournalSettingsService:
    """Settings kept inside the encrypted journal (core.journal_settings)."""

    def __init__(self, session: JournalSession, access: _Access):
        self._session = session
        self._access = access

    def get(self, key: str, default: Any = None) -> Any:
        return self._access.journal_settings().get(key, default)

    def set(self, key: str, value: Any, *, origin: object = None) -> None:
        """Store ``value`` under ``key`` (None removes it) and announce it,
        unless it is already the stored value."""
        store = self._access.journal_settings(write=True)
        if store.get(key) == value:
            return
        store.set(key, value)
        self._session.announce(Changes(journal_settings=frozenset({key}), origin=origin))


# -- the session ------------------------------------------------------------------------


class JournalSession(QObject):
    """Opens, creates and locks the journal; offers the feature services.

    ``kdf`` is injectable for tests only; the app always uses the default.
    Key derivation runs on the runner so the window keeps painting.
    """

    busy_changed = Signal(bool)
    unlocked = Signal()
    unlock_failed = Signal(object)  # the JournalError (or other exception)
    locked = Signal(str)  # reason: "manual", "idle", "minimised", "quit", ...
    changed = Signal(object)  # Changes: the one change notice

    def __init__(
        self, *, kdf: KdfSettings = PRODUCTION_KDF, backup_dir: Path | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        from .packs.service import PackService
        from .supervision.service import SupervisionService

        self._kdf = kdf
        self._journal: Journal | None = None
        self._closing: Journal | None = None  # locked, closed once its last job lets go
        self._busy = False
        self._exclusive: Job | None = None  # a job writing through the connection
        self._lock_pending: str | None = None  # a lock asked for while a cancellable job stops
        self._lock_steps: dict[LockStep, list[Callable[[], object]]] = {step: [] for step in LOCK_STEPS}
        self.backup_dir = backup_dir
        self.runner = Runner(self)
        self.runner.job_finished.connect(self._on_job_finished)
        access = _Access(self)
        self.entries = EntryService(self, access)
        self.packs: PackService = PackService(self, access)
        self.supervision: SupervisionService = SupervisionService(self, access)
        self.backups = BackupService(self)
        self.personal_words = PersonalWordService(self, access)
        self.attachments = AttachmentService(self, access)
        self.journal_settings = JournalSettingsService(self, access)
        from .identifying.service import IdentifyingService

        self.identifying = IdentifyingService(self, access)
        from .cpd.service import CpdService

        self.cpd = CpdService(self, access)
        from .evidence.service import EvidenceService

        self.evidence = EvidenceService(self, access)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- state -----------------------------------------------------------

    def _open(self, *, write: bool = False) -> Journal:
        """The open journal, for the services; ``write`` refuses while an
        import writes through the same connection."""
        journal = self._journal
        if journal is None or not journal.is_open:
            raise JournalClosed("The journal is locked.")
        if write and self._exclusive is not None:
            raise JournalBusy(IMPORT_RUNNING)
        return journal

    @property
    def journal_for_tests(self) -> Journal:
        """The open journal itself. Tests only: the app uses the services."""
        return self._open()

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

    def announce(self, changes: Changes) -> None:
        """Tell every screen what changed (once per change)."""
        self.changed.emit(changes)

    # -- opening ---------------------------------------------------------

    def open_journal(self, path: Path, passphrase: str) -> None:
        """Unlock in the background; answers with ``unlocked`` or ``unlock_failed``."""
        self._start(Journal.open, path, passphrase)

    def create_journal(self, path: Path, passphrase: str) -> None:
        self._start(Journal.create, path, passphrase)

    def _start(self, fn: Callable[..., Journal], path: Path, passphrase: str) -> None:
        if self._busy or self.is_unlocked:
            return
        self._set_busy(True)
        secret = [passphrase]
        path, kdf, backup_dir = Path(path), self._kdf, self.backup_dir

        def work(_job: Job) -> tuple[Journal, FirstScreen]:
            try:
                journal = fn(path, secret[0], kdf=kdf, backup_dir=backup_dir)
            finally:
                secret[0] = ""
            try:
                return journal, read_first_screen(journal)
            except BaseException:
                if journal.is_open:
                    journal.close()
                raise

        self.runner.run(work, on_done=self._on_opened, on_error=self._on_open_failed, name="open")

    def wait_for_worker(self, msecs: int = 30_000) -> bool:
        """Wait (bounded) for background work and deliver its results (tests)."""
        return self.runner.wait_for_done(msecs)

    def _on_open_failed(self, error: BaseException) -> None:
        self._lock_pending = None
        self._set_busy(False)
        self.unlock_failed.emit(error if error is not None else JournalError("The journal could not be opened."))

    def _on_opened(self, result: tuple[Journal, FirstScreen]) -> None:
        journal, first_screen = result
        self._set_busy(False)
        if self._lock_pending is not None:
            # A lock was asked for while the key was being derived (the
            # screen locked, the lid closed): the journal never opens on screen.
            self._lock_pending = None
            journal.close()
            return
        self._journal = journal
        self.entries._first_screen = first_screen
        try:
            self.unlocked.emit()
        finally:
            self.entries._first_screen = None

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def change_passphrase(
        self,
        old: str,
        new: str,
        *,
        on_done: Callable[[Path], object],
        on_error: Callable[[BaseException], object],
    ) -> Job:
        """Re-key the open journal on the runner (the key is derived twice:
        seconds). The core's change (Journal.change_passphrase, as the
        command line's) leaves exactly one passphrase working whatever
        happens; every other write is refused while it runs. ``on_done``
        gets the backup folder: a copy taken just before the change, which
        still opens with the old passphrase, is there. A wrong ``old`` is
        WrongPassphrase, and nothing changes."""
        journal = self._open(write=True)
        secret = [old, new]

        def work(_job: Job) -> Path:
            try:
                journal.change_passphrase(secret[0], secret[1])
            finally:
                secret[0] = secret[1] = ""
            return journal.backup_dir

        return self._run_on_journal(work, on_done=on_done, on_error=on_error, exclusive=True, name="change-passphrase")

    # -- background work on the journal ------------------------------------

    def _run_on_journal(
        self,
        fn: Callable[[Job], Any],
        *,
        on_done: Callable[[Any], object],
        on_error: Callable[[BaseException], object],
        progress: Callable[..., object] | None = None,
        cancellable: bool = False,
        exclusive: bool = False,
        name: str = "",
    ) -> Job:
        """A job that uses the open journal: locking finishes or cancels it
        before the journal closes. ``exclusive``: it writes, so every other
        write is refused until it has finished."""
        if exclusive and self._exclusive is not None:
            raise JournalBusy(IMPORT_RUNNING)
        holder: list[Job] = []

        def lock_first(callback: Callable[[Any], object]) -> Callable[[Any], object]:
            """A lock asked for while this job ran (too late to cancel it)
            happens before its result is shown: a result that opens a dialog
            ("Import finished") must not hold the lock up behind it on an
            unattended screen. The callbacks find the journal locked."""

            def deliver(value: Any) -> object:
                if self._lock_pending is not None:
                    if holder and holder[0] is self._exclusive:
                        self._exclusive = None
                    reason, self._lock_pending = self._lock_pending, None
                    self.lock(reason)
                return callback(value)

            return deliver

        job = self.runner.run(
            fn,
            on_done=lock_first(on_done),
            on_error=lock_first(on_error),
            progress=progress,
            cancellable=cancellable,
            uses_journal=True,
            name=name,
        )
        holder.append(job)
        if exclusive:
            self._exclusive = job
        return job

    def _on_job_finished(self, job: Job) -> None:
        if job is self._exclusive:
            self._exclusive = None
        if not job.uses_journal:
            return
        if self._closing is not None and not self.runner.running(uses_journal=True):
            closing, self._closing = self._closing, None
            closing.close()
        if self._lock_pending is not None and not [j for j in self.runner.jobs(uses_journal=True) if j.cancellable]:
            reason, self._lock_pending = self._lock_pending, None
            self.lock(reason)

    def shutdown(self, msecs: int = JOB_WAIT_MS) -> bool:
        """Before the app quits (the window has locked as it closed): cancel
        what can stop, wait (bounded) for the rest."""
        self.runner.cancel_all()
        return self.runner.wait_for_done(msecs)

    # -- locking ---------------------------------------------------------

    def register_lock_step(self, step: LockStep, fn: Callable[[], object]) -> None:
        """Run ``fn`` at ``step`` of every lock, in the order registered:

        - "save": save what an open editor holds (the journal is still open);
        - "wait": only when a job on the journal must be waited for: hide the
          journal's screens first (the wait may take seconds);
        - "clear": clear caches and widgets of everything from the journal.
        """
        self._lock_steps[step].append(fn)

    def lock(self, reason: str = "manual") -> None:
        """Lock in one fixed sequence: save open editors, finish or cancel
        jobs on the journal, clear caches and widgets, close the journal;
        then announce ``locked``.

        A job that can be cancelled (an import) is cancelled and the lock
        completes when it has stopped (at its next progress report, with its
        transaction rolled back): the connection is never closed under it.
        At quit, it is waited for here. Other jobs (a backup verifying its
        copy) are waited for, at most JOB_WAIT_MS; past that, the screens
        are locked at once and the file is closed when the job lets go.
        """
        if self._journal is None:
            if self._busy:  # opening: _on_opened closes it again instead of showing it
                self._lock_pending = self._lock_pending or reason
            return
        stoppable = [job for job in self.runner.jobs(uses_journal=True) if job.cancellable]
        if stoppable and reason != "quit":
            for job in stoppable:
                job.cancel()
            self._lock_pending = self._lock_pending or reason
            return
        self._lock_pending = None
        finished = True
        try:
            try:
                self._run_steps("save")
                self.runner.cancel_all(uses_journal=True)
                if self.runner.running(uses_journal=True):
                    self._run_steps("wait")
                    finished = self.runner.wait(JOB_WAIT_MS, uses_journal=True)
            finally:
                # Whatever failed before, nothing of the journal stays on screen.
                self._run_steps("clear")
        finally:
            journal, self._journal = self._journal, None
            self._exclusive = None
            if finished:
                journal.close()
            else:
                self._closing = journal
            self.locked.emit(reason)
            release_freed_memory()  # the page cache and what the screens held

    def _run_steps(self, step: LockStep) -> None:
        """Every registered step runs, in order, even if one before it
        failed (a save the disk refused must not leave another editor
        unsaved or the screen uncleared); the first failure is raised after."""
        failure: BaseException | None = None
        for fn in self._lock_steps[step]:
            try:
                fn()
            except Exception as exc:  # noqa: BLE001 - re-raised below, after the other steps
                failure = failure or exc
        if failure is not None:
            raise failure

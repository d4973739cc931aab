"""The team folder in the app: at unlock, look (in the background, with a
time limit) for newer packs and offer each through the import preview.

Nothing is installed without the user's yes, with one exception the user
chooses in the preview: updates signed with a pinned publisher's key, for a
publisher whose "install later updates without asking" box was ticked.
Messages (folder gone, too many files, too slow, files skipped) go to the
status bar, which screen readers hear; none of them is a modal box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ...core.errors import JournalError, PackInvalid
from ...core.team_folder import DECLINED_KEY, DEFAULT_TIME_LIMIT, FOLDER_KEY, ScanResult, TeamPack, scan
from ..messages import error_text
from ..prompter import Prompter
from ..runner import Job
from ..session import JournalSession
from .labels import one_line, tr
from .pack_import_preview import ImportPreviewDialog
from .service import PackService

# The worker itself stops at the time limit between files; a drive that
# stops answering inside one read is given up this much later.
GRACE_MS = 3_000
# Previews shown one after another at most, per look; the rest wait for the
# next unlock (or "Look now"), and the status bar says how many.
MAX_OFFERS_PER_LOOK = 10


class TeamFolder(QObject):
    """Owns the team folder setting and the scan at unlock."""

    scan_finished = Signal(object)  # ScanResult, once its offers have been made (tests and the manage dialog)

    def __init__(
        self,
        session: JournalSession,
        prompter: Prompter,
        window: QWidget,
        say: Callable[[str], None],
        *,
        time_limit: float = DEFAULT_TIME_LIMIT,
    ):
        super().__init__(window)
        self.session = session
        self.service: PackService = session.packs
        self.prompter = prompter
        self._window = window
        self._say = say
        self.time_limit = time_limit
        self._job: Job | None = None
        self._abandoned: Job | None = None  # given up at the deadline, its worker maybe still reading
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._on_watchdog_timeout)
        self.last_result: ScanResult | None = None
        self.last_message = ""

    # -- the setting -------------------------------------------------------

    def folder(self) -> Path | None:
        if not self.session.is_unlocked:
            return None
        value = self.session.journal_settings.get(FOLDER_KEY)
        return Path(value) if isinstance(value, str) and value else None

    def set_folder(self, folder: Path | None) -> None:
        """Name the team folder (None: stop using one). Kept in the journal:
        a path may name a person or a service."""
        self.session.journal_settings.set(FOLDER_KEY, str(folder) if folder else None)
        self.session.journal_settings.set(DECLINED_KEY, None)  # a new folder: offer everything again

    # -- scanning ---------------------------------------------------------------

    @property
    def scanning(self) -> bool:
        return self._job is not None

    def start_scan(self, *, ask_again: bool = False) -> Job | None:
        """Look in the team folder in the background (at unlock, or "Look
        now", which with ``ask_again`` offers declined versions again)."""
        folder = self.folder()
        if folder is None or self._job is not None:
            return None
        if self._abandoned is not None and not self._abandoned.finished:
            # Its worker is still inside a read that has not come back: a
            # second one would only tie up another of the runner's threads.
            self.tell(tr("The team folder is still not answering, so it was not looked at this time."))
            return None
        self._abandoned = None
        installed = {p.pack.id: p.pack.version for p in self.service.installed() if not p.builtin}
        declined = {} if ask_again else self._declined()
        limit = self.time_limit

        def work(job: Job) -> ScanResult:
            return scan(folder, installed, declined=declined, time_limit=limit, cancelled=lambda: job.cancelled)

        job = self.session.runner.run(
            work, on_done=self._on_scan_done, on_error=self._on_scan_failed, cancellable=True, name="team folder"
        )
        self._job = job
        self._watchdog.start(int(limit * 1000) + GRACE_MS)
        return job

    def cancel(self) -> None:
        """At lock: stop the scan and forget its result."""
        if self._job is not None:
            self._job.cancel()
        self._job = None
        self._watchdog.stop()

    def _declined(self) -> dict[str, str]:
        value = self.session.journal_settings.get(DECLINED_KEY, {})
        return {k: v for k, v in value.items() if isinstance(v, str)} if isinstance(value, dict) else {}

    def _on_watchdog_timeout(self) -> None:
        if self._job is None:
            return
        self._job.cancel()
        self._abandoned, self._job = self._job, None  # a late result is ignored
        seconds = int(self.time_limit)
        self.tell(
            tr(
                "The team folder did not answer within %1 seconds (a slow or disconnected network drive?). "
                "It will be looked at again next time you unlock."
            ).replace("%1", str(seconds))
        )

    def _on_scan_failed(self, error: BaseException) -> None:
        self._job = None
        self._watchdog.stop()
        self.tell(tr("The team folder could not be looked at: %1").replace("%1", error_text(error)))

    def _on_scan_done(self, result: ScanResult) -> None:
        if self._job is None or not self.session.is_unlocked:
            return  # given up, or locked meanwhile
        self._job = None
        self._watchdog.stop()
        self.last_result = result
        notes = self.notes(result)
        installed = self.offer_all(result.offers[:MAX_OFFERS_PER_LOOK])
        if installed:
            notes.insert(0, installed)
        later = len(result.offers) - MAX_OFFERS_PER_LOOK
        if later > 0:
            notes.append(
                (
                    tr("1 more newer pack in the team folder will be offered next time.")
                    if later == 1
                    else tr("%1 more newer packs in the team folder will be offered next time.")
                ).replace("%1", str(later))
            )
        if notes:
            self.tell(" ".join(notes))
        self.scan_finished.emit(result)

    def notes(self, result: ScanResult) -> list[str]:
        """What to say about the scan itself (not its offers)."""
        if result.problem:
            return [one_line(result.problem, 400)]
        notes = []
        if result.timed_out:
            notes.append(
                tr("The team folder was slow: only part of it was looked at within %1 seconds.").replace(
                    "%1", str(int(self.time_limit))
                )
            )
        if result.truncated:
            notes.append(
                tr("The team folder holds too many files or folders: only the first %1 were looked at.").replace(
                    "%1", f"{result.entries_seen - 1:,}"
                )
            )
        if result.skipped_count:
            first = one_line(result.skipped[0], 200) if result.skipped else ""
            notes.append(
                (
                    tr("1 file in the team folder is not a usable prompt pack (%2).")
                    if result.skipped_count == 1
                    else tr("%1 files in the team folder are not usable prompt packs (the first: %2).")
                )
                .replace("%1", str(result.skipped_count))
                .replace("%2", first)
            )
        return notes

    # -- offering -----------------------------------------------------------------

    def offer_all(self, offers: list[TeamPack]) -> str:
        """Offer each pack in turn; returns a sentence about the updates that
        installed without asking, if any."""
        quiet: list[str] = []
        for offer in offers:
            if not self.session.is_unlocked:
                break
            try:
                preview = self.service.preview(offer.pack)
            except PackInvalid:
                continue
            pin = preview.pin
            if preview.trust == "trusted" and pin is not None and pin.auto_update and preview.change == "update":
                try:
                    self.service.import_pack(offer.pack)
                except JournalError:
                    pass  # falls through to the preview below
                else:
                    quiet.append(f"“{one_line(offer.pack.title, 80)}” {offer.pack.version}")
                    continue
            if not self._offer_one(offer, preview):
                self._remember_declined(offer)
        if not quiet:
            return ""
        return tr("Installed from the team folder, as you chose for their publisher: %1.").replace(
            "%1", ", ".join(quiet)
        )

    def _offer_one(self, offer: TeamPack, preview) -> bool:  # type: ignore[no-untyped-def]
        def run_import(older: bool, insist: bool, auto_update: bool) -> str:
            if not self.session.is_unlocked:
                return tr("The journal was locked, so the pack was not imported.")
            try:
                self.service.import_pack(offer.pack, allow_older=older, insist=insist, auto_update=auto_update)
            except JournalError as error:
                return error_text(error)
            return ""

        name = tr("%1 (from the team folder)").replace("%1", one_line(offer.path.name, 80))
        return ImportPreviewDialog.offer(self._window, self.prompter, preview, run_import, name)

    def _remember_declined(self, offer: TeamPack) -> None:
        if not self.session.is_unlocked:
            return
        declined = self._declined()
        declined[offer.pack.id] = offer.pack.version
        self.session.journal_settings.set(DECLINED_KEY, declined)

    def tell(self, text: str) -> None:
        self.last_message = text
        self._say(text)

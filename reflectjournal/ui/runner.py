"""One runner for background work: every job of the desktop app goes here.

``Runner.run(fn, on_done=..., on_error=..., progress=..., cancellable=...)``
runs ``fn(job)`` on one thread pool and brings its result (or exception),
and its progress, back to the GUI thread through one relay, so callbacks
never run on a worker. The session waits for or cancels every job in one
place (its lock sequence), with a bounded wait: nothing here waits forever.

Progress is acknowledged: after ``job.report(done, total)`` the worker waits
(at most :data:`PROGRESS_ACK_S`) until the GUI thread has handled it, so a
Cancel clicked in answer to a report is seen at that same report (the
import's "nothing was saved" promise depends on stopping before the commit).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

PROGRESS_ACK_S = 1.0  # a GUI thread that is itself waiting for the job must not stall it for long
MAX_THREADS = 4  # opening, a backup, a check and the dictionary may overlap

_ids = itertools.count(1)


class Job:
    """One piece of background work: its name, its cancel flag, its progress."""

    def __init__(self, name: str, *, cancellable: bool, uses_journal: bool, has_progress: bool):
        self.id = next(_ids)
        self.name = name
        self.cancellable = cancellable
        self.uses_journal = uses_journal  # reads or writes through the open journal's connection
        self._has_progress = has_progress
        self._cancel = threading.Event()
        self._ack = threading.Event()
        self._finished = threading.Event()  # the worker has returned (delivery may still be queued)
        self._relay: _Relay | None = None

    def __repr__(self) -> str:
        return f"<Job {self.id} {self.name}>"

    # -- from any thread ------------------------------------------------------

    def cancel(self) -> None:
        """Ask the job to stop; it checks :attr:`cancelled` at its next step."""
        self._cancel.set()
        self._ack.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def finished(self) -> bool:
        return self._finished.is_set()

    # -- from the worker -------------------------------------------------------

    def report(self, *values: object) -> None:
        """Progress (``done, total``, or any values), delivered to the GUI
        thread's ``progress`` callback; returns once that has run (or after a
        short bound)."""
        relay = self._relay
        if relay is None or not self._has_progress:
            return
        self._ack.clear()
        relay.progress.emit(self, values)
        if not self._cancel.is_set():
            self._ack.wait(PROGRESS_ACK_S)


class _Relay(QObject):
    """Carries results and progress from workers to the GUI thread (queued signals)."""

    finished = Signal(object, object, object)  # Job, result, exception | None
    progress = Signal(object, object)  # Job, the values given to Job.report


class _Task(QRunnable):
    def __init__(self, job: Job, fn: Callable[[Job], Any], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._job, self._fn, self._relay = job, fn, relay

    def run(self) -> None:
        result, error = None, None
        try:
            result = self._fn(self._job)
        except BaseException as exc:  # every failure goes to the GUI thread; none escapes the worker
            error = exc
        finally:
            self._fn = None  # the closure may hold a passphrase
            self._job._finished.set()
        self._relay.finished.emit(self._job, result, error)


class Runner(QObject):
    """One thread pool and one relay for all background work."""

    job_finished = Signal(object)  # Job, after its on_done / on_error ran

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(MAX_THREADS)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.progress.connect(self._on_progress)
        self._jobs: dict[int, tuple[Job, Callable | None, Callable | None, Callable | None]] = {}

    def run(
        self,
        fn: Callable[[Job], Any],
        *,
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        progress: Callable[..., object] | None = None,
        cancellable: bool = False,
        uses_journal: bool = False,
        name: str = "",
    ) -> Job:
        """Start ``fn(job)`` on a worker. ``on_done(result)`` or ``on_error(exc)``
        and ``progress(*values)`` run later on the GUI thread."""
        job = Job(
            name or getattr(fn, "__name__", "job"),
            cancellable=cancellable,
            uses_journal=uses_journal,
            has_progress=progress is not None,
        )
        job._relay = self._relay
        self._jobs[job.id] = (job, on_done, on_error, progress)
        self._pool.start(_Task(job, fn, self._relay))
        return job

    # -- state and waiting ----------------------------------------------------------

    def jobs(self, *, uses_journal: bool | None = None) -> list[Job]:
        """Jobs started and not yet delivered."""
        return [job for job, *_ in self._jobs.values() if uses_journal is None or job.uses_journal == uses_journal]

    def running(self, *, uses_journal: bool | None = None) -> list[Job]:
        """Jobs whose worker has not returned yet."""
        return [job for job in self.jobs(uses_journal=uses_journal) if not job.finished]

    def cancel_all(self, *, uses_journal: bool | None = None) -> list[Job]:
        """Cancel the cancellable jobs; returns those cancelled."""
        cancelled = [job for job in self.running(uses_journal=uses_journal) if job.cancellable]
        for job in cancelled:
            job.cancel()
        return cancelled

    def wait(self, msecs: int = 30_000, *, uses_journal: bool | None = None) -> bool:
        """Wait at most ``msecs`` for the workers to return (results are
        delivered later, by the event loop). True if none is still running."""
        if uses_journal is None:
            return bool(self._pool.waitForDone(msecs))
        for job in self.running(uses_journal=uses_journal):
            if not job._finished.wait(max(0.0, msecs / 1000)):
                return False
        return True

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Wait, then deliver what finished (tests, and the app before it quits)."""
        done = self.wait(msecs)
        self.deliver()
        return done

    def deliver(self) -> None:
        """Deliver the results of finished jobs now, without an event loop."""
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    # -- on the GUI thread -----------------------------------------------------------

    def _on_progress(self, job: Job, values: tuple) -> None:
        try:
            entry = self._jobs.get(job.id)
            if entry is not None and entry[3] is not None and not job.cancelled:
                entry[3](*values)
        finally:
            job._ack.set()

    def _on_finished(self, job: Job, result: Any, error: BaseException | None) -> None:
        entry = self._jobs.pop(job.id, None)
        if entry is None:
            return
        _job, on_done, on_error, _progress = entry
        try:
            if error is not None:
                if on_error is not None:
                    on_error(error)
                elif not isinstance(error, Exception):
                    raise error
            elif on_done is not None:
                on_done(result)
        finally:
            self.job_finished.emit(job)

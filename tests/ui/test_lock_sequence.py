"""The lock is one fixed sequence inside the session: save open editors,
finish or cancel jobs on the journal, clear caches and widgets, close the
journal, then announce ``locked``."""

from __future__ import annotations

import threading

import pytest

from reflectjournal.core.errors import JournalBusy
from reflectjournal.core.models import Entry
from reflectjournal.ui.session import Changes


def record_lock(window, monkeypatch, calls: list[str]) -> None:
    session = window.session
    for step in ("save", "wait", "clear"):
        session.register_lock_step(step, lambda step=step: calls.append(step))
    runner = session.runner
    real_cancel, real_wait = runner.cancel_all, runner.wait

    def cancel_all(**kwargs):
        calls.append("cancel jobs")
        return real_cancel(**kwargs)

    def wait(*args, **kwargs):
        calls.append("wait for jobs")
        return real_wait(*args, **kwargs)

    monkeypatch.setattr(runner, "cancel_all", cancel_all)
    monkeypatch.setattr(runner, "wait", wait)
    journal = session.journal_for_tests
    real_close = journal.close

    def close():
        # The editor's text was saved before the journal closed.
        calls.append("close:" + ",".join(s.title for s in journal.entries.list_entries()))
        real_close()

    monkeypatch.setattr(journal, "close", close)
    session.locked.connect(lambda reason: calls.append(f"locked:{reason}"))


def test_lock_saves_then_clears_then_closes(qtbot, open_window, monkeypatch):
    window = open_window
    qtbot.waitUntil(lambda: not window.session.runner.jobs(), timeout=10_000)  # the daily backup
    qtbot.keyClicks(window.editor.title_edit, "Typed before the lock")
    assert window.is_dirty
    calls: list[str] = []
    cleared_editor: list[str] = []
    window.session.register_lock_step("clear", lambda: cleared_editor.append(window.editor.title_edit.text()))
    record_lock(window, monkeypatch, calls)

    window.session.lock("manual")

    # No job ran, so there was nothing to wait for.
    assert calls == ["save", "cancel jobs", "clear", "close:Typed before the lock", "locked:manual"]
    assert cleared_editor == [""]  # the window's own clear step ran before ours (registration order)
    assert not window.session.is_unlocked


def test_lock_with_a_job_on_the_journal_waits_for_it_in_its_place(qtbot, open_window, monkeypatch, tmp_path):
    from reflectjournal.core import export as core_export

    window = open_window
    qtbot.waitUntil(lambda: not window.session.runner.jobs(), timeout=10_000)
    window.session.entries.save(Entry(title="In the export"))
    started, release = threading.Event(), threading.Event()
    real_export = core_export.export_journal

    def slow_export(journal, folder, flt=None):
        started.set()
        assert release.wait(10)
        return real_export(journal, folder, flt)

    monkeypatch.setattr(core_export, "export_journal", slow_export)
    exported: list[int] = []
    window.session.entries.export_markdown(tmp_path / "out", on_done=exported.append, on_error=pytest_fail)
    assert started.wait(10)

    calls: list[str] = []
    record_lock(window, monkeypatch, calls)
    hidden = []

    def while_waiting():
        # The journal's screens are hidden before the wait (which may take seconds).
        hidden.append(window.pages.currentWidget() is window.unlock_page)
        hidden.append(window.unlock_page.error_label.text())
        release.set()  # the job finishes while the lock waits

    window.session.register_lock_step("wait", while_waiting)
    window.session.lock("idle")

    assert calls == ["save", "cancel jobs", "wait", "wait for jobs", "clear", "close:In the export", "locked:idle"]
    assert hidden == [True, "Finishing the export, then locking…"]
    qtbot.waitUntil(lambda: exported == [1], timeout=5000)  # its result still arrives, on the GUI thread
    assert (tmp_path / "out" / "entries.json").exists()


def pytest_fail(error):
    raise AssertionError(f"the job failed: {error!r}")


def test_every_change_is_announced_once_and_typed(qtbot, open_window):
    window = open_window
    seen: list[Changes] = []
    window.session.changed.connect(seen.append)
    qtbot.keyClicks(window.editor.title_edit, "Announced")
    assert window.save_now()
    entry_id = window.editor.entry_id
    assert seen == [Changes(entry_ids=frozenset({entry_id}))]
    assert seen[0].origin is window.editor_pane  # the editor pane shows its own save already; others refresh
    seen.clear()
    window.trash_action.trigger()
    assert seen[0] == Changes(entry_ids=frozenset({entry_id}))
    seen.clear()
    window.session.supervision.new_preparation()
    window.session.personal_words.add("Kayleigh")
    window.session.journal_settings.set("supervision.supervisor_name", "Sam")
    window.session.journal_settings.set("supervision.supervisor_name", "Sam")  # unchanged: not announced
    assert seen == [
        Changes(supervision_sessions=True),
        Changes(personal_words=True),
        Changes(journal_settings=frozenset({"supervision.supervisor_name"})),
    ]
    assert window.session.journal_settings.get("supervision.supervisor_name") == "Sam"


def test_a_running_import_refuses_other_writes(qtbot, open_window, monkeypatch, tmp_path):
    """While the import writes through the connection, no other write can
    land inside its transaction."""
    from reflectjournal.core import importers

    window = open_window
    qtbot.waitUntil(lambda: not window.session.runner.jobs(), timeout=10_000)
    started, release = threading.Event(), threading.Event()

    def held_import(journal, source, fmt, **kwargs):
        started.set()
        assert release.wait(10)
        return importers.ImportReport(format=fmt, source=str(source))

    monkeypatch.setattr(importers, "import_source", held_import)
    reports = []
    window.session.entries.import_source(
        tmp_path / "x.json", "jrnl", on_done=reports.append, on_error=pytest_fail, progress=None
    )
    assert started.wait(10)
    try:
        for write in (
            lambda: window.session.entries.save(Entry(title="Not now")),
            lambda: window.session.packs.set_enabled("x", False),
            lambda: window.session.personal_words.add("word"),
            lambda: window.session.journal_settings.set("k", 1),
        ):
            try:
                write()
            except JournalBusy:
                continue
            raise AssertionError("a write went through during the import")
        assert window.session.entries.ids(window.list_pane.current_filter()) == []  # reads still answer
    finally:
        release.set()
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=5000)
    window.session.entries.save(Entry(title="Now it can"))


# -- found in review: failures never leave the journal open or on screen ------------------------


def test_a_save_step_that_fails_still_clears_and_closes(qtbot, open_window):
    session, calls = open_window.session, []

    def failing_save():
        calls.append("save that fails")
        raise RuntimeError("a save step failed")

    session.register_lock_step("save", failing_save)
    session.register_lock_step("save", lambda: calls.append("the next save"))
    session.register_lock_step("clear", lambda: calls.append("clear"))
    session.locked.connect(lambda reason: calls.append(f"locked:{reason}"))
    try:
        session.lock("idle")
    except RuntimeError:
        calls.append("raised after")
    assert calls == ["save that fails", "the next save", "clear", "locked:idle", "raised after"]
    assert not session.is_unlocked


def test_a_read_only_journal_is_a_typed_save_problem_in_the_editor(qtbot, open_window):
    from reflectjournal.core.errors import WriteFailed

    window = open_window
    journal = window.session.journal_for_tests
    journal.conn.execute("PRAGMA query_only = ON")  # SQLite now refuses every write, as on a read-only mount
    try:
        with pytest.raises(WriteFailed):
            journal.entries.save(Entry(title="Refused", body="x"))
        window.new_entry()
        window.editor.body_edit.setPlainText("Text that must stay in the editor")
        assert window.save_now() is False
        assert "could not be written" in window.editor_pane.banner.text()
        assert window.editor.body_edit.toPlainText() == "Text that must stay in the editor"
    finally:
        journal.conn.execute("PRAGMA query_only = OFF")
    assert window.save_now() is True  # written as soon as the journal takes writes again


def test_a_lock_asked_for_while_opening_keeps_the_journal_closed(qtbot, tmp_path):
    from reflectjournal.core.vault import Journal
    from reflectjournal.ui.session import JournalSession
    from tests.conftest import TEST_KDF, TEST_PASSPHRASE

    path = tmp_path / "j.rjournal"
    Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF).close()
    session = JournalSession(kdf=TEST_KDF)
    unlocked = []
    session.unlocked.connect(lambda: unlocked.append(True))
    session.open_journal(path, TEST_PASSPHRASE)
    assert session.is_busy
    session.lock("screen")  # the screen locks while the key is being derived
    assert session.wait_for_worker(10_000)
    assert unlocked == [] and not session.is_unlocked and not session.is_busy
    Journal.open(path, TEST_PASSPHRASE, kdf=TEST_KDF).close()  # closed and its locks let go
    # Without a lock in between, the same session opens it.
    session.open_journal(path, TEST_PASSPHRASE)
    assert session.wait_for_worker(10_000)
    assert unlocked == [True]
    session.lock("manual")


def test_a_lock_during_a_job_happens_before_its_result_is_shown(qtbot, open_window):
    session, seen = open_window.session, []
    release = threading.Event()
    session._run_on_journal(
        lambda _job: release.wait(10),
        on_done=lambda _result: seen.append(session.is_unlocked),
        on_error=lambda error: seen.append(error),
    )
    session._lock_pending = "idle"  # as when a lock arrives too late to cancel the job
    release.set()
    assert session.wait_for_worker(10_000)
    assert seen == [False]  # the result met a locked journal, so it opened no dialog over it
    assert not session.is_unlocked

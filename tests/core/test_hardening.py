"""Start-up hardening: no core dumps, not dumpable, no text in tracebacks."""

import subprocess
import sys
import textwrap

import pytest


def run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True)


def test_harden_process_sets_limits_and_dumpable_flag():
    out = run(
        """
        import resource
        from reflectjournal.core.hardening import harden_process, is_dumpable
        assert is_dumpable()
        harden_process()
        print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
        """
    )
    assert out.stdout.strip() == "(0, 0) False", out.stderr


def test_uncaught_exception_prints_no_message():
    out = run(
        """
        from reflectjournal.core.hardening import harden_process
        harden_process()
        secret = "CANARY-TEXT-IN-AN-ENTRY"
        raise ValueError(f"could not save {secret}")
        """
    )
    assert out.returncode == 1
    assert "CANARY" not in out.stderr
    assert "ValueError" in out.stderr


def test_entry_points_harden():
    out = run(
        """
        import resource, sys
        from unittest import mock
        import reflectjournal.__main__ as m
        from reflectjournal.core.hardening import is_dumpable
        with mock.patch("reflectjournal.cli.main", return_value=0):
            m.main(["list"])
        print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), sys.excepthook.__name__)
        """
    )
    assert out.stdout.strip() == "(0, 0) False safe_excepthook", out.stderr


def test_thread_and_unraisable_exceptions_print_no_message():
    out = run(
        """
        import threading
        from reflectjournal.core.hardening import harden_process
        harden_process()
        def work():
            raise ValueError("CANARY-thread")
        t = threading.Thread(target=work); t.start(); t.join()
        class Noisy:
            def __del__(self):
                raise ValueError("CANARY-del")
        Noisy()
        print("done")
        """
    )
    assert "done" in out.stdout
    assert "CANARY" not in out.stderr
    assert "ValueError" in out.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_is_given_back_on_linux():
    """The app calls this after the dictionary has loaded and at each lock
    (issue 19: about 4 MB of freed heap went back at the end of a session)."""
    from reflectjournal.core.hardening import release_freed_memory

    assert release_freed_memory() is True

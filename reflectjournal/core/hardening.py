"""Process hardening at start-up, before any journal is opened. No Qt.

- No core dumps: a crash must not write the process's memory (which holds
  decrypted entries) to disk.
- Not dumpable (Linux): other processes of the same user cannot ptrace us
  or read /proc/PID/mem.
- An exception hook that prints the exception's type and where it was
  raised, never its message or local values, which may hold entry text.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Callable
from types import TracebackType

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4


def disable_core_dumps() -> bool:
    """RLIMIT_CORE to 0; False where there is no such limit (not POSIX)."""
    try:
        import resource  # POSIX only: looked up at use
    except ImportError:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        return True
    except (ValueError, OSError):
        return False


def _linux_libc(name: str) -> Callable[..., int] | None:
    """A function of Linux's C library through ctypes (prctl, malloc_trim),
    or None where there is none (Windows, macOS, no such function, or no C
    library to load). Looked up at use, never at import."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        # The process's own symbols include the C library's; no
        # ctypes.util.find_library, which costs ~10 ms of imports and may
        # run a compiler or ldconfig.
        libc = ctypes.CDLL(None, use_errno=True)
        return getattr(libc, name)  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def make_undumpable() -> bool:
    """prctl(PR_SET_DUMPABLE, 0); False where it is not available."""
    prctl = _linux_libc("prctl")
    return prctl is not None and bool(prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0)


def is_dumpable() -> bool | None:
    """Read back the flag (for tests and the self-test); None where it
    cannot be read (no prctl on this system)."""
    prctl = _linux_libc("prctl")
    if prctl is None:
        return None
    return bool(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def safe_excepthook(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
    """Report an unexpected error without its message (which may quote text)."""
    import traceback  # only when something has gone wrong

    frames = traceback.extract_tb(tb)[-5:]
    where = " <- ".join(f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames))
    sys.stderr.write(
        f"reflectjournal: unexpected error {exc_type.__module__}.{exc_type.__qualname__} at {where or 'unknown'}\n"
        "Please report this line; it contains no journal text.\n"
    )


def _safe_thread_hook(args: threading.ExceptHookArgs) -> None:
    safe_excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def _safe_unraisable_hook(unraisable: sys.UnraisableHookArgs) -> None:
    """Exceptions in ``__del__`` and callbacks: the type only, no message or object."""
    exc_type = unraisable.exc_type
    sys.stderr.write(
        f"reflectjournal: ignored error {exc_type.__module__}.{exc_type.__qualname__}\n"
        if exc_type
        else "reflectjournal: ignored error\n"
    )


def release_freed_memory() -> bool:
    """Give the C library's freed heap back to the system (glibc's
    malloc_trim), after work that made and dropped much (a dictionary read,
    a journal closed). False where there is no malloc_trim (not glibc)."""
    trim = _linux_libc("malloc_trim")
    if trim is None:
        return False
    trim(0)
    return True


def harden_process() -> None:
    disable_core_dumps()
    make_undumpable()
    sys.excepthook = safe_excepthook
    threading.excepthook = _safe_thread_hook  # worker threads (the spell checker's loader)
    sys.unraisablehook = _safe_unraisable_hook  # __del__ and other "ignored" exceptions

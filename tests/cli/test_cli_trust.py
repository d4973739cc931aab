"""Issue 20, items 4 and 7: the command line attacked as a careless user
would: a one-character passphrase, a confirmation line that does not match,
bytes that are not UTF-8, a huge --limit and a prefix that starts 100,000
words. Each runs ``python -m reflectjournal`` in a real process with bytes
on standard input (or a real terminal, for the hidden prompt)."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reflectjournal.cli import EXIT_OK, EXIT_USAGE, LIST_MAX_LIMIT, SEARCH_MAX_LIMIT
from reflectjournal.core.models import Entry
from reflectjournal.core.passphrase_policy import HINT, weakness
from reflectjournal.core.search_query import MAX_PREFIX_WORDS, MIN_PREFIX_CHARS
from reflectjournal.core.vault import Journal

STRONG = "tea and biscuits at four"
OTHER_STRONG = "a completely different phrase"
# Class names a user must never see.
CLASS_NAMES = ("UnicodeEncodeError", "UnicodeDecodeError", "Traceback", "Unexpected error", "Error (")


def cli(*args: str | Path, stdin: bytes = b"", env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run the command line with ``stdin`` as raw bytes and no terminal."""
    result = subprocess.run(
        [sys.executable, "-m", "reflectjournal", *map(str, args)],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},  # HOME and XDG_* point into tmp (tests/conftest.py)
        start_new_session=True,
        timeout=60,
    )
    stderr = result.stderr.decode("utf-8", "replace")
    for name in CLASS_NAMES:
        assert name not in stderr, stderr
    return result


def err(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8", "replace")


def lines(*items: str | bytes) -> bytes:
    return b"".join((item if isinstance(item, bytes) else item.encode()) + b"\n" for item in items)


def opens_with(path: Path, passphrase: str) -> bool:
    from reflectjournal.core import errors

    try:
        Journal.open(path, passphrase).close()
    except errors.WrongPassphrase:
        return False
    return True


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """A journal made with the production KDF, as the CLI opens it; tests
    that change it copy it first."""
    path = tmp_path_factory.mktemp("trust") / "journal.rjournal"
    Journal.create(path, STRONG).close()
    return path


def copy_of(made: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy.rjournal"
    target.write_bytes(made.read_bytes())
    target.chmod(0o600)
    return target


# -- 4. passphrases follow the app's rule -------------------------------------------


@pytest.mark.parametrize("weak", ["x", "password1", "another"])
def test_init_refuses_a_passphrase_the_app_refuses_with_the_apps_words(tmp_path, weak):
    path = tmp_path / "new.rjournal"
    result = cli("init", "--journal", path, "--passphrase-stdin", stdin=lines(weak))
    assert result.returncode == EXIT_USAGE
    assert not path.exists()
    message = err(result)
    assert "too weak" in message
    # The very words the app's meter shows (core.passphrase_policy.weakness) and its hint.
    assert weakness(weak) in message
    assert HINT in message


def test_init_accepts_a_passphrase_the_app_accepts(tmp_path):
    path = tmp_path / "new.rjournal"
    result = cli("init", "--journal", path, "--passphrase-stdin", stdin=lines(STRONG))
    assert result.returncode == EXIT_OK, err(result)
    assert opens_with(path, STRONG)


def test_init_accepts_a_passphrase_longer_than_zxcvbn_takes(tmp_path):
    # zxcvbn 4.5 raises ValueError past 72 characters: only the start is estimated.
    path = tmp_path / "new.rjournal"
    long = "quiet harbour lantern orbit " * 4
    result = cli("init", "--journal", path, "--passphrase-stdin", stdin=lines(long, long))
    assert result.returncode == EXIT_OK, err(result)
    assert opens_with(path, long)


@pytest.mark.slow
def test_change_passphrase_refuses_a_weak_new_one_and_keeps_the_old(made, tmp_path):
    path = copy_of(made, tmp_path)
    result = cli("change-passphrase", "--journal", path, "--passphrase-stdin", stdin=lines(STRONG, "x"))
    assert result.returncode == EXIT_USAGE
    assert weakness("x") in err(result)
    assert opens_with(path, STRONG)
    assert not opens_with(path, "x")


def test_init_checks_a_confirmation_line_that_does_not_match(tmp_path):
    path = tmp_path / "new.rjournal"
    result = cli("init", "--journal", path, "--passphrase-stdin", stdin=lines(STRONG, STRONG + " "))
    assert result.returncode == EXIT_USAGE
    assert "Line 2 of standard input does not repeat the new passphrase on line 1" in err(result)
    assert not path.exists()


def test_init_with_a_matching_confirmation_line_works(tmp_path):
    path = tmp_path / "new.rjournal"
    result = cli("init", "--journal", path, "--passphrase-stdin", stdin=lines(STRONG, STRONG))
    assert result.returncode == EXIT_OK, err(result)
    assert opens_with(path, STRONG)


@pytest.mark.slow
def test_change_passphrase_checks_the_third_line(made, tmp_path):
    path = copy_of(made, tmp_path)
    bad = cli("change-passphrase", "--journal", path, "--passphrase-stdin", stdin=lines(STRONG, OTHER_STRONG, "typo"))
    assert bad.returncode == EXIT_USAGE
    assert "Line 3 of standard input does not repeat the new passphrase on line 2" in err(bad)
    assert opens_with(path, STRONG) and not opens_with(path, OTHER_STRONG)
    good = cli(
        "change-passphrase", "--journal", path, "--passphrase-stdin", stdin=lines(STRONG, OTHER_STRONG, OTHER_STRONG)
    )
    assert good.returncode == EXIT_OK, err(good)
    assert opens_with(path, OTHER_STRONG) and not opens_with(path, STRONG)


def test_help_documents_what_standard_input_holds():
    result = cli("init", "--help")
    text = " ".join(result.stdout.decode().split())
    assert "optionally the same again on line 2" in text
    assert "optionally the same again on line 3" in text
    assert "UTF-8" in text


# Python reads standard input strictly in a UTF-8 locale, and with
# surrogateescape in the C locale (UTF-8 mode): both must give the same answer.
LOCALES = [{"LC_ALL": "C.UTF-8", "PYTHONUTF8": "0"}, {"LC_ALL": "C"}]


@pytest.mark.parametrize("env", LOCALES, ids=["utf8-locale", "c-locale"])
def test_a_new_passphrase_that_is_not_utf8_is_a_usage_error(tmp_path, env):
    path = tmp_path / "new.rjournal"
    result = cli(
        "init", "--journal", path, "--passphrase-stdin", stdin=lines(b"caf\xe9 tea and biscuits at four"), env=env
    )
    assert result.returncode == EXIT_USAGE
    assert "not valid UTF-8" in err(result)
    assert not path.exists()


@pytest.mark.parametrize("env", LOCALES, ids=["utf8-locale", "c-locale"])
def test_a_passphrase_that_is_not_utf8_never_reaches_the_journal(made, env):
    result = cli("list", "--journal", made, "--passphrase-stdin", stdin=lines(b"\xff\xfe tea"), env=env)
    assert result.returncode == EXIT_USAGE
    assert "not valid UTF-8" in err(result)


def test_bad_bytes_after_the_passphrase_are_blamed_on_the_body_not_the_passphrase(made, tmp_path):
    path = copy_of(made, tmp_path)
    result = cli("add", "--title", "t", "--journal", path, "--passphrase-stdin", stdin=lines(STRONG, b"body \xff"))
    assert result.returncode == EXIT_USAGE
    assert "entry on standard input is not UTF-8" in err(result)
    with Journal.open(path, STRONG) as journal:
        assert journal.entries.count() == 0


def _run_at_a_terminal(args: list[str], typed: list[bytes], timeout: float = 60) -> tuple[int, str]:
    """Run the CLI with a real pseudo-terminal as its controlling terminal
    (so getpass reads /dev/tty), typing each of ``typed`` after a prompt."""
    controller, terminal = pty.openpty()

    def become_session_leader() -> None:
        import fcntl
        import termios

        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(
        [sys.executable, "-m", "reflectjournal", *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        preexec_fn=become_session_leader,  # noqa: PLW1509 - the child needs its own controlling terminal
        env=os.environ.copy(),
    )
    os.close(terminal)
    output = b""
    deadline = time.monotonic() + timeout
    pending = list(typed)
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(controller, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
                if pending and output.rstrip().endswith(b":"):
                    os.write(controller, pending.pop(0) + b"\n")
            elif process.poll() is not None:
                break
        code = process.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        os.close(controller)
    return code, output.decode("utf-8", "replace")


def test_a_passphrase_typed_at_the_prompt_that_is_not_utf8_is_a_usage_error(tmp_path):
    path = tmp_path / "new.rjournal"
    code, output = _run_at_a_terminal(["init", "--journal", str(path)], [b"caf\xe9 tea and biscuits at four"])
    assert code == EXIT_USAGE, output
    assert "not valid UTF-8" in output
    for name in CLASS_NAMES:
        assert name not in output
    assert not path.exists()


def test_a_weak_passphrase_at_the_prompt_is_refused_before_it_is_asked_again(tmp_path):
    path = tmp_path / "new.rjournal"
    code, output = _run_at_a_terminal(["init", "--journal", str(path)], [b"x"])
    assert code == EXIT_USAGE, output
    assert weakness("x") in output
    assert "again" not in output
    assert not path.exists()


# -- 7. --limit has a range ----------------------------------------------------------


@pytest.mark.parametrize(("command", "biggest"), [(["list"], LIST_MAX_LIMIT), (["search", "tea"], SEARCH_MAX_LIMIT)])
def test_limit_beyond_the_range_is_a_usage_error_that_says_the_range(made, command, biggest):
    for value in (str(biggest + 1), "250001", "99999999999999999999", "0", "-1"):
        result = cli(*command, "--limit", value, "--journal", made, "--passphrase-stdin", stdin=lines(STRONG))
        assert result.returncode == EXIT_USAGE, value
        assert f"from 1 to {biggest}" in err(result)
    result = cli(*command, "--limit", str(biggest), "--journal", made, "--passphrase-stdin", stdin=lines(STRONG))
    assert result.returncode == EXIT_OK, err(result)


def test_every_command_with_a_limit_has_a_range():
    from reflectjournal.cli import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # noqa: SLF001
    limited = {name for name, sub in commands.items() if any("--limit" in a.option_strings for a in sub._actions)}
    assert limited == {"list", "search"}
    for name in limited:
        action = next(a for a in commands[name]._actions if "--limit" in a.option_strings)
        with pytest.raises(Exception, match="from 1 to"):
            action.type("250001")


# -- 7. prefix searches are bounded and say so --------------------------------------


@pytest.fixture(scope="module")
def numbered(tmp_path_factory) -> Path:
    """Entries holding more words that start "e1" than a prefix may expand
    to (the attack was 111,111 case numbers "e<N>" in 300,000 entries)."""
    path = tmp_path_factory.mktemp("prefix") / "journal.rjournal"
    with Journal.create(path, STRONG) as journal:
        words = [f"e1{n}" for n in range(MAX_PREFIX_WORDS + 10)]
        journal.entries.save_many(
            [Entry(title=f"Case {n}", body=f"Case reference {' '.join(words[n::40])}.") for n in range(40)]
        )
        journal.entries.save(Entry(title="A word", body="Reference e1 on its own."))
    return path


def test_a_broad_prefix_is_searched_as_a_word_and_the_text_says_so(numbered):
    result = cli("search", "e1*", "--limit", "8000", "--journal", numbered, "--passphrase-stdin", stdin=lines(STRONG))
    assert result.returncode == EXIT_OK, err(result)
    assert f"'e1*' starts more than {MAX_PREFIX_WORDS:,} different words" in err(result)
    assert "searched as the word 'e1'" in err(result)
    assert result.stdout.decode().count("\n    ") == 1  # one hit (with its snippet): the entry with the word e1


def test_a_broad_prefix_in_json_keeps_the_results_a_list_and_says_so_on_stderr(numbered):
    result = cli("search", "e1*", "--json", "--journal", numbered, "--passphrase-stdin", stdin=lines(STRONG))
    assert result.returncode == EXIT_OK, err(result)
    hits = json.loads(result.stdout)
    assert [hit["title"] for hit in hits] == ["A word"]
    assert "searched as the word 'e1'" in err(result)


def test_a_one_letter_prefix_is_searched_as_a_word_and_the_text_says_so(numbered):
    result = cli("search", "e*", "--journal", numbered, "--passphrase-stdin", stdin=lines(STRONG))
    assert result.returncode == EXIT_OK, err(result)
    assert f"Prefixes need at least {MIN_PREFIX_CHARS} letters: 'e*' was searched as the word 'e'." in err(result)


def test_a_narrow_prefix_still_expands_and_more_matches_are_announced(numbered):
    result = cli(
        "search", "e12*", "--limit", "3", "--journal", numbered, "--passphrase-stdin", "--json", stdin=lines(STRONG)
    )
    assert result.returncode == EXIT_OK, err(result)
    assert len(json.loads(result.stdout)) == 3
    assert "Showing the best 3 matches; there are more. Use --limit" in err(result)
    assert "searched as the word" not in err(result)

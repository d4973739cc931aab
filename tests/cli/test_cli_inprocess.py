"""Parts of the command line that a subprocess cannot reach easily: hidden
prompts, unexpected errors, Ctrl-C and the choice between app and CLI."""

from __future__ import annotations

import io
import os

import pytest

import reflectjournal.__main__ as entry_point
from reflectjournal import cli


@pytest.fixture(autouse=True)
def keep_process_state(monkeypatch):
    # main() sets a private umask and hardens the process (no core dumps,
    # not dumpable, a new excepthook): keep all that out of pytest's process.
    import reflectjournal.core.hardening

    monkeypatch.setattr(reflectjournal.core.hardening, "harden_process", lambda: None)
    old = os.umask(0o022)
    os.umask(old)
    yield
    os.umask(old)


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


def answers(*replies: str):
    queue = list(replies)
    prompts: list[str] = []

    def getpass(prompt: str) -> str:
        prompts.append(prompt)
        return queue.pop(0)

    return getpass, prompts


def test_new_passphrase_is_asked_twice_at_a_terminal():
    getpass, prompts = answers("one two three", "one two three")
    source = cli.PassphraseSource(False, FakeTty(), getpass)
    assert source.ask_new() == "one two three"
    assert len(prompts) == 2


def test_new_passphrases_that_differ_are_a_usage_error():
    getpass, _ = answers("one two three", "one two there")
    source = cli.PassphraseSource(False, FakeTty(), getpass)
    with pytest.raises(cli.UsageError, match="did not match"):
        source.ask_new()


def test_passphrase_stdin_reads_one_line_at_a_time_and_keeps_spaces():
    source = cli.PassphraseSource(True, io.StringIO(" padded phrase \r\nsecond\nthe body\n"))
    assert source.ask("x") == " padded phrase "
    assert source.ask("x") == "second"


def test_passphrase_stdin_without_a_line_is_a_usage_error():
    with pytest.raises(cli.UsageError, match="first line"):
        cli.PassphraseSource(True, io.StringIO("")).ask("x")


def test_no_terminal_says_to_use_passphrase_stdin():
    with pytest.raises(cli.UsageError, match="--passphrase-stdin"):
        cli.PassphraseSource(False, io.StringIO("secret\n")).ask("x")


def _args_for(handler, *argv: str):
    args = cli.build_parser().parse_args(["verify", *argv])
    args.handler = handler
    return args


def test_unexpected_error_says_so_without_its_text_or_type(capsys, tmp_path):
    def boom(ctx):
        raise ValueError("a sentence from an entry")

    code = cli.run(_args_for(boom, "--journal", str(tmp_path / "j")), io.StringIO(), io.StringIO())
    err = capsys.readouterr().err
    assert code == cli.EXIT_UNEXPECTED
    # Issue 10: no user sees a class name (this said "ValueError" before).
    assert "ValueError" not in err
    assert "Unexpected error" in err and "report" in err
    assert "a sentence from an entry" not in err
    assert "Traceback" not in err


def test_ctrl_c_exits_130_quietly(capsys):
    def interrupted(ctx):
        raise KeyboardInterrupt

    assert cli.run(_args_for(interrupted), io.StringIO(), io.StringIO()) == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err.strip() == ""


def test_search_highlights_in_bold_only_at_a_terminal(monkeypatch):
    import datetime as dt

    from reflectjournal.core.models import HIGHLIGHT_END, HIGHLIGHT_START, EntrySummary, SearchHit

    hit = SearchHit(
        EntrySummary(1, "Title", "other", dt.date(2024, 1, 1), None, ()),
        f"a {HIGHLIGHT_START}word{HIGHLIGHT_END} here\x1b[31m",
        -1.0,
    )

    class FakeEntries:
        def search(self, *a, **k):
            return [hit]

        def kinds(self):
            return []

    class FakeJournal:
        entries = FakeEntries()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for stdout, expected in ((FakeTty(), "\x1b[1mword\x1b[0m"), (io.StringIO(), "[word]")):
        args = cli.build_parser().parse_args(["search", "word"])
        ctx = cli.Context(args, io.StringIO(), stdout)
        monkeypatch.setattr(ctx, "open_journal", lambda *a: (FakeJournal(), ""))
        assert cli.cmd_search(ctx) == cli.EXIT_OK
        text = stdout.getvalue()
        assert expected in text
        assert "\x1b[31m" not in text  # control characters from the entry are not passed through


@pytest.mark.parametrize("argv", [[], ["pack.rjpack"], ["--journal", "elsewhere.rjournal"]])
def test_no_command_starts_the_app(monkeypatch, argv):
    import reflectjournal.app

    calls = []
    monkeypatch.setattr(reflectjournal.app, "run_app", lambda a: calls.append(list(a)) or 0)
    assert entry_point.main(argv) == 0
    assert calls == [argv]


def test_a_command_runs_the_cli(monkeypatch):
    import reflectjournal.app

    monkeypatch.setattr(reflectjournal.app, "run_app", lambda a: pytest.fail("the app must not start"))
    with pytest.raises(SystemExit) as exit_info:
        entry_point.main(["--version"])
    assert exit_info.value.code == 0

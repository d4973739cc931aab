"""The command line never prints a bidirectional control from journal or
pack text (issue 20, item 6): an imported title holding U+202E cannot
reorder the terminal line, in plain output or in JSON.

Run in-process (``cli.run``) on a journal made with the production key
derivation, as the command line opens it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from reflectjournal import cli
from reflectjournal.core.models import Entry
from reflectjournal.core.packs import builtin_packs, new_pack_template, pack_to_dict, write_pack
from reflectjournal.core.unicode_safety import BIDI_CONTROLS
from reflectjournal.core.vault import Journal
from tests.cli.test_pack_cli import PACKS, run_in_process

PASS = "bidi cli passphrase"
RLO = "\u202e"
# Every control a terminal's bidi algorithm obeys, in every field the CLI prints.
ATTACK = "invoice" + "".join(sorted(BIDI_CONTROLS)) + "fdp.exe"


@pytest.fixture(scope="module")
def hostile_journal(tmp_path_factory) -> Path:
    """Text as an older version stored it (the store refuses it now):
    written below the store's title check, as an import once did."""
    from tests.legacy_rows import save_as_older_version

    path = tmp_path_factory.mktemp("bidi") / "journal.rjournal"
    with Journal.create(path, PASS) as journal:
        save_as_older_version(
            journal,
            Entry(
                title=f"Visit {ATTACK}",
                body=f"Body with {ATTACK} inside and the word zanzibar",
                child_in_mind=f"Child {RLO}text",
                tags=[f"tag{RLO}x"],
                happened_on=dt.date(2026, 3, 2),
            ),
        )
        from reflectjournal.core.models import SupervisionSession

        session = journal.supervision.save(SupervisionSession(with_name="Ana"))
        with journal.write() as conn:
            conn.execute("UPDATE supervision_sessions SET with_name = ? WHERE id = ?", (f"Ana {ATTACK}", session.id))
    return path


def run(path: Path, *argv: str) -> tuple[int, str]:
    args = cli.build_parser().parse_args([*argv, "--journal", str(path), "--passphrase-stdin"])
    out = io.StringIO()
    code = cli.run(args, io.StringIO(PASS + "\n"), out)
    return code, out.getvalue()


@pytest.mark.parametrize(
    "argv",
    [
        ("list",),
        ("list", "--json"),
        ("show", "1"),
        ("show", "1", "--json"),
        ("search", "zanzibar"),
        ("search", "zanzibar", "--json"),
        ("supervision", "list"),
        ("supervision", "list", "--json"),
    ],
)
def test_no_bidi_control_reaches_the_terminal(hostile_journal, argv, capsys):
    code, out = run(hostile_journal, *argv)
    assert code == cli.EXIT_OK
    assert "fdp.exe" in out  # the text is there, in the order it was written
    err = capsys.readouterr().err
    for ch in BIDI_CONTROLS:
        assert ch not in out, (argv, f"U+{ord(ch):04X}")
        assert ch not in err
    if "--json" in argv:
        # The same data for a program: the controls come back from the escapes.
        assert ATTACK in json.dumps(json.loads(out), ensure_ascii=False)


def test_plain_output_reads_in_written_order(hostile_journal):
    _, out = run(hostile_journal, "show", "1")
    assert out.splitlines()[0] == "Visit invoicefdp.exe"
    assert "#tagx" in run(hostile_journal, "list")[1]


def _write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_pack_commands_escape_bidi_controls(tmp_path):
    data = pack_to_dict(new_pack_template(dt.date(2026, 1, 1)))
    data["title"] = f"Pack {RLO}title"
    result = run_in_process("pack", "validate", str(_write(tmp_path / f"p{RLO}kcap.rjpack", data)))
    assert result.returncode == 4
    assert RLO not in result.stdout + result.stderr
    assert "p\\u202ekcap.rjpack" in result.stderr  # the file name, escaped, so the educator sees it
    assert "U+202E" in result.stderr  # the title's control, named
    good = _write(tmp_path / f"ok{RLO}.rjpack", pack_to_dict(new_pack_template(dt.date(2026, 1, 1))))
    for command in (("validate", str(good)), ("show", str(good))):
        result = run_in_process("pack", *command)
        assert result.returncode == 0 and RLO not in result.stdout + result.stderr


def test_pack_validate_reports_a_builtin_id(tmp_path):
    """The attack: a file with a built-in id was called valid, though import refuses it."""
    builtin = builtin_packs()[0]
    data = pack_to_dict(builtin)
    data["title"] = "My own version"
    result = run_in_process("pack", "validate", str(_write(tmp_path / "mine.rjpack", data)))
    assert result.returncode == 4
    assert "valid prompt pack" not in result.stdout
    assert "id: this id belongs to a built-in pack" in result.stderr
    data["id"] = "org.reflectjournal.builtin.not-yet-used"
    result = run_in_process("pack", "validate", str(_write(tmp_path / "reserved.rjpack", data)))
    assert result.returncode == 4 and "belongs to a built-in pack" in result.stderr


def test_pack_validate_still_passes_the_shipped_files_unchanged(tmp_path):
    shipped = sorted(PACKS.glob("*.rjpack"))[0]
    result = run_in_process("pack", "validate", str(shipped))
    assert result.returncode == 0, result.stderr
    assert "built in" in result.stdout
    copy = tmp_path / "copy.rjpack"
    copy.write_bytes(write_pack(builtin_packs()[0]))
    assert run_in_process("pack", "validate", str(copy)).returncode == 0  # byte for byte the same pack


def test_add_refuses_a_look_alike_title_with_a_usage_error(hostile_journal, capsys):
    args = cli.build_parser().parse_args(
        ["add", "--title", "Visit to the p\u0430rent", "--journal", str(hostile_journal), "--passphrase-stdin"]
    )
    code = cli.run(args, io.StringIO(PASS + "\nthe body\n"), io.StringIO())
    err = capsys.readouterr().err
    assert code == cli.EXIT_USAGE
    assert "mixes letters from different alphabets in one word" in err and "Cyrillic" in err
    assert "Visit to the" not in err  # the message never repeats journal text
    with Journal.open(hostile_journal, PASS) as journal:
        assert journal.entries.count() == 1  # nothing was added

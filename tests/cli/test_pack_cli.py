"""`reflectjournal pack validate|show|new`.

Run as `python -m reflectjournal pack ...` in a subprocess when the main
parser has the `pack` command wired in; until then (reflectjournal/cli.py
belongs to another change) the same handlers run through a tiny argparse
harness in-process, so the tests check the same behaviour either way.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import stat
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from reflectjournal.cli_pack import add_pack_commands

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "resources" / "packs"
BAD = ROOT / "tests" / "data" / "packs" / "bad"
GOOD = ROOT / "tests" / "data" / "packs" / "good"


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@cache
def wired() -> bool:
    """Whether `python -m reflectjournal pack` reaches these commands."""
    probe = subprocess.run(
        [sys.executable, "-m", "reflectjournal", "pack", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    return probe.returncode == 0 and "validate" in probe.stdout


def run_in_process(*args: str) -> Result:
    parser = argparse.ArgumentParser(prog="reflectjournal")
    add_pack_commands(parser.add_subparsers(dest="command"))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parsed = parser.parse_args(list(args))
            code = parsed.func(parsed)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
    return Result(code, out.getvalue(), err.getvalue())


def pack_cli(*args: str, cwd: Path | None = None) -> Result:
    if wired():
        done = subprocess.run(
            [sys.executable, "-m", "reflectjournal", "pack", *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            cwd=cwd or ROOT,
        )
        return Result(done.returncode, done.stdout, done.stderr)
    return run_in_process("pack", *args)


def test_every_builtin_pack_validates():
    files = sorted(str(p) for p in PACKS.glob("*.rjpack"))
    assert len(files) >= 7
    result = pack_cli("validate", *files)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.count("valid prompt pack") == len(files)


def test_validate_lists_every_problem_with_its_field_and_exits_4():
    bad = BAD / "many-problems.rjpack"
    result = pack_cli("validate", str(bad))
    assert result.returncode == 4
    lines = result.stderr.splitlines()
    assert "is not a valid prompt pack (51 problems)" in lines[0]
    assert lines[1] == f"{bad}: prompts[0].title: is missing"
    assert len(lines) == 52
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("deep-nesting.rjpack", "at most 32 levels"),
        ("title-bidi-override.rjpack", "title: holds a bidirectional control character"),
        ("prompt-id-zero-width.rjpack", 'prompts[0].id (prompt "fi\\u200drst")'),
        ("year-as-text.rjpack", "prompts[0].sources[0].year"),
        ("over-2mib.rjpack", "at most 2 MiB"),
        ("invalid-utf8.rjpack", "not valid UTF-8"),
    ],
)
def test_validate_hostile_files(name, words):
    result = pack_cli("validate", str(BAD / name))
    assert result.returncode == 4
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert "\u202e" not in result.stderr and "\u200d" not in result.stderr  # escaped, never raw


def test_validate_mixed_files_exits_4_and_reports_both():
    result = pack_cli("validate", str(GOOD / "minimal.rjpack"), str(BAD / "empty.rjpack"))
    assert result.returncode == 4
    assert "minimal.rjpack: valid prompt pack org.example.test 1.0.0, 1 prompt" in result.stdout
    assert "empty.rjpack: the file is empty" in result.stderr


def test_validate_a_missing_file_says_so(tmp_path):
    result = pack_cli("validate", str(tmp_path / "nope.rjpack"))
    assert result.returncode == 9
    assert "no such file" in result.stderr


def test_show_prints_details_prompts_and_questions():
    result = pack_cli("show", str(PACKS / "01-reflective-models.rjpack"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Reflective models\n")
    assert "id:       org.reflectjournal.builtin.reflective-models" in out
    assert "version:  1.1.0" in out
    assert "authors:  reflectjournal contributors" in out
    assert "licence:  CC-BY-4.0" in out
    assert "[org.reflectjournal.builtin.reflective-models/gibbs-cycle]" in out
    assert "   1) Description: what happened?" in out
    assert "source: Gibbs, G. (1988) Learning by Doing." in out
    assert "   serves: pcf:6, swe-ps:4" in out


def test_show_prints_a_self_care_prompt_s_reason():
    result = pack_cli("show", str(PACKS / "06-emotional-resilience-and-wellbeing.rjpack"))
    assert result.returncode == 0, result.stderr
    assert "   self-care: A check-in on the worker's own state" in result.stdout


def test_show_names_the_frameworks_a_pack_carries_and_validate_accepts_it():
    result = pack_cli("show", str(GOOD / "with-frameworks.rjpack"))
    assert result.returncode == 0, result.stderr
    assert "  framework: local-ecs 1.0.0, An example local early career framework (2 items;" in result.stdout
    assert "   serves: local-ecs:2, swe-ps:4" in result.stdout
    result = pack_cli("validate", str(GOOD / "with-frameworks.rjpack"))
    assert result.returncode == 0, result.stderr


def test_validate_names_a_framework_taking_a_built_in_id():
    result = pack_cli("validate", str(BAD / "framework-takes-a-built-in-id.rjpack"))
    assert result.returncode == 4
    assert 'frameworks[0].id: "swe-ps" is the id of a framework built into reflectjournal' in result.stderr


def test_show_escapes_control_characters(tmp_path):
    # Valid in a pack (a right-to-left mark inside Markdown) but never shown raw.
    path = tmp_path / "rtl.rjpack"
    path.write_bytes((GOOD / "unicode.rjpack").read_bytes())
    result = pack_cli("show", str(path))
    assert result.returncode == 0, result.stderr
    assert "\u200f" not in result.stdout and "\\u200f" in result.stdout


def test_show_an_invalid_file_exits_4():
    result = pack_cli("show", str(BAD / "nan.rjpack"))
    assert result.returncode == 4
    assert "NaN" in result.stderr


def test_new_writes_a_private_valid_template_and_never_overwrites(tmp_path):
    out = tmp_path / "mine.rjpack"
    result = pack_cli("new", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert pack_cli("validate", str(out)).returncode == 0
    before = out.read_bytes()
    again = pack_cli("new", "--out", str(out))
    assert again.returncode == 2
    assert "already exists" in again.stderr
    assert out.read_bytes() == before


def test_new_fills_what_it_is_given_and_validate_points_out_the_template_text_left(tmp_path):
    from reflectjournal.core.packs import read_pack_file

    bare = tmp_path / "bare.rjpack"
    assert pack_cli("new", "--out", str(bare)).returncode == 0
    checked = pack_cli("validate", str(bare))
    assert checked.returncode == 0  # sample text is a warning, not a refusal
    for field in ("id:", "authors:", "description:", "prompts[0].guidance"):
        assert any(field in line and "template" in line for line in checked.stderr.splitlines()), field

    named = tmp_path / "named.rjpack"
    made = pack_cli(
        "new",
        "--out",
        str(named),
        "--title",
        "First home visits",
        "--author",
        "Ama Mensah",
        "--organisation",
        "Greenwich Children's Services",
    )
    assert made.returncode == 0, made.stderr
    pack = read_pack_file(named)
    assert pack.id == "greenwich-childrens-services.first-home-visits"
    assert pack.title == "First home visits" and pack.authors == ("Ama Mensah",)
    assert pack.organisation == "Greenwich Children's Services"
    left = pack_cli("validate", str(named)).stderr
    assert "id:" not in left and "authors:" not in left and "description:" in left


def test_new_without_out_prints_the_template():
    result = pack_cli("new")
    assert result.returncode == 0
    assert '"format": "reflectjournal-prompt-pack"' in result.stdout


def test_pack_commands_need_a_subcommand():
    assert pack_cli().returncode == 2


def test_pack_commands_do_not_import_qt_or_open_a_journal():
    code = (
        "import sys, argparse\n"
        "from reflectjournal.cli_pack import add_pack_commands\n"
        "p = argparse.ArgumentParser(); add_pack_commands(p.add_subparsers())\n"
        f"a = p.parse_args(['pack', 'validate', {str(PACKS / '01-reflective-models.rjpack')!r}])\n"
        "rc = a.func(a)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'sqlcipher3'))]\n"
        "print(rc, bad)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy())
    assert done.stdout.strip().endswith("0 []"), done.stdout + done.stderr


def test_the_in_process_harness_matches_the_handlers():
    # Always exercised, so the handlers are covered even once the subprocess path is live.
    assert run_in_process("pack", "validate", str(GOOD / "minimal.rjpack")).returncode == 0
    assert run_in_process("pack", "validate", str(BAD / "nan.rjpack")).returncode == 4


def test_validate_says_what_to_check_without_failing(tmp_path):
    """A prompt with no sources passes, as on import, but the author is told,
    as the pack editor tells them."""
    import json

    data = json.loads((GOOD / "full.rjpack").read_text(encoding="utf-8"))
    data["prompts"][0]["sources"] = []
    path = tmp_path / "no-sources.rjpack"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = pack_cli("validate", str(path))
    assert result.returncode == 0, result.stderr
    assert "valid prompt pack" in result.stdout
    assert "to check:" in result.stderr and "source" in result.stderr.lower()

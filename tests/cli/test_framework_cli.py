"""`reflectjournal framework list|show|validate`, run in-process; the hostile
framework corpus through `framework validate` (every problem named with its
field on standard error, exit 4), and frameworks carried by an installed pack
through `--installed`."""

from __future__ import annotations

import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from reflectjournal import cli
from reflectjournal.core.frameworks import read_framework_file
from reflectjournal.core.packs import new_pack_template
from reflectjournal.core.vault import Journal
from tests.conftest import TEST_KDF, TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
FRAMEWORKS = ROOT / "resources" / "frameworks"
BAD = ROOT / "tests" / "data" / "frameworks" / "bad"
GOOD = ROOT / "tests" / "data" / "frameworks" / "good"


def run(*argv: str, expect: int = cli.EXIT_OK, stdin: str = "") -> str:
    args = cli.build_parser().parse_args(["framework", *argv])
    stdout = io.StringIO()
    code = cli.run(args, io.StringIO(stdin), stdout)
    assert code == expect, (argv, code)
    return stdout.getvalue()


@pytest.fixture
def journal_with_a_framework_pack(tmp_path, monkeypatch):
    path = tmp_path / "j" / "journal.rjournal"
    local = read_framework_file(GOOD / "local-early-career.json")
    template = new_pack_template()
    pack = dataclasses.replace(template, id="uk.example.team.pack", title="Team pack", frameworks=(local,))
    with Journal.create(path, TEST_PASSPHRASE, kdf=TEST_KDF) as j:
        j.packs.import_pack(pack)
    real_open = Journal.open.__func__

    def open_fast(cls, p, passphrase, **kwargs):
        kwargs.update(kdf=TEST_KDF)
        return real_open(cls, p, passphrase, **kwargs)

    monkeypatch.setattr(Journal, "open", classmethod(open_fast))
    return path


def test_list_shows_the_four_built_in_frameworks():
    out = run("list")
    lines = out.splitlines()
    assert [line.split()[0] for line in lines[:4]] == ["swe-ps", "kss-cf", "kss-as", "pcf"]
    assert "Social Work England professional standards (Social Work England, 2019); 6 items, built in" in lines[0]
    assert "framework list --installed" in lines[-1]
    data = json.loads(run("list", "--json"))
    assert [(f["id"], f["items"], f["builtin"]) for f in data] == [
        ("swe-ps", 6, True), ("kss-cf", 10, True), ("kss-as", 9, True), ("pcf", 9, True)
    ]  # fmt: skip
    assert data[1]["licence"] == "Open Government Licence v3.0"
    assert data[1]["source"]["url"].startswith("https://www.gov.uk/")


def test_show_gives_items_with_titles_source_and_licence():
    out = run("show", "swe-ps")
    assert out.startswith("Social Work England professional standards\n")
    assert "  licence:   © Social Work England" in out
    assert "https://www.socialworkengland.org.uk/standards/professional-standards/" in out
    assert "  swe-ps:4  Maintain my continuing professional development" in out
    assert "attribution:" in out and "notes:" in out
    data = json.loads(run("show", "pcf", "--json"))
    assert data["items"][5] == {
        "id": "pcf:6",
        "title": "Critical Reflection and Analysis",
        "description": "",
        "level": "",
    }
    assert "descriptors" in data["attribution"]


def test_show_an_unknown_framework(capsys):
    run("show", "nope", expect=cli.EXIT_NO_ENTRY)
    err = capsys.readouterr().err
    assert 'There is no framework with the id "nope".' in err and "framework list" in err


def test_framework_needs_a_subcommand(capsys):
    args = cli.build_parser().parse_args(["framework"])
    assert cli.run(args, io.StringIO(), io.StringIO()) == cli.EXIT_USAGE
    assert "framework list" in capsys.readouterr().err


def test_installed_adds_the_frameworks_of_the_journal_s_packs(journal_with_a_framework_pack):
    path = str(journal_with_a_framework_pack)
    out = run("list", "--installed", "--journal", path, "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n")
    assert "local-ecs" in out and "from the pack uk.example.team.pack" in out
    assert "framework list --installed" not in out
    shown = run(
        "show", "local-ecs", "--installed", "--journal", path, "--passphrase-stdin", stdin=TEST_PASSPHRASE + "\n"
    )
    assert "  local-ecs:2.1  Recording reflection" in shown
    assert "  local-ecs:2    Using supervision and reflection  [Year one]" in shown
    run("show", "local-ecs", expect=cli.EXIT_NO_ENTRY)  # not built in


def test_validate_the_built_in_and_good_files():
    files = [str(p) for p in sorted(FRAMEWORKS.glob("*.json"))] + [str(p) for p in sorted(GOOD.glob("*.json"))]
    out = run("validate", *files)
    lines = out.splitlines()
    assert len(lines) == 7
    assert lines[0].endswith("valid framework kss-as 1.0.0, 9 items (built in: it comes with reflectjournal)")
    assert any(line.endswith("valid framework local-ecs 1.0.0, 3 items") for line in lines)


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.iterdir()))
def test_validate_names_every_problem_with_its_field_and_exits_4(name, capsys):
    from tests.core.test_frameworks import EXPECTED

    out = run("validate", str(BAD / name), expect=cli.EXIT_DAMAGED)
    assert out == ""
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"reflectjournal: {BAD / name} is not a valid framework file (")
    field, words = EXPECTED[name]
    first = err[1]
    assert first.startswith(f"{BAD / name}: {field + ': ' if field else ''}"), first
    assert words.replace('"', "") in first.replace('"', "").replace("\\", "")
    for line in err:
        assert "\u202e" not in line and "\x07" not in line  # escaped, never sent to the terminal


def test_validate_lists_every_problem_and_a_missing_file(tmp_path, capsys):
    value = json.loads((GOOD / "local-early-career.json").read_text())
    value.update(name="", year="x")
    bad = tmp_path / "two.json"
    bad.write_text(json.dumps(value))
    run("validate", str(bad), str(GOOD / "local-early-career.json"), expect=cli.EXIT_DAMAGED)
    err = capsys.readouterr().err
    assert "(2 problems)" in err and f"{bad}: name: must not be empty" in err and f"{bad}: year: must be" in err
    run("validate", str(tmp_path / "none.json"), expect=cli.EXIT_WRITE_FAILED)
    assert "there is no such file" in capsys.readouterr().err


def test_the_framework_module_loads_only_for_framework():
    code = (
        "import sys; from reflectjournal import cli; cli.build_parser('list'); "
        "assert 'reflectjournal.cli_framework' not in sys.modules; cli.build_parser('framework'); "
        "assert 'reflectjournal.cli_framework' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)

"""`reflectjournal import` tells its three outcomes apart by exit code, run as
a user runs it (a separate process, the passphrase on standard input):
everything came across (0), some items could not and are listed while the
rest came in (11), or the source was refused and nothing came in (4). A dry
run ends with the code the import would."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from reflectjournal.cli import EXIT_CODES, EXIT_DAMAGED, EXIT_IMPORT_INCOMPLETE, EXIT_OK
from reflectjournal.core.importers import DEFAULT_LIMITS
from reflectjournal.core.vault import Journal
from tests.cli.test_import_cli import PASSPHRASE, SECRET, count_entries, run_cli, with_journal

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture
def journal_file(tmp_path) -> Path:
    path = tmp_path / "journal.rjournal"
    Journal.create(path, PASSPHRASE).close()
    return path


def jrnl_export(path: Path, *, bad: int = 0) -> Path:
    entries = [
        {"date": f"2024-03-{day:02d}", "time": "09:30", "title": f"Visit {day}", "body": f"{SECRET} {day}", "tags": []}
        for day in range(1, 5)
    ]
    entries += [{"date": "last Tuesday", "time": "", "title": SECRET, "body": SECRET, "tags": []}] * bad
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    return path


def test_everything_imported_is_exit_0_and_so_is_importing_it_again(journal_file, tmp_path):
    source = jrnl_export(tmp_path / "clean.json")
    done = with_journal(journal_file, "import", source, "--format", "jrnl")
    assert done.returncode == EXIT_OK, done.stderr
    assert "Imported 4 entries." in done.stdout and "Could not import" not in done.stdout
    again = with_journal(journal_file, "import", source, "--format", "jrnl")
    assert again.returncode == EXIT_OK, again.stderr  # all already here: nothing lost
    assert "Skipped 4 (already in this journal, or not an entry):" in again.stdout
    assert count_entries(journal_file) == 4


def test_some_items_left_out_is_exit_11_with_the_rest_imported_and_each_listed(journal_file, tmp_path):
    source = jrnl_export(tmp_path / "mixed.json", bad=2)
    dry = with_journal(journal_file, "import", source, "--format", "jrnl", "--dry-run")
    assert dry.returncode == EXIT_IMPORT_INCOMPLETE, dry.stderr
    assert "Would import 4 entries." in dry.stdout
    assert "Cannot import 2 (fix in the source, then import again):" in dry.stdout
    assert "2 items could not be imported" in dry.stderr and "would be imported" in dry.stderr
    assert count_entries(journal_file) == 0

    done = with_journal(journal_file, "import", source, "--format", "jrnl")
    assert done.returncode == EXIT_IMPORT_INCOMPLETE, done.stderr
    assert "Imported 4 entries." in done.stdout
    listed = done.stdout.split("Could not import 2 (fix in the source, then import again):\n", 1)[1]
    assert listed.startswith(
        "  entry 5: the date is missing or not understood (expected YYYY-MM-DD)\n"
        "  entry 6: the date is missing or not understood (expected YYYY-MM-DD)\n"
    )
    assert "2 items could not be imported (listed above, with the reasons); everything else was imported." in (
        done.stderr
    )
    assert SECRET not in done.stdout
    assert count_entries(journal_file) == 4


def test_files_that_hold_no_entry_do_not_change_the_exit_code(journal_file, tmp_path):
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / ".obsidian" / "app.json").write_text("{}", encoding="utf-8")
    (vault / "picture.png").write_bytes(b"\x89PNG")
    (vault / "2024-03-01 Visit.md").write_text("# Visit\n\nbody", encoding="utf-8")
    done = with_journal(journal_file, "import", vault, "--format", "markdown")
    assert done.returncode == EXIT_OK, done.stderr
    assert "Skipped 2 (already in this journal, or not an entry):" in done.stdout
    assert "picture.png: a picture or PDF: attached where a note embeds it" in done.stdout

    (vault / "2024-03-02 Broken.md").write_bytes(b"# Broken\n\n\xff\xfe not UTF-8")
    again = with_journal(journal_file, "import", vault, "--format", "markdown")
    assert again.returncode == EXIT_IMPORT_INCOMPLETE, again.stderr
    assert "Could not import 1 (fix in the source, then import again):\n  2024-03-02 Broken.md: not UTF-8" in (
        again.stdout
    )
    assert "1 item could not be imported" in again.stderr and "Fix it in the source" in again.stderr
    assert count_entries(journal_file) == 1


def test_a_refused_source_is_exit_4_with_nothing_imported(journal_file, tmp_path):
    """A zip bomb below every per-member check: three 4 MiB journals that
    compress a thousand times."""
    text = json.dumps({"entries": [{"uuid": "A" * 32, "creationDate": "2024-07-01T08:30:00Z", "text": "x"}]})
    member = (text[:-1] + " " * (4 * 1024 * 1024 - len(text)) + "}").encode()
    source = tmp_path / "Export.zip"
    with zipfile.ZipFile(source, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for i in range(3):
            archive.writestr(f"Journal {i}.json", member)
    for extra in ((), ("--dry-run",)):
        refused = with_journal(journal_file, "import", source, "--format", "dayone", *extra)
        assert refused.returncode == EXIT_DAMAGED, refused.stderr
        assert "more than the 100 times limit" in refused.stderr and "zip bomb" in refused.stderr
        assert "Nothing was imported." in refused.stderr and "The journal is as it was." in refused.stderr
        assert refused.stdout == ""
    assert count_entries(journal_file) == 0


def test_the_help_and_the_readme_say_what_each_outcome_means():
    help_text = run_cli("import", "--help").stdout
    flat = " ".join(help_text.split())
    assert "All or nothing" not in flat
    assert f"the exit code is {EXIT_IMPORT_INCOMPLETE}" in flat and f"nothing is imported (exit {EXIT_DAMAGED})" in flat
    assert f"more than {DEFAULT_LIMITS.max_zip_inflated_bytes // (1024 * 1024)} MiB" in flat
    assert "--dry-run" in flat and "the exit code is the same" in flat
    top = run_cli("--help").stdout
    assert re.search(rf"^\s+{EXIT_IMPORT_INCOMPLETE}\s+`import`: some items could not be read", top, re.M)
    readme = README.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\d+) \| (.+) \|$", readme, re.M))
    assert sorted(map(int, rows)) == sorted(code for code, _ in EXIT_CODES)
    assert "could not be read and were left out" in rows[str(EXIT_IMPORT_INCOMPLETE)]

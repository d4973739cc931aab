"""Compare what an export wrote with a reference ("golden") file.

:func:`assert_golden` compares text with a file under ``tests/export/golden/``.
A difference, or a missing reference, fails with a unified diff. Set
``REFLECTJOURNAL_UPDATE_GOLDEN=1`` to rewrite the references instead (then
read ``git diff`` and commit them on purpose): nothing is updated silently.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

GOLDEN_DIR = Path(__file__).parent / "golden"
UPDATE_VARIABLE = "REFLECTJOURNAL_UPDATE_GOLDEN"
UPDATE_HINT = (
    f"If the change is intended, run the tests again with {UPDATE_VARIABLE}=1 "
    "to rewrite the golden files, then review and commit them."
)


def updating_golden() -> bool:
    return os.environ.get(UPDATE_VARIABLE, "").strip() not in ("", "0")


def _diff(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"golden/{name}",
        tofile=f"export/{name}",
        n=2,
    )
    # A line without a final newline would run into the next diff line.
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _mismatch(actual: str, name: str, golden_dir: Path) -> str | None:
    """Why ``actual`` is not ``golden_dir/name`` (None when it is); with the
    update variable set, write it there instead."""
    path = golden_dir / name
    if updating_golden():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != actual.encode("utf-8"):
            path.write_bytes(actual.encode("utf-8"))
        return None
    if not path.is_file():
        return f"There is no golden file golden/{name}."
    expected = path.read_bytes().decode("utf-8")
    if expected != actual:
        return f"The export differs from golden/{name}:\n\n{_diff(expected, actual, name)}"
    return None


def assert_golden(actual: str, name: str, *, golden_dir: Path = GOLDEN_DIR) -> None:
    """``actual`` must equal ``golden/<name>`` exactly (every byte, line ends
    included); with the update variable set, write it there instead."""
    problem = _mismatch(actual, name, golden_dir)
    if problem:
        pytest.fail(f"{problem}\n{UPDATE_HINT}", pytrace=False)


def assert_golden_folder(folder: Path, name: str, *, golden_dir: Path = GOLDEN_DIR) -> None:
    """Every file in ``folder`` matches ``golden/<name>/``, and the two hold
    the same file names: a file the export stops writing fails too. Every
    difference is shown at once. With the update variable set, golden files
    the export no longer writes are removed."""
    written = sorted(p.name for p in folder.iterdir())
    golden = golden_dir / name
    if updating_golden() and golden.is_dir():
        for stale in golden.iterdir():
            if stale.name not in written and stale.is_file():
                stale.unlink()
    expected = sorted(p.name for p in golden.iterdir()) if golden.is_dir() else []
    problems = []
    if not updating_golden() and written != expected:
        listing = "".join(
            difflib.unified_diff(
                [f"{n}\n" for n in expected], [f"{n}\n" for n in written], f"golden/{name}/", f"export/{name}/"
            )
        )
        problems.append(f"The export wrote other files than golden/{name}/ holds:\n\n{listing}")
    for file_name in written:
        if file_name in expected or updating_golden():
            problem = _mismatch((folder / file_name).read_bytes().decode("utf-8"), f"{name}/{file_name}", golden_dir)
            if problem:
                problems.append(problem)
    if problems:
        pytest.fail("\n\n".join(problems) + f"\n\n{UPDATE_HINT}", pytrace=False)

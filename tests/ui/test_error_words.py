"""Issue 10, item 6: errors become words in one place, and no user sees a
Python class name.

Every error type the core raises lives in core/errors.py; ui/messages.py
turns each into words for every screen and cli._describe for the command
line. Each mapping is tried with every error type, and the sources of the
UI and the CLI are read for a class name formatted into text.
"""

from __future__ import annotations

import ast
import inspect
import io
from pathlib import Path

import pytest

from reflectjournal import cli
from reflectjournal.core import errors
from reflectjournal.ui import messages

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "reflectjournal"
CORE_MESSAGE = "message from the core"


def _journal_errors() -> list[type[errors.JournalError]]:
    return [cls for _, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, errors.JournalError)]


ERROR_TYPES: list[type[BaseException]] = [*_journal_errors(), PermissionError, FileNotFoundError, OSError, RuntimeError]

MAPPINGS = {
    "open": messages.open_error_text,
    "restore": messages.restore_error_text,
    "backup": lambda error: messages.backup_error_text(error, Path("/backups")),
    "import": messages.import_error_text,
    "export": messages.export_error_text,
    "save": messages.save_error_text,
    "other": messages.error_text,
}


def _make(error_type: type[BaseException]) -> BaseException:
    if issubclass(error_type, errors.PackInvalid):  # takes a name and its problems (FrameworkInvalid too)
        return error_type("pack.rjpack", [])
    if issubclass(error_type, OSError):
        return error_type(5, "Input/output error")
    return error_type(CORE_MESSAGE)


def _class_names(error: BaseException) -> list[str]:
    """The names of the error's class and of every class above it, which a
    careless fallback could show ("(JournalDamaged)", "BackupFailed")."""
    return [cls.__name__ for cls in type(error).__mro__ if cls not in (object, BaseException, Exception)]


def test_every_error_type_lives_in_core_errors():
    """No JournalError subclass is defined anywhere but core/errors.py."""
    elsewhere = []
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "core" / "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases}
                if bases & {cls.__name__ for cls in _journal_errors()}:
                    elsewhere.append(f"{path.relative_to(ROOT)}: {node.name}")
    assert elsewhere == []
    # The ones that used to live elsewhere are there.
    for name in ("ImportCancelled", "ExportTargetNotEmpty", "ExportTargetNotAFolder", "PackNotInstalled"):
        assert issubclass(getattr(errors, name), errors.JournalError)
    assert issubclass(errors.SessionNotFound, errors.EntryNotFound)


@pytest.mark.parametrize("mapping", list(MAPPINGS), ids=list(MAPPINGS))
@pytest.mark.parametrize("error_type", ERROR_TYPES, ids=lambda cls: cls.__name__)
def test_no_screen_shows_an_error_as_a_class_name(qapp, mapping, error_type):
    error = _make(error_type)
    text = MAPPINGS[mapping](error)
    assert text.strip(), "every error gets words"
    for name in _class_names(error):
        assert name not in text, f"{mapping} shows {name}: {text!r}"


def test_a_backup_that_cannot_read_the_journal_is_told_by_type_not_by_message_text(qapp):
    """ui/backups.py used to look for "DatabaseError" in the message."""
    unreadable = messages.backup_error_text(errors.BackupSourceUnreadable(CORE_MESSAGE))
    assert "may be damaged" in unreadable and "Restore from backup" in unreadable
    # A message that merely names the driver's class is no longer a signal.
    other = messages.backup_error_text(errors.BackupFailed("The backup could not be written: DatabaseError"))
    assert "may be damaged" not in other and "DatabaseError" not in other
    assert issubclass(errors.BackupSourceUnreadable, errors.BackupFailed)


def _context(tmp_path: Path) -> cli.Context:
    args = cli.build_parser().parse_args(["verify", "--journal", str(tmp_path / "journal.rjournal")])
    return cli.Context(args, io.StringIO(), io.StringIO())


@pytest.mark.parametrize("error_type", _journal_errors(), ids=lambda cls: cls.__name__)
def test_the_command_line_shows_no_class_name(tmp_path, error_type):
    error = _make(error_type)
    code, lines = cli._describe(error, _context(tmp_path))
    text = "\n".join(lines)
    assert text.strip() and code != cli.EXIT_OK
    for name in _class_names(error):
        assert name not in text, f"{name}: {text!r}"


def test_the_command_line_fallback_says_unexpected_with_what_to_do(tmp_path):
    class NewKindOfFailure(errors.JournalError):
        """A type cli._describe has no words for yet."""

    code, lines = cli._describe(NewKindOfFailure("The widget  could not\nbe found."), _context(tmp_path))
    assert code == cli.EXIT_UNEXPECTED
    text = "\n".join(lines)
    assert "NewKindOfFailure" not in text
    assert "Unexpected error: The widget could not be found." in text  # the core message, on one line
    assert "report" in text
    code, lines = cli._describe(NewKindOfFailure(), _context(tmp_path))
    assert code == cli.EXIT_UNEXPECTED and lines[0] == "Unexpected error." and "NewKindOfFailure" not in lines[1]


def _exception_names(tree: ast.AST) -> set[str]:
    """Names bound to exceptions: ``except ... as NAME`` and parameters
    called error/exc/err/e or annotated as an exception."""
    names = {"error", "exc", "err", "e", "exception"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        if isinstance(node, ast.arg) and node.annotation is not None:
            if any(word in ast.unparse(node.annotation) for word in ("Exception", "Error")):
                names.add(node.arg)
    return names


def _class_name_uses(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _exception_names(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and node.attr == "__name__"):
            continue
        owner = node.value
        # type(error).__name__
        if (
            isinstance(owner, ast.Call)
            and isinstance(owner.func, ast.Name)
            and owner.func.id == "type"
            and owner.args
            and isinstance(owner.args[0], ast.Name)
            and owner.args[0].id in names
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}")
        # error.__class__.__name__
        if (
            isinstance(owner, ast.Attribute)
            and owner.attr == "__class__"
            and isinstance(owner.value, ast.Name)
            and owner.value.id in names
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_no_ui_or_cli_module_formats_an_exceptions_class_name():
    modules = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "cli.py", PACKAGE / "cli_pack.py", PACKAGE / "app.py"]
    found = [use for path in modules for use in _class_name_uses(path)]
    assert found == []


def test_the_scan_would_see_a_class_name_formatted_into_text(tmp_path):
    """The scan above is not vacuous: both spellings it looks for are seen."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def warn(error: BaseException):\n"
        "    return 'failed (%s)' % type(error).__name__\n"
        "try:\n    pass\nexcept OSError as problem:\n    print(problem.__class__.__name__)\n"
    )
    assert _class_name_uses(sample, tmp_path) == ["sample.py:2", "sample.py:6"]

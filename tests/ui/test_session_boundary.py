"""The session is the only way in: no module under reflectjournal/ui other
than ui/session.py imports the vault, ``Journal`` or the driver, or touches
``.journal``, ``.conn`` or ``total_changes`` (read statically, so a lazy
import inside a function is seen too)."""

from __future__ import annotations

import ast
from pathlib import Path

import reflectjournal.ui as ui_package

UI = Path(ui_package.__file__).parent
SESSION = UI / "session.py"
FORBIDDEN_MODULES = ("reflectjournal.core.vault", "sqlcipher3")
FORBIDDEN_NAMES = {"Journal", "sqlcipher3"}
FORBIDDEN_ATTRIBUTES = {"journal", "conn", "total_changes", "_journal", "journal_for_tests"}


def _absolute(module: str | None, level: int, path: Path) -> str:
    """The dotted name an import in ``path`` refers to."""
    if level == 0:
        return module or ""
    package = list(path.relative_to(UI.parent.parent).with_suffix("").parts)[:-1]
    if path.name == "__init__.py":
        package = list(path.parent.relative_to(UI.parent.parent).parts)
    base = package[: len(package) - (level - 1)]
    return ".".join([*base, module] if module else base)


def violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.relative_to(UI.parent.parent)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(FORBIDDEN_MODULES):
                    found.append(f"{where} imports {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            module = _absolute(node.module, node.level, path)
            if module.startswith(FORBIDDEN_MODULES):
                found.append(f"{where} imports from {module}")
            for alias in node.names:
                if f"{module}.{alias.name}".startswith(FORBIDDEN_MODULES):
                    found.append(f"{where} imports {module}.{alias.name}")
                if alias.name in FORBIDDEN_NAMES:
                    found.append(f"{where} imports {alias.name} from {module}")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f"{where} touches .{node.attr}")
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            found.append(f"{where} names {node.id}")
    return found


def test_no_ui_module_but_the_session_reaches_the_journal():
    modules = [p for p in sorted(UI.rglob("*.py")) if p != SESSION]
    assert len(modules) > 30  # the whole package was read
    found = [v for path in modules for v in violations(path)]
    assert found == []


def test_the_check_sees_each_way_in(tmp_path, monkeypatch):
    """The check is not vacuous: each forbidden form in a UI module is reported."""
    sample = UI / "packs" / "_boundary_sample.py"
    sample_text = (
        "import sqlcipher3\n"
        "from ...core.vault import Journal\n"
        "def f(session):\n"
        "    from ...core import vault\n"
        "    session.journal.entries\n"
        "    session.journal_for_tests\n"
        "    return session._journal.conn.total_changes\n"
    )
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: sample_text)
    found = violations(sample)
    assert any("imports sqlcipher3" in v for v in found)
    assert any("imports from reflectjournal.core.vault" in v for v in found)
    assert any("imports Journal" in v for v in found)
    for attribute in ("journal", "journal_for_tests", "_journal", "conn", "total_changes"):
        assert any(v.endswith(f"touches .{attribute}") for v in found), attribute
    assert any(v.endswith(":4 imports reflectjournal.core.vault") for v in found)  # the module by name

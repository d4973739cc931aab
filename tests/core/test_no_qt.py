"""The core and the command line never import Qt, and core is a one-way stack.

The first test imports every core module and looks for Qt in
``sys.modules``: it cannot see an import inside a function that is never
called. The static tests read every core module's source instead, so a
lazy import (inside a function, under ``if``, through ``importlib``) is
found as well.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import reflectjournal.core

CORE = Path(reflectjournal.core.__file__).parent
QT_ROOTS = ("PySide6", "shiboken6")


def test_core_does_not_import_pyside6():
    code = (
        "import sys, pkgutil, importlib, reflectjournal.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'reflectjournal.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def _core_modules() -> list[Path]:
    found = sorted(CORE.rglob("*.py"))
    assert len(found) > 20, "the core package was not found"
    return found


def _module_name(path: Path) -> str:
    parts = path.relative_to(CORE.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, source: str | None = None) -> list[tuple[int, str, list[str]]]:
    """Every import in a core module, wherever it sits: (line, absolute
    module name, names taken from it). ``importlib.import_module("x")`` and
    ``__import__("x")`` with a literal name count as imports of ``x``."""
    if source is None:
        source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names = [alias.name for alias in node.names]
            found.append((node.lineno, module, names))
            # "from . import x" imports the module "package.x" too.
            found += [(node.lineno, f"{module}.{name}", []) for name in names]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                found.append((node.lineno, node.args[0].value, []))
    return found


def _is_qt(module: str) -> bool:
    return module.split(".")[0] in QT_ROOTS


def test_no_core_module_imports_qt_even_lazily():
    bad = [
        f"{path.relative_to(CORE)}:{line} imports {module}"
        for path in _core_modules()
        for line, module, _names in _imports(path)
        if _is_qt(module) or (module.startswith("reflectjournal.") and not module.startswith("reflectjournal.core"))
    ]
    assert bad == []


def test_the_static_check_sees_a_lazy_import():
    """The walk finds an import hidden in a function, relative imports and
    one through importlib: the checks here are not vacuous."""
    source = (
        "def later():\n"
        "    from PySide6.QtGui import QPdfWriter\n"
        "    import importlib\n"
        "    importlib.import_module('shiboken6')\n"
        "    from .vault import _connect\n"
        "    from ..pdf import write_pdf\n"
    )
    found = [(module, names) for _line, module, names in _imports(CORE / "sample.py", source)]
    assert ("PySide6.QtGui", ["QPdfWriter"]) in found
    assert ("shiboken6", []) in found
    assert ("reflectjournal.core.vault", ["_connect"]) in found
    assert ("reflectjournal.pdf", ["write_pdf"]) in found


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_core_module_imports_a_private_name_from_another():
    """The stack is one way and its layers meet through public names only:
    a store never borrows ``entries._iso``, a backup never ``vault._connect``."""
    bad = []
    for path in _core_modules():
        own = _module_name(path)
        for line, module, names in _imports(path):
            if not module.startswith("reflectjournal.core") or module == own:
                continue
            taken = [name for name in names if _private(name)]
            taken += [part for part in module.split(".") if _private(part)]
            if taken:
                bad.append(f"{path.relative_to(CORE)}:{line} takes {', '.join(taken)} from {module}")
    assert bad == []


def test_backup_never_reads_the_journals_private_parts():
    """Backups are given a key or a copy source; they never reach into a
    Journal (``journal._passphrase``) nor import the vault at run time."""
    tree = ast.parse((CORE / "backup.py").read_text(encoding="utf-8"))
    private_reads = [
        f"line {node.lineno}: .{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and _private(node.attr)
        and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
    ]
    assert private_reads == []
    assert all(module != "reflectjournal.core.vault" for _line, module, _names in _imports(CORE / "backup.py"))


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Lines of imports made only for type hints (``if TYPE_CHECKING:``)."""
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", getattr(node.test, "attr", "")) == "TYPE_CHECKING":
            lines |= {child.lineno for stmt in node.body for child in ast.walk(stmt) if hasattr(child, "lineno")}
    return lines


def test_the_vault_is_the_top_of_core():
    """Connection, timestamps, the lock, the stores and the backup module sit
    below the vault: none imports it at run time (type hints aside)."""
    bad = []
    for path in _core_modules():
        if path.name == "vault.py":
            continue
        hints = _type_checking_only(ast.parse(path.read_text(encoding="utf-8")))
        bad += [
            f"{path.relative_to(CORE)}:{line}"
            for line, module, _names in _imports(path)
            if module == "reflectjournal.core.vault" and line not in hints
        ]
    assert bad == []

"""A wheel holds every package and every resource the app reads."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_package_is_listed():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "reflectjournal").rglob("__init__.py")}
    listed = set(setuptools_config()["packages"])
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert "reflectjournal.resources" in listed


def test_every_resource_the_app_reads_is_shipped():
    config = setuptools_config()
    assert config["package-dir"]["reflectjournal.resources"] == "resources"
    patterns = config["package-data"]["reflectjournal.resources"]
    needed = [
        p
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix in {".rjpack", ".json", ".png", ".svg", ".qm"}
    ]
    assert needed
    for path in needed:
        rel = path.relative_to(ROOT / "resources").as_posix()
        assert any(
            fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern.replace("**/", "*/")) for pattern in patterns
        ), rel

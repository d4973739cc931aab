"""The installer recipes that cannot be built here (Flatpak, Windows,
macOS) stay consistent with the app: ids, versions, dependencies, files."""

from __future__ import annotations

import ast
import os
import plistlib
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

from reflectjournal import __version__
from reflectjournal.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_pyinstaller_spec_is_valid_python():
    ast.parse((PACKAGING / "pyinstaller" / "reflectjournal.spec").read_text())


def test_flatpak_manifest():
    manifest = yaml.safe_load((PACKAGING / "flatpak" / f"{DESKTOP_ID}.yml").read_text())
    assert manifest["id"] == DESKTOP_ID
    assert manifest["command"] == "reflectjournal"
    assert manifest["runtime"] == "org.kde.Platform"
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["runtime-version"] == manifest["base-version"]
    args = manifest["finish-args"]
    assert "--share=network" not in args
    assert not [a for a in args if a.startswith("--filesystem")]
    assert {"--socket=wayland", "--socket=fallback-x11", "--device=dri"} <= set(args)
    app = manifest["modules"][-1]
    commands = "\n".join(app["build-commands"])
    for path in re.findall(r"(?:packaging|resources)/[\w./${}-]+", commands):
        path = path.replace("${FLATPAK_ID}", DESKTOP_ID).replace("${size}x${size}", "16x16")
        assert (ROOT / path).exists(), path
    assert "--self-test" in commands


def test_flatpak_requirements_cover_the_project_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {re.split(r"[<>=!~\[ ;]", dep)[0].lower().replace("_", "-") for dep in project["dependencies"]}
    wanted.discard("pyside6-essentials")  # from io.qt.PySide.BaseApp
    lines = (PACKAGING / "flatpak" / "requirements.txt").read_text().splitlines()
    pinned = {line.split("==")[0].lower() for line in lines if line and not line.startswith("#")}
    assert pinned == wanted, "keep packaging/flatpak/requirements.txt in step with pyproject.toml"
    assert all("==" in line for line in lines if line and not line.startswith("#"))


def test_inno_setup_script():
    text = (PACKAGING / "windows" / "reflectjournal.iss").read_text()
    assert f'#define AppVersion "{__version__}"' in text
    assert f'#define AppId "{DESKTOP_ID}"' in text
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.M)
    assert 'Source: "build\\pyinstaller\\reflectjournal\\*"' in text
    assert ".rjpack" in text


def test_macos_entitlements_are_a_valid_plist():
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert entitlements == {}  # the hardened runtime with nothing relaxed


def test_shell_scripts_parse_and_are_executable():
    for script in [*PACKAGING.rglob("*.sh")]:
        assert os.access(script, os.X_OK), script
        shell = "bash" if script.read_text().startswith("#!/usr/bin/env bash") else "sh"
        result = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stderr}"


def test_make_icons_writes_a_windows_icon(tmp_path):
    target = tmp_path / "reflectjournal.ico"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM") or "offscreen")
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "linux" / "make-icons.py"), "--ico", str(target)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_pyinstaller_bundle_ships_the_zone_database():
    """Day One imports convert named zones; the one-folder bundle must carry
    tzdata rather than depend on the computer's zone database."""
    spec = (PACKAGING / "pyinstaller" / "reflectjournal.spec").read_text()
    assert 'collect_data_files("tzdata")' in spec
    assert '"tzdata",' in spec

"""Desktop integration in packaging/linux/: the validators, the MIME type,
the icons and the per-user install script."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reflectjournal import __version__
from reflectjournal.app import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_ID}.desktop"
METAINFO = LINUX / f"{DESKTOP_ID}.metainfo.xml"
MIME = LINUX / f"{DESKTOP_ID}.mime.xml"
INSTALL = LINUX / "install-user.sh"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PACK_TYPE = "application/x-reflectjournal-pack"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        why = f"{tool} is not installed (Debian: scripts/test-packages.txt lists its package)"
        if os.environ.get("REFLECTJOURNAL_CI"):
            pytest.fail(why)  # CI installs it: a skip there would hide a broken set-up
        pytest.skip(why)
    return path


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


# -- the .desktop file -----------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate():
    tool = need("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_desktop_file_content():
    entry = desktop_entry()
    assert entry["Version"] == "1.4"  # Debian 12's validator rejects 1.5
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "reflectjournal %f"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["MimeType"].split(";") == [PACK_TYPE, ""]
    assert "Office" in entry["Categories"].split(";")
    assert "social work" in entry["Keywords"].split(";")
    assert entry["StartupWMClass"] == "reflectjournal"  # WM_CLASS of the Qt window, checked with xprop


# -- AppStream metainfo ----------------------------------------------------------


def test_metainfo_passes_appstreamcli_validate():
    tool = need("appstreamcli")
    result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_content():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.find("provides/mediatype").text == PACK_TYPE
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__, "add release notes for the new version"
    first = [r for r in releases if r.get("version") == "0.1.0"][0]
    assert first.get("date") == "2026-11-25"
    assert first.findall("description/ul/li")
    assert len(root.find("description").findall("p")) >= 2


def test_metainfo_screenshots_are_files_in_docs():
    root = ET.parse(METAINFO).getroot()
    images = [image.text for image in root.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert "/docs/" in url
        assert (ROOT / "docs" / url.rsplit("/docs/", 1)[1]).is_file(), url


# -- MIME type -------------------------------------------------------------------


def test_mime_xml_declares_the_pack_type():
    root = ET.parse(MIME).getroot()
    assert root.tag == f"{{{MIME_NS['m']}}}mime-info"
    types = root.findall("m:mime-type", MIME_NS)
    assert [t.get("type") for t in types] == [PACK_TYPE]
    pack = types[0]
    assert [g.get("pattern") for g in pack.findall("m:glob", MIME_NS)] == ["*.rjpack"]
    assert [s.get("type") for s in pack.findall("m:sub-class-of", MIME_NS)] == ["application/json"]
    comment = pack.find("m:comment", MIME_NS)
    assert comment is not None and comment.text and comment.get("{http://www.w3.org/XML/1998/namespace}lang") is None
    assert list((ROOT / "resources" / "packs").glob("*.rjpack")), "the glob should match the built-in packs"


# -- icons -----------------------------------------------------------------------


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", SIZES)
def test_png_icon_exists_at_its_size(size):
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
    assert path.is_file(), "run packaging/linux/make-icons.py"
    assert png_size(path) == (size, size)


def test_svg_icon_is_square_and_scalable():
    root = ET.parse(HICOLOR / "scalable" / "apps" / f"{DESKTOP_ID}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    assert width == height
    # Drawn shapes only: nothing to fetch or run.
    text = (HICOLOR / "scalable" / "apps" / f"{DESKTOP_ID}.svg").read_text()
    for banned in ("<image", "<script", "href=", "<foreignObject"):
        assert banned not in text


# -- install-user.sh -------------------------------------------------------------


def install(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", str(INSTALL), *args], capture_output=True, text=True, env=env or dict(os.environ))


def our_files(share: Path) -> list[Path]:
    return sorted(p for p in share.rglob("*") if p.is_file() and DESKTOP_ID in p.name)


def expected_files(share: Path) -> list[Path]:
    icons = [share / "icons/hicolor" / f"{s}x{s}" / "apps" / f"{DESKTOP_ID}.png" for s in SIZES]
    return sorted(
        [
            share / "applications" / f"{DESKTOP_ID}.desktop",
            share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
            share / "mime" / "packages" / f"{DESKTOP_ID}.xml",
            share / "icons/hicolor/scalable/apps" / f"{DESKTOP_ID}.svg",
            *icons,
        ]
    )


@pytest.fixture
def fake_program(tmp_path) -> Path:
    program = tmp_path / "my apps" / "reflectjournal"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return program


def test_install_and_uninstall_into_a_prefix(tmp_path, fake_program):
    prefix = tmp_path / "a prefix"
    result = install("--prefix", str(prefix), "--exec", str(fake_program))
    assert result.returncode == 0, result.stdout + result.stderr
    share = prefix / "share"
    assert our_files(share) == expected_files(share)
    for path in our_files(share):
        assert path.stat().st_mode & 0o777 == 0o644

    entry = desktop_entry(share / "applications" / f"{DESKTOP_ID}.desktop")
    assert entry["Exec"] == f'"{fake_program}" %f'  # quoted: the path has a space
    assert entry["TryExec"] == str(fake_program)
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(share / "applications" / f"{DESKTOP_ID}.desktop")])
        assert check.returncode == 0
    if shutil.which("update-desktop-database"):
        cache = (share / "applications" / "mimeinfo.cache").read_text()
        assert f"{PACK_TYPE}={DESKTOP_ID}.desktop;" in cache
    if shutil.which("update-mime-database"):
        assert (share / "mime" / "application" / "x-reflectjournal-pack.xml").is_file()
        assert "*.rjpack" in (share / "mime" / "globs2").read_text()
    # Never creates an icon cache (a stale one would hide other apps' icons).
    assert not (share / "icons" / "hicolor" / "icon-theme.cache").exists()

    again = install("--prefix", str(prefix), "--exec", str(fake_program))
    assert again.returncode == 0, again.stderr
    assert our_files(share) == expected_files(share)

    removed = install("--prefix", str(prefix), "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert our_files(share) == []
    if shutil.which("update-mime-database"):
        assert not (share / "mime" / "application" / "x-reflectjournal-pack.xml").exists()


def test_default_is_xdg_data_home_and_prefix_variable_works(tmp_path, fake_program, isolated_home):
    result = install("--exec", str(fake_program))
    assert result.returncode == 0, result.stderr
    share = Path(os.environ["XDG_DATA_HOME"])
    assert our_files(share) == expected_files(share)
    assert install("--uninstall").returncode == 0
    assert our_files(share) == []

    env = dict(os.environ, PREFIX=str(tmp_path / "env-prefix"))
    assert install("--exec", str(fake_program), env=env).returncode == 0
    assert our_files(tmp_path / "env-prefix" / "share") == expected_files(tmp_path / "env-prefix" / "share")


def test_install_refuses_a_program_it_cannot_run_and_unknown_options(tmp_path):
    result = install("--prefix", str(tmp_path), "--exec", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert "not an executable" in result.stderr
    assert install("--bogus").returncode == 2
    assert our_files(tmp_path) == []


def test_installed_pack_type_is_recognised_by_qt(tmp_path, fake_program):
    need("update-mime-database")
    prefix = tmp_path / "prefix"
    assert install("--prefix", str(prefix), "--exec", str(fake_program)).returncode == 0
    probe = (
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "m = QMimeDatabase().mimeTypeForFile('/nowhere/Team pack.rjpack', QMimeDatabase.MatchMode.MatchExtension)\n"
        "print(m.name(), m.inherits('application/json'), m.comment())\n"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(prefix / "share"))
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.split()[:2] == [PACK_TYPE, "True"], out.stdout + out.stderr


def test_appstream_validates_the_installed_tree(tmp_path, fake_program):
    tool = need("appstreamcli")
    prefix = tmp_path / "prefix"
    assert install("--prefix", str(prefix), "--exec", str(fake_program)).returncode == 0
    result = subprocess.run([tool, "validate-tree", "--no-net", str(prefix)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

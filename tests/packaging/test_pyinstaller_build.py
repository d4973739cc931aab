"""The PyInstaller one-folder build starts and passes its self-test.

Slow (about 20 s) and needs PyInstaller (the ``packaging`` extra), so it is
skipped where that is not installed, as in CI; packaging/pyinstaller/build.sh
runs the same checks and measures the result.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reflectjournal import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "pyinstaller" / "reflectjournal.spec"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the spec's pruning is checked on Linux"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[packaging]'); packaging/pyinstaller/build.sh builds it",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        + ["--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(SPEC)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out / "dist" / "reflectjournal"


def run(bundle: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM") or "offscreen")
    return subprocess.run([str(bundle / "reflectjournal"), *args], capture_output=True, text=True, env=env, timeout=120)


def test_built_app_reports_its_version(bundle):
    result = run(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"reflectjournal {__version__}"


def test_built_app_passes_its_self_test(bundle):
    result = run(bundle, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All 8 checks passed" in result.stdout


def test_bundle_leaves_out_what_the_app_never_uses(bundle):
    files = [p.relative_to(bundle).as_posix() for p in bundle.rglob("*")]
    for unwanted in ("Qt6Qml", "Qt6Quick", "WebEngine", "Qt6Pdf", "Qt63D", "Multimedia", "/qml/", "libgtk", "pytest"):
        assert not [f for f in files if unwanted in f], unwanted
    assert not [f for f in files if f.endswith(".qm") and "/resources/" not in f], (
        "Qt translations the app does not ship"
    )
    plugins = {f.split("/plugins/", 1)[1] for f in files if "/plugins/" in f and f.endswith(".so")}
    for needed in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):  # fmt: skip
        assert needed in plugins
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()], "dangling symlinks"


def test_bundle_carries_resources_and_desktop_files(bundle):
    internal = bundle / "_internal"
    assert len(list((internal / "resources" / "packs").glob("*.rjpack"))) >= 7
    assert (internal / "resources" / "icons" / "hicolor" / "scalable" / "apps").is_dir()
    assert os.access(internal / "packaging" / "linux" / "install-user.sh", os.X_OK)


def test_bundle_installs_its_own_menu_entry(bundle, tmp_path):
    script = bundle / "_internal" / "packaging" / "linux" / "install-user.sh"
    result = subprocess.run(["sh", str(script), "--prefix", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    desktop = next((tmp_path / "share" / "applications").glob("*.desktop")).read_text()
    assert f"Exec={bundle / 'reflectjournal'} %f" in desktop

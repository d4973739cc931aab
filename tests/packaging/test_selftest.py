"""``reflectjournal --self-test``, run as a user would: in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHECKS = ("qt", "fonts", "icon", "pdf", "sqlcipher", "lock", "packs", "hardening")


def run_self_test(tmp_path: Path, *extra: str, **env_changes: str | None) -> subprocess.CompletedProcess[str]:
    """Run the self-test with its own TMPDIR, so a test can see it clean up."""
    env = dict(os.environ)
    temp = tmp_path / "tmpdir"
    temp.mkdir(exist_ok=True)
    env["TMPDIR"] = str(temp)
    for key, value in env_changes.items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return subprocess.run(
        [sys.executable, "-m", "reflectjournal", "--self-test", *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def status_of(stdout: str) -> dict[str, str]:
    """{check name: "PASS" or "FAIL"} from the report's lines."""
    found = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("PASS", "FAIL"):
            found[parts[1]] = parts[0]
    return found


def test_passes_here_quickly_and_leaves_nothing_behind(tmp_path, isolated_home):
    # A journal at the default place must not be opened, locked or changed.
    journal = isolated_home / ".local/share/reflectjournal/journal.rjournal"
    journal.parent.mkdir(parents=True)
    journal.write_bytes(b"not really a journal")
    before = journal.stat().st_mtime_ns

    started = time.monotonic()
    result = run_self_test(tmp_path)
    elapsed = time.monotonic() - started

    assert result.returncode == 0, result.stdout + result.stderr
    assert status_of(result.stdout) == dict.fromkeys(CHECKS, "PASS")
    assert f"All {len(CHECKS)} checks passed" in result.stdout
    assert elapsed < 15, f"the self-test took {elapsed:.1f} s"  # about 0.3 s here; generous for slow CI
    assert list((tmp_path / "tmpdir").iterdir()) == []
    assert sorted(p.name for p in journal.parent.iterdir()) == ["journal.rjournal"]
    assert journal.stat().st_mtime_ns == before
    assert not (isolated_home / ".config" / "reflectjournal").exists()


def test_without_a_display_it_uses_offscreen_and_says_so(tmp_path):
    result = run_self_test(tmp_path, DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM=None)
    assert result.returncode == 0, result.stdout + result.stderr
    qt_line = next(line for line in result.stdout.splitlines() if line.split()[1:2] == ["qt"])
    assert "offscreen platform" in qt_line
    assert "QT_QPA_PLATFORM=offscreen was used" in qt_line


def test_an_empty_platform_variable_is_treated_as_unset(tmp_path):
    # Qt aborts on an empty QT_QPA_PLATFORM; the self-test must not.
    result = run_self_test(tmp_path, DISPLAY=None, WAYLAND_DISPLAY=None, QT_QPA_PLATFORM="")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Qt checks run in a forked child on Linux only")
def test_qt_that_cannot_start_is_reported_and_the_rest_still_run(tmp_path):
    # An unknown platform plugin makes Qt abort the process, as a missing
    # xcb library does on a fresh machine.
    result = run_self_test(tmp_path, QT_QPA_PLATFORM="no-such-platform")
    assert result.returncode == 1
    status = status_of(result.stdout)
    assert status["qt"] == "FAIL"
    assert {status[name] for name in ("fonts", "icon", "pdf")} == {"FAIL"}
    assert {status[name] for name in ("sqlcipher", "lock", "packs", "hardening")} == {"PASS"}
    assert '"no-such-platform"' in result.stdout  # Qt's own words
    assert "checks failed" in result.stdout
    assert "  - qt: " in result.stdout
    assert list((tmp_path / "tmpdir").iterdir()) == []


def test_fonts_that_render_as_boxes_fail(tmp_path):
    # A fontconfig set-up with no fonts: families may still answer, but
    # there is no glyph for "A".
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?>\n<fontconfig><cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>\n')
    result = run_self_test(tmp_path, FONTCONFIG_FILE=str(config), QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 1
    status = status_of(result.stdout)
    assert status["fonts"] == "FAIL"
    assert status["qt"] == "PASS"
    assert "empty boxes" in result.stdout
    assert "fonts-dejavu-core" in result.stdout


def test_arguments_are_refused(tmp_path):
    result = run_self_test(tmp_path, "--journal", "x")
    assert result.returncode == 2
    assert "takes no arguments" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and the forked Qt child are Linux-only")
def test_missing_xcb_libraries_are_named(tmp_path):
    # A stand-in ldd that reports what a fresh machine lacks; Qt itself
    # fails because there is no display.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_ldd = bin_dir / "ldd"
    fake_ldd.write_text("#!/bin/sh\necho '\tlibxcb-cursor.so.0 => not found'\necho '\tlibc.so.6 => /lib/libc.so.6'\n")
    fake_ldd.chmod(0o755)
    result = run_self_test(
        tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=None, WAYLAND_DISPLAY=None, PATH=f"{bin_dir}:{os.environ['PATH']}"
    )
    assert result.returncode == 1
    assert "The xcb plugin cannot find libxcb-cursor.so.0 (ldd)" in result.stdout
    assert "scripts/system-packages.txt" in result.stdout

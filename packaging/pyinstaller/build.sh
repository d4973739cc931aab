#!/usr/bin/env bash
# Build reflectjournal as a one-folder PyInstaller bundle, then check it:
# the built app's --version and --self-test, the folder's size and the
# start-up time of --version (median of 5).
#
#   packaging/pyinstaller/build.sh             build into build/pyinstaller/reflectjournal/
#   packaging/pyinstaller/build.sh --archive   also pack it as build/pyinstaller/reflectjournal-<version>-linux-<arch>.tar.gz
#
# Build on the oldest Linux you want to support (the bundle needs that glibc
# or newer), with the Qt libraries from scripts/system-packages.txt
# installed: PyInstaller bundles the xcb libraries it finds, and a bundle
# built without them only starts where they happen to be installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

archive=0
case "${1:-}" in
    --archive) archive=1 ;;
    "") ;;
    *) echo "usage: $0 [--archive]" >&2; exit 2 ;;
esac

[ -x .venv/bin/python ] || scripts/setup
py=.venv/bin/python
if ! "$py" -c 'import PyInstaller' 2>/dev/null; then
    echo "Installing PyInstaller into .venv (the 'packaging' extra)"
    "$py" -m pip install -q -e ".[packaging]"
fi

out=build/pyinstaller
rm -rf "$out/reflectjournal" "$out/work"
started=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$out" --workpath "$out/work" packaging/pyinstaller/reflectjournal.spec
echo "built $out/reflectjournal in $(($(date +%s) - started)) s with PyInstaller $("$py" -c 'import PyInstaller; print(PyInstaller.__version__)')"

app="$out/reflectjournal/reflectjournal"
# Qt aborts if QT_QPA_PLATFORM is set but empty; with no display, use offscreen.
if [ -z "${QT_QPA_PLATFORM:-}" ]; then
    unset QT_QPA_PLATFORM
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        export QT_QPA_PLATFORM=offscreen
    fi
fi

echo
echo "== $app --version"
"$app" --version
echo
echo "== $app --self-test"
"$app" --self-test

echo
echo "== measurements"
size_bytes=$(du -sb "$out/reflectjournal" | cut -f1)
files=$(find "$out/reflectjournal" -type f | wc -l)
"$py" - "$app" "$size_bytes" "$files" <<'EOF'
import statistics
import subprocess
import sys
import time

app, size, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
subprocess.run([app, "--version"], check=True, capture_output=True)  # warm the page cache once
times = []
for _ in range(5):
    started = time.perf_counter()
    subprocess.run([app, "--version"], check=True, capture_output=True)
    times.append(time.perf_counter() - started)
started = time.perf_counter()
subprocess.run([app, "--self-test"], check=True, capture_output=True)
self_test = time.perf_counter() - started
print(f"folder size: {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB) in {files} files")
print(f"start-up of --version, median of 5: {statistics.median(times):.3f} s (runs: {', '.join(f'{t:.3f}' for t in times)})")
print(f"--self-test, wall time: {self_test:.2f} s")
EOF

if [ "$archive" = 1 ]; then
    version=$("$app" --version | awk '{print $2}')
    tarball="$out/reflectjournal-$version-linux-$(uname -m).tar.gz"
    tar -C "$out" -czf "$tarball" reflectjournal
    echo "archive: $tarball ($(du -h "$tarball" | cut -f1))"
fi
echo
echo "Add the menu entry and icon for this build with:"
echo "  $out/reflectjournal/_internal/packaging/linux/install-user.sh"

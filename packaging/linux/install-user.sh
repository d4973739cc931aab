#!/bin/sh
# Install reflectjournal's desktop integration for the current user: the menu
# entry (.desktop), AppStream metainfo, the icon in every size and the MIME type
# for prompt packs (*.rjpack), so that opening a pack in the file manager starts
# reflectjournal's import preview. Needs no root and no Qt.
#
#   packaging/linux/install-user.sh                 install into $XDG_DATA_HOME (~/.local/share)
#   packaging/linux/install-user.sh --prefix DIR    install into DIR/share (or PREFIX=DIR)
#   packaging/linux/install-user.sh --exec PATH     the reflectjournal program the menu entry starts
#   packaging/linux/install-user.sh --uninstall     remove what an install put there
#
# Without --exec, the program is the PyInstaller bundle this script sits in,
# else `reflectjournal` on PATH, else this checkout's .venv/bin/reflectjournal.
set -eu

APP_ID=io.github.reflectjournal.ReflectJournal
SIZES="16 24 32 48 64 128 256 512"

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)  # the checkout, or the bundle's _internal folder
icons="$root/resources/icons/hicolor"

usage() {
    sed -n '2,13s/^# \{0,1\}//p' "$0"
}

die() {
    echo "install-user.sh: $*" >&2
    exit 2
}

prefix=${PREFIX:-}
exec_path=""
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --exec) [ $# -ge 2 ] || die "--exec needs a path"; exec_path=$2; shift 2 ;;
        --exec=*) exec_path=${1#--exec=}; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h|--help) usage; exit 0 ;;
        *) die "unknown argument: $1 (see --help)" ;;
    esac
done

if [ -n "$prefix" ]; then
    datadir="$prefix/share"
else
    datadir="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
case "$datadir" in /*) ;; *) datadir="$(pwd)/$datadir" ;; esac

desktop_file="$datadir/applications/$APP_ID.desktop"
metainfo_file="$datadir/metainfo/$APP_ID.metainfo.xml"
mime_file="$datadir/mime/packages/$APP_ID.xml"

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$datadir/mime/packages" ]; then
        update-mime-database "$datadir/mime"
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$datadir/applications" ]; then
        update-desktop-database -q "$datadir/applications"
    fi
    # Refresh an icon cache that already exists; never create one. A cache in
    # a per-user hicolor folder that the next app's installer forgets to
    # refresh hides that app's icons, while no cache at all is always right.
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$datadir/icons/hicolor/icon-theme.cache" ]; then
        gtk-update-icon-cache -q -f -t "$datadir/icons/hicolor"
    fi
    # Tell icon theme readers that hicolor changed even without a cache.
    if [ -d "$datadir/icons/hicolor" ]; then touch "$datadir/icons/hicolor"; fi
}

if [ "$action" = uninstall ]; then
    remove() {
        if [ -e "$1" ]; then
            rm -f "$1"
            echo "removed $1"
        fi
    }
    remove "$desktop_file"
    remove "$metainfo_file"
    remove "$mime_file"
    for size in $SIZES; do
        remove "$datadir/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
    remove "$datadir/icons/hicolor/scalable/apps/$APP_ID.svg"
    refresh_caches
    echo "reflectjournal's desktop integration is removed from $datadir (your journal is untouched)."
    exit 0
fi

# Which program the menu entry starts.
if [ -z "$exec_path" ]; then
    if [ -f "$root/base_library.zip" ] && [ -x "$root/../reflectjournal" ]; then
        exec_path=$(cd "$root/.." && pwd)/reflectjournal  # inside a PyInstaller bundle
    elif command -v reflectjournal >/dev/null 2>&1; then
        exec_path=reflectjournal
    elif [ -x "$root/.venv/bin/reflectjournal" ]; then
        exec_path="$root/.venv/bin/reflectjournal"
    else
        die "cannot find the reflectjournal program: run scripts/setup first, or give --exec PATH"
    fi
fi
case "$exec_path" in
    */*) [ -x "$exec_path" ] || die "$exec_path is not an executable file" ;;
esac
case "$exec_path" in
    *[\"\`\$\\]*) die "the program path must not contain \", \`, \$ or a backslash: $exec_path" ;;
    *[!A-Za-z0-9/._+-]*) exec_field="\"$exec_path\"" ;;  # quoted, as the Desktop Entry spec asks
    *) exec_field="$exec_path" ;;
esac

for file in "$here/$APP_ID.desktop" "$here/$APP_ID.metainfo.xml" "$here/$APP_ID.mime.xml" "$icons/scalable/apps/$APP_ID.svg"; do
    [ -f "$file" ] || die "missing $file"
done

mkdir -p "$datadir/applications" "$datadir/metainfo" "$datadir/mime/packages"
awk -v exec_field="$exec_field" -v try_exec="$exec_path" '
    /^Exec=/ { print "Exec=" exec_field " %f"; next }
    /^TryExec=/ { print "TryExec=" try_exec; next }
    { print }
' "$here/$APP_ID.desktop" >"$desktop_file.tmp"
chmod 0644 "$desktop_file.tmp"
mv "$desktop_file.tmp" "$desktop_file"
echo "installed $desktop_file (starts $exec_path)"
install -m 0644 "$here/$APP_ID.metainfo.xml" "$metainfo_file"
echo "installed $metainfo_file"
install -m 0644 "$here/$APP_ID.mime.xml" "$mime_file"
echo "installed $mime_file"
for size in $SIZES; do
    target="$datadir/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$target"
    install -m 0644 "$icons/${size}x${size}/apps/$APP_ID.png" "$target/$APP_ID.png"
done
mkdir -p "$datadir/icons/hicolor/scalable/apps"
install -m 0644 "$icons/scalable/apps/$APP_ID.svg" "$datadir/icons/hicolor/scalable/apps/$APP_ID.svg"
echo "installed icons under $datadir/icons/hicolor"
refresh_caches
echo "Done. reflectjournal is in the applications menu, and .rjpack files open in it."
case "$datadir" in
    "${XDG_DATA_HOME:-$HOME/.local/share}") ;;
    *) echo "Note: $datadir is not your XDG_DATA_HOME; the desktop only looks there if it is in XDG_DATA_DIRS." ;;
esac

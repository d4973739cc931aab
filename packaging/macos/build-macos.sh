#!/usr/bin/env bash
# Build reflectjournal.app on macOS, sign it with a Developer ID, notarise
# it, staple the ticket, and wrap it in a signed, notarised, stapled .dmg.
# Written for a macOS CI runner; never run on the Linux machine where it was
# written (see packaging/README.md).
#
#   packaging/macos/build-macos.sh
#
# Needs Xcode's command line tools (codesign, notarytool, stapler, iconutil,
# hdiutil) and Python 3.11 or newer. Environment:
#   MACOS_SIGN_IDENTITY  "Developer ID Application: Name (TEAMID)", in the keychain
#   NOTARY_PROFILE       a keychain profile from `xcrun notarytool store-credentials`, or
#   NOTARY_KEY, NOTARY_KEY_ID, NOTARY_ISSUER
#                        an App Store Connect API key: .p8 path, key id, issuer id
#   SKIP_NOTARISE=1      build and sign only (for a quick local check)
# Without MACOS_SIGN_IDENTITY the app is built ad-hoc signed, for testing on
# this Mac only.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh runs on macOS only" >&2; exit 2; }

# 1. A virtual environment with the app and PyInstaller (scripts/setup is for Debian).
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[packaging]"
version=$(.venv/bin/python -c 'import reflectjournal; print(reflectjournal.__version__)')

# 2. The .icns from the SVG.
rm -rf build/icons/reflectjournal.iconset
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/make-icons.py --iconset build/icons/reflectjournal.iconset
iconutil -c icns build/icons/reflectjournal.iconset -o build/icons/reflectjournal.icns

# 3. Build. With MACOS_SIGN_IDENTITY set, the spec has PyInstaller sign every
#    binary and the bundle with the hardened runtime and a secure timestamp.
rm -rf build/pyinstaller
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/pyinstaller --workpath build/pyinstaller/work packaging/pyinstaller/reflectjournal.spec
app=build/pyinstaller/reflectjournal.app
exe="$app/Contents/MacOS/reflectjournal"

# 4. Check what was built, signed, before anything leaves this machine.
"$exe" --version
"$exe" --self-test
codesign --verify --deep --strict --verbose=2 "$app"
if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
    echo "MACOS_SIGN_IDENTITY is not set: $app is ad-hoc signed and will run on this Mac only."
    exit 0
fi
codesign --display --verbose=2 "$app" 2>&1 | grep -E "Authority=Developer ID Application|flags=.*runtime"

notarise() {  # notarise FILE: submit, wait for the verdict, fail unless Accepted
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$1" --keychain-profile "$NOTARY_PROFILE" --wait --timeout 30m
    else
        xcrun notarytool submit "$1" --key "$NOTARY_KEY" --key-id "$NOTARY_KEY_ID" --issuer "$NOTARY_ISSUER" \
            --wait --timeout 30m
    fi
}

if [ "${SKIP_NOTARISE:-}" != 1 ]; then
    # 5. Notarise the app (as a zip, which notarytool accepts), then staple
    #    the ticket so Gatekeeper can check it offline.
    ditto -c -k --keepParent "$app" "build/reflectjournal-$version.zip"
    notarise "build/reflectjournal-$version.zip"
    xcrun stapler staple "$app"
    xcrun stapler validate "$app"
    spctl --assess --type execute --verbose=2 "$app"
fi

# 6. The disk image: signed, notarised and stapled in its own right.
dmg="build/reflectjournal-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname reflectjournal -srcfolder "$app" -ov -format UDZO "$dmg"
codesign --sign "$MACOS_SIGN_IDENTITY" --timestamp "$dmg"
if [ "${SKIP_NOTARISE:-}" != 1 ]; then
    notarise "$dmg"
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
fi
echo "built $dmg"

#!/usr/bin/env bash
# Regenerate python3-requirements.json from requirements.txt with
# flatpak-pip-generator (github.com/flatpak/flatpak-builder-tools, pip/).
# It runs pip inside org.kde.Sdk//6.10, so the sources it records (URLs and
# sha256 sums) match the SDK's Python; the build then installs them with
# pip --no-index and needs no network.
#
# Wheels rather than sources for the two compiled packages: sqlcipher3's
# wheels bundle SQLCipher and OpenSSL as tested (see docs/security.md), and
# nh3 is Rust, which would need the Rust SDK extension to build.
set -euo pipefail
cd "$(dirname "$0")"
flatpak install --user --noninteractive flathub org.kde.Sdk//6.10
flatpak-pip-generator \
    --runtime=org.kde.Sdk//6.10 \
    --requirements-file=requirements.txt \
    --prefer-wheels=sqlcipher3,nh3,cmarkgfm \
    --wheel-arches=x86_64,aarch64 \
    --output=python3-requirements
echo "Wrote $(pwd)/python3-requirements.json; commit it with requirements.txt."

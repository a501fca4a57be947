#!/usr/bin/env bash
# Installs what QMS Desk needs to build, test and run on Debian 12 (as root). Idempotent: it only
# calls apt-get when a package is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6opengl6-dev
  qt6-charts-dev qt6-pdf-dev qt6-svg-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libspdlog-dev catch2 libsqlite3-dev sqlite3 libxlsxwriter-dev libssl-dev unzip
  libgl-dev libxkbcommon-dev
  xvfb xauth poppler-utils fonts-dejavu-core
  desktop-file-utils appstream shared-mime-info dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "All build dependencies are installed."
fi

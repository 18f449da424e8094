#!/usr/bin/env bash
# Installs every build and test dependency of CWMP Workbench from Debian 12 packages.
# Idempotent: packages already present are skipped; runs as root or through sudo.
set -euo pipefail

packages=(
  # build (QtCharts needs the OpenGL module's CMake files: libqt6opengl6-dev)
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libssl-dev libgl-dev openssl libsqlite3-dev zlib1g-dev
  # run: the SVG image and icon plugins (application icon)
  libqt6svg6
  # tests: schema validation, benchmarks, GUI screenshots
  libxml2-utils libpugixml-dev
  xvfb xauth imagemagick
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
    echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1
  fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

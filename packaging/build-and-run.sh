#!/usr/bin/env bash
# Quick start: installs the dependencies (Debian 12), builds CWMP Workbench into build/
# and starts it. Run it as your user from anywhere; the package step uses sudo when needed.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

bash packaging/build.sh

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "build-and-run: built build/bin/cwmp-workbench, but there is no display to show it on" >&2
  echo "build-and-run: (no DISPLAY or WAYLAND_DISPLAY; start it from a desktop session)" >&2
  exit 1
fi
exec build/bin/cwmp-workbench "$@"

#!/usr/bin/env bash
# Installs the dependencies (Debian 12), builds everything into build/ and runs the test
# suite headless. Exits with ctest's status. Works from any directory.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

bash packaging/build.sh

# GUI tests need no X server: they run on Qt's offscreen platform.
export QT_QPA_PLATFORM=offscreen
cd build
exec ctest --output-on-failure --no-tests=error

#!/usr/bin/env bash
# Shared by the two quick-start scripts: installs the dependencies (Debian 12) and builds
# everything into build/ from the repository root.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

bash packaging/install-deps.sh

# An existing build/ keeps the generator it was configured with.
generator=()
[ -f build/CMakeCache.txt ] || generator=(-G Ninja)
cmake -S . -B build "${generator[@]}"
cmake --build build --parallel "$(nproc)"

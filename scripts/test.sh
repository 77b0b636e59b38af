#!/usr/bin/env bash
# The README's second command: install what is missing, build, run the whole test suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KENNIS_BUILD_DIR:-$root/build}

"$root/scripts/bootstrap.sh"
"$root/scripts/build.sh" -DKENNIS_TESTS=ON -DKENNIS_WERROR=ON
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600

#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest.
# GUI tests start their own X server with xvfb-run, so no display is needed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)" "$@"

#!/usr/bin/env bash
# Installs what is missing, builds, and opens the coachscope observer (arguments are passed on).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
exec "$build_dir/coachscope" "$@"

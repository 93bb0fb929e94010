#!/usr/bin/env bash
# Installs the Debian packages listed in third_party/debian-packages.txt that are not installed yet,
# then configures and builds coachscope into build/. Sourced by run.sh and test.sh; safe to re-run.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${COACHSCOPE_BUILD_DIR:-$repo_root/build}

wanted_packages() {
  sed -e 's/#.*//' -e 's/[[:space:]]//g' "$repo_root/third_party/debian-packages.txt" | grep -v '^$'
}

missing_packages() {
  local pkg
  for pkg in $(wanted_packages); do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

install_missing_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "coachscope: this script installs dependencies with apt (Debian 12 or a derivative)." >&2
    echo "On another system, install the equivalents of third_party/debian-packages.txt yourself," >&2
    echo "then build with: cmake -S . -B build && cmake --build build" >&2
    exit 1
  fi
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  echo "coachscope: installing missing packages: $missing"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "coachscope: need root or sudo to install: $missing" >&2; exit 1; }
    sudo=(sudo)
  fi
  local log
  log=$(mktemp -t coachscope-apt.XXXXXX)
  # shellcheck disable=SC2086
  if ! { "${sudo[@]}" apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "coachscope: installing packages failed (log above, also in $log)" >&2
    exit 1
  fi
  rm -f "$log"
  echo "coachscope: packages installed"
}

configure_and_build() {
  local generator=()
  command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$repo_root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$build_dir" --parallel "$(nproc)"
}

install_missing_packages
configure_and_build

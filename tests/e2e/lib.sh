# Shared by the e2e tests: where things are, a private X server, and checks.
# The e2e tests run the real coachscope binary, as a user would.
set -euo pipefail

: "${COACHSCOPE_BIN:?run through ctest}"
out_dir="$COACHSCOPE_TEST_OUT/$(basename "$0" .sh)"
rm -rf "$out_dir"
mkdir -p "$out_dir"
# Each script has a home and a workspace of its own: nothing reaches the person's $HOME or XDG
# folders, nor another script's files (scripts may point these elsewhere after sourcing this).
export HOME="$out_dir/home" XDG_CONFIG_HOME="$out_dir/home/.config" XDG_DATA_HOME="$out_dir/home/.local/share" \
  XDG_STATE_HOME="$out_dir/home/.local/state" XDG_CACHE_HOME="$out_dir/home/.cache" \
  COACHSCOPE_WORKSPACE="$out_dir/workspace"
mkdir -p "$HOME"

# Runs a command with a display: the current one if set, else a private Xvfb.
with_display() {
  if [ -n "${DISPLAY:-}" ] && [ -z "${COACHSCOPE_FORCE_XVFB:-}" ]; then
    "$@"
  else
    xvfb-run -a -s "-screen 0 1920x1200x24" "$@"
  fi
}

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# `cmd | finds PATTERN` is `cmd | grep -q PATTERN` that reads all its input: grep -q stops at the
# first match, and under pipefail the writer's SIGPIPE then fails the pipeline by chance.
finds() { grep -c "$@" > /dev/null; }

# Asserts a PNG has the expected size and is not blank (many colours, real contrast).
expect_rich_png() {
  local png=$1 width=$2 height=$3
  [ -s "$png" ] || fail "no screenshot at $png"
  read -r w h colours stddev < <("$PNG_STATS" "$png")
  echo "screenshot $png: ${w}x${h}, $colours colours, contrast $stddev"
  [ "$w" = "$width" ] && [ "$h" = "$height" ] || fail "expected ${width}x${height}, got ${w}x${h}"
  [ "$colours" -ge 20 ] || fail "screenshot looks blank ($colours colours)"
  awk -v s="$stddev" 'BEGIN { exit !(s >= 8) }' || fail "screenshot has almost no contrast ($stddev)"
}

#!/usr/bin/env bash
# Builds every fuzz target of tests/fuzz with clang's libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer (in build-fuzz/), then runs each for SECONDS on a scratch copy of its
# seeds: tests/fuzz/corpus/NAME, the fixtures and frameworks of its format, and its regressions.
# An input that crashes, hangs or breaks an invariant is saved as tests/fuzz/regressions/NAME/crash-*
# (CTest replays that folder), and the script exits 1. A summary line per target gives the
# executions run and the findings.
#
#   scripts/fuzz.sh SECONDS [NAME...]     e.g. scripts/fuzz.sh 600, scripts/fuzz.sh 60 record merge
#   FUZZ_PARALLEL=2 runs two targets at once; COACHSCOPE_FUZZ_BUILD_DIR picks the build folder.
set -euo pipefail

if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh SECONDS [TARGET...]" >&2
  exit 2
fi
seconds=$1
shift
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${COACHSCOPE_FUZZ_BUILD_DIR:-$repo_root/build-fuzz}
parallel=${FUZZ_PARALLEL:-1}
all_targets=(observation record framework programme settings journal journal_line webvtt srt merge)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

command -v clang++ >/dev/null 2>&1 || { echo "coachscope fuzz: needs clang (apt-get install clang)" >&2; exit 1; }
generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S "$repo_root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCOACHSCOPE_FUZZ=ON >/dev/null
fi
build_targets=()
for t in "${targets[@]}"; do build_targets+=("fuzz_$t"); done
cmake --build "$build_dir" --parallel "$(nproc)" --target "${build_targets[@]}"

work=$build_dir/fuzz-work
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_target() {
  local t=$1 corpus=$work/$t/corpus log=$work/$t/fuzz.log regressions=$repo_root/tests/fuzz/regressions/$t
  rm -rf "$work/$t"
  mkdir -p "$corpus" "$regressions"
  local seed
  for seed in "$repo_root/tests/fuzz/corpus/$t"/* "$regressions"/* \
              $(sed -n "s/^$t //p" "$build_dir/tests/fuzz_seeds.txt"); do
    [ -f "$seed" ] && cp "$seed" "$corpus/"
  done
  local before started
  before=$(find "$regressions" -type f | wc -l)
  started=$SECONDS
  # -timeout: an input that takes 10 s is a hang; -rss_limit_mb: one that needs 2 GB is a leak or a bomb.
  "$build_dir/tests/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$regressions/" "$corpus" >"$log" 2>&1 || true
  local execs after size
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  after=$(find "$regressions" -type f | wc -l)
  size=$(find "$corpus" -type f | wc -l)
  # A finding stops the run early: the time says how long it ran.
  echo "fuzz $t: ${execs:-?} executions in $((SECONDS - started))s, corpus $size inputs, $((after - before)) findings (log: $log)"
}

summary=$work/summary.txt
mkdir -p "$work"
: >"$summary"
running=0
for t in "${targets[@]}"; do
  run_target "$t" >>"$summary" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait
sort "$summary"
if grep -q ' [1-9][0-9]* findings' "$summary"; then
  echo "coachscope fuzz: findings saved in tests/fuzz/regressions/ (replay: ctest -R fuzz)" >&2
  exit 1
fi

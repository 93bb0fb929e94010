#!/usr/bin/env bash
# The record commands as a user meets them: merge, status (text and --json), log --csv, refusals
# with file, place and reason and nothing overwritten, two processes merging at once through the
# lock, and the read-only review window.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/record_lib.sh"
cd "$out_dir"
bin=$COACHSCOPE_BIN
learner=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee
record=$out_dir/learner.record.json

expect_exit() {  # expect_exit CODE command...
  local want=$1; shift
  set +e; "$@" > last.out 2> last.err; local got=$?; set -e
  [ "$got" = "$want" ] || fail "$* exited $got, expected $want: $(cat last.err)"
}

make_obs o1.json obs-1 $learner "one" 2 2026-09-01T10:00
make_obs o2.json obs-2 $learner "two" 4 2026-09-08T10:00
expect_exit 1 "$bin" merge o1.json --into "$record"
grep -q "no such record (use --create" last.err || fail "missing record message: $(cat last.err)"
expect_exit 0 "$bin" merge o1.json o2.json --into "$record" --create --programme ilm-coaching-level7
grep -q "session obs-1 merged" last.out || fail "merge output: $(cat last.out)"
expect_exit 0 "$bin" merge o1.json --into "$record"
grep -q "already in the record, unchanged" last.out || fail "second merge output: $(cat last.out)"
expect_exit 2 "$bin" merge o1.json
expect_exit 2 "$bin" status

expect_exit 0 "$bin" status "$record" --today 2027-01-01
grep -q "Coaching practice .*1.50 h of 30 h" last.out || fail "status text: $(cat last.out)"
grep -q "Coaching with senior managers" last.out || fail "L7 senior line missing"
expect_exit 0 "$bin" status "$record" --json --today 2027-01-01
[ "$(json_field last.out 'd["totals"]["coachingHours"]')" = 1.5 ] || fail "json hours"
[ "$(json_field last.out 'd["programme"]["key"]')" = "ilm-coaching-level7@1" ] || fail "json programme"
expect_exit 2 "$bin" status "$record" --today 01/02/2027

expect_exit 0 "$bin" log "$record" --csv
[ "$(wc -l < last.out)" = 3 ] || fail "log --csv should have a header and 2 lines: $(cat last.out)"
grep -q '^2026-09-08T10:00,45,0.75,Sam,individual,1,pro bono,no,no,no,,useful,Tutor,observed' last.out || fail "csv line: $(cat last.out)"

# Refusals: a malformed or future-version record is named with its place and left untouched.
printf '{"format": "coachscope.record/9", "learnerId": "x"}' > future.record.json
cp future.record.json future.before
expect_exit 1 "$bin" merge o1.json --into future.record.json
grep -q "future.record.json: /format: record version 9 was written by a newer coachscope" last.err || fail "future: $(cat last.err)"
cmp -s future.record.json future.before || fail "a refused record was changed"
printf '{"format": "coachscope.record/1", "learnerId": ' > broken.record.json
expect_exit 1 "$bin" status broken.record.json
grep -q "broken.record.json: line 1, column" last.err || fail "broken: $(cat last.err)"
printf '{"format": "coachscope.observation/1", "id": 5}' > bad-obs.json
expect_exit 1 "$bin" merge o1.json bad-obs.json --into "$record"
grep -q "bad-obs.json: /id: expected a string" last.err || fail "bad observation: $(cat last.err)"
grep -q "nothing merged" last.err || fail "should say nothing was merged"

# The merge driver refuses a broken side (git then reports a conflict) and leaves ours as it was.
cp "$record" ours.record.json
cp ours.record.json ours.before
expect_exit 1 "$bin" merge-driver ours.record.json ours.record.json broken.record.json
cmp -s ours.record.json ours.before || fail "merge-driver changed ours after a refusal"
grep -q "left for a manual merge" last.err || fail "merge-driver message: $(cat last.err)"

# Two processes, a hundred merges each, into one record at once: every one present.
for side in a b; do
  for i in $(seq 1 100); do make_obs "p-$side-$i.json" "obs-$side-$i" $learner "$side $i" 3; done
done
( for i in $(seq 1 100); do "$bin" merge "p-a-$i.json" --into "$record" -q || exit 1; done ) &
pid_a=$!
( for i in $(seq 1 100); do "$bin" merge "p-b-$i.json" --into "$record" -q || exit 1; done ) &
pid_b=$!
wait $pid_a || fail "process a failed"
wait $pid_b || fail "process b failed"
expect_exit 0 "$bin" status "$record" --json
[ "$(json_field last.out 'd["totals"]["sessions"]')" = 202 ] || fail "expected 202 sessions, found $(json_field last.out 'd["totals"]["sessions"]')"
expect_exit 0 "$bin" validate "$record"

# Review mode: the window opens on the record, read-only.
with_display "$bin" review "$record" --screenshot review.png --size 1280x720 --frames 4 || fail "review window"
expect_rich_png review.png 1280 720
expect_exit 1 "$bin" review broken.record.json
echo "ok"

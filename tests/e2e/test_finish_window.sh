#!/usr/bin/env bash
# The window's Finish through the real binary: `--workspace` alone decides where every tab reads
# and writes; a scored session finished in the window is in the learner's record; finishing again
# after an edit updates the session (no conflict); `coachscope merge` of the saved file adds
# nothing; and `--tab` names a real tab.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/record_lib.sh"
cd "$out_dir"
bin=$COACHSCOPE_BIN
flag_ws=$out_dir/flag-workspace
env_ws=$out_dir/env-workspace
export COACHSCOPE_WORKSPACE=$env_ws

expect_exit() {  # expect_exit CODE command...
  local want=$1; shift
  set +e; "$@" > last.out 2> last.err; local got=$?; set -e
  [ "$got" = "$want" ] || fail "$* exited $got, expected $want: $(cat last.err)"
}

# The Progress tab, opened first, works in the flag's workspace, not the environment's.
with_display "$bin" --workspace "$flag_ws" --tab progress --screenshot progress.png --size 1366x768 --frames 4 ||
  fail "progress window"
ls "$flag_ws"/learners/*.record.json > /dev/null 2>&1 || fail "no sample learner in the --workspace folder"
[ ! -e "$env_ws" ] || fail "the window wrote into \$COACHSCOPE_WORKSPACE although --workspace was given: $(find "$env_ws")"
expect_exit 2 "$bin" --workspace "$flag_ws" --tab Bogus --screenshot bogus.png
finds "takes one of Observe" last.err || fail "--tab Bogus message: $(cat last.err)"

record=$(ls "$flag_ws"/learners/*.record.json | head -1)
expect_exit 0 "$bin" status "$record" --json
sessions_before=$(json_field last.out 'd["totals"]["sessions"]')
cat > finish.txt <<SCRIPT
coachee Sam
tutor Alex Tutor
clock start
marker 6.2
rate 3 4 Clear agreement and measures of success
text strengths Warm, curious presence throughout
wait 0.5
merge
quit
SCRIPT
with_display "$bin" --workspace "$flag_ws" --script finish.txt --size 1366x768 || fail "finish session"
obs=$(ls "$flag_ws"/observations/*.observation.json | head -1)
[ -n "$obs" ] || fail "no saved observation"
expect_exit 0 "$bin" status "$record" --json
[ "$(json_field last.out 'd["totals"]["sessions"]')" = $((sessions_before + 1)) ] ||
  fail "finish put no session in the record: $(cat last.out)"
merged_as=$(json_field "$obs" 'd["mergedVersion"]')
[ ${#merged_as} = 32 ] || fail "the observation does not remember its record version: $merged_as"
# The command line's merge of the same file adds nothing.
expect_exit 0 "$bin" merge "$obs" --into "$record"
finds "already in the record, unchanged" last.out || fail "merge of the finished file changed the record: $(cat last.out)"

# Open it again, change a rating, finish: the session is updated, not in conflict.
cat > again.txt <<SCRIPT
rate 3 5 Agreement revisited with the coachee
merge
quit
SCRIPT
with_display "$bin" --workspace "$flag_ws" "$obs" --script again.txt --size 1366x768 || fail "finish again"
expect_exit 0 "$bin" status "$record" --json
[ "$(json_field last.out 'd["totals"]["sessions"]')" = $((sessions_before + 1)) ] || fail "the update made a second session"
id=$(json_field "$obs" 'd["id"]')
# Two versions of the session, the later superseding the first, rated 5 now.
[ "$(json_field "$record" "len([v for v in d['sessions'] if v['id'] == '$id'])")" = 2 ] || fail "expected two versions"
[ "$(json_field "$record" "[v for v in d['sessions'] if v['id'] == '$id' and v['supersedes']][0]['data']['ratings']['3']['level']")" = 5 ] ||
  fail "the update's rating is not in the record"
[ "$(json_field last.out 'd["conflicts"]')" = 0 ] || fail "the update is a conflict: $(cat last.out)"
expect_exit 0 "$bin" validate "$record"
[ ! -e "$env_ws" ] || fail "something was written into \$COACHSCOPE_WORKSPACE"
echo "ok"

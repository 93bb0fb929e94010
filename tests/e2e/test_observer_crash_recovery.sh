#!/usr/bin/env bash
# Never lose a note: the real binary scores a scripted session under Xvfb and is killed with
# SIGKILL mid-session; a restart on the same workspace recovers it, saves it, and every marker
# event, note, rating and judgement is in the saved file.
source "$(dirname "$0")/lib.sh"

workspace="$out_dir/workspace"
mkdir -p "$workspace"
ready="$out_dir/ready"
saved="$out_dir/recovered.observation.json"

cat > "$out_dir/session.txt" <<SCRIPT
coachee Sam
tutor Alex Tutor
clock start
key 1
note Agreed today's focus: delegating to the new team
marker 6.2
wait 0.2
key q
note Strong open question: "what matters most to you here?"
marker 7.6
rate 3 4 Clear agreement and measures of success
judge 1 consistent
text strengths Warm, curious presence throughout
note Half-way note, typed just before the crash
touch $ready
wait 600
SCRIPT

# Session 1: runs until killed. `exec` keeps the pid, so only this process is killed.
with_display sh -c 'echo $$ > "$1/app.pid"; exec "$2" --workspace "$3" --script "$4" --size 1280x720' \
  sh "$out_dir" "$COACHSCOPE_BIN" "$workspace" "$out_dir/session.txt" &
runner=$!
# The notes are typed a character a frame: on a loaded machine (software GL under Xvfb, parallel
# CTest) that takes 45 s or more, so allow four minutes before calling it stuck.
for _ in $(seq 1 2400); do
  [ -e "$ready" ] && break
  sleep 0.1
done
if [ ! -e "$ready" ]; then
  [ -e "$out_dir/app.pid" ] && kill -9 "$(cat "$out_dir/app.pid")" 2>/dev/null
  kill "$runner" 2>/dev/null
  fail "the scripted session never got going"
fi
pid=$(cat "$out_dir/app.pid")
kill -9 "$pid"
wait "$runner" 2>/dev/null || true
ls "$workspace/journal/"*.journal > /dev/null || fail "no autosave journal left after the kill"
echo "killed $pid mid-session; journal: $(ls "$workspace/journal")"

# Session 2: the same workspace offers the recovery; the script accepts it, saves, quits.
cat > "$out_dir/recover.txt" <<SCRIPT
recover
save $saved
quit
SCRIPT
with_display timeout 120 "$COACHSCOPE_BIN" --workspace "$workspace" --script "$out_dir/recover.txt" --size 1280x720 \
  || fail "the recovering run did not quit cleanly"
[ -s "$saved" ] || fail "nothing saved after recovery"
ls "$workspace/journal/"*.journal > /dev/null 2>&1 && fail "the journal should be discarded after saving"

python3 - "$saved" <<'PY' || fail "the recovered observation is missing something"
import json, sys
o = json.load(open(sys.argv[1]))
assert o["format"] == "coachscope.observation/1", o["format"]
notes = [n["text"] for n in o["notes"]]
expected = ["Agreed today's focus: delegating to the new team",
            'Strong open question: "what matters most to you here?"',
            "Half-way note, typed just before the crash"]
for text in expected:
    assert text in notes, (text, notes)
markers = sorted(e["marker"] for e in o["events"])
assert len(markers) == 4 and "6.2" in markers and "7.6" in markers, markers
times = [e["time"] for e in o["events"]] + [n["time"] for n in o["notes"]]
assert all(t >= 0 for t in times), times
assert o["ratings"]["3"]["level"] == 4 and o["ratings"]["3"]["rationale"].startswith("Clear agreement"), o["ratings"]
assert o["judgements"]["1"]["option"] == "consistent", o["judgements"]
assert o["strengths"] == "Warm, curious presence throughout"
assert o["context"]["coacheePseudonym"] == "Sam" and o["context"]["tutor"] == "Alex Tutor"
print("recovered:", len(o["events"]), "events,", len(notes), "notes,", len(o["ratings"]), "ratings")
PY
echo "ok"

#!/usr/bin/env bash
# A tutor's keyboard, for real: the binary runs under its own Xvfb at 1366x768 and xdotool types
# into it through X as a person's keyboard does — twenty marker taps with no hold time, a quick
# Ctrl+Z, two notes of different kinds and tags, Ctrl+S. The saved observation must hold exactly
# the nineteen events left after the undo, the first note as a strength tagged with its marker,
# and the second as an untagged observation (a note starts fresh).
source "$(dirname "$0")/lib.sh"
command -v xdotool > /dev/null || fail "xdotool is not installed (third_party/debian-packages.txt, test tools)"

workspace="$out_dir/workspace"
mkdir -p "$workspace"

cat > "$out_dir/drive.sh" <<'DRIVE'
#!/usr/bin/env bash
# Runs inside the private X server: starts coachscope, types into it, waits for the save.
set -euo pipefail
bin=$1 workspace=$2 out=$3
"$bin" --workspace "$workspace" --size 1366x768 > "$out/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2> /dev/null || true' EXIT
# Slow machines (software GL, parallel CTest): up to two minutes for the window to appear.
window=
for _ in $(seq 1 240); do
  window=$(xdotool search --onlyvisible --name '^coachscope$' 2> /dev/null | head -1 || true)
  [ -n "$window" ] && break
  kill -0 "$app" 2> /dev/null || { echo "coachscope exited early" >&2; exit 1; }
  sleep 0.5
done
[ -n "$window" ] || { echo "no coachscope window after two minutes" >&2; exit 1; }
# No window manager: the keyboard goes to the window under the pointer, and to the focus.
xdotool mousemove --window "$window" 683 700
timeout 10 xdotool windowfocus --sync "$window" 2> /dev/null || true
sleep 3  # the first frames (fonts, the sample learner) before any key

xdotool key F5                                      # start the clock
xdotool key 1 2 3 4 5 6 7 8 9 0                     # ten taps, xdotool's default 12 ms apart
xdotool key --delay 0 q w e r t y u i o p           # ten more with no time between them at all
xdotool key --delay 0 ctrl+z                        # undoes the last tap: no marker `z`
xdotool key F2                                      # note 1: a strength tagged with the last marker
xdotool type --delay 0 'Clear contracting question'
xdotool key alt+2 alt+m Return
xdotool key F2                                      # note 2: must start as an untagged observation
xdotool type --delay 0 'Coach interrupted Sam twice'
xdotool key Return
xdotool key ctrl+s

# Saving happens when the queue reaches Ctrl+S: poll for the file (up to three minutes).
for _ in $(seq 1 360); do
  ls "$workspace"/observations/*.observation.json > /dev/null 2>&1 && break
  sleep 0.5
done
ls "$workspace"/observations/*.observation.json > /dev/null 2>&1 || { echo "nothing saved" >&2; exit 1; }
sleep 1  # the rename is atomic; give the app a moment before it is asked to quit
xdotool key ctrl+q
for _ in $(seq 1 60); do
  kill -0 "$app" 2> /dev/null || exit 0
  sleep 0.5
done
echo "coachscope did not quit after Ctrl+Q" >&2
exit 1
DRIVE

timeout 480 xvfb-run -a -s "-screen 0 1366x768x24" bash "$out_dir/drive.sh" "$COACHSCOPE_BIN" "$workspace" "$out_dir" \
  || { cat "$out_dir/app.log" >&2 || true; fail "the keyboard-driven session did not finish"; }

saved=$(ls "$workspace"/observations/*.observation.json | head -1)
echo "saved: $saved"
python3 - "$saved" "$COACHSCOPE_SOURCE/frameworks" <<'PY' || fail "the saved observation does not hold what was typed"
import glob, json, sys
o = json.load(open(sys.argv[1]))
framework = None
for path in glob.glob(sys.argv[2] + "/*.json"):
    f = json.load(open(path))
    if f.get("id") == o["framework"]["id"] and f.get("version") == o["framework"]["version"]:
        framework = f
assert framework, o["framework"]
codes = [m["code"] for m in framework["markers"]]
events = [e["marker"] for e in sorted(o["events"], key=lambda e: e["time"])]
# Keys 1..0 and q..p are the first twenty markers in order; Ctrl+Z took the twentieth back.
assert len(o["events"]) == 19, ("expected 19 events", len(o["events"]), events)
assert sorted(events) == sorted(codes[:19]), (events, codes[:19])
assert codes[19] not in events, ("the undone marker is still there", codes[19])
notes = sorted(o["notes"], key=lambda n: n["time"])
assert [n["text"] for n in notes] == ["Clear contracting question", "Coach interrupted Sam twice"], notes
first, second = notes
assert first["kind"] == "strength", first
assert first.get("tag") == codes[19], ("Alt+M tags the last marker pressed", first, codes[19])
assert second["kind"] == "observation", ("the second note kept the first one's kind", second)
assert not second.get("tag"), ("the second note kept the first one's tag", second)
print("19 events, the undo, a tagged strength, then an untagged observation")
PY
echo "PASS"

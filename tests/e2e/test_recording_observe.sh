#!/usr/bin/env bash
# Scoring a recording with the real binary under Xvfb: an observation that names a generated,
# spoken session opens it in the Observe tab with its transcript; a scripted tutor plays it,
# records a marker and types a note; the saved observation carries the media positions. Reopened,
# it resumes at the last stamp (screenshot), and a recording that has moved is reported by name.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/recording_media.sh"
export COACHSCOPE_AUDIO_OUTPUT=null

make_spoken_session "$out_dir/session"
media="$out_dir/session/session.mp4"
size=$(stat -c %s "$media")
hash=$(sha256sum "$media" | cut -d' ' -f1)
vtt="$out_dir/session/session.vtt"
vtt_size=$(stat -c %s "$vtt")
vtt_hash=$(sha256sum "$vtt" | cut -d' ' -f1)
write_observation() {
  cat > "$1" <<JSON
{
  "format": "coachscope.observation/1",
  "id": "0f6b1d2e-3c4a-4b5c-8d6e-7f8091a2b3c4",
  "framework": { "id": "icf-core-competencies", "version": "2019" },
  "context": { "learnerName": "Jane", "coacheePseudonym": "Sam", "mode": "recorded", "date": "2026-11-23T10:00" },
  "events": [], "notes": [], "ratings": {},
  "media": { "path": "$2", "sizeBytes": $size, "contentHash": "$hash", "durationSeconds": 0,
             "transcriptPath": "$vtt", "transcriptSizeBytes": $vtt_size, "transcriptHash": "$vtt_hash" }
}
JSON
}
write_observation "$out_dir/start.observation.json" "$media"

cat > "$out_dir/score.script" <<SCRIPT
wait 1
clock start
wait 12
marker 7.6
note Open question about what makes saying no hard; Sam reflects
clock pause
rate 7 4 Open questions, space to think
save $out_dir/scored.observation.json
quit
SCRIPT
with_display "$COACHSCOPE_BIN" --workspace "$out_dir/ws" "$out_dir/start.observation.json" --script "$out_dir/score.script" --size 1280x720
[ -s "$out_dir/scored.observation.json" ] || fail "the scripted session was not saved"

python3 - "$out_dir/scored.observation.json" "$hash" "$vtt_hash" <<'PY'
import json, sys
o = json.load(open(sys.argv[1]))
event = [e for e in o["events"] if e["marker"] == "7.6"]
assert event, "no 7.6 event"
t = event[0]["time"]
# The script played about 12 s of the recording in real time before pressing the marker.
assert 10.0 <= t <= 16.0, f"event stamped {t:.2f} s, expected the media position near 12 s"
note = o["notes"][0]["time"]
assert t <= note <= t + 2.0, f"note stamped {note:.2f} s, after the event at {t:.2f} s"
assert o["media"]["contentHash"] == sys.argv[2], "media link lost"
assert o["media"]["transcriptHash"] == sys.argv[3], "transcript fingerprint lost"
print(f"event 7.6 at {t:.2f} s, note at {note:.2f} s (media positions)")
PY

# Reopened: resumes at the last stamp with the transcript beside the player.
with_display "$COACHSCOPE_BIN" --workspace "$out_dir/ws" "$out_dir/scored.observation.json" \
  --screenshot "$out_dir/recorded.png" --frames 40 --size 1280x720
expect_rich_png "$out_dir/recorded.png" 1280 720

# Moved recording: named in the pane, scoring still open (screenshot, not a crash).
write_observation "$out_dir/moved.observation.json" "$out_dir/session/gone.mp4"
with_display "$COACHSCOPE_BIN" --workspace "$out_dir/ws" "$out_dir/moved.observation.json" \
  --screenshot "$out_dir/moved.png" --frames 10 --size 1280x720
expect_rich_png "$out_dir/moved.png" 1280 720

# A file that names a recording it does not hold the size and SHA-256 of is not opened: the window
# says where the path points instead.
cp "$media" "$out_dir/session/swapped.mp4"
printf 'x' >> "$out_dir/session/swapped.mp4"
write_observation "$out_dir/swapped.observation.json" "$out_dir/session/swapped.mp4"
cat > "$out_dir/swapped.script" <<SCRIPT
wait 1
touch $out_dir/swapped.done
quit
SCRIPT
with_display "$COACHSCOPE_BIN" --workspace "$out_dir/ws" "$out_dir/swapped.observation.json" \
  --script "$out_dir/swapped.script" --size 1280x720 2> "$out_dir/swapped.err" || true
[ -e "$out_dir/swapped.done" ] || fail "the window did not run with a mismatched recording: $(cat "$out_dir/swapped.err")"
echo "ok"

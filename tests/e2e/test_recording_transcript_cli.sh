#!/usr/bin/env bash
# `coachscope transcript`: the assessor-ready export as text and HTML, evidence hints, and clear
# refusals (file and line) for malformed transcripts, with the exit codes users expect.
source "$(dirname "$0")/lib.sh"

cat > "$out_dir/zoom.vtt" <<'VTT'
WEBVTT

1
00:00:01.000 --> 00:00:04.000
Jane Smith: Good morning, Sam. What would you like to focus on today?

2
00:00:04.500 --> 00:00:09.000
Sam: Saying <no> to people & meaning it.

3
00:00:16.000 --> 00:00:18.000
Jane Smith: Is that new for you?
VTT
sed -i 's/<no>/\&lt;no\&gt;/' "$out_dir/zoom.vtt"

"$COACHSCOPE_BIN" transcript "$out_dir/zoom.vtt" --speakers "Jane Smith=coach,Sam=client" -o "$out_dir/out.txt"
grep -qx '\[00:00:01\] Coach (Jane Smith): Good morning, Sam. What would you like to focus on today?' "$out_dir/out.txt" || fail "text export"
grep -qx '\[00:00:04\] Client (Sam): Saying <no> to people & meaning it.' "$out_dir/out.txt" || fail "client line"

"$COACHSCOPE_BIN" transcript "$out_dir/zoom.vtt" --speakers "Jane Smith=coach,Sam=client" --format html -o "$out_dir/out.html"
grep -q 'Saying &lt;no&gt; to people &amp; meaning it.' "$out_dir/out.html" || fail "HTML not escaped"

hints=$("$COACHSCOPE_BIN" transcript "$out_dir/zoom.vtt" --speakers "Jane Smith=coach,Sam=client" --format hints)
echo "$hints"
echo "$hints" | finds '7.8 .*Talk time: client' || fail "talk-time hint"
echo "$hints" | finds '00:00:09  5.5 .*Silence of 7 s' || fail "silence hint"
echo "$hints" | finds '00:00:16  7.6 .*closed question: Is that new for you?' || fail "question hint"

printf 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: fine\n\n00:00:03.000 --> 00:00:02.500\nA: backwards\n' > "$out_dir/bad.vtt"
# A damaged cue is repaired with a warning (exit 0); --strict makes the warning an error.
message=$("$COACHSCOPE_BIN" transcript "$out_dir/bad.vtt" 2>&1 >/dev/null)
echo "$message"
echo "$message" | finds "bad.vtt: warning: line 6: the cue ends at 00:00:02.500, before it starts at 00:00:03.000" || fail "warning"
set +e
"$COACHSCOPE_BIN" transcript "$out_dir/bad.vtt" --strict > /dev/null 2>&1
code=$?
set -e
[ "$code" = 1 ] || fail "--strict with a warning should exit 1, got $code"

# JSON: every cue with its line, the speakers, the warnings.
"$COACHSCOPE_BIN" transcript "$out_dir/bad.vtt" --format json -o "$out_dir/bad.json"
python3 - "$out_dir/bad.json" <<'PY' || fail "json"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["format"] == "coachscope.transcript/1", doc["format"]
assert [c["line"] for c in doc["cues"]] == [3, 6], doc["cues"]
assert doc["cues"][1]["end"] == doc["cues"][1]["start"] == 3.0
assert [w["line"] for w in doc["warnings"]] == [6], doc["warnings"]
assert [s["name"] for s in doc["speakers"]] == ["A"], doc["speakers"]
PY

# What is no transcript at all is refused: no signature, or binary.
printf '1\n00:00:01,000 --> 00:00:02,000\nA: srt in disguise\n' > "$out_dir/nosig.vtt"
set +e
message=$("$COACHSCOPE_BIN" transcript "$out_dir/nosig.vtt" 2>&1)
code=$?
set -e
echo "$message"
[ "$code" = 1 ] || fail "a .vtt without WEBVTT should exit 1, got $code"
echo "$message" | finds "nosig.vtt: " || fail "refusal names the file"

set +e
"$COACHSCOPE_BIN" transcript "$out_dir/zoom.vtt" --speakers "Nobody=coach" > /dev/null 2>&1
code=$?
set -e
[ "$code" = 2 ] || fail "an unknown speaker is a usage error, got $code"
echo "ok"

#!/usr/bin/env bash
# The Calibrate tab in the real window: it opens on the workspace's double-marked session and draws
# both timelines, the side-by-side ratings and the statistics (checked as a non-blank screenshot).
source "$(dirname "$0")/lib.sh"

workspace="$out_dir/workspace"
python3 - "$workspace" "$COACHSCOPE_SOURCE/frameworks/icf-core-competencies-2019.json" <<'PY'
import json, os, sys, uuid
ws, fw_path = sys.argv[1], sys.argv[2]
fw = json.load(open(fw_path))
os.makedirs(f"{ws}/observations", exist_ok=True)
scored = [c["id"] for c in fw["competencies"] if c["evidence"]["kind"] != "judgement"]
judged = [c for c in fw["competencies"] if c["evidence"]["kind"] == "judgement"]
markers = [m["code"] for m in fw["markers"]]
def obs(tutor, levels, events, notes, reference, judgement):
    o = {"format": "coachscope.observation/1", "id": str(uuid.uuid4()),
         "framework": {"id": fw["id"], "version": fw["version"]},
         "context": {"learnerId": "learner-demo", "learnerName": "Ada Lovelace", "tutor": tutor,
                     "coacheePseudonym": "Sam", "mode": "recorded", "date": "2026-11-02T10:00"},
         "durationSeconds": 2700,
         "events": [{"id": str(uuid.uuid4()), "marker": markers[i], "time": t, "quote": ""} for i, t in events],
         "notes": [{"id": str(uuid.uuid4()), "time": t, "text": x, "kind": "observation", "tag": ""} for t, x in notes],
         "ratings": {scored[i]: {"level": l, "notObserved": False, "rationale": ""} for i, l in enumerate(levels)},
         "judgements": {j["id"]: {"option": judgement, "reason": "" if judgement == "consistent" else "Advised on the CV"}
                        for j in judged},
         "strengths": "", "developmentAreas": "", "feedback": tutor + "'s feedback", "coacheeFeedback": "",
         "reference": reference, "updatedAt": "2026-11-02T11:00:00Z",
         "media": {"path": "/recordings/ada-sam.m4a", "sizeBytes": 48211000, "contentHash": "9f2c4e",
                   "durationSeconds": 2700, "transcriptPath": ""}}
    json.dump(o, open(f"{ws}/observations/{o['id']}.observation.json", "w"), indent=2)
obs("Lead Assessor", [4, 3, 4, 4, 3, 3, 4],
    [(0, 95), (1, 210), (4, 400), (8, 655), (9, 700), (12, 910), (14, 1100), (17, 1350), (20, 1500), (24, 1720),
     (27, 1905), (30, 2100), (33, 2400), (35, 2580)],
    [(60, "Agreed the goal quickly; success measure only implied"), (1290, "Long silence held well"),
     (2450, "Action plan owned by the client")], True, "consistent")
obs("New Tutor", [4, 2, 4, 2, 3, 4, 4],
    [(0, 101), (4, 396), (6, 520), (8, 660), (12, 918), (14, 1106), (15, 1180), (20, 1495), (24, 1790),
     (30, 2104), (33, 2398)],
    [(75, "Goal set; no check on why it matters now"), (1300, "Silence, a bit long?"),
     (2200, "Closed with clear actions")], False, "concern")
PY

COACHSCOPE_WORKSPACE="$workspace" with_display "$COACHSCOPE_BIN" --screenshot "$out_dir/calibration.png" \
  --size 1280x720 --tab Calibrate --frames 6
expect_rich_png "$out_dir/calibration.png" 1280 720
# The originals are only read.
[ "$(ls "$workspace/observations" | wc -l)" = 2 ] || fail "the Calibrate tab wrote into observations/"
echo "ok"

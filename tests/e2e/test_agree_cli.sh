#!/usr/bin/env bash
# `coachscope agree` and `coachscope moderate` as a tutor uses them: observations of double-marked
# sessions in, agreement statistics out; two observations in, an agreed one out, the originals
# unchanged, the agreed one merged into the learner's record.
source "$(dirname "$0")/lib.sh"

# Observations written the way coachscope saves them. Competency ids are read from the shipped
# framework, not written here.
python3 - "$out_dir" "$COACHSCOPE_SOURCE/frameworks/icf-core-competencies-2019.json" <<'PY'
import json, sys, uuid
out, fw_path = sys.argv[1], sys.argv[2]
fw = json.load(open(fw_path))
scored = [c["id"] for c in fw["competencies"] if c["evidence"]["kind"] != "judgement"] \
    if isinstance(fw["competencies"][0].get("evidence"), dict) else \
    [c["id"] for c in fw["competencies"] if c.get("evidence") != "judgement"]
markers = [m["code"] for m in fw["markers"]]
def obs(name, tutor, levels, events, date="2026-11-02T10:00", media=None, learner="learner-e2e"):
    doc = {"format": "coachscope.observation/1", "id": str(uuid.uuid4()),
           "framework": {"id": fw["id"], "version": fw["version"]},
           "context": {"learnerId": learner, "learnerName": "Ada", "tutor": tutor,
                       "coacheePseudonym": "Sam", "mode": "recorded" if media else "live", "date": date},
           "durationSeconds": 1800,
           "events": [{"id": str(uuid.uuid4()), "marker": markers[i], "time": t, "quote": ""} for i, t in events],
           "notes": [{"id": str(uuid.uuid4()), "time": 42, "text": tutor + " noted the contracting", "kind": "observation", "tag": ""}],
           "ratings": {scored[i]: {"level": l, "notObserved": False, "rationale": tutor} for i, l in enumerate(levels)},
           "judgements": {}, "strengths": "", "developmentAreas": "", "feedback": tutor + " feedback",
           "coacheeFeedback": "", "reference": tutor == "Lead", "updatedAt": "2026-11-02T11:00:00Z"}
    if media:
        doc["media"] = {"path": "/recordings/" + name + ".m4a", "sizeBytes": 1000, "contentHash": media,
                        "durationSeconds": 1800, "transcriptPath": ""}
    json.dump(doc, open(f"{out}/{name}.observation.json", "w"), indent=2)
# Session 1 (a recording) and session 2 (live, same learner and coachee, another day).
obs("s1-lead", "Lead", [4, 3, 5, 2, 4], [(0, 100), (5, 400)], media="hash-one")
obs("s1-new", "New Tutor", [4, 2, 5, 3, 3], [(0, 106), (5, 900)], media="hash-one", date="")
obs("s2-lead", "Lead", [3, 3, 1, 5, 4], [], date="2026-11-09T10:00")
obs("s2-new", "New Tutor", [3, 4, 2, 5, 4], [], date="2026-11-09T10:10")
obs("single", "Lead", [3, 3, 3, 3, 3], [], date="2026-11-16T10:00")
obs("flat-a", "Tutor A", [3, 3, 3], [], date="2026-11-20T10:00")
obs("flat-b", "Tutor B", [3, 3, 3], [], date="2026-11-20T10:00")
with open(f"{out}/scored.txt", "w") as f:
    f.write(" ".join(scored) + "\n")
PY
read -r -a scored < "$out_dir/scored.txt"

# Statistics over every double-marked session; the single observation is noted and left out.
"$COACHSCOPE_BIN" agree "$out_dir"/s1-*.json "$out_dir"/s2-*.json "$out_dir/single.observation.json" > "$out_dir/agree.txt"
cat "$out_dir/agree.txt"
grep -q '2 double-marked session(s), 4 observation(s), 2 pair(s)' "$out_dir/agree.txt" || fail "session count"
grep -q "session recording hash-one: Lead, New Tutor" "$out_dir/agree.txt" || fail "recording grouping"
grep -q "only one observation, not double-marked" "$out_dir/agree.txt" || fail "single observation note"
# Same pooled ratings as the unit tests' independent values (agreement_reference.py).
grep -Eq "Cohen's kappa +0\.342 \(n=10\)" "$out_dir/agree.txt" || fail "kappa"
grep -Eq "quadratic-weighted kappa +0\.800 \(n=10\)" "$out_dir/agree.txt" || fail "weighted kappa"
grep -Eq "Krippendorff's alpha \(ord\.\) +0\.822 \(n=10\)" "$out_dir/agree.txt" || fail "alpha"

# JSON for scripts: the same numbers, and null with a reason where undefined.
"$COACHSCOPE_BIN" agree --json "$out_dir"/s1-*.json "$out_dir"/s2-*.json > "$out_dir/agree.json"
python3 - "$out_dir/agree.json" <<'PY' || fail "agree --json"
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["format"] == "coachscope.agreement/1"
r = doc["reports"][0]
assert r["sessionCount"] == 2 and r["pairCount"] == 2
assert abs(r["kappa"]["value"] - 0.3421052632) < 1e-9 and r["kappa"]["items"] == 10
assert abs(r["alphaOrdinal"]["value"] - 0.8223515249) < 1e-9
undefined = [c for c in r["competencies"] if c["kappa"]["value"] is None]
assert undefined and all(c["kappa"]["notEnoughData"] for c in undefined)
print("json ok")
PY

# Two files directly: side by side, disagreements flagged, events matched within ±10 s.
"$COACHSCOPE_BIN" agree "$out_dir/s1-new.observation.json" "$out_dir/s1-lead.observation.json" > "$out_dir/pair.txt"
cat "$out_dir/pair.txt"
grep -q "A: Lead   B: New Tutor" "$out_dir/pair.txt" || fail "the reference should be A"
grep -q "  adjacent$" "$out_dir/pair.txt" || fail "adjacent ratings not flagged"
grep -q "1 matched, 1 only A, 1 only B" "$out_dir/pair.txt" || fail "event matching"
grep -q "Deviation of New Tutor from the reference" "$out_dir/pair.txt" || fail "reference deviation"
"$COACHSCOPE_BIN" agree --tolerance 5 "$out_dir/s1-new.observation.json" "$out_dir/s1-lead.observation.json" \
  | finds "0 matched, 2 only A, 2 only B" || fail "--tolerance"

# Both tutors constant at one level: kappa is "not enough data", never NaN.
"$COACHSCOPE_BIN" agree "$out_dir/flat-a.observation.json" "$out_dir/flat-b.observation.json" > "$out_dir/flat.txt"
grep -Eq "Cohen's kappa +not enough data: both raters used one and the same category" "$out_dir/flat.txt" || fail "flat kappa"
! grep -qi "nan" "$out_dir/flat.txt" || fail "NaN printed"

# Moderation: refused without a choice on the disputed competencies, naming them.
a="$out_dir/s1-lead.observation.json"
b="$out_dir/s1-new.observation.json"
sum_before=$(sha256sum "$a" "$b")
set +e
"$COACHSCOPE_BIN" moderate "$a" "$b" --moderator "IV Lead" --reason "sample" -o "$out_dir/x.json" 2> "$out_dir/mod.err"; code=$?
set -e
[ "$code" = 1 ] || fail "moderation without choices should exit 1, got $code"
grep -q "choose whose rating stands" "$out_dir/mod.err" || fail "refusal: $(cat "$out_dir/mod.err")"
grep -q "competency ${scored[1]}: .*A=3 (Lead)  B=2 (New Tutor)" "$out_dir/mod.err" || fail "dispute list: $(cat "$out_dir/mod.err")"
[ ! -e "$out_dir/x.json" ] || fail "a refused moderation wrote a file"

# With choices: an agreed observation, merged into the learner's record in the workspace.
workspace="$out_dir/workspace"
mkdir -p "$workspace/learners"
echo '{"format": "coachscope.record/1", "learnerId": "learner-e2e"}' > "$workspace/learners/learner-e2e.record.json"
"$COACHSCOPE_BIN" moderate "$a" "$b" --choose "${scored[1]}=B,${scored[3]}=A,${scored[4]}=2" --feedback-from B \
  --moderator "IV Lead" --reason "Internal verification sample" -o "$out_dir/agreed.observation.json" \
  --workspace "$workspace" --merge > "$out_dir/mod.txt"
cat "$out_dir/mod.txt"
[ "$(sha256sum "$a" "$b")" = "$sum_before" ] || fail "the originals changed"
"$COACHSCOPE_BIN" validate "$out_dir/agreed.observation.json" | finds '^ok' || fail "agreed observation does not validate"
python3 - "$out_dir" "$workspace" "${scored[@]}" <<'PY' || fail "agreed observation content"
import json, sys
out, ws, scored = sys.argv[1], sys.argv[2], sys.argv[3:]
a = json.load(open(f"{out}/s1-lead.observation.json"))
b = json.load(open(f"{out}/s1-new.observation.json"))
g = json.load(open(f"{out}/agreed.observation.json"))
assert g["id"] not in (a["id"], b["id"])
m = g["moderation"]
assert m["sources"] == [a["id"], b["id"]] and m["moderator"] == "IV Lead" and m["reason"] == "Internal verification sample"
assert m["chosen"][scored[1]] == b["id"] and m["chosen"][scored[3]] == a["id"] and m["chosen"][scored[4]] == b["id"]
assert g["ratings"][scored[1]]["level"] == 2 and g["ratings"][scored[3]]["level"] == 2 and g["ratings"][scored[4]]["level"] == 3
assert g["ratings"][scored[0]]["level"] == 4  # undisputed
assert g["feedback"] == "New Tutor feedback" and g["context"]["tutor"] == "IV Lead"
record = json.load(open(f"{ws}/learners/learner-e2e.record.json"))
ids = [s["id"] for s in record["sessions"]]
assert ids == [g["id"]], ids
print("moderation ok")
PY
# Never over an original or an existing file.
set +e
"$COACHSCOPE_BIN" moderate "$a" "$b" --choose "${scored[1]}=B,${scored[3]}=A,${scored[4]}=B" --moderator M --reason R -o "$a" 2>/dev/null; code=$?
set -e
[ "$code" = 1 ] || fail "writing over an original should be refused"
[ "$(sha256sum "$a" "$b")" = "$sum_before" ] || fail "the originals changed"

# The agreed observation is not an assessor's own rating: agree leaves it out.
"$COACHSCOPE_BIN" agree "$a" "$b" "$out_dir/agreed.observation.json" | finds "agreed (moderated) observation" || fail "agreed one counted"
echo "ok"

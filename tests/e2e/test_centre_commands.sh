#!/usr/bin/env bash
# `coachscope centre` and `coachscope cohort` on a generated centre, as a lead tutor uses them:
# one JSON row per learner with its flags, the figures agreeing with `status`, filters and sorts,
# CSV, a damaged record skipped and named (never fatal, never changed), and the cohort view as
# text, CSV and HTML.
source "$(dirname "$0")/lib.sh"
cd "$out_dir"
: "${MAKE_CENTRE:?run through ctest}"
bin=$COACHSCOPE_BIN
today=2026-11-23

expect_exit() {  # expect_exit CODE command...
  local want=$1; shift
  set +e; "$@" > last.out 2> last.err; local got=$?; set -e
  [ "$got" = "$want" ] || fail "$* exited $got, expected $want: $(head -c 2000 last.err)"
}

"$MAKE_CENTRE" ws 125 4 5 --records-only --today $today > /dev/null

# Every learner, one row each, with every kind of flag somewhere in the centre.
expect_exit 0 "$bin" centre ws --json --today $today
cp last.out centre.json
python3 - centre.json <<'PY' || fail "centre --json rows"
import json, sys
d = json.load(open(sys.argv[1]))
rows = d["learners"]
assert d["format"] == "coachscope.centre/1" and d["today"] == "2026-11-23"
assert len(rows) == 125, len(rows)
assert len({r["id"] for r in rows}) == 125
keys = {"id", "name", "cohort", "tutor", "programme", "coachingHours", "seniorCoachingHours", "supervisionHours",
        "bookReviews", "threeWayContracts", "assignments", "deadline", "lastObserved", "latestRatings", "flags",
        "sessionsWithoutCoacheeFeedback", "conflicts", "complete"}
for r in rows:
    assert keys <= set(r), keys - set(r)
    assert r["cohort"] and r["tutor"] and r["programme"]["known"]
    if r["programme"]["id"] == "ilm-coaching-level7":
        assert r["seniorCoachingHours"]["required"] > 0
    assert r["latestRatings"], r["name"]
flags = {f for r in rows for f in r["flags"]}
assert flags == {"deadline-near", "overdue", "not-observed", "no-coachee-feedback", "conflicts"}, flags
for r in rows:
    if "overdue" in r["flags"]: assert r["deadline"]["daysLeft"] < 0 and not r["complete"]
    if "deadline-near" in r["flags"]: assert 0 <= r["deadline"]["daysLeft"] <= 60
    if "not-observed" in r["flags"]: assert r["daysSinceLastObservation"] is None or r["daysSinceLastObservation"] > 56
    if "conflicts" in r["flags"]: assert r["conflicts"] > 0
counts = d["flagCounts"]
assert counts["overdue"] == sum("overdue" in r["flags"] for r in rows)
print({f: counts[f] for f in sorted(counts)})
PY

# The figures are the ones `status` gives for the same record.
learner=$(python3 -c "import json; print(json.load(open('centre.json'))['learners'][0]['id'])")
expect_exit 0 "$bin" status "ws/learners/$learner.record.json" --json --today $today
python3 - centre.json last.out <<'PY' || fail "centre and status disagree"
import json, sys
row = json.load(open(sys.argv[1]))["learners"][0]
status = json.load(open(sys.argv[2]))
assert abs(row["coachingHours"]["done"] - status["totals"]["coachingHours"]) < 1e-9
assert abs(row["supervisionHours"]["done"] - status["totals"]["supervisionHours"]) < 1e-9
assert row["deadline"]["daysLeft"] == status["deadline"]["daysLeft"]
assert row["cohort"] == status["learner"]["cohort"] and row["tutor"] == status["learner"]["tutor"]
PY

# Filters and sorts.
cohort=$(python3 -c "import json; print(json.load(open('centre.json'))['learners'][0]['cohort'])")
tutor=$(python3 -c "import json; print(json.load(open('centre.json'))['learners'][0]['tutor'])")
expect_exit 0 "$bin" centre ws --json --today $today --cohort "${cohort^^}"
python3 -c "
import json,sys; rows=json.load(open('last.out'))['learners']
assert rows and all(r['cohort'] == sys.argv[1] for r in rows), len(rows)" "$cohort" || fail "--cohort filter"
expect_exit 0 "$bin" centre ws --json --today $today --tutor "$tutor" --programme ilm-coaching-level7
python3 -c "
import json,sys; rows=json.load(open('last.out'))['learners']
assert all(r['tutor'] == sys.argv[1] and r['programme']['id'] == 'ilm-coaching-level7' for r in rows)" "$tutor" ||
  fail "--tutor/--programme filter"
expect_exit 0 "$bin" centre ws --json --today $today --flag overdue --flag conflicts --sort deadline
python3 -c "
import json; rows=json.load(open('last.out'))['learners']
assert rows and all({'overdue','conflicts'} & set(r['flags']) for r in rows)
days=[r['deadline']['daysLeft'] for r in rows]
assert days == sorted(days), days" || fail "--flag/--sort"
expect_exit 0 "$bin" centre ws --json --today $today --flag any
python3 -c "
import json; rows=json.load(open('last.out'))['learners']; assert rows and all(r['flags'] for r in rows)" || fail "--flag any"
expect_exit 2 "$bin" centre ws --flag late
grep -q 'unknown flag "late"' last.err || fail "unknown flag message: $(cat last.err)"
expect_exit 2 "$bin" centre ws --sort age
expect_exit 2 "$bin" centre ws --json --csv
expect_exit 2 "$bin" centre ws --today 23/11/2026

# Text and CSV.
expect_exit 0 "$bin" centre ws --today $today
grep -q "^125 learners$" last.out || fail "text table: $(tail -3 last.out)"
expect_exit 0 "$bin" centre ws --csv --today $today
[ "$(head -c 3 last.out | od -An -tx1 | tr -d ' ')" = efbbbf ] || fail "CSV has no byte order mark"
[ "$(grep -c $'\r$' last.out)" = 126 ] || fail "CSV should be a header and 125 CR LF lines"
head -1 last.out | grep -q "Learner,Learner id,Cohort,Tutor,Programme,Coaching hours" || fail "CSV header"

# A damaged record is skipped and named; the rest of the centre still shows; nothing is changed.
printf '{"format": "coachscope.record/1", "learnerId": ' > ws/learners/broken.record.json
cp ws/learners/broken.record.json broken.before
expect_exit 0 "$bin" centre ws --json --today $today
grep -q "skipped .*broken.record.json: line 1, column" last.err || fail "skip message: $(cat last.err)"
python3 -c "
import json; d=json.load(open('last.out'))
assert len(d['learners']) == 125 and d['skipped'][0]['file'].endswith('broken.record.json')" || fail "skipped in JSON"
cmp -s ws/learners/broken.record.json broken.before || fail "a damaged record was changed"
expect_exit 1 "$bin" centre "$out_dir/nowhere"
grep -q "not a coachscope workspace" last.err || fail "no workspace message"

# The cohort view: text, CSV, HTML; an unknown cohort lists the known ones.
expect_exit 0 "$bin" cohort ws "$cohort"
grep -q "Markers least often seen" last.out || fail "cohort text: $(head -5 last.out)"
grep -q "skipped .*broken.record.json" last.err || fail "cohort should name the skipped file"
expect_exit 0 "$bin" cohort ws "$cohort" --csv --by term
head -2 last.out | tail -1 | grep -q "^Competency,Title,Period,Ratings,Mean,Level 1" || fail "cohort CSV header"
grep -q ",All," last.out || fail "cohort CSV has no overall rows"
grep -q " term," last.out || fail "cohort CSV --by term has no terms"
expect_exit 0 "$bin" cohort ws "$cohort" --html -o cohort.html --date $today
grep -q "<svg" cohort.html || fail "cohort HTML has no chart"
grep -q "Markers least often seen" cohort.html || fail "cohort HTML lacks the markers"
grep -q "Listens Actively" cohort.html || fail "cohort HTML lacks the framework's competency titles"
expect_exit 2 "$bin" cohort ws "$cohort" --html
expect_exit 1 "$bin" cohort ws "No Such Cohort"
grep -q "cohorts: .*$cohort" last.err || fail "unknown cohort message: $(cat last.err)"
echo "centre and cohort commands: ok"

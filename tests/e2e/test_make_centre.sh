#!/usr/bin/env bash
# The generated centre: the same seed gives the same files, another seed other files; every record
# and observation is valid by `coachscope validate`; cohorts, tutors, both programmes, practice,
# supervision and marker events are all there.
source "$(dirname "$0")/lib.sh"
cd "$out_dir"
: "${MAKE_CENTRE:?run through ctest}"
bin=$COACHSCOPE_BIN

"$MAKE_CENTRE" a 30 5 42 > a.out || fail "make_centre failed"
grep -q "^30 learners in 2 cohorts, 2 tutors, 150 observations" a.out || fail "summary: $(cat a.out)"
"$MAKE_CENTRE" b 30 5 42 > /dev/null
diff -r a b > /dev/null || fail "the same seed gave different files"
"$MAKE_CENTRE" c 30 5 43 > /dev/null
if diff -r a c > /dev/null; then fail "another seed gave the same files"; fi
[ "$(ls a/learners | wc -l)" = 30 ] || fail "expected 30 records"
[ "$(ls a/observations | wc -l)" = 150 ] || fail "expected 150 observations"

"$bin" validate a/learners/*.record.json a/observations/*.observation.json > validate.out 2> validate.err ||
  fail "generated files do not validate: $(head -5 validate.err)"
[ "$(grep -c '^ok ' validate.out)" = 180 ] || fail "validate did not pass every file"

python3 - a <<'PY' || fail "generated centre is not realistic enough"
import json, pathlib, sys
ws = pathlib.Path(sys.argv[1])
records = [json.load(open(p)) for p in sorted((ws / "learners").glob("*.record.json"))]
profiles = [r["profile"][-1]["data"] for r in records]
cohorts = {p["cohort"] for p in profiles}
tutors = {p["tutor"] for p in profiles}
programmes = {p["programme"] for p in profiles}
assert len(cohorts) == 2 and len(tutors) == 2, (cohorts, tutors)
assert programmes == {"ilm-coaching-level5", "ilm-coaching-level7"}, programmes
assert all(len(r["sessions"]) == 5 for r in records)
assert sum(len(r["practice"]) for r in records) > 30
assert sum(len(r["supervision"]) for r in records) > 10
assert sum(len(r["bookReviews"]) for r in records) > 10
dates = sorted(s["data"]["date"][:7] for r in records for s in r["sessions"])
assert len(set(dates)) >= 4, set(dates)  # spread over months
obs = [json.load(open(p)) for p in sorted((ws / "observations").glob("*.json"))]
assert all(len(o["events"]) >= 12 and o["ratings"] for o in obs)
assert any(o["context"]["mode"] == "recorded" for o in obs)
print("cohorts", sorted(cohorts), "months", len(set(dates)))
PY

# Records only, and bad arguments.
"$MAKE_CENTRE" d 3 2 1 --records-only > /dev/null
[ ! -e d/observations ] || fail "--records-only wrote observations"
set +e
"$MAKE_CENTRE" e 3 two 1 2> usage.err; code=$?
set -e
[ "$code" = 2 ] || fail "bad count should exit 2, got $code"
grep -q "usage: make_centre" usage.err || fail "usage message: $(cat usage.err)"
echo "make_centre: deterministic, valid, realistic"

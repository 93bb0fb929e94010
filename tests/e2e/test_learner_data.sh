#!/usr/bin/env bash
# A learner's data through the real binary: every file 0600 and folder 0700 under a umask of 0,
# ids that are no safe token refused before any path is made of them, `report` never over its
# input or a file that is not a report, `erase` (list, --yes, and no coming back through a merge)
# and `export --pseudonymise`.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/record_lib.sh"
cd "$out_dir"
bin=$COACHSCOPE_BIN
ws=$out_dir/ws
learner=11111111-2222-4333-8444-555555555555
other=99999999-2222-4333-8444-555555555555
umask 000

expect_exit() {  # expect_exit CODE command...
  local want=$1; shift
  set +e; "$@" > last.out 2> last.err; local got=$?; set -e
  [ "$got" = "$want" ] || fail "$* exited $got, expected $want: $(cat last.out last.err)"
}
mode_of() { stat -c %a "$1"; }

# --- owner-only, whatever the umask ---
mkdir -p in
make_obs in/obs-1.json 0b000000-0000-4000-8000-000000000001 $learner "Test Learner asked Sam one question at a time" 3
make_obs in/obs-2.json 0b000000-0000-4000-8000-000000000002 $learner "second" 4 2026-10-08T10:00
make_obs in/obs-x.json 0b000000-0000-4000-8000-000000000009 $other "someone else" 2
sed -i 's/"quote": ""/"quote": "I hear that it matters to you, Sam"/' in/obs-1.json
record=$ws/learners/$learner.record.json
expect_exit 0 "$bin" merge in/obs-1.json in/obs-2.json --into "$record" --create
expect_exit 0 "$bin" merge in/obs-x.json --into "$ws/learners/$other.record.json" --create
[ "$(mode_of "$record")" = 600 ] || fail "record is $(mode_of "$record"), not 600"
[ "$(mode_of "$ws/learners")" = 700 ] || fail "learners/ is $(mode_of "$ws/learners"), not 700"
[ "$(mode_of "$ws")" = 700 ] || fail "workspace is $(mode_of "$ws"), not 700"
lock=$ws/learners/.$learner.record.json.lock
[ "$(mode_of "$lock")" = 600 ] || fail "lock file is $(mode_of "$lock")"
chmod 644 "$record"
make_obs in/obs-3.json 0b000000-0000-4000-8000-000000000003 $learner "third" 2 2026-10-15T10:00
expect_exit 0 "$bin" merge in/obs-3.json --into "$record"
[ "$(mode_of "$record")" = 600 ] || fail "a rewrite left the record $(mode_of "$record")"
mkdir -p "$ws/observations" "$ws/reports"
cp in/obs-1.json in/obs-2.json in/obs-x.json "$ws/observations/"
expect_exit 0 "$bin" report "$record" -o "$ws/reports/test-learner-progress.html" --date 2026-11-01
[ "$(mode_of "$ws/reports/test-learner-progress.html")" = 600 ] || fail "report not 600"
expect_exit 0 "$bin" report "$ws/observations/obs-x.json" -o "$ws/reports/someone-feedback.md" --date 2026-11-01

# A refused merge leaves no lock file beside what it refused.
echo "my own notes" > notes.txt
expect_exit 1 "$bin" merge in/obs-3.json --into notes.txt
[ ! -e .notes.txt.lock ] || fail "a refused merge left .notes.txt.lock"

# A killed write's temporary is gone after the next write into the folder.
stale="$ws/learners/.$learner.record.json.0f0f0f0f-0000-4000-8000-000000000000.tmp"
echo '{"half' > "$stale"
make_obs in/obs-4.json 0b000000-0000-4000-8000-000000000004 $learner "fourth" 3 2026-10-22T10:00
expect_exit 0 "$bin" merge in/obs-4.json --into "$record"
[ ! -e "$stale" ] || fail "stale temporary still there"

# --- ids are safe tokens ---
mkdir -p evil
make_obs evil/a.json 0c000000-0000-4000-8000-00000000000a "../../victim" "x" 3
make_obs evil/b.json 0c000000-0000-4000-8000-00000000000b "../../victim" "x" 3
sed -i 's/"tutor": "Tutor"/"tutor": "Other tutor"/' evil/b.json
echo "precious" > "$out_dir/victim.record.json"
sum_before=$(sha256sum "$out_dir/victim.record.json")
expect_exit 1 "$bin" moderate evil/a.json evil/b.json --moderator M --reason R --merge --workspace "$ws" -o agreed.json
grep -q 'learner id "../../victim" is not a safe id' last.err || fail "moderate --merge message: $(cat last.err)"
[ "$(sha256sum "$out_dir/victim.record.json")" = "$sum_before" ] || fail "moderate --merge changed a file outside"
[ ! -e agreed.json ] || fail "a refused moderation still wrote its output"
expect_exit 1 "$bin" erase ../etc --workspace "$ws"
grep -q "not a safe id" last.err || fail "erase ../etc message: $(cat last.err)"

# --- report never over an input, nor over a file that is not a report ---
cp in/obs-2.json obs-copy.json
sum=$(sha256sum obs-copy.json)
expect_exit 1 "$bin" report obs-copy.json -o obs-copy.json --format html
grep -q "report's own input" last.err || fail "report -o input message: $(cat last.err)"
ln -f obs-copy.json hard-link.html
expect_exit 1 "$bin" report obs-copy.json -o hard-link.html --force
[ "$(sha256sum obs-copy.json)" = "$sum" ] || fail "report overwrote its input"
echo "<html>my own page</html>" > mine.html
expect_exit 1 "$bin" report obs-copy.json -o mine.html
grep -q "is not a coachscope report" last.err || fail "report over a stranger's file: $(cat last.err)"
grep -q "my own page" mine.html || fail "mine.html was replaced"
expect_exit 0 "$bin" report obs-copy.json -o mine.html --force
for ext in html md pdf; do
  expect_exit 0 "$bin" report obs-copy.json -o "again.$ext" --date 2026-11-01
  expect_exit 0 "$bin" report obs-copy.json -o "again.$ext" --date 2026-11-02  # a report may be replaced
done
expect_exit 0 "$bin" log "$record" --csv > /dev/null
expect_exit 0 "$bin" report "$record" -o log.csv
expect_exit 0 "$bin" report "$record" -o log.csv

# --- export --pseudonymise ---
expect_exit 0 "$bin" export $learner --pseudonymise --workspace "$ws" -o sample
ls sample/*.record.json > /dev/null || fail "no record exported"
! grep -rq "Test Learner\|Sam\|$learner\|I hear that" sample || fail "exported copy still names people: $(grep -rl 'Test Learner\|Sam\|I hear' sample)"
grep -q "Coachee 1" sample/*.observation.json || fail "coachee pseudonym missing"
grep -q "quote removed" sample/*.observation.json || fail "quote not replaced"
[ "$(ls sample/*.observation.json | wc -l)" = 2 ] || fail "expected the learner's 2 observations"
expect_exit 0 "$bin" validate sample/*.json
[ "$(mode_of sample)" = 700 ] || fail "export folder is $(mode_of sample)"
expect_exit 1 "$bin" export $learner --pseudonymise --workspace "$ws" -o "$ws/reports/x"
expect_exit 2 "$bin" export $learner --workspace "$ws" -o elsewhere

# --- erase ---
cat > "$ws/settings.json" <<JSON
{"format": "coachscope.settings/1", "recentFiles": ["$ws/observations/obs-1.json", "$ws/observations/obs-x.json"]}
JSON
expect_exit 0 "$bin" erase $learner --workspace "$ws"
for f in "$record" "$ws/observations/obs-1.json" "$ws/observations/obs-2.json" "$ws/reports/test-learner-progress.html"; do
  grep -qF "$f" last.out || fail "erase does not list $f: $(cat last.out)"
  [ -e "$f" ] || fail "erase without --yes removed $f"
done
grep -q "recent file" last.out || fail "erase does not list the recent-file entry"
grep -q "obs-x.json\|someone-feedback" last.out && fail "erase lists another learner's file: $(cat last.out)"
expect_exit 0 "$bin" erase $learner --workspace "$ws" --yes
for f in "$record" "$lock" "$ws/observations/obs-1.json" "$ws/observations/obs-2.json" "$ws/reports/test-learner-progress.html"; do
  [ ! -e "$f" ] || fail "erase --yes left $f"
done
[ -e "$ws/observations/obs-x.json" ] && [ -e "$ws/learners/$other.record.json" ] && [ -e "$ws/reports/someone-feedback.md" ] \
  || fail "erase removed another learner's files"
grep -q "obs-1.json" "$ws/settings.json" && fail "recent-file entry kept"
grep -q "obs-x.json" "$ws/settings.json" || fail "another learner's recent-file entry dropped"
[ "$(mode_of "$ws/erased.json")" = 600 ] || fail "erased.json not 600"
# A merge from another tutor's copy does not bring the learner back.
expect_exit 1 "$bin" merge in/obs-1.json --into "$record" --create
grep -q "was erased from this workspace" last.err || fail "merge after erase: $(cat last.err)"
[ ! -e "$record" ] && [ ! -e "$lock" ] || fail "the erased learner's record or lock came back"
expect_exit 0 "$bin" erase $learner --workspace "$ws"
grep -q "already erased" last.out || fail "second erase: $(cat last.out)"
expect_exit 1 "$bin" erase 00000000-0000-4000-8000-000000000000 --workspace "$ws"
echo "learner data e2e: ok"

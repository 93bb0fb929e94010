#!/usr/bin/env bash
# Two tutors' clones of one centre repository commit to the same learner record at the same time;
# `git merge` goes through `coachscope merge-driver` (configured by .gitattributes + git config, as
# the README says) and ends with no conflict and nothing lost from either side.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/record_lib.sh"

export GIT_AUTHOR_NAME=Tutor GIT_AUTHOR_EMAIL=tutor@example.org GIT_COMMITTER_NAME=Tutor GIT_COMMITTER_EMAIL=tutor@example.org
export GIT_CONFIG_NOSYSTEM=1 HOME="$out_dir/home"
mkdir -p "$HOME"
cd "$out_dir"
learner=11111111-2222-3333-4444-555555555555
record=learners/$learner.record.json

git init -q --bare -b main origin.git
git clone -q origin.git ann 2>/dev/null
configure() {  # the exact lines the README gives
  git -C "$1" config merge.coachscope-record.name "coachscope progress record merge"
  git -C "$1" config merge.coachscope-record.driver "$COACHSCOPE_BIN merge-driver %O %A %B %P"
}
configure ann
cd ann
echo '*.record.json merge=coachscope-record' > .gitattributes
mkdir -p learners ../obs
make_obs ../obs/first.json obs-first $learner "first session" 2
"$COACHSCOPE_BIN" merge ../obs/first.json --into $record --create --programme ilm-coaching-level5 > /dev/null
git add .gitattributes $record
git commit -q -m "start the learner's record"
git push -q origin main
cd ..
git clone -q origin.git ben
configure ben

# Concurrent work: Ann and Ben each merge different sessions, and both edit one shared session
# differently (a conflict the record must keep, not a git conflict).
for i in 1 2 3 4 5; do make_obs obs/ann-$i.json obs-ann-$i $learner "ann $i" 3 2026-10-0${i}T10:00; done
for i in 1 2 3 4 5 6; do make_obs obs/ben-$i.json obs-ben-$i $learner "ben $i" 4 2026-10-1${i}T10:00; done
make_obs obs/shared-ann.json obs-shared $learner "Ann's view" 3
make_obs obs/shared-ben.json obs-shared $learner "Ben's view" 5
(cd ann && "$COACHSCOPE_BIN" merge ../obs/ann-*.json ../obs/shared-ann.json --into $record -q && git commit -q -am "Ann's sessions" && git push -q origin main)
(cd ben && "$COACHSCOPE_BIN" merge ../obs/ben-*.json ../obs/shared-ben.json --into $record -q && git commit -q -am "Ben's sessions")

cd ben
git pull -q --no-rebase --no-edit origin main || fail "git pull reported a conflict: $(git status --short)"
[ -z "$(git diff --name-only --diff-filter=U)" ] || fail "unmerged paths left: $(git status --short)"
grep -q '<<<<<<<' $record && fail "conflict markers in the record"
"$COACHSCOPE_BIN" validate $record > /dev/null || fail "merged record does not validate"
"$COACHSCOPE_BIN" status $record --json > ../status.json
sessions=$(json_field ../status.json 'd["totals"]["sessions"]')
conflicts=$(json_field ../status.json 'd["conflicts"]')
# first + 5 of Ann's + 6 of Ben's + the shared one
[ "$sessions" = 13 ] || fail "expected 13 sessions after the merge, found $sessions"
[ "$conflicts" = 1 ] || fail "expected the shared session's two versions as 1 conflict, found $conflicts"
for id in obs-first obs-ann-{1..5} obs-ben-{1..6}; do grep -q "\"id\": \"$id\"" $record || fail "$id lost"; done
grep -q "Ann's view" $record || fail "Ann's version of the shared session lost"
grep -q "Ben's view" $record || fail "Ben's version of the shared session lost"
git push -q origin main
cd ../ann
git pull -q --no-rebase --no-edit origin main || fail "Ann's pull failed"
cmp -s $record ../ben/$record || fail "the two clones differ after syncing"

# Merging the same branches again changes nothing (the driver is idempotent).
git log --oneline | head -5
echo "ok: $sessions sessions, $conflicts conflict kept for a tutor, clones identical"

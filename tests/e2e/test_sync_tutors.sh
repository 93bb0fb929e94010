#!/usr/bin/env bash
# `coachscope sync`: tutors' workspaces join a centre's repository, empty at first, and sync at the
# same time (each retrying when another pushed first); every workspace ends with every session,
# the record valid, and only records and observations in the repository.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/record_lib.sh"
source "$(dirname "$0")/sync_lib.sh"
cd "$out_dir"
new_remote centre

# Two tutors join the empty repository and, with nothing pushed yet, each starts the learner's
# record with a different session and syncs at once.
sync_ws ann --clone "$out_dir/centre.git" || fail "ann could not join: $(cat ann.log)"
sync_ws ben --clone "$out_dir/centre.git" || fail "ben could not join: $(cat ben.log)"
add_session ann obs-ann "Ann's session"
add_session ben obs-ben "Ben's session"
# What is never shared: journals, settings, reports, locks, synced folders' conflict copies.
mkdir -p ann/journal ann/reports
echo '{}' > ann/journal/obs-ann.journal
echo '{}' > ann/settings.json
echo '<p>' > ann/reports/feedback.html
cp ann/$record "ann/learners/$learner.record.sync-conflict-20261001-101010-ABC.json"
sync_ws ann & a=$!
sync_ws ben & b=$!
wait $a || fail "ann's sync failed: $(cat ann.log)"
wait $b || fail "ben's sync failed: $(cat ben.log)"
sync_ws ann || fail "ann's second sync failed: $(cat ann.log)"
sync_ws ben || fail "ben's second sync failed: $(cat ben.log)"
for ws in ann ben; do
  n=$(sessions_in $ws)
  [ "$n" = 2 ] || fail "$ws holds $n sessions, expected 2: $(cat $ws.log)"
done
grep -q "came in: .*1 session added" ann.log || grep -q "came in: .*1 session added" ben.log ||
  fail "no sync said a session came in: $(cat ann.log ben.log)"
shared=$(git --git-dir=centre.git ls-tree -r --name-only main | sort | tr '\n' ' ')
expected=".gitattributes .gitignore $record observations/obs-ann.observation.json observations/obs-ben.observation.json "
[ "$shared" = "$expected" ] || fail "the repository holds [$shared], expected [$expected]"
git --git-dir=centre.git log --format='%an <%ae>' main | finds '^coachscope on ' ||
  fail "commits without a configured identity should be by 'coachscope on HOST'"
perm=$(stat -c %a ben/observations/obs-ann.observation.json)
[ "$perm" = 600 ] || fail "a file that came in is mode $perm, expected 600"

# A third tutor joins a repository that has work in it, and all three sync new sessions at once.
sync_ws cat --clone "$out_dir/centre.git" || fail "cat could not join: $(cat cat.log)"
[ "$(sessions_in cat)" = 2 ] || fail "cat's clone holds $(sessions_in cat) sessions, expected 2"
grep -q "came in: Test Learner, 2 sessions added\|came in: new learner Test Learner, 2 sessions added" cat.log ||
  fail "cat's clone did not say what came in: $(cat cat.log)"
for ws in ann ben cat; do add_session $ws obs-$ws-2 "$ws's second session"; done
pids=()
for ws in ann ben cat; do sync_ws $ws & pids+=($!); done
for pid in "${pids[@]}"; do wait "$pid" || fail "a concurrent sync failed: $(cat ann.log ben.log cat.log)"; done
for ws in ann ben cat; do sync_ws $ws || fail "$ws's last sync failed: $(cat $ws.log)"; done
for ws in ann ben cat; do
  n=$(sessions_in $ws)
  [ "$n" = 5 ] || fail "$ws holds $n sessions after three tutors synced, expected 5: $(cat $ws.log)"
done
cmp -s ann/$record ben/$record && cmp -s ben/$record cat/$record || fail "the three records differ after syncing"
grep -h 'after [0-9]* attempts' ann.log ben.log cat.log || echo "(no concurrent sync had to retry this time)"

# Deterministically second: Ben's push finds that Ann pushed after his fetch (his pre-push hook
# makes her sync then), so his sync must fetch, join and push again.
add_session ann obs-ann-3 "Ann's third session"
add_session ben obs-ben-3 "Ben's third session"
cat > ben/.git/hooks/pre-push <<HOOK
#!/bin/sh
[ -e "$out_dir/ann-pushed" ] && exit 0
touch "$out_dir/ann-pushed"
"$COACHSCOPE_BIN" sync --workspace "$out_dir/ann" -q > /dev/null 2>&1
HOOK
chmod +x ben/.git/hooks/pre-push
: > ben.log
sync_ws ben || fail "ben's sync did not recover from ann pushing first: $(cat ben.log)"
grep -q 'after 2 attempts' ben.log || fail "ben's sync should have pushed on its second attempt: $(cat ben.log)"
grep -q 'came in: Test Learner, 1 session added' ben.log || fail "ben's sync did not say Ann's session came in: $(cat ben.log)"
[ "$(sessions_in ben)" = 7 ] || fail "ben holds $(sessions_in ben) sessions, expected 7"
echo "ok: three tutors synced concurrently (5 sessions in every record), a push beaten by another retried"

#!/usr/bin/env bash
# `coachscope sync` when things go wrong: an unreachable remote (clear error, nothing lost, the
# work goes with the next sync), a repository that cannot be joined, a workspace that is no clone,
# and a conflict in a file that is not a record (reported and undone, never resolved by a side).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/record_lib.sh"
source "$(dirname "$0")/sync_lib.sh"
cd "$out_dir"
new_remote centre

# Not a clone yet.
mkdir -p lone
if sync_ws lone; then fail "sync in a workspace that joined no repository should fail"; fi
grep -q 'sync --clone URL' lone.log || fail "the error should say how to join: $(cat lone.log)"

# A repository that cannot be reached: the workspace and its work stay exactly as they were.
add_session keep obs-keep "kept"
before=$(find keep -type f | sort | xargs sha256sum)
if sync_ws keep --clone "$out_dir/missing.git"; then fail "joining a missing repository should fail"; fi
grep -q "cannot reach the centre's repository $out_dir/missing.git" keep.log || fail "unclear error: $(cat keep.log)"
[ ! -e keep/.git ] || fail "a failed join left a .git folder behind"
[ "$(find keep -type f | sort | xargs sha256sum)" = "$before" ] || fail "a failed join changed the workspace"
# ...and the same workspace joins once the address is right, its work going up with it.
sync_ws keep --clone "$out_dir/centre.git" || fail "keep could not join: $(cat keep.log)"
git --git-dir=centre.git cat-file -e main:$record || fail "keep's record did not reach the repository"

# The remote goes away after joining: the new session is committed here, nothing is lost, and
# it goes out with the next sync once the remote is back.
sync_ws away --clone "$out_dir/centre.git" || fail "away could not join: $(cat away.log)"
add_session away obs-away "written while the server was down"
mv centre.git centre-offline.git
: > away.log
if sync_ws away; then fail "sync with an unreachable remote should fail"; fi
grep -q "cannot reach the centre's repository .*nothing is lost" away.log || fail "unclear error: $(cat away.log)"
grep -q 'obs-away' away/$record || fail "the new session is gone from the record"
git -C away log --format=%s -1 | finds '^Sync from' || fail "the new work was not committed locally"
[ -z "$(git -C away status --porcelain --untracked-files=no)" ] || fail "the failed sync left changes half-done"
mv centre-offline.git centre.git
sync_ws away || fail "the sync after the remote came back failed: $(cat away.log)"
git --git-dir=centre.git show main:$record | finds obs-away || fail "the session written offline never arrived"

# A file that is not a record, changed differently by two tutors: reported, never resolved.
sync_ws one --clone "$out_dir/centre.git" || fail "one could not join: $(cat one.log)"
sync_ws two --clone "$out_dir/centre.git" || fail "two could not join: $(cat two.log)"
obs=observations/obs-keep.observation.json
sed -i 's/"feedback": "kept"/"feedback": "one changed it"/' one/$obs
sed -i 's/"feedback": "kept"/"feedback": "two changed it"/' two/$obs
sync_ws one || fail "one's sync failed: $(cat one.log)"
: > two.log
if sync_ws two; then fail "a conflict in an observation should fail the sync"; fi
grep -q "$obs changed both here and in the centre's repository" two.log || fail "the conflict was not reported: $(cat two.log)"
grep -q '"feedback": "two changed it"' two/$obs || fail "two's own version was not kept in the workspace"
! grep -q '<<<<<<<' two/$obs || fail "conflict markers were left in the observation"
[ ! -e two/.git/MERGE_HEAD ] || fail "the failed merge was left half-way"
git --git-dir=centre.git show main:$obs | finds '"feedback": "one changed it"' ||
  fail "the repository should still hold one's version only"
git -C two log --format=%s -1 | finds '^Sync from' || fail "two's change was not committed locally"
echo "ok: unreachable remote, failed join, no clone and an observation conflict all reported, nothing lost"

#!/usr/bin/env bash
# A synced folder (Syncthing, Dropbox) left conflict copies of a record in learners/: starting the
# window joins each into the record and removes it; `coachscope sync` does the same before it
# commits. A copy that does not load is kept and reported.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/record_lib.sh"
ws="$out_dir/ws"
learner=11111111-2222-3333-4444-555555555555
record="$ws/learners/$learner.record.json"
mkdir -p "$ws/learners" "$out_dir/obs"

# The same record changed on two machines: the folder keeps one, the other becomes a copy.
make_obs "$out_dir/obs/a.json" obs-a $learner "on the laptop" 3
make_obs "$out_dir/obs/b.json" obs-b $learner "on the desktop" 4
"$COACHSCOPE_BIN" merge "$out_dir/obs/a.json" --into "$record" --create -q
copy="$ws/learners/$learner.record.sync-conflict-20261001-101010-DESKTOP.json"
cp "$record" "$copy"
"$COACHSCOPE_BIN" merge "$out_dir/obs/b.json" --into "$copy" -q
dropbox="$ws/learners/$learner.record (Ben's conflicted copy 2026-10-02).json"
echo '{"format": "coachscope.record/1", "learnerId": ' > "$dropbox"

with_display "$COACHSCOPE_BIN" --workspace "$ws" --screenshot "$out_dir/start.png" --frames 3 --size 1280x720 \
  --tab Progress
expect_rich_png "$out_dir/start.png" 1280 720
[ ! -e "$copy" ] || fail "the conflict copy was not removed after its merge"
grep -q '"id": "obs-b"' "$record" || fail "the copy's session did not reach the record"
grep -q '"id": "obs-a"' "$record" || fail "the record's own session was lost"
"$COACHSCOPE_BIN" validate "$record" > /dev/null || fail "the merged record does not validate"
[ -e "$dropbox" ] || fail "a copy that does not load must be kept"

# sync joins copies too, before it commits.
git init -q --bare -b main "$out_dir/centre.git"
"$COACHSCOPE_BIN" sync --clone "$out_dir/centre.git" --workspace "$ws" > "$out_dir/clone.log" 2>&1 ||
  fail "could not join: $(cat "$out_dir/clone.log")"
grep -q "conflict copy kept: .*conflicted copy" "$out_dir/clone.log" || fail "the kept copy was not reported"
make_obs "$out_dir/obs/c.json" obs-c $learner "third machine" 2
cp "$record" "$copy"
"$COACHSCOPE_BIN" merge "$out_dir/obs/c.json" --into "$copy" -q
"$COACHSCOPE_BIN" sync --workspace "$ws" > "$out_dir/sync.log" 2>&1 || fail "sync failed: $(cat "$out_dir/sync.log")"
grep -q "conflict copy merged: $learner.record.sync-conflict" "$out_dir/sync.log" || fail "sync did not say it merged the copy"
[ ! -e "$copy" ] || fail "sync left the merged copy"
git --git-dir="$out_dir/centre.git" show "main:learners/$learner.record.json" | finds '"id": "obs-c"' ||
  fail "the copy's session was not shared"
echo "ok: conflict copies joined at start and by sync, a broken copy kept"

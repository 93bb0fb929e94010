# Helpers for the `coachscope sync` e2e tests (sourced after lib.sh and record_lib.sh): lib.sh's
# private HOME with no git identity (sync must supply one), a bare remote, and workspaces that clone it.

export GIT_CONFIG_NOSYSTEM=1
unset GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL COACHSCOPE_WORKSPACE
mkdir -p "$HOME"
learner=11111111-2222-3333-4444-555555555555
record=learners/$learner.record.json

# new_remote NAME: an empty bare repository, as a new centre's is.
new_remote() { git init -q --bare -b main "$out_dir/$1.git"; }

# sync_ws WS [ARGS...]: runs sync on a workspace, output in $out_dir/WS.log (appended).
sync_ws() {
  local ws=$1
  shift
  "$COACHSCOPE_BIN" sync --workspace "$out_dir/$ws" "$@" >> "$out_dir/$ws.log" 2>&1
}

# add_session WS ID FEEDBACK: scores a session of the shared learner and merges it into WS's record.
add_session() {
  local ws=$1 id=$2 feedback=$3
  mkdir -p "$out_dir/$ws/observations" "$out_dir/$ws/learners"
  make_obs "$out_dir/$ws/observations/$id.observation.json" "$id" $learner "$feedback" 3
  "$COACHSCOPE_BIN" merge "$out_dir/$ws/observations/$id.observation.json" --into "$out_dir/$ws/$record" \
    --create -q
}

# sessions_in WS: how many sessions WS's record holds (and fails unless it validates).
sessions_in() {
  "$COACHSCOPE_BIN" validate "$out_dir/$1/$record" > /dev/null || fail "$1: the record does not validate"
  ! grep -q '<<<<<<<\|>>>>>>>' "$out_dir/$1/$record" || fail "$1: conflict markers in the record"
  "$COACHSCOPE_BIN" status "$out_dir/$1/$record" --json > "$out_dir/$1.status.json"
  json_field "$out_dir/$1.status.json" 'd["totals"]["sessions"]'
}

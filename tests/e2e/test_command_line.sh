#!/usr/bin/env bash
# The command line behaves as users of command-line tools expect: --help, --version, exit codes,
# and `validate` naming the file, place and reason of a problem.
source "$(dirname "$0")/lib.sh"

"$COACHSCOPE_BIN" --version | grep -Eq '^coachscope [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"
"$COACHSCOPE_BIN" --help | finds 'validate' || fail "--help does not list validate"

set +e
"$COACHSCOPE_BIN" --no-such-option >/dev/null 2>&1; code=$?
set -e
[ "$code" = 2 ] || fail "unknown option should exit 2, got $code"

"$COACHSCOPE_BIN" validate "$COACHSCOPE_SOURCE"/frameworks/*.json > "$out_dir/valid.txt"
grep -q 'ok .*icf-core-competencies-2019.json' "$out_dir/valid.txt" || fail "shipped framework not ok"

sed 's/"code": "6.2"/"code": "6.1"/' "$COACHSCOPE_SOURCE/frameworks/icf-core-competencies-2019.json" > "$out_dir/dup.json"
set +e
"$COACHSCOPE_BIN" validate "$out_dir/dup.json" 2> "$out_dir/dup.err"; code=$?
set -e
[ "$code" = 1 ] || fail "invalid framework should exit 1, got $code"
grep -q 'dup.json: /markers/[0-9]*/code: duplicate marker code "6.1"' "$out_dir/dup.err" || fail "message: $(cat "$out_dir/dup.err")"

"$COACHSCOPE_BIN" frameworks | finds 'ilm-coaching-level7' || fail "frameworks list"
echo "ok"

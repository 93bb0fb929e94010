#!/usr/bin/env bash
# The Centre and Cohorts tabs in the real window on a generated centre, at 1366x768: both draw (not
# blank), the command line names them for --tab, and nothing is written into the learners' folder.
source "$(dirname "$0")/lib.sh"
cd "$out_dir"
: "${MAKE_CENTRE:?run through ctest}"
bin=$COACHSCOPE_BIN

"$MAKE_CENTRE" ws 60 4 11 --records-only > make.out || fail "make_centre failed"
before=$(cd ws/learners && sha256sum *.record.json)
with_display "$bin" --workspace ws --tab centre --size 1366x768 --frames 90 --screenshot centre.png ||
  fail "the Centre tab did not draw"
expect_rich_png centre.png 1366 768
with_display "$bin" --workspace ws --tab Cohorts --size 1366x768 --frames 90 --screenshot cohorts.png ||
  fail "the Cohorts tab did not draw"
expect_rich_png cohorts.png 1366 768
[ "$(cd ws/learners && sha256sum *.record.json)" = "$before" ] || fail "the tabs changed a record"
set +e
"$bin" --tab Nowhere --workspace ws > tab.out 2> tab.err
code=$?
set -e
[ $code = 2 ] || fail "--tab Nowhere should exit 2, got $code"
grep -q "Centre, Cohorts" tab.err || fail "--tab should name the Centre and Cohorts tabs: $(cat tab.err)"
echo "centre window: ok"

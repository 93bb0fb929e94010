#!/usr/bin/env bash
# The learner's side through the real binary: on a copy of the record the learner, in review mode
# (a scripted review session), rates themself on four sessions, reflects on one and writes an
# action; the tutor's content cannot be changed there. `coachscope merge` joins the learner's copy
# into the tutor's, whose progress report and `learner show` then show the reflection, self against
# tutor with the persistent gap, and the action; the tutor comments; the assignment 3 draft is
# written in Markdown and PDF from the record's figures.
source "$(dirname "$0")/lib.sh"

fixtures="$COACHSCOPE_SOURCE/tests/fixtures/reports"
cd "$out_dir"
cs() { "$COACHSCOPE_BIN" "$@"; }

s1=5e551011-0000-4000-8000-000000003000
s2=5e551011-0000-4000-8000-000000003001
s3=5e551011-0000-4000-8000-000000003002
s4=5e551011-0000-4000-8000-0000000003e8

cs merge "$fixtures"/earlier-{1,2,3}.observation.json "$fixtures/session-feedback.observation.json" \
  --into tutor.record.json --create >/dev/null || fail "merging the tutor's observations"
cp tutor.record.json learner.record.json
cp tutor.record.json tutor.before.json

# --- the learner, in review mode ----------------------------------------------------------------
cat > review.script <<EOF
# competency 7: the learner rates 5 where the tutor rated 2, 2, 3 and 3
session $s1
selfrate 7 5 I asked powerful questions
session $s2
selfrate 7 5 Still strong on questions
session $s3
selfrate 7 5 Strong again
session $s4
selfrate 7 5 My best questions yet
selfrate 6 4 I picked up the client's words
reflect well: Held the silence when the client paused
reflect differently: Ask one question at a time
reflect feedback: My tutor is right about stacked questions
action Ask one open question at a time in my next three sessions
# the tutor's parts are not the learner's: both refused
comment last Looks good to me
selfrate 7 9 off the scale
save
quit
EOF
with_display "$COACHSCOPE_BIN" review learner.record.json --script review.script --size 1366x768 2> review.log ||
  { cat review.log >&2; fail "coachscope review --script"; }
cat review.log
finds "comments on the action plan are the tutor's to write, not the learner's" review.log ||
  fail "review mode let the learner write the tutor's comment (or said nothing)"
finds "level 9 is not on the scale" review.log || fail "a self-rating off the scale was not refused"

# The learner's copy holds the learner's entries and the tutor's sessions exactly as they were.
python3 - learner.record.json tutor.before.json <<'EOF' || fail "the learner's copy is wrong"
import json, sys
learner, before = (json.load(open(p)) for p in sys.argv[1:3])
assert learner["sessions"] == before["sessions"], "the tutor's sessions changed in review mode"
refl = [v for v in learner["reflections"]]
assert len(refl) == 3, f"expected 3 reflection versions (one per part typed), got {len(refl)}"
heads = {v["hash"] for v in refl} - {h for v in refl for h in v["supersedes"]}
assert len(heads) == 1, "the reflection has more than one head"
head = next(v for v in refl if v["hash"] in heads)
assert head["data"]["wentWell"] == "Held the silence when the client paused", head
assert head["data"]["doDifferently"] == "Ask one question at a time", head
assert head["data"]["fromFeedback"] == "My tutor is right about stacked questions", head
selfs = {v["id"] for v in learner["selfAssessments"]}
assert selfs == {"5e551011-0000-4000-8000-000000003000", "5e551011-0000-4000-8000-000000003001",
                 "5e551011-0000-4000-8000-000000003002", "5e551011-0000-4000-8000-0000000003e8"}, selfs
items = learner["actionPlan"]
assert len(items) == 1 and items[0]["data"]["tutorComment"] == "", items
print("learner copy ok")
EOF

# --- back to the tutor: merge, show, report -----------------------------------------------------
cs merge learner.record.json --into tutor.record.json > merge.txt || fail "merging the learner's copy"
cat merge.txt
finds "record joined" merge.txt || fail "the learner's copy was not joined"
cs learner show tutor.record.json > show.txt || fail "learner show"
cat show.txt
finds "went well: Held the silence when the client paused" show.txt || fail "show: no reflection"
finds "competency 7 session $s4 .*: self 5 tutor 3 gap +2" show.txt || fail "show: no self against tutor"
finds "rated 7 .* at least 2 levels above the tutor in 4 sessions running, up to the latest" show.txt ||
  fail "show: the persistent gap on competency 7 is missing"
! finds "rated 6 " show.txt || fail "show: a gap reported where there is none"
item=$(grep -o '\] [0-9a-f-]\{36\} Ask one open question' show.txt | cut -c3-38)
[ -n "$item" ] || fail "show: no action-plan item"

cs learner comment tutor.record.json "${item:0:8}" "Good: try it with your next senior client" --by "Dr Helen Marsh" ||
  fail "the tutor's comment"
! cs learner update-action tutor.record.json "$item" --by-when 2027-02-30 2> bad-date.txt || fail "an impossible date was accepted"
finds "2027-02-30" bad-date.txt || fail "the bad date is not named"
cs learner update-action tutor.record.json "$item" --done --evidence "Did it in two sessions" >/dev/null || fail "ticking off"
cs learner show tutor.record.json > show2.txt
finds "\[x\] $item" show2.txt || fail "the item is not ticked off"
finds "tutor: Good: try it with your next senior client" show2.txt || fail "ticking off lost the tutor's comment"

cs report tutor.record.json -o progress.html --date 2026-11-23 >/dev/null || fail "progress report"
cs report tutor.record.json -o progress.md --date 2026-11-23 >/dev/null || fail "progress report (md)"
for want in "Learner&#39;s reflections" "Held the silence when the client paused" \
  "Self-assessment against the tutor" "Persistent gap" "Ask one open question at a time" \
  "Good: try it with your next senior client" "1 of 1 done"; do
  finds "$want" progress.html || fail "progress.html lacks: $want"
done
finds "My best questions yet" progress.md || fail "progress.md lacks the learner's why"

# --- the assignment 3 draft ---------------------------------------------------------------------
cs learner draft tutor.record.json --out draft.md > /dev/null || fail "draft (md)"
cat draft.md
for want in "Reflection on own performance" "## Strengths" "## Development areas" "## Action plan for continuous improvement" \
  "Held the silence when the client paused" "Ask one question at a time" "at least 2 levels above the tutor in 4 sessions" \
  "Ask one open question at a time"; do
  finds "$want" draft.md || fail "draft.md lacks: $want"
done
# Every hour figure is the record's: the coaching log says the same.
hours=$(cs log tutor.record.json | tail -1 | grep -o '[0-9.]* h of coaching' | cut -d' ' -f1)
shown=$(python3 -c "import math; h=math.floor($hours*10+0.5)/10; print(int(h) if h==int(h) else h)")
finds "Coaching logged.*$shown h in 4 sessions" draft.md || fail "draft's hours differ from the log's ($hours)"
cs learner draft tutor.record.json --out draft.pdf > /dev/null || fail "draft (pdf)"
[ "$(head -c 5 draft.pdf)" = "%PDF-" ] || fail "draft.pdf is not a PDF"
if command -v pdftotext >/dev/null; then
  pdftotext draft.pdf - | finds "Held the silence" || fail "draft.pdf lacks the reflection"
fi
# The learner's verbs refuse a tutor's role and the tutor's verb a learner's copy does not matter:
# roles are by verb, so `comment` on a missing item is a clear error.
! cs learner comment tutor.record.json nosuchitem "x" 2> missing.txt || fail "a comment on a missing item was accepted"
finds "no action-plan item nosuchitem" missing.txt || fail "the missing item is not named"
echo "learner side ok"

#!/usr/bin/env bash
# `coachscope report` end to end: the HTML opened in headless Chromium (screenshots at desktop and
# phone width; injected markup must not run), the PDF turned into PNG pages that must not be blank,
# the Markdown and the coaching log CSV, and the command line's errors and exit codes.
source "$(dirname "$0")/lib.sh"

fixtures="$COACHSCOPE_SOURCE/tests/fixtures/reports"
command -v chromium >/dev/null || fail "chromium is not installed (third_party/debian-packages.txt lists it)"
command -v pdftoppm >/dev/null || fail "pdftoppm is not installed (poppler-utils)"

# Chromium with nothing that reaches out, each run in a fresh profile.
chrome() {
  local profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars "$@" 2>/dev/null
  rm -rf "$profile"
}

report() {
  "$COACHSCOPE_BIN" report "$@" --date 2026-11-23 >/dev/null || fail "coachscope report $*"
}

# --- the checks can fail: markup that is not escaped does run in this Chromium ---------------
cat > "$out_dir/control.html" <<'EOF'
<!DOCTYPE html><html><head><title>control</title></head><body>
<script>document.title='PWNED-CONTROL';document.body.setAttribute('data-pwned','1')</script></body></html>
EOF
chrome --dump-dom "file://$out_dir/control.html" > "$out_dir/control.dom"
grep -q '<title>PWNED-CONTROL</title>' "$out_dir/control.dom" || fail "control script did not run: the check below would prove nothing"

# --- session feedback: HTML -------------------------------------------------------------------
report "$fixtures/session-feedback.observation.json" -o "$out_dir/feedback.html"
report "$fixtures/hostile.observation.json" --format html -o "$out_dir/hostile-feedback.htm"
report "$fixtures/hostile.record.json" -o "$out_dir/hostile-progress.html"

for name in hostile-feedback.htm hostile-progress.html; do
  chrome --dump-dom "file://$out_dir/$name" > "$out_dir/$name.dom"
  dom="$out_dir/$name.dom"
  [ -s "$dom" ] || fail "$name: no DOM"
  # The page's title is still the escaped learner name: no injected script changed it.
  title=$(grep -o '<title>[^<]*</title>' "$dom" | head -1)
  echo "$name: $title"
  case "$title" in *"&lt;script&gt;document.title="*) ;; *) fail "$name: title changed or not escaped: $title" ;; esac
  ! grep -q 'data-pwned="' "$dom" || fail "$name: an injected script ran"
  ! grep -qi '<script' "$dom" || fail "$name: a script element exists"
  ! grep -qi '<img' "$dom" || fail "$name: an injected image exists"
  ! grep -qi '<iframe' "$dom" || fail "$name: an injected iframe exists"
done
dom="$out_dir/hostile-feedback.htm.dom"
grep -q 'Note with &lt;script&gt;document.title=.PWNED-NOTE.&lt;/script&gt;' "$dom" || fail "the note is not shown as text"
grep -q '&lt;img src=x onerror=&quot;document.title=.PWNED-TUTOR.&quot;&gt;\|&lt;img src=x onerror="document.title=.PWNED-TUTOR."&gt;' "$dom" ||
  fail "the tutor's name is not shown as text"
grep -q '&lt;/div&gt;&lt;/section&gt;&lt;h1&gt;Injected heading&lt;/h1&gt;' "$dom" || fail "injected heading is not text"
! grep -q '<h1>Injected heading' "$dom" || fail "injected heading became markup"

# Screenshots: desktop and phone width; both must show a real page.
chrome --screenshot="$out_dir/feedback-desktop.png" --window-size=1000,1400 "file://$out_dir/feedback.html" >/dev/null
expect_rich_png "$out_dir/feedback-desktop.png" 1000 1400
chrome --screenshot="$out_dir/feedback-phone.png" --window-size=390,844 "file://$out_dir/feedback.html" >/dev/null
expect_rich_png "$out_dir/feedback-phone.png" 390 844
chrome --screenshot="$out_dir/hostile.png" --window-size=1000,1400 "file://$out_dir/hostile-feedback.htm" >/dev/null
expect_rich_png "$out_dir/hostile.png" 1000 1400

# --- PDF: pages as PNGs, none blank, page count as the PDF says --------------------------------
check_pdf() {
  local pdf=$1 min=$2 max=$3 stem
  stem="${pdf%.pdf}"
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  echo "$pdf: $pages pages"
  [ "$pages" -ge "$min" ] && [ "$pages" -le "$max" ] || fail "$pdf: $pages pages, expected $min to $max"
  pdftoppm -r 50 -png "$pdf" "$stem-page"
  local pngs=("$stem"-page-*.png)
  [ "${#pngs[@]}" = "$pages" ] || fail "$pdf: pdftoppm made ${#pngs[@]} pages, pdfinfo says $pages"
  read -r w h _ < <("$PNG_STATS" "${pngs[0]}")
  for png in "${pngs[@]}"; do expect_rich_png "$png" "$w" "$h"; done
  # Every page has a footer "Page n of N".
  for n in $(seq 1 "$pages"); do
    pdftotext -f "$n" -l "$n" "$pdf" "$stem-page.txt"
    grep -q "Page $n of $pages" "$stem-page.txt" || fail "$pdf: page $n has no 'Page $n of $pages'"
  done
}

report "$fixtures/session-feedback.observation.json" -o "$out_dir/feedback.pdf"
check_pdf "$out_dir/feedback.pdf" 4 8
pdftotext "$out_dir/feedback.pdf" "$out_dir/feedback.txt"
for text in "Priya Raman" "Dr Helen Marsh" "4 · Competent (at PCC standard)" "Confident use of silence at 21:30" \
  "You said 'stuck' twice" "12:31" "The coachee's feedback"; do
  grep -qF "$text" "$out_dir/feedback.txt" || fail "feedback.pdf lacks: $text"
done

report "$fixtures/progress.record.json" -o "$out_dir/progress.pdf"
check_pdf "$out_dir/progress.pdf" 4 9
pdftotext "$out_dir/progress.pdf" "$out_dir/progress.txt"
for text in "Portfolio status" "9.4 h of 24 h" "Competency trends" "5 · Maintains Presence" "Action plan (skeleton)" \
  "Supervision and mentor coaching (not coaching hours)"; do
  grep -qF "$text" "$out_dir/progress.txt" || fail "progress.pdf lacks: $text"
done

report "$fixtures/hostile.observation.json" -o "$out_dir/hostile.pdf"
pdftotext "$out_dir/hostile.pdf" "$out_dir/hostile.txt"
grep -qF "<script>document.title='PWNED-NOTE'</script>" "$out_dir/hostile.txt" ||
  fail "hostile text is not printed as written in the PDF"

# --- Markdown and CSV --------------------------------------------------------------------------
report "$fixtures/session-feedback.observation.json" -o "$out_dir/feedback.md"
head -1 "$out_dir/feedback.md" | finds -x '# Session feedback: Priya Raman' || fail "markdown heading"
report "$fixtures/progress.record.json" -o "$out_dir/log.csv"
[ "$(head -c 3 "$out_dir/log.csv" | od -An -tx1 | tr -d ' ')" = "efbbbf" ] || fail "CSV has no UTF-8 BOM"
grep -q $'^Total,10 sessions,,,,564.50,9.41,' "$out_dir/log.csv" || fail "CSV totals"
[ "$(grep -c $'\r$' "$out_dir/log.csv")" = "$(wc -l < "$out_dir/log.csv")" ] || fail "CSV lines must end in CR LF"

# --- errors ------------------------------------------------------------------------------------
set +e
"$COACHSCOPE_BIN" report "$fixtures/session-feedback.observation.json" -o "$out_dir/x.docx" 2> "$out_dir/err1"; code=$?
set -e
[ "$code" = 2 ] || fail "unknown format should exit 2, got $code"
grep -q 'give --format' "$out_dir/err1" || fail "message: $(cat "$out_dir/err1")"
sed 's/"version": "2019"/"version": "1999"/' "$fixtures/session-feedback.observation.json" > "$out_dir/old.observation.json"
set +e
"$COACHSCOPE_BIN" report "$out_dir/old.observation.json" -o "$out_dir/old.html" 2> "$out_dir/err2"; code=$?
set -e
[ "$code" = 1 ] || fail "missing framework should exit 1, got $code"
grep -q 'icf-core-competencies@1999, which is not available' "$out_dir/err2" || fail "message: $(cat "$out_dir/err2")"
[ ! -e "$out_dir/old.html" ] || fail "a failed report must not leave a file"
echo "ok"

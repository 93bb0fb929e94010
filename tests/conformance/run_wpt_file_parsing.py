#!/usr/bin/env python3
"""Measures coachscope's WebVTT parser against web-platform-tests' file-parsing tests.

Give it the `.test` sources of webvtt/parsing/file-parsing/support/ from a checkout of
web-platform-tests (they are not part of this repository). Each test's WebVTT part is written
out as the WPT build does it, read by build/tests/webvtt_dump, and the test's own JavaScript
assertions are run by node against the cues. Assertions about what a transcript does not model
(cue settings, regions, style sheets) are counted apart, not as passes.

    tests/conformance/run_wpt_file_parsing.py build/tests/webvtt_dump WPT/webvtt/parsing/file-parsing/support/*.test
"""
import json
import os
import subprocess
import sys
import tempfile

HARNESS = r"""
const NA = new Proxy(function () {}, { get: (t, p) => (p === Symbol.toPrimitive ? () => 'n/a' : NA) });
const modelled = new Set(['id', 'text', 'startTime', 'endTime']);
const result = { pass: 0, fail: 0, na: 0, failures: [] };
function cueOf(c) { return new Proxy(c, { get: (t, p) => (modelled.has(p) ? t[p] : NA) }); }
const data = JSON.parse(process.argv[2]);
const cues = data.cues ? data.cues.map(cueOf) : [];
const document = NA, CSSRule = NA;
function record(ok, actual, expected, message) {
  if (actual === NA || expected === NA) { result.na++; return; }
  if (ok) result.pass++; else { result.fail++; result.failures.push(`${message || ''} got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`); }
}
function assert_equals(a, e, m) { record(a === e || (Number.isNaN(a) && Number.isNaN(e)), a, e, m); }
function assert_not_equals(a, e, m) { record(a !== e, a, e, m); }
function assert_true(a, m) { if (a === NA) result.na++; else record(a === true, a, true, m); }
function assert_false(a, m) { if (a === NA) result.na++; else record(a === false, a, false, m); }
try {
  (function () { %TEST% }).call({});
} catch (e) {
  result.fail++;
  result.failures.push('threw ' + e);
}
if (data.error) result.failures.unshift('refused: ' + data.error);
console.log(JSON.stringify(result));
"""


def split_test(source):
    header, body = source.split('\n\n', 1)
    js, vtt = body.split('===\n', 1)
    return header.split('\n', 1)[0], js, bytes(vtt, 'utf-8').decode('unicode_escape')


def main(dump, tests):
    totals = {'pass': 0, 'fail': 0, 'na': 0}
    files_passed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for test in tests:
            name, js, vtt = split_test(open(test, encoding='utf-8').read())
            vtt_path = os.path.join(tmp, 'test.vtt')
            with open(vtt_path, 'w', encoding='utf-8') as out:
                out.write(vtt)
            cues = subprocess.run([dump, vtt_path], capture_output=True, text=True, check=True).stdout
            script = os.path.join(tmp, 'test.js')
            with open(script, 'w', encoding='utf-8') as out:
                out.write(HARNESS.replace('%TEST%', js))
            result = json.loads(subprocess.run(['node', script, cues], capture_output=True, text=True, check=True).stdout)
            for key in totals:
                totals[key] += result[key]
            verdict = 'PASS' if result['fail'] == 0 else 'FAIL'
            files_passed += result['fail'] == 0
            print(f"{verdict}  {os.path.basename(test):32} {result['pass']} passed, {result['fail']} failed, "
                  f"{result['na']} not modelled")
            for failure in result['failures'][:5]:
                print('      ' + failure)
    print(f"\n{files_passed} of {len(tests)} test files pass; assertions: {totals['pass']} passed, "
          f"{totals['fail']} failed, {totals['na']} not modelled (cue settings, regions, style sheets)")
    return 0 if totals['fail'] == 0 else 1


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))

#!/usr/bin/env python3
"""Compares coachscope's WebVTT parser with another parser's expected cues.

For every FILE.vtt that has a FILE.json beside it holding {"cues": [{id, startTime, endTime,
text}, ...]} (the layout of mozilla/vtt.js's tests), runs build/tests/webvtt_dump and compares
the number of cues and each cue's id, times and text. Neither parser's files are part of this
repository: point it at a checkout.

    tests/conformance/compare_cue_json.py build/tests/webvtt_dump VTTJS/tests
"""
import json
import os
import subprocess
import sys


def main(dump, roots):
    same = differ = 0
    for root in roots:
        for folder, _, files in sorted(os.walk(root)):
            for name in sorted(files):
                if not name.endswith('.vtt'):
                    continue
                expected_path = os.path.join(folder, name[:-4] + '.json')
                if not os.path.exists(expected_path):
                    continue
                expected = json.load(open(expected_path, encoding='utf-8')).get('cues', [])
                got = json.loads(subprocess.run([dump, os.path.join(folder, name)], capture_output=True, text=True).stdout)
                cues = got.get('cues', [])
                problems = []
                if len(cues) != len(expected):
                    problems.append(f"{len(cues)} cues, expected {len(expected)}" + (f" ({got['error']})" if 'error' in got else ''))
                for i, (a, b) in enumerate(zip(cues, expected)):
                    for key in ('id', 'startTime', 'endTime', 'text'):
                        if key in b and a[key] != b[key] and not (isinstance(b[key], float) and abs(a[key] - b[key]) < 1e-9):
                            problems.append(f"cue {i} {key}: {a[key]!r}, expected {b[key]!r}")
                if problems:
                    differ += 1
                    print(f"DIFF {os.path.relpath(os.path.join(folder, name), root)}: " + '; '.join(problems[:3]))
                else:
                    same += 1
    print(f"\n{same} of {same + differ} files read as expected")
    return 0 if differ == 0 else 1


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))

#!/usr/bin/env python3
"""Writes the fuzz seeds that are not files of the project already: settings, journal lines and
whole journals (on the example observation), record pairs for the merge target, and SubRip files.
Run from the repository root; the output is checked in under tests/fuzz/corpus/."""
import copy
import json
import pathlib

root = pathlib.Path(__file__).resolve().parents[2]
corpus = root / "tests" / "fuzz" / "corpus"
example = json.loads((root / "docs" / "examples" / "scored-session.observation.json").read_text())
fixtures = root / "tests" / "fixtures" / "reports"


def write(target, name, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def compact(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# settings.json as the window writes it, with a key of a later version kept beside.
write("settings", "defaults.json", json.dumps({"format": "coachscope.settings/1"}, indent=2))
write("settings", "full.json", json.dumps({
    "format": "coachscope.settings/1",
    "markerKeys": {"icf-core-competencies@2019": {"3.1": "q", "6.2": "Shift+a", "8.1": ";"}},
    "autopause": False, "keepNoteKindAndTag": True,
    "recentFiles": ["/w/observations/a.observation.json", "b.observation.json"],
    "tutor": "Alex Morgan", "laterOption": {"kept": [1, 2.5, None]}}, indent=2))

event = example["events"][0]
note = example["notes"][0]
commands = {
    "setup": {"kind": "setup", "framework": example["framework"], "context": example["context"]},
    "put-event": {"kind": "putEvent", "event": event},
    "remove-event": {"kind": "removeEvent", "id": event["id"]},
    "put-note": {"kind": "putNote", "note": note},
    "remove-note": {"kind": "removeNote", "id": note["id"]},
    "set-rating": {"kind": "setRating", "competency": "3", "rating": example["ratings"]["3"]},
    "clear-rating": {"kind": "setRating", "competency": "3", "rating": None},
    "set-judgement": {"kind": "setJudgement", "competency": "1",
                      "judgement": {"option": "concern", "reason": "spoke over the client"}},
    "clear-judgement": {"kind": "setJudgement", "competency": "1", "judgement": None},
    "set-text": {"kind": "setText", "field": "feedback", "text": "Clear contract; ask before offering ideas."},
    "set-duration": {"kind": "setDuration", "seconds": 1804.5},
    "set-media": {"kind": "setMedia", "media": {"path": "media/session.mp4", "sizeBytes": 1048576,
                                                "contentHash": "ab" * 32, "durationSeconds": 1800,
                                                "transcriptPath": "media/session.vtt",
                                                "transcriptSizeBytes": 2048, "transcriptHash": "cd" * 32}},
    "unlink-media": {"kind": "setMedia", "media": None},
}
for name, command in commands.items():
    write("journal_line", name + ".json", compact(command))

base = copy.deepcopy(example)
base["id"] = "journal-seed"
header = compact({"format": "coachscope.journal/1", "savedPath": "", "base": base})
lines = [
    {"op": "apply", "clock": 10, "command": commands["put-note"], "merge": "note:" + note["id"]},
    {"op": "apply", "clock": 12, "command": commands["set-text"], "merge": "text:feedback"},
    {"op": "close", "clock": 12},
    {"op": "apply", "clock": 20, "command": commands["set-judgement"]},
    {"op": "undo", "clock": 21},
    {"op": "redo", "clock": 22},
    {"op": "undo", "clock": 23},
    {"op": "apply", "clock": 30, "command": commands["remove-event"]},
    {"op": "apply", "clock": 31, "command": commands["set-media"]},
]
body = "".join(compact(line) + "\n" for line in lines)
write("journal", "header-only.journal", header + "\n")
write("journal", "session.journal", header + "\n" + body)
write("journal", "torn-tail.journal", header + "\n" + body + compact(lines[0])[:40])
write("journal", "no-final-newline.journal", header + "\n" + body.rstrip("\n"))

# Pairs for the merge target: two documents separated by a NUL byte.
record = (fixtures / "progress.record.json").read_bytes()
observations = sorted(fixtures.glob("*.observation.json"))
write("merge", "record-record", record + b"\0" + record)
same_learner = [p.read_bytes() for p in observations if p.name.startswith("earlier")]
for i, first in enumerate(same_learner):
    write("merge", f"observation-record-{i}", first + b"\0" + record)
    write("merge", f"observation-observation-{i}", first + b"\0" + same_learner[(i + 1) % len(same_learner)])
edited = json.loads(same_learner[0])
edited["feedback"] = "An edit made on another tutor's copy."
edited["updatedAt"] = "2026-12-01T09:00:00Z"
write("merge", "edit-conflict", same_learner[0] + b"\0" + json.dumps(edited, indent=2).encode())

write("srt", "two-speakers.srt", "1\n00:00:01,000 --> 00:00:04,000\nCoach: What would you like to take away today?\n\n"
      "2\n00:00:04,500 --> 00:00:09,250\nClient: Some clarity on the team move.\n\n"
      "3\n00:00:09,300 --> 00:00:12,000\n<i>Coach:</i> And how will you know?\n")
write("srt", "no-numbers-dots.srt", "00:00:01.000 --> 00:00:02.000\n[Coach] Hello\n\n00:00:02.000 --> 00:00:03.000\n- Hi\n- Hello again\n")
write("srt", "bad-times.srt", "1\n00:00:05,000 --> 00:00:01,000\nA: backwards\n\n2\n00:61:00,000 --> 01:00:00,000\nB: odd minute\n\n3\nnot a time\nC: lost\n")

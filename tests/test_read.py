import json

from pipeline.read import iter_file_lines, parse_note_line
from pipeline.records import Failure, Note

GOOD = {"note_id": "N1", "patient_id": "PT-1", "note_type": "progress", "note_datetime": "2026-03-01T10:00:00", "text": "Seen today."}


def test_valid_line_becomes_note():
    note = parse_note_line(json.dumps({**GOOD, "encounter_id": "E9"}), "notes.jsonl:1")
    assert isinstance(note, Note)
    assert (note.note_id, note.patient_id, note.encounter_id, note.source) == ("N1", "PT-1", "E9", "notes.jsonl:1")


def test_invalid_json_is_a_failure_keyed_by_line():
    failure = parse_note_line('{"note_id": "N1", "text": "John Smith', "notes.jsonl:7")
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.reason, failure.record_key) == ("read", "invalid_json", "notes.jsonl:7")
    assert "John" not in failure.detail


def test_schema_violation_names_the_field_not_the_value():
    phi = "Jane Roe 555-867-5309"
    failure = parse_note_line(json.dumps({**GOOD, "note_type": phi}), "f:2")
    assert failure.reason == "schema_violation" and failure.record_key == "N1" and failure.note_ids == ("N1",)
    assert "$.note_type" in failure.detail and "enum" in failure.detail
    assert "Jane" not in repr(failure) and "555" not in repr(failure)


def test_missing_fields_and_bad_dates():
    missing = parse_note_line(json.dumps({k: v for k, v in GOOD.items() if k != "text"}), "f:3")
    assert missing.reason == "schema_violation" and "required" in missing.detail
    bad_date = parse_note_line(json.dumps({**GOOD, "note_datetime": "yesterday"}), "f:4")
    assert bad_date.reason == "schema_violation" and "note_datetime" in bad_date.detail
    not_object = parse_note_line("[1, 2]", "f:5")
    assert not_object.reason == "schema_violation" and not_object.record_key == "f:5"


def test_unsafe_note_id_is_not_used_as_key():
    failure = parse_note_line(json.dumps({**GOOD, "note_id": "Jane Roe", "text": ""}), "f:6")
    assert failure.record_key == "f:6"


def test_line_numbers_skip_blank_lines():
    assert list(iter_file_lines("/x/notes.jsonl", ["a\n", "\n", b"b\n"])) == [("notes.jsonl:1", "a\n"), ("notes.jsonl:3", "b\n")]

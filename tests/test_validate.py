import json

import pytest

from pipeline.records import Chunk, ChunkSummary, Failure, Generation, NoteSpan, PatientSummary, RepairRequest
from pipeline.validate import CheckGenerations, check_generation, generation_schema, ground, parse_generation, repair_request, summary_validator, validate_summary

SOURCE = (
    "[Note N1 | progress | 2026-01-01]\nHISTORY: Hypothyroidism on levothyroxine 50 mcg daily. "
    "Lisinopril 20 mg daily for hypertension.\nIMAGING: No acute fractures.\nALLERGIES: Penicillin causes rash."
)


def summary(**overrides):
    base = {
        "narrative": "Follow-up for chronic conditions.",
        "chief_complaint": "follow-up",
        "problems": [{"name": "Hypertension", "status": "active", "evidence": "Lisinopril 20 mg daily for hypertension."}],
        "medications": [{"name": "Lisinopril", "dose": "20 mg", "route": "", "frequency": "daily", "status": "continued", "evidence": "lisinopril 20 mg  daily"}],
        "allergies": {"status": "allergies_documented", "items": [{"substance": "Penicillin", "reaction": "rash", "evidence": "Penicillin causes rash"}]},
        "procedures": [],
        "results": [],
        "follow_up": [],
    }
    base.update(overrides)
    return base


def chunk():
    return Chunk("c-0000", "k" * 64, 0, 1, SOURCE, (NoteSpan("N1", 0, len(SOURCE)),), 60)


def gen(text, finish="stop"):
    return Generation(chunk(), text, finish, 100, 50, 10.0)


def test_generation_schema_leaves_pipeline_fields_to_the_pipeline():
    schema = generation_schema()
    text = json.dumps(schema)
    assert "schema_version" not in text and "grounded" not in text and "x-pipeline-fields" not in text
    assert "earlier_evidence" not in text and "x-generation-max-items" not in text
    assert schema["properties"]["problems"]["maxItems"] == 12  # one generation's bound
    assert schema["properties"]["problems"]["items"]["required"] == ["name", "status", "evidence"]


def test_parse_generation_accepts_valid_json_and_adds_version():
    result = parse_generation(gen(json.dumps(summary())))
    assert isinstance(result, ChunkSummary)
    assert result.summary["schema_version"] == "1.0.0"
    assert not list(summary_validator().iter_errors(result.summary))


@pytest.mark.parametrize(
    "text,finish,reason",
    [
        (json.dumps(summary())[:-20], "length", "truncated"),
        ('{"narrative": "John Smith', "stop", "invalid_json"),
        (json.dumps(summary(problems=[{"name": "x", "status": "chronic", "evidence": "q"}])), "stop", "schema_violation"),
    ],
)
def test_bad_outputs_become_failures_without_text(text, finish, reason):
    result = parse_generation(gen(text, finish))
    assert isinstance(result, Failure)
    assert result.reason == reason and result.note_ids == ("N1",) and result.stage == "generate"
    assert "John" not in repr(result) and "chronic" not in repr(result)


def test_engine_error_is_a_failure():
    result = parse_generation(Generation(chunk(), "", None, 10, 0, 0.0, error="engine_error:RuntimeError"))
    assert isinstance(result, Failure) and result.reason == "engine_error:RuntimeError"


def test_grounding_flags_invented_item_and_passes_real_quotes():
    invented = {"name": "Synthroid", "dose": "", "route": "", "frequency": "", "status": "unknown", "evidence": "No acute fractures."}
    misquoted = {"name": "Metformin", "dose": "", "route": "", "frequency": "", "status": "unknown", "evidence": "Metformin 500 mg twice daily"}
    s = summary(medications=summary()["medications"] + [invented, misquoted])
    grounded, rate = ground(s, SOURCE)
    flags = {m["name"]: m["grounded"] for m in grounded["medications"]}
    assert flags == {"Lisinopril": True, "Synthroid": False, "Metformin": False}
    assert grounded["problems"][0]["grounded"] is True
    assert grounded["allergies"]["items"][0]["grounded"] is True
    assert rate == pytest.approx(3 / 5)
    assert "grounded" not in s["medications"][0]  # the input is not modified


def patient(s):
    return PatientSummary("k" * 64, ("N1",), 1, {"schema_version": "1.0.0", **s}, SOURCE, 100, 50)


def test_validate_summary_sets_rate_and_enforces_minimum():
    ok = validate_summary(patient(summary()), min_grounding_rate=0.5)
    assert isinstance(ok, PatientSummary) and ok.validation_status == "valid" and ok.grounding_rate == 1.0
    assert not list(summary_validator().iter_errors(ok.summary))
    bad = summary(problems=[{"name": "Diabetes", "status": "active", "evidence": "Patient has diabetes."}], medications=[], allergies={"status": "not_documented", "items": []})
    low = validate_summary(patient(bad), min_grounding_rate=0.5)
    assert isinstance(low, Failure) and low.reason == "low_grounding" and low.note_ids == ("N1",)


def test_low_grounding_fails_with_paths_not_values():
    bad = summary(medications=[{"name": "Synthroid", "dose": "", "route": "", "frequency": "", "status": "unknown", "evidence": "No acute fractures."},
                               {"name": "Metformin", "dose": "", "route": "", "frequency": "", "status": "unknown", "evidence": "Metformin 500 mg"}])
    result = check_generation(gen(json.dumps(bad)), min_grounding_rate=0.9)
    assert isinstance(result, Failure) and result.reason == "low_grounding"
    assert "$.medications[0]: evidence does not mention the name" in result.detail
    assert "$.medications[1]: evidence is not an exact quote" in result.detail
    assert "Synthroid" not in result.detail and "fractures" not in result.detail
    ok = check_generation(gen(json.dumps(summary())), min_grounding_rate=0.9)
    assert isinstance(ok, ChunkSummary) and ok.grounding_rate == 1.0 and ok.attempts == 1


def test_one_repair_attempt_for_repairable_failures_only():
    first = gen('{"narrative": "cut off', "length")
    failure = check_generation(first)
    request = repair_request(first, failure)
    assert isinstance(request, RepairRequest) and request.attempt == 2 and request.chunk == first.chunk
    assert request.errors.startswith("- truncated:")
    second = Generation(first.chunk, '{"narrative": "cut off', "length", 100, 50, 1.0, attempt=2)
    final = check_generation(second)
    assert repair_request(second, final) is None and final.attempts == 2  # dead-lettered with its count
    engine_failure = Generation(first.chunk, "", None, 10, 0, 0.0, error="engine_error:RuntimeError")
    assert repair_request(engine_failure, check_generation(engine_failure)) is None


def test_check_generations_dofn_routes_repairs():
    fn = CheckGenerations(min_grounding_rate=0.0, repair=True)
    [out] = list(fn.process(gen('{"narrative": "x', "length")))
    assert out.tag == CheckGenerations.REPAIR and isinstance(out.value, RepairRequest)
    [ok] = list(fn.process(gen(json.dumps(summary()))))
    assert isinstance(ok, ChunkSummary)
    [failure] = list(CheckGenerations(0.0, repair=False).process(gen('{"narrative": "x', "length")))
    assert isinstance(failure, Failure)


def test_ungrounded_items_flagged_or_dropped():
    s = summary(problems=[{"name": "Diabetes", "status": "active", "evidence": "Patient has diabetes."}, {"name": "Hypertension", "status": "active", "evidence": "for hypertension"}])
    flagged = validate_summary(patient(s), 0.0, "flag")
    assert [p["grounded"] for p in flagged.summary["problems"]] == [False, True]
    dropped = validate_summary(patient(s), 0.0, "drop")
    assert [p["name"] for p in dropped.summary["problems"]] == ["Hypertension"]
    assert dropped.grounding_rate == flagged.grounding_rate < 1.0
    assert not list(summary_validator().iter_errors(dropped.summary))

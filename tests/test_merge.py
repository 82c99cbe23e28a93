from pipeline.merge import merge_patient
from pipeline.records import Chunk, ChunkSummary, Failure, NoteSpan, PatientSummary
from pipeline.validate import summary_validator


def part(index, n, note_ids, problems, allergy_status="not_documented", narrative="x"):
    chunk = Chunk(f"c-{index}", "k" * 64, index, n, f"text {index}", tuple(NoteSpan(i, 0, 5) for i in note_ids), 5)
    s = {"schema_version": "1.0.0", "narrative": narrative, "chief_complaint": "cc" if index == 0 else "", "problems": problems, "medications": [],
         "allergies": {"status": allergy_status, "items": []}, "procedures": [], "results": [], "follow_up": []}
    return ChunkSummary(chunk, s, 100, 10)


def test_single_chunk_passes_through():
    p = part(0, 1, ["N1"], [])
    merged = merge_patient("k" * 64, [p])
    assert isinstance(merged, PatientSummary) and merged.summary == p.summary and merged.note_ids == ("N1",)


def test_lists_dedupe_latest_status_wins_and_result_is_schema_valid():
    a = part(0, 2, ["N1", "N2"], [{"name": "Pneumonia", "status": "active", "evidence": "e1"}, {"name": "AKI", "status": "active", "evidence": "e2"}], "no_known_allergies", "First.")
    b = part(1, 2, ["N2", "N3"], [{"name": "pneumonia ", "status": "resolved", "evidence": "e3"}], "not_documented", "Second.")
    merged = merge_patient("k" * 64, [b, a])  # arrival order must not matter
    assert merged.note_ids == ("N1", "N2", "N3") and merged.n_chunks == 2
    problems = {p["name"].strip().lower(): p["status"] for p in merged.summary["problems"]}
    assert problems == {"pneumonia": "resolved", "aki": "active"}
    pneumonia = next(p for p in merged.summary["problems"] if p["name"].strip().lower() == "pneumonia")
    assert pneumonia["evidence"] == "e3" and pneumonia["earlier_evidence"] == ["e1"] and pneumonia["chunk_ids"] == ["c-0", "c-1"]
    assert merged.summary["allergies"]["status"] == "no_known_allergies"
    assert merged.summary["narrative"] == "First. Second." and merged.summary["chief_complaint"] == "cc"
    assert merged.prompt_tokens == 200 and merged.source_text == "text 0\n\ntext 1"
    assert not list(summary_validator().iter_errors(merged.summary))


def test_incomplete_record_is_a_failure_covering_the_successful_notes():
    a = part(0, 2, ["N1"], [])
    failed = Failure("generate", "truncated", "c-1", note_ids=("N2",), patient_key="k" * 64)
    result = merge_patient("k" * 64, [a, failed])
    assert isinstance(result, Failure) and result.reason == "incomplete_record" and result.note_ids == ("N1",)
    assert merge_patient("k" * 64, [failed]) is None  # the chunk failure already covers its notes
    missing = merge_patient("k" * 64, [a])  # one of two chunks never arrived
    assert isinstance(missing, Failure)


def test_group_to_fit_keeps_order_and_never_overflows():
    from pipeline.generate import group_to_fit

    texts = [f"n{i}" for i in range(7)]
    groups = group_to_fit(texts, lambda g: len(g) <= 3)
    assert [t for g in groups for t in g] == texts and all(len(g) <= 3 for g in groups)
    assert group_to_fit(["a"], lambda g: False) == [["a"]]


def test_multi_chunk_records_carry_their_part_narratives():
    a = part(0, 2, ["N1"], [], narrative="First.")
    b = part(1, 2, ["N2"], [], narrative="Second.")
    merged = merge_patient("k" * 64, [b, a])
    assert merged.part_narratives == ("First.", "Second.") and merged.narrative_merge == "not_needed"
    assert merge_patient("k" * 64, [part(0, 1, ["N1"], [])]).part_narratives == ()


def test_merged_lists_are_not_cut_to_one_generations_bound():
    many = lambda start, n: [{"name": f"Problem {i}", "status": "active", "evidence": "e"} for i in range(start, start + n)]  # noqa: E731
    merged = merge_patient("k" * 64, [part(0, 2, ["N1"], many(0, 12)), part(1, 2, ["N2"], many(12, 12))])
    assert len(merged.summary["problems"]) == 24  # more than one generation may hold; nothing dropped
    assert not list(summary_validator().iter_errors(merged.summary))


def test_record_summary_keeps_patient_and_record_keys():
    chunk = Chunk("abc-0000", "p" * 64, 0, 1, "t", (NoteSpan("N1", 0, 1),), 1, record_key="p" * 64 + "/enc:e1")
    s = part(0, 1, ["N1"], [])
    summary = merge_patient("abc", [ChunkSummary(chunk, s.summary, 1, 1)])
    assert summary.patient_key == "p" * 64 and summary.record_key == "p" * 64 + "/enc:e1"

"""A record far over the context: over 40k model tokens for one patient, through the real pipeline."""

import json
from dataclasses import replace

import pyarrow.parquet as pq
import pytest

from pipeline.run import run_pipeline

pytestmark = pytest.mark.engine


def test_record_over_40k_tokens_is_chunked_mapped_and_reduced(tmp_path, sample_records, config, model_dir, tokenizer, monkeypatch):
    monkeypatch.setenv("CHARTSUM_PATIENT_KEY_SECRET", "long-record")
    notes = []
    for i, r in enumerate(sample_records + sample_records[:8]):  # every sample note, as one patient's record
        notes.append({**r, "note_id": f"L{i:03d}", "patient_id": "PT-LONG", "encounter_id": None, "note_datetime": f"2025-{1 + i // 28:02d}-{1 + i % 28:02d}T09:00:00"})
    total = sum(len(tokenizer.encode(n["text"], add_special_tokens=False)) for n in notes)
    assert total > 40_000
    path = tmp_path / "long.jsonl"
    path.write_text("".join(json.dumps(n) + "\n" for n in notes))
    out = tmp_path / "out"
    counts = run_pipeline(str(path), str(out), replace(config, run_id="long", progress=False), ["--direct_num_workers", "1"])
    assert counts.notes_read == len(notes)

    events = [json.loads(line) for f in (out / "audit").rglob("*.jsonl") for line in f.read_text().splitlines()]
    first_attempts = [e for e in events if e["event"] == "generation" and e["attempt"] == 1]
    assert len(first_attempts) >= 5  # one chunk per ~7k tokens of notes
    assert {n for e in first_attempts for n in e["note_ids"]} == {n["note_id"] for n in notes}  # provenance covers every note
    assert all(e["prompt_tokens"] + config.generation.max_output_tokens <= 8192 for e in first_attempts)

    table = pq.read_table(out / "summaries")
    dead = [json.loads(line) for f in (out / "dead_letter").rglob("*.jsonl") for line in f.read_text().splitlines()]
    if table.num_rows:  # the one patient summary, merged from every chunk
        [row] = table.to_pylist()
        assert set(row["note_ids"]) == {n["note_id"] for n in notes} and row["n_chunks"] == len(first_attempts)
        assert row["narrative_merge"] in ("merged", "fallback_joined")
    else:  # the 135M model may fail a chunk twice: then every note is dead-lettered, none silently lost
        assert {n for d in dead for n in d["note_ids"]} == {n["note_id"] for n in notes}

"""End to end: the real Beam pipeline (DirectRunner) with real Presidio and the real vLLM engine on the
embedded model, through the CLI entry point. Reads the Parquet back and accounts for every input line."""

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from jsonschema import Draft202012Validator

from pipeline import cli
from pipeline.config import REPO_ROOT
from pipeline.validate import summary_validator

pytestmark = pytest.mark.engine

BAD_LINES = [
    '{"note_id": "BAD-1", "patient_id": "PT-9", "text": "Ellen Ripley seen',  # broken JSON
    json.dumps({"note_id": "BAD-2", "patient_id": "PT-9", "note_type": "telegram", "note_datetime": "2026-01-01T00:00:00", "text": "Ellen Ripley, MRN 55512345"}),
    json.dumps({"note_id": "BAD-3", "patient_id": "PT-9", "note_type": "progress", "note_datetime": "last tuesday", "text": "Ellen Ripley"}),
]


@pytest.fixture(scope="module")
def e2e_run(tmp_path_factory, sample_records, config, model_dir, monkeypatch_module):
    base = tmp_path_factory.mktemp("e2e")
    inputs = base / "in"
    inputs.mkdir()
    # two small patients (one with a discharge summary) keep the engine time short
    patients = []
    for r in sample_records:
        if r["patient_id"] not in patients and r["patient_id"] != sample_records[0]["patient_id"]:
            patients.append(r["patient_id"])
    chosen = [r for r in sample_records if r["patient_id"] in patients[-2:]]
    (inputs / "notes.jsonl").write_text("".join(json.dumps(r) + "\n" for r in chosen))
    (inputs / "more.jsonl").write_text("\n".join(BAD_LINES) + "\n\n")
    out = base / "out"
    monkeypatch_module.setenv("CHARTSUM_PATIENT_KEY_SECRET", "e2e-secret")
    code = cli.main(["run", "--input", str(inputs / "*.jsonl"), "--output", str(out), "--run-id", "e2e-run", "--no-progress",
                     "--cache-dir", config.cache_dir, "--direct_num_workers", "1"])
    assert code == 0
    return {"records": chosen, "out": out}


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


def read_jsonl(folder: Path) -> list[dict]:
    return [json.loads(line) for f in sorted(folder.rglob("*.jsonl")) for line in f.read_text().splitlines() if line.strip()]


def test_every_input_line_is_summarized_or_dead_lettered(e2e_run):
    out = e2e_run["out"]
    table = pq.read_table(out / "summaries")
    summarized = {n for ids in table.column("note_ids").to_pylist() for n in ids}
    dead = read_jsonl(out / "dead_letter")
    dead_notes = {n for d in dead for n in d["note_ids"]} | {d["record_key"] for d in dead if d["stage"] == "read"}
    expected = {r["note_id"] for r in e2e_run["records"]}
    assert expected <= summarized | dead_notes
    assert not summarized & dead_notes, "a note is both summarized and dead-lettered"
    # the three bad lines: broken JSON keyed by file:line, the others by their note_id
    read_failures = {d["record_key"]: d["reason"] for d in dead if d["stage"] == "read"}
    assert read_failures == {"more.jsonl:1": "invalid_json", "BAD-2": "schema_violation", "BAD-3": "schema_violation"}


def test_parquet_is_typed_and_every_summary_validates(e2e_run):
    table = pq.read_table(e2e_run["out"] / "summaries")
    assert table.schema.field("note_ids").type == pa.list_(pa.string())
    assert pa.types.is_list(table.schema.field("medications").type)
    assert table.schema.field("created_at").type == pa.timestamp("us", tz="UTC")
    assert "run_date" in table.column_names  # Hive partition
    for row in table.to_pylist():
        summary = json.loads(row["summary_json"])
        assert not list(summary_validator().iter_errors(summary))
        assert row["n_notes"] == len(row["note_ids"]) and row["run_id"] == "e2e-run"
        assert row["model_id"] == "smollm2-135m" and len(row["prompt_hash"]) == 64
        assert len(row["patient_key"]) == 64


def test_audit_log_matches_schema_and_covers_notes_and_generations(e2e_run):
    events = read_jsonl(e2e_run["out"] / "audit")
    validator = Draft202012Validator(json.loads((REPO_ROOT / "schemas" / "audit_event.schema.json").read_text()))
    for event in events:
        assert not list(validator.iter_errors(event)), event
    deidentified = {e["note_id"] for e in events if e["event"] == "note_deidentified"}
    assert deidentified == {r["note_id"] for r in e2e_run["records"]}
    generations = [e for e in events if e["event"] == "generation"]
    assert generations and all(e["prompt_tokens"] > 0 and e["prompt_hash"] for e in generations)


def test_no_phi_in_audit_dead_letter_or_identifiers(e2e_run):
    out = e2e_run["out"]
    side_outputs = "".join(f.read_text() for f in list((out / "audit").rglob("*.jsonl")) + list((out / "dead_letter").rglob("*.jsonl")))
    for r in e2e_run["records"]:
        assert r["patient_id"] not in side_outputs
        assert r["text"][:40] not in side_outputs
    for phi in ("Ellen", "Ripley", "55512345", "PT-9"):
        assert phi not in side_outputs
    table = pq.read_table(out / "summaries")
    keys = set(table.column("patient_key").to_pylist())
    assert not keys & {r["patient_id"] for r in e2e_run["records"]}
    everything = side_outputs + table.to_pandas().to_json(date_format="iso")
    assert all(r["patient_id"] not in everything for r in e2e_run["records"])


def test_seeded_identifiers_do_not_reach_the_summaries(e2e_run):
    """The sample notes carry seeded PHI in their headers; none of it may reach any output."""
    import re

    table = pq.read_table(e2e_run["out"] / "summaries")
    outputs = " ".join(table.column("summary_json").to_pylist()) + " ".join(f.read_text() for f in e2e_run["out"].rglob("*.jsonl"))
    seeded = set()
    for r in e2e_run["records"]:
        for label in ("Patient", "MRN", "Account #", "Phone", "Address"):
            m = re.search(rf"{label}: ([^\n]+?)(?:\s{{2,}}|\n)", r["text"])
            if m:
                seeded.add(m.group(1).strip())
    assert len(seeded) >= 5
    for value in seeded:
        assert value not in outputs, value


def test_analytics_read_the_parquet_without_custom_parsing(e2e_run):
    """pyarrow, pandas and DuckDB open the partitioned output and query a nested field directly."""
    import duckdb

    root = e2e_run["out"] / "summaries"
    table = pq.read_table(root)
    frame = table.to_pandas()
    assert len(frame) == table.num_rows > 0 and str(frame["n_notes"].dtype) == "int32"
    glob = str(root / "**" / "*.parquet")
    # patients per medication name, straight from the list<struct> column
    per_med = duckdb.sql(f"SELECT lower(m.name) AS med, count(DISTINCT patient_key) AS patients FROM (SELECT patient_key, unnest(medications) AS m FROM read_parquet('{glob}', hive_partitioning = true)) GROUP BY med").fetchall()
    expected = {}
    for row in table.to_pylist():
        for med in {m["name"].lower() for m in row["medications"]}:
            expected[med] = expected.get(med, 0) + 1
    assert dict(per_med) == expected
    run_dates = duckdb.sql(f"SELECT DISTINCT run_date FROM read_parquet('{glob}', hive_partitioning = true)").fetchall()
    assert len(run_dates) == 1 and len(str(run_dates[0][0])) == 10

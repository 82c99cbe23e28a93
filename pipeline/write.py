"""Write: the explicit Arrow schema for summaries, and the PHI-free audit and dead-letter records.

Summaries are one Parquet row per patient with typed, nested columns (list<struct<...>>) so DuckDB,
pandas and Spark can query a medication without parsing JSON; the raw summary JSON rides along as a
string column. Audit events and dead-letter records are JSON lines of ids, counts, hashes and
reason codes only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import pyarrow as pa

from .records import Failure, PatientSummary


def _items(**fields: pa.DataType) -> pa.DataType:
    return pa.list_(pa.struct([
        *(pa.field(k, v) for k, v in fields.items()),
        pa.field("evidence", pa.string()),
        pa.field("grounded", pa.bool_()),
        pa.field("earlier_evidence", pa.list_(pa.string())),  # evidence of earlier mentions merged into this item
        pa.field("chunk_ids", pa.list_(pa.string())),  # every chunk that mentioned the item
    ]))


S = pa.string()
SUMMARY_ARROW_SCHEMA = pa.schema(
    [
        pa.field("patient_key", S, nullable=False),
        pa.field("record_key", S, nullable=False),  # what the row summarizes: the patient key, or "<patient key>/enc:…" or "/<note id>"
        pa.field("note_ids", pa.list_(S), nullable=False),
        pa.field("n_notes", pa.int32(), nullable=False),
        pa.field("n_chunks", pa.int32(), nullable=False),
        pa.field("narrative", S),
        pa.field("chief_complaint", S),
        pa.field("problems", _items(name=S, status=S)),
        pa.field("medications", _items(name=S, dose=S, route=S, frequency=S, status=S)),
        pa.field("allergy_status", S),
        pa.field("allergies", _items(substance=S, reaction=S)),
        pa.field("procedures", _items(name=S)),
        pa.field("results", _items(name=S, value=S, unit=S, flag=S)),
        pa.field("follow_up", _items(action=S)),
        pa.field("grounding_rate", pa.float64()),
        pa.field("validation_status", S, nullable=False),
        pa.field("narrative_merge", S),
        pa.field("model_id", S, nullable=False),
        pa.field("model_revision", S),
        pa.field("prompt_version", S, nullable=False),
        pa.field("prompt_hash", S, nullable=False),
        pa.field("schema_version", S, nullable=False),
        pa.field("run_id", S, nullable=False),
        pa.field("created_at", pa.timestamp("us", tz="UTC"), nullable=False),
        pa.field("prompt_tokens", pa.int64()),
        pa.field("output_tokens", pa.int64()),
        pa.field("summary_json", S, nullable=False),
    ]
)


@dataclass(frozen=True)
class RunInfo:
    """What every output row and event carries about the run that made it."""

    run_id: str
    model_id: str
    model_revision: str | None
    prompt_version: str
    prompt_hash: str
    schema_version: str


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def summary_row(summary: PatientSummary, run: RunInfo) -> dict[str, Any]:
    s = summary.summary
    pick = lambda items, keys: [{**{k: item.get(k) for k in (*keys, "evidence", "grounded")}, "earlier_evidence": item.get("earlier_evidence", []), "chunk_ids": item.get("chunk_ids", [])} for item in items]  # noqa: E731
    return {
        "patient_key": summary.patient_key,
        "record_key": summary.record_key or summary.patient_key,
        "note_ids": list(summary.note_ids),
        "n_notes": len(summary.note_ids),
        "n_chunks": summary.n_chunks,
        "narrative": s["narrative"],
        "chief_complaint": s["chief_complaint"],
        "problems": pick(s["problems"], ("name", "status")),
        "medications": pick(s["medications"], ("name", "dose", "route", "frequency", "status")),
        "allergy_status": s["allergies"]["status"],
        "allergies": pick(s["allergies"]["items"], ("substance", "reaction")),
        "procedures": pick(s["procedures"], ("name",)),
        "results": pick(s["results"], ("name", "value", "unit", "flag")),
        "follow_up": pick(s["follow_up"], ("action",)),
        "grounding_rate": summary.grounding_rate,
        "validation_status": summary.validation_status,
        "narrative_merge": summary.narrative_merge,
        "model_id": run.model_id,
        "model_revision": run.model_revision,
        "prompt_version": run.prompt_version,
        "prompt_hash": run.prompt_hash,
        "schema_version": run.schema_version,
        "run_id": run.run_id,
        "created_at": utc_now(),
        "prompt_tokens": summary.prompt_tokens,
        "output_tokens": summary.output_tokens,
        "summary_json": json.dumps(s, sort_keys=True),
    }


def audit_event(event: str, run: RunInfo, **fields: Any) -> str:
    """One audit line. Callers pass ids, counts and timings; the schema (additionalProperties: false)
    is checked in the tests so a text field cannot creep in."""
    record = {"event": event, "run_id": run.run_id, "ts": utc_now().isoformat()}
    # Every event names the model, prompt templates (by hash) and schema the run used.
    record.update(model=run.model_id, model_revision=run.model_revision, prompt_version=run.prompt_version, prompt_hash=run.prompt_hash, schema_version=run.schema_version)
    record.update({k: v for k, v in fields.items() if v is not None})
    return json.dumps(record, sort_keys=True)


def dead_letter_record(failure: Failure, run: RunInfo) -> str:
    return json.dumps(
        {
            "run_id": run.run_id,
            "stage": failure.stage,
            "reason": failure.reason,
            "record_key": failure.record_key,
            "note_ids": list(failure.note_ids),
            "patient_key": failure.patient_key,
            "detail": failure.detail,
            "attempts": failure.attempts,
            "ts": utc_now().isoformat(),
        },
        sort_keys=True,
    )

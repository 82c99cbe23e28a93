"""Merge: one patient's chunk summaries -> one patient summary (the reduce step).

List sections merge deterministically: items are de-duplicated by normalized name, and a later chunk
(notes are in time order) wins, so the latest status stands; the evidence of the earlier mentions and
the ids of every chunk that mentioned the item are kept on it. Narratives are joined in order here and
then re-summarized by the model (generate.SummaryEngine.merge_narratives, a tree reduce when the
parts do not fit one prompt).
A record is merged only when every one of its chunks produced a valid summary: a partial summary
could silently miss an allergy, so an incomplete record is a failure, not a shorter summary.
"""

from __future__ import annotations

from typing import Iterable

from .records import ChunkSummary, Failure, PatientSummary
from .validate import SECTIONS, items_of, normalize, summary_schema

STAGE = "merge"
ALLERGY_PRECEDENCE = ("allergies_documented", "no_known_allergies", "not_documented")


def _max_length(field: str) -> int:
    return summary_schema()["properties"][field].get("maxLength", 10_000)


def merge_summaries(parts: list[ChunkSummary]) -> dict:
    parts = sorted(parts, key=lambda p: p.chunk.chunk_index)
    if len(parts) == 1:
        return parts[0].summary
    first = parts[0].summary
    merged = {
        "schema_version": first["schema_version"],
        "narrative": " ".join(p.summary["narrative"].strip() for p in parts if p.summary["narrative"].strip())[: _max_length("narrative")],
        "chief_complaint": next((p.summary["chief_complaint"] for p in parts if p.summary["chief_complaint"].strip()), ""),
    }
    for section, (_, name_field) in SECTIONS.items():
        by_name: dict[str, dict] = {}
        for part in parts:
            for item in items_of(part.summary, section):
                key = normalize(item[name_field])
                earlier = by_name.pop(key, None)  # re-insert: latest wins, latest order
                by_name[key] = {
                    **item,
                    "earlier_evidence": ([*earlier["earlier_evidence"], earlier["evidence"]] if earlier else []),
                    "chunk_ids": [*(earlier["chunk_ids"] if earlier else []), part.chunk.chunk_id],
                }
        items = list(by_name.values())
        if section == "allergies":
            statuses = {p.summary["allergies"]["status"] for p in parts}
            status = next(s for s in ALLERGY_PRECEDENCE if s in statuses or s == "not_documented")
            merged["allergies"] = {"status": status, "items": items}
        else:
            merged[section] = items
    return merged


def merge_patient(patient_key: str, results: Iterable[ChunkSummary | Failure]) -> PatientSummary | Failure | None:
    """One record's chunk results -> its summary. None when no chunk succeeded: the chunk failures
    already account for every note. (`patient_key` may be a record's grouping key; the patient key
    itself is taken from the chunks.)"""
    results = list(results)
    parts = [r for r in results if isinstance(r, ChunkSummary)]
    if parts:
        patient_key = parts[0].chunk.patient_key
    failed = [r for r in results if isinstance(r, Failure)]
    expected = parts[0].chunk.n_chunks if parts else None
    note_ids = tuple(dict.fromkeys(n for p in sorted(parts, key=lambda p: p.chunk.chunk_index) for n in p.chunk.note_ids))
    if not parts:
        return None
    if failed or len(parts) != expected:
        # The failed chunks are dead-lettered themselves; this record covers the notes that did succeed.
        return Failure(STAGE, "incomplete_record", parts[0].chunk.summary_key, f"{len(failed)} of {len(results)} chunks failed", note_ids=note_ids, patient_key=patient_key)
    return PatientSummary(
        record_key=parts[0].chunk.summary_key,
        patient_key=patient_key,
        note_ids=note_ids,
        n_chunks=len(parts),
        summary=merge_summaries(parts),
        source_text="\n\n".join(p.chunk.text for p in sorted(parts, key=lambda p: p.chunk.chunk_index)),
        part_narratives=tuple(p.summary["narrative"] for p in sorted(parts, key=lambda p: p.chunk.chunk_index)) if len(parts) > 1 else (),
        prompt_tokens=sum(p.prompt_tokens for p in parts),
        output_tokens=sum(p.output_tokens for p in parts),
    )

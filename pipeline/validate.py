"""Validate: parse the model's JSON, check it against the summary schema, and ground every item.

Grounding asks two things of each list item: is its evidence quote really in the de-identified
source (whitespace and case normalized), and does the quote support the item (one of the item's
key words occurs in it)? Items get `grounded: bool`; the summary gets a grounding rate.
"""

from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from typing import Any

import apache_beam as beam
from apache_beam import pvalue
from jsonschema import Draft202012Validator

from .config import REPO_ROOT
from .prompts import MAX_REPAIR_ERRORS_CHARS
from .read import describe_errors
from .records import ChunkSummary, Failure, Generation, PatientSummary, RepairRequest

STAGE = "validate"
SUMMARY_SCHEMA_PATH = REPO_ROOT / "schemas" / "summary.schema.json"

# section -> (path to its item list, the field that names the item)
SECTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "problems": (("problems",), "name"),
    "medications": (("medications",), "name"),
    "allergies": (("allergies", "items"), "substance"),
    "procedures": (("procedures",), "name"),
    "results": (("results",), "name"),
    "follow_up": (("follow_up",), "action"),
}
STOPWORDS = frozenset("with without from that this have been were will into onto over under other than then them they their there about after before daily take takes taking patient".split())


@lru_cache(maxsize=1)
def summary_schema() -> dict[str, Any]:
    return json.loads(SUMMARY_SCHEMA_PATH.read_text())


@lru_cache(maxsize=1)
def summary_validator() -> Draft202012Validator:
    return Draft202012Validator(summary_schema())


def schema_version() -> str:
    return summary_schema()["properties"]["schema_version"]["const"]


def generation_schema() -> dict[str, Any]:
    """The summary schema minus fields the pipeline fills in (schema_version, grounded): what the model
    is constrained to produce."""
    schema = copy.deepcopy(summary_schema())
    drop = set(schema.pop("x-pipeline-fields", []))
    for key in ("$schema", "$id", "description"):
        schema.pop(key, None)

    def strip(node: dict) -> None:
        if "x-generation-max-items" in node:
            node["maxItems"] = node.pop("x-generation-max-items")
        props = node.get("properties")
        if isinstance(props, dict):
            for name in drop:
                props.pop(name, None)
            if "required" in node:
                node["required"] = [r for r in node["required"] if r not in drop]

    for_each_object(schema, strip)
    return schema


def for_each_object(node: Any, fn) -> None:
    """Call fn on every JSON object in a schema, outermost first."""
    if isinstance(node, dict):
        fn(node)
        for value in list(node.values()):
            for_each_object(value, fn)
    elif isinstance(node, list):
        for value in node:
            for_each_object(value, fn)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def evidence_candidates(text: str, max_len: int = 240, limit: int = 600) -> list[str]:
    """The chunk's sentences and lines, as quotable evidence (note headers left out)."""
    out: dict[str, None] = {}
    for piece in _SENTENCE_END.split(text):
        piece = piece.strip()
        if len(piece) >= 8 and not piece.startswith("[Note "):
            out.setdefault(piece[:max_len].rstrip(), None)
    return list(out)[:limit]


def evidence_enum_schema(text: str) -> dict[str, Any]:
    """generation_schema() with every `evidence` restricted to an enum of the text's sentences."""
    schema = generation_schema()
    candidates = evidence_candidates(text) or ["(none)"]

    def restrict(node: dict) -> None:
        props = node.get("properties")
        if isinstance(props, dict) and "evidence" in props:
            props["evidence"] = {"type": "string", "enum": candidates}

    for_each_object(schema, restrict)
    return schema


def items_of(summary: dict[str, Any], section: str) -> list[dict[str, Any]]:
    path, _ = SECTIONS[section]
    node: Any = summary
    for key in path:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    return node if isinstance(node, list) else []


REPAIRABLE = frozenset({"truncated", "invalid_json", "schema_violation", "low_grounding"})


def check_generation(gen: Generation, min_grounding_rate: float = 0.0) -> ChunkSummary | Failure:
    """One engine output -> a schema-valid, grounded-enough chunk summary, or a failure naming why. The
    failure's detail lists JSON paths and rules only (never values), so it can go to the dead-letter
    store and, for a repair, back to the model."""
    chunk = gen.chunk
    fail = lambda reason, detail="": Failure("generate", reason, chunk.chunk_id, detail, note_ids=chunk.note_ids, patient_key=chunk.patient_key, attempts=gen.attempt)  # noqa: E731
    if gen.error:
        return fail(gen.error)
    if gen.finish_reason == "length":
        return fail("truncated", f"output stopped at the {gen.output_tokens}-token limit before the JSON was complete")
    try:
        summary = json.loads(gen.text)
    except json.JSONDecodeError as err:
        return fail("invalid_json", f"JSON syntax error at column {err.colno}")
    summary = {"schema_version": schema_version(), **summary} if isinstance(summary, dict) else summary
    errors = list(summary_validator().iter_errors(summary))
    if errors:
        return fail("schema_violation", describe_errors(errors))
    grounded, rate = ground(summary, chunk.text)
    if rate is not None and rate < min_grounding_rate:
        return fail("low_grounding", f"grounding rate {rate:.2f} below {min_grounding_rate:.2f}; " + "; ".join(grounding_problems(grounded, chunk.text)[:8]))
    return ChunkSummary(chunk, summary, gen.prompt_tokens, gen.output_tokens, attempts=gen.attempt, grounding_rate=rate)


def parse_generation(gen: Generation) -> ChunkSummary | Failure:
    return check_generation(gen, 0.0)


_WORD = re.compile(r"[a-z0-9]+")


def normalize(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def key_terms(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if (len(w) >= 4 or w.isdigit()) and w not in STOPWORDS}


def is_grounded(name: str, evidence: str, normalized_source: str) -> bool:
    quote = normalize(evidence)
    if not quote or quote not in normalized_source:
        return False
    terms = key_terms(name)
    # An item whose name has no content word (e.g. "BP") is judged on the quote alone.
    return not terms or bool(terms & set(quote.split()))


def grounding_problems(grounded: dict[str, Any], source_text: str) -> list[str]:
    """Which items failed grounding and how, by JSON path: the repair prompt's error list."""
    source = normalize(source_text)
    problems = []
    for section, (path, name_field) in SECTIONS.items():
        for i, item in enumerate(items_of(grounded, section)):
            if item.get("grounded"):
                continue
            where = "$." + ".".join(path) + f"[{i}]"
            found = normalize(str(item.get("evidence", ""))) in source
            problems.append(f"{where}: {'evidence does not mention the ' + name_field if found else 'evidence is not an exact quote from the notes'}")
    return problems


def ground(summary: dict[str, Any], source_text: str) -> tuple[dict[str, Any], float | None]:
    """A copy of the summary with `grounded` set on every item, and the share of grounded items."""
    out = copy.deepcopy(summary)
    source = normalize(source_text)
    total = grounded = 0
    for section, (_, name_field) in SECTIONS.items():
        for item in items_of(out, section):
            item["grounded"] = is_grounded(str(item.get(name_field, "")), str(item.get("evidence", "")), source)
            total += 1
            grounded += item["grounded"]
    return out, (grounded / total if total else None)


def drop_ungrounded(summary: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(summary)
    for section, (path, _) in SECTIONS.items():
        parent = out
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = [item for item in parent[path[-1]] if item.get("grounded")]
    return out


def validate_summary(summary: PatientSummary, min_grounding_rate: float, ungrounded: str = "flag") -> PatientSummary | Failure:
    """Schema check of the merged summary, then grounding against all of its source text; below the
    configured rate is a failure. Ungrounded items are kept and flagged, or dropped ("drop"); the
    grounding rate is always that of the model's output, before any drop."""
    fail = lambda reason, detail="": Failure(STAGE, reason, summary.patient_key, detail, note_ids=summary.note_ids, patient_key=summary.patient_key)  # noqa: E731
    errors = list(summary_validator().iter_errors(summary.summary))
    if errors:
        return fail("schema_violation", describe_errors(errors))
    grounded, rate = ground(summary.summary, summary.source_text)
    errors = list(summary_validator().iter_errors(grounded))
    if errors:
        return fail("schema_violation", describe_errors(errors))
    if rate is not None and rate < min_grounding_rate:
        return fail("low_grounding", f"grounding rate {rate:.2f} below {min_grounding_rate:.2f}")
    if ungrounded == "drop":
        grounded = drop_ungrounded(grounded)
    return PatientSummary(
        patient_key=summary.patient_key,
        note_ids=summary.note_ids,
        n_chunks=summary.n_chunks,
        summary=grounded,
        source_text=summary.source_text,
        prompt_tokens=summary.prompt_tokens,
        output_tokens=summary.output_tokens,
        grounding_rate=rate,
        validation_status="valid",
        narrative_merge=summary.narrative_merge,
        record_key=summary.record_key,
    )


def repair_request(gen: Generation, failure: Failure) -> RepairRequest | None:
    """The second and last attempt for a repairable first failure; None when there is nothing to repair."""
    if gen.attempt > 1 or failure.reason not in REPAIRABLE:
        return None
    return RepairRequest(gen.chunk, f"- {failure.reason}: {failure.detail}"[:MAX_REPAIR_ERRORS_CHARS], attempt=gen.attempt + 1)


# --- Beam wrapper -------------------------------------------------------------------------------
class CheckGenerations(beam.DoFn):
    """Generation -> ChunkSummary or Failure; a repairable first failure goes to the 'repair' output as a
    RepairRequest instead (when repair is on), to be generated once more."""

    REPAIR = "repair"

    def __init__(self, min_grounding_rate: float, repair: bool):
        self.min_grounding_rate = min_grounding_rate
        self.repair = repair

    def process(self, gen: Generation):
        result = check_generation(gen, self.min_grounding_rate)
        request = repair_request(gen, result) if self.repair and isinstance(result, Failure) else None
        if request is not None:
            yield pvalue.TaggedOutput(self.REPAIR, request)
        else:
            yield result

"""ReadNotes: JSONL lines -> validated `Note`s, or `Failure`s with a PHI-free reason.

Invalid input is a value, not an exception: the line becomes a dead-letter record keyed by
"file:line" (or its note_id when that much could be read), and the rest of the file goes on.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import apache_beam as beam
from apache_beam.io import fileio
from apache_beam.metrics import Metrics
from jsonschema import Draft202012Validator

from . import progress
from .config import REPO_ROOT
from .records import Failure, Note

STAGE = "read"
NOTE_SCHEMA_PATH = REPO_ROOT / "schemas" / "note.schema.json"


@lru_cache(maxsize=1)
def note_validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(NOTE_SCHEMA_PATH.read_text()))


def describe_errors(errors) -> str:
    """Where and which rule failed, never the offending value (it may be PHI)."""
    parts = sorted({f"{e.json_path}: {e.validator}" for e in errors})
    return "; ".join(parts[:5])


def _safe_note_id(obj: object) -> str | None:
    note_id = obj.get("note_id") if isinstance(obj, dict) else None
    if isinstance(note_id, str) and note_id and len(note_id) <= 128 and all(c.isalnum() or c in "._:-" for c in note_id):
        return note_id
    return None


def parse_note_line(line: str, source: str) -> Note | Failure:
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        return Failure(STAGE, "invalid_json", source, f"JSON syntax error at column {getattr(err, 'colno', '?')}")
    key = _safe_note_id(obj) or source
    errors = list(note_validator().iter_errors(obj))
    if errors:
        return Failure(STAGE, "schema_violation", key, describe_errors(errors), note_ids=(key,) if key != source else ())
    try:
        datetime.fromisoformat(obj["note_datetime"].replace("Z", "+00:00"))
    except ValueError:
        return Failure(STAGE, "schema_violation", key, "$.note_datetime: format", note_ids=(key,))
    return Note(
        note_id=obj["note_id"],
        patient_id=obj["patient_id"],
        note_type=obj["note_type"],
        note_datetime=obj["note_datetime"],
        text=obj["text"],
        encounter_id=obj.get("encounter_id"),
        source=source,
    )


def iter_file_lines(path: str, lines):
    """(source, line) for every non-blank line; `source` is "<file name>:<line number>"."""
    name = Path(path).name
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if line.strip():
            yield f"{name}:{number}", line


# --- Beam wrapper -------------------------------------------------------------------------------


class _ParseFile(beam.DoFn):
    def __init__(self):
        self.lines_read = Metrics.counter("chartsum", "notes_read")

    def process(self, readable):
        with readable.open() as fh:
            for source, line in iter_file_lines(readable.metadata.path, fh):
                self.lines_read.inc()
                progress.advance("read")
                yield parse_note_line(line, source)


class ReadNotes(beam.PTransform):
    """Every non-blank line of every file matching `pattern` -> Note or Failure. Reading whole files
    keeps line numbers for dead-letter keys; the GroupByPatient that follows spreads the work."""

    def __init__(self, pattern: str):
        super().__init__()
        self.pattern = pattern

    def expand(self, pbegin):
        return (
            pbegin
            | "Match" >> fileio.MatchFiles(self.pattern, empty_match_treatment=fileio.EmptyMatchTreatment.DISALLOW)
            | "Open" >> fileio.ReadMatches()
            | "Parse" >> beam.ParDo(_ParseFile())
        )

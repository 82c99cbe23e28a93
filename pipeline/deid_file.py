"""`chartsum deid` and `chartsum deid-eval`: the Deidentify stage's core on files, outside Beam.

`deid` writes one JSON line per note: {"note_id", "text": de-identified text, "spans": [{"start", "end",
"entity_type", "score"}]} with offsets into the original text. Notes are grouped by patient first, as
in the pipeline, so surrogates agree across a patient's notes.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from .config import DeidConfig
from .deid import Deidentifier, DeidResult
from .deid_eval import score
from .keys import date_shift_days, load_secret
from .read import iter_file_lines, parse_note_line
from .records import Failure, Note


def span_dicts(result: DeidResult) -> list[dict]:
    return [{"start": s.start, "end": s.end, "entity_type": s.entity_type, "score": s.score} for s in result.spans]


def deidentify_grouped(deidentifier: Deidentifier, notes: list[Note], secret: bytes, date_policy: str) -> dict[str, DeidResult]:
    by_patient: dict[str, list[Note]] = defaultdict(list)
    for note in notes:
        by_patient[note.patient_id].append(note)
    groups = list(by_patient.values())
    days = [date_shift_days(secret, g[0].patient_id) if date_policy == "shift" else None for g in groups]
    results = deidentifier.deidentify_records([[n.text for n in g] for g in groups], days)
    return {note.note_id: result for group, group_results in zip(groups, results) for note, result in zip(group, group_results)}


def deid_file(input_path: str, output_path: str, config: DeidConfig) -> tuple[int, int]:
    """(notes written, lines rejected). Rejected lines are reported by key and reason only."""
    notes, rejected = [], 0
    with open(input_path) as fh:
        for source, line in iter_file_lines(input_path, fh):
            parsed = parse_note_line(line, source)
            if isinstance(parsed, Failure):
                rejected += 1
                print(f"chartsum deid: skipped {parsed.record_key}: {parsed.reason} ({parsed.detail})", file=sys.stderr)
            else:
                notes.append(parsed)
    secret, generated = load_secret(config.secret_env, config.secret_file)
    if generated and config.date_policy == "shift":
        print(f"chartsum deid: no {config.secret_env} set: date shifts use a random secret for this run", file=sys.stderr)
    results = deidentify_grouped(Deidentifier(config), notes, secret, config.date_policy)
    Path(output_path).parent.mkdir(parents=True, exist_ok=True)
    with open(output_path, "w") as fh:
        for note in notes:
            result = results[note.note_id]
            fh.write(json.dumps({"note_id": note.note_id, "text": result.text, "spans": span_dicts(result)}) + "\n")
    return len(notes), rejected


def evaluate_file(gold_path: str, config: DeidConfig, deidentifier: Deidentifier | None = None) -> dict:
    """Score the de-identifier on a gold file (lines with text, phi and keep spans; see deid_eval).
    Notes are grouped into records by patient_id, as the pipeline groups them."""
    gold = [json.loads(line) for line in Path(gold_path).read_text().splitlines() if line.strip()]
    deidentifier = deidentifier or Deidentifier(config)
    by_patient: dict[str, list[dict]] = defaultdict(list)
    for note in gold:
        by_patient[note.get("patient_id", note["note_id"])].append(note)
    groups = list(by_patient.values())
    results = deidentifier.deidentify_records([[n["text"] for n in g] for g in groups], [30] * len(groups))
    predicted = {note["note_id"]: {"text": r.text, "spans": span_dicts(r)} for g, rs in zip(groups, results) for note, r in zip(g, rs)}
    return score(gold, predicted)


def format_report(report: dict) -> str:
    lines = [f"notes: {report['notes']}", f"{'category':10} {'recall':>7} {'precision':>9} {'F2':>7} {'tokens':>7}"]
    for name, m in [("overall", report["overall"]), *report["per_category"].items()]:
        lines.append(f"{name:10} {m['recall']:7.4f} {m['precision']:9.4f} {m['f2']:7.4f} {m['gold_tokens']:7d}")
    lines.append(f"must-keep terms redacted: {report['must_keep_redacted_rate']:.2%} of {report['must_keep_terms']}")
    lines.append(f"PHI strings left verbatim: {report['phi_left_verbatim']} {report['leaks_by_category']}")
    return "\n".join(lines)

"""Chunk: pack one patient's de-identified notes into chunks that fit the model's context.

Budget = context length - max output tokens - tokens of the rendered prompt with no notes in it.
Notes are packed whole when they fit; a note larger than the budget is split at the largest boundary
that fits (section header, then paragraph, line, sentence, and raw tokens). Counts use the model's own
tokenizer, and every finished chunk is re-rendered and re-counted, so no chunk is ever over budget.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Callable, Sequence

import apache_beam as beam

from .prompts import PromptRenderer, PromptSet
from .models import ModelProfile
from .records import Chunk, DeidNote, Failure, NoteSpan

BOUNDARIES = (
    # section header: a line in capitals ("HOSPITAL COURSE:", "ASSESSMENT AND PLAN") starts a section
    re.compile(r"\n(?=[ \t]*[A-Z][A-Z0-9 /&(),'-]{2,60}:?[ \t]*(?:\n|$))"),
    re.compile(r"\n[ \t]*\n"),  # paragraph
    re.compile(r"\n"),  # line
    re.compile(r"(?<=[.!?])\s+"),  # sentence
)
BLOCK_SEPARATOR = "\n\n"


class BudgetError(ValueError):
    pass


def note_header(note: DeidNote, part: int | None = None) -> str:
    label = f" part {part}" if part else ""
    return f"[Note {note.note_id}{label} | {note.note_type} | {note.note_datetime[:10]}]\n"


def _units(text: str, start: int, end: int, pattern: re.Pattern) -> list[tuple[int, int]]:
    """Split text[start:end] after each boundary match, keeping the separator with the left unit so the
    units cover the range exactly."""
    cuts = [m.end() for m in pattern.finditer(text, start, end) if start < m.end() < end]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def split_range(text: str, start: int, end: int, limit: int, count: Callable[[str], int], level: int = 0) -> list[tuple[int, int]]:
    """Contiguous ranges covering text[start:end], each at most `limit` tokens."""
    if count(text[start:end]) <= limit:
        return [(start, end)]
    if level >= len(BOUNDARIES):
        return _split_tokens(text, start, end, limit, count)
    units = _units(text, start, end, BOUNDARIES[level])
    if len(units) == 1:
        return split_range(text, start, end, limit, count, level + 1)
    ranges: list[tuple[int, int]] = []
    cur_start, cur_end, cur_tokens = None, None, 0
    for a, b in units:
        n = count(text[a:b])
        if n > limit:
            if cur_start is not None:
                ranges.extend(split_range(text, cur_start, cur_end, limit, count, level + 1))
                cur_start = None
            ranges.extend(split_range(text, a, b, limit, count, level + 1))
            continue
        if cur_start is not None and cur_tokens + n <= limit:
            cur_end, cur_tokens = b, cur_tokens + n
        else:
            if cur_start is not None:
                ranges.extend(split_range(text, cur_start, cur_end, limit, count, level + 1))
            cur_start, cur_end, cur_tokens = a, b, n
    if cur_start is not None:
        # Sums of unit counts can be off by a token at the joins: re-check the packed range.
        ranges.extend(split_range(text, cur_start, cur_end, limit, count, level + 1))
    return ranges


def _split_tokens(text: str, start: int, end: int, limit: int, count: Callable[[str], int]) -> list[tuple[int, int]]:
    """Last resort for a single sentence over budget: the longest prefix that fits, by bisection on
    characters (independent of the tokenizer's offset support)."""
    ranges = []
    while start < end:
        lo, hi = start + 1, end
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if count(text[start:mid]) <= limit:
                lo = mid
            else:
                hi = mid - 1
        ranges.append((start, lo))
        start = lo
    return ranges


@dataclass(frozen=True)
class Segment:
    note: DeidNote
    start: int
    end: int
    text: str  # header + note text slice
    n_tokens: int
    overlap: bool = False  # repeated from the previous chunk for context


class Chunker:
    def __init__(self, renderer: PromptRenderer, context_len: int, max_output_tokens: int, overlap_tokens: int = 0):
        self.renderer = renderer
        self.overlap_tokens = overlap_tokens
        self.context_len = context_len
        self.max_output_tokens = max_output_tokens
        self.prompt_limit = context_len - max_output_tokens
        self.budget = self.prompt_limit - renderer.max_prompt_tokens("")
        self.separator_tokens = renderer.count_tokens(BLOCK_SEPARATOR)
        if self.budget < 64:
            raise BudgetError(f"no room for notes: context {context_len}, output {max_output_tokens}, prompt {renderer.max_prompt_tokens('')}")
        if overlap_tokens * 2 > self.budget:
            raise BudgetError(f"overlap of {overlap_tokens} tokens is more than half the {self.budget}-token budget for notes")

    def segments(self, note: DeidNote) -> list[Segment]:
        count = self.renderer.count_tokens
        whole = note_header(note) + note.text
        n = count(whole)
        if n <= self.budget:
            return [Segment(note, 0, len(note.text), whole, n)]
        header_room = count(note_header(note, part=999)) + 2
        # Leave room for an overlap block in front of each piece, so the overlap always fits.
        overlap_room = self.overlap_tokens + count(note_header(note)) + 8 + self.separator_tokens if self.overlap_tokens else 0
        ranges = split_range(note.text, 0, len(note.text), self.budget - header_room - overlap_room, count)
        out = []
        for part, (a, b) in enumerate(ranges, start=1):
            text = note_header(note, part) + note.text[a:b]
            out.append(Segment(note, a, b, text, count(text)))
        return out

    def overlap_segment(self, seg: Segment) -> Segment | None:
        """The end of `seg`'s text, at most `overlap_tokens` tokens, cut at a sentence or line start when
        one is near, to open the next chunk with the context the previous one ended on."""
        if not self.overlap_tokens:
            return None
        count = self.renderer.count_tokens
        text = seg.note.text
        lo, hi = seg.start, seg.end  # find the earliest start whose tail fits
        while lo < hi:
            mid = (lo + hi) // 2
            if count(text[mid:seg.end]) <= self.overlap_tokens:
                hi = mid
            else:
                lo = mid + 1
        start = lo
        boundary = re.search(r"(?<=[.!?\n])\s+", text[start:seg.end])
        if boundary and boundary.end() < seg.end - start:
            start += boundary.end()
        if start >= seg.end:
            return None
        body = note_header(seg.note).replace("]", " continued]", 1) + text[start:seg.end]
        return Segment(seg.note, start, seg.end, body, count(body), overlap=True)

    def fits(self, segments: Sequence[Segment]) -> bool:
        return self.renderer.max_prompt_tokens(BLOCK_SEPARATOR.join(s.text for s in segments)) <= self.prompt_limit

    def chunk_patient(self, patient_key: str, notes: Sequence[DeidNote], record_key: str = "") -> list[Chunk]:
        ordered = sorted(notes, key=lambda n: (n.note_datetime, n.note_id))
        groups: list[list[Segment]] = []
        current: list[Segment] = []
        used = 0
        for note in ordered:
            for seg in self.segments(note):
                extra = seg.n_tokens + (self.separator_tokens if current else 0)
                if current and used + extra > self.budget:
                    groups.append(current)
                    tail = self.overlap_segment(current[-1])
                    current, used = [], 0
                    extra = seg.n_tokens
                    if tail is not None and tail.n_tokens + self.separator_tokens + seg.n_tokens <= self.budget:
                        current, used = [tail], tail.n_tokens + self.separator_tokens
                current.append(seg)
                used += extra
        if current:
            groups.append(current)
        groups = self._enforce(groups)
        chunks = []
        for index, group in enumerate(groups):
            text = BLOCK_SEPARATOR.join(s.text for s in group)
            chunks.append(
                Chunk(
                    chunk_id=f"{chunk_prefix(record_key or patient_key)}-{index:04d}",
                    patient_key=patient_key,
                    record_key=record_key or patient_key,
                    chunk_index=index,
                    n_chunks=len(groups),
                    text=text,
                    spans=tuple(NoteSpan(s.note.note_id, s.start, s.end, s.overlap) for s in group),
                    n_tokens=self.renderer.count_tokens(text),
                )
            )
        return chunks

    def _enforce(self, groups: list[list[Segment]]) -> list[list[Segment]]:
        """Exact check on the rendered prompt; move trailing segments on until each chunk fits."""
        out: list[list[Segment]] = []
        pending = list(groups)
        while pending:
            group = pending.pop(0)
            spill: list[Segment] = []
            while len(group) > 1 and not self.fits(group):
                spill.insert(0, group.pop())
            if not self.fits(group):
                raise BudgetError("a single segment does not fit the prompt budget")
            out.append(group)
            if spill:
                pending.insert(0, spill)
        return out


def chunk_prefix(record_key: str) -> str:
    """Chunk ids are "<prefix>-<index>"; the prefix names the record, so results regroup by it."""
    return hashlib.sha256(record_key.encode()).hexdigest()[:16]


def record_of(chunk_id: str) -> str:
    return chunk_id.rsplit("-", 1)[0]


RECORD_KEYS = ("patient_id", "encounter_id", "note_id")


def split_records(patient_key: str, notes: Sequence[DeidNote], record_key: str) -> list[tuple[str, list[DeidNote]]]:
    """One patient's notes -> the records that each get one summary. Notes without an encounter id
    become records of their own under encounter_id keys."""
    if record_key == "patient_id":
        return [(patient_key, list(notes))]
    groups: dict[str, list[DeidNote]] = {}
    for note in notes:
        part = note.note_id if record_key == "note_id" or not note.encounter_id else f"enc:{note.encounter_id}"
        groups.setdefault(f"{patient_key}/{part}", []).append(note)
    return list(groups.items())


def chunk_record(chunker: Chunker, patient_key: str, notes: Sequence[DeidNote], record_key: str = "") -> list[Chunk] | Failure:
    try:
        return chunker.chunk_patient(patient_key, notes, record_key)
    except BudgetError as err:
        return Failure("chunk", "over_budget", record_key or patient_key, str(err), note_ids=tuple(n.note_id for n in notes), patient_key=patient_key)


# --- Beam wrapper -------------------------------------------------------------------------------
class ChunkRecords(beam.DoFn):
    """(patient_key, notes) -> Chunks, counted with the model's tokenizer (loaded once per worker)."""

    def __init__(self, model_path: str, profile: ModelProfile, prompts: PromptSet, max_output_tokens: int, record_key: str = "patient_id", overlap_tokens: int = 0):
        self.overlap_tokens = overlap_tokens
        if record_key not in RECORD_KEYS:
            raise ValueError(f"record_key must be one of {RECORD_KEYS}")
        self.record_key = record_key
        self.model_path = model_path
        self.profile = profile
        self.prompts = prompts
        self.max_output_tokens = max_output_tokens
        self.chunker: Chunker | None = None

    def setup(self):
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(self.model_path)
        self.chunker = Chunker(PromptRenderer(self.prompts, self.profile, tokenizer), self.profile.context_len, self.max_output_tokens, self.overlap_tokens)

    def process(self, element):
        patient_key, notes = element
        for key, record in split_records(patient_key, list(notes), self.record_key):
            result = chunk_record(self.chunker, patient_key, record, key)
            if isinstance(result, Failure):
                yield result
            else:
                yield from result

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.chunk import BudgetError, Chunker, split_range
from pipeline.models import get_profile
from pipeline.prompts import PromptRenderer
from pipeline.records import DeidNote


def notes_of(records, patient_id):
    return [
        DeidNote(r["note_id"], "k" * 64, r["note_type"], r["note_datetime"], r["text"])
        for r in records
        if r["patient_id"] == patient_id
    ]


@pytest.fixture(scope="module")
def renderer(prompts, profile, tokenizer):
    return PromptRenderer(prompts, profile, tokenizer)


def check_chunks(chunker, chunks, notes):
    assert chunks, "no chunks"
    for chunk in chunks:
        assert chunker.renderer.max_prompt_tokens(chunk.text) + chunker.max_output_tokens <= chunker.context_len
        assert chunk.n_chunks == len(chunks)
    # every character of every note is covered exactly once, in order
    by_note = {}
    for chunk in chunks:
        for span in chunk.spans:
            if not span.overlap:
                by_note.setdefault(span.note_id, []).append((span.note_start, span.note_end))
    for note in notes:
        ranges = by_note[note.note_id]
        assert ranges[0][0] == 0 and ranges[-1][1] == len(note.text)
        assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
        # and the chunk text really holds that slice
    for chunk in chunks:
        for span in chunk.spans:
            note = next(n for n in notes if n.note_id == span.note_id)
            assert note.text[span.note_start:span.note_end] in chunk.text


def test_long_record_is_split_within_budget(renderer, sample_records):
    notes = notes_of(sample_records, sample_records[0]["patient_id"])
    chunker = Chunker(renderer, context_len=8192, max_output_tokens=1024)
    chunks = chunker.chunk_patient("k" * 64, notes)
    assert len(chunks) >= 2  # the first sample patient's notes exceed 8k tokens
    check_chunks(chunker, chunks, notes)


def test_budget_follows_the_model_context(renderer, sample_records):
    notes = notes_of(sample_records, sample_records[0]["patient_id"])
    meditron = get_profile("meditron-7b-gguf-q4km")
    small = Chunker(PromptRenderer(renderer.prompts, meditron, renderer.tokenizer), context_len=meditron.context_len, max_output_tokens=512)
    large = Chunker(renderer, context_len=8192, max_output_tokens=512)
    assert small.budget < 2048 < large.budget
    chunks = small.chunk_patient("k" * 64, notes)
    assert len(chunks) > len(large.chunk_patient("k" * 64, notes))
    check_chunks(small, chunks, notes)


def test_single_note_larger_than_context_is_split(renderer):
    text = ("The patient reports intermittent chest pain radiating to the left arm. " * 40 + "\n\n") * 8 + "x" * 9000
    note = DeidNote("BIG", "k" * 64, "progress", "2026-01-01T00:00:00", text)
    chunker = Chunker(renderer, context_len=2048, max_output_tokens=256)
    chunks = chunker.chunk_patient("k" * 64, [note])
    assert len(chunks) > 3
    check_chunks(chunker, chunks, [note])


def test_no_room_for_notes_is_an_error(renderer):
    with pytest.raises(BudgetError):
        Chunker(renderer, context_len=600, max_output_tokens=500)


def test_notes_are_ordered_by_time(renderer, sample_records):
    notes = notes_of(sample_records, sample_records[-1]["patient_id"])
    chunker = Chunker(renderer, context_len=8192, max_output_tokens=1024)
    [chunk] = chunker.chunk_patient("k" * 64, list(reversed(notes)))
    assert list(chunk.note_ids) == [n.note_id for n in sorted(notes, key=lambda n: n.note_datetime)]


def words(text: str) -> int:
    return len(text.split()) + text.count("\n")


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("abc .\n!?")), min_size=0, max_size=600),
    limit=st.integers(min_value=1, max_value=40),
)
def test_split_range_covers_exactly_and_respects_limit(text, limit):
    ranges = split_range(text, 0, len(text), limit, words)
    if not text:
        assert ranges in ([], [(0, 0)])
        return
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a[1] == b[0] and a[0] < a[1] for a, b in zip(ranges, ranges[1:]))
    assert all(words(text[a:b]) <= limit for a, b in ranges)


WORDS = st.sampled_from(["Patient", "reports", "chest", "pain", "for", "2", "hours.", "BP", "142/90.", "Lisinopril", "20", "mg", "daily.", "\n", "\n\n", "IMPRESSION:", "No", "acute", "fracture.", "x" * 40])


@settings(max_examples=25, deadline=None)
@given(
    notes=st.lists(st.lists(WORDS, min_size=1, max_size=400).map(" ".join), min_size=1, max_size=5),
    context=st.sampled_from([1024, 1536, 2048]),
    overlap=st.sampled_from([0, 0, 40]),
)
def test_packer_properties(renderer, notes, context, overlap):
    """Any record: no chunk over budget, every character of every note covered exactly once and in
    order (plus marked overlap), and provenance pointing at the right text."""
    deid = [DeidNote(f"N{i}", "k" * 64, "progress", f"2026-01-{i + 1:02d}T00:00:00", text) for i, text in enumerate(notes)]
    chunker = Chunker(renderer, context_len=context, max_output_tokens=128, overlap_tokens=overlap)
    chunks = chunker.chunk_patient("k" * 64, deid)
    check_chunks(chunker, chunks, deid)
    assert [c.chunk_index for c in chunks] == list(range(len(chunks)))
    for previous, chunk in zip(chunks, chunks[1:]):
        for span in chunk.spans:
            if span.overlap:  # an overlap repeats the end of what the previous chunk held
                assert chunk.spans[0] == span and overlap
                last = previous.spans[-1]
                assert span.note_id == last.note_id and last.note_start <= span.note_start < span.note_end == last.note_end
                assert chunker.renderer.count_tokens(next(n for n in deid if n.note_id == span.note_id).text[span.note_start:span.note_end]) <= overlap


def test_overlap_repeats_context_at_the_start_of_the_next_chunk(renderer):
    text = "\n\n".join(f"Paragraph {i}. The patient reports intermittent chest pain radiating to the left arm." * 6 for i in range(40))
    note = DeidNote("BIG", "k" * 64, "progress", "2026-01-01T00:00:00", text)
    chunks = Chunker(renderer, context_len=2048, max_output_tokens=256, overlap_tokens=60).chunk_patient("k" * 64, [note])
    assert len(chunks) > 2 and all(c.spans[0].overlap for c in chunks[1:]) and not chunks[0].spans[0].overlap


def test_record_key_decides_what_one_summary_covers(renderer):
    from pipeline.chunk import record_of, split_records

    notes = [DeidNote("A1", "k" * 64, "progress", "2026-01-01T00:00:00", "Seen.", encounter_id="e1"),
             DeidNote("A2", "k" * 64, "nursing", "2026-01-02T00:00:00", "Resting.", encounter_id="e1"),
             DeidNote("A3", "k" * 64, "progress", "2026-02-01T00:00:00", "Follow-up.", encounter_id=None)]
    assert [k for k, _ in split_records("k" * 64, notes, "patient_id")] == ["k" * 64]
    by_encounter = split_records("k" * 64, notes, "encounter_id")
    assert [(k.split("/")[1], [n.note_id for n in ns]) for k, ns in by_encounter] == [("enc:e1", ["A1", "A2"]), ("A3", ["A3"])]
    assert [k.split("/")[1] for k, _ in split_records("k" * 64, notes, "note_id")] == ["A1", "A2", "A3"]
    chunker = Chunker(renderer, context_len=8192, max_output_tokens=512)
    chunks = [c for key, ns in by_encounter for c in chunker.chunk_patient("k" * 64, ns, key)]
    assert len({record_of(c.chunk_id) for c in chunks}) == 2 and {c.patient_key for c in chunks} == {"k" * 64}
    assert {c.summary_key for c in chunks} == {k for k, _ in by_encounter}


def test_long_note_splits_at_section_headers_first(renderer):
    sections = [f"SECTION {chr(65 + i)}:\n" + ("Stable on current regimen. " * 30).strip() for i in range(12)]
    note = DeidNote("SEC", "k" * 64, "discharge_summary", "2026-01-01T00:00:00", "\n".join(sections))
    chunker = Chunker(renderer, context_len=2048, max_output_tokens=256)
    chunks = chunker.chunk_patient("k" * 64, [note])
    check_chunks(chunker, chunks, [note])
    # every piece after the first starts at a section header
    starts = [span.note_start for c in chunks for span in c.spans if span.note_start > 0]
    assert starts and all(note.text[s:].startswith("SECTION ") for s in starts)

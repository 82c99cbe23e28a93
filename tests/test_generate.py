"""The real vLLM engine on the embedded model (one engine per test session, shared with the e2e test)."""

import json

import pytest

from pipeline.chunk import Chunker
from pipeline.generate import ChunkSummaryModelHandler, SummaryEngine
from pipeline.records import DeidNote, Generation
from pipeline.validate import parse_generation

pytestmark = pytest.mark.engine


@pytest.fixture(scope="session")
def engine(model_dir, profile, prompts, config):
    return SummaryEngine(str(model_dir), profile, prompts, config.generation)


def test_batch_of_chunks_gives_one_constrained_json_each(engine, sample_records, config, profile):
    chunker = Chunker(engine.renderer, profile.context_len, config.generation.max_output_tokens)
    small = [r for r in sample_records if r["note_type"] in ("nursing", "radiology")][:3]
    chunks = [chunker.chunk_patient(f"{i:064d}", [DeidNote(r["note_id"], f"{i:064d}", r["note_type"], r["note_datetime"], r["text"])])[0] for i, r in enumerate(small)]
    generations = engine.generate(chunks)
    assert [g.chunk.chunk_id for g in generations] == [c.chunk_id for c in chunks]
    for g in generations:
        assert isinstance(g, Generation) and g.error is None
        assert g.prompt_tokens == len(engine.prompt_token_ids(g.chunk)) <= profile.context_len - config.generation.max_output_tokens
        assert 0 < g.output_tokens <= config.generation.max_output_tokens
        if g.finish_reason == "stop":
            # xgrammar constrains the output: a finished generation is JSON of the summary's shape
            parsed = parse_generation(g)
            assert not hasattr(parsed, "reason"), parsed
            assert set(json.loads(g.text)) >= {"narrative", "problems", "medications", "allergies"}


def test_prompt_is_rendered_with_the_models_chat_template(engine):
    chunk = type("C", (), {"text": "PT RESTING IN BED."})()
    ids = engine.prompt_token_ids(chunk)
    text = engine.tokenizer.decode(ids)
    assert text.startswith("<|im_start|>system") and "<<<NOTES\nPT RESTING IN BED.\nNOTES>>>" in text
    assert text.rstrip().endswith("<|im_start|>assistant")


def test_model_handler_contract(engine, model_dir, profile, prompts, config):
    handler = ChunkSummaryModelHandler(str(model_dir), profile, prompts, config.generation)
    assert handler.batch_elements_kwargs()["max_batch_size"] == config.generation.batch_size
    assert list(handler.run_inference([], engine)) == []


def test_repair_prompt_is_generated_as_a_second_attempt(engine, sample_records, config, profile):
    from pipeline.records import RepairRequest

    chunker = Chunker(engine.renderer, profile.context_len, config.generation.max_output_tokens)
    r = next(r for r in sample_records if r["note_type"] == "nursing")
    [chunk] = chunker.chunk_patient("f" * 64, [DeidNote(r["note_id"], "f" * 64, r["note_type"], r["note_datetime"], r["text"])])
    [g] = engine.generate([RepairRequest(chunk, "- truncated: output stopped at the 512-token limit")])
    assert g.attempt == 2 and g.error is None and g.output_tokens > 0
    assert g.prompt_tokens == len(engine.prompt_token_ids(RepairRequest(chunk, "- truncated: output stopped at the 512-token limit")))


def test_narrative_merge_reduces_in_a_tree(engine):
    parts = ["Admitted with pneumonia, treated with ceftriaxone.", "Developed atrial fibrillation, started apixaban.", "Discharged home on oral antibiotics.", "Seen in clinic, lungs clear."]
    one_level = engine.merge_narratives([parts[:2]])
    # a prompt limit that holds only two parts at a time forces two levels for four parts
    two_parts = engine.renderer.count_tokens(engine.renderer.render_merge(parts[:2])) + 20
    tree = engine.merge_narratives([parts, parts[:1]], prompt_limit=two_parts)
    for narrative in one_level + tree[:1]:
        assert isinstance(narrative, str) and 0 < len(narrative) <= 800
    assert tree[1] == parts[0]  # a single part needs no merge
    assert engine.merge_narratives([parts[:2]], prompt_limit=10) == [None]  # nothing fits: a clear failure, no loop

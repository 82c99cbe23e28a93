"""Generate: batched vLLM generation of one JSON summary per chunk.

`SummaryEngine` is the plain-Python core: one in-process `vllm.LLM`, many prompts per call, output
constrained to the summary JSON schema (xgrammar). `ChunkSummaryModelHandler` is the small Beam
`ModelHandler` around it, so Beam's RunInference does the batching and loads the engine once per
worker process. A request that fails or is cut off comes back as a `Generation` carrying a reason,
never as an exception that sinks the batch.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import replace
from typing import Any, Iterable, Sequence

from apache_beam.ml.inference.base import ModelHandler

from .config import GenerationConfig
from .models import ModelProfile
from .prompts import PromptRenderer, PromptSet
from .records import Chunk, Generation, PatientSummary, RepairRequest
from .validate import evidence_enum_schema, generation_schema

log = logging.getLogger(__name__)

_ENGINES: dict[tuple, Any] = {}
_ENGINES_LOCK = threading.Lock()


def _build_llm(model_path: str, profile: ModelProfile, config: GenerationConfig):
    """One engine per process and model: building one costs a compile and the weights in memory, so
    later pipelines in the same process (tests, repeated local runs) reuse it."""
    key = (model_path, profile.context_len, config.enforce_eager, tuple(sorted(profile.engine_args.items())))
    with _ENGINES_LOCK:
        if key not in _ENGINES:
            from vllm import LLM
            from vllm.platforms import current_platform

            if current_platform.is_cpu():
                # On CPU the KV cache is carved out of RAM; the default fraction does not fit beside
                # the rest of the job, so size it explicitly.
                os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", str(config.kv_cache_gib))
            _ENGINES[key] = LLM(**engine_kwargs(model_path, profile, config))
        return _ENGINES[key]


def engine_kwargs(model_path: str, profile: ModelProfile, config: GenerationConfig) -> dict[str, Any]:
    """The `vllm.LLM` arguments for a profile (kept separate so GPU profiles are checked without a GPU)."""
    from vllm.config import StructuredOutputsConfig

    return {
        "model": model_path,
        "tokenizer": model_path,
        "max_model_len": profile.context_len,
        "enforce_eager": config.enforce_eager,
        "seed": 0,
        # Compact JSON: whitespace between fields is tokens the small models like to loop on.
        "structured_outputs_config": StructuredOutputsConfig(backend="xgrammar", disable_any_whitespace=True),
        **profile.engine_args,
    }


def shutdown_engines() -> None:
    """Stop the engine processes now rather than at interpreter exit, when logging streams are gone."""
    with _ENGINES_LOCK:
        while _ENGINES:
            _, llm = _ENGINES.popitem()
            llm.llm_engine.engine_core.shutdown()


class SummaryEngine:
    """Chunks in, `Generation`s out, in the same order."""

    def __init__(self, model_path: str, profile: ModelProfile, prompts: PromptSet, config: GenerationConfig):
        from vllm import SamplingParams
        from vllm.sampling_params import StructuredOutputsParams

        self.llm = _build_llm(model_path, profile, config)
        self.tokenizer = self.llm.get_tokenizer()
        self.renderer = PromptRenderer(prompts, profile, self.tokenizer)
        self.config = config
        self._sampling = lambda schema, max_tokens=config.max_output_tokens: SamplingParams(  # noqa: E731
            max_tokens=max_tokens,
            stop=list(profile.stop),
            structured_outputs=StructuredOutputsParams(json=schema),
            **profile.sampling,
        )
        self.sampling = self._sampling(generation_schema())

    def sampling_for(self, chunk: Chunk):
        """With `evidence_enum`, the request's schema only admits evidence quotes that are sentences of
        this chunk, so every quote is verbatim by construction (one grammar per request)."""
        if not self.config.evidence_enum:
            return self.sampling
        return self._sampling(evidence_enum_schema(chunk.text))

    def merge_narratives(self, records: Sequence[Sequence[str]], prompt_limit: int | None = None) -> list[str | None]:
        """One narrative per record from its parts, by a tree reduce: parts are grouped to fit one merge
        prompt, every group of every record is merged in one batched call, and that repeats until each
        record has one narrative left. None for a record whose merge output was unusable."""
        import json

        from vllm.inputs import TokensPrompt

        limit = prompt_limit or (self.renderer.profile.context_len - MERGE_MAX_TOKENS)
        fits = lambda group: self.renderer.count_tokens(self.renderer.render_merge(group)) <= limit  # noqa: E731
        sampling = self._sampling(NARRATIVE_SCHEMA, MERGE_MAX_TOKENS)
        levels: list[list[str] | None] = [list(r) for r in records]
        while pending := [i for i, level in enumerate(levels) if level is not None and len(level) > 1]:
            plans = {i: group_to_fit(levels[i], fits) for i in pending}
            if all(len(group) == 1 for i in pending for group in plans[i]):
                for i in pending:  # no two parts fit one prompt: give up rather than loop
                    levels[i] = None
                break
            requests = [(i, k) for i in pending for k, group in enumerate(plans[i]) if len(group) > 1]
            prompts = [TokensPrompt(prompt_token_ids=self.tokenizer.encode(self.renderer.render_merge(plans[i][k]), add_special_tokens=False)) for i, k in requests]
            merged: dict[tuple[int, int], str | None] = {}
            for key, out in zip(requests, self.llm.generate(prompts, sampling, use_tqdm=False)):
                completion = out.outputs[0]
                try:
                    merged[key] = json.loads(completion.text)["narrative"] if completion.finish_reason != "length" else None
                except (json.JSONDecodeError, KeyError, TypeError):
                    merged[key] = None
            for i in pending:
                level = [group[0] if len(group) == 1 else merged[(i, k)] for k, group in enumerate(plans[i])]
                levels[i] = None if any(n is None for n in level) else level
        return [level[0] if level else None for level in levels]

    def prompt_token_ids(self, item: Chunk | RepairRequest) -> list[int]:
        # Token ids, not strings: the chat template already holds any BOS token, and a string prompt
        # would get a second one. It also makes the chunker's count the exact count.
        if isinstance(item, RepairRequest):
            text = self.renderer.render(item.chunk.text, repair_errors=item.errors)
        else:
            text = self.renderer.render(item.text)
        return self.tokenizer.encode(text, add_special_tokens=False)

    def generate(self, items: Sequence[Chunk | RepairRequest]) -> list[Generation]:
        """First attempts (Chunks) and repair attempts (RepairRequests), in one batched engine call."""
        from vllm.inputs import TokensPrompt

        if not items:
            return []
        chunks = [i.chunk if isinstance(i, RepairRequest) else i for i in items]
        attempts = [i.attempt if isinstance(i, RepairRequest) else 1 for i in items]
        prompts = [TokensPrompt(prompt_token_ids=self.prompt_token_ids(i)) for i in items]
        started = time.perf_counter()
        try:
            outputs = self.llm.generate(prompts, [self.sampling_for(c) for c in chunks], use_tqdm=False)
        except Exception as err:  # engine-level failure: every request in the call gets the reason
            log.error("engine call failed for %d chunks: %s", len(chunks), type(err).__name__)
            if len(items) > 1:
                return [g for i in items for g in self.generate([i])]
            return [Generation(chunks[0], "", None, len(prompts[0]["prompt_token_ids"]), 0, 0.0, error=f"engine_error:{type(err).__name__}", attempt=attempts[0])]
        elapsed_ms = (time.perf_counter() - started) * 1000
        results = []
        for chunk, attempt, out in zip(chunks, attempts, outputs):
            completion = out.outputs[0]
            results.append(
                Generation(
                    chunk=chunk,
                    text=completion.text,
                    finish_reason=completion.finish_reason,
                    prompt_tokens=len(out.prompt_token_ids or []),
                    output_tokens=len(completion.token_ids),
                    duration_ms=elapsed_ms,
                    attempt=attempt,
                )
            )
        return results


NARRATIVE_SCHEMA = {"type": "object", "properties": {"narrative": {"type": "string", "maxLength": 800}}, "required": ["narrative"], "additionalProperties": False}
MERGE_MAX_TOKENS = 320


def group_to_fit(texts: Sequence[str], fits) -> list[list[str]]:
    """Consecutive groups of at least two texts (when there are two) that each pass `fits`, in order.
    A text that fits only alone forms its own group."""
    groups: list[list[str]] = []
    for text in texts:
        if groups and fits(groups[-1] + [text]):
            groups[-1].append(text)
        else:
            groups.append([text])
    return groups


class _SummaryEngineHandler(ModelHandler):
    """Beam's RunInference contract around `SummaryEngine`: load once per worker, run per batch."""

    def __init__(self, model_path: str, profile: ModelProfile, prompts: PromptSet, config: GenerationConfig):
        super().__init__()
        self.model_path = model_path
        self.profile = profile
        self.prompts = prompts
        self.config = config

    def load_model(self) -> SummaryEngine:
        return SummaryEngine(self.model_path, self.profile, self.prompts, self.config)

    def batch_elements_kwargs(self) -> dict[str, Any]:
        # Batches close at the end of a bundle anyway, so asking for full batches costs no latency and
        # keeps Beam's adaptive sizer from starting at one prompt per engine call.
        return {"min_batch_size": self.config.batch_size, "max_batch_size": self.config.batch_size}

    def get_metrics_namespace(self) -> str:
        return "chartsum_generate"


class ChunkSummaryModelHandler(_SummaryEngineHandler):
    """Chunks (and repair requests) -> Generations."""

    def run_inference(self, batch: Sequence[Chunk | RepairRequest], model: SummaryEngine, inference_args: dict[str, Any] | None = None) -> Iterable[Generation]:
        return model.generate(batch)


class NarrativeMergeModelHandler(_SummaryEngineHandler):
    """The reduce step's model call: multi-chunk patient summaries get one re-summarized narrative.
    When the merge output is unusable the joined chunk narratives stay, marked `fallback_joined`."""

    def run_inference(self, batch: Sequence[PatientSummary], model: SummaryEngine, inference_args: dict[str, Any] | None = None) -> Iterable[PatientSummary]:
        merged = model.merge_narratives([s.part_narratives for s in batch])
        out = []
        for summary, narrative in zip(batch, merged):
            if narrative is None:
                out.append(replace(summary, narrative_merge="fallback_joined"))
            else:
                out.append(replace(summary, summary={**summary.summary, "narrative": narrative}, narrative_merge="merged"))
        return out

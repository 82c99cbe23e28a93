import json
from dataclasses import replace

import pytest

from pipeline.prepare import MARKER, PrepareError, is_prepared, prepare_model


def test_prepared_model_is_a_servable_directory(model_dir, profile, config):
    for name in ("config.json", "model.safetensors", "tokenizer.json", MARKER):
        assert (model_dir / name).is_file(), name
    assert "quantization_config" not in json.loads((model_dir / "config.json").read_text())
    marker = json.loads((model_dir / MARKER).read_text())
    assert marker["gguf_sha256"] == profile.gguf_sha256
    assert is_prepared(profile, config.models_dir)


def test_prepare_is_idempotent(model_dir, profile, config):
    before = (model_dir / "model.safetensors").stat().st_mtime_ns
    assert prepare_model(profile, config.models_dir) == model_dir
    assert (model_dir / "model.safetensors").stat().st_mtime_ns == before


def test_checksum_mismatch_is_refused(tmp_path, profile):
    with pytest.raises(PrepareError, match="sha256 mismatch"):
        prepare_model(replace(profile, gguf_sha256="0" * 64), tmp_path)
    assert not any(tmp_path.iterdir())  # nothing half-written


def test_missing_gguf_file_is_a_clear_error(tmp_path, profile):
    with pytest.raises(PrepareError, match="not found"):
        prepare_model(replace(profile, source="gguf_file", location=str(tmp_path / "nope.gguf")), tmp_path)


def test_chat_template_survives_conversion(tokenizer):
    rendered = tokenizer.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False, add_generation_prompt=True)
    assert "<|im_start|>user" in rendered and rendered.rstrip().endswith("assistant")

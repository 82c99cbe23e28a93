import pytest

from pipeline.config import load_config


def test_yaml_then_env_then_flags(tmp_path):
    file = tmp_path / "c.yaml"
    file.write_text("model: med42-v2-8b\ngeneration:\n  batch_size: 3\n  max_output_tokens: 700\n")
    cfg = load_config(file, overrides={"model": None}, environ={"CHARTSUM_GENERATION__BATCH_SIZE": "5"})
    assert cfg.model == "med42-v2-8b"  # from the file; a None flag does not override
    assert cfg.generation.batch_size == 5  # env beats file, and is coerced to int
    assert cfg.generation.max_output_tokens == 700
    cfg = load_config(file, overrides={"model": "smollm2-135m"}, environ={})
    assert cfg.model == "smollm2-135m"  # flag beats file


def test_bool_env_and_unknown_keys(tmp_path):
    assert load_config(None, environ={"CHARTSUM_PROGRESS": "false"}).progress is False
    with pytest.raises(ValueError, match="unknown config key"):
        load_config(None, environ={"CHARTSUM_MODLE": "x"})
    bad = tmp_path / "bad.yaml"
    bad.write_text("generation:\n  batchsize: 2\n")
    with pytest.raises(ValueError, match="generation.'batchsize'"):
        load_config(bad, environ={})
    with pytest.raises(FileNotFoundError):
        load_config(tmp_path / "missing.yaml", environ={})


def test_secret_env_is_not_a_config_key():
    # The secret lives in the environment only; it must not trip the unknown-key check or land in config.
    cfg = load_config(None, environ={"CHARTSUM_PATIENT_KEY_SECRET": "s3cret"})
    assert "s3cret" not in str(cfg.to_dict())

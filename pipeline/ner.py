"""spaCy's statistical NER, run only on the stretches of a note where it can change the outcome.

The NER is most of the Deidentify stage's cost, and on clinical text most of what it reads cannot
yield a kept name or place: the stage drops its PERSON/LOCATION guesses whose every word is one the
record also writes in lower case ("Kidney", "Acute"), a stop-like word, an allow-listed term or a
drug-like word, and its guesses on ALL-CAPS text. So a note is read as windows around *candidate*
words only: capitalized words that are none of those, nor everyday English words (sentence starts,
headings), nor eponyms ("Barrett's esophagus"), nor already inside a span the patterns found. A
window reaches `context_words` words to each side, wider than what the model's features look at, so
the entities it finds there are the ones it finds in the whole note (tests/test_ner.py checks this on
the sample and gold notes).
Notes that are mostly lower case, where capitalization says nothing, are read whole; ALL-CAPS notes
are not read (their guesses are dropped anyway)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

import regex

_WORD = regex.compile(r"[A-Za-z][A-Za-z'\-]*")
_CANDIDATE = regex.compile(r"(?<![A-Za-z])[A-Z][a-z][A-Za-z'\-]*")


@dataclass(frozen=True)
class NerEntity:
    """What Presidio's SpacyRecognizer reads from an entity: its character range and label."""

    start_char: int
    end_char: int
    label_: str


def ordinary_words(texts: Iterable[str]) -> set[str]:
    """Words a record writes in lower case somewhere: ordinary words, not names."""
    return {w for text in texts for w in _WORD.findall(text) if w.islower()}


def is_candidate(text: str, start: int, end: int, is_ordinary: Callable[[str], bool], covered: Sequence[tuple[int, int]] = (), not_before=None) -> bool:
    """text[start:end] is a capitalized word that is not ordinary, not inside a `covered` range (a name
    or place the patterns already found) and not followed by a match of `not_before`."""
    return (
        _CANDIDATE.fullmatch(text, start, end) is not None
        and not is_ordinary(text[start:end])
        and not any(c <= start and end <= d for c, d in covered)
        and not (not_before is not None and not_before.match(text, end))
    )


def candidate_windows(text: str, is_ordinary: Callable[[str], bool], context_words: int = 6, covered: Sequence[tuple[int, int]] = (), not_before=None) -> list[tuple[int, int]]:
    """Character ranges around the candidate words (is_candidate), `context_words` words to each side.
    Windows cross line breaks: the model's features do (cut at the line, it missed names that it
    finds in the whole note)."""
    words = [m.span() for m in _WORD.finditer(text)]
    windows: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(words):
        if not is_candidate(text, a, b, is_ordinary, covered, not_before):
            continue
        lo, hi = max(0, i - context_words), min(len(words) - 1, i + context_words)
        start = 0 if lo == 0 else words[lo][0]
        end = len(text) if hi == len(words) - 1 else words[hi][1]
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


class WindowedNer:
    """Entities for many notes at once: every window of every note goes through one nlp.pipe."""

    def __init__(self, nlp, label_map: dict[str, str], batch_size: int = 64, context_words: int = 6, not_before=None):
        self.nlp = nlp
        self.label_map = label_map
        self.batch_size = batch_size
        self.context_words = context_words
        self.not_before = not_before  # words followed by this are not candidates

    def entities(self, texts: Sequence[str], plans: Sequence[str], is_ordinary: Sequence[Callable[[str], bool]], covered: Sequence[Sequence[tuple[int, int]]] | None = None) -> list[list[NerEntity]]:
        """`plans[i]`: "whole", "windows" or "none" for texts[i]; `is_ordinary[i]` judges its words;
        `covered[i]`: ranges of texts[i] already found to be names or places."""
        pieces: list[tuple[int, int]] = []  # (text index, offset of the piece in the text)
        strings: list[str] = []
        for i, (text, plan) in enumerate(zip(texts, plans)):
            ranges = [(0, len(text))] if plan == "whole" else candidate_windows(text, is_ordinary[i], self.context_words, covered[i] if covered else (), self.not_before) if plan == "windows" else []
            for a, b in ranges:
                pieces.append((i, a))
                strings.append(text[a:b])
        out: list[list[NerEntity]] = [[] for _ in texts]
        for (i, offset), doc in zip(pieces, self.nlp.pipe(strings, batch_size=self.batch_size)):
            for ent in doc.ents:
                if ent.label_ in self.label_map:
                    out[i].append(NerEntity(offset + ent.start_char, offset + ent.end_char, self.label_map[ent.label_]))
        return out

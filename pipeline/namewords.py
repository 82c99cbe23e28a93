"""Names found by word lists: where there is no cue word and spaCy's small model sees nothing.

A word on the name lists (Census, Philter) that is on no list of ordinary words (Philter's clinical
non-name vocabulary, everyday English, drugs, the record's own lower-case words) is a name wherever
it stands: "Visited Mabel in room 221", "rodel aware of k 3.2", "KATHERINE AND SONNY ARRIVED". This is
Philter's idea (UCSF) applied to names only, so the price is a few rare surnames that are also rare
words. A name that is also an ordinary word ("Faith", "Bill") still needs a cue, or a name beside it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, Sequence

import regex

from .vocab import is_name_word, name_words, non_name_words

_WORD = regex.compile(r"\p{L}[\p{L}'\-]*")
# Given names too, but without a cue these are dates: "next inr jan. 5", "seen Sat".
_DATE_WORDS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
# A middle initial ends an inverted name: "RUSSELL, RIGOBERTO T", "sullivan, daniel a" (a lower-case
# one only at the end of its line or before punctuation, so that "a" the article is not taken).
_INITIAL = regex.compile(r"[ \t]+(?:[A-Z]\.?(?![\w-])|[a-z]\.?(?=[ \t]*(?:$|\n|[,;|)])))")
# "Last, First M": with the initial, two name-list words around a comma are a name even when one is
# an everyday word ("BLACK, LORRAINE T", "GUERRERO, MILES D").
_WORD_BEFORE = regex.compile(r"([A-Za-z][A-Za-z'\-]*)[ \t]+\Z")  # searched up to the name: \Z is its start
_WORD_AFTER = regex.compile(r"[ \t]+([A-Za-z][A-Za-z'\-]*)")
_INVERTED_WITH_INITIAL = regex.compile(r"([A-Za-z][A-Za-z'\-]+),[ \t]*([A-Za-z][A-Za-z'\-]+)(?=" + _INITIAL.pattern + ")")


def case_fits(text: str, start: int, end: int, plan: str) -> bool:
    """Capitalized words count in every note. ALL-CAPS words of three letters or more count on lines
    written in capitals (nursing text, headers, "GUERRERO, MILES D"); on a cased line they are
    acronyms ("TUG", "DEA"). Lower-case words count only in notes written all in lower case."""
    word = text[start:end]
    if word[0].isupper() and word[1:].islower():
        return True
    if word.isupper():
        return len(word) >= 3 and _capitals_line(text, start)
    return plan == "whole" and word.islower()


def _capitals_line(text: str, at: int) -> bool:
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return _written_in_capitals(text[line_start:line_end if line_end != -1 else len(text)])


@lru_cache(maxsize=4096)
def _written_in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


def name_word_spans(text: str, plan: str, is_ordinary: Callable[[str], bool], covered: Sequence[tuple[int, int]] = (), not_before=None) -> list[tuple[int, int]]:
    """Character ranges of name words in `text` outside `covered`. `plan` is the NER plan of the note
    ("windows" for cased notes, "whole" for lower-case ones, "none" for ALL-CAPS ones); `is_ordinary`
    is the record's judge of ordinary words; a word followed by `not_before` is an eponym part."""
    out = []
    for m in _WORD.finditer(text):
        a, b = m.span()
        word = m.group(0)
        if not is_name_word(word) or word.lower() in _DATE_WORDS:  # the cheap test first: most words fail it
            continue
        if (a and text[a - 1].isdigit()) or (b < len(text) and text[b].isdigit()):
            continue  # part of a code or a score name ("CHA2DS2")
        if not case_fits(text, a, b, plan) or any(c <= a and b <= d for c, d in covered) or is_ordinary(word):
            continue
        if not_before is not None and not_before.match(text, b):
            continue
        out.append((a, b))
    return out


def _neighbour_is_name(word: str) -> bool:
    """Beside a name, a name-list word is a name part even when it is an everyday word ("Bill Morgan",
    "Thomas Crane"), unless it is a clinical non-name word ("Smith Patient")."""
    w = word.lower().removesuffix("'s")
    return len(w) >= 2 and w in name_words() and w not in non_name_words()


def extend_names(text: str, ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Grow each name range over the name words written beside it on the same line, in the same case
    ("JASON" + "ALVAREZ", "Clarence" + "D. Traore"), and over the middle initial after an inverted
    name ("RUSSELL, RIGOBERTO" + " T")."""
    out = []
    for a, b in ranges:
        for m in _INVERTED_WITH_INITIAL.finditer(text, max(0, a - 40), min(len(text), b + 40), overlapped=True):
            if m.start() <= a < m.end() or m.start() < b <= m.end():
                if all(w.lower() in name_words() and _same_case(w, text[a:b]) for w in m.groups()):
                    a, b = min(a, m.start()), max(b, m.end())
                    break
        while True:
            before = _WORD_BEFORE.search(text, max(0, a - 40), a)
            if before and _same_case(before.group(1), text[a:b]) and _neighbour_is_name(before.group(1)):
                a = before.start()
                continue
            after = _WORD_AFTER.match(text, b, b + 40)
            if after and _same_case(after.group(1), text[a:b]) and _neighbour_is_name(after.group(1)):
                b = after.end()
                continue
            initial = _INITIAL.match(text, b)
            if initial and "," in text[a:b] and (initial.end() == len(text) or not text[initial.end()].isalpha()):
                b = initial.end()
            break
        out.append((a, b))
    return out


def _same_case(word: str, name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):
        return word.isupper()
    if all(c.islower() for c in letters):
        return word.islower()
    return word[0].isupper() and word[1:].islower()

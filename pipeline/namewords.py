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

from .vocab import english_counts, fold, given_names, is_name_word, name_words, never_a_name, non_name_words

_WORD = regex.compile(r"\p{L}[\p{L}'\-]*")
# Given names too, but without a cue these are dates: "next inr jan. 5", "seen Sat".
_DATE_WORDS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split())
# A middle initial ends an inverted name: "RUSSELL, RIGOBERTO T", "sullivan, daniel a" (a lower-case
# one only at the end of its line or before punctuation, so that "a" the article is not taken).
_INITIAL = regex.compile(r"[ \t]+(?:[A-Z]\.?(?![\w-])|[a-z]\.?(?=[ \t]*(?:$|\n|[,;|)])))")
# "Last, First M": with the initial, two name-list words around a comma are a name even when one is
# an everyday word ("BLACK, LORRAINE T", "GUERRERO, MILES D").
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}'\-]*)[ \t]\Z")  # searched up to the name: \Z is its start
_WORD_AFTER = regex.compile(r"[ \t](\p{L}[\p{L}'\-]*)")  # one gap: two or more spaces part table columns
# surname particles between name parts: "Zoë van der Berg", "Itzel Montes de Oca", "dos Santos"
_PARTICLES_AFTER = regex.compile(r"(?:[ \t](?i:van|von|der|den|de|del|della|la|le|da|dos|das|du|ter|ten|bin|ibn|al|el|y))+[ \t](\p{L}[\p{L}'\-]*)")
# the given names after an inverted surname: "PRICE, BAO", "Young, Summer", "jama, abdiweli"
_COMMA_AFTER = regex.compile(r",[ \t]?(\p{L}[\p{L}'\-]*)")
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


def _neighbour_is_name(word: str, is_ordinary: Callable[[str], bool] | None = None) -> bool:
    """Beside a name, a name-list word is a name part even when it is an everyday word ("Bill Morgan",
    "Thomas Crane"), unless it is a clinical non-name word ("Smith Patient"). With the record's judge
    of ordinary words, so is a word on no list at all ("Svitlana Kovalenko", "Nasrin Noorzai"): beside
    a name, a word that is neither English, clinical, a drug nor a credential is the rest of the name."""
    w = fold(word).lower().removesuffix("'s")
    if len(w) < 2 or w in non_name_words():
        return False
    if w in name_words():
        return True
    return is_ordinary is not None and len(w) >= 3 and english_counts().get(w, 0) < _RARE and w not in _NOT_NAME_PARTS and not is_ordinary(word) and not never_a_name(word)


_RARE = 100  # an unlisted word this rare in English text is no everyday word ("booking" is seen 4,545 times)


# credentials, roles and units written beside names that no word list calls ordinary
_NOT_NAME_PARTS = frozenset("md do rn np pa lpn cna crna fnp aprn dnp phd pharmd rph dds dmd dpt msw lcsw lmsw rd cdces ibclc slp ccc ot pt rt ma pct emt medic scribe resident intern fellow attending jr sr ii iii iv esq".split())


def extend_names(text: str, ranges: Iterable[tuple[int, int]], is_ordinary: Callable[[str], bool] | None = None) -> list[tuple[int, int]]:
    """Grow each name range over the name words written beside it on the same line, in the same case
    ("JASON" + "ALVAREZ", "Clarence" + "D. Traore"), over surname particles ("Zoë" + " van der Berg"),
    over the given names after a one-word surname and a comma ("PRICE" + ", BAO") and over the middle
    initial after an inverted name ("RUSSELL, RIGOBERTO" + " T"). `is_ordinary` (the record's judge)
    lets words on no list grow a name too (see _neighbour_is_name)."""
    out = []
    for a, b in ranges:
        for m in _INVERTED_WITH_INITIAL.finditer(text, max(0, a - 40), min(len(text), b + 40), overlapped=True):
            if m.start() <= a < m.end() or m.start() < b <= m.end():
                if all(w.lower() in name_words() and _same_case(w, text[a:b]) for w in m.groups()):
                    a, b = min(a, m.start()), max(b, m.end())
                    break
        while True:
            before = _WORD_BEFORE.search(text, max(0, a - 40), a)
            if before and _same_case(before.group(1), text[a:b]) and _neighbour_is_name(before.group(1), is_ordinary):
                a = before.start()
                continue
            after = _WORD_AFTER.match(text, b, b + 40)
            if after and _same_case(after.group(1), text[a:b]) and _neighbour_is_name(after.group(1), is_ordinary):
                b = after.end()
                continue
            after = _PARTICLES_AFTER.match(text, b, b + 40)
            if after and _same_case(after.group(1), text[a:b]) and _neighbour_is_name(after.group(1), is_ordinary):
                b = after.end()
                continue
            after = _COMMA_AFTER.match(text, b, b + 40)
            # after "Surname," a word on the name lists is a given name even when Philter also lists it
            # as a clinical word ("PRICE, BAO"); that is the shape of an inverted name
            if after and " " not in text[a:b] and "," not in text[a:b] and _same_case(after.group(1), text[a:b]) and (_given_after_comma(after.group(1)) or _neighbour_is_name(after.group(1), is_ordinary)):
                b = after.end()
                continue
            initial = _INITIAL.match(text, b)
            if initial and "," in text[a:b] and (initial.end() == len(text) or not text[initial.end()].isalpha()):
                b = initial.end()
            break
        out.append((a, b))
    return out


def _given_after_comma(word: str) -> bool:
    """A given name after "Surname,": on the name lists, three letters or more and not one of the
    commonest English words ("earl, in duluth"; Philter's given names hold a few such words)."""
    w = fold(word).lower()
    return len(w) >= 3 and w in given_names() and english_counts().get(w, 0) < _FUNCTION_WORD_COUNT


_FUNCTION_WORD_COUNT = 1_000_000  # "in", "and", "the", "was": far above any given name in the word counts


def _same_case(word: str, name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):
        return word.isupper()
    if all(c.islower() for c in letters):
        return word.islower()
    return word[0].isupper() and word[1:].islower()

"""Towns found by a gazetteer: "drove in from Clarksdale", "no ride to keokuk", "TEXARKANA TX  75596".

Notes name towns in passing, with no address around them. A run of words that is a US place of
1,000 people or more (GeoNames, pipeline/vocab.us_towns) is a place, written in the case the note
writes names in (pipeline/namewords). A one-word town that is also an ordinary word ("Hope",
"Independence", "Normal", "Aurora") is left to the address patterns; names of two or three words are
specific enough alone ("Eagle Pass", "Baton Rouge").
"""

from __future__ import annotations

from typing import Callable, Sequence

import regex

from .namewords import case_fits
from .vocab import EVERYDAY, english_counts, fold, looks_clinical, non_name_words, us_towns

_WORD = regex.compile(r"\p{L}[\p{L}'\-]*")
_GAP = regex.compile(r"\.?[ \t]+")  # between the words of one name: "St. Louis", "Eagle Pass"


def _ordinary_town(word: str, is_ordinary: Callable[[str], bool]) -> bool:
    """A one-word town that is an everyday or clinical word. Philter's non-name list holds towns too
    ("Lebanon", "Watertown"), so it counts only for words written in one case ("WALKER", "calcium"),
    where capitalization says nothing."""
    w = fold(word).lower()
    one_case = word.isupper() or word.islower()
    return len(w) < 4 or is_ordinary(word) or english_counts().get(w, 0) >= EVERYDAY or looks_clinical(w) or (one_case and w in non_name_words())


def town_spans(text: str, plan: str, is_ordinary: Callable[[str], bool], covered: Sequence[tuple[int, int]] = (), not_before=None) -> list[tuple[int, int]]:
    """Character ranges of town names in `text` outside `covered` (see name_word_spans for the rest)."""
    towns = us_towns()
    words = list(_WORD.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        first = words[i]
        names = towns.get(fold(first.group(0)).lower())
        if not names or not case_fits(text, first.start(), first.end(), plan) or any(c <= first.start() < d for c, d in covered):
            i += 1
            continue
        # the longest town name that starts here, its words in the same case and one gap apart
        run = [first]
        for nxt in words[i + 1:i + 3]:
            if not _GAP.fullmatch(text, run[-1].end(), nxt.start()) or not case_fits(text, nxt.start(), nxt.end(), plan):
                break
            run.append(nxt)
        for n in range(len(run), 0, -1):
            key = tuple(fold(m.group(0)).lower() for m in run[:n])
            if key not in names:
                continue
            a, b = run[0].start(), run[n - 1].end()
            if n == 1 and _ordinary_town(first.group(0), is_ordinary):
                break
            if any(a < d and c < b for c, d in covered) or (not_before is not None and not_before.match(text, b)):
                break
            out.append((a, b))
            i += n - 1
            break
        i += 1
    return out


# What names a business or a school once it follows a name or a place: "Lincoln Elementary",
# "Kroger distribution center", "Walmart Supercenter", "Crescent City General", "Lakeside Casino".
_PLACE_KIND = (
    r"(?:elementary|middle|high|junior\s+high|preschool|daycare|day\s+care|academy|supercenter|superstore|casino|"
    r"distribution\s+center|warehouse|plant|factory|mill|dairy|farms?|orchards?|ranch|packing|poultry|foods|lumber|"
    r"auto\s+body|trucking|logistics|construction|church|temple|mosque|synagogue|chapel|general|market|grocery|"
    r"store|motel|hotel|inn|diner|restaurant|cafe|bakery|library|mall|stadium|campus|tower|towers|apartments|"
    r"homes|village|estates|courts|shelter|mission|fqhc|lab|sleep\s+lab|dialysis|home\s+dialysis|mart|corp|"
    r"corporation|company|field|complex|sports\s+complex|container|kidney\s+care|palliative\s+care|"
    r"(?:&|and)\s+palliative\s+care)"
)
_KIND_AFTER = regex.compile(rf"(?:[ \t]+{_PLACE_KIND}\b)+(?![ \t]*[-/]?[ \t]*\d)", regex.IGNORECASE)
_LOWER_KIND_AFTER = regex.compile(r"[ \t]+(?:distribution\s+center|warehouse|plant|factory|mill|supercenter|casino|poultry|packing|dairy|orchards?|ranch)")
# what opens a place name before the words a gazetteer or a pattern found: "Mount" + "Carmel West"
_OPENER_BEFORE = regex.compile(r"\b(?i:mount|mt\.?|saint|st\.|our\s+lady\s+of(?:\s+the)?|fort|ft\.?|port|lake|new|north|south|east|west)[ \t]\Z")


def place_kind_after(text: str, end: int, name: str) -> int | None:
    """Where a business or school name that continues `name` (ending at `end`) with a kind word ends,
    if it does: the kind word written in the name's case ("Lincoln Elementary", "WALMART SUPERCENTER",
    "douglass stem high"; not "Jones high risk")."""
    m = _KIND_AFTER.match(text, end)
    if m is None:
        return None
    # a business kind that is never clinical may follow a capitalized name in lower case: "Kroger
    # distribution center", "Tyson plant" (not "Jones high risk")
    return m.end() if _case_fits(m.group(0), name) or (name[:1].isupper() and _LOWER_KIND_AFTER.fullmatch(m.group(0))) else None


def place_opener_before(text: str, start: int, name: str) -> int | None:
    """Where a place name that `name` (starting at `start`) ends opens, if an opener word stands
    before it in the name's case: "Mount" + "Carmel West", "Our Lady of the" + "Lake Regional"."""
    m = _OPENER_BEFORE.search(text, max(0, start - 20), start)
    return m.start() if m and _case_fits(m.group(0), name) else None


def _case_fits(words: str, name: str) -> bool:
    words = [w for w in regex.findall(r"\p{L}+", words) if w.lower() not in ("of", "the", "and")]
    if name.islower():
        return all(w.islower() for w in words)
    if name.isupper():
        return all(w.isupper() for w in words)
    return all(w[0].isupper() for w in words)

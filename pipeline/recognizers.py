"""Clinical PHI recognizers that need more than a regex: one small Presidio recognizer class per job.

Plain patterns (ids, dates, ZIP codes, phone extensions) are configured in configs/deid.yaml and become
Presidio PatternRecognizers; the classes here add validation (an age is PHI only from 90 up, a
capitalized word after "Dr." is a name only if it is not a common word) and are switched on by name
in the same file.
"""

from __future__ import annotations

import importlib.metadata
from functools import lru_cache

import regex

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

# Presidio compiles patterns case-insensitively by default; capitalization is evidence of a name here,
# so these recognizers match case-sensitively and say (?i) where case does not matter.
CASE_SENSITIVE = regex.DOTALL | regex.MULTILINE

class FastPatternRecognizer(PatternRecognizer):
    """Presidio's PatternRecognizer with the same matching, validation and scores, minus the per-match
    explanation objects, timestamps and debug logging that made up most of its cost here."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        flags = regex_flags or self.global_regex_flags
        results = []
        for pattern in self.patterns:
            if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
                pattern.compiled_with_flags = flags
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
            for m in pattern.compiled_regex.finditer(text):
                start, end = m.span()
                if start == end:
                    continue
                value, score = text[start:end], pattern.score
                valid = self.validate_result(value)
                if valid is not None:
                    score = self.MAX_SCORE if valid else self.MIN_SCORE
                if self.invalidate_result(value):
                    score = self.MIN_SCORE
                if score > self.MIN_SCORE:
                    results.append(RecognizerResult(self.supported_entities[0], start, end, score, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return EntityRecognizer.remove_duplicates(results)


class ClinicalPatternRecognizer(FastPatternRecognizer):
    """The code recognizers' common set-up: English, case-sensitive, named after their class."""

    def __init__(self, entity: str, patterns: list[Pattern], context: list[str] | None = None, name: str | None = None):
        super().__init__(supported_entity=entity, name=name or type(self).__name__, supported_language="en", patterns=patterns, context=context, global_regex_flags=CASE_SENSITIVE)


# Capitalized words that follow name cues ("Patient:", "Dr.", "wife") but are not names. Kept short and
# generic on purpose: a missed false positive costs precision, a wrong entry here costs recall.
NOT_NAMES = frozenset(
    """
    a an the he she they his her their him them it its this that patient pt pts name names pager is was has had have
    and or of on in at to for with without from by as be been being are were will would may can
    no not none unknown denies reports states said who which when where what how
    mr mrs ms miss dr doctor nurse rn md do np pa attending resident physician provider surgeon
    male female man woman boy girl son daughter wife husband mother father sister brother family
    history exam plan assessment impression findings diagnosis medications allergies vitals labs
    today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    left right bilateral upper lower chest abdomen back pain normal stable negative positive
    emergency department hospital clinic center medical care unit service team room floor
    call contact phone fax email home lives alone independently
    electronically signed dictated transcribed reviewed verified addendum requesting ordering referring
    biometric fingerprint photo technique clinical impression indication comparison procedure
    triage charge primary covering staff night float student pharmacy assistant scribe interpreter
    """.split()
)

# Drug, organism and chemistry word endings (USAN stems and the like): a capitalized word ending so is
# a medicine or a microbe, not a person or a place, when only spaCy's statistical NER says otherwise.
CLINICAL_SUFFIXES = (
    "statin", "pril", "sartan", "olol", "dipine", "formin", "gliptin", "gliflozin", "glutide", "azole", "cillin",
    "cycline", "mycin", "floxacin", "micin", "navir", "ciclovir", "mab", "tinib", "parin", "xaban", "tidine",
    "prazole", "setron", "triptan", "azepam", "zolam", "caine", "sone", "olone", "terol", "tropium", "lukast",
    "thiazide", "semide", "oxetine", "pramine", "triptyline", "apine", "idone", "peridol", "profen", "coxib",
    "fenac", "codone", "morphone", "tadine", "zosin", "pidem", "coccus", "cocci", "bacter", "monas", "bacillus",
    "bacterium", "virus", "itis", "emia", "osis", "ectomy", "otomy", "plasty", "scopy", "gram", "graphy",
)


def looks_clinical(word: str) -> bool:
    w = word.lower()
    return any(w.endswith(suffix) and len(w) > len(suffix) + 2 for suffix in CLINICAL_SUFFIXES)
# Names never run across a line break: headers put a name at the end of one line and a label at the
# start of the next.
CAPS_WORD = r"[A-Z](?:[a-z]|'[A-Z])[A-Za-z'\-]*"  # Smith, McDonald, O'Brien; not MRN or DOB
NAME = rf"{CAPS_WORD}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{CAPS_WORD}){{0,2}}"
_CAPS_STOP = r"(?!(?:AT|IN|ON|TO|WITH|AND|THE|IS|WAS|HAS|FOR|OF|BY|UPDATED|BEDSIDE|PRESENT|VISITING|CALLED|NOTIFIED)\b)"
ALLCAPS_NAME = rf"{_CAPS_STOP}[A-Z][A-Z'\-]+(?:,?[ \t]+{_CAPS_STOP}[A-Z][A-Z'\-]+){{0,2}}"
CREDENTIALS = r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PhD|DDS|LPN|CNA|MSW|LCSW|DPT|PharmD|CRNA|FNP|APRN)"
RELATIONS = r"(?:wife|husband|spouse|partner|son|daughter|mother|father|mom|dad|sister|brother|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|friend|neighbor|caregiver|guardian|fiance|fiancee)"


class NameRecognizer(ClinicalPatternRecognizer):
    """A PatternRecognizer for PERSON whose matches are dropped when every word is a common word."""

    def __init__(self, name: str, patterns: list[Pattern], context: list[str] | None = None):
        super().__init__("PERSON", patterns, context, name)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        words = [w.strip(".,'-").lower() for w in pattern_text.split()]
        return all(w in NOT_NAMES or len(w) < 2 for w in words)


class TitledNameRecognizer(NameRecognizer):
    """Names after a title (Dr. Marsh, Mrs. Ann Lee), before a credential (Linda Park RN, Evelyn Marsh, MD),
    and initial-plus-surname forms (J. Smith)."""

    def __init__(self):
        super().__init__(
            "TitledNameRecognizer",
            [
                Pattern("after title", rf"(?<=\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor)\.?\s+){NAME}", 0.85),
                Pattern("before credential", rf"\b{NAME}(?=,?[ \t]+{CREDENTIALS}\b)", 0.8),
                Pattern("initial surname", r"\b[A-Z]\.\s?[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?\b", 0.6),
                Pattern("caps before credential", rf"\b{ALLCAPS_NAME}(?=,?[ \t]+{CREDENTIALS}\b)", 0.7),
            ],
        )


class LabeledNameRecognizer(NameRecognizer):
    """Names after labels and relations: "Patient: Martha Collins", "Dictated by: ...", "Attending: ...",
    "lives with his wife Helen", "daughter Maria at bedside"."""

    LABELS = (
        r"(?i:patient(?:\s+name)?|pt(?:\s+name)?|name|dictated\s+by|attending(?:\s+physician)?|signed\s+by|electronically\s+signed(?:\s+by)?|"
        r"resident|fellow|surgeon|anesthesiologist|radiologist|pcp|primary\s+care(?:\s+physician)?|referring(?:\s+physician)?|requesting\s+physician|"
        r"ordering(?:\s+physician)?|seen\s+by|spoke\s+with|discussed\s+with|cc|copy\s+to|emergency\s+contact|next\s+of\s+kin|contact|"
        r"assistant|assisted\s+by|surgeon|co-?signed\s+by|nurse|provider|clinician|therapist|pharmacist|technician|technologist|"
        r"interpreter|chaperone|witness|guardian|(?:RN|NP|PA|MD|DO)(?=\s*:))"
    )

    def __init__(self):
        super().__init__(
            "LabeledNameRecognizer",
            [
                Pattern("after label", rf"(?<=\b{self.LABELS}\s*:?\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?){NAME}", 0.75),
                Pattern("after relation", rf"(?<=\b(?i:{RELATIONS})[,:]?\s+\(?){NAME}", 0.7),
                Pattern("caps after relation", rf"(?<=\b{RELATIONS.upper()}\s+){ALLCAPS_NAME}", 0.7),
                Pattern("caps after label", r"(?<=\b(?:PT|PATIENT|NAME)\s*:?\s+)[A-Z][A-Z'\-]+,\s*[A-Z][A-Z'\-]+", 0.8),
                Pattern("appositive patient", rf"(?<=\b(?i:the\s+patient|patient|pt),\s+){NAME}(?=,)", 0.7),
                Pattern("name then age-sex", rf"(?<=^|\n){NAME}(?=,\s*\d{{1,3}}\s?(?:[FMfm]|yo|y/o|year)\b)", 0.75),
                Pattern("name then identifiers", rf"\b{NAME}(?=\s*\((?i:chart|mrn|mr#|dob|d\.o\.b|age|id)\b)", 0.75),
                Pattern("last, first header", r"(?<=\b(?i:patient|name|pt)\s*:?\s+)[A-Z][A-Za-z'\-]+,\s*[A-Z][A-Za-z'\-]+", 0.8),
            ],
        )


class FacilityRecognizer(ClinicalPatternRecognizer):
    """Hospitals, clinics and other facilities named in the note (geography below state level)."""

    KINDS = r"(?:Hospital|Medical\s+Center|Health\s+Center|Medical\s+Group|Health\s+System|Healthcare|Clinic|Infirmary|Nursing\s+Home|Rehabilitation\s+Center|Rehab(?:ilitation)?\s+Hospital|Urgent\s+Care|Surgery\s+Center|Surgical\s+Center|Cancer\s+Center|Children's\s+Hospital|Memorial|Pharmacy|Hospice|Family\s+Practice|Primary\s+Care)"

    def __init__(self):
        CAPS_KINDS = self.KINDS.upper().replace(r"\S", r"\s")
        super().__init__(
            "FACILITY",
            [
                Pattern("named facility", rf"\b(?:St\.?\s+|Saint\s+)?(?:[A-Z][A-Za-z'.\-]+\s+){{1,4}}{self.KINDS}\b(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?", 0.7),
                Pattern("caps facility", rf"\b(?:ST\.?\s+)?(?:[A-Z][A-Z'.\-]+\s+){{1,4}}{CAPS_KINDS}\b", 0.7),
            ],
        )


class StreetAddressRecognizer(ClinicalPatternRecognizer):
    """Street addresses and the city that follows them ("12 Oak Street, Springfield, IL")."""

    SUFFIX = r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Terrace|Ter|Place|Pl|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Pike|Path)"
    STATES = r"(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])"

    def __init__(self):
        super().__init__(
            "STREET_ADDRESS",
            [
                Pattern("street", rf"\b\d{{1,6}}[A-Z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z'\-]+\s+){{1,3}}{self.SUFFIX}\b\.?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|#)\.?\s*[A-Za-z0-9-]+)?", 0.85),
                Pattern("caps street", rf"\b\d{{1,6}}\s+(?:[A-Z'\-]+\s+){{1,3}}{self.SUFFIX.upper()}\b\.?", 0.8),
                Pattern("po box", r"(?i)\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b", 0.85),
                Pattern("city before state", rf"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}(?=,\s*{self.STATES}\b(?:\s+\d{{5}})?)", 0.75),
                Pattern("caps city before state", rf"\b[A-Z]{{3,}}(?:\s+[A-Z]{{3,}}){{0,2}}(?=,\s*{self.STATES}\s+\d{{5}})", 0.7),
                Pattern("town after lives in", r"(?<=\b(?i:lives|living|resides|residing|resident|moved)\b[^.\n]{0,60}?\b(?i:in|near)\s+)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}", 0.65),
                Pattern("town after facility", rf"(?<=\b{FacilityRecognizer.KINDS}(?:\s+(?i:in|of)|,)\s+)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,2}}(?=[\s.,;)]|$)", 0.65),
            ],
        )


COMMON_WORDS = NOT_NAMES | frozenset(
    """
    at in on to with and for who whom whose was were is are am be updated bedside called reports reported states
    stated said will would shall should could has had here there saw seen see sees today via per about again also
    asked agrees agreed notified present visiting regarding re please thanks thank you dear sincerely regards
    prior previous previously treated admitted discharged transferred referred follow up daily new old
    """.split()
)
_LOWER_WORD = rf"(?!(?:{'|'.join(sorted(COMMON_WORDS, key=len, reverse=True))})\b)[a-z][a-z'\-]+"
LOWER_NAME = rf"{_LOWER_WORD}(?:[ \t]+[a-z]\.)?(?:[ \t]+{_LOWER_WORD})?"


def uppercase_share(text: str, sample: int = 4000) -> float | None:
    """Share of capital letters among the letters of (the start of) a text; None when it has none."""
    letters = [c for c in text[:sample] if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else None


def mostly_lowercase(text: str) -> bool:
    share = uppercase_share(text)
    return share is not None and share < 0.01


class LowercaseTextRecognizer(ClinicalPatternRecognizer):
    """Some systems hand over notes in lower case, where capitalization says nothing. These patterns
    look for names and places after strong cues only, and run only on text that is mostly lower case."""

    def __init__(self, name: str, entity: str, patterns: list[Pattern]):
        super().__init__(entity, patterns, name=name)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return super().analyze(text, entities, nlp_artifacts, regex_flags) if mostly_lowercase(text) else []


class LowercaseNameRecognizer(LowercaseTextRecognizer):
    def __init__(self):
        cues = (
            r"dr|mr|mrs|ms|miss|patient\s+name:?|pt:?|name:|patient:|dictated\s+by:?|attending:?|signed:?|signed\s+by|read\s+by|"
            r"seen\s+by|spoke\s+with|referring|referring\s+physician:?|dear\s+dr|sincerely,|cc:?|" + RELATIONS
        )
        super().__init__(
            "LowercaseNameRecognizer",
            "PERSON",
            [
                Pattern("after cue", rf"(?<=\b(?:{cues})\.?,?\s+(?:dr\.?\s+)?){LOWER_NAME}", 0.7),
                Pattern("before credential", rf"\b{LOWER_NAME}(?=,?[ \t]+(?:md|do|rn|np|pa-c|phd|lpn|dds)\b)", 0.7),
                Pattern("last, first", r"(?<=\b(?:patient|name|pt)\s*:?\s+)[a-z][a-z'\-]+,\s*[a-z][a-z'\-]+", 0.75),
            ],
        )


class LowercasePlaceRecognizer(LowercaseTextRecognizer):
    def __init__(self):
        kinds = FacilityRecognizer.KINDS.lower().replace(r"\s+", r"\s+")
        states = StreetAddressRecognizer.STATES.lower()
        suffix = StreetAddressRecognizer.SUFFIX.lower()
        super().__init__(
            "LowercasePlaceRecognizer",
            "LOCATION",
            [
                Pattern("facility", rf"\b(?:(?:st\.|saint|mount|mt\.)\s+)?(?:{_LOWER_WORD}\s+){{1,3}}{kinds}\b", 0.7),
                Pattern("city before state", rf"\b{_LOWER_WORD}(?:\s+{_LOWER_WORD})?(?=,\s*{states}\.?\s+\d{{5}})", 0.7),
                Pattern("street", rf"\b\d{{1,6}}\s+(?:[a-z][a-z'\-]+\s+){{1,3}}{suffix}\b\.?", 0.8),
                Pattern("zip", rf"(?<=,\s*{states}\.?\s+)\d{{5}}(?:-\d{{4}})?\b", 0.8),
                Pattern("town after cue", rf"(?<=\b(?:{kinds}|lives|living|resides|residing)\b[^.\n]{{0,60}}?\b(?:in|near)\s+){_LOWER_WORD}(?:\s+{_LOWER_WORD})?", 0.6),
            ],
        )


@lru_cache(maxsize=1)
def census_names() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames) from the US Census name lists shipped in the PyPI package `names` (MIT;
    the lists are public-domain Census data). Read as files: nothing is downloaded."""
    dist = importlib.metadata.distribution("names")
    files = {f.name: dist.locate_file(f) for f in dist.files or [] if f.name.startswith("dist.")}
    read = lambda name: frozenset(line.split()[0].lower() for line in open(files[name]) if line.strip())  # noqa: E731
    return read("dist.male.first") | read("dist.female.first"), read("dist.all.last")


class NameGazetteerRecognizer(EntityRecognizer):
    """A capitalized given name followed by a capitalized surname ("Jamal Okonkwo", "Okonkwo, Jamal"),
    both on the Census lists: catches names with no cue word that spaCy's small model misses. A pair of
    ordinary words that happen to be names ("Will Rose") is rare in clinical text in Title Case."""

    PAIR = regex.compile(r"\b([A-Z][a-z'\-]+)[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][a-z'\-]+)\b")
    INVERTED = regex.compile(r"\b([A-Z][a-z'\-]+),[ \t]*([A-Z][a-z'\-]+)\b")

    def __init__(self):
        super().__init__(supported_entities=["PERSON"], name="NameGazetteerRecognizer", supported_language="en")

    def load(self) -> None:
        self.first, self.last = census_names()

    def _is_name(self, given: str, surname: str) -> bool:
        g, s = given.lower(), surname.lower()
        return g in self.first and s in self.last and g not in COMMON_WORDS and s not in COMMON_WORDS and not looks_clinical(surname)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in self.PAIR.finditer(text, overlapped=True):
            if self._is_name(m.group(1), m.group(2)):
                results.append(RecognizerResult("PERSON", m.start(), m.end(), 0.75, recognition_metadata={"recognizer_name": self.name}))
        for m in self.INVERTED.finditer(text):
            if self._is_name(m.group(2), m.group(1)):
                results.append(RecognizerResult("PERSON", m.start(), m.end(), 0.75, recognition_metadata={"recognizer_name": self.name}))
        return results


class AgeOver89Recognizer(ClinicalPatternRecognizer):
    """Ages of 90 and over are PHI under Safe Harbor; younger ages are clinical content and stay."""

    def __init__(self):
        super().__init__(
            "AGE_90_PLUS",
            [
                Pattern("n-year-old", r"(?i)\b\d{2,3}(?=\s*-?\s*(?:year|yr)s?[\s-]*old\b|\s*(?:y/?o|yo|y\.o\.)\b)", 0.9),
                Pattern("age n", r"(?i)(?<=\b(?:age|aged|ages)\s*:?\s*)\d{2,3}\b", 0.85),
                Pattern("n years of age", r"(?i)\b\d{2,3}(?=\s+years?\s+of\s+age\b)", 0.85),
                Pattern("age-sex shorthand", r"\b\d{2,3}(?=\s?(?:F|M|yo[FM]|y/o[FM]?|yF|yM)\b)", 0.8),
                Pattern("nonagenarian", r"(?i)\b(?:nonagenarian|centenarian)\b", 0.6),
            ],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(c for c in pattern_text if c.isdigit())
        if not digits:
            return True  # the word forms
        return 90 <= int(digits) <= 130


CODE_RECOGNIZERS = {
    cls.__name__: cls
    for cls in (TitledNameRecognizer, LabeledNameRecognizer, FacilityRecognizer, StreetAddressRecognizer, AgeOver89Recognizer, LowercaseNameRecognizer, LowercasePlaceRecognizer, NameGazetteerRecognizer)
}


class WindowContextEnhancer(ContextAwareEnhancer):
    """Presidio's context boost, looked up in a character window before the match instead of by a
    token search per result (which was a sixth of the stage's time): a recognizer's context word
    within `window` characters before a match raises its score like the lemma enhancer would."""

    def __init__(self, window: int = 48, factor: float = 0.35, min_score: float = 0.4):
        super().__init__(context_similarity_factor=factor, min_score_with_context_similarity=min_score, context_prefix_count=0, context_suffix_count=0)
        self.window = window

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        by_id = {r.id: r for r in recognizers}
        for result in raw_results:
            meta = result.recognition_metadata or {}
            recognizer = by_id.get(meta.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            words = getattr(recognizer, "context", None) or []
            if not words or meta.get(RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY):
                continue
            before = text[max(0, result.start - self.window):result.start].lower()
            if any(w.lower() in before for w in words):
                result.score = min(max(result.score + self.context_similarity_factor, self.min_score_with_context_similarity), self.MAX_SCORE)
                meta[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return raw_results

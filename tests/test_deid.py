from pipeline.deid import deidentify_notes, shift_datetime
from pipeline.keys import date_shift_days, load_secret, patient_key
from pipeline.records import DeidNote, Note

TEXT = (
    "Patient John Smith (MRN 48213977) was seen with his wife Mary Smith. "
    "Call 217-555-0142 or email john.smith@example.com. Portal https://portal.example.org/p/1. "
    "Chest pain for 2 hours, BP 142/90."
)


def test_replaces_phi_with_typed_tags(deidentifier):
    [result] = deidentifier.deidentify([TEXT])
    for value in ("John Smith", "Mary Smith", "48213977", "217-555-0142", "john.smith@example.com"):
        assert value not in result.text
    assert "[PERSON]" in result.text and "[PHONE_NUMBER]" in result.text and "[EMAIL_ADDRESS]" in result.text
    assert "Chest pain" in result.text and "142/90" in result.text
    assert result.entity_counts["PERSON"] >= 2
    # spans are offsets into the original text
    assert any(TEXT[s.start:s.end] == "John Smith" for s in result.spans)


def test_tldextract_is_offline(deidentifier):
    import tldextract.tldextract as tld

    assert tld.TLD_EXTRACTOR.suffix_list_urls == ()
    assert tld.extract("john@mail.example.co.uk".split("@")[1]).suffix == "co.uk"


def test_patient_key_and_date_shift_are_keyed_and_stable():
    a, b = b"secret-a", b"secret-b"
    assert patient_key(a, "PT-1") == patient_key(a, "PT-1")
    assert patient_key(a, "PT-1") != patient_key(b, "PT-1") != patient_key(a, "PT-2")
    assert len(patient_key(a, "PT-1")) == 64 and "PT-1" not in patient_key(a, "PT-1")
    assert 1 <= date_shift_days(a, "PT-1") <= 365
    days = date_shift_days(a, "PT-1")
    # intervals survive the shift
    assert shift_datetime("2026-03-10T08:00:00", days) > shift_datetime("2026-03-01T08:00:00", days)


def test_generated_secret_is_reported(monkeypatch):
    secret, generated = load_secret("CHARTSUM_TEST_NO_SUCH_VAR", None, environ={})
    assert generated and len(secret) == 32
    secret, generated = load_secret("S", None, environ={"S": "abc"})
    assert (secret, generated) == (b"abc", False)


def test_stage_core_keeps_ids_and_drops_patient_id(deidentifier):
    notes = [Note("N1", "PT-77", "progress", "2026-03-01T10:00:00", TEXT), Note("N2", "PT-77", "nursing", "2026-03-02T10:00:00", "PT RESTING. WIFE MARY AT BEDSIDE.")]
    out = deidentify_notes(deidentifier, notes, b"k")
    assert all(isinstance(o, DeidNote) for o in out)
    assert [o.note_id for o in out] == ["N1", "N2"]
    assert out[0].patient_key == out[1].patient_key == patient_key(b"k", "PT-77")
    assert "PT-77" not in repr(out)
    assert out[0].note_datetime != "2026-03-01T10:00:00" and out[0].note_datetime < out[1].note_datetime

"""PHI in structured text (pipeline/structured.py): table columns by header, HL7 v2 fields by position,
JSON/XML by key, labeled fields by label. Each recognizer alone, then through the real stage."""

import pytest

from pipeline.structured import (Hl7SegmentRecognizer, InitialsLegendRecognizer, LabeledFieldRecognizer, LetterheadRecognizer, MarkupFieldRecognizer, TableColumnRecognizer,
                                 X12SegmentRecognizer, header_entity, split_cells)


def found(recognizer, text):
    return {(text[r.start:r.end], r.entity_type) for r in recognizer.analyze(text, entities=None)}


@pytest.mark.parametrize("header, entity", [
    ("patient_name", "PERSON"), ("Prescriber", "PERSON"), ("RN", "PERSON"), ("DOB", "DATE"), ("Visit Date", "DATE"),
    ("MRN", "ID_NUMBER"), ("Rx#", "ID_NUMBER"), ("Member ID", "ID_NUMBER"), ("City", "LOCATION"), ("Dest", "FACILITY"),
    ("Phone", "PHONE_NUMBER"), ("Age", "AGE_90_PLUS"), ("ZIP", "ZIP_CODE"),
    ("Regimen", None), ("Dur", None), ("Room #", None), ("Bed", None), ("Reference", None), ("NDC", None), ("dx", None), ("Rhythm", None),
])
def test_header_vocabulary(header, entity):
    assert header_entity(header) == entity


def test_split_cells_respects_quotes_and_outer_pipes():
    line = '| 11:00 |"Stone, Yer"| 2/28/1928 |'
    assert [line[a:b] for a, b in split_cells(line, 0, "|")] == ["11:00", "Stone, Yer", "2/28/1928"]
    line = 'a,"Stone, Yer",c'
    assert [line[a:b] for a, b in split_cells(line, 0, ",")] == ["a", "Stone, Yer", "c"]


@pytest.mark.parametrize("delimiter", ["|", ";", ",", "\t", "   "])
def test_table_cells_under_phi_headers(delimiter):
    rows = [["appt", "patient", "dob", "city", "provider", "dx", "age"],
            ["09:30", "Layla Quinlan", "07/24/2005", "Aberdeen", "Desrosiers", "Foley catheter", "18"],
            ["13:15", "Kourosh Rostami", "07/17/1931", "Twin Falls", "Whitehorse T", "recurrent UTIs", "92"]]
    text = "Clinic list\n" + "\n".join(delimiter.join(r) for r in rows) + "\n\nEnd of list."
    hits = found(TableColumnRecognizer(), text)
    for value, entity in [("Layla Quinlan", "PERSON"), ("07/24/2005", "DATE"), ("Twin Falls", "LOCATION"), ("Whitehorse T", "PERSON"), ("92", "AGE_90_PLUS"), ("Desrosiers", "PERSON")]:
        assert (value, entity) in hits
    values = {v for v, _ in hits}
    assert not values & {"Foley catheter", "recurrent UTIs", "18", "09:30", "patient", "dob"}


def test_a_table_of_lab_values_has_nothing_to_find():
    text = "Analyte | Result | Reference\nTSH | 12.7 uIU/mL | < 20\nPhe | 1.9 mg/dL | < 2.1\n"
    assert found(TableColumnRecognizer(), text) == set()


def test_prose_with_commas_is_not_a_table():
    text = "Patient, a retired teacher, denies chest pain, dyspnea, or palpitations.\nHe walks daily, swims, and gardens."
    assert found(TableColumnRecognizer(), text) == set()


HL7 = ("MSH|^~\\&|EPIC|BRIGHT|HIE|STATEHIE|202511140115||ADT^A08|04|P|2.5\r"
       "PID|1||755-01-903^^^BRIGHT^MR~305130178^^^SSA^SS||NAKAMURA^JI-HO^Q||19330226|F|||15224 S QUARRY BLVD^APT 9^NORMAL^IL^61761^USA^H||(251) 963-1511^PRN^PH||||||305130178|N719195978120^SD\r"
       "PV1|1|I|3N^199^C^BRIGHT||||1983906294^HOPE^IBRAHIM^^^^MD||||||||||||V87712998\r"
       "IN1|1|BCB32|LB-926386|CASCADIA CARE ADVANTAGE|||1-406-915-5608|GRP6230\r"
       "DG1|1||A69.20^LYME DISEASE^I10|||A")


def test_hl7_fields_by_position():
    hits = found(Hl7SegmentRecognizer(), HL7)
    for value, entity in [("BRIGHT", "FACILITY"), ("202511140115", "DATE"), ("755-01-903", "ID_NUMBER"), ("NAKAMURA", "PERSON"), ("JI-HO", "PERSON"),
                          ("19330226", "DATE"), ("15224 S QUARRY BLVD", "STREET_ADDRESS"), ("NORMAL", "LOCATION"), ("61761", "ZIP_CODE"),
                          ("(251) 963-1511", "PHONE_NUMBER"), ("N719195978120", "LICENSE_NUMBER"), ("1983906294", "ID_NUMBER"), ("HOPE", "PERSON"),
                          ("IBRAHIM", "PERSON"), ("V87712998", "ID_NUMBER"), ("LB-926386", "ID_NUMBER"), ("CASCADIA CARE ADVANTAGE", "FACILITY"), ("GRP6230", "ID_NUMBER")]:
        assert (value, entity) in hits, value
    values = {v for v, _ in hits}
    # the state, message type, code systems, diagnosis codes and public authorities are not PHI
    assert not values & {"IL", "USA", "ADT", "A08", "EPIC", "SSA", "A69.20", "LYME DISEASE", "MD", "STATEHIE"}


def test_no_hl7_no_work():
    assert Hl7SegmentRecognizer().analyze("BP 120/80 | HR 72 | RR 16", entities=None) == []


def test_fhir_json_and_ccda_xml_fields():
    fhir = ('{"resourceType": "Patient", "id": "KS-993658", "identifier": [{"system": "https://fhir.example.org/id/mrn", "value": "864-62-511"}],'
            ' "name": [{"use": "official", "family": "Fox", "given": ["Yuna", "Mae"]}], "telecom": [{"system": "phone", "value": "218-471-9168"},'
            ' {"system": "email", "value": "yfox@example.net"}], "gender": "female", "birthDate": "1989-01-27",'
            ' "address": [{"line": ["13372 Old Highway 76"], "city": "Neah Bay", "state": "WA", "postalCode": "16567"}],'
            ' "generalPractitioner": [{"display": "Roya Tehrani, MD"}], "managingOrganization": {"display": "Good Shepherd Health"},'
            ' "reasonCode": [{"text": "Kawasaki disease"}]}')
    hits = found(MarkupFieldRecognizer(), fhir)
    for value, entity in [("KS-993658", "ID_NUMBER"), ("864-62-511", "ID_NUMBER"), ("Fox", "PERSON"), ("Yuna", "PERSON"), ("Mae", "PERSON"),
                          ("218-471-9168", "PHONE_NUMBER"), ("yfox@example.net", "EMAIL_ADDRESS"), ("1989-01-27", "DATE"), ("13372 Old Highway 76", "STREET_ADDRESS"),
                          ("Neah Bay", "LOCATION"), ("16567", "ZIP_CODE"), ("Roya Tehrani, MD", "PERSON"), ("Good Shepherd Health", "FACILITY")]:
        assert (value, entity) in hits, value
    assert not {v for v, _ in hits} & {"Patient", "female", "WA", "Kawasaki disease", "official", "phone"}
    xml = ('<patient><name><given>Dawn</given><family>Mohamud</family></name><birthTime value="19331113"/></patient>'
           '<addr><streetAddressLine>9 Elm St</streetAddressLine><city>Cuba</city><state>NM</state></addr>'
           '<telecom value="tel:+1-505-555-0199"/><id extension="998877" root="2.16.840.1.113883.19"/><code code="I10" displayName="Essential hypertension"/>')
    hits = found(MarkupFieldRecognizer(), xml)
    for value, entity in [("Dawn", "PERSON"), ("Mohamud", "PERSON"), ("19331113", "DATE"), ("9 Elm St", "STREET_ADDRESS"), ("Cuba", "LOCATION"),
                          ("+1-505-555-0199", "PHONE_NUMBER"), ("998877", "ID_NUMBER")]:
        assert (value, entity) in hits, value
    assert not {v for v, _ in hits} & {"NM", "I10", "Essential hypertension"}


def test_labeled_fields():
    text = ("NAME=AUGUSTIN, DIEUDONNE T | AKA=Ahanu Two Bulls | AGE=95 | CASE_#=25-36736\n"
            "Crew: Thein, Ka Zoua, Paramedic (lic P-731781)\n"
            "Insurance: Keystone Mutual   Member 52189333085\n"
            "A0500A First name ............. Cliff\n"
            "Last known address: HCR 8 BOX 32, Lexington, NE\n"
            "Attending: Mateo Perry, M.D.\n"
            "Family: His wife, Kayla, at bedside\n"
            "Plan: MRI prostate\nSite: Left deltoid\nAGE=59\nUnit: Oncology 5B\n")
    hits = found(LabeledFieldRecognizer(), text)
    for value, entity in [("AUGUSTIN, DIEUDONNE T", "PERSON"), ("Ahanu Two Bulls", "PERSON"), ("95", "AGE_90_PLUS"), ("25-36736", "ID_NUMBER"),
                          ("Thein, Ka Zoua", "PERSON"), ("Keystone Mutual", "FACILITY"), ("52189333085", "ID_NUMBER"), ("Cliff", "PERSON"),
                          ("HCR 8 BOX 32", "STREET_ADDRESS"), ("Mateo Perry", "PERSON")]:
        assert (value, entity) in hits, value
    values = {v for v, _ in hits}
    assert not values & {"His", "His wife", "MRI", "MRI prostate", "Left deltoid", "59", "5B", "Oncology 5B", "Paramedic"}


def test_x12_elements_by_position():
    claim = ("ISA*00*          *00*          *ZZ*SUBMIT01       *ZZ*RECV02         *231209*1637*^*00501*000000905*0*P*:~"
             "NM1*85*2*THUNDER BASIN FAMILY MEDICINE*****XX*1234567893~N3*150 MAIN ST~N4*GILLETTE*WY*82716~"
             "NM1*IL*1*PRICE*DAWN*L***MI*CUF836107554~DMG*D8*19440305*F~CLM*PCN88123*250***11:B:1*Y*A*Y*Y~"
             "DTP*472*D8*20231201~REF*G1*PA99812~NM1*82*1*MCALLISTER*SUMMER****XX*2858261816~")
    hits = found(X12SegmentRecognizer(), claim)
    for value, entity in [("THUNDER BASIN FAMILY MEDICINE", "FACILITY"), ("1234567893", "ID_NUMBER"), ("150 MAIN ST", "STREET_ADDRESS"), ("GILLETTE", "LOCATION"),
                          ("82716", "ZIP_CODE"), ("PRICE", "PERSON"), ("DAWN", "PERSON"), ("L", "PERSON"), ("CUF836107554", "ID_NUMBER"), ("19440305", "DATE"),
                          ("PCN88123", "ID_NUMBER"), ("20231201", "DATE"), ("PA99812", "ID_NUMBER"), ("SUMMER", "PERSON"), ("231209", "DATE")]:
        assert (value, entity) in hits, value
    assert not {v for v, _ in hits} & {"WY", "D8", "F", "250", "MI", "XX", "IL"}


def test_letterheads():
    hits = found(LetterheadRecognizer(), "Bluewater Infusion Suite -- INFUSION CHAIR SCHEDULE\nNovember 18, 2025\n\nTo:\nMarsh & Fields Attorneys\n19483 N Cottonwood Trl\n")
    assert hits == {("Bluewater Infusion Suite", "FACILITY"), ("Marsh & Fields Attorneys", "FACILITY")}
    header = "PROSTHETIC FITTING NOTE\nBig Sky Orthotics and Prosthetics  870-465-3418\nPatient: S. Lee\n\nGait training with Marisol Vega today.\nAnother Line Here\n"
    assert found(LetterheadRecognizer(), header) == {("Big Sky Orthotics and Prosthetics", "FACILITY")}  # the header block only
    assert found(LetterheadRecognizer(), "Discharge Instructions for Zainab Ruiz\nGood Samaritan\n") == {("Good Samaritan", "FACILITY")}
    for title in ("Progress Note -- 3/4/2024\nS: cough", "Cardiology Consult | Dr. Lee", "MASS CASUALTY INCIDENT -- TRIAGE TAG LIST"):
        assert found(LetterheadRecognizer(), title) == set(), title


def test_labeled_dates_are_dates_only():
    text = "Discharge vitals: T 38.6 HR 91 BP 150/78\nDate of exam: July 29, 2022 0755\nDOS: october 5, 2021 at st. anselm hospital\nID: 73 y/o married woman\n"
    hits = found(LabeledFieldRecognizer(), text)
    assert ("July 29, 2022", "DATE") in hits and ("october 5, 2021", "DATE") in hits
    assert not {v for v, _ in hits} & {"T 38.6 HR 91 BP 150/78", "73", "July 29, 2022 0755"}


def test_signed_initials_by_their_legend():
    text = ("MAR  12/09\nacetaminophen 650 mg q6h PRN   0900 AT       0900 OAM      2100 RAO\n"
            "Legend:\n  RAO = Royal Adebayo-Okafor, LPN\n  AT = Agnieszka Tsosie, RN\n  OAM = Oluwaseun Al-Masri, RN\n  BP = Blood Pressure\n"
            "GIVEN AT 0900 PER ORDER. HR 52 AT 2100.\n")
    spans = [(r.start, r.end) for r in InitialsLegendRecognizer().analyze(text, entities=None)]
    values = [text[a:b] for a, b in spans]
    assert {"Royal Adebayo-Okafor", "Agnieszka Tsosie", "Oluwaseun Al-Masri"} <= set(values)
    assert values.count("AT") == 2 and values.count("OAM") == 2 and values.count("RAO") == 2  # the cells and the legend
    assert "Blood Pressure" not in values and values.count("BP") == 0  # a legend of everyday words names no one
    # "GIVEN AT 0900" in capitals is a preposition, not a signature
    at_in_prose = text.index("GIVEN AT") + len("GIVEN ")
    assert (at_in_prose, at_in_prose + 2) not in spans
    assert InitialsLegendRecognizer().analyze("JS = Mary Brown, RN\n0900 JS   0900", entities=None) == []  # initials must fit the name


def test_structured_phi_through_the_stage(deidentifier):
    table = "Chair,Time,Patient,MRN,Regimen,Dur,RN\nChair 12,10:30,\"MOHAMUD, ZAWADI\",E795347,FOLFOX cycle 4,30 min,Yer\n"
    [result] = deidentifier.deidentify([table + "\n" + HL7], shift_days=10)
    for value in ("ZAWADI", "E795347", "Yer", "NAKAMURA", "JI-HO", "19330226", "QUARRY", "1983906294", "IBRAHIM", "CASCADIA"):
        assert value not in result.text, value
    for value in ("FOLFOX cycle 4", "30 min", "LYME DISEASE", "A69.20"):
        assert value in result.text, value


def test_ages_spelled_out_by_dictation(deidentifier):
    [result] = deidentifier.deidentify(["patient is a ninety nine year old man; his wife is a sixty two year old woman"], shift_days=0)
    assert "ninety nine" not in result.text and "90+" in result.text
    assert "sixty two year old" in result.text

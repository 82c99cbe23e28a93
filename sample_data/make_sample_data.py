"""Build sample_data/notes.jsonl: synthetic clinical notes with seeded, fake PHI.

Progress and consult notes are ACI-Bench visit notes (CC BY 4.0, see README.md here) with fake
headers and identifiers added; discharge summaries, nursing notes (ALL-CAPS shorthand) and radiology
reports come from the templates below. Every identifier is invented. Deterministic: same seed, same file.

    python sample_data/make_sample_data.py --aci ../shared/data/aci-bench --out sample_data/notes.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

SEED = 20261122


@dataclass
class Patient:
    patient_id: str
    first: str
    last: str
    age: int
    sex: str
    dob: datetime
    mrn: str
    ssn: str
    street: str
    city: str
    zip: str
    phone: str
    fax: str
    email: str
    plan_id: str
    account: str
    license: str
    plate: str
    device_serial: str
    ip: str
    portal_url: str
    relative: str
    relation: str
    doctor: str
    nurse: str
    hospital: str
    aci_ids: list[str]


STREETS = ["Maple Avenue", "Cedar Lane", "Harbor Road", "Willow Court", "Juniper Street", "Orchard Drive", "Linden Way", "Birch Boulevard", "Foxglove Terrace", "Quarry Hill Road"]
CITIES = [("Millbrook", "12545"), ("Fairhaven", "02719"), ("Cold Spring", "10516"), ("Lake Placid", "12946"), ("Saugerties", "12477"), ("Ithaca", "14850"), ("Oneonta", "13820"), ("Beacon", "12508"), ("Hudson", "12534"), ("Kingston", "12401")]
DOCTORS = ["Dr. Evelyn Marsh", "Dr. Rajesh Iyer", "Dr. Carmen Alvarez", "Dr. Thomas Whitfield", "Dr. Nadia Okafor"]
NURSES = ["Linda Park RN", "Omar Haddad RN", "Grace O'Neill RN", "Peter Lindqvist RN"]
HOSPITALS = ["St. Brendan Medical Center", "Hudson Valley General Hospital", "Mercy Ridge Hospital", "Lakeside Community Clinic"]
RELATIVES = [("wife", "Helen"), ("husband", "George"), ("daughter", "Maria"), ("son", "Kevin"), ("sister", "Ruth")]


def make_patients(rng: random.Random, aci_meta: dict[str, dict]) -> list[Patient]:
    usable = [eid for eid, m in aci_meta.items() if m["patient_firstname"].strip() and m["patient_familyname"].strip()]
    rng.shuffle(usable)
    plan = [8, 8, 2, 2, 2, 1, 1, 1, 1, 1]  # ACI notes per patient: the first two make long records
    patients = []
    cursor = 0
    for i, n_aci in enumerate(plan):
        ids = usable[cursor:cursor + n_aci]
        cursor += n_aci
        head = aci_meta[ids[0]]
        age = 92 if i == 5 else int(float(head["patient_age"] or 60))
        dob = datetime(2026 - age, rng.randint(1, 12), rng.randint(1, 28))
        city, zip_code = CITIES[i]
        first, last = head["patient_firstname"].strip(), head["patient_familyname"].strip()
        relation, relative = RELATIVES[i % len(RELATIVES)]
        patients.append(
            Patient(
                patient_id=f"PT-{100231 + i * 7919}",
                first=first, last=last, age=age, sex=head["patient_gender"] or "female", dob=dob,
                mrn=f"{rng.randint(10_000_000, 99_999_999)}",
                ssn=f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                street=f"{rng.randint(12, 980)} {STREETS[i]}", city=city, zip=zip_code,
                phone=f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                fax=f"{rng.randint(201, 989)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                email=f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@mailbox.example.org",
                plan_id=f"HPN{rng.randint(100_000_000, 999_999_999)}",
                account=f"ACCT-{rng.randint(1_000_000, 9_999_999)}",
                license=f"D{rng.randint(1_000_000, 9_999_999)}",
                plate=f"{rng.choice('ABCDEFGHJK')}{rng.choice('LMNPRSTUVW')}{rng.choice('XYZABC')}-{rng.randint(1000, 9999)}",
                device_serial=f"PJN{rng.randint(100_000, 999_999)}H",
                ip=f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                portal_url=f"https://portal.stbrendan.example.org/patients/{rng.randint(100000, 999999)}",
                relative=f"{relative} {last}", relation=relation,
                doctor=DOCTORS[i % len(DOCTORS)], nurse=NURSES[i % len(NURSES)], hospital=HOSPITALS[i % len(HOSPITALS)],
                aci_ids=ids,
            )
        )
    return patients


def fmt(d: datetime, style: int) -> str:
    return [d.strftime("%m/%d/%Y"), d.strftime("%-m/%-d/%y"), d.strftime("%B %-d, %Y"), d.strftime("%d %b %Y"), d.strftime("%Y-%m-%d")][style % 5]


def header(p: Patient, kind: str, when: datetime) -> str:
    return (
        f"{p.hospital.upper()}\n{kind}\n"
        f"Patient: {p.first} {p.last}    MRN: {p.mrn}    DOB: {p.dob.strftime('%m/%d/%Y')}\n"
        f"Account #: {p.account}    Visit date: {fmt(when, 0)}\n"
        f"Address: {p.street}, {p.city}, NY {p.zip}    Phone: {p.phone}\n\n"
    )


def aci_note(p: Patient, eid: str, text: str, meta: dict, when: datetime, rng: random.Random) -> str:
    # Put this record's patient into the borrowed note: names and age agree across the record.
    for old, new in ((meta["patient_firstname"].strip(), p.first), (meta["patient_familyname"].strip(), p.last)):
        if old:
            text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    text = re.sub(r"\b\d{2}-year-old\b", f"{p.age}-year-old", text)
    kind = "CONSULTATION NOTE" if rng.random() < 0.3 else "OUTPATIENT PROGRESS NOTE"
    footer = (
        f"\n\nElectronically signed by {p.doctor}, MD on {fmt(when, 2)}. "
        f"Copy faxed to primary care at {p.fax}. Patient portal: {p.portal_url}\n"
    )
    return header(p, kind, when) + text.strip() + footer, ("consult" if kind.startswith("CONSULT") else "progress")


def discharge_summary(p: Patient, admit: datetime, rng: random.Random, long: bool) -> str:
    disch = admit + timedelta(days=4)
    course = [
        f"{p.first} {p.last} is a {p.age}-year-old {p.sex} admitted on {fmt(admit, 3)} with community-acquired pneumonia of the right lower lobe. "
        f"On arrival to the emergency department of {p.hospital} the patient was febrile to 38.9 C, heart rate 112, blood pressure 98/60, and saturating 89% on room air.",
        "Chest X-ray showed a right lower lobe consolidation without effusion. White blood cell count was 16.2 with a left shift; lactate 2.4 and improved to 1.1 after 2 liters of crystalloid. "
        "Blood cultures grew Streptococcus pneumoniae sensitive to ceftriaxone.",
        "He was started on ceftriaxone 1 g IV daily and azithromycin 500 mg IV daily, transitioned to oral amoxicillin-clavulanate 875 mg twice daily on hospital day 3 once afebrile for 48 hours. "
        "Oxygen was weaned from 3 liters nasal cannula to room air by hospital day 3.",
        "Acute kidney injury with creatinine peaking at 1.8 from a baseline of 1.0 resolved with fluids; lisinopril was held and may be restarted at follow-up if creatinine remains normal. "
        "Metformin was held during the admission for the kidney injury and resumed at discharge.",
        "Type 2 diabetes was managed with sliding scale insulin; hemoglobin A1c 7.9%. Hypertension remained controlled off lisinopril, with blood pressures 120s to 130s systolic.",
    ]
    if long:
        course += [
            "Hospital day 2 was notable for an episode of atrial fibrillation with rapid ventricular response to 140s, which converted spontaneously after metoprolol tartrate 5 mg IV. "
            "Telemetry afterwards showed sinus rhythm. TSH was normal. Echocardiogram showed an ejection fraction of 55% with mild left atrial enlargement and no significant valvular disease. "
            "CHA2DS2-VASc score was calculated at 3 and, after discussion of risks and benefits, apixaban 5 mg twice daily was started.",
            "Physical therapy evaluated the patient on hospital day 3 and recommended home with outpatient physical therapy; the patient ambulated 300 feet with a rolling walker without desaturation.",
            f"Social work met with the patient and his {p.relation} {p.relative}, who will stay with the patient for the first week after discharge. "
            "Home oxygen was not required on ambulatory saturation testing.",
            "The patient was counseled on smoking cessation; he quit 10 years ago and has no current tobacco use. Pneumococcal and influenza vaccines were offered and the influenza vaccine was given on the day of discharge.",
        ] * 2
    meds = (
        "DISCHARGE MEDICATIONS:\n1. Amoxicillin-clavulanate 875 mg by mouth twice daily for 3 more days.\n2. Metformin 1000 mg by mouth twice daily (resumed).\n"
        "3. Atorvastatin 40 mg by mouth nightly (continued).\n4. Apixaban 5 mg by mouth twice daily (new).\n5. Metoprolol succinate 25 mg by mouth daily (new).\n"
        "HELD: Lisinopril 20 mg daily until follow-up labs.\n"
    )
    return (
        header(p, "DISCHARGE SUMMARY", disch)
        + f"Admission date: {fmt(admit, 1)}    Discharge date: {fmt(disch, 1)}\nAttending: {p.doctor}\n"
        + f"Health plan member ID: {p.plan_id}    SSN: {p.ssn}\n\n"
        + "PRINCIPAL DIAGNOSIS: Community-acquired pneumonia, right lower lobe.\nSECONDARY DIAGNOSES: Acute kidney injury, resolved. Type 2 diabetes mellitus. Hypertension. "
        + ("Paroxysmal atrial fibrillation, new.\n" if long else "\n")
        + "ALLERGIES: Penicillin (rash as a child; tolerated amoxicillin-clavulanate this admission without reaction).\n\n"
        + "HOSPITAL COURSE:\n" + "\n\n".join(course) + "\n\n" + meds
        + f"\nFOLLOW-UP: Primary care with {p.doctor} in 1 week with a basic metabolic panel. Call {p.phone} with fever over 38.3 C, shortness of breath or bleeding. "
        + f"Questions: email {p.email} is on file for the patient portal.\n"
        + f"Dictated by: {p.doctor}, MD  D: {admit.strftime('%-m-%-d-%Y')}  T: {disch.strftime('%-m-%-d-%Y')}\n"
    )


def nursing_note(p: Patient, when: datetime) -> str:
    return (
        f"NURSING NOTE {when.strftime('%m/%d/%y %H%M')}\nPT {p.last.upper()}, {p.first.upper()} MRN {p.mrn}\n"
        f"PT RESTING IN BED, A&OX3. VS T 37.2 HR 88 BP 132/84 RR 18 SPO2 96% RA. PAIN 3/10 R FLANK, TYLENOL 650 MG PO GIVEN X1 WITH RELIEF.\n"
        f"LUNGS DIMINISHED R BASE, IS 1250 ML. TOLERATING PO, DIET ADVANCED TO REGULAR. FOLEY D/C'D 0600, VOIDED 350 ML.\n"
        f"{p.relation.upper()} {p.relative.upper()} AT BEDSIDE, UPDATED ON PLAN. CONTACT {p.phone} EXT 4821.\n"
        f"PT ID BAND CHECKED, PHOTO ON FILE (IMG_{p.mrn[-4:]}.JPG). FALL RISK: MORSE 45, BED ALARM ON. WILL CONT TO MONITOR.\n- {p.nurse.upper()}\n"
    )


def radiology_report(p: Patient, when: datetime, rng: random.Random) -> str:
    accession = f"RAD{rng.randint(10_000_000, 99_999_999)}"
    return (
        f"RADIOLOGY REPORT\nEXAM: CT ABDOMEN AND PELVIS WITH CONTRAST\nACCESSION: {accession}    MRN: {p.mrn}\n"
        f"PATIENT: {p.last}, {p.first}    DOB: {p.dob.strftime('%Y-%m-%d')}    DATE OF EXAM: {fmt(when, 4)}\n"
        f"ORDERING: {p.doctor}    READING WORKSTATION: {p.ip}\n\n"
        "CLINICAL HISTORY: Right flank pain for 2 days. Prior pacemaker placement.\n\n"
        f"TECHNIQUE: Axial images after 100 mL of IV contrast. Pacemaker (serial number {p.device_serial}) noted; MR conditional status not applicable.\n\n"
        "FINDINGS: 6 mm obstructing calculus at the right ureterovesical junction with mild right hydronephrosis. "
        "No perinephric abscess. Liver, spleen and pancreas unremarkable. Small hiatal hernia. No free air.\n\n"
        "IMPRESSION:\n1. 6 mm obstructing right UVJ stone with mild hydronephrosis.\n2. Small hiatal hernia.\n"
        f"Electronically signed: Dr. Samuel Greer, radiologist, {fmt(when, 2)}.\n"
    )


def consult_note(p: Patient, when: datetime) -> str:
    return (
        header(p, "GERIATRIC MEDICINE CONSULTATION", when)
        + f"Requesting physician: {p.doctor}. Reason for consult: falls and medication review.\n\n"
        + f"HPI: {p.first} {p.last} is a {p.age}-year-old {p.sex} with Parkinson's disease, chronic kidney disease stage 3, and osteoporosis "
        + "who has had 2 falls in the past month, both at night on the way to the bathroom. No loss of consciousness. "
        + f"Lives with {p.relation} {p.relative} at {p.street}, {p.city}. Drives a car with plate {p.plate}; family wishes to discuss driving safety. "
        + f"Driver's license {p.license}.\n\n"
        + "MEDICATIONS: Carbidopa-levodopa 25/100 mg three times daily; alendronate 70 mg weekly; zolpidem 5 mg nightly; tamsulosin 0.4 mg daily.\n"
        + "ALLERGIES: No known drug allergies.\n\n"
        + "EXAM: BP 138/76 sitting, 112/64 standing with symptoms. Timed up and go 19 seconds. Glasgow Coma Scale 15.\n\n"
        + "ASSESSMENT AND PLAN:\n1. Falls, multifactorial: orthostatic hypotension and sedative use. Stop zolpidem. Stop tamsulosin. Physical therapy referral. Night light.\n"
        + "2. Parkinson's disease: continue carbidopa-levodopa.\n3. Osteoporosis: continue alendronate; vitamin D level pending.\n"
        + f"Biometric sign-in verified (fingerprint template BIO-{p.mrn[:5]}). Follow up in 4 weeks.\n"
    )


def build(aci_dir: Path) -> list[dict]:
    rng = random.Random(SEED)
    with open(aci_dir / "train.csv", newline="") as fh:
        notes = {r["encounter_id"]: r["note"] for r in csv.DictReader(fh)}
    with open(aci_dir / "train_metadata.csv", newline="") as fh:
        meta = {r["encounter_id"]: r for r in csv.DictReader(fh)}
    out = []
    for i, p in enumerate(make_patients(rng, meta)):
        when = datetime(2026, 1, 5) + timedelta(days=rng.randint(0, 200), hours=rng.randint(8, 17))
        docs = []
        for eid in p.aci_ids:
            text, kind = aci_note(p, eid, notes[eid], meta[eid], when, rng)
            docs.append((kind, when, text))
            when += timedelta(days=rng.randint(14, 60))
        long_record = i < 2
        if i != 5:
            docs.append(("discharge_summary", when, discharge_summary(p, when - timedelta(days=4), rng, long_record)))
        if long_record or i % 2 == 0 or i == 5:
            docs.append(("nursing", when - timedelta(days=2), nursing_note(p, when - timedelta(days=2))))
        if long_record or i % 3 == 0:
            docs.append(("radiology", when - timedelta(days=3), radiology_report(p, when - timedelta(days=3), rng)))
        if long_record or i == 5:
            docs.append(("consult", when + timedelta(days=20), consult_note(p, when + timedelta(days=20))))
        for n, (kind, at, text) in enumerate(sorted(docs, key=lambda d: d[1])):
            out.append({
                "note_id": f"N{i + 1:02d}-{n + 1:02d}",
                "patient_id": p.patient_id,
                "encounter_id": f"ENC-{p.patient_id[3:]}-{n + 1}",
                "note_type": kind,
                "note_datetime": at.strftime("%Y-%m-%dT%H:%M:00"),
                "text": text,
            })
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--aci", default="../shared/data/aci-bench")
    parser.add_argument("--out", default="sample_data/notes.jsonl")
    args = parser.parse_args()
    records = build(Path(args.aci))
    with open(args.out, "w") as fh:
        for record in records:
            fh.write(json.dumps(record) + "\n")
    print(f"wrote {len(records)} notes for {len({r['patient_id'] for r in records})} patients to {args.out}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""make_set_e.py -- synthetic, labeled clinical de-identification evaluation set "E".

Every note is built by appending pieces; PHI and keep offsets are recorded at
append time (never by searching afterwards).  All randomness comes from one
seeded random.Random, so the output is reproducible:

    python3 make_set_e.py --n 250 --seed 53 --out set_e.jsonl

Standard library only.
"""
import argparse
import datetime as dt
import json
import random
import re
import sys
from collections import Counter

# --------------------------------------------------------------------------
# span plumbing
# --------------------------------------------------------------------------
ENT2CAT = {
    "PERSON": "NAME",
    "MEDICAL_RECORD_NUMBER": "ID", "ACCOUNT_NUMBER": "ID", "ID_NUMBER": "ID",
    "HEALTH_PLAN_NUMBER": "ID", "US_SSN": "ID", "LICENSE_NUMBER": "ID",
    "DEVICE_ID": "ID", "VEHICLE_ID": "ID",
    "DATE": "DATE",
    "AGE_90_PLUS": "AGE",
    "LOCATION": "LOCATION", "STREET_ADDRESS": "LOCATION", "ZIP_CODE": "LOCATION",
    "FACILITY": "LOCATION",
    "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "URL": "CONTACT",
    "IP_ADDRESS": "CONTACT",
}


def P(v, e):
    assert e in ENT2CAT, e
    return ("P", v, e)


def K(v):
    return ("K", v)


def N(v): return P(v, "PERSON")
def D(v): return P(v, "DATE")
def LOC(v): return P(v, "LOCATION")
def FAC(v): return P(v, "FACILITY")
def ST(v): return P(v, "STREET_ADDRESS")
def ZIP(v): return P(v, "ZIP_CODE")
def PH(v): return P(v, "PHONE_NUMBER")
def EM(v): return P(v, "EMAIL_ADDRESS")
def URL(v): return P(v, "URL")
def IP(v): return P(v, "IP_ADDRESS")
def MRN(v): return P(v, "MEDICAL_RECORD_NUMBER")
def ACCT(v): return P(v, "ACCOUNT_NUMBER")
def IDN(v): return P(v, "ID_NUMBER")
def HP(v): return P(v, "HEALTH_PLAN_NUMBER")
def SSN(v): return P(v, "US_SSN")
def LIC(v): return P(v, "LICENSE_NUMBER")
def DEV(v): return P(v, "DEVICE_ID")
def VEH(v): return P(v, "VEHICLE_ID")


def flat(items):
    for it in items:
        if it is None:
            continue
        if isinstance(it, list):
            yield from flat(it)
        else:
            yield it


def _tx(items, f):
    out = []
    for it in flat(items):
        if isinstance(it, str):
            out.append(f(it))
        elif it[0] == "P":
            out.append(("P", f(it[1]), it[2]))
        else:
            out.append(("K", f(it[1])))
    return out


def UP(*items):
    return _tx(items, str.upper)


def LOW(*items):
    return _tx(items, str.lower)


def join(items, sep):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out


class Note:
    """Append-only text builder that records spans while appending."""

    def __init__(self, case=None):
        self.chunks, self.n, self.phi, self.keep = [], 0, [], []
        self.f = {"upper": str.upper, "lower": str.lower}.get(case, lambda x: x)

    def _w(self, s):
        s = self.f(s)
        self.chunks.append(s)
        self.n += len(s)

    def add(self, *items):
        for it in flat(items):
            if isinstance(it, str):
                self._w(it)
                continue
            kind, val = it[0], it[1]
            start = self.n
            self._w(val)
            if kind == "P":
                self.phi.append({"start": start, "end": self.n, "entity": it[2],
                                 "category": ENT2CAT[it[2]]})
            else:
                self.keep.append({"start": start, "end": self.n})

    def text(self):
        return "".join(self.chunks)


class UnlabeledRepeat(Exception):
    """A PHI string also occurs unlabeled in the same note (generator retries)."""


def _bpat(v):
    if v[0].isdigit():
        pre = r"(?<![0-9])"
    elif v[0].isalnum():
        pre = r"(?<!\w)"
    else:
        pre = ""
    if v[-1].isdigit():
        post = r"(?![0-9])"
    elif v[-1].isalnum():
        post = r"(?!\w)"
    else:
        post = ""
    return pre + re.escape(v) + post


def check_record(rec):
    """Self-check. Structural problems -> AssertionError; an unlabeled repeat of a
    PHI value (or of a token of a labeled person name) -> UnlabeledRepeat."""
    text = rec["text"]
    L = len(text)
    spans = []
    for s in rec["phi"]:
        assert 0 <= s["start"] < s["end"] <= L, ("phi out of bounds", s)
        assert s["entity"] in ENT2CAT and ENT2CAT[s["entity"]] == s["category"], s
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), ("phi has edge whitespace", repr(v))
        spans.append((s["start"], s["end"], "phi"))
    for s in rec["keep"]:
        assert 0 <= s["start"] < s["end"] <= L, ("keep out of bounds", s)
        v = text[s["start"]:s["end"]]
        assert v and v == v.strip(), ("keep has edge whitespace", repr(v))
        spans.append((s["start"], s["end"], "keep"))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], ("overlapping spans", a, b, text[a[0]:a[1]], text[b[0]:b[1]])
    phi_iv = [(s["start"], s["end"]) for s in rec["phi"]]

    def covered(i, j):
        return any(a <= i and j <= b for a, b in phi_iv)

    values = set()
    for s in rec["phi"]:
        v = text[s["start"]:s["end"]]
        values.add(v)
        if s["entity"] == "PERSON":
            for tok in re.split(r"[\s,]+", v):
                tok = tok.strip(".()\"'")
                if len(tok) >= 3:
                    values.add(tok)
    for s in rec["phi"]:
        if s["entity"] == "PERSON":
            for tok in re.split(r"[\s,]+", text[s["start"]:s["end"]]):
                tok = tok.strip(".()\"'")
                if len(tok) >= 3:
                    values.update({tok.upper(), tok[:1].upper() + tok[1:]})
    for v in values:
        for m in re.finditer(_bpat(v), text):
            if not covered(m.start(), m.end()):
                raise UnlabeledRepeat(f"{rec['note_id']}: {v!r} unlabeled at {m.start()}")


# --------------------------------------------------------------------------
# vocabularies (all invented for this set)
# --------------------------------------------------------------------------
GIVEN_F = """Thandiwe Nkechi Marisol Yesenia Xiomara Itzel Guadalupe Ngozi Adaeze Folasade
Chidinma Wanjiru Amara Saoirse Siobhan Aoife Ingrid Solveig Astrid Malia Leilani Keala Mele
Losaline Tsering Pema Naledi Zanele Hodan Ifrah Fadumo Samira Rania Yasmin Parisa Shirin
Anahita Priyanka Lakshmi Kavya Meenakshi Ananya Thuy Lien Ngoc Huong Mei-Ling Xiuying Haruka
Min-ji Seo-yeon Darlene Loretta Bernadette Wilhelmina Roberta Earlene Velma Ozella Mattie Inez
Lourdes Consuelo Maritza Yadira Anaís Inés Zoë Chloé Tamika LaShonda Keisha Shaniqua Ebony
Dakota Winona Shandiin Nizhoni Aiyana Oksana Svetlana Halyna Agnieszka Małgorzata Katarzyna
Hannelore Marguerite Josette Fatoumata Aminata Mariam Florence Ozioma Berenice Rosalba""".split()
GIVEN_M = """Darnell Dwayne Tyrone DeShawn Jamal Marquis Oluwaseun Chukwuemeka Obinna Tobenna Kwame
Kofi Kwabena Dawit Abdullahi Yusuf Hamza Bilal Tariq Farhan Rajesh Venkatesh Arjun Siddharth
Prakash Tuan Minh Quang Huy Hiroshi Kenji Takeshi Jae-won Seung-ho Min-jun Jian Zhiwei Leonard
Harlan Cletus Otis Ezekiel Amos Thaddeus Bartholomew Theodore Roberto Francisco Alejandro
Joaquín José Efraín Wilfredo Heriberto Aurelio Guillermo Jesús Ignacio Lars Bjørn Anders
Tadeusz Wojciech Bogdan Dmitri Vasyl Oleksandr Keanu Kainoa Sione Tevita Nakai Ahiga Tokala
Cormac Declan Padraig Ronan Mamadou Ousmane Cheikh Alassane Lamar Cedric Rufus Hollis""".split()
WORDLIKE_F = "Hope Joy Faith Grace Destiny Patience Blessing Memory Summer Autumn Dawn Ivy Rose Sky Brook Charity June April Precious Sunny".split()
WORDLIKE_M = "Will Sunny Rocky Bud Sonny Justice Lucky Gift Goodluck Chance Hunter Royal Major Cash Deacon Bishop".split()
SURNAMES = """Okonkwo Okafor Adeyemi Oyelaran Nwosu Mwangi Kamau Ochieng Otieno Haile Gebremedhin
Warsame Farah Jama Al-Masri Haddad Khoury Nasser Chaudhry Qureshi Venkataraman Raghunathan
Subramanian Nguyen-Tran Pham Truong Huynh Nakamura-Reyes Takahashi Yamaguchi Choi Jeong Liang
Zhou Tsosie Begay Yazzie Benally Yellowhorse Kealoha Kahananui Fonoti Tupou Faleolo Bautista
Villaseñor Quintanilla Arredondo Zamudio Ibarra Santiago-Ortiz Thibodeaux Boudreaux Fontenot
LeBlanc Guidry Arceneaux Kowalczyk Szymański Wiśniewski Nowak Rasmussen Lindqvist Håkansson
O'Shaughnessy McAlister MacLeod Delacroix-Pierre Jean-Baptiste Pierre-Louis Desrosiers Dlamini
Nkosi Diallo Traoré Ndiaye Petrov Shevchenko Kovalenko Hernández-Ruiz Washington Jefferson
Freeman Mayweather Goins Tackett Sizemore Caudill Stidham Fugate Abernathy Pettigrew""".split()
SURNAMES_MULTI = ["De la Cruz", "Van der Berg", "Running Bear", "García Márquez", "St. Fleur",
                  "Del Toro", "Van Wyk", "Ní Bhriain", "Abu Bakr", "Da Silva"]
WORDLIKE_SUR = "Brown Young King Church Little Rice Fields Bush Wise Love Strong Hall Moody Noble Savage Hope Sharp Wood Stone Frost Banks Price Golden Bond Bell".split()
NICKS = {"Guadalupe": "Lupe", "Francisco": "Paco", "Oluwaseun": "Seun", "Chukwuemeka": "Emeka",
         "Bartholomew": "Bart", "Theodore": "Teddy", "Roberta": "Bobbie", "Wilhelmina": "Mina",
         "Nkechi": "Kechi", "Alejandro": "Alex", "Folasade": "Sade", "Chidinma": "Dinma",
         "Guillermo": "Memo", "Jesús": "Chuy", "Ignacio": "Nacho", "Roberto": "Beto",
         "Katarzyna": "Kasia", "Małgorzata": "Gosia", "Oleksandr": "Sasha", "Thaddeus": "Tad",
         "Wilfredo": "Freddy", "Heriberto": "Beto", "Ezekiel": "Zeke", "Josette": "Jojo"}
STREET_NICKS_F = ["Sissy", "Boo", "Dee Dee", "Tink", "Cookie", "Sweet Pea", "Sugar", "Peanut", "Lulu", "Nena"]
STREET_NICKS_M = ["Junior", "Bubba", "Peanut", "Tiny", "Red", "Man-Man", "Buddy", "Chico", "Gordo", "Flaco",
                  "Bear", "Skeeter", "Pookie", "Big Man"]
STREET_NICKS = STREET_NICKS_F + STREET_NICKS_M

# (town, state, zip3, area codes, county)
TOWNS = [
    ("Tupelo", "MS", "388", ["662"], "Lee County"),
    ("Yazoo City", "MS", "391", ["662"], "Yazoo County"),
    ("Clarksdale", "MS", "386", ["662"], "Coahoma County"),
    ("Opelousas", "LA", "705", ["337"], "St. Landry Parish"),
    ("Ponchatoula", "LA", "704", ["985"], "Tangipahoa Parish"),
    ("Natchitoches", "LA", "714", ["318"], "Natchitoches Parish"),
    ("Chillicothe", "OH", "456", ["740"], "Ross County"),
    ("Portsmouth", "OH", "456", ["740"], "Scioto County"),
    ("Hazard", "KY", "417", ["606"], "Perry County"),
    ("Pikeville", "KY", "415", ["606"], "Pike County"),
    ("Keokuk", "IA", "526", ["319"], "Lee County"),
    ("Ottumwa", "IA", "525", ["641"], "Wapello County"),
    ("Kalispell", "MT", "599", ["406"], "Flathead County"),
    ("Havre", "MT", "595", ["406"], "Hill County"),
    ("Bemidji", "MN", "566", ["218"], "Beltrami County"),
    ("Enid", "OK", "737", ["580"], "Garfield County"),
    ("Wewoka", "OK", "748", ["405"], "Seminole County"),
    ("Muskogee", "OK", "744", ["918", "539"], "Muskogee County"),
    ("Gallup", "NM", "873", ["505"], "McKinley County"),
    ("Window Rock", "AZ", "865", ["928"], "Apache County"),
    ("Nogales", "AZ", "856", ["520"], "Santa Cruz County"),
    ("Laredo", "TX", "780", ["956"], "Webb County"),
    ("Paris", "TX", "754", ["903", "430"], "Lamar County"),
    ("Texarkana", "TX", "755", ["903"], "Bowie County"),
    ("Lebanon", "TN", "370", ["615", "629"], "Wilson County"),
    ("Cairo", "IL", "629", ["618"], "Alexander County"),
    ("Pahrump", "NV", "890", ["775"], "Nye County"),
    ("Bethel", "AK", "995", ["907"], "Bethel Census Area"),
    ("Dothan", "AL", "363", ["334"], "Houston County"),
    ("Selma", "AL", "367", ["334"], "Dallas County"),
    ("Kinston", "NC", "285", ["252"], "Lenoir County"),
    ("Lumberton", "NC", "283", ["910"], "Robeson County"),
    ("Beckley", "WV", "258", ["304", "681"], "Raleigh County"),
    ("Logan", "WV", "256", ["304"], "Logan County"),
    ("Hope", "AR", "718", ["870"], "Hempstead County"),
    ("Joplin", "MO", "648", ["417"], "Jasper County"),
    ("Sikeston", "MO", "638", ["573"], "Scott County"),
    ("Kearney", "NE", "688", ["308"], "Buffalo County"),
    ("Presque Isle", "ME", "047", ["207"], "Aroostook County"),
    ("Brattleboro", "VT", "053", ["802"], "Windham County"),
    ("Watertown", "NY", "136", ["315"], "Jefferson County"),
    ("Immokalee", "FL", "341", ["239"], "Collier County"),
    ("Waycross", "GA", "315", ["912"], "Ware County"),
    ("Florence", "SC", "295", ["843"], "Florence County"),
    ("Chinle", "AZ", "865", ["928"], "Apache County"),
    ("Eagle Pass", "TX", "788", ["830"], "Maverick County"),
]
STREETS = ["Cypress Bend Rd", "Old Hwy 6", "County Road 412", "Magnolia St", "Martin Luther King Jr Dr",
           "Bayou Rd", "N. Gloster St", "Walnut Ave", "Pecan Grove Ln", "E. Pershing Rd", "Sawmill Hollow Rd",
           "Route 119", "Tallahatchie Dr", "Kiowa Ave", "S. Main St", "Railroad St", "Dogwood Trl",
           "Cottonwood Cir", "Fairground Rd", "Church St", "Calle Esperanza", "Lakeview Terrace",
           "W. 14th St", "Juniper Ridge Dr", "Shady Oaks Ln", "Frontage Rd", "Possum Trot Rd"]
UNITS = ["Apt 3B", "Apt 12", "Lot 14", "Unit C", "#207", "Trlr 9", "Apt. 4", "Rm 2"]

HOSP = ["St. Brigid Community Hospital", "Delta Regional Medical Center", "Mercy Ridge Hospital",
        "Tri-County Memorial Hospital", "North Sunflower Medical Center", "Ouachita Valley Hospital",
        "Riverbend General Hospital", "Good Samaritan Hospital", "Holy Cross Medical Center",
        "Cumberland Plateau Regional", "Sacred Heart Pines Hospital", "Big Horn Valley Hospital",
        "Prairie Lakes Health", "Red Mesa Indian Health Center", "Piney Woods Regional",
        "Scioto Valley Medical Center", "Three Rivers Hospital"]
TERTIARY = ["Ochsner", "Vanderbilt", "UAB", "UAMS", "UMMC", "OU Medical Center", "UNM Hospital",
            "Baylor Scott & White", "Cleveland Clinic", "Mayo", "UK HealthCare", "Barnes-Jewish"]
CLINICS = ["Bayou Teche Family Clinic", "Hope Valley Health Center", "Cedar Street Community Health",
           "Lakeshore Internal Medicine", "Tri-County Dermatology", "Magnolia Pediatrics",
           "Pinecrest Orthopaedics", "Sunflower Allergy & Asthma", "Riverside Recovery Clinic",
           "Crossroads Behavioral Health", "Blue Ridge Neurology Associates", "Red Clay Family Medicine",
           "Sandhills Pulmonary Associates", "Cottonwood Health Center", "Little River Clinic",
           "Prairie Rose Family Practice"]
NURSING = ["Pine Hollow Nursing & Rehab", "Magnolia Manor", "Greenbriar Assisted Living",
           "Willow Creek Health & Rehab", "The Oaks at Ridgeland", "Sunset Haven",
           "Golden Age Nursing Home", "St. Joseph's Villa", "Cedar Crest Senior Living"]
PHARM = ["Kroger Pharmacy", "Fred's Pharmacy", "Hometown Drug", "Walgreens", "CVS",
         "Medicap Pharmacy", "Brookshire Brothers Pharmacy", "Piggly Wiggly Pharmacy",
         "Sav-Rite Drugs", "Discount Drug Mart", "Bashas' Pharmacy", "Harps Pharmacy"]
DMEV = ["Apria", "Lincare", "Rotech", "Bayou Home Medical", "AdaptHealth", "Delta Medical Supply",
        "Tri-State Oxygen", "Ozark Respiratory", "Hometown Medical Equipment"]
EMPLOYERS = ["Tyson", "Sanderson Farms", "Nucor", "Dollar General", "Walmart", "Pilgrim's",
             "Toyota", "Harrah's", "Piggly Wiggly", "Dillard's", "Delta Pride Catfish",
             "Georgia-Pacific", "International Paper", "Love's Travel Stop", "Cracker Barrel",
             "Red River Army Depot", "Amazon", "FedEx", "Peabody Energy", "Perdue", "Smithfield",
             "Cal-Maine Foods", "Weyerhaeuser", "Buc-ee's"]
SCHOOLS = ["Lincoln High", "Itawamba Community College", "Navajo Technical University",
           "Booker T. Washington Elementary", "St. Agnes Academy", "Ouachita Parish High",
           "Pearl River Community College", "East Central Middle School", "Central Lakes College",
           "Hazard Community & Technical College", "Dunbar Middle School", "Sequoyah High School",
           "Holy Rosary School", "Roosevelt Elementary"]
SCHOOLS_K12 = ["Lincoln High", "Booker T. Washington Elementary", "St. Agnes Academy", "Ouachita Parish High",
               "East Central Middle School", "Dunbar Middle School", "Sequoyah High School", "Holy Rosary School",
               "Roosevelt Elementary", "Pine Grove Elementary", "Tse Bit'ai Middle School", "Our Lady of Lourdes School"]
CLINIC_PREFIX = ["Tri-County", "Sandhills", "Blue Ridge", "Bayou Teche", "Red Clay", "Prairie Rose", "Cottonwood",
                 "Little River", "Magnolia", "Pinecrest", "Cedar Street", "Lakeshore", "Hope Valley", "Delta",
                 "Piney Woods", "Big Horn", "Mesa View", "Cumberland", "Southern Plains", "Northwoods"]
JAILS = ["County Detention Center", "County Jail", "Regional Correctional Facility"]

REL_ADULT = [("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("niece", "F"),
             ("grandson", "M"), ("granddaughter", "F"), ("nephew", "M"), ("sister", "F"),
             ("brother", "M"), ("partner", "F"), ("daughter-in-law", "F")]

CREDS = {
    "md": ["MD", "M.D.", "DO", "MD, FACP", "MD PhD", "D.O.", "MD, MPH"],
    "np": ["NP", "FNP-BC", "APRN", "PA-C", "AGNP-C", "DNP, APRN", "PA"],
    "rn": ["RN", "R.N.", "RN, BSN", "LPN", "BSN, RN", "RN CCRN", "MSN, RN"],
    "sw": ["LCSW", "LMSW", "MSW", "LCSW-C"],
    "pharm": ["PharmD", "PharmD, BCPS", "RPh", "PharmD, CACP"],
    "rt": ["RRT", "CRT", "RRT-NPS", "RPFT"],
    "psych": ["PhD", "PsyD", "MD", "Ph.D., ABPP"],
    "tech": ["R. EEG T.", "REEGT", "CNIM", "R.EEG/EP T."],
    "cnm": ["CNM", "CNM, MSN", "CNM, WHNP"],
    "couns": ["LCADC", "LADC", "CADC-II", "LPC", "CPRS"],
    "cm": ["RN, CCM", "BSN, ACM-RN", "LMSW, CCM"],
    "pt": ["PT, DPT", "PTA", "OTR/L", "DPT"],
}

AREA_BY_STATE = {}
for _t in TOWNS:
    AREA_BY_STATE.setdefault(_t[1], set()).update(_t[3])

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ordn(n):
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


FULL_STYLES = ["m/d/Y", "mm/dd/Y", "m/d/y", "mm-dd-Y", "iso", "DDMONYYYY", "Month d, Y",
               "Mon d, Y", "d Month Y", "mm.dd.Y", "compact", "d-Mon-Y", "Month ord, Y", "mm/dd/yy"]
PART_STYLES = ["m/d", "mm/dd", "Month d", "Mon d", "Month ord", "wd m/d", "Weekday, Month d",
               "ord", "m-d", "Mon. d", "Weekday m/d"]
STRUCT_STYLES = ["mm/dd/Y", "m/d/Y", "iso", "DDMONYYYY", "mm-dd-Y", "m/d/y", "Mon d, Y", "mm/dd/yy"]


def fmt_date(d, style):
    m, dd, y = d.month, d.day, d.year
    mn = MON[m - 1]
    return {
        "m/d/Y": f"{m}/{dd}/{y}", "mm/dd/Y": f"{m:02d}/{dd:02d}/{y}",
        "m/d/y": f"{m}/{dd}/{y % 100:02d}", "mm/dd/yy": f"{m:02d}/{dd:02d}/{y % 100:02d}",
        "mm-dd-Y": f"{m:02d}-{dd:02d}-{y}", "iso": d.isoformat(),
        "DDMONYYYY": f"{dd:02d}{mn[:3].upper()}{y}", "Month d, Y": f"{mn} {dd}, {y}",
        "Mon d, Y": f"{mn[:3]} {dd}, {y}", "d Month Y": f"{dd} {mn} {y}",
        "mm.dd.Y": f"{m:02d}.{dd:02d}.{y}", "compact": f"{y}{m:02d}{dd:02d}",
        "d-Mon-Y": f"{dd}-{mn[:3]}-{y}", "Month ord, Y": f"{mn} {ordn(dd)}, {y}",
        "m/d": f"{m}/{dd}", "mm/dd": f"{m:02d}/{dd:02d}", "Month d": f"{mn} {dd}",
        "Mon d": f"{mn[:3]} {dd}", "Month ord": f"{mn} {ordn(dd)}",
        "wd m/d": f"{WD3[d.weekday()]} {m}/{dd}", "Weekday, Month d": f"{WDAY[d.weekday()]}, {mn} {dd}",
        "ord": ordn(dd), "m-d": f"{m}-{dd}", "Mon. d": f"{mn[:3]}. {dd}",
        "Weekday m/d": f"{WDAY[d.weekday()]} {m}/{dd}",
    }[style]


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


class Person:
    def __init__(self, first, last, sex, mid=None, nick=None):
        self.first, self.last, self.sex, self.mid, self.nick = first, last, sex, mid, nick
        self.cred = ""

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def he(self):
        return "she" if self.sex == "F" else "he"

    @property
    def his(self):
        return "her" if self.sex == "F" else "his"

    @property
    def him(self):
        return "her" if self.sex == "F" else "him"


# --------------------------------------------------------------------------
# per-note context: people, places, ids, formatting helpers
# --------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()
        self.used_fac = set()
        base = dt.date(2023, 1, 2)
        self.visit = base + dt.timedelta(days=rng.randrange(0, 1090))
        self.town_rec = rng.choice(TOWNS)
        self.town, self.state, self.zip3, self.areas, self.county = self.town_rec
        self.df = rng.choice(STRUCT_STYLES)
        self.used_towns = {self.town}

    # ---- people
    def person(self, sex=None, last=None, wordlike=0.13, nick_p=0.0):
        r = self.rng
        sex = sex or r.choice("FM")
        for _ in range(200):
            if r.random() < wordlike:
                first = r.choice(WORDLIKE_F if sex == "F" else WORDLIKE_M)
            else:
                first = r.choice(GIVEN_F if sex == "F" else GIVEN_M)
            if last is None:
                x = r.random()
                ln = (r.choice(WORDLIKE_SUR) if x < 0.14 else
                      r.choice(SURNAMES_MULTI) if x < 0.22 else r.choice(SURNAMES))
            else:
                ln = last
            if first in self.used or (last is None and ln in self.used) or first == ln:
                continue
            break
        self.used.add(first)
        self.used.add(ln)
        nick = None
        if r.random() < nick_p:
            nick = NICKS.get(first) or r.choice(STREET_NICKS_F if sex == "F" else STREET_NICKS_M)
            if nick in self.used:
                nick = None
            else:
                self.used.add(nick)
        mid = r.choice("ABCDEFGHJKLMNRSTW") if r.random() < 0.3 else None
        return Person(first, ln, sex, mid, nick)

    def staff(self, role, sex=None):
        p = self.person(sex, wordlike=0.1)
        p.cred = self.rng.choice(CREDS[role])
        return p

    def patient(self, age, sex=None, nick_p=0.25):
        r = self.rng
        p = self.person(sex, nick_p=nick_p)
        p.age = age
        dob = self.visit - dt.timedelta(days=age * 365 + (age // 4) + r.randrange(1, 360))
        while age_on(dob, self.visit) != age:
            dob += dt.timedelta(days=1 if age_on(dob, self.visit) > age else -1)
        p.dob = dob
        p.mrn = self.mrn()
        return p

    def age_pick(self, lo, hi, p90=0.0):
        r = self.rng
        if r.random() < p90:
            return r.randint(90, 103)
        return r.randint(lo, min(hi, 89))

    # ---- rendering of names
    def formal(self, p):
        r = self.rng
        k = r.randrange(4)
        if k == 0:
            return N(f"{p.last}, {p.first}")
        if k == 1:
            return N(f"{p.last.upper()}, {p.first.upper()}" + (f" {p.mid}" if p.mid else ""))
        if k == 2:
            return N(f"{p.first} {p.mid + '. ' if p.mid else ''}{p.last}")
        return N(f"{p.last.upper()}, {p.first}")

    def dr(self, p):
        return [self.rng.choice(["Dr. ", "Dr ", "Dr. ", "dr "]), N(p.last)]

    def sig(self, p, d=None):
        r = self.rng
        d = d or self.visit
        k = r.randrange(9)
        if k == 0:
            return ["\n-- ", N(p.full), ", ", p.cred, "\n"]
        if k == 1:
            return ["\nElectronically signed by: ", N(f"{p.last.upper()}, {p.first.upper()}"), " ",
                    p.cred, " on ", self.fd(d), " ", self.time(), "\n"]
        if k == 2:
            return ["\n/s/ ", N(f"{p.first[0]}. {p.last}"), " ", p.cred, "\n"]
        if k == 3:
            return ["\n", N(p.full), " ", p.cred, " | pager ", PH(self.pager()), "\n"]
        if k == 4:
            return ["\nSigned: ", N(f"{p.last}, {p.first}"), ", ", p.cred, "  ", D(fmt_date(d, self.df)), "\n"]
        if k == 5:
            return ["\n", N(f"{p.first} {p.last}".lower()), " ", p.cred.lower(), "\n"]
        if k == 6:
            return ["\nAttested: ", N(p.full), ", ", p.cred, " (NPI ", IDN(self.npi()), ")\n"]
        if k == 7:
            return ["\n", N(f"{p.first} {p.mid + '. ' if p.mid else ''}{p.last}"), ", ", p.cred,
                    "\n", self.fac_pick(CLINICS + HOSP, FAC), "\n"]
        return ["\n", p.cred.split(",")[0], " ", N(p.last), " / ", D(fmt_date(d, "m/d/y")), " ",
                self.time(), "\n"]

    # ---- dates
    def ds(self, d):
        return D(fmt_date(d, self.df))

    def fd(self, d):
        return D(fmt_date(d, self.rng.choice(FULL_STYLES)))

    def pd(self, d):
        s = self.rng.choice(PART_STYLES)
        if s == "ord":
            return ["the ", D(fmt_date(d, s))]
        return D(fmt_date(d, s))

    def ad(self, d):
        return self.fd(d) if self.rng.random() < 0.5 else self.pd(d)

    def rel(self, days_lo, days_hi):
        return self.visit + dt.timedelta(days=self.rng.randint(days_lo, days_hi))

    def time(self, day=False):
        r = self.rng
        h, m = (r.randint(7, 17) if day else r.randint(0, 23)), r.choice([0, 5, 10, 12, 15, 20, 22, 30, 35, 40, 45, 47, 50, 55])
        k = r.randrange(3)
        if k == 0:
            return f"{h:02d}:{m:02d}"
        if k == 1:
            return f"{h:02d}{m:02d}"
        return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"

    # ---- places
    def other_town(self):
        r = self.rng
        for _ in range(50):
            t = r.choice(TOWNS)
            if t[0] not in self.used_towns:
                break
        self.used_towns.add(t[0])
        return t

    def fac_pick(self, pool, wrap=None):
        r = self.rng
        for _ in range(50):
            f = r.choice(pool)
            if f not in self.used_fac:
                break
        self.used_fac.add(f)
        return wrap(f) if wrap else f

    def zipc(self, zip3=None):
        return (zip3 or self.zip3) + f"{self.rng.randint(1, 99):02d}"

    def street(self):
        r = self.rng
        return f"{r.randint(3, 9899)} {r.choice(STREETS)}"

    def address(self, town_rec=None):
        r = self.rng
        town, st, z3 = (town_rec or self.town_rec)[:3]
        street = self.street()
        unit = r.choice(UNITS) if r.random() < 0.3 else None
        k = r.randrange(5)
        if k == 0:
            return [ST(street + (", " + unit if unit else "")), ", ", LOC(town), ", ", st, " ", ZIP(self.zipc(z3))]
        if k == 1:
            return [ST((street + (" " + unit if unit else "")).upper()), "\n", LOC(town.upper()), " ", st,
                    "  ", ZIP(self.zipc(z3))]
        if k == 2:
            return [ST(street), " ", LOC(town), " ", st, " ",
                    ZIP(self.zipc(z3) + f"-{r.randint(1000, 9999)}")]
        if k == 3:
            return [ST(f"PO Box {r.randint(11, 2999)}"), ", ", LOC(town), " ", st, " ", ZIP(self.zipc(z3))]
        return [ST(street), ", ", LOC(town), ", ", st]

    def clinic(self, spec):
        r = self.rng
        k = r.randrange(5)
        if k == 0:
            nm = f"{self.town} {spec}"
        elif k == 1:
            a, b_ = r.sample(SURNAMES, 2)
            nm = f"{a} & {b_} {spec}"
        else:
            nm = f"{r.choice(CLINIC_PREFIX)} {spec}"
        self.used_fac.add(nm)
        return nm

    def demo(self, pt, extra=(), mrn=True):
        """Patient demographics block in one of several layouts."""
        r = self.rng
        fields = [("DOB", self.ds(pt.dob))] + ([("MRN", MRN(pt.mrn))] if mrn else []) + list(extra)
        k = r.randrange(6)
        if k == 0:
            out = ["Patient: ", self.formal(pt)]
            for lab, v in fields:
                out += ["    ", lab, ": ", v]
            return out + ["\n"]
        if k == 1:
            out = ["NAME: ", self.formal(pt)]
            for lab, v in fields:
                out += [" | ", lab, " ", v]
            return out + ["\n"]
        if k == 2:
            out = [self.formal(pt), " ("]
            for i, (lab, v) in enumerate(fields):
                out += [", " if i else "", lab, " ", v]
            return out + [")\n"]
        if k == 3:
            out = [f"{'Pt Name':.<16} ", self.formal(pt), "\n"]
            for lab, v in fields:
                out += [f"{lab:.<16} ", v, "\n"]
            return out
        if k == 4:
            out = [self.formal(pt)]
            for lab, v in fields:
                out += ["  *  ", v]
            return out + ["\n"]
        out = ["RE: ", self.formal(pt), "\n"]
        for lab, v in fields:
            out += [{"DOB": "Date of birth", "MRN": "Medical record #"}.get(lab, lab), ": ", v, "\n"]
        return out

    # ---- contact
    def phone(self, areas=None):
        r = self.rng
        a = r.choice(areas or self.areas)
        ex, ln = r.randint(201, 989), r.randint(0, 9999)
        k = r.randrange(8)
        return [f"({a}) {ex}-{ln:04d}", f"{a}-{ex}-{ln:04d}", f"{a}.{ex}.{ln:04d}", f"{a}{ex}{ln:04d}",
                f"+1 {a} {ex} {ln:04d}", f"1-{a}-{ex}-{ln:04d}", f"({a}){ex}-{ln:04d}",
                f"{a} {ex} {ln:04d}"][k]

    def pager(self):
        r = self.rng
        k = r.randrange(3)
        if k == 0:
            return f"{r.randint(2000, 8999)}"
        if k == 1:
            return f"#{r.randint(20000, 89999)}"
        return self.phone()

    def email(self, p, dom=None):
        r = self.rng
        f = re.sub(r"[^a-z]", "", p.first.lower().encode("ascii", "ignore").decode()) or "pt"
        l = re.sub(r"[^a-z]", "", p.last.lower().encode("ascii", "ignore").decode()) or "x"
        dom = dom or r.choice(["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "aol.com",
                               "outlook.com", "att.net", "bellsouth.net"])
        k = r.randrange(4)
        u = [f"{f}.{l}", f"{f[0]}{l}{r.randint(1, 99)}", f"{f}{l[:3]}{r.randint(60, 2009)}", f"{l}_{f}"][k]
        return f"{u}@{dom}"

    def domain(self, fac):
        w = re.sub(r"[^a-z ]", "", fac.lower()).split()
        return "".join(w[:2]) + self.rng.choice([".org", "health.org", ".com", "med.org"])

    def ip(self):
        r = self.rng
        k = r.randrange(3)
        if k == 0:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if k == 1:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        return f"{r.randint(23, 216)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"

    # ---- identifiers
    def mrn(self):
        r = self.rng
        k = r.randrange(7)
        return [f"{r.randint(0, 99999999):08d}", f"{r.randint(1000000, 9999999)}", f"M{r.randint(0, 9999999):07d}",
                f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}", f"E{r.randint(0, 999999999):09d}",
                f"{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}",
                f"MR{r.randint(100000, 999999)}"][k]

    def acct(self):
        r = self.rng
        return r.choice([f"{r.randint(10 ** 9, 10 ** 10 - 1)}", f"A{r.randint(0, 99999999):08d}",
                         f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}", f"HAR{r.randint(100000, 999999)}"])

    def member(self):
        r = self.rng
        L = "ABCDEFGHJKMNPQRTUVWXY"
        k = r.randrange(5)
        if k == 0:
            return "".join(r.choice(L) for _ in range(3)) + f"{r.randint(0, 999999999):09d}"
        if k == 1:  # MBI-like
            return (f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L)}"
                    f"{r.randint(0, 9)}-{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}")
        if k == 2:
            return f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}"
        if k == 3:
            return f"W{r.randint(0, 999999999):09d}"
        return f"{self.state}{r.randint(0, 99999999):08d}"

    def ssn(self):
        r = self.rng
        a = r.choice([x for x in range(1, 900) if x != 666])
        return f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"

    def npi(self):
        return f"1{self.rng.randint(0, 999999999):09d}"

    def dea(self):
        r = self.rng
        return r.choice("ABFM") + r.choice("ABCDEGHKLMNPRSTW") + f"{r.randint(0, 9999999):07d}"

    def lic(self, kind=None):
        r = self.rng
        if kind == "psych":
            return r.choice([f"PSY-{r.randint(1000, 9999)}", f"{r.randint(100, 3999)}", f"LP{r.randint(10000, 99999)}"])
        return r.choice([f"{self.state}-{r.randint(10000, 99999)}", f"{r.choice('ABCDEGHJKMR')}{r.randint(1000, 99999)}",
                         f"{r.randint(100000, 999999)}", f"MD.{r.randint(10000, 99999)}", f"RN{r.randint(100000, 999999)}"])

    def serial(self, prefix=None):
        r = self.rng
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        k = r.randrange(4)
        if k == 0:
            return f"{r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}{r.choice(L)}-{r.randint(10000, 99999)}"
        if k == 1:
            return "".join(r.choice(L) for _ in range(3)) + f"{r.randint(100000, 999999)}" + r.choice(L)
        if k == 2:
            return f"{prefix or 'SN'}{r.randint(10 ** 7, 10 ** 8 - 1)}"
        return f"{r.randint(10, 99)}{r.choice(L)}{r.randint(1000, 9999)}{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}"

    def plate(self):
        r = self.rng
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        k = r.randrange(4)
        if k == 0:
            return "".join(r.choice(L) for _ in range(3)) + f"-{r.randint(1000, 9999)}"
        if k == 1:
            return f"{r.randint(1, 9)}" + "".join(r.choice(L) for _ in range(3)) + f"{r.randint(100, 999)}"
        if k == 2:
            return f"{r.randint(100, 9999)}" + "".join(r.choice(L) for _ in range(2))
        return "".join(r.choice(L) for _ in range(2)) + f"{r.randint(1, 9)} " + "".join(r.choice(L) for _ in range(2)) + f"{r.randint(10, 99)}"

    def art(self, n):
        return "an" if str(n).startswith("8") or n in (11, 18) else "a"

    def age(self, n):
        return P(str(n), "AGE_90_PLUS") if n >= 90 else K(str(n))


# --------------------------------------------------------------------------
# note styles
# --------------------------------------------------------------------------
def t_memory_clinic(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(c.age_pick(71, 99, 0.35))
    fac = c.clinic(r.choice(["Memory & Aging Center", "Memory Clinic", "Senior Health Center"]))
    relk, rs = r.choice(REL_ADULT)
    rel = c.person(rs, last=pt.last if r.random() < 0.5 else None, nick_p=0.3)
    doc = c.staff(r.choice(["md", "np"]))
    neuro = c.staff("psych")
    if r.random() < 0.5:
        A(UP(FAC(fac)), "  |  geriatric assessment\n")
        A(c.demo(pt))
        A("Date of service: ", c.ds(c.visit), "\n\n")
    else:
        A("Geriatric memory clinic follow-up -- ", c.ds(c.visit), "\n")
        A(N(pt.full), " (", c.age(pt.age), pt.sex, ")  MRN ", MRN(pt.mrn), "\n\n")
    job = r.choice(["retired school bus driver", "retired welder", "former church pianist",
                    "retired postal carrier", "retired LPN", "former cotton gin foreman",
                    "retired seamstress", "retired long-haul trucker", "former county clerk"])
    A("HPI: ", N(pt.first), " is ", c.art(pt.age), " ", c.age(pt.age), "-year-old ", job, " ")
    k = r.randrange(3)
    if k == 0:
        A("who lives alone on ", ST(r.choice(STREETS)), " in ", LOC(c.town), ". ")
    elif k == 1:
        A("who moved in with ", pt.his, " ", relk, " in ", LOC(c.town), " after a fall on ",
          c.pd(c.rel(-200, -40)), ". ")
    else:
        A("who now resides at ", c.fac_pick(NURSING, FAC), " (memory care wing). ")
    A("Accompanied by ", relk, " ", N(rel.full))
    if rel.nick:
        A(" (\"", N(rel.nick), "\")")
    A(", who gives most of the history. ")
    sym = r.sample(["misplacing keys and the TV remote daily", "repeating the same questions within minutes",
                    "missed two electric bills", "left the stove on twice", "no longer follows the ballgame on TV",
                    "mixes up grandchildren's names", "wakes at 3 AM asking for a late husband/wife",
                    "stopped doing the church bulletin", "hiding money in shoe boxes"], 3)
    A(N(rel.nick or rel.first), " reports ", sym[0], "; ", sym[1], "; ", sym[2], ". Gradual decline ",
      K(r.choice(["over the past 6 months", "for about 2 years", "over the last 8 months", "x 18 months"])), ". ")
    if r.random() < 0.6:
        A(N(pt.first), " got lost driving home from ", c.fac_pick(PHARM, FAC), " on ", c.pd(c.rel(-60, -3)),
          " and a deputy brought ", pt.him, " back. ")
    if r.random() < 0.5:
        A("Neighbor ", N(c.person().last), " checks in most mornings.")
    else:
        A(N(rel.first), "'s ", r.choice(["husband", "wife", "teenage son"]), " put alarms on the doors.")
    moca = r.randint(10, 24)
    A("\n\nCOGNITIVE / FUNCTIONAL TESTING\n")
    A("- ", K(f"MoCA {moca}/30"), " (", K(f"{moca + r.randint(1, 4)}/30"), " on ", c.fd(c.rel(-300, -120)), ")\n")
    A("- ", K(f"Mini-Cog {r.randint(0, 3)}/5"), "; clock draw ", r.choice(["missing numbers", "hands reversed", "perseverative"]), "\n")
    A("- ", K(f"Katz ADL {r.randint(3, 6)}/6"), ", ", K(f"Lawton IADL {r.randint(1, 5)}/8"), "\n")
    A("- ", K(f"Timed Up and Go {r.randint(11, 24)} sec"), "\n")
    A("Vitals: ", K(f"BP {r.randint(104, 168)}/{r.randint(58, 88)}"), ", ", K(f"HR {r.randint(54, 88)}"), "\n\n")
    meds = r.sample(["donepezil 10 mg qHS", "memantine 10 mg BID", "Namenda XR 28 mg daily",
                     "rivastigmine 9.5 mg/24 h patch", "sertraline 50 mg daily", "melatonin 3 mg qHS",
                     "carbidopa-levodopa 25/100 TID", "Aricept 5 mg"], 3)
    A("Meds: ", join([K(m) for m in meds], "; "), "\n\n")
    dx = r.choice(["Alzheimer disease", "Lewy body dementia", "Parkinson disease dementia",
                   "mixed Alzheimer/vascular dementia", "frontotemporal dementia"])
    A("A/P: Probable ", K(dx), ", ", r.choice(["mild", "moderate", "moderate-severe"]), " stage.\n")
    A("1. Continue ", K(meds[0]), ".\n")
    A("2. Driving: advised to stop. ", N(rel.first), " will keep the keys; DMV medical review faxed to ",
      PH(c.phone()), ".\n")
    A("3. Neuropsych testing with ", c.dr(neuro), " at ", c.fac_pick(TERTIARY, FAC), ".\n")
    if r.random() < 0.6:
        A("4. Caregiver support group info given (", URL(f"https://www.{c.domain(fac)}/memory-support"), ").\n")
    A("RTC ", K("in 4 months"), ", tentatively ", c.pd(c.rel(110, 130)), ". Best contact: ", N(rel.first), " ",
      PH(c.phone()), ".\n")
    A(c.sig(doc))
    return b


def t_labor_delivery(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    mom = c.patient(r.randint(17, 43), "F")
    fob = c.person("M", nick_p=0.2)
    cnm = c.staff(r.choice(["cnm", "md"]))
    anes = c.staff("md")
    rn = c.staff("rn")
    peds = c.staff("md")
    g = r.randint(1, 2 if mom.age < 21 else 6)
    p = r.randint(0, g - 1)
    adm = c.visit
    deliv = adm + dt.timedelta(days=r.choice([0, 1]))
    ah, dh = r.randint(0, 11), r.randint(12, 23)
    isex = r.choice(["female", "male"])
    hdr = r.choice(["LABOR & DELIVERY SUMMARY", "Delivery Summary", "L&D DELIVERY NOTE"])
    A(hdr, "\n")
    A("Mother: ", c.formal(mom), "   MRN ", MRN(mom.mrn), "   Acct ", ACCT(c.acct()), "\n")
    A("Age ", c.age(mom.age), "  G", str(g), "P", str(p), "  EGA ", K(f"{r.randint(35, 41)}w{r.randint(0, 6)}d"),
      "  Blood type ", r.choice(["O neg", "A pos", "B neg", "O pos"]), "\n")
    A("Admitted: ", c.ds(adm), f" {ah:02d}:{r.randint(0, 59):02d}", "   Delivered: ", c.ds(deliv),
      f" {dh:02d}{r.randint(0, 59):02d}", "\n\n")
    A("Course: Presented for ", r.choice(["IOL for gestational hypertension", "SROM with clear fluid",
                                         "regular contractions", "postdates induction"]), ". ")
    A("Cervical ripening with ", K("Cervidil 10 mg"), ", then ", K("Pitocin"), " per protocol. ")
    A(K(f"Bishop score {r.randint(2, 9)}"), " on admission. Epidural placed by ", c.dr(anes), " at ", K("5 cm"), ". ")
    if r.random() < 0.4:
        A("Brief shoulder dystocia (", K(f"{r.randint(30, 70)} seconds"), ") relieved with ", K("McRoberts"),
          " and suprapubic pressure; no ", K("Woods screw"), " needed. ")
    A("\nDelivery: ", r.choice(["NSVD", "SVD", "VAVD"]), " of a live ", isex, " infant over ",
      r.choice(["intact perineum", "2nd degree laceration, repaired", "1st degree laceration"]), ". ")
    A("Placenta delivered ", K(r.choice(["Schultze", "Duncan"])), ", intact, 3VC. ", K(f"EBL {r.randint(250, 900)} mL"), ".\n")
    A("Infant: Baby ", "Girl" if isex == "female" else "Boy", " ", N(mom.last), ", ", K(f"{r.randint(2600, 4300)} g"), ", ",
      K(f"Apgars {r.randint(6, 8)} and {r.randint(8, 9)}"), ". ")
    if r.random() < 0.6:
        nm = c.person("F" if isex == "female" else "M", wordlike=0.3)
        A("Parents plan to name ", "her" if isex == "female" else "him", " ", N(nm.first), ". ")
    A("\n")
    if "neg" in b.text().lower():
        A("Rh negative -- ", K("RhoGAM 300 mcg"), " given, ", K("Kleihauer-Betke"), " sent.\n")
    A("Support: FOB ", N(fob.full), " at bedside")
    if fob.nick:
        A(" (goes by ", N(fob.nick), ")")
    gm = c.person("F", nick_p=0.0)
    A("; grandmother ", N(gm.first), " from ", LOC(c.other_town()[0]), " arriving tonight.\n")
    A("Pediatrician: ", c.dr(peds), ", ", FAC(c.clinic(r.choice(["Pediatrics", "Children's Clinic", "Kids Care"]))), " ", PH(c.phone()), "\n")
    A("Meds postpartum: ", K("ibuprofen 800 mg q8h"), ", ", K("Tdap"), " given ", c.pd(c.rel(-40, -10)), " in clinic.\n")
    A("Labor RN: ", N(rn.first), "\nDelivering provider:")
    A(c.sig(cnm, deliv))
    return b


def t_nicu_progress(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    baby = c.patient(0, nick_p=0.0)
    mom = c.person("F", last=baby.last if r.random() < 0.6 else None, nick_p=0.2)
    dad = c.person("M", last=baby.last, nick_p=0.0)
    nnp = c.staff("np")
    att = c.staff("md")
    rn = c.staff("rn")
    dol = r.randint(3, 40)
    ga = r.randint(24, 34)
    bd = c.visit - dt.timedelta(days=dol)
    tw = r.choice(["", " (Twin A)", " (Twin B)", ""])
    A(r.choice(["NICU PROGRESS NOTE", "NICU Daily Progress Note", "Neonatal ICU -- Progress"]), "  ", c.ds(c.visit), "\n")
    A("Baby ", r.choice(["Girl", "Boy"]), " ", N(baby.last), tw, "   MRN ", MRN(baby.mrn), "   DOB ", c.ds(bd), "\n")
    A("DOL ", K(str(dol)), " | GA at birth ", K(f"{ga}w{r.randint(0, 6)}d"), " | CGA ",
      K(f"{ga + dol // 7}w{dol % 7}d"), " | BW ", K(f"{r.randint(580, 2100)} g"), " -> today ", K(f"{r.randint(700, 2400)} g"), "\n\n")
    A("RESP: ", K(r.choice(["CPAP +6, FiO2 25%", "NIPPV 20/6, FiO2 30%", "HFNC 2 L, FiO2 21%", "room air"])),
      ". ", K("caffeine citrate 5 mg/kg/day"), "; ", K(f"{r.randint(0, 6)} A/B/D"), " events in 24h, self-resolved.\n")
    A("CV: soft murmur, echo ", c.pd(c.rel(-10, -1)), " small PDA, no treatment.\n")
    A("FEN: ", K(f"{r.choice([140, 150, 160])} mL/kg/day"), " of ", r.choice(["MBM", "EBM"]), " fortified with ",
      K(r.choice(["Prolacta +6", "Similac HMF", "Enfamil HMF"])), " to ", K("24 kcal/oz"), ". Voiding/stooling.\n")
    A("GI/Bili: ", K(f"bili {r.randint(5, 13)}.{r.randint(0, 9)}"), " below light level (", K("Bhutani"), " low-int zone).\n")
    A("ID: blood cx from ", c.pd(bd + dt.timedelta(days=r.randint(0, 2))), " NGTD; ", K("ampicillin"), " and ",
      K("gentamicin"), " stopped ", K("after 48 hours"), ".\n")
    A("NEURO: HUS ", c.ad(c.rel(-7, -1)), " without IVH. ROP exam with ", c.dr(c.staff("md")), " on ", c.pd(c.rel(2, 9)), ".\n")
    A("SOCIAL: Mom ", N(mom.first), " visited overnight, did skin-to-skin ", K("x 1 hour"), "; pumping well. ")
    job = r.choice(EMPLOYERS)
    A("Dad ", N(dad.first), " works nights at ", FAC(job), " and calls from ", LOC(c.town), "; ")
    A("best number ", PH(c.phone()), ". ")
    if r.random() < 0.5:
        A(N(mom.first), "'s sister ", N(c.person("F").first), " is the backup contact. ")
    A("Gas card and Ronald McDonald House room requested via SW ", N(c.staff("sw").first), ".\n")
    A("Discussed with bedside RN ", N(rn.first), " and attending ", c.dr(att), ".\n")
    A(c.sig(nnp))
    return b


def t_psych_collateral(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(19, 78), nick_p=0.35)
    relk, rs = r.choice(REL_ADULT)
    rel = c.person(rs, last=pt.last if r.random() < 0.4 else None)
    bf = c.person(nick_p=0.8)
    doc = c.staff(r.choice(["md", "np"]))
    chg = c.staff("rn")
    med = r.choice(["Abilify", "lithium", "Depakote", "Zyprexa", "Invega Sustenna", "Seroquel"])
    A(r.choice(["Psychiatry Progress Note", "PSYCHIATRY PROGRESS NOTE -- INPATIENT", "Inpt Psych Progress Note"]), "\n")
    A(c.demo(pt, [("Unit", r.choice(["3 North", "BHU-2", "Adult Psych B"])), ("Date", c.ds(c.visit))]))
    A("Hospital day ", K(str(r.randint(2, 14))), "\n\n")
    A("S: ", N(pt.nick or pt.first), " states \"", r.choice(["I'm fine, I just want to go home to ",
                                                          "nobody listens, take me back to "]), LOC(c.town), ".\" ")
    A("Slept ", K(f"{r.randint(2, 7)} hours"), " per nursing. Ate ", K(f"{r.choice([25, 50, 75])}%"), " of meals. Denies AH today.\n\n")
    A("COLLATERAL: Spoke by phone with pt's ", relk, " ", N(rel.full), " (", PH(c.phone()), ") with pt's verbal consent. ")
    A("Per ", N(rel.first), ", pt stopped ", K(med), " ", K(r.choice(["about 3 weeks ago", "x 2 months", "for 10 days"])),
      " before admission and was up all night rearranging furniture. ")
    A(N(rel.first), " says ", pt.he, " lost the job at ", FAC(r.choice(EMPLOYERS)), " on ", c.pd(c.rel(-60, -10)),
      " after an argument with a supervisor named ", N(c.person().first), ". ")
    A("Boyfriend/friend \"", N(bf.nick or bf.first), "\" (", N(bf.full), ") ", r.choice(["has been staying at the apartment",
                                                                              "has guns at his trailer -- family to remove",
                                                                              "drove pt to the ED"]), ". ")
    A("Prior admit at ", c.fac_pick(HOSP, FAC), " in ", str(c.visit.year - r.randint(1, 6)), ".\n\n")
    A("MSE: disheveled, ", r.choice(["pressured speech", "guarded", "psychomotor slowing"]), ", mood \"",
      r.choice(["fine", "annoyed", "tired"]), "\", affect ", r.choice(["labile", "constricted", "irritable"]),
      ". TP tangential. Denies SI/HI; ", K(f"C-SSRS screen {r.choice(['negative', 'low risk'])}"), ". Insight poor.\n")
    A("Scores: ", K(f"PHQ-9 {r.randint(5, 24)}"), ", ", K(f"YMRS {r.randint(8, 30)}"), ", ", K("AIMS 0"), ".\n")
    A("Labs: ", K(f"lithium level {r.randint(2, 11) / 10:.1f}"), ", ", K(f"TSH {r.randint(5, 40) / 10:.1f}"), ".\n\n")
    A("A/P: ", K(r.choice(["Bipolar I disorder", "schizoaffective disorder, bipolar type", "MDD with psychotic features"])), ".\n")
    A("- ", K(f"{r.choice(['aripiprazole', 'olanzapine', 'quetiapine'])} {r.choice([5, 10, 15])} mg daily"), "; ",
      K("lorazepam 1 mg q6h PRN"), " agitation\n")
    A("- Family meeting ", c.pd(c.rel(1, 4)), " at ", c.time(day=True), "; ", N(rel.first), " to attend by phone.\n")
    A("- Discussed with charge RN ", N(chg.first), ". Continue q15 min checks.\n")
    A(c.sig(doc))
    return b


def t_addiction_med(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(19, 66), nick_p=0.6)
    couns = c.staff("couns")
    doc = c.staff(r.choice(["md", "np"]))
    spon = c.person()
    pharm = c.fac_pick(PHARM)
    lower = r.random() < 0.35
    L = LOW if lower else (lambda *x: list(flat(x)))
    A(L("ADDICTION MEDICINE / OBOT FOLLOW-UP" if not lower else "obot f/u visit", "  ", c.ds(c.visit), "\n"))
    A(L(N(pt.full), [" (goes by ", N(pt.nick), ")"] if pt.nick else "", "  MRN ", MRN(pt.mrn), "  DOB ", c.ds(pt.dob), "\n\n"))
    A(L("Here for ", K("buprenorphine"), " maintenance, ", K(r.choice(["month 4", "week 6", "month 11"])),
        ". Last seen ", c.ad(c.rel(-35, -7)), ". "))
    A(L(r.choice(["Reports no use since last visit.", "Admits one use of fentanyl-laced pills on ",
                  "Brief lapse with meth, once, on "])))
    if "on " == b.text()[-3:].lower():
        A(L(c.pd(c.rel(-20, -3)), ". "))
    else:
        A(" ")
    A(L("Cravings ", K(f"{r.randint(0, 7)}/10"), ". ", K(f"COWS {r.randint(0, 6)}"), " today.\n"))
    A(L("Social: works ", r.choice(["2nd shift", "nights", "part time"]), " at ", FAC(r.choice(EMPLOYERS)),
        "; lives with ", r.choice(["mom", "girlfriend", "cousin", "grandmother"]), " in ", LOC(c.town), ". "))
    A(L("NA sponsor is ", N(spon.first), ", meets ", K("3x/week"), ". "))
    if r.random() < 0.6:
        A(L("Car impounded after DUI on ", c.pd(c.rel(-90, -20)), " (plate ", VEH(c.plate()), "); gets rides from ",
            N(c.person().first), ".\n"))
    else:
        A("\n")
    A(L("UDS: + ", K("buprenorphine"), "/", K("norbuprenorphine"), ", neg fentanyl, ", r.choice(["+ THC", "neg amphetamine",
                                                                                                 "+ benzodiazepine (has Rx?)"]), ".\n"))
    A(L("PDMP reviewed ", c.pd(c.visit), ": no other controlled Rx.\n"))
    A(L("Plan: ", K(r.choice(["Suboxone 8-2 mg film BID", "buprenorphine-naloxone 8/2 mg SL TID",
                              "Zubsolv 5.7-1.4 mg daily"])), " ", K(r.choice(["x 7 days", "x 14 days", "x 28 days"])),
        " sent to ", FAC(pharm), " (", PH(c.phone()), "). ", K("Narcan 4 mg"), " nasal kit given. "))
    if r.random() < 0.5:
        A(L("Discussed ", K("Sublocade 300 mg"), " monthly injection. "))
    A(L("Counseling with ", N(couns.full), ", ", couns.cred, " on ", c.pd(c.rel(2, 9)), ".\n"))
    A(L("Prescriber DEA ", LIC(c.dea()), ".\n"))
    A(c.sig(doc) if not lower else LOW(c.sig(doc)))
    return b


def t_dermatology(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(24, 88), nick_p=0.1)
    pcp = c.staff("md")
    derm = c.staff(r.choice(["md", "np"]))
    moh = c.staff("md")
    sp = c.person("F" if pt.sex == "M" else "M", last=pt.last if r.random() < 0.7 else None)
    fac = c.clinic("Dermatology")
    A(r.choice(["DERMATOLOGY CLINIC NOTE", "Dermatology Visit", "Derm -- New Patient"]), " -- ", FAC(fac), "\n")
    A(c.demo(pt, [("DOS", c.ds(c.visit))]), "\n")
    A("CC: changing mole, referred by ", c.dr(pcp), ". ")
    A(N(pt.first), " ", r.choice(["noticed", "says ", "reports"]).strip(), " the spot on the ",
      r.choice(["left upper back", "right calf", "scalp vertex", "left forearm"]), " got darker ",
      K(r.choice(["over 3 months", "over the past year", "since spring"])), "; ", pt.his, " ",
      ("wife" if pt.sex == "M" else "husband"), " ", N(sp.first), " noticed it first. ")
    A("Works outdoors at ", FAC(r.choice(EMPLOYERS)), " ", K(r.choice(["for 20 years", "x 12 yrs", "for 31 years"])), ".\n")
    A("PMH: ", K("Bowen disease"), " R hand treated with ", K("Mohs surgery"), " by ", c.dr(moh), " at ",
      c.fac_pick(TERTIARY, FAC), " in ", str(c.visit.year - r.randint(2, 9)), "; psoriasis with ",
      K("Koebner phenomenon"), " at scratch sites.\n")
    A("Exam: ", K(f"Fitzpatrick type {r.choice(['II', 'III', 'IV', 'V'])}"), ". ", K(f"{r.randint(5, 12)} mm"),
      " asymmetric, variegated macule. ", K("Wood's lamp"), " negative elsewhere. ", K("Auspitz sign"), " present on elbows.\n")
    acc = f"{r.choice(['S', 'D', 'DP'])}{str(c.visit.year)[2:]}-{r.randint(1000, 39999)}"
    A("Procedure: shave biopsy, accession ", IDN(acc), ". Hemostasis with AlCl.\n")
    A("Plan: ", K("clobetasol 0.05% ointment BID"), " ", K("x 2 weeks"), " to plaques, then ",
      K("calcipotriene"), "; ", K("SPF 50"), ". If melanoma, will report ", K("Breslow depth"), " and refer. ")
    A("Results via portal ", URL(f"https://mychart.{c.domain(fac)}"), " or call ", PH(c.phone()), ".\n")
    A("RTC ", K("6 weeks"), " (", c.pd(c.rel(40, 44)), ").\n")
    A(c.sig(derm))
    return b


def t_ortho_followup(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(9, 84), nick_p=0.2)
    surg = c.staff("md")
    pa = c.staff("np")
    relk, rs = r.choice([("son", "M"), ("daughter", "F"), ("mom", "F"), ("dad", "M"), ("wife", "F"), ("husband", "M")])
    rel = c.person(rs, nick_p=0.2)
    inj = r.choice([
        ("s/p ORIF R distal radius", "Colles fracture", "Finkelstein test negative; Tinel sign negative at carpal tunnel"),
        ("s/p ACL reconstruction L knee", "ACL tear", "Lachman 1A, firm endpoint; McMurray negative"),
        ("s/p closed reduction", "Salter-Harris II fracture of distal radius", "neurovascularly intact, cap refill < 2 sec"),
        ("s/p ORIF L ankle", "Weber B fibula fracture", "Thompson test negative; mild edema"),
        ("nonop mgmt", "Jones fracture R 5th metatarsal", "TTP base of 5th MT improving"),
        ("s/p arthroscopic repair", "Bankart lesion with Hill-Sachs lesion", "Neer and Hawkins tests negative")])
    surgd = c.rel(-70, -14)
    A(r.choice(["ORTHO CLINIC F/U", "Orthopaedic Surgery Follow-up", "Ortho post-op visit"]), "\n")
    A(c.demo(pt, [("DOS", c.ds(c.visit))]))
    A("Clinic: ", FAC(c.clinic(r.choice(["Orthopaedics", "Bone & Joint", "Sports Medicine"]))), "   Surgeon: ", c.dr(surg), "\n\n")
    A(c.age(pt.age), r.choice([" yo ", " y/o ", "yo "]), inj[0], " for ", K(inj[1]), " on ", c.ad(surgd), " by ", c.dr(surg), ". ")
    A(r.choice(["Doing well.", "Pain improving.", "Some stiffness."]), " Pain ", K(f"{r.randint(0, 6)}/10"), ". ")
    A(relk.capitalize(), " ", N(rel.first), " drove ", pt.him, " from ", LOC(c.other_town()[0]), " today. ")
    working = 19 <= pt.age < 68
    if pt.age < 19:
        A("Plays for ", FAC(r.choice(SCHOOLS_K12)), "; coach ", N(c.person().last), " asking about return to play.\n")
    elif working:
        A("Works as ", r.choice(["forklift driver", "line cook", "CNA", "lineman"]), " at ", FAC(r.choice(EMPLOYERS)), ".\n")
    else:
        A("Retired from ", FAC(r.choice(EMPLOYERS)), "; still ", r.choice(["gardens", "hunts", "fishes off the levee"]), ".\n")
    A("Exam: incision c/d/i. ", K(inj[2]), ". ROM ", K(f"{r.randint(40, 120)} degrees"), ".\n")
    A("XR today: interval healing, hardware intact, no displacement.\n")
    A("Meds: ", K(r.choice(["ibuprofen 600 mg q6h PRN", "acetaminophen 1 g q8h", "Norco 5/325 1 tab q6h PRN"])), "; ",
      K(r.choice(["aspirin 81 mg BID x 4 weeks", "Eliquis 2.5 mg BID x 14 days", "no DVT ppx needed"])), ".\n")
    A("Plan: PT at ", c.fac_pick(CLINICS + HOSP, FAC), " ", K("2x/week for 6 weeks"), ". ")
    if working:
        A("Light duty note through ", c.fd(c.rel(14, 42)), " (no lifting > ", K("10 lb"), "). ")
    A("Return ", K("in 4 weeks"), " w/ XR. Questions: ortho nurse line ", PH(c.phone()), ".\n")
    A(c.sig(pa))
    if r.random() < 0.5:
        A("Seen and agree. ", c.dr(surg), "\n")
    return b


def t_eeg_report(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.choice([r.randint(2, 17), r.randint(18, 89)]), nick_p=0.0)
    ref = c.staff(r.choice(["md", "np"]))
    tech = c.staff("tech")
    reader = c.staff("md")
    fac = c.fac_pick(HOSP)
    A(r.choice(["ROUTINE EEG REPORT", "ELECTROENCEPHALOGRAM REPORT", "EEG Interpretation"]), "\n")
    A(FAC(fac), " -- Neurodiagnostics\n\n")
    A("Patient: ", c.formal(pt), "\nMRN: ", MRN(pt.mrn), "    DOB: ", c.ds(pt.dob), "    Age: ", c.age(pt.age), "\n")
    sid = f"{r.choice(['EEG', 'E', 'NDX'])}{str(c.visit.year)[2:]}-{r.randint(100, 9999):04d}"
    A("Study #: ", IDN(sid), "    Date of study: ", c.ds(c.visit), "\n")
    A("Referring: ", N(f"{ref.first} {ref.last}"), ", ", ref.cred, "\n")
    A("Technologist: ", N(tech.full), ", ", tech.cred, "\n")
    A("Equipment: 21-channel digital amplifier, S/N ", DEV(c.serial("XLT")), "; reviewed at reading station ",
      IP(c.ip()), "\n\n")
    A("HISTORY: ", r.choice(["First unprovoked seizure", "Staring spells at school", "Episodes of confusion",
                             "Breakthrough seizure"]), " on ", c.pd(c.rel(-30, -2)), ". ")
    if pt.age < 18:
        A("Teacher at ", FAC(r.choice(SCHOOLS_K12)), " witnessed event; mother ", N(c.person("F", last=pt.last).first),
          " filmed it. ")
    A("Medications: ", K(r.choice(["levetiracetam 500 mg BID", "Keppra 750 mg BID", "lamotrigine 100 mg BID",
                                   "none"])), ". ", K(r.choice(["Todd paralysis", "Jacksonian march"])),
      " reported after prior event.\n\n")
    A("TECHNIQUE: International ", K("10-20 system"), ", ", K(f"{r.randint(22, 45)} minutes"), " of recording. ",
      "Photic stimulation and hyperventilation ", K("x 3 minutes"), " performed.\n")
    A("DESCRIPTION: Posterior dominant rhythm ", K(f"{r.randint(7, 11)} Hz"), ", reactive. ",
      r.choice(["Intermittent left temporal sharp waves", "Generalized 3 Hz spike-and-wave with HV",
                "Occasional right centrotemporal spikes", "No epileptiform discharges"]), ". Sleep: stage N2 reached.\n")
    A("IMPRESSION: ", r.choice(["Abnormal EEG", "Normal awake and asleep EEG", "Abnormal EEG"]), ". ",
      r.choice(["Consistent with focal epilepsy.", "Clinical correlation recommended.",
                "Features suggest a generalized epilepsy; cannot exclude ", "Does not exclude epilepsy."]))
    if b.text().lower().endswith("exclude "):
        A(K(r.choice(["Lennox-Gastaut syndrome", "Jeavons syndrome"])), ".")
    A("\nPreliminary read called to ", N(ref.full), r.choice([" at ", " on "]), PH(c.phone()),
      " on ", c.pd(c.visit), ".\n")
    A(c.sig(reader))
    return b


def t_pft_report(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(34, 89) if r.random() > 0.12 else r.randint(90, 96), nick_p=0.0)
    tech = c.staff("rt")
    doc = c.staff("md")
    fac = c.fac_pick(HOSP + CLINICS)
    A("PULMONARY FUNCTION LABORATORY\n", UP(FAC(fac)), "\n\n")
    ht, wt = r.randint(150, 190), r.randint(45, 130)
    rows = [("Name", [c.formal(pt)]), ("MRN", [MRN(pt.mrn)]), ("DOB", [c.ds(pt.dob)]),
            ("Age/Sex", [c.age(pt.age), "/", pt.sex]), ("Ht / Wt", [K(f"{ht} cm"), " / ", K(f"{wt} kg")]),
            ("Test date", [c.ds(c.visit)]), ("Technician", [N(tech.full), ", ", tech.cred]),
            ("Referring", [c.dr(c.staff("md"))])]
    for lab, val in rows:
        A(f"{lab + ':':<12}", val, "\n")
    A("\n", f"{'':<14}{'Pre':>8}{'%Pred':>8}{'Post':>8}\n")
    fev = r.randint(60, 280) / 100
    fvc = fev + r.randint(40, 180) / 100
    for lab, a_, bq in [("FEV1 (L)", f"{fev:.2f}", f"{fev + r.randint(0, 30) / 100:.2f}"),
                        ("FVC (L)", f"{fvc:.2f}", f"{fvc + r.randint(0, 20) / 100:.2f}"),
                        ("FEV1/FVC", f"{fev / fvc:.2f}", "")]:
        pp = f"{r.randint(30, 95)}%"
        A(f"{lab:<14}", " " * (8 - len(a_)), K(a_), " " * (8 - len(pp)), K(pp), " " * (8 - len(bq)),
          K(bq) if bq else "", "\n")
    A(f"{'DLCO':<14}", "   ", K(f"{r.randint(30, 90)}%"), " pred\n\n")
    A("Bronchodilator: ", K("albuterol 360 mcg"), " via spacer. Effort ", r.choice(["good", "variable"]), "; ",
      K("ATS/ERS"), " acceptability met. Spirometer S/N ", DEV(c.serial("SP")), ".\n")
    expo = r.choice([("coal dust, underground at ", ["Peabody Energy"]), ("silica, grinder at ", ["Nucor"]),
                     ("poultry dander, line worker at ", ["Tyson", "Sanderson Farms", "Pilgrim's", "Perdue"]),
                     ("wood dust, mill hand at ", ["Weyerhaeuser", "Georgia-Pacific", "International Paper"]),
                     ("diesel exhaust, mechanic at ", ["Red River Army Depot", "FedEx", "Love's Travel Stop"])])
    A("Exposure history: ", expo[0], FAC(r.choice(expo[1])), " ", K(r.choice(["for 22 years", "x 30 yrs", "for 15 years"])), "; ",
      K(f"{r.randint(10, 60)} pack-years"), ". Lives in ", LOC(c.town), ".\n")
    A("INTERPRETATION: ", r.choice(["Moderate obstruction without significant bronchodilator response, ",
                                    "Mixed obstructive/restrictive pattern, ", "Severe obstruction, "]),
      K(r.choice(["GOLD 2", "GOLD 3", "GOLD 2"])), ". Reduced DLCO suggests emphysema. Compare with study of ",
      c.fd(c.rel(-700, -200)), ".\n")
    A("Results to ", c.dr(c.staff("md")), " via fax ", PH(c.phone()), ".\n")
    A(c.sig(doc))
    return b


def t_allergy_clinic(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    kid = r.random() < 0.6
    pt = c.patient(r.randint(3, 16) if kid else r.randint(19, 70), nick_p=0.3)
    par = c.person("F" if r.random() < 0.7 else "M", last=pt.last if r.random() < 0.6 else None)
    nurse = c.person("F")
    doc = c.staff(r.choice(["md", "np"]))
    fac = c.clinic(r.choice(["Allergy & Asthma", "Allergy & Immunology", "Asthma and Allergy Clinic"]))
    A(r.choice(["Allergy/Immunology Clinic", "ALLERGY & ASTHMA CLINIC VISIT", "Allergy f/u"]), " -- ", FAC(fac),
      " -- ", c.ds(c.visit), "\n")
    A(c.demo(pt), "\n")
    if kid:
        A(N(pt.nick or pt.first), " is ", c.art(pt.age), " ", c.age(pt.age), " y/o here with ", ("mom" if par.sex == "F" else "dad"), " ",
          N(par.first), " after ", r.choice(["hives and lip swelling", "vomiting and wheeze"]), " at a birthday party on ",
          c.pd(c.rel(-40, -5)), " after eating ", r.choice(["a peanut butter cookie", "cashew chicken", "shrimp"]), ". ")
        A("Received ", K("EpiPen Jr 0.15 mg"), " from the school nurse, Ms. ", N(nurse.last), ", and went by ambulance to ",
          c.fac_pick(HOSP, FAC), ".\n")
        A("Attends ", FAC(r.choice(SCHOOLS_K12)), "; school fax ", PH(c.phone()), ".\n")
    else:
        A(c.age(pt.age), " yo with ", K("Samter triad"), " (asthma, nasal polyps, ASA sensitivity) here to discuss biologic. ")
        A("Spouse ", N(par.first), " reports ", K(r.choice(["3 ED visits in 6 months", "2 prednisone bursts this year"])), ". ")
        A("Hx ", K("Stevens-Johnson syndrome"), " to ", K("Bactrim"), " in ", str(c.visit.year - r.randint(3, 20)), ".\n")
    A("Testing: skin prick ", r.choice(["peanut", "cashew", "shrimp", "dust mite"]), " ", K(f"{r.randint(4, 14)} mm wheal"),
      ", histamine ", K(f"{r.randint(4, 7)} mm"), ", saline 0. ", K(f"Ara h 2 {r.randint(5, 300) / 10:.1f} kU/L"), ". ",
      K(f"Total IgE {r.randint(40, 1400)} IU/mL"), ".\n")
    A("Plan:\n- ", K(r.choice(["EpiPen Jr 0.15 mg x 2", "Auvi-Q 0.3 mg x 2", "epinephrine 0.3 mg auto-injector x 2"])),
      "; Food Allergy Action Plan updated")
    if kid:
        A(" and emailed to ", N(nurse.last), " at ", EM(c.email(nurse, r.choice(["k12.ms.us", "schools.org", "isd.net"]))))
    A("\n- ", K(r.choice(["Xolair 300 mg SC q4 weeks", "Dupixent 300 mg q2 weeks", "cetirizine 10 mg daily"])), "\n")
    A("- Oral food challenge at ", c.fac_pick(TERTIARY, FAC), " ", c.ad(c.rel(20, 90)), "\n")
    A(c.sig(doc))
    return b


def t_anticoag_log(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(48, 89) if r.random() > 0.2 else r.randint(90, 101), nick_p=0.2)
    relk, rs = r.choice(REL_ADULT)
    rel = c.person(rs, nick_p=0.3)
    rns = [c.staff(r.choice(["rn", "pharm"])) for _ in range(2)]
    fac = c.fac_pick(HOSP + CLINICS)
    A(r.choice(["ANTICOAGULATION CLINIC -- PHONE LOG", "Coumadin Clinic telephone encounters", "ACC phone log"]), "\n")
    A("Pt: ", c.formal(pt), "  DOB ", c.ds(pt.dob), "  (", c.age(pt.age), "y)  MRN ", MRN(pt.mrn), "\n")
    A("Indication: ", r.choice(["afib", "mech MVR", "recurrent DVT", "LV thrombus"]), " (",
      K(f"CHA2DS2-VASc {r.randint(2, 7)}"), ")  Goal ", K(r.choice(["INR 2-3", "INR 2.5-3.5"])), "  ",
      K(r.choice(["Factor V Leiden het", "on amiodarone", "CKD 3b"])), "\n")
    A("POC INR at ", FAC(fac), "; alt draw at ", c.fac_pick(PHARM, FAC), ".\n\n")
    d = c.visit - dt.timedelta(days=r.randint(14, 21))
    inr = r.randint(15, 45) / 10
    sigs = []
    for i in range(r.randint(3, 5)):
        rn = rns[i % 2]
        tag = r.choice([[N(f"{rn.first} {rn.last[0]}.")], ["-", N(rn.first)], [N(rn.last), " ", rn.cred.split(",")[0]],
                        [N(f"{rn.first[0]}. {rn.last}")]])
        A(c.pd(d) if r.random() < 0.75 else D(fmt_date(d, "mm/dd/Y")), " ", c.time(day=True), "  ", K(f"INR {inr:.1f}"), ". ")
        k = r.randrange(4)
        if k == 0:
            A("LVM for ", N(pt.first), " at ", PH(c.phone()), " to call back.")
        elif k == 1:
            A("Spoke w/ ", relk, " ", N(rel.nick or rel.first), "; pt ", r.choice(["ate greens at a church supper",
                                                                               "missed 2 doses", "started Bactrim from urgent care"]), ".")
        elif k == 2:
            A("Pt reports ", r.choice(["no bleeding", "gum bleeding when brushing", "bruise on L arm"]), ". ",
              K(r.choice(["hold warfarin x1", "warfarin 5 mg daily except 7.5 mg Mon/Fri", "Jantoven 2.5 mg extra dose x1"])), ".")
        else:
            A("Dose unchanged, ", K(r.choice(["warfarin 5 mg daily", "Coumadin 4 mg daily", "warfarin 6 mg daily"])),
              ". Pt's ", relk, " ", N(rel.first), " fills pillbox.")
        A(" Next INR ", c.pd(d + dt.timedelta(days=r.randint(4, 10))), ". ", tag, "\n")
        d = d + dt.timedelta(days=r.randint(3, 8))
        inr = max(1.1, min(5.2, inr + r.randint(-10, 10) / 10))
    A("\nPatient education sheet: ", URL(f"www.{c.domain(fac)}/anticoag"), "\n")
    return b


def t_handoff_list(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    fromdoc = c.staff("md")
    todoc = c.staff(r.choice(["md", "np"]))
    fmt = r.randrange(3)
    A(r.choice(["SIGNOUT", "Hospitalist handoff", "NIGHT FLOAT SIGN-OUT", "I-PASS list"]), " -- ",
      r.choice(["Team B", "Med 2", "Gold team", "Teaching B"]), " -- ", c.ds(c.visit), "\n")
    A("From ", c.dr(fromdoc), " to ", N(todoc.full), " (pager ", PH(c.pager()), ")\n\n")
    consultants = [c.staff("md") for _ in range(2)]
    n = r.randint(3, 5)
    for i in range(n):
        pt = c.patient(r.randint(24, 89) if r.random() > 0.15 else r.randint(90, 100), nick_p=0.2) if i else \
            c.patient(r.randint(24, 89), nick_p=0.2)
        if i == 0:
            c.main = pt
        rm = f"{r.choice(['4', '5', '6', 'ICU-'])}{r.randint(1, 40):02d}{r.choice(['', 'A', 'B'])}"
        dx, todo = r.choice([
            ("CHF exac", [K("Lasix 40 IV BID"), ", strict I/O, AM BMP"]),
            ("CAP", [K("CURB-65 of 2"), "; ", K("ceftriaxone"), "/", K("azithromycin"), " day ", K("2 of 5")]),
            ("DKA resolving", ["AG closed; transition to ", K("glargine 20 units"), " tonight"]),
            ("GI bleed", [K("Hgb 7.1"), " -> recheck 2200, transfuse < ", K("7"), "; ", K("pantoprazole 40 IV BID")]),
            ("cellulitis", [K("vanc trough 14"), "; ", K("Zosyn"), " until cx back"]),
            ("ETOH w/d", [K("CIWA-Ar 12"), " at 1800; ", K("phenobarbital"), " protocol"]),
            ("sepsis/UTI", ["", K("Levophed"), " weaned off ", c.pd(c.visit), "; PICC vs ", K("Hickman line"), " for abx"]),
        ])
        name_items = r.choice([[N(f"{pt.last.upper()}, {pt.first}")], [N(f"{pt.last}, {pt.first[0]}.")], [N(pt.full)]])
        cons = consultants[i % 2]
        extra = r.choice([
            ["per ", N(cons.last), ", ok to ", r.choice(["extubate in AM", "advance diet", "d/c drain"])],
            ["fam: ", r.choice(["son", "dtr", "wife", "niece"]), " ", N(c.person(nick_p=0.0).first), " ", PH(c.phone()),
             " wants call if worse"],
            ["from ", c.fac_pick(NURSING, FAC), ", plan back there"],
            ["code: ", r.choice(["DNR/DNI", "Full", "DNR (POLST on chart)"])],
            ["MRN ", MRN(pt.mrn)],
        ])
        age = c.age(pt.age)
        if fmt == 0:
            A(f"{rm:<6}| ", name_items, " | ", age, pt.sex, " | ", dx, " | ", todo, " | ", extra, "\n")
        elif fmt == 1:
            A(f"{i + 1}) ", rm, " ", name_items, ", ", age, pt.sex, "; ", dx, "; ", todo, "; ", extra, "\n")
        else:
            A("- ", name_items, " (", rm, ") ", age, " y/o w/ ", dx, ". ", todo, ". ", extra, ".\n")
    A("\nIf-then: rapid response -> call ", N(fromdoc.first), " cell ", PH(c.phone()), " before 2300.\n")
    return b


def t_clinic_schedule(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    fac = c.clinic(r.choice(["Family Medicine", "Family Clinic", "Internal Medicine", "Health Center"]))
    prov = c.staff(r.choice(["md", "np"]))
    ma = c.person("F")
    A(UP("Clinic schedule -- ", FAC(fac)), "\n")
    A(r.choice(["Provider: ", "PROVIDER: "]), c.dr(prov), "    ", D(fmt_date(c.visit, r.choice(["Weekday, Month d", "Mon d"])) +
                                                               f", {c.visit.year}"), "\n")
    A("MA: ", N(ma.first), "   Room huddle 0745\n\n")
    A(f"{'TIME':<7}{'PATIENT':<28}{'DOB':<12}{'TYPE':<10}NOTES\n")
    t = r.choice([8, 9, 13])
    mins = 0
    for i in range(r.randint(4, 5)):
        pt = c.patient(r.randint(1, 88) if r.random() > 0.08 else r.randint(90, 99), nick_p=0.2)
        nm = f"{pt.last.upper()}, {pt.first.upper()}"
        dob = fmt_date(pt.dob, "mm/dd/Y")
        A(f"{t + mins // 60:02d}:{mins % 60:02d}  ", N(nm), " " * max(1, 28 - len(nm)), D(dob), " " * max(1, 12 - len(dob)),
          f"{r.choice(['F/U', 'NEW', 'SICK', 'TELE', 'PROC']):<6}")
        A(r.choice([K("Bell's palsy"), K("Graves dz"), K("Baker's cyst"), K("HTN, BP 152/94"), K("Hashimoto"),
                    K("gout, uric acid 9.1"), K("DM2"), K("Osgood-Schlatter"), K("low back pain x 3 wks")]), " -- ")
        k = r.randrange(7)
        if k == 0:
            A("needs ", r.choice(["Somali", "Haitian Creole", "Navajo", "Marshallese", "K'iche'"]), " interpreter; ride w/ ",
              N(c.person().first))
        elif k == 1:
            A("prefers \"", N(pt.nick or c.rng.choice(STREET_NICKS)), "\"; ", K(f"A1c {r.randint(65, 120) / 10:.1f}"), " last")
        elif k == 2:
            A("no-show x2; cb ", PH(c.phone()))
        elif k == 3:
            A("Medicaid ", HP(c.member()), " -- verify")
        elif k == 4:
            A("video visit ", URL(f"https://telehealth.{c.domain(fac)}/room/{r.randint(1000, 9999)}"))
        elif k == 5:
            A("INR check, on ", K(r.choice(["warfarin 5 mg", "Coumadin 3 mg"])), "; age ", c.age(pt.age))
        else:
            A("post-ED f/u from ", c.fac_pick(HOSP, FAC), " ", c.pd(c.rel(-6, -1)))
        A("\n")
        if i == 0:
            c.main = pt
        mins += r.choice([15, 20, 30, 40])
    A("\nOverbook OK per ", N(prov.first), ". Lunch 12-1. ", K("Tdap"), ", ", K("Flu vaccine"), " and ", K("Shingrix"),
      " stock in fridge 2.\n")
    return b


def t_transfer_center(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(28, 89) if r.random() > 0.1 else r.randint(90, 97), nick_p=0.0)
    ref_doc = c.staff("md")
    acc_doc = c.staff("md")
    fellow = c.staff("md")
    bedmgr = c.person()
    rn = c.staff("rn")
    spk, sps = r.choice([("Wife", "F"), ("Husband", "M"), ("Daughter", "F"), ("Son", "M"), ("Sister", "F")])
    sp = c.person(sps, last=pt.last if r.random() < 0.5 else None)
    oth = c.other_town()
    ref_fac = c.fac_pick(HOSP)
    acc_fac = c.fac_pick(TERTIARY)
    case = f"TC-{str(c.visit.year)[2:]}-{r.randint(1000, 99999)}"
    scen = r.choice([("STEMI", "s/p TNKase", "cardiology"), ("LVO stroke, NIHSS 14", "tPA given", "neuro IR"),
                     ("ruptured AAA", "on Levophed", "vascular"), ("GI bleed", "3 units PRBC", "GI")])
    A(r.choice(["TRANSFER CENTER CALL LOG", "Transfer Center -- Case Log", "TRANSFER/ACCESS CENTER"]), "   Case # ", IDN(case), "\n")
    A("Receiving: ", FAC(acc_fac), "   Date: ", c.ds(c.visit), "\n\n")
    h, m = r.randint(0, 21), r.randint(0, 30)

    def ts():
        nonlocal h, m
        m += r.randint(2, 14)
        h += m // 60
        m %= 60
        return f"{h:02d}:{m:02d}"
    A(ts(), "  Call from ", c.dr(ref_doc), " at ", FAC(ref_fac), " (", LOC(oth[0]), ", ", oth[1], ") ph ",
      PH(c.phone(oth[3])), " re: ", c.age(pt.age), pt.sex, " with ", K(scen[0]), ", ", K(scen[1]), ". Last VS ",
      K("BP {0}/{1}".format(*[(x, int(x * r.uniform(0.55, 0.68))) for x in [r.randint(78, 170)]][0])), ", ",
      K(f"HR {r.randint(48, 135)}"), ", ",
      K(f"SpO2 {r.randint(88, 99)}%"), ".\n")
    A(ts(), "  Pt: ", c.formal(pt), ", DOB ", c.ds(pt.dob), ", ", r.choice(["Medicare", "BCBS", "Humana", "Medicaid"]),
      " ID ", HP(c.member()), ".\n")
    A(ts(), "  Paged ", scen[2], " fellow ", c.dr(fellow), " (pager ", PH(c.pager()), ").\n")
    A(ts(), "  ", N(fellow.last), " discussed with attending; accepted by ", c.dr(acc_doc), ".\n")
    A(ts(), "  Bed ", r.choice(["CVICU-12", "5E-22", "NSICU 4", "MICU 9"]), " assigned by bed mgmt (", N(bedmgr.first),
      "). Report called to ", N(rn.first), ", ", rn.cred, ".\n")
    if r.random() < 0.6:
        A(ts(), "  ", r.choice(["AirCare 3", "LifeFlight", "PHI Air Medical", "Air Evac 41"]), " launched, ETA ",
          K(f"{r.randint(25, 70)} min"), "; tail # ", VEH(f"N{r.randint(100, 999)}{r.choice(['AM', 'LF', 'HP', 'MT', 'AE'])}"), ".\n")
    else:
        A(ts(), "  ", r.choice(["MedStar", "Acadian", "AMR", "county EMS"]), " ground CCT, ETA ", K(f"{r.randint(40, 150)} min"),
          "; unit plate ", VEH(c.plate()), ". ", K(r.choice(["heparin drip", "nicardipine drip", "Levophed 8 mcg/min"])),
          " to continue en route.\n")
    A(ts(), "  ", spk, " ", N(sp.full), " driving from ", LOC(c.town),
      ", cell ", PH(c.phone()), "; given ", r.choice(["ED", "unit"]), " number.\n")
    A(ts(), "  Records faxed/CareEverywhere; images pushed to PACS from ", IP(c.ip()), ".\n")
    A("Call taken by: ", N(c.person().full), ", transfer RN\n")
    return b


def t_dc_huddle(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    lower = r.random() < 0.55
    L = LOW if lower else (lambda *x: list(flat(x)))
    cm = c.staff("cm")
    sw = c.staff("sw")
    md = c.staff("md")
    pt_ = c.staff("pt")
    A(L(r.choice(["dc planning huddle", "DISCHARGE PLANNING HUDDLE MINUTES", "Progression huddle"]), " ",
        D(fmt_date(c.visit, r.choice(["m/d", "mm/dd/yy", "Mon d"]))), " 0830 -- 4 West\n"))
    A(L("present: ", N(cm.first), " (cm), ", N(sw.first), " (sw), ", c.dr(md), ", ", N(pt_.first), " pt, charge rn ",
        N(c.person().first), "\n\n"))
    for i in range(r.randint(3, 4)):
        pt = c.patient(r.randint(40, 89) if r.random() > 0.2 else r.randint(90, 99), nick_p=0.2)
        if i == 0:
            c.main = pt
        rm = f"rm {r.randint(401, 448)}"
        nm = r.choice([[r.choice(["mr", "mrs", "ms"]) + " ", N(pt.last)], [N(pt.first)], [N(pt.full)], [N(pt.nick or pt.first)]])
        A(L("- ", rm, " ", nm, " (", c.age(pt.age), "): "))
        k = r.randrange(5)
        if k == 0:
            A(L("snf bed offer from ", c.fac_pick(NURSING, FAC), ", need auth from ", r.choice(["humana", "aetna mcr", "wellcare"]),
                " (member id ", HP(c.member()), "). ", N(pt_.first), " says ", K("TUG 22 sec"), ".\n"))
        elif k == 1:
            dau = c.person("F", last=pt.last, wordlike=0.4)
            A(L("home w/ hh, ", r.choice(["amedisys", "encompass", "a local agency"]), ". daughter ", N(dau.first),
                " can pick up after 5; ", K("coumadin"), " teaching done. address on file ", c.address()[0:1], ".\n"))
        elif k == 2:
            A(L("needs ", K("home O2 2L"), "; ", FAC(r.choice(DMEV)), " to deliver ", c.pd(c.rel(0, 2)), ". family parking pass plate ",
                VEH(c.plate()), ".\n"))
        elif k == 3:
            A(L("barrier: no ride to ", LOC(c.other_town()[0]), ". medicaid transport ", PH(c.phone()), ". ",
                K("IV vanc x 4 wks"), " -> picc placed ", c.pd(c.rel(-2, 0)), ".\n"))
        else:
            A(L("aMA risk, wants to get back to work at ", FAC(r.choice(EMPLOYERS)), ". per ", N(md.last),
                " ok for dc if ", K("Hgb > 8"), ". f/u ", c.fac_pick(CLINICS, FAC), ".\n"))
    A(L("\nnext huddle ", c.pd(c.rel(1, 1)), ". minutes by ", N(cm.full), ", ", cm.cred, "\n"))
    return b


def t_capacity(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(38, 89) if r.random() > 0.3 else r.randint(90, 99), "M" if r.random() < 0.6 else "F", nick_p=0.0)
    sur = c.person("F" if pt.sex == "M" else "M", last=pt.last if r.random() < 0.6 else None)
    alt = c.person()
    prim = c.staff("md")
    eth = c.staff(r.choice(["md", "sw"]))
    psych = c.staff(r.choice(["md", "np", "psych"]))
    dec = r.choice(["refuse below-knee amputation", "refuse hemodialysis", "leave against medical advice",
                    "refuse PEG tube placement", "decline SNF placement"])
    ttl = "Mr." if pt.sex == "M" else "Ms."
    A(r.choice(["CAPACITY ASSESSMENT -- Psychiatry C-L", "Decision-Making Capacity Evaluation",
                "C-L Psychiatry: Capacity Consult"]), "\n")
    A(c.demo(pt, [("Age", c.age(pt.age)), ("Date", c.ds(c.visit))]))
    A("Requesting: ", c.dr(prim), ", Hospital Medicine\n")
    A("Question: capacity to ", dec, ".\n\n")
    A(ttl, " ", N(pt.last), " was seen at bedside with RN ", N(c.person().first), " present. ", pt.he.capitalize(),
      " is oriented to ", r.choice(["person and place", "person, place, and year"]), "; ", K(f"MoCA {r.randint(14, 27)}/30"),
      ". ", K(r.choice(["CAM negative", "CAM positive yesterday, negative today"])), ".\n")
    A("Using ", K("Appelbaum criteria"), " (and ", K("MacCAT-T"), " items):\n")
    A("- Communicates a choice: yes, consistently refuses.\n")
    A("- Understanding: ", r.choice(["able to paraphrase risks incl. death", "states 'they want to cut my foot' but cannot describe sepsis risk"]), ".\n")
    A("- Appreciation: \"", r.choice(["God will heal it", "I'd rather be dead than in a nursing home",
                                      "my wife needs me home"]), "\".\n")
    A("- Reasoning: ", r.choice(["weighs options consistent with long-held values", "cannot compare alternatives"]), ".\n\n")
    A("Collateral: ", ("wife" if sur.sex == "F" else "husband"), " ", N(sur.full), " (HCPOA, ", PH(c.phone()), ") says ",
      N(pt.first), " ", r.choice(["watched his brother suffer on dialysis", "has always said no machines",
                                   "worked 30 years at " ]))
    if b.text().lower().endswith("at "):
        A(FAC(r.choice(EMPLOYERS)), " and values independence")
    A(". Alternate surrogate: ", N(alt.full), ", ", r.choice(["cousin", "pastor", "friend"]), ", of ", LOC(c.town), ".\n\n")
    A("Opinion: ", r.choice(["Pt HAS capacity for this specific decision.", "Pt LACKS capacity for this decision at this time."]),
      " Depression (", K(f"PHQ-9 {r.randint(4, 18)}"), ") not felt to drive refusal. ",
      "Recommend ethics f/u with ", N(eth.full), "; reassess ", K("in 48 hours"), " if ", K("delirium"), " emerges.\n")
    A(c.sig(psych))
    return b


def t_home_oxygen(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(45, 89) if r.random() > 0.15 else r.randint(90, 98), nick_p=0.0)
    doc = c.staff(r.choice(["md", "np"]))
    vend = r.choice(DMEV)
    A("CERTIFICATE OF MEDICAL NECESSITY -- HOME OXYGEN", r.choice([" (CMS-484)", "", " / DWO"]), "\n")
    A("Certification: ", r.choice(["Initial", "Revised", "Recertification"]), "   Date: ", c.ds(c.visit), "\n\n")
    A("SECTION A\nPatient: ", c.formal(pt), "    DOB: ", c.ds(pt.dob), "\nAddress: ", c.address(), "\nPhone: ",
      PH(c.phone()), "\n")
    A("MBI/Member #: ", HP(c.member()), "\n")
    A("Supplier: ", FAC(vend), "  NSC/PTAN ", IDN(f"{r.randint(1000000, 9999999)}{r.randint(10, 99)}"), "  Ph ",
      PH(c.phone()), "\n")
    A("Physician: ", N(f"{doc.first} {doc.last}"), ", ", doc.cred, "  NPI ", IDN(c.npi()), "\n\n")
    A("SECTION B\nQualifying test date: ", c.ds(c.rel(-25, -1)), "  performed at ", c.fac_pick(HOSP, FAC), "\n")
    A("Result: ", K(f"SpO2 {r.randint(82, 88)}%"), " on room air ", r.choice(["at rest", "with ambulation", "during sleep"]),
      "; ", K(f"PaO2 {r.randint(44, 55)} mmHg"), "\n")
    A("Condition: ", K(r.choice(["COPD, GOLD 3", "pulmonary fibrosis", "COPD with cor pulmonale", "OHS"])), "\n")
    A("Prescribed flow: ", K(f"{r.choice([1, 2, 2, 3, 4])} LPM"), " via NC, ", r.choice(["continuous", "with exertion and sleep"]),
      "\nEst. length of need: ", K(r.choice(["99 months (lifetime)", "12 months", "6 months"])), "\n")
    A("Equipment: stationary concentrator + portable ", K(r.choice(["Inogen One G5", "SimplyGo Mini", "Eclipse 5"])),
      ", S/N ", DEV(c.serial("INO")), "\n")
    if r.random() < 0.6:
        A("Remote monitoring enabled; concentrator reports to ", IP(c.ip()), "\n")
    A("\nComments: lives ", r.choice(["alone", "with daughter", "with husband"]), " outside ", LOC(c.town), ", ",
      LOC(c.county), "; has ", r.choice(["wood stove", "no smokers in home", "grandson who smokes outside"]), ". ")
    A(N(pt.first), " counseled on fire risk; smoking cessation: ", K(r.choice(["varenicline 1 mg BID", "nicotine patch 21 mg",
                                                                             "quit x 10 years"])), ".\n")
    A("\nI certify that the information above is true. ", N(doc.last.upper()), " ", D(fmt_date(c.visit, "m/d/Y")), "\n")
    return b


def t_fmla(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(21, 64), nick_p=0.0)
    doc = c.staff(r.choice(["md", "np"]))
    hr = c.person()
    emp = r.choice(EMPLOYERS)
    fac = c.clinic(r.choice(["Family Medicine", "Gastroenterology", "Rheumatology", "Internal Medicine"]))
    cond = r.choice([("Crohn disease", "infliximab 5 mg/kg q8 weeks"), ("systemic lupus erythematosus", "hydroxychloroquine 200 mg BID"),
                     ("Graves disease", "methimazole 10 mg daily"), ("Meniere disease", "meclizine 25 mg PRN"),
                     ("migraine with aura", "Aimovig 140 mg monthly")])
    start = c.rel(-10, 3)
    A(r.choice(["CERTIFICATION OF HEALTH CARE PROVIDER -- EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA)",
                "FMLA / Short-Term Disability -- Provider Statement", "Form WH-380-E (completed)"]), "\n\n")
    A("SECTION I (employer)\nEmployer: ", FAC(emp), "   HR contact: ", N(hr.full), ", ", EM(c.email(hr, re.sub(r"[^a-z]", "", emp.lower()) + ".com")),
      "\nEmployee: ", c.formal(pt), "   Employee ID: ", IDN(f"{r.randint(100000, 999999)}"), "   Job: ",
      r.choice(["deboner", "cashier", "CDL driver", "line lead", "housekeeper"]), "\n")
    if r.random() < 0.5:
        A("SSN (last 4): ", SSN(f"{r.randint(1, 9999):04d}"), "\n")
    else:
        A("SSN: ", SSN(c.ssn()), "\n")
    A("\nSECTION III (provider)\nProvider: ", N(f"{doc.first} {doc.last}"), ", ", doc.cred, "   License # ",
      LIC(c.lic()), "\nPractice: ", FAC(fac), ", ", c.address(), "\nPhone ", PH(c.phone()), "   Fax ", PH(c.phone()), "\n\n")
    A("Part A: Condition began approx. ", c.fd(c.rel(-400, -60)), ". Dx: ", K(cond[0]), ". Treated with ", K(cond[1]),
      ". Inpatient at ", c.fac_pick(HOSP, FAC), " ", c.pd(c.rel(-30, -14)), " to ", c.pd(c.rel(-13, -8)), ".\n")
    A("Part B: Incapacity from ", c.fd(start), " through ", c.fd(start + dt.timedelta(days=r.randint(14, 45))), ". ")
    A("Flare-ups ", K(f"{r.randint(1, 3)}-{r.randint(4, 6)} times per month"), " lasting ", K(f"{r.randint(1, 2)}-{r.randint(3, 5)} days"),
      "; follow-up visits ", K("every 8 weeks"), ", ", K("approx. 4 hours"), " each incl. infusion.\n")
    A("Employee ", r.choice(["is unable to perform any job function during flares.", "may work with restrictions: no lifting > 20 lb."]),
      "\n\nSignature: ", N(f"{doc.first[0]}. {doc.last}"), "   Date: ", D(fmt_date(c.visit, "mm/dd/Y")), "\n")
    return b


def t_court_eval(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(18, 70), "M" if r.random() < 0.75 else "F", nick_p=0.4)
    judge = c.person()
    mom = c.person("F", last=pt.last if r.random() < 0.6 else None)
    ev = c.staff("psych")
    atty = c.person()
    jail = f"{c.county.replace(' County', '').replace(' Parish', '')} {r.choice(JAILS)}"
    case = r.choice([f"{c.visit.year}-CR-{r.randint(100, 9999):04d}", f"CR{str(c.visit.year)[2:]}-{r.randint(1000, 99999)}",
                     f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"])
    A(r.choice(["COURT-ORDERED PSYCHIATRIC EVALUATION", "Forensic Evaluation -- Competency to Stand Trial",
                "Court-Ordered Evaluation (Confidential)"]), "\n")
    A("Re: State v. ", N(pt.full), "   Case No. ", IDN(case), "\n")
    A("Ordered by: Hon. ", N(f"{judge.first[0]}. {judge.last}"), ", ", LOC(c.county), " Circuit Court, order dated ",
      c.fd(c.rel(-45, -20)), "\n")
    A("Evaluee DOB: ", c.ds(pt.dob), "   Booking #: ", IDN(f"{r.randint(10 ** 5, 10 ** 7)}"), "\n\n")
    A("SOURCES OF INFORMATION\n")
    ttl = "Mr." if pt.sex == "M" else "Ms."
    A("1. Interview of ", ttl, " ", N(pt.last), " at the ", FAC(jail), " on ",
      c.fd(c.rel(-14, -3)), " (", K("2.5 hours"), ").\n")
    A("2. Records from ", c.fac_pick(HOSP, FAC), " and ", c.fac_pick(CLINICS, FAC), ".\n")
    A("3. Police incident report dated ", c.ad(c.rel(-120, -50)), " (vehicle plate ", VEH(c.plate()), ").\n")
    A("4. Telephone collateral with mother, ", N(mom.full), ", ", PH(c.phone()), ".\n")
    A("5. Consultation with defense counsel ", N(f"{atty.first} {atty.last}"), ".\n\n")
    A("NOTIFICATION: ", N(pt.nick or pt.first), " was informed the evaluation is not confidential and that a report goes to the court.\n\n")
    A("BACKGROUND: Raised in ", LOC(c.other_town()[0]), "; left ", FAC(r.choice(SCHOOLS)), " in 10th grade. ")
    A("Per ", N(mom.first), ", symptoms began around age ", K(str(r.randint(16, 24))), "; first admission to ",
      c.fac_pick(HOSP, FAC), ". ")
    A("Treated with ", K(r.choice(["haloperidol decanoate 100 mg q4 weeks", "Invega Sustenna 156 mg monthly", "clozapine 300 mg qHS"])),
      ", nonadherent ", K(r.choice(["for 6 months", "x 1 year", "since spring"])), ".\n\n")
    A("OPINION: Under the ", K("Dusky standard"), ", ", ttl, " ", N(pt.last), " ",
      r.choice(["currently lacks a rational understanding of the proceedings", "has a factual and rational understanding"]),
      ". Dx: ", K(r.choice(["schizoaffective disorder, bipolar type", "schizophrenia", "bipolar I disorder with psychotic features"])),
      ". Sanity (", K("M'Naghten"), ") not addressed per the order.\n")
    A(c.sig(ev))
    A(r.choice(["Lic. ", "License #", "Licensed psychologist, #"]), LIC(c.lic("psych")), "\n")
    return b


def t_advance_directive(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(c.age_pick(58, 99, 0.3), nick_p=0.2)
    sp = c.person("M" if pt.sex == "F" else "F", last=pt.last, wordlike=0.35)
    kid = c.person(wordlike=0.35, nick_p=0.2)
    doc = c.staff(r.choice(["md", "np", "sw"]))
    far = c.other_town()
    A(r.choice(["ADVANCE CARE PLANNING NOTE", "Advance Directive Discussion", "ACP visit (99497)"]), " -- ", c.ds(c.visit), "\n")
    A(c.demo(pt), "\n")
    A("Present: patient, ", ("husband" if sp.sex == "M" else "wife"), " ", N(sp.first), ", and ",
      ("son" if kid.sex == "M" else "daughter"), " ", N(kid.first), " (by phone from ", LOC(far[0]), ").\n")
    A(N(pt.nick or pt.first), " is ", c.art(pt.age), " ", c.age(pt.age), " y/o with ", K(r.choice(["COPD on 3 L home O2", "stage IV pancreatic cancer",
                                                                               "ESRD on HD", "NYHA class IV heart failure"])),
      " and ", K(r.choice(["2 admissions in 3 months", "weight loss of 15 lb over 6 months", "ECOG 3"])), ". ")
    A(pt.he.capitalize(), " said: \"", r.choice(["I want to be home on the farm", "No breathing machine, I saw what it did to my brother",
                                                 "Let me see the grandbabies at Christmas, then I'm ready"]), ".\"\n")
    A("Reviewed: ", K("POLST"), ", ", K("Five Wishes"), ", prior living will from ", c.fd(c.rel(-3000, -400)), ".\n")
    A("Decisions: ", K(r.choice(["DNR/DNI", "DNR, trial of BiPAP OK", "Full code for now, revisit"])), "; no ", K("PEG"),
      "; hospice info given.\n")
    A("Health care agent: ", N(f"{sp.first} {sp.last}"), ", ", PH(c.phone()), ". Alternate: ", N(kid.full), ", ",
      PH(c.phone(far[3])), ", ", EM(c.email(kid)), ".\n")
    if kid.nick:
        A("(", N(kid.first), " goes by ", N(kid.nick), ".) ")
    A("Copy of POLST to ", c.fac_pick(HOSP, FAC), " and to ", c.fac_pick(NURSING + CLINICS, FAC), ". Pastor ",
      N(c.person().last), " to be called per pt wish.\n")
    A("Time in ACP discussion: ", K(f"{r.randint(16, 50)} minutes"), ".\n")
    A(c.sig(doc))
    return b


def t_lab_requisition(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(r.randint(18, 89) if r.random() > 0.1 else r.randint(90, 99), nick_p=0.0)
    doc = c.staff(r.choice(["md", "np"]))
    phleb = c.person()
    fac = c.clinic(r.choice(["Family Medicine", "Internal Medicine", "Behavioral Health", "Health Center"]))
    A(UP("Outpatient laboratory requisition"), "   Req # ", IDN(f"R{r.randint(10 ** 6, 10 ** 7)}"), "\n")
    A("Ordering: ", N(f"{doc.last.upper()}, {doc.first.upper()}"), " ", doc.cred, "   NPI ", IDN(c.npi()), "\n")
    A("Clinic: ", FAC(fac), "   Fax results: ", PH(c.phone()), "\n\n")
    A("PATIENT  ", N(f"{pt.last}, {pt.first}" + (f" {pt.mid}" if pt.mid else "")), "\n")
    A("DOB ", c.ds(pt.dob), "   Sex ", pt.sex, "   Ph ", PH(c.phone()), "\n")
    A("Addr ", c.address(), "\n")
    A("Ins ", r.choice(["Medicaid", "Medicare", "Ambetter", "UHC Community Plan"]), "  ID ", HP(c.member()), "  Acct ",
      ACCT(c.acct()), "\n\n")
    tests = r.sample(["CBC w/ diff", "CMP", "Hgb A1c", "Lipid panel", "TSH", "PT/INR", "Urine microalbumin", "Lithium level",
                      "Vitamin D 25-OH", "PSA"], 4)
    A("Tests: ", "; ".join(tests), "\n")
    A("Dx: ", r.choice(["E11.9", "I10", "Z79.01", "E03.9", "F31.9"]), "   Fasting: ", K(r.choice(["8-12 hours", "yes, 10 hrs", "no"])), "\n")
    A("Current meds: ", join([K(x) for x in r.sample(["metformin 1000 mg BID", "lisinopril 20 mg daily", "warfarin 5 mg",
                                                       "levothyroxine 88 mcg", "lithium 300 mg TID", "Jardiance 10 mg",
                                                       "atorvastatin 40 mg"], 2)], ", "), "\n")
    A("Last values: ", K(f"A1c {r.randint(60, 115) / 10:.1f}%"), " on ", c.pd(c.rel(-120, -80)), "; ",
      K(f"LDL {r.randint(60, 190)}"), "\n\n")
    A("Collected ", D(fmt_date(c.visit, r.choice(["mm/dd/Y", "iso", "m/d/y"]))), " ", c.time(day=True), " by ", N(phleb.first),
      " (", r.choice(["R arm", "L AC", "fingerstick"]), ")\n")
    A("Accession ", IDN(f"{r.choice(['L', 'C', 'A'])}{str(c.visit.year)[2:]}{c.visit.timetuple().tm_yday:03d}-{r.randint(1000, 9999)}"), "\n")
    A("Draw site: ", c.fac_pick(HOSP + CLINICS, FAC), " patient service center, ", c.address()[0:1], "\n")
    return b


def t_dme_order(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    pt = c.patient(c.age_pick(30, 99, 0.2), nick_p=0.2)
    doc = c.staff(r.choice(["md", "np"]))
    ot = c.staff("pt")
    relk, rs = r.choice(REL_ADULT)
    rel = c.person(rs)
    vend = r.choice(DMEV)
    A(r.choice(["DME ORDER / DETAILED WRITTEN ORDER", "Durable Medical Equipment Order", "DWO -- DME"]), "\n")
    A("Order date: ", c.ds(c.visit), "\n")
    A("Beneficiary: ", c.formal(pt), "   DOB ", c.ds(pt.dob), "   MBI ", HP(c.member()), "\n")
    A("Deliver to: ", c.address(), "\n")
    A("Contact: ", relk, " ", N(rel.full), " ", PH(c.phone()), "\n\n")
    items = r.sample([("Hoyer lift with full-body sling", "E0630"), ("semi-electric hospital bed w/ Trendelenburg", "E0260"),
                      ("Roho cushion", "E2622"), ("standard wheelchair w/ elevating leg rests", "K0001"),
                      ("bedside commode", "E0165"), ("Jobst compression stockings 20-30 mmHg", "A6531"),
                      ("rolling walker with seat", "E0143")], 3)
    for i, (it, code) in enumerate(items, 1):
        A(f"{i}. ", K(it) if any(x in it for x in ["Hoyer", "Trendelenburg", "Roho", "Jobst"]) else it, f"  HCPCS {code}  qty 1\n")
    A("Length of need: ", K(r.choice(["99 months", "12 months", "lifetime"])), "\n")
    A("Dx: ", K(r.choice(["Parkinson disease", "Charcot foot", "Guillain-Barre syndrome", "Huntington disease", "ALS"])),
      ", ", K(r.choice(["Braden score 12", "Morse Fall Scale 65", "stage 3 sacral pressure injury"])), "\n\n")
    A("Justification: ", N(pt.first), " is non-ambulatory ", K(r.choice(["since 3 weeks ago", "for 6 months", "x 2 months"])),
      "; ", relk, " unable to transfer safely alone. Home eval by ", N(f"{ot.first} {ot.last}"), ", ", ot.cred, ", on ",
      c.pd(c.rel(-10, -1)), ". Current wheelchair (", FAC(vend), " rental, S/N ", DEV(c.serial()), ") too narrow.\n")
    A("Vendor: ", FAC(vend), " ", PH(c.phone()), "\n")
    A("Prescriber: ", N(f"{doc.first} {doc.last}"), ", ", doc.cred, "  NPI ", IDN(c.npi()), "\n")
    A("Signature: ", N(doc.last), "  Date: ",
      D(fmt_date(c.visit, "m/d/Y")), "\n")
    return b


def t_bed_board(c):
    r, b = c.rng, Note(c.case)
    A = b.add
    sup = c.staff("rn")
    evs = c.person("M")
    A(UP("Bed board -- ", c.fac_pick(HOSP, FAC)), "   ", D(fmt_date(c.visit, r.choice(["mm/dd/Y", "m/d", "DDMONYYYY"]))),
      " 0700\n")
    A("House sup: ", N(sup.full), ", ", sup.cred, "  pager ", PH(c.pager()), "\n\n")
    A(f"{'BED':<9}{'PATIENT':<22}{'AGE':<5}{'LOC':<7}STATUS\n")
    for i in range(r.randint(4, 5)):
        pt = c.patient(r.randint(22, 89) if r.random() > 0.15 else r.randint(90, 99), nick_p=0.0)
        if i == 0:
            c.main = pt
        bed = f"{r.choice(['4W', '5E', 'ICU', 'ED'])}-{r.randint(1, 40):02d}{r.choice(['A', 'B', ''])}"
        nm = f"{pt.last.upper()}, {pt.first[0]}"
        A(f"{bed:<9}", N(nm), " " * max(1, 22 - len(nm)), c.age(pt.age), " " * max(1, 5 - len(str(pt.age))),
          f"{r.choice(['tele', 'MS', 'ICU', 'obs']):<7}")
        k = r.randrange(5)
        if k == 0:
            A("pending dc to ", c.fac_pick(NURSING, FAC), "; ride ", c.time())
        elif k == 1:
            A("iso: ", K(r.choice(["C. diff", "MRSA", "COVID+"])), "; ", K("Foley"), " in")
        elif k == 2:
            A("ED hold ", K(f"{r.randint(4, 30)} hrs"), ", needs ", K("Levophed"), " -> ICU")
        elif k == 3:
            A("transfer in from ", c.fac_pick(HOSP, FAC), ", ", LOC(c.other_town()[0]))
        else:
            A("dirty; EVS called x2 (", N(evs.first), ")")
        if r.random() < 0.6:
            A("; ", K(r.choice([f"Morse {r.randint(45, 90)}", f"Braden {r.randint(9, 16)}", "CIWA", "1:1 sitter",
                                f"O2 {r.randint(2, 6)}L"])))
        A("\n")
    A("\nCapacity: ", K(f"{r.randint(88, 99)}%"), ". Diversion status: open. Call ", PH(c.phone()), " for bed requests.\n")
    return b


TEMPLATES = {
    "memory_clinic_geriatric": t_memory_clinic,
    "labor_delivery_summary": t_labor_delivery,
    "nicu_progress": t_nicu_progress,
    "psych_progress_collateral": t_psych_collateral,
    "addiction_medicine_visit": t_addiction_med,
    "dermatology_visit": t_dermatology,
    "ortho_clinic_followup": t_ortho_followup,
    "eeg_report": t_eeg_report,
    "pulmonary_function_report": t_pft_report,
    "allergy_clinic": t_allergy_clinic,
    "anticoag_phone_log": t_anticoag_log,
    "handoff_list": t_handoff_list,
    "clinic_schedule": t_clinic_schedule,
    "transfer_center_log": t_transfer_center,
    "discharge_huddle_minutes": t_dc_huddle,
    "capacity_assessment": t_capacity,
    "home_oxygen_certification": t_home_oxygen,
    "fmla_form": t_fmla,
    "court_ordered_evaluation": t_court_eval,
    "advance_directive_discussion": t_advance_directive,
    "lab_requisition": t_lab_requisition,
    "dme_order": t_dme_order,
    "bed_board": t_bed_board,
}


UPPER_OK = {"eeg_report", "pulmonary_function_report", "home_oxygen_certification", "lab_requisition", "dme_order",
            "bed_board", "transfer_center_log", "labor_delivery_summary", "court_ordered_evaluation"}
LOWER_OK = {"handoff_list", "anticoag_phone_log", "addiction_medicine_visit", "nicu_progress", "psych_progress_collateral",
            "ortho_clinic_followup"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=53)
    ap.add_argument("--out", default="set_e.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    names = sorted(TEMPLATES)
    order = []
    while len(order) < a.n:
        blk = names[:]
        rng.shuffle(blk)
        order.extend(blk)
    order = order[:a.n]
    recs, retries = [], 0
    for i, style in enumerate(order, 1):
        for attempt in range(100):
            c = Ctx(rng)
            c.main = None
            x = rng.random()
            c.case = ("upper" if style in UPPER_OK and x < 0.12 else
                      "lower" if style in LOWER_OK and x > 0.86 else None)
            b = TEMPLATES[style](c)
            rec = {"note_id": f"E{i:04d}", "patient_id": f"EP{i:04d}", "template": style,
                   "text": b.text(), "phi": b.phi, "keep": b.keep}
            try:
                check_record(rec)
            except UnlabeledRepeat:
                retries += 1
                continue
            break
        else:
            raise SystemExit(f"could not generate a clean note for {style}")
        recs.append(rec)
    # final self-check over the whole file (assert-based)
    for rec in recs:
        check_record(rec)
        for s in rec["phi"]:
            assert rec["text"][s["start"]:s["end"]].strip()
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    ent = Counter(s["entity"] for rec in recs for s in rec["phi"])
    cat = Counter(s["category"] for rec in recs for s in rec["phi"])
    nkeep = sum(len(rec["keep"]) for rec in recs)
    print(f"wrote {len(recs)} notes to {a.out}; retries={retries}", file=sys.stderr)
    print("styles:", dict(Counter(r_["template"] for r_ in recs)), file=sys.stderr)
    print("categories:", dict(cat), file=sys.stderr)
    print("entities:", dict(ent), file=sys.stderr)
    print("keep spans:", nkeep, file=sys.stderr)


if __name__ == "__main__":
    main()

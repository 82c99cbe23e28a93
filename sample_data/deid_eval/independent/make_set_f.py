#!/usr/bin/env python3
"""make_set_f.py -- synthetic, labeled evaluation set F for clinical de-identification.

Usage:
    python3 make_set_f.py --n 250 --seed 67 --out set_f.jsonl
    python3 make_set_f.py --check set_f.jsonl        # re-validate an existing file

Python 3 standard library only.  Every random choice is drawn from a single
seeded random.Random, so output is reproducible.  Each note is built by
appending pieces; PHI and keep offsets are recorded at the moment a piece is
appended (never by searching the finished text).  A self-check validates every
note: spans inside bounds, exact text, legal entity->category pairs, no
overlapping spans, and no PHI value (or PERSON name token) occurring anywhere
else in the note without being covered by a PHI span.
"""
import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata

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

# ----------------------------------------------------------------------------
# span markers and the note builder
# ----------------------------------------------------------------------------


class M:
    __slots__ = ("s", "ent")

    def __init__(self, s, ent):
        self.s = s
        self.ent = ent


def N(s): return M(s, "PERSON")
def D(s): return M(s, "DATE")
def K(s): return M(s, "KEEP")
def FAC(s): return M(s, "FACILITY")
def LOC(s): return M(s, "LOCATION")
def ST(s): return M(s, "STREET_ADDRESS")
def ZIP(s): return M(s, "ZIP_CODE")
def PH(s): return M(s, "PHONE_NUMBER")
def EM(s): return M(s, "EMAIL_ADDRESS")
def URL(s): return M(s, "URL")
def IP(s): return M(s, "IP_ADDRESS")
def A90(s): return M(s, "AGE_90_PLUS")
def IDN(s, ent="ID_NUMBER"): return M(s, ent)


class Builder:
    def __init__(self, template):
        self.template = template
        self.buf = []
        self.n = 0
        self.phi = []
        self.keep = []
        self.case = None  # None | "upper" | "lower"

    def _tx(self, s):
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s

    def add(self, *pieces):
        for p in pieces:
            if p is None:
                continue
            if isinstance(p, (list, tuple)):
                self.add(*p)
                continue
            if isinstance(p, M):
                s = self._tx(p.s)
                if not s:
                    continue
                start = self.n
                self.buf.append(s)
                self.n += len(s)
                if p.ent == "KEEP":
                    self.keep.append({"start": start, "end": self.n})
                else:
                    self.phi.append({"start": start, "end": self.n,
                                     "entity": p.ent, "category": ENT2CAT[p.ent]})
            else:
                s = self._tx(str(p))
                self.buf.append(s)
                self.n += len(s)
        return self

    def line(self, *pieces):
        self.add(*pieces)
        self.add("\n")
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------------------
# self-check
# ----------------------------------------------------------------------------

_NAME_SPLIT = re.compile(r"[\s,\"\u201c\u201d()/]+")


def _occ(text, v):
    pat = re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def check_record(rec):
    """Return None if the record is valid, else a string describing the problem."""
    text = rec["text"]
    L = len(text)
    spans = []
    for s in rec["phi"]:
        a, b = s["start"], s["end"]
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= L):
            return "phi out of bounds %r" % (s,)
        if ENT2CAT.get(s["entity"]) != s["category"]:
            return "bad entity/category %r" % (s,)
        v = text[a:b]
        if v != v.strip():
            return "phi has outer whitespace %r" % v
        spans.append((a, b, "phi"))
    for s in rec["keep"]:
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= L):
            return "keep out of bounds %r" % (s,)
        v = text[a:b]
        if v != v.strip():
            return "keep has outer whitespace %r" % v
        spans.append((a, b, "keep"))
    spans.sort()
    for x, y in zip(spans, spans[1:]):
        if x[1] > y[0]:
            return "overlap %r %r (%r / %r)" % (x, y, text[x[0]:x[1]], text[y[0]:y[1]])
    phi_iv = [(s["start"], s["end"]) for s in rec["phi"]]

    def covered(a, b):
        for s, e in phi_iv:
            if s <= a and b <= e:
                return True
        return False

    values = []
    for s in rec["phi"]:
        v = text[s["start"]:s["end"]]
        values.append(v)
        if s["entity"] == "PERSON":
            for tok in _NAME_SPLIT.split(v):
                tok = tok.strip(".'")
                if len(tok) >= 3 and tok[0].isupper():
                    values.append(tok)
    seen = {}
    for v in values:
        if v in seen:
            continue
        seen[v] = 1
        for a, b in _occ(text, v):
            if not covered(a, b):
                return "unlabeled occurrence of PHI value %r at %d" % (v, a)
    return None


# ----------------------------------------------------------------------------
# vocabularies
# ----------------------------------------------------------------------------

GIVEN_F = [
    "Hope", "Joy", "Faith", "Grace", "Dawn", "Rose", "Summer", "Mercy", "Sunny",
    "April", "June", "Blessing", "Patience", "Precious", "Destiny", "Chiamaka",
    "Thandiwe", "Xochitl", "Itzel", "Anahí", "Thảo", "Meenakshi", "Rukhsana",
    "Zainab", "Ximena", "Renée", "Zoë", "Ingrid", "Saoirse", "Niamh", "Áine",
    "Małgorzata", "Anastasiya", "Kalani", "Leilani", "Esi", "Tigist", "Mihaela",
    "Shira", "Yui", "Seo-yeon", "Priyanka", "Lakshmi", "LaToya", "Marisol",
    "Guadalupe", "Margaret", "Dolores", "Bernadette", "Ottoline", "Theodora",
    "Josephine", "Elizabeth", "Katherine", "Abimbola", "María José", "Ana Lucía",
    "Fatoumata", "Aigerim", "Oksana", "Wanjiru", "Imani", "Nayeli", "Sunniva",
    "Bríd", "Linh", "Ewa", "Henrietta", "Mildred", "Consuelo", "Yesenia",
]
GIVEN_M = [
    "Will", "Frank", "Guy", "Art", "Mark", "Major", "King", "Hunter", "Royal",
    "Deacon", "Justice", "Sonny", "Oluwaseun", "Kwabena", "Abebe", "Yusuf",
    "Farhan", "Siddharth", "Aarav", "Naveen", "Bao", "Quang", "Haruto", "Min-jun",
    "Jae-won", "Joaquín", "Søren", "Björn", "Ciarán", "Tadhg", "Wojciech",
    "Dmitri", "Radu", "Eliezer", "Keoni", "Makoa", "Sione", "Tavita", "Amaru",
    "Demetrius", "DeShawn", "Bartholomew", "Cornelius", "Robert", "William",
    "Francisco", "Alejandro", "Nathaniel", "Chidi", "Emeka", "Tariq", "Mehmet",
    "Olavi", "Ignacio", "Juan Pablo", "José Luis", "Matteo", "Thanh", "Kofi",
    "Hemi", "Anders", "Ezekiel", "Lucius", "Thaddeus", "Rafael", "Kenji",
]
NICK = {
    "Guadalupe": "Lupe", "Bartholomew": "Bart", "Oluwaseun": "Seun",
    "Margaret": "Peggy", "Robert": "Bobby", "Wojciech": "Wojtek",
    "Anastasiya": "Nastya", "Francisco": "Paco", "Elizabeth": "Betsy",
    "Cornelius": "Neil", "Dmitri": "Dima", "Chiamaka": "Amaka",
    "Theodora": "Teddie", "Alejandro": "Jandro", "Katherine": "Kit",
    "Abimbola": "Bola", "Josephine": "Josie", "Nathaniel": "Nate",
    "William": "Billy", "Henrietta": "Etta", "Mildred": "Millie",
    "Consuelo": "Chelo", "Thaddeus": "Tad", "Ezekiel": "Zeke",
    "Lucius": "Luke", "Bernadette": "Bernie", "Dolores": "Lola",
    "Ignacio": "Nacho", "María José": "Majo", "Juan Pablo": "Juanpa",
    "Kwabena": "Kobby", "Siddharth": "Sid", "Meenakshi": "Meena",
}
SURNAMES = [
    "Brown", "Young", "King", "Church", "Rich", "Love", "Strong", "Price", "Wise",
    "Fields", "Hill", "Little", "Small", "Sharp", "Swift", "Friend", "Gamble",
    "Story", "Moody", "Sterling", "Hale", "Cross", "Mason", "Rivers", "Snow",
    "Frost", "Banks", "Noble", "Sweet", "Bliss", "Battle", "Lovejoy", "Truelove",
    "Savage", "Goodnight", "Weeks", "Okafor", "Adeyemi", "Nwosu", "Mensah",
    "Boateng", "Tesfaye", "Haile", "Abdi", "Warsame", "Nguyen", "Tran", "Pham",
    "Hoang", "Kim", "Park", "Choi", "Tanaka", "Watanabe", "Yamamoto", "Chen",
    "Zhang", "Liu", "Wong", "Patel", "Iyer", "Subramanian", "Chatterjee",
    "Qureshi", "Siddiqui", "Haddad", "Khoury", "Al-Masri", "Abu-Ghazaleh",
    "Ben-David", "Rosenbaum", "Goldfarb", "Kowalczyk", "Nowak", "Kovács",
    "Popescu", "Ionescu", "Petrov", "Volkova", "O'Shaughnessy", "McAllister",
    "Ní Bhriain", "Fitzgerald", "Dubois", "Lefèvre", "Saint-Louis", "Baptiste",
    "Jean-Pierre", "Castañeda", "Ruíz", "de la Cruz", "dos Santos",
    "Villanueva Paredes", "García Márquez", "Quispe", "Mamani", "Huanca",
    "Yılmaz", "Çelik", "Håkansson", "Øvergaard", "Lindqvist", "van der Berg",
    "Kealoha", "Kahananui", "Tuiasosopo", "Faleolo", "Begay", "Yazzie",
    "Tsosie", "Whitehorse", "Washington", "Jefferson", "Freeman", "Whitfield",
    "Thibodeaux", "Boudreaux", "Fontenot", "Szymański", "Papadopoulos",
    "Oyelaran-Bakare", "Abernathy", "Pettigrew", "Delacroix-Ndiaye",
    "Nakamura-Hughes", "Ferreira-Lopes", "MacLeod", "Van Wyk", "Ó Súilleabháin",
]
MIDDLES = list("ABCDEFGHJKLMNPRSTVW")

TOWNS = [
    ("Worcester", "MA", "016"), ("Lowell", "MA", "018"), ("Fall River", "MA", "027"),
    ("Brockton", "MA", "023"), ("Chelsea", "MA", "021"), ("Pawtucket", "RI", "028"),
    ("Nashua", "NH", "030"), ("Burlington", "VT", "054"), ("Bangor", "ME", "044"),
    ("New Britain", "CT", "060"), ("Scranton", "PA", "185"), ("Toledo", "OH", "436"),
    ("Dayton", "OH", "454"), ("Flint", "MI", "485"), ("Gary", "IN", "464"),
    ("Normal", "IL", "617"), ("Hope", "AR", "718"), ("Truth or Consequences", "NM", "879"),
    ("Yakima", "WA", "989"), ("Fresno", "CA", "937"), ("Laredo", "TX", "780"),
    ("Tulsa", "OK", "741"), ("Macon", "GA", "312"), ("Biloxi", "MS", "395"),
    ("Asheville", "NC", "288"), ("Boise", "ID", "837"), ("Pueblo", "CO", "810"),
    ("Duluth", "MN", "558"), ("Hilo", "HI", "967"), ("Gallup", "NM", "873"),
    ("Chinle", "AZ", "865"), ("Eagle Pass", "TX", "788"), ("Liberty", "MO", "640"),
    ("Independence", "MO", "640"), ("Paradise", "CA", "959"),
    ("Millbrook Falls", "NY", "125"), ("East Harlow", "MA", "014"),
    ("North Pemberton", "NJ", "080"), ("Cedar Bluff", "VA", "246"),
    ("Wexford Springs", "PA", "150"), ("Port Alden", "ME", "046"),
    ("Greer's Landing", "SC", "296"), ("Fennimore Junction", "WI", "538"),
    ("Salt Creek", "UT", "846"), ("Dorchester", "MA", "021"), ("Mattapan", "MA", "021"),
    ("Woonsocket", "RI", "028"), ("Holyoke", "MA", "010"), ("Lewiston", "ME", "042"),
]
COUNTIES = ["Hampden County", "Essex County", "Cuyahoga County", "Hidalgo County",
            "Navajo County", "Worcester County", "Bristol County", "Lackawanna County",
            "Androscoggin County", "Genesee County", "McKinley County", "Pike County"]
STREET_NAMES = ["Old Mill", "Quarry Hill", "Birch", "Washington", "Martin Luther King Jr",
                "Calle del Sol", "Elm", "Pleasant", "Water", "Chestnut", "N 14th",
                "Pawnee", "Ridgecrest", "Tremont", "Lafayette", "Osceola", "Kamehameha",
                "Summit", "Dunmore", "Harrow", "Beacon", "Cottonwood", "Mill Pond",
                "Sagamore", "Prospect", "Ferry", "Cranberry", "Bayou Lafourche"]
STREET_SUF = ["St", "St.", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr",
              "Blvd", "Ct", "Way", "Pkwy", "Terrace", "Circle", "Hwy"]

HOSPITALS = [
    ("Bellwether University Medical Center", "BUMC"),
    ("Bellwether University Hospital", None),
    ("Calloway University Hospital", "CUH"),
    ("St. Brigid's Medical Center", None),
    ("Mercy Ridge Hospital", None),
    ("Alder Creek Regional Medical Center", "ACRMC"),
    ("Hollis-Ingram Medical Center", "HIMC"),
    ("Good Shepherd Community Hospital", None),
    ("Marlowe Cancer Institute", None),
    ("Kessling Children's Hospital", None),
    ("Our Lady of Sorrows Hospital", None),
    ("Tri-Valley General", None),
    ("Pemberton Memorial Hospital", None),
    ("Northshore Baptist Medical Center", None),
]
CLINICS = [
    "Riverbend Community Health Center", "Ashby Family Practice",
    "Dunmore Street Clinic", "Northgate Primary Care", "Bellwether Health at Quarry Hill",
    "Harbor Point Internal Medicine", "Cedar Bluff Rural Health Clinic",
    "Mill Pond Pediatrics & Family Medicine", "Kahananui Family Health Center",
    "La Esperanza Clínica Familiar", "Sagamore Urology Associates",
    "Eastside Orthopedic & Spine", "Whitcomb Imaging Center",
]
NURSING = ["Harborside Nursing & Rehabilitation", "Maple Terrace Skilled Nursing",
           "The Willows at Fennimore", "Sunrise House Assisted Living",
           "St. Anne's Home for the Aged", "Pinecrest Rehabilitation Hospital",
           "Brookline Manor", "Golden Pond Care Center"]
PHARMACIES = ["CVS Pharmacy #4471", "Walgreens #11802", "Rite Aid #3390",
              "Hollister Family Pharmacy", "Kroger Pharmacy #512", "Costco Pharmacy #1094",
              "Quarry Hill Apothecary", "Walmart Pharmacy 10-2281", "Bellwether Outpatient Pharmacy"]
EMPLOYERS = ["Dunmore Precision Castings", "Amazon", "FedEx Ground", "Stop & Shop",
             "Hannaford", "Cintas", "BrightView Landscaping", "Northeast Sheet Metal",
             "Kessler Brothers Roofing", "Marlowe Logistics", "Tyson Foods", "UPS",
             "Pemberton Public Schools", "Gallo Winery", "Boeing", "Home Depot",
             "Ocean Spray", "Sagamore Paper Mill", "Tri-County Transit", "General Dynamics"]
SCHOOLS = ["Wexford State University", "Eastbrook Community College", "University of Vermont",
           "Pemberton College", "Quinsigamond Community College", "Bellwether University",
           "St. Ignatius Preparatory School", "Holyoke High School", "Alder Creek Academy"]
DORMS = ["Whitmore Hall", "Founders Hall", "Lindqvist House", "Birchwood Quad", "Tamarack Hall"]

AREA = ["617", "508", "413", "978", "401", "603", "802", "207", "860", "570", "419",
        "937", "810", "219", "309", "870", "575", "509", "559", "956", "918", "478",
        "228", "828", "208", "719", "218", "808", "505", "928", "816", "774", "339"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com",
             "aol.com", "hotmail.com", "verizon.net", "protonmail.com"]
ORG_DOM = ["bellwetherhealth.org", "calloway.edu", "mercyridge.org", "hollisingram.org",
           "acrmc.org", "marlowecancer.org"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FULL_STY = ["mdy", "mdy_nz", "mdy2", "iso", "dmon", "dmonu", "long", "longord", "dlong",
            "abbr", "dot", "dash", "compact", "wk_long"]
PART_STY = ["md", "mon_d", "month_d", "month_ord", "wk_md", "wk_month"]
DOB_STY = ["mdy", "mdy_nz", "iso", "dmon", "long", "dash", "mdy2", "compact", "dot", "abbr", "dlong"]

# ----------------------------------------------------------------------------
# generators
# ----------------------------------------------------------------------------


def ordn(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fdate(rng, d, style=None, styles=None):
    st = style or rng.choice(styles or FULL_STY)
    m, dd, y = d.month, d.day, d.year
    if st == "mdy": return "%02d/%02d/%d" % (m, dd, y)
    if st == "mdy_nz": return "%d/%d/%d" % (m, dd, y)
    if st == "mdy2": return "%d/%d/%02d" % (m, dd, y % 100)
    if st == "iso": return d.isoformat()
    if st == "dmon": return "%02d-%s-%d" % (dd, MON3[m - 1], y)
    if st == "dmonu": return "%02d%s%d" % (dd, MON3[m - 1].upper(), y)
    if st == "long": return "%s %d, %d" % (MONTHS[m - 1], dd, y)
    if st == "longord": return "%s %s, %d" % (MONTHS[m - 1], ordn(dd), y)
    if st == "dlong": return "%d %s %d" % (dd, MONTHS[m - 1], y)
    if st == "abbr":
        mo = MON3[m - 1] + ("." if MONTHS[m - 1] != MON3[m - 1] else "")
        return "%s %d, %d" % (mo, dd, y)
    if st == "dot": return "%d.%d.%d" % (m, dd, y)
    if st == "dash": return "%02d-%02d-%d" % (m, dd, y)
    if st == "compact": return "%d%02d%02d" % (y, m, dd)
    if st == "wk_long": return "%s, %s %d, %d" % (WDAY[d.weekday()], MONTHS[m - 1], dd, y)
    if st == "md": return "%d/%d" % (m, dd)
    if st == "mon_d": return "%s %d" % (MON3[m - 1], dd)
    if st == "month_d": return "%s %d" % (MONTHS[m - 1], dd)
    if st == "month_ord": return "%s %s" % (MONTHS[m - 1], ordn(dd))
    if st == "wk_md": return "%s %d/%d" % (WDAY[d.weekday()][:3], m, dd)
    if st == "wk_month": return "%s, %s %d" % (WDAY[d.weekday()], MONTHS[m - 1], dd)
    if st == "ord": return ordn(dd)
    if st == "month_year": return "%s %d" % (MONTHS[m - 1], y)
    if st == "m_y": return "%d/%d" % (m, y)
    raise ValueError(st)


def rdate(rng, y0=2019, y1=2025):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 6, 30).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def shift(d, days):
    return d + dt.timedelta(days=days)


def dob_for(rng, age, ref):
    y = ref.year - age
    d = dt.date(y, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    if (d.month, d.day) > (ref.month, ref.day):
        d = dt.date(y - 1, d.month, min(d.day, 28))
    return d


def hm(h, mi, style="24"):
    if style == "24": return "%02d:%02d" % (h, mi)
    if style == "mil": return "%02d%02d" % (h, mi)
    return "%d:%02d %s" % (h % 12 or 12, mi, "AM" if h < 12 else "PM")


def tm(rng, style=None, hours=(0, 23)):
    h, mi = rng.randint(*hours), rng.choice([0, 5, 10, 12, 15, 20, 22, 30, 35, 40, 41, 45, 50, 55])
    st = style or rng.choice(["24", "mil", "ampm"])
    if st == "24": return "%02d:%02d" % (h, mi)
    if st == "mil": return "%02d%02d" % (h, mi)
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, mi, "AM" if h < 12 else "PM")


class Person:
    def __init__(self, given, surname, sex, middle="", nick=""):
        self.given, self.surname, self.sex = given, surname, sex
        self.middle, self.nick = middle, nick

    def form(self, f):
        g, s = self.given, self.surname
        if f == "full": return g + " " + s
        if f == "fml": return "%s %s. %s" % (g, self.middle, s) if self.middle else g + " " + s
        if f == "lf": return s + ", " + g
        if f == "lfm": return "%s, %s %s" % (s, g, self.middle) if self.middle else s + ", " + g
        if f == "LF": return (s + ", " + g).upper()
        if f == "LFM": return self.form("lfm").upper()
        if f == "FULLU": return (g + " " + s).upper()
        if f == "ini": return g[0] + ". " + s
        if f == "last": return s
        if f == "first": return g
        if f == "call": return self.nick or g
        if f == "nickfull": return '%s "%s" %s' % (g, self.nick, s) if self.nick else g + " " + s
        raise ValueError(f)

    def hon(self):
        return "Mr." if self.sex == "M" else "Ms."


_USED = []  # given names / surnames already used in the note being built


def reset_names():
    del _USED[:]


def mk_person(rng, sex=None, surname=None):
    sex = sex or rng.choice("FM")
    for _ in range(50):
        given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
        if given not in _USED:
            break
    if surname is None:
        for _ in range(50):
            if rng.random() < 0.12:
                a, b = rng.sample([s for s in SURNAMES if " " not in s and "-" not in s], 2)
                surname = a + "-" + b
            else:
                surname = rng.choice(SURNAMES)
            if not any(part in _USED for part in [surname] + surname.split("-")):
                break
    _USED.extend([given, surname] + surname.split("-"))
    middle = rng.choice(MIDDLES) if rng.random() < 0.45 else ""
    nick = NICK.get(given, "") if rng.random() < 0.7 else ""
    return Person(given, surname, sex, middle, nick)


def staff(rng, n):
    return [mk_person(rng) for _ in range(n)]


KIN = {"child": ("son", "daughter"), "sibling": ("brother", "sister"), "spouse": ("husband", "wife"),
       "parent": ("father", "mother"), "auntuncle": ("uncle", "aunt"), "niece": ("nephew", "niece"),
       "grandniece": ("grandnephew", "grandniece"), "grandchild": ("grandson", "granddaughter")}


def kin(rng, p, *kinds):
    k = rng.choice(kinds)
    if k in KIN:
        return KIN[k][0 if p.sex == "M" else 1]
    return k


def cap(s):
    return s[:1].upper() + s[1:]


def nm(rng, p, *forms):
    return N(p.form(rng.choice(forms or ("full",))))


def pt_age(rng, lo, hi, p90=0.12):
    if rng.random() < p90:
        return rng.randint(90, 103)
    return rng.randint(lo, min(hi, 89))


def age_p(rng, age, style=None, sex=None):
    st = style or rng.choice(["yo", "y/o", "yr", "age", "yrs", "sexc"])
    if st == "sexc" and not sex:
        st = "yo"
    fmt = {"yo": "{n} yo", "y/o": "{n} y/o", "yr": "{n}-year-old", "age": "age {n}",
           "yrs": "{n} yrs", "sexc": "{n}" + (sex or "")}[st]
    if age >= 90:
        pre, post = fmt.split("{n}")
        return [pre, A90(str(age)), post]
    return [K(fmt.format(n=age))]


def phone(rng, style=None):
    a = rng.choice(AREA)
    ex = rng.choice(["555", str(rng.randint(201, 989))])
    if ex.endswith("11"):
        ex = "555"
    n = "%04d" % rng.randint(0, 9999)
    st = style or rng.choice(["paren", "dash", "dot", "space", "plus", "one", "bare"])
    if st == "paren": return "(%s) %s-%s" % (a, ex, n)
    if st == "dash": return "%s-%s-%s" % (a, ex, n)
    if st == "dot": return "%s.%s.%s" % (a, ex, n)
    if st == "space": return "%s %s %s" % (a, ex, n)
    if st == "plus": return "+1 %s-%s-%s" % (a, ex, n)
    if st == "one": return "1-%s-%s-%s" % (a, ex, n)
    return a + ex + n


def pager(rng):
    return rng.choice(["%d-%04d" % (rng.randint(2, 9), rng.randint(0, 9999)),
                       "#%05d" % rng.randint(10000, 99999), "%d%04d" % (rng.randint(3, 8), rng.randint(0, 9999))])


def ascii_(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", s).lower()


def email(rng, p=None, org=False):
    dom = rng.choice(ORG_DOM if org else EMAIL_DOM)
    if p is None:
        return "%s%d@%s" % (rng.choice(["mamabear", "runner", "bluejay", "kdawg", "sunflower", "hoops"]),
                            rng.randint(1, 99), dom)
    g, s = ascii_(p.given), ascii_(p.surname)
    local = rng.choice([g + "." + s, g[0] + s, s + g[0], g + s[:3] + str(rng.randint(1, 99)),
                        g + "_" + s, s + "." + g])
    return local + "@" + dom


def ip(rng):
    return "%d.%d.%d.%d" % (rng.choice([10, 73, 98, 172, 24, 66, 108, 192]), rng.randint(0, 254),
                            rng.randint(0, 254), rng.randint(1, 254))


def mrn(rng):
    st = rng.randint(0, 5)
    if st == 0: return "%09d" % rng.randint(0, 99999999)
    if st == 1: return "E%07d" % rng.randint(0, 9999999)
    if st == 2: return "%02d-%02d-%02d-%02d" % tuple(rng.randint(0, 99) for _ in range(4))
    if st == 3: return "%d" % rng.randint(1000000, 9999999)
    if st == 4: return "BU%08d" % rng.randint(0, 99999999)
    return "%03d %03d %03d" % tuple(rng.randint(0, 999) for _ in range(3))


def acct(rng):
    return rng.choice(["%010d" % rng.randint(0, 9999999999), "A%09d" % rng.randint(0, 999999999),
                       "%d-%07d" % (rng.randint(2019, 2025), rng.randint(0, 9999999))])


def csn(rng):
    return "%d" % rng.randint(1000000000, 9999999999)


def member(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        "".join(rng.choice(L) for _ in range(3)) + "%09d" % rng.randint(0, 999999999),
        "%d%s%s%d-%s%s%d-%s%s%d%d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(0, 9),
                                    rng.choice(L), rng.choice(L), rng.randint(0, 9), rng.choice(L),
                                    rng.choice(L), rng.randint(0, 9), rng.randint(0, 9)),
        "%09d%s" % (rng.randint(0, 999999999), rng.choice(L)),
        "W%d %03d %03d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 999)),
    ])


def ssn(rng):
    a, b, c = rng.randint(100, 665), rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(["%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (a, b, c)


def npi(rng):
    return "1%09d" % rng.randint(0, 999999999)


def dea(rng, p):
    return rng.choice("ABFM") + ascii_(p.surname)[0].upper() + "%07d" % rng.randint(0, 9999999)


def serial(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        "".join(rng.choice(L) for _ in range(3)) + "%06d" % rng.randint(0, 999999) + rng.choice(L),
        "%04d-%04d-%s%s" % (rng.randint(0, 9999), rng.randint(0, 9999), rng.choice(L), rng.choice(L)),
        "%d%s%05d" % (rng.randint(10, 99), rng.choice(L), rng.randint(0, 99999)),
        "SN%09d" % rng.randint(0, 999999999),
    ])


def plate(rng):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        "%d%s%s%s%03d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.choice(L), rng.randint(0, 999)),
        "%s%s%s-%04d" % (rng.choice(L), rng.choice(L), rng.choice(L), rng.randint(0, 9999)),
        "%d%s%s %d%d" % (rng.randint(1, 9), rng.choice(L), rng.choice(L), rng.randint(0, 9), rng.randint(0, 9)),
    ])


def vin(rng):
    C = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(rng.choice(C) for _ in range(17))


def street(rng, unit=None):
    if rng.random() < 0.07:
        return rng.choice(["PO Box %d" % rng.randint(10, 9999), "RR 2 Box %d" % rng.randint(10, 400)])
    s = "%d %s %s" % (rng.randint(2, 9899), rng.choice(STREET_NAMES), rng.choice(STREET_SUF))
    if unit or (unit is None and rng.random() < 0.35):
        s += rng.choice([", Apt %d%s" % (rng.randint(1, 9), rng.choice("ABCD")), " #%d" % rng.randint(2, 40),
                         ", Unit %d" % rng.randint(1, 30), " Apt. %d" % rng.randint(101, 620)])
    return s


def town(rng):
    return rng.choice(TOWNS)


def zipc(rng, t):
    z = t[2] + "%02d" % rng.randint(1, 99)
    if rng.random() < 0.15:
        z += "-%04d" % rng.randint(0, 9999)
    return z


def address_pieces(rng, sep=", ", t=None, multiline=False):
    t = t or town(rng)
    s = street(rng)
    return [ST(s), "\n" if multiline else sep, LOC(t[0]), ", " if rng.random() < 0.8 else " ",
            t[1], " ", ZIP(zipc(rng, t))]


def hosp(rng, special=False):
    if special:
        return rng.choice(HOSPITALS)
    return rng.choice([h for h in HOSPITALS if "Cancer" not in h[0] and "Children" not in h[0]])


def pick(rng, xs):
    return rng.choice(xs)


# --- clinical keep-material ---------------------------------------------------

LABS = {"Hgb": (6.8, 15.9, 1, " g/dL"), "WBC": (1.8, 18.4, 1, ""), "Plt": (22, 455, 0, ""),
        "Cr": (0.5, 3.1, 2, ""), "Na": (127, 147, 0, ""), "K": (3.1, 5.8, 1, ""),
        "INR": (0.9, 2.9, 1, ""), "A1c": (5.4, 11.6, 1, "%"), "TSH": (0.3, 7.9, 2, ""),
        "LDH": (140, 780, 0, ""), "lactate": (0.8, 6.4, 1, ""), "BNP": (40, 2400, 0, ""),
        "albumin": (2.1, 4.6, 1, ""), "ALT": (12, 240, 0, ""), "T bili": (0.3, 4.2, 1, ""),
        "eGFR": (18, 104, 0, ""), "CRP": (0.4, 28.0, 1, " mg/dL"), "ANC": (0.2, 9.8, 1, "")}


def lab(rng, name):
    lo, hi, dp, unit = LABS[name]
    v = rng.uniform(lo, hi)
    return "%s %s%s" % (name, ("%.*f" % (dp, v)), unit)


def vit(rng, which):
    out = []
    for w in which:
        if w == "BP": out.append("BP %d/%d" % (rng.randint(94, 172), rng.randint(52, 99)))
        elif w == "HR": out.append("HR %d" % rng.randint(56, 118))
        elif w == "RR": out.append("RR %d" % rng.randint(11, 26))
        elif w == "T": out.append(rng.choice(["T %.1f C" % rng.uniform(36.1, 38.9),
                                              "Temp %.1f F" % rng.uniform(96.9, 101.8)]))
        elif w == "SpO2": out.append("SpO2 %d%%%s" % (rng.randint(90, 100), rng.choice(["", " RA", " on 2L NC"])))
        elif w == "Wt": out.append("Wt %.1f kg" % rng.uniform(46, 128))
        elif w == "pain": out.append("pain %d/10" % rng.randint(0, 9))
    return out


def kj(items, sep=", "):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(K(it))
    return out


def drug(rng, pool):
    name, dose, freq = rng.choice(pool)
    return [K(name), " ", K(dose), " " + freq if freq else ""]


GEN_DRUGS = [("metoprolol succinate", "25 mg", "daily"), ("lisinopril", "10 mg", "daily"),
             ("atorvastatin", "40 mg", "nightly"), ("apixaban", "5 mg", "BID"), ("Eliquis", "2.5 mg", "BID"),
             ("metformin", "1000 mg", "BID"), ("Jardiance", "10 mg", "daily"), ("furosemide", "40 mg", "daily"),
             ("Lasix", "20 mg", "daily"), ("levothyroxine", "88 mcg", "daily"), ("Synthroid", "100 mcg", "daily"),
             ("gabapentin", "300 mg", "TID"), ("sertraline", "50 mg", "daily"), ("Zoloft", "100 mg", "daily"),
             ("omeprazole", "20 mg", "daily"), ("tamsulosin", "0.4 mg", "qHS"), ("Flomax", "0.4 mg", "nightly"),
             ("amlodipine", "5 mg", "daily"), ("clopidogrel", "75 mg", "daily"), ("Plavix", "75 mg", "daily"),
             ("insulin glargine", "22 units", "nightly"), ("Lantus", "18 units", "qHS"),
             ("Ozempic", "0.5 mg", "weekly"), ("donepezil", "10 mg", "nightly"), ("Keppra", "500 mg", "BID"),
             ("oxycodone", "5 mg", "q6h PRN"), ("Norco", "5-325 mg", "q6h PRN"),
             ("acetaminophen", "650 mg", "q6h PRN"), ("Xarelto", "20 mg", "with supper"),
             ("carvedilol", "12.5 mg", "BID"), ("spironolactone", "25 mg", "daily"),
             ("Entresto", "49-51 mg", "BID"), ("warfarin", "5 mg", "daily"), ("prednisone", "10 mg", "daily"),
             ("hydrochlorothiazide", "25 mg", "daily"), ("Trulicity", "1.5 mg", "weekly"),
             ("buprenorphine-naloxone", "8-2 mg", "daily"), ("quetiapine", "25 mg", "qHS")]


# ----------------------------------------------------------------------------
# templates
# ----------------------------------------------------------------------------

def sig(rng, b, p, cred, when=None):
    st = rng.randint(0, 5)
    if st == 0:
        b.line("Electronically signed by ", N(p.form("lf").upper() if rng.random() < 0.5 else p.form("lf")),
               " ", cred, (" on " if when else ""), when or "")
    elif st == 1:
        b.line("/s/ ", nm(rng, p, "ini", "fml"), ", ", cred)
    elif st == 2:
        b.line("-- ", nm(rng, p, "full", "fml"), " ", cred.replace("MD", "M.D.").replace("RN", "R.N."))
    elif st == 3:
        b.line(nm(rng, p, "full"), ", ", cred)
        if when:
            b.line("Signed ", when)
    elif st == 4:
        b.line("Attested: ", nm(rng, p, "fml", "full"), " ", cred, (" | " if when else ""), when or "")
    else:
        b.line(nm(rng, p, "full", "fml"), "\n", cred)


def t_ir(rng):
    b = Builder("interventional radiology procedure note")
    pt = mk_person(rng)
    age = pt_age(rng, 30, 89, 0.12)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    att, fel, rn, ref = staff(rng, 4)
    fac, abbr = hosp(rng)
    clinic = pick(rng, CLINICS)
    kind = rng.choice(["port", "para", "neph", "bx", "tips"])
    if rng.random() < 0.5:
        b.line("INTERVENTIONAL RADIOLOGY PROCEDURE NOTE")
        b.line("Patient: ", nm(rng, pt, "LF", "lf", "LFM"), "    MRN: ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"),
               "    DOB: ", D(fdate(rng, dob, styles=DOB_STY)))
        b.line("Date of service: ", D(fdate(rng, enc)), "    Location: IR Suite %d, " % rng.randint(1, 4), FAC(fac))
    else:
        b.line("IR Procedure Note | ", FAC(fac), " | ", D(fdate(rng, enc)))
        b.line(nm(rng, pt, "full", "fml"), " | MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), " | DOB ",
               D(fdate(rng, dob, styles=DOB_STY)), " | ", age_p(rng, age, "sexc", pt.sex))
    b.line("Attending: Dr. ", N(att.form("full")), "    Fellow: ", N(fel.form("fml")), ", MD")
    b.add("Indication: ")
    if kind == "port":
        b.line(age_p(rng, age, "yr"), " with newly diagnosed ", rng.choice(["diffuse large B-cell lymphoma",
               "stage III colon adenocarcinoma", "triple-negative breast cancer"]), "; venous access for chemotherapy.")
        b.line("Procedure: Right internal jugular single-lumen chest port placement with ultrasound and fluoroscopic guidance.")
        b.line("Technique: Access via ", K("Seldinger technique"), " with a 21G micropuncture set. ",
               K("cefazolin"), " ", K("2 g"), " IV given pre-procedure. An 8 Fr ", K("PowerPort"),
               " (serial ", IDN(serial(rng), "DEVICE_ID"), ") was placed in a left-chest pocket; tip at the cavoatrial junction.")
    elif kind == "para":
        b.line("Recurrent ascites, ", K(rng.choice(["Child-Pugh class C", "Child-Pugh class B"])), ", ",
               K("MELD-Na %d" % rng.randint(14, 31)), ".")
        b.line("Procedure: Ultrasound-guided large-volume paracentesis, right lower quadrant.")
        vol = rng.uniform(3.2, 8.4)
        b.line("Technique: 5 Fr Yueh centesis needle. ", K("%.1f L" % vol), " of straw-colored fluid removed. ",
               K("albumin 25%"), " ", K("%d g" % (int(vol) * 6 + 2)), " IV given. Fluid sent for cell count, ",
               K("Gram stain"), " and culture.")
    elif kind == "neph":
        b.line("Obstructing ", K("%d mm" % rng.randint(6, 14)), " left UVJ stone with fever; ", K(lab(rng, "WBC")), ".")
        b.line("Procedure: Left percutaneous nephrostomy, 10 Fr ", K("Cope loop"), " catheter.")
        b.line("Technique: Posterior calyx punctured with a 22G ", K("Chiba needle"), " under ultrasound; wire exchange to ",
               K("Amplatz"), " stiff wire; tract dilated; drain locked and sutured.")
    elif kind == "bx":
        acc = "S%02d-%05d" % (enc.year % 100, rng.randint(100, 99999))
        b.line("Segment 6 hepatic lesion, ", K("%.1f cm" % rng.uniform(1.4, 4.8)), ", prior history of ",
               rng.choice(["pancreatic adenocarcinoma", "melanoma", "neuroendocrine tumor"]), ".")
        b.line("Procedure: CT-guided percutaneous core biopsy of liver lesion.")
        b.line("Technique: 17G coaxial introducer; three 18G cores obtained with a ", K("Bard Monopty"),
               " device. Specimens to pathology, accession ", IDN(acc), ".")
    else:
        b.line("Refractory variceal bleeding despite banding; ", K(lab(rng, "Hgb")), ", ", K(lab(rng, "INR")), ".")
        b.line("Procedure: Transjugular intrahepatic portosystemic shunt (TIPS) creation.")
        b.line("Technique: Right IJ access, ", K("Colapinto needle"), " used to access the right portal vein. ",
               K("Viatorr"), " stent-graft 10 mm (device ", IDN(serial(rng), "DEVICE_ID"), ") deployed. Portosystemic gradient ",
               K("%d mmHg" % rng.randint(16, 24)), " reduced to ", K("%d mmHg" % rng.randint(5, 10)), ".")
    fdose = rng.choice([25, 50, 75, 100])
    b.line("Sedation: Moderate sedation with ", K("fentanyl"), " ", K("%d mcg" % fdose), " and ", K("midazolam"), " ",
           K("%s mg" % rng.choice(["0.5", "1", "1.5", "2"])), " IV; continuous monitoring by ", N(rn.form("full")),
           ", RN. Intraservice time ", K("%d minutes" % rng.randint(18, 75)), ".")
    if rng.random() < 0.5:
        rel = mk_person(rng, surname=pt.surname if rng.random() < 0.6 else None)
        b.line("Consent: Patient lacks capacity; consent obtained from ", kin(rng, rel, "child", "health care proxy", "spouse", "sibling"),
               " ", nm(rng, rel, "full", "fml"), " by telephone (", PH(phone(rng)), ") with interpreter ID ",
               IDN("%d" % rng.randint(200000, 999999)), ".")
    else:
        b.line("Consent: Risks, benefits and alternatives discussed with ", [N(pt.form("first"))] if rng.random() < 0.5 else [pt.hon(), " ", N(pt.surname)],
               "; written consent signed. Time-out performed.")
    b.line("Complications: None immediate. EBL ", K("<%d mL" % rng.choice([5, 10, 20])), ".")
    b.line("Plan: Bed rest ", K("for %d hours" % rng.choice([1, 2, 4])), "; results to Dr. ", N(ref.form("last")),
           " at ", FAC(clinic), ". Questions: IR nurse line ", PH(phone(rng)), ".")
    sig(rng, b, att, "MD", [D(fdate(rng, enc, "mdy")), " " + tm(rng, "24")])
    return b


def t_transfusion(rng):
    b = Builder("blood bank transfusion reaction report")
    pt = mk_person(rng)
    age = pt_age(rng, 19, 89, 0.1)
    enc = rdate(rng)
    fac, abbr = hosp(rng)
    rn, orderer, md, tech = staff(rng, 4)
    b.case = "upper"
    b.line("TRANSFUSION SERVICE - ", FAC(fac))
    b.line("SUSPECTED TRANSFUSION REACTION INVESTIGATION")
    b.case = None
    unit = "W%04d %02d %06d" % (rng.randint(0, 9999), enc.year % 100, rng.randint(0, 999999))
    abo = rng.choice(["O POS", "A POS", "B NEG", "AB POS", "O NEG", "A NEG"])
    rows = [
        ["Recipient: ", nm(rng, pt, "LF", "lf", "lfm")],
        ["MRN: ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), "   Encounter: ", IDN(csn(rng))],
        ["Location: ", rng.choice(["7 West", "MICU", "Oncology Infusion", "4 North", "SICU"]), " / bed ", str(rng.randint(1, 32))],
        ["Recipient ABO/Rh: ", K(abo), "   Age: ", age_p(rng, age, "yrs")],
        ["Component: Red Blood Cells, Leukoreduced, Irradiated   Unit #: ", IDN(unit)],
        ["Transfusion started: ", D(fdate(rng, enc, styles=["mdy", "iso", "dmon", "mdy_nz"])), " " + tm(rng, "24"),
         "   Stopped after approx. ", K("%d mL" % rng.choice([40, 75, 110, 150, 210]))],
        ["Reported by: ", nm(rng, rn, "full", "fml"), ", RN (ext. ", PH("%d-%04d" % (rng.randint(2, 7), rng.randint(0, 9999))), ")"],
        ["Ordering provider: Dr. ", N(orderer.form("full"))],
    ]
    if rng.random() < 0.5:
        for r in rows:
            b.line(r)
    else:
        for r in rows:
            b.line("  ", r)
    b.line("")
    rx = rng.choice(["fnhtr", "allergic", "taco", "dhtr"])
    sx = {"fnhtr": "fever and rigors", "allergic": "diffuse urticaria and pruritus",
          "taco": "acute dyspnea, hypertension and crackles", "dhtr": "dark urine and falling hemoglobin"}[rx]
    b.line("Signs/symptoms: ", sx, ".")
    b.line("Pre-transfusion vitals: ", kj(vit(rng, ["T", "HR", "BP", "SpO2"])))
    b.line("Post-reaction vitals:   ", kj(vit(rng, ["T", "HR", "BP", "SpO2"])))
    b.line("")
    b.line("Laboratory investigation (", nm(rng, tech, "ini", "full"), ", MLS(ASCP)):")
    b.line(" - Clerical check: patient ID and unit labels concordant")
    b.line(" - Visual hemolysis check, post specimen: ", rng.choice(["none", "none", "slight"]))
    b.line(" - Repeat ABO/Rh: ", K(abo), "; antibody screen ", rng.choice(["negative", "positive"]))
    b.line(" - ", K("Direct Coombs"), " (DAT, polyspecific): ", rng.choice(["negative", "negative", "positive, IgG 2+"]))
    if rx == "dhtr":
        b.line(" - Eluate: ", K(rng.choice(["anti-Jka (Kidd)", "anti-K (Kell)", "anti-Fya (Duffy)"])), " identified")
    b.line(" - ", kj([lab(rng, "LDH"), lab(rng, "T bili"), lab(rng, "Hgb")], "; "))
    b.line(" - Bag ", K("Gram stain"), ": no organisms seen; culture sent")
    if rx == "taco":
        b.line(" - ", K(lab(rng, "BNP")), "; CXR with new bilateral interstitial edema")
    b.line("")
    interp = {"fnhtr": "Febrile non-hemolytic transfusion reaction.",
              "allergic": "Mild allergic transfusion reaction.",
              "taco": "Transfusion-associated circulatory overload (TACO), probable.",
              "dhtr": "Delayed hemolytic transfusion reaction."}[rx]
    b.line("Interpretation: ", interp)
    b.add("Recommendations: ")
    if rx == "fnhtr":
        b.line("premedicate with ", K("acetaminophen"), " ", K("650 mg"), " PO before future transfusions.")
    elif rx == "allergic":
        b.line("may premedicate with ", K("diphenhydramine"), " ", K("25 mg"), " IV; consider washed products if recurrent.")
    elif rx == "taco":
        b.line("transfuse slowly (", K("1 mL/kg/h"), "), consider ", K("furosemide"), " ", K("20 mg"), " IV between units.")
    else:
        b.line("antigen-negative units for all future transfusions; wallet card issued.")
    if rng.random() < 0.6:
        oh = hosp(rng)[0]
        b.line("Prior transfusion history: ", FAC(oh), ", ", D(fdate(rng, shift(enc, -rng.randint(40, 2000)), styles=["month_year", "mdy", "long"])), ".")
    b.line("Result called to Dr. ", N(orderer.form("last")), " at ", tm(rng, "24"), "; read-back confirmed.")
    b.line("Medical Director review: ", nm(rng, md, "full", "fml"), ", MD, PhD, Transfusion Medicine - ",
           D(fdate(rng, shift(enc, rng.randint(0, 2)), styles=["mdy", "iso", "dmon"])))
    return b


def t_bonemarrow(rng):
    b = Builder("bone marrow biopsy procedure note")
    pt = mk_person(rng)
    age = pt_age(rng, 24, 89, 0.08)
    enc = rdate(rng)
    fel, att, pa = staff(rng, 3)
    fac, abbr = hosp(rng)
    b.line("BONE MARROW ASPIRATE AND BIOPSY - PROCEDURE NOTE")
    b.line("Date: ", D(fdate(rng, enc)), "\tPatient: ", nm(rng, pt, "full", "lf", "fml"), "\tMRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"))
    b.line("Location: ", FAC(fac), rng.choice([" Infusion & Procedure Center", " - 9 East procedure room", ""]))
    b.line("Operator: ", N(fel.form("full")), ", MD (Hematology/Oncology fellow). Supervising: Dr. ", N(att.form("last")),
           ". Assisted by ", N(pa.form("fml")), ", PA-C.")
    ind = rng.randint(0, 3)
    b.add("Indication: ")
    if ind == 0:
        b.line(age_p(rng, age, "yr"), " with pancytopenia (", kj([lab(rng, "WBC"), lab(rng, "Hgb"), lab(rng, "Plt")]), ").")
    elif ind == 1:
        b.line("day 28 restaging of AML after ", K("7+3"), " induction (", K("cytarabine"), "/", K("daunorubicin"), "); ", age_p(rng, age, "yo"), ".")
    elif ind == 2:
        b.line("IgG kappa monoclonal gammopathy with ", K("Bence Jones proteinuria"), "; ", age_p(rng, age, "y/o"), ".")
    else:
        b.line("suspected CML, ", K(lab(rng, "WBC")), " with basophilia; evaluate for ", K("Philadelphia chromosome"), ".")
    b.line("Pre-procedure: ", kj([lab(rng, "Plt"), lab(rng, "INR")]), ". Consent reviewed with patient", rng.choice(["", " and interpreter"]), "; time-out done.")
    pos = rng.choice(["left lateral decubitus", "prone", "right lateral decubitus"])
    side = rng.choice(["right", "left"])
    b.line("Procedure: Patient positioned ", pos, ". The ", side, " posterior superior iliac crest was prepped with chlorhexidine and draped. "
           "Local anesthesia with ", K("lidocaine 1%"), " ", K("%d mL" % rng.choice([8, 10, 12, 15])),
           ". An 11G ", K("Jamshidi needle"), " was advanced; aspirate obtained in two pulls and a core of ",
           K("%.1f cm" % rng.uniform(0.9, 2.4)), " retrieved.")
    if rng.random() < 0.5:
        b.line("Premedication: ", K("lorazepam"), " ", K("1 mg"), " PO.")
    b.line("Specimens: aspirate smears (", K("Wright-Giemsa"), "), EDTA tube for flow cytometry, sodium heparin for cytogenetics/FISH, "
           "core in B-Plus fixative. Hematopathology accession ", IDN("BM%02d-%04d" % (enc.year % 100, rng.randint(1, 9999))), ".")
    b.line("Complications: none. EBL ", K("<5 mL"), ". Pressure dressing applied; keep dry ", K("for 24 hours"), ".")
    rel = mk_person(rng, surname=pt.surname)
    t = town(rng)
    b.line(rng.choice(["Her " if pt.sex == "F" else "His ", "The patient's "]), kin(rng, rel, "spouse", "sibling", "child"), ", ", N(rel.form("first")),
           ", was present and will drive ", rng.choice(["the patient", "them"]), " home to ", LOC(t[0]), ".")
    b.line("Results expected in ", K("5-7 days"), "; to be reviewed at clinic with Dr. ", N(att.form("last")), " on ",
           D(fdate(rng, shift(enc, rng.randint(5, 12)), styles=PART_STY)), ".")
    sig(rng, b, fel, "MD")
    return b


def t_radonc(rng):
    b = Builder("radiation oncology consult")
    kind = rng.choice(["prostate", "breast", "lung"])
    pt = mk_person(rng, sex={"prostate": "M", "breast": "F"}.get(kind))
    age = pt_age(rng, 42, 89, 0.06)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    me, ref, pcp = staff(rng, 3)
    fac, abbr = hosp(rng)
    b.line("RADIATION ONCOLOGY CONSULTATION")
    b.line(FAC(fac), " - Department of Radiation Oncology")
    b.line("Patient: ", nm(rng, pt, "lf", "LF", "full"), " | DOB ", D(fdate(rng, dob, styles=DOB_STY)),
           " | MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), " | Date of consult: ", D(fdate(rng, enc)))
    b.line("Referring: Dr. ", nm(rng, ref, "full", "fml"), ", ", FAC(pick(rng, CLINICS)))
    b.line("")
    b.add("HPI: ", nm(rng, pt, "full", "first"), " is a ", age_p(rng, age, "yr"), " ")
    d1 = shift(enc, -rng.randint(30, 120))
    d2 = shift(d1, rng.randint(10, 40))
    if kind == "prostate":
        b.line("man whose PSA rose to ", K("%.1f ng/mL" % rng.uniform(5.2, 24.0)), " on ", D(fdate(rng, d1, styles=["mdy", "mdy_nz", "long", "abbr"])),
               ". MRI-targeted biopsy on ", D(fdate(rng, d2, styles=PART_STY + ["mdy"])), " showed ", K(rng.choice(["Gleason 4+3=7", "Gleason 3+4=7", "Gleason 4+4=8"])),
               " adenocarcinoma in ", K("%d/12 cores" % rng.randint(3, 9)), ". PSMA PET without nodal or osseous disease.")
    elif kind == "breast":
        b.line("woman s/p left lumpectomy and sentinel node biopsy on ", D(fdate(rng, d1, styles=["mdy", "long", "dmon"])),
               " for a ", K("1.6 cm"), " grade 2 IDC, ER+/PR+/HER2-, 0/2 nodes. ", K("Oncotype DX recurrence score %d" % rng.randint(8, 30)),
               ". Margins negative; re-excision not required.")
    else:
        b.line("former smoker (", K("40 pack-years"), ") with a ", K("%.1f cm" % rng.uniform(1.1, 2.9)), " RUL nodule, biopsy-proven adenocarcinoma on ",
               D(fdate(rng, d1, styles=["mdy", "iso", "long"])), "; ", K("FEV1 38% predicted"), ", declined lobectomy.")
    emp = pick(rng, EMPLOYERS)
    sp = mk_person(rng, surname=pt.surname if rng.random() < 0.7 else None)
    t = town(rng)
    b.line("Social: Lives in ", LOC(t[0]), " with ", rng.choice(["spouse", "partner"]), " ", N(sp.form("first")), "; ",
           rng.choice(["works as a dispatcher at ", "recently retired from ", "part-time at "]), LOC(emp), ". About ",
           K("%d minutes" % rng.choice([35, 50, 70, 90])), " drive each way.")
    b.line("Exam: ", kj([rng.choice(["ECOG 0", "ECOG 1", "ECOG 2"]), "KPS %d" % rng.choice([70, 80, 90])], ", "), "; ",
           kj(vit(rng, ["BP", "HR", "Wt"])), ".")
    b.add("Recommendation: ")
    if kind == "prostate":
        b.line(K("IMRT 70 Gy in 28 fractions"), " to prostate and proximal seminal vesicles with ", K("SpaceOAR"),
               " hydrogel and fiducials, plus ADT (", K("leuprolide"), " ", K("22.5 mg"), " every 3 months) ", K("for 6 months"), ".")
    elif kind == "breast":
        b.line(K("whole-breast RT 40.05 Gy in 15 fractions"), " with ", K("deep inspiration breath hold"), "; then ", K("anastrozole"), " ", K("1 mg"), " daily.")
    else:
        b.line(K("SBRT 54 Gy in 3 fractions"), "; 4D-CT simulation.")
    sim = shift(enc, rng.randint(3, 14))
    b.line("CT simulation scheduled ", D(fdate(rng, sim, styles=["wk_month", "wk_md", "month_d"])), " at the ",
           FAC(rng.choice(["Whitcomb", "Alder Creek", "Quarry Hill", "Hollis"]) + " Radiation Center"), ".")
    b.line("")
    sig(rng, b, me, "MD")
    b.line("NPI ", IDN(npi(rng)), rng.choice([" | cc: Dr. ", "\ncc: Dr. "]), N(pcp.form("last")), " (PCP), Dr. ", N(ref.form("last")))
    return b


FERT_CENTERS = ["Lakeshore Reproductive Medicine", "Hollis Center for Fertility",
                "Bellwether Fertility & IVF", "Sagamore Reproductive Associates"]
SPEC_PHARM = ["Freedom Fertility Pharmacy", "MDR Pharmaceutical Care", "Quarry Hill Specialty Pharmacy",
              "IntegraCare Specialty Rx"]


def t_fertility(rng):
    b = Builder("fertility clinic IVF note")
    pt = mk_person(rng, sex="F")
    partner = mk_person(rng, sex=rng.choice("MMMF"))
    age = rng.randint(27, 44)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    md, rn = staff(rng, 2)
    center = pick(rng, FERT_CENTERS)
    b.line(FAC(center), rng.choice([" - IVF Consult / Cycle Planning", " | REI new patient + treatment plan"]))
    b.line("Patient: ", nm(rng, pt, "full", "lf"), "   DOB: ", D(fdate(rng, dob, styles=DOB_STY)),
           "   Partner: ", nm(rng, partner, "full", "fml"))
    b.line("Chart #: ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), "   Cycle ID: ", IDN("IVF-%d-%04d" % (enc.year, rng.randint(1, 9999))),
           "   Visit: ", D(fdate(rng, enc)))
    b.line("")
    tt = rng.choice([14, 18, 24, 30])
    g = rng.choice(["G0", "G1P0010", "G2P0020", "G1P1001"])
    b.line(N(pt.form("first")), " is a ", age_p(rng, age, "yr"), " ", K(g), " trying to conceive with ", N(partner.form("first")),
           " ", K("for %d months" % tt), ". Cycles regular, 28-30 days. LMP ", D(fdate(rng, shift(enc, -rng.randint(2, 20)), styles=["md", "mon_d", "mdy"])), ".")
    b.line("Ovarian reserve (CD3, ", D(fdate(rng, shift(enc, -rng.randint(20, 60)), styles=["md", "mdy2", "mon_d"])), "): ",
           kj(["AMH %.1f ng/mL" % rng.uniform(0.4, 5.2), "FSH %.1f" % rng.uniform(4.2, 13.9), "AFC %d" % rng.randint(4, 22)], ", "), ".")
    hsg = shift(enc, -rng.randint(10, 90))
    b.line("HSG ", D(fdate(rng, hsg, styles=["mdy", "dmon", "iso"])), ": bilateral spill, normal cavity; no evidence of ",
           K("Asherman syndrome"), " or ", K("Mullerian anomaly"), ".")
    if partner.sex == "M":
        b.line("Semen analysis: ", kj(["concentration %d M/mL" % rng.randint(6, 80), "motility %d%%" % rng.randint(22, 65)], ", "), ".")
    else:
        b.line("Reciprocal IVF planned; donor sperm from bank, donor # ", IDN("%d" % rng.randint(10000, 99999)), ".")
    b.line("")
    b.line("PLAN - antagonist protocol:")
    start = shift(enc, rng.randint(10, 35))
    b.line("  - ", K("Gonal-f"), " ", K("%d IU" % rng.choice([150, 225, 300])), " + ", K("Menopur"), " ", K("75 IU"),
           " nightly starting CD2 (~", D(fdate(rng, start, styles=["md", "month_d", "wk_md"])), ")")
    b.line("  - ", K("ganirelix"), " ", K("250 mcg"), " daily when lead follicle >=14 mm")
    b.line("  - trigger: ", K("Ovidrel"), " 250 mcg", rng.choice([" or ", " vs "]), K("Lupron"), " 40 units")
    b.line("  - retrieval tentatively ", D(fdate(rng, shift(start, rng.randint(11, 14)), styles=["wk_month", "month_ord", "wk_md"])),
           "; PGT-A on day 5-7 blastocysts")
    b.line("Meds sent to ", FAC(pick(rng, SPEC_PHARM)), " (", PH(phone(rng)), "). Consents signed today.")
    b.line("Portal (", URL("https://%s/portal/login" % rng.choice(["lakeshorerm.org", "hollisfertility.com", "bellwetherivf.org", "sagamorerepro.com"])),
           ") messages to ", EM(email(rng, pt)), "; coordinator ", N(rn.form("first")), " at ", PH(phone(rng)), ".")
    sig(rng, b, md, rng.choice(["MD", "MD, REI", "DO"]))
    return b


def t_vascular(rng):
    b = Builder("vascular surgery clinic note")
    pt = mk_person(rng)
    age = pt_age(rng, 52, 89, 0.1)
    enc = rdate(rng)
    np_, att, pcp = staff(rng, 3)
    fac, abbr = hosp(rng)
    kind = rng.choice(["pad", "aaa", "venous"])
    b.line("VASCULAR SURGERY CLINIC - ", rng.choice(["FOLLOW-UP", "RETURN VISIT", "POST-OP CHECK"]))
    b.line("Seen: ", D(fdate(rng, enc)), " | Provider: ", nm(rng, np_, "full", "fml"), ", NP | Attending: Dr. ", N(att.form("full")))
    b.line("Pt: ", nm(rng, pt, "LF", "lf"), " (", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), ")  ", age_p(rng, age, "sexc", pt.sex))
    b.line("")
    op = shift(enc, -rng.randint(20, 400))
    if kind == "pad":
        b.line(pt.hon(), " ", N(pt.surname), " returns after right femoral-popliteal bypass with PTFE on ",
               D(fdate(rng, op, styles=["mdy", "long", "dmon"])), " at ", FAC(fac), ". Now walks ",
               rng.choice(["2 blocks", "about a block", "half a mile"]), " before calf claudication; no rest pain.")
        b.line("Exam: graft pulse palpable; ", K("ABI R %.2f" % rng.uniform(0.5, 0.95)), ", ", K("ABI L %.2f" % rng.uniform(0.6, 1.1)),
               "; ", K("Rutherford %d" % rng.randint(1, 4)), "; ", K("Buerger test"), " negative. ", kj(vit(rng, ["BP", "HR"])), ".")
        b.line("Meds: ", drug(rng, [("cilostazol", "100 mg", "BID")]), "; ", drug(rng, [("clopidogrel", "75 mg", "daily"), ("Plavix", "75 mg", "daily")]),
               "; ", drug(rng, [("atorvastatin", "80 mg", "daily"), ("rosuvastatin", "40 mg", "daily")]), ".")
        b.line("Graft duplex (", FAC(pick(rng, ["Whitcomb Imaging Center", "Bellwether vascular lab", "Alder Creek Vein & Vascular"])), ", ",
               D(fdate(rng, shift(enc, -rng.randint(1, 10)), styles=PART_STY)), "): patent, PSV 88 cm/s at distal anastomosis.")
    elif kind == "aaa":
        sz = rng.uniform(4.1, 5.4)
        b.line(N(pt.form("first")), " comes in for AAA surveillance. Infrarenal aneurysm now ", K("%.1f cm" % sz), " on CTA ",
               D(fdate(rng, shift(enc, -rng.randint(3, 20)), styles=["mdy", "iso", "month_d"])), " (prior ", K("%.1f cm" % (sz - rng.uniform(0.1, 0.5))),
               " on ", D(fdate(rng, shift(enc, -rng.randint(300, 420)), styles=["mdy", "month_year"])), "). Asymptomatic.")
        b.line("Exam: ", kj(vit(rng, ["BP", "HR"])), "; pulsatile mass, nontender; femoral pulses 2+.")
        if sz > 5.0:
            b.line("Plan EVAR (", K("Gore Excluder"), "); pre-op ", K(lab(rng, "Cr")), ", ", K(lab(rng, "eGFR")), ".")
        else:
            b.line("Continue surveillance; strict BP control, ", drug(rng, GEN_DRUGS), ".")
    else:
        b.line("Chronic venous insufficiency, ", K("CEAP C%d" % rng.randint(3, 5)), ", bilateral lower extremity edema and aching ",
               K("x%d months" % rng.randint(3, 18)), ". ", K("Trendelenburg test"), " positive on the right.")
        b.line("Reflux in GSV ", K("%.1f s" % rng.uniform(0.8, 3.2)), " on duplex ", D(fdate(rng, shift(enc, -rng.randint(3, 30)), styles=["mdy", "md"])),
               ". Failed compression stockings ", K("20-30 mmHg"), " ", K("for 3 months"), ".")
    emp = pick(rng, EMPLOYERS)
    rel = mk_person(rng, surname=pt.surname if rng.random() < 0.6 else None)
    b.line("Social: retired from ", LOC(emp), "; lives with ", kin(rng, rel, "child", "spouse", "sibling"), " ",
           nm(rng, rel, "first", "full"), " in ", LOC(town(rng)[0]), ". ", rng.choice(["Quit smoking 2016.", "Still smokes 5 cig/day.", "Never smoker."]))
    b.line("Plan: RTC ", D(fdate(rng, shift(enc, rng.randint(60, 180)), styles=["md", "mdy", "month_d"])), " with repeat duplex.")
    b.line("cc: ", nm(rng, pcp, "full", "ini"), ", MD - fax ", PH(phone(rng)))
    return b


def t_audiology(rng):
    b = Builder("ENT audiology report")
    pt = mk_person(rng)
    age = pt_age(rng, 18, 89, 0.15)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    aud, ent = staff(rng, 2)
    fac, abbr = hosp(rng)
    b.line("AUDIOLOGIC EVALUATION")
    b.line(FAC(fac), " Otolaryngology & Audiology")
    b.line("Name: ", nm(rng, pt, "lfm", "LF", "full"), "\tDOB: ", D(fdate(rng, dob, styles=DOB_STY)), "\tMRN: ",
           IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"))
    b.line("Test date: ", D(fdate(rng, enc)), "\tReferred by: Dr. ", N(ent.form("last")))
    b.line("")
    emp = pick(rng, EMPLOYERS)
    b.line("History: ", N(pt.form("first")), ", ", age_p(rng, age, "yo"), ", reports ", rng.choice(["gradual", "fluctuating", "sudden"]),
           " hearing loss and ", rng.choice(["right", "left", "bilateral"]), " tinnitus ", K("for %d years" % rng.randint(2, 12)),
           ". Occupational noise exposure at ", LOC(emp), " ", K("x%d yrs" % rng.randint(1, max(2, min(35, age - 18)))), ". ", rng.choice(["Episodic vertigo lasting hours.", "No vertigo.", "Occasional imbalance."]))
    b.line("Otoscopy: clear canals, intact TMs bilaterally.")
    b.line("Tuning fork: ", K("Weber"), " lateralizes ", rng.choice(["left", "right", "midline"]), "; ", K("Rinne"), " AC>BC bilaterally.")
    b.line("Freq (Hz)\t250\t500\t1k\t2k\t4k\t8k")
    for ear in ["Right", "Left"]:
        b.line(ear, " dB HL\t", "\t".join(str(rng.choice(range(10, 80, 5))) for _ in range(6)))
    b.line("Summary: ", kj(["PTA R %d dB HL" % rng.randint(15, 60), "PTA L %d dB HL" % rng.randint(15, 60),
                            "WRS R %d%%" % rng.randint(56, 100), "WRS L %d%%" % rng.randint(56, 100)], "; "))
    b.line("Tympanometry: ", K("Type A"), " bilaterally; acoustic reflexes present.")
    b.line("Impression: ", rng.choice(["mild-to-moderate sensorineural hearing loss", "asymmetric SNHL, R>L",
                                       "bilateral high-frequency SNHL with noise notch"]), ".")
    if rng.random() < 0.4:
        b.line("Clinical picture raises concern for ", K("Meniere disease"), "; MRI IAC to exclude vestibular schwannoma.")
    b.add("Recommendations: binaural amplification. Fitted today with ")
    model = rng.choice(["Phonak Audeo Lumity L90", "Oticon Intent 1", "ReSound Nexia 9", "Starkey Genesis AI 24"])
    b.line(K(model), " RIC devices, serial R ", IDN(serial(rng), "DEVICE_ID"), " / L ", IDN(serial(rng), "DEVICE_ID"), ".")
    rel = mk_person(rng, surname=pt.surname if rng.random() < 0.5 else None)
    b.line(cap(kin(rng, rel, "child", "spouse", "neighbor")), " ", N(rel.form("call")), " will attend the follow-up on ",
           D(fdate(rng, shift(enc, rng.randint(14, 35)), styles=PART_STY + ["mdy"])), "; reach at ", PH(phone(rng)), ".")
    b.line(nm(rng, aud, "full", "fml"), rng.choice([", Au.D., CCC-A", ", AuD", " AuD CCC-A"]))
    return b


def t_podiatry(rng):
    b = Builder("podiatry visit")
    pt = mk_person(rng)
    age = pt_age(rng, 48, 89, 0.2)
    enc = rdate(rng)
    dpm, aide = staff(rng, 2)
    nh = pick(rng, NURSING)
    clinic = pick(rng, ["Ashby Family Practice", "Dunmore Street Clinic", "Riverbend Community Health Center",
                        "Eastside Orthopedic & Spine", hosp(rng)[0] + " Foot & Ankle Center", "Quarry Hill Podiatry Associates"])
    b.line(FAC(clinic), " - PODIATRY")
    b.line("DOS ", D(fdate(rng, enc, styles=["mdy", "mdy2", "dot", "dmon"])), "  |  ", nm(rng, pt, "LF", "lf"),
           "  |  MBI ", IDN(member(rng), "HEALTH_PLAN_NUMBER"), "  |  MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"))
    b.line("")
    a1 = shift(enc, -rng.randint(10, 80))
    b.line("S: ", age_p(rng, age, rng.choice(["yo", "y/o", "sexc"]), pt.sex), " w/ DM2 (", K(lab(rng, "A1c")), " on ",
           D(fdate(rng, a1, styles=["md", "mdy2", "mon_d"])), "), PVD, here for at-risk foot care. Accompanied by aide ",
           N(aide.form(rng.choice(["first", "full"]))), " from ", FAC(nh), ". ", rng.choice(["Pain 3/10 L forefoot.", "Denies pain.", "Notes drainage on sock x1 week."]))
    b.line("O: DP 1+/PT nonpalpable bilat; cap refill 4 s; ", K("Semmes-Weinstein"), " 5.07 monofilament absent at ",
           K("%d/10 sites" % rng.randint(3, 9)), ". Nails 1-5 bilat thickened, dystrophic, subungual debris.")
    if rng.random() < 0.55:
        b.line("   Plantar 1st MPJ L: ", K("Wagner grade %d" % rng.randint(1, 2)), " ulcer ", K("%.1f x %.1f cm" % (rng.uniform(0.4, 2.2), rng.uniform(0.3, 1.6))),
               ", granular base, no probe to bone.")
    else:
        b.line("   3rd interspace L: ", K("Mulder click"), " positive; c/w ", K("Morton neuroma"), ".")
    b.line("A/P: 1) onychomycosis w/ class findings - debridement of nails ", K("x10"), ". 2) ", rng.choice(["offload w/ CAM boot", "surgical shoe + felt aperture", "steroid injection, dexamethasone 4 mg"]),
           ". 3) ", drug(rng, [("silver sulfadiazine", "1%", "daily"), ("Santyl", "250 units/g", "daily"), ("cephalexin", "500 mg", "QID")]), ".")
    wk = rng.choice([4, 6, 9, 10])
    b.line("RTC ", K("%d weeks" % wk), " (", D(fdate(rng, shift(enc, 7 * wk), styles=["md", "mon_d"])), "). Orders faxed to ",
           FAC(nh), " at ", PH(phone(rng)), ".")
    b.line(nm(rng, dpm, "full", "fml"), rng.choice([", DPM", " DPM, FACFAS", ", D.P.M."]))
    return b


def t_sportsmed(rng):
    b = Builder("sports medicine clinic note")
    pt = mk_person(rng)
    age = rng.randint(15, 34)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    md, atc, coach = staff(rng, 3)
    school = pick(rng, [x for x in SCHOOLS if ("High" in x or "Preparatory" in x or "Academy" in x) == (age < 18)])
    sport = rng.choice(["soccer", "lacrosse", "basketball", "volleyball", "field hockey", "rugby", "baseball", "wrestling"])
    kind = rng.choice(["knee", "shoulder", "ankle"])
    inj = shift(enc, -rng.randint(2, 21))
    b.line("SPORTS MEDICINE CLINIC")
    b.line("Athlete: ", nm(rng, pt, "full", "nickfull", "lf"), " | DOB ", D(fdate(rng, dob, styles=DOB_STY)), " | MRN ",
           IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"))
    b.line("Team: ", sport, ", ", FAC(school), " | Visit ", D(fdate(rng, enc)), " | Referred by ", N(atc.form("full")), ", ATC")
    b.line("")
    b.add("HPI: ", age_p(rng, age, "yr"), " ", sport, " player injured ", D(fdate(rng, inj, styles=PART_STY + ["mdy"])), " ")
    if kind == "knee":
        b.line("with a non-contact pivot, felt a pop, immediate effusion, unable to finish the game.")
        b.line("Exam: moderate effusion; ", K("Lachman"), " 2B, ", K("pivot shift"), " 1+, ", K("Thessaly test"), " ",
               rng.choice(["positive medial", "negative"]), "; ", K("Apley grind"), " negative; ", K("Ottawa knee rules"), " negative.")
        b.line("MRI (", FAC(pick(rng, ["Whitcomb Imaging Center", "Eastside Orthopedic & Spine"])), ", ", D(fdate(rng, shift(inj, 3), styles=["md", "mdy"])),
               "): complete ACL tear, ", K("Segond fracture"), rng.choice(["", ", bone bruise lateral femoral condyle"]), ".")
        plan = ["ACL reconstruction with BTB autograft; prehab PT"]
    elif kind == "shoulder":
        b.line("diving for a ball; now pain with overhead activity and clicking.")
        b.line("Exam: ", K("O'Brien test"), " positive, ", K("Speed test"), " positive, ", K("Hawkins-Kennedy"), " positive, ",
               K("Neer sign"), " mild; strength 5/5; ", K("sulcus sign"), " negative.")
        b.line("MR arthrogram ", D(fdate(rng, shift(inj, 5), styles=["md", "mon_d"])), ": type II SLAP tear.")
        plan = ["PT for scapular stabilization ", K("x6 weeks")]
    else:
        b.line("landing on an opponent's foot; inversion mechanism, able to bear weight 4 steps.")
        b.line("Exam: ATFL tenderness; ", K("Ottawa ankle rules"), " negative; ", K("anterior drawer"), " 1+; ", K("Kleiger test"),
               " negative; ", K("squeeze test"), " negative.")
        plan = ["functional bracing, progressive rehab"]
    b.line("Vitals: ", kj(vit(rng, ["BP", "HR", "Wt"])), ".")
    b.line("Plan: ", plan, "; ", drug(rng, [("naproxen", "500 mg", "BID"), ("ibuprofen", "600 mg", "TID"),
           ("meloxicam", "15 mg", "daily")]), " ", K("x%d days" % rng.choice([7, 10, 14])), ". No return to play until cleared.")
    parent = mk_person(rng, surname=pt.surname if rng.random() < 0.7 else None)
    b.line("With ", N(pt.form("call")), "'s permission, Coach ", N(coach.form("last")), " updated by email (",
           EM(email(rng, coach, org=False) if rng.random() < 0.5 else ascii_(coach.surname) + "@" + ascii_(school)[:10] + ".edu"), ").")
    if age < 18:
        b.line(cap(kin(rng, parent, "parent")), " ", nm(rng, parent, "full", "first"), " present; cell ", PH(phone(rng)), ".")
    else:
        b.line("Emergency contact: ", nm(rng, parent, "full"), " ", PH(phone(rng)), ".")
    b.line("f/u ", D(fdate(rng, shift(enc, rng.randint(7, 21)), styles=["md", "mon_d", "wk_md"])), " w/ ", N(md.form("ini")), ", ", rng.choice(["MD", "DO", "MD, CAQSM"]))
    return b


TRAVEL = [("Peru", ["Lima", "Cusco", "Iquitos", "Puerto Maldonado"]), ("Ghana", ["Accra", "Kumasi", "Tamale", "Cape Coast"]),
          ("India", ["Varanasi", "Jaipur", "Kochi", "Pune"]), ("Vietnam", ["Hanoi", "Hoi An", "Da Nang", "Can Tho"]),
          ("Kenya", ["Nairobi", "Kisumu", "Mombasa", "Nanyuki"]), ("Brazil", ["Manaus", "Salvador", "Recife", "Belem"]),
          ("Nepal", ["Kathmandu", "Pokhara", "Lukla", "Namche Bazaar"]), ("Ethiopia", ["Addis Ababa", "Gondar", "Lalibela", "Bahir Dar"]),
          ("Bolivia", ["La Paz", "Sucre", "Uyuni", "Rurrenabaque"]), ("Tanzania", ["Arusha", "Moshi", "Zanzibar City", "Dodoma"])]


def t_travel(rng):
    b = Builder("travel medicine consult")
    pt = mk_person(rng)
    age = rng.randint(19, 78)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    md, ec = staff(rng, 2)
    country, cities = rng.choice(TRAVEL)
    cs = rng.sample(cities, rng.randint(2, 3))
    dep = shift(enc, rng.randint(14, 60))
    b.line("TRAVEL MEDICINE CONSULTATION - ", FAC(hosp(rng)[0] + rng.choice([" Travel Clinic", " Travel & Tropical Medicine"])))
    b.line("Date: ", D(fdate(rng, enc)))
    b.line("Traveler: ", nm(rng, pt, "full", "fml", "lf"), ", DOB ", D(fdate(rng, dob, styles=DOB_STY)), " (", age_p(rng, age, "yrs"), ")")
    if rng.random() < 0.6:
        b.line("Passport no. ", IDN(rng.choice("ACEFGHJKLMN") + "%08d" % rng.randint(0, 99999999)), " (copy scanned)")
    b.line("MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"))
    b.line("")
    purpose = rng.choice(["volunteering", "visiting friends and relatives", "work", "trekking", "research fieldwork"])
    b.add("Itinerary (", purpose)
    if purpose == "work":
        b.add(", employer ", LOC(pick(rng, EMPLOYERS)))
    b.line("):")
    d = dep
    for c in cs:
        d2 = shift(d, rng.randint(3, 12))
        b.line("  ", LOC(c), ", ", country, "  ", D(fdate(rng, d, styles=["md", "mon_d", "mdy2"])), " - ", D(fdate(rng, d2, styles=["md", "mon_d", "mdy2"])))
        d = d2
    b.line("Return to US ", D(fdate(rng, shift(d, rng.randint(0, 3)), styles=["long", "mdy", "month_d"])), ".")
    b.line("PMH: ", rng.choice(["asthma", "none", "hypothyroidism", "HTN"]), "; meds ", drug(rng, GEN_DRUGS), "; allergies: ",
           rng.choice(["NKDA", "sulfa (rash)", "penicillin (hives)"]), ".")
    b.line("Vaccines given today:")
    vax = rng.sample([("Typhim Vi", "0.5 mL", "IM"), ("Havrix", "1440 EL.U.", "IM"), ("YF-Vax", "0.5 mL", "SC"),
                      ("Imovax Rabies", "1 mL", "IM"), ("Ixiaro", "0.5 mL", "IM"), ("Menveo", "0.5 mL", "IM"),
                      ("Vaxchora", "100 mL", "PO")], 3)
    for v, dose, rt in vax:
        b.line("  - ", K(v), " ", K(dose), " ", rt)
    if any(v[0] == "YF-Vax" for v in vax):
        b.line("ICVP (yellow card) completed and stamped.")
    b.line("Malaria chemoprophylaxis: ", K("atovaquone-proguanil"), " ", K("250/100 mg"), " daily, start ", K("1-2 days"),
           " before arrival and continue ", K("for 7 days"), " after leaving.")
    b.line("Travelers' diarrhea: ", K("azithromycin"), " ", K("1000 mg"), " once PRN; reviewed food/water precautions.")
    if country in ("Peru", "Nepal", "Bolivia", "Tanzania"):
        b.line("Altitude: ", K("acetazolamide"), " ", K("125 mg"), " BID starting the day before ascent.")
    b.line("Emergency contact: ", nm(rng, ec, "full"), " (", kin(rng, ec, "spouse", "sibling", "roommate", "parent"), ") ", PH(phone(rng)))
    b.line("Travel health kit reviewed; registered with STEP. ", nm(rng, md, "full", "fml"), rng.choice([", MD, CTH", ", MD", " MD CTH(R)"]))
    return b


def t_student(rng):
    b = Builder("student health visit")
    pt = mk_person(rng)
    age = rng.randint(18, 26)
    enc = rdate(rng)
    np_, rm = staff(rng, 2)
    school = pick(rng, [s for s in SCHOOLS if "High" not in s and "Preparatory" not in s and "Academy" not in s])
    lower = rng.random() < 0.5
    kind = rng.choice(["strep", "concussion", "mono", "uti"])
    b.line(FAC(school + " Student Health Services"), " - ", rng.choice(["walk-in", "same-day", "urgent"]), " visit")
    if lower:
        b.case = "lower"
    b.line("pt: ", nm(rng, pt, "full", "lf"), "   sid ", IDN("%d" % rng.randint(10000000, 99999999)), "   ship member # ",
           IDN(member(rng), "HEALTH_PLAN_NUMBER"))
    b.line("date: ", D(fdate(rng, enc, styles=["mdy", "mdy2", "md", "wk_md"])), " ", tm(rng, "ampm", (8, 17)))
    b.line("")
    dorm = pick(rng, DORMS)
    cls = rng.choice(["sophomore", "junior", "first-year", "senior", "grad student"])
    b.add(age_p(rng, age, rng.choice(["yo", "y/o"])), " ", cls, ", lives in ", LOC(dorm), ". ")
    if kind == "strep":
        b.line("sore throat ", K("x3 days"), ", fevers, no cough. roommate ", N(rm.form("first")), " walked ", rng.choice(["her", "him", "them"]), " over.")
        b.line("vitals ", kj(vit(rng, ["T", "HR", "BP"])), ". exudates, tender anterior nodes. ", K("Centor score 4"), ". rapid strep positive.")
        b.line("rx ", K("amoxicillin"), " ", K("500 mg"), " bid ", K("x10 days"), ". saltwater gargles, ", K("ibuprofen"), " ", K("400 mg"), " prn.")
    elif kind == "concussion":
        b.line("hit head in intramural ", rng.choice(["soccer", "hockey", "frisbee"]), " game ", D(fdate(rng, shift(enc, -1), styles=["md", "wk_md"])),
               ". headache, photophobia, foggy. teammate ", N(rm.form("call")), " says no LOC.")
        b.line(K("SCAT5 symptom score %d" % rng.randint(12, 40)), ", ", K("severity %d" % rng.randint(20, 70)), ". neuro nonfocal. ", kj(vit(rng, ["BP", "HR"])), ".")
        b.line("cognitive rest ", K("24-48 hours"), ", then graded return; ", K("acetaminophen"), " ", K("500 mg"), " prn. no screens in lecture.")
    elif kind == "mono":
        b.line("fatigue ", K("x2 weeks"), ", sore throat, ", rng.choice(["her", "his"]), " partner ", N(rm.form("first")), " had mono last month.")
        b.line(K("Monospot"), " positive, ", K(lab(rng, "ALT")), ". splenomegaly on exam. ", kj(vit(rng, ["T", "HR"])), ".")
        b.line("no contact sports ", K("for 4 weeks"), ". supportive care.")
    else:
        b.line("dysuria and frequency ", K("x2 days"), ", no flank pain. ua: + LE, + nitrite.")
        b.line(kj(vit(rng, ["T", "HR", "BP"])), ". ", K("nitrofurantoin"), " ", K("100 mg"), " bid ", K("x5 days"), ".")
    b.line("excused from class through ", D(fdate(rng, shift(enc, rng.randint(1, 5)), styles=["md", "wk_md", "month_d"])),
           "; note sent to ", EM(ascii_(pt.given)[:1] + ascii_(pt.surname) + str(rng.randint(10, 99)) + "@" + ascii_(school.split()[0]) + ".edu"), ".")
    b.line("f/u prn or call nurse line ", PH(phone(rng)), ".")
    b.line("-- ", nm(rng, np_, "full", "ini"), rng.choice([", np", ", fnp-bc", ", pa-c", " np"]) if lower else rng.choice([", NP", ", FNP-BC", ", PA-C"]))
    b.case = None
    return b


BASES = ["Camp Taji", "FOB Salerno", "Camp Lemonnier", "Bagram Airfield", "Al Asad Air Base", "Camp Buehring",
         "Fort Hood", "Fort Bragg", "Camp Lejeune", "Naval Station Norfolk", "Joint Base Lewis-McChord", "Camp Humphreys"]


def leader(label, width=26):
    return label + "." * max(3, width - len(label)) + " "


def t_va(rng):
    b = Builder("VA compensation and pension exam")
    pt = mk_person(rng)
    age = rng.randint(29, 79)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    ex, = staff(rng, 1)
    fac = rng.choice(["Eastfield VA Medical Center", "Alder Creek VA Community Based Outpatient Clinic",
                      "Port Alden VA Clinic", "Pemberton VAMC"])
    kind = rng.choice(["knee", "tinnitus", "ptsd"])
    b.case = "upper"
    b.line("DEPARTMENT OF VETERANS AFFAIRS - COMPENSATION & PENSION EXAMINATION")
    b.case = None
    w = rng.choice([24, 26, 28])
    b.line(leader("VETERAN NAME", w), nm(rng, pt, "LFM", "LF"))
    b.line(leader("CLAIM / C-FILE NO", w), IDN("%d" % rng.randint(10000000, 999999999)))
    if rng.random() < 0.6:
        b.line(leader("SSN", w), IDN(ssn(rng), "US_SSN"))
    b.line(leader("DATE OF BIRTH", w), D(fdate(rng, dob, styles=["mdy", "dmonu", "iso", "dmon"])))
    b.line(leader("DATE OF EXAM", w), D(fdate(rng, enc, styles=["mdy", "dmonu", "iso", "long"])))
    b.line(leader("EXAM FACILITY", w), FAC(fac))
    b.line(leader("EXAMINER", w), nm(rng, ex, "FULLU", "full"), ", ", rng.choice(["DO", "MD", "PhD (psychology)", "AuD", "PA-C"]))
    b.line("")
    dbq = {"knee": "Knee and Lower Leg Conditions DBQ", "tinnitus": "Hearing Loss and Tinnitus DBQ", "ptsd": "Review PTSD DBQ"}[kind]
    b.line("Exam type: ", dbq, ". Records reviewed: VBMS e-folder, CAPRI, STRs, private records from ",
           FAC(pick(rng, CLINICS)), " (", D(fdate(rng, shift(enc, -rng.randint(100, 900)), styles=["mdy", "month_year", "m_y"])), ").")
    yrs = min(dob.year + rng.randint(18, 24), enc.year - 6)
    b1, b2 = rng.choice(BASES[6:]), rng.choice(BASES[:6])
    b.line("Military history: ", rng.choice(["US Army, 11B infantry", "USMC, 0311 rifleman", "US Navy, aviation boatswain's mate",
                                             "Army National Guard, 88M motor transport"]), ", %d-%d. Stationed at " % (yrs, yrs + rng.randint(3, 12)),
           LOC(b1), "; deployed to ", LOC(b2), ".")
    inj = dt.date(yrs + rng.randint(1, 3), rng.randint(1, 12), rng.randint(1, 28))
    if kind == "knee":
        b.line("Veteran reports right knee injury during a ruck march on ", D(fdate(rng, inj, styles=["mdy", "dmonu", "long"])),
               " (STR sick call entry corroborates). Current flare-ups ", K("2-3x/month"), ".")
        b.line("ROM: flexion ", K("0-%d degrees" % rng.randint(95, 135)), ", extension ", K("0 degrees"), "; pain on repetitive use x3; ",
               K("Lachman test"), " 1A, ", K("McMurray test"), " ", rng.choice(["negative", "positive medially"]), ", ", K("posterior drawer"), " negative.")
        b.line("Imaging: DJD medial compartment. Meds: ", drug(rng, [("meloxicam", "15 mg", "daily"), ("diclofenac gel", "1%", "QID")]), ".")
    elif kind == "tinnitus":
        b.line("Recurrent bilateral tinnitus since artillery exposure, ", D(fdate(rng, inj, styles=["month_year", "mdy"])), "; no hearing protection issued.")
        b.line("Audiometry: ", kj(["Maryland CNC R %d%%" % rng.randint(84, 100), "Maryland CNC L %d%%" % rng.randint(80, 100), "PTA R %d dB" % rng.randint(15, 45)], ", "), ".")
    else:
        b.line("Index stressor: IED strike on convoy, ", D(fdate(rng, inj, styles=["mdy", "long", "dmonu"])), "; buddy ", N(mk_person(rng, sex="M").form("full")),
               " killed. Works at ", LOC(pick(rng, EMPLOYERS)), "; married to ", N(mk_person(rng).form("first")), ".")
        b.line("Instruments: ", kj(["PCL-5 = %d" % rng.randint(33, 68), "PHQ-9 = %d" % rng.randint(6, 22)], "; "), ". Meds: ",
               drug(rng, [("sertraline", "100 mg", "daily"), ("prazosin", "2 mg", "qHS"), ("venlafaxine", "150 mg", "daily")]), ".")
    b.line("Vitals: ", kj(vit(rng, ["BP", "HR", "Wt"])), "; ", K("BMI %.1f" % rng.uniform(22, 38)), ". Other meds: ", drug(rng, GEN_DRUGS), ".")
    b.line("MEDICAL OPINION: The claimed condition is at least as likely as not (50 percent or greater probability) incurred in or caused by service.")
    b.line("/es/ ", nm(rng, ex, "FULLU", "fml"))
    b.line("Signed: ", D(fdate(rng, shift(enc, rng.randint(0, 3)), styles=["mdy", "long"])), " ", tm(rng, "24"))
    return b


def t_ime(rng):
    b = Builder("workers compensation independent medical exam")
    pt = mk_person(rng)
    age = rng.randint(24, 66)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    me, adj, interp, er_doc, surg = staff(rng, 5)
    emp = pick(rng, EMPLOYERS)
    doi = shift(enc, -rng.randint(120, 700))
    t = town(rng)
    b.line(D(fdate(rng, shift(enc, rng.randint(3, 14)), styles=["long", "dlong", "abbr"])))
    b.line("")
    b.line(nm(rng, adj, "full", "fml"), ", Claims Adjuster")
    b.line(ST(street(rng)), rng.choice([", ", "\n"]), LOC(t[0]), ", ", t[1], " ", ZIP(zipc(rng, t)))
    b.line("")
    b.line("RE: INDEPENDENT MEDICAL EXAMINATION")
    b.line("Claimant: ", nm(rng, pt, "full", "fml"), " | DOB ", D(fdate(rng, dob, styles=DOB_STY)),
           [" | SSN ", IDN(ssn(rng) if rng.random() < 0.5 else "xxx-xx-%04d" % rng.randint(1, 9999), "US_SSN")] if rng.random() < 0.6 else "")
    b.line("Claim #: ", IDN(rng.choice(["WC", "CLM-", "0"]) + "%d" % rng.randint(1000000, 99999999)), " | Employer: ", LOC(emp),
           " | DOI: ", D(fdate(rng, doi, styles=["mdy", "mdy_nz", "dmon"])))
    b.line("")
    b.line("Dear ", N(adj.form(rng.choice(["first", "full"]))), ",")
    my = town(rng)
    b.line("At your request I examined ", pt.hon(), " ", N(pt.surname), " on ", D(fdate(rng, enc, styles=["long", "mdy", "month_ord"])),
           " at my office, ", ST("%d %s %s" % (rng.randint(10, 2999), rng.choice(STREET_NAMES), rng.choice(STREET_SUF)) + rng.choice(["", ", Suite %d" % rng.randint(100, 450)])), ", ", LOC(my[0]), ". ", rng.choice(["A Portuguese", "A Spanish", "A Haitian Creole", "A Vietnamese"]),
           " interpreter, ", N(interp.form("full")), ", was present throughout. Identity confirmed by driver's license ",
           IDN(rng.choice("SABDK") + "%08d" % rng.randint(0, 99999999), "LICENSE_NUMBER"), ".")
    job = rng.choice(["warehouse associate", "roofer", "delivery driver", "line cook", "CNA", "sheet metal apprentice"])
    b.line("History: ", age_p(rng, age, "yr"), " ", job, " who, while lifting a ", K("%d lb" % rng.randint(40, 90)), " box, felt a pop in the low back with radiation to the left leg.")
    b.line("Records reviewed:")
    recs = [(doi, "ED visit, " , FAC(hosp(rng)[0]), " (Dr. ", N(er_doc.form("last")), "): lumbar strain, ", K("cyclobenzaprine"), " ", K("10 mg"), "."),
            (shift(doi, rng.randint(14, 40)), "MRI L-spine, ", FAC(pick(rng, ["Whitcomb Imaging Center", "Eastside Orthopedic & Spine"])), ": L4-5 protrusion contacting L5 root.", "", "", "", "", "", ""),
            (shift(doi, rng.randint(50, 90)), "Spine consult, Dr. ", N(surg.form("full")), ": ", K("epidural steroid injection"), ", no surgery.", "", "", "", "", ""),
            (shift(doi, rng.randint(95, 115)), "PT discharge, ", K("18 visits"), ", ", K("Oswestry 34%"), ".", "", "", "", "", "")]
    for r in sorted(rng.sample(recs, rng.randint(3, 4)), key=lambda x: x[0]):
        b.line(" - ", D(fdate(rng, r[0], styles=["mdy", "mdy2", "dmon", "iso"])), ": ", [x for x in r[1:] if x != ""])
    b.line("Exam: ", K("straight leg raise"), " negative at ", K("70 degrees"), "; ", K("Waddell signs %d/5" % rng.randint(0, 3)), "; ",
           K("Spurling test"), " negative; ", kj(vit(rng, ["BP", "HR"])), ".")
    b.line("Opinion: causally related to the work incident of ", D(fdate(rng, doi, styles=["md", "mon_d", "mdy"])), "; MMI reached; ",
           K("5% whole person impairment"), " per AMA Guides, 6th ed. Light duty, no lifting > ", K("20 lb"), ".")
    b.line("")
    b.line("Sincerely,")
    b.line(nm(rng, me, "full", "fml"), ", MD, MPH")
    b.line("License # ", IDN("%d" % rng.randint(100000, 299999), "LICENSE_NUMBER"), " | ", PH(phone(rng)))
    return b


def t_opo(rng):
    b = Builder("organ procurement coordinator note")
    pt = mk_person(rng)
    age = rng.randint(16, 68)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    coord, rn, md, inv, chap = staff(rng, 5)
    fac, abbr = hosp(rng)
    t = town(rng)
    county = pick(rng, COUNTIES)
    b.line("ORGAN PROCUREMENT ORGANIZATION - DONOR COORDINATOR NOTE")
    b.line("Donor: ", nm(rng, pt, "LF", "lf", "full"), "   UNOS ID: ", IDN("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + "%04d" % rng.randint(0, 9999)),
           "   Hospital MRN: ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"))
    b.line("DOB ", D(fdate(rng, dob, styles=DOB_STY)), "   ABO ", K(rng.choice(["O+", "A+", "B+", "O-", "A-"])), "   ", age_p(rng, age, "sexc", pt.sex))
    b.line("")
    ref = shift(enc, -rng.randint(1, 3))
    b.line(D(fdate(rng, ref, styles=["mdy", "iso", "dmon"])), " ", tm(rng, "24"), " - Referral received from ", nm(rng, rn, "full", "fml"), ", RN, ",
           rng.choice(["Neuro ICU", "MICU", "Trauma ICU"]), ", ", FAC(fac), " (", LOC(t[0]), "). Trigger: ", K("GCS 3"), ", ventilated, ",
           rng.choice(["anoxic brain injury after cardiac arrest", "traumatic brain injury (MVC)", "intracranial hemorrhage"]), ".")
    b.line(D(fdate(rng, enc, styles=["mdy", "iso", "dmon"])), " ", tm(rng, "24"), " - Brain death declared by Dr. ", N(md.form("full")),
           " per AAN criteria; apnea test PaCO2 ", K("%d mmHg" % rng.randint(62, 84)), ".")
    fam = mk_person(rng, surname=pt.surname)
    fam2 = mk_person(rng, surname=pt.surname)
    rel = kin(rng, fam, "parent", "spouse", "sibling")
    if rng.random() < 0.5:
        b.line("Authorization: first-person donor designation on driver's license ", IDN(rng.choice("SABDK") + "%08d" % rng.randint(0, 99999999), "LICENSE_NUMBER"),
               "; ", rel, " ", N(fam.form("full")), " informed and supportive.")
    else:
        b.line("Authorization obtained in person from ", rel, ", ", N(fam.form("full")), ", with ", N(fam2.form("first")), " (", kin(rng, fam2, "sibling", "auntuncle", "cousin"),
               ") present. Chaplain ", N(chap.form("full")), " attended.")
    b.line("Medical examiner: ", LOC(county), " ME, investigator ", N(inv.form("full")), ", case ", IDN("ME-%02d-%04d" % (enc.year % 100, rng.randint(1, 9999))),
           "; released without restriction.")
    b.line("Donor management: ", kj([lab(rng, "Na"), lab(rng, "Cr"), lab(rng, "lactate"), "EF %d%%" % rng.randint(45, 70)], ", "), "; ",
           K("vasopressin"), " ", K("0.04 units/min"), ", ", K("levothyroxine"), " infusion ", K("20 mcg/h"), ".")
    ort = shift(enc, 1)
    h1, h2 = rng.sample([h[0] for h in HOSPITALS if h[0] != fac and "Children" not in h[0] and "Cancer" not in h[0]], 2)
    b.line("OR set ", D(fdate(rng, ort, styles=["md", "mon_d", "wk_md"])), " 0300. Recovery teams: ", FAC(h1), " (liver), ",
           FAC(h2), " (kidneys)", rng.choice(["", ", heart declined (LVH)"]), ".")
    b.line(nm(rng, coord, "full", "fml"), ", ", rng.choice(["CPTC", "RN, CPTC", "BSN"]), " - Donor Coordinator, pager ", PH(pager(rng)))
    return b


def t_ethics(rng):
    b = Builder("ethics consult note")
    pt = mk_person(rng)
    age = pt_age(rng, 60, 89, 0.55)
    enc = rdate(rng)
    req, cons1, cons2, rn, sw = staff(rng, 5)
    hcp = mk_person(rng, surname=pt.surname)
    dau = mk_person(rng, sex="F", surname=pt.surname if rng.random() < 0.4 else None)
    gn = mk_person(rng)
    t = town(rng)
    c2 = town(rng)
    b.line("CLINICAL ETHICS CONSULTATION")
    b.line("Requested by Dr. ", N(req.form("full")), " (", rng.choice(["MICU", "Hospital Medicine", "Cardiology"]), ") on ",
           D(fdate(rng, enc, styles=["mdy", "long", "iso"])), ". Patient: ", nm(rng, pt, "full", "lf"), ", MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), ".")
    b.line("")
    b.line("Question: Whether to continue ", rng.choice(["dialysis", "mechanical ventilation", "artificial nutrition via PEG"]),
           " when the ", rng.choice(["patient's", "family's"]), " prior wishes and the current surrogate's requests appear to conflict.")
    b.line("")
    adm = shift(enc, -rng.randint(4, 25))
    b.add("Background: ", pt.hon(), " ", N(pt.surname), " is a ", age_p(rng, age, "yr"), " ", "man" if pt.sex == "M" else "woman", " from ", LOC(t[0]),
          " admitted ", D(fdate(rng, adm, styles=PART_STY + ["mdy"])), " with ", rng.choice(["septic shock", "a large left MCA stroke", "decompensated heart failure"]),
          ". ")
    b.line("A health care proxy dated ", D(fdate(rng, shift(adm, -rng.randint(400, 3000)), styles=["mdy", "long", "dmon"])), " names ",
           kin(rng, hcp, "child", "niece", "sibling", "spouse"), " ", N(hcp.form("full")), "; a MOLST from ",
           D(fdate(rng, shift(adm, -rng.randint(30, 300)), styles=["month_year", "mdy"])), " indicates DNR/DNI.")
    b.line(N(dau.form("first")), ", a daughter living in ", LOC(c2[0]), ", ", rng.choice(["has asked", "insists"]), " that everything be done. ",
           N(hcp.form("first")), "'s view is that ", N(pt.form("call")), " \"would never want to live like this.\"")
    b.line("Current status: ", kj([rng.choice(["CAM-ICU positive", "RASS -3", "GCS 8"]), lab(rng, "Cr"), lab(rng, "albumin")], "; "), "; patient lacks decisional capacity.")
    b.line("")
    mt = shift(enc, rng.randint(0, 2))
    b.line("Meeting ", D(fdate(rng, mt, styles=["wk_month", "wk_md", "month_d"])), ", 7 West family room: ", N(hcp.form("first")), ", ", N(dau.form("first")),
           " (by phone), ", kin(rng, gn, "grandniece"), " ", N(gn.form("call")), ", Dr. ", N(req.form("last")), ", ", N(rn.form("first")), " (RN), ", N(sw.form("full")), ", LICSW.")
    b.line("")
    b.line("Assessment/recommendations:")
    b.line("1. ", N(hcp.form("first")), " is the legally appointed surrogate and should use substituted judgment.")
    b.line("2. Prior documented wishes (MOLST) are ethically weighty; a ", K("time-limited trial of 72 hours"), " is reasonable if the family wishes.")
    b.line("3. Offer palliative care and chaplaincy support to ", N(dau.form("first")), ".")
    b.line("4. Symptom plan if comfort-focused: ", K("morphine"), " ", K("2 mg"), " IV q2h PRN dyspnea, ", K("glycopyrrolate"), " ", K("0.2 mg"),
           " for secretions; stop ", K(rng.choice(["vancomycin", "heparin drip", "TPN"])), ".")
    b.line("Ethics consultants: ", nm(rng, cons1, "full", "fml"), ", PhD, HEC-C; ", nm(rng, cons2, "full", "ini"), ", MD. Pager ", PH(pager(rng)), ".")
    return b


def t_grievance(rng):
    b = Builder("patient grievance letter")
    pt = mk_person(rng, sex="M" if rng.random() < 0.5 else "F")
    age = pt_age(rng, 70, 89, 0.5)
    writer = mk_person(rng, surname=pt.surname if rng.random() < 0.7 else None)
    enc = rdate(rng)
    fac, abbr = hosp(rng)
    nurse, doc, bill, pr = staff(rng, 4)
    t = town(rng)
    ft = town(rng)
    b.line(ST(street(rng)))
    b.line(LOC(t[0]), ", ", t[1], " ", ZIP(zipc(rng, t)))
    b.line(EM(email(rng, writer)), rng.choice([" | ", "\n"]), PH(phone(rng)))
    b.line("")
    b.line(D(fdate(rng, shift(enc, rng.randint(3, 20)), styles=["long", "dlong", "abbr", "mdy"])))
    b.line("")
    b.line("Patient Relations Office")
    b.line(FAC(fac))
    b.line(ST(street(rng, unit=False)), ", ", LOC(ft[0]), ", ", ft[1], " ", ZIP(zipc(rng, ft)))
    b.line("")
    rel = "father" if pt.sex == "M" else "mother"
    b.line("Re: my ", rel, ", ", N(pt.form("full")), " (MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), "), ED visit of ", D(fdate(rng, enc, styles=["mdy", "long", "month_d"])))
    b.line("")
    b.line("To whom it may concern,")
    b.line("I am writing to complain about the care my ", rel, " received. ", "He" if pt.sex == "M" else "She", " is ", age_p(rng, age, rng.choice(["yrs", "yo"])) if age >= 90 else K("%d years old" % age),
           " and has dementia. We arrived around 7 pm and waited ", K("over %d hours" % rng.randint(5, 11)), " on a stretcher in the hallway. ",
           "A nurse named ", N(nurse.form("first")), " was kind, but nobody told us anything. Dr. ", N(doc.form("last")),
           " came once and never came back.")
    b.line(N(pt.form("call")), " was given ", K(rng.choice(["Dilaudid", "haloperidol", "Ativan"])), " ", K(rng.choice(["0.5 mg", "1 mg", "2 mg"])),
           " without anyone asking me, and ", "he" if pt.sex == "M" else "she", " was drowsy ", K("for two days"), ". ",
           rng.choice(["His hearing aids were lost." if pt.sex == "M" else "Her hearing aids were lost.",
                       "His dentures were lost." if pt.sex == "M" else "Her dentures were lost.", "Nobody helped with the bedpan."]))
    b.line("When we finally got upstairs ", "his" if pt.sex == "M" else "her", " blood pressure was ", K("%d/%d" % (rng.randint(78, 92), rng.randint(40, 55))),
           " and ", "his" if pt.sex == "M" else "her", " sugar was ", K("%d" % rng.randint(38, 55)), ". ", "He" if pt.sex == "M" else "She",
           " takes ", drug(rng, GEN_DRUGS), " and nobody asked about it.")
    b.line("I also called ", N(bill.form("first")), " in billing about account ", IDN(acct(rng), "ACCOUNT_NUMBER"), " and was told to write this letter.")
    b.line("I hope you will look into this.")
    b.line("")
    b.line("Sincerely,")
    b.line(N(writer.form(rng.choice(["full", "fml"]))))
    b.line("")
    b.line("--- Patient Relations use only ---")
    b.line("Case # ", IDN("PR-%d-%04d" % (enc.year, rng.randint(1, 9999))), " | received ", D(fdate(rng, shift(enc, rng.randint(5, 25)), styles=["mdy", "iso"])),
           " via web form (IP ", IP(ip(rng)), ") | assigned: ", N(pr.form("full")), " | ack letter due ",
           D(fdate(rng, shift(enc, rng.randint(26, 35)), styles=["md", "mdy"])))
    return b


def t_email(rng):
    b = Builder("care coordination email chain")
    pt = mk_person(rng)
    age = pt_age(rng, 55, 89, 0.2)
    enc = rdate(rng)
    cm, sw, hosp_md, snfadm = staff(rng, 4)
    dau = mk_person(rng, sex="F", surname=pt.surname if rng.random() < 0.5 else None)
    fac, abbr = hosp(rng)
    snf = pick(rng, NURSING)
    snf2 = pick(rng, [x for x in NURSING if x != snf])
    t = town(rng)
    cm_e, sw_e, md_e = email(rng, cm, org=True), email(rng, sw, org=True), email(rng, hosp_md, org=True)
    m = mrn(rng)

    def hdr(frm, frm_e, to, d, hh, subj_prefix, with_mrn=True):
        b.line("From: ", N(frm.form(rng.choice(["full", "lf"]))), " <", EM(frm_e), ">")
        st = rng.choice(["wk_long", "mdy", "long"])
        b.line("Sent: ", D(fdate(rng, d, style=st)), " ", hh)
        b.add("To: ")
        show = rng.random() < 0.4
        for i, (p, e) in enumerate(to):
            if i:
                b.add("; ")
            if show:
                b.add(N(p.form("full")), " <", EM(e), ">")
            else:
                b.add(N(p.form("lf")))
        b.line("")
        b.line("Subject: ", subj_prefix, N(pt.form("last")), [" ", IDN(m, "MEDICAL_RECORD_NUMBER")] if with_mrn else "", " - dispo / SNF placement")
        b.line("")

    d1 = enc
    d0 = shift(enc, -1)
    # newest message first
    hdr(cm, cm_e, [(sw, sw_e), (hosp_md, md_e)], d1, tm(rng, "ampm", (7, 19)), "RE: ")
    b.case = "lower" if rng.random() < 0.6 else None
    b.line("hi ", N(sw.form("first")), " - ", rng.choice(["pt's daughter", "the daughter"]), " ", N(dau.form("call")), " called again, she wants ", rng.choice(["him", "her"]),
           " closer to ", LOC(t[0]), ". ", FAC(snf2), " has a bed ", D(fdate(rng, shift(enc, rng.randint(1, 4)), styles=["md", "wk_md"])), " if auth comes thru.")
    b.line("dr ", N(hosp_md.form("last")), " - can you sign the PASRR + updated med list? still on ", drug(rng, GEN_DRUGS), " and ",
           drug(rng, [("enoxaparin", "40 mg", "SC daily"), ("heparin", "5000 units", "SC q8h")]), ", plus IV ", K("ceftriaxone"), " ", K("2 g"),
           " ", K("x%d more days" % rng.randint(2, 9)), ".")
    b.line("thx")
    b.case = None
    b.line(N(cm.form("full")), ", RN, BSN | Nurse Case Manager | ", FAC(fac))
    b.line("o ", PH(phone(rng)), [" | f ", PH(phone(rng))] if rng.random() < 0.4 else "")
    b.line("")
    b.line("-----Original Message-----")
    hdr(sw, sw_e, [(cm, cm_e)], d0, tm(rng, "ampm", (7, 19)), "", with_mrn=False)
    b.line("Spoke w/ ", N(dau.form("first")), [" (", PH(phone(rng)), ")"] if rng.random() < 0.5 else "", ". ", rng.choice(["Her", "Family's"]), " first choice is ", FAC(snf),
           " - admissions contact is ", N(snfadm.form("full")), [", ", EM(email(rng, snfadm))] if rng.random() < 0.3 else "", ". Referral sent in Allscripts; ",
           rng.choice(["insurance auth #", "auth ref"]), " ", IDN("%s%d" % (rng.choice(["A", "UM", ""]), rng.randint(1000000, 99999999))), " pending.")
    b.line("Patient is ", age_p(rng, age, "yrs"), ", ", K("AM-PAC %d" % rng.randint(10, 19)), ", PT recommends SNF.")
    b.line("Shared folder: ", URL("https://%s/sites/cm/%s" % (rng.choice(["teams.bellwetherhealth.org", "share.calloway.edu", "box.mercyridge.org"]), "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)))))
    b.line("- ", N(sw.form("first")), " (", rng.choice(["LICSW", "MSW, LCSW", "social work"]), ")")
    return b


def t_refill_fax(rng):
    b = Builder("pharmacy refill request fax")
    pt = mk_person(rng)
    age = pt_age(rng, 30, 89, 0.12)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    doc, rph, rn = staff(rng, 3)
    ph_name = pick(rng, PHARMACIES)
    pt_ = town(rng)
    ptt = town(rng)
    b.case = "upper"
    b.line("*** FAX *** ", D(fdate(rng, enc, styles=["mdy", "mdy2", "dash"])), " ", tm(rng, "24"), "   PAGE 1 OF 1")
    b.line("TO: DR. ", N(doc.form("FULLU")), "   FAX: ", PH(phone(rng)))
    b.line("FROM: ", FAC(ph_name), ", ", ST(street(rng, unit=False)), ", ", LOC(pt_[0]), " ", pt_[1], " ", ZIP(zipc(rng, pt_)))
    b.line("PHARMACY PH: ", PH(phone(rng)), ["   PHARMACY FAX: ", PH(phone(rng))] if rng.random() < 0.5 else "")
    b.line("")
    b.line(rng.choice(["REFILL AUTHORIZATION REQUEST", "RENEWAL REQUEST - NO REFILLS REMAINING"]))
    b.line("PATIENT: ", N(pt.form("LF")), "   DOB: ", D(fdate(rng, dob, styles=["mdy", "mdy2", "dash"])), "   PH: ", PH(phone(rng)))
    b.line("ADDR: ", ST(street(rng)), ", ", LOC(ptt[0]), " ", ptt[1], " ", ZIP(zipc(rng, ptt)))
    b.line("INS: ", rng.choice(["BIN 610014 PCN MEDDPRIME", "BIN 004336 PCN ADV", "BIN 003858 PCN A4"]), "  ID ", IDN(member(rng), "HEALTH_PLAN_NUMBER"))
    b.line("")
    pool = [("LISINOPRIL", "20 MG TAB", "TAKE 1 TABLET BY MOUTH DAILY"), ("ATORVASTATIN", "40 MG TAB", "TAKE 1 TABLET AT BEDTIME"),
            ("METFORMIN ER", "500 MG TAB", "TAKE 2 TABLETS WITH SUPPER"), ("LEVOTHYROXINE", "75 MCG TAB", "TAKE 1 TAB EVERY MORNING"),
            ("ELIQUIS", "5 MG TAB", "TAKE 1 TABLET TWICE DAILY"), ("SERTRALINE", "100 MG TAB", "TAKE 1 TABLET DAILY"),
            ("AMLODIPINE", "10 MG TAB", "TAKE 1 TABLET DAILY"), ("GABAPENTIN", "300 MG CAP", "TAKE 1 CAPSULE THREE TIMES DAILY"),
            ("TRULICITY", "1.5 MG/0.5 ML PEN", "INJECT 1.5 MG WEEKLY"), ("ALBUTEROL HFA", "90 MCG/ACT", "2 PUFFS Q4H PRN")]
    for dname, dose, sig_ in rng.sample(pool, rng.randint(1, 3)):
        lf = shift(enc, -rng.randint(20, 95))
        b.line("RX# ", IDN("%07d" % rng.randint(0, 9999999)), "  ", K(dname), " ", K(dose))
        b.line("   SIG: ", sig_, "   QTY: ", rng.choice(["30", "90", "60", "180"]), "   DS: ", K("%d DAYS" % rng.choice([30, 90])), "   LAST FILL: ", D(fdate(rng, lf, styles=["mdy", "mdy2"])), "   RF REMAIN: 0")
    b.line("PRESCRIBER: ", N(doc.form("LF")), "   NPI ", IDN(npi(rng)), "   DEA ", IDN(dea(rng, doc), "LICENSE_NUMBER"))
    b.line("PHARMACIST: ", N(rph.form("FULLU")), ", RPH")
    b.case = None
    b.line("")
    b.line("----- PRESCRIBER RESPONSE -----")
    b.line(rng.choice(["[X] Approved  refills: 3   [ ] Denied", "[X] Approved x1 - pt must be seen   [ ] Denied", "[ ] Approved   [X] Denied - changed therapy"]))
    if True:
        b.line("Comments: needs BMP before next fill (", K(lab(rng, "K")), ", ", K(lab(rng, "Cr")), " on ",
               D(fdate(rng, shift(enc, -rng.randint(100, 300)), styles=["md", "mdy2"])), "). Appt made ", D(fdate(rng, shift(enc, rng.randint(5, 30)), styles=["md", "mon_d"])), ".")
    b.line("Signed: ", N(rn.form(rng.choice(["full", "ini"]))), ", RN for Dr. ", N(doc.form("last")), "  ", D(fdate(rng, shift(enc, 1), styles=["md", "mdy2"])))
    return b


PROBLEM_POOL = ["dm", "cad", "hashimoto", "barrett", "dupuytren", "paget", "sjogren", "addison", "wpw", "bell", "ckd", "afib", "osa", "gout", "peyronie", "crohn"]


def t_problem_list(rng):
    b = Builder("free-text problem list with history")
    pt = mk_person(rng)
    age = pt_age(rng, 40, 89, 0.12)
    enc = rdate(rng)
    me, endo, gi, card = staff(rng, 4)
    style = rng.choice(["num", "hash", "dash"])
    b.line(rng.choice(["ACTIVE PROBLEM LIST", "Problem List (reconciled)", "PROBLEMS / PMH"]), " - ", nm(rng, pt, "full", "lf", "LF"),
           ", ", age_p(rng, age, rng.choice(["yo", "sexc"]), pt.sex), ", MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"))
    b.line("Updated ", D(fdate(rng, enc)), " by ", nm(rng, me, "full", "ini"), ", MD")
    b.line("")
    probs = rng.sample([x for x in PROBLEM_POOL if pt.sex == "M" or x != "peyronie"], rng.randint(4, 6))
    for i, pcode in enumerate(probs, 1):
        b.add({"num": "%d. " % i, "hash": "# ", "dash": "- "}[style])
        d = shift(enc, -rng.randint(60, 3000))
        if pcode == "dm":
            b.line("Type 2 diabetes (dx 2009): ", K(lab(rng, "A1c")), " on ", D(fdate(rng, d, styles=["md", "mdy2", "mdy"])), "; ", drug(rng, [("metformin", "1000 mg", "BID")]),
                   " + ", drug(rng, [("Jardiance", "10 mg", "daily"), ("Ozempic", "1 mg", "weekly")]), ". Endo: Dr. ", N(endo.form("last")), ", ", FAC(pick(rng, CLINICS)), ".")
        elif pcode == "cad":
            b.line("CAD s/p NSTEMI ", D(fdate(rng, d, styles=["month_year", "mdy", "dmon"])), ", DES to LAD at ", FAC(hosp(rng)[0]), "; ",
                   drug(rng, [("clopidogrel", "75 mg", "daily"), ("ticagrelor", "90 mg", "BID")]), ". Cards: ", N(card.form("fml")), ".")
        elif pcode == "hashimoto":
            b.line(K("Hashimoto thyroiditis"), " - ", drug(rng, [("levothyroxine", "88 mcg", "daily"), ("Synthroid", "112 mcg", "daily")]), "; ", K(lab(rng, "TSH")), ".")
        elif pcode == "barrett":
            b.line(K("Barrett esophagus"), ", EGD ", D(fdate(rng, d, styles=["mdy", "iso", "md"])), " (Dr. ", N(gi.form("full")), "): no dysplasia; repeat in ", K("3 years"), ".")
        elif pcode == "dupuytren":
            b.line(K("Dupuytren contracture"), " R ring finger, s/p collagenase ", D(fdate(rng, d, styles=["month_year", "mdy"])), ".")
        elif pcode == "paget":
            b.line(K("Paget disease of bone"), " (pelvis), ", K("alk phos 212"), "; ", K("zoledronic acid"), " ", K("5 mg"), " IV yearly, last ", D(fdate(rng, d, styles=["mdy", "md"])), ".")
        elif pcode == "sjogren":
            b.line(K("Sjogren syndrome"), " - sicca; ", drug(rng, [("pilocarpine", "5 mg", "TID"), ("hydroxychloroquine", "200 mg", "BID")]), ".")
        elif pcode == "addison":
            b.line(K("Addison disease"), " - ", K("hydrocortisone"), " ", K("15 mg"), " AM / ", K("5 mg"), " PM; ", K("fludrocortisone"), " ", K("0.1 mg"), ". Stress-dose card given.")
        elif pcode == "wpw":
            b.line(K("Wolff-Parkinson-White"), " pattern, ablation ", D(fdate(rng, d, styles=["mdy", "dmon", "month_year"])), " at ", FAC(hosp(rng)[0]), " - no recurrence.")
        elif pcode == "bell":
            b.line("h/o ", K("Bell palsy"), " (L), ", D(fdate(rng, d, styles=["month_year", "mdy"])), ", resolved with ", K("prednisone"), ".")
        elif pcode == "ckd":
            b.line("CKD stage 3b, ", K(lab(rng, "eGFR")), ", ", K(lab(rng, "Cr")), "; nephrology ", rng.choice(["yearly", "q6mo"]), ".")
        elif pcode == "afib":
            b.line("Paroxysmal AF, ", K("CHA2DS2-VASc %d" % rng.randint(2, 6)), ", on ", drug(rng, [("apixaban", "5 mg", "BID"), ("Xarelto", "20 mg", "daily")]), ".")
        elif pcode == "osa":
            b.line("OSA, ", K("AHI %d" % rng.randint(16, 60)), ", CPAP ", K("10 cm H2O"), " (ResMed AirSense SN ", IDN(serial(rng), "DEVICE_ID"), ").")
        elif pcode == "gout":
            b.line("Gout - ", drug(rng, [("allopurinol", "300 mg", "daily"), ("febuxostat", "40 mg", "daily")]), ", ", K("uric acid 5.8"), "; last flare ",
                   D(fdate(rng, d, styles=["month_d", "md", "mon_d"])), ".")
        elif pcode == "peyronie":
            b.line(K("Peyronie disease"), ", urology following.")
        else:
            b.line(K("Crohn disease"), " (ileocolonic) on ", K("Humira"), " ", K("40 mg"), " q2wk; colonoscopy ", D(fdate(rng, d, styles=["mdy", "iso"])), " in remission.")
    b.line("")
    sp = mk_person(rng)
    t = town(rng)
    b.line("Social: lives with ", kin(rng, sp, "partner", "spouse", "sibling"), " ", N(sp.form("first")), " in ", LOC(t[0]), "; ",
           rng.choice(["retired from ", "works at ", "on disability, formerly at "]), LOC(pick(rng, EMPLOYERS)), ".")
    b.line("HCP: ", N(sp.form("full")), " ", PH(phone(rng)))
    return b


FH_COND = ["Lynch syndrome", "Huntington disease", "von Willebrand disease", "Marfan syndrome", "Alzheimer disease",
           "Parkinson disease", "Crohn disease", "Hodgkin lymphoma", "Graves disease", "Down syndrome", "Wilson disease",
           "Charcot-Marie-Tooth disease", "Hashimoto thyroiditis", "Ehlers-Danlos syndrome", "Tourette syndrome",
           "breast cancer", "colon cancer", "type 2 diabetes", "MI", "stroke", "prostate cancer", "ovarian cancer",
           "BRCA2 pathogenic variant", "hypertrophic cardiomyopathy", "sudden cardiac death"]


CONGENITAL = ["Down syndrome", "Marfan syndrome", "Ehlers-Danlos syndrome", "von Willebrand disease", "Tourette syndrome",
              "BRCA2 pathogenic variant", "Lynch syndrome", "Charcot-Marie-Tooth disease"]


def t_pedigree(rng):
    b = Builder("family history pedigree table")
    pt = mk_person(rng)
    age = rng.randint(22, 70)
    enc = rdate(rng)
    rn, = staff(rng, 1)
    mom = mk_person(rng, sex="F")
    dad = mk_person(rng, sex="M", surname=pt.surname)
    fam = [("Mother", mom), ("Father", dad),
           ("Sister", mk_person(rng, sex="F", surname=pt.surname)), ("Brother", mk_person(rng, sex="M", surname=pt.surname)),
           ("Mat. grandmother", mk_person(rng, sex="F")), ("Mat. grandfather", mk_person(rng, sex="M", surname=mom.surname)),
           ("Pat. grandmother", mk_person(rng, sex="F", surname=dad.surname)), ("Pat. aunt", mk_person(rng, sex="F", surname=dad.surname)),
           ("Mat. uncle", mk_person(rng, sex="M", surname=mom.surname)), ("Maternal first cousin", mk_person(rng))]
    rows = [fam[0], fam[1]] + rng.sample(fam[2:], rng.randint(3, 5))
    b.line("FAMILY HISTORY - ", rng.choice(["Preventive Cardiology intake", "Primary Care annual", "High-Risk Breast Clinic intake", "GI clinic intake"]))
    b.line("Proband: ", nm(rng, pt, "full", "lf"), " (", age_p(rng, age, "yrs"), "), MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"),
           "; obtained ", D(fdate(rng, enc)), " from patient and ", rng.choice(["mother", "father"]), ".")
    b.line("")
    sep = rng.choice([" | ", "\t"])
    b.line(sep.join(["Relation", "Name", "Status / age", "Conditions (age at dx)"]))
    if sep == " | ":
        b.line("---|---|---|---")
    for relname, p in rows:
        b.add(relname, sep, N(p.form(rng.choice(["full", "first", "full", "nickfull"]))), sep)
        gen = 2 if "grand" in relname else (1 if relname in ("Mother", "Father", "Pat. aunt", "Mat. uncle") else 0)
        base = age + 27 * gen + rng.randint(-8, 8)
        if rng.random() < 0.3 + 0.3 * gen:
            if gen == 0:
                cur = rng.randint(18, max(19, age + 6))
            else:
                cur = min(max(base - rng.randint(0, 20), 40), 101)
                if gen == 2 and rng.random() < 0.5:
                    cur = rng.randint(90, 99)
            b.add("deceased at ", A90(str(cur)) if cur >= 90 else K(str(cur)))
        else:
            cur = max(base, 12)
            b.add("alive, ", A90(str(cur)) if cur >= 90 else K(str(cur)))
            if cur >= 90 and rng.random() < 0.5:
                b.add(" (b. ", D(str(enc.year - cur)), ")")
        b.add(sep)
        cs = rng.sample(FH_COND, rng.choice([0, 1, 1, 2]))
        if not cs:
            b.add("none known")
        for j, c in enumerate(cs):
            if j:
                b.add("; ")
            if c in CONGENITAL:
                b.add(K(c))
            else:
                lo = min(20, cur - 2)
                b.add(K(c), " (dx %d)" % rng.randint(lo, max(lo, cur - 1)))
        b.line("")
    b.line("")
    t = town(rng)
    b.line("Comments: ", rng.choice(["maternal relatives mostly in ", "father's family from ", "most of the family lives near "]), LOC(t[0]),
           "; ", rng.choice(["Ashkenazi Jewish ancestry on paternal side", "no consanguinity", "adopted maternal grandmother - history unknown"]), ".")
    if rng.random() < 0.5:
        b.line("Mother's records at ", FAC(hosp(rng)[0]), " requested (release signed ", D(fdate(rng, enc, styles=["md", "mdy2"])), ").")
    b.line("Recorded by ", nm(rng, rn, "full", "fml"), rng.choice([", RN", ", BSN, RN", " RN"]))
    return b


VAX = [("Tdap (Boostrix)", "0.5 mL", "IM L deltoid"), ("Shingrix", "0.5 mL", "IM R deltoid"), ("Prevnar 20", "0.5 mL", "IM L deltoid"),
       ("Fluzone High-Dose", "0.7 mL", "IM R deltoid"), ("Comirnaty 2024-25", "0.3 mL", "IM L deltoid"), ("Spikevax", "0.5 mL", "IM"),
       ("Arexvy (RSV)", "0.5 mL", "IM L deltoid"), ("Heplisav-B", "0.5 mL", "IM"), ("Pneumovax 23", "0.5 mL", "IM"),
       ("Gardasil 9", "0.5 mL", "IM"), ("MMR II", "0.5 mL", "SC"), ("Varivax", "0.5 mL", "SC"), ("Flucelvax", "0.5 mL", "IM")]


def t_vax(rng):
    b = Builder("vaccination record")
    pt = mk_person(rng)
    age = pt_age(rng, 19, 89, 0.3)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    fac, abbr = hosp(rng)
    t = town(rng)
    b.line("IMMUNIZATION RECORD - printed ", D(fdate(rng, enc, styles=["mdy", "iso"])), " from ", FAC(fac))
    b.line("Name: ", nm(rng, pt, "LF", "lfm", "full"), "   DOB: ", D(fdate(rng, dob, styles=DOB_STY)),
           ["   Age: ", age_p(rng, age, "yrs")] if rng.random() < 0.5 else "")
    b.line("MRN: ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), "   State registry (", rng.choice(["MIIS", "RIIS", "IRIS", "ImmPRINT"]), ") ID: ",
           IDN("%010d" % rng.randint(0, 9999999999)))
    b.line("Address on file: ", address_pieces(rng, t=t))
    b.line("")
    b.line("\t".join(["Vaccine", "Date", "Dose", "Route/Site", "Given by", "Location"]))
    givers = staff(rng, 3)
    gcred = [rng.choice([", RN", ", LPN", ", PharmD", ", MA"]) for _ in givers]
    for v, dose, site in rng.sample(VAX, rng.randint(4, 6)):
        d = shift(enc, -rng.randint(0, 2500))
        b.add(K(v), "\t", D(fdate(rng, d, styles=["mdy", "iso", "mdy_nz", "dmon", "mdy2"])), "\t", K(dose), "\t", site, "\t")
        r = rng.random()
        if r < 0.5:
            gi = rng.randrange(len(givers))
            g = givers[gi]
            b.add(N(g.form(rng.choice(["ini", "full", "lf"]))), gcred[gi], "\t", FAC(fac if rng.random() < 0.5 else pick(rng, CLINICS)))
        elif r < 0.8:
            b.add("pharmacist", "\t", FAC(pick(rng, PHARMACIES)))
        else:
            b.add("historical", "\t", "per patient / registry")
        b.line("")
    b.line("")
    due = shift(enc, rng.randint(30, 200))
    b.line("Next due: ", rng.choice(["Shingrix dose 2", "Tdap booster", "influenza"]), " on/after ", D(fdate(rng, due, styles=["md", "mdy", "month_d"])), ".")
    b.line("Registry query ", rng.choice(["run by", "by"]), " ", N(givers[0].form("full")), " from workstation ", IP(ip(rng)), "; contraindications: none.")
    return b


SURG_PROCS = ["laparoscopic cholecystectomy", "right total knee arthroplasty", "open inguinal hernia repair",
              "robotic prostatectomy", "ORIF left distal radius", "total thyroidectomy", "lumbar L4-5 laminectomy",
              "laparoscopic sigmoid colectomy", "right hip hemiarthroplasty", "cystoscopy with ureteral stent"]


def t_anesthesia(rng):
    b = Builder("anesthesia record")
    pt = mk_person(rng)
    age = pt_age(rng, 18, 89, 0.15)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    anes, crna, surg, res, pacu = staff(rng, 5)
    fac, abbr = hosp(rng)
    proc = rng.choice([x for x in SURG_PROCS if pt.sex == "M" or "prostat" not in x])
    b.line("ANESTHESIA RECORD")
    b.line("Case #: ", IDN("%d-%05d" % (enc.year % 100, rng.randint(0, 99999))), " | Date: ", D(fdate(rng, enc, styles=["mdy", "iso", "dmon"])),
           " | OR ", str(rng.randint(1, 24)), " | ", FAC(fac) if rng.random() < 0.7 or not abbr else FAC(abbr))
    b.line("Patient: ", nm(rng, pt, "LF", "lf"), " | MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), " | DOB ", D(fdate(rng, dob, styles=DOB_STY)),
           " | ", age_p(rng, age, "sexc", pt.sex), " | ", kj(vit(rng, ["Wt"])), " | ", K(rng.choice(["ASA II", "ASA III", "ASA IV", "ASA III E"])))
    b.line("Procedure: ", proc, " | Surgeon: Dr. ", N(surg.form("last")), [" | FIN ", IDN(acct(rng), "ACCOUNT_NUMBER")] if rng.random() < 0.5 else "")
    b.line("Anesthesiologist: ", nm(rng, anes, "full", "fml"), ", MD | CRNA: ", nm(rng, crna, "full", "ini"), ", CRNA",
           [" | Resident: ", N(res.form("full"))] if rng.random() < 0.5 else "")
    b.line("")
    b.line("PREOP: NPO since 2200; ", K("Mallampati %s" % rng.choice(["I", "II", "III"])), ", TMD >3 FB, full ROM neck; ", K(lab(rng, "Hgb")), ", ", K(lab(rng, "K")), ".")
    dev = rng.random() < 0.3
    if dev:
        b.line("CIED: ", K(rng.choice(["Medtronic Azure", "Boston Scientific Accolade", "Abbott Assurity"])), " pacemaker SN ", IDN(serial(rng), "DEVICE_ID"),
               "; magnet at bedside, bipolar cautery.")
    tech = rng.choice(["GETA", "LMA", "spinal + MAC"])
    ti = rng.randint(7, 9)
    t0 = rng.choice([0, 15, 30])
    b.line("%02d:%02d  Induction/technique: %s" % (ti, t0, tech))
    if tech == "GETA":
        b.line("       ", K("propofol"), " ", K("%d mg" % rng.choice([120, 150, 180, 200])), ", ", K("fentanyl"), " ", K("100 mcg"), ", ",
               K("rocuronium"), " ", K("%d mg" % rng.choice([40, 50, 60])), ". ", K("Macintosh 3"), " blade, ", K("Cormack-Lehane grade %d" % rng.randint(1, 2)),
               ", 7.0 ETT @ 22 cm, +EtCO2, BBS =.")
    elif tech == "LMA":
        b.line("       ", K("propofol"), " ", K("%d mg" % rng.choice([150, 180, 200])), ", ", K("lidocaine"), " ", K("40 mg"), "; i-gel size 4, easy.")
    else:
        b.line("       ", K("bupivacaine 0.75%"), " ", K("1.6 mL"), " L3-4, 25G ", K("Whitacre needle"), "; ", K("propofol"), " infusion ", K("50 mcg/kg/min"), ".")
    b.line("       Maintenance: ", K("sevoflurane"), " ", K("%.1f%%" % rng.uniform(1.2, 2.4)), " in O2/air; ", K("Bair Hugger"), " upper body.")
    b.line("Time  | BP      | HR  | SpO2 | EtCO2")
    for k in range(rng.randint(3, 4)):
        mins = t0 + 15 + 30 * k
        b.line("%02d:%02d | " % (ti + mins // 60, mins % 60), "%d/%d" % (rng.randint(92, 150), rng.randint(50, 90)), " | ",
               str(rng.randint(56, 98)), "  | ", "%d%%" % rng.randint(95, 100), " | ", str(rng.randint(31, 42)))
    b.line("Antibiotic: ", K("cefazolin"), " ", K("2 g"), " IV 30 min before incision. Dexamethasone 4 mg, ondansetron 4 mg.")
    b.line("I/O: LR %d mL; EBL %d mL; UOP %d mL" % (rng.choice([800, 1000, 1200, 1500]), rng.choice([10, 50, 150, 300]), rng.choice([100, 250, 400])))
    if tech == "GETA":
        b.line("Emergence: ", K("sugammadex"), " ", K("200 mg"), "; extubated awake, TOF 4/4.")
    b.line("Report to PACU RN ", N(pacu.form(rng.choice(["first", "full"]))), " at ", hm(ti + rng.randint(2, 4), rng.choice([5, 20, 35, 50])), "; stable.")
    b.line("Signed ", nm(rng, anes, "ini", "lf"), ", MD  ", D(fdate(rng, enc, styles=["md", "mdy"])))
    return b


def t_pacu(rng):
    b = Builder("PACU recovery note")
    pt = mk_person(rng)
    age = pt_age(rng, 18, 89, 0.08)
    enc = rdate(rng)
    rn, crna, surg, nxt = staff(rng, 4)
    fac, abbr = hosp(rng)
    proc = rng.choice([x for x in SURG_PROCS if pt.sex == "M" or "prostat" not in x])
    amb = rng.random() < 0.55
    b.line("PACU NURSING NOTE - ", FAC(fac), " ", "Ambulatory Surgery Center" if amb else "Main OR PACU")
    b.line(D(fdate(rng, enc, styles=["mdy", "mdy2", "iso", "wk_md"])), "  ", nm(rng, pt, "full", "lf"), "  MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"),
           "  ", age_p(rng, age, rng.choice(["yo", "sexc"]), pt.sex), ["  Acct ", IDN(acct(rng), "ACCOUNT_NUMBER")] if rng.random() < 0.4 else "")
    b.line("")
    h0, m0 = rng.randint(8, 16), rng.choice([0, 5, 10, 20, 25, 40, 45, 50])
    b.line(hm(h0, m0), " Arrived s/p ", proc, " (Dr. ", N(surg.form("last")), "). Report received from ", nm(rng, crna, "full", "ini"),
           ", CRNA. ", K("Aldrete %d/10" % rng.randint(6, 8)), " on arrival; ", kj(vit(rng, ["BP", "HR", "SpO2", "pain"])), ".")
    b.line("    ", K("hydromorphone"), " ", K("0.2 mg"), " IV ", K("x2"), " for pain; ", K("POSS 2"), " after 2nd dose. ", K("ondansetron"), " ",
           K("4 mg"), " IV for nausea.")
    b.line(hm(h0 + 1, (m0 + 15) % 60), " ", K("Aldrete 10/10"), ", ", kj(vit(rng, ["BP", "HR", "pain"])), ". Voided. Tolerating ice chips/crackers.")
    sp = mk_person(rng, surname=pt.surname if rng.random() < 0.6 else None)
    if amb:
        fr = mk_person(rng)
        b.line("    ", cap(kin(rng, sp, "spouse", "partner", "child")), " ", N(sp.form("first")), " at bedside; instructions reviewed with ", N(sp.form("first")),
               rng.choice([" and patient", ""]), ".")
        b.line("    Discharged home ", hm(h0 + 2, m0), " via wheelchair to car; responsible adult/driver ", N(fr.form("full")), " (", rng.choice(["friend", "neighbor", "cousin"]),
               "), vehicle plate ", IDN(plate(rng), "VEHICLE_ID"), ". Post-op call ", D(fdate(rng, shift(enc, 1), styles=["md", "wk_md", "mon_d"])), ".")
    else:
        b.line("    ", cap(kin(rng, sp, "child", "spouse")), " ", N(sp.form("full")), " updated by phone ", PH(phone(rng)), ".")
        b.line("    Transferred to ", rng.choice(["6 West", "4 North", "Ortho 8"]), " rm ", str(rng.randint(401, 899)), "; handoff to ", N(nxt.form("first")), " RN at ", hm(h0 + 2, (m0 + 10) % 60), ".")
    b.line("-- ", nm(rng, rn, "full", "fml"), rng.choice([", RN, CPAN", ", BSN RN", " RN"]))
    return b


def t_icu_family(rng):
    b = Builder("ICU family update note")
    pt = mk_person(rng)
    age = pt_age(rng, 40, 89, 0.3)
    enc = rdate(rng)
    att, rn, chap, fel = staff(rng, 4)
    sp = mk_person(rng, sex="F" if pt.sex == "M" else "M", surname=pt.surname if rng.random() < 0.7 else None)
    son = mk_person(rng, sex="M", surname=pt.surname)
    niece = mk_person(rng)
    c = town(rng)
    b.line(rng.choice(["MICU FAMILY UPDATE", "ICU Family Meeting Note", "Family communication - SICU"]), " - ", D(fdate(rng, enc)), " ", tm(rng, "ampm", (8, 20)))
    b.line("Patient: ", nm(rng, pt, "full", "lf"), " (", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), "), ", age_p(rng, age, "yo"))
    b.line("")
    b.line("Present: Dr. ", N(att.form("full")), " (attending), ", N(fel.form("full")), " (fellow), ", N(rn.form("first")), " (bedside RN), chaplain ",
           N(chap.form("full")), ". Family: ", N(sp.form("full")), " (", "wife" if sp.sex == "F" else "husband", "), ", N(son.form("first")),
           " (son, by phone from ", LOC(c[0]), "), and niece ", N(niece.form("call")), ".")
    b.line("")
    icud = rng.randint(3, 16)
    adm = shift(enc, -icud)
    b.line(N(sp.form("first")), " asked how ", N(pt.form("call")), " was doing compared with yesterday. We explained that since admission on ",
           D(fdate(rng, adm, styles=PART_STY + ["mdy"])), " ", "he" if pt.sex == "M" else "she", " has remained critically ill: ", K("ICU day %d" % icud), ", ",
           K("norepinephrine"), " ", K("%.2f mcg/kg/min" % rng.uniform(0.04, 0.3)), ", ", rng.choice(["CRRT since ", "intubated since ", "on ECMO since "]),
           D(fdate(rng, shift(adm, rng.randint(0, 2)), styles=["md", "mon_d", "month_ord"])), ", ", K("SOFA %d" % rng.randint(7, 16)), ".")
    b.line(N(son.form("first")), " wanted to know whether ", "his father" if pt.sex == "M" else "his mother", " could hear them. ", N(niece.form("call")),
           " shared that ", N(pt.form("call")), " \"hated hospitals\" and had talked about this after ", rng.choice(["a neighbor's", "his brother's", "her sister's"]), " long ICU stay.")
    b.line("We recommended a ", K("time-limited trial of %d hours" % rng.choice([48, 72, 96])), " with reassessment; the family agreed. Code status remains full for now.")
    b.line("Next update ", D(fdate(rng, shift(enc, rng.randint(1, 3)), styles=["wk_month", "md", "month_ord"])), " or sooner; primary contact ",
           N(sp.form("first")), " ", PH(phone(rng)), rng.choice([" (cell)", "", " - ok to leave VM"]), ".")
    b.line("Time spent: ", K("%d minutes" % rng.choice([35, 45, 60, 75])), ", >50% counseling.")
    sig(rng, b, att, "MD")
    return b


CRISIS = ["Pathways Crisis Center", "Safe Harbor Advocacy Network", "YWCA Rape Crisis Services of Lowell County",
          "Tri-County Sexual Assault Response Team", "New Dawn Survivor Services"]


def t_sane(rng):
    b = Builder("sexual assault nurse examiner note")
    pt = mk_person(rng, sex=rng.choice("FFFM"))
    age = rng.randint(16, 64)
    enc = rdate(rng)
    dob = dob_for(rng, age, enc)
    sane, adv, off, idmd = staff(rng, 4)
    fr = mk_person(rng)
    fac, abbr = hosp(rng)
    t = town(rng)
    crisis = pick(rng, CRISIS)
    b.line("SEXUAL ASSAULT NURSE EXAMINER (SANE) DOCUMENTATION")
    b.line(FAC(fac), " Emergency Department")
    b.line("Patient: ", nm(rng, pt, "full", "lf"), "   MRN: ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), "   DOB: ", D(fdate(rng, dob, styles=DOB_STY)))
    b.line("Exam date/time: ", D(fdate(rng, enc, styles=["mdy", "iso", "dmon", "long"])), " ", tm(rng, "24"))
    b.line("Examiner: ", nm(rng, sane, "full", "fml"), rng.choice([", RN, SANE-A", ", BSN, RN, SANE-A, SANE-P", ", MSN, FNP, SANE-A"]))
    b.line("Advocate present (with patient consent): ", N(adv.form("full")), ", ", FAC(crisis))
    police = rng.random() < 0.7
    if police:
        b.line("Law enforcement: Officer ", N(off.form("full")), ", ", LOC(t[0]), " PD, badge ", IDN("%d" % rng.randint(100, 9999)), "; report # ",
               IDN("%d-%d-OF" % (enc.year % 100, rng.randint(1000, 99999))))
    else:
        b.line("Law enforcement: patient declined report at this time; informed of option to report later.")
    b.line("")
    b.line("Time since reported incident: approximately ", K("%d hours" % rng.randint(4, 96)), ". Patient alert, oriented, tearful at times, answered all questions.")
    b.line("Consent: written consent obtained for medical exam, evidence collection, photography, and release of kit to law enforcement.")
    b.line("Vitals: ", kj(vit(rng, ["BP", "HR", "RR", "T", "SpO2"])), ".")
    b.line("Exam: findings documented on body diagrams and ", rng.choice(["12", "18", "24"]), " photographs; ", rng.choice(["no acute injury identified", "minor abrasions documented",
           "bruising to forearms documented"]), ". ", K("toluidine blue"), " applied per protocol.")
    b.line("Evidence: kit # ", IDN("SAK-%d-%05d" % (enc.year, rng.randint(0, 99999))), " sealed ", tm(rng, "24"),
           "; chain of custody ", ["released to Officer ", N(off.form("last"))] if police else "held in ED locked storage", ".")
    b.line("Labs: ", kj(["urine hCG negative", "HIV Ag/Ab pending", "RPR pending", "HBsAg pending"], ", "), ".")
    b.line("Prophylaxis: ", K("ceftriaxone"), " ", K("500 mg"), " IM; ", K("doxycycline"), " ", K("100 mg"), " BID ", K("x7 days"), "; ",
           ("" if pt.sex == "M" else [K("levonorgestrel"), " ", K("1.5 mg"), " PO; "]), "nPEP ", K("Biktarvy"), " 1 tab daily ", K("x28 days"), " (starter pack given).")
    b.line("Follow-up: ID clinic with Dr. ", N(idmd.form("last")), " on ", D(fdate(rng, shift(enc, rng.randint(3, 7)), styles=PART_STY)),
           " for nPEP labs; counseling through ", FAC(crisis), " hotline ", PH(phone(rng)), ".")
    b.line("Safety: patient will stay with friend ", N(fr.form(rng.choice(["first", "full"]))), " tonight; safe contact number ", PH(phone(rng)), ".")
    return b


def t_tumor_board(rng):
    b = Builder("tumor board minutes")
    enc = rdate(rng)
    fac, abbr = hosp(rng)
    mod, mo, ro, su, pa, nav = staff(rng, 6)
    board = rng.choice(["THORACIC", "GI", "HEPATOPANCREATOBILIARY"])
    b.line(FAC(fac), " - ", board, " MULTIDISCIPLINARY TUMOR BOARD")
    b.line("Date: ", D(fdate(rng, enc, styles=["wk_long", "long", "mdy"])), "   Location: Conf Rm 4B / ", URL("https://%s.zoom.us/j/%d" % (rng.choice(["bellwether", "calloway", "hollisingram"]), rng.randint(10**9, 10**10 - 1))))
    b.line("Moderator: Dr. ", N(mod.form("full")))
    b.line("Attendees: ", N(mo.form("full")), ", MD (Med Onc); ", N(ro.form("fml")), ", MD (Rad Onc); ", N(su.form("full")), ", DO (Surgery); ",
           N(pa.form("full")), ", MD (Pathology); ", N(nav.form("full")), ", RN (navigator)")
    b.line("")
    ncase = rng.randint(2, 3)
    for i in range(1, ncase + 1):
        p = mk_person(rng)
        age = pt_age(rng, 45, 89, 0.08)
        pres = rng.choice([mo, su, ro])
        b.line("Case ", str(i), " - ", nm(rng, p, "LF", "lf"), " | MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"), " | ", age_p(rng, age, "sexc", p.sex),
               " | presented by Dr. ", N(pres.form("last")))
        if board == "THORACIC":
            opts = [["RUL mass with chest wall invasion and ", K("Horner syndrome"), " - ", K("Pancoast tumor"), "; ", K("PD-L1 TPS %d%%" % rng.randint(1, 95)),
                     ", EGFR/ALK negative."],
                    ["LLL adenocarcinoma, ", K("EGFR exon 19 deletion"), "; ", K("osimertinib"), " ", K("80 mg"), " daily proposed."],
                    ["SCLC limited stage, ", K(lab(rng, "Na")), " (SIADH); ", K("cisplatin"), "/", K("etoposide"), " with concurrent RT."]]
        else:
            opts = [["pancreatic head mass, ", K("CA 19-9 %d" % rng.randint(40, 1500)), ", ", K("Courvoisier sign"), " on exam; borderline resectable."],
                    ["gastric adenocarcinoma with ", K("Virchow node"), " and ", K("Sister Mary Joseph nodule"), " - stage IV."],
                    ["rectal adenocarcinoma T3N1, ", K("CEA %.1f" % rng.uniform(2, 40)), "; migratory thrombophlebitis (", K("Trousseau syndrome"), ")."]]
        b.line("   ", rng.choice(opts))
        b.line("   Outside imaging from ", FAC(hosp(rng)[0]), " (", D(fdate(rng, shift(enc, -rng.randint(5, 40)), styles=["md", "mdy", "mon_d"])), ") reviewed.")
        rec = rng.choice(["neoadjuvant chemotherapy then restage", "proceed to resection (" + rng.choice(["Whipple procedure", "lobectomy"]) + ")",
                          "concurrent chemoradiation", "systemic therapy; palliative care referral"])
        if "Whipple" in rec:
            b.line("   Recommendation: proceed to resection (", K("Whipple procedure"), ").")
        else:
            b.line("   Recommendation: ", rec, ".")
    b.line("")
    b.line("Action items: ", N(nav.form("first")), " to obtain outside slides (accession ", IDN("%s%02d-%05d" % (rng.choice(["S", "SP", "CS"]), enc.year % 100, rng.randint(1, 99999))),
           "); next board ", D(fdate(rng, shift(enc, 7), styles=["md", "month_d", "wk_md"])), ".")
    return b


def t_rounds(rng):
    b = Builder("multidisciplinary rounds checklist")
    enc = rdate(rng)
    pt = mk_person(rng)
    age = pt_age(rng, 35, 89, 0.15)
    att, rn, cm, pt_ther, pharm = staff(rng, 5)
    fam = mk_person(rng, surname=pt.surname if rng.random() < 0.6 else None)
    unit = rng.choice(["6 WEST", "7 NORTH", "4 SOUTH", "MED-SURG 5"])
    b.line("MULTIDISCIPLINARY ROUNDS - ", unit, " - ", D(fdate(rng, enc, styles=["wk_md", "mdy", "mdy2"])))
    b.line("Pt: ", N(pt.form("last")), ", ", N(pt.form("first")), " | Rm ", str(rng.randint(401, 799)), rng.choice("AB"), " | MRN ", IDN(mrn(rng), "MEDICAL_RECORD_NUMBER"),
           " | ", age_p(rng, age, "sexc", pt.sex), " | ", K("HD #%d" % rng.randint(2, 14)))
    b.line("Attending: Dr. ", N(att.form("last")), " | RN: ", N(rn.form("first")), " | CM: ", N(cm.form("full")), " | PT/OT: ", N(pt_ther.form("first")),
           " | Pharm: ", N(pharm.form("ini")), ", PharmD")
    b.line("")
    pl = shift(enc, -rng.randint(2, 9))
    items = [
        ["[x] Lines: PICC RUE placed ", D(fdate(rng, pl, styles=["md", "mon_d"])), " - ", K("line day %d" % (enc - pl).days), "; still needed for IV abx"],
        ["[", rng.choice("x "), "] Foley: ", rng.choice(["removed ", "placed "]), D(fdate(rng, shift(enc, -rng.randint(1, 4)), styles=["md", "wk_md"])), "; CAUTI bundle reviewed"],
        ["[x] VTE ppx: ", drug(rng, [("enoxaparin", "40 mg", "SC daily"), ("heparin", "5000 units", "SC q8h")])],
        ["[x] Skin/falls: ", K("Braden %d" % rng.randint(10, 20)), ", ", K("Morse %d" % rng.choice([25, 45, 55, 65, 75]))],
        ["[ ] Delirium: ", K(rng.choice(["CAM negative", "CAM positive"])), ", ", K("RASS %d" % rng.randint(-2, 1))],
        ["[x] Mobility: ", K("AM-PAC %d" % rng.randint(9, 22)), "; ambulated ", K("%d ft" % rng.choice([20, 50, 150, 300])), " with RW"],
        ["[x] Labs: ", kj([lab(rng, "Hgb"), lab(rng, "Cr"), lab(rng, "K")], ", ")],
        ["[x] Pain: ", drug(rng, [("oxycodone", "5 mg", "q4h PRN"), ("acetaminophen", "1000 mg", "q8h")])],
    ]
    for it in rng.sample(items, rng.randint(5, 8)):
        b.line(it)
    b.line("")
    snf = pick(rng, NURSING)
    snf2 = pick(rng, [x for x in NURSING if x != snf])
    t = town(rng)
    dispo = rng.choice(["snf", "home", "rehab"])
    if dispo == "snf":
        b.line("DISPO: SNF - referrals to ", FAC(snf), " (", LOC(t[0]), ") and ", FAC(snf2), "; bed offer expected ",
               D(fdate(rng, shift(enc, rng.randint(1, 3)), styles=["md", "wk_md", "month_d"])), "; auth ref ", IDN("%d" % rng.randint(10**7, 10**9)), ".")
    elif dispo == "home":
        b.line("DISPO: home with VNA (", FAC(rng.choice(["Bayside VNA", "Hospice & Home Care of " + t[0], "Amedisys Home Health"])), ") - start of care ",
               D(fdate(rng, shift(enc, rng.randint(1, 4)), styles=["md", "mon_d"])), "; address ", ST(street(rng)), ", ", LOC(t[0]), ".")
    else:
        b.line("DISPO: acute rehab at ", FAC(pick(rng, ["Pinecrest Rehabilitation Hospital", "Spaulding-Ingram Rehab", "Encompass Health of " + t[0]])),
               "; insurance peer-to-peer ", D(fdate(rng, shift(enc, 1), styles=["md", "wk_md"])), ".")
    b.line("Family: ", kin(rng, fam, "child", "spouse", "niece"), " ", N(fam.form(rng.choice(["first", "full"]))), " aware, ", PH(phone(rng)),
           rng.choice(["; prefers texts", "", "; speaks Portuguese - interpreter needed"]))
    b.line("Barriers: ", rng.choice(["awaiting PT re-eval", "no barriers", "needs home O2 qualification", "pending insurance auth"]), ". EDD ",
           D(fdate(rng, shift(enc, rng.randint(1, 5)), styles=["md", "mdy2"])), ".")
    return b


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------

TEMPLATES = [t_ir, t_transfusion, t_bonemarrow, t_radonc, t_fertility, t_vascular, t_audiology, t_podiatry,
             t_sportsmed, t_travel, t_student, t_va, t_ime, t_opo, t_ethics, t_grievance, t_email,
             t_refill_fax, t_problem_list, t_pedigree, t_vax, t_anesthesia, t_pacu, t_icu_family, t_sane,
             t_tumor_board, t_rounds]

LIMITS = {"words": (60, 450), "phi": (8, 30), "keep": (5, 20)}


def build_record(rng, fn, idx, stats):
    last = None
    for attempt in range(400):
        reset_names()
        b = fn(rng)
        text = b.text()
        rec = {"note_id": "F%04d" % idx, "patient_id": "FP%04d" % idx, "template": b.template,
               "text": text, "phi": b.phi, "keep": b.keep}
        err = check_record(rec)
        if err is None:
            nw = len(text.split())
            if not (LIMITS["words"][0] <= nw <= LIMITS["words"][1]):
                err = "word count %d" % nw
            elif not (LIMITS["phi"][0] <= len(b.phi) <= LIMITS["phi"][1]):
                err = "phi count %d" % len(b.phi)
            elif not (LIMITS["keep"][0] <= len(b.keep) <= LIMITS["keep"][1]):
                err = "keep count %d" % len(b.keep)
        if err is None:
            return rec
        stats.setdefault(fn.__name__, []).append(err)
        last = err
    raise RuntimeError("could not build a valid %s note: %s" % (fn.__name__, last))


def generate(n, seed):
    rng = random.Random(seed)
    order = []
    while len(order) < n:
        block = list(TEMPLATES)
        rng.shuffle(block)
        order.extend(block)
    order = order[:n]
    stats = {}
    recs = [build_record(rng, fn, i + 1, stats) for i, fn in enumerate(order)]
    return recs, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=67)
    ap.add_argument("--out", default="set_f.jsonl")
    ap.add_argument("--check", metavar="JSONL", help="only validate an existing file")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if a.check:
        bad = 0
        with open(a.check, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                err = check_record(rec)
                if err:
                    bad += 1
                    print(rec["note_id"], err)
        print("checked; %d invalid" % bad)
        sys.exit(1 if bad else 0)
    recs, stats = generate(a.n, a.seed)
    # final self-check over everything that is written
    ids = set()
    for r in recs:
        assert check_record(r) is None, (r["note_id"], check_record(r))
        assert r["note_id"] not in ids
        ids.add(r["note_id"])
        for s in r["phi"]:
            assert r["text"][s["start"]:s["end"]].strip(), r["note_id"]
    with open(a.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if a.verbose:
        for k, v in sorted(stats.items()):
            reasons = {}
            for e in v:
                key = e.split(" at ")[0] if e.startswith("unlabeled") else e.split(" ")[0] + " " + e.split(" ")[1]
                reasons[key] = reasons.get(key, 0) + 1
            top = sorted(reasons.items(), key=lambda x: -x[1])[:4]
            print("retries %-16s %4d  %s" % (k, len(v), top), file=sys.stderr)
    print("wrote %d notes to %s" % (len(recs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()

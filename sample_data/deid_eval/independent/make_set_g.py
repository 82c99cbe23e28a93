#!/usr/bin/env python3
"""Generator for synthetic de-identification evaluation set G.

Notes are built by appending pieces; PHI and keep spans are recorded at append
time via inline markers (never by searching afterwards).  Standard library only.

usage: python3 make_set_g.py --n 250 --seed 79 --out set_g.jsonl
"""
import argparse
import datetime as dt
import json
import re
import random

R = random.Random()

CAT = {"PERSON": "NAME", "MEDICAL_RECORD_NUMBER": "ID", "ACCOUNT_NUMBER": "ID", "ID_NUMBER": "ID",
       "HEALTH_PLAN_NUMBER": "ID", "US_SSN": "ID", "LICENSE_NUMBER": "ID", "DEVICE_ID": "ID",
       "VEHICLE_ID": "ID", "DATE": "DATE", "AGE_90_PLUS": "AGE", "LOCATION": "LOCATION",
       "STREET_ADDRESS": "LOCATION", "ZIP_CODE": "LOCATION", "FACILITY": "LOCATION",
       "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "URL": "CONTACT", "IP_ADDRESS": "CONTACT"}


# ----------------------------------------------------------------- markers
def M(ent, v):
    assert ent == "KEEP" or ent in CAT, ent
    return "\x01%s\x02%s\x03" % (ent, v)


def P(v): return M("PERSON", v)
def K(v): return M("KEEP", v)
def F(v): return M("FACILITY", v)
def L(v): return M("LOCATION", v)
def A(v): return M("STREET_ADDRESS", v)
def Z(v): return M("ZIP_CODE", v)
def PH(v): return M("PHONE_NUMBER", v)
def EM(v): return M("EMAIL_ADDRESS", v)
def U(v): return M("URL", v)
def IP(v): return M("IP_ADDRESS", v)
def MR(v): return M("MEDICAL_RECORD_NUMBER", v)
def AC(v): return M("ACCOUNT_NUMBER", v)
def ID(v): return M("ID_NUMBER", v)
def HP(v): return M("HEALTH_PLAN_NUMBER", v)
def SS(v): return M("US_SSN", v)
def LI(v): return M("LICENSE_NUMBER", v)
def DV(v): return M("DEVICE_ID", v)
def VH(v): return M("VEHICLE_ID", v)


MARK = re.compile("\x01(\\w+)\x02(.*?)\x03", re.S)


class Note:
    def __init__(self, case=None):
        self.buf, self.n, self.phi, self.keep, self.case = [], 0, [], [], case

    def _c(self, s):
        if self.case == "upper":
            o = s.upper()
        elif self.case == "lower":
            o = s.lower()
        else:
            o = s
        assert len(o) == len(s)
        return o

    def _raw(self, s):
        self.buf.append(s)
        self.n += len(s)

    def add(self, s):
        parts = MARK.split(s)
        for i in range(0, len(parts), 3):
            self._raw(self._c(parts[i]))
            if i + 2 < len(parts):
                ent, val = parts[i + 1], self._c(parts[i + 2])
                assert val and val == val.strip(), repr(val)
                st = self.n
                self._raw(val)
                if ent == "KEEP":
                    self.keep.append({"start": st, "end": self.n})
                else:
                    self.phi.append({"start": st, "end": self.n, "entity": ent, "category": CAT[ent]})
        return self

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------- pools
NAMES = {
    "appalachian": (["Bobbie Jo", "Billie Sue", "Jimmy Ray", "Dusty", "Tammy", "Randy", "Brandy", "Cody", "Destiny",
                     "Hope", "Faith", "Dawn", "Crystal", "Penny", "Bill", "Hunter", "Summer", "Autumn", "Chase",
                     "Lacey", "Jolene", "Darrell", "Ricky Lee", "Shelby", "Opal", "Virgil"],
                    ["Caudill", "Sexton", "Slone", "Mullins", "Hensley", "Combs", "Gentry", "Hatfield", "Napier",
                     "Shepherd", "Little", "Strong", "Stone", "Woods", "Fields", "Bishop", "Baker", "Price", "Young",
                     "Long", "King", "Hall", "Mercer", "Fugate", "Amburgey", "Couch"]),
    "hispanic": (["José", "María Guadalupe", "Juan Carlos", "Ximena", "Yesenia", "Jesús", "Maricela", "Fidel",
                  "Nayeli", "Rosalba", "Eusebio", "Itzel", "Araceli", "Teodoro", "Luz", "Alondra", "Rigoberto",
                  "Socorro", "Dolores"],
                 ["Hernández", "García López", "de la Cruz", "Ramírez-Ochoa", "Villaseñor", "Quiñones", "Peña",
                  "Ortiz", "Zúñiga", "Del Toro", "Mendoza", "Cruz", "Aguilar Santos", "Ibarra", "Montes de Oca"]),
    "arab_afghan": (["Abdulrahman", "Fatima", "Zainab", "Mohammed", "Nasrin", "Farid", "Hamid", "Rahila", "Omar",
                     "Layla", "Bashir", "Marwa"],
                    ["Al-Rashidi", "Haidari", "Popalzai", "Abu-Hamdan", "El Amrani", "Noorzai", "Al Saadi", "Sultani"]),
    "somali": (["Hodan", "Abdirizak", "Faadumo", "Mahad", "Ayaan", "Hibaaq", "Abdiweli"],
               ["Warsame", "Abdullahi", "Farah", "Hersi", "Jama", "Mohamud"]),
    "karen_burmese": (["Paw Htoo", "Naw Eh Say", "Saw Kyaw", "Hsar Htoo", "Eh Kaw", "Mu Mu", "Ler Wah"],
                      ["Htoo", "Paw", "Say", "Moo", "Wah", "Kyaw Win"]),
    "congolese": (["Espérance", "Dieudonné", "Furaha", "Amani", "Neema", "Bahati", "Chance"],
                  ["Mukendi", "Ilunga", "Nsimba", "Mbuyi", "Kalombo", "Bisimwa"]),
    "vietnamese": (["Thanh", "Minh", "Lan", "Huong", "Quang", "Bao", "Ngoc Anh"],
                   ["Nguyễn", "Trần", "Pham", "Le", "Vo", "Dang"]),
    "east_asian": (["Wei", "Xiaoling", "Jun-ho", "Seo-yeon", "Hyun-woo", "Mei", "Haruto"],
                   ["Zhang", "Chen", "Park", "Kim", "Oh", "Takahashi", "Lim"]),
    "ukrainian": (["Oleksandr", "Yuliia", "Svitlana", "Dmytro", "Bohdan", "Oksana"],
                  ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachuk", "Melnyk"]),
    "south_asian": (["Priyanka", "Rajesh", "Bishnu", "Sunita", "Dil Maya", "Arjun", "Lakshmi"],
                    ["Gurung", "Sharma", "Raghunathan", "Chaudhary", "Subedi", "Rai"]),
    "haitian": (["Jean-Baptiste", "Woodley", "Mirlande", "Fabiola", "Wisly", "Nadège"],
                ["Jean-Louis", "Pierre", "Désir", "Toussaint", "Saint-Fleur", "Exantus"]),
    "native": (["Winona", "Tahnee", "Dakota", "Shandiin", "Raven", "Leroy"],
               ["Yellowhorse", "Two Bulls", "Begay", "Lente", "Running Crane", "Tsosie"]),
    "african_american": (["DeShawn", "Keyshia", "Jamal", "Latoya", "Tyrese", "Aaliyah", "Da'Quan", "Ja'Nya",
                          "Precious", "Marquise"],
                         ["Washington", "Jackson", "Williams", "Booker", "Freeman", "Love", "Battle", "Rich"]),
    "pacific": (["Keoni", "Leilani", "Malia", "Sione", "ʻAna", "Losa"],
                ["Kealoha", "Tuiasosopo", "Fa'amausili", "Tonga", "Kahananui"]),
    "euro": (["Siobhán", "Niamh", "Pádraig", "Zoë", "Renée", "André", "Chloé", "Grant", "Rose", "Frank", "Joy",
              "Will", "Gus"],
             ["O'Sullivan", "O'Brien", "McAllister", "van der Berg", "Schäfer", "Vögele", "Page", "Bell", "Black",
              "Sterling", "Oyelaran-Smith", "Brooks", "Marsh"]),
    "west_african": (["Chidi", "Ngozi", "Adaeze", "Kwame", "Abena", "Oluwaseun"],
                     ["Okonkwo", "Adeyemi", "Mensah", "Boateng", "Eze"]),
}
REFUGEE_CULTS = ["arab_afghan", "somali", "karen_burmese", "congolese", "ukrainian", "south_asian", "haitian"]
URBAN_CULTS = ["african_american", "hispanic", "haitian", "west_african", "vietnamese", "east_asian", "euro",
               "somali", "pacific"]
RURAL_CULTS = ["appalachian", "appalachian", "appalachian", "native", "hispanic", "euro"]
NICKS = ["Bubba", "Lulu", "Chino", "Nene", "Junior", "Peanut", "Boo", "Tiny", "Red", "Sissy", "Pookie", "Flaco",
         "Moose", "Dee Dee", "Big Mike", "Gordo", "Tink", "Smokey", "Sunshine", "Chuy", "Mac", "Lil Bit"]

TOWNS_RURAL = [
    ("Hazard", "KY", "41701", "606", "Perry County"), ("Whitesburg", "KY", "41858", "606", "Letcher County"),
    ("Harlan", "KY", "40831", "606", "Harlan County"), ("Welch", "WV", "24801", "304", "McDowell County"),
    ("Grundy", "VA", "24614", "276", "Buchanan County"), ("Marked Tree", "AR", "72365", "870", "Poinsett County"),
    ("Hope", "AR", "71801", "870", "Hempstead County"), ("Immokalee", "FL", "34142", "239", "Collier County"),
    ("Belle Glade", "FL", "33430", "561", "Palm Beach County"), ("Toppenish", "WA", "98948", "509", "Yakima County"),
    ("Sunnyside", "WA", "98944", "509", "Yakima County"), ("Woodburn", "OR", "97071", "503", "Marion County"),
    ("Greenfield", "CA", "93927", "831", "Monterey County"), ("Lumberton", "NC", "28358", "910", "Robeson County"),
    ("Eagle Butte", "SD", "57625", "605", "Dewey County"), ("Liberal", "KS", "67901", "620", "Seward County"),
    ("Presque Isle", "ME", "04769", "207", "Aroostook County"), ("Cairo", "IL", "62914", "618", "Alexander County"),
    ("Crystal City", "TX", "78839", "830", "Zavala County"), ("Chinle", "AZ", "86503", "928", "Apache County"),
]
TOWNS_URBAN = [
    ("Baltimore", "MD", "21217", "410", "Baltimore County"), ("Oakland", "CA", "94607", "510", "Alameda County"),
    ("Cleveland", "OH", "44103", "216", "Cuyahoga County"), ("Detroit", "MI", "48208", "313", "Wayne County"),
    ("Newark", "NJ", "07103", "973", "Essex County"), ("Bronx", "NY", "10456", "718", "Bronx County"),
    ("Houston", "TX", "77020", "713", "Harris County"), ("Memphis", "TN", "38106", "901", "Shelby County"),
    ("Milwaukee", "WI", "53206", "414", "Milwaukee County"), ("Fresno", "CA", "93701", "559", "Fresno County"),
    ("Phoenix", "AZ", "85009", "602", "Maricopa County"), ("Louisville", "KY", "40210", "502", "Jefferson County"),
]
STATE_NAMES = {"KY": "Kentucky", "WV": "West Virginia", "VA": "Virginia", "AR": "Arkansas", "FL": "Florida",
               "WA": "Washington", "OR": "Oregon", "CA": "California", "NC": "North Carolina", "SD": "South Dakota",
               "KS": "Kansas", "ME": "Maine", "IL": "Illinois", "TX": "Texas", "AZ": "Arizona", "MD": "Maryland",
               "OH": "Ohio", "MI": "Michigan", "NJ": "New Jersey", "NY": "New York", "TN": "Tennessee",
               "WI": "Wisconsin"}
STREETS = ["Old Mill Rd", "N Maple St", "Kentucky Hwy 15", "Bear Branch Rd", "Depot St", "E Main Street",
           "Martin Luther King Jr Blvd", "Lakeview Terrace", "Cedar Hollow Ln", "County Road 412",
           "Farm to Market 1433", "Pleasant Valley Dr", "S 4th Ave", "W Fond du Lac Ave", "Frederick Douglass Ct",
           "Garfield Blvd", "Rockhouse Fork", "Calle Esperanza", "Riverside Dr", "Orchard Loop", "Cesar Chavez Ave",
           "Kinney Ave", "Tobacco Barn Rd", "Greenmount Ave"]
UNITS = ["", "", "", " Apt 3B", " #12", " Lot 44", " Unit 210", " Trlr 7", " Apt. 6", " Fl 2", " Rm 14"]

RURAL_FAC = ["Cumberland Valley Community Hospital", "Mercy Plains Critical Access Hospital",
             "Big Sandy Regional Medical Center", "Tri-Rivers Health Clinic", "Pine Knot Family Health Center",
             "Red Clay Community Hospital", "Prairie Hollow Medical Clinic", "Kettle Creek Rural Health Clinic",
             "Yakima Valley Farm Workers Clinic", "Sage Flats Indian Health Center"]
CHILD_FAC = ["Lakeshore Children's Hospital", "St. Columba Children's Medical Center", "Riverbend Children's Hospital",
             "Children's Hospital of the High Plains", "Little Harbor Pediatric Clinic"]
URBAN_FAC = ["Harbor County Medical Center", "Metropolitan General Hospital", "Eastside Community Health Center",
             "Southgate Public Hospital", "Ninth Street Health Center", "Crescent City General",
             "Unity Free Clinic", "Lakefront Safety-Net Hospital"]
PHARM = ["Hollis Drug", "Ridgeview Pharmacy", "Family Discount Pharmacy", "Farmacia La Guadalupana",
         "Medicine Shoppe of Pikeville", "Corner Apothecary", "Main Street Pharmacy #2"]
EMPLOYERS = ["Tri-County Lumber", "Blue Ridge Poultry", "Sunny Acres Orchards", "Valle Verde Farms", "Dollar General",
             "Peabody Coal", "Kroger distribution center", "Pacific Crest Packing", "Delgado Brothers Dairy",
             "Hillside Nursing & Rehab", "Greyhound", "Sanderson Farms", "Sunrise Auto Body", "Lakeside Casino",
             "Metro Transit Authority", "Golden Corral"]
SCHOOLS = ["Pine Hollow Elementary", "East Ridge Middle School", "Letcher County Central High School",
           "Roosevelt High School", "Cesar Chavez Academy", "Little Sprouts Head Start", "Lincoln Elementary",
           "Oak Grove Christian Academy", "Southwestern Community College", "Marshall Middle", "Douglass STEM High"]
K12 = ["Pine Hollow Elementary", "East Ridge Middle School", "Letcher County Central High School",
       "Roosevelt High School", "Cesar Chavez Academy", "Lincoln Elementary", "Oak Grove Christian Academy",
       "Marshall Middle", "Douglass STEM High", "Riverside Elementary"]
HIGH = ["Letcher County Central High School", "Roosevelt High School", "Cesar Chavez Academy", "Douglass STEM High",
        "Oak Grove Christian Academy", "Harlan County High"]
SHELTERS = ["Open Door Shelter", "Salvation Army Harbor Light", "St. Vincent's Men's Shelter",
            "New Beginnings Family Shelter", "Union Gospel Mission", "Bridgeway Women's Center"]
AGENCIES = ["Bluegrass Refugee Services", "Heartland New Americans Center", "Lutheran Family Services of the Valley",
            "Open Arms Resettlement Office"]
OUTREACH_SPOTS = ["Hwy 99 bridge", "5th St overpass", "Greyhound station on Lake St", "Riverside Park pavilion",
                  "Kinney Ave encampment", "library on Grand Ave", "Jefferson Square"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com", "aol.com"]
FAC_DOMAIN = {}

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
WKD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

# eponymous and other capitalized clinical terms (keep spans)
EPONYM_PMH = ["Hashimoto thyroiditis", "Graves disease", "Crohn disease", "Parkinson disease", "Alzheimer dementia",
              "Barrett esophagus", "Raynaud phenomenon", "Sjögren syndrome", "Bell palsy", "Ménière disease",
              "Dupuytren contracture", "Paget disease of bone", "Cushing syndrome", "Addison disease",
              "Hodgkin lymphoma in remission", "Wolff-Parkinson-White syndrome", "remote Guillain-Barré syndrome",
              "Baker cyst", "Charcot foot", "Brugada pattern", "Tourette syndrome", "Marfan syndrome",
              "Ehlers-Danlos syndrome", "Gilbert syndrome", "Wilson disease", "Lyme disease", "Chagas disease",
              "Takayasu arteritis", "Buerger disease", "von Willebrand disease", "Factor V Leiden",
              "Klinefelter syndrome", "Down syndrome", "Behçet disease", "Hirschsprung disease s/p pull-through",
              "Kawasaki disease", "Osgood-Schlatter disease", "Legg-Calvé-Perthes disease", "Bartter syndrome",
              "Alport syndrome", "Berger disease", "Still disease", "Tietze syndrome", "Zenker diverticulum",
              "Mallory-Weiss tear", "Budd-Chiari syndrome", "Hashimoto encephalopathy"]
EXAM_SIGNS = ["Murphy sign negative", "Homans sign negative", "Babinski sign absent", "Romberg negative",
              "Kernig sign negative", "Brudzinski sign negative", "Tinel sign positive at wrist", "Phalen test positive",
              "Lachman negative", "McMurray negative", "Trendelenburg gait absent", "no Kussmaul respirations",
              "Mallampati II", "no Janeway lesions", "no Osler nodes", "no Virchow node", "Chvostek sign negative",
              "Trousseau sign negative", "Kehr sign negative", "Rovsing sign negative", "Grey Turner sign absent",
              "Cullen sign absent"]


# ----------------------------------------------------------------- generators
def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def new_person(cult=None):
    c = cult or pick(list(NAMES))
    firsts, lasts = NAMES[c]
    first = pick(firsts) if not chance(0.12) else pick(NAMES[pick(list(NAMES))][0])
    return {"first": first, "last": pick(lasts), "mi": pick("ABCDEFGHJKLMNPRSTVW"), "cult": c,
            "nick": pick(NICKS), "sex": pick("FM")}


def relative(p, same_last=0.7):
    r = new_person(p["cult"])
    while r["first"] == p["first"]:
        r = new_person(p["cult"])
    if chance(same_last):
        r["last"] = p["last"]
    return r


def clin(cred=None, cult=None):
    c = new_person(cult)
    c["cred"] = cred or pick(["MD", "DO", "NP", "PA-C", "MD", "FNP-BC"])
    return c


def nm(p, f=None):
    f = f or pick(["fl", "fl", "fml", "lf", "LF", "il", "fl"])
    fi, la = p["first"], p["last"]
    if f == "fl":
        return f"{fi} {la}"
    if f == "fml":
        return f"{fi} {p['mi']}. {la}"
    if f == "lf":
        return f"{la}, {fi}"
    if f == "LF":
        return f"{la.upper()}, {fi.upper()}"
    if f == "LFM":
        return f"{la.upper()}, {fi.upper()} {p['mi']}"
    if f == "il":
        return f"{fi.lstrip('ʻ')[0]}. {la}"
    if f == "l":
        return la
    if f == "f":
        return fi
    raise ValueError(f)


def aage(lo, hi, p90=0.3):
    """adult age; sometimes 90+ (AGE_90_PLUS)"""
    return R.randint(90, 103) if chance(p90) else R.randint(lo, hi)


def visit_date():
    return dt.date(2021, 1, 1) + dt.timedelta(days=R.randint(0, 1460))


def dob_for(age, d):
    return d - dt.timedelta(days=int(age * 365.25) + R.randint(1, 360))


def ordn(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


FULL_FMTS = ["mdY", "mdy", "iso", "long", "abbr", "dby", "dBY", "dot", "mil", "mdY1"]
SHORT_FMTS = ["md", "Bd", "Bdth", "bd", "mdd"]


def fd(d, f=None):
    f = f or pick(FULL_FMTS)
    m, dd, y = d.month, d.day, d.year
    return {"mdY": f"{m:02d}/{dd:02d}/{y}", "mdy": f"{m}/{dd}/{y % 100:02d}", "iso": f"{y}-{m:02d}-{dd:02d}",
            "long": f"{MON[m - 1]} {dd}, {y}", "abbr": f"{MON[m - 1][:3]} {dd}, {y}",
            "dby": f"{dd:02d}-{MON[m - 1][:3]}-{y}", "dBY": f"{dd} {MON[m - 1]} {y}", "dot": f"{m:02d}.{dd:02d}.{y}",
            "mil": f"{dd:02d}{MON[m - 1][:3].upper()}{y}", "mdY1": f"{m}/{dd}/{y}", "md": f"{m}/{dd}",
            "mdd": f"{m:02d}/{dd:02d}", "Bd": f"{MON[m - 1]} {dd}", "Bdth": f"{MON[m - 1]} {ordn(dd)}",
            "bd": f"{MON[m - 1][:3]} {dd}"}[f]


def fds(d):
    return fd(d, pick(SHORT_FMTS))


def D(d, f=None):
    return M("DATE", fd(d, f))


def DS(d):
    return M("DATE", fds(d))


def tm():
    return f"{R.randint(0, 23):02d}{pick([':', ''])}{R.randint(0, 59):02d}"


def phone(area=None):
    a = area or pick(["606", "304", "509", "239", "410", "313", "216", "718", "901", "502", "870", "559"])
    x, l4 = R.randint(201, 989), R.randint(0, 9999)
    f = R.randint(0, 7)
    return [f"({a}) {x}-{l4:04d}", f"{a}-{x}-{l4:04d}", f"{a}.{x}.{l4:04d}", f"{a} {x} {l4:04d}",
            f"+1 {a} {x} {l4:04d}", f"1-{a}-{x}-{l4:04d}", f"({a}){x}-{l4:04d}", f"{a}-{x}-{l4:04d} ext {R.randint(100, 9999)}"][f]


def email(p):
    fi = re.sub(r"[^a-z]", "", p["first"].lower().encode("ascii", "ignore").decode()) or "pt"
    la = re.sub(r"[^a-z]", "", p["last"].lower().encode("ascii", "ignore").decode()) or "x"
    return pick([f"{fi}.{la}@{pick(DOMAINS)}", f"{fi[0]}{la}{R.randint(1, 99)}@{pick(DOMAINS)}",
                 f"{la}{fi[:3]}{R.randint(70, 2010)}@{pick(DOMAINS)}", f"{fi}_{pick(['mom', 'luv', 'xo', 'ky', 'boss'])}{R.randint(1, 999)}@{pick(DOMAINS)}"])


def fac_domain(fac):
    w = re.sub(r"[^a-z ]", "", fac.lower()).split()
    return "".join(x[0] for x in w if x not in ("of", "the")) + pick([".org", "health.org", ".net", "-hs.org"])


def staff_email(c, fac):
    fi = re.sub(r"[^a-z]", "", c["first"].lower().encode("ascii", "ignore").decode()) or "s"
    la = re.sub(r"[^a-z]", "", c["last"].lower().encode("ascii", "ignore").decode()) or "x"
    return f"{fi[0]}{la}@{fac_domain(fac)}"


def url(fac, path=None):
    path = path or pick(["patients", "portal", "asthma", "education", "clinic/forms", "mychart", "intake"])
    return pick([f"https://www.{fac_domain(fac)}/{path}", f"{fac_domain(fac)}/{path}",
                 f"http://mychart.{fac_domain(fac)}", f"https://{fac_domain(fac)}/{path}?id={R.randint(1000, 99999)}"])


def ip():
    return pick([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def dig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def alnum(n, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(pick(letters + "0123456789") for _ in range(n))


def mrn():
    return pick([dig(8), "E" + dig(7), f"{dig(3)}-{dig(2)}-{dig(2)}", "MR" + dig(6), dig(7), f"{dig(2)}-{dig(6)}",
                 "0" + dig(9)])


def acct():
    return pick([dig(10), "A" + dig(9), f"{dig(4)}-{dig(6)}", "V" + dig(8), f"ENC{dig(9)}", f"{dig(3)} {dig(3)} {dig(4)}"])


def plan():
    return pick([f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{dig(9)}", "W" + dig(9), f"{dig(3)}-{dig(2)}-{dig(4)}-{dig(2)}",
                 "MCD" + dig(8), f"ZGP{dig(6)}01", f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{dig(7)}"])


def ssn():
    return pick([f"{R.randint(100, 665)}-{dig(2)}-{dig(4)}", f"{R.randint(100, 665)} {dig(2)} {dig(4)}",
                 f"{R.randint(100, 665)}{dig(6)}"])


def npi():
    return "1" + dig(9)


def dea():
    return pick("ABFM") + pick("ABCDEHKLMNPRSTW") + dig(7)


def devsn():
    return pick([f"PJN{dig(6)}H", f"SN {alnum(10)}", f"{dig(2)}-{dig(5)}-{dig(1)}", f"RXY{dig(7)}",
                 f"{alnum(4)}{dig(6)}", f"G7{alnum(4)}{dig(4)}"])


def plate():
    return pick([f"{dig(1)}{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{dig(3)}",
                 f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{dig(4)}", f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {dig(3)}",
                 f"{dig(3)} {alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"])


def vin():
    return "1" + alnum(2) + dig(2) + alnum(4) + dig(8)


def dl():
    return pick([f"D{dig(8)}", f"{alnum(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{dig(2)}-{dig(3)}-{dig(3)}", dig(9),
                 f"{alnum(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{dig(3)}-{dig(4)}-{dig(4)}"])


def town(kind):
    return pick(TOWNS_RURAL if kind == "rural" else TOWNS_URBAN)


def addr(t=None, kind=None):
    t = t or town(kind or pick(["rural", "urban"]))
    if t in TOWNS_RURAL and chance(0.25):
        st = pick([f"HC {R.randint(60, 89)} Box {R.randint(10, 999)}", f"PO Box {R.randint(10, 2999)}",
                   f"RR {R.randint(1, 6)} Box {R.randint(10, 400)}"])
    else:
        st = f"{R.randint(2, 9899)} {pick(STREETS)}{pick(UNITS)}"
    return st, t


def put_addr(a, sep=None):
    st, (city, state, zp, _, _) = a
    sep = sep or pick([", ", ", ", "\n", " "])
    zp2 = zp if chance(0.8) else f"{zp}-{dig(4)}"
    return f"{A(st)}{sep}{L(city)}, {state} {Z(zp2)}"


def agetok(age, suffix="-year-old"):
    return (M("AGE_90_PLUS", str(age)) if age >= 90 else K(str(age))) + suffix


def sig(c, d, fac=None, area=None):
    f = R.randint(0, 7)
    if f == 0:
        return f"\n-- {P(nm(c, 'fl'))}, {c['cred']}\n"
    if f == 1:
        return f"\nElectronically signed by {P(nm(c, 'LFM'))} ({c['cred']}) on {D(d, 'mdY')} at {tm()}\n"
    if f == 2:
        return f"\n/s/ {P(nm(c, 'il'))} {c['cred']}\n"
    if f == 3:
        return f"\n{P(nm(c, 'fml'))}, {c['cred']} | pager {PH(phone(area))}\n"
    if f == 4:
        return f"\nSigned: {P(nm(c, 'l'))} {c['cred']}  {DS(d)} {tm()}\n"
    if f == 5:
        return f"\nthx - {P(nm(c, 'f'))}\n"
    if f == 6 and fac:
        return f"\n{P(nm(c, 'fl'))} {c['cred']}\n{F(fac)}\n{EM(staff_email(c, fac))}\n"
    return f"\nAuthenticated: {P(nm(c, 'lf'))}, {c['cred']} [NPI {LI(npi())}] {D(d, 'iso')}\n"


def keeps(items, sep=", "):
    return sep.join(K(x) for x in items)


def vitals(adult=True, spo2_lo=91):
    bp = f"{R.randint(96, 168)}/{R.randint(54, 98)}"
    hr = R.randint(58, 112) if adult else R.randint(80, 140)
    return (f"BP {K(bp)}  HR {K(str(hr))}  RR {K(str(R.randint(12, 24)))}  T {K(str(round(R.uniform(36.2, 38.4), 1)) + ' C')}"
            f"  SpO2 {K(str(R.randint(spo2_lo, 100)) + '%')}")


# ----------------------------------------------------------------- templates
def t_asthma_action_plan(n):
    fac, tw = pick(CHILD_FAC), town(pick(["rural", "urban"]))
    kid, d = new_person(pick(URBAN_CULTS + RURAL_CULTS)), visit_date()
    age = R.randint(3, 15)
    par = relative(kid)
    doc = clin()
    ctrl = pick([("fluticasone HFA", "44 mcg", "2 puffs twice daily"), ("Flovent HFA", "110 mcg", "2 puffs BID"),
                 ("budesonide nebulized", "0.5 mg", "twice a day"), ("Symbicort", "80/4.5 mcg", "2 puffs twice daily"),
                 ("Pulmicort Respules", "0.25 mg", "every evening"), ("Dulera", "100/5 mcg", "2 puffs BID")])
    n.add(f"{F(fac)}\nASTHMA ACTION PLAN  (give copy to school + family)\n\n")
    n.add(f"Name: {P(nm(kid, 'fl'))}   goes by \"{P(kid['nick'])}\"\nDOB: {D(dob_for(age, d), 'mdY')}   Age {agetok(age, '')}   MRN {MR(mrn())}\n")
    n.add(f"Date of plan: {D(d)}     Wt {K(str(R.randint(14, 60)) + ' kg')}\n")
    n.add(f"School: {F(pick(K12 if age > 4 else ['Little Sprouts Head Start', 'Tiny Steps Daycare']))} in {L(tw[0])} -- school nurse {P(nm(clin('RN'), pick(['fl', 'il'])))} {PH(phone(tw[3]))}\n")
    n.add(f"Parent/guardian: {P(nm(par, 'fl'))} ({pick(['mom', 'dad', 'grandmother', 'aunt', 'foster mom'])}) cell {PH(phone(tw[3]))}\n")
    n.add(f"Severity: {K(pick(['mild persistent', 'moderate persistent', 'severe persistent']))}   Best peak flow: {K(str(R.randint(150, 420)) + ' L/min')}\n\n")
    n.add("| ZONE   | MEDICINE | HOW MUCH | WHEN |\n|--------|----------|----------|------|\n")
    n.add(f"| GREEN  | {K(ctrl[0])} | {K(ctrl[1])} | {K(ctrl[2])} |\n")
    if chance(0.6):
        n.add(f"| GREEN  | {K(pick(['montelukast', 'Singulair']))} | {K(pick(['4 mg', '5 mg', '10 mg']))} | at bedtime |\n")
    n.add(f"| YELLOW | {K(pick(['albuterol HFA', 'ProAir', 'Ventolin', 'levalbuterol']))} | {K('90 mcg')} 2-4 puffs | every {K('4 hours')} as needed |\n")
    n.add(f"| YELLOW | {K(pick(['prednisolone', 'Orapred', 'dexamethasone']))} | {K(pick(['1 mg/kg', '2 mg/kg', '0.6 mg/kg']))} | daily x {K(pick(['3 days', '5 days', '2 days']))} if no better |\n")
    n.add("| RED    | albuterol 6 puffs now | -- | CALL 911 or go to ER |\n\n")
    n.add(f"Triggers: {pick(['smoke, dust, cold air', 'mold in trailer, cats', 'wood stove, viral colds', 'roaches, exercise'])}. ")
    if chance(0.5):
        n.add(f"Hx {K(pick(['Kawasaki disease', 'Down syndrome', 'eczema', 'Hirschsprung disease s/p pull-through']))}. ")
    n.add(f"Last ED visit {DS(d - dt.timedelta(days=R.randint(20, 200)))}. Spacer taught; {P(kid['nick'])} demonstrated good technique.\n")
    n.add(f"Reviewed with {P(nm(par, 'f'))}. Follow up with {P(nm(doc, 'l'))} in {K(pick(['4 weeks', '3 months', '6 weeks']))}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_cps_medical(n):
    fac = pick(CHILD_FAC + URBAN_FAC)
    tw = town(pick(["rural", "urban"]))
    kid, d = new_person(pick(URBAN_CULTS + RURAL_CULTS)), visit_date()
    age = R.randint(1, 12)
    mom = relative(kid, 0.8)
    bf = new_person(pick(URBAN_CULTS + RURAL_CULTS))
    cw, doc = clin("BSW"), clin("MD")
    inc = d - dt.timedelta(days=R.randint(1, 6))
    n.add(f"CHILD PROTECTION TEAM - MEDICAL EVALUATION\n{F(fac)} Child Advocacy Center\n")
    n.add(f"Child: {P(nm(kid, 'LF'))}  DOB {D(dob_for(age, d), pick(['mdY', 'iso']))}  MRN {MR(mrn())}\n")
    n.add(f"CPS intake #: {ID('CPS-' + dig(2) + '-' + dig(6))}   Investigator: {P(nm(cw, 'fl'))}, {pick(['DCBS', 'DCFS', 'CPS'])} {L(tw[4])} office {PH(phone(tw[3]))}\n")
    n.add(f"Date of exam: {D(d)}  Reported incident: {D(inc, pick(SHORT_FMTS + ['mdY']))}\n\n")
    n.add(f"History obtained from mother {P(nm(mom, 'fl'))} and separately from investigator. Per mom, child lives with her and her boyfriend "
          f"{P(nm(bf, 'fl'))} (\"{P(bf['nick'])}\") at {A(addr(tw)[0])} in {L(tw[0])}. ")
    n.add(f"Mom states {P(bf['nick'])} was watching the child on {DS(inc)} while she worked at {F(pick(EMPLOYERS))}. ")
    n.add(f"{P(nm(kid, 'f'))} attends {F(pick(K12 if age > 4 else ['Little Sprouts Head Start', 'Tiny Steps Daycare']))}; teacher noted bruising.\n\n")
    n.add(f"EXAM: {agetok(age)} {'girl' if kid['sex'] == 'F' else 'boy'}, wt {K(str(R.randint(8, 45)) + ' kg')} ({K(str(R.randint(3, 95)) + 'th percentile')}). ")
    n.add(f"Patterned bruises L upper arm {K('3 x 4 cm')}, no {K('Mongolian spots')} in that distribution. TEN-4-FACESp {pick(['positive', 'negative'])}.\n")
    n.add(f"Labs: CBC nl, plt {K(str(R.randint(180, 420)) + 'K')}, PT/INR {K(str(round(R.uniform(0.9, 1.2), 1)))}, AST {K(str(R.randint(18, 60)))}, ALT {K(str(R.randint(10, 55)))}, lipase wnl. "
          f"{K('von Willebrand')} panel sent. Skeletal survey {pick(['negative', 'shows healing posterior rib fx'])}.\n")
    n.add(f"IMPRESSION: findings {pick(['concerning for inflicted injury', 'consistent with the history given', 'indeterminate'])}. "
          f"Safety plan: child to stay with maternal grandmother {P(nm(relative(kid, 0.3), 'fl'))} in {L(town('rural')[0])}.\n")
    n.add(f"Photos uploaded to {U(url(fac, 'cpt/photos'))}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_headss(n):
    fac = pick(CHILD_FAC + URBAN_FAC + RURAL_FAC)
    tw = town(pick(["rural", "urban"]))
    p, d = new_person(pick(URBAN_CULTS + RURAL_CULTS)), visit_date()
    age = R.randint(13, 19)
    fr1, fr2, gp = new_person(p["cult"]), new_person(), relative(p)
    doc = clin(pick(["MD", "NP"]))
    if chance(0.25):
        n.case = "lower"
    n.add(f"Adolescent visit - HEADSS   {D(d)}\n{P(nm(p, 'fl'))}, {agetok(age, 'yo')} | {MR(mrn())} | {F(fac)}\n")
    n.add("Seen alone after parent stepped out; confidentiality reviewed.\n\n")
    n.add(f"H (home): lives w/ {pick(['mom + 2 sibs', 'grandma', 'dad and stepmom', 'aunt'])} on {A(addr(tw)[0])}. {P(nm(gp, 'f'))} is main support. "
          f"moved from {L(town('urban')[0])} last yr.\n")
    n.add(f"E (education/employment): {pick(['10th', '11th', '9th', '12th'])} grade at {F(pick(HIGH))}, grades {pick(['As/Bs', 'mostly Cs', 'failing 2 classes'])}. "
          f"works weekends at {F(pick(EMPLOYERS))}.\n")
    n.add(f"A (activities): {pick(['basketball', 'band', 'gaming', 'church youth group', '4-H', 'robotics'])}; best friend {P(nm(fr1, 'f'))}.\n")
    n.add(f"D (drugs): vapes {pick(['daily', 'on weekends', 'denies'])}, etoh {pick(['denies', 'occasional', '2-3 drinks at parties'])}. CRAFFT {K(str(R.randint(0, 4)))}.\n")
    n.add(f"S (sexuality): {pick(['not sexually active', 'sexually active w/ 1 partner', 'questioning'])}; partner {P(nm(fr2, 'fl'))} age {K(str(R.randint(14, 20)))}. "
          f"{pick(['condoms sometimes', 'on Nexplanon', 'interested in LARC'])}.\n")
    n.add(f"S (suicide/depression): PHQ-A {K(str(R.randint(2, 19)))}, ASQ {pick(['neg', 'positive - see safety plan'])}.\n")
    n.add(f"S (safety): seatbelt yes, guns in home {pick(['yes - locked', 'no', 'unsure'])}.\n\n")
    n.add(f"PMH: {K(pick(EPONYM_PMH))}; meds {K(pick(['sertraline', 'Zoloft', 'fluoxetine', 'Concerta', 'none']))} {K(pick(['25 mg', '50 mg', '10 mg', '36 mg']))}.\n")
    n.add(f"Plan: chlamydia/GC NAAT, {K('Tdap')}/{K('Gardasil 9')} today. f/u {K(pick(['2 weeks', '1 month', '3 months']))}. "
          f"teen clinic line {PH(phone(tw[3]))}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_newborn_nursery(n):
    fac = pick(RURAL_FAC[:7] + URBAN_FAC[:4] + CHILD_FAC[:2])
    tw = town(pick(["rural", "urban"]))
    mom, d = new_person(pick(URBAN_CULTS + RURAL_CULTS + REFUGEE_CULTS)), visit_date()
    dad = new_person(mom["cult"]) if chance(0.6) else None
    baby_last = mom["last"] if not dad or chance(0.4) else (dad["last"] if chance(0.5) else f"{mom['last']}-{dad['last']}")
    baby = {"first": pick(NAMES[mom["cult"]][0]), "last": baby_last}
    ped, ob = clin(pick(["MD", "DO", "NP"])), clin(pick(["MD", "CNM", "DO"]))
    n.add(f"NEWBORN NURSERY ADMISSION NOTE\n{F(fac)} - Mother/Baby Unit\n")
    n.add(f"Infant: {P('Baby ' + pick(['Girl', 'Boy']) + ' ' + baby_last)}   MRN {MR(mrn())}\n")
    n.add(f"Born: {D(d, pick(['mdY', 'iso', 'mdy']))} at {tm()}   GA {K(str(R.randint(36, 41)) + 'w' + str(R.randint(0, 6)) + 'd')} by {K('Ballard')}\n")
    n.add(f"Mother: {P(nm(mom, pick(['fl', 'LF'])))}  MRN {MR(mrn())}  G{R.randint(1, 6)}P{R.randint(1, 5)}, blood type {pick(['O+', 'A+', 'O-', 'B+'])}, "
          f"GBS {pick(['neg', 'pos - adequately treated with penicillin', 'unknown'])}, HBsAg neg, RPR NR\n")
    if dad:
        n.add(f"Father: {P(nm(dad, 'fl'))}, phone {PH(phone(tw[3]))}\n")
    n.add(f"Delivered by {P(nm(ob, pick(['fl', 'il'])))} {ob['cred']} via {pick(['SVD', 'primary C/S for NRFHT', 'vacuum-assisted vaginal delivery', 'repeat C/S'])}. "
          f"{K('Apgar')} scores {K(str(R.randint(5, 9)))} and {K(str(R.randint(7, 9)))}.\n")
    n.add(f"BW {K(str(R.randint(2450, 4300)) + ' g')}, length {K(str(R.randint(45, 54)) + ' cm')}, HC {K(str(R.randint(31, 37)) + ' cm')}\n\n")
    n.add(f"Exam: pink, vigorous. AFOSF. {K('Epstein pearls')} on palate. Red reflex present bilat. {K('Ortolani')} and {K('Barlow')} negative. "
          f"{K('Moro reflex')} symmetric. {pick(['sacral dimple shallow, base seen', 'no sacral dimple', 'small Mongolian spot over sacrum'])}.\n")
    n.add(f"Given {K('vitamin K')} {K('1 mg')} IM, {K('erythromycin ophthalmic ointment')}, {K('hepatitis B vaccine')} {K('0.5 mL')}.\n")
    n.add(f"Plan: {pick(['breastfeeding', 'formula (Similac Pro-Advance)', 'combo feeding'])}, CCHD screen at {K('24 hours')}, bili per {K('Bhutani nomogram')}. "
          f"Newborn screen sent {DS(d + dt.timedelta(days=1))}.\n")
    n.add(f"PCP after discharge: {P(nm(ped, 'l'))} at {F(pick(RURAL_FAC + URBAN_FAC))}, {L(tw[0])}.\n")
    n.ctx = dict(locals())
    n.add(sig(ped, d, fac, tw[3]))


def t_lactation(n):
    fac = pick(CHILD_FAC + URBAN_FAC + RURAL_FAC[:7])
    tw = town(pick(["rural", "urban"]))
    mom, d = new_person(pick(URBAN_CULTS + RURAL_CULTS + REFUGEE_CULTS)), visit_date()
    baby = {"first": pick(NAMES[mom["cult"]][0]), "last": mom["last"], "mi": "A"}
    lc = clin("IBCLC")
    born = d - dt.timedelta(days=R.randint(1, 20))
    if chance(0.3):
        n.case = "upper"
    n.add(f"Lactation Consult - {D(d, pick(['mdY', 'abbr', 'long']))}\n")
    n.add(f"Mom: {P(nm(mom, pick(['fl', 'fml'])))}   Infant: {P(nm(baby, 'f'))} (DOB {D(born, 'mdy')})   Acct {AC(acct())}\n")
    n.add(f"Referred by Dr. {P(nm(clin(), 'l'))} for {pick(['sore nipples', 'poor latch', 'low supply concern', 'weight loss 9%', 'jaundice + sleepy feeder'])}.\n\n")
    n.add(f"Hx: {pick(['primip', 'multip, BF first child 6 mo', 'G3P3'])}, {pick(['SVD', 'C/S'])}. Infant BW {K(str(R.randint(2600, 4100)) + ' g')}, today {K(str(R.randint(2500, 4000)) + ' g')}. "
          f"Output: {K(str(R.randint(3, 8)) + ' wet')}/{K(str(R.randint(1, 5)) + ' stools')} per 24h.\n")
    n.add(f"Maternal meds: {K(pick(['ibuprofen', 'Motrin', 'acetaminophen']))} {K(pick(['600 mg', '400 mg', '650 mg']))} q6h, {K(pick(['prenatal vitamins', 'ferrous sulfate 325 mg', 'levothyroxine']))}. "
          f"{pick(['', 'hx ' + K('Hashimoto thyroiditis') + '.', 'hx ' + K('Raynaud phenomenon') + ' - vasospasm of nipple?'])}\n")
    n.add(f"Observed feed: LATCH score {K(str(R.randint(4, 10)))}, {pick(['shallow latch', 'good deep latch after cross-cradle', 'audible swallows'])}. "
          f"Oral exam: {pick(['tight lingual frenulum, Hazelbaker ' + K('score 6'), 'normal palate and tongue mobility'])}.\n")
    n.add(f"Pump: hospital-grade rental, serial {DV(devsn())}, returned by {DS(d + dt.timedelta(days=30))}. Pump {K('15 minutes')} after feeds.\n")
    n.add(f"WIC office in {L(tw[0])} notified ({PH(phone(tw[3]))}). Mom's cell {PH(phone(tw[3]))}, ok to text.\n")
    n.add(f"F/u outpatient lactation clinic {DS(d + dt.timedelta(days=R.randint(2, 7)))}. {P(nm(mom, 'f'))} verbalized understanding.\n")
    n.ctx = dict(locals())
    n.add(sig(lc, d, fac, tw[3]))


def t_diabetes_ed(n):
    kind = pick(["rural", "urban"])
    fac, tw = pick(RURAL_FAC if kind == "rural" else URBAN_FAC), town(kind)
    p, d = new_person(pick(RURAL_CULTS if kind == "rural" else URBAN_CULTS)), visit_date()
    age = R.randint(9, 78)
    cde = clin(pick(["RN, CDCES", "RD, CDCES"]))
    basal = pick([("insulin glargine", "Lantus"), ("insulin degludec", "Tresiba"), ("insulin detemir", "Levemir")])
    n.add(f"DIABETES SELF-MANAGEMENT EDUCATION VISIT\n{F(fac)} | {D(d)}\n")
    n.add(f"Pt: {P(nm(p, pick(['fl', 'LF', 'lf'])))}\tDOB: {D(dob_for(age, d), 'mdY')}\tMRN: {MR(mrn())}\n")
    n.add(f"Ins: {pick(['Medicaid', 'Passport', 'Humana Gold', 'self-pay', 'CareSource'])} member {HP(plan())}\n\n")
    n.add(f"{agetok(age)} w/ {K(pick(['type 1 diabetes', 'type 2 diabetes', 'LADA', 'CFRD']))} dx {pick(['2019', 'age 11', 'last spring', '2016'])}. A1c {K(str(round(R.uniform(6.4, 13.8), 1)) + '%')} "
          f"(prior {K(str(round(R.uniform(6.4, 13.8), 1)) + '%')} on {DS(d - dt.timedelta(days=R.randint(80, 200)))}).\n")
    n.add(f"Current regimen: {K(basal[0])} ({K(basal[1])}) {K(str(R.randint(8, 60)) + ' units')} qHS; {K(pick(['Humalog', 'insulin lispro', 'NovoLog', 'Admelog']))} "
          f"ICR {K('1:' + str(R.randint(6, 15)))}, ISF {K('1:' + str(R.randint(25, 60)))}; {K(pick(['metformin 1000 mg BID', 'Jardiance 10 mg', 'Ozempic 0.5 mg weekly', 'none other']))}.\n")
    n.add(f"CGM: {pick(['Dexcom G7', 'FreeStyle Libre 3', 'Dexcom G6'])} transmitter/sensor SN {DV(devsn())}; TIR {K(str(R.randint(20, 85)) + '%')}, TBR {K(str(R.randint(0, 8)) + '%')}.\n")
    if chance(0.5):
        n.add(f"Pump: {pick(['Omnipod 5', 'Tandem t:slim X2', 'Medtronic 780G'])} serial {DV(devsn())}.\n")
    n.add(f"Topics: carb counting, sick-day rules, {K('glucagon')} ({K('Baqsimi')} {K('3 mg')}), foot care ({K('Charcot foot')} warning signs), driving safety.\n")
    n.add(f"Barriers: works {pick(['night shift', '12h shifts', 'seasonal'])} at {F(pick(EMPLOYERS))}; food pantry at {F(pick(SHELTERS + ['First Baptist Church']))}. "
          f"Spouse/family {P(nm(relative(p), 'f'))} attended.\n")
    n.add(f"Uploads reviewed via clinic portal {U(url(fac, 'diabetes'))}. Pt email {EM(email(p))}.\n")
    n.add(f"Goals: SMART goal walking {K('20 minutes')} daily. RTC {K(pick(['3 months', '6 weeks', '1 month']))}.\n")
    n.ctx = dict(locals())
    n.add(sig(cde, d, fac, tw[3]))


def t_hf_titration(n):
    kind = pick(["rural", "urban"])
    fac, tw = pick(RURAL_FAC[:8] if kind == "rural" else URBAN_FAC), town(kind)
    p, d = new_person(pick(RURAL_CULTS if kind == "rural" else URBAN_CULTS)), visit_date()
    age = aage(45, 89)
    nurses = [clin("RN") for _ in range(2)]
    doc = clin(pick(["MD", "NP"]))
    if chance(0.35):
        n.case = "upper"
    n.add(f"HEART FAILURE CLINIC - GDMT TITRATION LOG\n{F(fac)}\nPATIENT: {P(nm(p, 'LF'))}   MRN {MR(mrn())}   AGE {agetok(age, '')}\n")
    n.add(f"EF {K(str(R.randint(15, 38)) + '%')} ({pick(['TTE', 'cMRI'])} {DS(d - dt.timedelta(days=R.randint(60, 400)))}); {K(pick(['NYHA class II', 'NYHA class III', 'NYHA II-III']))}; "
          f"ICD {pick(['Medtronic', 'Boston Scientific', 'Abbott'])} SN {DV(devsn())}\n")
    n.add(f"{'DATE':<12}{'WT kg':<7}{'BP':<9}{'HR':<5}{'K':<5}{'Cr':<5}{'CHANGE':<34}BY\n")
    cur = d - dt.timedelta(days=56)
    steps = [("sacubitril-valsartan", "24/26 mg BID"), ("sacubitril-valsartan", "49/51 mg BID"), ("carvedilol", "6.25 mg BID"),
             ("spironolactone", "12.5 mg daily"), ("empagliflozin", "10 mg daily"), ("carvedilol", "12.5 mg BID"),
             ("furosemide", "40 mg daily"), ("Entresto", "97/103 mg BID"), ("dapagliflozin", "10 mg daily")]
    for i in range(R.randint(3, 5)):
        drug, dose = pick(steps)
        dstr = fd(cur, pick(["mdY", "mdy", "iso"]))
        who = nm(pick(nurses + [doc]), pick(["l", "il"]))
        ch = f"{K(drug)} -> {K(dose)}"
        pad = " " * max(1, 34 - len(drug) - len(dose) - 4)
        n.add(f"{M('DATE', dstr)}{' ' * max(1, 12 - len(dstr))}{K(str(R.randint(62, 130)))}{' ' * 4}{K(str(R.randint(92, 138)) + '/' + str(R.randint(55, 84)))}  "
              f"{K(str(R.randint(56, 92)))}   {K(str(round(R.uniform(3.6, 5.4), 1)))}  {K(str(round(R.uniform(0.8, 2.1), 1)))}  {ch}{pad}{P(who)}\n")
        cur += dt.timedelta(days=R.randint(10, 16))
    n.add(f"\nNT-proBNP {K(str(R.randint(300, 9000)) + ' pg/mL')}. Daily weights via {pick(['Bluetooth scale', 'paper log'])}; remote monitoring gateway {IP(ip())}.\n")
    n.add(f"Pharmacy: {F(pick(PHARM))} {PH(phone(tw[3]))}. Daughter {P(nm(relative(p), 'fl'))} manages pillbox.\n")
    n.add(f"NEXT: labs in {K('1 week')}; RTC {DS(d + dt.timedelta(days=14))} with {P(nm(doc, 'l'))}.\n")
    n.ctx = dict(locals())
    n.add(sig(pick(nurses), d, fac, tw[3]))


def t_copd_followup(n):
    kind = pick(["rural", "rural", "urban"])
    fac, tw = pick(RURAL_FAC[:8] if kind == "rural" else URBAN_FAC), town(kind)
    p, d = new_person(pick(RURAL_CULTS if kind == "rural" else URBAN_CULTS)), visit_date()
    age = aage(48, 89)
    doc = clin()
    adm = d - dt.timedelta(days=R.randint(7, 21))
    n.add(f"Pulmonary / Post-hospital COPD follow-up\nVisit date: {D(d)}   Location: {F(fac)}\n")
    n.add(f"{P(nm(p, pick(['fl', 'fml'])))} is a {agetok(age)} {pick(['retired coal miner', 'former tobacco farmer', 'truck driver', 'retired welder', 'homemaker'])} "
          f"from {L(pick([tw[0], tw[4]]))} seen after admission {D(adm, pick(SHORT_FMTS))}-{D(adm + dt.timedelta(days=R.randint(2, 6)), pick(SHORT_FMTS))} "
          f"at {F(pick(RURAL_FAC + URBAN_FAC))} for {K('AECOPD')}.\n")
    n.add(f"Treated with {K('prednisone')} {K('40 mg')} x {K('5 days')} and {K(pick(['azithromycin', 'doxycycline', 'Augmentin']))}. Now {pick(['back to baseline', 'still winded on stairs', 'using rescue inhaler 3x/day'])}.\n")
    n.add(f"Meds: {K(pick(['Trelegy Ellipta', 'Breztri', 'tiotropium', 'Spiriva Respimat', 'Anoro']))} {K('1 inhalation daily')}, {K('albuterol')} prn, "
          f"{K(pick(['roflumilast 500 mcg', 'azithromycin 250 mg MWF', 'none']))}.\n")
    n.add(f"PMH: {keeps(R.sample(EPONYM_PMH, 2))}, {pick(['HTN', 'CAD', 'OSA on CPAP', 'CKD 3a'])}. "
          f"Smoking {K(str(R.randint(20, 80)) + ' pack-years')}, {pick(['quit ' + K('6 months') + ' ago', 'still 1/2 ppd', 'quit in 2015'])}.\n")
    n.add(f"Vitals: {vitals(True, 86)} on {K(str(R.randint(1, 4)) + ' L')} NC. mMRC {K(str(R.randint(1, 4)))}, CAT {K(str(R.randint(8, 32)))}.\n")
    n.add(f"Spirometry {DS(d)}: FEV1 {K(str(round(R.uniform(0.6, 2.1), 2)) + ' L')} ({K(str(R.randint(22, 70)) + '%')} pred), FEV1/FVC {K(str(R.randint(35, 68)) + '%')} - {K(pick(['GOLD 2', 'GOLD 3', 'GOLD 4']))}.\n")
    n.add(f"Home O2 via {F(pick(['Appalachian Home Medical', 'Lincare', 'Apria', 'Valley Oxygen']))}, concentrator SN {DV(devsn())}. Lives at {put_addr(addr(tw))}.\n")
    n.add(f"Plan: pulm rehab at {F(pick(RURAL_FAC + URBAN_FAC))}; {K('Prevnar 20')}; wife {P(nm(relative(p), 'f'))} to call {PH(phone(tw[3]))} if worse.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_stroke_clinic(n):
    kind = pick(["rural", "urban"])
    fac, tw = pick(URBAN_FAC if kind == "urban" else RURAL_FAC[:8]), town(kind)
    p, d = new_person(pick(URBAN_CULTS + RURAL_CULTS)), visit_date()
    age = aage(38, 89)
    doc, ref = clin("MD"), clin()
    ev = d - dt.timedelta(days=R.randint(30, 120))
    n.add(f"STROKE NEUROLOGY CLINIC\n{F(fac)} Comprehensive Stroke Center\nDate: {D(d, pick(['long', 'dBY', 'mdY']))}\n")
    n.add(f"Name: {P(nm(p, 'lf'))}  MRN: {MR(mrn())}  Referring: {P(nm(ref, pick(['fl', 'il'])))}, {ref['cred']}\n\n")
    n.add(f"{agetok(age)} {pick(['right-handed', 'left-handed'])} {pick(['man', 'woman'])} with {K(pick(['L MCA ischemic stroke', 'R PCA infarct', 'lacunar infarct of the internal capsule', 'cerebellar stroke']))} "
          f"on {D(ev)}, received {K(pick(['alteplase', 'tenecteplase', 'no thrombolysis (outside window)']))}{pick(['', ' and thrombectomy TICI 2b'])}. Presenting NIHSS {K(str(R.randint(2, 18)))}.\n")
    n.add(f"Etiology per {K('TOAST')}: {pick(['cardioembolic (new AF)', 'large artery atherosclerosis', 'small vessel', 'cryptogenic - loop recorder placed'])}. ")
    if chance(0.5):
        n.add(f"{K('Reveal LINQ')} ILR serial {DV(devsn())}.")
    n.add(f"\nCurrent: NIHSS {K(str(R.randint(0, 8)))}, {K('modified Rankin Scale')} {K(str(R.randint(0, 4)))}. Residual {pick(['R hand clumsiness', 'expressive aphasia', 'L hemianopia', 'mild dysarthria'])}. "
          f"{K(pick(['Babinski sign present on right', 'Romberg negative', 'no pronator drift']))}.\n")
    n.add(f"Meds: {K(pick(['apixaban', 'Eliquis', 'clopidogrel', 'Plavix', 'aspirin']))} {K(pick(['5 mg BID', '75 mg daily', '81 mg daily']))}, {K(pick(['atorvastatin 80 mg', 'Lipitor 40 mg', 'rosuvastatin 20 mg']))}. LDL {K(str(R.randint(38, 140)))}.\n")
    n.add(f"Driving: advised no driving x {K('3 months')}. Pt drives for {F(pick(EMPLOYERS))}; DL# {LI(dl())}, vehicle plate {VH(plate())}. Form sent to {pick(['DMV', 'MVA', 'state medical review board'])}.\n")
    n.add(f"Son {P(nm(relative(p), 'fl'))} present. Return {DS(d + dt.timedelta(days=90))}; CC: {P(nm(ref, 'l'))}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_emu_summary(n):
    fac = pick(CHILD_FAC + URBAN_FAC[:4])
    tw = town("urban")
    p, d = new_person(), visit_date()
    age = R.randint(2, 70)
    epi, fel = clin("MD"), clin("MD")
    techs = [clin("R. EEG T.") for _ in range(2)]
    adm = d - dt.timedelta(days=R.randint(3, 6))
    n.add(f"EPILEPSY MONITORING UNIT - DISCHARGE SUMMARY OF vEEG\n{F(fac)}\n")
    n.add(f"Patient: {P(nm(p, pick(['LF', 'fl'])))}   DOB: {D(dob_for(age, d), pick(['mdY', 'iso']))}   MRN: {MR(mrn())}   Study #: {ID('EMU' + dig(2) + '-' + dig(4))}\n")
    n.add(f"Admit {D(adm, 'mdY')}  Discharge {D(d, 'mdY')}   Attending: {P(nm(epi, 'fl'))}  Fellow: {P(nm(fel, 'il'))}\n\n")
    n.add(f"Indication: {agetok(age)} with {K(pick(['drug-resistant focal epilepsy', 'Lennox-Gastaut syndrome', 'suspected PNES vs epilepsy', 'Dravet syndrome', 'juvenile myoclonic epilepsy']))} for characterization/presurgical eval.\n")
    n.add(f"Home AEDs: {K(pick(['levetiracetam', 'Keppra']))} {K(pick(['1000 mg BID', '750 mg BID', '500 mg BID']))}, {K(pick(['lacosamide', 'Vimpat', 'lamotrigine', 'clobazam', 'Xcopri']))} {K(pick(['200 mg BID', '100 mg BID', '10 mg qHS']))}; tapered per protocol.\n")
    n.add("Events:\n  #  DATE        TIME   SEMIOLOGY                             EEG CORRELATE\n")
    for i in range(R.randint(2, 4)):
        ed = adm + dt.timedelta(days=i + 1)
        n.add(f"  {i + 1}  {D(ed, pick(['mdd', 'md', 'bd']))}  {tm()}   {pick(['behavioral arrest, oral automatisms', 'L arm clonic, Todd paralysis', 'GTC, 70 s', 'eye flutter, unresponsive'])}     "
              f"{pick(['L temporal rhythmic theta', 'generalized 3 Hz spike-wave', 'none - nonepileptic', 'R frontal onset'])}\n")
    n.add(f"\nInterictal: {pick(['L anterior temporal sharp waves', 'generalized polyspikes', 'normal background'])}. {K('Jacksonian march')} {pick(['observed', 'not observed'])} in event 2.\n")
    n.add(f"Impression: {pick(['L mesial temporal onset; refer for MRI + Wada test', 'generalized epilepsy', 'functional seizures; refer to CBT'])}. {K(pick(['Wada test', 'VNS', 'RNS']))} discussed.\n")
    if chance(0.5):
        n.add(f"VNS generator serial {DV(devsn())} interrogated - output {K('1.75 mA')}.\n")
    n.add(f"Video archived at \\\\{IP(ip())}\\emu\\ (tech {P(nm(pick(techs), 'fl'))}). Seizure diary app login {EM(email(p))}.\n")
    n.add(f"Driving restriction explained per state law. Follow-up epilepsy clinic with Dr. {P(nm(epi, 'l'))} in {K('6 weeks')}.\n")
    n.ctx = dict(locals())
    n.add(sig(fel, d, fac, tw[3]))


def t_burn_progress(n):
    fac = pick(URBAN_FAC[:4] + CHILD_FAC[:2])
    tw = town(pick(["rural", "urban"]))
    p, d = new_person(pick(URBAN_CULTS + RURAL_CULTS)), visit_date()
    age = aage(1, 89, 0.08)
    doc, rn = clin("MD"), clin("RN")
    inj = d - dt.timedelta(days=R.randint(2, 14))
    pod = (d - inj).days
    if chance(0.3):
        n.case = "lower"
    n.add(f"BURN ICU PROGRESS NOTE  PBD#{pod}  {D(d, pick(['mdy', 'mdY', 'dby']))}\n{P(nm(p, pick(['fl', 'LF'])))}  {agetok(age, 'y')}  MRN {MR(mrn())}  FIN {AC(acct())}\n")
    mech = pick(["flash burn from propane heater in trailer", "scald (hot cooking oil)", "meth lab explosion", "grease fire at work",
                 "electrical injury on job site", "house fire"])
    n.add(f"S: {mech} on {DS(inj)}")
    if chance(0.6):
        n.add(f" at {F(pick(EMPLOYERS))} in {L(tw[0])}; coworker {P(nm(new_person(), 'fl'))} pulled pt out")
    n.add(f". Transferred from {F(pick(RURAL_FAC))}.\n")
    tbsa = R.randint(8, 55)
    n.add(f"TBSA {K(str(tbsa) + '%')} by {K('Lund-Browder chart')} ({K(str(R.randint(2, tbsa)) + '%')} full thickness). Resus per {K('Parkland formula')}; revised {K('Baux score')} {K(str(age + tbsa))}.\n")
    n.add(f"O: {vitals(True, 90)}. UOP {K(str(R.randint(25, 90)) + ' mL/hr')}. {K('Foley catheter')} in place; {K(pick(['Hickman line', 'triple-lumen CVC', 'PICC']))}.\n")
    n.add(f"Wounds: grafts {pick(['90% take', 'patchy take L thigh', 'pending'])}; dressings {K(pick(['silver sulfadiazine', 'Mepilex Ag', 'bacitracin', 'Xeroform']))}. "
          f"{K('Curling ulcer')} ppx with {K(pick(['pantoprazole 40 mg', 'famotidine 20 mg']))}.\n")
    n.add(f"Pain: {K(pick(['oxycodone', 'hydromorphone PCA', 'ketamine gtt', 'fentanyl']))} {K(pick(['5 mg q4h', '0.2 mg q10min', '10 mcg/kg']))}; {K('gabapentin')} {K('300 mg TID')}.\n")
    n.add(f"A/P: OR {DS(d + dt.timedelta(days=R.randint(1, 3)))} for excision/STSG. Wife/mother {P(nm(relative(p), 'f'))} updated at bedside; ")
    n.add(f"workers' comp adjuster {P(nm(new_person(), 'fl'))} {PH(phone())} claim {ID('WC' + dig(8))}.\n")
    n.add(f"d/w {P(nm(rn, 'f'))} RN.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_trauma_tertiary(n):
    fac = pick(URBAN_FAC[:4] + ["Big Sandy Regional Medical Center"])
    tw = town(pick(["rural", "urban"]))
    p, d = new_person(), visit_date()
    age = aage(16, 89, 0.1)
    doc, att = clin(pick(["MD", "PA-C"])), clin("MD")
    adm = d - dt.timedelta(days=1)
    n.add(f"TRAUMA TERTIARY SURVEY (24 hr)\n{F(fac)} Level {pick(['I', 'II'])} Trauma Center\n")
    n.add(f"Pt {P(nm(p, pick(['LF', 'lf'])))} ({pick(['Trauma Alias ', 'alias '])}{P(pick(['Zebra', 'Quartz', 'Indigo', 'Tango']) + ' ' + pick(['Doe', 'Unknown', 'Trauma']) + ' ' + dig(3))})  MRN {MR(mrn())}\n")
    n.add(f"Arrival {D(adm, 'mdY')} {tm()} via {pick(['ground EMS', 'air medical', 'POV'])}.  Attending {P(nm(att, 'fl'))}.\n\n")
    n.add(f"Mechanism: {agetok(age)} {pick(['restrained driver', 'unrestrained passenger', 'motorcyclist', 'pedestrian struck', 'ATV rollover'])} "
          f"{pick(['on I-64 near ', 'on Route 23 outside ', 'on county road near ', 'downtown '])}{L(tw[0])}. ")
    n.add(f"Vehicle {pick(['2011 Silverado', 'Civic', 'F-150', 'Harley'])} plate {VH(plate())}; VIN {VH(vin())} per police report {ID(pick(['KSP', 'MPD', 'HPD']) + '-' + dig(2) + '-' + dig(5))}.\n")
    n.add(f"Initial {K('Glasgow Coma Scale')} {K(str(R.randint(9, 15)))}, FAST {pick(['negative', 'positive Morison pouch'])}.\n")
    n.add(f"Injuries identified: {keeps(R.sample(['Chance fracture L1', 'Jefferson fracture', 'Colles fracture R', 'Le Fort II fracture', 'L rib fx 4-7', 'grade II splenic lac', 'Hangman fracture', 'Monteggia fracture-dislocation', 'Lisfranc injury', 'Segond fracture'], 3))}.\n")
    n.add(f"Tertiary exam NEW findings: {pick(['R 5th metacarpal fx (Boxer fracture)', 'none', 'L ankle swelling - xray ordered'])}. {K(pick(EXAM_SIGNS))}.\n")
    n.add(f"Meds: {K(pick(['enoxaparin', 'Lovenox']))} {K('30 mg BID')}, {K('acetaminophen')} {K('1 g q8h')}, {K(pick(['Tdap', 'cefazolin 2 g']))}.\n")
    n.add(f"Social: works at {F(pick(EMPLOYERS))}. Emergency contact {P(nm(relative(p), 'fl'))} {PH(phone(tw[3]))}. SBIRT: BAC {K(str(R.randint(0, 240)) + ' mg/dL')}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_bariatric(n):
    fac = pick(URBAN_FAC + ["Cumberland Valley Community Hospital"])
    tw = town(pick(["rural", "urban"]))
    p, d = new_person(pick(URBAN_CULTS + RURAL_CULTS)), visit_date()
    age = R.randint(19, 66)
    surg, rd = clin("MD"), clin("RD")
    op = d - dt.timedelta(days=R.randint(20, 700))
    n.add(f"Bariatric Surgery Clinic - {pick(['Post-op', 'Pre-op', 'Annual'])} Visit\n{D(d)}\n")
    n.add(f"Patient: {P(nm(p, 'fml'))}\nMRN: {MR(mrn())}\nPlan ID: {HP(plan())}   Group #: {HP(dig(6))}\n\n")
    n.add(f"{P(nm(p, 'f'))} is a {agetok(age)} s/p {K(pick(['Roux-en-Y gastric bypass', 'sleeve gastrectomy', 'duodenal switch']))} on {D(op, pick(['mdY', 'long', 'mdy']))} by {P(nm(surg, pick(['l', 'fl'])))}.\n")
    n.add(f"Wt {K(str(R.randint(180, 380)) + ' lb')} (pre-op {K(str(R.randint(260, 480)) + ' lb')}), BMI {K(str(round(R.uniform(28, 55), 1)))}, %EWL {K(str(R.randint(20, 85)) + '%')}.\n")
    n.add(f"Comorbids: {K(pick(['OSA', 'T2DM', 'GERD', 'NAFLD']))}, {K(pick(EPONYM_PMH))}. ")
    n.add(f"Meds: {K(pick(['bariatric multivitamin', 'Bariatric Advantage chewable']))}, {K('calcium citrate')} {K('1200 mg')}, {K('vitamin B12')} {K('1000 mcg')}, {K(pick(['ursodiol 300 mg BID', 'omeprazole 40 mg', 'Prilosec']))}.\n")
    n.add(f"Labs: Hgb {K(str(round(R.uniform(9.5, 14.5), 1)))}, ferritin {K(str(R.randint(6, 150)))}, vit D {K(str(R.randint(12, 60)))}.\n")
    n.add(f"Exam: {K(pick(['no Petersen hernia sx', 'incisions healed', 'mild epigastric TTP']))}. Dumping sx {pick(['none', 'after sweets'])}.\n")
    n.add(f"Seen by dietitian {P(nm(rd, 'fl'))}. Support group 2nd Tues at {F(pick(['First Methodist Fellowship Hall', 'Eastside YMCA', fac]))}; info {U(url(fac, 'weightloss'))}.\n")
    n.add(f"Employer {F(pick(EMPLOYERS))} FMLA paperwork faxed {PH(phone(tw[3]))}.\n")
    n.ctx = dict(locals())
    n.add(sig(surg, d, fac, tw[3]))


def t_urology(n):
    kind = pick(["rural", "urban"])
    fac, tw = pick(RURAL_FAC[:8] if kind == "rural" else URBAN_FAC), town(kind)
    p, d = new_person(pick(RURAL_CULTS if kind == "rural" else URBAN_CULTS)), visit_date()
    age = aage(40, 89)
    doc = clin(pick(["MD", "PA-C"]))
    n.add(f"UROLOGY CLINIC NOTE\n{F(fac)}\n{'PATIENT':<10}{P(nm(p, 'LFM'))}\n{'DOB':<10}{D(dob_for(age, d), 'mdY')}\n{'MRN':<10}{MR(mrn())}\n{'DOS':<10}{D(d, 'mdY')}\n\n")
    n.add(f"CC: {pick(['elevated PSA', 'LUTS', 'gross hematuria', 'recurrent UTI', 'kidney stone f/u', 'ED'])}\n")
    n.add(f"HPI: {agetok(age)} man referred by {P(nm(clin(), pick(['fl', 'il'])))}. PSA {K(str(round(R.uniform(0.4, 22), 1)) + ' ng/mL')} on {DS(d - dt.timedelta(days=R.randint(10, 60)))}. "
          f"IPSS {K(str(R.randint(4, 30)))}, QoL {K(str(R.randint(1, 6)))}. Nocturia x{K(str(R.randint(1, 5)))}.\n")
    n.add(f"PMH: {keeps(R.sample(['Peyronie disease', 'Fournier gangrene (2018)', 'Parkinson disease', 'Alzheimer dementia', 'BPH', 'Paget disease of bone'], 2))}\n")
    n.add(f"Meds: {K(pick(['tamsulosin', 'Flomax']))} {K('0.4 mg')} qHS, {K(pick(['finasteride 5 mg', 'Proscar', 'dutasteride 0.5 mg']))}, {K(pick(['oxybutynin 5 mg', 'mirabegron 25 mg', 'Myrbetriq']))}\n")
    n.add(f"Exam: DRE {K(str(R.randint(20, 90)) + ' g')} prostate, {pick(['smooth', 'firm nodule L base'])}. Bladder scan PVR {K(str(R.randint(20, 450)) + ' mL')}.\n")
    if chance(0.5):
        n.add(f"Bx {DS(d - dt.timedelta(days=30))} (accession {ID('S' + dig(2) + '-' + dig(5))}): {K('Gleason 3+4=7')}, {K('Grade Group 2')}.\n")
    n.add(f"Plan: {pick(['MRI prostate then fusion bx', 'cysto + CT urogram', 'continue alpha blocker', 'active surveillance'])}; "
          f"{K('Foley catheter')} {pick(['removed today', 'exchanged (16 Fr)', 'n/a'])}. RTC {K(pick(['3 months', '6 months', '4 weeks']))}.\n")
    n.add(f"Pt lives with {pick(['wife', 'son', 'niece'])} {P(nm(relative(p), 'f'))} in {L(tw[0])}; prefers calls to {PH(phone(tw[3]))}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_nephrology(n):
    kind = pick(["rural", "urban"])
    fac, tw = pick(RURAL_FAC[:8] if kind == "rural" else URBAN_FAC), town(kind)
    p, d = new_person(pick(RURAL_CULTS if kind == "rural" else URBAN_CULTS)), visit_date()
    age = aage(22, 89)
    doc = clin()
    egfr = R.randint(9, 55)
    n.add(f"Nephrology Clinic — {F(fac)}\n{D(d, pick(['long', 'abbr', 'mdY']))} | {P(nm(p, 'fl'))} | MRN {MR(mrn())}\n\n")
    n.add(f"Assessment: {agetok(age)} with {K('CKD stage ' + pick(['3b', '4', '5', '3a']))} (eGFR {K(str(egfr))}) due to {K(pick(['diabetic nephropathy', 'Alport syndrome', 'IgA nephropathy (Berger disease)', 'hypertensive nephrosclerosis', 'ADPKD', 'Fanconi syndrome']))}.\n")
    n.add(f"Labs {DS(d - dt.timedelta(days=R.randint(2, 14)))}: Cr {K(str(round(R.uniform(1.6, 6.5), 1)))}, K {K(str(round(R.uniform(3.8, 6.1), 1)))}, HCO3 {K(str(R.randint(16, 26)))}, "
          f"Hgb {K(str(round(R.uniform(8.2, 12.8), 1)))}, PTH {K(str(R.randint(60, 600)))}, UACR {K(str(R.randint(30, 3500)) + ' mg/g')}.\n")
    n.add(f"Meds: {K(pick(['losartan 50 mg', 'lisinopril 20 mg']))}, {K(pick(['Farxiga', 'dapagliflozin 10 mg']))}, {K(pick(['sodium bicarbonate 650 mg BID', 'Lokelma 10 g', 'patiromer']))}, {K(pick(['calcitriol 0.25 mcg', 'sevelamer 800 mg TID', 'Renvela']))}.\n")
    n.add(f"Access: {pick(['L brachiocephalic AVF created ', 'R radiocephalic AVF created ', 'no access yet; vein mapping '])}{DS(d - dt.timedelta(days=R.randint(20, 90)))} by {P(nm(clin(), pick(['l', 'il'])))}; thrill present.\n")
    n.add(f"Transplant: referred to {F(pick(URBAN_FAC[:3] + ['University Transplant Institute']))}; potential donor {pick(['sister', 'cousin', 'coworker'])} {P(nm(new_person(p['cult']), 'fl'))}.\n")
    n.add(f"Dialysis modality education: chooses {pick(['home PD', 'in-center HD', 'conservative management'])}; closest unit {F(pick(['DaVita ' + tw[0], 'Fresenius ' + tw[0]]))}.\n")
    n.add(f"Transport: {pick(['Medicaid van', 'grandson drives', 'bus'])} - {F(pick(['Blue Grass Transit', 'LKLP CAP', 'Paratransit Access']))} ID {ID(dig(7))}.\n")
    n.add(f"RTC {K(pick(['6 weeks', '3 months', '2 months']))}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_rheum_infusion(n):
    fac = pick(URBAN_FAC + RURAL_FAC[:6])
    tw = town(pick(["rural", "urban"]))
    p, d = new_person(pick(URBAN_CULTS + RURAL_CULTS)), visit_date()
    age = aage(14, 89, 0.1)
    rns = [clin("RN") for _ in range(3)]
    doc = clin("MD")
    drug = pick([("infliximab", "Remicade", "5 mg/kg"), ("rituximab", "Rituxan", "1000 mg"), ("tocilizumab", "Actemra", "8 mg/kg"),
                 ("abatacept", "Orencia", "750 mg"), ("belimumab", "Benlysta", "10 mg/kg"), ("infliximab-dyyb", "Inflectra", "5 mg/kg")])
    dx = pick(["RA", "SLE", "Still disease", "Sjögren syndrome", "Behçet disease", "GPA", "Takayasu arteritis", "Crohn disease"])
    n.add(f"RHEUMATOLOGY INFUSION CENTER - TREATMENT LOG\n{F(fac)} Infusion Suite {pick(['B', '3', 'East'])}\n")
    n.add(f"Pt: {P(nm(p, pick(['LF', 'lf'])))}\tMRN {MR(mrn())}\tAge {agetok(age, '')}\tWt {K(str(R.randint(45, 120)) + ' kg')}\n")
    n.add(f"Dx: {K(dx)}   Ordering: {P(nm(doc, 'fl'))}   Drug: {K(drug[0])} ({K(drug[1])}) {K(drug[2])}\nPrior auth # {ID('PA' + dig(9))}\n\n")
    n.add("Date\tDose\tPremeds\tRate/Reaction\tRN\n")
    cur = d - dt.timedelta(weeks=8 * R.randint(2, 3))
    for i in range(R.randint(3, 4)):
        n.add(f"{D(cur, pick(['mdy', 'mdY', 'md', 'iso']))}\t{K(drug[2])}\t{K(pick(['APAP 650 mg', 'Benadryl 25 mg', 'methylpred 100 mg', 'diphenhydramine 50 mg']))}\t"
              f"{pick(['none', 'none', 'flushing - rate slowed', 'none; titrated to 250 mL/h'])}\t{P(nm(pick(rns), pick(['l', 'il', 'fl'])))}\n")
        cur += dt.timedelta(weeks=8)
    n.add(f"\nPre-infusion: {vitals()}. TB QuantiFERON neg {DS(d - dt.timedelta(days=R.randint(100, 300)))}. HBV sAg neg.\n")
    n.add(f"Also on {K(pick(['methotrexate', 'hydroxychloroquine', 'Plaquenil', 'azathioprine']))} {K(pick(['15 mg weekly', '200 mg BID', '50 mg daily']))} + {K('folic acid')} {K('1 mg')}.\n")
    n.add(f"Copay card {HP(plan())}. Next infusion {DS(d + dt.timedelta(weeks=8))}; reminder to {EM(email(p))}.\n")
    n.ctx = dict(locals())
    n.add(sig(pick(rns), d, fac, tw[3]))


def t_hiv_clinic(n):
    fac = pick(URBAN_FAC + ["Tri-Rivers Health Clinic"])
    tw = town("urban")
    p, d = new_person(pick(URBAN_CULTS)), visit_date()
    age = R.randint(19, 76)
    doc, cm = clin(pick(["MD", "NP", "PA-C"])), clin(pick(["MSW", "CHW"]))
    part = new_person(pick(URBAN_CULTS))
    n.add(f"HIV Primary Care — {F(fac)} {pick(['Ryan White clinic', 'Positive Health Program', 'ID clinic'])}\n")
    n.add(f"Visit: {D(d)} | {P(nm(p, pick(['fl', 'LF'])))} ({pick(['he/him', 'she/her', 'they/them'])}) | MRN {MR(mrn())} | ADAP # {ID('ADAP' + dig(7))}\n\n")
    n.add(f"{agetok(age)} with HIV dx {pick(['2008', '2019', 'at age 19', '2014'])}, nadir CD4 {K(str(R.randint(20, 450)))}. ")
    n.add(f"On {K(pick(['Biktarvy', 'bictegravir/emtricitabine/TAF', 'Dovato', 'Triumeq', 'Cabenuva']))} {K(pick(['1 tab daily', 'q2 month injection', '1 tablet PO daily']))}. "
          f"Adherence {K(str(R.randint(70, 100)) + '%')} by self-report.\n")
    n.add(f"Labs {DS(d - dt.timedelta(days=R.randint(3, 20)))}: VL {K(pick(['<20 copies/mL', 'not detected', str(R.randint(200, 90000)) + ' copies/mL']))}, "
          f"CD4 {K(str(R.randint(180, 1100)))} ({K(str(R.randint(12, 45)) + '%')}), Cr {K(str(round(R.uniform(0.7, 1.4), 2)))}.\n")
    n.add(f"Hx: {K(pick(['Kaposi sarcoma (resolved)', 'PCP pneumonia 2015', 'Burkitt lymphoma in remission', 'syphilis, treated']))}; {K(pick(EPONYM_PMH))}.\n")
    n.add(f"Partner {P(nm(part, 'f'))} on {K('PrEP')} ({K('Descovy')}); partner notification done with DIS {P(nm(clin('DIS'), 'fl'))}.\n")
    n.add(f"Social: housing via {F(pick(SHELTERS + ['Housing Works', 'Beacon House']))}; address {put_addr(addr(tw))}. Case manager {P(nm(cm, 'fl'))} {PH(phone(tw[3]))}.\n")
    n.add(f"Plan: continue ART, {K('Shingrix')} #2, {K('Prevnar 20')}, anal Pap. Pharmacy {F(pick(PHARM))}. Portal msg via {U(url(fac, 'portal'))}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_hcv_treatment(n):
    kind = pick(["rural", "urban"])
    fac, tw = pick(RURAL_FAC[:8] if kind == "rural" else URBAN_FAC), town(kind)
    p, d = new_person(pick(RURAL_CULTS if kind == "rural" else URBAN_CULTS)), visit_date()
    age = R.randint(21, 70)
    doc, peer = clin(pick(["NP", "PharmD", "MD"])), new_person(p["cult"])
    start = d - dt.timedelta(weeks=R.randint(0, 12))
    lower = chance(0.4)
    if lower:
        n.case = "lower"
    n.add(f"hcv tx visit {D(d, pick(['mdy', 'md', 'mdY']))} - {P(nm(p, pick(['fl', 'f'])))} {agetok(age, 'yo')} mrn {MR(mrn())}\n")
    n.add(f"pt here w/ peer navigator {P(nm(peer, 'f'))} from {F(pick(['Harm Reduction Action Center', 'Second Chance Recovery', 'Clean Works Exchange']))}.\n")
    n.add(f"genotype {K(pick(['1a', '1b', '2', '3a']))}, VL {K(str(R.randint(30000, 6000000)) + ' IU/mL')}, {K('FibroScan')} {K(str(round(R.uniform(4.5, 22), 1)) + ' kPa')}, "
          f"{K('APRI')} {K(str(round(R.uniform(0.3, 2.5), 2)))}, {K('FIB-4')} {K(str(round(R.uniform(0.6, 4.2), 2)))}. {K('Child-Pugh')} {K(pick(['A5', 'A6', 'n/a']))}.\n")
    n.add(f"started {K(pick(['Epclusa', 'sofosbuvir-velpatasvir', 'Mavyret', 'glecaprevir-pibrentasvir']))} on {DS(start)} x {K(pick(['12 weeks', '8 weeks']))}. "
          f"missed {K(str(R.randint(0, 4)))} doses. ")
    n.add(f"{pick(['on bup', 'on methadone', 'using fentanyl ~daily', 'in recovery 9 mo'])} - {K(pick(['Suboxone', 'buprenorphine-naloxone']))} {K(pick(['8-2 mg', '16 mg', '12 mg']))} daily.\n")
    n.add(f"{K('Narcan')} kit given. meds mailed from specialty pharm, copay assist id {HP(plan())}.\n")
    n.add(f"stays {pick(['w/ sister', 'at campground', 'w/ boyfriend', 'at a motel'])} {pick(['on ', 'off '])}{A(addr(tw)[0])}, {L(tw[0])}. "
          f"best # is {P(nm(peer, 'f'))}'s phone {PH(phone(tw[3]))}.\n")
    n.add(f"plan: SVR12 check {DS(start + dt.timedelta(weeks=24))}. reinfection counseling. hep A/B vax.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_refugee_screen(n):
    fac = pick(URBAN_FAC[:4] + ["Eastside Community Health Center", "Ninth Street Health Center"])
    tw = town("urban")
    cult = pick(REFUGEE_CULTS)
    p, d = new_person(cult), visit_date()
    age = aage(1, 89, 0.08)
    spouse = relative(p, 0.5)
    doc, interp = clin(pick(["MD", "NP", "DO"])), new_person(cult)
    arr = d - dt.timedelta(days=R.randint(10, 80))
    countries = {"arab_afghan": "Afghanistan", "somali": "Somalia", "karen_burmese": "Burma (Myanmar)", "congolese": "DR Congo",
                 "ukrainian": "Ukraine", "south_asian": "Bhutan via Nepal", "haitian": "Haiti"}
    n.add(f"DOMESTIC REFUGEE HEALTH SCREENING\n{F(fac)} New Americans Clinic\n")
    n.add(f"Name: {P(nm(p, 'LF'))}   A-Number: {ID(pick(['A', 'A ', 'A#']) + pick([dig(9), dig(3) + '-' + dig(3) + '-' + dig(3)]))}   DOB: {D(dob_for(age, d), pick(['mdY', 'iso', 'dby']))}")
    n.add(f"{pick(['', ' (DOB approximate per I-94)'])}\n")
    n.add(f"Country of origin: {countries[cult]}. US arrival: {D(arr)}. Resettlement agency: {F(pick(AGENCIES))}, caseworker {P(nm(new_person(), 'fl'))} {PH(phone(tw[3]))}.\n")
    lang = {"arab_afghan": ["Dari", "Pashto", "Arabic"], "somali": ["Somali", "Maay Maay"], "karen_burmese": ["Karen (Sgaw)", "Burmese"],
            "congolese": ["Swahili", "Kinyarwanda", "Lingala"], "ukrainian": ["Ukrainian", "Russian"], "south_asian": ["Nepali"],
            "haitian": ["Haitian Creole"]}[cult]
    n.add(f"Interpreter: {P(nm(interp, 'fl'))} (ID {ID(dig(5))}), {pick(lang)}.\n")
    n.add(f"Household at {put_addr(addr(tw))}: spouse {P(nm(spouse, 'fl'))}, {R.randint(1, 6)} children.\n\n")
    n.add(f"{agetok(age)}. Overseas exam (IOM) reviewed: CXR {pick(['normal', 'old granuloma'])}. ")
    n.add(f"Presumptive tx: {K('albendazole')} {K('400 mg')} x1, {K('ivermectin')} {K('200 mcg/kg')} x {K('2 days')}, {K(pick(['praziquantel', 'Coartem', 'none']))}.\n")
    n.add(f"Screening: IGRA {pick(['positive -> LTBI, start ' + K('rifampin') + ' ' + K('600 mg') + ' x ' + K('4 months'), 'negative'])}; HBsAg {pick(['neg', 'pos'])}; "
          f"Hgb {K(str(round(R.uniform(8.5, 15.5), 1)))}; lead {K(str(R.randint(1, 14)) + ' mcg/dL')}; {pick(['Chagas serology sent', 'Strongyloides IgG sent', 'Schistosoma serology sent'])}.\n")
    n.add(f"PHQ-9 {K(str(R.randint(0, 22)))}, RHS-15 {pick(['positive', 'negative'])}. Hx {K(pick(['rheumatic heart disease', 'Pott disease', 'Burkitt lymphoma', 'Graves disease', 'Bell palsy']))}.\n")
    n.add(f"Medicaid {HP(plan())} active {DS(arr + dt.timedelta(days=R.randint(5, 20)))}. Next: vaccines catch-up, dental at {F(pick(URBAN_FAC))}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_farmworker(n):
    fac = pick(["Yakima Valley Farm Workers Clinic", "Kettle Creek Rural Health Clinic", "Tri-Rivers Health Clinic", "Prairie Hollow Medical Clinic"])
    tw = pick([t for t in TOWNS_RURAL if t[1] in ("WA", "OR", "CA", "FL", "TX", "NC", "KS")])
    p, d = new_person(pick(["hispanic", "hispanic", "haitian", "karen_burmese"])), visit_date()
    age = R.randint(16, 68)
    doc, boss = clin(pick(["NP", "PA-C", "MD"])), new_person("hispanic")
    if chance(0.25):
        n.case = "upper"
    n.add(f"Migrant & Seasonal Farmworker Clinic / Mobile Unit {pick(['2', 'B', '7'])}\nDate {D(d)}   Site: {pick(['labor camp outside ', 'packing shed near ', 'church lot in '])}{L(pick([tw[0], tw[4]]))}\n")
    n.add(f"Pt: {P(nm(p, pick(['fl', 'LF'])))}  DOB {D(dob_for(age, d), 'mdY')}  Chart {MR(mrn())}\n")
    n.add(f"Employer: {F(pick(['Valle Verde Farms', 'Sunny Acres Orchards', 'Delgado Brothers Dairy', 'Pacific Crest Packing', 'Green Valley Berries']))}, "
          f"crew leader {P(nm(boss, 'f'))} \"{P(boss['nick'])}\". H-2A visa # {ID(alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ') + dig(9))}.\n")
    n.add(f"Pt prefers Spanish; {pick(['Mixteco', 'Triqui', 'Spanish', 'Haitian Creole'])} spoken at home. Speaks via WhatsApp {PH(phone())}.\n\n")
    n.add(f"CC: {pick(['headache, cramps after picking in heat', 'rash on forearms after spraying', 'low back pain', 'cough x 2 wks', 'eye irritation'])}. "
          f"{agetok(age)}, works {K(str(R.randint(8, 12)) + ' hours')}/day, drinks {K(str(R.randint(1, 6)) + ' bottles')} water.\n")
    n.add(f"Exam: {vitals()}. {K(pick(EXAM_SIGNS))}. {pick(['skin: contact dermatitis', 'dry mucosa', 'paraspinal spasm', 'conjunctival injection'])}.\n")
    n.add(f"A/P: {pick(['heat exhaustion - ORS, shade/rest', 'pesticide exposure - cholinesterase drawn, report to state', 'lumbar strain'])}; "
          f"{K(pick(['ibuprofen 600 mg', 'cyclobenzaprine 5 mg', 'hydrocortisone 1% cream', 'triamcinolone 0.1%']))} x {K(pick(['7 days', '5 days', '10 days']))}.\n")
    n.add(f"Hx {K(pick(['Chagas disease', 'Hashimoto thyroiditis', 'pre-diabetes', 'Lyme disease']))}. TB risk screen done.\n")
    n.add(f"Next stop of mobile unit {DS(d + dt.timedelta(days=14))} at {F(pick(['Iglesia Bautista Emanuel', 'Dollar General', 'Tienda El Sol']))} parking lot in {L(tw[0])}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_street_medicine(n):
    fac = pick(URBAN_FAC)
    tw = town("urban")
    p, d = new_person(pick(URBAN_CULTS + RURAL_CULTS)), visit_date()
    age = aage(19, 89, 0.05)
    doc, cw = clin(pick(["MD", "NP", "PA-C"])), new_person()
    if chance(0.7):
        n.case = "lower"
    n.add(f"street med outreach - {D(d, pick(['md', 'mdy', 'mdY']))} {tm()}\nteam: {P(nm(doc, 'f'))}, {P(nm(cw, 'f'))} (outreach), {pick(['2 students', 'van driver', 'CHW'])}\n")
    n.add(f"loc: {L(pick(OUTREACH_SPOTS))}, {L(tw[0])}\n\n")
    n.add(f"pt goes by \"{P(p['nick'])}\" - legal name {P(nm(p, 'fl'))} per ID; dob {D(dob_for(age, d), 'mdy')}. known to us since {pick(['2021', 'spring', 'last winter'])}. {agetok(age, 'yo')}.\n")
    n.add(f"c/o {pick(['L foot wound', 'cough + fevers', 'needs bp meds refilled', 'leg swelling', 'abscess R forearm'])} x {K(pick(['3 days', '1 week', '2 weeks', '5 days']))}. "
          f"uses {pick(['fentanyl smoked', 'meth', 'etoh daily', 'nothing per pt'])}.\n")
    n.add(f"v/s {vitals(True, 88)}. bg {K(str(R.randint(70, 420)))}. {K(pick(['trench foot', 'cellulitis', 'Charcot foot', 'venous stasis']))} vs abscess.\n")
    n.add(f"gave {K(pick(['doxycycline', 'Bactrim DS', 'cephalexin', 'amlodipine']))} {K(pick(['100 mg BID', '1 tab BID', '500 mg QID', '10 mg daily']))} x {K(pick(['7 days', '10 days', '30 days']))}, "
          f"{K('Narcan')} x2, socks, wound care w/ {K('Xeroform')}.\n")
    n.add(f"sleeps at {F(pick(SHELTERS))} some nights; HMIS id {ID(dig(6))}. ")
    n.add(f"sister {P(nm(relative(p), 'f'))} in {L(town('rural')[0])} #{PH(phone())}.\n")
    n.add(f"f/u next tues same spot; will bring to {F(fac)} walk-in if worse. BIN: {HP(plan())}.\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, fac, tw[3]))


def t_shelter_clinic(n):
    fac = pick(SHELTERS)
    parent = pick(URBAN_FAC)
    tw = town("urban")
    p, d = new_person(pick(URBAN_CULTS)), visit_date()
    age = aage(18, 89, 0.12)
    doc = clin(pick(["NP", "MD", "RN"]))
    staff = new_person()
    n.add(f"{F(fac)} On-site Clinic (operated by {F(parent)})\n")
    n.add(f"Client: {P(nm(p, pick(['LF', 'fl', 'lf'])))}   Bed {pick(['12B', '41', 'A-7', '203'])}   Client ID {ID(dig(6))}   Date {D(d)}\n")
    n.add(f"{agetok(age)} {pick(['woman', 'man', 'veteran', 'person'])} staying here since {DS(d - dt.timedelta(days=R.randint(5, 120)))}. ")
    n.add(f"Previously lived at {put_addr(addr(tw), ', ')} until eviction. SSN on file last4 {SS(dig(4))}.\n")
    n.add(f"Reason: {pick(['BP check + refills', 'scabies', 'foot pain', 'anxiety/insomnia', 'COPD inhaler refill', 'pregnancy test'])}.\n")
    n.add(f"Vitals: {vitals()}.\n")
    n.add(f"PMH: {keeps(R.sample(EPONYM_PMH, 2))}, HTN. Meds: {K(pick(['amlodipine', 'Norvasc', 'lisinopril', 'HCTZ']))} {K(pick(['10 mg', '20 mg', '25 mg']))}, "
          f"{K(pick(['permethrin 5% cream', 'hydroxyzine 25 mg', 'albuterol HFA', 'trazodone 50 mg']))}.\n")
    n.add(f"Plan: refills sent to {F(pick(PHARM))}. Benefits: Medicaid {HP(plan())} pending; SNAP worker {P(nm(new_person(), 'fl'))}. ")
    n.add(f"Shelter staff {P(nm(staff, 'f'))} to remind client of appt on {DS(d + dt.timedelta(days=R.randint(5, 30)))} at {F(parent)} ({PH(phone(tw[3]))}).\n")
    n.add(f"Client email {EM(email(p))} (checks at library).\n")
    n.ctx = dict(locals())
    n.add(sig(doc, d, parent, tw[3]))


def t_mobile_mammo(n):
    base = pick(RURAL_FAC[:8] + URBAN_FAC[:3])
    tw = town(pick(["rural", "rural", "urban"]))
    p, d = new_person(pick(RURAL_CULTS + URBAN_CULTS)), visit_date()
    age = aage(40, 89)
    rad, tech = clin("MD"), clin("RT(R)(M)")
    if chance(0.4):
        n.case = "upper"
    n.add(f"MOBILE MAMMOGRAPHY REPORT\n{F(base)} Mobile Coach, unit plate {VH(plate())}\n")
    n.add(f"Screening site: {F(pick(['Dollar General', 'First Baptist Church', 'Mt. Zion AME Church', 'Walmart Supercenter', 'Golden Years Senior Center']))}, {L(tw[0])}, {tw[1]} on {D(d)}\n")
    n.add(f"Patient: {P(nm(p, 'LF'))}   DOB: {D(dob_for(age, d), 'mdY')}   Acc#: {ID(dig(9))}   MRN: {MR(mrn())}\n")
    n.add(f"Ordering: {P(nm(clin(), pick(['fl', 'il'])))}   Technologist: {P(nm(tech, 'fl'))}\n\n")
    n.add(f"EXAM: Bilateral screening mammogram with {K('tomosynthesis')}.\nHISTORY: {agetok(age)}, {pick(['no complaints', 'mother with breast ca at 52', 'prior benign biopsy R'])}. "
          f"Comparison: {'none' if chance(0.3) else 'prior from ' + D(d - dt.timedelta(days=R.randint(360, 800)), 'mdY') + ' at ' + F(pick(RURAL_FAC + URBAN_FAC))}.\n")
    n.add(f"BREAST COMPOSITION: {K(pick(['scattered fibroglandular densities', 'heterogeneously dense', 'almost entirely fatty', 'extremely dense']))}.\n")
    n.add(f"FINDINGS: {pick(['No suspicious mass, calcification or distortion.', 'Focal asymmetry L breast upper outer quadrant, middle depth.', 'Grouped amorphous calcifications R breast 10 o’clock.'])}\n")
    n.add(f"IMPRESSION: {K(pick(['BI-RADS 1', 'BI-RADS 2', 'BI-RADS 0', 'BI-RADS 0']))} - {pick(['negative', 'benign', 'incomplete, additional imaging needed'])}. "
          f"{K('Tyrer-Cuzick')} lifetime risk {K(str(round(R.uniform(6, 26), 1)) + '%')}.\n")
    n.add(f"Results letter mailed to {put_addr(addr(tw))}. Navigator {P(nm(new_person(), 'fl'))} {PH(phone(tw[3]))}.\n")
    n.add(f"Images at PACS {IP(ip())}.\n")
    n.ctx = dict(locals())
    n.add(sig(rad, d, base, tw[3]))


def t_prenatal_intake(n):
    kind = pick(["rural", "urban"])
    fac, tw = pick(RURAL_FAC[:8] if kind == "rural" else URBAN_FAC), town(kind)
    p, d = new_person(pick(RURAL_CULTS + URBAN_CULTS + REFUGEE_CULTS)), visit_date()
    age = R.randint(15, 44)
    fob, prov = new_person(p["cult"]), clin(pick(["CNM", "MD", "DO", "NP"]))
    lmp = d - dt.timedelta(days=R.randint(49, 110))
    edd = lmp + dt.timedelta(days=280)
    n.add(f"PRENATAL INTAKE (New OB)\n{F(fac)}   Visit {D(d)}\n")
    n.add(f"Name: {P(nm(p, pick(['fl', 'fml'])))}   DOB {D(dob_for(age, d), 'mdY')}   MRN {MR(mrn())}   Medicaid {HP(plan())}\n")
    n.add(f"Address: {put_addr(addr(tw))}   Cell {PH(phone(tw[3]))}   Email {EM(email(p))}\n\n")
    g = R.randint(1, 6)
    n.add(f"{agetok(age, 'yo')} G{g}P{g - 1}. LMP {D(lmp, pick(['mdy', 'mdY', 'Bd', 'long']))} (sure). EDD {D(edd, pick(['mdY', 'mdy', 'long']))} by {K('Naegele rule')}, c/w {K('dating US')} at {K(str(R.randint(7, 12)) + 'w')}.\n")
    n.add(f"FOB: {P(nm(fob, 'fl'))}, {pick(['involved', 'not involved', 'incarcerated', 'deployed'])}; works at {F(pick(EMPLOYERS))}.\n")
    n.add(f"Pt works at {F(pick(EMPLOYERS))}; {pick(['HS diploma', 'GED', 'some college at ' + F(pick(['Southwestern Community College', 'Hazard Community and Technical College', 'Bronx Community College']))])}.\n")
    n.add(f"OB hx: {pick(['SVD x1 2019', 'C/S for breech', 'SAB x1', 'none'])}. Med hx: {K(pick(EPONYM_PMH))}. ")
    n.add(f"Meds: {K(pick(['prenatal vitamins', 'PNV']))}, {K(pick(['folic acid 4 mg', 'levothyroxine 75 mcg', 'Diclegis', 'ondansetron 4 mg']))}, {K(pick(['aspirin 81 mg (from 12 wks)', 'metformin 500 mg', 'sertraline 50 mg']))}.\n")
    n.add(f"Screening: PHQ-9 {K(str(R.randint(0, 18)))}, IPV screen {pick(['neg', 'pos - resources given'])}, tobacco {pick(['yes', 'no'])}, SUD {pick(['neg', 'cannabis'])}. ")
    n.add(f"Labs: type {pick(['O+', 'A-', 'B+', 'O-'])}, Rubella {pick(['immune', 'non-immune'])}, HIV/RPR/HBsAg/HCV ordered; {K('cell-free DNA')} offered.\n")
    n.add(f"Plan delivery at {F(pick(URBAN_FAC[:4] + RURAL_FAC[:3]))}; {pick(['home visiting referral', 'WIC referral', 'Centering group'])}. Next visit {DS(d + dt.timedelta(weeks=4))}.\n")
    n.ctx = dict(locals())
    n.add(sig(prov, d, fac, tw[3]))


def t_ppd_screen(n):
    fac = pick(CHILD_FAC + URBAN_FAC + RURAL_FAC[:8])
    tw = town(pick(["rural", "urban"]))
    mom, d = new_person(pick(RURAL_CULTS + URBAN_CULTS + REFUGEE_CULTS)), visit_date()
    age = R.randint(16, 43)
    baby = {"first": pick(NAMES[mom["cult"]][0]), "last": mom["last"], "mi": "Q"}
    partner = new_person(mom["cult"])
    prov = clin(pick(["MD", "NP", "LCSW"]))
    born = d - dt.timedelta(weeks=R.randint(1, 26))
    epds = R.randint(3, 24)
    n.add(f"POSTPARTUM DEPRESSION SCREEN - {pick(['2-month well visit', 'postpartum visit', '6-week PP visit', 'home visit'])}\n{F(fac)}\n")
    n.add(f"Mother: {P(nm(mom, pick(['fl', 'LF'])))} ({agetok(age, ' y/o')})   Infant: {P(nm(baby, 'fl'))}, born {D(born)}\n")
    n.add(f"Infant MRN {MR(mrn())}; maternal MRN {MR(mrn())}\n\n")
    n.add(f"{K('Edinburgh Postnatal Depression Scale')} (EPDS) total: {K(str(epds))}; item 10 (self-harm): {K(str(R.choice([0, 0, 0, 1, 2])))}.\n")
    n.add(f"GAD-7 {K(str(R.randint(1, 20)))}. Sleep {K(str(R.randint(2, 6)) + ' hours')}/night.\n")
    n.add(f"{P(nm(mom, 'f'))} reports {pick(['crying daily, feels like a bad mom', 'intrusive thoughts, no intent', 'doing ok, tired', 'irritable, not bonding'])}. "
          f"Partner {P(nm(partner, 'f'))} {pick(['working double shifts at ' + F(pick(EMPLOYERS)), 'supportive', 'recently left'])}.\n")
    n.add(f"Hx: {pick(['prior PPD after first baby', 'bipolar II', 'no psych hx', 'anxiety'])}; {pick(['', K('Graves disease') + ' - check TSH', K('Sheehan syndrome') + ' ruled out'])}\n")
    n.add(f"Plan: {pick(['start ' + K('sertraline') + ' ' + K('25 mg') + ' daily (compatible w/ breastfeeding)', 'warm handoff to BH', 'refer to ' + K('zuranolone') + ' prescriber', 'rescreen at next visit'])}. "
          f"Postpartum Support line {PH(phone())}; {U(pick(['https://www.postpartum.net', 'www.' + fac_domain(fac) + '/moms']))}.\n")
    n.add(f"Mom's {pick(['mother', 'sister', 'aunt'])} {P(nm(relative(mom), 'fl'))} in {L(tw[0])} can help with baby.\n")
    n.ctx = dict(locals())
    n.add(sig(prov, d, fac, tw[3]))


def addendum(n):
    c = getattr(n, "ctx", {})
    fac = c.get("fac") or c.get("base") or pick(URBAN_FAC)
    d = c.get("d") or visit_date()
    tw = c.get("tw") or town("urban")
    p = c.get("p") or c.get("kid") or c.get("mom") or new_person()
    area = tw[3]
    f = R.randint(0, 7)
    other = clin()
    if f == 0:
        n.add(f"\nADDENDUM {D(d, pick(['mdY', 'md', 'iso']))} {tm()}: called {pick(['daughter', 'husband', 'mother', 'son', 'friend'])} "
              f"{P(nm(relative(p), pick(['fl', 'f'])))} at {PH(phone(area))} re: {K(pick(['amoxicillin', 'metoprolol', 'insulin glargine', 'ondansetron', 'Eliquis', 'Keppra']))} "
              f"refill; sent to {F(pick(PHARM))} (fax {PH(phone(area))}). -- {P(nm(other, pick(['il', 'l', 'fl'])))} {other['cred']}\n")
    elif f == 1:
        n.add(f"\ncc: Dr. {P(nm(other, 'l'))}, {F(pick(RURAL_FAC + URBAN_FAC))} (fax {PH(phone())})\n    {P(nm(clin(), 'fml'))}, {F(pick(CHILD_FAC + URBAN_FAC))}\n")
    elif f == 2:
        n.add(f"\n[Registration] SSN: {SS(ssn())}   Acct#: {AC(acct())}   Emerg contact: {P(nm(relative(p), 'fl'))} ({pick(['spouse', 'mother', 'sister', 'friend'])}) {PH(phone(area))}\n")
    elif f == 3:
        n.add(f"\nLate entry for {D(d - dt.timedelta(days=1), pick(SHORT_FMTS + ['mdY']))}: {P(nm(p, 'f'))}'s {pick(['aunt', 'brother', 'neighbor'])} "
              f"\"{P(new_person()['nick'])}\" dropped off paperwork; forwarded to {P(nm(other, 'fl'))}. Reassess in {K(pick(['48 hours', '1 week', '72 hours']))}.\n")
    elif f == 4:
        n.add(f"\nPrescriber: {P(nm(other, 'LF'))} {other['cred']}  NPI {LI(npi())}  DEA {LI(dea())}  Lic {LI(pick(['MD', 'RN', 'APRN', 'PA']) + dig(6))}\n")
    elif f == 5:
        st, t2 = addr(tw)
        n.add(f"\nTransport: {F(pick(['SafeRide', 'Medicaid NEMT', 'Tri-County Transit']))} pickup {D(d + dt.timedelta(days=R.randint(3, 20)), pick(SHORT_FMTS))} "
              f"at {A(st)}, {L(t2[0])}; driver {P(nm(new_person(), 'f'))}, van {VH(plate())}.\n")
    elif f == 6:
        n.add(f"\nMsg from pt via portal ({EM(email(p))}, IP {IP(ip())}) on {D(d + dt.timedelta(days=1), pick(['mdY', 'iso']))}: asks about {K(pick(['Tylenol', 'Zofran', 'Lasix', 'Motrin', 'Benadryl']))} dose.\n")
    else:
        n.add(f"\nInterpreter {P(nm(new_person(), pick(['fl', 'f'])))} (#{ID(dig(5))}) via {pick(['video', 'phone', 'in person'])} for entire encounter.\n")


TEMPLATES = {
    "pediatric_asthma_action_plan": t_asthma_action_plan,
    "child_protection_medical_eval": t_cps_medical,
    "adolescent_headss": t_headss,
    "newborn_nursery_admission": t_newborn_nursery,
    "lactation_consult": t_lactation,
    "diabetes_education": t_diabetes_ed,
    "heart_failure_titration_log": t_hf_titration,
    "copd_exacerbation_followup": t_copd_followup,
    "stroke_neurology_clinic": t_stroke_clinic,
    "epilepsy_monitoring_summary": t_emu_summary,
    "burn_unit_progress": t_burn_progress,
    "trauma_tertiary_survey": t_trauma_tertiary,
    "bariatric_surgery_clinic": t_bariatric,
    "urology_clinic": t_urology,
    "nephrology_clinic": t_nephrology,
    "rheumatology_infusion_log": t_rheum_infusion,
    "hiv_clinic_visit": t_hiv_clinic,
    "hepatitis_c_treatment": t_hcv_treatment,
    "refugee_health_screening": t_refugee_screen,
    "migrant_farmworker_clinic": t_farmworker,
    "street_medicine_outreach": t_street_medicine,
    "shelter_clinic": t_shelter_clinic,
    "mobile_mammography_report": t_mobile_mammo,
    "prenatal_intake": t_prenatal_intake,
    "postpartum_depression_screen": t_ppd_screen,
}


# ----------------------------------------------------------------- checks
def leak_problems(text, phi):
    """Every case-insensitive, word-bounded occurrence of a PHI value must lie inside a PHI span."""
    probs = []
    vals = {text[s["start"]:s["end"]] for s in phi}
    for v in vals:
        for m in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.I):
            if not any(s["start"] <= m.start() and m.end() <= s["end"] for s in phi):
                probs.append((v, m.start()))
    return probs


def check(rec):
    t = rec["text"]
    allsp = []
    for s in rec["phi"]:
        assert 0 <= s["start"] < s["end"] <= len(t), s
        assert CAT[s["entity"]] == s["category"], s
        v = t[s["start"]:s["end"]]
        assert v == v.strip() and v, (rec["note_id"], v)
        allsp.append((s["start"], s["end"]))
    for s in rec["keep"]:
        assert 0 <= s["start"] < s["end"] <= len(t), s
        allsp.append((s["start"], s["end"]))
    allsp.sort()
    for a, b in zip(allsp, allsp[1:]):
        assert a[1] <= b[0], (rec["note_id"], a, b, t[a[0]:a[1]], t[b[0]:b[1]])
    lp = leak_problems(t, rec["phi"])
    assert not lp, (rec["note_id"], lp)
    assert "\x01" not in t and "\x02" not in t and "\x03" not in t


def make(n_notes, seed):
    R.seed(seed)
    names = list(TEMPLATES)
    order = [names[i % len(names)] for i in range(n_notes)]
    R.shuffle(order)
    out = []
    for i, style in enumerate(order):
        for attempt in range(500):
            note = Note()
            TEMPLATES[style](note)
            if chance(0.45):
                addendum(note)
            text = note.text()
            if leak_problems(text, note.phi):
                continue
            nw = len(text.split())
            if not (60 <= nw <= 400 and 8 <= len(note.phi) <= 30 and 5 <= len(note.keep) <= 32):
                continue
            break
        else:
            raise RuntimeError(f"could not generate clean note for {style}")
        rec = {"note_id": f"G{i + 1:04d}", "patient_id": f"GP{i + 1:04d}", "template": style, "text": text,
               "phi": note.phi, "keep": note.keep}
        check(rec)
        out.append(rec)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=79)
    ap.add_argument("--out", default="set_g.jsonl")
    a = ap.parse_args()
    recs = make(a.n, a.seed)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check the written file
    with open(a.out, encoding="utf-8") as f:
        back = [json.loads(x) for x in f]
    for r in back:
        check(r)
    ent, cat = {}, {}
    for r in back:
        for s in r["phi"]:
            ent[s["entity"]] = ent.get(s["entity"], 0) + 1
            cat[s["category"]] = cat.get(s["category"], 0) + 1
    print(f"notes={len(back)} styles={len({r['template'] for r in back})} phi={sum(cat.values())} "
          f"keep={sum(len(r['keep']) for r in back)}")
    print("by category:", json.dumps(dict(sorted(cat.items()))))
    print("by entity:", json.dumps(dict(sorted(ent.items()))))


if __name__ == "__main__":
    main()

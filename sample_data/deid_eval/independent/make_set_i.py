#!/usr/bin/env python3
"""make_set_i.py -- independent labeled synthetic de-identification evaluation set.

Standard library only.  Usage:
    python3 make_set_i.py --n 250 --seed 101 --out set_i.jsonl

Every note is assembled from pieces by a small builder (class Doc).  A piece is
either plain text (str) or a tuple (TAG, value).  The builder appends pieces in
order and records [start, end) offsets at the moment each tagged piece is
appended, so spans are never located by searching the finished text.  Case /
punctuation / OCR-noise transforms are applied per piece *before* its length is
measured, so offsets stay exact.
"""
import argparse
import json
import random
import re
import unicodedata
from datetime import date, timedelta

# --------------------------------------------------------------------------
# tags
P, MRN, ACCT, IDN, HPN, SSN, LIC, DEV, VEH = "P", "MRN", "ACCT", "IDN", "HPN", "SSN", "LIC", "DEV", "VEH"
DT, AGE, LOC, STR, ZIP, FAC, PH, EM, URL, IP, K = ("DT", "AGE", "LOC", "STR", "ZIP", "FAC", "PH", "EM",
                                                   "URL", "IP", "K")
ENTITY = {P: "PERSON", MRN: "MEDICAL_RECORD_NUMBER", ACCT: "ACCOUNT_NUMBER", IDN: "ID_NUMBER",
          HPN: "HEALTH_PLAN_NUMBER", SSN: "US_SSN", LIC: "LICENSE_NUMBER", DEV: "DEVICE_ID",
          VEH: "VEHICLE_ID", DT: "DATE", AGE: "AGE_90_PLUS", LOC: "LOCATION", STR: "STREET_ADDRESS",
          ZIP: "ZIP_CODE", FAC: "FACILITY", PH: "PHONE_NUMBER", EM: "EMAIL_ADDRESS", URL: "URL",
          IP: "IP_ADDRESS"}
CATEGORY = {"PERSON": "NAME", "MEDICAL_RECORD_NUMBER": "ID", "ACCOUNT_NUMBER": "ID", "ID_NUMBER": "ID",
            "HEALTH_PLAN_NUMBER": "ID", "US_SSN": "ID", "LICENSE_NUMBER": "ID", "DEVICE_ID": "ID",
            "VEHICLE_ID": "ID", "DATE": "DATE", "AGE_90_PLUS": "AGE", "LOCATION": "LOCATION",
            "STREET_ADDRESS": "LOCATION", "ZIP_CODE": "LOCATION", "FACILITY": "LOCATION",
            "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "URL": "CONTACT", "IP_ADDRESS": "CONTACT"}

OCR_MAP = {"O": "0", "0": "O", "l": "1", "1": "l", "I": "l", "S": "5", "5": "S", "B": "8", "8": "B",
           "e": "c", "c": "e", "a": "o", "m": "rn", "n": "ri", "g": "q", "t": "f", "E": "F", "u": "v",
           "h": "b", "/": "l", ".": ",", ",": "."}


class Doc:
    """Text builder that records span offsets as pieces are appended."""

    def __init__(self, rng, mode=None):
        self.r = rng
        self.mode = mode          # None | upper | lower | nopunct | ocr
        self.buf = []
        self.pos = 0
        self.phi = []
        self.keep = []

    def _tx(self, s, tagged):
        m = self.mode
        if m == "upper":
            s = s.upper()
        elif m == "lower":
            s = s.lower()
        elif m == "nopunct":
            s = s.lower()
            if not tagged:
                s = re.sub(r"[,.;:()!?\"]", "", s)
        elif m == "ocr":
            out = []
            rate = 0.025 if tagged else 0.045
            for ch in s:
                if ch in OCR_MAP and self.r.random() < rate:
                    out.append(OCR_MAP[ch])
                else:
                    out.append(ch)
                if not tagged and ch.isalpha() and self.r.random() < 0.008:
                    out.append(" ")
            s = "".join(out)
        return s

    def __call__(self, *parts):
        for p in parts:
            if isinstance(p, str):
                s = self._tx(p, False)
                self.buf.append(s)
                self.pos += len(s)
            elif isinstance(p, list):
                self(*p)
            else:
                tag, val = p
                s = self._tx(val, True)
                st, en = self.pos, self.pos + len(s)
                if tag == K:
                    self.keep.append((st, en))
                else:
                    self.phi.append((st, en, ENTITY[tag]))
                self.buf.append(s)
                self.pos = en
        return self

    def text(self):
        return "".join(self.buf)


# --------------------------------------------------------------------------
# own name / place lists
FIRST_F = ["Hope", "Ivy", "Faith", "Grace", "Joy", "Summer", "Dawn", "Rose", "Autumn", "Brooke", "Mercedes",
           "Guadalupe", "Ximena", "Yesenia", "Nkechi", "Chiamaka", "Folasade", "Aisha", "Fatima", "Mei-Ling",
           "Xiu", "Hana", "Yuki", "Priya", "Lakshmi", "Anjali", "Siobhan", "Maeve", "Ingrid", "Astrid",
           "Agnieszka", "Oksana", "Svetlana", "Thuy", "Lan", "Pua", "Leilani", "Winona", "Tallulah", "Dolores",
           "Bernadette", "Precious", "Destiny", "Shanice", "LaToya", "Keisha", "Imani", "Marisol", "Consuelo",
           "Ruth", "Esther", "Mildred", "Opal", "Pearl", "Hazel", "June", "April", "Carmen", "Paz", "Noor",
           "Zainab", "Esperanza", "Soledad", "Beatriz", "Lucía", "Camille", "Odette", "Birdie", "Tamsin",
           "Kiri", "María José", "Anne-Marie", "Mary Kate", "Nhung", "Dilnoza", "Gulnara", "Ama"]
FIRST_M = ["Will", "Rich", "Frank", "Bill", "Art", "Hunter", "Mason", "Chase", "Grant", "Lance", "Skip",
           "Buck", "Guy", "Jude", "Miles", "Oluwaseun", "Chukwuemeka", "Kwame", "Kofi", "Tariq", "Mohammed",
           "Yusuf", "Hamza", "Rahul", "Siddharth", "Arjun", "Venkat", "Hiroshi", "Kenji", "Takumi", "Minh",
           "Duc", "Bao", "Tuan", "Jae-won", "Min-jun", "Wojciech", "Bogdan", "Dmitri", "Yaroslav", "Anders",
           "Lars", "Søren", "Pádraig", "Declan", "Ciarán", "Santiago", "Joaquín", "Jesús", "Rigoberto",
           "Efraín", "Ignacio", "DeShawn", "Jamal", "Tyrone", "Darnell", "Marquis", "Hosea", "Ezekiel", "Amos",
           "Cletus", "Earl", "Virgil", "Otis", "Hector", "Kai", "Keanu", "Makoa", "Tokala", "Ahanu", "Dakota",
           "Rocky", "Sonny", "Sterling", "Royal", "Major", "Juan Carlos", "Jean-Baptiste", "Abdirahman"]
COMMON_WORD = ["Hope", "Will", "Rich", "Ivy", "Faith", "Grace", "Joy", "Dawn", "Rose", "Summer", "Frank",
               "Bill", "Art", "Guy", "Hunter", "Mason", "Sonny", "June", "April", "Royal", "Major", "Sterling",
               "Chase", "Grant", "Lance", "Buck", "Skip", "Brooke", "Autumn", "Pearl", "Opal", "Hazel"]
LAST = ["Baker", "Young", "Price", "King", "Hill", "Rice", "Banks", "Wolf", "Fox", "Love", "Moody", "Cash",
        "Knight", "Winter", "Stone", "Brown", "Long", "Strong", "Sharp", "Goodnight", "Bird", "Nguyen", "Tran",
        "Pham", "Le", "Xiong", "Vang", "Yang", "Lor", "Kim", "Park", "Choi", "Tanaka", "Watanabe", "Nakamura",
        "Okafor", "Adebayo-Okafor", "Eze", "Mensah", "Asante", "Diallo", "Abdi", "Warsame", "Al-Masri",
        "Haddad", "Abdul-Rahman", "Khoury", "Patel", "Venkataraman", "Iyer", "Chatterjee", "Reddy", "Singh",
        "Kaur", "García-Hernández", "De La Cruz", "Villanueva", "Ortiz", "Quispe", "Mamani", "Grzybowski",
        "Kowalczyk-Smith", "Nowak", "Petrov", "Shevchenko", "Lindqvist", "Halvorsen", "O'Brien", "McAllister",
        "Ní Bhriain", "van der Berg", "St. Clair", "MacLeod", "Tsosie", "Begay", "Yazzie", "Two Bulls",
        "Kealoha", "Kahananui", "Fa'amausili", "Ng", "Wu", "Zhao", "Liang", "Oyelaran", "Boateng",
        "Fitzgerald-Ruiz", "Lee", "Jackson", "Washington", "Mayfield", "Pettiford", "Dalrymple", "Szabo",
        "Hakimi", "Rosenthal", "Blackfeather", "Castillo Ramos", "Ayodele", "Mwangi", "Nakashima-Ford"]
MIDDLE = ["Ann", "Marie", "Lee", "Jo", "Lynn", "Mae", "Ray", "James", "Eugene", "Thi", "Van", "Kumar", "Devi",
          "Josefina", "Luis", "Adaeze", "Carlos", "Wade", "Dell", "Irene"]
NICK = ["Bubba", "Cookie", "Sunny", "Dee Dee", "Mo", "Junior", "Peaches", "Tito", "Beto", "Lulu", "Chip",
        "Red", "Tiny", "Boo", "Sissy", "Pops", "Kiki", "Nene", "Bear", "Smitty"]
CITIES = [("Duluth", "MN", "558", "St. Louis County"), ("Bozeman", "MT", "597", "Gallatin County"),
          ("Tulsa", "OK", "741", "Tulsa County"), ("Macon", "GA", "312", "Bibb County"),
          ("Yakima", "WA", "989", "Yakima County"), ("Chillicothe", "OH", "456", "Ross County"),
          ("Bangor", "ME", "044", "Penobscot County"), ("Paducah", "KY", "420", "McCracken County"),
          ("Greeley", "CO", "806", "Weld County"), ("Ocala", "FL", "344", "Marion County"),
          ("Kenosha", "WI", "531", "Kenosha County"), ("Hattiesburg", "MS", "394", "Forrest County"),
          ("Pueblo", "CO", "810", "Pueblo County"), ("Eugene", "OR", "974", "Lane County"),
          ("Fresno", "CA", "937", "Fresno County"), ("Lubbock", "TX", "794", "Lubbock County"),
          ("Las Cruces", "NM", "880", "Doña Ana County"), ("Flagstaff", "AZ", "860", "Coconino County"),
          ("Rapid City", "SD", "577", "Pennington County"), ("Muncie", "IN", "473", "Delaware County"),
          ("Scranton", "PA", "185", "Lackawanna County"), ("Utica", "NY", "135", "Oneida County"),
          ("Lafayette", "LA", "705", "Lafayette Parish"), ("Hilo", "HI", "967", "Hawaii County"),
          ("Fairbanks", "AK", "997", "Fairbanks North Star Borough"), ("Gallup", "NM", "873", "McKinley County"),
          ("Dothan", "AL", "363", "Houston County"), ("Joplin", "MO", "648", "Jasper County"),
          ("Sioux City", "IA", "511", "Woodbury County"), ("Bend", "OR", "977", "Deschutes County"),
          ("Burlington", "VT", "054", "Chittenden County"), ("Winston-Salem", "NC", "271", "Forsyth County"),
          ("Fort Smith", "AR", "729", "Sebastian County"), ("Lowell", "MA", "018", "Middlesex County"),
          ("Salinas", "CA", "939", "Monterey County"), ("Brownsville", "TX", "785", "Cameron County"),
          ("Hope", "AR", "718", "Hempstead County"), ("Warren", "OH", "444", "Trumbull County"),
          ("Cheyenne", "WY", "820", "Laramie County"), ("Marquette", "MI", "498", "Marquette County")]
STATE_NAME = {"MN": "Minnesota", "MT": "Montana", "OK": "Oklahoma", "GA": "Georgia", "WA": "Washington",
              "OH": "Ohio", "ME": "Maine", "KY": "Kentucky", "CO": "Colorado", "FL": "Florida",
              "WI": "Wisconsin", "MS": "Mississippi", "OR": "Oregon", "CA": "California", "TX": "Texas",
              "NM": "New Mexico", "AZ": "Arizona", "SD": "South Dakota", "IN": "Indiana", "PA": "Pennsylvania",
              "NY": "New York", "LA": "Louisiana", "HI": "Hawaii", "AK": "Alaska", "AL": "Alabama",
              "MO": "Missouri", "IA": "Iowa", "VT": "Vermont", "NC": "North Carolina", "AR": "Arkansas",
              "MA": "Massachusetts", "WY": "Wyoming", "MI": "Michigan"}
STREETS = ["Larkspur", "Old Mill", "Cottonwood", "Tamarack", "Pecan Grove", "Calle Sombra", "Kamehameha",
           "Buckeye", "Quail Run", "Martin Luther King Jr", "Riverbend", "Sequoyah", "Magnolia", "Prairie Wind",
           "Bluebonnet", "Ridgecrest", "Hollyhock", "Elm", "County Road 14", "Sandpiper", "Ironwood", "Anchorage",
           "Coyote Ridge", "Lakeview", "Third", "Chestnut Hill", "Oak Bluff", "Paseo del Sol"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Dr", "Ct", "Blvd", "Way", "Pkwy", "Trail", "Cir"]
UNITS = ["Apt 4B", "Unit 12", "#210", "Lot 37", "Trlr 9", "Apt 3", "Ste 100", "Apt C-2"]
FPRE = ["Cedar Hollow", "Mesa Verde", "Lakeshore", "Prairie Rose", "Blue Heron", "Saint Brigid's",
        "Good Shepherd", "Three Rivers", "Sandhill", "Ironwood", "Copper Canyon", "Whispering Pines",
        "North Fork", "Harbor Light", "Tallgrass", "Silver Creek", "Mount Carmel Valley", "Kalani", "Redbud",
        "Juniper Ridge", "Big Sky", "Bayou Teche", "Little Miami", "Thunder Basin", "Sawtooth"]
FSUF = ["Regional Medical Center", "Community Hospital", "Health System", "Medical Center",
        "Memorial Hospital", "Family Health Center", "University Hospital", "Health Partners Clinic"]
EMPLOYERS = ["Halvorsen Trucking", "Tri-County Poultry", "Bluestem Grain Co-op", "Northgate Distribution",
             "Pine Bluff Sawmill", "Sunrise Dental Lab", "Riverside Unified School District", "Copperline Mining",
             "Marisol's Bakery", "Prairie Wind Turbine Services", "Lakeside Casino Resort", "Hollis Auto Body",
             "Orchard Valley Packing", "Kettle Creek Brewing", "Redline Steel Fabrication", "Bayview Shipyard"]
CHURCHES = ["Greater Mt. Zion AME Church", "St. Casimir Parish", "Grace Lutheran Church", "Iglesia Nueva Vida",
            "Holy Trinity Greek Orthodox Church", "First Presbyterian of the Valley", "Our Lady of Guadalupe Parish",
            "New Hope Missionary Baptist Church", "St. Olaf Lutheran", "Bethel Korean United Methodist Church"]
PHARM = ["Corner Drug", "Hilltop Apothecary", "Valu-Rite Pharmacy #4471", "Main Street Rx", "Kessler Family Pharmacy",
         "Thrifty Mart Pharmacy 0219", "Desert Bloom Pharmacy", "Harbor Compounding Pharmacy"]
FUNERAL = ["Pettibone and Sons Funeral Home", "Rosewood Chapel of Memories", "Greenlawn Mortuary",
           "Delgado-Ruiz Funeral Services", "Larkin Memorial Chapel"]
PAYERS = ["Medicare", "Medicaid", "Aetna", "Humana Gold Plus", "Blue Cross Blue Shield", "UnitedHealthcare",
          "Tricare", "Ambetter", "Cigna", "Molina Healthcare"]
MEDS = ["lisinopril 10 mg daily", "metformin 1000 mg BID", "atorvastatin 40 mg nightly", "Eliquis 5 mg BID",
        "furosemide 40 mg PO daily", "Lasix 20 mg daily", "levothyroxine 88 mcg daily", "Synthroid 100 mcg",
        "insulin glargine 24 units qHS", "sertraline 100 mg daily", "gabapentin 300 mg TID",
        "amlodipine 5 mg daily", "carvedilol 12.5 mg BID", "tamsulosin 0.4 mg qHS", "Xarelto 20 mg with supper",
        "warfarin 5 mg daily", "omeprazole 20 mg daily", "albuterol 2 puffs q4h PRN", "Symbicort 160/4.5 2 puffs BID",
        "prednisone 10 mg daily", "hydroxychloroquine 200 mg BID", "donepezil 10 mg qHS", "Seroquel 25 mg qHS",
        "buprenorphine-naloxone 8-2 mg SL daily", "Jardiance 10 mg daily", "Ozempic 0.5 mg weekly",
        "allopurinol 300 mg daily", "acetaminophen 650 mg q6h PRN", "oxycodone 5 mg q4h PRN", "Keppra 500 mg BID"]
EPONYMS = ["Parkinson's disease", "Alzheimer's dementia", "Hashimoto's thyroiditis", "Graves' disease",
           "Crohn's disease", "Bell's palsy", "Raynaud's phenomenon", "Sjögren's syndrome", "Barrett's esophagus",
           "Charcot foot", "Dupuytren's contracture", "Addison's disease", "Cushing's syndrome",
           "Meniere's disease", "Guillain-Barré syndrome", "Hodgkin lymphoma", "Paget's disease of bone",
           "Wilson's disease", "Down syndrome", "Marfan syndrome", "Lyme disease", "Huntington's disease",
           "Tourette syndrome", "Kawasaki disease (childhood)", "Buerger's disease", "Peyronie's disease"]
SCALES = ["Glasgow Coma Scale 15", "Braden score 14", "Morse Fall Scale 45", "PHQ-9 of 16", "GAD-7 of 12",
          "MoCA 22/30", "Epworth Sleepiness Scale 15", "NIHSS 4", "CHA2DS2-VASc 4", "HAS-BLED 2", "Karnofsky 70%",
          "ECOG 1", "Wells score 4.5", "CURB-65 of 2", "AUDIT-C 7", "Barthel Index 65", "Mini-Cog 3/5",
          "Katz ADL 4/6"]
DURS = ["for 3 days", "x 2 weeks", "for the past 6 months", "for 45 minutes", "over 2 hours", "x 10 days",
        "for 90 minutes", "for 4 weeks", "x 5 days", "for about a year", "for 36 hours", "since last winter"]
CREDS_PROV = ["MD", "DO", "NP", "PA-C", "MD, PhD", "FNP-BC", "DNP, APRN", "MD, FACP"]
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MAB = [m[:3] for m in MON]
WK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AREAS = ["218", "406", "918", "478", "509", "740", "207", "270", "970", "352", "262", "601", "719", "541",
         "559", "806", "575", "928", "605", "765", "570", "315", "337", "808", "907", "505", "334", "417",
         "712", "802", "336", "479", "978", "831", "956", "870", "330", "307", "906"]


def ordn(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def fd(dt, s):
    m, d, y = dt.month, dt.day, dt.year
    f = {"us": lambda: f"{m:02d}/{d:02d}/{y}", "usn": lambda: f"{m}/{d}/{y}", "us2": lambda: f"{m}/{d}/{y % 100:02d}",
         "iso": dt.isoformat, "long": lambda: f"{MON[m - 1]} {d}, {y}", "abbr": lambda: f"{MAB[m - 1]} {d}, {y}",
         "dmy": lambda: f"{d} {MAB[m - 1]} {y}", "dmyu": lambda: f"{d:02d}-{MAB[m - 1].upper()}-{y}",
         "md": lambda: f"{m}/{d}", "mon_d": lambda: f"{MAB[m - 1]} {d}", "compact": lambda: f"{y}{m:02d}{d:02d}",
         "dot": lambda: f"{m:02d}.{d:02d}.{y}", "long_ord": lambda: f"{MON[m - 1]} {ordn(d)}",
         "wk": lambda: f"{WK[dt.weekday()]}, {MON[m - 1]} {d}", "ord": lambda: f"the {ordn(d)}",
         "dash2": lambda: f"{m:02d}-{d:02d}-{y % 100:02d}", "mmddyy": lambda: f"{m:02d}{d:02d}{y % 100:02d}",
         "full_dow": lambda: f"{WK[dt.weekday()]}, {MON[m - 1]} {ordn(d)}, {y}"}
    return f[s]()


GEN_DATE = ["us", "usn", "us2", "iso", "long", "abbr", "dmy", "dmyu", "dot", "dash2"]

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
        15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
        20: "twentieth", 30: "thirtieth"}


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


def ordwords(n):
    if n in ORDW:
        return ORDW[n]
    return TENS[n // 10] + " " + ORDW[n % 10]


def yearwords(y):
    if 2000 <= y < 2010:
        return "two thousand " + ONES[y - 2000]
    hi, lo = divmod(y, 100)
    if lo == 0:
        return words(hi) + " hundred"
    return words(hi) + " " + (("oh " + ONES[lo]) if lo < 10 else words(lo))


def spoken_date(dt, r):
    c = r.randint(0, 2)
    if c == 0:
        return f"{MON[dt.month - 1]} {ordwords(dt.day)} {yearwords(dt.year)}"
    if c == 1:
        return f"{MON[dt.month - 1]} {ordn(dt.day)} {dt.year}"
    return f"{MON[dt.month - 1]} {dt.day} {dt.year}"


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def letters(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s.lower())


def fph(t, style):
    a, x, n = t
    return {"paren": f"({a}) {x}-{n}", "dash": f"{a}-{x}-{n}", "dot": f"{a}.{x}.{n}", "sp": f"{a} {x} {n}",
            "plus": f"+1 {a}-{x}-{n}", "one": f"1-{a}-{x}-{n}", "raw": f"{a}{x}{n}", "e164": f"+1{a}{x}{n}",
            "paren2": f"({a}){x}-{n}"}[style]


PH_STY = ["paren", "dash", "dot", "sp", "plus", "one", "raw", "paren2", "paren", "dash"]


def mkphone(r, area=None):
    return (area or r.choice(AREAS), str(r.randint(201, 989)), digits(r, 4))


def phone(r, t=None, ext=False):
    s = fph(t or mkphone(r), r.choice(PH_STY))
    if ext:
        s += r.choice([" x", " ext. ", " ext ", " X"]) + digits(r, r.choice([3, 4]))
    return s


def mk_mrn(r):
    c = r.randint(0, 7)
    return [lambda: digits(r, 8), lambda: "00" + digits(r, 6), lambda: "M" + digits(r, 7),
            lambda: f"{digits(r, 3)}-{digits(r, 2)}-{digits(r, 4)}", lambda: "E" + digits(r, 9),
            lambda: letters(r, 2) + digits(r, 6), lambda: f"{digits(r, 2)}-{digits(r, 6)}",
            lambda: digits(r, 7)][c]()


def mk_acct(r):
    return r.choice([lambda: "A" + digits(r, 10), lambda: digits(r, 9), lambda: "HAR" + digits(r, 8),
                     lambda: "V" + digits(r, 9), lambda: f"{digits(r, 4)}-{digits(r, 6)}"])()


def mk_member(r):
    return r.choice([lambda: letters(r, 3) + digits(r, 9), lambda: f"{digits(r, 1)}{letters(r, 2)}{digits(r, 1)}-"
                     f"{letters(r, 2)}{digits(r, 1)}-{letters(r, 2)}{digits(r, 2)}", lambda: "W" + digits(r, 9),
                     lambda: digits(r, 11), lambda: f"{letters(r, 1)}{digits(r, 8)}-01"])()


def mk_serial(r):
    return r.choice([lambda: f"{letters(r, 3)}-{digits(r, 5)}-{letters(r, 1)}", lambda: "SN" + digits(r, 8),
                     lambda: f"{letters(r, 2)}{digits(r, 2)}{letters(r, 1)}{digits(r, 6)}",
                     lambda: f"{digits(r, 4)}-{digits(r, 4)}-{letters(r, 2)}", lambda: letters(r, 1) + digits(r, 10)])()


def mk_npi(r):
    return r.choice("12") + digits(r, 9)


def mk_dea(r):
    return r.choice("ABFM") + letters(r, 1) + digits(r, 7)


def mk_ssn(r, partial=None):
    if partial is None:
        partial = r.random() < 0.6
    last4 = digits(r, 4)
    if partial:
        return r.choice(["***-**-", "XXX-XX-", "xxx-xx-"]) + last4
    return f"{r.randint(100, 665)}-{digits(r, 2)}-{last4}"


def mk_ip(r):
    return r.choice([f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                     f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(1, 254)}",
                     f"192.168.{r.randint(0, 254)}.{r.randint(1, 254)}",
                     f"{r.randint(23, 209)}.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"])


def slugfac(name):
    return ascii_slug(name.replace("Regional Medical Center", "rmc").replace("Community Hospital", "ch")
                      .replace("Health System", "health").replace("Medical Center", "mc"))[:18]


# --------------------------------------------------------------------------
class Person:
    def __init__(self, r, sex=None, last=None, cred=None, common=0.0):
        self.sex = sex or r.choice("FM")
        pool = FIRST_F if self.sex == "F" else FIRST_M
        if r.random() < common:
            cw = [n for n in COMMON_WORD if n in pool]
            self.first = r.choice(cw)
        else:
            self.first = r.choice(pool)
        self.last = last or r.choice(LAST)
        self.cred = cred

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def init_last(self):
        return f"{self.first[0]}. {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def initials(self):
        parts = re.split(r"[ -]", self.first) + re.split(r"[ -]", self.last)
        return "".join(p[0].upper() for p in parts if p)[:3]

    def dr(self):
        return self.cred in ("MD", "DO", "MD, PhD", "MD, FACP")


class Patient:
    def __init__(self, seed, idx):
        r = random.Random(seed * 7919 + idx)
        self.r = r
        self.pid = None
        self.sex = r.choice("FM")
        me = Person(r, self.sex, common=0.2)
        self.first, self.last = me.first, me.last
        self.middle = r.choice(MIDDLE) if r.random() < 0.5 else None
        self.nick = r.choice(NICK) if r.random() < 0.35 else None
        self.anchor = date(2022, 6, 1) + timedelta(days=r.randint(0, 800))
        old = r.random() < 0.2
        age = r.randint(90, 103) if old else r.randint(19, 88)
        self.dob = date(self.anchor.year - age - 1, 1, 1) + timedelta(days=r.randint(0, 364))
        self.city, self.state, zp, self.county = r.choice(CITIES)
        self.zip = zp + digits(r, 2) + (("-" + digits(r, 4)) if r.random() < 0.15 else "")
        num = str(r.randint(2, 19999))
        st = f"{num} {r.choice(['', 'N ', 'S ', 'E ', 'W '])}{r.choice(STREETS)} {r.choice(SUFFIX)}"
        if r.random() < 0.3:
            st += " " + r.choice(UNITS)
        if r.random() < 0.07:
            st = f"PO Box {r.randint(10, 9999)}"
        self.street = st
        area = r.choice(AREAS)
        self.phone = mkphone(r, area)
        self.cell = mkphone(r, area)
        self.email = (f"{ascii_slug(self.first)[:r.randint(1, 8)]}{r.choice(['.', '_', ''])}{ascii_slug(self.last)}"
                      f"{r.choice(['', digits(r, 2), digits(r, 4)])}@{r.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'protonmail.com', 'hotmail.com'])}")
        self.mrn = mk_mrn(r)
        self.acct = mk_acct(r)
        self.member = mk_member(r)
        self.group = "GRP" + digits(r, 6)
        self.ssn = mk_ssn(r, partial=False)
        self.ssn4 = self.ssn[-4:]
        self.dl = letters(r, 1) + digits(r, 8)
        self.payer = r.choice(PAYERS)
        osex = "M" if self.sex == "F" else "F"
        self.spouse = Person(r, osex, last=self.last if r.random() < 0.6 else None, common=0.35)
        self.child = Person(r, last=self.last if r.random() < 0.5 else None, common=0.35)
        self.child2 = Person(r, last=self.last if r.random() < 0.5 else None, common=0.35)
        self.sib = Person(r, last=self.last if r.random() < 0.4 else None, common=0.35)
        self.rel_phone = mkphone(r)
        self.pcp = Person(r, cred=r.choice(CREDS_PROV))
        self.spec = Person(r, cred=r.choice(["MD", "DO", "MD, PhD"]))
        self.nurse = Person(r, cred=r.choice(["RN", "RN, BSN", "LPN", "RN, CWOCN"]))
        self.fac = f"{r.choice(FPRE)} {r.choice(FSUF)}"
        self.fac_phone = mkphone(r, area)
        self.fac_fax = mkphone(r, area)
        self.employer = r.choice(EMPLOYERS)
        self.church = r.choice(CHURCHES)
        self.pharm = r.choice(PHARM)
        self.meds = r.sample(MEDS, 5)
        self.epo = r.sample(EPONYMS, 2)
        self.visits = []

    def age(self, v):
        return v.year - self.dob.year - ((v.month, v.day) < (self.dob.month, self.dob.day))

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def fml(self):
        return f"{self.first} {self.middle[0]}. {self.last}" if self.middle else self.full

    @property
    def lf(self):
        return f"{self.last}, {self.first}" + (f" {self.middle[0]}" if self.middle else "")

    @property
    def he(self):
        return "she" if self.sex == "F" else "he"

    @property
    def his(self):
        return "her" if self.sex == "F" else "his"

    @property
    def wm(self):
        return "woman" if self.sex == "F" else "man"

    @property
    def child_word(self):
        return "daughter" if self.child.sex == "F" else "son"

    @property
    def spouse_word(self):
        return "husband" if self.sex == "F" else "wife"


def agep(pt, v, fmt="{} yo"):
    a = pt.age(v)
    pre, post = fmt.split("{}")
    if a >= 90:
        return [pre, (AGE, str(a)), post]
    return [(K, fmt.format(a))]


def ageword(pt, v, fmt="{} year old"):
    a = pt.age(v)
    pre, post = fmt.split("{}")
    if a >= 90:
        return [pre, (AGE, words(a)), post]
    return [(K, fmt.format(words(a)))]


def prov(p, r=None, style="full"):
    """Pieces for a clinician: optional 'Dr.' outside the span, credential after."""
    nm = p.full if style == "full" else (p.init_last if style == "init" else p.lf)
    out = []
    if style != "lf" and p.dr() and (r is None or r.random() < 0.5):
        out.append("Dr. ")
        return out + [(P, nm)]
    return out + [(P, nm), ", " + p.cred]


def vitals(r):
    sbp, dbp = r.randint(96, 182), r.randint(54, 104)
    return [f"BP {sbp}/{dbp}", f"HR {r.randint(52, 118)}", f"RR {r.randint(12, 24)}",
            f"SpO2 {r.randint(88, 100)}% on {r.choice(['RA', '2 L NC', 'room air'])}",
            f"T {r.randint(360, 389) / 10:.1f} C", f"Wt {r.randint(480, 1320) / 10:.1f} kg"]


def vit_pieces(r, sep="  ", n=4):
    vs = vitals(r)[:n]
    out = []
    for i, s in enumerate(vs):
        if i:
            out.append(sep)
        out.append((K, s))
    return out


def fac_named(r, kind):
    return f"{r.choice(FPRE)} {kind}"


def other_patient(r):
    p = Person(r, common=0.15)
    p.mrn = mk_mrn(r)
    return p


# ==========================================================================
# templates.  signature: (d: Doc, r: Random, pt: Patient, v: date)

def t_wound_vac(d, r, pt, v):
    sty = r.choice(GEN_DATE)
    hha = fac_named(r, "Home Health and Hospice")
    d("NEGATIVE PRESSURE WOUND THERAPY (NPWT) - SUPPLY / RENTAL ORDER\n")
    d("Ordering facility: ", (FAC, pt.fac), "\n")
    d("Phone: ", (PH, phone(r, pt.fac_phone)), "    Fax: ", (PH, phone(r, pt.fac_fax)), "\n\n")
    d("Patient name: ", (P, pt.lf), "\nDOB: ", (DT, fd(pt.dob, sty)), "     MRN: ", (MRN, pt.mrn), "\n")
    d("Ship to: ", (STR, pt.street), ", ", (LOC, pt.city), ", ", pt.state, " ", (ZIP, pt.zip), "\n")
    d("Patient phone: ", (PH, phone(r, pt.cell)), "   Alt contact: ", (P, pt.spouse.full), " (",
      pt.spouse_word, ") ", (PH, phone(r, pt.rel_phone)), "\n")
    d("Insurance: ", pt.payer, "   Member ID: ", (HPN, pt.member), "\n\n")
    wound = r.choice(["stage 4 sacral pressure injury", "dehisced midline laparotomy incision",
                      "right plantar diabetic foot ulcer, Wagner grade 3", "left BKA stump wound",
                      "Fournier gangrene debridement site, perineum", "venous stasis ulcer, left medial malleolus"])
    L, W, D = r.randint(30, 140) / 10, r.randint(20, 90) / 10, r.randint(5, 45) / 10
    d("Wound type/location: ", (K, wound), "\n")
    d("Measurements taken ", (DT, fd(v - timedelta(days=r.randint(1, 4)), r.choice(["md", "us2", "mon_d"]))), ": ",
      (K, f"{L} cm x {W} cm x {D} cm"), "; undermining ", (K, f"{r.randint(5, 30) / 10} cm at {r.randint(1, 12)} o'clock"),
      "\n")
    d("Wound bed: ", (K, f"{r.choice([60, 70, 80, 90])}% granulation"), ", ", (K, f"{r.choice([10, 20, 30])}% slough"),
      ", moderate serosanguinous exudate\n")
    d("Therapy: ", (K, f"continuous -{r.choice([75, 100, 125, 150])} mmHg"), "   Dressing changes: ",
      (K, r.choice(["3x/week", "every 48-72 hours", "MWF"])), "\n")
    d("Estimated length of need: ", (K, r.choice(["x 8 weeks", "4 weeks", "x 30 days", "6-8 weeks"])),
      "     Start date: ", (DT, fd(v, sty)), "\n")
    d("Comorbidities: ", (K, f"type 2 diabetes, A1c {r.randint(62, 118) / 10}%"), "; ", (K, pt.epo[0]), "; ",
      (K, f"Braden score {r.randint(10, 18)}"), "; albumin ", (K, f"{r.randint(21, 39) / 10} g/dL"), "\n")
    d("Anticoagulation: ", (K, r.choice(["Eliquis 5 mg BID", "enoxaparin 40 mg SC daily", "none", "warfarin, INR 2.4"])),
      "\n")
    d("Supplies: ", (K, f"{r.choice(['small', 'medium', 'large'])} black foam dressing kit qty {r.choice([10, 12, 15])}"),
      "; ", (K, f"{r.choice([300, 500])} mL canister qty {r.choice([5, 10])}"), "; skin prep wipes\n")
    d("Pump serial no.: ", (DEV, mk_serial(r)), "\n")
    d("Home health: ", (FAC, hha), "  ", (PH, phone(r)), "\n")
    d("Ordering clinician: ", *prov(pt.pcp, r), "   NPI ", (LIC, mk_npi(r)), "\n")
    d("Wound nurse: ", (P, pt.nurse.full), ", ", pt.nurse.cred, "\n")
    d("Signed electronically ", (DT, fd(v, sty)), " ", f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}", "\n")


def t_hsat_return(d, r, pt, v):
    tech = Person(r, cred="RPSGT")
    lab = fac_named(r, "Sleep Disorders Center")
    ahi = r.randint(30, 620) / 10
    odi = round(ahi * r.uniform(0.7, 0.95), 1)
    recv = v + timedelta(days=r.randint(1, 5))
    d("{\n  \"event\": \"HSAT_KIT_RETURN\",\n  \"kit\": {\"model\": \"HST-3 disposable PAT/oximetry\", \"serial\": \"",
      (DEV, mk_serial(r)), "\", \"shipped\": \"", (DT, fd(v, "iso")), "\"},\n")
    d("  \"received_at\": \"", (DT, f"{recv.isoformat()}T{r.randint(8, 16):02d}:{r.randint(0, 59):02d}:00-06:00"), "\",\n")
    d("  \"patient\": {\"name\": \"", (P, pt.full), "\", \"dob\": \"", (DT, fd(pt.dob, r.choice(["iso", "us"]))),
      "\", \"mrn\": \"", (MRN, pt.mrn), "\", \"phone\": \"", (PH, fph(pt.cell, r.choice(["dash", "e164", "raw"]))), "\",\n")
    d("              \"email\": \"", (EM, pt.email), "\", \"address\": {\"line1\": \"", (STR, pt.street),
      "\", \"city\": \"", (LOC, pt.city), "\", \"state\": \"", pt.state, "\", \"zip\": \"", (ZIP, pt.zip), "\"}},\n")
    d("  \"ordering_provider\": {\"name\": \"", (P, pt.pcp.full), "\", \"npi\": \"", (LIC, mk_npi(r)), "\"},\n")
    d("  \"return_site\": \"", (FAC, lab), "\",\n")
    d("  \"upload\": {\"source_ip\": \"", (IP, mk_ip(r)), "\", \"portal\": \"",
      (URL, f"https://sleep.{slugfac(lab)}.org/hsat/{digits(r, 6)}"), "\"},\n")
    d("  \"scoring\": {\"tech\": \"", (P, tech.init_last), "\", \"scored\": \"", (DT, fd(recv + timedelta(days=1), "iso")),
      "\", \"trt_min\": ", (K, str(r.randint(280, 460))), ", \"pahi\": ", (K, str(ahi)), ", \"odi_4\": ", (K, str(odi)),
      ", \"spo2_nadir\": ", (K, str(r.randint(68, 88))), ", \"t88_min\": ", (K, str(r.randint(2, 95))), "},\n")
    sev = "mild" if ahi < 15 else ("moderate" if ahi < 30 else "severe")
    d("  \"interpretation\": \"", (K, f"{sev.capitalize()} obstructive sleep apnea"), ", ", (K, f"pAHI {ahi}/h"),
      ", ", (K, f"Epworth Sleepiness Scale {r.randint(6, 21)}"), ", ", (K, f"BMI {r.randint(260, 480) / 10}"),
      ". Recommend ", (K, f"auto-CPAP {r.choice([4, 5, 6])}-{r.choice([15, 18, 20])} cm H2O"),
      ". Read by ", *prov(pt.spec, r), "\",\n")
    cond = r.choice(["kit complete", "finger probe cracked, wristband intact", "missing return label; pt dropped off in person",
                     "chest sensor not applied night 1, night 2 usable"])
    d("  \"condition_on_return\": \"", cond, "\",\n  \"note\": \"", (P, pt.spouse.first),
      " called to say the kit was left with the front desk; callback ", (PH, phone(r, pt.rel_phone)), "\"\n}\n")


def t_kidney_stone(d, r, pt, v):
    fac = fac_named(r, "Stone Prevention Clinic")
    er = f"{r.choice(FPRE)} {r.choice(FSUF)}"
    sty = r.choice(GEN_DATE)
    d("KIDNEY STONE PREVENTION CLINIC - RETURN VISIT\n", (FAC, fac), "\nDate of service: ", (DT, fd(v, sty)),
      "    MRN ", (MRN, pt.mrn), "\n\n")
    nm = pt.nick if (pt.nick and r.random() < 0.4) else pt.first
    d((P, pt.full), " is a ", *agep(pt, v, "{}-year-old"), f" {pt.wm} with recurrent calcium oxalate nephrolithiasis "
      f"(first stone in {r.randint(1995, 2019)}) who returns to review {pt.his} 24-hour urine. ")
    dd = v - timedelta(days=r.randint(10, 60))
    d("Since the last visit ", pt.he, " was seen at ", (FAC, er), " on ", (DT, fd(dd, r.choice(["long", "md", "abbr"]))),
      " with left flank pain ", (K, r.choice(["for 6 hours", "for about 2 days", "x 12 hours"])),
      "; CT showed a ", (K, f"{r.randint(3, 9)} mm left UVJ stone"), " with ", (K, "mild hydronephrosis"),
      ", density ", (K, f"{r.randint(400, 1400)} HU"), ". ", (P, nm),
      " strained and caught it at home in ", (LOC, pt.city), " three days later.\n\n")
    d("24-hour urine (collected ", (DT, fd(v - timedelta(days=r.randint(7, 20)), r.choice(["md", "us", "mon_d"]))),
      "):\n")
    for lab, val in [("volume", f"{r.randint(8, 28) / 10} L/day"), ("calcium", f"{r.randint(150, 380)} mg/day"),
                     ("oxalate", f"{r.randint(25, 70)} mg/day"), ("citrate", f"{r.randint(150, 720)} mg/day"),
                     ("uric acid", f"{r.randint(4, 12) / 10} g/day"), ("sodium", f"{r.randint(120, 290)} mEq/day"),
                     ("SS CaOx", f"{r.randint(20, 140) / 10}")]:
        d("  ", lab, " ", (K, val), "\n")
    sp = pt.spouse
    d("\nDiet: ", pt.he.capitalize(), " works at ", (FAC, pt.employer), " and drinks mostly sweet tea. ",
      (P, sp.first), " says ", pt.he, " has cut back on spinach and almonds. ")
    d("Meds: ", (K, "hydrochlorothiazide 25 mg daily"), ", ", (K, f"potassium citrate {r.choice([10, 15, 20])} mEq BID"),
      ", ", (K, pt.meds[0]), ". No history of ", (K, r.choice(["Crohn's disease", "Roux-en-Y gastric bypass", "gout"])),
      ". Cr ", (K, f"{r.randint(7, 14) / 10} mg/dL"), ", K ", (K, f"{r.randint(35, 52) / 10}"), ".\n")
    d("\nA/P: hypocitraturia and low urine volume. Goal urine output ", (K, "> 2.5 L/day"), ", sodium ",
      (K, "< 2300 mg/day"), ". Repeat 24-hour urine ", (K, "in 3 months"), ". If residual right renal stone grows "
      "consider ESWL vs ureteroscopy with ", *prov(pt.spec, r), " on ", (DT, fd(v + timedelta(days=r.randint(14, 60)), "wk")),
      ".\n\n", (P, pt.pcp.full), ", ", pt.pcp.cred, "\n")


def t_hbo_log(d, r, pt, v):
    fac = fac_named(r, "Wound and Hyperbaric Center")
    dx = r.choice(["Wagner grade 3 diabetic foot ulcer", "delayed radiation injury (soft tissue), Marx protocol",
                   "osteoradionecrosis mandible, Marx protocol", "chronic refractory osteomyelitis",
                   "compromised flap", "CO poisoning (carboxyhemoglobin 28%)"])
    sep = r.choice([",", ";", "\t"])
    d("HYPERBARIC OXYGEN THERAPY - TREATMENT LOG\n", (FAC, fac), "\n")
    d("Patient: ", (P, pt.lf), "   MRN: ", (MRN, pt.mrn), "   DOB: ", (DT, fd(pt.dob, "us")), "\n")
    d("Dx: ", (K, dx), "   Authorized: ", (K, f"{r.choice([20, 30, 40])} treatments"), "   Auth #: ",
      (IDN, "PA" + digits(r, 8)), "\n")
    d("Chamber: monoplace #", str(r.randint(1, 4)), "  SN ", (DEV, mk_serial(r)), "\n")
    d("Physician: ", *prov(pt.spec, r), "\n\n")
    techs = [Person(r, cred="CHT") for _ in range(2)]
    d(sep.join(["Tx#", "Date", "Profile", "Duration", "PreBG", "PostBG", "Ears", "Tech", "Comment"]), "\n")
    dt = v
    start = r.randint(1, 15)
    for i in range(r.randint(4, 7)):
        while dt.weekday() > 4:
            dt += timedelta(days=1)
        row_tech = r.choice(techs)
        pre = r.randint(110, 260)
        d(str(start + i), sep, (DT, fd(dt, r.choice(["us", "usn", "md"]))), sep,
          (K, f"{r.choice(['2.0', '2.4', '2.5'])} ATA"), sep, (K, f"{r.choice([90, 120])} min"), sep,
          (K, str(pre)), sep, (K, str(pre - r.randint(10, 60))), sep,
          (K, r.choice(["TEED 0", "TEED 0", "TEED 1 R", "TEED 2 L"])), sep, (P, row_tech.init_last), sep,
          r.choice(["tolerated", "air break x2", "c/o claustrophobia, lorazepam 0.5 mg given", "ear clearing slow",
                    "pt late - ride issue", "no issues"]), "\n")
        dt += timedelta(days=1)
    d("\nNotes: ", (P, pt.first), " states ", (P, pt.child.first), " will drive on ",
      (DT, fd(dt + timedelta(days=2), "wk")), ". Transcutaneous oximetry ", (K, f"TcPO2 {r.randint(18, 55)} mmHg"),
      " at periwound. Next review ", (DT, fd(dt + timedelta(days=7), "md")), ".\n")


REGIMENS = [
    ("FOLFOX + bevacizumab", [("oxaliplatin", "85 mg/m2", "IV over 2 hours"), ("leucovorin", "400 mg/m2", "IV over 2 hours"),
                              ("fluorouracil", "400 mg/m2", "IV push"), ("fluorouracil", "2400 mg/m2", "CIVI over 46 hours"),
                              ("bevacizumab", "5 mg/kg", "IV over 30 minutes")]),
    ("R-CHOP", [("rituximab", "375 mg/m2", "IV titrate"), ("cyclophosphamide", "750 mg/m2", "IV over 1 hour"),
                ("doxorubicin", "50 mg/m2", "IV push"), ("vincristine", "1.4 mg/m2 (max 2 mg)", "IV minibag"),
                ("prednisone", "100 mg", "PO days 1-5")]),
    ("carboplatin/pemetrexed/pembrolizumab", [("pembrolizumab", "200 mg", "IV over 30 minutes"),
                                              ("pemetrexed", "500 mg/m2", "IV over 10 minutes"),
                                              ("carboplatin", "AUC 5", "IV over 30 minutes")]),
    ("dose-dense AC", [("doxorubicin", "60 mg/m2", "IV push"), ("cyclophosphamide", "600 mg/m2", "IV over 1 hour"),
                       ("pegfilgrastim", "6 mg", "on-body injector day 2")]),
]


def t_chemo_order(d, r, pt, v):
    name, drugs = r.choice(REGIMENS)
    ht, wt = r.randint(150, 192), r.randint(450, 1150) / 10
    bsa = round(((ht * wt) / 3600) ** 0.5, 2)
    lead = r.choice([" ", "."])

    def row(label, *vals):
        d(label + " " + lead * (18 - len(label)) + " ", *vals, "\n")
    cyc = r.randint(1, 8)
    d("ONCOLOGY CHEMOTHERAPY ORDER SET  ==  ", (K, name), "  ==  Cycle ", str(cyc), " Day 1\n")
    d("Infusion center: ", (FAC, fac_named(r, "Cancer Institute")), "\n\n")
    row("Patient", (P, pt.lf))
    row("MRN", (MRN, pt.mrn))
    row("DOB", (DT, fd(pt.dob, r.choice(GEN_DATE))))
    row("Treatment date", (DT, fd(v, r.choice(GEN_DATE))))
    row("Height/Weight", (K, f"{ht} cm"), " / ", (K, f"{wt} kg"))
    row("BSA", (K, f"{bsa} m2"), " (Mosteller)")
    row("Performance", (K, f"ECOG {r.randint(0, 2)}"))
    labd = v - timedelta(days=1)
    row("Labs " + fd(labd, "md"), (K, f"ANC {r.randint(12, 60) / 10}"), ", ", (K, f"Plt {r.randint(90, 380)}"), ", ",
        (K, f"Hgb {r.randint(85, 145) / 10}"), ", ", (K, f"CrCl {r.randint(40, 120)} mL/min"))
    d("\nPREMEDICATIONS\n  ", (K, "ondansetron 16 mg IV"), "\n  ", (K, f"dexamethasone {r.choice([8, 12])} mg IV"), "\n")
    if r.random() < 0.5:
        d("  ", (K, "fosaprepitant 150 mg IV"), "\n")
    d("\nCHEMOTHERAPY\n")
    for dr_, dose, route in drugs:
        d("  ", (K, dr_), " ", (K, dose), " ", route, "\n")
    if "CIVI" in str(drugs):
        d("  Ambulatory pump SN ", (DEV, mk_serial(r)), " - disconnect ", (DT, fd(v + timedelta(days=2), "md")), "\n")
    d("\nHold parameters: ", (K, "ANC < 1.5"), ", ", (K, "Plt < 100"), ". Grade 2+ toxicity (CTCAE) -> dose reduce per protocol.\n")
    d("Ordering physician: ", *prov(pt.spec, r), "   ", (PH, phone(r, pt.fac_phone, ext=True)), "\n")
    ph_ = Person(r, cred="PharmD")
    d("Pharmacist verification: ", (P, ph_.full), ", PharmD  ", (DT, fd(v, "us")), " 0812\n")
    d("Second RN check: ", (P, pt.nurse.init_last), " / ", (P, Person(r).init_last), "\n")


def t_crisis_call(d, r, pt, v):
    ctr = fac_named(r, "Crisis Connections")
    cou = Person(r)
    caller = pt.nick or pt.first
    ex = Person(r, common=0.4)
    d("CRISIS LINE CONTACT RECORD\nCenter: ", (FAC, ctr), "\nCall ID: ", (IDN, f"CL-{v.year}-{digits(r, 6)}"),
      "    Date: ", (DT, fd(v, r.choice(GEN_DATE))), "    Start ", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
      "    Length: ", (K, f"{r.randint(12, 75)} minutes"), "\n")
    d("Counselor: ", (P, cou.full), "   Caller ID: ", (PH, phone(r, pt.cell)), "\n\n")
    d("Narrative:\nCaller identified self as ", (P, caller), ", ", *agep(pt, v, "{} y/o"), ", calling from ",
      pt.his, " car outside ", (FAC, r.choice(EMPLOYERS)), " in ", (LOC, pt.city), ". ", pt.he.capitalize(),
      " reports thoughts of killing ", ("herself" if pt.sex == "F" else "himself"), " ",
      (K, r.choice(["for 2 weeks", "since Sunday", "x 3 days", "for the past month"])), " after ", (P, ex.first),
      " moved out. ")
    d((P, ex.first), " and ", (P, pt.sib.first), " are the only people ", pt.he, " trusts. States ", pt.he, " took ",
      (K, f"{r.randint(4, 20)} tablets of {r.choice(['sertraline 50 mg', 'acetaminophen 500 mg', 'trazodone 100 mg', 'lithium 300 mg'])}"),
      " about ", (K, "an hour ago"), ". Drank ", (K, f"{r.randint(2, 9)} beers"), ".\n")
    d("Screen: ", (K, "Columbia Suicide Severity Rating Scale"), " - ideation with method and intent, ",
      (K, "PHQ-9 " + str(r.randint(15, 27))), ". Prior attempt ", (K, str(r.randint(2005, 2021))),
      ". Currently prescribed ", (K, pt.meds[1]), " by ", *prov(pt.pcp, r), ".\n")
    d("Intervention: collaborative safety plan; caller agreed to warm transfer. Mobile crisis unit ",
      (VEH, f"MCT-{r.randint(1, 12)}"), " dispatched to ", (STR, pt.street), "; ETA ", (K, "20 minutes"),
      ". Poison center consulted, advised ED eval. Caller's ", r.choice(["sister", "brother"]), " ", (P, pt.sib.full),
      " reached at ", (PH, phone(r, pt.rel_phone)), " and is driving over.\n")
    d("Outcome: transported to ", (FAC, pt.fac), " ED. Follow-up call scheduled ",
      (DT, fd(v + timedelta(days=1), r.choice(["md", "mon_d", "wk"]))), ".\n- ", (P, cou.first), "\n")


def t_gender_affirming(d, r, pt, v):
    chosen_pool = FIRST_F if pt.sex == "M" else FIRST_M
    chosen = r.choice(chosen_pool)
    fem = pt.sex == "M"
    pron = r.choice(["she/her", "they/them"]) if fem else r.choice(["he/him", "they/them"])
    d("GENDER-AFFIRMING CARE - FOLLOW-UP VISIT\n", (FAC, fac_named(r, "Pride Health Clinic")), "\n")
    d("Visit date: ", (DT, fd(v, r.choice(GEN_DATE))), "   Provider: ", *prov(pt.pcp, r), "\n")
    d("Name used: ", (P, f"{chosen} {pt.last}"), " (", pron, ")   Name on insurance: ", (P, pt.fml),
      "   Member ID ", (HPN, pt.member), "\n\n")
    d("S: ", (P, chosen), " is ", *agep(pt, v, "{}"), " and here ", (K, f"{r.randint(3, 14)} months"),
      " into ", ("feminizing" if fem else "masculinizing"), " hormone therapy. Partner ", (P, pt.spouse.first),
      " present. Mood much improved, ", (K, f"PHQ-9 {r.randint(2, 9)}"), " (was ", (K, str(r.randint(12, 20))),
      " at intake on ", (DT, fd(v - timedelta(days=r.randint(120, 400)), r.choice(["us2", "long", "abbr"]))), "). ")
    if fem:
        d("Taking ", (K, f"estradiol valerate {r.choice([10, 20, 30])} mg IM every 2 weeks"), " and ",
          (K, f"spironolactone {r.choice([50, 100])} mg BID"), ". Breast tenderness. No VTE history.\n")
        d("O: ", *vit_pieces(r), "\nLabs ", (DT, fd(v - timedelta(days=5), "md")), ": ",
          (K, f"estradiol {r.randint(90, 260)} pg/mL"), ", ", (K, f"total testosterone {r.randint(10, 60)} ng/dL"),
          ", ", (K, f"K {r.randint(36, 51) / 10} mmol/L"), ", ", (K, f"Cr {r.randint(7, 12) / 10}"), "\n")
    else:
        d("Injecting ", (K, f"testosterone cypionate {r.choice([50, 60, 80, 100])} mg SC weekly"),
          ". Menses stopped. Voice deepening. Acne on back.\n")
        d("O: ", *vit_pieces(r), "\nLabs ", (DT, fd(v - timedelta(days=5), "md")), ": ",
          (K, f"total testosterone {r.randint(350, 880)} ng/dL"), " (mid-interval), ", (K, f"Hct {r.randint(40, 52)}%"),
          ", ", (K, f"LDL {r.randint(70, 160)} mg/dL"), "\n")
    surg = Person(r, cred="MD")
    d("A/P: continue current regimen, recheck labs ", (K, "in 3 months"), ". Letter of support provided for ",
      r.choice(["vaginoplasty", "chest masculinization", "facial feminization", "orchiectomy", "hysterectomy"]),
      " consult with ", *prov(surg, r), " at ", (FAC, f"{r.choice(FPRE)} University Hospital"),
      ". Legal name change paperwork filed in ", (LOC, pt.county), "; updated name to be entered in registration. ",
      "Patient prefers portal messages at ", (EM, pt.email), ".\n")


def t_zoonosis(d, r, pt, v):
    kind = r.choice(["dog bite", "bat in bedroom", "cat scratch", "raw milk", "pet parrot", "deer tick"])
    hd = f"{pt.county} Health Department"
    inv = Person(r, cred="RS")
    owner = Person(r, common=0.3)
    d("ANIMAL BITE / ZOONOTIC EXPOSURE REPORT\n", (FAC, hd), " - Environmental Health\nCase #: ",
      (IDN, f"{v.year % 100}-{r.choice(['AB', 'ZX', 'RB'])}-{digits(r, 5)}"), "     Reported: ",
      (DT, fd(v, r.choice(GEN_DATE))), "\n\n")
    d("EXPOSED PERSON\n  Name ........ ", (P, pt.full), "\n  DOB ......... ", (DT, fd(pt.dob, r.choice(GEN_DATE))),
      "   Age ", *agep(pt, v, "{}"), "\n  Address ..... ", (STR, pt.street), ", ", (LOC, pt.city), " ", (ZIP, pt.zip),
      "\n  Phone ....... ", (PH, phone(r, pt.phone)), "\n\n")
    exp_d = v - timedelta(days=r.randint(0, 4))
    d("EXPOSURE\n  Date ........ ", (DT, fd(exp_d, r.choice(["us", "md", "long"]))), "\n  Type ........ ", kind, "\n")
    if kind in ("dog bite", "cat scratch"):
        d("  Animal ...... ", "owned ", "dog" if kind == "dog bite" else "cat", "; owner ", (P, owner.full), ", ",
          (PH, phone(r)), "\n  Rabies tag .. ", (IDN, f"{v.year}-{digits(r, 5)}"), "   Vet: ", (FAC, fac_named(r, "Animal Hospital")),
          "\n  Injury ...... ", (K, f"{r.randint(1, 4)} puncture wounds"), " ", r.choice(["right hand", "left calf", "face"]),
          ", ", (K, f"{r.randint(5, 40) / 10} cm laceration"), "\n  Plan ........ ", (K, "10-day observation"),
          " of animal; ", (K, "amoxicillin-clavulanate 875-125 mg BID x 5 days"), "; ", (K, "Tdap 0.5 mL IM"), "\n")
        d("  Organisms ... ", (K, "Pasteurella multocida"), ", ", (K, "Capnocytophaga canimorsus"),
          " risk discussed\n" if kind == "dog bite" else ", Bartonella henselae risk discussed\n")
    elif kind == "bat in bedroom":
        kg = r.randint(45, 110)
        d("  Animal ...... bat found in bedroom while asleep, escaped, not available for testing\n",
          "  PEP ......... ", (K, f"HRIG 20 IU/kg = {kg * 20} IU"), " infiltrated/IM; ",
          (K, "rabies vaccine 1 mL IM deltoid days 0, 3, 7, 14"), "\n  Weight ...... ", (K, f"{kg} kg"),
          "\n  Site ........ given at ", (FAC, pt.fac), " ED\n  Also exposed  ", (P, pt.spouse.full), " (", pt.spouse_word,
          ")\n")
        d("  Doses ....... ", (DT, fd(exp_d, "md")), ", ", (DT, fd(exp_d + timedelta(days=3), "md")), ", ",
          (DT, fd(exp_d + timedelta(days=7), "md")), ", ", (DT, fd(exp_d + timedelta(days=14), "md")), "\n")
    elif kind == "raw milk":
        d("  Source ...... unpasteurized goat milk from ", (FAC, f"{r.choice(STREETS)} Dairy"), " near ", (LOC, r.choice(CITIES)[0]),
          "\n  Symptoms .... ", (K, "fever 39.4 C"), " ", (K, "x 9 days"), ", sweats, arthralgia\n  Labs ........ ",
          (K, "Brucella serology positive 1:320"), "\n  Tx .......... ", (K, "doxycycline 100 mg BID x 6 weeks"), " + ",
          (K, "rifampin 600 mg daily"), "\n")
    elif kind == "pet parrot":
        d("  Animal ...... pet Amazon parrot purchased ", (DT, fd(exp_d - timedelta(days=20), "long_ord")), " at ",
          (FAC, f"{r.choice(FPRE)} Pet and Feed"), "\n  Symptoms .... ", (K, "dry cough"), " ", (K, "for 10 days"),
          ", ", (K, "T 38.9 C"), ", ", (K, "SpO2 91%"), "\n  Labs ........ ", (K, "Chlamydia psittaci PCR positive"),
          "\n  Tx .......... ", (K, "doxycycline 100 mg BID x 14 days"), "\n")
    else:
        d("  Animal ...... engorged Ixodes tick removed from popliteal fossa, attached ", (K, "> 36 hours"),
          "\n  Findings .... ", (K, "erythema migrans 8 cm"), "\n  Tx .......... ", (K, "doxycycline 100 mg BID x 10 days"),
          "\n  Dx .......... ", (K, "early localized Lyme disease"), "\n")
    d("  Vitals ...... ", *vit_pieces(r, ", ", 4), "\n  PMH ......... ", (K, pt.epo[0]), "; ", (K, pt.meds[0]), "\n")
    d("\nTreating clinician: ", *prov(pt.pcp, r), "  Fax ", (PH, phone(r, pt.fac_fax)), "\n")
    d("Investigator: ", (P, inv.full), ", ", inv.cred, "   ", (EM, f"{ascii_slug(inv.first)[0]}{ascii_slug(inv.last)}@"
                                                              f"{ascii_slug(pt.county)[:10]}health.gov"), "\n")


def t_cioms(d, r, pt, v):
    initials = f"{pt.first[0]}.{pt.last[0]}."
    onset = v - timedelta(days=r.randint(3, 20))
    start = onset - timedelta(days=r.randint(20, 120))
    drug = r.choice(["VX-2217", "ALN-4410", "KRT-093", "MZ-118"])
    d("CIOMS I FORM - SUSPECT ADVERSE REACTION REPORT\nMfr. control no.: ", (IDN, f"US-{letters(r, 3)}-{v.year}{digits(r, 6)}"),
      "\n\nI. REACTION INFORMATION\n")
    d("1.  PATIENT INITIALS (first, last): ", (P, initials), "\n1a. COUNTRY: USA\n")
    d("2.  DATE OF BIRTH: ", (DT, fd(pt.dob, "dmyu")), "\n2a. AGE: ", *agep(pt, v, "{} Years"), "\n3.  SEX: ", pt.sex, "\n")
    d("4-6. REACTION ONSET: ", (DT, fd(onset, r.choice(["dmyu", "dmy"]))), "\n")
    alt, ast = r.randint(180, 900), r.randint(150, 800)
    d("7+13. DESCRIBE REACTION(S) incl. relevant tests/lab data:\n    Subject ", (IDN, f"{r.randint(101, 140)}-{digits(r, 4)}"),
      " developed ", (K, "Grade 3 hepatotoxicity (CTCAE v5.0)"), " approximately ", (K, f"{(onset - start).days} days"),
      " after first dose. ", (K, f"ALT {alt} U/L"), ", ", (K, f"AST {ast} U/L"), ", ", (K, f"total bilirubin {r.randint(21, 60) / 10} mg/dL"),
      ", ", (K, f"ALP {r.randint(90, 300)} U/L"), " - meets ", (K, "Hy's law"), " criteria. Hospitalized at ",
      (FAC, pt.fac), " ", (DT, fd(onset + timedelta(days=1), "dmy")), " to ", (DT, fd(onset + timedelta(days=r.randint(3, 8)), "dmy")),
      ". Hepatitis serologies negative; ", (K, "RUCAM score 7"), ".\n")
    d("8-12. CHECK ALL APPROPRIATE: [X] involved inpatient hospitalisation  [ ] life threatening\n\n")
    d("II. SUSPECT DRUG(S) INFORMATION\n14. SUSPECT DRUG: ", (K, f"{drug} {r.choice([100, 200, 400])} mg tablet"),
      " (blinded)\n15. DAILY DOSE: ", (K, "1 tablet once daily"), "\n16. ROUTE: oral\n17. INDICATION: ",
      (K, r.choice(["moderate-to-severe plaque psoriasis", "NASH with F2-F3 fibrosis", "IgA nephropathy", "primary biliary cholangitis"])),
      "\n18. THERAPY DATES: ", (DT, fd(start, "dmyu")), " to ", (DT, fd(onset, "dmyu")), "\n19. THERAPY DURATION: ",
      (K, f"{(onset - start).days} days"), "\n20. ABATED AFTER STOPPING? YES   21. REAPPEARED? N/A\n\n")
    d("III. CONCOMITANT DRUG(S) AND HISTORY\n22. ", (K, pt.meds[0]), "; ", (K, pt.meds[1]), "; ", (K, "acetaminophen up to 2 g/day"),
      "\n23. OTHER HISTORY: ", (K, pt.epo[0]), "; alcohol ", (K, "2 drinks/week"), "\n\n")
    inv = Person(r, cred="MD")
    d("IV. MANUFACTURER INFORMATION\n24b. STUDY SITE: ", (FAC, fac_named(r, "Clinical Research Unit")), ", ", (LOC, pt.city), ", ",
      STATE_NAME[pt.state], "\n     Investigator: ", *prov(inv, r), "  ", (PH, phone(r)), "\n24c. DATE RECEIVED BY MANUFACTURER: ",
      (DT, fd(v, "dmyu")), "\n25a. REPORT TYPE: [X] INITIAL [ ] FOLLOWUP\nDATE OF THIS REPORT: ",
      (DT, fd(v + timedelta(days=r.randint(1, 10)), "dmyu")), "\n")


def t_med_examiner(d, r, pt, v):
    d.mode = "upper" if r.random() < 0.7 else None
    inv = Person(r)
    rn = Person(r, cred="RN")
    fh = r.choice(FUNERAL)
    d("OFFICE OF THE MEDICAL EXAMINER - ", (LOC, pt.county), "\nINTAKE / INVESTIGATOR REPORT\nME CASE NO: ",
      (IDN, f"{v.year % 100}-{digits(r, 5)}"), "\n\n")
    nm = f"{pt.last}, {pt.first}" + (f" {pt.middle}" if pt.middle else "")
    d("DECEDENT: ", (P, nm), "    AKA: ", (P, pt.nick) if pt.nick else "NONE", "\nAGE: ", *agep(pt, v, "{}"), "   DOB: ",
      (DT, fd(pt.dob, r.choice(["us", "usn", "dmyu"]))), "   SEX: ", pt.sex, "\nSSN: ", (SSN, pt.ssn), "\n")
    d("RESIDENCE: ", (STR, pt.street), ", ", (LOC, pt.city), ", ", pt.state, " ", (ZIP, pt.zip), "\n")
    dod = v
    d("DATE OF DEATH: ", (DT, fd(dod, r.choice(["us", "long", "dmyu"]))), "  TIME PRONOUNCED: ", f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
      "\nPLACE OF DEATH: ", r.choice(["RESIDENCE", "ED", "NURSING FACILITY"]), " - ", (FAC, pt.fac), "\n")
    d("REPORTED BY: ", (P, rn.full), ", RN  CALLBACK ", (PH, phone(r, pt.fac_phone, ext=r.random() < 0.5)), "\n")
    d("NEXT OF KIN: ", (P, pt.child.full), " (", pt.child_word.upper(), ") ", (PH, phone(r, pt.rel_phone)),
      " - NOTIFIED ", (DT, fd(dod, "md")), " BY INV ", (P, inv.last), "\n\n")
    d("MEDICAL HISTORY (PER ", (P, pt.pcp.full), ", PCP): ", (K, "atrial fibrillation"), " ON ", (K, "warfarin 5 mg daily"),
      ", LAST ", (K, f"INR {r.randint(18, 52) / 10}"), "; ", (K, pt.epo[0]), "; ", (K, "COPD on 2 L home O2"), "; ",
      (K, f"CKD stage {r.randint(3, 4)}"), "\n")
    d("NARRATIVE: DECEDENT LAST KNOWN WELL ", (DT, fd(dod - timedelta(days=1), "md")), " APPROX 2100 WHEN ",
      (P, pt.sib.first), " SPOKE WITH ", "HER" if pt.sex == "F" else "HIM", " BY PHONE. FOUND ON BATHROOM FLOOR BY HOME AIDE ",
      (P, Person(r).full), " OF ", (FAC, fac_named(r, "Home Care Services")), ". ")
    d("RIGOR ", (K, "FULL"), ", LIVOR ", (K, "FIXED, POSTERIOR"), ", CORE TEMP ", (K, f"{r.randint(240, 340) / 10} C"),
      " AMBIENT ", (K, f"{r.randint(180, 240) / 10} C"), ". ", (K, "2 CM SCALP LACERATION"), " RIGHT OCCIPUT. MEDS AT SCENE: ",
      (K, "DONEPEZIL 10 MG"), ", ", (K, "METOPROLOL 25 MG"), " (PILL COUNT APPROPRIATE).\n")
    d("TRANSPORT: ", (FAC, r.choice(["Tri-State Removal Service", "Valley Decedent Transport"])), " UNIT ", (VEH, f"{r.randint(1, 40)}"),
      " PLATE ", (VEH, f"{digits(r, 1)}{letters(r, 3)}{digits(r, 3)}"), "\nDISPOSITION: ",
      r.choice(["JURISDICTION ACCEPTED - EXTERNAL EXAM", "JURISDICTION DECLINED - RELEASED"]), " TO ", (FAC, fh), "\n")
    d("INVESTIGATOR: ", (P, inv.full), "  BADGE ", (IDN, digits(r, 4)), "\n")


def t_parish_nurse(d, r, pt, v):
    d.mode = "lower" if r.random() < 0.5 else None
    pastor = Person(r, common=0.3)
    drv = Person(r, sex="M", common=0.7)
    d("Parish Nurse Ministry - Home Visit Note\n", (FAC, pt.church), "\n", (DT, fd(v, r.choice(["long", "wk", "us", "full_dow"]))),
      "\n\n")
    d("Visited ", (P, pt.nick or pt.first), " at home after the 10:30 service. ", (P, pt.child.first),
      " (", pt.his, " ", pt.child_word, ") was there and let me in. ",
      (P, pastor.first), " had asked me to stop by since ", pt.he, " missed the last two Sundays.\n\n")
    d(pt.he.capitalize(), " is ", *agep(pt, v, "{}"), " and still lives alone on ", (STR, pt.street),
      ". Says the dizziness has been going on ", (K, r.choice(["for about 2 weeks", "since Easter", "x 10 days"])), ". ")
    d("Checked BP: ", (K, f"{r.randint(130, 178)}/{r.randint(70, 98)}"), " left arm sitting, ", (K, f"{r.randint(110, 150)}/{r.randint(60, 80)}"),
      " standing, pulse ", (K, str(r.randint(58, 96))), ". Fingerstick ", (K, f"{r.randint(90, 320)} mg/dL"), " (ate toast). ")
    d("Pill box is half full - ", pt.he, " is skipping ", pt.his, " ", (K, r.choice(["amlodipine 5 mg", "metoprolol 50 mg", "Lasix 40 mg"])),
      " because it makes ", "her" if pt.sex == "F" else "him", " go to the bathroom. Also taking ", (K, pt.meds[2]), ". ")
    d("Ankles ", (K, "2+ pitting edema"), ". No falls. Has ", (K, pt.epo[1]), ".\n\n")
    d((P, drv.first), " from the men's group drives ", "her" if pt.sex == "F" else "him", " to dialysis at ",
      (FAC, fac_named(r, "Dialysis")), " Mon/Wed/Fri. Called ", (P, pt.pcp.last), "'s office at ",
      (FAC, pt.fac), " - talked to ", (P, pt.nurse.first), " who will let the doctor know about the dizziness and pressures. ")
    d(pt.his.capitalize(), " ", pt.spouse_word, " ", (P, pt.spouse.first), " passed in ", str(r.randint(2009, 2021)),
      " and the anniversary is ", (DT, fd(v + timedelta(days=r.randint(3, 20)), r.choice(["ord", "long_ord"]))), ".\n\n")
    d("Plan: prayer, meal train sign-up, will return ", (DT, fd(v + timedelta(days=7), r.choice(["wk", "md"]))),
      ". Phone ", (PH, phone(r, pt.phone)), ".\n- ", (P, Person(r, sex="F").full),
      ", RN, Faith Community Nurse\n")


def t_access_booking(d, r, pt, v):
    surg = pt.spec
    proc = r.choice(["left brachiocephalic AV fistula creation", "right radiocephalic AV fistula (Brescia-Cimino)",
                     "left upper arm AV graft, 6 mm PTFE", "second-stage basilic vein transposition",
                     "fistulagram with balloon angioplasty"])
    d("VASCULAR ACCESS SURGERY BOOKING REQUEST\n", "=" * 40, "\n")
    d("Patient = ", (P, pt.lf), "\nMRN = ", (MRN, pt.mrn), "    Acct = ", (ACCT, pt.acct), "\nDOB = ",
      (DT, fd(pt.dob, r.choice(GEN_DATE))), "    Age = ", *agep(pt, v, "{}"), "\n")
    d("Medicare MBI = ", (HPN, pt.member), "   Secondary = ", r.choice(PAYERS), "\n\n")
    d("Procedure = ", (K, proc), "\nSurgeon = ", *prov(surg, r), "\nRequested date = ",
      (DT, fd(v + timedelta(days=r.randint(7, 30)), r.choice(GEN_DATE))), "   Arrival 0530\nLocation = ",
      (FAC, pt.fac), " Main OR\nAnesthesia = ", (K, "regional (supraclavicular block) + MAC"), "\n\n")
    d("Vein mapping (", (DT, fd(v - timedelta(days=r.randint(5, 20)), "md")), "): ", (K, f"cephalic {r.randint(22, 45) / 10} mm"),
      " at antecubital, ", (K, f"brachial artery {r.randint(35, 55) / 10} mm"), "; ", (K, "Allen test normal"), "\n")
    d("Labs: ", (K, f"eGFR {r.randint(6, 18)}"), ", ", (K, f"K {r.randint(40, 59) / 10}"), ", ", (K, f"Hgb {r.randint(80, 115) / 10}"),
      ", ", (K, f"INR {r.randint(9, 13) / 10}"), "\n")
    d("Current access: ", (K, "right IJ tunneled dialysis catheter"), ", HD ", (K, "3x/week"), " at ",
      (FAC, fac_named(r, "Kidney Care")), " chair ", str(r.randint(1, 24)), ", ", r.choice(["MWF", "TTS"]), " 2nd shift\n")
    d("Hold: ", (K, r.choice(["Eliquis x 48 hours", "clopidogrel x 5 days", "warfarin x 5 days, bridge not needed"])),
      "; continue ", (K, "aspirin 81 mg"), "\n")
    d("Dialysis day before surgery required. Contact nephrologist ", *prov(pt.pcp, r), " ", (PH, phone(r, ext=True)), "\n")
    d("Booked by: ", (P, Person(r).full), "  ", (DT, fd(v, "us")), "  ", (EM, f"vascular.scheduling@{slugfac(pt.fac)}.org"), "\n")


def t_audiology(d, r, pt, v):
    aud = Person(r, cred="AuD")
    freqs = [500, 1000, 2000, 3000, 4000, 6000, 8000]
    d("OCCUPATIONAL HEARING CONSERVATION PROGRAM - ANNUAL AUDIOGRAM\n")
    d("Employer: ", (FAC, pt.employer), "    Employee ID: ", (IDN, "EMP" + digits(r, 6)), "    Dept: ",
      r.choice(["Press line", "Grain dryer", "Maintenance", "Saw deck", "Boiler room"]), "\n")
    d("Name: ", (P, pt.lf), "    DOB: ", (DT, fd(pt.dob, r.choice(GEN_DATE))), "    SSN: ", (SSN, "xxx-xx-" + pt.ssn4), "\n")
    d("Test date: ", (DT, fd(v, r.choice(GEN_DATE))), "    Baseline: ", (DT, fd(v - timedelta(days=r.randint(400, 2500)), "us")), "\n")
    d("Hours since noise: ", (K, f"{r.randint(14, 40)} h"), "    Otoscopy: clear bilaterally\n")
    d("Audiometer SN ", (DEV, mk_serial(r)), ", calibrated ", (DT, fd(v - timedelta(days=r.randint(30, 300)), "md")), "\n\n")
    d("Freq (Hz)  " + "".join(f"{f:>6}" for f in freqs), "\n")
    shift = []
    for ear in ("Right", "Left"):
        vals = []
        base = r.randint(5, 15)
        for i, f in enumerate(freqs):
            notch = 25 if f in (3000, 4000, 6000) else 0
            vals.append(min(90, base + notch + r.randint(0, 25)))
        shift.append(vals)
        row = "".join(f"{x:>6}" for x in vals)
        d(f"{ear:<11}", (K, row.strip()), "\n")
    d("\nBaseline avg 2k/3k/4k: R ", (K, f"{r.randint(15, 35)} dB"), "  L ", (K, f"{r.randint(15, 35)} dB"), "\n")
    sts = r.random() < 0.5
    d("OSHA standard threshold shift: ", "YES - " if sts else "NO", (K, f"{r.randint(10, 18)} dB average shift") if sts else "", "\n")
    d("Noise dosimetry: ", (K, f"TWA {r.randint(85, 99)} dBA"), "   Hearing protection: foam plugs ", (K, "NRR 32"),
      " + earmuffs ", (K, "NRR 25"), "\n")
    d("Tinnitus: ", r.choice(["denies", "intermittent bilateral"]), ". History of ", (K, r.choice(["Meniere's disease", "otosclerosis", "none"])),
      ".\n\nReviewed by ", (P, aud.full), ", AuD, CCC-A  Lic. ", (LIC, f"AUD{digits(r, 5)}"), "\n")
    d("Copy to safety manager ", (P, Person(r, common=0.3).full), " ", (PH, phone(r, ext=True)), "\n")


def t_prosthetics(d, r, pt, v):
    cpo = Person(r, cred="CPO")
    side = r.choice(["left", "right"])
    lvl = r.choice(["transtibial", "transfemoral", "partial foot (Chopart)", "Syme"])
    amp_d = v - timedelta(days=r.randint(60, 900))
    d("PROSTHETIC FITTING NOTE\n", (FAC, fac_named(r, "Orthotics and Prosthetics")), "  ", (PH, phone(r)), "\n")
    d("Patient: ", (P, pt.full), "   DOB ", (DT, fd(pt.dob, r.choice(GEN_DATE))), "   Visit ", (DT, fd(v, r.choice(GEN_DATE))), "\n")
    d("Referring: ", *prov(pt.spec, r), "   Rx dated ", (DT, fd(v - timedelta(days=r.randint(10, 40)), "us2")), "\n\n")
    d((P, pt.first), " is a ", *agep(pt, v, "{} y/o"), f" with {side} ", (K, lvl), " amputation on ",
      (DT, fd(amp_d, r.choice(["long", "abbr", "usn"]))), " secondary to ", (K, r.choice(["PVD with non-healing ulcer", "Charcot foot with osteomyelitis", "trauma (MVC)", "Buerger's disease"])),
      ". Here for ", r.choice(["check socket", "definitive socket delivery", "test socket fitting"]), ".\n")
    d("Functional level ", (K, f"K{r.randint(1, 4)}"), "; ", (K, f"AMPPRO {r.randint(20, 44)}"), "; ",
      (K, f"Timed Up and Go {r.randint(9, 25)} seconds"), ". Wearing ", (K, f"{r.randint(8, 14)} hours/day"), ".\n")
    d("Residual limb: ", (K, f"{r.randint(240, 340) / 10} cm circumference at 10 cm below MPT"), ", volume down ",
      (K, f"{r.randint(1, 4)} ply"), " since last visit, no skin breakdown, distal end ", (K, "mild erythema"), ".\n")
    d("Components: TSB socket, ", (K, "6 mm silicone liner"), " with pin lock; dynamic response foot serial ",
      (DEV, mk_serial(r)), "; pylon ", (DEV, mk_serial(r)), ".\n")
    d("Pain: phantom limb pain on ", (K, "gabapentin 300 mg TID"), ", ", (K, "NRS 3/10"), ".\n")
    d("Plan: PT gait training ", (K, "2x/week x 6 weeks"), " with ", (P, Person(r, common=0.4).full), ", PT at ",
      (FAC, pt.fac), ". Return ", (DT, fd(v + timedelta(days=r.randint(14, 42)), r.choice(["md", "mon_d", "us"]))), ". ",
      (P, pt.child.first), " will bring ", "her" if pt.sex == "F" else "him", ".\n\n", (P, cpo.full), ", CPO  NPI ",
      (LIC, mk_npi(r)), "\n")


def t_wheelchair(d, r, pt, v):
    ot = Person(r, cred="OTR/L")
    atp = Person(r, cred="ATP")
    dxs = ["C6 AIS B tetraplegia (Glasgow Coma Scale 15 at admit)", "amyotrophic lateral sclerosis, ALSFRS-R 28",
           "multiple sclerosis, EDSS 7.5", "Parkinson's disease, Hoehn and Yahr stage 4", "left MCA stroke, mRS 4"]
    if pt.age(v) < 40:
        dxs += ["Duchenne muscular dystrophy", "spina bifida, L2 level", "Friedreich's ataxia", "cerebral palsy, GMFCS IV"]
    dx = r.choice(dxs)
    sep = r.choice([": ", " = ", " .... "])
    d("WHEELCHAIR SEATING AND MOBILITY EVALUATION\nClinic: ", (FAC, fac_named(r, "Rehabilitation Hospital")), "\n")
    d("Client", sep, (P, pt.lf), "\nDOB", sep, (DT, fd(pt.dob, r.choice(GEN_DATE))), "\nEval date", sep,
      (DT, fd(v, r.choice(GEN_DATE))), "\nFunding", sep, pt.payer, " ", (HPN, pt.member), "\nDx", sep, (K, dx), "\n")
    d("Current chair", sep, r.choice(["manual K0004", "power base, no tilt", "transport chair"]), ", SN ",
      (DEV, mk_serial(r)), ", ", (K, f"{r.randint(5, 11)} years old"), "\n\n")
    d("MEASUREMENTS (seated)\n")
    for lab, val in [("Hip width", f"{r.randint(140, 200) / 10} in"), ("Chest width", f"{r.randint(130, 190) / 10} in"),
                     ("Seat depth L/R", f"{r.randint(160, 210) / 10} in"), ("Seat to top of head", f"{r.randint(300, 380) / 10} in"),
                     ("Knee to heel", f"{r.randint(150, 210) / 10} in")]:
        d("  ", lab, sep, (K, val), "\n")
    d("\nPosture: ", (K, f"posterior pelvic tilt, kyphosis, {r.randint(10, 35)} degree right pelvic obliquity"), ". Skin: ",
      (K, "stage 2 pressure injury R ischial"), " healed. ", (K, f"Braden score {r.randint(12, 18)}"), ".\n")
    d("Recommendation: power wheelchair with ", (K, "power tilt 50 degrees"), " and ", (K, "recline 120 degrees"),
      ", ", (K, "ROHO air cushion 4 inch"), ", lateral trunk supports, ", r.choice(["head array", "chin control", "joystick"]), ".\n")
    d("Home: ", (STR, pt.street), ", ", (LOC, pt.city), "; ", r.choice(["3 steps, ramp being built by ", "ranch style, doorways 32 in; lives with "]),
      (P, pt.child.full), ". Transport in ", r.choice(["wheelchair van", "sedan with transfer"]), ", plate ",
      (VEH, f"{letters(r, 3)}-{digits(r, 4)}"), ".\n")
    d("Vendor: ", (FAC, f"{r.choice(FPRE)} Mobility"), ", ATP ", (P, atp.full), " ", (PH, phone(r)), "\n")
    d("Therapist: ", (P, ot.full), ", OTR/L   Physician: ", *prov(pt.pcp, r), "  Face-to-face ", (DT, fd(v - timedelta(days=9), "md")), "\n")


def t_compounding(d, r, pt, v):
    tech = Person(r, cred="CPhT")
    rph = Person(r, cred="RPh")
    prod = r.choice([
        ("Vancomycin 25 mg/mL oral suspension", [("vancomycin HCl 1 g vial", "x 6"), ("Ora-Sweet", "120 mL"), ("sterile water", "120 mL")], "240 mL", "14 days refrigerated"),
        ("Magic mouthwash (diphenhydramine/lidocaine/Maalox 1:1:1)", [("diphenhydramine 12.5 mg/5 mL", "80 mL"), ("lidocaine viscous 2%", "80 mL"), ("Maalox", "80 mL")], "240 mL", "14 days"),
        ("Omeprazole 2 mg/mL suspension", [("omeprazole 20 mg capsules", "x 15"), ("sodium bicarbonate 8.4%", "150 mL")], "150 mL", "30 days refrigerated"),
        ("Baclofen 10 mg/mL oral suspension", [("baclofen 20 mg tablets", "x 60"), ("Ora-Plus", "60 mL"), ("Ora-Sweet", "60 mL")], "120 mL", "35 days"),
        ("Tacrolimus 0.5 mg/mL suspension", [("tacrolimus 5 mg capsules", "x 6"), ("Ora-Blend", "60 mL")], "60 mL", "56 days"),
    ])
    d(r.choice(["NON-STERILE COMPOUNDING WORKSHEET", "Compounding Record / Worksheet"]), "\n", (FAC, pt.pharm), "  ",
      (LOC, pt.city), ", ", pt.state, "  ", (PH, phone(r)), "\n\n")
    d("Rx #: ", (IDN, digits(r, 7)), "    Date compounded: ", (DT, fd(v, r.choice(GEN_DATE))), "\n")
    d("Patient: ", (P, pt.full), "    DOB: ", (DT, fd(pt.dob, r.choice(GEN_DATE))), "    Wt: ", (K, f"{r.randint(45, 110)} kg"), "\n")
    d("Prescriber: ", *prov(pt.pcp, r), "    DEA: ", (LIC, mk_dea(r)), "\n")
    d("Product: ", (K, prod[0]), "\nSig: ", (K, r.choice(["5 mL PO QID x 10 days", "10 mL swish and spit q4h PRN", "2.5 mL PO BID",
                                                           "take 0.5 mL by mouth every 12 hours"])), "\n\n")
    d("Ingredient | Lot | Exp | Qty\n")
    for ing, q in prod[1]:
        exp = v + timedelta(days=r.randint(120, 700))
        d((K, ing), " | ", letters(r, 1) + digits(r, 5), " | ", f"{exp.month:02d}/{exp.year}", " | ", (K, q), "\n")
    d("\nFinal quantity: ", (K, prod[2]), "   BUD: ", (K, prod[3]), " (", (DT, fd(v + timedelta(days=14), "us")), ")\n")
    d("Balance SN ", (DEV, mk_serial(r)), " verified. Shake well. Label auxiliary: REFRIGERATE.\n")
    d("Compounded by: ", (P, tech.full), ", CPhT   Verified by: ", (P, rph.full), ", RPh\n")
    d("Counseled ", (P, pt.spouse.first if r.random() < 0.5 else pt.first), " at pickup ", (DT, fd(v + timedelta(days=1), "md")), ".\n")


def t_billing_call(d, r, pt, v):
    rep = Person(r)
    caller = pt.child
    dos = v - timedelta(days=r.randint(30, 120))
    d("PATIENT FINANCIAL SERVICES - INBOUND CALL NOTE\n", (FAC, pt.fac), " Business Office\n")
    d("Call date: ", (DT, fd(v, r.choice(GEN_DATE))), "   Rep: ", (P, rep.full), " ", (PH, "ext. " + digits(r, 4)), "\n")
    d("Guarantor acct: ", (ACCT, pt.acct), "   HAR/encounter: ", (IDN, "ENC" + digits(r, 8)), "   Claim: ",
      (IDN, f"{digits(r, 2)}{letters(r, 1)}{digits(r, 9)}"), "\n\n")
    d("Caller ", (P, caller.full), " (", pt.child_word, "; on file as authorized rep per HIPAA release signed ",
      (DT, fd(v - timedelta(days=r.randint(100, 900)), "us2")), ") calling about ", "her" if caller.sex == "F" else "his", " ", "mother" if pt.sex == "F" else "father", " ", (P, pt.full),
      "'s statement for DOS ", (DT, fd(dos, r.choice(["us", "abbr", "usn"]))), ". Verified DOB ", (DT, fd(pt.dob, "us")),
      " and last four of SSN ", (SSN, pt.ssn4), ".\n")
    d("States patient was in the ED ", (K, f"for {r.randint(4, 11)} hours"), " for ", (K, r.choice(["chest pain", "syncope", "kidney stone", "cellulitis"])),
      ", had ", (K, "troponin x2 negative"), " and ", (K, "CT angiogram chest"), ", and was told it was observation not inpatient. ",
      "Insurance (", pt.payer, ", member ", (HPN, pt.member), ", group ", (HPN, pt.group), ") paid ED level ",
      (K, "CPT 99285"), " but denied ", (K, "G0378 observation, 22 hours"), " as CO-50.\n")
    d("Dx on claim ", (K, "R07.89"), ", ", (K, "I10"), ", ", (K, "E11.9"), ". Balance $", f"{r.randint(800, 9000)}.{digits(r, 2)}",
      ". Caller upset, says ", (P, pt.spouse.first), " already paid $", str(r.randint(50, 500)), " by card.\n")
    d("Action: sent to coding review (", (P, Person(r).init_last), "), 60-day hold placed, financial assistance application e-mailed to ",
      (EM, f"{ascii_slug(caller.first)}{ascii_slug(caller.last)}{digits(r, 2)}@{r.choice(['gmail.com', 'yahoo.com', 'comcast.net'])}"),
      ". Callback ", (PH, phone(r, pt.rel_phone)), " best after 5. Mailing address confirmed ", (STR, pt.street), ", ",
      (LOC, pt.city), " ", (ZIP, pt.zip), ".\n")


CRIT = [("Potassium", "6.9 mmol/L"), ("Glucose", "38 mg/dL"), ("Hemoglobin", "5.8 g/dL"), ("Platelets", "12 K/uL"),
        ("INR", "7.4"), ("Troponin I", "4.21 ng/mL"), ("Sodium", "118 mmol/L"), ("Lactate", "5.6 mmol/L"),
        ("Blood culture", "GPC in clusters 1/2 bottles"), ("CSF Gram stain", "gram-negative diplococci"),
        ("Calcium", "14.2 mg/dL"), ("Digoxin", "3.1 ng/mL"), ("WBC", "0.4 K/uL"), ("pCO2", "92 mmHg"),
        ("Vancomycin trough", "38 mcg/mL"), ("Fibrinogen", "62 mg/dL")]


def t_critical_log(d, r, pt, v):
    lab = pt.fac
    d("LAB CRITICAL VALUE NOTIFICATION LOG\n", (FAC, lab), " - Core Laboratory  Ph ", (PH, phone(r, pt.fac_phone, ext=True)),
      "\nShift date: ", (DT, fd(v, r.choice(GEN_DATE))), "\n\n")
    d("| Time | Accession | Patient | MRN | Test | Result | Notified | Read-back | Tech |\n")
    d("|------|-----------|---------|-----|------|--------|----------|-----------|------|\n")
    rows = [("pt", None)] + [("o", other_patient(r)) for _ in range(r.randint(3, 5))]
    r.shuffle(rows)
    techs = [Person(r, cred="MLS") for _ in range(2)]
    t = r.randint(0, 5) * 60 + r.randint(0, 59)
    for kind, op in rows:
        t += r.randint(7, 140)
        hh, mm = divmod(t % 1440, 60)
        test, res = r.choice(CRIT)
        nm = pt.lf if kind == "pt" else op.lf
        mrn = pt.mrn if kind == "pt" else op.mrn
        caller = pt.nurse if kind == "pt" else Person(r, cred="RN")
        d(f"| {hh:02d}{mm:02d} | ", (IDN, f"{r.choice(['C', 'H', 'M', 'CH'])}{v.year % 100}-{digits(r, 6)}"), " | ", (P, nm), " | ",
          (MRN, mrn), " | ", (K, test), " | ", (K, res), " | ", (P, caller.init_last), ", RN", r.choice(["", " (4W)", " (ICU)", " (ED)"]),
          " | Y | ", (P, r.choice(techs).first), " |\n")
    d("\nEscalation: ", (K, "unable to reach RN within 15 minutes"), " -> paged ", *prov(pt.spec, r), " pager ",
      (PH, digits(r, 4)), "; reached at ", f"{r.randint(1, 23):02d}:{r.randint(10, 59)}", ".\n")
    d("Delta check flagged ", (K, "K 6.9 vs 4.1 prior"), " - hemolysis index ", (K, "H2"), "; recollect requested.\n")
    d("Reviewed: ", (P, Person(r).full), ", MLS(ASCP), supervisor  ", (DT, fd(v + timedelta(days=1), "us")), "\n")


def t_records_index(d, r, pt, v):
    roi = Person(r)
    d("OUTSIDE RECORDS RECEIVED - INDEX\nReceiving facility: ", (FAC, pt.fac), " Health Information Management\n")
    d("Patient: ", (P, pt.lf), "    MRN: ", (MRN, pt.mrn), "    DOB: ", (DT, fd(pt.dob, "us")), "\n")
    d("ROI request #: ", (IDN, "ROI-" + digits(r, 7)), "    Received: ", (DT, fd(v, r.choice(GEN_DATE))),
      "    Indexed by: ", (P, roi.full), "\n")
    d("HIE query via ", (URL, f"https://hie.{ascii_slug(STATE_NAME[pt.state])[:8]}connect.org/query?pid={digits(r, 8)}"), "\n\n")
    W = [5, 12, 40, 26, 5]
    d("DOC".ljust(W[0]), "DATE".ljust(W[1]), "SOURCE".ljust(W[2]), "TYPE".ljust(W[3]), "PAGES", "\n")
    d("-" * sum(W), "\n")
    types = ["Discharge summary", "Echocardiogram", "Colonoscopy report", "Operative report", "Office notes",
             "Cardiac cath report", "Immunization record", "MRI brain report", "Pathology report", "Labs (flowsheet)"]
    srcs = [f"{r.choice(FPRE)} {r.choice(FSUF)}" for _ in range(3)] + [fac_named(r, "Orthopedic Associates"),
                                                                          fac_named(r, "Gastroenterology")]
    dt = v - timedelta(days=r.randint(1500, 3500))
    n = r.randint(5, 9)
    for i in range(n):
        dt += timedelta(days=r.randint(30, 300))
        src = r.choice(srcs)
        ds = fd(dt, r.choice(["us", "us", "iso", "dmyu"]))
        typ = r.choice(types)
        d(f"{i + 1:03d}".ljust(W[0]), (DT, ds), " " * (W[1] - len(ds)), (FAC, src), " " * (W[2] - len(src)),
          typ.ljust(W[3]), f"{r.randint(1, 40):>5}", "\n")
    d("\nClinically significant findings flagged for provider:\n")
    d(" - Echo: ", (K, f"LVEF {r.randint(25, 45)}-{r.randint(46, 55)}%"), ", ", (K, "moderate mitral regurgitation"), "\n")
    d(" - Colonoscopy: ", (K, "Boston Bowel Preparation Scale 8"), ", ", (K, f"{r.randint(2, 5)} tubular adenomas"),
      ", repeat ", (K, "in 3 years"), "\n")
    d(" - Labs: ", (K, f"HbA1c {r.randint(60, 110) / 10}%"), ", ", (K, f"eGFR {r.randint(28, 90)}"), "\n")
    d(" - Meds at outside discharge: ", (K, pt.meds[0]), ", ", (K, pt.meds[3]), ", ", (K, "carvedilol 12.5 mg BID"), "\n")
    d(" - Allergy: ", (K, "sulfa (rash)"), "\nForwarded to ", *prov(pt.pcp, r), " in-basket ", (DT, fd(v, "md")), ".\n")


def t_fax_ocr(d, r, pt, v):
    d.mode = "ocr"
    src = pt.fac
    to = Person(r, cred="MD")
    tofac = f"{r.choice(FPRE)} {r.choice(FSUF)}"
    fx = phone(r, pt.fac_fax)
    d((DT, fd(v, r.choice(["us", "us2", "dmyu"]))), " ", f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}", "  FROM: ",
      (PH, fx), "  ", (FAC, src.upper()), "   P.001/00", str(r.randint(2, 8)), "\n\n")
    d("F A X   C O V E R   S H E E T\n\n")
    d("TO:    ", *prov(to, r), "\n       ", (FAC, tofac), "\nFAX:   ", (PH, phone(r)), "\n\n")
    sender = Person(r)
    d("FROM:  ", (P, sender.full), r.choice([", Medical Assistant", ", MA", ", Referral Coordinator"]), "\n       ",
      (FAC, src), " - ", r.choice(["Cardiology", "Neurology", "Pulmonology", "Endocrinology"]), "\nPHONE: ",
      (PH, phone(r, pt.fac_phone, ext=True)), "\nEMAIL: ", (EM, f"{ascii_slug(sender.first)}.{ascii_slug(sender.last)}@{slugfac(src)}.org"),
      "\n\nDATE:  ", (DT, fd(v, r.choice(GEN_DATE))), "\nRE:    ", (P, pt.full.upper()), "   DOB ", (DT, fd(pt.dob, "us")),
      "\n\n[ ] URGENT  [X] FOR REVIEW  [ ] PLEASE REPLY\n\n")
    d("Message:\nPlease find attached ", (K, r.choice(["48 hour Holter monitor", "14-day event monitor", "EEG report", "polysomnogram"])),
      " results. ", (K, f"AF burden {r.randint(3, 40)}%"), ", ", (K, f"longest episode {r.randint(2, 14)} hours"), ", ",
      (K, f"max HR {r.randint(120, 180)}"), ", ", (K, f"{r.randint(2, 9)} pauses > 2.5 s"), ". Patient on ",
      (K, r.choice(["sotalol 80 mg BID", "metoprolol succinate 50 mg daily", "diltiazem ER 180 mg"])), " and ",
      (K, pt.meds[0]), ". ", (K, "CHA2DS2-VASc 3"), ". Dr. ", (P, pt.spec.last),
      " recommends ", (K, "Eliquis 5 mg BID"), ". Pt seen ", (DT, fd(v - timedelta(days=r.randint(3, 15)), "md")), ".\n\n")
    d("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error notify the sender at ",
      (PH, phone(r, pt.fac_phone)), " and destroy all copies.\n")


def t_dictation(d, r, pt, v):
    d.mode = "nopunct"
    doc = pt.spec
    np_ = pt.pcp
    scen = r.randint(0, 2)
    d("this is doctor ", (P, doc.last), " dictating a ", r.choice(["clinic note", "follow up visit", "new patient consult"]), " on ",
      (P, pt.full), " ", r.choice(["medical record number", "m r n", "record number"]), " ", (MRN, pt.mrn),
      " date of birth ", (DT, spoken_date(pt.dob, r)), " date of service ", (DT, spoken_date(v, r)),
      " patient is a ", *ageword(pt, v), " ", pt.wm, " ")
    if scen == 0:
        d("with ", (K, pt.epo[0]), " who comes in with ", pt.his, " ", pt.child_word, " ", (P, pt.child.first),
          " for dizziness ", (K, "for about three weeks"), " worse rolling over in bed ", (K, "dix hallpike"),
          " was positive on the right so we did an ", (K, "epley maneuver"), " in clinic period new paragraph vitals ",
          (K, f"blood pressure {words(r.randint(110, 160))} over {words(r.randint(60, 90))}"), " pulse ",
          (K, words(r.randint(58, 90))), " ", (K, "glasgow coma scale fifteen"),
          " plan continue ", (K, "meclizine twelve point five milligrams"), " as needed ")
    elif scen == 1:
        d("with type two diabetes here for follow up ", (K, f"hemoglobin a one c {words(r.randint(7, 11))} point {words(r.randint(0, 9))}"),
          " up from last time ", pt.he, " ran out of ", (K, "ozempic"), " ", (K, "for six weeks"),
          " because of the shortage comma ", pt.his, " ", pt.spouse_word, " ", (P, pt.spouse.first),
          " says the pharmacy in ", (LOC, pt.city), " had none period exam ",
          (K, f"blood pressure {words(r.randint(120, 160))} over {words(r.randint(70, 95))}"), " monofilament intact ",
          (K, "charcot changes"), " none plan restart ", (K, "semaglutide point two five milligrams weekly"),
          " continue ", (K, "metformin one thousand milligrams twice daily"), " ")
    else:
        d("with ", (K, "parkinsons disease"), " diagnosed in ", yearwords(r.randint(2008, 2021)), " here with ", pt.his, " ", pt.child_word, " ",
          (P, pt.child.first), " tremor worse ", (K, "for two months"), " ", (K, "hoehn and yahr stage two point five"),
          " on ", (K, "carbidopa levodopa twenty five one hundred three times a day"), " exam ", (K, "cogwheel rigidity"),
          " left greater than right ", (K, "mini mental status twenty six out of thirty"), " plan add ",
          (K, "rasagiline one milligram daily"), " ")
    d("follow up ", (K, r.choice(["in six weeks", "in three months", "in two weeks"])), " with me or with ", (P, np_.full),
      " at the ", (FAC, pt.fac), " office please send a copy to doctor ", (P, Person(r).full), " at ",
      (FAC, f"{r.choice(FPRE)} Family Health Center"), " fax ", (PH, " ".join(fph(pt.fac_fax, "dash").replace("-", " ").split())),
      " end of dictation job number ", (IDN, digits(r, 7)), "\n")


def t_ccda(d, r, pt, v):
    auth = pt.pcp
    ts = f"{fd(v, 'compact')}{r.randint(7, 17):02d}{r.randint(0, 59):02d}00-0{r.randint(5, 7)}00"
    d("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n")
    d("  <templateId root=\"2.16.840.1.113883.10.20.22.1.2\"/>\n")
    d("  <id root=\"2.16.840.1.113883.19.5.99999.1\" extension=\"", (IDN, f"DOC{digits(r, 9)}"), "\"/>\n")
    d("  <title>Continuity of Care Document</title>\n  <effectiveTime value=\"", (DT, ts), "\"/>\n")
    d("  <recordTarget>\n    <patientRole>\n      <id root=\"2.16.840.1.113883.19.5\" extension=\"", (MRN, pt.mrn), "\"/>\n")
    d("      <id root=\"2.16.840.1.113883.4.1\" extension=\"", (SSN, pt.ssn), "\"/>\n")
    d("      <addr use=\"HP\">\n        <streetAddressLine>", (STR, pt.street), "</streetAddressLine>\n        <city>",
      (LOC, pt.city), "</city>\n        <state>", pt.state, "</state>\n        <postalCode>", (ZIP, pt.zip),
      "</postalCode>\n        <country>US</country>\n      </addr>\n")
    d("      <telecom use=\"HP\" value=\"tel:", (PH, fph(pt.phone, r.choice(["plus", "e164", "dash"]))), "\"/>\n")
    d("      <telecom use=\"MC\" value=\"tel:", (PH, fph(pt.cell, "dash")), "\"/>\n")
    d("      <telecom value=\"mailto:", (EM, pt.email), "\"/>\n")
    d("      <patient>\n        <name use=\"L\"><given>", (P, pt.first), "</given>")
    if pt.middle:
        d("<given>", (P, pt.middle), "</given>")
    d("<family>", (P, pt.last), "</family></name>\n")
    d("        <administrativeGenderCode code=\"", pt.sex, "\" codeSystem=\"2.16.840.1.113883.5.1\"/>\n")
    d("        <birthTime value=\"", (DT, fd(pt.dob, "compact")), "\"/>\n")
    d("        <guardian><relationshipCode code=\"", "DAU" if pt.child.sex == "F" else "SON", "\"/><guardianPerson><name><given>",
      (P, pt.child.first), "</given><family>", (P, pt.child.last), "</family></name></guardianPerson></guardian>\n")
    d("      </patient>\n    </patientRole>\n  </recordTarget>\n")
    d("  <author>\n    <time value=\"", (DT, fd(v, "compact")), "\"/>\n    <assignedAuthor>\n      <id root=\"2.16.840.1.113883.4.6\" extension=\"",
      (LIC, mk_npi(r)), "\"/>\n      <assignedPerson><name>", "<prefix>Dr.</prefix>" if auth.dr() else "", "<given>",
      (P, auth.first), "</given><family>", (P, auth.last), "</family><suffix>", auth.cred.split(",")[0], "</suffix></name></assignedPerson>\n")
    d("      <representedOrganization><name>", (FAC, pt.fac), "</name><telecom value=\"tel:",
      (PH, fph(pt.fac_phone, "dash")), "\"/></representedOrganization>\n    </assignedAuthor>\n  </author>\n")
    d("  <component><structuredBody>\n    <component><section>\n      <code code=\"10160-0\" codeSystem=\"2.16.840.1.113883.6.1\"/>\n"
      "      <title>Medications</title>\n      <text><table><tbody>\n")
    for m in pt.meds[:3]:
        d("        <tr><td>", (K, m), "</td><td>active</td><td>", (DT, fd(v - timedelta(days=r.randint(30, 900)), "abbr")), "</td></tr>\n")
    d("      </tbody></table></text>\n    </section></component>\n    <component><section>\n      <title>Problems</title>\n"
      "      <text><list><item>", (K, pt.epo[0]), "</item><item>", (K, r.choice(["essential hypertension", "CKD stage 3a", "obesity, BMI 34"])),
      "</item></list></text>\n    </section></component>\n    <component><section>\n      <title>Results</title>\n      <text><table><tbody>\n")
    for lab, val in [("Hemoglobin A1c", f"{r.randint(55, 105) / 10} %"), ("Creatinine", f"{r.randint(6, 19) / 10} mg/dL"),
                     ("LDL cholesterol", f"{r.randint(60, 180)} mg/dL")]:
        d("        <tr><td>", (K, lab), "</td><td>", (K, val), "</td></tr>\n")
    d("      </tbody></table></text>\n    </section></component>\n  </structuredBody></component>\n</ClinicalDocument>\n")


def t_x12(d, r, pt, v):
    d.mode = "upper"
    fac = pt.fac
    npi = mk_npi(r)
    c = r.choice(CITIES)
    dos = v - timedelta(days=r.randint(2, 20))
    ctl = digits(r, 9)
    rp = pt.pcp
    d("ISA*00*          *00*          *ZZ*", letters(r, 8), "       *ZZ*", letters(r, 6), "         *",
      (DT, fd(v, "compact")[2:]), "*", f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}", "*^*00501*", ctl, "*0*P*:~\n")
    d("GS*HC*", letters(r, 6), "*", letters(r, 6), "*", (DT, fd(v, "compact")), "*1200*", str(r.randint(1, 9999)), "*X*005010X222A1~\n")
    d("ST*837*0001*005010X222A1~\nBHT*0019*00*", (IDN, digits(r, 10)), "*", (DT, fd(v, "compact")), "*1200*CH~\n")
    d("NM1*85*2*", (FAC, fac), "*****XX*", (LIC, npi), "~\nN3*", (STR, f"{r.randint(100, 9999)} {r.choice(STREETS)} {r.choice(SUFFIX)}"),
      "~\nN4*", (LOC, c[0]), "*", c[1], "*", (ZIP, c[2] + digits(r, 2) + digits(r, 4)), "~\nREF*EI*", (IDN, digits(r, 9)), "~\n")
    d("PER*IC*BILLING*TE*", (PH, fph(pt.fac_phone, "raw")), "~\n")
    d("HL*2*1*22*0~\nSBR*P*18*", (HPN, pt.group), "******CI~\n")
    d("NM1*IL*1*", (P, pt.last), "*", (P, pt.first), "*", (P, pt.middle[0]) if pt.middle else "", "***MI*", (HPN, pt.member), "~\n")
    d("N3*", (STR, pt.street), "~\nN4*", (LOC, pt.city), "*", pt.state, "*", (ZIP, pt.zip.replace("-", "")), "~\n")
    d("DMG*D8*", (DT, fd(pt.dob, "compact")), "*", pt.sex, "~\n")
    d("CLM*", (ACCT, pt.acct), "*", str(r.randint(120, 900)), "***11:B:1*Y*A*Y*Y~\n")
    d("REF*G1*", (IDN, "PA" + digits(r, 9)), "~\n")
    codes = r.sample(["E1165", "I10", "E785", "N1831", "J449", "M1711", "F331", "G4733", "I4891", "E039"], 3)
    d("HI*ABK:", (K, codes[0]), "*ABF:", (K, codes[1]), "*ABF:", (K, codes[2]), "~\n")
    d("NTE*ADD*", (K, f"PT ON INSULIN GLARGINE {r.randint(10, 60)} UNITS QHS"), " ", (K, f"A1C {r.randint(70, 120) / 10}"), "~\n")
    d("NM1*82*1*", (P, rp.last), "*", (P, rp.first), "****XX*", (LIC, mk_npi(r)), "~\nPRV*PE*PXC*207Q00000X~\n")
    for i, (cpt, chg) in enumerate([("99214", r.randint(150, 260)), ("83036", r.randint(20, 60)), ("G2211", r.randint(15, 40))][:r.randint(2, 3)]):
        d("LX*", str(i + 1), "~\nSV1*HC:", (K, cpt), "*", str(chg), "*UN*", (K, "1"), "***1~\nDTP*472*D8*", (DT, fd(dos, "compact")), "~\n")
    d("SE*", str(r.randint(24, 40)), "*0001~\nGE*1*", str(r.randint(1, 9999)), "~\nIEA*1*", ctl, "~\n")


def t_pager(d, r, pt, v):
    fac = pt.fac
    sep = r.choice([";", "|", "\t"])
    d("PAGING SYSTEM MESSAGE EXPORT  ", (FAC, fac), "\nGateway ", (IP, mk_ip(r)), "  Export run ",
      (DT, fd(v + timedelta(days=1), "iso")), " 06:00\n\n")
    d(sep.join(["TIMESTAMP", "FROM", "TO", "MSG"]), "\n")
    docs = [pt.spec, pt.pcp, Person(r, cred="MD")]
    pts = [pt] + [other_patient(r) for _ in range(2)]
    msgs = [
        lambda q: ["pt ", (P, q.last), " ", (K, f"K {r.randint(60, 72) / 10}"), " on repeat, ", (K, f"HR {r.randint(40, 56)}"), " pls call"],
        lambda q: [(P, q.last), " ", (K, f"BG {r.randint(30, 55)}"), ", gave ", (K, "D50 25 g"), " per protocol, recheck 15 min"],
        lambda q: ["family (", (P, q.child.first if isinstance(q, Patient) else Person(r).first), ") at bedside wants update on ", (P, q.last)],
        lambda q: ["bed ", str(r.randint(1, 30)), " ", (P, q.last), " ", (K, f"SBP {r.randint(72, 86)}"), " after ", (K, "hydromorphone 1 mg"), ", ", (K, "MAP 58")],
        lambda q: [(P, q.first + " " + q.last), " pulled out ", (K, "Foley catheter"), ", ", (K, "CIWA 18"), ", request ", (K, "lorazepam 1 mg")],
        lambda q: ["MRN ", (MRN, q.mrn), " ", (K, f"temp {r.randint(385, 401) / 10}"), ", ", (K, f"lactate {r.randint(22, 50) / 10}"), ", sepsis screen +"],
    ]
    t = r.randint(1260, 1380)
    for i in range(r.randint(6, 9)):
        t += r.randint(3, 55)
        dd = v + timedelta(days=t // 1440)
        hh, mm = divmod(t % 1440, 60)
        sender = Person(r, cred="RN")
        to = r.choice(docs)
        q = r.choice(pts) if i else pt
        d((DT, fd(dd, "us")), f" {hh:02d}:{mm:02d}", sep, r.choice(["4W RN ", "ICU ", "5N charge "]), (P, sender.first), " ",
          (PH, "x" + digits(r, 4)), sep, (P, to.init_last), " (pgr ", (PH, digits(r, r.choice([4, 5, 7]))), ")", sep)
        d(*r.choice(msgs)(q), "\n")
    d("\n", str(r.randint(6, 40)), " messages; ", str(r.randint(0, 3)), " unacknowledged > 10 min escalated to operator ",
      (P, Person(r).first), ".\n")


def t_mar(d, r, pt, v):
    use_tab = r.random() < 0.5
    days = [v + timedelta(days=i) for i in range(r.randint(3, 4))]
    nurses = [pt.nurse] + [Person(r, cred="RN") for _ in range(2)]
    d("MEDICATION ADMINISTRATION RECORD\n", (FAC, pt.fac), "  Unit ", r.choice(["5 North", "3 West Tele", "Ortho 2", "MICU"]), "\n")
    d("Patient: ", (P, pt.lf), "   MRN: ", (MRN, pt.mrn), "   Acct: ", (ACCT, pt.acct), "\nDOB: ", (DT, fd(pt.dob, "us")),
      "   Age: ", *agep(pt, v, "{}y"), "   Wt: ", (K, f"{r.randint(45, 120)} kg"), "   Allergies: ",
      (K, r.choice(["penicillin (hives)", "NKDA", "codeine (nausea)", "latex"])), "\nAttending: ", *prov(pt.spec, r), "\n\n")
    W = 42
    hdr_dates = [fd(x, r.choice(["md", "md", "us2"])) for x in days]
    if use_tab:
        d("MEDICATION")
        for s in hdr_dates:
            d("\t", (DT, s))
        d("\n")
    else:
        d("MEDICATION".ljust(W))
        for s in hdr_dates:
            d((DT, s), " " * (14 - len(s)))
        d("\n", "-" * (W + 14 * len(days)), "\n")
    meds = [(m, r.choice(["0900", "0900/2100", "0600/1400/2200", "2100"])) for m in r.sample(MEDS, r.randint(4, 6))]
    meds.append(("heparin 5000 units SC q8h", "0600/1400/2200"))
    for m, times in meds:
        if use_tab:
            d((K, m))
        else:
            d((K, m), " " * max(1, W - len(m)))
        for _ in days:
            cell_t = times.split("/")[0]
            n = r.choice(nurses)
            if r.random() < 0.12:
                cell = [f"{cell_t} HELD ", (K, f"HR {r.randint(44, 54)}")]
                clen = len(cell_t) + 6 + len(cell[1][1])
            else:
                cell = [f"{cell_t} ", (P, n.initials)]
                clen = len(cell_t) + 1 + len(n.initials)
            d("\t" if use_tab else "", *cell, "" if use_tab else " " * max(1, 14 - clen))
        d("\n")
    d("\nPRN: ", (K, "ondansetron 4 mg IV q6h PRN"), " given ", (DT, fd(days[0], "md")), " 1130 for nausea; ",
      (K, "oxycodone 5 mg"), " x2, pain ", (K, "7/10"), " -> ", (K, "3/10"), "\n")
    d("Signature legend:\n")
    for n in nurses:
        d("  ", (P, n.initials), " = ", (P, n.full), ", ", n.cred, "\n")
    d("Pharmacy: ", (PH, phone(r, pt.fac_phone, ext=True)), "\n")


TEMPLATES = [
    ("wound_vac_supply_order", t_wound_vac), ("hsat_kit_return_json", t_hsat_return),
    ("kidney_stone_clinic", t_kidney_stone), ("hyperbaric_oxygen_log", t_hbo_log),
    ("chemotherapy_order_set", t_chemo_order), ("crisis_line_call", t_crisis_call),
    ("gender_affirming_visit", t_gender_affirming), ("zoonosis_exposure_report", t_zoonosis),
    ("cioms_adverse_event", t_cioms), ("medical_examiner_intake", t_med_examiner),
    ("parish_nurse_visit", t_parish_nurse), ("dialysis_access_booking", t_access_booking),
    ("occupational_audiology", t_audiology), ("prosthetics_fitting", t_prosthetics),
    ("wheelchair_seating_eval", t_wheelchair), ("compounding_worksheet", t_compounding),
    ("billing_dispute_call", t_billing_call), ("critical_value_call_log", t_critical_log),
    ("outside_records_index", t_records_index), ("fax_cover_ocr", t_fax_ocr),
    ("voice_dictation_nopunct", t_dictation), ("ccda_xml_fragment", t_ccda),
    ("x12_837_claim_snippet", t_x12), ("pager_message_log", t_pager), ("mar_grid", t_mar),
]


# --------------------------------------------------------------------------
def validate(text, phi, keep):
    allsp = [(s, e, "phi") for s, e, _ in phi] + [(s, e, "keep") for s, e in keep]
    for s, e, kind in allsp:
        assert 0 <= s < e <= len(text), (s, e, kind)
        seg = text[s:e]
        assert seg == seg.strip(), (kind, repr(seg))
        assert "\n" not in seg, (kind, repr(seg))
    allsp.sort()
    for (s1, e1, k1), (s2, e2, k2) in zip(allsp, allsp[1:]):
        assert e1 <= s2, ("overlap", text[s1:e1], text[s2:e2])


def plan_patients(n, rng):
    """Return a list of patient indices, one per note; ~30% of notes belong to multi-note patients."""
    target = round(n * 0.30)
    groups, used = [], 0
    while used < target:
        k = rng.choice([2, 2, 3])
        if used + k > target + 1:
            k = 2
        groups.append(k)
        used += k
    singles = max(0, n - used)
    seq = []
    for gi, k in enumerate(groups):
        seq += [gi] * k
    seq += list(range(len(groups), len(groups) + singles))
    seq = seq[:n]
    rng.shuffle(seq)
    return seq


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=101)
    ap.add_argument("--out", default="set_i.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    styles = [TEMPLATES[i % len(TEMPLATES)] for i in range(a.n)]
    rng.shuffle(styles)
    seq = plan_patients(a.n, rng)
    # avoid giving one patient the same style twice: swap with a later note when possible
    for i in range(a.n):
        mine = {styles[m][0] for m in range(i) if seq[m] == seq[i]}
        if styles[i][0] in mine:
            for k in range(i + 1, a.n):
                if seq[k] != seq[i] and styles[k][0] not in mine:
                    styles[i], styles[k] = styles[k], styles[i]
                    break
    patients, pid_of = {}, {}
    out_rows = []
    stats_phi, n_keep, min_keep = {}, 0, 10 ** 9
    for i in range(a.n):
        pidx = seq[i]
        if pidx not in patients:
            patients[pidx] = Patient(a.seed, pidx)
            pid_of[pidx] = f"IP{len(pid_of) + 1:04d}"
        pt = patients[pidx]
        prev = pt.visits[-1] if pt.visits else pt.anchor - timedelta(days=rng.randint(0, 20))
        v = prev + timedelta(days=rng.randint(9, 120)) if pt.visits else prev
        pt.visits.append(v)
        name, fn = styles[i]
        nr = random.Random(f"{a.seed}-{i}-{name}")
        d = Doc(nr)
        fn(d, nr, pt, v)
        text = d.text()
        validate(text, d.phi, d.keep)
        phi = [{"start": s, "end": e, "entity": ent, "category": CATEGORY[ent]} for s, e, ent in sorted(d.phi)]
        keep = [{"start": s, "end": e} for s, e in sorted(d.keep)]
        for p in phi:
            stats_phi[p["entity"]] = stats_phi.get(p["entity"], 0) + 1
        n_keep += len(keep)
        min_keep = min(min_keep, len(keep))
        out_rows.append({"note_id": f"I{i + 1:04d}", "patient_id": pid_of[pidx], "template": name, "text": text,
                         "phi": phi, "keep": keep})
    with open(a.out, "w", encoding="utf-8") as f:
        for row in out_rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in out_rows:
        counts[row["patient_id"]] = counts.get(row["patient_id"], 0) + 1
    multi_notes = sum(c for c in counts.values() if c > 1)
    print(f"notes: {len(out_rows)}  patients: {len(counts)}  notes from multi-note patients: {multi_notes}")
    print("PHI spans per entity:")
    for k in sorted(stats_phi):
        print(f"  {k:24s} {stats_phi[k]}")
    print(f"  {'TOTAL':24s} {sum(stats_phi.values())}")
    print(f"keep spans: {n_keep}  (min per note {min_keep})")
    st = {}
    for row in out_rows:
        st[row["template"]] = st.get(row["template"], 0) + 1
    print("styles:", ", ".join(f"{k}({v})" for k, v in st.items()))


if __name__ == "__main__":
    main()

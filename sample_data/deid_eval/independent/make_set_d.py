#!/usr/bin/env python3
"""Generate synthetic, labeled clinical notes (set D) for evaluating
HIPAA Safe Harbor PHI detection / de-identification.

Usage:  python3 make_set_d.py --n 300 --seed 41 --out set_d.jsonl

Every note is built by appending pieces; PHI and keep spans are recorded
at append time (never found by searching afterwards).  A self-check then
verifies bounds, non-overlap, entity/category pairs and that no PHI value
occurs unlabeled elsewhere in the same note.  All randomness comes from one
seeded random.Random, so output is reproducible.  Standard library only.
"""
import argparse
import json
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

ALLOWED = {
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
# Note builder
# ----------------------------------------------------------------------------


class Phi:
    __slots__ = ("v", "e")

    def __init__(self, v, e):
        assert e in ALLOWED, e
        self.v = v
        self.e = e


class Keep:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def P(v, e="PERSON"):
    return Phi(v, e)


def K(v):
    return Keep(v)


TOKRE = re.compile(r"(\{\w+\}|\[\[.*?\]\])", re.S)


class Note:
    """Accumulates text; records PHI / keep offsets as pieces are appended."""

    def __init__(self, case=None):
        self.parts = []
        self.n = 0
        self.phi = []
        self.keep = []
        self.case = case

    def _tx(self, s, case):
        c = case or self.case
        if c == "lower":
            return s.lower()
        if c == "upper":
            return s.upper()
        return s

    def add(self, *items, case=None):
        for it in items:
            if it is None:
                continue
            if isinstance(it, (list, tuple)):
                self.add(*it, case=case)
                continue
            if isinstance(it, Phi):
                s = self._tx(it.v, case)
                self.phi.append({"start": self.n, "end": self.n + len(s),
                                 "entity": it.e, "category": ALLOWED[it.e]})
            elif isinstance(it, Keep):
                s = self._tx(it.v, case)
                self.keep.append({"start": self.n, "end": self.n + len(s)})
            else:
                s = self._tx(str(it), case)
            self.parts.append(s)
            self.n += len(s)
        return self

    def f(self, fmt, case=None, **kw):
        """Append a format string.  {key} -> kw[key] (str/Phi/Keep/list);
        [[text]] -> keep span."""
        for tok in TOKRE.split(fmt):
            if not tok:
                continue
            if tok[0] == "{" and tok[-1] == "}" and re.fullmatch(r"\{\w+\}", tok):
                key = tok[1:-1]
                if key not in kw:
                    raise KeyError("template placeholder %r missing" % key)
                self.add(kw[key], case=case)
            elif tok.startswith("[[") and tok.endswith("]]"):
                self.add(Keep(tok[2:-2]), case=case)
            else:
                self.add(tok, case=case)
        return self

    @property
    def text(self):
        return "".join(self.parts)


# ----------------------------------------------------------------------------
# Vocabulary (hand-made lists)
# ----------------------------------------------------------------------------

FIRST_F = """Odalys Thandiwe Ngozi Xiomara Eulalia Dagny Anjali Mei-Ling Itzel Ximena Ingrid Aroha
Hope Faith Rose Grace June April Dawn Joy Summer Marisol Yesenia Guadalupe Bernadette Philomena
Oksana Svetlana Agnieszka Zofia Siobhan Niamh Aoife Keisha Latoya Imani Zainab Fatima Amira Leila
Parisa Shirin Hye-jin Sun-hee Yuki Haruka Mai Linh Priya Deepika Kavya Lakshmi Adaeze Chiamaka
Abena Akosua Wanjiru Makena Esperanza Concepción Rocío Maëlle Zoë Renée Greta Hedwig Tova Shoshana
Miriam Rivka Bronwyn Carys Mildred Edna Opal Velma Loretta Dolores Kalani Leilani Malia Nizhoni
Winona Tallulah Precious Destiny Charity Patience Ebony Margaret Elizabeth Beatriz Graciela Nadia
Yolanda Ifeoma Solveig Birgit Magdalena Henrietta Clementine Persephone Wilhelmina Ruby Pearl
Fern Ivy Willow Marigold Luz Araceli Noor Farida Thuy Ha-eun Ji-woo Tamar Esther Naomi Kiri
Ana-Lucia Mary-Kate Sinéad Ebele Folasade Yetunde""".split()
FIRST_F = [x.replace("Thi_Lan", "Thi Lan") for x in FIRST_F] + ["Thi Lan", "Mary Ellen", "Anna Maria"]

FIRST_M = """Oluwaseun Tadeusz Siddharth Yusuf Jae-won Bao Haruto Keanu Sven Bill Frank Will Hunter
Mason Chance Major Cash Bartholomew Cornelius Ignatius Thaddeus Leopold Horace Rufus Alonzo Jesús
Joaquín Xavier Santiago Ezequiel Dmitri Volodymyr Bogdan Radek Lars Henrik Eero Kwame Kofi Chidi
Emeka Tunde Babajide Mandla Sipho Abdirahman Mohamed Omar Tariq Reza Dariush Arjun Rohan Venkatesh
Minh Quang Duc Hiroshi Kenji Takumi Wei Jian Seung-ho Min-jun Tevita Sione Kekoa Ahanu Dakota
Delroy Winston Desmond Errol Tyrone DeShawn Jamal Malik Dashiell Booker Forrest Royal Sterling
William Robert Francis Mateo Leandro Anselm Gunnar Torsten Matthias Florin Ilie Grigore Aziz
Hamza Idris Bilal Ezra Mordecai Yitzhak Shlomo Kaveh Anwar Rashid Deon Marquise Tremaine Otis
Clement Ambrose Lucius Barnabas Crispin Jolyon Fergus Ciarán Padraig Eamon Rangi Wiremu Koa
Nasir Elijah Amos Obadiah Jean-Baptiste Jean-Pierre Luc Thibault""".split()
FIRST_M = FIRST_M + ["Juan Carlos", "José Luis"]

NICK = {
    "William": "Bill", "Robert": "Bobby", "Francis": "Frank", "Margaret": "Peggy",
    "Elizabeth": "Betsy", "Bartholomew": "Bart", "Thaddeus": "Tad", "Oluwaseun": "Seun",
    "Babajide": "Jide", "Cornelius": "Neil", "Guadalupe": "Lupe", "Concepción": "Concha",
    "Bernadette": "Bernie", "Philomena": "Mena", "Mildred": "Millie", "Dolores": "Lola",
    "Xiomara": "Xio", "Ignatius": "Iggy", "Volodymyr": "Vova", "Dmitri": "Dima",
    "Leopold": "Leo", "Abdirahman": "Abdi", "Siddharth": "Sid", "Venkatesh": "Venky",
    "Jae-won": "Jay", "Zainab": "Zee", "Wilhelmina": "Billie", "Henrietta": "Etta",
    "Magdalena": "Magda", "Persephone": "Percy", "Clementine": "Clem", "Barnabas": "Barney",
    "Mordecai": "Motty", "Yitzhak": "Itzik", "Tadeusz": "Tadek", "Agnieszka": "Aga",
    "Ezequiel": "Zeke", "Santiago": "Santi", "Joaquín": "Quino", "Theodore": "Teddy",
    "Folasade": "Sade", "Ifeoma": "Ify", "Ambrose": "Brose", "Crispin": "Kip",
    "Juan Carlos": "JC", "Mary Ellen": "Mel", "Anna Maria": "Ria",
}

SURNAMES = """Baker Young Frank Rose Hope Bishop Love Moody Parker Guerrero Villaseñor García-Herrera
Okafor Adeyemi Nwosu Mensah Boateng Achterberg Kowalczyk Wiśniewski Szabó Nagy Lindqvist Halvorsen
Virtanen Järvinen Papadopoulos Kazantzakis Ivanova Petrenko Shevchenko Nguyen Tran Pham Ng Xu Zhao
Huang Lim Kim Park Choi Yamamoto Takahashi Sato Patel Ramanathan Venkataraman Chaudhry Qureshi
Hosseini Farahani Haddad Khoury Mahmoud Cohen Goldberg Katz Yazzie Begay Tsosie Kealoha Kahananui
Fonoti Tuilagi Ramírez Gutiérrez Quispe Mamani Cárdenas Washington Jefferson Freeman Battle Black
White Brown Green Hill Fields Stone Cross Rivers Woods Summers Winter Nakamura-Schultz
Oyelaran-Okafor Abu-Ghazaleh McAllister MacLeod O'Donnell O'Shaughnessy Dubois Lefebvre Moreau
Castellanos Arreola Zúñiga Bustamante Echeverría Oyelowo Eze Balogun Diallo Ndiaye Traoré Kamara
Abernathy Pettigrew Whitfield Hargrove Blackwood Thistlewood Vukovic Horvath Novak Dvořák Kraus
Brandt Schreiber Oyama Fujimoto Bhattacharya Iyer Menon Krishnamurthy Siddiqui Ansari Rahimi
Mirzaei Tehrani Saleh Nasser Barakat Rosenblum Weintraub Aronson Lightfoot Redcloud Two-Feathers
Ahmed-Whitlock Lopez-Mendez Sandoval-Reyes Vo Le Ho Lam Duong Phan Jacobsen Sorensen Lund""".split()
SURNAMES += ["De La Cruz", "van der Berg", "dos Santos", "St. Clair", "bin Rashid", "Al-Sayed",
             "Van Buren", "del Toro", "Le Blanc", "da Silva"]

CRED = {"MD": "MD", "DO": "DO", "NP": "NP", "PA": "PA-C", "RN": "RN"}

CITIES = [
    ("Lowell", "MA", "018"), ("Fall River", "MA", "027"), ("Pawtucket", "RI", "028"),
    ("Bangor", "ME", "044"), ("Rutland", "VT", "057"), ("Utica", "NY", "135"),
    ("Scranton", "PA", "185"), ("Toms River", "NJ", "087"), ("Dover", "DE", "199"),
    ("Hagerstown", "MD", "217"), ("Roanoke", "VA", "240"), ("Huntington", "WV", "257"),
    ("Asheville", "NC", "288"), ("Florence", "SC", "295"), ("Macon", "GA", "312"),
    ("Ocala", "FL", "344"), ("Dothan", "AL", "363"), ("Tupelo", "MS", "388"),
    ("Bowling Green", "KY", "421"), ("Muncie", "IN", "473"), ("Kalamazoo", "MI", "490"),
    ("Dearborn", "MI", "481"), ("Eau Claire", "WI", "547"), ("Rochester", "MN", "559"),
    ("Sioux City", "IA", "511"), ("Joplin", "MO", "648"), ("Lake Charles", "LA", "706"),
    ("Lubbock", "TX", "794"), ("Laredo", "TX", "780"), ("Enid", "OK", "737"),
    ("Salina", "KS", "674"), ("Grand Island", "NE", "688"), ("Rapid City", "SD", "577"),
    ("Minot", "ND", "587"), ("Bozeman", "MT", "597"), ("Casper", "WY", "826"),
    ("Pueblo", "CO", "810"), ("Las Cruces", "NM", "880"), ("Flagstaff", "AZ", "860"),
    ("Provo", "UT", "846"), ("Twin Falls", "ID", "833"), ("Yakima", "WA", "989"),
    ("Medford", "OR", "975"), ("Visalia", "CA", "932"), ("Hilo", "HI", "967"),
    ("Fairbanks", "AK", "997"), ("Elko", "NV", "898"), ("Texarkana", "AR", "718"),
    ("Chattanooga", "TN", "374"), ("Danbury", "CT", "068"), ("Nashua", "NH", "030"),
    ("Lewiston", "ME", "042"), ("Woonsocket", "RI", "028"), ("Chicopee", "MA", "010"),
    ("Paterson", "NJ", "075"), ("Gary", "IN", "464"), ("Cicero", "IL", "608"),
    ("Kenosha", "WI", "531"), ("Owensboro", "KY", "423"), ("Hattiesburg", "MS", "394"),
]
STATE_NAMES = {"MA": "Massachusetts", "NY": "New York", "TX": "Texas", "MI": "Michigan",
               "OH": "Ohio", "CA": "California", "PA": "Pennsylvania", "FL": "Florida"}
COUNTIES = ["Hampden County", "Cuyahoga County", "Berrien County", "Yakima County",
            "Dona Ana County", "Lackawanna County", "Calcasieu Parish", "Buncombe County",
            "Pinal County", "Olmsted County", "Bibb County", "Marion County", "Coconino County",
            "Woodbury County", "Natrona County", "Minnehaha County", "Oneida County",
            "Ocean County", "Lubbock County", "Webb County", "Garfield County", "Kenosha County"]
STREETS = ["Quarry Hill", "Old Mill", "Larkspur", "Chestnut", "Tamarack", "Pleasant",
           "Division", "Bittersweet", "Cumberland", "Kossuth", "Monarch", "Elmwood", "Sandpiper",
           "Pheasant Run", "Cottonwood", "Juniper", "Ridgeview", "Magnolia", "Bayou Vista",
           "Arroyo Seco", "Mesquite", "Frontage", "Wyandotte", "Pulaski", "Lakeshore",
           "Fenwick", "Orchard Knob", "Bluebonnet", "Dogwood", "Hemlock", "Sawmill",
           "Sycamore", "Cedar Crest", "Prairie Wind", "Old Post", "Kinnickinnic", "Saugatuck",
           "Tecumseh", "Ashby", "Rosewood", "Ironwood", "Harbor View", "Willow Bend"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Blvd",
          "Ct", "Way", "Terrace", "Pkwy", "Cir", "Pl", "Trl"]

HOSPITALS = ["St. Brendan's Medical Center", "Mercy Ridge Hospital", "Good Shepherd Regional",
             "Holy Cross Hospital", "Bayfront General Hospital", "Riverbend Medical Center",
             "Northgate Community Hospital", "Sisters of Charity Hospital",
             "Valley Presbyterian Hospital", "Lakeshore University Hospital",
             "Pinecrest Memorial Hospital", "Three Rivers Health", "Saint Agnes Medical Center",
             "Cedar Hollow Hospital", "Fairhaven General", "Our Lady of the Lake Regional",
             "Hillcrest Baptist Medical Center", "Prairie View Health", "Sacred Heart of Mary Hospital",
             "Harborside Medical Center", "Mount Carmel West", "Evergreen Valley Hospital",
             "Stillwater Regional Medical Center", "Kino Community Hospital",
             "Aldridge Memorial Hospital", "Whitestone Veterans Medical Center"]
CLINICS = ["Eastside Family Health Center", "Larkin Street Clinic", "Southpoint Internal Medicine",
           "Ridgeline Primary Care", "Bluewater Community Health", "Greenbriar Family Practice",
           "Tri-Valley Medical Associates", "Westfork Pediatrics", "Harmon Urgent Care",
           "Cornerstone Health Partners", "Lindenwood Clinic", "Mill Creek FQHC"]
NURSING = ["Maple Grove Nursing & Rehab", "Heritage Oaks Skilled Nursing", "The Arbors at Millbrook",
           "Sunnyview Care Center", "Golden Meadows Assisted Living", "Briarwood Manor",
           "Pleasant Acres Nursing Home", "Cedarhurst of Elk Grove", "Lutheran Home at Oak Ridge",
           "Bethany Village"]
PHARMACIES = ["CVS Pharmacy #2231", "Walgreens #4471", "Hometown Drug", "Medicine Shoppe",
              "Rite Aid #11082", "Kinney Drugs", "Bartell Drugs", "Sav-On Pharmacy #0193",
              "Walmart Pharmacy 10-5582", "Good Neighbor Pharmacy of Elm Street", "Discount Drug Mart"]
DIALYSIS = ["Lakeside Dialysis Center", "DaVita Tamarack Dialysis", "Fresenius Kidney Care Westgate",
            "Northside Kidney Center", "Riverview Home Dialysis", "American Renal Associates - Harbor"]
EMPLOYERS = ["Harlow Logistics", "Tri-County Concrete", "Pemberton Poultry", "Kessler Auto Body",
             "Blue Heron Casino", "Dalton Steel Fabricators", "Great Plains Ethanol", "Sunrise Bakery",
             "Hollister Container Corp", "Vantage Call Solutions", "Brightway Home Care",
             "Midwest Grain Cooperative", "Redstone Mining", "Copperleaf Landscaping",
             "Ace Hardware on Route 9", "Oakridge School District", "Cascade Lumber Mill",
             "Penn Valley Transit", "Northern Tier Roofing", "Sandhill Dairy"]
SCHOOLS = ["Northfield Middle School", "Ridgeview Elementary", "St. Casimir Academy",
           "Lincoln-Douglas High School", "Maplewood Intermediate School", "Horizon Charter School",
           "Bayside Elementary", "Cesar Chavez Middle School", "Pine Bluff Junior High",
           "Sacred Heart Catholic School", "Wildwood Elementary", "Crestview STEM Academy"]
COLLEGES = ["Kalamazoo Valley Community College", "Tri-State Technical Institute",
            "Western Plains University", "Saint Anselm College", "Mesa Verde Community College"]
HOSPICES = ["Compassus Hospice", "Hospice of the Valley", "Evening Star Hospice",
            "Seasons of Grace Hospice", "Gentle Shepherd Hospice", "Lighthouse Hospice & Palliative Care"]
FUNERAL = ["Whitmore & Sons Funeral Home", "Greenlawn Funeral Chapel", "Rosales Mortuary",
           "Brennan-Kelly Funeral Home", "Eternal Rest Memorial Chapel"]
SLEEP = ["Sleep Disorders Center", "Center for Sleep Medicine", "Sleep Lab", "Sleep Health Institute"]
DME = ["Apria Healthcare", "Lincare", "AdaptHealth", "Medi-Serve DME", "Keystone Home Medical"]

DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
           "comcast.net", "att.net", "protonmail.com", "charter.net", "live.com", "msn.com"]
AREA = [201, 203, 205, 207, 208, 209, 210, 212, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229,
        231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 276, 281, 301,
        302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321,
        325, 330, 334, 336, 337, 339, 347, 351, 352, 360, 361, 385, 401, 402, 404, 405, 406, 407,
        408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 425, 430, 432, 434, 435, 440, 443, 469,
        478, 479, 480, 484, 501, 502, 503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517,
        518, 520, 530, 540, 541, 559, 561, 562, 563, 567, 570, 571, 573, 574, 575, 580, 585, 586,
        601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618, 619, 620, 623,
        626, 630, 631, 636, 641, 646, 650, 651, 660, 661, 662, 678, 701, 702, 703, 704, 706, 707,
        708, 712, 713, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740, 754, 757,
        760, 763, 765, 770, 772, 773, 774, 775, 781, 785, 786, 801, 802, 803, 804, 805, 806, 808,
        810, 812, 813, 814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847, 850, 856, 857,
        858, 859, 860, 862, 863, 864, 865, 870, 901, 903, 904, 907, 908, 909, 910, 912, 913, 914,
        915, 916, 917, 918, 919, 920, 925, 928, 931, 936, 937, 940, 941, 947, 949, 951, 952, 954,
        956, 970, 971, 972, 973, 978, 979, 980, 985, 989]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
AP_MON = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

DATE_STYLES_FULL = ["mdy", "mdy", "mdy1", "mdy2", "mdy2z", "iso", "long", "abbr", "apstyle", "dmy",
                    "dmylong", "compact", "compact2", "dash", "ymdslash", "wkfull"]
DATE_STYLES_PART = ["md", "mon_d", "mon_ord", "abbr_d", "wk_long", "wk_md", "md0"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, st):
    m, dd, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    return {
        "mdy": "%02d/%02d/%d" % (m, dd, y),
        "mdy1": "%d/%d/%d" % (m, dd, y),
        "mdy2": "%d/%d/%02d" % (m, dd, y % 100),
        "mdy2z": "%02d/%02d/%02d" % (m, dd, y % 100),
        "iso": d.isoformat(),
        "long": "%s %d, %d" % (mon, dd, y),
        "abbr": "%s %d, %d" % (mon[:3], dd, y),
        "apstyle": "%s %d, %d" % (AP_MON[m - 1], dd, y),
        "dmy": "%d %s %d" % (dd, mon[:3], y),
        "dmylong": "%d %s %d" % (dd, mon, y),
        "compact": "%02d%s%d" % (dd, mon[:3].upper(), y),
        "compact2": "%02d-%s-%d" % (dd, mon[:3], y),
        "dash": "%02d-%02d-%d" % (m, dd, y),
        "ymdslash": "%d/%02d/%02d" % (y, m, dd),
        "wkfull": "%s, %s %d, %d" % (WEEKDAYS[d.weekday()], mon, dd, y),
        "md": "%d/%d" % (m, dd),
        "md0": "%02d/%02d" % (m, dd),
        "mon_d": "%s %d" % (mon, dd),
        "mon_ord": "%s %s" % (mon, ordinal(dd)),
        "abbr_d": "%s %d" % (mon[:3], dd),
        "wk_long": "%s, %s %d" % (WEEKDAYS[d.weekday()], mon, dd),
        "wk_md": "%s %d/%d" % (WD3[d.weekday()], m, dd),
    }[st]


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum()))


def years_between(a, b):
    return b.year - a.year - ((b.month, b.day) < (a.month, a.day))


# ----------------------------------------------------------------------------
# Per-note context: patient, people, places, ids, formatting helpers
# ----------------------------------------------------------------------------

REL_SEX = {"wife": "F", "husband": "M", "daughter": "F", "son": "M", "sister": "F",
           "brother": "M", "mother": "F", "father": "M", "niece": "F", "nephew": "M",
           "granddaughter": "F", "grandson": "M", "aunt": "F", "uncle": "M",
           "daughter-in-law": "F", "son-in-law": "M", "stepdaughter": "F", "stepson": "M",
           "grandmother": "F", "grandfather": "M",
           "stepdad": "M", "girlfriend": "F", "boyfriend": "M"}


class Ctx:
    def __init__(self, r, kind="adult", old=0.17):
        self.r = r
        self.d0 = date(2015, 1, 1) + timedelta(days=r.randrange(3650))
        if kind == "child":
            age = r.randint(5, 17)
        elif kind == "worker":
            age = r.randint(19, 66)
        elif kind == "senior":
            age = r.randint(90, 102) if r.random() < 0.3 else r.randint(52, 89)
        elif kind == "elder":
            age = r.randint(90, 103) if r.random() < 0.45 else r.randint(62, 89)
        elif r.random() < old:
            age = r.randint(90, 104)
        else:
            age = r.randint(19, 89)
        self.dob = self.d0 - timedelta(days=int(age * 365.25) + r.randint(1, 360))
        self.age = years_between(self.dob, self.d0)
        self.sex = r.choice("FM")
        self.style_case = None
        self.meds_ok = False
        self.pt = self.person(self.sex)
        cr = r.choice(CITIES)
        self.city, self.state, self.zip3 = cr
        self.hosp = r.choice(HOSPITALS)
        self.used_first = set()
        self.used_last = set()
        self._mark(self.pt)
        if self.sex == "F":
            self.he, self.He, self.his, self.His, self.him = "she", "She", "her", "Her", "her"
        else:
            self.he, self.He, self.his, self.His, self.him = "he", "He", "his", "His", "him"

    # ---- people -----------------------------------------------------------
    def _mark(self, p):
        self.used_first = getattr(self, "used_first", set())
        self.used_last = getattr(self, "used_last", set())
        self.used_first.add(p["first"])
        self.used_last.add(p["last"])

    def person(self, sex=None, last=None, cred=None):
        r = self.r
        sex = sex or r.choice("FM")
        for _ in range(50):
            first = r.choice(FIRST_F if sex == "F" else FIRST_M)
            if first not in getattr(self, "used_first", set()):
                break
        if last is None:
            for _ in range(50):
                last = r.choice(SURNAMES)
                if last not in getattr(self, "used_last", set()):
                    break
        mid = r.choice("ABCDEFGHJKLMNPRSTVW") if r.random() < 0.45 else None
        nick = NICK.get(first) if r.random() < 0.85 else None
        if sex == "F":
            title = r.choice(["Ms.", "Ms.", "Mrs.", "Ms.", "Mrs.", "Miss"]) if r.random() < 0.9 else "Mx."
        else:
            title = "Mr."
        p = {"first": first, "last": last, "mid": mid, "nick": nick, "sex": sex,
             "title": title, "cred": cred}
        if hasattr(self, "used_first"):
            self._mark(p)
        return p

    AGE_SWAP_YOUNG = {"son": "father", "daughter": "mother", "stepson": "father", "stepdaughter": "mother",
                      "son-in-law": "brother", "daughter-in-law": "sister", "grandson": "brother",
                      "granddaughter": "sister"}
    AGE_SWAP_OLD = {"mother": "daughter", "father": "son", "aunt": "niece", "uncle": "nephew",
                    "grandmother": "granddaughter", "grandfather": "grandson", "stepdad": "son"}

    def rel(self, kind, adjust=True):
        """A relative of the patient; relation made plausible for the patient's age."""
        r = self.r
        if adjust:
            if kind in ("grandson", "granddaughter") and self.age < 60:
                kind = self.AGE_SWAP_YOUNG[kind]
            elif kind in self.AGE_SWAP_YOUNG and self.age < 38:
                kind = self.AGE_SWAP_YOUNG[kind]
            elif kind in self.AGE_SWAP_OLD and self.age > 68:
                kind = self.AGE_SWAP_OLD[kind]
        sex = REL_SEX.get(kind, r.choice("FM"))
        same = {"wife": 0.55, "husband": 0.75, "daughter": 0.5, "son": 0.85, "sister": 0.5,
                "brother": 0.85, "mother": 0.5, "father": 0.9, "grandson": 0.6,
                "granddaughter": 0.4}.get(kind, 0.0)
        last = self.pt["last"] if r.random() < same else None
        p = self.person(sex, last)
        p["kind"] = kind
        return p

    def staff(self, cred="MD"):
        return self.person(cred=cred)

    def N(self, p, form="full", cred=False):
        """Name mention -> list of pieces; titles/credentials stay outside the span."""
        f, l = p["first"], p["last"]
        out = []
        if form == "full":
            out = [P(f + " " + l)]
        elif form == "fml":
            out = [P("%s %s. %s" % (f, p["mid"], l) if p["mid"] else f + " " + l)]
        elif form == "lf":
            out = [P(l + ", " + f)]
        elif form == "lfm":
            out = [P("%s, %s %s." % (l, f, p["mid"]) if p["mid"] else l + ", " + f)]
        elif form == "LF":
            out = [P(l.upper() + ", " + f.upper())]
        elif form == "LFF":
            out = [P(l.upper() + ", " + f)]
        elif form == "first":
            out = [P(f)]
        elif form == "last":
            out = [P(l)]
        elif form == "nick":
            out = [P(p["nick"] or f)]
        elif form == "init":
            out = [P(f[0] + ". " + l)]
        elif form == "initdot":
            out = [P(f[0] + "." + l)]
        elif form == "title":
            out = [p["title"] + " ", P(l)]
        elif form == "dr":
            out = ["Dr. ", P(l)]
        elif form == "drfull":
            out = ["Dr. ", P(f + " " + l)]
        elif form == "drinit":
            out = ["Dr. ", P(f[0] + ". " + l)]
        elif form == "fullnick":
            if p["nick"]:
                q = self.r.choice(['"', "'", "("])
                qq = {'"': '"', "'": "'", "(": ")"}[q]
                out = [P(f), " " + q, P(p["nick"]), qq + " ", P(l)]
            else:
                out = [P(f + " " + l)]
        else:
            raise ValueError(form)
        if cred and p.get("cred"):
            out.append(", " + p["cred"])
        return out

    def Nr(self, p, forms, cred=False):
        return self.N(p, self.r.choice(forms), cred)

    # ---- dates ------------------------------------------------------------
    def D(self, d, st=None, part=False):
        if st is None:
            st = self.r.choice(DATE_STYLES_PART if part else DATE_STYLES_FULL)
        return P(fmt_date(d, st), "DATE")

    def dd(self, lo, hi):
        return self.d0 + timedelta(days=self.r.randint(lo, hi))

    def time(self, style=None):
        r = self.r
        h, m = r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 18, 20, 25, 30, 34, 40, 45, 47, 50, 55])
        st = style or r.choice(["24", "24c", "ampm"])
        if st == "24":
            return "%02d%02d" % (h, m)
        if st == "24c":
            return "%02d:%02d" % (h, m)
        return "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")

    # ---- ages -------------------------------------------------------------
    def AGE(self, st=None, age=None):
        a = self.age if age is None else age
        st = st or self.r.choice(["yo", "y/o", "-year-old", " year old", "yo_tight", "sexcode",
                                  "years"])
        suf = {"yo": " yo", "y/o": " y/o", "-year-old": "-year-old", " year old": " year old",
               "yo_tight": "yo", "years": " years old",
               "sexcode": self.sex}.get(st, " yo")
        if a >= 90:
            return [P(str(a), "AGE_90_PLUS"), suf]
        return [K(str(a) + suf)]

    # ---- contact ----------------------------------------------------------
    def phone(self, st=None, ext=None):
        r = self.r
        a = r.choice(AREA)
        e = r.randint(201, 989)
        while e % 100 == 11 or e == 555:
            e = r.randint(201, 989)
        if r.random() < 0.15:
            e = 555
        ln = r.randint(100, 9999)
        st = st or r.choice(["paren", "paren", "dash", "dash", "dot", "plus", "plus2", "plain",
                             "nospace"])
        s = {"paren": "(%d) %d-%04d", "dash": "%d-%d-%04d", "dot": "%d.%d.%04d",
             "plus": "+1 %d %d %04d", "plus2": "+1-%d-%d-%04d", "plain": "%d%d%04d",
             "nospace": "(%d)%d-%04d"}[st] % (a, e, ln)
        if ext or (ext is None and r.random() < 0.12):
            s += r.choice([" ext. ", " x", " ext ", " X", " x."]) + str(r.randint(100, 9999))
        return P(s, "PHONE_NUMBER")

    def pager(self):
        r = self.r
        return P(r.choice(["%d" % r.randint(1000, 9999), "%d-%04d" % (r.randint(2, 9), r.randint(0, 9999)),
                           "#%d" % r.randint(10000, 99999)]), "PHONE_NUMBER")

    def email(self, p=None, domain=None):
        r = self.r
        p = p or self.pt
        f, l = ascii_fold(p["first"]).lower(), ascii_fold(p["last"]).lower()
        dom = domain or r.choice(DOMAINS)
        st = r.randint(0, 5)
        user = [f + "." + l, f[0] + l, f + l[0] + str(r.randint(1, 99)), l + f[:2] + str(r.randint(60, 99)),
                f + "_" + l, r.choice(["sunflower", "bigred", "mamabear", "tigerfan", "kdog", "oldsalt",
                                       "lakegirl", "gearhead", "nanaof5", "blessed"]) + str(r.randint(1, 999))][st]
        return P(user + "@" + dom, "EMAIL_ADDRESS")

    def hdomain(self, fac=None):
        fac = fac or self.hosp
        w = [x for x in re.split(r"[^A-Za-z]+", ascii_fold_keep_space(fac)) if x and x.lower() not in
             ("st", "of", "the", "hospital", "medical", "center", "general", "regional")]
        base = "".join(w[:2]).lower() or "hospital"
        return base + self.r.choice(["health.org", ".org", "med.org", "hc.org", "health.com"])

    def staff_email(self, p, fac=None):
        f, l = ascii_fold(p["first"]).lower(), ascii_fold(p["last"]).lower()
        user = self.r.choice([f[0] + l, f + "." + l, l + "." + f[0], f + l[0]])
        return P(user + "@" + self.hdomain(fac), "EMAIL_ADDRESS")

    def ip(self):
        r = self.r
        return P(r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                           "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                           "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                           "%d.%d.%d.%d" % (r.choice([24, 50, 67, 68, 71, 73, 76, 98, 99, 108, 174]),
                                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))]),
                 "IP_ADDRESS")

    # ---- places -----------------------------------------------------------
    def street(self, allow_po=True):
        r = self.r
        x = r.random()
        if allow_po and x < 0.08:
            return P(r.choice(["PO Box %d", "P.O. Box %d", "POB %d"]) % r.randint(12, 9999), "STREET_ADDRESS")
        if allow_po and x < 0.14:
            return P(r.choice(["RR %d Box %d", "Rural Route %d, Box %d", "HC %d Box %d"]) %
                     (r.randint(1, 9), r.randint(10, 2999)), "STREET_ADDRESS")
        s = "%d %s %s" % (r.randint(2, 19999), r.choice(STREETS), r.choice(SUFFIX))
        if r.random() < 0.15:
            s = "%d %s %s %s" % (r.randint(100, 9999), r.choice(["N", "S", "E", "W", "NE", "SW"]),
                                 r.choice(STREETS), r.choice(SUFFIX))
        if r.random() < 0.35:
            s += r.choice([", Apt %d%s" % (r.randint(1, 30), r.choice(["", "A", "B", "C", "F"])),
                           " #%d" % r.randint(1, 420), ", Unit %d" % r.randint(100, 999),
                           " Apt. %d" % r.randint(1, 40), ", Lot %d" % r.randint(1, 90),
                           " Trlr %d" % r.randint(1, 60)])
        return P(s, "STREET_ADDRESS")

    def zipc(self):
        r = self.r
        z = self.zip3 + "%02d" % r.randint(1, 99)
        if r.random() < 0.2:
            z += "-%04d" % r.randint(1, 9999)
        return P(z, "ZIP_CODE")

    def cityP(self):
        return P(self.city, "LOCATION")

    def addr(self, oneline=None, allow_po=True):
        r = self.r
        oneline = r.random() < 0.6 if oneline is None else oneline
        st = self.street(allow_po)
        sep = ", " if oneline else "\n"
        tail = r.choice([", %s " % self.state, " %s " % self.state, ", %s  " % self.state])
        return [st, sep, self.cityP(), tail, self.zipc()]

    def fac(self, lst):
        return P(self.r.choice(lst), "FACILITY")

    # ---- identifiers -------------------------------------------------------
    def mrn(self):
        r = self.r
        s = r.choice([lambda: "%08d" % r.randint(0, 99999999), lambda: "E%07d" % r.randint(10**6, 10**7 - 1),
                      lambda: "%03d-%02d-%02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99)),
                      lambda: "MR%06d" % r.randint(0, 999999), lambda: "%07d" % r.randint(10**6, 10**7 - 1),
                      lambda: "%02d-%06d" % (r.randint(10, 99), r.randint(0, 999999)),
                      lambda: "M%08d" % r.randint(10**7, 10**8 - 1),
                      lambda: "%d" % r.randint(100000, 999999)])()
        return P(s, "MEDICAL_RECORD_NUMBER")

    def mrn_label(self):
        return self.r.choice(["MRN: ", "MRN ", "MR#: ", "MR # ", "Med Rec #: ", "Hosp No. ", "Unit #: ",
                              "Medical Record: ", "MRN#", "EMPI "])

    def acct(self):
        r = self.r
        s = r.choice([lambda: "%d" % r.randint(10**9, 10**10 - 1),
                      lambda: "%07d-%02d" % (r.randint(0, 9999999), r.randint(0, 99)),
                      lambda: "V%08d" % r.randint(0, 99999999),
                      lambda: "%02d-%06d" % (r.randint(15, 24), r.randint(0, 999999)),
                      lambda: "A%09d" % r.randint(0, 999999999),
                      lambda: "%d" % r.randint(10**11, 10**12 - 1)])()
        return P(s, "ACCOUNT_NUMBER")

    def idn(self, prefix=None, digits=6):
        r = self.r
        s = (prefix or "") + "%0*d" % (digits, r.randint(0, 10**digits - 1))
        return P(s, "ID_NUMBER")

    def accession(self, pre):
        r = self.r
        y = self.d0.year % 100
        s = r.choice(["%s%02d-%05d", "%s-%02d-%05d", "%s%02d%06d"]) % (pre, y, r.randint(1, 99999))
        return P(s, "ID_NUMBER")

    def plan(self):
        r = self.r
        L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        s = r.choice([
            lambda: "".join(r.choice(L) for _ in range(3)) + "%09d" % r.randint(0, 10**9 - 1),
            lambda: "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice(L), r.choice(L), r.randint(0, 9),
                                                  r.choice(L), r.choice(L), r.randint(0, 9), r.choice(L),
                                                  r.choice(L), r.randint(0, 9), r.randint(0, 9)),
            lambda: "%08d%s" % (r.randint(0, 10**8 - 1), r.choice(L)),
            lambda: "W%09d" % r.randint(0, 10**9 - 1),
            lambda: "%04d-%05d-%02d" % (r.randint(0, 9999), r.randint(0, 99999), r.randint(0, 99)),
            lambda: "U%d" % r.randint(10**9, 10**10 - 1),
            lambda: "ZGP%d" % r.randint(10**7, 10**8 - 1)])()
        return P(s, "HEALTH_PLAN_NUMBER")

    def group(self):
        r = self.r
        return P(r.choice(["%05d" % r.randint(0, 99999), "GRP-%06d" % r.randint(0, 999999),
                           "%d-%03d" % (r.randint(100, 9999), r.randint(0, 999))]), "HEALTH_PLAN_NUMBER")

    def ssn(self, st=None):
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        st = st or r.choice(["dash", "dash", "space", "plain"])
        return P({"dash": "%03d-%02d-%04d", "space": "%03d %02d %04d", "plain": "%03d%02d%04d"}[st] % (a, g, s),
                 "US_SSN")

    def ssn4(self):
        return P("%04d" % self.r.randint(1, 9999), "US_SSN")

    def dl(self):
        r = self.r
        L = "ABCDEFGHJKLMNPRSTWY"
        s = r.choice([lambda: "%s%03d-%04d-%04d" % (r.choice(L), r.randint(0, 999), r.randint(0, 9999), r.randint(0, 9999)),
                      lambda: "%s%07d" % (r.choice(L), r.randint(0, 9999999)),
                      lambda: "%03d %03d %03d" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999)),
                      lambda: "%s%02d-%03d-%03d" % (r.choice(L), r.randint(0, 99), r.randint(0, 999), r.randint(0, 999)),
                      lambda: "%09d" % r.randint(0, 999999999)])()
        return P(s, "LICENSE_NUMBER")

    def dea(self, p):
        r = self.r
        l1 = r.choice("ABFM")
        l2 = ascii_fold(p["last"])[0].upper()
        d = [r.randint(0, 9) for _ in range(6)]
        chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
        return P(l1 + l2 + "".join(map(str, d)) + str(chk), "LICENSE_NUMBER")

    def npi(self):
        r = self.r
        base = [r.choice([1, 2])] + [r.randint(0, 9) for _ in range(8)]
        digits = [8, 0, 8, 4, 0] + base
        tot = 0
        for i, dgt in enumerate(reversed(digits)):
            if i % 2 == 0:
                dgt *= 2
                if dgt > 9:
                    dgt -= 9
            tot += dgt
        chk = (10 - tot % 10) % 10
        return P("".join(map(str, base)) + str(chk), "ID_NUMBER")

    def lic(self, pre=""):
        r = self.r
        return P(pre + r.choice(["%07d" % r.randint(0, 9999999), "RN%06d" % r.randint(0, 999999),
                                 "%d-%05d" % (r.randint(10, 99), r.randint(0, 99999))]), "LICENSE_NUMBER")

    def serial(self):
        r = self.r
        A = "ABCDEFGHJKLMNPRSTUVWXYZ"
        s = r.choice([lambda: "".join(r.choice(A) for _ in range(3)) + "%06d" % r.randint(0, 999999) + r.choice(A),
                      lambda: "%08d" % r.randint(0, 99999999),
                      lambda: "%s%s-%06d-%s" % (r.choice(A), r.choice(A), r.randint(0, 999999), r.choice(A)),
                      lambda: "%d%s%05d" % (r.randint(10, 99), r.choice(A), r.randint(0, 99999)),
                      lambda: "SRN%011d" % r.randint(0, 10**11 - 1)])()
        return P(s, "DEVICE_ID")

    def plate(self):
        r = self.r
        A = "ABCDEFGHJKLMNPRSTVWXYZ"
        s = r.choice([lambda: "%d%s%03d" % (r.randint(1, 9), "".join(r.choice(A) for _ in range(3)), r.randint(0, 999)),
                      lambda: "%s-%04d" % ("".join(r.choice(A) for _ in range(3)), r.randint(0, 9999)),
                      lambda: "%d%s %03d" % (r.randint(1, 9), "".join(r.choice(A) for _ in range(3)), r.randint(0, 999)),
                      lambda: "%s %04d" % ("".join(r.choice(A) for _ in range(3)), r.randint(0, 9999))])()
        return P(s, "VEHICLE_ID")

    def vin(self):
        r = self.r
        A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return P("".join(r.choice(A) for _ in range(17)), "VEHICLE_ID")

    # ---- clinical keep helpers ---------------------------------------------
    def vit(self):
        r = self.r
        sbp = r.randint(92, 178)
        return {
            "bp": K(r.choice(["BP %d/%d", "BP: %d/%d", "%d/%d"]) % (sbp, r.randint(48, 102))),
            "hr": K(r.choice(["HR %d", "P %d", "HR: %d", "pulse %d"]) % r.randint(52, 128)),
            "rr": K(r.choice(["RR %d", "R %d", "RR: %d"]) % r.randint(12, 30)),
            "t": K(r.choice(["T %.1f", "Temp %.1f C", "T %.1f°C"]) % (r.randint(360, 391) / 10.0)),
            "spo2": K(r.choice(["SpO2 %d%% RA", "O2 sat %d%%", "SpO2 %d%% on 2L NC", "sat %d%%"]) % r.randint(86, 100)),
        }


    # ---- wrappers shared by all styles: print banner, med list, addendum, cc ----
    def note(self, v, case=None):
        r = self.r
        b = Note(case=case)
        self.style_case = case
        x = r.random()
        if x < 0.08:
            b.f("{B1} | {mrn} | DOB {dob} | {age} {sx}\n" + "-" * r.randint(40, 64) + "\n",
                B1=self.N(self.pt, "LF"), sx=self.sex, **{k: v[k] for k in ("mrn", "dob", "age")})
        elif x < 0.15:
            b.f("{hosp} * {dept} * {haddr} * {hph}\n\n", hosp=v["hosp"],
                dept=r.choice(["Dept. of Medicine", "Inpatient Services", "Ambulatory Care", "Health Information Management"]),
                haddr=self.addr(oneline=True, allow_po=False), hph=self.phone())
        elif x < 0.21:
            b.f("** CONFIDENTIAL ** Pt: {B1}  {mrnl}{mrn}  Enc {enc}  Printed {pd} {pt_} by {pu}\n\n",
                B1=self.Nr(self.pt, ["LFF", "full", "lf"]), mrnl=v["mrnl"], mrn=v["mrn"], enc=self.acct(),
                pd=self.D(self.d0 + timedelta(days=r.randint(0, 30)), r.choice(["mdy", "mdy1", "iso"])),
                pt_=self.time("24c"), pu=self.N(self.staff("HIM"), r.choice(["full", "lf", "init"])))
        return b

    MEDS = [("metoprolol succinate", "25 mg daily"), ("lisinopril", "10 mg daily"), ("atorvastatin", "40 mg qHS"),
            ("Eliquis", "5 mg BID"), ("Lasix", "40 mg daily"), ("Synthroid", "88 mcg daily"), ("metformin", "500 mg BID"),
            ("Lantus", "22 units qHS"), ("Humalog", "per sliding scale"), ("Plavix", "75 mg daily"),
            ("Keppra", "500 mg BID"), ("sertraline", "50 mg daily"), ("Seroquel", "25 mg qHS"), ("tamsulosin", "0.4 mg qHS"),
            ("Protonix", "40 mg daily"), ("Coumadin", "5 mg M/W/F, 2.5 mg other days"), ("gabapentin", "300 mg TID"),
            ("Spiriva", "18 mcg inhaled daily"), ("Symbicort", "160/4.5 2 puffs BID"), ("albuterol", "2 puffs q4h prn"),
            ("Xarelto", "20 mg with supper"), ("Entresto", "24/26 mg BID"), ("Jardiance", "10 mg daily"),
            ("Trulicity", "1.5 mg weekly"), ("donepezil", "10 mg qHS"), ("Sinemet", "25/100 1 tab TID"),
            ("prednisone", "5 mg daily"), ("allopurinol", "100 mg daily"), ("vitamin D3", "2000 IU daily"),
            ("Ativan", "0.5 mg q8h prn"), ("Tylenol", "650 mg q6h prn"), ("senna", "8.6 mg 2 tabs qHS"),
            ("MiraLAX", "17 g daily"), ("Zofran", "4 mg q8h prn"), ("Norco", "5/325 1 tab q6h prn"),
            ("Aldactone", "25 mg daily"), ("Imdur", "30 mg daily"), ("Bumex", "1 mg BID"), ("Zyprexa", "2.5 mg qHS"),
            ("Fosamax", "70 mg weekly"), ("Flomax", "0.4 mg daily"), ("Ozempic", "0.5 mg weekly"),
            ("Depakote", "500 mg BID"), ("hydroxychloroquine", "200 mg BID"), ("Bactrim", "1 DS tab M/W/F")]

    def medlist(self):
        r = self.r
        meds = r.sample(self.MEDS, r.randint(3, 7))
        st = r.randint(0, 2)
        out = [r.choice(["Current medications:", "ACTIVE MEDS (MAR):", "Home meds:", "Meds:"])]
        for i, (d, dose) in enumerate(meds):
            if st == 0:
                out += ["\n%d. " % (i + 1), K(d + " " + dose)]
            elif st == 1:
                out += ["\n - ", K(d), " ", K(dose)]
            else:
                out += [(" " if i == 0 else "; "), K(d + " " + dose)]
        out.append("\n")
        return out

    def finish(self, b, v):
        r = self.r
        case = self.style_case
        if getattr(self, "meds_ok", False) and r.random() < 0.3:
            b.add("\n", case=case)
            b.add(self.medlist(), case=case)
        x = r.random()
        if x < 0.1:
            self.addendum(b, v, case)
            self.cclist(b, v, case)
        elif x < 0.38:
            self.addendum(b, v, case)
        elif x < 0.55:
            self.cclist(b, v, case)
        return b

    def addendum(self, b, v, case):
        r = self.r
        rl = self.rel(r.choice(["daughter", "son", "wife", "husband", "sister", "niece", "grandson", "friend", "neighbor"]))
        if self.age < 60:
            oth = self.rel(r.choice(["mother", "father", "aunt", "uncle"]), adjust=False)
            oage = r.choice([r.randint(90, 101), r.randint(90, 99), r.randint(70, 89)])
        else:
            oth = self.rel(r.choice(["sister", "brother", "husband", "wife", "cousin"]), adjust=False)
            oage = max(19, self.age + r.randint(-6, 6))
        st = self.staff(r.choice(["RN", "MSW", "CM"]))
        dr = self.staff("MD")
        rshe = "she" if rl["sex"] == "F" else "he"
        rhis = "her" if rl["sex"] == "F" else "his"
        w = {"rf": self.N(rl, r.choice(["first", "first", "nick"])), "rfull": self.N(rl, "full"), "rk": rl["kind"],
             "rph": self.phone(), "rshe": rshe, "rhis": rhis, "remp": self.fac(EMPLOYERS),
             "ofac": self.fac(HOSPITALS + NURSING), "ofax": self.phone(), "ostaff": self.N(self.staff("HIM"), "full"),
             "sf": self.N(st, "first"), "of": self.N(oth, "first"), "ofull": self.N(oth, r.choice(["full", "fml"])),
             "ok": oth["kind"], "oage": self.AGE(r.choice(["-year-old", " yo"]), oage),
             "dr": self.Nr(dr, ["dr", "drfull", "drinit"]), "addr": self.addr(oneline=True),
             "ad": self.D(self.d0 + timedelta(days=r.randint(0, 2)), r.choice(DATE_STYLES_FULL + DATE_STYLES_PART)),
             "at": self.time(), "au": self.N(self.staff("RN"), r.choice(["full", "init", "first"]))}
        lines = [
            "Spoke with {rf} at bedside; {rshe} will bring the home meds tomorrow.",
            "{rf} called back from work ({remp}) and asked that updates go to {rhis} cell, {rph}.",
            "Left VM for {rk} {rfull} at {rph} re: above.",
            "Records requested from {ofac}; fax {ofax}, attn {ostaff}.",
            "{sf} from case management aware; will follow up re: transportation.",
            "Per {rf}, pt's {ok} {ofull} ({oage}) lives with them and also needs help at home.",
            "Discussed with {dr} by phone; agrees with plan.",
            "Pt requests that {rfull} ({rk}) be listed as emergency contact; address {addr}.",
            "{rf} and {of} visited this evening, questions answered. BP rose to [[168/94]] during the visit, rechecked [[142/80]].",
            "Family hopes to have pt closer to home; {rf} asked about {ofac}.",
        ]
        pick_ = r.sample(lines, r.randint(1, 3))
        head = r.choice(["\nADDENDUM {ad} {at} ({au}): ", "\nAddendum - {ad}: ", "\nLate entry ({ad} {at}): ",
                         "\n** addendum ** ", "\n"])
        b.f(head + " ".join(pick_) + "\n", case=case, **w)

    def cclist(self, b, v, case):
        r = self.r
        items = []
        for _ in range(r.randint(1, 3)):
            s = self.staff(r.choice(["MD", "MD", "NP", "DO"]))
            form = r.choice(["drfull", "dr", "drinit", "fml", "full"])
            if form.startswith("dr") and s["cred"] not in ("MD", "DO"):
                form = "fml"
            items.append([self.N(s, form), (", " + s["cred"]) if (r.random() < 0.4 or not form.startswith("dr")) else "",
                          " (", self.fac(CLINICS + HOSPITALS), ")" if r.random() < 0.5 else [", fax ", self.phone(), ")"]])
        if r.random() < 0.5:
            out = ["\ncc: "]
            for i, it in enumerate(items):
                out += (["; "] if i else []) + [it]
        else:
            out = ["\nCopies to:"]
            for it in items:
                out += ["\n  - ", it]
        out.append("\n")
        b.add(out, case=case)


    ROS = ["Constitutional: no fevers, chills or night sweats; appetite fair.", "Eyes: no vision change.",
           "ENT: no sore throat, no epistaxis.", "CV: no chest pain, palpitations, orthopnea or PND.",
           "Resp: no cough or hemoptysis.", "GI: no nausea/vomiting, no melena, no frank blood per rectum.",
           "GU: no dysuria or hematuria.", "MSK: no new joint swelling.", "Skin: no rash.",
           "Neuro: no focal weakness or numbness.", "Psych: mood \"okay,\" sleeping poorly.",
           "Heme: no easy bruising.", "Endo: no polyuria/polydipsia."]
    EPONYM_EXAM = ["[[Murphy sign]] negative", "[[McBurney point]] nontender", "[[Rovsing sign]] negative",
                   "[[Homans sign]] negative", "[[Babinski]] downgoing bilaterally", "[[Romberg]] negative",
                   "[[Kernig]] and [[Brudzinski]] signs negative", "[[Tinel sign]] positive at the L wrist",
                   "[[Phalen test]] positive", "[[Spurling test]] negative", "[[Lachman]] stable",
                   "[[McMurray test]] negative", "mild [[Trendelenburg gait]]", "no [[Kussmaul respirations]]",
                   "[[Chvostek sign]] absent", "[[Trousseau sign]] absent", "no [[Cullen sign]] or [[Grey Turner sign]]",
                   "[[Virchow node]] not palpable", "no [[Osler nodes]] or [[Janeway lesions]]",
                   "[[Hoffmann sign]] negative", "[[Dix-Hallpike]] negative", "[[Weber]] midline, [[Rinne]] AC>BC",
                   "[[Finkelstein test]] negative", "[[Thompson test]] negative", "[[Hawkins]] and [[Neer]] signs positive R shoulder",
                   "[[Kussmaul sign]] absent", "[[Stemmer sign]] negative", "[[Nikolsky sign]] negative",
                   "[[Levine sign]] noted when describing pain", "[[Beck triad]] absent", "[[Heberden nodes]] both hands",
                   "[[Bouchard nodes]] present", "[[Dupuytren contracture]] R 4th digit", "[[Bell's palsy]]-type droop absent",
                   "[[Argyll Robertson pupils]] absent", "[[Horner syndrome]] absent", "no [[Janeway lesions]]"]

    def ros(self):
        r = self.r
        return "ROS: " + " ".join(r.sample(self.ROS, r.randint(4, 9))) + "\n"

    def exam(self):
        r = self.r
        gen = r.choice(["Gen: NAD, conversant.", "General: elderly, frail, in no distress.", "Gen: uncomfortable, diaphoretic.",
                        "GEN: A&Ox3, pleasant."])
        parts = r.sample(self.EPONYM_EXAM, r.randint(2, 4))
        mid = r.sample(["Lungs: scattered rhonchi.", "CV: RRR, [[II/VI]] systolic murmur at RUSB.", "Abd: soft, mild RUQ tenderness.",
                        "Ext: 1+ pitting edema to mid-shin.", "Skin: warm, dry.", "Neuro: CN II-XII grossly intact."], r.randint(1, 3))
        return "Exam: " + gen + " " + " ".join(mid) + " " + "; ".join(parts) + ".\n"

    def base(self):
        """Common placeholders (formatting chosen once per note)."""
        r = self.r
        v = {
            "PT": self.Nr(self.pt, ["full", "fml", "LF", "lf", "lfm", "LFF"]),
            "pt": self.N(self.pt, "full"),
            "ptf": self.N(self.pt, "first"),
            "ptl": self.N(self.pt, "title"),
            "ptL": self.N(self.pt, "last"),
            "ptn": self.N(self.pt, "nick"),
            "dob": self.D(self.dob),
            "mrnl": self.mrn_label(),
            "mrn": self.mrn(),
            "age": self.AGE(),
            "d0": self.D(self.d0),
            "hosp": P(self.hosp, "FACILITY"),
            "city": self.cityP(),
            "ST": self.state,
            "he": self.he, "He": self.He, "his": self.his, "His": self.His, "him": self.him,
            "sexw": r.choice(["male", "man", "M"]) if self.sex == "M" else r.choice(["female", "woman", "F"]),
            "t1": self.time(), "t2": self.time(), "t3": self.time(),
        }
        v.update(self.vit())
        return v


def ascii_fold_keep_space(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii())


def pick(r, lst, k):
    return r.sample(lst, k)


# ----------------------------------------------------------------------------
# Templates (note styles).  Each returns a Note.
# ----------------------------------------------------------------------------

ONC_DX = [
    ("classic Hodgkin lymphoma, nodular sclerosis, stage IIA", "ABVD", "6 cycles",
     ["doxorubicin", "bleomycin", "vinblastine", "dacarbazine"], "involved-site RT 30 Gy"),
    ("diffuse large B-cell lymphoma, stage IIIA", "R-CHOP", "6 cycles",
     ["rituximab", "cyclophosphamide", "vincristine", "prednisone"], None),
    ("left breast invasive ductal carcinoma, ER+/PR+/HER2-, pT2N1a", "dose-dense AC-T", "8 cycles",
     ["doxorubicin", "cyclophosphamide", "paclitaxel"], "whole-breast RT 50 Gy in 25 fractions"),
    ("stage IIIB adenocarcinoma of the sigmoid colon", "FOLFOX", "12 cycles",
     ["oxaliplatin", "leucovorin", "5-fluorouracil"], None),
    ("stage III melanoma, Breslow depth 3.1 mm", "adjuvant pembrolizumab", "17 cycles",
     ["Keytruda"], None),
    ("Waldenström macroglobulinemia", "bendamustine-rituximab", "6 cycles",
     ["Bendeka", "rituximab"], None),
    ("limited-stage small cell lung cancer", "cisplatin/etoposide", "4 cycles",
     ["cisplatin", "etoposide"], "concurrent thoracic RT 45 Gy BID"),
    ("Burkitt lymphoma", "DA-EPOCH-R", "6 cycles",
     ["etoposide", "vincristine", "doxorubicin", "rituximab"], None),
    ("HER2+ gastric adenocarcinoma", "FLOT", "8 cycles", ["docetaxel", "oxaliplatin", "trastuzumab"], None),
]
TOX = ["[[grade 2 peripheral neuropathy]]", "grade 1 fatigue", "hand-foot syndrome",
       "[[bleomycin lung toxicity]] (DLCO [[62%]])", "grade 3 neutropenia", "mucositis",
       "[[immune-mediated hypothyroidism]] on [[levothyroxine 50 mcg]]", "alopecia",
       "cold-induced dysesthesia", "steroid-induced hyperglycemia"]


def t_oncology(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    onc, nav, pcp = c.staff("MD"), c.staff("RN"), c.staff("MD")
    np_ = c.staff(r.choice(["NP", "PA-C"]))
    dx, reg, cyc, agents, rt = r.choice(ONC_DX)
    dxd = c.dd(-330, -250)
    st = dxd + timedelta(days=r.randint(14, 35))
    en = st + timedelta(days=r.randint(84, 170))
    sp = c.rel(r.choice(["husband", "wife", "daughter", "son", "sister", "partner"]))
    ag = []
    for i, a in enumerate(agents):
        ag += ([", "] if i else []) + [K(a)]
    fn = st + timedelta(days=r.randint(10, 60))
    v.update(onc=c.Nr(onc, ["drfull", "full"]), nav=c.N(nav, "full"), onc2=c.N(onc, "dr"),
             pcp=c.Nr(pcp, ["drfull", "drinit", "fml"]), pcpclin=c.fac(CLINICS), dxd=c.D(dxd),
             st=c.D(st), en=c.D(en), acc=c.accession(r.choice(["S", "SP", "HP"])), dx=K(dx), reg=K(reg),
             cyc=K(cyc), ag=ag, tox1=r.choice(TOX), fnd=c.D(fn, "md"), fnd2=c.D(fn + timedelta(days=r.randint(2, 5)), "md"),
             spf=c.N(sp, "first"), spk=sp["kind"], spf2=c.N(sp, r.choice(["first", "nick"])),
             emp=c.fac(EMPLOYERS), rtw=c.D(c.dd(-40, -5), part=True), fu1=c.D(c.dd(60, 120)),
             np=c.N(np_, "full", cred=True), fu2=c.D(c.dd(80, 100)), echod=c.D(c.dd(-200, -20)),
             phone=c.phone(), serial=c.serial(), portd=c.D(st - timedelta(days=r.randint(2, 9)), part=True),
             ir=c.Nr(c.staff("MD"), ["drfull", "dr", "drinit"]),
             ecog=K("ECOG %d" % r.randint(0, 2)), kps=K("KPS %d%%" % r.choice([70, 80, 90])),
             radfac=P(r.choice(["%s Radiation Oncology", "%s Cancer Institute"]) %
                      r.choice(["Riverbend", "Lakeshore", "Pinecrest", "Three Rivers", "Harborside"]), "FACILITY"))
    b.f(r.choice(["ONCOLOGY TREATMENT SUMMARY", "Treatment Summary and Survivorship Care Plan",
                  "HEMATOLOGY/ONCOLOGY - END OF TREATMENT SUMMARY"]) + "\n", **v)
    if r.random() < 0.5:
        b.f("Patient: {PT}    DOB: {dob}    {mrnl}{mrn}\nDate: {d0}\nOncologist: {onc}" +
            ("    Nurse navigator: {nav}, RN" if r.random() < 0.5 else "") + "\nPCP: {pcp}" +
            (", {pcpclin}" if r.random() < 0.5 else "") + "\n\n", **v)
    else:
        b.f("{PT} | {mrnl}{mrn} | DOB {dob} | prepared {d0}\nTreating physician {onc}; copy to {pcp} ({pcpclin}).\n\n", **v)
    b.f("DIAGNOSIS: {dx}, diagnosed {dxd} " + ("(core biopsy, accession {acc}, read at {hosp})" if r.random() < 0.5 else
                                                 "(core biopsy at {hosp})") + ". Baseline {ecog}, {kps}.\n", **v)
    b.f("TREATMENT: {reg} x {cyc}, first dose {st}, last dose {en}. Agents: {ag}.\n", **v)
    if rt:
        b.f("Radiation: [[%s]] completed at {radfac}.\n" % rt, **v)
    b.f("Supportive care: [[pegfilgrastim (Neulasta)]] day 2 of each cycle; [[ondansetron 8 mg]] PO q8h prn; "
        "[[olanzapine 5 mg]] qHS x[[4 days]]." + (" Port ([[PowerPort]] 8 Fr, serial {serial}) placed {portd} by {ir}." if r.random() < 0.5
                                                  else " Peripheral access only.") + "\n", **v)
    if r.random() < 0.5:
        b.f("Toxicities: " + v["tox1"] + "; admitted {fnd}-{fnd2} for febrile neutropenia (ANC 0.2), "
            "treated with [[cefepime]].\n\n", **v)
    else:
        b.f("Toxicities: " + v["tox1"] + ", " + r.choice(TOX) + ". No dose reductions after cycle 3.\n\n", **v)
    b.f(r.choice(["{ptf} tolerated therapy better than expected. ", "Overall {ptf} did well. "]) +
        "{spf} ({spk}) came to nearly every infusion and keeps the calendar at home; {ptn} says {spf2} \"runs the show.\" "
        + ("{He} returned to work at {emp} on {rtw}.\n\n" if r.random() < 0.5 else "{He} has not yet returned to work.\n\n"), **v)
    if r.random() < 0.45:
        b.f("SURVIVORSHIP: discussed fatigue and \"chemo brain,\" return to exercise ([[150 min/week]]), bone health, "
            "vaccines (no live vaccines for [[6 months]]), sexual health and fertility. Screened "
            "[[PHQ-9 score 6]], [[GAD-7 score 4]]; declines counseling for now but has the cancer support group flyer. "
            "Smoking: never. Alcohol: rare.\n", **v)
    b.f("FOLLOW-UP: CT chest/abdomen/pelvis every [[6 months]] x [[2 years]]; next scan {fu1}. Survivorship visit with "
        "{np} on {fu2}. Late effects: cardiomyopathy risk (echo {echod}: [[LVEF 58%]]), secondary AML, "
        "infertility. Fever >=[[100.4 F]] -> call infusion center {phone}.\n", **v)
    b.f(r.choice(["-- {onc2}\n", "Electronically signed by {onc} on {d0}\n"]), **v)
    return c.finish(b, v)


def t_dialysis(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    neph, rn, pct, sw = c.staff("MD"), c.staff("RN"), c.staff("PCT"), c.staff("MSW")
    rl = c.rel(r.choice(["daughter", "son", "wife", "husband", "niece", "grandson"]))
    ew = r.randint(55, 110) + r.randint(0, 9) / 10.0
    pre = ew + r.randint(8, 35) / 10.0
    post = pre - r.randint(15, 33) / 10.0
    v.update(fac=c.fac(DIALYSIS), neph=c.Nr(neph, ["dr", "drfull"]), rn=c.N(rn, "full"),
             rnI=c.N(rn, r.choice(["init", "full"])), pct=c.N(pct, "first"), pct2=c.N(pct, "first"),
             sw=c.N(sw, "first"), rf=c.N(rl, "first"), rk=rl["kind"], rphone=c.phone(),
             nd=c.D(c.dd(2, 3), part=True), serial=c.serial(), addr=c.addr(oneline=True, allow_po=False),
             labd=c.D(c.dd(-9, -1), part=True), chair=str(r.randint(1, 24)), txn=str(r.randint(40, 900)),
             pre=K("%.1f kg" % pre), edw=K("%.1f kg" % ew), post=K("%.1f kg" % post),
             uf=K("%.1f L" % (pre - ew)), bp2=K("BP %d/%d" % (r.randint(96, 150), r.randint(50, 88))),
             trans=r.choice(["the county van", "MedRide", "her usual cab", "Access-A-Ride", "the church shuttle"]),
             access=K(r.choice(["L forearm AVF", "R upper arm AVG", "R IJ tunneled HD catheter (Permcath)",
                                "L brachiocephalic AVF"])))
    b.f("{fac} - HEMODIALYSIS TREATMENT RECORD\n", **v)
    shift = ["Shift 2 (MWF)", "Shift 1 (TTS)", "Shift 3 (MWF)", "Shift 2 (TTS)", "Shift 1 (MWF)", "Shift 3 (TTS)",
             "make-up tx"][c.d0.weekday()]
    b.f("Pt: {PT}   {mrnl}{mrn}   Chair {chair}   Tx #{txn}\nTx date: {d0}   " + shift + "\n"
        "Nephrologist: {neph}   Charge RN: {rn}   PCT: {pct}\n\n", **v)
    b.f("ACCESS: {access}; +thrill/+bruit. Cannulated w/ 15g needles x2 by {pct2}.\n"
        "Machine [[Fresenius 2008T]] s/n {serial}   Dialyzer [[Optiflux F180NR]]   Bath [[2K/2.5Ca]]\n"
        "BFR 400  DFR 600  Heparin 1,000 units bolus then 500 units/hr\n\n", **v)
    b.f("PRE:  Wt {pre}  {bp}  {hr}  {t}   EDW {edw}   UF goal {uf}\n", **v)
    h0, m0 = r.randint(5, 15), r.choice([0, 15, 30, 45])
    v["t1"] = "%02d:%02d" % (h0 + 1, m0)
    v["t2"] = "%02d:%02d" % (h0 + 2, (m0 + 40) % 60)
    b.f("INTRA: {t1} [[BP 128/66]] stable.  {t2} c/o cramping L calf - UF off x[[10 min]], [[NS 200 mL]] bolus, resolved.\n"
        "POST: Wt {post}  {bp2}   hemostasis 8 min both sites\n", **v)
    b.f("MEDS GIVEN: [[Venofer 100 mg IV]], [[Mircera 75 mcg IV]], [[calcitriol 1 mcg IV]]\n"
        "MONTHLY LABS ({labd}): [[K 5.6]]  [[Phos 6.8]]  [[Hgb 9.9]]  Alb 3.7  [[Kt/V 1.38]]  URR 72%\n\n", **v)
    if r.random() < 0.5:
        b.f("notes: pt says {rk} {rf} will drive {him} on {nd} instead of {trans}. new pick-up address {addr}. "
            "{rf} cell {rphone}. also asking again re: transplant referral to {hosp} - {sw} (SW) aware.\n", case=r.choice(["lower", "lower", "upper"]), **v)
    else:
        b.f("Notes: {rf} ({rk}) will be driving pt {nd} instead of {trans}; pick-up now from {addr}. "
            "Best # for {rf}: {rphone}. Pt again asking about transplant referral to {hosp}; {sw} from social work aware.\n", **v)
    if r.random() < 0.4:
        b.f("EDUCATION: reviewed fluid restriction ([[1 L/day]]), low-potassium choices (pt loves bananas and tomato soup), "
            "and taking [[sevelamer]] with meals not after. Pt teach-back adequate. Fistula arm: no BP, no blood draws.\n", **v)
    b.f("RN: {rnI}, RN    Reviewed: {neph}\n", **v)
    return c.finish(b, v)


def t_transplant(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    organ = r.choice(["Kidney", "Liver"])
    sur, hep, ref = c.staff("MD"), c.staff("MD"), c.staff("MD")
    cg = c.rel(r.choice(["wife", "husband", "partner", "daughter"]))
    cg2 = c.rel(r.choice(["sister", "brother", "son", "niece", "friend"]))
    don = c.rel(r.choice(["brother", "sister", "son", "daughter", "friend", "cousin"]))
    if don["kind"] in ("son", "daughter"):
        if c.age < 42:
            don["kind"] = "cousin"
            ddob = c.dob + timedelta(days=r.randint(-3000, 3000))
        else:
            ddob = c.dob + timedelta(days=r.randint(20 * 365, min(c.age - 19, 38) * 365))
    elif don["kind"] in ("brother", "sister"):
        ddob = c.dob + timedelta(days=r.randint(-4000, 4000))
    else:
        ddob = c.dob + timedelta(days=r.randint(-5500, 5500))
    if years_between(ddob, c.d0) < 19:
        ddob = c.d0 - timedelta(days=r.randint(19 * 365 + 30, 30 * 365))
    v.update(sur=c.N(sur, "drfull"), hep=c.Nr(hep, ["drfull", "drinit"]), ref=c.Nr(ref, ["drfull", "dr"]),
             refclin=c.fac(CLINICS + HOSPITALS), fax=c.phone("dash"),
             cg=c.N(cg, "full"), cgf=c.N(cg, "first"), cgk=cg["kind"], cg2=c.N(cg2, "full"), cg2k=cg2["kind"],
             cg2f=c.N(cg2, "first"), city2=P(r.choice([x[0] for x in CITIES if x[0] != c.city]), "LOCATION"),
             emp=c.fac(EMPLOYERS), plan=c.plan(), don=c.N(don, "fullnick"), donk=don["kind"], donf=c.N(don, "first"),
             ddob=c.D(ddob), ldo=c.phone(), comm=c.D(c.dd(14, 45)), unos=c.idn(r.choice(["", "WL-", "UNOS "]), 7),
             since=c.D(c.dd(-900, -200), r.choice(["mdy1", "long", "abbr"])),
             dfac=c.fac(DIALYSIS), tipsd=c.D(c.dd(-400, -100)), sober=c.D(c.dd(-800, -190), "mon_d"),
             planname=r.choice(["Medicare A/B", "BCBS", "Aetna Medicare Advantage", "Medicaid (Molina)",
                                "UnitedHealthcare", "Humana Gold Plus"]))
    b.f("{hosp} TRANSPLANT CENTER\n%s Transplant Evaluation - Initial Consultation\n" % organ, **v)
    b.f("Date of visit: {d0}\nName: {PT}   DOB: {dob}   {mrnl}{mrn}   Waitlist ID: {unos}\n"
        "Referring: {ref}, {refclin} (fax {fax})\n\n", **v)
    if organ == "Kidney":
        b.f("HPI: {age} {sexw} with ESRD secondary to [[%s]], on in-center hemodialysis MWF since {since} at {dfac}. "
            "Residual urine output ~[[200 mL/day]]. Blood type O+, [[cPRA 34%%]]. No prior transplants. "
            "History of [[Charcot foot]] on the right.\n" % r.choice(["IgA nephropathy", "autosomal dominant polycystic kidney disease",
                                                                      "diabetic nephropathy", "FSGS", "Alport syndrome"]), **v)
        b.f("Meds: [[sevelamer 800 mg TID]], [[cinacalcet 30 mg]], [[amlodipine 10 mg]], [[insulin glargine 18 units]].\n", **v)
    else:
        b.f("HPI: {age} {sexw} with [[%s]], [[MELD-Na 24]], [[Child-Pugh C]], complicated by hepatic encephalopathy "
            "and refractory ascites; [[TIPS]] placed {tipsd}. Reports last alcohol {sober}. [[PEth]] negative.\n"
            % r.choice(["alcohol-associated cirrhosis", "MASH cirrhosis", "primary sclerosing cholangitis",
                        "Wilson disease", "HCV cirrhosis s/p SVR"]), **v)
        b.f("Meds: [[lactulose 20 g TID]], [[rifaximin 550 mg BID]], [[spironolactone 100 mg]], [[furosemide 40 mg]].\n", **v)
    b.f("\nSOCIAL/SUPPORT: Lives in {city} with {cgk} {cg}. Caregiver plan: {cgf} as primary, {cg2} ({cg2k}), "
        "who lives [[25 minutes]] away in {city2}, as backup. Previously worked at {emp}. Insurance {planname}, member ID {plan}.\n", **v)
    if r.random() < 0.65:
        b.f("Living donor: {donk} {don} (DOB {ddob}) contacted the living donor office at {ldo}; "
            "{donf} will begin screening separately.\n\n", **v)
    else:
        b.f("Living donor: none identified yet; living donor champion education offered.\n\n", **v)
    if r.random() < 0.5:
        b.f("PSYCHOSOCIAL (SW screen): [[SIPAT score 18]] (good candidate). Understands need for lifelong "
            "[[tacrolimus]]/[[mycophenolate]] and frequent labs for the first [[3 months]]; has reliable transportation "
            "({cgf} drives). No legal issues. Former smoker, quit [[6 years]] ago. Denies drug use; urine tox negative. "
            "Financial counseling referral for Part D coverage of immunosuppressants.\n", **v)
    b.f("ASSESSMENT/PLAN: Reasonable candidate. Needs [[dobutamine stress echo]], dental clearance, colonoscopy, "
        "[[QuantiFERON]]. To be presented at selection committee {comm}.\n{sur} (surgery) / {hep}\n", **v)
    return c.finish(b, v)


def t_wound(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    woc = c.staff("RN")
    others = [c.staff("RN") for _ in range(2)]
    att = c.staff("MD")
    rl = c.rel(r.choice(["daughter", "son", "wife", "niece", "granddaughter"]))
    athosp = r.random() < 0.4
    fac = P(c.hosp, "FACILITY") if athosp else c.fac(NURSING)
    v.update(fac=fac, att=c.Nr(att, ["dr", "drfull"]), attl=c.N(att, "dr"), woc=c.N(woc, "full"), wocf=c.N(woc, "first"),
             rf=c.N(rl, "first"), nxt=c.D(c.dd(3, 7), part=True), room=str(r.randint(100, 460)) + r.choice(["", "A", "B"]),
             braden=K("Braden score %d" % r.randint(10, 14)))
    b.f(r.choice(["WOUND CARE FLOW SHEET", "Wound/Ostomy Nursing - Flowsheet Export", "SKIN & WOUND ROUNDS"]) + "\n", **v)
    b.f("Facility: {fac}\n" + ("Patient" if athosp else "Resident") + ": {PT}   Rm {room}   {mrnl}{mrn}   DOB {dob}\nAttending: {att}   WOC nurse: {woc}, RN, CWOCN\n"
        "{braden}   Diet: Renal/CCHO   Incontinent of bowel\n\n", **v)
    b.f("Date   | Site     | Type/Stage                 | L x W x D (cm)    | Tx                              | By\n", **v)
    dst = r.choice(["md", "md0", "mdy2"])
    sz = [r.randint(30, 60) / 10.0, r.randint(20, 45) / 10.0, r.randint(3, 9) / 10.0]
    nrows = r.randint(3, 4)
    start = -7 * (nrows - 1)
    tx = r.choice(["[[Santyl]] + [[Mepilex Border]]", "[[Hydrofera Blue]] + ABD pad",
                   "[[Medihoney]] + foam", "[[Xeroform]] + [[Kerlix]]"])
    for i in range(nrows):
        d = c.d0 + timedelta(days=start + 7 * i)
        who = r.choice([woc] + others)
        f = 1.0 - 0.07 * i
        b.f("{d} | sacrum   | [[stage 3 pressure injury]] | [[%.1f x %.1f x %.1f]] | %s | {who}\n"
            % (sz[0] * f, sz[1] * f, max(0.1, sz[2] * f), tx),
            d=c.D(d, dst), who=c.N(who, r.choice(["first", "init"])))
    b.f("\n{wocf} re-measured today; tunneling 1.5 cm at 12 o'clock, granulation ~70%, slough ~30%, "
        "moderate serosanguineous drainage, periwound macerated. Started negative pressure wound therapy "
        "([[Wound VAC]]) -125 mmHg continuous, change M/W/F. Offload w/ [[Waffle cushion]], turn q2h, Prevalon boots.\n", **v)
    b.f(r.choice(["Spoke with {rf} at bedside; ", "{rf} visiting this afternoon - "]) +
        "asked whether an [[Unna boot]] would help the LLE [[venous stasis ulcer]]; will d/w {attl}. "
        "Zinc sulfate 220 mg and [[Juven]] started per RD. Next measurement {nxt}.\n", **v)
    return c.finish(b, v)


def t_sleep(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    tech, md, ref = c.staff("RPSGT"), c.staff("MD"), c.staff(r.choice(["MD", "NP"]))
    center = P("%s %s" % (r.choice(["Riverbend", "Tri-Valley", "Northgate", "Prairie View", "Harborside",
                                     "Mesa Verde", "Lakeshore"]), r.choice(SLEEP)), "FACILITY")
    ahi = r.randint(60, 720) / 10.0
    v.update(center=center, caddr=c.addr(oneline=True, allow_po=False), cphone=c.phone(), acct=c.acct(),
             tech=c.N(tech, "full"), md=c.N(md, "full"), mdd=c.N(md, "dr"), ref=c.Nr(ref, ["drfull", "full", "drinit"]),
             sd=c.D(c.dd(-10, -2)), ess=K("Epworth Sleepiness Scale %d/24" % r.randint(9, 21)),
             bmi=K("BMI %.1f" % (r.randint(270, 480) / 10.0)), ahi=K("AHI %.1f/h" % ahi),
             rdi=K("RDI %.1f/h" % (ahi + r.randint(2, 60) / 10.0)), nad=K("SpO2 nadir %d%%" % r.randint(70, 88)),
             t90=K("T90 %.1f%%" % (r.randint(5, 300) / 10.0)), dme=P(r.choice(DME), "FACILITY"),
             serial=c.serial(), fu=c.D(c.dd(30, 75)),
             dmeurl=P(r.choice(["https://airview.resmed.com", "https://www.care.orchestrator.com", "https://myair.resmed.com"]) +
                      "/patient/" + str(r.randint(10**6, 10**8)), "URL"), neck=K("neck circumference %d cm" % r.randint(38, 49)),
             press=K("CPAP %d cm H2O" % r.randint(7, 14)),
             bedp=r.choice(["wife", "husband", "partner", "roommate"]), bp_=c.person())
    v["bpf"] = c.N(v["bp_"], "first")
    b.f("{center}\n{caddr}   Tel {cphone}\n\n", **v)
    b.f(r.choice(["POLYSOMNOGRAPHY REPORT - SPLIT NIGHT", "IN-LAB DIAGNOSTIC POLYSOMNOGRAM", "Sleep Study Interpretation"]) + "\n", **v)
    b.f("Patient: {PT}   DOB: {dob}   Acct: {acct}   Study date: {sd}\nReferring provider: {ref}\n\n", **v)
    b.f("INDICATION: loud snoring and witnessed apneas reported by {bedp} ({bpf}); {ess}; {bmi}; {neck}. "
        "Hx atrial fibrillation on [[apixaban]], hypothyroidism.\n\n", **v)
    if r.random() < 0.5:
        b.f("SLEEP HISTORY: bedtime ~11 PM, wakes 2-3 times to urinate, up at 5:30 AM for work; naps after lunch. Morning "
            "headaches, dry mouth. Drinks [[3 cups]] of coffee/day. Dozed at a red light last month. No cataplexy, no "
            "hypnagogic hallucinations. Meds include [[trazodone 50 mg]] qHS prn.\n\n", **v)
    b.f("TECHNIQUE: Standard montage (EEG, EOG, chin/leg EMG, ECG, airflow, RIP belts, oximetry). "
        "Scored per [[AASM]] v2.6, hypopneas 3% rule. Tech: {tech}, RPSGT.\n\n", **v)
    b.f("RESULTS (diagnostic portion): TST 214 min, sleep efficiency 78%, {ahi}, {rdi}, {nad}, {t90}. "
        "Supine AHI markedly higher. Intermittent [[Cheyne-Stokes respirations]] in N1. No periodic limb movements of significance.\n"
        "TITRATION: optimal at {press} with [[ResMed AirFit F20]] medium; residual [[AHI 3.1/h]].\n\n", **v)
    b.f("IMPRESSION: [[%s obstructive sleep apnea]] with a central component.\nRECOMMENDATIONS: Auto/fixed CPAP via {dme} "
        "(unit s/n {serial}; compliance data via {dmeurl}); avoid driving when drowsy; weight loss; follow-up in clinic {fu}.\n\n" %
        ("severe" if ahi >= 30 else "moderate" if ahi >= 15 else "mild"), **v)
    b.f("Interpreting physician: {md}, MD, D-ABSM   {d0}\n", **v)
    return c.finish(b, v)


def t_slp(c):
    r = c.r
    v = c.base()
    lower = r.random() < 0.25
    b = c.note(v)
    slp, slp2, rn = c.staff("CCC-SLP"), c.staff("CCC-SLP"), c.staff("RN")
    rl = c.rel(r.choice(["wife", "husband", "daughter", "son", "sister"]))
    v.update(slp=c.N(slp, "full"), slp2=c.N(slp2, "first"), rn=c.N(rn, "first"), rf=c.N(rl, "first"), rk=rl["kind"],
             rf2=c.N(rl, "first"), mbs=c.D(c.dd(1, 2), part=True), pager=c.pager(), rm=str(r.randint(200, 899)),
             adm=c.D(c.dd(-4, -1), part=True),
             dx=K(r.choice(["left MCA stroke", "right pontine infarct", "Parkinson's disease", "ALS",
                            "Guillain-Barre syndrome", "myasthenia gravis exacerbation"])))
    b.f("SPEECH-LANGUAGE PATHOLOGY - CLINICAL SWALLOW EVALUATION\n" if not lower else "slp bedside swallow eval\n", **v)
    b.f("Pt: {PT}   Rm {rm}   {mrnl}{mrn}   Date: {d0}\n", **v)
    b.f("Dx: {dx} (admitted {adm}) with suspected oropharyngeal dysphagia; " + ("[[NIHSS 7]] on arrival" if "stroke" in v["dx"].v or "infarct" in v["dx"].v
                                                    else "[[FOIS level 3]] at baseline") + ".\n\n", **v)
    b.f("S: {ptf} alert, HOB 90 degrees. {rf} ({rk}) at bedside, reports {he} has been coughing with coffee at home "
        "for [[2 weeks]] and lost weight. Failed nursing [[Yale Swallow Screen]] this AM.\n", case="lower" if lower else None, **v)
    b.f("O: Oral mech: R facial droop, reduced lingual ROM, dysarthria. Dentition: upper partial. "
        "Trials: ice chips x3 WFL; thin liquids by cup -> immediate cough x2/3; [[mildly thick liquids]] by spoon and cup - no overt s/s aspiration; "
        "puree - mild oral residue, cleared w/ cued second swallow; mechanical soft solid - prolonged mastication.\n", **v)
    b.f("A: [[Moderate oropharyngeal dysphagia]]; high suspicion of silent aspiration w/ thin.\n"
        "P: [[IDDSI Level 5 minced & moist]] / [[IDDSI Level 2 mildly thick]] liquids; meds crushed in puree; [[Yankauer]] at bedside; "
        "upright [[30 min]] after meals; oral care TID. [[Modified barium swallow]] scheduled {mbs} with {slp2}. "
        "Educated {rf2} and RN ({rn}); both verbalized understanding.\n", **v)
    b.f("{slp}, M.S., CCC-SLP   pager {pager}\n", **v)
    return c.finish(b, v)


def t_nutrition(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    rd, md = c.staff("RD"), c.staff("MD")
    rl = c.rel(r.choice(["son", "daughter", "husband", "wife", "grandson"]))
    wt = r.randint(380, 720) / 10.0
    w1, w2 = wt + r.randint(40, 90) / 10.0, wt + r.randint(10, 35) / 10.0
    ht = r.randint(150, 188)
    v.update(rd=c.N(rd, "full"), rdf=c.N(rd, "first"), md=c.Nr(md, ["dr", "drfull"]), rf=c.N(rl, r.choice(["first", "nick"])),
             rk=rl["kind"], adm=c.D(c.dd(-6, -2)), wd1=c.D(c.dd(-120, -80), "mdy1"), wd2=c.D(c.dd(-45, -20), "mdy1"),
             w1=K("%.1f kg" % w1), w2=K("%.1f kg" % w2), w0=K("%.1f kg" % wt), ht=K("%d cm" % ht),
             bmi=K("BMI %.1f" % (wt / (ht / 100.0) ** 2)), loss=K("%d%%" % round(100 * (w1 - wt) / w1)),
             ext=c.pager(), rest=c.fac(EMPLOYERS),
             dx=K(r.choice(["CHF exacerbation", "COPD exacerbation", "Crohn's disease flare", "C. diff colitis",
                            "pancreatic head mass", "Hirschsprung-associated enterocolitis"])),
             fu=c.D(c.dd(3, 5), part=True))
    b.f(r.choice(["NUTRITION ASSESSMENT - Registered Dietitian", "Clinical Nutrition Consult", "RD Initial Assessment"]) +
        "   {d0} {t1}\n", **v)
    b.f("Consult: {md} for poor PO intake / [[Malnutrition Screening Tool score 3]]\n{PT}  {mrnl}{mrn}  {age}, admitted {adm} with {dx}.\n\n", **v)
    b.f("ANTHROPOMETRICS: Ht {ht}; Wt today {w0}; {bmi}. Wt hx: {wd1} {w1}; {wd2} {w2} -> {loss} loss in [[~3 months]].\n", **v)
    b.f("LABS: [[albumin 2.6]], prealbumin 11, Na 133, Mg 1.5, Phos 2.1, [[A1c 7.9%]]. "
        "MEDS of note: [[furosemide 40 mg]] BID, [[pantoprazole]], [[Creon 24,000 units]] w/ meals.\n", **v)
    b.f("NFPE: moderate temporal and clavicular wasting; mild edema BLE. Grip weak.\n", **v)
    b.f("DIET HX: " + r.choice(["{rf} ({rk}) brings food from home most days", "{rk} {rf} usually brings dinner"]) +
        "; {ptf} eats ~25% of trays, dislikes hospital rice, prefers soups. Before admission worked as a cook at {rest}.\n\n", **v)
    b.f("NEEDS: [[1600-1800 kcal/day]] (25-28 kcal/kg), 75-85 g protein, ~1.5 L fluid.\n"
        "DX: Severe malnutrition in context of chronic illness (energy intake <75% for >1 month, wt loss, muscle wasting).\n"
        "INTERVENTION: [[Ensure Plus]] BID, [[Juven]] BID, multivitamin with minerals daily, [[thiamine 100 mg]] x[[5 days]]; "
        "monitor for refeeding syndrome; calorie counts x72 hours.\n", **v)
    b.f("Will f/u {fu}. {rd}, RD, LDN (pager {ext})\n", **v)
    return c.finish(b, v)


def t_pharmacy(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    ph, md, md2 = c.staff("PharmD"), c.staff("MD"), c.staff(r.choice(["MD", "DO", "NP"]))
    kind = r.randint(0, 2)
    v.update(ph=c.N(ph, "full"), phf=c.N(ph, "first"), md=c.Nr(md, ["dr", "drfull", "drinit"]), pager=c.pager(),
             pharm=c.fac(PHARMACIES), pphone=c.phone(), pfax=c.phone(), fill=c.D(c.dd(-30, -3)),
             md2=c.N(md2, r.choice(["full", "fml"])), dea=c.dea(md2), npi=c.npi(), adm=c.D(c.dd(-5, -1), part=True),
             wt=K("%d kg" % r.randint(48, 130)), crcl=K("CrCl %d mL/min" % r.randint(18, 55)),
             scr=K("SCr %.2f" % (r.randint(110, 290) / 100.0)), nxt=c.D(c.dd(1, 2), part=True))
    b.f(r.choice(["PHARMACY INTERVENTION NOTE", "Clinical Pharmacist Note - Intervention", "Rx Intervention / Consult"]) + "\n", **v)
    b.f("{PT}   {mrnl}{mrn}   DOB {dob}   Wt {wt}   Date {d0} {t1}\n\n", **v)
    if kind == 0:
        b.f("Consult: [[vancomycin]] dosing per pharmacy for [[MRSA bacteremia]] (adm {adm}).\n"
            "Renal: {scr} (baseline 0.9), {crcl} by [[Cockcroft-Gault]].\nLevels: peak 38.2 at {t2}, trough 21.4; "
            "calculated [[AUC24 690]] (goal 400-600).\nRecommendation: decrease to [[vancomycin 1,250 mg IV q24h]], "
            "repeat levels before 4th dose ({nxt}). Avoid concurrent [[piperacillin-tazobactam]] if possible - "
            "suggest [[cefepime 2 g q12h]].\n", **v)
    elif kind == 1:
        b.f("Issue: [[warfarin]] + new [[Bactrim DS]] (interaction). [[INR 4.8]] today (was 2.6 on {adm}). "
            "No bleeding. [[Hgb 11.2]].\nRecommendation: hold [[warfarin]] x[[1 dose]], change to [[nitrofurantoin 100 mg]] BID "
            "x[[5 days]] if cultures allow ([[CrCl]] {crcl} - ok), recheck INR {nxt}. No [[vitamin K]] needed.\n", **v)
    else:
        b.f("Issue: controlled substance reconciliation. Home list says [[oxycodone 5 mg]] q6h prn but PDMP shows "
            "[[oxycodone/APAP 10/325]] #[[90]] filled {fill} at {pharm}, prescriber {md2} (DEA {dea}, NPI {npi}). "
            "Also [[alprazolam 1 mg]] TID. [[MME ~60/day]].\nRecommendation: clarify with outpatient prescriber, "
            "[[naloxone 4 mg]] nasal kit at discharge, avoid benzodiazepine co-administration; "
            "consider [[gabapentin 100 mg]] TID renally adjusted ({crcl}).\n", **v)
    if r.random() < 0.4:
        b.f("Background: wt-based dosing reviewed against actual/ideal body weight; allergies: [[penicillin]] (rash, childhood), "
            "[[sulfa]] (unknown). No prior [[C. difficile]]. Renal function trending " + r.choice(["up", "down", "stable"]) +
            " over [[72 h]].\n", **v)
    b.f("\nDiscussed with {md} (pgr {pager}) at {t3}: " + r.choice(["accepted.", "accepted, orders placed.",
                                                                    "partially accepted - will address at rounds."]) + "\n", **v)
    if r.random() < 0.6:
        b.f("Outpatient pharmacy on file: {pharm}, ph {pphone}, fax {pfax}.\n", **v)
    b.f(r.choice(["{ph}, PharmD, BCPS\n", "- {phf} (clinical pharmacy) / {ph}, PharmD\n"]), **v)
    return c.finish(b, v)


def t_infection(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    ip, hosp_ep = c.staff("RN"), c.staff("MD")
    org = r.choice([("Candida auris", "contact-plus precautions"),
                    ("pulmonary tuberculosis, AFB smear 2+", "airborne isolation"),
                    ("measles (rubeola IgM+)", "airborne isolation"),
                    ("carbapenem-resistant Klebsiella pneumoniae (KPC+)", "contact precautions"),
                    ("Clostridioides difficile (PCR+/toxin+)", "enteric contact precautions")])
    room = r.randint(300, 720)
    v.update(ip=c.N(ip, "full"), ipf=c.N(ip, "first"), ipem=c.staff_email(ip), epi=c.Nr(hosp_ep, ["drfull", "dr"]),
             adm=c.D(c.dd(-9, -5)), iso=c.D(c.dd(-3, -1)), rm=str(room), rm2=str(room + 1),
             county=P(r.choice(COUNTIES), "LOCATION"), cnty_ph=c.phone(), org=K(org[0]), prec=K(org[1]),
             case_no=c.idn(r.choice(["CI-", "EPI-", "", "Case #"]), 7), xfer=c.fac(NURSING))
    rm8 = c.rel(r.choice(["friend", "neighbor"]))
    room8 = c.person()
    v.update(roomie=c.N(room8, r.choice(["full", "LF", "lf"])), roomiel=c.N(room8, "title"),
             vis=c.N(rm8, "full"), visk=rm8["kind"], visph=c.phone())
    b.f(r.choice(["INFECTION PREVENTION - EXPOSURE INVESTIGATION", "Infection Control Note: Contact Tracing",
                  "IP&C EXPOSURE WORKUP"]) + "\n", **v)
    b.f("Index patient: {PT} ({mrnl}{mrn}), rm {rm}, admitted {adm} from {xfer}.\nOrganism/condition: {org}. "
        "Isolation: {prec} initiated {iso} at {t1}.\n\n", **v)
    b.f("Exposure window: {adm} through {iso}. Roommate {roomie} (rm {rm2}B) - "
        "{roomiel} moved to private room, placed on {prec}; screening ordered.\n", **v)
    b.f("Staff exposures (no appropriate PPE during window):\n", **v)
    roles = ["RN", "CNA", "RT", "PCT", "MD", "EVS", "PT", "Phlebotomy"]
    for i in range(r.randint(2, 4)):
        s = c.staff(r.choice(roles))
        ed = c.d0 + timedelta(days=r.randint(-8, -2))
        b.f("  - {n} ({role}, emp# {eid}) - {d}, {hrs}\n", n=c.N(s, r.choice(["LF", "lf", "full", "init"])),
            role=s["cred"], eid=c.idn(r.choice(["", "E", "0"]), 5), d=c.D(ed, "md"),
            hrs=K(r.choice(["~15 min", "approx 45 min", "x2 encounters", "<10 min", "1 hr"])))
    if r.random() < 0.6:
        b.f("Visitors: {visk} {vis} visited daily; contacted by phone {visph} and referred to county health.\n", **v)
    if r.random() < 0.5:
        b.f("Timeline: {adm} admitted to ED hallway bed (no isolation); {tl2} transferred to rm {rm}; {iso} result called "
            "by micro lab ({labp}) to {ipf}; isolation placed [[~2 hours]] later.\n",
            tl2=c.D(c.dd(-8, -4), "md"), labp=c.N(c.staff("MLS"), r.choice(["first", "full"])), **v)
    b.f("\nActions: Employee Health notified; baseline testing ([[QuantiFERON-TB Gold]] / screening swabs) and repeat at "
        "[[8-10 weeks]] where indicated. Terminal clean with UV-C + sporicidal agent. Reported to {county} "
        "Health Department (case {case_no}; {cnty_ph}). Reviewed with {epi}, hospital epidemiologist.\n", **v)
    b.f("{ip}, RN, CIC - Infection Prevention ({ipem})\n", **v)
    return c.finish(b, v)


def t_rrt(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    rn, res, rt, att = c.staff("RN"), c.staff("MD"), c.staff("RRT"), c.staff("MD")
    rl = c.rel(r.choice(["wife", "husband", "daughter", "son", "mother"]))
    trig = r.choice(["[[HR 138]], [[SpO2 84%]] on [[4L NC]]", "acute confusion, [[SBP 78]]",
                     "[[RR 34]], increased work of breathing", "new facial droop and aphasia"])
    v.update(rn=c.N(rn, "full"), rnf=c.N(rn, "first"), res=c.N(res, "drfull"), rt=c.N(rt, "first"), att=c.N(att, "dr"),
             rf=c.N(rl, "first"), rk=rl["kind"], rph=c.phone(), unit=r.choice(["5 West", "4N", "Tele 3", "ortho floor", "7 Main"]),
             news=K("NEWS2 %d" % r.randint(7, 12)), gcs=K("GCS %d" % r.randint(11, 15)), lac=K("lactate %.1f" % (r.randint(22, 61) / 10.0)),
             bed=r.choice(["MICU", "CCU", "step-down", "Neuro ICU"]), dd=c.D(c.d0, r.choice(["mdy", "mdy1", "iso", "compact"])))
    b.f(r.choice(["RAPID RESPONSE TEAM EVENT NOTE", "Rapid Response Note", "RRT CALL"]) + "\n", **v)
    b.f("Date/time called: {dd} {t1}   Location: {unit}\nPt: {PT}   {mrnl}{mrn}   {age}\nCalled by: {rn}, RN\n\n", **v)
    b.f("Trigger: " + trig + ". {news}.\n", **v)
    if r.random() < 0.4:
        b.f(c.ros(), **v)
    b.f("Hx: POD2 s/p [[Roux-en-Y gastric bypass]] vs admitted for pyelonephritis; hx [[Wolff-Parkinson-White]] s/p ablation.\n"
        "On arrival: {bp} {hr} {rr} {t} {spo2}; {gcs}. Lungs: crackles bilat bases. JVD to angle of jaw.\n", **v)
    if r.random() < 0.5:
        b.f(c.exam(), **v)
    b.f("Interventions: [[Lasix 40 mg IV]] x1; [[BiPAP 12/6]] by {rt} (RT); 12-lead ECG - sinus tachycardia, no acute ST changes; "
        "ABG [[7.31/52/68]]; {lac}; [[troponin 0.09]]; blood cultures x2; 1 L LR.\n", **v)
    b.f("Disposition: transfer to {bed}. {att} (attending) at bedside, agrees.\n", **v)
    b.f("{rf} ({rk}) updated by phone at {rph}; {rf} is on the way in.\n" if r.random() < 0.5 else
        "Called {rk} {rf} at {rph} - no answer, voicemail left.\n", **v)
    b.f("RRT: {res} / {rnf}, RN (ICU)\n", **v)
    return c.finish(b, v)


def t_code(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    lead, rec, ph, rt, an = c.staff("MD"), c.staff("RN"), c.staff("PharmD"), c.staff("RRT"), c.staff("CRNA")
    rl = c.rel(r.choice(["daughter", "son", "wife", "husband", "brother"]))
    outcome = r.choice(["rosc", "death"])
    h = r.randint(0, 22)
    mm = r.randint(0, 30)

    def tm(k):
        x = h * 60 + mm + k
        return "%02d%02d" % ((x // 60) % 24, x % 60)
    v.update(lead=c.N(lead, r.choice(["drfull", "drinit"])), rec=c.N(rec, "full"), ph=c.N(ph, "first"), rt=c.N(rt, "full"),
             an=c.N(an, "full"), rf=c.N(rl, "full"), rk=rl["kind"], rK=rl["kind"].capitalize(), rph=c.phone(), lucas=c.serial(), aed=c.serial(),
             dd=c.D(c.d0, r.choice(["mdy", "compact", "iso", "mdy2z"])), ett=K("ETT 7.5 at 23 cm"),
             loc=r.choice(["6 North rm 612", "ED bay 4", "Radiology CT1", "3 Tower rm 318"]))
    b.f(r.choice(["CODE BLUE RECORD", "CARDIOPULMONARY ARREST RECORD", "Code Blue Documentation"]) + "\n", **v)
    b.f("Pt: {PT}   {mrnl}{mrn}   DOB {dob}   Location: {loc}   Date: {dd}\n", **v)
    b.f("Code leader: {lead}   Recorder: {rec}, RN   Pharmacy: {ph}   RT: {rt}   Airway: {an}, CRNA\n\n", **v)
    b.f("TIME  EVENT\n", **v)
    rows = [("Pt found unresponsive, pulseless. Code called. CPR initiated.", 0),
            ("Pads on (AED s/n {aed}). Rhythm: PEA.", 1),
            ("[[Epinephrine 1 mg IV]]", 2),
            ("[[LUCAS 3]] device applied (s/n {lucas}).", 3),
            ("Intubated, {ett}, +EtCO2 color change.", 5),
            ("Rhythm: VF -> shock 200 J biphasic", 6),
            ("[[Amiodarone 300 mg IV]]; [[epinephrine 1 mg IV]]", 8),
            ("[[Sodium bicarbonate 50 mEq]]; [[calcium chloride 1 g]]; [[K 6.9]] on iSTAT", 10)]
    for txt, k in rows:
        b.f("%s  %s\n" % (tm(k), txt), **v)
    if outcome == "rosc":
        b.f("%s  ROSC. {bp}, {hr}. [[Post-cardiac arrest care]], TTM [[36 C]].\n" % tm(13), **v)
        b.f("\nTotal CPR 13 min. Transferred to CCU. ", **v)
    else:
        b.f("%s  Asystole. Efforts stopped; time of death %s.\n" % (tm(24), tm(24)), **v)
        b.f("\nTotal CPR 24 min. ", **v)
    if r.random() < 0.5:
        b.f("Debrief held at bedside ([[10 min]]): compressions adequate per [[LUCAS 3]]; delay in obtaining IV access, "
            "[[EZ-IO]] placed L humeral head; {ph} suggested pre-drawing [[epinephrine 1 mg]] doses. ", **v)
    b.f("{rK} {rf} notified at {rph} by {lead}. Attending and ME criteria reviewed.\n", **v)
    return c.finish(b, v)


def t_pat(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    surg, nurse, anes = c.staff("MD"), c.staff("RN"), c.staff("MD")
    ride = c.rel(r.choice(["friend", "neighbor", "son", "daughter", "husband", "wife", "sister"]))
    proc = r.choice(["[[total knee arthroplasty]], right", "[[laparoscopic cholecystectomy]]",
                     "[[TURP]]", "[[lumbar laminectomy L4-5]]", "[[Nissen fundoplication]]", "[[carpal tunnel release]]"])
    v.update(surg=c.Nr(surg, ["dr", "drfull"]), nurse=c.N(nurse, "full"), anes=c.N(anes, r.choice(["drfull", "dr"])),
             sd=c.D(c.dd(5, 21), r.choice(["long", "mdy", "wkfull", "abbr"])), asc=r.choice([c.fac(HOSPITALS), P("%s Surgery Center" % r.choice(["Eastgate", "Cumberland", "Mesa", "Pinewood", "Harbor"]), "FACILITY")]),
             ride=c.N(ride, "full"), ridef=c.N(ride, "first"), rk=ride["kind"], rph=c.phone(), pph=c.phone(),
             dlic=c.dl(), stopd=c.D(c.dd(2, 8), "md"), mall=K("Mallampati %s" % r.choice(["I", "II", "III", "IV"])),
             sb=K("STOP-BANG %d" % r.randint(1, 7)), asa=K("ASA %s" % r.choice(["II", "III"])),
             a1c=K("A1c %.1f%%" % (r.randint(55, 92) / 10.0)), plan=c.plan(), hgb=K("Hgb %.1f" % (r.randint(98, 151) / 10.0)),
             mrsa=c.D(c.dd(-1, 0), part=True))
    b.f(r.choice(["PRE-ADMISSION TESTING (PAT) CLINIC", "Pre-Anesthesia / Pre-Admission Testing Visit",
                  "PAT NOTE"]) + "   {d0}\n", **v)
    b.f("{PT}   DOB {dob}   {mrnl}{mrn}\nPhoto ID verified (driver's license {dlic}); insurance card member {plan}." +
        (" Registration: SSN last 4 {s4} confirmed." if r.random() < 0.35 else "") + "\n\n", s4=c.ssn4(), **v)
    b.f("Scheduled procedure: " + proc + " with {surg} on {sd} at {asc}.\n\n", **v)
    b.f("PMH: OSA (uses CPAP), type 2 diabetes, atrial fibrillation on [[Eliquis 5 mg BID]], GERD, "
        "remote [[Bell's palsy]]. No personal/family hx of malignant hyperthermia.\n", **v)
    if r.random() < 0.5:
        b.f(c.ros(), **v)
    if r.random() < 0.4:
        b.f(c.exam(), **v)
    b.f("Airway: {mall}, thyromental >3 FB, full dentures. {sb}. {asa}. RCRI 1. METs >4 (climbs 2 flights).\n"
        "Vitals: {bp} {hr} {spo2}.  Labs: {hgb}, {a1c}, K 4.2, Cr 1.04. ECG: NSR, 1st degree AV block.\n\n", **v)
    b.f("Instructions given (verbal + written): hold [[Eliquis]] [[48 hours]] pre-op - last dose {stopd} AM; "
        "hold [[metformin]] morning of surgery; take [[metoprolol 25 mg]] with sip of water; "
        "chlorhexidine wash x2; NPO after midnight, clear liquids until [[2 hours]] prior. MRSA nares swab collected {mrsa}.\n", **v)
    b.f("Ride home: {rk} {ride}, {rph}. " + r.choice(["{ridef} will stay overnight.", "Confirmed {ridef} can stay with pt for 24 h."]) +
        " Pt's preferred contact {pph}.\nReviewed w/ {anes} (anesthesia). -- {nurse}, RN\n", **v)
    return c.finish(b, v)


def t_endoscopy(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    gi, crna, rn, ref = c.staff("MD"), c.staff("CRNA"), c.staff("RN"), c.staff("MD")
    egd = r.random() < 0.5
    v.update(gi=c.N(gi, "full"), gid=c.N(gi, "dr"), crna=c.N(crna, "full"), rn=c.N(rn, r.choice(["full", "first"])),
             ref=c.Nr(ref, ["drfull", "drinit"]), refclin=c.fac(CLINICS), fax=c.phone(),
             acc=c.accession(r.choice(["GI", "SP", "S"])), enc=c.acct(), suite=r.choice(["Endo 2", "GI Lab room 3", "Endoscopy Suite B"]),
             scope=c.serial(), fu=c.D(c.dd(7, 21), part=True), prop=K("propofol %d mg" % r.choice([180, 220, 260, 310])))
    b.f(("EGD PROCEDURE REPORT" if egd else "COLONOSCOPY REPORT") + "\n{hosp} - {suite}\n", **v)
    b.f("Patient: {PT}   {mrnl}{mrn}   Encounter {enc}\nDate of service: {d0}   DOB: {dob}   {age}\n"
        "Endoscopist: {gi}, MD   Anesthesia: {crna}, CRNA (MAC)   Nurse: {rn}\nReferring: {ref}, {refclin}\n\n", **v)
    b.f("Scope: " + ("[[Olympus GIF-H190]]" if egd else "[[Olympus CF-HQ190L]]") + " (s/n {scope}). Sedation: {prop} total.\n", **v)
    if egd:
        b.f("Indication: dysphagia to solids x[[4 months]], GERD on [[omeprazole 40 mg]].\n"
            "Findings: [[Schatzki ring]] at 38 cm, dilated with 18 mm balloon. Salmon-colored mucosa consistent with "
            "[[Barrett's esophagus]], [[Prague C2M4]]; biopsies per [[Seattle protocol]]. [[LA grade B esophagitis]]. "
            "Small hiatal hernia. Stomach: [[Cameron lesions]]. Duodenum normal; biopsies for celiac disease.\n", **v)
    else:
        b.f("Indication: positive [[Cologuard]], family hx [[Lynch syndrome]].\n[[Boston Bowel Preparation Score 8]] (3/3/2). "
            "Cecum reached, appendiceal orifice and ileocecal valve photographed. Withdrawal time 11 min.\n"
            "Findings: 8 mm sessile polyp ascending colon - cold snare; 4 mm polyp rectum - cold forceps. "
            "Sigmoid diverticulosis. Internal hemorrhoids.\n", **v)
    if r.random() < 0.5:
        b.f("Procedure: after informed consent and [[ASA class III]] assessment, time-out performed with {rn}. Patient placed "
            "in left lateral decubitus position; [[propofol]] sedation by anesthesia with continuous [[capnography]]. "
            "Scope advanced without difficulty; patient tolerated well and recovered in PACU ([[Aldrete score 10]]).\n", **v)
    b.f("Specimens sent to pathology, accession {acc}. EBL minimal. No complications.\n\n", **v)
    b.f("RECOMMENDATIONS: await pathology; resume diet; " +
        ("[[omeprazole 40 mg]] BID x[[8 weeks]], repeat EGD in [[3 years]]; " if egd else "repeat colonoscopy [[1-2 years]] given Lynch; ") +
        "clinic follow-up {fu}. Report faxed to {ref} at {fax}.\n{gid}\n", **v)
    return c.finish(b, v)


def t_cath(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    op, fel, rn = c.staff("MD"), c.staff("MD"), c.staff("RN")
    stent = r.choice(["Xience Sierra", "Resolute Onyx", "Synergy XD", "Orsiro"])
    v.update(op=c.N(op, "fml"), opd=c.N(op, "dr"), fel=c.N(fel, r.choice(["full", "drfull"])), rn=c.N(rn, "first"),
             lot=c.serial(), lot2=c.serial(), enc=c.acct(), ctime=c.time("24"),
             stent=K("%s %.2f x %d mm" % (stent, r.choice([2.5, 2.75, 3.0, 3.5]), r.choice([15, 18, 23, 28]))),
             ef=K("LVEF %d%%" % r.randint(30, 60)), lvedp=K("LVEDP %d mmHg" % r.randint(8, 28)),
             hep=K("heparin %d units" % r.choice([5000, 7000, 8000])), cont=K("%d mL Omnipaque" % r.randint(60, 220)),
             fluoro=K("fluoro time %.1f min" % (r.randint(40, 290) / 10.0)), ind=K(r.choice(
                 ["NSTEMI", "inferior STEMI", "unstable angina", "positive stress test (Bruce protocol, 2 mm ST depression)"])))
    b.f(r.choice(["CARDIAC CATHETERIZATION REPORT", "Cath Lab Procedure Report", "LEFT HEART CATH / PCI"]) + "\n", **v)
    b.f("{PT}   {mrnl}{mrn}   Acct {enc}   DOB {dob}\nProcedure date: {d0}   Start {ctime}\n"
        "Operators: {op}, MD (attending); {fel} (fellow)   Circulating RN: {rn}\n\n", **v)
    b.f("Indication: {ind}. [[TIMI risk score 4]].\nAccess: right radial, 6 Fr Glidesheath Slender; [[Allen test]] normal. "
        "Radial cocktail ([[verapamil 2.5 mg]], [[nitroglycerin 200 mcg]]). {hep}.\n", **v)
    b.f("Catheters: [[JL3.5]], [[JR4]] ([[Judkins]]); guide EBU 3.5.\n\nFindings: LM normal. LAD: [[90% proximal stenosis]], "
        "TIMI 2 flow. LCx: 40% mid. RCA: dominant, 70% mid ([[FFR 0.76]]). {lvedp}. LV gram {ef}, anterior hypokinesis.\n", **v)
    b.f("PCI: proximal LAD - predilation, {stent} DES (lot {lot}), post-dilated 3.5 NC at 18 atm; "
        "0% residual, [[TIMI 3 flow]]. RCA staged. Closure [[TR Band]] (lot {lot2}).\n", **v)
    b.f("Contrast {cont}; {fluoro}. No complications.\nPlan: [[aspirin 81 mg]] + [[ticagrelor (Brilinta) 90 mg BID]] x[[12 months]], "
        "[[atorvastatin 80 mg]], cardiac rehab referral. TR band release per protocol; {rn} to call {opd} with any hematoma.\n", **v)
    return c.finish(b, v)


def t_echo(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    son, rd, ordp = c.staff("RDCS"), c.staff("MD"), c.staff(r.choice(["MD", "NP"]))
    prior = c.dd(-900, -200)
    ef = r.randint(20, 65)
    v.update(son=c.N(son, "full"), rd=c.N(rd, "full"), ordp=c.Nr(ordp, ["drfull", "full", "LF"]), prior=c.D(prior),
             acc=c.accession(r.choice(["EC", "TTE", "US"])), loc=r.choice(["Echo Lab", "bedside - CCU", "Outpatient Cardiology"]),
             ef=K("LVEF %d-%d%%" % (ef, ef + 5)), ht=K("%d cm" % r.randint(150, 190)), wt=K("%d kg" % r.randint(50, 120)),
             tap=K("TAPSE %d mm" % r.randint(12, 25)), rvsp=K("RVSP %d mmHg" % r.randint(22, 62)),
             lavi=K("LAVI %d mL/m2" % r.randint(22, 55)), ee=K("E/e' %d" % r.randint(7, 19)),
             qtc=K("QTc %d ms" % r.randint(410, 505)), ecgd=c.D(c.dd(-1, 0), part=True),
             prior_ef=K("LVEF %d%%" % r.randint(30, 65)))
    b.f(r.choice(["TRANSTHORACIC ECHOCARDIOGRAM REPORT", "Echocardiography Report (TTE)", "ECHO/ECG INTERPRETATION"]) + "\n", **v)
    rows = [("Name", "{PT}"), (r.choice(["MRN", "Med Rec #", "ID"]), "{mrn}"), ("DOB", "{dob}"), ("Study date", "{d0}"),
            ("Accession", "{acc}"), ("Location", "{loc}"), ("Ordering", "{ordp}"), ("Ht/Wt", "{ht} / {wt}"), ("BP", "{bp}")]
    for k, val in rows:
        b.f("%-12s %s\n" % (k + ":", val), **v)
    b.f("\nIndication: dyspnea; hx [[Takotsubo cardiomyopathy]] vs ischemic CM.\n\nMEASUREMENTS\n"
        "{ef} (biplane Simpson)   {lavi}   {ee}   {tap}   {rvsp}   LVIDd 5.8 cm   AV peak velocity 2.1 m/s\n\n", **v)
    b.f("FINDINGS: LV mildly dilated with global hypokinesis, apical segments akinetic; no LV thrombus with [[Definity]] contrast. "
        "[[Grade II diastolic dysfunction]]. Moderate functional MR. Trileaflet AV, no AS. RV mildly reduced. "
        "IVC 2.3 cm, <50% collapse. Small pericardial effusion, no tamponade.\n", **v)
    if r.random() < 0.4:
        b.f("DOPPLER: [[E/A 2.1]], mitral DT [[140 ms]], TR Vmax [[3.1 m/s]], pulmonary vein S<D. [[Global longitudinal strain -11%]]. "
            "No [[Lambl excrescences]] visualized; interatrial septum intact by [[agitated saline]].\n", **v)
    b.f("COMPARISON: prior study {prior}: {prior_ef}.\n\n", **v)
    b.f("ECG ({ecgd}): sinus rhythm 78 bpm, [[Mobitz I]] episodes, [[LBBB]] (QRS 152 ms), {qtc}. "
        "[[Sgarbossa criteria]] negative.\n", **v)
    b.f("Sonographer: {son}, RDCS     Interpreting: {rd}, MD, FASE   signed {d0} {t1}\n", **v)
    return c.finish(b, v)


def t_genetic(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    gc, ref = c.staff("CGC"), c.staff("MD")
    mom = c.rel("mother", adjust=False)
    dad = c.person("M", c.pt["last"])
    aunt = c.person("F")
    gm = c.person("F", mom["last"])
    unc = c.person("M", c.pt["last"])
    sib = c.rel(r.choice(["brother", "sister"]))
    kid = c.rel(r.choice(["daughter", "son"]))
    gm_age = r.choice([r.randint(90, 99), r.randint(70, 89)])
    v.update(gc=c.N(gc, "full"), gcf=c.N(gc, "first"), ref=c.Nr(ref, ["drfull", "drinit"]), refclin=c.fac(CLINICS + HOSPITALS),
             mom=c.N(mom, r.choice(["full", "fml"])), momd=c.D(c.dd(-4000, -400), r.choice(["mdy", "long", "abbr", "iso"])),
             dad=c.N(dad, "first"), aunt=c.N(aunt, "full"), auntc=P(r.choice([x[0] for x in CITIES if x[0] != c.city]), "LOCATION"),
             gm=c.N(gm, "first"), gmage=c.AGE("years", gm_age)[0] if gm_age >= 90 else K(str(gm_age)),
             unc=c.N(unc, "nick"), sib=c.N(sib, "first"), sibk=sib["kind"], kid=c.N(kid, "first"), kidk=kid["kind"],
             kit=c.idn(r.choice(["", "KIT-", "RQ"]), 8), coll=c.D(c.d0, "md"), rfu=c.D(c.dd(14, 28), part=True),
             dxa=K("dx age %d" % r.randint(34, 48)), gcem=c.staff_email(gc),
             dxl=K(r.choice(["triple-negative breast cancer", "high-grade serous ovarian cancer", "colon cancer with MSI-high",
                              "endometrial cancer (MMR-deficient)", "medullary thyroid carcinoma"] if c.sex == "F" else
                             ["male breast cancer", "colon cancer with MSI-high", "medullary thyroid carcinoma",
                              "pancreatic adenocarcinoma", "metastatic prostate cancer"])))
    b.f(r.choice(["GENETIC COUNSELING NOTE - Hereditary Cancer Program", "Cancer Genetics Consultation", "GENETICS - PEDIGREE & RISK ASSESSMENT"]) + "\n", **v)
    b.f("Date: {d0}   Proband: {PT}   DOB {dob}   {mrnl}{mrn}\nReferred by {ref} ({refclin})\n\n", **v)
    b.f("Indication: personal history of {dxl}, {dxa}. Here with {his} {sibk} {sib}.\n\nPEDIGREE (3 generations, drawn in clinic):\n", **v)
    b.f("Maternal:\n  - Mother {mom}: ovarian cancer dx [[52]], deceased {momd}.\n"
        "  - Maternal aunt {aunt} (lives in {auntc}): breast cancer dx [[39]], [[BRCA]] testing unknown.\n"
        "  - Maternal grandmother {gm}: [[Alzheimer's dementia]], died at age {gmage}.\n", **v)
    b.f("Paternal:\n  - Father {dad}: prostate cancer, [[Gleason 4+3]], dx [[66]], living.\n"
        "  - Paternal uncle \"{unc}\": pancreatic cancer dx [[58]].\n", **v)
    if c.age >= 26:
        b.f("Siblings/children: {sibk} {sib} (healthy); {kidk} {kid} ([[age %d]]).\n" % r.randint(max(1, c.age - 45), max(2, min(35, c.age - 20))), **v)
    else:
        b.f("Siblings: {sibk} {sib} (healthy). No children.\n", **v)
    b.f("Ancestry: maternal Ashkenazi Jewish; paternal Irish/German. No consanguinity.\n\n", **v)
    b.f("RISK ASSESSMENT: meets NCCN criteria; " + ("[[Tyrer-Cuzick v8 lifetime 27%]]; " if c.sex == "F" else "") +
        "[[PREMM5 2.4%]]. Differential includes "
        "[[hereditary breast and ovarian cancer syndrome]], [[Lynch syndrome]], [[Li-Fraumeni syndrome]].\n"
        "TESTING: 84-gene panel incl. [[BRCA1]], [[BRCA2]], PALB2, [[TP53]], [[MLH1]], MSH2, CDH1; "
        "saliva collected {coll}, kit {kit}. Turnaround [[2-3 weeks]]. Discussed [[GINA]] and VUS.\n", **v)
    if r.random() < 0.5:
        b.f("DISCUSSION: Reviewed autosomal dominant inheritance (50% risk to each first-degree relative), possible results "
            "(positive, negative, VUS) and implications for screening: breast MRI alternating with mammogram every [[6 months]], "
            "risk-reducing surgery options, colonoscopy every [[1-2 years]] if [[Lynch syndrome]]. {ptf} worries most about "
            "{kid_or_sib}; we discussed cascade testing and a family letter. Insurance pre-verification done; estimated out-of-pocket "
            "$0-250.\n", kid_or_sib=v["kid"] if c.age >= 26 else v["sib"], **v)
    b.f("Results disclosure visit {rfu}. {gcf} can be reached at {gcem}.\n{gc}, MS, CGC\n", **v)
    return c.finish(b, v)


def t_school(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    nurse = c.staff("RN")
    par = c.rel(r.choice(["mother", "father", "grandmother", "aunt"]))
    par2 = c.rel(r.choice(["father", "mother", "stepdad"])) if r.random() < 0.6 else None
    teacher = c.person()
    grade = "grade %d" % max(1, min(12, c.age - 5))
    sch = c.fac(SCHOOLS)
    v.update(sch=sch, nurse=c.N(nurse, "full"), nursef=c.N(nurse, "first"), par=c.N(par, "full"), parf=c.N(par, "first"),
             park=par["kind"], parph=c.phone(), tch=c.N(teacher, "title"), tch2=c.N(teacher, "last"), gr=grade,
             stid=c.idn(r.choice(["", "S", "ID "]), r.choice([6, 7, 8])), ped=c.Nr(c.staff("MD"), ["drfull", "dr"]),
             pedclin=c.fac(["Westfork Pediatrics", "Kids First Pediatrics", "Greenbriar Family Practice", "Sunshine Pediatric Associates"]),
             pf=K("peak flow %d L/min" % r.randint(150, 260)), pb=K("personal best %d" % r.randint(280, 380)))
    if par2:
        v.update(par2=c.N(par2, "first"), p2ph=c.phone())
    b.f(r.choice(["{sch} - HEALTH OFFICE VISIT LOG", "School Health Record: {sch}", "SCHOOL NURSE NOTE ({sch})"]) + "\n", **v)
    b.f("Student: {PT}   Student ID {stid}   DOB {dob}   {gr}   Teacher: {tch}\nGuardian: {par} ({park}) {parph}\n", **v)
    if par2:
        b.f("Alt contact: {par2} {p2ph}\n", **v)
    b.f("Health plan on file: asthma (albuterol MDI self-carry), peanut allergy - [[EpiPen Jr 0.15 mg]] in office.\n\n", **v)
    base = c.d0 - timedelta(days=r.randint(20, 60))
    entries = [
        "c/o headache since lunch, no fever, {t}. Ate little. [[ibuprofen]] NOT given (no permission form). Rest 15 min, water; back to class.",
        "sent down by {tch2} for wheezing after PE. {pf} ({pb}). [[albuterol HFA 90 mcg]] 2 puffs via spacer; repeat {pf2} at 15 min. Back to class.",
        "scraped knee on playground, cleaned, [[bacitracin]], band-aid.",
        "stomachache, {t}. Called {parf}, no answer; left VM. Resolved after rest.",
        "itchy lips after snack swap at lunch - hives on neck, no SOB, no throat tightness. [[Benadryl 25 mg]] per plan, observed 30 min, "
        "called {parf} who picked up at {t}. Reminded about [[EpiPen]] criteria.",
    ]
    r.shuffle(entries)
    dst = r.choice(["md", "md0", "mdy2", "wk_md"])
    sign = r.random() < 0.4
    for i, e in enumerate(entries[:r.randint(3, 4)]):
        d = base + timedelta(days=i * r.randint(3, 11))
        b.f("{d} " + e + (" -{nf}\n" if sign else "\n"), d=c.D(d, dst), t=(lambda hh, mm: "%d:%02d %s" % ((hh - 1) % 12 + 1, mm, "AM" if hh < 12 else "PM"))(r.randint(8, 14), r.randint(0, 59)),
            nf=c.N(nurse, "first"),
            pf2=K("peak flow %d" % r.randint(240, 320)), **{k: v[k] for k in ("pf", "pb", "tch2", "parf")})
    if r.random() < 0.4:
        b.f("\nIHP reviewed with {tch} and PE teacher: pre-treat with [[albuterol 2 puffs]] [[15 minutes]] before PE; "
            "nut-free table at lunch; bus driver trained on [[EpiPen]] use. {parf} to bring new spacer.\n", **v)
    b.f("\nForm request faxed to {ped} at {pedclin} for updated asthma action plan.\n{nurse}, BSN, RN, NCSN\n", **v)
    return c.finish(b, v)


def t_occhealth(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    prov, sup, hr = c.staff(r.choice(["MD", "DO", "PA-C", "NP"])), c.person(), c.person()
    mech = r.choice([
        ("lifting a 50 lb feed sack", "lumbar strain", "no lifting >15 lb, no bending/twisting"),
        ("laceration from box cutter while breaking down pallets", "2.5 cm laceration L thenar eminence",
         "no use of L hand in wet environment; keep dressing dry"),
        ("slipped on wet floor in walk-in cooler", "right ankle sprain (grade II), [[Ottawa ankle rules]] negative",
         "seated work only; walking boot"),
        ("forklift backed into pt's work truck (plate {plate}) while pt was in driver's seat", "cervical strain, whiplash",
         "no overhead work, no driving company vehicles"),
        ("splash of sodium hypochlorite to right eye", "chemical conjunctivitis, pH 7.0 after irrigation",
         "safety glasses mandatory; no chemical handling"),
    ])
    doi = c.dd(-3, 0)
    v.update(prov=c.N(prov, "full"), provd=c.N(prov, "last"),
             emp=c.fac(EMPLOYERS), eaddr=c.addr(oneline=True, allow_po=False), sup=c.N(sup, r.choice(["full", "first"])),
             supph=c.phone(ext=True), hrp=c.N(hr, "full"), hrem=c.email(hr, domain=ascii_fold(r.choice(["harlow", "tricounty", "dalton", "sunrise", "vantage", "cascade"])) + ".com"),
             eid=c.idn(r.choice(["", "EMP", "E-"]), 6), claim=c.idn(r.choice(["WC", "WC-", "CLM "]), 9),
             doi=c.D(doi), rtw=c.D(c.dd(5, 15), part=True), plate=c.plate(),
             carrier=r.choice(["Travelers", "The Hartford", "state fund", "Liberty Mutual", "self-insured TPA (Sedgwick)"]),
             rest=K(r.choice(["for 2 weeks", "x10 days", "for 7 days", "until re-eval"])),
             med=K(r.choice(["naproxen 500 mg BID", "ibuprofen 600 mg TID with food", "cyclobenzaprine 5 mg qHS", "acetaminophen 1 g q8h prn"])))
    mtxt = mech[0]
    b.f(r.choice(["OCCUPATIONAL HEALTH - WORK INJURY INITIAL VISIT", "Employee Health / Workers' Compensation Visit",
                  "WORK COMP EVAL"]) + "\n", **v)
    b.f("Date: {d0}   Employee: {PT}   DOB {dob}   Emp ID {eid}" + (r.choice(["   SSN (last 4): {s4}", "   SSN xxx-xx-{s4}", "   SS# ***-**-{s4}"]) if r.random() < 0.55 else "") + "\nEmployer: {emp}, {eaddr}\nSupervisor: {sup}  {supph}\n"
        "WC carrier: {carrier}, claim # {claim}\n\n", s4=c.ssn4(), **v)
    b.f("DOI: {doi} approx {t1}. Mechanism: " + mtxt + ". Reported to supervisor same day. No prior injury to this area.\n", **v)
    b.f("Exam: {bp} {hr}. " + "Findings consistent with " + mech[1] + ". Neuro intact distally; [[5/5]] strength.\n", **v)
    if r.random() < 0.5:
        b.f(c.exam(), **v)
    b.f("Dx: " + mech[1] + " - work related.\nTx: {med}; ice/heat; home exercise sheet. [[Tdap]] updated if laceration.\n", **v)
    b.f("WORK STATUS: modified duty {rest}: " + mech[2] + ". Recheck {rtw}.\n", case="upper" if r.random() < 0.3 else None, **v)
    b.f("Work status report e-mailed to {hrp} (HR, {hrem}). Pt given copy.\n-- {prov}, " + prov["cred"] + "\n", **v)
    return c.finish(b, v)


def t_hospice(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    rn, md, att = c.staff("RN"), c.staff("MD"), c.staff("MD")
    cg = c.rel(r.choice(["daughter", "son", "wife", "husband", "granddaughter", "niece"]))
    cg2 = c.rel(r.choice(["son", "daughter", "brother", "sister", "friend"]))
    dx = r.choice([("metastatic pancreatic adenocarcinoma", "PPS 30%"), ("end-stage COPD", "PPS 40%"),
                   ("Alzheimer's dementia", "FAST 7c"), ("end-stage heart failure (NYHA IV)", "PPS 30%"),
                   ("Parkinson's disease with dementia", "FAST 7a"), ("ALS", "PPS 20%")])
    polst = c.dd(-200, -3)
    v.update(agency=c.fac(HOSPICES), rn=c.N(rn, "full"), md=c.N(md, "drfull"), att=c.Nr(att, ["drfull", "dr"]),
             addr=c.addr(), hph=c.phone(), cg=c.N(cg, "full"), cgf=c.N(cg, "first"), cgn=c.N(cg, "nick"), cgk=cg["kind"],
             cgph=c.phone(), cg2=c.N(cg2, "first"), cg2k=cg2["kind"], mbi=c.plan(), polst=c.D(polst),
             cp1=c.D(c.d0, "mdy"), cp2=c.D(c.d0 + timedelta(days=89), "mdy"), fh=c.fac(FUNERAL), dme=P(r.choice(DME), "FACILITY"),
             pps=K(dx[1]), dx=K(dx[0]), pharm=c.fac(PHARMACIES), nv=c.D(c.dd(1, 3), part=True))
    b.f(r.choice(["HOSPICE ADMISSION / INITIAL COMPREHENSIVE ASSESSMENT", "Hospice Admission Visit", "HOSPICE ADMIT NOTE"]) +
        " - {agency}\n", **v)
    b.f("Patient: {PT}   DOB {dob} ({age})   Medicare MBI {mbi}\nAddress: {addr}   Home ph {hph}\n"
        + ("Benefit period 1: {cp1} - {cp2}\n" if r.random() < 0.5 else "") + "Attending: {att}   Hospice MD: {md}\n\n", **v)
    b.f("Terminal dx: {dx}; {pps}. Related: cachexia, dysphagia. Weight loss [[11 kg in 6 months]]. "
        "Bedbound, [[Braden 11]], stage 2 coccyx.\n", **v)
    b.f("Visit: {ptf} resting in recliner, [[RR 24]], mild dyspnea, grimaces with repositioning ([[PAINAD 4]]). "
        "{cgf} is primary caregiver and has POA; {cg2k} {cg2} helps on weekends. POLST dated {polst}: DNR/comfort-focused.\n", **v)
    if r.random() < 0.5:
        b.f(c.ros() + c.exam(), **v)
    b.f("Meds/comfort kit (sent to {pharm}): [[morphine concentrate (Roxanol) 20 mg/mL]] [[5 mg SL q2h prn]], "
        "[[lorazepam 0.5 mg]] SL q4h prn, [[haloperidol 0.5 mg]] prn agitation, [[glycopyrrolate]] for secretions, "
        "[[bisacodyl]] supp. D/C [[atorvastatin]], [[Namenda]].\n", **v)
    b.f("DME: hospital bed, alternating pressure mattress, O2 concentrator [[2L]] via {dme}.\n", **v)
    if r.random() < 0.5:
        b.f("{cgf} asked what to expect over the next days; reviewed mottling, changes in breathing, decreased intake and "
            "sleepiness. {cg2} plans to fly in from {city2} on {arr}. Sat with the family while they called {his} pastor.\n",
            city2=P(r.choice([x[0] for x in CITIES if x[0] != c.city]), "LOCATION"), arr=c.D(c.dd(1, 4), part=True), **v)
    b.f("Psychosocial: " + r.choice(["{cgn}", "{cgf}"]) + " ({cgk}) tearful but coping; funeral arrangements pre-planned with {fh}. "
        "Spiritual needs: would like a visit from {his} own pastor.\n", **v)
    if r.random() < 0.4:
        b.f("Family posts updates for relatives at {cb}.\n", cb=P("https://www.caringbridge.org/visit/%s%s" % (
            ascii_fold(c.pt["first"]).lower(), ascii_fold(c.pt["last"]).lower()), "URL"), **v)
    b.f("Plan: RN visits 2x/week, aide 3x/week; next visit {nv}. On-call number given. {cgf}'s cell: {cgph}.\n{rn}, RN, CHPN\n", **v)
    return c.finish(b, v)


def t_urgent(c):
    r = c.r
    v = c.base()
    x = r.random()
    lower = x < 0.3
    b = c.note(v, case="lower" if lower else ("upper" if x < 0.42 else None))
    prov, ma = c.staff(r.choice(["PA-C", "NP", "MD"])), c.staff("MA")
    comp = r.choice([
        ("R ankle inj playing soccer at {place}", "inversion injury, [[Ottawa ankle rules]] + (post malleolus tenderness). XR: no fx",
         "R ankle sprain", "ASO brace, RICE, [[ibuprofen 600 mg]] TID x[[5 days]], crutches"),
        ("sore throat x[[3 days]], fever", "tonsillar exudate, tender ant nodes, [[Centor score 4]], rapid strep +",
         "strep pharyngitis", "[[amoxicillin 500 mg]] BID x[[10 days]], school/work note"),
        ("dog bite L hand at {place}", "[[2 cm]] puncture, no tendon involvement",
         "dog bite L hand", "irrigation, [[Augmentin 875 mg]] BID x[[5 days]], [[Tdap]] given; animal control notified"),
        ("neck pain after MVC this AM - restrained driver, rear-ended at light; pt's car plate {plate}, police report #{prpt}",
         "paraspinal tenderness, no midline tenderness, [[Canadian C-spine rule]] negative", "cervical strain",
         "[[cyclobenzaprine 5 mg]] qHS prn, [[ibuprofen 400 mg]] q6h prn, no imaging indicated"),
        ("burning w/ urination x[[2 days]]", "UA: LE 2+, nitrite +", "acute cystitis",
         "[[nitrofurantoin 100 mg]] BID x[[5 days]]"),
    ])
    v.update(prov=c.N(prov, "full"), cred=prov["cred"], ma=c.N(ma, "first"), uc=c.fac(["Harmon Urgent Care", "FastMed Urgent Care", "CityMD",
                                                                                      "MedExpress", "NextCare Urgent Care", "Patient First"]),
             place=P(r.choice(["Lincoln Park", "Riverside Sports Complex", "Heritage Park", "the Y on Main", "Kiwanis Field"]), "LOCATION"),
             pharm=c.fac(PHARMACIES), ph=c.phone(), emp=c.fac(EMPLOYERS + COLLEGES), ins=c.plan(), plate=c.plate(), prpt=c.idn(r.choice(["", "PR-", "24-"]), 7), lmp=c.D(c.dd(-20, -5), "md"),
             pcp=c.N(c.staff("MD"), r.choice(["dr", "drfull"])))
    b.f(("{uc}  visit {d0} {t1}\n" if lower else "URGENT CARE VISIT - {uc}\nDate: {d0}  Time in: {t1}\n"), **v)
    b.f("pt: {PT}  dob {dob}  {age}  ins id {ins}\nroomed by {ma} (MA)\n\n", **v)
    b.f("cc: " + comp[0] + "\n", **v)
    b.f("hpi: {ptf} is a {age} here w/ above. pmh neg. meds none. nkda. " +
        ("lmp {lmp}. " if c.sex == "F" and c.age < 50 else "") + "works/studies at {emp}.\n", **v)
    if r.random() < 0.4:
        b.f(c.ros(), **v)
    b.f("vitals: {bp} {hr} {t} {spo2}\nexam: " + comp[1] + "\n", **v)
    if r.random() < 0.5:
        b.f(c.exam(), **v)
    b.f("\n", **v)
    b.f("a/p: " + comp[2] + "\n- " + comp[3] + "\n- rx sent to {pharm}\n- f/u with pcp {pcp} prn, or return if worse\n", **v)
    b.f("- work/school note given. call {ph} w/ questions\n{prov}, {cred}\n", **v)
    return c.finish(b, v)


def t_telehealth(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    neuro, ma = c.staff("MD"), c.staff("MA")
    sp = c.rel(r.choice(["wife", "husband", "daughter", "son", "partner"]))
    room = "".join(r.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(10))
    dom = c.hdomain()
    v.update(neuro=c.N(neuro, "full"), neurod=c.N(neuro, "dr"), ma=c.N(ma, "full"), spf=c.N(sp, "first"), spk=sp["kind"], spK=sp["kind"].capitalize(),
             dxy=str(c.d0.year - r.randint(2, 9)),
             url=P("https://%s/%s" % (r.choice(["telehealth." + dom, "video." + dom, "doxy.me", "zoom.us/j"]),
                                      r.choice([room, "dr" + ascii_fold(neuro["last"]).lower(), str(r.randint(10**9, 10**11))])), "URL"),
             ip=c.ip(), pem=c.email(), ptph=c.phone(), clin=c.fac(CLINICS + HOSPITALS), last=c.D(c.dd(-200, -90)),
             fu=c.D(c.dd(80, 120), part=True), cityP=c.cityP(),
             ld=K("carbidopa-levodopa 25/100 %s" % r.choice(["1 tab TID", "1.5 tabs QID", "2 tabs TID"])),
             hy=K("Hoehn and Yahr stage %s" % r.choice(["2", "2.5", "3"])), moca=K("MoCA %d/30" % r.randint(20, 29)))
    b.f(r.choice(["TELEHEALTH VIDEO VISIT - Movement Disorders", "Virtual Visit (video) - Neurology follow-up",
                  "TELEMEDICINE NOTE"]) + "\n", **v)
    b.f("Date: {d0}   Pt: {PT}   {mrnl}{mrn}   DOB {dob}\nPatient location: home, {cityP}, {ST}. Provider location: {clin}.\n"
        "Platform: {url}   (pt connection logged from {ip})\nVerbal consent for video visit obtained; identity verified by name + DOB. "
        "{spK} {spf} present and assisting.\n\n", **v)
    b.f("Interval hx since {last}: [[Parkinson's disease]] dx {dxy}. More \"off\" time ~[[2 hours]] before next dose, "
        "freezing at doorways, [[REM sleep behavior disorder]] per {spf}. One fall [[3 weeks ago]] without injury. "
        "Constipation better on [[MiraLAX]].\n", **v)
    if r.random() < 0.5:
        b.f(c.ros(), **v)
    b.f("Meds: {ld}; [[rasagiline 1 mg]]; [[melatonin 6 mg]]. Exam (video-limited): hypomimia, mild rest tremor R>L, "
        "bradykinesia on finger taps, retropulsion not tested. {hy}. {moca} last visit.\n", **v)
    if r.random() < 0.5:
        b.f("Counseling: discussed [[deep brain stimulation]] candidacy (not yet), exercise ([[tai chi]] class at the senior "
            "center), fall prevention, and driving - {spf} now does most of the driving. Total time [[35 minutes]], >50% counseling.\n", **v)
    b.f("Plan: add [[entacapone 200 mg]] with each dose; PT referral for [[LSVT BIG]]; home safety eval. "
        "Tech issue: video froze x2 - finished by phone at {ptph}. Educational handouts sent to {pem}. "
        "RTC {fu} (video ok). {ma} (MA) scheduled.\n{neurod}\n", **v)
    return c.finish(b, v)


def t_research(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    crc, pi, wit = c.staff("CCRC"), c.staff("MD"), c.staff("RN")
    study = r.choice([("HEART-FAST", "a randomized trial of early [[empagliflozin]] in acute heart failure",
                       "[[eGFR 48]], [[LVEF 35%]], no type 1 diabetes; not on [[dapagliflozin]]",
                       "euglycemic DKA, genital mycotic infection, dehydration"),
                      ("SEPSIS-VIT", "[[IV vitamin C]] + [[thiamine]] vs placebo in septic shock",
                       "on [[norepinephrine 0.12 mcg/kg/min]], [[lactate 4.1]], no G6PD deficiency, no kidney stones",
                       "oxalate nephropathy, glucometer interference"),
                      ("COG-WALK", "aerobic exercise for mild cognitive impairment",
                       "[[MoCA 23/30]], able to walk [[400 m]] unassisted, no unstable angina",
                       "falls, muscle soreness, cardiac events during exercise"),
                      ("ReLAX-AF", "[[colchicine 0.5 mg]] for post-op atrial fibrillation prevention",
                       "scheduled CABG, [[CrCl 62 mL/min]], not on [[clarithromycin]] or strong CYP3A4 inhibitors",
                       "diarrhea, myopathy, neutropenia")])
    lar = c.rel(r.choice(["son", "daughter", "wife", "husband"])) if (r.random() < 0.6 and study[0] in ("SEPSIS-VIT", "HEART-FAST")) else None
    v.update(crc=c.N(crc, "full"), crcf=c.N(crc, "first"), pi=c.N(pi, "drfull"), wit=c.N(wit, "full"),
             subj=c.idn(r.choice(["%s-" % study[0][:4], "SUBJ-", "", "S"]), r.choice([4, 5, 6])),
             ver=c.D(c.dd(-400, -60), r.choice(["mdy", "iso", "long", "compact"])), cem=c.staff_email(crc),
             cph=c.phone(ext=True), nxt=c.D(c.dd(6, 10), "wk_long"))
    if lar:
        v.update(lar=c.N(lar, "full"), lark=lar["kind"], larf=c.N(lar, "first"), larph=c.phone())
    b.f(r.choice(["RESEARCH INFORMED CONSENT DOCUMENTATION", "Research Note - Consent Process", "CLINICAL RESEARCH CONSENT NOTE"]) + "\n", **v)
    b.f("Study: %s - %s. PI: {pi}.\nSubject: {PT}   {mrnl}{mrn}   Subject ID {subj}\nDate/time: {d0} {t1}\n"
        "Consent form version dated {ver} (IRB-approved, English).\n\n" % study[:2], **v)
    if lar:
        b.f("Pt lacks capacity ([[CAM-ICU positive]], [[RASS -2]]); consent obtained from legally authorized representative, "
            "{lark} {lar} ({larph}). {larf} was given time to read the form and ask questions; questions about "
            "blood draws and the [[6-month]] follow-up call were answered.\n", **v)
    else:
        b.f("{ptf} alert and oriented x4, [[CAM-ICU negative]]; capacity to consent assessed by teach-back. "
            "Questions about the [[6-month]] follow-up call and [[$50]] gift card were answered.\n", **v)
    if r.random() < 0.5:
        b.f("Study procedures explained: blood draws ([[10 mL]]) on days 1, 3 and 7; daily weights; [[KCCQ]] questionnaire; "
            "phone follow-up at [[30 days]] and [[6 months]]; optional biobank sample (" + r.choice(["declined", "agreed"]) + "). "
            "Participant may withdraw at any time without affecting care.\n", **v)
    b.f("Eligibility reviewed: " + study[2] + ". "
        "Risks (" + study[3] + "), benefits, alternatives, voluntary participation and HIPAA "
        "authorization reviewed. No coercion.\n", **v)
    if r.random() < 0.5:
        b.f("eConsent copy sent via {url}; participant portal login verified.\n",
            url=P("https://redcap.%s/surveys/?s=%s" % (c.hdomain(), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))), "URL"), **v)
    b.f("Signed by " + ("LAR" if lar else "participant") + " at {t2}; witness {wit}, RN. Copy given. "
        "Randomization and first study visit {nxt}.\n{crc}, CCRC ({cem}, {cph})\n", **v)
    return c.finish(b, v)


def t_incident(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    rep, mgr, wit, md = c.staff("RN"), c.staff("RN"), c.staff(r.choice(["CNA", "PCT", "RN"])), c.staff("MD")
    ev = r.choice(["fall", "med", "pump"])
    v.update(rep=c.N(rep, "full"), repem=c.staff_email(rep), mgr=c.N(mgr, "full"), mgrf=c.N(mgr, "first"), wit=c.N(wit, "full"),
             witf=c.N(wit, "first"), witc=wit["cred"], md=c.Nr(md, ["dr", "drfull"]), evid=c.idn(r.choice(["EV-", "", "PSE"]), 7),
             pump=c.serial(), unit=r.choice(["4 West Med/Surg", "Tele 6", "Ortho 3N", "Oncology 8", "ED Obs"]), rm=str(r.randint(400, 699)),
             mfs=K("Morse Fall Scale %d" % r.randint(45, 95)), dd=c.D(c.d0, r.choice(["mdy", "iso", "mdy1", "compact2"])))
    rl = c.rel(r.choice(["daughter", "son", "wife", "husband"]))
    v.update(rf=c.N(rl, "full"), rk=rl["kind"])
    b.f(r.choice(["PATIENT SAFETY EVENT REPORT", "Occurrence / Incident Report (confidential, peer review privileged)",
                  "SAFETY EVENT - RL"]) + "\n", **v)
    b.f("Event ID: {evid}   Event date/time: {dd} {t1}   Unit: {unit} rm {rm}\nPatient: {PT} ({mrnl}{mrn})\n"
        "Reporter: {rep}, RN ({repem})\n\n", **v)
    if ev == "fall":
        b.f("Type: FALL - unassisted. {mfs} on admission; bed alarm was on but not sounding. Pt found on floor beside bed by {witf} ({witc}) "
            "at {t2}, c/o R hip pain, small laceration to forehead. On [[apixaban]]. Neuro checks q1h, [[GCS 15]]. "
            "CT head negative; XR R hip no fracture.\n", **v)
    elif ev == "med":
        b.f("Type: MEDICATION - wrong dose. [[Insulin lispro (Humalog) 10 units]] given instead of [[1 unit]] per sliding scale "
            "(decimal misread). [[Glucose 48]] at {t2}; [[D50 25 g]] IV given by {witf}; repeat [[glucose 142]]. No lasting harm.\n", **v)
    else:
        b.f("Type: DEVICE/MEDICATION. [[Heparin]] infusion pump (s/n {pump}) programmed at [[18 mL/hr]] instead of [[18 units/kg/hr]]; "
            "discovered at shift handoff by {witf}. [[aPTT 112]]. Infusion held x[[1 hr]] per nomogram. Pump sequestered for biomed" +
            (" (last server sync from {pip})" if r.random() < 0.6 else "") + ".\n", pip=c.ip(), **v)
    if r.random() < 0.5:
        b.f("Contributing factors (reporter's view): unit at [[1:6]] ratio with two admissions in the hour prior; float staff "
            "unfamiliar with equipment; alarm fatigue. {witf} reports the family had just left the room.\n", **v)
    b.f("Notifications: {md} notified at {t3}; {rk} {rf} informed by charge RN (disclosure). Manager {mgr} notified.\n"
        "Witness: {wit}, " + wit["cred"] + ".\nHarm level: " + r.choice(["no harm", "minor temporary harm", "reached patient - monitoring required"]) +
        ".\nImmediate actions: safety huddle held; {mgrf} to review with pharmacy/biomed and staff education.\n", **v)
    return c.finish(b, v)


def t_appeal(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    doc = c.staff("MD")
    drug = r.choice([("[[dupilumab (Dupixent) 300 mg]] SC every [[2 weeks]]", "moderate-to-severe atopic dermatitis",
                      "[[triamcinolone 0.1%]] for [[8 weeks]], [[tacrolimus 0.1% ointment]] for [[3 months]], and [[cyclosporine]] for [[4 months]]",
                      "[[EASI score 31]]"),
                     ("[[adalimumab (Humira) 40 mg]] every [[2 weeks]]", "[[Crohn's disease]] with perianal fistula",
                      "[[mesalamine]] x[[6 months]], [[budesonide]] x[[8 weeks]], and [[azathioprine]] x[[5 months]]",
                      "[[Harvey-Bradshaw Index 12]]"),
                     ("[[continuous glucose monitor (Dexcom G7)]]", "type 1 diabetes with hypoglycemia unawareness",
                      "fingersticks [[6-8 times daily]] for [[10 years]]", "[[A1c 9.2%]]"),
                     ("[[semaglutide (Wegovy) 2.4 mg]] weekly", "obesity ([[BMI 41.3]]) with obstructive sleep apnea",
                      "supervised diet for [[6 months]] and [[phentermine]] x[[3 months]]", "[[BMI 41.3]]")])
    plan_name = r.choice(["BlueCross BlueShield", "Aetna", "Cigna", "UnitedHealthcare", "Ambetter", "Molina Healthcare", "Humana"])
    v.update(clin=c.fac(CLINICS), caddr=c.addr(oneline=True, allow_po=False), cph=c.phone(), cfax=c.phone(),
             doc=c.N(doc, r.choice(["full", "fml"])), npi=c.npi(), paddr=(lambda cr: [c.street(), "\n", P(cr[0], "LOCATION"), ", %s " % cr[1],
                                 P(cr[2] + "%02d" % r.randint(1, 99), "ZIP_CODE")])(r.choice(CITIES)),
             plan=c.plan(), grp=c.group(), claim=c.idn(r.choice(["", "CLM", "R"]), 10), deny=c.D(c.dd(-30, -7), r.choice(["long", "mdy", "abbr"])),
             ref=c.idn(r.choice(["PA-", "AUTH", ""]), 8), ltr=c.D(c.d0, r.choice(["long", "apstyle", "wkfull", "mdy"])),
             start=c.D(c.dd(-1200, -400), r.choice(["long", "mdy", "mon_d"])))
    b.f("{clin}\n{caddr}\nPhone {cph}  |  Fax {cfax}\n\n{ltr}\n\n%s Appeals Department\nAttn: Medical Director\n{paddr}\n\n" % plan_name, **v)
    b.f("RE: Expedited appeal of denial dated {deny}\nPatient: {PT}   DOB: {dob}\nMember ID: {plan}   Group: {grp}\n" +
        ("Subscriber SSN: {ssn}\n" if r.random() < 0.3 else "") +
        "Claim/Reference #: {claim} (prior auth {ref})\n\n", ssn=c.ssn(), **v)
    b.f("Dear Medical Director,\n\nI am writing on behalf of my patient, {pt}, to appeal the denial of " + drug[0] +
        " for " + drug[1] + ". {ptl} has been under my care since {start}. Despite adequate trials of " + drug[2] +
        ", disease remains uncontrolled (" + drug[3] + "), with missed work and sleep disruption.\n\n", **v)
    if r.random() < 0.5:
        b.f("Relevant history: {ptl} was first seen in our clinic on {start} for this condition. Comorbidities include "
            "hypertension and depression, both controlled. Objective measures at the most recent visit on {lastv} "
            "showed no improvement despite adherence confirmed by pharmacy fill records. There are no contraindications to "
            "the requested therapy; [[QuantiFERON]] and hepatitis B serologies are negative.\n\n",
            lastv=c.D(c.dd(-20, -3), r.choice(["long", "mdy"])), **v)
    b.f("The denial states that step therapy was not completed; as documented above and in the enclosed records, it was. "
        "Continued delay places {ptl} at risk of hospitalization. I respectfully request that the decision be overturned.\n\n", **v)
    b.f("Sincerely,\n\n{doc}, MD\nNPI {npi}\nEnclosures: clinic notes, pharmacy fill history\n", **v)
    return c.finish(b, v)


def t_autopsy(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    path, res, me = c.staff("MD"), c.staff("MD"), c.staff("MD")
    nok = c.rel(r.choice(["wife", "husband", "daughter", "son", "sister"] if c.age >= 50 else ["wife", "husband", "mother", "father", "sister"]))
    dod = c.dd(-2, -1)
    hw = r.randint(380, 720)
    v.update(aut=c.accession(r.choice(["A", "AU", "PA"])), mec=c.idn(r.choice(["ME-", "ME", "OCME "]), 6),
             dod=c.D(dod), doa=c.D(c.d0), path=c.N(path, "full"), res=c.N(res, r.choice(["full", "drfull"])),
             me=c.Nr(me, ["drfull", "dr"]), nok=c.N(nok, "full"), nokk=nok["kind"], att=c.Nr(c.staff("MD"), ["drfull", "drinit"]),
             hw=K("heart weight %d g" % hw), lw=K("combined lung weight %d g" % r.randint(900, 2100)),
             bw=K("brain %d g" % r.randint(1050, 1450)), tod=c.time("24"))
    b.f(r.choice(["AUTOPSY REPORT - FINAL ANATOMIC DIAGNOSES", "POSTMORTEM EXAMINATION - SUMMARY", "AUTOPSY PROVISIONAL/FINAL SUMMARY"]) + "\n", **v)
    b.f("Autopsy no. {aut}   Decedent: {PT}   {mrnl}{mrn}   Age {age}" + ("   SSN {ssn}" if r.random() < 0.4 else "") + "\nDate of death: {dod} {tod} at {hosp}   Date of autopsy: {doa}\n"
        "Prosector: {res}   Attending pathologist: {path}, MD\nAuthorization: hospital autopsy, consent by {nokk} {nok}. "
        "ME notified (case {mec}), jurisdiction declined by {me}.\nClinician of record: {att}\n\n", ssn=c.ssn(), **v)
    b.f("FINAL ANATOMIC DIAGNOSES:\nI. Cardiovascular\n   A. [[Severe coronary atherosclerosis]], LAD 90%, RCA 75%\n"
        "   B. [[Acute myocardial infarction]], posterolateral LV, [[3-5 days]] old\n   C. Cardiomegaly ({hw}); LV wall 1.8 cm\n"
        "II. Pulmonary\n   A. [[Diffuse alveolar damage]], exudative phase; {lw}\n   B. Bilateral pleural effusions (400 mL R, 250 mL L)\n"
        "III. Other\n   A. [[Nephrosclerosis]], arterionephrosclerotic\n   B. [[Nutmeg liver]] (chronic passive congestion)\n"
        "   C. Status post [[Swan-Ganz catheter]] placement, R IJ; [[Foley catheter]] in place\n   D. {bw}, grossly unremarkable; no [[Alzheimer type II astrocytes]]\n\n", **v)
    if r.random() < 0.5:
        b.f("MICROSCOPIC: LV posterolateral wall with coagulative necrosis, neutrophilic infiltrate and early granulation tissue "
            "([[3-5 days]]). Lungs with hyaline membranes; no thromboemboli. Kidneys: [[arteriolar hyalinosis]], "
            "focal [[Kimmelstiel-Wilson nodules]]. Liver: centrilobular congestion. Toxicology: [[lidocaine]], [[midazolam]] "
            "(therapeutic, hospital-administered).\n\n", **v)
    b.f("CLINICOPATHOLOGIC CORRELATION: {ptl} presented with cardiogenic shock after [[3 days]] of chest pain at home. "
        "Findings support death due to complications of acute MI in setting of severe CAD. Microscopic and "
        "neuropathology results pending; final report to {nokk} {nok} via {att}.\n{path}, MD\n", **v)
    return c.finish(b, v)


def t_correctional(c):
    r = c.r
    v = c.base()
    b = c.note(v)
    rn, md, off = c.staff("LPN"), c.staff(r.choice(["MD", "NP", "PA-C"])), c.person()
    county = r.choice(COUNTIES)
    fac = P("%s %s" % (county.replace(" County", "").replace(" Parish", ""), r.choice(["County Jail", "Detention Center", "Correctional Facility", "Adult Detention Center"])), "FACILITY")
    v.update(fac=fac, rn=c.N(rn, "full"), md=c.N(md, r.choice(["full", "title"])), mdc=md["cred"], off=c.N(off, "last"),
             bk=c.idn(r.choice(["", "BK", "#"]), r.choice([7, 8])), so=c.idn(r.choice(["SO", "SID "]), 6),
             bd=c.D(c.dd(-2, 0)), hu=r.choice(["B-pod 14", "Medical Housing 3", "Intake holding", "2 North cell 9"]),
             ohosp=P(c.hosp, "FACILITY"), mom=None, ciwa=K("CIWA-Ar %d" % r.randint(8, 22)), cows=K("COWS %d" % r.randint(5, 18)),
             pharm=c.fac(PHARMACIES), pphone=c.phone(), mf=c.D(c.dd(-40, -10), "md"))
    rl = c.rel(r.choice(["mother", "sister", "girlfriend", "wife", "brother"]))
    v.update(rf=c.N(rl, "full"), rk=rl["kind"], rph=c.phone())
    b.f("{fac} - MEDICAL UNIT\n" + r.choice(["INTAKE MEDICAL SCREENING / DETOX MONITORING", "Sick Call Note", "Nursing Withdrawal Assessment"]) + "\n", **v)
    b.f("Inmate: {PT}   Booking # {bk}   SID {so}   DOB {dob}" + ("   SSN {ssn}" if r.random() < 0.5 else "") +
        "\nBooked: {bd}   Housing: {hu}   Escort: Officer {off}" + (" (badge {badge})" if r.random() < 0.4 else "") + "\n",
        ssn=c.ssn(), badge=c.idn("", r.choice([3, 4])), **v)
    if r.random() < 0.45:
        b.f("Arrest hx per booking: single-vehicle MVC, pt driver; vehicle " + r.choice(["(plate {plate}) towed", "plate {plate}, VIN {vin}, impounded"]) +
            ". Declined ED eval at scene.\n", plate=c.plate(), vin=c.vin(), **v)
    b.f("\n", **v)
    b.f("S: reports daily [[fentanyl]] use (smoked), last use ~[[18 hours]] prior to booking; also drinks [[6-8 beers/day]]. "
        "Was on [[buprenorphine-naloxone (Suboxone) 8/2 mg]] BID until ~{mf}, filled at {pharm}. Hx hepatitis C, "
        "seizure with prior withdrawal.\n", **v)
    b.f("O: {bp} {hr} {t}. Diaphoretic, yawning, rhinorrhea, piloerection, tremor. {cows}; {ciwa}.\n", **v)
    if r.random() < 0.4:
        b.f(c.exam(), **v)
    b.f("A/P: moderate opioid + alcohol withdrawal. Per protocol: [[buprenorphine 4 mg]] SL now and [[4 mg]] in [[2 hours]] if "
        "COWS >8; [[chlordiazepoxide 25 mg]] q6h x[[3 days]]; [[thiamine 100 mg]]; [[ondansetron 4 mg]] prn; fluids. "
        "Verified prior Rx with {pharm} ({pphone}). Seizure precautions; if seizure or [[SBP >180]], send to {ohosp}.\n", **v)
    b.f("Emergency contact on booking sheet: {rk} {rf}, {rph} (release of info " + r.choice(["signed", "declined"]) + ").\n"
        "Discussed with {md}, " + md["cred"] + ". Reassess q4h.  -- {rn}, LPN\n", **v)
    return c.finish(b, v)


MEDS_OK = {"rapid_response_event", "pre_admission_testing", "hospice_admission", "nutrition_consult",
           "telehealth_video_visit", "sleep_study_report", "speech_swallow_eval", "transplant_evaluation",
           "wound_care_flowsheet", "correctional_health", "research_consent", "pharmacy_intervention",
           "urgent_care_visit", "dialysis_run_sheet", "genetic_counseling_pedigree"}

STYLES = [
    ("oncology_treatment_summary", t_oncology, "adult"),
    ("dialysis_run_sheet", t_dialysis, "adult"),
    ("transplant_evaluation", t_transplant, "worker"),
    ("wound_care_flowsheet", t_wound, "elder"),
    ("sleep_study_report", t_sleep, "adult"),
    ("speech_swallow_eval", t_slp, "adult"),
    ("nutrition_consult", t_nutrition, "adult"),
    ("pharmacy_intervention", t_pharmacy, "adult"),
    ("infection_control_exposure", t_infection, "adult"),
    ("rapid_response_event", t_rrt, "adult"),
    ("code_blue_record", t_code, "adult"),
    ("pre_admission_testing", t_pat, "adult"),
    ("endoscopy_report", t_endoscopy, "adult"),
    ("cath_lab_report", t_cath, "adult"),
    ("echo_ecg_report", t_echo, "adult"),
    ("genetic_counseling_pedigree", t_genetic, "worker"),
    ("school_nurse_log", t_school, "child"),
    ("occupational_health_injury", t_occhealth, "worker"),
    ("hospice_admission", t_hospice, "elder"),
    ("urgent_care_visit", t_urgent, "worker"),
    ("telehealth_video_visit", t_telehealth, "adult"),
    ("research_consent", t_research, "adult"),
    ("safety_incident_report", t_incident, "adult"),
    ("insurance_appeal_letter", t_appeal, "worker"),
    ("autopsy_summary", t_autopsy, "senior"),
    ("correctional_health", t_correctional, "worker"),
]


# ----------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------

PARTICLES = {"van", "der", "de", "la", "del", "dos", "da", "st", "bin", "al", "le", "mc", "mac", "abu"}
UNLABELED_PATTERNS = [
    ("full date", re.compile(r"(?<![\d/.])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])")),
    ("partial date", re.compile(r"(?<![\w/.+\-])\d{1,2}/\d{1,2}(?![\d/%])")),
    ("iso date", re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")),
    ("month day", re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b", re.I)),
    ("email", re.compile(r"\S+@\S+\.\w+")),
    ("url", re.compile(r"https?://|www\.", re.I)),
    ("phone", re.compile(r"\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b")),
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("ip", re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")),
]


def validate(rec):
    """Return a list of problems (empty list = note is consistent)."""
    text, phi, keep = rec["text"], rec["phi"], rec["keep"]
    errs = []
    spans = sorted([(s["start"], s["end"], "phi") for s in phi] + [(k["start"], k["end"], "keep") for k in keep])
    for s, e, kind in spans:
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errs.append("out of bounds %s %r" % (kind, (s, e)))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append("overlap %r %r" % (a, b))
    for s in phi:
        val = text[s["start"]:s["end"]]
        if not val or val != val.strip():
            errs.append("bad phi text %r" % val)
        if ALLOWED.get(s["entity"]) != s["category"]:
            errs.append("bad entity/category %r" % s)
    for k in keep:
        val = text[k["start"]:k["end"]]
        if not val or val != val.strip():
            errs.append("bad keep text %r" % val)
    for kind, lst in (("phi", phi), ("keep", keep)):
        for s in lst:
            a, z = s["start"], s["end"]
            if (a > 0 and text[a - 1].isalpha() and text[a].isalpha()) or \
               (z < len(text) and text[z - 1].isalpha() and text[z].isalpha()):
                errs.append("%s span cuts a word: %r" % (kind, text[max(0, a - 5):z + 5]))
    if errs:
        return errs
    pcov = [(s["start"], s["end"]) for s in phi]

    def covered(a, b):
        return any(s <= a and b <= e for s, e in pcov)
    vals = set()
    for s in phi:
        val = text[s["start"]:s["end"]]
        vals.add(val)
        if s["entity"] == "PERSON":
            for tok in re.split(r"[\s\-,]+", val):
                tok = tok.strip(".'\"()")
                if len(tok) >= 3 and tok.lower() not in PARTICLES:
                    vals.add(tok)
    for val in vals:
        pat = re.compile(r"(?<!\w)" + re.escape(val) + r"(?!\w)", re.I)
        for m in pat.finditer(text):
            occ = m.group(0)
            if occ.islower() and not val.islower():
                continue        # e.g. name "Hope" vs the word "hope"
            if not covered(m.start(), m.end()):
                errs.append("PHI value %r also appears unlabeled at %d: %r" %
                            (val, m.start(), text[max(0, m.start() - 25):m.end() + 25]))
    # PHI-shaped strings outside PHI and keep spans must not exist
    masked = list(text)
    for s, e, _ in spans:
        for i in range(s, e):
            masked[i] = "\x00"
    masked = "".join(masked)
    for name, pat in UNLABELED_PATTERNS:
        for m in pat.finditer(masked):
            errs.append("unlabeled %s-like string %r" % (name, m.group(0)))
    return errs


# ----------------------------------------------------------------------------
# Driver
# ----------------------------------------------------------------------------

def build(rng, n, verbose=False, min_words=80, max_words=450):
    order = []
    while len(order) < n:
        block = list(STYLES)
        rng.shuffle(block)
        order += block
    order = order[:n]
    out, retries = [], {}
    for i, (name, fn, kind) in enumerate(order):
        for attempt in range(300):
            c = Ctx(rng, kind)
            c.meds_ok = name in MEDS_OK
            note = fn(c)
            rec = {"note_id": "D%04d" % (i + 1), "patient_id": "DP%04d" % (i + 1), "template": name,
                   "text": note.text,
                   "phi": sorted(note.phi, key=lambda s: s["start"]),
                   "keep": sorted(note.keep, key=lambda s: s["start"])}
            errs = validate(rec)
            nw = len(rec["text"].split())
            if not (min_words <= nw <= max_words):
                errs.append("word count %d" % nw)
            if not (7 <= len(rec["phi"]) <= 36):
                errs.append("phi count %d" % len(rec["phi"]))
            if not errs:
                break
            retries[name] = retries.get(name, 0) + 1
            if verbose:
                print("retry %s: %s" % (name, errs[:3]), file=sys.stderr)
        else:
            raise SystemExit("could not build a valid %s note: %s" % (name, errs))
        out.append(rec)
    return out, retries


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=41)
    ap.add_argument("--out", default="set_d.jsonl")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    recs, retries = build(rng, a.n, a.verbose)
    # final self-check over everything that will be written
    ids = set()
    for rec in recs:
        errs = validate(rec)
        assert not errs, (rec["note_id"], errs)
        assert rec["note_id"] not in ids
        ids.add(rec["note_id"])
        for s in rec["phi"]:
            assert rec["text"][s["start"]:s["end"]].strip(), rec["note_id"]
    with open(a.out, "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    cat, ent = {}, {}
    nphi = nkeep = 0
    for rec in recs:
        nkeep += len(rec["keep"])
        for s in rec["phi"]:
            nphi += 1
            cat[s["category"]] = cat.get(s["category"], 0) + 1
            ent[s["entity"]] = ent.get(s["entity"], 0) + 1
    print("wrote %d notes to %s; styles=%d; phi=%d keep=%d" %
          (len(recs), a.out, len(set(r["template"] for r in recs)), nphi, nkeep), file=sys.stderr)
    print("by category: %s" % json.dumps(cat, sort_keys=True), file=sys.stderr)
    print("by entity: %s" % json.dumps(ent, sort_keys=True), file=sys.stderr)
    print("retries: %s" % json.dumps(retries, sort_keys=True), file=sys.stderr)


if __name__ == "__main__":
    main()

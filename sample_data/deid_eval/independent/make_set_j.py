#!/usr/bin/env python3
"""make_set_j.py -- independent synthetic, labeled de-identification eval set (set J).

Every note is assembled from segments (plain text, PHI value, keep value); offsets are
recorded at build time as each segment is appended.  Nothing is found by searching.

usage: python3 make_set_j.py --n 250 --seed 113 --out set_j.jsonl
"""
import argparse
import datetime as dt
import json
import random
import re

CAT = {"PERSON": "NAME", "MEDICAL_RECORD_NUMBER": "ID", "ACCOUNT_NUMBER": "ID", "ID_NUMBER": "ID",
       "HEALTH_PLAN_NUMBER": "ID", "US_SSN": "ID", "LICENSE_NUMBER": "ID", "DEVICE_ID": "ID",
       "VEHICLE_ID": "ID", "DATE": "DATE", "AGE_90_PLUS": "AGE", "LOCATION": "LOCATION",
       "STREET_ADDRESS": "LOCATION", "ZIP_CODE": "LOCATION", "FACILITY": "LOCATION",
       "PHONE_NUMBER": "CONTACT", "EMAIL_ADDRESS": "CONTACT", "URL": "CONTACT", "IP_ADDRESS": "CONTACT"}

# ----------------------------------------------------------------------------- segments
def P(ent, v):
    assert ent in CAT, ent
    return ("P", ent, str(v))
def K(v):
    return ("K", str(v))
def NM(v):
    return P("PERSON", v)
class B:
    """Note builder: tracks offsets of PHI / keep segments while concatenating."""

    def __init__(self, rng, case=None, typo=0.0):
        self.rng, self.case, self.typo = rng, case, typo
        self.buf, self.pos, self.phi, self.keep = [], 0, [], []
        self.df = "slash"
        self.pf = "dash"

    def _tx(self, s):
        if self.case == "upper":
            return s.upper()
        if self.case == "lower":
            return s.lower()
        return s

    def _typo(self, s):
        if not self.typo:
            return s
        out = []
        for w in re.split(r"(\s+)", s):
            if len(w) >= 5 and w.isalpha() and self.rng.random() < self.typo:
                i = self.rng.randint(1, len(w) - 3)
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            out.append(w)
        return "".join(out)

    def _emit(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def add(self, *segs):
        for s in segs:
            if s is None:
                continue
            if isinstance(s, list):
                self.add(*s)
            elif isinstance(s, str):
                self._emit(self._typo(self._tx(s)))
            elif s[0] == "P":
                v = self._tx(s[2])
                st = self.pos
                self._emit(v)
                self.phi.append({"start": st, "end": self.pos, "entity": s[1], "category": CAT[s[1]]})
            elif s[0] == "K":
                v = self._tx(s[1])
                st = self.pos
                self._emit(v)
                self.keep.append({"start": st, "end": self.pos})
        return self

    def m(self, s):
        """Plain text with [[keep]] markup (markup parsed into segments before appending)."""
        for i, part in enumerate(re.split(r"\[\[(.+?)\]\]", s)):
            if part:
                self.add(K(part) if i % 2 else part)
        return self

    def D(self, d, f=None):
        return P("DATE", fdate(d, f or self.df))

    def PH(self, num, f=None):
        return P("PHONE_NUMBER", fphone(num, f or self.pf))

    def text(self):
        return "".join(self.buf)

# ----------------------------------------------------------------------------- word lists (invented for this set)
FIRST_F = ("Maria Guadalupe Ximena Lucía Mei Xiu Ji-woo Soo-jin Priya Ananya Lakshmi Fatima Aisha Layla Amara "
           "Chiamaka Ngozi Abeba Olga Svetlana Agnieszka Siobhan Bridget Keisha Tamika Shanice Hope Faith Joy April "
           "June May Dawn Ivy Holly Summer Rose Pearl Grace Destiny Heather Jennifer Linda Patricia Barbara Debra "
           "Kimberly Ashley Brittany Hoa Mai Yer Malia Leilani Hadiza Hodan Ifrah Marisol Yolanda Rosa Esperanza "
           "Yuki Keiko Nadia Dorothy Mildred Evelyn Gladys Edna Bernice Loretta Margaret Elizabeth Katherine Carmen "
           "Beatriz Thanh Anh Zainab Noor Tatiana Ewa Colleen Mercedes Precious Ebony Latoya Shonda Naomi Miriam "
           "Rivka Esther Ruth Imani Wanjiru Tasha Marisela Krystal Charity Autumn Sunshine Nizhoni").split()
FIRST_F += ["Thi Lan", "Pa Nhia", "María José", "Mary Ellen", "Anne-Marie", "Mary Kate", "Ana Lucía"]
FIRST_M = ("James Robert Michael David William Will Bill Frank Guy Art Rich Grant Sonny Jesús José Luis Alejandro "
           "Wei Jun Hyun-woo Min-jun Rajesh Arjun Venkat Mohammed Omar Yusuf Tariq Chukwuemeka Oluwaseun Kwame "
           "Tesfaye Dmitri Piotr Seamus Declan DeShawn Jamal Tyrone Malik Hunter Chase Cody Tuan Minh Bao Tou Keoni "
           "Sione Abdirahman Mustafa Hiroshi Kenji Wilner Stanislaw Earl Harold Walter Eugene Clarence Richard "
           "Charles Edward Joseph Arthur Francis Santiago Mateo Rafael Ignacio Ahmad Reza Dariusz Bogdan Lamar "
           "Darnell Rusty Lonnie Royal Justice King Deval Sanjay Anil Ravi Kofi Emeka Haruto Nam Quang").split()
FIRST_M += ["Juan Carlos", "Jean-Baptiste", "José Luis", "Billy Ray", "Van Anh", "Abdul Karim"]
LAST = ("Smith Johnson Williams Brown Jones Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Nguyen Tran Pham Le "
        "Kim Park Lee Choi Chen Wang Li Zhang Huang Patel Shah Venkataraman Subramanian Reddy Iyer Khan Ahmed "
        "Al-Sayed Abdul-Rahman Haddad Nasser Okafor Adeyemi Okonkwo Mensah Gebremedhin Abdi Warsame Hussein "
        "Ivanova Petrov Kowalski Nowak Zieliński Núñez Peña O'Brien O'Connor McAllister Fitzgerald Murphy Graves "
        "Foley Bell Wilson Addison Parkinson Rossi Romano Jean-Louis Pierre Baptiste Joseph Vang Xiong "
        "Yang Lor Her Begay Yazzie Tsosie Kealoha Fonoti Tuiasosopo Tanaka Yamamoto Sato Young King Price Hunter "
        "Page Black Short Long Rich Love Day Sweet Strong Washington Freeman Jackson Thompson Miller Davis "
        "Anderson Taylor Moore White Harris Sanchez Ramirez Torres Rivera Gomez Diaz Reyes Cruz Morales Ortiz "
        "Gutierrez Castillo Mendoza Bautista Santos Silva Oliveira Schmidt Hoffmann Becker Novak Kovacs Nagy "
        "Papadopoulos Georgiou Cohen Levi Friedman Goldberg Rosenthal Sullivan Kelly Walsh Brennan Hashemi "
        "Rahimi Tehrani Chavis Lowery Oxendine Mahmoud Osei Boateng Dlamini Kaur Singh Gill Sandhu Wojcik "
        "Lindqvist Halvorsen Berg Olson Marsh Banks Fields Waters Castro Delgado Espinoza Contreras").split()
LAST += ["De Luca", "De la Cruz", "dela Cruz", "van der Berg", "Van Buren", "St. Clair", "Ben-David", "García-López",
         "Mac Donald", "Nguyen-Tran", "Da Silva", "El-Amin", "Running Bear"]
NICK = {"Margaret": "Peggy", "Elizabeth": "Betty", "Katherine": "Kitty", "Patricia": "Patty", "Barbara": "Barb",
        "Dorothy": "Dot", "Mildred": "Millie", "Robert": "Bobby", "William": "Bill", "Richard": "Rick",
        "Charles": "Chuck", "James": "Jimmy", "Edward": "Eddie", "Joseph": "Joe", "Eugene": "Gene",
        "Harold": "Hal", "Walter": "Walt", "Arthur": "Art", "Francis": "Frank", "Jesús": "Chuy", "José": "Pepe",
        "Guadalupe": "Lupe", "Dmitri": "Dima", "Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Mohammed": "Mo",
        "Alejandro": "Alex", "Ji-woo": "Jenny", "Michael": "Mikey", "Hyun-woo": "Henry", "Xiu": "Sue",
        "Stanislaw": "Stan", "Bernice": "Bunny", "Rafael": "Rafa", "Abdirahman": "Abdi", "Mary Ellen": "Mel"}
CRED_MD = ["MD", "MD", "MD", "DO", "MD, PhD", "MD, FACP"]
CRED_APP = ["NP", "PA-C", "FNP-C", "ANP-BC", "APRN"]
CRED_RN = ["RN", "RN", "RN, BSN", "LPN"]

CITIES = [("Springfield", "IL"), ("Riverside", "CA"), ("Fairview", "OR"), ("Oak Ridge", "TN"), ("Lakewood", "CO"),
          ("Cedar Falls", "IA"), ("Brookhaven", "GA"), ("Millbrook", "AL"), ("Dearborn", "MI"), ("Hialeah", "FL"),
          ("Lowell", "MA"), ("Chula Vista", "CA"), ("Yakima", "WA"), ("Gallup", "NM"), ("Hilo", "HI"),
          ("Cicero", "IL"), ("Elgin", "IL"), ("Port Arden", "ME"), ("East Hollis", "NH"), ("New Carrow", "PA"),
          ("Bramblewood", "OH"), ("Saint Albans", "VT"), ("Willow Creek", "MT"), ("Mount Pleasant", "SC"),
          ("Harlan", "KY"), ("Paradise", "NV"), ("Hope", "AR"), ("Normal", "IL"), ("Friendship", "WI"),
          ("Liberty", "MO"), ("Lafayette", "LA"), ("El Paso", "TX"), ("Brownsville", "TX"), ("St. Paul", "MN"),
          ("Fresno", "CA"), ("Tulsa", "OK"), ("Toledo", "OH"), ("Bangor", "ME"), ("Kent", "WA"),
          ("Union City", "NJ"), ("Paterson", "NJ"), ("Flint", "MI"), ("Garden Grove", "CA"),
          ("Sioux Falls", "SD"), ("Eagle Pass", "TX"), ("Pembroke", "NC"), ("Window Rock", "AZ")]
STATE_FULL = {"IL": "Illinois", "CA": "California", "OR": "Oregon", "TN": "Tennessee", "CO": "Colorado",
              "IA": "Iowa", "GA": "Georgia", "AL": "Alabama", "MI": "Michigan", "FL": "Florida",
              "MA": "Massachusetts", "WA": "Washington", "NM": "New Mexico", "HI": "Hawaii", "ME": "Maine",
              "NH": "New Hampshire", "PA": "Pennsylvania", "OH": "Ohio", "VT": "Vermont", "MT": "Montana",
              "SC": "South Carolina", "KY": "Kentucky", "NV": "Nevada", "AR": "Arkansas", "WI": "Wisconsin",
              "MO": "Missouri", "LA": "Louisiana", "TX": "Texas", "MN": "Minnesota", "OK": "Oklahoma",
              "NJ": "New Jersey", "SD": "South Dakota", "NC": "North Carolina", "AZ": "Arizona"}
COUNTIES = ["Hollis County", "Marlow County", "Cumberland County", "Tate County", "Okalee County",
            "Rio Seco County", "Bexley County", "Greer Parish"]
STREETS = ["Orchard", "Maple", "Kingfisher", "Belmont", "Martin Luther King Jr", "Cesar Chavez", "Elm", "Juniper",
           "Old Mill", "Pinecrest", "Magnolia", "Division", "3rd", "14th", "Lakeview", "Sunset", "Prospect",
           "Bayou", "Mesa Verde", "Ocotillo", "Kamehameha", "Cottonwood", "Church", "Railroad", "Hickory Hollow"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Blvd", "Ct", "Way", "Pl", "Street", "Avenue", "Road", "Drive", "Circle"]
HOSP = [("Mercy Ridge Medical Center", "MRMC", "mercyridgehealth.org"),
        ("St. Anselm Hospital", "St. Anselm's", "stanselm.org"),
        ("Riverbend Regional Medical Center", "RRMC", "riverbendregional.org"),
        ("Lakeshore Community Hospital", "Lakeshore", "lakeshorech.org"),
        ("Tri-Valley University Hospital", "TVUH", "tvuhealth.edu"),
        ("Desert Vista Medical Center", "DVMC", "desertvistamc.org"),
        ("Northshore Baptist Hospital", "NBH", "nsbaptist.org"),
        ("Cumberland Valley Hospital", "CVH", "cvhospital.org"),
        ("Sequoia Heights Medical Center", "Sequoia Heights", "sequoiaheights.org"),
        ("Good Samaritan Hospital of Harlan", "Good Sam", "goodsamharlan.org")]
CLINICS = ["Northgate Family Health", "Cedar Valley Internal Medicine", "Eastside Community Health Center",
           "La Clínica del Valle", "Riverbend Cardiology Associates", "Harbor Point Orthopedics",
           "Westfield Dialysis Center", "Summit Sleep & Pulmonary", "Prairie View Geriatrics",
           "Sunflower Pediatrics & Family Medicine", "Bayside Urgent Care", "Mesa Verde Wound Clinic"]
SNF = ["Golden Oaks Skilled Nursing", "Pinecrest Rehabilitation Center", "Sunrise Gardens Assisted Living",
       "The Willows at Fairview", "Maple Grove Health & Rehab", "Good Shepherd Hospice House",
       "Bethany Manor", "St. Jude Care Center"]
PHARM = ["Harmon Drug", "Lakeside Pharmacy", "Corner Rx", "Main Street Apothecary", "Wellway Pharmacy #2214",
         "Farmacia San José", "Valley Community Pharmacy", "Bluebird Drug & Gift"]
EMPLOYERS = ["Tri-County Freight", "Hollis Unified School District", "Brightline Logistics", "Amberfield Poultry",
             "Cascade Paper Mill", "Red Rock Casino", "Blue Heron Landscaping", "Sunnyvale Home Care Agency",
             "Kessler Tool & Die", "Golden Wok Restaurant", "Patriot Auto Body"]
SCHOOLS = ["Lincoln Elementary", "Westbrook High School", "Kessler Community College", "Our Lady of Lourdes School"]
CHURCH = ["Grace Fellowship Church", "St. Casimir Parish", "Masjid Al-Noor", "Temple Beth Shalom",
          "Iglesia Pentecostal Monte Sion", "Mt. Zion AME Church", "New Hope Baptist Church"]
VENDORS = ["Apex Home Infusion", "CareLink Medical Supply", "Comfort Home Health", "BrightPath Home Care",
           "Lifeline Oxygen Services"]
INSURERS = ["Medicare", "Medicaid", "BlueRiver Health Plan", "Summit Choice HMO", "Keystone Mutual PPO",
            "Tricare", "a Medicare Advantage plan", "Prairie Care Medicaid"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net"]
COUNTRIES = ["Mexico", "Guatemala", "India", "Vietnam", "Nigeria", "Somalia", "the Philippines", "Ukraine", "Haiti"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [m[:3] for m in MONTHS]
MON[8] = "Sept"
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
def fdate(d, f):
    m, dd, y = d.month, d.day, d.year
    return {"slash": f"{m:02d}/{dd:02d}/{y}", "slash_nz": f"{m}/{dd}/{y}", "slash2": f"{m}/{dd}/{y % 100:02d}",
            "md": f"{m}/{dd}", "long": f"{MONTHS[m - 1]} {dd}, {y}", "abbr": f"{MON[m - 1]} {dd}, {y}",
            "abbr_nc": f"{MON[m - 1]} {dd} {y}", "dmy": f"{dd} {MON[m - 1]} {y}", "iso": d.isoformat(),
            "oracle": f"{dd:02d}-{MON[m - 1][:3].upper()}-{y}", "mday": f"{MONTHS[m - 1]} {dd}",
            "ord": f"{MONTHS[m - 1]} {ordinal(dd)}", "wk": f"{WD[d.weekday()]}, {MONTHS[m - 1]} {dd}, {y}",
            "dash": f"{m:02d}-{dd:02d}-{y}", "dot": f"{m}.{dd}.{y % 100:02d}",
            "mon_yr_day": f"{MON[m - 1]}. {dd}, {y}"}[f]


DATE_FMTS = ["slash", "slash", "slash_nz", "slash2", "long", "abbr", "dmy", "iso", "oracle", "dash", "abbr_nc",
             "dot", "mon_yr_day"]
def fphone(n, f):
    a, p, l = n
    return {"paren": f"({a}) {p}-{l}", "dash": f"{a}-{p}-{l}", "dot": f"{a}.{p}.{l}", "plain": f"{a}{p}{l}",
            "intl": f"+1 {a} {p} {l}", "one": f"1-{a}-{p}-{l}", "paren_ns": f"({a}){p}-{l}",
            "sp": f"{a} {p} {l}"}[f]


PHONE_FMTS = ["paren", "paren", "dash", "dash", "dot", "plain", "intl", "one", "paren_ns", "sp"]

# ----------------------------------------------------------------------------- random identifiers
ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))
def phone(rng):
    return (str(rng.randint(201, 989)), str(rng.randint(201, 989)), digits(rng, 4))
def mk_mrn(rng):
    k = rng.randint(0, 4)
    return [digits(rng, 8), "E" + digits(rng, 7), digits(rng, 7), "MR" + digits(rng, 6),
            digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 2)][k]
def mk_acct(rng):
    return rng.choice([digits(rng, 10), digits(rng, 12), "V" + digits(rng, 9), digits(rng, 4) + "-" + digits(rng, 6)])
def mk_ssn(rng):
    a, b_, c = str(rng.randint(101, 665)), digits(rng, 2), digits(rng, 4)
    return rng.choice([f"{a}-{b_}-{c}", f"{a} {b_} {c}", f"{a}{b_}{c}"])
def mk_plan(rng, ins):
    if ins == "Medicare":
        return (f"{rng.randint(1, 9)}{rng.choice(LET)}{rng.choice(ALNUM)}{rng.randint(0, 9)}-"
                f"{rng.choice(LET)}{rng.choice(ALNUM)}{rng.randint(0, 9)}-{rng.choice(LET)}{rng.choice(LET)}"
                f"{rng.randint(0, 9)}{rng.randint(0, 9)}")
    if "Medicaid" in ins:
        return digits(rng, 8) + rng.choice(LET)
    return "".join(rng.choice(LET) for _ in range(3)) + digits(rng, 9)
def mk_npi(rng):
    return "1" + digits(rng, 9)
def mk_dea(rng):
    return rng.choice("ABFM") + rng.choice(LET) + digits(rng, 7)
def mk_device(rng):
    k = rng.randint(0, 4)
    return [("Medtronic dual-chamber pacemaker", "RNB" + digits(rng, 6) + "S"),
            ("Boston Scientific single-chamber ICD", digits(rng, 6)),
            ("Abbott Assurity pacemaker", "SN " + digits(rng, 7)),
            ("Tandem insulin pump", digits(rng, 8)),
            ("Dexcom G6 transmitter", "8" + "".join(rng.choice(ALNUM) for _ in range(5)))][k]
def mk_plate(rng):
    return rng.choice([f"{rng.randint(1, 9)}{''.join(rng.choice(LET) for _ in range(3))}{digits(rng, 3)}",
                       f"{''.join(rng.choice(LET) for _ in range(3))}-{digits(rng, 4)}",
                       f"{''.join(rng.choice(LET) for _ in range(3))} {digits(rng, 4)}"])
def mk_vin(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
def mk_ip(rng):
    return rng.choice([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                       f"{rng.randint(23, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"])
def mk_accession(rng, pre=None):
    pre = pre or rng.choice(["S", "CT", "MR", "US", "XR", "M", "C"])
    return rng.choice([f"{pre}{rng.randint(19, 24)}-{digits(rng, 5)}", f"{pre}{digits(rng, 8)}",
                       f"{pre}-{digits(rng, 4)}-{digits(rng, 6)}"])

# ----------------------------------------------------------------------------- people
class Person:
    def __init__(self, rng, sex=None, cred=None, last=None):
        self.sex = sex or rng.choice("MF")
        self.first = rng.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = last or rng.choice(LAST)
        if last is None and rng.random() < 0.07:
            self.last = f"{self.last}-{rng.choice(LAST).split()[-1]}"
        self.mi = rng.choice(LET)
        self.nick = NICK.get(self.first)
        if self.nick is None and rng.random() < 0.08:
            self.nick = rng.choice(["Sonny", "Buddy", "Junior", "Tito", "Cookie", "Bear"])
        self.cred = cred
        self.phone = phone(rng)
        self.pager = f"{rng.randint(2, 9)}-{digits(rng, 4)}"

    def full(self):
        return f"{self.first} {self.last}"
def who(rng, p, form=None):
    forms = ["full", "dr", "cred", "lf", "drfull", "init", "fml"]
    form = _fix_form(p, form or rng.choice(forms))
    if form == "full":
        return [NM(p.full())]
    if form == "fml":
        return [NM(f"{p.first} {p.mi}. {p.last}")]
    if form == "dr":
        return ["Dr. ", NM(p.last)]
    if form == "drfull":
        return ["Dr. ", NM(p.full())]
    if form == "cred":
        return [NM(p.full()), f", {p.cred or 'MD'}"]
    if form == "lf":
        return [NM(f"{p.last}, {p.first}")]
    if form == "LF":
        return [NM(f"{p.last.upper()}, {p.first.upper()}")]
    if form == "init":
        return [NM(f"{p.first[0]}. {p.last}")]
    if form == "first":
        return [NM(p.first)]
    if form == "last":
        return [NM(p.last)]
    if form == "title":
        return [("Mr. " if p.sex == "M" else rng.choice(["Ms. ", "Mrs. ", "Ms. "])), NM(p.last)]
    if form == "nick":
        return [NM(p.nick or p.first)]
    if form == "firstcred":
        return [NM(p.first), f" {p.cred or 'RN'}"]
    raise ValueError(form)

def _fix_form(p, form):
    if form in ("dr", "drfull") and p.cred and "MD" not in p.cred and "DO" not in p.cred:
        return "full"
    return form
class Patient:
    def __init__(self, rng, pid):
        self.pid = pid
        self.p = Person(rng)
        self.sex = self.p.sex
        old = rng.random() < 0.13
        self.age0 = rng.randint(90, 103) if old else rng.choice([rng.randint(19, 89), rng.randint(45, 89)])
        self.base = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 5))
        self.dob = self.base - dt.timedelta(days=self.age0 * 365 + self.age0 // 4 + rng.randint(1, 360))
        self.mrn = mk_mrn(rng)
        self.ssn = mk_ssn(rng)
        self.city, self.state = rng.choice(CITIES)
        self.street = f"{rng.randint(2, 9899)} {rng.choice(['', '', 'N ', 'S ', 'W ', 'E '])}{rng.choice(STREETS)} {rng.choice(SUFFIX)}"
        if rng.random() < 0.3:
            self.street += rng.choice([f" Apt {rng.randint(1, 40)}{rng.choice('ABCD')}", f" #{rng.randint(1, 300)}",
                                       f" Unit {rng.randint(1, 12)}", f" Lot {rng.randint(1, 90)}"])
        self.zip = f"{rng.randint(1001, 99950):05d}" + (f"-{digits(rng, 4)}" if rng.random() < 0.2 else "")
        self.county = rng.choice(COUNTIES)
        self.home, self.cell = phone(rng), phone(rng)
        clean = lambda s: re.sub(r"[^a-z]", "", s.lower().replace("é", "e").replace("á", "a").replace("í", "i")
                                 .replace("ú", "u").replace("ñ", "n").replace("ń", "n"))
        self.email = rng.choice([f"{clean(self.p.first)}.{clean(self.p.last)}{rng.randint(1, 99)}",
                                 f"{clean(self.p.first)[0]}{clean(self.p.last)}{rng.randint(50, 99)}",
                                 f"{clean(self.p.last)}fam", f"{clean(self.p.first)}_{rng.randint(1960, 2004)}"]) \
            + "@" + rng.choice(EMAIL_DOM)
        self.ins = "Medicare" if self.age0 >= 66 and rng.random() < 0.8 else rng.choice(INSURERS)
        self.plan = mk_plan(rng, self.ins)
        self.group = digits(rng, 7)
        self.hosp = rng.choice(HOSP)
        self.clinic = rng.choice(CLINICS)
        self.pharm = rng.choice(PHARM)
        self.employer = rng.choice(EMPLOYERS)
        self.church = rng.choice(CHURCH)
        self.snf = rng.choice(SNF)
        self.pcp = Person(rng, cred=rng.choice(CRED_MD + CRED_APP))
        self.att = Person(rng, cred=rng.choice(CRED_MD))
        self.res = Person(rng, cred="MD")
        self.rn = Person(rng, cred=rng.choice(CRED_RN))
        self.spec = Person(rng, cred=rng.choice(CRED_MD))
        self.cm = Person(rng, cred=rng.choice(["RN, CCM", "LCSW", "MSW", "RN"]))
        self.device = mk_device(rng) if rng.random() < 0.5 else None
        sp_last = self.p.last if rng.random() < 0.6 else rng.choice(LAST)
        self.rel = []
        if rng.random() < 0.75:
            sp = Person(rng, sex="F" if self.sex == "M" else "M", last=sp_last)
            self.rel.append((rng.choice(["wife", "partner"]) if sp.sex == "F" else rng.choice(["husband", "husband", "partner"]), sp))
        for _ in range(rng.randint(1, 2)):
            c = Person(rng, last=self.p.last if rng.random() < 0.5 else None)
            self.rel.append(({"F": "daughter", "M": "son"}[c.sex] if self.age0 > 40 else
                             rng.choice(["mother", "sister", "brother", "father"]), c))
        if rng.random() < 0.3:
            o = Person(rng)
            self.rel.append((rng.choice(["niece", "grandson", "granddaughter", "neighbor", "friend"]), o))
        a0 = self.age0
        pool = [x for x in SCEN if not (x["k"] in ("uro", "hipfx") and a0 < 65) and not (x["k"] in ("dka", "etoh") and a0 > 80)]
        self.sc = rng.choice(pool)

    def age(self, d):
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    def relative(self, rng):
        return rng.choice(self.rel)
def AGE(n):
    return P("AGE_90_PLUS", n) if int(n) >= 90 else K(n)
def sx(pt, style=0):
    return [["M", "F"], ["male", "female"], ["man", "woman"], ["gentleman", "lady"]][style][pt.sex == "F"]
def he(pt):
    return "he" if pt.sex == "M" else "she"
def his(pt):
    return "his" if pt.sex == "M" else "her"

# ----------------------------------------------------------------------------- clinical content
SCEN = [
    dict(k="chf", cc="shortness of breath and leg swelling", dx="acute on chronic HFrEF exacerbation",
         hpi="progressive dyspnea on exertion x [[5 days]], now [[3-pillow]] orthopnea, up about [[4 kg]] on home scale; ran out of [[furosemide]] last week",
         pmh=["HFrEF (EF [[25%]])", "HTN", "CKD stage 3a", "T2DM"],
         meds=[("furosemide", "40 mg", "IV BID"), ("carvedilol", "6.25 mg", "PO BID"),
               ("sacubitril-valsartan", "24-26 mg", "PO BID"), ("atorvastatin", "40 mg", "PO qHS")],
         labs=[("BNP", "1,840"), ("Cr", "1.6"), ("K", "4.1")],
         exam="JVP to angle of jaw, bibasilar crackles, [[2+]] pitting edema to knees",
         plan=["IV [[furosemide]] [[40 mg]] BID, goal net negative [[1-1.5 L]]/day",
               "daily weights, strict I/O, [[2 g]] Na diet", "hold [[sacubitril-valsartan]] if SBP < [[95]]"]),
    dict(k="copd", cc="worsening cough and wheezing", dx="COPD exacerbation",
         hpi="increased sputum production x [[3 days]], using [[albuterol]] every [[2 hours]]; [[45 pack-year]] history, still smoking [[1/2 ppd]]",
         pmh=["COPD (FEV1 [[38%]] predicted)", "chronic hypoxemic resp failure on [[2 L]] home O2", "HTN"],
         meds=[("prednisone", "40 mg", "PO daily"), ("azithromycin", "250 mg", "PO daily"),
               ("ipratropium-albuterol", "3 mL", "neb q6h"), ("tiotropium", "18 mcg", "inh daily")],
         labs=[("VBG pH", "7.33"), ("pCO2", "58"), ("WBC", "12.4")],
         exam="diffuse expiratory wheezes, prolonged expiratory phase, no accessory muscle use",
         plan=["[[prednisone]] [[40 mg]] x [[5 days]] total", "[[azithromycin]] [[250 mg]] daily x [[4 days]]",
               "titrate O2 to SpO2 [[88-92%]]", "smoking cessation counseling, [[nicotine patch]] [[21 mg]]"]),
    dict(k="pna", cc="fever and productive cough", dx="community-acquired pneumonia, RLL",
         hpi="fevers to [[102.4 F]] and rigors x [[2 days]] with rust-colored sputum and pleuritic R chest pain",
         pmh=["T2DM", "hyperlipidemia", "OSA on CPAP"],
         meds=[("ceftriaxone", "1 g", "IV q24h"), ("azithromycin", "500 mg", "IV daily"),
               ("metformin", "1000 mg", "PO BID"), ("insulin glargine", "18 units", "SC qHS")],
         labs=[("WBC", "16.8"), ("procalcitonin", "2.4"), ("lactate", "1.9")],
         exam="dullness and egophony R base, coarse crackles RLL",
         plan=["[[ceftriaxone]] [[1 g]] + [[azithromycin]] [[500 mg]], plan [[5 day]] course",
               "f/u blood cx, sputum cx, urine [[Legionella]] Ag", "CURB-65 [[2]]; monitor on floor"]),
    dict(k="cellulitis", cc="red painful left leg", dx="LLE cellulitis, nonpurulent",
         hpi="erythema spreading from L shin over [[3 days]] after minor scrape, subjective fevers",
         pmh=["obesity (BMI [[41]])", "venous stasis", "T2DM"],
         meds=[("cefazolin", "2 g", "IV q8h"), ("acetaminophen", "650 mg", "PO q6h PRN"),
               ("enoxaparin", "40 mg", "SC daily")],
         labs=[("WBC", "13.1"), ("CRP", "84"), ("A1c", "9.2%")],
         exam="warm, tender erythema L anterior shin ~[[15 x 10 cm]], margins marked, no fluctuance, no crepitus",
         plan=["[[cefazolin]] [[2 g]] q8h, transition to [[cephalexin]] [[500 mg]] QID when improving",
               "elevate leg; margins marked with skin pen", "total abx course [[7 days]]"]),
    dict(k="dka", cc="nausea, vomiting, high sugars", dx="diabetic ketoacidosis",
         hpi="polyuria/polydipsia x [[1 week]], missed [[insulin]] doses after losing job; FSBG read HIGH at home",
         pmh=["T1DM since age [[14]]", "depression", "gastroparesis"],
         meds=[("insulin regular", "0.1 units/kg/hr", "IV infusion"), ("insulin glargine", "22 units", "SC qHS"),
               ("ondansetron", "4 mg", "IV q6h PRN"), ("sertraline", "50 mg", "PO daily")],
         labs=[("glucose", "486"), ("anion gap", "24"), ("beta-hydroxybutyrate", "6.1"), ("pH", "7.14")],
         exam="dry mucous membranes, [[Kussmaul]] respirations, diffuse mild abd tenderness",
         plan=["DKA protocol; insulin gtt until AG closed x [[2]]", "K repletion per protocol, BMP q2h",
               "overlap [[glargine]] [[2 hours]] before stopping drip"]),
    dict(k="afib", cc="palpitations", dx="atrial fibrillation with RVR",
         hpi="sudden palpitations and lightheadedness since last night, HR [[140s]] at urgent care",
         pmh=["paroxysmal AF", "HTN", "hypothyroidism ([[Hashimoto]] thyroiditis)"],
         meds=[("diltiazem", "30 mg", "PO q6h"), ("apixaban", "5 mg", "PO BID"),
               ("levothyroxine", "88 mcg", "PO daily"), ("metoprolol succinate", "50 mg", "PO daily")],
         labs=[("TSH", "0.9"), ("Mg", "1.8"), ("troponin", "<0.01")],
         exam="irregularly irregular, no murmur, lungs clear",
         plan=["rate control with [[diltiazem]], goal HR < [[110]]", "CHA2DS2-VASc [[3]] -> continue [[apixaban]] [[5 mg]] BID",
               "TTE; consider TEE/DCCV if persistent"]),
    dict(k="uro", cc="confusion and fever", dx="sepsis due to complicated UTI",
         hpi="per family increasingly confused x [[2 days]], dysuria, T [[38.9]] at nursing facility; chronic [[Foley]] catheter",
         pmh=["neurogenic bladder", "[[Alzheimer]] dementia", "recurrent UTI"],
         meds=[("piperacillin-tazobactam", "4.5 g", "IV q8h"), ("donepezil", "10 mg", "PO qHS"),
               ("tamsulosin", "0.4 mg", "PO daily")],
         labs=[("WBC", "18.2"), ("lactate", "3.1"), ("UA WBC", ">100")],
         exam="oriented x [[1]], suprapubic tenderness, [[Foley]] draining cloudy urine",
         plan=["[[30 mL/kg]] LR bolus given in ED", "exchange [[Foley]] catheter, send UCx from new catheter",
               "narrow [[piperacillin-tazobactam]] per cultures; prior [[E. coli]] ESBL-neg"]),
    dict(k="gib", cc="black stools and dizziness", dx="acute upper GI bleed",
         hpi="melena x [[3 days]], lightheaded on standing; takes [[ibuprofen]] [[800 mg]] TID for back pain",
         pmh=["OA", "GERD", "[[Barrett]] esophagus"],
         meds=[("pantoprazole", "40 mg", "IV BID"), ("octreotide", "50 mcg/hr", "IV"),
               ("ferrous sulfate", "325 mg", "PO daily")],
         labs=[("Hgb", "6.9"), ("BUN", "48"), ("INR", "1.1")],
         exam="pale conjunctivae, epigastric tenderness, melena on rectal exam",
         plan=["transfuse [[1 unit]] pRBC, goal Hgb > [[7]]", "[[pantoprazole]] [[40 mg]] IV BID, EGD today",
               "Glasgow-Blatchford score [[12]]; hold NSAIDs"]),
    dict(k="stroke", cc="right arm weakness and slurred speech", dx="acute L MCA ischemic stroke",
         hpi="wife noticed word-finding difficulty at breakfast, last known well [[~6 hours]] prior; outside tPA window",
         pmh=["HTN", "HLD", "tobacco use"],
         meds=[("aspirin", "325 mg", "PO once then 81 mg daily"), ("atorvastatin", "80 mg", "PO qHS"),
               ("clopidogrel", "75 mg", "PO daily")],
         labs=[("LDL", "162"), ("A1c", "6.4%"), ("glucose", "131")],
         exam="expressive aphasia, R pronator drift, R facial droop, [[Babinski]] upgoing on R",
         plan=["NIHSS [[7]]; permissive HTN to [[220/120]] x [[24 hours]]", "DAPT x [[21 days]] then monotherapy",
               "MRI brain, CTA head/neck, TTE w/ bubble"]),
    dict(k="chole", cc="RUQ pain after meals", dx="acute calculous cholecystitis",
         hpi="RUQ pain radiating to R shoulder x [[18 hours]], nausea, emesis x [[3]]",
         pmh=["obesity", "GERD"],
         meds=[("ampicillin-sulbactam", "3 g", "IV q6h"), ("morphine", "2 mg", "IV q4h PRN"),
               ("ondansetron", "4 mg", "IV q8h PRN")],
         labs=[("WBC", "14.6"), ("T bili", "1.4"), ("lipase", "42")],
         exam="RUQ tenderness with positive [[Murphy's sign]], no peritoneal signs",
         plan=["NPO, IVF, [[ampicillin-sulbactam]]", "surgery consulted for lap chole",
               "US: GB wall [[5 mm]], pericholecystic fluid, CBD [[4 mm]]"]),
    dict(k="hipfx", cc="fall, unable to bear weight", dx="displaced L femoral neck fracture",
         hpi="mechanical fall at home tripping on rug, no LOC, lay on floor about [[2 hours]] until found",
         pmh=["osteoporosis", "HTN", "[[Parkinson disease]]"],
         meds=[("carbidopa-levodopa", "25-100 mg", "PO TID"), ("oxycodone", "2.5 mg", "PO q4h PRN"),
               ("enoxaparin", "30 mg", "SC BID"), ("amlodipine", "5 mg", "PO daily")],
         labs=[("Hgb", "10.9"), ("CK", "612"), ("Cr", "1.2")],
         exam="L leg shortened and externally rotated, pain with log roll, NV intact distally",
         plan=["ortho for hemiarthroplasty", "continue [[carbidopa-levodopa]] on strict schedule",
               "delirium precautions; Morse Fall Scale [[65]]"]),
    dict(k="etoh", cc="tremors, wants to stop drinking", dx="alcohol withdrawal",
         hpi="drinks [[1/5]] vodka daily x [[10 years]], last drink [[~18 hours]] ago; prior withdrawal seizure",
         pmh=["alcohol use disorder", "hepatic steatosis", "anxiety"],
         meds=[("lorazepam", "1-2 mg", "IV per CIWA"), ("thiamine", "100 mg", "IV daily"),
               ("folic acid", "1 mg", "PO daily"), ("multivitamin", "1 tab", "PO daily")],
         labs=[("AST", "142"), ("ALT", "66"), ("Mg", "1.4"), ("ethanol", "<10")],
         exam="coarse tremor, diaphoretic, oriented x [[3]], no asterixis",
         plan=["CIWA-Ar protocol, current CIWA [[14]]", "[[thiamine]] before glucose",
               "Mg repletion, goal > [[2.0]]", "addiction medicine consult"]),
    dict(k="aki", cc="decreased urine output", dx="AKI on CKD, likely prerenal",
         hpi="poor PO intake and diarrhea x [[4 days]] while continuing [[lisinopril]] and [[hydrochlorothiazide]]",
         pmh=["CKD stage 3b (baseline Cr [[1.5]])", "HTN", "gout"],
         meds=[("lactated Ringer's", "100 mL/hr", "IV"), ("allopurinol", "100 mg", "PO daily"),
               ("heparin", "5,000 units", "SC q8h")],
         labs=[("Cr", "3.4"), ("BUN", "61"), ("K", "5.6"), ("FENa", "0.4%")],
         exam="dry mucous membranes, flat JVP, no edema",
         plan=["hold [[lisinopril]]/[[HCTZ]], IVF", "renally dose meds; avoid contrast",
               "renal US; strict I/O, bladder scan q6h"]),
    dict(k="knee", cc="R knee pain", dx="R knee OA with possible medial meniscal tear",
         hpi="R knee pain x [[6 months]], worse on stairs, occasional locking",
         pmh=["OA", "HTN", "prediabetes"],
         meds=[("meloxicam", "7.5 mg", "PO daily"), ("acetaminophen", "1000 mg", "PO TID"),
               ("lisinopril", "20 mg", "PO daily")],
         labs=[("A1c", "6.1%"), ("Cr", "0.9")],
         exam="medial joint line tenderness, positive [[McMurray test]], negative [[Lachman test]], small effusion",
         plan=["MRI R knee", "PT referral, quad strengthening", "consider [[triamcinolone]] [[40 mg]] intra-articular injection"]),
    dict(k="dep", cc="depressed mood, passive SI", dx="major depressive disorder, recurrent, severe",
         hpi="worsening mood x [[2 months]] after job loss, poor sleep, passive SI without plan",
         pmh=["MDD", "GAD", "hypothyroidism"],
         meds=[("sertraline", "100 mg", "PO daily"), ("trazodone", "50 mg", "PO qHS PRN"),
               ("levothyroxine", "50 mcg", "PO daily")],
         labs=[("TSH", "3.2"), ("PHQ-9", "21")],
         exam="tearful, psychomotor slowing, linear thought process",
         plan=["increase [[sertraline]] to [[150 mg]]", "safety plan reviewed; C-SSRS screen [[low]] risk",
               "therapy referral, CBT"]),
]

EPONYM_EXTRA = ["[[Homans sign]] negative", "[[Romberg]] negative", "[[Glasgow Coma Scale]] [[15]]",
                "[[Braden]] score [[17]]", "[[Mallampati]] [[II]]", "[[Tinel sign]] negative",
                "[[Phalen test]] negative", "[[Raynaud phenomenon]] hx", "[[Epley maneuver]] deferred",
                "[[Trendelenburg]] gait noted", "no [[Kernig]] or [[Brudzinski]] sign", "[[Allen test]] normal"]
def vitals(b, rng, st=None):
    st = rng.randint(0, 3) if st is None else st
    t = f"{rng.uniform(36.3, 38.9):.1f}"
    hr, rr = str(rng.randint(56, 122)), str(rng.randint(12, 26))
    bp = f"{rng.randint(94, 178)}/{rng.randint(52, 98)}"
    o2 = f"{rng.randint(89, 100)}%"
    o2d = rng.choice(["RA", "on 2L NC", "on 3L NC", "room air", "RA"])
    if st == 0:
        b.add("T ", K(t), " HR ", K(hr), " BP ", K(bp), " RR ", K(rr), " SpO2 ", K(o2), f" {o2d}")
    elif st == 1:
        b.add("Vitals: Temp ", K(t + " C"), ", pulse ", K(hr), ", BP ", K(bp), ", resp ", K(rr), ", sat ", K(o2),
              f" {o2d}.")
    elif st == 2:
        b.add("BP: ", K(bp), "\nHR: ", K(hr), "\nTemp: ", K(t), "\nRR: ", K(rr), "\nO2 sat: ", K(o2), f" {o2d}")
    else:
        b.add("VS: ", K(t), " | ", K(hr), " | ", K(bp), " | ", K(rr), " | ", K(o2), f" {o2d}")
def labs(b, rng, sc, st=None):
    st = rng.randint(0, 2) if st is None else st
    na, k, cl, co2 = rng.randint(129, 144), f"{rng.uniform(3.2, 5.3):.1f}", rng.randint(96, 109), rng.randint(18, 30)
    bun, cr, glu = rng.randint(8, 40), f"{rng.uniform(0.6, 2.2):.1f}", rng.randint(78, 260)
    wbc, hgb, plt = f"{rng.uniform(4, 17):.1f}", f"{rng.uniform(8, 15):.1f}", rng.randint(110, 420)
    ov = dict(sc["labs"])
    na, k, cr = ov.pop("Na", na), ov.pop("K", k), ov.pop("Cr", cr)
    wbc, hgb, bun = ov.pop("WBC", wbc), ov.pop("Hgb", hgb), ov.pop("BUN", bun)
    glu = ov.pop("glucose", glu)
    if st == 0:
        b.add("Na ", K(na), ", K ", K(k), ", Cl ", K(cl), ", HCO3 ", K(co2), ", BUN ", K(bun), ", Cr ", K(cr),
              ", Glu ", K(glu), "; WBC ", K(wbc), ", Hgb ", K(hgb), ", Plt ", K(plt))
    elif st == 1:
        b.add("BMP ", K(f"{na}/{k}/{cl}/{co2}/{bun}/{cr}/{glu}"), "  CBC ", K(f"{wbc}>{hgb}<{plt}"))
    else:
        b.add(f"CBC: WBC ", K(wbc), " Hgb ", K(hgb), " Plt ", K(plt), "\nChem: Na ", K(na), " K ", K(k), " Cr ", K(cr),
              " glucose ", K(glu))
    for n, v in ov.items():
        b.add(f", {n} ", K(v))
def meds(b, rng, lst, st=None, prefix=""):
    st = rng.randint(0, 2) if st is None else st
    for i, (d, dose, sig) in enumerate(lst):
        if st == 0:
            b.add(f"{prefix}- ", K(d), " ", K(dose), f" {sig}\n")
        elif st == 1:
            b.add(f"{prefix}{i + 1}. ", K(d.upper() if rng.random() < 0.3 else d), " ", K(dose), f" {sig}\n")
        else:
            b.add(K(d), " ", K(dose), f" {sig}", "; " if i < len(lst) - 1 else "\n")
def pmh(b, sc, sep=", "):
    for i, x in enumerate(sc["pmh"]):
        b.m(x)
        if i < len(sc["pmh"]) - 1:
            b.add(sep)
def addr(b, rng, pt, st=None):
    st = rng.randint(0, 2) if st is None else st
    stt = pt.state if rng.random() < 0.75 else STATE_FULL[pt.state]
    if st == 0:
        b.add(P("STREET_ADDRESS", pt.street), ", ", P("LOCATION", pt.city), f", {stt} ", P("ZIP_CODE", pt.zip))
    elif st == 1:
        b.add(P("STREET_ADDRESS", pt.street), "\n", P("LOCATION", pt.city), f" {stt} ", P("ZIP_CODE", pt.zip))
    else:
        b.add(P("STREET_ADDRESS", pt.street), " ", P("LOCATION", pt.city), f" {stt}")
def hdr(b, rng, pt, e, st=None):
    st = rng.randint(0, 4) if st is None else st
    a = str(pt.age(e["date"]))
    if st == 0:
        b.add("Patient: ", who(rng, pt.p, "LF"), " | MRN: ", P("MEDICAL_RECORD_NUMBER", pt.mrn), " | DOB: ",
              b.D(pt.dob), " | DOS: ", b.D(e["date"]), "\n")
    elif st == 1:
        b.add("Name: ", who(rng, pt.p, "full"), "\nMR#: ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "   Acct#: ",
              P("ACCOUNT_NUMBER", e["acct"]), "\nDate of service: ", b.D(e["date"]), "\n")
    elif st == 2:
        b.add(who(rng, pt.p, "LF"), "  ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "  ", AGE(a), sx(pt), "  Adm ",
              b.D(e["admit"]), "\n")
    elif st == 3:
        b.add("Pt Name: ", who(rng, pt.p, "lf"), "   DOB ", b.D(pt.dob), " (", AGE(a), " yo)   Unit No. ",
              P("MEDICAL_RECORD_NUMBER", pt.mrn), "\nFIN ", P("ACCOUNT_NUMBER", e["acct"]), "   Attending: ",
              who(rng, pt.att, "drfull"), "\n")
    else:
        b.add(b.D(e["date"]), " ", e["time"], "\n")
def sig(b, rng, p, e, st=None):
    st = rng.randint(0, 4) if st is None else st
    if st == 0:
        b.add("\n-- ", who(rng, p, "cred"), "\n")
    elif st == 1:
        b.add("\nElectronically signed by ", who(rng, p, "lf"), f", {p.cred or 'MD'} on ", b.D(e["date"]),
              f" at {e['time']}\n")
    elif st == 2:
        b.add("\n", who(rng, p, "full"), f" {p.cred or 'MD'}\npager ", P("PHONE_NUMBER", p.pager), "\n")
    elif st == 3:
        b.add("\nDictated by: ", who(rng, p, "drfull"), "\nD: ", b.D(e["date"]), "  T: ",
              b.D(e["date"] + dt.timedelta(days=1)), "\n")
    else:
        b.add("\n", who(rng, p, "full"), f", {p.cred or 'MD'} | ", b.PH(p.phone), "\n")

# ----------------------------------------------------------------------------- templates
def t_progress_soap(b, rng, pt, e):
    sc = pt.sc
    b.add(rng.choice(["HOSPITALIST PROGRESS NOTE", "Progress Note", "Medicine Progress Note - Day Team",
                      "IM Progress Note"]), "\n")
    hdr(b, rng, pt, e)
    rn, rel = pt.rn, pt.relative(rng)
    b.add("\nS: ", rng.choice(["No acute events overnight. ", "Overnight: ", "Pt seen and examined. "]))
    b.add(rng.choice(["Per RN ", "Per nursing (", "Spoke with RN "]), who(rng, rn, "first"),
          rng.choice([", pt slept ~[[4 hours]]. ", " - ", ", "]))
    b.m(rng.choice(["reports breathing a little better, still [[2/10]] pain. ",
                    "c/o fatigue, tolerating diet, + BM. ", "states feels 'about the same', pain [[5/10]]. "]))
    b.add(rel[0].capitalize(), " ", who(rng, rel[1], rng.choice(["first", "full"])),
          rng.choice([" at bedside, questions answered.", " called this AM and was updated.", " visiting."]), "\n")
    b.add("\nO: ")
    vitals(b, rng)
    b.m(f"\nI/O: [[{rng.randint(800, 2400)} mL]] in / [[{rng.randint(900, 3600)} mL]] out\nExam: ")
    b.m(sc["exam"] + ".\n")
    b.add("Labs: ")
    labs(b, rng, sc)
    b.add("\n\nA/P: ", AGE(str(pt.age(e["date"]))), rng.choice(["yo ", " y/o ", "-year-old "]), sx(pt, 1), " w/ ")
    pmh(b, sc)
    b.add(" admitted ", b.D(e["admit"]), f" for {sc['dx']}, hospital day ", K(str((e['date'] - e['admit']).days + 1)),
          ".\n")
    b.add(f"# {sc['dx']}\n")
    for pl in sc["plan"]:
        b.m(f"  - {pl}\n")
    b.m(rng.choice(["# VTE ppx: [[heparin]] [[5,000 units]] SC q8h\n", "# VTE ppx: [[enoxaparin]] [[40 mg]] daily\n",
                    "# ppx: SCDs, ambulate\n"]))
    b.add("# Dispo: ", rng.choice(["home w/ services when medically ready", "likely SNF - CM following",
                                   "home in 1-2 days"]))
    if rng.random() < 0.5:
        b.add(", ", who(rng, pt.cm, "first"), " from CM aware")
    b.add("\n# Code: ", rng.choice(["Full", "DNR/DNI", "DNR, OK to intubate"]), "\n")
    sig(b, rng, rng.choice([pt.att, pt.res]), e)
def t_progress_problem(b, rng, pt, e):
    sc = pt.sc
    hd = (e["date"] - e["admit"]).days + 1
    b.add("Daily Progress Note -- Hospital Day #", K(str(hd)), "\n")
    hdr(b, rng, pt, e, rng.choice([0, 2, 3]))
    prev = e["date"] - dt.timedelta(days=1)
    b.add("\n*** Problem list copied forward from note of ", b.D(prev), " and updated ***\n\nInterval: ")
    b.m(rng.choice(["afebrile, tolerating PO. ", "ambulated in hallway with PT. ", "had [[1]] episode of emesis. "]))
    vitals(b, rng, 0)
    b.add("\n\nProblem-based A&P:\n")
    b.add(f"1. {sc['dx'].capitalize()} - ")
    b.m(sc["hpi"].split(";")[0] + ".\n")
    for pl in sc["plan"]:
        b.m(f"   * {pl}\n")
    for i, x in enumerate(sc["pmh"][:3]):
        b.add(f"{i + 2}. ")
        b.m(x)
        b.add(" - ", rng.choice(["stable, continue home regimen", "monitor", "at baseline", "cont home meds"]), "\n")
    b.add(f"{len(sc['pmh'][:3]) + 2}. FEN: ")
    b.m(rng.choice(["[[KCl]] [[20 mEq]] PO x1, Mg [[2 g]] IV", "regular diet, replete lytes prn",
                    "[[NS]] at [[75 mL/hr]], advance diet"]) + "\n")
    b.add("\nMeds (active):\n")
    meds(b, rng, sc["meds"], 0)
    b.add("\nDiscussed with ", who(rng, pt.att, rng.choice(["dr", "drfull"])), " (attending). ")
    if rng.random() < 0.6:
        r = pt.relative(rng)
        b.add("Updated ", his(pt), f" {r[0]} ", who(rng, r[1], "first"), " by phone at ", b.PH(r[1].phone), ".")
    b.add("\n")
    sig(b, rng, pt.res, e, 1)
def t_admission_hp(b, rng, pt, e):
    sc = pt.sc
    b.add(rng.choice(["ADMISSION HISTORY AND PHYSICAL", "H&P - Hospital Medicine", "Admission H&P"]), "\n")
    b.add(P("FACILITY", pt.hosp[0]), "\n")
    hdr(b, rng, pt, e, rng.choice([0, 1, 3]))
    b.add("PCP: ", who(rng, pt.pcp, "cred"), ", ", P("FACILITY", pt.clinic), ", ph ", b.PH(pt.pcp.phone), "\n")
    b.add("Source: patient", rng.choice([" and ", ", "]), pt.rel[0][0], " ", who(rng, pt.rel[0][1], "first"),
          "; chart review\n\nCC: ", sc["cc"], "\n\nHPI: ")
    b.add(who(rng, pt.p, rng.choice(["title", "full"])), " is a ", AGE(str(pt.age(e["date"]))),
          "-year-old ", sx(pt, 1), " with ")
    pmh(b, sc)
    b.add(" who presents with ")
    b.m(sc["hpi"] + ". ")
    if rng.random() < 0.5:
        b.add("Was seen at ", P("FACILITY", rng.choice(CLINICS)), " on ", b.D(e["admit"] - dt.timedelta(days=rng.randint(2, 9))),
              " and ", rng.choice(["given a prescription", "told to follow up", "sent home"]), ". ")
    b.add("In the ED, ")
    vitals(b, rng, 1)
    b.add("\n\nPMH: ")
    pmh(b, sc, "; ")
    b.add(f"\nPSH: {rng.choice(['appendectomy', 'cholecystectomy', 'TAH', 'R inguinal hernia repair', 'none'])} ",
          str(rng.randint(1975, 2018)), "\nMeds:\n")
    meds(b, rng, sc["meds"][1:] + [("aspirin", "81 mg", "daily")], 0)
    b.add("Allergies: ", rng.choice(["NKDA", "PCN (rash)", "sulfa - hives", "codeine (N/V)"]), "\n")
    sp = pt.rel[0]
    b.add("SH: Lives ", rng.choice(["with ", "at home with "]), his(pt), f" {sp[0]} ", who(rng, sp[1], "first"),
          " in ", P("LOCATION", pt.city), rng.choice([", ", " ("]), rng.choice(["retired", "works at", "formerly at"]))
    if rng.random() < 0.7:
        b.add(" ", P("FACILITY", pt.employer))
    b.add(rng.choice([". ", "). "]))
    b.m(rng.choice(["Smokes [[1 ppd]] x [[30 years]]. ", "Former smoker, quit [[10 years]] ago. ", "Never smoker. "]))
    b.m(rng.choice(["EtOH: [[2-3 beers]]/week. ", "Denies EtOH/drugs. ", "EtOH socially. "]))
    if rng.random() < 0.3:
        b.add("Recently returned from visiting family in ", rng.choice(COUNTRIES), ".")
    b.add("\nFH: ")
    b.m(rng.choice(["mother w/ [[Alzheimer disease]], father MI at [[58]]", "sister w/ [[Crohn disease]]",
                    "father w/ [[Parkinson disease]], mother breast ca", "noncontributory"]))
    b.add("\n\nROS: 10-point ROS negative except per HPI.\n\nPE:\n")
    vitals(b, rng, 2)
    b.add("\nGen: ", rng.choice(["NAD", "uncomfortable", "ill-appearing"]), "\n")
    b.m("Focused: " + sc["exam"] + "\n" + rng.choice(EPONYM_EXTRA) + "\n")
    b.add("\nData: ")
    labs(b, rng, sc)
    b.add("\n\nAssessment/Plan:\n")
    b.add(f"{sc['dx'].capitalize()}.\n")
    for pl in sc["plan"]:
        b.m(f"- {pl}\n")
    b.add("- Code status: ", rng.choice(["full code", "DNR/DNI (confirmed w/ pt)", "full, discussed"]), "; HCP is ",
          sp[0], " ", who(rng, sp[1], "full"), " ", b.PH(sp[1].phone), "\n")
    sig(b, rng, pt.res if rng.random() < 0.5 else pt.att, e)
def t_discharge(b, rng, pt, e):
    sc = pt.sc
    b.add(rng.choice(["DISCHARGE SUMMARY", "Discharge Summary", "Hospital Discharge Summary"]), "\n",
          P("FACILITY", pt.hosp[0]), "\n\n")
    b.add("Patient: ", who(rng, pt.p, rng.choice(["full", "LF"])), "    MRN ", P("MEDICAL_RECORD_NUMBER", pt.mrn),
          "\nAdmission Date: ", b.D(e["admit"]), "\nDischarge Date: ", b.D(e["date"]), "\nAttending: ",
          who(rng, pt.att, "cred"), " (NPI ", P("LICENSE_NUMBER", mk_npi(rng)), ")\nPCP: ", who(rng, pt.pcp, "drfull"),
          "\n\nDischarge Diagnosis: ", sc["dx"], "\nSecondary: ")
    pmh(b, sc)
    los = (e["date"] - e["admit"]).days
    b.add("\n\nHospital Course:\n", AGE(str(pt.age(e["date"]))), " yo ", sx(pt, 1), " admitted with ")
    b.m(sc["hpi"] + ". ")
    b.add("Treated with ")
    b.add(K(sc["meds"][0][0]), " ", K(sc["meds"][0][1]), " with improvement over ", K(f"{max(los, 1)} days"), ". ")
    b.m(rng.choice(["Seen by PT who recommended home with [[walker]]. ", "Course complicated by mild delirium, resolved. ",
                    "No complications. ", "Hgb stable at [[9.8]] on day of discharge. "]))
    if rng.random() < 0.5:
        b.add("Case discussed with ", who(rng, pt.spec, "dr"), " (", rng.choice(["cardiology", "GI", "nephrology", "ID"]),
              ") on ", b.D(e["admit"] + dt.timedelta(days=1)), ". ")
    b.add("\n\nDischarge Medications:\n")
    meds(b, rng, sc["meds"][1:] + [("docusate", "100 mg", "PO BID")], rng.choice([0, 1]))
    b.add("\nDischarge vitals: ")
    vitals(b, rng, 0)
    dispo = rng.choice(["home", "home with ", "SNF - ", "rehab - "])
    b.add("\nDisposition: ", dispo)
    if dispo != "home":
        b.add(P("FACILITY", rng.choice(VENDORS if dispo == "home with " else SNF[:5])))
    fu = e["date"] + dt.timedelta(days=rng.randint(5, 14))
    b.add("\n\nFollow-up:\n- ", who(rng, pt.pcp, rng.choice(["drfull", "cred"])), " at ", P("FACILITY", pt.clinic),
          " on ", b.D(fu, rng.choice(["long", "wk", "slash"])), " at 10:30 AM, ", b.PH(pt.pcp.phone, "paren"), "\n")
    b.add("- Labs: BMP in ", K("1 week"), "\n- Questions after discharge: call ", b.PH(phone(rng)),
          rng.choice([" (24h nurse line)", ""]), "\nPatient instructions available at ",
          P("URL", f"https://{rng.choice(['www.', 'portal.', ''])}{pt.hosp[2]}/{rng.choice(['discharge', 'patients/after-your-stay', 'myhealth'])}"),
          "\n")
    sig(b, rng, pt.att, e, rng.choice([1, 3]))
def t_ed(b, rng, pt, e):
    sc = pt.sc
    b.add(rng.choice(["ED Provider Note", "EMERGENCY DEPARTMENT NOTE", "ED Physician Documentation"]), "\n")
    b.add("Arrival: ", b.D(e["date"]), f" {e['time']}  ", rng.choice(["via EMS", "walk-in", "POV"]), "\n")
    b.add("Pt: ", who(rng, pt.p, "LF"), "  ", AGE(str(pt.age(e["date"]))), sx(pt), "  MRN ",
          P("MEDICAL_RECORD_NUMBER", pt.mrn), "  CSN ", P("ID_NUMBER", digits(rng, 10)), "\n\n")
    mvc = rng.random() < 0.3
    b.add("CC: ", "MVC" if mvc else sc["cc"], "\n\nHPI: ")
    if mvc:
        b.m(f"restrained driver, low-speed rear-end collision at ~[[25 mph]] on {rng.choice(['Rt 9', 'the interstate', 'Main'])}, "
            "+airbag deployment, no LOC. c/o neck pain [[6/10]]. ")
        b.add("Per police, vehicle plate ", P("VEHICLE_ID", mk_plate(rng)), ", officer ", who(rng, Person(rng), "last"),
              " report # ", P("ID_NUMBER", f"{rng.randint(19, 24)}-{digits(rng, 6)}"), ". ")
        b.add("Also reports ")
    b.m(sc["hpi"] + ". ")
    if rng.random() < 0.4:
        b.add("Came from ", P("FACILITY", pt.snf), ", transfer form reviewed. ")
    b.add("Brought by ", pt.rel[0][0], " ", who(rng, pt.rel[0][1], rng.choice(["first", "full"])), ".\n\nROS: neg x10 except HPI\n")
    b.add("PMH: ")
    pmh(b, sc)
    b.add("\n\nExam:\n")
    vitals(b, rng, 3)
    b.m("\n" + sc["exam"] + ". " + ("C-spine: midline tenderness, [[NEXUS]] criteria not met -> CT\n" if mvc else "\n"))
    b.add("\nMDM / ED course:\n")
    t0 = int(e["time"][:2])
    b.m(f"{t0:02d}40 [[{sc['meds'][0][0]}]] [[{sc['meds'][0][1]}]] ordered\n")
    b.add(f"{(t0 + 1) % 24:02d}15 labs back: ")
    labs(b, rng, sc, 0)
    b.add(f"\n{(t0 + 2) % 24:02d}05 d/w ", who(rng, pt.att, "dr"), " (hospitalist), accepts for admission\n")
    if rng.random() < 0.3:
        b.add("Pt's ID verified with driver's license ", P("LICENSE_NUMBER", f"{rng.choice(LET)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}"), ".\n")
    b.add("\nImpression: ", sc["dx"], "\nDispo: admit ", rng.choice(["tele", "med-surg", "ICU", "obs"]), "\n")
    sig(b, rng, Person(rng, cred=rng.choice(["MD", "DO", "PA-C"])), e, rng.choice([0, 2]))
def t_nursing_shift(b, rng, pt, e):
    sc = pt.sc
    sh = rng.choice(["0700-1900", "1900-0700", "days", "nights"])
    b.add(rng.choice(["Nursing Shift Note", "RN note", "Shift summary"]), " (", sh, ") ", b.D(e["date"], "md"), "\n")
    b.m(rng.choice(["pt a&ox4, ", "A&O x3, pleasant, ", "pt drowsy but arousable, "]))
    b.m(rng.choice(["vss. ", "VS stable. ", ""]))
    vitals(b, rng, 0)
    drug, dose = rng.choice([("acetaminophen", "650 mg"), ("oxycodone", "5 mg"), ("tramadol", "50 mg"), ("hydromorphone", "0.5 mg IV")])
    b.m(f". pain [[{rng.randint(0, 8)}/10]], medicated w/ [[{drug}]] [[{dose}]] @ {rng.randint(8, 22):02d}00 w/ relief.\n")
    b.m(rng.choice(["[[Foley]] to gravity draining clear yellow urine, [[450 mL]] this shift. ",
                    "voiding qs, bladder scan [[120 mL]]. ", "up to BSC w/ assist x1. "]))
    b.m(f"[[Braden]] [[{rng.randint(12, 20)}]], [[Morse]] fall [[{rng.choice([25, 45, 55, 70])}]] - bed alarm on. ")
    b.m(f"IV {rng.choice(['R', 'L'])} FA {rng.choice(['20g', '18g', '22g'])} patent, [[{sc['meds'][0][0]}]] infusing/given per MAR.\n")
    r = pt.relative(rng)
    b.add(r[0], " ", who(rng, r[1], rng.choice(["first", "full", "nick"])), rng.choice([" called @ 1430, updated on poc", " visited, brought home clothes",
                                                                                         " at bedside most of shift"]), ". ")
    if rng.random() < 0.5:
        b.add("asked that only ", his(pt), " ", pt.rel[-1][0], " ", who(rng, pt.rel[-1][1], "first"),
              " receive updates (", b.PH(pt.rel[-1][1].phone), "). ")
    b.add(rng.choice(["paged ", "notified "]), who(rng, pt.res, rng.choice(["dr", "first"])), " re ",
          rng.choice(["BP", "K 3.3", "low UOP", "new confusion"]), rng.choice([", orders rec'd", ", no new orders", ""]), ".\n")
    b.add("report given to ", who(rng, Person(rng, cred="RN"), rng.choice(["first", "firstcred"])), ", ",
          rng.choice(["oncoming RN", "night nurse", "charge"]), ".\n- ", who(rng, pt.rn, rng.choice(["firstcred", "cred"])), "\n")
def t_flowsheet(b, rng, pt, e):
    b.add("FLOWSHEET COMMENTS - ", who(rng, pt.p, "LF"), " (", P("MEDICAL_RECORD_NUMBER", pt.mrn), ")\n")
    d = e["date"]
    rn = pt.rn
    rows = [("Vital Signs", lambda: vitals(b, rng, 0)),
            ("Pain", lambda: b.m(f"[[{rng.randint(2, 9)}/10]] aching, repositioned, [[acetaminophen]] [[1000 mg]] PO")),
            ("Neuro", lambda: b.m(f"[[GCS 15]], PERRLA, [[CAM-ICU]] negative")),
            ("Intake", lambda: b.m(f"PO [[{rng.randint(120, 720)} mL]], IVF [[{rng.randint(200, 900)} mL]]")),
            ("Output", lambda: b.m(f"urine [[{rng.randint(200, 1400)} mL]], stool x[[1]]")),
            ("Skin", lambda: b.m(f"stage [[2]] sacral PI [[2 x 1.5 cm]], [[Mepilex]] applied, [[Braden]] [[{rng.randint(10, 18)}]]")),
            ("Glucose", lambda: b.m(f"POC [[{rng.randint(70, 320)}]] -> [[insulin lispro]] [[{rng.randint(2, 8)} units]] per SSI")),
            ("Resp", lambda: b.m(f"[[{rng.randint(1, 4)} L]] NC, IS [[750 mL]] x10")),
            ("Family", None)]
    rng.shuffle(rows)
    h = rng.randint(6, 12)
    for name, fn in rows[:7]:
        b.add(b.D(d, rng.choice(["md", "slash2", "md"])), f" {h:02d}{rng.choice(['00', '15', '30', '45'])}  {name}: ")
        if fn is None:
            r = pt.relative(rng)
            b.add(r[0], " ", who(rng, r[1], "first"), " called from ", b.PH(r[1].phone), ", updated")
        else:
            fn()
        b.add("  [", who(rng, rn, rng.choice(["init", "firstcred", "full"])), "]\n")
        h += rng.randint(1, 2)
        if h > 23:
            h, d = h - 24, d + dt.timedelta(days=1)
    b.add("Cosigned: ", who(rng, Person(rng, cred="RN"), "full"), ", charge RN\n")
def t_consult_cards(b, rng, pt, e):
    sc = pt.sc
    b.add("CARDIOLOGY CONSULT NOTE\n")
    hdr(b, rng, pt, e, rng.choice([0, 3]))
    b.add("Requesting: ", who(rng, pt.att, "drfull"), "   Reason: ",
          rng.choice(["AF w/ RVR", "elevated troponin", "syncope", "preop risk", "HFrEF mgmt"]), "\n\nHPI: ",
          AGE(str(pt.age(e["date"]))), "yo ", sx(pt), " w/ ")
    pmh(b, sc)
    b.add(". ")
    b.m(sc["hpi"] + ". ")
    b.add("Followed as outpt by ", who(rng, pt.spec, "dr"), " at ", P("FACILITY", "Riverbend Cardiology Associates"),
          ", last seen ", b.D(e["date"] - dt.timedelta(days=rng.randint(40, 300))), ".\n")
    if pt.device:
        b.add("Device: ", pt.device[0], ", serial # ", P("DEVICE_ID", pt.device[1]), ", implanted ",
              str(rng.randint(2010, 2019)), "; interrogation ")
        b.m(rng.choice(["normal function, battery [[8.5 years]], [[3]] AT episodes", "no VT/VF, RV pacing [[42%]]"]) + ".\n")
    b.add("\nECG: ")
    b.m(rng.choice(["AF, ventricular rate [[132]], QRS [[98 ms]], no acute ST changes",
                    "NSR [[74]], PR [[210 ms]] (1st degree AVB), QTc [[468 ms]]",
                    "sinus brady [[52]], [[Mobitz I]] ([[Wenckebach]]) intermittently"]))
    b.add("\nTTE: ")
    b.m(f"LVEF [[{rng.choice([25, 35, 45, 55, 60])}%]], mild MR, RVSP [[{rng.randint(28, 55)} mmHg]]\n")
    b.add("Exam: ")
    vitals(b, rng, 3)
    b.m("; " + sc["exam"] + "\nLabs: ")
    labs(b, rng, sc, 1)
    b.m(f"\nhs-troponin [[{rng.randint(4, 180)}]] -> [[{rng.randint(4, 200)}]] ng/L\n\n")
    b.add("Impression/Recommendations:\n")
    b.m(rng.choice(["1. CHA2DS2-VASc [[4]], HAS-BLED [[2]] - anticoagulate with [[apixaban]] [[5 mg]] BID\n",
                    "1. Type 2 MI/demand in setting of acute illness; no ischemic eval inpatient\n",
                    "1. GDMT: add [[spironolactone]] [[12.5 mg]] daily when K < [[5.0]]\n"]))
    b.m(rng.choice(["2. [[metoprolol tartrate]] [[25 mg]] q6h, uptitrate for HR < [[110]]\n",
                    "2. [[Holter monitor]] x [[14 days]] at discharge\n", "2. Continue [[atorvastatin]] [[80 mg]]\n"]))
    b.add("3. Will arrange f/u in clinic; our office ", b.PH(phone(rng)), "\n\nThank you for this consult. Will follow.\n")
    sig(b, rng, pt.spec, e, rng.choice([0, 2]))
def t_consult_id(b, rng, pt, e):
    sc = pt.sc
    b.add(rng.choice(["Infectious Diseases Consultation", "ID CONSULT", "ID Consult Note - Initial"]), "\n")
    hdr(b, rng, pt, e, rng.choice([0, 1, 3]))
    b.add("Referring: ", who(rng, pt.att, "dr"), "\nQuestion: ", rng.choice(["abx choice", "bacteremia", "duration of therapy",
                                                                          "fever w/o source"]), "\n\nHPI: ")
    b.add(who(rng, pt.p, rng.choice(["title", "full"])), " is ", AGE(str(pt.age(e["date"]))), " yo with ")
    pmh(b, sc)
    b.add(". ")
    b.m(sc["hpi"] + ".\n")
    b.add("Exposures: ")
    b.add(rng.choice(["travel to ", "visited family in ", "emigrated from "]), rng.choice(COUNTRIES), " in ",
          str(rng.randint(2005, 2023)), "; ", rng.choice(["2 cats", "dog", "backyard chickens", "no pets"]), "; works at ",
          P("FACILITY", pt.employer), ". ", rng.choice(["No sick contacts.", "Grandson had URI.", "No TB exposure."]), "\n")
    b.add("\nMicro:\n")
    for i in range(rng.randint(2, 3)):
        cd = e["admit"] + dt.timedelta(days=i)
        b.add(" ", b.D(cd, rng.choice(["md", "slash2"])), " ", rng.choice(["BCx x2", "UCx", "sputum cx", "wound cx"]),
              " (acc ", P("ID_NUMBER", mk_accession(rng, "M")), "): ")
        b.m(rng.choice(["[[E. coli]], ceftriaxone MIC [[<=1]]", "NGTD x [[48 h]]", "[[Staphylococcus aureus]] MSSA",
                        "normal flora", "[[Klebsiella pneumoniae]], pan-S"]) + "\n")
    b.add("\nCurrent abx: ")
    b.add(K(sc["meds"][0][0]), " ", K(sc["meds"][0][1]), f" {sc['meds'][0][2]} (day ", K(str(rng.randint(1, 6))), ")\n")
    b.add("Exam: ")
    vitals(b, rng, 0)
    b.m(". " + sc["exam"] + ". " + rng.choice(["no [[Janeway lesions]] or [[Osler nodes]]", "PICC site c/d/i", "no stigmata of endocarditis"]) + "\n")
    b.add("Labs: ")
    labs(b, rng, sc, 0)
    b.add("\n\nRecs:\n")
    b.m(rng.choice(["- narrow to [[cefazolin]] [[2 g]] q8h\n", "- continue current regimen\n",
                    "- switch to PO [[cephalexin]] [[500 mg]] QID\n"]))
    b.m(f"- total duration [[{rng.choice([7, 10, 14, 42])} days]] from first negative culture\n")
    if rng.random() < 0.5:
        b.add("- OPAT via ", P("FACILITY", rng.choice(VENDORS)), "; weekly CBC/BMP faxed to ID clinic fax ",
              b.PH(phone(rng)), "\n")
    b.add("- ID clinic f/u with ", who(rng, pt.spec, "dr"), " in ", K("2 weeks"), "\n")
    sig(b, rng, pt.spec, e)
def t_consult_psych(b, rng, pt, e):
    b.add("Psychiatry Consultation-Liaison\n")
    hdr(b, rng, pt, e, rng.choice([0, 2, 4]))
    b.add("Requested by ", who(rng, pt.att, "drfull"), " for ", rng.choice(["depression/SI", "capacity evaluation",
                                                                        "agitation", "anxiety"]), ".\n\n")
    b.add("ID: ", AGE(str(pt.age(e["date"]))), " y/o ", rng.choice(["married", "divorced", "widowed", "single"]), " ",
          sx(pt, 1), ", ", rng.choice(["retired", "unemployed", "employed as a cook", "on disability"]), ", lives in ",
          P("LOCATION", pt.city), ".\n\nHPI: ")
    b.m(rng.choice(["Pt reports low mood x [[2 months]] since losing job, anhedonia, early awakening, poor appetite (lost [[10 lb]]). ",
                    "Pt endorses panic attacks [[3-4]]x/week, worse since hospitalization. ",
                    "Staff report pt pulling at lines overnight, disoriented, sundowning. "]))
    r = pt.relative(rng)
    b.add("Collateral from ", r[0], " ", who(rng, r[1], rng.choice(["full", "first"])), " (", b.PH(r[1].phone),
          "): ", rng.choice(["worried pt has been isolating", "no prior attempts known", "pt stopped meds ~1 mo ago"]), ".\n")
    b.add("Past psych hx: ", rng.choice(["one prior admission to ", "outpt therapy at ", "seen previously at "]),
          P("FACILITY", rng.choice(["Bayview Behavioral Health", "Harborlight Psychiatric Hospital", "Eastside Community Health Center"])),
          " in ", str(rng.randint(2008, 2020)), ". Therapist: ", who(rng, Person(rng), rng.choice(["full", "first"])), ", LCSW.\n")
    b.add("Substance: ")
    b.m(rng.choice(["EtOH [[4-6]] drinks/day", "cannabis daily", "denies"]) + "\n")
    b.add("\nMSE: ")
    b.m(rng.choice(["disheveled, poor eye contact, psychomotor slowing, speech low volume, mood 'empty', affect constricted, TP linear, +passive SI no plan/intent, no AVH, insight fair",
                    "calm, cooperative, speech normal rate, mood 'nervous', affect anxious, TP goal-directed, denies SI/HI, insight good"]))
    b.m(f"\nScreening: PHQ-9 [[{rng.randint(5, 26)}]], GAD-7 [[{rng.randint(3, 20)}]], MoCA [[{rng.randint(14, 30)}/30]]\n")
    b.add("\nAssessment: ", rng.choice(["MDD, recurrent, severe w/o psychotic features", "delirium, multifactorial",
                                        "panic disorder", "adjustment disorder w/ depressed mood"]), "\n")
    b.add("Plan:\n")
    b.m(rng.choice(["- start [[sertraline]] [[25 mg]] x [[1 week]] then [[50 mg]]\n", "- [[quetiapine]] [[12.5 mg]] qHS PRN agitation\n",
                    "- [[mirtazapine]] [[7.5 mg]] qHS\n"]))
    b.m("- 1:1 sitter not indicated; C-SSRS [[low risk]]\n- avoid [[benzodiazepines]]\n")
    b.add("- crisis line info given; outpt f/u at ", P("FACILITY", pt.clinic), "\n")
    sig(b, rng, Person(rng, cred=rng.choice(["MD", "DO", "PMHNP-BC"])), e)
def t_procedure(b, rng, pt, e):
    proc = rng.choice(["Paracentesis", "Thoracentesis", "Central venous catheter placement", "Lumbar puncture",
                       "Arterial line placement"])
    b.add("PROCEDURE NOTE: ", proc, "\n")
    hdr(b, rng, pt, e, rng.choice([0, 1, 4]))
    b.add("Operator: ", who(rng, pt.res, rng.choice(["full", "cred"])), "   Supervising: ", who(rng, pt.att, "dr"), "\n")
    r = pt.relative(rng)
    if rng.random() < 0.5:
        b.add("Consent: written consent obtained from patient")
    else:
        b.add("Consent: obtained from " + r[0] + " ", who(rng, r[1], "full"), " (surrogate) by phone, witnessed by RN ",
              who(rng, pt.rn, "first"))
    b.add(". Risks incl bleeding, infection, pneumothorax discussed.\nTime-out performed at ", e["time"], ".\n")
    if proc == "Paracentesis":
        b.m("Indication: tense ascites, [[cirrhosis]] MELD [[18]].\nUS-guided, LLQ, [[1% lidocaine]] [[5 mL]], "
            "[[15g]] catheter. Removed [[4.2 L]] straw-colored fluid. [[25% albumin]] [[50 g]] given.\n")
    elif proc == "Thoracentesis":
        b.m("Indication: R pleural effusion. US-guided, posterior approach, [[2% lidocaine]]. Removed [[1.1 L]] serosanguinous fluid. "
            "Post CXR no PTX.\n")
    elif proc == "Lumbar puncture":
        b.m("Indication: r/o meningitis. L3-4, [[20g]] spinal needle, opening pressure [[22 cm H2O]], [[4]] tubes clear CSF.\n")
    elif proc == "Arterial line placement":
        b.m("Indication: hemodynamic monitoring. [[Allen test]] normal. R radial, [[20g]] catheter, [[Seldinger technique]], good waveform.\n")
    else:
        b.m("Indication: poor access/pressors. R IJ, US-guided, [[Seldinger technique]], triple lumen [[7 Fr]] [[20 cm]], "
            "sutured at [[16 cm]]. Placed in [[Trendelenburg]]. CXR: tip at cavoatrial junction.\n")
    b.add("Specimens sent: ", rng.choice(["cell count, cx, gram stain", "none", "LDH, protein, cytology"]))
    b.add(" (order # ", P("ID_NUMBER", digits(rng, 9)), ")\n")
    b.m(f"EBL: [[<{rng.choice([5, 10, 20])} mL]]. Complications: none. Pt tolerated well.\n")
    b.add("INR ", K(f"{rng.uniform(0.9, 1.7):.1f}"), ", Plt ", K(str(rng.randint(60, 300))), " prior.\nPost-procedure: ")
    vitals(b, rng, rng.choice([0, 3]))
    b.add("\n")
    sig(b, rng, pt.res, e, rng.choice([0, 1]))
def t_clinic(b, rng, pt, e):
    sc = pt.sc
    b.add(P("FACILITY", pt.clinic), " - ", rng.choice(["Office Visit", "Follow-up Visit", "Established Patient Visit"]), "\n")
    b.add(b.D(e["date"]), "\n", who(rng, pt.p, rng.choice(["full", "LF", "lf"])), "  DOB ", b.D(pt.dob), "\n\n")
    b.add("CC: f/u ")
    pmh(b, sc, ", ")
    if rng.random() < 0.3:
        b.add(f" and {sc['cc']}")
    b.add("\n\nHPI: ")
    nm = [who(rng, pt.p, "title")]
    if pt.p.nick and rng.random() < 0.7:
        nm = [who(rng, pt.p, "full"), " (goes by ", who(rng, pt.p, "nick"), ")"]
    b.add(nm, " returns for ", rng.choice(["3 month", "6 month", "routine"]), " f/u. ")
    r = pt.relative(rng)
    b.add("Accompanied by ", his(pt), " ", r[0], " ", who(rng, r[1], "first"), ". ")
    if rng.random() < 0.4:
        b.add("Since last visit on ", b.D(e["date"] - dt.timedelta(days=rng.randint(60, 200)), rng.choice(["slash", "long"])),
              " ", he(pt), " was hospitalized at ", P("FACILITY", pt.hosp[rng.choice([0, 1])]), ". ")
    b.m(rng.choice(["Checking BG at home, fasting [[110-150]]. ", "Reports good adherence. ", "Missed some doses of [[lisinopril]]. ",
                    "BP log at home [[130s/80s]]. "]))
    b.add("\n\nMeds:\n")
    meds(b, rng, sc["meds"][1:] + [("vitamin D3", "2000 units", "daily")], rng.choice([0, 2]))
    b.add("\nVitals: ")
    vitals(b, rng, rng.choice([0, 3]))
    b.m(f"  BMI [[{rng.uniform(19, 42):.1f}]]\n")
    b.add("Exam: ", rng.choice(["NAD. RRR. CTAB. No edema.", "well appearing, lungs clear, no LE edema"]), "\n")
    b.add("Recent labs (", b.D(e["date"] - dt.timedelta(days=rng.randint(3, 20)), "md"), "): ")
    labs(b, rng, sc, 0)
    b.add("\n\nA/P:\n")
    for pl in sc["plan"][:2]:
        b.m(f"- {pl}\n")
    b.m(rng.choice(["- A1c [[7.4%]] at goal < [[8]] given age\n", "- BP above goal, increase [[amlodipine]] to [[10 mg]]\n",
                    "- flu and [[Shingrix]] vaccines today\n"]))
    b.add("- RTC ", K(rng.choice(["3 months", "6 months", "4-6 weeks"])), rng.choice([", sooner prn", ""]),
          "\n- refills sent to ", P("FACILITY", pt.pharm), "\n")
    sig(b, rng, pt.pcp, e, rng.choice([0, 1, 4]))
def t_phone(b, rng, pt, e):
    b.add(rng.choice(["TELEPHONE ENCOUNTER", "Telephone Encounter", "Phone Note"]), "\n")
    b.add("Pt: ", who(rng, pt.p, rng.choice(["LF", "full"])), "  MRN ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "  DOB ",
          b.D(pt.dob), "\n")
    r = pt.relative(rng)
    caller_pt = rng.random() < 0.5
    b.add("Call from: ")
    if caller_pt:
        b.add("patient, ", b.PH(pt.cell), " (cell)")
    else:
        b.add(r[0], ", ", who(rng, r[1], rng.choice(["full", "first"])), ", ", b.PH(r[1].phone))
    b.add("\nDate/time: ", b.D(e["date"]), f" {e['time']}\n\n")
    reason = rng.randint(0, 3)
    if reason == 0:
        b.m("Reason: med refill. Requests 90 day supply of [[lisinopril]] [[20 mg]] and [[metformin]] [[500 mg]]. Last filled ")
        b.add(b.D(e["date"] - dt.timedelta(days=rng.randint(60, 100)), "md"), " at ", P("FACILITY", pt.pharm), " (",
              b.PH(phone(rng), "paren"), ").\n")
    elif reason == 1:
        b.m("Reason: dizziness x [[2 days]], BP at home [[92/58]]. No CP/SOB. Taking [[amlodipine]] [[10 mg]] and [[chlorthalidone]] [[25 mg]].\n")
    elif reason == 2:
        b.m("Reason: fever [[101.2]] since yesterday, cough, took [[ibuprofen]] [[400 mg]].\n")
    else:
        b.m("Reason: question about upcoming colonoscopy prep ([[PEG-3350]] split dose).\n")
    b.m(f"Home readings: BP [[{rng.randint(92, 176)}/{rng.randint(55, 99)}]], HR [[{rng.randint(55, 110)}]], "
        f"wt [[{rng.randint(110, 260)} lb]], FSBG [[{rng.randint(80, 290)}]]\nMeds reviewed: ")
    meds(b, rng, pt.sc["meds"][1:], 2)
    b.add("Per protocol advised ", rng.choice(["to hold amlodipine and recheck BP in AM", "ED if worsens",
                                               "appt tomorrow", "refill routed to provider"]), ". ")
    b.add(rng.choice(["Caller verbalized understanding. ", "Pt agrees w/ plan. ", "Read back done. "]))
    if rng.random() < 0.5:
        b.add("LVM for ", who(rng, pt.p, "first"), " at home # ", b.PH(pt.home), " to call back. ")
    b.add("\nRouted to ", who(rng, pt.pcp, rng.choice(["dr", "cred"])), " for review.\n-- ",
          who(rng, Person(rng, cred=rng.choice(["RN", "LPN", "MA"])), rng.choice(["firstcred", "cred", "full"])), "\n")
    if rng.random() < 0.6:
        b.add("\nProvider response ", b.D(e["date"], "md"), ": ok to ")
        b.m(rng.choice(["refill x [[1 year]]", "hold [[amlodipine]], f/u [[1 week]]", "schedule visit", "start [[amoxicillin]] [[875 mg]] BID x [[7 days]]"]))
        b.add(". - ", who(rng, pt.pcp, rng.choice(["init", "last"])), "\n")
    b.m(f"\nCall duration: [[{rng.randint(3, 18)} min]]\n")
def t_portal(b, rng, pt, e):
    d = e["date"]
    b.add("Patient Portal Message\nFrom: ", who(rng, pt.p, "full"), " <", P("EMAIL_ADDRESS", pt.email), ">\nTo: ",
          who(rng, pt.pcp, rng.choice(["drfull", "cred"])), " / ", P("FACILITY", pt.clinic), "\nSent: ",
          b.D(d, rng.choice(["wk", "slash", "abbr"])), f" {rng.randint(1, 11)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}\nSubject: ",
          rng.choice(["refill", "question about my labs", "side effects??", "Appointment", "forms for work"]), "\n\n")
    lower = rng.random() < 0.5
    b.add("hi " if lower else "Hello ", who(rng, pt.pcp, rng.choice(["dr", "first"])), ",\n")
    k = rng.randint(0, 2)
    b.m(["i have been taking the [[metformin]] [[1000 mg]] twice a day like you said but my stomach is upset for about [[2 weeks]] now. ",
         "My blood pressure was [[168/94]] this morning and I have a headache. I took my [[losartan]] [[50 mg]]. ",
         "I need a letter for my job saying I was out from "][k])
    if k == 2:
        b.add(b.D(d - dt.timedelta(days=6), "md"), " to ", b.D(d - dt.timedelta(days=2), "md"), ". my boss at ",
              P("FACILITY", pt.employer), " needs it. ")
    r = pt.relative(rng)
    b.add("my ", r[0], " ", who(rng, r[1], "first"), rng.choice([" says i should call.", " can pick up a paper copy.",
                                                               " will drive me if i need to come in."]),
          " you can reach me at ", b.PH(pt.cell), ".\nthanks\n", who(rng, pt.p, rng.choice(["first", "nick", "full"])), "\n\n")
    b.add("---- Reply ", b.D(d + dt.timedelta(days=rng.randint(0, 1)), "slash"), " ----\nHi ",
          who(rng, pt.p, "first"), ",\n")
    b.m(["Thank you for the message. Please try taking [[metformin]] with meals, or we can switch to the ER form [[500 mg]] x 2 at dinner. "
         "GI upset usually improves within [[2-4 weeks]]. ",
         "A BP of [[168/94]] with headache should be rechecked in [[15 minutes]]. If over [[180/110]] or vision changes go to the ER. "
         "Please log BP twice daily x [[1 week]]. ",
         "Your work note is attached in the portal under Letters. Your [[A1c]] from the visit was [[7.1%]]. "][k])
    b.add(rng.choice(["Dr. ", ""]), who(rng, pt.pcp, "last"), " reviewed. You can also call the clinic at ", b.PH(phone(rng)),
          ".\n", who(rng, Person(rng, sex="F", cred="RN"), "first"), ", RN\n\nActive meds on file: ")
    meds(b, rng, pt.sc["meds"][1:], 2)
    b.add("Last vitals on file: ")
    vitals(b, rng, 0)
    b.add("\n",
          rng.choice(["Care Team", "Nurse Triage"]), "\n\n[audit] msg from ", P("IP_ADDRESS", mk_ip(rng)), " via ",
          P("URL", f"https://mychart.{pt.hosp[2]}"), "\n")
def t_medrec(b, rng, pt, e):
    sc = pt.sc
    b.add(rng.choice(["Pharmacy Medication History / Reconciliation", "MED REC - Pharmacy Tech", "Admission Medication Reconciliation"]), "\n")
    b.add("Patient: ", who(rng, pt.p, "LF"), "  ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "   Wt ",
          K(f"{rng.randint(45, 120)} kg"), "\n")
    r = pt.relative(rng)
    b.add("Sources: pt interview, ", r[0], " (", who(rng, r[1], "first"), "), fill hx from ", P("FACILITY", pt.pharm), " ",
          b.PH(phone(rng), "dash"), ", ", rng.choice(["Surescripts", "outside records", "pill bottles brought in"]), "\n\n")
    b.add("Med | Dose | Freq | Last dose | Prescriber\n")
    presc = [pt.pcp, pt.spec]
    for dname, dose, sg in sc["meds"][1:] + [("aspirin", "81 mg", "daily"), ("omeprazole", "20 mg", "daily")]:
        ld = e["date"] - dt.timedelta(days=rng.randint(0, 2))
        pr = rng.choice(presc)
        b.add(K(dname), " | ", K(dose), f" | {sg.split()[-1]} | ", b.D(ld, "md"), rng.choice([" AM", " PM", ""]), " | ",
              who(rng, pr, rng.choice(["dr", "last", "init"])), "\n")
    if pt.device and ("pump" in pt.device[0] or "Dexcom" in pt.device[0]):
        b.add("\nDevice: ", pt.device[0], " SN ", P("DEVICE_ID", pt.device[1]), "; pt manages own settings.\n")
    b.add("\nDiscrepancies:\n")
    b.m(rng.choice(["- pt not taking [[atorvastatin]] x [[3 months]] (cost)\n", "- [[metoprolol]] dose on list [[50 mg]] but takes [[25 mg]]\n",
                    "- none\n"]))
    b.add("- controlled substance hx (PDMP): ")
    if rng.random() < 0.5:
        b.m("no fills in last [[12 months]] ")
    else:
        b.m("[[oxycodone]] [[5 mg]] #[[20]] filled ")
        b.add(b.D(e["date"] - dt.timedelta(days=rng.randint(5, 40))), " prescriber DEA ", P("LICENSE_NUMBER", mk_dea(rng)))
    b.add("\nAllergies reviewed: ", rng.choice(["NKDA", "PCN (hives)", "lisinopril (angioedema)"]), "\n-- ",
          who(rng, Person(rng, cred="PharmD"), "cred"), ", ext ", P("PHONE_NUMBER", digits(rng, 4)), "\n")
def t_carecoord(b, rng, pt, e):
    b.add(rng.choice(["Case Management Note", "CARE COORDINATION", "CM/UR Progress Note"]), "  ", b.D(e["date"]), "\n")
    b.add("Pt: ", who(rng, pt.p, "full"), " (", P("MEDICAL_RECORD_NUMBER", pt.mrn), ")  ", AGE(str(pt.age(e["date"]))),
          " y/o\nPayer: ", pt.ins, " ID ", P("HEALTH_PLAN_NUMBER", pt.plan))
    if pt.ins not in ("Medicare", "Medicaid"):
        b.add(" Grp ", P("HEALTH_PLAN_NUMBER", pt.group))
    b.add("\nAuth # ", P("ID_NUMBER", "A" + digits(rng, 9)), " approved for ", K(f"{rng.randint(3, 14)} days"), "\n\n")
    b.add("Met w/ pt and ", pt.rel[0][0], " ", who(rng, pt.rel[0][1], "first"), " at bedside. Pt lives at ")
    addr(b, rng, pt)
    b.m(rng.choice([" in a [[2]]-story home with [[12]] steps inside. ", " in a 1st floor apt. ", " alone in trailer. "]))
    b.m(f"PT recs SNF; pt ambulating [[{rng.randint(15, 120)} ft]] w/ RW, min assist, AM-PAC [[{rng.randint(12, 20)}]]. "
        f"LOS [[{rng.randint(2, 9)} days]] vs GMLOS [[{rng.uniform(2.5, 6):.1f}]]. O2 need [[{rng.choice(['2 L', '3 L', 'none'])}]]. "
        + (f"Needs IV [[{pt.sc['meds'][0][0]}]] [[{pt.sc['meds'][0][1]}]] x [[{rng.randint(3, 14)} more days]]. "
           if "IV" in pt.sc["meds"][0][2] else f"Home [[{pt.sc['meds'][1][0]}]] [[{pt.sc['meds'][1][1]}]] resumed. "))
    b.add("Referrals sent via portal to ")
    facs = rng.sample(SNF, 3)
    for i, f in enumerate(facs):
        b.add(P("FACILITY", f), ", " if i < 2 else ".")
    b.add("\nSpoke with ", who(rng, Person(rng), "first"), " in admissions at ", P("FACILITY", facs[0]), ", ",
          b.PH(phone(rng)), rng.choice([" ext ", " x"]), P("PHONE_NUMBER", digits(rng, 3)), ": bed available ",
          b.D(e["date"] + dt.timedelta(days=1), rng.choice(["md", "mday"])), ".\n")
    b.add("Clinicals faxed to ", b.PH(phone(rng)), ". ")
    if rng.random() < 0.5:
        b.add("Cc'd ", P("EMAIL_ADDRESS", f"intake@{re.sub('[^a-z]', '', facs[0].lower())[:14]}.com"), ". ")
    b.m("Pt agreeable. Transport by wheelchair van [[1400]]. ")
    b.add("DME: ", P("FACILITY", rng.choice(VENDORS)), " to deliver ", rng.choice(["RW", "shower chair", "home O2 2L"]), ".\n")
    b.add("Barriers: ", rng.choice(["copay", "needs PASRR", "awaiting insurance auth", "none"]), ". Will f/u.\n-- ",
          who(rng, pt.cm, "cred"), "  ", b.PH(pt.cm.phone), " / ",
          P("EMAIL_ADDRESS", f"{pt.cm.first[0].lower()}{re.sub('[^a-z]', '', pt.cm.last.lower())}@{pt.hosp[2]}"), "\n")
def t_socialwork(b, rng, pt, e):
    b.add(rng.choice(["Social Work Psychosocial Assessment", "SOCIAL WORK NOTE", "LCSW Initial Assessment"]), "\n")
    hdr(b, rng, pt, e, rng.choice([0, 1, 4]))
    b.add("\nReferral reason: ", rng.choice(["housing instability", "caregiver strain", "financial", "suspected neglect",
                                           "transportation"]), "\n\n")
    b.add("Pt is a ", AGE(str(pt.age(e["date"]))), " y/o ", sx(pt, 1), " born in ",
          rng.choice(COUNTRIES + ["the US"]), ", primary language ", rng.choice(["English", "Spanish", "Vietnamese", "Somali", "Hmong"]),
          ". Lives at ")
    addr(b, rng, pt, 2)
    b.add(" with ", his(pt), " ")
    r = pt.relative(rng)
    b.add(r[0], " ", who(rng, r[1], rng.choice(["full", "first"])))
    if rng.random() < 0.4:
        ma = rng.randint(70, 104)
        b.add(" and ", his(pt), " mother (", AGE(str(ma)), " yo)")
    b.add(". ", rng.choice(["Attends ", "Active member of "]), P("FACILITY", pt.church), "; pastor ",
          who(rng, Person(rng), rng.choice(["full", "last"])), " visits weekly.\n")
    inc = rng.choice(["SSDI", "SSI", "part-time work at", "pension"])
    b.add("Income: ", inc)
    if inc.endswith("at"):
        b.add(" ", P("FACILITY", pt.employer))
    b.add(". Assisted pt with SSDI application, SSN ", P("US_SSN", pt.ssn), " verified with pt.\n")
    if rng.random() < 0.5:
        b.add("Pt's car was towed from hospital lot; plate ", P("VEHICLE_ID", mk_plate(rng)), ", VIN ",
              P("VEHICLE_ID", mk_vin(rng)), " given to security (", b.PH(phone(rng)), ").\n")
    if rng.random() < 0.5:
        b.add("APS report filed with ", P("LOCATION", pt.county), " APS, intake worker ", who(rng, Person(rng), "first"),
              ", case # ", P("ID_NUMBER", f"{rng.randint(2019, 2024)}-{digits(rng, 6)}"), ".\n")
    b.m(rng.choice(["Pt screened PHQ-2 [[4]], positive. ", "PHQ-2 [[0]]. ", "Caregiver strain index [[9]]. "]))
    b.m(f"Functional: [[Katz]] ADL [[{rng.randint(2, 6)}/6]], Lawton IADL [[{rng.randint(1, 8)}/8]]; takes [[{rng.randint(4, 14)}]] meds, "
        f"pillbox filled by family. Monthly income ~$[[{rng.randint(780, 2400)}]]; rent $[[{rng.randint(400, 1400)}]]. "
        f"Has lived at address x [[{rng.randint(1, 30)} years]]. Medically: admitted for {pt.sc['dx']}, on [[{pt.sc['meds'][1][0]}]] "
        f"[[{pt.sc['meds'][1][1]}]].\n")
    b.add("Grandchild attends ", P("FACILITY", rng.choice(SCHOOLS)), "; pt provides after-school care.\n")
    b.add("Plan: ", rng.choice(["Medicaid waiver application", "meals on wheels referral", "transportation voucher",
                                "home health aide"]), "; will follow ", K("2x/week"), ".\n")
    sig(b, rng, Person(rng, cred=rng.choice(["LCSW", "MSW", "LICSW"])), e, rng.choice([0, 4]))
def t_pt(b, rng, pt, e):
    b.add(rng.choice(["Physical Therapy Initial Evaluation", "PT EVAL", "Inpatient PT Evaluation"]), "\n")
    hdr(b, rng, pt, e, rng.choice([0, 2, 4]))
    b.add("Dx: ", pt.sc["dx"], "   Referring: ", who(rng, pt.att, "dr"), "\n\n")
    b.add("PLOF: ind w/ ", rng.choice(["no AD", "SPC", "RW"]), ", drives, ", rng.choice(["works at ", "volunteers at "]),
          P("FACILITY", rng.choice([pt.employer, pt.church])), ". Lives in ",
          rng.choice(["2-story house", "ranch home", "apartment 3rd floor w/ elevator"]), " in ", P("LOCATION", pt.city))
    b.m(f", [[{rng.randint(0, 5)}]] STE w/ R rail.\n")
    r = pt.relative(rng)
    b.add("Support: ", r[0], " ", who(rng, r[1], "first"), " available ", rng.choice(["24/7", "evenings", "weekends only"]), ".\n\n")
    b.add("Subjective: ")
    b.m(rng.choice(["'I just want to get home.' Pain [[4/10]] L hip.", "pt c/o fatigue, agreeable.", "reports [[2]] falls in past [[6 months]]."]))
    b.add("\nObjective:\n")
    b.m(f"  Bed mob: min A; sit<>stand: CGA w/ RW\n  Gait: [[{rng.randint(15, 200)} ft]] RW CGA, decreased cadence\n"
        f"  Berg Balance Scale: [[{rng.randint(18, 54)}/56]]\n  TUG: [[{rng.randint(12, 35)} sec]]\n"
        f"  Tinetti: [[{rng.randint(10, 26)}/28]]\n  BLE strength [[4-/5]] grossly\n")
    b.add("  Vitals: pre ")
    vitals(b, rng, 0)
    b.add("\nAssessment: deficits in balance/gait, high fall risk.\n")
    b.m(f"Goals ([[{rng.choice([1, 2])} weeks]]): amb [[150 ft]] mod I w/ RW; stairs x[[4]] w/ rail SBA\n")
    b.m(f"Plan: PT [[{rng.choice(['5x/wk', '3-5x/wk', 'BID'])}]]. D/c rec: {rng.choice(['home w/ HHPT', 'SNF', 'acute rehab'])}.\n")
    b.m(f"Time: [[{rng.randint(25, 55)} min]] (eval [[{rng.randint(15, 30)} min]], therex [[{rng.randint(8, 15)} min]])\n")
    sig(b, rng, Person(rng, cred=rng.choice(["PT, DPT", "DPT", "PTA"])), e, rng.choice([0, 1]))
def t_ot(b, rng, pt, e):
    b.add(rng.choice(["OT Treatment Note", "Occupational Therapy Daily Note", "OT re-eval"]), " ", b.D(e["date"]), "\n")
    b.add(who(rng, pt.p, rng.choice(["LF", "full"])), " ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "\n\n")
    b.add("S: pt ", rng.choice(["motivated", "fatigued", "tearful but participating"]), ". ")
    r = pt.relative(rng)
    b.add(his(pt).capitalize(), " ", r[0], " ", who(rng, r[1], rng.choice(["first", "full"])),
          " present for caregiver training", rng.choice([".", " (will be primary caregiver)."]), "\n")
    b.add("O:\n")
    b.m(f"  LB dressing: mod A -> min A w/ reacher, sock aid\n  toileting: CGA\n  grooming standing at sink [[{rng.randint(3, 10)} min]]\n"
        f"  Allen Cognitive Level [[{rng.choice(['4.2', '4.6', '5.0'])}]]\n  grip R [[{rng.randint(10, 30)} kg]], L [[{rng.randint(10, 30)} kg]]\n")
    b.m(rng.choice(["  [[Phalen test]] positive R, [[Tinel sign]] positive at carpal tunnel\n", "  MoCA [[22/30]]\n",
                    "  [[Dupuytren]] contracture L 4th digit noted\n"]))
    b.add("  VS: ")
    vitals(b, rng, 0)
    b.add("\nA: progressing toward goals; ", rng.choice(["hip precautions maintained", "needs cues for safety", "good carryover"]), ".\n")
    b.add("P: cont OT ", K("3-5x/wk"), "; DME: ", rng.choice(["tub transfer bench", "3-in-1 commode", "raised toilet seat"]),
          " ordered through ", P("FACILITY", rng.choice(VENDORS)), ". ")
    if rng.random() < 0.5:
        b.add("Home safety eval w/ ", P("FACILITY", "Comfort Home Health"), " OT ", who(rng, Person(rng), "first"),
              " scheduled ", b.D(e["date"] + dt.timedelta(days=rng.randint(3, 10)), rng.choice(["md", "mday", "ord"])), ".")
    b.m(f"\nTx time [[{rng.randint(23, 53)} min]].\n")
    sig(b, rng, Person(rng, cred=rng.choice(["OTR/L", "OT", "COTA/L"])), e, rng.choice([0, 2]))
def t_preop(b, rng, pt, e):
    surg = rng.choice(["lap cholecystectomy", "R total knee arthroplasty", "L hip hemiarthroplasty", "TURP",
                       "ventral hernia repair", "R carotid endarterectomy", "colonoscopy w/ MAC"])
    b.add(rng.choice(["Pre-Anesthesia Evaluation", "PREOPERATIVE H&P", "Pre-op Clinic Note"]), "\n")
    hdr(b, rng, pt, e, rng.choice([0, 1, 3]))
    b.add("Procedure: ", surg, "   Surgeon: ", who(rng, pt.spec, "drfull"), "\nDOS: ",
          b.D(e["date"] + dt.timedelta(days=rng.randint(1, 21))), " at ", P("FACILITY", pt.hosp[0]), "\n\n")
    b.add("PMH: ")
    pmh(b, pt.sc)
    b.add("\nAnesthesia hx: ", rng.choice(["PONV with prior surgery", "no problems", "family hx malignant hyperthermia - none"]),
          "\nMeds:\n")
    meds(b, rng, pt.sc["meds"][1:], 2)
    b.m(rng.choice(["Hold [[apixaban]] [[48 hours]] prior. ", "Hold [[metformin]] AM of surgery. ", "Take [[metoprolol]] AM with sip. "]))
    if pt.device and ("pacemaker" in pt.device[0] or "ICD" in pt.device[0]):
        b.add("\nCIED: ", pt.device[0], " (SN ", P("DEVICE_ID", pt.device[1]), "); rep from manufacturer to reprogram, ",
              b.PH(phone(rng), "one"), ".")
    b.add("\n\nExam: ")
    vitals(b, rng, 0)
    b.m(f"\nAirway: [[Mallampati]] [[{rng.choice(['I', 'II', 'III'])}]], TMD > [[3 FB]], full neck ROM\n")
    b.add("Labs: ")
    labs(b, rng, pt.sc, 0)
    b.m(f"\nRCRI [[{rng.randint(0, 3)}]]; METs > [[4]]; ASA [[{rng.choice(['II', 'III', 'IV'])}]]\n")
    b.add("Ins: ", pt.ins, " member ", P("HEALTH_PLAN_NUMBER", pt.plan), "; pre-cert ", P("ID_NUMBER", digits(rng, 8)), "\n")
    b.add("Plan: ", rng.choice(["GA w/ ETT", "spinal + sedation", "MAC"]), ". NPO after midnight. Consent signed; ",
          pt.rel[0][0], " ", who(rng, pt.rel[0][1], "first"), " will drive home (", b.PH(pt.rel[0][1].phone), ").\n")
    sig(b, rng, Person(rng, cred=rng.choice(["MD", "CRNA", "DO"])), e)
def t_postop(b, rng, pt, e):
    proc, spec, impl = rng.choice([("Laparoscopic cholecystectomy", "gallbladder", "none"),
                                   ("Exploratory laparotomy, small bowel resection", "small bowel segment", "none"),
                                   ("L hip hemiarthroplasty", "femoral head", "bipolar hemi, see implant record"),
                                   ("R inguinal hernia repair w/ mesh", "hernia sac", "mesh lot on implant log"),
                                   ("I&D L thigh abscess", "wound cx", "none")])
    b.add(rng.choice(["BRIEF OPERATIVE NOTE", "Brief Op Note", "Immediate Post-Op Note"]), "\n")
    b.add("Date: ", b.D(e["date"]), "\nPatient: ", who(rng, pt.p, "LF"), "   MRN: ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "\n")
    b.add("Pre-op dx: ", pt.sc["dx"] if rng.random() < 0.5 else "see below", "\nPost-op dx: same\nProcedure: ", proc, "\n")
    b.add("Surgeon: ", who(rng, pt.spec, "cred"), "\nAssistant: ", who(rng, pt.res, rng.choice(["drfull", "cred"])), "\n")
    b.add("Anesthesia: GETA - ", who(rng, Person(rng, cred="MD"), "dr"), "\n")
    b.m(f"EBL: [[{rng.choice([10, 25, 50, 150, 300])} mL]]\nIVF: [[{rng.choice([800, 1200, 1500])} mL]] LR\nUOP: [[{rng.randint(100, 600)} mL]]\n")
    b.m(rng.choice(["Drains: [[Jackson-Pratt]] [[19 Fr]] x1 RUQ\n", "Drains: none\n", "Drains: [[Blake]] drain x1\n"]))
    b.add("Specimens: ", spec,
          " to path, accession ", P("ID_NUMBER", mk_accession(rng, "S")), "\n")
    b.add("Implants: ", impl, "\n")
    b.m("Complications: none\nCondition: stable to PACU\n\nPOD0 check [[6 hours]] post-op: ")
    vitals(b, rng, 0)
    b.m(". Pain [[3/10]] on [[hydromorphone]] PCA [[0.2 mg]]. Dressing c/d/i.\n")
    b.m(rng.choice(["Plan: clears tonight, ambulate, [[enoxaparin]] [[40 mg]] in AM.\n", "Plan: NPO, NGT LIWS, [[cefazolin]] x [[24 h]].\n"]))
    r = pt.relative(rng)
    b.add("Family (", r[0], " ", who(rng, r[1], "first"), ") updated in waiting room by ", who(rng, pt.spec, "dr"), ".\n")
    sig(b, rng, pt.res, e, rng.choice([0, 2]))
def t_outside(b, rng, pt, e):
    oh = rng.choice([h for h in HOSP if h != pt.hosp])
    b.add(rng.choice(["Outside Records Review", "OUTSIDE RECORDS SUMMARY", "Care Everywhere / Outside Records"]), "\n")
    b.add("Pt: ", who(rng, pt.p, "full"), "  DOB ", b.D(pt.dob), "  our MRN ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "\n")
    b.add("Records received from ", P("FACILITY", oh[0]), " (outside MRN ", P("MEDICAL_RECORD_NUMBER", mk_mrn(rng)),
          ") via fax from ", b.PH(phone(rng)), " on ", b.D(e["date"]), ", ", K(str(rng.randint(12, 140))), " pages.\n\n")
    b.add("Face sheet: address ")
    addr(b, rng, pt, 0)
    b.add("; home ", b.PH(pt.home), "; SSN ", P("US_SSN", pt.ssn), "; ", pt.ins, " ", P("HEALTH_PLAN_NUMBER", pt.plan), "\n\n")
    b.add("Summary of relevant items:\n")
    d0 = e["date"] - dt.timedelta(days=rng.randint(200, 900))
    items = [
        lambda d: b.m("admission for " + pt.sc["dx"] + ", LOS [[" + str(rng.randint(2, 9)) + " days]]"),
        lambda d: b.m(f"TTE: LVEF [[{rng.choice([30, 45, 60])}%]], grade [[1]] diastolic dysfunction"),
        lambda d: b.add("colonoscopy by ", who(rng, Person(rng), "dr"), ": ", K(str(rng.randint(1, 4))),
                        " tubular adenomas, repeat in ", K("3 years")),
        lambda d: b.m(f"A1c [[{rng.uniform(5.6, 11):.1f}%]], LDL [[{rng.randint(60, 190)}]], eGFR [[{rng.randint(25, 95)}]]"),
        lambda d: b.add("CT chest (acc ", P("ID_NUMBER", mk_accession(rng, "CT")), "): ", K("6 mm"), " RUL nodule, f/u ",
                        K("12 months")),
        lambda d: b.m("path: [[Gleason]] [[3+4=7]] prostate adenocarcinoma"),
        lambda d: b.m("dx [[Graves disease]], s/p RAI; on [[levothyroxine]] [[100 mcg]]"),
        lambda d: b.m("MRI brain: small vessel ischemic changes, no acute infarct"),
    ]
    rng.shuffle(items)
    for fn in items[:rng.randint(4, 6)]:
        b.add("- ", b.D(d0, rng.choice(DATE_FMTS)), ": ")
        fn(d0)
        b.add("\n")
        d0 += dt.timedelta(days=rng.randint(20, 160))
    b.add("Outside med list: ")
    meds(b, rng, pt.sc["meds"][1:], 2)
    b.add("Outside PCP: ", who(rng, Person(rng, cred="MD"), "drfull"), ", ", P("LOCATION", rng.choice(CITIES)[0]), "\n")
    b.add("\nReviewed and pertinent info added to problem list. ")
    if rng.random() < 0.5:
        b.add("Release on file.")
    else:
        b.add("ROI signed ", b.D(e["date"] - dt.timedelta(days=rng.randint(3, 20)), "md"), ".")
    b.add("\n-- ", who(rng, pt.pcp, rng.choice(["cred", "full"])), "\n")
def t_referral(b, rng, pt, e):
    clinic = pt.clinic
    b.add(P("FACILITY", clinic), "\n", P("STREET_ADDRESS", f"{rng.randint(10, 9000)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}"),
          rng.choice([", Suite ", " Ste "]), str(rng.randint(100, 450)), "\n")
    city, st = rng.choice(CITIES)
    b.add(P("LOCATION", city), f", {st} ", P("ZIP_CODE", f"{rng.randint(1001, 99950):05d}"), "\nTel ", b.PH(pt.pcp.phone, "paren"),
          "  Fax ", b.PH(phone(rng), "paren"), "\n\n", b.D(e["date"], rng.choice(["long", "abbr"])), "\n\n")
    b.add(who(rng, pt.spec, "drfull"), "\n", P("FACILITY", rng.choice(CLINICS)), "\n\nRE: ", who(rng, pt.p, "full"),
          "\nDOB: ", b.D(pt.dob), "\n", pt.ins, " ID: ", P("HEALTH_PLAN_NUMBER", pt.plan), "\n\n")
    b.add("Dear ", who(rng, pt.spec, rng.choice(["dr", "drfull"])), ",\n\n")
    b.add("Thank you for seeing my patient, ", who(rng, pt.p, rng.choice(["title", "full"])), ", a ",
          AGE(str(pt.age(e["date"]))), "-year-old ", sx(pt, 1), " with ")
    pmh(b, pt.sc)
    b.add(", whom I am referring for evaluation of ", pt.sc["dx"].lower(), ". ")
    b.m(pt.sc["hpi"].capitalize() + ". ")
    b.add(he(pt).capitalize(), " is currently taking ")
    ml = pt.sc["meds"][1:]
    for i, (dname, dose, _) in enumerate(ml):
        b.add(K(dname), " ", K(dose), ", " if i < len(ml) - 2 else (" and " if i == len(ml) - 2 else ". "))
    b.add("Most recent labs from ", b.D(e["date"] - dt.timedelta(days=rng.randint(3, 30)), "long"), " showed ")
    labs(b, rng, pt.sc, 0)
    b.add(".\n\n")
    if rng.random() < 0.5:
        b.add(his(pt).capitalize(), " ", pt.rel[0][0], ", ", who(rng, pt.rel[0][1], "full"),
              ", helps coordinate appointments and can be reached at ", b.PH(pt.rel[0][1].phone), ". ")
    b.add("Please feel free to contact me directly at ", P("EMAIL_ADDRESS",
          f"{re.sub('[^a-z]', '', pt.pcp.first.lower())}.{re.sub('[^a-z]', '', pt.pcp.last.lower())}@{rng.choice(HOSP)[2]}"),
          " with any questions.\n\nSincerely,\n\n", who(rng, pt.pcp, "cred"), "\nNPI ", P("LICENSE_NUMBER", mk_npi(rng)), "\n")
    b.add("cc: ", who(rng, pt.p, "full"), "\n")

RAD = [("CT ABDOMEN/PELVIS W/ IV CONTRAST", "Axial images after [[100 mL]] [[Omnipaque 350]]. DLP [[612 mGy-cm]].",
        "Mild hepatic steatosis. Gallbladder wall [[3 mm]]. [[Bosniak]] I cyst L kidney [[2.1 cm]]. Appendix normal, "
        "no free air. Small fat-containing umbilical hernia."),
       ("CHEST 2 VIEWS", "PA and lateral views.",
        "Right lower lobe consolidation with small effusion. Heart size normal, CTR [[0.48]]. No pneumothorax."),
       ("CT HEAD W/O CONTRAST", "Non-contrast axial CT, [[5 mm]] slices. CTDIvol [[52 mGy]].",
        "No acute intracranial hemorrhage. Chronic small vessel ischemic change. Ventricles normal. ASPECTS [[10]]."),
       ("US RUQ", "Grayscale and color Doppler images.",
        "Gallbladder distended with [[1.8 cm]] stone in neck, wall [[5 mm]], positive sonographic [[Murphy sign]]. CBD [[4 mm]]."),
       ("MRI LUMBAR SPINE W/O", "Sagittal and axial T1/T2/STIR.",
        "L4-5 disc bulge with mild canal stenosis and [[3 mm]] retrolisthesis; no cord compression. [[Schmorl node]] at L2."),
       ("CTA CHEST PE PROTOCOL", "[[75 mL]] [[Isovue 370]] bolus-tracked. DLP [[388 mGy-cm]].",
        "Filling defects in R lower lobe segmental arteries. RV/LV ratio [[0.9]]. Small R effusion."),
       ("US LOWER EXTREMITY VENOUS DOPPLER LEFT", "Compression and color Doppler.",
        "Noncompressible L popliteal vein with echogenic thrombus. [[Baker cyst]] [[3.2 x 1.1 cm]].")]

def t_radiology(b, rng, pt, e):
    ex, tech, fnd = rng.choice(RAD)
    b.add("EXAM: ", ex, "\nACCESSION: ", P("ID_NUMBER", mk_accession(rng)), "   MRN: ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "\n")
    b.add("PATIENT: ", who(rng, pt.p, "LF"), "   DOB: ", b.D(pt.dob), "   AGE: ", AGE(str(pt.age(e["date"]))), "Y   SEX: ", sx(pt), "\n")
    b.add("DATE OF EXAM: ", b.D(e["date"]), f" {e['time']}\nORDERING: ", who(rng, pt.att, rng.choice(["lf", "full"])),
          ", ", pt.att.cred or "MD", "\nLOCATION: ", P("FACILITY", pt.hosp[0]), " ", rng.choice(["ED", "4 West", "MICU", "OP Imaging"]), "\n\n")
    b.add("CLINICAL HISTORY: ", pt.sc["cc"], "; on ", K(pt.sc["meds"][1][0]), " ", K(pt.sc["meds"][1][1]), ".\n")
    if "CONTRAST" in ex and "W/O" not in ex or "CTA" in ex:
        b.m(f"Pre-contrast Cr [[{rng.uniform(0.6, 1.5):.2f}]], eGFR [[{rng.randint(45, 110)}]].\n")
    cmp_ = rng.randint(0, 2)
    b.add("COMPARISON: ")
    if cmp_ == 0:
        b.add("None.")
    elif cmp_ == 1:
        b.add(b.D(e["date"] - dt.timedelta(days=rng.randint(30, 900)), rng.choice(["slash", "slash_nz"])), ".")
    else:
        b.add("Outside study from ", P("FACILITY", "Valley Imaging Associates"), " dated ",
              b.D(e["date"] - dt.timedelta(days=rng.randint(30, 600))), ".")
    b.add("\nTECHNIQUE: ")
    b.m(tech)
    b.add("\n\nFINDINGS:\n")
    b.m(fnd + "\n")
    nod = rng.randint(3, 9)
    b.m(f"Incidental [[{nod} x {max(2, nod - 1)} mm]] {rng.choice(['RLL', 'LUL', 'lingular'])} nodule (series [[{rng.randint(2, 6)}]], "
        f"image [[{rng.randint(20, 180)}]]).\n\nIMPRESSION:\n1. "
        + fnd.split(". ")[0] + ".\n")
    b.m("2. Per [[Fleischner]] guidelines, " + ("no routine follow-up needed for nodule < [[6 mm]] in low-risk patient.\n\n"
                                                if nod < 6 else "CT chest in [[6-12 months]].\n\n"))
    if rng.random() < 0.6:
        b.add("Critical result communicated to ", who(rng, pt.res, rng.choice(["dr", "drfull"])), " by phone at ",
              f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}", " on ", b.D(e["date"]), ", read back confirmed.\n")
    b.add("\nDictated by: ", who(rng, Person(rng, cred="MD"), rng.choice(["full", "drfull"])), "\nSigned: ",
          b.D(e["date"]), f" {e['time']}\n")

def t_anticoag(b, rng, pt, e):
    b.add(rng.choice(["Anticoagulation Clinic - INR Note", "COUMADIN CLINIC", "Anticoag Telephone Visit"]), "\n")
    b.add(who(rng, pt.p, rng.choice(["LF", "full"])), "  MRN ", P("MEDICAL_RECORD_NUMBER", pt.mrn), "  ",
          AGE(str(pt.age(e["date"]))), " yo\n")
    b.m(f"Indication: {rng.choice(['AF', 'mechanical AVR', 'recurrent DVT', 'LV thrombus'])}   Goal INR [[{rng.choice(['2.0-3.0', '2.5-3.5'])}]]\n")
    b.add("Managing provider: ", who(rng, pt.pcp, "dr"), "\n\n")
    inr = f"{rng.uniform(1.4, 4.2):.1f}"
    b.add("INR today (", b.D(e["date"], "md"), "): ", K(inr), rng.choice([" POC", " (lab)", ""]), "\nPrior: ")
    d = e["date"]
    for i in range(3):
        d = d - dt.timedelta(days=rng.choice([7, 14, 21, 28]))
        b.add(b.D(d, rng.choice(["md", "slash2"])), " ", K(f"{rng.uniform(1.6, 3.4):.1f}"), "; " if i < 2 else "\n")
    d1, d2 = rng.choice([("5 mg", "2.5 mg"), ("2.5 mg", "5 mg"), ("7.5 mg", "5 mg"), ("4 mg", "2 mg")])
    b.m(f"Current dose: [[warfarin]] [[{d1}]] daily except [[{d2}]] Mon/Fri "
        f"(weekly [[{rng.randint(20, 50)} mg]])\n")
    b.add("Changes: ", rng.choice(["started abx (Bactrim)", "missed 1 dose", "more leafy greens", "none"]), ". Bleeding: ",
          rng.choice(["denies", "minor gum bleeding", "bruising on arms"]), ".\n")
    b.m(rng.choice(["Plan: hold x [[1]] dose then resume; ", "Plan: increase weekly dose by [[10%]]; ", "Plan: no change; "]))
    b.add("recheck ", b.D(e["date"] + dt.timedelta(days=rng.choice([5, 7, 14])), rng.choice(["md", "mday", "slash"])), ".\n")
    r = pt.relative(rng)
    b.add(rng.choice(["Called pt at ", "Spoke w/ pt at ", "LVM at "]), b.PH(pt.home))
    if rng.random() < 0.5:
        b.add(", also spoke with ", r[0], " ", who(rng, r[1], "first"), " who fills pillbox")
    b.add(". Teach-back done.\n-- ", who(rng, Person(rng, cred="PharmD"), rng.choice(["cred", "full"])), ", CPP ext ",
          P("PHONE_NUMBER", digits(rng, 4)), "\n")


TEMPLATES = [("progress_soap", t_progress_soap), ("progress_problem_based", t_progress_problem),
             ("admission_hp", t_admission_hp), ("discharge_summary", t_discharge), ("ed_provider_note", t_ed),
             ("nursing_shift_note", t_nursing_shift), ("nursing_flowsheet_comments", t_flowsheet),
             ("consult_cardiology", t_consult_cards), ("consult_infectious_disease", t_consult_id),
             ("consult_psychiatry", t_consult_psych), ("bedside_procedure_note", t_procedure),
             ("clinic_followup", t_clinic), ("telephone_encounter", t_phone), ("portal_message_reply", t_portal),
             ("medication_reconciliation", t_medrec), ("case_management", t_carecoord),
             ("social_work_assessment", t_socialwork), ("physical_therapy_eval", t_pt), ("occupational_therapy", t_ot),
             ("preop_anesthesia", t_preop), ("brief_op_postop", t_postop), ("outside_records_summary", t_outside),
             ("referral_letter", t_referral), ("radiology_report", t_radiology), ("anticoag_clinic", t_anticoag)]
CASE_PREF = {"nursing_shift_note": 0.35, "radiology_report": 0.0, "nursing_flowsheet_comments": 0.2}
UPPER_PREF = {"radiology_report": 0.45, "brief_op_postop": 0.15, "discharge_summary": 0.1}

# ----------------------------------------------------------------------------- driver
def validate(rec):
    t = rec["text"]
    spans = sorted([(s["start"], s["end"]) for s in rec["phi"]] + [(s["start"], s["end"]) for s in rec["keep"]])
    for s, en in spans:
        assert 0 <= s < en <= len(t), (rec["note_id"], s, en)
        frag = t[s:en]
        assert frag == frag.strip() and frag, (rec["note_id"], repr(frag))
    for (a, b_), (c, d) in zip(spans, spans[1:]):
        assert b_ <= c, (rec["note_id"], "overlap", t[a:b_], t[c:d])
    for s in rec["phi"]:
        assert CAT[s["entity"]] == s["category"]
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=113)
    ap.add_argument("--out", default="set_j.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = a.n
    styles = [TEMPLATES[i % len(TEMPLATES)] for i in range(n)]
    rng.shuffle(styles)
    sizes, tot = [], 0
    target = round(0.30 * n)
    while tot < target:
        s = 3 if rng.random() < 0.35 else 2
        s = min(s, target - tot) if target - tot >= 2 else 2
        sizes.append(s)
        tot += s
    sizes += [1] * (n - tot)
    rng.shuffle(sizes)
    slots = []
    for pi, s in enumerate(sizes):
        for k in range(s):
            slots.append((pi, k))
    slots = slots[:n]
    rng.shuffle(slots)
    # keep per-patient note order chronological in output order
    seen = {}
    ordered = []
    for pi, _ in slots:
        seen[pi] = seen.get(pi, 0) + 1
        ordered.append((pi, seen[pi] - 1))
    patients = {}
    pid_map = {}
    records = []
    for i, ((pi, k), (tname, fn)) in enumerate(zip(ordered, styles)):
        if pi not in patients:
            pid_map[pi] = f"JP{len(pid_map) + 1:04d}"
            patients[pi] = Patient(rng, pid_map[pi])
        pt = patients[pi]
        date = pt.base + dt.timedelta(days=k * rng.randint(4, 40) + rng.randint(0, 3))
        e = {"date": date, "admit": date - dt.timedelta(days=rng.randint(0, 5)),
             "time": f"{rng.randint(0, 23):02d}{rng.choice(['00', '05', '12', '20', '30', '41', '55'])}",
             "acct": mk_acct(rng)}
        r = rng.random()
        lowp, upp = CASE_PREF.get(tname, 0.05), UPPER_PREF.get(tname, 0.04)
        case = "lower" if r < lowp else ("upper" if r < lowp + upp else None)
        b = B(rng, case, 0.04 if rng.random() < 0.2 else 0.0)
        b.df = rng.choice(DATE_FMTS)
        b.pf = rng.choice(PHONE_FMTS)
        fn(b, rng, pt, e)
        rec = {"note_id": f"J{i + 1:04d}", "patient_id": pt.pid, "template": tname, "text": b.text(),
               "phi": b.phi, "keep": b.keep}
        validate(rec)
        records.append(rec)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_set_l.py -- generator for synthetic de-identification evaluation set L.

Standard library only (Python 3.11).

    python3 make_set_l.py --n 250 --seed 131 --out set_l.jsonl

Every note is assembled by appending segments one after another:
  * plain text        (Note.t / Note.raw)
  * a PHI value       (Note.p)  -> offsets recorded at append time
  * a must-keep value (Note.k)  -> offsets recorded at append time
Offsets are never recovered by searching the finished text.

Besides the requested JSONL file, a sidecar file <out>.spans.jsonl is written
that repeats every span together with the exact string that was appended for it,
so that check_set_l.py can verify text[start:end] == appended value.
"""
import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata

ENTITY_CATEGORY = {
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

# Structural words that occur inside facility / address / age values and are
# ordinary English elsewhere.  The leak check ignores these tokens (the same
# list is used by check_set_l.py).
GENERIC_TOKENS = frozenset("""
hospital hospitals medical center centre clinic clinics health healthcare regional
memorial community general university county parish city town street avenue road
drive lane boulevard route highway court place way suite apt apartment unit lot
north south east west northwest northeast southwest southeast the and of at for
care nursing home rehab rehabilitation pharmacy drug drugs school elementary middle
high church plant services service family practice associates urgent inc llc
company store village senior living assisted system campus children childrens
women womens cancer heart institute group department floor building saint box
trail loop circle parkway pkwy blvd ave hwy ste bldg baptist methodist catholic
lutheran episcopal pentecostal presbyterian orthodox missionary fellowship chapel
temple masjid iglesia one two three four five six seven eight nine
hospice pediatric pediatrics kidney dialysis medicine primary internal specialty physicians
orthopedic spine cardiology neurology digestive lung sleep endocrine diabetes vascular partners
rural free adventist seventh day hindu islamic aps
""".split())

# Ordinary words that are also given names / surnames.  When used as ordinary
# words they are must-keep terms, so plain text may never contain them: the
# templates must emit them through [[...]] keep markup.
KEEP_WORDS = ("will", "may", "hope", "grace", "bill", "frank", "rose", "mark",
              "june", "faith", "summer", "april", "young", "black", "price",
              "grant", "king", "hunter", "joy", "dawn", "august")

NUMWORDS = ("one two three four five six seven eight nine ten eleven twelve "
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty "
            "thirty forty fifty sixty seventy eighty ninety hundred").split()

MONTHS = ["", "January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
MABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept",
         "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"]


def S(s):
    """Split a whitespace list; underscores become spaces inside an entry."""
    return [w.replace("_", " ") for w in s.split()]


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn")


def wtoks(s):
    return [w.lower() for w in re.findall(r"\w+", s) if len(w) >= 3]


def sig_toks(s):
    return [t for t in wtoks(s) if t not in GENERIC_TOKENS]


class Reject(Exception):
    """Raised when a note cannot be built cleanly; the note is rebuilt."""


# --------------------------------------------------------------------------
# lint for plain text: things that must be labeled may not hide in plain text
# --------------------------------------------------------------------------
_KW = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(KEEP_WORDS), re.I)
_NUMUNIT = re.compile(
    r"(?<!\w)(?:%s)(?:-(?:%s))?[- ](?:minutes?|hours?|days?|weeks?|months?|years?|"
    r"nights?|year-old|years-old|mg|milligrams?)(?!\w)" % ("|".join(NUMWORDS), "|".join(NUMWORDS)),
    re.I)
_LEX = None  # compiled later from drug / eponym lexicon


def lint(s):
    for tok in re.findall(r"\w+", s):
        if tok[0].isdigit():
            raise ValueError("number in plain text: %r" % s)
    m = _KW.search(s)
    if m:
        raise ValueError("unmarked keep word %r in plain text: %r" % (m.group(0), s))
    m = _NUMUNIT.search(s)
    if m:
        raise ValueError("unmarked duration/age %r in plain text: %r" % (m.group(0), s))
    if _LEX is not None:
        m = _LEX.search(s)
        if m:
            raise ValueError("unmarked drug/eponym %r in plain text: %r" % (m.group(0), s))


# --------------------------------------------------------------------------
# note builder
# --------------------------------------------------------------------------
_FMT = re.compile(r"\{([A-Za-z_]\w*)(?:\.(\w+))?(?::(\w+))?\}|\[\[(.+?)\]\]")


def cz(v, mod):
    if mod == "lc":
        return v.lower()
    if mod == "uc":
        return v.upper()
    return v


class Note:
    def __init__(self, cast):
        self.c = cast
        self.buf = []
        self.n = 0
        self.phi = []     # (start, end, entity, value)
        self.keep = []    # (start, end, value)
        self.ptoks = set(cast.tokens)   # conservative: every PHI token of the cast
        self.etoks = set()              # tokens of PHI actually emitted so far
        self.ktoks = set()

    def _app(self, s):
        self.buf.append(s)
        self.n += len(s)

    def t(self, s):
        if not s:
            return
        lint(s)
        for tok in wtoks(s):
            if tok in self.etoks:
                raise Reject("plain text repeats PHI token %r" % tok)
        self._app(s)

    def raw(self, s):
        if s:
            for tok in wtoks(s):
                if tok in self.etoks:
                    raise Reject("raw text repeats PHI token %r" % tok)
            self._app(s)

    def p(self, v, ent):
        if ent not in ENTITY_CATEGORY:
            raise ValueError(ent)
        v = str(v)
        if not v or v != v.strip():
            raise ValueError("bad PHI value %r" % v)
        st = self.n
        self._app(v)
        self.phi.append((st, self.n, ent, v))
        tk = sig_toks(v)
        self.ptoks.update(tk)
        self.etoks.update(tk)

    def k(self, v, fb=None):
        v = str(v)
        if not v or v != v.strip():
            raise ValueError("bad keep value %r" % v)
        if any(t in self.ptoks for t in wtoks(v)):
            if fb is None:
                raise Reject("keep value collides with PHI token: %r" % v)
            self.t(fb)
            return
        st = self.n
        self._app(v)
        self.keep.append((st, self.n, v))
        self.ktoks.update(wtoks(v))

    def f(self, fmt, **kw):
        pos = 0
        for m in _FMT.finditer(fmt):
            if m.start() > pos:
                self.t(fmt[pos:m.start()])
            if m.group(4) is not None:
                body = m.group(4)
                if "|" in body:
                    v, fb = body.split("|", 1)
                else:
                    v, fb = body, None
                self.k(v, fb)
            else:
                base, attr, mod = m.group(1), m.group(2), m.group(3)
                if base in kw:
                    obj = kw[base]
                elif base in self.c.v:
                    obj = self.c.v[base]
                else:
                    raise KeyError("template variable %r" % base)
                render(self, obj, attr, mod)
            pos = m.end()
        if pos < len(fmt):
            self.t(fmt[pos:])

    @property
    def text(self):
        return "".join(self.buf)


def render(n, obj, attr, mod):
    if isinstance(obj, str):
        n.f(obj)
    elif isinstance(obj, (list, tuple)):
        n.f(n.c.rng.choice(obj))
    elif hasattr(obj, "render"):
        obj.render(n, attr, mod)
    elif callable(obj):
        obj(n, attr, mod)
    else:
        raise TypeError(type(obj))


# --------------------------------------------------------------------------
# value objects
# --------------------------------------------------------------------------
PRON = {
    "F": dict(he="she", He="She", his="her", His="Her", him="her", Him="Her",
              self="herself", hers="hers", man="woman", Man="Woman", boy="girl",
              child="daughter", parent="mother", sib="sister", Mom="Mom", mom="mom"),
    "M": dict(he="he", He="He", his="his", His="His", him="him", Him="Him",
              self="himself", hers="his", man="man", Man="Man", boy="boy",
              child="son", parent="father", sib="brother", Mom="Dad", mom="dad"),
}


class Place:
    def __init__(self, full, ent, short=None):
        self.full = full
        self.ent = ent
        self.short = short or full

    def render(self, n, attr, mod):
        v = self.short if attr == "short" else self.full
        n.p(cz(v, mod), self.ent)

    def values(self):
        return [self.full, self.short]


class K:
    """A fixed must-keep value."""
    def __init__(self, v):
        self.v = v

    def render(self, n, attr, mod):
        n.k(cz(self.v, mod))


class Raw:
    """Unlabeled text that may contain digits (e.g. a bare year, list numbers)."""
    def __init__(self, v):
        self.v = v

    def render(self, n, attr, mod):
        n.raw(self.v)


def num2words(x):
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety"]
    if x < 20:
        return ones[x]
    if x < 100:
        return tens[x // 10] + ("" if x % 10 == 0 else "-" + ones[x % 10])
    rest = x - 100
    return "one hundred" + ("" if rest == 0 else " and " + num2words(rest))


class AgeRef:
    def __init__(self, age):
        self.age = age

    def render(self, n, attr, mod):
        v = num2words(self.age) if attr == "w" else str(self.age)
        if self.age >= 90:
            n.p(v, "AGE_90_PLUS")
        else:
            n.k(v)


def ordinal(d):
    if 10 <= d % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return "%d%s" % (d, suf)


def fmt_date(d, f):
    m, day, y = d.month, d.day, d.year
    return {
        "mdy": "%d/%d/%d" % (m, day, y),
        "mdy0": "%02d/%02d/%d" % (m, day, y),
        "mdy2": "%d/%d/%02d" % (m, day, y % 100),
        "md": "%d/%d" % (m, day),
        "iso": d.isoformat(),
        "long": "%s %d, %d" % (MONTHS[m], day, y),
        "mon": "%s %d" % (MONTHS[m], day),
        "month": "%s %s" % (MONTHS[m], ordinal(day)),
        "abbr": "%s %d" % (MABBR[m], day),
        "abbrth": "%s %s" % (MABBR[m], ordinal(day)),
        "abbry": "%s %d, %d" % (MABBR[m], day, y),
        "dmy": "%d %s %d" % (day, MONTHS[m], y),
        "dmon": "%02d-%s-%d" % (day, MABBR[m][:3], y),
        "dash": "%d-%d-%d" % (m, day, y),
        "dash2": "%02d-%02d-%02d" % (m, day, y % 100),
        "th": ordinal(day),
        "caps": "%02d%s%d" % (day, MABBR[m][:3].upper(), y),
        "dot": "%d.%d.%02d" % (m, day, y % 100),
    }[f]


DATE_GROUPS = {
    "prose": ["mon", "mon", "month", "abbr", "abbrth", "md", "long", "mdy", "md"],
    "pn": ["mon", "month", "abbr", "abbrth", "md", "md"],          # no year
    "struct": ["mdy0", "mdy0", "mdy", "iso", "dmon", "mdy2"],
    "full": ["long", "mdy0", "mdy", "iso", "abbry", "dmy", "dash", "mdy0"],
    "inf": ["md", "md", "mon", "abbr", "month", "mdy2", "dot"],
}
NUMERIC_FMTS = ("mdy", "mdy0", "mdy2", "md", "iso", "dash", "dash2", "dot")


class DateRef:
    def __init__(self, d):
        self.d = d

    def render(self, n, attr, mod):
        rng = n.c.rng
        a = attr or (mod if mod not in (None, "lc", "uc") else None) or "prose"
        if a == "day":                     # weekday only -> not PHI
            n.t(WEEKDAYS[self.d.weekday()])
            return
        if a == "wd":                      # "Tuesday, March 3"
            n.t(WEEKDAYS[self.d.weekday()] + ", ")
            f = rng.choice(["mon", "mon", "month", "abbr", "md"])
        elif a in DATE_GROUPS:
            f = rng.choice(DATE_GROUPS[a])
        else:
            f = a
        if f not in NUMERIC_FMTS and f != "th" and f != "caps":
            mname = MONTHS[self.d.month].lower()
            if mname in n.ktoks or MABBR[self.d.month].lower() in n.ktoks:
                f = "md" if a in ("pn", "inf", "wd") else "mdy0"
        v = fmt_date(self.d, f)
        if mod == "lc" or (a == "inf" and rng.random() < 0.4):
            v = v.lower()
        n.p(v, "DATE")


# ==========================================================================
# lexicons: people
# ==========================================================================
CULTURES = {
    "anglo": (
        S("Mary Patricia Linda Barbara Elizabeth Susan Margaret Dorothy Karen Nancy "
          "Betty Sandra Donna Carol Sharon Deborah Kathleen Shirley Brenda Pamela Debra "
          "Cynthia Janet Carolyn Wanda Loretta Doris Gladys Mildred Peggy Tammy Crystal "
          "Brittany Kayla Ashley Amanda Heather Tiffany Misty Bobbie_Jo Darlene Marlene "
          "Velma Imogene Opal Lorraine Colleen Meredith Whitney Courtney Kelsey Madison "
          "Harper Avery Brooke Delaney Shelby Caitlin Louise Katherine Margie Ramona "
          "Bonnie Lucille Geneva Juanita Norma Joann Bethany Leanne Kristen Jolene"),
        S("James Robert John Michael David Richard Charles Joseph Thomas Christopher "
          "Daniel Donald Kenneth Steven Edward Brian Ronald Timothy Jason Jeffrey Gary "
          "Larry Dale Earl Vernon Clarence Harold Eugene Wayne Travis Tyler Cody Dustin "
          "Cole Garrett Brent Clint Randall Lyle Floyd Homer Wendell Otis Merle Duane "
          "Darrell Roger Glen Lonnie Ricky Bobby Jimmy Billy_Ray Jerry Terry Cecil Leroy "
          "Arlo Beau Colton Landon Brody William Francis Franklin Louis Walter Raymond "
          "Herschel Virgil Delbert Elmer Orville Marvin Kyle Shane Trent"),
        S("Smith Johnson Williams Miller Davis Wilson Anderson Taylor Moore Martin "
          "Thompson White Harris Clark Lewis Walker Hall Allen Wright Scott Green Baker "
          "Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans "
          "Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy Abernathy "
          "McAllister O'Brien O'Neill Fitzgerald Schneider Hoffmann Lindqvist Johansson "
          "Kincaid Dunbar Applewhite Crenshaw Holloway Blackwell Stroud Tillman Vance "
          "Sutherland McKinney Albrecht Pruitt Hargrove Whitfield Fontenot Thibodeaux "
          "Boudreaux Hebert LeBlanc Beauchamp Dupree Kowalczyk Yoder Stoltzfus Lambert "
          "Gallagher Donnelly Kavanagh Brennan McCarthy Sullivan Riordan Haskins Pickett "
          "Tackett Caudill Mullins Skaggs Gentry Puckett Hatfield Blevins Combs Ledbetter "
          "Faulkner Spurlock Partin Honeycutt Whitlock Easterling Vanderpool Ashby "
          "Brumley Cates Gwinn Lindahl Ostrander Pemberton Quarles Rutledge Stumbo")),
    "african_american": (
        S("Keisha Tamika LaToya Shanice Aaliyah Ebony Imani Latrice Shaquana Tanisha "
          "Monique Jasmine Deja Kiara Nia Tasha Yolanda Rochelle Felicia Octavia Lakisha "
          "Bernice Ernestine Hattie Mattie Odessa Queen_Esther Precious Destiny Tameka "
          "Shontae Jaquelyn Marvella Lashonda Cherelle"),
        S("DeShawn Jamal Darnell Tyrone DeAndre Marquis Jalen Terrell Demetrius Rashad "
          "Cedric Reginald Alonzo Willie Roosevelt Cornelius Jermaine Lamar Kareem "
          "Darius Malik Xavier Quentin Antoine Tavion Deontae Lavell Booker Odell"),
        S("Washington Jefferson Robinson Jackson Coleman Jenkins Bryant Freeman Gaines "
          "Mosley Dorsey Pettaway Whitaker Battle Fields Merriweather Nesbitt Boykin "
          "Toliver Gadsden Ware Hairston Simmons Haynes Sims Caldwell Rucker Spates "
          "Peoples Funderburk Mayweather Ravenell Threatt Gatewood")),
    "hispanic": (
        S("María Guadalupe Luz Ximena Marisol Dolores Yesenia Itzel Valentina Camila "
          "Araceli Consuelo Esperanza Lupe Rocío Maribel Yadira Nayeli Graciela Socorro "
          "Leticia Beatriz Alejandra Daniela Paola Flor Milagros Xiomara Inés Soledad "
          "Rosario Elvia Marisela Anahí"),
        S("José Juan_Carlos Alejandro Carlos Jesús Ignacio Jorge Mateo Santiago Héctor "
          "Rigoberto Luis Miguel Francisco Javier Rafael Eduardo Arturo Fernando Ramón "
          "Efraín Joaquín Rubén Ulises Wilfredo Emiliano Osvaldo Nicolás Elías Genaro "
          "Baltazar Isidro"),
        S("García Hernández López Martínez Rodríguez González Pérez Ramírez Flores "
          "Gutiérrez Morales Castillo Vargas Ortiz Jiménez Ruiz Salazar Quispe Mamani "
          "Herrera Medina Aguilar de_la_Cruz Villalobos Espinoza Zamora Cisneros "
          "Maldonado Ochoa Barrera Navarro Sandoval Delgado Fuentes Rosales Trujillo "
          "Cervantes Montoya Velázquez Sepúlveda Bustamante Arellano Ibarra Galván "
          "Ocampo Tapia Saucedo")),
    "west_african": (
        S("Ngozi Adaeze Chiamaka Folake Yetunde Ifeoma Abena Ama Efua Akosua Fatoumata "
          "Aminata Aissatou Mariama Funmilayo Nneka Chioma Adwoa Afia Kadiatou Binta "
          "Nafissatou Ronke Temitope Bisola Oluwaseun"),
        S("Chinedu Kwame Kofi Yaw Emeka Babajide Tunde Obinna Kelechi Nnamdi Amadou "
          "Mamadou Ousmane Ibrahima Oluwaseun Adewale Olumide Kwabena Kojo Sekou Modou "
          "Lamine Chukwuemeka Ifeanyi Segun Femi"),
        S("Okafor Okonkwo Adeyemi Mensah Boateng Owusu Asante Nwosu Eze Obi Balogun "
          "Adebayo Diallo Traoré Keita Sow Ndiaye Oyelaran Afolabi Chukwu Olawale "
          "Ogunleye Acheampong Appiah Darko Agyeman Bamba Coulibaly Konaté Sesay "
          "Kamara Bangura Onyekachi Nwachukwu Okoro Ikwuemesi")),
    "east_african": (
        S("Tigist Selam Mekdes Almaz Hiwot Meron Wanjiru Njeri Akinyi Zawadi Amani "
          "Halima Hodan Sahra Ayaan Fadumo Nasra Rahel Liya Eleni Wambui Nyokabi Achieng"),
        S("Abebe Dawit Yohannes Bereket Henok Kamau Otieno Baraka Hamisi Faraji Mwangi "
          "Ochieng Abdirahman Abdullahi Mohamed Yusuf Liban Dahir Mesfin Girma Solomon "
          "Kiprop Kiptoo Wekesa"),
        S("Tesfaye Bekele Girma Haile Mengistu Kebede Wolde Alemu Tadesse Gebremedhin "
          "Mwangi Odhiambo Kariuki Omondi Njoroge Mutua Abdi Warsame Farah Osman "
          "Hussein Jama Aden Egal Kiplagat Chebet Wanyama Nyambura")),
    "south_asian": (
        S("Priya Anjali Deepa Lakshmi Ananya Sunita Kavya Ayesha Nusrat Tahmina "
          "Harpreet Gurpreet Manpreet Meena Pooja Shalini Revathi Padma Savitri Nandini "
          "Farzana Rubina Shabnam Jaswinder Kamala Divya Sneha Bhavna"),
        S("Rohan Arjun Sanjay Vikram Rahul Rajesh Aditya Imran Farhan Sandeep Dinesh "
          "Nikhil Suresh Ravi Venkat Prakash Anil Manoj Harjit Gurdeep Balwinder Tariq "
          "Zubair Asif Kamran Sanjeev Pranav Karthik Siddharth"),
        S("Patel Shah Desai Gupta Sharma Reddy Iyer Nair Menon Chatterjee Banerjee "
          "Mukherjee Singh Kaur Gill Sandhu Rao Krishnan Venkatesan Subramanian "
          "Chowdhury Rahman Hossain Qureshi Siddiqui Malik Khan Bhatt Joshi Pillai "
          "Thapa Gurung Dhillon Grewal Kapoor Mehta Agarwal Trivedi Bose Ghosh")),
    "east_asian": (
        S("Mei-Ling Xiaoling Li_Na Yuki Sakura Aiko Ji-woo Seo-yeon Eun-ji Yan Qing "
          "Hui Fang Ying Keiko Michiko Haruka Min-seo Soo-jin Hye-jin Xiu Lian Chun "
          "Yoshiko"),
        S("Wei Jun Hao Haruto Kenji Hiroshi Min-jun Hyun-woo Jae-hyun Zhen Ming Tao "
          "Jian Lei Takeshi Kazuo Daisuke Sung-min Dong-hyun Young-ho Cheng Feng "
          "Jin-ho Tatsuya"),
        S("Chen Wang Zhang Liu Huang Lin Zhou Wu Xu Tanaka Suzuki Watanabe Yamamoto "
          "Nakamura Kobayashi Sato Kim Park Choi Jeong Kang Yoon Lim Han Cho Yoo Liang "
          "Guo Zhao Fujimoto Hayashi Inoue Matsumoto Shin Kwon Hwang")),
    "se_asian": (
        S("Linh Thuy Huong Lan Mai Ngoc Trang Hanh Maricel Jocelyn Marites Rowena "
          "Lorna Siriporn Kanya Malai Dewi Siti Yer Mai_Nhia Bao_Yer Chanthy Sokha "
          "Phalla Bopha"),
        S("Minh Tuan Quang Bao Duc Hung Khanh Thanh Rodel Arnel Rolando Ferdinand "
          "Somchai Nattapong Anan Budi Agus Kou Tou Neng Chue Pheng Sokun Vuthy Dara"),
        S("Nguyen Tran Pham Hoang Dang Bui Ngo Duong Truong Santos Reyes Cruz "
          "Bautista Villanueva Mendoza Aquino Ramos Dela_Cruz Macaraeg Pangilinan "
          "Srisai Wongsakul Chaiyaporn Santoso Wijaya Hartono Vang Xiong Yang Thao "
          "Moua Lor Chang Chea Keo Phan Le Vu")),
    "arabic": (
        S("Fatima Layla Noor Amira Huda Rania Zainab Mariam Nadia Salma Yasmin Dalia "
          "Hiba Rasha Lina Samira Ghada Reem Aisha Manal Souad Widad Lubna Asma"),
        S("Ahmed Mohammed Omar Yusuf Khalid Hassan Samir Tariq Karim Rashid Ibrahim "
          "Mahmoud Walid Fadi Bilal Ziad Nabil Hamza Mustafa Adnan Jamal Hisham Majid "
          "Anwar Faisal"),
        S("Al-Masri Haddad Khoury Saleh Nasser Abdullah Hamdan Mansour Aziz El-Sayed "
          "Farouk Ibrahim Qasim Darwish Barakat Sabbagh Al-Hashimi Jaber Khalil Najjar "
          "Shaheen Suleiman Bitar Odeh Awad Al-Amin Hijazi Zaidan")),
    "slavic": (
        S("Oksana Svetlana Olena Natasha Katarzyna Agnieszka Jelena Vesna Irina "
          "Ludmila Anastasia Tatiana Halyna Zofia Magdalena Milena Darya Yelena Bozena "
          "Ewa Dragana Snezana Nadezhda Marta"),
        S("Dmitri Yuri Bogdan Piotr Tomasz Milos Dragan Sergei Pavel Zoran Vladimir "
          "Andrei Mykola Taras Wojciech Grzegorz Stanislav Nikolai Oleksandr Goran "
          "Branko Jaroslav Vasyl Lev"),
        S("Kowalski Nowak Wiśniewski Petrov Ivanova Kuznetsov Shevchenko Kovalenko "
          "Bondarenko Horvat Novak Jovanović Petrović Sokolov Volkov Lewandowski "
          "Zieliński Dvořák Melnyk Tkachenko Kravchenko Popov Morozov Babić "
          "Kovačević Nikolić Wójcik Kamiński Hrabovsky Procházka")),
    "pacific": (
        S("Leilani Kalani Noelani Malia Losa Mele Lani Keala Mahina Pua Luana Sina "
          "Tala Salote Vaitiare Hina Moana Kaimana Iolana"),
        S("Keanu Makana Sione Tevita Viliami Sefa Kainoa Koa Ikaika Manu Palani "
          "Tamatoa Lopeti Semisi Afa Tanielu Kekoa Kawika Nohea"),
        S("Kahananui Kealoha Akana Fonoti Tuilagi Faleolo Taufa Fifita Mahoe Kamakau "
          "Tupou Leota Aumua Salave'a Kauhane Nakoa Kaleikini Tuiasosopo Fa'amausili "
          "Mataele Vaipulu Havili Lolohea Kapaona Palakiko")),
    "native": (
        S("Aiyana Tallulah Winona Nizhoni Hania Shandiin Chenoa Kimimela Tayanita "
          "Nadie Halona Dyani Sihu Onawa Magena Taini Lomasi Kaya Yazhi Loretta "
          "Darlene Marlene"),
        S("Chayton Waya Ahiga Hastiin Kele Tokala Mato Nashoba Ahanu Enapay Hotah "
          "Takoda Chaska Kohana Yiska Sani Hototo Ashkii Vernon Leroy Delbert"),
        S("Begay Yazzie Tsosie Benally Nez Harjo Silversmith Runningwater Whitehorse "
          "Tso Chee Attakai Roanhorse Blackfeather Two_Bulls Red_Cloud Manygoats "
          "Deschenie Tohee Cornsilk Bigman Etsitty Skenandore Longhorn Iron_Cloud "
          "Lente Shije Tsinajinnie")),
    "caribbean": (
        S("Shanique Kerry-Ann Roselande Wislande Fabiola Guerline Nadège Sheryl-Ann "
          "Marie-Claude Judith Yolette Mirlande Sasha-Gaye Tenisha Andrene Odette "
          "Claudette Nathalie Lourdes Yahaira Migdalia Damaris Nilda"),
        S("Marlon Delroy Jean-Baptiste Yves Rudolph Junior Fitzroy Errol Garfield "
          "Winston Lloyd Jean-Claude Wilner Fritz Reynold Dieudonne Jacques Ricardo "
          "Orlando Yunior Radames Luis_Angel"),
        S("Pierre Joseph Jean-Louis Baptiste Charles Dorvil Campbell McKenzie "
          "Thompson Francis Henry Saint-Fleur Toussaint Desir Louis-Jean Augustin "
          "Celestin Beaubrun Metellus Brathwaite Ferguson Gayle McFarlane Rolle "
          "Knowles Colon Rivera Ortega Figueroa Santana Feliz Almonte")),
}
CULTURE_W = {"anglo": 26, "african_american": 13, "hispanic": 14, "west_african": 6,
             "east_african": 5, "south_asian": 7, "east_asian": 7, "se_asian": 6,
             "arabic": 5, "slavic": 5, "pacific": 3, "native": 4, "caribbean": 6}
CLIN_W = dict(CULTURE_W, south_asian=14, east_asian=10, west_african=8, arabic=7)

# given names / surnames that are also ordinary words or places
NW_F = S("Hope Faith Grace April Summer June May Rose Joy Dawn Paris Jordan Autumn "
         "Ivy Pearl Ruby Holly Robin Iris Amber Destiny Charity Patience Sunny")
NW_M = S("Will Frank Mark Bill Hunter Grant King Jordan Chase Miles Wade Cash Dean "
         "Rusty Sonny Bud Major Royal Duke Sterling Guy Cliff Price Young")
NW_L = S("King Young Black Price Grant Hunter Rose Frank Hope Brooks Banks Little "
         "Long Love Bishop Page Strong Moody Early Wolf Fox Bird Winter Summers Cross "
         "Hardy Noble Sharp Golden Friend Rich Mark May April Jordan Paris Faith")

NICKS = {
    "James": ["Jim", "Jimmy"], "Robert": ["Bob", "Bobby", "Robbie"],
    "William": ["Bill", "Will", "Billy"], "Richard": ["Rick", "Richie"],
    "Elizabeth": ["Liz", "Betty", "Beth"], "Margaret": ["Peggy", "Maggie", "Marge"],
    "Patricia": ["Patty", "Trish"], "Louise": ["Lou"], "Louis": ["Lou"],
    "Dorothy": ["Dot", "Dottie"], "Katherine": ["Kate", "Kathy"], "Michael": ["Mike"],
    "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"], "Charles": ["Charlie", "Chuck"],
    "Donald": ["Don", "Donnie"], "Kenneth": ["Ken", "Kenny"], "Edward": ["Ed", "Eddie"],
    "Timothy": ["Tim"], "Deborah": ["Debbie", "Deb"], "Susan": ["Sue", "Susie"],
    "Barbara": ["Barb"], "Kathleen": ["Kathy"], "Pamela": ["Pam"], "Cynthia": ["Cindy"],
    "Guadalupe": ["Lupe"], "Francisco": ["Paco", "Pancho"], "José": ["Pepe"],
    "Ignacio": ["Nacho"], "Alejandro": ["Alex"], "Mohammed": ["Mo"],
    "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"], "Babajide": ["Jide"],
    "Funmilayo": ["Funmi"], "Dmitri": ["Dima"], "Anastasia": ["Nastya"],
    "Svetlana": ["Sveta"], "Francis": ["Frank"], "Franklin": ["Frank"],
    "Walter": ["Walt"], "Raymond": ["Ray"], "Herschel": ["Hersh"],
    "Christopher": ["Chris"], "Daniel": ["Danny"], "Steven": ["Steve"],
    "Kawika": ["Kawi"], "Abdirahman": ["Abdi"], "Mary": ["Mamie"],
    "Bobbie Jo": ["BJ"], "Billy Ray": ["Billy"], "Jesús": ["Chuy"],
    "Rosario": ["Chayo"], "Consuelo": ["Chelo"], "Dolores": ["Lola"],
    "Mei-Ling": ["Mei"], "Ferdinand": ["Ferdie"], "Rodel": ["Del"],
    "Marites": ["Tess"], "Leilani": ["Lani"], "Jean-Baptiste": ["JB"],
}

# ==========================================================================
# lexicons: geography and organisations
# ==========================================================================
# state: (abbr, cities, counties, zip3, area codes)
STATES = {
    "Arkansas": ("AR", S("Springdale Rogers Bentonville Fayetteville Siloam_Springs Conway "
                         "Jonesboro Hope Texarkana Russellville Searcy Harrison Pine_Bluff "
                         "Paragould Mountain_Home Magnolia"),
                 S("Benton Washington Pulaski Craighead Sebastian Garland"),
                 S("716 717 720 721 722 723 724 725 726 727 728"), S("479 501 870")),
    "Oklahoma": ("OK", S("Tulsa Norman Muskogee Tahlequah Stillwater Lawton Bartlesville "
                         "Enid Ada Owasso Shawnee Okmulgee Durant"),
                 S("Tulsa Cherokee Cleveland Osage Muskogee Creek"),
                 S("730 731 734 735 740 741 743 744 745"), S("918 405 539 580")),
    "Texas": ("TX", S("El_Paso Laredo McAllen Lubbock Amarillo Tyler Beaumont Waco Killeen "
                      "Brownsville Odessa Midland Nacogdoches Pharr Paris Edinburg Harlingen"),
              S("Hidalgo Cameron Webb Lubbock Smith Travis Potter"),
              S("750 754 757 759 765 767 775 779 780 785 788 791 797 799"),
              S("915 956 806 903 409 254 432")),
    "Missouri": ("MO", S("Joplin Springfield Independence Columbia Sedalia Rolla "
                         "Cape_Girardeau Liberty Branson Kirksville Neosho Mexico"),
                 S("Greene Jasper Boone Jackson Newton Phelps"),
                 S("630 631 640 641 644 646 648 650 652 654 656 658"), S("417 573 816 660")),
    "Tennessee": ("TN", S("Memphis Jackson Murfreesboro Chattanooga Knoxville Clarksville "
                          "Cookeville Paris Johnson_City Kingsport Tullahoma Shelbyville"),
                  S("Shelby Davidson Knox Rutherford Madison Putnam"),
                  S("370 371 372 373 374 376 377 379 380 381 383 384 385"),
                  S("901 731 615 865 931 423")),
    "Georgia": ("GA", S("Macon Savannah Albany Valdosta Athens Dalton Gainesville Rome "
                        "Columbus Augusta Statesboro Marietta Tifton Dublin"),
                S("Bibb Chatham Clarke Whitfield Fulton Dougherty"),
                S("300 301 303 305 306 308 310 312 314 316 317 318"),
                S("478 912 229 706 770 404")),
    "Minnesota": ("MN", S("Rochester Duluth St._Cloud Mankato Willmar Worthington Bemidji "
                          "Moorhead Winona Owatonna Faribault Jordan"),
                  S("Olmsted Stearns Nobles Hennepin Kandiyohi Ramsey"),
                  S("550 551 553 554 556 558 559 560 561 563 565"), S("507 218 320 612 651")),
    "California": ("CA", S("Fresno Bakersfield Stockton Modesto Salinas Visalia Oxnard "
                           "Merced Riverside Pomona Santa_Ana Watsonville Eureka Redding "
                           "Delano Hanford"),
                   S("Fresno Kern Tulare Monterey Merced Riverside"),
                   S("900 902 913 917 923 925 932 933 936 937 939 952 953 960"),
                   S("559 661 209 831 951 805 707 530")),
    "New York": ("NY", S("Buffalo Rochester Syracuse Utica Yonkers Albany Binghamton "
                         "Schenectady Ithaca Poughkeepsie Flushing Elmira Kingston"),
                 S("Erie Onondaga Oneida Broome Westchester Monroe"),
                 S("100 104 105 107 112 113 120 122 130 132 135 138 140 142 146"),
                 S("716 585 315 607 914 718 845 518")),
    "Illinois": ("IL", S("Rockford Peoria Joliet Aurora Elgin Cicero Decatur Champaign "
                         "Urbana Carbondale Moline Kankakee Waukegan"),
                 S("Cook Winnebago Peoria Will Kane DuPage Champaign"),
                 S("600 601 603 604 606 608 609 610 612 614 616 618 620 625 629"),
                 S("815 309 217 618 847 630 773")),
    "Ohio": ("OH", S("Akron Dayton Toledo Youngstown Canton Lorain Mansfield Lima "
                     "Zanesville Chillicothe Sandusky Athens Marion"),
             S("Summit Lucas Franklin Stark Hamilton Montgomery"),
             S("430 432 436 437 440 441 443 444 445 446 448 450 453 456"),
             S("330 937 419 740 614 216 513")),
    "Washington": ("WA", S("Yakima Spokane Tacoma Everett Wenatchee Kennewick Pasco "
                           "Bellingham Olympia Walla_Walla Moses_Lake Toppenish"),
                   S("Yakima King Pierce Spokane Benton Franklin"),
                   S("980 981 983 984 985 988 989 990 992 993"), S("509 253 425 360 206")),
    "Arizona": ("AZ", S("Tucson Yuma Flagstaff Mesa Chandler Glendale Nogales Prescott "
                        "Kingman Window_Rock Tuba_City Chinle Sierra_Vista"),
                S("Pima Maricopa Apache Coconino Yuma Santa_Cruz"),
                S("850 852 853 855 856 857 860 863 864 865"), S("520 928 480 602 623")),
    "Hawaii": ("HI", S("Hilo Kailua Kaneohe Waipahu Pearl_City Lihue Kahului Wailuku "
                       "Kapolei Waianae Kona Waimanalo"),
               S("Honolulu Maui Kauai"), S("967 968"), S("808")),
    "New Mexico": ("NM", S("Gallup Farmington Shiprock Las_Cruces Albuquerque Santa_Fe "
                           "Roswell Zuni Taos Espanola Grants Clovis"),
                   S("McKinley San_Juan Dona_Ana Bernalillo Rio_Arriba Chaves"),
                   S("870 871 873 874 875 877 880 881 882 883"), S("505 575")),
    "Florida": ("FL", S("Miami Hialeah Orlando Kissimmee Tampa Lakeland Immokalee "
                        "Homestead Fort_Myers Gainesville Ocala Pensacola Belle_Glade"),
                S("Miami-Dade Orange Polk Collier Broward Osceola"),
                S("320 322 325 326 327 328 330 331 333 334 335 338 339 341 344"),
                S("305 786 407 863 239 352 850 813")),
    "Louisiana": ("LA", S("Lafayette Lake_Charles Houma Opelousas Shreveport Monroe "
                          "Alexandria Thibodaux Baton_Rouge Hammond Ruston"),
                  S("Lafayette Terrebonne Caddo Calcasieu Ouachita Tangipahoa"),
                  S("700 701 703 704 705 706 707 708 710 711 712 713 714"),
                  S("337 318 985 225 504")),
    "Michigan": ("MI", S("Dearborn Flint Lansing Saginaw Kalamazoo Hamtramck Pontiac "
                         "Muskegon Holland Marquette Ypsilanti"),
                 S("Wayne Genesee Ingham Kent Saginaw Kalamazoo"),
                 S("480 481 482 483 484 485 488 489 490 493 494 498"),
                 S("313 810 517 989 269 616 906")),
    "Massachusetts": ("MA", S("Lowell Lawrence Worcester Brockton Springfield Chelsea Lynn "
                              "Framingham Pittsfield Holyoke Fitchburg"),
                      S("Middlesex Essex Worcester Hampden Suffolk"),
                      S("010 011 013 014 015 016 017 018 019 021 023 024"),
                      S("978 508 413 617 781")),
    "North Carolina": ("NC", S("Fayetteville Greensboro Durham Gastonia Hickory Asheville "
                               "Greenville Wilmington Rocky_Mount Boone Lumberton Pembroke"),
                       S("Robeson Cumberland Guilford Mecklenburg Wake Buncombe"),
                       S("270 271 272 273 274 275 276 277 280 281 283 284 286 287"),
                       S("910 336 919 704 828 252")),
}

FOREIGN = [("Lagos", "Nigeria"), ("Accra", "Ghana"), ("Kumasi", "Ghana"),
           ("Dakar", "Senegal"), ("Conakry", "Guinea"), ("Addis Ababa", "Ethiopia"),
           ("Mogadishu", "Somalia"), ("Nairobi", "Kenya"), ("Asmara", "Eritrea"),
           ("Lahore", "Pakistan"), ("Dhaka", "Bangladesh"), ("Chennai", "India"),
           ("Hyderabad", "India"), ("Kathmandu", "Nepal"), ("Guangzhou", "China"),
           ("Seoul", "South Korea"), ("Osaka", "Japan"), ("Hanoi", "Vietnam"),
           ("Da Nang", "Vietnam"), ("Manila", "the Philippines"), ("Cebu", "the Philippines"),
           ("Vientiane", "Laos"), ("Aleppo", "Syria"), ("Baghdad", "Iraq"),
           ("Amman", "Jordan"), ("Cairo", "Egypt"), ("Kyiv", "Ukraine"), ("Lviv", "Ukraine"),
           ("Kraków", "Poland"), ("Sarajevo", "Bosnia"), ("Guadalajara", "Mexico"),
           ("Oaxaca", "Mexico"), ("Monterrey", "Mexico"), ("San Pedro Sula", "Honduras"),
           ("Quetzaltenango", "Guatemala"), ("Santa Ana", "El Salvador"),
           ("Port-au-Prince", "Haiti"), ("Cap-Haïtien", "Haiti"), ("Kingston", "Jamaica"),
           ("Santo Domingo", "the Dominican Republic"), ("Ponce", "Puerto Rico"),
           ("Majuro", "the Marshall Islands"), ("Nuku'alofa", "Tonga"), ("Apia", "Samoa"),
           ("Medellín", "Colombia"), ("Havana", "Cuba"), ("Bogotá", "Colombia"),
           ("Karachi", "Pakistan"), ("Yangon", "Myanmar"), ("Phnom Penh", "Cambodia")]

SAINTS = S("Vincent Joseph Francis Mary Luke Jude Anthony Elizabeth Bernard Catherine "
           "Agnes Clare John Michael Dominic Alphonsus Edward Patrick Margaret Thomas")
NATURE = S("Cedar Pinecrest Bluebonnet Magnolia Willowbrook Riverbend Prairie Sequoia "
           "Harbor Sunflower Cypress Aspen Juniper Evergreen Laurel Sycamore Briarwood "
           "Oakmont Stonebridge Meadowlark Whispering_Pines Timberline Heritage Bayou "
           "Mesa_Vista Lakeshore Cottonwood Redbud Dogwood")
HOSP_PAT = ["{city} Regional Medical Center|{city} Regional", "Mercy Hospital {city}|Mercy",
            "Baptist Health-{city}|Baptist", "{city} Memorial Hospital|{city} Memorial",
            "St. {saint}'s Hospital|St. {saint}'s", "St. {saint}'s Medical Center|St. {saint}'s",
            "Saint {saint} Medical Center|Saint {saint}", "{sur} Memorial Hospital|{sur} Memorial",
            "{nature} Medical Center|{nature}", "Providence {city}|Providence",
            "Christus St. {saint}|Christus", "{city} General Hospital|{city} General",
            "Sacred Heart Medical Center|Sacred Heart", "Covenant Medical Center|Covenant",
            "Lakeview Regional Medical Center|Lakeview", "Parkview Hospital|Parkview",
            "Hillcrest Medical Center|Hillcrest", "Valley View Medical Center|Valley View",
            "Northridge Hospital|Northridge", "Presbyterian {city}|Presbyterian",
            "AdventHealth {city}|AdventHealth", "{city} Methodist Hospital|{city} Methodist",
            "{nature} Regional Hospital|{nature} Regional"]
CLINIC_PAT = ["{city} Family Medicine", "{sur} Family Clinic", "Community Clinic of {city}",
              "{nature} Primary Care", "{city} Internal Medicine Associates",
              "{sur} and {sur2} Family Practice", "{nature} Community Health Center",
              "{city} Free Clinic", "{nature} Health Partners", "{nature} Family Physicians",
              "{sur} Medical Clinic", "{city} Indian Health Center", "{nature} Rural Health Clinic"]
SPEC_CLINIC_PAT = ["{nature} Cardiology", "{city} Kidney Center", "{nature} Women's Clinic",
                   "{city} Orthopedic and Spine", "{nature} Neurology Associates",
                   "{nature} Specialty Clinic", "{city} Digestive Health", "{sur} Lung and Sleep",
                   "{nature} Endocrine and Diabetes", "{city} Heart and Vascular"]
PEDS_CLINIC_PAT = ["{nature} Pediatrics", "{city} Children's Clinic", "{sur} Pediatric Associates"]
SNF_PAT = ["{nature} Manor", "{nature} Nursing and Rehab", "The Arbors at {city}",
           "Brookdale {city}", "Heritage House of {city}", "{nature} Health and Rehabilitation",
           "Shady Oaks", "Golden Meadows", "Green Acres Care Center", "Sunrise of {city}",
           "Bethany Home", "Pleasant View", "Silver Oaks", "Cedar Crest",
           "{nature} Gardens Assisted Living", "{city} Healthcare and Rehab",
           "{nature} Senior Living", "Mount Carmel Village"]
PHARMACIES = S("Walgreens CVS Harps_Pharmacy Kroger Walmart Rite_Aid Hometown_Drug "
               "Medicine_Shoppe H-E-B Hy-Vee Publix Winn-Dixie Fred_Meyer Meijer Costco "
               "Smith's Brookshire's Ingles Dillons Sav-On Duane_Reade Longs_Drugs")
EMPLOYERS = [  # (name, kind)
    ("Tyson", "plant"), ("J.B. Hunt", "office"), ("Walmart", "store"), ("Amazon", "warehouse"),
    ("Pilgrim's Pride", "plant"), ("Smithfield", "plant"), ("John Deere", "plant"),
    ("UPS", "warehouse"), ("FedEx", "warehouse"), ("Goodyear", "plant"),
    ("Whirlpool", "plant"), ("Nucor", "plant"), ("Cargill", "plant"), ("Marriott", "hotel"),
    ("Olive Garden", "restaurant"), ("Waffle House", "restaurant"),
    ("Cracker Barrel", "restaurant"), ("Home Depot", "store"), ("Lowe's", "store"),
    ("Kroger", "store"), ("Sonic", "restaurant"), ("Hobby Lobby", "store"),
    ("Caterpillar", "plant"), ("Cummins", "plant"), ("Toyota", "plant"), ("Nissan", "plant"),
    ("Dillard's", "store"), ("Simmons Foods", "plant"), ("George's", "plant"),
    ("JBS", "plant"), ("Dollar General", "store"), ("Buc-ee's", "store"),
    ("Dairy Queen", "restaurant"), ("Sysco", "warehouse"), ("Koch Foods", "plant"),
    ("Hormel", "plant"), ("Perdue", "plant"), ("Sanderson Farms", "plant"),
    ("Mohawk", "plant"), ("Shaw Industries", "plant"), ("Kohler", "plant"),
    ("Bass Pro", "store"), ("Menards", "store"), ("Applebee's", "restaurant"),
    ("Chick-fil-A", "restaurant"), ("Hilton", "hotel"), ("Holiday Inn", "hotel"),
    ("{sur} Construction", "crew"), ("{sur} Plumbing", "crew"), ("{sur} Roofing", "crew"),
    ("{sur} Auto Body", "shop"), ("{city} School District", "school"),
    ("{city} Public Schools", "school"), ("{sur} Farms", "farm"), ("{sur} Dairy", "farm"),
    ("{nature} Landscaping", "crew"), ("{sur}'s Diner", "restaurant"),
]
CHURCHES = {
    "protestant": ["Grace Baptist", "Mount Zion Baptist", "Bethel AME", "Cornerstone Fellowship",
                   "Lakeside Community Church", "St. Stephen's Episcopal", "Greater Mount Calvary",
                   "Shiloh Missionary Baptist", "Trinity Lutheran", "Calvary Chapel", "Ebenezer AME Zion",
                   "Tongan United Methodist", "Sweet Home Missionary Baptist", "Hmong Alliance Church",
                   "Primera Iglesia Bautista", "{nature} Church of Christ", "Ebenezer Ethiopian Evangelical",
                   "Faith Tabernacle", "Victory Temple", "Iglesia Roca de Salvación", "Emmanuel Pentecostal",
                   "Marshallese Assembly of God", "Korean Presbyterian Church of {city}"],
    "catholic": ["St. Anne's", "Our Lady of Guadalupe", "St. Jude's", "St. Thomas Syro-Malabar",
                 "Holy Family Catholic Church", "St. Patrick's", "San José Parish"],
    "orthodox": ["Holy Trinity Orthodox", "St. Sava Serbian Orthodox", "St. Mary Ethiopian Orthodox",
                 "St. Volodymyr Ukrainian Orthodox"],
    "muslim": ["Masjid Al-Noor", "Islamic Center of {city}", "Masjid Abu Bakr", "Masjid Al-Taqwa"],
    "jewish": ["Temple Beth Shalom", "Congregation B'nai Israel"],
    "hindu": ["Sri Venkateswara Temple", "Hindu Temple of {city}"],
    "buddhist": ["Wat Lao Buddharam", "Chua Phat Quang", "Wat Thai of {city}"],
    "jw": ["Kingdom Hall"],
    "sda": ["Bethesda Seventh-day Adventist", "{city} Adventist Church"],
    "lds": ["{city} Stake Center"],
}
SCHOOLS = ["{sur} Elementary", "{city} High School", "{nature} Middle School",
           "{sur} Middle School", "{city} Community College", "{nature} Elementary",
           "{city} Technical College", "{sur} Academy", "{city} Christian School",
           "{nature} High School", "Harding University", "Drury University",
           "Creighton", "{city} State University"]
BUSINESSES = S("Walmart Dollar_General Casey's Waffle_House Sonic Whataburger Kroger "
               "Cracker_Barrel Tractor_Supply Piggly_Wiggly Family_Dollar QuikTrip Sheetz "
               "Wawa Buc-ee's H-E-B Hy-Vee Shoney's Bojangles IHOP Chick-fil-A Circle_K "
               "Jiffy_Lube AutoZone Goodwill Popeyes Braum's Culver's Hardee's Love's")
SHELTERS = ["the Salvation Army", "Samaritan House", "Harbor House", "Mission of Hope",
            "the Gospel Rescue Mission", "Seven Hills Homeless Center", "Open Door Shelter",
            "St. Martin's Shelter", "Our House", "the Lighthouse Mission"]
EMS = ["Pafford EMS", "Central EMS", "MedStar", "AMR", "Acadian Ambulance",
       "Lifenet", "Rural/Metro", "Mercy EMS", "{city} Fire Rescue", "{county} EMS"]
DME = ["Lincare", "Apria", "AdaptHealth", "Rotech", "{sur} Medical Supply",
       "{city} Home Medical"]
STREET_NAMES = S("Maple Oak Elm Cedar Pine Walnut Hickory Dogwood Magnolia Peachtree "
                 "Sycamore Willow Chestnut Birch Poplar Cherry Pecan Mulberry Lincoln "
                 "Jefferson Madison Monroe Jackson Franklin Washington Kennedy Garfield "
                 "Sherman Robinson Sunset Hillcrest Ridgeview Lakeshore Meadowbrook "
                 "Country_Club Mill Ridge Sunrise Industrial Highland Prospect Quail "
                 "Tanglewood Bluebird Cardinal Foxglove Persimmon Cottonwood Juniper "
                 "Ashford Brookside Woodland Sequoyah Cherokee Pawnee Osage Kiowa "
                 "Huntsville Elm_Springs Don_Tyson Martin_Luther_King_Jr. Cesar_Chavez")
STREET_SUF = S("St Street Ave Avenue Rd Road Dr Drive Ln Lane Blvd Ct Circle Way Pkwy Pl "
               "Trail Loop")
DIRS = ["", "", "", "N ", "S ", "E ", "W ", "North ", "West ", "NE ", "SW "]
RELIGIONS = [  # (label, tradition, clergy title)
    ("Catholic", "catholic", "Father"), ("Baptist", "protestant", "Pastor"), ("Muslim", "muslim", "Imam"),
    ("Methodist", "protestant", "Pastor"), ("Pentecostal", "protestant", "Pastor"),
    ("a Jehovah's Witness", "jw", "Elder"), ("Hindu", "hindu", "Pandit"), ("Buddhist", "buddhist", "Reverend"),
    ("Orthodox Christian", "orthodox", "Father"), ("Jewish", "jewish", "Rabbi"),
    ("Latter-day Saint", "lds", "Bishop"), ("nondenominational Christian", "protestant", "Pastor"),
    ("Seventh-day Adventist", "sda", "Pastor"), ("spiritual but not religious", "protestant", "Pastor"),
    ("Christian", "protestant", "Pastor"), ("Catholic", "catholic", "Father")]
PAYERS = ["Medicare", "Medicaid", "Humana Medicare Advantage", "Blue Cross Blue Shield",
          "Aetna", "UnitedHealthcare", "Cigna", "Ambetter", "Tricare", "Arkansas Blue Cross",
          "a Medicaid managed care plan", "Wellcare", "CareSource", "Molina"]

# ==========================================================================
# lexicons: clinical must-keep terms
# ==========================================================================
DRUGS = [  # (name, [doses])
    ("metoprolol tartrate", ["25 mg", "50 mg", "12.5 mg"]), ("metoprolol succinate", ["25 mg", "50 mg", "100 mg"]),
    ("lisinopril", ["10 mg", "20 mg", "40 mg"]), ("losartan", ["25 mg", "50 mg", "100 mg"]),
    ("amlodipine", ["5 mg", "10 mg"]), ("furosemide", ["20 mg", "40 mg", "80 mg"]),
    ("Lasix", ["20 mg", "40 mg"]), ("spironolactone", ["12.5 mg", "25 mg"]),
    ("apixaban", ["5 mg", "2.5 mg"]), ("Eliquis", ["5 mg", "2.5 mg"]),
    ("warfarin", ["2 mg", "5 mg", "7.5 mg"]), ("Coumadin", ["5 mg"]),
    ("rivaroxaban", ["20 mg", "15 mg"]), ("Xarelto", ["20 mg"]),
    ("atorvastatin", ["20 mg", "40 mg", "80 mg"]), ("Lipitor", ["40 mg"]),
    ("rosuvastatin", ["10 mg", "20 mg"]), ("aspirin", ["81 mg", "325 mg"]),
    ("clopidogrel", ["75 mg"]), ("Plavix", ["75 mg"]), ("metformin", ["500 mg", "1000 mg"]),
    ("insulin glargine", ["20 units", "28 units", "14 units"]), ("Lantus", ["22 units", "30 units"]),
    ("insulin lispro", ["6 units", "4 units"]), ("Humalog", ["8 units"]),
    ("Ozempic", ["0.5 mg", "1 mg"]), ("semaglutide", ["0.25 mg", "1 mg"]),
    ("Jardiance", ["10 mg", "25 mg"]), ("empagliflozin", ["10 mg"]),
    ("levothyroxine", ["50 mcg", "75 mcg", "112 mcg"]), ("Synthroid", ["88 mcg"]),
    ("omeprazole", ["20 mg", "40 mg"]), ("pantoprazole", ["40 mg"]), ("Protonix", ["40 mg"]),
    ("famotidine", ["20 mg"]), ("ondansetron", ["4 mg", "8 mg"]), ("Zofran", ["4 mg"]),
    ("acetaminophen", ["650 mg", "1 g", "500 mg"]), ("Tylenol", ["650 mg", "500 mg"]),
    ("ibuprofen", ["400 mg", "600 mg", "800 mg"]), ("Motrin", ["600 mg"]),
    ("oxycodone", ["5 mg", "10 mg"]), ("Norco", ["5-325 mg"]), ("hydrocodone", ["5 mg"]),
    ("tramadol", ["50 mg"]), ("morphine", ["2 mg", "4 mg", "15 mg"]),
    ("gabapentin", ["100 mg", "300 mg", "600 mg"]), ("Neurontin", ["300 mg"]),
    ("sertraline", ["50 mg", "100 mg"]), ("Zoloft", ["50 mg"]), ("escitalopram", ["10 mg"]),
    ("Lexapro", ["10 mg", "20 mg"]), ("trazodone", ["50 mg", "100 mg"]),
    ("quetiapine", ["25 mg", "50 mg"]), ("Seroquel", ["25 mg"]), ("haloperidol", ["0.5 mg", "2 mg"]),
    ("lorazepam", ["0.5 mg", "1 mg", "2 mg"]), ("Ativan", ["0.5 mg", "1 mg"]),
    ("donepezil", ["5 mg", "10 mg"]), ("Aricept", ["10 mg"]), ("memantine", ["10 mg"]),
    ("carbidopa-levodopa", ["25-100 mg"]), ("Sinemet", ["25-100 mg"]),
    ("levetiracetam", ["500 mg", "750 mg"]), ("Keppra", ["500 mg", "1000 mg"]),
    ("prednisone", ["40 mg", "20 mg", "10 mg"]), ("methylprednisolone", ["125 mg", "40 mg"]),
    ("albuterol", ["2.5 mg", "90 mcg"]), ("ProAir", ["90 mcg"]), ("ipratropium", ["0.5 mg"]),
    ("Spiriva", ["18 mcg"]), ("tiotropium", ["18 mcg"]), ("Symbicort", ["160/4.5 mcg"]),
    ("Advair", ["250/50 mcg"]), ("montelukast", ["10 mg", "5 mg"]), ("Singulair", ["10 mg"]),
    ("azithromycin", ["500 mg", "250 mg"]), ("ceftriaxone", ["1 g", "2 g"]),
    ("Rocephin", ["1 g"]), ("cefazolin", ["2 g"]), ("vancomycin", ["1 g", "1.25 g"]),
    ("piperacillin-tazobactam", ["4.5 g", "3.375 g"]), ("Zosyn", ["4.5 g"]),
    ("doxycycline", ["100 mg"]), ("cephalexin", ["500 mg"]), ("Keflex", ["500 mg"]),
    ("nitrofurantoin", ["100 mg"]), ("Bactrim DS", ["one tablet"]),
    ("enoxaparin", ["40 mg", "1 mg/kg"]), ("Lovenox", ["40 mg"]), ("heparin", ["5000 units"]),
    ("diltiazem", ["30 mg", "120 mg"]), ("Cardizem", ["120 mg"]), ("digoxin", ["0.125 mg"]),
    ("Entresto", ["24-26 mg", "49-51 mg"]), ("hydralazine", ["25 mg"]),
    ("labetalol", ["200 mg", "20 mg"]), ("nifedipine", ["30 mg"]), ("magnesium sulfate", ["4 g"]),
    ("naloxone", ["0.4 mg", "4 mg"]), ("Narcan", ["4 mg"]), ("buprenorphine-naloxone", ["8-2 mg"]),
    ("Suboxone", ["8-2 mg"]), ("thiamine", ["100 mg", "500 mg"]), ("folic acid", ["1 mg"]),
    ("phenobarbital", ["130 mg"]), ("infliximab", ["5 mg/kg"]), ("Remicade", ["5 mg/kg"]),
    ("budesonide", ["9 mg"]), ("mesalamine", ["1.2 g"]), ("alteplase", ["0.9 mg/kg"]),
    ("tamsulosin", ["0.4 mg"]), ("Flomax", ["0.4 mg"]), ("finasteride", ["5 mg"]),
    ("allopurinol", ["100 mg", "300 mg"]), ("colchicine", ["0.6 mg"]),
    ("dexamethasone", ["10 mg", "0.6 mg/kg"]), ("Decadron", ["10 mg"]),
    ("senna", ["8.6 mg"]), ("MiraLAX", ["17 g"]), ("docusate", ["100 mg"]),
    ("potassium chloride", ["20 mEq", "40 mEq"]), ("Klor-Con", ["20 mEq"]),
    ("ferrous sulfate", ["325 mg"]), ("vitamin D3", ["2000 units"]), ("cyanocobalamin", ["1000 mcg"]),
    ("Depakote", ["500 mg"]), ("lamotrigine", ["100 mg"]), ("lithium", ["300 mg"]),
    ("amoxicillin", ["500 mg", "875 mg"]), ("Augmentin", ["875 mg"]), ("fluconazole", ["150 mg"]),
    ("Paxlovid", ["300-100 mg"]), ("oseltamivir", ["75 mg"]), ("Tamiflu", ["75 mg"]),
    ("IVIG", ["2 g/kg"]), ("pregabalin", ["75 mg"]), ("Lyrica", ["75 mg"]),
    ("cyclobenzaprine", ["10 mg"]), ("meloxicam", ["15 mg"]), ("prochlorperazine", ["10 mg"]),
    ("Humira", ["40 mg"]), ("methotrexate", ["15 mg"]), ("hydroxychloroquine", ["200 mg"]),
    ("Plaquenil", ["200 mg"]), ("Trelegy", ["one inhalation"]), ("Dexcom G7", ["one sensor"]),
]
ADULT_HOME = set(S("lisinopril losartan amlodipine furosemide Lasix metoprolol_succinate metoprolol_tartrate "
                   "apixaban Eliquis atorvastatin Lipitor rosuvastatin aspirin clopidogrel metformin Lantus "
                   "insulin_glargine Ozempic Jardiance levothyroxine Synthroid omeprazole pantoprazole famotidine "
                   "gabapentin sertraline Zoloft escitalopram Lexapro trazodone donepezil tamsulosin Flomax "
                   "finasteride allopurinol albuterol Symbicort Advair Spiriva montelukast ferrous_sulfate "
                   "vitamin_D3 cyanocobalamin hydrochlorothiazide warfarin Xarelto meloxicam Plaquenil "
                   "spironolactone Synthroid MiraLAX docusate senna lamotrigine Depakote"))
PEDS_HOME = set(S("albuterol ProAir montelukast Singulair ibuprofen acetaminophen Tylenol Motrin"))
EPONYMS = [
    "Parkinson disease", "Parkinson's disease", "Alzheimer's dementia", "Alzheimer disease",
    "Crohn's disease", "Hashimoto thyroiditis", "Graves' disease", "Bell's palsy",
    "Cushing syndrome", "Addison's disease", "Hodgkin lymphoma", "non-Hodgkin lymphoma",
    "Guillain-Barré syndrome", "Barrett's esophagus", "Sjögren's syndrome",
    "Raynaud's phenomenon", "Kawasaki disease", "Tourette syndrome", "Huntington's disease",
    "Wilson disease", "Paget's disease of bone", "Ménière's disease", "Dupuytren's contracture",
    "Down syndrome", "Marfan syndrome", "Ehlers-Danlos syndrome", "Wernicke encephalopathy",
    "Korsakoff syndrome", "Mallory-Weiss tear", "Takotsubo cardiomyopathy",
    "Wolff-Parkinson-White syndrome", "Brugada syndrome", "Baker's cyst", "Lyme disease",
    "Charcot foot", "Stevens-Johnson syndrome", "Kaposi sarcoma", "Meckel's diverticulum",
    "Zenker's diverticulum", "Horner syndrome", "Ludwig's angina", "Fournier's gangrene",
    "Still's disease", "Behçet's disease", "Dressler syndrome", "Budd-Chiari syndrome",
    "Gilbert syndrome", "von Willebrand disease", "Lou Gehrig's disease", "Hirschsprung disease",
    "Osgood-Schlatter disease", "Legionnaires' disease", "Peyronie's disease",
    "Hashimoto's", "Cushing's disease", "Tietze syndrome", "Bartter syndrome",
]
EPO_SIGNS = ["Murphy's sign", "Babinski sign", "Homans sign", "Kernig sign", "Brudzinski sign",
             "Romberg sign", "McBurney's point tenderness", "Rovsing sign", "Chvostek sign",
             "Trousseau sign", "Kussmaul respirations", "Cheyne-Stokes respirations",
             "Battle sign", "Tinel sign", "Phalen test", "Lachman test", "McMurray test",
             "Spurling test", "Hoffmann sign", "Cullen sign", "Levine sign",
             "Virchow's triad", "Osler nodes", "Janeway lesions", "Beck's triad"]
EPO_SCALES = ["Glasgow Coma Scale", "Braden Scale", "Morse Fall Scale", "Wells score",
              "Child-Pugh class", "Mallampati class", "Gleason score", "Karnofsky score",
              "Richmond Agitation-Sedation Scale", "Rankin score", "Katz index",
              "Epworth Sleepiness Scale", "Centor score", "Alvarado score", "Caprini score",
              "Bristol stool scale", "Ottawa ankle rules", "Apgar", "Folstein exam",
              "Hunt and Hess grade", "Beck Depression Inventory"]
EPO_DEVICES = ["Foley catheter", "Jackson-Pratt drain", "Swan-Ganz catheter", "Hickman catheter",
               "PleurX catheter", "Ommaya reservoir", "Greenfield filter", "Holter monitor",
               "Doppler", "Miami J collar", "Yankauer", "Ambu bag", "Whipple procedure",
               "Nissen fundoplication", "Roux-en-Y gastric bypass", "Hartmann's procedure",
               "Epley maneuver", "Valsalva maneuver", "Trendelenburg position",
               "Heimlich maneuver", "Mantoux test", "Coombs test", "Pap smear",
               "Denver shunt", "Groshong catheter", "Philadelphia collar"]

_LEX_WORDS = set()
for _name, _d in DRUGS:
    for _w in re.findall(r"[A-Za-z][A-Za-z\-]+", _name):
        if _w.lower() not in ("sulfate", "chloride", "acid", "potassium", "magnesium",
                              "vitamin", "insulin", "ferrous", "folic", "tartrate",
                              "succinate", "sensor", "dexcom"):
            _LEX_WORDS.add(_w.lower())
_LEX_WORDS.update("""insulin parkinson alzheimer crohn hashimoto cushing addison hodgkin guillain
barrett sjögren raynaud kawasaki tourette huntington paget ménière meniere dupuytren marfan
ehlers danlos wernicke korsakoff mallory takotsubo brugada charcot kaposi meckel zenker
horner ludwig fournier behçet dressler chiari willebrand gehrig hirschsprung schlatter
legionnaires peyronie babinski homans kernig brudzinski romberg mcburney rovsing chvostek
trousseau kussmaul cheyne tinel phalen lachman mcmurray spurling cullen virchow osler
janeway glasgow braden morse mallampati gleason karnofsky rankin epworth centor alvarado
caprini apgar folstein foley swan ganz hickman pleurx ommaya greenfield holter doppler
yankauer ambu whipple nissen roux hartmann epley valsalva trendelenburg heimlich mantoux
coombs groshong dexcom""".split())
_LEX = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(sorted((re.escape(w) for w in _LEX_WORDS),
                                                           key=len, reverse=True)), re.I)


# ==========================================================================
# clinical scenarios (all numbers, drugs and eponyms are [[keep]] marked)
# ==========================================================================
SCENARIOS = [
 dict(key="chf", ages=(48, 89), old90=True, spec="cardiology",
      cc="shortness of breath and leg swelling",
      dx="acute on chronic systolic heart failure", dxs="heart failure exacerbation",
      hpi=["{pt.He} describes [[about a week]] of progressive dyspnea on exertion and now gets winded walking from the bedroom to the kitchen.",
           "{pt.He} has been sleeping upright in a recliner for the last [[three nights]] and woke up gasping at least once.",
           "{pt.His} {fam1.rel} noticed that {pt.his} ankles were swollen up to the shins and that {pt.he} had stopped weighing {pt.self}.",
           "{pt.He} admits {pt.he} ran out of [[furosemide]] and did not get it refilled because the pharmacy needed a new prescription.",
           "By {pt.his} own log {pt.his} home weight is up [[9 pounds]] since the last clinic visit."],
      exam=["Jugular venous pressure is elevated to the angle of the jaw, with [[2+]] pitting edema to the knees and crackles at both bases.",
            "{pt.He} is speaking in short sentences, with an [[S3]] and bibasilar crackles."],
      labs=["BNP was [[1,840]] and creatinine [[1.6]], up from a baseline of [[1.2]].",
            "Troponin was flat at [[0.04]] and then [[0.05]], and potassium was [[3.4]].",
            "Chest X-ray showed cephalization and small bilateral effusions."],
      course=["{pt.He} was diuresed with IV [[furosemide]] [[80 mg]] twice daily with brisk urine output, net negative [[5.1 L]] over the stay.",
              "An echocardiogram showed an ejection fraction of [[25%]], unchanged from the study done at {ohosp.short}.",
              "[[Metoprolol succinate]] was held on arrival for soft pressures and restarted at [[25 mg]] once {pt.he} was euvolemic.",
              "Cardiology ({cons.dr}) saw {pt.him} and recommended starting [[Entresto]] as an outpatient once renal function settles.",
              "By discharge {pt.he} was walking the unit without oxygen and {pt.his} weight was down to [[201 pounds]]."],
      plan=["Continue [[furosemide]] [[40 mg]] by mouth daily and call the clinic if {pt.his} weight goes up more than [[3 pounds]] in a day.",
            "Low sodium diet and a fluid restriction of [[2 L]] per day were reviewed with {pt.him} and {pt.his} {fam1.rel}.",
            "Repeat BMP in [[1 week]] and follow up with {cons.dr} in heart failure clinic."],
      dcmeds=["[[furosemide]] [[40 mg]] by mouth daily", "[[metoprolol succinate]] [[25 mg]] daily",
              "[[spironolactone]] [[12.5 mg]] daily", "[[atorvastatin]] [[40 mg]] at bedtime"],
      pmh=["ischemic cardiomyopathy", "[[Hashimoto thyroiditis]] on [[levothyroxine]]", "type II diabetes",
           "chronic kidney disease stage [[3a]]", "atrial fibrillation on [[apixaban]]"]),
 dict(key="copd", ages=(50, 86), old90=False, spec="pulmonology",
      cc="worsening cough and wheezing", dx="acute exacerbation of COPD", dxs="COPD exacerbation",
      hpi=["{pt.He} has had [[four days]] of increased cough productive of thick green sputum and is using {pt.his} [[albuterol]] inhaler every [[2 hours]] without relief.",
           "{pt.He} still smokes about [[half a pack]] a day and has had [[two]] prior admissions for the same problem this year.",
           "{pt.His} {fam1.rel} says {pt.he} could not finish a sentence when {pt.he} called this morning.",
           "{pt.He} uses [[2 L]] of home oxygen at night only and has not been wearing it."],
      exam=["Diffuse expiratory wheezes with a prolonged expiratory phase; using accessory muscles.",
            "Sitting in tripod position with pursed-lip breathing, SpO2 {spo2} on room air."],
      labs=["Venous blood gas showed a pH of [[7.31]] and pCO2 of [[61]].",
            "White count [[12.8]], and the chest film showed hyperinflation without a focal infiltrate."],
      course=["{pt.He} was treated with [[methylprednisolone]] [[125 mg]] IV, then [[prednisone]] [[40 mg]] daily, plus [[azithromycin]] and scheduled [[ipratropium]]-[[albuterol]] nebulizers.",
              "BiPAP was used overnight on the first night and {pt.he} was weaned to [[2 L]] nasal cannula by day [[two]].",
              "Pulmonology ({cons.dr}) recommended stepping up to [[Trelegy]] and referral to pulmonary rehab.",
              "Smoking cessation was discussed at length and {pt.he} agreed to a nicotine patch."],
      plan=["Finish [[prednisone]] [[40 mg]] daily for [[5 days]] total.",
            "Start [[Trelegy]] one inhalation daily and keep [[albuterol]] as a rescue inhaler.",
            "Follow up with {pcp.dr} in [[one week]]; pulmonary rehab referral placed."],
      dcmeds=["[[prednisone]] [[40 mg]] daily for [[3 more days]]", "[[Trelegy]] one inhalation daily",
              "[[albuterol]] [[90 mcg]] two puffs every [[4 hours]] as needed"],
      pmh=["COPD on [[2 L]] home oxygen at night", "hypertension", "[[Raynaud's phenomenon]]",
           "depression on [[sertraline]]"]),
 dict(key="pna", ages=(30, 89), old90=True, spec="infectious disease",
      cc="fever, cough and confusion", dx="community-acquired pneumonia with sepsis", dxs="pneumonia",
      hpi=["{pt.He} developed fevers and a cough about [[three days]] ago and was found by {pt.his} {fam1.rel} this morning confused and sweaty.",
           "{pt.He} had been seen at an urgent care on {prior:pn} and given [[amoxicillin]], which {pt.he} took for [[two days]].",
           "Per {pt.his} {fam1.rel}, {pt.he} has barely eaten since the weekend and has been sleeping most of the day."],
      exam=["Febrile to {temp}, tachycardic to {hr}, with crackles and bronchial breath sounds at the right base.",
            "Dry mucous membranes, oriented to person only."],
      labs=["Lactate was [[3.2]] and improved to [[1.4]] after fluids, with a white count of [[17.4]].",
            "Procalcitonin [[2.8]]; urine Legionella antigen negative.",
            "Chest X-ray showed a right lower lobe consolidation."],
      course=["{pt.He} received a [[30 mL/kg]] fluid bolus in the ED and was started on [[ceftriaxone]] and [[azithromycin]].",
              "Blood cultures from the day of admission grew [[Streptococcus pneumoniae]], pan-sensitive.",
              "Mental status cleared by hospital day [[two]] and {pt.he} was eating and walking with PT.",
              "Antibiotics were narrowed to [[amoxicillin]] to complete a [[7 day]] course."],
      plan=["Complete [[amoxicillin]] [[1 g]] three times daily through the end of the week.",
            "Repeat chest X-ray in [[6 to 8 weeks]] to document resolution.",
            "Pneumococcal vaccine was given prior to discharge."],
      dcmeds=["[[amoxicillin]] [[1 g]] three times daily for [[4 more days]]", "[[acetaminophen]] [[650 mg]] every [[6 hours]] as needed"],
      pmh=["hypertension", "[[Parkinson disease]]", "type II diabetes on [[metformin]]", "prior stroke"]),
 dict(key="hipfx", ages=(66, 89), old90=True, spec="orthopedics",
      cc="fall with right hip pain", dx="right femoral neck fracture after a mechanical fall", dxs="hip fracture",
      hpi=["{pt.He} tripped over the edge of a rug going to the bathroom at night and could not get up.",
           "{pt.His} neighbor {nb.first} heard {pt.him} calling out and found {pt.him} on the floor, then called the ambulance.",
           "{pt.He} thinks {pt.he} was on the floor for about [[four hours]] and denies hitting {pt.his} head.",
           "This is {pt.his} [[third]] fall this year; {pt.he} does not like to use {pt.his} walker inside the house."],
      exam=["The right leg is shortened and externally rotated, with pain on any movement of the hip.",
            "Small skin tear on the left forearm; no tenderness over the cervical spine."],
      labs=["Hemoglobin [[11.2]], CK [[1,450]], creatinine [[1.3]].",
            "X-ray showed a displaced right femoral neck fracture."],
      course=["Orthopedics ({cons.dr}) took {pt.him} for a right hip hemiarthroplasty the day after admission.",
              "Post-operatively {pt.he} had some sundowning that improved with reorientation and removal of the [[Foley catheter]].",
              "Pain was controlled with scheduled [[acetaminophen]] and low-dose [[oxycodone]].",
              "{pt.He} was started on [[enoxaparin]] [[40 mg]] daily for DVT prophylaxis for [[4 weeks]].",
              "PT worked with {pt.him} daily and {pt.he} progressed to walking [[50 feet]] with a rolling walker."],
      plan=["Weight bearing as tolerated with posterior hip precautions.",
            "[[Enoxaparin]] [[40 mg]] daily for [[28 days]] total.",
            "Follow up with orthopedics in [[2 weeks]] for a wound check and staple removal."],
      dcmeds=["[[enoxaparin]] [[40 mg]] subcutaneously daily", "[[acetaminophen]] [[1 g]] three times daily",
              "[[oxycodone]] [[5 mg]] every [[6 hours]] as needed", "[[vitamin D3]] [[2000 units]] daily"],
      pmh=["osteoporosis", "[[Paget's disease of bone]]", "macular degeneration", "hypertension",
           "mild cognitive impairment"]),
 dict(key="stroke", ages=(45, 89), old90=True, spec="neurology",
      cc="sudden word-finding difficulty and right arm weakness", dx="acute left MCA ischemic stroke", dxs="stroke",
      hpi=["{pt.His} {fam1.rel} noticed at {time} that {pt.he} was dropping {pt.his} coffee cup and could not get words out.",
           "Last known well was {time} the night before, when {pt.he} went to bed.",
           "{pt.He} was brought directly by EMS as a stroke alert."],
      exam=["Expressive aphasia, right facial droop, and right arm drift; NIHSS [[8]].",
            "Right pronator drift with [[4/5]] strength in the right hand."],
      labs=["CT head showed no hemorrhage; CTA showed a left M2 occlusion.",
            "LDL [[142]], A1c [[7.9%]]."],
      course=["{pt.He} received [[alteplase]] in the ED and was taken for thrombectomy by the neurointerventional team.",
              "Neurology ({cons.dr}) followed and {pt.his} NIHSS improved to [[2]] by discharge.",
              "An echocardiogram with bubble study was negative and a [[Holter monitor]] was placed to look for atrial fibrillation.",
              "Speech therapy worked with {pt.him} daily; {pt.his} naming improved but {pt.he} still has some paraphasic errors."],
      plan=["[[Aspirin]] [[81 mg]] and [[clopidogrel]] [[75 mg]] for [[21 days]], then [[aspirin]] alone.",
            "High-intensity [[atorvastatin]] [[80 mg]] nightly.",
            "Outpatient speech therapy and neurology follow up in [[6 weeks]]."],
      dcmeds=["[[aspirin]] [[81 mg]] daily", "[[clopidogrel]] [[75 mg]] daily for [[21 days]]",
              "[[atorvastatin]] [[80 mg]] at bedtime"],
      pmh=["hypertension", "hyperlipidemia", "[[Barrett's esophagus]]", "obstructive sleep apnea"]),
 dict(key="dka", ages=(18, 62), old90=False, spec="endocrinology",
      cc="vomiting and abdominal pain", dx="diabetic ketoacidosis", dxs="DKA",
      hpi=["{pt.He} has type one diabetes diagnosed at age [[11]] and ran out of [[insulin glargine]] about [[three days]] ago.",
           "{pt.He} says the [[Lantus]] costs more than {pt.he} can afford since {pt.he} lost {pt.his} job at {employer}.",
           "{pt.He} started vomiting yesterday and could not keep water down."],
      exam=["Tachypneic with deep [[Kussmaul respirations]], dry mucous membranes, diffuse abdominal tenderness without guarding."],
      labs=["Glucose [[512]], bicarbonate [[8]], anion gap [[26]], beta-hydroxybutyrate [[7.1]].",
            "Potassium [[5.6]] on arrival and A1c [[13.2%]]."],
      course=["{pt.He} was started on an [[insulin]] drip with fluids and potassium replacement per protocol.",
              "The gap closed within [[14 hours]] and {pt.he} was transitioned to [[insulin glargine]] [[22 units]] nightly plus mealtime [[insulin lispro]].",
              "Diabetes education met with {pt.him} and social work helped enroll {pt.him} in a manufacturer assistance program.",
              "Endocrinology ({cons.dr}) recommended a [[Dexcom G7]] sensor."],
      plan=["[[Insulin glargine]] [[22 units]] at bedtime and [[insulin lispro]] [[6 units]] with meals plus correction scale.",
            "Follow up in endocrinology clinic in [[2 weeks]]."],
      dcmeds=["[[insulin glargine]] [[22 units]] at bedtime", "[[insulin lispro]] [[6 units]] with meals",
              "[[ondansetron]] [[4 mg]] as needed for nausea"],
      pmh=["type one diabetes", "[[Hashimoto's]]", "depression", "[[Graves' disease]] treated with radioactive iodine"]),
 dict(key="gib", ages=(40, 89), old90=True, spec="gastroenterology",
      cc="[[black]] stools and lightheadedness", dx="upper GI bleed", dxs="GI bleed",
      hpi=["{pt.He} noticed [[black]], tarry stools for [[two days]] and nearly passed out in the shower this morning.",
           "{pt.He} has been taking [[ibuprofen]] [[800 mg]] several times a day for knee pain in addition to {pt.his} [[apixaban]].",
           "{pt.His} {fam1.rel} drove {pt.him} in after {pt.he} looked gray at breakfast."],
      exam=["Pale, orthostatic, with melena on rectal exam.", "Tachycardic to {hr}, abdomen soft and nontender."],
      labs=["Hemoglobin was [[6.8]], down from [[12.1]] a month ago, and BUN [[58]].",
            "INR [[1.4]], platelets [[212]]."],
      course=["{pt.He} was transfused [[2 units]] of packed red cells and started on IV [[pantoprazole]].",
              "EGD by {cons.dr} showed a [[2 cm]] clean-based duodenal ulcer and a small [[Mallory-Weiss tear]].",
              "[[Apixaban]] was held and restarted after [[72 hours]] with stable hemoglobin.",
              "Biopsies were sent for H. pylori."],
      plan=["[[Pantoprazole]] [[40 mg]] twice daily for [[8 weeks]], then daily.",
            "Avoid [[ibuprofen]] and all NSAIDs; use [[acetaminophen]] for knee pain.",
            "CBC in [[1 week]] at {clinic}."],
      dcmeds=["[[pantoprazole]] [[40 mg]] twice daily", "[[apixaban]] [[5 mg]] twice daily", "[[ferrous sulfate]] [[325 mg]] daily"],
      pmh=["atrial fibrillation", "osteoarthritis of both knees", "[[Barrett's esophagus]]", "hypertension"]),
 dict(key="aki", ages=(35, 89), old90=False, spec="nephrology",
      cc="weakness and decreased urine", dx="acute kidney injury with hyperkalemia", dxs="AKI",
      hpi=["{pt.He} has had diarrhea for [[five days]] and has kept taking {pt.his} [[lisinopril]] and [[spironolactone]].",
           "{pt.He} felt too weak to walk to the mailbox and {pt.his} {fam1.rel} brought {pt.him} in.",
           "{pt.He} is normally dialyzed at {dial} but missed {pt.his} last session because {pt.his} ride fell through."],
      exam=["Dry mucous membranes, no edema, no asterixis."],
      labs=["Creatinine [[4.1]], up from [[1.5]], and potassium [[6.4]] with peaked T waves.",
            "Bicarbonate [[16]], BUN [[88]], phosphorus [[6.2]]."],
      course=["Hyperkalemia was treated with calcium gluconate, [[insulin]] with dextrose, and [[Lokelma]].",
              "Nephrology ({cons.dr}) was consulted and {pt.he} received [[one]] session of hemodialysis.",
              "[[Lisinopril]] and [[spironolactone]] were held and creatinine improved to [[2.2]] with fluids."],
      plan=["Hold [[lisinopril]] and [[spironolactone]] until seen by nephrology.", "BMP in [[3 days]]."],
      dcmeds=["[[amlodipine]] [[10 mg]] daily", "[[sevelamer]] [[800 mg]] with meals"],
      pmh=["chronic kidney disease", "hypertension", "[[Alport syndrome]] in the family", "gout on [[allopurinol]]"]),
 dict(key="cellulitis", ages=(22, 80), old90=False, spec="infectious disease",
      cc="red, swollen leg", dx="left lower extremity cellulitis", dxs="cellulitis",
      hpi=["{pt.He} scraped {pt.his} shin on a trailer hitch at work about [[four days]] ago and the redness has spread up to the knee.",
           "{pt.He} has had chills and took [[cephalexin]] left over from a prior prescription without improvement."],
      exam=["Warm, tender erythema from the ankle to the tibial tuberosity, the ED outlined the margins with a skin marker."],
      labs=["White count [[14.1]], CRP [[88]]; venous [[Doppler]] negative for DVT."],
      course=["{pt.He} was treated with IV [[cefazolin]] and the erythema receded from the pen marks within [[48 hours]].",
              "MRSA nares screen was negative so [[vancomycin]] was stopped on day [[two]].",
              "{pt.He} was transitioned to oral [[cephalexin]] [[500 mg]] four times daily."],
      plan=["Complete [[cephalexin]] for [[5 more days]] and elevate the leg.", "Return for spreading redness or fever."],
      dcmeds=["[[cephalexin]] [[500 mg]] four times daily for [[5 days]]", "[[ibuprofen]] [[400 mg]] as needed"],
      pmh=["type II diabetes", "obesity", "[[Charcot foot]] on the right", "venous insufficiency"]),
 dict(key="chestpain", ages=(35, 84), old90=False, spec="cardiology",
      cc="chest pressure", dx="chest pain, acute coronary syndrome ruled out", dxs="chest pain",
      hpi=["{pt.He} had pressure in the center of {pt.his} chest while mowing the yard at about {time} that lasted [[twenty minutes]].",
           "It radiated to the left jaw and went away with rest.",
           "{pt.His} father died of a heart attack at [[52]]."],
      exam=["Comfortable, regular rhythm, no murmur, chest wall not tender."],
      labs=["Serial high-sensitivity troponins were [[6]] and [[7]]; ECG without ischemic changes.",
            "HEART score [[4]]."],
      course=["{pt.He} was observed on telemetry without events.",
              "Stress echo on hospital day [[two]] showed no inducible ischemia.",
              "{pt.He} was started on [[atorvastatin]] [[40 mg]] and [[aspirin]] [[81 mg]]."],
      plan=["Follow up with {cons.dr} in cardiology clinic; consider a coronary calcium score.",
            "Return immediately for recurrent chest pain."],
      dcmeds=["[[aspirin]] [[81 mg]] daily", "[[atorvastatin]] [[40 mg]] daily", "[[nitroglycerin]] [[0.4 mg]] under the tongue as needed"],
      pmh=["hypertension", "hyperlipidemia", "tobacco use", "[[Wolff-Parkinson-White syndrome]] status post ablation"]),
 dict(key="dementia", ages=(70, 89), old90=True, spec="geriatric psychiatry",
      cc="increased confusion and agitation", dx="behavioral disturbance due to [[Alzheimer's dementia]]", dxs="dementia with agitation",
      hpi=["{pt.His} {fam1.rel} reports [[two weeks]] of worsening nighttime agitation, wandering, and accusing {fam1.him} of stealing.",
           "{pt.He} left the house barefoot last week and was brought back by a sheriff's deputy.",
           "{pt.He} scored [[14/30]] on a MoCA at {pt.his} last clinic visit."],
      exam=["Pleasant but oriented to self only, follows one-step commands, no focal deficits."],
      labs=["Urinalysis was bland, TSH [[2.1]], B12 [[610]], sodium [[138]].",
            "CT head showed generalized atrophy without acute findings."],
      course=["Geriatric psychiatry ({cons.dr}) recommended low-dose [[quetiapine]] [[12.5 mg]] at bedtime and stopping [[diphenhydramine]].",
              "{pt.He} had [[one]] episode of striking at staff on the second night and a sitter was used.",
              "Sleep improved with a consistent routine and daytime activity with the volunteers."],
      plan=["Continue [[donepezil]] [[10 mg]] and [[memantine]] [[10 mg]] twice daily.",
            "Memory care placement discussed with the family; referrals sent."],
      dcmeds=["[[donepezil]] [[10 mg]] at bedtime", "[[memantine]] [[10 mg]] twice daily", "[[quetiapine]] [[12.5 mg]] at bedtime"],
      pmh=["[[Alzheimer's dementia]]", "hypertension", "hearing loss", "[[Dupuytren's contracture]]"]),
 dict(key="etoh", ages=(26, 68), old90=False, spec="addiction medicine",
      cc="shakiness and sweating", dx="alcohol withdrawal", dxs="alcohol withdrawal",
      hpi=["{pt.He} drinks about a fifth of vodka a day and stopped [[two days]] ago because {pt.he} ran out of money.",
           "{pt.He} has had withdrawal seizures in the past, the last one at {ohosp.short}.",
           "{pt.His} {fam1.rel} says {pt.he} has been seeing bugs on the walls since last night."],
      exam=["Tremulous, diaphoretic, tachycardic to {hr}, CIWA [[22]]."],
      labs=["AST [[212]], ALT [[98]], magnesium [[1.4]], platelets [[96]].", "Ethanol level undetectable on arrival."],
      course=["{pt.He} was treated with symptom-triggered [[lorazepam]] and then a [[phenobarbital]] load when CIWA scores stayed above [[15]].",
              "High-dose [[thiamine]] was given for concern for [[Wernicke encephalopathy]].",
              "Addiction medicine ({cons.dr}) met with {pt.him} and {pt.he} agreed to start [[naltrexone]]."],
      plan=["[[Naltrexone]] [[50 mg]] daily, [[thiamine]] [[100 mg]] daily, [[folic acid]] [[1 mg]] daily.",
            "Referral to intensive outpatient program; {pt.he} has a sponsor from AA."],
      dcmeds=["[[naltrexone]] [[50 mg]] daily", "[[thiamine]] [[100 mg]] daily", "[[folic acid]] [[1 mg]] daily"],
      pmh=["alcohol use disorder", "hepatic steatosis", "[[Korsakoff syndrome]] suspected", "anxiety"]),
 dict(key="parkinson", ages=(60, 89), old90=True, spec="neurology",
      cc="frequent falls and stiffness", dx="falls in the setting of advanced [[Parkinson's disease]]", dxs="[[Parkinson's disease]] with falls",
      hpi=["{pt.He} has had [[Parkinson's disease]] for about [[12 years]] and has fallen [[three times]] in the last month.",
           "{pt.His} {fam1.rel} thinks the [[carbidopa-levodopa]] is wearing off before the next dose.",
           "{pt.He} freezes in doorways and has started to choke on thin liquids."],
      exam=["Masked facies, cogwheel rigidity, shuffling gait with festination, positive pull test."],
      labs=["Orthostatic vitals positive, with BP {bp} lying and {bp} standing."],
      course=["Neurology ({cons.dr}) shortened the [[Sinemet]] dosing interval to every [[3 hours]] while awake.",
              "Speech therapy recommended nectar-thick liquids after a swallow study.",
              "[[Midodrine]] was started for orthostatic hypotension."],
      plan=["[[Carbidopa-levodopa]] [[25-100 mg]] [[1.5 tablets]] every [[3 hours]] while awake.",
            "Home PT and a home safety evaluation."],
      dcmeds=["[[carbidopa-levodopa]] [[25-100 mg]] every [[3 hours]] while awake", "[[midodrine]] [[5 mg]] three times daily"],
      pmh=["[[Parkinson's disease]]", "REM sleep behavior disorder", "constipation", "prostate enlargement on [[tamsulosin]]"]),
 dict(key="crohn", ages=(19, 55), old90=False, spec="gastroenterology",
      cc="abdominal pain and bloody diarrhea", dx="[[Crohn's disease]] flare", dxs="[[Crohn's disease]] flare",
      hpi=["{pt.He} has had [[Crohn's disease]] since age [[17]] and has had [[8 to 10]] loose stools a day for [[two weeks]].",
           "{pt.He} missed {pt.his} last [[infliximab]] infusion because of an insurance problem.",
           "{pt.He} has lost [[12 pounds]] and is worried about missing more classes at {school}."],
      exam=["Tender in the right lower quadrant without rebound; no perianal fistula."],
      labs=["CRP [[64]], hemoglobin [[10.1]], albumin [[2.9]]; stool C. difficile negative.",
            "CT enterography showed active terminal ileitis without abscess."],
      course=["{pt.He} was started on IV [[methylprednisolone]] and received {pt.his} [[infliximab]] dose in the hospital.",
              "GI ({cons.dr}) checked drug levels and antibodies.",
              "Stool frequency fell to [[three]] a day and {pt.he} tolerated a low-residue diet."],
      plan=["[[Prednisone]] taper starting at [[40 mg]] daily, decreasing by [[5 mg]] each week.",
            "Next [[infliximab]] infusion in [[8 weeks]] at the infusion center."],
      dcmeds=["[[prednisone]] [[40 mg]] daily with taper", "[[infliximab]] [[5 mg/kg]] every [[8 weeks]]", "[[calcium]] with [[vitamin D3]] daily"],
      pmh=["[[Crohn's disease]]", "anxiety", "iron deficiency anemia"]),
 dict(key="asthma", ages=(4, 16), old90=False, peds=True, spec="pediatric pulmonology",
      cc="wheezing and trouble breathing", dx="status asthmaticus", dxs="asthma exacerbation",
      hpi=["{pt.first} has had a cold for [[three days]] and started wheezing last night.",
           "{pt.His} {fam1.rel} gave [[albuterol]] every [[2 hours]] overnight with only brief relief.",
           "{pt.He} has had [[two]] ED visits this winter and uses a spacer at school."],
      exam=["Retractions, diffuse wheeze, speaking in phrases, SpO2 {spo2} on room air."],
      labs=["Chest X-ray showed peribronchial thickening without consolidation.", "Respiratory viral panel positive for rhinovirus."],
      course=["{pt.He} received [[dexamethasone]] and continuous [[albuterol]] in the ED, then was weaned to every [[4 hours]].",
              "Magnesium was given once for persistent work of breathing.",
              "An asthma action plan was reviewed with {pt.his} {fam1.rel}."],
      plan=["[[Dexamethasone]] second dose tomorrow; [[albuterol]] every [[4 hours]] for [[48 hours]], then as needed.",
            "Start [[Flovent]] [[44 mcg]] two puffs twice daily with spacer."],
      dcmeds=["[[albuterol]] [[90 mcg]] four puffs every [[4 hours]]", "[[Flovent]] [[44 mcg]] two puffs twice daily",
              "[[montelukast]] [[5 mg]] at bedtime"],
      pmh=["moderate persistent asthma", "eczema", "[[Kawasaki disease]] at age [[2]]"]),
 dict(key="appy", ages=(6, 17), old90=False, peds=True, spec="pediatric surgery",
      cc="belly pain and vomiting", dx="acute appendicitis", dxs="appendicitis",
      hpi=["{pt.first} woke up with pain around the belly button that moved to the right lower side by lunchtime.",
           "{pt.He} vomited [[twice]] and did not want to eat pizza at a birthday party, which {pt.his} {fam1.rel} says is unheard of."],
      exam=["Exam notable for [[McBurney's point tenderness|focal right lower quadrant tenderness]] with guarding and a positive [[Rovsing sign]]."],
      labs=["White count [[15.6]]; ultrasound showed a noncompressible [[9 mm]] appendix.", "[[Alvarado score]] [[8]]."],
      course=["Pediatric surgery ({cons.dr}) performed a laparoscopic appendectomy the same evening.",
              "The appendix was inflamed but not perforated.",
              "{pt.He} was eating by the next morning and walking the halls."],
      plan=["[[Ibuprofen]] and [[acetaminophen]] alternating for pain.", "No gym or sports for [[2 weeks]]."],
      dcmeds=["[[ibuprofen]] [[400 mg]] every [[6 hours]] as needed", "[[acetaminophen]] [[500 mg]] every [[6 hours]] as needed"],
      pmh=["no significant past history", "[[Tourette syndrome]]", "ADHD"]),
 dict(key="preeclampsia", ages=(19, 41), old90=False, sex="F", spec="maternal-fetal medicine",
      cc="headache and high blood pressure after delivery", dx="postpartum preeclampsia with severe features", dxs="postpartum preeclampsia",
      hpi=["{pt.He} delivered a healthy baby girl at {ohosp} [[nine days]] ago and has had a pounding headache since yesterday.",
           "{pt.He} saw spots in {pt.his} vision this morning and {pt.his} home BP cuff read {bp}.",
           "{pt.His} {fam1.rel} {fam1.first} is home with the baby and the older kids."],
      exam=["BP {bp}, brisk reflexes with [[two]] beats of clonus, mild right upper quadrant tenderness."],
      labs=["Platelets [[118]], AST [[74]], urine protein to creatinine ratio [[0.9]]."],
      course=["{pt.He} received [[magnesium sulfate]] for [[24 hours]] and IV [[labetalol]] for severe-range pressures.",
              "{pt.He} was started on [[nifedipine]] [[30 mg]] extended release with good control.",
              "Lactation saw {pt.him} and {pt.he} pumped and stored milk during the magnesium infusion."],
      plan=["[[Nifedipine]] [[30 mg]] daily; check BP twice daily and call for readings over [[160/110]].",
            "Postpartum visit with {np.full} in [[3 days]]."],
      dcmeds=["[[nifedipine]] [[30 mg]] extended release daily", "[[ibuprofen]] [[600 mg]] every [[6 hours]] as needed"],
      pmh=["[[G3P3]]", "gestational hypertension in a prior pregnancy", "[[von Willebrand disease]]"]),
 dict(key="uti_delirium", ages=(72, 89), old90=True, spec="geriatrics",
      cc="confusion and not eating", dx="acute metabolic encephalopathy from a urinary tract infection", dxs="UTI with delirium",
      hpi=["{pt.His} {fam1.rel} says {pt.he} has been more confused over [[three days]], calling {fam1.him} by {pt.his} late sister's name.",
           "Staff at {snf} noted foul-smelling urine and a low-grade fever.",
           "{pt.He} normally walks with a cane and feeds {pt.self}, but has barely eaten since the weekend."],
      exam=["Drowsy but arousable, oriented to self, CAM positive, mild suprapubic tenderness."],
      labs=["Urinalysis with large leukocyte esterase and nitrites; culture grew [[E. coli]].",
            "Sodium [[131]], creatinine [[1.4]], white count [[11.9]]."],
      course=["{pt.He} was treated with [[ceftriaxone]] and transitioned to [[cephalexin]] per sensitivities.",
              "Delirium precautions were used, including glasses and hearing aids, lights on in the day, and {pt.his} {fam1.rel} staying at night.",
              "By day [[three]] {pt.he} was back to {pt.his} baseline per family."],
      plan=["Complete [[cephalexin]] for [[7 days]] total.", "Return to {snf} with PT and OT."],
      dcmeds=["[[cephalexin]] [[500 mg]] twice daily for [[3 more days]]", "[[donepezil]] [[5 mg]] at bedtime",
              "[[acetaminophen]] [[650 mg]] as needed"],
      pmh=["mild dementia", "[[Ménière's disease]]", "osteoporosis", "chronic constipation"]),
 dict(key="afib", ages=(55, 89), old90=True, spec="cardiology",
      cc="racing heart", dx="atrial fibrillation with rapid ventricular response", dxs="AF with RVR",
      hpi=["{pt.He} felt {pt.his} heart racing while carrying groceries in from the car around {time}.",
           "{pt.His} smart watch read a heart rate of [[162]] and {pt.his} {fam1.rel} called the ambulance.",
           "{pt.He} has never been told {pt.he} had an irregular heartbeat."],
      exam=["Irregularly irregular rhythm at {hr}, mild crackles at the bases."],
      labs=["TSH [[0.02]] and free T4 [[3.1]], raising concern for [[Graves' disease]].", "[[CHA2DS2-VASc]] score [[4]]."],
      course=["{pt.He} was rate controlled with IV [[diltiazem]] and transitioned to [[metoprolol succinate]].",
              "[[Apixaban]] was started after discussion of bleeding risk.",
              "Endocrinology was consulted for new hyperthyroidism and started [[methimazole]]."],
      plan=["[[Metoprolol succinate]] [[50 mg]] daily and [[apixaban]] [[5 mg]] twice daily.",
            "Cardiology follow up with {cons.dr} in [[2 weeks]]; a [[Holter monitor]] [[will|is going to]] be mailed."],
      dcmeds=["[[metoprolol succinate]] [[50 mg]] daily", "[[apixaban]] [[5 mg]] twice daily", "[[methimazole]] [[10 mg]] daily"],
      pmh=["hypertension", "[[Graves' disease]]", "obesity"]),
 dict(key="mvc", ages=(17, 78), old90=False, spec="trauma surgery",
      cc="injuries from a car crash", dx="multiple left rib fractures after a motor vehicle collision", dxs="rib fractures",
      hpi=["{pt.He} was the restrained driver of a pickup that was T-boned at the intersection of {street} and {road}.",
           "Airbags deployed and {pt.he} was able to get out of the truck on {pt.his} own.",
           "{pt.He} complains of left-sided chest pain that is worse with deep breaths."],
      exam=["Seatbelt sign across the left chest, point tenderness over the left lateral ribs, no abdominal tenderness."],
      labs=["CT chest showed left rib fractures [[5 through 8]] without pneumothorax.", "Hemoglobin [[13.8]], lactate [[1.9]]."],
      course=["Trauma surgery ({cons.dr}) admitted {pt.him} for pain control and pulmonary toilet.",
              "A serratus anterior block was placed by anesthesia with good relief.",
              "Incentive spirometry improved from [[750]] to [[1,500 mL]] over [[three days]]."],
      plan=["[[Acetaminophen]] and [[lidocaine patches]], [[oxycodone]] as needed.", "Follow up in trauma clinic in [[two weeks]]."],
      dcmeds=["[[acetaminophen]] [[1 g]] three times daily", "[[lidocaine]] [[4%]] patch daily", "[[oxycodone]] [[5 mg]] as needed"],
      pmh=["no significant past history", "ADHD", "[[Osgood-Schlatter disease]] as a teenager"]),
 dict(key="hospice", ages=(48, 89), old90=True, spec="palliative care",
      cc="worsening pain and not eating", dx="metastatic pancreatic adenocarcinoma with progression", dxs="metastatic pancreatic cancer",
      hpi=["{pt.He} was diagnosed with pancreatic cancer after a [[Whipple procedure]] and now has liver metastases.",
           "{pt.He} has lost about [[30 pounds]] and is sleeping most of the day.",
           "Pain has been uncontrolled on [[oxycodone]] [[10 mg]] every [[4 hours]]."],
      exam=["Cachectic, jaundiced, tender hepatomegaly, sacral pressure injury, [[Braden]] score [[12]]."],
      labs=["Bilirubin [[6.8]], albumin [[2.1]], CA [[19-9]] over [[10,000]]."],
      course=["Palliative care ({pal.dr}) adjusted {pt.his} regimen to [[morphine]] extended release with breakthrough dosing.",
              "Oncology confirmed that no further chemotherapy was recommended.",
              "After the family meeting {pt.he} elected to enroll in hospice."],
      plan=["Home hospice with {hospice} to start on the day of discharge.", "DNR/DNI; POLST completed."],
      dcmeds=["[[morphine]] ER [[15 mg]] twice daily", "[[morphine]] [[5 mg]] oral solution every [[2 hours]] as needed",
              "[[senna]] [[8.6 mg]] two tablets at bedtime", "[[lorazepam]] [[0.5 mg]] as needed"],
      pmh=["pancreatic adenocarcinoma", "type II diabetes", "[[Hodgkin lymphoma]] in remission"]),
 dict(key="gbs", ages=(20, 70), old90=False, spec="neurology",
      cc="tingling and weakness in both legs", dx="[[Guillain-Barré syndrome]]", dxs="GBS",
      hpi=["{pt.He} had a stomach bug about [[two weeks]] ago and then noticed tingling in {pt.his} toes that has climbed to {pt.his} knees.",
           "Since yesterday {pt.he} has had trouble climbing the stairs at {pt.his} apartment."],
      exam=["Areflexia in the lower extremities, [[4-/5]] hip flexion bilaterally, negative [[Romberg sign]]."],
      labs=["CSF protein [[128]] with [[2]] white cells; NIF [[-40]] and FVC [[2.8 L]]."],
      course=["{pt.He} received [[IVIG]] over [[5 days]] with serial NIF and FVC checks every [[6 hours]].",
              "Neurology ({cons.dr}) followed daily; strength plateaued and began to improve on day [[six]].",
              "{pt.He} never required ICU transfer."],
      plan=["Inpatient rehab at {irf} for intensive PT and OT.", "Neurology follow up in [[4 weeks]]."],
      dcmeds=["[[gabapentin]] [[300 mg]] three times daily", "[[enoxaparin]] [[40 mg]] daily while at rehab"],
      pmh=["no significant past history", "asthma", "[[Bell's palsy]] years ago"]),
]
# extra keep drug tokens used in scenarios but not in DRUGS
_LEX_WORDS.update("lokelma sevelamer nitroglycerin diphenhydramine naltrexone midodrine flovent "
                  "methimazole lidocaine calcium".split())
_LEX_WORDS.discard("calcium")
_LEX = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(sorted((re.escape(w) for w in _LEX_WORDS),
                                                           key=len, reverse=True)), re.I)


# ==========================================================================
# people and cast
# ==========================================================================
class Person:
    def __init__(self, first, last, sex, rel="", nick=None, mi=None, cred="",
                 age=None, honor=None, culture=None, role=""):
        self.first, self.last, self.sex = first, last, sex
        self.rel, self.nick, self.mi, self.cred = rel, nick, mi, cred
        self.age, self.honor, self.culture, self.role = age, honor, culture, role
        self.is_pt = False
        self.peds = False

    @property
    def full(self):
        return "%s %s" % (self.first, self.last)

    def values(self):
        out = [self.first, self.last, self.full]
        if self.nick:
            out.append(self.nick)
        return out

    def render(self, n, attr, mod):
        rng = n.c.rng
        a = attr or "first"
        P = PRON[self.sex]
        if a in ("man", "Man") and self.peds:
            w = "girl" if self.sex == "F" else "boy"
            n.t(w if a == "man" else w.capitalize())
            return
        if a in P:
            n.t(P[a])
            return
        if a == "rel":
            n.t(self.rel)
            return
        if a == "Rel":
            n.t(self.rel[:1].upper() + self.rel[1:])
            return
        if a in ("age", "agew"):
            AgeRef(self.age).render(n, "w" if a == "agew" else None, mod)
            return
        if a == "cred":
            n.t(self.cred)
            return
        if a == "name":
            a = rng.choice(["first", "full", "full", "mr"])
        if a == "cname":   # clinician mention
            a = rng.choice(["full", "full", "fi", "dr"]) if self.cred in ("MD", "DO") else \
                rng.choice(["full", "first", "fli"])
        if a in ("ref", "Ref"):
            if self.peds:
                choice = rng.choice(["first", "first", "first", "the"])
            else:
                choice = rng.choice(["mr", "mr", "mr", "the", "the", "first"])
            if choice == "the":
                n.t("The patient" if a == "Ref" else "the patient")
                return
            a = choice
        if a == "mr":
            n.t(self.honor + " ")
            n.p(cz(self.last, mod), "PERSON")
            return
        if a == "dr":
            n.t("Dr. ")
            n.p(cz(self.last, mod), "PERSON")
            return
        if a == "drfull":
            n.t("Dr. ")
            n.p(cz(self.full, mod), "PERSON")
            return
        if a == "sig":
            n.p(self.full, "PERSON")
            n.t(", " + self.cred)
            return
        vals = {
            "first": self.first, "last": self.last, "full": self.full,
            "nick": self.nick or self.first,
            "fi": "%s. %s" % (self.first[0], self.last),
            "fml": "%s %s. %s" % (self.first, self.mi, self.last) if self.mi else self.full,
            "lf": "%s, %s" % (self.last, self.first),
            "LF": ("%s, %s" % (self.last, self.first)).upper(),
            "fli": "%s %s." % (self.first, self.last[0]),
        }
        n.p(cz(vals[a], mod), "PERSON")


def rint(rng, a, b):
    return rng.randint(a, b)


def digits(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def letters(rng, k, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(rng.choice(pool) for _ in range(k))


def wchoice(rng, wd):
    keys = list(wd)
    return rng.choices(keys, weights=[wd[k] for k in keys])[0]


FOREIGN_BY_CULTURE = {
    "west_african": ["Lagos", "Accra", "Kumasi", "Dakar", "Conakry"],
    "east_african": ["Addis Ababa", "Mogadishu", "Nairobi", "Asmara"],
    "south_asian": ["Lahore", "Dhaka", "Chennai", "Hyderabad", "Kathmandu", "Karachi"],
    "east_asian": ["Guangzhou", "Seoul", "Osaka"],
    "se_asian": ["Hanoi", "Da Nang", "Manila", "Cebu", "Vientiane", "Yangon", "Phnom Penh"],
    "arabic": ["Aleppo", "Baghdad", "Amman", "Cairo"],
    "slavic": ["Kyiv", "Lviv", "Kraków", "Sarajevo"],
    "hispanic": ["Guadalajara", "Oaxaca", "Monterrey", "San Pedro Sula", "Quetzaltenango",
                 "Santa Ana", "Medellín", "Bogotá", "Havana"],
    "caribbean": ["Port-au-Prince", "Cap-Haïtien", "Kingston", "Santo Domingo", "Ponce", "Havana"],
    "pacific": ["Majuro", "Nuku'alofa", "Apia"],
}
FOREIGN_COUNTRY = dict(FOREIGN)
NATIVE_TOWNS = [("Window Rock", "Arizona"), ("Chinle", "Arizona"), ("Shiprock", "New Mexico"),
                ("Tahlequah", "Oklahoma"), ("Pine Ridge", "South Dakota"), ("Rosebud", "South Dakota"),
                ("Pawhuska", "Oklahoma"), ("Crownpoint", "New Mexico"), ("Fort Defiance", "Arizona"),
                ("Browning", "Montana"), ("Lame Deer", "Montana"), ("Cherokee", "North Carolina")]
HOSPICES = ["{nature} Hospice", "Hospice of {city}", "Circle of Life Hospice",
            "{city} Home Health and Hospice", "Compassus", "Amedisys", "Kindred at Home"]
IRFS = ["{city} Rehabilitation Hospital", "Encompass Health Rehabilitation Hospital of {city}",
        "{nature} Rehab Institute", "Select Specialty Hospital"]
DIALS = ["DaVita {city}", "{city} Dialysis", "{nature} Kidney Center", "Fresenius Kidney Care {city}"]
HOLIDAYS = ["Christmas", "Christmas Eve", "Thanksgiving", "Fourth of July", "Halloween", "Easter"]
EMAIL_DOMAINS = S("gmail.com gmail.com gmail.com yahoo.com hotmail.com outlook.com icloud.com "
                  "aol.com att.net sbcglobal.net comcast.net ymail.com live.com protonmail.com")
SPEC_TITLE = {"cardiology": "Cardiology", "pulmonology": "Pulmonary Medicine",
              "infectious disease": "Infectious Diseases", "orthopedics": "Orthopaedic Surgery",
              "neurology": "Neurology", "endocrinology": "Endocrinology",
              "gastroenterology": "Gastroenterology", "nephrology": "Nephrology",
              "geriatric psychiatry": "Geriatric Psychiatry", "addiction medicine": "Addiction Medicine",
              "pediatric pulmonology": "Pediatric Pulmonology", "pediatric surgery": "Pediatric Surgery",
              "maternal-fetal medicine": "Maternal-Fetal Medicine", "geriatrics": "Geriatric Medicine",
              "trauma surgery": "Trauma and Acute Care Surgery", "palliative care": "Palliative Medicine"}


def slug(s):
    return re.sub(r"[^a-z]", "", strip_accents(s).lower())


DISCHARGE_STYLES = ("discharge_hospital_course", "discharge_summary_structured", "medication_reconciliation")
INPATIENT_STYLES = ("progress_note_prose", "hpi_narrative", "nursing_narrative", "family_meeting_summary",
                    "case_management_narrative", "chaplain_narrative", "social_work_narrative",
                    "ed_course_narrative", "admission_hp_structured", "procedure_note")


class Cast:
    def __init__(self, rng, scen, style):
        self.rng, self.scen, self.style = rng, scen, style
        v = self.v = {}
        self.persons, self.places = [], []
        # ---------------- geography
        self.state = rng.choice(sorted(STATES))
        ab, cities, counties, zips, areas = STATES[self.state]
        self.areas = areas
        cs = rng.sample(cities, 3)
        v["st"] = self.state
        v["stab"] = ab
        v["city"] = self.place(cs[0], "LOCATION")
        v["city2"] = self.place(cs[1], "LOCATION")
        v["city3"] = self.place(cs[2], "LOCATION")
        cword = "Parish" if self.state == "Louisiana" else "County"
        v["county"] = self.place("%s %s" % (rng.choice(counties), cword), "LOCATION")
        self.subs = {"city": cs[0], "city2": cs[1], "county": v["county"].full}
        v["zip"] = self.place(rng.choice(zips) + digits(rng, 2) +
                              ("-" + digits(rng, 4) if rng.random() < 0.2 else ""), "ZIP_CODE")
        v["addr"] = self.place(self.street_address(), "STREET_ADDRESS")
        v["addr2"] = self.place(self.street_address(), "STREET_ADDRESS")
        v["street"] = self.place("%s %s" % (rng.choice(STREET_NAMES), rng.choice(STREET_SUF)),
                                 "STREET_ADDRESS")
        v["street2"] = self.place("%s %s" % (rng.choice(STREET_NAMES), rng.choice(STREET_SUF)),
                                  "STREET_ADDRESS")
        v["road"] = self.place(rng.choice([
            "Route %d" % rint(rng, 1, 66), "Highway %d" % rint(rng, 7, 412),
            "Hwy %d" % rint(rng, 7, 412), "County Road %d" % rint(rng, 2, 980),
            "State Road %d" % rint(rng, 3, 99), "Farm Road %d" % rint(rng, 100, 2200),
            "I-%d" % rng.choice([10, 20, 30, 35, 40, 44, 49, 55, 65, 75, 80, 90, 94])]),
            "STREET_ADDRESS")
        # ---------------- ages & patient
        self.age = self.pick_age(scen)
        self.agecls = "peds" if self.age < 18 else ("adult" if self.age < 65 else "older")
        sex = scen.get("sex") or rng.choice("FM")
        pt = self.person(sex, "patient")
        pt.is_pt = True
        pt.peds = self.agecls == "peds"
        pt.age = self.age
        self.pt = pt
        v["pt"] = pt
        v["age"] = AgeRef(self.age)
        self.build_family()
        self.build_staff()
        self.build_orgs()
        self.build_ids()
        self.build_dates()
        self.build_dynamic()
        # ---------------- hometown
        cul = pt.culture
        r = rng.random()
        if cul in FOREIGN_BY_CULTURE and r < 0.7:
            city = rng.choice(FOREIGN_BY_CULTURE[cul])
            v["hometown"] = self.place(city, "LOCATION")
            v["homeland"] = FOREIGN_COUNTRY[city]
        elif cul == "native" and r < 0.7:
            town, st = rng.choice(NATIVE_TOWNS)
            v["hometown"] = self.place(town, "LOCATION")
            v["homeland"] = st
        else:
            other = rng.choice([s for s in sorted(STATES) if s != self.state])
            v["hometown"] = self.place(rng.choice(STATES[other][1]), "LOCATION")
            v["homeland"] = other
        self.tokens = set()
        for p in self.persons:
            for x in p.values():
                self.tokens.update(sig_toks(x))
        for p in self.places:
            for x in p.values():
                self.tokens.update(sig_toks(x))
        for d in self.dates:
            self.tokens.add(MONTHS[d.month].lower())
            self.tokens.add(MABBR[d.month].lower())

    # ------------------------------------------------------------------
    def pmh_items(self):
        return [x for x in self.scen["pmh"] if not (self.pt.sex == "F" and "prostate" in x)]

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def place(self, full, ent, short=None):
        p = Place(full, ent, short)
        self.places.append(p)
        return p

    def fill(self, pat):
        """Fill an organisation pattern; the same placeholder gets the same value
        everywhere in the pattern (so 'full|short' forms agree)."""
        rng = self.rng
        vals = {"city": self.subs["city"], "city2": self.subs["city2"], "county": self.subs["county"],
                "saint": rng.choice(SAINTS), "nature": rng.choice(NATURE), "sur": self.surname(),
                "sur2": self.surname()}
        return re.sub(r"\{(\w+)\}", lambda m: vals[m.group(1)], pat)

    def surname(self):
        cul = wchoice(self.rng, CULTURE_W)
        s = self.rng.choice(CULTURES[cul][2])
        return strip_accents(s) if self.rng.random() < 0.5 else s

    def org(self, pat, ent="FACILITY"):
        txt = self.fill(pat)
        if "|" in txt:
            full, short = txt.split("|", 1)
        else:
            full, short = txt, None
        return self.place(full, ent, short)

    def street_address(self):
        rng = self.rng
        r = rng.random()
        if r < 0.08:
            return "PO Box %d" % rint(rng, 11, 9899)
        if r < 0.14:
            return "%d County Road %d" % (rint(rng, 100, 9999), rint(rng, 2, 980))
        if r < 0.18:
            return "Rural Route %d Box %d" % (rint(rng, 1, 9), rint(rng, 10, 480))
        num = str(rint(rng, 1, 99999)) if rng.random() < 0.5 else str(rint(rng, 100, 4999))
        s = "%s %s%s %s" % (num, rng.choice(DIRS), rng.choice(STREET_NAMES), rng.choice(STREET_SUF))
        u = rng.random()
        if u < 0.15:
            s += " Apt %d%s" % (rint(rng, 1, 40), rng.choice(["", "A", "B", "C"]))
        elif u < 0.22:
            s += ", Unit %d" % rint(rng, 1, 300)
        elif u < 0.27:
            s += " Lot %d" % rint(rng, 1, 120)
        elif u < 0.30:
            s += " #%d" % rint(rng, 100, 899)
        return s

    def pick_age(self, scen):
        rng = self.rng
        lo, hi = scen["ages"]
        if scen.get("old90") and rng.random() < 0.2:
            return rint(rng, 90, 103)
        return rint(rng, lo, hi)

    def person(self, sex, role, rel="", culture=None, last=None, clin=False, cred="", age=None):
        rng = self.rng
        cul = culture or wchoice(rng, CLIN_W if clin else CULTURE_W)
        F, M, L = CULTURES[cul]
        if rng.random() < 0.09:
            first = rng.choice(NW_F if sex == "F" else NW_M)
        else:
            first = rng.choice(F if sex == "F" else M)
        if last is None:
            last = rng.choice(NW_L) if rng.random() < 0.06 else rng.choice(L)
            if rng.random() < 0.35:
                last = strip_accents(last)
        if rng.random() < 0.35:
            first = strip_accents(first)
        nick = None
        if first in NICKS and rng.random() < 0.6:
            nick = rng.choice(NICKS[first])
        mi = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.5 else None
        honor = "Mr." if sex == "M" else rng.choice(["Mrs.", "Ms.", "Ms.", "Mrs."])
        p = Person(first, last, sex, rel=rel, nick=nick, mi=mi, cred=cred, age=age,
                   honor=honor, culture=cul, role=role)
        self.persons.append(p)
        return p

    def rel_person(self, rel, age, same_culture=True, last=None):
        sexmap = {"daughter": "F", "son": "M", "wife": "F", "husband": "M", "mother": "F",
                  "father": "M", "sister": "F", "brother": "M", "niece": "F", "nephew": "M",
                  "granddaughter": "F", "grandson": "M", "grandmother": "F", "aunt": "F",
                  "girlfriend": "F", "boyfriend": "M", "daughter-in-law": "F", "son-in-law": "M",
                  "stepdaughter": "F", "stepson": "M", "uncle": "M"}
        sex = sexmap.get(rel) or self.rng.choice("FM")
        cul = self.pt.culture if (same_culture and self.rng.random() < 0.85) else None
        p = self.person(sex, "family", rel=rel, culture=cul, last=last, age=max(1, age))
        return p

    def build_family(self):
        rng, pt, age, v = self.rng, self.pt, self.age, self.v
        spouse_rel = {"F": "husband", "M": "wife"}
        if self.agecls == "peds":
            r1 = "mother" if rng.random() < 0.72 else "father"
            fam1 = self.rel_person(r1, age + rint(rng, 20, 38), last=pt.last if rng.random() < 0.7 else None)
            r2 = rng.choice(["father" if r1 == "mother" else "mother", "grandmother", "aunt", "grandmother"])
            fam2 = self.rel_person(r2, age + (rint(rng, 42, 60) if r2 == "grandmother" else rint(rng, 20, 40)))
            fam3 = self.rel_person(rng.choice(["brother", "sister"]), max(1, age + rint(rng, -6, 6)), last=pt.last)
        elif self.agecls == "adult":
            r1 = rng.choice([spouse_rel[pt.sex], spouse_rel[pt.sex], "mother", "sister", "brother",
                             "girlfriend" if pt.sex == "M" else "boyfriend", "father"])
            off = {"mother": rint(rng, 18, 34), "father": rint(rng, 20, 36)}.get(r1, rint(rng, -8, 8))
            fam1 = self.rel_person(r1, age + off, last=pt.last if r1 in ("wife", "husband") and rng.random() < 0.7 else None)
            r2 = rng.choice(["mother", "sister", "brother", "cousin"] + (["daughter", "son"] if age > 38 else []))
            fam2 = self.rel_person(r2, age + ({"mother": rint(rng, 18, 34)}.get(r2, rint(rng, -20, 8)) if r2 not in ("daughter", "son") else -rint(rng, 18, 30)))
            r3 = rng.choice(["daughter", "son", "niece", "nephew"] if age > 30 else ["sister", "brother", "cousin"])
            fam3 = self.rel_person(r3, max(2, age - rint(rng, 18, 28)) if r3 in ("daughter", "son", "niece", "nephew") else age + rint(rng, -5, 5))
        else:
            r1 = rng.choice(["daughter", "daughter", "son", "son", spouse_rel[pt.sex], spouse_rel[pt.sex],
                             "niece", "granddaughter"])
            if r1 in ("husband", "wife"):
                a1 = max(60, min(self.age + rint(rng, -6, 4), 101))
            elif r1 == "granddaughter":
                a1 = self.age - rint(rng, 45, 60)
            else:
                a1 = self.age - rint(rng, 20, 34)
            fam1 = self.rel_person(r1, a1, last=pt.last if rng.random() < 0.5 else None)
            r2 = rng.choice(["son", "daughter", "sister", "brother", "stepson", "daughter-in-law"])
            fam2 = self.rel_person(r2, self.age - rint(rng, 20, 34) if r2 != "sister" and r2 != "brother" else self.age + rint(rng, -6, 6),
                                   last=pt.last if r2 in ("son", "stepson") else None)
            r3 = rng.choice(["grandson", "granddaughter", "nephew", "niece"])
            fam3 = self.rel_person(r3, max(8, self.age - rint(rng, 45, 62)))
        v["fam1"], v["fam2"], v["fam3"] = fam1, fam2, fam3
        sp_rel = {"F": "husband", "M": "wife"}[fam1.sex]
        if fam1.rel in ("wife", "husband", "girlfriend", "boyfriend"):
            sp_rel = "partner"
        v["fam1sp"] = self.person({"husband": "M", "wife": "F"}.get(sp_rel, rng.choice("FM")), "family",
                                  rel=sp_rel, culture=pt.culture if rng.random() < 0.5 else None,
                                  last=fam1.last if sp_rel != "partner" and rng.random() < 0.6 else None,
                                  age=max(18, (fam1.age or 40) + rint(rng, -4, 4)))
        v["friend"] = self.person(rng.choice("FM"), "friend", rel="friend", age=max(18, age + rint(rng, -10, 10)))
        v["nb"] = self.person(rng.choice("FM"), "neighbor", rel="neighbor", age=rint(rng, 30, 85))
        v["pastor"] = self.person(rng.choice("MMMF"), "pastor", rel="pastor", age=rint(rng, 35, 75))
        v["cg"] = self.person(rng.choice("FFFM"), "caregiver", rel="home health aide", age=rint(rng, 22, 60))
        v["parent_old"] = self.person(rng.choice("FM"), "family", rel=rng.choice(["mother", "father"]),
                                      culture=pt.culture, age=rint(rng, 90, 104))
        v["oldage"] = AgeRef(rint(rng, 90, 104))

    def build_staff(self):
        rng, v = self.rng, self.v
        spec = self.scen["spec"]

        def clin(role, creds, sex=None):
            return self.person(sex or rng.choice("FM"), role, clin=True, cred=rng.choice(creds),
                               age=rint(rng, 28, 68))
        v["att"] = clin("attending", ["MD", "MD", "DO"])
        v["pcp"] = clin("pcp", ["MD", "DO", "MD"])
        v["cons"] = clin("consultant", ["MD", "MD", "DO"])
        v["pal"] = clin("palliative", ["MD", "DO"])
        v["ed"] = clin("ed", ["MD", "DO"])
        v["res"] = clin("resident", ["MD", "DO"])
        v["np"] = clin("np", ["NP", "APRN", "PA-C", "FNP-C"])
        v["rn"] = clin("rn", ["RN", "RN", "BSN, RN"])
        v["rn2"] = clin("rn", ["RN", "LPN"])
        v["cm"] = clin("cm", ["RN, CCM", "RN", "LMSW"])
        v["sw"] = clin("sw", ["LCSW", "LMSW", "MSW"])
        v["chap"] = clin("chaplain", ["MDiv, BCC", "MDiv", "BCC"])
        v["staff"] = clin("staff", ["CMA", "front desk", "scheduler", "MA"])
        v["ther"] = clin("therapist", ["PT, DPT", "OTR/L", "PT"])
        v["pharmd"] = clin("pharmacist", ["PharmD", "RPh"])
        v["aps"] = clin("aps", ["APS investigator", "caseworker"])
        v["snfc"] = clin("admissions", ["admissions coordinator", "liaison"])
        v["spec"] = spec
        v["spectitle"] = SPEC_TITLE.get(spec, spec.title())

    def build_orgs(self):
        rng, v = self.rng, self.v
        v["hosp"] = self.org(rng.choice(HOSP_PAT))
        while True:
            oh = self.org(rng.choice(HOSP_PAT))
            if oh.full != v["hosp"].full and oh.short != v["hosp"].short:
                break
        v["ohosp"] = oh
        v["clinic"] = self.org(rng.choice(PEDS_CLINIC_PAT if self.agecls == "peds" else CLINIC_PAT))
        v["clinic2"] = self.org(rng.choice(SPEC_CLINIC_PAT))
        v["snf"] = self.org(rng.choice(SNF_PAT))
        v["snf2"] = self.org(rng.choice(SNF_PAT))
        v["pharmacy"] = self.place(rng.choice(PHARMACIES), "FACILITY")
        rel, trad, title = rng.choice(RELIGIONS)
        v["religion"], v["clergy"] = rel, title
        v["church"] = self.org(rng.choice(CHURCHES[trad]))
        v["hs"] = self.org(rng.choice(["{city} High School", "{nature} High School", "{sur} High School",
                                       "{city2} High School", "{sur} Academy"]))
        name, kind = rng.choice(EMPLOYERS)
        v["employer"] = self.org(name)
        self.emp_kind = kind
        v["school"] = self.org(rng.choice(SCHOOLS))
        v["biz"] = self.place(rng.choice(BUSINESSES), "FACILITY")
        sh = rng.choice(SHELTERS)
        if sh.startswith("the "):
            v["shelter"] = "the {shelter_name}"
            v["shelter_name"] = self.place(sh[4:], "FACILITY")
        else:
            v["shelter_name"] = self.place(sh, "FACILITY")
            v["shelter"] = "{shelter_name}"
        v["ems"] = self.org(rng.choice(EMS))
        v["dme"] = self.org(rng.choice(DME))
        v["hospice"] = self.org(rng.choice(HOSPICES))
        v["irf"] = self.org(rng.choice(IRFS))
        v["dial"] = self.org(rng.choice(DIALS))
        v["payer"] = rng.choice(PAYERS)
        words = [w for w in re.findall(r"[A-Za-z]+", strip_accents(v["hosp"].short)) if w.lower() not in ("st", "the")]
        hs = slug("".join(words[:2])) or slug(self.subs["city"])
        self.hdomain = rng.choice(["%shealth.org", "%smed.org", "%s.org", "%shealthsystem.com"]) % hs

    def phone(self, kind="any"):
        rng = self.rng
        area = rng.choice(self.areas)
        exch = str(rint(rng, 201, 989))
        line = digits(rng, 4)
        if rng.random() < 0.1:
            exch, line = "555", "01" + digits(rng, 2)
        f = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "+1 %s %s %s",
                        "1-%s-%s-%s", "(%s)%s-%s"])
        s = f % (area, exch, line)
        if kind == "ext" and rng.random() < 0.5:
            s += rng.choice([" ext. %s", " x%s", " extension %s", " ext %s"]) % digits(rng, rng.choice([3, 4]))
        if kind == "local" and rng.random() < 0.3:
            s = "%s-%s" % (exch, line)
        return s

    def email(self, p):
        rng = self.rng
        f, l = slug(p.first) or "pt", slug(p.last) or "x"
        dom = rng.choice(EMAIL_DOMAINS)
        pat = rng.choice(["%s.%s%s", "%s%s%s", "%s_%s%s", "%s%s", "%s.%s"])
        num = rng.choice(["", digits(rng, 2), str(rint(rng, 1950, 2008)), digits(rng, 3)])
        if pat.count("%s") == 3:
            local = pat % (f, l, num)
        elif pat == "%s%s":
            local = "%s%s" % (f[0], l) + num
        else:
            local = "%s.%s" % (f, l[0]) + num
        return "%s@%s" % (local, dom)

    def build_ids(self):
        rng, v = self.rng, self.v
        P = self.place
        yy = rint(rng, 23, 25)
        v["mrn"] = P(rng.choice([digits(rng, 8), "00" + digits(rng, 6), digits(rng, 7),
                                 "%s-%s" % (digits(rng, 4), digits(rng, 4)), "M" + digits(rng, 7),
                                 "E" + digits(rng, 7), digits(rng, 10)]), "MEDICAL_RECORD_NUMBER")
        v["acct"] = P(rng.choice([digits(rng, 10), "A" + digits(rng, 9), "%s-%s" % (digits(rng, 4), digits(rng, 6)),
                                  digits(rng, 12)]), "ACCOUNT_NUMBER")
        v["util"] = P(rng.choice([digits(rng, 10), "%s-%s-%s" % (digits(rng, 3), digits(rng, 4), digits(rng, 3))]),
                      "ACCOUNT_NUMBER")
        v["enc"] = P(rng.choice(["E" + digits(rng, 9), digits(rng, 11), "V" + digits(rng, 8),
                                 "%s%s" % (letters(rng, 2), digits(rng, 8))]), "ID_NUMBER")
        mbi = "%s%s%s%s-%s%s%s-%s%s" % (rint(rng, 1, 9), letters(rng, 1), rng.choice("ABCDEFGHJKMNPQRTUVWXY0123456789"),
                                         rint(rng, 0, 9), letters(rng, 1), rng.choice("ABCDEFGHJKMNPQRTUVWXY0123456789"),
                                         rint(rng, 0, 9), letters(rng, 2), digits(rng, 2))
        v["member"] = P(rng.choice([letters(rng, 3) + digits(rng, 9), "W" + digits(rng, 9), mbi,
                                    digits(rng, 9) + letters(rng, 1), "%s%s" % (letters(rng, 1), digits(rng, 10))]),
                        "HEALTH_PLAN_NUMBER")
        v["group"] = P(rng.choice([digits(rng, 6), "G" + digits(rng, 7), digits(rng, 5) + letters(rng, 1)]),
                       "HEALTH_PLAN_NUMBER")
        area = rint(rng, 100, 899)
        if area == 666:
            area = 667
        ssn = "%03d-%02d-%04d" % (area, rint(rng, 1, 99), rint(rng, 1, 9999))
        if rng.random() < 0.2:
            ssn = ssn.replace("-", " ")
        v["ssn"] = P(ssn, "US_SSN")
        v["ssn4"] = P(rng.choice(["%04d" % rint(rng, 1, 9999), "XXX-XX-%04d" % rint(rng, 1, 9999),
                                  "***-**-%04d" % rint(rng, 1, 9999)]), "US_SSN")
        v["dl"] = P(rng.choice([letters(rng, 1) + digits(rng, 8), digits(rng, 9),
                                "%s%s-%s-%s" % (letters(rng, 1), digits(rng, 3), digits(rng, 3), digits(rng, 3)),
                                digits(rng, 8)]), "LICENSE_NUMBER")
        v["lic"] = P(rng.choice(["%s%s" % (letters(rng, 1), digits(rng, 5)), "RN%s" % digits(rng, 6),
                                 "E-%s" % digits(rng, 4), "MD.%s" % digits(rng, 6), "%s" % digits(rng, 7)]),
                     "LICENSE_NUMBER")
        v["dea"] = P(letters(rng, 2) + digits(rng, 7), "LICENSE_NUMBER")
        v["npi"] = P("1" + digits(rng, 9), "ID_NUMBER")
        v["device"] = P(rng.choice(["%s%s%s" % (letters(rng, 3), digits(rng, 6), letters(rng, 1)),
                                    "%s-%s" % (digits(rng, 7), digits(rng, 3)),
                                    "%s%s" % (letters(rng, 2), digits(rng, 8)),
                                    "%s%s%s" % (digits(rng, 2), letters(rng, 3), digits(rng, 5))]), "DEVICE_ID")
        plate = rng.choice(["%s %s" % (digits(rng, 3), letters(rng, 3)), "%s-%s" % (letters(rng, 3), digits(rng, 4)),
                            "%s%s%s" % (digits(rng, 1), letters(rng, 3), digits(rng, 3)),
                            "%s%s %s%s" % (letters(rng, 2), digits(rng, 1), letters(rng, 1), digits(rng, 3))])
        v["plate"] = P(plate, "VEHICLE_ID")
        v["vin"] = P("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)), "VEHICLE_ID")
        v["accn"] = P(rng.choice(["S%d-%s" % (yy, digits(rng, 5)), "CP%d-%s" % (yy, digits(rng, 6)),
                                  "M%d-%s" % (yy, digits(rng, 4)), "%s%s" % (letters(rng, 2), digits(rng, 8))]),
                      "ID_NUMBER")
        v["rx"] = P(digits(rng, 7), "ID_NUMBER")
        v["case"] = P(rng.choice(["20%d-%s" % (yy, digits(rng, 6)), "APS-%s" % digits(rng, 7),
                                  "%s-%s" % (digits(rng, 2), digits(rng, 6))]), "ID_NUMBER")
        v["auth"] = P(letters(rng, 2) + digits(rng, 8), "ID_NUMBER")
        # contacts
        v["ph"] = P(self.phone(), "PHONE_NUMBER")
        v["ph2"] = P(self.phone(), "PHONE_NUMBER")
        v["ph3"] = P(self.phone("local"), "PHONE_NUMBER")
        v["cph"] = P(self.phone("ext"), "PHONE_NUMBER")
        v["fax"] = P(self.phone(), "PHONE_NUMBER")
        v["pager"] = P(rng.choice([digits(rng, 4), digits(rng, 5), self.phone()]), "PHONE_NUMBER")
        v["email"] = P(self.email(self.pt), "EMAIL_ADDRESS")
        v["femail"] = P(self.email(v["fam1"]), "EMAIL_ADDRESS")
        c = v["cons"]
        v["cemail"] = P("%s%s@%s" % (slug(c.first)[:1], slug(c.last), self.hdomain), "EMAIL_ADDRESS")
        v["url"] = P(rng.choice(["https://mychart.%s" % self.hdomain, "www.%s" % self.hdomain,
                                 "https://www.%s/mc/%s" % (self.hdomain, digits(rng, 6)),
                                 "%s/fap" % self.hdomain]), "URL")
        f, l = slug(self.pt.first) or "pt", slug(self.pt.last) or "x"
        v["surl"] = P(rng.choice(["gofundme.com/f/%s-%s-medical" % (f, l), "facebook.com/%s.%s.%s" % (f, l, digits(rng, 2)),
                                  "caringbridge.org/%s%s" % (f, l), "https://www.gofundme.com/f/%s%s%s" % (f, l, digits(rng, 3))]),
                      "URL")
        v["ip"] = P(rng.choice(["%d.%d.%d.%d" % (rint(rng, 23, 223), rint(rng, 0, 255), rint(rng, 0, 255), rint(rng, 1, 254)),
                                "10.%d.%d.%d" % (rint(rng, 0, 255), rint(rng, 0, 255), rint(rng, 1, 254)),
                                "192.168.%d.%d" % (rint(rng, 0, 20), rint(rng, 2, 254)),
                                "2600:1700:%x:%x::%x" % (rint(rng, 4096, 65535), rint(rng, 4096, 65535), rint(rng, 1, 255))]),
                    "IP_ADDRESS")

    def build_dates(self):
        rng, v = self.rng, self.v
        today = dt.date(2023, 1, 9) + dt.timedelta(days=rint(rng, 0, 900))
        adm = today - dt.timedelta(days=rint(rng, 1, 6))
        dis = adm + dt.timedelta(days=rint(rng, 2, 9))
        if dis < today or self.style in DISCHARGE_STYLES:
            dis = today
        if self.style in ("ed_course_narrative", "hpi_narrative", "admission_hp_structured"):
            adm = today
            dis = adm + dt.timedelta(days=rint(rng, 2, 7))
        if self.style not in INPATIENT_STYLES and self.style not in DISCHARGE_STYLES:
            # outpatient-type notes: the hospital stay is already over
            dis = today - dt.timedelta(days=rint(rng, 0, 12))
            adm = dis - dt.timedelta(days=rint(rng, 2, 9))
        bd_m, bd_d = rint(rng, 1, 12), rint(rng, 1, 28)
        by = today.year - self.age - (1 if (bd_m, bd_d) > (today.month, today.day) else 0)
        dob = dt.date(by, bd_m, bd_d)
        D = dt.timedelta
        dates = dict(today=today, adm=adm, dis=dis, dob=dob,
                     onset=adm - D(days=rint(rng, 1, 10)), prior=adm - D(days=rint(rng, 10, 75)),
                     fu=dis + D(days=rint(rng, 5, 30)), fu2=dis + D(days=rint(rng, 20, 60)),
                     proc=adm + D(days=rint(rng, 0, 2)), ev1=today - D(days=rint(rng, 2, 14)),
                     ev2=today + D(days=rint(rng, 1, 14)), ev3=today - D(days=rint(rng, 15, 45)),
                     lastv=today - D(days=rint(rng, 20, 140)), dod=today - D(days=rint(rng, 200, 3000)))
        self.dates = list(dates.values())
        for k, d in dates.items():
            v[k] = DateRef(d)
        v["hd"] = K(str((today - adm).days + 1))
        v["holiday"] = self.place(rng.choice(HOLIDAYS), "DATE")
        self.today = today

    def build_dynamic(self):
        rng, v, scen = self.rng, self.v, self.scen

        def time_(n, a, m):
            n.k(rand_time(rng, a or m))
        v["time"] = time_

        def kv(fn):
            return lambda n, a, m: n.k(fn())
        tf = rng.choice(["hhmm", "hhmm", "hh:mm", "ampm"])
        mins = rint(rng, 0, 23 * 60)
        for i in range(1, 6):
            hh, mm = (mins // 60) % 24, mins % 60
            if tf == "hhmm":
                tv = "%02d%02d" % (hh, mm)
            elif tf == "hh:mm":
                tv = "%02d:%02d" % (hh, mm)
            else:
                tv = "%d:%02d %s" % (hh % 12 or 12, mm, "am" if hh < 12 else "pm")
            v["t%d" % i] = K(tv)
            mins += rint(rng, 20, 110)
        peds = self.agecls == "peds"
        if peds:
            v["bp"] = kv(lambda: "%d/%d" % (rint(rng, 92, 124), rint(rng, 50, 80)))
            v["hr"] = kv(lambda: str(rint(rng, 72, 138)))
        else:
            v["bp"] = kv(lambda: "%d/%d" % (rint(rng, 96, 178), rint(rng, 52, 102)))
            v["hr"] = kv(lambda: str(rint(rng, 56, 124)))
        v["hr10"] = kv(lambda: "%ds" % (10 * rint(rng, 6, 11)))
        v["rr"] = kv(lambda: str(rint(rng, 12, 26)))
        v["temp"] = kv(lambda: rng.choice(["%.1f" % (rng.uniform(97.0, 102.8)),
                                           "%.1f F" % (rng.uniform(97.0, 102.8)),
                                           "%.1f C" % (rng.uniform(36.2, 39.4))]))
        v["spo2"] = kv(lambda: "%d%%" % rint(rng, 89, 99))
        v["wt"] = kv(lambda: rng.choice(["%d kg" % rint(rng, 45, 130), "%d lb" % rint(rng, 98, 290)]))
        v["gluc"] = kv(lambda: str(rint(rng, 68, 340)))
        v["pain"] = kv(lambda: "%d/10" % rint(rng, 2, 9))
        v["dur_h"] = kv(lambda: rng.choice(["%d hours" % rint(rng, 2, 12), "%s hours" % num2words(rint(rng, 2, 12)),
                                            "%d minutes" % rng.choice([10, 15, 20, 30, 45])]))
        v["dur_d"] = kv(lambda: rng.choice(["%d days" % rint(rng, 2, 10), "%s days" % num2words(rint(rng, 2, 10)),
                                            "48 hours", "%d days" % rint(rng, 2, 5)]))
        v["dur_w"] = kv(lambda: rng.choice(["%d weeks" % rint(rng, 2, 6), "%s weeks" % num2words(rint(rng, 2, 6)),
                                            "10 days", "a week"]))
        v["dur_m"] = kv(lambda: rng.choice(["%d months" % rint(rng, 2, 11), "%s months" % num2words(rint(rng, 2, 11)),
                                            "a year", "18 months"]))
        ymax = max(4, min(30, self.age - 15))
        v["dur_y"] = kv(lambda: rng.choice(["%d years" % rint(rng, 3, ymax), "%s years" % num2words(rint(rng, 3, ymax))]))
        v["fu_int"] = kv(lambda: rng.choice(["1 week", "2 weeks", "10 days", "4 to 6 weeks", "3 months",
                                             "one week", "two weeks", "6 weeks"]))

        home = [d for d in DRUGS if d[0] in (PEDS_HOME if peds else ADULT_HOME)
                and not (self.pt.sex == "F" and d[0] in ("tamsulosin", "Flomax", "finasteride"))]

        def med(n, a, m):
            name = rng.choice(home)[0]
            n.k(name.lower() if m == "lc" else name)
        v["med"] = med

        def medd(n, a, m):
            name, doses = rng.choice(home)
            n.k(name.lower() if m == "lc" else name)
            n.t(" ")
            n.k(rng.choice(doses))
        v["medd"] = medd

        def epo(n, a, m):
            n.k(rng.choice({"sign": EPO_SIGNS, "scale": EPO_SCALES, "dev": EPO_DEVICES}.get(a, EPONYMS)))
        v["epo"] = epo

        def pmh(n, a, m):
            pool = self.pmh_items()
            items = rng.sample(pool, min(len(pool), rng.choice([1, 2, 2, 3])))
            for i, it in enumerate(items):
                if i:
                    n.t(", " if i < len(items) - 1 else " and ")
                n.f(it)
        v["pmh"] = pmh
        v["dx"] = scen["dx"]
        v["dxs"] = scen["dxs"]
        v["cc"] = scen["cc"]

        def yr(n, a, m):
            n.raw(str(rint(rng, 1968, 2016)))
        v["yr"] = yr

        def num(n, a, m):
            n.raw(str(rint(rng, 2, 6)))
        v["num"] = num


def rand_time(rng, window=None):
    if window == "am":
        h = rint(rng, 5, 11)
    elif window == "pm":
        h = rint(rng, 12, 18)
    elif window == "night":
        h = rng.choice([19, 20, 21, 22, 23, 0, 1, 2, 3, 4])
    else:
        h = rint(rng, 0, 23)
    m = rng.choice([0, 0, 5, 10, 15, 20, 30, 30, 40, 45, 50, rint(rng, 0, 59)])
    f = rng.choice(["hhmm", "hhmm", "hh:mm", "ampm", "ampm", "hampm"])
    h12 = h % 12 or 12
    ap = ("am" if h < 12 else "pm")
    ap = rng.choice([ap, ap, ap.upper()])
    if f == "hhmm":
        return "%02d%02d" % (h, m)
    if f == "hh:mm":
        return "%02d:%02d" % (h, m)
    if f == "hampm" and m == 0:
        return "%d %s" % (h12, ap)
    return "%d:%02d %s" % (h12, m, ap)


# ==========================================================================
# shared pools and helpers for the note styles
# ==========================================================================
LANGS = {"hispanic": ["Spanish"], "west_african": ["Yoruba", "Igbo", "Twi", "French", "Wolof", "Fula"],
         "east_african": ["Amharic", "Somali", "Swahili", "Tigrinya", "Oromo"],
         "south_asian": ["Hindi", "Punjabi", "Bengali", "Urdu", "Nepali", "Tamil", "Gujarati"],
         "east_asian": ["Mandarin", "Cantonese", "Korean", "Japanese"],
         "se_asian": ["Vietnamese", "Tagalog", "Hmong", "Thai", "Lao", "Khmer", "Burmese"],
         "arabic": ["Arabic"], "slavic": ["Ukrainian", "Russian", "Polish", "Bosnian", "Serbian"],
         "pacific": ["Marshallese", "Tongan", "Samoan", "Chuukese"], "native": ["Navajo", "English", "English"],
         "caribbean": ["Haitian Creole", "Spanish", "English"]}
GRADES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth"]
WORK_PHRASE = {
    "plant": ["works second shift at the {employer} plant in {city2}", "works on the line at {employer} in {city2}"],
    "warehouse": ["works at the {employer} warehouse in {city2}", "loads trucks at the {employer} hub off {road}"],
    "store": ["works at the {employer} on {street2}", "stocks shelves at {employer} in {city}"],
    "restaurant": ["cooks at the {employer} off {road}", "waits tables at the {employer} in {city2}"],
    "hotel": ["does housekeeping at the {employer} in {city}", "works the front desk at the {employer} near {road}"],
    "office": ["does dispatch for {employer}", "works in the billing office at {employer}"],
    "crew": ["works for {employer} and is outside most of the day", "works construction for {employer}"],
    "shop": ["works at {employer} in {city2}"],
    "school": ["drives a bus for the {employer}", "is a cafeteria worker for the {employer}"],
    "farm": ["works at {employer} outside of {city2}", "milks cows at {employer} near {city2}"],
}


def finish_cast(c):
    rng, v = c.rng, c.v
    v["lang"] = rng.choice(LANGS.get(c.pt.culture, ["English"]))
    v["grade"] = GRADES[max(0, min(11, c.age - 6))]
    if c.age >= 67:
        v["work"] = rng.choice(["retired from {employer} after {dur_y}",
                                "retired from {employer} and still helps out there part time",
                                "retired after {dur_y} at {employer}"])
    elif c.agecls == "peds":
        v["work"] = "is in the {grade} grade at {school}"
    else:
        v["work"] = rng.choice(WORK_PHRASE[c.emp_kind])
    v["zip2"] = c.place(rng.choice(STATES[c.state][3]) + digits(rng, 2), "ZIP_CODE")
    v["snf3"] = c.org(rng.choice(SNF_PAT))
    v["util_co"] = c.org(rng.choice(["{city} Water and Light", "{city} Utilities", "Entergy",
                                     "{nature} Electric Cooperative", "Evergy", "Ameren"]))
    for p in c.places[-3:]:
        for x in p.values():
            c.tokens.update(sig_toks(x))
    v["child_writer"] = v["fam1"].rel in ("daughter", "son", "stepson", "daughter-in-law", "stepdaughter")


def sp(n):
    n.raw(" ")


def para(n):
    n.raw("\n\n")


def nl(n):
    n.raw("\n")


def one(n, c, pool, **kw):
    n.f(c.pick(pool), **kw)


def some(n, c, pool, k, ordered=True, sep=" ", **kw):
    k = min(k, len(pool))
    idx = sorted(c.rng.sample(range(len(pool)), k)) if ordered else c.rng.sample(range(len(pool)), k)
    for i, j in enumerate(idx):
        if i:
            n.raw(sep)
        n.f(pool[j], **kw)


def sign(n, c, who, kind="any"):
    p = c.v[who]
    para(n)
    pools = {
        "any": ["{w.sig}", "{w.full}, {w.cred}", "Electronically signed by {w.full}, {w.cred} on {today:struct} at {time}",
                "{w.full}, {w.cred}\n{today:struct} {time}", "-- {w.fli}, {w.cred}"],
        "doc": ["{w.full}, {w.cred}\n{hosp}", "Electronically signed: {w.fml}, {w.cred} {today:struct} {time}",
                "{w.full}, {w.cred}"],
    }
    n.f(c.pick(pools[kind]), w=p)


OVERNIGHT = [
    "No acute events overnight per nursing.",
    "Overnight {pt.he} was restless around {time:night} and the cross-cover team was called; {pt.he} settled with reorientation.",
    "{rn.first}, {pt.his} night nurse, reported that {pt.he} pulled at {pt.his} IV twice and needed redirection.",
    "{pt.He} slept poorly because of a roommate's alarm and asked to be moved to a private room.",
    "Had a temperature of {temp} at {time:night} that resolved without intervention.",
    "Per {rn.first} on nights, {pt.he} used the bedside commode with assistance and had no falls.",
    "A rapid response was called at {time:night} for a heart rate of {hr}, which came down with fluids.",
    "Quiet night; {pt.his} {fam1.rel} stayed at the bedside.",
]
SUBJ = [
    "This morning {pt.he} says {pt.he} feels better and ate most of {pt.his} breakfast.",
    "{pt.He} is frustrated about being here and asked again when {pt.he} can go home to {pt.his} dog.",
    "{pt.He} denies chest pain, fevers, or new shortness of breath.",
    "{pt.His} {fam1.rel} {fam1.first} was at the bedside and says {pt.he} seems more like {pt.self} today.",
    "{pt.He} reports pain of {pain}, better than yesterday, and has been up to the chair.",
    "{pt.He} is worried about whether {pt.he} [[will|is going to]] be well enough for {holiday}.",
    "{pt.He} asked me to call {pt.his} {fam2.rel}, {fam2.first}, who lives in {city2} and could not visit.",
    "{pt.He} has been walking the hallway with {ther.first} from PT and feels steadier.",
]
VITALS_PROSE = [
    "Vitals this morning: BP {bp}, HR {hr}, RR {rr}, temp {temp}, SpO2 {spo2} on room air.",
    "Vital signs have been stable, with pressures between {bp} and {bp} and heart rate in the {hr10}.",
    "Afebrile over the last day, BP {bp}, pulse {hr}, saturating {spo2} on [[2 L]].",
    "Overnight vitals notable only for a BP of {bp} at {time:night}; otherwise unremarkable.",
]
DISPO = [
    "Disposition: anticipate discharge home with {pt.his} {fam1.rel} in the next [[24 to 48 hours]] if {pt.he} continues to improve.",
    "PT recommends skilled rehab; {cm.first} from case management has sent referrals to {snf} and {snf2}.",
    "I updated {pt.his} {fam1.rel}, {fam1.full}, by phone at {ph2} and answered questions about the plan.",
    "Plan discussed with {pt.him} at the bedside and with {pt.his} {fam2.rel} {fam2.first} by phone.",
    "Code status: full code, confirmed with {pt.him} today. Expected discharge {dis:pn}.",
    "{pt.He} would prefer to go to {snf} because it is close to {pt.his} {fam2.rel}'s house in {city2}.",
    "DNR/DNI per prior discussion; {pt.his} {fam1.rel} {fam1.first} is the health care proxy.",
]
EXTRA_PROG = [
    "{pt.His} Medtronic pacemaker (serial {device}) was interrogated by the device rep and showed normal function.",
    "Outside records from {ohosp} were faxed over from {fax} and reviewed.",
    "Per {cons.dr}'s note from yesterday, no further workup is needed from a {spec} standpoint.",
    "{pt.He} tells me {pt.he} was last seen at {ohosp.short} on the {ev3:th} and that they changed {pt.his} water pill.",
    "Discussed with {cons.dr} from {spec}, who [[will|is going to]] see {pt.him} again this afternoon.",
    "Pharmacy ({pharmd.first}) helped with a prior authorization for {med}.",
    "{pt.He} was seen by {pal.dr} from palliative care yesterday; note appreciated.",
]
COMPLICATIONS = [
    "{pt.His} stay was complicated by a brief episode of delirium on the second night, managed without medications.",
    "{pt.He} developed a superficial phlebitis at a prior IV site that resolved with warm compresses.",
    "A [[Foley catheter]] was placed for urinary retention and removed before discharge after a successful voiding trial.",
    "{pt.He} had a fall without injury on {ev1:pn}; CT head was negative.",
    "Blood sugars ran high on steroids and were managed with a correction scale.",
    "There were no complications during this admission.",
    "{pt.He} was briefly on droplet precautions until a viral panel came back negative.",
]
SOC_COMMON = [
    "{pt.He} lives in {city} with {pt.his} {fam1.rel}, {fam1.first}.",
    "{pt.He} moved here from {hometown}, {homeland}, about {dur_y} ago to be closer to family.",
    "{pt.He} grew up in {hometown} and still has a {fam2.rel} there.",
    "{pt.He} attends {church} and says the people there are {pt.his} main support.",
    "{pt.His} neighbor {nb.first} checks on {pt.him} most days and has a key to the house.",
    "{pt.He} gets {pt.his} medications filled at the {pharmacy} on {street}.",
    "{pt.He} lives near the {biz} on {road}.",
    "{pt.He} was at {ohosp.short} last month for a similar problem.",
    "{pt.He} {work}.",
    "Insurance is {payer}.",
]
SOC_OLD = [
    "{pt.His} {fam1.rel} {fam1.first} does {pt.his} shopping and sets up {pt.his} pills in a weekly box.",
    "{pt.He} has been widowed since {yr} and lives alone in a house on {street}.",
    "{pt.His} mother lived to {oldage}, and {pt.he} jokes that {pt.he} plans to outlive her.",
    "{pt.He} still drives {pt.self} to services at {church}, but {pt.his} {fam2.rel} {fam2.first} would like {pt.him} to stop driving.",
    "A home health aide, {cg.first}, comes [[three mornings]] a week to help with bathing.",
    "{pt.His} {fam3.rel} {fam3.first} stays with {pt.him} on weekends.",
]
SOC_PEDS = [
    "{pt.first} lives with {pt.his} {fam1.rel} and {fam3.rel} {fam3.first} in {city}.",
    "{pt.He} is in the {grade} grade at {school} and plays soccer.",
    "{pt.His} {fam2.rel}, {fam2.first}, watches {pt.him} after school.",
    "No smokers in the home, though a visiting relative smokes outside.",
    "The family moved from {hometown}, {homeland}, when {pt.first} was a baby.",
]
TOBACCO = [
    "{pt.He} smoked [[1 pack per day]] for {dur_y} and quit in {yr}.",
    "Current smoker, about [[half a pack]] a day; {pt.he} is not ready to quit.",
    "{pt.He} vapes daily and drinks energy drinks on shift.",
    "Never smoker.", "{pt.He} chews tobacco.", "Former smoker, quit when {pt.his} first grandchild was born.",
]
SUBST_OTHER = [
    "Drinks alcohol socially, [[one or two]] glasses of wine a week.",
    "No illicit drug use; {pt.he} used marijuana in {pt.his} twenties.",
    "History of methamphetamine use, in recovery for {dur_y}; attends meetings at {church}.",
    "Rare alcohol, no drugs.", "{pt.He} drinks [[a six-pack]] on weekends and denies other substances.",
    "{pt.He} drinks about [[four beers]] a night and has had withdrawal before.",
]
SUBST = [
    "{pt.He} smoked [[1 pack per day]] for {dur_y} and quit in {yr}.",
    "Current smoker, about [[half a pack]] a day; {pt.he} is not ready to quit.",
    "Drinks alcohol socially, [[one or two]] glasses of wine a week.",
    "No illicit drug use; {pt.he} used marijuana in {pt.his} twenties.",
    "{pt.He} vapes daily and drinks energy drinks on shift.",
    "History of methamphetamine use, in recovery for {dur_y}; attends meetings at {church}.",
    "Never smoker. Rare alcohol.",
    "{pt.He} chews tobacco and drinks [[a six-pack]] on weekends.",
]
FUNC = [
    "Independent in all ADLs and still mows {pt.his} own yard.",
    "Uses a cane outside the home; {pt.his} {fam1.rel} helps with bathing.",
    "{pt.His} {fam1.rel}, {fam1.full} ({ph2}), is {pt.his} health care power of attorney.",
    "Owns firearms, locked in a safe per {pt.his} {fam1.rel}.",
    "Has [[two]] dogs and a cat at home.",
    "Needs help with stairs; the bedroom is on the second floor.",
    "Has an advance directive on file at {clinic}.",
]


def soc(n, c, k):
    pool = list(SOC_COMMON)
    if c.agecls == "older":
        pool += SOC_OLD
    if c.agecls == "peds":
        pool = SOC_PEDS + [
            "{pt.His} {fam1.rel} works at {employer}.",
            "The family attends {church}.",
            "{pt.His} pediatrician is {pcp.dr} at {clinic}."]
    some(n, c, pool, k, ordered=False)


def lab_line(n, c):
    one(n, c, c.scen["labs"])


def scen_some(n, c, key, k, ordered=True):
    some(n, c, c.scen[key], k, ordered=ordered)


# ==========================================================================
# prose styles
# ==========================================================================
NURSE_ENTRIES = [
    "{fam1.Rel} ({fam1.first}) at bedside, updated on plan.",
    "Per {pt.his} {fam2.rel} {fam2.nick}, pt usually takes {pt.his} pills with applesauce at home.",
    "Pt's {fam1.rel} {fam1.first} called the unit asking for an update; pt gave verbal permission to share information.",
    "Pt ambulated in the hall with a rolling walker and standby assist, tolerated well.",
    "Pt reports pain {pain}; [[oxycodone]] [[5 mg]] given per order.",
    "Reassessed, pain now {pain}, resting with eyes closed.",
    "{att.dr} at bedside to discuss plan of care with pt and {fam2.rel} {fam2.first}.",
    "Family at bedside: {fam1.rel} {fam1.first} and {fam1.his} {fam1sp.rel} {fam1sp.first}. Questions answered.",
    "BP {bp}, HR {hr}; {np.full}, {np.cred}, notified, no new orders.",
    "Skin assessment with {rn2.first}: stage two pressure injury to sacrum, foam dressing applied, [[Braden Scale]] [[13]].",
    "Pt tearful, states {pt.he} misses {pt.his} dog and {pt.his} house on {street}. Emotional support given; chaplain {chap.last} paged.",
    "Pt refused evening [[heparin]] injection, education provided, {att.dr} made aware.",
    "Pt voided [[350 mL]] clear yellow urine; bladder scan [[120 mL]] after.",
    "Dinner tray set up; pt ate about [[50%]].",
    "Pt's {fam3.rel} {fam3.first} dropped off {pt.his} glasses and phone charger.",
    "Telemetry showing sinus rhythm in the {hr10}.",
    "Pt pulled out peripheral IV; new [[22 gauge]] placed in left forearm by {rn2.first}.",
    "Blood glucose {gluc}, [[insulin lispro]] [[4 units]] given per sliding scale.",
    "Pt up to bathroom with assist of one, steady gait.",
    "Pt sleeping, respirations even and unlabored, SpO2 {spo2} on room air.",
    "Pt's friend {friend.first} visiting, asked about visiting hours; informed per policy.",
    "Called {snf} and gave report to {snfc.first}, who accepted the patient for transfer.",
]
NURSE_FIRST = [
    "Received report from {rn2.fli}. Pt resting in bed, [[A&Ox3]], denies pain.",
    "Assumed care of pt. Bed alarm on, call light within reach, [[Morse Fall Scale]] score [[55]].",
    "Bedside report received from {rn2.first}; pt awake, [[A&Ox4]], {fam1.rel} at bedside.",
]
NURSE_PROSE = [
    "Pt had a quiet shift overall.", "Pt was more confused this evening and required frequent reorientation.",
    "Pt remains on the unit pending placement.", "Pt is in good spirits and joking with staff.",
]


FAMILY_VOICE = [
    "{fam1.first} shared that {pt.ref} has always said {pt.he} never wanted to be kept alive on machines, and that {pt.his} own mother lived to {oldage} but spent her last year in a nursing home, which {pt.he} hated.",
    "{fam2.first} was tearful and asked whether anything more could be done; {fam2.he} has been the one driving {pt.him} to appointments at {clinic}.",
    "The family described {pt.him} as a proud {pt.man} who worked at {employer} for decades and still goes to {church} every week.",
    "{fam1sp.first} asked practical questions about cost and whether {payer} would cover a stay at {snf}.",
    "There is some disagreement between {fam1.first} and {fam2.first} about moving {pt.him} out of {pt.his} house on {street}.",
    "{fam1.first} expressed [[hope|a wish]] that {pt.he} could make it home for {holiday}.",
    "{pt.His} {fam3.rel} {fam3.first}, who is a student at {school}, asked to be included in future calls.",
    "{fam1.first} said {pt.he} was at {ohosp.short} twice last year and each time came back weaker.",
]
FAMILY_DECIDE = [
    "After discussion, the family agreed to change code status to DNR/DNI and to continue current treatment without escalation.",
    "The family would like a time-limited trial of [[72 hours]] of antibiotics before revisiting goals.",
    "{pt.Ref} was able to participate briefly and said clearly that {pt.he} wanted to go home.",
    "Hospice was introduced; {fam1.first} asked for information on {hospice}.",
    "The family is not ready to make decisions today and would like to talk with {clergy} {pastor.last} first.",
]


def st_family_meeting(n, c):
    one(n, c, ["Family Meeting Note\n\n", "Goals of Care Discussion\n\n", "Palliative Care Family Meeting\n\n", ""])
    if c.chance(0.5):
        n.f("Date: {today:struct}, {time}. Location: {hosp.short}, family conference room.\n\n")
    one(n, c, [
        "Met with the patient's {fam1.rel}, {fam1.first}, and {fam1.his} {fam1sp.rel} {fam1sp.first}, along with {pt.his} {fam2.rel} {fam2.first}, who joined by phone from {city3}.",
        "I met with {pt.mr}'s {fam1.rel} {fam1.full} and {fam2.rel} {fam2.first} at the bedside.",
        "Present: {fam1.first} ({fam1.rel}), {fam2.first} ({fam2.rel}), {fam3.first} ({fam3.rel}), and {pt.his} friend {friend.full}."])
    sp(n)
    one(n, c, ["Also present were {pal.dr} from palliative care, {cm.full} from case management, and Chaplain {chap.last}.",
               "{att.dr}, {rn.first} (bedside RN), and {sw.full} from social work also attended.",
               "An interpreter for {lang} was present for the whole meeting."])
    para(n)
    n.f("{att.dr} reviewed the hospital course. ")
    n.f("{pt.Ref} is a {age}-year-old {pt.man} admitted on {adm:pn} with {dx}. ")
    scen_some(n, c, "course", 2)
    para(n)
    some(n, c, FAMILY_VOICE, c.pick([2, 3]), ordered=False)
    para(n)
    some(n, c, FAMILY_DECIDE, c.pick([1, 2]), ordered=False)
    para(n)
    one(n, c, ["The family [[will|plans to]] meet again on {ev2:wd} at {time:pm}. ",
               "We agreed to talk again by phone on {ev2:pn}. ",
               "Follow up meeting tentatively set for {ev2:day}. "])
    one(n, c, ["{fam1.first} can be reached at {ph2} and prefers email at {femail}.",
               "Primary contact is {fam1.first} at {ph2}.",
               "{fam2.first}'s number is {ph3}."])
    sp(n)
    n.f(c.pick(["Total time [[75 minutes]], more than half in counseling.", "Time spent: [[50 minutes]].", ""]))
    sign(n, c, c.pick(["pal", "att"]))


def st_consult_letter(n, c):
    n.f("{clinic2}\n{addr2}\n{city2}, {stab} {zip2}\nPhone {cph}  Fax {fax}\n\n{today:long}\n\n{pcp.drfull}\n{clinic}\n\n")
    n.f("Re: {pt.full}, DOB {dob:struct}\n\nDear Dr. {pcp.last},\n\n")
    one(n, c, ["Thank you for asking me to see {pt.mr} in consultation regarding {dxs}. I saw {pt.him} in the {spectitle} clinic on {lastv:full}, accompanied by {pt.his} {fam1.rel}, {fam1.first}.",
               "I had the pleasure of seeing {pt.mr} on {lastv:full} at your request for evaluation of {dxs}.",
               "Thank you for referring {pt.full}, whom I saw in clinic on {lastv:pn} with {pt.his} {fam1.rel}."])
    para(n)
    n.f("As you know, {pt.he} is a {age}-year-old {pt.man} with {pmh}. ")
    scen_some(n, c, "hpi", 2)
    sp(n)
    one(n, c, ["{pt.He} was recently hospitalized at {hosp.short} from {adm:pn} to {dis:pn}.",
               "{pt.He} tells me {pt.he} also saw someone at {ohosp.short} last year but does not remember the name.",
               "{pt.His} {fam1.rel} keeps a careful notebook of {pt.his} symptoms, which was very helpful."])
    para(n)
    n.f("Exam: ")
    one(n, c, c.scen["exam"])
    sp(n)
    lab_line(n, c)
    para(n)
    n.f("Impression: {dx}. My recommendations are as follows. ")
    scen_some(n, c, "plan", c.pick([2, 3]))
    para(n)
    one(n, c, ["I [[will|plan to]] see {pt.him} back in {fu_int}. ", "We have scheduled a return visit for {fu:full}. "])
    n.f("Please do not hesitate to call me at {cph} or page me at {pager} with any questions. You can also reach me at {cemail}.")
    para(n)
    n.f("Sincerely,\n\n{cons.full}, {cons.cred}\n{spectitle}\n\ncc: {pt.mr}")


def st_phone_message(n, c):
    one(n, c, ["Telephone Encounter\n", "Phone note, {today:struct}\n", "TELEPHONE MESSAGE\n", ""])
    blocks = [
        "{pt.Ref}'s {fam1.rel} {fam1.first} called at {time} stating that {pt.he} has had {cc} since {ev1:day}. {fam1.He} would like a call back at {ph2}; okay to leave a detailed message per the release on file. Pharmacy on file is {pharmacy} on {street}.",
        "{pt.Ref} called requesting a refill of {medd}. Last seen by {pcp.dr} on {lastv}. Uses the {pharmacy} in {city}, phone {ph3}. States {pt.he} has [[2 days]] left.",
        "Returned call to {pt.first} at {ph}. Identity verified with name and DOB ({dob:struct}). Discussed results; {pt.he} verbalized understanding and asked that a copy be sent to {email}.",
        "Called {pt.first} at {ph} at {time} and left a voicemail asking {pt.him} to call back at {cph}. Second attempt on {ev2:pn}, no answer; letter mailed to {addr}, {city}, {stab} {zip}.",
        "Spoke to {cons.dr}'s office (per {staff.nick} at the front desk) to move up the appointment; new date {fu:pn} at {time:am}. Records faxed to {fax}.",
        "{cons.last} called back at {time} and recommends holding the {med} until the visit.",
        "{pharmd.first} from {pharmacy} called about the prescription for {medd} (Rx #{rx}); insurance requires prior authorization, reference {auth}.",
        "{fam2.first} ({fam2.rel}) called from {hometown} worried because {pt.he} has not answered the phone since {ev1:pn}. Welfare check requested through the {county} sheriff.",
        "Per {staff.first} at the front desk, {pt.his} {fam2.rel} [[will|is going to]] pick up the forms for {employer} on {ev2:day}.",
        "Video visit: {pt.first} joined from home (IP {ip}) with {pt.his} {fam1.rel} helping with the camera. The connection dropped once and was restored.",
        "{pt.Ref} called from work at {employer} to say {pt.he} could not make the {time:pm} appointment and asked to reschedule.",
    ]
    idx = sorted(c.rng.sample(range(len(blocks)), c.pick([2, 3, 3])))
    for i, j in enumerate(idx):
        if i:
            para(n)
            one(n, c, ["", "Update: ", "Addendum {time}: ", "{ev2:struct}: "])
        n.f(blocks[j])
    para(n)
    one(n, c, ["Routed to {np.full}, {np.cred}. -- {staff.first}, {staff.cred}",
               "Message taken by {staff.full}.", "Sent to {pcp.dr}'s pool. {staff.fli}"])


PORTAL_PT = [
    "hi dr {pcp.last:lc} its {pt.first:lc}. ive been having that pain in my side again since {ev1:inf} and its worse after i eat. the {med:lc} you gave me isnt helping much. i work [[12 hour|long]] shifts at {employer} so i cant come in til {ev2:day}, can you call something in to the {pharmacy} on {street}? thx",
    "Dear Doctor {pcp.last}, I am writing to let you know that I fell again on {ev1:pn} in the parking lot at the {biz}. My neighbor {nb.first} took me to urgent care and they said nothing was broken but my wrist is still swollen. Should I keep the appointment on {fu:pn} or come sooner? Thank you, {pt.full}",
    "hey so i got my labs back on the app and my potassium says [[3.1]] is that bad?? i dont really understand what it means. also my {fam1.rel} {fam1.first:lc} wants to know if i can still go to {hometown} for my cousins wedding on the {ev2:th}",
    "Good morning. This is {pt.full}, DOB {dob:struct}. I need a letter for my job at {employer} saying I was in the hospital from {adm:md} to {dis:md}. My supervisor {friend.first} said HR needs it by friday. you can fax it to {fax}. thank you so much",
    "i think i need to go back on the {medd:lc}?? the lower dose isnt working and im not sleeping. my bp at the pharmacy was {bp} yesterday. please call me {ph} anytime after [[3pm]]",
    "Hi, its {pt.first:lc}. ive been out of my inhaler for [[2 weeks]] because the [[price|cost]] went up and i cant aford it, is there something cheaper? my insurance is {payer}",
    "Dr {pcp.last}, my sugars have been running {gluc} to {gluc} in the mornings even though im taking the [[Lantus]] [[30 units]] every night. I changed jobs and now I work nights at {employer} so my schedule is all messed up. can we talk about changing the time",
    "hello my name is {pt.first} and i am patient of dr {pcp.last:lc}. i move to new address {addr}, {city} {zip}, please change in my file. my new phone is {ph}. thank you",
    "this is {pt.nick:lc} again sorry to bug yall. the swelling in my legs is back and i gained like [[5 lbs]] since {ev1:day}. {fam1.first:lc} says i should go to the er at {hosp.short} but i hate waiting there all night",
    "I had my colonoscopy at {ohosp.short} on {ev3:pn} and they said they would send you the results. Did you get them? The paper they gave me has a number on it, {accn}. Thanks. {pt.first}",
    "i tried to pay my [[bill]] on {url} but it keeps giving me an error. can someone call me at {ph}",
    "my {fam1.rel} {fam1.first:lc} is going to bring me to the apointment on {fu:inf} because i cant drive since the stroke. is it ok if she comes in the room with me",
]
PORTAL_FAM_CHILD = [
    "hello this is {fam1.first:lc}, {pt.first:lc}'s {fam1.rel}. {pt.mom} has been real tired since {pt.he} got home from {hosp.short} on {dis:inf} and {pt.his} legs are swelling again. {pt.he} is taking the [[lasix]] like u said but i dont think its working. can someone call me back at {ph2}? i get off work at [[5]]",
    "Good evening Dr. {att.last}, I wanted to update you that {pt.Mom} is settled at {snf} as of {dis:pn}. The nurse there, {rn2.first}, said {pt.his} blood pressure was {bp} this afternoon. We also started a page for {pt.his} medical costs at {surl} if you know of any other resources. Thank you for taking such good care of {pt.him}. {fam1.first}",
    "Hi its {fam1.nick:lc}, {pt.first:lc}'s {fam1.rel}. {pt.mom} wont take {pt.his} pills since we got back from {hometown}, {pt.he} says the [[metformin]] makes {pt.him} sick. we are staying with my {fam1sp.rel} in {city2} right now on {street:lc}. what should we do",
    "My {pt.mom} {pt.full} fell at {snf} on {ev1:pn} and nobody called me until the next day. I am the power of attorney. Please have someone call me at {ph2} or email {femail}. {fam1.full}",
]
PORTAL_FAM_ANY = [
    "this is {fam1.full:lc}, i am the {fam1.rel} of {pt.full:lc}. we want to know the results from the scan on {ev1:inf}. nobody called us and {pt.he} is very worried. please call {ph2} or email {femail}",
    "Hi, I'm {pt.first}'s {fam1.rel}. {pt.He} has had a fever of {temp} since last night and is coughing a lot. {pt.He} uses the [[albuterol]] but it only lasts an hour. Should we bring {pt.him} to the ER at {hosp.short} or can {pt.he} be seen at {clinic} today? My cell is {ph2}.",
    "hello doctor, i am writing for {pt.first:lc}, {pt.he} does not read english. {pt.he} needs refill of {medd:lc} and the {pharmacy} on {street} says they need new paper from you. my number {ph2}. {fam1.first}",
    "We set up a page at {surl} to help with {pt.first}'s medical costs. Could someone tell us if the hospital has a financial assistance program? {fam1.full}",
    "{pt.first} is still having a hard time since the hospital. We go to {church} and {clergy} {pastor.last} came by, which helped. Is it normal that {pt.he} is sleeping [[14 hours]] a day? {fam1.first} ({fam1.rel})",
]
PORTAL_FAM_PEDS = [
    "Hi Dr. {pcp.last}, this is {pt.first}'s {fam1.rel}, {fam1.first}. {pt.He} has had a fever of {temp} since {ev1:day} and says {pt.his} ear hurts. {pt.He} missed school at {school} today. Can we get in tomorrow after [[3:30]]? Cell is {ph2}.",
    "hi its {fam1.first:lc}, {pt.first:lc}'s {fam1.rel}. the school nurse at {school} called and said {pt.he} was wheezing at recess, they gave [[2 puffs]] of the inhaler. do we need to come in? {pt.his} {fam2.rel} can bring {pt.him} if i cant leave work",
    "Hello, {pt.first} needs a form filled out for sports at {school}. I dropped it off at the front desk with {staff.first} on {ev1:pn}. Please call {ph2} when it is ready. Thanks, {fam1.full}",
]


def portal_header(n, c, who):
    r = c.rng.random()
    if r < 0.35:
        n.f("From: {w.full}\nSent: {today:struct} {time}\nTo: {pcp.dr}'s care team\nSubject: ", w=who)
        one(n, c, ["question", "refill", "Re: results", "please call", "update", "help"])
        n.raw("\n\n")
    elif r < 0.55:
        n.f("Patient portal message received {today:struct} {time} (IP {ip})\n\n")
    elif r < 0.7:
        n.f("MyHealth message | {today:struct}\n\n")


def st_portal_patient(n, c):
    portal_header(n, c, c.pt)
    some(n, c, PORTAL_PT, c.pick([1, 1, 2]), ordered=False, sep="\n\n")
    if c.chance(0.25):
        para(n)
        one(n, c, ["- {pt.first:lc}", "Thanks, {pt.nick}", "sent from my iphone", "{pt.first}"])


def st_portal_family(n, c):
    fam = c.v["fam1"]
    portal_header(n, c, fam)
    if c.agecls == "peds":
        pool = PORTAL_FAM_PEDS
    elif c.v["child_writer"]:
        pool = PORTAL_FAM_CHILD + PORTAL_FAM_ANY
    else:
        pool = PORTAL_FAM_ANY
    some(n, c, pool, c.pick([1, 1, 2]), ordered=False, sep="\n\n")


REPLY_BODY = [
    "I sent a prescription for {medd} to the {pharmacy} on {street}; it should be ready after [[4 pm]].",
    "Please call our office at {cph} to schedule a visit this week, or go to the emergency department at {hosp.short} if things get worse.",
    "Your potassium of [[3.1]] is mildly low. I would like you to take [[potassium chloride]] [[20 mEq]] daily for [[5 days]] and recheck labs on {ev2:pn}.",
    "I talked with {cons.dr} in {spec} and {cons.he} [[will|is going to]] see you sooner; {cons.his} scheduler {staff.first} [[will|is going to]] call you.",
    "The letter for {employer} is attached to this message and a copy was faxed to {fax}.",
    "We have updated your address to {addr} and your phone number to {ph}.",
    "You can find the financial assistance application at {url}.",
    "It is fine to travel to {hometown} as long as you bring your medication list and keep taking your [[Eliquis]].",
    "Swelling like that can mean extra fluid. Please weigh every morning and send me the numbers by {ev2:day}.",
    "Your blood pressure log looks much better this week.",
]
REPLY_BODY_FAM = [
    "I sent a prescription for {medd} to the {pharmacy} on {street}; it should be ready after [[4 pm]].",
    "Please call our office at {cph} to schedule a visit for {pt.him} this week, or take {pt.him} to the emergency department at {hosp.short} if things get worse.",
    "{pt.His} potassium of [[3.1]] is mildly low; I would like {pt.him} to take [[potassium chloride]] [[20 mEq]] daily for [[5 days]] and recheck labs on {ev2:pn}.",
    "I talked with {cons.dr} in {spec}, who [[will|is going to]] see {pt.him} sooner; {cons.his} scheduler {staff.first} [[will|is going to]] call you at {ph2}.",
    "Swelling like that can mean extra fluid. Please weigh {pt.him} every morning and send me the numbers by {ev2:day}.",
    "I am sorry nobody called. I spoke with {rn2.first} at {snf} and the x-ray there was negative.",
    "We have updated {pt.his} emergency contact to you at {ph2}.",
    "You can find the financial assistance application at {url}.",
]


def st_clinician_reply(n, c):
    writer_is_fam = c.chance(0.5)
    w = c.v["fam1"] if writer_is_fam else c.pt
    doc = c.v[c.pick(["np", "pcp"])]
    if writer_is_fam:
        one(n, c, ["Hi {w.first},\n\n", "Dear {w.mr},\n\n", "Hello {w.first},\n\n"], w=w)
        one(n, c, ["Thank you for the update about {pt.first}. ", "Thanks for reaching out. "])
    else:
        one(n, c, ["Hi {pt.first},\n\n", "{pt.mr},\n\n", "Dear {pt.first},\n\n"])
        one(n, c, ["I reviewed your message and your recent labs. ", "Thanks for letting us know. ", ""])
    some(n, c, REPLY_BODY_FAM if writer_is_fam else REPLY_BODY, c.pick([2, 3]), ordered=False)
    para(n)
    n.f(c.pick(["{d.full}, {d.cred}\n{clinic}\n{cph}", "{d.full}, {d.cred}", "Dr. {d.last}", "{d.fli} for {pcp.dr}"]), d=doc)
    if c.chance(0.65):
        n.raw("\n\n")
        n.f("-----Original Message-----\nFrom: {w.full}\nSent: {ev1:struct} {time}\n\n", w=w)
        if writer_is_fam:
            pool = PORTAL_FAM_PEDS if c.agecls == "peds" else (PORTAL_FAM_CHILD + PORTAL_FAM_ANY if c.v["child_writer"] else PORTAL_FAM_ANY)
        else:
            pool = PORTAL_PT
        one(n, c, pool)


# ==========================================================================
# semi-structured styles
# ==========================================================================
def numbered(n, items):
    for i, it in enumerate(items, 1):
        n.raw("%d. " % i)
        n.f(it)
        nl(n)


def st_dc_structured(n, c):
    sx = "F" if c.pt.sex == "F" else "M"
    n.f("DISCHARGE SUMMARY\n\nPatient: {pt.LF}    MRN: {mrn}    Acct: {acct}\n")
    n.f("DOB: {dob:struct}    Age: {age}    Sex: " + sx + "\n")
    n.f("Admission date: {adm:struct}    Discharge date: {dis:struct}\n")
    n.f("Attending: {att.fml}, {att.cred}\nPCP: {pcp.drfull}, {clinic}, {cph}\n")
    n.f("Admitting diagnosis: {cc}\nDischarge diagnosis: {dx}\nConsults: {spectitle} ({cons.dr})\n\n")
    n.f("HOSPITAL COURSE:\n")
    scen_some(n, c, "course", c.pick([2, 3]))
    n.f("\n\nDISCHARGE MEDICATIONS:\n")
    numbered(n, c.scen["dcmeds"])
    n.f("\nFOLLOW-UP:\n- {pcp.dr}, {clinic}, {fu:struct} at {time:am}\n- {cons.dr}, {spectitle}, in {fu_int}\n")
    n.f(c.pick(["- Labs: BMP on {ev2:struct}\n", "- Home health: {hospice}\n", ""]))
    n.f("\nDISPOSITION: ")
    one(n, c, ["Home with {fam1.rel}", "{snf}", "{irf}", "Home with home health"])
    n.f("\nCONDITION: stable\n\nDischarging clinician: {np.sig}  {today:struct} {time}")


def st_hp_structured(n, c):
    n.f("ADMISSION HISTORY AND PHYSICAL\n{hosp}\n\nPatient: {pt.full}    MRN {mrn}    DOB {dob:struct}\nDate of admission: {adm:struct}\n\n")
    n.f("CHIEF COMPLAINT: {cc}\n\nHPI: {pt.Ref} is a {age}-year-old {pt.man} with {pmh}. ")
    scen_some(n, c, "hpi", 2)
    n.f("\n\nPAST MEDICAL HISTORY:\n")
    pool = c.pmh_items()
    for it in c.rng.sample(pool, min(3, len(pool))):
        n.f("- " + it + "\n")
    n.f("\nFAMILY HISTORY: ")
    one(n, c, ["Mother died at {parent_old.age} of old age. Father with [[Parkinson disease]].",
               "Father died at {parent_old.age}; mother with [[Alzheimer disease]] in her eighties.",
               "Sister with [[Crohn's disease]]. Parents alive and well.",
               "Brother with [[Huntington's disease]]. No early cardiac death."])
    n.f("\n\nSOCIAL HISTORY: ")
    soc(n, c, 2)
    n.f("\n\nEXAM: BP {bp}, HR {hr}, RR {rr}, T {temp}, SpO2 {spo2}. ")
    one(n, c, c.scen["exam"])
    n.f("\n\nLABS/IMAGING: ")
    lab_line(n, c)
    n.f("\n\nASSESSMENT AND PLAN:\n")
    pl = c.rng.sample(c.scen["plan"], 2)
    numbered(n, ["{dx}. " + pl[0], pl[1]] +
             ["Dispo: expected discharge {dis:struct}; PCP {pcp.dr} notified by fax {fax}."])
    n.f("\n{res.full}, {res.cred}, resident\nI saw and examined the patient with Dr. {res.last} and agree with the plan. {att.full}, {att.cred}")


def st_face_sheet(n, c):
    n.f(c.pick(["REFERRAL / INTAKE FORM\n\n", "Home Health Referral\n\n", "NEW PATIENT INTAKE\n\n"]))
    n.f("Patient name: {pt.LF}\n")
    if c.pt.nick:
        n.f("Preferred name: {pt.nick}\n")
    n.f("DOB: {dob:struct}    SSN: {ssn}\nAddress: {addr}, {city}, {stab} {zip}\nCounty: {county}\n")
    n.f("Home phone: {ph}    Cell: {ph3}\nEmail: {email}\nLanguage: {lang}\n")
    n.f("Emergency contact: {fam1.full} ({fam1.rel}) {ph2}\n")
    n.f("Insurance: {payer}    Member ID: {member}    Group: {group}\n")
    if c.agecls != "peds":
        n.f("Driver's license: {dl} ({stab})\n")
    n.f("PCP: {pcp.drfull}, NPI {npi}, {clinic}, fax {fax}\nReferring facility: {hosp}, MRN {mrn}, encounter {enc}\n\n")
    n.f("Reason for referral: {dxs}. ")
    scen_some(n, c, "hpi", 1)
    sp(n)
    scen_some(n, c, "plan", 1)
    n.f("\n\nNotes: ")
    some(n, c, ["Gate code is given by {fam1.first} on arrival; dog in the yard.",
                "Pt lives near the {biz} on {road}; the house is the second one past the church.",
                "{pt.His} {fam2.rel} {fam2.first} works at {employer} and is available after [[5 pm]].",
                "Prefers morning visits. Hard of hearing; speak to {fam1.first} first.",
                "Pt was discharged from {hosp.short} on {dis:struct}."], 2, ordered=False)
    n.f("\n\nCompleted by {cm.full}, {cm.cred}, {today:struct}")


def st_med_rec(n, c):
    n.f("MEDICATION RECONCILIATION  {today:struct}\n\n")
    n.f("Source: pill bottles brought in by {pt.his} {fam1.rel} {fam1.first}; fill history from {pharmacy} ({ph3}).\n\nHome medications:\n")
    k = c.pick([4, 5, 6])
    for i in range(1, k + 1):
        n.raw("%d. " % i)
        n.f("{medd} " + c.pick(["daily", "twice daily", "at bedtime", "as needed", "every morning"]))
        if c.chance(0.4):
            n.f(" (last filled {ev3:struct}, Rx #{rx})")
        nl(n)
    n.f("\nAllergies: ")
    one(n, c, ["[[penicillin]] (hives)", "[[sulfa]] (rash)", "no known drug allergies", "[[codeine]] (nausea)"])
    n.f("\n\nNotes: ")
    some(n, c, ["Pt reports taking [[Eliquis]] only once daily because of cost; {pt.his} {fam1.rel} [[will|is going to]] check with {payer}.",
                "Prescriber for the [[oxycodone]] is {cons.drfull}, DEA {dea}.",
                "Pt also takes turmeric and fish oil bought at the {biz}.",
                "Pt's {fam3.rel} {fam3.first} fills the pill box on Sundays.",
                "Patient assistance program through the manufacturer was started on {ev1:pn}."], 2, ordered=False)
    n.f("\n\nReviewed by {pharmd.sig}")


PROCS = [
    ("Ultrasound-guided paracentesis", "Removed [[4.2 L]] of straw-colored fluid; [[albumin]] [[25 g]] given.", None),
    ("Thoracentesis, right", "Removed [[1.1 L]] of serous fluid. Post-procedure chest film without pneumothorax.", None),
    ("PICC placement", "A [[5 French]] double-lumen PICC was placed in the right basilic vein under ultrasound, tip at the cavoatrial junction.", None),
    ("Lumbar puncture", "Opening pressure [[18 cm H2O]]; four tubes of clear fluid collected.", None),
    ("Implantable loop recorder", "A [[Medtronic Reveal LINQ]] loop recorder (serial {device}) was inserted in the left parasternal region.", "dev"),
    ("Dual-chamber pacemaker implant", "A Boston Scientific pacemaker generator, serial {device}, was implanted in the left pectoral pocket.", "dev"),
    ("EGD with biopsy", "Findings as above; biopsies sent to pathology.", None),
    ("Right internal jugular central line", "Placed using the [[Seldinger technique]] under ultrasound; [[Trendelenburg position]] used.", None),
]


PROC_FOR = {"stroke": [4], "afib": [4, 5], "gib": [6], "hospice": [0], "chf": [1], "pna": [1, 2],
            "gbs": [3], "cellulitis": [2], "dka": [7], "aki": [7], "crohn": [2, 6], "etoh": [0, 6],
            "copd": [1, 7], "uti_delirium": [2, 3], "dementia": [3], "parkinson": [2], "hipfx": [2, 7],
            "chestpain": [4], "mvc": [1, 7], "preeclampsia": [7]}


def st_procedure(n, c):
    name, desc, _ = PROCS[c.pick(PROC_FOR.get(c.scen["key"], list(range(len(PROCS)))))]
    n.f("PROCEDURE NOTE\n\nDate of procedure: {proc:struct}    Time: {time}\nPatient: {pt.LF}    MRN {mrn}    Encounter {enc}\n")
    n.f("Procedure: " + name + "\nOperator: {cons.fml}, {cons.cred}    Assistant: {res.full}, {res.cred}\n")
    n.f("Indication: {dxs}\n\n")
    one(n, c, ["Consent: risks, benefits and alternatives were discussed with the patient, who signed consent.",
               "Consent: obtained by phone from {pt.his} {fam1.rel}, {fam1.full}, the health care proxy; witnessed by {rn.full}, RN.",
               "Consent: obtained from the patient with a {lang} interpreter."])
    n.f("\n\nDescription: A time-out was performed. ")
    n.f(desc)
    n.f(" Specimens, if any, were sent to pathology under accession {accn}.\n\nComplications: none. EBL minimal.\n\n")
    one(n, c, ["Findings discussed with {pt.his} {fam1.rel} {fam1.first} in the waiting room at {time}.",
               "Results to be routed to {pcp.dr} at {clinic} (fax {fax}).",
               "Patient tolerated the procedure well and returned to the floor."])
    sign(n, c, "cons", "doc")




# ==========================================================================
# longer prose styles
# ==========================================================================
KEEP_SOCIAL = [
    "{pt.He} is an avid deer [[hunter]] and usually spends the fall at a camp near {city3}.",
    "{pt.He} says {pt.his} grandchildren are {pt.his} greatest [[joy]].",
    "{pt.He} is worried about the hospital [[bill]] and asked to speak with financial counseling.",
    "{pt.He} used to be up before [[dawn]] every day to feed the animals.",
    "{pt.He} sleeps in a [[king]]-size bed and has trouble getting out of it since the surgery.",
    "Money has been tight since the [[price]] of {pt.his} inhalers went up.",
    "{pt.He} has [[young]] grandchildren who stay over on weekends.",
    "{pt.He} took a long road trip to see family over the [[summer]].",
    "The family says [[grace]] before every meal and asked that staff give {pt.him} a moment before eating.",
    "{pt.His} insurance has a [[grace]] period, so coverage should continue through the end of the month.",
    "{pt.He} received a small [[grant]] from a county program to help with utilities.",
    "{pt.He} has not been able to work since [[June|the spring]].",
    "{pt.He} stopped driving back in [[April|the spring]].",
    "{pt.He} hopes to return to work in [[August|the fall]].",
    "{pt.He} drinks [[black]] coffee all day, about [[six cups]].",
    "{pt.He} has a [[will|trust]] and says {pt.his} affairs are in order.",
]
KEEP_CLIN = [
    "{pt.He} had [[frank]] blood in the urine on the first day, which has since cleared.",
    "{pt.His} creatinine [[rose]] to [[2.1]] on day [[two]] and then came back down.",
    "{pt.His} blood pressure [[rose]] to {bp} overnight with pain.",
    "There is a pressure [[mark]] on the bridge of the nose from the oxygen mask.",
    "This [[may|might]] represent a medication side effect.",
    "Symptoms [[may|might]] take a few weeks to fully resolve.",
    "{pt.He} was [[frank]] with us that {pt.he} had not been taking {pt.his} medications.",
    "We [[will|plan to]] recheck labs in the morning.",
]
CHRONIC_PEDS = [
    "{pt.His} home [[montelukast]] was continued.", "Diet advanced as tolerated; {pt.he} is drinking well.",
    "{pt.His} teacher at {school} sent assignments home with {pt.his} {fam1.rel}.",
    "Child life visited and brought art supplies.", "Immunizations are up to date per {pt.his} {fam1.rel}.",
]
DISPO_ADULT = [
    "Disposition: anticipate discharge home in the next [[24 to 48 hours]] if {pt.he} continues to improve.",
    "I updated {pt.his} {fam1.rel}, {fam1.full}, by phone at {ph2} and answered questions about the plan.",
    "Plan discussed with {pt.him} at the bedside and with {pt.his} {fam2.rel} {fam2.first} by phone.",
    "Code status: full code, confirmed with {pt.him} today. Expected discharge {dis:pn}.",
    "{pt.He} needs a work note for {employer}; we [[will|are going to]] provide one at discharge.",
]
DISPO_PEDS = [
    "Disposition: anticipate discharge home with {pt.his} {fam1.rel} in the next [[24 to 48 hours]].",
    "I updated {pt.his} {fam1.rel}, {fam1.full}, at the bedside and by phone at {ph2}.",
    "{pt.His} {fam2.rel} {fam2.first} asked about a note for school, which we [[will|are going to]] provide.",
    "Follow up with {pcp.dr} at {clinic} in {fu_int}.",
]
CHRONIC = [
    "For {pt.his} chronic problems we are continuing home {medd} and {medd}.",
    "{pt.His} home [[levothyroxine]] was continued; TSH from {lastv:pn} was normal.",
    "Blood sugars have run {gluc} to {gluc}; continue correction scale and hold [[metformin]] while inpatient.",
    "Pain is controlled with scheduled [[acetaminophen]]; we are avoiding NSAIDs.",
    "DVT prophylaxis with [[enoxaparin]] [[40 mg]] daily.",
    "Mood has been low; {pt.he} has been on [[sertraline]] [[50 mg]] for {dur_y} and we are not changing it here.",
    "Diet advanced as tolerated; nutrition was consulted for poor intake and recommended a supplement with each meal.",
    "Home [[gabapentin]] was reduced to [[100 mg]] at bedtime because of sedation.",
]
TEAM = [
    "Discussed at interdisciplinary rounds with {cm.first} (case management), {ther.first} (PT), and {rn.first} (bedside RN).",
    "{pt.His} {fam1.rel} asked that updates go to {fam1.him} rather than to {fam2.first}, and {pt.he} agreed.",
    "Spoke with {pcp.dr}'s office at {clinic}; {staff.first} there confirmed the home medication list.",
    "{pt.His} {fam1.age}-year-old {fam1.rel} is {pt.his} main caregiver and is feeling overwhelmed.",
    "Accession {accn} from the outside lab was reviewed with pathology.",
    "{pt.His} [[insulin pump]] (serial {device}) was removed on arrival and is stored with security.",
]
ROS = [
    "{pt.He} denies blood in the stool or urine.",
    "Review of systems is otherwise notable for poor sleep and a decreased appetite for {dur_w}.",
    "{pt.He} reports some dizziness when standing but no syncope.",
    "No recent travel other than a trip to {hometown} in the spring.",
]
HOME_MEDS = [
    "At home {pt.he} takes {medd}, {medd}, and {medd}, filled at the {pharmacy} on {street}.",
    "Home medications include {medd} and {medd}; {pt.his} {fam1.rel} fills {pt.his} pill box.",
    "{pt.He} is supposed to take {medd} but admits {pt.he} has not been taking it for {dur_w}.",
]


def st_progress(n, c):
    one(n, c, ["Hospital Medicine Progress Note\n\n", "Progress note, hospital day {hd}\n\n",
               "Daily Progress Note ({today:struct})\n\n", "", "Interval note\n\n"])
    one(n, c, ["{pt.Ref} is a {age}-year-old {pt.man} with a history of {pmh} who was admitted on {adm} with {dx}.",
               "Briefly, this is a {age}-year-old {pt.man} with {pmh}, admitted {adm:pn} from home with {dxs}.",
               "{pt.Ref}, age {age}, came in on {adm:wd} with {cc} and is being treated for {dx}.",
               "In summary, {pt.ref} is a {age} year old {pt.man} now on hospital day {hd} for {dxs}."])
    sp(n)
    one(n, c, OVERNIGHT)
    sp(n)
    some(n, c, SUBJ, c.pick([2, 3]), ordered=False)
    para(n)
    one(n, c, VITALS_PROSE)
    sp(n)
    one(n, c, c.scen["exam"])
    sp(n)
    some(n, c, c.scen["labs"], c.pick([1, 2]))
    para(n)
    one(n, c, ["Assessment and plan: {dxs}, improving. ", "Impression: {dxs}, slowly better. ",
               "A/P: {dxs}. ", "Overall {pt.he} is improving. "])
    scen_some(n, c, "course", c.pick([2, 3]))
    sp(n)
    scen_some(n, c, "plan", 2)
    if c.chance(0.4):
        sp(n)
        one(n, c, KEEP_CLIN)
    para(n)
    some(n, c, CHRONIC_PEDS if c.agecls == "peds" else CHRONIC, c.pick([1, 2]), ordered=False)
    if c.chance(0.5) and c.agecls != "peds":
        sp(n)
        one(n, c, EXTRA_PROG)
    para(n)
    dpool = DISPO_PEDS if c.agecls == "peds" else (DISPO if c.agecls == "older" else DISPO_ADULT)
    some(n, c, TEAM + dpool, c.pick([2, 3]), ordered=False)
    sign(n, c, "att")


def st_hpi(n, c):
    one(n, c, ["HISTORY OF PRESENT ILLNESS\n", "HPI: ", "History of Present Illness:\n", "Admission H&P, HPI\n"])
    one(n, c, ["{pt.Ref} is a {age}-year-old {pt.man} with {pmh} who presents with {cc}.",
               "{pt.Ref} is a {age} yo {pt.man} with a history of {pmh} presenting with {cc} for {dur_d}.",
               "This is a {age}-year-old {pt.man}, well known to {pcp.dr}, who comes in with {cc}."])
    sp(n)
    scen_some(n, c, "hpi", c.pick([2, 3, 3]))
    sp(n)
    some(n, c, [
        "History is obtained from the patient and {pt.his} {fam1.rel}, {fam1.first}, who drove {pt.him} in from {city}.",
        "Much of the history comes from {pt.his} {fam1.rel}, {fam1.full}, as {pt.he} is a poor historian today.",
        "{pt.He} was seen at {ohosp} on {prior} and told to follow up with {pcp.dr}, which {pt.he} was not able to do.",
        "Records from {ohosp.short} were reviewed and show an admission on {prior:full} for a similar problem.",
        "{pt.His} {fam2.rel} {fam2.first} called from {hometown} during the interview and added that {pt.he} had been off {pt.his} usual routine.",
        "Symptoms started last {onset:wd}, after {pt.he} got back from visiting {pt.his} {fam3.rel} in {city3}.",
        "The patient's {fam1.rel} {fam1.first} drove {pt.him} here after {pt.he} called {fam1.him} at {time} because {pt.he} felt unwell."],
        c.pick([1, 2]), ordered=False)
    sp(n)
    some(n, c, ROS, c.pick([1, 2]), ordered=False)
    para(n)
    one(n, c, HOME_MEDS)
    sp(n)
    one(n, c, ["Allergic to [[penicillin]] (rash).", "No known drug allergies.", "{pt.He} reports an allergy to [[sulfa]] drugs."])
    para(n)
    one(n, c, ["In the ED {pt.his} BP was {bp} and heart rate {hr}. ",
               "On arrival to the ED: temp {temp}, HR {hr}, BP {bp}, SpO2 {spo2}. ",
               "ED vitals were notable for a heart rate of {hr} and BP {bp}. "])
    some(n, c, c.scen["labs"], c.pick([1, 2]))
    sp(n)
    one(n, c, c.scen["exam"])
    para(n)
    one(n, c, ["Social: ", "Social history: ", ""])
    soc(n, c, c.pick([2, 3]))
    if c.agecls != "peds":
        sp(n)
        one(n, c, SUBST)
        if c.chance(0.4):
            sp(n)
            one(n, c, KEEP_SOCIAL)
    para(n)
    if c.agecls == "peds":
        one(n, c, ["Family history: {pt.his} {fam1.rel} has asthma and eczema.", "Family history is noncontributory.",
                   "Family history: an older {fam3.rel} with [[Down syndrome]]."])
    else:
        one(n, c, ["Family history is notable for a father with [[Parkinson disease]] and a mother who died of a stroke at [[71]].",
               "Family history: {pt.his} mother is living at {parent_old.age} in {city2}." if 55 <= c.age <= 75 else
               "Family history: both parents living; a brother with diabetes.",
               "No family history of early heart disease or cancer."])
    sp(n)
    one(n, c, ["PCP is {pcp.drfull} at {clinic}.", "{pt.His} primary care doctor is {pcp.dr} in {city2}.",
               "Primary care: {pcp.fi}, {clinic}, phone {cph}."])
    sign(n, c, c.pick(["att", "res"]), "doc")


def st_discharge_course(n, c):
    one(n, c, ["DISCHARGE SUMMARY, HOSPITAL COURSE\n\n", "Hospital Course:\n", "Brief hospital course\n\n", "HOSPITAL COURSE\n"])
    one(n, c, ["{pt.Ref} is a {age}-year-old {pt.man} with {pmh} who was admitted on {adm:full} with {dx}.",
               "{pt.Ref} was admitted to {hosp.short} on {adm} for {dx} after presenting with {cc}.",
               "This {age}-year-old {pt.man} was admitted from the ED on {adm:wd} with {cc}."])
    sp(n)
    scen_some(n, c, "hpi", c.pick([1, 2]))
    para(n)
    scen_some(n, c, "course", c.pick([3, 4, 5]))
    if c.chance(0.4):
        sp(n)
        one(n, c, KEEP_CLIN)
    para(n)
    one(n, c, COMPLICATIONS)
    sp(n)
    one(n, c, ["{cons.dr} from {spec} followed during the stay.",
               "Consultants included {spec} ({cons.dr}) and physical therapy.",
               "{pt.He} was seen by {pal.dr} from palliative care at the family's request."])
    sp(n)
    some(n, c, CHRONIC_PEDS if c.agecls == "peds" else CHRONIC, 1)
    para(n)
    if c.agecls == "peds":
        one(n, c, ["{pt.He} was discharged on {dis:full} to home with {pt.his} {fam1.rel}.",
                   "{pt.first} went home with {pt.his} {fam1.rel} and {fam2.rel} on {dis:wd}."])
        sp(n)
        one(n, c, ["Condition at discharge: well appearing, eating and drinking, playful.",
                   "At discharge {pt.he} was back to {pt.his} usual self per {pt.his} {fam1.rel}."])
    else:
        one(n, c, ["{pt.He} was discharged on {dis:full} to home with {pt.his} {fam1.rel}.",
               "{pt.He} was discharged on {dis:full} to {snf} for short-term rehab; report was called to {snfc.first} at {ph3}.",
               "Discharged {dis} to {irf} for acute inpatient rehabilitation.",
               "{pt.He} went home on {dis:wd} with home health through {dme} and {pt.his} {fam2.rel} staying with {pt.him}."])
        sp(n)
        one(n, c, ["At discharge {pt.he} was walking with a walker, eating well, and {pt.his} vitals were BP {bp}, HR {hr}, SpO2 {spo2} on room air.",
               "Condition at discharge: stable, alert and oriented, tolerating a regular diet.",
               "{pt.He} was at {pt.his} baseline mental status per {pt.his} {fam1.rel} on the day of discharge."])
    para(n)
    one(n, c, ["{pt.He} has an appointment with {pcp.dr} at {clinic} on {fu:wd} at {time:am}; the office number is {cph}.",
               "Follow up with {pcp.dr} on {fu} and with {cons.dr} in {fu_int}.",
               "{pt.His} {fam1.rel} {fam1.first} [[will|is going to]] call {clinic} at {cph} to set up a visit for the week of {fu:pn}."])
    sp(n)
    one(n, c, ["Blood cultures from {adm:md} were no growth at the time of discharge.",
               "Pathology (accession {accn}) was pending at discharge and [[will|is to]] be followed up by {cons.dr}.",
               "No results were pending at discharge.",
               "A repeat BMP should be drawn on {ev2:pn} and faxed to {fax}."])
    sp(n)
    one(n, c, ["Discharge instructions and teaching videos are available at {url}.",
               "{pt.He} was told to return to the ED at {hosp.short} for chest pain, fever, or worsening symptoms.",
               "Return precautions were reviewed with {pt.him} and {pt.his} {fam1.rel} in {lang} with an interpreter."])
    para(n)
    n.f("Discharge medications were reviewed with {pt.him} and {pt.his} {fam1.rel} using the pill bottles from home. New or changed medications: ")
    some(n, c, c.scen["dcmeds"], c.pick([2, 3]), sep="; ")
    n.t(".")
    sign(n, c, "att", "doc")


NURSE_MORE = [
    "Pt's CPAP machine from home (serial {device}) checked by respiratory therapy and in use.",
    "Pt's valuables, including wallet and phone, sent home with {fam1.first} per pt request.",
    "Pt requested to call {pt.his} {fam2.rel}; phone provided, pt spoke with {fam2.first} for about [[ten minutes]].",
    "Pt's {fam1.rel} brought a [[king]]-size blanket from home; pt more settled.",
    "Pt states {pt.he} [[will|plans to]] go home with {pt.his} {fam1.rel} after discharge.",
    "Reinforced teaching on the [[Foley catheter]] care; {fam1.first} return-demonstrated.",
]


def st_nursing(n, c):
    one(n, c, ["Nursing Narrative Note\n", "RN Shift Note\n", "Nursing note, {today:struct}\n", ""])
    pool = NURSE_ENTRIES + NURSE_MORE
    if c.chance(0.6):
        night = c.chance(0.4)
        hours = sorted(c.rng.sample(range(19, 31) if night else range(7, 19), c.pick([6, 7, 8, 9])))
        entries = [c.pick(NURSE_FIRST)] + c.rng.sample(pool, len(hours) - 1)
        colon = c.pick([": ", " - ", " "])
        for h, e in zip(hours, entries):
            hh = h % 24
            mm = c.pick([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
            n.k(c.pick(["%02d%02d" % (hh, mm), "%02d:%02d" % (hh, mm)]))
            n.t(colon)
            n.f(e)
            nl(n)
        n.f(c.pick(NURSE_PROSE))
    else:
        one(n, c, NURSE_PROSE)
        sp(n)
        picks = [c.pick(NURSE_FIRST)] + c.rng.sample(pool, c.pick([4, 5, 6, 7]))
        for i, e in enumerate(picks):
            if i % 2 == 0:
                n.f(c.pick(["At {time}: ", "Around {time}, ", "At approximately {time}: "]))
            n.f(e)
            sp(n)
        n.f("Plan of care ongoing; {pt.his} {fam1.rel} updated by phone at {ph2}.")
    para(n)
    n.f(c.pick(["-- {rn.full}, {rn.cred}", "{rn.fli}, {rn.cred}", "Signed: {rn.full}, {rn.cred} {today:struct}"]))


def st_social(n, c):
    one(n, c, ["SOCIAL HISTORY\n", "Social History:\n", "Social/Functional History\n", "Social history (obtained from patient and {fam1.rel})\n"])
    if c.agecls == "peds":
        one(n, c, ["{pt.first} was born at {ohosp} and lives with {pt.his} {fam1.rel}, {fam1.full}, and {fam3.rel} {fam3.first} in {city}. ",
                   "{pt.first} lives in {city} with {pt.his} {fam1.rel} and {pt.his} {fam2.rel}. "])
        some(n, c, SOC_PEDS, 3, ordered=False)
        para(n)
        one(n, c, ["{pt.His} {fam1.rel} works at {employer} and the family is insured through {payer}.",
                   "{pt.His} {fam1.rel} is a student at {school} and works part time."])
        sp(n)
        one(n, c, ["{pt.His} {fam1.rel} is {fam1.age} and {pt.his} {fam2.rel} is {fam2.age}.",
                   "There is a dog and [[two]] cats in the home.", "The family lives in a rental house on {street} with mold in the bathroom."])
        return
    one(n, c, ["{pt.He} was born in {hometown}, {homeland}, and came to {city} in {yr}. ",
               "{pt.He} is originally from {hometown} and has lived in {county} for {dur_y}. ",
               "{pt.He} grew up in {city3} and moved to {city} after high school. "])
    one(n, c, ["{pt.He} lives with {pt.his} {fam1.rel}, {fam1.first}, in a house on {street}.",
               "{pt.He} lives alone in an apartment at {addr}; {pt.his} {fam2.rel} {fam2.first} lives nearby in {city2}.",
               "{pt.He} lives with {pt.his} {fam2.rel} {fam2.first} and {fam2.his} family in a mobile home off {road}."])
    sp(n)
    one(n, c, ["{pt.His} {fam1.rel} {fam1.first} is {fam1.age} and still works.",
               "{pt.He} has {num} children; {fam2.first} lives closest, in {city2}.",
               "{pt.His} {fam3.rel} {fam3.first}, age {fam3.age}, helps with errands.",
               "{pt.His} mother, who is {parent_old.age}, still lives on her own in {hometown}." if 55 <= c.age <= 75 else
               "{pt.He} is close with {pt.his} {fam2.rel} {fam2.first}."])
    para(n)
    n.f("{pt.He} {work}. ")
    one(n, c, ["{pt.He} finished high school at {hs}.", "{pt.He} served in the Army and gets some care through the VA.",
               "{pt.He} has a commercial driver's license ({dl}) and drove trucks for years.",
               "{pt.He} has an associate degree and used to teach classes at {church}."])
    sp(n)
    one(n, c, ["Insurance is {payer}.", "{pt.He} has {payer} and says money is tight.",
               "{pt.He} is uninsured and has been applying for coverage with help from {clinic}."])
    para(n)
    one(n, c, TOBACCO)
    sp(n)
    one(n, c, SUBST_OTHER)
    para(n)
    some(n, c, FUNC + (SOC_OLD if c.agecls == "older" else []), c.pick([2, 3]), ordered=False)
    sp(n)
    one(n, c, ["{pt.He} attends {church} and is close with {clergy} {pastor.last}.",
               "{pt.He} is {religion} and would like a chaplain visit.",
               "{pt.His} neighbor {nb.full} is {pt.his} main support besides family."])
    if c.chance(0.7):
        sp(n)
        some(n, c, KEEP_SOCIAL, c.pick([1, 2]), ordered=False)


def st_case_mgmt(n, c):
    one(n, c, ["Case Management Note\n\n", "CM Discharge Planning Note\n\n", "Care Management Progress Note\n\n", ""])
    one(n, c, ["CM met with pt and {pt.his} {fam1.rel} {fam1.first} at bedside to discuss discharge planning. ",
               "CM spoke with pt's {fam1.rel}, {fam1.full}, by phone at {ph2} to review the plan. ",
               "Follow-up visit with pt today regarding placement. "])
    one(n, c, ["Pt lives alone in a two-story house in {city}. ",
               "Pt lives with {pt.his} {fam2.rel} in a mobile home off {road}. ",
               "Pt lives in a second-floor apartment at {addr}, {city}. ",
               "Pt came from {snf}, where {pt.he} has been a long-term resident. "])
    one(n, c, ["Prior to admission pt was independent with a cane and drove {pt.self}.",
               "At baseline pt uses a walker and needs help with bathing from {pt.his} aide {cg.first}.",
               "Pt was working full time before this admission; {pt.he} {work}."])
    para(n)
    one(n, c, ["PT and OT recommend skilled nursing facility placement. ", "Therapy recommends home with home health and a shower chair. ",
               "PT recommends acute inpatient rehab at {irf}. "])
    n.f("Insurance verified: {payer}, member ID {member}, group {group}. ")
    one(n, c, ["Authorization submitted on {today:pn}, reference {auth}.", "Auth pending; reference {auth}.",
               "No auth required per the payer."])
    para(n)
    one(n, c, ["Referrals sent to {snf}, {snf2} and {snf3}. {snfc.full} from {snf} called back at {time} and can accept on {dis:pn}; bed offer accepted by {fam1.first}.",
               "{snf} declined because of the [[morphine]] drip; {snf2} is reviewing. Pt and {fam1.first} prefer {snf2} because it is near {pt.his} {fam2.rel}'s home in {city2}.",
               "Home health referral sent to {hospice}; start of care expected {ev2:pn}."])
    sp(n)
    one(n, c, ["Barriers to discharge: pending auth and no one available to stay with pt at night.",
               "Barrier: pt's {fam1.rel} works nights at {employer} and cannot pick {pt.him} up until after [[7 am]].",
               "Pt was given the list of facilities with quality ratings; family toured {snf2} on {ev1:pn}.",
               "Family has been posting updates and raising money for the copays at {surl}."])
    para(n)
    one(n, c, ["DME: rolling walker and bedside commode ordered through {dme}, delivery to the home.",
               "DME: home oxygen set up with {dme}; concentrator to be delivered to the home on {street}.",
               "No DME needs identified."])
    sp(n)
    one(n, c, ["Transportation: {fam2.first} [[will|is going to]] drive; pt no longer has a car since {pt.his} truck (plate {plate}) was sold.",
               "Transportation: wheelchair van arranged for {time:am} on the day of discharge.",
               "Pt's {fam1.rel} [[will|is going to]] transport in a private vehicle."])
    if c.chance(0.4):
        sp(n)
        one(n, c, KEEP_SOCIAL)
    para(n)
    n.f(c.pick(["CM [[will|is going to]] continue to follow. {cm.full}, {cm.cred}, {cph}",
                "{cm.full}, {cm.cred}\nCase Management, {hosp.short}", "-- {cm.fli}, {cm.cred}"]))


CHAP_REFLECT = [
    "{pt.He} spoke at length about {pt.his} [[faith|beliefs]] and about growing up in {hometown}, where {pt.his} grandmother took {pt.him} to services every week.",
    "{pt.He} expressed [[hope|a wish]] to see {pt.his} {fam3.rel} {fam3.first} graduate from {school} in the spring.",
    "{pt.He} shared fear about being a burden to {pt.his} {fam1.rel} {fam1.first}, who has been sleeping in the recliner every night.",
    "{pt.He} said that {pt.he} has made peace and is not afraid, but worries about {pt.his} {fam2.rel} {fam2.first}.",
    "Chaplain provided reflective listening and offered prayer, which {pt.he} accepted; {pt.his} {fam2.rel} {fam2.first} joined by speakerphone.",
    "{pt.He} asked for a visit from {pastor.full} of {church} and for communion.",
    "{fam1.first} talked about how {pt.his} [[faith|religious community]] has carried the family since {pt.his} diagnosis.",
    "{pt.He} described {pt.his} late spouse, who died in {yr}, and said {pt.he} still talks to {pt.his} photograph every morning.",
    "{pt.He} laughed while telling stories about the years {pt.he} spent working at {employer}.",
    "{pt.He} said the hardest part of being in the hospital is missing Sunday dinner with {pt.his} family.",
    "{pt.He} finds [[joy]] in gospel music and asked for a speaker for {pt.his} room.",
    "{pt.He} asked whether it is wrong to feel angry at God; chaplain normalized these feelings.",
]


def st_chaplain(n, c):
    one(n, c, ["Spiritual Care Note\n\n", "Chaplain Visit\n\n", "Pastoral care note\n\n", ""])
    one(n, c, ["Chaplain visited {pt.mr} at the request of {pt.his} nurse, {rn.first}. ",
               "Initial spiritual care visit per referral from palliative care. ",
               "Follow-up visit with {pt.first} and {pt.his} {fam1.rel} {fam1.first}. "])
    one(n, c, ["{pt.He} identifies as {religion} and is a longtime member of {church} in {city}, where {clergy} {pastor.last} has led the congregation for {dur_y}.",
               "{pt.He} is {religion}; {pt.he} used to attend {church} but has not been able to go since the fall.",
               "{pt.He} describes {pt.self} as {religion} and has close ties to {church}."])
    sp(n)
    n.f("{pt.He} is a {age}-year-old {pt.man} admitted with {dxs}.")
    para(n)
    some(n, c, CHAP_REFLECT, c.pick([3, 4, 5]), ordered=False)
    para(n)
    one(n, c, ["{fam1.first} asked that {clergy} {pastor.last} be called at {ph3}; chaplain left a message.",
               "Chaplain called {church} at {ph3} and spoke with {pastor.first}, who plans to visit on {ev2:day}.",
               "No further requests at this time."])
    sp(n)
    one(n, c, ["Chaplain [[will|plans to]] follow up on {ev2:day}.", "Spiritual care remains available around the clock.",
               "Plan: continued spiritual support."])
    para(n)
    n.f("{chap.full}, {chap.cred}\nStaff Chaplain, {hosp.short}\nPager {pager}")


SW_REASONS = {
    "housing instability": (
        ["Pt reports {pt.he} has been staying with {pt.his} friend {friend.first} in {city2} since being evicted from {pt.his} apartment at {addr} on {ev3:pn}.",
         "Pt has been sleeping in {pt.his} car, a gray pickup with plate {plate}, in the lot behind the {biz} on {road}.",
         "{fam1.first} started an online fundraiser ({surl}) to help with rent.",
         "Pt moved here from {hometown}, {homeland}, and has no family in {st} besides {pt.his} {fam3.rel} {fam3.first}."],
        ["Provided a list of resources including {shelter}, the food pantry at {church}, and the county transit line.",
         "SW called {shelter} and spoke with {staff.first}, who confirmed a bed is available starting {ev2:pn}.",
         "Referral made to the county housing authority; pt has an intake appointment on {ev2:wd} at {t2}."]),
    "concern for elder neglect": (
        ["Pt's {fam1.rel} {fam1.first} reports that {pt.he} has been leaving the stove on and that the power was shut off last month; the account with {util_co} ({util}) is past due.",
         "Pt's {fam2.rel} {fam2.first} has been {pt.his} caregiver for {dur_y} and says {fam2.he} is exhausted.",
         "Neighbor {nb.full} called the unit to report that {pt.he} had been alone in the house on {street} without food."],
        ["SW made an APS report by phone at {t1}; intake worker {aps.full} assigned case #{case}.",
         "SW helped pt call {util_co} to request a medical hold on the shutoff.",
         "Home health and a personal care aide referral were placed with {hospice}."]),
    "medication affordability": (
        ["Pt worked at {employer} until {ev3:pn} and lost {pt.his} insurance when the job ended.",
         "Pt receives SSI and SNAP; Social Security number verified for the disability application (last four {ssn4}).",
         "Pt says the [[price|cost]] of {pt.his} inhalers doubled this year.",
         "Pt is worried about an unpaid [[bill]] from {ohosp.short} that went to collections, account {acct}."],
        ["Applied for the hospital's charity care program; application reference {auth}.",
         "SW faxed the completed disability forms to the Social Security office at {fax}.",
         "Pharmacy ({pharmd.first}) enrolled pt in a manufacturer assistance program for {med}."]),
    "transportation barriers": (
        ["Pt's driver's license ({dl}) was suspended and {pt.he} relies on {fam2.first} for rides to dialysis at {dial}.",
         "Pt lives off {road}, about [[40 minutes]] from the nearest clinic, and the county van only runs on weekdays.",
         "Pt's car, VIN {vin}, was repossessed last month."],
        ["SW set up Medicaid transportation for {pt.his} visit at {clinic2} on {fu:pn}.",
         "Provided bus passes and the county transit schedule.",
         "{fam2.first} agreed to drive {pt.him} to the first follow-up visit."]),
    "caregiver strain": (
        ["Pt's {fam2.rel} {fam2.first} has been {pt.his} caregiver for {dur_y} and says {fam2.he} is exhausted.",
         "Pt has [[young]] children who are staying with {pt.his} {fam1.rel} {fam1.first} during the admission.",
         "{fam1.first} works full time at {employer} and cannot be home during the day."],
        ["Respite care options reviewed, including adult day care at {snf2}.",
         "SW gave {fam1.first} the number for the caregiver support group that meets at {church}.",
         "Home health referral sent to {hospice}; start of care expected {ev2:pn}."]),
    "substance use resources": (
        ["Pt reports drinking about a pint a day since losing {pt.his} job at {employer}.",
         "Pt was sober for {dur_y} and relapsed after {pt.his} {fam2.rel} died on {dod:full}.",
         "Pt used to attend meetings at {church} and would like to go back."],
        ["SW provided a [[Narcan]] kit and education to pt and {pt.his} {fam1.rel}.",
         "Referral placed to an intensive outpatient program in {city2}; intake scheduled for {ev2:pn} at {t3}.",
         "Pt was given the number for the state recovery line."]),
}


def st_social_work(n, c):
    one(n, c, ["Social Work Assessment\n\n", "SW Progress Note\n\n", "Social work note\n\n", ""])
    reason = c.pick(sorted(SW_REASONS))
    situ, acts = SW_REASONS[reason]
    n.f("SW received consult for " + reason + ". SW met with pt at bedside")
    one(n, c, [".", ", with {pt.his} {fam1.rel} {fam1.first} present.", "; an interpreter for {lang} was used."])
    sp(n)
    n.f("Pt is a {age}-year-old {pt.man} admitted on {adm:pn} with {dxs}.")
    para(n)
    some(n, c, situ, c.pick([2, 3]), ordered=False)
    para(n)
    one(n, c, ["Psychosocial history: pt grew up in {hometown} and describes a difficult childhood.",
               "Pt describes good support from {church} but says {pt.his} {fam2.rel} has not spoken to {pt.him} since {holiday}.",
               "Pt has lived in {county} for {dur_y} and is close with {pt.his} neighbor {nb.first}.",
               "Pt is {religion} and finds support in {pt.his} [[faith|religious community]]."])
    para(n)
    some(n, c, acts, c.pick([2, 3]), ordered=False)
    para(n)
    n.f(c.pick(["SW [[will|is going to]] continue to follow for discharge needs.", "Plan reviewed with pt, who agrees."]))
    n.raw(" ")
    n.f("{sw.full}, {sw.cred}, {cph}")


ED_ARRIVAL = [
    ("{pt.Ref} arrived by {ems} at {t1} from home. ",
     ["Per EMS, {pt.he} was found by {pt.his} neighbor {nb.first} on the kitchen floor at {addr}. ",
      "Per the EMS crew, {pt.his} {fam1.rel} called after finding {pt.him} confused. ",
      "EMS reports {pt.he} was alert and answering questions en route. "]),
    ("{pt.Ref} arrived via {ems} at {t1} from {snf}. ",
     ["Staff at {snf} report {pt.he} was at baseline at supper. ", "The transfer packet from {snf} lists {pt.his} {fam1.rel} {fam1.first} as the contact. "]),
    ("{pt.Ref} was brought in by private vehicle by {pt.his} {fam1.rel} at {t1}. ",
     ["{pt.His} {fam1.rel} {fam1.first} says the symptoms started around {time}. ", "{fam1.first} drove {pt.him} from {city2}. "]),
    ("{pt.Ref} arrived by {ems} from {pt.his} job at {employer} at {t1}. ",
     ["A coworker, {friend.first}, rode along and gave the history. ", "EMS reports {pt.he} was alert en route. "]),
    ("{pt.Ref} was transferred from {ohosp} for a higher level of care and arrived at {t1}. ",
     ["Accepting physician {att.dr}; records from {ohosp.short} accompanied the patient. ", "The transfer was arranged by {cons.dr}. "]),
]


def st_ed_course(n, c):
    one(n, c, ["ED Course\n", "Emergency Department Course and Medical Decision Making\n", "ED course / MDM:\n", ""])
    arr, follow = c.pick(ED_ARRIVAL)
    n.f(arr)
    n.f(c.pick(follow))
    n.f("{pt.He} is a {age}-year-old {pt.man} with {pmh}. ")
    scen_some(n, c, "hpi", c.pick([1, 2]))
    para(n)
    n.f("Initial vitals were BP {bp}, HR {hr}, RR {rr}, SpO2 {spo2}. ")
    one(n, c, c.scen["exam"])
    sp(n)
    some(n, c, c.scen["labs"], c.pick([1, 2]))
    para(n)
    one(n, c, ["Differential included {dxs}, medication effect, and infection; workup as above.",
               "My concern was for {dxs}; other causes were considered less likely given the exam.",
               "Presentation most consistent with {dxs}."])
    sp(n)
    n.f("At {t3} I discussed the case with {cons.dr} ({spec}), who agreed with admission. ")
    one(n, c, ["Treatment was started in the ED per {spec} recommendations.",
               "IV access was obtained, labs and cultures were sent, and {pt.he} was given [[acetaminophen]] [[1 g]].",
               "{pt.He} received [[ondansetron]] [[4 mg]] IV and a liter of fluids.",
               "Pain was treated with [[morphine]] [[4 mg]] IV with relief."])
    sp(n)
    one(n, c, ["On reassessment at {t4} {pt.he} was more comfortable.", "Reassessed at {t4}: vitals improved, BP {bp}.",
               "{pt.He} remained stable during the ED stay."])
    if c.scen["key"] == "mvc":
        sp(n)
        one(n, c, ["Per the {county} deputy on scene, the other vehicle (plate {plate}) left the scene.",
                   "{pt.His} pickup, VIN {vin}, was towed to a lot on {road}.",
                   "The police report number is {case}; the other driver's plate was recorded as {plate}."])
    elif c.chance(0.2):
        sp(n)
        n.f("{pt.His} wallet contained a state ID, number {dl}, which was used to register {pt.him}.")
    para(n)
    one(n, c, ["{pt.His} {fam2.rel} {fam2.first} arrived at {t2} and provided additional history, including a recent visit to {ohosp.short} on {prior:pn}.",
               "{pt.His} {fam1.rel} {fam1.first} was updated by phone at {ph2} at {t4}.",
               "{pt.He} asked that we call {pt.his} friend {friend.full}, who has {pt.his} dog."])
    para(n)
    one(n, c, ["Disposition: admitted to the hospitalist service under {att.dr}.",
               "Disposition: admit to {spec}, {cons.dr} accepting.",
               "Disposition: observation, {att.dr}."])
    n.f(" Care discussed with {res.dr}, resident.")
    sign(n, c, "ed")


def st_dictated_letter(n, c):
    n.f(c.pick(["[Dictated but not read]\n\n", "", "DICTATED LETTER\n\n"]))
    n.f("{today:long}\n\nRE: {pt.full}\nDOB: {dob:struct}\n\n")
    kind = c.pick(["school"] if c.agecls == "peds" else ["work", "dmv", "utility", "pcp"])
    if kind == "pcp":
        n.f("Dear Dr. {pcp.last},\n\nI am writing to update you on our mutual patient, {pt.mr}, who was discharged from {hosp.short} on {dis:full}. ")
        n.f("As you know, {pt.he} is a {age}-year-old {pt.man} with {pmh}. ")
        scen_some(n, c, "course", c.pick([2, 3]))
        para(n)
        scen_some(n, c, "plan", 2)
        sp(n)
        one(n, c, ["{pt.His} {fam1.rel} {fam1.first} has been very involved and can be reached at {ph2}.",
                   "{pt.He} [[will|is going to]] need labs within {fu_int}."])
    else:
        if "may" in n.ptoks:
            n.t("Dear Sir or Madam:\n\n")
        else:
            n.f("To Whom It [[May]] Concern:\n\n")
        if kind == "work":
            n.f("{pt.mr} has been under my care at {clinic} since {yr}. {pt.He} was hospitalized at {hosp} from {adm:full} through {dis:full} for {dxs} and is unable to return to {pt.his} job at {employer} until {fu:full}. ")
            n.f("When {pt.he} returns, {pt.he} should avoid lifting more than [[20 pounds]] for {dur_w}. ")
            n.f("{pt.He} [[may|might]] need to leave early for appointments at {clinic2} during this time.")
        elif kind == "dmv":
            n.f("I am writing at the request of {pt.mr} regarding {pt.his} fitness to drive. {pt.His} driver's license number is {dl}. ")
            n.f("Following {pt.his} recent {dxs}, I recommend that {pt.he} not drive for {dur_m}, after which {pt.he} [[may|can]] be re-evaluated in my office. ")
            n.f("{pt.His} {fam1.rel} {fam1.first} has agreed to drive {pt.him} in the meantime.")
        elif kind == "utility":
            n.f("{pt.mr}, who lives at {addr}, {city}, {stab} {zip}, is a patient of mine with {dxs} and uses home oxygen. ")
            n.f("Loss of electrical service would be dangerous to {pt.his} health. Please place a medical hold on account {util} with {util_co}. ")
            n.f("{pt.He} also relies on a powered hospital bed and a nebulizer.")
        else:
            n.f("Please excuse {pt.full} from school at {school} from {adm:full} through {fu:full}. {pt.He} was hospitalized for {dxs}. ")
            n.f("{pt.He} [[may|can]] return to class but should not take part in PE for {dur_w}. {pt.His} {fam1.rel}, {fam1.full}, can be reached at {ph2}. ")
            n.f("{pt.He} [[will|is going to]] need to use {pt.his} inhaler or take medicine at school; please let {pt.him} see the nurse as needed.")
    para(n)
    n.f("If you have questions, please contact my office at {cph}.\n\nSincerely,\n\n")
    n.f(c.pick(["{pcp.full}, {pcp.cred}\n{clinic}\n{addr2}, {city2}, {stab} {zip2}\nNPI {npi}",
                "{pcp.full}, {pcp.cred}\n{clinic}\nLicense {lic}",
                "{pcp.drfull}\n{clinic}\nPhone {cph}  Fax {fax}"]))


STYLES = {
    # name: (function, peds_ok, prose, weight_per_250)
    "progress_note_prose": (st_progress, True, True, 18),
    "hpi_narrative": (st_hpi, True, True, 14),
    "discharge_hospital_course": (st_discharge_course, True, True, 16),
    "nursing_narrative": (st_nursing, True, True, 14),
    "social_history_narrative": (st_social, True, True, 10),
    "family_meeting_summary": (st_family_meeting, False, True, 12),
    "consult_letter": (st_consult_letter, True, True, 12),
    "phone_message": (st_phone_message, True, True, 14),
    "portal_message_patient": (st_portal_patient, False, True, 16),
    "portal_message_family": (st_portal_family, True, True, 14),
    "clinician_portal_reply": (st_clinician_reply, True, True, 12),
    "case_management_narrative": (st_case_mgmt, False, True, 12),
    "chaplain_narrative": (st_chaplain, False, True, 8),
    "social_work_narrative": (st_social_work, False, True, 10),
    "ed_course_narrative": (st_ed_course, True, True, 12),
    "dictated_letter": (st_dictated_letter, True, True, 6),
    "discharge_summary_structured": (st_dc_structured, True, False, 12),
    "admission_hp_structured": (st_hp_structured, True, False, 10),
    "referral_intake_form": (st_face_sheet, True, False, 10),
    "medication_reconciliation": (st_med_rec, True, False, 8),
    "procedure_note": (st_procedure, False, False, 10),
}


# ==========================================================================
# validation used while generating (mirrors check_set_l.py)
# ==========================================================================
def _bound_ok(text, s, e):
    if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
        return False
    if e < len(text) and (text[e].isalnum() or text[e] == "_"):
        return False
    return True


def leak_token(text, phi):
    spans = [(s, e) for s, e, _, _ in phi]

    def covered(a, b):
        return any(s <= a and b <= e for s, e in spans)
    targets = set()
    for s, e, ent, v in phi:
        targets.update(sig_toks(v))
        if len(v) >= 3:
            targets.add(v.lower())
    for t in sorted(targets):
        for m in re.finditer(r"(?<!\w)" + re.escape(t) + r"(?!\w)", text, re.I):
            if not covered(m.start(), m.end()):
                return t
    return None


def validate(n):
    text = n.text
    allsp = sorted([(s, e, "P") for s, e, _, _ in n.phi] + [(s, e, "K") for s, e, _ in n.keep])
    for (s1, e1, k1), (s2, e2, k2) in zip(allsp, allsp[1:]):
        if s2 < e1:
            raise ValueError("overlapping spans %r %r" % (text[s1:e1], text[s2:e2]))
    for s, e, ent, v in n.phi:
        if text[s:e] != v:
            raise ValueError("offset bug")
        if not _bound_ok(text, s, e):
            raise ValueError("PHI span not on word boundary: %r in %r" % (v, text[max(0, s - 20):e + 20]))
    for s, e, v in n.keep:
        if text[s:e] != v:
            raise ValueError("offset bug")
        if not _bound_ok(text, s, e):
            raise ValueError("keep span not on word boundary: %r in %r" % (v, text[max(0, s - 20):e + 20]))
    t = leak_token(text, n.phi)
    if t:
        raise Reject("PHI token %r appears outside a labeled span" % t)


# ==========================================================================
# driver
# ==========================================================================
def schedule(n, rng):
    names = list(STYLES)
    total = sum(STYLES[k][3] for k in names)
    counts = {k: int(round(STYLES[k][3] * n / total)) for k in names}
    diff = n - sum(counts.values())
    order = sorted(names, key=lambda k: -STYLES[k][3])
    i = 0
    while diff != 0:
        k = order[i % len(order)]
        if diff > 0:
            counts[k] += 1
            diff -= 1
        elif counts[k] > 0:
            counts[k] -= 1
            diff += 1
        i += 1
    seq = [k for k in names for _ in range(counts[k])]
    rng.shuffle(seq)
    return seq


STYLE_SCEN = {
    "family_meeting_summary": {"hospice", "dementia", "stroke", "hipfx", "chf", "pna", "uti_delirium",
                               "gib", "parkinson", "gbs", "aki"},
    "chaplain_narrative": {"hospice", "dementia", "stroke", "hipfx", "chf", "pna", "uti_delirium", "gib",
                           "parkinson", "gbs", "copd", "afib", "mvc", "etoh", "dka", "aki"},
}


def build_note(rng, style):
    func, peds_ok, prose, _w = STYLES[style]
    scens = [s for s in SCENARIOS if peds_ok or not s.get("peds")]
    if style in STYLE_SCEN:
        scens = [s for s in scens if s["key"] in STYLE_SCEN[style]]
    scen = rng.choice(scens)
    c = Cast(rng, scen, style)
    finish_cast(c)
    n = Note(c)
    func(n, c)
    validate(n)
    return n, c


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=131)
    ap.add_argument("--out", default="set_l.jsonl")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    seq = schedule(a.n, rng)
    rejects = {}
    lines, side = [], []
    for i, style in enumerate(seq, 1):
        for attempt in range(1000):
            try:
                n, c = build_note(rng, style)
                break
            except Reject as e:
                key = str(e).split(":")[0].split(" %")[0]
                key = re.sub(r"'.*?'", "'...'", key)
                rejects[key] = rejects.get(key, 0) + 1
        else:
            raise SystemExit("could not build note %d (%s)" % (i, style))
        nid, pid = "L%04d" % i, "LP%04d" % i
        rec = {"note_id": nid, "patient_id": pid, "template": style, "text": n.text,
               "phi": [{"start": s, "end": e, "entity": ent, "category": ENTITY_CATEGORY[ent]}
                       for s, e, ent, v in n.phi],
               "keep": [{"start": s, "end": e} for s, e, v in n.keep]}
        lines.append(json.dumps(rec, ensure_ascii=False))
        side.append(json.dumps({"note_id": nid,
                                "phi": [{"start": s, "end": e, "entity": ent, "value": v} for s, e, ent, v in n.phi],
                                "keep": [{"start": s, "end": e, "value": v} for s, e, v in n.keep]},
                               ensure_ascii=False))
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(a.out + ".spans.jsonl", "w", encoding="utf-8") as fh:
        fh.write("\n".join(side) + "\n")
    if not a.quiet:
        print("wrote %d notes to %s (+ %s.spans.jsonl)" % (len(lines), a.out, a.out))
        print("rebuilt notes (rejection reasons): %s" % json.dumps(rejects, sort_keys=True))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Independent synthetic de-identification evaluation set "N".

Generates labeled synthetic clinical / administrative documents in styles that
are deliberately unusual (RT vent narratives, device-clinic interrogations,
donor reaction reports, hearing-aid fittings, birth plans, sign-out e-mails,
family complaint letters, adult-day notes, group-home med logs, infusion
delivery tickets, placard forms, 504 letters, treatment-court letters, funeral
worksheets, course timelines, SMS logs, attorney letters, bilingual notes,
NEMT trip tickets, DMV medical forms, FMLA forms, ethics minutes, belongings
inventories, cardiac-rehab logs, release-of-information logs).

Every PHI mention is recorded with exact character offsets as the text is
built piece by piece.  "keep" spans mark clinical content that must survive.

Usage:  python3 make_set_n.py --n 250 --seed 151 --out set_n.jsonl
All people, places, facilities and numbers are invented.
"""
import argparse
import datetime as dt
import json
import random
import re
import unicodedata

# ---------------------------------------------------------------- entities
PER = 'PERSON'
MRN = 'MEDICAL_RECORD_NUMBER'
ACC = 'ACCOUNT_NUMBER'
IDN = 'ID_NUMBER'
HPN = 'HEALTH_PLAN_NUMBER'
SSN = 'US_SSN'
LIC = 'LICENSE_NUMBER'
DEV = 'DEVICE_ID'
VEH = 'VEHICLE_ID'
DAT = 'DATE'
AGE = 'AGE_90_PLUS'
LOC = 'LOCATION'
STR = 'STREET_ADDRESS'
ZIP = 'ZIP_CODE'
FAC = 'FACILITY'
PHN = 'PHONE_NUMBER'
EML = 'EMAIL_ADDRESS'
URL = 'URL'
IPA = 'IP_ADDRESS'
K = 'KEEP'

CATEGORY = {PER: 'NAME', MRN: 'ID', ACC: 'ID', IDN: 'ID', HPN: 'ID', SSN: 'ID',
            LIC: 'ID', DEV: 'ID', VEH: 'ID', DAT: 'DATE', AGE: 'AGE',
            LOC: 'LOCATION', STR: 'LOCATION', ZIP: 'LOCATION', FAC: 'LOCATION',
            PHN: 'CONTACT', EML: 'CONTACT', URL: 'CONTACT', IPA: 'CONTACT'}

R = random.Random(0)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- document
class Doc:
    """Text builder that records span offsets while appending."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.phi = []
        self.keep = []

    def add(self, *segs):
        for s in segs:
            if s is None or s == '':
                continue
            if isinstance(s, str):
                self.parts.append(s)
                self.n += len(s)
            elif isinstance(s, list):
                self.add(*s)
            elif isinstance(s, tuple):
                ent, txt = s
                if not txt:
                    continue
                st = self.n
                self.parts.append(txt)
                self.n += len(txt)
                if ent == K:
                    self.keep.append((st, self.n, txt))
                else:
                    self.phi.append((st, self.n, ent, txt))
            else:
                raise TypeError(repr(s))
        return self

    def ln(self, *segs):
        self.add(*segs)
        self.add('\n')
        return self

    def text(self):
        return ''.join(self.parts)


def up(x):
    if isinstance(x, str):
        return x.upper()
    if isinstance(x, tuple):
        return (x[0], x[1].upper())
    if isinstance(x, list):
        return [up(i) for i in x]
    return x


def lo(x):
    if isinstance(x, str):
        return x.lower()
    if isinstance(x, tuple):
        return (x[0], x[1].lower())
    if isinstance(x, list):
        return [lo(i) for i in x]
    return x


def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(ch for ch in s if not unicodedata.combining(ch))


# ---------------------------------------------------------------- name pools
# (family-name lists, given-name lists; all hand-assembled for this set)
CULTURES = {
    'igbo': (['Ngozi', 'Chiamaka', 'Obiageli', 'Adaeze', 'Nkechi', 'Uchenna', 'Chinwe', 'Ifeoma'],
             ['Chukwuemeka', 'Ifeanyi', 'Obinna', 'Nnamdi', 'Ikenna', 'Chidi', 'Emeka', 'Kelechi'],
             ['Okonkwo', 'Nwosu', 'Eze', 'Okafor', 'Anyanwu', 'Obi-Nwachukwu', 'Nwankwo', 'Uzoma',
              'Ibekwe', 'Onyekachi']),
    'tamil': (['Meenakshi', 'Lakshmi', 'Kavitha', 'Saranya', 'Thenmozhi', 'Vasanthi', 'Revathi'],
              ['Karthik', 'Senthil', 'Arul', 'Murugan', 'Balaji', 'Sivakumar', 'Ganesan',
               'Thirunavukkarasu'],
              ['Ramasamy', 'Subramanian', 'Pillai', 'Natarajan', 'Krishnamurthy', 'Velayutham',
               'Annamalai', 'Shanmugam']),
    'hmong': (['Pa Nhia', 'Mai Yer', 'Chue', 'Kia', 'Nou', 'Youa', 'Mai Tong'],
              ['Tou', 'Xue', 'Fue', 'Cheng', 'Neng', 'Pao', 'Kou', 'Yia'],
              ['Vang', 'Xiong', 'Yang', 'Lor', 'Thao', 'Moua', 'Her', 'Vue', 'Khang']),
    'somali': (['Hodan', 'Faadumo', 'Ayaan', 'Sahra', 'Hibo', 'Ubah', 'Filsan', 'Nasteho'],
               ['Abdirahman', 'Mohamed', 'Abdiwali', 'Liban', 'Guled', 'Mahad', 'Yusuf', 'Bashir'],
               ['Warsame', 'Abdi', 'Farah', 'Hirsi', 'Jama', 'Mohamud', 'Egal', 'Dualeh', 'Nur',
                'Samatar']),
    'ukr': (['Oksana', 'Halyna', 'Nadiia', 'Svitlana', 'Iryna', 'Olena', 'Liudmyla', 'Yaryna'],
            ['Bohdan', 'Mykola', 'Taras', 'Yurii', 'Petro', 'Oleksandr', 'Vasyl', 'Andrii'],
            ['Kovalenko', 'Shevchuk', 'Bondarenko', 'Tkachuk', 'Hrytsenko', 'Melnyk', 'Savchuk',
             'Lysenko', 'Kravets', 'Dovhaniuk']),
    'navajo': (['Darlene', 'Loretta', 'Shandiin', 'Nizhoni', 'Marlene', 'Sheena', 'Ruby'],
               ['Ahiga', 'Delbert', 'Leroy', 'Kee', 'Harrison', 'Ervin', 'Wilson'],
               ['Begay', 'Tsosie', 'Yazzie', 'Benally', 'Nez', 'Tsinajinnie', 'Etsitty', 'Bitsui',
                'Manygoats', 'Yellowhair']),
    'samoan': (['Malia', 'Sina', 'Losa', 'Fetu', 'Tausala', 'Mele'],
               ['Sefa', 'Tavita', 'Ioane', 'Siaosi', 'Tui', "Fa'amoe"],
               ['Faleolo', 'Tuiasosopo', 'Leiataua', 'Sapolu', 'Fuimaono', 'Tago', 'Aumua',
                'Lauvao', 'Seiuli', 'Pouono']),
    'viet': (['Lan', 'Thuy', 'Huong', 'Mai', 'Ngoc Anh', 'Phuong', 'Hanh', 'Linh'],
             ['Minh', 'Duc', 'Bao', 'Tuan', 'Quang', 'Hieu', 'Khoa', 'Long'],
             ['Nguyen', 'Tran', 'Pham', 'Le', 'Hoang', 'Vu', 'Dang', 'Bui', 'Huynh']),
    'arab': (['Rania', 'Noor', 'Layla', 'Huda', 'Samira', 'Fatima', 'Dalia', 'Reem'],
             ['Yousef', 'Khalid', 'Omar', 'Tariq', 'Bassam', 'Ziad', 'Hamza', 'Nabil'],
             ['Al-Masri', 'Haddad', 'El-Sayed', 'Abu Hamdan', 'Nasrallah', 'Khoury', 'Al-Rubaie',
              'Darwish', 'Qasem', 'Bou Karam']),
    'irish': (['Siobhan', 'Niamh', 'Aoife', 'Grainne', 'Mairead', 'Orla', 'Brid', 'Saoirse'],
              ['Padraig', 'Eoin', 'Cathal', 'Donal', 'Fergal', 'Ciaran', 'Diarmuid', 'Seamus'],
              ["O'Sullivan", 'McGillicuddy', 'Fitzgerald', 'Donnelly', 'Kilbane', "O'Dowd",
               'Mulcahy', 'Cassidy', 'MacNamara', 'Ó Briain']),
    'jewish': (['Shoshana', 'Rivka', 'Miriam', 'Devorah', 'Esther', 'Yael', 'Chana', 'Tova'],
               ['Mordechai', 'Avraham', 'Shmuel', 'Yitzhak', 'Moishe', 'Eliezer', 'Zev', 'Hershel'],
               ['Feldstein', 'Rosenbaum', 'Katzenberg', 'Hirschfeld', 'Abramowitz', 'Lipschitz',
                'Grossman', 'Weinreb', 'Zuckerman', 'Blumenthal']),
    'hisp': (['Guadalupe', 'Xóchitl', 'Itzel', 'Marisol', 'Yesenia', 'Rosario', 'Dulce', 'Araceli',
              'Concepción'],
             ['Rigoberto', 'Jesús', 'Eleuterio', 'Fulgencio', 'Heriberto', 'Ramiro', 'Osvaldo',
              'Ignacio'],
             ['Ríos', 'de la Cruz', 'Villanueva-Ortiz', 'Céspedes', 'Ibarra', 'Zúñiga', 'Peña',
              'Del Toro', 'Arreola', 'Montes de Oca']),
    'wordy': (['Joy', 'Faith', 'Summer', 'Destiny', 'Precious', 'Honor', 'Autumn', 'Charity',
               'Blessing', 'Star'],
              ['Hunter', 'Major', 'Royal', 'Rusty', 'Chance', 'Deacon', 'Ace', 'Justice'],
              ['Rich', 'Best', 'Young', 'King', 'Love', 'Hope', 'Moon', 'Stone', 'Bird', 'Fox',
               'Sweet', 'Golden', 'Small', 'Strong', 'Wise', 'Frost', 'Church']),
    'plain': (['Darla', 'Wanda', 'Bobbie Jo', 'Tammy', 'Ruthanne', 'Opal', 'Maxine', 'Lurleen',
               'Verna'],
              ['Harold', 'Clyde', 'Earl', 'Dwayne', 'Virgil', 'Otis', 'Floyd', 'Cletus', 'Darnell'],
              ['van der Berg', 'St. John', 'von Ahn', 'Da Silva', 'LaRue', 'Pickett', 'Haskins',
               'Dunaway', 'Whitlock', 'Bledsoe']),
}
CULT_NAMES = list(CULTURES)
NICKS = ['Bud', 'Tiny', 'Sissy', 'Peaches', 'Boots', 'Red', 'Skip', 'Bubba', 'Sonny', 'Dee',
         'Bunny', 'Lefty', 'Mimi', 'Gogo', 'Pops', 'Nana Jo', 'Cookie', 'Junebug']
# clinician surnames that collide with eponyms used in keep spans
EPONYM_SURNAMES = ['Foley', 'Graves', 'Bell', 'Addison', 'Wells', 'Bishop', 'Hunter', 'Parkinson',
                   'Babinski']


class Person:
    def __init__(self, first, last, middle='', nick='', sex='F', cult='plain'):
        self.first, self.last, self.middle, self.nick = first, last, middle, nick
        self.sex, self.cult = sex, cult
        self.famfirst = (cult == 'viet' and chance(0.5))

    def full(self):
        if self.famfirst:
            return ' '.join(x for x in (self.last, self.middle, self.first) if x)
        return ' '.join(x for x in (self.first, self.middle, self.last) if x)

    def fl(self):
        return f'{self.first} {self.last}'

    def lf(self):
        mi = f' {self.middle[0]}.' if self.middle else ''
        return f'{self.last}, {self.first}{mi}'

    def fi(self):
        return f'{self.first[0]}. {self.last}'

    def initials(self, dots=False):
        a = self.first[0].upper()
        core = self.last.split()[-1] if self.last.split()[0].lower() in ('van', 'von', 'de', 'da', 'st.', 'del', 'montes') else self.last
        b = core[0].upper()
        return f'{a}.{b}.' if dots else f'{a}{b}'

    def title(self, spanish=False):
        if spanish:
            return 'Sra.' if self.sex == 'F' else 'Sr.'
        if self.sex == 'F':
            return pick(['Ms.', 'Mrs.', 'Ms.'])
        return 'Mr.'

    @property
    def she(self):
        return 'she' if self.sex == 'F' else 'he'

    @property
    def her(self):
        return 'her' if self.sex == 'F' else 'his'

    @property
    def her_obj(self):
        return 'her' if self.sex == 'F' else 'him'


ALL_TOKENS = set()


def make_person(cult=None, sex=None, last=None, allow_nick=True):
    cult = cult or pick(CULT_NAMES)
    sex = sex or pick('FM')
    f, m, s = CULTURES[cult]
    first = pick(f if sex == 'F' else m)
    if last is None:
        last = pick(s)
        if cult == 'hisp' and chance(0.3):
            l2 = pick(s)
            if l2 != last and '-' not in last and '-' not in l2:
                last = f'{last} {l2}'
        elif chance(0.08):
            other = pick(CULTURES[pick(CULT_NAMES)][2])
            if ' ' not in other and ' ' not in last and '-' not in other + last and other != last:
                last = f'{last}-{other}'
    middle = ''
    if cult == 'viet':
        middle = pick(['Thi', 'Ngoc', 'Thu']) if sex == 'F' else pick(['Van', 'Huu', 'Quoc'])
    elif cult in ('plain', 'wordy', 'irish', 'navajo') and chance(0.45):
        pool = CULTURES[pick(['plain', 'wordy', 'irish'])]
        middle = pick(pool[0] if sex == 'F' else pool[1])
        if middle == first or ' ' in middle:
            middle = ''
    elif cult == 'hisp' and chance(0.3):
        middle = pick(['María', 'José', 'Luz', 'del Carmen'] if sex == 'F' else ['José', 'Luis', 'Ángel'])
    nick = pick(NICKS) if allow_nick and chance(0.22) else ''
    p = Person(first, last, middle, nick, sex, cult)
    for tok in (first, last, middle, nick):
        for w in re.split(r"[\s\-]+", tok):
            if len(w) >= 3:
                ALL_TOKENS.add(w)
    return p


# ---------------------------------------------------------------- places
WORD_TOWNS = ['Hope', 'Friendship', 'Liberty', 'Eden', 'Enterprise', 'Welcome', 'Harmony',
              'Paradise', 'Bliss', 'Normal', 'Commerce', 'Unity', 'Comfort', 'Defiance', 'Advance',
              'Fairplay', 'Bountiful', 'Prosperity']
MADE_TOWNS = ['Marrowfield', 'Quillby', 'Sayles Crossing', 'Tamsett', 'Okonee Falls',
              'North Brannock', 'Kettle Bend', 'Port Aubrey', 'Gristmill', 'Lower Penwick',
              'Hatchers Ford', 'Cobb Mills', 'Vashti', 'Drennan', 'Wyckoff Station', 'Ottersburg',
              'Ashgrove Hollow', 'Tallow Creek', 'Bitter Springs', 'New Odessa', 'St. Aldric',
              'Lukachai Wash']
TOWNS = WORD_TOWNS + MADE_TOWNS
HOODS = ['Ferry Hill', 'Dutchtown', 'East Kettle', 'Gallows Hill', 'Tinkertown', 'Little Odessa',
         'Mill Row', 'the Flats']
COUNTIES = ['Brannock County', 'Sayles County', 'Okonee County', 'Pell County', 'Ransom Parish',
            'Tallow County']
STATES = ['ME', 'AR', 'TX', 'MN', 'OH', 'NM', 'AZ', 'IN', 'KY', 'WV', 'GA', 'OR', 'PA', 'NC',
          'Minn.', 'Ohio', 'Maine', 'Ark.']
BIRTHPLACES = ['Mogadishu', 'Kherson', 'Enugu', 'Madurai', 'Long Cheng', 'Apia', 'Hue',
               'Irbid', 'Ennis', 'Guanajuato']  # foreign cities (cities are PHI)
STREETS = ['Quarry', 'Tamarack', 'Persimmon', 'Old Mill', 'Depot', 'Kenyon', 'Garnet', 'Ironwood',
           'Spruce', 'Ferry', 'Larkspur', 'Cistern', 'Bellwether', 'Fiddler', 'Shady Grove',
           'Railroad', 'Schoolhouse', 'Tenmile', 'Wicker', 'Pumphouse']
SUFFIX = ['Rd', 'St', 'Ln', 'Ct', 'Ave', 'Pike', 'Blvd', 'Dr', 'Way', 'Trl', 'Road', 'Street']
UNITS = ['Apt 3B', 'Apt. 12', 'Unit 2', '#212', 'Bldg C Apt 6', 'Lot 14', 'Trlr 9', 'Fl 2',
         'Apt 1R', 'Rm 4']

HOSP = ["St. Vincent's", 'Mercy', 'Holy Rood Medical Center', 'Quillby Memorial Hospital',
        'Brannock Regional', 'Sayles General', 'Kettle Bend Community Hospital',
        'Port Aubrey Medical Center', 'Our Lady of Sorrows Hospital', 'Ottersburg Baptist',
        'Togus VA', 'VA in Togus']
CLINIC = ['Marrowfield Family Practice', 'Eden Valley Clinic', 'Hatchers Ford Rural Health Clinic',
          'Tallow Creek FQHC', 'Gristmill Pediatrics', 'Cobb Mills Medical Associates',
          'Drennan Women\'s Health', 'Okonee Falls Indian Health Center', 'Bitter Springs Health Station']
CARD_CLINIC = ['Lower Penwick Heart & Vascular', 'Quillby Memorial Device Clinic',
               'Brannock Heart Rhythm Associates', 'Sayles Cardiology']
NURSING = ['Pine Hollow Nursing & Rehab', 'The Willows at Tamsett', 'Good Shepherd Manor',
           'Lakeview Terrace', 'Vashti Care Center', 'Bellwether Assisted Living']
PHARM = ['Cobb Mills Drug', 'Hatchers Ford Pharmacy', 'Rx Depot on 5th', 'Farmacia San Judas',
         'Kettle Bend Apothecary', 'Quillby Discount Drug']
SCHOOLS = ['Eden Consolidated Middle School', 'Liberty Elementary', 'Quillby High School',
           'Tamsett Community College', "St. Brendan's Academy", 'Okonee Falls Junior High',
           'Harmony Valley Elementary']
EMPLOYERS = ['Tamsett Box & Crate', 'Lakeshore Poultry', 'Okonee Falls Casino', 'Drennan Auto Salvage',
             'Hometown Grocers', 'Port Aubrey Shipyard', 'Kettle Bend School District',
             'Gristmill Lumber', 'Bellwether Call Center', 'Marrowfield Dairy Co-op']
CHURCHES = ['Mt. Zion AME', "St. Brendan's", 'Grace Fellowship', 'Beth Shalom',
            'Iglesia Nueva Vida', 'Holy Trinity Ukrainian Catholic', 'Masjid Al-Noor',
            'First Samoan Congregational', 'Hmong Alliance Church', "St. Volodymyr's"]
SHELTERS = ['Harbor Light shelter', 'Safe Haven House', 'Pell Street Rescue Mission']
BUSINESSES = ['Dollar Barn', 'Kwik Fill', 'Lucky Star Laundromat', 'Bingo Palace', 'Tastee Freez',
              'Rusty Anchor Tavern']
ADC = ['Sunbeam Adult Day Center', 'Golden Years Day Program', 'Kettle Bend Senior Day Services',
       'Tallow Creek Adult Day Health']
GROUPHOMES = ['Maple House', 'Cedar Ridge Group Home', 'Larkspur Residence', 'Fiddler Lane IRA']
FUNERAL = ['Hargrove & Sons Funeral Home', 'Peaceful Rest Mortuary', 'Tsosie Family Funeral Chapel',
           'Oduya-Lindqvist Funeral Service', 'Kilbane Brothers Mortuary']
CEMETERY = ['Mount Olivet Cemetery', 'Sayles Crossing Municipal Cemetery', 'Beth Shalom Memorial Park',
            'Holy Cross Cemetery', 'Cedar Knoll Burial Ground']
LAWFIRMS = ['Tiller & Oduya LLP', 'Brannock Legal Aid', 'Mulcahy Injury Law',
            'Rosenbaum, Feld & Kwan PC', 'Sapolu Law Group']
COURTS = ['Brannock County Circuit Court', 'Sayles County Treatment Court',
          'Okonee County District Court']
TXPROG = ['New Leaf Recovery Services', 'Harbor Point IOP', 'Ridgeview Behavioral Health',
          'Tallow Creek Counseling Center']
BLOOD = ['Tri-County Blood Services', 'Heartland Blood Alliance']
INFUSION = ['Keystone Home Infusion', 'Riverbend Infusion Pharmacy']
NEMT = ['RideWell Transport', 'Tallow Creek Medical Rides', 'A-1 Ambulette']
HEARING = ['ClearSound Hearing Center', 'Kettle Bend Audiology', 'Sayles Ear & Hearing']
BIRTHCTR = ['Willow Birth Center', 'Tamsett Family Birthing Suites', 'Riverstone Birth House']
DIALYSIS = ['Eden Valley Dialysis', 'Quillby Kidney Center']
NEWSPAPERS = ['Kettle Bend Courier', 'Sayles County Ledger', 'Quillby Gazette']

FACILITY_STRINGS = set(HOSP + CLINIC + CARD_CLINIC + NURSING + PHARM + SCHOOLS + EMPLOYERS + CHURCHES
                       + SHELTERS + BUSINESSES + ADC + GROUPHOMES + FUNERAL + CEMETERY + LAWFIRMS
                       + COURTS + TXPROG + BLOOD + INFUSION + NEMT + HEARING + BIRTHCTR + DIALYSIS
                       + NEWSPAPERS)
PLACE_STRINGS = set(TOWNS + [h.replace('the ', '') for h in HOODS] + COUNTIES + BIRTHPLACES)

BIRTH_BY_CULT = {'somali': ('Mogadishu', 'Somalia'), 'ukr': ('Kherson', 'Ukraine'), 'igbo': ('Enugu', 'Nigeria'),
                 'tamil': ('Madurai', 'India'), 'hmong': ('Long Cheng', 'Laos'), 'samoan': ('Apia', 'Samoa'),
                 'viet': ('Hue', 'Vietnam'), 'arab': ('Irbid', 'Jordan'), 'irish': ('Ennis', 'Ireland'),
                 'hisp': ('Guanajuato', 'Mexico'), 'jewish': ('Kherson', 'Ukraine')}
EMAIL_DOMAINS = ['maildrop.net', 'ruralnet.org', 'kettlemail.com', 'fastpost.co', 'inboxly.us',
                 'prairiewave.net', 'hillside-isp.com']

# ---------------------------------------------------------------- dates
MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
       'October', 'November', 'December']
MONA = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
       'octubre', 'noviembre', 'diciembre']
WD = ['Mon', 'Tues', 'Wed', 'Thurs', 'Fri', 'Sat', 'Sun']
WDL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def ordn(n):
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return f'{n}{suf}'


DSTYLES = ['mdy', 'mmddyyyy', 'mdyy', 'md', 'long', 'longord', 'abbr', 'dmon', 'iso', 'milit',
           'dots', 'ordof', 'dmy', 'dash', 'abbry', 'abbrdot']
FULLSTYLES = ['mdy', 'mmddyyyy', 'mdyy', 'long', 'iso', 'milit', 'dots', 'dmy', 'dash', 'abbrdot',
              'compact', 'dmonyyyy']


def fdate(d, st):
    m, dd, y = d.month, d.day, d.year
    if st == 'mdy':
        return f'{m}/{dd}/{y}'
    if st == 'mmddyyyy':
        return f'{m:02d}/{dd:02d}/{y}'
    if st == 'mdyy':
        return f'{m}/{dd}/{y % 100:02d}'
    if st == 'md':
        return f'{m}/{dd}'
    if st == 'mmdd':
        return f'{m:02d}/{dd:02d}'
    if st == 'long':
        return f'{MON[m - 1]} {dd}, {y}'
    if st == 'longord':
        return f'{MON[m - 1]} {ordn(dd)}'
    if st == 'abbr':
        return f'{MONA[m - 1]} {dd}'
    if st == 'dmon':
        return f'{dd}-{MONA[m - 1]}'
    if st == 'dmonyyyy':
        return f'{dd:02d}-{MONA[m - 1]}-{y}'
    if st == 'iso':
        return f'{y}-{m:02d}-{dd:02d}'
    if st == 'milit':
        return f'{dd:02d}{MONA[m - 1].upper()}{y % 100:02d}'
    if st == 'dots':
        return f'{m}.{dd}.{y % 100:02d}'
    if st == 'ordof':
        return f'{ordn(dd)} of {MON[m - 1]}'
    if st == 'dmy':
        return f'{dd} {MON[m - 1]} {y}'
    if st == 'dash':
        return f'{m:02d}-{dd:02d}-{y}'
    if st == 'abbry':
        return f"{MONA[m - 1]} {dd} '{y % 100:02d}"
    if st == 'abbrdot':
        ab = 'Sept' if m == 9 else MONA[m - 1]
        return f'{ab}. {dd}, {y}' if m != 5 else f'May {dd}, {y}'
    if st == 'compact':
        return f'{y}{m:02d}{dd:02d}'
    if st == 'mon_y':
        return f'{MON[m - 1]} {y}'
    if st == 'mony_short':
        return f'{m:02d}/{y}'
    if st == 'es_dmy':
        return f'{dd:02d}/{m:02d}/{y}'
    if st == 'es_long':
        return f'{dd} de {MES[m - 1]} de {y}'
    if st == 'es_short':
        return f'{dd} de {MES[m - 1]}'
    if st == 'ord':
        return ordn(dd)
    if st == 'ymd_slash':
        return f'{y}/{m:02d}/{dd:02d}'
    if st == 'mdy_time':
        return f'{m:02d}/{dd:02d}/{y % 100:02d}'
    raise ValueError(st)


def D(d, st=None):
    return (DAT, fdate(d, st or pick(DSTYLES)))


def DF(d):
    """a full date (with year)"""
    return (DAT, fdate(d, pick(FULLSTYLES)))


def DW(d, st='md'):
    return [pick([WD[d.weekday()], WDL[d.weekday()]]) + ' ', D(d, st)]


def days(n):
    return dt.timedelta(days=n)


# ---------------------------------------------------------------- numbers
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
        'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen',
        'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('' if n % 10 == 0 else '-' + ONES[n % 10])
    rest = n - 100
    if rest == 0:
        return 'one hundred'
    return 'one hundred ' + pick(['', 'and ']) + words(rest)


def age_segs(age, keep=True):
    """age phrase; 90+ labeled AGE, under 90 optionally a keep span"""
    if age >= 90:
        w = words(age)
        forms = [
            [(AGE, str(age)), '-year-old'], [(AGE, str(age)), 'yo'], [(AGE, str(age)), ' y/o'],
            [(AGE, str(age)), ' y.o.'], [(AGE, w), '-year-old'], [(AGE, str(age)), ' year old'],
            [(AGE, str(age)), ' yr old'],
        ]
        return pick(forms)
    forms = [f'{age}-year-old', f'{age}yo', f'{age} y/o', f'{age} y.o.', f'{age} year old',
             f'{age} yr old']
    if age < 20 or chance(0.3):
        forms.append(f'{words(age)}-year-old')
    s = pick(forms)
    return [(K, s)] if keep else [s]


def age_num(age, keep=False):
    if age >= 90:
        return [(AGE, str(age))]
    return [(K, str(age))] if keep else [str(age)]


# ---------------------------------------------------------------- identifiers
def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def alnum(n):
    return ''.join(pick(ALNUM) for _ in range(n))


def make_mrn():
    return pick([lambda: '00' + digits(6), lambda: 'M' + digits(7), lambda: f'{digits(4)}-{digits(4)}-{digits(1)}',
                 lambda: 'KB' + digits(6), lambda: 'E' + digits(9), lambda: f'{digits(3)} {digits(3)} {digits(3)}',
                 lambda: 'Q' + digits(5) + '-' + digits(2)])()


def make_acct():
    return pick([lambda: digits(10), lambda: 'HAR ' + digits(8), lambda: 'V' + digits(9),
                 lambda: f'{digits(4)}-{digits(6)}', lambda: 'FIN' + digits(7)])()


def make_hpn():
    return pick([lambda: 'YHM' + digits(9), lambda: f'MCD {digits(7)} {digits(2)}', lambda: 'XJE' + digits(9),
                 lambda: 'W' + digits(9) + '01',
                 lambda: f'{R.randint(1, 9)}{pick("ACDEFGHJK")}{pick("ACDEFGHJK")}{R.randint(0, 9)}-{pick("ACDEFGHJK")}{pick("ACDEFGHJK")}{R.randint(0, 9)}-{pick("ACDEFGHJK")}{pick("ACDEFGHJK")}{digits(2)}',
                 lambda: f'{pick(["ZGP", "HLX", "QMA"])}{digits(6)}-{digits(2)}'])()


def make_ssn():
    return f'{R.randint(101, 665):03d}-{R.randint(10, 99):02d}-{R.randint(1000, 9999):04d}'


def make_dl():
    return pick([lambda: f'D{digits(3)}-{digits(4)}-{digits(4)}', lambda: f'S{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}',
                 lambda: f'K{digits(4)} {digits(5)}', lambda: f'{digits(3)} {digits(3)} {digits(3)}',
                 lambda: f'{pick("ABCDEFGH")}{digits(8)}', lambda: digits(8)])()


def make_plate():
    return pick([lambda: f'{R.randint(1, 9)}{alnum(3)}{digits(3)}', lambda: f'{alnum(3)}-{digits(4)}',
                 lambda: f'{alnum(2)} {digits(4)}', lambda: f'DIS {digits(4)}', lambda: f'{digits(2)}-{alnum(1)}{digits(3)}'])()


def make_vin():
    chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
    return ''.join(pick(chars) for _ in range(17))


def make_serial(kind='gen'):
    if kind == 'pm':
        return pick([lambda: f'PJN{digits(6)}S', lambda: f'RNA {digits(6)} H', lambda: f'{digits(7)}',
                     lambda: f'BXT{digits(6)}', lambda: f'SN-{alnum(2)}{digits(6)}'])()
    if kind == 'lead':
        return pick([lambda: f'BBL{digits(6)}V', lambda: f'LFJ{digits(6)}', lambda: f'PJN{digits(7)}',
                     lambda: f'{alnum(3)}{digits(5)}'])()
    if kind == 'ha':
        return pick([lambda: f'{digits(4)}K{digits(5)}', lambda: f'{digits(10)}', lambda: f'HA{digits(7)}',
                     lambda: f'{alnum(2)}-{digits(6)}'])()
    return pick([lambda: f'{digits(2)}-{digits(5)}', lambda: f'{alnum(2)}{digits(7)}',
                 lambda: f'{digits(4)}{alnum(1)}{digits(4)}', lambda: f'SN {alnum(3)}{digits(5)}'])()


def make_phone(style=None):
    a = R.randint(201, 989)
    e = R.randint(201, 989)
    n = R.randint(0, 9999)
    st = style or pick(['paren', 'dash', 'dot', 'space', 'plus', 'one', 'dash', 'paren'])
    if st == 'paren':
        return f'({a}) {e}-{n:04d}'
    if st == 'dash':
        return f'{a}-{e}-{n:04d}'
    if st == 'dot':
        return f'{a}.{e}.{n:04d}'
    if st == 'space':
        return f'{a} {e} {n:04d}'
    if st == 'plus':
        return f'+1 {a}-{e}-{n:04d}'
    if st == 'one':
        return f'1-{a}-{e}-{n:04d}'
    if st == 'raw':
        return f'{a}{e}{n:04d}'
    raise ValueError(st)


def with_ext(ph):
    return ph + pick([f' ext. {R.randint(100, 9999)}', f' x{R.randint(100, 9999)}', f' ext {R.randint(10, 999)}',
                      f', ext. {R.randint(100, 999)}', f' #{R.randint(1, 9)}'])


def make_email(p, work_domain=None):
    f = re.sub(r"[^a-z]", '', ascii_fold(p.first).lower())
    l = re.sub(r"[^a-z]", '', ascii_fold(p.last).lower())
    if work_domain:
        return pick([f'{f[0]}{l}@{work_domain}', f'{f}.{l}@{work_domain}', f'{l}.{f[0]}@{work_domain}'])
    dom = pick(EMAIL_DOMAINS)
    return pick([f'{f}.{l}{R.randint(1, 99)}@{dom}', f'{f[0]}{l}@{dom}', f'{l}_{f}@{dom}',
                 f'{f}{R.randint(1950, 2010)}@{dom}', f'{(p.nick or p.first).lower().replace(" ", "")}.{l}@{dom}'])


def make_ip():
    return pick([lambda: f'10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}',
                 lambda: f'{R.randint(24, 98)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}',
                 lambda: f'192.168.{R.randint(0, 20)}.{R.randint(2, 254)}'])()


def fac_domain(fac):
    w = re.sub(r"[^a-z]", '', ascii_fold(fac).lower())
    return w[:14] + pick(['.org', '.com', '-health.org', '.net'])


# ---------------------------------------------------------------- addresses
class Addr:
    def __init__(self):
        kind = R.choices(['street', 'unit', 'rr', 'pobox', 'hc', 'cty', 'half'], [5, 4, 1, 1, 1, 1, 1])[0]
        num = R.randint(2, 9899)
        name = f'{pick(STREETS)} {pick(SUFFIX)}'
        if chance(0.2):
            name = pick(['N. ', 'S. ', 'W. ', 'E. ', 'Old ']) + name
        if kind == 'street':
            self.street = f'{num} {name}'
        elif kind == 'unit':
            self.street = f'{num} {name} {pick(UNITS)}' if chance(0.6) else f'{num} {name}, {pick(UNITS)}'
        elif kind == 'rr':
            self.street = pick([f'Rural Route {R.randint(1, 9)} Box {R.randint(2, 300)}', f'RR {R.randint(1, 9)} Box {R.randint(2, 300)}A',
                                f'RR{R.randint(1, 9)}, Box {R.randint(2, 300)}'])
        elif kind == 'pobox':
            self.street = pick([f'PO Box {R.randint(10, 2999)}', f'P.O. Box {R.randint(10, 2999)}', f'P O Box {R.randint(10, 999)}'])
        elif kind == 'hc':
            self.street = f'HC {R.randint(10, 89)} Box {R.randint(1, 99)}'
        elif kind == 'cty':
            self.street = pick([f'N{R.randint(1000, 9999)} County Hwy {pick("KJMQ")}', f'{num} County Road {R.randint(1, 400)}',
                                f'{R.randint(10, 99999)} State Route {R.randint(1, 199)}'])
        else:
            self.street = f'{R.randint(2, 400)} 1/2 {name}'
        self.town = pick(TOWNS)
        self.state = pick(STATES)
        self.zip = f'{R.randint(1001, 99950):05d}' + (f'-{R.randint(1, 9999):04d}' if chance(0.2) else '')
        self.county = pick(COUNTIES)
        self.hood = pick(HOODS)

    def street_seg(self):
        return [(STR, self.street)]

    def city_seg(self, zipcode=True):
        out = [(LOC, self.town), ', ' + self.state]
        if zipcode:
            out += [pick([' ', '  ']), (ZIP, self.zip)]
        return out

    def one_line(self):
        return [(STR, self.street), ', ', (LOC, self.town), ', ' + self.state + ' ', (ZIP, self.zip)]


def hood_seg(h):
    if h.startswith('the '):
        return ['the ', (LOC, h[4:])]
    return [(LOC, h)]


# ---------------------------------------------------------------- clinicians
DOC_CREDS = ('MD', 'DO', 'AuD', 'PharmD', 'PhD', 'DDS')


class Clin(Person):
    pass


CLINS = {}


def make_clins():
    plan = {'MD': 34, 'DO': 6, 'NP': 8, 'PA-C': 4, 'RN': 24, 'LPN': 6, 'RRT': 8, 'CNM': 5, 'AuD': 4,
            'LCSW': 6, 'PharmD': 4, 'CCDS': 4, 'MS, CEP': 4, 'DSP': 10, 'CHT': 3}
    for cred, n in plan.items():
        CLINS[cred] = []
        for _ in range(n):
            p = make_person(allow_nick=False)
            if cred in ('MD', 'DO', 'RN') and chance(0.18):
                p.last = pick(EPONYM_SURNAMES)
                ALL_TOKENS.add(p.last)
            c = Clin(p.first, p.last, p.middle if chance(0.3) else '', '', p.sex, p.cult)
            c.famfirst = False
            c.cred = cred
            c.pager = pick([str(R.randint(1000, 9999)), f'{R.randint(100, 999)}-{R.randint(1000, 9999)}', digits(5)])
            c.ext = str(R.randint(1000, 9999))
            c.phone = make_phone()
            c.lic = pick([f'{cred.split(",")[0][:2].upper()}{digits(6)}', f'{digits(7)}', f'{pick("ABCDG")}-{digits(5)}',
                          f'{digits(2)}-{digits(6)}'])
            c.cell = make_phone()
            CLINS[cred].append(c)


def clin(cred):
    return pick(CLINS[cred])


def CL(c, form=None):
    isdoc = c.cred in DOC_CREDS
    forms = ['cred', 'fl', 'lf', 'credfull'] + (['dr', 'drl', 'dr', 'drfull'] if isdoc else [])
    form = form or pick(forms)
    if form in ('dr', 'drl', 'drfull') and not isdoc:
        form = 'cred'
    if form == 'dr':
        return [pick(['Dr. ', 'Dr ', 'Dr. ']), (PER, c.fl())]
    if form == 'drl':
        return [pick(['Dr. ', 'Dr ']), (PER, c.last)]
    if form == 'drfull':
        return ['Dr. ', (PER, c.full())]
    if form == 'cred':
        return [(PER, c.fl()), ', ' + c.cred]
    if form == 'credfull':
        return [(PER, c.full()), ' ' + c.cred]
    if form == 'fl':
        return [(PER, c.fl())]
    if form == 'lf':
        return [(PER, c.lf())]
    if form == 'fi':
        return [(PER, c.fi())]
    if form == 'ini':
        return [(PER, c.initials())]
    if form == 'last':
        return [(PER, c.last)]
    if form == 'first':
        return [(PER, c.first)]
    raise ValueError(form)


def N(p, form=None, spanish=False):
    forms = ['full', 'fl', 'lf', 'title', 'fi', 'fl', 'full']
    if p.nick:
        forms += ['nick', 'nick']
    form = form or pick(forms)
    if form == 'full':
        return [(PER, p.full())]
    if form == 'fl':
        return [(PER, p.fl())]
    if form == 'lf':
        return [(PER, p.lf())]
    if form == 'LF':
        return [(PER, p.lf().upper())]
    if form == 'title':
        return [p.title(spanish) + ' ', (PER, p.last)]
    if form == 'first':
        return [(PER, p.first)]
    if form == 'last':
        return [(PER, p.last)]
    if form == 'fi':
        return [(PER, p.fi())]
    if form == 'nick':
        if not p.nick:
            return [(PER, p.fl())]
        return pick([[(PER, p.first), ' "', (PER, p.nick), '" ', (PER, p.last)],
                     [(PER, p.first), ' (', (PER, p.nick), ') ', (PER, p.last)],
                     [(PER, p.fl()), ' ("', (PER, p.nick), '")']])
    if form == 'called':
        return [(PER, p.nick or p.first)]
    if form == 'ini':
        return [(PER, p.initials(dots=chance(0.5)))]
    raise ValueError(form)


# ---------------------------------------------------------------- patients
REL_F = ['daughter', 'wife', 'sister', 'niece', 'granddaughter', 'mother', 'daughter-in-law', 'aunt', 'grandmother']
REL_M = ['son', 'husband', 'brother', 'nephew', 'grandson', 'father', 'son-in-law', 'uncle']
REF_DATE = dt.date(2024, 6, 1)


class Patient:
    def __init__(self, pid, age, sex=None, cult=None):
        self.pid = pid
        self.person = make_person(cult, sex)
        p = self.person
        self.sex = p.sex
        self.dob = REF_DATE - days(int(age * 365.25) + R.randint(0, 360))
        self.mrn = make_mrn()
        self.acct = make_acct()
        self.hpn = make_hpn()
        self.ssn = make_ssn()
        self.dl = make_dl()
        self.plate = make_plate()
        self.phone = make_phone()
        self.cell = make_phone()
        self.email = make_email(p)
        self.addr = Addr()
        self.hosp = pick(HOSP)
        self.pharm = pick(PHARM)
        self.employer = pick(EMPLOYERS)
        self.church = pick(CHURCHES)
        self.nursing = pick(NURSING)
        self.pcp = clin(pick(['MD', 'DO', 'NP', 'MD']))
        if age < 18:
            self.clinic = pick(CLINIC + ['Gristmill Pediatrics'] * 3)
        else:
            self.clinic = pick([x for x in CLINIC if x != 'Gristmill Pediatrics'])
        self.rels = []
        if age < 18:
            roles = ['mother', 'father', 'sister', 'brother', 'grandmother', 'grandfather', 'aunt', 'uncle']
        elif age < 40:
            roles = ['mother', 'father', 'sister', 'brother', 'spouse', 'spouse', 'aunt', 'uncle']
        elif age < 70:
            roles = ['spouse', 'spouse', 'daughter', 'son', 'sister', 'brother', 'niece', 'nephew']
        else:
            roles = ['spouse', 'daughter', 'son', 'daughter', 'son', 'niece', 'nephew', 'granddaughter',
                     'grandson', 'daughter-in-law', 'son-in-law']
        used = set()
        for _ in range(R.randint(2, 4)):
            self.add_rel(pick(roles), used)
        self.friend = make_person(None, None)
        self.friend.rel = 'friend'
        self.friend.phone = make_phone()

    def add_rel(self, role, used=None):
        p = self.person
        if used is not None:
            if role in ('mother', 'father', 'spouse', 'grandmother', 'grandfather') and role in used:
                return None
            used.add(role)
        if role == 'spouse':
            rs = 'M' if p.sex == 'F' else 'F'
            if chance(0.08):
                rs = p.sex
            role = 'wife' if rs == 'F' else 'husband'
        else:
            rs = 'F' if role in REL_F + ['grandmother'] else 'M'
        same = role not in ('daughter-in-law', 'son-in-law', 'wife', 'husband', 'mother', 'grandmother', 'aunt') and chance(0.8)
        if role in ('wife', 'husband') and chance(0.6):
            same = True
        while True:
            rp = make_person(p.cult if chance(0.85) else None, rs, last=p.last if same else None)
            if rp.first != p.first and all(rp.first != r.first for r in self.rels):
                break
        rp.rel = role
        rp.phone = make_phone()
        rp.email = make_email(rp)
        rp.addr = Addr()
        self.rels.append(rp)
        return rp

    def age_at(self, d):
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    def rel(self, kinds=None):
        cands = [r for r in self.rels if kinds is None or r.rel in kinds]
        return pick(cands) if cands else pick(self.rels)

    def adult_rel(self, age):
        if age < 18:
            kinds = ['mother', 'father', 'aunt', 'uncle', 'grandmother']
        elif age < 40:
            kinds = ['wife', 'husband', 'mother', 'father', 'sister', 'brother']
        elif age < 70:
            kinds = ['wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'niece']
        else:
            kinds = ['daughter', 'son', 'niece', 'nephew', 'granddaughter', 'grandson', 'daughter-in-law', 'wife', 'husband']
        r = [x for x in self.rels if x.rel in kinds]
        if r:
            return pick(r)
        if age < 18:
            return self.add_rel(pick(['mother', 'father']), None)
        if age < 40:
            return self.add_rel(pick(['sister', 'brother']), None)
        return self.add_rel(pick(['daughter', 'son', 'niece', 'nephew']), None)

    def other_rel(self, age, not_this):
        kinds_all = [x for x in self.rels if x is not not_this and x.rel not in ('grandmother', 'grandfather')]
        if age < 18:
            kinds_all = [x for x in kinds_all if x.rel not in ('sister', 'brother')] or kinds_all
        if kinds_all:
            return pick(kinds_all)
        return self.add_rel(pick(['sister', 'brother'] if age < 70 else ['niece', 'nephew']), None)

    def next_bday(self, d):
        for y in (d.year, d.year + 1):
            try:
                b = self.dob.replace(year=y)
            except ValueError:
                b = dt.date(y, 3, 1)
            if b > d:
                return b

    def last_bday(self, d):
        for y in (d.year, d.year - 1):
            try:
                b = self.dob.replace(year=y)
            except ValueError:
                b = dt.date(y, 3, 1)
            if b <= d:
                return b


class Ctx:
    def __init__(self, pat, nd):
        self.b = Doc()
        self.pat = pat
        self.p = pat.person
        self.nd = nd
        self.age = pat.age_at(nd)


def transient(cult=None, sex=None):
    p = make_person(cult, sex)
    p.phone = make_phone()
    p.email = make_email(p)
    return p


# ================================================================ templates
def t_rt_vent(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    rt, rt2, md = clin('RRT'), clin('RRT'), clin(pick(['MD', 'DO']))
    rn = clin('RN')
    fam = pt.adult_rel(c.age)
    b.ln(pick(['RESPIRATORY CARE — VENTILATOR NARRATIVE', 'Respiratory Therapy Progress Note (Mechanical Ventilation)',
               'RT SHIFT NARRATIVE / VENT CHECK']), '   ', (FAC, pt.hosp))
    b.ln(N(p, pick(['lf', 'LF', 'full'])), pick(['  |  MRN ', '   MR#: ', '  MRN:']), (MRN, pt.mrn),
         pick(['  |  DOB ', '   DOB: ']), D(pt.dob, pick(['mmddyyyy', 'iso', 'milit', 'mdy'])))
    b.ln('Shift: ', D(nd, pick(['mdy', 'long', 'dmon', 'milit'])), pick([' 1900-0700 (nights)', ' 7p-7a', ' nocs']))
    b.ln('')
    dx = pick(['hypercapnic respiratory failure from COPD exacerbation', 'ARDS secondary to influenza A',
               'aspiration pneumonia', 'neuromuscular weakness, likely myasthenic crisis',
               'post-op respiratory failure after Whipple'])
    b.ln('Report received from ', CL(rt2, pick(['fl', 'cred'])), ' at 1910. ', N(p, 'title'), ' is a ',
         age_segs(c.age), ' ', 'woman' if p.sex == 'F' else 'man', ' intubated for ', dx, '.')
    b.ln('Settings on assumption of care: PRVC rate 16, ', (K, pick(['Vt 420 mL', 'Vt 450 mL', 'VT 380'])),
         ', PEEP 10, FiO2 50%, ', (K, f'SpO2 {R.randint(88, 97)}%'), '. Peak 31, plateau 26. Coarse BS bilat, suctioned x3 for mod thick tan secretions.')
    if chance(0.75):
        b.ln('0210 ABG ', (K, pick(['7.31/54/72', '7.28/61/66', '7.36/47/81'])), ' — called ', CL(md, pick(['drl', 'dr'])),
             ' (pgr ', (PHN, md.pager), '); FiO2 weaned to 45%, rate increased to 18.')
    b.ln('Cuff pressure ', (K, pick(['26 cm H2O', '28 cm H2O', '24 cmH2O'])), '. ETT 7.5 secured 23 cm at lip, moved L to R corner, skin intact.')
    if chance(0.6):
        b.ln('0500 SBT screen: on CPAP 5 with PS 5 for 3 min, ', (K, pick(['RSBI 88', 'RSBI 112', 'RSBI 64'])), '. RN ',
             CL(rn, 'fl'), ' aware; will present on AM rounds.')
    if chance(0.5):
        b.ln('Sedation per RN: ', (K, pick(['propofol 30 mcg/kg/min', 'dexmedetomidine 0.6 mcg/kg/hr', 'fentanyl 50 mcg/hr'])),
             ', ', (K, pick(['RASS -2', 'RASS -1', 'RASS 0'])), '.')
    if chance(0.55):
        b.ln(pick(['Home vent', 'Patient\'s home ventilator']), ' (Trilogy-type) brought in by ', fam.rel, ' ', N(fam, 'first'),
             ', S/N ', (DEV, make_serial()), ' — tagged by biomed, NOT in use.')
    if chance(0.6):
        b.ln(fam.rel.capitalize(), ' ', N(fam, pick(['fl', 'full'])), ' called at 0330 from ', (LOC, fam.addr.town),
             ' asking about trach timeline; gave general update, referred to team. Callback # ', (PHN, fam.phone), '.')
    if chance(0.4):
        b.ln('Pt has hx of long-term vent dependence as a child; family says first machine was a ',
             (K, 'Bird Mark 7'), ' at ', (FAC, pick(HOSP)), '.')
    if chance(0.4):
        b.ln('Albuterol given ', (K, pick(['albuterol 2.5 mg neb q4h', 'albuterol 8 puffs via MDI q4h'])), ' inline; HR 104 -> 112, no ectopy.')
    if chance(0.35):
        for h in ['0000', '0200', '0400', '0600'][:R.randint(2, 4)]:
            b.ln(h, '  vent check: ', pick(['no changes', 'suctioned small white', 'PIP 29, re-taped ETT', 'in-line MDI given', 'pt biting, bite block placed']),
                 ' — SpO2 ', str(R.randint(89, 98)), '%, RR ', str(R.randint(14, 26)), ', ', pick(['cuff ok', 'leak check neg', 'HME changed', 'RN at bedside']))
    b.ln('')
    b.ln(CL(rt, pick(['cred', 'credfull'])), '  ', D(nd + days(1), pick(['md', 'mmdd', 'mdyy'])), ' 0648',
         pick(['', f'   ext {rt.ext}']))
    if chance(0.3):
        b.ln('cc: ', CL(pt.pcp, 'dr' if pt.pcp.cred in DOC_CREDS else 'cred'))


def t_device(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    ep, tech = clin('MD'), clin('CCDS')
    clinic = pick(CARD_CLINIC)
    fam = pt.adult_rel(c.age)
    impl = nd - days(R.randint(400, 3600))
    if chance(0.3):
        b.ln('REMOTE TRANSMISSION — ', (FAC, clinic), '   rcvd ', D(nd, pick(['mdyy', 'iso'])), ' 0312')
        b.ln(N(p, pick(['LF', 'lf'])), '  DOB ', D(pt.dob, 'mmddyyyy'), '  gen SN ', (DEV, make_serial('pm')), '  tx SN ', (DEV, make_serial()))
        b.ln('Alert: ', (K, pick(['AT/AF burden 14%', 'VT-NS x3, longest 9 beats', 'RV impedance 1,840 ohm'])), '; ', (K, f'VP {R.randint(1, 99)}%'),
             '; ', (K, f'battery {R.randint(2, 9)}.{R.randint(0, 9)} yr'), '.')
        b.ln('Called pt at ', (PHN, pt.phone), ' — spoke w/ ', pt.adult_rel(c.age).rel, '; asymptomatic. Routed to ', CL(ep, 'drl'), '.')
        b.ln('— ', CL(tech, 'cred'))
        return
    b.ln(up((FAC, clinic)) if chance(0.5) else (FAC, clinic), ' — ', pick(['PACEMAKER INTERROGATION REPORT',
                                                                           'CIED Clinic Check', 'Device Clinic: in-person interrogation']))
    b.ln('')
    b.ln('Patient: ', N(p, pick(['lf', 'full', 'LF'])), pick(['        ', '\t']), 'Age: ', age_num(c.age), '  Sex: ', p.sex)
    b.ln('DOB: ', D(pt.dob, pick(['mmddyyyy', 'dmonyyyy', 'iso'])), '    MRN: ', (MRN, pt.mrn))
    b.ln('Date of check: ', D(nd, pick(['mmddyyyy', 'long', 'abbrdot'])), '    Type: ', pick(['routine', 'post-shock', 'symptom check', 'pre-op']))
    b.ln('Following EP: ', CL(ep, pick(['dr', 'drfull'])), '   Referring: ', CL(pt.pcp, pick(['fl', 'cred'])))
    b.ln('')
    model = pick(['AZ-DR 2210', 'Sentra DR MRI', 'Vantix L331', 'Kestrel SR 100', 'Orbis DDDR'])
    b.ln('GENERATOR   ', model, '   SN ', (DEV, make_serial('pm')), '   implanted ', D(impl, pick(['mdy', 'iso', 'dmonyyyy'])),
         ' at ', (FAC, pick(HOSP)))
    b.ln('RA LEAD     model 5076-52   SN ', (DEV, make_serial('lead')))
    b.ln('RV LEAD     model 5076-58   SN ', (DEV, make_serial('lead')), pick(['', '   (capped RV lead from prior system, SN ']),
         )
    if chance(0.5):
        b.ln('Abandoned lead: SN ', (DEV, make_serial('lead')), ', implanted ', D(impl - days(R.randint(900, 3000)), 'mon_y'))
    b.ln('Indication: ', (K, pick(['Mobitz II second-degree AV block', 'sick sinus syndrome with Stokes-Adams attacks',
                                   'tachy-brady syndrome', 'complete heart block', 'Wenckebach with symptomatic pauses'])))
    b.ln('')
    b.ln('             Sensing     Impedance    Threshold')
    b.ln(f'  RA         {R.uniform(1.5, 4):.1f} mV      {R.randint(380, 700)} ohm      {R.choice(["0.5", "0.75", "1.0"])} V @ 0.4 ms')
    b.ln(f'  RV         {R.uniform(6, 18):.1f} mV     {R.randint(380, 900)} ohm      {R.choice(["0.5", "0.75", "1.25"])} V @ 0.4 ms')
    b.ln('')
    b.ln('Battery: ', (K, f'longevity ~{R.randint(3, 11)}.{R.randint(0, 9)} years'), ' (OK)   Mode DDDR 60/130')
    b.ln('Pacing: AP ', str(R.randint(5, 90)), '%  ', (K, f'VP {R.randint(1, 99)}%'))
    ev = nd - days(R.randint(5, 80))
    b.ln('Events: ', str(R.randint(1, 9)), ' AHRE episodes; longest 4 h 12 min on ', D(ev, pick(['md', 'abbr', 'dmon'])),
         '. AT/AF burden <1%.')
    if chance(0.6):
        b.ln((K, f'CHA2DS2-VASc {R.randint(2, 7)}'), ' — on ', (K, pick(['apixaban 5 mg BID', 'apixaban 2.5 mg BID', 'warfarin per INR clinic'])),
             '; last ', (K, f'INR {R.uniform(1.8, 3.2):.1f}'), ' per ', (FAC, pick(CLINIC)), '.')
    b.ln('')
    b.ln('Remote monitoring: bedside transmitter SN ', (DEV, make_serial()), '; last transmission ',
         D(nd - days(R.randint(1, 40)), pick(['mdyy', 'md', 'iso'])), '.')
    if chance(0.7):
        b.ln(fam.rel.capitalize(), ' ', N(fam, 'fl'), ' manages transmitter; contact ', (PHN, fam.phone),
             pick(['', ' (cell)', ' — leave VM']), '.')
    if c.age >= 90 and chance(0.7):
        b.ln('Pt is ', (AGE, words(c.age)), ' and lives at ', (FAC, pt.nursing), '; staff RN ', N(transient(), 'fl'), ' present for check.')
    b.ln('')
    b.ln('Plan: no reprogramming. Next remote ', pick(['wk of ', 'week of ']), D(nd + days(91), 'md'),
         '; in-office in 6 months with ', CL(ep, 'drl'), '.')
    b.ln('Interrogated by ', CL(tech, 'cred'), '   Reviewed/e-signed ', CL(ep, 'dr'), ' ', D(nd + days(R.randint(0, 3)), 'mdyy'))


def t_donor(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    ctr = pick(BLOOD)
    phleb, rn = clin('LPN'), clin('RN')
    site_kind = pick(['school', 'employer', 'church', 'fixed'])
    b.ln((FAC, ctr.upper()))
    b.ln('DONOR ADVERSE REACTION REPORT          Form QA-17 rev 3')
    b.ln('-' * 56)
    din = f'W{digits(4)} {nd.year % 100:02d} {digits(6)}'
    b.ln('Donor ID: ', (IDN, f'{pick(["D", "DN", ""])}{digits(8)}'), '      DIN: ', (IDN, din))
    b.ln('Donor: ', N(p, pick(['LF', 'lf'])), '   DOB ', D(pt.dob, pick(['mmddyyyy', 'mdy'])), '   ', p.sex, '  age ',
         age_num(c.age, keep=True))
    if site_kind == 'school':
        b.ln('Collection site: mobile drive, ', (FAC, pick(SCHOOLS)), ' gym, ', (LOC, pick(TOWNS)))
    elif site_kind == 'employer':
        b.ln('Collection site: bloodmobile at ', (FAC, pt.employer), ' parking lot')
    elif site_kind == 'church':
        b.ln('Collection site: fellowship hall, ', (FAC, pt.church), ', ', (STR, Addr().street))
    else:
        a = Addr()
        b.ln('Collection site: fixed donor center, ', a.one_line())
    b.ln('Date: ', D(nd, pick(['mmddyyyy', 'dmonyyyy', 'long'])), '   Procedure: ', pick(['whole blood 500 mL', 'double red cell apheresis', 'platelet apheresis']))
    b.ln('Phlebotomist: ', CL(phleb, pick(['fl', 'cred'])), '   Charge RN: ', CL(rn, 'cred'))
    b.ln('')
    b.ln('Pre-donation: ', (K, f'Hgb {R.uniform(12.6, 15.8):.1f} g/dL'), ', ', (K, f'BP {R.randint(104, 138)}/{R.randint(62, 86)}'),
         ', pulse ', str(R.randint(58, 90)), ', wt ', str(R.randint(50, 110)), ' kg. First-time donor: ', pick(['Y', 'N']))
    b.ln('Narrative: approx ', str(R.randint(3, 8)), ' min into collection donor reported feeling "hot and swimmy", became pale and',
         ' diaphoretic; brief LOC <10 sec with jerking of arms. Needle removed, donor placed in ',
         (K, 'Trendelenburg'), ', cold compresses applied.')
    esc = pt.friend if chance(0.5) else pt.adult_rel(c.age)
    b.ln('Post: ', (K, f'BP {R.randint(78, 92)}/{R.randint(44, 58)}'), ' -> ', f'{R.randint(100, 118)}/{R.randint(60, 72)}', ' at 15 min; ',
         'juice and crackers given; released ambulatory at 1142 with ', esc.rel, ' ', N(esc, 'fl'), '.')
    b.ln('Classification: vasovagal, moderate, with LOC. Injury: ', pick(['none', 'small abrasion L chin', 'bit tongue, no laceration']))
    b.ln('')
    b.ln('Follow-up call ', D(nd + days(1), pick(['md', 'mdyy', 'abbr'])), ' by ', CL(rn, 'fl'), ': donor reports feeling fine; reached at ',
         (PHN, pt.cell), '.')
    b.ln('Counseled: hydrate, eat before next donation; eligible again ', (K, pick(['in 56 days', 'in 112 days', 'after 8 weeks'])),
         '. Summary e-mailed to ', (EML, pt.email), '.')
    if chance(0.4):
        b.ln('Donor requests future appts at ', (FAC, pick(BLOOD)), ' on ', (STR, Addr().street), ' instead.')


def t_audio(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    aud = clin('AuD')
    ctr = pick(HEARING)
    a = Addr()
    comp = pt.adult_rel(c.age)
    b.ln((FAC, ctr), pick([' • ', ' | ', ' - ']), a.one_line())
    b.ln('Tel ', (PHN, make_phone()), '   Fax ', (PHN, make_phone()))
    b.ln('')
    b.ln(pick(['HEARING AID FITTING & VERIFICATION', 'Hearing Aid Fitting — Real-Ear Verified', 'AMPLIFICATION FITTING NOTE']))
    b.ln('Patient: ', N(p, pick(['full', 'lf'])), '   DOB ', D(pt.dob, pick(['mdy', 'mmddyyyy'])), '   Chart ', (MRN, pt.mrn))
    b.ln('Date: ', D(nd, pick(['mdy', 'long', 'dmon'])), '   Accompanied by: ', comp.rel, ' ', N(comp, pick(['fl', 'first'])))
    b.ln('Audiologist: ', CL(aud, pick(['cred', 'dr'])), pick(['', '   Lic. ']), *([(LIC, aud.lic)] if chance(0.5) else []))
    b.ln('')
    b.ln('History: ', age_segs(c.age), ' with progressive bilateral SNHL', pick([', hx ', ' and ']),
         (K, pick(['Meniere disease on the left', 'otosclerosis s/p R stapedectomy', 'noise exposure (shipyard x 30 yrs)'])),
         '. Tuning fork: ', (K, pick(['Weber midline', 'Weber lateralizes to R', 'Rinne positive bilaterally'])), '.')
    au = nd - days(R.randint(10, 60))
    b.ln('Audiogram ', D(au, pick(['md', 'mdyy'])), ': ', (K, f'PTA R {R.randint(35, 70)} dB HL / L {R.randint(35, 80)} dB HL'),
         ', WRS ', str(R.randint(52, 96)), '% / ', str(R.randint(40, 92)), '%.')
    b.ln('')
    b.ln('Devices fitted:')
    b.ln('  R  RIC 312, receiver M/power 2     SN ', (DEV, make_serial('ha')))
    b.ln('  L  RIC 312, receiver M/power 2     SN ', (DEV, make_serial('ha')))
    if chance(0.5):
        b.ln('  Remote mic / TV streamer           SN ', (DEV, make_serial()))
    b.ln('Verified to NAL-NL2 with real-ear probe mic; adjusted high-frequency gain -3 dB for occlusion complaint.')
    b.ln('Counseling:')
    b.ln('  - insertion/removal practiced x5 each ear; ', comp.rel, ' will assist with charging')
    b.ln('  - ', (K, 'Reading glasses'), ' needed to see receiver markings (red = R)')
    if chance(0.5):
        b.ln('  - hx ', (K, pick(["Bell's palsy (R, 2009)", 'Ramsay Hunt syndrome', 'Eustachian tube dysfunction'])),
             '; no facial asymmetry today')
    b.ln('Trial period: ', (K, '45 days'), ', ends ', D(nd + days(45), pick(['md', 'abbr', 'longord'])),
         '. Warranty (repair/L&D) through ', D(nd + days(3 * 365), 'mon_y'), '.')
    if c.age >= 90:
        b.ln('Lives at ', (FAC, pt.nursing), '; aide ', N(transient(), 'fl'), ' to check batteries ', pick(['daily', 'each AM']), '.')
    b.ln('Follow-up: ', DW(nd + days(14)), ' 10:30', pick([' w/ ', ' with ']), CL(aud, pick(['fl', 'drl'])), '.')


def t_birth(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    cnm, ob, ped = clin('CNM'), clin(pick(['MD', 'DO'])), clin('MD')
    partner = make_person(None, pick('MMF'))
    doula = transient(None, 'F')
    sis = pt.rel(['sister', 'mother', 'aunt'])
    edd = nd + days(R.randint(14, 40))
    lmp = edd - days(280)
    place = pick(BIRTHCTR + HOSP[:6])
    b.ln(pick(['MY BIRTH PLAN', 'Birth Preferences', 'BIRTH PLAN — reviewed w/ midwife']), pick([' (36 wk visit)', '', ' v2']))
    b.ln('Name: ', N(p, pick(['fl', 'full'])), *([' (goes by ', (PER, p.nick), ')'] if p.nick else []),
         '   EDD ', D(edd, pick(['md', 'mdy', 'longord'])), '   LMP ', D(lmp, pick(['md', 'mdyy'])))
    b.ln('G', str(R.randint(1, 5)), 'P', str(R.randint(0, 3)), '   Blood type O+   ', (K, pick(['GBS negative', 'GBS positive (PCN allergy: rash)'])),
         ' (', D(nd - days(R.randint(1, 9)), 'md'), ')')
    b.ln('Midwife: ', CL(cnm, 'cred'), '   Backup OB: ', CL(ob, 'dr'), '   Clinic: ', (FAC, pick(CLINIC)))
    b.ln('Planned place of birth: ', (FAC, place), pick(['', '; transfer hospital ']), *([(FAC, pick(HOSP))] if chance(0.5) else []))
    b.ln('')
    b.ln('Support people:')
    b.ln('  * partner — ', N(partner, 'fl'), ' (cuts cord)')
    b.ln('  * doula — ', N(doula, 'fl'), ', ', (PHN, doula.phone), ', ', (EML, doula.email))
    b.ln('  * ', sis.rel, ' ', N(sis, 'first'), ' — photos/video, NOT in room for pushing')
    b.ln('')
    b.ln('Labor:')
    b.ln('  [x] intermittent auscultation if low risk   [ ] continuous EFM')
    b.ln('  [x] move freely, tub   [ ] epidural — wants to try nitrous first')
    b.ln('  [x] if post-dates, talk about membrane sweep; induce only if ', (K, 'Bishop score'), ' favorable')
    b.ln('After birth:')
    b.ln('  [x] delayed cord clamping   [x] ', (K, 'Golden hour'), ' skin-to-skin, no bath ', (K, 'for 24 hours'))
    b.ln('  [x] vit K and eye ointment OK   [x] exclusively breastfeed; lactation referral')
    cult = p.cult
    if cult == 'hmong':
        b.ln('  [x] family will take placenta home; grandmother ', N(make_person('hmong', 'F', last=p.last), 'fl'), ' will prepare chicken soup')
    elif cult == 'somali':
        b.ln('  [x] female providers only when possible; husband present for decisions')
    elif cult == 'jewish':
        b.ln('  [x] if boy: bris on day 8 with mohel ', N(make_person('jewish', 'M'), 'fl'), ', ', (PHN, make_phone()))
    else:
        b.ln('  [x] placenta encapsulation by ', N(transient(), 'fl'), ' (', (URL, pick(['www.', 'https://']) + pick(['placentaperks', 'rootedmama', 'wombtoworld']) + pick(['.com', '.net', '.org']) + pick(['', '/book'])), ')')
    b.ln('Screening: ', (K, 'Harmony NIPT low risk'), '; ', (K, f'Hgb {R.uniform(10.1, 12.8):.1f}'), ' at 28 wk; 1-hr GTT 118.')
    b.ln('Baby\'s doctor: ', CL(ped, 'dr'), ' at ', (FAC, pick(['Gristmill Pediatrics'] + CLINIC)))
    b.ln('Practicing ', (K, 'Kegel exercises'), ' and perineal massage nightly.')
    b.ln('Cell: ', (PHN, pt.cell), '   Address on file: ', (STR, pt.addr.street), ', ', (LOC, pt.addr.town))
    b.ln('Reviewed ', D(nd, pick(['mdy', 'md'])), ' — ', CL(cnm, 'fi'), ', CNM')


def t_signout(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    hosp = pt.hosp
    dom = fac_domain(hosp)
    me, nf, cc = clin('MD'), clin(pick(['MD', 'DO'])), clin('NP')
    fam = pt.adult_rel(c.age)
    b.ln('From: ', (PER, me.fl()), ' <', (EML, make_email(me, dom)), '>')
    b.ln('Sent: ', WDL[nd.weekday()] + ', ', (DAT, fdate(nd, 'long')), ' ', f'{R.randint(5, 7)}:{R.randint(10, 59)} PM')
    b.ln('To: ', (PER, nf.fl()), ' <', (EML, make_email(nf, dom)), '>; ', (EML, 'nightfloat-' + pick(['4w', '5e', 'obs']) + '@' + dom))
    b.ln('Cc: ', (PER, cc.fl()), ' <', (EML, make_email(cc, dom)), '>')
    b.ln('Subject: ', pick(['signout', 'RE: signout', 'tonight\'s list']), ' - ', pick(['4 West', 'Team B', 'obs unit']),
         ' - ', (PER, p.last.upper()), ' + ', str(R.randint(2, 4)))
    b.ln('')
    b.ln(*pick([['Hi all,'], ['Hey ', (PER, nf.first), ' -'], ['Evening -'], [(PER, nf.first), ', ']]), ' short list, only one to really watch.')
    b.ln('')
    b.ln('1) ', (PER, p.lf().upper() if chance(0.5) else p.lf()), ' (', (MRN, pt.mrn), ') rm ', str(R.randint(401, 460)), ' — ',
         age_segs(c.age), ' ', pick(['w/ CHF exacerbation', 'with CAP', 'NSTEMI, cath deferred', 'GI bleed, scoped today']))
    b.ln('   - ', (K, pick(['furosemide 40 mg IV BID', 'ceftriaxone 1 g IV q24h', 'pantoprazole 40 mg IV BID', 'heparin gtt per nomogram'])),
         '; AM labs: ', (K, pick([f'Cr {R.uniform(1.1, 2.4):.1f}', f'Hgb {R.uniform(6.9, 9.9):.1f}', f'K {R.uniform(3.0, 5.6):.1f}'])))
    b.ln('   - if ', (K, 'K < 3.5'), ' replete per protocol; if SBP <90 call me, I\'m on cell ', (PHN, me.cell))
    b.ln('   - ', fam.rel, ' ', N(fam, pick(['fl', 'first'])), ' is HCP, wants call for ANY change (', (PHN, fam.phone), ')')
    if c.age >= 89:
        b.ln('   - FYI pt turns ', (AGE, str(c.age + 1)), ' on ', D(pt.next_bday(nd), pick(['md', 'abbr', 'ordof'])),
             ', family bringing cake; ok per nutrition')
    if c.age >= 65:
        b.ln('   - DNR/DNI confirmed, MOLST in chart. Came from ', (FAC, pt.nursing), ', plan return ', DW(nd + days(2), 'md'), ' if stable')
    else:
        b.ln('   - full code. Lives in ', (LOC, pt.addr.town), ', works at ', (FAC, pt.employer), '; likely d/c ', DW(nd + days(2), 'md'))
    probs = ['cellulitis, on vanc', 'DKA resolved, transitioning to SQ', 'syncope w/u, tele', 'EtOH w/d, CIWA',
             'hip fx, ortho AM', 'HHS, fluids']
    R.shuffle(probs)
    rooms = R.sample(range(401, 460), 4)
    for i in range(R.randint(1, 3)):
        o = transient()
        tail = []
        if chance(0.4):
            rs = pick('FM')
            tail = ['; ', 'wife ' if rs == 'F' else 'husband ', (PER, make_person(o.cult, rs, last=o.last).first), ' may call']
        b.ln('')
        b.ln(str(i + 2), ') ', (PER, o.last), ', ', (PER, o.first), ' rm ', str(rooms[i]), ' — ', probs[i], '; nothing to do', *tail)
    b.ln('')
    b.ln('thx,')
    b.ln((PER, me.first))
    b.ln('--')
    b.ln((PER, me.fl()), ', MD | Hospitalist | ', (FAC, hosp), ' | pgr ', (PHN, me.pager), ' | ', (PHN, with_ext(make_phone('dash'))))
    b.ln('CONFIDENTIALITY NOTICE: This e-mail may contain protected health information...')


def t_complaint(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    w = pt.adult_rel(c.age)
    hosp = pt.hosp
    adm = nd - days(R.randint(20, 60))
    dc = adm + days(R.randint(4, 12))
    nurse = clin('RN')
    md = clin('MD')
    mom = inverse_rel(w.rel, p.sex)
    bro = pt.other_rel(c.age, w)
    he = p.she
    b.ln(pick(['To whom it may concern at ', 'Dear Patient Relations at ', 'ATTN: complaints dept ']), (FAC, hosp), ',')
    b.ln('')
    b.ln(pick(['my name is ', 'My name is ', 'I am ']), N(w, pick(['fl', 'full'])), ' and im writing about my ', mom, ' ',
         N(p, pick(['fl', 'first', 'nick'])), ' who was on the ', pick(['3rd', '4th', '5th']), ' floor from ',
         D(adm, pick(['md', 'mdy', 'abbr'])), ' to ', D(dc, pick(['md', 'mdy', 'longord'])), '. I am VERY upset about how ', he, ' was treated.')
    b.ln('')
    b.ln('On the ', (DAT, ordn((adm + days(2)).day)), ' a nurse named ', lo((PER, nurse.first)) if chance(0.3) else (PER, nurse.first),
         ' told us visting hours were over even tho ', pick(['dr ', 'Dr ', 'Dr. ']), lo((PER, md.last)) if chance(0.4) else (PER, md.last),
         ' said family could stay. my ', mom, ' is ', age_num(c.age), ' years old and cant hear good without ', p.her,
         ' hearing aids which by the way went MISSING.')
    b.ln('They left ', p.her, ' ', (K, 'foley'), ' in ', (K, pick(['for 6 days', 'for 5 days', 'a whole week'])),
         ' and now ', he, ' has a UTI. nobody gave ', p.her_obj, ' the ', (K, pick(['Ativan 1mg', 'lorazepam 0.5', 'Seroquel 25mg'])),
         ' ', p.her, ' regular doctor ', pick(['dr. ', 'Dr ']), (PER, pt.pcp.last), ' prescribed for night time.')
    if chance(0.6):
        b.ln('When i called the desk at ', (PHN, with_ext(make_phone())), ' i was on hold 45 min. ', pick(['Unacceptable.', 'Ridiculous!!', 'who runs this place']))
    if chance(0.5):
        b.ln('also ', p.her, ' sugar was ', (K, f'{R.randint(320, 480)}'), ' one morning and nobody told us untill the next day.')
    if c.age >= 90 and chance(0.5):
        b.ln('you people treat ', p.her_obj, ' like ', he, ' doesnt matter because ', he, ' is ', (AGE, words(c.age)), '. ', he.capitalize(),
             ' still reads the paper every day and does ', p.her, ' own taxes!!!')
    if chance(0.5):
        b.ln('The only good one was ', (PER, clin('RN').first), ' on nights, please tell her thank you, she is an angel.')
    b.ln('I want a call back at ', (PHN, w.phone), ' or email me ', (EML, w.email), '. ', pick(['Our', 'My']), ' address is ',
         (STR, w.addr.street), ' ', (LOC, w.addr.town), ' ', (ZIP, w.addr.zip), '.')
    b.ln('')
    b.ln(pick(['sincerly,', 'Sincerely', 'thank you,']))
    b.ln(N(w, pick(['fl', 'full'])))
    b.ln('cc: ', N(bro, 'fl'), ' (my ', mom, "'s ", bro.rel, ') in ', (LOC, bro.addr.town), pick(['', ', and the state health dept']))
    b.ln('')
    b.ln('[Received by Patient Relations ', D(nd, pick(['mdy', 'mmddyyyy'])), ' — logged by ', N(transient(), 'fi'),
         '; case # ', (IDN, f'PR-{nd.year % 100}-{digits(4)}'), ']')


def inverse_rel(rel, psex):
    F = psex == 'F'
    return {'daughter': 'mom' if F else 'dad', 'son': 'mom' if F else 'dad',
            'wife': 'wife' if F else 'husband', 'husband': 'wife' if F else 'husband',
            'mother': 'daughter' if F else 'son', 'father': 'daughter' if F else 'son',
            'niece': 'aunt' if F else 'uncle', 'nephew': 'aunt' if F else 'uncle',
            'granddaughter': 'grandma' if F else 'grandpa', 'grandson': 'grandma' if F else 'grandpa',
            'daughter-in-law': 'mother in law' if F else 'father in law',
            'son-in-law': 'mother in law' if F else 'father in law',
            'sister': 'sister' if F else 'brother', 'brother': 'sister' if F else 'brother',
            'aunt': 'niece' if F else 'nephew', 'uncle': 'niece' if F else 'nephew',
            'grandmother': 'granddaughter' if F else 'grandson', 'grandfather': 'granddaughter' if F else 'grandson'}.get(rel, 'relative')


def t_adc(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    ctr = pick(ADC)
    cg = pt.adult_rel(c.age)
    lpn, act = clin('LPN'), transient()
    driver = transient()
    b.ln((FAC, ctr), pick([' — Monthly Participant Progress Note', '\nMONTHLY PROGRESS NOTE', ' :: progress note']))
    b.ln('Participant: ', N(p, pick(['fl', 'lf', 'nick'])), '    Age: ', age_num(c.age), '    Period: ', D(nd - days(30), 'mon_y'))
    b.ln('Attends: M/W/F 0830-1500.  Transport: center van #', str(R.randint(1, 9)), ' (plate ', (VEH, make_plate()),
         '), driver ', N(driver, pick(['first', 'fl'])))
    b.ln('Primary caregiver: ', cg.rel, ' ', N(cg, 'fl'), ', ', (PHN, cg.phone), pick(['', ' (work)', ' (text only)']))
    b.ln('')
    b.ln('Diagnoses: ', (K, pick(["Alzheimer's dementia, moderate", 'vascular dementia', 'Lewy body dementia'])), '; ',
         (K, pick(['Parkinson disease', 'type 2 diabetes', 'Paget disease of bone', "Sjögren syndrome"])), '; HTN')
    lrel = pick(['sister', 'brother', 'husband' if p.sex == 'F' else 'wife'])
    lsex = 'F' if lrel in ('sister', 'wife') else 'M'
    b.ln('Cognition: ', (K, f'MoCA {R.randint(9, 22)}/30'), ' on ', D(nd - days(R.randint(3, 25)), pick(['md', 'mdyy'])),
         ' (prev ', str(R.randint(14, 24)), '). Oriented to self; calls staff by ', p.her, ' late ', lrel + "'s",
         ' name, ', N(make_person(p.cult, lsex, last=p.last), 'first'), '.')
    b.ln('ADLs: set-up for meals, SBA toileting, one incontinent episode this month. ', (K, f'Morse {pick([35, 45, 55, 65])}'), '.')
    b.ln('')
    b.ln('Activities/social:')
    b.ln('  - enjoys sing-along and card sorting; told stories about growing up in ', (LOC, pick(TOWNS + BIRTHPLACES)),
         ' and working at ', (FAC, pt.employer))
    b.ln('  - attends ', (FAC, pt.church), ' with ', cg.rel, ' on weekends')
    if chance(0.5):
        b.ln('  - joins the ', (K, 'Divine Mercy'), ' chaplet group Fridays; led by volunteer ', N(transient(), 'fl'))
    b.ln('  - ', *pick([['sundowning noted after 1400, redirected with snack'],
                        ['tearful when van late on ', DW(nd - days(R.randint(3, 20)), 'md')],
                        ['exit-seeking x2 (last ', D(nd - days(R.randint(3, 20)), 'md'), '), wander guard bracelet in place']]))
    b.ln('Meds given at center: ', (K, pick(['carbidopa-levodopa 25/100 at 1200', 'metformin 500 mg with lunch', 'acetaminophen 650 mg at 1200'])))
    if c.age >= 90:
        b.ln('Celebrated ', p.her, ' ', (AGE, ordn(c.age)), ' birthday on ', D(pt.last_bday(nd), pick(['md', 'ordof', 'abbr'])), ' — ', cg.rel, ' brought cake.')
    b.ln('')
    b.ln('Plan: care conference ', DW(nd + days(R.randint(5, 20)), 'md'), ' with ', cg.rel, ' and RN ', CL(clin('RN'), 'fl'), '.')
    b.ln('Note by: ', CL(lpn, 'cred'), ' / activities: ', N(act, 'fl'), '    ', D(nd, pick(['mdy', 'mmddyyyy'])))


def t_grouphome(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    house = pick(GROUPHOMES)
    staff = [clin('DSP') for _ in range(3)]
    staff = list({id(s): s for s in staff}.values())
    rnrev = clin('RN')
    b.ln(up((FAC, house)) if chance(0.5) else (FAC, house), ' — MEDICATION LOG (narrative)   week of ', D(nd, pick(['md', 'mmdd'])))
    b.ln('Resident: ', N(p, pick(['lf', 'full', 'nick'])), '   DOB ', D(pt.dob, pick(['mdy', 'mmddyyyy'])), '   Medicaid ', (HPN, pt.hpn))
    b.ln('Pharmacy: ', (FAC, pt.pharm), ' ', (PHN, make_phone()), '   Prescriber: ', CL(pt.pcp, 'lf'))
    b.ln('Staff key:  ', *sum([[(PER, s.initials()), ' = ', (PER, s.fl()), ', DSP', ';  ' if i < len(staff) - 1 else ''] for i, s in enumerate(staff)], []))
    b.ln('')
    meds = [('0700', pick(['levothyroxine 75 mcg', 'levothyroxine 50 mcg'])), ('0800', pick(['divalproex DR 500 mg', 'lamotrigine 100 mg', 'risperidone 1 mg'])),
            ('1200', pick(['docusate 100 mg', 'metformin 500 mg', 'oxcarbazepine 300 mg'])), ('1700', pick(['polyethylene glycol 17 g', 'vitamin D3 2000 units'])),
            ('2000', pick(['clonazepam 0.5 mg', 'melatonin 3 mg', 'quetiapine 50 mg']))]
    if chance(0.4):
        meds = [meds[0], meds[1], meds[4]]
    ndays = R.choice([2, 3, 4, 7, 7])
    gstyle = pick(['mmdd', 'md'])
    for dday in range(ndays):
        d = nd + days(dday)
        for tm, med in meds:
            s = pick(staff)
            st = pick(['given', 'given', 'given', 'refused x1, re-offered 30 min later w/ applesauce, taken', 'held - asleep, RN notified'])
            kept = chance(0.35)
            b.ln(D(d, gstyle if chance(0.9) else 'md'), '  ', tm, '  ', (K, med) if kept else med, '  — ', st, '  ', up((PER, s.initials())))
        if len(meds) == 5 and chance(0.5):
            s = pick(staff)
            b.ln(D(d, gstyle), '  ----  behavior: ', pick(['calm, watched TV', 'yelling at housemate ~1900, redirected', 'went to day program',
                                                           'refused shower', 'slept through night']), '  ', (PER, s.initials()))
    if chance(0.6):
        s = pick(staff)
        b.ln(fdate_seg(nd + days(1)), '  1430  PRN ', (K, 'acetaminophen 650 mg'), ' for HA (', (K, 'pain 5/10'), ') — effective at 1530  ', (PER, s.initials()))
    b.ln('')
    b.ln('Notes:')
    sis = pt.rel()
    b.ln('- ', sis.rel, ' ', N(sis, 'fl'), ' visited ', DW(nd + days(1), pick(['md', 'mmdd'])), ', took resident to ', (FAC, pick(BUSINESSES)),
         ' for lunch; returned 1615, meds not due.')
    if chance(0.6):
        s = pick(staff)
        b.ln('- Incident ', D(nd + days(2), 'md'), ': resident walked out during shift change, found by ', (PER, s.fl()), ' at the ',
             (FAC, pick(BUSINESSES)), ' on ', (STR, f'{pick(STREETS)} {pick(SUFFIX)}'), '. No injury. GER filed, house mgr ',
             N(transient(), 'fl'), ' notified.')
    if chance(0.5):
        b.ln('- Resident asked again for a ', (K, 'King-size'), ' bed "like at ', p.her, ' ', pick(['mom\'s', 'grandma\'s']),
             ' house in ', (LOC, pick(TOWNS)), '." Forwarded to team.')
    b.ln('- Weekly: ', (K, f'wt {R.randint(110, 260)} lb'), ', ', (K, f'BP {R.randint(100, 140)}/{R.randint(60, 90)}'), ', ', (K, f'pulse {R.randint(56, 96)}'), '.')
    b.ln('Reviewed by ', CL(rnrev, 'cred'), ' ', D(nd + days(ndays + R.randint(0, 2)), pick(['mdy', 'mdyy'])))


def fdate_seg(d):
    return D(d, pick(['mmdd', 'md']))


def t_infusion(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    co = pick(INFUSION)
    driver = transient()
    rph, rn = clin('PharmD'), clin('RN')
    recv = pt.adult_rel(c.age)
    b.ln(up((FAC, co)), pick(['  —  DELIVERY TICKET', '\nDELIVERY / PACKING SLIP']), '        Ticket # ', (IDN, f'{digits(3)}-{digits(5)}'))
    b.ln('')
    b.ln('SHIP TO:  ', N(p, pick(['LF', 'full'])))
    b.ln('          ', (STR, pt.addr.street))
    b.ln('          ', pt.addr.city_seg())
    b.ln('          Ph ', (PHN, pt.phone), '   Alt ', (PHN, recv.phone), ' (', recv.rel, ')')
    b.ln('Delivery: ', D(nd, pick(['mmddyyyy', 'mdyy', 'dmonyyyy'])), '  window 1400-1800   Driver: ', N(driver, 'fl'),
         '   Vehicle plate ', (VEH, make_plate()))
    b.ln('Rx # ', (IDN, digits(7)), '   Acct ', (ACC, pt.acct), '   Ins member ID ', (HPN, pt.hpn))
    b.ln('Gate code / notes: ', pick(['dog in yard, call on arrival', 'leave with neighbor if no answer - NO', 'back door, ramp']))
    b.ln('')
    b.ln('QTY   ITEM')
    drug = pick(['vancomycin 1.25 g IV q12h', 'ceftriaxone 2 g IV daily', 'ertapenem 1 g IV daily', 'daptomycin 500 mg IV q24h',
                 'TPN 1,800 mL over 12 h'])
    b.ln(f'{R.randint(7, 28):<6}', (K, drug), ' (premixed, refrigerate)')
    b.ln(f'{R.randint(20, 60):<6}', (K, 'Normal saline 10 mL flush'))
    b.ln(f'{R.randint(7, 30):<6}heparin 10 units/mL 5 mL flush')
    b.ln(f'{"1":<6}', pick(['CADD-type ambulatory pump', 'elastomeric pump case', 'pole-mount pump']), '   SN ', (DEV, make_serial()))
    b.ln(f'{"1":<6}sharps container, alcohol pads, dressing kit x4')
    b.ln('')
    b.ln('Therapy duration: ', (K, pick(['x 14 days', 'x 6 weeks', 'for 21 days', 'x 10d'])), ' from ', D(nd - days(R.randint(1, 5)), 'md'),
         '. Line: ', (K, pick(['Groshong catheter', 'Hickman line', 'R basilic PICC, 4 Fr'])), '.')
    if chance(0.6):
        b.ln('Labs weekly: CBC, BMP, ', (K, pick(['vanc trough goal 15-20', 'CK weekly', 'ESR/CRP'])), ' drawn by RN, fax to ', CL(clin('MD'), 'dr'),
             ' at ', (PHN, make_phone()))
    if chance(0.5):
        b.ln('Auth ends ', D(nd + days(R.randint(7, 30)), pick(['md', 'mdy'])), '; payer allows a ', (K, 'Grace period'), ' of 5 days for renewal.')
    b.ln('')
    b.ln('Received by: ', N(recv, pick(['fl', 'full'])), '  relationship: ', recv.rel, '   signature on file')
    b.ln('First nurse visit: ', CL(rn, 'cred'), ' ', DW(nd + days(1), pick(['md', 'mmdd'])), ' 0900')
    b.ln('Pharmacist: ', CL(rph, pick(['cred', 'fl'])), '   24h line ', (PHN, with_ext(make_phone('one'))))


def t_placard(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    md = clin(pick(['MD', 'DO', 'NP']))
    b.ln('BUREAU OF MOTOR VEHICLES')
    b.ln('APPLICATION FOR DISABILITY PARKING PLACARD / PLATES            FORM MV-9')
    b.ln('=' * 70)
    b.ln('SECTION A - APPLICANT (PLEASE PRINT)')
    b.ln('NAME (LAST, FIRST, MI): ', up((PER, p.lf())))
    b.ln('DATE OF BIRTH: ', D(pt.dob, pick(['mmddyyyy', 'dash', 'mdy'])), '      DL/ID NO.: ', (LIC, pt.dl))
    b.ln('RESIDENCE ADDRESS: ', up((STR, pt.addr.street)))
    b.ln('CITY: ', up((LOC, pt.addr.town)), '   STATE: ', pt.addr.state.upper(), '   ZIP: ', (ZIP, pt.addr.zip))
    b.ln('COUNTY: ', up((LOC, pt.addr.county)), '     PHONE: ', (PHN, pt.phone))
    if chance(0.6):
        b.ln('[X] PLATES requested for vehicle — PLATE #: ', (VEH, pt.plate), '   VIN: ', (VEH, make_vin()))
    else:
        b.ln('[X] PLACARD ONLY   [ ] PLATES')
    b.ln('')
    b.ln('SECTION B - MEDICAL CERTIFICATION (to be completed by licensed provider)')
    b.ln('The applicant (check all that apply):')
    b.ln('[', pick(['X', 'x']), '] ', (K, 'Cannot walk 200 feet without stopping to rest'))
    b.ln('[ ] Requires use of portable oxygen')
    b.ln('[', pick(['X', ' ']), '] Has a cardiac condition classified as ', (K, pick(['NYHA Class III', 'NYHA class IV'])))
    b.ln('[ ] Is severely limited by lung disease (FEV1 < 1 L)')
    b.ln('[X] Severely limited by arthritic, neurological, or orthopedic condition')
    b.ln('Diagnosis/remarks: ', (K, pick(['Charcot foot, R', 'Charcot-Marie-Tooth disease', 'post-polio syndrome', 'Friedreich ataxia'])),
         pick(['; wears ', '; in ']), (K, 'Moon boot'), ' for offloading',
         *([' since ', D(nd - days(R.randint(20, 200)), 'md')] if chance(0.5) else []))
    b.ln(pick(['DURATION:  [X] PERMANENT   [ ] TEMPORARY ___ MONTHS', 'DURATION:  [ ] PERMANENT   [X] TEMPORARY _6_ MONTHS']))
    b.ln('PROVIDER: ', up((PER, md.fl())), ', ', md.cred, '   LICENSE #: ', (LIC, md.lic))
    b.ln('PRACTICE: ', (FAC, pick(CLINIC)), '   PHONE: ', (PHN, with_ext(make_phone())) if chance(0.5) else (PHN, make_phone()))
    b.ln('SIGNATURE: /s/ ', (PER, md.fi()), '      DATE: ', D(nd, pick(['mmddyyyy', 'mdyy'])))
    if c.age >= 90:
        b.ln('(applicant age ', (AGE, str(c.age)), ' — renewal every 4 yrs waived)')
    b.ln('')
    b.ln('FOR OFFICE USE:  PLACARD # ', (IDN, f'{pick(["P", "DP", "H"])}{digits(6)}'), '   ISSUED ', D(nd + days(R.randint(3, 20)), 'mmddyyyy'),
         '   CLERK ', (PER, transient().initials()))


def t_504(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    md = clin('MD')
    clinic = pick(['Gristmill Pediatrics'] + CLINIC)
    a = Addr()
    school = pick(SCHOOLS)
    couns = transient()
    nurse = transient(None, 'F')
    par1 = pt.adult_rel(c.age)
    par2 = make_person(p.cult, 'M' if par1.sex == 'F' else 'F')
    b.ln((FAC, clinic))
    b.ln((STR, a.street), ' • ', (LOC, a.town), ', ', a.state, ' ', (ZIP, a.zip))
    b.ln('Tel ', (PHN, make_phone()), ' • Fax ', (PHN, make_phone()))
    b.ln('')
    b.ln(D(nd, pick(['long', 'dmy', 'abbrdot'])))
    b.ln('')
    b.ln(N(couns, 'fl'), ', ', pick(['504 Coordinator', 'School Counselor', 'Section 504 Team Chair']))
    b.ln((FAC, school))
    b.ln('')
    b.ln('RE: ', N(p, pick(['fl', 'full'])), '   DOB: ', D(pt.dob, pick(['mdy', 'mmddyyyy'])), '   Grade ', str(max(1, min(12, c.age - 5))))
    b.ln('')
    b.ln('Dear ', couns.title(), ' ', (PER, couns.last), ':')
    b.ln('')
    cond = pick(['t1d', 'adhd', 'tourette', 'seizure'])
    b.ln(N(p, 'first'), ' is a ', age_segs(c.age), ' ', 'girl' if p.sex == 'F' else 'boy', ' followed in our practice since ',
         D(nd - days(R.randint(400, 3000)), 'mon_y'), '. ', p.she.capitalize(), ' has ',
         (K, {'t1d': 'type 1 diabetes', 'adhd': 'ADHD, combined type', 'tourette': 'Tourette syndrome', 'seizure': 'juvenile myoclonic epilepsy'}[cond]),
         pick([', and I am requesting the following accommodations under Section 504:', '. Please consider these accommodations:']))
    b.ln('')
    if cond == 't1d':
        b.ln('  1. Unrestricted access to glucose checks, water, restroom, and snacks. ', p.she.capitalize(), ' wears a ',
             (K, 'Dexcom G7'), ' CGM (sensor SN ', (DEV, make_serial()), ') that alerts to parent phone.')
        b.ln('  2. ', (K, 'insulin lispro per sliding scale'), ' before lunch, given by school nurse ', N(nurse, pick(['fl', 'title'])), '.')
        b.ln('  3. If glucose < 70: ', (K, '15 g fast carbs'), ', recheck in 15 min.')
    elif cond == 'adhd':
        b.ln('  1. Preferential seating; tests in a separate room with ', (K, '50% extended time'), '.')
        b.ln('  2. Midday dose of ', (K, 'methylphenidate 10 mg'), ' given by school nurse ', N(nurse, pick(['fl', 'title'])), '.')
    elif cond == 'tourette':
        b.ln('  1. Permission to leave class for tic breaks without penalty; no reading aloud unless volunteering.')
        b.ln('  2. ', (K, 'guanfacine ER 1 mg'), ' at home; no school doses. Nurse ', N(nurse, 'fl'), ' has care plan.')
    else:
        b.ln('  1. Seizure action plan on file; ', (K, 'intranasal midazolam 5 mg'), ' for seizure > 5 minutes, given by nurse ', N(nurse, 'fl'), '.')
        b.ln('  2. No swimming without 1:1 supervision; avoid sleep deprivation on overnight trips.')
    b.ln('  4. Field trips and ', (K, 'Summer camp'), ': trained adult must accompany; ', pick(['bus', 'trip']), ' scheduled ',
         D(nd + days(R.randint(10, 60)), pick(['md', 'longord', 'abbr'])), ' requires plan review.')
    b.ln('')
    b.ln('Parents: ', N(par1, 'fl'), ' (', (PHN, par1.phone), ') and ', N(par2, 'fl'),
         *([' (', (EML, make_email(par2)), ')'] if chance(0.6) else []))
    b.ln('Please contact me with questions.')
    b.ln('')
    b.ln('Sincerely,')
    b.ln('')
    b.ln(CL(md, 'credfull'))
    b.ln('cc: ', N(par1, 'fl'), '; school nurse ', N(nurse, 'fi'))


def t_court(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    prog = pick(TXPROG)
    court = pick(COURTS)
    judge = transient()
    sw = clin('LCSW')
    po = transient()
    pd = transient()
    a = Addr()
    start = nd - days(R.randint(40, 200))
    b.ln((FAC, prog))
    b.ln((STR, Addr().street), ', ', (LOC, pick(TOWNS)), pick(['   ', ' • ']), 'Phone ', (PHN, make_phone()), '  Fax ', (PHN, make_phone()))
    b.ln('')
    b.ln(D(nd, pick(['long', 'dmy', 'abbrdot', 'mdy'])))
    b.ln('')
    b.ln('The Honorable ', N(judge, 'fl'))
    b.ln((FAC, court))
    b.ln(a.one_line())
    b.ln('')
    b.ln('RE:  State v. ', N(p, pick(['fl', 'full'])), '    Case No. ', (IDN, f'{pick(["CR", "TC", "DV"])}-{nd.year}-{digits(4)}'),
         '    DOB ', D(pt.dob, pick(['mdy', 'mmddyyyy'])))
    b.ln('')
    b.ln('Dear Judge ', (PER, judge.last), ':')
    b.ln('')
    b.ln('This letter is provided at the request and with the written consent (42 CFR Part 2) of ', N(p, 'title'), ', who has been enrolled in our ',
         'intensive outpatient program since ', D(start, pick(['md', 'long', 'mdy'])), '.')
    b.ln(pick([p.she.capitalize() + ' has attended ', 'Attendance: ']), str(R.randint(18, 30)), ' of ', str(R.randint(30, 32)),
         ' scheduled groups. Urine drug screens have been negative ', (K, pick(['x 8 weeks', 'for the past 10 weeks', 'x 6 consecutive tests'])), '.')
    b.ln(p.she.capitalize(), ' is maintained on ', (K, pick(['buprenorphine-naloxone 8 mg/2 mg SL daily', 'naltrexone 380 mg IM monthly',
                                                          'methadone 90 mg daily'])), ' and attends a ', (K, 'Faith-based'),
         ' recovery group at ', (FAC, pt.church), '.')
    if chance(0.7):
        sup = transient()
        b.ln(p.she.capitalize(), ' began work at ', (FAC, pt.employer), ' on ', D(start + days(R.randint(10, 40)), pick(['md', 'longord'])),
             '; supervisor ', N(sup, 'fl'), ' reports good attendance.')
    if chance(0.5):
        b.ln('Housing: currently staying at ', (FAC, pick(SHELTERS)), '; on waitlist for sober living in ', (LOC, pick(TOWNS)), '.')
    b.ln((K, pick(['PHQ-9 decreased from 19 to 8', 'GAD-7 of 6', 'PHQ-9 of 11'])), ' on re-screening.')
    b.ln('')
    b.ln('The next status hearing is ', D(nd + days(R.randint(7, 40)), pick(['long', 'md', 'mdy'])), '. Probation Officer ', N(po, 'fl'),
         ' has received copies by fax at ', (PHN, make_phone()), '.')
    b.ln('')
    b.ln('Respectfully,')
    b.ln('')
    b.ln(CL(sw, 'fl'), ', LCSW, LCADC   License ', (LIC, sw.lic))
    b.ln('Primary counselor')
    b.ln('cc: ', N(pd, 'fl'), ', Esq., Office of the Public Defender')


def t_funeral(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    fh = pick(FUNERAL)
    fd = transient()
    cert = clin('MD')
    inf = pt.adult_rel(c.age)
    spouse = make_person(p.cult, 'M' if p.sex == 'F' else 'F', last=p.last)
    father = make_person(p.cult, 'M', last=p.last.split('-')[0])
    mother = make_person(p.cult, 'F')
    place = pick([pt.nursing, pt.hosp])
    dod = nd - days(R.randint(1, 3))
    W = 30

    def row(label, *segs):
        b.ln(f'{label} '.ljust(W, '.') + ' ', *segs)

    b.ln(up((FAC, fh)) if chance(0.5) else (FAC, fh))
    b.ln('DEATH CERTIFICATE WORKSHEET — informant interview')
    b.ln('Case # ', (IDN, f'{nd.year}-{digits(3)}'), '     Arrangement conf. ', D(nd, pick(['mdy', 'mmddyyyy'])), '  by ', N(fd, 'fi'))
    b.ln('')
    row('1. Decedent legal name', up((PER, p.full())))
    if p.nick:
        row('   AKA / known as', (PER, p.nick))
    row('2. Sex', 'Female' if p.sex == 'F' else 'Male')
    row('3. SSN', (SSN, pt.ssn))
    row('4. Age (last birthday)', *age_num(c.age, keep=False))
    row('5. Date of birth', D(pt.dob, pick(['mmddyyyy', 'long', 'dmonyyyy'])))
    bp = BIRTH_BY_CULT.get(p.cult)
    if bp and chance(0.7):
        row('6. Birthplace', (LOC, bp[0]), pick([', ', ' / ']), bp[1])
    else:
        row('6. Birthplace', (LOC, pick(TOWNS)), ', ', pick(['Arkansas', 'Ohio', 'Maine', 'Kentucky', 'New Mexico', 'Minnesota']))
    row('7. Residence', (STR, pt.addr.street))
    row('   City/town, county', (LOC, pt.addr.town), ', ', (LOC, pt.addr.county), '  ', (ZIP, pt.addr.zip))
    row('   Inside city limits?', pick(['Yes', 'No']))
    row('8. Marital status', pick(['Widowed', 'Married', 'Widowed']), ' — spouse ', (PER, spouse.fl()))
    row('9. Father', (PER, father.full()))
    row('10. Mother (maiden)', (PER, mother.full()))
    row('11. Occupation / industry', pick(['line worker', 'bookkeeper', 'school bus driver', 'welder', 'homemaker']), ', ',
        (FAC, pt.employer), pick([' x 31 yrs', ' (retired)', '']))
    row('12. Date of death', D(dod, pick(['mmddyyyy', 'long'])), '   time ', f'{R.randint(0, 23):02d}{R.randint(0, 59):02d}')
    row('13. Place of death', (FAC, place))
    row('14. Informant', (PER, inf.fl()), ' (', inf.rel, '), ', (STR, inf.addr.street), ', ', (LOC, inf.addr.town), ', ', (PHN, inf.phone))
    row('15. Disposition', pick(['Burial', 'Entombment', 'Cremation then burial']), ' — ', (FAC, pick(CEMETERY)), ', ', (LOC, pick(TOWNS)))
    row('16. Funeral director', (PER, fd.fl()), '  Lic. ', (LIC, f'FD-{digits(5)}'))
    row('17. Certifier', 'Dr. ', (PER, cert.fl()), ' — will sign electronically')
    b.ln('')
    b.ln('Cause of death (per certifier, to be confirmed):')
    b.ln('  a. ', (K, pick(['aspiration pneumonia', 'acute on chronic systolic heart failure', 'sepsis due to urinary tract infection'])),
         ' ........ interval ', (K, pick(['3 days', '5 days', '1 week'])))
    b.ln('  b. ', (K, pick(["Alzheimer's dementia", 'Parkinson disease', 'ischemic cardiomyopathy'])), ' ........ interval ', (K, pick(['years', '8 years', '6 yrs'])))
    b.ln('  Other significant: ', (K, pick(['Hashimoto thyroiditis', 'Paget disease of bone', "Crohn's disease"])))
    b.ln('  ', (K, 'Advance Directive'), ': on file at ', (FAC, place))
    if chance(0.5):
        b.ln('Veteran: Y (Army). DD-214 copy provided; service # ', (IDN, digits(8)), '. Flag requested.')
    b.ln('Obituary to ', (FAC, pick(NEWSPAPERS)), ' and ', (URL, 'www.' + re.sub(r'[^a-z]', '', ascii_fold(fh).lower())[:18] + '.com/obituaries/' + re.sub(r'[^a-z]', '', ascii_fold(p.last).lower())),
         pick(['', ' ; service at ']), *([(FAC, pt.church)] if chance(0.6) else []))


def t_timeline(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    adm = nd - days(R.randint(6, 14))
    hosp = pt.hosp
    team = [clin('MD') for _ in range(4)]
    rn = clin('RN')
    b.ln('HOSPITAL COURSE TIMELINE  (prepared for ', pick(['M&M', 'peer review', 'RCA', 'quality committee']), ')')
    b.ln('Patient: ', N(p, pick(['lf', 'LF', 'full'])), '   MRN ', (MRN, pt.mrn), '   ', (FAC, hosp))
    b.ln('Admit ', D(adm, pick(['mmddyyyy', 'mdy', 'milit'])), ' -> D/C ', D(nd, pick(['mmddyyyy', 'mdy', 'milit'])), '   Age ', age_num(c.age))
    b.ln('')
    b.ln('| Date      | Time | Event                                                     | By              |')
    b.ln('|-----------|------|-----------------------------------------------------------|-----------------|')
    src = pick([pt.nursing, pick(HOSP), None])
    ev = []
    ev.append((0, '1432', ['Arrived by EMS from ', (FAC, src)] if src else ['Walk-in w/ ', pt.adult_rel(c.age).rel, ' ', N(pt.adult_rel(c.age), 'first')], [(PER, rn.initials(True)), ', RN']))
    ev.append((0, '1610', ['CT head neg; ', (K, f'Wells score {pick(["4.5", "6", "3"])}'), ' -> CTA: segmental PE'], CL(team[0], 'drl')))
    ev.append((0, '1745', ['Started ', (K, 'heparin 18 units/kg/hr')], CL(team[0], 'drl')))
    ev.append((1, '0620', ['Rapid response: ', (K, f'Hgb {R.uniform(6.5, 8.0):.1f}'), ', melena; heparin held'], [(PER, clin('RN').initials(True))]))
    ev.append((1, '1130', ['GI consult, EGD: gastric ulcer, clipped'], CL(team[1], 'drl')))
    ev.append((2, '0900', ['IVC filter placed (IR)'], CL(team[2], 'drl')))
    ev.append((R.randint(3, 5), '1400', ['Delirium; ', (K, f'GCS {pick(["13", "14"])}'), ', sitter ordered'], CL(team[3], 'drl')))
    ev.append(((nd - adm).days, '1115', ['D/C to ', (FAC, pick(NURSING))] if chance(0.6) else ['D/C home to ', (LOC, pt.addr.town), ' w/ home health'], CL(team[0], 'drl')))
    styles = ['mmddyyyy', 'md', 'milit', 'dots', 'iso', 'dmon', 'abbr']
    for off, tm, event, by in ev:
        d = adm + days(off)
        ds = fdate(d, pick(styles))
        b.add('| ', (DAT, ds), ' ' * max(1, 10 - len(ds)), '| ', tm, ' | ')
        ln0 = b.n
        b.add(event)
        w = b.n - ln0
        b.add(' ' * max(1, 58 - w), '| ')
        ln1 = b.n
        b.add(by)
        b.ln(' ' * max(1, 16 - (b.n - ln1)), '|')
    b.ln('')
    b.ln('Key issues: anticoagulation started before bleeding risk reassessed; ', (K, 'HAS-BLED 3'), '.')
    if chance(0.5):
        b.ln('Family (', pt.adult_rel(c.age).rel, ' ', N(pt.adult_rel(c.age), 'fl'), ') filed grievance ', D(nd + days(3), 'md'), '.')
    b.ln('Prepared by ', N(transient(), 'fl'), ', RN, Quality Dept, ext ', (PHN, str(R.randint(2000, 7999))), ' — ', D(nd + days(R.randint(7, 30)), 'mdyy'))


def t_sms(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    clinic = pt.clinic
    md = pt.pcp
    cg = pt.adult_rel(c.age) if (c.age < 18 or c.age > 75 or chance(0.3)) else None
    appt = nd + days(R.randint(5, 9))
    alt = appt + days(R.randint(2, 4))
    a = Addr()
    b.ln('Outbound SMS log — ', (FAC, clinic), '   gateway ', (IPA, make_ip()))
    b.ln('Recipient: ', (PHN, pt.cell), '   Patient: ', N(p, pick(['lf', 'fl'])), '   MRN ', (MRN, pt.mrn))
    b.ln('-' * 60)

    def stamp(d, t):
        return ['[', (DAT, fdate(d, 'mdy_time')), f' {t}] ']
    first = p.nick or p.first
    if chance(0.3):
        b.ln(stamp(nd, '09:00'), 'CLINIC: ', (PER, first), ', appt ', DW(appt, 'md'), ' 8:00 AM w/ ', CL(md, 'drl' if md.cred in DOC_CREDS else 'fl'),
             '. Fasting labs: nothing to eat ', (K, 'for 10 hours'), '; take ', (K, pick(['amlodipine 5 mg', 'levothyroxine 100 mcg'])), ' as usual. C=confirm')
        b.ln(stamp(nd, '09:14'), 'PATIENT: ', pick(['C', 'c', 'yes ma\'am', 'ok']))
        b.ln(stamp(nd + days(1), '10:01'), 'CLINIC: FYI your ', (K, f'LDL {R.randint(90, 190)}'), ' from last draw is in the portal ', (URL, 'www.' + fac_domain(clinic)))
        b.ln('-' * 60)
        return
    b.ln(stamp(nd, '09:00'), 'CLINIC: Hi ', (PER, first), ', this is ', (FAC, clinic), '. You have an appt ', DW(appt, 'md'),
         ' at 2:15 PM with ', CL(md, 'drl' if md.cred in DOC_CREDS else 'fl'), ' at ', (STR, a.street), '. Reply C to confirm, R to reschedule.')
    b.ln(stamp(nd, '11:37'), 'PATIENT: ', pick(['r', 'R', 'resched pls']))
    b.ln(stamp(nd, '11:38'), 'CLINIC: Please call ', (PHN, make_phone()), ' or reply with a day that works.')
    if cg:
        b.ln(stamp(nd, '12:02'), 'PATIENT: ', lo(['cant do ', pick([WD[appt.weekday()], 'that day']), '. can ', p.she, ' come the ']), (DAT, ordn(alt.day)),
             lo(['? this is ' + p.her + ' ', cg.rel, ' ']),
             lo((PER, cg.first)), pick(['', ' thx']))
    else:
        b.ln(stamp(nd, '12:02'), 'PATIENT: ', 'cant do ', WD[appt.weekday()].lower(), '. can i come ', lo(DW(alt, 'md')), ' instead', pick(['', '?', ' after work']))
    b.ln(stamp(nd + days(1), '08:15'), 'CLINIC: You are rescheduled for ', (DAT, fdate(alt, 'abbr')), ' 9:40 AM. This is a fasting visit — nothing to eat ',
         (K, 'for 8 hours'), ' before. Hold ', (K, pick(['metformin 500 mg', 'glipizide 5 mg', 'insulin glargine 20 units'])), ' the morning of.')
    b.ln(stamp(nd + days(1), '08:15'), 'CLINIC: Pre-check-in: ', (URL, pick(['https://checkin.', 'https://go.', 'http://pt.']) + fac_domain(clinic) + '/' + alnum(6).lower()))
    b.ln(stamp(nd + days(1), '19:44'), 'PATIENT: ', *pick([['ok'], ['k thx'], ['got it'],
                                                          ['ok do i bring my ', (K, 'reading glasses'), ' for the eye test??']]))
    if True:
        b.ln(stamp(nd + days(2), '10:01'), 'CLINIC: Your recent ', (K, f'A1c was {R.uniform(6.2, 10.5):.1f}%'), '. ',
             CL(md, 'drl' if md.cred in DOC_CREDS else 'fl'), ' will review at visit. Portal: ', (URL, 'www.' + fac_domain(clinic)))
    if chance(0.5):
        b.ln(stamp(alt - days(1), '17:00'), 'CLINIC: Reminder: tomorrow 9:40 AM. Bring insurance card (ID ending ', (HPN, re.sub(r'\D', '', pt.hpn)[-4:]), ').')
    b.ln(stamp(alt - days(1), '17:03'), 'PATIENT: ', lo(pick(['STOP', 'C', 'yes', 'will be there'])))
    b.ln('-' * 60)
    b.ln('Delivered: ', str(R.randint(6, 9)), '  Failed: 0  Carrier: ', pick(['T-Mob', 'VZW', 'prepaid MVNO']))


def t_lawyer(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    md = clin(pick(['MD', 'DO']))
    atty = transient()
    firm = pick(LAWFIRMS)
    a = Addr()
    doi = nd - days(R.randint(60, 300))
    first_visit = doi + days(R.randint(2, 5))
    b.ln((FAC, pick(CLINIC + ['Ironwood Spine & Sports'])))
    b.ln('')
    b.ln(D(nd, pick(['long', 'abbrdot', 'dmy'])))
    b.ln('')
    b.ln('VIA FAX (', (PHN, make_phone()), ') AND E-MAIL (', (EML, make_email(atty, fac_domain(firm))), ')')
    b.ln('')
    b.ln(N(atty, pick(['fl', 'full'])), ', Esq.')
    b.ln((FAC, firm))
    b.ln((STR, a.street + pick([', Suite 400', ', Ste 12', ''])))
    b.ln(a.city_seg())
    b.ln('')
    b.ln('Re:   Your client: ', N(p, pick(['fl', 'full'])))
    b.ln('      DOB: ', D(pt.dob, pick(['mdy', 'mmddyyyy'])), '    Date of injury: ', D(doi, pick(['mdy', 'mmddyyyy'])))
    b.ln('      Claim No.: ', (IDN, f'{alnum(2)}-{digits(7)}'), *(['    Policy: ', (IDN, f'{digits(3)}-{digits(4)}-{digits(3)}')] if chance(0.5) else []))
    b.ln('')
    b.ln('Dear ', atty.title(), ' ', (PER, atty.last), ':')
    b.ln('')
    b.ln('as requested i am providing a narrative summary regarding ', N(p, 'title'), ' comma ' if chance(0.3) else ', ',
         'whom i first evaluated on ', D(first_visit, pick(['long', 'md'])), ' ', (K, pick(['3 days', '4 days', 'five days'])),
         ' after a rear-end motor vehicle collision on ', (STR, pick(['Route ', 'Highway ', 'State Road ']) + str(R.randint(1, 99))), ' near ', (LOC, pick(TOWNS)), '.')
    b.ln(p.she.capitalize(), ' was the restrained driver, ', (K, 'GCS 15'), ' at the scene per EMS, and was evaluated the same day at ',
         (FAC, pick(HOSP)), ' emergency department where cervical CT was negative.')
    b.ln('On examination ', (K, 'Spurling test'), ' was positive on the right with paraspinal spasm; ', (K, 'Hoffmann sign'), ' was absent.')
    b.ln('Treatment included ', (K, pick(['cyclobenzaprine 10 mg at bedtime', 'meloxicam 15 mg daily', 'naproxen 500 mg BID'])),
         ' and physical therapy at ', (FAC, pick(['Ironwood Spine & Sports', 'Kettle Bend PT'] + CLINIC)), ' ', (K, pick(['x 12 visits', 'for 8 weeks', 'twice weekly x 6 weeks'])), '.')
    b.ln('At the last visit on ', D(nd - days(R.randint(5, 30)), pick(['long', 'md', 'mdy'])), ' ', p.she, ' reported residual neck pain ',
         (K, '3/10'), ' and intermittent paresthesias of the right hand.')
    b.ln('It is my opinion, within a reasonable degree of medical certainty, that these injuries are causally related to the collision of ',
         D(doi, pick(['long', 'md', 'mdy'])), '.')
    b.ln('')
    b.ln('Sincerely,')
    b.ln(CL(md, 'credfull'))
    b.ln('DD: ', D(nd - days(1), 'mmddyyyy'), '   DT: ', D(nd, 'mmddyyyy'), '   ', (PER, md.initials()).__getitem__(1).lower() if False else lo((PER, md.initials())), '/', lo((PER, transient().initials())))
    b.ln('cc: ', N(p, 'fl'), ', ', (STR, pt.addr.street), ', ', (LOC, pt.addr.town))


def t_bilingual(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    clinic = pick(['Clínica Esperanza', 'Clínica del Valle'] + CLINIC[:3])
    md = clin(pick(['MD', 'NP']))
    hija = pt.adult_rel(c.age)
    sp = [r for r in pt.rels if r.rel in ('wife', 'husband')]
    esp = sp[0] if sp else pt.add_rel('spouse', None)
    interp = transient('hisp')
    FACILITY_STRINGS.update(['Clínica Esperanza', 'Clínica del Valle'])
    b.ln(up((FAC, clinic)), ' — Nota de visita / Visit note')
    b.ln('Paciente: ', p.title(True), ' ', (PER, p.full() if chance(0.5) else p.fl()), '   Fecha: ', D(nd, pick(['es_dmy', 'es_long'])),
         '   MRN ', (MRN, pt.mrn))
    b.ln('Edad: ', (K, f'{c.age} años') if c.age < 90 else [(AGE, str(c.age)), ' años'], '   Idioma: español')
    b.ln('Acompañada por su ' if p.sex == 'F' else 'Acompañado por su ', {'daughter': 'hija', 'son': 'hijo', 'niece': 'sobrina', 'nephew': 'sobrino', 'mother': 'mamá', 'father': 'papá', 'wife': 'esposa', 'husband': 'esposo', 'sister': 'hermana', 'brother': 'hermano', 'granddaughter': 'nieta', 'grandson': 'nieto'}.get(hija.rel, 'familiar'),
         ' ', N(hija, 'fl'), '; interpreter ', N(interp, 'fl'), ' (ID ', (IDN, digits(5)), ') by phone')
    b.ln('')
    b.ln('S: Refiere dolor en rodillas ', (K, pick(['hace 3 semanas', 'desde hace 2 meses', 'x 10 días'])), ', worse going up stairs. ',
         'Vive en ', (LOC, pt.addr.town), ' con su ', 'esposo' if esp.sex == 'M' else 'esposa', ' ', (('Don ' if esp.sex == 'M' else 'Doña ') if chance(0.5) else ''), (PER, esp.first), '. ',
         pick(['Trabaja en ', 'Works at ']), (FAC, pt.employer), '.')
    b.ln('   Niega fiebre. Sleeping poorly, "me duele todo." ', (K, pick(['PHQ-2 = 1', 'PHQ-9 = 7'])))
    b.ln('Meds: ', (K, pick(['metformina 850 mg dos veces al día', 'metformin 1000 mg BID'])), '; ', (K, pick(['losartán 50 mg diario', 'lisinopril 20 mg daily'])),
         '; té de canela (cinnamon tea) daily.')
    b.ln('O: ', (K, f'PA {R.randint(128, 162)}/{R.randint(76, 96)}'), '  FC ', str(R.randint(60, 96)), '  peso ', str(R.randint(55, 98)), ' kg.  Rodillas: crepitación bilateral, ',
         pick(['no derrame', 'small effusion R']), '.')
    b.ln('A/P: 1) DM2 no controlada, ', (K, f'A1c {R.uniform(7.5, 11.8):.1f}%'), ' — increase metformin; nutrition referral.')
    b.ln('     2) OA rodillas — acetaminophen, ejercicios, PT at ', (FAC, pick(CLINIC)), '.')
    nxt = nd + days(R.randint(20, 60))
    b.ln('Próxima cita: el ', (DAT, fdate(nxt, pick(['es_short', 'es_dmy']))), ' a las 10:00 / next appt ', (DAT, fdate(nxt, 'md')), '.')
    b.ln('Farmacia: ', (FAC, pick(['Farmacia San Judas', pt.pharm])), ' en ', (STR, Addr().street), '.')
    b.ln('Tel: ', (PHN, hija.phone), ' (cel ', 'de la hija' if hija.sex == 'F' else 'del hijo', ')', pick(['', ' — prefiere WhatsApp']))
    b.ln('Firmado: ', CL(md, pick(['cred', 'dr'])), ' ', D(nd, 'es_dmy'))


def t_nemt(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    co = pick(NEMT)
    drv = transient()
    disp = transient()
    esc = pt.adult_rel(c.age)
    dest = pick(DIALYSIS + CLINIC + HOSP[:6])
    da = Addr()
    b.ln(up((FAC, co)), '   TRIP TICKET   #', (IDN, f'{nd.year % 100}{digits(6)}'))
    b.ln('Date of service: ', D(nd, pick(['mmddyyyy', 'mdyy', 'dash'])), '   Leg: A (outbound)   Level: ', pick(['wheelchair', 'stretcher', 'ambulatory']))
    b.ln('Member: ', up(N(p, 'lf')), '   Medicaid ID ', (HPN, pt.hpn), '   DOB ', D(pt.dob, pick(['mmddyyyy', 'mdy'])))
    b.ln('Mobility/clinical: ', (K, pick(['O2 2 L NC', 'O2 3 L/min via NC', 'room air'])), '; ', (K, 'Hoyer lift'), ' at home only; ',
         (K, f'weight {R.randint(180, 390)} lb'), pick(['', ' — bariatric chair']))
    b.ln('')
    b.ln('PICK UP:  ', (STR, pt.addr.street), ', ', (LOC, pt.addr.town), '  — ', pick(['gate code 4#12, ', 'blue trailer behind church, ', 'side door, ']),
         'call ', (PHN, pt.phone), ' on arrival')
    b.ln('DROP OFF: ', (FAC, dest), ', ', (STR, da.street), ', ', (LOC, da.town))
    b.ln('Appt: ', f'{R.randint(7, 14)}:{pick(["00", "15", "30", "45"])}', '   Return: will-call')
    b.ln('Escort: ', N(esc, 'fl'), ' (', esc.rel, ')', pick(['', ' — rides free']))
    b.ln('')
    b.ln('Vehicle: unit ', str(R.randint(2, 40)), '  ', pick(['2019 Ford Transit', '2017 Dodge Grand Caravan', '2021 Chevy Express']), '  plate ', (VEH, make_plate()),
         '  VIN ', (VEH, make_vin()))
    b.ln('Driver: ', N(drv, pick(['fl', 'lf'])), '   DL ', (LIC, make_dl()), '   badge ', (IDN, digits(4)))
    b.ln('Times: disp 0905 | on-scene 0941 | loaded 0958 | arrived 1026 | odometer 48,211 -> 48,225')
    b.ln('Notes: ', pick(['pt c/o CP en route, ', 'pt anxious, ', 'uneventful. ']),
         *(['vitals not taken (not EMS); advised facility staff ', N(transient(), 'fl'), ' at check-in.'] if chance(0.5) else ['escort carried ', (K, pick(['nitroglycerin 0.4 mg SL', 'albuterol inhaler', 'glucose tabs']))]))
    if c.age >= 90:
        b.ln('Member is ', (AGE, str(c.age)), pick([' — ', ' yrs; ']), 'needs extra time for transfer.')
    b.ln('Dispatcher: ', N(disp, 'fi'), '  ', (PHN, with_ext(make_phone())))


def t_dmv(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    md = clin(pick(['MD', 'DO']))
    cond = pick(['seizure', 'vision', 'cognition', 'sleep'])
    b.ln('DRIVER MEDICAL EVALUATION — PHYSICIAN\'S REPORT')
    b.ln('Medical Review Unit case ', (IDN, f'MRU-{digits(6)}'))
    b.ln('')
    b.ln('Driver name: ', N(p, pick(['LF', 'lf'])), '      DL #: ', (LIC, pt.dl))
    b.ln('DOB: ', D(pt.dob, pick(['mmddyyyy', 'mdy'])), '   Age: ', age_num(c.age), '   Sex: ', p.sex)
    b.ln('Address: ', pt.addr.one_line())
    b.ln('')
    if cond == 'seizure':
        last = nd - days(R.randint(200, 600))
        b.ln('Condition: ', (K, 'generalized epilepsy'), '. Last seizure ', D(last, pick(['md', 'mdy', 'mon_y'])), '; seizure-free ',
             (K, pick(['for 14 months', 'x 9 months', 'for over a year'])), '.')
        b.ln('Medications: ', (K, pick(['levetiracetam 750 mg BID', 'lamotrigine 150 mg BID'])), '; adherent per pharmacy fill history (', (FAC, pt.pharm), ').')
    elif cond == 'vision':
        b.ln('Condition: ', (K, pick(['Fuchs dystrophy', 'glaucoma', 'macular degeneration, dry'])), '.')
        b.ln('Visual acuity (', (K, 'Snellen'), '): ', (K, pick(['20/40 OU', '20/50 OD, 20/30 OS'])), ' with correction; fields full to confrontation.')
    elif cond == 'cognition':
        b.ln('Condition: mild cognitive impairment. ', (K, f'MoCA {R.randint(19, 26)}/30'), '; ', (K, f'Trails B {R.randint(90, 190)} seconds'), '.')
        b.ln('Family (', pt.adult_rel(c.age).rel, ' ', N(pt.adult_rel(c.age), 'fl'), ') reports two minor scrapes in parking lots since ', D(nd - days(R.randint(60, 200)), 'mon_y'), '.')
    else:
        b.ln('Condition: ', (K, 'obstructive sleep apnea'), ', on CPAP (device SN ', (DEV, make_serial()), '), adherence 92% nights >4h.')
        b.ln((K, f'Epworth Sleepiness Scale {R.randint(3, 9)}'), ' today; no drowsy-driving events.')
    b.ln('Other: ', (K, pick(['BP 132/80', 'BP 146/88', 'A1c 7.1%'])), '; ', (K, pick(['Reading glasses', 'Progressive lenses', 'Hearing aids'])), ' worn.')
    b.ln('')
    b.ln('Recommendation:')
    b.ln('  [', pick(['X', ' ']), '] may drive without restriction')
    b.ln('  [ ] restricted: daylight only / radius ', str(R.randint(5, 25)), ' mi of home (', (LOC, pt.addr.town), ')')
    b.ln('  [ ] should not drive; re-evaluate in ', (K, '6 months'))
    b.ln('Examining physician: ', CL(md, 'dr'), '   License ', (LIC, md.lic), '   ', (FAC, pt.clinic), '   ', (PHN, make_phone()))
    b.ln('Signature: ', (PER, md.fi()), '   Date: ', D(nd, pick(['mmddyyyy', 'mdyy'])))


def t_fmla(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    md = clin(pick(['MD', 'NP', 'DO']))
    hr = transient()
    start = nd - days(R.randint(5, 40))
    b.ln('CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE\'S SERIOUS HEALTH CONDITION (FMLA)')
    b.ln('SECTION I — EMPLOYER')
    b.ln('Employer: ', (FAC, pt.employer), '   HR contact: ', N(hr, 'fl'), ', ', (PHN, with_ext(make_phone())), ', ', (EML, make_email(hr, fac_domain(pt.employer))))
    b.ln('Employee: ', N(p, pick(['fl', 'lf'])), '   Employee ID: ', (IDN, pick([digits(6), f'E{digits(5)}', f'{digits(3)}-{digits(3)}'])),
         '   Job title: ', pick(['machine operator', 'cashier', 'dealer', 'CSR II', 'para-educator', 'forklift operator']))
    b.ln('Essential functions: ', pick(['standing 8-10 h, lifting 50 lb', 'continuous phone work', 'rotating shifts']))
    b.ln('')
    b.ln('SECTION II — HEALTH CARE PROVIDER')
    b.ln('Provider: ', CL(md, 'credfull'), '   Practice: ', (FAC, pt.clinic), '   Ph ', (PHN, make_phone()), '   Fax ', (PHN, make_phone()))
    b.ln('Part A:  (1) Approximate date condition commenced: ', D(start, pick(['mdy', 'mmddyyyy'])))
    b.ln('         (2) Probable duration: ', (K, pick(['6-8 weeks', 'lifelong', '3 months'])))
    if chance(0.6):
        adm = start + days(1)
        b.ln('         (3) Inpatient care: [X] Yes — ', (FAC, pt.hosp), ' from ', D(adm, 'md'), ' to ', D(adm + days(R.randint(2, 6)), 'md'))
    b.ln('         (4) Condition: ', (K, pick(["Crohn's disease with ileal stricture", 'Graves disease with ophthalmopathy', 'Guillain-Barré syndrome',
                                         'Hodgkin lymphoma'])))
    b.ln('Part B:  Flare-ups expected ', (K, pick(['1-2 times per month', 'every 4-6 weeks'])), ', each lasting ', (K, pick(['1-3 days', '2-4 days'])), '.')
    b.ln('         Follow-up treatment ', (K, pick(['every 8 weeks', 'q6 weeks'])), ' for ', (K, pick(['infliximab 5 mg/kg IV', 'vedolizumab 300 mg IV', 'rituximab infusion'])),
         ' at ', (FAC, pick(HOSP)), ' infusion center; next ', D(nd + days(R.randint(10, 50)), pick(['md', 'longord'])), '.')
    b.ln('         Reduced schedule: no; intermittent leave: yes.')
    b.ln('Signature: /s/ ', CL(md, 'fl'), '   Date: ', D(nd, pick(['mmddyyyy', 'mdy'])))
    b.ln('')
    b.ln('[HR use] Case # ', (IDN, f'FMLA-{digits(5)}'), ' received ', D(nd + days(R.randint(1, 4)), 'mdyy'), ' by ', (PER, hr.initials()))


def t_ethics(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    hcp = pt.adult_rel(c.age)
    other = pt.other_rel(c.age, hcp)
    md, rn, sw = clin('MD'), clin('RN'), clin('LCSW')
    chap = transient()
    fac = transient()
    interp = transient(p.cult) if p.cult not in ('plain', 'wordy', 'irish') else None
    b.ln('ETHICS CONSULTATION SERVICE — MEETING SUMMARY')
    b.ln('Date: ', D(nd, pick(['long', 'mdy', 'abbrdot'])), ' 1400   Location: family conf. room, ', (FAC, pt.hosp))
    b.ln('Patient: ', N(p, pick(['full', 'lf'])), ', ', age_segs(c.age), '   MRN ', (MRN, pt.mrn))
    b.ln('')
    b.ln('Present:')
    b.ln('  ', N(hcp, 'fl'), ' — ', hcp.rel, ', health care agent')
    if True:
        b.ln('  ', N(other, 'fl'), ' — ', other.rel, ', by phone from ', (LOC, other.addr.town))
    b.ln('  ', CL(md, 'dr'), ' — MICU attending')
    b.ln('  ', CL(rn, 'cred'), ' — bedside nurse')
    b.ln('  ', CL(sw, 'cred'), ' — social work')
    b.ln('  ', N(chap, 'fl'), ' — chaplain')
    if interp:
        b.ln('  ', N(interp, 'fl'), ' — interpreter, ID ', (IDN, digits(5)))
    b.ln('  ', N(fac, 'fl'), ', JD, MA — ethics facilitator')
    b.ln('')
    where = pick(['home', 'church', 'work'])
    b.ln('Background: ', N(p, 'title'), ' was admitted ', D(nd - days(R.randint(8, 30)), pick(['md', 'longord', 'mdy'])), ' after cardiac arrest at ',
         where, *([' (', (FAC, pt.church if where == 'church' else pt.employer), ')'] if where != 'home' and chance(0.6) else []),
         '; ', (K, 'anoxic brain injury'), ', ', (K, pick(['GCS 6T', 'GCS 5T', 'GCS 4T'])), ', no brainstem reflexes besides cough.')
    b.ln('No ', (K, 'Advance Directive'), ' on file. ', hcp.rel.capitalize(), ' states ', p.she, ' "would never want to live on machines"; ',
         other.rel, ' hopes for a miracle and asked about transfer to ', (FAC, pick(HOSP)), '.')
    if c.age >= 90:
        b.ln(hcp.rel.capitalize(), ' noted ', p.her, ' mother lived to ', (AGE, str(c.age + R.randint(1, 6))), ' and the family "expected ', p.her_obj, ' to outlive us all."')
    b.ln('Religious: ', p.she, ' is a member of ', (FAC, pt.church), '; chaplain offered prayer and ', pick(['anointing', 'a blessing', 'readings']), '.')
    b.ln('')
    b.ln('Recommendations:')
    b.ln('  1. ', hcp.rel.capitalize(), ' is the legally authorized surrogate; substituted judgment supports limiting treatment.')
    b.ln('  2. Time-limited trial through ', DW(nd + days(3), 'md'), '; if no improvement, transition to ', (K, 'Comfort Care'), ' order set.')
    b.ln('  3. Palliative care to follow; ', (K, pick(['morphine 2 mg IV q2h PRN', 'hydromorphone 0.5 mg IV q2h PRN'])), ' for dyspnea if extubated.')
    b.ln('Follow-up meeting ', D(nd + days(3), pick(['md', 'mdy'])), '. Contact for family: ', (PHN, hcp.phone), '.')
    b.ln('Recorded by ', N(fac, 'fi'), ', pager ', (PHN, str(R.randint(1000, 9999))))


def t_belong(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    off = transient()
    wit = clin('RN')
    rel = pt.adult_rel(c.age)
    rel_date = nd + days(R.randint(1, 5))
    b.ln('PATIENT BELONGINGS INVENTORY — Security Services, ', (FAC, pt.hosp))
    b.ln('Envelope # ', (IDN, f'{pick(["S", "SEC", "E"])}{digits(6)}'), '   Date/time in: ', D(nd, pick(['mmddyyyy', 'mdyy', 'milit'])), ' 2315   ED bay ', str(R.randint(1, 30)))
    b.ln('Patient: ', N(p, pick(['LF', 'lf', 'full'])), '   MRN ', (MRN, pt.mrn))
    arr = pick(['biz', 'ems', 'police'])
    if arr == 'biz':
        b.ln('Arrived: EMS from the ', (FAC, pick(BUSINESSES)), ' on ', (STR, f'{pick(STREETS)} {pick(SUFFIX)}'), ', ', (LOC, pick(TOWNS)))
    elif arr == 'ems':
        b.ln('Arrived: EMS from home (', (LOC, pt.addr.town), ')')
    else:
        b.ln('Arrived: ', pick(['Sheriff deputy', 'city police']), ' ', N(transient(), 'title'), ', found outside ', (FAC, pick(SHELTERS + BUSINESSES)))
    b.ln('')
    b.ln('#   ITEM / DESCRIPTION')
    num = iter(range(1, 20))
    b.ln('1   wallet, brown — DL ', (LIC, pt.dl), '; ins. card ', (HPN, pt.hpn), pick(['; SS card ', '; SSN card xxx ']), (SSN, pt.ssn), '; $', f'{R.randint(0, 80)}.{R.randint(0, 99):02d}', ' cash')
    if chance(0.6):
        b.ln('    also employee badge ', (FAC, pt.employer), ' #', (IDN, digits(5)))
    next(num)
    b.ln(f'{next(num)}   cell phone, cracked screen — number per pt ', (PHN, pt.cell))
    b.ln(f'{next(num)}   keys w/ fob, ', pick(['2009 Chevy Silverado', '2014 Honda Civic', 'older Ford Ranger']), ' plate ', (VEH, pt.plate))
    b.ln(f'{next(num)}   ', (K, 'Reading glasses'), ', black case')
    if chance(0.7):
        b.ln(f'{next(num)}   hearing aid (L only), SN ', (DEV, make_serial('ha')))
    b.ln(f'{next(num)}   ', pick(['rosary', 'prayer beads', 'small Bible', 'tasbih']), '; card from ', (FAC, pt.church))
    rx_i = next(num)
    b.ln(f'{rx_i}   Rx bottles: ', (K, pick(['lorazepam 0.5 mg #30', 'oxycodone 5 mg #12', 'gabapentin 300 mg #90'])), ' (', (FAC, pt.pharm), ', filled ',
         D(nd - days(R.randint(2, 40)), 'md'), '); ', (K, pick(['nitroglycerin 0.4 mg SL', 'insulin glargine pen', 'albuterol HFA'])))
    b.ln(f'{next(num)}   envelope addressed to ', N(p, 'fl'), ', ', (STR, pt.addr.street), ' — sealed, not opened')
    b.ln('')
    b.ln(f'Valuables to safe: items 1, 2, {rx_i} (controlled substances counted by RN ', CL(wit, 'fi'), ')')
    b.ln('Inventoried by: ', N(off, 'fl'), ', Security Officer #', (IDN, digits(3)), '   Witness: ', CL(wit, 'cred'))
    b.ln('')
    b.ln('RELEASE: released to ', rel.rel, ' ', N(rel, 'fl'), ' on ', D(rel_date, pick(['md', 'mdy'])), ' 1040; ID verified (DL ',
         (LIC, make_dl()), '); pt verbal consent. Officer ', (PER, off.initials()))


def t_rehab(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    ep1, ep2 = clin('MS, CEP'), clin('RN')
    md = clin('MD')
    event = nd - days(R.randint(20, 50))
    b.ln('CARDIAC REHABILITATION — PHASE II SESSION LOG   ', (FAC, pt.hosp))
    b.ln('Participant: ', N(p, pick(['full', 'lf', 'nick'])), '   MRN ', (MRN, pt.mrn), '   Age ', age_num(c.age))
    b.ln('Referring: ', CL(md, 'dr'), '   Qualifying event: ', pick(['STEMI s/p PCI to LAD', 'CABG x3', 'stable angina', 'HFrEF, EF 30%']), ' on ', D(event, pick(['mdy', 'md', 'milit'])))
    b.ln('Orientation ', D(event + days(10), 'md'), ': ', (K, 'Welcome packet'), ' given; target HR ', str(R.randint(95, 120)), '-', str(R.randint(121, 135)),
         ', ', (K, 'Borg RPE 11-13'), '.')
    b.ln('')
    b.ln('Sess  Date      Modality            METs  HR rest/peak  BP pre -> peak      RPE  Staff')
    d = event + days(12)
    for s in range(1, R.choice([4, 6, 8, 10, 16, 24, 37, 37])):
        d = d + days(pick([2, 2, 3, 5]))
        ds = fdate(d, pick(['md', 'mmdd']))
        st = pick([ep1, ep2])
        b.add(f'{s:<6}', (DAT, ds), ' ' * (10 - len(ds)), f'{pick(["TM 2.0/0%", "TM 2.5/2%", "NuStep L5", "bike 25W", "arm erg"]):<20}',
              f'{R.uniform(2, 5.5):.1f}  ', f'{R.randint(60, 80)}/{R.randint(90, 128)}        ', f'{R.randint(110, 140)}/{R.randint(60, 84)} -> {R.randint(140, 180)}/{R.randint(64, 90)}   ',
              f'{R.randint(9, 14):<5}')
        b.ln((PER, st.initials()))
    b.ln('')
    b.ln('Comments:')
    gd = pt.rel()
    b.ln(' - sess 3: c/o mild ', pick(['jaw tightness', 'SOB', 'calf cramp']), ' at 6 min, resolved w/ rest; tele NSR. ', CL(md, 'drl'), ' notified.')
    b.ln(' - sess 5: pt excited for ', gd.rel, ' ', N(gd, 'first'), '\'s ', pick(['wedding', 'graduation', 'baptism']), ' in ', (LOC, gd.addr.town), ' on ',
         D(d + days(R.randint(3, 20)), pick(['md', 'longord', 'ordof'])), '; reviewed travel + ', (K, 'nitroglycerin 0.4 mg SL'), ' use.')
    b.ln(' - meds: ', (K, pick(['metoprolol succinate 25 mg daily', 'carvedilol 6.25 mg BID'])), ', ', (K, pick(['atorvastatin 80 mg', 'rosuvastatin 20 mg'])),
         ', ', (K, pick(['ticagrelor 90 mg BID', 'clopidogrel 75 mg daily'])))
    b.ln(' - psychosocial: ', (K, f'PHQ-9 {R.randint(2, 14)}'), '; ', pick(['friend', 'neighbor']), ' ', N(pt.friend, 'fl'), ' drives to sessions.')
    if c.age >= 90:
        b.ln(' - oldest participant in program (', (AGE, str(c.age)), '); modified warm-up.')
    b.ln('Staff key: ', (PER, ep1.initials()), ' ', (PER, ep1.fl()), ', MS, CEP; ', (PER, ep2.initials()), ' ', (PER, ep2.fl()), ', RN')


def t_roi(c):
    b, p, pt, nd = c.b, c.p, c.pat, c.nd
    him = transient()
    him2 = transient()
    req_kind = pick(['atty', 'ssa', 'ins', 'self'])
    b.ln('HEALTH INFORMATION MANAGEMENT — RELEASE OF INFORMATION TRACKING')
    b.ln((FAC, pt.hosp), ' HIM Dept.   Fax ', (PHN, make_phone()))
    b.ln('')
    b.ln('Request ID:   ', (IDN, f'ROI-{nd.year % 100}-{digits(6)}'))
    b.ln('Received:     ', D(nd, pick(['mmddyyyy', 'mdy'])), pick([' via fax from ', ' via e-fax ']), (PHN, make_phone()))
    b.ln('Patient:      ', N(p, pick(['LF', 'lf'])), '   DOB ', D(pt.dob, pick(['mmddyyyy', 'mdy'])), '   MRN ', (MRN, pt.mrn))
    if req_kind == 'atty':
        atty = transient()
        b.ln('Requestor:    ', N(atty, 'fl'), ', Esq., ', (FAC, pick(LAWFIRMS)), ' — ', (EML, make_email(atty, fac_domain(pick(LAWFIRMS)))))
    elif req_kind == 'ssa':
        ex = transient()
        b.ln('Requestor:    Disability Determination Services, examiner ', N(ex, 'fl'), ' (', (PHN, with_ext(make_phone())), ')')
    elif req_kind == 'ins':
        b.ln('Requestor:    life insurance underwriter, ', N(transient(), 'fl'), ', policy ', (IDN, f'LF{digits(8)}'))
    else:
        b.ln('Requestor:    patient (self), e-mail ', (EML, pt.email))
    a0 = nd - days(R.randint(300, 900))
    b.ln('Authorization: signed ', D(nd - days(R.randint(3, 15)), pick(['md', 'mdy'])), ', expires ', D(nd + days(R.randint(90, 365)), pick(['mdy', 'mon_y'])),
         '; witnessed by ', N(transient(), 'fl'))
    b.ln('Dates of service requested: ', D(a0, pick(['mdy', 'mmddyyyy'])), ' through ', D(nd - days(R.randint(5, 60)), pick(['mdy', 'mmddyyyy'])))
    b.ln('Records: ED visit; ', (K, pick(['Holter monitor report', 'Holter monitor 48 h'])), '; neurology consult re ', (K, pick(["Bell's palsy", 'Guillain-Barré syndrome', 'Tourette syndrome'])),
         '; labs incl. ', (K, pick(['A1c trend', 'TSH 0.02', 'ferritin 9'])), '; endocrine notes re ', (K, pick(['Hashimoto thyroiditis', 'Addison disease', 'Cushing syndrome'])), '.')
    b.ln('Excluded: psychotherapy notes; SUD records (need separate Part 2 consent).')
    b.ln('')
    b.ln('LOG')
    d1 = nd + days(1)
    b.ln('  ', D(d1, 'mdyy'), ' 0912  ', (PER, him.initials()), '  verified identity; called pt at ', (PHN, pt.phone), ' — confirmed request')
    b.ln('  ', D(d1 + days(2), 'mdyy'), ' 1330  ', (PER, him.initials()), '  ', str(R.randint(40, 400)), ' pages compiled; invoice # ', (IDN, f'INV{digits(6)}'), ' $', str(R.randint(6, 75)), '.50')
    b.ln('  ', D(d1 + days(5), 'mdyy'), ' 1015  ', (PER, him2.initials()), '  delivered via secure link ', (URL, 'https://roi.' + fac_domain(pt.hosp) + '/d/' + alnum(10).lower()))
    b.ln('  ', D(d1 + days(6), 'mdyy'), ' 0803  system  downloaded from IP ', (IPA, make_ip()), '; link expires in 14 days')
    b.ln('')
    b.ln('Processed by ', N(him, 'fl'), ', RHIT; QA ', N(him2, 'fl'), ', RHIA')


# ---------------------------------------------------------------- registry
# name -> (function, min_age, max_age, sex, culture)
TEMPLATES = {
    'rt_vent_narrative': (t_rt_vent, 18, 99, None, None),
    'device_clinic_interrogation': (t_device, 45, 104, None, None),
    'blood_donor_reaction_report': (t_donor, 17, 74, None, None),
    'audiology_hearing_aid_fitting': (t_audio, 6, 103, None, None),
    'midwife_birth_plan': (t_birth, 18, 42, 'F', None),
    'hospitalist_signout_email': (t_signout, 18, 101, None, None),
    'family_complaint_letter': (t_complaint, 3, 102, None, None),
    'adult_day_progress_note': (t_adc, 62, 104, None, None),
    'group_home_med_log': (t_grouphome, 19, 80, None, None),
    'home_infusion_delivery_ticket': (t_infusion, 18, 96, None, None),
    'disability_placard_form': (t_placard, 18, 101, None, None),
    'school_504_letter': (t_504, 6, 17, None, None),
    'treatment_court_letter': (t_court, 19, 62, None, None),
    'funeral_dc_worksheet': (t_funeral, 45, 106, None, None),
    'hospital_course_timeline': (t_timeline, 18, 100, None, None),
    'sms_reminder_log': (t_sms, 2, 99, None, None),
    'attorney_narrative_letter': (t_lawyer, 18, 85, None, None),
    'bilingual_es_en_visit': (t_bilingual, 18, 96, None, 'hisp'),
    'nemt_trip_ticket': (t_nemt, 18, 100, None, None),
    'dmv_medical_report': (t_dmv, 17, 97, None, None),
    'fmla_certification': (t_fmla, 19, 66, None, None),
    'ethics_consult_minutes': (t_ethics, 18, 104, None, None),
    'belongings_inventory': (t_belong, 17, 100, None, None),
    'cardiac_rehab_session_log': (t_rehab, 38, 93, None, None),
    'roi_tracking_log': (t_roi, 18, 100, None, None),
}


def compatible(tname, age, sex, cult):
    _, lo_, hi, sx, cu = TEMPLATES[tname]
    return lo_ <= age <= hi and (sx is None or sx == sex) and (cu is None or cu == cult)


# ---------------------------------------------------------------- checks
MONTH_RE = re.compile(r'\b(January|February|March|April|June|July|August|September|October|November|December|'
                      r'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|'
                      r'septiembre|octubre|noviembre|diciembre)\b')
SLASHDATE_RE = re.compile(r'(?<![\d./])(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?![\d%/])')
LONGNUM_RE = re.compile(r'(?<![\d])(\d{3}[-. ]\d{3}[-. ]\d{4}|\d{7,})(?![\d])')


def looks_like_phi(s):
    for w in re.findall(r"[A-Z][\w']+", s):
        if w in ALL_TOKENS or w in PLACE_STRINGS or w.rstrip("'s") in ALL_TOKENS:
            return True
    return False


def uncovered(text, spans):
    mask = [False] * len(text)
    for s, e in spans:
        for i in range(s, e):
            mask[i] = True
    return mask


def audit(rec, warn):
    text = rec['text']
    spans = sorted([(x['start'], x['end']) for x in rec['phi']] + [(x['start'], x['end']) for x in rec['keep']])
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2, ('overlap', rec['note_id'], s1, e1, s2, e2)
    for x in rec['phi'] + rec['keep']:
        seg = text[x['start']:x['end']]
        assert seg and seg == seg.strip(), ('whitespace', rec['note_id'], seg)
    phimask = uncovered(text, [(x['start'], x['end']) for x in rec['phi']])
    anymask = uncovered(text, spans)

    def free(s, e, mask):
        return not any(mask[s:e])
    # leaked surface strings (names, places, facilities) outside any span
    for tok in ALL_TOKENS | PLACE_STRINGS | FACILITY_STRINGS:
        if tok.islower():
            continue
        for m in re.finditer(r'(?<![\w])' + re.escape(tok) + r'(?![\w])', text):
            if free(m.start(), m.end(), anymask):
                warn.append((rec['note_id'], rec['template'], 'token', tok, text[max(0, m.start() - 30):m.end() + 30]))
    for rx, kind in ((MONTH_RE, 'month'), (SLASHDATE_RE, 'slash'), (LONGNUM_RE, 'longnum')):
        for m in rx.finditer(text):
            if free(m.start(), m.end(), anymask):
                warn.append((rec['note_id'], rec['template'], kind, m.group(), text[max(0, m.start() - 30):m.end() + 30]))
    # every PHI string that appears again elsewhere must be labeled there too
    for x in rec['phi']:
        s = text[x['start']:x['end']]
        if len(s) < 4:
            continue
        for m in re.finditer(r'(?<![\w])' + re.escape(s) + r'(?![\w])', text):
            if free(m.start(), m.end(), phimask) and free(m.start(), m.end(), anymask):
                warn.append((rec['note_id'], rec['template'], 'repeat', s, ''))
    # ages under 90 must never be labeled
    for x in rec['phi']:
        if x['entity'] == AGE:
            s = text[x['start']:x['end']]
            if s.isdigit():
                assert int(s) >= 90, (rec['note_id'], s)


# ---------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--n', type=int, default=250)
    ap.add_argument('--seed', type=int, default=151)
    ap.add_argument('--out', default='set_n.jsonl')
    ap.add_argument('--strict', action='store_true', help='fail on audit warnings')
    args = ap.parse_args()
    R.seed(args.seed)
    make_clins()

    tnames = list(TEMPLATES)
    cycle = []
    jobs = []  # (patient, [templates])
    total = 0
    pid = 0
    while total < args.n:
        if not cycle:
            cycle = tnames[:]
            R.shuffle(cycle)
        primary = cycle.pop()
        _, amin, amax, sx, cu = TEMPLATES[primary]
        if amax >= 90 and chance(0.38):
            age = R.randint(max(90, amin), amax)
        else:
            age = R.randint(amin, min(amax, 89))
        pid += 1
        pat = Patient(f'NP{pid:04d}', age, sx, cu)
        k = R.choices([1, 2, 3], [0.66, 0.24, 0.10])[0]
        k = min(k, args.n - total)
        tl = [primary]
        others = [t for t in tnames if t != primary and t != 'funeral_dc_worksheet'
                  and compatible(t, age, pat.sex, pat.person.cult)]
        R.shuffle(others)
        tl += others[:k - 1]
        jobs.append((pat, tl))
        total += len(tl)

    records = []
    lowkeep = []
    for pat, tl in jobs:
        # chronological note dates; funeral worksheet always last
        tl = sorted(tl, key=lambda t: t == 'funeral_dc_worksheet')
        d = dt.date(2023, 1, 1) + days(R.randint(0, 760))
        for t in tl:
            c = Ctx(pat, d)
            TEMPLATES[t][0](c)
            b = c.b
            keep = b.keep
            if len(keep) > 8:
                # always retain keep spans that could be mistaken for dates (e.g. "pain 5/10")
                must = [k_ for k_ in keep if SLASHDATE_RE.search(k_[2]) or looks_like_phi(k_[2])]
                rest = [k_ for k_ in keep if k_ not in must]
                keep = sorted(must[:8] + R.sample(rest, max(0, 8 - len(must))))
            if len(keep) < 3:
                lowkeep.append((t, len(keep)))
            text = b.text()
            for s, e, ent, txt in b.phi:
                assert text[s:e] == txt
            for s, e, txt in keep:
                assert text[s:e] == txt
            records.append({'patient_id': pat.pid, 'template': t, 'text': text,
                            'phi': [{'start': s, 'end': e, 'entity': ent, 'category': CATEGORY[ent]} for s, e, ent, _ in b.phi],
                            'keep': [{'start': s, 'end': e} for s, e, _ in keep]})
            d = d + days(R.randint(6, 150))
    assert not lowkeep, lowkeep
    R.shuffle(records)
    for i, r in enumerate(records, 1):
        r['note_id'] = f'N{i:04d}'
    warn = []
    for r in records:
        audit(r, warn)
    order = ['note_id', 'patient_id', 'template', 'text', 'phi', 'keep']
    with open(args.out, 'w', encoding='utf-8') as fh:
        for r in records:
            fh.write(json.dumps({k: r[k] for k in order}, ensure_ascii=False) + '\n')

    # summary
    from collections import Counter
    cat, ent, tpl = Counter(), Counter(), Counter()
    nkeep = 0
    for r in records:
        tpl[r['template']] += 1
        nkeep += len(r['keep'])
        for x in r['phi']:
            cat[x['category']] += 1
            ent[x['entity']] += 1
    pcount = Counter(r['patient_id'] for r in records)
    print(f'notes: {len(records)}   patients: {len(pcount)}   multi-note patients: {sum(1 for v in pcount.values() if v > 1)}')
    print(f'phi spans: {sum(cat.values())}   keep spans: {nkeep}')
    for k_, v in sorted(cat.items()):
        print(f'  {k_:<10}{v}')
    print('by entity:')
    for k_, v in sorted(ent.items()):
        print(f'  {k_:<24}{v}')
    print('by template:')
    for k_, v in sorted(tpl.items()):
        print(f'  {k_:<32}{v}')
    if warn:
        print(f'AUDIT WARNINGS: {len(warn)}')
        for w in warn[:80]:
            print('  ', w)
        if args.strict:
            raise SystemExit(1)


if __name__ == '__main__':
    main()

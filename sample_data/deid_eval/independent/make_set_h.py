#!/usr/bin/env python3
"""make_set_h.py -- independent synthetic de-identification evaluation set "H".

Standard library only. Generates notes in 25 non-standard clinical/administrative
styles (10 each for n=250). PHI and keep spans are recorded at build time with
inline control-character markers that are stripped during rendering; nothing is
located by searching the text afterwards.

Usage: python3 make_set_h.py --n 250 --seed 97 --out set_h.jsonl
"""
import argparse
import datetime as dt
import json
import random
import re
import string
import unicodedata
from collections import Counter, defaultdict

ENT_CAT = {
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

R = random.Random(0)

# ---------------------------------------------------------------- markers
_S, _SEP, _E = "\x01", "\x1f", "\x02"
MARK_RE = re.compile("\x01([A-Z_0-9]+)\x1f(.*?)\x02", re.S)


def P(ent, s):
    """Mark a PHI span."""
    s = str(s)
    assert ent in ENT_CAT, ent
    assert s and s == s.strip(), repr(s)
    assert _S not in s and _E not in s
    return f"{_S}{ent}{_SEP}{s}{_E}"


def K(s):
    """Mark a keep span (clinical content that must not be redacted)."""
    s = str(s)
    assert s and s == s.strip() and _S not in s, repr(s)
    return f"{_S}KEEP{_SEP}{s}{_E}"


def render(marked, case="normal"):
    fn = {"normal": (lambda x: x), "upper": str.upper, "lower": str.lower}[case]
    out, phi, keep = [], [], []
    pos = 0
    i = 0
    for m in MARK_RE.finditer(marked):
        pre = fn(marked[i:m.start()])
        out.append(pre)
        pos += len(pre)
        seg = fn(m.group(2))
        out.append(seg)
        if m.group(1) == "KEEP":
            keep.append({"start": pos, "end": pos + len(seg)})
        else:
            phi.append({"start": pos, "end": pos + len(seg), "entity": m.group(1),
                        "category": ENT_CAT[m.group(1)]})
        pos += len(seg)
        i = m.end()
    tail = fn(marked[i:])
    out.append(tail)
    text = "".join(out)
    assert _S not in text and _E not in text and _SEP not in text, "stray marker"
    return text, phi, keep


# ---------------------------------------------------------------- random helpers
def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def rint(a, b):
    return R.randint(a, b)


def digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rint(1, 9)) + s[1:]
    return s


def letters(n, pool="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(pool) for _ in range(n))


def alnum(n, pool="ABCDEFGHJKLMNPRSTUVWXYZ0123456789"):
    return "".join(R.choice(pool) for _ in range(n))


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


# ---------------------------------------------------------------- names (own lists)
def _L(s):
    return [x.strip() for x in s.split(",") if x.strip()]


FIRST = {
    "wafr": _L("Chinedu, Ngozi, Oluwaseun, Adebayo, Folake, Kwame, Akosua, Kofi, Ama, Yaw, Abena, Emeka, "
               "Chiamaka, Tunde, Bisi, Ifeoma, Obinna, Mamadou, Fatoumata, Aminata, Ousmane, Seydou, Awa, "
               "Babajide, Kehinde, Taiwo, Efua, Nnamdi, Adaeze, Sekou, Yewande, Kojo"),
    "eafr": _L("Abebe, Tigist, Mekdes, Yohannes, Selam, Dawit, Hiwot, Wanjiru, Kamau, Njeri, Otieno, Achieng, "
               "Amani, Baraka, Zawadi, Hodan, Abdirahman, Farhiya, Liban, Nasra, Alemitu, Fikru, Ayaan, Deeqa"),
    "sasia": _L("Priya, Arjun, Ananya, Rohan, Sanjay, Deepa, Kavita, Venkatesh, Lakshmi, Harpreet, Gurpreet, "
                "Manpreet, Rajesh, Sunita, Aditya, Nikhil, Meenakshi, Farhan, Nusrat, Tahmina, Imran, Ayesha, "
                "Sandeep, Pooja, Vikram, Shreya, Anil, Divya, Rahul, Nirmala"),
    "easia": _L("Wei, Jing, Xiaoming, Mei, Hiroshi, Yuki, Haruto, Sakura, Kenji, Minji, Jiwoo, Seojun, "
                "Hyun-woo, Ji-ho, Li Na, Zhiwei, Yuna, Takeshi, Aiko, Xiuying, Jae-sung, Eun-ji"),
    "seasia": _L("Thanh, Linh, Minh, Huong, Bao, Duc, Phuong, Somchai, Malee, Siriporn, Sokha, Chanthy, Dara, "
                 "Paw Htoo, Eh Kaw, Naw Say, Saw Ler, Hser Nay, Mu Lah, Pao, Nhia, Chue, Xee, Tou, Yer, Kou, "
                 "Nou, Fue, Maricel, Rodel, Jericho, Analyn, Rosalinda, Edgardo, Ka Zoua"),
    "arab": _L("Ahmed, Fatima, Omar, Layla, Yusuf, Khadija, Hassan, Mariam, Ibrahim, Noor, Karim, Rania, "
               "Tariq, Samira, Walid, Huda, Bilal, Amira, Mustafa, Zainab"),
    "pers": _L("Dariush, Shirin, Reza, Parisa, Arash, Mahnaz, Kourosh, Golnar, Babak, Nasrin, Farzaneh, Omid, "
               "Roya, Behrouz"),
    "eeur": _L("Oksana, Dmitri, Svetlana, Bogdan, Katarzyna, Wojciech, Agnieszka, Pavel, Irina, Miroslav, "
               "Jelena, Nikola, Tatiana, Andrzej, Zofia, Yevgeny, Ludmila, Radu, Ioana, Vesna, Goran"),
    "latam": _L("José, María José, Guadalupe, Xiomara, Yesenia, Alejandro, Mateo, Camila, Valentina, Luis, "
                "Carmen, Rafael, Esperanza, Rosario, Ximena, Joaquín, Maribel, Ernesto, Consuelo, Dulce, "
                "Santiago, Milagros, Héctor, Yadira, Fernando, Graciela, Jesús, Francisco, Juan Carlos, Marisol, "
                "Mercedes"),
    "pacific": _L("Sione, Mele, Tevita, Losana, Kalani, Leilani, Keoni, Malia, Makoa, Pua, Tavita, Sefa, Lagi, "
                  "Moana, Iosefa, Kainoa, Ofa, Salote"),
    "native": _L("Aiyana, Winona, Dakota, Cheyenne, Shilah, Tallulah, Chayton, Dyani, Nayeli, Ahanu, Waya, "
                 "Kimimela, Tokala, Sihu"),
    "haiti": _L("Wideline, Jean-Robert, Mackenson, Nadège, Fabiola, Guerline, Dieudonné, Roodly, Kettly, "
                "Jocelyne, Widlyne, Frantz, Marie-Claude, Lovensky, Ketia, Jean-Claude"),
    "irish": _L("Siobhan, Aoife, Niamh, Ciaran, Padraig, Eoin, Saoirse, Declan, Oisin, Grainne, Sinead, Fergal, "
                "Roisin, Cormac, Brigid"),
    "anglo": _L("Margaret, Harold, Dorothy, Eugene, Beverly, Gladys, Clarence, Mildred, Walter, Ethel, Howard, "
                "Loretta, Vernon, Agnes, Wendell, Doris, Kyle, Brittany, Tyler, Ashley, Madison, Brandon, "
                "Heather, Dustin, Kayla, Cody, Megan, Travis, Jessica, Carl, Robert, William, Elizabeth, "
                "Richard, Franklin, Theodore, Constance, Lorraine, Earl"),
}
WORD_FIRST = _L("Hope, Will, Grant, Rose, Bill, Faith, Joy, Sunny, Summer, Frank, Rich, Page, Lane, Rock, Bear, "
                "Dawn, Iris, Ivy, Pearl, Ruby, Grace, Patience, Chase, Hunter, Mason, Autumn, Storm, Sky, Amber, "
                "Crystal, Holly, April, June, May, Penny, Destiny, Honor, Chance, Cliff, Glen, Heath, Reed, Wade, "
                "Art, Sterling, Forrest, River, Jewel, Precious, Mercy, Miles, Star, Blossom, Sage, Brook")
LAST = {
    "wafr": _L("Okafor, Adeyemi, Okonkwo, Mensah, Asante, Boateng, Diallo, Traoré, Keita, Ndiaye, Ogunleye, "
               "Nwosu, Eze, Owusu, Acheampong, Bamidele, Coulibaly, Sow, Oyelaran, Chukwu, Obi, Osei, Danso, "
               "Fofana, Kamara, Sesay, Bangura, Adebayo-Cole, Nwachukwu, Oyinlola"),
    "eafr": _L("Tesfaye, Haile, Bekele, Gebremedhin, Mengistu, Kiptoo, Mwangi, Odhiambo, Wambui, Abdi, Warsame, "
               "Farah, Osman, Mohamud, Nyambura, Kariuki, Tadesse, Alemu, Girma, Mugisha, Nsengiyumva, Abdi-Farah"),
    "sasia": _L("Patel, Sharma, Reddy, Iyer, Chatterjee, Banerjee, Krishnamurthy, Singh, Kaur, Gill, Sandhu, "
                "Dhillon, Rahman, Chowdhury, Hossain, Qureshi, Malik, Siddiqui, Nair, Menon, Pillai, "
                "Venkataraman, Desai, Mehta, Joshi, Bhattacharya, Gupta, Rao, Subramanian"),
    "easia": _L("Wang, Li, Zhang, Liu, Chen, Huang, Zhao, Wu, Tanaka, Suzuki, Takahashi, Watanabe, Yamamoto, "
                "Nakamura, Kim, Park, Choi, Jung, Kang, Yoon, Lim, Cho, Lau, Ng, Cheung, Xu"),
    "seasia": _L("Nguyen, Tran, Le, Pham, Hoang, Vu, Dang, Bui, Huynh, Vang, Xiong, Thao, Yang, Moua, Her, Lor, "
                 "Khang, Htoo, Moo, Paw, Soe, Aung, Kyaw, Thein, Srisuk, Chaiyaporn, Wongsawat, Boonmee, Sok, "
                 "Chhay, Keo, Prak, Santos, Reyes, Dela Cruz, Bautista, Villanueva, Macaraeg, Dimaculangan, "
                 "Nguyen-Tran"),
    "arab": _L("Haddad, Al-Sayed, Mansour, Khalil, Nasser, El-Amin, Abdallah, Saleh, Hamdan, Darwish, "
               "Al-Khouri, Bakr, Yousef, Qasim, Aziz, Barakat, Jaber, Shami, Abu-Ghazaleh, Al-Rashid"),
    "pers": _L("Mohammadi, Hosseini, Rahimi, Karimi, Tehrani, Farahani, Ghorbani, Moradi, Jafari, Sadeghi, "
               "Shirazi, Esfahani, Nouri, Rostami"),
    "eeur": _L("Kowalczyk, Nowak, Wisniewski, Kovalenko, Shevchenko, Ivanova, Petrov, Popescu, Ionescu, Horvat, "
               "Novak, Dvořák, Jovanović, Kuznetsov, Sokolova, Zielinski, Lewandowski, Bondarenko, Tkachenko, "
               "Marinescu, Kravchuk, Hrabovsky, Babić, Kowalczyk-Ruiz"),
    "latam": _L("García, Hernández, Rodríguez, Martínez, López, Gonzalez, Pérez, Sánchez, Ramírez, Torres, "
                "Flores, Rivera, Gómez, Díaz, Cruz, Morales, Ortiz, Gutiérrez, Chávez, Ramos, Ruiz, Mendoza, "
                "Vargas, Castillo, Jiménez, Moreno, Romero, Herrera, Medina, Aguilar, Vega, Castro, Guerrero, "
                "Rojas, Delgado, Contreras, Salazar, Espinoza, Fuentes, Cárdenas, García Márquez, De la Rosa, "
                "Hernández-Ortega, Ruiz de Alarcón, Del Valle, Ramírez-Holloway"),
    "pacific": _L("Tupou, Fifita, Faleolo, Tuilagi, Kahananui, Kealoha, Akana, Pulu, Taufa, Mahe, Leota, "
                  "Fonoti, Palakiko, Nakoa, Kaneshiro"),
    "native": _L("Begay, Yazzie, Tsosie, Benally, Nez, Manygoats, Two Bulls, Little Thunder, Yellowhair, "
                 "Lone Elk, Bitsui, Redhouse, Cornsilk, Harjo, Tallchief, Running Bear, Attakai, Whitehorse"),
    "haiti": _L("Jean-Baptiste, Pierre-Louis, Joseph, Étienne, Dorsainvil, Toussaint, Desrosiers, Celestin, "
                "Alexis, Jean-Louis, Saint-Fleur, Lafortune, Metellus, Augustin, Fils-Aimé"),
    "irish": _L("O'Brien, Murphy, Gallagher, O'Sullivan, McCarthy, Fitzgerald, Byrne, Kavanagh, Doherty, "
                "Flanagan, Donnelly, Quinlan, Moriarty, Brennan, Ní Bhriain, Mac Giolla Phádraig"),
    "anglo": _L("Thompson, Whitfield, Pennington, Harrington, Caldwell, Ashworth, Blackwood, Prescott, Holloway, "
                "Underwood, Wainwright, Aldridge, Fairbanks, Kimball, Sutton, Pickett, Lowell, Thornton, "
                "Crawford, Haskins, Dalton, Smith-Okafor, Lopez-Whitaker"),
}
WORD_LAST = _L("Young, Brown, Price, Hunter, Mason, Story, Marsh, Fields, Long, Rich, Page, Lane, Rock, Bear, "
               "Bell, Small, Short, Strong, Best, Wise, Hale, Moody, Stone, Woods, Rivers, Hill, Cook, Baker, "
               "Love, Sharp, Frost, Snow, Winter, Day, Knight, King, Bishop, Cash, Good, Street, West, North, "
               "Sweet, Bush, Dove, Swan, Fox, Wolf, Lamb, Crane, Chambers, Banks, Gold, Rice, Cross, Hope, Joy, "
               "Hardy")
NICK = {"Margaret": "Peggy", "Robert": "Bobby", "William": "Bill", "Elizabeth": "Betty", "Oluwaseun": "Seun",
        "Babajide": "Jide", "Katarzyna": "Kasia", "Dmitri": "Dima", "Guadalupe": "Lupe", "Jesús": "Chuy",
        "Francisco": "Paco", "Rosalinda": "Linda", "Abdirahman": "Abdi", "Venkatesh": "Venky",
        "Alejandro": "Alex", "Santiago": "Santi", "Xiomara": "Xio", "Chiamaka": "Amaka", "Takeshi": "Tak",
        "Padraig": "Paddy", "Siobhan": "Shiv", "Harold": "Hal", "Dorothy": "Dot", "Eugene": "Gene",
        "Mildred": "Millie", "Walter": "Walt", "Clarence": "Bud", "Richard": "Rich", "Franklin": "Frank",
        "Patience": "Pat", "Theodore": "Teddy", "Constance": "Connie", "Mercedes": "Mercy",
        "Yevgeny": "Zhenya", "Juan Carlos": "JC", "Lovensky": "Lolo", "Kehinde": "Kenny", "Mackenson": "Mack"}
ORIGINS = list(FIRST)
PETS = ["Biscuit", "Peanut", "Lucky", "Coco", "Tiger", "Princess", "Rocky", "Chica", "Boots", "Pepper"]


class Person:
    def __init__(self, first, last, mi, nick=None):
        self.first, self.last, self.mi, self.nick = first, last, mi, nick

    def raw(self, form):
        f, l, mi = self.first, self.last, self.mi
        return {
            "fl": f"{f} {l}",
            "lf": f"{l}, {f}",
            "LF": f"{l.upper()}, {f.upper()}",
            "LFM": f"{l.upper()}, {f.upper()} {mi}",
            "lfm": f"{l}, {f} {mi}",
            "fml": f"{f} {mi}. {l}",
            "il": f"{f[0]}. {l}",
            "li": f"{l} {f[0]}",
            "f": f,
            "l": l,
            "nick": self.nick or f,
            "FL": f"{f} {l}".upper(),
            "nl": f"{self.nick or f} {l}",
        }[form]

    def n(self, form="fl"):
        return P("PERSON", self.raw(form))


def person(origin=None, last=None):
    o = origin or ch(ORIGINS)
    first = ch(WORD_FIRST) if chance(0.15) else ch(FIRST[o])
    if last is None:
        o2 = o if chance(0.8) else ch(ORIGINS)
        last = ch(WORD_LAST) if chance(0.15) else ch(LAST[o2])
    mi = ch("ABCDEFGHJKLMNPRSTVW")
    return Person(first, last, mi, NICK.get(first))


# ---------------------------------------------------------------- places (own lists)
CITIES = [tuple(x.rsplit(" ", 1)) for x in _L(
    "Springfield MO, Greenville SC, Fairview OK, Riverside CA, Franklin TN, Clinton IA, Madison WI, "
    "Georgetown KY, Salem OR, Marion OH, Ashland KY, Burlington VT, Oxford MS, Jackson MS, Dover DE, "
    "Milford CT, Troy NY, Auburn AL, Hudson NY, Kingston NY, Lebanon PA, Newport RI, Chester PA, Bristol TN, "
    "Manchester NH, Tonopah NV, Chinle AZ, Kayenta AZ, Ajo AZ, Cuba NM, Truth or Consequences NM, Hominy OK, "
    "Bucklin KS, Waubun MN, Cut Bank MT, Wibaux MT, Lusk WY, Medicine Lodge KS, Sleepy Eye MN, Bethel AK, "
    "Kotzebue AK, Hana HI, Pahoa HI, Kaunakakai HI, Waianae HI, Lame Deer MT, Pine Ridge SD, Eagle Butte SD, "
    "Window Rock AZ, Shiprock NM, Tuba City AZ, Hoopa CA, Neah Bay WA, Browning MT, Fort Yates ND, "
    "Belcourt ND, Española NM, Socorro NM, Laredo TX, Eagle Pass TX, Brownsville TX, Pharr TX, Calexico CA, "
    "Watsonville CA, Salinas CA, Delano CA, Yakima WA, Wenatchee WA, Sunnyside WA, Toppenish WA, Othello WA, "
    "Worthington MN, Utica NY, Marshalltown IA, Storm Lake IA, Postville IA, Garden City KS, Dodge City KS, "
    "Liberal KS, Guymon OK, Noel MO, Cactus TX, Hope AR, Normal IL, Comfort TX, Friendship WI, Harmony MN, "
    "Unity ME, Paradise CA, Boring OR, Accident MD, Hazard KY, Story City IA, Lancaster PA, Dearborn MI, "
    "Hamtramck MI, Paterson NJ, Lewiston ME, Fargo ND, Clarkston GA, Bowling Green KY, Owatonna MN, "
    "Faribault MN, St. Cloud MN, Rochester MN, Willmar MN, Sioux Falls SD, Lincoln NE, Grand Island NE, "
    "Lexington NE, Schuyler NE, Amarillo TX, Lubbock TX, Hialeah FL, Immokalee FL, Homestead FL, "
    "Belle Glade FL, Spring Valley NY, Elizabeth NJ, Chelsea MA, Lowell MA, Brockton MA, Lynn MA, Revere MA, "
    "Providence RI, Woonsocket RI, New Bedford MA, Fall River MA, Holyoke MA, Bangor ME, Presque Isle ME, "
    "Rutland VT, Berlin NH, Keene NH, Scranton PA, Hazleton PA, Altoona PA, Wheeling WV, Beckley WV, "
    "Bluefield WV, Pikeville KY, Harlan KY, Paintsville KY, Middlesboro KY, Gallup NM, Farmington NM, "
    "Flagstaff AZ, Yuma AZ, Nogales AZ, Douglas AZ, Bisbee AZ, Elko NV, Winnemucca NV, Pocatello ID, "
    "Twin Falls ID, Burley ID, Rupert ID, Ontario OR, Hermiston OR, Woodburn OR, Hillsboro OR, Aberdeen WA, "
    "Shelton WA, Port Angeles WA, Juneau AK, Sitka AK, Nome AK, Hilo HI, Kailua-Kona HI, Lihue HI, "
    "Wahiawa HI, Columbus GA, Tifton GA, Dalton GA, Gainesville GA, Albertville AL, Russellville AL, "
    "Siler City NC, Sanford NC, Lumberton NC, Pembroke NC, Dunn NC, Greer SC")]
COUNTIES = [tuple(x.rsplit(" ", 1)) for x in _L(
    "Yellow Medicine County MN, Apache County AZ, Navajo County AZ, Deaf Smith County TX, "
    "Pottawatomie County OK, Bexar County TX, Hidalgo County TX, Nobles County MN, Oneida County NY, "
    "Buena Vista County IA, Finney County KS, Hawaii County HI, Oglala Lakota County SD, Ziebach County SD, "
    "McKinley County NM, San Juan County NM, Rio Arriba County NM, Imperial County CA, Monterey County CA, "
    "Yakima County WA, Kandiyohi County MN, Stearns County MN, Hall County NE, Dawson County NE, "
    "Seward County KS, Texas County OK, McDonald County MO, Sampson County NC, Robeson County NC, "
    "Chatham County NC, Hamblen County TN, Whitfield County GA, Marshall County AL, Perry County KY, "
    "Letcher County KY, Harlan County KY, Pike County KY, McDowell County WV, Allegany County MD, "
    "Aroostook County ME, Coos County NH, Androscoggin County ME, Bristol County MA, Hampden County MA, "
    "Passaic County NJ, Wayne County MI, Cass County ND, Rolette County ND, Glacier County MT, "
    "Big Horn County MT, Maui County HI, Kauai County HI, Lafourche Parish LA, Terrebonne Parish LA, "
    "St. Landry Parish LA, Bethel Census Area AK")]
NEIGHBORHOODS = [("Little Haiti", "Miami"), ("Cedar-Riverside", "Minneapolis"), ("Frogtown", "St. Paul"),
                 ("Little Saigon", "Westminster"), ("Pilsen", "Chicago"), ("Boyle Heights", "Los Angeles"),
                 ("Kalihi", "Honolulu"), ("Five Points", "Denver"), ("Germantown", "Philadelphia"),
                 ("Hill District", "Pittsburgh"), ("Mattapan", "Boston"), ("Flatbush", "Brooklyn"),
                 ("Corona", "Queens"), ("Swede Hollow", "St. Paul"), ("Phillips West", "Minneapolis"),
                 ("Frayser", "Memphis"), ("Westgate", "Lubbock"), ("Old Town", "Albuquerque")]
STATE_NAMES = {"MO": "Missouri", "SC": "South Carolina", "OK": "Oklahoma", "CA": "California", "TN": "Tennessee",
               "IA": "Iowa", "WI": "Wisconsin", "KY": "Kentucky", "OR": "Oregon", "OH": "Ohio", "VT": "Vermont",
               "MS": "Mississippi", "DE": "Delaware", "CT": "Connecticut", "NY": "New York", "AL": "Alabama",
               "PA": "Pennsylvania", "RI": "Rhode Island", "NH": "New Hampshire", "NV": "Nevada",
               "AZ": "Arizona", "NM": "New Mexico", "KS": "Kansas", "MN": "Minnesota", "MT": "Montana",
               "WY": "Wyoming", "AK": "Alaska", "HI": "Hawaii", "SD": "South Dakota", "WA": "Washington",
               "ND": "North Dakota", "TX": "Texas", "AR": "Arkansas", "IL": "Illinois", "ME": "Maine",
               "MD": "Maryland", "MI": "Michigan", "NJ": "New Jersey", "GA": "Georgia", "NE": "Nebraska",
               "FL": "Florida", "MA": "Massachusetts", "WV": "West Virginia", "ID": "Idaho",
               "NC": "North Carolina", "LA": "Louisiana"}
STREET_NAMES = _L("Old Mill, Maple, Cedar, Kalanianaole, Tamarack, Juniper, Prairie View, Mesa Verde, Calle del Sol, "
                  "Avenida Central, Martin Luther King Jr, Chief Joseph, Sequoyah, Bayou, Magnolia, Cottonwood, "
                  "Hillcrest, Lakeshore, Ridge, Ferry, Quarry, Mission, Pioneer, Railroad, Depot, Orchard, "
                  "Church, Water, Front, 2nd, 14th, 3rd, 112th, Kamehameha, Tecumseh, Pueblo, Sandhill, "
                  "Boll Weevil, Dogwood, Elm, Sycamore, Washington, Lincoln, Jefferson, Harding, Sunset, "
                  "Copper Creek, Buffalo Gap, Laurel, Catalpa, Bluebonnet, Palmetto, Osage, Cherokee")
STREET_SUF = _L("St, Ave, Rd, Dr, Ln, Blvd, Ct, Way, Pl, Cir, Trl, Pkwy, Loop, Street, Avenue, Road, Drive")


def city():
    return ch(CITIES)


def st_name(stc):
    return STATE_NAMES.get(stc, stc) if chance(0.25) else stc


def zipc():
    z = digits(5, first_nonzero=chance(0.9))
    if chance(0.15):
        z += "-" + digits(4)
    return z


def street_raw():
    r = R.random()
    if r < 0.60:
        s = f"{rint(1, 24999)} {ch(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE ', 'SW '])}{ch(STREET_NAMES)} {ch(STREET_SUF)}"
        if chance(0.1):
            s += ch([" SW", " NE", " NW"])
        if chance(0.4):
            s += ch([f", Apt {rint(1, 40)}{ch('ABCD')}", f" Apt {rint(100, 999)}", f", Unit {rint(1, 60)}",
                     f" #{rint(2, 450)}", f", Ste {rint(100, 450)}", f", Trlr {rint(1, 40)}",
                     f", Lot {rint(1, 90)}", f" Bldg {ch('ABCDEF')}, Apt {rint(1, 30)}", f" Rm {rint(100, 240)}"])
        return s
    if r < 0.70:
        return ch([f"PO Box {rint(10, 9999)}", f"P.O. Box {rint(10, 999)}", f"POB {rint(10, 9999)}"])
    if r < 0.78:
        return ch([f"RR {rint(1, 6)} Box {rint(10, 399)}", f"Rural Route {rint(1, 6)}, Box {rint(10, 399)}",
                   f"Rte {rint(1, 4)} Box {rint(1, 99)}{ch(['', 'A', 'B'])}"])
    if r < 0.84:
        return ch([f"HC {rint(30, 89)} Box {rint(100, 4999)}", f"HCR {rint(1, 9)} Box {rint(1, 99)}"])
    if r < 0.91:
        return ch([f"{ch('NSEW')}{rint(1000, 9999)} County Road {ch(['K', 'JJ', 'B', '12', '340'])}",
                   f"{ch('NSEW')}{rint(1000, 19999)} State Hwy {rint(10, 99)}"])
    return ch([f"{rint(100, 9999)} State Highway {rint(2, 399)}", f"Mile Marker {rint(2, 90)}, US Hwy {rint(2, 491)}",
               f"{rint(1000, 9999)} US-{rint(2, 491)} {ch(['N', 'S', 'E', 'W'])}",
               f"{rint(10, 999)} Navajo Route {rint(2, 99)}", f"{rint(100, 99999)} Old Highway {rint(2, 99)}"])


def ADDR(c=None, sep=", ", zip_ok=True):
    c = c or city()
    s = P("STREET_ADDRESS", street_raw()) + sep + P("LOCATION", c[0]) + ", " + st_name(c[1])
    if zip_ok:
        s += " " + P("ZIP_CODE", zipc())
    return s


def CITY(c=None):
    c = c or city()
    return P("LOCATION", c[0]) + ", " + st_name(c[1])


def COUNTY(c=None):
    c = c or ch(COUNTIES)
    return P("LOCATION", c[0])


# ---------------------------------------------------------------- facilities (own lists)
HOSP = _L("St. Brendan's Regional Medical Center, Mercy Valley Hospital, Brightwater, Evergreen Pointe, MedVantage, "
          "Lakeshore General Hospital, Prairie Sky Medical Center, Holy Redeemer Hospital, Good Shepherd Health, "
          "Tri-Rivers Regional, Kalani Memorial Hospital, Red Mesa Indian Health Center, Cedar Crest Hospital, "
          "Stonebridge Medical Center, Harbor Light Hospital, Sagebrush Community Hospital, Pinewood Memorial, "
          "Juniper Falls Medical Center, Ridgeline Health, Ascendia, Caldera Health, Oakmont University Hospital, "
          "Bayfront Regional, Wellhaven, Summit Crossing Hospital, Kestrel Valley Medical Center, "
          "Blue Heron Regional, Northgate, Copper Basin Medical Center, Sisters of Providence Hospital")
NH = _L("Cedar Hollow Nursing & Rehabilitation, Pinecrest Manor, Sunrise Ridge Assisted Living, "
        "The Willows at Maple Glen, Golden Acres, Shady Oaks Care Center, Heritage Pointe, "
        "Lutheran Home of Hartwell, Autumn Leaves, Meadowbrook Care, Rosewood Terrace, St. Agnes Villa, "
        "Bethany Lutheran Home, Green Valley Post-Acute, Kokua Care Home, Silver Pines")
CLINICS = _L("Riverbend Community Health Center, La Clínica del Valle, Eastside Family Medicine, Maple Street Clinic, "
             "Aloha Family Health, Sandhills Clinic, Mesa Vista Pediatrics, Northfield Internal Medicine, "
             "Prairie Rose Health, Kinship Health Partners, Four Winds Clinic, Bluestem Family Practice")
RETINA = _L("Northfield Retina Associates, Clearview Eye Institute, Vista Retina Consultants, Macula Center of the Plains, "
            "Lakes Region Eye, OcuCare Specialists")
REHAB = _L("Harmony Heart Cardiac Rehab, Pulse Point Cardiac Rehab, Heartwise Center, Cardiac Fitness at Wellhaven, "
           "Second Wind Rehabilitation")
PHARM = _L("Harbor View Pharmacy, Corner Drug, Medi-Quick Pharmacy #0442, Kessler Apothecary, ValuRx, "
           "Sunset Compounding, CarePlus Infusion Pharmacy, Rx Express, Prairie Drug, Bayou Family Pharmacy")
DME = _L("Airline Home Medical, RespiraLink, Cornerstone DME, PrairieAir Medical Supply, Lifeline Respiratory Services, "
         "SleepSource Home Care")
SLEEP = _L("SleepWell Center, Dreamline Sleep Lab, Quiet Night Sleep Medicine, Brightwater Sleep Disorders Clinic")
HHA = _L("Kind Hands Home Care, Helping Hearts Home Health, Nightingale Home Health, Hearthstone Home Health, "
         "Sunrise Home Aides, Ohana Home Care, Familia Caregivers LLC")
LABS = _L("GenoVista Diagnostics, Helix Ridge Genomics, Cascade Molecular Laboratory, NorthStar Genetics, "
          "Allele Insight Labs")
BLOODC = _L("Heartland Blood Center, Tri-Rivers Regional Transfusion Service, Gulf Coast Blood Services, "
            "Mountain West Blood Bank")
EMS = _L("Tri-County Ambulance, Northstar EMS, Valley Med Transport, Ridgeline Ambulance Service, "
         "Red Rock Ambulance District, Bayou Medic, Prairie Star Air Medical")
POISON = _L("Tri-State Poison Center, Great Plains Poison Control Center, Pacific Basin Poison Center, "
            "Northern New England Poison Line, Gulf States Poison Information Center")
LAWF = _L("Hargrove & Pike LLP, Delgado Law Group, Baptiste & Nwosu PLLC, Whitfield Elder Law, "
          "Okonkwo Legal Services, Legal Aid of the Sandhills, Marsh & Fields Attorneys")
INSURERS = _L("BlueRidge Health Plan, Cascadia Care Advantage, Prairie Health Partners, UnityCare Medicaid, "
              "Keystone Mutual, Aloha Health Alliance, Sunstate Community Health Plan, Frontier Benefit Trust")
EMPLOYERS = _L("Hollister Feed & Grain, Keystone Logistics, Amberline Foods, Delacroix Poultry, "
               "Prairie Pork Processing, Summit Solar Installers, Big Sky Trucking, Northwoods Casino, "
               "Apex Warehousing, Sunny Fields Dairy, Dollar Barn, Lakeview High School, Roosevelt Elementary, "
               "Marquette Community College, Jefferson Middle School, Riverside Unified School District")
CAMPS = _L("Camp Wendigo Pines, Camp Sunnybrook, Camp Kinnick-Kinnic, Lake Tamarack Scout Camp, Camp Hope, "
           "Camp Friendship, Camp Tall Timbers")
RPMV = _L("VitalLink RPM, MedVantage Connect, Beacon Remote Care, TeleHeart, CareTrail Monitoring")
INTERP = _L("LinguaCare Interpreting, Bridge Language Services, Voces Unidas Interpreters, Pan-Pacific Language Line")
INFUS = _L("Tri-County Infusion Center, Oncology Partners of the Valley, Bluewater Infusion Suite, "
           "Wellhaven Ambulatory Infusion, Kestrel Cancer Institute")


def FAC(lst):
    return P("FACILITY", ch(lst))


def abbrev(name):
    w = [x for x in re.split(r"[\s\-]+", ascii_fold(name)) if x and x[0].isalpha() and x.lower() not in
         ("of", "the", "at", "&")]
    a = "".join(x[0].upper() for x in w)
    return a if len(a) >= 2 else ascii_fold(name).upper()[:6]


# ---------------------------------------------------------------- dates / times
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [m[:3] for m in MONTHS]
MON_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WK3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ordinal(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def dfmt(d, f):
    m, dd, y = d.month, d.day, d.year
    table = {
        "mdy2": f"{m:02d}/{dd:02d}/{y % 100:02d}",
        "mdy2n": f"{m}/{dd}/{y % 100:02d}",
        "mdy4": f"{m}/{dd}/{y}",
        "mdy4z": f"{m:02d}/{dd:02d}/{y}",
        "dash": f"{m}-{dd}-{y}",
        "dash2": f"{m:02d}-{dd:02d}-{y}",
        "iso": d.isoformat(),
        "milit": f"{dd:02d}{MON[m - 1].upper()}{y}",
        "milit2": f"{dd:02d}-{MON[m - 1].upper()}-{y}",
        "mon_dth": f"{MONTHS[m - 1]} {ordinal(dd)}",
        "d_mon": f"{dd} {MON[m - 1]}",
        "mon_dot": f"{MON_DOT[m - 1]} {dd}",
        "ymd": f"{y}{m:02d}{dd:02d}",
        "long": f"{MONTHS[m - 1]} {dd}, {y}",
        "long_ny": f"{MONTHS[m - 1]} {dd}",
        "dmy_long": f"{dd} {MONTHS[m - 1]} {y}",
        "mon_d_y": f"{MON[m - 1]} {dd} {y}",
        "md": f"{m}/{dd}",
        "dot": f"{m:02d}.{dd:02d}.{y}",
    }
    return table[f]


FREE_FMTS = ["mdy2", "mdy2n", "mdy4", "mdy4z", "dash", "iso", "milit", "mon_dth", "d_mon", "mon_dot", "ymd",
             "long", "long_ny", "dmy_long", "mon_d_y", "md", "dot", "th", "wk", "wk3"]
TBL_FMTS = ["mdy2", "mdy4", "mdy4z", "iso", "milit", "milit2", "dash", "dash2", "md", "d_mon", "ymd", "dot"]
DOB_FMTS = [f for f in TBL_FMTS if f not in ("md", "d_mon")]
FORMAL_FMTS = ["long", "mdy4", "mdy4z", "dmy_long", "iso", "mon_d_y", "dash"]


def D(d, f=None):
    f = f or ch(FREE_FMTS)
    if f == "th":
        return "the " + P("DATE", ordinal(d.day))
    if f == "wk":
        return WEEKDAYS[d.weekday()] + ", " + P("DATE", dfmt(d, ch(["long_ny", "mdy4", "md", "long"])))
    if f == "wk3":
        return WK3[d.weekday()] + " " + P("DATE", dfmt(d, ch(["md", "mdy2", "d_mon"])))
    return P("DATE", dfmt(d, f))


def rday(y0=2021, y1=2025):
    start = dt.date(y0, 1, 1)
    span = (dt.date(y1, 12, 31) - start).days
    return start + dt.timedelta(days=rint(0, span))


def near(d, lo, hi):
    return d + dt.timedelta(days=rint(lo, hi))


def dob_for(age, ref):
    return ref - dt.timedelta(days=int(age * 365.25) + rint(1, 360))


def tm(style=None):
    h, m = rint(0, 23), ch([0, 5, 10, 12, 15, 20, 27, 30, 38, 41, 45, 50, 55])
    style = style or ch(["mil", "mil", "colon", "ampm"])
    if style == "mil":
        return f"{h:02d}{m:02d}"
    if style == "colon":
        return f"{h:02d}:{m:02d}"
    return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


def ts14(d):
    return f"{d:%Y%m%d}{rint(0, 23):02d}{rint(0, 59):02d}"


def AGE(a, forms=None):
    f = ch(forms or ["{}-year-old", "{} y/o", "{} yo", "{} years old", "{}y", "{} yr old"])
    if a >= 90:
        pre, post = f.split("{}")
        return pre + P("AGE_90_PLUS", str(a)) + post
    return K(f.format(a))


def NUMAGE(a):
    """bare number age in a field"""
    return P("AGE_90_PLUS", str(a)) if a >= 90 else K(str(a))


def nh_age():
    return rint(90, 104) if chance(0.45) else rint(68, 89)


# ---------------------------------------------------------------- contacts / identifiers
AREA = [str(x) for x in (201, 205, 208, 212, 218, 228, 251, 269, 301, 305, 307, 319, 320, 330, 341, 385, 401, 406,
                         413, 417, 423, 432, 505, 507, 509, 520, 541, 559, 563, 575, 580, 605, 606, 612, 620, 651,
                         701, 712, 715, 717, 740, 785, 808, 816, 828, 907, 910, 928, 956, 970, 978)]


def phone_raw():
    a, e, n = ch(AREA), str(rint(200, 989)), digits(4)
    s = ch([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"{a}{e}{n}", f"+1 ({a}) {e}-{n}",
            f"+1-{a}-{e}-{n}", f"{a} {e} {n}", f"1-{a}-{e}-{n}", f"({a}){e}-{n}", f"+1 {a} {e} {n}"])
    if chance(0.12):
        s += ch([f" ext {rint(2, 99)}", f" x{rint(2, 99)}", f" ext. {rint(100, 4999)}", f" x{rint(100, 999)}"])
    return s


def PH():
    return P("PHONE_NUMBER", phone_raw())


EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me",
             "comcast.net", "live.com"]


def EMAIL(p=None, dom=None):
    if p is None:
        p = person()
    f, l = slug(p.first), slug(p.last)
    local = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{rint(1, 99)}", f"{l}.{f}{rint(60, 99)}", f"{f}_{l}",
                f"{f}{rint(1950, 2010)}"])
    return P("EMAIL_ADDRESS", f"{local}@{dom or ch(EMAIL_DOM)}")


def URL(fac=None, path=None):
    host = slug(fac or ch(HOSP))
    path = path or ch([f"/mychart/{digits(6)}", f"/portal/pt/{alnum(8).lower()}", f"/records/request?id={digits(7)}",
                       f"/r/{alnum(6).lower()}", f"/pt/{digits(5)}/summary"])
    return P("URL", f"{ch(['https://', 'https://', 'http://', ''])}{ch(['portal.', 'www.', 'my.', ''])}{host}"
                    f".{ch(['org', 'com', 'net', 'health'])}{path}")


def IP():
    r = R.random()
    if r < 0.4:
        s = f"10.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}"
    elif r < 0.6:
        s = f"192.168.{rint(0, 255)}.{rint(1, 254)}"
    elif r < 0.9:
        s = f"{rint(23, 223)}.{rint(0, 255)}.{rint(0, 255)}.{rint(1, 254)}"
    else:
        s = f"2600:{alnum(4, '0123456789abcdef')}:{alnum(4, '0123456789abcdef')}::{alnum(3, '0123456789abcdef')}"
    return P("IP_ADDRESS", s)


def MRN(raw=False):
    s = ch([digits(8), digits(7), f"M{digits(7)}", f"{digits(3)}-{digits(2)}-{digits(3)}", f"E{digits(6)}",
            f"{letters(2)}{digits(6)}", f"00{digits(6)}", f"{digits(2)}-{digits(6)}"])
    return s if raw else P("MEDICAL_RECORD_NUMBER", s)


def ACCT(raw=False):
    s = ch([digits(9), f"{digits(4)}-{digits(7)}", f"V{digits(8)}", f"FIN {digits(10)}".split()[1],
            f"{digits(3)}{letters(1)}{digits(6)}"])
    return s if raw else P("ACCOUNT_NUMBER", s)


def ssn_raw():
    a, g, s = rint(1, 665), rint(1, 99), rint(1, 9999)
    return ch([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])


def SSN():
    return P("US_SSN", ssn_raw())


def mbi_raw():
    L = "ACDEFGHJKMNPQRTUVWXY"
    a = "0123456789" + L
    s = f"{rint(1, 9)}{ch(L)}{ch(a)}{rint(0, 9)}{ch(L)}{ch(a)}{rint(0, 9)}{ch(L)}{ch(L)}{rint(0, 9)}{rint(0, 9)}"
    return s if chance(0.6) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def medicaid_raw():
    return ch([f"{letters(2)}{digits(8)}", f"{digits(9)}{letters(1)}", f"MA {digits(8)}", f"{digits(12)}",
               f"{letters(1)}{digits(7)}{letters(1)}"])


def member_raw():
    return ch([f"{letters(3)}{digits(9)}", f"W{digits(4)} {digits(5)}", f"{letters(3)}-{digits(4)}-{digits(2)}",
               f"{digits(11)}", f"U{digits(8)}{rint(0, 9)}{rint(0, 9)}", f"{letters(1)}{digits(8)}-0{rint(1, 4)}"])


def group_raw():
    return ch([f"{digits(5)}", f"GRP{digits(6)}", f"{letters(2)}{digits(4)}{letters(1)}", f"{digits(7)}-{digits(3)}",
               f"RX{digits(4)}"])


def HP(kind="member"):
    return P("HEALTH_PLAN_NUMBER", {"member": member_raw, "group": group_raw, "mbi": mbi_raw,
                                    "medicaid": medicaid_raw}[kind]())


def npi_raw():
    return "1" + digits(9)


def dea_raw():
    return f"{ch('ABFM')}{letters(1)}{digits(7)}"


def dl_raw():
    return ch([f"{letters(1)}{digits(3)}-{digits(4)}-{digits(4)}", f"{letters(1)}{digits(8)}", f"{digits(9)}",
               f"{letters(1)}{digits(3)}{digits(3)}{digits(3)}{digits(3)}", f"{digits(3)}-{digits(3)}-{digits(3)}",
               f"{letters(2)}{digits(6)}"])


def LIC(kind="dl"):
    return P("LICENSE_NUMBER", {"dl": dl_raw, "dea": dea_raw,
                                "rn": lambda: ch([f"RN{digits(7)}", f"RN-{digits(6)}", f"{digits(6)}"]),
                                "emt": lambda: ch([f"P-{digits(7)}", f"EMT{digits(6)}", f"{digits(5)}-P",
                                                   f"NRP{digits(6)}"]),
                                "bar": lambda: ch([f"{digits(6)}", f"No. {digits(5)}".split()[1], f"BN{digits(6)}"]),
                                "notary": lambda: ch([f"{digits(7)}", f"NP{digits(6)}", f"{digits(4)}-{digits(5)}"]),
                                "md": lambda: ch([f"MD{digits(6)}", f"{letters(1)}-{digits(5)}", f"{digits(5)}"])
                                }[kind]())


def serial_raw():
    return ch([f"{digits(5)}{letters(1)}{digits(5)}", f"SN{digits(10)}", f"{letters(2)}{digits(2)}-{alnum(4)}-{digits(5)}",
               f"{alnum(12)}", f"{digits(3)}{letters(3)}{digits(6)}"])


def DEV(kind="serial"):
    if kind == "imei":
        s = digits(15, True)
    elif kind == "mac":
        s = ":".join(alnum(2, "0123456789ABCDEF") for _ in range(6))
    elif kind == "udi":
        s = f"(01){digits(14)}(21){alnum(8)}"
    else:
        s = serial_raw()
    return P("DEVICE_ID", s)


def VEH(kind=None):
    kind = kind or ch(["unit", "plate", "vin"])
    if kind == "unit":
        s = ch([f"Medic {rint(1, 99)}", f"M-{rint(100, 999)}", f"Unit {rint(10, 4999)}", f"Rescue {rint(1, 40)}",
                f"Ambulance {rint(1, 30)}", f"A{rint(10, 99)}"])
    elif kind == "plate":
        s = ch([f"{rint(1, 9)}{letters(3)}{digits(3)}", f"{letters(3)}-{digits(4)}", f"{letters(3)} {digits(3)}",
                f"{digits(3)} {letters(3)}", f"EMS {digits(4)}"])
    else:
        s = alnum(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    return P("VEHICLE_ID", s)


def IDN(kind="generic"):
    s = {
        "generic": lambda: ch([digits(8), f"{letters(2)}-{digits(6)}", f"{digits(4)}-{digits(5)}"]),
        "case": lambda: ch([f"{digits(4)}-{digits(6)}", f"PC{digits(8)}", f"{rint(21, 25)}-{digits(5)}"]),
        "acc": lambda: ch([f"{letters(2)}{digits(2)}-{digits(6)}", f"{digits(10)}", f"G{digits(7)}",
                           f"{letters(1)}{digits(2)}-{digits(3)}-{digits(4)}"]),
        "npi": npi_raw,
        "rx": lambda: ch([f"{digits(7)}", f"Rx{digits(7)}", f"{digits(2)}-{digits(6)}", f"{digits(6)}-{digits(2)}"]),
        "tag": lambda: ch([f"{digits(6)}", f"MT-{digits(5)}", f"{letters(1)}{digits(5)}"]),
        "booking": lambda: ch([f"{rint(21, 25)}-{digits(6)}", f"B{digits(8)}", f"{digits(10)}"]),
        "court": lambda: ch([f"{rint(2021, 2025)}-PR-{digits(5)}", f"{letters(2)}-{rint(21, 25)}-{digits(4)}",
                             f"No. {digits(2)}-{digits(5)}".split()[1], f"{digits(2)}GA{digits(4)}"]),
        "clia": lambda: f"{digits(2)}D{digits(7)}",
        "din": lambda: f"W{digits(4)} {rint(21, 25)} {digits(6)}",
        "badge": lambda: ch([f"{digits(4)}", f"#{digits(3)}".lstrip("#"), f"{letters(1)}{digits(3)}"]),
        "interp": lambda: ch([f"{digits(5)}", f"INT-{digits(4)}", f"{letters(2)}{digits(4)}"]),
        "ccn": lambda: f"{digits(2)}{ch(['5', '6'])}{digits(3)}",
        "kit": lambda: f"{digits(2)}{letters(1)}{digits(6)}",
        "ncpdp": lambda: digits(7),
        "bin": lambda: digits(6),
        "pcn": lambda: ch([f"{letters(3)}{digits(2)}", f"{letters(2)}RX", f"{digits(4)}", f"{letters(5)}"]),
        "msg": lambda: ch([f"{digits(10)}", f"MSG{digits(8)}", f"{alnum(12)}"]),
        "ticket": lambda: ch([f"INC{digits(7)}", f"RITM{digits(6)}", f"{digits(6)}"]),
    }[kind]()
    return P("ID_NUMBER", s)


# ---------------------------------------------------------------- keep vocab
EPONYMS = ["Parkinson's disease", "Foley catheter", "Glasgow Coma Scale", "Babinski sign", "Bell's palsy",
           "Hodgkin lymphoma", "Cushing's syndrome", "Addison's disease", "Alzheimer's dementia", "Hoyer lift",
           "Crohn's disease", "Hashimoto's thyroiditis", "Graves disease", "Raynaud's phenomenon",
           "Barrett's esophagus", "Jackson-Pratt drain", "Trendelenburg position", "Romberg", "Tinel sign",
           "Phalen sign", "Allen test", "Lewy body dementia", "Cheyne-Stokes respirations", "Kussmaul respirations",
           "Stevens-Johnson syndrome", "Meniere's disease", "Down syndrome", "Guillain-Barré syndrome",
           "Sjögren's syndrome", "Holter monitor", "Epley maneuver", "Valsalva", "Whipple procedure",
           "Nissen fundoplication", "Lachman test", "McMurray test", "Homans sign", "Kernig sign", "Wilms tumor",
           "Kawasaki disease", "Lyme disease", "Huntington disease", "Tourette syndrome", "Marfan syndrome",
           "Korsakoff syndrome", "Wernicke encephalopathy", "Wells score", "Child-Pugh class B", "Gram stain",
           "Kaposi sarcoma", "Hickman catheter", "Port-a-Cath", "Murphy's sign", "Paget's disease",
           "Dupuytren contracture", "Charcot foot", "Bishop score", "Hunter syndrome", "Cushing's disease"]
NH_EPON = ["Alzheimer's dementia", "Parkinson's disease", "Hoyer lift", "Foley catheter", "Lewy body dementia",
           "Paget's disease", "Charcot foot", "Cheyne-Stokes respirations", "Dupuytren contracture",
           "Katz ADL index", "Mini-Cog", "Folstein MMSE 18/30", "Morse Fall Scale 55", "Braden score 13"]
SCORES = ["Glasgow Coma Scale 14", "GCS 15", "Mallampati II", "Tanner stage 3", "Karnofsky 70", "Gleason 3+4",
          "Apgar 8/9", "NIHSS 4", "PHQ-9 of 12", "GAD-7 9", "CIWA 11", "COWS 7", "Braden 16", "Morse 45",
          "ECOG 1", "MoCA 22/30", "Wells score 2", "CHA2DS2-VASc 4", "qSOFA 1", "BIMS 13/15", "pain 6/10"]
DRUGS = ["metoprolol tartrate 25 mg PO BID", "apixaban 5 mg BID", "furosemide 40 mg daily",
         "insulin glargine 18 units qHS", "lisinopril 10 mg daily", "atorvastatin 40 mg qHS",
         "donepezil 10 mg qHS", "carbidopa-levodopa 25/100 TID", "sertraline 50 mg daily",
         "acetaminophen 650 mg q6h prn", "levetiracetam 500 mg BID", "tamsulosin 0.4 mg daily",
         "polyethylene glycol 17 g daily", "senna 8.6 mg qHS", "quetiapine 25 mg qHS", "amlodipine 5 mg daily",
         "metformin 1000 mg BID", "prednisone 20 mg daily", "levothyroxine 75 mcg daily",
         "cephalexin 500 mg QID", "enoxaparin 40 mg SC daily", "oxycodone 5 mg q4h prn", "melatonin 3 mg qHS",
         "trazodone 50 mg qHS", "warfarin 2.5 mg daily", "memantine 10 mg BID", "mirtazapine 7.5 mg qHS",
         "pantoprazole 40 mg daily", "spironolactone 25 mg daily", "gabapentin 300 mg TID",
         "albuterol 2 puffs q4h prn", "tiotropium 18 mcg daily", "hydralazine 25 mg TID",
         "ondansetron 4 mg q8h prn", "nitrofurantoin 100 mg BID", "vitamin D3 2000 units daily"]
PRN = ["lorazepam 0.5 mg", "acetaminophen 650 mg", "oxycodone 2.5 mg", "haloperidol 0.5 mg", "ondansetron 4 mg",
       "milk of magnesia 30 mL", "bisacodyl 10 mg PR"]
DURS = ["for 3 days", "for 5 days", "x2 weeks", "x 10 days", "for 6 weeks", "for 48 hours", "x1 week",
        "for 2 weeks", "x3 days", "for 14 days", "x 7d", "for 1 month",
        "for 72 hours", "x5 days"]
CONDS = ["CHF with EF 35%", "CKD stage 3b", "type 2 diabetes", "COPD", "atrial fibrillation", "hypertension",
         "osteoarthritis", "major depressive disorder", "hypothyroidism", "BPH", "macular degeneration",
         "osteoporosis", "history of CVA with left hemiparesis", "peripheral vascular disease", "GERD",
         "chronic anemia", "recurrent UTIs", "stage 2 sacral pressure injury"]


ADULT_SCORES = [x for x in SCORES if not x.startswith(("Apgar", "Tanner"))]


def dur():
    return K(ch(DURS))


def drug():
    return K(ch(DRUGS))


def epon(pool=None):
    return K(ch(pool or EPONYMS))


def cond():
    return K(ch(CONDS))


def score():
    return K(ch(SCORES))


def vital_raw(kind=None):
    kind = kind or ch(["bp", "hr", "rr", "t", "spo2", "wt", "bg", "pain"])
    return {
        "bp": lambda: f"BP {rint(92, 178)}/{rint(50, 98)}",
        "hr": lambda: f"HR {rint(52, 124)}",
        "rr": lambda: f"RR {rint(12, 26)}",
        "t": lambda: ch([f"T {rint(361, 389) / 10:.1f} C", f"temp {rint(970, 1023) / 10:.1f}F"]),
        "spo2": lambda: f"SpO2 {rint(86, 99)}% {ch(['on RA', 'on 2L NC', 'RA', 'on 3 L'])}",
        "wt": lambda: f"wt {rint(380, 1150) / 10:.1f} kg",
        "bg": lambda: f"BG {rint(68, 320)}",
        "pain": lambda: f"pain {rint(0, 9)}/10",
    }[kind]()


def vitals(n=4):
    kinds = R.sample(["bp", "hr", "rr", "t", "spo2", "wt", "bg", "pain"], n)
    return ", ".join(K(vital_raw(k)) for k in kinds)


def lab_raw():
    return ch([f"Na {rint(126, 146)}", f"K {rint(30, 62) / 10:.1f}", f"Hgb {rint(68, 150) / 10:.1f}",
               f"INR {rint(9, 38) / 10:.1f}", f"glucose {rint(60, 420)}", f"BNP {rint(40, 2400)}",
               f"A1c {rint(52, 124) / 10:.1f}%", f"creatinine {rint(6, 34) / 10:.1f}", f"WBC {rint(30, 220) / 10:.1f}",
               f"lactate {rint(8, 52) / 10:.1f}", f"TSH {rint(2, 120) / 10:.1f}", f"albumin {rint(21, 44) / 10:.1f}",
               f"platelets {rint(42, 480)}", f"Mg {rint(12, 26) / 10:.1f}", f"troponin {rint(1, 90) / 1000:.3f}"])


def lab():
    return K(lab_raw())


def _trap_groups():
    G = {}
    G["gen"] = [
        lambda: f"{K('Will follow up')} with {ch(['PCP', 'nephrology', 'cardiology', 'wound care', 'podiatry'])} {dur()}.",
        lambda: f"{K('May repeat')} {K(ch(PRN))} once if needed.",
        lambda: f"{K('Will recheck')} {lab()} in AM.",
        lambda: f"{K('May resume')} regular diet.",
        lambda: f"{K('Page on-call')} if SBP > 180.",
        lambda: f"{K('Will notify')} provider of changes.",
        lambda: f"No {K('frank blood')} noted.",
    ]
    G["care"] = G["gen"] + [
        lambda: f"{K('Hope is limited')} for return to prior level of function; family aware.",
        lambda: f"{K('Unable to bear weight')} on {ch(['left', 'right'])} leg.",
        lambda: f"Encouraged diet {K('rich in potassium')}.",
        lambda: f"{K('Rose from chair')} with standby assist.",
        lambda: f"Shows {K('joy in activities')} per recreation staff.",
        lambda: f"Prefers the {K('sunny side')} of the dayroom.",
        lambda: f"{K('Frank discussion')} held re goals of care.",
        lambda: f"{K('Faith community')} visits weekly.",
        lambda: f"{K('Young adult')} grandson at bedside.",
        lambda: f"Discussed {K('price of the inhaler')} with family.",
        lambda: f"{K('Long-term care')} placement discussed.",
        lambda: f"Small amount of {K('brown sputum')} noted.",
        lambda: f"{K('Grant-funded')} transportation voucher provided.",
    ]
    G["lab"] = [
        lambda: f"No {K('frank hemolysis')}; specimen acceptable.",
        lambda: f"{K('May repeat')} if clinically indicated.",
        lambda: f"{K('Will notify')} ordering provider of critical values.",
        lambda: f"{K('Page on-call')} pathologist for questions after hours.",
        lambda: f"{K('Grant-funded')} follow-up program; no charge to family.",
        lambda: f"{K('Will recheck')} on new specimen {K('in 2 weeks')}.",
    ]
    G["admin"] = [
        lambda: f"{K('Will follow up')} by phone {dur()}.",
        lambda: f"{K('Grant-funded')} program; no fee to patient.",
        lambda: f"{K('Bill to')} requesting party at standard rate.",
        lambda: f"{K('May')} take {K('up to 30 days')} to process.",
        lambda: f"{K('Frank discussion')} with family held previously.",
        lambda: f"{K('Hope is limited')} for recovery per treating physician.",
    ]
    G["field"] = [
        lambda: f"{K('Story consistent with')} mechanism described.",
        lambda: f"{K('Unable to bear weight')} on {ch(['left', 'right'])} leg.",
        lambda: f"No {K('frank blood')} noted.",
        lambda: f"{K('Will follow up')} with receiving facility.",
        lambda: f"{K('Page on-call')} supervisor if diversion.",
        lambda: f"{K('Visual fields')} grossly intact.",
        lambda: f"Negative {K('Murphy sign')}.",
    ]
    G["rx"] = [
        lambda: f"{K('Bill to Medicaid')} secondary.",
        lambda: f"{K('Will')} rebill once PA approved.",
        lambda: f"{K('May')} substitute generic per plan.",
        lambda: f"{K('Price')} quoted to patient: cash {K('$' + str(rint(12, 900)))}.",
        lambda: f"{K('Will notify')} prescriber via fax.",
    ]
    return G


TRAPG = _trap_groups()


_USED_TRAPS = set()


def trap(g="gen"):
    pool = [f for f in TRAPG[g] if f not in _USED_TRAPS] or TRAPG[g]
    f = ch(pool)
    _USED_TRAPS.add(f)
    return f()


def ftab(rows, widths=None, sep=" | "):
    """Join cell lists (cells are marked strings) into table lines with visible-width padding."""
    def vis(s):
        return len(MARK_RE.sub(lambda m: m.group(2), s))
    if widths == "auto":
        ncol = len(rows[0])
        w = [max(vis(r[i]) for r in rows) for i in range(ncol)]
        out = []
        for r in rows:
            out.append(sep.join(c + " " * (w[i] - vis(c)) for i, c in enumerate(r)).rstrip())
        return "\n".join(out)
    return "\n".join(sep.join(r) for r in rows)


# ================================================================= STYLES
def fblock(fields, mode=None):
    """Render (label, value) header fields in one of several layouts."""
    fields = [(l, v) for l, v in fields if v is not None]
    mode = mode or ch(["lines", "packed", "kv", "dots"])
    if mode == "lines":
        return "\n".join(f"{l}: {v}" for l, v in fields)
    if mode == "dots":
        w = max(len(l) for l, _ in fields) + 3
        return "\n".join(f"{l} {'.' * (w - len(l))} {v}" for l, v in fields)
    out, i = [], 0
    while i < len(fields):
        k = rint(2, 3)
        chunk = fields[i:i + k]
        i += k
        if mode == "packed":
            out.append("   ".join(f"{l}: {v}" for l, v in chunk))
        else:
            out.append(" | ".join(f"{l.upper().replace(' ', '_')}={v}" for l, v in chunk))
    return "\n".join(out)


def med_summary():
    return ch([lambda: f"Current regimen: {drug()}, {drug()}; last {K(vital_raw('bp'))}; {K(ch(ADULT_SCORES))}.",
               lambda: f"Pertinent history: {epon()}, {cond()}; on {drug()} {dur()}.",
               lambda: f"Most recent {lab()}, {lab()}; {K(ch(ADULT_SCORES))}."])()


def s_ltc():
    pt = person()
    age = nh_age()
    ref = rday()
    dob = dob_for(age, ref)
    fac = ch(NH)
    c = city()
    doc, nurse = person(), person()
    rel = person(last=pt.last if chance(0.6) else None)
    rl = ch(["daughter", "son", "niece", "spouse", "grandson", "daughter-in-law", "nephew"])
    rm = f"{rint(100, 349)}{ch('AB')}"
    v = rint(0, 2)
    if v == 0:
        t = f"""{P('FACILITY', fac)}
{ADDR(c)}   Tel {PH()}
LONG-TERM CARE NURSING PROGRESS NOTE
Resident: {pt.n(ch(['lf', 'LFM', 'fl']))}    Room {rm}    DOB: {D(dob, ch(DOB_FMTS))}    MRN: {MRN()}
Admitted: {D(near(ref, -900, -30), ch(FORMAL_FMTS))}    Attending: Dr. {doc.n('fl')}    MBI: {HP('mbi')}
Note date: {D(ref, ch(['mdy4', 'iso', 'mdy2']))} {tm()}

Resident is a {AGE(age)} {ch(['woman', 'man', 'resident'])} with {epon(NH_EPON)}, {cond()} and {cond()}, on this unit since {ref.year - rint(1, 6)}. {trap('care')}
Overnight {vitals(4)}. {K(ch(['Braden score 15', 'Braden 12', 'Braden score 18']))}; {K(ch(['Morse Fall Scale 45', 'Morse 65', 'Morse fall risk 35']))}. Ate ~{rint(40, 90)}% of meals.
{drug()} given at HS; {K(ch(PRN))} x1 at 0200 for restlessness with good effect.
{rl.capitalize()} {rel.n(ch(['fl', 'f']))} visited {D(near(ref, -6, -1), ch(['th', 'wk', 'mon_dot', 'md']))} and asked that {pt.n(ch(['f', 'nick']))} be up in chair for meals. {trap('care')}
Plan: notify Dr. {doc.n('l')} re {lab()}. {trap('care')} Continue {drug()} {dur()}.
Contact: {rl} {rel.n('fl')} {PH()}, alt {PH()}
{nurse.n(ch(['fl', 'il']))}, {ch(['LPN', 'RN', 'RN, BSN'])} -- {D(ref, ch(['mdy4', 'mdy2', 'iso']))}
"""
    elif v == 1:
        ent = near(ref, -400, -20)
        lang = ch(["English", "Spanish", "Karen", "Hmong", "Somali", "Polish", "Tagalog", "Haitian Creole"])
        langs = K(lang) if lang in ("Karen", "Hmong") else lang
        dots = lambda lbl: lbl + " " + "." * max(2, 30 - len(lbl)) + " "
        mds_cn, mds_sw = person(), person()
        t = f"""MDS 3.0 {ch(['Quarterly', 'Admission (5-day)', 'Annual', 'Significant Change in Status'])} Assessment -- excerpt
Facility: {P('FACILITY', fac)}, {CITY(c)}
{dots('A0100A Facility NPI')}{IDN('npi')}
{dots('A0100B CMS Certification Number')}{IDN('ccn')}
{dots('A0500A First name')}{P('PERSON', pt.first)}
{dots('A0500C Last name')}{P('PERSON', pt.last)}
{dots('A0600A Social Security Number')}{SSN()}
{dots('A0600B Medicare number')}{HP('mbi')}
{dots('A0700 Medicaid number')}{HP('medicaid') if chance(.7) else '+ (pending)'}
{dots('A0900 Birth date')}{D(dob, ch(['mdy4z', 'dash2']))}
{dots('A1100B Preferred language')}{langs}
{dots('A1300A Medical record number')}{MRN()}
{dots('A1300C Preferred name')}{pt.n('nick')}
{dots('A1600 Entry date')}{D(ent, ch(['mdy4z', 'dash2']))}
{dots('A1800 Entered from')}03. Acute hospital ({FAC(HOSP)})
{dots('A2300 Assessment reference date')}{D(ref, ch(['mdy4z', 'dash2']))}
C0500  {K('BIMS Summary Score ' + str(rint(3, 15)))}
D0300  {K('PHQ-9 total severity score ' + str(rint(0, 19)))}
GG0170 Sit to stand: {K('03. Partial/moderate assistance')}
I4800  {K(ch(["Alzheimer's disease", "Non-Alzheimer's dementia", "Lewy body dementia"]))};  I5300 {K("Parkinson's disease") if chance(.5) else K('Hemiplegia')}
J1800  Falls since prior assessment: 1. Yes -- fall on {D(near(ref, -60, -5), ch(['md', 'mon_dot', 'd_mon']))}, no injury
M0300  {K('Stage 2 pressure ulcers: 1')}
N0415  {K('anticoagulant')}: received; {drug()}
Z0400  {mds_cn.n(ch(['fl', 'lfm']))}, RN, MDS Coordinator -- Sections A, C, GG, I, J, M, N -- {D(near(ref, 1, 10), ch(['mdy4z', 'mon_d_y']))}
       {mds_sw.n('fl')}, LSW -- Section D -- {D(near(ref, 1, 10), ch(['mdy4z', 'mon_d_y']))}
Note: {trap('care')} {trap('care')}
"""
    else:
        conf = ref
        hosp = ch(["Evergreen Hospice", "Compassus of the Valley", "Brightwater Hospice", "Mountain Laurel Hospice",
                   "Kokua Hospice"])
        a1, a2, a3, hrn = person(), person(), person(), person()
        t = f"""{P('FACILITY', fac)} -- Interdisciplinary Care Plan Conference
Resident: {pt.n('fl')}  ({AGE(age, ['{} y/o', 'age {}', '{} yrs'])})   DOB {D(dob, ch(DOB_FMTS))}   Medicaid # {HP('medicaid')}
Conference date: {D(conf, ch(FORMAL_FMTS))}     Next review: {D(near(conf, 85, 95), ch(['long_ny', 'mon_dot', 'md']))}
Attendees: {a1.n('fl')}, RN (MDS); {a2.n(ch(['fl', 'il']))}, LSW; {a3.n('fl')}, dietitian; {rl} {rel.n('fl')} (by phone, {PH()})

Summary: {pt.n(ch(['f', 'nick']))} remains on {rm[:-1]} hall. Dx {epon(NH_EPON)}, {cond()}. {vitals(3)}; {K(vital_raw('wt'))} (down {rint(1, 4)} kg {K('over 30 days')}).
Cognition: {K('BIMS ' + str(rint(3, 15)) + '/15')}; mood {K('PHQ-9 ' + str(rint(0, 15)))}. Falls: none since {D(near(conf, -120, -30), ch(['long_ny', 'mdy2']))}.
Hospice: {P('FACILITY', hosp)}, RN case manager {hrn.n('fl')}, {PH()}.
Resident's goal in own words: "I want to see my great-grandson graduate from {FAC(EMPLOYERS[11:])}."
{trap('care')} {trap('care')} {K(ch(DRUGS))} continued.
"""
    return "ltc_progress_mds", t, ("upper" if chance(0.12) else "normal")


def s_hha():
    pt = person()
    age = rint(58, 101)
    ref = rday()
    dob = dob_for(age, ref)
    agency = ch(HHA)
    rn = person()
    ec = person(last=pt.last if chance(0.5) else None)
    aides = [person() for _ in range(rint(1, 3))]
    n = rint(4, 6)
    fmt = ch(TBL_FMTS)
    start = ref
    rows = []
    tasks = [["bath", "linen change", "meal prep"], ["shower assist", "ROM exercises"], ["laundry", "med reminder"],
             ["Hoyer lift transfer", "skin check"], ["Foley catheter care", "peri care"], ["grocery run", "meal prep"],
             ["compression stockings", "ambulation 50 ft"]]
    notes = [lambda: K(vital_raw("bp")), lambda: K(vital_raw("bg")), lambda: trap('care'),
             lambda: f"client {K('rose from chair')} w/ walker", lambda: K("ate 75% lunch"),
             lambda: f"{K('Will')} return {ch(['Thurs', 'Mon', 'tomorrow'])}",
             lambda: f"dog {ch(PETS)} fed per client request", lambda: f"c/o {K('pain 4/10')} R knee",
             lambda: f"{K('May')} need shower chair", lambda: K("no redness sacrum"),
             lambda: f"{K('urine output 600 mL')} in bag"]
    for i in range(n):
        d = near(start, i * 2, i * 2 + 1)
        a = ch(aides)
        tin = rint(7, 14)
        rows.append([D(d, fmt), f"{tin:02d}:{ch(['00', '15', '30'])}", f"{tin + rint(1, 3):02d}:{ch(['00', '20', '45'])}",
                     ", ".join(K(x) if x in ("Hoyer lift transfer", "Foley catheter care") else x for x in ch(tasks)),
                     a.n(ch(["fl", "il", "li", "lf"])), ch(notes)()])
    hdr = ["Date", "In", "Out", "Tasks", "Aide", "Notes"]
    v = rint(0, 2)
    if v == 0:
        table = ftab([hdr] + rows, widths="auto")
    elif v == 1:
        table = "| " + " |\n| ".join(" | ".join(r) for r in [hdr, ["---"] * 6] + rows) + " |"
    else:
        table = ftab([hdr] + rows, sep="\t")
    head = ch(["HOME HEALTH AIDE VISIT LOG", "Aide Visit Record / Timesheet", "Personal Care Visit Log"])
    t = f"""{P('FACILITY', agency)}  {head}
Office {PH()}   Fax {PH()}
Client: {pt.n(ch(['lf', 'fl', 'LF']))}   DOB {D(dob, ch(DOB_FMTS))}   {('Age ' + NUMAGE(age)) if chance(.5) else ''}
Address: {ADDR()}   Home ph: {PH()}
Waiver/Medicaid ID: {HP('medicaid')}    Case #: {IDN('case')}
Emergency contact: {ec.n('fl')} ({ch(['daughter', 'son', 'neighbor', 'wife', 'husband', 'friend'])}) {PH()}
Supervising RN: {rn.n(ch(['fl', 'il']))}, RN   Care plan dated {D(near(ref, -40, -5), ch(FREE_FMTS))}
Care plan: {epon(['Hoyer lift', 'Foley catheter', "Parkinson's disease", "Alzheimer's dementia"])}; {drug()} reminder.

{table}

RN supervisory visit {D(near(ref, 10, 14), ch(['mon_dth', 'md', 'wk3']))}: {vitals(2)}. {trap('care')}
"""
    return "home_health_aide_log", t, ch(["normal"] * 7 + ["lower", "upper"])


def s_hl7():
    pt = person()
    age = rint(1, 99)
    ref = rday()
    dob = dob_for(age, ref)
    fac = ch(HOSP)
    fcode = abbrev(fac)
    doc, ref_doc, nk = person(), person(), person(last=pt.last if chance(0.5) else None)
    c = city()
    ev = ch(["A01", "A04", "A08", "A03"])
    U = lambda p, part: P("PERSON", (p.first if part == "f" else p.last).upper())
    ts = ts14(ref)
    pv_class = ch(["I", "O", "E"])
    segs = []
    segs.append(f"MSH|^~\\&|{ch(['EPIC', 'CERNER', 'MEDITECH', 'ADTSYS'])}|{P('FACILITY', fcode)}|HIE|{P('FACILITY', ch(['STATEHIE', 'KEYSTONE HIE', 'BRIGHTWATER', 'MEDVANTAGE']))}|{P('DATE', ts)}||ADT^{ev}|{IDN('msg')}|P|2.{ch(['3', '5.1', '4'])}")
    segs.append(f"EVN|{ev}|{P('DATE', ts)}")
    mid = f"^{P('PERSON', ch(FIRST[ch(ORIGINS)]).upper())}" if chance(0.25) else "^"
    addr_parts = f"{P('STREET_ADDRESS', street_raw().upper())}^^{P('LOCATION', c[0].upper())}^{c[1]}^{P('ZIP_CODE', zipc())}^USA^H"
    segs.append(f"PID|1||{MRN()}^^^{P('FACILITY', fcode)}^MR{('~' + SSN() + '^^^SSA^SS') if chance(.5) else ''}||{U(pt, 'l')}^{U(pt, 'f')}{mid}||{P('DATE', f'{dob:%Y%m%d}')}|{ch('MF')}||{ch(['2106-3', '2054-5', '2028-9', '1002-5', '2076-8'])}|{addr_parts}||{PH()}^PRN^PH|{PH() if chance(.3) else ''}^WPN^PH|{ch(['ENG', 'SPA', 'KAR', 'HMN', 'SOM', 'VIE'])}|{ch('MSWD')}||{ACCT()}|{P('US_SSN', ssn_raw()) if chance(.4) else ''}|{(LIC('dl') + '^' + c[1]) if chance(.4) else ''}")
    segs.append(f"PV1|1|{pv_class}|{ch(['4W', 'MICU', 'ED', '3N', 'OBS'])}^{rint(100, 450)}^{ch('ABC')}^{P('FACILITY', fcode)}||||{IDN('npi')}^{U(doc, 'l')}^{U(doc, 'f')}^^^^MD|{(IDN('npi') + '^' + U(ref_doc, 'l') + '^' + U(ref_doc, 'f')) if chance(.4) else ''}|||||||||||{ACCT()}|||||||||||||||||||||||||{P('DATE', ts14(ref))}")
    if chance(0.4):
        segs.append(f"NK1|1|{U(nk, 'l')}^{U(nk, 'f')}|{ch(['DAU^Daughter', 'SPO^Spouse', 'SON^Son', 'MTH^Mother', 'FTH^Father', 'GRD^Guardian'])}|{P('STREET_ADDRESS', street_raw().upper())}^^{CITY(c) if False else P('LOCATION', c[0].upper())}^{c[1]}|{PH()}")
    if chance(0.35):
        segs.append(f"IN1|1|{ch(['MCR', 'MCD', 'BCB', 'COM'])}{rint(1, 99):02d}|{IDN('generic')}|{P('FACILITY', ch(INSURERS).upper())}|||{PH()}|{HP('group')}|||||||{U(pt, 'l')}^{U(pt, 'f')}|01|{P('DATE', f'{dob:%Y%m%d}')}||||||||||||||||||{HP('member')}")
    dxs = R.sample([("G20", "Parkinson's disease"), ("E24.9", "Cushing's syndrome"), ("E27.1", "Addison's disease"),
                    ("G51.0", "Bell's palsy"), ("C81.90", "Hodgkin lymphoma"), ("K50.90", "Crohn's disease"),
                    ("I48.91", "Atrial fibrillation"), ("J44.1", "COPD with exacerbation"), ("N17.9", "Acute kidney injury"),
                    ("A69.20", "Lyme disease"), ("G30.9", "Alzheimer's disease"), ("E05.00", "Graves disease")], 2)
    for i, (code, txt) in enumerate(dxs, 1):
        segs.append(f"DG1|{i}||{code}^{K(txt.upper())}^I10||{P('DATE', ts14(ref))}|{ch(['A', 'W', 'F'])}")
    segs.append(f"AL1|1|DA|{rint(1000, 99999)}^{K(ch(['PENICILLIN', 'SULFA DRUGS', 'LISINOPRIL', 'CODEINE', 'LATEX']))}^RXNORM|{ch(['SV', 'MO', 'MI'])}|{K(ch(['HIVES', 'ANGIOEDEMA', 'RASH', 'NAUSEA']))}")
    for code, name, val, unit in R.sample([("8867-4", "HEART RATE", str(rint(50, 130)), "/min"),
                                           ("8480-6", "SYSTOLIC BP", str(rint(90, 180)), "mm[Hg]"),
                                           ("59408-5", "SPO2", str(rint(86, 100)), "%"),
                                           ("8310-5", "BODY TEMPERATURE", f"{rint(361, 392) / 10:.1f}", "Cel")], 2):
        segs.append(f"OBX|{rint(1, 9)}|NM|{code}^{K(name)}^LN||{K(val)}|{unit}|||||F")
    sep = ch(["\n", "\n", "\r\n", "<cr>\n"])
    intro = ch([f"Interface message pasted by {person().n('fl')} for ticket {IDN('ticket')}:",
                f"ADT feed error -- raw message below (received {D(ref, 'mdy4')}):",
                "Raw HL7 from interface engine log:", ""])
    msg = sep.join(segs)
    if chance(0.25):
        msg = msg.replace("|", " | ") if False else msg
    t = (intro + "\n" if intro else "") + msg + "\n" + (f"-- {trap('gen')}\n" if chance(0.4) else "")
    return "hl7_v2_adt", t, "normal"


def s_fhir():
    pt = person()
    age = rint(0, 100)
    ref = rday()
    dob = dob_for(age, ref)
    fac = ch(HOSP)
    c = city()
    cty = ch(COUNTIES)
    doc, att, rel = person(), person(), person(last=pt.last if chance(0.5) else None)
    host = slug(fac)
    q = '"'
    given2 = f', "{P("PERSON", ch(FIRST[ch(ORIGINS)]))}"' if chance(0.35) else ""
    reason = ch(["Parkinson's disease", "Bell's palsy", "Cushing's syndrome", "community-acquired pneumonia",
                 "Hodgkin lymphoma", "Addison's disease crisis", "cellulitis of left leg", "Kawasaki disease"])
    enc_s = f"{ref.isoformat()}T{rint(0, 23):02d}:{rint(0, 59):02d}:00-0{rint(4, 8)}:00"
    end = near(ref, 1, 6)
    enc_e = f"{end.isoformat()}T{rint(0, 23):02d}:{rint(0, 59):02d}:00-0{rint(4, 8)}:00"
    pretty = chance(0.7)
    email = EMAIL(pt) if chance(0.6) else None
    tele = [f'{{"system": "phone", "value": "{PH()}", "use": "{ch(["home", "mobile"])}"}}']
    if email:
        tele.append(f'{{"system": "email", "value": "{email}"}}')
    patient = f"""{{
  "resourceType": "Patient",
  "id": "{IDN('generic')}",
  "identifier": [
    {{"system": "{P('URL', f'https://fhir.{host}.org/id/mrn')}", "value": "{MRN()}"}},
    {{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "{SSN()}"}}
  ],
  "name": [{{"use": "official", "family": "{pt.n('l')}", "given": ["{pt.n('f')}"{given2}]}}],
  "telecom": [{', '.join(tele)}],
  "gender": "{ch(['female', 'male', 'unknown'])}",
  "birthDate": "{P('DATE', dob.isoformat())}",
  "address": [{{"line": ["{P('STREET_ADDRESS', street_raw())}"], "city": "{P('LOCATION', c[0])}", "district": "{P('LOCATION', cty[0])}", "state": "{c[1]}", "postalCode": "{P('ZIP_CODE', zipc())}"}}],
  "contact": [{{"relationship": [{{"text": "{ch(['mother', 'daughter', 'spouse', 'guardian', 'son'])}"}}], "name": {{"text": "{rel.n('fl')}"}}, "telecom": [{{"system": "phone", "value": "{PH()}"}}]}}],
  "generalPractitioner": [{{"display": "{doc.n('fl')}, MD"}}],
  "managingOrganization": {{"display": "{P('FACILITY', fac)}"}}
}}"""
    enc = f"""{{
  "resourceType": "Encounter",
  "status": "{ch(['finished', 'in-progress'])}",
  "class": {{"code": "{ch(['IMP', 'AMB', 'EMER'])}"}},
  "identifier": [{{"system": "{P('URL', f'https://fhir.{host}.org/id/visit')}", "value": "{ACCT()}"}}],
  "period": {{"start": "{P('DATE', enc_s)}", "end": "{P('DATE', enc_e)}"}},
  "reasonCode": [{{"text": "{K(reason)}"}}],
  "participant": [{{"individual": {{"display": "Dr. {att.n('fl')}"}}}}],
  "location": [{{"location": {{"display": "{P('FACILITY', fac)} {ch(['4 West', 'ED Pod B', 'MICU', 'Clinic 2'])}"}}}}],
  "serviceProvider": {{"display": "{P('FACILITY', fac)}"}}
}}"""
    if not pretty:
        patient = re.sub(r"\n\s*", " ", patient)
        enc = re.sub(r"\n\s*", " ", enc)
    lead = ch([f"Pasted from HIE query by {person().n('fl')} on {D(near(end, 0, 3), ch(FREE_FMTS))}:",
               "FHIR payload (for interface troubleshooting):", "Outside record summary -- raw JSON below."])
    tail = f"\nReviewer note: {vitals(3)}; {lab()}; {drug()} {dur()}. {trap('gen')}"
    t = f"{lead}\n{patient}\n{enc}{tail}\n"
    return "fhir_json_fragment", t, "normal"


def s_csv():
    clinic = ch(CLINICS + RETINA)
    ref = rday()
    cols_all = ["appt_time", "patient_name", "dob", "mrn", "phone", "provider", "visit_type", "insurance_id", "notes",
                "age", "city"]
    v = rint(0, 2)
    if v == 0:
        cols = ["appt_time", "patient_name", "dob", "mrn", "provider", "visit_type", "dx", "notes"]
    elif v == 1:
        cols = ["appt_time", "mrn", "patient_name", "age", "phone", "dx", "visit_type", "notes"]
    else:
        cols = ["appt_time", "patient_name", "dob", "city", "provider", "dx", "notes"]
    delim = ch([",", ",", ";", "|"])
    quote = chance(0.5)
    dfm = ch(["mdy4", "iso", "mdy4z", "ymd"])
    provs = [person() for _ in range(2)]
    nrows = rint(3, 4)
    rows = []
    for i in range(nrows):
        p = person()
        age = rint(1, 99) if chance(0.8) else rint(90, 102)
        dob = dob_for(age, ref)
        cells = {
            "appt_time": f"{rint(8, 16):02d}:{ch(['00', '15', '30', '45'])}",
            "patient_name": p.n(ch(["LF", "lf", "LFM"])) if quote else p.n(ch(["fl", "FL"])),
            "dob": D(dob, dfm),
            "mrn": MRN(),
            "phone": PH(),
            "provider": ch(provs).n(ch(["li", "il", "l"])),
            "visit_type": ch(["NEW", "F/U", "ANNUAL", "TELE", "INJ", "PROC"]),
            "insurance_id": HP("member"),
            "notes": ch([lambda: f"f/u {K(ch(EPONYMS))}", lambda: f"{K('A1c 8.2%')} last visit",
                         lambda: f"{K('Will recheck BP')}", lambda: f"{K('BP 162/94')} at last visit",
                         lambda: f"needs {K(ch(['Karen', 'Hmong']))} interpreter",
                         lambda: f"{K(ch(DRUGS))} refill", lambda: f"{K('Tanner stage 2')} recheck",
                         lambda: f"{K('Gleason 3+4')} -- discuss plan", lambda: f"{K('May')} need labs",
                         lambda: f"{K('INR 3.4')} -- dose adjust"])(),
            "age": NUMAGE(age),
            "dx": K(ch(CONDS + EPONYMS[:12])),
            "city": P("LOCATION", ch(CITIES)[0]),
        }
        vals = []
        for cname in cols:
            x = cells[cname]
            if quote and (cname in ("patient_name", "notes") or delim in MARK_RE.sub(lambda m: m.group(2), x)):
                x = f'"{x}"'
            vals.append(x)
        rows.append(delim.join(vals))
    header = delim.join(c.upper() if chance(0.3) else c for c in cols)
    export_by = person()
    t = f"""Clinic day list export -- {P('FACILITY', clinic)} -- {D(ref, ch(['long', 'wk', 'mdy4', 'iso']))}
Exported by {export_by.n(ch(['fl', 'li']))} at {tm('colon')}; file {ch(['daylist', 'sched', 'appts'])}_{ref:%Y%m%d}.csv (path redacted)

{header}
""" + "\n".join(rows) + f"\n\n# rows={nrows}; {trap('gen')} Template: {K('Mallampati')} / {K('Tanner stage')} fields hidden.\n"
    # filename contains the date digits; mark explicitly as DATE would overlap odd token -> keep filename generic
    t = t.replace(f"_{ref:%Y%m%d}.csv", ".csv")
    return "csv_clinic_day_list", t, "normal"


def s_poison():
    kid = chance(0.6)
    pt = person()
    ref = rday()
    age = rint(1, 6) if kid else ch([rint(14, 85), rint(90, 99)])
    dob = dob_for(age, ref)
    caller = person(last=pt.last if chance(0.6) else None)
    spi, tox = person(), person()
    c = city()
    cen = ch(POISON)
    subst = ch([("acetaminophen 500 mg tablets", "~20 tabs"), ("ibuprofen 200 mg", "8 tabs"),
                ("clonidine 0.1 mg", "2 tabs"), ("iron 65 mg tablets", "12 tabs"),
                ("laundry detergent pod", "1 pod"), ("amlodipine 10 mg", "5 tabs"),
                ("diphenhydramine 25 mg", "14 caps"), ("lamp oil", "1 mouthful"),
                ("metformin 500 mg", "6 tabs"), ("button battery", "1")])
    wt = f"{rint(9, 22)} kg" if kid else f"{rint(45, 110)} kg"
    ed = ch(HOSP)
    calls = []
    for k in range(rint(2, 3)):
        d = near(ref, 0, 1) if k else ref
        who = ch([spi, tox, person()])
        opts = [lambda: f"spoke w/ ED RN, {vitals(2)}, {lab()}",
                lambda: f"caller reports {'child playing normally' if kid else 'pt resting, no new sx'}; {K('Will follow up')} {K('in 4 hours')}",
                lambda: f"EKG {K('QTc ' + str(rint(410, 520)))}, {K(vital_raw('hr'))}; {trap('field')}"]
        if "acetaminophen" in subst[0]:
            opts += [lambda: f"4-hr level {K(str(rint(20, 210)) + ' mcg/mL')} -- plotted on {K('Rumack-Matthew nomogram')}",
                     lambda: f"{K('NAC 150 mg/kg over 1 hour')} started"]
        elif "battery" in subst[0]:
            opts += [lambda: f"xray: battery in stomach; {K('honey 10 mL q10min')} advised before ED"]
        else:
            opts += [lambda: f"{K(vital_raw('bp'))}, {K(vital_raw('bg'))}; observe {K('for 6 hours')}"]
        calls.append(f"{D(d, ch(['mdy4', 'md', 'iso', 'd_mon']))} {tm('mil')}  {who.n(ch(['il', 'fl', 'li']))}: " + ch(opts)())
    relation = ch(['mother', 'father', 'grandmother', 'aunt', 'babysitter']) if kid else ch(['self', 'daughter', 'son', 'group home staff', 'spouse'])
    fields = [("Case #", IDN('case')), ("Call date", D(ref, ch(FORMAL_FMTS))), ("Time", tm()),
              ("SPI", spi.n('fl') + ", RN, CSPI"), ("Toxicologist", "Dr. " + tox.n('fl')),
              ("Caller", f"{caller.n(ch(['fl', 'f']))} ({relation})"), ("Callback", PH()),
              ("Caller site", f"{ch(['own residence', 'relative home', 'day care'] if kid else ['own residence', 'group home', 'workplace'])} -- {CITY(c)}, {COUNTY()}"),
              ("Patient", pt.n(ch(['fl', 'lf']))), ("Age", AGE(age, ['{} y', '{} yrs', '{} years'])),
              ("DOB", D(dob, ch(DOB_FMTS))), ("Wt", K(wt))]
    v = rint(0, 2)
    title = ch([f"{P('FACILITY', cen)} -- EXPOSURE CALL RECORD", f"EXPOSURE CASE SUMMARY / {P('FACILITY', cen)}",
                f"{P('FACILITY', cen)}\nCase note (toxicology hotline)"])
    body = f"""Substance: {K(subst[0])}, amount {K(subst[1])}, route: ingestion, time since exposure ~{K(str(rint(1, 6)) + ' hours')}
Symptoms at call: {ch(['none', 'vomiting x1', 'drowsy', 'abdominal pain'])}; {K('GCS 15') if chance(.5) else K('Glasgow Coma Scale 14')}
Management: referred to {P('FACILITY', ed)} ED ({PH()}); {K('activated charcoal 1 g/kg')} {ch(['not indicated', 'given by EMS'])}."""
    if v == 2:
        body = (f"{pt.n(ch(['f', 'fl']))} ({AGE(age, ['{} yo', '{}-year-old'])}) ingested {K(subst[1])} of {K(subst[0])} "
                f"~{K(str(rint(1, 6)) + ' hours')} prior to call from {caller.n('f')} ({relation}, {PH()}). Sent to {P('FACILITY', ed)}. "
                f"{K('GCS 15')}. {trap('field')}")
        fields = fields[:5]
    t = f"{title}\n{fblock(fields)}\n{body}\nFollow-up log:\n" + "\n".join(calls) + \
        f"\nOutcome: {ch(['minor effect', 'no effect', 'moderate effect', 'lost to follow-up'])}. Closed {D(near(ref, 1, 3), ch(FREE_FMTS))} by {spi.n('il')}.\n"
    return "poison_control_call", t, ("upper" if chance(0.2) else "normal")


def s_ambulance():
    pt = person()
    age = ch([rint(30, 89), rint(90, 100), rint(60, 89)])
    ref = rday()
    dob = dob_for(age, ref)
    send, recv = R.sample(HOSP, 2)
    agency = ch(EMS)
    crew = [person(), person()]
    acc, rn = person(), person()
    c = city()
    vrows = []
    for k in range(rint(2, 4)):
        vrows.append(f"{tm('mil')}  {K(vital_raw('bp'))}  {K(vital_raw('hr'))}  {K(vital_raw('rr'))}  {K(vital_raw('spo2'))}  {K('GCS ' + str(rint(9, 15)))}")
    drips = ch(["norepinephrine 8 mcg/min", "heparin 18 units/kg/hr", "nitroglycerin 40 mcg/min",
                "amiodarone 1 mg/min", "propofol 30 mcg/kg/min", "insulin 6 units/hr"])
    v = rint(0, 2)
    head = f"""{P('FACILITY', agency)}  INTERFACILITY TRANSFER -- PATIENT CARE REPORT
Run #: {IDN('case')}   Date: {D(ref, ch(['mdy4', 'mdy2', 'milit', 'iso']))}   Unit: {VEH('unit')}   Plate: {VEH('plate')}
Crew: {crew[0].n(ch(['fl', 'lf']))}, Paramedic (lic {LIC('emt')}); {crew[1].n(ch(['fl', 'il']))}, EMT (lic {LIC('emt')})
From: {P('FACILITY', send)}, {ch(['ICU bed 4', 'ED room 12', '3 North', 'cath lab holding'])} -- {ADDR(c)}
To: {P('FACILITY', recv)} {ch(['CCU', 'neuro ICU', 'cath lab', 'burn unit'])}; accepting Dr. {acc.n('fl')}
Pt: {pt.n(ch(['LF', 'lf', 'fl']))}   DOB {D(dob, ch(DOB_FMTS))}   {AGE(age, ['{} YO', '{} y/o', '{}y'])} {ch(['M', 'F'])}   MRN (sending) {MRN()}
"""
    if v == 0:
        body = f"""Reason for transfer: {K(ch(['STEMI', 'subarachnoid hemorrhage', 'septic shock', 'Guillain-Barré syndrome', 'Stevens-Johnson syndrome', 'Whipple leak']))}, higher level of care.
Hx: {cond()}, {cond()}. Meds infusing: {K(drips)}; {drug()}. {K('Foley catheter')} in place, {K('urine output 40 mL/hr')}.
Vitals:
""" + "\n".join(vrows) + f"""
Report called to {rn.n(ch(['f', 'fl']))}, RN at {PH()} at {tm('mil')}. {trap('field')}
Pt belongings (glasses, phone) given to wife {person(last=pt.last).n('f')} at bedside.
"""
    elif v == 1:
        body = f"""NARRATIVE: CREW DISPATCHED FOR PRIORITY 2 IFT. PT FOUND SUPINE IN BED, {K('ALERT AND ORIENTED X3')}. {vitals(3).upper()}. 
PT ON {K(drips.upper())} VIA {K('PORT-A-CATH')}. PT TOLERATED MOVE TO STRETCHER VIA SLIDE BOARD. EN ROUTE VIA {P('LOCATION', ch(['I-94', 'US-191', 'HWY 264', 'I-40']).upper()) if False else 'INTERSTATE'} THROUGH {P('LOCATION', ch(CITIES)[0].upper())}.
TRENDS: 
""" + "\n".join(vrows) + f"""
TRANSFER OF CARE TO {rn.n('FL')}, RN. {trap('field').upper()}
"""
    else:
        body = f"""| Time | Event |
| {tm('colon')} | at bedside, report from {rn.n('fl')}, RN |
| {tm('colon')} | depart {P('FACILITY', abbrev(send))}; {K(vital_raw('bp'))}, {K(vital_raw('hr'))} |
| {tm('colon')} | {K(drips)} titrated; {K('Glasgow Coma Scale 13')} |
| {tm('colon')} | arrive {P('FACILITY', abbrev(recv))}; {K(vital_raw('spo2'))} |
Notes: {trap('field')} {K('x1 episode')} of emesis, {K('ondansetron 4 mg IV')} given.
"""
    t = head + body + f"Signed {crew[0].n('il')} {D(ref, ch(['mdy4', 'iso']))}\n"
    return "interfacility_ambulance_transfer", t, ("upper" if chance(0.2) else "normal")


def s_rehab():
    pt = person()
    age = ch([rint(42, 88), rint(90, 94)])
    ref = rday()
    dob = dob_for(age, ref)
    prog = ch(REHAB)
    md = person()
    staff = [person(), person()]
    n = rint(3, 4)
    fmt = ch(TBL_FMTS)
    rows = []
    s0 = rint(1, 20)
    for i in range(n):
        d = near(ref, i * 2, i * 2 + 1)
        rows.append([D(d, fmt), str(s0 + i), K(f"{rint(58, 84)}"), K(f"{rint(100, 150)}/{rint(60, 90)}"),
                     K(f"{rint(92, 138)}"), K(f"{rint(25, 65) / 10:.1f}"), K(f"{rint(11, 15)}"),
                     ch(["NSR", "SR w/ PVCs", "NSR", "SR 1st deg AVB", "afib CVR"]), ch(staff).n(ch(["il", "f", "li"]))])
    hdr = ["Date", "Sess", "RestHR", "RestBP", "PeakHR", "METs", "RPE", "Rhythm", "Staff"]
    table = ftab([hdr] + rows, widths="auto", sep=ch([" | ", "  ", " ; "]))
    t = f"""{P('FACILITY', prog)} -- Phase II Cardiac Rehabilitation Flowsheet
Patient: {pt.n(ch(['lf', 'fl', 'LFM']))}  MRN {MRN()}  DOB {D(dob, ch(DOB_FMTS))}  Age {NUMAGE(age)}
Referring dx: {K(ch(['s/p CABG x3', 's/p PCI to LAD', 'HFrEF, EF 30%', 'NSTEMI', 's/p TAVR', 'stable angina']))} on {D(near(ref, -50, -15), ch(FREE_FMTS))}; referring MD: Dr. {md.n(ch(['fl', 'l']))}
Telemetry transmitter: {DEV()}   Insurance: {P('FACILITY', ch(INSURERS))} member {HP('member')}
Target HR {K(str(rint(98, 130)) + ' bpm')} ({K('Karvonen')} 60%); {K('Borg RPE 11-13')}; meds: {', '.join(K(x) for x in R.sample(DRUGS, 2))}

{table}

Comments: {trap('care')} Pt returned to work at {FAC(EMPLOYERS)} {D(near(ref, 5, 20), ch(['mon_dot', 'd_mon', 'long_ny']))}. {K('Will progress')} to treadmill {K('3.0 mph')} {dur()}.
Reviewed by {staff[0].n('fl')}, {ch(['RN', 'CEP', 'MS, CEP'])}.
"""
    return "cardiac_rehab_flowsheet", t, ("upper" if chance(0.1) else "normal")


def s_retina():
    pt = person()
    age = ch([rint(55, 89), rint(90, 101), rint(70, 89)])
    ref = rday()
    dob = dob_for(age, ref)
    clinic = ch(RETINA)
    docs = [person(), person()]
    techs = [person(), person()]
    n = rint(3, 5)
    fmt = ch(TBL_FMTS)
    drugs = ["aflibercept 2 mg/0.05 mL", "ranibizumab 0.5 mg", "bevacizumab 1.25 mg", "faricimab 6 mg",
             "aflibercept 8 mg"]
    rows = []
    d = near(ref, -200, -100)
    for i in range(n):
        d = near(d, 28, 56)
        rows.append([D(d, fmt), ch(["OD", "OS", "OU"]), K(ch(drugs)), f"{alnum(6)}",
                     K(f"20/{ch([25, 30, 40, 50, 60, 80, 100, 200])}"), K(f"{rint(10, 21)}/{rint(12, 28)}"),
                     K(f"CST {rint(240, 480)}"), ch(docs).n(ch(["li", "l", "il"])), ch(techs).n(ch(["f", "il"]))])
    hdr = ["Date", "Eye", "Drug/dose", "Lot", "VA", "IOP pre/post", "OCT", "MD", "Tech"]
    v = rint(0, 1)
    if v == 0:
        table = ftab([hdr] + rows, widths="auto")
    else:
        table = "\n".join(f"- {r[0]} {r[1]}: {r[2]} (lot {r[3]}), VA {r[4]}, IOP {r[5]}, {r[6]} um; inj by {r[7]}, tech {r[8]}"
                          for r in rows)
    t = f"""{P('FACILITY', clinic)} -- INTRAVITREAL INJECTION LOG
{ADDR()}   {PH()}
Pt: {pt.n(ch(['LF', 'lf', 'fl']))}   DOB {D(dob, ch(DOB_FMTS))} ({AGE(age, ['{} yo', '{}y', 'age {}'])})   Chart {MRN()}
Dx: {K(ch(['neovascular AMD', 'diabetic macular edema', 'CRVO with macular edema', 'BRVO']))}; hx {epon(["Bell's palsy", "Graves disease", "Sjögren's syndrome", "Parkinson's disease"])}
Prep: {K('proparacaine 0.5%')}, {K('povidone-iodine 5%')}, lid speculum. {K('Amsler grid')} given.

{table}

Plan: {K('treat-and-extend')}, next {K(ch(['q8 weeks', 'in 6 weeks', 'q10 weeks', 'in 4 weeks']))}. Ride: {ch(['son', 'daughter', 'neighbor', 'husband'])} {person().n('fl')} {PH()}.
{trap('gen')}
"""
    return "retina_injection_log", t, ("upper" if chance(0.2) else "normal")


def s_ivlabel():
    pharm = ch(PHARM + HOSP[:6])
    ref = rday()
    labels = []
    nl = 2 if chance(0.8) else 3
    pt = person()
    age = rint(2, 99)
    dob = dob_for(age, ref)
    mrn = MRN(raw=True)
    rph, tech, prescr = person(), person(), person()
    meds = [("vancomycin 1,250 mg", "in NS 250 mL", "over 2 hours"), ("ceftriaxone 2 g", "in D5W 50 mL", "over 30 min"),
            ("piperacillin-tazobactam 4.5 g", "in NS 100 mL", "over 4 hours"), ("magnesium sulfate 2 g", "in SW 50 mL", "over 1 hour"),
            ("potassium chloride 20 mEq", "in NS 100 mL", "over 2 hours"), ("norepinephrine 4 mg", "in NS 250 mL", "titrate 2-20 mcg/min"),
            ("heparin 25,000 units", "in D5W 250 mL", "per protocol"), ("cefazolin 2 g", "in NS 100 mL", "over 30 min"),
            ("meropenem 1 g", "in NS 100 mL", "over 3 hours"), ("TPN", "2 L", "at 83 mL/hr")]
    style = rint(0, 2)
    for k in range(nl):
        m = ch(meds)
        comp = near(ref, 0, 1)
        bud = near(comp, 1, 9)
        lines = [
            f"{P('FACILITY', pharm)}  {PH()}",
            f"Rx# {IDN('rx')}   Pt: {pt.n(ch(['LF', 'lf', 'LFM']))}   MRN {P('MEDICAL_RECORD_NUMBER', mrn)}",
            f"DOB {D(dob, ch(DOB_FMTS))}   Loc: {ch(['4W-412', 'MICU 6', 'HOME INFUSION', '3N 318B', 'ONC 22'])}",
            f"{K(m[0])} {K(m[1])}",
            f"Rate: {K(m[2])}   {K(ch(['q12h', 'q8h', 'q24h', 'once', 'q6h', 'continuous']))}",
            f"Compounded {D(comp, ch(['mdy4z', 'mdy2', 'iso', 'milit']))} {tm('mil')}   BUD {D(bud, ch(['mdy4z', 'mdy2', 'iso', 'milit']))}",
            f"Prep: {tech.n(ch(['il', 'fl', 'li']))}, CPhT   Verified: {rph.n(ch(['il', 'fl']))}, RPh",
            f"Prescriber: {prescr.n(ch(['fl', 'li']))} (NPI {IDN('npi')})",
            ch(["Store refrigerated. Protect from light.", f"Diluent {K(chr(76) + 'actated Ringer' + chr(39) + 's')} compatible: NO",
                "Use 0.2 micron filter.", f"{K('May')} infuse via peripheral line."]),
        ]
        if style == 0:
            w = max(len(MARK_RE.sub(lambda mm: mm.group(2), x)) for x in lines) + 2
            box = "+" + "-" * w + "+\n" + "\n".join("| " + x for x in lines) + "\n+" + "-" * w + "+"
        elif style == 1:
            box = "\n".join(lines)
        else:
            box = " // ".join(lines)
        labels.append(box)
    t = f"IV ROOM LABEL PRINT QUEUE -- {D(ref, ch(['long', 'mdy4', 'wk']))}\n\n" + "\n\n".join(labels) + f"\n\nQueue note: {trap('lab')}\n"
    return "iv_compounding_label", t, ("upper" if chance(0.4) else "normal")


def s_guard():
    pt = person()
    age = ch([rint(60, 89), rint(90, 103), rint(19, 40)])
    ref = rday()
    dob = dob_for(age, ref)
    firm = ch(LAWF)
    atty, guard, alt, evaldoc, notary = person(), person(last=pt.last if chance(.5) else None), person(), person(), person()
    cty = ch(COUNTIES)
    court = ch([f"{cty[0]} Probate Court", f"Circuit Court of {cty[0]}", f"{cty[0]} District Court, Probate Division",
                f"Superior Court of {cty[0]}"])
    v = rint(0, 1)
    if v == 0:
        t = f"""{P('FACILITY', firm)}
{ADDR()}
Tel {PH()} | Fax {PH()} | {EMAIL(atty, slug(firm)[:14] + '.com')}

{D(ref, ch(FORMAL_FMTS))}

Medical Records / Social Work
{P('FACILITY', ch(NH + HOSP))}
{ADDR()}

RE: Guardianship of {pt.n(ch(['fl', 'fml']))} (DOB {D(dob, ch(['mdy4', 'long']))})
    {P('FACILITY', court)}, Case No. {IDN('court')}

Dear Social Services Director:

This office represents {guard.n('fl')}, the {ch(['daughter', 'son', 'niece', 'brother', 'sister'])} of {pt.n(ch(['f', 'l']))}, who is {AGE(age, ['{} years old', 'age {}'])}. On {D(near(ref, -30, -5), ch(['long', 'mon_dth', 'mdy4']))} the Court entered an order appointing {guard.n('f')} as {ch(['plenary', 'limited'])} guardian of the person. The Court's {K('grant of')} authority includes consent to medical treatment and placement.

The petition relied on the evaluation by Dr. {evaldoc.n('fl')} dated {D(near(ref, -90, -40), ch(FREE_FMTS))}, documenting {K(ch(["Alzheimer's dementia", "Lewy body dementia", "Huntington disease", "Korsakoff syndrome", "Down syndrome with early-onset dementia"]))}, {K('Folstein MMSE ' + str(rint(8, 22)) + '/30')} and {K('Mini-Cog 1/5')}. {med_summary()} {trap('admin')}

Please update your records so that {guard.n(ch(['f', 'fl']))} ({PH()}) is contacted for decisions. Letters of Guardianship are enclosed.

Sincerely,
{atty.n('fl')}, Esq.  (Bar No. {LIC('bar')})
cc: {guard.n('fl') + (', ' + ADDR() if chance(.4) else '')}
"""
    else:
        t = f"""DURABLE POWER OF ATTORNEY FOR HEALTH CARE

I, {pt.n(ch(['fml', 'fl']))}, born {D(dob, ch(['long', 'mdy4', 'dmy_long']))}, residing at {ADDR()}, designate:
  Agent: {guard.n('fl')}, {ADDR()}, {PH()}
  Alternate agent: {alt.n('fl')}, {CITY()}, {PH()}

My agent may make all health care decisions for me, including artificial nutrition. If I have {K('Cushing' + chr(39) + 's disease')} relapse or progressive {K(ch(["Parkinson's disease", "Alzheimer's dementia", "Lewy body dementia"]))} with {K('Karnofsky 40')} or less, I do not want {K('CPR')} or mechanical ventilation {K('for more than 14 days')}. {trap('admin')}
My primary physician is Dr. {evaldoc.n('fl')} at {FAC(CLINICS)}. {med_summary()}

Signed this {P('DATE', ordinal(ref.day) + ' day of ' + MONTHS[ref.month - 1] + ', ' + str(ref.year))} at {CITY()}.

______________________  {pt.n('fl')}
Witness: {person().n('fl')}    Witness: {person().n('fl')}
Notary public: {notary.n('fl')}, commission no. {LIC('notary')}, expires {D(near(ref, 300, 1400), ch(['mdy4', 'mdy4z']))}
{COUNTY(cty)}, {st_name(cty[1])}
"""
    return "guardianship_poa_letter", t, "normal"


def s_roi():
    pt = person()
    age = rint(18, 99)
    ref = rday()
    dob = dob_for(age, ref)
    fac = ch(HOSP + CLINICS)
    req = ch(LAWF + INSURERS + ["Social Security Administration Disability Determination Services"])
    sender = person()
    v = rint(0, 2)
    d1 = near(ref, -700, -200)
    d2 = near(d1, 10, 150)
    if v == 0:
        t = f"""{P('FACILITY', req) if 'Social Security' not in req else req}
{ADDR()}
Phone {PH()}   Fax {PH()}

{D(ref, ch(FORMAL_FMTS))}

{P('FACILITY', fac)} -- Health Information Management / Release of Information
Via fax: {PH()}

RE: Request for records -- {pt.n(ch(['fl', 'fml']))}
DOB: {D(dob, ch(['mdy4', 'mdy4z']))}    SSN: {SSN()}    MRN (if known): {MRN()}
Dates of service: {D(d1, ch(['mdy4', 'mdy4z']))} through {D(d2, ch(['mdy4', 'mdy4z']))}

Please provide: ED records, discharge summaries, imaging reports, and operative note for the {K('Whipple procedure')} performed by Dr. {person().n('fl')}. Billing ledger not needed. {med_summary()} {trap('admin')}
A HIPAA-compliant authorization signed by the patient on {D(near(ref, -20, -2), ch(FREE_FMTS))} is enclosed. Records may be uploaded to {URL(req)} or emailed to {EMAIL(sender)}.

Thank you,
{sender.n('fl')}, {ch(['Paralegal', 'Records Coordinator', 'Claims Examiner'])}
"""
    elif v == 1:
        chk = lambda b: "[X]" if b else "[ ]"
        t = f"""AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION -- {P('FACILITY', fac)}
Patient name: {pt.n(ch(['LF', 'lf']))}        Other names used: {person(last=None).n('l') if chance(.5) else pt.n('nl')}
Date of birth: {D(dob, ch(DOB_FMTS))}   Last 4 SSN: xxx-xx-{P('US_SSN', digits(4))}   Phone: {PH()}
Address: {ADDR()}
Release FROM: {P('FACILITY', fac)}   TO: {P('FACILITY', ch(LAWF + CLINICS + INSURERS))}, attn {person().n('fl')}, fax {PH()}
Information: {chk(True)} Discharge summary {chk(True)} Labs {chk(chance(.5))} Mental health {chk(False)} Substance use (42 CFR Part 2)
Dates: {D(d1, ch(FREE_FMTS))} to {D(d2, ch(FREE_FMTS))}
Purpose: {ch(['continuity of care', 'legal', 'disability claim', 'personal use'])} -- {med_summary()}
Expires: {D(near(ref, 180, 365), ch(['mdy4', 'long']))}
Signature: /s/ {pt.n('fl')}   Date: {D(ref, ch(['mdy4', 'mdy2']))}
HIM use only: logged by {person().n('il')} {D(near(ref, 1, 4), 'md')}; {K(ch(EPONYMS))} chart flag noted. {trap('admin')}
"""
    else:
        t = f"""From: {EMAIL(sender)}
To: {P('EMAIL_ADDRESS', 'roi@' + slug(fac) + '.org')}
Date: {D(ref, ch(['wk', 'long']))} {tm('ampm')}
Subject: records request for {pt.n('fl')}, DOB {D(dob, ch(['mdy4', 'mdy2']))}

Hello, I am {pt.n('f')}'s {ch(['daughter', 'son', 'wife', 'caregiver'])} ({sender.n('fl')}) and have POA. She was seen at your {P('LOCATION', ch(CITIES)[0])} clinic {D(d1, ch(['mon_dot', 'long', 'md']))} and again {D(d2, ch(['mon_dth', 'th', 'md']))} for her {K(ch(["Bell's palsy", "Meniere's disease", "Graves disease", "Crohn's disease"]))}. Her MRN I think is {MRN()}. Can you send everything to me at {ADDR()}? Or call me {PH()}.
{K('Will')} pay the copy fee. Her meds now are {K(ch(DRUGS))} and {K(ch(DRUGS))}, {K('Hope is limited')} she can manage on her own. {trap('admin')}
-- {sender.n(ch(['f', 'fl']))}
"""
    return "release_of_information_request", t, "normal"


def s_nbs():
    ref = rday()
    bdate = ref
    mom = person()
    baby_last = mom.last if chance(0.7) else person().last
    sex = ch(["GIRL", "BOY"])
    fac = ch(HOSP)
    lab_name = ch(["State Public Health Laboratory -- Newborn Screening Section", "Newborn Screening Program Laboratory",
                   "Tri-State Newborn Screening Lab", "Department of Health Newborn Screening Unit"])
    pcp, nurse = person(), person()
    mage = rint(16, 44)
    res = [("TSH", f"{rint(10, 380) / 10:.1f} uIU/mL", "< 20"), ("17-OHP", f"{rint(40, 600) / 10:.1f} ng/mL", "< 30"),
           ("Phe", f"{rint(5, 40) / 10:.1f} mg/dL", "< 2.1"), ("IRT", f"{rint(10, 90)} ng/mL", "< 60"),
           ("Hemoglobin", ch(["FA", "FAS", "FS", "FAC"]), "FA"), ("TREC", f"{rint(15, 400)} copies/uL", "> 18"),
           ("C3 acylcarnitine", f"{rint(5, 90) / 10:.1f} uM", "< 5.5"), ("GALT", f"{rint(20, 90)} U/dL", "> 35")]
    picked = R.sample(res, rint(5, 7))
    v = rint(0, 2)
    if v == 0:
        rows = "\n".join(f"  {K(n)}{' ' * (18 - len(n))}{K(val)}{' ' * (16 - len(val))}ref {rng}" for n, val, rng in picked)
    elif v == 1:
        rows = "Analyte | Result | Reference\n" + "\n".join(f"{K(n)} | {K(val)} | {rng}" for n, val, rng in picked)
    else:
        rows = "; ".join(f"{K(n)} {K(val)}" for n, val, _ in picked)
    bname = ch([f"BABY {sex} " + P("PERSON", baby_last.upper()), P("PERSON", baby_last.upper()) + f", BABY {sex}",
                f"{P('PERSON', baby_last)}, Baby {sex.title()}", f"Infant {sex.lower()} {P('PERSON', baby_last)}"])
    fields = [("Kit/specimen #", IDN('kit')), ("Lab accession", IDN('acc')), ("Infant", bname),
              ("Birth", f"{D(bdate, ch(['mdy4z', 'iso', 'ymd']))} {tm('mil')}"), ("Sex", "F" if sex == "GIRL" else "M"),
              ("Birth weight", K(str(rint(1800, 4300)) + ' g')), ("GA", K(str(rint(33, 41)) + ' weeks')),
              ("Apgars", K('Apgar ' + str(rint(5, 9)) + '/' + str(rint(7, 10)))),
              ("Collected", f"{D(near(bdate, 1, 2), ch(['mdy4z', 'iso']))} {tm('mil')}"),
              ("Received", D(near(bdate, 3, 5), ch(['mdy4z', 'iso']))),
              ("Mother", mom.n(ch(['LF', 'lf', 'fl']))), ("Mother DOB", D(dob_for(mage, bdate), ch(DOB_FMTS))),
              ("Mother phone", PH()), ("Mother address", ADDR()), ("Birth facility", P('FACILITY', fac)),
              ("Physician of record", f"{pcp.n(ch(['fl', 'lf']))}, {ch(['MD', 'DO', 'NP'])}"), ("Fax", PH())]
    t = f"""{P('FACILITY', lab_name)}
NEWBORN SCREENING REPORT -- {ch(['FIRST SPECIMEN', 'SECOND SPECIMEN', 'REPEAT SPECIMEN'])}
{fblock(fields)}
Transfusion before collection: {ch(['No', 'Yes -- repeat needed'])}. {K('Guthrie card')} adequate.

RESULTS:
{rows}

INTERPRETATION: {ch(['All analytes within normal limits.', 'Borderline TSH -- ' + K('May repeat') + ' at 2 weeks.', 'Elevated IRT; ' + K('sweat chloride test') + ' recommended.', 'Hemoglobin FS -- refer to hematology.'])}
Reported {D(near(bdate, 5, 8), ch(['mdy4z', 'iso', 'long']))} by {nurse.n(ch(['il', 'fl']))}, NBS follow-up coordinator. {trap('lab')}
"""
    return "newborn_screening_report", t, ("upper" if chance(0.3) else "normal")


def s_bloodbank():
    pt = person()
    age = ch([rint(18, 89), rint(90, 99), rint(40, 85)])
    ref = rday()
    dob = dob_for(age, ref)
    bb = ch(BLOODC)
    hosp = ch(HOSP)
    tech1, tech2, doc = person(), person(), person()
    abo = ch(["O POS", "A POS", "B NEG", "AB POS", "O NEG", "A NEG"])
    fmt = ch(TBL_FMTS)
    units = []
    for k in range(rint(2, 3)):
        units.append([IDN('din'), K(ch(['RBC LR', 'RBC LR IRR', 'FFP', 'PLT APH'])), K(abo),
                      "exp " + D(near(ref, 5, 40), fmt), K(ch(['Compatible', 'IS compatible', 'AHG compatible']))])
    fields = [("Patient", pt.n(ch(['LFM', 'LF', 'lf']))), ("MRN", MRN()), ("DOB", D(dob, ch(DOB_FMTS))),
              ("Age", NUMAGE(age)), ("Acct", ACCT()), ("Location", ch(['OR 7', '5E-522', 'L&D 3', 'ONC infusion'])),
              ("Ordering", "Dr. " + doc.n('fl')), ("Specimen #", IDN('acc')),
              ("Collected", f"{D(ref, ch(['mdy4', 'iso', 'milit']))} {tm('mil')} by {tech1.n('il')}")]
    v = rint(0, 1)
    utab = ftab(units, widths="auto", sep="  ") if v == 0 else "\n".join(" / ".join(u) for u in units)
    t = f"""{P('FACILITY', hosp)} TRANSFUSION SERVICE -- CROSSMATCH REPORT
{fblock(fields)}
{K('Specimen valid for 72 hours')}

ABO/Rh: {K(abo)}      Antibody screen: {K(ch(['NEGATIVE', 'POSITIVE']))}
{K('DAT (direct Coombs)')}: {K(ch(['NEG', 'POS IgG']))}     Antibody ID: {K(ch(['anti-K (Kell)', 'anti-Fya (Duffy)', 'anti-Jka (Kidd)', 'anti-E', 'none detected', 'anti-Lea (Lewis)']))}
{K('Kleihauer-Betke')}: {ch(['n/a', K('0.3% fetal cells'), 'not ordered'])}   {K('Rh immune globulin 300 mcg')} {ch(['given', 'not indicated'])}
Historical type on file from {P('FACILITY', bb)} {D(near(ref, -900, -60), ch(FREE_FMTS))}.

UNITS CROSSMATCHED:
{utab}

Pre-transfusion {K('Hgb ' + str(rint(52, 89) / 10))}; transfuse {K('1 unit over 2 hours')}. {trap('lab')}
Performed {tech1.n(ch(['fl', 'li']))}, MLS(ASCP) / verified {tech2.n(ch(['fl', 'il']))}, MLS  {D(ref, ch(['mdy4', 'iso']))}
Blood bank phone {PH()}
"""
    return "blood_bank_crossmatch", t, ("upper" if chance(0.35) else "normal")


def s_genetic():
    pt = person()
    age = ch([rint(0, 17), rint(18, 75), rint(90, 96)])
    ref = rday()
    dob = dob_for(age, ref)
    lab_ = ch(LABS)
    oprov, gc, dirr, rel = person(), person(), person(), person(last=pt.last)
    variants = [("CFTR", "NM_000492.4", "c.1521_1523delCTT", "p.Phe508del", "cystic fibrosis"),
                ("BRCA2", "NM_000059.4", "c.5946delT", "p.Ser1982Argfs*22", "hereditary breast and ovarian cancer"),
                ("HBB", "NM_000518.5", "c.20A>T", "p.Glu7Val", "sickle cell disease"),
                ("MLH1", "NM_000249.4", "c.350C>T", "p.Thr117Met", "Lynch syndrome"),
                ("LDLR", "NM_000527.5", "c.1775G>A", "p.Gly592Glu", "familial hypercholesterolemia"),
                ("HEXA", "NM_000520.6", "c.1274_1277dupTATC", "p.Tyr427Ilefs*5", "Tay-Sachs disease"),
                ("GBA1", "NM_000157.4", "c.1226A>G", "p.Asn409Ser", "Gaucher disease"),
                ("FBN1", "NM_000138.5", "c.7754T>C", "p.Ile2585Thr", "Marfan syndrome"),
                ("HTT", "NM_002111.8", "CAG repeat 42", "expanded allele", "Huntington disease"),
                ("SMN1", "NM_000344.4", "exon 7 deletion", "0 copies", "spinal muscular atrophy"),
                ("WT1", "NM_024426.6", "c.1384C>T", "p.Arg462Trp", "Wilms tumor predisposition"),
                ("PTPN11", "NM_002834.5", "c.922A>G", "p.Asn308Asp", "Noonan syndrome")]
    vs = R.sample(variants, rint(1, 2))
    zyg = lambda: ch(['heterozygous', 'heterozygous', 'homozygous'])
    cls = lambda: K(ch(['Pathogenic', 'Likely pathogenic', 'VUS']))
    v = rint(0, 2)
    if v == 0:
        vtxt = "Gene  Transcript  Nucleotide  (Protein)  Zygosity  Classification  -- Condition\n" + "\n".join(
            f"  {K(g)}  {K(tx)}  {K(cn)}  ({K(pn)})  {zyg()}  {cls()}  -- {K(dis)}" for g, tx, cn, pn, dis in vs)
    elif v == 1:
        vtxt = "\n".join(f"{K(g + ':' + tx)}:{K(cn)} {K('(' + pn + ')')}, {zyg()}, classified {cls()}; associated with {K(dis)}."
                         for g, tx, cn, pn, dis in vs)
    else:
        vtxt = "\n".join(f"VARIANT {i}\n  Gene: {K(g)}\n  HGVS cDNA: {K(cn)}\n  HGVS protein: {K(pn)}\n  Zygosity: {zyg()}\n  Interpretation: {cls()} ({K(dis)})"
                         for i, (g, tx, cn, pn, dis) in enumerate(vs, 1))
    fields = [("Patient", pt.n(ch(['lf', 'LF', 'fl']))), ("DOB", D(dob, ch(DOB_FMTS))), ("Sex", ch(['F', 'M'])),
              ("MRN", MRN()), ("Accession", IDN('acc')), ("Specimen", ch(['blood EDTA', 'buccal swab', 'saliva'])),
              ("Collected", D(near(ref, -30, -14), ch(TBL_FMTS))), ("Received", D(near(ref, -13, -8), ch(TBL_FMTS))),
              ("Reported", D(ref, ch(['long', 'mdy4', 'iso']))),
              ("Ordering provider", f"{oprov.n('fl')}, {ch(['MD', 'DO', 'CGC'])} (NPI {IDN('npi')})"),
              ("Ordering site", FAC(HOSP + CLINICS))]
    t = f"""{P('FACILITY', lab_)}  |  CLIA {IDN('clia')}  |  {ADDR()}  |  {PH()}
GENETIC TEST REPORT -- {ch(['Carrier screening panel', 'Hereditary cancer panel (47 genes)', 'Targeted familial variant testing', 'Exome sequencing, proband'])}
{fblock(fields, ch(['lines', 'packed', 'dots']))}
Indication: family history -- {ch(['mother', 'father', 'sister', 'brother', 'maternal aunt'])} {rel.n('fl')} with {K(vs[0][4])}{'; ' + K('Hunter syndrome') + ' excluded' if chance(.2) else ''}.

RESULT: {ch(['POSITIVE', 'POSITIVE', 'VARIANT OF UNCERTAIN SIGNIFICANCE DETECTED'])}
{vtxt}

ACMG evidence: {K(ch(['PVS1, PM2, PP5', 'PS3, PM1, PM2', 'PM2_Supporting, PP3']))}. Cascade testing of relatives is recommended; {K('Will')} provide family letter.
Laboratory director: {dirr.n('fl')}, PhD, FACMG    Genetic counselor: {gc.n('fl')}, MS, CGC ({PH()}; {EMAIL(gc, slug(lab_) + '.com')})
{trap('lab')}
"""
    return "genetic_test_report", t, "normal"


def s_cpap():
    pt = person()
    age = ch([rint(28, 89), rint(90, 95), rint(45, 75)])
    ref = rday()
    dob = dob_for(age, ref)
    dme, sleep = ch(DME), ch(SLEEP)
    md, rt = person(), person()
    start = near(ref, -30, -30)
    v = rint(0, 1)
    usage = rint(40, 98)
    head = f"""{P('FACILITY', dme)} -- PAP COMPLIANCE DOWNLOAD
Report period: {D(start, ch(['mdy4', 'iso', 'mdy2']))} - {D(ref, ch(['mdy4', 'iso', 'mdy2']))}
Patient: {pt.n(ch(['fl', 'LF', 'lf']))}   DOB {D(dob, ch(DOB_FMTS))}   Patient ID {MRN()}
Device: auto-CPAP   Serial {DEV()}   Modem IMEI {DEV('imei')}   Humidifier SN {DEV()}
Set-up date: {D(near(start, -400, -10), ch(FREE_FMTS))}   Prescribing: {md.n(ch(['fl', 'li']))}, {P('FACILITY', sleep)}
Insurance: {P('FACILITY', ch(INSURERS))}   Member {HP('member')}
Settings: {K('APAP 5-15 cmH2O')}, {K('EPR 2')}, {ch(['nasal pillows', 'full face mask', 'nasal mask'])}
"""
    if v == 0:
        body = f"""SUMMARY (30 days):
  {K('Days with usage >= 4 hours: ' + str(usage) + '%')}
  {K('Average usage (all days): ' + str(rint(2, 7)) + 'h ' + str(rint(0, 59)) + 'm')}
  {K('Median pressure 9.4 cmH2O')}   {K('95th pct pressure ' + str(rint(10, 15)) + '.2 cmH2O')}
  {K('AHI ' + str(rint(5, 90) / 10))}   {K('95th pct leak ' + str(rint(5, 40)) + ' L/min')}
  {K('CMS compliance (70% of nights >= 4 h in 30 consecutive days)')}: {'MET' if usage >= 70 else 'NOT MET'}
"""
    else:
        fmt = ch(TBL_FMTS)
        rows = []
        for k in range(rint(5, 7)):
            d = near(start, k * 4, k * 4 + 3)
            rows.append(f"  {D(d, fmt)}  {K(str(rint(0, 8)) + ':' + str(rint(10, 59)))}  {K('AHI ' + str(rint(3, 120) / 10))}  {K('leak ' + str(rint(2, 50)) + ' L/min')}")
        body = "Night       Usage  AHI       Leak\n" + "\n".join(rows) + f"\n  {K(str(usage) + '% of nights >= 4 h')}\n"
    tail = f"""Epworth: {K('ESS ' + str(rint(3, 18)))} (was {K(str(rint(8, 22)))} at baseline).
RT note: pt reports mask leak; refit {D(near(ref, 1, 10), ch(['th', 'mon_dot', 'wk3']))} by {rt.n(ch(['fl', 'f']))}, RRT. {trap('care')}
Data portal: {URL(dme)}   Report pulled from {IP()}
"""
    return "cpap_compliance_download", head + body + tail, ("upper" if chance(0.15) else "normal")


def s_infusion():
    center = ch(INFUS)
    ref = rday()
    regs = ["infliximab 5 mg/kg", "rituximab 375 mg/m2", "iron sucrose 200 mg", "zoledronic acid 5 mg", "IVIG 2 g/kg",
            "ocrelizumab 600 mg", "pembrolizumab 200 mg", "vedolizumab 300 mg", "natalizumab 300 mg",
            "carboplatin AUC 5 + paclitaxel 175 mg/m2", "FOLFOX cycle 4", "tocilizumab 8 mg/kg", "ferric carboxymaltose 750 mg"]
    nurses = [person(), person(), person()]
    rows = []
    n = rint(4, 5)
    for k in range(n):
        p = person()
        age = rint(20, 89) if chance(0.85) else rint(90, 97)
        rows.append([f"Chair {rint(1, 18)}", f"{rint(7, 15):02d}:{ch(['00', '30'])}", p.n(ch(["LF", "lf", "fl", "li"])),
                     MRN(), K(ch(regs)), K(ch(["2 hr", "30 min", "3.5 hr", "1 hr", "4 hr", "90 min"])),
                     ch(nurses).n(ch(["f", "il"])),
                     ch([lambda: K("premed acetaminophen 650 mg"), lambda: K(vital_raw("bp")), lambda: trap('gen'),
                         lambda: f"age {NUMAGE(age)}", lambda: f"{K('Hodgkin lymphoma')} C3D1",
                         lambda: K("Crohn's disease"), lambda: f"ride: {person().n('f')} {PH()}",
                         lambda: K(lab_raw()), lambda: f"port: {K('Port-a-Cath')} flush"])()])
    hdr = ["Chair", "Time", "Patient", "MRN", "Regimen", "Dur", "RN", "Notes"]
    v = rint(0, 2)
    if v == 0:
        table = ftab([hdr] + rows, widths="auto")
    elif v == 1:
        table = "\n".join(f"{r[1]}  {r[0]}  {r[2]} ({r[3]}) -- {r[4]}, {r[5]} -- RN {r[6]} -- {r[7]}" for r in rows)
    else:
        table = ftab([hdr] + rows, sep=",")
    charge = person()
    t = f"""{P('FACILITY', center)} -- INFUSION CHAIR SCHEDULE
{D(ref, ch(['wk', 'long', 'mdy4', 'iso']))}   Charge RN: {charge.n('fl')}   Pharmacy {P('PHONE_NUMBER', ch(['x4471', 'ext 2210', 'x318']))}

{table}

Huddle: {trap('gen')} Chair {rint(1, 18)} out of service. {K('Will')} double-book 1300 if needed.
"""
    return "infusion_chair_schedule", t, ("upper" if chance(0.15) else "normal")


def s_interp():
    agency = ch(INTERP + ["Language Services Department"])
    ref = rday()
    langs = ["Karen", "Hmong", "Somali", "Haitian Creole", "Dari", "Spanish", "Vietnamese", "Amharic", "Tigrinya",
             "Marshallese", "Nepali", "Arabic", "K'iche'", "Mam", "Swahili", "Burmese", "Navajo"]
    interps = [person() for _ in range(3)]
    v = rint(0, 2)
    rows = []
    for k in range(rint(3, 4)):
        p = person()
        it = ch(interps)
        L = ch(langs)
        Ls = K(L) if L in ('Karen', 'Hmong', 'Mam', 'Navajo', 'Marshallese') else L
        d = D(near(ref, 0, 2), ch(['md', 'mdy2', 'iso']))
        topic = ch([lambda: f"consent for {K('Whipple procedure')}", lambda: f"d/c teaching {drug()}",
                    lambda: f"{K('Tanner stage')} exam explained", lambda: f"results: {K(ch(EPONYMS))}",
                    lambda: trap('gen'), lambda: f"family member {person().n('f')} declined to interpret",
                    lambda: f"{K('Glasgow Coma Scale')} checks explained"])()
        pid = p.n(ch(['fl', 'lf', 'li'])) if chance(0.5) else MRN()
        mode = ch(['in person', 'VRI', 'OPI', 'phone'])
        mins = K(str(rint(8, 75)) + ' min')
        if v == 0:
            rows.append(f"{d} {tm('colon')} | {Ls} | {it.n(ch(['fl', 'il']))} | pt {pid} | {ch(['Dr.', 'NP', 'RN'])} {person().n('l')} | {mode} | {mins} | {topic}")
        elif v == 1:
            rows.append(f"* {d}, {tm('ampm')} -- {Ls} via {mode}, {mins}. Interpreter {it.n('fl')}. Patient {pid}. Topic: {topic}")
        else:
            rows.append(f"{d},{tm('colon')},{Ls},{it.n('li')},{p.n(ch(['fl', 'li'])) if chance(.5) else MRN()},{mode},{mins},\"{topic}\"")
    hdr = {0: "Date Time | Language | Interpreter | Patient | Clinician | Mode | Duration | Topic", 1: "Encounters:",
           2: "date,time,language,interpreter,patient,mode,duration,topic"}[v]
    roster = "; ".join(f"{x.n(ch(['fl', 'lf']))} (ID {IDN('interp')})" for x in interps[:2])
    t = f"""{P('FACILITY', agency)} -- INTERPRETER ENCOUNTER LOG
Site: {FAC(HOSP)}   Week of {D(ref, ch(['long', 'mdy4', 'mon_dth']))}   Coordinator {person().n('fl')} {PH()}
Staff on roster: {roster}
{hdr}
""" + "\n".join(rows) + f"""
Note: {K('Karen')} and {K('Hmong')} requests after 1700 routed to {P('FACILITY', ch(INTERP))}. {trap('admin')}
"""
    return "medical_interpreter_log", t, ("lower" if chance(0.1) else "normal")


def s_jail():
    pt = person()
    age = rint(18, 72) if chance(0.92) else rint(90, 92)
    ref = rday()
    dob = dob_for(age, ref)
    cty = ch(COUNTIES)
    jail = ch([f"{cty[0]} Detention Center", f"{cty[0]} Jail", f"{cty[0]} Adult Correctional Facility"])
    agency = ch([f"{cty[0]} Sheriff's Office", f"{ch(CITIES)[0]} Police Department", "State Patrol Troop C"])
    officer, nurse = person(), person()
    aka = person(last=pt.last if chance(.5) else None)
    ec = person()
    fields = [("Booking #", IDN('booking')), ("Booked", f"{D(ref, ch(['mdy4', 'mdy2', 'milit']))} {tm('mil')}"),
              ("Name", pt.n(ch(['LFM', 'LF']))), ("AKA", aka.n(ch(['FL', 'nl', 'f']))),
              ("DOB", D(dob, ch(DOB_FMTS))), ("Age", NUMAGE(age)), ("SSN", SSN()),
              ("DL#", f"{LIC('dl')} ({st_name(cty[1])})"), ("Arresting agency", P('FACILITY', agency)),
              ("Officer", f"{officer.n(ch(['l', 'fl', 'il']))} badge {IDN('badge')}"),
              ("Last known address", ADDR()) if chance(0.8) else ("Last known address", "homeless -- " + CITY()),
              ("Employer", FAC(EMPLOYERS)) if chance(0.6) else None,
              ("Emergency contact", f"{ec.n('fl')} ({ch(['mother', 'girlfriend', 'brother', 'wife', 'cousin'])}) {PH()}")]
    fields = [f for f in fields if f]
    qs = [f"Injuries/visible trauma? {ch(['NO', 'YES - abrasion L forearm'])}",
          f"Current meds: {K(ch(['buprenorphine 8 mg', 'methadone 90 mg', 'insulin glargine 30 units', 'lithium 300 mg', 'none']))}; last dose {D(near(ref, -2, 0), ch(['md', 'th', 'mon_dot']))}",
          f"Withdrawal: {K('CIWA-Ar ' + str(rint(0, 20)))}  {K('COWS ' + str(rint(0, 18)))}  last use {K(str(rint(2, 30)) + ' hours')} ago",
          f"Suicide screen: {ch(['negative', 'POSITIVE - referred to MH, 15-min checks'])}",
          f"Chronic conditions: {cond()}; {epon(['Crohn' + chr(39) + 's disease', 'Tourette syndrome', 'Graves disease', 'Bell' + chr(39) + 's palsy'])}",
          f"Vitals: {vitals(4)}",
          f"Prior incarceration: {P('FACILITY', ch([c[0] + ' Detention Center' for c in COUNTIES[:20]]))} {ch(['2019', '2022', 'unknown'])}",
          trap('field')]
    v = rint(0, 1)
    qtxt = "\n".join(f" {i}. {q}" for i, q in enumerate(qs, 1)) if v == 0 else "\n".join(f"[{ch(['Y', 'N'])}] {q}" for q in qs)
    t = f"""{P('FACILITY', jail)}  -- BOOKING / RECEIVING MEDICAL SCREEN
{fblock(fields)}

SCREENING:
{qtxt}
Screened by {nurse.n(ch(['fl', 'il']))}, {ch(['LPN', 'RN', 'EMT'])}.  Cleared for general population: {ch(['Y', 'N -- medical hold'])}
"""
    return "jail_booking_medical_screen", t, ("upper" if chance(0.6) else "normal")


def s_mci():
    ref = rday()
    c = city()
    cmdr = person()
    inc = ch([f"MVC multi-vehicle, {P('LOCATION', ch(['I-94', 'I-40', 'US-191', 'State Hwy 264', 'I-35']) + ' MM ' + str(rint(2, 300)))}",
              f"structure fire, {P('STREET_ADDRESS', street_raw())}", f"bus rollover near {P('FACILITY', ch(EMPLOYERS))}",
              f"CO exposure at {P('FACILITY', ch(NH + EMPLOYERS))}"])
    dests = R.sample(HOSP, 3)
    rows = []
    for k in range(rint(4, 5)):
        known = chance(0.65)
        p = person()
        age = rint(4, 85) if chance(0.85) else rint(90, 96)
        cat = ch(["RED", "YELLOW", "GREEN", "BLACK", "RED", "YELLOW", "GREEN"])
        nm = p.n(ch(["LF", "FL", "fl"])) if known else ch(["UNKNOWN MALE", "UNK FEMALE", "JOHN DOE 3", "UNKNOWN"])
        agef = NUMAGE(age) if known else f"~{ch(['20s', '40s', '60s', 'teen'])}"
        inj = {"RED": ["GCS 8, head inj", "burns 20% TBSA", "SpO2 84%", "RR 34", "cap refill > 2 sec", "open femur fx"],
               "YELLOW": ["open femur fx", "ankle deformity", "chest pain", "lac scalp"],
               "GREEN": ["lac scalp", "abrasions", "ankle sprain", "anxiety"],
               "BLACK": ["no resp after airway", "no resp after airway repositioning"]}[cat]
        rows.append([IDN("tag"), K(cat), nm, agef, ch(["M", "F"]), K(ch(inj)),
                     VEH("unit") if cat != "BLACK" else "--", P("FACILITY", ch(dests)) if cat not in ("BLACK",) else "morgue hold"])
    hdr = ["Tag#", "Tri", "Name", "Age", "Sex", "Injury", "Unit", "Dest"]
    v = rint(0, 2)
    if v == 0:
        table = ftab([hdr] + rows, widths="auto", sep=ch([" | ", "  "]))
    elif v == 1:
        table = "\n".join(f"TAG {r[0]} [{r[1]}] {r[2]}, {r[3]} {r[4]}, {r[5]} -> {r[6]} to {r[7]}" for r in rows)
    else:
        table = "\n".join(f"{r[1]}: " + "; ".join(f"#{x[0]} {x[2]} ({x[3]}) {x[5]}" for x in rows if x[1] == r[1])
                          for r in {x[1]: x for x in rows}.values())
    t = f"""MASS CASUALTY INCIDENT -- TRIAGE TAG LIST
Incident: {inc}   Date {D(ref, ch(['mdy4', 'milit', 'iso']))}   County: {COUNTY()}
Staging: {P('FACILITY', ch(EMPLOYERS))} lot, {CITY(c)}   IC: {cmdr.n(ch(['fl', 'l']))}   Triage officer: {person().n('fl')}
Method: {K('START')} / {K('JumpSTART')} peds
{table}
Comms: {trap('field')} Tracking board {URL('ems-tracker')}; hospital capacity via {P('FACILITY', ch(['regional MCC', 'MedVantage', 'Brightwater']))} {PH()}
"""
    return "mass_casualty_triage_tags", t, ("upper" if chance(0.6) else "normal")


def s_camp():
    camp = ch(CAMPS)
    ref = rday(2021, 2025)
    ref = dt.date(ref.year, ch([6, 7, 8]), rint(1, 27))
    nurse = person()
    cabins = ["Birch", "Loon", "Otter", "Cedar", "Bear Den", "Hawk", "Willow"]
    v = rint(0, 2)
    entries = []
    for k in range(rint(3, 5)):
        p = person()
        age = rint(7, 16)
        par = person(last=p.last if chance(0.7) else None)
        couns = person()
        d = near(ref, 0, 4)
        what = ch([lambda: f"bee sting R forearm, {K('diphenhydramine 25 mg')} PO, ice {K('x 15 min')}.",
                   lambda: f"tick removed L axilla, {K('Lyme disease')} handout; called mom {par.n('fl')} {PH()}",
                   lambda: f"homesick, no fever ({K(vital_raw('t'))}). {K('Will')} recheck at lunch.",
                   lambda: f"asthma, {K('albuterol 2 puffs')}, {K('SpO2 97%')}. dad {par.n('f')} aware ({PH()})",
                   lambda: f"{K('ibuprofen 200 mg')} for HA, hx {K('Tourette syndrome')} -- meds per parent {par.n('fl')}",
                   lambda: f"fell off dock, {K('unable to bear weight')}, sent to {FAC(HOSP)} urgent care w/ counselor",
                   lambda: f"T1DM, {K('BG 62')} -> juice -> {K('BG 118')}; emailed parent {EMAIL(par)}"])()
        when = f"{D(d, ch(['md', 'mon_dot', 'd_mon', 'wk3']))} {ch([str(rint(7, 11)) + ':' + ch(['05', '20', '40']) + ' am', str(rint(1, 9)) + ':' + ch(['10', '25', '50']) + ' pm'])}"
        who = p.n(ch(['fl', 'f', 'nl', 'li']))
        if v == 0:
            entries.append(f"{when} -- {who} ({K(str(age) + ' yo')}, cabin {ch(cabins)}, counselor {couns.n(ch(['f', 'fl']))}): {what}")
        elif v == 1:
            entries.append(f"{when} | {who} | {K(str(age) + ' y')} | {ch(cabins)} | {what}")
        else:
            entries.append(f"- {who}, {K('age ' + str(age))} ({ch(cabins)} cabin) seen {when}. {what} Counselor {couns.n('f')} informed.")
    t = f"""{P('FACILITY', camp)} Health Center Log -- Session {rint(1, 4)}
Camp address: {ADDR()}  Health center {PH()}
Camp nurse: {nurse.n('fl')}, RN   Consulting MD: Dr. {person().n('fl')}
""" + "\n".join(entries) + f"\nMed pass reconciled {D(near(ref, 4, 6), ch(['md', 'mon_dot']))}: {K('methylphenidate 10 mg')} x {rint(3, 9)} campers. {trap('gen')}\n"
    return "camp_nurse_log", t, ch(["normal", "normal", "lower"])


def s_rpm():
    pt = person()
    age = ch([rint(55, 89), rint(90, 99)])
    ref = rday()
    dob = dob_for(age, ref)
    vendor = ch(RPMV)
    rn, md = person(), person()
    devs = [("BP cuff", DEV()), ("scale", DEV()), ("pulse ox", DEV())]
    alerts = []
    v = rint(0, 1)
    for k in range(rint(3, 5)):
        d = near(ref, 0, 6)
        kind = ch(["BP", "WT", "SPO2", "HR", "BG"])
        val = {"BP": f"BP {rint(160, 205)}/{rint(90, 120)}", "WT": f"weight +{rint(15, 40) / 10:.1f} kg in 48 h",
               "SPO2": f"SpO2 {rint(82, 88)}%", "HR": f"HR {rint(121, 150)}", "BG": f"BG {rint(320, 480)}"}[kind]
        thr = {"BP": "SBP > 160", "WT": "gain > 1.5 kg", "SPO2": "SpO2 < 89%", "HR": "HR > 120", "BG": "BG > 300"}[kind]
        act = ch([lambda: f"called pt, {K('furosemide 40 mg')} extra dose per protocol", lambda: f"no answer, VM left {PH()}",
                  lambda: f"{rn.n(ch(['f', 'il']))} reviewed, {trap('gen')}", lambda: f"escalated to Dr. {md.n('l')}",
                  lambda: "repeat reading normal, cuff mis-sized", lambda: f"spoke w/ caregiver {person(last=pt.last).n('f')}"])()
        if v == 0:
            alerts.append(f"[{D(d, ch(['iso', 'mdy4', 'ymd']))} {tm('colon')}] {ch(['HIGH', 'CRITICAL', 'MED'])} {kind}: {K(val)} (threshold {K(thr)}) -> {act}")
        else:
            alerts.append(f"{D(d, 'iso')}T{tm('colon')}:00,{kind},{K(val)},{K(thr)},\"{act}\"")
    hdr = "" if v == 0 else "timestamp,metric,value,rule,action\n"
    fields = [("Enrollee", pt.n(ch(['fl', 'lf', 'LF']))), ("DOB", D(dob, ch(DOB_FMTS))), ("Age", NUMAGE(age)),
              ("Program ID", MRN()), ("Devices", ", ".join(f"{a} {b}" for a, b in devs[:rint(1, 3)])),
              ("Hub", f"{DEV('mac')} @ {IP()}"), ("Practice", FAC(CLINICS + HOSP)), ("Supervising MD", md.n('fl')),
              ("RN", rn.n('fl'))]
    t = f"""{P('FACILITY', vendor)} -- REMOTE PATIENT MONITORING ALERT EXPORT
{fblock(fields)}
Dx: {K(ch(['HFrEF', 'resistant hypertension', 'COPD GOLD 3', 'type 2 diabetes']))}; {epon(["Cushing's syndrome", "Addison's disease", "Parkinson's disease", "Graves disease"])}
Alerts:
{hdr}""" + "\n".join(alerts) + f"""
Portal: {URL(vendor)}   {K('Will')} continue daily readings {dur()}.
"""
    return "remote_monitoring_alerts", t, "normal"


def s_hah():
    pt = person()
    age = ch([rint(60, 89), rint(90, 100)])
    ref = rday()
    dob = dob_for(age, ref)
    prog = ch([f"{h} Hospital at Home" for h in ("Brightwater", "Evergreen Pointe", "Wellhaven", "Ascendia", "Ridgeline Health")]
              + ["MedVantage Acute Care at Home", "Home Hospital Program"])
    md, rn, medic, cg = person(), person(), person(), person(last=pt.last if chance(.6) else None)
    day = rint(1, 6)
    dx = ch(['CHF exacerbation', 'cellulitis', 'COPD exacerbation', 'pyelonephritis', 'community-acquired pneumonia'])
    abx = ch(['ceftriaxone 1 g IV q24h', 'furosemide 40 mg IV BID', 'cefazolin 2 g IV q8h', 'methylprednisolone 40 mg IV daily'])
    head = f"""{P('FACILITY', prog)} -- DAILY PROGRESS NOTE (day {day} of acute episode)
Patient: {pt.n(ch(['fl', 'lf']))}   MRN {MRN()}   DOB {D(dob, ch(DOB_FMTS))}   {AGE(age, ['{} y/o', '{}yo', '{} yrs'])}
Home: {ADDR()}  (gate code on file; dog {ch(PETS)} in yard)
Caregiver: {cg.n(ch(['fl', 'f']))}, {PH()}   Admitted from {FAC(HOSP)} ED {D(near(ref, -day, -day), ch(FREE_FMTS))}
Visits today: AM RN {rn.n('fl')} {tm('colon')}; paramedic {medic.n(ch(['fl', 'il']))} {tm('colon')}; video MD Dr. {md.n('l')}.
"""
    v = rint(0, 1)
    if v == 0:
        body = f"""S: {trap('care')} Slept in recliner. Reports {K(ch(['less dyspnea', 'improved leg redness', 'no further vomiting']))}.
O: {vitals(5)}. {lab()}, {lab()} (point-of-care). {K(ch(['Homans sign', 'Murphy sign', 'Romberg']))} negative.
A/P: {K(dx)}, improving.
 - {K(abx)} {dur()}
 - {drug()}; {trap('gen')}
 - Biometric patch {DEV()} streaming via hub {IP()}; replace {D(near(ref, 1, 3), ch(['th', 'wk3', 'md']))}.
Anticipated transfer to usual care {D(near(ref, 2, 4), ch(['wk', 'mon_dot', 'md']))}. PCP {person().n('fl')} at {FAC(CLINICS)} notified.
"""
    else:
        body = f"""#{K(dx)} -- day {day}, improving. Continue {K(abx)} {dur()}.
  Vitals this AM: {vitals(4)}
  POC labs: {lab()}, {lab()}
  Exam: {K(ch(['Homans sign', 'Murphy sign', 'Romberg']))} negative. {trap('care')}
#Monitoring -- continuous patch {DEV()} (hub {IP()}); no alarms overnight.
#Dispo -- likely discharge to PCP {person().n('fl')} ({FAC(CLINICS)}) on {D(near(ref, 2, 4), ch(['wk', 'mon_dot', 'md']))}. {trap('gen')}
"""
    return "hospital_at_home_daily", head + body, "normal"


def s_claims():
    pharm = ch(PHARM)
    ref = rday()
    rows = []
    codes = [("75", "Prior Authorization Required"), ("70", "Product/Service Not Covered"), ("79", "Refill Too Soon"),
             ("41", "Submit Bill To Other Processor"), ("65", "Patient Is Not Covered"), ("MR", "Product Not On Formulary"),
             ("76", "Plan Limitations Exceeded"), ("88", "DUR Reject Error")]
    meds = [("00003-0894-21", "apixaban 5 mg tab"), ("00169-4132-12", "semaglutide 1 mg/0.74 mL pen"),
            ("00597-0153-30", "empagliflozin 10 mg tab"), ("59762-0160-01", "sertraline 50 mg tab"),
            ("00078-0659-20", "sacubitril-valsartan 49/51 mg"), ("00088-2220-33", "insulin glargine 100 u/mL"),
            ("50090-3461-0", "albuterol HFA 90 mcg"), ("00074-3799-02", "adalimumab 40 mg/0.4 mL")]
    tech = person()
    fmt = ch(["mdy4", "iso", "ymd", "mdy2"])
    v = rint(0, 2)
    for k in range(2 if chance(0.7) else 3):
        p = person()
        age = rint(2, 89) if chance(0.9) else rint(90, 96)
        dob = dob_for(age, ref)
        code = ch(codes)
        ndc, dname = ch(meds)
        pres = person()
        npi = f" NPI {IDN('npi')}" if chance(0.5) else ""
        if v == 0:
            rows.append(f"{D(near(ref, 0, 1), fmt)} {tm('colon')} RX {IDN('rx')} | {p.n(ch(['LF', 'lf']))} | DOB {D(dob, fmt)} | "
                        f"BIN {IDN('bin')} PCN {IDN('pcn')} GRP {HP('group')} ID {HP('member')} | "
                        f"NDC {K(ndc)} {K(dname)} qty {K(str(ch([30, 60, 90, 1, 3])))} | "
                        f"REJ {K(code[0] + ' ' + code[1])} | prescriber {pres.n(ch(['li', 'fl']))}{npi}")
        elif v == 1:
            rows.append(f"""--- claim {k + 1} ---
Rx#: {IDN('rx')}   Filled: {D(near(ref, 0, 1), fmt)}
Patient: {p.n(ch(['LF', 'fl']))}  DOB {D(dob, fmt)}
Plan: BIN {IDN('bin')} / PCN {IDN('pcn')} / Group {HP('group')} / Cardholder {HP('member')}
Drug: {K(dname)} (NDC {K(ndc)}), {K('days supply ' + str(ch([30, 90, 28])))}
Reject: {K(code[0] + ' - ' + code[1])}
Prescriber: {pres.n('fl')}{npi}""")
        else:
            rows.append(f"{D(near(ref, 0, 1), fmt)};{IDN('rx')};{p.n('LF')};{D(dob, fmt)};{IDN('bin')};{IDN('pcn')};{HP('group')};{HP('member')};{K(ndc)};{K(dname)};{K(code[0])};{pres.n('li')}")
    hdr = "" if v != 2 else "date;rx;patient;dob;bin;pcn;group;member;ndc;drug;reject;prescriber\n"
    t = f"""{P('FACILITY', pharm)} NCPDP {IDN('ncpdp')} -- CLAIM REJECT LOG
Run {D(ref, ch(['long', 'mdy4', 'iso']))} by {tech.n(ch(['fl', 'il']))}, CPhT
{hdr}""" + "\n".join(rows) + f"""
Follow-up: called help desk {PH()}; PA submitted via {URL(ch(INSURERS))}. {trap('rx')} {trap('rx')}
"""
    return "pharmacy_claim_reject_log", t, ch(["normal", "normal", "upper"])


def s_sms():
    pt = person()
    fam = person(last=pt.last if chance(.6) else None)
    rn = person()
    fac = ch(NH + HOSP[:10] + HHA)
    age = ch([rint(70, 89), rint(90, 101)])
    ref = rday()
    rel = ch(["mom", "grandma", "auntie", "nana"])
    lines = [
        lambda: ("N", f"hi this is {rn.n(ch(['f', 'fl']))} from {P('FACILITY', fac)}, ur {rel} had a ok night. {K('bp 132/80')} {K('o2 94%')}"),
        lambda: ("F", f"thx {rn.n('f')}!! is {pt.n(ch(['nick', 'f']))} eating?? she wouldnt eat for me on {D(near(ref, -3, -1), ch(['th', 'wk3', 'md']))}"),
        lambda: ("N", f"ate like half breakfast. gave {K('tylenol 650')} for knee pain. {K('will follow up')} w dr {person().n('l')} tmrw"),
        lambda: ("F", f"ok. my brother {person(last=fam.last).n('f')} is comming from {P('LOCATION', ch(CITIES)[0])} on {D(near(ref, 1, 4), ch(['md', 'th', 'mon_dot', 'd_mon']))}"),
        lambda: ("N", f"sounds good. shes {AGE(age, ['{}', '{} yrs old', '{} now'])} so we go slow lol. {K('may repeat')} labs fri"),
        lambda: ("F", f"can u call me at {PH()} after 5. or email {EMAIL(fam)}"),
        lambda: ("N", f"{K('foley')} out today, shes peeing fine. {K('antibiotic x 5 days')} still"),
        lambda: ("F", f"did {P('FACILITY', ch(PHARM))} send the {K('eliquis')}? they said {D(near(ref, 0, 2), ch(['md', 'th', 'wk3']))}"),
        lambda: ("N", f"yes got it. for the paperwork is her addr still {P('STREET_ADDRESS', street_raw())}?\n>> no its {P('STREET_ADDRESS', street_raw())} {P('LOCATION', ch(CITIES)[0])} {P('ZIP_CODE', zipc())} now"),
        lambda: ("N", f"ok noted. {K('hope is limited')} for walking w/o walker but shes trying. pt {person().n('f')} comes mon"),
        lambda: ("F", f"ty ty. tell her {ch(PETS)} the cat says hi lol"),
        lambda: ("N", f"definately. {K('bs 182')} b4 dinner, gave {K('4 units')} per scale"),
        lambda: ("N", f"temp {K('99.1')} this am, gave {K('tylenol 650 mg')} {K('x1')}. {K('sats 95%')} on {K('2L')}"),
        lambda: ("F", f"k. pls dont let them give her {K('haldol')} again, she was a zombie for {K('like 2 days')}"),
    ]
    order = [0, 1] + sorted(R.sample(range(2, len(lines)), rint(5, 6)))
    msgs = []
    d = ref
    for k in order:
        who, txt = lines[k]()
        if chance(0.3):
            d = near(d, 0, 1)
        stamp = f"{D(d, ch(['md', 'mdy2', 'wk3']))} {tm('ampm')}" if chance(0.5) else tm("ampm")
        name = rn.n(ch(["f", "fl"])) if who == "N" else fam.n(ch(["f", "fl", "nick"]))
        if chance(0.3):
            msgs.append(f"{name} ({stamp}): {txt}")
        else:
            msgs.append(f"[{stamp}] {name}: {txt}")
    t = f"text thread export -- {P('FACILITY', fac)} secure msg, pt {pt.n('fl')} (MRN {MRN()})\n" + "\n".join(msgs) + "\n"
    return "nurse_family_text_thread", t, ch(["lower", "lower", "lower", "normal"])


STYLES = [s_ltc, s_hha, s_hl7, s_fhir, s_csv, s_poison, s_ambulance, s_rehab, s_retina, s_ivlabel, s_guard, s_roi,
          s_nbs, s_bloodbank, s_genetic, s_cpap, s_infusion, s_interp, s_jail, s_mci, s_camp, s_rpm, s_hah, s_claims,
          s_sms]


# ================================================================= validation
BAD_START = set(" \t\n,;:.|^\")]}")
BAD_END = set(" \t\n,;:.|^\"([{")


def validate(rec):
    text = rec["text"]
    spans = [(s["start"], s["end"], "phi", s) for s in rec["phi"]] + [(s["start"], s["end"], "keep", s) for s in rec["keep"]]
    spans.sort(key=lambda x: (x[0], x[1]))
    prev_end = -1
    for st, en, kind, s in spans:
        assert 0 <= st < en <= len(text), (rec["note_id"], st, en)
        assert st >= prev_end, (rec["note_id"], "overlap", st, prev_end, text[st:en])
        prev_end = en
        frag = text[st:en]
        assert frag == frag.strip(), (rec["note_id"], frag)
        if kind == "phi":
            assert frag[0] not in BAD_START and frag[-1] not in BAD_END, (rec["note_id"], frag)
            assert ENT_CAT[s["entity"]] == s["category"]
        # word-boundary sanity: no letter-letter or digit-digit gluing at edges
        for a, b in ((st - 1, st), (en - 1, en)):
            if a >= 0 and b < len(text):
                x, y = text[a], text[b]
                if (x.isalpha() and y.isalpha()) or (x.isdigit() and y.isdigit()):
                    raise AssertionError((rec["note_id"], "glued", kind, frag, text[max(0, st - 10):en + 10]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=97)
    ap.add_argument("--out", default="set_h.jsonl")
    args = ap.parse_args()
    R.seed(args.seed)

    nf = len({x for v in FIRST.values() for x in v} | set(WORD_FIRST))
    nl = len({x for v in LAST.values() for x in v} | set(WORD_LAST))
    assert nf >= 300 and nl >= 300, (nf, nl)
    assert len(CITIES) >= 150, len(CITIES)

    plan = [STYLES[i % len(STYLES)] for i in range(args.n)]
    R.shuffle(plan)
    recs = []
    for i, fn in enumerate(plan, 1):
        _USED_TRAPS.clear()
        name, marked, case = fn()
        marked = re.sub(r"[ \t]+\n", "\n", marked)
        text, phi, keep = render(marked, case)
        rec = {"note_id": f"H{i:04d}", "patient_id": f"HP{i:04d}", "template": name, "text": text,
               "phi": phi, "keep": keep}
        validate(rec)
        recs.append(rec)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- final re-check of the written file: bounds + no overlaps
    with open(args.out, encoding="utf-8") as f:
        reread = [json.loads(line) for line in f]
    assert len(reread) == len(recs)
    for r in reread:
        validate(r)
        sp = sorted([(s["start"], s["end"]) for s in r["phi"]] + [(s["start"], s["end"]) for s in r["keep"]])
        assert all(0 <= a < b <= len(r["text"]) for a, b in sp)
        assert all(sp[i][1] <= sp[i + 1][0] for i in range(len(sp) - 1))
    print("final check OK: all spans in bounds, no overlaps")

    # ---- report
    ent = Counter(s["entity"] for r in recs for s in r["phi"])
    cat = Counter(s["category"] for r in recs for s in r["phi"])
    nphi = sum(ent.values())
    nkeep = sum(len(r["keep"]) for r in recs)
    print(f"wrote {len(recs)} notes to {args.out}; first names={nf}, last names={nl}, cities={len(CITIES)}")
    print(f"PHI spans={nphi} (mean {nphi / len(recs):.1f}/note); keep spans={nkeep} (mean {nkeep / len(recs):.1f}/note)")
    for e, c in ent.most_common():
        print(f"  {e:<22}{c}")
    print("categories:", dict(cat))
    per = defaultdict(list)
    for r in recs:
        per[r["template"]].append((len(r["phi"]), len(r["keep"])))
    print("per template: n  phi(min/mean/max)  keep(min/mean/max)")
    for t, v in sorted(per.items()):
        p = [x[0] for x in v]
        k = [x[1] for x in v]
        print(f"  {t:<34}{len(v):>3}  {min(p):>3}/{sum(p) / len(p):5.1f}/{max(p):<3}  {min(k):>3}/{sum(k) / len(k):5.1f}/{max(k):<3}")
    vr = random.Random(args.seed + 1)
    allsp = [(r, s) for r in recs for s in r["phi"]]
    print("20 random PHI spans:")
    for r, s in vr.sample(allsp, 20):
        print(f"  {r['note_id']} {s['entity']:<22}{r['text'][s['start']:s['end']]!r}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Independent labeled de-identification eval set (heldout3). Usage: make_gold.py --n 300 --seed 23 --out gold3.jsonl
Notes are built piece by piece; exact offsets are recorded for PHI spans (HIPAA Safe Harbor) and for "keep" spans
(clinical content that must NOT be redacted). Standard library only."""
import argparse
import datetime as dt
import json
import random
from collections import Counter
from itertools import accumulate

CAT = {"PERSON": "NAME", "DATE": "DATE", "AGE_90_PLUS": "AGE"}
CAT.update({e: "ID" for e in ("MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER", "ID_NUMBER", "HEALTH_PLAN_NUMBER",
                              "US_SSN", "LICENSE_NUMBER", "DEVICE_ID", "VEHICLE_ID")})
CAT.update({e: "LOCATION" for e in ("LOCATION", "STREET_ADDRESS", "ZIP_CODE", "FACILITY")})
CAT.update({e: "CONTACT" for e in ("PHONE_NUMBER", "EMAIL_ADDRESS", "URL", "IP_ADDRESS")})
R = random.Random()

def W(s): return [w.replace("_", " ") for w in s.split()]  # word list; "_" stands for a space

# ----------------------------------------------------------------------------- name lists (hand-written)
GF = W("""Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret
Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Dorothy Amy
Kathleen Angela Shirley Brenda Pamela Nicole Samantha Katherine Christine Rachel Janet Heather Diane Julie Joyce
Mildred Ethel Gertrude Agnes Eunice Lorraine Bernice Dolores Irene Virginia Florence Mabel Opal Hazel Hope Faith Joy
Grace Rose June April May Dawn Summer Autumn Crystal Amber Ivy Lily Jade Pearl Ruby Violet Iris Daisy Holly Destiny
Patience Precious Harmony Marisol Yesenia Xiomara Dulce Esperanza Consuelo Araceli Rosario Pilar Socorro Guadalupe
Catalina Ximena Valentina Leticia Inés Nkechi Chinwe Adaeze Ngozi Akosua Abena Ama Tsion Selam Hodan Fadumo Amina
Halima Ayaan Fatima Layla Rania Nour Hiba Priya Sunita Deepa Lakshmi Harpreet Kavya Anjali Nasreen Mei Hui Ji-woo
Seo-yeon Yuki Keiko Nguyet Phuong Hoa Linh Lan Maricel Jocelyn Lorna Oksana Svetlana Katarzyna Agnieszka Irina
Anastasia Siobhan Niamh Aoife Wislande Fabiola Marie-Claude Ketly Eleni Francesca Carmela Rivka Shira Chaya Shanice
LaToya Tamika Aaliyah Imani Keisha Ebony Latrice Jazmine Brittany Kayla Madison Brooke Paige Shelby Tiffany""")
GM = W("""James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis
Jerry Tyler Aaron Wilbur Homer Clarence Floyd Earl Vernon Harold Walter Eugene Will Bill Guy Rusty Sonny Hunter Chase
Drew Art Dean Gene Ray Wade Cliff Lance Miles Royal Major Buck Duke Jose Luis Juan Carlos Miguel Alejandro Jesus
Angel Ignacio Rigoberto Ezequiel Mateo Santiago Joaquín Tunde Oluwaseun Emeka Chukwuemeka Kwame Kofi Yaw Abebe
Dawit Abdirahman Mohamed Omar Yousef Khalid Tariq Samir Anil Rajesh Arjun Venkat Gurpreet Sanjay Rohan Farhan Wei Jun
Xiaoming Min-jun Hiroshi Takeshi Haruto Thanh Minh Duc Tuan Rodel Arnel Dmitri Vladimir Piotr Bogdan Milos Zoran
Cormac Declan Padraig Jean-Baptiste Stavros Giuseppe Vito Moshe Avraham Yitzhak DeShawn Tyrone Jamal Darnell Marquis
Terrell Cody Dustin Travis Colton Bryce""")
SUR = W("""Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson
White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell
Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson
Bailey Reed Kelly Howard Ward Richardson Watson Brooks Wood Bennett Gray Hughes Price Sanders Myers Long Ross Foster
Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Graves Bishop Wells Foley Barrett
Parkinson Addison Black Stone Rice Bush Banks Cross Hope Moody Frost Page Short Strong Little Day Knight Love Sharp
Swift Sweet Gill Rich Hardy Wise Golden Sterling May Winter Major Cash Lamb Fox Wolf Bird Crane Lane Field Marsh
Rivers Waters Snow Hall Story Child Small Best Goodman Friend Heard Payne Kidd Bunch Hand Garcia Rodriguez Martinez
Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Reyes Cruz Ortiz Gutierrez
Chavez Ramos Ruiz Alvarez Mendoza Castillo Jimenez Vasquez Romero Herrera Medina Aguilar Vargas Guerrero Salazar
Delgado Espinoza Fuentes Santiago De_la_Cruz Villanueva Okafor Adeyemi Okonkwo Eze Nwosu Balogun Mensah Boateng Owusu
Asante Tesfaye Haile Bekele Girma Abdi Farah Warsame Osman Diallo Traore Ndiaye Kamara Haddad Khoury Nasser Mansour
Saleh Hamdan Aziz Rahman El-Amin Patel Shah Singh Kaur Gupta Sharma Reddy Iyer Nair Raman Chatterjee Desai Menon
Choudhury Khan Siddiqui Hussain Chen Wang Li Zhang Liu Huang Lin Wu Yang Kim Lee Park Choi Jung Nakamura Tanaka
Watanabe Sato Suzuki Nguyen Tran Pham Le Hoang Vu Dang Bui Do Santos Bautista Aquino Macaraeg Kowalski Nowak
Wisniewski Ivanov Petrov Kuznetsova Horvath Novak Schmidt Becker Rossi Esposito Romano Russo Papadopoulos O'Brien
O'Connor McCarthy Fitzgerald Byrne Gallagher MacDonald McLeod Cohen Levy Goldberg Friedman Katz Rosenberg Shapiro
Jean-Louis Pierre Baptiste Joseph Charles Toussaint Desir Louissaint Smith-Jones Garcia-Lopez""")
CITIES = [c.split("|") for c in W("""Fall_River|MA Brockton|MA Lowell|MA Quincy|MA Chelsea|MA Revere|MA Framingham|MA
Worcester|MA Pawtucket|RI Woonsocket|RI Nashua|NH Bangor|ME Hartford|CT Waterbury|CT Yonkers|NY Utica|NY Paterson|NJ
Camden|NJ Allentown|PA Scranton|PA Reading|PA Wilmington|DE Hagerstown|MD Roanoke|VA Durham|NC Greenville|SC Macon|GA
Savannah|GA Hialeah|FL Kissimmee|FL Mobile|AL Jackson|MS Shreveport|LA Hope|AR Normal|IL Peoria|IL Joliet|IL Gary|IN
Muncie|IN Toledo|OH Dayton|OH Akron|OH Flint|MI Saginaw|MI Kalamazoo|MI Green_Bay|WI Duluth|MN Sioux_Falls|SD
Fargo|ND Omaha|NE Wichita|KS Independence|MO Liberty|MO Tulsa|OK Laredo|TX El_Paso|TX McAllen|TX Temple|TX Pueblo|CO
Provo|UT Ogden|UT Boise|ID Reno|NV Yuma|AZ Las_Cruces|NM Fresno|CA Modesto|CA Oxnard|CA Salinas|CA Eugene|OR Bend|OR
Yakima|WA Tacoma|WA Everett|WA Spokane|WA Anchorage|AK Hilo|HI Florence|AL Paris|TX Troy|NY Aurora|CO Marion|OH""")]
COUNTIES = W("Bristol Essex Plymouth Hampden Cuyahoga Maricopa Hidalgo Cook Wayne Marion Jefferson Franklin Lancaster "
             "Berks Kent Orange Travis Pima Polk Washtenaw Erie Monroe")
STREETS = W("""Maple Oak Elm Pine Cedar Chestnut Walnut Washington Lincoln Jefferson Pleasant Church Mill Highland Sunset
Ridge Lakeview Park Spring Water Union Prospect Summer Franklin Martin_Luther_King_Jr Cesar_Chavez Juniper Magnolia
Dogwood Hawthorne Orchard Meadow Quarry Harbor Ferry Depot Old_Post Stony_Brook Tremont Belmont""")
SUFF = W("St Street Ave Avenue Rd Road Blvd Ln Lane Dr Drive Ct Way Terrace Pl Pkwy Circle")
FPRE = W("""St._Brendan's Mercy Good_Samaritan Riverbend Harbor_Point Lakeshore Northgate Cedar_Valley Holy_Cross
Saint_Agnes Bayview Pinecrest Fairhaven Meadowbrook Oak_Hollow Summit Providence Willow_Creek Sacred_Heart Brookside
Silver_Lake Eastfield Maple_Grove Stonebridge Blue_Hills Kingsbridge Wellspring Three_Rivers Hillcrest Seven_Oaks""")
FTYPE = {"hosp": W("Medical_Center Hospital Regional_Medical_Center Community_Hospital General_Hospital"),
         "clinic": W("Family_Health_Center Primary_Care Community_Health_Center Internal_Medicine_Associates"),
         "snf": W("Rehabilitation_and_Nursing_Center Skilled_Nursing_Facility Care_Center Health_Care_Center"),
         "hospice": W("Hospice_House Hospice Palliative_Care_Center"), "pharm": W("Pharmacy Apothecary Drug"),
         "eye": W("Eye_Associates Eye_Institute Vision_Center"), "dental": W("Dental_Group Family_Dentistry"),
         "bh": W("Behavioral_Health Counseling_Center Recovery_Center"), "ob": W("Women's_Health OB/GYN_Associates"),
         "peds": W("Pediatrics Children's_Health_Center Pediatric_Associates")}
# ----------------------------------------------------------------------------- clinical content (keep spans)
EPON = W("""Parkinson_disease Alzheimer_dementia Crohn_disease Hashimoto_thyroiditis Graves_disease Cushing_syndrome
Addison_disease Bell_palsy Guillain-Barre_syndrome Down_syndrome Marfan_syndrome Hodgkin_lymphoma Barrett_esophagus
Raynaud_phenomenon Sjogren_syndrome Huntington_disease Wernicke_encephalopathy Meniere_disease Paget_disease_of_bone
Dupuytren_contracture Baker_cyst Wolff-Parkinson-White_syndrome Mobitz_type_II_block Lyme_disease Kaposi_sarcoma
Stevens-Johnson_syndrome Charcot_foot Charcot-Marie-Tooth_disease Takotsubo_cardiomyopathy Budd-Chiari_syndrome
Ehlers-Danlos_syndrome von_Willebrand_disease Tourette_syndrome Prinzmetal_angina Mallory-Weiss_tear Gilbert_syndrome
Klinefelter_syndrome Still_disease Behcet_disease Buerger_disease Sheehan_syndrome Conn_syndrome Osgood-Schlatter_disease""")
SIGNS = W("""Murphy_sign Babinski_sign Romberg_sign Homans_sign Kernig_sign Brudzinski_sign Rovsing_sign Chvostek_sign
Trousseau_sign Tinel_sign Phalen_test Lachman_test McMurray_test Spurling_test Hoffmann_sign Grey_Turner_sign
Cullen_sign Janeway_lesions Osler_nodes Kussmaul_respirations Cheyne-Stokes_respirations Austin_Flint_murmur""")
DEVS = W("""Foley_catheter Hickman_line Port-a-Cath Jackson-Pratt_drain Pleur-evac Yankauer_suction Hoyer_lift
Swan-Ganz_catheter Holter_monitor Doppler_ultrasound Trendelenburg_position Epley_maneuver Valsalva_maneuver""")
BRANDS = W("""Eliquis_5_mg_BID Xarelto_20_mg_daily Lasix_40_mg_daily Keppra_500_mg_BID Lantus_22_units_qHS
Humalog_sliding_scale Zofran_4_mg_q6h_prn Norco_5/325_q6h_prn Tylenol_650_mg_q6h Ativan_0.5_mg_qHS_prn
Seroquel_25_mg_qHS Zoloft_50_mg_daily Lexapro_10_mg_daily Synthroid_75_mcg_daily Plavix_75_mg_daily Coumadin_5_mg
Protonix_40_mg_daily Flomax_0.4_mg_qHS Augmentin_875_mg_BID Keflex_500_mg_QID Bactrim_DS_BID Entresto_24/26_mg_BID
Jardiance_10_mg_daily Ozempic_0.5_mg_weekly Symbicort_160/4.5_2_puffs_BID Spiriva_18_mcg_daily Lipitor_40_mg
Crestor_20_mg_daily Sinemet_25/100_TID Aricept_10_mg_qHS Namenda_10_mg_BID Miralax_17_g_daily Senokot_2_tabs_qHS
Motrin_600_mg_q8h Valtrex_1_g_BID Diflucan_150_mg_x1 Dilaudid_0.5_mg_IV_q3h_prn Toradol_15_mg_IV""")
GEN = W("""metoprolol_tartrate_25_mg_PO_BID lisinopril_10_mg_daily atorvastatin_40_mg_nightly metformin_1000_mg_BID
furosemide_40_mg_IV_x1 apixaban_5_mg_BID levothyroxine_88_mcg_daily insulin_glargine_18_units_qHS
acetaminophen_650_mg_q6h_prn oxycodone_5_mg_q4h_prn ceftriaxone_1_g_IV_q24h vancomycin_1250_mg_IV_q12h
pantoprazole_40_mg_daily sertraline_100_mg_daily tamsulosin_0.4_mg_qHS prednisone_40_mg_daily heparin_5000_units_SC_q8h
gabapentin_300_mg_TID amlodipine_5_mg_daily albuterol_2.5_mg_neb_q4h_prn potassium_chloride_40_mEq_PO
ondansetron_4_mg_IV_q6h_prn donepezil_10_mg_qHS carbidopa-levodopa_25/100_TID warfarin_5_mg_daily""")
DUR = W("3_days 2_weeks 48_hours 6_months 10_days 1_week 4_days 3_months 36_hours 5_days 2_years 8_weeks")
CC = W("shortness_of_breath a_mechanical_fall acute_confusion substernal_chest_pain fever_and_rigors "
       "abdominal_pain melena syncope worsening_leg_swelling")
START = {"Denies": " fever, chills or night sweats. ", "Afebrile": " overnight. ", "Tolerating": " a regular diet. ",
              "Ambulating": " with a walker. ", "Lungs": " clear bilaterally. ", "Abdomen": " soft, non-tender. ",
              "Extremities": " warm, no edema. ", "Neuro": " grossly non-focal. ", "Skin": " intact. ",
              "Pain": " controlled. ", "Will": " follow up as scheduled. ", "May": " shower in 48 hours. ",
              "Frank": " hematuria resolved after irrigation. "}
SCORES = ["GCS 15", "MMSE 21/30", "NIHSS 3", "Wells score 4.5", "CURB-65 2", "CHA2DS2-VASc 4",
          "Morse Fall Scale 45", "Braden scale 14", "Mini-Cog 2/5", "RASS -1", "CIWA-Ar 12", "PHQ-9 17"]

# ----------------------------------------------------------------------------- builder
class Note:
    def __init__(self, case=None): self.parts, self.n, self.phi, self.keep, self.case = [], 0, [], [], case
    def __call__(self, *items):  # str = plain text, ("K", v) = keep span, (ENTITY, v) = PHI span, list = nested
        for it in items:
            if isinstance(it, list):
                self(*it)
                continue
            tag, val = ("", it) if isinstance(it, str) else it
            val = {"lower": val.lower(), "upper": val.upper()}.get(self.case, val)
            span, self.n = {"start": self.n, "end": self.n + len(val)}, self.n + len(val)
            self.parts.append(val)
            if tag:
                (self.keep if tag == "K" else self.phi).append(span if tag == "K" else {**span, "entity": tag, "category": CAT[tag]})
        return self

    def text(self): return "".join(self.parts)


def K(v): return ("K", v)
def KJ(vals, sep=", "): return [x for i, v in enumerate(vals) for x in ([sep] if i else []) + [K(v)]]
def start(words=tuple(START)):  # a capitalized common clinical word at a sentence start (keep)
    w = R.choice(words)
    return [K(w), START[w]]

# ----------------------------------------------------------------------------- PHI helpers
MONTHS = W("January February March April May June July August September October November December")
WD = W("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
def ordn(n): return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
DF = {"mdy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}", "mdy_np": lambda d: f"{d.month}/{d.day}/{d.year}",
      "mdy_s": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": lambda d: d.isoformat(),
      "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "abbr": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
      "dmon": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}", "dmy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
      "wd": lambda d: f"{WD[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}",
      "wdf": lambda d: f"{WD[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}",
      "ord": lambda d: f"{MONTHS[d.month - 1]} {ordn(d.day)}", "ordof": lambda d: f"{ordn(d.day)} of {MONTHS[d.month - 1]}",
      "md": lambda d: f"{d.month}/{d.day}", "mday": lambda d: f"{MONTHS[d.month - 1]} {d.day}",
      "dot": lambda d: f"{d.month:02d}.{d.day:02d}.{d.year}", "compact": lambda d: f"{d.year}{d.month:02d}{d.day:02d}"}
PROSE_DF = ["long", "abbr", "wd", "wdf", "ord", "ordof", "md", "mday", "mdy", "mdy_s", "dmy"]
HDR_DF = ["mdy", "mdy_np", "iso", "long", "abbr", "dmon", "mdy_s", "dot"]
def D(d, f=None): return ("DATE", DF[f or R.choice(PROSE_DF)](d))
def HD(d): return D(d, R.choice(HDR_DF))
def plus(d, lo, hi): return d + dt.timedelta(days=R.randint(lo, hi))
def dob(d, age): return d - dt.timedelta(days=365 * age + R.randint(5, 360))
def tm():
    h, m = R.randint(0, 23), R.randint(0, 59)
    return R.choice([f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}", f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"])

def person(sex=None, last=None):
    sex = sex or R.choice("FM")
    return {"f": R.choice(GF if sex == "F" else GM), "m": R.choice("ABCDEFGHJKLMNPRSTW"), "l": last or R.choice(SUR),
            "sex": sex}

def nm(p, f):
    F, M, L = p["f"], p["m"], p["l"]
    return {"fl": f"{F} {L}", "f": F, "l": L, "fml": f"{F} {M}. {L}", "LFM": f"{L.upper()}, {F.upper()} {M}",
            "lf": f"{L}, {F}", "LF": f"{L.upper()}, {F.upper()}", "il": f"{F[0]}. {L}", "ini": F[0] + M + L[0],
            "inid": f"{F[0]}.{L[0]}."}[f]
def P(p, f="fl"): return ("PERSON", nm(p, f))
def dr(p, f="l"): return ["Dr. ", P(p, f)]
def cred(p, c, f="fl"): return [P(p, f), ", " + c]
def old(): return R.randint(90, 104) if R.random() < 0.55 else R.randint(70, 89)
def art(a): return "an" if str(a)[0] == "8" or a in (11, 18) else "a"
def ctm():  # clinic appointment time
    h = R.choice([8, 9, 10, 11, 13, 14, 15, 16])
    return f"{(h - 1) % 12 + 1}:{R.choice(['00', '15', '30', '45'])} {'AM' if h < 12 else 'PM'}"
REL_SEX = {"daughter": "F", "son": "M", "niece": "F", "wife": "F", "husband": "M", "grandson": "M", "brother": "M",
           "sister": "F", "mother": "F", "nephew": "M", "friend": None, "partner": None}
def kin(rels, last=None):  # -> (relationship word, person of matching sex)
    r = R.choice(rels)
    return r, person(REL_SEX[r], last)
def tseq(n):  # n increasing clock times, HHMM
    return [f"{t // 60:02d}{t % 60:02d}" for t in accumulate([R.randint(0, 1300)] + [R.randint(1, 19) for _ in range(n - 1)])]

def AGE(a, form=None):
    form = form or R.choice(["{}-year-old", "{} y/o", "{} yo", "{}-yr-old", "{} year old"])
    pre, post = form.split("{}")
    return [pre, ("AGE_90_PLUS", str(a)), post] if a >= 90 else K(form.format(a))

AREA = W("""617 508 774 401 603 207 860 914 315 973 856 610 570 302 301 540 919 864 478 912 305 407 251 601 318 870
309 815 219 765 419 937 330 810 989 269 920 218 605 701 402 316 816 918 956 915 254 719 801 385 208 775 928 575 559""")

def PH():
    a, x, y = R.choice(AREA), R.randint(201, 989), R.randint(0, 9999)
    return ("PHONE_NUMBER", R.choice([f"({a}) {x}-{y:04d}", f"{a}-{x}-{y:04d}", f"{a}.{x}.{y:04d}", f"{a} {x} {y:04d}",
                                       f"+1-{a}-{x}-{y:04d}", f"{a}{x}{y:04d}", f"1 ({a}) {x}-{y:04d}"]))
def dig(n): return "".join(R.choice("0123456789") for _ in range(n))
def up(n): return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
def vin(): return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
IDGEN = {"MEDICAL_RECORD_NUMBER": lambda: R.choice([dig(8), dig(7), f"{dig(3)}-{dig(2)}-{dig(2)}", "E" + dig(7), "00" + dig(6)]),
         "ACCOUNT_NUMBER": lambda: R.choice([dig(10), "V" + dig(9), f"{dig(4)}-{dig(6)}", dig(9)]),
         "ID_NUMBER": lambda: R.choice([dig(6), f"{dig(2)}-{up(2)}-{dig(6)}", up(1) + dig(7), f"{dig(4)}-{dig(4)}"]),
         "HEALTH_PLAN_NUMBER": lambda: R.choice([up(3) + dig(9), "W" + dig(10), f"{dig(1)}{up(2)}{dig(1)}-{up(2)}{dig(1)}-{up(2)}{dig(2)}",
                                                 dig(9) + "A", up(2) + dig(8)]),
         "US_SSN": lambda: f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
         "LICENSE_NUMBER": lambda: R.choice([up(2) + dig(7), dig(6), "P" + dig(5), f"{up(1)}{dig(3)}-{dig(3)}-{dig(3)}"]),
         "DEVICE_ID": lambda: R.choice([up(3) + dig(6) + up(1), f"{dig(2)}-{dig(5)}", "G" + dig(8), f"{up(2)}{dig(4)}-{dig(4)}"]),
         "VEHICLE_ID": lambda: R.choice([f"{dig(1)}{up(3)}{dig(3)}", f"{up(3)}-{dig(4)}", f"{up(2)} {dig(4)}"])}
def ID(e, v=None): return (e, v or IDGEN[e]())
def slug(s): return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum())
def EMAIL(p, dom=None):
    f, l = slug(p["f"]), slug(p["l"])
    dom = dom or R.choice(W("gmail.com yahoo.com outlook.com icloud.com comcast.net aol.com hotmail.com"))
    user = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}{R.randint(1, 99)}", f"{l}.{f}{R.randint(50, 99)}", f"{f}_{l}"])
    return ("EMAIL_ADDRESS", f"{user}@{dom}")

def fac_name(kind="hosp"):
    if kind == "funeral":
        return R.choice([f"{R.choice(SUR)} & Sons Funeral Home", f"{R.choice(SUR)}-{R.choice(SUR)} Funeral Home",
                         f"{R.choice(FPRE)} Memorial Chapel"])
    return f"{R.choice(FPRE)} {R.choice(FTYPE[kind])}"
def FAC(kind="hosp", name=None): return ("FACILITY", name or fac_name(kind))
GENERIC = set(W("Medical Hospital Regional Community General Family Primary Internal Health Rehabilitation Skilled Care "
                  "Hospice Palliative Eye Vision Dental Behavioral Counseling Recovery Women's OB/GYN Pediatrics Children's "
                  "Pediatric Pharmacy Laboratory"))

def dom_of(name):
    words = name.split()
    pre = words[:next((i for i, w in enumerate(words) if w in GENERIC), len(words))] or words[:1]
    return slug("".join(pre)) + R.choice(["health.org", "med.org", "hc.org", ".org"])

def street():
    s = f"{R.randint(2, 9899)} {R.choice(STREETS)} {R.choice(SUFF)}"
    return s + R.choice(["", "", "", " Apt 3B", " Unit 12", " #4", " Apt. 207", " Lot 19"])
def ZIP(): return ("ZIP_CODE", f"{R.randint(1001, 99950):05d}" + (f"-{dig(4)}" if R.random() < .2 else ""))
def ADDR(sep=", "):
    city, st = R.choice(CITIES)
    return [("STREET_ADDRESS", street()), sep, ("LOCATION", city), ", ", st, " ", ZIP()]
def CITY(): return ("LOCATION", R.choice(CITIES)[0])
def COUNTY(): return ("LOCATION", R.choice(COUNTIES) + " County")
def IP(): return ("IP_ADDRESS", R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                                          f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
                                          f"{R.randint(24, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"]))
def URL(dom): return ("URL", R.choice([f"https://mychart.{dom}", f"www.{dom}/patients", f"https://{dom}/family-resources",
                                        f"http://portal.{dom}/login"]))

def vitals():
    t = R.choice(["36.4 C", "36.9 C", "37.3 C", "38.2 C", "98.6 F", "100.9 F", "97.8 F"])
    return KJ([f"BP {R.randint(92, 182)}/{R.randint(50, 104)}", f"HR {R.randint(52, 132)}", f"RR {R.randint(12, 30)}",
               f"T {t}", f"SpO2 {R.randint(86, 100)}% on {R.choice(['RA', '2L NC', 'room air', '4L NC'])}"])

def labs():
    return KJ([f"Na {R.randint(126, 146)}", f"K {R.randint(31, 58) / 10}", f"Cr {R.randint(6, 38) / 10}",
               f"WBC {R.randint(32, 224) / 10}", f"Hgb {R.randint(68, 158) / 10}", f"Plt {R.randint(48, 480)}"])

def meds(n):
    return R.sample(BRANDS, n // 2 + 1) + R.sample(GEN, n - n // 2 - 1)

# ----------------------------------------------------------------------------- note styles
def t_mimic(b, c):
    pt, d0, age = c["pt"], c["d0"], (old() if R.random() < .35 else R.randint(38, 89))
    dd, att, pcp = plus(d0, 2, 11), person(), person()
    dau = person("F", pt["l"] if R.random() < .5 else None)
    e1, e2, e3 = R.sample(EPON, 3)
    b("Admission Date:  ", D(d0, "iso"), "              Discharge Date:   ", D(dd, "iso"), "\n\n",
      "Date of Birth:  ", D(dob(d0, age), "iso"), "             Sex:   ", pt["sex"], "\n\n",
      "Service: ", R.choice(W("MEDICINE NEUROLOGY CARDIOLOGY SURGERY")), "\n\n[ALLERGIES]\n",
      R.choice(["Patient recorded as having No Known Allergies to Drugs", "Penicillins / Codeine", "Sulfa (Sulfonamides)"]),
      "\n\nAttending: ", P(att), ", M.D.\n\n[CHIEF COMPLAINT]\n", c["cc"].capitalize(),
      "\n\n[MAJOR SURGICAL OR INVASIVE PROCEDURE]\n", K(R.choice(DEVS)), " placement\n\n[HISTORY OF PRESENT ILLNESS]\n",
      c["Mx"], " ", P(pt, "l"), " is ", art(age), " ", AGE(age), " ", c["man"], " with ", K(e1), " and ", K(e2), ", on ", K(R.choice(BRANDS)),
      ", who presented to ", FAC(), " on ", D(d0, R.choice(["ord", "mday", "md"])), " with ", c["cc"], " for ",
      K(R.choice(DUR)), ". ", P(pt, "f"), "'s daughter ", P(dau, "f"), " found ", c["him"], " on the kitchen floor at home in ",
      CITY(), " and called 911. In the ED, initial vitals ", vitals(), ". Exam notable for a positive ", K(R.choice(SIGNS)),
      ". Labs: ", labs(), ".\n\n[PAST MEDICAL HISTORY]\n- ", K(e1), "\n- ", K(e2), "\n- ", K(e3), "\n- HTN, HLD\n\n",
      "[SOCIAL HISTORY]\nLives with ", c["his"], " daughter ", P(dau), " in ", CITY(), ". Quit smoking in ",
      str(d0.year - R.randint(3, 30)), ". Rare EtOH.\n\n[PHYSICAL EXAM]\nVS: ", vitals(), "\n", start(), start(), "\n\n",
      "[PERTINENT RESULTS]\n", D(d0, "iso"), " 06:10AM BLOOD ", KJ([f"WBC-{R.randint(40, 180) / 10}", f"Hgb-{R.randint(80, 150) / 10}",
                                                                   f"Plt Ct-{R.randint(90, 400)}"], " "), "\n",
      D(plus(d0, 1, 2), "iso"), " 05:45AM BLOOD ", KJ([f"Glucose-{R.randint(70, 300)}", f"UreaN-{R.randint(8, 60)}",
                                                     f"Creat-{R.randint(6, 30) / 10}"], " "), "\n\n",
      "[BRIEF HOSPITAL COURSE]\n# ", c["cc"].capitalize(), ": treated with ", K(R.choice(GEN)), ". Discussed with ", dr(pcp),
      " (PCP) by phone on ", D(plus(d0, 1, 3)), ".\n", start(), "\n\n[DISCHARGE MEDICATIONS]\n",
      [[f"{i + 1}. ", K(m), "\n"] for i, m in enumerate(meds(4))],
      "\n[DISCHARGE DISPOSITION]\nExtended Care\n\nFacility:\n", FAC("snf"), " - ", CITY(), "\n\n[FOLLOWUP INSTRUCTIONS]\n",
      "Provider: ", P(pcp, "fl"), ", MD Phone: ", PH(), " Date/Time: ", D(plus(dd, 5, 20), "iso"), " 10:30\n")

PROCS = [("laparoscopic Nissen fundoplication", "hiatal hernia with refractory reflux"),
         ("pylorus-preserving Whipple procedure", "adenocarcinoma of the pancreatic head"),
         ("laparoscopic Roux-en-Y gastric bypass", "morbid obesity, BMI 44"),
         ("Hartmann procedure", "perforated sigmoid diverticulitis"),
         ("open carpal tunnel release, right", "carpal tunnel syndrome with positive Tinel sign"),
         ("open reduction internal fixation, left distal radius", "displaced Colles fracture, left wrist"),
         ("palmar fasciectomy, left ring finger", "Dupuytren contracture, left ring finger")]

def t_dictation(b, c):
    pt, d0, age = c["pt"], c["d0"], R.randint(24, 86)
    surg, asst, ref, rn = person(), person(), person(), person("F")
    proc, dx = R.choice(PROCS)
    rel, relp = kin(["wife", "husband", "son", "sister", "daughter"])
    lap = proc.startswith(("laparoscopic", "pylorus", "Hartmann"))
    b(FAC(), "\nOPERATIVE REPORT\n\nPATIENT NAME: ", P(pt, "LFM"), "\nMEDICAL RECORD #: ", ID("MEDICAL_RECORD_NUMBER"),
      "\nACCOUNT #: ", ID("ACCOUNT_NUMBER"), "\nDATE OF SURGERY: ", D(d0, "mdy"), "\nSURGEON: ", P(surg, "fml"), ", MD",
      "\nASSISTANT: ", P(asst), ", PA-C\nREFERRING PHYSICIAN: ", dr(ref, "fl"), "\n\nPREOPERATIVE DIAGNOSIS: ", K(dx),
      "\nPOSTOPERATIVE DIAGNOSIS: Same.\nPROCEDURE: ", K(proc), "\nANESTHESIA: General endotracheal.\n",
      "ESTIMATED BLOOD LOSS: ", K(f"{R.choice([10, 25, 50, 150, 300])} mL"), ".\nDRAINS: ",
      K("19-French Jackson-Pratt drain"), ".\n\nINDICATIONS: The patient is ", art(age), " ", AGE(age), " ", c["man"],
      " referred by Dr. ", P(ref, "l"), " with ", K(R.choice(EPON)), " and ", K(dx), " for ", K(R.choice(DUR)),
      ". Risks, benefits and alternatives were discussed with the patient and ", c["his"], " ", rel, ", ",
      P(relp, "f"), ", and consent was signed.\n\n",
      "DESCRIPTION OF PROCEDURE: The patient was identified in the preoperative holding area and brought to the operating "
      "room. ", K("Cefazolin 2 g IV"), " was given within 60 minutes of incision. ",
      ["A ", K("Foley catheter"), " was placed, the patient was positioned in reverse ", K("Trendelenburg position"),
       " and pneumoperitoneum was established with a ", K("Veress needle")] if lap else
      ["A ", K("pneumatic tourniquet"), " was inflated to ", K("250 mmHg"), " and an incision was made over the operative site"],
      " and the procedure was carried out without complication. Hemostasis was confirmed with ", K("Bovie electrocautery"),
      ". Sponge and needle counts were correct x2, confirmed by ", P(rn), ", RN. The patient tolerated the procedure well "
      "and was taken to PACU in stable condition.\n\n", P(surg, "fml"), ", MD\n\nD: ", D(d0, "mdy"), " ", tm(),
      "\nT: ", D(plus(d0, 1, 2), "mdy"), " ", tm(), "\nJob #: ", ID("ID_NUMBER", dig(6)), "   Doc #: ", ID("ID_NUMBER", dig(7)),
      "\n\ncc: ", dr(ref, "fl"), ", ", FAC("clinic"), "\n    ", P(person(), "lf"), ", MD\n")

def t_micro(b, c):
    pt, d0, age = c["pt"], c["d0"], R.randint(19, 89)
    ordp, rn, tech, lab = person(), person(), person(), fac_name("hosp")
    org, gram, drugs = R.choice([("Staphylococcus aureus (MRSA)", "Gram-positive cocci in clusters", ["Oxacillin       >2     R", "Vancomycin      1      S",
                                                             "Clindamycin     <=0.25 S", "Trimeth/Sulfa   <=10   S"]),
                           ("Escherichia coli", "Gram-negative rods", ["Ampicillin      >16    R", "Ceftriaxone     <=1    S",
                                                 "Ciprofloxacin   >2     R", "Nitrofurantoin  <=16   S"]),
                           ("Klebsiella pneumoniae", "Gram-negative rods", ["Cefazolin       8      I", "Gentamicin      <=1    S",
                                                      "Meropenem       <=0.25 S"])])
    b("*** ", R.choice(["FINAL", "PRELIMINARY", "CORRECTED"]), " REPORT ***\n", FAC(name=lab), " Laboratory  |  ", ADDR(),
      "  |  ", PH(), "\n\nName: ", P(pt, "LFM"), "          MRN: ", ID("MEDICAL_RECORD_NUMBER"), "   FIN: ",
      ID("ACCOUNT_NUMBER"), "\nDOB: ", D(dob(d0, age), "dmon"), "   Age: ", K(f"{age}Y"), "   Sex: ", pt["sex"],
      "   Loc: 5E-512-B\nOrdering: ", P(ordp, "LF"), ", MD\nAccession: ", ID("ID_NUMBER", f"{d0.year % 100}-MB-{dig(6)}"),
      "\nCollected: ", D(d0, "dmon"), " ", tm(), "   Received: ", D(d0, "dmon"), " ", tm(), "\nVerified: ",
      D(plus(d0, 2, 3), "dmon"), " ", tm(), "\nSource: ", R.choice(["Blood, peripheral", "Urine, clean catch", "Wound, sacral"]),
      "\n\n", K("Gram stain"), ": ", K(gram),
      "\nCulture: ", K(org), ", growth at ", K(R.choice(["18 hours", "24 hours", "36 hours"])),
      "\nSusceptibility (MIC, ", K("Kirby-Bauer"), " confirmation):\n", [["  ", K(x), "\n"] for x in drugs],
      "\nChemistry (same draw): ", labs(), "\nPrinted: ", D(plus(d0, 2, 4), "compact"), "\nCOMMENT: Critical value called to and read back by ", P(rn), ", RN on ",
      D(plus(d0, 1, 1), R.choice(["mdy", "md"])), " at ", tm(), " by ", P(tech, "ini"), ".\nPerformed at: ", FAC(name=lab),
      " Microbiology, ", ADDR(), ". Medical Director: ", P(person(), "fml"), ", MD, PhD. CLIA ",
      ID("ID_NUMBER", f"{dig(2)}D{dig(7)}"), "\n")

def t_ems(b, c):
    pt, d0, age = c["pt"], c["d0"], R.choice([R.randint(18, 89), old()])
    medic, emt, rn, bys = person(), person(), person(), person()
    mvc, ts = R.random() < .5, tseq(6)
    b(COUNTY(), " EMS - PATIENT CARE REPORT\nIncident #: ", ID("ID_NUMBER", f"{d0.year}-{dig(6)}"), "   PCR #: ",
      ID("ID_NUMBER", dig(8)), "   Date: ", D(d0, R.choice(["mdy", "mdy_np"])), "   Unit: Medic ", str(R.randint(2, 40)),
      "\nTimes: Dispatch {} | On scene {} | Transport {} | At destination {}".format(*ts[:4]),
      "\nIncident location: ", ("STREET_ADDRESS", street()), ", ", CITY(), "\n\nPatient: ", P(pt, "lf"), "   DOB: ",
      D(dob(d0, age), "mdy"), "   Age: ", AGE(age, "{}"), "   Sex: ", pt["sex"], "   SSN: ", ID("US_SSN"), "\nHome address: ", ADDR(), "   Phone: ", PH(),
      "\nCrew: ", P(medic), ", NRP (Lic # ", ID("LICENSE_NUMBER"), "); ", P(emt), ", EMT-B (Lic # ", ID("LICENSE_NUMBER"),
      ")\n\nCC: ", "MVC, neck pain" if mvc else c["cc"].replace("a ", "", 1), "\nNARRATIVE: Medic unit dispatched priority 1. ")
    if mvc:
        b("Pt was the restrained driver of a ", R.choice(["silver sedan", "white pickup", "blue minivan"]), ", plate ",
          ID("VEHICLE_ID"), ", VIN ", ID("VEHICLE_ID", vin()), ", struck on the driver side at approx 35 mph. Airbags "
          "deployed. Bystander ", P(bys), " stated the pt was briefly unresponsive. Pt extricated with ",
          K("Kendrick extrication device"), ", c-collar applied, full spinal motion restriction. ")
    else:
        b(P(bys, "f"), " (neighbor) found pt on the porch and called 911. Pt ", K(R.choice(["GCS 13", "GCS 14", "GCS 9"])),
          ", ", K("Cincinnati Prehospital Stroke Scale"), " negative, ", K("blood glucose 142 mg/dL"), ". Given ",
          K(R.choice(["Narcan 4 mg IN", "aspirin 324 mg PO chewed", "nitroglycerin 0.4 mg SL x2", "Zofran 4 mg ODT"])), ". ")
    b(start(["Denies", "Lungs", "Skin", "Pain", "Abdomen"]), "\n\nVITALS:\n", [[t, "  ", vitals(), "\n"] for t in ts[4:]], "\nTransported to ", FAC(),
      " without incident; care and report transferred to ", P(rn), ", RN in ", R.choice(["Trauma Bay 2", "ED room 14"]),
      ".\nSigned: ", P(medic, "fml"), ", NRP\n")

def t_hospice(b, c):
    pt, d0, age = c["pt"], c["d0"], old()
    dau, son, md, sw, chap, liaison = person("F"), person("M", c["pt"]["l"]), person(), person(), person(), person()
    hosp = fac_name()  # reused for the URL domain
    b("PALLIATIVE CARE - FAMILY MEETING NOTE\n", FAC(name=hosp), "\nDate of meeting: ", D(d0, "wdf"),
      "   Time: 1500-1605\nLocation: 6 North family conference room\n\nParticipants:\n  - ", P(dau),
      " (daughter, health care proxy)\n  - ", P(son), " (son), by phone from ", CITY(), "\n  - ", cred(md, "MD"),
      " (hospital medicine)\n  - ", cred(sw, "LICSW"), "\n  - Rev. ", P(chap), ", chaplain\n\nSUMMARY\n",
      P(dau, "f"), " and ", P(son, "f"), " arrived at 3 pm after spending the morning with their ", c["parent"], ". ",
      c["Mx"], " ", P(pt, "l"), " is ", art(age), " ", AGE(age), " ", c["man"], " with ", K("Alzheimer dementia"), " (", K("FAST stage 7c"),
      ") and ", K(R.choice(EPON)), ", admitted on ", D(plus(d0, -6, -2), "ord"), " with aspiration pneumonia. ",
      K("Palliative Performance Scale 20%"), "; eating less than ", K("25% of meals"), " for ", K(R.choice(DUR)),
      ". Overnight nursing noted ", K("Cheyne-Stokes respirations"), ".\n\n", dr(md), " reviewed the trajectory of illness. ",
      P(dau, "f"), "'s understanding is that ", c["he"], " is dying. \"", c["He"], " always said ", c["he"],
      " never wanted machines,\" ", P(son, "f"), " shared. ", P(sw, "f"), " provided grief resources.\n\nDECISIONS\n",
      "1. DNR/DNI confirmed; MOLST completed and signed.\n2. Transition to comfort-focused care; ",
      K("Roxanol 5 mg SL q2h prn dyspnea"), ", ", K(R.choice(["Ativan 0.5 mg SL q4h prn agitation", "Haldol 0.5 mg SC q6h prn"])),
      ", ", K("glycopyrrolate 0.2 mg SC q4h prn secretions"), ".\n3. Referral to ", FAC("hospice"),
      "; liaison ", P(liaison), " to meet family on ", D(plus(d0, 1, 3), R.choice(["wd", "mday", "ordof"])), ".\n\n",
      P(dau, "f"), " can be reached at ", PH(), " or ", EMAIL(dau), ". Hospice info: ", URL(dom_of(hosp)),
      "\nTime spent: ", K("75 minutes"), ", greater than 50% in counseling.\n", cred(md, "MD", "fml"), "\n")

def t_bh(b, c):
    pt, d0 = c["pt"], c["d0"]
    teen = R.random() < .5
    age = R.randint(13, 17) if teen else R.randint(19, 64)
    mom, clin, pcp, other = person("F", pt["l"]), person(), person(), person()
    b("BEHAVIORAL HEALTH INTAKE ASSESSMENT\n", FAC("bh"), "\n\nClient: ", P(pt, "fml"), "    DOB: ", HD(dob(d0, age)),
      "    MRN: ", ID("MEDICAL_RECORD_NUMBER"), "\nDate of intake: ", HD(d0), "    Clinician: ", cred(clin, "LMHC"),
      "\nReferral source: PCP ", dr(pcp), " at ", FAC("clinic"), "\n\nIDENTIFYING INFORMATION: Client is a ", AGE(age), " ",
      "adolescent" if teen else R.choice(["single ", "divorced ", "married "]) + c["man"],
      " presenting with depressed mood and insomnia for ", K(R.choice(DUR)), ".\n\n", P(pt, "f"),
      " reports \"I just can't get out of bed anymore.\" ", c["He"], " denies a plan or intent.\n\nCOLLATERAL:\n- Mother, ",
      P(mom), ", by phone (", PH(), ") with client's verbal consent. ", P(mom, "f"), " reports ", c["he"],
      " has been isolating in ", c["his"], " room.\n")
    if teen:
        b("- School counselor Ms. ", P(other, "l"), " reports ", K("3 weeks"), " of missed classes; ",
          P(person(), "f"), ", a classmate, told staff about a post on social media.\n")
    else:
        b("- Supervisor at the warehouse, ", P(other), ", called with client's consent; ", P(other, "f"),
          " confirms two no-call/no-shows this month. ", P(person(), "f"), " (partner) could not be reached.\n")
    b("\nSCREENING: ", KJ([f"PHQ-9 {R.randint(10, 26)}", f"GAD-7 {R.randint(5, 21)}", f"AUDIT-C {R.randint(0, 9)}"]),
      "; ", K("Columbia Suicide Severity Rating Scale"), ": passive ideation, no behavior.\nHistory: prior admission to ",
      FAC("bh"), " in ", str(d0.year - R.randint(1, 6)), "; family history of ", K(R.choice(["Tourette syndrome", "Huntington disease",
                                                                                             "bipolar I disorder"])),
      ".\nMedications: ", K(R.choice(["sertraline 100 mg daily", "fluoxetine 20 mg daily"])), "; previously ",
      K(R.choice(["Lexapro 10 mg", "Wellbutrin XL 150 mg"])), " (stopped after ", K("2 months"), ").\n\nPLAN: weekly CBT with ",
      P(clin, "f"), "; safety plan reviewed; ", K("988 Suicide & Crisis Lifeline"), " provided. Next appointment ",
      D(plus(d0, 6, 9)), ".\n", P(clin, "fml"), ", LMHC\n")

def t_ob(b, c):
    pt, d0, age = person("F"), c["d0"], R.randint(17, 44)
    c["pt"] = pt
    (prel, partner), ob, cnm = kin(["partner", "husband", "partner"]), person(), person("F")
    ga = R.randint(30, 41)
    b("L&D TRIAGE NOTE\n", FAC("hosp"), " - Labor and Delivery\n\n", P(pt, "LF"), "   MRN ", ID("MEDICAL_RECORD_NUMBER"),
      "   DOB ", HD(dob(d0, age)), "\nArrival: ", D(d0, "mdy_np"), " ", tm(), "\n\nS: ", AGE(age, "{} yo"), " ",
      K(f"G{R.randint(1, 5)}P{R.randint(0, 3)}"), " at ", K(f"{ga}w{R.randint(0, 6)}d"), " by ", K("8 week ultrasound"),
      ", EDD ", D(plus(d0, (40 - ga) * 7 - 3, (40 - ga) * 7 + 3), R.choice(["mdy", "long", "md"])),
      ", presents with contractions since 0200 and ", R.choice(["leakage of clear fluid", "no leakage of fluid"]),
      ". Prenatal care with ", dr(ob), " at ", FAC("ob"), ". ", prel.capitalize(), " ", P(partner, "f"),
      " at bedside. Reports ", K("Braxton Hicks contractions"), " earlier this week. GBS ",
      R.choice(["negative", "positive"]), " on ", D(plus(d0, -28, -7), "md"), ".\n\nO: ", vitals(), "\nFHT: ",
      K(f"baseline {R.randint(120, 155)}"), ", moderate variability, + accels, no decels - ", K("Category I"),
      "\nToco: ctx ", K(f"q{R.randint(2, 8)} min"), "\nSVE: ", K(f"{R.randint(1, 6)}/{R.choice([50, 70, 80, 90])}/-1"),
      "; ", K("Nitrazine"), " positive, ", K("ferning"), " present; ", K("Leopold maneuvers"), " c/w vertex; ",
      K(f"Bishop score {R.randint(4, 11)}"), "\n\nA/P: Active labor. Admit to L&D. ", K("Pitocin per protocol"),
      " if needed; ", K("penicillin G 5 million units IV"), " if GBS+. Discussed with ", dr(ob, "fl"),
      " by phone. ", K("Edinburgh Postnatal Depression Scale"), " to be done postpartum.\n", P(cnm), ", CNM  pager ", PH(), "\n")

def t_peds(b, c):
    pt, d0 = c["pt"], c["d0"]
    yrs = R.choice([2, 4, 5, 7, 9, 11])
    mom, dad = person("F", pt["l"]), person("M", pt["l"])
    sib1, sib2, teacher, prov = person("M", pt["l"]), person(last=pt["l"]), person("F"), person()
    b(FAC("peds"), "\nWELL CHILD CHECK - ", K(f"{yrs} year"), "\n\nPatient: ", P(pt), "   DOB: ", HD(dob(d0, yrs)),
      "   Visit: ", HD(d0), "\nAccompanied by: mother ", P(mom), " and ", R.choice(["younger", "older"]), " brother ",
      P(sib1, "f"), ".\n\nINTERVAL HISTORY: ", P(pt, "f"), " is doing well. ", c["He"], " lives with mom, dad (",
      P(dad, "f"), ") and siblings ", P(sib1, "f"), " (", K(f"age {R.randint(1, 14)}"), ") and ", P(sib2, "f"), " (",
      K(f"age {R.randint(1, 14)}"), ") in ", CITY(), ". ", c["His"], " teacher, Mrs. ", P(teacher, "l"),
      ", says ", c["he"], " is reading at grade level. ", P(mom, "f"), " and ", P(dad, "f"),
      " take turns with bedtime. No ER visits since ", D(plus(d0, -200, -60), R.choice(["mday", "long"])), ".\n\nGROWTH: ",
      KJ([f"Wt {R.randint(11, 45)}.{R.randint(0, 9)} kg ({R.randint(5, 95)}th %ile)", f"Ht {R.randint(85, 150)} cm",
          f"BMI {R.randint(14, 22)}.{R.randint(0, 9)}"]), "\nDEVELOPMENT: ", K("Denver II"), " passed; ",
      K(f"Tanner stage {1 if yrs < 10 else 2}"), ".\nEXAM: ", start(), "Negative ", K("Ortolani and Barlow maneuvers"),
      " at prior visits. ", K("Mongolian spots"), " over sacrum, stable.\nIMMUNIZATIONS: ",
      KJ(R.sample(["Kinrix", "ProQuad", "Vaxelis", "Flulaval 0.5 mL IM", "Gardasil 9"], 2)),
      " given; VIS provided.\nPLAN: ", K("Vitamin D 400 IU daily"), "; dental referral; anticipatory guidance. ",
      "Dad, ", P(dad, "f"), ", asked for a call back at ", PH(), ". Next visit on or about ", D(plus(d0, 330, 380), "mday"),
      ".\n", P(prov, "fml"), ", ", R.choice(["MD", "CPNP", "DO"]), "\n")

def t_eye(b, c):
    pt, d0, age = c["pt"], c["d0"], R.choice([R.randint(45, 89), old()])
    ref, tech, clinic = person(), person(), fac_name("eye")
    b(FAC(name=clinic), "\nComprehensive Eye Exam\n\nPatient: ", P(pt, "lf"), "   DOB: ", HD(dob(d0, age)), "   Acct #: ",
      ID("ACCOUNT_NUMBER"), "\nDate of service: ", HD(d0), "\nReferring: ", dr(ref, "fl"), ", ", FAC("clinic"),
      "\n\nCC: blurry vision OU, worse in the morning, for ", K(R.choice(DUR)), ".\nHx: ", AGE(age), " ", c["man"], " with ",
      K(R.choice(["Graves disease", "Sjogren syndrome", "Marfan syndrome", "Hashimoto thyroiditis"])), ". Drops: ",
      K(R.choice(["Lumigan 0.01% qHS OU", "Xalatan 0.005% qHS OS", "Restasis BID OU"])), ".\n\nVA (", K("Snellen"),
      ", cc): ", KJ([f"OD 20/{R.choice([20, 25, 30, 40, 60])}", f"OS 20/{R.choice([20, 25, 30, 40, 70])}"]), "\nIOP (",
      K("Goldmann applanation"), "): ", K(f"{R.randint(11, 28)}/{R.randint(11, 28)} mmHg"), " at ", tm(),
      "\nPupils: PERRL, no APD (", K("Marcus Gunn"), " negative)\n", K("Amsler grid"), ": ",
      R.choice(["normal OU", "metamorphopsia OS"]), "; ", K("Schirmer test"), " ", K(f"{R.randint(3, 15)} mm"), " OD\n",
      "SLE: ", K("Fuchs endothelial dystrophy"), " with central guttae OU; ", K("2+ nuclear sclerosis"), "\nDFE: ",
      K(f"C/D 0.{R.randint(3, 8)}"), " OU, flat macula\n\nA/P:\n1. ", K("Fuchs dystrophy"), " - start ",
      K("Muro 128 5% drops QID"), ".\n2. Cataract OU - discuss phaco when ", K("Fuchs dystrophy"), " stable.\n",
      "RTC ", K("3 months"), " (", D(plus(d0, 85, 95), R.choice(["md", "mday", "ord"])), "). Tech: ", P(tech, "inid"),
      "\nElectronically signed by ", P(person(), "fl"), ", MD on ", D(d0, "mdy"), " ", tm(), "\n")

def t_dental(b, c):
    pt, d0, age = c["pt"], c["d0"], R.randint(8, 86)
    dds, hyg = person(), person("F")
    tooth, (rel, relp) = R.randint(2, 31), kin(["wife", "husband", "mother", "daughter", "son"])
    b(FAC("dental"), "  -  Progress Note\nPt: ", P(pt), "   DOB: ", HD(dob(d0, age)), "   Chart #: ",
      ID("MEDICAL_RECORD_NUMBER"), "\nDate: ", HD(d0), "   Provider: Dr. ", P(dds, "l"), ", DDS   Assistant: ", P(hyg, "f"),
      "\n\nCC: \"my back tooth is killing me\" x ", K(R.choice(DUR)), ".\nMed hx: ", K(R.choice(EPON)), "; takes ",
      K(R.choice(BRANDS)), ". ", K("ASA II"), ". BP today ", K(f"{R.randint(100, 170)}/{R.randint(60, 100)}"), ".\n",
      "EXAM: ", K(f"#{tooth} MOD caries"), ", percussion +, cold test lingering. ", K("Fordyce granules"),
      " bilateral buccal mucosa. ", K("Stensen duct"), " patent. No swelling of floor of mouth; no signs of ",
      K("Ludwig angina"), ".\nPA radiograph: periapical radiolucency ", K(f"#{tooth}"), ".\n\nTX: ",
      K("2% lidocaine with 1:100,000 epi, 2 carpules (3.4 mL)"), " IANB. Pulpectomy ", K(f"#{tooth}"), ", ",
      K("calcium hydroxide"), " placed, temp ", K("Cavit"), ".\nRx: ", K("amoxicillin 500 mg TID x 7 days"), "; ",
      K("Peridex 0.12% rinse BID"), "; ", K("ibuprofen 600 mg q6h prn"), ".\nPt's ",
      rel, " ", P(relp, "f"), " will drive. Next appt ", D(plus(d0, 7, 21)), " at ", ctm(), " with ", P(dds, "f"), ". Reminder texted to ", PH(), ".\n")

def t_prior_auth(b, c):
    pt, d0, age = c["pt"], c["d0"], R.randint(18, 80)
    doc, rep, clinic = person(), person(), fac_name("clinic")
    drug = R.choice([("Dupixent 300 mg SC every 2 weeks", "moderate-to-severe atopic dermatitis", "triamcinolone 0.1% cream"),
                     ("Humira 40 mg SC every 2 weeks", "Crohn disease", "mesalamine 4.8 g daily"),
                     ("Ozempic 1 mg SC weekly", "type 2 diabetes, A1c 9.4%", "metformin 1000 mg BID"),
                     ("Aimovig 70 mg SC monthly", "chronic migraine", "topiramate 50 mg BID")])
    b(FAC(name=clinic), "\n", ADDR("\n"), "\nPhone ", PH(), "   Fax ", PH(), "\n\n", D(d0, R.choice(["long", "abbr"])),
      "\n\n", R.choice(["BlueCross BlueShield", "Aetna Better Health", "UnitedHealthcare Community Plan", "Tufts Health Plan"]),
      "\nAttn: Pharmacy Prior Authorization\nFax: ", PH(), "\n\nRE: ", P(pt), "\nDOB: ", HD(dob(d0, age)), "\nMember ID: ",
      ID("HEALTH_PLAN_NUMBER"), "\nGroup #: ", ID("HEALTH_PLAN_NUMBER", dig(6)), "\nReference #: ", ID("ID_NUMBER"),
      "\n\nTo Whom It May Concern:\n\nI am writing on behalf of my patient, ", c["Mx"], " ", P(pt, "l"),
      ", to request coverage of ", K(drug[0]), " for ", K(drug[1]), ". ", c["He"], " has failed ", K(drug[2]), " for ",
      K(R.choice(DUR)), " and ", K(R.choice(BRANDS)), " with inadequate response. Most recent labs on ",
      D(plus(d0, -30, -5)), ": ", labs(), ". ", K(R.choice(["EASI score 28", "Harvey-Bradshaw Index 11", "HIT-6 score 66"])),
      ".\n\nYour denial dated ", D(plus(d0, -14, -3), R.choice(["long", "mdy"])), " (spoke with ", P(rep, "f"),
      ", representative ", ID("ID_NUMBER", up(2) + dig(4)), ") cited step therapy; the patient has met these criteria. "
      "Please contact my office with any questions.\n\nSincerely,\n\n", P(doc, "fml"), ", MD\nNPI: ",
      ID("ID_NUMBER", "1" + dig(9)), "   DEA: ", ID("LICENSE_NUMBER", up(2) + dig(7)), "\n", EMAIL(doc, dom_of(clinic)), "\n")

def t_death(b, c):
    pt, d0, age = c["pt"], c["d0"], old()
    rn, att = person(), person()
    (r1, k1), (r2, k2) = kin(["daughter", "son", "niece", "wife", "husband"], pt["l"]), kin(["grandson", "brother", "friend"])
    b("DEATH NOTE / PRONOUNCEMENT\n", FAC(), "   Unit: ", R.choice(["MICU", "7 West", "Oncology 5B"]),
      "\n\nCalled by ", P(rn), ", RN to evaluate ", P(pt, R.choice(["fl", "fml"])), " (MRN ", ID("MEDICAL_RECORD_NUMBER"),
      "), ", art(age), " ", AGE(age), " ", c["man"], " with ", K(R.choice(EPON)), " on comfort measures. On exam: no spontaneous "
      "respirations, no heart sounds auscultated for ", K("1 minute"), ", no carotid pulse, pupils fixed and dilated, no "
      "response to sternal rub. ", K("Cheyne-Stokes respirations"), " had been noted earlier in the shift.\n\n",
      "Time of death: ", tm(), " on ", D(d0, R.choice(["mdy", "long", "wdf", "dmy"])), ".\n\nFamily: ", c["His"], " ",
      r1, ", ", P(k1), ", was at the bedside. ", P(k2, "f"), " (", r2, ") notified by phone at ", PH(), ". Attending ", dr(att),
      " notified. Medical examiner notified; case # ", ID("ID_NUMBER", f"ME-{d0.year % 100}-{dig(4)}"),
      ", jurisdiction declined. Organ procurement referral # ", ID("ID_NUMBER", dig(7)), ". Autopsy declined.\n",
      "Body released to ", FAC("funeral"), ", ", CITY(), ".\n\n", cred(person(), "MD", "fml"), " (", R.choice(["PGY-2", "hospitalist"]),
      ")  pgr ", ("PHONE_NUMBER", dig(5)), "\n")

def t_ur(b, c):
    pt, d0, age = c["pt"], c["d0"], R.choice([R.randint(55, 89), old()])
    cm, rev, lia, niece = person("F"), person(), person(), person("F")
    snf1, snf2, hosp = fac_name("snf"), fac_name("snf"), fac_name()
    b("CASE MANAGEMENT / UTILIZATION REVIEW\nPt: ", P(pt, "LF"), "   MRN: ", ID("MEDICAL_RECORD_NUMBER"), "   Acct: ",
      ID("ACCOUNT_NUMBER"), "\nAdmit: ", HD(d0), "   Status: Inpatient   LOS: ", K(f"{R.randint(2, 9)} days"),
      "   SSN: ", ID("US_SSN"), "\nPayer: Medicare Advantage; member ", ID("HEALTH_PLAN_NUMBER"), "; auth # ", ID("ID_NUMBER"), "\n\n",
      "REVIEW: ", K("InterQual"), " acute criteria met day 1-3 for ", c["cc"], " with ", K(R.choice(EPON)), ". ",
      "Clinicals faxed to ", P(rev, "f"), " at payer (", PH(), ") on ", D(plus(d0, 1, 3), "md"), ".\n\n",
      "DISCHARGE PLANNING: ", AGE(age), " ", c["man"], " lives alone at ", ADDR(), ". ", K("Hoyer lift"),
      " not needed; ambulates ", K("50 feet"), " with RW per PT, ", K("AM-PAC 14"), ". Niece ", P(niece),
      " is emergency contact (", PH(), "). Referrals sent to ", FAC(name=snf1), " and ", FAC(name=snf2), "; accepted by ",
      FAC(name=snf1), ", bed available ", D(plus(d0, 3, 6), R.choice(["wd", "mday", "mdy"])), ". Liaison ", P(lia), " ",
      PH(), ". ", P(niece, "f"), " agrees with plan.\n\n", P(cm, "f"), "\n", P(cm), ", RN, BSN | Case Manager | ", FAC(name=hosp),
      "\np: ", PH(), " | ", EMAIL(cm, dom_of(hosp)), "\n")

def t_chaplain(b, c):
    pt, d0, age = c["pt"], c["d0"], R.choice([R.randint(30, 89), old()])
    spouse, gkid, rn, chap, priest = person(), person("M", pt["l"]), person("F"), person(), person("M")
    b("SPIRITUAL CARE NOTE\n", FAC(), "\nDate: ", HD(d0), "   Time: ", tm(), "\n\nVisited ", P(pt, "f"), " in room ",
      str(R.randint(201, 940)), " at the request of RN ", P(rn, "f"), ". ", c["Mx"], " ", P(pt, "l"), " is ", art(age), " ", AGE(age), " ",
      c["man"], " with ", K(R.choice(EPON)), ", hospitalized for ", K(R.choice(DUR)), ". ", P(spouse, "f"),
      " and their grandson ", P(gkid, "f"), " were present. ", P(gkid, "f"), " read a psalm aloud. Patient identifies as ",
      R.choice(["Catholic", "Baptist", "Muslim", "Jewish", "spiritual but not religious"]),
      " and described fear of being a burden. Offered presence, life review and prayer. ", P(spouse, "f"),
      "'s sister, ", P(person("F")), ", is expected from ", CITY(), " on ", D(plus(d0, 1, 4), R.choice(["wd", "ordof", "ord"])),
      ".\nRequested sacrament; ", R.choice(["Fr. ", "Rev. ", "Imam ", "Rabbi "]), P(priest), " contacted (", PH(), ").\n",
      start(), "\nPlan: follow up ", D(plus(d0, 1, 2), "wd"), ".\n\n", P(chap), ", MDiv, BCC - Staff Chaplain  pager ",
      ("PHONE_NUMBER", f"{R.randint(2, 9)}-{dig(4)}"), "\n")

def t_interp(b, c):
    pt, d0, age = c["pt"], c["d0"], R.randint(20, 89)
    interp, prov, dau = person(), person(), person("F", pt["l"])
    lang = R.choice(["Spanish", "Haitian Creole", "Vietnamese", "Somali", "Portuguese", "Mandarin", "Arabic"])
    b(FAC("clinic"), "\nOFFICE VISIT - INTERPRETER-MEDIATED\nPatient: ", P(pt, "LFM"), "  MRN ", ID("MEDICAL_RECORD_NUMBER"),
      "  DOB ", HD(dob(d0, age)), "\nVisit date: ", HD(d0), "\nLanguage: ", lang, ". ",
      R.choice(["In-person interpreter ", "Video interpreter "]), P(interp), ", ID# ", ID("ID_NUMBER", dig(6)),
      ", used for the entire visit. Daughter ", P(dau, "f"), " present but did not interpret per policy.\n\n",
      "HPI: ", AGE(age), " ", c["man"], " with ", K(R.choice(EPON)), ". Via interpreter, patient states \"",
      R.choice(["my knees hurt when I climb stairs", "I feel dizzy when I stand up", "the sugar pills upset my stomach"]),
      "\" for ", K(R.choice(DUR)), ". ", start(), "\nMeds: ", KJ(meds(3)), "\nVitals: ", vitals(), "\nExam: ",
      K(R.choice(SIGNS)), " ", R.choice(["positive", "negative"]), "; ", start(), "\nA1c ", K(f"{R.randint(55, 112) / 10}%"),
      " on ", D(plus(d0, -40, -10), R.choice(["md", "mdy"])), ".\n\nPlan discussed; teach-back completed through ",
      P(interp, "f"), ". Prescriptions sent to ", FAC(name=f"{R.choice(FPRE)} Pharmacy"), " on ", ("STREET_ADDRESS", street()),
      ". Return ", K("4 weeks"), ".\n", P(prov, "fl"), ", ", R.choice(["MD", "NP", "PA-C"]), " / interpreter ", P(interp, "ini"), "\n")

def t_portal(b, c):
    pt, d0, age = c["pt"], c["d0"], R.choice([R.randint(50, 89), old()])
    kid, rn, doc, clinic = person(), person("F"), person(), fac_name("clinic")
    sent = dt.datetime(d0.year, d0.month, d0.day, R.randint(6, 22), R.randint(0, 59), R.randint(0, 59))
    b("MyChart Message\nFrom: ", P(kid), " (proxy for ", P(pt), ")\nSent: ", ("DATE", sent.isoformat()), "\nTo: ",
      FAC(name=clinic), " Cardiology Pool\nSubject: question about ", K(R.choice(["Eliquis", "Lasix", "Entresto", "Coumadin"])),
      "\n\nHi ", dr(doc), ",\nMy ", c["parent"], " (", P(pt, "f"), ") is ", AGE(age), " and has ", K(R.choice(EPON)),
      ". ", c["His"], " BP this morning was ", K(f"{R.randint(100, 170)}/{R.randint(55, 100)}"), " and weight up ",
      K("4 lbs"), " in ", K("3 days"), ". Should ", c["he"], " take an extra ", K("Lasix 20 mg"), "? We see you on ",
      D(plus(d0, 3, 12), R.choice(["wd", "ord", "md", "mday"])), ". You can call me at ", PH(), ".\nThanks,\n", P(kid, "f"),
      "\n", EMAIL(kid), "\n\n---- Reply ----\nFrom: ", P(rn), ", RN\nSent: ", D(d0, "mdy"), " ", tm(), "\n\nHi ", P(kid, "f"),
      ", I spoke with ", dr(doc), ". Yes, one extra ", K("Lasix 20 mg"), " today, and please log weights daily. ",
      "Go to the ED for ", K("SpO2 below 90%"), " or chest pain.\n\n", P(rn, "f"), "\n", P(rn), ", RN | Care Coordinator | ",
      FAC(name=clinic), "\np: ", PH(), " | ", EMAIL(rn, dom_of(clinic)), " | ", URL(dom_of(clinic)),
      "\n[Audit: message submitted from ", IP(), "]\n")

def t_sbar(b, c):
    pt, d0, age = c["pt"], c["d0"], R.choice([R.randint(25, 89), old()])
    team, rn1, rn2 = [(person(), r) for r in ("Attending", "Resident", "Charge RN", "Pharmacist")], person(), person()
    b("NURSING HANDOFF (SBAR)  ", D(d0, R.choice(["mdy", "md", "dmon"])), " ", tm(), "\nBed 4W-", str(R.randint(10, 40)),
      "  ", P(pt, "LFM"), "  ", AGE(age, "{}"), pt["sex"], "  MRN ", ID("MEDICAL_RECORD_NUMBER"),
      "\nCare team: ", [[P(p, "fl" if i % 2 else "lf"), f" ({role}); "] for i, (p, role) in enumerate(team)],
      "\n\nS: ", c["cc"].capitalize(), ", day ", K(str(R.randint(1, 6))), " of admission. ", K(R.choice(SCORES)), ".\nB: ",
      K(R.choice(EPON)), "; ", K(R.choice(EPON)), ". Pacemaker (", K("Medtronic Azure XT DR"), ") serial ", ID("DEVICE_ID"),
      "; insulin pump SN ", ID("DEVICE_ID"), " removed and bagged with belongings.\nA: ", vitals(), ". ", start(),
      K(R.choice(DEVS)), " in place. ", K("Morse Fall Scale 55"), ", ", K("Braden 13"), ".\nR: ", KJ(meds(2)),
      " due at 2100. Wife ", P(person("F"), "f"), " calling tonight - ok to update. ", P(team[1][0], "f"),
      " aware of K ", K("3.2"), ", repleting.\nGiven by ", P(rn1, "inid"), " to ", P(rn2), ", RN\n")

STYLES = {"mimic_discharge_bracketed": t_mimic, "transcribed_op_dictation": t_dictation, "cerner_micro_lab": t_micro,
          "ems_run_sheet": t_ems, "palliative_family_meeting": t_hospice, "behavioral_health_intake": t_bh,
          "ob_triage": t_ob, "peds_well_child": t_peds, "ophthalmology_clinic": t_eye, "dental_progress": t_dental,
          "prior_auth_letter": t_prior_auth, "death_pronouncement": t_death, "case_mgmt_ur": t_ur,
          "chaplain_note": t_chaplain, "interpreter_visit": t_interp, "portal_message_thread": t_portal,
          "nursing_sbar_handoff": t_sbar}

def make_context():
    pt = person()
    f = pt["sex"] == "F"
    return {"pt": pt, "d0": dt.date(2013, 1, 1) + dt.timedelta(days=R.randint(0, 4380)), "cc": R.choice(CC),
            "Mx": R.choice(["Ms.", "Mrs."]) if f else "Mr.", "man": "woman" if f else "man", "he": "she" if f else "he",
            "He": "She" if f else "He", "his": "her" if f else "his", "His": "Her" if f else "His",
            "him": "her" if f else "him", "parent": "mother" if f else "father"}

def validate(rec):  # in range, non-empty, no outer whitespace, no overlaps (phi/phi, phi/keep, keep/keep)
    text, spans = rec["text"], sorted((s["start"], s["end"]) for s in rec["phi"] + rec["keep"])
    for a, e in spans:
        assert 0 <= a < e <= len(text) and text[a:e] == text[a:e].strip(), (rec["note_id"], a, e, text[a:e])
    assert all(CAT[s["entity"]] == s["category"] for s in rec["phi"])
    assert all(e1 <= a2 for (_, e1), (a2, _) in zip(spans, spans[1:])), rec["note_id"]
    assert rec["phi"] and len(rec["keep"]) >= 3, rec["note_id"]

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--out", default="/work/heldout3/gold3.jsonl")
    a = ap.parse_args()
    R.seed(a.seed)
    assert len(set(GF + GM)) >= 200 and len(set(SUR)) >= 200
    names = list(STYLES)
    order = [names[i % len(names)] for i in range(a.n)]
    R.shuffle(order)
    cases = [None] * a.n  # 10% fully lower-case, 10% fully upper-case
    for j, i in enumerate(R.sample(range(a.n), a.n // 5)):
        cases[i] = "lower" if j % 2 == 0 else "upper"
    recs = []
    for i in range(a.n):
        b = Note(cases[i])
        STYLES[order[i]](b, make_context())
        recs.append({"note_id": f"Y{i + 1:04d}", "patient_id": f"YP{i + 1:04d}", "template": order[i],
                     "text": b.text(), "phi": b.phi, "keep": b.keep})
        validate(recs[-1])
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    print(f"wrote {a.n} notes to {a.out}; case: {dict(Counter(c or 'mixed' for c in cases))}")
    for label, key in (("category", "category"), ("entity", "entity")):
        print(f"per {label}:", dict(sorted(Counter(s[key] for r in recs for s in r["phi"]).items())))
    print("keep spans:", sum(len(r["keep"]) for r in recs), " per style:", dict(sorted(Counter(order).items())))

if __name__ == "__main__":
    main()

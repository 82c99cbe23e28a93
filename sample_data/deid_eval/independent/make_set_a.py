#!/usr/bin/env python3
"""Independent held-out gold set for clinical de-identification (stdlib only). Notes are assembled piece by piece by a
builder that records exact character offsets of PHI spans ("phi") and of clinical content that must survive ("keep").
Usage: python make_gold.py --n 400 --seed 11 --out gold_ext.jsonl"""
import argparse, datetime as dt, json, random, re
from collections import Counter

CAT = {"PERSON": "NAME", "DATE": "DATE", "AGE_90_PLUS": "AGE"}
CAT.update({e: "ID" for e in "MEDICAL_RECORD_NUMBER ACCOUNT_NUMBER ID_NUMBER HEALTH_PLAN_NUMBER "
            "US_SSN LICENSE_NUMBER DEVICE_ID VEHICLE_ID".split()})
CAT.update({e: "LOCATION" for e in "LOCATION STREET_ADDRESS ZIP_CODE FACILITY".split()})
CAT.update({e: "CONTACT" for e in "PHONE_NUMBER EMAIL_ADDRESS URL IP_ADDRESS".split()})

def W(s): return list(dict.fromkeys(s.split()))
def L(s): return list(dict.fromkeys(x.strip() for x in " ".join(s.split()).split(";") if x.strip()))

# ---------------------------------------------------------------- name lists
FEMALE = W("""Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra
Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia
Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Ruth Katherine Samantha Christine Emma Catherine Debra
Virginia Rachel Carolyn Janet Heather Diane Joyce Victoria Evelyn Judith Martha Gloria Doris Beverly Marilyn Theresa
Guadalupe Ximena Yesenia Marisol Lucia Graciela Esperanza Rocio Paola Valentina Alejandra Carmen Dolores Itzel Inés
María LaToya Shaniqua Keisha Imani Aaliyah Ebony Tamika Latrice Oluwakemi Chiamaka Ngozi Adaeze Folasade Yetunde Abena
Akosua Efua Wanjiru Njeri Hiwot Selam Meseret Fatuma Halima Priya Ananya Lakshmi Deepika Sunita Kavitha Pooja Meera
Nirmala Mei Xiuying Jing Yoko Haruka Keiko Ji-woo Min-ji Seo-yeon Thuy Linh Ngoc Hoa Siti Dewi Maricel Rowena Marites
Leilani Malia Noelani Fatima Aisha Layla Yasmin Noor Mariam Zeynep Shirin Svetlana Olga Natalia Irina Katarzyna
Agnieszka Magdalena Ivana Milena Ingrid Astrid Sigrid Freya Linnea Siobhan Niamh Aoife Saoirse Bridget Hope Faith Joy
April June Dawn Autumn Zoë""")
MALE = W("""James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Raymond Patrick Jack Dennis
Jerry Aaron Henry Walter Harold Arthur Eugene Russell Louis Roy Willie Earl José Juan Luis Carlos Jesus Miguel Alejandro
Francisco Javier Rafael Eduardo Ricardo Santiago Mateo Joaquin Ramón DeShawn Jamal Tyrone Darnell Marquis Terrell Malik
DeAndre Jermaine Reginald Oluwaseun Chukwuemeka Olufemi Adebayo Obinna Kwame Kofi Kwabena Tesfaye Abebe Dawit Yohannes
Mohamed Abdi Hassan Omar Ahmed Mustafa Khalid Tariq Youssef Ibrahim Rajesh Arjun Vikram Sanjay Ravi Suresh Anil Rahul
Venkatesh Harpreet Gurpreet Wei Jian Hao Ming Hiroshi Takeshi Kenji Satoshi Min-jun Ji-hoon Minh Tuan Duc Quang Arnel
Rodrigo Reynaldo Bayani Kekoa Makoa Sione Tevita Viliami Aleksandr Dmitri Sergei Vladimir Piotr Tomasz Krzysztof Bogdan
Nikola Lars Erik Anders Magnus Björn Søren Ciaran Padraig Declan Eoin Cormac Seamus Will Bill Rich Chase Hunter""")
SURNAMES = L("""Smith;Johnson;Williams;Brown;Jones;Garcia;Miller;Davis;Rodriguez;Martinez;Hernandez;Lopez;Gonzalez;
Wilson;Anderson;Thomas;Taylor;Moore;Jackson;Martin;Lee;Perez;Thompson;White;Harris;Sanchez;Clark;Ramirez;Lewis;Robinson;
Walker;Young;Allen;King;Wright;Scott;Torres;Hill;Flores;Green;Adams;Nelson;Baker;Hall;Rivera;Campbell;Mitchell;Carter;
Roberts;Gomez;Phillips;Evans;Turner;Diaz;Parker;Cruz;Edwards;Collins;Reyes;Stewart;Morris;Morales;Murphy;Cook;Rogers;
Gutierrez;Ortiz;Morgan;Cooper;Peterson;Bailey;Reed;Kelly;Howard;Ramos;Cox;Ward;Richardson;Watson;Brooks;Chavez;Wood;
James;Bennett;Gray;Mendoza;Ruiz;Hughes;Price;Alvarez;Castillo;Sanders;Myers;Long;Ross;Foster;Jimenez;Washington;
Jefferson;Freeman;Banks;Coleman;Jenkins;Mosley;Okafor;Adeyemi;Okonkwo;Nwosu;Eze;Obi;Mensah;Owusu;Boateng;Asante;Appiah;
Mwangi;Kamau;Otieno;Wanjiku;Haile;Bekele;Girma;Warsame;Farah;Hussein;Ali;Khan;Haddad;Nasser;Khoury;Hamdan;Al-Masri;
Abdullah;Rahman;Karimi;Hosseini;Yilmaz;Demir;Sharma;Gupta;Singh;Kumar;Reddy;Iyer;Menon;Nair;Chatterjee;Banerjee;Das;Rao;
Venkataraman;Krishnamurthy;Chaudhry;Qureshi;Chen;Wang;Zhang;Liu;Huang;Zhao;Wu;Zhou;Xu;Lin;Tanaka;Suzuki;Watanabe;
Takahashi;Yamamoto;Nakamura;Sato;Kim;Park;Choi;Jung;Kang;Cho;Nguyen;Tran;Le;Pham;Hoang;Vu;Dang;Bui;Santos;Bautista;
Villanueva;Aquino;Pascual;Dela Cruz;Kealoha;Kahananui;Fonoti;Tuilagi;Fifita;Taufa;Mahe;Kowalski;Nowak;Wisniewski;Wojcik;
Kaminski;Lewandowski;Ivanov;Petrov;Smirnov;Volkov;Sokolov;Popescu;Horvath;Novak;Dvorak;Jovanovic;Petrovic;Hansen;
Johansson;Lindqvist;Andersson;Nilsson;Larsen;Berg;Lindgren;Haugen;Virtanen;Korhonen;O'Neil;O'Brien;O'Connor;O'Sullivan;
McCarthy;Byrne;Gallagher;Doyle;Fitzgerald;Kavanagh;MacLeod;McDonald;van der Berg;De La Cruz;de Souza;dos Santos;Van
Buren;von Schmidt;Di Stefano;D'Angelo;St. Pierre;LeBlanc;DuBois;Garcia-Lopez;Smith-Jones;Okafor-Williams;Nguyen-Tran;
Martinez-Ruiz;Hernandez-Soto;Baptiste;Pierre;Jean-Louis;Toussaint;Etienne;Schmidt;Mueller;Schneider;Fischer;Weber;
Becker;Rossi;Russo;Ferrari;Esposito;Bianchi;Romano;Cohen;Levy;Friedman;Goldberg;Katz;Shapiro;Graves;Bell;Barrett;
Addison;Parkinson;Hope;Love;Fox;Rich;Church;Mann""")
NICK = {"William": "Bill", "Robert": "Bobby", "Elizabeth": "Liz", "Margaret": "Peggy", "Richard": "Rick",
        "James": "Jimmy", "Katherine": "Katie", "Jennifer": "Jen", "Patricia": "Patty", "Joseph": "Joe",
        "Michael": "Mike", "Alejandro": "Alex", "Francisco": "Paco", "Guadalupe": "Lupe", "José": "Pepe",
        "Oluwaseun": "Seun", "Olufemi": "Femi", "Chukwuemeka": "Emeka", "Aleksandr": "Sasha", "Dmitri": "Dima",
        "Deborah": "Debbie", "Thomas": "Tommy", "Edward": "Ted", "Dolores": "Lola", "Venkatesh": "Venky",
        "Kwabena": "Kobby", "Christopher": "Chris", "Rebecca": "Becky", "Samuel": "Sam", "Dorothy": "Dot"}
CITIES = L("""Springfield IL;Fairview OR;Riverside CA;Franklin TN;Greenville SC;Bristol CT;Clinton IA;Madison WI;
Georgetown KY;Salem OR;Marion OH;Dayton OH;Toledo OH;Akron OH;Tacoma WA;Spokane WA;Boise ID;Fresno CA;Modesto CA;
Bakersfield CA;Tucson AZ;Mesa AZ;El Paso TX;Laredo TX;Lubbock TX;Amarillo TX;Tulsa OK;Wichita KS;Omaha NE;Lincoln NE;Des
Moines IA;Cedar Rapids IA;Duluth MN;Rochester NY;Syracuse NY;Buffalo NY;Albany NY;Scranton PA;Allentown PA;Camden NJ;
Paterson NJ;Hartford CT;Worcester MA;Lowell MA;Providence RI;Burlington VT;Bangor ME;Augusta GA;Savannah GA;Macon GA;
Mobile AL;Biloxi MS;Shreveport LA;Baton Rouge LA;Jackson MS;Memphis TN;Knoxville TN;Chattanooga TN;Lexington KY;
Louisville KY;Gary IN;Fort Wayne IN;Kalamazoo MI;Flint MI;Lansing MI;Green Bay WI;Eau Claire WI;Fargo ND;Sioux Falls SD;
Billings MT;Cheyenne WY;Pueblo CO;Flagstaff AZ;Las Cruces NM;Reno NV;Eugene OR;Yakima WA;Hilo HI;Anchorage AK;
Brownsville TX;McAllen TX;St. Cloud MN;Ann Arbor MI;Chapel Hill NC;Winston-Salem NC;Wilkes-Barre PA;Coeur d'Alene ID;
Bismarck ND;Lake Charles LA""")
STREETS = W("""Maple Oak Elm Cedar Pine Walnut Chestnut Willow Birch Hickory Magnolia Dogwood Sycamore Main Church Mill
River Lake Park Highland Ridge Sunset Meadow Forest Spring Hillcrest Lincoln Washington Jefferson Franklin Orchard
Harbor Bayview Prospect Fairmont Kensington Juniper Aspen Laurel Poplar Cherry Grove""") + L(
    "Martin Luther King Jr;Cesar Chavez;Pleasant Valley;Old Mill;Country Club;Deer Creek;Red Oak;Fox Hollow")
SUFFIX = W("St Street Ave Avenue Rd Road Dr Drive Blvd Ln Lane Ct Way Pl Terrace Circle Pkwy")
PLACES = W("""Lakeside Riverbend Meadowbrook Pinecrest Fairhaven Northgate Westbrook Brookdale Stonegate Harborview
Crestwood Glenwood Oakmont Cedarbrook Willowbrook Summit Bayview Highland Ridgeview Valleyview Greenfield Maplewood
Sunnyside Elmhurst Foxborough Silvercrest Clearwater Heritage Prairie Ashford""")
SAINTS = W("Brigid Vincent Luke Agnes Jude Francis Elizabeth Joseph Anthony Catherine Clare Michael Raphael Cecilia")
EMAIL_DOM = W("gmail.com yahoo.com hotmail.com outlook.com aol.com icloud.com comcast.net proton.me att.net")
RELS = W("daughter son wife husband sister brother niece nephew granddaughter grandson partner neighbor friend "
         "mother father caregiver daughter-in-law son-in-law")

# ------------------------------------------------------------ keep content
EPO = {
 "dx": L("""Hashimoto's thyroiditis;Addison's disease;Wilson's disease;Huntington's chorea;Kaposi sarcoma;Meniere's
disease;Tourette syndrome;Down syndrome;Lyme disease;Parkinson's disease;Alzheimer's dementia;Crohn's disease;Graves'
disease;Cushing's syndrome;Guillain-Barre syndrome;Bell's palsy;Hodgkin lymphoma;Sjogren's syndrome;Raynaud's
phenomenon;Barrett's esophagus;Baker's cyst;Dupuytren's contracture;Paget's disease of bone;Marfan syndrome;
Ehlers-Danlos syndrome;Wernicke encephalopathy;Stevens-Johnson syndrome;Mallory-Weiss tear;Zenker's diverticulum;
Takotsubo cardiomyopathy;Wolff-Parkinson-White syndrome;Charcot foot;Peyronie's disease;Behcet's disease;von Willebrand
disease;Waldenstrom macroglobulinemia;Budd-Chiari syndrome;Fournier's gangrene;Ludwig's angina;de Quervain's
tenosynovitis;Klinefelter syndrome;Sheehan syndrome;Conn syndrome;Still's disease;Hirschsprung disease;Legionnaires'
disease;Prinzmetal angina;Buerger's disease;Osgood-Schlatter disease"""),
 "sign": L("""Murphy's sign;Homans sign;Kernig sign;Brudzinski sign;Babinski sign;Romberg sign;Tinel's sign;Phalen's
test;McMurray test;Lachman test;Chvostek sign;Trousseau sign;Rovsing's sign;McBurney's point tenderness;Grey Turner
sign;Cullen's sign;Hoffmann's sign;Spurling test;Finkelstein test;Trendelenburg gait;Kussmaul sign;Battle sign;
Dix-Hallpike maneuver;Virchow's node;Osler nodes;Janeway lesions;Roth spots;Korotkoff sounds"""),
 "proc": L("""Nissen fundoplication;Roux-en-Y gastric bypass;Whipple procedure;Hartmann's procedure;Billroth II
gastrojejunostomy;Lichtenstein hernia repair;Bankart repair;Latarjet procedure;Bentall procedure;Mohs surgery;Kasai
portoenterostomy;Ivor Lewis esophagectomy;Fontan procedure;Heller myotomy"""),
 "line": L("Hickman catheter;PICC line;Swan-Ganz catheter;Port-a-Cath;Quinton catheter;Groshong catheter"),
 "drain": L("Jackson-Pratt drain;Penrose drain;Hemovac drain;Blake drain;Pleur-evac chest drain"),
 "dev": L("Ommaya reservoir;Blakemore tube;Dobhoff tube;Salem sump;Impella device;Yankauer suction;Tenckhoff catheter"),
 "mob": L("Hoyer lift;Miami J collar;Philadelphia collar;Hoyer lift and wheelchair;Aspen LSO brace"),
 "msk": L("""Lachman test;McMurray test;Phalen's test;Tinel's sign;Spurling test;Finkelstein test;Homans sign;Patrick's
(FABER) test;Ober's test;Hawkins-Kennedy test;Neer test;Thompson test;Trendelenburg sign;Apley scratch test"""),
 "score": L("""Glasgow Coma Scale 14;Gleason 7;Mallampati class II;Bristol stool scale type 6;Norton scale 13;Braden
score 15;Ranson criteria 3;Wells score 4.5;CHA2DS2-VASc score 4;Epworth sleepiness scale 16;HAS-BLED score 2;Child-Pugh
class B;MELD score 18;Morse Fall Scale 55;modified Rankin scale 3;NIHSS 6;APACHE II 22;Killip class II;NYHA class III;
Karnofsky performance status 70;Hunt and Hess grade 2;Berg Balance Scale 38/56;Tinetti score 19/28;Caprini score 6;
Charlson comorbidity index 5"""),
 "pos": L("Trendelenburg position;reverse Trendelenburg position;Fowler's position;semi-Fowler's position;"
          "Sims' position;Valsalva maneuver;Epley maneuver;Kocher maneuver;Pringle maneuver;Seldinger technique"),
}
MEDS = [m.split("|") for m in L("""metoprolol tartrate|25 mg|PO BID;lisinopril|10 mg|PO daily;atorvastatin|40 mg|PO
nightly;Lipitor|80 mg|PO daily;Eliquis|5 mg|PO BID;apixaban|2.5 mg|PO BID;Xarelto|20 mg|PO daily with dinner;Keppra|500
mg|PO BID;levetiracetam|1000 mg|IV q12h;Lantus|22 units|subcut at bedtime;Humalog|4 units|subcut with meals;Norco|5/325
mg|PO q6h PRN pain;Dilaudid|0.5 mg|IV q3h PRN;Zosyn|4.5 g|IV q8h;Vancomycin|1250 mg|IV q12h;Tylenol|650 mg|PO q6h PRN;
acetaminophen|1 g|PO q8h;furosemide|40 mg|IV BID;Lasix|20 mg|PO daily;amlodipine|5 mg|PO daily;metformin|1000 mg|PO BID;
pantoprazole|40 mg|PO daily;Protonix|40 mg|IV daily;ondansetron|4 mg|IV q6h PRN nausea;Zofran|4 mg|ODT q8h PRN;
heparin|5000 units|subcut q8h;enoxaparin|40 mg|subcut daily;Lovenox|1 mg/kg|subcut q12h;warfarin|5 mg|PO daily;
Coumadin|2.5 mg|PO daily;prednisone|40 mg|PO daily;Solu-Medrol|125 mg|IV once;ceftriaxone|1 g|IV q24h;Rocephin|2 g|IV
daily;azithromycin|500 mg|PO daily;sertraline|50 mg|PO daily;Zoloft|100 mg|PO daily;gabapentin|300 mg|PO TID;
Neurontin|600 mg|PO TID;oxycodone|5 mg|PO q4h PRN;morphine|2 mg|IV q2h PRN;lorazepam|0.5 mg|PO q8h PRN;Ativan|1 mg|IV
once;Haldol|2 mg|IM once;quetiapine|25 mg|PO at bedtime;Seroquel|50 mg|PO qHS;levothyroxine|88 mcg|PO daily;
Synthroid|100 mcg|PO daily;tamsulosin|0.4 mg|PO daily;Flomax|0.4 mg|PO qHS;albuterol|2.5 mg|neb q4h PRN;DuoNeb|3 mL|neb
q6h;Spiriva|18 mcg|inhaled daily;Advair|250/50 mcg|1 puff BID;Entresto|24/26 mg|PO BID;Jardiance|10 mg|PO daily;
Ozempic|0.5 mg|subcut weekly;carvedilol|12.5 mg|PO BID;spironolactone|25 mg|PO daily;clopidogrel|75 mg|PO daily;
Plavix|75 mg|PO daily;aspirin|81 mg|PO daily;propofol|20 mcg/kg/min|IV gtt;fentanyl|50 mcg/hr|IV gtt;Precedex|0.4
mcg/kg/hr|IV gtt;norepinephrine|0.08 mcg/kg/min|IV gtt;Levophed|4 mcg/min|IV gtt;cefazolin|2 g|IV q8h;Ancef|2 g|IV
pre-incision;docusate|100 mg|PO BID;senna|8.6 mg|PO qHS;MiraLAX|17 g|PO daily;potassium chloride|20 mEq|PO once;
magnesium sulfate|2 g|IV once;Narcan|0.4 mg|IV PRN;Bactrim DS|1 tab|PO BID;nitrofurantoin|100 mg|PO BID;Keflex|500 mg|PO
QID;Augmentin|875 mg|PO BID;hydralazine|10 mg|IV q6h PRN;Coreg|6.25 mg|PO BID;Norvasc|10 mg|PO daily;donepezil|10 mg|PO
qHS;Sinemet|25/100 mg|PO TID;hydrocortisone|20 mg|PO qAM""")]
LABS = [x.split() for x in L("""Hgb 6.8 15.2 1;WBC 2.1 24.5 1;Plt 45 480 0;Na 124 148 0;K 2.9 6.1 1;Cl 92 112 0;HCO3 14
32 0;BUN 8 88 0;Cr 0.6 4.8 1;glucose 62 412 0;lactate 0.8 6.4 1;troponin 0.01 2.40 2;INR 0.9 4.2 1;A1c 5.4 12.9 1;BNP 40
2400 0;TSH 0.02 18.0 2;Mg 1.2 2.6 1;Phos 1.8 6.2 1;Ca 7.1 11.8 1;albumin 1.9 4.5 1;AST 14 480 0;ALT 10 390 0;Tbili 0.3
8.9 1;procalcitonin 0.05 12.0 2;CRP 0.4 28.0 1;ESR 5 110 0;PSA 0.5 24.0 1""")]
CC = L("""shortness of breath;chest pain;abdominal pain;fever and chills;productive cough;bilateral leg swelling;acute
confusion;dizziness;generalized weakness;nausea and vomiting;a syncopal episode;palpitations;dysuria;headache;low back
pain;melena;hematuria;worsening fatigue;right knee pain;a mechanical fall""")
DURS = ["for {n} days", "x{n} weeks", "over the past {n} months", "for the past {n} hours", "x {n} days",
        "for about {n} weeks", "for {n}+ years", "for {n} days", "over {n} weeks", "x{n}d"]
ABX = set(W("Zosyn Vancomycin ceftriaxone Rocephin azithromycin cefazolin Ancef Bactrim nitrofurantoin Keflex Augmentin"))
MEDKIND = {None: lambda m: True, "gtt": lambda m: "gtt" in m[2], "abx": lambda m: m[0].split()[0] in ABX,
           "prn": lambda m: "PRN" in m[2], "home": lambda m: not re.search(r"\b(IV|IM|gtt|once|pre-incision)\b", m[2]), "iv": lambda m: "IV" in m[2]}
MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
NAME_FMTS = ["full", "full", "full", "fml", "il", "l", "f"]

def ordinal(n): return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"

def fdate(d, f):
    m, dd, y, mo = d.month, d.day, d.year, MONTHS[d.month - 1]
    return {"mdY": f"{m:02d}/{dd:02d}/{y}", "mdy_nz": f"{m}/{dd}/{y}", "mdy2": f"{m}/{dd}/{y % 100:02d}",
            "iso": d.isoformat(), "long": f"{mo} {dd}, {y}", "abbr": f"{mo[:3]} {dd}, {y}", "abbr_nd": f"{mo[:3]} {dd}",
            "dmy_abbr": f"{dd:02d}-{mo[:3]}-{y}", "dmy_long": f"{dd} {mo} {y}", "dm": f"{dd} {mo}",
            "ord": f"the {ordinal(dd)} of {mo}", "md": f"{m}/{dd}", "md_ord": f"{mo} {ordinal(dd)}",
            "dash": f"{m:02d}-{dd:02d}-{y}", "compact": f"{dd:02d}{mo[:3].upper()}{y}",
            "abbr_dot": f"{mo[:3]}{'' if m == 5 else '.'} {dd}", "dow": f"{DAYS[d.weekday()]}, {mo} {dd}",
            "ymd_slash": f"{y}/{m:02d}/{dd:02d}"}[f]
DF_FORMAL = ["mdY", "mdY", "mdy_nz", "iso", "long", "dmy_abbr", "dash", "compact", "ymd_slash"]
DF_ANY = DF_FORMAL + ["mdy2", "abbr", "abbr_nd", "dmy_long", "dm", "ord", "md", "md_ord", "abbr_dot", "dow"]

class Person:
    def __init__(s, r, sex=None, last=None):
        s.sex = sex or r.choice("FM")
        s.first = r.choice(FEMALE if s.sex == "F" else MALE)
        s.last = last or r.choice(SURNAMES)
        s.mid = r.choice("ABCDEFGHJKLMNPRSTW")
        s.nick = NICK.get(s.first)
        s.hon = "Mr." if s.sex == "M" else r.choice(["Mrs.", "Ms.", "Ms."])
        s.he, s.his = ("he", "his") if s.sex == "M" else ("she", "her")

def fmt_name(p, f):
    F, La, M = p.first, p.last, p.mid
    return {"full": f"{F} {La}", "fml": f"{F} {M}. {La}", "lf": f"{La}, {F}", "LF": f"{La}, {F}".upper(),
            "lfm": f"{La}, {F} {M}", "il": f"{F[0]}. {La}", "l": La, "f": F, "nick": p.nick or F,
            "q": f'{F} "{p.nick}" {La}' if p.nick else f"{F} {La}", "FL": f"{F} {La}".upper()}[f]

class B:
    """Note builder: str -> plain text, (value, ENTITY) -> PHI span, (value, 'K') -> keep span."""
    def __init__(s): s.parts, s.n, s.phi, s.keep = [], 0, [], []
    def add(s, *items):
        for it in items:
            if it is None: continue
            if isinstance(it, list): s.add(*it); continue
            v, e = (it, None) if isinstance(it, str) else it
            if e and v:
                sp = {"start": s.n, "end": s.n + len(v)}
                if e == "K": s.keep.append(sp)
                else: sp.update(entity=e, category=CAT[e]); s.phi.append(sp)
            s.parts.append(v); s.n += len(v)
        return s

class G:
    """Per-note generator of PHI and clinical keep items."""
    def __init__(s, r, pt, d0): s.r, s.pt, s.d0 = r, pt, d0
    def c(s, x): return s.r.choice(x)
    def i(s, a, b): return s.r.randint(a, b)
    def pc(s, p): return s.r.random() < p
    def pat(s, p):  # '#' digit, '@' letter, '%' alnum
        return "".join(s.c("0123456789") if ch == "#" else s.c("ABCDEFGHJKLMNPRSTUVWXYZ") if ch == "@"
                       else s.c("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") if ch == "%" else ch for ch in p)
    # --- people
    def P(s, sex=None, last=None): return Person(s.r, sex, last)
    def n(s, p, f=None): return (fmt_name(p, f or s.c(NAME_FMTS)), "PERSON")
    def dr(s, p, f=None): return ["Dr. ", s.n(p, f or s.c(["l", "l", "full", "fml"]))]
    def sig(s, p, cred): return [s.n(p, s.c(["full", "full", "fml", "lf"])), ", " + cred]
    def who(s, p=None, start=True):  # subject reference
        p = p or s.pt; x = s.r.random()
        if x < .45: return [p.hon + " ", s.n(p, "l")]
        if x < .65: return [s.n(p, "full")]
        if x < .8: return [s.n(p, "l")]
        if x < .9: return [s.n(p, "f")]
        return "The patient" if start else "the patient"
    def rel(s):
        a = s.age_n(); young = ("daughter", "son", "granddaughter", "grandson", "daughter-in-law", "son-in-law")
        rel = s.c([x for x in RELS if (a < 60 or x not in ("mother", "father")) and (a >= 40 or x not in young)]); sex = "F" if rel in ("daughter", "wife", "sister", "niece", "granddaughter", "mother",
                                             "daughter-in-law") else "M" if rel in ("son", "husband", "brother",
                                             "nephew", "grandson", "father", "son-in-law") else None
        return rel, s.P(sex, s.pt.last if s.pc(.5) and rel not in ("neighbor", "friend", "caregiver") else None)
    # --- dates / ages
    def d(s, d, f=None): return (fdate(d, f or s.c(DF_ANY)), "DATE")
    def df(s, d): return s.d(d, s.c(DF_FORMAL))
    def dd(s, k): return s.d0 + dt.timedelta(days=k)
    def tm(s): return s.c([f"{s.i(0, 23):02d}:{s.i(0, 59):02d}", f"{s.i(1, 12)}:{s.i(0, 59):02d} {s.c(['AM', 'PM'])}",
                           f"{s.i(0, 23):02d}{s.i(0, 59):02d}"])
    def age_n(s): return s.pt.age_at(s.d0)
    def age(s, suf=None):
        a = s.age_n(); suf = suf or s.c(["-year-old", " year old", " yo", " y/o", "yo", "-yo", " y.o."])
        return [(str(a), "AGE_90_PLUS"), suf] if a >= 90 else [(f"{a}{suf}", "K")]
    def an(s): a = str(s.age_n()); return "an " if a.startswith("8") or a in ("11", "18") else "a "
    def agef(s): a = s.age_n(); return (str(a), "AGE_90_PLUS" if a >= 90 else "K")
    def yr(s): return (str(s.d0.year - s.i(2, 25)), "K")
    # --- identifiers
    def mrn(s): return (s.pt.mrn, "MEDICAL_RECORD_NUMBER")
    def acct(s): return (s.pat(s.c(["##########", "A#########", "####-######", "#########"])), "ACCOUNT_NUMBER")
    def enc(s): return (s.pat(s.c(["##########", "ENC-####-#######", "V########", "#########"])), "ID_NUMBER")
    def accn(s, kind="rad"):
        p = ["CT##-#######", "MR##-######", "XR########", "RAD#######", "US##-######"] if kind == "rad" else \
            ["S##-#####", "SP-##-######", "S##-######", "CY##-####"]
        return (s.pat(s.c(p)), "ID_NUMBER")
    def member(s): return (s.pat(s.c(["@@@#########", "W#########", "#########@", "#@%#-@%#-@@##", "ZGP#########",
                                      "@##########"])), "HEALTH_PLAN_NUMBER")
    def ssn(s): return (f"{s.i(101, 665)}-{s.i(10, 99)}-{s.i(1000, 9999)}", "US_SSN")
    def npi(s): return (s.pat("1#########"), "LICENSE_NUMBER")
    def dea(s): return (s.pat("@@#######"), "LICENSE_NUMBER")
    def lic(s): return (s.pat(s.c(["MD######", "RN#######", "G#####", "A######", "PA-#####", "@###-####-####"])), "LICENSE_NUMBER")
    def serial(s): return (s.pat(s.c(["@@@######@", "SN####@####", "#########", "@@#######", "###-####-##"])), "DEVICE_ID")
    def lot(s): return (s.pat(s.c(["##@####", "LOT-####@", "@#####", "###@##"])), "DEVICE_ID")
    def plate(s): return (s.pat(s.c(["#@@@###", "@@@-####", "@@@ ####", "@@# ####"])), "VEHICLE_ID")
    def vin(s): return ("".join(s.c("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)), "VEHICLE_ID")
    # --- contact
    def ph(s, ext=None):
        a, x, n = s.i(201, 989), s.i(201, 999), s.i(0, 9999)
        v = s.c(["({a}) {x}-{n:04d}", "{a}-{x}-{n:04d}", "{a}.{x}.{n:04d}", "{a} {x} {n:04d}", "+1 {a}-{x}-{n:04d}",
                 "1-{a}-{x}-{n:04d}", "({a}){x}-{n:04d}"]).format(a=a, x=x, n=n)
        if ext or (ext is None and s.pc(.12)): v += s.c([" ext. ", " x", " ext "]) + str(s.i(100, 99999))
        return (v, "PHONE_NUMBER")
    def pager(s): return (s.pat(s.c(["#-####", "#####", "###-####", "x#####"])), "PHONE_NUMBER")
    def email(s, p=None, dom=None):
        p = p or s.pt; f = re.sub("[^a-z]", "", p.first.lower()) or "pt"; l = re.sub("[^a-z]", "", p.last.lower())
        loc = s.c([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{s.i(1, 99)}", f"{l}.{f}", f"{f}_{l}{s.i(50, 99)}"])
        return (f"{loc}@{dom or s.c(EMAIL_DOM)}", "EMAIL_ADDRESS")
    def hdom(s): return s.c(PLACES).lower() + s.c(["health.org", "medical.org", "hospital.org", "clinic.com"])
    def ip(s): return (s.c([f"10.{s.i(0, 255)}.{s.i(0, 255)}.{s.i(1, 254)}", f"192.168.{s.i(0, 255)}.{s.i(1, 254)}",
                            f"{s.i(23, 223)}.{s.i(0, 255)}.{s.i(0, 255)}.{s.i(1, 254)}"]), "IP_ADDRESS")
    def url(s, kind=None):
        if kind == "pacs": return (f"http://{s.ip()[0]}/pacs/viewer?acc={s.pat('########')}", "URL")
        return (s.c([f"https://mychart.{s.hdom()}/MyChart/Messages/{s.pat('########')}",
                     f"www.{s.hdom()}/patients/{s.pat('%%%%%%')}", f"https://telehealth.{s.hdom()}/join/{s.pat('%%%-%%%%')}",
                     f"http://{s.ip()[0]}/pacs/viewer?acc={s.pat('########')}", f"https://{s.hdom()}/forms/release"]), "URL")
    # --- geography
    def city(s): c = s.c(CITIES); return c.rsplit(" ", 1)
    def street(s):
        v = f"{s.i(1, 9899)} {s.c(['', '', 'N ', 'S ', 'E ', 'W '])}{s.c(STREETS)} {s.c(SUFFIX)}"
        if s.pc(.25): v += s.c([", Apt ", " Apt ", " #", ", Unit "]) + s.pat(s.c(["#@", "##", "###", "@"]))
        return (v, "STREET_ADDRESS") if s.pc(.92) else (f"PO Box {s.i(10, 9999)}", "STREET_ADDRESS")
    def addr(s, sep=", ", street=None, city=None):
        cty, st = city or s.city()
        return [street or s.street(), sep, (cty, "LOCATION"), ", ", st, " ", (s.pat(s.c(["#####", "#####", "#####-####"])), "ZIP_CODE")]
    def fac(s, kind="hosp"):
        pl, cty, sur = s.c(PLACES), s.city()[0], s.c(SURNAMES)
        opts = {"hosp": [f"St. {s.c(SAINTS)} Medical Center", f"Saint {s.c(SAINTS)} Hospital", f"{cty} General Hospital",
                         f"{cty} Memorial Hospital", f"{pl} Regional Medical Center", f"Mercy {pl} Hospital",
                         f"{pl} Community Hospital", "Good Samaritan Medical Center", f"{pl} University Hospital"],
                "clinic": [f"{pl} Family Medicine", f"{pl} Cardiology Associates", f"{sur} Internal Medicine",
                           f"{pl} Community Health Center", f"{pl} Pulmonary Clinic", f"{pl} Orthopedics & Sports Medicine",
                           f"{pl} Primary Care", f"{sur} & {s.c(SURNAMES)} Family Practice", f"{pl} Dialysis Center"],
                "snf": [f"{pl} Nursing and Rehabilitation Center", f"{pl} Manor", f"The Gardens at {pl}",
                        f"{pl} Senior Living", f"{pl} Health Care Center", f"{pl} Assisted Living", f"{sur} House"],
                "pharm": [f"CVS Pharmacy #{s.pat('####')}", f"Walgreens #{s.pat('#####')}", f"Rite Aid #{s.pat('####')}",
                          f"Walmart Pharmacy {s.pat('####')}", f"{pl} Apothecary", f"{pl} Community Pharmacy"],
                "rehab": [f"{pl} Rehabilitation Hospital", f"Encompass Health Rehabilitation Hospital of {cty}",
                          f"{pl} Acute Rehab"],
                "hh": [f"{pl} Home Health", f"{pl} Visiting Nurse Association", f"{pl} Home Care Services"]}[kind]
        return (s.c(opts), "FACILITY")
    # --- keep content
    def k(s, v): return (v, "K")
    def epo(s, kind):
        bad = {"F": ("Peyronie", "Klinefelter"), "M": ("Sheehan",)}[s.pt.sex] if kind == "dx" and s.pt else ()
        return (s.c([x for x in EPO[kind] if not x.startswith(bad)]), "K")
    def med(s, full=True, kind=None):
        n, dose, sig = s.c([m for m in MEDS if MEDKIND[kind](m)])
        return (f"{n} {dose} {sig}" if full == True else f"{n} {dose}" if full == "dose" else n, "K")
    def drug(s, kind=None): return s.med(False, kind)
    def dur(s): return (s.c(DURS).format(n=s.i(2, 14)), "K")
    def lab(s):
        nm, lo, hi, dec = s.c(LABS); v = s.r.uniform(float(lo), float(hi))
        return (f"{nm} {v:.{int(dec)}f}" + ("%" if nm == "A1c" else ""), "K")
    def labname(s): return (s.c(LABS)[0], "K")
    def labs(s, k=4):
        out = []
        for j, x in enumerate(s.r.sample(LABS, k)):
            nm, lo, hi, dec = x; v = s.r.uniform(float(lo), float(hi))
            out += ([", "] if j else []) + [(f"{nm} {v:.{int(dec)}f}" + ("%" if nm == "A1c" else ""), "K")]
        return out
    def vitals(s, sep=", "):
        sbp = s.i(84, 188); items = [f"BP {sbp}/{s.i(44, min(108, sbp - 25))}", f"HR {s.i(48, 132)}", f"RR {s.i(12, 30)}",
                 s.c([f"T {s.r.uniform(36.0, 39.6):.1f} C", f"Temp {s.r.uniform(97.0, 103.2):.1f} F", f"Tmax {s.r.uniform(37.2, 39.9):.1f}"]),
                 f"SpO2 {s.i(86, 100)}%" + s.c(["", " on RA", f" on {s.i(1, 6)}L NC", " on room air"])]
        if s.pc(.4): items.append(f"pain {s.i(0, 10)}/10")
        if s.pc(.3): items.append(f"Wt {s.r.uniform(41, 140):.1f} kg")
        out = []
        for j, v in enumerate(items): out += ([sep] if j else []) + [(v, "K")]
        return out
    def score(s): return s.epo("score")

# ================================================================ note styles
def s_hp(g, b):
    pt, att, pcp = g.pt, g.P(), g.P(); rel, rp = g.rel()
    b.add("HISTORY AND PHYSICAL\n", "Patient: ", g.n(pt, g.c(["LF", "lf", "lfm"])), "    MRN: ", g.mrn(), "    DOB: ",
          g.df(pt.dob), "\nAdmission Date: ", g.df(g.d0), "    Acct #: ", g.acct(), ["    SSN: ", g.ssn()] if g.pc(.3) else "", "\nAttending: ", g.n(att, "full"),
          ", MD    PCP: Dr. ", g.n(pcp, g.c(["full", "l"])), " (", g.fac("clinic"), ")\n\n")
    b.add("CHIEF COMPLAINT: ", g.c(CC).capitalize(), " ", g.dur(), "\n\nHPI: ", g.who(), " is ", g.an(), g.age(), " ",
          g.c(["woman", "female"]) if pt.sex == "F" else g.c(["man", "male"]), " with a history of ", g.epo("dx"),
          ", ", g.epo("dx"), " and HTN who presents with ", g.c(CC), " ", g.dur(), ". ", pt.he.capitalize(),
          " was seen at ", g.fac("hosp"), " on ", g.d(g.dd(-g.i(3, 40))), " and started on ", g.med("dose", "home"),
          ". ", pt.his.capitalize(), " ", rel, ", ", g.n(rp, g.c(["full", "f"])), ", notes ", pt.his,
          " appetite has been poor ", g.dur(), ".\n\n")
    b.add("PAST MEDICAL HISTORY:\n- ", g.epo("dx"), " (dx ", g.yr(), ")\n- s/p ", g.epo("proc"), " ", g.yr(), "\n- ",
          g.c(["CKD stage 3", "COPD", "T2DM", "atrial fibrillation", "CAD"]), "\n\nHOME MEDICATIONS: ", g.med(kind="home"), "; ",
          g.med(kind="home"), "; ", g.med(kind="home"), "\n\nSOCIAL HISTORY: Lives in ", (g.pt.city, "LOCATION"), " with ", pt.his, " ", rel,
          ". Retired ", g.c(["teacher", "machinist", "nurse", "truck driver", "accountant"]), ". Quit tobacco in ",
          g.yr(), ".\n\nPHYSICAL EXAM:\nVitals: ", g.vitals(), "\nGeneral: NAD. Neck: JVP not elevated.\nAbd: soft, ",
          g.epo("sign"), " negative.\nExt: ", g.epo("sign"), " absent bilaterally.\n\nLABS: ", g.labs(5), "\n\n")
    b.add("ASSESSMENT AND PLAN:\n1. ", g.c(CC).capitalize(), " - start ", g.med(), "; ", g.score(), ".\n2. ",
          g.epo("dx"), " - continue ", g.drug(), ".\nDVT ppx: ", g.med(), ". Code status: Full.\n",
          "Discussed with ", g.dr(g.P()), " (", g.c(["cardiology", "GI", "nephrology", "ID"]), "), pager ", g.pager(),
          ".\n\nElectronically signed: ", g.sig(att, "MD"), "  NPI ", g.npi(), "  ", g.df(g.d0), " ", g.tm(), "\n")

def s_ed(g, b):
    pt, prov, att, rn = g.pt, g.P(), g.P(), g.P(); rel, rp = g.rel()
    b.add(g.fac("hosp"), " - Emergency Department\nED PROVIDER NOTE\n", ["Acct: ", g.acct(), "   "] if g.pc(.4) else "", "Name: ", g.n(pt, g.c(["full", "LF", "FL"])),
          " | DOB: ", g.df(pt.dob), " | Age: ", g.agef(), " | MRN: ", g.mrn(), " | CSN: ", g.enc(), "\nArrival: ",
          g.df(g.d0), " ", g.tm(), "   Mode: ", g.c(["EMS", "private vehicle", "walk-in", "police"]), "   Triage ESI ",
          str(g.i(1, 4)), "\n\n")
    b.add("HPI: ", g.age(), " ", "F" if pt.sex == "F" else "M", " BIBA from ", g.c([g.fac("snf"), [g.street(), " in ",
          (g.pt.city, "LOCATION")]]), " with ", g.c(CC), " ", g.dur(), ". Hx of ", g.epo("dx"), " on ", g.drug("home"),
          ". Per EMS, found by ", rel, " ", g.n(rp, g.c(["f", "full"])), ". Denies CP. ", g.who(), " reports ",
          g.c(["a similar episode", "an ED visit", "a fall"]), " on ", g.d(g.dd(-g.i(5, 90))), ".\n")
    if g.pc(.35):
        b.add("Restrained driver in low-speed MVC ", g.c(["on the interstate", "at an intersection", "in a parking lot"]), "; ",
              g.c(["police report lists vehicle plate ", "tow slip for plate "]), g.plate(), g.c([[", VIN ", g.vin()], ""]), ".\n")
    b.add("\n")
    b.add("Triage vitals: ", g.vitals(" "), "\nExam: ", g.k(f"GCS {g.i(9, 15)}"), ", ", g.epo("sign"), " neg, ",
          g.epo("sign"), " neg. Abd soft.\nLabs: ", g.labs(4), "\nECG: sinus tach, no STE.\n\n")
    b.add("ED COURSE / MDM: ", g.score(), ". Given ", g.med(kind="iv"), " and ", g.med(kind="iv"), ". ", g.c(["Spoke with ", "Called "]),
          g.n(rp, "f"), " (", rel, ") at ", g.ph(), " who confirms baseline. Case discussed with ", g.dr(g.P()),
          ", hospitalist, who accepts for admission. Repeat ", g.lab(), " pending.\n",
          g.c(["Dispo: admit to tele.", "Dispo: admit, obs.", ["Dispo: transfer to ", g.fac("hosp"), " (accepting ", g.dr(g.P()), ")."]]), "\n\n",
          "PA: ", g.sig(prov, "PA-C"), "   Attending: ", g.sig(att, "MD"), "\nTriage RN: ", g.n(rn, g.c(["il", "full"])), "\n")

def s_dc(g, b):
    pt, att, pcp = g.pt, g.P(), g.P(); los = g.i(2, 14)
    b.add("DISCHARGE SUMMARY\n\nPatient Name: ", g.n(pt, g.c(["lf", "full", "LF"])), "\nMedical Record #: ", g.mrn(),
          "\nAdmit: ", g.df(g.dd(-los)), "   Discharge: ", g.df(g.d0), "\nAttending: ", g.dr(att, "full"),
          "\nDischarge Disposition: ", g.c([[g.fac("snf")], [g.fac("rehab")], "Home with services"]), "\n", ["Payer: Medicare Advantage, member ID ", g.member(), "   HAR: ", g.acct(), "\n"] if g.pc(.5) else "", "\n")
    b.add("PRINCIPAL DIAGNOSIS: ", g.epo("dx"), " exacerbation\nSECONDARY: ", g.epo("dx"), "; HTN\n\n",
          "HOSPITAL COURSE: ", g.who(), " is ", g.an(), g.age(), " admitted ", g.d(g.dd(-los)), " with ", g.c(CC), " ",
          g.dur(), ". Treated with ", g.med(kind="iv"), " x", g.k(f"{g.i(3, 10)} days"), ". A ", g.epo("line"), " was placed on ",
          g.d(g.dd(-los + 1)), " and removed prior to discharge. ", g.c(["Cardiology", "GI", "Surgery"]),
          " (", g.dr(g.P()), ") followed. ", pt.his.capitalize(), " ", g.lab(), " improved to ", g.lab(), ".\n\n")
    b.add("DISCHARGE MEDICATIONS:\n", [[f"{j + 1}. ", g.med(kind="home"), "\n"] for j in range(g.i(3, 6))],
          "STOP: ", g.drug("home"), "\n\nFOLLOW-UP:\n- PCP ", g.dr(pcp), " at ", g.fac("clinic"), " on ", g.d(g.dd(g.i(5, 20))),
          ", tel ", g.ph(), "\n- Labs (", g.labname(), ") at ", g.fac("pharm") if g.pc(.2) else g.fac("clinic"),
          " within ", g.k("1 week"), "\n\nCondition at discharge: stable, ", g.vitals(), ".\n\n",
          g.sig(att, "MD"), " / dictated ", g.d(g.d0), " / transcribed by ", g.n(g.P(), "il"), "\n",
          "cc: ", g.dr(pcp, "full"), "; ", g.n(g.P(), "full"), ", NP\n")

def s_icu(g, b):
    pt, fel, att = g.pt, g.P(), g.P(); rel, rp = g.rel(); hd = g.i(2, 15)
    b.add(g.c(["MICU", "SICU", "CVICU", "Neuro ICU"]), " PROGRESS NOTE - HD#", str(hd), "\n", g.n(pt, "LF"),
          "  MRN ", g.mrn(), "  Bed 12  ", g.df(g.d0), "\n\nS: Overnight ", g.c(["febrile", "hypotensive", "agitated"]),
          ", given ", g.med(), ". ", g.c(["RN reports", "Per RN"]), " ", g.n(g.P(), g.c(["f", "il", "full"])),
          ", ", g.k(f"RASS {g.i(-3, 1)}"), ", ", g.k(f"CAM-ICU {g.c(['positive', 'negative'])}"), ".\n\n")
    b.add("O: ", g.vitals(), "\nVent: AC ", g.k(f"VT {g.i(350, 520)} RR {g.i(14, 26)} PEEP {g.i(5, 14)} FiO2 {g.i(30, 80)}%"),
          "\nDrips: ", g.med(kind="gtt"), ", ", g.med(kind="gtt"), "\nLines: R IJ ", g.epo("line"), " (day ", str(g.i(2, 8)), "), ", g.c([g.epo("drain"), g.epo("dev")]),
          ", A-line\nI/O: ", g.k(f"{g.i(900, 3200)}/{g.i(400, 2600)}"), "\nLabs: ", g.labs(6), "\n\n")
    b.add("A/P: ", g.age(), " with ", g.c(["septic shock", "ARDS", "DKA", "GI bleed"]), " and ", g.epo("dx"), ".\n",
          "Neuro: ", g.k(f"GCS {g.i(6, 15)}"), ", wean ", g.drug("gtt"), ".\nCV: MAP goal >65, ", g.drug("gtt"), " weaning.\nResp: SBT in AM.\n",
          "ID: ", g.med(kind="abx"), " day ", str(g.i(2, 7)), "; cx from ", g.d(g.dd(-g.i(1, hd))), " NGTD.\nGI/PPx: ", g.med(), "\n",
          "Family: updated ", rel, " ", g.n(rp, g.c(["full", "f"])), " by phone ", g.ph(), "; family meeting ",
          g.d(g.dd(1)), " at ", g.tm(), ".\n\nCritical care time ", g.k(f"{g.i(30, 75)} min"), ". ",
          g.n(fel, g.c(["full", "il"])), ", MD (fellow). Seen and examined with ", g.dr(att), ".\n")

def s_nurse(g, b):
    pt, rn2 = g.pt, g.P(); rel, rp = g.rel()
    b.add(g.c(["0700-1900", "1900-0700", "7P-7A"]), " NURSING NOTE ", g.d(g.d0, g.c(["mdY", "md", "mdy2"])), "\n",
          "Pt: ", g.n(pt, g.c(["LF", "lf", "l"])), " Rm ", str(g.i(201, 899)), "\n",
          "Neuro: A&Ox", str(g.i(1, 4)), ", ", g.k(f"GCS {g.i(10, 15)}"), ", ", g.c(["follows commands", "pleasantly confused"]), ".\n",
          "VS: ", g.vitals(" "), "\n", "Resp: LS clear, ", g.k(f"{g.i(1, 4)}L NC"), ". Card: tele SR.\n",
          "GU: ", g.k("Foley catheter"), " to gravity, ", g.k(f"UOP {g.i(20, 90)} mL/hr"), ". ", g.epo("line"), " site C/D/I.\n",
          "Skin: ", g.k(f"Norton scale {g.i(8, 19)}"), ", sacrum intact. ", g.k(f"Braden {g.i(10, 20)}"), ". Turned q2h.\n",
          "Meds: ", g.med(), " given ", g.tm(), ". PRN ", g.med(kind="prn"), " for ", g.k(f"pain {g.i(4, 9)}/10"), " w/ relief to ",
          g.k(f"{g.i(0, 4)}/10"), ".\n", g.c(["Family: ", "Visitor: "]), rel, " ", g.n(rp, g.c(["f", "full", "nick"])),
          " at bedside, updated. ", g.c(["Requests call at ", "Contact # "]), g.ph(), ".\n",
          "Fall precautions, bed alarm on. ", g.k(f"Morse {g.i(25, 95)}"), ".\n",
          "Report given to ", g.c(["RN ", "oncoming RN "]), g.n(rn2, g.c(["il", "full", "f"])), " at ", g.tm(), ".\n",
          "-- ", g.n(g.P(), g.c(["il", "full"])), ", RN\n")

def s_path(g, b):
    pt, sub, path = g.pt, g.P(), g.P()
    organ, dx = g.c([("Prostate, needle core biopsies (12)", [" Prostatic adenocarcinoma, ", g.k(f"Gleason {g.c(['3+3=6', '3+4=7', '4+3=7', '4+4=8'])}"),
                     ", Grade Group ", str(g.i(1, 4)), ", involving ", g.k(f"{g.i(2, 9)} of 12 cores"), "."]),
                     ("Gallbladder, cholecystectomy", [" Chronic cholecystitis with cholelithiasis. No dysplasia."]),
                     ("Skin, left shin, punch biopsy", [" ", g.k("Kaposi sarcoma"), ", nodular stage. ", g.k("HHV-8"), " positive."]),
                     ("Lymph node, left supraclavicular, excision", [" Classic ", g.k("Hodgkin lymphoma"), ", nodular sclerosis type."]),
                     ("Esophagus, distal, biopsy", [" Columnar mucosa with intestinal metaplasia consistent with ", g.k("Barrett's esophagus"), "."])])
    b.add("SURGICAL PATHOLOGY REPORT\n", g.fac("hosp"), " Department of Pathology\n\nAccession #: ", g.accn("path"),
          "\nPatient: ", g.n(pt, g.c(["LF", "lf"])), "   DOB: ", g.df(pt.dob), "   MRN: ", g.mrn(), "\n",
          "Collected: ", g.df(g.dd(-g.i(1, 3))), "   Received: ", g.df(g.dd(-1)), "   Reported: ", g.df(g.d0), "\n",
          "Submitting physician: ", g.dr(sub, "full"), ", ", g.fac("clinic"), "\n\nCLINICAL HISTORY: ", g.age(),
          " with ", g.lab(), "; hx ", g.epo("dx"), ".\n\nFINAL DIAGNOSIS:\n", organ, ":\n", dx, "\n\n",
          "GROSS DESCRIPTION: Received in formalin labeled with the patient's name (\"", g.n(pt, g.c(["full", "LF"])),
          "\") and medical record number. Specimen measures ", g.k(f"{g.r.uniform(0.5, 9):.1f} x {g.r.uniform(0.2, 4):.1f} cm"),
          ". Entirely submitted in ", str(g.i(1, 12)), " cassettes. (", g.n(g.P(), "il"), "/", g.n(g.P(), "il"), ")\n\n",
          "Intradepartmental consultation: ", g.dr(g.P(), "full"), " concurs.\n",
          "Pathologist: ", g.sig(path, "MD"), "  Electronically signed ", g.d(g.d0, g.c(["mdY", "long", "iso"])), " ", g.tm(), "\n")

def s_rad(g, b):
    pt, rad, ordr = g.pt, g.P(), g.P()
    exam = g.c(["CT CHEST WITH CONTRAST", "CT ABDOMEN/PELVIS W/O CONTRAST", "XR CHEST PA/LAT", "MRI BRAIN W/WO",
                "CTA CHEST PE PROTOCOL", "US RUQ"])
    b.add("EXAM: ", exam, "\nACCESSION: ", g.accn(), "    MRN: ", g.mrn(), "\nPATIENT: ", g.n(pt, g.c(["LF", "lf", "full"])),
          "    AGE/SEX: ", g.agef(), pt.sex, "\nDATE OF SERVICE: ", g.df(g.d0), " ", g.tm(), "\nORDERING: ",
          g.n(ordr, g.c(["lf", "full", "lfm"])), ", ", g.c(["MD", "DO", "NP"]), "\nLOCATION: ", g.fac("hosp"), "\n\n")
    b.add("INDICATION: ", g.c(CC), " ", g.dur(), ". Hx ", g.epo("dx"), ". ", g.score(), ".\n\nCOMPARISON: ",
          g.c([[g.d(g.dd(-g.i(30, 900)), g.c(["mdY", "mdy_nz", "abbr", "iso"])), " "], "None "]),
          g.c([["from ", g.fac("hosp")], ""]), "\n\nTECHNIQUE: ", g.k(f"{g.i(60, 100)} mL Omnipaque 350"),
          " IV. DLP ", g.k(f"{g.i(200, 900)} mGy-cm"), ".\n\nFINDINGS: Support devices: ", g.epo("line"),
          " with tip at cavoatrial junction. ", g.c([g.epo("drain"), g.epo("dev")]), " in place. ", ["Dual-chamber pacemaker (", g.c(["Medtronic", "Boston Scientific", "Abbott"]), " SN ", g.serial(), "). "] if g.pc(.3) else "",
          g.c(["No pulmonary embolism.", "Small right pleural effusion.", "No acute intracranial hemorrhage."]),
          " ", g.c(["A ", "An incidental "]), g.k(f"{g.i(3, 28)} mm"), " nodule in the ", g.c(["RUL", "LLL", "right lobe of liver"]),
          ".\n\nIMPRESSION:\n1. ", g.c(["No acute process.", "Findings concerning for pneumonia.", "Acute cholecystitis."]),
          "\n2. Follow-up per Fleischner criteria.\n\n")
    if g.pc(.6):
        b.add("Critical result communicated to ", g.dr(ordr), " by phone at ", g.tm(), " on ", g.d(g.d0), " with read-back. ")
    b.add("Images: ", g.url("pacs" if g.pc(.7) else None), "\nDictated by: ", g.sig(rad, "MD"), "  Signed: ", g.d(g.d0, g.c(["mdY", "iso"])), "\n")

def s_sw(g, b):
    pt, sw = g.pt, g.P(); r1, p1 = g.rel(); r2, p2 = g.rel()
    b.add("SOCIAL WORK ASSESSMENT\nDate: ", g.df(g.d0), "   Patient: ", g.n(pt, g.c(["full", "lf", "q"])), " (MRN ", g.mrn(), ")\n\n",
          "Reason for referral: discharge planning; ", g.c(["caregiver strain", "housing instability", "financial concerns"]),
          ".\n\nSW met with pt and ", r1, " ", g.n(p1, g.c(["full", "f"])), " at bedside. ", g.who(), " is ", g.an(), g.age(),
          " with ", g.epo("dx"), " who lives at ", g.addr(street=g.pt.street, city=(g.pt.city, g.pt.state)),
          " with ", pt.his, " ", r2, ". ", g.n(p1, g.c(["f", "l"])), " reports ", pt.he, " has needed more help ",
          g.dur(), ". ", ["Pt goes by \"", g.n(pt, "nick"), "\". "] if pt.nick and g.pc(.6) else "",
          "\n\nContacts:\n1. ", g.n(p1, g.c(["full", "lf"])), " (", r1, ") - cell ", g.ph(), ", ",
          g.email(p1), "\n2. ", g.n(p2, "full"), " (", r2, ") - ", g.ph(), "\n\n",
          "Insurance: ", g.c(["Medicaid ID ", "Medicare MBI ", "Member ID "]), g.member(), "; SSN on file ", g.ssn(),
          "\nFunctional: uses ", g.epo("mob"), " for transfers; ", g.score(), ".\nTransportation: ", r2,
          " drives ", g.yr(), " ", g.c(["Honda Civic", "Ford F-150", "Toyota Camry", "Chevy Malibu"]), ", plate ",
          g.plate(), g.c([["; VIN ", g.vin()], ""]), ".\n\nPlan: referrals sent to ", g.fac("snf"), " and ", g.fac("snf"),
          " (fax ", g.ph(), "). Family tour scheduled ", g.d(g.dd(g.i(1, 5))), ". Spoke with ", g.n(p2, "f"),
          " about ", g.drug(), " costs.\n\n", g.sig(sw, g.c(["LCSW", "MSW", "LICSW"])), "  pager ", g.pager(), "\n")

def s_pt(g, b):
    pt, ther = g.pt, g.P()
    b.add("PHYSICAL THERAPY ", g.c(["INITIAL EVALUATION", "DAILY NOTE", "RE-EVALUATION"]), "\n", g.fac(g.c(["rehab", "hosp", "clinic"])),
          "\nPatient: ", g.n(pt, g.c(["full", "LF", "lf"])), "   DOB: ", g.df(pt.dob), "   Visit #", str(g.i(1, 24)), "\n",
          "Referring: ", g.dr(g.P(), "full"), "   Onset: ", g.d(g.dd(-g.i(10, 120))), "\n\n",
          "S: ", g.who(), " reports ", g.c(["R hip pain", "low back pain", "L knee stiffness", "imbalance"]), " ", g.dur(),
          ", ", g.k(f"pain {g.i(2, 9)}/10"), ". s/p ", g.c([[g.epo("proc")], ["R TKA"], ["L THA"]]), " on ",
          g.d(g.dd(-g.i(7, 60))), ". Goal: walk to ", g.c(["church", "mailbox", "grandson's games"]), ".\n\n",
          "O: ", g.c([g.k(f"Berg Balance Scale {g.i(20, 54)}/56"), g.k(f"Tinetti {g.i(10, 27)}/28"), g.score()]), "; ", g.k(f"TUG {g.i(9, 30)} sec"), "; ", g.k(f"6MWT {g.i(90, 420)} m"), "; ",
          g.epo("msk"), " positive, ", g.epo("msk"), " negative. ROM knee ", g.k(f"0-{g.i(70, 125)} deg"), ". ", g.vitals(), ".\n",
          "Gait: ", g.c([g.k("Trendelenburg gait"), "antalgic", "shuffling, festinating"]), " with rolling walker, CGA x ", g.k(f"{g.i(50, 300)} ft"), ".\n\n",
          "A: ", g.age(), " with impaired mobility; ", g.epo("dx"), " limits tolerance.\n",
          "P: ", g.k(f"{g.i(2, 3)}x/week x {g.i(4, 8)} weeks"), "; HEP issued. Next appt ", g.d(g.dd(g.i(2, 9))),
          ". Pt's ", g.c(["husband", "wife", "daughter"]), " ", g.n(g.P(), "f"), " will assist with HEP.\n\n",
          g.sig(ther, g.c(["PT, DPT", "PT", "PTA"])), "  Lic. ", g.lic(), "\n")

def s_portal(g, b):
    pt, doc = g.pt, g.P(); rel, rp = g.rel(); d1 = g.dd(0)
    b.add("Patient Message Thread - Subject: ", g.c(["Question about my ", "Side effects from ", "Refill - "]), g.drug("home"),
          "\n\nFrom: ", g.n(pt, "full"), " <", g.email(), ">\nTo: ", g.n(doc, g.c(["lf", "full"])), ", MD\nSent: ",
          g.d(d1, g.c(["mdY", "mdy_nz", "dow"])), " ", g.tm(), "   (login IP ", g.ip(), ")\n\n",
          g.c(["Hi Dr. ", "Dear Dr. ", "Dr. "]), g.n(doc, "l"), g.c([",\n", " -\n"]),
          "I have had ", g.c(CC), " ", g.dur(), " since starting ", g.med("dose", "home"), ". My ", rel, " ", g.n(rp, "f"),
          " thinks I should stop it. My ", g.k(f"BP was {g.i(95, 180)}/{g.i(55, 105)}"), " this morning. I also have ",
          g.epo("dx"), " if that matters. Can someone call me at ", g.ph(), "? I'm off work on ",
          g.d(g.dd(g.i(1, 6)), g.c(["dow", "md", "abbr_nd", "md_ord"])), ".\nThanks, ", g.n(pt, g.c(["f", "nick", "full"])),
          "\n\n---\nFrom: ", g.n(g.P(), "full"), ", RN (on behalf of ", g.dr(doc, "l"), ")\nSent: ", g.d(g.dd(1), "mdY"), " ", g.tm(),
          "\n\nHi ", g.n(pt, g.c(["f", "full"])), ", ", g.dr(doc, "l"), " reviewed your message. Please hold the ",
          g.drug("home"), " and take ", g.med(kind="home"), " instead. Keep a log of your blood pressure ", g.dur(),
          ". Schedule a visit here: ", g.url(), " or call ", g.fac("clinic"), " at ", g.ph(), ".\n\n")
    if g.pc(.5):
        b.add("---\nFrom: ", g.n(rp, "full"), " (proxy)\nSent: ", g.d(g.dd(2), "mdY"), "\n\nThis is ", g.n(rp, "f"), ", ",
              pt.his, " ", rel, ". ", pt.he.capitalize(), " feels better. Send Rx to ", g.fac("pharm"), " on ",
              g.street(), ", please.\n")

def s_medrec(g, b):
    pt, ph = g.pt, g.P(); rel, rp = g.rel(); pharm = g.fac("pharm")
    b.add("PHARMACY ADMISSION MEDICATION RECONCILIATION\nPt: ", g.n(pt, g.c(["LF", "lf"])), "  DOB ", g.df(pt.dob), "  MRN ",
          g.mrn(), "  Wt ", g.k(f"{g.r.uniform(45, 130):.1f} kg"), "\nDate: ", g.df(g.d0), "   Plan ID: ", g.member(), "\n\nSources: patient interview, ",
          rel, " (", g.n(rp, g.c(["full", "f"])), "), outpatient pharmacy ", pharm, " (", g.ph(), "), Surescripts fill history.\n\n",
          "HOME MEDICATIONS:\n")
    for j in range(g.i(4, 8)):
        b.add(f"{j + 1}. ", g.med(kind="home"), " - last dose ", g.d(g.dd(-g.i(0, 3)), g.c(["md", "mdy_nz", "abbr_nd"])),
              g.c([" (pt confirms)", " (per fill hx)", " - taking differently: once daily", ""]), "\n")
    b.add("\nAllergies: ", g.c(["sulfa (rash)", "PCN (hives)", "NKDA", "codeine (N/V)"]), "\n\nDiscrepancies/Interventions:\n",
          "- ", g.drug(), " not on admission orders; held per ", g.dr(g.P()), ".\n- ", g.drug(), " interacts with ", g.drug(),
          "; ", g.lab(), ". Recommend dose ", g.k("reduced by 50%"), ".\n- Hx ", g.epo("dx"), "; avoid ", g.drug(), ".\n",
          "- Last fill of ", g.drug(), " on ", g.d(g.dd(-g.i(20, 80))), " (", g.k("90-day supply"), ").\n\n",
          "Pharmacist: ", g.sig(ph, "PharmD"), "  pager ", g.pager(), "\n")

def s_letter(g, b):
    pt, spec, ref = g.pt, g.P(), g.P(); clinic = g.fac("clinic")
    b.add(clinic, "\n", g.addr("\n"), "\nTel ", g.ph(), "  Fax ", g.ph(False), "\n\n", g.d(g.d0, g.c(["long", "dmy_long", "mdY"])),
          "\n\n", g.dr(ref, "full"), "\n", g.fac("clinic"), "\n", g.addr("\n"), "\n\nRE: ", g.n(pt, g.c(["full", "fml"])),
          "   DOB: ", g.df(pt.dob), "   MRN: ", g.mrn(), "\n\nDear Dr. ", g.n(ref, "l"), ",\n\n",
          "Thank you for referring ", g.who(start=False), ", ", g.an(), g.age(), " ", g.c(["gentleman", "man"]) if pt.sex == "M" else "woman",
          ", whom I saw in consultation on ", g.d(g.dd(-g.i(1, 10)), g.c(["long", "ord", "md_ord", "abbr"])), " for ",
          g.epo("dx"), ". ", pt.he.capitalize(), " reports ", g.c(CC), " ", g.dur(), ". ", g.score(), ".\n\n",
          "On examination, ", g.vitals(), ". ", g.epo("sign"), " was positive; ", g.epo("sign"), " was negative. ",
          "Recent labs showed ", g.labs(3), ".\n\nMy impression is ", g.epo("dx"), ". I have started ", g.med(kind="home"),
          " and would suggest stopping ", g.drug("home"), ". I have also arranged ", g.c(["an echocardiogram", "an MRI", "a sleep study"]),
          " at ", g.fac("hosp"), " and will see ", pt.his, " again on ", g.d(g.dd(g.i(14, 60)), g.c(["long", "ord", "dm"])), ".\n\n",
          "Please do not hesitate to contact me at ", g.email(spec, g.hdom()), " or ", g.ph(), ".\n\nSincerely,\n\n",
          g.n(spec, g.c(["full", "fml"])), ", MD, FACC\n\ncc: ", g.n(pt, "full"), "; ", g.n(g.P(), "full"), ", NP\n")

def s_op(g, b):
    pt, surg, asst, anes = g.pt, g.P(), g.P(), g.P()
    proc = g.c(EPO["proc"] + ["laparoscopic cholecystectomy", "Cesarean section"])
    b.add("OPERATIVE REPORT\n\nPatient: ", g.n(pt, g.c(["LF", "lf"])), "    MRN: ", g.mrn(), "    Encounter: ", g.enc(),
          "\nDate of Surgery: ", g.df(g.d0), "\nSurgeon: ", g.n(surg, g.c(["full", "fml"])), ", MD\nAssistant: ",
          g.n(asst, g.c(["full", "il"])), ", ", g.c(["PA-C", "MD (resident)"]), "\nAnesthesia: General ETT, ",
          g.dr(anes, "full"), "; ", g.k(f"Mallampati class {g.c(['I', 'II', 'III'])}"), "\n\nPREOPERATIVE DIAGNOSIS: ",
          g.epo("dx"), "\nPROCEDURE: ", g.k(proc), "\n\nINDICATIONS: ", g.age(), " with symptoms ", g.dur(),
          ". Risks, benefits discussed; consent signed by ", g.c([["patient"], ["patient and ", g.c(["wife ", "husband ", "daughter "]), g.n(g.P(), "f")]]),
          ".\n\nDESCRIPTION: Patient placed supine, then in ", g.epo("pos"), ". ", g.med(kind="abx"), " given prior to incision. ",
          g.epo("pos"), " used for exposure. ")
    if proc == "Cesarean section":
        b.add(g.k(f"Bishop score {g.i(2, 9)}"), " on admission. Infant delivered, ", g.k(f"Apgar scores {g.i(5, 9)} and {g.i(7, 10)}"), ", handed to NICU team (", g.n(g.P(), "il"), ", RN). ")
    b.add("Mesh placed (", g.c(["Bard", "Medtronic", "Ethicon"]), " lot ", g.lot(), ", ref ", g.serial(), "). A ",
          g.epo("drain"), " was left in the RUQ. ", g.k(f"EBL {g.i(20, 600)} mL"), ". ", g.k(f"UOP {g.i(100, 600)} mL"),
          ". Counts correct x2 per circulator ", g.n(g.P(), g.c(["full", "f"])), ". Specimen to pathology.\n",
          g.dr(surg, "l"), " was present and scrubbed for the entire procedure.\nDisposition: PACU, stable. ",
          "Dictated ", g.d(g.d0), " ", g.tm(), " / job #", g.enc(), "\n")

def s_phone(g, b):
    pt, rn, doc = g.pt, g.P(), g.P(); rel, rp = g.rel()
    b.add("TELEPHONE ENCOUNTER\n", g.fac("clinic"), "\nDate: ", g.df(g.d0), "  Time: ", g.tm(), "\nPatient: ",
          g.n(pt, g.c(["lf", "full", "LF"])), "  DOB ", g.df(pt.dob), "\nCaller: ", g.c([["self"], [g.n(rp, "full"), " (", rel, ")"]]),
          "   Callback #: ", g.ph(), "\n\nReason: ", g.c(["med question", "refill", "symptom call", "lab results"]),
          "\n\n", g.c(["Spoke with ", "Returned call to ", "Called "]), g.n(pt, g.c(["f", "full"])), " about ", g.c(CC), " ",
          g.dur(), ". ", g.c(["Pt", "She" if pt.sex == "F" else "He"]), " is taking ", g.med(kind="home"), ". Denies fever. Home ",
          g.k(f"BP {g.i(100, 170)}/{g.i(60, 100)}"), ", ", g.k(f"glucose {g.i(80, 310)}"), ".\n",
          "Discussed with the patient's ", rel, ", who ", g.c(["agrees with plan", "will pick up Rx today"]), ". ",
          g.n(rp, g.c(["f", "l"])), " asks that results go to ", g.email(rp), ".\n",
          "Per ", g.dr(doc), ": increase ", g.drug("home"), " to ", g.k(f"{g.c([10, 20, 40])} mg daily"), "; recheck ", g.labname(),
          " in ", g.k("2 weeks"), ". Rx sent to ", g.fac("pharm"), ".\nAppt ", g.d(g.dd(g.i(3, 30)), g.c(["md", "abbr", "mdy2"])),
          " with ", g.n(doc, g.c(["l", "full"])), ". Routed to ", g.dr(doc, "l"), " for co-sign.\n", g.n(rn, g.c(["full", "il"])), ", RN\n")

def s_hh(g, b):
    pt, rn = g.pt, g.P(); rel, rp = g.rel()
    b.add(g.fac("hh"), "\nSKILLED NURSING VISIT NOTE\nVisit date: ", g.df(g.d0), "  Time in ", g.tm(), " out ", g.tm(),
          "\nPatient: ", g.n(pt, g.c(["full", "LF"])), "  Age ", g.agef(), "  Medicare # ", g.member(), "\nAddress: ",
          g.addr(street=g.pt.street, city=(g.pt.city, g.pt.state)), "\nPhone: ", g.ph(), "  Emergency contact: ",
          g.n(rp, "full"), " (", rel, ") ", g.ph(), "\n\nHomebound status: ", g.c(["requires assist of 1", "uses walker"]),
          ". ", g.who(), " is ", g.age(), " and lives ", g.c(["alone", "with " + rel]), ".\n\n",
          "VS: ", g.vitals(), "\nWound: sacral stage 2, ", g.k(f"{g.r.uniform(0.5, 5):.1f} x {g.r.uniform(0.5, 4):.1f} x {g.r.uniform(0.1, 1):.1f} cm"),
          ", cleansed, foam dressing applied. ", g.score(), "; ", g.k(f"Norton scale {g.i(8, 18)}"), ".\n",
          "Meds reviewed: ", g.med(kind="home"), "; ", g.med(kind="home"), ". Pill box filled ", g.dur(), ". ", g.epo("line"), " site clean.\n",
          "Glucometer (serial ", g.serial(), ") reading ", g.k(f"{g.i(90, 280)} mg/dL"), ".\n",
          "Caregiver ", g.n(rp, g.c(["f", "nick", "full"])), " educated on ", g.epo("dx"), " warning signs. ",
          g.c(["Spoke with ", "Called "]), g.dr(g.P()), "'s office re: ", g.lab(), ".\nNext visit ",
          g.d(g.dd(g.i(2, 7)), g.c(["md", "dow", "mdY"])), ". ", g.n(rn, g.c(["full", "il"])), ", RN  Lic ", g.lic(), "\n")

def s_consult_brief(g, b):  # inpatient consult / progress note with free-text, possessives and line-start names
    pt, cons, prim = g.pt, g.P(), g.P(); rel, rp = g.rel()
    b.add(g.c(["NEPHROLOGY", "INFECTIOUS DISEASE", "NEUROLOGY", "ENDOCRINE", "PALLIATIVE CARE"]), " CONSULT NOTE\n",
          "Requesting: ", g.dr(prim, "full"), "   Date: ", g.d(g.d0, g.c(["mdY", "iso", "abbr"])), "\n",
          "Reason: ", g.epo("dx"), " vs ", g.epo("dx"), "\n\n", g.n(pt, g.c(["l", "full"])), " was seen and examined. ",
          g.who(), "'s ", rel, " ", g.n(rp, g.c(["f", "full"])), " provided history. Pt is ", g.age(), " with ",
          g.c(CC), " ", g.dur(), "; transferred from ", g.fac("hosp"), " on ", g.d(g.dd(-g.i(1, 6))), ". Prior records from ",
          g.fac("clinic"), " (fax ", g.ph(), ") reviewed.\n", g.n(rp, "f"), " states ", pt.he, " had ", g.epo("proc"),
          " in ", g.yr(), " and a ", g.epo("line"), " until ", g.d(g.dd(-g.i(60, 400)), g.c(["abbr", "long", "mdy_nz"])), ".\n\n",
          "Exam: ", g.vitals(), "; ", g.epo("sign"), " present, ", g.epo("sign"), " absent. ", g.k(f"GCS {g.i(11, 15)}"),
          ".\nData: ", g.labs(4), "\n\nRecs:\n1. Start ", g.med(), ".\n2. ", g.score(), "; follow ", g.labname(),
          " daily.\n3. Will discuss with ", g.n(prim, g.c(["l", "full"])), " and ", pt.his, " family; ",
          g.n(g.P(), "full"), " (chaplain) aware.\nThank you for this consult. ", g.sig(cons, "MD"), " pgr ", g.pager(), "\n")

STYLES = {"hp": s_hp, "ed_provider": s_ed, "discharge_summary": s_dc, "icu_soap": s_icu, "nursing_shift": s_nurse,
          "pathology": s_path, "radiology": s_rad, "social_work": s_sw, "physical_therapy": s_pt,
          "portal_thread": s_portal, "pharmacy_medrec": s_medrec, "referral_letter": s_letter, "operative": s_op,
          "telephone": s_phone, "home_health": s_hh, "inpatient_consult": s_consult_brief}

class Patient(Person):
    def __init__(s, r):
        super().__init__(r)
        g = G(r, None, None)
        s.dob = dt.date(r.randint(1918, 1931) if r.random() < .16 else r.randint(1932, 2000), r.randint(1, 12), r.randint(1, 28))
        s.mrn = g.pat(r.choice(["########", "E#######", "MR#######", "######", "##-##-##-##", "M########"]))
        s.street = g.street(); s.city, s.state = g.city()
    def age_at(s, d): return d.year - s.dob.year - ((d.month, d.day) < (s.dob.month, s.dob.day))

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400); ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", default="gold_ext.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    names = list(STYLES); order = []
    while len(order) < a.n: r.shuffle(names); order += names
    pts, recs = [], []
    for i in range(a.n):
        if pts and r.random() < .2: pid, pt = r.choice(pts)
        else: pid, pt = f"XP{len(pts) + 1:04d}", Patient(r); pts.append((pid, pt))
        d0 = dt.date(2019, 1, 1) + dt.timedelta(days=r.randint(0, 2400))
        b, style = B(), order[i]
        STYLES[style](G(r, pt, d0), b)
        text = "".join(b.parts)
        x = r.random()
        case = "upper" if (x < (.4 if style == "nursing_shift" else .08)) else "lower" if x > .895 else "orig"
        t2 = text.upper() if case == "upper" else text.lower() if case == "lower" else text
        if len(t2) == len(text): text = t2
        recs.append({"note_id": f"X{i + 1:04d}", "patient_id": pid, "template": style, "text": text,
                     "phi": b.phi, "keep": b.keep, "_case": case})
    # ---- validation
    for rec in recs:
        t = rec["text"]
        for sp in rec["phi"] + rec["keep"]:
            assert 0 <= sp["start"] < sp["end"] <= len(t), (rec["note_id"], sp)
            assert t[sp["start"]:sp["end"]].strip() == t[sp["start"]:sp["end"]], (rec["note_id"], sp)
        for sp in rec["phi"]: assert CAT[sp["entity"]] == sp["category"]
        allsp = sorted(rec["phi"] + rec["keep"], key=lambda z: z["start"])
        for p, q in zip(allsp, allsp[1:]): assert p["end"] <= q["start"], (rec["note_id"], p, q)
        assert rec["phi"] and rec["keep"], rec["note_id"]
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            rec.pop("_case"); f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # ---- summary
    cat, ent, sty = Counter(), Counter(), Counter(x["template"] for x in recs)
    for rec in recs:
        for sp in rec["phi"]: cat[sp["category"]] += 1; ent[sp["entity"]] += 1
    print(f"wrote {len(recs)} notes, {len({x['patient_id'] for x in recs})} patients -> {a.out}")
    print("PHI per category:", dict(cat.most_common()))
    print("PHI per entity:  ", dict(ent.most_common()))
    print("keep spans:", sum(len(x["keep"]) for x in recs))
    print("notes per style: ", dict(sorted(sty.items())))

if __name__ == "__main__":
    main()

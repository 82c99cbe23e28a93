#!/usr/bin/env python3
"""Independent synthetic gold set (heldout4) for clinical de-identification.
Usage: python make_gold.py --n 250 --seed 31 --out gold4.jsonl   (stdlib only)"""
import argparse, json, random, re, collections

GF = ("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret "
      "Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia "
      "Dorothy Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Rachel "
      "Janet Maria Olivia Heather Helen Catherine Diane Julie Victoria Joyce Lauren Ruth Virginia Evelyn Hannah "
      "Megan Gloria Teresa Mei Yuki Priya Anjali Deepika Fatima Aisha Layla Leila Keisha Tanisha Imani Latoya "
      "Guadalupe Ximena Lucia Rosa Carmen Sofia Alejandra Linh Huong Seo-yeon Chinwe Ngozi Amara Oksana Svetlana "
      "Francesca Siobhan Niamh Ingrid Astrid Leilani Ayesha Zainab Parisa Esperanza Xiomara Faith Hope Grace Joy "
      "June April May Rose Iris Ivy Dawn Summer Autumn Destiny Precious Crystal Amber Ruby Pearl Hazel Charity").split()
GM = ("James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony "
      "Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward Jeffrey Ryan "
      "Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander "
      "Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah "
      "Walter Keith Roger Terry Austin Sean Gerald Carl Harold Arthur Wei Hiroshi Arjun Rajesh Sanjay Mohammed "
      "Ahmed Omar Hassan Jamal DeShawn Malik Darnell Jorge Alejandro Santiago Carlos Miguel Luis Juan Minh Thanh "
      "Duc Jin-woo Olumide Kwame Dmitri Ivan Giovanni Declan Sven Lars Kai Bilal Tariq Yusuf Reza Dariush Hunter "
      "Mason Chase Rich Bill Art Guy Sunny Will Drew Gene Ray Wade Forrest Clay Cash").split()
SUR = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
       "Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis "
       "Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera "
       "Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart "
       "Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim "
       "Cox Ward Richardson Watson Brooks Chavez Wood Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo "
       "Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler "
       "Henderson Barnes Fisher Vasquez Simmons Romero Patterson Hamilton Graham Reynolds Griffin Wallace West Cole "
       "Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Fernandez "
       "McDonald Woods Washington Kennedy Wells Vargas Chen Freeman Webb Tucker Guzman Crawford Olson Simpson Porter "
       "Gordon Mendez Silva Shaw Snyder Dixon Munoz Hicks Holmes Palmer Wagner Black Boyd Stone Salazar Fox Warren "
       "Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Soto Weaver Ryan Gardner Payne Grant Dunn Spencer "
       "Hawkins Arnold Pierce Hansen Santos Hart Bradley Knight Elliott Wang Li Zhang Liu Huang Yamamoto Tanaka Sato "
       "Park Choi Kang Pham Le Vo Huynh Sharma Gupta Singh Reddy Iyer Krishnan Chaudhry Khan Rahman Hussain "
       "Siddiqui Haddad Nasser Mansour Abdullah Okafor Adeyemi Mensah Okonkwo Balogun Kowalski Nowak Petrov Novak "
       "Horvath Rossi Bianchi Esposito O'Brien O'Connor McCarthy Gallagher Fitzgerald Larsen Johansson Lindqvist "
       "Muller Schneider Becker Kaplan Goldberg Cohen Katz Friedman Levy Yilmaz Nakamura Kahale Begay Yazzie "
       "Tsosie Love Bush Frank Moss Day Case Law Lamb Marsh Glass Sharp Strong Wise Best Bond Good Hale Field Story "
       "Small Rich Hope Joy Bishop Mercer Cotton").split()
NICK = {"William": "Bill", "Robert": "Bobby", "Richard": "Rick", "Elizabeth": "Liz", "Margaret": "Peggy",
        "James": "Jim", "Katherine": "Kate", "Joseph": "Joe", "Michael": "Mike", "Thomas": "Tommy",
        "Patricia": "Trish", "Jennifer": "Jenny", "Christopher": "Chris", "Alexander": "Sasha", "Samantha": "Sam",
        "Deborah": "Debbie", "Anthony": "Tony", "Edward": "Eddie", "Charles": "Chuck", "Daniel": "Danny",
        "Dorothy": "Dot", "Guadalupe": "Lupe", "Francesca": "Frankie", "Rajesh": "Raj", "Dmitri": "Dima"}
CITIES = ("Springfield Fairview Riverside Greenville Franklin Georgetown Clinton Salem Marion Bristol Dayton Fresno "
          "Tacoma Toledo Akron Lubbock Boise Reno Macon Duluth Yonkers Tulsa Omaha Bakersfield Chattanooga Modesto "
          "Pueblo Savannah Scranton Waco Eugene Hialeah Flint Topeka Billings Gary Laredo Kalamazoo Amarillo "
          "Lafayette Hope Independence Paradise Liberty").split() + ["Cedar Rapids", "Baton Rouge", "Fort Wayne",
          "Sioux Falls", "Grand Junction", "Santa Rosa", "Ann Arbor", "Las Cruces"]
STATES = "AL AZ CA CO FL GA IL IN IA KS KY LA MI MN MO NE NV NM NY NC OH OK OR PA SC TN TX VA WA WI".split()
STREETS = ("Maple Oak Elm Pine Cedar Washington Lincoln Jefferson Lake Hill Park Main Church Mill River Sunset "
           "Highland Meadow Willow Chestnut Magnolia Dogwood Hickory Spring Ridge Valley Orchard Harbor").split()
STYPE = ["St", "Street", "Ave", "Avenue", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pkwy"]
FAC_KIND = ["Memorial Hospital", "Regional Medical Center", "Community Hospital", "General Hospital",
            "Family Medicine", "Health Center", "Rehabilitation Center", "Skilled Nursing Facility",
            "Heart Institute", "Home Health Services", "Surgery Center", "Internal Medicine Associates"]
FAC_NAMED = ["St. Luke's", "Mercy", "Good Samaritan", "Baptist", "Sacred Heart", "Providence", "St. Vincent's",
             "Presbyterian", "Holy Cross", "Methodist", "Sisters of Charity", "Lakeview", "Northside", "Brookdale"]
PHARM = ["Walgreens", "CVS Pharmacy", "Rite Aid", "Kroger Pharmacy", "Hometown Drug", "Costco Pharmacy",
         "Walmart Pharmacy", "Medicine Shoppe", "Publix Pharmacy", "Hy-Vee Pharmacy"]
PLANS = ["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Medicare", "Medicaid", "Cigna", "Humana", "Tricare"]
MEDS = ["Lipitor 40 mg daily", "metformin 1000 mg BID", "Eliquis 5 mg BID", "lisinopril 10 mg daily",
        "Norco 5/325 mg q6h PRN", "insulin glargine 22 units qHS", "Keppra 500 mg BID", "Coumadin 5 mg daily",
        "Xarelto 20 mg daily", "Plavix 75 mg daily", "aspirin 81 mg daily", "atorvastatin 80 mg nightly",
        "Synthroid 88 mcg daily", "Toprol XL 50 mg daily", "amlodipine 5 mg daily", "Zoloft 50 mg daily",
        "gabapentin 300 mg TID", "Protonix 40 mg daily", "prednisone 40 mg daily", "Jardiance 10 mg daily",
        "Entresto 24/26 mg BID", "Ozempic 0.5 mg weekly", "Tylenol 650 mg q6h PRN", "furosemide 40 mg daily",
        "hydrochlorothiazide 25 mg daily", "Seroquel 25 mg qHS", "Flomax 0.4 mg daily", "losartan 50 mg daily",
        "Januvia 100 mg daily", "sertraline 100 mg daily", "Spiriva 18 mcg inhaled daily", "Advair 250/50 BID",
        "tamsulosin 0.4 mg qHS", "carvedilol 12.5 mg BID", "Humalog 6 units with meals", "montelukast 10 mg qHS"]
ACUTE = ["Zofran 4 mg IV", "morphine 4 mg IV", "Dilaudid 0.5 mg IV", "Lasix 40 mg IV", "ceftriaxone 1 g IV",
         "vancomycin 1.25 g IV", "Zosyn 3.375 g IV", "heparin 5000 units SC", "Toradol 15 mg IV",
         "nitroglycerin 0.4 mg SL", "aspirin 324 mg PO", "ondansetron 4 mg ODT", "ketorolac 30 mg IM",
         "normal saline 1 L bolus", "lorazepam 1 mg IV", "Ativan 2 mg IV", "diltiazem 10 mg IV", "Cardizem 15 mg IV",
         "Solu-Medrol 125 mg IV", "DuoNeb x3", "potassium chloride 40 mEq PO", "magnesium sulfate 2 g IV"]
ABX = ["ertapenem 1 g IV q24h", "daptomycin 6 mg/kg IV q24h", "cefazolin 2 g IV q8h", "vancomycin 1 g IV q12h",
       "Invanz 1 g IV daily", "ceftriaxone 2 g IV daily", "Unasyn 3 g IV q6h", "TPN 1800 mL over 12 hours"]
DZ = ["Parkinson disease", "Hashimoto thyroiditis", "Crohn disease", "Bell palsy", "Graves disease",
      "Hodgkin lymphoma", "Alzheimer dementia", "Barrett esophagus", "Raynaud phenomenon", "Sjogren syndrome",
      "Guillain-Barre syndrome", "Wolff-Parkinson-White syndrome", "Cushing syndrome", "Addison disease",
      "Meniere disease", "Paget disease of bone", "Dupuytren contracture", "Hirschsprung disease",
      "Kaposi sarcoma", "Wilson disease", "Huntington disease", "Takotsubo cardiomyopathy", "Prinzmetal angina",
      "Charcot foot", "Baker cyst", "Osgood-Schlatter disease", "Tourette syndrome", "Mallory-Weiss tear",
      "Marfan syndrome", "von Willebrand disease", "Lou Gehrig disease", "Brugada syndrome"]
SIGN = ["Murphy sign", "Homans sign", "Babinski sign", "Romberg test", "Tinel sign", "Phalen test",
        "McMurray test", "Lachman test", "Allen test", "Kernig sign", "Brudzinski sign", "Chvostek sign",
        "Trousseau sign", "McBurney point tenderness", "Rovsing sign", "Spurling test", "Hoffmann sign",
        "Kussmaul respirations", "Cheyne-Stokes respirations", "Grey Turner sign", "Cullen sign", "Dix-Hallpike test"]
PROC = ["Whipple procedure", "Nissen fundoplication", "Roux-en-Y gastric bypass", "Hartmann procedure",
        "Billroth II gastrectomy", "Epley maneuver", "Bankart repair", "Ross procedure", "Kasai procedure",
        "Mohs surgery", "Heller myotomy", "Seldinger technique central line", "Ivor Lewis esophagectomy",
        "Latarjet procedure", "Bentall procedure"]
DEV = ["Foley catheter", "Swan-Ganz catheter", "Holter monitor", "Jackson-Pratt drain", "Hickman catheter",
       "Groshong catheter", "Blakemore tube", "Ommaya reservoir", "Pleur-x catheter", "Miami J collar",
       "Dobhoff tube", "Penrose drain", "Yankauer suction"]
SCALE = [("Glasgow Coma Scale", 3, 15), ("Braden score", 6, 23), ("Morse Fall Scale", 0, 125),
         ("Richmond Agitation-Sedation Scale", -3, 2), ("Caprini score", 0, 10), ("Wells score", 0, 8),
         ("Bishop score", 0, 13), ("Ranson score", 0, 6), ("Child-Pugh score", 5, 15), ("Hunt and Hess grade", 1, 5),
         ("Bristol stool type", 1, 7), ("Karnofsky score", 30, 100), ("Rankin scale", 0, 5), ("Ramsay score", 1, 6)]

def rr_date(r):
    return r.randint(2014, 2025), r.randint(1, 12), r.randint(1, 28)

MON = "January February March April May June July August September October November December".split()

def fmt_date(r, y, m, d, noyear_ok=True):
    k = r.randint(0, 10 if noyear_ok else 8)
    return [f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{MON[m-1]} {d}, {y}",
            f"{MON[m-1][:3]} {d} {y}", f"{d:02d}-{MON[m-1][:3]}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {MON[m-1]} {y}",
            f"{MON[m-1][:3]}. {d}, {y}", f"{m}/{d}", f"{MON[m-1]} {d}"][k]

class B:
    def __init__(s):
        s.buf, s.n, s.phi, s.keep = [], 0, [], []
    def add(s, x, tag=""):
        st = s.n; s.buf.append(x); s.n += len(x)
        if tag == "K": s.keep.append({"start": st, "end": s.n})
        elif tag: s.phi.append({"start": st, "end": s.n, "entity": tag, "category": CAT[tag]})
    def text(s): return "".join(s.buf)

CAT = {"PERSON": "NAME", "DATE": "DATE", "AGE_90_PLUS": "AGE"}
CAT.update({e: "ID" for e in "MEDICAL_RECORD_NUMBER ACCOUNT_NUMBER ID_NUMBER HEALTH_PLAN_NUMBER US_SSN "
            "LICENSE_NUMBER DEVICE_ID VEHICLE_ID".split()})
CAT.update({e: "LOCATION" for e in "LOCATION STREET_ADDRESS ZIP_CODE FACILITY".split()})
CAT.update({e: "CONTACT" for e in "PHONE_NUMBER EMAIL_ADDRESS URL IP_ADDRESS".split()})

def render(b, tpl, d):
    pos = 0
    for m in re.finditer(r"\{(\w+)(?::(u))?\}|\[\[(.+?)\]\]", tpl):
        b.add(tpl[pos:m.start()])
        txt, tag = (m.group(3), "K") if m.group(3) else d[m.group(1)]
        b.add(txt.upper() if m.group(2) else txt, tag)
        pos = m.end()
    b.add(tpl[pos:])

def person(r, female=None):
    if female is None: female = r.random() < 0.5
    f = r.choice(GF if female else GM)
    if r.random() < 0.12 and female is False: f = r.choice([k for k in NICK if k in GM])
    l = r.choice(SUR)
    if r.random() < 0.06: l = l + "-" + r.choice(SUR)
    return {"f": f, "l": l, "m": r.choice("ABCDEFGHJKLMNPRSTW"), "female": female}

def names(pfx, p, d):
    P = lambda s: (s, "PERSON")
    f, l, m = p["f"], p["l"], p["m"]
    d[pfx + "_fl"] = P(f"{f} {l}"); d[pfx + "_fml"] = P(f"{f} {m}. {l}"); d[pfx + "_lf"] = P(f"{l}, {f}")
    d[pfx + "_lfm"] = P(f"{l}, {f} {m}."); d[pfx + "_f"] = P(f); d[pfx + "_l"] = P(l)
    d[pfx + "_ini"] = P(f"{f[0]}.{l[0]}."); d[pfx + "_UL"] = P(f"{l.upper()}, {f.upper()}")
    d[pfx + "_nick"] = P(NICK.get(f, f))
    d[pfx + "_fi"] = P(f"{f[0]}. {l}")

def digits(r, n): return "".join(r.choice("0123456789") for _ in range(n))

def phone(r):
    a, b, c = r.randint(201, 989), r.randint(200, 989), digits(r, 4)
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a} {b} {c}", f"{a}/{b}-{c}"])

def context(r):
    d = {}
    K = lambda s: (s, "K")
    fem = r.random() < 0.5
    pt = person(r, fem); names("pt", pt, d)
    for k in ("doc1", "doc2", "doc3", "rn", "rn2", "fam"): names(k, person(r), d)
    d["fam"] = person(r)
    d["sex"] = ("female" if fem else "male", ""); d["he"] = ("she" if fem else "he", "")
    d["his"] = ("her" if fem else "his", ""); d["His"] = ("Her" if fem else "His", ""); d["Mr"] = ("Ms." if fem else "Mr.", "")
    d["sx"] = ("F" if fem else "M", "")
    d["rel"] = (r.choice(["daughter", "wife", "sister", "niece", "granddaughter", "partner", "neighbor", "friend"]
                         if d["fam"]["female"] else ["son", "husband", "brother", "nephew", "grandson", "partner",
                         "neighbor", "friend"]), "")
    age = r.randint(90, 104) if r.random() < 0.16 else r.randint(19, 89)
    d["age"] = (str(age), "AGE_90_PLUS" if age >= 90 else "K")
    d["age2"] = K(str(r.randint(40, 88)))
    y, m, dd = rr_date(r); d["year"] = (str(y), "")
    d["d0"] = (fmt_date(r, y, m, dd, False), "DATE")
    for i in range(1, 4): d[f"d{i}"] = (fmt_date(r, y + r.randint(-3, 1), r.randint(1, 12), r.randint(1, 28)), "DATE")
    d["dob"] = (fmt_date(r, y - age - (1 if r.random() < .5 else 0), r.randint(1, 12), r.randint(1, 28), False), "DATE")
    d["mrn"] = (r.choice([digits(r, 8), "E" + digits(r, 7), digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 3),
                          "00" + digits(r, 7)]), "MEDICAL_RECORD_NUMBER")
    d["acct"] = (r.choice([digits(r, 10), "FIN" + digits(r, 9), "V" + digits(r, 8)]), "ACCOUNT_NUMBER")
    d["ssn"] = (f"{r.randint(100, 665)}-{digits(r, 2)}-{digits(r, 4)}" if r.random() < .8 else "***-**-" + digits(r, 4), "US_SSN")
    d["plan"] = (r.choice(PLANS), "")
    d["hpn"] = (r.choice([r.choice("XWJ") + "".join(r.choice("ABCDEFGHJK") for _ in range(2)) + digits(r, 9),
                          digits(r, 4) + "-" + digits(r, 4) + "-" + digits(r, 3), "1EG4-TE5-MK" + digits(r, 2)]),
                "HEALTH_PLAN_NUMBER")
    d["npi"] = ("1" + digits(r, 9), "ID_NUMBER")
    d["dea"] = (r.choice("ABFM") + r.choice("ABCDEFGHJKLMNPRSTW") + digits(r, 7), "LICENSE_NUMBER")
    d["dl"] = (r.choice("ABCDFGHKLMNPRSTWY") + digits(r, 3) + "-" + digits(r, 4) + "-" + digits(r, 4), "LICENSE_NUMBER")
    d["dev"] = ("".join(r.choice("ABCDEFGHJKLMNPRTVWXYZ0123456789") for _ in range(r.randint(8, 11))), "DEVICE_ID")
    d["veh"] = (r.choice([digits(r, 1) + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + digits(r, 3),
                          "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))]), "VEHICLE_ID")
    d["ip"] = (f"{r.choice([10, 172, 192])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS")
    for k in ("ph1", "ph2", "fax", "pager"): d[k] = (phone(r), "PHONE_NUMBER")
    dom = r.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"])
    d["email"] = (r.choice([f"{pt['f'].lower()}.{pt['l'].lower()}{r.randint(1, 99)}@{dom}",
                            f"{pt['f'][0].lower()}{pt['l'].lower()}@{dom}"]).replace("'", ""), "EMAIL_ADDRESS")
    city = r.choice(CITIES); d["city"] = (city, "LOCATION"); d["st"] = (r.choice(STATES), "")
    d["city2"] = (r.choice(CITIES), "LOCATION")
    d["county"] = (r.choice(SUR + CITIES) + " County", "LOCATION")
    d["zip"] = (digits(r, 5) if r.random() < .8 else digits(r, 5) + "-" + digits(r, 4), "ZIP_CODE")
    d["street"] = (f"{r.randint(2, 9899)} {r.choice(['', '', 'N ', 'S ', 'E ', 'W '])}{r.choice(STREETS)} {r.choice(STYPE)}"
                   + r.choice(["", "", "", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}"]), "STREET_ADDRESS")
    fac = lambda: r.choice([f"{r.choice(FAC_NAMED)} {r.choice(FAC_KIND)}", f"{r.choice(CITIES)} {r.choice(FAC_KIND)}",
                            f"{r.choice(SUR)} {r.choice(FAC_KIND)}"])
    d["fac"], d["fac2"] = (fac(), "FACILITY"), (fac(), "FACILITY")
    d["pharm"] = (r.choice(PHARM) + r.choice(["", f" #{r.randint(1000, 19999)}", f" on {r.choice(STREETS)} {r.choice(STYPE)}"]), "FACILITY")
    slug = re.sub(r"[^a-z]", "", d["fac"][0].lower())[:14]
    d["url"] = (r.choice([f"https://mychart.{slug}.org", f"www.{slug}health.com/portal",
                          f"https://portal.{slug}.org/login?id={digits(r, 6)}"]), "URL")
    ms = r.sample(MEDS, 5); ac = r.sample(ACUTE, 3)
    for i in range(5): d[f"med{i}"] = K(ms[i])
    for i in range(3): d[f"ac{i}"] = K(ac[i])
    d["abx"] = K(r.choice(ABX))
    for i, u in enumerate(["day", "week", "month", "hour", "year"]):
        n = r.randint(2, 10); d[f"dur{i}"] = K(f"{n} {u}s")
    d["bp"] = K(f"BP {r.randint(92, 188)}/{r.randint(52, 108)}"); d["hr"] = K(f"HR {r.randint(48, 132)}")
    d["rr"] = K(f"RR {r.randint(12, 30)}"); d["spo2"] = K(f"SpO2 {r.randint(86, 100)}%")
    d["temp"] = K(f"T {r.choice(['97.', '98.', '99.', '100.', '101.'])}{r.randint(0, 9)} F")
    d["wt"] = K(f"{r.randint(45, 140)}.{r.randint(0, 9)} kg"); d["bmi"] = K(f"BMI {r.randint(18, 44)}.{r.randint(0, 9)}")
    labs = [f"Na {r.randint(124, 146)}", f"K {r.randint(29, 61) / 10}", f"creatinine {r.randint(6, 38) / 10}",
            f"WBC {r.randint(30, 220) / 10}", f"Hgb {r.randint(62, 165) / 10}", f"A1c {r.randint(52, 128) / 10}%",
            f"troponin {r.choice(['<0.01', '0.04', '0.32', '1.8'])}", f"BNP {r.randint(40, 2400)}",
            f"INR {r.randint(9, 42) / 10}", f"lactate {r.randint(8, 62) / 10}", f"glucose {r.randint(62, 420)}",
            f"platelets {r.randint(38, 450)}", f"TSH {r.randint(1, 90) / 10}", f"LDL {r.randint(48, 190)}"]
    for i, x in enumerate(r.sample(labs, 5)): d[f"lab{i}"] = K(x)
    dz, sg = r.sample(DZ, 3), r.sample(SIGN, 2)
    for i in range(3): d[f"dz{i}"] = K(dz[i])
    d["sg0"], d["sg1"] = K(sg[0]), K(sg[1]); d["proc"] = K(r.choice(PROC)); d["dev_ep"] = K(r.choice(DEV))
    sc = r.choice(SCALE); d["scale"] = K(f"{sc[0]} {r.randint(sc[1], sc[2])}")
    d["phq"] = K(f"PHQ-9 score {r.randint(0, 24)}"); d["pain"] = K(f"pain {r.randint(0, 10)}/10")
    d["gcs"] = K(f"GCS {r.randint(9, 15)}"); d["asa"] = K(f"ASA {r.choice(['II', 'III', 'IV'])}")
    d["chads"] = K(f"CHA2DS2-VASc {r.randint(1, 7)}"); d["hasbled"] = K(f"HAS-BLED {r.randint(0, 4)}")
    d["ef"] = K(f"EF {r.randint(15, 65)}%"); d["nihss"] = K(f"NIHSS {r.randint(0, 14)}")
    return d

C = lambda r, *o: r.choice(o)

def soap(r):
    return f"""{{fac}}
{{street}}, {{city}}, {{st}} {{zip}}   Tel {{ph1}}   Fax {{fax}}

PATIENT: {C(r, '{pt_lfm}', '{pt_UL}', '{pt_fml}')}     DOB: {{dob}}     MRN: {{mrn}}
DATE OF SERVICE: {{d0}}
Provider: {{doc1_fl}}, MD        PCP: Dr. {{doc2_l}}

SUBJECTIVE:
{C(r, '{pt_f} is a {age}-year-old {sex}', 'Pt is a {age} yo {sx}', '{Mr} {pt_l} is a {age} y/o {sex}')} here for follow-up of {{dz0}} and hypertension. {C(r, 'Goes by "{pt_nick}".', 'Prefers to be called {pt_nick}.', '')} Reports fatigue for {{dur0}} and poor sleep for {{dur1}}. {C(r, '{His} {rel} {fam_f} helps with the pillbox.', '{fam_fl} ({rel}) accompanies today.', 'Here alone; {rel} {fam_fl} is emergency contact, {ph2}.')} Taking {{med0}} and {{med1}}; ran out of {{med2}} {{dur2}} ago. Seen at {{fac2}} on {{d1}} for the same complaint.

OBJECTIVE:
{{bp}}, {{hr}}, {{temp}}, {{spo2}} on RA, Wt {{wt}}, {{bmi}}.
Gen: NAD. CV: RRR, no murmur. Ext: no edema, {{sg0}} negative.
Labs {{d2}}: {{lab0}}, {{lab1}}, {{lab2}}.

ASSESSMENT/PLAN:
1. {{dz0}} - stable, continue {{med0}}.
2. Essential hypertension - add {{med3}}; home BP log for {{dur0}}.
3. Depression screen: {{phq}}. {C(r, 'Discussed with Dr. {doc3_l}, behavioral health.', 'Referral to {doc3_fl}, LCSW.', 'Declines therapy at this time.')}
Refills sent to {{pharm}}. Return in {{dur1}} or sooner prn. Colonoscopy due; h/o [[Lynch syndrome]] in family.

{C(r, 'Electronically signed by {doc1_lfm} on {d0}', '{doc1_fl}, MD  NPI {npi}  DEA {dea}', '-- {doc1_fi}, M.D.')}
"""

def ed(r):
    return f"""EMERGENCY DEPARTMENT PHYSICIAN DOCUMENTATION
{{fac}} Emergency Dept | Arrival {{d0}} 02:14 | Acct# {{acct}} | MRN {{mrn}}
Patient: {{pt_UL}}   Age: {{age}}   Sex: {{sx}}
Attending: {{doc1_fl}}, MD   Resident: {{doc2_fml}}, DO   Triage RN: {{rn_fl}}

CHIEF COMPLAINT: {C(r, 'chest pain', 'fall', 'shortness of breath', 'MVC')} x {{dur3}}
HPI: {C(r, '{age}yo {sx}', 'This is a {age} year old {sex}', '{pt_fl} is a {age}-year-old')} with hx of {{dz0}} brought in by {C(r, '{city} Fire Rescue', '{county} EMS', 'private vehicle')}. {C(r, 'Restrained driver, vehicle plate {veh}, low-speed collision on {street}.', 'Found on floor at home by {rel} {fam_f}.', 'Sent over from {fac2} urgent care.')} ID: driver license {{dl}}. Took {{med0}} this AM. {{pain}}.

TRIAGE VITALS: {{bp}} {{hr}} {{rr}} {{spo2}} {{temp}}  {{gcs}}

ED COURSE:
02:20  EKG reviewed by me, sinus rhythm, no STEMI.
02:31  {{ac0}} and {{ac1}} given.
03:05  {{lab0}}, {{lab1}}, {{lab3}}. Paged cardiology, Dr. {{doc3_l}} ({{pager}}).
04:40  {C(r, "Pt's", "Patient's")} {{rel}} {{fam_fl}} at bedside, callback {{ph1}}. {{sg0}} negative.
05:10  Repeat {{lab2}}. {{scale}}.
06:12  {{ac2}}. Case d/w {{doc1_l}}; {C(r, 'admit to telemetry, hospitalist Dr. {doc3_fl}.', 'discharged home with {rel}, f/u PCP in {dur0}.', 'transfer to {fac2} accepted by Dr. {doc3_l}.')}

IMPRESSION: {C(r, 'Chest pain, low risk, [[HEART score 3]]', 'Closed fracture, see above', 'Syncope, likely orthostatic')}
{{doc2_fi}}, DO / {{doc1_fl}}, MD {{d0}} 06:30
"""

def hp(r):
    return f"""HISTORY AND PHYSICAL
Admission Date: {{d0}}          Admitting Physician: {{doc1_lfm}}, MD
Name: {{pt_fml}}   MRN: {{mrn}}   DOB: {{dob}}   SSN: {{ssn}}
Insurance: {{plan}}  Member ID: {{hpn}}

CHIEF COMPLAINT: {C(r, 'Dyspnea', 'Abdominal pain', 'Confusion', 'Weakness')}
HPI: {{Mr}} {{pt_l}} is a {{age}} y/o {{sex}} with PMH of {{dz0}}, {{dz1}} and CKD who presents with {{dur0}} of worsening symptoms. {C(r, 'Transferred from {fac2} on {d1}.', 'Lives in {city}, {st}; drove in with {rel}.', 'Seen by Dr. {doc2_l} at {fac2} on {d1} and sent in.')} Denies fever.

PAST MEDICAL HISTORY:
- {{dz0}}
- {{dz1}} (diagnosed {{year}})
- Hypertension
PAST SURGICAL HISTORY: {{proc}} ({{d2}}, Dr. {{doc3_l}})
MEDICATIONS: {{med0}}; {{med1}}; {{med2}}; {{med3}}
ALLERGIES: sulfa (hives)
SOCIAL HISTORY: Lives at {{street}}, {{city}} {{zip}} with {{rel}} {{fam_fl}}. Quit smoking {{dur4}} ago. Drinks 2 beers/week.
FAMILY HISTORY: Mother with {{dz2}}, died at {{age2}}.

PHYSICAL EXAM:
Vitals: {{temp}}, {{bp}}, {{hr}}, {{rr}}, {{spo2}}
Neuro: A&Ox3, {{sg0}} absent. Abd: soft, {{sg1}} negative.
LABS: {{lab0}}, {{lab1}}, {{lab2}}, {{lab3}}, {{lab4}}

ASSESSMENT AND PLAN:
{{age}} y/o with {{dz0}} admitted for further workup. Start {{ac0}}; continue {{med0}}. VTE ppx with {{ac1}}. {{scale}}.
Code status: Full. Discussed with {{pt_f}} and {{fam_f}}.

{{doc1_fl}}, MD   Pager {{pager}}
"""

def cards(r):
    return f"""CARDIOLOGY CONSULTATION NOTE
Date: {{d0}}   Location: {{fac}}, 5 West
Patient: {{pt_fl}}   MRN {{mrn}}   DOB {{dob}}
Requesting: Dr. {{doc2_fl}} (Hospital Medicine)   Consultant: {{doc1_fl}}, MD, FACC

REASON FOR CONSULT: new atrial fibrillation with RVR
HPI: {C(r, 'Thank you for asking us to see {pt_fl}', 'We were asked by Dr. {doc2_l} to evaluate {Mr} {pt_l}', '{pt_f} {pt_l} is seen')}, a {{age}}-year-old with {{dz0}} and prior {{dev_ep}} use, presenting with palpitations x {{dur3}}. Has a dual-chamber pacemaker (serial {{dev}}) placed {{d1}} at {{fac2}}; remote monitoring via {{url}}. {C(r, 'Also known history of {dz1}.', 'Denies syncope.', 'Wife {fam_f} reports snoring.')}

Risk scores: {{chads}}, {{hasbled}}. Echo {{d2}}: {{ef}}, mild MR.
Vitals: {{bp}}, {{hr}} irregular. {{lab0}}, {{lab1}}, {{lab2}}.
EKG: AF [[128 bpm]], no delta wave (no evidence of [[Wolff-Parkinson-White syndrome]]).

RECOMMENDATIONS:
1. Rate control with {{ac1}}, then {{med2}}.
2. Anticoagulation: start {{med3}}.
3. TEE/DCCV if persistent; consider {{proc}} not indicated.
4. [[14-day]] [[Holter monitor]] at discharge; follow up with {C(r, 'Dr. {doc1_l}', '{doc1_fi}', 'our NP {rn_fl}')} in {{dur1}}, clinic line {{ph1}}.
Discussed with {{doc2_l}}'s team and {C(r, "the patient's {rel}", '{rel} {fam_fl}')}.

{{doc1_fl}}, MD  |  Cardiology fellow: {{doc3_fml}}, MD
"""

def prog(r):
    return f"""INTERNAL MEDICINE PROGRESS NOTE - Hospital Day #{r.randint(2, 14)}
{{d0}}   {C(r, '{pt_lf}', '{pt_ini}', '{pt_UL}')}   Rm {r.randint(201, 999)}-{C(r, 'A', 'B')}   MRN {{mrn}}

S: No acute events overnight. {C(r, 'Per RN {rn_f}, pt slept poorly.', 'Nurse {rn_fl} notes good PO intake.', '{rn_f} (night RN) reports one episode of emesis.')} {{pain}}. {C(r, '{pt_f} asks when she can go home.', 'Patient asking about discharge.', '{pt_nick} is eager to walk.')}
O: {{temp}} Tmax, {{bp}}, {{hr}}, {{rr}}, {{spo2}}. I/O 1.2L/2.1L.
   {{lab0}}, {{lab1}}, {{lab2}}, {{lab3}}
   Exam: JVP flat, {{sg0}} negative, {{dev_ep}} in place.

PROBLEM LIST / PLAN:
#1 {{dz0}} - continue {{med0}}, neuro checks q4h.
#2 AKI on CKD 3 - {{lab2}} trending down; hold {{med1}} x {{dur0}}.
#3 Hypokalemia - {{ac0}}.
#4 {{dz1}} - stable, outpatient f/u with Dr. {{doc3_l}}.
#5 FEN/PPx: {{ac1}}; {{scale}}.
DISPO: PT/OT recs SNF; {{rel}} {{fam_f}} prefers {{fac2}} near {{city}}. CM {{rn2_fl}} following. Anticipate d/c {{d1}}.

{{doc2_fl}}, MD (PGY-2) for Dr. {{doc1_l}}. Seen and examined with {{doc1_fi}}, attending, who agrees.
"""

def nursing(r):
    return f"""NURSING ADMISSION ASSESSMENT
PT NAME: {{pt_UL}}   MRN: {{mrn}}   ADMIT: {{d0}} 1930   UNIT: {C(r, '4N', 'MICU', '6 WEST', 'TELE')}
Arrived via stretcher from ED, accompanied by {{rel}} {{fam_fl:u}}.
ALLERGIES: PCN (RASH), LATEX.
PT ALERT AND ORIENTED X4. {{gcs}}. SKIN INTACT EXCEPT STAGE 2 COCCYX. {{scale:u}}.
[[MORSE FALL SCALE {r.randint(25, 95)}]] - HIGH FALL RISK, BED ALARM ON. [[BRADEN SCORE {r.randint(9, 20)}]].
VS: {{bp}} {{hr}} {{rr}} {{spo2}} {{temp}}  WT {{wt}}
Lines: 20G R AC, {{dev_ep}} placed in ED.
Home meds brought by family: {{med0}}, {{med1}}. Pharmacy: {{pharm:u}}, ph {{ph2}}.
ISOLATION: CONTACT (MRSA HX {{d1}}).
EMERGENCY CONTACT: {{fam_fl:u}} ({{rel}}) {{ph1}}
ADVANCE DIRECTIVE: FULL CODE. HCPOA IS {{fam_f:u}}. PCP DR. {{doc2_l:u}}.
Pt states "call me {{pt_nick}}". Oriented to room and call light. Tele box #{r.randint(10, 99)} on, monitor IP {{ip}}.
Assessment completed by {{rn_fl}}, RN. Report given to {{rn2_f}} at 2300.
"""

def dc(r):
    return f"""Discharge Instructions for {C(r, '{pt_fl}', '{pt_fml}')}
{{fac}}
Discharge date: {{d0}}

Dear {C(r, '{pt_f}', '{Mr} {pt_l}')},
You were in the hospital for {{dur0}} because of {C(r, 'pneumonia', 'a heart failure flare', 'a kidney infection', 'a blood clot in your leg')}. Your doctors were Dr. {{doc1_l}} and Dr. {{doc2_fl}}.

YOUR MEDICINES
- NEW: {{med3}}. Take it every day, even if you feel fine.
- CHANGED: {{med0}} (dose lowered).
- STOP taking {{med4}} until your follow-up visit.
Your prescriptions were sent to {{pharm}}.

WHAT TO DO AT HOME
Weigh yourself every morning. Call us if you gain more than 2 pounds in a day or 5 pounds in {{dur1}}. Your weight today was {{wt}}.
Do not drive for {{dur2}}. {C(r, 'Your {rel} {fam_f} will help with your pills.', 'Ask {fam_fl} to stay with you the first night.', '')}

FOLLOW-UP
See {C(r, 'Dr. {doc2_l}', '{doc3_fl}, NP', 'Dr. {doc3_fl}')} at {{fac2}}, {{street}}, {{city}} on {{d2}} at 10:30 AM. Call {{ph1}} to confirm.
Lab check ({{lab2}} last) in {{dur0}}.
Sign in to your patient portal at {{url}}. Questions? Email {{email}} will not be answered after hours; call {{ph2}}.

Call 911 if you have chest pain, trouble breathing, or fainting.
Your nurse today was {{rn_f}}. We wish you well, {{pt_f}}!
"""

def anes(r):
    return f"""ANESTHESIA PREOPERATIVE EVALUATION
Patient: {{pt_lfm}}   DOB: {{dob}}   Age: {{age}}   MRN: {{mrn}}   Weight: {{wt}}
Date of surgery: {{d1}}   Procedure: {{proc}}   Surgeon: {{doc2_fl}}, MD   Location: {{fac}} OR {r.randint(1, 14)}

HISTORY: {{dz0}}; OSA on CPAP; {{dz1}}. Prior anesthesia {{d2}} at {{fac2}}: PONV, otherwise uneventful. {C(r, 'Family hx of malignant hyperthermia: none.', 'Mother ({age2}) had pseudocholinesterase deficiency.', '')}
Meds: {{med0}} (hold AM of surgery), {{med1}}. Last dose of {{med2}} {{dur3}} ago.
NPO since midnight. {{bp}}, {{hr}}, {{spo2}}. {{lab0}}, {{lab4}}.
AIRWAY: [[Mallampati class {C(r, 'I', 'II', 'III', 'IV')}]], TMD >3 FB, full dentition, neck ROM full. {{sg0}} normal (radial A-line planned).
ASSESSMENT: {{asa}}. {{scale}}. [[STOP-BANG 5]].
PLAN: GETA with rapid sequence induction - [[propofol 2 mg/kg]], [[rocuronium 0.6 mg/kg]], [[fentanyl 100 mcg]]. [[Ancef 2 g IV]] before incision. {{dev_ep}} post-induction. PACU then floor.
Risks/benefits discussed with {C(r, 'patient', '{pt_f}')} and {{rel}} {{fam_fl}}; consent signed. Questions answered.

{{doc1_f}} {{doc1_l}}, MD (Anesthesiology) / CRNA {{rn_fl}}   {{d0}}
"""

def home(r):
    return f"""HOME HEALTH SKILLED NURSING VISIT NOTE
Agency: {{fac}}   Visit date: {{d0}}   Time in 0910  Time out 1005
Patient: {{pt_lf}}   MRN {{mrn}}   Address: {{street}}, {{city}}, {{st}} {{zip}}   {{county}}
Home phone: {{ph1}}   Ordering MD: Dr. {{doc1_l}}  NPI {{npi}}

HOMEBOUND STATUS: requires walker and assist of 1.
INFUSION: {{abx}} via {C(r, 'right basilic PICC', '{dev_ep}', 'port')}, {{dur0}} of {r.randint(4, 8)}-week course. Pump serial {{dev}}, running without alarms. Dressing changed, biopatch in place. Labs drawn: {{lab0}}, {{lab1}}, weekly CBC sent to {{fac2}} lab, fax {{fax}}.
WOUND: {C(r, 'sacral pressure injury stage 3', 'L lateral malleolus venous ulcer', 'R heel diabetic ulcer, h/o [[Charcot foot]]')} {r.randint(1, 6)}.{r.randint(0, 9)} x {r.randint(1, 5)}.{r.randint(0, 9)} x 0.{r.randint(1, 9)} cm, 80% granulation, scant serous drainage, no odor. Cleansed with NS, [[Mepilex]] applied. {{scale}}.
VITALS: {{bp}} {{hr}} {{temp}} {{spo2}}  {{pain}}
Caregiver {C(r, '{fam_fl}', '{fam_f}')} ({{rel}}, goes by "{{fam_nick}}") demonstrates flush technique. {C(r, '{pt_f} ambulated to kitchen.', 'Pt napping on arrival.', '{Mr} {pt_l} in good spirits.')}
Spoke with {{doc1_f}} at Dr. {{doc1_l}}'s office re: {{lab2}}. Next visit {{d1}}. Supplies ordered.

{{rn_fl}}, RN   Cell {{ph2}}
"""

def chat(r):
    return f"""Secure Chat - {C(r, 'Care Team', '4N Hospitalist', 'ICU Huddle')} - {{d0}}
[07:42] {{doc1_fl}}: @Dr. {{doc2_l}} can you see bed {r.randint(1, 30)}? {{pt_l}}, {{age}}{{sx}}, {{dz0}}, now {{lab0}}, {{bp}}
[07:45] {{doc2_fl}}: sure, on my way after rounds. MRN?
[07:46] {{doc1_f}}: {{mrn}}. started {{ac0}} at 0700
[07:50] {{rn_fl}}: fyi {{rel}} ({{fam_fl}}) on the way, cell {{ph1}}
[07:52] {{doc2_l}}: thx {{rn_f}}. @{{doc3_f}} can you page renal? {{lab1}}
[07:58] {{doc3_fml}}: paged Dr. {{doc3_l}}... sorry, paged {{rn2_fl}} in renal, {{pager}}
[08:03] {{rn_f}}: {{dev_ep}} in place. {{spo2}} on 2L. {{scale}}
[08:10] {{doc2_f}}: saw {C(r, 'her', 'him', 'pt')}. {{sg0}} +. hold {{med0}}, CT tonight. d/w {{doc1_l}}
[08:14] {{doc1_f}}: 👍 also {{pt_nick}} wants to talk to {{fam_f}} before consent
[08:20] {{rn2_f}}: Epic down at my station ({{ip}}), charting on paper till IT calls back
"""

STYLES = {"soap_primary_care": soap, "ed_course": ed, "admission_hp": hp, "cardiology_consult": cards,
          "progress_problem_list": prog, "nursing_admission": nursing, "discharge_instructions": dc,
          "anesthesia_preop": anes, "home_wound_infusion": home, "secure_chat": chat}

def validate(text, phi, keep):
    for s in phi + keep:
        assert 0 <= s["start"] < s["end"] <= len(text), s
        seg = text[s["start"]:s["end"]]
        assert seg and seg == seg.strip(), (seg, s)
    spans = sorted(phi + keep, key=lambda s: s["start"])
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (a, b, text[a["start"]:b["end"]])

def make(r, idx, style):
    d = context(r)
    names("fam", d.pop("fam"), d)
    tpl = STYLES[style](r)
    tpl = tpl.replace("\U0001f44d", "ok") if r.random() < .5 else tpl
    b = B(); render(b, tpl, d)
    text = b.text()
    # drop empty lines created by empty choices, keep offsets by building once: choices never produce lone lines
    roll = r.random()
    case = "lower" if roll < .10 else "upper" if roll < .20 else "mixed"
    if case != "mixed":
        t2 = text.lower() if case == "lower" else text.upper()
        assert len(t2) == len(text); text = t2
    validate(text, b.phi, b.keep)
    return {"note_id": f"Z{idx:04d}", "patient_id": f"ZP{idx:04d}", "template": style, "text": text,
            "phi": b.phi, "keep": b.keep}, case

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=250); ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--out", default="/work/heldout4/gold4.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    styles = list(STYLES)
    cat, ent, sty, cases, nkeep = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter(), 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for i in range(1, a.n + 1):
            st = styles[(i - 1) % len(styles)] if i <= len(styles) * (a.n // len(styles)) else r.choice(styles)
            rec, case = make(r, i, st)
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            sty[st] += 1; cases[case] += 1; nkeep += len(rec["keep"])
            for p in rec["phi"]: cat[p["category"]] += 1; ent[p["entity"]] += 1
    print("notes", a.n, "styles", dict(sty)); print("case", dict(cases))
    print("categories", dict(cat)); print("entities", dict(ent)); print("keep spans", nkeep)

if __name__ == "__main__":
    main()

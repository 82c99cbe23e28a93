#!/usr/bin/env python3
"""Synthetic labeled evaluation set M for clinical de-identification.

Emphasis: person names and places as real notes write them (multicultural
urban safety-net hospital + rural satellite clinics).

Usage: python3 make_set_m.py --n 250 --seed 139 --out set_m.jsonl

Every note is built by appending segments (plain text, PHI value, keep value);
span offsets are recorded at append time.  Nothing is ever located by
searching the finished text.  Standard library only.
"""
import argparse
import json
import random
import re
import unicodedata
from datetime import date, timedelta

# ---------------------------------------------------------------------------
# entity / category mapping
# ---------------------------------------------------------------------------
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
CODE = {
    "P": "PERSON", "MRN": "MEDICAL_RECORD_NUMBER", "ACCT": "ACCOUNT_NUMBER",
    "IDN": "ID_NUMBER", "HPN": "HEALTH_PLAN_NUMBER", "SSN": "US_SSN",
    "LIC": "LICENSE_NUMBER", "DEV": "DEVICE_ID", "VEH": "VEHICLE_ID",
    "D": "DATE", "AGE": "AGE_90_PLUS", "LOC": "LOCATION", "ST": "STREET_ADDRESS",
    "ZIP": "ZIP_CODE", "FAC": "FACILITY", "PH": "PHONE_NUMBER",
    "EM": "EMAIL_ADDRESS", "URL": "URL", "IP": "IP_ADDRESS",
}
TOK = re.compile(r"\{([A-Z]+)([:=])([^{}]*)\}")


class Note:
    """Append-only note builder.  add() takes a mini template where
    {CODE:key} inserts kw[key] as a span of type CODE, {CODE=literal}
    inserts the literal, {T:key} inserts plain text, {K:..} a keep span and
    {S:key} a list of (code, value) segments."""

    def __init__(self):
        self.parts = []
        self.n = 0
        self.phi = []
        self.keep = []

    def _text(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def span(self, code, val):
        if code == "T":
            self._text(val)
            return
        if not isinstance(val, str) or not val or val != val.strip():
            raise ValueError("bad span value %r (%s)" % (val, code))
        if code == "FAC" and val[:4].lower() == "the " and len(val) > 4:
            self._text(val[:4])
            val = val[4:]
        start = self.n
        self._text(val)
        end = self.n
        if code == "K":
            self.keep.append({"start": start, "end": end, "value": val})
        else:
            ent = CODE[code]
            self.phi.append({"start": start, "end": end, "entity": ent,
                             "category": ENT_CAT[ent], "value": val})

    def segs(self, seglist):
        for code, val in seglist:
            self.span(code, val)

    def add(self, tmpl, **kw):
        pos = 0
        for m in TOK.finditer(tmpl):
            self._text(tmpl[pos:m.start()])
            code, sep, key = m.group(1), m.group(2), m.group(3)
            val = key if sep == "=" else kw[key]
            if code == "S":
                self.segs(val)
            else:
                self.span(code, val)
            pos = m.end()
        self._text(tmpl[pos:])

    def text(self):
        return "".join(self.parts)


def nfc(s):
    return unicodedata.normalize("NFC", s)


def uniq(seq):
    return list(dict.fromkeys(nfc(x) for x in seq))


def W(s):
    """split a '|'-separated literal list"""
    return uniq(x.strip() for x in s.split("|") if x.strip())


# ---------------------------------------------------------------------------
# NAME LISTS (invented for this set; grouped by cultural origin)
# ---------------------------------------------------------------------------
CULT = {}


def culture(key, f, m, s, lang, nick=None, weight=1.0):
    CULT[key] = {"f": W(f), "m": W(m), "s": W(s), "lang": lang,
                 "nick": {nfc(k): nfc(v) for k, v in (nick or {}).items()},
                 "w": weight}


culture("west_african",
        "Ngozi|Chiamaka|Ifeoma|Adaeze|Funmilayo|Folake|Yetunde|Abena|Ama|Akosua|Efua|Fatou|Aminata|Mariama|Awa|"
        "Kadiatou|Comfort|Blessing|Precious|Mercy|Patience|Ebere|Nkechi|Oluwakemi|Adwoa|Favour",
        "Adebayo|Oluwaseun|Chidi|Kwame|Kofi|Yaw|Emeka|Tunde|Babajide|Nnamdi|Uchenna|Amadou|Ousmane|Moussa|Sekou|"
        "Obinna|Chukwuemeka|Kelechi|Kehinde|Taiwo|Kwabena|Godswill|Momodou|Lamin|Ibrahima",
        "Okafor|Adeyemi|Okonkwo|Mensah|Asante|Boateng|Owusu|Diallo|Ndiaye|Traoré|Sow|Balogun|Eze|Nwosu|Obi|Oyelaran|"
        "Ogunleye|Kamara|Sesay|Koroma|Touré|Acheampong|Agyeman|Nwachukwu|Okeke|Ibekwe|Fofanah|Adjei|Darko|Bangura|"
        "Jallow|Ceesay|Adewale-Johnson|Sarpong",
        ["Yoruba", "Igbo", "Twi", "Wolof", "Fulani", "French", "Krio", "Mandinka"],
        {"Oluwaseun": "Seun", "Chukwuemeka": "Emeka", "Babajide": "Jide", "Oluwakemi": "Kemi",
         "Funmilayo": "Funmi", "Kwabena": "Kobby", "Adebayo": "Bayo"})
culture("somali",
        "Hodan|Fadumo|Ayaan|Hibaq|Faisa|Ilhan|Sahra|Najma|Deqa|Idil|Hamdi|Khadra|Asha|Halima|Ubah|Sagal|Nasra|Muna|"
        "Ifrah|Ladan|Shukri|Hawa|Amran|Safiya",
        "Abdirahman|Abdullahi|Mohamed|Ahmed|Liban|Mahad|Abdi|Yusuf|Abdirizak|Hassan|Mukhtar|Bashir|Guled|Farhan|"
        "Ismail|Abdiwali|Sharmarke|Jibril|Mustafe|Omar",
        "Warsame|Farah|Hassan|Abdi|Jama|Osman|Mohamud|Egal|Aden|Dirie|Hersi|Nur|Guled|Isse|Samatar|Ali|Abdulle|"
        "Elmi|Yusuf|Omar|Hirsi|Duale|Ibrahim|Mohamed",
        ["Somali", "Somali", "Maay Maay"],
        {"Abdirahman": "Abdi", "Abdullahi": "Abdul", "Fadumo": "Fadi", "Mohamed": "Moha"}, 1.3)
culture("ethiopian",
        "Tigist|Meron|Selam|Hiwot|Tsion|Mekdes|Kidist|Eyerusalem|Bethlehem|Hanna|Almaz|Genet|Aster|Marta|Rahel|Saba|"
        "Tirunesh|Etenesh|Yeshi|Mahlet",
        "Yonas|Dawit|Bereket|Abebe|Henok|Alemayehu|Tesfaye|Mulugeta|Girma|Biniam|Solomon|Tewodros|Kaleab|Natnael|"
        "Getachew|Haile|Tamrat|Yared|Ermias|Amanuel|Lemma|Gemechu|Chala|Tolosa",
        "Tesfaye|Bekele|Haile|Gebremedhin|Alemu|Tadesse|Girma|Wolde|Kebede|Desta|Assefa|Mengistu|Gebre|Tsegaye|"
        "Ayele|Negash|Abera|Worku|Demissie|Lemma|Gudina|Tolosa|Regassa",
        ["Amharic", "Amharic", "Oromo"],
        {"Tewodros": "Teddy", "Bethlehem": "Betty", "Eyerusalem": "Jerry", "Alemayehu": "Alex"})
culture("eritrean",
        "Senait|Semhar|Luwam|Freweyni|Helen|Yordanos|Winta|Mebrat|Tsega|Abrehet|Lidya|Rigat|Selamawit|Saron|Danait",
        "Tesfalem|Filmon|Yohannes|Ghirmay|Mehari|Samuel|Efrem|Robel|Simon|Tekie|Berhane|Habtom|Mussie|Goitom|"
        "Kibrom|Tesfamariam",
        "Tekle|Ghebreyesus|Berhane|Habte|Kidane|Weldemichael|Araya|Mebrahtu|Tesfamariam|Ghebremariam|Andemariam|"
        "Yemane|Asmerom|Zerai|Woldu|Tewolde",
        ["Tigrinya"], {"Tesfamariam": "Tesfa", "Selamawit": "Selam", "Yohannes": "John"})
culture("south_asian",
        "Priya|Anjali|Deepa|Lakshmi|Harpreet|Gurpreet|Manpreet|Sunita|Nusrat|Farhana|Tahmina|Sneha|Meenakshi|Kavya|"
        "Nirmala|Shreya|Pooja|Rukhsana|Ayesha|Shabnam|Jasleen|Divya|Rekha|Parveen|Savitri|Padma",
        "Rohan|Arjun|Sanjay|Venkatesh|Rajesh|Imran|Ravi|Karthik|Anand|Vikram|Bilal|Harjit|Sukhwinder|Shahid|Faisal|"
        "Aravind|Suresh|Ramesh|Kamal|Jagdeep|Nadeem|Rahul|Mohammad Rafiq|Amrit",
        "Patel|Sharma|Reddy|Nair|Iyer|Gupta|Singh|Kaur|Chaudhry|Rahman|Hossain|Begum|Choudhury|Venkataraman|"
        "Subramanian|Krishnamurthy|Banerjee|Mukherjee|Desai|Shah|Malhotra|Sidhu|Gill|Dhillon|Qureshi|Siddiqui|"
        "Akhtar|Khan|Islam|Miah|Pillai|Menon|Rao|Bhatt|Grewal",
        ["Hindi", "Punjabi", "Bengali", "Urdu", "Telugu", "Tamil", "Gujarati"],
        {"Venkatesh": "Venky", "Rajesh": "Raj", "Lakshmi": "Lucky", "Sukhwinder": "Sukhi", "Meenakshi": "Meena"})
culture("nepali",
        "Bishnu Maya|Tika|Durga|Sita|Gita|Laxmi|Devi|Man Maya|Ganga|Sabitri|Kamala|Pabitra|Dil Maya|Chandra Kala|"
        "Bhagwati|Radhika|Sarita",
        "Dil Bahadur|Hari|Krishna|Bhim|Purna|Chandra|Om|Tek Nath|Ram Prasad|Bhakta|Dhan|Ganesh|Indra|Nar Bahadur|"
        "Padam|Yam|Damber|Lok Nath",
        "Gurung|Rai|Tamang|Bhattarai|Adhikari|Thapa|Chhetri|Dahal|Subba|Limbu|Magar|Pradhan|Dhakal|Khatiwada|"
        "Ghimire|Pokhrel|Niroula|Mishra|Biswa|Monger",
        ["Nepali"])
culture("vietnamese",
        "Linh|Huong|Phuong|Mai|Hoa|Trang|Nga|Lan|Thuy|Ngoc|Hanh|Thao|Yen|Kim|Tuyet|Diep|Loan|Bich|Hang|Xuan|My|Thu",
        "Tuan|Thanh|Minh|Quang|Duc|Bao|Khanh|Hieu|Long|Hung|Dung|Phuc|Vinh|Son|Cuong|Hai|Nam|Tri|Thinh|Loc|Huy",
        "Nguyen|Tran|Le|Pham|Hoang|Phan|Vu|Dang|Bui|Do|Ngo|Duong|Huynh|Truong|Vo|Ly|Dinh|Lam|Trinh|Ta|Luu",
        ["Vietnamese"], {"Thanh": "Tony", "Huong": "Helen", "Phuong": "Fiona", "Quang": "Kevin"}, 1.2)
culture("hmong",
        "Pa Houa|Mai Yer|Xee|Yer|Youa|Blia|Choua|Ka|Mai Nou|Pa Nhia|Maiv|Nou|See|Der|Kia|Chia|Mai Kou|Sheng|Bao",
        "Chue|Kou|Tou|Neng|Pheng|Nhia|Ger|Seng|Tong|Fue|Xai|Lue|Chong|Pao|Teng|Shoua|Nao|Yia|Koua|Toua|Leng",
        "Vang|Xiong|Yang|Lee|Thao|Moua|Her|Lor|Vue|Chang|Lo|Khang|Hang|Kue|Cha|Thor|Pha|Fang",
        ["Hmong"], None, 1.2)
culture("korean",
        "Ji-woo|Seo-yeon|Hye-jin|Soo-ah|Eun-ji|Min-seo|Ji-hye|Yoon-hee|Sun-hee|Mi-kyung|Young-ja|Jung-sook|Hae-won|"
        "Bo-ra|Su-bin",
        "Min-jun|Jae-hyun|Dong-hyun|Sung-min|Jin-ho|Hyun-woo|Seung-ho|Tae-yang|Kyung-soo|Byung-chul|Young-ho|Do-yun|"
        "Jun-seo|Chang-min",
        "Kim|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Shin|Seo|Kwon|Hwang|Ahn|Song|Yoo|Hong|Moon|Baek",
        ["Korean"], {"Young-ja": "Grace", "Sung-min": "Sam", "Jae-hyun": "Jay", "Soo-ah": "Sue"})
culture("chinese",
        "Mei-Ling|Li Na|Yan|Hui|Fang|Jing|Yu-Ting|Chun-Hua|Xiuying|Lihua|Ying|Xiaoyan|Shu-Fen|Siu-Wah|Mei|Qing|Yuqi",
        "Wei|Xiaoming|Jun|Zhiwei|Haoran|Ming|Jianguo|Zhiqiang|Kwok-Wing|Chi-Keung|Hao|Yong|Lei|Bo|Tao|Feng|Jian|"
        "Wing-Kit|Guang",
        "Wang|Li|Zhang|Liu|Chen|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Chan|Wong|Leung|Chow|Cheung|Lau|Ng|"
        "Tse|Yip|Kwan|Fung|He|Luo|Deng",
        ["Mandarin", "Cantonese", "Fuzhounese"],
        {"Xiaoming": "Tony", "Mei-Ling": "Melinda", "Xiuying": "Susan", "Zhiwei": "David", "Lihua": "Lily",
         "Kwok-Wing": "Kenny"})
culture("filipino",
        "Maricel|Jocelyn|Marivic|Rhea|Ligaya|Analyn|Lourdes|Imelda|Cresencia|Rowena|Marites|Divina|Luzviminda|"
        "Charmaine|Jinky|Mylene|Girlie|Marilou|Teresita",
        "Rodrigo|Dante|Reynaldo|Bayani|Rolando|Ernesto|Arnel|Jun|Bong|Efren|Romeo|Ferdinand|Jericho|Noel|Danilo|"
        "Rommel|Joel|Emmanuel|Edgardo",
        "Santos|Reyes|Cruz|Bautista|dela Cruz|Mendoza|Villanueva|Aquino|Macapagal|Dimaculangan|Manalo|Pangilinan|"
        "Soriano|Magbanua|Tolentino|Sison|Dizon|Ocampo|Castro|Lacson|Dimaano|Evangelista|Panganiban|Buenaventura",
        ["Tagalog", "Ilocano", "Cebuano"],
        {"Reynaldo": "Rey", "Ferdinand": "Ferdie", "Teresita": "Tess", "Luzviminda": "Luz", "Emmanuel": "Emman",
         "Jocelyn": "Joy", "Rolando": "Lando", "Jun": "Jun-Jun", "Cresencia": "Cres"})
culture("arabic",
        "Fatima|Layla|Mariam|Noor|Rania|Zainab|Huda|Amira|Nadia|Salma|Hanan|Jamila|Rasha|Dalia|Lina|Yasmin|Aya|"
        "Samira|Reem|Iman|Ghada|Widad|Manal|Sawsan",
        "Mohammed|Ahmad|Yousef|Khalid|Samir|Tariq|Karim|Ibrahim|Rashid|Walid|Mustafa|Ali|Hussein|Majid|Faris|"
        "Ziad|Nabil|Bassam|Adnan|Saif|Hamza|Mahmoud|Abdullah",
        "al-Haddad|Al-Sayed|Haddad|Khoury|Nasser|Mansour|Hamdan|bin Saleh|Abu-Khalil|El-Amin|Saleh|Darwish|Kassem|"
        "Jaber|Yassin|Aziz|al-Rawi|al-Shammari|Al-Jubouri|Abdel-Rahman|Barakat|Hijazi|Abu Ghazaleh|el-Masri|"
        "al-Tamimi|Qasim|Suleiman|Awad|Mahfouz|Zaher",
        ["Arabic"], {"Yousef": "Joe", "Ibrahim": "Abe", "Mohammed": "Mo", "Abdullah": "Abood"}, 1.2)
culture("persian",
        "Parisa|Shirin|Farzaneh|Laleh|Nasrin|Roya|Golnaz|Maryam|Ziba|Zarmina|Nazanin|Fereshteh|Mahnaz|Soraya|"
        "Marjan|Homa|Pari|Gul Bibi|Freshta|Mina|Setareh",
        "Dariush|Reza|Mehdi|Arash|Kaveh|Babak|Sohrab|Omid|Navid|Ahmad Shah|Gul Ahmad|Wahid|Jawad|Farid|Hamid|Najib|"
        "Rostam|Kamran|Bijan|Siamak|Mirwais|Zabihullah|Esmatullah",
        "Hosseini|Tehrani|Rahimi|Karimi|Jafari|Moradi|Ahmadi|Sadeghi|Farahani|Ghorbani|Rostami|Mohammadi|Shirazi|"
        "Esfahani|Najafi|Popal|Ahmadzai|Noorzai|Hakimi|Sultani|Stanikzai|Wardak|Safi|Haidari|Amiri|Azizi|Barakzai",
        ["Dari", "Pashto", "Farsi"], {"Zabihullah": "Zabi", "Esmatullah": "Esmat", "Dariush": "Dario"})
culture("east_european",
        "Oksana|Olena|Natalia|Svetlana|Katarzyna|Agnieszka|Mirela|Jelena|Milica|Ionela|Iryna|Halyna|Zofia|Ludmila|"
        "Tetiana|Yulia|Anastasiia|Emina|Amra|Lejla|Daria|Valentyna|Nadiya|Vira|Liubov",
        "Dmitri|Yuriy|Bogdan|Tomasz|Dragan|Nikola|Vasile|Andriy|Taras|Sergei|Pavel|Anatoliy|Oleksandr|Mykola|"
        "Volodymyr|Mirza|Emir|Radu|Piotr|Vladislav|Ivan|Igor|Stanislav",
        "Kovalenko|Shevchenko|Bondarenko|Petrenko|Melnyk|Nowak|Kowalski|Wiśniewski|Zieliński|Popescu|Ionescu|"
        "Petrović|Jovanović|Nikolić|Horvat|Novák|Dvořák|Ivanov|Sokolov|Kuznetsov|Babich|Tkachuk|Hrytsenko|Lysenko|"
        "Moroz|Hodžić|Begović|Mehmedović|Kravchenko|Rusu|Ciobanu|Lewandowski|Wójcik",
        ["Ukrainian", "Russian", "Polish", "Romanian", "Bosnian"],
        {"Oleksandr": "Sasha", "Svetlana": "Sveta", "Dmitri": "Dima", "Katarzyna": "Kasia", "Anatoliy": "Tolik",
         "Volodymyr": "Volodya", "Mykola": "Kolya", "Tetiana": "Tanya", "Anastasiia": "Nastya", "Natalia": "Natasha",
         "Liubov": "Luba", "Stanislav": "Stas"})
culture("hispanic",
        "María Elena|Guadalupe|Ximena|Rosa|Marisol|Concepción|Esperanza|Dolores|Carmen|Yesenia|Yuridia|Socorro|"
        "Maribel|Araceli|Itzel|Valentina|Camila|Luz|Reina|Leticia|Ana Sofía|Milagros|Consuelo|Amparo|María José|"
        "Xóchitl|Rocío|Fernanda|Lucía|Mercedes",
        "José Luis|Juan Carlos|Alejandro|Jesús|Francisco|Ignacio|Brayan|Rigoberto|Eduardo|Santiago|Mateo|Fernando|"
        "Héctor|Miguel Ángel|Jorge|Rafael|Ramón|Efraín|Wilmer|Nery|Óscar|Edgar|Aurelio|Cristóbal|Guillermo",
        "Gutiérrez|Ruiz|García|Hernández|López|Martínez|Rodríguez|González|Pérez|Sánchez|Ramírez|Torres|Flores|"
        "Rivera|Gómez|Díaz|Morales|Ortiz|Castillo|Jiménez|Vargas|Romero|Herrera|Medina|Aguilar|Chávez|Guzmán|"
        "Salazar|Delgado|de la Cruz|de la Rosa|del Valle|Ochoa|Zúñiga|Quintanilla|Ibarra|Villaseñor|Sandoval|"
        "de León|Tzoc|Xicará|Cux|Ajanel",
        ["Spanish", "Spanish", "Spanish", "K'iche'", "Mam"],
        {"Guadalupe": "Lupita", "Concepción": "Conchita", "Ignacio": "Nacho", "Francisco": "Paco", "Jesús": "Chuy",
         "José Luis": "Pepe", "Eduardo": "Lalo", "Dolores": "Lola", "Socorro": "Coco", "Alejandro": "Alex",
         "Rafael": "Rafa", "Mercedes": "Meche", "Consuelo": "Chelo", "María José": "Majo", "Guillermo": "Memo"}, 1.6)
culture("pacific",
        "Malia|Mele|Losaline|Ana|Lupe|Leilani|Noelani|Salote|Ofa|Sina|Fetu|Luseane|Jemina|Ioana|Kiele|Seini|"
        "Temaleti|Kalani",
        "Sione|Tavita|Tevita|Viliami|Siaosi|Pita|Keola|Makoa|Ikaika|Iosefa|Kawika|Lisiate|Semisi|Feleti|Kimo|"
        "Falaniko|Taniela|Sefo|Kinoj|Jelton",
        "Tuilagi|Fonoti|Faleolo|Taufa|Tupou|Fifita|Havili|Kealoha|Kahananui|Akana|Mahoe|Tuiasosopo|Lealaiauloto|"
        "Sapolu|Lemalu|Kapule|Leota|Moala|Vaipulu|Langrine|Kabua|deBrum|Anjain|Lokeijak|Tauiliili|Fa'alogo|"
        "Ah Sam|Kamaka",
        ["Samoan", "Tongan", "Marshallese", "Chuukese"], {"Viliami": "Vili", "Losaline": "Losa", "Taniela": "Dan"})
culture("native",
        "Winona|Aiyana|Nizhoni|Kimimela|Tayen|Loretta|Darlene|Bernadette|Marlene|Cheyenne|Sage|Raven|Shayla|Nova|"
        "Talulah|Wynona|Roberta|Verna",
        "Ahanu|Takoda|Chaske|Raymond|Vernon|Delbert|Leonard|Harlan|Wilson|Dakota|Elan|Koda|Wambli|Kele|Jayden|"
        "Lorenzo|Sherman|Arlo",
        "Begay|Yazzie|Tsosie|Benally|Nez|Red Cloud|Two Bulls|Many Goats|Yellowhorse|Running Bear|LaPointe|Bearheart|"
        "Whitebird|Standing Elk|Lone Wolf|Thundercloud|Cornsilk|Her Many Horses|Kills Crow|Little Thunder|Blackbird|"
        "Chee|Etsitty|Jumper|Deschenie|Goodhouse|Iron Shell|DeCoteau|Morningstar|Brave Heart|Sixkiller",
        ["Navajo", "Ojibwe", "Lakota"], {"Raymond": "Ray", "Delbert": "Del", "Bernadette": "Bernie",
                                         "Roberta": "Bobbie"})
culture("haitian",
        "Wislande|Fabienne|Marie-Claude|Widlyne|Rosemène|Lovely|Nadège|Guerline|Ketly|Myrlande|Roseline|Darline|"
        "Fedna|Nathalie|Marie-Ange|Jesula|Chedeline|Clotilde|Islande|Djenane",
        "Jean-Baptiste|Mackenson|Jean-Robert|Kervens|Dieunel|Fritzner|Wilner|Jacquelin|Roodly|Edner|Jean-Claude|"
        "Wesner|Frantz|Dieudonné|Jonas|Evens|Lesly|Wisly",
        "Pierre|Jean-Louis|Joseph|Charles|Louis|Baptiste|Desrosiers|Dorvil|Toussaint|Saint-Fleur|Etienne|Augustin|"
        "Célestin|Fils-Aimé|Bien-Aimé|Exantus|Dorsainvil|Alcindor|Florestal|St. Juste|Jean-Pierre|Metellus|Noël|"
        "Valcourt|Dorélien|Similien",
        ["Haitian Creole"], {"Fritzner": "Fritz", "Dieudonné": "Dodo", "Jean-Baptiste": "Ti-Jean",
                             "Marie-Claude": "Claudette"}, 1.1)
culture("jewish",
        "Chaya|Rivka|Devorah|Aviva|Miriam|Tzipora|Yael|Shoshana|Noa|Esther|Batsheva|Leah|Rochel|Malka|Dina|Henia|"
        "Faigy|Perel|Golda|Tova|Bracha|Elisheva",
        "Moshe|Yitzchak|Shmuel|Eliezer|Baruch|Menachem|Ari|Yehuda|Mordechai|Dov|Avraham|Yosef|Chaim|Zev|Hershel|"
        "Meir|Shlomo|Yaakov|Nachum",
        "Goldberg|Rosenthal|Friedman|Katz|Schwartz|Weinstein|Horowitz|Levi|Cohen|Shapiro|Ben-David|Abramowitz|"
        "Greenbaum|Feldman|Birnbaum|Mizrahi|Halevi|Teitelbaum|Zilberman|Ben-Ami|Grossman|Lieberman|Kaplan|"
        "Rabinowitz|Weiss|Klein|Stern",
        ["Yiddish", "Hebrew", "Russian"],
        {"Avraham": "Avi", "Mordechai": "Motti", "Yitzchak": "Itzik", "Shmuel": "Shmuly", "Tzipora": "Tzipi",
         "Yaakov": "Yanky", "Golda": "Goldie", "Rivka": "Rivky"})
culture("anglo",
        "Mary|Patricia|Linda|Barbara|Elizabeth|Jennifer|Susan|Karen|Nancy|Dorothy|Betty|Helen|Sandra|Carol|Ruth|"
        "Sharon|Shirley|Deborah|Brenda|Wanda|Mildred|Edna|Gladys|Bobbie|Tammy|Kayla|Brittany|Kaylee|June|Rose|Hope|"
        "Mercy|April|May|Faith|Grace|Joy|Dawn|Ivy|Hazel|Pearl|Ruby|Iris|Violet|Amber|Ginger|Autumn|Summer|Olive|"
        "Opal|Crystal|Destiny|Heather|Misty|Charity|Harmony|Paige|Lorraine|Virginia|Marjorie|Bernice|Florence|"
        "Mabel|Margaret|Katherine",
        "James|Robert|Michael|David|William|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|"
        "Donald|Mark|Paul|Steven|Kenneth|Gary|Larry|Earl|Clyde|Harold|Wayne|Dale|Tyler|Austin|Hunter|Jaxon|"
        "Brantley|Will|Grant|Chase|Mason|Carter|Cooper|Parker|Frank|Drew|Miles|Lance|Rusty|Buck|Sonny|Bud|Dusty|"
        "Cliff|Wade|Clay|Rex|Gene|Jerry|Lloyd|Herbert|Walter|Eugene|Ernest|Homer|Virgil",
        "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Thompson|White|Harris|Martin|Jackson|"
        "Clark|Lewis|Walker|Hall|Young|King|Wright|Hill|Green|Baker|Adams|Nelson|Carter|Mitchell|Roberts|Turner|"
        "Phillips|Campbell|Parker|Evans|Edwards|Collins|Stewart|Morris|Rogers|Reed|Cook|Morgan|Bell|Murphy|Bailey|"
        "Cooper|Richardson|Cox|Howard|Ward|Peterson|Gray|Hughes|Price|Sanders|Myers|Long|Ross|Foster|Powell|"
        "Jenkins|Perry|Russell|Sullivan|Fisher|Wells|Hunter|Rose|Moody|Strong|Swift|Love|Sharp|Golden|Booker|"
        "Pickett|Honeycutt|Blevins|McAllister|O'Brien|O'Connell|O'Neill|McKinney|Van Dyke|VanDerWal|van der Meer|"
        "Vander Zee|Banks|Winter|Frost|Savage|Friend|Goodnight|Lovejoy|Armstrong|Little|Small|Bishop|Marshall|"
        "Page|Chase|Hope",
        ["English"],
        {"Robert": "Bobby", "William": "Billy", "Elizabeth": "Liz", "Margaret": "Peggy", "Richard": "Rick",
         "Patricia": "Trish", "Katherine": "Kate", "James": "Jimmy", "Charles": "Chuck", "Michael": "Mike",
         "Deborah": "Debbie", "Joseph": "Joe", "Thomas": "Tommy", "Dorothy": "Dot", "Virginia": "Ginny",
         "Harold": "Hal", "Christopher": "Topher", "Anthony": "Tony", "Jennifer": "Jen", "Susan": "Sue",
         "Florence": "Flo", "Mildred": "Millie", "Daniel": "Danny", "Barbara": "Barb", "Kenneth": "Kenny"}, 2.2)

ALL_GIVEN = uniq(g for d in CULT.values() for g in d["f"] + d["m"])
ALL_SURN = uniq(s for d in CULT.values() for s in d["s"])
ASIAN_SURNAME_FIRST = {"korean", "chinese"}

# origins (foreign cities / camps) -> real-world, used for birthplaces; labeled LOCATION
ORIGINS = {
    "somali": [("Somalia", "Mogadishu"), ("Somalia", "Kismayo"), ("Somalia", "Baidoa"), ("Somalia", "Beledweyne"),
               ("Somalia", "Hargeisa")],
    "ethiopian": [("Ethiopia", "Addis Ababa"), ("Ethiopia", "Gondar"), ("Ethiopia", "Jimma"),
                  ("Ethiopia", "Dire Dawa"), ("Ethiopia", "Adama")],
    "eritrean": [("Eritrea", "Asmara"), ("Eritrea", "Keren"), ("Eritrea", "Mendefera"), ("Eritrea", "Massawa")],
    "nepali": [("Bhutan", "Samtse"), ("Bhutan", "Sarpang"), ("Bhutan", "Tsirang"), ("Nepal", "Damak")],
    "hmong": [("Laos", "Xieng Khouang"), ("Laos", "Long Tieng"), ("Laos", "Luang Prabang")],
    "vietnamese": [("Vietnam", "Saigon"), ("Vietnam", "Da Nang"), ("Vietnam", "Hue"), ("Vietnam", "Can Tho"),
                   ("Vietnam", "Nha Trang")],
    "arabic": [("Iraq", "Baghdad"), ("Iraq", "Mosul"), ("Syria", "Aleppo"), ("Syria", "Homs"),
               ("Syria", "Daraa"), ("Yemen", "Sana'a"), ("Sudan", "Khartoum")],
    "persian": [("Afghanistan", "Kabul"), ("Afghanistan", "Herat"), ("Afghanistan", "Kandahar"),
                ("Afghanistan", "Mazar-i-Sharif"), ("Afghanistan", "Jalalabad"), ("Iran", "Mashhad")],
    "hispanic": [("Guatemala", "Quetzaltenango"), ("Guatemala", "Huehuetenango"), ("Honduras", "San Pedro Sula"),
                 ("Honduras", "Tegucigalpa"), ("Mexico", "Oaxaca"), ("Mexico", "Puebla"), ("Mexico", "Morelia"),
                 ("El Salvador", "San Miguel"), ("Venezuela", "Maracaibo")],
    "haitian": [("Haiti", "Port-au-Prince"), ("Haiti", "Cap-Haïtien"), ("Haiti", "Les Cayes"),
                ("Haiti", "Gonaïves"), ("Haiti", "Jacmel")],
    "east_european": [("Ukraine", "Kharkiv"), ("Ukraine", "Mariupol"), ("Ukraine", "Lviv"), ("Ukraine", "Odesa"),
                      ("Bosnia", "Tuzla"), ("Moldova", "Bălți"), ("Ukraine", "Zaporizhzhia")],
    "west_african": [("Liberia", "Monrovia"), ("Sierra Leone", "Freetown"), ("Nigeria", "Lagos"),
                     ("Ghana", "Kumasi"), ("Senegal", "Dakar"), ("Guinea", "Conakry"), ("Nigeria", "Ibadan")],
    "pacific": [("the Marshall Islands", "Majuro"), ("the Marshall Islands", "Ebeye"), ("Micronesia", "Weno"),
                ("Samoa", "Apia"), ("Tonga", "Nuku'alofa")],
    "chinese": [("China", "Fuzhou"), ("China", "Guangzhou"), ("China", "Taishan"), ("Hong Kong", "Kowloon")],
    "korean": [("South Korea", "Busan"), ("South Korea", "Daegu"), ("South Korea", "Incheon")],
    "filipino": [("the Philippines", "Quezon City"), ("the Philippines", "Cebu City"),
                 ("the Philippines", "Batangas"), ("the Philippines", "Iloilo")],
    "south_asian": [("Bangladesh", "Sylhet"), ("Bangladesh", "Dhaka"), ("Pakistan", "Lahore"),
                    ("India", "Hyderabad"), ("India", "Ludhiana"), ("India", "Chennai")],
    "jewish": [("Ukraine", "Odesa"), ("Israel", "Haifa"), ("Belarus", "Gomel"), ("Israel", "Beersheba")],
}
CAMPS = {
    "somali": ["Dadaab", "Kakuma", "Ifo camp", "Hagadera"],
    "ethiopian": ["Kakuma", "Nyarugusu"],
    "eritrean": ["Shimelba", "Mai-Aini", "Shagarab", "Hitsats"],
    "nepali": ["Beldangi", "Sanischare", "Khudunabari", "Goldhap"],
    "hmong": ["Wat Tham Krabok", "Ban Vinai", "Ban Nam Yao"],
    "arabic": ["Zaatari", "Azraq", "Domiz"],
    "persian": ["Nowshera", "Kacha Garhi"],
    "west_african": ["Buduburam", "Kounkan"],
    "hispanic": [],
}
NONENGLISH = [k for k in CULT if k not in ("anglo", "native")]

# ---------------------------------------------------------------------------
# PLACES (invented)
# ---------------------------------------------------------------------------
NEIGHBORHOODS = W(
    "Cedar Flats|Riverbend|Northgate|Phillips Ridge|Ashford Heights|Elm Park|Larkspur|Old Mill|Southport|"
    "Ironbridge|Kingfield Terrace|Bluff Hollow|Marigold Square|Harbor Flats|Lowry Bend|Tannery Row|Brickyard|"
    "East Ferry|West Ferry|Little Addis|Little Mekong|Mill Creek|Fairmount|Juniper Hill|Crescent Park|Holloway|"
    "Stonegate|Portside|Halsted Flats|Wexford|Sumner Heights|Dunbar|Garfield Circle|Orchard Row|Maple Heights|"
    "Hillcrest|Greenwood|Twin Oaks|Glen Ellis|Belmont Flats|Cobalt Yards|Lantern Hill|Sparrow Point|"
    "Fremont Gardens|Hawthorne|Kessler Park|Lakeview Terrace|Linden Grove|Rosedale|Quarry Hill|Westbrook|"
    "Eastgate|Ferndale|Rutherford|Cypress Court|The Bottoms|Frog Hollow|Midway Yards|Bancroft|Ellery Park|"
    "Whittier Heights")
TOWNS = W(
    "Millbrook|Pine Hollow|Red Willow|Tamarack|Dunmore|Wabasso Falls|Hollis Corner|Grainfield|Ottertail Falls|"
    "Sauk Bend|Bemidale|Harlan Springs|Stillwell|Marlow|Ardenne|Prairie du Lac|Bois Blanc|Lac Vieux|"
    "Fond du Roche|Hope|Harmony|Eden Valley|Liberty Center|Friendship|Comfort|New Ulmstead|Willmar Junction|"
    "Cottonwood Bend|Silver Creek|Elk Prairie|Badger Ridge|Kettle River|Maple Lake Township|Lone Pine|"
    "Crow Wing Crossing|Dutch Hollow|Granite Bluff|Copper Ridge|Paynesburg|Osceola Mills|Long Meadow|"
    "Clearwater Junction|Black Oak|Heron Bay|New Bremen|Vasa Lake|Garnet|Jasper|Marion|Florence|Ada|Alma|"
    "Beulah|Augusta|Sweetwater|Whitehorse Flats|Otter Creek|Bluestem|Hartwell|Fox Lake|Ridgeway")
COUNTIES = W("Hollis County|Tamarack County|Red Willow County|Sauk County|Ottertail County|Kettle County|"
             "Pine County|Jasper County|Marion County|Crow Wing County|Bluewater County|Larkin County|"
             "Osage Hills County")
RESERVATIONS = W("Sweetgrass Reservation|Little Otter Reservation|Standing Pine Reservation|Cedar Lake Reservation")
STATES = [("MN", "Minnesota", "55"), ("MN", "Minnesota", "56"), ("IA", "Iowa", "50"), ("WI", "Wisconsin", "54"),
          ("ND", "North Dakota", "58"), ("SD", "South Dakota", "57")]

STREETS = W(
    "Cedar Ave S|Franklin Ave E|Lake Street|Maple Dr|Riverside Ave|Old Mill Rd|Tamarack Trl|Larkspur Ln|"
    "Portland Ave|Chicago Ave|Elm St|Oak Grove Rd|Marigold Ct|Juniper Way|Sparrow Point Rd|Halsted St|"
    "Wexford Blvd|Garfield Ave|Dunbar Pl|Tannery Row|Ferry St|Quarry Hill Rd|Kessler Pkwy|Holloway St|"
    "Lantern Hill Dr|Crescent Ave|Sumner St|Ellery Ct|Whittier Ave|Belmont Ave|Stonegate Cir|Twin Oaks Dr|"
    "Prairie View Rd|Silver Creek Rd|Badger Ridge Ln|Church St|Main St|Depot St|Mill St|Hope St|Grant Ave|"
    "Rose Ln|Mercy Dr|4th St NE|12th Ave S|E 28th St|W Broadway|University Ave W|Snelling Ave N|Minnehaha Pkwy")
RURAL_ROADS = W("County Road 14|County Road 9|Highway 7|State Hwy 63|Township Rd 220|Gravel Pit Rd|"
                "Co Rd 35|Hwy 71 N|Old Stage Rd|Lakeshore Dr")

HOSPITALS = W("Eastlake County Medical Center|Harbor City General Hospital|St. Brigid Regional Medical Center|"
              "Riverside Community Hospital|Northgate Memorial Hospital|Ironbridge University Hospital")
HOSP_ABBR = {"Eastlake County Medical Center": "ECMC", "Harbor City General Hospital": "HCGH",
             "St. Brigid Regional Medical Center": "St. Brigid's", "Riverside Community Hospital": "Riverside",
             "Northgate Memorial Hospital": "Northgate Memorial", "Ironbridge University Hospital": "IUH"}
ONE_WORD_FAC = W("Mercy|St. Luke's|Bethesda|Providence|Good Sam|Methodist|Sinai|Sacred Heart|St. Francis|"
                 "St. Joe's|Unity|Trinity|Regions|Presbyterian|St. Vincent's|Abbott|Fairhaven|Children's")
ONE_WORD_ADULT = [x for x in ONE_WORD_FAC if x not in ("Children's", "Fairhaven")]
URBAN_CLINICS = W("Cedar Flats Community Clinic|Little Addis Family Health Center|Southport Refugee Health Clinic|"
                  "Ironbridge Pediatrics|Harbor Flats Women's Clinic|Northgate Geriatric Clinic|"
                  "Lantern Hill Family Medicine|Riverbend Internal Medicine|Eastgate Family Health|"
                  "Midway Yards Community Health Center|Whittier Heights Clinic")
RURAL_CLINICS = W("Pine Hollow Family Clinic|Red Willow Rural Health Clinic|Tamarack Valley Community Clinic|"
                  "Dunmore Satellite Clinic|Millbrook Health Center|Sauk Bend Clinic|Grainfield Family Practice|"
                  "Kettle River Community Health|Hollis Corner Clinic|Sweetgrass Tribal Health Center|"
                  "Comfort Family Clinic")
NURSING_HOMES = W("Golden Oaks Care Center|Sunset Manor|Maple Ridge Assisted Living|St. Anne's Residence|"
                  "Good Shepherd Nursing Home|Sholom Heights|Augusta Gardens|Riverview Senior Living|Pleasant Acres|"
                  "Evergreen Commons|Lakeside Transitional Care|Ebenezer Tower|Hmong Elder Day Center|"
                  "Prairie Rose Care Center")
PHARMACIES = W("Walgreens|CVS|Hy-Vee Pharmacy|Cub Pharmacy|Thrifty White|Ironbridge Community Pharmacy|"
               "Cedar Flats Apothecary|Dunmore Drug|Banadir Pharmacy|Saigon Pharmacy|Farmacia Guadalupe|"
               "Costco Pharmacy|Walmart Pharmacy|Sauk Bend Drug")
EMPLOYERS = W("Dollar General|Walmart|the Amazon fulfillment center|the Tyson plant|JBS|Hormel|Cargill|Jennie-O|"
              "Target|Cub Foods|Menards|Home Depot|McDonald's|Taco Bell|Panda Express|Pho Saigon Noodle House|"
              "Banadir Halal Market|Lucky Nails|Comfort Keepers|Metro Transit|FedEx Ground|UPS|Hy-Vee|Aldi|"
              "Costco|Kwik Trip|Casey's|Love's Travel Stop|Sunrise Poultry|Valley Fresh Dairy|Hilltop Dairy|"
              "the Riverbend Hotel|Golden Dragon Buffet|Abdi's Auto Repair|Nguyen Brothers Tailoring|"
              "Mama Fatima's Kitchen|Rosa's Tamales|Hilton Garden Inn|Delta Sky Club|Lakeside Linen Service|"
              "Northstar Meatpacking|Prairie Wind Turkey Farm|Sauk Bend Co-op|Eastlake Public Schools")
AGENCIES = W("Catholic Charities|Lutheran Social Services|the International Institute|World Relief|"
             "the Salvation Army|Union Gospel Mission|Simpson House|Casa de Esperanza|Horn of Africa Family Center|"
             "Asian Pacific Family Services|Karibu Center|Hmong Family Alliance|Haitian Community Help Center|"
             "Lighthouse Women's Shelter|Harbor Light Center|Interfaith Outreach|Feeding Hope Food Shelf|"
             "Second Harvest Heartland|Marshallese Community Organization|Ukrainian Relief Network")
WORSHIP = {
    "ethiopian": ["St. Mary's Ethiopian Orthodox Tewahedo Church", "Debre Selam Medhane Alem Church"],
    "eritrean": ["Medhane Alem Eritrean Orthodox Church", "Kidane Mehret Church"],
    "somali": ["Masjid Al-Ihsan", "Abubakar As-Saddique Islamic Center", "Masjid Al-Huda"],
    "arabic": ["Dar Al-Hijrah Mosque", "Masjid An-Nur", "St. George Chaldean Church"],
    "persian": ["Imam Ali Islamic Center", "Masjid Al-Farooq"],
    "hispanic": ["Iglesia Pentecostal Monte Sinaí", "Our Lady of Guadalupe Parish", "Iglesia Bautista Emanuel"],
    "hmong": ["Hmong First Baptist Church", "Hmong Alliance Church"],
    "haitian": ["Église Baptiste Bethel", "Église de Dieu de la Prophétie"],
    "jewish": ["Temple Beth Shalom", "Congregation Ohev Sholom", "Chabad of Eastlake"],
    "vietnamese": ["Chua Phat Quang Temple", "Vietnamese Martyrs Catholic Church"],
    "south_asian": ["Gurdwara Singh Sabha", "Masjid Baitul Mukarram", "Sri Venkateswara Temple"],
    "nepali": ["Bhutanese Hindu Mandir", "Nepali Christian Fellowship"],
    "korean": ["Korean Presbyterian Church of Eastlake", "Hanmaum Methodist Church"],
    "chinese": ["Chinese Evangelical Free Church", "Guan Yin Temple"],
    "filipino": ["Santo Niño Parish", "Holy Cross Catholic Church"],
    "pacific": ["First Samoan Congregational Church", "Bethel Marshallese Church", "Tongan Methodist Church"],
    "east_european": ["St. Nicholas Ukrainian Catholic Church", "Holy Trinity Orthodox Church"],
    "west_african": ["Redeemed Christian Church of God Eastlake", "Ghana Presbyterian Fellowship",
                     "Masjid Tawheed"],
    "native": ["Sweetgrass Community Church", "St. Kateri Tekakwitha Church"],
    "anglo": ["Grace Lutheran Church", "Mt. Zion AME Church", "First Baptist Church of Millbrook",
              "Bethany Covenant Church"],
}
SCHOOLS = W("Roosevelt Elementary|Lincoln Middle School|Franklin High School|Harbor Community College|"
            "Al-Amal School|Hope Academy|Riverview Head Start|Little Sprouts Daycare|Tiny Treasures Child Care|"
            "Sumner Elementary|Northgate High School|Ironbridge Technical College|Cedar Flats Early Learning Center|"
            "Dunmore Public School|Pine Hollow Elementary|Yeshiva Toras Chaim|Sweetgrass Tribal School|"
            "St. Brigid Catholic School|Dugsi Al-Noor|Kettle River High School")
ALL_FACILITIES = uniq(HOSPITALS + ONE_WORD_FAC + URBAN_CLINICS + RURAL_CLINICS + NURSING_HOMES + PHARMACIES +
                      EMPLOYERS + AGENCIES + [w for v in WORSHIP.values() for w in v] + SCHOOLS)

AREA = ["612", "651", "763", "952", "507", "218", "320", "515", "319", "563", "608", "414", "701", "605", "712",
        "641", "715", "920"]

# ---------------------------------------------------------------------------
# KEEP terms (clinical; must not be redacted)
# ---------------------------------------------------------------------------
EPONYM_DX = W(
    "Hashimoto thyroiditis|Graves disease|Parkinson disease|Alzheimer dementia|Crohn disease|Cushing syndrome|"
    "Addison disease|Bell palsy|Guillain-Barré syndrome|Barrett esophagus|Kaposi sarcoma|Hodgkin lymphoma|"
    "Sjögren syndrome|Raynaud phenomenon|Ménière disease|Paget disease of bone|Dupuytren contracture|Baker cyst|"
    "Wernicke encephalopathy|Stevens-Johnson syndrome|Chagas disease|Hansen disease|Pott disease|"
    "Burkitt lymphoma|Wolff-Parkinson-White syndrome|Brugada pattern|Lyme disease|Charcot foot|Tietze syndrome|"
    "Takayasu arteritis|Behçet disease|Von Willebrand disease|Budd-Chiari syndrome|Mallory-Weiss tear|"
    "Conn syndrome|Huntington disease|Lewy body dementia|Marfan syndrome|Bell's palsy|Hirschsprung disease|"
    "De Quervain tenosynovitis|Osgood-Schlatter disease|Peyronie disease|Gaucher disease|Zenker diverticulum")
PEDS_DX = W("Kawasaki disease|Osgood-Schlatter disease|Legg-Calvé-Perthes disease|Down syndrome|"
            "Hirschsprung disease|Henoch-Schönlein purpura|Tourette syndrome|Wilms tumor|Meckel diverticulum|"
            "Sever disease|Duchenne muscular dystrophy|Tay-Sachs carrier status|Turner syndrome")
GERI_DX = W("Alzheimer dementia|Parkinson disease|Lewy body dementia|Paget disease of bone|"
            "Dupuytren contracture|Zenker diverticulum|Charcot foot|Ménière disease|Barrett esophagus|"
            "Hashimoto thyroiditis|Cheyne-Stokes respirations")
SIGNS = W("Babinski sign|Murphy sign|McBurney point tenderness|Homans sign|Kernig sign|Brudzinski sign|"
          "Tinel sign|Phalen test|Romberg test|Lachman test|McMurray test|Dix-Hallpike maneuver|Spurling test|"
          "Trendelenburg sign|Chvostek sign|Rovsing sign|Hoffmann sign|Finkelstein test|Allen test|Cullen sign|"
          "Grey Turner sign|Nikolsky sign|Levine sign|Battle sign|Murphy's sign|Hawkins-Kennedy test")
PROCS = W("Whipple procedure|Nissen fundoplication|Roux-en-Y gastric bypass|Hartmann procedure|Foley catheter|"
          "Swan-Ganz catheter|Hickman line|Jackson-Pratt drain|Epley maneuver|Kegel exercises|Pap smear|"
          "Mohs surgery|Ponseti casting|Pavlik harness|Seldinger technique|Holter monitor|Doppler ultrasound|"
          "Gram stain|Ziehl-Neelsen stain|Heimlich maneuver|PICC line|Tenckhoff catheter|Bankart repair")
SCORES = ["Glasgow Coma Scale 15", "GCS 14", "CHA2DS2-VASc 4", "HAS-BLED 2", "MoCA 19/30", "MoCA 24/30",
          "Mini-Cog 2/5", "PHQ-9 of 16", "PHQ-9 of 7", "GAD-7 of 11", "Braden score 14", "Morse Fall Scale 55",
          "Katz ADL 4/6", "CURB-65 of 2", "NIHSS 3", "Karnofsky 60", "ECOG 2", "Child-Pugh B", "MELD 18",
          "Centor score 3", "Wells score 1.5", "Ottawa ankle rules negative", "PHQ-2 negative", "AUDIT-C 6",
          "Refugee Health Screener-15 score 14", "PCL-5 of 38", "Clinical Frailty Scale 6", "GDS-15 of 9"]
DRUGS = W(
    "Eliquis 5 mg BID|Xarelto 20 mg daily|Keppra 500 mg BID|Lasix 40 mg daily|Januvia 100 mg daily|"
    "Jardiance 10 mg daily|Ozempic 0.5 mg weekly|Lantus 22 units at bedtime|Humalog sliding scale|"
    "Norco 5/325 q6h PRN|Zoloft 50 mg daily|Ativan 0.5 mg PRN|Haldol 2 mg IM|Flomax 0.4 mg nightly|"
    "Lyrica 75 mg BID|Seroquel 25 mg at bedtime|Abilify 5 mg daily|Celebrex 200 mg daily|Trulicity 1.5 mg weekly|"
    "Entresto 24/26 mg BID|Brilinta 90 mg BID|Plavix 75 mg daily|Coreg 6.25 mg BID|Norvasc 10 mg daily|"
    "Synthroid 88 mcg daily|Tylenol 650 mg q6h PRN|Advil 400 mg PRN|Aleve 220 mg|Bactrim DS BID|"
    "Keflex 500 mg QID|Augmentin 875 mg BID|Flagyl 500 mg TID|Valtrex 1 g BID|Tamiflu 75 mg BID|"
    "Biktarvy 1 tab daily|Vemlidy 25 mg daily|Epclusa 1 tab daily|Protonix 40 mg daily|Zofran 4 mg ODT|"
    "Dilaudid 0.5 mg IV|Narcan 4 mg nasal spray|Suboxone 8/2 mg daily|Depo-Provera 150 mg IM|Macrobid 100 mg BID|"
    "Lovenox 40 mg daily|Coumadin 5 mg|Aricept 5 mg nightly|Namenda 10 mg BID|Sinemet 25/100 TID|"
    "Fosamax 70 mg weekly|Prolia 60 mg|Symbicort 160/4.5 two puffs BID|ProAir 2 puffs q4h PRN|Singulair 10 mg|"
    "Spiriva 18 mcg daily|Allegra 180 mg|Zyrtec 10 mg|Miralax 17 g daily|Diclegis 2 tabs at bedtime|"
    "levothyroxine 75 mcg daily|lisinopril 20 mg daily|amlodipine 5 mg daily|atorvastatin 40 mg nightly|"
    "metformin 1000 mg BID|insulin glargine 18 units nightly|hydrochlorothiazide 25 mg daily|losartan 50 mg daily|"
    "isoniazid 300 mg daily|rifampin 600 mg daily|ferrous sulfate 325 mg daily|folic acid 1 mg daily|"
    "hydroxyurea 500 mg daily|tenofovir 300 mg daily|sertraline 50 mg daily|mirtazapine 15 mg nightly|"
    "prazosin 2 mg at bedtime|gabapentin 300 mg TID|tramadol 50 mg q8h PRN|prednisone 40 mg daily|"
    "methimazole 10 mg daily|propranolol 10 mg TID|carbidopa-levodopa 25/100 TID|donepezil 10 mg nightly|"
    "furosemide 20 mg daily|spironolactone 25 mg daily|apixaban 2.5 mg BID|aspirin 81 mg daily|"
    "labetalol 200 mg BID|nifedipine ER 30 mg daily|cholecalciferol 2000 IU daily|omeprazole 20 mg daily|"
    "tamsulosin 0.4 mg nightly|hydroxychloroquine 200 mg BID")
REFUGEE_RX = W("albendazole 400 mg x1|ivermectin 200 mcg/kg x2 days|praziquantel 40 mg/kg x1|"
               "isoniazid 300 mg daily with pyridoxine 25 mg|rifampin 600 mg daily x4 months|"
               "rifapentine/isoniazid weekly x12 doses|ferrous sulfate 325 mg daily|vitamin D3 50,000 IU weekly")
PEDS_RX = W("amoxicillin 90 mg/kg/day divided BID|acetaminophen 15 mg/kg q6h PRN|ibuprofen 10 mg/kg q6h PRN|"
            "cetirizine 5 mg daily|fluticasone 44 mcg 2 puffs BID|albuterol 2 puffs via spacer q4h PRN|"
            "ferrous sulfate 3 mg/kg/day|vitamin D 400 IU daily|polyethylene glycol 8.5 g daily|"
            "prednisolone 2 mg/kg x5 days|ondansetron 2 mg ODT|mupirocin ointment TID")
OB_RX = W("prenatal vitamin daily|aspirin 81 mg daily|Diclegis 2 tabs at bedtime|labetalol 200 mg BID|"
          "nifedipine ER 30 mg daily|ferrous sulfate 325 mg every other day|docusate 100 mg BID|"
          "Tdap vaccine|Rhogam 300 mcg IM|metformin 500 mg BID|insulin NPH 10 units at bedtime")
DEVICES = W("Medtronic Azure XT DR MRI|Boston Scientific Accolade|Dexcom G7|FreeStyle Libre 3|Omnipod 5|"
            "Tandem t:slim X2|ResMed AirSense 11|Philips DreamStation 2|Phonak Audéo Lumity|"
            "Inogen One G5 concentrator|LifeVest 4000|Accu-Chek Guide meter|Omron BP7250 cuff|Zio XT patch|"
            "MiniMed 780G|Abbott Assurity MRI|HeartMate 3 LVAD")
DURS_ACUTE = ["for 3 days", "for 2 days", "since last night", "for 48 hours", "for 5 days", "x 4 days",
              "for about a week", "for 36 hours", "for 4-5 days", "since yesterday morning", "x2 days"]
DURS = ["for 3 days", "for 2 weeks", "for the past 6 months", "for 10 days", "for 48 hours", "x 2 weeks",
        "for about a month", "for 5 days", "over the past year", "for 4-5 days", "x3 weeks", "for 8 months",
        "for the last 2 nights", "for 6 weeks", "for 72 hours", "for 1 year"]


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------
class Person:
    def __init__(self, given, fam, culture, sex, fam2=None, middle=None, nick=None, use_two=False):
        self.given, self.fam, self.culture, self.sex = given, fam, culture, sex
        self.fam2, self.middle, self.nick, self.use_two = fam2, middle, nick, use_two

    def last(self):
        if self.fam2 and self.use_two:
            return self.fam + " " + self.fam2
        return self.fam

    def surnames(self):
        return self.fam + (" " + self.fam2 if self.fam2 else "")

    def full(self):
        parts = [self.given]
        if self.middle:
            parts.append(self.middle)
        parts.append(self.surnames())
        return " ".join(parts)

    def short_full(self):
        return self.given + " " + self.last()

    def first(self):
        return self.given

    def call(self):
        return self.nick or self.given

    def init_last(self):
        ini = " ".join(w[0] + "." for w in self.given.split())
        return ini + " " + self.last()

    def lf(self):
        s = self.surnames() + ", " + self.given
        if self.middle:
            s += " " + self.middle
        return s

    @property
    def she(self):
        return "she" if self.sex == "F" else "he"

    @property
    def her(self):
        return "her" if self.sex == "F" else "his"

    @property
    def herobj(self):
        return "her" if self.sex == "F" else "him"

    @property
    def woman(self):
        return "woman" if self.sex == "F" else "man"

    @property
    def ms(self):
        return "Ms." if self.sex == "F" else "Mr."


REL_SEX = {"daughter": "F", "son": "M", "wife": "F", "husband": "M", "mother": "F", "father": "M",
           "sister": "F", "brother": "M", "niece": "F", "nephew": "M", "granddaughter": "F", "grandson": "M",
           "aunt": "F", "uncle": "M", "cousin": None, "daughter-in-law": "F", "son-in-law": "M",
           "grandmother": "F", "grandfather": "M", "stepdaughter": "F", "partner": None, "neighbor": None,
           "friend": None}
PATRONYMIC = {"somali", "ethiopian", "eritrean"}


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def numword(n):
    if n >= 100:
        rest = n - 100
        return "one hundred" + ("" if rest == 0 else " " + numword(rest))
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("" if o == 0 else "-" + ONES[o])


def ordinal(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", s).lower()


class Ctx:
    def __init__(self, r):
        self.r = r
        start = date(2022, 1, 3)
        self.vd = start + timedelta(days=r.randint(0, 1270))
        self.state = r.choice(STATES)
        self.used_names = set()
        self.used_given = set()

    # -- randomness -------------------------------------------------------
    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    # -- people -----------------------------------------------------------
    def pick_culture(self, nonenglish=False):
        keys = [k for k in CULT if (k in NONENGLISH or not nonenglish)]
        ws = [CULT[k]["w"] for k in keys]
        return self.r.choices(keys, weights=ws)[0]

    def person(self, culture=None, sex=None, fam=None, fam2=None, nonenglish=False, nick_p=0.25):
        r = self.r
        for _ in range(20):
            cul = culture or self.pick_culture(nonenglish)
            d = CULT[cul]
            sx = sex or r.choice("FM")
            given = r.choice(d["f"] if sx == "F" else d["m"])
            f1 = fam or r.choice(d["s"])
            if given == f1:
                continue
            f2 = None
            if cul == "hispanic":
                if fam2 is not None:
                    f2 = fam2
                elif r.random() < 0.75:
                    f2 = r.choice([s for s in d["s"] if s != f1])
            middle = None
            if cul == "vietnamese" and r.random() < 0.45:
                middle = "Thi" if sx == "F" else r.choice(["Van", "Duc", "Minh", "Quoc", "Huu"])
            elif cul == "anglo" and r.random() < 0.2:
                middle = r.choice("ABCDEFGJKLMRSTW") + "."
            nick = d["nick"].get(given) if r.random() < nick_p else None
            p = Person(given, f1, cul, sx, f2, middle, nick, use_two=(f2 is not None and r.random() < 0.5))
            key = (p.given, p.fam)
            if (key in self.used_names or p.given in self.used_given) and _ < 19:
                continue
            self.used_names.add(key)
            self.used_given.add(p.given)
            return p
        return p

    def staff(self, sex=None):
        cul = self.r.choices(list(CULT), weights=[3.0 if k == "anglo" else 1.0 for k in CULT])[0]
        return self.person(culture=cul, sex=sex, nick_p=0.0)

    def relative(self, pt, relw):
        r = self.r
        sx = REL_SEX.get(relw) or r.choice("FM")
        cul = pt.culture
        if relw in ("neighbor", "friend"):
            return self.person(culture=cul if r.random() < 0.7 else None, sex=sx)
        blood_child = relw in ("son", "daughter", "granddaughter", "grandson")
        sibling = relw in ("sister", "brother")
        if relw in ("wife", "husband", "partner", "daughter-in-law", "son-in-law"):
            if cul in ("anglo", "native", "jewish", "east_european", "west_african", "pacific", "haitian",
                       "filipino", "south_asian", "nepali", "persian", "hmong") and r.random() < 0.6 \
                    and relw in ("wife", "husband"):
                return self.person(culture=cul, sex=sx, fam=pt.fam)
            return self.person(culture=cul, sex=sx)
        if cul in PATRONYMIC:
            if blood_child and pt.sex == "M" and relw in ("son", "daughter"):
                return self.person(culture=cul, sex=sx, fam=pt.given.split()[0])
            if sibling:
                return self.person(culture=cul, sex=sx, fam=pt.fam)
            return self.person(culture=cul, sex=sx)
        if cul == "hispanic":
            if blood_child or sibling:
                return self.person(culture=cul, sex=sx, fam=pt.fam)
            return self.person(culture=cul, sex=sx)
        if cul in ("vietnamese", "korean", "chinese") and relw in ("mother",):
            return self.person(culture=cul, sex=sx)
        if relw in ("niece", "nephew", "cousin", "aunt", "uncle", "mother", "grandmother") and r.random() < 0.5:
            return self.person(culture=cul, sex=sx)
        return self.person(culture=cul, sex=sx, fam=pt.fam)

    def lang_of(self, p):
        return self.pick(CULT[p.culture]["lang"])

    def origin(self, p):
        lst = ORIGINS.get(p.culture)
        if not lst:
            return None
        return self.pick(lst)

    # -- ages ---------------------------------------------------------------
    def age_adj(self, age):
        """noun-modifier form: '93-year-old', '93 y/o', 'ninety-one-year-old'"""
        code = "AGE" if age >= 90 else "K"
        r = self.r
        k = r.randint(0, 5)
        if k == 0:
            return [(code, str(age)), ("T", "-year-old")]
        if k == 1:
            return [(code, str(age)), ("T", " y/o")]
        if k == 2:
            return [(code, str(age)), ("T", "yo")]
        if k == 3:
            return [(code, numword(age)), ("T", "-year-old")]
        if k == 4:
            return [(code, str(age)), ("T", " year old")]
        return [(code, str(age)), ("T", " yo")]

    def age_pred(self, age):
        """predicate form used after 'is' / 'aged' / 'age'"""
        code = "AGE" if age >= 90 else "K"
        k = self.r.randint(0, 3)
        if k == 0:
            return [(code, str(age))]
        if k == 1:
            return [(code, numword(age))]
        if k == 2:
            return [(code, str(age)), ("T", " years old")]
        return [(code, str(age)), ("T", " years of age")]

    def adult_age(self, lo=19, hi=86):
        return self.r.randint(lo, hi)

    # -- dates --------------------------------------------------------------
    def rel(self, lo, hi, base=None):
        return (base or self.vd) + timedelta(days=self.r.randint(lo, hi))

    def dob(self, age, base=None):
        base = base or self.vd
        days = int(age * 365.25) + self.r.randint(1, 360)
        return base - timedelta(days=days)

    def date(self, d, kind="prose"):
        r = self.r
        if kind == "hdr":
            style = r.choice(["mdY", "mdY", "mdY", "iso", "mdY1", "mdy2z"])
        elif kind == "dob":
            style = r.choice(["mdY", "mdY", "mdY1", "iso", "long", "abbr"])
        elif kind == "short":
            style = r.choice(["md", "md", "mdy2", "abbr_noyr", "long_noyr", "long_ord", "ord_day", "md"])
        elif kind == "my":
            style = r.choice(["my", "my", "my_abbr", "m_slash_y"])
        else:
            style = r.choice(["long", "abbr", "md", "long_noyr", "mdY", "mdY1", "dmy", "long_ord", "mdy2",
                              "abbr_dot", "dash"])
        m, dd, y = d.month, d.day, d.year
        return {
            "mdY": "%02d/%02d/%d" % (m, dd, y),
            "mdY1": "%d/%d/%d" % (m, dd, y),
            "mdy2": "%d/%d/%02d" % (m, dd, y % 100),
            "mdy2z": "%02d/%02d/%02d" % (m, dd, y % 100),
            "md": "%d/%d" % (m, dd),
            "iso": d.isoformat(),
            "long": "%s %d, %d" % (MONTHS[m - 1], dd, y),
            "long_noyr": "%s %d" % (MONTHS[m - 1], dd),
            "abbr": "%s %d, %d" % (MON_ABBR[m - 1], dd, y),
            "abbr_noyr": "%s %d" % (MON_ABBR[m - 1], dd),
            "abbr_dot": "%s. %d" % (MON_ABBR[m - 1], dd) if MON_ABBR[m - 1] != "May" else "May %d" % dd,
            "dmy": "%d %s %d" % (dd, MONTHS[m - 1], y),
            "long_ord": "%s %s" % (MONTHS[m - 1], ordinal(dd)),
            "ord_day": "the %s" % ordinal(dd),
            "dash": "%02d-%02d-%d" % (m, dd, y),
            "my": "%s %d" % (MONTHS[m - 1], y),
            "my_abbr": "%s %d" % (MON_ABBR[m - 1], y),
            "m_slash_y": "%d/%d" % (m, y),
        }[style]

    def tod(self, day=False):
        r = self.r
        h, mi = (r.randint(8, 17) if day else r.randint(0, 23)), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 12, 37])
        k = r.randint(0, 3)
        if k == 0:
            return "%02d:%02d" % (h, mi)
        if k == 1:
            return "%02d%02d" % (h, mi)
        h12 = h % 12 or 12
        ap = "AM" if h < 12 else "PM"
        if k == 2:
            return "%d:%02d %s" % (h12, mi, ap)
        return "%d:%02d %s" % (h12, mi, ap.lower()[0] + "." + "m.")

    # -- identifiers ------------------------------------------------------
    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def letters(self, n):
        return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))

    def mrn(self):
        k = self.r.randint(0, 4)
        return [lambda: self.digits(8), lambda: self.digits(4) + "-" + self.digits(4),
                lambda: "E" + self.digits(7), lambda: self.digits(3) + "-" + self.digits(2) + "-" + self.digits(2),
                lambda: "0" + self.digits(6)][k]()

    def acct(self):
        k = self.r.randint(0, 3)
        return [lambda: self.digits(10), lambda: "A" + self.digits(9), lambda: "HAR " + self.digits(9),
                lambda: self.digits(2) + "-" + self.digits(6)][k]()

    def hpn(self):
        k = self.r.randint(0, 4)
        return [lambda: self.digits(8) + self.r.choice("ABCD"),
                lambda: self.letters(3) + self.digits(9),
                lambda: "%d%s%d-%s%d-%s%d" % (self.r.randint(1, 9), self.letters(2), self.r.randint(0, 9),
                                               self.letters(2), self.r.randint(0, 9), self.letters(2),
                                               self.r.randint(10, 99)),
                lambda: "MN" + self.digits(9),
                lambda: self.letters(1) + self.digits(7) + "-0" + str(self.r.randint(1, 4))][k]()

    def ssn(self):
        a = self.r.choice([x for x in range(100, 899) if x != 666])
        return "%03d-%02d-%04d" % (a, self.r.randint(10, 99), self.r.randint(1000, 9999))

    def dl(self):
        return self.r.choice(["%s%s-%s-%s" % (self.letters(1), self.digits(3), self.digits(3), self.digits(3)),
                              "%s%s" % (self.letters(1), self.digits(12)), self.digits(9)])

    def license(self):
        return self.r.choice(["RN " + self.digits(6), "R" + self.digits(7), "NPI " + self.digits(10),
                              self.letters(2) + self.digits(7), "CHW-" + self.digits(5)])

    def devsn(self):
        return self.r.choice([self.letters(3) + self.digits(6) + self.letters(1), self.digits(2) + "-" +
                              self.digits(7), "SN" + self.digits(9), self.letters(2) + self.digits(4) +
                              self.letters(2) + self.digits(2)])

    def plate(self):
        return self.r.choice([self.digits(3) + "-" + self.letters(3), self.letters(3) + " " + self.digits(3),
                              self.digits(1) + self.letters(3) + self.digits(3), self.letters(2) + "-" +
                              self.digits(4)])

    def vin(self):
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "".join(self.r.choice(chars) for _ in range(17))

    def anum(self):
        return self.r.choice(["A" + self.digits(9), "A%s-%s-%s" % (self.digits(3), self.digits(3), self.digits(3)),
                              "A-" + self.digits(9)])

    def i94(self):
        return self.digits(9) + self.letters(1) + self.digits(1)

    def interp_id(self):
        return self.r.choice([self.digits(5), self.digits(6), "#" + self.digits(5)]).lstrip("#")

    def case_no(self):
        y = self.vd.year
        return self.r.choice(["%d-%s" % (y, self.digits(5)), "SW-%s" % self.digits(6),
                              "RC%s" % self.digits(7), "%s-%d-%s" % (self.letters(2), y % 100, self.digits(4))])

    # -- contact ----------------------------------------------------------
    def phone(self):
        r = self.r
        a, e, l = r.choice(AREA), r.randint(201, 989), r.randint(0, 9999)
        k = r.randint(0, 5)
        return ["(%s) %03d-%04d" % (a, e, l), "%s-%03d-%04d" % (a, e, l), "%s.%03d.%04d" % (a, e, l),
                "%s %03d %04d" % (a, e, l), "+1 %s-%03d-%04d" % (a, e, l), "(%s)%03d-%04d" % (a, e, l)][k]

    def email(self, p, work=False):
        r = self.r
        g, f = ascii_fold(p.given), ascii_fold(p.fam)
        if work:
            dom = r.choice(["eastlakehealth.org", "hcgh.org", "stbrigid.org", "ironbridgehealth.edu",
                            "pinehollowclinic.org", "redwillowhealth.org"])
            return "%s.%s@%s" % (g, f, dom) if r.random() < 0.5 else "%s%s@%s" % (g[0], f, dom)
        dom = r.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
                        "comcast.net"])
        k = r.randint(0, 4)
        n2 = str(r.randint(1, 99))
        return ["%s.%s@%s" % (g, f, dom), "%s%s%s@%s" % (g[0], f, n2, dom), "%s%s@%s" % (g, n2, dom),
                "%s_%s@%s" % (f, g, dom), "%s%s%s@%s" % (g, f, str(r.randint(1950, 2010)), dom)][k]

    def url_for(self, p):
        r = self.r
        g, f = ascii_fold(p.given), ascii_fold(p.fam)
        return r.choice(["https://www.gofundme.com/f/help-%s-%s" % (g, f),
                         "www.caringbridge.org/visit/%s%s" % (g, f),
                         "https://www.facebook.com/%s.%s.%d" % (g, f, r.randint(10, 999)),
                         "gofund.me/%s" % self.digits(8)])

    def url_generic(self):
        r = self.r
        return r.choice(["https://mychart.eastlakehealth.org", "https://portal.hcgh.org/login",
                         "https://meet.eastlakehealth.org/room/%s" % self.digits(6),
                         "https://telehealth.stbrigid.org/v/%s" % self.digits(7),
                         "www.pinehollowclinic.org/forms", "http://redwillowhealth.org/patient-forms"])

    def ip(self):
        r = self.r
        return "%d.%d.%d.%d" % (r.choice([24, 50, 67, 71, 73, 76, 98, 107, 174, 184, 199, 209]),
                                r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    # -- places ---------------------------------------------------------------
    def zipc(self):
        z = self.state[2] + self.digits(3)
        if self.chance(0.15):
            z += "-" + self.digits(4)
        return z

    def street(self, rural=False):
        r = self.r
        if rural and r.random() < 0.7:
            k = r.randint(0, 2)
            if k == 0:
                return "Rural Route %d Box %d" % (r.randint(1, 6), r.randint(10, 480))
            if k == 1:
                return "%d %s" % (r.randint(1000, 39999), r.choice(RURAL_ROADS))
            return "N%d %s" % (r.randint(1000, 9999), r.choice(RURAL_ROADS))
        s = "%d %s" % (r.randint(12, 4999), r.choice(STREETS))
        k = r.randint(0, 5)
        if k == 0:
            s += ", Apt %d%s" % (r.randint(1, 24), r.choice("ABCDEF"))
        elif k == 1:
            s += " #%d" % r.randint(100, 1420)
        elif k == 2:
            s += ", Unit %d" % r.randint(1, 40)
        return s

    def addr_segs(self, rural=False, oneline=True):
        place = self.pick(TOWNS) if rural else self.pick(self.city_pool())
        st = self.state
        sep = ", " if oneline else "\n"
        return [("ST", self.street(rural)), ("T", sep), ("LOC", place), ("T", ", " + st[0] + " "),
                ("ZIP", self.zipc())]

    def city_pool(self):
        # the 'city' part of an urban address is a neighborhood-like municipality name
        return NEIGHBORHOODS[:30] + TOWNS[:10]

    def hospital(self):
        return self.pick(HOSPITALS[:4]) if self.chance(0.8) else self.pick(HOSPITALS)

    def worship(self, p):
        return self.pick(WORSHIP.get(p.culture, WORSHIP["anglo"]))

    # -- keep terms ---------------------------------------------------------
    def lab(self):
        r = self.r
        f = r.choice([
            lambda: "A1c %.1f%%" % r.uniform(5.7, 12.9),
            lambda: "hemoglobin %.1f g/dL" % r.uniform(7.2, 15.8),
            lambda: "TSH %.2f mIU/L" % r.uniform(0.02, 18),
            lambda: "creatinine %.2f mg/dL" % r.uniform(0.6, 3.2),
            lambda: "eGFR %d" % r.randint(18, 110),
            lambda: "potassium %.1f mmol/L" % r.uniform(2.9, 6.1),
            lambda: "sodium %d" % r.randint(124, 146),
            lambda: "LDL %d mg/dL" % r.randint(58, 210),
            lambda: "ALT %d U/L" % r.randint(12, 240),
            lambda: "ferritin %d ng/mL" % r.randint(3, 400),
            lambda: "25-OH vitamin D %d ng/mL" % r.randint(6, 48),
            lambda: "INR %.1f" % r.uniform(0.9, 4.5),
            lambda: "BNP %d pg/mL" % r.randint(40, 3200),
            lambda: "WBC %.1f" % r.uniform(2.1, 22.0),
            lambda: "platelets %d" % r.randint(45, 480),
            lambda: "glucose %d mg/dL" % r.randint(62, 480),
            lambda: "lactate %.1f" % r.uniform(0.6, 6.0),
            lambda: "troponin %s ng/mL" % r.choice(["<0.01", "0.03", "0.12", "1.4"]),
            lambda: "albumin %.1f g/dL" % r.uniform(2.1, 4.6),
            lambda: "eosinophils %d%%" % r.randint(1, 22),
            lambda: "magnesium %.1f" % r.uniform(1.1, 2.6),
            lambda: "uric acid %.1f mg/dL" % r.uniform(4.0, 11.0),
        ])
        return f()

    def refugee_lab(self):
        return self.pick(["QuantiFERON-TB Gold Plus positive", "QuantiFERON negative", "Strongyloides IgG positive",
                          "Schistosoma antibody negative", "HBsAg reactive", "hepatitis B surface antibody 212 mIU/mL",
                          "lead level 8 mcg/dL", "hemoglobin electrophoresis HbAS", "G6PD normal",
                          "eosinophils %d%%" % self.r.randint(8, 24), "HIV-1/2 Ag/Ab nonreactive",
                          "RPR nonreactive", "varicella IgG negative", "ova and parasites: Giardia cysts seen",
                          "hemoglobin %.1f g/dL" % self.r.uniform(8.1, 11.5)])

    def vitals(self):
        r = self.r
        parts = []
        for f in r.sample([
            lambda: "BP %d/%d" % (r.randint(96, 184), r.randint(54, 106)),
            lambda: "HR %d" % r.randint(52, 128),
            lambda: "T %.1f C" % r.uniform(36.1, 39.6),
            lambda: "Temp %.1f F" % r.uniform(97.0, 103.2),
            lambda: "SpO2 %d%% on RA" % r.randint(86, 100),
            lambda: "RR %d" % r.randint(12, 30),
            lambda: "wt %.1f kg" % r.uniform(44, 131),
            lambda: "BMI %.1f" % r.uniform(17.5, 44.0),
        ], 3):
            parts.append(f())
        return parts

    def vital(self):
        r = self.r
        return r.choice(["HR %d" % r.randint(52, 128), "T %.1f C" % r.uniform(36.1, 39.6),
                         "Temp %.1f F" % r.uniform(97.0, 103.2), "SpO2 %d%% on RA" % r.randint(86, 100),
                         "RR %d" % r.randint(12, 30), "wt %.1f kg" % r.uniform(44, 131)])

    def bp(self):
        return "BP %d/%d" % (self.r.randint(96, 184), self.r.randint(54, 106))

    def camp(self, p):
        lst = CAMPS.get(p.culture)
        return self.pick(lst) if lst else None

    def school_for(self, age):
        if age < 5:
            return self.pick(["Riverview Head Start", "Little Sprouts Daycare", "Tiny Treasures Child Care",
                              "Cedar Flats Early Learning Center", "Sweetgrass Early Head Start"])
        if age < 11:
            return self.pick(["Roosevelt Elementary", "Sumner Elementary", "Pine Hollow Elementary",
                              "Hope Academy", "Al-Amal School", "St. Brigid Catholic School", "Dugsi Al-Noor",
                              "Dunmore Public School", "Yeshiva Toras Chaim", "Sweetgrass Tribal School"])
        if age < 14:
            return self.pick(["Lincoln Middle School", "Hope Academy", "Al-Amal School", "Dunmore Public School",
                              "Sweetgrass Tribal School"])
        return self.pick(["Franklin High School", "Northgate High School", "Kettle River High School",
                          "Dunmore Public School", "Harbor Community College"])

    def worship_word(self, name):
        low = name.lower()
        if "masjid" in low or "mosque" in low or "islamic" in low:
            return "mosque"
        if "temple" in low or "mandir" in low or "wat " in low:
            return "temple"
        if "gurdwara" in low:
            return "gurdwara"
        if "congregation" in low or "beth" in low or "chabad" in low:
            return "synagogue"
        return "church"

    def kin(self, pt, age, options):
        """choose a relationship word plausible for the patient's age"""
        ok = []
        spouse = "husband" if pt.sex == "F" else "wife"
        options = [spouse if w in ("husband", "wife") else w for w in options]
        for w in options:
            if age < 38 and w in ("son", "daughter", "granddaughter", "grandson", "daughter-in-law",
                                  "son-in-law"):
                continue
            if age < 58 and w in ("granddaughter", "grandson"):
                continue
            if age > 70 and w in ("mother", "father"):
                continue
            ok.append(w)
        return self.pick(ok or ["sister", "brother"])

    def drug(self, pool=None):
        return self.pick(pool or DRUGS)

    def dur(self):
        return self.pick(DURS)


    def acute(self):
        return self.pick(DURS_ACUTE)


# ---------------------------------------------------------------------------
# TEMPLATES  (each builds one note by appending segments)
# ---------------------------------------------------------------------------
def hdr_name(c, p):
    """name as written in a structured header"""
    k = c.r.randint(0, 4)
    if k == 0:
        return p.lf().upper()
    if k == 1:
        return p.lf()
    if k == 2:
        return p.full()
    if k == 3:
        return p.full().upper()
    return p.surnames().upper() + ", " + p.given


def sig(n, c, p, cred, when=True, lic=0.12):
    n.add("\n{T:dash}{P:nm}, {T:cred}", dash=c.pick(["-- ", "", "Electronically signed: ", "Signed by "]),
          nm=p.full() if c.chance(0.7) else p.init_last(), cred=cred)
    if c.chance(lic):
        kind = c.pick(["NPI", "Lic.", "license #", "DEA"])
        l = {"NPI": c.digits(10), "Lic.": c.pick(["R" + c.digits(6), c.digits(5)]),
             "license #": c.letters(2) + c.digits(6), "DEA": c.letters(2) + c.digits(7)}[kind]
        n.add(" ({T:kind} {LIC:l})", kind=kind, l=l)
    if when:
        n.add(" {D:d} {K:t}", d=c.date(c.vd, "hdr"), t=c.tod())
    n.add("\n")


def art(token):
    """indefinite article for a following number or number word"""
    t = token.lower()
    if t.startswith("8") or t.startswith("eight") or t.startswith("eleven") or t in ("11", "18"):
        return "an"
    return "a"


def geri_np(c, age, pt):
    """noun phrase for an older adult, many ways of writing the age"""
    k = c.r.randint(0, 8)
    w = pt.woman
    code = "AGE" if age >= 90 else "K"
    if k == 0:
        return [("T", art(str(age)) + " "), (code, str(age)), ("T", " y/o " + w)]
    if k == 1:
        return [("T", art(numword(age)) + " "), (code, numword(age)), ("T", "-year-old " + w)]
    if k == 2:
        return [("T", "a " + w + " aged "), (code, str(age))]
    if k == 3:
        return [("T", "a " + w + ", age "), (code, str(age)), ("T", ",")]
    if k == 4:
        return [("T", art(str(age)) + " "), (code, str(age)), ("T", "yo " + ("F" if pt.sex == "F" else "M"))]
    if k == 5:
        return [("T", "a " + w + " who is "), (code, numword(age)), ("T", " years old,")]
    if k == 6:
        return [("T", art(str(age)) + " "), (code, str(age)), ("T", "-year-old " + w)]
    if k == 7:
        return [("T", "a " + w + " ("), (code, str(age)), ("T", ")")]
    return [("T", "a " + w + " of "), (code, str(age))]


# 1 --------------------------------------------------------------------------
def t_interpreter_clinic(n, c):
    A, r = n.add, c.r
    pt = c.person(nonenglish=True)
    lang = c.lang_of(pt)
    age = c.adult_age(28, 88) if c.chance(0.85) else r.randint(90, 96)
    clinic = c.pick(URBAN_CLINICS)
    interp = c.person(culture=pt.culture if c.chance(0.8) else None)
    relw = c.kin(pt, age, ["daughter", "son", "niece", "nephew", "husband" if pt.sex == "F" else "wife",
                           "granddaughter", "daughter-in-law", "sister"])
    rel = c.relative(pt, relw)
    pcp = c.staff()
    if c.chance(0.5):
        h = c.hospital()
        A("{FAC:h}\n", h=h.upper() if c.chance(0.5) else h)
    A("{T:dept} — INTERPRETER-ASSISTED VISIT\n", dept=c.pick(["FAMILY MEDICINE", "INTERNAL MEDICINE",
                                                             "ADULT PRIMARY CARE"]))
    A("PATIENT: {P:nm}    MRN: {MRN:m}    DOB: {D:dob}\n", nm=hdr_name(c, pt), m=c.mrn(),
      dob=c.date(c.dob(age), "dob"))
    A("Date of service: {D:d}    Site: {FAC:cl}\n\n", d=c.date(c.vd, "hdr"), cl=clinic)
    A("Interpreter: {P:i}, {T:l} interpreter{S:iid}, {T:mode}. ",
      i=interp.full() if c.chance(0.7) else interp.first(), l=lang,
      iid=[("T", " (ID "), ("IDN", c.interp_id()), ("T", ")")] if c.chance(0.6) else [],
      mode=c.pick(["in person", "via video", "by speakerphone"]))
    A("Patient's {T:rw}, {P:rn}, also present; patient asked that {P:rn2} not interpret.\n\n",
      rw=relw, rn=rel.call(), rn2=rel.call())
    o = c.origin(pt)
    A("HPI: {S:np}", np=geri_np(c, age, pt))
    if o and c.chance(0.7):
        A(" originally from {LOC:city}, {T:ctry},", city=o[1], ctry=o[0])
    A(" here for follow-up of {K:dx}. ", dx=c.pick(EPONYM_DX))
    A(c.pick(["Per {P:rn}, {T:she} has been taking {K:d1} only once a day because the label was in English. ",
              "{P:rn} reports {T:she} stopped {K:d1} when the bottle ran out. ",
              "{P:rn} keeps the pill box and says doses of {K:d1} are missed on weekends. "]),
      rn=rel.call(), she=pt.she, d1=c.drug())
    if age < 70 and c.chance(0.5):
        A("{T:She} works {T:sh} shifts at {FAC:emp} and gets rides from {P:fr}. ",
          She=pt.she.capitalize(), sh=c.pick(["night", "early", "second"]), emp=c.pick(EMPLOYERS),
          fr=c.person(culture=pt.culture).first())
    elif c.chance(0.5):
        A("Lives with {P:rn} in {LOC:t}. ", rn=rel.call(), t=c.pick(NEIGHBORHOODS))
    if c.chance(0.5):
        A("Reports poor sleep {K:dur}.", dur=c.dur())
    A("\n\n")
    A("Exam: {K:v1}.", v1=c.bp())
    if c.chance(0.4):
        A(" {K:sg} negative.", sg=c.pick(SIGNS))
    A("\n")
    if c.chance(0.6):
        A("Labs {D:ld}: {K:l1}.\n", ld=c.date(c.rel(-21, -2), "short"), l1=c.lab())
    A("\nPlan: {T:cont}. {K=Will} recheck in {K:wk}. ", cont=c.pick(["continue current regimen",
                                                                  "dose adjusted", "refills sent"]),
      wk=c.pick(["6 weeks", "3 months", "4 weeks"]))
    if c.chance(0.5):
        A("Refill to {FAC:ph} on {ST:st}. ", ph=c.pick(PHARMACIES), st=c.pick(STREETS[:30]))
    A("Teach-back done through {P:i}. Return with Dr. {P:pcp} on {D:fu}.", i=interp.first(), pcp=pcp.last(),
      fu=c.date(c.rel(20, 90), "short"))
    if c.chance(0.5):
        A(" Best contact: {T:rw}'s cell {PH:ph}.", rw=relw, ph=c.phone())
    A("\n")
    sig(n, c, pcp, c.pick(["MD", "DO", "NP"]), when=c.chance(0.6))


# 2 --------------------------------------------------------------------------
def t_refugee_followup(n, c):
    A, r = n.add, c.r
    pt = c.person(culture=c.pick(["somali", "ethiopian", "eritrean", "nepali", "arabic", "persian", "hispanic",
                                  "haitian", "east_european", "west_african", "hmong", "pacific"]))
    lang = c.lang_of(pt)
    age = c.adult_age(19, 72)
    clinic = c.pick(["Southport Refugee Health Clinic", "Little Addis Family Health Center",
                     "Cedar Flats Community Clinic", "Midway Yards Community Health Center"])
    arr = c.rel(-150, -20)
    A("REFUGEE HEALTH — DOMESTIC SCREENING FOLLOW-UP\n")
    A("Name: {P:nm}    DOB: {D:dob}    MRN: {MRN:m}\n", nm=hdr_name(c, pt), dob=c.date(c.dob(age), "dob"), m=c.mrn())
    A("A-Number: {IDN:a}    US arrival: {D:arr}\n", a=c.anum(), arr=c.date(arr, "hdr"))
    A("Clinic: {FAC:cl}\n\n", cl=clinic)
    o = c.origin(pt)
    cw = c.person()
    A("{S:ag} {T:w}", ag=c.age_adj(age), w=pt.woman)
    if o:
        A(" from {LOC:city}, {T:ctry}", city=o[1], ctry=o[0])
    camp = c.camp(pt)
    if camp and c.chance(0.7):
        A(", lived {T:yrs} years in {LOC:camp} before resettlement", yrs=str(r.randint(2, 17)), camp=camp)
    A(". Resettled by {FAC:ag}; caseworker {P:cw} attended", ag=c.pick(AGENCIES[:8]), cw=cw.full())
    if c.chance(0.4):
        A(" ({PH:cwph})", cwph=c.phone())
    A(". Visit in {T:lang} with interpreter {P:ip}.\n\n", lang=lang, ip=c.person(culture=pt.culture).first())
    A("Household (arrived together): ")
    sp = c.relative(pt, "husband" if pt.sex == "F" else "wife")
    hh = [("spouse", sp)]
    if age > 24:
        for _ in range(r.randint(1, 2)):
            hh.append(("child", c.relative(pt, c.pick(["son", "daughter"]))))
    for i, (role, p) in enumerate(hh):
        A("{T:sep}{P:nm} ({T:role})", sep="; " if i else "", nm=p.full() if c.chance(0.5) else p.first(), role=role)
    A(".\n\n")
    A("Results: {K:l1}; {K:l2}.\n", l1=c.refugee_lab(), l2=c.refugee_lab())
    A("Plan:\n- Start {K:rx}.\n", rx=c.pick(REFUGEE_RX))
    if c.chance(0.6):
        A("- Chest x-ray at {FAC:h} on {D:d}.\n", h=c.hospital(), d=c.date(c.rel(3, 21), "short"))
    A("- {P:cw} will bring the I-94 copy and help with the bus pass.\n", cw=cw.first())
    if c.chance(0.5):
        A("- Mental health: {K:sc}; declined referral for now.\n",
          sc=c.pick(["Refugee Health Screener-15 score 14", "PHQ-9 of 7", "PCL-5 of 38", "PHQ-2 negative"]))
    A("Follow up {D:fu}.\n", fu=c.date(c.rel(14, 60), "short"))
    sig(n, c, c.staff(), c.pick(["MD", "NP", "PA-C"]), when=c.chance(0.4))


# 3 --------------------------------------------------------------------------
def t_chw_home_visit(n, c):
    A, r = n.add, c.r
    pt = c.person()
    chw = c.person(culture=pt.culture if c.chance(0.5) else None)
    age = c.adult_age(30, 89) if c.chance(0.85) else r.randint(90, 98)
    rural = c.chance(0.35)
    A("COMMUNITY HEALTH WORKER HOME VISIT\n")
    A("Client: {P:nm}  |  MRN {MRN:m}  |  {D:d}\n", nm=hdr_name(c, pt), m=c.mrn(), d=c.date(c.vd, "hdr"))
    if c.chance(0.35):
        A("Address: {S:ad}\n", ad=c.addr_segs(rural))
    A("CHW: {P:chw}\n\n", chw=chw.full())
    if rural:
        A("Drove out past {LOC:t1} — house is the {T:col} one behind the {FAC:b}. ",
          t1=c.pick(TOWNS), col=c.pick(["blue", "yellow", "white", "green"]),
          b=c.pick(["Kwik Trip", "Casey's", "Dollar General", "Sauk Bend Co-op"]))
    else:
        A("Apartment in {LOC:nb}, two blocks from {FAC:b}. ", nb=c.pick(NEIGHBORHOODS),
          b=c.pick(EMPLOYERS[:20] + PHARMACIES))
    relw = c.kin(pt, age, ["daughter", "son", "grandson", "niece", "husband", "wife"])
    rel = c.relative(pt, relw)
    A("{P:rn} let me in; {T:she} is the {T:rw}. ", rn=rel.call(), she=rel.she, rw=relw)
    if c.chance(0.35):
        ka = r.randint(3, 16)
        A("{P:k1}, {K:ka}, was home from {FAC:sc}. ", k1=c.person(culture=pt.culture).first(), ka=str(ka),
          sc=c.school_for(ka))
    A("\n\nHealth: {P:pc} is {S:ag} and has {K:dx}. ", pc=pt.call(), ag=c.age_pred(age),
      dx=c.pick(EPONYM_DX + ["type 2 diabetes", "CHF", "COPD"]))
    A("Taking {K:d1}. Home {K:bp}. ", d1=c.drug(), bp=c.bp())
    A(c.pick(["{T:She} has {K=hope} of getting back to work at {FAC:emp}. ",
              "Lost job at {FAC:emp} in {D:when}. ",
              "Still helps at {FAC:emp} a few hours a week. "]) if age < 70 else
      c.pick(["{T:She} has {K=hope} of going back to services at {FAC:ch}. ",
              "Retired from {FAC:emp} years ago. "]),
      ch=c.worship(pt),
      She=pt.she.capitalize(), emp=c.pick(EMPLOYERS), when=c.date(c.rel(-120, -15), "my"))
    if c.chance(0.6):
        A("\nHousing: mold in bathroom; landlord {P:ll} called {D:called}, no answer. ",
          ll=c.pick([c.person().full(), c.person().last(), c.person().init_last()]),
          called=c.date(c.rel(-10, -1), "short"))
    if c.chance(0.5):
        w = c.worship(pt)
        A("Food shelf referral at {FAC:ch}. ", ch=w)
    if c.chance(0.4):
        A("{P:dr} drives {T:her} to appointments (plate {VEH:pl}). ",
          dr=c.pick([rel.call(), c.person(culture=pt.culture).first()]), her=pt.herobj, pl=c.plate())
    A("\n\nNext: {K=Will} call {FAC:cl} to move the visit to {D:nx}. Text {P:rn} at {PH:ph}.\n",
      cl=c.pick(URBAN_CLINICS + RURAL_CLINICS), nx=c.date(c.rel(5, 30), "short"), rn=rel.call(), ph=c.phone())
    A("{P:chw}, CHW\n", chw=chw.init_last() if c.chance(0.5) else chw.first())


# 4 --------------------------------------------------------------------------
def t_language_line_phone(n, c):
    A, r = n.add, c.r
    pt = c.person(nonenglish=True)
    lang = c.lang_of(pt)
    age = c.adult_age(20, 88) if c.chance(0.75) else r.randint(90, 99)
    relw = c.kin(pt, age, ["daughter", "son", "mother", "husband", "wife", "niece", "neighbor"])
    caller = c.relative(pt, relw)
    A("TELEPHONE ENCOUNTER — LANGUAGE ACCESS\n")
    A("Date/time: {D:d} {K:t}\n", d=c.date(c.vd, "hdr"), t=c.tod())
    A("Patient: {P:nm}   MRN: {MRN:m}   DOB: {D:dob}\n", nm=hdr_name(c, pt), m=c.mrn(),
      dob=c.date(c.dob(age), "dob"))
    A("Caller: {P:cn} ({T:rw}) at {PH:ph}\n", cn=caller.full() if c.chance(0.6) else caller.first(), rw=relw,
      ph=c.phone())
    A("Interpreter: {T:lang} phone interpreter {P:ip}{S:iid}\n\n", lang=lang,
      ip=c.person(culture=pt.culture).first(),
      iid=[("T", ", ID "), ("IDN", c.interp_id())] if c.chance(0.6) else [])
    sym = c.pick(["fever to 38.9 C", "vomiting", "a rash on the legs", "dizziness when standing",
                  "swelling in both ankles", "cough with green sputum"])
    A("{P:cf} states {S:pt} has had {K:sym} {K:dur}. ", cf=caller.call(),
      pt=[("T", "the patient")] if c.chance(0.5) else [("P", pt.call())], sym=sym, dur=c.acute())
    if age >= 90:
        A("Patient is {S:ag} and lives with {P:cf}. ", ag=c.age_pred(age), cf=caller.call())
    A(c.pick(["{P:cf} also asked about the letter from {FAC:f}; explained it is for {D:ad}. ",
              "Asked whether records from {FAC:f} arrived — yes, faxed {D:ad}. ",
              "Family asked if {T:she} can still see Dr. {P:dl} at {FAC:f}. "]),
      cf=caller.call(), f=c.pick(ONE_WORD_ADULT + URBAN_CLINICS), ad=c.date(c.rel(-20, 30), "short"), she=pt.she,
      dl=c.staff().last())
    A("\n\nAdvice via interpreter: fluids, {K:d2}, return precautions. ",
      d2=c.pick(["Tylenol 650 mg q6h PRN", "acetaminophen 500 mg q6h", "ibuprofen 400 mg q8h PRN"]))
    if c.chance(0.5):
        A("If worse, go to the {FAC:ed} ED. ", ed=c.pick(list(HOSP_ABBR.values()) + HOSPITALS))
    if c.chance(0.4):
        A("Alternate contact {P:alt} at {PH:ph2}.", alt=c.relative(pt, "cousin").full(), ph2=c.phone())
    A("\nRouted to Dr. {P:md}. Documented by {P:me}, {T:role}\n", md=c.staff().last(), me=c.staff().full(),
      role=c.pick(["RN", "LPN", "triage RN"]))


# 5 --------------------------------------------------------------------------
KIN_OF = {"daughter": ("mother", "father"), "son": ("mother", "father"), "grandson": ("grandmother", "grandfather"),
          "niece": ("aunt", "uncle"), "brother": ("sister", "brother"), "sister": ("sister", "brother"),
          "wife": ("wife", "husband"), "husband": ("wife", "husband")}


def t_family_conference(n, c):
    A, r = n.add, c.r
    pt = c.person()
    age = r.randint(90, 101) if c.chance(0.45) else c.adult_age(45, 88)
    att, sw, chap = c.staff(), c.staff(), c.staff()
    A("FAMILY MEETING — {P:ln} FAMILY\n", ln=pt.last().upper())
    A("Date: {D:d}   Time: {K:t}   {T:unit} family room\n", d=c.date(c.vd, "hdr"), t=c.tod(day=True),
      unit=c.pick(["MICU", "4 West", "6 East", "Palliative Care Unit"]))
    A("Patient: {P:nm} (MRN {MRN:m})\n\n", nm=pt.full(), m=c.mrn())
    first = c.kin(pt, age, ["daughter", "son"])
    others = c.sample(["wife" if pt.sex == "M" else "husband", "niece", "brother", "sister", "grandson"],
                      r.randint(1, 2))
    rels = [(w, c.relative(pt, w)) for w in [first] + others]
    A("Present: ")
    for i, (w, p) in enumerate(rels):
        A("{T:sep}{P:nm} ({T:w}", sep=", " if i else "", nm=p.full() if c.chance(0.5) else p.call(), w=w)
        if i == 1 and c.chance(0.5):
            A(", by phone from {LOC:city}", city=c.pick(TOWNS + NEIGHBORHOODS))
        A(")")
    lang = c.lang_of(pt)
    A("; Dr. {P:a}; {P:sw}, LICSW; Chaplain {P:ch}", a=att.last(), sw=sw.full(), ch=chap.last())
    if lang != "English":
        A("; {T:lang} interpreter {P:ip}", lang=lang, ip=c.person(culture=pt.culture).full())
    A(".\n\n")
    A("Background: {T:Ms} {P:ln} is {S:np} with {K:dx}, admitted {D:ad} after a fall at home",
      Ms=pt.ms, ln=pt.last(), np=geri_np(c, age, pt), dx=c.pick(GERI_DX + EPONYM_DX),
      ad=c.date(c.rel(-20, -3), "short"))
    if c.chance(0.5):
        A(", transferred from {FAC:f}", f=c.pick(ONE_WORD_ADULT))
    A(". Now on {K:o2}.\n\n", o2=c.pick(["4 L nasal cannula", "BiPAP 12/5", "high-flow 40 L/60%"]))
    w0, p0 = rels[0]
    par = KIN_OF[w0][0 if pt.sex == "F" else 1]
    A("Discussion: {P:p0} said {T:her} {T:par} \"would not want machines.\" ", p0=p0.call(), her=p0.her, par=par)
    w1, p1 = rels[1]
    A("{P:p1} asked about a feeding tube; risks explained. ", p1=p1.call())
    A(c.pick(["Family expressed {K=hope} for time to gather relatives. ",
              "Family has a {K=living will} copy at home. ",
              "Family thanked staff for their {K=patience}. "]))
    A("Consensus to transition to {K=comfort care}; DNR/DNI confirmed.", )
    if c.chance(0.5):
        w = c.worship(pt)
        A(" {P:ch} to arrange prayer with leaders from {FAC:wor}.", ch=chap.first(), wor=w)
    A("\n\nPlan: {K:d1} PRN dyspnea. Primary contact {P:p0} {PH:ph}.\n",
      d1=c.pick(["morphine 2 mg IV q2h", "hydromorphone 0.2 mg IV", "glycopyrrolate 0.2 mg q4h"]),
      p0=p0.full(), ph=c.phone())
    A("{P:sw}, LICSW\n", sw=sw.init_last())


# 6 --------------------------------------------------------------------------
def t_discharge_summary(n, c):
    A, r = n.add, c.r
    pt = c.person()
    age = c.adult_age(22, 88) if c.chance(0.75) else r.randint(90, 98)
    hosp = c.hospital()
    adm = c.rel(-14, -2)
    att, pcp = c.staff(), c.staff()
    A("{FAC:h}\nDISCHARGE SUMMARY\n\n", h=hosp.upper())
    A("Patient: {P:nm}    MRN: {MRN:m}", nm=hdr_name(c, pt), m=c.mrn())
    if c.chance(0.4):
        A("    Acct: {ACCT:ac}", ac=c.acct())
    A("\nDOB: {D:dob}    Age: {S:ag}", dob=c.date(c.dob(age), "dob"), ag=c.age_pred(age))
    if c.chance(0.15):
        A("    SSN: {SSN:s}", s=c.ssn())
    A("\n")
    A("Admitted: {D:ad}    Discharged: {D:dc}\n", ad=c.date(adm, "hdr"), dc=c.date(c.vd, "hdr"))
    A("Attending: {P:at}, MD\n\n", at=att.full())
    dx = c.pick(EPONYM_DX)
    A("Principal diagnosis: {K:dx}\n\n", dx=dx)
    A("Hospital course: {S:ag} {T:w} ", ag=c.age_adj(age), w=pt.woman)
    if c.chance(0.6):
        A("transferred from {FAC:f} ", f=c.pick(ONE_WORD_ADULT + RURAL_CLINICS))
    else:
        A("from {LOC:t} ", t=c.pick(TOWNS + NEIGHBORHOODS))
    A("with {T:sx} {K:dur}. ", sx=c.pick(["abdominal pain", "shortness of breath", "fevers", "weakness"]),
      dur=c.acute())
    if c.chance(0.6):
        A("Course included {K:pr} on {D:pd}. ", pr=c.pick(PROCS), pd=c.date(c.rel(1, 3, adm), "short"))
    if c.chance(0.35):
        A("Cardiology placed a {K:dv} (serial {DEV:sn}). ", dv=c.pick(["Medtronic Azure XT DR MRI",
                                                                    "Boston Scientific Accolade", "Abbott Assurity MRI",
                                                                    "LifeVest 4000", "Zio XT patch"]), sn=c.devsn())
    A("\n\nDischarge medications: {K:d1}; {K:d2}.\n\n", d1=c.drug(), d2=c.drug())
    dispo = r.randint(0, 2)
    if dispo == 0:
        relw = c.kin(pt, age, ["daughter", "son", "wife", "husband", "sister"])
        rel = c.relative(pt, relw)
        A("Disposition: home with {T:rw} {P:rn}", rw=relw, rn=rel.call())
        if c.chance(0.5):
            A(" at {S:ad}", ad=c.addr_segs(c.chance(0.3)))
        A(". {P:rn} can be reached at {PH:ph}.\n", rn=rel.first(), ph=c.phone())
    elif dispo == 1:
        A("Disposition: {FAC:nh} in {LOC:t} for rehab; report called to {P:rn}, RN.\n",
          nh=c.pick(NURSING_HOMES), t=c.pick(TOWNS + NEIGHBORHOODS), rn=c.staff().first())
    else:
        A("Disposition: shelter bed at {FAC:sh}; {FAC:ag} case manager {P:cm} aware.\n",
          sh=c.pick(["Harbor Light Center", "Union Gospel Mission", "Simpson House", "Lighthouse Women's Shelter"]),
          ag=c.pick(["Catholic Charities", "Lutheran Social Services", "the Salvation Army"]), cm=c.person().full())
    A("Follow-up: {P:pc} at {FAC:cl} on {D:fu}.\n", pc=pcp.short_full() if c.chance(0.6) else pcp.init_last(),
      cl=c.pick(URBAN_CLINICS + RURAL_CLINICS), fu=c.date(c.rel(5, 21)))
    A("\nDictated by {P:res}, MD for Dr. {P:at}.\n", res=c.staff().short_full(), at=att.last())


# 7 --------------------------------------------------------------------------
def t_ed_note(n, c):
    A, r = n.add, c.r
    pt = c.person()
    age = c.adult_age(18, 86) if c.chance(0.85) else r.randint(90, 97)
    hosp = c.hospital()
    A("ED PROVIDER NOTE — {FAC:h}\n", h=HOSP_ABBR.get(hosp, hosp) if c.chance(0.5) else hosp)
    A("Arrival: {D:d} {K:t}   MRN {MRN:m}", d=c.date(c.vd, "hdr"), t=c.tod(), m=c.mrn())
    if c.chance(0.5):
        A("   FIN {ACCT:fin}", fin=c.acct())
    A("\nPt: {P:nm}, DOB {D:dob}\n\n", nm=hdr_name(c, pt), dob=c.date(c.dob(age), "dob"))
    mech = r.randint(0, 2) if age < 70 else r.randint(1, 2)
    if mech == 0:
        A("HPI: {S:ag} {T:w} BIBA from {FAC:emp} in {LOC:t} after a fall from a loading dock. {P:cw}, a "
          "coworker, rode along. ", ag=c.age_adj(age), w=pt.woman, emp=c.pick(EMPLOYERS),
          t=c.pick(TOWNS + NEIGHBORHOODS), cw=c.person().first())
    elif mech == 1:
        A("HPI: {S:ag} {T:w}, restrained driver of a {T:car} (plate {VEH:pl}) in a collision on {ST:rd}. ",
          ag=c.age_adj(age), w=pt.woman, car=c.pick(["2014 Honda Civic", "2009 Chevy Silverado",
                                                     "2017 Toyota Sienna", "2012 Nissan Altima"]),
          pl=c.plate(), rd=c.pick(RURAL_ROADS + STREETS))
        if c.chance(0.5):
            A("Officer {P:of} at bedside; VIN {VEH:vin} recorded. ", of=c.person().last(), vin=c.vin())
        if c.chance(0.3):
            A("ID verified by driver's license {LIC:dl}. ", dl=c.dl())
    else:
        relw = c.kin(pt, age, ["wife", "husband", "daughter", "son", "mother"])
        rel = c.relative(pt, relw)
        A("HPI: {S:ag} {T:w} brought in by {T:rw}, {P:rn}, for {T:sx} {K:dur}. {P:rn2} drove {T:her} in from "
          "{LOC:t}. ", ag=c.age_adj(age), w=pt.woman, rw=relw, rn=rel.full(),
          sx=c.pick(["chest pain", "confusion", "abdominal pain", "headache"]), dur=c.acute(), rn2=rel.call(),
          her=pt.herobj, t=c.pick(TOWNS + NEIGHBORHOODS))
    if c.chance(0.6):
        A("Seen at {FAC:f} {D:pd} for similar symptoms.", f=c.pick(ONE_WORD_ADULT), pd=c.date(c.rel(-40, -3),
                                                                                         "short"))
    A("\n\nTriage: {K:v1}, {K:v2}.\n", v1=c.bp(), v2=c.vital())
    A("Exam: {K:sg} {T:res}.\n", sg=c.pick(SIGNS), res=c.pick(["negative", "positive", "equivocal"]))
    A("MDM: {K:d1} given. Discussed with Dr. {P:con} ({T:svc}).",
      d1=c.pick(["Zofran 4 mg ODT", "Dilaudid 0.5 mg IV", "Tylenol 650 mg q6h PRN", "ketorolac 15 mg IV"]),
      con=c.staff().last(), svc=c.pick(["surgery", "cardiology", "neurology", "orthopedics"]))
    if c.chance(0.4):
        A(" Family number on file {PH:ph}.", ph=c.phone())
    A("\nDisposition: {T:dp}.\n", dp=c.pick(["admit to medicine", "discharge home", "observation", "transfer"]))
    sig(n, c, c.staff(), c.pick(["MD", "DO", "PA-C"]), when=False, lic=0.2)


# 8 --------------------------------------------------------------------------
def t_nursing_note(n, c):
    A, r = n.add, c.r
    pt = c.person()
    age = c.adult_age(25, 88) if c.chance(0.75) else r.randint(90, 100)
    rn1, rn2 = c.staff(), c.staff()
    night = c.chance(0.5)
    hrs = sorted(r.sample(range(20, 30) if night else range(8, 19), 3))
    times = ["%02d%02d" % (h % 24, r.choice([0, 10, 15, 30, 45, 50])) for h in hrs]
    A("NURSING NOTE — {T:unit}, {FAC:h}\n", unit=c.pick(["4 West", "5 South", "Step-down", "6 East"]),
      h=c.hospital())
    A("{D:d} {T:sh} shift   Pt: {P:nm}   Rm {T:rm}   MRN {MRN:m}\n\n", d=c.date(c.vd, "short"),
      sh="night" if night else "day", nm=pt.init_last() if c.chance(0.5) else pt.lf(), rm=str(r.randint(401, 689)),
      m=c.mrn())
    A("{K:t}: Report from {P:r1}. Pt is {S:ag}, A&Ox{T:ox}, admitted {D:ad} from {T:src}. ", t=times[0],
      r1=rn1.call(), ag=c.age_pred(age), ox=str(r.randint(2, 4)), ad=c.date(c.rel(-6, -1), "short"),
      src=c.pick(["the ED", "home", "clinic"]))
    if c.chance(0.5):
        A("{K:sc}. ", sc=c.pick(["Braden score 14", "Morse Fall Scale 55", "CIWA 6", "Braden 16"]))
    relw = c.kin(pt, age, ["husband", "wife", "son", "daughter", "niece", "granddaughter"])
    rel = c.relative(pt, relw)
    A("\n{K:t}: {P:rn} at bedside. ", t=times[1], rn=rel.call())
    if c.chance(0.6):
        fr = c.person(culture=pt.culture)
        w = c.worship(pt)
        A("{P:fr} from {T:her} {T:ww} ({FAC:ch}) visited. ", fr=fr.first(), her=pt.her, ww=c.worship_word(w), ch=w)
    A("\n{K=Foley catheter} draining clear urine, no {K=frank} blood. ")
    if c.chance(0.75):
        A("BP {K=rose} to {K:b}; paged Dr. {P:md} (pager {PH:pg}).", b="%d/%d" % (r.randint(160, 196),
                                                                                   r.randint(90, 112)),
          md=c.staff().last(), pg=c.phone())
    if c.chance(0.6):
        A(" {T:Her} {T:rw} {P:rn} asked to be called at {PH:ph}.", Her=pt.her.capitalize(), rw=relw, rn=rel.full(),
          ph=c.phone())
    A("\n{K:t}: Handoff to {P:r2}.\n{P:me}, RN\n", t=times[2], r2=rn2.first(),
      me=rn1.init_last() if c.chance(0.4) else c.staff().full())


# 9 --------------------------------------------------------------------------
GYMS = ["the Northgate YMCA", "Anytime Fitness", "Planet Fitness", "the Cedar Flats Rec Center",
        "the Harbor Flats Y"]


def t_clinic_progress(n, c):
    A, r = n.add, c.r
    pt = c.person()
    age = c.adult_age(18, 87)
    clinic = c.pick(URBAN_CLINICS + RURAL_CLINICS)
    md = c.staff()
    A("PROGRESS NOTE — {FAC:cl}\n", cl=clinic)
    A("{P:nm}  |  DOB {D:dob}  |  MRN {MRN:m}  |  {D:d}\n", nm=hdr_name(c, pt), dob=c.date(c.dob(age), "dob"),
      m=c.mrn(), d=c.date(c.vd, "hdr"))
    if c.chance(0.4):
        A("Insurance: {T:ins} member ID {HPN:h}\n", ins=c.pick(["Medica", "Blue Plus", "UCare", "HealthPartners",
                                                               "Medicare"]), h=c.hpn())
    ag = c.age_adj(age)
    A("\nS: {P:pf} is {T:a} {S:ag} {T:w} seen for {K:dx}. ", pf=pt.call(), a=art(ag[0][1]), ag=ag, w=pt.woman,
      dx=c.pick(EPONYM_DX))
    A(c.pick(["Works as a {T:job} at {FAC:emp}. ", "Recently started at {FAC:emp} as a {T:job}. ",
              "Was laid off from {FAC:emp}. "]) if age < 68 else "Retired {T:job} from {FAC:emp}. ",
      emp=c.pick(EMPLOYERS), job=c.pick(["line worker", "cashier", "driver", "cook", "CNA", "stocker",
                                         "housekeeper", "packer"]))
    rw = c.kin(pt, age, ["wife" if pt.sex == "M" else "husband", "partner", "mother", "sister", "daughter"])
    A("Lives in {LOC:t} with {T:her} {T:rw}, {P:rn}. ", t=c.pick(TOWNS + NEIGHBORHOODS), her=pt.her, rw=rw,
      rn=c.relative(pt, rw).call())
    A("Symptoms {K:dur}. ", dur=c.dur())
    k = r.randint(0, 2)
    if k == 0:
        A("{K=Will} try to walk {K=2 miles} a day with {P:fr}. ", fr=c.person().first())
    elif k == 1:
        A("Goes to {FAC:gym} with {P:fr}. ", gym=c.pick(GYMS), fr=c.person().first())
    else:
        A("Quit smoking in {T:yr}. ", yr=str(c.vd.year - r.randint(1, 12)))
    A("\nO: {K:v1}.", v1=c.bp())
    if c.chance(0.5):
        A(" {K:sg} negative.", sg=c.pick(SIGNS))
    A("\n")
    A("A/P: Continue {K:d1}. ", d1=c.drug())
    if c.chance(0.4):
        A("{K=May} use ice {K:fr} as needed. ", fr=c.pick(["20 minutes at a time", "for 15 minutes",
                                                          "every 2 hours"]))
    if c.chance(0.5):
        A("Records from {FAC:o} requested (fax {PH:fx}). ", o=c.pick(ONE_WORD_ADULT), fx=c.phone())
    A("RTC {D:fu}.\n", fu=c.date(c.rel(14, 120), "short"))
    A("{P:md}, {T:cr}\n", md=md.full(), cr=c.pick(["MD", "DO", "NP", "PA-C"]))
    if c.chance(0.4):
        A("cc: {P:cc}, {FAC:f}\n", cc=c.staff().init_last(), f=c.pick(URBAN_CLINICS + ONE_WORD_ADULT))


# 10 -------------------------------------------------------------------------
def t_social_work(n, c):
    A, r = n.add, c.r
    pt = c.person()
    age = c.adult_age(24, 70)
    sw = c.staff()
    A("SOCIAL WORK ASSESSMENT\n")
    A("Patient: {P:nm}   MRN {MRN:m}   Date: {D:d}\n", nm=hdr_name(c, pt), m=c.mrn(), d=c.date(c.vd, "hdr"))
    if c.chance(0.5):
        A("County case #{IDN:cn}\n", cn=c.case_no())
    A("\nReferred by {P:ref}, RN for housing instability. ", ref=c.staff().short_full())
    A("Pt is {S:ag}", ag=c.age_pred(age))
    o = c.origin(pt)
    if o and c.chance(0.7):
        A(", came to the US from {LOC:city} in {D:arr}", city=o[1], arr=c.date(c.rel(-3000, -200), "my"))
    A(", and has been staying at the shelter on the {T:side} side run by {FAC:ag}. ",
      side=c.pick(["east", "north", "south"]), ag=c.pick(["Catholic Charities", "the Salvation Army",
                                                         "Lutheran Social Services", "Union Gospel Mission"]))
    if c.chance(0.5):
        A("Evicted from {S:ad} on {D:ev}. ", ad=c.addr_segs(False), ev=c.date(c.rel(-200, -20), "short"))
    else:
        A("Evicted from an apartment in {LOC:nb} in {D:ev}. ", nb=c.pick(NEIGHBORHOODS),
          ev=c.date(c.rel(-200, -20), "my"))
    ka = r.randint(3, 16)
    kid = c.relative(pt, c.pick(["son", "daughter"]))
    A("{T:Kid} {P:k} ({K:ka}) attends {FAC:sc}. ", Kid=c.pick(["Child", "Son" if kid.sex == "M" else "Daughter"]),
      k=kid.first(), ka=str(ka), sc=c.school_for(ka))
    sup = c.person(culture=pt.culture)
    w = c.worship(pt)
    A("Main support is {P:sp}, a friend from {T:her} {T:ww}.\n\n", sp=sup.full() if c.chance(0.5) else sup.first(),
      her=pt.her, ww=c.worship_word(w))
    if c.chance(0.5):
        A("Benefits: Medicaid ID {HPN:h} active; SNAP pending. ", h=c.hpn())
    if c.chance(0.5):
        A("Needs replacement Social Security card (SSN {SSN:s}). ", s=c.ssn())
    A("Pt has {K=faith} things will improve. {K:sc}.\n\n",
      sc=c.pick(["PHQ-9 of 16", "GAD-7 of 11", "PHQ-9 of 7", "AUDIT-C 6", "PCL-5 of 38"]))
    A("Plan:\n1. Coordinated entry with {P:ce} on {D:ap} at {K:t}.\n", ce=c.person().full(),
      ap=c.date(c.rel(2, 14), "short"), t=c.tod(day=True))
    A("2. Emergency assistance {K=grant} through {LOC:co} human services.\n", co=c.pick(COUNTIES))
    A("3. ROI signed to speak with {P:sp} at {PH:ph}.\n", sp=sup.first(), ph=c.phone())
    if c.chance(0.35):
        A("4. Pt prefers email ({EM:em}); friends started {URL:u} for a deposit.\n", em=c.email(pt), u=c.url_for(pt))
    A("{P:sw}, {T:cr}\n", sw=sw.full(), cr=c.pick(["LICSW", "LGSW", "MSW"]))


# 11 -------------------------------------------------------------------------
def t_prenatal(n, c):
    A, r = n.add, c.r
    pt = c.person(sex="F")
    age = r.randint(17, 42)
    ga = r.randint(10, 38)
    g = r.randint(1, 6)
    edd = c.vd + timedelta(days=(40 - ga) * 7 + r.randint(-3, 3))
    mw = c.staff(sex="F")
    A("PRENATAL VISIT — {FAC:cl}\n", cl=c.pick(["Harbor Flats Women's Clinic", "Cedar Flats Community Clinic",
                                                 "Red Willow Rural Health Clinic", "Little Addis Family Health Center",
                                                 "Eastgate Family Health"]))
    A("{P:nm}   DOB {D:dob}   MRN {MRN:m}   Visit {D:d}\n", nm=hdr_name(c, pt), dob=c.date(c.dob(age), "dob"),
      m=c.mrn(), d=c.date(c.vd, "hdr"))
    A("G{T:g}P{T:p}, {K:ga}; EDD {D:edd}\n\n", g=str(g), p=str(r.randint(0, g - 1)),
      ga="%dw%dd" % (ga, r.randint(0, 6)), edd=c.date(edd, "hdr"))
    pw = c.pick(["husband", "partner", "boyfriend"])
    partner = c.relative(pt, "husband") if pw == "husband" else c.person(culture=pt.culture, sex="M")
    lang = c.lang_of(pt)
    A("S: {K:ag} yo here with {T:pw} {P:pn}. ", ag=str(age), pw=pw, pn=partner.call())
    if lang != "English" and c.chance(0.7):
        A("{T:lang} interpreter {P:ip} used. ", lang=lang, ip=c.person(culture=pt.culture).first())
    A("Reports {K=Braxton Hicks contractions}, good fetal movement. ")
    if c.chance(0.5):
        A("Doula {P:dl} from {FAC:ag} will attend the birth at {FAC:h}. ", dl=c.person(sex="F").full(),
          ag=c.pick(["Casa de Esperanza", "Horn of Africa Family Center", "Asian Pacific Family Services",
                     "Karibu Center"]), h=c.pick(list(HOSP_ABBR.values()) + HOSPITALS))
    if c.chance(0.5):
        A("Works at {FAC:emp}; light duty since {D:ld}.", emp=c.pick(EMPLOYERS), ld=c.date(c.rel(-40, -5), "short"))
    A("\nO: {K:bp}. FHR {K:fhr}. ", bp=c.bp(), fhr="%d bpm" % r.randint(120, 160))
    if ga >= 20:
        A("Fundal height {K:fh}. ", fh="%d cm" % (ga + r.randint(-2, 2)))
    if ga >= 32 and c.chance(0.5):
        A("{K=Leopold maneuvers}: cephalic. ")
    if c.chance(0.5):
        A("\nLabs: {K:l1}.", l1=c.pick(["1-hour GTT %d mg/dL" % r.randint(98, 190), "hemoglobin %.1f g/dL" %
                                        r.uniform(8.8, 13.0), "GBS negative", "GBS positive", "rubella immune"]))
    A("\nA/P: Continue {K:d1}. ", d1=c.pick(OB_RX))
    if c.chance(0.4):
        A("WIC appointment at the {LOC:co} office {D:wic}. ", co=c.pick(COUNTIES), wic=c.date(c.rel(2, 20),
                                                                                         "short"))
    A("{P:pn2} asked about time off; letter given. ", pn2=partner.call())
    A("Next visit {D:nv} with {P:mw}, CNM. L&D triage {PH:ph}.\n", nv=c.date(c.rel(7, 28), "short"),
      mw=mw.short_full() if c.chance(0.5) else mw.first(), ph=c.phone())
    sig(n, c, mw, "CNM", when=c.chance(0.4))


# 12 -------------------------------------------------------------------------
def t_pediatric(n, c):
    A, r = n.add, c.r
    kid = c.person()
    kage_m = r.randint(2, 16 * 12)
    mom = c.relative(kid, "mother")
    if kid.culture in PATRONYMIC or c.chance(0.3):
        dad = c.person(culture=kid.culture, sex="M")
    else:
        dad = c.person(culture=kid.culture, sex="M", fam=kid.fam)
    if kid.culture in PATRONYMIC:
        kid.fam = dad.given.split()[0]
    sib = c.relative(kid, c.pick(["sister", "brother"]))
    A("PEDIATRIC {T:vt} — {FAC:cl}\n", vt=c.pick(["WELL CHILD VISIT", "SICK VISIT", "FOLLOW-UP"]),
      cl=c.pick(["Ironbridge Pediatrics", "Cedar Flats Community Clinic", "Pine Hollow Family Clinic",
                 "Sweetgrass Tribal Health Center", "Midway Yards Community Health Center"]))
    A("Patient: {P:nm}   DOB: {D:dob}   MRN: {MRN:m}\nDate: {D:d}\n\n", nm=hdr_name(c, kid),
      dob=c.date(c.vd - timedelta(days=int(kage_m * 30.4) + r.randint(0, 25)), "dob"), m=c.mrn(),
      d=c.date(c.vd, "hdr"))
    kid_yr = kage_m // 12
    if kage_m < 24:
        A("{K:a}-month-old {T:g} ", a=str(kage_m), g="girl" if kid.sex == "F" else "boy")
    else:
        A("{S:a} {T:g} ", a=c.age_adj(kid_yr), g="girl" if kid.sex == "F" else "boy")
    A(c.pick(["brought in by mom ({P:m}) and older {T:sw} {P:s}. ",
              "here with mother {P:m} and {T:sw} {P:s}. ",
              "with {P:m} (mother), who gives history; {T:sw} {P:s} translating at times. "]),
      m=mom.call(), sw="sister" if sib.sex == "F" else "brother", s=sib.first())
    if c.chance(0.5):
        A("Dad, {P:d}, works at {FAC:emp} and joined by phone.", d=dad.call(), emp=c.pick(EMPLOYERS))
    if c.chance(0.25):
        gg = c.relative(kid, "grandmother")
        A(" Great-grandmother {P:gg}, who is {S:ga}, watches the kids after school.", gg=gg.first(),
          ga=c.age_pred(r.randint(90, 97)))
    A("\n")
    if kage_m < 12:
        A("Born at {FAC:h}, {K:ap}. ", h=c.pick(HOSPITALS + ONE_WORD_FAC),
          ap=c.pick(["Apgar 8 and 9", "Apgars 9/9", "Apgar 7 and 9"]))
    elif kid_yr >= 3:
        A("Attends {FAC:sc}; teacher {T:tt} {P:tl} noticed {T:sx}. ", sc=c.school_for(kid_yr),
          tt=c.pick(["Ms.", "Mr.", "Mrs."]), tl=c.person().last(),
          sx=c.pick(["trouble seeing the board", "frequent coughing", "tiredness", "a rash"]))
    A("Symptoms {K:dur}.\n", dur=c.acute())
    A("Exam: {K:wt}, {K:t}. {K:dx} considered.\n", wt=c.pick(["weight 45th percentile", "BMI 88th percentile",
                                                              "height 12th percentile", "HC 50th percentile"]),
      t="T %.1f C" % r.uniform(36.5, 39.8), dx=c.pick(PEDS_DX))
    A("Plan: {K:rx}. Vaccines per schedule. ", rx=c.pick(PEDS_RX))
    if c.chance(0.4):
        A("Referral to {P:sp} (peds {T:svc}) at {FAC:h2}. ", sp=c.staff().init_last(),
          svc=c.pick(["cardiology", "GI", "ophthalmology", "rheumatology"]),
          h2=c.pick(["Children's", "Ironbridge University Hospital", "Fairhaven"]))
    A("Next WCC {D:nx}. Reminder texts to {P:m2} at {PH:ph2}.\n", nx=c.date(c.rel(30, 180), "short"),
      m2=mom.first(), ph2=c.phone())
    sig(n, c, c.staff(), c.pick(["MD", "DO", "CPNP"]), when=c.chance(0.5))


# 13 -------------------------------------------------------------------------
def t_geriatric(n, c):
    A, r = n.add, c.r
    pt = c.person()
    turns90 = c.chance(0.15)
    age = 89 if turns90 else r.randint(90, 104)
    if not turns90 and c.chance(0.1):
        age = r.randint(84, 89)
    A("GERIATRICS {T:kind} — {FAC:cl}\n", kind=c.pick(["CLINIC NOTE", "HOME VISIT", "FOLLOW-UP"]),
      cl=c.pick(["Northgate Geriatric Clinic", "Lantern Hill Family Medicine", "Millbrook Health Center",
                 "Red Willow Rural Health Clinic", "Riverbend Internal Medicine"]))
    A("{P:nm}  MRN {MRN:m}  DOB {D:dob}", nm=hdr_name(c, pt), m=c.mrn(), dob=c.date(c.dob(age), "dob"))
    if c.chance(0.4):
        A("  Medicare {HPN:mb}", mb=c.hpn())
    A("\nDOS {D:d}\n\n", d=c.date(c.vd, "hdr"))
    if turns90:
        A("{P:f} is {K=89} and turns {AGE=90} next week; family planning a party. ", f=pt.call())
    else:
        if c.chance(0.6):
            A("{P:f} is {S:np} with {K:dx}. ", f=pt.call(), np=geri_np(c, age, pt), dx=c.pick(GERI_DX))
        else:
            A("{T:ms} {P:f} is {S:np} with {K:dx}. ", ms=pt.ms, f=pt.last(), np=geri_np(c, age, pt),
              dx=c.pick(GERI_DX))
    relw = c.pick(["daughter", "son", "granddaughter", "niece", "daughter-in-law"])
    rel = c.relative(pt, relw)
    A("{P:rn} ({T:rw}) is the main caregiver and drove {T:her} in from {LOC:t}. ", rn=rel.call(), rw=relw,
      her=pt.herobj, t=c.pick(TOWNS + NEIGHBORHOODS))
    if c.chance(0.55):
        sp = c.relative(pt, "husband" if pt.sex == "F" else "wife")
        A("{T:Her} {T:sw}, {P:sp}, is {S:sa} and lives at {FAC:nh}. ", Her=pt.her.capitalize(),
          sw="husband" if pt.sex == "F" else "wife", sp=sp.first(), sa=c.age_pred(r.randint(87, 99)),
          nh=c.pick(NURSING_HOMES))
    A("Per {P:rn}, more forgetful {K:dur}. ", rn=rel.call(), dur=c.dur())
    A("\n\n{K:katz}; {K:moca}. {T:v1}.\n", katz=c.pick(["Katz ADL 4/6", "Katz ADL 6/6", "Katz ADL 3/6",
                                                       "Clinical Frailty Scale 6"]),
      moca=c.pick(["MoCA 19/30", "MoCA 24/30", "Mini-Cog 2/5", "SLUMS 18/30"]),
      v1=c.pick(["Orthostatics negative", "Gait slow, uses a cane", "Weight stable"]))
    if c.chance(0.35):
        A("Uses {K:dev} (serial {DEV:sn}).\n", dev=c.pick(["Phonak Audéo Lumity", "Oticon More 1",
                                                          "Inogen One G5 concentrator"]), sn=c.devsn())
    A("Stop {K:d3} (Beers list). ", d3=c.pick(["Ambien 5 mg", "diphenhydramine 25 mg", "Ativan 0.5 mg PRN",
                                               "oxybutynin 5 mg"]))
    A("Has a {K=living will}; agent is {P:ag} ({PH:ph}).\n", ag=rel.full(), ph=c.phone())
    if c.chance(0.4):
        ch2 = c.relative(pt, c.pick(["son", "daughter"]))
        A("Other child {P:c2} lives in {LOC:t2} and calls weekly.\n", c2=ch2.call(),
          t2=c.pick(TOWNS + NEIGHBORHOODS + ["Brooklyn", "Houston", "Seattle"]))
    A("Plan: home safety eval through {FAC:hh}.\n", hh=c.pick(["Comfort Keepers", "Eastlake Home Care",
                                                                "Red Willow Home Health", "Good Shepherd Home Care"]))
    sig(n, c, c.staff(), c.pick(["MD", "NP", "DO"]), when=c.chance(0.5))


# 14 -------------------------------------------------------------------------
def t_portal_message(n, c):
    A, r = n.add, c.r
    pt = c.person(nick_p=0.4)
    pcp, rn = c.staff(), c.staff()
    A("PATIENT PORTAL MESSAGE\n")
    A("From: {P:nm}", nm=pt.short_full())
    if c.chance(0.6):
        A(" <{EM:em}>", em=c.email(pt))
    A("\nTo: {P:pc} / Care Team\nSent: {D:d} {K:t}\nSubject: {T:subj}\n\n", pc=pcp.init_last(),
      d=c.date(c.vd, "hdr"), t=c.tod(), subj=c.pick(["refill + question", "my mom", "rash??", "appointment",
                                                     "paperwork for work"]))
    low = c.chance(0.75)
    L = (lambda s: s.lower()) if low else (lambda s: s)
    A("{T:hi} {T:dr} {P:pl},\n", hi=c.pick(["hi", "Hello", "hey", "Good morning"]), dr=c.pick(["dr", "Dr.", "doctor"]),
      pl=L(pcp.last()))
    A("{T:this} {P:me}. ", this=c.pick(["this is", "its", "it's"]), me=L(pt.call()))
    A(c.pick(["i ran out of my {K:d} on {D:od} ", "my {K:d} is almost gone ",
              "the pharmacy said no refills left on {K:d} "]),
      d=c.pick(["lisinopril 10mg", "metformin 500", "Lasix 40 mg daily", "Zoloft 50 mg daily", "Januvia",
                "levothyroxine 75 mcg daily", "Eliquis 5 mg BID", "Allegra 180 mg"]),
      od=c.date(c.rel(-6, -1), "short"))
    A("can you send it to the {FAC:ph} on {ST:st}{T:q}\n", ph=L(c.pick(PHARMACIES[:6])), st=L(c.pick(STREETS)),
      q=c.pick(["?", "??", ". thank you"]))
    relw = c.pick(["mom", "dad", "grandma", "husband", "wife", "son", "daughter"])
    rel = c.relative(pt, {"mom": "mother", "dad": "father", "grandma": "grandmother"}.get(relw, relw))
    A("also my {T:rw} {P:rn} has been {T:sx} {K:dur}, {T:she} is staying with us in {LOC:t} now. ",
      rw=relw, rn=L(rel.call()), sx=c.pick(["coughing", "dizzy", "not eating", "really tired"]),
      dur=c.pick(["for 3 days", "for a week", "for 2 weeks", "for like 5 days"]), she=rel.she,
      t=L(c.pick(TOWNS + NEIGHBORHOODS)))
    if c.chance(0.4):
        A("{P:fr} at work said i should ask you. ", fr=L(c.person().first()))
    if c.chance(0.4):
        A("my cell is {PH:ph} ", ph=c.phone())
    A("\n{T:th}\n{P:me2}\n", th=c.pick(["thanks", "thank you!!", "God bless", "thx"]), me2=L(pt.first()))
    if c.chance(0.75):
        A("[portal metadata: session IP {IP:ip}]\n", ip=c.ip())
    A("\n--- Reply from {P:rn}, RN — {D:d2}\n", rn=rn.full(), d2=c.date(c.rel(0, 2), "hdr"))
    A("Hi {P:pf}, refill sent to {FAC:ph2}. For your {T:rw}, please call {PH:cl} to schedule", pf=pt.first(),
      ph2=c.pick(PHARMACIES[:6]), rw=relw, cl=c.phone())
    if c.chance(0.7):
        A(" or use {URL:u}", u=c.url_generic())
    A(". {K=Will} let Dr. {P:pl} know.\n", pl=pcp.last())


# 15 -------------------------------------------------------------------------
def t_rural_satellite(n, c):
    A, r = n.add, c.r
    pt = c.person(culture=c.pick(["anglo", "anglo", "native", "native", "hispanic", "hmong", "somali", "pacific",
                                  "west_african", "east_european"]))
    age = c.adult_age(18, 88) if c.chance(0.85) else r.randint(90, 97)
    clinic = c.pick(RURAL_CLINICS)
    np_ = c.staff()
    A("{FAC:cl} — {LOC:t}, {T:st}\n", cl=clinic.upper() if c.chance(0.4) else clinic, t=c.pick(TOWNS),
      st=c.state[1])
    A("Patient: {P:nm}  DOB {D:dob}  Visit {D:d}\n\n", nm=hdr_name(c, pt), dob=c.date(c.dob(age), "dob"),
      d=c.date(c.vd, "hdr"))
    A("{S:ag} {T:w} who lives {K:mi} out of {LOC:t2}", ag=c.age_adj(age), w=pt.woman,
      mi=c.pick(["12 miles", "20 miles", "35 miles", "8 miles"]), t2=c.pick(TOWNS))
    if pt.culture == "native" and c.chance(0.7):
        A(", near the {LOC:res}", res=c.pick(RESERVATIONS))
    A(". Works at {FAC:emp} " if age < 70 else ". Retired from {FAC:emp} ", emp=c.pick(["Hilltop Dairy", "Valley Fresh Dairy", "Prairie Wind Turkey Farm",
                                            "the Tyson plant", "Jennie-O", "Sauk Bend Co-op", "Casey's",
                                            "Dollar General", "Northstar Meatpacking"]))
    A(c.pick(["and is a deer {K=hunter} in the fall. ", "and got a small {K=nick} on the hand from a knife. ",
              "and still drives a grain truck at harvest. "]))
    if c.chance(0.7):
        A("Records from {FAC:o} reviewed; seen there {D:pd}. ", o=c.pick(ONE_WORD_ADULT),
          pd=c.date(c.rel(-60, -5), "short"))
    relw = c.kin(pt, age, ["wife", "husband", "son", "daughter", "brother"])
    rel = c.relative(pt, relw)
    A("{P:rn}, {T:her} {T:rw}, came along.\n\n", rn=rel.call(), her=pt.her, rw=relw)
    A("Exam: {K:v1}. {K:sg} {T:res}.\n", v1=c.bp(), sg=c.pick(SIGNS), res=c.pick(["negative", "positive"]))
    A("Dx: {K:dx}. Rx: {K:d1}.\n", dx=c.pick(EPONYM_DX + ["Lyme disease", "cellulitis", "COPD exacerbation"]),
      d1=c.drug())
    if c.chance(0.6):
        A("Telehealth with Dr. {P:sp} ({T:svc}) at {FAC:hub}; agrees with plan.\n", sp=c.staff().last(),
          svc=c.pick(["ID", "cardiology", "dermatology", "endocrinology"]), hub=c.hospital())
    A("Prefers calls to the landline {PH:ph}; pharmacy is {FAC:ph2} in {LOC:t3}.\n", ph=c.phone(),
      ph2=c.pick(["Thrifty White", "Dunmore Drug", "Sauk Bend Drug", "Hy-Vee Pharmacy"]), t3=c.pick(TOWNS))
    A("Return {D:fu} with {P:np} (comes out to {FAC:cl2} on {D:ord}).\n", fu=c.date(c.rel(14, 60), "short"),
      np=np_.first(), cl2=c.pick(RURAL_CLINICS), ord="the " + ordinal(r.randint(1, 28)))
    sig(n, c, np_, "APRN, CNP", when=False)


# 16 -------------------------------------------------------------------------
def t_care_coordination(n, c):
    A, r = n.add, c.r
    pt = c.person()
    cm = c.staff()
    age = c.adult_age(30, 88) if c.chance(0.75) else r.randint(90, 99)
    A("CARE COORDINATION LOG — {P:nm} (MRN {MRN:m})\n", nm=pt.full().upper() if c.chance(0.5) else pt.lf(),
      m=c.mrn())
    if age >= 90:
        A("Age: {AGE:a}   ", a=str(age))
    A("Coordinator: {P:cm}, RN  |  {PH:cph}", cm=cm.full(), cph=c.phone())
    if c.chance(0.5):
        A("  |  {EM:cem}", cem=c.email(cm, work=True))
    A("\n\n")
    d = c.vd - timedelta(days=r.randint(3, 10))
    relw = c.kin(pt, age, ["daughter", "son", "wife", "husband", "niece"])
    rel = c.relative(pt, relw)
    opts = [
        lambda: A("Called {FAC:ph} re: prior auth for {K:d}; spoke with {P:pn}. Approved.",
                  ph=c.pick(PHARMACIES), d=c.pick(["Ozempic 0.5 mg weekly", "Eliquis 5 mg BID",
                                                   "Entresto 24/26 mg BID", "Jardiance 10 mg daily",
                                                   "Biktarvy 1 tab daily"]), pn=c.person().first()),
        lambda: A("LVM for {T:rw} {P:rn} at {PH:ph} re: transport.", rw=relw, rn=rel.call(), ph=c.phone()),
        lambda: A("{P:rn} returned call; can bring pt to {FAC:cl} on {D:ap}.", rn=rel.call(),
                  cl=c.pick(URBAN_CLINICS + RURAL_CLINICS), ap=c.date(c.rel(3, 20), "short")),
        lambda: A("Faxed H&P to {FAC:nh} (fax {PH:fx}), attn {P:ad}.", nh=c.pick(NURSING_HOMES),
                  fx=c.phone(), ad=c.person().first()),
        lambda: A("Ride booked, confirmation #{IDN:cf}; pickup at {S:ad}.",
                  cf=c.digits(8), ad=c.addr_segs(c.chance(0.3))),
        lambda: A("Spoke with {P:sw} at {FAC:ag} about rent assistance; forms emailed to {EM:em}.",
                  sw=c.person().full(), ag=c.pick(AGENCIES), em=c.email(rel)),
        lambda: A("{T:lang} interpreter {P:ip} confirmed for the {D:ap} visit.",
                  lang=c.lang_of(pt), ip=c.person(culture=pt.culture).full(), ap=c.date(c.rel(3, 20), "short")),
        lambda: A("DME: {K:dv} delivered, serial {DEV:sn}.", dv=c.pick(DEVICES), sn=c.devsn()),
        lambda: A("Verified {T:pl} ID {HPN:h}.", pl=c.pick(["UCare", "Medica", "Blue Plus", "HealthPartners"]),
                  h=c.hpn()),
        lambda: A("Per {P:rn}, pt had {K:sx}; advised clinic visit.", rn=rel.call(),
                  sx=c.pick(["low sugars in the 60s", "BP 170s/90s", "ankle swelling"])),
        lambda: A("Family set up {URL:u} for travel costs.", u=c.url_for(pt)),
    ]
    for f in c.sample(opts, r.randint(3, 5)):
        d = d + timedelta(days=r.randint(0, 2))
        A("{D:d} {K:t} — ", d=c.date(d, c.pick(["short", "hdr"])), t=c.tod(day=True))
        f()
        A("\n")


TEMPLATES = [
    ("interpreter_clinic_visit", t_interpreter_clinic),
    ("refugee_health_followup", t_refugee_followup),
    ("chw_home_visit", t_chw_home_visit),
    ("language_access_telephone", t_language_line_phone),
    ("family_conference", t_family_conference),
    ("discharge_summary", t_discharge_summary),
    ("ed_provider_note", t_ed_note),
    ("nursing_shift_note", t_nursing_note),
    ("clinic_progress_note", t_clinic_progress),
    ("social_work_assessment", t_social_work),
    ("prenatal_visit", t_prenatal),
    ("pediatric_visit", t_pediatric),
    ("geriatric_visit", t_geriatric),
    ("patient_portal_message", t_portal_message),
    ("rural_satellite_clinic_note", t_rural_satellite),
    ("care_coordination_log", t_care_coordination),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=139)
    ap.add_argument("--out", default="set_m.jsonl")
    args = ap.parse_args()
    r = random.Random(args.seed)
    order = []
    while len(order) < args.n:
        blk = list(range(len(TEMPLATES)))
        r.shuffle(blk)
        order.extend(blk)
    order = order[:args.n]
    with open(args.out, "w", encoding="utf-8") as fo, \
            open(args.out + ".spans.jsonl", "w", encoding="utf-8") as fs:
        for i, ti in enumerate(order):
            name, fn = TEMPLATES[ti]
            c = Ctx(r)
            n = Note()
            fn(n, c)
            text = n.text()
            nid, pid = "M%04d" % (i + 1), "MP%04d" % (i + 1)
            rec = {"note_id": nid, "patient_id": pid, "template": name, "text": text,
                   "phi": [{k: s[k] for k in ("start", "end", "entity", "category")} for s in n.phi],
                   "keep": [{"start": s["start"], "end": s["end"]} for s in n.keep]}
            fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
            for s in n.phi:
                fs.write(json.dumps({"note_id": nid, "kind": "phi", **s}, ensure_ascii=False) + "\n")
            for s in n.keep:
                fs.write(json.dumps({"note_id": nid, "kind": "keep", **s}, ensure_ascii=False) + "\n")
    print("wrote %d notes to %s (+ %s.spans.jsonl)" % (args.n, args.out, args.out))


if __name__ == "__main__":
    main()

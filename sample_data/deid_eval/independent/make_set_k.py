#!/usr/bin/env python3
"""Set K synthetic clinical-note generator (standard library only).

usage: python3 make_set_k.py --n 250 --seed 127 --out set_k.jsonl

Every note is built by appending segments (plain text, PHI value, keep value);
offsets are recorded at append time.  Finished note text is never searched to
locate spans.  (Plain segments are scanned *at append time* for the handful of
common words that are also given names -- will, may, hope, rose, ... -- which
are then appended as keep segments.)
"""
import argparse
import datetime as dt
import json
import re
import sys
import unicodedata

import random

# ---------------------------------------------------------------------------
# label schema
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


def L(s):
    return [x.strip() for x in s.replace("\n", "|").split("|") if x.strip()]


# ---------------------------------------------------------------------------
# names (by broad cultural origin; F, M, surnames)
# ---------------------------------------------------------------------------
CULT = {
    "anglo": dict(
        F=L("""Mary|Patricia|Linda|Barbara|Susan|Margaret|Dorothy|Nancy|Karen|Betty|Helen|Sandra|Donna|Carol|Ruth|
Sharon|Michelle|Laura|Kimberly|Deborah|Jessica|Shirley|Cynthia|Brenda|Amy|Rebecca|Kathleen|Pamela|Martha|Debra|
Amanda|Stephanie|Carolyn|Christine|Janet|Frances|Joyce|Diane|Alice|Julie|Heather|Teresa|Doris|Gloria|Evelyn|Cheryl|
Mildred|Ashley|Judith|Kelly|Nicole|Tammy|Irene|Lori|Marilyn|Bonnie|Lois|Phyllis|Norma|Peggy|Gladys|Edna|Tiffany|
Wendy|Edith|Sherry|Thelma|Shannon|Ethel|Marjorie|Brittany|Loretta|Kaylee|Madison|Brooklyn|Harper|Paisley|Hadley|
Everly|Tabitha|Mabel|Opal|Bernadette|Colleen|Maureen|Elizabeth|Katherine|Dolly|Wanda|Verna|Imogene|Lorene"""),
        M=L("""James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Donald|
Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Gary|Nicholas|Eric|
Stephen|Larry|Justin|Scott|Brandon|Benjamin|Gregory|Raymond|Patrick|Jack|Dennis|Jerry|Walter|Harold|Douglas|Henry|
Carl|Arthur|Roger|Keith|Jeremy|Lawrence|Sean|Gerald|Ethan|Wayne|Ralph|Roy|Eugene|Randy|Vincent|Russell|Louis|
Philip|Johnny|Clifford|Earl|Homer|Virgil|Elmer|Chester|Otis|Wendell|Dwight|Garrett|Colton|Brantley|Brody|Wyatt|
Lloyd|Floyd|Clyde|Alvin|Delbert|Merle|Lyle|Darrell"""),
        L=L("""Smith|Johnson|Miller|Wilson|Anderson|Thompson|Martin|Clark|Lewis|Allen|Wright|Scott|Hill|Adams|Baker|
Nelson|Mitchell|Campbell|Roberts|Carter|Phillips|Evans|Turner|Parker|Collins|Edwards|Stewart|Morris|Rogers|Reed|
Cook|Morgan|Bell|Murphy|Bailey|Cooper|Richardson|Cox|Howard|Ward|Peterson|Gray|Watson|Brooks|Sanders|Price|Bennett|
Wood|Barnes|Ross|Henderson|Jenkins|Perry|Powell|Sullivan|Russell|Fisher|Hayes|Myers|Ford|Hamilton|Graham|Wallace|
Cole|Jordan|Owens|Reynolds|Ellis|Harrison|Gibson|McDonald|Marshall|Wells|Tucker|Hunter|Hicks|Crawford|Boyd|Mason|
Warren|Dixon|Burns|Gordon|Holmes|Robertson|Hunt|Palmer|Hale|Whitaker|Pruitt|Tate|Dillard|Cobb|Haskins|Blevins|
Caudill|Stidham|Hatfield|McCoy|Pickett|Yoder|Stoltzfus|Beachy|Lapp|Hostetler|Swanson|Lindqvist|Olson|Halvorsen|
Johansson|Nyberg|Parrish|Prewitt|Stubblefield|Honeycutt|Vanover|Ratliff""")),
    "hispanic": dict(
        F=L("""María|Guadalupe|Juana|Margarita|Verónica|Leticia|Rosa|Yolanda|Alejandra|Gabriela|Claudia|Ximena|
Valentina|Camila|Lucía|Daniela|Mariana|Itzel|Yesenia|Marisol|Esperanza|Dolores|Consuelo|Araceli|Maricela|Socorro|
Luz|Inés|Beatriz|Milagros|Paola|Fernanda|Xiomara|Yadira|Nayeli|Catalina|Esmeralda|Soledad|Elvia|Graciela|Maria|
Carmen|Rocío|Yaretzi"""),
        M=L("""José|Juan|Luis|Carlos|Jesús|Francisco|Miguel|Alejandro|Jorge|Ricardo|Eduardo|Roberto|Fernando|Javier|
Raúl|Sergio|Héctor|Arturo|Guillermo|Rogelio|Efraín|Ignacio|Joaquín|Mateo|Santiago|Emiliano|Ángel|Rubén|Octavio|
Ramón|Gerardo|Abelardo|Wilfredo|Nelson|Osvaldo|Heriberto|Cuauhtémoc|Alberto|Jose|Jesus|Genaro|Baltazar"""),
        L=L("""García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez|
Díaz|Reyes|Cruz|Morales|Ortiz|Gutiérrez|Chávez|Ramos|Ruiz|Álvarez|Mendoza|Castillo|Jiménez|Moreno|Romero|Herrera|
Medina|Aguilar|Vargas|Castro|Guzmán|Muñoz|Peña|Ibáñez|Delgado|Salazar|Quintero|Villanueva|De la Cruz|De León|
Del Toro|Zúñiga|Olivares|Cervantes|Espinoza|Maldonado|Orozco|Saldaña|Bustamante|Villarreal|Treviño|Garza|Cárdenas|
Fuentes|Escobar|Sandoval|Nava|Arreola|Carrillo|García-López|Ruiz-Ochoa|Ocampo|Tejeda|Montoya|Lucero|Archuleta|
Trujillo|Baca|Quezada|Pacheco|Garcia|Hernandez|Gonzalez|Lopez|Martinez""")),
    "black_us": dict(
        F=L("""Latoya|Keisha|Tamika|Ebony|Imani|Aaliyah|Jasmine|Tiana|Monique|Shanice|Kiara|Deja|Precious|Essence|
Octavia|Gwendolyn|Bernice|Earnestine|Odessa|Lillie|Mattie|Willie Mae|Jada|Nia|Zora|Makayla|Briana|Denise|Yvette|
Lakisha|Charmaine|Valencia|Queen Esther|Dorinda"""),
        M=L("""DeShawn|Tyrone|Jamal|Darnell|Terrell|Marcus|Andre|Malik|Jermaine|Dwayne|Reginald|Cedric|Darius|Lamar|
Quentin|Rashad|Demetrius|Cornelius|Leroy|Alphonso|Jalen|Devonte|Kendrick|Isaiah|Xavier|Trevon|Roosevelt|Booker|
Thaddeus|Jaquan|Antwan|Marquis|Tavion"""),
        L=L("""Washington|Jefferson|Jackson|Johnson|Williams|Brown|Jones|Davis|Robinson|Harris|Thomas|Moore|Taylor|
Walker|Coleman|Jenkins|Bryant|Gaines|Mayfield|Freeman|Banks|Dorsey|Pettiford|Battle|Whitfield|Staton|McCray|Haynes|
Holloway|Tillman|Mosley|Fairley|Gadsden|Middleton|Simmons|Ellison|Rucker|Boykin|Pendleton|Ransom|Chisholm|
Outlaw|Spruill|Threatt""")),
    "haitian": dict(
        F=L("Nadège|Marie-Claude|Fabienne|Guerline|Rose-Marie|Widlene|Mirlande|Nathalie|Marie-Ange|Jeannette|Lovely|Fedeline"),
        M=L("Jean-Claude|Wilner|Frantz|Jean-Robert|Dieudonné|Réginald|Ludner|Wesner|Emmanuel|Jean-Pierre|Fritznel|Wadson"),
        L=L("""Jean-Baptiste|Pierre-Louis|Joseph|Toussaint|Dorsainvil|Désir|Saint-Fleur|Louis-Jean|Exantus|Célestin|
Baptiste|Métellus|Innocent|Dorvil|Casimir|Fleurimond""")),
    "west_african": dict(
        F=L("""Chidinma|Ngozi|Adaeze|Folasade|Yetunde|Abena|Akosua|Ama|Efua|Nkechi|Chiamaka|Funmilayo|Aminata|
Fatoumata|Mariama|Awa|Kadiatou|Adwoa|Oluwaseun|Titilayo|Ifeoma"""),
        M=L("""Chukwuemeka|Oluwaseun|Adebayo|Kwame|Kofi|Kwabena|Yaw|Emeka|Obinna|Babajide|Olumide|Tunde|Mamadou|
Ousmane|Ibrahima|Moussa|Sekou|Abdoulaye|Kojo|Ikenna|Chinedu|Femi"""),
        L=L("""Okonkwo|Adeyemi|Mensah|Owusu|Nwosu|Okafor|Balogun|Diallo|Traoré|Koroma|Asante|Boateng|Eze|Obi|Chukwu|
Oyelaran|Olawale|Bangura|Kamara|Sow|Bah|Camara|Ndiaye|Okoro|Agyeman|Ofori|Oyelowo|Danso|Adjei|Oyinlola|Adesanya|
Nnamdi-Eze""")),
    "east_african": dict(
        F=L("Tigist|Meron|Selam|Hiwot|Bethlehem|Saba|Hodan|Fadumo|Ayaan|Hawa|Amina|Wanjiru|Achieng|Nyokabi|Aster|Mekdes|Ubah|Sahra"),
        M=L("Tesfaye|Dawit|Yonas|Bereket|Abdirahman|Abdi|Mahad|Liban|Omar|Guled|Kamau|Otieno|Kipchoge|Mulugeta|Getachew|Samuel|Ahmed|Mohamud"),
        L=L("""Tesfaye|Haile|Abebe|Mohamed|Hassan|Warsame|Odhiambo|Kamau|Gebremedhin|Tadesse|Bekele|Girma|Ali|Farah|
Osman|Jama|Abdullahi|Omondi|Mwangi|Kiprono|Ochieng|Nur|Gedi|Yusuf|Wolde-Giorgis""")),
    "arab": dict(
        F=L("Fatima|Aisha|Layla|Mariam|Noor|Yasmin|Rania|Huda|Samira|Amal|Zainab|Salma|Hala|Dina|Reem|Lina|Nadia|Farida|Souad|Rasha"),
        M=L("Mohammed|Ahmed|Ali|Omar|Khalid|Hassan|Hussein|Youssef|Ibrahim|Tariq|Karim|Samir|Walid|Mustafa|Hamza|Bilal|Nabil|Faisal|Jamal|Ziad|Rami|Majid"),
        L=L("""Al-Sayed|Haddad|Khoury|Nasser|Abdullah|El-Amin|Saleh|Mansour|Farah|Hamdan|Qureshi|Al-Rashid|Bakr|Darwish|
Haddadin|Jaber|Khalil|Mahmoud|Najjar|Obeid|Rahal|Sabbagh|Shammas|Tawfik|Zidan|Abu-Ghazaleh|El-Khoury|Al-Hakim|Ayoub|
Bishara""")),
    "south_asian": dict(
        F=L("""Priya|Anjali|Sunita|Lakshmi|Kavita|Deepa|Pooja|Neha|Aarti|Meena|Shreya|Divya|Nandini|Farzana|Nasreen|
Rukhsana|Shabnam|Harpreet|Gurpreet|Jaspreet|Parveen|Radha|Savitri|Indira|Anika|Tahmina"""),
        M=L("""Rajesh|Sanjay|Amit|Vikram|Arjun|Rahul|Suresh|Ramesh|Anil|Deepak|Manoj|Pradeep|Venkat|Srinivas|Imran|
Asif|Tanvir|Harjit|Gurdeep|Baldev|Jagdish|Naveen|Rohan|Ishaan|Mohinder|Sukhwinder"""),
        L=L("""Patel|Shah|Singh|Kaur|Gupta|Reddy|Iyer|Chatterjee|Banerjee|Rao|Desai|Mehta|Khan|Chaudhry|Siddiqui|Rahman|
Hossain|Nair|Menon|Pillai|Krishnan|Venkataraman|Subramanian|Agarwal|Joshi|Kulkarni|Bhatt|Trivedi|Sandhu|Gill|
Dhillon|Grewal|Malik|Mukherjee|Das|Bose|Thakur|Yadav|Choudhury|Sengupta""")),
    "chinese": dict(
        F=L("Mei|Li Na|Xiu Ying|Hui|Jing|Yan|Ling|Xiaoling|Fang|Yuqing|Qian|Lan|Shu Fen|Ying|Meilin|Xiaomei"),
        M=L("Wei|Jun|Hao|Ming|Jian|Qiang|Lei|Tao|Zhiwei|Bo|Yong|Gang|Feng|Xin|Zhen|Kai"),
        L=L("""Chen|Wang|Li|Zhang|Liu|Huang|Zhao|Wu|Zhou|Xu|Zhu|Hu|Guo|Lin|Gao|Luo|Zheng|Liang|Xie|Tang|Deng|Cao|Yuan|
Lam|Wong|Chan|Leung|Cheung|Tsang|Ng|Chow|Ouyang""")),
    "korean": dict(
        F=L("Ji-woo|Seo-yeon|Min-ji|Eun-ji|Soo-jin|Hye-jin|Yoon-hee|Ji-hye|Sun-hee|Mi-kyung"),
        M=L("Min-jun|Ji-ho|Seung-hoon|Dong-hyun|Jae-won|Sung-min|Hyun-woo|Young-ho|Tae-yang|Jin-woo"),
        L=L("Kim|Park|Lee|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin|Seo|Kwon|Hwang|Ahn|Yoo|Hong|Jeon|Ko|Baek|Nam")),
    "japanese": dict(
        F=L("Yuki|Haruka|Aiko|Keiko|Sakura|Yumiko|Emiko|Naoko|Hiroko|Mariko|Akiko|Sachiko|Kazuko|Michiko|Nanami"),
        M=L("Hiroshi|Takeshi|Kenji|Haruto|Daiki|Satoshi|Kazuo|Yoshio|Makoto|Ren|Kaito|Shinji|Tadashi|Isamu|Minoru"),
        L=L("""Tanaka|Sato|Suzuki|Takahashi|Watanabe|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Matsumoto|
Inoue|Kimura|Hayashi|Shimizu|Fujita|Okada|Ishikawa|Nakagawa|Higa|Kaneshiro|Oshiro|Nakasone""")),
    "vietnamese": dict(
        F=L("Thi Lan|Huong|Mai|Linh|Ngoc|Hoa|Trang|Phuong|Thao|Nga|Bich|Hanh|Kim|Diep|Xuan"),
        M=L("Minh|Tuan|Duc|Hung|Quang|Thanh|Khoa|Phuc|Bao|Hieu|Dung|Vinh|Nam|Long|Tri"),
        L=L("Nguyen|Tran|Le|Pham|Hoang|Vu|Vo|Dang|Bui|Ngo|Duong|Ly|Truong|Phan|Dinh|Huynh|Nguyễn|Trần|Lê|Võ")),
    "filipino": dict(
        F=L("Maricel|Rowena|Jocelyn|Marilou|Lorna|Analyn|Jovelyn|Rosalinda|Imelda|Corazon|Luzviminda|Erlinda|Marites"),
        M=L("Rodrigo|Ferdinand|Jomar|Rommel|Arnel|Reynaldo|Danilo|Marlon|Jun-Jun|Bong|Ronaldo|Efren|Rodel"),
        L=L("""Santos|Reyes|Dela Cruz|Bautista|Villanueva|Aquino|Mendoza|Ramos|Castillo|Fernandez|Tolentino|Macapagal|
Dimaculangan|Manalo|Pangilinan|Magbanua|Soriano|Ocampo|Salonga|Evangelista|Cabrera|Dizon|Navarro|Mercado""")),
    "hmong": dict(
        F=L("Mai Yer|Pa Houa|Kia|Nou|Youa|Chia|Mee|Shoua|Mai Nhia|Paj"),
        M=L("Tou|Pao|Chue|Neng|Xeng|Kou|Fue|Toua|Nhia|Yeng"),
        L=L("Vang|Xiong|Lor|Thao|Yang|Moua|Vue|Hang|Chang|Khang|Cha|Kue|Lo")),
    "slavic": dict(
        F=L("""Olga|Natalia|Svetlana|Irina|Tatiana|Ekaterina|Anastasia|Oksana|Halyna|Agnieszka|Katarzyna|Małgorzata|
Zofia|Jadwiga|Bożena|Milena|Jelena|Ivana|Dragana|Mirela|Ludmila"""),
        M=L("""Dmitri|Sergei|Aleksandr|Vladimir|Nikolai|Oleksandr|Bohdan|Taras|Piotr|Tomasz|Krzysztof|Stanisław|
Wojciech|Goran|Milan|Zoran|Dragan|Bogdan|Mihai|Radu|Yevgeny"""),
        L=L("""Kowalski|Nowak|Wiśniewski|Kowalczyk|Wójcik|Kamiński|Lewandowski|Zieliński|Ivanov|Petrov|Smirnova|
Kuznetsova|Shevchenko|Bondarenko|Kovalenko|Tkachenko|Novak|Horvat|Popescu|Dimitrov|Ionescu|Popović|Jovanović|Kovač|
Babić|Marković|Sokolov|Volkov|Morozova|Pavlenko|Grzybowski""")),
    "european": dict(
        F=L("""Siobhan|Aoife|Niamh|Bridget|Giulia|Francesca|Rosaria|Concetta|Carmela|Antonella|Sophie|Margaux|
Aurélie|Brigitte|Ingrid|Greta|Helga|Liesel|Miriam|Rivka|Esther|Shoshana|Devorah|Eleni|Despina|Athena|Sofia|Chiara|
Zoë|Renée"""),
        M=L("""Seamus|Declan|Padraig|Liam|Cormac|Giuseppe|Salvatore|Vincenzo|Luca|Giovanni|Antonio|Pierre|Étienne|Luc|
Thibault|Klaus|Dieter|Hans|Jürgen|Moshe|Yosef|Avraham|Shmuel|Eli|Dimitrios|Konstantinos|Georgios|Nikos|Thanos|
Anders"""),
        L=L("""O'Brien|O'Connor|McCarthy|Murphy|Gallagher|MacLeod|Fitzgerald|O'Sullivan|Kavanagh|Byrne|D'Angelo|Russo|
Esposito|Romano|Bianchi|DiMarco|LoPresti|Giordano|Ferraro|De Luca|Dubois|Lefebvre|Thibodeaux|Boudreaux|Broussard|
LeBlanc|Fontenot|Guidry|Müller|Schmidt|Schneider|Van der Berg|Van Buren|Vanderhoek|Hoffmann|Cohen|Levy|Goldberg|
Rosenbaum|Katz|Friedman|Schwartz|Weiss|Papadopoulos|Georgiou|Nikolaidis|Kostopoulos|Antonopoulos|O'Malley|
D'Souza|Dell'Aquila|MacKenzie|St. Pierre""")),
    "turk_persian": dict(
        F=L("Elif|Zeynep|Ayşe|Emine|Fatma|Leyla|Shirin|Parisa|Maryam|Azadeh|Roya|Nasrin|Golnaz|Nilufar"),
        M=L("Mehmet|Mustafa|Emre|Burak|Hakan|Murat|Reza|Dariush|Kourosh|Babak|Farhad|Arash|Cyrus|Behrouz"),
        L=L("Yilmaz|Demir|Çelik|Kaya|Şahin|Öztürk|Aydın|Hosseini|Rahimi|Tehrani|Karimi|Moradi|Ahmadi|Jafari|Sadeghi|Mirzaei")),
    "native_pacific": dict(
        F=L("Winona|Tallulah|Nizhoni|Shandiin|Keala|Leilani|Malia|Kalani|Noelani|Sina|Losa|Haloke|Ahyoka"),
        M=L("Ahiga|Chayton|Koda|Makoa|Keoni|Kainoa|Sione|Tevita|Manu|Ioane|Hastiin|Kele"),
        L=L("""Begay|Yazzie|Tsosie|Benally|Nez|Etsitty|Tso|Harjo|Tallchief|Whitehorse|Kealoha|Kahale|Kamakau|Akana|
Fonoti|Tuilagi|Faleolo|Taufa|Fifita|Mahoe|Manuelito|Bitsui""")),
}
CULT_W = {"anglo": 22, "hispanic": 16, "black_us": 11, "haitian": 3, "west_african": 5, "east_african": 4,
          "arab": 4, "south_asian": 6, "chinese": 4, "korean": 3, "japanese": 2, "vietnamese": 4, "filipino": 3,
          "hmong": 2, "slavic": 4, "european": 6, "turk_persian": 2, "native_pacific": 3}

# given names that are also ordinary words or places
WORD_F = L("April|June|May|Hope|Faith|Grace|Joy|Rose|Dawn|Summer|Autumn|Paris|Jordan|Georgia|Virginia|Carolina|"
           "Dakota|Iris|Ivy|Hazel|Ruby|Pearl|Destiny|Charity|Brooke|Florence|Beatrice|Sunny|Star|Ginger|Misty")
WORD_M = L("Will|Bill|Mark|Frank|Hunter|Jordan|Chase|Cash|Royal|Sterling|Tyler|Dallas|Austin|Houston|Phoenix|"
           "Mason|Carter|Cooper|Parker|Porter|Sonny|Buck|King|Deacon|Justice|Price|Lincoln|Denver|Reno|Ace")
HYPHENATED = L("Smith-Jones|Miller-Rhodes|Hart-Wilson|Okafor-Bell|Nguyen-Tran|García-López|Levy-Stein|Patel-Shah|"
               "Kowalski-Brown|Ruiz-Ochoa|Bennett-Ayala|Moreno-Whitfield|Cho-Martin|Haddad-Reyes|Thompson-Oyelaran|"
               "Santos-Begay|O'Neill-Park")
APOS = L("O'Brien|O'Connor|O'Neal|O'Neill|D'Angelo|D'Souza|N'Diaye|Dell'Aquila|Ka'ahumanu|O'Malley|D'Amico|"
         "L'Heureux|O'Hara|M'Bala|D'Agostino|O'Shea|Ke'ale")
NICK = {
    "William": ["Billy", "Will", "Bill", "Willie"], "Robert": ["Bob", "Bobby", "Rob"], "Elizabeth": ["Liz", "Betsy", "Beth"],
    "Margaret": ["Peggy", "Maggie", "Meg"], "James": ["Jimmy", "Jim"], "Richard": ["Rick", "Richie"],
    "Jesús": ["Chuy"], "Francisco": ["Pancho", "Paco"], "Guadalupe": ["Lupe"], "José": ["Pepe"], "Alberto": ["Beto"],
    "Guillermo": ["Memo"], "Katherine": ["Kate", "Kathy"], "Patricia": ["Patty", "Trish"], "Charles": ["Chuck", "Charlie"],
    "Edward": ["Eddie", "Ted"], "Thomas": ["Tommy"], "Dorothy": ["Dot", "Dottie"], "Aleksandr": ["Sasha"],
    "Dmitri": ["Dima"], "Ekaterina": ["Katya"], "Nkechi": ["Kechi"], "Oluwaseun": ["Seun"], "Chukwuemeka": ["Emeka"],
    "Michael": ["Mikey", "Mike"], "Joseph": ["Joe", "Joey"], "Kenneth": ["Kenny"], "Anthony": ["Tony"],
    "Roberto": ["Tito"], "Mohammed": ["Mo"], "Abdirahman": ["Abdi"], "Babajide": ["Jide"], "Gwendolyn": ["Gwen"],
    "Bernadette": ["Bernie"], "Deborah": ["Debbie"], "Theodore": ["Teddy"], "Rosalinda": ["Linda"],
    "Reynaldo": ["Rey"], "Natalia": ["Natasha"], "Konstantinos": ["Kostas"], "Giuseppe": ["Joe", "Peppino"],
    "Harold": ["Hal"], "Raymond": ["Ray"], "Lawrence": ["Larry"], "Walter": ["Walt"], "Salvatore": ["Sal"],
}
STANDALONE_NICK = L("Bubba|Junior|Peaches|Sonny|Boo|Tink|Cookie|Lulu|Gigi|Tito|Bud|Sissy|Mimi|Pookie|Chico|"
                    "Nena|Flaco|Gordo|Deuce|Skeeter|Bitsy|Tootie|Doc|Smitty|Moose")
SUFFIXES = ["Jr.", "Sr.", "II", "III"]
PET_NAMES = L("Biscuit|Pepper|Waffles|Mocha|Noodle|Pickles|Tater|Sprocket|Bagel|Marshmallow|Nugget|Pretzel|"
              "Clementine|Ziggy|Muffin|Oreo|Banjo")
PET_BREEDS = L("golden retriever|standard poodle|Labrador|Cavalier King Charles spaniel|greyhound|corgi|"
               "Bernese mountain dog|mini Australian shepherd|Newfoundland|lop-eared rabbit|therapy miniature horse")

# ---------------------------------------------------------------------------
# geography
# ---------------------------------------------------------------------------
CITIES = [tuple(x.rsplit(" ", 1)) for x in L("""
Chicago IL|Aurora IL|Joliet IL|Peoria IL|Cicero IL|Waukegan IL|Springfield IL|Milwaukee WI|Madison WI|Kenosha WI|
Green Bay WI|Eau Claire WI|Wausau WI|Minneapolis MN|Saint Paul MN|Duluth MN|Rochester MN|Jordan MN|Willmar MN|
Des Moines IA|Cedar Rapids IA|Davenport IA|Storm Lake IA|Omaha NE|Lincoln NE|Beatrice NE|Grand Island NE|
Kansas City MO|St. Louis MO|Joplin MO|Independence MO|Wichita KS|Topeka KS|Dodge City KS|Garden City KS|Tulsa OK|
Norman OK|Ada OK|Lawton OK|Dallas TX|Houston TX|Austin TX|San Antonio TX|El Paso TX|Laredo TX|Tyler TX|Paris TX|
Alice TX|Bryan TX|Sherman TX|Denton TX|Lubbock TX|Amarillo TX|McAllen TX|Brownsville TX|Pharr TX|Odessa TX|
Abilene TX|Waco TX|Little Rock AR|Hope AR|Texarkana AR|Fayetteville AR|Jonesboro AR|Springdale AR|Shreveport LA|
Lafayette LA|Baton Rouge LA|Houma LA|Lake Charles LA|Metairie LA|Jackson MS|Tupelo MS|Biloxi MS|Hattiesburg MS|
Birmingham AL|Florence AL|Dothan AL|Mobile AL|Huntsville AL|Selma AL|Atlanta GA|Macon GA|Savannah GA|Augusta GA|
Albany GA|Valdosta GA|Dalton GA|Tallahassee FL|Gainesville FL|Ocala FL|Orlando FL|Kissimmee FL|Tampa FL|Hialeah FL|
Miami FL|Immokalee FL|Pensacola FL|Charleston SC|Florence SC|Greenville SC|Rock Hill SC|Charlotte NC|Durham NC|
Raleigh NC|Fayetteville NC|Asheville NC|Wilmington NC|Boone NC|Richmond VA|Roanoke VA|Norfolk VA|Danville VA|
Knoxville TN|Memphis TN|Paris TN|Chattanooga TN|Johnson City TN|Louisville KY|Lexington KY|Paris KY|Hazard KY|
Pikeville KY|Bowling Green KY|Charleston WV|Huntington WV|Morgantown WV|Columbus OH|Dayton OH|Toledo OH|Akron OH|
Youngstown OH|Lorain OH|Marion OH|Warren OH|Detroit MI|Flint MI|Dearborn MI|Hamtramck MI|Lansing MI|Kalamazoo MI|
Saginaw MI|Marquette MI|Indianapolis IN|Gary IN|Fort Wayne IN|Evansville IN|Muncie IN|Lafayette IN|Pittsburgh PA|
Philadelphia PA|Allentown PA|Erie PA|Scranton PA|Reading PA|Lancaster PA|Chester PA|Newark NJ|Camden NJ|Paterson NJ|
Elizabeth NJ|Trenton NJ|Passaic NJ|Clifton NJ|Buffalo NY|Rochester NY|Syracuse NY|Utica NY|Troy NY|Yonkers NY|
Brooklyn NY|Hempstead NY|Poughkeepsie NY|Ithaca NY|Hartford CT|New Haven CT|Bridgeport CT|Waterbury CT|
Providence RI|Pawtucket RI|Boston MA|Worcester MA|Springfield MA|Lowell MA|Lawrence MA|Brockton MA|Chelsea MA|
Fall River MA|New Bedford MA|Manchester NH|Nashua NH|Burlington VT|Portland ME|Lewiston ME|Bangor ME|Baltimore MD|
Silver Spring MD|Hagerstown MD|Salisbury MD|Wilmington DE|Dover DE|Denver CO|Aurora CO|Pueblo CO|Greeley CO|
Grand Junction CO|Salt Lake City UT|Provo UT|Ogden UT|Boise ID|Nampa ID|Idaho Falls ID|Twin Falls ID|Billings MT|
Missoula MT|Great Falls MT|Cheyenne WY|Casper WY|Fargo ND|Bismarck ND|Minot ND|Sioux Falls SD|Rapid City SD|
Pine Ridge SD|Albuquerque NM|Las Cruces NM|Gallup NM|Farmington NM|Santa Fe NM|Phoenix AZ|Tucson AZ|Mesa AZ|Yuma AZ|
Flagstaff AZ|Chinle AZ|Tuba City AZ|Las Vegas NV|Reno NV|Elko NV|Los Angeles CA|Fresno CA|Bakersfield CA|Oakland CA|
San Jose CA|Stockton CA|Modesto CA|Salinas CA|Oxnard CA|Riverside CA|Santa Ana CA|Chula Vista CA|Eureka CA|
Redding CA|Watsonville CA|Delano CA|Portland OR|Eugene OR|Salem OR|Medford OR|Bend OR|Hermiston OR|Seattle WA|
Tacoma WA|Spokane WA|Yakima WA|Wenatchee WA|Everett WA|Anchorage AK|Fairbanks AK|Bethel AK|Juneau AK|Honolulu HI|
Hilo HI|Kahului HI|Kailua HI|Waianae HI|San Juan PR|Ponce PR|Warner Robins GA|Hot Springs AR|Sandusky OH|
Tifton GA|Opelousas LA|Natchez MS|Harlingen TX|Eagle Pass TX|Del Rio TX|Nogales AZ|Calexico CA|Woodburn OR""")]
STATE_NAMES = dict(x.split("=") for x in L("""AL=Alabama|AK=Alaska|AZ=Arizona|AR=Arkansas|CA=California|CO=Colorado|
CT=Connecticut|DE=Delaware|FL=Florida|GA=Georgia|HI=Hawaii|ID=Idaho|IL=Illinois|IN=Indiana|IA=Iowa|KS=Kansas|
KY=Kentucky|LA=Louisiana|ME=Maine|MD=Maryland|MA=Massachusetts|MI=Michigan|MN=Minnesota|MS=Mississippi|MO=Missouri|
MT=Montana|NE=Nebraska|NV=Nevada|NH=New Hampshire|NJ=New Jersey|NM=New Mexico|NY=New York|NC=North Carolina|
ND=North Dakota|OH=Ohio|OK=Oklahoma|OR=Oregon|PA=Pennsylvania|RI=Rhode Island|SC=South Carolina|SD=South Dakota|
TN=Tennessee|TX=Texas|UT=Utah|VT=Vermont|VA=Virginia|WA=Washington|WV=West Virginia|WI=Wisconsin|WY=Wyoming|
PR=Puerto Rico|DC=District of Columbia"""))
ZIP3 = {"AL": (350, 369), "AK": (995, 999), "AZ": (850, 865), "AR": (716, 729), "CA": (900, 961), "CO": (800, 816),
        "CT": (60, 69), "DE": (197, 199), "FL": (320, 349), "GA": (300, 319), "HI": (967, 968), "ID": (832, 838),
        "IL": (600, 629), "IN": (460, 479), "IA": (500, 528), "KS": (660, 679), "KY": (400, 427), "LA": (700, 714),
        "ME": (39, 49), "MD": (206, 219), "MA": (10, 27), "MI": (480, 499), "MN": (550, 567), "MS": (386, 397),
        "MO": (630, 658), "MT": (590, 599), "NE": (680, 693), "NV": (889, 898), "NH": (30, 38), "NJ": (70, 89),
        "NM": (870, 884), "NY": (100, 149), "NC": (270, 289), "ND": (580, 588), "OH": (430, 458), "OK": (730, 749),
        "OR": (970, 979), "PA": (150, 196), "RI": (28, 29), "SC": (290, 299), "SD": (570, 577), "TN": (370, 385),
        "TX": (750, 799), "UT": (840, 847), "VT": (50, 59), "VA": (220, 246), "WA": (980, 994), "WV": (247, 268),
        "WI": (530, 549), "WY": (820, 831), "PR": (6, 9), "DC": (200, 205)}
COUNTIES = L("""Cook|DuPage|Lake|Will|Kane|Harris|Bexar|Travis|Hidalgo|Cameron|Maricopa|Pima|Kern|Fresno|Tulare|King|
Yakima|Multnomah|Wayne|Oakland|Genesee|Cuyahoga|Franklin|Hamilton|Allegheny|Erie|Monroe|Onondaga|Suffolk|Essex|
Hudson|Passaic|Fulton|DeKalb|Chatham|Miami-Dade|Broward|Hillsborough|Orange|Collier|Duval|Jefferson|Shelby|Davidson|
Knox|Pulaski|Hinds|Harrison|Mecklenburg|Wake|Buncombe|Richland|Marion|Polk|Douglas|Sedgwick|Jackson|Hennepin|
Ramsey|Dane|Adams|Salt Lake|Ada|Bernalillo|McKinley|San Juan|Clark|Washoe|Hawaii|Apache|Navajo|Imperial|Stanislaus|
Webb|Lubbock|Potter|Calcasieu|Lafourche|Terrebonne""")
PARISHES = L("Orleans|Terrebonne|Calcasieu|Caddo|Lafourche|St. Landry|Jefferson")
NEIGHBORHOODS = L("Pilsen|Little Village|Fishtown|Kensington|Overtown|Little Haiti|Fifth Ward|the Heights|"
                  "Boyle Heights|Fruitvale|Southie|Dorchester|Corktown|Midtown|Five Points|Frogtown|Cedar-Riverside|"
                  "Highland Park|the Near West Side|Old Town|Swede Hollow|Germantown|Spanish Harlem|Sunset Park")
STREETS = L("""Elm|Oak|Maple|Cedar|Pine|Washington|Lincoln|Jefferson|Madison|Franklin|Martin Luther King Jr|
Cesar Chavez|Halsted|Division|Fulton|Broadway|Market|Chestnut|Walnut|Spruce|Magnolia|Peachtree|Bayou|Sycamore|
Willow|Hickory|Dogwood|Juniper|Aspen|Mesquite|Saguaro|Kamehameha|Alvarado|Vine|Orchard|Mill|Church|Railroad|Ridge|
Lakeview|Hillcrest|Sunset|Meadow|Prairie|Canyon|Riverside|Cherry|Poplar|Birch|Kedzie|Pulaski|Cicero|Ashland|Grand|
Belmont|Fullerton|Kinnickinnic|Lyndale|Nicollet|University|College|Highland|Park|Center|Main|Water|Bridge|Liberty|
Magnolia Bluff|Old Mill|Fox Run|Quail Hollow|Deer Creek|Pecan|Live Oak|Palmetto|Tamiami|Bandera|Westheimer|
Bellaire|Telegraph|Woodward|Gratiot|Michigan|Euclid|Superior|Lorain|Frankford|Girard|Germantown|Flatbush|Atlantic|
Nostrand|Jamaica|Roosevelt|Santa Fe|Zuni|Central|Isleta|Speedway|Indian School|McDowell|Van Buren|Alameda|
Figueroa|Cesar E Chavez|International|Mission|Olympic|Rainier|Aurora|Sprague|Division|Colfax|Federal""")
ST_SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Way", "Pl", "Street", "Avenue", "Road", "Drive", "Pkwy",
             "Terrace", "Circle", "Hwy"]
DIRS = ["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ", "North ", "South ", "East ", "West "]

FAC_WORDS = L("""Cedar|Willow|Meadow|Silver Lake|Lakeshore|Pine Ridge|Summit|Harbor|Riverbend|Prairie|Oak Park|Sunrise|
Evergreen|Golden Valley|Bluebonnet|Magnolia|Cypress|Granite|Red Rock|Desert Vista|Canyon|Heritage|Liberty|Pioneer|
Unity|Beacon|Keystone|Northstar|Crossroads|Hope|Grace|Providence|Trinity|Bethany|Shiloh|Sequoia|Aspen|Copper|
Timberline|Coastal|Gulf Coast|Bayview|Lakeview|Highland|Valley|Eastside|Westside|Northside|Southside|Cornerstone|
Lighthouse|Harvest|Sagebrush|Piedmont|Tidewater|Blue Ridge|Ozark|Cumberland|Sandhills|Palmetto|Mesa Verde|
Rio Grande|Three Rivers|Twin Lakes|Big Sky|Wolf Creek|Elk Valley|Cottonwood|Juniper|Arbor|Clearwater""")
SAINTS = L("Joseph|Mary|Luke|Vincent|Francis|Anthony|Elizabeth|Jude|Catherine|Agnes|Rita|Michael|Clare|John|"
           "Mark|Patrick|Bernard|Alexius|Cloud|Peter|Rose of Lima|Teresa|Dominic|Camillus")
MIL_BASES = L("Fort Liberty|Fort Cavazos|Fort Campbell|Joint Base Lewis-McChord|Camp Lejeune|Camp Pendleton|"
              "Naval Station Norfolk|Fort Carson|Fort Drum|Schofield Barracks|Fort Bliss|Fort Stewart|Fort Riley|"
              "Fort Johnson|Fort Novosel|Joint Base San Antonio-Lackland|Fort Moore|Marine Corps Base Quantico|"
              "Fort Wainwright|Naval Air Station Pensacola")
SHIP_A = L("Coral|Azure|Golden|Silver|Island|Ocean|Caribbean|Majestic|Radiant|Emerald|Pacific|Sapphire|Starlight")
SHIP_B = L("Serenade|Horizon|Odyssey|Voyager|Breeze|Princess|Harmony|Spirit|Dawn|Navigator|Jubilee|Mariner|Allure")
FOREIGN_PORTS = L("Cozumel|Nassau|Ensenada|Puerto Vallarta|Roatán|George Town|Charlotte Amalie|Philipsburg|"
                  "Ketchikan|Skagway|Costa Maya|Falmouth|Bridgetown|Castries|Labadee")
COUNTRIES = L("Guatemala|Honduras|El Salvador|Mexico|Haiti|Somalia|Ethiopia|Eritrea|Afghanistan|Ukraine|Venezuela|"
              "Democratic Republic of the Congo|Burma|Nepal|Bhutan|Iraq|Syria|Vietnam|the Philippines|India|China|"
              "Nigeria|Ghana|Cuba|the Dominican Republic|Colombia|Ecuador|Peru|Sudan|Kenya|Jamaica|Poland|Iran")
LANGS = L("Spanish|Haitian Creole|Somali|Amharic|Tigrinya|Dari|Pashto|Ukrainian|Russian|Arabic|Vietnamese|Hmong|"
          "Karen|Nepali|Mandarin|Cantonese|Tagalog|Swahili|K'iche'|Mam|Portuguese|Korean|Farsi|Polish")
AREA_CODES = [int(x) for x in """312 773 872 630 847 708 217 309 414 608 920 612 651 218 507 515 319 402 816 314 417
316 785 918 405 214 972 469 713 281 832 512 210 915 956 903 806 432 501 870 318 337 225 985 601 662 228 205 256 251
334 404 678 770 912 706 229 850 352 407 813 305 786 239 843 864 803 704 919 910 828 336 804 540 757 865 901 615 423
502 859 606 304 614 937 419 330 216 313 810 517 269 989 906 317 219 260 812 765 412 215 267 610 814 570 717 973 856
201 908 609 716 585 315 518 914 718 347 516 845 607 860 203 401 617 508 978 413 603 802 207 410 301 443 302 303 720
719 970 801 385 208 406 307 701 605 505 575 602 480 520 928 702 775 213 323 559 661 510 408 209 831 805 951 714 619
707 530 503 541 971 206 253 509 425 907 808 787""".split()]
EMAIL_DOMAINS = L("gmail.com|yahoo.com|outlook.com|hotmail.com|icloud.com|aol.com|comcast.net|att.net|proton.me|"
                  "sbcglobal.net|live.com|msn.com|ymail.com|charter.net|bellsouth.net")

# ---------------------------------------------------------------------------
# must-keep clinical vocabulary
# ---------------------------------------------------------------------------
EPONYMS = L("""Parkinson's disease|Alzheimer's disease|Hodgkin lymphoma|Crohn's disease|Graves' disease|
Hashimoto thyroiditis|Bell's palsy|Cushing syndrome|Addison's disease|Down syndrome|Tourette syndrome|
Raynaud phenomenon|Sjögren syndrome|Guillain-Barré syndrome|Huntington disease|Lyme disease|Kaposi sarcoma|
Wilson disease|Marfan syndrome|Barrett's esophagus|Meniere's disease|Osgood-Schlatter disease|Baker's cyst|
Dupuytren contracture|Paget disease of bone|Wolff-Parkinson-White|Brugada pattern|Ehlers-Danlos syndrome|
Charcot-Marie-Tooth|von Willebrand disease|Hirschsprung disease|Kawasaki disease|Legg-Calvé-Perthes|
Fuchs dystrophy|Stevens-Johnson syndrome|Takotsubo cardiomyopathy|Mallory-Weiss tear|Zenker diverticulum|
Peyronie disease|Whipple procedure|Nissen fundoplication|Roux-en-Y gastric bypass|Hashimoto's""")
DX_PLAIN = L("""hypertension|type 2 diabetes|hyperlipidemia|GERD|asthma|CKD stage 3a|atrial fibrillation|COPD|
osteoarthritis of both knees|major depressive disorder|hypothyroidism|obesity|obstructive sleep apnea|BPH|
chronic low back pain|migraine|anemia|gout|iron deficiency|peripheral neuropathy|glaucoma|macular degeneration|
HFrEF|prior CVA|seizure disorder|anxiety|PTSD|tobacco use disorder|alcohol use disorder in remission|
rheumatoid arthritis|osteoporosis|cataracts|hearing loss|chronic hepatitis C, treated""")
SIGNS = L("""Homans sign|Murphy's sign|McBurney's point tenderness|Babinski sign|Romberg test|Kernig sign|
Brudzinski sign|Tinel sign|Phalen test|Lachman test|McMurray test|Spurling test|Trendelenburg gait|Hoffmann sign|
Finkelstein test|Hawkins-Kennedy test|Neer test|Ober test|Thomas test|Patrick (FABER) test|Adson test|Kemp's test|
Yeoman's test|Gaenslen test|Ottawa ankle rules|Thompson test|Apley scratch test|Allen test|Nikolsky sign""")
DEVICES_EPON = L("Foley catheter|Swan-Ganz catheter|Hickman line|Jackson-Pratt drain|Penrose drain|Holter monitor|"
                 "Doppler|Sengstaken-Blakemore tube|Miami J collar|Aspen collar|Philadelphia collar|Pavlik harness|"
                 "Denis Browne bar|Thomas splint|Bovie|Mayo stand|Luer lock syringe|Yankauer")
DRUGS = [
    ("metformin", ["500 mg", "850 mg", "1000 mg"], ["BID", "twice daily", "daily with dinner"]),
    ("lisinopril", ["5 mg", "10 mg", "20 mg", "40 mg"], ["daily", "qd"]),
    ("Lasix", ["20 mg", "40 mg", "80 mg"], ["daily", "BID"]),
    ("Eliquis", ["2.5 mg", "5 mg"], ["BID"]),
    ("Xarelto", ["15 mg", "20 mg"], ["daily with supper"]),
    ("atorvastatin", ["20 mg", "40 mg", "80 mg"], ["nightly", "qhs"]),
    ("Zoloft", ["50 mg", "100 mg"], ["daily"]),
    ("Xanax", ["0.25 mg", "0.5 mg"], ["TID prn anxiety", "at bedtime prn"]),
    ("Ambien", ["5 mg"], ["qhs prn"]),
    ("Flomax", ["0.4 mg"], ["nightly"]),
    ("Lyrica", ["75 mg", "150 mg"], ["BID"]),
    ("Allegra", ["180 mg"], ["daily"]),
    ("Lantus", ["18 units", "24 units", "32 units"], ["at bedtime", "qHS"]),
    ("Humalog", ["6 units", "4 units"], ["with meals plus sliding scale"]),
    ("Ozempic", ["0.5 mg", "1 mg"], ["weekly"]),
    ("Jardiance", ["10 mg", "25 mg"], ["daily"]),
    ("Synthroid", ["50 mcg", "88 mcg", "112 mcg"], ["daily before breakfast"]),
    ("amlodipine", ["5 mg", "10 mg"], ["daily"]),
    ("Keppra", ["500 mg", "750 mg"], ["BID"]),
    ("Sinemet", ["25/100", "25/250"], ["TID"]),
    ("Aricept", ["5 mg", "10 mg"], ["qhs"]),
    ("Namenda", ["10 mg"], ["BID"]),
    ("Tylenol", ["650 mg", "1 g", "500 mg"], ["q6h prn pain", "every 6 hours as needed"]),
    ("ibuprofen", ["400 mg", "600 mg", "800 mg"], ["q8h prn", "TID with food"]),
    ("Norco", ["5/325"], ["q6h prn severe pain"]),
    ("albuterol HFA", ["2 puffs"], ["q4h prn wheeze"]),
    ("Symbicort", ["160/4.5 mcg"], ["2 puffs BID"]),
    ("Spiriva", ["18 mcg"], ["daily"]),
    ("prednisone", ["40 mg", "20 mg", "10 mg"], ["daily"]),
    ("omeprazole", ["20 mg", "40 mg"], ["daily"]),
    ("Protonix", ["40 mg"], ["daily"]),
    ("Plavix", ["75 mg"], ["daily"]),
    ("aspirin", ["81 mg"], ["daily"]),
    ("Coumadin", ["5 mg", "2.5 mg", "7.5 mg"], ["daily", "M/W/F"]),
    ("Entresto", ["24/26 mg", "49/51 mg"], ["BID"]),
    ("Coreg", ["6.25 mg", "12.5 mg", "25 mg"], ["BID"]),
    ("gabapentin", ["300 mg", "600 mg"], ["TID", "qhs"]),
    ("Cymbalta", ["30 mg", "60 mg"], ["daily"]),
    ("Wellbutrin XL", ["150 mg", "300 mg"], ["daily"]),
    ("Lexapro", ["10 mg", "20 mg"], ["daily"]),
    ("Seroquel", ["25 mg", "50 mg"], ["qhs"]),
    ("Abilify", ["5 mg", "10 mg"], ["daily"]),
    ("Suboxone", ["8/2 mg"], ["daily"]),
    ("Narcan", ["4 mg"], ["intranasal prn"]),
    ("Zofran", ["4 mg", "8 mg"], ["q8h prn nausea"]),
    ("Keflex", ["500 mg"], ["QID"]),
    ("Augmentin", ["875 mg"], ["BID"]),
    ("Bactrim DS", ["1 tab"], ["BID"]),
    ("Valtrex", ["1 g", "500 mg"], ["BID"]),
    ("Paxlovid", ["300/100 mg"], ["BID"]),
    ("Tamiflu", ["75 mg"], ["BID"]),
    ("Celebrex", ["200 mg"], ["daily"]),
    ("Flonase", ["2 sprays"], ["each nostril daily"]),
    ("Claritin", ["10 mg"], ["daily"]),
    ("Benadryl", ["25 mg", "50 mg"], ["qhs prn", "once"]),
    ("Xalatan", ["1 drop"], ["OU at bedtime"]),
    ("timolol 0.5%", ["1 drop"], ["OS BID"]),
    ("Plaquenil", ["200 mg"], ["BID"]),
    ("Humira", ["40 mg"], ["SC every other week"]),
    ("Januvia", ["100 mg"], ["daily"]),
    ("Trulicity", ["1.5 mg"], ["weekly"]),
    ("Mounjaro", ["5 mg", "7.5 mg"], ["weekly"]),
    ("Imitrex", ["50 mg", "100 mg"], ["prn migraine"]),
    ("Topamax", ["25 mg", "50 mg"], ["BID"]),
    ("Provigil", ["100 mg"], ["qAM"]),
    ("Chantix", ["1 mg"], ["BID"]),
    ("Vivitrol", ["380 mg"], ["IM monthly"]),
    ("Premarin", ["0.625 mg"], ["daily"]),
    ("Evista", ["60 mg"], ["daily"]),
    ("Boniva", ["150 mg"], ["monthly"]),
    ("Prolia", ["60 mg"], ["SC twice yearly"]),
    ("tramadol", ["50 mg"], ["q6h prn"]),
    ("meloxicam", ["7.5 mg", "15 mg"], ["daily"]),
    ("cyclobenzaprine", ["5 mg", "10 mg"], ["qhs prn spasm"]),
    ("Mobic", ["15 mg"], ["daily"]),
    ("Flexeril", ["10 mg"], ["TID prn"]),
    ("Medrol Dosepak", ["4 mg"], ["as directed"]),
    ("Zyrtec", ["10 mg"], ["daily"]),
    ("Lotrimin", ["1% cream"], ["BID"]),
    ("EpiPen", ["0.3 mg"], ["IM prn anaphylaxis"]),
    ("Alli", ["60 mg"], ["TID with meals"]),
    ("Dramamine", ["50 mg"], ["q6h prn"]),
    ("scopolamine patch", ["1.5 mg"], ["q72h"]),
    ("Imodium", ["2 mg"], ["after each loose stool"]),
    ("Pepcid", ["20 mg"], ["BID"]),
    ("Brilinta", ["90 mg"], ["BID"]),
    ("clopidogrel", ["75 mg"], ["daily"]),
    ("warfarin", ["5 mg"], ["daily"]),
    ("Strattera", ["40 mg"], ["daily"]),
    ("Adderall XR", ["20 mg"], ["qAM"]),
    ("Singulair", ["10 mg"], ["qhs"]),
]
ABX_IV = [("ceftriaxone", "1 g", "q24h"), ("Zosyn", "4.5 g", "q6h"), ("vancomycin", "1,250 mg", "q12h"),
          ("cefepime", "2 g", "q8h"), ("azithromycin", "500 mg", "daily"), ("Unasyn", "3 g", "q6h"),
          ("meropenem", "1 g", "q8h"), ("doxycycline", "100 mg", "BID")]
AUTOKEEP_WORDS = ["grace period", "will", "may", "hope", "rose", "bill", "grace", "joy", "faith", "dawn", "frank",
                  "mark", "sue", "iris"]
AUTOKEEP_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(AUTOKEEP_WORDS) + r")(?![A-Za-z])", re.I)


# ---------------------------------------------------------------------------
# segment items and note builder
# ---------------------------------------------------------------------------
class P:
    """PHI segment."""
    __slots__ = ("v", "e")

    def __init__(self, v, e):
        assert e in ENT_CAT, e
        self.v, self.e = v, e


class K:
    """Must-keep segment."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def _flat(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from _flat(it)
        elif it is None:
            continue
        else:
            yield it


def _typo_word(rng, w):
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.4:  # transpose
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:  # drop
        return w[:i] + w[i + 1:]
    if op < 0.9:  # double
        return w[:i] + w[i] + w[i:]
    return w[:i] + rng.choice("aeiou") + w[i + 1:]  # substitute vowel


class Note:
    def __init__(self, rng, case_mode="normal", typo_rate=0.0):
        self.rng = rng
        self.case_mode = case_mode
        self.typo_rate = typo_rate
        self.buf = []
        self.pos = 0
        self.phi = []    # (start, end, entity, value)
        self.keep = []   # (start, end, value)

    def _case(self, s):
        if self.case_mode == "upper":
            u = s.upper()
        elif self.case_mode == "lower":
            u = s.lower()
        else:
            return s
        return u if len(u) == len(s) else s

    def _emit(self, s):
        self.buf.append(s)
        start = self.pos
        self.pos += len(s)
        return start, self.pos

    def _plain(self, s):
        if not s:
            return
        if self.typo_rate:
            s = re.sub(r"[A-Za-z]{5,}",
                       lambda m: _typo_word(self.rng, m.group(0)) if self.rng.random() < self.typo_rate else m.group(0),
                       s)
        s = self._case(s)
        last = 0
        # split out common words that double as given names -> keep segments (segment-local scan at append time)
        for m in AUTOKEEP_RE.finditer(s):
            if m.start() > last:
                self._emit(s[last:m.start()])
            a, b = self._emit(m.group(0))
            self.keep.append((a, b, m.group(0)))
            last = m.end()
        if last < len(s):
            self._emit(s[last:])

    def _phi(self, v, e):
        v = self._case(v)
        assert v and v == v.strip(), repr(v)
        a, b = self._emit(v)
        self.phi.append((a, b, e, v))

    def _keep(self, v):
        v = self._case(v)
        assert v and v == v.strip(), repr(v)
        a, b = self._emit(v)
        self.keep.append((a, b, v))

    def w(self, *items):
        for it in _flat(items):
            if isinstance(it, str):
                self._plain(it)
            elif isinstance(it, P):
                self._phi(it.v, it.e)
            elif isinstance(it, K):
                self._keep(it.v)
            else:
                raise TypeError(type(it))

    @property
    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------------------
# formatting helpers
# ---------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = [m[:3] for m in MONTHS]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    return ONES[n // 100] + " hundred" + (" " + words(n % 100) if n % 100 else "")


def ordinal(n):
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


DATE_KINDS = ["mdy", "mdy_nz", "mdy2", "mdy2z", "md", "iso", "mon_d", "mon_d_y", "month_d_y", "month_d", "d_mon_y",
              "dmony", "ord_of", "wk_month_d", "wk_md", "mon_ord", "d_month_y", "compact", "dots", "month_y"]
DATE_W = [16, 12, 8, 4, 8, 7, 5, 5, 6, 4, 4, 2, 2, 2, 2, 2, 2, 1, 2, 2]


def fmt_date(rng, d, kind=None):
    if kind is None:
        kind = rng.choices(DATE_KINDS, DATE_W)[0]
    m, dd, y = d.month, d.day, d.year
    if kind == "mdy":
        return f"{m:02d}/{dd:02d}/{y}"
    if kind == "mdy_nz":
        return f"{m}/{dd}/{y}"
    if kind == "mdy2":
        return f"{m}/{dd}/{y % 100:02d}"
    if kind == "mdy2z":
        return f"{m:02d}/{dd:02d}/{y % 100:02d}"
    if kind == "md":
        return f"{m}/{dd}"
    if kind == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if kind == "mon_d":
        return f"{MON[m - 1]} {dd}"
    if kind == "mon_d_y":
        return f"{MON[m - 1]} {dd}, {y}"
    if kind == "month_d_y":
        return f"{MONTHS[m - 1]} {dd}, {y}"
    if kind == "month_d":
        return f"{MONTHS[m - 1]} {dd}"
    if kind == "d_mon_y":
        return f"{dd}-{MON[m - 1]}-{y}"
    if kind == "dmony":
        return f"{dd:02d}{MON[m - 1].upper()}{y}"
    if kind == "ord_of":
        return f"{ordinal(dd)} of {MONTHS[m - 1]}"
    if kind == "wk_month_d":
        return f"{WEEKDAYS[d.weekday()]}, {MONTHS[m - 1]} {dd}"
    if kind == "wk_md":
        return f"{WEEKDAYS[d.weekday()][:3]} {m}/{dd}"
    if kind == "mon_ord":
        ab = MONTHS[m - 1] if len(MONTHS[m - 1]) <= 4 else (MON[m - 1] + ".")
        return f"{ab} {ordinal(dd)}"
    if kind == "d_month_y":
        return f"{dd} {MONTHS[m - 1]} {y}"
    if kind == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if kind == "dots":
        return f"{m}.{dd}.{y % 100:02d}"
    if kind == "month_y":
        return f"{MONTHS[m - 1]} {y}"
    if kind == "dmy":
        return f"{dd:02d}/{m:02d}/{y}"
    if kind == "dmy_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    raise ValueError(kind)


def ascii_fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and (ch.isalnum()))


def ascii_fold_keep_space(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def slug(s):
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(s).lower())


class Person:
    def __init__(self, first, last, sex, culture, middle=None, nick=None, suffix=None):
        self.first, self.last, self.sex, self.culture = first, last, sex, culture
        self.middle, self.nick, self.suffix = middle, nick, suffix

    @property
    def mi(self):
        return self.middle[0] if self.middle else None


class Addr:
    def __init__(self, street, unit, city, state, zipc, county):
        self.street, self.unit, self.city, self.state, self.zip, self.county = street, unit, city, state, zipc, county


class Fac:
    def __init__(self, name, short=None):
        self.name, self.short = name, short or name


def D(n):
    return dt.timedelta(days=n)


# ---------------------------------------------------------------------------
# per-note context: people, places, identifiers, keep-value generators
# ---------------------------------------------------------------------------
REL_SEX = {"daughter": "F", "son": "M", "wife": "F", "husband": "M", "sister": "F", "brother": "M", "niece": "F",
           "nephew": "M", "grandson": "M", "granddaughter": "F", "mother": "F", "father": "M", "aunt": "F",
           "uncle": "M", "daughter-in-law": "F", "son-in-law": "M", "partner": None, "neighbor": None,
           "friend": None, "caregiver": None, "cousin": None, "stepdaughter": "F", "grandmother": "F",
           "grandfather": "M", "fiancée": "F", "great-aunt": "F", "great-uncle": "M", "great-grandson": "M", "great-granddaughter": "F", "boyfriend": "M", "girlfriend": "F"}
BLOOD = {"daughter", "son", "sister", "brother", "niece", "nephew", "grandson", "granddaughter", "mother", "father",
         "aunt", "uncle", "grandmother", "grandfather", "cousin"}


class Ctx:
    def __init__(self, rng, age_lo, age_hi, p90=0.0, sex=None, months=None):
        self.r = rng
        self.forbid = set()
        y = rng.randint(2016, 2024)
        self.d0 = dt.date(y, 1, 1) + D(rng.randint(0, 364))
        if months:
            self.d0 = dt.date(y, rng.choice(months), rng.randint(1, 28))
        if p90 and rng.random() < p90:
            age = self.age90()
        else:
            age = rng.randint(age_lo, age_hi)
            if age >= 90:
                self.forbid.add(age)
        # dob consistent with age on d0
        lo = dt.date(self.d0.year - age - 1, self.d0.month, min(self.d0.day, 28)) + D(1)
        self.dob = lo + D(rng.randint(0, 360))
        self.age = self.d0.year - self.dob.year - ((self.d0.month, self.d0.day) < (self.dob.month, self.dob.day))
        if self.age >= 90:
            self.forbid.add(self.age)
        self.hard = None
        if rng.random() < 0.45:
            self.hard = rng.choice(["Will", "Bill", "Mark", "Frank", "May", "Hope", "Rose", "Grace", "Joy", "Faith",
                                    "Dawn", "Iris"])
        self.pt = self.person(sex=sex)
        self.sex = self.pt.sex
        self.he, self.him, self.his = ("she", "her", "her") if self.sex == "F" else ("he", "him", "his")
        self.He, self.His = self.he.capitalize(), self.his.capitalize()
        self.sp = ("wife" if self.sex == "M" else "husband") if rng.random() > 0.08 else \
            ("husband" if self.sex == "M" else "wife")
        self.addr = self.address()
        self.hosp = self.fac("hospital", self.addr.city)

    # -- random utilities -------------------------------------------------
    def ch(self, *opts):
        if len(opts) == 1 and isinstance(opts[0], (list, tuple)):
            opts = opts[0]
        return self.r.choice(opts)

    def pr(self, p):
        return self.r.random() < p

    def ri(self, a, b):
        if a > b:
            a = b
        for _ in range(50):
            v = self.r.randint(a, b)
            if v not in self.forbid:
                return v
        return v

    def age90(self):
        a = self.r.choice([90, 90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 96, 96, 97, 98, 99, 100, 101, 102, 103, 104])
        self.forbid.add(a)
        return a

    def rf(self, a, b, nd=1):
        for _ in range(50):
            v = round(self.r.uniform(a, b), nd)
            if int(v) not in self.forbid:
                return v
        return v

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    # -- people -------------------------------------------------------------
    def person(self, sex=None, culture=None, last=None, word_p=0.09, nick_p=0.25):
        r = self.r
        culture = culture or r.choices(list(CULT_W), list(CULT_W.values()))[0]
        sex = sex or r.choice("FM")
        pool = CULT[culture]
        first = r.choice(pool[sex])
        if r.random() < word_p:
            first = r.choice(WORD_F if sex == "F" else WORD_M)
        if last is None:
            k = r.random()
            last = r.choice(HYPHENATED) if k < 0.06 else r.choice(APOS) if k < 0.10 else r.choice(pool["L"])
        mpool = pool[r.choice("FM")] if culture not in ("hispanic",) else pool["L"]
        middle = r.choice(mpool) if r.random() < 0.5 else None
        if middle and not middle[0].isalpha():
            middle = None
        nick = None
        if r.random() < nick_p:
            if first in NICK:
                nick = r.choice(NICK[first])
            elif r.random() < 0.35:
                nick = r.choice(STANDALONE_NICK)
        suffix = r.choice(SUFFIXES) if sex == "M" and r.random() < 0.05 else None
        return Person(first, last, sex, culture, middle, nick, suffix)

    def rel(self, relation, of=None):
        of = of or self.pt
        sex = REL_SEX.get(relation) or self.r.choice("FM")
        if relation in BLOOD and self.pr(0.8):
            p = self.person(sex=sex, culture=of.culture, last=of.last)
        elif relation in ("wife", "husband") and self.pr(0.6):
            p = self.person(sex=sex, culture=of.culture, last=of.last)
        else:
            p = self.person(sex=sex, culture=of.culture if self.pr(0.6) else None)
        if self.hard:
            hs = "M" if self.hard in ("Will", "Bill", "Mark", "Frank") else "F"
            if p.sex == hs:
                p.first, p.nick = self.hard, None
                self.hard_used = self.hard
                self.hard = None
        p.relation = relation
        return p

    def wordline(self):
        """a short plain-text remark using common words that double as given names (auto-labelled keep)."""
        w = getattr(self, "hard_used", None)
        opts = {
            "Will": ["Will call back with results. ", "Pt will bring the list next time. "],
            "Bill": ["Worried about the hospital bill; financial counseling referral placed. ", "Bill to the secondary payer. "],
            "Mark": ["Asked pt to mark the calendar for the next dose. ", "Used a skin marker to mark the site. "],
            "Frank": ["Frank discussion held about goals. ", "Pt was frank about alcohol use. "],
            "May": ["May need a ride; family may help. ", "Symptoms may recur. "],
            "Hope": ["Pt says, \"I hope this works.\" ", "We hope to avoid readmission. "],
            "Rose": [["BP rose to ", self.bp(""), " with pain, then settled. "], "Temp rose overnight, now afebrile. "],
            "Grace": ["Insurance grace period ends this month; premium reminder given. ", "Pharmacy grace period for the refill applies. "],
            "Joy": ["Says grandkids bring real joy. ", "Little joy in usual activities lately. "],
            "Faith": ["Draws strength from faith community. ", "Has faith in the plan. "],
            "Dawn": ["Symptoms worst at dawn. ", "Up before dawn for work. "],
            "Iris": ["Iris color change noted OD - photo taken. ", "No iris transillumination defects. "],
        }
        if w and w != "Iris" and self.pr(0.85):
            return self.ch(opts[w])
        return self.ch(self.ch([v for k_, v in opts.items() if k_ not in ("Iris", "Mark")]))

    def staff(self, sex=None):
        return self.person(sex=sex, word_p=0.06, nick_p=0.0)

    def nm(self, p, form=None):
        r = self.r
        if form is None:
            form = r.choices(["full", "fml", "lf", "first", "last", "init_last"], [30, 8, 10, 20, 20, 8])[0]
        if form == "nick" and not p.nick:
            form = "first"
        if form in ("fml", "lfm") and not p.middle:
            form = "full" if form == "fml" else "lf"
        if form == "first_nick_last" and not p.nick:
            form = "full"
        last = p.last
        if form == "full":
            s = f"{p.first} {last}"
        elif form == "full_suffix":
            s = f"{p.first} {last}" + (f" {p.suffix}" if p.suffix else "")
        elif form == "fml":
            s = f"{p.first} {p.mi}. {last}"
        elif form == "fmiddle":
            s = f"{p.first} {p.middle} {last}" if p.middle else f"{p.first} {last}"
        elif form == "lf":
            s = f"{last}, {p.first}"
        elif form == "lfm":
            s = f"{last}, {p.first} {p.mi}."
        elif form == "LF":
            s = f"{last}, {p.first}".upper()
        elif form == "LFC":
            s = f"{last.upper()},{p.first.upper()}"
        elif form == "first":
            s = p.first
        elif form == "last":
            s = last
        elif form == "init_last":
            s = f"{p.first[0]}. {last}"
        elif form == "init2_last":
            s = f"{p.first[0]}.{p.mi or 'J'}. {last}"
        elif form == "nick":
            s = p.nick
        elif form == "first_nick_last":
            s = f'{p.first} "{p.nick}" {last}'
        elif form == "first_init":
            s = f"{p.first} {last[0]}."
        else:
            raise ValueError(form)
        return P(s, "PERSON")

    def title(self, p):
        if p.sex == "M":
            return "Mr. "
        return self.ch("Ms. ", "Ms. ", "Mrs. ", "Miss ")

    def mr(self, p):
        """title + surname, e.g. 'Mrs. ' + P('Okafor')"""
        return [self.title(p), self.nm(p, "last")]

    # -- ages -----------------------------------------------------------------
    def age_items(self, n, form=None, unit_only=False):
        """n with a unit; the number (or number words) is the span."""
        r = self.r
        if form is None:
            form = r.choices(["yo_hyph", "y/o", "yo", "age", "years old", "words", "yr old", "Y"],
                             [30, 14, 8, 10, 10, 5, 6, 4])[0]
        num = words(n) if form == "words" else str(n)
        item = P(num, "AGE_90_PLUS") if n >= 90 else K(num)
        if form == "yo_hyph":
            return [item, "-year-old"]
        if form == "words":
            return [item, r.choice(["-year-old", " years old", " years of age"])]
        if form == "y/o":
            return [item, " y/o"]
        if form == "yo":
            return [item, r.choice(["yo", " yo", "y.o."])]
        if form == "age":
            return ["age ", item]
        if form == "years old":
            return [item, " years old"]
        if form == "yr old":
            return [item, " yr old"]
        if form == "Y":
            return [item, "Y"]
        raise ValueError(form)

    def age_bare(self, n):
        return P(str(n), "AGE_90_PLUS") if n >= 90 else K(str(n))

    def elder(self, lead=None):
        rel = self.ch("mother", "father", "grandmother", "grandfather", "great-aunt") if self.age < 60 else \
            self.ch("mother", "father", "aunt", "uncle")
        p = self.rel(rel)
        a = self.age90()
        lead = lead or self.ch("primary caregiver for ", "lives with and cares for ", "also helps care for ")
        return [lead, self.his, " ", self.age_items(a, self.ch("yo_hyph", "yo_hyph", "words", "y/o", "age")), " ", rel, " ",
                self.nm(p, self.ch("first", "full")), self.ch("", " at home", ", who has dementia")]

    def sexw(self, short=False):
        if short:
            return self.ch("F", "female") if self.sex == "F" else self.ch("M", "male")
        return self.ch("woman", "female", "lady") if self.sex == "F" else self.ch("man", "male", "gentleman")

    # -- dates ------------------------------------------------------------------
    def dt(self, d, kind=None):
        s = fmt_date(self.r, d, kind)
        if kind is None and s.startswith(tuple(str(i) for i in range(1, 32))) and " of " in s:
            return ["the ", P(s, "DATE")]
        if kind == "ord_of":
            return ["the ", P(s, "DATE")]
        return P(s, "DATE")

    def dob_kind(self):
        return self.ch("mdy", "mdy", "mdy", "mdy_nz", "iso", "mdy2z", "month_d_y", "d_mon_y", "dmony")

    def time(self, h=None, m=None, kind=None):
        r = self.r
        h = r.randint(0, 23) if h is None else h
        m = r.choice([0, 5, 10, 12, 15, 20, 22, 30, 35, 40, 45, 47, 50, 55]) if m is None else m
        kind = kind or r.choice(["mil", "mil", "colon", "ampm", "ampm_nosp", "h"])
        if kind == "mil":
            s = f"{h:02d}{m:02d}"
        elif kind == "colon":
            s = f"{h:02d}:{m:02d}"
        elif kind == "h":
            s = f"{h:02d}{m:02d}h"
        else:
            hh = h % 12 or 12
            ap = "am" if h < 12 else "pm"
            ap = r.choice([ap, ap.upper(), ap[0] + "." + ap[1] + "."])
            s = f"{hh}:{m:02d}{'' if kind == 'ampm_nosp' else ' '}{ap}"
        return K(s)

    def tseq(self, n, day=(0, 23), gap=(4, 75), kind=None, wrap=False):
        """n increasing times of day (keep spans), one consistent format."""
        r = self.r
        kind = kind or r.choice(["mil", "mil", "colon", "ampm", "h"])
        total_max = gap[1] * (n - 1)
        lo, hi = day[0] * 60, day[1] * 60 + 59
        if not wrap:
            hi = max(lo, hi - total_max)
        t = r.randint(lo, hi)
        out = []
        for i in range(n):
            if i:
                t += r.randint(*gap)
            tt = t % 1440
            out.append(self.time(tt // 60, tt % 60, kind))
        return out

    # -- places -----------------------------------------------------------------
    def city(self):
        return self.ch(CITIES)

    def street(self):
        r = self.r
        k = r.random()
        if k < 0.05:
            return f"County Road {r.randint(2, 980)}"
        if k < 0.08:
            return f"Rural Route {r.randint(1, 9)} Box {r.randint(10, 999)}"
        if k < 0.10:
            return f"PO Box {r.randint(10, 9999)}"
        return f"{r.randint(1, 19999)} {r.choice(DIRS)}{r.choice(STREETS)} {r.choice(ST_SUFFIX)}"

    def zipc(self, state, plus4=None):
        lo, hi = ZIP3.get(state, (100, 999))
        z = f"{self.r.randint(lo, hi):03d}{self.r.randint(1, 99):02d}"
        if plus4 or (plus4 is None and self.pr(0.12)):
            z += f"-{self.r.randint(1, 9999):04d}"
        return z

    def address(self, city_state=None):
        r = self.r
        city, state = city_state or self.city()
        unit = None
        street = self.street()
        if r.random() < 0.3 and not street.startswith(("PO Box", "Rural Route")):
            unit = r.choice([f"Apt {r.randint(1, 40)}{r.choice('ABCD')}", f"Apt. {r.randint(100, 1520)}",
                             f"Unit {r.randint(1, 300)}", f"#{r.randint(2, 999)}", f"Lot {r.randint(1, 120)}",
                             f"Trlr {r.randint(1, 60)}"])
        county = r.choice(COUNTIES) + " County" if state != "LA" else r.choice(PARISHES) + " Parish"
        return Addr(street, unit, city, state, self.zipc(state), county)

    def addr_items(self, a=None, style=None):
        a = a or self.addr
        style = style or self.ch("line", "line", "line", "two", "noz", "state_full")
        st = a.street + ((", " if self.pr(0.5) else " ") + a.unit if a.unit else "")
        state = STATE_NAMES.get(a.state, a.state) if style == "state_full" else a.state
        if style == "two":
            return [P(st, "STREET_ADDRESS"), "\n", P(a.city, "LOCATION"), ", ", state, " ", P(a.zip, "ZIP_CODE")]
        if style == "noz":
            return [P(st, "STREET_ADDRESS"), ", ", P(a.city, "LOCATION"), ", ", state]
        sep = self.ch(", ", ", ", " ")
        return [P(st, "STREET_ADDRESS"), sep, P(a.city, "LOCATION"), ", ", state, " ", P(a.zip, "ZIP_CODE")]

    def loc(self, s=None):
        return P(s or self.ch(CITIES)[0], "LOCATION")

    def fac(self, kind, city=None):
        r = self.r
        city = city or self.city()[0]
        wd = r.choice(FAC_WORDS)
        sn = self.person(word_p=0, nick_p=0).last
        sa = r.choice(SAINTS)
        if kind == "hospital":
            k = r.randrange(11)
            opts = [
                (f"{city} Regional Medical Center", None), (f"{city} General Hospital", None),
                (f"St. {sa} Medical Center", f"St. {sa}'s"), (f"{sn} Memorial Hospital", f"{sn} Memorial"),
                (f"Mercy Hospital {city}", "Mercy"), (f"{wd} Medical Center", wd),
                (f"{wd} Health {city}", None), (f"{city} VA Medical Center", f"the {city} VA"),
                (f"University Hospital of {city}", None), (f"St. {sa} Regional Hospital", f"St. {sa}"),
                (f"{wd} Community Hospital", None)]
            n, s = opts[k]
            return Fac(n, s)
        pats = {
            "clinic": [f"{wd} Family Health Center", f"{city} Community Clinic", f"{wd} Primary Care",
                       f"{sn} Internal Medicine", f"{wd} Health Partners", f"{city} Free Clinic"],
            "nursing": [f"{wd} Gardens Nursing & Rehabilitation", f"The Villas at {wd} Creek", f"{sn} Manor",
                        f"{wd} Senior Living", f"{city} Care Center", f"{wd} Pointe Assisted Living"],
            "pharmacy": [f"{wd} Pharmacy", f"{sn} Drug", f"{wd} Apothecary", f"Walgreens #{r.randint(1000, 19999)}",
                         f"CVS Pharmacy #{r.randint(100, 9999)}", f"{city} Discount Drugs"],
            "school": [f"{sn} Elementary School", f"{city} High School", f"{wd} Middle School",
                       f"St. {sa} Catholic School", f"{city} Community College", f"{wd} Academy",
                       f"{sn} Early Childhood Center"],
            "employer": [f"{sn} Trucking", f"{wd} Logistics", f"{wd} Poultry", f"{city} Distribution Center",
                         f"{sn} & Sons Roofing", f"{wd} Foods", f"{sn} Manufacturing", f"{wd} Plastics",
                         f"{city} Public Works", f"{wd} Dairy"],
            "church": [f"First Baptist Church of {city}", f"St. {sa} Catholic Church", f"{wd} AME Church",
                       f"{wd} Lutheran Church", f"Masjid Al-{r.choice(['Noor', 'Huda', 'Rahma', 'Iman'])}",
                       f"Temple Beth {r.choice(['Shalom', 'El', 'Israel'])}", f"{wd} Church of God in Christ"],
            "shelter": [f"{city} Civic Center", f"{sn} High School gymnasium", f"{wd} Fairgrounds Expo Hall",
                        f"{city} Convention Center", f"{wd} Recreation Center"],
            "funeral": [f"{sn} Funeral Home", f"{sn}-{self.person(word_p=0).last} Funeral Chapel",
                        f"{wd} Memorial Chapel", f"{sn} & Sons Mortuary"],
            "ship": [f"MS {r.choice(SHIP_A)} {r.choice(SHIP_B)}", f"MV {r.choice(SHIP_A)} {r.choice(SHIP_B)}"],
            "base": MIL_BASES,
            "resort": [f"{wd} Mountain Resort", f"{wd} Peak Ski Area", f"{wd} Basin", f"{sn} Ridge Ski Resort"],
            "lab": [f"{wd} Genomics Laboratory", f"{wd} Diagnostics", f"{sn} Reference Laboratories",
                    f"{wd} Precision Medicine Lab"],
            "optical": [f"{wd} Eye Care", f"{sn} Optometry", f"{wd} Vision Center", f"{city} Eye Associates"],
            "chiro": [f"{wd} Chiropractic", f"{sn} Spine & Wellness", f"{city} Chiropractic Center"],
            "acu": [f"{wd} Acupuncture & Herbs", f"{wd} Community Acupuncture", f"{sn} Integrative Medicine"],
            "sleep": [f"{wd} Sleep Diagnostics", f"{city} Sleep Center", f"{wd} Pulmonary & Sleep"],
            "occ": [f"{wd} Occupational Health", f"{city} Employee Health Services", f"{wd} WorkCare"],
            "collection": [f"{wd} Drug Testing", f"{city} Occupational Medicine", f"{wd} Labs Patient Service Center"],
            "health_dept": [f"{city} Health Department", f"{r.choice(COUNTIES)} County Public Health",
                            f"{city} Department of Public Health"],
            "trial_site": [f"{wd} Clinical Research", f"{city} Research Institute", f"{wd} Research Partners"],
            "dealership": [f"{city} Ford", f"{wd} Toyota"],
            "birth_center": [f"{wd} Birth Center", f"{city} Birthing Center"],
            "airbase": [f"{wd} Air Medical", f"{city} LifeFlight", f"{wd} AirCare"],
        }
        return Fac(r.choice(pats[kind]))

    def facp(self, f, short=False):
        return P(f.short if short else f.name, "FACILITY")

    # -- contact ------------------------------------------------------------------
    def phone(self, kind=None, ext=None):
        r = self.r
        a = r.choice(AREA_CODES)
        ex = r.choice([555, r.randint(201, 989)])
        ln = r.randint(0, 9999) if ex != 555 else r.randint(100, 199)
        kind = kind or r.choices(["paren", "dash", "dot", "plain", "plus1", "one", "paren_ns"],
                                 [30, 30, 8, 5, 5, 4, 4])[0]
        if kind == "paren":
            s = f"({a}) {ex}-{ln:04d}"
        elif kind == "dash":
            s = f"{a}-{ex}-{ln:04d}"
        elif kind == "dot":
            s = f"{a}.{ex}.{ln:04d}"
        elif kind == "plain":
            s = f"{a}{ex}{ln:04d}"
        elif kind == "plus1":
            s = f"+1 {a} {ex} {ln:04d}"
        elif kind == "one":
            s = f"1-{a}-{ex}-{ln:04d}"
        elif kind == "paren_ns":
            s = f"({a}){ex}-{ln:04d}"
        elif kind == "local":
            s = f"{ex}-{ln:04d}"
        else:
            raise ValueError(kind)
        if ext or (ext is None and r.random() < 0.1):
            s += r.choice([f" ext. {r.randint(10, 9999)}", f" x{r.randint(100, 9999)}", f" ext {r.randint(2, 999)}"])
        return P(s, "PHONE_NUMBER")

    def ext(self):
        return P(str(self.r.randint(1000, 9999)) if self.pr(0.7) else str(self.r.randint(100, 999)), "PHONE_NUMBER")

    def email(self, p=None, domain=None):
        r = self.r
        if p is None:
            p = self.person()
        f, l = slug(p.first), slug(p.last)
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l[0]}", f"{f}_{l}{r.randint(1, 99)}",
                          f"{f}{r.randint(1950, 2010)}", f"{l}.{f[0]}", f"{f}.{l}{r.randint(2, 9)}"])
        domain = domain or r.choice(EMAIL_DOMAINS)
        return P(f"{local}@{domain}", "EMAIL_ADDRESS")

    def org_domain(self, f):
        words_ = [w for w in re.findall(r"[A-Za-z]+", ascii_fold_keep_space(f.name)) if w.lower() not in ("of", "the", "st")]
        base = "".join(w.lower() for w in words_[:3]) or "clinic"
        return base + self.ch(".org", ".org", ".com", "health.org", ".net")

    def url(self, f=None):
        r = self.r
        dom = self.org_domain(f) if f else r.choice(["myhealthportal", "carelink", "pt-connect"]) + ".com"
        path = r.choice(["", "", "/patient-portal", "/MyChart/", f"/pt/{r.randint(10000, 99999)}",
                         f"/appointments?ref={r.randint(1000, 9999)}", "/resources", "/forms"])
        pre = r.choice(["https://www.", "http://www.", "www.", "https://", "https://portal."])
        return P(f"{pre}{dom}{path}", "URL")

    def ip(self):
        r = self.r
        k = r.random()
        if k < 0.35:
            s = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        elif k < 0.6:
            s = f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}"
        elif k < 0.75:
            s = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        else:
            s = f"{r.randint(23, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return P(s, "IP_ADDRESS")

    # -- identifiers --------------------------------------------------------------
    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))

    def alnum(self, n, letters="ABCDEFGHJKLMNPRSTUVWXYZ"):
        return "".join(self.r.choice(letters + "0123456789") for _ in range(n))

    def mrn(self):
        r = self.r
        s = r.choice([self.digits(8), "00" + self.digits(6), f"MR-{self.digits(6)}", f"E{self.digits(7)}",
                      f"{self.digits(2)}-{self.digits(3)}-{self.digits(3)}", self.digits(7), f"M{self.digits(9)}"])
        return P(s, "MEDICAL_RECORD_NUMBER")

    def acct(self):
        r = self.r
        s = r.choice([self.digits(10), f"V{self.digits(8)}", f"FIN {self.digits(9)}"[4:], f"{self.digits(4)}-{self.digits(6)}",
                      f"A{self.digits(9)}", self.digits(12)])
        return P(s, "ACCOUNT_NUMBER")

    def idn(self, kind="generic"):
        r = self.r
        y = self.d0.year % 100
        forms = {
            "generic": [f"{self.digits(3)}-{self.digits(4)}", self.digits(9), f"ID{self.digits(7)}"],
            "case": [f"PR-{self.d0.year}-{self.digits(4)}", f"QR{y:02d}-{self.digits(3)}", f"{self.digits(2)}-{self.digits(5)}"],
            "auth": [f"A{self.digits(9)}", f"AUTH{self.digits(8)}", f"{self.digits(3)}{self.alnum(5)}"],
            "encounter": [f"ENC-{self.digits(8)}", f"CSN {self.digits(10)}"[4:], self.digits(10)],
            "accession": [f"PGX{y:02d}-{self.digits(5)}", f"S{y:02d}-{self.digits(5)}", f"{self.alnum(2)}{self.digits(8)}"],
            "specimen": [self.digits(7), f"{self.alnum(1)}{self.digits(7)}", f"{self.digits(4)} {self.digits(3)}"],
            "employee": [f"E{self.digits(6)}", self.digits(6), f"EMP-{self.digits(5)}"],
            "dodid": [self.digits(10)],
            "passport": [f"{self.alnum(1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{self.digits(8)}", self.digits(9)],
            "anumber": [f"A{self.digits(9)}", f"A{self.digits(3)}-{self.digits(3)}-{self.digits(3)}", f"A-{self.digits(8)}"],
            "subject": [f"{self.digits(3)}-{self.digits(3)}", f"{self.digits(4)}-{self.digits(4)}", f"S{self.digits(2)}-{self.digits(3)}"],
            "kit": [f"{self.digits(6)}", f"K-{self.digits(5)}"],
            "claim": [f"{self.digits(3)}-{self.digits(7)}-{self.digits(2)}", f"CLM{self.digits(10)}", f"{self.alnum(2)}{self.digits(8)}"],
            "fema": [self.digits(9), f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}"],
            "folio": [self.digits(7), f"{self.digits(4)}-{self.digits(4)}"],
            "coroner": [f"ME{y:02d}-{self.digits(4)}", f"{self.d0.year}-{self.digits(5)}", f"C{y:02d}-{self.digits(3)}"],
            "pass": [f"{self.digits(10)}", f"SP-{self.digits(6)}"],
            "badge": [f"#{self.digits(4)}", self.digits(5)],
            "wristband": [self.digits(6)],
            "ticket": [f"TKT-{self.digits(7)}", self.digits(8)],
        }
        return P(r.choice(forms[kind]), "ID_NUMBER")

    def hpn(self, kind=None):
        r = self.r
        L_ = "ACDEFGHJKMNPQRTUVWXY"
        opts = [f"{self.alnum(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ'[0:24])}{self.digits(9)}",
                f"{r.randint(1, 9)}{r.choice(L_)}{r.choice(L_ + '0123456789')}{r.randint(0, 9)}-{r.choice(L_)}{r.choice(L_ + '0123456789')}{r.randint(0, 9)}-{r.choice(L_)}{r.choice(L_)}{r.randint(0, 9)}{r.randint(0, 9)}",
                f"W{self.digits(9)}", f"{self.digits(9)}-01", f"MCD {self.digits(10)}"[4:], f"U{self.digits(8)} 01",
                f"ZGP{self.digits(8)}", f"{self.alnum(2)}{self.digits(7)}"]
        return P(r.choice(opts), "HEALTH_PLAN_NUMBER")

    def ssn(self, kind=None):
        r = self.r
        a, b, c = r.randint(100, 665), r.randint(10, 99), r.randint(1000, 9999)
        kind = kind or r.choice(["dash", "dash", "space", "plain"])
        s = {"dash": f"{a}-{b}-{c}", "space": f"{a} {b} {c}", "plain": f"{a}{b}{c}", "last4": f"{c}"}[kind]
        return P(s, "US_SSN")

    def lic(self, kind="dl", state=None):
        r = self.r
        st = state or self.addr.state
        if kind == "dl":
            s = r.choice([f"{r.choice('ABCDEFGHJKLMNPRSTW')}{self.digits(3)}-{self.digits(4)}-{self.digits(4)}",
                          f"{r.choice('ABCDEFGHJKLMNPRSTW')}{self.digits(7)}", self.digits(9),
                          f"{st}{self.digits(8)}", f"{self.digits(3)}-{self.digits(3)}-{self.digits(3)}"])
        elif kind == "npi":
            s = r.choice("12") + self.digits(9)
        elif kind == "dea":
            s = r.choice("ABFM") + r.choice("ABCDEGHKLMNPRSTW") + self.digits(7)
        elif kind == "state_med":
            s = r.choice([f"{self.digits(3)}.{self.digits(6)}", f"MD{self.digits(6)}", f"{st}-{self.digits(5)}",
                          f"RN{self.digits(7)}", f"{self.alnum(1)}{self.digits(5)}"])
        elif kind == "nrcme":
            s = self.digits(10)
        else:
            raise ValueError(kind)
        return P(s, "LICENSE_NUMBER")

    def dev(self, prefix=""):
        r = self.r
        s = r.choice([f"{prefix}{self.alnum(2)}{self.digits(6)}", f"{self.digits(3)}{self.alnum(4)}{self.digits(3)}",
                      f"{self.alnum(3)}-{self.digits(5)}", f"SN{self.digits(9)}", f"{self.digits(12)}",
                      f"{self.alnum(4)}{self.digits(4)}{self.alnum(2)}"])
        return P(s, "DEVICE_ID")

    def veh(self, kind="plate"):
        r = self.r
        if kind == "plate":
            s = r.choice([f"{r.randint(1, 9)}{self.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{self.digits(3)}",
                          f"{self.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{self.digits(4)}",
                          f"{self.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {self.digits(3)}",
                          f"{self.digits(3)} {self.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"])
        elif kind == "vin":
            s = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        elif kind == "tail":
            s = f"N{r.randint(1, 999)}{self.alnum(2, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}"
        elif kind == "unit_plate":
            s = f"{self.alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{self.digits(5)}"
        else:
            raise ValueError(kind)
        return P(s, "VEHICLE_ID")

    # -- keep-value generators ------------------------------------------------------
    def bp(self, lab=None):
        lab = lab if lab is not None else self.ch("BP ", "BP ", "BP: ", "B/P ", "bp ")
        return K(f"{lab}{self.ri(98, 178)}/{self.ri(54, 102)}")

    def vitals(self, sep=None, which=("bp", "hr", "rr", "t", "spo2"), o2=True):
        sep = sep or self.ch(", ", "  ", "; ", " | ", ", ")
        out = []
        for w in which:
            if w == "bp":
                out.append(self.bp())
            elif w == "hr":
                out.append(K(f"{self.ch('HR', 'P', 'pulse', 'HR')} {self.ri(52, 128)}"))
            elif w == "rr":
                out.append(K(f"{self.ch('RR', 'R', 'RR')} {self.ri(12, 28)}"))
            elif w == "t":
                if self.pr(0.7):
                    out.append(K(f"{self.ch('T', 'Temp', 'T')} {self.rf(96.8, 102.6)}{self.ch('', ' F', 'F')}"))
                else:
                    out.append(K(f"T {self.rf(36.1, 39.4)} C"))
            elif w == "spo2":
                s = K(f"{self.ch('SpO2', 'O2 sat', 'SaO2', 'sat')} {self.ri(88, 100)}%")
                out.append([s, self.ch(" RA", " on RA", " on room air", "") if o2 else ""])
            elif w == "wt":
                out.append(K(f"Wt {self.rf(48, 142)} kg") if self.pr(0.6) else K(f"wt {self.ri(105, 320)} lb"))
            elif w == "bmi":
                out.append(K(f"BMI {self.rf(18.5, 44.9)}"))
            elif w == "pain":
                out.append(K(f"pain {self.ri(0, 10)}/10"))
            elif w == "gcs":
                out.append(K(f"GCS {self.ri(13, 15)}"))
            elif w == "glucose":
                out.append(K(f"BG {self.ri(68, 342)}"))
            if out and w != which[-1]:
                out.append(sep)
        return out

    def lab(self, name=None):
        labs = {
            "Hgb": lambda: f"{self.rf(7.1, 16.2)}", "WBC": lambda: f"{self.rf(3.1, 19.8)}",
            "plt": lambda: f"{self.ri(88, 460)}", "Na": lambda: f"{self.ri(126, 146)}",
            "K": lambda: f"{self.rf(3.0, 5.9)}", "Cr": lambda: f"{self.rf(0.6, 3.4)}",
            "BUN": lambda: f"{self.ri(7, 64)}", "glucose": lambda: f"{self.ri(70, 410)}",
            "A1c": lambda: f"{self.rf(5.4, 12.9)}%", "INR": lambda: f"{self.rf(0.9, 4.1)}",
            "TSH": lambda: f"{self.rf(0.01, 9.8, 2)}", "LDL": lambda: f"{self.ri(48, 212)}",
            "lactate": lambda: f"{self.rf(0.8, 6.2)}", "troponin": lambda: f"{self.rf(0.01, 2.4, 2)}",
            "BNP": lambda: f"{self.ri(40, 2400)}", "eGFR": lambda: f"{self.ri(14, 110)}",
            "ALT": lambda: f"{self.ri(12, 240)}", "CRP": lambda: f"{self.rf(0.3, 22.0)}",
            "procalcitonin": lambda: f"{self.rf(0.05, 9.0, 2)}", "Mg": lambda: f"{self.rf(1.4, 2.6)}",
        }
        name = name or self.ch(list(labs))
        sep = self.ch(" ", " ", ": ", " of ")
        return K(f"{name}{sep}{labs[name]()}")

    def labs(self, n=3, names=None):
        names = names or self.sample(["Hgb", "WBC", "plt", "Na", "K", "Cr", "BUN", "glucose", "A1c", "INR", "TSH",
                                      "LDL", "lactate", "troponin", "BNP", "eGFR", "ALT", "CRP", "Mg"], n)
        out = []
        for i, nm_ in enumerate(names):
            out.append(self.lab(nm_))
            if i < len(names) - 1:
                out.append(self.ch(", ", ", ", "; ", " "))
        return out

    def dur(self, unit=None, lo=1, hi=None):
        r = self.r
        unit = unit or r.choice(["hours", "days", "days", "weeks", "months", "minutes"])
        hi = hi or {"hours": 12, "days": 14, "weeks": 8, "months": 11, "minutes": 50, "years": 30}[unit]
        n = self.ri(lo, hi)
        u = unit[:-1] if n == 1 else unit
        f = r.choice(["for {n} {u}", "x {n} {u}", "x{n} {ab}", "for the past {n} {u}", "over the last {n} {u}",
                      "for about {n} {u}", "{n} {u}", "x {n} {ab}"])
        ab = {"hours": "hrs", "days": "d", "weeks": "wks", "months": "mos", "minutes": "min", "years": "yrs"}[unit]
        if n == 1:
            ab = {"hrs": "hr", "wks": "wk", "mos": "mo", "yrs": "yr"}.get(ab, ab)
        return K(f.format(n=n, u=u, ab=ab))

    def med(self, drug=None, with_freq=True):
        name, doses, freqs = drug or self.ch(DRUGS)
        out = [K(name), " ", K(self.ch(doses))]
        if with_freq:
            out += [" ", self.ch(freqs)]
        return out

    def meds(self, n=3, sep=None):
        sep = sep or self.ch(", ", "; ", "\n- ", "\n  ")
        ds = self.sample(DRUGS, n)
        out = []
        for i, d in enumerate(ds):
            out.append(self.med(d))
            if i < n - 1:
                out.append(sep)
        return out

    def pmh(self, n=3, epon_n=1, exclude=()):
        items = [K(x) for x in self.sample(EPONYMS, epon_n)] + \
            self.sample([d for d in DX_PLAIN if d not in exclude], max(0, n - epon_n))
        self.r.shuffle(items)
        out = []
        for i, it in enumerate(items):
            out.append(it)
            if i < len(items) - 1:
                out.append(", ")
        return out

    def sign(self, p, cred, when=None, time=True, prefix=None):
        prefix = prefix if prefix is not None else self.ch(
            "Electronically signed by ", "Signed: ", "-- ", "e-signed ", "Signed by: ", "/s/ ")
        out = [prefix, self.nm(p, self.ch("full", "full", "fml", "init_last")), ", ", cred]
        if when:
            out += [self.ch(" on ", " ", " | "), self.dt(when, self.ch("mdy", "mdy_nz", "iso", "mdy2"))]
            if time:
                out += [" ", self.time(kind=self.ch("mil", "colon"))]
        return out


# ---------------------------------------------------------------------------
# note styles
# ---------------------------------------------------------------------------
PAYERS = L("Humana Gold Plus|UnitedHealthcare Dual Complete|Aetna Better Health|Blue Cross Blue Shield|WellCare|"
           "Molina Healthcare|Ambetter|Devoted Health|Cigna|Medicaid managed care (Amerigroup)|Tricare|Anthem")
ADMIT_DX = [("community-acquired pneumonia", "Pneumonia"), ("sepsis secondary to UTI", "Sepsis"),
            ("acute on chronic HFrEF exacerbation", "Heart Failure"), ("COPD exacerbation", "COPD"),
            ("cellulitis of the left lower extremity", "Cellulitis"), ("DKA", "Diabetic Ketoacidosis"),
            ("hip fracture s/p fall", "Hip Fracture"), ("acute pancreatitis", "Pancreatitis"),
            ("GI bleed", "GI Hemorrhage"), ("syncope", "Syncope")]


def t_utilization_review(b, c):
    pt, rn, att, md, cm = c.pt, c.staff(), c.staff(), c.staff(), c.staff()
    los = c.ri(1, 6)
    admit = c.d0 - D(los)
    dx, subset = c.ch(ADMIT_DX)
    fam = c.rel(c.ch("daughter", "son", c.sp, "niece"))
    abx = c.ch(ABX_IV)
    b.w(c.ch("UTILIZATION REVIEW - CONCURRENT", "UM Clinical Review — Inpatient Concurrent",
             "Concurrent Review Note (UR)"), "\n")
    b.w("Review date: ", c.dt(c.d0), "    Reviewer: ", c.nm(rn, c.ch("full", "init_last")), ", RN, CCM\n")
    b.w("Member: ", c.nm(pt, c.ch("LF", "lf", "full", "lfm")), "    DOB: ", c.dt(c.dob, c.dob_kind()), "\n")
    b.w("Member ID: ", c.hpn(), "    Payer: ", c.ch(PAYERS), "    Auth #: ", c.idn("auth"), "\n")
    b.w("Facility: ", c.facp(c.hosp), "    Acct: ", c.acct(), "\n")
    b.w("Attending: Dr. ", c.nm(att, c.ch("last", "full")), "    Admit date: ", c.dt(admit), "    LOS to date: ",
        K(f"{los} day" + ("s" if los > 1 else "")), "\n")
    b.w("Level of care requested: ", c.ch("Inpatient", "Observation -> Inpatient", "Inpatient (step-down)"), "\n\n")
    b.w("CLINICAL SUMMARY\n")
    b.w("Pt is a ", c.age_items(c.age), " ", c.sexw(), " with PMH of ", c.pmh(3, c.ch(0, 1)), " admitted via ED ")
    b.w("with ", dx, ". Presenting vitals ", c.vitals(), ". Labs on admission notable for ", c.labs(3), ". ")
    infx = subset in ("Pneumonia", "Sepsis", "Cellulitis", "COPD")
    if infx:
        b.w("Received ", K(abx[0]), " ", K(abx[1]), " IV ", abx[2], " starting ", c.dt(admit, c.ch("md", "mon_d")), ".\n")
    else:
        b.w("Treated with ", {"Heart Failure": [K("Lasix"), " ", K("40 mg"), " IV BID"],
                              "Diabetic Ketoacidosis": [K("insulin drip"), " per DKA protocol"],
                              "Hip Fracture": ["ORIF ", c.dt(admit + D(1), c.ch("md", "mon_d")), ", ", K("Lovenox"), " ", K("40 mg"), " SC daily"],
                              "Pancreatitis": ["IV fluids, ", K("Dilaudid"), " ", K("0.5 mg"), " IV q3h prn"],
                              "GI Hemorrhage": [K("pantoprazole"), " ", K("40 mg"), " IV BID, ", K("2 units"), " PRBC"],
                              "Syncope": ["telemetry, orthostatics, echo ordered"]}[subset], ".\n")
    b.w("Day ", str(los), ": ", c.ch(["afebrile ", K(c.ch("x 24 hours", "x 36 hrs", "for 48 hours"))], "Tmax 100.9"),
        ", ", K(f"SpO2 {c.ri(89, 97)}%"), " on ", K(f"{c.ri(1, 4)} L"), " NC. ",
        c.ch("Still requiring IV antibiotics and telemetry.", "Cultures pending; IV abx continued.") if infx else
        c.ch("Remains on telemetry.", "Not yet at functional baseline.", "Awaiting GI/cardiology recommendations."), "\n")
    b.w(c.ch("PT eval recommends SNF. ", "PT/OT: needs 24h supervision. ", ""),
        c.ch("Family (", "Spoke with family ("), c.nm(fam, c.ch("first", "full")), ", ", fam.relation,
        c.ch(") prefers home with home health.", [") is requesting placement near ", c.loc(c.city()[0]), "."],
             [") will bring ", c.his, " walker from home."]))
    if c.pr(0.6):
        b.w(" ", c.wordline())
    b.w("\n\nCRITERIA\n", c.ch("InterQual Acute Adult", "MCG Inpatient & Surgical Care", "InterQual LOC"),
        " - ", subset, ": ", c.ch("IS/SI met for day ", "criteria met, day "), str(los), ".\n")
    b.w("Discussed with ", c.nm(cm, c.ch("first", "full")), " in case management",
        c.ch([", ext. ", c.ext()], [" at ", c.phone()], ""), ".\n")
    if c.pr(0.5):
        b.w("Peer-to-peer offered to Dr. ", c.nm(att, "last"), "; scheduled ", c.dt(c.d0 + D(1), c.ch("md", "mon_d", "wk_md")),
            " at ", c.time(), " with medical director Dr. ", c.nm(md, c.ch("full", "fml")), ".\n")
    else:
        b.w("No peer-to-peer required. Medical director ", c.nm(md, c.ch("init_last", "full")), ", MD agrees with LOC.\n")
    b.w("\nDETERMINATION: ", c.ch("Approved", "Approved", "Pended", "Approved with modification"), " ",
        K(c.ch("x 2 days", "x 3 days", "for 1 additional day", "x 48 hours")), ". Next review due ",
        c.dt(c.d0 + D(c.ri(1, 3))), ".\n")
    b.w("Fax determination to UR dept: ", c.phone(), "\n")
    b.w(c.sign(rn, "RN", c.d0, prefix=c.ch("Reviewer: ", "-- ")), "\n")


def t_peer_review(b, c):
    pt, doc, rev, nurse = c.pt, c.staff(), c.staff(), c.staff()
    son = c.rel(c.ch("son", "daughter", "grandson", c.sp, "niece"))
    ev = c.d0 - D(c.ri(20, 120))
    ret = ev + D(c.ri(1, 3))
    cc, test, (drug, dose), ret_dx, svc = c.ch(PEER_SCEN)
    t_arr, t_dc = c.tseq(2, day=(0, 17), gap=(150, 400))
    b.w(c.ch("CONFIDENTIAL - PEER REVIEW PRIVILEGED", "*** CONFIDENTIAL PEER REVIEW DOCUMENT ***",
             "Medical Staff Peer Review - Privileged & Confidential"), "\n")
    b.w("Not part of the medical record. Protected under state peer review statute.\n\n")
    b.w("Case #: ", c.idn("case"), "    Date referred: ", c.dt(c.d0), "\n")
    b.w("Referral source: ", c.ch("risk management", "nursing incident report",
                                  ["trigger: return to ED ", K("within 72 hours")], "mortality review",
                                  "patient grievance"), "\n")
    b.w("Patient: ", c.nm(pt, c.ch("LF", "lf", "init_last")), "    MRN ", c.mrn(), "\n")
    b.w("Date of event: ", c.dt(ev), "    Location: ", c.facp(c.hosp), " Emergency Department\n")
    b.w("Practitioner under review: ", c.nm(doc, c.ch("fml", "full", "lf")), ", ", c.ch("MD", "DO", "PA-C", "NP"), "\n")
    b.w("Reviewer: ", c.nm(rev, c.ch("full", "fml")), ", ", c.ch("MD", "DO"), " (",
        c.ch("Emergency Medicine", "Hospital Medicine", "Surgery"), ")\n\n")
    b.w("SUMMARY OF EVENTS\n")
    b.w("The patient, a ", c.age_items(c.age, c.ch("yo_hyph", "words", "yo_hyph")), " ", c.sexw(), " from ",
        c.loc(c.addr.city), ", presented on ", c.dt(ev, c.ch("month_d", "mon_d", "wk_month_d", "mdy")), " at ",
        t_arr, " with ", cc, " ", c.dur("days", 1, 4), ". Triage vitals: ", c.vitals(), ". ")
    b.w(c.He, " was evaluated by Dr. ", c.nm(doc, "last"), ", who ordered ", test, " and discharged ", c.him,
        " home at ", t_dc, " with ", K(drug), " ", K(dose), ". ")
    b.w(c.He, " returned ", c.ch("the following day", ["on ", c.dt(ret, c.ch("md", "mon_d"))]), " with ", ret_dx,
        " and was admitted to ", svc, ".\n")
    b.w(c.His, " ", son.relation, " ", c.nm(son, c.ch("first", "full")), " reports they called the nurse line and spoke with ",
        c.nm(nurse, "first"), ", who ", c.ch("advised returning to the ED.", "told them to follow up with the PCP.",
                                           "documented the call but did not escalate."), "\n\n")
    if c.pr(0.8):
        b.w(c.wordline(), "\n")
    b.w("ANALYSIS\n", c.ch(
        "The initial workup was reasonable but discharge vitals were not rechecked. ",
        "Documentation of reassessment is absent. ",
        "Pain was treated and reassessment documented; "), c.ch(
        "A repeat exam may have changed disposition. ", "Discharge instructions were appropriate. ",
        "The reviewer feels additional imaging was indicated. "), "Labs at the index visit: ", c.labs(2), ".\n")
    b.w("DETERMINATION: ", c.ch("Level 1 - care appropriate", "Level 2 - minor opportunity for improvement",
                                "Level 3 - moderate opportunity for improvement; refer to department chair"), "\n")
    b.w("Practitioner response requested by ", c.dt(c.d0 + D(c.ri(10, 30)), c.ch("mdy", "month_d_y")), ".\n\n")
    b.w("Committee members present: ")
    n = c.ri(3, 6)
    for i in range(n):
        m = c.staff()
        b.w(c.nm(m, c.ch("full", "init_last", "fml")), ", ", c.ch("MD", "DO", "RN", "MD", "PharmD"))
        b.w("; " if i < n - 1 else "\n")
    b.w("cc: ", c.nm(c.staff(), c.ch("full", "init_last")), " (CMO); ", c.nm(c.staff(), "full"),
        ", Director of Quality\n")


def t_quality_abstraction(b, c):
    pt, ab, ab2, doc = c.pt, c.staff(), c.staff(), c.staff()
    arr = c.d0 - D(c.ri(3, 40))
    dis = arr + D(c.ri(2, 9))
    measure = c.ch("SEP-1", "STK", "VTE-6", "PC-02")
    if measure == "PC-02" and (c.sex == "M" or c.age > 46):
        measure = "SEP-1"
    _ts = iter(c.tseq(10, day=(0, 9), gap=(6, 55), kind=c.ch("colon", "mil")))
    t = lambda: next(_ts)
    b.w(c.ch("CORE MEASURE ABSTRACTION WORKSHEET", "Quality Abstraction - CMS Chart-Abstracted Measure",
             "QUALITY DEPT ABSTRACT"), " (", measure, ")\n")
    b.w("Abstractor: ", c.nm(ab, c.ch("init_last", "full", "lf")), "    Abstraction date: ", c.dt(c.d0, "mdy"), "\n")
    b.w("Patient: ", c.nm(pt, c.ch("LF", "LFC", "lf")), " | MRN ", c.mrn(), " | Acct ", c.acct(), "\n")
    b.w("Arrival date/time: ", c.dt(arr, c.ch("mdy", "mdy_nz")), " ", t(), "\n")
    b.w("Discharge date: ", c.dt(dis, c.ch("mdy", "mdy_nz")), "    Disposition: ",
        c.ch("01 Home", "06 Home health", "03 SNF", "20 Expired", "02 Acute care hospital"), "\n")
    payer = c.ch("Medicare", "Medicare Advantage", "Medicaid", "Commercial", "Self-pay") if c.age < 65 else \
        c.ch("Medicare", "Medicare Advantage")
    b.w("Age at admission: ", c.age_bare(c.age), "    Sex: ", c.sexw(True), "    Payer: ", payer, "\n")
    if c.pr(0.5):
        b.w("MBI: " if "Medicare" in payer else "Member ID: ", c.hpn(), "\n")
    b.w("ZIP of residence: ", P(c.addr.zip, "ZIP_CODE"), "\n\n")
    if measure == "SEP-1":
        b.w("Severe sepsis presentation: ", c.dt(arr, "mdy"), " ", t(), "\n")
        b.w("Initial lactate: ", c.lab("lactate"), " drawn ", t(), "\n")
        b.w("Blood cultures: collected ", t(), " (prior to antibiotics: Y)\n")
        abx = c.ch(ABX_IV)
        b.w("Broad-spectrum antibiotic: ", K(abx[0]), " ", K(abx[1]), " IV started ", t(), "\n")
        b.w("Crystalloid ", K("30 mL/kg"), ": ", K(f"{c.ri(14, 32) * 100} mL"), " LR completed ", t(), "\n")
        b.w("Repeat lactate within 6 hrs: ", c.lab("lactate"), "\n")
        b.w("Septic shock: ", c.ch("N", ["Y - vasopressor (", K("norepinephrine"), ") at ", t()], "N"))
        b.w("\nMeasure met: ", c.ch("Y", "N - fluids not documented", "Y", "N - repeat lactate late"), "\n")
    elif measure == "STK":
        b.w("Last known well: ", c.dt(arr, c.ch("mdy", "md")), " ", t(), "\n")
        b.w("Initial ", K(f"NIHSS {c.ri(1, 22)}"), " by Dr. ", c.nm(doc, "last"), " at ", t(), "\n")
        b.w("IV thrombolytic: ", c.ch("not given - outside window", [K("alteplase"), " given ", t()],
                                     [K("tenecteplase"), " bolus ", t()]), "\n")
        b.w("Antithrombotic by end of hospital day 2: ", K("aspirin"), " ", K("81 mg"), "\n")
        b.w("Statin at discharge: ", K("atorvastatin"), " ", K("80 mg"), "   ", c.lab("LDL"), "\n")
        b.w("Dysphagia screen before PO: Y\nMeasure met: ", c.ch("Y", "Y", "N"), "\n")
    elif measure == "VTE-6":
        b.w("Surgery: ", c.ch("R TKA", "L THA", "ex-lap", "lumbar fusion"), " on ", c.dt(arr + D(1), "mdy"), "\n")
        b.w("VTE prophylaxis: ", c.ch([K("Lovenox"), " ", K("40 mg"), " SC daily"], [K("heparin"), " ", K("5,000 units"), " SC q8h"],
                                      "SCDs only"), "\n")
        b.w("Hospital-acquired VTE: ", c.ch(["Y - RLE DVT on duplex ", c.dt(dis - D(1), "mdy")], "N"))
        b.w("\nMeasure outcome: ", c.ch("not in numerator", "in numerator"), "\n")
    else:
        b.w("Gestational age: ", K(f"{c.ri(37, 41)} weeks"), "    Parity: nulliparous\n")
        b.w("Delivery: ", c.dt(arr + D(1), "mdy"), " ", t(), " by Dr. ", c.nm(doc, "last"), "\n")
        b.w("Cesarean: ", c.ch("Y - arrest of dilation", "N"), "\n", K(f"Apgar {c.ri(6, 9)} and {c.ri(8, 9)}"), "\n")
    b.w("\nNotes: ", c.ch("Dr. ", "Attending Dr. "), c.nm(doc, c.ch("last", "full")), " documented ",
        c.ch("sepsis reassessment", "the focused exam", "a note"), " at ", t(), c.ch(
            " but the note is unsigned.", ".", "; timing discrepancy with MAR."), c.ch(
        [" Discussed with ", c.nm(ab2, "first"), " - second review agrees."], "", [" Query sent to ", c.nm(doc, "init_last"),
                                                                                   "."]), "\n")
    b.w("Second reviewer: ", c.nm(ab2, c.ch("full", "init_last", "lf")), ", RHIA    ", c.dt(c.d0 + D(c.ri(1, 5)), "mdy"), "\n")


def t_home_sleep_test(b, c):
    pt, doc, tech = c.pt, c.staff(), c.staff()
    part = c.rel(c.ch(c.sp, "partner", "girlfriend", "boyfriend"))
    clinic = c.fac("sleep", c.addr.city)
    device = c.ch("WatchPAT ONE", "ApneaLink Air", "Nox T3", "Alice NightOne", "NightOwl")
    b.w(c.ch("HOME SLEEP APNEA TEST (HSAT) - ORDER & DISPENSE RECORD", "Home Sleep Test Order",
             "HST REQUISITION / DEVICE LOG"), "\n", c.facp(clinic), "\n")
    b.w("Ordering provider: ", c.nm(doc, c.ch("full", "fml")), ", ", c.ch("MD", "DO", "NP", "PA-C"), "   NPI ",
        c.lic("npi"), "\n")
    b.w("Date ordered: ", c.dt(c.d0), "\n\n")
    b.w("Patient: ", c.nm(pt, c.ch("full", "lf", "LF")), "    DOB: ", c.dt(c.dob, c.dob_kind()), "    Age: ",
        c.age_bare(c.age), "\n")
    b.w("Phone: ", c.phone(), "    Email: ", c.email(pt), "\n")
    b.w("Ship device to:\n", c.addr_items(style="two"), "\n")
    b.w("Insurance ID: ", c.hpn(), "\n\n")
    b.w("INDICATION\n", c.ch("Loud snoring", "Snoring and witnessed apneas", "Daytime somnolence, nocturia"),
        " per ", part.relation, " (", c.nm(part, "first"), "), ", K(f"Epworth {c.ri(6, 22)}"), ", ",
        K(f"STOP-BANG {c.ri(3, 8)}/8"), ", ", K(f"BMI {c.rf(24.0, 48.0)}"), ", neck circumference ",
        K(f"{c.rf(14.5, 19.5)} in"), ". Symptoms ", c.dur("months", 2, 11) if c.pr(0.6) else c.dur("years", 1, 10), ".\n")
    b.w("Comorbidities: ", c.pmh(3, c.ch(0, 1), exclude=("obstructive sleep apnea", "HFrEF")), ". No CHF, no home O2, no neuromuscular disease - appropriate for HSAT.\n")
    if c.age < 70 and c.pr(0.25):
        b.w("Social: ", c.elder(), "; sleep often interrupted at night.\n")
    b.w("Current meds: ", c.meds(c.ri(2, 4), ", "), "\n\n")
    b.w("DEVICE\n", "Type: ", K(device), "    Serial #: ", c.dev(), "\n")
    disp = c.d0 + D(c.ri(1, 7))
    b.w("Dispensed ", c.ch("in clinic", "by courier", "via FedEx"), " ", c.dt(disp, c.ch("mdy", "md")),
        " by ", c.nm(tech, c.ch("full", "first_init", "init_last")), ", RPSGT\n")
    b.w("Wear ", K(c.ch("1 night", "2 nights", "3 nights")), "; return by ", c.dt(disp + D(c.ri(4, 10)), c.ch("mdy", "mon_d")),
        ". Return label at ", c.url(clinic), "\n")
    b.w("Pt instructed: lights out ~", c.time(c.ri(21, 23), 0, "ampm"), ", may take usual meds, no alcohol. ",
        c.ch("Pt verbalized understanding.", "Teach-back done.", [part.relation.capitalize(), " present for teaching."]), "\n")
    if c.pr(0.5):
        b.w("Study data uploaded ", c.dt(disp + D(c.ri(1, 4)), c.ch("mdy", "md")), " ", c.time(kind="colon"), " from ", c.ip(), "\n")
    b.w("Questions: sleep lab ", c.phone(), "\n")


def t_optometry(b, c):
    pt, od = c.pt, c.staff()
    shop = c.fac("optical", c.addr.city)
    fam = c.rel(c.ch("daughter", "son", "mother", "granddaughter", c.sp))
    va = lambda: K(c.ch("20/20", "20/25", "20/30", "20/40", "20/50", "20/70", "20/100", "20/200", "CF 3 ft"))
    b.w(c.facp(shop), " - ", c.ch("Comprehensive Eye Exam", "Routine Vision Exam", "Medical Eye Visit"), "\n")
    b.w("Pt: ", c.nm(pt, c.ch("full", "lf", "fml")), "   DOB ", c.dt(c.dob, c.dob_kind()), "   Age ", c.age_bare(c.age),
        "   DOS ", c.dt(c.d0, c.ch("mdy", "mdy_nz", "iso")), "\n")
    b.w(c.ch(["MRN ", c.mrn()], ["Acct ", c.acct()], ["MRN ", c.mrn(), "   Acct ", c.acct()]),
        c.ch(["   VSP member ID ", c.hpn()], ""), "\n")
    if c.pr(0.4):
        b.w("Accompanied by ", fam.relation, " ", c.nm(fam, c.ch("first", "full")), ".\n")
    b.w("CC: ", c.ch([c.ch("blurry vision at distance", "trouble reading small print", "glare with night driving",
                          "floaters OD", "itchy watery eyes"), " ", c.dur(c.ch("weeks", "months"))],
                     "annual diabetic eye exam", "routine exam, no complaints"), ".\n")
    life = max(200, min(3000, (c.d0 - c.dob).days - 6570))
    b.w("Ocular hx: ", c.ch(["cataract sx OS ", c.dt(c.d0 - D(c.ri(100, life)), "month_y")] if c.age > 45 else "none",
                            ["LASIK OU ", c.dt(c.d0 - D(c.ri(100, life)), "month_y")] if c.age > 24 else "none",
                            "none", "amblyopia OS as a child", "glaucoma suspect"))
    b.w(". Last exam ", c.dt(c.d0 - D(c.ri(365, max(366, min(1500, (c.d0 - c.dob).days - 400)))), c.ch("month_y", "mdy")), c.ch(
        [" at ", c.facp(c.fac("optical"))], "", " elsewhere"), ".\n")
    b.w("Med hx: ", c.pmh(c.ri(2, 4), c.ch(0, 1, 1)), ". Meds: ", c.meds(c.ri(1, 3), ", "), ".\n")
    b.w("FHx: ", c.ch("mother - glaucoma", "father - macular degeneration", "neg for glaucoma/AMD"), ".\n\n")
    ladder = ["20/20", "20/25", "20/30", "20/40", "20/50", "20/70", "20/100", "20/200", "CF 3 ft"]
    sc = [c.ri(0, 8), c.ri(0, 8)]
    cc_ = [c.ri(0, min(x, 3)) for x in sc]
    b.w("VA sc:  OD ", K(ladder[sc[0]]), "   OS ", K(ladder[sc[1]]), "\n")
    b.w("VA cc:  OD ", K(ladder[cc_[0]]), "   OS ", K(ladder[cc_[1]]), "   (", K("Snellen chart"), ")\n")
    b.w("Pupils: PERRL, no APD.  EOM: full.  CVF: FTFC OU.\n")
    b.w("Color: ", K("Ishihara plates"), " ", K(f"{c.ri(10, 14)}/14"), " OU.  ", K("Amsler grid"), ": ",
        c.ch("normal OU", "metamorphopsia OS"), "\n")
    b.w("IOP (", K(c.ch("Goldmann tonometry", "iCare", "Tono-Pen")), "): OD ", K(str(c.ri(10, 26))), " OS ",
        K(str(c.ri(10, 26))), " mmHg @ ", c.time(c.ri(8, 16)), "\n")
    b.w("SLE: L/L clean; C/S white and quiet; K clear; AC deep & quiet; iris flat; lens ",
        c.ch("clear", "1+ NS", "2+ NS with trace cortical", "PCIOL centered"), " OU\n")
    b.w("DFE (", K("tropicamide 1%"), "/", K("phenylephrine 2.5%"), "): C/D ", K(f"{c.ri(2, 7) / 10:.1f}"),
        " OU, macula flat, vessels ", c.ch("WNL", "mild AV nicking", "few dot-blot hemes OS"), ", periphery flat\n")
    sph = lambda: f"{c.ch('-', '+', '-')}{c.ch('0.25', '0.75', '1.25', '2.00', '3.50')}"
    b.w("MRx: OD ", K(f"{sph()} -0.50 x {c.ri(1, 180):03d}"), "  OS ", K(f"{sph()} -0.75 x {c.ri(1, 180):03d}"),
        "  add ", K(c.ch("+1.50", "+2.00", "+2.50")), "\n\n")
    b.w("A/P:\n1. ", c.ch("Myopia/presbyopia - new Rx given.", "Nuclear sclerotic cataract OU - not visually significant yet.",
                          "Glaucoma suspect - OCT RNFL next visit.", "No diabetic retinopathy OU."), "\n")
    b.w("2. ", c.ch(["Allergic conjunctivitis - ", c.med(c.ch([d for d in DRUGS if d[0] in ("Claritin", "Zyrtec")]))],
                    ["Dry eye - artificial tears QID, warm compresses"],
                    ["Ocular hypertension - start ", c.med([d for d in DRUGS if d[0] == "Xalatan"][0])]),
        ".\n3. RTC ", K(c.ch("1 year", "6 months", "3 months")), "; may return sooner prn.\n")
    b.w("Glasses ordered through ", c.facp(shop, False), "; ", c.ch(
        [c.nm(fam, "first"), " will pick up"], "pt will pick up", ["call ", c.phone(kind="paren"), " when ready"]), ".\n")
    b.w(c.nm(od, c.ch("full", "fml")), ", OD\n")


def t_chiropractic(b, c):
    pt, dc, pcp = c.pt, c.staff(), c.staff()
    clinic = c.fac("chiro", c.addr.city)
    emp = c.fac("employer", c.addr.city)
    visit_no = c.ri(1, 14)
    mva = c.pr(0.45)
    inj = c.d0 - D(c.ri(3, 60))
    b.w(c.facp(clinic), c.ch(" - Daily SOAP Note", "\nCHIROPRACTIC PROGRESS NOTE", " | Visit note"), "\n")
    b.w("Patient: ", c.nm(pt, c.ch("full", "lf", "first_init")), "    DOB ", c.dt(c.dob, c.dob_kind()),
        "    Visit #", str(visit_no), "    Date: ", c.dt(c.d0, c.ch("mdy", "mdy_nz", "wk_md")), "\n")
    if mva:
        b.w("Claim #: ", c.idn("claim"), " (", c.ch("State Farm", "Progressive", "GEICO", "Allstate"), " PIP)    Adjuster: ",
            c.nm(c.staff(), "full"), " ", c.phone(), "\n")
    b.w("\nS: ")
    if mva:
        b.w(c.nm(pt, c.ch("first", "nick", "first")), " reports neck and mid-back pain since MVA on ",
            c.dt(inj, c.ch("mdy", "month_d", "md")), ". ", c.He, " was the restrained driver of a ",
            c.ch("2014 Honda Civic", "2019 Ford F-150", "2011 Toyota Camry", "2017 Nissan Rogue"), " (plate ",
            c.veh("plate"), ") rear-ended at ",
            P(f"{c.ch(STREETS)} {c.ch('Ave', 'St', 'Rd')} and {c.ch(STREETS)} {c.ch('Ave', 'St', 'Blvd')}", "STREET_ADDRESS"),
            " in ", c.loc(c.addr.city), ". No LOC. Seen at ", c.facp(c.hosp), " ED same day, x-rays neg.\n")
        b.w("Pain ", K(f"{c.ri(3, 9)}/10"), " with rotation; headaches ", K(c.ch("3x/week", "daily")), ".\n")
        region = "cervical"
    else:
        b.w(c.nm(pt, c.ch("first", "nick", "full")), " states low back pain ", c.dur(c.ch("days", "weeks")),
            " after lifting ", c.ch("pallets", "a patient", "drywall", "a toddler", "feed sacks"), c.ch(
                [" at work (", c.facp(emp), ")"], " at home",
                [" helping ", c.nm(c.rel(c.ch("brother", "son", "neighbor", "friend")), "first"), " move"]), ". ")
        b.w("Pain ", K(f"{c.ri(2, 9)}/10"), " this AM, ", K(f"{c.ri(1, 7)}/10"), " after last adjustment. ")
        b.w(c.ch("Radiates to L buttock, not below knee.", "No radiation, no bowel/bladder changes.",
                 "Some tingling R lateral thigh."), "\n")
        region = "lumbar"
    if c.age < 70 and c.pr(0.25):
        b.w("Social: ", c.elder(), " - frequent lifting/transfers at home.\n")
    b.w("Oswestry: ", K(f"{c.ri(8, 56)}%") if region == "lumbar" else "n/a", "   NDI: ", K(f"{c.ri(4, 40)}/50"), "\n")
    if region == "lumbar":
        b.w("O: Posture ", c.ch("antalgic lean R", "forward flexed", "WNL"), ". ROM lumbar flexion ",
            K(f"{c.ri(30, 80)} deg"), " with pain. ", K(c.ch("Kemp's test", "Yeoman's test", "Gaenslen test")), " ",
            c.ch("positive R", "negative", "equivocal"), "; ", K(c.ch("Patrick (FABER) test", "Ober test", "Thomas test")), " ",
            c.ch("positive", "negative", "+ on L"), ". SLR neg ", K(f"to {c.ri(60, 80)} deg"), ". DTRs ", K("2+"),
            " and symmetric.\n")
        b.w("Segmental dysfunction at ", c.ch("L4-L5, SI R", "L5-S1", "L3-L4, SI L"), ".\n")
        b.w("A: ", c.ch("Lumbar sprain/strain", "Lumbar segmental dysfunction with myofascial pain", "SI joint dysfunction"))
    else:
        b.w("O: Forward head posture. Cervical rotation ", K(f"{c.ri(40, 70)} deg"), " R, ", K(f"{c.ri(40, 70)} deg"),
            " L. ", K("Spurling test"), " ", c.ch("negative", "positive R"), "; ", K(c.ch("Adson test", "Hoffmann sign")),
            " negative. Hypertonic upper trapezius bilat.\n")
        b.w("Segmental dysfunction at ", c.ch("C5-C6, T4", "C2, C6-C7", "T1-T3"), ".\n")
        b.w("A: Cervical sprain, whiplash associated disorder grade ", c.ch("I", "II"))
    b.w(", ", c.ch("improving", "slowly improving", "plateaued"), ".\n")
    b.w("P: Diversified adjustment ", c.ch("L4, L5, SI", "L5-S1") if region == "lumbar" else c.ch("C5-6, T4", "C2, T-spine"),
        "; e-stim ", K(c.ch("x 15 min", "for 12 minutes")), "; moist heat; home exercise ",
        "(cat-camel, bird dog)" if region == "lumbar" else "(chin tucks, wall angels)", ". Freq ", K(c.ch("3x/week x 4 weeks", "2x/wk x 3 wks")), ".\n")
    b.w(c.ch("Pt may continue ", "OK to take "),
        c.med(c.ch([d for d in DRUGS if d[0] in ("ibuprofen", "meloxicam", "Tylenol", "Mobic")])),
        c.ch(" per PCP Dr. ", " as directed by Dr. "), c.nm(pcp, "last"), ". ", c.ch(
            "Will reassess at visit 12.", "Re-exam in 2 weeks.", "If no better, refer for MRI."), "\n")
    b.w(c.nm(dc, c.ch("full", "fml")), ", DC    ", c.dt(c.d0, "mdy"), "\n")


ACU_POINTS = L("LI4|ST36|SP6|LV3|GB20|GB34|PC6|HT7|KI3|BL23|BL40|DU20|REN6|Yintang|SJ5|LU7|Shenmen (ear)")


def t_acupuncture(b, c):
    pt, lac, md = c.pt, c.staff(), c.staff()
    clinic = c.fac("acu", c.addr.city)
    driver = c.rel(c.ch("daughter", "son", c.sp, "friend", "granddaughter"))
    sess = c.ri(2, 10)
    b.w(c.ch("ACUPUNCTURE TREATMENT NOTE", "Acupuncture / TCM Visit", "Treatment record - acupuncture"), "\n")
    b.w(c.facp(clinic), c.ch([", ", c.addr_items(c.address((c.addr.city, c.addr.state)), "noz")], ""), "\n")
    b.w("Client: ", c.nm(pt, c.ch("full", "lf", "fml")), " (", c.age_items(c.age, c.ch("yo", "Y", "y/o")), " ",
        c.sexw(True), ")    Date: ", c.dt(c.d0), "    Session ", str(sess), " of ", str(sess + c.ri(0, 6)), "\n")
    b.w("Referred by: Dr. ", c.nm(md, c.ch("full", "last")), c.ch([" (", c.facp(c.fac("clinic")), ")"], ""), "\n\n")
    cc = c.ch("chronic low back pain", "chemo-induced nausea", "knee OA pain", "insomnia", "migraine",
              "post-herpetic neuralgia", "hot flashes", "neck tension")
    b.w("Chief concern: ", cc, " ", c.dur(c.ch("months", "years"), 1, 9), ".\n")
    b.w(c.ch("Since last visit ", "Interval: "), c.nm(pt, c.ch("first", "first", "nick")), c.ch(
        " reports ", " says "), c.ch("sleeping better, ", "pain down to ", "fewer episodes, "))
    b.w(K(f"{c.ri(1, 8)}/10"), c.ch(" most days", " at worst", ""), ". Still taking ", c.med(), ". ",
        c.ch([c.nm(driver, "first"), " drove ", c.him, " today."], [c.His, " ", driver.relation, " ", c.nm(driver, "first"),
                                                                     " sat in."], "Came alone by bus."), "\n")
    b.w("Tongue: ", c.ch("pale, thin white coat", "red tip, yellow coat", "purple, scalloped edges", "pink, dry"),
        ".  Pulse: ", c.ch("wiry", "thready and weak", "slippery", "deep, slow"), ".\n")
    b.w("TCM dx: ", c.ch("Qi and blood stagnation", "Spleen qi deficiency", "Liver yang rising",
                         "Kidney yin deficiency"), "\n")
    pts = c.sample(ACU_POINTS, c.ri(4, 7))
    b.w("Points: ")
    for i, p_ in enumerate(pts):
        b.w(K(p_), c.ch(" bilat", "", " R", " L") if i < len(pts) else "")
        b.w(", " if i < len(pts) - 1 else "\n")
    nn = c.ri(8, 20)
    b.w("Needles: ", K(f"{nn} needles"), ", ", K(c.ch("0.20 x 30 mm", "0.25 x 40 mm", "34g x 1 inch")),
        ", retained ", K(c.ch("25 minutes", "30 min", "20 min")), ". ",
        c.ch(["E-stim on ", K(pts[0]), "."], ["Moxa at ", K(pts[-1]), "."], "No e-stim."))
    b.w(" All needles removed and counted (", K(f"{nn}/{nn}"),
        "). No adverse events.\n")
    if c.pr(0.8):
        b.w(c.wordline(), "\n")
    b.w("Plan: continue ", K(c.ch("1x/week", "2x/week")), " ", K(c.ch("x 4 weeks", "for 6 more sessions")),
        ". ", c.ch("Hope to taper to monthly.", "Will send progress note to Dr. ", "May add cupping."))
    b.w(c.ch([c.nm(md, "last"), "."], "", ""), "\n")
    b.w(c.nm(lac, c.ch("full", "first_init")), ", ", c.ch("LAc", "L.Ac., Dipl. OM", "DACM"), "  License ",
        c.lic("state_med"), "\n")


def t_midwife_home_birth(b, c):
    pt, mw, asst = c.pt, c.staff("F"), c.staff("F")
    partner = c.rel(c.ch("husband", "partner", "boyfriend", "wife"))
    baby_sex = c.ch("F", "M")
    baby = c.person(sex=baby_sex, culture=pt.culture, last=c.ch(pt.last, partner.last), nick_p=0)
    while baby.first == pt.first:
        baby = c.person(sex=baby_sex, culture=pt.culture, last=baby.last, nick_p=0)
    ped = c.staff()
    g = c.ri(0, 4)
    kind = c.ch("mil", "colon", "ampm")
    # labor: onset the day before d0 evening, birth early d0
    t_on, t_rom, t_arr, t_full, t_birth, t_plac, t_leave = c.tseq(7, day=(20, 23), gap=(60, 160), kind=kind, wrap=True)
    b.w(c.ch("HOME BIRTH RECORD", "Planned Home Birth - Labor & Delivery Summary", "Midwifery Birth Summary"), "\n")
    b.w("Client: ", c.nm(pt, c.ch("full", "lf")), "    ", c.age_items(c.age, c.ch("age", "y/o")), "    G", str(g + 1),
        "P", str(g + 1), "    EDD ", c.dt(c.d0 + D(c.ri(-10, 12)), c.ch("mdy", "md")), "\n")
    if c.pr(0.4):
        b.w("Medicaid ID: ", c.hpn(), "\n")
    b.w("Birth location: client home, ", c.addr_items(style=c.ch("line", "noz")), "\n")
    b.w("Backup hospital: ", c.facp(c.hosp), " (", K(c.ch("14 minutes", "22 min", "9 minutes")),
        " by car); transport plan reviewed\n")
    b.w("Midwife: ", c.nm(mw, c.ch("full", "fml")), ", ", c.ch("CPM", "CNM", "LM, CPM"), "    Assistant: ",
        c.nm(asst, c.ch("full", "first")), c.ch(", student midwife", ", RN", ""), "\n\n")
    b.w("LABOR\n")
    b.w("Onset of regular ctx ", c.dt(c.d0 - D(1), c.ch("mdy", "md", "ord_of", "wk_month_d")), " ~", t_on, ". ",
        c.ch("SROM", "AROM declined; SROM"), " at ", t_rom, ", fluid clear. ")
    b.w("Midwife arrived ", t_arr, ", cervix ", K(f"{c.ri(4, 7)} cm"), "/", K("90%"), "/", K("-1"), ". FHT ",
        K(f"{c.ri(120, 150)} bpm"), " by ", K("Doppler"), " q15-30 min, accels present. Maternal vitals ",
        c.vitals(which=("bp", "hr", "t"), o2=False), ".\n")
    b.w(c.nm(partner, c.ch("first", "first", "nick")), " supportive, provided counter-pressure. Labored in tub ",
        K(c.ch("for 2 hours", "for about 90 minutes", "x 3 hrs")), ". Complete at ", t_full, ", pushed ",
        K(c.ch("for 35 minutes", "x 1 hr 10 min", "for 18 min")), ".\n\n")
    b.w("BIRTH\n")
    b.w("Live ", "girl" if baby_sex == "F" else "boy", " born ", c.dt(c.d0, c.ch("mdy", "month_d_y", "ord_of", "d_month_y")),
        " at ", t_birth, " in water, ", c.ch("LOA", "ROA", "OA"), ". ", K(f"Apgar {c.ri(6, 9)} and {c.ri(8, 10)}"),
        ". Weight ", K(f"{c.ri(2700, 4300)} g"), ", length ", K(f"{c.rf(18.0, 21.5)} in"), ", HC ",
        K(f"{c.rf(32.5, 36.0)} cm"), ".\n")
    b.w("Baby named ", c.nm(baby, c.ch("fmiddle", "full", "first")), ". Cord clamped after pulsing stopped; ",
        c.nm(partner, "first"), " cut the cord. Placenta delivered intact ", t_plac, ", ", K(c.ch("Schultze", "Duncan")),
        " presentation. EBL ", K(f"{c.ri(150, 600)} mL"), ". ", c.ch(
            "1st degree tear, no repair needed.", "Intact perineum.",
            ["2nd degree laceration repaired with ", K("3-0 Vicryl"), "."]), "\n")
    b.w("Newborn: ", K("vitamin K 1 mg IM"), c.ch(" given", " declined by parents"), "; ", K("erythromycin ointment"),
        c.ch(" given", " declined"), ". Breastfed within the first hour, good latch.\n\n")
    b.w("Postpartum checks: fundus firm at U-1, lochia mod. Midwife left ", t_leave, ". Follow-up visit ",
        c.dt(c.d0 + D(1), c.ch("md", "mon_d", "wk_md")), " and day 3 PKU/CCHD screen. Newborn to see Dr. ",
        c.nm(ped, c.ch("last", "full")), " at ", c.facp(c.fac("clinic")), ".\n")
    b.w("Birth certificate worksheet given to ", c.nm(pt, "first"), ". Midwife cell ", c.phone(), "\n")
    if c.pr(0.4):
        b.w("Postpartum resources: ", c.url(c.fac("birth_center", c.addr.city)), "\n")
    b.w(c.sign(mw, c.ch("CPM", "CNM"), c.d0, time=False), "\n")


HAZARDS = [("Hurricane", "storm surge flooding"), ("Flood", "river flooding"), ("Wildfire", "wildfire evacuation"),
           ("Tornado", "tornado damage"), ("Winter storm", "power outage and freezing temperatures"),
           ("Chemical release", "shelter-in-place order lifted")]


def t_disaster_shelter(b, c):
    pt, rn, cw = c.pt, c.staff(), c.staff()
    sh = c.fac("shelter", c.addr.city)
    mth = c.d0.month
    hz = [("Flood", "river flooding"), ("Chemical release", "a shelter-in-place order"), ("Apartment fire", "a building fire")]
    if 6 <= mth <= 11:
        hz += [("Hurricane", "storm surge flooding"), ("Wildfire", "wildfire evacuation orders")]
    if mth in (11, 12, 1, 2, 3):
        hz += [("Winter storm", "power outage and freezing temperatures")]
    if 3 <= mth <= 7:
        hz += [("Tornado", "tornado damage to the home")]
    haz, why = c.ch(hz)
    pharm = c.fac("pharmacy", c.addr.city)
    b.w(c.facp(sh), " - ", c.ch("Red Cross Shelter Health Services Intake", "EMERGENCY SHELTER MEDICAL INTAKE",
                                "Shelter Nursing Intake (DHS/DMH)"), "\n")
    b.w("Event: ", haz, " ", c.ch(["(", c.loc(c.addr.county), ")"], ["- ", c.loc(c.addr.county)], ""),
        "    Intake date/time: ", c.dt(c.d0, c.ch("mdy", "md")), " ", c.time(), "\n")
    b.w("Area: ", c.ch("general cots", "medical cots", "family area"), "    FEMA reg #: ", c.idn("fema"), "\n\n")
    b.w("Name: ", c.nm(pt, c.ch("full", "LF", "lf")), "    DOB ", c.dt(c.dob, c.dob_kind()), "    Age ",
        c.age_bare(c.age), "\n")
    b.w("Pre-disaster address: ", c.addr_items(), "\n")
    if c.pr(0.45):
        b.w("Medicaid ID: ", c.hpn(), "    SSN last 4: ", c.ssn("last4"), "\n")
    b.w("Contact: ", c.phone(), c.ch([" (cell, ", c.ch("no charger", "cracked screen", "works"), ")"], ""), "\n")
    b.w("Household members in shelter:\n")
    rels = ["neighbor", "wife" if c.sex == "M" else "husband"]
    if c.age >= 36:
        rels += ["daughter", "son"]
    if c.age >= 50:
        rels += ["grandson", "granddaughter"]
    if c.age <= 72:
        rels += ["mother", "father"]
    rels += ["nephew", "niece", "sister", "brother"]
    for rel in c.sample(rels, c.ri(1, 4)):
        m = c.rel(rel)
        if rel in ("mother", "father"):
            a = c.age90() if c.age >= 62 and c.pr(0.6) else c.ri(min(89, c.age + 17), min(89, c.age + 35))
        elif rel in ("daughter", "son"):
            a = c.ri(1, max(2, c.age - 18))
        elif rel in ("grandson", "granddaughter"):
            a = c.ri(1, max(2, c.age - 38))
        elif rel in ("wife", "husband", "sister", "brother"):
            a = c.age90() if c.age >= 88 and c.pr(0.5) else c.ri(max(18, c.age - 10), min(89, c.age + 10))
        else:
            a = c.ri(3, 85)
        extra = ""
        if a >= 70:
            extra = c.ch("", [", uses ", c.ch("walker", "wheelchair", "cane")], ", hard of hearing", ", dementia")
        elif a < 12:
            extra = c.ch("", ", has asthma", ", needs formula" if a < 2 else ", on ADHD meds")
        elif m.sex == "F" and 18 <= a <= 40:
            extra = c.ch("", ", pregnant ~20 wks")
        b.w("  - ", c.nm(m, c.ch("full", "first", "full")), ", ", rel, ", ", c.age_items(a, c.ch("age", "Y", "y/o", "yo_hyph")),
            extra, "\n")
    b.w("\nEvacuated ", c.ch("by boat", ["by bus from the ", c.facp(c.fac("school", c.addr.city)), " staging area"],
                            "in own vehicle", "by neighbors"), " due to ", why, ". ")
    b.w("Left behind: ", c.ch("all medications", "insulin and glucometer", "CPAP", "oxygen concentrator", "eyeglasses"), ".\n")
    b.w("PMH: ", c.pmh(c.ri(2, 4), c.ch(0, 1)), "\n")
    b.w("Meds (per pt/bottles): ", c.meds(c.ri(2, 4), "; "), "\n")
    b.w("Usual pharmacy: ", c.facp(pharm), " ", c.phone(), c.ch(["; last fill ", c.dt(c.d0 - D(c.ri(3, 40)), "md")], ""), "\n")
    b.w("Vitals: ", c.vitals(which=("bp", "hr", "spo2", "glucose")), "\n")
    if c.pr(0.4):
        b.w("Home O2 ", K(f"{c.ri(1, 4)} L"), " via concentrator SN ", c.dev(), " (loaner from ",
            c.ch("Lincare", "Apria", "AdaptHealth"), ")\n")
    if c.pr(0.8):
        b.w(c.wordline(), "\n")
    b.w("Needs: ", c.ch("replacement meds - called pharmacy, ", "dialysis chair Tue/Thu/Sat - ", "special diet - ",
                        "quiet area for pt with dementia - "), c.ch("done.", "pending.", "referred to DMH."), "\n")
    b.w("Functional/access: ", c.ch("independent", "needs help with transfers", "Deaf - uses ASL",
                                    ["limited English - speaks ", c.ch(CULT_LANG.get(pt.culture, LANGS))]), ".\n")
    b.w("Disposition: ", c.ch("general population.", "medical cot area.", ["transferred to ", c.facp(c.hosp), "."],
                              ["needs higher level - EMS to ", c.facp(c.hosp, True), "."]), "\n")
    b.w("Caseworker: ", c.nm(cw, c.ch("full", "first")), " ", c.ch(["cell ", c.phone()], ["ext ", c.ext()]), "\n")
    b.w("Nurse: ", c.nm(rn, c.ch("full", "init_last", "fml")), ", RN (", c.ch("ARC DHS volunteer", "MRC", "county RN"), ")\n")
    if c.pr(0.3):
        b.w("Vehicle in lot: ", c.ch("gray", "red", "white"), " ", c.ch("Chevy Malibu", "Dodge Caravan", "Toyota Corolla"),
            ", plate ", c.veh("plate"), "\n")


def t_employee_health(b, c):
    pt, rn, sup, src_doc = c.pt, c.staff(), c.staff(), c.staff()
    site = c.fac("hospital", c.addr.city) if c.pr(0.6) else c.fac("nursing", c.addr.city)
    dept = c.ch("4 North Med-Surg", "Environmental Services", "Dietary", "ED", "Lab - phlebotomy", "OR", "Security",
                "Transport", "Memory Care unit")
    kind = c.ch("annual", "exposure", "preplacement", "exposure")
    b.w(c.ch("EMPLOYEE HEALTH", "Employee Health Services", "OCCUPATIONAL/EMPLOYEE HEALTH VISIT"), " - ", c.facp(site), "\n")
    b.w("Employee: ", c.nm(pt, c.ch("full", "LF", "lf")), "    Emp ID: ", c.idn("employee"), "    Dept: ", dept, "\n")
    if c.pr(0.4):
        b.w("SSN (last 4): ", c.ssn("last4"), "\n")
    b.w("DOB: ", c.dt(c.dob, c.dob_kind()), "    Visit: ", c.dt(c.d0), " ", c.time() if kind == "exposure" else c.time(c.ri(7, 16)),
        "    Supervisor: ",
        c.nm(sup, c.ch("full", "init_last", "lf")), c.ch([" x", c.ext()], ""), "\n\n")
    if kind == "exposure":
        src_mrn = c.mrn()
        b.w("REASON: blood/body fluid exposure\n")
        b.w(c.nm(pt, c.ch("first", "first", "nick")), " sustained a ", c.ch("needlestick (hollow-bore 25g) to L index finger",
                                                                         "splash to R eye", "scalpel laceration to thumb"),
            " at ", c.time(), " while ", c.ch("recapping after SQ heparin", "cleaning up after a procedure",
                                             "disposing of sharps"), " in a patient room on ", dept, ".\n")
        b.w("Washed ", K(c.ch("x 5 min", "for 10 minutes")), " with soap/water", c.ch(" and flushed with saline", ""), ". Reported to charge nurse ",
            c.nm(c.staff(), "first"), " immediately.\n")
        b.w("Source pt MRN ", src_mrn, " (Dr. ", c.nm(src_doc, "last"), " notified): HIV Ag/Ab ", c.ch("nonreactive", "pending"),
            ", HBsAg neg, HCV Ab ", c.ch("neg", "reactive - RNA pending"), ".\n")
        b.w("Employee: Hep B vaccinated, anti-HBs ", K(f"{c.ri(12, 900)} mIU/mL"), " (", c.dt(c.d0 - D(c.ri(200, 2000)), "month_y"),
            "). Baseline HIV/HBV/HCV drawn.\n")
        b.w("PEP: ", c.ch("not indicated per risk assessment", [K("Biktarvy"), " ", K("1 tab"), " daily ", K("x 28 days"),
                                                                " started at ", c.time()]), ". Follow-up labs ",
            K(c.ch("at 6 weeks and 4 months", "at 6 wks, 3 mo, 6 mo")), ". ",
            c.ch("Call Employee Health prn.", "Counseled re: safe sex, no blood donation."), "\n")
    else:
        b.w("REASON: ", kind, " ", c.ch("TB screening / fit test / immunization review", "health screening"), "\n")
        b.w("TB: ", c.ch([K("Mantoux test"), " (PPD) placed ", c.dt(c.d0, "md"), " L forearm, read ",
                          c.dt(c.d0 + D(2), c.ch("md", "wk_md")), ": ", K(f"{c.ch(0, 0, 0, 4, 12)} mm"), " induration"],
                         [K("QuantiFERON-TB Gold Plus"), ": negative"]), "\n")
        b.w("Symptom screen: no cough ", K("> 3 weeks"), ", no night sweats, no wt loss.\n")
        b.w("N95 fit test: ", c.ch("3M 1870+", "3M 8210", "Halyard Fluidshield", "Moldex 1511"), " size ",
            c.ch("regular", "small"), " - ", c.ch("PASS", "PASS", "FAIL, refit with PAPR"), " (", K("Bitrex"), " qualitative)\n")
        b.w("Immunizations: MMR x2 documented; varicella titer ", c.ch("immune", "non-immune - vaccine #1 given"),
            "; Tdap ", c.dt(c.d0 - D(c.ri(100, 3000)), c.ch("mdy", "month_y")), "; flu ", c.ch("given today", "declined - mask policy"),
            ".\n")
        b.w("Vitals: ", c.vitals(which=("bp", "hr")), "\n")
        b.w("Cleared for duty: ", c.ch("Yes", "Yes - no restrictions", "Yes, pending titer"), ".\n")
    if c.age < 70 and c.pr(0.3):
        b.w("Social: ", c.elder(), "; requests day shift.\n")
    b.w("\nForm routed to ", c.ch("HR", "Infection Prevention", "Workers' Comp"), " (", c.email(c.staff(), slug(site.name)[:14] + ".org"),
        ")\n")
    b.w(c.nm(rn, c.ch("full", "init_last")), ", RN, COHN-S    ", c.ch(["ext. ", c.ext()], c.phone()), "\n")


def t_flight_medicine(b, c):
    pt, frn, fmed, pilot, rdoc, sdoc = c.pt, c.staff(), c.staff(), c.staff(), c.staff(), c.staff()
    base = c.fac("airbase", c.addr.city)
    send = c.fac("hospital", c.addr.city)
    recv = c.fac("hospital", c.city()[0])
    dx, given, (drip, rate) = c.ch(FLIGHT_SCEN)
    tp, tl, tb, td, trep, ta, trpt = c.tseq(7, gap=(3, 35), kind=c.ch("mil", "colon"))
    b.w(c.ch("AIR MEDICAL TRANSPORT RECORD", "Flight Nursing Patient Care Record", "HEMS PCR"), " - ", c.facp(base), "\n")
    b.w("Date: ", c.dt(c.d0, c.ch("mdy", "iso", "dmony")), "    Aircraft: ", c.ch("EC135", "Bell 407", "AW109", "King Air B200"),
        " tail ", c.veh("tail"), "    Mission #: ", c.idn("generic"), "\n")
    b.w("Crew: ", c.nm(frn, c.ch("full", "init_last")), ", RN, CFRN / ", c.nm(fmed, c.ch("full", "init_last")), ", FP-C / pilot ",
        c.nm(pilot, c.ch("last", "full")), "\n")
    b.w("Times: page ", tp, "  lift ", tl, "  at bedside ", tb, "  depart ", td, "  arrive ", ta, "\n")
    b.w("Sending: ", c.facp(send), ", ", c.loc(c.addr.city), "    Receiving: ", c.facp(recv),
        c.ch(" helipad", [" via LZ at ", c.facp(c.fac("school", c.addr.city)), " ballfield"], ""), "\n\n")
    b.w("Pt: ", c.nm(pt, c.ch("LF", "full", "lf")), ", ", c.age_items(c.age, c.ch("yo", "Y", "y/o")), " ", c.sexw(True),
        ", est wt ", K(f"{c.ri(50, 140)} kg"), ", MRN (sending) ", c.mrn(), "\n")
    b.w("Dx: ", dx, "\n")
    if c.pr(0.4):
        b.w("Billing acct: ", c.acct(), "\n")
    b.w("HPI: Per sending physician Dr. ", c.nm(sdoc, c.ch("last", "full")), ", pt presented ", c.dur("hours", 1, 6),
        " after onset. Given ")
    for i, (g, d) in enumerate(given):
        b.w(K(g), " ", K(d), " and " if i < len(given) - 1 else "")
    b.w(" prior to our arrival.\n")
    intub = c.pr(0.35)
    b.w("Initial assessment: ", c.vitals(which=("bp", "hr", "rr", "spo2") if intub else ("bp", "hr", "rr", "spo2", "gcs")),
        ". ", "Intubated by sending with 7.5 ETT 23 cm at teeth; " if intub else c.ch("Airway patent; ", "NRB in place; "), c.ch(
        "bilateral BS, +EtCO2 ", "lungs coarse bilat, EtCO2 "), K(f"{c.ri(28, 48)} mmHg"), ".\n")
    b.w("En route: ", K(drip), " ", K(rate), "; repeat ", c.bp(), " at ", trep, ". ", c.ch(
        "No changes in condition.", ["Brief brady to 40s, resolved with ", K("atropine"), " ", K("1 mg"), "."],
        "Pt tolerated flight well."), "\n")
    fam = c.rel(c.ch(c.sp, "daughter", "son") if c.age >= 42 else c.ch(c.sp, "mother", "father", "sister"))
    b.w("Family: ", fam.relation, " ", c.nm(fam, c.ch("first", "full")),
        " driving to receiving, given address and unit phone ", c.phone(), ".\n")
    if c.pr(0.4):
        b.w("Equipment: ", c.ch("Hamilton T1 vent", "Alaris pump", "Zoll X Series monitor"), " SN ", c.dev(), "\n")
    b.w("Report given to Dr. ", c.nm(rdoc, c.ch("last", "full")), " at ", trpt, ". Care transferred.\n")
    b.w(c.sign(frn, "RN, CFRN", c.d0, prefix=c.ch("Signed: ", "-- ")), "\n")


def t_cruise_infirmary(b, c):
    pt, doc, nurse = c.pt, c.staff(), c.staff()
    ship = c.fac("ship")
    comp = c.rel(c.ch(c.sp, "daughter", "friend", "sister", "partner"))
    port = c.ch(FOREIGN_PORTS)
    dk = c.ch(["dmy", "d_mon_y", "mdy", "dmony"])
    b.w(c.ch("MEDICAL CENTRE", "SHIP'S INFIRMARY", "Medical Center"), " - ", c.facp(ship), "\n")
    b.w("Voyage: ", c.ch("7-night Western Caribbean", "10-night Alaska", "5-night Bahamas", "14-night Panama Canal"),
        "    Date: ", c.dt(c.d0, dk), "    Time: ", c.time(kind="colon"), "\n")
    b.w("Guest: ", c.nm(pt, c.ch("LF", "lf", "full")), "    Deck ", str(c.ri(3, 14)), "    Folio #: ", c.acct(), "\n")
    b.w("DOB: ", c.dt(c.dob, c.ch("dmy", "d_mon_y", "mdy")), " (", c.age_items(c.age, c.ch("age", "y/o")), ")    Nationality: USA    Home: ",
        c.loc(c.addr.city), ", ", c.addr.state, "\n")
    b.w("Travelling with: ", c.nm(comp, c.ch("full", "first")), " (", comp.relation, ")\n\n")
    cc = c.ch("vomiting and diarrhea", "fall on pool deck", "chest pain", "seasickness", "dizziness", "sunburn with blisters")
    b.w("Presenting complaint: ", cc, " ", c.dur(c.ch("hours", "days"), 1, 3), ".\n")
    if "vomiting" in cc:
        b.w("Onset after dinner in main dining room. ", K(f"{c.ri(4, 11)} episodes"), " emesis, watery stools. ",
            c.ch("Cabin mate also ill.", "No sick contacts.", "Several guests on deck 9 affected."), " Suspected ",
            K("norovirus"), ". Isolation in cabin ", K(c.ch("x 24 hours", "for 48 hours after last symptom")),
            " per outbreak protocol; housekeeping notified.\n")
    elif "fall" in cc:
        b.w("Slipped on wet deck at ", c.time(), ", landed on R wrist. Tender distal radius, no snuffbox tenderness. ",
            K("Ottawa ankle rules"), " n/a. Splinted; ", c.ch("X-ray unavailable onboard", "portable X-ray: nondisplaced fx"),
            ".\n")
    else:
        b.w("Vitals ", c.vitals(), ". ECG ", c.ch("NSR, no acute ST changes", "AF with RVR 130s", "sinus tach"), ". ",
            c.ch(["Troponin (i-STAT) ", c.lab("troponin"), "."], "Orthostatics positive.", ""), "\n")
    b.w("PMH: ", c.pmh(c.ri(1, 3), c.ch(0, 1)), ". Meds: ", c.meds(c.ri(1, 3), ", "), ". NKDA.\n")
    txd = {"vomiting and diarrhea": ("Zofran", "Imodium"), "seasickness": ("Dramamine", "scopolamine patch"),
           "dizziness": ("Dramamine", "scopolamine patch"), "fall on pool deck": ("Tylenol", "ibuprofen"),
           "sunburn with blisters": ("Tylenol", "ibuprofen"), "chest pain": ("aspirin", "aspirin")}[cc]
    b.w("Tx: ", c.med(c.ch([d for d in DRUGS if d[0] in txd])),
        c.ch("; IV NS 1 L", "; oral rehydration", "") if cc in ("vomiting and diarrhea", "dizziness") else "",
        "; monitored, ECG repeated" if cc == "chest pain" else "", ".\n")
    b.w("Plan: ", c.ch(["medical disembarkation at ", P(port, "LOCATION"), " - port agent to arrange transfer to local hospital"],
                       ["follow-up in infirmary ", c.dt(c.d0 + D(1), c.ch("dmy", "d_mon_y", "mon_d"))],
                       "rest in cabin, return if worse"), ". ")
    b.w("Family ashore notified by email (", c.email(c.rel(c.ch("son", "daughter"))), ") at guest request.\n")
    b.w("Charges posted to folio. Travel insurance: ", c.ch(["Allianz policy ", c.idn("generic")],
                                                             ["Travel Guard policy ", c.idn("generic")], "none"), "\n")
    b.w("Ship's Physician: Dr. ", c.nm(doc, c.ch("full", "fml")), "    Nurse: ", c.nm(nurse, c.ch("first", "full")), "\n")


def t_military_sick_call(b, c):
    pt, medic, pa, sgt = c.pt, c.staff(), c.staff(), c.staff()
    base = c.fac("base")
    rank = c.ch("PVT", "PFC", "SPC", "SGT", "SSG", "CPL", "LCpl", "HM3", "SrA", "2LT", "1LT", "SSgt")
    b.w(c.ch("SICK CALL SCREENING NOTE (SF 600)", "BAS Sick Call", "TROOP MEDICAL CLINIC - Acute Visit"), "\n")
    b.w("Location: ", c.facp(base), " ", c.ch("Battalion Aid Station", "TMC 3", "Aid Station", "clinic"), "\n")
    b.w("SM: ", rank, " ", c.nm(pt, c.ch("LF", "lf", "LFC", "full")), "    DoD ID: ", c.idn("dodid"), "    Age ",
        c.age_bare(c.age), "\n")
    b.w("Date: ", c.dt(c.d0, c.ch("dmony", "d_month_y", "iso", "compact")), "  ", c.time(kind="mil"), "\n")
    b.w("Screened by: ", c.ch("HM3 ", "SPC ", "SGT ", "PFC "), c.nm(medic, c.ch("last", "LF", "init_last")), ", ",
        c.ch("68W", "HM", "medic"), "\n\n")
    cc = c.ch("ankle injury", "URI symptoms", "low back pain", "blisters", "knee pain", "rash on arms")
    b.w("S: ", rank, " ", c.nm(pt, "last"), " c/o ", cc, " ", c.dur(c.ch("days", "hours")), c.ch(
        " after ruck march (12 mi).", " after PT.", " during field exercise.", "."), " Pain ", K(f"{c.ri(2, 8)}/10"), ". ",
        c.ch("Denies numbness.", ["Took ", K("Motrin"), " with some relief."], "Roommate has same sx."), "\n")
    b.w("O: ", c.vitals(which=("bp", "hr", "t", "spo2")), ". ")
    if cc == "ankle injury":
        b.w("Swelling over ATFL, TTP lateral malleolus tip negative. ", K("Ottawa ankle rules"), " negative. ",
            K("Thompson test"), " neg. Ambulatory with limp.\n")
        a_, pl = "R ankle sprain, grade I", ["RICE, ace wrap, ", K("ibuprofen"), " ", K("800 mg"), " TID ", K("x 5 days")]
    elif cc == "URI symptoms":
        b.w("Pharynx erythematous, no exudate, TMs clear, lungs CTA. Rapid strep neg, COVID neg.\n")
        a_, pl = "viral URI", [K("Sudafed"), " ", K("60 mg"), " q6h prn, fluids, ", K("Tylenol"), " prn"]
    elif cc == "low back pain":
        b.w("Paraspinal TTP L4-5, SLR neg bilat, neuro intact, ", K("Patrick (FABER) test"), " neg.\n")
        a_, pl = "mechanical LBP", [K("cyclobenzaprine"), " ", K("5 mg"), " qhs, ", K("naproxen"), " ", K("500 mg"), " BID"]
    else:
        b.w("Findings c/w ", c.ch("friction blisters bilat heels", "patellofemoral syndrome", "contact dermatitis"),
            ". NV intact.\n")
        a_, pl = cc, ["moleskin/2nd skin, ", K("Medrol Dosepak"), " if rash", ""]
    b.w("A: ", a_, "\nP: ", pl, ".\n")
    b.w("Profile: ", c.ch(["no running/jumping/marching ", K("x 7 days"), ", may walk at own pace/distance"],
                          ["quarters ", K("x 24 hours")], "RTD without limitations", ["light duty ", K("x 3 days")]), ".\n")
    b.w("Seen by ", c.ch("CPT ", "MAJ ", "LT ", "1LT "), c.nm(pa, c.ch("full", "last", "LF")), ", ", c.ch("PA-C", "MD", "DO"),
        "; ", c.ch("1SG", "PSG", "Chief"), " ", c.nm(sgt, "last"), " notified", c.ch(
            [" (", c.phone(), ")"], [" via ", c.email(sgt, "army.mil")], ""), ".\n")
    b.w("F/U: sick call prn or ", c.dt(c.d0 + D(c.ri(3, 10)), c.ch("dmony", "d_mon_y", "md")), " if not improved.\n")


def t_sports_physical(b, c):
    pt, doc, at_ = c.pt, c.staff(), c.staff()
    par = c.rel(c.ch("mother", "father", "grandmother", "aunt"))
    school = c.fac("school", c.addr.city)
    sport = c.ch("soccer", "football", "volleyball", "cross country", "wrestling", "basketball", "softball", "swim",
                 "track", "cheer")
    b.w(c.ch("PREPARTICIPATION PHYSICAL EVALUATION", "Sports Physical (PPE) - History & Physical Form",
             "ATHLETIC PRE-PARTICIPATION EXAM"), "\n")
    b.w("Name: ", c.nm(pt, c.ch("full", "lf", "LF")), "    DOB: ", c.dt(c.dob, c.dob_kind()), "    Age: ", c.age_bare(c.age),
        "    Grade: ", str(min(12, max(6, c.age - 5))), "\n")
    b.w("School: ", c.facp(school), "    Sport(s): ", sport, c.ch(", track", "", ""), "\n")
    b.w("Parent/guardian: ", c.nm(par, c.ch("full", "first")), " (", par.relation, ")  ", c.phone(), "\n")
    b.w("Exam date: ", c.dt(c.d0), "\n\n")
    b.w("HISTORY (reviewed with athlete and ", par.relation, ")\n")
    b.w("- Ever passed out during exercise? ", c.ch("No", "No", ["Yes - once at practice, ", c.dt(c.d0 - D(c.ri(30, 300)), "month_y"),
                                                                 ", attributed to heat"], "No"), "\n")
    b.w("- Chest pain with exercise? No\n")
    fhx_age = c.ri(34, 49)
    b.w("- Family hx sudden death before ", K("age 50"), "? ", c.ch(
        ["Yes - paternal uncle died suddenly at ", K(str(fhx_age)), ", cause unknown"], "No", "No",
        ["great-grandfather d. at ", c.age_bare(c.age90()), " (not sudden)"]), "\n")
    b.w("- Concussion hx: ", c.ch("none", ["1 concussion ", c.dt(c.d0 - D(c.ri(200, 900)), "month_y"), ", symptoms ",
                                           c.dur("days", 3, 14), ", cleared by Dr. ", c.nm(c.staff(), "last")]), "\n")
    b.w("- Asthma: ", c.ch(["yes - uses ", c.med([d for d in DRUGS if d[0] == "albuterol HFA"][0]), " before practice"], "no"), "\n")
    b.w("- Menstrual hx: " if c.sex == "F" else "- Testicular hx: ", c.ch("regular", "n/a", "normal"), "\n\n")
    b.w("EXAM\n")
    b.w("Ht ", K(f"{c.ri(58, 74)} in"), "  Wt ", K(f"{c.ri(90, 230)} lb"), "  ", K(f"BP {c.ri(100, 138)}/{c.ri(58, 86)}"),
        " (repeat ", K(f"{c.ri(100, 128)}/{c.ri(58, 80)}"), ")  ",
        K(f"HR {c.ri(52, 98)}"), "\n")
    b.w("Vision: R ", K(c.ch("20/20", "20/25", "20/40")), " L ", K(c.ch("20/20", "20/30")), c.ch(" corrected", ""), "\n")
    b.w(K("Marfan"), " stigmata: ", c.ch("none", "none", "tall, arm span > height - echo ordered"), ". ", K(f"Tanner stage {c.ri(3, 5)}"),
        ".\n")
    b.w("Heart: RRR, no murmur supine/standing/", K("Valsalva maneuver"), ". Pulses 2+ femoral.\n")
    b.w("MSK: duck walk normal, ", K(c.ch("Lachman test", "McMurray test", "Apley scratch test")), " negative, full ROM.\n")
    b.w("Neuro: ", c.ch("normal", "normal, SCAT6 baseline done"), "\n\n")
    b.w("CLEARANCE: ", c.ch("Cleared for all sports without restriction",
                            "Cleared after completing evaluation for echo",
                            "Cleared with recommendations: use inhaler pre-exercise",
                            ["Not cleared pending cardiology (Dr. ", c.nm(c.staff(), "last"), ", ", c.facp(c.hosp), ")"]))
    if c.pr(0.4):
        b.w("\nUpload completed form to ", c.url(school))
    b.w("\nAthletic trainer: ", c.nm(at_, c.ch("full", "first_init")), ", ATC ", c.email(at_, slug(school.name)[:12] + ".k12.us"), "\n")
    b.w("Examiner: ", c.nm(doc, c.ch("full", "fml")), ", ", c.ch("MD", "DO", "PA-C", "FNP-C"), "   Date ", c.dt(c.d0, "mdy"),
        "   Office phone ", c.phone(), "\n")


def t_dot_physical(b, c):
    pt, ex = c.pt, c.staff()
    emp = c.fac("employer", c.addr.city)
    occ = c.fac("occ", c.addr.city)
    b.w(c.ch("MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION (MCSA-5875)",
             "DOT / CDL Physical Exam", "FMCSA Driver Medical Exam"), "\n", c.facp(occ), "\n\n")
    b.w("Driver: ", c.nm(pt, c.ch("LF", "full", "lfm")), "    DOB ", c.dt(c.dob, c.dob_kind()), "    Age ", c.age_bare(c.age), "\n")
    b.w("Address: ", c.addr_items(), "\n")
    b.w("Phone: ", c.phone(), "    Email: ", c.email(pt), "\n")
    b.w("Driver license #: ", c.lic("dl"), "    Issuing state: ", c.addr.state, "    CDL class ", c.ch("A", "B"), "\n")
    if c.pr(0.35):
        b.w("SSN: ", c.ssn(), "\n")
    b.w("Employer: ", c.facp(emp), c.ch([", ", c.loc(c.addr.city)], ""), "\n")
    if c.pr(0.5):
        b.w("Assigned unit: tractor VIN ", c.veh("vin"), ", plate ", c.veh("plate"), "\n")
    b.w("Exam type: ", c.ch("recertification", "new certification", "follow-up"), "    Date: ", c.dt(c.d0), "\n\n")
    b.w("HEALTH HISTORY (driver-completed, reviewed)\n")
    b.w("Yes to: ", c.ch(["high blood pressure; meds: ", c.med([d for d in DRUGS if d[0] == "lisinopril"][0])],
                         ["diabetes (oral meds); meds: ", c.med([d for d in DRUGS if d[0] == "metformin"][0])],
                         "sleep disorder - on CPAP", "back surgery", "none"), "\n")
    b.w("CPAP compliance report: ", c.ch(["usage ", K(f"{c.ri(70, 99)}%"), " of nights ", K(">= 4 hours"), ", device SN ", c.dev()], "n/a"), "\n\n")
    b.w("EXAM\n")
    b.w("Vision: R ", K("20/" + c.ch("20", "25", "30", "40")), " L ", K("20/" + c.ch("20", "25", "30")), " both ", K("20/20"),
        " ", c.ch("uncorrected", "with correction"), "; horizontal field ", K(f"{c.ri(70, 90)} deg"), " each eye; color: can recognize red/green/amber.\n")
    b.w("Hearing: forced whisper ", K(c.ch("at 5 feet", ">= 5 ft")), " R and L.\n")
    b.w(c.bp(), "  ", K(f"pulse {c.ri(56, 96)}"), "  ", K(f"ht {c.ri(62, 76)} in"), "  ", K(f"wt {c.ri(140, 340)} lb"), "\n")
    b.w("UA: SG ", K(f"{c.ch('1.010', '1.015', '1.020', '1.025')}"), ", protein ", c.ch("neg", "trace"), ", blood neg, sugar ",
        c.ch("neg", "neg", "1+"), "\n")
    b.w("Exam: ", c.ch("normal except obesity", "normal except decreased ROM L shoulder",
                       "normal except healed amputation L 5th finger (SPE not needed)", "normal"), ".\n\n")
    cert = c.ch("2 years", "1 year", "3 months", "1 year")
    b.w("DETERMINATION: Meets standards in 49 CFR 391.41; qualifies for ", K(cert), " certificate", c.ch(
        "", " - wearing corrective lenses", " - monitor BP"), ". Expires ", c.dt(c.d0 + D(365 if cert == "1 year" else 90 if cert == "3 months" else 730), "mdy"), ".\n")
    b.w("Medical Examiner: ", c.nm(ex, c.ch("full", "fml")), ", ", c.ch("DC", "MD", "NP", "PA-C", "DO"), "\n")
    b.w("National Registry #: ", c.lic("nrcme"), "    State license #: ", c.lic("state_med"), "    Phone: ", c.phone(), "\n")


def t_immigration_medical(b, c):
    pt, cs, interp = c.pt, c.staff(), c.staff()
    cob = c.ch(CULT_COUNTRY.get(pt.culture, COUNTRIES))
    clinic = c.fac("clinic", c.addr.city)
    b.w(c.ch("Report of Immigration Medical Examination (I-693) - Civil Surgeon Worksheet",
             "IMMIGRATION MEDICAL EXAM", "Civil Surgeon Exam Notes - Adjustment of Status"), "\n")
    b.w("Applicant: ", c.nm(pt, c.ch("LF", "lfm", "full")), "    DOB ", c.dt(c.dob, c.ch("mdy", "iso", "d_mon_y")), "    Age ",
        c.age_bare(c.age), "    Sex ", c.sexw(True), "\n")
    b.w("A-Number: ", c.idn("anumber"), "    Passport #: ", c.idn("passport"), "    Country of birth: ", cob, "\n")
    if c.pr(0.5):
        b.w("SSN: ", c.ssn(), "\n")
    b.w("US address: ", c.addr_items(), "    Phone ", c.phone(), "\n")
    b.w("Exam date(s): ", c.dt(c.d0), c.ch([" and ", c.dt(c.d0 + D(c.ri(3, 20)))], ""), "\n")
    lg = CULT_LANG.get(pt.culture)
    b.w("Interpreter: ", c.ch([c.nm(interp, "full"), " (", c.ch(lg), ", in person)"],
                              ["phone interpreter ID ", c.idn("badge"), " (", c.ch(lg), ")"], "not needed") if lg else "not needed",
        "\n")
    if c.age < 18 or c.age > 80:
        acc = c.rel(c.ch("mother", "father", "daughter", "son") if c.age < 18 else c.ch("daughter", "son", "grandson"))
        b.w("Accompanied by ", acc.relation, ", ", c.nm(acc, c.ch("full", "first")), ".\n")
    b.w("\nHISTORY: ", c.pmh(c.ri(1, 3), c.ch(0, 0, 1)), ". No hx of TB treatment. No substance use. ",
        c.ch("Arrived in US ", "Entered "), c.dt(c.d0 - D(c.ri(30, max(31, min(2500, (c.d0 - c.dob).days - 10)))),
                                                 c.ch("month_y", "mdy")), ".\n")
    b.w("PE: ", c.vitals(which=("bp", "hr", "wt")), ". General exam normal", c.ch("", ", healed scars L forearm", ", dental caries"),
        ".\n")
    b.w("TB: ", K(c.ch("QuantiFERON-TB Gold Plus", "T-SPOT.TB")), " ", c.ch("negative", "negative", "POSITIVE - CXR ordered"),
        " (collected ", c.dt(c.d0, "md"), ")\n")
    b.w("Syphilis: RPR nonreactive.  Gonorrhea NAAT: negative.\n")
    b.w("Vaccines:\n")
    for v in c.sample(["MMR #2", "Tdap", "varicella", "hepatitis B #1", "influenza", "COVID-19 (2023-24)", "polio (IPV)",
                       "pneumococcal (PCV20)", "HPV"], c.ri(2, 4)):
        b.w("  - ", v, ": ", c.ch(["given ", c.dt(c.d0, "mdy"), " lot ", c.alnum(6)], ["documented ", c.dt(c.dob + D(c.ri(30, 4000)), "mdy")],
                                  "not age-appropriate", "titer immune"), "\n")
    b.w("Classification: ", c.ch("No Class A or Class B conditions", "Class B TB, other", "No Class A/B; vaccination complete"),
        ".\n")
    b.w("Civil surgeon: ", c.nm(cs, c.ch("full", "fml")), ", ", c.ch("MD", "DO"), ", ", c.facp(clinic), ", ",
        c.addr_items(c.address((c.addr.city, c.addr.state)), "line"), "\n")
    b.w("Sealed envelope given to applicant ", c.dt(c.d0 + D(c.ri(0, 25)), c.ch("mdy", "mon_d")), ".\n")


def t_chain_of_custody(b, c):
    pt, coll, mro, der = c.pt, c.staff(), c.staff(), c.staff()
    emp = c.fac("employer", c.addr.city)
    site = c.fac("collection", c.addr.city)
    lab = c.fac("lab")
    b.w(c.ch("FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM - COPY 2 (MRO)", "NON-DOT URINE DRUG SCREEN CHAIN OF CUSTODY",
             "Specimen Chain-of-Custody Record"), "\n")
    b.w("Specimen ID: ", c.idn("specimen"), "    Accession #: ", c.idn("accession"), "\n")
    b.w("STEP 1 (collector/employer)\n")
    b.w("A. Employer: ", c.facp(emp), ", ", c.addr_items(c.address((c.addr.city, c.addr.state)), c.ch("line", "noz")),
        "  Ph ", c.phone(), "  Fax ", c.phone(), "\n")
    b.w("   DER: ", c.nm(der, c.ch("full", "lf")), "\n")
    b.w("B. MRO: ", c.nm(mro, c.ch("full", "fml")), ", MD, ", c.addr_items(c.address(), "line"), "  Ph ", c.phone(), "\n")
    b.w("C. Donor SSN or Employee ID: ", c.ch(c.ssn(), c.idn("employee"), c.ssn()), "\n")
    b.w("D. Reason: ", c.ch("Pre-employment", "Random", "Post-accident", "Reasonable suspicion", "Return to duty"),
        "    E. Tests: ", c.ch("THC, COC, PCP, OPI, AMP", "10-panel + ETG", "5-panel DOT"), "\n")
    b.w("F. Collection site: ", c.facp(site), ", ", c.addr_items(c.address((c.addr.city, c.addr.state)), "line"),
        "  Ph ", c.phone(), "\n")
    b.w("STEP 2 - Temperature within ", K("32-38 C"), " within ", K("4 minutes"), ": ", c.ch("YES", "YES", "NO - observed recollection"),
        "    Split specimen: ", c.ch("yes", "no"), "\n")
    b.w("STEP 3 - Bottles sealed and initialed by donor; tamper-evident seal intact.\n")
    b.w("STEP 4 - Collector: ", c.nm(coll, c.ch("full", "LF", "init_last")), "   ", c.dt(c.d0, c.ch("mdy", "mdy_nz")), "  ",
        c.time(kind=c.ch("ampm", "mil")), "   Released to: ", c.ch("FedEx", "UPS", "lab courier"), "\n")
    b.w("STEP 5 - Donor: ", c.nm(pt, c.ch("full", "LF", "fml")), "    DOB ", c.dt(c.dob, c.dob_kind()), "    Day ph ", c.phone(),
        "    Eve ph ", c.phone(), "\n")
    b.w("   Donor states meds: ", c.ch([c.med(with_freq=False), " (Rx)"], "none", [K("Adderall XR"), " ", K("20 mg")]), "\n")
    b.w("   Photo ID: ", c.ch(["driver license ", c.lic("dl")], ["employer badge ", c.idn("badge")]), "\n")
    b.w("Received at lab: ", c.facp(lab), " ", c.dt(c.d0 + D(1), c.ch("mdy", "iso")), " ", c.time(kind="mil"),
        " by ", c.nm(c.staff(), "init_last"), ", bottle seal intact.\n")
    if c.pr(0.45):
        b.w("eCCF transmitted from collection terminal ", c.ip(), "\n")
    b.w("STEP 6 (MRO) - Result: ", c.ch("NEGATIVE", "NEGATIVE", "POSITIVE - amphetamine; legitimate Rx verified, reported negative",
                                        "NEGATIVE-DILUTE (creatinine 15 mg/dL)", "CANCELLED - fatal flaw"), "\n")
    mro_d = c.d0 + D(c.ri(2, 4))
    b.w("   MRO interview with donor ", c.dt(mro_d, c.ch("mdy", "md")), " at ", c.time(c.ri(8, 17)), c.ch(
        [" - donor reports Rx from Dr. ", c.nm(c.staff(), "last"), " at ", c.facp(c.fac("pharmacy", c.addr.city))], ""), ".\n")
    b.w("   Verified by: ", c.nm(mro, c.ch("fml", "init_last")), ", MD   ", c.dt(mro_d + D(c.ri(0, 2)), "mdy"), "\n")


def t_coroner_call(b, c):
    pt, rn, inv, att = c.pt, c.staff(), c.staff(), c.staff()
    nh = c.fac("nursing", c.addr.city) if c.pr(0.6) else None
    nok = c.rel(c.ch("daughter", "son", "niece", c.sp, "grandson", "nephew"))
    fh = c.fac("funeral", c.addr.city)
    tod = c.d0
    kind = c.ch("mil", "colon", "ampm")
    t_seen, t_pron, t_call, t_rel = c.tseq(4, day=(0, 16), gap=(20, 140), kind=kind)
    b.w(c.ch("CORONER / MEDICAL EXAMINER - DEATH REPORT (PHONE INTAKE)", "Death Investigation - Telephone Report",
             "ME Intake Call Log"), "\n")
    b.w("Case #: ", c.idn("coroner"), "    Received: ", c.dt(tod, c.ch("mdy", "mdy_nz")), " ", t_call,
        "    Investigator: ", c.nm(inv, c.ch("full", "init_last", "LF")), "\n")
    b.w("Jurisdiction: ", c.loc(c.addr.county), "\n\n")
    b.w("Caller: ", c.nm(rn, c.ch("full", "first_init")), ", ", c.ch("RN", "LPN", "hospice RN", "charge nurse"), " at ",
        c.facp(nh) if nh else c.ch("decedent's residence", c.facp(c.hosp)), ", call-back ", c.phone(), "\n")
    b.w("Decedent: ", c.nm(pt, c.ch("LF", "full", "fml", "lf")), ", ", c.age_items(c.age, c.ch("yo_hyph", "age", "y/o", "words")),
        " ", c.sexw(), ", DOB ", c.dt(c.dob, c.dob_kind()), "\n")
    if c.pr(0.5):
        b.w("SSN: ", c.ssn(), " (for death certificate)\n")
    if not nh:
        b.w("Residence: ", c.addr_items(), "\n")
    b.w("Pronounced: ", c.dt(tod, c.ch("mdy", "md", "mon_d")), " at ", t_pron, " by ", c.nm(rn, c.ch("last", "full")), "\n")
    b.w("Circumstances: ", c.ch(
        ["Found unresponsive in bed at rounds; last seen alive at ", t_seen, " after taking ", c.his, " ", K("Tylenol"), "."],
        ["Expected death, on hospice ", c.dur("weeks", 2, 20), "; family at bedside."],
        ["Unwitnessed fall ", c.dt(tod - D(c.ri(3, 20)), c.ch("md", "mon_d")), " with hip fracture, declined surgery, declined since."],
        "Slumped over at dinner, CPR declined per POLST/DNR."), "\n")
    b.w("PMH: ", c.pmh(c.ri(3, 5), c.ch(1, 1, 2)), "\n")
    b.w("Meds: ", c.meds(c.ri(2, 4), ", "), "\n")
    if c.pr(0.35):
        b.w("Implanted device: ", c.ch("pacemaker", "ICD"), " SN ", c.dev(), " - funeral home advised to remove before cremation\n")
    b.w("Attending: Dr. ", c.nm(att, c.ch("full", "last")), c.ch([" reached at ", c.phone(), ", agrees to sign the death certificate"],
                                                                 ", will sign DC"), ".\n")
    b.w("Trauma: ", c.ch("none", "old bruising to forearms only", "skin tear R shin"), ". No suspicious circumstances. ",
        c.ch("No recent hospitalization.", ["Discharged from ", c.facp(c.hosp, True), " ", c.dt(tod - D(c.ri(4, 28)), "md"), "."]), "\n")
    b.w("NOK: ", nok.relation, " ", c.nm(nok, c.ch("full", "first")), c.ch([" in ", c.loc(c.city()[0])], ""), ", ", c.phone(),
        ", notified by facility.\n")
    b.w("DISPOSITION: Jurisdiction declined - natural death, no autopsy. Body released to ", c.facp(fh), " at ", t_rel, ".\n")
    b.w(c.nm(inv, c.ch("init_last", "full")), " #", str(c.ri(100, 999)), "\n")


def t_pet_therapy(b, c):
    pt, handler, coord, rn = c.pt, c.staff(), c.staff(), c.staff()
    dog, breed = c.ch(PET_NAMES), c.ch(PET_BREEDS)
    unit_f = c.ch(c.hosp, c.fac("nursing", c.addr.city), c.fac("nursing", c.addr.city))
    if c.age < 18:
        fam = c.rel(c.ch("mother", "father", "grandmother"))
    elif c.age < 60:
        fam = c.rel(c.ch(c.sp, "sister", "mother", "friend"))
    else:
        fam = c.rel(c.ch("daughter", "son", "grandson", "granddaughter", "niece"))
    t1, t2 = c.tseq(2, day=(9, 18), gap=(10, 30))
    b.w(c.ch("ANIMAL-ASSISTED THERAPY VISIT NOTE", "Pet Therapy Visit Log", "Animal-Assisted Activity / Therapy"), " - ",
        c.facp(unit_f), "\n")
    b.w("Date: ", c.dt(c.d0, c.ch("mdy", "wk_md", "mon_d_y")), "   Time: ", t1, " - ", t2, "\n")
    b.w("Handler: ", c.nm(handler, c.ch("full", "first")), " with ", dog, " (", breed, ", Pet Partners #", P(c.digits(5), "ID_NUMBER"), ")\n")
    b.w("Resident/patient: ", c.nm(pt, c.ch("full", "lf", "first_init")), ", ", c.age_items(c.age, c.ch("age", "y/o", "yo_hyph")),
        ", ", c.ch("3 West", "memory care unit", "rehab wing", "pediatrics", "oncology unit"), "\n")
    b.w("Goals: ", c.ch("reduce agitation", "encourage verbal interaction", "motivate UE ROM (brushing)",
                        "decrease anxiety pre-procedure", "reminiscence"), "\n\n")
    b.w(c.ch("", "Visit: "), c.nm(pt, c.ch("first", "nick", "first")), c.ch(" smiled when ", " reached for ", " called "), dog,
        c.ch(" entered", " right away", " by name after two prompts"), ". ")
    if c.age >= 60:
        sp = c.person(sex="M" if c.sex == "F" else "F", culture=pt.culture, last=pt.last)
        b.w(c.ch(["Talked about a childhood dog on the farm near ", c.loc(c.city()[0]), "."],
                 ["Told ", c.nm(handler, "first"), " about ", c.his, " late ", "husband " if c.sex == "F" else "wife ",
                  c.nm(sp, "first"), " and the beagles they raised."],
                 "Brushed dog with R hand ~20 strokes, good grip."), "\n")
    else:
        b.w(c.ch("Brushed dog with R hand ~20 strokes, good grip.", "Practiced commands (sit, shake) with handler cueing.",
                 ["Asked if ", dog, " could come back before discharge."]), "\n")
    b.w("Pet for ", K(c.ch("15 minutes", "about 10 min", "20 min")), "; ", c.ch("no agitation observed", "calmer after",
                                                                          "tearful but said it was good"), ". ",
        c.ch(["Pre ", K(f"HR {c.ri(70, 110)}"), ", post ", K(f"HR {c.ri(60, 100)}"), "."], "",
             ["Pain ", K(f"{c.ri(3, 8)}/10"), " before, ", K(f"{c.ri(0, 5)}/10"), " after."]), "\n")
    if c.pr(0.5):
        b.w(fam.relation.capitalize(), " ", c.nm(fam, c.ch("first", "full")), " was visiting and took photos; asked about ",
            c.ch("schedule", "adopting a dog"), ". Directed to ", c.url(unit_f), ".\n")
    if c.pr(0.8):
        b.w(c.wordline(), "\n")
    b.w("Infection control: hand hygiene before/after, no contact with ", c.ch("PICC site", "wounds", K("Foley catheter")), ". ",
        c.ch("Allergies screened - none.", "Roommate declined visit.", "No isolation on unit today."), "\n")
    b.w("Next visit ", c.ch("next week", ["on ", c.dt(c.d0 + D(7), c.ch("wk_md", "mon_d", "md"))]), ". Reported to ",
        c.nm(rn, c.ch("first", "full")), ", RN.\n")
    b.w("Volunteer coordinator: ", c.nm(coord, c.ch("full", "first")), ", ext ", c.ext(), "\n")


def t_trial_visit(b, c):
    pt, pi, crc = c.pt, c.staff(), c.staff()
    site = c.fac("trial_site", c.addr.city)
    proto = c.ch("CARDIO-ONE", "NOVA-3", "EMBER-201", "TIDE-HF", "GLOW-T2D", "ASCENT-OA")
    wk = c.ch(4, 8, 12, 16, 24, 36, 52)
    vdate = c.d0
    b.w(c.ch("CLINICAL TRIAL VISIT LOG", "Research Visit Source Document", "Study Visit Note"), "\n")
    b.w("Protocol: ", proto, " (", c.ch("Phase 2", "Phase 3", "Phase 2b"), ")    Site: ", c.facp(site), "\n")
    b.w("Subject ID: ", c.idn("subject"), "    Initials: ", P(f"{pt.first[0]}{(pt.mi or '')}{pt.last[0]}".upper(), "PERSON"),
        "    Visit: ", c.ch("V", "Visit "), str(c.ri(3, 12)), " (Week ", str(wk), ")\n")
    b.w("Visit date: ", c.dt(vdate, c.ch("d_mon_y", "dmony", "mdy", "iso")), "    Window: ", K("+/- 3 days"), " - in window\n")
    b.w("Consent: ICF v", str(c.ri(2, 6)), ".0 re-signed ", c.dt(vdate - D(c.ri(0, 60)), c.ch("d_mon_y", "mdy")), " (",
        c.ch("amendment 2", "new risk info"), ")\n\n")
    b.w("Vitals: ", c.vitals(which=("bp", "hr", "t", "wt")), "\n")
    b.w("Labs drawn ", c.time(c.ri(7, 10)), " (fasting ", K(c.ch("x 10 hours", "for 12 hrs", "x 9 h")), "): ", c.labs(c.ri(2, 4)),
        " - central lab kit ", c.idn("kit"), "\n")
    b.w("ECG: ", c.ch("NSR, QTcF ", "sinus brady, QTcF "), K(f"{c.ri(390, 460)} ms"), "\n")
    b.w("Questionnaires: ", c.ch([K(f"PHQ-9 {c.ri(0, 18)}"), ", ", K(f"GAD-7 {c.ri(0, 14)}")], [K(f"KCCQ {c.ri(30, 95)}")],
                                 [K(f"WOMAC {c.ri(10, 70)}")]), "\n")
    b.w("IP: returned kit ", c.idn("kit"), "; pill count ", K(f"{c.ri(0, 6)}/28 returned"), ", compliance ", K(f"{c.ri(80, 100)}%"),
        ". New kit dispensed.\n")
    b.w("AEs: ", c.ch([K("Grade 1"), " nausea ", c.dur("days", 1, 5), ", resolved, possibly related"],
                      "none new",
                      [K("Grade 2"), " URI ", c.dt(vdate - D(c.ri(5, 20)), c.ch("d_mon_y", "md")), ", not related"],
                      ["SAE - hospitalized at ", c.facp(c.hosp), " ", c.dt(vdate - D(c.ri(3, 20)), "d_mon_y"),
                       " for ", c.ch("pneumonia", "syncope"), "; reported to sponsor within ", K("24 hours")]), "\n")
    b.w("Con meds: ", c.meds(c.ri(1, 3), ", "), " (no changes)\n")
    b.w("Next visit: Week ", str(wk + 4), " ~", c.dt(vdate + D(28), c.ch("d_mon_y", "mon_d", "md")), "\n")
    b.w("Subject contact: ", c.phone(), c.ch(["; prefers text. Spouse ", c.nm(c.rel(c.ch(c.sp)), "first"),
                                            " is alternate contact."], ""), "\n")
    b.w("CRC: ", c.nm(crc, c.ch("full", "init_last", "first_init")), "    PI: Dr. ", c.nm(pi, c.ch("full", "last")), "\n")
    if c.pr(0.6):
        b.w("eCRF audit: entered by ", c.nm(crc, "init_last"), " ", c.dt(vdate, "iso"), " ", c.time(c.ri(11, 18), kind="colon"),
            " from ", c.ip(), "\n")
    if c.pr(0.4):
        b.w("Study device: ", c.ch("actigraphy watch", "CGM reader", "home spirometer"), " SN ", c.dev(), "\n")
    b.w("Monitor (", c.ch("IQVIA", "PPD", "Parexel", "ICON"), "): ", c.nm(c.staff(), "full"), ", SDV scheduled ",
        c.dt(vdate + D(c.ri(5, 30)), c.ch("mdy", "d_mon_y")), "\n")


PGX_GENES = [("CYP2C19", ["*1/*1", "*1/*2", "*2/*2", "*1/*17", "*17/*17"],
              {"*1/*1": "normal metabolizer", "*1/*2": "intermediate metabolizer", "*2/*2": "poor metabolizer",
               "*1/*17": "rapid metabolizer", "*17/*17": "ultrarapid metabolizer"}),
             ("CYP2D6", ["*1/*1", "*1/*4", "*4/*4", "*1/*1xN", "*4/*41"],
              {"*1/*1": "normal metabolizer", "*1/*4": "intermediate metabolizer", "*4/*4": "poor metabolizer",
               "*1/*1xN": "ultrarapid metabolizer", "*4/*41": "intermediate metabolizer"}),
             ("SLCO1B1", ["*1/*1", "*1/*5", "*5/*5"],
              {"*1/*1": "normal function", "*1/*5": "decreased function", "*5/*5": "poor function"}),
             ("CYP2C9", ["*1/*1", "*1/*3", "*2/*3"],
              {"*1/*1": "normal metabolizer", "*1/*3": "intermediate metabolizer", "*2/*3": "poor metabolizer"}),
             ("VKORC1", ["-1639 G/G", "-1639 G/A", "-1639 A/A"],
              {"-1639 G/G": "normal sensitivity", "-1639 G/A": "increased sensitivity", "-1639 A/A": "high sensitivity"}),
             ("DPYD", ["*1/*1", "*1/*2A"], {"*1/*1": "normal metabolizer", "*1/*2A": "intermediate metabolizer"}),
             ("TPMT", ["*1/*1", "*1/*3A"], {"*1/*1": "normal metabolizer", "*1/*3A": "intermediate metabolizer"})]


def t_pharmacogenomics(b, c):
    pt, doc, pharm, dirr = c.pt, c.staff(), c.staff(), c.staff()
    lab = c.fac("lab")
    b.w(c.facp(lab), "\n", c.ch("PHARMACOGENOMIC TEST REPORT", "PGx Panel - Interpretive Report", "Pharmacogenomics Consult"), "\n")
    b.w("Patient: ", c.nm(pt, c.ch("LF", "lf", "full")), "    DOB: ", c.dt(c.dob, c.dob_kind()), "    Sex: ", c.sexw(True), "\n")
    b.w("MRN: ", c.mrn(), "    Accession: ", c.idn("accession"), "    Specimen: buccal swab\n")
    if c.pr(0.6):
        b.w("Insurance member ID: ", c.hpn(), "\n")
    b.w("Collected: ", c.dt(c.d0 - D(c.ri(7, 20)), "mdy"), "    Received: ", c.dt(c.d0 - D(c.ri(3, 6)), "mdy"), "    Reported: ",
        c.dt(c.d0, "mdy"), "\n")
    b.w("Ordering clinician: ", c.nm(doc, c.ch("full", "fml", "lf")), ", ", c.ch("MD", "DO", "NP"), c.ch(
        [" (", c.facp(c.fac("clinic")), ")"], ""), "\n")
    b.w("Indication: ", c.ch("planned PCI, on ", "depression refractory to ", "statin myalgia on ", "starting "),
        c.med(with_freq=False), "\n\n")
    b.w("RESULTS\n")
    for g, calls, pheno in c.sample(PGX_GENES, c.ri(3, 5)):
        call = c.ch(calls)
        b.w(K(g), "  ", K(call), "  ", pheno[call], "\n")
    b.w("\nINTERPRETATION\n")
    b.w(c.ch([K("clopidogrel"), " (", K("Plavix"), "): reduced active metabolite formation expected in CYP2C19 IM/PM - consider ",
              K("Brilinta"), " ", K("90 mg"), " BID or ", K("prasugrel"), " if no contraindication."],
             [K("simvastatin"), ": increased myopathy risk with SLCO1B1 decreased function; prefer ", K("rosuvastatin"), " ",
              K("<= 20 mg"), "."],
             [K("codeine"), "/", K("tramadol"), ": avoid in CYP2D6 PM (lack of efficacy) and UM (toxicity)."],
             [K("sertraline"), " (", K("Zoloft"), "): CYP2C19 PM - consider ", K("50%"), " dose reduction."],
             [K("warfarin"), ": use genotype-guided dosing (CPIC); predicted ", K("~3 mg/day"), "."]), "\n")
    b.w("Guidelines: CPIC/DPWG. Phenoconversion possible with concomitant ", K(c.ch("fluoxetine", "bupropion", "omeprazole")), ".\n")
    b.w("Reviewed by: ", c.nm(pharm, c.ch("full", "init_last")), ", PharmD, BCPS - ", c.ch("pharmacogenomics service", "PGx clinic"),
        " ", c.phone(), "\n")
    b.w("Laboratory director: ", c.nm(dirr, c.ch("full", "fml")), ", PhD, FACMG    ", c.addr_items(c.address(), "line"), "\n")
    b.w("Portal: ", c.url(lab), "\n")
    if c.pr(0.4):
        b.w("Report last accessed ", c.dt(c.d0 + D(c.ri(0, 9)), "iso"), " from ", c.ip(), "\n")


def t_econsult(b, c):
    pt, pcp, spec = c.pt, c.staff(), c.staff()
    clinic = c.fac("clinic", c.addr.city)
    sp, q, a = c.ch(
        ("Endocrinology", ["TSH ", K(f"{c.rf(0.01, 0.09, 2)}"), ", free T4 ", K(f"{c.rf(1.9, 3.4)}"),
                           ", mild tremor. Start ", K("methimazole"), " or refer?"],
         ["Likely ", K("Graves' disease"), " vs toxic nodule. Check TRAb and thyroid US. Start ", K("methimazole"), " ",
          K("10 mg"), " daily, CBC/LFTs ", K("in 4 weeks"), ". Beta-blocker prn."]),
        ("Hematology", ["persistent ", c.lab("plt"), " and ", c.lab("WBC"), " x 3 months. Smear?"],
         ["Peripheral smear review recommended; if normal, repeat CBC ", K("in 3 months"),
          ". Refer if plt < 100 or new symptoms."]),
        ("Nephrology", ["eGFR decline ", K("eGFR 58"), " -> ", K("eGFR 44"), " over 1 year, A1c ", K("8.1%"),
                        ". On ", K("lisinopril"), " ", K("40 mg"), ". Add SGLT2i?"],
         ["Yes - add ", K("Jardiance"), " ", K("10 mg"), "; recheck BMP ", K("in 2-4 weeks"), "; UACR; avoid NSAIDs."]),
        ("Dermatology", ["pigmented lesion L shoulder, ", K("6 mm"), ", irregular border (photos attached)"],
         ["Concerning features - recommend excisional biopsy; scheduled in derm procedure clinic."]),
        ("Cardiology", ["incidental RBBB on pre-op ECG, asymptomatic, ", c.bp(), ". Needs echo before ",
                        K(c.ch("Nissen fundoplication", "hernia repair")), "?"],
         ["Isolated RBBB with normal exam does not require echo. OK to proceed."]),
        ("Rheumatology", ["ANA 1:160 speckled, arthralgias, no synovitis, ", K("CRP 0.4"), "."],
         ["Low-titer ANA common; check dsDNA, SSA/SSB. Consider ", K("Sjögren syndrome"), " if sicca. No urgent referral."]),
    )
    sent = c.d0
    resp = sent + D(c.ri(1, 4))
    b.w(c.ch("eConsult", "E-CONSULT (ASYNCHRONOUS)", "Electronic Consultation"), " - ", sp, "\n")
    b.w("Patient: ", c.nm(pt, c.ch("lf", "LF", "full")), "  MRN ", c.mrn(), "  DOB ", c.dt(c.dob, c.dob_kind()), "\n")
    b.w("Requesting: ", c.nm(pcp, c.ch("full", "fml", "lf")), ", ", c.ch("MD", "DO", "NP", "PA-C"), " (", c.facp(clinic), ")\n")
    b.w("Sent: ", c.dt(sent, c.ch("mdy", "mdy_nz", "mon_d_y")), " ", c.time(), "\n")
    if c.pr(0.45):
        b.w("Submitted via ", c.url(clinic), " (workstation ", c.ip(), ")\n")
    b.w("\n")
    b.w("QUESTION:\n", c.age_items(c.age, c.ch("yo", "y/o", "yo_hyph")), " ", c.sexw(True), " with ", c.pmh(c.ri(1, 3), c.ch(0, 1)),
        ", ", q, " Current meds: ", c.meds(c.ri(1, 3), ", "), ".", c.ch(
            [" Pt's ", c.rel(c.ch("daughter", "son")).relation, " is a nurse and asked about referral."], "",
            " Pt prefers to avoid travel (lives 2 hrs away)."), "\n\n")
    b.w("RESPONSE (", c.dt(resp, c.ch("mdy", "mdy_nz", "mon_d")), ") - ", c.nm(spec, c.ch("full", "fml")), ", MD, ", sp, ":\n")
    b.w(c.ch("Thanks for this question. ", "Thank you for the eConsult. ", ""), a, " ", c.ch(
        "Happy to see in clinic if needed.", "Please resubmit with results.",
        "I am out next week; resubmit to the pool if urgent.", "Recommend face-to-face visit if worse."))
    if c.pr(0.3):
        b.w(" Covering colleague: Dr. ", c.nm(c.staff(), "last"), ".")
    if c.pr(0.6):
        b.w("\n", c.wordline())
    b.w("\nTime spent: ", K(f"{c.ri(8, 28)} minutes"), " (CPT 99451)\n")
    b.w("Reply routed to ", c.nm(pcp, c.ch("last", "init_last")), " in-basket.\n")


TRIAGE_PROTOCOLS = {
    "child": [("Fever - Pediatric", "has had fever to 103.1"), ("Croup - Pediatric", "has a barky cough"),
              ("Vomiting Without Diarrhea - Pediatric", "vomited 4 times"),
              ("Head Injury - Pediatric", "hit head on the coffee table")],
    "adult": [("Chest Pain - Adult", "substernal pressure"), ("Abdominal Pain - Adult", "RLQ pain"),
              ("Dizziness - Adult", "spinning dizziness"), ("Urination Pain - Adult", "burning with urination"),
              ("Falls - Adult", "a fall in the bathroom"), ("Rash, Widespread - Adult", "an itchy rash on trunk and arms")],
}


def t_nurse_triage(b, c):
    pt, rn, doc = c.pt, c.staff(), c.staff()
    child = c.age < 13
    proto, complaint = c.ch(TRIAGE_PROTOCOLS["child" if child else "adult"])
    caller = c.rel(c.ch("mother", "father", "grandmother") if child else c.ch("daughter", "son", c.sp, "caregiver"))
    self_call = (not child) and c.pr(0.4)
    b.w(c.ch("NURSE TRIAGE NOTE", "After-Hours Telephone Triage", "Triage Call - Protocol Based"), "\n")
    b.w("Call received: ", c.dt(c.d0, c.ch("mdy", "mdy_nz", "wk_md")), " ", c.time(), "    Line: ",
        c.ch("after-hours", "nurse advice", "clinic triage"), "\n")
    b.w("Patient: ", c.nm(pt, c.ch("full", "lf", "LF")), "  DOB ", c.dt(c.dob, c.dob_kind()), "  (",
        c.age_items(c.age, c.ch("age", "y/o", "yo")), ")\n")
    if self_call:
        b.w("Caller: self    Callback #: ", c.phone(), "\n")
    else:
        b.w("Caller: ", c.nm(caller, c.ch("full", "first")), " (", caller.relation, ")    Callback #: ", c.phone(), "\n")
    if c.pr(0.5):
        b.w("MRN: ", c.mrn(), "\n")
    b.w("PCP: Dr. ", c.nm(doc, c.ch("last", "full")), ", ", c.facp(c.fac("clinic", c.addr.city)), "\n")
    b.w("Protocol: ", K("Schmitt-Thompson"), " ", proto, "\n\n")
    who = c.nm(pt, c.ch("first", "nick", "first"))
    if child:
        wt = c.ri(10, 38)
        b.w("Reason for call: ", who, " ", complaint, " ", c.dur(c.ch("hours", "days"), 1, 3), ". ",
            c.ch("Drinking OK.", "Fewer wet diapers.", "Acting normal between episodes."), " Wt ", K(f"{wt} kg"), ".\n")
        b.w("Triage questions: no trouble breathing, no stiff neck, no rash that doesn't blanch, ",
            c.ch("not lethargic", "consolable", "no LOC"), ".\n")
        b.w("Care advice: ", K("Tylenol"), " (", K("160 mg/5 mL"), ") ", K(f"{round(wt * 15 / 32, 1)} mL"), " q4-6h prn or ",
            K("Motrin"), " (", K("100 mg/5 mL"), ") ", K(f"{round(wt * 10 / 20, 1)} mL"), " q6h; fluids; ", c.ch(
                "humid air/shower steam", "small sips of Pedialyte q5 min", "watch for vomiting/confusion"), ".\n")
    else:
        if self_call:
            b.w("Reason for call: ", c.He, " reports ", complaint)
        else:
            b.w("Reason for call: ", c.nm(caller, "first"), " reports pt has ", complaint)
        b.w(" ", c.dur(c.ch("hours", "days"), 1, 4), ".", c.ch([" Home ", c.bp(), "."], [" Took ", c.med(with_freq=False), "."], ""),
            "\n")
        b.w("Pertinent: ", c.pmh(c.ri(1, 3), c.ch(0, 1)), ". ", c.ch("Denies SOB.", "No blood thinners.", ["On ", K("Eliquis"), "."],
                                                                  "Lives alone."), "\n")
    dispo = c.ch(["Call 911 now"], ["Go to ED now - ", c.facp(c.hosp)], ["See in office ", K("within 24 hours")],
                 ["Home care, call back if worse"], ["See today in urgent care"])
    if c.pr(0.8):
        b.w(c.wordline(), "\n")
    b.w("Disposition: ", dispo, "\n")
    b.w("Caller ", c.ch("agrees with plan", "verbalized understanding", "will comply; declined ED, will go in AM"), ". ",
        c.ch("Appt made ", "Scheduled "), c.dt(c.d0 + D(1), c.ch("wk_md", "md", "mon_d")), " ", c.time(c.ri(8, 16)), " with ",
        c.nm(c.staff(), c.ch("full", "init_last")), ", ", c.ch("NP", "PA-C", "MD"), ".\n")
    b.w("Call duration: ", K(f"{c.ri(4, 22)} min"), "\n")
    b.w(c.nm(rn, c.ch("full", "first_init", "fml")), ", RN  ", c.ch(["ext ", c.ext()], ""), "\n")


def t_bereavement(b, c):
    # the client (patient_id) is the bereaved survivor
    pt, coord, chap = c.pt, c.staff(), c.staff()
    opts = [c.sp, "partner", "son", "daughter"] + (["mother", "father"] if c.age < 72 else [])
    dec_rel = c.ch(opts)
    dec = c.rel(dec_rel)
    if dec_rel in ("mother", "father"):
        dec_age = c.age90() if c.pr(0.6) else c.ri(c.age + 18, min(c.age + 35, 89))
    elif dec_rel in ("son", "daughter"):
        dec_age = c.ri(max(1, c.age - 45), max(2, c.age - 18))
    else:
        dec_age = c.age90() if (c.age >= 80 and c.pr(0.5)) else c.ri(max(25, c.age - 8), min(89, c.age + 8))
    off, call_label = c.ch((30, "1-month call"), (90, "3-month call"), (180, "6-month call"),
                           (395, "13-month anniversary call"))
    dod = c.d0 - D(off + c.ri(-3, 3))
    hospice = Fac(c.ch(FAC_WORDS) + c.ch(" Hospice", " Hospice & Palliative Care", " Home Hospice"))
    church = c.fac("church", c.addr.city)
    grand = c.person(culture=pt.culture, last=c.ch(pt.last, dec.last))
    b.w(c.facp(hospice), " - ", c.ch("Bereavement Follow-up Call", "BEREAVEMENT CONTACT NOTE", "Grief Support - Phone Contact"), "\n")
    b.w("Bereaved: ", c.nm(pt, c.ch("full", "lf")), " (", c.age_items(c.age, c.ch("age", "y/o")), ")    Relationship to decedent: ",
        {"husband": "spouse", "wife": "spouse", "partner": "partner", "son": "parent", "daughter": "parent",
         "mother": "daughter" if c.sex == "F" else "son", "father": "daughter" if c.sex == "F" else "son"}[dec_rel],
        "    Phone: ", c.phone(), "\n")
    b.w("Decedent: ", c.nm(dec, c.ch("full", "lf", "fml")), ", died ", c.dt(dod, c.ch("mdy", "month_d_y", "mdy_nz")), " at ",
        c.age_items(dec_age, c.ch("age", "words", "age")), "\n")
    b.w("Contact: ", call_label, ", ", c.dt(c.d0), "\n\n")
    b.w(c.ch("Spoke with ", "Reached ", "Talked with "), c.nm(pt, c.ch("first", "first", "nick")),
        c.ch([" by phone for ", K(c.ch("30 minutes", "25 min", "about 40 minutes"))], " by phone", " at home"), ". ")
    b.w(c.He, " ", c.ch("was tearful talking about the holidays", "says the house is very quiet", "is sleeping poorly",
                        "has been keeping busy in the garden"), ". ")
    if dec_rel in ("husband", "wife", "partner"):
        b.w(c.ch(['"', c.nm(dec, c.ch("first", "nick")), ' and I were together ', K(f"{c.ri(5, 68)} years"), '."'],
                 ["Misses ", c.nm(dec, c.ch("first", "nick")), "'s jokes at breakfast."],
                 ["Still sets a place for ", c.nm(dec, "first"), " some nights."]), " ")
    else:
        b.w(c.ch(["Misses ", c.nm(dec, c.ch("first", "nick")), "'s phone calls every Sunday."],
                 ["Keeps ", c.nm(dec, "first"), "'s room as it was."]), " ")
    b.w(c.ch([c.nm(grand, "first"), " (", c.ch("grandson", "granddaughter", "nephew"), ") is staying with ", c.him, "."],
             ["Met with ", c.nm(grand, "first"), " and ", c.his, " sister last weekend."],
             ["Neighbor ", c.nm(c.person(), c.ch("first", "full")), " checks in daily."]), "\n")
    if c.pr(0.8):
        b.w(c.wordline(), "\n")
    b.w("Grief screen: ", c.ch([K(f"PHQ-2 {c.ri(0, 6)}")], [K(f"PG-13 {c.ri(14, 48)}")], ["no SI, no HI, eating ok"]), ". ",
        c.ch("Normal grief reaction.", "Some risk factors (lives alone, prior depression).", "Coping well."), "\n")
    b.w("Offered: support group at ", c.facp(church), " ", c.ch("Thursdays", "2nd and 4th Tuesdays"), " ",
        c.time(18, c.ch(0, 30), "ampm"), "; ", c.ch("declined for now", "will try next month", "interested - mailed flyer"),
        ". ", c.ch(["Memorial service at ", c.facp(c.fac("funeral", c.addr.city)), " went well."], "",
                   ["Chaplain ", c.nm(chap, c.ch("first", "full")), " will call."]), "\n")
    b.w("Mailed packet \"Understanding Grief\" to ", c.addr_items(style=c.ch("line", "noz")), ".\n")
    nxt, nlab = c.ch((60, "in 2 months"), (90, "3 months"), (180, "6 months"))
    b.w("Next contact: ", nlab, " (~", c.dt(c.d0 + D(nxt), c.ch("month_y", "month_d", "md")), "). May call line anytime: ", c.phone(), "\n")
    if c.pr(0.4):
        b.w("Online grief resources: ", c.url(hospice), "\n")
    b.w(c.nm(coord, c.ch("full", "fml", "first_init")), ", ", c.ch("MSW", "LCSW", "Bereavement Coordinator", "MA, CT"), "\n")


def t_return_to_work(b, c):
    pt, doc = c.pt, c.staff()
    clinic = c.fac(c.ch("clinic", "occ"), c.addr.city)
    emp = c.fac("employer", c.addr.city)
    seen = c.d0
    rtw = seen + D(c.ri(1, 21))
    inj = c.ch("lumbar strain", "R wrist sprain", "influenza", "laparoscopic cholecystectomy", "COVID-19",
               "L knee arthroscopy", "concussion", "R 3rd finger laceration")
    b.w(c.facp(clinic), "\n", c.addr_items(c.address((c.addr.city, c.addr.state)), "two"), "\n", "Tel ", c.phone(),
        c.ch(["  Fax ", c.phone()], ""), "\n\n")
    if c.pr(0.4):
        b.w(c.url(clinic), "\n")
    b.w(c.dt(seen, c.ch("month_d_y", "mdy", "d_month_y")), "\n\n")
    b.w(c.ch("To Whom It May Concern:", ["Attn: ", c.nm(c.staff(), "full"), ", HR - ", c.facp(emp)], "RE: Work status"), "\n\n")
    dob = c.ch([" (DOB ", c.dt(c.dob, c.dob_kind()), ")"], "")
    if c.pr(0.5):
        b.w("This letter is to certify that ", c.nm(pt, c.ch("full", "fml", "full_suffix")), dob,
            c.ch(" was seen in our office on ", " was evaluated on "), c.dt(seen, c.ch("mdy", "month_d", "mdy_nz")),
            " for ", inj, ". ")
    else:
        b.w("Please excuse ", c.nm(pt, c.ch("full", "fml", "full_suffix")), dob, " from work ",
            c.ch("through ", "until "), c.dt(rtw - D(1), c.ch("mdy", "month_d", "mdy_nz")), ". ", c.He,
            " was treated in our clinic for ", inj, ". ")
    b.w(c.He, " may return to work on ", c.dt(rtw, c.ch("mdy", "month_d_y", "wk_month_d", "mdy_nz")))
    restr = c.pr(0.7)
    b.w(" with the following restrictions:\n" if restr else " without restrictions.\n")
    if restr:
        for r_ in c.sample([["No lifting > ", K("20 lbs"), " ", c.dur("weeks", 1, 4)], ["Seated work only ", c.dur("days", 3, 14)],
                            ["No ladders/heights ", c.dur("weeks", 1, 3)], ["Frequent breaks q2h"],
                            ["May wear splint at work"], ["Limit shifts to ", K("8 hours")],
                            ["No driving company vehicles ", c.dur("days", 2, 10)]], c.ri(1, 3)):
            b.w(" - ", r_, "\n")
    if c.age < 70 and c.pr(0.3):
        b.w("Note: ", c.He, " is ", c.elder("the primary caregiver for "), "; intermittent leave may be requested.\n")
    b.w("\n", c.ch("Follow-up visit scheduled ", "Re-evaluation "), c.dt(rtw + D(c.ri(3, 14)), c.ch("md", "mon_d", "mdy")),
        ". Medical details are confidential; ", c.ch("FMLA paperwork not requested.", "please contact our office with questions.",
                                                      "employer may call to verify."), "\n\n")
    b.w("Sincerely,\n\n", c.nm(doc, c.ch("full", "fml")), ", ", c.ch("MD", "DO", "FNP-C", "PA-C"), "\n")
    if c.pr(0.5):
        b.w(c.ch("Family Medicine", "Occupational Medicine", "Internal Medicine"), " | NPI ", c.lic("npi"), "\n")
    if c.pr(0.3):
        b.w("cc: ", c.nm(pt, c.ch("full", "init_last")), "; workers' comp carrier claim ", c.idn("claim"), "\n")


def t_contact_tracing(b, c):
    pt, inv = c.pt, c.staff()
    hd = c.fac("health_dept", c.addr.city)
    disease = c.ch("COVID-19", "pertussis", "measles", "tuberculosis (pulmonary)", "mumps", "hepatitis A", "meningococcal disease")
    onset = c.d0 - D(c.ri(2, 9))
    coll = onset + D(c.ri(0, 3))
    iso_end = onset + D(c.ch(5, 10, 21, 14))
    b.w(c.facp(hd), " - ", c.ch("Case Investigation & Contact Tracing Interview", "CONTACT INVESTIGATION NOTE",
                                "Communicable Disease Case Interview"), "\n")
    b.w("Condition: ", disease, "    Case ID: ", c.idn("case"), "    Interview: ", c.dt(c.d0, c.ch("mdy", "mdy_nz")), " ",
        c.time(), " by phone\n")
    b.w("Index case: ", c.nm(pt, c.ch("full", "LF", "lf")), ", ", c.age_items(c.age, c.ch("age", "yo", "Y")), " ", c.sexw(True),
        ", DOB ", c.dt(c.dob, c.dob_kind()), "\n")
    b.w("Address: ", c.addr_items(), "    Phone: ", c.phone(), c.ch(["    Email: ", c.email(pt)], ""), "\n")
    if c.age < 19:
        school = c.fac("school", c.addr.city)
        b.w("School: ", c.facp(school), ", grade ", str(max(1, c.age - 5)), "; parent interviewed: ",
            c.nm(c.rel(c.ch("mother", "father")), c.ch("full", "first")), "\n")
    else:
        b.w("Workplace: ", c.facp(c.fac("employer", c.addr.city)), c.ch(", night shift", ", remote since dx", ""), "\n")
    b.w("Symptom onset: ", c.dt(onset, c.ch("md", "mdy", "mon_d")), "; specimen collected ", c.dt(coll, c.ch("md", "mdy")),
        " at ", c.facp(c.hosp), c.ch(" ED", " drive-through", " clinic"), "; result ", c.ch("PCR positive", "culture positive", "IgM positive"),
        ".\n")
    b.w("Sx: ", c.ch("fever, cough, myalgia", "paroxysmal cough with post-tussive emesis", "rash starting at hairline",
                     "jaundice, dark urine", "parotid swelling"), ". ", c.ch("Not hospitalized.",
                                                                            ["Hospitalized ", c.dur("days", 1, 6), "."], "Vaccinated x2."), "\n")
    b.w("Isolation through: ", c.dt(iso_end, c.ch("mdy", "md", "month_d")), "\n\n")
    b.w("CLOSE CONTACTS (infectious period ", c.dt(onset - D(2), "md"), " - ", c.dt(iso_end, "md"), "):\n")
    for i in range(c.ri(2, 6)):
        rel = c.ch("household", "household", "coworker", "classmate", "friend", "daycare", "church", "carpool")
        if c.age >= 19 and rel in ("classmate", "daycare"):
            rel = "coworker"
        if c.age < 16 and rel in ("coworker", "carpool"):
            rel = "classmate"
        m = c.person(culture=pt.culture if rel == "household" else None, last=pt.last if rel == "household" and c.pr(0.7) else None)
        if rel in ("classmate", "daycare"):
            a = max(1, c.age + c.ri(-1, 1))
        elif rel == "household":
            a = c.age90() if c.pr(0.08) else c.ri(1, 85)
        else:
            a = c.ri(max(14, c.age - 15), min(85, c.age + 15))
        b.w(str(i + 1), ". ", c.nm(m, c.ch("full", "lf", "first")), " - ", rel, ", ", c.age_items(a, c.ch("age", "Y", "yo")),
            ", last exposure ", c.dt(c.d0 - D(c.ri(0, 5)), c.ch("md", "mon_d")), ", ", c.ch(
                c.phone(), ["ph ", c.phone()], "no phone - via index case", ["email ", c.email(m)]), c.ch(
                "", "", "; symptomatic - testing referred", "; PEP offered", "; vaccinated"), "\n")
    b.w("\nSettings: ", c.ch(["attended service at ", c.facp(c.fac("church", c.addr.city))],
                             ["shopped at ", c.facp(c.fac("pharmacy", c.addr.city))], "no group settings",
                             ["flew ", c.ch("Southwest", "United", "Delta"), " flight ", str(c.ri(100, 2999)), " - CDC DGMQ notified"]), ".\n")
    b.w("Letters sent; monitoring via text ", K(c.ch("x 10 days", "for 21 days", "daily x 14 days")), ". Follow-up ",
        c.dt(c.d0 + D(c.ri(2, 5)), c.ch("wk_md", "md")), ".\n")
    if c.pr(0.4):
        b.w("Results/exclusion letter portal: ", c.url(hd), "\n")
    b.w("Investigator: ", c.nm(inv, c.ch("full", "init_last", "first_init")), ", ", c.ch("DIS", "PHN", "Epidemiologist", "RN"), "  ",
        c.phone(), "\n")


def t_ski_patrol(b, c):
    pt, pat1, pat2 = c.pt, c.staff(), c.staff()
    resort = c.fac("resort")
    wit = c.person()
    t_inc, t_scene, t_aid, t_out = c.tseq(4, day=(9, 15), gap=(6, 45))
    inj = c.ch(("L wrist pain", ["Deformity L distal radius, CMS intact. ", K("SAM splint"), " applied."]),
               ("R knee pain", ["R knee effusion, unable to bear weight, ", K("Lachman test"), " deferred. Quick splint."]),
               ("neck pain", ["Midline C-spine tenderness; spinal motion restriction with ", K("Miami J collar"), "."]),
               ("shoulder pain, can't lift arm", ["Anterior shoulder dislocation suspected, sling & swathe."]),
               ("head/face pain", ["Abrasion L cheek, no step-off, pupils equal; concussion screen done."]))
    b.w(c.facp(resort), " Ski Patrol - ", c.ch("FIRST AID REPORT", "Incident/Injury Report", "Patrol Accident Report"), "\n")
    b.w("Date: ", c.dt(c.d0, c.ch("mdy", "mdy_nz", "wk_md")), "    Time of incident: ", t_inc, "    Report #: ",
        c.idn("ticket"), "\n")
    b.w("Injured: ", c.nm(pt, c.ch("full", "LF", "lf")), "    Age ", c.age_bare(c.age), "    Sex ", c.sexw(True), "\n")
    b.w("Home address: ", c.addr_items(), "\n")
    b.w("Phone: ", c.phone(), "    Season pass/ticket #: ", c.idn("pass"), "\n")
    if c.pr(0.35):
        b.w("Vehicle (lot ", c.ch("A", "B", "C"), "): plate ", c.veh("plate"), "\n")
    minor = c.age < 18
    if minor:
        par = c.rel(c.ch("mother", "father"))
        b.w("Parent: ", c.nm(par, c.ch("full", "first")), " ", c.phone(), "\n")
    b.w("Activity: ", c.ch("skiing", "snowboarding", "tubing", "sledding"), ", ability ",
        c.ch("beginner", "intermediate", "advanced", "expert"), ", helmet: ", c.ch("yes", "yes", "no"),
        ", rental equipment: ", c.ch("yes", "no"), "\n\n")
    b.w("Mechanism: ", c.ch("caught an edge, fell forward", "collided with tree", "jump landing, flat",
                            "collision with another skier", "fell getting off chairlift"), ". ",
        c.ch("No LOC.", "Possible brief LOC per friend.", "Unknown LOC."), "\n")
    b.w("Patroller on scene ", t_scene, ": ", c.nm(pat1, c.ch("full", "first", "last")), " (", c.ch("OEC", "EMT"), "). ",
        c.ch("Pt", c.nm(pt, "first")), " c/o ", inj[0], ", ", K(f"pain {c.ri(3, 10)}/10"), ".\n")
    b.w("Assessment: ", c.vitals(which=("hr", "rr", "spo2", "gcs")), ". ", inj[1], "\n")
    b.w("Toboggan to first aid room, arrived ", t_aid, ". ", c.ch(
        ["Transported at ", t_out, " by ", c.ch("county EMS", "private vehicle (friend)", "Flight for Life"), " to ",
         c.facp(c.hosp), "."],
        ["Released to self at ", t_out, " with advice to see MD."] if not minor else
        ["Released to parent at ", t_out, "."],
        ["Left ", t_out, " for ", c.facp(c.fac("clinic", c.addr.city)), " urgent care."]), "\n")
    b.w("Witness: ", c.nm(wit, c.ch("full", "first")), " ", c.phone(), c.ch([" (", c.email(wit), ")"], ""), "\n")
    b.w("Conditions: ", c.ch("packed powder", "icy", "6 in new snow", "flat light, fog"), "; ", K(f"{c.ri(8, 34)} F"),
        ". Trail ", c.ch("groomed", "ungroomed", "closed section (rope line)"), ".\n")
    b.w("Patrollers: ", c.nm(pat1, c.ch("full", "init_last")), ", ", c.nm(pat2, c.ch("full", "init_last")),
        "  Patrol director notified: ", c.nm(c.staff(), "full"), "\n")


PEER_SCEN = [
    ("abdominal pain", "a CBC, BMP and lipase", ("ondansetron", "4 mg"), "perforated appendicitis", "surgery"),
    ("a headache after a fall", "no imaging", ("Tylenol", "1 g"), "a subdural hematoma", "the neuro ICU"),
    ("chest pressure", "a single troponin and ECG", ("omeprazole", "20 mg"), "NSTEMI", "cardiology"),
    ("fever and flank pain", "a UA", ("Keflex", "500 mg"), "urosepsis", "the ICU"),
    ("hip pain after a fall", "pelvis films only", ("tramadol", "50 mg"), "an occult femoral neck fracture", "orthopedics"),
    ("shortness of breath", "a chest x-ray", ("albuterol HFA", "2 puffs"), "a pulmonary embolism", "medicine"),
]


FLIGHT_SCEN = [
    ("inferior STEMI", [("aspirin", "324 mg"), ("heparin", "4,000 units")], ("nitroglycerin", "50 mcg/min")),
    ("polytrauma s/p rollover MVC", [("TXA", "1 g"), ("fentanyl", "100 mcg")], ("norepinephrine", "8 mcg/min")),
    ("status epilepticus", [("Ativan", "4 mg"), ("Keppra", "4,500 mg")], ("propofol", "30 mcg/kg/min")),
    ("septic shock, urinary source", [("ceftriaxone", "2 g"), ("LR", "2 L")], ("norepinephrine", "12 mcg/min")),
    ("acute ischemic stroke, LVO", [("tenecteplase", "25 mg")], ("nicardipine", "5 mg/hr")),
    ("ruptured AAA", [("PRBC", "2 units")], ("fentanyl", "25 mcg/hr")),
]


CHIRO_SIGNS = L("Kemp's test|Yeoman's test|Gaenslen test|Spurling test|Patrick (FABER) test|Adson test|Ober test|"
                "Thomas test|Trendelenburg gait|Hoffmann sign")


def t_chw_home_visit(b, c):
    pt, chw, interp, doc = c.pt, c.staff(), c.staff(), c.staff()
    prog = c.ch("Healthy Homes", "Promotoras de Salud", "Community Connect", "Bridges to Care", "Neighborhood Health Navigators")
    kid = c.person(culture=pt.culture, last=pt.last)
    kid_age = c.ri(4, 12)
    if c.age >= 52:
        kid_rel = c.ch("grandson", "great-grandson") if kid.sex == "M" else c.ch("granddaughter", "great-granddaughter")
    elif c.age >= 36:
        kid_rel = c.ch("son", "nephew") if kid.sex == "M" else c.ch("daughter", "niece")
    else:
        kid_rel = c.ch("son", "nephew", "little brother") if kid.sex == "M" else c.ch("daughter", "niece", "little sister")
    landlord = c.person()
    foodbank = Fac(c.ch(FAC_WORDS) + c.ch(" Food Pantry", " Community Food Bank", " Mutual Aid Hub"))
    pharm = c.fac("pharmacy", c.addr.city)
    lang = c.ch(CULT_LANG[pt.culture]) if pt.culture in CULT_LANG and c.pr(0.7) else None
    visit = c.d0
    b.w(c.ch("COMMUNITY HEALTH WORKER HOME VISIT", "CHW Visit Note", "Community Health Worker - Home Visit"), " (", prog, ")\n")
    b.w("Client: ", c.nm(pt, c.ch("full", "lf")), "    DOB ", c.dt(c.dob, c.dob_kind()), "    Visit date: ",
        c.dt(visit, c.ch("mdy", "mdy_nz", "wk_month_d")), "    Referred by: Dr. ", c.nm(doc, c.ch("last", "full")), "\n")
    b.w("Location: home, ", c.addr_items(style=c.ch("line", "noz")), c.ch(["  (", "2nd floor walk-up", ")"], ""), "\n\n")
    if lang:
        b.w(c.ch(["Visit done in ", lang, " with interpreter ", c.nm(interp, c.ch("first", "full")), " by phone. "],
                 [c.nm(pt, "first"), " prefers ", lang, "; I spoke with ", c.him, " directly. "]))
    b.w(c.nm(pt, c.ch("first", "nick", "first")), " met me at the door with ", c.his, " ", kid_rel, " ",
        c.nm(kid, c.ch("first", "nick")), ", who is ",
        c.age_items(kid_age, c.ch("years old", "words")) if c.pr(0.5) else K(str(kid_age)), ". ")
    b.w(c.ch(["The apartment was cold; ", c.he, " says the landlord, ", c.title(landlord), c.nm(landlord, "last"),
              ", still has not fixed the heat after ", K(c.ch("3 weeks", "two weeks", "a month")), " of calls."],
             ["There is visible mold in the bathroom and the child uses ", K("albuterol HFA"),
              " ", K("2 puffs"), " most nights."],
             ["Home is tidy; ", c.he, " is worried about rent, which went up in ", c.dt(visit - D(c.ri(20, 90)), "month_y"), "."]), "\n")
    b.w(c.He, " brought out all ", c.his, " pill bottles. ", c.ch("Ran out of ", "Has not filled "), c.med(), " ",
        c.dur("days", 2, 10), c.ch(" because the copay was $47.", " - thought it was a one-time prescription.",
                                   " after the pharmacy moved."), " ", c.ch("Home cuff ", "Checked with my cuff: "), c.bp(""),
        " and ", K(f"HR {c.ri(60, 104)}"), ". ", c.ch("Denies chest pain or headache.", "Mild headache this morning.",
                                                      "No dizziness."), "\n")
    b.w("We called ", c.facp(pharm), " together (", c.phone(), ") and set up ", c.ch("home delivery", "a 90-day supply",
                                                                                 "a refill sync"), ". ")
    if c.pr(0.45) and c.age < 70:
        b.w(c.He, " also ", c.elder("looks after "), ", and has little time for ", c.his, " own appointments. ")
    b.w("SNAP recertification is due ", c.dt(visit + D(c.ri(5, 40)), c.ch("month_d", "md", "mon_d")), "; we started the form online. ",
        "Connected with ", c.nm(c.staff(), c.ch("first", "full")), " at ", c.facp(foodbank), " (", c.phone(), ") for a ",
        c.ch("weekly produce box", "diabetes-friendly pantry bag", "holiday meal"), ".\n")
    if c.pr(0.8):
        b.w(c.wordline(), "\n")
    b.w("Screening: ", K(f"PHQ-2 {c.ri(0, 6)}"), ", food insecurity ", c.ch("positive", "positive", "negative"),
        ", housing instability ", c.ch("positive", "negative"), ", transportation barrier ", c.ch("yes - no car", "no"), ".\n")
    b.w("Plan: I will ", c.ch("call the housing hotline with ", "follow up with "), c.nm(pt, "first"), c.ch(
        [" and send a note to Dr. ", c.nm(doc, "last"), " about the missed doses."], " about the lease.", "."),
        " Next visit ", c.dt(visit + D(c.ri(6, 15)), c.ch("wk_md", "wk_month_d", "md")), " at ", c.time(c.ri(9, 16), c.ch(0, 30)), ".\n")
    b.w(c.nm(chw, c.ch("full", "first_init", "fml")), ", CHW    ", c.ch(["cell ", c.phone()], ["ext ", c.ext()]), "\n")


def t_health_coaching(b, c):
    pt, coach, doc = c.pt, c.staff(), c.staff()
    emp = c.fac("employer", c.addr.city)
    fam = c.rel(c.ch("daughter", "son", c.sp, "sister", "niece"))
    last = c.d0 - D(c.ri(14, 35))
    lost = c.ri(1, 12)
    b.w(c.ch("HEALTH COACHING CALL", "Lifestyle Coaching Session Note", "Wellness Coaching - Telephonic"), " - ",
        c.ch("employer wellness program", "payer care program", "cardiometabolic program"), "\n")
    b.w("Participant: ", c.nm(pt, c.ch("full", "lf")), "    Member ID ", c.hpn(), "    Session ", str(c.ri(2, 9)), "\n")
    b.w("Date: ", c.dt(c.d0), "    Coach: ", c.nm(coach, c.ch("full", "first_init")), ", ", c.ch("NBC-HWC", "RD, CDCES", "RN"), "\n\n")
    t1, t2 = c.tseq(2, day=(8, 18), gap=(20, 45))
    b.w("Called ", c.nm(pt, c.ch("first", "nick")), " at ", c.phone(), " at ", t1, " as scheduled; call ended ", t2, ". ")
    b.w(c.He, " works ", c.ch("second shift", "days", "rotating 12s"), " at ", c.facp(emp), " and says ", c.ch(
        "the vending machines are the only option on breaks.", "the new supervisor lets them take a walk at lunch.",
        "overtime has made it hard to cook."), " ")
    b.w(c.He, " has ", c.ch(["lost ", K(f"{lost} lb")], ["gained ", K(f"{c.ri(1, 4)} lb")]), " since ", c.dt(last, c.ch("month_d", "md")),
        " (now ", K(f"{c.ri(150, 290)} lb"), ").\n")
    b.w("Last goal: walk ", K(c.ch("20 minutes", "30 minutes", "10 minutes")), " ", K(c.ch("5 days/week", "3x/week", "daily")),
        " - met ", c.ch("3 of 5 days", "every day", "1 day", "most days"), ". ", c.ch(
            ['"', c.nm(fam, "first"), ' got me a step counter and texts me my numbers."'],
            ["Walks with ", c.his, " ", fam.relation, " ", c.nm(fam, c.ch("first", "full")), " after dinner."],
            ["Knee pain ", K(f"{c.ri(3, 7)}/10"), " limits walking; considering water aerobics at the Y."]), "\n")
    b.w("Per chart, ", c.lab("A1c"), " on ", c.dt(c.d0 - D(c.ri(20, 80)), c.ch("md", "mdy")), " (Dr. ", c.nm(doc, "last"),
        "). Taking ", c.med(c.ch([d for d in DRUGS if d[0] in ("metformin", "Ozempic", "Jardiance", "Mounjaro", "Trulicity")])),
        c.ch("; some nausea the first week, better now.", "; no side effects.", "; forgot doses on weekends."), "\n")
    if c.pr(0.8):
        b.w(c.wordline(), "\n")
    b.w("Readiness: importance ", K(f"{c.ri(5, 10)}/10"), ", confidence ", K(f"{c.ri(3, 9)}/10"), ". Used reflective listening; ",
        c.he, " identified ", c.ch("meal prep on Sundays", "packing lunch", "swapping soda for sparkling water",
                                  "a bedtime alarm"), " as the next step. ", c.ch("I hope this sticks, ", "Hope to see "),
        c.ch("we'll see.", "progress by next call."), "\n")
    b.w("New goal (SMART): ", c.ch("pack lunch 4 of 5 workdays", "walk 15 min after dinner 5 nights", "no soda on weekdays"),
        " for the next ", K(c.ch("2 weeks", "14 days", "3 weeks")), ".\n")
    b.w("Next call ", c.dt(c.d0 + D(c.ri(10, 21)), c.ch("wk_md", "mon_d", "md")), " ", c.time(c.ri(8, 18), c.ch(0, 30)),
        ". Materials emailed to ", c.email(pt), ".\n")


EXPED = [("river", "Colorado River", ["Lava Falls", "Phantom Ranch", "Deer Creek", "Havasu Creek", "Granite Rapid"], "AZ"),
         ("river", "Middle Fork Salmon", ["Pistol Creek", "Indian Creek", "Loon Creek", "Big Creek"], "ID"),
         ("trail", "Wind River Range", ["Titcomb Basin", "Island Lake", "Big Sandy Lake", "Cirque of the Towers"], "WY"),
         ("trail", "Boundary Waters", ["Lake Insula", "Kekekabic Lake", "Ima Lake", "Snowbank Lake"], "MN"),
         ("trail", "John Muir Trail", ["Evolution Basin", "Muir Pass", "Thousand Island Lake", "Guitar Lake"], "CA"),
         ("river", "Green River", ["Desolation Canyon", "Rock Creek Ranch", "Three Fords"], "UT")]


def t_expedition_log(b, c):
    pt, lead, guide2, mc = c.pt, c.staff(), c.staff(), c.staff()
    outfit = Fac(c.ch(FAC_WORDS) + c.ch(" Expeditions", " Outdoor School", " River Company", " Wilderness Programs"))
    kind, area, spots, st = c.ch(EXPED)
    s1, s2 = c.sample(spots, 2)
    day = c.ri(2, 9)
    t_inj, t_eval, t_call = c.tseq(3, day=(8, 17), gap=(10, 50))
    scen = c.r.randrange(4)
    b.w(c.facp(outfit), " - ", c.ch("EXPEDITION MEDICAL LOG", "Field Incident & Treatment Record", "Trip Medical Notes"), "\n")
    b.w("Trip: ", P(area, "LOCATION"), ", ", st, ", ", c.dt(c.d0 - D(day - 1), c.ch("md", "mon_d")), " - ",
        c.dt(c.d0 + D(c.ri(1, 6)), c.ch("md", "mon_d", "mdy")), "    Day ", str(day), "\n")
    b.w("Lead: ", c.nm(lead, c.ch("full", "first_init")), ", ", c.ch("WEMT", "WFR", "RN, WFR"), "    Assistant: ",
        c.nm(guide2, c.ch("full", "first")), "\n\n")
    what = ["slipped on wet rock while scouting and rolled the L ankle",
            "was struck on the R forearm by a paddle" if kind == "river" else "fell on the R forearm on talus",
            "reported 2 days of loose stools and cramping",
            "developed headache and nausea after the climb to camp"][scen]
    b.w("Day ", str(day), ", near ", P(s1, "LOCATION"), ". ", c.nm(pt, c.ch("first", "nick", "full")), " (participant, ",
        c.age_items(c.age, c.ch("age", "yo", "words")), ") ", what, " around ", t_inj, ". ")
    b.w("Assessed at ", t_eval, ": ", c.vitals(which=("hr", "rr", "spo2"), o2=False), ", alert and oriented. ", [
        ["No posterior malleolar tenderness; able to take 4 steps - ", K("Ottawa ankle rules"), " negative. Taped, ",
         K("ibuprofen"), " ", K("600 mg"), " q6h, elevation."],
        ["Swelling and tenderness mid-forearm, CMS intact, splinted with a ", K("SAM splint"), "; ", K("ibuprofen"), " ",
         K("400 mg"), " q6h."],
        ["Mild dehydration; started ORS and ", K("Imodium"), " ", K("2 mg"), " after each loose stool; stricter hand hygiene."],
        ["Lake Louise score ", K(f"{c.ri(3, 6)}"), "; rest day, fluids, ", K("acetazolamide"), " ", K("125 mg"), " BID."]][scen], "\n")
    b.w(c.ch([c.nm(c.person(), "first"), " (tentmate) will help carry gear."],
             [c.nm(guide2, "first"), " re-checked at dinner - improving."], "Slept well per participant."), "\n")
    b.w("Sat phone to medical control Dr. ", c.nm(mc, c.ch("full", "last")), " at ", t_call, " (", c.phone(), "): ", c.ch(
        "no evacuation needed; continue with modified duties.",
        ["recommends evacuation at ", P(s2, "LOCATION"), "; outfitter arranging shuttle."],
        "reassess in the morning; evacuate if worse."), "\n")
    b.w("Emergency contact notified: ", c.ch("not yet (per participant)", [c.nm(c.rel(c.ch("mother", "father", c.sp)), "full"), " ",
                                                                          c.phone()]), "\n")
    b.w("Other participants well. Water treated with ", c.ch("Aquamira", "UV pen", "boiling"), ".\n")


def t_mm_conference(b, c):
    pt, res, att, disc1, disc2 = c.pt, c.staff(), c.staff(), c.staff(), c.staff()
    surg = c.d0 - D(c.ri(14, 70))
    proc, sx, comp, mgmt, grade, lesson = c.ch(MM_SCEN)
    b.w(c.ch("DEPARTMENT OF SURGERY - MORBIDITY & MORTALITY CONFERENCE", "M&M Conference Summary",
             "Morbidity and Mortality Case Review"), "\n")
    b.w("Conference date: ", c.dt(c.d0, c.ch("mdy", "month_d_y")), "    Location: ", c.facp(c.hosp), ", ",
        c.ch("Auditorium B", "Surgery conference room", "Zoom"), "\n")
    b.w("Presenter: Dr. ", c.nm(res, c.ch("full", "last")), " (PGY-", str(c.ri(2, 5)), ")    Attending surgeon: Dr. ",
        c.nm(att, c.ch("full", "fml")), "\n\n")
    b.w("CASE\n")
    b.w(c.title(pt), c.nm(pt, "last"), " is a ", c.age_items(c.age, c.ch("yo_hyph", "words")), " ", c.sexw(), " with ",
        c.pmh(c.ri(2, 3), c.ch(0, 1)), " who underwent ", K(proc) if proc == "Whipple procedure" else proc, " on ",
        c.dt(surg, c.ch("month_d", "mdy", "mon_d")), ". ")
    b.w("The operation took ", K(c.ch("2 hours 10 minutes", "95 minutes", "4.5 hours")), " with EBL ", K(f"{c.ri(20, 600)} mL"),
        ". On POD ", str(c.ri(1, 6)), " ", c.he, " developed ", sx, " (", c.vitals(which=("hr", "t")), "; ", c.labs(2),
        "), and workup showed ", comp, ". ")
    b.w("Management was ", mgmt, c.ch([" by Dr. ", c.nm(c.staff(), "last"), " on ", c.dt(surg + D(c.ri(2, 7)), c.ch("md", "mon_d"))], ""),
        ". ", c.He, " was discharged on POD ", str(c.ri(5, 16)), c.ch(" to home.", [" to ", c.facp(c.fac("nursing")), "."],
                                                                        " with home health."), "\n\n")
    b.w("DISCUSSION\n")
    b.w("Dr. ", c.nm(disc1, c.ch("last", "full")), " asked whether ", lesson, " was documented; the op note ", c.ch(
        "does not describe it.", "describes it clearly.", "is ambiguous."), " ", c.nm(disc2, c.ch("full", "init_last")),
        c.ch(" noted that ", " pointed out that "), c.ch("the complication rate for this procedure in our group is in line with NSQIP.",
                                                        "early imaging may have shortened the LOS.",
                                                        "the patient's family had raised concerns on POD 1."), " ")
    b.w("Classification: ", K(f"Clavien-Dindo grade {grade}"), "; ", c.ch("preventable", "possibly preventable", "not preventable"),
        ". ", c.ch("Will", "We will"), " add ", lesson, " to the resident curriculum.\n")
    b.w("Learning points: (1) ", lesson, "; (2) low threshold for imaging when vitals change ", K(c.ch("after 48 hours", "on POD 2")),
        "; (3) communicate early with family.\n")
    b.w("Summary prepared by ", c.nm(res, c.ch("init_last", "full")), ". Confidential - quality improvement.\n")


CULT_COUNTRY = {
    "hispanic": L("Guatemala|Honduras|El Salvador|Mexico|Venezuela|Colombia|Ecuador|Peru|Cuba|the Dominican Republic"),
    "haitian": ["Haiti"], "west_african": L("Nigeria|Ghana|Senegal|Sierra Leone|Guinea|Mali"),
    "east_african": L("Somalia|Ethiopia|Eritrea|Kenya|Sudan"), "arab": L("Iraq|Syria|Yemen|Jordan|Egypt|Lebanon"),
    "south_asian": L("India|Nepal|Bhutan|Bangladesh|Pakistan|Afghanistan"), "chinese": L("China|Taiwan"),
    "korean": ["South Korea"], "japanese": ["Japan"], "vietnamese": ["Vietnam"], "filipino": ["the Philippines"],
    "hmong": L("Laos|Thailand"), "slavic": L("Ukraine|Poland|Russia|Bosnia and Herzegovina|Georgia|Moldova"),
    "european": L("Italy|Ireland|Greece|Portugal|Israel"), "turk_persian": L("Iran|Turkey|Afghanistan"),
    "native_pacific": L("Samoa|Tonga|the Marshall Islands"), "anglo": L("Canada|the United Kingdom|Australia"),
    "black_us": L("Jamaica|Trinidad and Tobago|Barbados|Guyana")}
CULT_LANG = {"hispanic": ["Spanish", "Spanish", "K'iche'", "Mam"], "haitian": ["Haitian Creole"],
             "west_african": ["French", "Yoruba", "Twi", "Wolof"], "east_african": ["Somali", "Amharic", "Tigrinya", "Swahili"],
             "arab": ["Arabic"], "south_asian": ["Hindi", "Punjabi", "Bengali", "Urdu", "Nepali", "Gujarati"],
             "chinese": ["Mandarin", "Cantonese"], "korean": ["Korean"], "japanese": ["Japanese"],
             "vietnamese": ["Vietnamese"], "filipino": ["Tagalog", "Ilocano"], "hmong": ["Hmong"],
             "slavic": ["Russian", "Ukrainian", "Polish", "Bosnian"], "european": ["Italian", "Portuguese", "Greek"],
             "turk_persian": ["Farsi", "Turkish", "Dari"], "native_pacific": ["Navajo", "Samoan", "Tongan"]}


MM_SCEN = [
    ("laparoscopic cholecystectomy", "abdominal pain and fever", "a bile leak from the cystic duct stump",
     "ERCP with stent placement", "IIIb", "critical view of safety"),
    ("right hemicolectomy", "tachycardia and abdominal pain", "an anastomotic leak",
     "return to the OR for washout and ileostomy", "IIIb", "anastomotic perfusion assessment"),
    ("total thyroidectomy", "perioral tingling", "symptomatic hypocalcemia", "IV calcium gluconate", "II",
     "parathyroid identification"),
    ("open inguinal hernia repair", "inability to void", "urinary retention", "straight catheterization", "I",
     "spinal anesthesia dosing"),
    ("Whipple procedure", "high drain output and fever", "a grade B pancreatic fistula", "IR drain placement", "IIIa",
     "drain amylase monitoring"),
    ("laparoscopic appendectomy", "fever and RLQ pain", "an intra-abdominal abscess", "IR drainage and antibiotics", "IIIa",
     "stump closure technique"),
]


# ---------------------------------------------------------------------------
# registry, validation, driver
# ---------------------------------------------------------------------------
# name -> (function, age_lo, age_hi, probability patient is 90+, forced sex)
STYLES = {
    "utilization_review": (t_utilization_review, 45, 89, 0.30, None),
    "peer_review": (t_peer_review, 25, 89, 0.15, None),
    "quality_abstraction": (t_quality_abstraction, 40, 89, 0.22, None),
    "home_sleep_test_order": (t_home_sleep_test, 28, 79, 0.0, None),
    "optometry_exam": (t_optometry, 7, 89, 0.15, None),
    "chiropractic_soap": (t_chiropractic, 19, 78, 0.0, None),
    "acupuncture_treatment": (t_acupuncture, 25, 89, 0.08, None),
    "midwife_home_birth": (t_midwife_home_birth, 19, 42, 0.0, "F"),
    "disaster_shelter_intake": (t_disaster_shelter, 22, 89, 0.10, None),
    "employee_health": (t_employee_health, 20, 68, 0.0, None),
    "flight_medicine": (t_flight_medicine, 24, 89, 0.08, None),
    "cruise_ship_infirmary": (t_cruise_infirmary, 30, 89, 0.20, None),
    "military_sick_call": (t_military_sick_call, 18, 44, 0.0, None),
    "sports_preparticipation_physical": (t_sports_physical, 12, 18, 0.0, None),
    "dot_cdl_physical": (t_dot_physical, 22, 76, 0.0, None),
    "immigration_medical_i693": (t_immigration_medical, 1, 89, 0.08, None),
    "drug_test_chain_of_custody": (t_chain_of_custody, 18, 66, 0.0, None),
    "coroner_phone_intake": (t_coroner_call, 55, 89, 0.50, None),
    "pet_therapy_visit": (t_pet_therapy, 6, 89, 0.35, None),
    "clinical_trial_visit_log": (t_trial_visit, 30, 80, 0.0, None),
    "pharmacogenomics_report": (t_pharmacogenomics, 25, 89, 0.10, None),
    "econsult": (t_econsult, 18, 89, 0.10, None),
    "nurse_triage_protocol": (t_nurse_triage, None, None, 0.05, None),
    "bereavement_followup": (t_bereavement, 35, 89, 0.12, None),
    "return_to_work_letter": (t_return_to_work, 19, 66, 0.0, None),
    "contact_tracing_interview": (t_contact_tracing, 3, 82, 0.04, None),
    "ski_patrol_first_aid": (t_ski_patrol, 8, 72, 0.0, None),
    "chw_home_visit": (t_chw_home_visit, 30, 89, 0.06, None),
    "health_coaching_call": (t_health_coaching, 28, 72, 0.0, None),
    "wilderness_expedition_log": (t_expedition_log, 14, 70, 0.0, None),
    "surgical_mm_conference": (t_mm_conference, 25, 89, 0.12, None),
}

PARTICLES = {"de", "la", "del", "da", "das", "dos", "di", "du", "van", "der", "von", "le", "bin", "ibn", "al", "el",
             "st", "jr", "sr", "ii", "iii", "iv", "y", "e"}
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def leak_probes(phi):
    out = set()
    for a, b, e, v in phi:
        out.add(v)
        if e == "PERSON":
            for tok in TOKEN_RE.findall(v):
                if len(tok) >= 2 and tok.lower() not in PARTICLES:
                    out.add(tok)
    return out


def validate(text, phi, keep):
    errs = []
    for a, b, e, v in phi:
        if text[a:b] != v:
            errs.append(f"phi mismatch {a}:{b} {v!r} vs {text[a:b]!r}")
    for a, b, v in keep:
        if text[a:b] != v:
            errs.append(f"keep mismatch {a}:{b}")
    spans = sorted([(a, b, "P") for a, b, _, _ in phi] + [(a, b, "K") for a, b, _ in keep])
    for (a1, b1, k1), (a2, b2, k2) in zip(spans, spans[1:]):
        if a2 < b1:
            errs.append(f"overlap {k1}{a1}:{b1} {k2}{a2}:{b2}")
    cover = [(a, b) for a, b, _, _ in phi] + [(a, b) for a, b, _ in keep]
    for pr in leak_probes(phi):
        flags = re.I if len(pr) >= 3 else 0
        for m in re.finditer(re.escape(pr), text, flags):
            s, e = m.start(), m.end()
            if s > 0 and text[s - 1].isalnum() and pr[0].isalnum():
                continue
            if e < len(text) and text[e].isalnum() and pr[-1].isalnum():
                continue
            if not any(a <= s and e <= b for a, b in cover):
                errs.append(f"leak {pr!r} at {s}")
                break
    return errs


def build_note(style, rng):
    fn, lo, hi, p90, sex = STYLES[style]
    if style == "nurse_triage_protocol":
        lo, hi = (1, 12) if rng.random() < 0.45 else (18, 89)
    months = {"ski_patrol_first_aid": (12, 1, 2, 3), "wilderness_expedition_log": (5, 6, 7, 8, 9)}.get(style)
    c = Ctx(rng, lo, hi, p90, sex, months)
    k = rng.random()
    upper_p = 0.30 if style in ("drug_test_chain_of_custody", "military_sick_call") else 0.08
    case_mode = "upper" if k < upper_p else ("lower" if k < upper_p + 0.08 else "normal")
    typo = rng.uniform(0.01, 0.05) if rng.random() < 0.35 else 0.0
    b = Note(rng, case_mode, typo)
    fn(b, c)
    return b, case_mode


def generate(n, seed, log=None):
    order_rng = random.Random(f"set-k-order:{seed}")
    names = list(STYLES)
    order = [names[i % len(names)] for i in range(n)]
    order_rng.shuffle(order)
    out = []
    retries = {}
    for i, style in enumerate(order):
        for attempt in range(500):
            rng = random.Random(f"set-k:{seed}:{i}:{attempt}")
            b, mode = build_note(style, rng)
            text = b.text
            errs = validate(text, b.phi, b.keep)
            if not errs:
                break
            retries.setdefault(style, []).append(errs[0])
        else:
            raise RuntimeError(f"could not build valid note {i} ({style}): {errs[:3]}")
        nid = f"K{i + 1:04d}"
        rec = {
            "note_id": nid,
            "patient_id": f"KP{i + 1:04d}",
            "template": style,
            "text": text,
            "phi": [{"start": a, "end": b_, "entity": e, "category": ENT_CAT[e]}
                    for a, b_, e, _ in sorted(b.phi)],
            "keep": [{"start": a, "end": b_} for a, b_, _ in sorted(b.keep)],
        }
        out.append((rec, sorted(b.phi), sorted(b.keep)))
    if log is not None:
        tot = sum(len(v) for v in retries.values())
        log.write(f"regenerations due to validation: {tot}\n")
        for k_, v in sorted(retries.items()):
            log.write(f"  {k_}: {len(v)} e.g. {v[0]}\n")
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=250)
    ap.add_argument("--seed", type=int, default=127)
    ap.add_argument("--out", default="set_k.jsonl")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    notes = generate(a.n, a.seed, None if a.quiet else sys.stderr)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec, _, _ in notes:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if not a.quiet:
        sys.stderr.write(f"wrote {len(notes)} notes to {a.out}\n")


if __name__ == "__main__":
    main()

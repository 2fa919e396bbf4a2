# Hand-written gold for tests/data/wider3 (eleven texts written for the second round of issue 14, annotated
# here before the actor analysis was run on them). One line per text: the title, then each cleaned block;
# "surface STATE" in reading order, "-" for no state; a line that is only "-" has no mention.
SPEC = {
    "y01_kazakhstan.txt": """
Russian RUS|Kazakhstan KAZ|Tokayev KAZ
Collective Security Treaty Organization -|CSTO -|Kazakhstan KAZ|Kassym-Jomart Tokayev KAZ|Moscow RUS|Russian RUS|Almaty KAZ
Armenian ARM|Nikol Pashinyan ARM|Belarus BLR|Tajikistan TJK|Kyrgyzstan KGZ|Bishkek KGZ|Kyrgyz KGZ
Tokayev KAZ|Nursultan Nazarbayev KAZ|Security Council KAZ|Karim Masimov KAZ|National Security Committee KAZ|KNB KAZ|Kremlin RUS|Dmitry Peskov RUS|Moscow RUS|Kazakhstan KAZ
US USA|Antony Blinken USA|Kazakhstan KAZ|China CHN|Xi Jinping CHN|Tokayev KAZ|Zhanaozen KAZ|Aktobe KAZ|Shymkent KAZ
""",
    "y02_zaporizhzhia.txt": """
IAEA -|Grossi -|Zaporizhzhia UKR
Rafael Grossi -|International Atomic Energy Agency -|Zaporizhzhia UKR|Russian forces RUS|Ukraine UKR|Energoatom UKR|Russian troops RUS|Moscow RUS|Kyiv UKR
Rosatom RUS|Russia RUS|Enerhodar UKR|Renat Karchaa RUS|Rosatom RUS|Alexei Likhachev RUS|Ukrainian UKR
Ukrainian UKR|Volodymyr Zelensky UKR|UN Security Council -|New York USA|Russia RUS|Vassily Nebenzia RUS|Russia RUS|United Nations -|French FRA|Emmanuel Macron FRA|Vladimir Putin RUS
Ihor Klymenko UKR|Ukraine UKR|Nikopol UKR|Dnipro UKR
""",
    "y03_tehran_embassy.txt": """
Azerbaijan AZE|Tehran IRN
Azerbaijan AZE|Tehran IRN|Ilham Aliyev AZE|Iran IRN
Iran IRN|Hossein Amir-Abdollahian IRN|Azerbaijani AZE|Jeyhun Bayramov AZE|Tehran IRN|Hossein Rahimi IRN|Azerbaijani officials AZE|Iranian IRN
Hikmet Hajiyev AZE|Aliyev AZE|Baku AZE|Azerbaijan AZE|Armenia ARM|Israel ISR|Tehran IRN
European Union -|Turkey TUR|Turkish TUR|Mevlut Cavusoglu TUR|Bayramov AZE
""",
    "y04_gantz_baku.txt": """
Israeli ISR|Gantz ISR|Baku AZE|Iran IRN
Israel ISR|Benny Gantz ISR|Baku AZE|Azerbaijani AZE|Ilham Aliyev AZE|Zakir Hasanov AZE|Israeli ISR
Azerbaijan AZE|Israel Aerospace Industries ISR|Israel ISR|Georgia GEO|Turkey TUR|Armenian officials ARM|Israeli ISR|Nagorno-Karabakh -
Tehran IRN|Iranian Revolutionary Guards IRN|Hossein Salami IRN|Iran IRN|Israeli ISR|Iranian foreign ministry IRN|Saeed Khatibzadeh IRN|Baku AZE
Gantz ISR|Hikmet Hajiyev AZE|Tashkent UZB|Uzbek officials UZB
""",
    "y05_armenia_csto.txt": """
Pashinyan ARM|Armenia ARM|Moscow RUS|CSTO -
Armenian ARM|Nikol Pashinyan ARM|Yerevan ARM|Collective Security Treaty Organization -|Armenia ARM|Azerbaijani troops AZE
Russian foreign ministry RUS|Maria Zakharova RUS|Armenia ARM|Russian peacekeepers RUS|Nagorno-Karabakh -|Azerbaijan AZE|Karabakh -|Armenians ARM|Armenia ARM
Ararat Mirzoyan ARM|EU -|Josep Borrell -|EU -|Armen Grigoryan ARM|Armenia ARM|Security Council ARM|France FRA|United States USA|Russia RUS
Robert Kocharyan ARM|Pashinyan ARM|Karabakh -|Kremlin RUS|Dmitry Peskov RUS|Moscow RUS|Armenia ARM
""",
    "y06_derna.txt": """
Libya LBY|Derna LBY
Egypt EGY|Turkey TUR|United Arab Emirates ARE|Derna LBY|Libyan LBY|Libyan Red Crescent LBY
Osama Hamad LBY|Khalifa Haftar LBY|Government of National Unity LBY|Tripoli LBY|Abdul Hamid Dbeibah LBY|Benghazi LBY
UN -|Abdoulaye Bathily -|Libya LBY|World Meteorological Organization -
Haftar LBY|Libyan National Army LBY|Aguila Saleh LBY
""",
    "y07_syria_sdf.txt": """
Turkish TUR|Kurdish -|SDF SYR|Syria SYR
Turkish TUR|Qamishli SYR|Syrian Democratic Forces SYR|Ankara TUR|Kurdish -|Ankara TUR
Turkish TUR|Hakan Fidan TUR|PKK TUR|YPG SYR|Iraq IRQ|Syria SYR|SDF SYR|Mazloum Abdi SYR|Turkey TUR|Washington USA
American troops USA|SDF SYR|Islamic State -|Pentagon USA|Pat Ryder USA|US USA|Turkish TUR|Hasakah SYR
Syrian government SYR|Damascus SYR|Russia RUS|Iran IRN|US USA
""",
    "y08_foreign_agents.txt": """
Georgian GEO
Georgia GEO|Salome Zourabichvili GEO|Russia RUS|Rustaveli Avenue GEO|Tbilisi GEO
Mamuka Mdinaradze GEO|Georgian Dream GEO|Shalva Papuashvili GEO|Tina Bokuchava GEO|United National Movement GEO|UNM GEO|Georgia GEO|Europe -
US State Department USA|Matthew Miller USA|Washington USA|Tbilisi GEO|Georgian officials GEO|EU -|Josep Borrell -|Georgia GEO|Giorgi Gakharia GEO|For Georgia GEO
Moscow RUS|Foreign Ministry RUS|Maria Zakharova RUS|West -|Georgia GEO
""",
    "y09_sofagate.txt": """
Von der Leyen -|Ankara TUR|Michel -
European Commission -|Ursula von der Leyen -|Turkish TUR|Recep Tayyip Erdogan TUR|Ankara TUR|European Council -|Charles Michel -|Commission -|Eric Mamer -
Turkish TUR|Mevlut Cavusoglu TUR|EU -|Italian ITA|Mario Draghi ITA|Erdogan TUR|Ankara TUR|Italian ITA
Turkish TUR|Greece GRC|Cyprus CYP|Greek GRC|Kyriakos Mitsotakis GRC|EU -|Turkey TUR|Turkey TUR
""",
    "y10_ryanair.txt": """
Belarus BLR|Ryanair -|Minsk BLR
Ryanair -|Athens GRC|Vilnius LTU|Minsk BLR|Belarusian BLR|Roman Protasevich BLR|Nexta BLR|Russian RUS|Sofia Sapega RUS
Lithuanian LTU|Gabrielius Landsbergis LTU|EU -|Belarusian BLR|Belavia BLR|Alexander Lukashenko BLR|West -
Sviatlana Tsikhanouskaya BLR|Lithuania LTU|Protasevich BLR|Kremlin RUS|Dmitry Peskov RUS|Belarusian authorities BLR
lukashenko BLR|putin RUS|nato -
kremlin RUS
""",
    "y11_grain_deal.txt": """
Russia RUS|Black Sea -|Erdogan TUR|Putin RUS
Russia RUS|Ukraine UKR|Odesa UKR|Black Sea -|Kremlin RUS|Dmitry Peskov RUS|Moscow RUS
United Nations -|Turkey TUR|Joint Coordination Centre -|Istanbul TUR|UN -|Antonio Guterres -|World Food Programme -|Africa -|Middle East -
Ukrainian UKR|Oleksandr Kubrakov UKR|Russian Defence Ministry RUS|Ukrainian UKR|Russian RUS|Odesa UKR|Chornomorsk UKR
Recep Tayyip Erdogan TUR|Vladimir Putin RUS|Russian RUS|Turkey TUR
""",
}

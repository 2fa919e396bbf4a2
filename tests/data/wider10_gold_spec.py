# Hand-written gold for tests/data/wider10 (ten texts written for the blind check of issue 14's round 8, on
# events none of the earlier sets covers; annotated here from the text alone and committed before the actor
# analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then each
# cleaned block); "surface STATE" in reading order, "-" for no state. The texts have no bylines.
SPEC = {
    "w01_avdiivka.txt": """
Ukraine UKR|Avdiivka UKR|Russia RUS|Bakhmut UKR
Ukraine UKR|Avdiivka UKR|Oleksandr Syrskyi UKR|Russian RUS|Donetsk UKR|Syrskyi UKR|Volodymyr Zelensky UKR|Valery Zaluzhnyi UKR
Russian Defence Ministry RUS|Vladimir Putin RUS|Sergei Shoigu RUS|Central Military District RUS|Andrei Mordvichev RUS|Moscow RUS|Avdiivka UKR|Avdiivka UKR|Rinat Akhmetov UKR|Metinvest -
3rd Separate Assault Brigade UKR|Oleksandr Tarnavskyi UKR|Lastochkyne UKR|Sieverne UKR
Zelensky UKR|Ukraine UKR|Washington USA|Joe Biden USA|House of Representatives USA|Republicans USA|Mike Johnson USA|Jake Sullivan USA|White House USA|Ukrainian troops UKR
Institute for the Study of War USA|Russian army RUS|Pokrovsk UKR|Kostiantynivka UKR|Andrei Morozov RUS|Kremlin RUS|Russia RUS|Avdiivka UKR
""",
    "w02_prigozhin_crash.txt": """
Prigozhin RUS|Tver RUS|Wagner RUS
Yevgeny Prigozhin RUS|Wagner RUS|Kuzhenkino RUS|Tver RUS|Moscow RUS|St Petersburg RUS|Rosaviatsiya RUS|Russia RUS|Prigozhin RUS|Dmitry Utkin RUS
Wagner RUS|Rostov-on-Don RUS|Moscow RUS|Belarusian BLR|Alexander Lukashenko BLR|Prigozhin RUS|Belarus BLR|RIA Novosti RUS|Sergei Surovikin RUS|Aerospace Forces RUS|Wagner RUS
Vladimir Putin RUS|Prigozhin RUS|Investigative Committee RUS|Dmitry Peskov RUS|Putin RUS|Western -|Kremlin RUS
Washington USA|Joe Biden USA|Pentagon USA|British Ministry of Defence GBR|Russia RUS|Federal Security Service RUS
Prigozhin RUS|St Petersburg RUS|Russian Defence Ministry RUS|Wagner RUS|Syria SYR|Libya LBY|Mali MLI|Central African Republic CAF|Africa Corps RUS|Tsel BLR|Belarus BLR|Mogilev BLR
""",
    "w03_amini_protests.txt": """
Iran IRN|Mahsa Amini IRN
Mahsa Amini IRN|Kurdish -|Saqqez IRN|Iran IRN|Islamic Republic IRN|Tehran IRN
Kurdistan IRN|Mashhad IRN|Isfahan IRN|Shiraz IRN|Zahedan IRN|Baluch -|Sharif University of Technology IRN|Oslo NOR|Iran Human Rights NOR|US USA|Human Rights Activists News Agency USA|HRANA USA
Ali Khamenei IRN|United States USA|Zionist ISR|Ebrahim Raisi IRN|Islamic Revolutionary Guard Corps IRN|Kurdish -|Iraq IRQ|Iraq IRQ|Iran IRN
Gholam-Hossein Mohseni-Ejei IRN|Mohsen Shekari IRN|European Union -|IRIB IRN|UN Human Rights Council -|Geneva CHE|Iran IRN|UN Commission on the Status of Women -
Germany DEU|Annalena Baerbock DEU|Berlin DEU|Canada CAN|Justin Trudeau CAN|Guards IRN
""",
    "w04_earthquake_margara.txt": """
Armenian ARM|Turkish TUR
Armenia ARM|Turkey TUR|Margara ARM|Turkey TUR|Syria SYR|Armenian government ARM|Serdar Kılıç TUR|Turkey TUR|Armenia ARM|Adıyaman TUR
Pazarcık TUR|Kahramanmaraş TUR|Elbistan TUR|Hatay TUR|Gaziantep TUR|Malatya TUR|Osmaniye TUR|Antakya TUR|Turkey TUR|Disaster and Emergency Management Authority TUR|AFAD TUR|Syria SYR|Aleppo SYR|Latakia SYR|Idlib SYR
Armenia ARM|Ministry of Emergency Situations ARM|Adıyaman TUR|Azerbaijan AZE|Greece GRC|Israel ISR|Ararat Mirzoyan ARM|Armenia ARM|Ankara TUR|Turkish TUR|Mevlüt Çavuşoğlu TUR
Syria SYR|United Nations -|Bab al-Hawa SYR|Turkey TUR|Bashar al-Assad SYR|Bab al-Salam SYR|al-Rai SYR|Martin Griffiths -|UN -|Syria SYR|White Helmets SYR
Recep Tayyip Erdoğan TUR
""",
    "w05_israel_quneitra.txt": """
Israeli troops ISR|Mount Hermon -|Syria SYR
Israeli troops ISR|Syrian SYR|Golan Heights SYR|Bashar al-Assad SYR|Damascus SYR|Syrian SYR|Mount Hermon -|Benjamin Netanyahu ISR|Golan SYR|Assad SYR|Israel Defense Forces ISR
IDF ISR|210th Division ISR|Quneitra SYR|Hader SYR|Jubata al-Khashab SYR|Kudana SYR|Quneitra SYR|Israeli Air Force ISR|Syrian army SYR|Latakia SYR|Tartus SYR|Israel Katz ISR
Ahmed al-Sharaa SYR|Hayat Tahrir al-Sham SYR|Syria SYR|Saudi Arabia SAU|Qatar QAT|Egypt EGY|Jordan JOR|Turkey TUR|Hakan Fidan TUR|Israel ISR
United Nations Disengagement Observer Force -|UNDOF -|António Guterres -|Israel ISR|Netanyahu ISR|Syria SYR|Daraa SYR|Suwayda SYR|Israel ISR|Druze -
Majdal Shams SYR|Druze -|Israeli ISR|Golan SYR|Damascus SYR|Asaad al-Shaibani SYR|UN Security Council -|Israeli ISR
""",
    "w06_lachin_blockade.txt": """
Azerbaijani AZE|Lachin AZE|Karabakh -|Armenia ARM
Azerbaijanis AZE|Lachin AZE|Armenia ARM|Nagorno-Karabakh -|Russian peacekeepers RUS|Shusha AZE
Armenian officials ARM|Baku AZE|SOCAR AZE|Baku AZE|Stepanakert -|Ruben Vardanyan -|International Committee of the Red Cross -|Russian peacekeepers RUS
Nikol Pashinyan ARM|Russian RUS|Collective Security Treaty Organization -|Azerbaijani Foreign Ministry AZE|Aykhan Hajizada AZE|Ilham Aliyev AZE|International Court of Justice -|Azerbaijan AZE
Azerbaijan AZE|Hakari AZE|Armenian ARM|State Department USA|Washington USA|European Union -|Luis Moreno Ocampo ARG|International Criminal Court -|Baku AZE|Martakert -|Martuni -|Yerevan ARM|Kornidzor ARM
""",
    "w07_belarus_prisoners.txt": """
Lukashenko BLR|Trump USA
Belarus BLR|Siarhei Tsikhanouski BLR|Keith Kellogg USA|Donald Trump USA|Ukraine UKR|Russia RUS|Alexander Lukashenko BLR|Minsk BLR|US USA|Tsikhanouski BLR|Lithuania LTU|Vilnius LTU|Sviatlana Tsikhanouskaya BLR
Christopher Smith USA|American USA|John Coale USA|Kellogg USA|Minsk BLR|Lukashenko BLR|Ihar Losik BLR|Lithuanian LTU|Polish POL|Latvian LVA|Washington USA|Belavia BLR
Viasna BLR|Ales Bialiatski BLR|Belarus BLR|Mikalai Statkevich BLR|Lithuanian LTU
Tsikhanouskaya BLR|Trump USA|KGB BLR|European Union -|Kaja Kallas -|Minsk BLR|Russia RUS|Ukraine UKR|Lithuania LTU|Belarus BLR|Gitanas Nausėda LTU
Lukashenko BLR|Russian troops RUS|Ukraine UKR|Russian RUS|Americans USA|Belaruskali BLR
""",
    "w08_khorog.txt": """
Tajik forces TJK|Gorno-Badakhshan TJK
Tajik security forces TJK|Gorno-Badakhshan TJK|Khorog TJK|Dushanbe TJK|Interior Ministry TJK|Rushan TJK
Mamadboqir Mamadboqirov TJK|Khorog TJK|Pamiris TJK|Ismailis -|State Committee for National Security TJK|GKNB TJK|Ulfathonim Mamadshoeva TJK
Emomali Rahmon TJK|Group 24 TJK|Islamic Renaissance Party of Tajikistan TJK|Human Rights Watch -|Amnesty International -|Organization for Security and Co-operation in Europe -|Aga Khan Development Network -
Russian Foreign Ministry RUS|Tajikistan TJK|Russia RUS|201st Military Base RUS|Panj -|Afghanistan AFG|Badakhshan AFG|Taliban AFG|Dushanbe TJK
Supreme Court TJK|Dushanbe TJK|Mamadshoeva TJK|Pamiris TJK
""",
    "w09_putin_pyongyang.txt": """
Putin RUS|Kim PRK|Pyongyang PRK
Vladimir Putin RUS|Kim Jong Un PRK|Pyongyang PRK|Moscow RUS|North Korea PRK|Putin RUS|Kim PRK|Russian RUS|North Korean PRK|Kim Il Sung Square PRK
Kim PRK|Russia RUS|Ukraine UKR|Putin RUS|North Korean PRK|Russia RUS|Pyongyang PRK|UN Security Council -|Moscow RUS|Tumen -|Putin RUS|Kim PRK
Seoul KOR|Washington USA|South Korea KOR|National Security Office KOR|Ukraine UKR|Yoon Suk Yeol KOR|US USA|Antony Blinken USA|Pyongyang PRK|Ukrainian UKR|Japan JPN|Yoshimasa Hayashi JPN|China CHN
Pyongyang PRK|Putin RUS|Hanoi VNM|Tô Lâm VNM|Nguyễn Phú Trọng VNM|Vietnam VNM|Communist Party VNM|Sergei Shoigu RUS|Russia RUS|Security Council RUS|Sergei Lavrov RUS|Andrei Belousov RUS
South Korea KOR|National Intelligence Service KOR|Kyiv UKR|North Korean troops PRK|Russia RUS|State Duma RUS|North Korea PRK|Choe Son Hui PRK|Putin RUS|Kremlin RUS
""",
    "w10_armenia_turkey_envoys.txt": """
Armenian ARM|Turkish TUR
Armenia ARM|Turkey TUR|Ruben Rubinyan ARM|Armenia ARM|National Assembly ARM|Serdar Kılıç TUR|Turkish TUR|Washington USA|Vienna AUT|Moscow RUS|Vienna AUT
Turkey TUR|Azerbaijan AZE|Nagorno-Karabakh -|Ankara TUR|Karabakh -|Armenians ARM
Nikol Pashinyan ARM|Turkish officials TUR|Ankara TUR|Baku AZE|Recep Tayyip Erdoğan TUR|Azerbaijan AZE|Armenian Revolutionary Federation ARM|Dashnaktsutyun ARM|Yerevan ARM|Yerevan ARM|Istanbul TUR|Pegasus Airlines -|FlyOne Armenia -
Pashinyan ARM|Erdoğan TUR|Prague CZE|European Political Community -|Ankara TUR|Armenian ARM|US USA|Antony Blinken USA|State Department USA|Russia RUS|Sergei Lavrov RUS|Moscow RUS
Margara ARM|Armenia ARM|Armavir ARM|Alican TUR|Turkey TUR|Iğdır TUR
""",
}

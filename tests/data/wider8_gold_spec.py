# Hand-written gold for tests/data/wider8 (ten texts written for the blind check of issue 14's round 6, on
# events none of the earlier sets covers; annotated here from the text alone and committed before the actor
# analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then each
# cleaned block); "surface STATE" in reading order, "-" for no state. The two bylines ("By ...") are no
# mention and are expected to be removed by the cleaner (no line here).
SPEC = {
    "t01_crocus_migrants.txt": """
Russia RUS|Central Asian -
Russian RUS|Tajikistan TJK|Uzbekistan UZB|Kyrgyzstan KGZ|Moscow RUS|St Petersburg RUS|Krasnogorsk RUS|Tajik TJK|Moscow RUS|Basmanny District Court RUS|Islamic State Khorasan -
Vladimir Putin RUS|Islamists -|Ukraine UKR|Bryansk RUS|Kyiv UKR|Alexander Bortnikov RUS|Federal Security Service RUS|FSB RUS|Britain GBR|United States USA
Interior Ministry RUS|State Duma RUS|Vyacheslav Volodin RUS|Kaliningrad RUS|Khanty-Mansi Autonomous Okrug RUS|Tajiks TJK|Kyrgyz KGZ|Vnukovo RUS|Tajik TJK
Dushanbe TJK|Tajik Foreign Ministry TJK|Russian RUS|Semyon Grigoryev RUS|Emomali Rahmon TJK|Putin RUS|Kyrgyzstan KGZ|Foreign Ministry KGZ|Russia RUS|Eurasian Economic Union -
Russia RUS|Tajikistan TJK|Kyrgyzstan KGZ|Valentina Chupik UZB|Uzbek UZB|Moscow RUS|Russia RUS|Khujand TJK|Osh KGZ
""",
    "t02_cop29_baku.txt": """
Baku AZE
United Nations -|Baku AZE|India IND
Azerbaijan AZE|Mukhtar Babayev AZE|Simon Stiell -|UN Climate Change -
Ilham Aliyev AZE|Paris FRA|Aliyev AZE|France FRA|New Caledonia FRA|French FRA|Agnès Pannier-Runacher FRA|Aliyev AZE|European Parliament -|American USA|Germany DEU|Annalena Baerbock DEU
Argentina ARG|Javier Milei ARG|Saudi Arabia SAU|Arab Group -|American USA|John Podesta USA|Washington USA|Donald Trump USA
Azerbaijani AZE|Abzas Media -|Toplum TV -|Azerbaijan AZE|SOCAR AZE|Hikmet Hajiyev AZE|Aliyev AZE|Armenian ARM|Western -
""",
    "t03_ukrenergo.txt": """
Russian RUS|Ukraine UKR|Ukrenergo UKR
Russia RUS|Ukraine UKR|Ukrainian officials UKR
Zaporizhzhia UKR|Ukrainian Air Force UKR|Ukrenergo UKR|Burshtyn UKR|Ladyzhyn UKR|DTEK -|Rinat Akhmetov UKR|Kharkiv UKR
Volodymyr Kudrytskyi UKR|Ukrenergo UKR|Herman Halushchenko UKR|Ukraine UKR|Poland POL|Romania ROU|Slovakia SVK|Kharkiv UKR|Ihor Terekhov UKR
Moscow RUS|Russian Defence Ministry RUS|Ukrainian UKR|Russia RUS|Samara RUS|Krasnodar RUS|Kremlin RUS|Dmitry Peskov RUS
Volodymyr Zelensky UKR|Washington USA|European -|Ukraine UKR|NATO -|Jens Stoltenberg -|Germany DEU|Olaf Scholz DEU|Berlin DEU
Ukraine UKR|International Energy Agency -|Ukrainians UKR|Ukrenergo UKR|Kudrytskyi UKR|United States USA|European Bank for Reconstruction and Development -
""",
    "t04_black_sea_corridor.txt": """
Erdogan TUR|Odesa UKR|Russian RUS
Turkish TUR|Tayyip Erdogan TUR|Vladimir Putin RUS|Sochi RUS|Ankara TUR|Moscow RUS|Putin RUS|Russia RUS|West -|Russian RUS|Russian Agricultural Bank RUS
Turkey TUR|United Nations -|Istanbul TUR|Ukraine UKR|Odesa UKR|Chornomorsk UKR|Pivdennyi UKR|Joint Coordination Centre -|Istanbul TUR|Russian RUS|Ukrainian UKR|Turkish officials TUR|UN -
Russia RUS|Ukrainian forces UKR|Romania ROU|Bulgaria BGR|Kyiv UKR|Black Sea Fleet RUS|Sevastopol UKR|Novorossiysk RUS|Greater Odesa UKR|Ukraine UKR|Infrastructure Ministry UKR
Russian RUS|Odesa UKR|Izmail UKR|Danube -|Romania ROU|Liberian LBR|Romanian ROU|Bucharest ROU|NATO -
Turkish TUR|Hakan Fidan TUR|Ankara TUR|Kyiv UKR|Black Sea -|Romania ROU|Bulgaria BGR|NATO -|Ukraine UKR|Oleksandr Kubrakov UKR|Russia RUS|Andriy Yermak UKR|Zelensky UKR|Erdogan TUR|Bosphorus TUR
""",
    "t05_raisi_crash.txt": """
Iran IRN|Raisi IRN|Pezeshkian IRN
Iranian IRN|Ebrahim Raisi IRN|Hossein Amir-Abdollahian IRN|East Azerbaijan IRN|Aras -|Azerbaijan AZE|Raisi IRN|Ilham Aliyev AZE
Iranian Red Crescent Society IRN|Tavil IRN|Turkish TUR|Malek Rahmati IRN|East Azerbaijan IRN|Mohammad Ali Al-e Hashem IRN|Khamenei IRN|Tabriz IRN
Ali Khamenei IRN|Mohammad Mokhber IRN|Ali Bagheri Kani IRN|Tabriz IRN|Qom IRN|Tehran IRN|Raisi IRN|Mashhad IRN
General Staff of the Armed Forces IRN|Javad Zarif IRN|US USA|Iranians IRN
Guardian Council IRN|Masoud Pezeshkian IRN|Tabriz IRN|Saeed Jalili IRN|Mohammad Bagher Ghalibaf IRN|Russia RUS|China CHN|Turkey TUR|Azerbaijan AZE|Hamas PSE|Ismail Haniyeh PSE|Tehran IRN
""",
    "t06_georgia_agents_law.txt": """
Georgian GEO|Brussels -|EU -
Georgia GEO|Salome Zourabichvili GEO|Rustaveli Avenue GEO
Georgian Dream GEO|Bidzina Ivanishvili GEO|Irakli Kobakhidze GEO|Georgia GEO|Shalva Papuashvili GEO|Moscow RUS
Interior Ministry GEO|Levan Khabeishvili GEO|United National Movement GEO|Georgian Young Lawyers' Association GEO|Transparency International Georgia GEO
Brussels -|EU -|Josep Borrell -|EU -|European Union -|Georgia GEO|European Commission -|Georgian army GEO|Washington USA|Antony Blinken USA|Georgian officials GEO
Ivanishvili GEO|Tbilisi GEO|Georgia GEO|Russia RUS|Kremlin RUS|Zourabichvili GEO|French FRA|Georgians GEO
""",
    "t07_karakalpakstan.txt": """
Uzbekistan UZB|Karakalpakstan UZB|Nukus UZB
Nukus UZB|Republic of Karakalpakstan UZB|Uzbekistan UZB
Shavkat Mirziyoyev UZB|Nukus UZB|National Guard UZB|State Security Service UZB|SGB UZB
Bukhara UZB|Dauletmurat Tazhimuratov UZB|Karakalpaks UZB|Tazhimuratov UZB|Human Rights Watch -|Amnesty International -|Uzbekistan UZB|Feruza Eshmatova UZB
Karakalpaks UZB|Turkic -|Kazakhs KAZ|Uzbeks UZB|Kazakhstan KAZ|Almaty KAZ|Kazakh authorities KAZ|Aqylbek Muratbay UZB|Tashkent UZB
Aral Sea -|Uzbekistan UZB|Muynak UZB|Kungrad UZB|Tashkent UZB|Uzbekneftegaz UZB|Chinese CHN|European Union -|Uzbekistan UZB|Tashkent UZB|Moscow RUS
""",
    "t08_libya_africa_corps.txt": """
Haftar LBY|Moscow RUS|Russia RUS|Africa Corps RUS|Wagner RUS|Libya LBY
Khalifa Haftar LBY|Libyan National Army LBY|LNA LBY|Libya LBY|Vladimir Putin RUS|Kremlin RUS|Wagner RUS|Yevgeny Prigozhin RUS|Moscow RUS|Haftar LBY|Russia RUS
Yunus-Bek Yevkurov RUS|Benghazi LBY|Prigozhin RUS|Haftar LBY|Russian Defence Ministry RUS|Wagner RUS|al-Jufra LBY|Brak al-Shati LBY|Africa Corps RUS|GRU RUS|Tripoli LBY|Western -
Russian RUS|al-Khadim LBY|Benghazi LBY|Mali MLI|Burkina Faso BFA|Niger NER|Russian RUS|Tobruk LBY|Libyan LBY
Tripoli LBY|Abdul Hamid Dbeibah LBY|Government of National Unity LBY|United Nations -|Libyan LBY|Turkish TUR|Ankara TUR|UN -|Abdoulaye Bathily -|Libya LBY
Washington USA|Haftar LBY|Moscow RUS|CIA USA|William Burns USA|Benghazi LBY|Haftar LBY|Saddam LBY|American officials USA|Italian ITA|Yevkurov RUS|Benghazi LBY|Derna LBY|Russia RUS|Emergencies Ministry RUS
""",
    "t09_damascus_consulate.txt": """
Damascus SYR|IRGC IRN|Syrian SYR
Israeli ISR|Iran IRN|Mezzeh SYR|Damascus SYR|Mohammad Reza Zahedi IRN|Islamic Revolutionary Guard Corps IRN|Quds Force IRN|Syria SYR|Lebanon LBN|Mohammad Hadi Haji Rahimi IRN
Syria SYR|Foreign Ministry SYR|Faisal Mekdad SYR|Iran IRN|Hossein Akbari IRN|Syrian Arab News Agency SYR|SANA SYR|Golan Heights SYR|Israel ISR|New York Times -
Bashar al-Assad SYR|Iranian IRN|Hezbollah LBN|Damascus SYR|Syrian officials SYR|Tehran IRN|IRGC IRN|Syrian SYR|Damascus SYR
Iran IRN|Israel ISR|Hossein Salami IRN|Guards IRN|Tehran IRN|IRGC IRN|Damascus SYR|Homs SYR|Lebanese LBN|Syrian Observatory for Human Rights -|Britain GBR
Russia RUS|Syria SYR|Quneitra SYR|Syrian SYR|Moscow RUS|Russia RUS|United Nations -|Vasily Nebenzia RUS
""",
    "t10_belarus_nukes.txt": """
Lukashenko BLR|Russian RUS|Belarus BLR
Belarusian BLR|Alexander Lukashenko BLR|Belarus BLR|Russian RUS|Hiroshima JPN|Nagasaki JPN|Vladimir Putin RUS|Britain GBR|Ukraine UKR
Russian RUS|Putin RUS|Belarusian BLR|Russia RUS|Viktor Khrenin BLR|Russian RUS|Sergei Shoigu RUS|Minsk BLR
Soviet Union SUN|Moscow RUS|Belarus BLR|Soviet SUN
Federation of American Scientists USA|Asipovichy BLR|Mogilev BLR|Minsk BLR|Ukraine UKR|Main Intelligence Directorate UKR|HUR UKR|Kyiv UKR|Poland POL|Lithuania LTU|Belarus BLR|Polish POL|Mateusz Morawiecki POL|NATO -
Sviatlana Tsikhanouskaya BLR|Vilnius LTU|Lukashenko BLR|Belarusians BLR|Kremlin RUS|State Department USA|Washington USA|China CHN|Russia RUS
""",
}

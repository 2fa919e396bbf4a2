# Hand-written gold for tests/data/wider15 (ten texts written for the third blind check of issue 14's round 10, on
# events none of the earlier sets covers; annotated here from the text alone and committed before the actor
# analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then each
# cleaned block); "surface STATE" in reading order, "-" for no state. Bylines (q01, q03, q05, q09) are no mention.
SPEC = {
    "q01_bakhmut_handover.txt": """
Wagner RUS|Bakhmut UKR|Russian army RUS|Kyiv UKR
Yevgeny Prigozhin RUS|Wagner RUS|Russian RUS|Bakhmut UKR|Russian Defence Ministry RUS|Soviet SUN|Artyomovsk UKR|Vladimir Putin RUS|Wagner RUS
Ukraine UKR|Hanna Maliar UKR|Ukrainian troops UKR|Klishchiivka UKR|Ivanivske UKR|Oleksandr Syrskyi UKR|Ukraine UKR|Ground Forces UKR|Russians RUS|Hiroshima JPN|Western -|Volodymyr Zelensky UKR|Bakhmut UKR
Prigozhin RUS|Sergei Shoigu RUS|General Staff RUS|Valery Gerasimov RUS|Wagner RUS|Sergei Surovikin RUS|Prigozhin RUS|Russian RUS
Prigozhin RUS|Russian army RUS|Wagner RUS|72nd Motorised Rifle Brigade RUS|Prigozhin RUS|Ukraine UKR|3rd Separate Assault Brigade UKR
Washington USA|National Security Council USA|John Kirby USA|US USA|Russia RUS|Wagner RUS|Institute for the Study of War USA|US USA|Moscow RUS|Chasiv Yar UKR|Kostiantynivka UKR|Kramatorsk UKR|Ukrainian UKR|Prigozhin RUS|Moscow RUS
""",
    "q02_refinery_drones.txt": """
Ukrainian UKR|Ryazan RUS|Kyiv UKR|Russian RUS
Ryazan RUS|Russia RUS|Pavel Malkov RUS|Moscow RUS|Rosneft RUS|Ukraine UKR|Security Service of Ukraine UKR|SBU UKR
Rosneft RUS|Tuapse RUS|Black Sea -|Lukoil -|Volgograd RUS|Volga RUS|Ukrainian UKR|Kirishi RUS|St Petersburg RUS|Samara RUS|Reuters -|Russia RUS
Moscow RUS|Alexander Novak RUS|Kremlin RUS|Dmitry Peskov RUS|Kyiv UKR|Krasnodar RUS|Veniamin Kondratyev RUS|Tuapse RUS
Ukraine UKR|Financial Times -|Washington USA|Kyiv UKR|Lloyd Austin USA|Senate Armed Services Committee USA|Volodymyr Zelensky UKR|Ukraine UKR|American USA|Russian RUS|Donbas UKR
General Staff UKR|Kyiv UKR|Lukoil -|Volgograd RUS|Andrei Bocharov RUS|Kyiv School of Economics UKR|Russia RUS|Belarus BLR|Russian officials RUS|Bashkortostan RUS|Tatarstan RUS
""",
    "q03_armenia_snap_election.txt": """
Pashinyan ARM|Civil Contract ARM|Armenia ARM
Nikol Pashinyan ARM|Civil Contract ARM|Armenia ARM|Central Electoral Commission ARM|National Assembly ARM|Armenia Alliance ARM|Robert Kocharyan ARM|I Have Honor ARM|Republican Party of Armenia ARM|Serzh Sargsyan ARM
Moscow RUS|Azerbaijan AZE|Baku AZE|Nagorno-Karabakh -|Shusha AZE|Pashinyan ARM|Kocharyan ARM|Russia RUS
OSCE -|Office for Democratic Institutions and Human Rights -|Prosperous Armenia ARM|Gagik Tsarukyan ARM|Edmon Marukyan ARM|Bright Armenia ARM|Ishkhan Saghatelyan ARM|Armenian Revolutionary Federation ARM|Armenia Alliance ARM
Kocharyan ARM|Constitutional Court ARM|Syunik ARM|Pashinyan ARM|Armen Sarkissian ARM|Vladimir Putin RUS|European Union -|Charles Michel -
Yerevan ARM|Republic Square ARM|Azerbaijan AZE|Tegh ARM|Shurnukh ARM|Civil Contract ARM|Goris ARM
""",
    "q04_azerbaijan_election_pace.txt": """
Aliyev AZE|PACE -|Azerbaijan AZE
Ilham Aliyev AZE|Azerbaijan AZE|Central Election Commission AZE|Karabakh -|Aliyev AZE|Khankendi AZE
Zahid Oruj AZE|Fazil Mustafa AZE|Great Order AZE|Gudrat Hasanguliyev AZE|Whole Azerbaijan Popular Front Party AZE|Musavat AZE|Azerbaijan Popular Front Party AZE|Ali Karimli AZE|Abzas Media -|Toplum TV -|Kanal 13 -
OSCE -|Office for Democratic Institutions and Human Rights -|ODIHR -|Parliamentary Assembly of the Council of Europe -|Azerbaijan AZE|Baku AZE|Council of Europe -
Samad Seyidov AZE|Azerbaijani AZE|Azerbaijan AZE|Foreign Ministry AZE|Baku AZE|France FRA|Azerbaijan AZE|Hikmet Hajiyev AZE
Moscow RUS|Ankara TUR|Beijing CHN|Vladimir Putin RUS|Aliyev AZE|Recep Tayyip Erdogan TUR|Nakhchivan AZE|Turkey TUR|Azerbaijan AZE|European Union -|EU -|Baku AZE|US State Department USA|Theodoros Rousopoulos -
""",
    "q05_baghdad_green_zone.txt": """
Sadr IRQ|Baghdad IRQ|Green Zone IRQ
Shiite -|Muqtada al-Sadr IRQ|Republican Palace IRQ|Baghdad IRQ|Green Zone IRQ|Popular Mobilisation Forces IRQ|Sadr IRQ
Sadrist IRQ|Council of Representatives IRQ|Sadr IRQ|Kurdish -|Sunni -|Kurdistan Democratic Party IRQ|Sovereignty IRQ|Mohammed al-Halbousi IRQ|Coordination Framework IRQ|Iran IRN|Shiite -|Sadr IRQ
Framework IRQ|Mohammed Shia al-Sudani IRQ|Sadrists IRQ|Qom IRN|Kadhim al-Haeri IRQ|Iraqi IRQ|Sadr IRQ|Iran IRN|Ali Khamenei IRN|Sadr IRQ|Tehran IRN
Mustafa al-Kadhimi IRQ|Basra IRQ|Saraya al-Salam IRQ|Sadr IRQ|Asaib Ahl al-Haq IRQ|Framework IRQ|Iran IRN|Iraq IRQ|Kuwait KWT|Jeanine Hennis-Plasschaert -|UN -|Iraq IRQ
Sadr IRQ|Najaf IRQ|Iraqi IRQ|Green Zone IRQ|Framework IRQ|Abdul Latif Rashid IRQ|Kurd -|Patriotic Union of Kurdistan IRQ|Sudani IRQ|Sadr IRQ|Sadr City IRQ|Baghdad IRQ
""",
    "q06_kyrgyzstan_japarov.txt": """
Japarov KGZ|Kyrgyzstan KGZ
White House KGZ|Bishkek KGZ|Sadyr Japarov KGZ|Karakol KGZ|Kazakh KAZ
Birimdik KGZ|Sooronbay Jeenbekov KGZ|Mekenim Kyrgyzstan KGZ|Raimbek Matraimov KGZ|OSCE -|Almazbek Atambayev KGZ|Central Election Commission KGZ
Japarov KGZ|Jogorku Kenesh KGZ|Issyk-Kul KGZ|Naryn KGZ|Ala-Too Square KGZ|Jeenbekov KGZ|Kanatbek Isaev KGZ|Japarov KGZ
Atambayev KGZ|Kamchybek Tashiev KGZ|Mekenchil KGZ|Japarov KGZ|State Committee for National Security KGZ|GKNB KGZ|Matraimov KGZ
Moscow RUS|Vladimir Putin RUS|Kremlin RUS|Dmitry Kozak RUS|Bishkek KGZ|Russia RUS|Japarov KGZ|Kyrgyzstan KGZ|Russia RUS|Talant Mamytov KGZ|Kazakhstan KAZ|Kassym-Jomart Tokayev KAZ|China CHN|Xi Jinping CHN
""",
    "q07_haniyeh_tehran.txt": """
Haniyeh PSE|Tehran IRN|Iran IRN|Qatar QAT|Turkey TUR
Ismail Haniyeh PSE|Hamas PSE|Tehran IRN|Iran IRN|Masoud Pezeshkian IRN|Islamic Revolutionary Guard Corps IRN|The New York Times -|Hamas PSE|Israel ISR|Israeli government ISR
Ali Khamenei IRN|Iran IRN|Zionist ISR|Haniyeh PSE|University of Tehran IRN|Israel ISR|United States USA|Pezeshkian IRN|Iran IRN|Ali Bagheri Kani IRN|Security Council -
Israeli ISR|Beirut LBN|Fuad Shukr LBN|Hezbollah LBN|Gaza PSE|Haniyeh PSE|Qatar QAT|Hamas PSE|Egypt EGY|United States USA|Mohammed bin Abdulrahman Al Thani QAT
Haniyeh PSE|Doha QAT|Lusail QAT|Turkey TUR|Recep Tayyip Erdogan TUR|Palestinian PSE|Hakan Fidan TUR|Israel ISR|Turkish TUR|Tel Aviv ISR|Israel Katz ISR
Turkey TUR|Haniyeh PSE|Tehran IRN|Guards IRN|Israel ISR|American government USA|Hamas PSE|Gaza PSE|Yahya Sinwar PSE|Pezeshkian IRN|Majlis IRN
""",
    "q08_turkey_central_bank.txt": """
Şimşek TUR|Erkan TUR|Turkey TUR
Central Bank of the Republic of Turkey TUR|Hafize Gaye Erkan TUR|Recep Tayyip Erdoğan TUR|Erkan TUR|First Republic Bank -|United States USA|Goldman Sachs -
Erdoğan TUR|Mehmet Şimşek TUR|Merrill Lynch -|Treasury and Finance Ministry TUR|Şimşek TUR|Turkey TUR|Nureddin Nebati TUR
Erkan TUR|Monetary Policy Committee TUR|Turkish Statistical Institute TUR|TÜİK TUR|Şahap Kavcıoğlu TUR|Banking Regulation and Supervision Agency TUR|BDDK TUR
Şimşek TUR|Gulf -|United Arab Emirates ARE|Qatar QAT|Cevdet Yılmaz TUR|Abu Dhabi ARE|Erdoğan TUR|Turkish TUR|Fitch -|Moody's -|Turkey TUR|Şimşek TUR|Istanbul TUR
Erkan TUR|Fatih Karahan TUR|Federal Reserve Bank of New York USA|Republican People's Party TUR|CHP TUR|Istanbul TUR|Ankara TUR|Erdoğan TUR|Justice and Development Party TUR
""",
    "q09_baltic_russian_citizens.txt": """
Latvia LVA|Russian RUS|Estonia EST
Latvia LVA|Office of Citizenship and Migration Affairs LVA|Russian RUS|Saeima LVA|Russian RUS
Latvia LVA|Soviet SUN|Russian RUS|Russian RUS|State Border Guard LVA|Russia RUS|Terehova LVA|Edgars Rinkēvičs LVA|Evika Siliņa LVA|Russia RUS|Ukraine UKR
Moscow RUS|Foreign Ministry RUS|Maria Zakharova RUS|Russians RUS|Kremlin RUS|Riga LVA|Daugavpils LVA|Latvia LVA|Belarus BLR|National Centre for Education LVA|Daugavpils LVA|Rēzekne LVA
Estonia EST|Police and Border Guard Board EST|Yevgeny RUS|Estonia EST|Moscow Patriarchate RUS|Russian RUS|Interior Ministry EST|Russia RUS
Kaja Kallas EST|Russian RUS|Belarusian BLR|Lauri Läänemets EST|Russian RUS|Ida-Viru EST|Narva EST|Moscow RUS|Narva -|Ivangorod RUS|Russian officials RUS|Estonians EST|Russia RUS
""",
    "q10_libya_turkey_mou.txt": """
Turkey TUR|Libya LBY|Tripoli LBY|Greece GRC|Egypt EGY
Turkey TUR|Libya LBY|Government of National Unity LBY|Turkish TUR|Libyan LBY|Tripoli LBY|Najla Mangoush LBY|Turkish TUR|Mevlüt Çavuşoğlu TUR|Abdul Hamid Dbeibah LBY
Ankara TUR|Government of National Accord LBY|Fayez al-Sarraj LBY|Turkish TUR|Libyan LBY|Greece GRC|Crete GRC|Turkish troops TUR|Syrian SYR|Ankara TUR|GNA LBY|Khalifa Haftar LBY
Athens GRC|Cairo EGY|Greek GRC|Nikos Dendias GRC|Cairo EGY|Egypt EGY|Sameh Shoukry EGY|Dbeibah LBY|Greece GRC|Egypt EGY
Libya LBY|Aguila Saleh LBY|House of Representatives LBY|Tobruk LBY|Fathi Bashagha LBY|National Oil Corporation LBY|Farhat Bengdara LBY|Dbeibah LBY|Haftar LBY|Tripoli LBY
European Union -|Washington USA|Mediterranean -|Çavuşoğlu TUR|Turkish Petroleum TUR|TPAO TUR|Benghazi LBY|Misrata LBY|Libya LBY
""",
}

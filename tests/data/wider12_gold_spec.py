# Hand-written gold for tests/data/wider12 (ten texts written for the second blind check of issue 14's round 9, on
# events none of the earlier sets covers; annotated here from the text alone and committed before the actor
# analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then each
# cleaned block); "surface STATE" in reading order, "-" for no state. Bylines (r01, r07) are no mention.
SPEC = {
    "r01_black_sea_drones.txt": """
Ukraine UKR|Russia RUS|Black Sea Fleet RUS|Novorossiysk RUS
Ukrainian UKR|Russia RUS|Black Sea Fleet RUS|Sevastopol UKR|Russian Defence Ministry RUS|Ukraine UKR|Operational Command South UKR|US officials USA
Soviet SUN|Russian RUS|Odesa UKR|Russian RUS|Snake Island UKR|Moscow RUS|Igor Osipov RUS|Viktor Sokolov RUS
Ukraine UKR|Security Service of Ukraine UKR|SBU UKR|Sevastopol UKR|Novorossiysk RUS|Russian RUS|Transneft RUS
Ukraine UKR|GUR UKR|Crimea UKR|Kyrylo Budanov UKR|British GBR|Grant Shapps GBR|House of Commons GBR|Russia RUS|Black Sea -|Kremlin RUS|Ukrainian UKR|Novorossiysk RUS|Ochamchire -|Abkhazia -|Russia RUS
Novorossiysk RUS|Russian officials RUS|Krasnodar RUS|Moscow RUS|Kyiv UKR|Odesa UKR|Chornomorsk UKR|Pivdennyi UKR|UN -|Russia RUS|Volodymyr Zelensky UKR
""",
    "r02_aleppo_offensive.txt": """
Hayat Tahrir al-Sham SYR|Aleppo SYR
Syrian SYR|Islamist -|Hayat Tahrir al-Sham SYR|HTS SYR|Aleppo SYR|Idlib SYR|Syrian army SYR|Hama SYR
Bashar al-Assad SYR|Russia RUS|Ukraine UKR|Iran IRN|Hezbollah LBN|Israel ISR|Lebanese LBN|Russian RUS|Idlib SYR|Aleppo SYR|Russian Defence Ministry RUS|Abu Mohammed al-Jolani SYR|HTS SYR
Turkish TUR|Syrian National Army SYR|SNA SYR|Kurdish -|Syrian Democratic Forces SYR|Tal Rifaat SYR|Shahba SYR|Kurds -|Afrin SYR|SDF SYR|Tabqa SYR|Raqqa SYR|Manbij SYR|SNA SYR
Ankara TUR|Hakan Fidan TUR|Turkey TUR|Damascus SYR|Iran IRN|Abbas Araghchi IRN|Damascus SYR|Assad SYR|Ankara TUR|United States USA|Israel ISR|Moscow RUS|Kremlin RUS|Dmitry Peskov RUS|Russia RUS|Syria SYR
United Nations -|Syria SYR|Geir Pedersen -|Damascus SYR|Homs SYR|Assad SYR|Moscow RUS
""",
    "r03_trump_route_syunik.txt": """
Syunik ARM
Armenia ARM|Azerbaijan AZE|White House USA|Nikol Pashinyan ARM|Ilham Aliyev AZE|US USA|Donald Trump USA|United States USA|Armenia ARM|Syunik ARM|Azerbaijan AZE|Nakhchivan AZE|Iran IRN
Meghri ARM|Armenian ARM|Soviet Union SUN|Armenia ARM|Pashinyan ARM|Yerevan ARM|Armenian ARM|US USA
Tehran IRN|Ali Akbar Velayati IRN|Ali Khamenei IRN|Trump USA|Masoud Pezeshkian IRN|Yerevan ARM|Armenia ARM|Iranian IRN|Moscow RUS|Foreign Ministry RUS|Maria Zakharova RUS|Russia RUS|Turkey TUR|Iran IRN
Russian RUS|Armenian ARM|Iranian IRN|Agarak ARM|Baku AZE|Hikmet Hajiyev AZE|Aliyev AZE|Azerbaijan AZE|Armenian ARM|Pashinyan ARM|Armenia Alliance ARM|Robert Kocharyan ARM|Syunik ARM
Kapan ARM|State Department USA|Aliyev AZE|Armenia ARM|Nagorno-Karabakh -|Pashinyan ARM
""",
    "r04_japarov_tashiev.txt": """
Japarov KGZ|Tashiev KGZ|Kyrgyzstan KGZ
Kyrgyz KGZ|Sadyr Japarov KGZ|Kamchybek Tashiev KGZ|State Committee for National Security KGZ|GKNB KGZ|Tashiev KGZ|Germany DEU|Cabinet of Ministers KGZ
Japarov KGZ|Bishkek KGZ|Tashiev KGZ|Jalal-Abad KGZ|Kloop -|Temirov Live -|Canada CAN|Centerra Gold -
Tashiev KGZ|Tajikistan TJK|Japarov KGZ|Emomali Rahmon TJK|Bishkek KGZ|Kyrgyzstan KGZ
Japarov KGZ|Jogorku Kenesh KGZ|Tashiev KGZ|Tashiev KGZ
Tashiev KGZ|Bishkek KGZ|Almaty KAZ|Moscow RUS|Japarov KGZ|Kremlin RUS|Kyrgyzstan KGZ|Human Rights Watch -
""",
    "r05_tapi_taliban.txt": """
Turkmenistan TKM|Taliban AFG|Afghan AFG
Turkmenistan TKM|Afghanistan AFG|Taliban AFG|Afghan AFG|Herat AFG|Gurbanguly Berdimuhamedov TKM|Turkmen TKM|Taliban AFG|Mohammad Hasan Akhund AFG
Multan PAK|Pakistan PAK|Fazilka IND|Indian IND|Turkmen TKM|Turkmengaz TKM|Afghanistan AFG|Taliban AFG|Abdul Ghani Baradar AFG|Taliban AFG|Afghan AFG
Ashgabat TKM|Taliban AFG|Taliban AFG|Afghan AFG|Amir Khan Muttaqi AFG|Afghanistan AFG|Herat AFG|Turkmen TKM|Rashid Meredov TKM|Kabul AFG|Turkmenistan TKM|Afghanistan AFG|Serhetabat TKM|Torghundi AFG|Herat AFG
Pakistan PAK|Balochistan PAK|Musadik Malik PAK|National Assembly PAK|Islamabad PAK|India IND|Taliban AFG|New Delhi IND|Kabul AFG|Asian Development Bank -
Taliban AFG|Zabihullah Mujahid AFG|Afghanistan AFG|Uzbekistan UZB|Kazakhstan KAZ|Kabul AFG|Turkmen.news -
""",
    "r06_turkey_israel_trade.txt": """
Turkey TUR|Israel ISR|Gaza PSE
Turkey TUR|Israel ISR|Trade Ministry TUR|Israel ISR|Gaza PSE|Israel ISR|Turkish TUR
Ömer Bolat TUR|Turkish TUR|Turkish TUR|Recep Tayyip Erdoğan TUR|Istanbul TUR|Benjamin Netanyahu ISR
Israel ISR|Israel Katz ISR|Erdoğan TUR|Israeli ISR|Bezalel Smotrich ISR|Turkish TUR
Turkish TUR|Turkish Exporters Assembly TUR|TİM TUR|Mersin TUR|İskenderun TUR|Greece GRC|Palestinian PSE|Palestine PSE|Israeli officials ISR|Turkish TUR|Israel ISR
Özgür Özel TUR|Republican People's Party TUR|CHP TUR|Erdoğan TUR|Justice and Development Party TUR|AK Party TUR|Fatih Erbakan TUR|Islamist -|New Welfare Party TUR|Azerbaijani AZE|Ceyhan TUR|Turkey TUR|Mediterranean -|Israeli ISR|Ankara TUR
""",
    "r07_mobilisation_exodus.txt": """
Upper Lars RUS|Russians RUS|Putin RUS
Russian RUS|Upper Lars RUS|Georgia GEO|Vladimir Putin RUS|Sergei Shoigu RUS|Ukraine UKR|Dagestan RUS|Buryatia RUS|Moscow RUS
North Ossetia RUS|Russian RUS|Sergei Menyailo RUS|Federal Security Service RUS|FSB RUS|Georgian GEO|Kazbegi GEO|Georgian GEO
Tbilisi GEO|Georgian Dream GEO|United National Movement GEO|Russians RUS|Irakli Garibashvili GEO|Georgia GEO|Georgia GEO|Interior Ministry GEO|Russians RUS|Armenia ARM|Turkey TUR|United Arab Emirates ARE
Kazakhstan KAZ|Russia RUS|Kassym-Jomart Tokayev KAZ|Interior Ministry KAZ|Astana KAZ|Russians RUS|West Kazakhstan KAZ|Kostanay KAZ|Uralsk KAZ|Almaty KAZ
Finland FIN|Russian RUS|Estonia EST|Latvia LVA|Lithuania LTU|Poland POL|Putin RUS|Ukrainian UKR|Kremlin RUS|Russia RUS|Meduza -|Riga LVA
""",
    "r08_iran_pakistan_strikes.txt": """
Pakistan PAK|Iran IRN|Iranian IRN|Balochistan PAK
Pakistan PAK|Iran IRN|Sistan-Baluchestan IRN|Iran IRN|Revolutionary Guards IRN|Sunni -|Jaish al-Adl IRN|Panjgur PAK|Balochistan PAK
Pakistani military PAK|Inter-Services Public Relations PAK|ISPR PAK|Saravan IRN|Balochistan Liberation Front PAK|Balochistan Liberation Army PAK|Pakistani forces PAK|Iranian IRN|Iranian officials IRN|Iranian IRN
Tehran IRN|Iran IRN|Iraq IRQ|Kurdistan Region IRQ|Syria SYR|Idlib SYR|Kerman IRN|Islamic State -|Qassem Soleimani IRN|Islamabad PAK|Tehran IRN|Iran IRN
Jalil Abbas Jilani PAK|Iranian IRN|Hossein Amir-Abdollahian IRN|China CHN|Amir-Abdollahian IRN|Islamabad PAK|Anwar-ul-Haq Kakar PAK|Shehbaz Sharif PAK
Balochistan PAK|Chinese CHN|Gwadar PAK|Panjgur PAK|Iranian IRN|Baloch -|Quetta PAK|United States USA|UN -|Taliban AFG|Kabul AFG
""",
    "r09_tripoli_clashes.txt": """
Tripoli LBY|al-Kikli LBY
Libyan LBY|Tripoli LBY|Abdulghani al-Kikli LBY|Stability Support Apparatus LBY|SSA LBY|Ghnewa LBY|Salah al-Din LBY|Abu Salim LBY|SSA LBY|Government of National Unity LBY|GNU LBY
Kikli LBY|444th Combat Brigade LBY|Abdul Hamid Dbeibah LBY|111th Brigade LBY|SSA LBY|Dbeibah LBY
Dbeibah LBY|444th Combat Brigade LBY|Special Deterrence Force LBY|Radaa LBY|Mitiga LBY|Dbeibah LBY|Radaa LBY|Mitiga LBY|Misrata LBY|UN Support Mission in Libya -|UNSMIL -
Turkey TUR|Libya LBY|Martyrs' Square LBY|Dbeibah LBY|Presidential Council LBY|Mohamed al-Menfi LBY|House of Representatives LBY|Khalifa Haftar LBY|GNU LBY
Hanna Tetteh -|UN -|Security Council -|New York USA|European Union -|United States USA|Amnesty International -|Abu Salim LBY|Italy ITA
""",
    "r10_belarus_kellogg.txt": """
Lukashenko BLR|Kellogg USA|Tikhanovsky BLR
Alexander Lukashenko BLR|Central Election Commission BLR|US USA|Keith Kellogg USA|Minsk BLR|American USA|Belarus BLR|Sergei Tikhanovsky BLR|Lithuania LTU
Organization for Security and Co-operation in Europe -|OSCE -|Sergei Syrankov BLR|Communist Party of Belarus BLR|Lukashenko BLR|European Parliament -|Kaja Kallas -|EU -|Moscow RUS|Vladimir Putin RUS|Chinese CHN|Xi Jinping CHN
Tikhanovsky BLR|Svetlana Tikhanovskaya BLR|OMON BLR|KGB BLR|Tikhanovsky BLR|Vilnius LTU|Donald Trump USA|Tikhanovskaya BLR|Lithuanian LTU|Washington USA
Igor Karnei BLR|US USA|Radio Free Europe/Radio Liberty USA|Japan JPN|Poland POL|Estonia EST|Latvia LVA|Sweden SWE|State Department USA|Viasna BLR|Ales Bialiatski BLR|Maria Kolesnikova BLR
Kellogg USA|Trump USA|Ukraine UKR|Russia RUS|Lukashenko BLR|Russian troops RUS|Belarus BLR|Russian RUS|BelTA BLR|Dmitry Krutoi BLR|Belaruskali BLR|Belavia BLR|US officials USA
""",
}

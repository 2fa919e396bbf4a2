# Hand-written gold for tests/data/wider5 (ten texts written for the blind check of issue 14 after the
# fourth set, on events none of the earlier sets covers; annotated here from the text alone and committed
# before the actor analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text
# (the title, then each cleaned block); "surface STATE" in reading order, "-" for no state. The two
# bylines ("By ...") are no mention and are expected to be removed by the cleaner (no line here).
SPEC = {
    "v01_pokrovsk.txt": """
Ukraine UKR|Russian troops RUS|Pokrovsk UKR
Metinvest -|Ukraine UKR|Pokrovsk UKR|Russian troops RUS|Udachne UKR|Ukraine UKR|Zaporizhzhia UKR|Kamianske UKR
Vadym Filashkin UKR|Donetsk UKR|Pokrovsk UKR|Russian RUS|Dnipro UKR|Metinvest -|Rinat Akhmetov UKR|Dnipropetrovsk UKR
Russian Defence Ministry RUS|Vozdvyzhenka UKR|Ukraine UKR|Oleksandr Syrskyi UKR|25th Airborne Brigade UKR|Pokrovsk UKR|Russian RUS
Washington USA|Institute for the Study of War USA|Moscow RUS|Pokrovsk UKR|Avdiivka UKR|Kramatorsk UKR|Sloviansk UKR|Kyiv UKR|Donbas UKR
Kyiv UKR|Volodymyr Zelensky UKR|Ukraine UKR|Kremlin RUS|Dmitry Peskov RUS
""",
    "v02_prisoner_swap.txt": """
Ukraine UKR|Russia RUS
Ukraine UKR|Russia RUS|Moscow RUS|Belarus BLR|Istanbul TUR
Volodymyr Zelensky UKR|Chernihiv UKR|Turkey TUR|United States USA|Ukraine UKR|Coordination Headquarters for the Treatment of Prisoners of War UKR|Mariupol UKR
Russian Defence Ministry RUS|Russian servicemen RUS|Ukraine UKR|Kursk RUS|Belarus BLR|Moscow RUS|Russian RUS|Tatyana Moskalkova RUS|Ukrainian UKR|Dmytro Lubinets UKR
Ukrainian UKR|Istanbul TUR|Rustem Umerov UKR|Russian RUS|Kremlin RUS|Vladimir Medinsky RUS|Turkish TUR|Hakan Fidan TUR|Dolmabahce Palace TUR|Ankara TUR
US USA|Donald Trump USA|Russia RUS|Kyiv UKR|Moscow RUS
""",
    "v03_spiderweb.txt": """
Ukrainian UKR|Russian RUS
Ukraine UKR|SBU UKR|Russian RUS|Russia RUS|Olenya RUS|Murmansk RUS|Belaya RUS|Siberia RUS|Irkutsk RUS
SBU UKR|Vasyl Maliuk UKR|Volodymyr Zelensky UKR|Russian RUS
Russian Defence Ministry RUS|Murmansk RUS|Irkutsk RUS|Ivanovo RUS|Ryazan RUS|Amur RUS|Irkutsk RUS|Igor Kobzev RUS|Sredny RUS
Russian RUS|Dmitry Medvedev RUS|Russia RUS|Security Council RUS|Ukrainian UKR|Russian RUS|Istanbul TUR
SBU UKR|Russia RUS|Ukrainian UKR|Kharkiv UKR|Odesa UKR|Kyiv UKR
Kremlin RUS|Dmitry Peskov RUS|Washington USA|White House USA
""",
    "v04_turkey_russia_trade.txt": """
Turkish TUR|Russia RUS|US USA
Turkish TUR|Russia RUS|Moscow RUS|US USA|Russia RUS|Turkish Statistical Institute TUR|Ankara TUR|Western -|Ukraine UKR
Ziraat Bankasi TUR|Isbank -|Garanti BBVA -|Russian RUS|US USA|Washington USA|Russia RUS
Russia RUS|Mustafa Gultepe TUR|Turkish Exporters Assembly TUR|United Arab Emirates ARE|Kazakhstan KAZ|Black Sea -|Novorossiysk RUS|Brazilian BRA
Mehmet Simsek TUR|Turkey TUR|Financial Action Task Force -|Russian RUS|Alexei Yerkhov RUS|Moscow RUS|Ankara TUR|Western -
Russo RUS|Turkish TUR|Rosatom RUS|Turkey TUR|Akkuyu TUR|Mediterranean -|Russian RUS|Turkey TUR|Black Sea -|Russian RUS|Antalya TUR
Recep Tayyip Erdogan TUR|Vladimir Putin RUS|Shanghai Cooperation Organisation -|Astana KAZ|Russian RUS|Turkey TUR
""",
    "v05_iran_israel.txt": """
Iran IRN|Israel ISR
Iran IRN|Israel ISR|Damascus SYR|Revolutionary Guards IRN|Israel ISR|United States USA|Britain GBR|Jordan JOR
Islamic Revolutionary Guard Corps IRN|IRGC IRN|Nevatim ISR|Negev ISR|Damascus SYR|Daniel Hagari ISR|Arad ISR
Iran IRN|Mohammad Bagheri IRN|Israeli ISR|Hossein Amir-Abdollahian IRN|Tehran IRN|Iran IRN|United Nations -
US USA|Joe Biden USA|Benjamin Netanyahu ISR|Washington USA|Israeli ISR|White House USA|Yoav Gallant ISR|Iran IRN|Benny Gantz ISR|Israel ISR
UN -|Antonio Guterres -|Group of Seven -|Tehran IRN|Palestine Square IRN|Iranian IRN|Mohammad Reza Zahedi IRN
Israel ISR|Isfahan IRN|Iranian officials IRN|Iranian IRN
""",
    "v06_washington_summit.txt": """
Aliyev AZE|Pashinyan ARM|White House USA
Azerbaijani AZE|Ilham Aliyev AZE|Armenian ARM|Nikol Pashinyan ARM|White House USA|Jeyhun Bayramov AZE|Ararat Mirzoyan ARM|US USA|Donald Trump USA
Armenia ARM|Syunik ARM|Azerbaijan AZE|Nakhchivan AZE|Baku AZE|Zangezur ARM|US USA|Pashinyan ARM|Armenian ARM|Armenian ARM
Trump USA|US USA|Azerbaijan AZE|Organization for Security and Co-operation in Europe -|Minsk Group -|Aliyev AZE|Pashinyan ARM|Trump USA
Azerbaijan AZE|Armenia ARM|Nagorno-Karabakh -|Armenia ARM|Baku AZE|Pashinyan ARM
Iran IRN|Syunik ARM|Ali Akbar Velayati IRN|Ali Khamenei IRN|Tehran IRN|Russia RUS|Iranian foreign ministry IRN|Moscow RUS|Foreign Ministry RUS|Maria Zakharova RUS|Turkish TUR|Recep Tayyip Erdogan TUR|Ankara TUR|Yerevan ARM
""",
    "v07_georgia_protests.txt": """
Georgia GEO
Rustaveli Avenue GEO|Tbilisi GEO|Irakli Kobakhidze GEO|Georgia GEO|European Union -|Batumi GEO|Kutaisi GEO|Zugdidi GEO
Interior Ministry GEO|Nika Gvaramia GEO|Coalition for Change GEO|Levan Ioseliani GEO
Salome Zourabichvili GEO|Georgian Dream GEO|Mikheil Kavelashvili GEO
Bidzina Ivanishvili GEO|Georgian Dream GEO|Kobakhidze GEO|Georgia GEO
United States USA|Georgia GEO|State Department USA|Matthew Miller USA|Estonia EST|Latvia LVA|Lithuania LTU|Georgian officials GEO|EU -|Kaja Kallas -|Moscow RUS|Dmitry Medvedev RUS|Georgia GEO|Ukrainian UKR
""",
    "v08_kambarata.txt": """
Kyrgyzstan KGZ|Kazakhstan KAZ|Uzbekistan UZB
Kyrgyzstan KGZ|Kazakhstan KAZ|Uzbekistan UZB|Kyrgyzstan KGZ|Jalal-Abad KGZ|Soviet SUN|Central Asia -
Uzbek UZB|Kazakh KAZ|Kyrgyz KGZ|Kyrgyz KGZ|Taalaibek Ibraev KGZ
Kazakh KAZ|Almasadam Satkaliyev KAZ|Uzbek UZB|Jurabek Mirzamakhmudov UZB|Toktogul KGZ|World Bank -|Asian Development Bank -
Kyrgyzstan KGZ|Uzbekistan UZB|Shavkat Mirziyoyev UZB|Uzbek UZB
Taliban AFG|Amu Darya -|Afghanistan AFG|Uzbekistan UZB|Turkmenistan TKM|Kabul AFG
Tajikistan TJK|Rogun TJK|World Bank -|Chinese CHN|Kyrgyz KGZ
""",
    "v09_damascus_moscow.txt": """
Russian RUS|Damascus SYR|Assad SYR
Russian RUS|Mikhail Bogdanov RUS|Syria SYR|Ahmed al-Sharaa SYR|Damascus SYR|Russian officials RUS|Hayat Tahrir al-Sham SYR|HTS SYR|Bashar al-Assad SYR|Russia RUS|Mediterranean -
Syrian administration SYR|al-Sharaa SYR|Moscow RUS|Assad SYR|Russia RUS|Russian RUS
Bogdanov RUS|Vladimir Putin RUS|Syria SYR|Alexander Lavrentiev RUS|RIA Novosti RUS|Hmeimim SYR|Tartus SYR|Syrian authorities SYR|Russian RUS|Tartus SYR
Moscow RUS|Assad SYR|Hmeimim SYR|Latakia SYR|Russian RUS|Libya LBY|Sahel -|European Union -|Kaja Kallas -|Russia RUS|Syria SYR|EU -
Kremlin RUS|Dmitry Peskov RUS|Russia RUS|Damascus SYR|Turkey TUR|Israel ISR|Syrian army SYR
""",
    "v10_libya_central_bank.txt": """
Libya LBY
Libya LBY|Tripoli LBY|Central Bank of Libya LBY|National Oil Corporation LBY
Tripoli LBY|Presidential Council LBY|Mohamed al-Menfi LBY|Sadiq al-Kabir LBY|al-Kabir LBY|Libya LBY|Financial Times -
Osama Hamad LBY|Khalifa Haftar LBY|Libyan National Army LBY|House of Representatives LBY|Aguila Saleh LBY|al-Kabir LBY|Hamad LBY
Abdul Hamid Dbeibah LBY|Government of National Unity LBY|Presidential Council LBY|UN Support Mission in Libya -|UNSMIL -|Stephanie Koury -|US USA|Richard Norland USA|Libyans LBY
Libya LBY|OPEC -|Italy ITA|Spain ESP|China CHN
""",
}

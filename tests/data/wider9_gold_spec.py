# Hand-written gold for tests/data/wider9 (ten texts written for the blind check of issue 14's round 7, on
# events none of the earlier sets covers; annotated here from the text alone and committed before the actor
# analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then each
# cleaned block); "surface STATE" in reading order, "-" for no state. The four bylines ("By ...") are no
# mention and are expected to be removed by the cleaner (no line here).
SPEC = {
    "v01_navalny.txt": """
Navalny RUS|Arctic -|West -|Putin RUS
Alexei Navalny RUS|Vladimir Putin RUS|Kharp RUS|Arctic -|Yamalo-Nenets Autonomous Okrug RUS|Russia RUS|Federal Penitentiary Service RUS|Labytnangi RUS
Lyudmila Navalnaya RUS|Salekhard RUS|Investigative Committee RUS|Kira Yarmysh RUS|Moscow RUS|Lubyanka Square RUS|Federal Security Service RUS|FSB RUS|St Petersburg RUS|Novosibirsk RUS|OVD-Info RUS|Moscow RUS|Maryino RUS
Yulia Navalnaya RUS|Putin RUS|Anti-Corruption Foundation RUS|Kremlin RUS|Dmitry Peskov RUS|Western -
Putin RUS|Navalny RUS|US USA|Joe Biden USA|Washington USA|Russia RUS|German DEU|Olaf Scholz DEU|Navalny RUS|Foreign Office GBR|London GBR|Russian RUS|European Union -|Josep Borrell -|EU -
Navalny RUS|Germany DEU|Tomsk RUS|FSB RUS|Kharp RUS|Putin RUS
""",
    "v02_kakhovka.txt": """
Kakhovka UKR|Kherson UKR|Kyiv UKR|Moscow RUS
Kakhovka UKR|Dnipro UKR|Russian forces RUS|Black Sea -|Kherson UKR|Oleshky UKR|Hola Prystan UKR|Korsunka UKR
Volodymyr Zelensky UKR|Russian troops RUS|Ukraine UKR|Operational Command South UKR|Kyiv UKR|Kremlin RUS|Dmitry Peskov RUS|Ukrainian UKR|Vladimir Leontyev RUS|Russian RUS|Nova Kakhovka UKR|Russian RUS
NORSAR NOR|Norwegian NOR|New York Times -|Ukraine UKR|Andriy Kostin UKR|Kyiv UKR|International Criminal Court -
Ukraine UKR|State Emergency Service UKR|Russian RUS|Kherson UKR|Oleksandr Prokudin UKR|Vladimir Saldo RUS|Moscow RUS|Nova Kakhovka UKR|Oleshky UKR|UN -|Ukraine UKR|Denise Brown -|Russia RUS
Kakhovka UKR|Ukraine UKR|Kryvyi Rih UKR|Zaporizhzhia UKR|Enerhodar UKR|Rafael Grossi -|International Atomic Energy Agency -|Russia RUS|Ukrhydroenergo UKR
""",
    "v03_fordow.txt": """
US USA|Fordow IRN|Natanz IRN|Isfahan IRN|Israel ISR|Iran IRN
American USA|Iran IRN|Fordow IRN|Isfahan IRN|Donald Trump USA|Israel ISR|Natanz IRN|Fordow IRN|Trump USA
Israel ISR|Iran IRN|Mohammad Bagheri IRN|Islamic Revolutionary Guard Corps IRN|Hossein Salami IRN|Tehran IRN|Benjamin Netanyahu ISR|Israel ISR|Iranian IRN|Israel Defense Forces ISR|Israel Katz ISR|Tehran IRN|Israeli ISR
Iran IRN|Tel Aviv ISR|Haifa ISR|Beersheba ISR|Magen David Adom ISR|Israel ISR|Israel ISR|Iran IRN|Ali Khamenei IRN|Iran IRN|Abbas Araghchi IRN|British GBR|French FRA|German DEU|EU -|Kaja Kallas -|Geneva CHE
Tehran IRN|American USA|Al Udeid QAT|US USA|Middle East -|Qatar QAT|Doha QAT|Qatari QAT|Trump USA|Pete Hegseth USA|Dan Caine USA|Joint Chiefs of Staff USA|Pentagon USA|Defense Intelligence Agency USA
Iran IRN|International Atomic Energy Agency -|Rafael Grossi -|Grossi -|Tasnim IRN|Revolutionary Guards IRN|Fordow IRN|Russia RUS|China CHN|US USA|Vladimir Putin RUS|Araghchi IRN|Moscow RUS|Israel ISR|Mossad ISR|Iran IRN
""",
    "v04_moldova_vote.txt": """
Moldova MDA|EU -|Shor MDA
Moldovans MDA|European Union -|Italy ITA|Germany DEU|France FRA|Britain GBR|Maia Sandu MDA|Alexandr Stoianoglo MDA|Party of Socialists MDA
Sandu MDA|Viorel Cernăuțeanu MDA|Moldova MDA|Russian RUS|Promsvyazbank RUS|Ilan Shor MDA|Moscow RUS
Shor MDA|Moldovan MDA|Constitutional Court MDA|Moscow RUS|Victory MDA|Evghenia Guțul MDA|Gagauzia MDA|Comrat MDA|Chișinău MDA|Anti-Corruption Prosecutor's Office MDA|Russia RUS|Serbia SRB
Kremlin RUS|Dmitry Peskov RUS|Maria Zakharova RUS|Russian Foreign Ministry RUS|Russia RUS|Moscow RUS|West -|Transnistria -|Russian RUS|Dniester -
Sandu MDA|Stoianoglo MDA|Stoianoglo MDA|Gagauzia MDA|Bălți MDA|Ursula von der Leyen -|European Commission -|Sandu MDA|Party of Action and Solidarity MDA|PAS MDA|Stoianoglo MDA|Igor Dodon MDA|Socialists MDA
""",
    "v05_baku_new_caledonia.txt": """
France FRA|Azerbaijan AZE|New Caledonia FRA
France FRA|Gérald Darmanin FRA|Azerbaijan AZE|New Caledonia FRA|Pacific -|Nouméa FRA|Darmanin FRA|France 2 FRA|Azerbaijani AZE
French FRA|Baku Initiative Group AZE|Azerbaijani AZE|France FRA|Abbas Abbasov AZE|Martinique FRA|Guadeloupe FRA|French Polynesia FRA|Corsica FRA|New Caledonia FRA|Congress FRA|Omayra Naisseline FRA|Azerbaijan AZE|Milli Majlis AZE|Viginum FRA|French FRA|French FRA|Kanak FRA|Baku AZE
Baku AZE|Aykhan Hajizada AZE|Azerbaijan AZE|Foreign Ministry AZE|France FRA|Paris FRA|Anne Boillon FRA|French FRA|French FRA|Martin Ryan FRA|Baku AZE|France FRA|Armenia ARM|Azerbaijan AZE|Karabakh -
Emmanuel Macron FRA|Nouméa FRA|Field Action Coordination Cell FRA|CCAT FRA|Kanak and Socialist National Liberation Front FRA|FLNKS FRA|Christian Tein FRA|Mulhouse FRA|France FRA
New Caledonia FRA|French FRA|Baku AZE|French FRA|Armenia ARM|France FRA|Ilham Aliyev AZE|France FRA|Baku Initiative Group AZE|United Nations -|New York USA|Nouméa FRA|Sonia Backès FRA|Southern Province FRA|Kanak FRA
""",
    "v06_finland_nato.txt": """
Finland FIN|NATO -|Turkey TUR|Hungary HUN
Finland FIN|NATO -|Pekka Haavisto FIN|US USA|Antony Blinken USA|Brussels -|Finnish FIN|Jens Stoltenberg -|Sauli Niinistö FIN
Hungary HUN|Finland FIN|Viktor Orbán HUN|Fidesz HUN|Finnish FIN|Swedish SWE|Hungary HUN|Turkish Grand National Assembly TUR|Recep Tayyip Erdoğan TUR|Niinistö FIN|Ankara TUR
Sweden SWE|Finland FIN|Erdoğan TUR|Stockholm SWE|Kurdistan Workers' Party TUR|PKK TUR|Fethullah Gülen TUR|Turkish TUR|Ankara TUR|Mevlüt Çavuşoğlu TUR|Sweden SWE|Péter Szijjártó HUN|Hungarian HUN|Budapest HUN|Turkey TUR
Moscow RUS|NATO -|Russia RUS|Kremlin RUS|Dmitry Peskov RUS|Russia RUS|Russian Foreign Ministry RUS|Sergei Shoigu RUS|Leningrad Military District RUS|Karelia RUS|Finnish FIN|Imatra FIN|Lappeenranta FIN
Sanna Marin FIN|Social Democrats FIN|Petteri Orpo FIN|National Coalition Party FIN|Finnish Defence Forces FIN|Timo Kivinen FIN|Vilnius LTU|Finland FIN|Stoltenberg -|Sweden SWE
""",
    "v07_orban_ukraine_talks.txt": """
Orbán HUN|EU -|Ukraine UKR
European Union -|Ukraine UKR|Moldova MDA|Hungary HUN|Viktor Orbán HUN|German DEU|Olaf Scholz DEU|Orbán HUN|Brussels -|Georgia GEO
Orbán HUN|Hungary HUN|Ukraine UKR|Europe -|Volodymyr Zelensky UKR|Charles Michel -|European Council -|Ukrainians UKR|Moldovans MDA|European Commission -|Hungary HUN|European Parliament -
Orbán HUN|EU -|Ukraine UKR|Budapest HUN|Hungarian officials HUN|Kyiv UKR|Hungarian HUN|Zakarpattia UKR|Péter Szijjártó HUN|Uzhhorod UKR|Dmytro Kuleba UKR
Place du Luxembourg BEL|European Parliament -|Orbán HUN|Scholz DEU|France FRA|Emmanuel Macron FRA|Italy ITA|Giorgia Meloni ITA|Michel -
Ukrainian UKR|Kyiv UKR|Olha Stefanishyna UKR|Ukraine UKR|European -|Ukrainian UKR|EU -|Luxembourg LUX|Orbán HUN|Fidesz HUN|Patriots for Europe -|European Parliament -|Hungary HUN
""",
    "v08_sdf_damascus.txt": """
Syria SYR|Kurdish -|SDF SYR|Ankara TUR
Syria SYR|Ahmed al-Sharaa SYR|Kurdish -|Syrian Democratic Forces SYR|SDF SYR|Mazloum Abdi SYR|Damascus SYR|Syrian SYR|Iraq IRQ|Turkey TUR|Qamishli SYR|Deir ez-Zor SYR|Hasakah SYR
Kurdish -|Syrian SYR|Syria SYR|Bashar al-Assad SYR|Qamishli SYR|Kobani SYR|Raqqa SYR|Umayyad Square SYR|Damascus SYR|Alawite -|Western -
Turkey TUR|SDF SYR|People's Protection Units SYR|YPG SYR|Kurdistan Workers' Party TUR|PKK TUR|Turkish Defence Ministry TUR|Ankara TUR|YPG SYR|PKK TUR|Syria SYR|Hakan Fidan TUR|Turkey TUR|Syria SYR|Kurds -|PKK TUR|Abdullah Öcalan TUR
SDF SYR|Turkish TUR|Syrian National Army SYR|Euphrates -|Ilham Ahmed SYR|Kurdish -|SDF SYR|Kurdish National Council SYR|Masoud Barzani IRQ|Iraq IRQ|Kurdistan Region IRQ
United States USA|Syria SYR|SDF SYR|Marco Rubio USA|France FRA|Jean-Noël Barrot FRA|Syria SYR|Raqqa SYR|Deir ez-Zor SYR|Arab -|SDF SYR|Damascus SYR
""",
    "v09_turkmen_gas.txt": """
Turkmenistan TKM|Berdimuhamedovs TKM
Afghan AFG|Serhetabat TKM|Gurbanguly Berdimuhamedov TKM|Turkmenistan TKM|Taliban AFG|Herat AFG|Pakistan PAK|India IND
Serdar Berdimuhamedov TKM|Berdimuhamedov TKM|Turkmen TKM|Halk Maslahaty TKM|People's Council TKM|Human Rights Watch -|Turkmenistan TKM
Turkmenistan TKM|China CHN|Uzbekistan UZB|Kazakhstan KAZ|Serdar Berdimuhamedov TKM|Xi Jinping CHN|Xi'an CHN|Tajikistan TJK|Kyrgyzstan KGZ|Turkmengaz TKM|China National Petroleum Corporation CHN|Amu Darya -|Gazprom RUS|Azerbaijan AZE|Iran IRN
Afghanistan AFG|Pakistan PAK|India IND|Pakistani PAK|Indian IND|Taliban AFG|Hedayatullah Badri AFG|Ashgabat TKM|Islamabad PAK|Inter State Gas Systems PAK|Balochistan PAK|Afghan AFG
Kayrros -|French FRA|Lebap TKM|Mary TKM|Ashgabat TKM|European -|Baku AZE|Moscow RUS|International Crisis Group -|Turkmenistan TKM|China CHN
""",
    "v10_armenia_eu_law.txt": """
Armenia ARM|EU -|Moscow RUS
Armenia ARM|National Assembly ARM|European Union -|Nikol Pashinyan ARM|Russia RUS|Armenia Alliance ARM|I Have Honor ARM|Vahagn Khachaturyan ARM
Pashinyan ARM|Yerevan ARM|Ararat Mirzoyan ARM|Armenia ARM|EU -|Kaja Kallas -|Brussels -|Armenia ARM|Yerevan ARM|Azerbaijan AZE
Moscow RUS|Alexei Overchuk RUS|Eurasian Economic Union -|Armenia ARM|Russian RUS|Kremlin RUS|Dmitry Peskov RUS|Armenia ARM|Russian Foreign Ministry RUS|Maria Zakharova RUS|West -|Armenia ARM|Russia RUS
Russia RUS|Armenia ARM|Georgia GEO|Upper Lars RUS|Russia RUS|Rosselkhoznadzor RUS|Armenian ARM|Gazprom Armenia RUS|Russia RUS|102nd Military Base RUS|Gyumri ARM|Yerevan ARM|Russian RUS|Collective Security Treaty Organization -|CSTO -|Moscow RUS|Azerbaijan AZE
Pashinyan ARM|Armenians ARM|Nagorno-Karabakh -|Armenian ARM|European Party of Armenia ARM|Tigran Khzmalyan ARM|Republic Party ARM|Aram Sargsyan ARM|Robert Kocharyan ARM|Armenia Alliance ARM|Armenians ARM
""",
}

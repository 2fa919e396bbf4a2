# Hand-written gold for tests/data/wider7 (ten texts written for the final blind check of issue 14's round 5,
# on events none of the earlier sets covers; annotated here from the text alone and committed before the
# actor analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then
# each cleaned block); "surface STATE" in reading order, "-" for no state. The three bylines ("By ...") are
# no mention and are expected to be removed by the cleaner (no line here).
SPEC = {
    "s01_kursk.txt": """
Ukrainian troops UKR|Russia RUS|Kursk RUS|Moscow RUS
Ukrainian forces UKR|Russia RUS|Kursk RUS|Western -|Russian RUS|Sudzha RUS|Russian RUS
Ukraine UKR|Oleksandr Syrskyi UKR|Volodymyr Zelensky UKR|Zelensky UKR|Kyiv UKR|Mykhailo Podolyak UKR|Russia RUS
Moscow RUS|Vladimir Putin RUS|Security Council RUS|General Staff RUS|Valery Gerasimov RUS|Russian RUS|Alexei Smirnov RUS|Kursk RUS|Sudzha RUS|Korenevo RUS|Glushkovo RUS|Belgorod RUS|Vyacheslav Gladkov RUS
Ukrainian officials UKR|Russian servicemen RUS|Ukrainian UKR|Russia RUS|Defence Ministry RUS|Chechnya RUS|Akhmat RUS|Apty Alaudinov RUS|Ukrainian UKR|Martynovka RUS|Malaya Loknya RUS
International Atomic Energy Agency -|Rafael Grossi -|Kursk RUS|Kurchatov RUS|Ukraine UKR|Foreign Ministry UKR|Heorhiy Tykhyi UKR|Kyiv UKR|Russian RUS|Washington USA|State Department USA|United States USA|Kremlin RUS|Dmitry Peskov RUS|West -
Kyiv UKR|80th Air Assault Brigade UKR|Russian troops RUS|Pokrovsk UKR|Ukraine UKR|Donetsk UKR|Syrskyi UKR|Russian RUS|Donbas UKR|Ukraine UKR|Sudzha RUS|Eduard Moskalyov UKR
""",
    "s02_azal.txt": """
Azerbaijan AZE|Moscow RUS|AZAL AZE
Azerbaijan AZE|Russia RUS|Azerbaijani AZE|Yekaterinburg RUS|Azerbaijan Airlines AZE|Kazakh KAZ|Aktau KAZ|Baku AZE|Russian RUS
Baku AZE|Grozny RUS|Russia RUS|Chechnya RUS|Caspian Sea -|Grozny RUS|Russian forces RUS|Ukrainian UKR
Ilham Aliyev AZE|Russia RUS|Vladimir Putin RUS|Kremlin RUS|Russian RUS|Kazakhstan KAZ
Russian RUS|Azerbaijanis AZE|Yekaterinburg RUS|Russia RUS|Investigative Committee RUS|Baku AZE|Alexei Overchuk RUS|Russian RUS|Milli Majlis AZE|Azerbaijan AZE|State Duma RUS
Azerbaijani AZE|Baku AZE|Sputnik Azerbaijan RUS|Kremlin RUS|Rossiya Segodnya RUS|Igor Kartavykh RUS|Yevgeny Belousov RUS|Russian RUS|Russians RUS|Baku AZE|Russian Foreign Ministry RUS|Azerbaijan AZE|Rahman Mustafayev AZE|Maria Zakharova RUS
Hikmet Hajiyev AZE|Aliyev AZE|Baku AZE|Baku AZE|Aliyev AZE|Europe -|Turkey TUR|Russia RUS|Moscow RUS|Soviet SUN|Kremlin RUS|Azerbaijan AZE
""",
    "s03_abkhazia.txt": """
Abkhaz -|Russian RUS
Aslan Bzhania -|Georgia GEO|Abkhazia -|Sukhumi -|Russia RUS|Russian RUS|Black Sea -
Moscow RUS|Kristina Ozgan -
Bzhania -|Badra Gunba -|Abkhazia -|Adgur Ardzinba -
Moscow RUS|Abkhazia -|Georgia GEO|Gudauta -|Kremlin RUS|Dmitry Peskov RUS|Russia RUS|Russian Foreign Ministry RUS|Russian RUS|Russia RUS|Abkhaz -
Russian RUS|Abkhaz -|Soviet SUN|Pitsunda -|Russia RUS|Russian RUS
Tbilisi GEO|Georgian officials GEO|Irakli Kobakhidze GEO|Georgian government GEO|Abkhazians -|Inguri -|Moscow RUS
""",
    "s04_kazakh_nuclear.txt": """
Kazakhstan KAZ|Rosatom RUS
Kazakhstan KAZ|Russia RUS|Rosatom RUS|Agency for Atomic Energy KAZ|China National Nuclear Corporation CHN
Central Referendum Commission KAZ|Kassym-Jomart Tokayev KAZ|Rosatom RUS|Korea Hydro & Nuclear Power KOR|France FRA|EDF FRA
Ulken KAZ|Lake Balkhash KAZ|Almaty KAZ|Almaty KAZ|Almasadam Satkaliyev KAZ|Kazakh KAZ|Russia RUS|Rosatom RUS|Alexei Likhachev RUS|Tokayev KAZ|Astana KAZ|Russian RUS
Almaty KAZ|Astana KAZ|Kazakhs KAZ|Semipalatinsk KAZ|Soviet Union SUN|Moscow RUS
Kazakhstan KAZ|Kazatomprom KAZ|Chinese CHN|Russian RUS|Tokayev KAZ|Moscow RUS|Beijing CHN|West -|Russia RUS|Ukraine UKR|Astana KAZ
""",
    "s05_syria_coast.txt": """
Alawite -|Syria SYR
Syria SYR|Alawite -|Latakia SYR|Tartus SYR|Bashar al-Assad SYR
Syrian Observatory for Human Rights -|Britain GBR|General Security Service SYR|Jableh SYR|Observatory -|Baniyas SYR|Assad SYR|Qardaha SYR
Ahmed al-Sharaa SYR|Hayat Tahrir al-Sham SYR|HTS SYR|Assad SYR|Damascus SYR|Jumaa al-Anzi SYR|Yasser al-Farhan SYR
Syria SYR|Defence Ministry SYR|Interior Ministry SYR|Murhaf Abu Qasra SYR
Alawites -|Russian RUS|Hmeimim SYR|Latakia SYR|Russian soldiers RUS|Lebanon LBN|Iran IRN|Esmaeil Baghaei IRN|Israel ISR|Israel Katz ISR|al-Sharaa SYR|al-Qaeda -
UN -|Volker Türk -|Washington USA|Marco Rubio USA|Syria SYR|al-Sharaa SYR|Western -|Kurdish -|Syrian Democratic Forces SYR
""",
    "s06_imamoglu.txt": """
Turkey TUR|Istanbul TUR|İmamoğlu TUR|Erdoğan TUR
Turkish TUR|Istanbul TUR|Ekrem İmamoğlu TUR|Republican People's Party TUR|CHP TUR
Istanbul TUR|İmamoğlu TUR|Murat Ongun TUR|Istanbul University TUR|İmamoğlu TUR
Istanbul TUR|Saraçhane TUR|CHP TUR|Özgür Özel TUR|Ali Yerlikaya TUR|Fenerbahçe TUR|Galatasaray TUR
İmamoğlu TUR|Interior Ministry TUR|CHP TUR|Recep Tayyip Erdoğan TUR
Mehmet Şimşek TUR|Brussels -|European Commission -|Turkey TUR|European Union -|Germany DEU|Turkey TUR
İmamoğlu TUR|Istanbul TUR|Erdoğan TUR|Justice and Development Party TUR|AKP TUR|Silivri TUR|Istanbul TUR
""",
    "s07_pkk.txt": """
PKK TUR|Iraq IRQ
Kurdistan Workers' Party TUR|PKK TUR|Sulaymaniyah IRQ|Iraq IRQ|Kurdistan IRQ|Turkish TUR
Kurdistan Regional Government IRQ|Turkey TUR|Kurdish -|DEM Party TUR|PKK TUR|Abdullah Öcalan TUR|PKK TUR|Iraq IRQ
Bese Hozat TUR|PKK TUR|Öcalan TUR|İmralı TUR
Ankara TUR|Recep Tayyip Erdoğan TUR|Turkey TUR|Devlet Bahçeli TUR|Nationalist Movement Party TUR|MHP TUR|Erdoğan TUR|Öcalan TUR|Turkey TUR|MIT TUR|Öcalan TUR
PKK TUR|Turkey TUR|European Union -|United States USA|Iraq IRQ|Turkish troops TUR|Qandil IRQ|Duhok IRQ|Syria SYR|Kurdish -|Syrian Democratic Forces SYR|Ankara TUR|PKK TUR|Hakan Fidan TUR
Iraqi IRQ|Kurdish -|Nechirvan Barzani IRQ|Kurdistan Region IRQ|Baghdad IRQ|Turkey TUR|Iraqi IRQ
""",
    "s08_gas_transit.txt": """
Russian RUS|Ukraine UKR|Europe -
Russian RUS|Europe -|Ukraine UKR|Gazprom RUS|Naftogaz UKR|Kyiv UKR|Soviet Union SUN
Gazprom RUS|Ukraine UKR|Ukraine UKR|Herman Halushchenko UKR|Moscow RUS|Volodymyr Zelensky UKR|Kyiv UKR|Russia RUS
Slovakia SVK|Ukraine UKR|Robert Fico SVK|Vladimir Putin RUS|Moscow RUS|Zelensky UKR|Slovak SVK|Slovakia SVK|Ukraine UKR|Slovak SVK|SPP SVK|Hungary HUN
Hungary HUN|Viktor Orbán HUN|Moscow RUS|Russian RUS|Péter Szijjártó HUN|Budapest HUN|Russian RUS|Hungary HUN|Austria AUT|Gazprom RUS
Moldova MDA|Transnistria -|Gazprom RUS|Ukraine UKR|Moldova MDA|Tiraspol -|Moldovan MDA|Dorin Recean MDA|Moscow RUS|Chisinau MDA
European Commission -|EU -|Russian RUS|Greece GRC|Poland POL|Romania ROU|Russian RUS|Europe -|Black Sea -|Arctic -
""",
    "s09_tajik_taliban.txt": """
Tajikistan TJK|Taliban AFG|Chinese CHN|Afghan AFG
Tajikistan TJK|Afghanistan AFG|Taliban AFG|Kabul AFG|Afghan AFG|Chinese CHN
Chinese CHN|Shamsiddin Shohin TJK|Khatlon TJK|Panj -|Chinese CHN|Tajikistan TJK|State Committee for National Security TJK|Afghanistan AFG
China CHN|Dushanbe TJK|Chinese CHN|Taliban AFG|Abdul Qahar Balkhi AFG|Taliban AFG
Tajik officials TJK|Kabul AFG|Amu Darya -|Taliban AFG|Dushanbe TJK|Emomali Rahmon TJK|Taliban AFG|Panjshir AFG|Ahmad Massoud AFG|National Resistance Front AFG
Moscow RUS|Tajikistan TJK|Russian RUS|Collective Security Treaty Organization -|Russian officials RUS|Islamic State Khorasan -|Tajiks TJK|Tajik TJK|Moscow RUS
Taliban AFG|Amir Khan Muttaqi AFG|Kabul AFG|Uzbekistan UZB|Turkmenistan TKM|Taliban AFG|Dushanbe TJK|Kabul AFG|Tajik TJK
""",
    "s10_armenia_church.txt": """
Armenia ARM|Russian RUS|Armenian ARM|Karapetyan ARM|Pashinyan ARM
Armenia ARM|National Security Service ARM|Samvel Karapetyan ARM|Yerevan ARM|Armenian Apostolic Church ARM
Karapetyan ARM|Russia RUS|Tashir -|Electric Networks of Armenia -|Nikol Pashinyan ARM|Pashinyan ARM|Garegin II ARM
Pashinyan ARM|Civil Contract ARM|Karapetyan ARM|Narek Karapetyan ARM
Bagrat Galstanyan ARM|Mikael Ajapahyan ARM|Mother See of Holy Etchmiadzin ARM
Garegin II ARM|Armenian ARM|Pashinyan ARM|Russia RUS|Armenia ARM|Moscow RUS|Azerbaijan AZE|Nagorno-Karabakh -|CSTO -
Kremlin RUS|Dmitry Peskov RUS|Armenia ARM|Moscow RUS|Karapetyan ARM|Russian RUS|Armenians ARM|Russia RUS|Armenia Alliance ARM|Robert Kocharyan ARM
""",
}

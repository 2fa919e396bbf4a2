# Hand-written gold for tests/data/wider11 (ten texts written for the blind check of issue 14's round 9, on
# events none of the earlier sets covers; annotated here from the text alone and committed before the actor
# analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then each
# cleaned block); "surface STATE" in reading order, "-" for no state. Bylines are removed by the cleaner.
SPEC = {
    "u01_robotyne.txt": """
Ukrainian troops UKR|Robotyne UKR|Russia RUS|Zaporizhzhia UKR
Ukraine UKR|Robotyne UKR|Zaporizhzhia UKR|Russian RUS|Hanna Maliar UKR|Novoprokopivka UKR
Tokmak UKR|Russian RUS|Melitopol UKR|Sea of Azov -|Oleksandr Tarnavskyi UKR|Tavria UKR|Sergei Surovikin RUS|Russia RUS|Ukraine UKR|Robotyne UKR|Tokmak UKR
Russian Defence Ministry RUS|Robotyne UKR|Verbove UKR|Germany DEU|United States USA|Vladimir Rogov RUS|Russian RUS|58th Combined Arms Army RUS|Ivan Popov RUS
Ukrainian UKR|Western -|Mala Tokmachka UKR|US officials USA|New York Times -|Washington Post -|Zaporizhzhia UKR|Bakhmut UKR|Valery Zaluzhnyi UKR|Ukraine UKR|NATO -
Verbove UKR|Novoprokopivka UKR|Dmitry Peskov RUS|Kremlin RUS|Zaluzhnyi UKR|Economist -|Volodymyr Zelensky UKR
""",
    "u02_baku_moscow.txt": """
Baku AZE|Moscow RUS|Yekaterinburg RUS
Russian RUS|Azerbaijanis AZE|Yekaterinburg RUS|Saatly AZE|Baku AZE|Azerbaijan AZE|Prosecutor General's Office AZE|Foreign Ministry AZE|Baku AZE
Russia RUS|Investigative Committee RUS|Sverdlovsk RUS|Baku AZE|Culture Ministry AZE|Russian RUS|Milli Majlis AZE|Moscow RUS
Baku AZE|Sputnik Azerbaijan RUS|Kremlin RUS|Igor Kartavykh RUS|Yevgeny Belousov RUS|State Security Service AZE|FSB RUS|Russian RUS|Russian RUS
Moscow RUS|Kremlin RUS|Dmitry Peskov RUS|Foreign Ministry RUS|Maria Zakharova RUS|Baku AZE|Vladimir Solovyov RUS|Azerbaijan AZE|Ukraine UKR|Leonid Slutsky RUS|Liberal Democratic Party RUS|Azerbaijani AZE
Baku AZE|Ilham Aliyev AZE|Volodymyr Zelensky UKR|Russia RUS|Caucasus -|Farid Shafiyev AZE|Center of Analysis of International Relations AZE|Baku AZE|Azerbaijan AZE|Russian RUS|Soviet troops SUN
""",
    "u03_turkey_runoff.txt": """
Erdoğan TUR|Turkey TUR|Kılıçdaroğlu TUR
Recep Tayyip Erdoğan TUR|Kemal Kılıçdaroğlu TUR|Supreme Election Council TUR|YSK TUR|Istanbul TUR|Kısıklı TUR|Ankara TUR
Turkey TUR|Erdoğan TUR|Sinan Oğan TUR|ATA Alliance TUR|Oğan TUR|Erdoğan TUR|Ümit Özdağ TUR|Victory Party TUR|Kılıçdaroğlu TUR|Syrian SYR
Kılıçdaroğlu TUR|Republican People's Party TUR|CHP TUR|Nation Alliance TUR|Meral Akşener TUR|İYİ Party TUR|Felicity Party TUR|Kurdish -|HDP TUR|Green Left Party TUR|Ekrem İmamoğlu TUR|Mansur Yavaş TUR|Istanbul TUR|Ankara TUR|Kurdish -|Diyarbakır TUR|Kahramanmaraş TUR
Erdoğan TUR|People's Alliance TUR|Justice and Development Party TUR|AKP TUR|Devlet Bahçeli TUR|Nationalist Movement Party TUR|MHP TUR|Islamist -|Grand National Assembly TUR|Organization for Security and Co-operation in Europe -|TRT TUR
Vladimir Putin RUS|Erdoğan TUR|Joe Biden USA|Hungarian HUN|Viktor Orbán HUN|Kılıçdaroğlu TUR|CHP TUR|Özgür Özel TUR
""",
    "u04_iraq_development_road.txt": """
Turkey TUR|Iraq IRQ|Baghdad IRQ|PKK TUR
Recep Tayyip Erdogan TUR|Iraq IRQ|Baghdad IRQ|Mohammed Shia al-Sudani IRQ|Qatar QAT|United Arab Emirates ARE|Faw IRQ|Gulf -|Turkish TUR|Ankara TUR|Gulf -|Europe -
Iraq IRQ|National Security Council IRQ|Turkish TUR|Hakan Fidan TUR|Ibrahim Kalin TUR|Kurdistan Workers' Party TUR|PKK TUR|Baghdad IRQ|Ankara TUR|PKK TUR|Iraqi forces IRQ
Turkish TUR|Kurdistan Region IRQ|Turkish Armed Forces TUR|Duhok IRQ|Amadiya IRQ|Kani Masi IRQ|Batifa IRQ|Community Peacemaker Teams USA|US USA|Turkish TUR|Iraq IRQ
Kurdistan Regional Government IRQ|Erbil IRQ|Kurdistan Democratic Party IRQ|KDP IRQ|Ankara TUR|Patriotic Union of Kurdistan IRQ|PUK IRQ|Sulaymaniyah IRQ|Turkey TUR|Turkey TUR|Sulaymaniyah IRQ|PUK IRQ|PKK TUR|Mazloum Abdi SYR|Syrian Democratic Forces SYR
Kuwait KWT|Faw IRQ|Bubiyan Island KWT|Iran IRN|Baghdad IRQ|Turkey TUR|Turkey TUR|Turkish TUR|Coordination Framework IRQ
""",
    "u05_kaliningrad_transit.txt": """
Lithuania LTU|Kaliningrad RUS|Moscow RUS
Lithuania LTU|European Union -|Russia RUS|Kaliningrad RUS|Moscow RUS|Lithuanian LTU|Lithuanian Railways LTU|Russia RUS|Baltic Sea -
Nikolai Patrushev RUS|Russia RUS|Security Council RUS|Kaliningrad RUS|Lithuania LTU|Moscow RUS|Foreign Ministry RUS|Lithuanian LTU|Virginija Umbrasiene LTU|EU -|Markus Ederer -|Kremlin RUS|Dmitry Peskov RUS|Anton Alikhanov RUS|St Petersburg RUS
Suwalki POL|Polish POL|Lithuanian LTU|Kaliningrad RUS|Belarus BLR|NATO -|Russian forces RUS|Belarusian BLR|Suwalki POL|Baltic -|Poland POL
Ingrida Simonyte LTU|Vilnius LTU|EU -|Gabrielius Landsbergis LTU|Brussels -|Germany DEU|European Commission -|Commission -|Lithuania LTU|Russian officials RUS
NATO -|Madrid ESP|Lithuania LTU|Arvydas Anusauskas LTU|German DEU|Berlin DEU|Boris Pistorius DEU|Rudninkai LTU|Vilnius LTU|Polish army POL|Kaliningrad RUS
""",
    "u06_termez_taliban.txt": """
Uzbekistan UZB|Taliban AFG|Termez UZB
Uzbekistan UZB|Afghanistan AFG|Taliban AFG|Abdulla Aripov UZB|Tashkent UZB|Kabul AFG|Aripov UZB|Abdul Ghani Baradar AFG|Taliban AFG
Termez UZB|Uzbek UZB|Amu Darya -|Hairatan AFG|Afghanistan AFG|Balkh AFG|Afghan AFG|Uzbek officials UZB|Termez UZB|Uzbekistan Temir Yollari UZB|UN -
Tashkent UZB|Termez UZB|Mazar-i-Sharif AFG|Kabul AFG|Peshawar PAK|Uzbekistan UZB|Karachi PAK|Gwadar PAK|Uzbekistan UZB|Afghanistan AFG|Pakistan PAK|Hindu Kush -
Uzbekistan UZB|Taliban AFG|Taliban AFG|Afghan AFG|Tashkent UZB|Bakhtiyor Saidov UZB|Kabul AFG|Islamic State Khorasan Province -|ISKP -|Termez UZB|Uzbek UZB
Taliban AFG|Qosh Tepa AFG|Amu Darya -|Afghanistan AFG|Uzbek UZB|Khorezm UZB|Karakalpakstan UZB|Shavkat Mirziyoyev UZB|Central Asian -|Dushanbe TJK|Kabul AFG
""",
    "u07_lebanon_pagers.txt": """
Lebanon LBN|Hezbollah LBN
Hezbollah LBN|Lebanon LBN|Firass Abiad LBN|Beirut LBN|Dahiyeh LBN|Bekaa LBN
Iran IRN|Lebanon LBN|Mojtaba Amani IRN|Iranian IRN|Hezbollah LBN|Israel ISR|Israeli officials ISR|US USA|Lebanese LBN|Israel ISR|Mossad ISR
Gold Apollo -|Taiwanese TWN|Hsu Ching-kuang TWN|New Taipei TWN|BAC Consulting -|Budapest HUN|Hungarian government HUN|Zoltan Kovacs HUN|BAC -|Hungary HUN|Bulgaria BGR|Norway NOR
Hassan Nasrallah LBN|Hezbollah LBN|Israeli ISR|Beirut LBN|Yoav Gallant ISR|98th Division ISR|Gaza PSE|Nasrallah LBN|Israeli ISR|Dahiyeh LBN
Najib Mikati LBN|Israeli ISR|Volker Turk -|UN -|Lebanese Red Cross LBN|Iraq IRQ|Jordan JOR|Syria SYR|Beirut LBN
""",
    "u08_hormuz_tankers.txt": """
Iran IRN|Strait of Hormuz -
Iranian Revolutionary Guard IRN|Panama PAN|Strait of Hormuz -|US Navy USA|Fifth Fleet USA|Iran IRN|Marshall Islands MHL|Gulf of Oman -|Dubai ARE|Fujairah ARE|Bahrain BHR
US USA|Chevron -|Kuwaiti KWT|Houston USA|Mizan IRN|Iranian IRN|Iranian IRN|US officials USA|Iranian IRN|Washington USA|Indian IND|Russian RUS|Bandar Abbas IRN
Guards IRN|Alireza Tangsiri IRN|Gulf -|British GBR|Britain GBR|Royal Marines GBR|Iranian IRN|Gibraltar GBR|Nasser Kanaani IRN|Iranian Foreign Ministry IRN
Pentagon USA|American USA|Red Sea -|US Central Command USA|Iran IRN
Advantage Tankers -|Istanbul TUR|Oman OMN|Iran IRN|China CHN|Iranian IRN|London GBR|Gulf -
""",
    "u09_gagauzia_gutul.txt": """
Gagauzia MDA|Guțul MDA|Shor MDA
Chișinău MDA|Evghenia Guțul MDA|Moldova MDA|Gagauzia MDA|Russia RUS|Șor Party MDA|Guțul MDA
Guțul MDA|Ilan Shor MDA|Moldovan MDA|Shor MDA|Moscow RUS|Vladimir Putin RUS|Sochi RUS|Russian RUS|Gagauzia MDA|Russian RUS
Comrat MDA|People's Assembly of Gagauzia MDA|Gagauz MDA|Turkic -|Moscow RUS|Russia RUS|Chișinău MDA|Victory MDA|Shor MDA|Moscow RUS|Guțul MDA
Russia RUS|Foreign Ministry RUS|Maia Sandu MDA|Guțul MDA|Gagauzia MDA|Turkey TUR|Gagauzia MDA|TIKA TUR
Sandu MDA|Party of Action and Solidarity MDA|PAS MDA|Russian RUS|Patriotic Bloc MDA|Igor Dodon MDA|Brussels -|Moldova MDA|Russia RUS
""",
    "u10_kazakhstan_floods.txt": """
Kazakhstan KAZ|Tokayev KAZ
Kazakhstan KAZ|Ministry of Emergency Situations KAZ|Kassym-Jomart Tokayev KAZ|Ural -|Ishim -|Kostanay KAZ|Akmola KAZ|North Kazakhstan KAZ|Aktobe KAZ|West Kazakhstan KAZ|Atyrau KAZ
Kostanay KAZ|Lisakovsk KAZ|Tobol -|Petropavlovsk KAZ|North Kazakhstan KAZ|Ishim -|Tokayev KAZ|Syrym Sharipkhanov KAZ|Chingis Arinov KAZ
Ural -|Russia RUS|Orenburg RUS|Orsk RUS|Kazakhstan KAZ|Uralsk KAZ|Atyrau KAZ|Caspian Sea -|KazMunayGas KAZ|Makhambet KAZ
Olzhas Bektenov KAZ|Samruk-Kazyna KAZ|Akorda KAZ|Kazinform KAZ|Tokayev KAZ|Kostanay KAZ|Aktobe KAZ
Tokayev KAZ|Vladimir Putin RUS|Russia RUS|Orenburg RUS|Kurgan RUS|Tyumen RUS|Uzbekistan UZB|China CHN|Turkey TUR|UNICEF -
""",
}

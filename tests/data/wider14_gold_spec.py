# Hand-written gold for tests/data/wider14 (ten texts written for the second blind check of issue 14's round 10, on
# events none of the earlier sets covers; annotated here from the text alone and committed before the actor
# analysis was ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then each
# cleaned block); "surface STATE" in reading order, "-" for no state. Bylines (x01, x03, x07) are no mention.
SPEC = {
    "x01_kharkiv_counteroffensive.txt": """
Ukraine UKR|Izium UKR|Kupiansk UKR|Russian RUS|Kharkiv UKR
Ukrainian forces UKR|Balakliia UKR|Kupiansk UKR|Russian troops RUS|Donbas UKR|Izium UKR|Moscow RUS|Volodymyr Zelensky UKR|Ukraine UKR|General Staff UKR
Russian RUS|Kyiv UKR|Moscow RUS|Dnipro UKR|Kherson UKR|Valery Zaluzhnyi UKR|Oleksandr Syrskyi UKR|Kharkiv UKR|United States USA
Russian Defence Ministry RUS|Balakliia UKR|Izium UKR|Donetsk UKR|Igor Konashenkov RUS|Kharkiv UKR|Oskil -|Ramzan Kadyrov RUS|Chechnya RUS|Russian RUS
Izium UKR|Oleh Syniehubov UKR|Kharkiv UKR|UN -|Zelensky UKR|Bucha UKR
Kupiansk UKR|Vitaly Ganchev RUS|Moscow RUS|Russia RUS|Belgorod RUS|Ukrainian troops UKR|Oskil -|Lyman UKR|Donetsk UKR|Kremlin RUS|Russian RUS|Institute for the Study of War USA|Washington USA|Ukrainian UKR|Russian RUS|Kyiv UKR
""",
    "x02_annexation_referendums.txt": """
Putin RUS|Ukrainian UKR
Vladimir Putin RUS|Donetsk UKR|Luhansk UKR|Kherson UKR|Zaporizhzhia UKR|Ukraine UKR|Kremlin RUS|Moscow RUS|Russian RUS|Kyiv UKR|UN -|Western -
Moscow RUS|Kherson UKR|Melitopol UKR|Russia RUS|Leonid Pasechnik -|Luhansk People's Republic -|Donbas UKR
Kremlin RUS|Putin RUS|West -|Russia RUS|Pasechnik -|Denis Pushilin -|Donetsk People's Republic -|Russian RUS|Kherson UKR|Zaporizhzhia UKR|Vladimir Saldo RUS|Yevgeny Balitsky RUS|Red Square RUS|State Duma RUS|Federation Council RUS|Constitutional Court RUS
Volodymyr Zelensky UKR|Ukraine UKR|NATO -|Russia RUS|Putin RUS|Jens Stoltenberg -|NATO -|European Union -|Group of Seven -|US Treasury USA
UN Security Council -|Russia RUS|United States USA|Albania ALB|China CHN|India IND|Brazil BRA|Gabon GAB|General Assembly -|Belarus BLR|North Korea PRK|Syria SYR|Nicaragua NIC|Russia RUS|Vasily Nebenzia RUS|Moscow RUS|Kazakhstan KAZ|Moscow RUS
""",
    "x03_belgorod_raids.txt": """
Russian RUS|Kyiv UKR|Belgorod RUS
Russian RUS|Ukraine UKR|Belgorod RUS|Tyotkino RUS|Kursk RUS|Kozinka RUS|Freedom of Russia Legion RUS|Russian Volunteer Corps RUS|RDK RUS|Siberian Battalion RUS
Russian Defence Ministry RUS|Ukrainian UKR|Vyacheslav Gladkov RUS|Belgorod RUS|Belgorod RUS|Shebekino RUS|Vladimir Putin RUS|Security Council RUS
Graivoron RUS|Kozinka RUS|Glotovo RUS|Moscow RUS|Ukraine UKR|US USA|Belgian BEL|Washington USA|Russia RUS|Denis Kapustin RUS|RDK RUS|Russian RUS|Germany DEU|Ukrainian UKR
Russians RUS|Kremlin RUS|Ukraine UKR|GUR UKR|Andriy Yusov UKR|Russian RUS|Russian RUS|Kyiv UKR|Alexei Baranovsky RUS|Legion RUS|Kremlin RUS
Russians RUS|Belgorod RUS|Ukrainian UKR|Gladkov RUS|Rosgvardia RUS|Dmitry Peskov RUS|Kremlin RUS|Central Election Commission RUS|Belgorod RUS
""",
    "x04_turkey_local_elections.txt": """
CHP TUR|Istanbul TUR|Ankara TUR|Erdoğan TUR
Turkey TUR|Republican People's Party TUR|CHP TUR|Istanbul TUR|Ankara TUR|Recep Tayyip Erdoğan TUR|CHP TUR|Erdoğan TUR|Justice and Development Party TUR|AK Party TUR|Anadolu TUR
Istanbul TUR|Ekrem İmamoğlu TUR|Murat Kurum TUR|Erdoğan TUR|Ankara TUR|Mansur Yavaş TUR|AK Party TUR|Turgut Altınok TUR|İmamoğlu TUR|Saraçhane TUR|Turkish TUR|Atatürk TUR
İzmir TUR|Antalya TUR|Bursa TUR|Balıkesir TUR|AK Party TUR|Özgür Özel TUR|Kemal Kılıçdaroğlu TUR|CHP TUR|Turkey TUR|Erdoğan TUR|Ankara TUR
New Welfare Party TUR|Fatih Erbakan TUR|Islamist -|Necmettin Erbakan TUR|Turkish TUR|Israel ISR|Gaza PSE|Şanlıurfa TUR|Yozgat TUR|AK Party TUR|Nationalist Movement Party TUR|MHP TUR|Devlet Bahçeli TUR|Erdoğan TUR|Anatolia TUR
Kurdish -|DEM Party TUR|Diyarbakır TUR|Mardin TUR|Van TUR|Supreme Election Council TUR|YSK TUR|Van TUR|AK Party TUR|DEM Party TUR|Abdullah Zeydan TUR|Van TUR
""",
    "x05_saakashvili_trials.txt": """
Georgian GEO|Saakashvili GEO
Tbilisi GEO|Mikheil Saakashvili GEO|Georgia GEO|Ukraine UKR|Saakashvili GEO|Georgia GEO|Odesa UKR|Ukrainian UKR|Petro Poroshenko UKR
Batumi GEO|Special Penitentiary Service GEO|Rustavi GEO|Gldani GEO|Nino Lomjaria GEO|Gori GEO
Saakashvili GEO|Tbilisi GEO|Georgian Dream GEO|Bidzina Ivanishvili GEO|Irakli Garibashvili GEO|Irakli Kobakhidze GEO
Kyiv UKR|Volodymyr Zelensky UKR|Ukrainian UKR|Ukraine UKR|Ukraine UKR|Foreign Ministry UKR|Georgian GEO|European Parliament -|Salome Zourabichvili GEO
United National Movement GEO|UNM GEO|Nika Melia GEO|Levan Khabeishvili GEO|Georgian Young Lawyers' Association GEO|Amnesty International -
""",
    "x06_kadyrov_makhachkala.txt": """
Dagestan RUS|Chechen RUS|Kremlin RUS|North Caucasus RUS
Makhachkala RUS|Dagestan RUS|Tel Aviv ISR|Rosaviatsiya RUS
Utro Dagestan -|Sergei Melikov RUS|Vladimir Putin RUS|West -|Ukraine UKR|Investigative Committee RUS|Israel ISR|Foreign Ministry ISR|Russia RUS|Israelis ISR|Jews -
Ukraine UKR|Chechnya RUS|Ramzan Kadyrov RUS|Chechen RUS|Akhmat RUS|Kyiv UKR|Mariupol UKR|Bakhmut UKR|Luhansk UKR|Apty Alaudinov RUS|Akhmat RUS|Russian Defence Ministry RUS|Adam Delimkhanov RUS|State Duma RUS|Kadyrov RUS|Zaporizhzhia UKR
Kadyrov RUS|Moscow RUS|Wagner RUS|Akhmat RUS|Rostov-on-Don RUS|Memorial RUS|Chechnya RUS|Kremlin RUS|Kadyrov RUS|Grozny RUS|Kadyrov RUS|Chechens RUS|Makhachkala RUS
Interior Ministry RUS|Makhachkala RUS|Dagestan RUS|Kabardino-Balkaria RUS|Jewish -|Nalchik RUS|Israel ISR|Khasavyurt RUS|Israel ISR
""",
    "x07_wagner_belarus_border.txt": """
Poland POL|Lithuania LTU|Belarus BLR|Wagner RUS|Grodno BLR
Poland POL|Belarus BLR|Wagner RUS|Tsel BLR|Mogilev BLR|Russia RUS|Alexander Lukashenko BLR|Yevgeny Prigozhin RUS|Belarusian army BLR
Mateusz Morawiecki POL|Wagner RUS|Suwałki POL|Polish POL|Lithuanian LTU|Belarus BLR|Russia RUS|Kaliningrad RUS|Grodno BLR|Polish Defence Ministry POL|Belarusian BLR|Polish POL|Białowieża POL|Minsk BLR|Mariusz Błaszczak POL|18th Mechanised Division POL|Border Guard POL|Belarus BLR
Lithuania LTU|Vilnius LTU|NATO -|Belarus BLR|Šumskas LTU|Tverečius LTU|Gitanas Nausėda LTU|Lithuania LTU|State Border Guard Service LTU|Wagner RUS|Belarusian BLR|Latvia LVA|Estonia EST|Baltic -|Poland POL
Minsk BLR|Belarusian Defence Ministry BLR|Wagner RUS|Brest BLR|Polish POL|Lukashenko BLR|Vladimir Putin RUS|St Petersburg RUS|Warsaw POL|Rzeszów POL|Prigozhin RUS|Belarus BLR|Wagner RUS|Africa -
Prigozhin RUS|Russia RUS|Tver RUS|Belarus BLR|Tsel BLR|Viktor Khrenin BLR|Belarusian BLR|Warsaw POL|Polish army POL|Donald Tusk POL
""",
    "x08_kazakhstan_snap_election.txt": """
Tokayev KAZ|Kazakhstan KAZ|Astana KAZ
Kassym-Jomart Tokayev KAZ|Kazakhstan KAZ|Central Election Commission KAZ|Jiguli Dairabayev KAZ|Auyl KAZ|Karakat Abden KAZ|Meiram Kazhyken KAZ
Astana KAZ|Tokayev KAZ|Nur-Sultan KAZ|Nursultan Nazarbayev KAZ|Nazarbayev KAZ|Kazakhstan KAZ|Almaty KAZ|Security Council KAZ
Tokayev KAZ|Russian RUS|Collective Security Treaty Organisation -|CSTO -|Karim Massimov KAZ|National Security Committee KAZ|KNB KAZ|Nazarbayev KAZ|Nazarbayev KAZ|KazMunayGas KAZ|Samruk-Kazyna KAZ
OSCE -|Office for Democratic Institutions and Human Rights -|ODIHR -|Democratic Party of Kazakhstan KAZ|Zhanbolat Mamay KAZ|Almaty KAZ|Vladimir Putin RUS|Xi Jinping CHN|Tokayev KAZ|Uzbekistan UZB|Shavkat Mirziyoyev UZB
Tokayev KAZ|Astana KAZ|Mazhilis KAZ|Amanat KAZ|Nur Otan KAZ|Kazakh officials KAZ|Russia RUS|Western -|Astana KAZ|Moscow RUS|Ukrainian UKR
""",
    "x09_saudi_iran_beijing.txt": """
Saudi Arabia SAU|Iran IRN|China CHN
Saudi Arabia SAU|Iran IRN|Beijing CHN|China CHN
Ali Shamkhani IRN|Iran IRN|Supreme National Security Council IRN|Musaed al-Aiban SAU|Saudi SAU|Wang Yi CHN|China CHN|Xi Jinping CHN|Riyadh SAU|Ebrahim Raisi IRN|Beijing CHN|Baghdad IRQ|Muscat OMN|Iraq IRQ|Oman OMN
Riyadh SAU|Tehran IRN|Mashhad IRN|Shiite -|Nimr al-Nimr SAU|Yemen YEM|Houthis YEM|Iran IRN|Saudi SAU|Abqaiq SAU|Saudi Aramco SAU
Hossein Amir-Abdollahian IRN|Faisal bin Farhan SAU|Beijing CHN|Iran IRN|Riyadh SAU|Saudi Arabia SAU|Tehran IRN|Faisal SAU|Tehran IRN|Raisi IRN|Amir-Abdollahian IRN|Riyadh SAU|Iran IRN|IRNA IRN|Saudi Press Agency SAU
Washington USA|Riyadh SAU|John Kirby USA|White House USA|United States USA|Yemen YEM|Israel ISR|Benjamin Netanyahu ISR|Iran IRN|Mohammed bin Salman SAU|Houthis YEM|Houthi YEM|Riyadh SAU
""",
    "x10_turkey_fighter_deals.txt": """
Turkey TUR|Britain GBR|Germany DEU
Turkey TUR|Britain GBR|Ankara TUR|Keir Starmer GBR|Recep Tayyip Erdogan TUR|Turkish Air Force TUR|Qatar QAT|Oman OMN
Germany DEU|Britain GBR|Italy ITA|Spain ESP|Olaf Scholz DEU|Erdogan TUR|Israel ISR|Gaza PSE|Friedrich Merz DEU|Berlin DEU|Yasar Guler TUR|BAE Systems -|British GBR|Warton GBR|Lancashire GBR
United States USA|Ankara TUR|Russian RUS|Washington USA|Turkey TUR|Presidency of Defence Industries TUR|SSB TUR|Ismail Demir TUR|Turkey TUR
Congress USA|Bob Menendez USA|Senate Foreign Relations Committee USA|Turkey TUR|Greece GRC|Sweden SWE|NATO -|Turkish Grand National Assembly TUR|Sweden SWE|State Department USA|Congress USA|Greece GRC|Antony Blinken USA|NATO -
Turkish officials TUR|Turkish Aerospace TUR|American USA|General Electric -|Haluk Gorgun TUR|SSB TUR|Erdogan TUR|Donald Trump USA
""",
}

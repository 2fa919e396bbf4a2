# Hand-written gold for tests/data/wider13 (ten texts written for the blind check of issue 14's round 10, on events
# none of the earlier sets covers; annotated here from the text alone and committed before the actor analysis was
# ever run on them). Format as in wider3_gold_spec.py: one line per text (the title, then each cleaned block);
# "surface STATE" in reading order, "-" for no state. Bylines (v01, v06, v08) are no mention.
SPEC = {
    "v01_vovchansk_offensive.txt": """
Russian troops RUS|Vovchansk UKR|Kharkiv UKR
Russian forces RUS|Kharkiv UKR|Ukraine UKR|Vovchansk UKR|Lyptsi UKR|Hlyboke UKR|Kharkiv UKR|Ukraine UKR|General Staff UKR
Vladimir Putin RUS|Belgorod RUS|Russian RUS|Ukrainian UKR|Moscow RUS|Kharkiv UKR|Ukraine UKR|Russia RUS|Defence Ministry RUS|Andrei Belousov RUS|Sergei Shoigu RUS|Security Council RUS|Belgorod RUS|Vyacheslav Gladkov RUS
Kyiv UKR|Volodymyr Zelensky UKR|Oleksandr Syrskyi UKR|Donetsk UKR|92nd Assault Brigade UKR|National Guard UKR|Kharkiv UKR|Oleh Syniehubov UKR|Vovchansk UKR|Vovcha -
Washington USA|Kyiv UKR|US USA|Joe Biden USA|Ukraine UKR|American USA|Russian forces RUS|Belgorod RUS|Antony Blinken USA|Kharkiv UKR|Germany DEU|Kremlin RUS|Dmitry Peskov RUS|United States USA
Institute for the Study of War USA|Washington USA|Russian troops RUS|Vovchansk UKR|Ukraine UKR|57th Motorized Brigade UKR|Russian RUS|Sever RUS|Ihor Terekhov UKR|Kharkiv UKR
""",
    "v02_tavush_delimitation.txt": """
Armenia ARM|Tavush ARM|Azerbaijan AZE
Armenia ARM|Azerbaijan AZE|Tavush ARM|Soviet SUN|Armenian ARM|Mher Grigoryan ARM|Azerbaijani AZE|Shahin Mustafayev AZE|Azerbaijan AZE|Gazakh AZE|Baghanis Ayrum AZE|Ashagi Askipara AZE|Kheyrimli AZE|Gizilhajili AZE|Armenian forces ARM
Armenian ARM|Kirants ARM|Voskepar ARM|Berkaber ARM|Yerevan ARM|Georgian GEO|Nikol Pashinyan ARM|Voskepar ARM|Armenian ARM|National Security Service ARM
Kirants ARM|Bagrat Galstanyan ARM|Armenian Apostolic Church ARM|Tavush ARM|Tavush ARM|Yerevan ARM|Tavush for the Homeland ARM|Republic Square ARM|Pashinyan ARM|Karekin II ARM|Armenia Alliance ARM|I Have Honor ARM|National Assembly ARM
Galstanyan ARM|Canadian CAN|Moscow RUS
Baku AZE|Ilham Aliyev AZE|Hikmet Hajiyev AZE|Azerbaijani AZE|ANAMA AZE|Russian Foreign Ministry RUS|Soviet General Staff SUN|European Union -|United States USA|Antony Blinken USA|Pashinyan ARM|Aliyev AZE
""",
    "v03_transnistria_congress.txt": """
Transnistria -|Moscow RUS|Chișinău MDA
Transnistria -|Tiraspol -|Russia RUS|State Duma RUS|Federation Council RUS|Moldova MDA|Vadim Krasnoselsky -|Russia RUS|Chișinău MDA
Transnistria -|Moldovan MDA|Krasnoselsky -|Rîbnița -|Russian RUS
Moscow RUS|Russian Foreign Ministry RUS|Dniester -|Leonid Slutsky RUS|Duma RUS|Vladimir Putin RUS|Federal Assembly RUS|Transnistria -|Russian troops RUS|Operational Group of Russian Forces RUS|Soviet SUN|Cobasna -
Chișinău MDA|Bureau for Reintegration Policies MDA|Oleg Serebrian MDA|Tiraspol -|Maia Sandu MDA|Kremlin RUS|Moldovans MDA|European Union -|US State Department USA|Moldova MDA
Evghenia Guțul MDA|Gagauzia MDA|Putin RUS|Sochi RUS|Russian RUS|Kyiv UKR|Ukrainian officials UKR
""",
    "v04_akkuyu_payments.txt": """
Rosatom RUS|Akkuyu TUR|Turkey TUR|Moscow RUS|Washington USA
Russian RUS|Akkuyu TUR|Turkey TUR|Mediterranean -|Recep Tayyip Erdoğan TUR|Vladimir Putin RUS|Turkish TUR|Ankara TUR|Moscow RUS|Western -
Akkuyu Nükleer RUS|Russian RUS|Rosatom RUS|Russia RUS|Rosatom RUS|Turkish TUR|Russian RUS|Ziraat Bankası TUR|Turkish TUR|US Treasury USA|Moscow RUS
Office of Foreign Assets Control USA|Gazprombank RUS|Turkey TUR|Russian RUS|Alparslan Bayraktar TUR|Ankara TUR|Washington USA|Turkish officials TUR|US USA|Rosatom RUS|Alexei Likhachev RUS
German DEU|Siemens Energy -|Rosatom RUS|China CHN|Turkey TUR|Nuclear Regulatory Authority TUR|Mersin TUR|Greenpeace -|Cyprus CYP|International Atomic Energy Agency -
Ankara TUR|Bayraktar TUR|Rosatom RUS|Sinop TUR|Black Sea -|Korea Electric Power Corporation KOR|Kırklareli TUR|Chinese CHN|Turkish TUR
""",
    "v05_alabuga_shaheds.txt": """
Iran IRN|Tatarstan RUS|Russia RUS
Iranian IRN|Kyiv UKR|Ukrainian troops UKR|Kupiansk UKR|Tehran IRN|Hossein Amir-Abdollahian IRN|Iran IRN|Washington USA|London GBR|Caspian Sea -|Russian RUS|Iranian IRN
White House USA|Russia RUS|National Security Council USA|John Kirby USA|Alabuga RUS|Tatarstan RUS|Moscow RUS|Iran IRN|Western -|Iranian IRN|Islamic Revolutionary Guard Corps IRN
Institute for Science and International Security USA|Washington USA|David Albright USA|Russian RUS|Chinese CHN|Western -|Kazakhstan KAZ|United Arab Emirates ARE|Timur Shagivaleev RUS|Africa -|Central Asia -|Uganda UGA|Kenya KEN|South Sudan SSD|Yelabuga RUS
Ukraine UKR|Alabuga RUS|Ukraine UKR|GUR UKR|Rustam Minnikhanov RUS|Tatarstan RUS|Kazan RUS
Ukraine UKR|Yurii Ihnat UKR|Ukrainian Air Force UKR|Russia RUS|European Union -|Alabuga RUS|Iranian IRN|US Treasury USA|Iran IRN|Defence Ministry IRN
""",
    "v06_uzbekistan_referendum.txt": """
Mirziyoyev UZB|Uzbekistan UZB
Shavkat Mirziyoyev UZB|Uzbekistan UZB|Central Election Commission UZB|Zainiddin Nizamkhodjaev UZB|Mirziyoyev UZB
Soviet Union SUN|Uzbekistan UZB|Legislative Chamber UZB|Nurdinjon Ismoilov UZB|Oliy Majlis UZB
Karakalpakstan UZB|Nukus UZB|Mirziyoyev UZB|Karakalpak UZB|Dauletmurat Tazhimuratov UZB|Human Rights Watch -
Mirziyoyev UZB|Robakhon Makhmudova UZB|Adolat Social Democratic Party UZB|Abdushukur Khamzayev UZB|Ecological Party UZB|Ulugbek Inoyatov UZB|People's Democratic Party UZB|Liberal Democratic Party of Uzbekistan UZB|UzLiDeP UZB|OSCE -|Office for Democratic Institutions and Human Rights -|Kun.uz -|Tashkent UZB
Moscow RUS|Beijing CHN|Vladimir Putin RUS|Mirziyoyev UZB|Xi Jinping CHN|Kazakh KAZ|Kassym-Jomart Tokayev KAZ|Astana KAZ|Mirziyoyev UZB|Islam Karimov UZB|Uzbeks UZB|Tashkent UZB
""",
    "v07_lebanon_aoun_salam.txt": """
Lebanon LBN|Joseph Aoun LBN|Nawaf Salam LBN
Lebanon LBN|Joseph Aoun LBN|Lebanese Armed Forces LBN|Baabda Palace LBN|Aoun LBN|Hezbollah LBN|Amal LBN|Nabih Berri LBN
Saudi SAU|Yazid bin Farhan SAU|French FRA|Jean-Yves Le Drian FRA|Beirut LBN|US USA|Amos Hochstein USA|Israel ISR|Hezbollah LBN|Washington USA|Aoun LBN|Michel Aoun LBN
Israeli troops ISR|Lebanon LBN|Hezbollah LBN|Litani LBN|US USA|France FRA|UNIFIL -
Nawaf Salam LBN|United Nations -|International Court of Justice -|Najib Mikati LBN|Lebanese Forces LBN|Samir Geagea LBN|Kataeb LBN|Salam LBN|Hezbollah LBN|Amal LBN|Mohammad Raad LBN|Hezbollah LBN|Loyalty to the Resistance LBN|Shiite -|Naim Qassem LBN
French FRA|Emmanuel Macron FRA|Beirut LBN|Saudi SAU|Faisal bin Farhan SAU|Gulf -|Israel ISR|Lebanon LBN|Israeli ISR|Kfar Kila LBN|Aitaroun LBN|Salam LBN
""",
    "v08_baku_oil_israel_turkey.txt": """
Baku AZE|Israel ISR|Aliyev AZE|Israeli ISR|Turkish TUR|Syria SYR
Azerbaijani AZE|Israel ISR|Gaza PSE|Israeli ISR|Globes -|Georgia GEO|Turkey TUR|Ceyhan TUR|Turkey TUR|Mediterranean -|Haifa ISR|Ashdod ISR
Ankara TUR|Israel ISR|Turkey TUR|Israel ISR|Recep Tayyip Erdogan TUR|Israeli ISR|Benjamin Netanyahu ISR|Gaza PSE|Palestinian PSE|Istanbul TUR|BP -|SOCAR AZE|Azerbaijan AZE|Turkish Energy Ministry TUR|Turkey TUR
Baku AZE|Israeli ISR|Syria SYR|Homs SYR|Turkish TUR|Israeli ISR|Turkish TUR|Baku AZE|Syria SYR|Hakan Fidan TUR|Turkey TUR|Israel ISR|Syria SYR|Israel ISR|Israel Katz ISR|Damascus SYR
Ilham Aliyev AZE|Syrian SYR|Ahmed al-Sharaa SYR|Baku AZE|Israeli ISR|al-Sharaa SYR|Israeli officials ISR|Azerbaijani AZE|Syria SYR|Turkey TUR|SOCAR AZE|Turkish Energy Ministry TUR|Syrian government SYR|Hikmet Hajiyev AZE|Aliyev AZE|Azerbaijan AZE
Iran IRN|Baku AZE|Israel ISR|Tehran IRN|Azerbaijan AZE|Israel ISR|Baku AZE|Iranian IRN|Baku AZE|Israel ISR|Armenia ARM|Azerbaijan AZE|Washington USA|Donald Trump USA|Baku AZE|Yerevan ARM
""",
    "v09_tower22_strikes.txt": """
US USA|Kataib Hezbollah IRQ|Quds Force IRN|Iraq IRQ|Syria SYR
US USA|Jordan JOR|Syrian SYR|American soldiers USA|US troops USA|Gaza PSE|Pentagon USA|William Jerome Rivers USA|Kennedy Sanders USA|Breonna Moffett USA|US Army Reserve USA|Georgia USA
Islamic Resistance in Iraq IRQ|Iran IRN|US forces USA|American USA|Jordanian JOR|Syrian SYR|Jordan JOR|Muhannad Mubaidin JOR|al-Tanf SYR|Syria SYR|Lloyd Austin USA|United States USA|Kataib Hezbollah IRQ|Iraqi government IRQ
Joe Biden USA|Dover USA|Delaware USA|United States USA|Iraq IRQ|Syria SYR|Quds Force IRN|Iran IRN|Islamic Revolutionary Guard Corps IRN|US Central Command USA|al-Qaim IRQ|Akashat IRQ|Iraq IRQ|Deir ez-Zor SYR|Mayadin SYR|Albu Kamal SYR|Syria SYR|Iraqi government IRQ|Basim al-Awadi IRQ|Iraqi IRQ
Tehran IRN|Foreign Ministry IRN|Nasser Kanaani IRN|Iran IRN|National Security Council USA|John Kirby USA|Washington USA|Iran IRN|US USA|Baghdad IRQ|Abu Baqir al-Saadi IRQ|Kataib Hezbollah IRQ|Popular Mobilization Forces IRQ|United States USA|Harakat al-Nujaba IRQ
Mohammed Shia al-Sudani IRQ|Washington USA|US USA|Islamic State -|US USA|Iraq IRQ|Syria SYR|Houthis YEM|Yemen YEM|Red Sea -
""",
    "v10_suwayda_clashes.txt": """
Israel ISR|Damascus SYR|Druze -|Bedouin -|Suwayda SYR
Israeli ISR|Syrian Defence Ministry SYR|Umayyad Square SYR|Damascus SYR|Suwayda SYR|Israel ISR|Druze -|Israel ISR|Syrian forces SYR
Druze -|Damascus SYR|Suwayda SYR|Druze -|Bedouin -|Damascus SYR|Druze -|Suwayda SYR|Syrian Observatory for Human Rights -|Britain GBR
Israel Katz ISR|Damascus SYR|Benjamin Netanyahu ISR|Israel ISR|Druze -|Israeli ISR|Druze -|Mowafaq Tarif ISR|Majdal Shams SYR|Golan Heights SYR|Syria SYR
Ahmed al-Sharaa SYR|Syria SYR|Suwayda SYR|Druze -|Hikmat al-Hijri SYR|Deir ez-Zor SYR|Daraa SYR|Bedouin -
Tom Barrack USA|US USA|Syria SYR|Interior Ministry SYR|Israeli ISR|Marco Rubio USA|White House USA|Israeli ISR|Turkey TUR|Arab League -|Jordan JOR|Amman JOR|Syrian SYR|Jordanian JOR|US officials USA|Suwayda SYR|Syrian Arab Red Crescent SYR
""",
}

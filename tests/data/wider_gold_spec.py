# Hand-written gold for tests/data/wider (written before running actor analysis on these texts).
SPEC = {
    "w1_wagner.txt": """
Wagner RUS|Rostov RUS|Kremlin RUS|Prigozhin RUS
Wagner RUS|Rostov-on-Don RUS|Yevgeny Prigozhin RUS|Belarus BLR|Belarusian BLR|Alexander Lukashenko BLR|Kremlin RUS|Kremlin RUS|Dmitry Peskov RUS|Prigozhin RUS
Russia RUS|Southern Military District RUS|Rostov RUS|Moscow RUS|Sergei Shoigu RUS|Russian RUS|Sergei Lavrov RUS|Chinese CHN|Qin Gang CHN
Kyiv UKR|Ukrainian UKR|Volodymyr Zelensky UKR|Russian regime RUS|Ukrainian forces UKR|Bakhmut UKR|Zaporizhzhia UKR|Russian RUS|Kherson UKR|Kramatorsk UKR
Andriy Yermak UKR|Zelensky UKR|Moscow RUS|Washington USA|Lukashenko BLR|Prigozhin RUS
""",
    "w2_herzog.txt": """
Herzog ISR|Baku AZE|Israel ISR|Azerbaijan AZE|Tehran IRN
Israeli ISR|Isaac Herzog ISR|Baku AZE|Azerbaijani AZE|Ilham Aliyev AZE|Israeli ISR|South Caucasus -|Herzog ISR|Azerbaijani AZE|Jeyhun Bayramov AZE|Alley of Martyrs AZE
Iran IRN|Nasser Kanaani IRN|Tehran IRN|Zionist ISR|Iranian Revolutionary Guards IRN|Aras -|Iranian officials IRN|Baku AZE|Israeli ISR|Armenia ARM
Aliyev AZE|Israel ISR|Hikmet Hajiyev AZE|Aliyev AZE|Azerbaijan AZE|Tel Aviv ISR|Jerusalem ISR|Benjamin Netanyahu ISR
Armenian ARM|Nikol Pashinyan ARM|Yerevan ARM
""",
    "w3_libya.txt": """
Tripoli LBY|Libya LBY
Tripoli LBY|Government of National Unity LBY|GNU LBY|GNU LBY|Abdul Hamid Dbeibah LBY|Interior Ministry LBY|Souq al-Juma LBY
Libyan National Army LBY|LNA LBY|Khalifa Haftar LBY|Russia RUS|Wagner RUS|United Arab Emirates ARE|Turkey TUR|Government of National Accord LBY|Haftar LBY|al-Watiya LBY
UN -|Abdoulaye Bathily -|Libyan LBY|Libya Observer LBY|Egyptian EGY|Abdel Fattah al-Sisi EGY|Dbeibah LBY|Cairo EGY
Misrata LBY|Zawiya LBY|Dbeibah LBY
""",
    "w4_georgia.txt": """
Georgian Dream GEO
Georgia GEO|Georgian Dream GEO|Central Election Commission GEO|Western -|GD GEO|Bidzina Ivanishvili GEO|Tbilisi GEO
Mamuka Khazaradze GEO|Lelo GEO|Moscow RUS|Salome Zourabichvili GEO|Georgians GEO|Rustaveli Avenue GEO|OSCE -|Batumi GEO|Kutaisi GEO
Georgian GEO|Irakli Kobakhidze GEO|Hungarian HUN|Viktor Orban HUN|Kobakhidze GEO|EU -|Josep Borrell -|Khazaradze GEO|Lelo GEO
United States USA|Georgia USA|Republicans USA|Democrats USA|Atlanta USA
""",
    "w5_border.txt": """
Kyrgyzstan KGZ|Tajikistan TJK
Kyrgyz KGZ|Sadyr Japarov KGZ|Tajik TJK|Emomali Rahmon TJK|Bishkek KGZ|Kamchybek Tashiev KGZ|Kyrgyzstan KGZ|State Committee for National Security KGZ
Tajik TJK|Vorukh TJK|Russia RUS|Collective Security Treaty Organisation -|CSTO -|Kremlin RUS|Dmitry Peskov RUS|Vladimir Putin RUS
Uzbek UZB|Shavkat Mirziyoyev UZB|Central Asia -|Kazakhstan KAZ|Astana KAZ|Ferghana Valley -|Tajik TJK|Batken KGZ
""",
    "w6_armenia.txt": """
Armenia ARM|Security Council ARM|Azerbaijan AZE
Armen Grigoryan ARM|Armenia ARM|Security Council ARM|Yerevan ARM|Baku AZE|UN Security Council -|Nagorno-Karabakh -
Grigoryan ARM|Zangezur ARM|Azerbaijan AZE|Nakhchivan AZE|Armenia ARM|Azerbaijani AZE|Hikmet Hajiyev AZE|Baku AZE|Yerevan ARM
Russian peacekeepers RUS|Karabakh -|European Union -|Jermuk ARM|Turkish TUR|Hakan Fidan TUR|Ankara TUR|Armenia ARM|Grigoryan ARM|Washington USA|Brussels -
""",
}

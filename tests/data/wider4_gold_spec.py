# Hand-written gold for tests/data/wider4 (five texts written after round 2's rules were done, annotated here
# before the actor analysis was run on them, scored once: the unseen check of round 2). Format as in
# wider3_gold_spec.py.
SPEC = {
    "z1_border_deal.txt": """
Kyrgyzstan KGZ|Tajikistan TJK
Kyrgyz KGZ|Sadyr Japarov KGZ|Tajik TJK|Emomali Rahmon TJK|Vorukh TJK
Bishkek KGZ|Japarov KGZ|Kamchybek Tashiev KGZ|Kyrgyzstan KGZ|Batken KGZ
Uzbek UZB|Shavkat Mirziyoyev UZB|Ferghana Valley -|Kremlin RUS|Russian RUS|Sergei Lavrov RUS|CSTO -
""",
    "z2_africa_corps.txt": """
Russia RUS|Africa Corps RUS|Wagner RUS|Mali MLI
Russian military RUS|Africa Corps RUS|Russian Defence Ministry RUS|Mali MLI|Wagner RUS|Malian army MLI|Wagner RUS
Assimi Goita MLI|Mali MLI|Moscow RUS|French troops FRA|UN -|MINUSMA -
Yunus-Bek Yevkurov RUS|Russia RUS|Niger NER|Burkina Faso BFA|Libya LBY|Khalifa Haftar LBY|Russian RUS|al-Khadim LBY
""",
    "z3_baku_tehran.txt": """
Pezeshkian IRN|Baku AZE|Iran IRN|Azerbaijan AZE
Iranian IRN|Masoud Pezeshkian IRN|Baku AZE|Azerbaijan AZE|Azerbaijan AZE|Tehran IRN
Pezeshkian IRN|Ilham Aliyev AZE|Iran IRN|Azerbaijan AZE|Nakhchivan AZE|Armenia ARM|Iran IRN|Farzaneh Sadegh IRN|Aras -
Azerbaijani AZE|Jeyhun Bayramov AZE|Baku AZE|Israel ISR|Yerevan ARM|Armenian ARM|Nikol Pashinyan ARM|Armenia ARM|Azerbaijani AZE
""",
    "z4_damascus_ankara.txt": """
Syria SYR|al-Sharaa SYR|Erdogan TUR|Ankara TUR
Syria SYR|Ahmed al-Sharaa SYR|Turkish TUR|Recep Tayyip Erdogan TUR|Ankara TUR|Hayat Tahrir al-Sham SYR|Bashar al-Assad SYR
Erdogan TUR|Turkey TUR|Syrian army SYR|Turkish intelligence TUR|Ibrahim Kalin TUR|Syrian SYR|Asaad al-Shaibani SYR|Kurdish -|SDF SYR
Israel ISR|Syrian SYR|Homs SYR|Hama SYR|Assad SYR|Israeli ISR|Israel Katz ISR|Israeli troops ISR|Mount Hermon -|Arab League -|Saudi Arabia SAU|Syrian SYR
""",
    "z5_oreshnik.txt": """
Lukashenko BLR|Belarus BLR
Belarusian BLR|Alexander Lukashenko BLR|Russian RUS|Belarus BLR|Vladimir Putin RUS|Ukrainian UKR|Dnipro UKR
Polish POL|Radoslaw Sikorski POL|NATO -|Lithuania LTU|Latvia LVA|Estonia EST|Washington USA
Belarusian BLR|Sviatlana Tsikhanouskaya BLR|Warsaw POL|Belarus BLR|Kremlin RUS|Viktor Khrenin BLR|Belarus BLR|Belarusian army BLR|Russian RUS
""",
}

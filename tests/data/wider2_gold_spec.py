# Hand-written gold for tests/data/wider2 (written after the rules were built, before running the tool on it).
SPEC = {
    "x1_sweden_nato.txt": """
Turkish TUR|Sweden SWE|NATO -|Erdogan TUR
Turkey TUR|Sweden SWE|NATO -|Ankara TUR|Recep Tayyip Erdogan TUR|Washington USA|Turkish air force TUR
Swedish SWE|Tobias Billstrom SWE|Stockholm SWE|Turkish officials TUR|Sweden SWE|PKK TUR|Kurdistan Workers' Party TUR|Ankara TUR|European Union -|United States USA
Hungary HUN|NATO -|Hungarian HUN|Viktor Orban HUN|Swedish SWE|Ulf Kristersson SWE|Budapest HUN|NATO -|Jens Stoltenberg -|Budapest HUN
Omer Celik TUR|Turkey TUR|AKP TUR
""",
    "x2_idlib.txt": """
Idlib SYR|Damascus SYR|Moscow RUS
Russian RUS|Syrian government SYR|Idlib SYR|White Helmets SYR|Maarat al-Numan SYR|Saraqeb SYR|Hayat Tahrir al-Sham SYR|HTS SYR
Syrian Observatory for Human Rights -|Britain GBR|Aleppo SYR|Turkish troops TUR|Turkish defence ministry TUR
Abu Mohammed al-Jolani SYR|HTS SYR|Ankara TUR|Turkish TUR|Hulusi Akar TUR|Russian RUS|Sergei Shoigu RUS
""",
    "x3_minsk.txt": """
Lukashenko BLR|Minsk BLR|West -
Belarusian BLR|Alexander Lukashenko BLR|Sviatlana Tsikhanouskaya BLR|Vilnius LTU
Poland POL|Lithuania LTU|Belarus BLR|Minsk BLR|European Union -|Polish POL|Tomasz Siemoniak POL|Bialystok POL
Viasna BLR|Ales Bialiatski BLR|Grodno BLR|Brest BLR|US State Department USA
""",
}

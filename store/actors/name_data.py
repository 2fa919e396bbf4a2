"""Extra training names for the name-origin model (store/actors/name_origin.py): the per-locale first and
last name lists of the Faker package (MIT licence), by the state of their locale, Cyrillic, Armenian,
Georgian and Greek lists romanised as English news spells them, and the romanised lists Faker has of Taiwan's,
China's and Japan's names. Needed only to train (``python -m
store.actors.name_origin``), never at run time; Faker is a test-only dependency."""

from __future__ import annotations

import importlib
from collections.abc import Iterator

# Faker locale -> state (ISO 3166 alpha-3); only locales whose names can be written in Latin letters
LOCALES = {
    "az_AZ": "AZE", "bg_BG": "BGR", "cs_CZ": "CZE", "da_DK": "DNK", "de_DE": "DEU", "de_AT": "AUT",
    "en_GB": "GBR", "en_IE": "IRL", "en_US": "USA", "en_IN": "IND", "en_PK": "PAK", "es_ES": "ESP",
    "es_MX": "MEX", "es_AR": "ARG", "et_EE": "EST", "fi_FI": "FIN", "fr_FR": "FRA", "hr_HR": "HRV",
    "hu_HU": "HUN", "hy_AM": "ARM", "id_ID": "IDN", "it_IT": "ITA", "ka_GE": "GEO", "lt_LT": "LTU",
    "lv_LV": "LVA", "nl_NL": "NLD", "no_NO": "NOR", "pl_PL": "POL", "pt_PT": "PRT", "pt_BR": "BRA",
    "ro_RO": "ROU", "ru_RU": "RUS", "sk_SK": "SVK", "sl_SI": "SVN", "sv_SE": "SWE", "tr_TR": "TUR",
    "uk_UA": "UKR", "uz_UZ": "UZB", "el_GR": "GRC", "mk_MK": "MKD",
    "is_IS": "ISL",
}  # fmt: skip
# locales whose names are in another script, with romanised lists of their own (round 10): Taiwan's are
# Wade-Giles ("Chia-hao", "Hsu"), China's pinyin, Japan's Hepburn
ROMANISED = {"zh_TW": "TWN", "zh_CN": "CHN", "ja_JP": "JPN"}
_ROMANISED_FIELDS = ("first_romanized_names", "last_romanized_names")
_FIELDS = (
    "first_names", "first_names_male", "first_names_female", "last_names", "last_names_male",
    "last_names_female", "last_names_unisex", "male_last_names", "unisex_last_names",
)  # fmt: skip

_RU = dict(
    zip(
        "абвгдезийклмнопрстуфхцчшщыэюяё",
        "a b v g d e z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya yo".split(),
        strict=True,
    )
)
_RU |= {"ж": "zh", "ъ": "", "ь": ""}
_UK = dict(_RU) | {"г": "h", "ґ": "g", "е": "e", "є": "ye", "и": "y", "і": "i", "ї": "yi", "й": "y", "ы": "y"}
_BG = dict(_RU) | {"ъ": "a", "щ": "sht", "ю": "yu", "я": "ya"}
_HY = dict(zip(
    "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ",
    "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f".split(), strict=True,
))  # fmt: skip
_KA = dict(zip(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h".split(), strict=True,
))  # fmt: skip
_MK = dict(_RU) | {"ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ј": "j", "љ": "lj", "њ": "nj", "џ": "dzh", "х": "h", "ц": "c"}
_EL = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
    "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i i y y".split(), strict=True,
))  # fmt: skip
_EL_DIGRAPHS = (("ου", "ou"), ("ού", "ou"), ("Ου", "Ou"), ("αυ", "av"), ("ευ", "ev"), ("Ευ", "Ev"), ("Αυ", "Av"))
_TABLES = {"ru_RU": _RU, "uk_UA": _UK, "bg_BG": _BG, "hy_AM": _HY, "ka_GE": _KA, "mk_MK": _MK, "el_GR": _EL}


def romanise(name: str, table: dict[str, str]) -> str:
    if table is _EL:
        for greek, latin in _EL_DIGRAPHS:
            name = name.replace(greek, latin)
    out = []
    for c in name:
        low = c.lower()
        r = table.get(low)
        if r is None:
            out.append(c)
        else:
            out.append(r.capitalize() if c != low and r else r)
    text = "".join(out)
    if table is _HY:  # "ու" is u, a word-initial "ե" ye, "ո" vo
        text = text.replace("ov", "u").replace("Ov", "U")
    return text


def faker_names() -> Iterator[tuple[str, str]]:
    """(name, state) for every first and last name of the Faker locales above, once per locale."""
    for locale, state in LOCALES.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        table = _TABLES.get(locale)
        seen: set[str] = set()
        for field in _FIELDS:
            values = getattr(provider, field, None) or ()
            for value in values:
                name = romanise(value, table) if table else value
                if name not in seen and all(c.isalpha() or c in " -'" for c in name):
                    seen.add(name)
                    yield name, state
    for locale, state in ROMANISED.items():
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        seen = set()
        for field in _ROMANISED_FIELDS:
            for value in getattr(provider, field, None) or ():
                name = value.title() if value.isupper() else value  # "CHIA-HAO" -> "Chia-Hao"
                if name not in seen and all(c.isascii() and (c.isalpha() or c in " -'") for c in name):
                    seen.add(name)
                    yield name, state

"""Batch 2026-11i of the bundled dictionary (issue 14): office-holders, bodies, parties and state companies
of the world beyond the field. Its aliases must name one actor only, and a surname alone must be no common
word, place or first name; leaders named without a title are linked, shared surnames are not."""

from __future__ import annotations

from functools import cache

import pytest

from store.actors.analysis import Analyzer
from store.actors.dictionary import load_dictionary
from store.actors.gazetteer import countries_of
from store.actors.matcher import fold

from .actor_helpers import aliases_of_others, batch_actors, common_words, dictionary_only, found, linked

MARK = "# ── Batch 2026-11i (issue 14, the world beyond the field)"


@cache
def batch() -> list[dict]:
    return batch_actors(MARK)


@cache
def analyzer() -> Analyzer:
    return dictionary_only()


def surnames(actor: dict) -> list[str]:
    """A person's one-word aliases other than the whole name."""
    if actor.get("kind", "person") != "person":
        return []
    return [a for a in actor.get("aliases", []) if " " not in a and a != actor["name"]]


def test_the_batch_is_large_and_covers_every_class():
    actors = batch()
    kinds = {(a["kind"], a["sector"]) for a in actors}
    assert len(actors) >= 900
    for expected in [
        ("person", "government"),
        ("person", "international"),
        ("person", "opposition"),
        ("organisation", "party"),
        ("organisation", "business"),
        ("organisation", "media"),
        ("organisation", "international"),
    ]:
        assert expected in kinds
    assert len({a.get("affiliation") for a in actors}) >= 150  # states, not a handful of them


def test_officials_of_international_bodies_stand_for_their_body():
    for a in batch():
        assert (a["sector"] == "international") == (a.get("affiliation") is None), a["id"]


def test_every_alias_of_the_batch_names_one_actor_only():
    assert aliases_of_others(batch()) == set()


def test_no_surname_alias_is_a_common_word_a_place_or_another_persons_first_name():
    d = load_dictionary(False)
    words = common_words()
    first_names: dict[str, set[str]] = {}
    for entry in d.entries.values():
        name = entry.actor.name.split()
        if entry.actor.kind == "person" and len(name) > 1:
            first_names.setdefault(fold(name[0]), set()).add(entry.actor.id)
    bad = []
    for a in batch():
        for alias in surnames(a):
            key = fold(alias)
            if key in words or key.lower() in words:
                bad.append((a["id"], alias, "common word"))
            if countries_of(alias):
                bad.append((a["id"], alias, "place"))
            if first_names.get(key, set()) - {a["id"]}:
                bad.append((a["id"], alias, "first name"))
    assert bad == []


@pytest.mark.parametrize(
    "left_out",
    ["Costa", "Santos", "Lee", "Kim", "Khan", "Ali", "Rama", "Duterte", "Talon", "Lasso", "Truss", "Haddad", "Suga"],
)
def test_ambiguous_surnames_are_no_alias_of_the_batch(left_out):
    assert all(fold(left_out) not in {fold(x) for x in a.get("aliases", [])} for a in batch())


def test_leaders_named_without_a_title_are_linked_to_their_state():
    got = linked(analyzer(), "Cyril Ramaphosa called Yoweri Museveni and Luis Lacalle Pou on Tuesday.")
    assert got["Cyril Ramaphosa"][:2] == ("cyril-ramaphosa", "ZAF")
    assert got["Yoweri Museveni"][:2] == ("yoweri-museveni", "UGA")
    assert got["Luis Lacalle Pou"][:2] == ("luis-lacalle-pou", "URY")
    got = linked(analyzer(), "Talks between Shigeru Ishiba, Anthony Albanese and Paul Kagame ended.")
    assert {s: v[1] for s, v in got.items()} == {
        "Shigeru Ishiba": "JPN",
        "Anthony Albanese": "AUS",
        "Paul Kagame": "RWA",
    }


def test_a_surname_alias_and_a_transliteration_are_linked():
    got = linked(analyzer(), "Later Tinubu and Mnangagwa met; Ouattara stayed home.")
    assert {s: v[:2] for s, v in got.items()} == {
        "Tinubu": ("bola-tinubu", "NGA"),
        "Mnangagwa": ("emmerson-mnangagwa", "ZWE"),
        "Ouattara": ("alassane-ouattara", "CIV"),
    }
    assert [a for _, a in found(analyzer(), "Boyko Borisov and Djukanovic spoke.")] == [
        "boyko-borissov",
        "milo-dukanovic",
    ]


def test_bodies_companies_and_parties_are_linked():
    got = linked(analyzer(), "Pemex, Petrobras and the Bundesbank reported; the ANC and Gerindra disagreed.")
    assert {s: v[1] for s, v in got.items()} == {
        "Pemex": "MEX",
        "Petrobras": "BRA",
        "Bundesbank": "DEU",
        "ANC": "ZAF",
        "Gerindra": "IDN",
    }
    got = linked(analyzer(), "Ngozi Okonjo-Iweala of the WTO met Audrey Azoulay of UNESCO.")
    assert {s: v[:2] for s, v in got.items()} == {
        "Ngozi Okonjo-Iweala": ("ngozi-okonjo-iweala", None),
        "WTO": ("world-trade-organization", None),
        "Audrey Azoulay": ("audrey-azoulay", None),
        "UNESCO": ("unesco", None),
    }


def test_common_words_and_shared_surnames_are_not_linked():
    # "Duterte" names a father and a daughter; a talon, a lasso and a truss are things; "Abe" alone is
    # Shinzo Abe's only where capitalised
    text = "Duterte said the talon and the lasso hung from a truss; Marin and Kim watched."
    got = found(analyzer(), text)
    assert got == []
    # the matcher forgives one typo in long names: no surname of the batch is one typo from an English word
    # or name ("Holness" / Holiness, "Hipkins" / Hopkins, "Zannier" / pannier; wordfreq's top words)
    near = "His Holiness, Johns Hopkins, a Junker, Calvin and a Pannier; Preminger and Motley Crue."
    assert [m for m in found(analyzer(), near) if m[1] in {a["id"] for a in batch()}] == []
    assert found(analyzer(), "Rodrigo Duterte and Sara Duterte spoke.") == [
        ("Rodrigo Duterte", "rodrigo-duterte"),
        ("Sara Duterte", "sara-duterte"),
    ]


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Nikola Pashinyan", "nikol-pashinyan"),
        ("Hasan Nasrallah", "hassan-nasrallah"),
        ("Fuad Hussain", "fuad-hussein"),
        ("Gibran Bassil", "gebran-bassil"),
        ("Falah al-Fayyadh", "faleh-al-fayyadh"),
        ("Irina Venediktova", "iryna-venediktova"),
    ],
)
def test_no_name_of_the_batch_stops_a_variant_spelling_of_the_fields_people_being_forgiven(text, actor_id):
    # a word the dictionary knows is never read as a typo of another name, so the batch leaves out minor
    # office-holders whose names are such variants ("Nikola", "Hasan", "Hussain", "Gibran", "Falah", "Irina")
    assert found(analyzer(), f"{text} spoke on Monday.") == [(text, actor_id)]

"""Batch 2026-11m of the bundled dictionary (issue 14, round 10): the field's parties and electoral blocs,
its national bodies with proper names, and its regions; and the convention audit that set privately owned
companies and outlets, exile outlets, jihadist internationals and breakaway entities to no state
(tests/data/gold_mentions.md). Made by tests/bench/dictionary_batches/gen_11m.py and audit_11m.py."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from functools import cache

from store.actors.analysis import Analyzer
from store.actors.dictionary import bundled_file, load_dictionary
from store.actors.gazetteer import ALONE_FROM, FIELD, countries_of
from store.actors.matcher import fold

from .actor_helpers import aliases_of_others, batch_actors, common_words, dictionary_only, linked

MARK = "# ── Batch 2026-11m"
STATES = set(
    "TUR RUS UKR BLR MDA GEO ARM AZE KAZ KGZ TJK UZB IRN IRQ SYR LBN ISR LBY PAK AFG EST LVA LTU POL HUN ROU".split()
)


@cache
def batch() -> list[dict]:
    return batch_actors(MARK)


@cache
def before() -> list[dict]:
    return tomllib.loads(bundled_file().read_text(encoding="utf-8").split(MARK)[0])["actor"]


@cache
def analyzer() -> Analyzer:
    return dictionary_only()


def test_the_batch_covers_parties_bodies_and_regions_of_every_state_of_the_field():
    actors = batch()
    assert len(actors) >= 600
    kinds = Counter((a["kind"], a["sector"]) for a in actors)
    assert kinds[("organisation", "party")] >= 200
    assert kinds[("organisation", "government")] >= 200
    assert kinds[("place", "government")] >= 150
    for a in actors:
        assert a["kind"] in {"organisation", "place"}, a["id"]
        assert a.get("affiliation") or a["sector"] == "business", a["id"]  # a private company has none
    states = Counter(a.get("affiliation") for a in actors)
    assert all(states[s] >= 5 for s in STATES), states


def test_every_name_and_alias_of_the_batch_names_one_actor_only():
    assert aliases_of_others(batch()) == set()


def test_no_one_word_name_or_alias_is_a_common_word_or_a_first_name():
    words = common_words()
    firsts = {fold(a["name"].split()[0]) for a in before() if a["kind"] == "person" and " " in a["name"]}
    bad = [
        (a["id"], s)
        for a in batch()
        for s in (a["name"], *a.get("aliases", []))
        if " " not in s and (fold(s) in words or fold(s) in firsts)
    ]
    assert bad == []


def test_no_region_repeats_what_the_gazetteer_already_links():
    repeated = [
        a["id"]
        for a in batch()
        if a["kind"] == "place" and a["id"] != "gilgit" and set(countries_of(a["name"])) == {a["affiliation"]}
    ]
    assert repeated == []


def test_no_new_name_hides_a_town_of_the_field_from_the_gazetteer():
    """The places rule links a town alone only when no dictionary name starts with its word: a new name
    "Armavir Province" would stop "Armavir" being linked, so the batch has none (or adds the town itself)."""
    known = {
        fold(re.split(r"[\s-]", s.removeprefix("the "))[0])
        for a in before()
        for s in (a["name"], *a.get("aliases", []), *a.get("adjectives", []))
    }
    names = {fold(a["name"]) for a in batch()}
    hidden = []
    for a in batch():
        for s in (a["name"], *a.get("aliases", [])):
            first = re.split(r"[\s-]", s)[0]
            if s == first or fold(first) in known or fold(first) in names:
                continue
            if any(state in FIELD and people >= ALONE_FROM for state, people in countries_of(first).items()):
                hidden.append((a["id"], s))
    assert hidden == []


def test_parties_and_blocs_are_linked_with_their_abbreviations():
    got = linked(analyzer(), "The Green Left Party, the TLP, Dawn of Nemunas and the Nation Alliance won seats.")
    assert {s: v[1] for s, v in got.items()} == {
        "Green Left Party": "TUR",
        "TLP": "PAK",
        "Dawn of Nemunas": "LTU",
        "Nation Alliance": "TUR",
    }
    got = linked(analyzer(), "Poland 2050, Konfederacja, Save Romania Union and Sairoon joined Estonia 200.")
    assert {s: v[1] for s, v in got.items()} == {
        "Poland 2050": "POL",
        "Konfederacja": "POL",
        "Save Romania Union": "ROU",
        "Sairoon": "IRQ",
        "Estonia 200": "EST",
    }


def test_national_bodies_with_proper_names_are_their_states():
    got = linked(analyzer(), "The Saeima, the Riigikogu and the Seimas met as Hidroelectrica and Energocom agreed.")
    assert {s: v[1] for s, v in got.items()} == {
        "Saeima": "LVA",
        "Riigikogu": "EST",
        "Seimas": "LTU",
        "Hidroelectrica": "ROU",
        "Energocom": "MDA",
    }
    got = linked(analyzer(), "The Constitutional Court of Moldova and the Security Council of Belarus said so.")
    assert {s: v[1] for s, v in got.items()} == {
        "Constitutional Court of Moldova": "MDA",
        "Security Council of Belarus": "BLR",
    }


def test_regions_of_the_field_are_linked_to_their_state():
    got = linked(analyzer(), "Floods hit Khatlon, Sughd, Helmand, Mazandaran, Tavush and Imereti.")
    assert {s: v[1] for s, v in got.items()} == {
        "Khatlon": "TJK",
        "Sughd": "TJK",
        "Helmand": "AFG",
        "Mazandaran": "IRN",
        "Tavush": "ARM",
        "Imereti": "GEO",
    }


def test_a_region_word_is_left_out_of_the_mention_as_the_gold_does():
    got = linked(analyzer(), "Aid reached the Mangystau region and Zhetysu Region.")
    assert {s: v[1] for s, v in got.items()} == {"Mangystau": "KAZ", "Zhetysu": "KAZ"}


# ── the convention audit ─────────────────────────────────────────────────────────────────────────────


def test_private_and_exile_outlets_and_private_companies_are_no_states():
    got = linked(analyzer(), "Meduza, Kommersant, Haaretz, Nexta and Iran International cited Lukoil and Baykar.")
    assert {s: v[1] for s, v in got.items()} == {
        "Meduza": None,
        "Kommersant": None,
        "Haaretz": None,
        "Nexta": None,
        "Iran International": None,
        "Lukoil": None,
        "Baykar": None,
    }


def test_state_companies_and_media_keep_their_state():
    got = linked(analyzer(), "Transneft, BelTA, TRT, Radio Free Europe/Radio Liberty and Rosatom said so.")
    assert {s: v[1] for s, v in got.items()} == {
        "Transneft": "RUS",
        "BelTA": "BLR",
        "TRT": "TUR",
        "Radio Free Europe/Radio Liberty": "USA",
        "Rosatom": "RUS",
    }


def test_towns_take_the_state_that_holds_them_under_the_de_facto_rule():
    got = linked(analyzer(), "From Gudauta and Akhalgori they drove to Shusha and Hadrut.")
    assert {s: v[1] for s, v in got.items()} == {"Gudauta": None, "Akhalgori": None, "Shusha": "AZE", "Hadrut": "AZE"}


def test_jihadist_internationals_and_breakaway_entities_are_no_states():
    got = linked(analyzer(), "ISKP and the Islamic State claimed it; the Donetsk People's Republic denied it.")
    assert {s: v[1] for s, v in got.items()} == {
        "ISKP": None,
        "Islamic State": None,
        "Donetsk People's Republic": None,
    }


def test_every_audited_entry_has_the_state_its_comment_gives():
    text = bundled_file().read_text(encoding="utf-8")
    audited = re.findall(r'(?m)^# audit 2026-11m: (.*)\n\[\[actor\]\]\nid = "([^"]+)"', text)
    assert len(audited) >= 60
    actors = {e.actor.id: e.actor for e in load_dictionary(False).entries.values()}
    for comment, actor_id in audited:
        expected = "USA" if "works from" in comment else "AZE" if "held by Azerbaijan" in comment else None
        assert actors[actor_id].affiliation == expected, actor_id


def test_first_names_and_generic_phrases_are_not_linked():
    # "Lori Province", "Tuva Republic" and "Trzecia Droga" carry a word that keeps them from first names and
    # everyday phrases
    assert linked(analyzer(), "Lori took the Third Way; Tuva said so.") == {}


def test_regions_named_like_weapons_or_projects_are_left_out():
    # a facility or product is no mention (gold_mentions.md), so neither is a region inside its name
    got = linked(analyzer(), "Zala drones flew over the Yamal LNG plant and Sakhalin-2.")
    assert "Zala" not in got and "Yamal" not in got and "Sakhalin" not in got

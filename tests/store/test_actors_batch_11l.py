"""Batch 2026-11l of the bundled dictionary (issue 14, round 9): the field's second rank. Officials,
governors, commanders, rights groups and monitors, media, companies, universities, units, bases, religious
bodies and parties, each with its state (or none, as tests/data/gold_mentions.md says) and its kind; its
aliases checked as batch 2026-11i's were."""

from __future__ import annotations

import tomllib
from collections import Counter
from functools import cache

import pytest

from store.actors.analysis import Analyzer
from store.actors.dictionary import bundled_file, load_dictionary
from store.actors.gazetteer import countries_of
from store.actors.matcher import fold

from .actor_helpers import aliases_of_others, batch_actors, common_words, dictionary_only, found, linked

MARK = "# ── Batch 2026-11l"
FIELD = {
    "RUS", "UKR", "BLR", "MDA", "ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "UZB", "TKM", "EST", "LVA", "LTU",
    "TUR", "IRN", "IRQ", "SYR", "LBN", "ISR", "PSE", "JOR", "EGY", "SAU", "ARE", "QAT", "OMN", "KWT", "BHR",
    "YEM", "LBY", "DZA", "MAR", "TUN", "AFG", "PAK",
}  # fmt: skip
# a state, or none: for private companies and outlets, international bodies and groups, as the gold does
MAY_HAVE_NONE = {"media", "business", "ngo", "international", "religion", "education", "party", "rebel"}


@cache
def batch() -> list[dict]:
    return batch_actors(MARK)


@cache
def analyzer() -> Analyzer:
    return dictionary_only()


def test_the_batch_is_large_and_every_actor_has_its_kind_and_state():
    actors = batch()
    assert len(actors) >= 1000
    kinds = Counter(a["kind"] for a in actors)
    assert kinds["person"] >= 500 and kinds["organisation"] >= 500 and kinds["place"] >= 5
    sectors = {a["sector"] for a in actors}
    assert {"government", "military", "intelligence", "opposition", "media", "business", "ngo", "education"} <= sectors
    assert {"religion", "party", "international"} <= sectors
    for a in actors:
        assert a["kind"] in {"person", "organisation", "place"}, a["id"]
        if a["kind"] == "place" or a["sector"] not in MAY_HAVE_NONE:
            assert a.get("affiliation"), a["id"]
        # an official of an international body stands for it, no home state (as batch 2026-11i's)
        assert (a["kind"] == "person" and a["sector"] == "international") <= (a.get("affiliation") is None), a["id"]
    # the field, state by state, in depth
    states = Counter(a.get("affiliation") for a in actors)
    assert all(states[s] >= 3 for s in FIELD - {"OMN", "KWT", "TUN", "MAR", "EST", "LVA", "TKM", "BHR"}), states


def test_every_alias_of_the_batch_names_one_actor_only():
    assert aliases_of_others(batch()) == set()


def test_no_surname_alias_is_a_common_word_a_place_or_another_persons_name():
    d = load_dictionary(False)
    words = common_words()
    firsts: dict[str, set[str]] = {}
    lasts: dict[str, set[str]] = {}
    for entry in d.entries.values():
        name = entry.actor.name.split()
        if entry.actor.kind == "person" and len(name) > 1:
            firsts.setdefault(fold(name[0]), set()).add(entry.actor.id)
            lasts.setdefault(fold(name[-1]), set()).add(entry.actor.id)
    bad = []
    for a in batch():
        if a["kind"] != "person":
            continue
        for alias in (x for x in a.get("aliases", []) if " " not in x):
            key = fold(alias)
            if key in words:
                bad.append((a["id"], alias, "common word"))
            if countries_of(alias):
                bad.append((a["id"], alias, "place"))
            if firsts.get(key, set()) - {a["id"]} or lasts.get(key, set()) - {a["id"]}:
                bad.append((a["id"], alias, "another person's name"))
    assert bad == []


def test_no_name_of_the_batch_is_already_in_the_dictionary_under_another_id():
    before = tomllib.loads(bundled_file().read_text(encoding="utf-8").split(MARK)[0])["actor"]
    names = {fold(s) for a in before for s in (a["name"], *a.get("aliases", []))}
    assert [a["id"] for a in batch() if fold(a["name"]) in names] == []


def test_second_rank_officials_and_governors_are_linked_to_their_state():
    got = linked(analyzer(), "Alexander Khinshtein, Vyacheslav Fedorishchev and Yuri Slyusar met Oleksandr Prokudin.")
    assert {s: v[1] for s, v in got.items()} == {
        "Alexander Khinshtein": "RUS",
        "Vyacheslav Fedorishchev": "RUS",
        "Yuri Slyusar": "RUS",
        "Oleksandr Prokudin": "UKR",
    }
    got = linked(analyzer(), "Later Mher Grigoryan, Shahin Mustafayev and Levan Davitashvili signed.")
    assert {s: v[1] for s, v in got.items()} == {
        "Mher Grigoryan": "ARM",
        "Shahin Mustafayev": "AZE",
        "Levan Davitashvili": "GEO",
    }
    got = linked(analyzer(), "Gen. Selçuk Bayraktaroğlu, Kioumars Heydari and Yehuda Fox inspected troops.")
    assert {s: v[1] for s, v in got.items()} == {
        "Selçuk Bayraktaroğlu": "TUR",
        "Kioumars Heydari": "IRN",
        "Yehuda Fox": "ISR",
    }


def test_a_checked_surname_is_linked_alone():
    got = linked(analyzer(), "Khinshtein said Kasapoğlu and Davitashvili agreed.")
    assert {s: v[1] for s, v in got.items()} == {"Khinshtein": "RUS", "Kasapoğlu": "TUR", "Davitashvili": "GEO"}


def test_rights_groups_media_and_companies_take_the_state_the_gold_gives_them():
    got = linked(analyzer(), "Hengaw, HRANA and the Kharkiv Human Rights Protection Group reported it.")
    assert {s: v[1] for s, v in got.items()} == {
        "Hengaw": "NOR",
        "HRANA": "USA",
        "Kharkiv Human Rights Protection Group": "UKR",
    }
    # state outlets their state; private outlets and companies none
    got = linked(analyzer(), "Suspilne, Fars News, Hromadske, Turan News Agency, Roketsan and Koç Holding said so.")
    assert {s: v[1] for s, v in got.items()} == {
        "Suspilne": "UKR",
        "Fars News": "IRN",
        "Hromadske": None,
        "Turan News Agency": None,
        "Roketsan": "TUR",
        "Koç Holding": None,
    }


def test_units_bases_universities_and_religious_bodies():
    got = linked(analyzer(), "The Golani Brigade, the Radwan Force and the 3rd Assault Brigade fought near Hmeimim.")
    assert {s: v[1] for s, v in got.items()} == {
        "Golani Brigade": "ISR",
        "Radwan Force": "LBN",
        "3rd Assault Brigade": "UKR",
        "Hmeimim": "SYR",  # a base is a place of its host state, named by its town
    }
    got = linked(analyzer(), "Students of Yerevan State University and the Orthodox Church of Ukraine joined.")
    assert {s: v[1] for s, v in got.items()} == {"Yerevan State University": "ARM", "Orthodox Church of Ukraine": "UKR"}


@pytest.mark.parametrize(
    "text",
    [
        "The Central Command and the Northern Command said so.",  # US commands, not Israel's (left out)
        "He fired a shot; they mash the grass and the star fell in the globes.",  # one-word outlets left out
        "The Republican Guard and the General Security said so.",  # generic bodies of many states left out
        "For Georgia the New Hope was a Victory Party.",  # generic party names left out
        "They cut the grass, paid in rand and flew to guam.",  # acronyms (GRASS, RAND, GUAM) only in capitals
        "Ask on IRC or the mailing list.",  # an acronym of everyday software (International Rescue Committee)
    ],
)
def test_generic_and_common_names_are_not_in_the_batch(text):
    ids = {a["id"] for a in batch()}
    assert [m for m in found(analyzer(), text) if m[1] in ids] == []

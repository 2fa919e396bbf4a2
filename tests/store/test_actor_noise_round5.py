"""Noise and conventions of round 5 (issue 14), on invented sentences with their negatives: vessels named after
cities, weapons, industrial sites, separatist leaders, lowercase bodies after a possessive."""

from __future__ import annotations

from store.actors.analysis import Analyzer

from .actor_helpers import dictionary_only, doc_of, found, needs_pipeline


def surfaces(analyzer: Analyzer, text: str) -> list[str]:
    return [m.text for m in analyzer.analyze(doc_of(text)).blocks[0].mentions]


@needs_pipeline
def test_a_vessel_named_after_a_city_is_no_place(full):
    got = surfaces(full, "Drones damaged the landing ship Minsk and the submarine Rostov-on-Don near Sevastopol.")
    assert "Minsk" not in got and "Rostov-on-Don" not in got and "Sevastopol" in got
    got = surfaces(full, "Later the frigate Novocherkassk sailed from Novorossiysk.")
    assert "Novocherkassk" not in got and "Novorossiysk" in got
    assert "Minsk" in surfaces(full, "The ship sailed past Minsk's allies; Minsk protested.")


@needs_pipeline
def test_weapons_and_industrial_sites_named_alone_are_no_actors(full):
    assert surfaces(full, "Missiles struck the city centre overnight.") == []
    got = surfaces(full, "Ukraine used Magura naval drones against the fleet.")
    assert got == ["Ukraine"]
    got = surfaces(full, "Turkmenistan wants investment in the Galkynysh gas field and the Karakum shipyard.")
    assert got == ["Turkmenistan"]
    # a town the gazetteer knows before a site stays a place
    assert "Zaporizhzhia" in surfaces(full, "Shelling hit the Zaporizhzhia power plant, Ukraine said.")


def test_separatist_leaders_stand_for_no_state_and_their_regions_stay_de_jure():
    analyzer = dictionary_only()
    got = dict(found(analyzer, "Arayik Harutyunyan and Vadim Krasnoselsky met in Lachin, not in Transnistria."))
    actors = analyzer.actors
    assert actors[got["Arayik Harutyunyan"]].affiliation is None
    assert actors[got["Vadim Krasnoselsky"]].affiliation is None
    assert actors[got["Lachin"]].affiliation == "AZE"
    assert actors[got["Transnistria"]].affiliation is None  # a de facto state is no state's actor


def test_a_de_facto_state_its_towns_and_people_stand_for_no_state_occupied_crimea_stays_ukraines():
    from store.actors.gazetteer import countries_of

    analyzer = dictionary_only()
    got = dict(found(analyzer, "Abkhazia, South Ossetia and Crimea: Sukhumi, not Chisinau, spoke."))
    assert [analyzer.actors[got[n]].affiliation for n in ("Abkhazia", "South Ossetia", "Sukhumi")] == [None] * 3
    assert analyzer.actors[got["Crimea"]].affiliation == "UKR"
    assert analyzer.actors[got["Chisinau"]].affiliation == "MDA"
    assert countries_of("Tiraspol") == {} and countries_of("Gagra") == {}  # towns the de facto states hold
    assert set(countries_of("Zugdidi")) == {"GEO"} and set(countries_of("Balti")) == {"MDA"}


def test_a_lowercase_body_after_a_possessive_is_only_the_state():
    got = found(dictionary_only(), "Ukraine's military intelligence said the GUR had struck.")
    assert got[0] == ("Ukraine", "ukraine") and ("GUR", got[-1][1]) == got[-1]


@needs_pipeline
def test_the_longest_name_wins_over_an_organisation_and_a_state_inside_it(full):
    got = surfaces(full, "The UN Support Mission in Libya (UNSMIL) invited both sides.")
    assert "UN Support Mission in Libya" in got and "Libya" not in got and "UN" not in got
    got = surfaces(full, "Alexander Khizhnyak of the Republican Party of Labour and Justice won 2%.")
    assert "Republican Party of Labour and Justice" in got and "Republican Party" not in got
    # a name that is the organisation's own, followed by "of the": stays the organisation
    assert "Republican Party" in surfaces(full, "The Republican Party of the US said so, and NATO agreed.")
    assert {"EU", "NATO"} <= set(surfaces(full, "The EU and NATO met in Brussels."))


@needs_pipeline
def test_code_names_and_dams_are_no_actors_but_the_towns_that_name_a_dam_are(full):
    got = surfaces(full, "The attack, code-named Nightjar, hit four bases, Ukraine's SBU said.")
    assert "Nightjar" not in got and "Ukraine" in got
    assert "Sarybulak" not in surfaces(full, "Kyrgyzstan will build the Sarybulak dam with Kazakhstan.")
    assert "Vakhsh" in surfaces(full, "Tajikistan is expanding the Vakhsh dam, officials in Dushanbe said.")

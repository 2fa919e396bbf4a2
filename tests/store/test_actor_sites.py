"""Villages, located places and landmarks (store/actors/sites.py), on invented sentences with their
negatives: a cue and a named state for a village, where the sentence puts a place, a landmark's city."""

from __future__ import annotations

from store.actors.analysis import Analyzer
from store.actors.gazetteer import countries_of, villages_of

from .actor_helpers import doc_of, needs_pipeline


def linked(analyzer: Analyzer, text: str, surface: str) -> tuple[str | None, str] | None:
    """(affiliation, origin) of the mention ``surface`` in ``text``; None when it is no mention."""
    for m in analyzer.analyze(doc_of(text)).blocks[0].mentions:
        if m.text == surface:
            actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
            return (actor.affiliation if actor else None, m.origin)
    return None


def test_villages_are_a_section_of_their_own_that_never_shadows_a_town():
    assert set(villages_of("Hlodosy")) == {"UKR"} and countries_of("Hlodosy") == {}
    assert villages_of("Kharkiv") == {}  # a city: countries_of answers, the villages never do
    assert villages_of("Oblast") == {}


@needs_pipeline
def test_a_village_with_a_cue_is_in_the_state_the_document_names(full):
    text = "Ukrainian troops repelled an assault near the village of Hlodosy, the General Staff said."
    assert linked(full, text, "Hlodosy") == ("UKR", "gazetteer")
    text = "Ukrainian forces shelled Kuzemyn and two other villages overnight, the governor said."
    assert linked(full, text, "Kuzemyn") == ("UKR", "gazetteer")


@needs_pipeline
def test_a_village_without_its_state_or_without_a_cue_stays_unlinked(full):
    assert linked(full, "Fighting went on near the village of Hlodosy.", "Hlodosy") in (None, (None, "ner"))
    assert linked(full, "Hlodosy was quiet on Monday, Ukraine's army said.", "Hlodosy") in (None, (None, "ner"))


@needs_pipeline
def test_a_place_the_gazetteer_lacks_takes_the_state_of_the_place_the_sentence_puts_it_in(full):
    text = "Drones hit the Zorkovka air base in the Saratov region overnight."
    assert linked(full, text, "Zorkovka") == ("RUS", "context")
    # a name the gazetteer lacks after "in" alone is no place of the document's state
    assert linked(full, "Leaders met in Davos on Monday, Ukraine's president said.", "Davos") == (None, "ner")


@needs_pipeline
def test_a_landmark_takes_the_state_of_its_city_in_the_sentence(full):
    assert linked(full, "In Yerevan, thousands rallied in Liberty Square on Sunday.", "Liberty Square") == (
        "ARM",
        "context",
    )
    text = "Turkish diplomats hosted the talks at the Ciragan Palace, and Ankara called them useful."
    assert linked(full, text, "Ciragan Palace") == ("TUR", "context")
    # two states' cities in the sentence, no main state: which one's? none
    text = "After talks in Baku and Yerevan, the envoys met at the Ciragan Palace."
    assert linked(full, text, "Ciragan Palace") in (None, (None, "ner"))


@needs_pipeline
def test_villages_listed_after_a_cue_take_the_state_of_their_paragraphs_places(full):
    text = (
        "Fighting went on in the Belgorod region overnight. Ukraine's army said its troops attacked near the "
        "villages of Zorkovka, Plotnaya and Malaya Rechka."
    )
    doc = full.analyze(doc_of(text))
    got = {m.text: full.actors.get(m.actor_id).affiliation for m in doc.blocks[0].mentions if m.actor_id}
    listed = [name for name in ("Zorkovka", "Plotnaya", "Malaya Rechka") if name in got]
    assert listed and all(got[name] == "RUS" for name in listed)


@needs_pipeline
def test_a_lake_is_a_landmark_but_a_mountain_range_is_not_guessed(full):
    text = "The corvette sank near Lake Kuyalnik, north of Odesa, Ukraine's navy said."
    assert linked(full, text, "Lake Kuyalnik") == ("UKR", "context")
    got = linked(full, "Israeli troops took positions on Mount Hermon, Syria's army said.", "Mount Hermon")
    assert got in (None, (None, "ner"))


@needs_pipeline
def test_a_village_naming_a_dry_port_is_a_place_of_the_state_named(full):
    text = "Kazakhstan's railways will expand the Altynemel dry port, officials in Astana said."
    assert linked(full, text, "Altynemel") == ("KAZ", "gazetteer")
    assert linked(full, "Traders praised the Altynemel dry port.", "Altynemel") in (None, (None, "ner"))

"""The document's dominant state as a last resort, surnames of known people, and a capitalised word opening
a sentence before "police" (issue 14, round 5), on invented sentences with their negatives."""

from __future__ import annotations

from .actor_helpers import linked, needs_pipeline

BELARUS = "Lukashenko won again, Belarus's election commission said. Belarusian television showed the Minsk count."


@needs_pipeline
def test_an_unknown_name_in_a_document_dominated_by_one_state_is_that_states(full):
    got = linked(full, BELARUS + " Lukashenko thanked Minsk voters. Hanna Petrova, a former lawmaker, did not run.")
    assert got["Hanna Petrova"][1:] == ("BLR", "context")


@needs_pipeline
def test_no_dominant_state_beside_an_international_body_or_in_a_mixed_document(full):
    text = BELARUS + " Lukashenko thanked Minsk voters. The International Crisis Group and Hanna Petrova disagreed."
    assert linked(full, text)["Hanna Petrova"][1] is None  # an international body in the sentence: maybe its own
    mixed = (
        "Lukashenko met Putin in Moscow and Minsk. Russia and Belarus signed a deal. Hanna Petrova, a lawyer, objected."
    )
    assert linked(full, mixed)["Hanna Petrova"][1] is None  # two states, neither dominant
    short = "Lukashenko spoke. Hanna Petrova objected."  # too few mentions to say what the document is about
    assert linked(full, short).get("Hanna Petrova", (None, None, "ner"))[1] is None


@needs_pipeline
def test_a_surname_alone_is_the_known_person_the_document_names_in_full(full):
    got = linked(full, "Prime Minister Osama Hamad spoke in Benghazi. Later Hamad declared force majeure.")
    assert got["Hamad"] == ("osama-hamad", "LBY", "dictionary")
    # a first name that is someone's surname elsewhere is no one without the full name in the document
    alone = linked(full, "Later Hamad declared force majeure in Benghazi.")
    assert alone.get("Hamad", (None,))[0] != "osama-hamad"


@needs_pipeline
def test_riot_police_opening_a_sentence_is_no_name(full):
    assert "Riot" not in linked(full, "Riot police used water cannon in Tbilisi on Monday.")
    assert "Kadyrov" in linked(full, "Kadyrov forces entered the town.")  # a known name before "forces" stays


@needs_pipeline
def test_a_titled_person_in_a_sentence_naming_one_state_is_that_states(full):
    text = "In Tehran, crowds waved Iranian flags and pictures of the dead commander Reza Jafari."
    assert linked(full, text)["Reza Jafari"][1:] == ("IRN", "context")
    # an envoy serves where he is sent; two states in the sentence say nothing
    text = "In Tehran, crowds greeted the visiting envoy Reza Jafari."
    assert linked(full, text)["Reza Jafari"][1] is None
    text = "In Tehran and Baku, officials praised the late commander Reza Jafari."
    assert linked(full, text)["Reza Jafari"][1] is None


GEORGIA = "Georgian Dream won again, Georgia's election commission said. Tbilisi and Batumi voted. Kobakhidze spoke."


@needs_pipeline
def test_no_last_resort_beside_a_de_facto_state_or_its_people(full):
    got = linked(full, GEORGIA + " Nino Beridze, a lawyer, objected.")
    assert got["Nino Beridze"][1:] == ("GEO", "context")  # the dominant state, nothing against it
    got = linked(full, GEORGIA + " In Abkhazia, Inal Kvitsinia, a lawyer, objected.")
    assert got["Inal Kvitsinia"][1] is None  # the de facto state's people are no state's
    text = "In Tehran, the Kurdish commander Reza Jafari spoke beside Iranian officials."
    assert linked(full, text)["Reza Jafari"][1] is None  # a people of no state named: whose commander?

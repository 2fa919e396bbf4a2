"""General context rules on small sentences with invented names (so that no dictionary entry answers for
them): a role before a comma and a name, a body whose state is already decided, and a known surname after
another person's first name. Negatives included."""

from __future__ import annotations

import pytest

from .actor_helpers import doc_of
from .test_actors_context import needs_pipeline, states


@needs_pipeline
@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("The head of Azerbaijan's State Border Service, Elchin Guliyev, visited Lachin.", "Elchin Guliyev", "AZE"),
        ("Russia's ambassador to Armenia, Sergei Kopyrkin, was summoned.", "Sergei Kopyrkin", "RUS"),
        ("Tehran's envoy to the IAEA, Reza Najafi, rejected the report.", "Reza Najafi", "IRN"),
        ("The US ambassador to Russia, Jon Huntsman, left Moscow.", "Jon Huntsman", "USA"),
        ("Ukraine's National Police chief Ivan Hrytsenko said three people died.", "Ivan Hrytsenko", "UKR"),
    ],
)
def test_a_role_names_the_state_of_the_person_after_it(full, text, name, state):
    assert states(full, text)[name] == (state, "context")


@needs_pipeline
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lavrov met the ambassador to Russia, Jon Huntsman, on Monday.", "Jon Huntsman"),  # whom he serves: unsaid
        ("The UN envoy to Libya, Hanna Ortelius, arrived in Tripoli.", "Hanna Ortelius"),  # the UN's: no state
        ("In a call with Russia, Mark Halvorsen said the talks were useful.", "Mark Halvorsen"),  # no role
    ],
)
def test_no_state_where_the_role_gives_none(full, text, name):
    assert states(full, text)[name] == (None, "ner")


@needs_pipeline
def test_a_known_surname_after_another_first_name_is_someone_else(full):
    got = states(full, "Saudi-led coalition spokesman Turki al-Malki said Houthi drones were downed.")
    assert got["Turki al-Malki"] == ("SAU", "context")  # not Iraq's Nouri al-Maliki, one typo away
    assert states(full, "Olga Shoigu spoke at the event in Moscow.")["Olga Shoigu"] == (None, "ner")
    got = states(full, "Sergey Lavrov met Dmitri Peskov and Aleksandr Lukashenko.")  # the same names, spelt otherwise
    assert got == {
        "Sergey Lavrov": ("RUS", "dictionary"),
        "Dmitri Peskov": ("RUS", "dictionary"),
        "Aleksandr Lukashenko": ("BLR", "dictionary"),
    }


@needs_pipeline
def test_pro_x_and_more_roles_before_a_name(full):
    assert states(full, "Pro-Kremlin commentator Sergei Markov said the West had lost.")["Sergei Markov"] == (
        "RUS",
        "context",
    )
    got = states(full, "The Azerbaijani Ombudsman Sabina Aliyeva condemned the attack.")
    assert got["Sabina Aliyeva"] == ("AZE", "context")


@needs_pipeline
def test_a_town_of_the_field_needs_no_state_beside_it_elsewhere_it_does(full):
    got = states(full, "Russian-installed officials in Pavlohrad said the bridge was hit.")
    assert got["Pavlohrad"] == ("UKR", "gazetteer")  # 50,000+ people, one country of the field: no guess
    assert states(full, "Local officials in Gouda said the bridge was hit.")["Gouda"] == (None, "ner")


@needs_pipeline
def test_a_name_before_a_known_acronym_in_brackets_is_that_organisation(full):
    got = states(full, "Karim Masimov, the former chief of the National Security Committee (KNB), was arrested.")
    assert got["National Security Committee"] == ("KAZ", "dictionary")  # KNB: Kazakh initials, not English ones
    assert states(full, "The Main Directorate of Intelligence (HUR) said drones hit the refinery.")[
        "Main Directorate of Intelligence"
    ] == ("UKR", "dictionary")
    got = full.analyze(doc_of("The Ministry of Culture (TASS) opened an exhibition in Berlin.")).blocks[0].mentions
    assert all(m.actor_id != "tass" for m in got if m.text != "TASS")  # an outlet in brackets credits a source


@needs_pipeline
def test_a_one_word_name_after_in_or_near_is_a_place_for_the_gazetteer(full):
    assert states(full, "Russian-installed officials in Horlivka said the bridge was hit.")["Horlivka"] == (
        "UKR",
        "gazetteer",
    )
    assert states(full, "A statement from Halvorsen said the talks were useful.")["Halvorsen"] == (None, "ner")


@needs_pipeline
def test_a_month_is_no_town_of_the_gazetteer(full):
    """March is a town in Cambridgeshire: in a text that names Britain, "in March" is still a date."""
    found = states(full, "British officials said the attack in March changed nothing for London.")
    assert "March" not in found
    assert found["London"][0] == "GBR"

"""Issue 14, round 9, class 1: the name-origin model and the pass that links a person NER found by the state
of the document their name fits; invented names and sentences, with their negatives."""

from __future__ import annotations

from functools import partial

import pytest

from store.actors.name_origin import (
    MODEL_FILE,
    NameModel,
    best_fit,
    features,
    model,
    model_json,
    train,
    training_names,
)

from .actor_helpers import links, needs_pipeline


def test_features_are_character_ngrams_with_word_boundaries_and_the_words():
    got = features("Oleg Petrenko")
    assert "^ol" in got and "nko$" in got and "=petrenko" in got and "=oleg" in got
    assert features("PETRENKO") == features("petrenko")  # folded


def test_the_model_learns_name_endings_from_its_training_names():
    names = [(f"{first} {last}", state) for first, last, state in _TOY]
    m = NameModel(train(names))
    fit = partial(m.best_fit, min_fit=1.0)  # three states: a name fits one at most ~1.1 above their average
    assert fit("Taras Hrytsenko", {"UKR", "ARM"}) == "UKR"
    assert fit("Aram Vardanyan", {"UKR", "ARM"}) == "ARM"
    assert fit("John Miller", {"UKR", "ARM"}) is None  # fits neither: no guess among them
    assert fit("Aram Vardanyan", {"UKR"}) is None  # the state it fits is not the document's


_TOY = [
    (first, last, state)
    for state, firsts, lasts in (
        ("UKR", ("Ostap", "Mykola", "Bohdan", "Taras"), ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko")),
        ("ARM", ("Armen", "Tigran", "Hovik", "Aram"), ("Petrosyan", "Sargsyan", "Hakobyan", "Grigoryan")),
        ("USA", ("John", "Mary", "James", "Linda"), ("Smith", "Johnson", "Miller", "Davis")),
    )
    for first in firsts
    for last in lasts
]


def test_the_shipped_model_places_names_only_among_the_states_it_is_given():
    assert best_fit("Oksana Hrytsenko", {"UKR": 5, "USA": 1}) == "UKR"
    assert best_fit("Christopher Smith", {"BLR": 9, "USA": 1}) == "USA"
    assert best_fit("Gevorg Manukyan", {"ARM": 3, "AZE": 3}) == "ARM"
    assert best_fit("Gevorg Manukyan", {"TUR": 3, "USA": 1}) is None
    assert best_fit("Christopher Smith", {"BLR": 9}) is None  # an American in a story naming no US
    # English names are shared: one that fits the USA better is no Briton's in a story that names only Britain
    assert best_fit("Patsy Cline", {"GBR": 5}) is None
    assert best_fit("Patsy Cline", {"GBR": 5, "USA": 5}) != "GBR"


def test_the_shipped_model_is_what_the_training_script_gives():
    pytest.importorskip("faker")
    from store.actors.name_data import faker_names

    fresh = model_json(train(training_names(), faker_names()))
    assert MODEL_FILE.read_text(encoding="utf-8") == fresh, (
        "store/actors/name_origin.json is stale: run `python -m store.actors.name_origin`"
    )
    assert len(model().states) > 100


@needs_pipeline
def test_an_unlinked_person_takes_the_state_of_the_document_their_name_fits(full):
    got = links(
        full,
        "Ukraine's army said on Monday that Kyiv had moved two brigades east of Kharkiv.",
        "Ukrainian officials said the line held, and Zelensky thanked the troops in Kyiv.",
        "The commander of the brigade, Colonel Oleksandr Hnatyshyn, said his men were tired.",
        "Washington promised more shells, and Hnatyshyn said they were needed at once.",
    )
    assert got["Oleksandr Hnatyshyn"] == ("UKR", "context")
    assert got["Hnatyshyn"] == ("UKR", "context")


@needs_pipeline
def test_a_name_that_fits_no_state_of_the_document_or_an_international_official_stays_unlinked(full):
    got = links(
        full,
        "Ukraine's army said on Monday that Kyiv had moved two brigades east of Kharkiv.",
        "Ukrainian officials said the line held, and Zelensky thanked the troops in Kyiv.",
        "Gevorg Manukyan, a reporter, said the town was empty.",
    )
    assert got.get("Gevorg Manukyan", (None, "ner"))[0] is None
    un = links(
        full,
        "Ukraine's army said on Monday that Kyiv had moved two brigades east of Kharkiv.",
        "Ukrainian officials said the line held, and Zelensky thanked the troops in Kyiv.",
        "The United Nations' Oleksandr Hnatyshyn said aid would reach the town.",
    )
    assert un.get("Oleksandr Hnatyshyn", (None, "ner"))[0] is None


@needs_pipeline
def test_names_in_a_text_not_in_english_are_not_placed_by_the_model(full):
    english = links(
        full,
        "Indonesia said on Monday that Jakarta would send aid, and Indonesian officials flew to the islands.",
        "The head of the mission, Bambang Suryadi, said the roads were cut.",
    )
    assert english["Bambang Suryadi"][0] == "IDN"
    indonesian = links(
        full,
        "Indonesia mengatakan pada hari Senin bahwa Jakarta akan mengirim bantuan ke pulau itu dan yang lain.",
        "Kepala misi itu, Bambang Suryadi, mengatakan bahwa jalan di sana sudah terputus dan tidak ada yang datang.",
    )
    assert indonesian.get("Bambang Suryadi", (None,))[0] is None

"""Issue 14, round 8: the classes the blind set wider9 showed, on invented sentences with their negatives."""

from __future__ import annotations

from .actor_helpers import doc_of, linked, links, needs_pipeline


@needs_pipeline
def test_a_surname_two_people_of_one_state_share_is_that_states(full):
    got = links(
        full,
        "Gurbanguly Berdimuhamedow opened the new gas plant near Mary on Tuesday.",
        "His son Serdar Berdimuhamedow later flew to Ashgabat for the talks.",
        "Exports will double, Berdimuhamedow told the cabinet on Friday.",
    )
    assert got["Berdimuhamedow"] == ("TKM", "context")
    # people of two states sharing the last name: the surname alone is neither's
    other = links(
        full,
        "Ivan Kubrakov, the interior minister, met Oleksandr Kubrakov at the border on Tuesday.",
        "Exports will double, Kubrakov told the cabinet on Friday.",
    )
    assert other.get("Kubrakov", (None, "ner"))[0] is None


@needs_pipeline
def test_a_bodys_name_with_its_states_possessive_is_that_states_whatever_the_document_is_about(full):
    got = linked(
        full,
        "France said on Monday that French police had arrested three men in Paris and that France would "
        "expel two diplomats; Elmar Hasanov, the spokesman of Azerbaijan's Foreign Ministry, called the French "
        "claims baseless and said France and the French government were lying.",
    )
    ministry = [v for k, v in got.items() if "Foreign Ministry" in k]
    assert ministry and all(v[1] == "AZE" for v in ministry)


@needs_pipeline
def test_a_person_only_ever_named_beside_the_leading_state_is_its(full):
    # Moldova leads (Russia is named too, so it does not dominate): the rival only ever stands beside Sandu
    texts = (
        "President Maia Sandu won the first round with 42%, ahead of Alexandru Ciobanaşu, a former judge.",
        "Russia denied any interference, and Dmitry Peskov said Moscow respected Moldovans' choice.",
        "Moldova's police said Russia had paid voters; Maria Zakharova called it a lie.",
        "In the run-off Sandu beat Ciobanaşu again, and Sandu thanked Moldovans abroad; Chișinău celebrated.",
    )
    got = links(full, *texts)
    assert got["Alexandru Ciobanaşu"] == ("MDA", "context")
    # a visitor named beside a second state keeps no state of the document's
    visit = links(full, *texts, "Sandu met Ciprian Voiculescu in Chișinău, and Romania promised gas.")
    assert visit["Ciprian Voiculescu"] == (None, "ner")


def test_a_world_city_beats_its_small_namesakes_but_two_cities_stay_for_the_document():
    from store.actors.gazetteer import countries_of, resolve_place, world_city

    assert set(countries_of("Geneva")) >= {"CHE", "USA"}
    # a text about the USA that names Geneva means Switzerland's, not a town of 20,000 in New York state
    assert resolve_place("Geneva", {"USA", "IRN"}) == "CHE"
    assert world_city({"AFG": 574_300, "IRN": 13_032}) == "AFG"
    # Tripoli: Libya's, and Lebanon's city of 230,000: the document decides, as before
    assert world_city(countries_of("Tripoli")) is None
    assert resolve_place("Tripoli", {"LBN"}) == "LBN"
    # a name NER did not call a place is still only looked up among the document's states
    assert resolve_place("Geneva", set(), alone=False) is None


def test_accented_town_names_are_in_the_gazetteer_and_a_territorys_towns_are_its_sovereigns():
    from store.actors.gazetteer import countries_of, resolve_place

    assert dict(countries_of("Nouméa")) == dict(countries_of("Noumea")) and "FRA" in countries_of("Nouméa")
    assert resolve_place("Nouméa", {"FRA", "AZE"}) == "FRA"
    assert not countries_of("Narnia City")


def test_batch_2026_11k_state_companies_parties_and_bases_take_their_state():
    from .actor_helpers import dictionary_only

    plain = dictionary_only()
    got = linked(plain, "Turkmengaz signed with Inter State Gas Systems, and Promsvyazbank paid Ukrhydroenergo.")
    assert {k: v[1] for k, v in got.items()} == {
        "Turkmengaz": "TKM",
        "Inter State Gas Systems": "PAK",
        "Promsvyazbank": "RUS",
        "Ukrhydroenergo": "UKR",
    }
    # a base is a place of its host state, not of the state whose planes use it
    base = linked(plain, "US aircraft left Al Udeid Air Base for Ramstein.")
    assert base["Al Udeid Air Base"][1] == "QAT" and base["Ramstein"][1] == "DEU"
    # the longer party name wins: Montenegro's DPS is not Moldova's Party of Socialists
    dps = linked(plain, "The Democratic Party of Socialists lost power in Podgorica.")
    assert dps["Democratic Party of Socialists"][1] == "MNE"
    assert linked(plain, "The Party of Socialists backed him.")["Party of Socialists"][1] == "MDA"
    # a channel named after its state is one mention, the channel's
    tv = linked(plain, "Darmanin told France 2 on Friday.")
    assert tv["France 2"][0] == "france-2" and "France" not in tv


def test_states_inside_a_routes_name_are_no_mentions_but_a_war_between_them_keeps_them():
    from .actor_helpers import dictionary_only

    plain = dictionary_only()
    got = linked(plain, "Work began on the Kazakhstan–Uzbekistan–Tajikistan (KUT) gas pipeline, Kazakhstan said.")
    assert list(got) == ["Kazakhstan"]  # the one after the pipeline, not the three in its name
    assert "China" not in linked(plain, "Gas flows through the Central Asia–China pipeline.")
    rail = linked(plain, "Freight on the Baku-Tbilisi-Kars railway doubled, Tbilisi said.")
    assert list(rail) == ["Tbilisi"] and rail["Tbilisi"][1] == "GEO"
    war = linked(plain, "The Russia–Ukraine war entered its fourth year.")
    assert war["Russia"][1] == "RUS" and war["Ukraine"][1] == "UKR"
    # one state before a pipeline is the state's ("Russia's pipeline" reading): only chains are names
    assert linked(plain, "Russia-built pipelines reached Serbia.")["Russia"][1] == "RUS"


def _view(text, spans):  # type: ignore[no-untyped-def]
    """A DocumentView of one text whose mentions are the given NER (start, end, label) spans."""
    from store.actors.document_view import DocumentView, Tokens
    from store.model import Mention

    from .actor_helpers import dictionary_only

    matcher = dictionary_only()._matcher_for(dictionary_only().dictionary)
    words, starts, pos = [], [], 0
    for w in text.split():
        pos = text.index(w, pos)
        words.append(w)
        starts.append(pos)
        pos += len(w)
    mentions = tuple(Mention(s, e, text[s:e], None, label, "ner") for s, e, label in spans)
    return DocumentView([Tokens(text, words, starts)], [mentions], matcher)


def test_a_name_that_swallowed_its_place_is_split_and_a_state_body_takes_the_capitals_state():
    from store.actors.joined_spans import split_joined

    text = "Russia summoned an envoy of the Foreign Office in London on Monday."
    s = text.index("Foreign")
    d = _view(text, [(s, s + len("Foreign Office in London"), "ORG")])
    split_joined(d)
    got = {m.text: (m.actor_id, m.origin) for m in d.mentions[0]}
    assert got["London"][1] == "dictionary" and got["Foreign Office"] == (
        "context:GBR:organisation:Foreign Office",
        "context",
    )
    # a mission's name with its place stays whole; so does a name whose second part is no known place
    text = "The UN Support Mission in Libya said talks would resume, as did the Friends in Need group."
    a, b = text.index("UN Support"), text.index("Friends")
    d = _view(text, [(a, a + len("UN Support Mission in Libya"), "ORG"), (b, b + len("Friends in Need"), "ORG")])
    split_joined(d)
    assert [m.text for m in d.mentions[0]] == ["UN Support Mission in Libya", "Friends in Need"]


def test_two_places_ner_took_as_one_are_two():
    from store.actors.joined_spans import split_joined

    text = "Shelling hit Hola Prystan and Korsunka overnight."
    s = text.index("Hola")
    d = _view(text, [(s, s + len("Hola Prystan and Korsunka"), "GPE")])
    split_joined(d)
    assert [m.text for m in d.mentions[0]] == ["Hola Prystan", "Korsunka"]
    # an organisation named "A and B" of no known place stays one name
    text = "Friends and Partners said so."
    d = _view(text, [(0, len("Friends and Partners"), "ORG")])
    split_joined(d)
    assert [m.text for m in d.mentions[0]] == ["Friends and Partners"]


def test_events_and_monuments_are_no_actors_but_a_bodys_name_is():
    from store.actors.noise import is_noise

    for text in ("Munich Security Conference", "the Solovetsky Stone", "Valdai Summit", "Asian Games"):
        assert is_noise(text, 0, len(text)), text
    for text in ("Security Council", "Investigative Committee", "Stone", "Conference of Presidents"):
        assert not is_noise(text, 0, len(text)), text


def test_social_democrats_are_a_european_party_never_the_us_democrats():
    from .actor_helpers import dictionary_only

    plain = dictionary_only()
    fin = linked(plain, "Sanna Marin's Social Democrats lost the election in Finland.")
    assert "Democrats" not in fin and fin["Social Democrats"][1] == "FIN"
    swe = linked(plain, "Sweden's Social Democrats won the most seats.")
    assert swe["Social Democrats"][1] == "SWE"
    # unqualified, in a text that names no such state, it is nobody's; the US party alone stays the US's
    assert linked(plain, "The Social Democrats walked out.")["Social Democrats"][1] is None
    assert linked(plain, "The Democrats won the House.")["Democrats"][1] == "USA"


@needs_pipeline
def test_a_town_that_names_a_facility_is_a_place_of_the_documents_state(full):
    got = links(
        full,
        "Ukraine said the water kept rising in Kherson.",
        "The Kakhovka dam was destroyed before dawn.",
    )
    assert got["Kakhovka"] == ("UKR", "gazetteer")
    # not where the document names no state of the town
    other = links(full, "Brazil said the water kept rising in Manaus.", "The Kakhovka dam was destroyed before dawn.")
    assert "Kakhovka" not in other


def test_the_first_of_two_names_before_a_plural_type_word_is_a_subdivision():
    from store.actors.regions import _TYPE_NEXT

    assert _TYPE_NEXT.match(" and Mary provinces of the country")
    assert _TYPE_NEXT.match(" province")
    # a singular type word after "and" names one province, the second: the first is not said to be one
    assert not _TYPE_NEXT.match(" and Mary province")
    assert not _TYPE_NEXT.match(" and Mary said")


def test_a_first_name_cut_from_its_surname_is_one_persons_name():
    from store.actors.cut_names import join_cut_names

    text = "In June its leader, Christian Tein, was arrested."
    d = _view(text, [])
    from .actor_helpers import dictionary_only

    plain = dictionary_only()
    people = [m for m in plain.analyze(doc_of(text)).blocks[0].mentions]
    d.mentions[0] = people
    join_cut_names(d)
    assert [(m.text, m.label, m.actor_id) for m in d.mentions[0]] == [("Christian Tein", "PERSON", None)]
    # the people before a known name, or before a word with no comma after it, stay the people
    for other in ("Christian Armenians, they said.", "Christian leaders met on Monday."):
        d = _view(other, [])
        d.mentions[0] = list(plain.analyze(doc_of(other)).blocks[0].mentions)
        before = [m.text for m in d.mentions[0]]
        join_cut_names(d)
        assert [m.text for m in d.mentions[0]] == before and before, other


def test_a_one_word_ner_name_before_an_accented_surname_and_a_comma_is_one_name():
    from store.actors.cut_names import join_cut_names

    text = "Viorel Cernăuțeanu, the head of the police, said so."
    d = _view(text, [(0, len("Viorel"), "ORG")])
    join_cut_names(d)
    assert [(m.text, m.label) for m in d.mentions[0]] == [("Viorel Cernăuțeanu", "PERSON")]
    # a word the dictionary knows after it is no surname ("Viorel Moldova," stays two names)
    text = "Viorel Moldova, the band, played."
    d = _view(text, [(0, len("Viorel"), "ORG")])
    join_cut_names(d)
    assert [m.text for m in d.mentions[0]] == ["Viorel"]

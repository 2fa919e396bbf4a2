"""Issue 14, round 10 (places, and names that are no actors): invented sentences and hand-made mentions for
each rule, with their negatives; the shipped data where a rule is the data's."""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView, Tokens
from store.actors.gazetteer import alternative_only, countries_of, resolve_place
from store.actors.subdivisions import states_of
from store.model import Mention

from .actor_helpers import dictionary_only, links, needs_pipeline

_MATCHER = None


def _view(text: str, *spans: tuple[str, str, str | None]) -> DocumentView:
    """One text whose mentions are the given (surface, label, actor id) spans, each its first free occurrence;
    a dictionary id makes a dictionary mention, an inferred id an inferred one, None an unlinked NER one."""
    global _MATCHER
    if _MATCHER is None:
        analyzer = dictionary_only()
        _MATCHER = analyzer._matcher_for(analyzer.dictionary)
    found = [(m.group(), m.start()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    mentions = []
    taken: set[int] = set()
    for surface, label, actor_id in spans:
        start = text.index(surface)
        while start in taken:
            start = text.index(surface, start + 1)
        taken.add(start)
        origin = actor_id.split(":")[0] if actor_id and ":" in actor_id else ("dictionary" if actor_id else "ner")
        mentions.append(Mention(start, start + len(surface), surface, actor_id, label, origin))  # type: ignore[arg-type]
    mentions.sort(key=lambda m: m.start)
    return DocumentView([Tokens(text, [w for w, _ in found], [s for _, s in found])], [tuple(mentions)], _MATCHER)  # type: ignore[arg-type]


def _got(d: DocumentView) -> dict[str, tuple[str | None, str]]:
    out = {}
    for m in d.mentions[0]:
        actor = d.actor(m)
        out[m.text] = (actor.affiliation if actor else None, m.origin)
    return out


# ── the gazetteer: codes, and names that are only another place's alternative ────────────────────────


def test_capital_codes_are_no_alternative_names():
    # GeoNames lists airport codes among a city's alternative names: an acronym in the news is no town
    assert countries_of("LED") == {} and countries_of("ABJ") == {}
    assert "RUS" in countries_of("Saint Petersburg")


def test_a_name_known_only_as_an_alternative_links_only_to_a_state_the_document_names():
    assert alternative_only("Kharkov") and not alternative_only("Kharkiv")
    assert resolve_place("Kharkiv", set()) == "UKR"  # a large city's own name: linked wherever it stands
    assert resolve_place("Kharkov", set()) is None  # another spelling: only beside its state
    assert resolve_place("Kharkov", {"UKR"}) == "UKR"


# ── subdivisions by their name and type word ──────────────────────────────────────────────────────────


def test_a_subdivision_named_with_its_type_word_is_the_state_whose_it_is_so_named():
    assert states_of("Punjab") == ("IND", "PAK")  # two states: the document decides
    assert states_of("Punjab Province") == ("PAK",)  # Pakistan's province, India's state
    assert "SAU" in states_of("Eastern Province")  # a name the data writes with its type word
    assert {"LKA", "ZMB"} <= set(states_of("Southern Province"))
    assert states_of("Southern") == ()  # a bare compass word is still nobody's
    assert states_of("Idlib Governorate") == ("SYR",)  # a name whose type word is no key of its own, as before


@needs_pipeline
def test_southern_province_takes_the_one_state_the_document_names(full):
    got = links(full, "Sri Lanka's president visited the Southern Province on Monday.")
    assert got["Southern Province"][0] == "LKA"
    got = links(full, "Officials said the Southern Province would vote on Monday.")
    assert got.get("Southern Province", (None,))[0] is None  # four states' province: no guess


def test_a_one_word_subdivision_ner_called_an_organisation_is_a_place_of_a_state_the_document_names():
    from store.actors.regions import link_subdivisions

    text = "Pakistan said the road through Sindh was closed."
    d = _view(text, ("Pakistan", "GPE", "pakistan"), ("Sindh", "ORG", None))
    link_subdivisions(d)
    assert _got(d)["Sindh"] == ("PAK", "gazetteer")
    # not where the document names a person of that name
    text = "Pakistan said Ali Sindh was in Karachi; Sindh said nothing."
    d = _view(text, ("Pakistan", "GPE", "pakistan"), ("Ali Sindh", "PERSON", None), ("Sindh", "ORG", None))
    link_subdivisions(d)
    assert _got(d)["Sindh"][0] is None


def test_an_organisation_named_after_a_subdivision_is_of_its_state():
    from store.actors.regions import subdivision_bodies

    d = _view("The Sindh Liberation Front claimed the attack.", ("Sindh Liberation Front", "ORG", None))
    subdivision_bodies(d)
    assert _got(d)["Sindh Liberation Front"] == ("PAK", "context")
    # a name that ends in no body's word is left alone ("Sindh Liberation Day" is an event)
    d = _view("The Sindh Liberation Day was marked.", ("Sindh Liberation Day", "ORG", None))
    subdivision_bodies(d)
    assert _got(d)["Sindh Liberation Day"][0] is None


# ── names of things: ships, routes, projects ──────────────────────────────────────────────────────────


@needs_pipeline
def test_a_flagged_ship_is_no_actor_wherever_the_document_names_it(full):
    got = links(
        full,
        "Iranian commandos seized the Liberia-flagged Ocean Pearl in the Gulf of Aden on Monday.",
        "The Ocean Pearl later anchored off Bandar Abbas, Iran's navy said.",
    )
    assert "Ocean Pearl" not in got
    assert got["Liberia"][0] == "LBR"  # "Liberia-flagged" still gives the flag's state
    got = links(full, "The tanker Sea Falcon was seized. The Sea Falcon carried Iraqi crude, Iran said.")
    assert "Sea Falcon" not in got and got["Iraqi"][0] == "IRQ"


@needs_pipeline
def test_routes_and_their_acronyms_are_no_actors(full):
    got = links(
        full,
        "Kazakhstan and China signed a deal on the Great Steppe Transit Route (GSTR), a planned railway.",
        "GSTR would cut travel times, Astana said.",
    )
    assert not {"Great Steppe Transit Route", "GSTR"} & set(got)
    assert got["Astana"][0] == "KAZ"
    got = links(full, "Russia hopes Power of Siberia 2 will carry gas to China, Gazprom said.")
    assert got["Gazprom"][0] == "RUS" and not any("Siberia" in name for name in got)


def test_a_name_before_a_routes_word_is_no_actor_but_a_place_stays():
    from store.actors.things import drop_things

    text = "Work began on the Koshkar pipeline near Kherson and on the Kherson railway."
    d = _view(text, ("Koshkar", "ORG", None), ("Kherson", "GPE", None), ("Kherson", "GPE", None))
    drop_things(d)
    assert [m.text for m in d.mentions[0]] == ["Kherson", "Kherson"]  # a town naming a route is a place
    # an apposition that calls the name a road; a name whose own head word is a road
    text = "The Zarafshan Link, a planned 900 km highway, and the Amber Road were discussed."
    d = _view(text, ("Zarafshan Link", "ORG", None), ("Amber Road", "ORG", None))
    drop_things(d)
    assert d.mentions[0] == []
    # an organisation's own pipeline says who owns it, not that the name is a pipeline
    text = "Transgaz's pipeline was shut."
    d = _view(text, ("Transgaz", "ORG", None))
    drop_things(d)
    assert [m.text for m in d.mentions[0]] == ["Transgaz"]


def test_a_state_inside_trans_before_a_route_word_is_no_mention():
    from store.actors.things import drop_things

    text = "Europe revived talk of a Trans-Caspian pipeline, and Caspian states met."
    d = _view(text, ("Caspian", "LOC", "caspian-sea"), ("Caspian", "LOC", "caspian-sea"))
    drop_things(d)
    assert [m.start for m in d.mentions[0]] == [text.index("Caspian states")]


@needs_pipeline
def test_a_vehicle_named_before_fighting_vehicles_is_a_product(full):
    got = links(full, "Russia's Defence Ministry said it destroyed Leopard tanks and Marder fighting vehicles.")
    assert "Marder" not in got


# ── water ─────────────────────────────────────────────────────────────────────────────────────────────


def test_a_gulf_or_a_strait_is_one_place_of_no_state():
    from store.actors.waters import seas

    text = "Ships waited in the Gulf of Aden while Oman mediated."
    d = _view(text, ("Aden", "GPE", "gazetteer:YEM:place:Aden"), ("Oman", "GPE", "oman"))
    seas(d)
    got = _got(d)
    assert got["Gulf of Aden"] == (None, "ner") and "Aden" not in got
    assert got["Oman"][0] == "OMN"  # the state named on its own stays
    # a link a later pass gave the water is undone
    d = _view(text, ("Gulf of Aden", "LOC", "context:OMN:place:Gulf of Aden"))
    seas(d)
    assert _got(d)["Gulf of Aden"] == (None, "ner")


@needs_pipeline
def test_a_river_is_no_town_of_its_name(full):
    got = links(full, "Floods hit villages along the Ilek, and the Ilek river rose in Russia's Orenburg region.")
    assert got["Ilek"][0] is None
    got = links(full, "Troops were posted in Ilek, a town in Russia's Orenburg region.")
    assert got["Ilek"][0] == "RUS"


def test_rivers_ner_missed_are_found_and_unlinked_wherever_the_document_names_them():
    from store.actors.waters import rivers

    text = "The Emba and Sagiz rivers rose, and farms along the Syr Darya flooded; the Ilek rose too."
    d = _view(text, ("Ilek", "GPE", "gazetteer:RUS:place:Ilek"))
    d.texts = [d.texts[0], Tokens("The Ilek river burst its banks.", [], [])]
    d.mentions.append([])
    rivers(d)
    got = _got(d)
    assert got["Emba"] == got["Sagiz"] == got["Syr Darya"] == (None, "ner")
    assert got["Ilek"] == (None, "ner")  # called a river in the next paragraph
    # a town nothing calls a river keeps its link
    d = _view("Troops entered Ilek on Monday.", ("Ilek", "GPE", "gazetteer:RUS:place:Ilek"))
    rivers(d)
    assert _got(d)["Ilek"] == ("RUS", "gazetteer")


# ── places their sentence locates, towns NER missed, one link per place ───────────────────────────────


@needs_pipeline
def test_a_name_before_in_a_states_province_is_a_place_of_that_state(full):
    got = links(full, "The convoy reached Zandabad in Iran's Lorestan province on Tuesday, Iranian media said.")
    assert got["Zandabad"][0] == "IRN"
    got = links(full, "Rescuers reached Koshkarovka, a town in the Kostanay region, as Kazakhstan's floods spread.")
    assert got["Koshkarovka"][0] == "KAZ"


def test_a_person_or_an_acronym_is_never_located_so():
    from store.actors.located_names import locate_names

    text = "Ahmad in Iran's Lorestan province and IRNA in Iran's Lorestan province spoke."
    d = _view(text, ("Ahmad", "PERSON", None), ("Iran", "GPE", "iran"), ("IRNA", "ORG", None), ("Iran", "GPE", "iran"))
    locate_names(d)
    got = _got(d)
    assert got["Ahmad"][0] is None and got["IRNA"][0] is None


@needs_pipeline
def test_towns_of_several_states_take_the_field_state_the_document_names(full):
    got = links(full, "Ukrainian forces pushed on the road to Novomoskovsk, Kyiv said.")
    assert got["Novomoskovsk"][0] == "UKR"  # also a Russian city's name; the document names Ukraine
    got = links(full, "Ukraine said Russian jets flew over Ust-Kamenogorsk.", "Kazakhstan protested.")
    assert got["Ust-Kamenogorsk"][0] == "KAZ"


def test_a_hyphened_city_nothing_covers_is_found_but_not_a_ships_name():
    from store.actors.places import missed_places

    d = _view("Flights to Ust-Kamenogorsk resumed.")
    missed_places(d)
    assert _got(d)["Ust-Kamenogorsk"] == ("KAZ", "gazetteer")
    d = _view("The submarine Ust-Kamenogorsk sailed.")
    missed_places(d)
    assert _got(d) == {}


def test_a_town_after_a_linked_place_and_and_is_found_in_the_documents_state():
    from store.actors.places import missed_places

    text = "Ukraine said shelling hit Kupiansk and Bilopillia on Monday."
    d = _view(text, ("Ukraine", "GPE", "ukraine"), ("Kupiansk", "GPE", "gazetteer:UKR:place:Kupiansk"))
    missed_places(d)
    assert _got(d)["Bilopillia"] == ("UKR", "gazetteer")
    # a town of a state the document does not name is not guessed
    text = "Turkey said fighting raged near Antalya and Bilopillia on Monday."
    d = _view(text, ("Turkey", "GPE", "turkey"), ("Antalya", "GPE", "gazetteer:TUR:place:Antalya"))
    missed_places(d)
    assert "Bilopillia" not in _got(d)


def test_a_place_linked_once_is_that_place_wherever_ner_left_its_name_unlinked():
    from store.actors.same_places import same_places

    text = "Troops neared Zandabad. Zandabad fell, said Reza Zandabad. Later Kharkiv."
    d = _view(
        text,
        ("Zandabad", "GPE", "context:IRN:place:Zandabad"),
        ("Zandabad", "PERSON", None),
        ("Reza Zandabad", "PERSON", None),
    )
    same_places(d)
    # the word of a person's full name the document gives stays the person's
    assert [m.actor_id for m in d.mentions[0]] == ["context:IRN:place:Zandabad", None, None]
    text = "Troops neared Zandabad. Zandabad fell."
    d = _view(text, ("Zandabad", "GPE", "context:IRN:place:Zandabad"), ("Zandabad", "PERSON", None))
    same_places(d)
    assert [m.actor_id for m in d.mentions[0]] == ["context:IRN:place:Zandabad"] * 2


def test_a_sentences_capitalised_plural_the_document_also_writes_in_lowercase_is_no_name():
    from store.actors.noise import drop_noise

    text = "Blackouts hit the city. Officials said the blackouts would last. Hostomels said nothing."
    d = _view(text, ("Blackouts", "ORG", None), ("Hostomels", "ORG", None))
    drop_noise(d)
    assert [m.text for m in d.mentions[0]] == ["Hostomels"]  # never written in lowercase


def test_a_place_naming_a_document_in_lowercase_is_no_actor_but_the_town_elsewhere_is():
    from store.actors.things import drop_things

    text = "Talks collapsed after the Lausanne protocols were shelved; envoys met in Lausanne."
    place = "gazetteer:CHE:place:Lausanne"
    d = _view(text, ("Lausanne", "GPE", place), ("Lausanne", "GPE", place))
    drop_things(d)
    assert [m.start for m in d.mentions[0]] == [text.rindex("Lausanne")]


def test_fields_and_mines_are_no_mention_even_where_a_town_names_them():
    from store.actors.things import drop_things

    text = "The firm runs the Koshkar and Lozova gas fields; Lozova itself was calm, and the Lozova field hospital too."
    place = "gazetteer:UKR:place:Lozova"
    d = _view(
        text, ("Koshkar", "ORG", None), ("Lozova", "GPE", place), ("Lozova", "GPE", place), ("Lozova", "GPE", place)
    )
    drop_things(d)
    # the field's names go; the town named on its own and before "field hospital" stays
    assert [m.start for m in d.mentions[0]] == [text.index("Lozova itself"), text.index("Lozova field")]


def test_a_hyphened_city_ner_cut_is_one_place_again():
    from store.actors.places import missed_places

    text = "Jets flew over Komsomolsk-on-Amur."
    d = _view(text, ("Komsomolsk", "ORG", "gazetteer:RUS:place:Komsomolsk"))
    missed_places(d)
    assert [(m.text, m.origin) for m in d.mentions[0]] == [("Komsomolsk-on-Amur", "gazetteer")]
    # a dictionary name inside stays as it is
    text = "Talks in Moscow-Minsk format."
    d = _view(text, ("Moscow", "GPE", "moscow"))
    missed_places(d)
    assert [m.text for m in d.mentions[0]] == ["Moscow"]


def test_a_persons_name_naming_a_line_or_a_route_is_no_mention():
    from store.actors.things import drop_things

    text = "Troops reached the Gerasimov line, Gerasimov said, and Azerbaijan Railways ran trains."
    d = _view(
        text,
        ("Gerasimov", "PERSON", "valery-gerasimov"),
        ("Gerasimov", "PERSON", "valery-gerasimov"),
        ("Azerbaijan", "GPE", "azerbaijan"),
    )
    drop_things(d)
    # the person named alone and a state naming a company stay
    assert [m.start for m in d.mentions[0]] == [text.index("Gerasimov said"), text.index("Azerbaijan")]


def test_a_model_with_its_suffix_before_a_weapon_noun_and_a_prefixed_ship_are_no_actors():
    from store.actors.noise import drop_noise
    from store.actors.things import drop_things

    text = "Germany sent two more Skyguard-T batteries, and Skyguard said nothing."
    d = _view(text, ("Skyguard", "ORG", None), ("Skyguard", "ORG", None))
    drop_noise(d)
    assert [m.start for m in d.mentions[0]] == [text.rindex("Skyguard")]
    text = "Guards boarded the MV Ocean Star off Fujairah."
    d = _view(text, ("MV Ocean Star", "ORG", None), ("Fujairah", "GPE", None))
    drop_things(d)
    assert [m.text for m in d.mentions[0]] == ["Fujairah"]


def test_a_one_word_subdivision_ner_called_a_person_after_in_is_a_place():
    from store.actors.regions import link_subdivisions

    text = "Pakistan said floods in Sindh killed dozens, and Sindh spoke."
    d = _view(text, ("Pakistan", "GPE", "pakistan"), ("Sindh", "PERSON", None), ("Sindh", "PERSON", None))
    link_subdivisions(d)
    # after "in" a place; the same name NER called a person elsewhere, without "in", is left to other rules
    assert [m.actor_id for m in d.mentions[0]][1:] == ["gazetteer:PAK:place:Sindh", None]


def test_a_persons_surname_is_no_town_of_that_name():
    from store.actors.places import link_places

    text = "Senator Lindsey Graham spoke in Washington. Graham said the vote would pass, and Graham town voted."
    d = _view(
        text,
        ("Lindsey Graham", "PERSON", None),
        ("Washington", "GPE", "washington"),
        ("Graham", "PERSON", None),
        ("Graham", "GPE", None),
    )
    link_places(d)
    links_ = [(m.text, m.label, (d.actor(m).affiliation if d.actor(m) else None)) for m in d.mentions[0]]
    # the surname NER called a person stays the person's; a name NER called a place is still looked up
    assert ("Graham", "PERSON", None) in links_
    assert ("Graham", "GPE", "USA") in links_

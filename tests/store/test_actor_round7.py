"""Issue 14, round 7: the classes the blind set wider8 showed, on invented sentences with their negatives."""

from __future__ import annotations

import pytest

from store.actors.gazetteer import is_water, resolve_place
from store.actors.subdivisions import states_of, typed

from .actor_helpers import linked, needs_pipeline


def test_subdivisions_are_looked_up_by_their_english_name_without_type_words():
    assert states_of("East Azerbaijan") == ("IRN",)
    assert states_of("Khanty-Mansi Autonomous Okrug") == ("RUS",)
    assert states_of("Republic of Karakalpakstan") == ("UZB",)
    assert states_of("Khuzestan Province") == ("IRN",)
    assert typed("Republic of Karakalpakstan") and typed("Idlib Governorate") and not typed("Sindh")
    # a bare compass word is nobody's; de facto states are left out; an unknown name has no state
    assert states_of("Central") == () and states_of("Northern") == ()
    assert states_of("Abkhazia") == () and states_of("Transnistria") == ()
    assert states_of("Narnia Province") == ()
    # a name several states share keeps them all (the document decides)
    assert set(states_of("Punjab")) == {"IND", "PAK"}


def test_the_shipped_subdivisions_are_what_the_pinned_package_gives():
    pytest.importorskip("countrystatecity_countries")
    from store.actors.subdivisions import INDEX_FILE, build_index, index_json

    assert INDEX_FILE.read_text(encoding="utf-8") == index_json(build_index())


def test_a_sea_or_strait_is_no_town_whatever_town_shares_its_name():
    assert is_water("Aral Sea") and is_water("Kerch Strait") and not is_water("Sea") and not is_water("Aral")
    assert resolve_place("Aral Sea", {"KAZ", "UZB"}) is None
    assert resolve_place("Aktau", {"KAZ"}) == "KAZ"  # a town still is


@needs_pipeline
def test_a_typed_subdivision_takes_its_state_even_where_the_document_does_not_name_it(full):
    got = linked(full, "Police in the Khanty-Mansi Autonomous Okrug detained dozens of migrants on Friday.")
    assert got["Khanty-Mansi Autonomous Okrug"][1:] == ("RUS", "gazetteer")
    # (Karakalpakstan, this test's example before, is a dictionary place since batch 2026-11m)
    got = linked(full, "Protests erupted in the Kabardino-Balkar Republic over the new constitution.")
    assert got["Kabardino-Balkar Republic"][1:] == ("RUS", "gazetteer")


@needs_pipeline
def test_a_subdivision_holding_a_states_name_is_the_subdivision(full):
    got = linked(full, "Rescuers searched the mountains of East Azerbaijan province after the crash.")
    assert got["East Azerbaijan"][1:] == ("IRN", "gazetteer")
    assert "Azerbaijan" not in got
    kaz = linked(full, "Farmers in North Kazakhstan protested against the new tax.")
    assert kaz["North Kazakhstan"][1] == "KAZ"
    # the state alone stays the state, and a compass word the data does not pair with it changes nothing
    plain = linked(full, "Rescuers from Azerbaijan arrived in Tabriz on Monday.")
    assert plain["Azerbaijan"][1:] == ("AZE", "dictionary")
    south = linked(full, "Officials in South Azerbaijan were not reached; Azerbaijan said nothing.")
    assert all(v[1] != "IRN" for v in south.values())


@needs_pipeline
def test_a_place_after_a_qualifier_is_that_place(full):
    got = linked(full, "Russian drones struck ports in Greater Odesa overnight, Ukrainian officials said.")
    assert got["Greater Odesa"][1] == "UKR"
    # a qualifier before a word that is no place links nothing
    bank = linked(full, "Northern Bank said on Monday that profits rose in Belfast.")
    assert bank.get("Northern Bank", (None, None))[1] is None


@needs_pipeline
def test_a_sea_named_beside_a_state_stays_unlinked(full):
    got = linked(full, "The region around the shrunken Aral Sea is poor, Kazakh and Uzbek officials said.")
    assert got.get("Aral Sea", (None, None))[1] is None


@needs_pipeline
def test_an_outlets_article_is_no_part_of_its_mention_and_a_body_after_its_name_is_no_outlet(full):
    got = linked(full, "The New York Times reported the strike on Monday.")
    assert "New York Times" in got and "The New York Times" not in got
    council = linked(full, "In Tehran, the Guardian Council approved six candidates for the presidency.")
    assert "Guardian Council" in council and council["Guardian Council"][0] != "the-guardian"
    assert "Guardian" not in council
    # the newspaper alone stays the newspaper
    assert linked(full, "The Guardian said the talks failed.")["Guardian"][0] == "the-guardian"


@needs_pipeline
def test_an_outlets_name_with_its_medium_is_one_mention(full):
    got = linked(full, "Police in Baku detained journalists of Meydan TV and Toplum TV on Friday.")
    assert "Toplum TV" in got and "Toplum" not in got
    # a word that is no medium is not taken in
    assert "Toplum Media Group" not in linked(full, "Toplum said Media reports were false.")


@needs_pipeline
def test_x_of_the_y_is_one_organisation(full):
    got = linked(full, "An investigation by the General Staff of the Armed Forces found no evidence of sabotage.")
    assert "General Staff of the Armed Forces" in got
    assert "General Staff" not in got and "Armed Forces" not in got
    # a state after "of the" stays a state of its own
    state = linked(full, "The General Staff of the Russian Federation denied it.")
    assert state.get("Russian Federation", (None, None))[1] == "RUS"


@needs_pipeline
def test_a_demonym_heading_an_association_is_one_mention_of_its_state(full):
    got = linked(full, "The Georgian Young Lawyers' Association said it would not register.")
    assert got["Georgian Young Lawyers' Association"][1:] == ("GEO", "context")
    crescent = linked(full, "Rescue teams of the Iranian Red Crescent Society found the wreckage.")
    assert crescent["Iranian Red Crescent Society"][1] == "IRN"
    # a demonym before a known organisation's own name only qualifies it; before a plain noun it is the people
    assert "Georgian" in linked(full, "Georgian Dream won the vote.") or "Georgian Dream" in linked(
        full, "Georgian Dream won the vote."
    )
    people = linked(full, "Georgian lawyers said the law was unjust.")
    assert people["Georgian"][1:] == ("GEO", "dictionary")


@needs_pipeline
def test_an_organisation_named_with_a_demonym_after_of_is_that_states(full):
    got = linked(full, "Analysts at the Federation of American Scientists identified a new storage site.")
    assert got["Federation of American Scientists"][1:] == ("USA", "context")
    # "Islamic" or "Arab" name no state
    league = linked(full, "The League of Arab States met in Cairo.")
    assert all(v[1] != "USA" for v in league.values())
    assert league.get("League of Arab States", (None, None))[1] is None


@needs_pipeline
def test_a_persons_name_ending_on_a_particle_goes_on_with_the_next_name(full):
    got = linked(full, "Among the dead was Mohammad Ali Al-e Hashem, Khamenei's representative in Tabriz.")
    assert "Mohammad Ali Al-e Hashem" in got and "Hashem" not in got
    assert "Mark van Bommel" in linked(full, "The coach Mark van Bommel left for Antwerp.")
    # two names apart stay two
    two = linked(full, "Putin met Erdogan in Sochi.")
    assert "Putin" in two and "Erdogan" in two


@needs_pipeline
def test_his_deputy_serves_the_state_of_the_person_before(full):
    text = (
        "The strike killed General Mohammad Reza Zahedi of the Islamic Revolutionary Guard Corps, "
        "his deputy Mohammad Hadi Haji Rahimi and five other officers."
    )
    assert linked(full, text)["Mohammad Hadi Haji Rahimi"][1] == "IRN"
    # nobody with a state before "his": nothing is guessed
    assert linked(full, "Reporters asked about his deputy Tom Hallworth.").get("Tom Hallworth", (None, None))[1] is None


@needs_pipeline
def test_the_guards_after_a_guard_corps_is_that_corps(full):
    text = (
        "The Islamic Revolutionary Guard Corps vowed revenge. "
        "Hossein Salami, the commander-in-chief of the Guards, said Tehran had set a new equation."
    )
    assert linked(full, text)["Guards"][0] == "irgc"
    # without the corps named before, "the Guards" is nobody's
    assert linked(full, "The Guards marched past the palace.").get("Guards", (None,))[0] != "irgc"


@needs_pipeline
def test_events_products_and_weapons_with_a_number_or_a_weapon_noun_are_no_actors(full):
    got = linked(full, "Mukhtar Babayev presided over COP29 in Baku. Sanctions grounded the ageing Bell 212.")
    assert "COP29" not in got and "Bell 212" not in got
    weapons = linked(full, "Zelensky asked for more Patriot air defence systems and two Patriot batteries.")
    assert "Patriot" not in weapons
    # a group with a number, and a channel with one digit, stay
    assert "G20" in linked(full, "Leaders of the G20 met in Rio.")
    assert "Rustavi 2" in linked(full, "Rustavi 2 reported the arrests in Tbilisi.")


@needs_pipeline
def test_a_venue_and_its_first_word_are_no_actors_but_the_town_naming_an_airport_is(full):
    got = linked(full, "Gunmen killed 145 people at the Crocus City Hall concert venue in Krasnogorsk.")
    assert not any("Crocus" in name for name in got)
    assert got["Krasnogorsk"][1] == "RUS"
    airport = linked(full, "The plane from Tehran landed at Damascus International Airport on Monday.")
    assert airport["Damascus"][1] == "SYR"
    assert "Damascus International Airport" not in airport
    dam = linked(full, "A missile struck the DniproHES hydroelectric dam in Zaporizhzhia.")
    assert "DniproHES" not in dam and dam["Zaporizhzhia"][1] == "UKR"


@needs_pipeline
def test_a_generic_body_after_another_states_possessive_is_that_states(full):
    got = linked(full, "Ukraine's Main Intelligence Directorate (HUR) said the arms posed a threat.")
    assert got["Main Intelligence Directorate"][1] == "UKR"
    # after its own state's possessive, or alone, it stays the dictionary's
    assert linked(full, "Russia's Main Intelligence Directorate ran it.")["Main Intelligence Directorate"][0] == "gru"
    assert linked(full, "The Main Intelligence Directorate ran it.")["Main Intelligence Directorate"][0] == "gru"


@needs_pipeline
def test_a_place_naming_a_memorandum_is_no_actor(full):
    got = linked(full, "Ukraine gave up its arsenal under the Budapest Memorandum of 1994.")
    assert "Budapest" not in got and got["Ukraine"][1] == "UKR"
    assert linked(full, "Orban spoke in Budapest on Monday.")["Budapest"][1] == "HUN"


def test_a_dependent_territory_is_its_sovereign_states():
    assert resolve_place("New Caledonia", set()) == "FRA"
    assert resolve_place("Greenland", {"DNK", "USA"}) == "DNK"
    assert resolve_place("Greenland", set()) is None  # small, and its state unnamed: not guessed


@needs_pipeline
def test_a_subdivision_of_several_words_wins_over_its_parts_wherever_it_stands(full):
    got = linked(full, "Clashes erupted in Sistan and Baluchestan province overnight.")
    assert got["Sistan and Baluchestan"][1] == "IRN"
    assert not any(v[0] == "ali-al-sistani" for v in got.values())  # no cleric
    typed_name = linked(full, "The helicopter crashed in East Azerbaijan Province.")
    assert typed_name["East Azerbaijan Province"][1] == "IRN"
    # a name several places bear, outside the field and its state unnamed, is left alone
    assert all(v[1] is None or v[1] == "GBR" for v in linked(full, "Fans in the East End cheered.").values())


@needs_pipeline
def test_a_type_word_after_a_name_says_it_is_a_subdivision_and_a_name_two_states_share_needs_one_named(full):
    got = linked(full, "Officials of the Kurdistan Region and Nineveh province met in Baghdad, Iraq.")
    assert got["Kurdistan Region"][1] == "IRQ" and got["Nineveh"][1] == "IRQ"
    # Iran and Iraq both have a Kurdistan: with neither named, nobody's (but "Kurdistan Region" is Iraq's
    # name for its own, Iran's is a province: round 10)
    assert linked(full, "Officials of Kurdistan met.").get("Kurdistan", (None, None))[1] is None
    assert linked(full, "Officials of the Kurdistan Region met.")["Kurdistan Region"][1] == "IRQ"
    # a place and its type word are no first name and surname
    oblast = linked(full, "Shelling hit Zaporizhzhia Oblast overnight.")
    assert any(v[1] == "UKR" for k, v in oblast.items() if k.startswith("Zaporizhzhia"))


def test_landforms_inside_one_state_are_its_and_shared_waters_nobodys():
    from .actor_helpers import dictionary_only

    analyzer = dictionary_only()
    got = linked(analyzer, "Warships passed the Dardanelles, the Kerch Strait and the Strait of Hormuz.")
    assert got["Dardanelles"][1] == "TUR"
    assert got["Kerch Strait"][1] is None and got["Strait of Hormuz"][1] is None
    valley = linked(analyzer, "Israel struck the Bekaa Valley; the Fergana Valley stayed calm.")
    assert valley["Bekaa Valley"][1] == "LBN" and valley["Fergana Valley"][1] is None
    # a first name that is a lake's name is no lake
    assert "Sevan" not in linked(analyzer, "Sevan Nazarian spoke in Yerevan.")


@needs_pipeline
def test_a_company_the_text_calls_a_states_is_that_states_even_where_ner_missed_it(full):
    # an invented company (Uzbekneftegaz is in the dictionary since batch 2026-11k)
    got = linked(full, "Officials in Tashkent point to investments by the state gas company Uzneftegazdobycha.")
    assert got["Uzneftegazdobycha"][1:] == ("UZB", "context")
    owned = linked(full, "Turkmenistan's state gas concern Turkmengaz signed a deal with Beijing.")
    assert owned["Turkmengaz"][1] == "TKM"
    before = linked(full, "The state-owned Kyrgyzaltyn mining company reported losses in Bishkek.")
    assert before["Kyrgyzaltyn"][1] == "KGZ"
    # two states in the sentence and no possessive: not guessed; a known company keeps its entry
    two = linked(full, "Officials in Kyiv and Warsaw said the state company Orlenix would pay.")
    assert two.get("Orlenix", (None, None))[1] is None
    assert linked(full, "Russia's state nuclear corporation Rosatom will build it.")["Rosatom"][0] == "rosatom"


@needs_pipeline
def test_an_acronym_in_brackets_follows_a_name_the_later_rules_linked(full):
    text = (
        "President Shavkat Mirziyoyev flew to Nukus. The National Guard and the State Security Service (SGB) "
        "sealed off the region. The SGB denied any abuse."
    )
    got = [(m.text, m.actor_id) for m in full.analyze(_doc(text)).blocks[0].mentions if m.text == "SGB"]
    service = [m.actor_id for m in full.analyze(_doc(text)).blocks[0].mentions if m.text == "State Security Service"]
    assert got and service and service[0] is not None and all(actor == service[0] for _, actor in got)
    # an acronym after an unlinked name stays unlinked
    plain = linked(full, "The Joint Response Unitx (JRU) met.")
    assert plain.get("JRU", (None, None))[1] is None


def _doc(text: str):
    from .actor_helpers import doc_of

    return doc_of(text)


@needs_pipeline
def test_a_place_no_gazetteer_knows_listed_with_a_town_is_in_its_state(full):
    got = linked(full, "The region is the poorest of Uzbekistan. In Muynak and Kungrad, residents say jobs matter.")
    # (round 9: the gazetteer knows Muynak now, as an alternative name of Mo'ynoq; the listed rule still decides
    # names no gazetteer knows, below)
    assert got["Muynak"][1:] in (("UZB", "context"), ("UZB", "gazetteer"))
    # listed with a state's own name, or with a place of a state the document does not name: not guessed
    state = linked(full, "Residents of Zorblaxia and Kazakhstan protested.")
    assert state.get("Zorblaxia", (None, None))[1] is None


@needs_pipeline
def test_a_groups_branch_named_without_province_is_the_branch(full):
    got = linked(full, "Islamic State Khorasan claimed the attack.")
    assert got["Islamic State Khorasan"][0] == "islamic-state-khorasan-province"
    assert "Khorasan" not in got
    # a state after the group's name is no branch of the dictionary's
    syria = linked(full, "The Islamic State Syria branch was weakened.")
    assert syria["Islamic State"][0] == "isis" and syria["Syria"][1] == "SYR"


@needs_pipeline
def test_a_people_named_after_a_subdivision_is_of_its_state(full):
    got = linked(full, "Twenty other Karakalpaks received prison terms, and Karakalpak activists protested.")
    assert got["Karakalpaks"][1] == "UZB" and got["Karakalpak"][1] == "UZB"
    # a plural of a name two states' subdivisions bear is nobody's
    assert linked(full, "Kurdistans of the mind were drawn.").get("Kurdistans", (None, None))[1] is None


@needs_pipeline
def test_a_river_named_like_a_subdivision_is_no_subdivision(full):
    assert linked(full, "Floods along the Amur river hit Khabarovsk.").get("Amur", (None, None))[1] is None
    assert linked(full, "Officials in Amur region said the floods receded.")["Amur"][1] == "RUS"


@needs_pipeline
def test_a_subdivision_written_with_a_hyphen_for_and_is_the_same(full):
    got = linked(full, "Mahsa Amini died in Tehran; protests spread to Kurdistan Province and Sistan-Baluchestan.")
    assert got["Sistan-Baluchestan"][1] == "IRN" and got["Kurdistan Province"][1] == "IRN"
    assert not any(v[0] == "ali-al-sistani" for v in got.values())


@needs_pipeline
def test_a_governor_or_mayor_of_a_place_serves_its_state(full):
    got = linked(full, "Among the dead was Malek Rahmati, the governor of East Azerbaijan.")
    assert got["Malek Rahmati"][1:] == ("IRN", "context")
    before = linked(full, "The mayor of Batumi, Archil Chikovanishvili, spoke on Monday.")
    assert before["Archil Chikovanishvili"][1] == "GEO"
    # a governor of a body no state owns, or an ambassador to a state, is not thereby a state's
    club = linked(full, "Tom Harris, the governor of the Zorblax Trust, spoke.")
    assert club.get("Tom Harris", (None, None))[1] is None
    assert linked(full, "Karl Olsen, the ambassador to Russia, was summoned.")["Karl Olsen"][1] is None


def test_a_place_naming_an_initiative_is_no_actor():
    from .actor_helpers import dictionary_only

    analyzer = dictionary_only()
    got = linked(analyzer, "Ankara would keep working to restore the Black Sea Grain Initiative, which Moscow quit.")
    assert "Black Sea" not in got and got["Moscow"][1] == "RUS"
    assert "Black Sea" in linked(analyzer, "Ships crossed the Black Sea to Istanbul.")


@needs_pipeline
def test_a_bodys_name_ner_missed_after_an_article_is_one_organisation(full):
    got = linked(full, "Ships were checked by a Joint Coordination Centre in Istanbul staffed by four parties.")
    assert "Joint Coordination Centre" in got
    # a description in lowercase is no name, and a head word followed by a name heads that longer name
    assert linked(full, "Ships were checked by a joint coordination centre in the port.") == {}
    assert "Joint Coordination Centre" not in linked(full, "They met at the Joint Coordination Centre Istanbul office.")


@needs_pipeline
def test_association_names_with_connectors_hyphens_or_a_city_at_their_head(full):
    text = "The Finnish Defence Forces and the Finnish Security and Intelligence Service warned of sabotage."
    got = linked(full, text)
    assert got["Finnish Security and Intelligence Service"][1] == "FIN"
    assert not any(v[1] == "RUS" for v in got.values())
    both = linked(full, "The Kazakh Agency for Financial Monitoring and an Uzbek Anti-Corruption Agency met.")
    assert both["Kazakh Agency for Financial Monitoring"][1] == "KAZ"
    assert both["Uzbek Anti-Corruption Agency"][1] == "UZB"
    assert linked(full, "The Istanbul Bar Association protested.")["Istanbul Bar Association"][1] == "TUR"
    # a people of no state after "of" or at the head gives none
    oic = linked(full, "The Organisation of Islamic Cooperation and the European Broadcasting Union met.")
    assert all(v[1] is None for v in oic.values())


@needs_pipeline
def test_a_common_noun_opening_a_sentence_before_of_is_no_name(full):
    got = linked(full, "Iran voted on Friday. Turnout of about 40 percent was the lowest since 1979.")
    assert "Turnout" not in got
    # a name before "of" and a lowercase word stays
    assert linked(full, "Hezbollah of course denied it.")["Hezbollah"][0] == "hezbollah"


@needs_pipeline
def test_a_name_ner_missed_after_the_village_of_is_a_place_of_its_paragraphs_state(full):
    text = "Rescuers reached Tabriz at dawn. They found the wreckage near the village of Tavil the next morning."
    got = linked(full, "Rescuers reached Tabriz at dawn; they found the wreckage near the village of Tavil later.")
    assert got["Tavil"][1] == "IRN"
    assert "Tavil" in linked(full, text)
    # a month is no village, and with no place named anywhere nothing is guessed
    assert linked(full, "The village of March was quiet.") == {}
    assert linked(full, "They met near the village of Zorbatov.").get("Zorbatov", (None, None))[1] is None

"""Issue 14, round 9, classes 2-4: bodies of no stated owner, names cut short, private bodies and products;
invented sentences with their negatives."""

from __future__ import annotations

from .actor_helpers import doc_of, needs_pipeline


def _all(analyzer, *texts):  # type: ignore[no-untyped-def]
    """surface -> (affiliation, origin, actor id) over every block of a document of ``texts``."""
    out = {}
    for block in analyzer.analyze(doc_of(*texts)).blocks:
        for m in block.mentions:
            actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
            out[m.text] = (actor.affiliation if actor else None, m.origin, m.actor_id)
    return out


# ── class 2: generic institutions and bodies of one name in several states ────────────────────────


@needs_pipeline
def test_a_generic_institution_takes_the_state_that_owns_it_in_its_sentence(full):
    got = _all(
        full,
        "Moldova sent a team of forty rescuers from its Ministry of Emergency Situations to the flooded towns.",
        "The Russian Foreign Ministry called the clashes an internal affair of Tajikistan, where Russia keeps "
        "its 201st Military Base.",
    )
    assert got["Ministry of Emergency Situations"][:2] == ("MDA", "context")
    assert got["201st Military Base"][:2] == ("RUS", "context")


@needs_pipeline
def test_a_generic_institution_in_a_sentence_of_two_states_and_no_owner_stays_unlinked(full):
    got = _all(
        full,
        "Officials of Armenia and Azerbaijan met in Tbilisi on Monday.",
        "Rescuers of Armenia and Georgia said the Ministry of Emergency Situations had sent two planes.",
    )
    ministry = got.get("Ministry of Emergency Situations")
    assert ministry is None or ministry[0] is None


@needs_pipeline
def test_a_body_name_several_states_share_takes_the_state_the_document_is_about(full):
    texts = (
        "Belarus freed fourteen political prisoners on Thursday, and Alexander Lukashenko called it a gesture.",
        "Belarusian officials said more would follow, and Minsk thanked the US envoys.",
        "Sviatlana Tsikhanouskaya warned that the KGB went on arresting people in Minsk and in Grodno.",
    )
    got = _all(full, *texts)
    assert got["KGB"][0] == "BLR"
    # a story about the Soviet Union keeps the Soviet KGB
    soviet = _all(
        full,
        "In 1983 the Soviet Union shot down a Korean airliner, and the KGB blamed the United States.",
        "Soviet officials said the plane was spying, and the KGB later said so again.",
    )
    assert soviet["KGB"][0] == "SUN"


# ── class 3: names cut short ─────────────────────────────────────────────────────────────────────────


@needs_pipeline
def test_names_cut_short_are_one_mention_again(full):
    got = _all(
        full,
        "Tajik security forces said exiled groups, including Group 24 and the banned Islamic Renaissance Party "
        "of Tajikistan, had stirred the unrest in Khorog.",
        "Iran was removed from the UN Commission on the Status of Women in December.",
        "In December, the Supreme Court in Dushanbe sentenced the lawyer to 21 years in prison.",
    )
    assert got["Tajik security forces"][0] == "TJK"
    assert got["Islamic Renaissance Party of Tajikistan"][:2] == ("TJK", "context")
    assert "Group 24" in got and "Group" not in got
    assert got["UN Commission on the Status of Women"][0] is None
    assert "Status of Women" not in got and "UN" not in got
    assert got["Supreme Court"][0] == "TJK"


@needs_pipeline
def test_an_international_bodys_name_stops_at_its_head_word_before_another_name(full):
    got = _all(full, "The UN Refugee Agency and the UN Human Rights Council President Omar Zniber spoke in Geneva.")
    assert not any(k.startswith("UN Human Rights Council President") for k in got)


@needs_pipeline
def test_a_number_of_people_or_years_after_a_group_is_no_part_of_its_name(full):
    got = _all(full, "The Wagner Group 24 years ago did not exist, and Group 24 people marched in Warsaw.")
    assert "Group 24 years" not in got and "Group 24 people" not in got


@needs_pipeline
def test_a_family_name_written_first_alone_names_the_person(full):
    got = _all(
        full,
        "Vladimir Putin and Kim Jong Un signed a treaty in Pyongyang on Wednesday.",
        "Kim called the treaty an alliance, and Putin thanked Kim for his support.",
    )
    assert got["Kim"][0] == "PRK"
    # a Western first name is no family name: "Kaja" alone is nobody in particular
    western = _all(
        full,
        "Kaja Kallas met Viktor Orbán in Brussels on Wednesday.",
        "Viktor said nothing afterwards, and Kallas left.",
    )
    assert western.get("Viktor", (None,))[0] is None


# ── class 4: private and international bodies, products ───────────────────────────────────────────────


@needs_pipeline
def test_private_airlines_and_international_networks_take_no_state_from_context(full):
    texts = (
        "Tajikistan's government said on Monday that Dushanbe would reopen the road to Khorog.",
        "Tajik officials blamed the unrest on exiles, and Tajikistan closed the border.",
        "The Aga Khan Development Network, which funds schools in the region, appealed for calm.",
        "Flights between Dushanbe and Istanbul, run by Pegasus Airlines, resumed in February.",
    )
    got = _all(full, *texts)
    assert got.get("Aga Khan Development Network", (None,))[0] is None
    assert got.get("Pegasus Airlines", (None,))[0] is None
    # a state's own carrier, called so, is the state's
    state = _all(full, "Tajikistan said the state airline Somon Airways would resume its flights on Monday.")
    assert state.get("Somon Airways", (None,))[0] == "TJK"


@needs_pipeline
def test_a_maker_and_a_model_before_a_vehicle_noun_are_no_actor(full):
    got = _all(
        full,
        "Yevgeny Prigozhin was killed when his Embraer Legacy jet crashed in the Tver region of Russia.",
        "A Ryanair jet was forced to land in Minsk, Belarus said.",
    )
    assert "Embraer Legacy" not in got
    assert "Ryanair" in got


@needs_pipeline
def test_a_state_company_named_after_its_state_is_that_states(full):
    got = _all(
        full,
        "Lukashenko, who hosted Russian troops for the invasion of Ukraine, wanted a deal with the Americans "
        "on potash exports by the state company Belaruskali.",
    )
    assert got["Belaruskali"][0] == "BLR"


@needs_pipeline
def test_a_shared_body_name_takes_the_state_of_the_town_its_sentence_names(full):
    got = _all(
        full,
        "Ukraine's army said it was short of shells, and Kyiv asked for more.",
        "In Washington, the president blamed the House of Representatives for the delay.",
    )
    assert got["House of Representatives"][0] == "USA"
    libya = _all(
        full,
        "Ukraine's army said it was short of shells, and Kyiv asked for more.",
        "In Tobruk, the speaker of the House of Representatives met the Libyan commander.",
    )
    assert libya["House of Representatives"][0] == "LBY"


@needs_pipeline
def test_a_university_in_a_story_about_one_state_is_that_states(full):
    texts = (
        "Iran's police arrested hundreds of protesters in Tehran, and Iranian officials blamed foreign enemies.",
        "Iran said the protests were over, but Tehran and Isfahan saw more on Friday.",
        "Students walked out of Sharif University of Technology and were besieged by police.",
    )
    assert _all(full, *texts)["Sharif University of Technology"][:2] == ("IRN", "context")
    # a sentence naming another state says nothing
    other = _all(full, *texts[:2], "Students of Sharif University of Technology met Turkish officials in Ankara.")
    assert other.get("Sharif University of Technology", (None,))[0] is None

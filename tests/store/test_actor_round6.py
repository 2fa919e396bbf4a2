"""Issue 14, round 6: the classes the blind set wider7 showed, on invented sentences with their negatives."""

from __future__ import annotations

from .actor_helpers import dictionary_only, found, linked, needs_pipeline


def test_cross_border_ethnic_and_religious_groups_are_mentions_of_no_state():
    analyzer = dictionary_only()
    text = "Alawite villagers and Druze elders met Yazidi and Abkhaz delegates; the Alawites and Ossetians left."
    got = dict(found(analyzer, text))
    for name in ("Alawite", "Druze", "Yazidi", "Abkhaz", "Alawites", "Ossetians"):
        actor = analyzer.actors[got[name]]
        assert actor.kind == "group" and actor.affiliation is None, name
    # a group of one state keeps it; a lowercase word is no group
    assert analyzer.actors[dict(found(analyzer, "Chechen fighters arrived."))["Chechen"]].affiliation == "RUS"
    assert found(analyzer, "the druze of the story") == []


@needs_pipeline
def test_a_religious_title_is_not_part_of_the_name_and_alone_is_no_mention(full):
    got = linked(full, "Armenian police detained Archbishop Levon Tashjian in Yerevan on Friday.")
    assert "Levon Tashjian" in got
    assert not any(name.startswith("Archbishop") for name in got)
    alone = linked(full, "Pilgrims gathered in Yerevan at the seat of the Catholicos, near the cathedral.")
    assert "Catholicos" not in alone


@needs_pipeline
def test_the_full_name_wins_over_the_known_surname_inside_it(full):
    # "Apti Alaudinov" is in the dictionary with the surname alias "Alaudinov"; a variant spelling of the first
    # name is still him, and the mention covers the full name
    got = linked(full, "Russian troops of the Akhmat unit led by Apty Alaudinov moved into the Kursk region.")
    assert got.get("Apty Alaudinov", (None,))[0] == "apti-alaudinov"
    assert "Alaudinov" not in got
    # a title before a known full name stays out of it
    titled = linked(full, "Georgia's Public Defender Levan Ioseliani criticised the police in Tbilisi.")
    assert not any(name.startswith(("Defender", "Public")) for name in titled if "Ioseliani" in name)


@needs_pipeline
def test_both_citizens_of_a_state_after_two_names_joined_by_and(full):
    text = "Police in Baku detained the agency's director Pavel Ostrikov and editor Mikhail Zubenko, both Russian citizens."
    got = linked(full, text)
    assert got["Pavel Ostrikov"][1:] == ("RUS", "context")
    assert got["Mikhail Zubenko"][1:] == ("RUS", "context")
    # without "both", the apposition is only the second person's
    one = linked(full, "Police in Baku questioned Pavel Ostrikov and detained Mikhail Zubenko, a Russian citizen.")
    assert one["Mikhail Zubenko"][1] == "RUS"
    assert one.get("Pavel Ostrikov", (None, None))[1] != "RUS"


@needs_pipeline
def test_a_spokesman_for_a_bodys_ministry_is_the_bodys_but_an_envoy_for_a_state_is_not_its(full):
    got = linked(full, "Zabihullah Karimi, the spokesman for the Taliban's foreign ministry, denied the report.")
    assert got["Zabihullah Karimi"][1:] == ("AFG", "context")
    envoy = linked(full, "Hans Lindqvist, the special envoy for Syria, met officials in Geneva.")
    assert envoy.get("Hans Lindqvist", (None, None))[1] != "SYR"


@needs_pipeline
def test_an_office_in_a_place_headed_by_someone_is_the_sentence_subjects_not_the_places(full):
    text = "Ukraine has set up a military office in Sudzha, headed by General Taras Kovalchuk, to run the town."
    assert linked(full, text)["Taras Kovalchuk"][1:] == ("UKR", "context")
    # no state or body in the sentence: the place does not decide
    bare = "The office in Sudzha, headed by General Taras Kovalchuk, opened on Monday."
    assert linked(full, bare).get("Taras Kovalchuk", (None, None))[1] != "RUS"


@needs_pipeline
def test_the_regions_minister_is_the_region_the_document_named(full):
    breakaway = (
        "Protests spread in Georgia's breakaway region of Abkhazia after a deal with Moscow. "
        "The deal was signed in Moscow by the region's economy minister Lana Arshba, officials said."
    )
    assert linked(full, breakaway).get("Lana Arshba", (None, None))[1] is None  # Abkhazia stands for no state
    russian = (
        "Ukrainian troops crossed into the Kursk region on Tuesday. "
        "In Kyiv, officials said the region's acting governor Pavel Zorin had fled."
    )
    assert linked(full, russian)["Pavel Zorin"][1] == "RUS"


def test_his_security_council_is_the_state_of_the_person_named_before():
    analyzer = dictionary_only()
    got = dict(found(analyzer, "In Moscow, Vladimir Putin chaired a meeting of his Security Council on Friday."))
    actor = analyzer.actors.get(got["Security Council"])
    assert actor is not None and actor.affiliation == "RUS"
    # the same words with no person before them, or a person of no state, leave the UN's council alone
    un = dict(found(analyzer, "Diplomats said the Security Council would meet on Friday."))
    assert analyzer.actors[un["Security Council"]].affiliation is None
    guterres = dict(found(analyzer, "Antonio Guterres briefed his Security Council colleagues in New York."))
    assert analyzer.actors[guterres["Security Council"]].affiliation is None


def test_the_general_staff_is_the_state_its_sentence_names():
    analyzer = dictionary_only()

    def state_of(text: str) -> str | None:
        got = dict(found(analyzer, text))
        actor = analyzer.actors.get(got["General Staff"]) if got.get("General Staff") else None
        return actor.affiliation if actor is not None else None

    assert state_of("The chief of the General Staff, Valery Gerasimov, said the advance had been halted.") == "RUS"
    assert state_of("Ukraine's General Staff said the advance continued.") == "UKR"
    # two states in the sentence, none dominant: no state is guessed
    assert state_of("Reporters asked whether the General Staff in Kyiv or Moscow had planned it.") is None
    # the adjective form stays the state's military institution
    got = dict(found(analyzer, "The Russian General Staff said the advance had been halted."))
    assert analyzer.actors[next(a for s, a in got.items() if "General Staff" in s)].affiliation == "RUS"


@needs_pipeline
def test_a_village_named_in_a_paragraph_about_another_states_region_is_that_states(full):
    # "Hrushivka" is a Ukrainian village in the gazetteer; a paragraph placed in Russia's Belgorod region puts
    # a village of that name in Russia (village names repeat across the border)
    russian = (
        "Russia's Defence Ministry said troops in the Belgorod region had struck columns near the villages of "
        "Hrushivka and Kozinka, and that the attack on Belgorod had failed."
    )
    assert linked(full, russian)["Hrushivka"][1] == "RUS"
    ukrainian = (
        "Ukraine's army said troops in the Kharkiv region had held positions near the villages of Hrushivka and "
        "Lyptsi, north of Kharkiv."
    )
    assert linked(full, ukrainian)["Hrushivka"][1] == "UKR"


@needs_pipeline
def test_general_heading_a_bodys_name_stays_in_it_but_a_generals_title_does_not(full):
    got = linked(full, "In Syria, gunmen ambushed patrols of the General Security Service near Jableh on Thursday.")
    assert "General Security Service" in got and "Security Service" not in got
    person = linked(full, "General Mark Thornbury, the army chief, visited Kyiv on Monday.")
    assert not any(name.startswith("General") for name in person)


@needs_pipeline
def test_the_countrys_body_is_the_state_that_opens_the_sentence(full):
    text = "Uzbekistan has chosen a French company to build the dam, the country's Agency for Water Resources said."
    got = linked(full, text)
    name = next(n for n in got if n.startswith("Agency for Water"))
    assert got[name][1:] == ("UZB", "context")
    # no state opens the sentence and the document is about none: no state is guessed
    bare = linked(full, "Engineers said on Monday that the country's Agency for Water Resources had approved it.")
    assert all(v[1] is None for n, v in bare.items() if n.startswith("Agency for Water"))


@needs_pipeline
def test_a_towns_name_before_river_or_group_is_no_town(full):
    # the Panj is a river on the Tajik-Afghan border as well as a Tajik town
    river = linked(full, "Gunfire came from across the Panj river near Dushanbe, Tajik officials said.")
    assert river.get("Panj", (None, None))[1] is None
    town = linked(full, "The camp near Panj was attacked, Tajik officials said.")
    assert town["Panj"][1:] == ("TJK", "gazetteer")
    family = "Americans voted. Arroyo, a Sacramento family physician in the United States, said the shots were free."
    assert linked(full, family)["Sacramento"][1] == "USA"  # a town's name as an adjective stays the town


@needs_pipeline
def test_football_clubs_are_organisations_of_the_country_the_document_is_about(full):
    turkey = (
        "Erdogan's government banned protests in Istanbul and Ankara, Turkish police said. Turkey's courts "
        "jailed students. Fans of the football clubs Besiktas and Trabzonspor marched side by side."
    )
    got = linked(full, turkey)
    assert got["Trabzonspor"][1:] == ("TUR", "context")
    # no state the document is mostly about: the club stays unlinked
    mixed = "Putin, Erdogan and Aliyev met. Fans of the football clubs Besiktas and Trabzonspor watched."
    assert linked(full, mixed).get("Trabzonspor", (None, None))[1] is None


@needs_pipeline
def test_a_military_units_number_is_part_of_its_name(full):
    got = linked(
        full,
        "Analysts said Kyiv had sent some of its best units, including the 82nd Air Assault Brigade, to the front.",
    )
    assert "82nd Air Assault Brigade" in got and "Air Assault Brigade" not in got
    # a number before a name that is no unit stays out of it
    other = linked(full, "Some 2nd Air Assault veterans said nothing.")
    assert not any(name.startswith("2nd") for name in other)


@needs_pipeline
def test_the_head_of_the_agency_is_of_the_agency_named_before(full):
    text = (
        "Uzbekistan has chosen a French company to build the dam, the country's Agency for Water Resources said. "
        "Bakhtiyor Nazarov, the head of the agency, said work would start in May."
    )
    assert linked(full, text)["Bakhtiyor Nazarov"][1:] == ("UZB", "context")
    bare = "Bakhtiyor Nazarov, the head of the agency, said work would start in May."
    assert linked(full, bare).get("Bakhtiyor Nazarov", (None, None))[1] is None


@needs_pipeline
def test_a_body_or_region_a_known_person_presides_is_of_that_persons_state(full):
    got = linked(
        full, "Nechirvan Barzani, the president of the Garmiyan Administration, said it would bring stability."
    )
    name = next(n for n in got if n.startswith("Garmiyan"))
    assert got[name][1] == "IRQ"
    # an unknown president says nothing of the region's state
    bare = linked(full, "Karwan Aziz, the president of the Garmiyan Administration, said it would bring stability.")
    assert all(v[1] is None for n, v in bare.items() if n.startswith("Garmiyan"))


@needs_pipeline
def test_an_unknown_acronym_after_a_states_possessive_is_that_states_organisation(full):
    got = linked(full, "The reactors beat bids from Norway's NVQ and a Chinese group.")
    assert got["NVQ"][1:] == ("NOR", "context")
    for text in ("Russia's GDP grew by 3% last year.", "Britain's PM said nothing.", "Bids from NVQ came too."):
        assert all(not name.startswith(("GDP", "PM", "NVQ")) or v[1] is None for name, v in linked(full, text).items())


@needs_pipeline
def test_named_mountains_are_where_the_places_of_their_sentence_are(full):
    text = "Turkish drones struck hideouts in the Asos mountains and near Duhok, officials said."
    got = linked(full, text)
    assert got["Asos"][1] == "IRQ"
    mixed = "Drones struck hideouts in the Asos mountains, between Duhok and Diyarbakir."
    assert linked(full, mixed).get("Asos", (None, None))[1] is None  # places of two states: none decides


@needs_pipeline
def test_a_numbered_unit_is_of_the_one_state_named_before_it_in_its_sentence(full):
    got = linked(
        full,
        "Analysts said Kyiv had sent some of its best units, including the 82nd Air Assault Brigade, to the front.",
    )
    assert got["82nd Air Assault Brigade"][1:] == ("UKR", "context")
    both = "Russian and Ukrainian officers said the 82nd Air Assault Brigade had moved."
    assert linked(full, both).get("82nd Air Assault Brigade", (None, None))[1] is None  # two states: none


def test_a_city_naming_a_time_zone_after_a_clock_time_is_no_actor():
    analyzer = dictionary_only()
    assert "Moscow" not in dict(found(analyzer, "Flows stopped at 8 a.m. Moscow time on Wednesday."))
    assert "Kyiv" not in dict(found(analyzer, "The sirens sounded at 03:40 Kyiv time."))
    # without a clock time it is the city (or its government)
    assert "Moscow" in dict(found(analyzer, "Officials said it was time Moscow time paid."))
    assert "Moscow" in dict(found(analyzer, "Kyiv blamed Moscow for the attack."))


@needs_pipeline
def test_an_unnamed_states_body_is_the_state_the_document_opens_with_when_none_dominates(full):
    body = (
        " Putin, Erdogan, Macron and Aliyev praised the deal. About 60% voted for it, according to the Central "
        "Polling Commission."
    )
    got = linked(full, "Uzbekistan picks a Russian firm to build its dam." + body)
    name = next(n for n in got if n.startswith("Central Polling"))
    assert got[name][1:] == ("UZB", "context")
    # a document that opens with no state: no state is guessed
    other = linked(full, "Voters backed a Russian firm to build a dam." + body)
    assert all(v[1] is None for n, v in other.items() if n.startswith("Central Polling"))


@needs_pipeline
def test_a_company_named_of_its_country_is_one_name(full):
    got = linked(full, "He also owns Electric Networks of Moldova, the country's sole power distributor.")
    assert "Electric Networks of Moldova" in got and "Moldova" not in got
    # a company's name before "of" and a place that goes on (a longer name) is left as NER gave it
    other = linked(full, "He also owns Electric Networks of Moldova Holding, a distributor.")
    assert "Electric Networks of Moldova" not in other

"""Issue 14, round 8: the classes the blind set wider9 showed, on invented sentences with their negatives."""

from __future__ import annotations

from .actor_helpers import doc_of, linked, needs_pipeline


def _all(analyzer, *texts):  # type: ignore[no-untyped-def]
    """surface -> (affiliation, origin) over every block of a document of ``texts``."""
    out = {}
    for block in analyzer.analyze(doc_of(*texts)).blocks:
        for m in block.mentions:
            actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
            out[m.text] = (actor.affiliation if actor else None, m.origin)
    return out


@needs_pipeline
def test_a_surname_two_people_of_one_state_share_is_that_states(full):
    got = _all(
        full,
        "Gurbanguly Berdimuhamedow opened the new gas plant near Mary on Tuesday.",
        "His son Serdar Berdimuhamedow later flew to Ashgabat for the talks.",
        "Exports will double, Berdimuhamedow told the cabinet on Friday.",
    )
    assert got["Berdimuhamedow"] == ("TKM", "context")
    # people of two states sharing the last name: the surname alone is neither's
    other = _all(
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
    got = _all(full, *texts)
    assert got["Alexandru Ciobanaşu"] == ("MDA", "context")
    # a visitor named beside a second state keeps no state of the document's
    visit = _all(full, *texts, "Sandu met Ciprian Voiculescu in Chișinău, and Romania promised gas.")
    assert visit["Ciprian Voiculescu"] == (None, "ner")

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.errors import QuoteNotFound
from store.notebook.anchoring import anchor_for, find_quote, resolve

from .notes_helpers import make_doc

P1 = "Armenia and Azerbaijan met in Moscow on Friday under Russian mediation."
P2 = (
    "After nine hours of talks the foreign ministers agreed on a humanitarian ceasefire, "
    "Sergei Lavrov said, adding that the details would be settled by the Red Cross."
)
P3 = "Observers in Yerevan were cautious; previous truces had collapsed within hours."


def passage(doc, where):
    return doc.blocks[where.block].text[where.start : where.end]


def test_anchor_for_keeps_quote_and_context():
    doc = make_doc(P1, P2, P3)
    start = P2.index("humanitarian")
    anchor = anchor_for(doc, 1, start, start + len("humanitarian ceasefire"))
    assert anchor.exact == "humanitarian ceasefire"
    assert anchor.prefix == P2[start - 32 : start]
    assert anchor.suffix == P2[anchor.end : anchor.end + 32]
    whole = anchor_for(doc, 0)
    assert (whole.start, whole.end, whole.exact, whole.prefix) == (0, len(P1), P1, "")


@pytest.mark.parametrize("args", [(5, 0, 3), (0, 5, 5), (0, 3, 2), (0, -1, 4), (0, 0, 10_000)])
def test_anchor_for_rejects_bad_spans(args):
    with pytest.raises(ValueError):
        anchor_for(make_doc(P1), *args)


def test_find_quote_first_occurrence_and_spacing():
    doc = make_doc(P1, P2 + " humanitarian ceasefire again", P3)
    anchor = find_quote(doc, "humanitarian   ceasefire")
    assert (anchor.block, anchor.exact) == (1, "humanitarian ceasefire")
    assert anchor.start == P2.index("humanitarian")
    with pytest.raises(QuoteNotFound, match="not found"):
        find_quote(doc, "a passage that is not there")
    with pytest.raises(QuoteNotFound):
        find_quote(doc, "   ")


def test_unchanged_document_is_exact():
    doc = make_doc(P1, P2, P3)
    anchor = find_quote(doc, "Sergei Lavrov said")
    where = resolve(anchor, doc)
    assert where.status == "exact"
    assert passage(doc, where) == "Sergei Lavrov said"
    assert resolve(None, doc).status == "document"


def test_text_inserted_before_passage_moves_it():
    doc = make_doc(P1, P2, P3)
    anchor = find_quote(doc, "Sergei Lavrov said")
    edited = make_doc("A new first paragraph.", P1, "Breaking: " + P2, P3, doc_id="doc-2")
    where = resolve(anchor, edited)
    assert where.status == "moved"
    assert where.block == 2
    assert passage(edited, where) == "Sergei Lavrov said"


def test_repeated_quote_is_told_apart_by_context():
    first = "The ceasefire held in the north for a day."
    second = "Later the ceasefire collapsed in the south amid shelling."
    doc = make_doc(first, second)
    anchor = anchor_for(doc, 1, second.index("ceasefire"), second.index("ceasefire") + len("ceasefire"))
    edited = make_doc("Intro.", first, "Intro two.", second, doc_id="doc-2")
    where = resolve(anchor, edited)
    assert where.status == "moved"
    assert where.block == 3
    assert passage(edited, where) == "ceasefire"


def test_slightly_edited_passage_is_found_fuzzily():
    doc = make_doc(P1, P2, P3)
    quote = "the foreign ministers agreed on a humanitarian ceasefire"
    anchor = find_quote(doc, quote)
    edited_p2 = P2.replace("agreed on a humanitarian", "agreed to a humanitarian")
    edited = make_doc("Update at 10:00.", P1, edited_p2, P3, doc_id="doc-2")
    where = resolve(anchor, edited)
    assert where.status == "fuzzy"
    assert where.block == 2
    found = passage(edited, where)
    assert "agreed to a humanitarian ceasefire" in found
    assert len(found) <= len(quote) + 4


def test_deleted_passage_is_detached_not_dropped():
    doc = make_doc(P1, P2, P3)
    anchor = find_quote(doc, "the details would be settled by the Red Cross")
    edited = make_doc(P1, "After nine hours of talks, nothing was agreed.", P3, doc_id="doc-2")
    where = resolve(anchor, edited)
    assert where.status == "detached"
    assert where.block is None
    assert not where.placed


def test_similar_sentence_elsewhere_does_not_steal_a_deleted_quote():
    original = "The minister said the talks had failed after the second round."
    doc = make_doc(original, P3)
    anchor = find_quote(doc, original)
    edited = make_doc("The minister said the talks would resume next week in Geneva.", P3, doc_id="doc-2")
    assert resolve(anchor, edited).status == "detached"


def test_short_quote_only_reattaches_exactly():
    doc = make_doc("Putin spoke.", P3)
    anchor = find_quote(doc, "Putin")
    assert resolve(anchor, make_doc("Putkin spoke.", P3, doc_id="d2")).status == "detached"


def test_anchor_beyond_the_end_of_a_shorter_document_is_safe():
    doc = make_doc(P1, P2, P3)
    anchor = find_quote(doc, "previous truces had collapsed")
    where = resolve(anchor, make_doc(P3, doc_id="d2"))
    assert where.status == "moved" and where.block == 0
    assert resolve(anchor, make_doc("Nothing left.", doc_id="d3")).status == "detached"


words = st.lists(st.sampled_from("alpha beta gamma delta Москва Ереван 🙂 [x] ,".split()), min_size=6, max_size=40)


@settings(max_examples=60, deadline=None)
@given(words=words, before=st.text(max_size=30), data=st.data())
def test_any_quote_survives_text_inserted_before_it(words, before, data):
    text = " ".join(words)
    doc = make_doc(text)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    anchor = anchor_for(doc, 0, start, end)
    assert resolve(anchor, doc).status == "exact"
    edited = make_doc(before + text, doc_id="d2")
    where = resolve(anchor, edited)
    assert where.status in ("exact", "moved")
    assert passage(edited, where) == anchor.exact

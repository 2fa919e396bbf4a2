"""The filter's pass over many documents (store/corpus/filter_pass.py) keeps exactly what its predicate keeps
one document at a time, in the same order, while it asks about the marked documents only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from store.corpus.filter_pass import FilterPass, FilterTexts
from store.corpus.library import Summary
from store.corpus.search import DocumentFilter, path_key

WORDS = ["gas", "russia", "rus", "talks", "baku", "ann", "2020", "sochi"]


def _summary(index: int, title: str, source: str | None) -> Summary:
    return Summary(index, f"/c/doc{index}.txt", f"id{index}", title, True, "Ann", "2020-10-01", source, "utf-8")


titles = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
documents = st.lists(st.tuples(titles, st.none() | st.sampled_from(["TASS", "Baku Post"])), min_size=1, max_size=12)
tag_words = st.lists(st.sampled_from(["review", "Gas", "Turkey", "sochi-trip"]), max_size=2)
queries = st.lists(
    st.sampled_from([*WORDS, "#review", "tag:gas", "has:notes", "turkey", "doc1", "nothing"]), min_size=1, max_size=3
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(documents, st.data(), queries)
def test_select_keeps_what_the_predicate_keeps_in_the_same_order(docs, data, query):
    summaries = [_summary(i, title, source) for i, (title, source) in enumerate(docs)]
    tags = {i: data.draw(tag_words) for i in range(len(summaries)) if data.draw(st.booleans())}
    notes = {i: data.draw(st.integers(0, 2)) for i in range(len(summaries)) if data.draw(st.booleans())}
    by_path = data.draw(st.booleans())  # the notebook knows a document by its path (its text changed since)
    marked = {
        path_key(summaries[i]) if by_path else summaries[i].doc_id
        for i in {*tags, *notes}
        if tags.get(i) or notes.get(i)
    }
    asked: list[int] = []

    def tags_of(summary: Summary) -> list[str]:
        asked.append(summary.index)
        return tags.get(summary.index, [])

    parsed = DocumentFilter.parse(query)
    one_by_one = parsed.predicate(tags_of=tags_of, notes_of=lambda s: notes.get(s.index, 0))
    passing = FilterPass(
        parsed, FilterTexts(), tags_of=tags_of, notes_of=lambda s: notes.get(s.index, 0), marked=lambda: marked
    )
    positions = data.draw(
        st.none() | st.permutations(range(len(summaries))).flatmap(lambda p: st.just(list(p[: len(p) // 2 + 1])))
    )
    candidates = range(len(summaries)) if positions is None else positions
    expected = [p for p in candidates if one_by_one(summaries[p])]
    asked.clear()
    assert passing.select(summaries, positions) == expected
    assert set(asked) <= {*tags, *notes}  # only the marked documents were asked about


def test_the_texts_grow_with_the_list_and_start_again_for_another():
    texts = FilterTexts()
    summaries = [_summary(0, "Gas talks", None)]
    assert texts.update(summaries) == ["gas talks ann 2020-10-01 doc0.txt"]
    summaries.append(_summary(1, "Baku", "TASS"))
    assert texts.update(summaries)[1] == "baku tass ann 2020-10-01 doc1.txt"
    assert texts.positions_of(["id1", "/c/doc0.txt", "id9"]) == {0, 1}
    other = [_summary(5, "Sochi", None)]
    assert texts.update(other) == ["sochi ann 2020-10-01 doc5.txt"]
    assert texts.positions_of(["id1"]) == set()

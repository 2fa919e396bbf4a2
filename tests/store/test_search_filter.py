"""The sidebar filter's predicate: words in title/source/author/date/file name or tags; #tags; has:notes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from store.corpus.library import Summary
from store.corpus.search import DocumentFilter


def _summary(index: int, title: str, source: str | None = None) -> Summary:
    return Summary(index, f"/c/doc{index}.txt", f"id{index}", title, True, "Ann Author", "2020-10-01", source, "utf-8")


DOCS = [_summary(0, "Putin in Sochi", "TASS"), _summary(1, "Erdogan and Aliyev"), _summary(2, "Minsk Group talks")]
TAGS = {1: ["Turkey", "Review"], 2: ["review"]}
NOTES = {0: 2}


def _keep(query: str) -> list[int]:
    predicate = DocumentFilter.parse(query).predicate(
        tags_of=lambda s: TAGS.get(s.index, []), notes_of=lambda s: NOTES.get(s.index, 0)
    )
    return [s.index for s in DOCS if predicate(s)]


def test_words_match_fields_and_tags_case_insensitively():
    assert _keep("putin") == [0]
    assert _keep("tass sochi") == [0]
    assert _keep("doc2.txt") == [2]
    assert _keep("turkey") == [1]
    assert _keep("ann 2020-10") == [0, 1, 2]
    assert _keep("putin turkey") == []


def test_tags_and_notes_are_required_when_asked():
    assert _keep("#review") == [1, 2]
    assert _keep("tag:Review minsk") == [2]
    assert _keep("#review #turkey") == [1]
    assert _keep("#nothing") == []
    assert _keep("has:notes") == [0]
    assert _keep("has:notes #review") == []
    assert _keep("") == [0, 1, 2]


def test_a_query_typed_on_narrows_the_one_before_it():
    parse = DocumentFilter.parse
    assert parse("rus").narrows(parse("ru"))
    assert parse("russia talks").narrows(parse("russia"))
    assert parse("russia #review").narrows(parse("rus"))
    assert parse("has:notes ru").narrows(parse("ru"))
    assert parse("putin").narrows(parse(""))
    assert not parse("ru").narrows(parse("rus"))  # erased: more documents may match
    assert not parse("ru").narrows(parse("ru #review"))
    assert not parse("ru").narrows(parse("has:notes ru"))
    assert not parse("sia").narrows(parse("ru"))


WORDS = ["putin", "sochi", "tass", "turkey", "review", "minsk", "doc", "ann", "2020", "erdogan"]


@given(
    st.lists(st.sampled_from(WORDS + ["#review", "#turkey", "has:notes", "o", "in", "s"]), max_size=3),
    st.lists(st.sampled_from(WORDS + ["#review", "#turkey", "has:notes", "o", "in", "s"]), max_size=3),
)
def test_a_narrowing_query_never_keeps_a_document_the_one_before_it_hid(before, after):
    """The sidebar filters only the entries shown when the query narrows (tui/widgets/sidebar.py): sound only
    if nothing the earlier query hid can match the later one."""
    first, second = DocumentFilter.parse(" ".join(before)), DocumentFilter.parse(" ".join(after))
    if second.narrows(first):
        assert set(_keep(" ".join(after))) <= set(_keep(" ".join(before)))

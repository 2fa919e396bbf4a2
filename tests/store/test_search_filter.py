"""The sidebar filter's predicate: words in title/source/author/date/file name or tags; #tags; has:notes."""

from __future__ import annotations

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

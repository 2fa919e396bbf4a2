"""DocumentView.mention_at is indexed by start; it must answer exactly as a scan of the list would,
also after the rules replace or extend a text's mentions, and with overlapping mentions."""

from hypothesis import given, settings
from hypothesis import strategies as st

from store.actors.document_view import DocumentView, Tokens
from store.model import Mention


class _Dictionary:
    actors: dict = {}


class _Matcher:
    dictionary = _Dictionary()


def _scan(mentions, char):
    return next((m for m in mentions if m.start <= char < m.end), None)


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=25)
chars = st.lists(st.integers(0, 70), max_size=10)


@settings(max_examples=300, deadline=None)
@given(spans=spans, more=spans, chars=chars)
def test_mention_at_answers_as_a_scan_of_the_list_does(spans, more, chars):
    mentions = [Mention(a, a + n, "x", None, "X", "dictionary") for a, n in spans]
    d = DocumentView([Tokens("", [], [])], [tuple(mentions)], _Matcher())  # type: ignore[arg-type]
    for c in chars:
        assert d.mention_at(0, c) is _scan(d.mentions[0], c)
    d.mentions[0] = d.mentions[0][::-1]  # a rule replaces the list
    for c in chars:
        assert d.mention_at(0, c) is _scan(d.mentions[0], c)
    d.mentions[0].extend(Mention(a, a + n, "y", None, "Y", "ner") for a, n in more)  # or extends it
    for c in chars:
        assert d.mention_at(0, c) is _scan(d.mentions[0], c)


ranges = st.lists(st.tuples(st.integers(0, 70), st.integers(0, 10)), max_size=10)


@settings(max_examples=300, deadline=None)
@given(spans=spans, more=spans, ranges=ranges)
def test_overlapping_answers_as_a_scan_of_the_list_does(spans, more, ranges):
    mentions = [Mention(a, a + n, "x", None, "X", "dictionary") for a, n in spans]
    d = DocumentView([Tokens("", [], [])], [tuple(mentions)], _Matcher())  # type: ignore[arg-type]

    def check():
        for start, n in ranges:
            expected = [m for m in d.mentions[0] if m.start < start + n and start < m.end]
            found = d.overlapping(0, start, start + n)
            assert len(found) == len(expected) and all(a is b for a, b in zip(found, expected, strict=True))
            assert d.covered(0, start, start + n) == bool(expected)

    check()
    d.mentions[0] = d.mentions[0][::-1]
    check()
    d.mentions[0].extend(Mention(a, a + n, "y", None, "Y", "ner") for a, n in more)
    check()

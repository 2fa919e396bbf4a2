"""Actors across a corpus: counts, dates, time series, company ranking and occurrences, on a small
hand-built corpus whose answers are worked out here."""

from __future__ import annotations

import math

import pytest

from store.actors.actor_columns import Columns
from store.actors.corpus_stats import CorpusActors, llr, period_of
from store.actors.doc_actors import doc_actors
from store.actors.passages import passage_span, sentence_bounds
from store.model import Actor, Block, Document, Mention

ACTORS = {
    "putin": Actor("putin", "Vladimir Putin", "person", "RUS"),
    "erdogan": Actor("erdogan", "Recep Tayyip Erdoğan", "person", "TUR"),
    "aliyev": Actor("aliyev", "Ilham Aliyev", "person", "AZE"),
    "pashinyan": Actor("pashinyan", "Nikol Pashinyan", "person", "ARM"),
}
NAMES = {"Putin": "putin", "Erdogan": "erdogan", "Aliyev": "aliyev", "Pashinyan": "pashinyan"}


def block(text: str) -> Block:
    """A paragraph whose mentions are every capitalised name of NAMES in it (plus one unlinked entity)."""
    mentions = []
    for word, actor_id in NAMES.items():
        start = text.find(word)
        while start >= 0:
            mentions.append(Mention(start, start + len(word), word, actor_id, "PERSON", "dictionary"))
            start = text.find(word, start + 1)
    if "Smith" in text:
        s = text.index("Smith")
        mentions.append(Mention(s, s + 5, "Smith", None, "PERSON", "ner"))
    return Block("paragraph", text, tuple(sorted(mentions, key=lambda m: m.start)))


def doc(doc_id: str, date: str | None, *texts: str) -> Document:
    return Document(doc_id, f"/c/{doc_id}.txt", doc_id, None, date, None, tuple(block(t) for t in texts))


CORPUS = [
    doc("A", "2020-10-01", "Putin met Erdogan.", "Putin spoke.", "Aliyev and Pashinyan."),
    doc("B", "2020-10-20", "Putin and Erdogan again.", "Putin, Putin and Smith."),
    doc("C", "2020-12-05", "Aliyev and Pashinyan met Putin.", "Aliyev and Pashinyan."),
    doc("D", None, "Putin.", "No one."),
    doc("E", "2020-11-03", "Erdogan and Aliyev.", "Erdogan called Aliyev."),
]
BLOCKS = 3 + 2 + 2 + 2 + 2  # every block counts as a unit of co-mention


@pytest.fixture
def corpus() -> CorpusActors:
    return CorpusActors.from_records([doc_actors(d) for d in CORPUS], ACTORS)


def test_table_counts_mentions_documents_and_dates(corpus):
    rows = {r.actor_id: r for r in corpus.rows}
    assert set(rows) == set(ACTORS)  # the unlinked "Smith" is no actor
    putin = rows["putin"]
    assert (putin.mentions, putin.documents, putin.first, putin.last) == (2 + 3 + 1 + 1, 4, "2020-10-01", "2020-12-05")
    assert (putin.name, putin.kind, putin.affiliation) == ("Vladimir Putin", "person", "RUS")
    erdogan = rows["erdogan"]
    assert (erdogan.mentions, erdogan.documents, erdogan.first, erdogan.last) == (4, 3, "2020-10-01", "2020-11-03")
    aliyev = rows["aliyev"]
    assert (aliyev.mentions, aliyev.documents, aliyev.first, aliyev.last) == (1 + 2 + 2, 3, "2020-10-01", "2020-12-05")
    assert [r.actor_id for r in corpus.rows] == ["putin", "aliyev", "erdogan", "pashinyan"]  # mentions, then name
    assert corpus.total_units == BLOCKS
    assert corpus.undated_documents == 1


def test_an_actor_only_in_undated_documents_has_no_dates():
    only = CorpusActors.from_records([doc_actors(doc("X", None, "Putin."))], ACTORS)
    assert (only.rows[0].first, only.rows[0].last) == (None, None)
    timeline = only.timeline("putin")
    assert timeline.labels == () and timeline.undated_documents == 1


def test_timeline_by_month_fills_empty_months_and_counts_undated(corpus):
    timeline = corpus.timeline("putin", "month")
    assert timeline.labels == ("2020-10", "2020-11", "2020-12")
    assert timeline.counts == (2 + 3, 0, 1)
    assert (timeline.undated_documents, timeline.undated_mentions) == (1, 1)


def test_timeline_by_iso_week(corpus):
    # 2020-10-01 is a Thursday of ISO week 40, 2020-10-20 a Tuesday of week 43, 2020-12-05 a Saturday of week 49
    timeline = corpus.timeline("putin", "week")
    assert timeline.labels == tuple(f"2020-W{w}" for w in range(40, 50))
    assert timeline.counts == (2, 0, 0, 3, 0, 0, 0, 0, 0, 1)
    assert period_of("2021-01-01", "week") == "2020-W53"  # ISO years, not calendar years


def g2(both: int, a: int, b: int, n: int) -> float:
    """G² = 2 Σ O ln(O/E) over the 2x2 table, written out independently of the module's entropy form."""
    observed = [both, a - both, b - both, n - a - b + both]
    expected = [a * b / n, a * (n - b) / n, (n - a) * b / n, (n - a) * (n - b) / n]
    return 2 * sum(o * math.log(o / e) for o, e in zip(observed, expected, strict=True) if o)


def test_log_likelihood_matches_the_textbook_form():
    assert llr(2, 2, 3, 4) == pytest.approx(g2(2, 4, 5, 11))
    assert llr(10, 0, 0, 10) == pytest.approx(g2(10, 10, 10, 20))


def test_company_is_ranked_by_association_not_frequency(corpus):
    # Erdogan shares 2 blocks with Putin (named in 6 blocks) and 2 with Aliyev (named in 5):
    # the same count, but Aliyev is the stronger association; Putin no more than chance (2*11 <= 4*6).
    pmi = corpus.company("erdogan", min_count=1, measure="pmi")
    assert [c.actor_id for c in pmi] == ["aliyev", "putin"]
    assert pmi[0].score == pytest.approx(math.log2(2 * BLOCKS / (4 * 5)))
    assert pmi[1].score == pytest.approx(math.log2(2 * BLOCKS / (4 * 6)))
    assert (pmi[0].together, pmi[0].alone) == (2, 5)
    ranked = corpus.company("erdogan", min_count=1)
    assert [c.actor_id for c in ranked] == ["aliyev"]
    assert ranked[0].score == pytest.approx(g2(2, 4, 5, BLOCKS))


def test_company_minimum_count(corpus):
    # Aliyev and Pashinyan share 3 blocks; Putin shares 1 with each: below the default minimum of 2
    assert [c.actor_id for c in corpus.company("aliyev")] == ["pashinyan", "erdogan"]
    assert [(c.actor_id, c.together) for c in corpus.company("pashinyan")] == [("aliyev", 3)]
    assert corpus.company("pashinyan", min_count=4) == []


def occurrences(corpus: CorpusActors, actor_id: str, together_with: str | None = None):
    records = {d.id: doc_actors(d) for d in CORPUS}
    return [o for doc_id, _ in corpus.documents_of(actor_id, together_with)
            for o in records[doc_id].occurrences(actor_id, together_with)]  # fmt: skip


def test_occurrences_in_date_order_and_together_with(corpus):
    assert corpus.documents_of("putin") == [("A", "2020-10-01"), ("B", "2020-10-20"), ("C", "2020-12-05"), ("D", None)]
    every = occurrences(corpus, "putin")
    assert [(o.doc_id, o.block) for o in every] == [
        ("A", 0),
        ("A", 1),
        ("B", 0),
        ("B", 1),
        ("B", 1),
        ("C", 0),
        ("D", 0),
    ]
    text = CORPUS[1].blocks[1].text
    assert [text[o.start : o.end] for o in every if o.doc_id == "B" and o.block == 1] == ["Putin", "Putin"]
    assert corpus.documents_of("putin", "erdogan") == [("A", "2020-10-01"), ("B", "2020-10-20")]
    both = occurrences(corpus, "putin", together_with="erdogan")
    assert [(o.doc_id, o.block, o.date) for o in both] == [("A", 0, "2020-10-01"), ("B", 0, "2020-10-20")]
    assert corpus.documents_of("nobody") == [] and corpus.company("nobody") == []


def test_a_subset_of_documents_counts_only_those(corpus):
    part = CorpusActors(corpus.columns.take([4, 1]), ACTORS)  # E and B
    rows = {r.actor_id: (r.mentions, r.documents, r.first, r.last) for r in part.rows}
    assert rows == {"erdogan": (3, 2, "2020-10-20", "2020-11-03"), "aliyev": (2, 1, "2020-11-03", "2020-11-03"),
                    "putin": (3, 1, "2020-10-20", "2020-10-20")}  # fmt: skip
    assert part.total_units == 2 + 2
    assert [c.actor_id for c in part.company("erdogan", min_count=1, measure="pmi")] == ["aliyev", "putin"]
    assert part.documents_of("erdogan") == [("B", "2020-10-20"), ("E", "2020-11-03")]


def test_columns_concatenate_with_different_actor_tables(corpus):
    first = Columns.build([doc_actors(d) for d in CORPUS[:2]])
    second = Columns.build([doc_actors(d) for d in CORPUS[2:]])
    assert first.ids != second.ids
    joined = CorpusActors(Columns.concat([second, first]), ACTORS)
    assert sorted(joined.rows, key=lambda r: r.actor_id) == sorted(corpus.rows, key=lambda r: r.actor_id)
    assert [(c.actor_id, c.together) for c in joined.company("aliyev")] == [
        (c.actor_id, c.together) for c in corpus.company("aliyev")
    ]


def test_by_period_puts_every_actor_on_one_axis(corpus):
    axis, rows = corpus.by_period("month", top=2)
    assert axis == ["2020-10", "2020-11", "2020-12"]
    assert [(r.actor_id, counts) for r, counts in rows] == [("putin", [5, 0, 1]), ("aliyev", [1, 2, 2])]


def test_sentences_and_passages():
    text = "Mr. Putin arrived. Then U.S. officials met Erdogan! Nothing else happened"
    bounds = sentence_bounds(text)
    assert [text[s:e] for s, e in bounds] == [
        "Mr. Putin arrived.",
        "Then U.S. officials met Erdogan!",
        "Nothing else happened",
    ]
    start = text.index("Erdogan")
    s, e = passage_span(text, start, start + 7)
    assert text[s:e] == "Then U.S. officials met Erdogan!"
    long = ("word " * 200) + "Putin " + ("word " * 200)
    start = long.index("Putin")
    s, e = passage_span(long, start, start + 5)
    assert s < start and e > start + 5 and e - s <= 320 and long[s:e].startswith("word")


def test_a_date_that_does_not_parse_counts_as_undated():
    corpus = CorpusActors.from_records(
        [doc_actors(doc("X", "2020-13-45", "Putin.")), doc_actors(doc("Y", "2021-02-03", "Putin."))], ACTORS
    )
    assert (corpus.rows[0].first, corpus.rows[0].last) == ("2021-02-03", "2021-02-03")
    assert corpus.undated_documents == 1
    assert corpus.documents_of("putin") == [("Y", "2021-02-03"), ("X", "2020-13-45")]


def test_title_mentions_count_like_the_body_s():
    from store.actors.doc_actors import TITLE_BLOCK, DocActors, counted_mentions
    from store.actors.passages import passages_of

    title = "Erdogan calls Aliyev"
    headed = Document(
        "T",
        "/c/T.txt",
        title,
        None,
        "2021-01-05",
        None,
        (block("Putin spoke."), block("Comment: Putin again.")),
        title_mentions=(
            Mention(0, 7, "Erdogan", "erdogan", "PERSON", "dictionary"),
            Mention(14, 20, "Aliyev", "aliyev", "PERSON", "dictionary"),
        ),
    )
    assert [(b, m.text) for b, m in counted_mentions(headed)] == [
        (TITLE_BLOCK, "Erdogan"), (TITLE_BLOCK, "Aliyev"), (0, "Putin"), (1, "Putin")
    ]  # fmt: skip
    record = doc_actors(headed)
    assert record.block_count == 3  # the title is a unit of co-mention of its own
    assert record.units()[0] == {"erdogan", "aliyev"}
    corpus = CorpusActors.from_records([*(doc_actors(d) for d in CORPUS), record], ACTORS)
    rows = {r.actor_id: (r.mentions, r.documents, r.last) for r in corpus.rows}
    assert rows["erdogan"] == (5, 4, "2021-01-05") and rows["aliyev"] == (6, 4, "2021-01-05")
    assert corpus.total_units == BLOCKS + 3
    assert ("T", "2021-01-05") in corpus.documents_of("erdogan", "aliyev")
    [(b, s, e, text)] = [p for p in passages_of(headed, record) if p[0] == TITLE_BLOCK]
    assert (s, e, text) == (0, len(title), title)
    # the same record from the analysis cache's rows (title first), as the corpus index reads them
    cached = [[(0, 7, "erdogan"), (14, 20, "aliyev")], [(0, 5, "putin")], [(9, 14, "putin"), (16, 20, None)]]
    assert DocActors.from_texts("T", "2021-01-05", cached) == record
    assert DocActors.from_texts("U", None, [[], [(0, 5, "putin")]]).block_count == 1  # a title naming no one

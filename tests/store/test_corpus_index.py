"""The corpus actors index (records from the analysis cache only) and its exports (CSV, Markdown,
GraphML and GEXF read back with networkx)."""

from __future__ import annotations

import base64
import csv
import io

import networkx as nx
import pytest

from store.actors.actor_columns import Columns
from store.actors.analysis import Analyzer
from store.actors.corpus_export import network, network_bytes, table_csv, table_markdown
from store.actors.corpus_index import ActorIndex, _encode
from store.actors.corpus_stats import CorpusActors
from store.actors.doc_actors import doc_actors
from store.actors.passages import passage_around, passage_for, text_of
from store.cache import AnalysisCache
from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.store.test_corpus_stats import ACTORS, CORPUS


@pytest.fixture
def analyzer(tmp_path) -> Analyzer:
    return Analyzer(ner=False, user_actors=False, cache=AnalysisCache(tmp_path / "cache"))


def test_index_reads_the_analysis_cache_by_id_and_never_analyses(analyzer):
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    summaries, _ = library.summaries(range(len(library)))
    index = ActorIndex(analyzer, library.roots)
    assert not any(index.known(s.doc_id, s.date) for s in summaries)  # nothing analysed yet: all pending
    assert analyzer.tokenized_texts == 0
    docs = analyzer.analyze_many(library.document(s.index) for s in summaries[:3])
    assert [index.known(s.doc_id, s.date) for s in summaries] == [True, True, True, False, False]
    expected = CorpusActors.from_records([doc_actors(d) for d in docs], analyzer.actors)
    got = CorpusActors(index.columns([s.doc_id for s in summaries]), analyzer.actors)
    assert got.rows == expected.rows and got.documents == 3
    assert index.record(docs[0].id, docs[0].date) == doc_actors(docs[0])
    assert index.save(keep=[s.doc_id for s in summaries])

    fresh = ActorIndex(Analyzer(ner=False, user_actors=False, cache=analyzer.cache), library.roots)
    assert fresh.load() == 3 and len(fresh) == 3
    assert CorpusActors(fresh.columns([d.id for d in docs] + ["unknown"]), analyzer.actors).rows == expected.rows


def test_passages_are_cut_once_then_kept(analyzer):
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    doc = analyzer.analyze(library.document(0))
    index = ActorIndex(analyzer, library.roots)
    record = index.record(doc.id, doc.date)
    assert index.passages(doc.id) is None
    cut = index.keep_passages(library.document(0), record)
    assert index.passages(doc.id) == cut
    for b, s, e, _ in record.mentions:
        found = passage_for(cut, b, s, e)
        assert found is not None
        text = text_of(doc, b)  # the title for block -1
        assert found[3] == text[found[1] : found[2]] and found[1] <= s < e <= found[2]
    assert any(b == -1 for b, *_ in record.mentions)  # the first bundled document's title names actors


def test_a_title_passage_is_cut_from_the_title_not_the_last_block(analyzer):
    """A title mention (block -1) not among the kept passages is cut from the title, never from blocks[-1]."""
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    doc = analyzer.analyze(library.document(0))
    record = doc_actors(doc)
    b, s, e, _ = next(m for m in record.mentions if m[0] == -1)
    block, ps, pe, text = passage_around(doc, b, s, e)
    assert block == -1 and text == (doc.title or "")[ps:pe] and ps <= s < e <= pe
    assert text not in doc.blocks[-1].text
    last = len(doc.blocks) - 1
    assert passage_around(doc, last, 0, 1)[3] in doc.blocks[last].text
    with pytest.raises(IndexError):
        passage_around(doc, len(doc.blocks), 0, 1)
    with pytest.raises(IndexError):
        passage_around(doc, -2, 0, 1)


def test_a_dictionary_change_drops_old_records(analyzer, tmp_path):
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    doc = library.document(0)
    analyzer.analyze(doc)
    index = ActorIndex(analyzer, library.roots)
    assert index.known(doc.id, doc.date)
    key = index.key
    other = Analyzer(ner=False, user_actors=tmp_path / "mine.toml", cache=analyzer.cache)
    other.add_actor("Grace Napolitano", "person", affiliation="USA")
    assert other.result_key != key
    assert not ActorIndex(other, library.roots).known(doc.id, doc.date)


def test_corrupt_combined_file_is_ignored(analyzer):
    index = ActorIndex(analyzer, ["/nowhere"])
    analyzer.cache.put(index._corpus_file(), {"format": 1, "ids": ["x"], "doc_ids": ["a"], "dates": [None]})
    assert index.load() == 0
    good = _encode(Columns.build([doc_actors(d) for d in CORPUS]))
    broken = dict(good, entry_actor=base64.b64encode(b"\xff\xff\xff\x7f").decode())
    analyzer.cache.put(index._corpus_file(), broken)
    assert ActorIndex(analyzer, ["/nowhere"]).load() == 0
    analyzer.cache.put(index._corpus_file(), good)
    again = ActorIndex(analyzer, ["/nowhere"])
    assert again.load() == len(CORPUS)
    assert again.load() == 0 and len(again) == len(CORPUS)  # read once


@pytest.fixture
def corpus() -> CorpusActors:
    return CorpusActors.from_records([doc_actors(d) for d in CORPUS], ACTORS)


def test_table_as_csv_and_markdown(corpus):
    rows = list(csv.DictReader(io.StringIO(table_csv(corpus.rows))))
    assert [r["id"] for r in rows] == [r.actor_id for r in corpus.rows]
    assert rows[0] == {"id": "putin", "name": "Vladimir Putin", "kind": "person", "affiliation": "RUS",
                       "mentions": "7", "documents": "4", "first": "2020-10-01", "last": "2020-12-05"}  # fmt: skip
    md = table_markdown(corpus.rows).splitlines()
    assert md[0] == "| id | name | kind | affiliation | mentions | documents | first | last |"
    assert md[2] == "| putin | Vladimir Putin | person | RUS | 7 | 4 | 2020-10-01 | 2020-12-05 |"
    assert len(md) == 2 + len(corpus.rows)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_read_back_with_networkx(corpus, fmt):
    graph = network(corpus, min_count=2)
    data = network_bytes(graph, fmt)
    back = nx.read_graphml(io.BytesIO(data)) if fmt == "graphml" else nx.read_gexf(io.BytesIO(data))
    assert set(back.nodes) == set(ACTORS)
    # blocks naming both, worked out from the corpus: Putin-Erdogan 2 (A0, B0), Aliyev-Pashinyan 3 (A2, C0, C1),
    # Erdogan-Aliyev 2 (E0, E1); Putin-Aliyev and Putin-Pashinyan 1 (C0): below the minimum
    weights = {tuple(sorted((a, b))): int(float(d["weight"])) for a, b, d in back.edges(data=True)}
    assert weights == {("erdogan", "putin"): 2, ("aliyev", "pashinyan"): 3, ("aliyev", "erdogan"): 2}
    putin = back.nodes["putin"]
    assert putin["kind"] == "person" and putin["affiliation"] == "RUS" and int(putin["mentions"]) == 7
    assert putin["label"] == "Vladimir Putin"
    everything = network(corpus, min_count=1)
    assert everything.number_of_edges() == 5

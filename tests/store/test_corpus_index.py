"""The corpus actors index (records from the analysis cache only) and its exports (CSV, Markdown,
GraphML and GEXF read back with networkx)."""

from __future__ import annotations

import base64
import csv
import io

import networkx as nx
import pytest

from store.actors.analysis import Analyzer
from store.actors.corpus_export import network, network_bytes, table_csv, table_markdown
from store.actors.corpus_index import ActorIndex, _encode, passage_for, remember
from store.actors.corpus_stats import Columns, CorpusActors, doc_actors
from store.cache import AnalysisCache
from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.store.test_corpus_stats import ACTORS, CORPUS


@pytest.fixture
def analyzer(tmp_path) -> Analyzer:
    return Analyzer(ner=False, user_actors=False, cache=AnalysisCache(tmp_path / "cache"))


def test_index_reads_the_analysis_cache_and_never_analyses(analyzer, tmp_path):
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    plain = library.document(0)
    index = ActorIndex(analyzer, library.roots)
    analyzer.dictionary  # noqa: B018 - loaded, as the app's analyzer is by then
    assert index.add(plain) is None  # not analysed yet: pending, and nothing was run
    assert analyzer.tokenized_texts == 0
    analysed = analyzer.analyze(plain)
    record = index.add(plain)
    assert record == doc_actors(analysed)
    assert record.mentions and all(a in analyzer.actors for _, _, _, a in record.mentions)
    assert index.save(keep=[plain.id])

    fresh = ActorIndex(Analyzer(ner=False, user_actors=False, cache=analyzer.cache), library.roots)
    assert fresh.load() == 1
    assert fresh.known(plain.id) and len(fresh) == 1
    expected = CorpusActors.from_records([record], analyzer.actors)
    assert CorpusActors(fresh.columns([plain.id, "unknown"]), analyzer.actors).rows == expected.rows
    assert fresh.record(plain.id) == record
    passages = fresh.passages(plain.id)
    b, s, e, _ = record.mentions[0]
    found = passage_for(passages, b, s, e)
    assert found is not None
    text = plain.blocks[b].text
    assert found[3] == text[found[1] : found[2]] and found[1] <= s < e <= found[2]


def test_documents_analysed_elsewhere_are_known_from_their_own_file(analyzer):
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    docs = analyzer.analyze_many(library.document(i) for i in range(3))
    for doc in docs:
        remember(analyzer.cache, analyzer.result_key, doc)  # as the Analyzer does when it analyses
    index = ActorIndex(analyzer, library.roots)
    assert all(index.known(d.id) for d in docs) and not index.known("nope")
    columns = index.columns([d.id for d in docs])
    assert CorpusActors(columns, analyzer.actors).rows == CorpusActors.from_records(
        [doc_actors(d) for d in docs], analyzer.actors
    ).rows


def test_a_dictionary_change_drops_old_records(analyzer, tmp_path):
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    doc = library.document(0)
    analyzer.analyze(doc)
    index = ActorIndex(analyzer, library.roots)
    assert index.add(doc) is not None
    key = index.key
    other = Analyzer(ner=False, user_actors=tmp_path / "mine.toml", cache=analyzer.cache)
    other.add_actor("Grace Napolitano", "person", affiliation="USA")
    assert other.result_key != key
    assert not ActorIndex(other, library.roots).known(doc.id)


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

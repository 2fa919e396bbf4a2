"""``actorlens analyze``: a Dask LocalCluster of two workers fills the cache the app reads."""

from __future__ import annotations

import pytest

from store.actors.analysis import Analyzer
from store.cache import AnalysisCache
from store.corpus.library import Library
from tests.conftest import SEEDS
from tui.cli import main

distributed = pytest.importorskip("distributed", reason="Dask is not installed (pip install 'actorlens[cluster]')")


def _seed_documents():
    library = Library([SEEDS], summary_cache=False)
    return [library.document(i) for i in range(len(library))]


def _assert_all_cached(ner: bool) -> None:
    """The app's Analyzer finds every seed analysed: no NER, no tokenizing, mentions present."""
    analyzer = Analyzer(ner=ner, cache=AnalysisCache())
    docs = analyzer.analyze_many(_seed_documents())
    assert analyzer.ner_texts == 0
    assert analyzer.tokenized_texts == 0
    assert all(any(b.mentions for b in doc.blocks) for doc in docs)
    putin = [m for doc in docs for b in doc.blocks for m in b.mentions if m.actor_id == "vladimir-putin"]
    assert putin


def test_analyze_on_a_local_cluster_of_two_workers_fills_the_app_cache(capsys):
    assert main(["analyze", str(SEEDS), "--workers", "2", "--quiet"]) == 0
    out = capsys.readouterr()
    assert "5 documents analysed" in out.out
    assert "dask LocalCluster (2 workers)" in out.out
    assert "docs/s" in out.out
    assert "will not find those results" not in out.err
    _assert_all_cached(ner=True)


def test_analyze_with_a_scheduler_address_writes_the_results_here(capsys):
    # A cluster started elsewhere: the workers send their cache entries back and this process writes them.
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        code = main(["analyze", str(SEEDS), "--scheduler", cluster.scheduler_address, "--no-ner", "--quiet"])
    assert code == 0
    out = capsys.readouterr().out
    assert f"dask cluster at {cluster.scheduler_address}" in out
    assert "5 documents analysed" in out
    _assert_all_cached(ner=False)


def test_without_dask_a_scheduler_is_refused_in_one_line(monkeypatch, capsys):
    monkeypatch.setattr("store.actors.parallel.dask_available", lambda: False)
    assert main(["analyze", str(SEEDS), "--scheduler", "tcp://127.0.0.1:1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "pip install 'actorlens[cluster]'" in err


def test_the_local_process_pool_fills_the_same_cache(capsys):
    assert main(["analyze", str(SEEDS), "--local", "--workers", "2", "--no-ner", "--quiet"]) == 0
    assert "process pool (2 processes)" in capsys.readouterr().out
    _assert_all_cached(ner=False)

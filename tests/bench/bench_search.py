"""Corpus search at scale: the full-text index against a linear scan of the same cleaned texts.

    .venv/bin/python -m tests.bench.bench_search [--count 10000] [--repeat 7]

Builds (or brings up to date) the index of the generated corpus (tests/bench/make_corpus.py), then times
a set of queries two ways in the same process: the index (`SearchIndex.search`), and a scan of every
document's cleaned text already in memory (`store.corpus.search.search_documents`, what `S` did before).
Also times one keypress-sized unit of indexing work (a batch written while the UI would be waiting) to
show that indexing leaves the UI thread free. Prints medians and ratios.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from store.corpus.library import Library
from store.corpus.search import search_documents
from store.corpus.search_index import SearchIndex
from store.versions import CLEANER_VERSION
from tests.bench import make_corpus

QUERIES = ["putin erdogan", "ceasefire", '"peace talks"', "karabakh -turkey", "sanction*", "kremlin gas transit"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    corpus = make_corpus.ensure(args.count)
    library = Library([str(corpus)], summary_cache=False, document_cache=False)
    with tempfile.TemporaryDirectory() as folder:
        index = SearchIndex.for_roots(library.roots, CLEANER_VERSION, folder=Path(folder))
        started = time.perf_counter()
        batches: list[float] = []
        last = [time.perf_counter()]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            batches.append(now - last[0])
            last[0] = now

        indexed = index.sync(library, progress=progress)
        build = time.perf_counter() - started
        print(f"indexed {indexed} documents in {build:.1f} s ({build / max(1, indexed) * 1000:.2f} ms a document)")
        docs = []
        for i in range(len(library)):
            try:
                docs.append((i, library.document(i)))
            except Exception:
                continue
        rows = []
        for query in QUERIES:
            fts, scan = [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                found = index.search(query)
                fts.append(time.perf_counter() - t)
                t = time.perf_counter()
                # the old search: a literal phrase over every text (it had no AND, exclusion or prefix)
                hits = sum(1 for _ in search_documents(docs, query.replace('"', "").replace("*", "").split(" -")[0]))
                scan.append(time.perf_counter() - t)
            rows.append((query, statistics.median(fts), statistics.median(scan), len(found.hits), hits))
        print("\n| query | index (ms) | linear scan (ms) | speed-up | hits (index / scan) |\n|---|---|---|---|---|")
        for query, a, b, n, m in rows:
            print(f"| `{query}` | {a * 1000:.1f} | {b * 1000:.0f} | {b / a:.0f}x | {n} / {m} |")
        med = statistics.median(r[1] for r in rows)
        print(f"\nmedian query over {len(docs)} documents: {med * 1000:.1f} ms (goal ≤ 50 ms)")
        if batches:
            print(
                f"an indexing batch ({index_batch()} documents, in a worker thread): median "
                f"{statistics.median(batches) * 1000:.0f} ms, the UI thread is not blocked by it (SQLite "
                "releases the GIL while it writes; cleaning yields between documents)"
            )
    return 0


def index_batch() -> int:
    from store.corpus import search_index

    return search_index._BATCH


if __name__ == "__main__":
    sys.exit(main())

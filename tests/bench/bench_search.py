"""Corpus search at scale: the full-text index against a linear scan, and the app's keys while it indexes.

    .venv/bin/python -m tests.bench.bench_search [--count 10000] [--repeat 7] [--keys 40] [--no-keys]

1. Builds the index of the generated corpus (tests/bench/make_corpus.py) in a fresh folder, in this
   process, as the app's worker does (cleaning in a child process), and times it.
2. Times a set of queries two ways in the same process: the index (``SearchIndex.search``), and a linear
   scan of every document's cleaned text already in memory (as the index holds it), folded once
   beforehand, with the same query semantics (every word, phrases, exclusions, prefixes: ``Query``
   regular expressions over each block). Prints medians and their ratio.
3. Keys while the index builds (tmux, the real ``actorlens`` command, as tests/bench/bench_e2e.py does):
   with the corpus's summaries cached and an empty search index, presses ``j``/``k`` in the document list
   and types in the search (``S``) while the app indexes in the background, then again once the index is
   complete (the same run, the same background analysis of the corpus going on): milliseconds from the
   key to the changed screen, p50 / p95 / p99, and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

from store.corpus.library import Library
from store.corpus.search_index import Query, SearchIndex
from store.corpus.search_indexer import keep_current
from store.versions import CLEANER_VERSION
from tests.bench import make_corpus

QUERIES = ["putin erdogan", "ceasefire", '"peace talks"', "karabakh -turkey", "sanction*", "kremlin gas transit"]
OUT = Path(__file__).resolve().parent / "out"
INDEX = OUT / "search-index"


def linear_scan(folded: list[tuple[str, list[str]]], query: Query, limit: int = 200) -> int:
    """Passages (blocks) of every document that have every included term and no excluded one."""
    include = [re.compile(t.regex()) for t in query.include]
    exclude = [re.compile(t.regex()) for t in query.exclude]
    found = 0
    for title, blocks in folded:
        for text in (title, *blocks):
            if all(p.search(text) for p in include) and not any(p.search(text) for p in exclude):
                found += 1
    return min(found, limit * 3)


def bench_index(count: int, rebuild: bool) -> SearchIndex:
    """The corpus's index in tests/bench/out/search-index (built once; ``rebuild``: from nothing)."""
    corpus = make_corpus.ensure(count)
    library = Library([str(corpus)], summary_cache=False, document_cache=False)
    index = SearchIndex.for_roots(library.roots, CLEANER_VERSION, folder=INDEX)
    if rebuild:
        index.discard()
    started = time.perf_counter()
    indexed = keep_current(index, library.sources)
    build = time.perf_counter() - started
    if indexed:
        print(f"indexed {indexed} documents in {build:.1f} s ({build / indexed * 1000:.2f} ms a document,")
        print("  cleaning in a child process at a lower priority, as the app does; the machine's load counts)")
    print(f"index file: {index.path.stat().st_size / 1e6:.0f} MB for {index.count()} documents")
    return index


def cached_texts(index: SearchIndex) -> list[tuple[str, list[str]]]:
    """Every document's cleaned title and blocks as the index holds them, folded once (case, and the
    combining accents of Latin letters: enough for a baseline)."""
    marks = re.compile("[\u0300-\u036f]")
    by_path: dict[bytes, list[str]] = {}
    with sqlite3.connect(f"file:{index.path}?mode=ro", uri=True) as conn:
        for path, _block, text in conn.execute("SELECT path, block, text FROM blocks ORDER BY path, block"):
            by_path.setdefault(bytes(path), []).append(marks.sub("", unicodedata.normalize("NFKD", text)).casefold())
    return [(blocks[0], blocks[1:]) for blocks in by_path.values()]


def bench_queries(repeat: int, index: SearchIndex) -> None:
    folded = cached_texts(index)
    rows = []
    for text in QUERIES:
        query = Query.parse(text)
        fts, scan = [], []
        for _ in range(repeat):
            t = time.perf_counter()
            found = index.search(text)
            fts.append(time.perf_counter() - t)
            t = time.perf_counter()
            hits = linear_scan(folded, query)
            scan.append(time.perf_counter() - t)
        rows.append((text, statistics.median(fts), statistics.median(scan), len(found.hits), hits))
    print("\n| query | index (ms) | linear scan of the folded texts (ms) | ratio | passages (index, 3 a doc / scan) |")
    print("|---|---|---|---|---|")
    for text, a, b, n, m in rows:
        print(f"| `{text}` | {a * 1000:.1f} | {b * 1000:.0f} | {b / a:.0f}x | {n} / {m} |")
    med = statistics.median(r[1] for r in rows)
    base = statistics.median(r[2] for r in rows)
    print(
        f"\nmedian query over {len(folded)} documents: index {med * 1000:.1f} ms (goal ≤ 50 ms), "
        f"linear scan {base * 1000:.0f} ms: {base / med:.0f}x"
    )


# ── keys while indexing ───────────────────────────────────────────────────────────────────────────


def indexed_count(home: Path) -> int:
    folder = home / "cache" / "search"
    total = 0
    for path in folder.glob("*.sqlite"):
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
                total += conn.execute("SELECT count(*) FROM files").fetchone()[0]
        except sqlite3.Error:
            pass
    return total


def bench_keys(count: int, keys: int, built_index: Path) -> None:
    from tests.bench.bench_e2e import Pane, actorlens_command, actorlens_ready, bench_env, pct

    if shutil.which("tmux") is None:
        print("\n(keys while indexing: tmux is not installed, skipped)")
        return
    corpus = make_corpus.ensure(count)
    home = OUT / "search-home"
    env = bench_env(home)
    env["ACTORLENS_NER"] = "off"
    # the sidebar's summaries cached, as on any start after the first (quick when they are already)
    print("\nthe corpus's summaries in the cache…", flush=True)
    code = (
        f"from store.corpus.library import Library; lib = Library([{str(corpus)!r}]); "
        "lib.summaries(range(len(lib))); lib.save_summaries()"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True)

    def measure(pane: Pane) -> dict[str, list[float]]:
        found: dict[str, list[float]] = {"j/k in the list": [], "typing in the search (S)": []}
        for i in range(keys):
            value = pane.key("j" if i % 2 == 0 else "k")
            if value is not None:
                found["j/k in the list"].append(value)
        pane.key("S")
        pane.settle(0.1)
        for i in range(keys):
            value = pane.key("BSpace" if i % 2 else "x", timeout=3)
            if value is not None:
                found["typing in the search (S)"].append(value)
        pane.key("Escape")
        pane.settle(0.1)
        return found

    def session(built: Path | None) -> tuple[dict[str, list[float]], str]:
        """One start of the app with the analysis cache empty (the background analysis runs in both
        sessions alike) and the search index complete (``built`` copied in) or empty (being built)."""
        for folder in ("search", "analysis"):
            shutil.rmtree(home / "cache" / folder, ignore_errors=True)
        shutil.rmtree(home / "state", ignore_errors=True)
        if built is not None:
            (home / "cache" / "search").mkdir(parents=True)
            shutil.copy(built, home / "cache" / "search" / built.name)
        pane = Pane(env, 120, 40)
        try:
            pane.start(actorlens_command() + [str(corpus)])
            if pane.wait(actorlens_ready, timeout=120, escapes=False) is None:
                raise RuntimeError("never painted")
            if built is None:
                deadline = time.perf_counter() + 120
                while indexed_count(home) == 0 and time.perf_counter() < deadline:
                    time.sleep(0.05)
            else:
                time.sleep(2)  # the same moment after the start as the indexing run (about)
            before = indexed_count(home)
            found = measure(pane)
            return found, f"index had {before} → {indexed_count(home)} of {count} documents"
        finally:
            pane.kill()

    idle, idle_note = session(built_index)
    print(f"\nindex complete: {idle_note}")
    during, during_note = session(None)
    print(f"while indexing: {during_note}")
    print("\n| key | while indexing: p50 / p95 / p99 | index complete: p50 / p95 / p99 | ratio of medians | goal |")
    print("|---|---|---|---|---|")
    for name in during:
        a, b = during[name], idle[name]
        if not a or not b:
            print(f"| {name} | {len(a)} answers | {len(b)} answers | – | ≤ 50 ms |")
            continue
        cells = [" / ".join(f"{pct(v, q):.0f}" for q in (0.5, 0.95, 0.99)) + " ms" for v in (a, b)]
        ratio = statistics.median(a) / statistics.median(b)
        print(f"| {name} | {cells[0]} | {cells[1]} | {ratio:.2f}x | ≤ 50 ms |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--no-keys", action="store_true", help="only the queries (no tmux)")
    parser.add_argument("--no-queries", action="store_true", help="only the keys while indexing")
    parser.add_argument("--rebuild", action="store_true", help="build the benchmark's index again from nothing")
    args = parser.parse_args(argv)
    index = bench_index(args.count, args.rebuild)
    if not args.no_queries:
        bench_queries(args.repeat, index)
    if not args.no_keys:
        index.close()
        bench_keys(args.count, args.keys, index.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

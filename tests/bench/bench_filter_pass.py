"""The sidebar filter's pass over 10,000 documents: the texts tested at once (store/corpus/filter_pass.py)
against the predicate asked about every document (as before), in the same run.

    .venv/bin/python -m tests.bench.bench_filter_pass [--documents 10000] [--repeat 30]

Generated summaries (tests/bench/bench_sidebar.py; no files, no /work/shared) and a notebook stand-in as
the app's (a cached lookup of each document's tags and notes; 50 documents with a tag or a note). Each query
is typed letter by letter; the first letter tests every document, the next ones only those still shown (as
the sidebar does). Prints, per query, the median time of a keystroke's pass, before and now, and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from store.corpus.filter_pass import FilterPass, FilterTexts
from store.corpus.library import Summary
from store.corpus.search import DocumentFilter, haystack, path_key
from tests.bench.bench_sidebar import summaries

QUERIES = ["putin", "the kremlin", "moscow review", "#review", "has:notes sign"]


def typed(query: str) -> list[str]:
    return [query[:n] for n in range(1, len(query) + 1) if query[:n].strip()]


def one_by_one(parsed: DocumentFilter, sources: dict[str, Callable], items: list[Summary], shown: list[int] | None):
    keep = parsed.predicate(tags_of=sources["tags_of"], notes_of=sources["notes_of"])
    candidates = range(len(items)) if shown is None else shown
    return [p for p in candidates if keep(items[p])]


def at_once(parsed: DocumentFilter, sources: dict[str, Callable], items: list[Summary], shown: list[int] | None):
    return FilterPass(parsed, sources["texts"], **{k: v for k, v in sources.items() if k != "texts"}).select(
        items, shown
    )


def run(
    items: list[Summary], sources: dict[str, Callable], query: str, way: Callable
) -> tuple[float, float, list[int]]:
    """Seconds of the first keystroke's pass (every document), the median of the others', and what the whole
    query keeps."""
    times: list[float] = []
    shown: list[int] | None = None
    previous: DocumentFilter | None = None
    for text in typed(query):
        parsed = DocumentFilter.parse(text)
        narrowing = previous is not None and parsed.narrows(previous)
        started = time.perf_counter()
        shown = way(parsed, sources, items, shown if narrowing else None)
        times.append(time.perf_counter() - started)
        previous = parsed
    return times[0], statistics.median(times[1:] or times), shown or []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    items = summaries(args.documents)
    for item in items:  # as the listing worker does
        haystack(item)
        path_key(item)
    infos: dict[str, tuple[tuple[str, ...], int]] = {}
    step = len(items) // 50
    marked = {items[i].doc_id: ((("review",) if i % (2 * step) else ()), i % 3) for i in range(1, len(items), step)}

    def info_of(summary: Summary) -> tuple[tuple[str, ...], int]:
        info = infos.get(summary.doc_id)
        if info is None:
            info = infos[summary.doc_id] = marked.get(summary.doc_id, ((), 0))
        return info

    sources = {
        "tags_of": lambda s: info_of(s)[0],
        "notes_of": lambda s: info_of(s)[1],
        "marked": lambda: frozenset(marked),
        "texts": FilterTexts(),
    }
    print(
        f"{args.documents} documents, {len(marked)} with a tag or a note; median ms a keystroke, {args.repeat} rounds"
    )
    for query in QUERIES:
        before: list[tuple[float, float]] = []
        now: list[tuple[float, float]] = []
        for _ in range(args.repeat):  # alternately
            *old_times, old_kept = run(items, sources, query, one_by_one)
            *new_times, new_kept = run(items, sources, query, at_once)
            assert old_kept == new_kept, query
            before.append(tuple(old_times))
            now.append(tuple(new_times))
        cells = []
        for which, name in ((0, "first letter"), (1, "next letters")):
            b = statistics.median(t[which] for t in before) * 1000
            n = statistics.median(t[which] for t in now) * 1000
            cells.append(f"{name} {b:5.2f} -> {n:5.2f} ms = {n / b:.2f}x")
        print(f"  {query!r:17} {' · '.join(cells)}  ({len(new_kept)} kept)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

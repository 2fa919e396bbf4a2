"""Sidebar summaries of a large corpus's new files, made in a child process.

    for good, bad, done in summaries_in_order(library, start, stop=...):
        ...  # in the library's order, a batch at a time

Run from a worker thread of the app. Summaries the summary cache has (store/corpus/summaries.py) are read
in the calling thread (a stat and a lookup each). Files it lacks are read and cleaned (about 1.7 ms an
article: 17 s for 10,000 on a first start): from ``PROCESS_FROM`` of them, in one child process, spawned
at a lower priority and dying with the app (store/actors/orphans.py), a batch or two ahead of the caller,
so the app's own process holds the interpreter's lock for none of that work and the kernel gives the
processor to the app first; below that, in the calling thread, as ``Library.summaries`` does.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from store.corpus.files import SourceFile
from store.errors import ActorlensError, DocumentError

if TYPE_CHECKING:  # pragma: no cover
    from store.corpus.library import Library, Summary

PROCESS_FROM = 200  # files not in the summary cache: from this many, a child process cleans them
CHILD_NICENESS = 10  # the child's priority below the app's
AHEAD = 2  # batches the child works on ahead of the caller

Batch = tuple[list["Summary"], list[str], bool]  # summaries, one line per file that could not be opened, last


def summary_entry(source: SourceFile) -> list[Any]:
    """A summary cache entry for one file, read and cleaned now: [mtime_ns, size, doc_id, title, has_title,
    author, date, source, encoding], or [mtime_ns, size, None, reason] for a file that cannot be a
    document. The stamp is taken before reading (an edit while reading is seen); (0, 0) if unknown."""
    from store.corpus.documents import load
    from store.corpus.isolated import ISOLATE_BYTES, load_isolated
    from store.corpus.summaries import stamp

    before = stamp(str(source.path)) or (0, 0)
    try:
        doc = load_isolated(source) if before[1] > ISOLATE_BYTES else load(source)
    except DocumentError as exc:
        return [*before, None, exc.reason]
    return [*before, doc.id, doc.display_title, doc.title is not None, doc.author, doc.date, doc.source, doc.encoding]


def _entries(sources: list[SourceFile]) -> list[list[Any]]:
    return [summary_entry(source) for source in sources]


def _child_start(parent: int) -> None:
    from store.actors.orphans import die_with_parent

    die_with_parent(parent)
    try:
        os.nice(CHILD_NICENESS)
    except (OSError, AttributeError):
        pass


def summaries_in_order(
    library: Library,
    start: int = 0,
    *,
    batch: int = 500,
    stop: Callable[[], bool] = lambda: False,
    between: Callable[[], object] = lambda: None,
    process_from: int = PROCESS_FROM,
) -> Iterator[Batch]:
    """Summaries of the documents from ``start`` on, in order, ``batch`` at a time. ``stop`` ends it
    between two files; ``between`` is called before each file summarised in this thread (the app's
    threads step aside there while the user types)."""
    total = len(library)
    missing = 0
    for index in range(start, total):  # how many files the cache lacks (a stat and a lookup each)
        if stop():
            return
        try:
            if library.cached_summary(index) is None:
                missing += 1
        except DocumentError:
            pass
    if missing < process_from:
        for first in range(start, total, batch):
            if stop():
                return
            last = min(total, first + batch)
            good, bad = library.summaries(_calling(range(first, last), between, stop))
            yield good, bad, last >= total
        return
    yield from _with_child(library, start, batch, stop)


def _calling(items: range, between: Callable[[], object], stop: Callable[[], bool]) -> Iterator[int]:
    for item in items:
        if stop():
            return
        between()
        yield item


def _with_child(library: Library, start: int, batch: int, stop: Callable[[], bool]) -> Iterator[Batch]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures import TimeoutError as FutureTimeout
    from concurrent.futures.process import BrokenProcessPool

    from store.actors.orphans import start_resource_tracker, stop_workers

    total = len(library)
    start_resource_tracker()
    pool = ProcessPoolExecutor(
        1, mp_context=multiprocessing.get_context("spawn"), initializer=_child_start, initargs=(os.getpid(),)
    )
    pending: deque[tuple[range, list[Summary | str | int], Future[list[list[Any]]] | None]] = deque()
    firsts = iter(range(start, total, batch))

    def submit() -> None:
        first = next(firsts, None)
        if first is None:
            return
        span = range(first, min(total, first + batch))
        found: list[Summary | str | int] = []  # a summary, a problem, or the index of one to make
        for index in span:
            try:
                summary = library.cached_summary(index)
                found.append(index if summary is None else summary)
            except DocumentError as exc:
                found.append(str(exc))
        wanted = [library.sources[i] for i in found if isinstance(i, int)]
        pending.append((span, found, pool.submit(_entries, wanted) if wanted else None))

    try:
        for _ in range(AHEAD):
            submit()
        while pending:
            span, found, future = pending[0]
            entries: list[list[Any]] = []
            while future is not None:
                if stop():
                    return
                try:
                    entries = future.result(timeout=0.1)
                    break
                except FutureTimeout:
                    continue
                except BrokenProcessPool:
                    raise ActorlensError("the process listing the documents ended unexpectedly") from None
            pending.popleft()
            submit()
            made = iter(entries)
            good: list[Summary] = []
            bad: list[str] = []
            for item in found:
                if isinstance(item, int):
                    try:
                        good.append(library.add_summary(item, next(made)))
                    except DocumentError as exc:
                        bad.append(str(exc))
                elif isinstance(item, str):
                    bad.append(item)
                else:
                    good.append(item)
            library.save_summaries_if_due()
            yield good, bad, span.stop >= total
    finally:
        stop_workers(pool)

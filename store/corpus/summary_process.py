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

from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from store.corpus.files import SourceFile
from store.errors import DocumentError

if TYPE_CHECKING:  # pragma: no cover
    from store.corpus.library import Library, Summary

PROCESS_FROM = 200  # files not in the summary cache: from this many, a child process cleans them
AHEAD = 2  # batches the child works on ahead of the caller

Batch = tuple[list["Summary"], list[str], bool]  # summaries, one line per file that could not be opened, last


def summary_entry(source: SourceFile) -> list[Any]:
    """A summary cache entry for one file, read and cleaned now: [mtime_ns, size, doc_id, title, has_title,
    author, date, source, encoding], or [mtime_ns, size, None, reason] for a file that cannot be a
    document. The stamp is taken before reading (an edit while reading is seen); (0, 0) if unknown."""
    from store.corpus.isolated import load_by_size
    from store.corpus.summaries import stamp

    before = stamp(str(source.path)) or (0, 0)
    try:
        doc = load_by_size(source, before[1])
    except DocumentError as exc:
        return [*before, None, exc.reason]
    return [*before, doc.id, doc.display_title, doc.title is not None, doc.author, doc.date, doc.source, doc.encoding]


def _entries(sources: list[SourceFile]) -> list[list[Any]]:
    return [summary_entry(source) for source in sources]


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
    between two files; ``between`` is called before each file this thread looks up or summarises (the
    app's threads step aside there while the user types)."""
    total = len(library)
    missing = 0
    for index in range(start, total):  # how many files the cache lacks (a stat and a lookup each)
        if stop():
            return
        between()
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
    yield from _with_child(library, start, batch, stop, between)


def _calling(items: range, between: Callable[[], object], stop: Callable[[], bool]) -> Iterator[int]:
    for item in items:
        if stop():
            return
        between()
        yield item


def _with_child(
    library: Library, start: int, batch: int, stop: Callable[[], bool], between: Callable[[], object]
) -> Iterator[Batch]:
    # imported here: a process pool (multiprocessing, ~2 ms) is not needed to paint, nor for a small corpus
    from store.corpus.child_pool import in_order, low_priority_child

    total = len(library)

    def looked_up(first: int) -> tuple[range, list[Summary | str | int]]:
        """The batch from ``first``: for each file a summary, a problem, or its index to make one."""
        span = range(first, min(total, first + batch))
        found: list[Summary | str | int] = []
        for index in span:
            between()
            try:
                summary = library.cached_summary(index)
                found.append(index if summary is None else summary)
            except DocumentError as exc:
                found.append(str(exc))
        return span, found

    def submit(item: tuple[range, list[Summary | str | int]]) -> Future[list[list[Any]]] | None:
        wanted = [library.sources[i] for i in item[1] if isinstance(i, int)]
        return pool.submit(_entries, wanted) if wanted else None

    batches = (looked_up(first) for first in range(start, total, batch))  # looked up as each is submitted
    with low_priority_child() as pool:
        for (span, found), entries in in_order(
            batches, submit, ahead=AHEAD, stop=stop, broken="the process listing the documents ended unexpectedly"
        ):
            made = iter(entries or [])
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
            between()  # writing the cache (every few thousand summaries) holds the interpreter's lock a while
            library.save_summaries_if_due()
            yield good, bad, span.stop >= total

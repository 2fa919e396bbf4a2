"""Keeping a corpus's search index current in the background (store/corpus/search_index.py).

    indexed = keep_current(index, library.sources, stop=..., progress=..., waiting=...)

Run from a worker thread. Each file is read and cleaned afresh from disk (never the reader's copies,
which may be older than the file). From ``PROCESS_FROM`` documents to index, the cleaning and the
writing run in a child process (spawned, at a lower priority; it dies with the app:
store/actors/orphans.py), batch after batch, while the app's thread only counts them: the app's own
process does next to nothing while ten thousand documents are indexed. Only one process writes an index at a time
(``SearchIndex.writer_lock``): a second app on the same corpus waits, reporting how far the first is.
"""

from __future__ import annotations

import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.corpus.files import SourceFile
from store.corpus.isolated import ISOLATE_BYTES
from store.corpus.search_index import Loader, SearchIndex, Stamp, Work
from store.errors import ActorlensError
from store.model import Document

PROCESS_FROM = 200  # documents to (re)index: from this many, cleaning runs in a child process
CHILD_NICENESS = 10  # the cleaning process's priority below the app's
LOCK_POLL = 0.5  # seconds between two tries of the writer lock held by another process


@dataclass
class _Sources:
    """What ``SearchIndex.sync`` needs of a library: its files (documents come from the loader)."""

    sources: Sequence[SourceFile]

    def document(self, index: int) -> Document:  # pragma: no cover - the loaders read the files
        raise NotImplementedError


def clean_paths(paths: Sequence[str], isolate_large: bool = True) -> list[Document | None]:
    """Each file read and cleaned (None when it cannot be); a very large one in a child process of its
    own unless this already is one (``isolate_large=False``)."""
    from store.corpus.documents import load
    from store.corpus.isolated import load_isolated

    docs: list[Document | None] = []
    for path in paths:
        source = SourceFile(Path(path))
        try:
            large = isolate_large and os.stat(path).st_size > ISOLATE_BYTES
            docs.append(load_isolated(source) if large else load(source))
        except Exception:  # indexed as empty: not retried until the file changes
            docs.append(None)
    return docs


_CHILD_INDEX: dict[tuple[str, int], SearchIndex] = {}


def _index_in_child(path: str, cleaner_version: int, batch: Sequence[tuple[str, Stamp]]) -> None:
    """In the child: clean a batch of files and write them into the index (its own connection)."""
    index = _CHILD_INDEX.get((path, cleaner_version))
    if index is None:
        index = _CHILD_INDEX[(path, cleaner_version)] = SearchIndex(Path(path), cleaner_version)
    docs = clean_paths([p for p, _ in batch], isolate_large=False)
    index.write([(p, stamp, doc) for (p, stamp), doc in zip(batch, docs, strict=True)])


def _child_start(parent: int) -> None:
    """The child's initializer: it dies with the app, and yields the processor to it (and to the
    analysis): indexing is the least urgent work there is."""
    from store.actors.orphans import die_with_parent

    die_with_parent(parent)
    try:
        os.nice(CHILD_NICENESS)
    except (OSError, AttributeError):
        pass


def thread_loader(stop: Callable[[], bool]) -> Loader:
    def batches(work: Work) -> Iterator[list[Document | None] | None]:
        for batch in work:
            if stop():
                return
            yield clean_paths([path for _, path, _ in batch])

    return batches


def process_loader(index: SearchIndex, stop: Callable[[], bool], ahead: int = 2) -> Loader:
    """Batches cleaned and written into the index by one child process, ``ahead`` batches ahead of the
    caller (which only counts them); ``stop`` kills it."""

    def batches(work: Work) -> Iterator[list[Document | None] | None]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        from store.actors.orphans import start_resource_tracker, stop_workers

        start_resource_tracker()
        pool = ProcessPoolExecutor(
            1, mp_context=multiprocessing.get_context("spawn"), initializer=_child_start, initargs=(os.getpid(),)
        )
        try:
            queue = iter(work)
            pending: deque[Future[None]] = deque()
            where = os.fspath(index.path)

            def submit() -> None:
                batch = next(queue, None)
                if batch is not None:
                    items = [(path, stamp) for _, path, stamp in batch]
                    pending.append(pool.submit(_index_in_child, where, index.cleaner_version, items))

            for _ in range(ahead):
                submit()
            while pending:
                future = pending[0]
                while True:
                    if stop():
                        return
                    try:
                        future.result(timeout=0.1)
                        break
                    except FutureTimeout:
                        continue
                    except BrokenProcessPool:
                        raise ActorlensError("the indexing process ended unexpectedly") from None
                pending.popleft()
                submit()
                yield None
        finally:
            stop_workers(pool)

    return batches


def keep_current(
    index: SearchIndex,
    sources: Sequence[SourceFile],
    *,
    stop: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
    waiting: Callable[[int], None] | None = None,
    process_from: int = PROCESS_FROM,
) -> int:
    """Bring the index up to date with ``sources``; returns how many documents were (re)indexed.

    ``progress(done, total)`` as batches are written; ``waiting(indexed)`` while another process holds
    the writer lock (with how many files the index has so far). ``stop`` ends it between batches."""
    from filelock import Timeout

    library = _Sources(sources)
    lock: Any = index.writer_lock()
    while True:
        try:
            lock.acquire(timeout=LOCK_POLL)
            break
        except Timeout:
            if stop():
                return 0
            if waiting is not None:
                waiting(index.count())
    try:
        try:
            todo = len(index.pending(library))
        except sqlite3.Error:  # damaged: sync deletes it and indexes everything
            todo = len(sources)
        loader = process_loader(index, stop) if todo >= process_from else thread_loader(stop)
        return index.sync(library, stop, progress, loader)
    finally:
        lock.release()

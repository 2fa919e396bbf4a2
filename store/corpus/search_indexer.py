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
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.corpus.child_pool import in_order, low_priority_child
from store.corpus.files import SourceFile
from store.corpus.search_index import Loader, SearchIndex, Stamp, Work
from store.model import Document

PROCESS_FROM = 200  # documents to (re)index: from this many, cleaning runs in a child process
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
    from store.corpus.isolated import load_by_size

    docs: list[Document | None] = []
    for path in paths:
        source = SourceFile(Path(path))
        try:
            docs.append(load_by_size(source, os.stat(path).st_size if isolate_large else 0))
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
        where = os.fspath(index.path)

        def submit(batch: Any) -> Future[None]:
            items = [(path, stamp) for _, path, stamp in batch]
            return pool.submit(_index_in_child, where, index.cleaner_version, items)

        with low_priority_child() as pool:
            for _ in in_order(work, submit, ahead=ahead, stop=stop, broken="the indexing process ended unexpectedly"):
                yield None

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

"""What corpus search keeps while the app runs: the full-text index (kept current by a background
worker of the main screen), how far indexing is, the query history and the last query with its results
(so that ``S`` shows them again).

The index module is imported on first use, after the first paint (sqlite3 costs ~5 ms to import).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from store.corpus.library import Library
from store.corpus.search_history import SearchHistory

if TYPE_CHECKING:  # pragma: no cover
    from store.corpus.search_index import Found, SearchIndex

    from .main import MainScreen


@dataclass
class IndexState:
    running: bool = False
    done: int = 0  # documents (re)indexed in this run
    total: int = 0  # documents this run has to (re)index
    other: int | None = None  # another process is indexing: how many files its index has so far
    problem: str | None = None


class CorpusSearch:
    def __init__(self, screen: MainScreen, library: Library) -> None:
        self.screen = screen
        self.library = library
        self.history = SearchHistory()
        self.state = IndexState()
        self.last_query = ""
        self.last_found: Found | None = None
        self.last_highlighted: int | None = None
        self.generation = 0  # bumped whenever the index has more in it: results may be out of date
        self._index: SearchIndex | None = None
        self._paths: dict[str, int] | None = None
        self._again = False

    @property
    def index(self) -> SearchIndex:
        if self._index is None:
            from store.corpus.search_index import SearchIndex
            from store.versions import CLEANER_VERSION

            self._index = SearchIndex.for_roots(self.library.roots, CLEANER_VERSION)
        return self._index

    def doc_index(self, path: str) -> int | None:
        """The library's index of the document at path (None: not in this corpus as it was opened)."""
        if self._paths is None:
            self._paths = {os.fspath(s.path): i for i, s in enumerate(self.library.sources)}
        return self._paths.get(path)

    # ------------------------------------------------------------------ indexing
    def keep_current(self) -> None:
        """Bring the index up to date in a background worker (again after the run in progress, if any:
        a file may have changed since that run looked)."""
        if self.state.running:
            self._again = True
            return
        self.state = IndexState(running=True)
        self.screen.background.run("index_corpus", self._index_corpus, self._indexed)

    def _index_corpus(self) -> int:
        from textual.worker import get_current_worker

        from store.corpus.search_indexer import keep_current

        worker = get_current_worker()
        state = self.state

        def progress(done: int, total: int) -> None:
            state.done, state.total, state.other = done, total, None
            if done:
                self.generation += 1

        def waiting(indexed: int) -> None:
            if state.other != indexed:
                self.generation += 1
            state.other = indexed

        index = self.index
        done = keep_current(
            index, self.library.sources, stop=lambda: worker.is_cancelled, progress=progress, waiting=waiting
        )
        state.problem = index.error
        return done

    def _indexed(self, result: Any, problem: str | None) -> None:
        self.state.running = False
        self.state.other = None
        self.generation += 1
        if problem is not None:
            self.state.problem = problem
        if self._again:
            self._again = False
            self.keep_current()

    def status(self) -> str:
        """ "indexing 120/10000" while indexing, else the index's problem, else ""."""
        state = self.state
        if state.other is not None:
            return f"another actorlens is indexing: {state.other}/{len(self.library)}"
        if state.running and state.total:
            return f"indexing {state.done}/{state.total}"
        if state.running:
            return "indexing…"
        return state.problem or ""

    # ------------------------------------------------------------------ searching
    def search(self, query: str) -> Found:
        """Run on a worker thread (each thread has its own connection to the index)."""
        return self.index.search(query)

    def remember(self, query: str, found: Found | None, highlighted: int | None) -> None:
        self.last_query, self.last_found, self.last_highlighted = query, found, highlighted

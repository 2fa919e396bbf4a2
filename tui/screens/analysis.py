"""Actor analysis for the main screen: the analyzer (made on first use), the open document analysed in
the background, and the whole corpus analysed after the first paint, with progress.

Every run is a thread worker of the screen (tui/workers.py): its results come back as messages
(Analysed, AnalysisProgress), its failure through the screen's one failure handler.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from textual.worker import Worker, get_current_worker

from store.corpus.library import Library
from store.errors import DocumentError
from store.model import Document

from ..messages import Analysed, AnalysisProgress

if TYPE_CHECKING:  # pragma: no cover
    from store.actors.analysis import Analyzer

    from .main import MainScreen

PARALLEL_FROM = 200  # documents: from this corpus size, background analysis uses a process per core
CHUNK = 8  # documents analysed together in the background thread


class Analysis:
    def __init__(self, screen: MainScreen, library: Library, analyzer: Analyzer | None, ner: bool) -> None:
        self.screen = screen
        self.library = library
        self._analyzer = analyzer
        self._ner = ner

    @property
    def analyzer(self) -> Analyzer:
        """The actor analyzer, made on first use (importing it is not free and not needed to paint)."""
        if self._analyzer is None:
            from store.actors.analysis import Analyzer

            self._analyzer = Analyzer(ner=self._ner)
        return self._analyzer

    def cached(self, doc: Document) -> Document | None:
        """doc with its mentions when they are cached (not before the analyzer exists: after the first paint)."""
        return self._analyzer.cached(doc) if self._analyzer is not None else None

    def analyse_open(self, index: int, doc: Document) -> None:
        """Analyse the open document; the result comes back as Analysed (dropped if the user moved on)."""
        screen = self.screen

        def work() -> None:
            screen.post_message(Analysed(index, self.analyzer.analyze(doc)))

        screen.background.run("analyse_open", work, exclusive=True)

    def analyse_corpus(self, indices: list[int]) -> None:
        """Analyse every document in the background (results go to the cache), with progress.

        Large corpora go to a pool of processes, one per core (spaCy uses one core each); small
        ones run in the worker's thread. Quitting cancels: no new work starts, running chunks finish."""
        self.screen.background.run("analyse_corpus", lambda: self._analyse_corpus(indices), exclusive=True)

    def _analyse_corpus(self, indices: list[int]) -> None:
        worker = get_current_worker()
        post = self.screen.post_message
        total = len(indices)
        post(AnalysisProgress(0, total))
        cores = os.cpu_count() or 1
        if total >= PARALLEL_FROM and cores >= 2:
            self._analyse_in_processes(indices, cores, worker)
            return
        for start in range(0, total, CHUNK):
            if worker.is_cancelled:
                return
            docs = []
            for index in indices[start : start + CHUNK]:
                try:
                    docs.append(self.library.document(index))
                except DocumentError:
                    continue
            self.analyzer.analyze_many(docs)
            post(AnalysisProgress(min(total, start + CHUNK), total))

    def _analyse_in_processes(self, indices: list[int], cores: int, worker: Worker[None]) -> None:
        from store.actors.parallel import analyze_corpus

        post = self.screen.post_message
        total = len(indices)
        paths = [str(self.library.sources[i].path) for i in indices]

        def progress(done: int, _total: int) -> None:
            if not worker.is_cancelled:
                post(AnalysisProgress(min(done, total - 1), total))

        analyze_corpus(
            paths,
            workers=cores,
            backend="processes",
            ner=self.analyzer.has_ner,
            progress=progress,
            chunk=4,
            cancelled=lambda: worker.is_cancelled,
        )
        if not worker.is_cancelled:
            post(AnalysisProgress(total, total))

"""Actor analysis for the main screen: the analyzer (made on first use), the open document analysed in
the background, the whole corpus analysed after the first paint, with progress, and the user's own
actors and aliases (made from a selected passage).

Every run is a thread worker of the screen (tui/workers.py): its results come back as messages
(Analysed, AnalysisProgress), its failure through the screen's one failure handler.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from textual.worker import Worker, get_current_worker

from store.corpus.library import Library
from store.errors import ActorlensError, DocumentError
from store.model import Document

from ..messages import Analysed, AnalysisProgress
from ..yielding import Pace, step_aside

if TYPE_CHECKING:  # pragma: no cover
    from store.actors.analysis import Analyzer
    from store.actors.parallel import Spec
    from store.actors.service import AnalysisService

    from .main import MainScreen

PARALLEL_FROM = 200  # documents: from this corpus size, background analysis uses a process per core but one
SERVICE_CHUNK = 4  # documents a worker process analyses at a time (NER on), then the next request
CHUNK = 8  # documents analysed together in the background thread
CACHED_ON_UI_CHARS = 1_000_000  # a larger document's cached analysis is read in a worker, not on the UI thread


PROBLEM_CHARS = 100  # the first skipped file or folder, cut to this in the status line


def problems_line(problems: list[str]) -> str:
    """The status line's word on files and folders that were skipped (unreadable folders, paths longer
    than the system allows, files that are not regular or could not be read): the count and the first
    one; the notification at start lists more. Empty when nothing was skipped."""
    if not problems:
        return ""
    first = problems[0] if len(problems[0]) <= PROBLEM_CHARS else problems[0][: PROBLEM_CHARS - 1] + "…"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"Skipped {len(problems)}: {first}{more}"


class Analysis:
    def __init__(self, screen: MainScreen, library: Library, analyzer: Analyzer | None, ner: bool) -> None:
        self.screen = screen
        self.library = library
        self._analyzer = analyzer
        self._ner = ner
        self._service: AnalysisService | None = None
        self._service_lock = threading.Lock()  # asked for by the open document's and the corpus's threads
        # documents the open-document path has analysed or is analysing: the corpus analysis skips them
        # (one analysis a document; re-reading a huge one's result from the cache was a second pass)
        self._opened: set[int] = set()
        self._dictionary_loaded = False

    # ── worker processes (NER on): spaCy never loads in the app's process ──────────────────────────

    def _processes(self) -> AnalysisService | None:
        """The worker processes that analyse for the app when NER is on (dictionary-only analysis is
        light and stays in a thread); None when there is no cache for them to write into."""
        if not self._ner or self.analyzer.cache is None:
            return None
        with self._service_lock:
            if self._service is None:
                from store.actors.service import AnalysisService
                from store.priority import background_workers, usable_cores

                large = len(self.library) >= PARALLEL_FROM  # one core is the app's: 1 worker on 2 cores
                self._service = AnalysisService(background_workers(usable_cores()) if large else 1)
            return self._service

    def _spec(self) -> Spec:
        from store.actors.parallel import Spec, user_actors_bytes

        cache = self.analyzer.cache
        return Spec(ner=self._ner, user_actors=user_actors_bytes(), cache_dir=str(cache.root) if cache else None)

    def close(self) -> None:
        """The app is going: its worker processes are killed now (quitting never waits for spaCy)."""
        if self._service is not None:
            self._service.close()

    def _in_processes(self, index: int, doc: Document, worker: Worker[None]) -> Document | None:
        """doc analysed by a worker process (read back from the cache), or None: cancelled, or the
        processes could not do it (the caller then analyses in its thread)."""
        from store.actors.service import result
        from store.spawning import BrokenProcessPool

        service = self._processes()
        if service is None:
            return None
        try:
            done = result(
                service.submit([str(self.library.sources[index].path)], self._spec()), lambda: worker.is_cancelled
            )
        except BrokenProcessPool:
            service.reset()
            return None
        except ActorlensError:  # closed: the app is going
            return None
        if done is None or done.errors:
            return None
        self._load_dictionary()
        return self.analyzer.cached(doc)

    def _load_dictionary(self) -> None:
        """Parse the actor dictionary in this (worker) thread, once, while no key is being handled: ~130 ms of
        Python that holds the interpreter's lock, so a key arriving meanwhile waited for it in 5 ms turns
        (cached() answers from then on)."""
        if self._dictionary_loaded:
            return
        step_aside()
        self.analyzer.result_key  # noqa: B018 - loads the dictionary
        self._dictionary_loaded = True

    @property
    def analyzer(self) -> Analyzer:
        """The actor analyzer, made on first use (importing it is not free and not needed to paint)."""
        if self._analyzer is None:
            from store.actors.analysis import Analyzer

            self._analyzer = Analyzer(ner=self._ner)
        return self._analyzer

    def cached(self, doc: Document) -> Document | None:
        """doc with its mentions when they are cached (not before the analyzer exists: after the first paint)."""
        if self._analyzer is None or sum(len(b.text) for b in doc.blocks) > CACHED_ON_UI_CHARS:
            return None  # a large document's cached analysis is read in the analysis worker
        return self._analyzer.cached(doc)

    def edit_actor(self, phrase: str, *, new: bool) -> None:
        """Make phrase a name of an existing actor (new=False) or a new actor, in the user's dictionary."""
        from ..dialogs.actor_picker import ActorChoice, ActorPicker

        screen = self.screen
        actors = sorted(self.analyzer.actors.values(), key=lambda a: a.name.casefold())
        choices = [(a.id, f"{a.name} ({a.kind}{' · ' + a.affiliation if a.affiliation else ''})") for a in actors]

        def chosen(choice: ActorChoice | None) -> None:
            if choice is None:
                return

            def save() -> str:
                if choice.actor_id is not None:
                    self.analyzer.add_alias(choice.actor_id, phrase)
                    return f"“{phrase}” is now a name of {self.analyzer.actors[choice.actor_id].name}."
                self.analyzer.add_actor(choice.name, choice.kind, affiliation=choice.affiliation, aliases=[phrase])
                return f"New actor: {choice.name}."

            def done(message: str | None, problem: str | None) -> None:
                if problem is not None:
                    screen.notify(problem, severity="error", markup=False)
                    return
                screen.notify(message or "", timeout=4, markup=False)
                screen.reanalyse_open()

            screen.background.run("edit_actor", save, done)

        screen.app.push_screen(ActorPicker(phrase, choices, new=new), chosen)

    def analyse_open(self, index: int, doc: Document) -> None:
        """Analyse the open document; the result comes back as Analysed (dropped if the user moved on)."""
        screen = self.screen

        self._opened.add(index)

        def work() -> None:
            worker = get_current_worker()
            found = self._in_processes(index, doc, worker)
            if worker.is_cancelled:
                return  # the user moved on (or the app is going)
            screen.post_message(Analysed(index, found or self.analyzer.analyze(doc)))

        screen.background.run("analyse_open", work, exclusive=True)

    def analyse_corpus(self, indices: list[int]) -> None:
        """Analyse every document in the background (results go to the cache), with progress.

        With NER, in the worker processes (``_analyse_with``). Dictionary-only: large corpora go to a pool
        of processes at idle priority, one per core but the app's; small ones run in the worker's thread.
        Progress comes at a pace (tui/yielding.py). Quitting cancels: no new work starts."""
        self.screen.background.run("analyse_corpus", lambda: self._analyse_corpus(indices), exclusive=True)

    def _still_to_do(self, indices: list[int]) -> list[int]:
        opened = set(self._opened)
        return [i for i in indices if i not in opened]

    def _analyse_corpus(self, indices: list[int]) -> None:
        worker = get_current_worker()
        post = self.screen.post_message
        total = len(indices)
        post(AnalysisProgress(0, total))
        service = self._processes()
        if service is not None:
            self._analyse_with(service, indices, worker)
            return
        from store.priority import background_workers, usable_cores

        cores = usable_cores()
        if total >= PARALLEL_FROM and cores >= 2:
            self._analyse_in_processes(indices, background_workers(cores), worker)
            return
        pace = Pace()
        for start in range(0, total, CHUNK):
            step_aside()  # while the user types, the UI thread has the GIL to itself
            if worker.is_cancelled:
                return
            docs = []
            for index in self._still_to_do(indices[start : start + CHUNK]):
                try:
                    docs.append(self.library.document(index))
                except DocumentError:
                    continue
            self.analyzer.analyze_many(docs)
            if pace.due():
                post(AnalysisProgress(min(total, start + CHUNK), total))
        if not worker.is_cancelled:
            self._finished(total)

    def _finished(self, total: int) -> None:
        """The last progress message, with the status line made here, in the worker's thread."""
        self._load_dictionary()
        self.screen.post_message(AnalysisProgress(total, total, self.analyzer.status))

    def _analyse_with(self, service: AnalysisService, indices: list[int], worker: Worker[None]) -> None:
        """The corpus in chunks through the worker processes, one chunk in flight a process: a document
        the user opens meanwhile waits for one chunk at most. The processes start one after another (one
        more each time a chunk is done), not all at once while the app starts."""
        from concurrent.futures import FIRST_COMPLETED, Future, wait

        from store.actors.parallel import ChunkResult, chunks

        post = self.screen.post_message
        total = len(indices)
        spec = self._spec()
        queue = iter(chunks([str(self.library.sources[i].path) for i in self._still_to_do(indices)], SERVICE_CHUNK))
        pending: set[Future[ChunkResult]] = set()
        done = 0
        in_flight = 1  # grows by one with each chunk done, up to one a worker: the workers start staggered
        pace = Pace()
        while True:
            while len(pending) < in_flight:
                paths = next(queue, None)
                if paths is None:
                    break
                try:
                    pending.add(service.submit(paths, spec))
                except ActorlensError:  # closed: the app is going
                    return
            if not pending:
                break
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            if worker.is_cancelled:
                return
            for future in finished:
                chunk_result = future.result()
                done += chunk_result.documents + len(chunk_result.errors)
                in_flight = min(service.workers, in_flight + 1)
            if finished and pace.due():
                post(AnalysisProgress(min(done, total - 1), total))
        self._finished(total)

    def _analyse_in_processes(self, indices: list[int], workers: int, worker: Worker[None]) -> None:
        from store.actors.parallel import analyze_corpus

        post = self.screen.post_message
        total = len(indices)
        paths = [str(self.library.sources[i].path) for i in self._still_to_do(indices)]
        pace = Pace()

        def progress(done: int, _total: int) -> None:
            if not worker.is_cancelled and pace.due():
                post(AnalysisProgress(min(done, total - 1), total))

        analyze_corpus(
            paths,
            workers=workers,
            idle=True,
            backend="processes",
            ner=self.analyzer.has_ner,
            progress=progress,
            chunk=4,
            cancelled=lambda: worker.is_cancelled,
        )
        if not worker.is_cancelled:
            self._finished(total)

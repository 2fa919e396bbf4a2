"""Actor analysis in worker processes for a long-running caller (the app): spaCy is never imported and
NER never runs in the caller's process, so its own threads never wait for the GIL behind them.

Profiled in the app (py-spy, all threads, GIL holders): while spaCy loaded and ran in a thread of the
app, that thread held the GIL in ~3 of 4 samples (imports of spaCy, thinc and pydantic, building the
model's vocabulary and tokenizer, the dictionary matcher, NER itself), and a keypress waited up to 1.8 s
for it. Here every request is a chunk of file paths, analysed by ``parallel.analyze_chunk`` in a worker
process that writes the shared analysis cache; the caller then reads the result from the cache
(``Analyzer.cached``: no spaCy). Workers start on the first request (spawn, one spaCy each) and die
with the caller however it ends (store/actors/orphans.py), at idle priority from their first instruction
(store/priority.py: SCHED_IDLE, else nice 19), so that they take a processor only when the app does not
want it; ``close`` kills them at once.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future

from store.actors.parallel import ChunkResult, Spec, analyze_chunk
from store.errors import ActorlensError
from store.spawning import ProcessPoolExecutor


def _start_worker(parent: int) -> None:
    """Run in each worker as it starts: it dies with the caller, and yields the processor to it (the
    parent lowered it already; this covers the threads and systems where that did not happen)."""
    from store.actors.orphans import die_with_parent
    from store.priority import lower_priority

    die_with_parent(parent)
    lower_priority()


def _lower_resource_tracker() -> None:
    """multiprocessing's resource tracker (a Python process of its own, started with the first pool) at idle
    priority too: its start-up (~30 ms of processor time) fell among the first start's keys at normal priority."""
    from store.priority import lower_priority
    from store.spawning import resource_tracker

    pid = getattr(getattr(resource_tracker, "_resource_tracker", None), "_pid", None)
    if isinstance(pid, int) and pid > 0:
        lower_priority(pid)


class AnalysisService:
    def __init__(self, workers: int = 1) -> None:
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False

    @property
    def started(self) -> bool:
        return self._pool is not None

    def pids(self) -> list[int]:
        """The worker processes running now."""
        pool = self._pool
        return [p.pid for p in list((getattr(pool, "_processes", None) or {}).values()) if p.pid is not None]

    def submit(self, paths: Sequence[str], spec: Spec) -> Future[ChunkResult]:
        """Analyse these files in a worker process (their results go to ``spec.cache_dir``)."""
        with self._lock:
            if self._closed:
                raise ActorlensError("the analysis has stopped")
            if self._pool is None:
                from store.actors.orphans import start_resource_tracker
                from store.priority import idle_spawn_context

                start_resource_tracker()
                _lower_resource_tracker()
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=idle_spawn_context(),  # spawned (the caller has threads: never fork), at idle priority
                    initializer=_start_worker,
                    initargs=(os.getpid(),),
                )
            return self._pool.submit(analyze_chunk, list(paths), spec)

    def reset(self) -> None:
        """Drop a broken pool (a worker died): the next request starts new workers."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            from store.actors.orphans import stop_workers

            stop_workers(pool)

    def close(self) -> None:
        """Kill the workers now (a running chunk is lost: its cache writes are atomic) and refuse more."""
        with self._lock:
            self._closed = True
        self.reset()


def result(future: Future[ChunkResult], cancelled: Callable[[], bool], poll: float = 0.05) -> ChunkResult | None:
    """The future's result, or None as soon as ``cancelled()`` says so (checked every ``poll`` s)."""
    while True:
        try:
            return future.result(timeout=poll)
        except TimeoutError:
            if cancelled():
                return None

"""Pre-compute the analysis cache of a corpus on several cores or machines (``actorlens analyze``).

The unit of work is a chunk of file paths: a worker process reads and cleans them and analyses them
with an Analyzer of its own (built once a process: spaCy loads once), which writes the analysis cache
the app reads (store/cache.py; same keys: document id, cleaner, pipeline and dictionary digest).

Two ways to run the chunks:
- ``backend="dask"``: dask.distributed (the optional ``cluster`` extra). A LocalCluster of ``workers``
  processes on this machine, or the cluster whose scheduler address is given. On a remote cluster the
  workers see the corpus at the same paths (a shared file system) and send their cache entries back:
  this process writes them into the local cache.
- ``backend="processes"``: a local process pool (no extra needed); the fallback without Dask.

spaCy is imported only in the workers; this module imports neither spaCy nor Dask at import time.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.cache import AnalysisCache
from store.errors import ActorlensError, DocumentError

Progress = Callable[[int, int], None]  # (documents done, total)
CHUNK = 16  # files a task: big enough to batch spaCy, small enough to balance and show progress


@dataclass(frozen=True)
class Spec:
    """What a worker needs to build the same Analyzer as this process."""

    ner: bool = True
    user_actors: bytes | None = None  # the user's dictionary file (the cache key covers its digest)
    cache_dir: str | None = None  # write here directly (same machine or shared disk); None: send entries back


@dataclass
class ChunkResult:
    documents: int = 0
    mentions: int = 0
    characters: int = 0
    errors: list[str] = field(default_factory=list)
    entries: dict[str, Any] = field(default_factory=dict)  # cache key -> value, when not written directly
    identity: tuple[str | None, str] = (None, "")  # (pipeline package, dictionary digest) of the worker


@dataclass
class Report:
    documents: int
    errors: list[str]
    mentions: int
    characters: int
    seconds: float
    backend: str
    warnings: list[str] = field(default_factory=list)

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0


class _CollectingCache(AnalysisCache):
    """A cache that keeps what the analyzer writes in memory (to be sent back) and reads nothing."""

    def __init__(self) -> None:
        super().__init__(root=os.devnull)
        self.entries: dict[str, Any] = {}

    def get(self, key: str) -> Any | None:
        return self.entries.get(key)

    def put(self, key: str, value: Any) -> bool:
        self.entries[key] = value
        return True


_ANALYZERS: dict[Spec, Any] = {}


def _analyzer(spec: Spec) -> Any:
    """This process's Analyzer for spec (built once: loading spaCy is the expensive part)."""
    analyzer = _ANALYZERS.get(spec)
    if analyzer is None:
        from store.actors.analysis import Analyzer

        user: Path | bool = False
        if spec.user_actors is not None:
            import tempfile

            folder = Path(tempfile.mkdtemp(prefix="actorlens-worker-"))
            user = folder / "actors.toml"
            user.write_bytes(spec.user_actors)
        cache: AnalysisCache = AnalysisCache(spec.cache_dir) if spec.cache_dir else _CollectingCache()
        analyzer = _ANALYZERS[spec] = Analyzer(ner=spec.ner, user_actors=user, cache=cache)
        analyzer.warm_up()
    return analyzer


def analyze_chunk(paths: Sequence[str], spec: Spec) -> ChunkResult:
    """The task a worker runs: read, clean and analyse these files (errors are reported, not raised)."""
    from store.corpus.documents import load
    from store.corpus.files import SourceFile

    analyzer = _analyzer(spec)
    result = ChunkResult()
    docs = []
    for path in paths:
        try:
            docs.append(load(SourceFile(Path(path))))
        except DocumentError as exc:
            result.errors.append(str(exc))
    for doc in analyzer.analyze_many(docs):
        result.documents += 1
        result.characters += sum(len(b.text) for b in doc.blocks)
        result.mentions += sum(len(b.mentions) for b in doc.blocks)
    if isinstance(analyzer.cache, _CollectingCache):
        result.entries, analyzer.cache.entries = analyzer.cache.entries, {}
    result.identity = (analyzer.pipeline_name, analyzer.dictionary.digest)
    return result


def chunks(paths: Sequence[str], size: int = CHUNK) -> list[list[str]]:
    return [list(paths[i : i + size]) for i in range(0, len(paths), size)]


def dask_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def user_actors_bytes() -> bytes | None:
    """The user's dictionary file (workers rebuild the same dictionary from it), if there is one."""
    from store.actors.dictionary import user_file

    try:
        return user_file().read_bytes()
    except OSError:
        return None


def analyze_corpus(
    paths: Sequence[str],
    *,
    workers: int = 2,
    scheduler: str | None = None,
    backend: str = "dask",
    ner: bool = True,
    cache: AnalysisCache | None = None,
    progress: Progress | None = None,
    chunk: int = CHUNK,
    cancelled: Callable[[], bool] | None = None,
    idle: bool = False,
) -> Report:
    """Analyse every file in ``paths`` (files, already discovered) and fill the analysis cache.
    ``idle``: the local processes run at idle priority (store/priority.py), for a caller that must stay
    responsive (the app); the ``analyze`` command wants them at full speed.
    Raises ActorlensError when the backend cannot run (Dask missing, scheduler unreachable)."""
    from store.actors.analysis import Analyzer

    cache = cache or AnalysisCache()
    local = Analyzer(ner=ner, cache=cache)  # reads nothing heavy: only for comparing identities
    direct = scheduler is None  # same machine: workers write the cache themselves, in parallel
    spec = Spec(ner=ner, user_actors=user_actors_bytes(), cache_dir=str(cache.root) if direct else None)
    work = chunks(list(paths), chunk)
    total = len(paths)
    started = time.perf_counter()
    if backend == "dask":
        results = _run_dask(work, spec, workers, scheduler)
    elif backend == "processes":
        if scheduler is not None:
            raise ActorlensError("--scheduler needs Dask: pip install 'actorlens[cluster]'")
        results = _run_processes(work, spec, workers, cancelled, idle)
    else:
        raise ActorlensError(f"unknown backend {backend!r}")
    report = Report(0, [], 0, 0, 0.0, "")
    done = 0
    seen_identities: set[tuple[str | None, str]] = set()
    for name, result in results:
        report.backend = name
        for key, value in result.entries.items():
            cache.put(key, value)
        report.documents += result.documents
        report.mentions += result.mentions
        report.characters += result.characters
        report.errors.extend(result.errors)
        seen_identities.add(result.identity)
        done += result.documents + len(result.errors)
        if progress:
            progress(done, total)
    report.seconds = time.perf_counter() - started
    mine = (local.pipeline_name, local.dictionary.digest)
    for identity in seen_identities - {mine}:
        report.warnings.append(
            f"a worker analysed with pipeline {identity[0]} and dictionary {identity[1][:8]}, this machine has "
            f"{mine[0]} and {mine[1][:8]}: the app will not find those results (install the same versions)"
        )
    return report


def _idle_worker(parent: int) -> None:
    """The initializer of an idle pool's workers: they die with the caller and stay at idle priority."""
    from store.actors.orphans import die_with_parent
    from store.priority import lower_priority

    die_with_parent(parent)
    lower_priority()


def _run_processes(
    work: list[list[str]],
    spec: Spec,
    workers: int,
    cancelled: Callable[[], bool] | None = None,
    idle: bool = False,
) -> Iterator[tuple[str, ChunkResult]]:
    from concurrent.futures import Future

    from store.actors.orphans import die_with_parent, start_resource_tracker, stop_workers
    from store.priority import idle_spawn_context
    from store.spawning import FIRST_COMPLETED, ProcessPoolExecutor, spawn_context, wait

    name = f"process pool ({workers} processes)"
    start_resource_tracker()
    # spawn, not fork: the caller may have threads (the app), and each worker loads spaCy for itself.
    # Each worker dies with this process however it ends (store/actors/orphans.py).

    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=idle_spawn_context() if idle else spawn_context(),
        initializer=_idle_worker if idle else die_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        pending: set[Future[ChunkResult]] = set()
        queue: Iterator[list[str]] = iter(work)
        window = max(2, workers * 3)  # a million files are not all submitted at once
        for item in queue:
            pending.add(pool.submit(analyze_chunk, item, spec))
            if len(pending) >= window:
                break
        while pending:
            finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
            if cancelled is not None and cancelled():
                # stop now: queued chunks are dropped, running ones are killed (their cache writes are
                # atomic), so quitting the app never waits for a worker
                stop_workers(pool)
                return
            for future in finished:
                yield name, future.result()
                following: list[str] | None = next(queue, None)
                if following is not None:
                    pending.add(pool.submit(analyze_chunk, following, spec))


def _run_dask(
    work: list[list[str]], spec: Spec, workers: int, scheduler: str | None
) -> Iterator[tuple[str, ChunkResult]]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise ActorlensError(
            "Dask is not installed: pip install 'actorlens[cluster]' (or use --local for a process pool)"
        ) from None
    import logging

    logging.getLogger("distributed").setLevel(logging.ERROR)
    cluster = None
    try:
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = Client(cluster)
            name = f"dask LocalCluster ({workers} workers)"
        else:
            client = Client(scheduler, timeout="10s")
            name = f"dask cluster at {scheduler}"
    except OSError as exc:
        if cluster is not None:
            cluster.close()
        raise ActorlensError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    try:
        queue = iter(work)
        window = max(4, 3 * max(1, len(client.scheduler_info().get("workers", {})) or workers))
        first = [
            client.submit(analyze_chunk, item, spec, pure=False) for _, item in zip(range(window), queue, strict=False)
        ]
        flow = as_completed(first)
        for future in flow:
            result = future.result()
            future.release()
            yield name, result
            item = next(queue, None)
            if item is not None:
                flow.add(client.submit(analyze_chunk, item, spec, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

"""The app's analysis in worker processes (store/actors/service.py): results land in the cache the app
reads, close() kills the workers, and a wait gives up as soon as it is cancelled."""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import Future

import pytest

from store.actors.analysis import Analyzer
from store.actors.parallel import Spec
from store.actors.service import AnalysisService, result
from store.cache import AnalysisCache
from store.corpus.documents import load
from store.corpus.files import SourceFile
from store.errors import ActorlensError
from tests.pty_app import alive

pytestmark = pytest.mark.timeout(120)


def test_a_chunk_is_analysed_in_a_worker_into_the_cache_and_close_kills_the_worker(tmp_path, idle_background):
    paths = []
    for n in range(2):
        path = tmp_path / f"doc{n}.txt"
        path.write_text(f"Report {n}\n\nVladimir Putin met Recep Erdogan in Moscow, report number {n}.\n")
        paths.append(path)
    cache = AnalysisCache(tmp_path / "cache")
    service = AnalysisService(1)
    try:
        done = result(
            service.submit([str(p) for p in paths], Spec(ner=False, cache_dir=str(cache.root))), lambda: False
        )
        assert done is not None and done.documents == 2 and not done.errors
        workers = service.pids()
        assert workers and all(alive(pid) for pid in workers)
        if sys.platform.startswith("linux"):  # the workers take a processor only when the app does not want one
            for pid in workers:
                assert os.sched_getscheduler(pid) == os.SCHED_IDLE
                assert _policy_in_sched(pid) == os.SCHED_IDLE  # as the kernel reports it for the process
            from store.spawning import resource_tracker

            tracker = resource_tracker._resource_tracker._pid  # multiprocessing's helper process: idle too
            assert tracker and os.sched_getscheduler(tracker) == os.SCHED_IDLE
        analyzer = Analyzer(ner=False, user_actors=False, cache=cache)
        analyzer.result_key  # noqa: B018 - loads the dictionary, as the app does before reading
        doc = analyzer.cached(load(SourceFile(paths[0])))
        assert doc is not None
        assert {m.actor_id for b in doc.blocks for m in b.mentions} >= {"vladimir-putin", "moscow"}
        assert analyzer.tokenized_texts == 0  # read back, not analysed here
    finally:
        service.close()
    if sys.platform.startswith("linux"):
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if alive(pid)]
    with pytest.raises(ActorlensError):
        service.submit([str(paths[0])], Spec(ner=False))


def _policy_in_sched(pid: int) -> int:
    """The scheduling policy of pid's main thread, as /proc/PID/sched shows it."""
    with open(f"/proc/{pid}/sched") as sched:
        for line in sched:
            if line.startswith("policy"):
                return int(line.split(":")[1])
    raise AssertionError(f"no policy in /proc/{pid}/sched")


def test_waiting_stops_as_soon_as_it_is_cancelled():
    never: Future[object] = Future()
    started = time.monotonic()
    assert result(never, lambda: time.monotonic() - started > 0.2, poll=0.01) is None  # type: ignore[arg-type]
    assert time.monotonic() - started < 5

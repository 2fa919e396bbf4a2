"""With NER on, the app's analysis runs in worker processes: spaCy is never loaded in the app's own
process (its threads never wait for the GIL behind it), the results arrive through the cache, and
quitting kills the workers at once (issue 15)."""

from __future__ import annotations

import os
import sys
import time

import pytest

from store.actors.analysis import Analyzer
from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.pty_app import PtyApp, alive, analysis_workers

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a pty and /proc"),
]


def loaded(pid: int, name: str) -> bool:
    with open(f"/proc/{pid}/maps") as maps:
        return name in maps.read()


def test_ner_runs_in_worker_processes_and_never_in_the_app(tmp_path, monkeypatch, idle_background):
    env = {
        "ACTORLENS_NER": "on",
        "ACTORLENS_CACHE": str(tmp_path / "cache"),
        "ACTORLENS_STATE": str(tmp_path / "state"),
        "ACTORLENS_DB": str(tmp_path / "notes.json"),
        "ACTORLENS_CONFIG": str(tmp_path / "config"),
        "COLUMNS": "120",
        "LINES": "40",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    ids = [library.document(i).id for i in range(len(library))]
    analyzer = Analyzer(ner=True)  # the app's, as it reads the cache (this one only looks)
    app = PtyApp([str(SEEDS)], env)
    workers: list[int] = []
    # each worker's scheduling policy, as last seen while it ran (its parent lowers it right after the
    # spawn, so a look in between sees the default: that it runs lowered from its first instruction is
    # tests/store/test_priority.py's to check)
    policies: dict[int, int] = {}
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and app.process.poll() is None:
            workers = sorted(set(workers) | set(analysis_workers(app.pid)))
            for pid in workers:
                try:
                    policies[pid] = os.sched_getscheduler(pid)
                except OSError:  # ended meanwhile
                    pass
            if all(analyzer.has_cached(doc_id) for doc_id in ids):
                break
            time.sleep(0.1)
        assert all(analyzer.has_cached(doc_id) for doc_id in ids), bytes(app.output[-1500:])
        assert workers and any(alive(pid) and loaded(pid, "spacy") for pid in workers)
        assert not loaded(app.pid, "spacy"), "spaCy was loaded in the app's own process"
        # the workers take a processor only when the app does not want it; the app itself is not lowered
        assert policies and set(policies.values()) == {os.SCHED_IDLE}, policies
        assert os.sched_getscheduler(app.pid) != os.SCHED_IDLE
        asked = time.monotonic()
        app.write(b"q")
        assert app.process.wait(timeout=30) == 0
        print(f"q to exit: {time.monotonic() - asked:.2f} s")
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if alive(pid)]
    finally:
        app.close(workers)

"""The corpus analysis through worker processes starts them one after another and reports at a pace
(tui/screens/analysis.py, tui/yielding.py), and the real app's workers run at idle priority."""

from __future__ import annotations

import concurrent.futures
import time
from concurrent.futures import Future
from typing import Any

import tui.yielding as yielding
from store.actors.analysis import Analyzer
from store.actors.parallel import ChunkResult
from store.cache import AnalysisCache
from store.corpus.library import Library
from tui.messages import AnalysisProgress
from tui.screens.analysis import SERVICE_CHUNK, Analysis


def test_pace_lets_a_message_through_then_at_most_one_every_interval():
    pace = yielding.Pace(every=0.2)
    assert pace.due()  # the first progress is shown at once
    assert not pace.due()
    assert not pace.due()
    time.sleep(0.25)
    assert pace.due()
    assert not pace.due()


class _Screen:
    def __init__(self) -> None:
        self.posted: list[Any] = []

    def post_message(self, message: Any) -> bool:
        self.posted.append(message)
        return True


class _Worker:
    is_cancelled = False


class _Service:
    """Stands in for AnalysisService: records what was submitted; the futures finish when waited on."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.submitted: list[list[str]] = []

    def submit(self, paths: list[str], spec: Any) -> Future[ChunkResult]:
        self.submitted.append(list(paths))
        return Future()


def test_worker_processes_start_one_after_another_and_progress_comes_at_a_pace(tmp_path, monkeypatch):
    for i in range(SERVICE_CHUNK * 10):
        (tmp_path / f"doc{i:03}.txt").write_text(f"Report {i}\n\nPutin met Erdogan in Moscow, item {i}.\n")
    library = Library([tmp_path], summary_cache=False, document_cache=False)
    screen = _Screen()
    analysis = Analysis(screen, library, Analyzer(ner=False, cache=AnalysisCache(tmp_path / "cache")), ner=True)  # type: ignore[arg-type]
    in_flight: list[int] = []

    def wait(pending: set[Future[ChunkResult]], timeout: float, return_when: str) -> tuple[set[Any], set[Any]]:
        in_flight.append(len(pending))
        for future in pending:  # every chunk in flight is done when next looked at
            future.set_result(ChunkResult(documents=SERVICE_CHUNK))
        return set(pending), set()

    monkeypatch.setattr(concurrent.futures, "wait", wait)
    service = _Service(workers=3)
    analysis._analyse_with(service, list(range(len(library))), _Worker())  # type: ignore[arg-type]
    assert sum(len(paths) for paths in service.submitted) == len(library)  # every document once
    assert in_flight[:3] == [1, 2, 3]  # one process at first, one more with each chunk done
    assert max(in_flight) == 3 and len(in_flight) == 5
    progress = [m for m in screen.posted if isinstance(m, AnalysisProgress)]
    assert len(progress) < len(in_flight)  # ten chunks done in a moment: not ten messages
    assert (progress[-1].done, progress[-1].total) == (len(library), len(library))


def test_the_last_progress_carries_the_status_line_made_in_the_workers_thread(tmp_path, monkeypatch):
    """Reading ``Analyzer.status`` the first time parses the actor dictionary (~130 ms): the UI thread did
    that as the corpus analysis ended, on a first start with NER. It is now made in the worker's thread."""
    import threading

    import store.actors.analysis as analysis_module

    for i in range(SERVICE_CHUNK * 2):
        (tmp_path / f"doc{i:03}.txt").write_text(f"Report {i}\n\nPutin met Erdogan in Moscow, item {i}.\n")
    library = Library([tmp_path], summary_cache=False, document_cache=False)
    screen = _Screen()
    analyzer = Analyzer(ner=False, cache=AnalysisCache(tmp_path / "cache"))
    analysis = Analysis(screen, library, analyzer, ner=True)  # type: ignore[arg-type]
    parsed_in: list[str] = []
    load = analysis_module.load_dictionary

    def load_dictionary(*args: Any, **kwargs: Any) -> Any:
        parsed_in.append(threading.current_thread().name)
        return load(*args, **kwargs)

    monkeypatch.setattr(analysis_module, "load_dictionary", load_dictionary)
    monkeypatch.setattr(yielding, "QUIET", 0.0)

    def wait(pending: set[Future[ChunkResult]], timeout: float, return_when: str) -> tuple[set[Any], set[Any]]:
        for future in pending:
            future.set_result(ChunkResult(documents=SERVICE_CHUNK))
        return set(pending), set()

    monkeypatch.setattr(concurrent.futures, "wait", wait)
    worker = threading.Thread(
        target=analysis._analyse_with, args=(_Service(workers=1), list(range(len(library))), _Worker()), name="worker"
    )
    worker.start()
    worker.join(10)
    last = [m for m in screen.posted if isinstance(m, AnalysisProgress)][-1]
    assert (last.done, last.total) == (len(library), len(library))
    assert parsed_in == ["worker"]  # parsed once, in the worker's thread
    assert last.status == analyzer.status and "actors" in last.status
    assert parsed_in == ["worker"]  # reading it again parses nothing

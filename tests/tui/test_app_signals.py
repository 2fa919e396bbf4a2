"""The app on a real terminal (a pty): SIGTERM quits it cleanly and promptly, and the worker processes
of its background analysis go with it (issue 11)."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

import pytest

from tests.pty_app import PtyApp, alive, analysis_workers

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a pty and /proc"),
]


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(240):  # above tui.screens.analysis.PARALLEL_FROM: the analysis runs in worker processes
        (corpus / f"doc{n:03}.txt").write_text(
            f"Report {n}\n\nVladimir Putin met Recep Erdogan in Moscow and Ankara, report {n}.\n" * 3
        )
    return corpus


def _app_with_workers(tmp_path: Path) -> tuple[PtyApp, list[int]]:
    """The app over a corpus large enough for the multi-process analysis, once its workers run."""
    env = {
        "ACTORLENS_NER": "off",
        "COLUMNS": "120",
        "LINES": "40",
        "ACTORLENS_CACHE": str(tmp_path / "cache"),
        "ACTORLENS_STATE": str(tmp_path / "state"),
        "ACTORLENS_DB": str(tmp_path / "notes.json"),
        "ACTORLENS_CONFIG": str(tmp_path / "config"),
    }
    app = PtyApp([str(_corpus(tmp_path)), "--no-ner"], env)
    workers: list[int] = []
    deadline = time.monotonic() + 90
    while not workers and time.monotonic() < deadline and app.process.poll() is None:
        time.sleep(0.05)
        workers = analysis_workers(app.pid)
    if not workers:
        app.close()
        raise AssertionError(f"the background analysis started no worker process: {bytes(app.output[-2000:])!r}")
    time.sleep(0.3)
    return app, sorted(set(workers) | set(analysis_workers(app.pid)))


def _all_gone(pids: list[int], seconds: float = 10) -> list[int]:
    deadline = time.monotonic() + seconds
    while any(alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [pid for pid in pids if alive(pid)]


def test_sigterm_during_the_background_analysis_quits_and_takes_the_workers(tmp_path):
    app, workers = _app_with_workers(tmp_path)
    try:
        asked = time.monotonic()
        app.process.send_signal(signal.SIGTERM)
        status = app.process.wait(timeout=30)
        took = time.monotonic() - asked
        assert status == 0, bytes(app.output[-2000:])
        assert not _all_gone(workers)
        print(f"SIGTERM to exit: {took:.2f} s")
    finally:
        app.close(workers)


def test_sigkill_of_the_app_leaves_no_orphan_worker(tmp_path):
    """SIGKILL cannot be handled: the workers (and multiprocessing's resource tracker) still go, through
    the parent-death signal or their watchdog (store/actors/orphans.py), not re-parented to init."""
    app, workers = _app_with_workers(tmp_path)
    helpers = sorted(set(workers) | set(analysis_workers(app.pid, (b"spawn_main", b"resource_tracker"))))
    try:
        app.process.send_signal(signal.SIGKILL)
        app.process.wait(timeout=30)
        assert not _all_gone(helpers), "worker processes outlived the killed app"
    finally:
        app.close(helpers)


def test_a_crash_in_the_app_is_one_line_on_stderr(tmp_path, capsys):

    from store.corpus.library import Library
    from tui.app import ActorlensApp

    (tmp_path / "a.txt").write_text("A title\n\nSome text for the reader, long enough to show.\n")

    class Broken(ActorlensApp):
        def on_ready(self) -> None:
            raise RuntimeError("boom \x1b]0;title\x07 and more")

    app = Broken(Library([tmp_path], summary_cache=False, document_cache=False), ner=False)
    app.run(headless=True, size=(100, 30))
    err = capsys.readouterr().err
    assert isinstance(app.crash, RuntimeError) and app.return_code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actorlens: internal error: RuntimeError: boom"), err
    assert "\x1b" not in err and "\x07" not in err

"""The app on a real terminal (a pty): SIGTERM quits it cleanly and promptly, and the worker processes
of its background analysis go with it (issue 11)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import ROOT

pytestmark = [
    pytest.mark.timeout(180),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a pty and /proc"),
]


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/cmdline", "rb") as cmd:
                cmdline = cmd.read()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z" and b"spawn_main" in cmdline:
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_sigterm_during_the_background_analysis_quits_and_takes_the_workers(tmp_path):
    import pty

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(240):  # above tui.screens.main.PARALLEL_FROM: the analysis runs in worker processes
        (corpus / f"doc{n:03}.txt").write_text(
            f"Report {n}\n\nVladimir Putin met Recep Erdogan in Moscow and Ankara, report {n}.\n" * 3
        )
    master, slave = pty.openpty()
    env = {**os.environ, "ACTORLENS_NER": "off", "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    app = subprocess.Popen([sys.executable, "-m", "tui.cli", str(corpus), "--no-ner"], cwd=ROOT,
                           stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    output = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            output.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 90
        while not workers and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.05)
            workers = _children(app.pid)
        assert workers, "the background analysis started no worker process"
        time.sleep(0.3)
        workers = sorted(set(workers) | set(_children(app.pid)))
        asked = time.monotonic()
        app.send_signal(signal.SIGTERM)
        status = app.wait(timeout=30)
        took = time.monotonic() - asked
        assert status == 0, bytes(output[-2000:])
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if _alive(pid)]
        print(f"SIGTERM to exit: {took:.2f} s")
    finally:
        if app.poll() is None:
            app.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        os.close(master)


def test_a_crash_in_the_app_is_one_line_on_stderr(tmp_path, capsys):
    from pathlib import Path

    import tui.app
    from store.corpus.library import Library
    from tui.app import ActorlensApp

    (tmp_path / "a.txt").write_text("A title\n\nSome text for the reader, long enough to show.\n")

    class Broken(ActorlensApp):
        CSS_PATH = str(Path(tui.app.__file__).with_name("app.tcss"))

        def on_ready(self) -> None:
            raise RuntimeError("boom \x1b]0;title\x07 and more")

    app = Broken(Library([tmp_path], summary_cache=False, document_cache=False), ner=False)
    app.run(headless=True, size=(100, 30))
    err = capsys.readouterr().err
    assert isinstance(app.crash, RuntimeError) and app.return_code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actorlens: internal error: RuntimeError: boom"), err
    assert "\x1b" not in err and "\x07" not in err

"""Workers of the multi-process analysis die with the process that started them (issue 11)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT
from tests.pty_app import alive

pytestmark = [
    pytest.mark.timeout(120),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers"),
]


@pytest.mark.parametrize(
    ("backend", "how"),
    [("processes", signal.SIGKILL), ("processes", signal.SIGTERM), ("dask", signal.SIGKILL)],
)
def test_workers_die_with_their_parent(tmp_path, backend, how):
    if backend == "dask":
        pytest.importorskip("distributed")
    parent = subprocess.Popen(
        [sys.executable, "-m", "tests.store.orphan_parent", str(tmp_path), backend],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = parent.stdout.readline()  # type: ignore[union-attr]
        workers = [int(p) for p in line.split()]
        assert workers, "no worker process was found"
        workers = [pid for pid in workers if alive(pid)]
        assert workers
        parent.send_signal(how)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = [pid for pid in workers if alive(pid)]
        assert not left, f"workers outlived their parent: {left}"
    finally:
        if parent.poll() is None:
            parent.kill()
        for pid in workers if "workers" in locals() else []:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)  # never leave a stray process behind a failed test

"""The real app on a real terminal (a pty), and the processes it starts: shared by the tests that signal
the app (tests/tui/test_app_signals.py) and the quit benchmark (tests/bench/bench_quit.py). Linux only
(a pty and /proc)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class PtyApp:
    """``python -m tui.cli *args`` on its own pty, in its own session; everything it writes is drained
    into ``output`` by a thread, so the app never blocks on a full terminal."""

    def __init__(self, args: Sequence[str], env: dict[str, str]) -> None:
        import pty

        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui.cli", *args],
            cwd=ROOT,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "TERM": "xterm-256color", **env},
            start_new_session=True,
        )
        os.close(slave)
        self.output = bytearray()
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    @property
    def pid(self) -> int:
        return self.process.pid

    def write(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self, workers: Sequence[int] = ()) -> None:
        """Kill the app if it still runs, and any of ``workers`` left alive (never a stray process)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)
        for pid in workers:
            if alive(pid):
                try:
                    os.kill(pid, 9)
                except OSError:
                    pass
        try:
            os.close(self.master)
        except OSError:
            pass


def _stat(pid: int | str) -> list[str] | None:
    """The fields of /proc/pid/stat after the command name (state first, then the parent's pid)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def alive(pid: int) -> bool:
    fields = _stat(pid)
    return fields is not None and fields[0] != "Z"


def analysis_workers(parent: int, markers: tuple[bytes, ...] = (b"spawn_main",)) -> list[int]:
    """The living processes of ``parent`` whose command line holds one of ``markers``: by default the
    worker processes multiprocessing spawned (``b"resource_tracker"`` finds its tracker too)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat(entry)
        if fields is None or fields[0] == "Z" or int(fields[1]) != parent:
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as cmd:
                cmdline = cmd.read()
            if any(marker in cmdline for marker in markers):
                found.append(int(entry))
        except OSError:
            continue
    return found

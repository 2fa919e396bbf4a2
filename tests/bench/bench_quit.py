"""How long quitting takes while the app is busy (issue 11): `q` while the spaCy model loads, and
SIGTERM during the multi-process background analysis, measured from the key or signal to the end of
the process, on a real terminal (a pty).

    .venv/bin/python tests/bench/bench_quit.py [--rounds 3]

Prints the times (goal: <= 0.5 s). Linux only (pty, /proc).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_app(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[bytes], int, bytearray]:
    import pty

    master, slave = pty.openpty()
    app = subprocess.Popen([sys.executable, "-m", "tui.cli", *args], cwd=ROOT, stdin=slave, stdout=slave,
                           stderr=slave, env={**os.environ, "TERM": "xterm-256color", **env}, start_new_session=True)
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

    threading.Thread(target=drain, daemon=True).start()
    return app, master, output


def quit_while_loading(delay: float) -> float:
    """Press q ``delay`` s after the first frame, while the NER model loads in a worker."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {"ACTORLENS_NER": "on", "ACTORLENS_CACHE": tmp + "/cache", "ACTORLENS_STATE": tmp + "/state",
               "ACTORLENS_DB": tmp + "/notes.json"}
        app, master, output = run_app([], env)
        deadline = time.monotonic() + 30
        while b"Documents" not in output and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(delay)
        asked = time.monotonic()
        os.write(master, b"q")
        app.wait(timeout=60)
        took = time.monotonic() - asked
        os.close(master)
        return took


def sigterm_during_analysis() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for n in range(240):
            (corpus / f"doc{n:03}.txt").write_text(f"Report {n}\n\nVladimir Putin met Recep Erdogan in Moscow, {n}.\n" * 3)
        env = {"ACTORLENS_NER": "on", "ACTORLENS_CACHE": tmp + "/cache", "ACTORLENS_STATE": tmp + "/state",
               "ACTORLENS_DB": tmp + "/notes.json"}
        app, master, output = run_app([str(corpus)], env)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _has_workers(app.pid):
            time.sleep(0.02)
        time.sleep(0.5)
        asked = time.monotonic()
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=60)
        took = time.monotonic() - asked
        os.close(master)
        return took


def _has_workers(pid: int) -> bool:
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == pid:
                        with open(f"/proc/{entry}/cmdline", "rb") as cmd:
                            if b"spawn_main" in cmd.read():
                                return True
            except (OSError, ValueError, IndexError):
                continue
    return False


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for delay in (0.0, 0.3, 1.0):
        times = [quit_while_loading(delay) for _ in range(args.rounds)]
        print(f"q {delay:.1f} s after the first frame (NER model loading): "
              + ", ".join(f"{t:.2f}" for t in times) + " s")
    times = [sigterm_during_analysis() for _ in range(args.rounds)]
    print("SIGTERM during the multi-process analysis (NER on): " + ", ".join(f"{t:.2f}" for t in times) + " s")


if __name__ == "__main__":
    main()

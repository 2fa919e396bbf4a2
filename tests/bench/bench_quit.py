"""How long quitting takes while the app is busy (issue 11): `q` while the spaCy model loads, and
SIGTERM during the multi-process background analysis, measured from the key or signal to the end of
the process, on a real terminal (a pty).

    .venv/bin/python -m tests.bench.bench_quit [--rounds 3]

Prints the times (goal: <= 0.5 s). Linux only (pty, /proc).
"""

from __future__ import annotations

import argparse
import signal
import tempfile
import time
from pathlib import Path

from tests.pty_app import PtyApp, analysis_workers


def quit_while_loading(delay: float) -> float:
    """Press q ``delay`` s after the first frame, while the NER model loads in a worker."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            "ACTORLENS_NER": "on",
            "ACTORLENS_CACHE": tmp + "/cache",
            "ACTORLENS_STATE": tmp + "/state",
            "ACTORLENS_DB": tmp + "/notes.json",
        }
        app = PtyApp([], env)
        try:
            deadline = time.monotonic() + 30
            while b"Documents" not in app.output and time.monotonic() < deadline:
                time.sleep(0.005)
            time.sleep(delay)
            asked = time.monotonic()
            app.write(b"q")
            app.process.wait(timeout=60)
            return time.monotonic() - asked
        finally:
            app.close()


def sigterm_during_analysis() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for n in range(240):
            (corpus / f"doc{n:03}.txt").write_text(
                f"Report {n}\n\nVladimir Putin met Recep Erdogan in Moscow, {n}.\n" * 3
            )
        env = {
            "ACTORLENS_NER": "on",
            "ACTORLENS_CACHE": tmp + "/cache",
            "ACTORLENS_STATE": tmp + "/state",
            "ACTORLENS_DB": tmp + "/notes.json",
        }
        app = PtyApp([str(corpus)], env)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not analysis_workers(app.pid):
                time.sleep(0.02)
            time.sleep(0.5)
            asked = time.monotonic()
            app.process.send_signal(signal.SIGTERM)
            app.process.wait(timeout=60)
            return time.monotonic() - asked
        finally:
            app.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for delay in (0.0, 0.3, 1.0):
        times = [quit_while_loading(delay) for _ in range(args.rounds)]
        print(
            f"q {delay:.1f} s after the first frame (NER model loading): " + ", ".join(f"{t:.2f}" for t in times) + " s"
        )
    times = [sigterm_during_analysis() for _ in range(args.rounds)]
    print("SIGTERM during the multi-process analysis (NER on): " + ", ".join(f"{t:.2f}" for t in times) + " s")


if __name__ == "__main__":
    main()

"""Key to terminal, inside the real app in a real terminal: when each key reached the app and when the first
frame after it was written out to the terminal by Textual's output thread.

    .venv/bin/python -m tests.bench.key_flush --count 10000 --presses 40            # idle, this checkout
    .venv/bin/python -m tests.bench.key_flush --count 10000 --output 0 0.004 --rounds 3

The real `actorlens` command (the large corpus, `--no-ner`, its caches filled by a first session) runs in tmux,
started through a small probe that stamps each key event as Textual's input thread makes it and each flush of
Textual's output thread (tests/bench/bench_e2e.py measures the same keys from outside, with tmux's relay and
the polling of its screen on top). `--output` runs the app once per value of `tui/settle.OUTPUT` (how long
the document that follows the cursor waits after the cursor's frame), alternately: 0 is the code before it,
when that work started right after the frame and the output thread waited for the interpreter's lock behind
it. Wall times depend on the machine's load; compare values measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tests.bench import make_corpus
from tests.bench.bench_e2e import HOME, LISTED_PER_SECOND, Pane, actorlens_ready, bench_env, pct, warm

PROBE = r"""
import json, os, sys, time
from textual import events
from textual.drivers import _writer_thread

stamps = []
key_init = events.Key.__init__


def stamped_key(self, *args, **kwargs):
    key_init(self, *args, **kwargs)
    stamps.append(("key", time.perf_counter(), self.key))


def run(self):  # Textual's WriterThread.run, with a stamp at each flush
    write, flush, get, qsize = self._file.write, self._file.flush, self._queue.get, self._queue.qsize
    size = 0
    while True:
        text = get()
        if text is None:
            break
        write(text)
        size += len(text)
        if qsize() == 0:
            flush()
            stamps.append(("flush", time.perf_counter(), size))
            size = 0
    flush()


events.Key.__init__ = stamped_key
_writer_thread.WriterThread.run = run
import tui.settle

if os.environ.get("KEY_FLUSH_OUTPUT"):
    tui.settle.OUTPUT = float(os.environ["KEY_FLUSH_OUTPUT"])
from tui.cli import main


def dump():
    with open(os.environ["KEY_FLUSH_LOG"], "w") as handle:
        json.dump(stamps, handle)


exit_now = os._exit


def dump_and_exit(code):  # actorlens quits without waiting for its worker threads
    dump()
    exit_now(code)


if __name__ == "__main__":  # not in the worker processes, which import this module again
    os._exit = dump_and_exit
    try:
        code = main(sys.argv[1:])
    finally:
        dump()
    sys.exit(code)
"""

WORD = "the"
MIN_FRAME = 300  # bytes written at a flush for it to count as a key's frame


def session(corpus: Path, env: dict[str, str], presses: int, output: str | None) -> dict[str, list[float]]:
    """One session: `j`, `]`, typing in the filter and escape closing it; ms from each key to the next flush."""
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "stamps.json"
        probe = Path(folder) / "probe.py"
        probe.write_text(PROBE)
        run_env = dict(env, KEY_FLUSH_LOG=str(log), KEY_FLUSH_OUTPUT=output or "")
        pane = Pane(run_env, 120, 40)
        sent: list[tuple[str, float]] = []  # what each key sent was, and when
        try:
            pane.start([sys.executable, str(probe), "--no-ner", str(corpus)])
            if pane.wait(actorlens_ready, timeout=120, escapes=False) is None:
                raise RuntimeError("never painted")
            time.sleep(3)
            pane.settle()

            def send(key: str, label: str, pause: float = 0.15) -> None:
                sent.append((label, time.perf_counter()))  # the same clock as the app's (CLOCK_MONOTONIC)
                pane.tmux("send-keys", "-t", "b", key)
                time.sleep(pause)

            for i in range(presses):
                send("j" if i % 2 == 0 else "k", "j/k")
            send("Tab", "-")  # the reader
            for i in range(presses):
                send("]" if i % 2 == 0 else "[", "]/[")
            send("d", "-")  # the list again
            for _ in range(max(1, presses // len(WORD))):
                send("/", "-")
                for letter in WORD:
                    send(letter, "typing in the filter")
                send("Escape", "escape (close the filter)", 0.3)
            pane.settle()
            if pane.quit() is None:
                raise RuntimeError(f"did not quit: {pane.screen(False)[-2000:]}")
            for _ in range(100):
                if log.exists():
                    break
                time.sleep(0.05)
        finally:
            pane.kill()
        stamps = json.loads(log.read_text())
    keys = [t for kind, t, _ in stamps if kind == "key"]
    # a frame of the key, not the filter's blinking cursor (a few dozen bytes)
    flushes = [t for kind, t, size in stamps if kind == "flush" and size >= MIN_FRAME]
    found: dict[str, list[float]] = {}
    for (label, at), (_, following) in zip(sent, [*sent[1:], ("", float("inf"))], strict=True):
        key = next((t for t in keys if at < t < following), None)
        frame = next((t for t in flushes if key is not None and key < t < following), None)
        if label != "-" and key is not None and frame is not None:
            found.setdefault(label, []).append((frame - key) * 1000)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--output", nargs="*", default=[], help="values of tui/settle.OUTPUT, run alternately")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    corpus = make_corpus.ensure(args.count)
    home = HOME / f"{args.count} documents (--no-ner)"
    env = bench_env(home)
    warm(  # the listing done and its cache written: idle means idle
        [sys.executable, "-m", "tui.cli", "--no-ner", str(corpus)],
        env,
        (120, 40),
        max(8.0, args.count / LISTED_PER_SECOND),
    )
    found: dict[str, dict[str, list[float]]] = {}
    for _ in range(args.rounds):
        for output in args.output or [None]:
            for key, values in session(corpus, env, args.presses, output).items():
                found.setdefault(output or "as is", {}).setdefault(key, []).extend(values)
    print(
        f"\nkey to the next frame written out, ms ({args.count} documents, idle; load average {os.getloadavg()[0]:.1f})"
    )
    for output, keys in found.items():
        for key, values in keys.items():
            print(
                f"  OUTPUT {output:6} {key:28} n {len(values):3}  p50 {pct(values, 0.5):5.1f}  p95 {pct(values, 0.95):5.1f}"
                f"  p99 {pct(values, 0.99):5.1f}  mean {statistics.mean(values):5.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

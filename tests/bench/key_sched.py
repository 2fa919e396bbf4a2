"""Why a key is slow during background work: per keypress, what the app's UI thread did meanwhile.

    .venv/bin/python -m tests.bench.key_sched                         # bundled corpus, first start, 60 presses
    .venv/bin/python -m tests.bench.key_sched --count 10000 --keys 300
    .venv/bin/python -m tests.bench.key_sched --count 10000 --pin 1   # the app and its children on one core

Starts `actorlens` in tmux on a first start (empty caches, so the listing, NER and indexing run), presses
`j`/`k` from the first frame, and for each press reads from /proc (Linux): the UI thread's run time and its
wait in the kernel's run queue (``schedstat``), the run time of the app's other threads and of its child
processes. A slow key with a long run-queue wait waited for a processor; one whose other threads ran long
waited for the interpreter's lock. Prints the slow keys and a summary line (percentiles and sums).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time

from tests.bench import make_corpus
from tests.bench.bench_e2e import HOME, Pane, actorlens_command, actorlens_ready, bench_env, pct


def _threads(pid: int) -> dict[int, tuple[str, float, float]]:
    """tid -> (name, ms run, ms waited in the run queue)."""
    found = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as stat:
                run, wait, _ = stat.read().split()
            with open(f"/proc/{pid}/task/{tid}/comm") as comm:
                name = comm.read().strip()
        except (OSError, ValueError):
            continue
        found[int(tid)] = (name, int(run) / 1e6, int(wait) / 1e6)
    return found


def _children_ms(pid: int) -> float:
    """Run time (ms) of every thread of pid's child processes."""
    total = 0.0
    listed = subprocess.run(["ps", "--ppid", str(pid), "-o", "pid="], capture_output=True, text=True).stdout
    for child in listed.split():
        total += sum(run for _, run, _ in _threads(int(child)).values())
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=0, help="a generated corpus of this many documents")
    parser.add_argument("--keys", type=int, default=60)
    parser.add_argument("--pin", help="run the app (and its children) on these cores, e.g. 1")
    parser.add_argument("--slow", type=float, default=80.0, help="ms from which a key is listed")
    parser.add_argument("--press", default="jk", choices=["jk", "]["], help="the pair of keys pressed in turn")
    parser.add_argument("--gap", type=float, default=0.1, help="seconds between presses")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux") or shutil.which("tmux") is None:
        print("key_sched: needs Linux (/proc) and tmux", file=sys.stderr)
        return 2
    corpus = [str(make_corpus.ensure(args.count))] if args.count else []
    home = HOME / "key-sched"
    shutil.rmtree(home, ignore_errors=True)
    pane = Pane(bench_env(home), 120, 40)
    pin = ["taskset", "-c", args.pin] if args.pin else []
    started = pane.start(pin + actorlens_command() + corpus)
    try:
        pid = int(pane.tmux("display-message", "-p", "-t", "b", "#{pane_pid}").strip())
        seen = pane.wait(actorlens_ready, 120, escapes=False)
        if seen is None:
            print("key_sched: the app never painted", file=sys.stderr)
            return 1
        print(f"first paint {1000 * (seen - started):.0f} ms; load average {os.getloadavg()[0]:.1f}")
        rows = []
        for i in range(args.keys):
            before, children = _threads(pid), _children_ms(pid)
            ms = pane.key(args.press[i % 2])
            after, children_after = _threads(pid), _children_ms(pid)
            if pid not in after or pid not in before:
                break
            others = {after[t][0]: after[t][1] - before[t][1] for t in after if t != pid and t in before}
            rows.append(
                (
                    time.perf_counter() - started,
                    -1.0 if ms is None else ms,
                    after[pid][1] - before[pid][1],
                    after[pid][2] - before[pid][2],
                    sum(others.values()),
                    children_after - children,
                )
            )
            time.sleep(args.gap)
        for at, ms, run, wait, other, kids in rows:
            if ms < 0 or ms >= args.slow:
                print(
                    f"{at:6.1f} s  key {ms:5.0f} ms  UI thread ran {run:4.0f} ms, waited for a processor {wait:4.0f} ms;"
                    f"  other threads ran {other:4.0f} ms, children {kids:5.0f} ms"
                )
        keys = [r[1] for r in rows if r[1] >= 0]
        print(
            f"keys {len(keys)} ({len(rows) - len(keys)} missed): p50 {pct(keys, 0.5):.0f} · p95 {pct(keys, 0.95):.0f} · "
            f"p99 {pct(keys, 0.99):.0f} · max {max(keys):.0f} ms; UI thread ran {sum(r[2] for r in rows):.0f} ms and "
            f"waited for a processor {sum(r[3] for r in rows):.0f} ms (p99 {pct([r[3] for r in rows], 0.99):.0f}); "
            f"other threads ran {sum(r[4] for r in rows):.0f} ms; children {sum(r[5] for r in rows):.0f} ms; "
            f"load average {os.getloadavg()[0]:.1f}"
        )
        print(
            subprocess.run(
                ["ps", "--ppid", str(pid), "-o", "pid,ni,cls,time,rss,args"], capture_output=True, text=True
            ).stdout
        )
        pane.quit()
    finally:
        pane.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())

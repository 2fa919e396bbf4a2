"""What busy background processes cost a keypress, by their scheduling priority (store/priority.py).

    .venv/bin/python -m tests.bench.bench_priority                 # ~1 minute
    .venv/bin/python -m tests.bench.bench_priority --children 3 --rounds 5

A probe stands in for the app's UI thread: it sleeps until the next "key" (every 20 ms, or three times its work), then works 5 ms of
CPU (``--work``), and records how long after the key that work was done (5 ms on an idle core). It runs beside CPU-bound
child processes (as the NER workers and the listing child are while a corpus is first opened), all pinned
to one core so that they compete for it, in three ways alternated round after round: no children (the
baseline), children at nice 10 (the app before), children spawned at idle priority (SCHED_IDLE, now).
Prints the percentiles and their ratios to the baseline measured in the same run; other processes on the
machine weigh on all three alike (note the load average printed).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from collections.abc import Callable

KEY_EVERY = 0.02  # seconds between two "keys"
WORK = 0.005  # seconds of CPU a key costs the probe


def _spin(until: float) -> None:
    """A child's work: Python code, like cleaning or NER, until the wall clock says ``until``."""
    total = 0
    while time.time() < until:
        for i in range(10_000):
            total += i * i


def _nice_spin(until: float) -> None:
    os.nice(10)  # as the app's children did before: their initializer lowered them
    _spin(until)


def probe(seconds: float, work: float = WORK) -> list[float]:
    """Milliseconds from each key until its ``work`` seconds of CPU are done."""
    latencies = []
    end = time.perf_counter() + seconds
    key = time.perf_counter()
    every = max(KEY_EVERY, 3 * work)  # the probe keeps up: keys never queue behind each other
    while key < end:
        key += every
        pause = key - time.perf_counter()
        if pause > 0:
            time.sleep(pause)
        cpu = time.thread_time()
        while time.thread_time() - cpu < work:
            pass
        latencies.append((time.perf_counter() - key) * 1000)
    return latencies


def children(kind: str, count: int, until: float) -> list[multiprocessing.process.BaseProcess]:
    from store.priority import idle_spawn_context

    started: list[multiprocessing.process.BaseProcess] = []
    for _ in range(count if kind != "none" else 0):
        if kind == "idle":
            process: multiprocessing.process.BaseProcess = idle_spawn_context().Process(target=_spin, args=(until,))
        else:
            process = multiprocessing.get_context("spawn").Process(target=_nice_spin, args=(until,))
        process.start()
        started.append(process)
    return started


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--children", type=int, default=2, help="busy child processes (NER worker, listing child)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=4.0, help="probe time per case and round")
    parser.add_argument("--work", type=float, default=WORK * 1000, help="ms of CPU a key costs (a `j` costs ~30)")
    args = parser.parse_args(argv)
    if not hasattr(os, "sched_setaffinity"):
        print("bench_priority: needs Linux (sched_setaffinity, SCHED_IDLE)", file=sys.stderr)
        return 2
    core = max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})  # the probe and (inherited) every child on one core
    found: dict[str, list[tuple[float, float, float]]] = {"none": [], "nice 10": [], "idle": []}
    kinds: dict[str, Callable[[float], list[multiprocessing.process.BaseProcess]]] = {
        "none": lambda until: [],
        "nice 10": lambda until: children("nice", args.children, until),
        "idle": lambda until: children("idle", args.children, until),
    }
    started = time.perf_counter()
    for _ in range(args.rounds):
        for name, start in kinds.items():
            until = time.time() + args.seconds + 1.5
            processes = start(until)
            time.sleep(1.0)  # the children are up and busy
            values = probe(args.seconds, args.work / 1000)
            for process in processes:
                process.kill()
                process.join()
            found[name].append((pct(values, 0.5), pct(values, 0.95), pct(values, 0.99)))
    load = os.getloadavg()
    print(
        f"{time.perf_counter() - started:.0f} s; {args.children} busy children on core {core} beside the probe; "
        f"load average {load[0]:.1f} / {load[1]:.1f}; {args.work:.0f} ms of CPU a key; medians of {args.rounds} rounds"
    )
    print("\n| children | key done after: p50 · p95 · p99 (ms) | p99 against no children |\n|---|---|---|")
    base = statistics.median(r[2] for r in found["none"])
    for name, rows in found.items():
        p50, p95, p99 = (statistics.median(r[i] for r in rows) for i in range(3))
        print(f"| {name} | {p50:.1f} · {p95:.1f} · {p99:.1f} | {p99 / base:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

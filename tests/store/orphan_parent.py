"""Run by test_orphans.py as its own process: start the multi-process analysis over a small corpus,
print the worker pids once the first chunk is back, then wait to be killed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from store.actors.parallel import Spec, _run_dask, _run_processes


def main() -> None:
    folder = Path(sys.argv[1])
    paths = []
    for n in range(12):
        path = folder / f"doc{n}.txt"
        path.write_text(f"Title {n}\n\nVladimir Putin met Recep Erdogan in Moscow, report number {n}.\n")
        paths.append(str(path))
    spec = Spec(ner=False, cache_dir=str(folder / "cache"))
    backend = sys.argv[2] if len(sys.argv) > 2 else "processes"
    run = (
        _run_dask([[p] for p in paths], spec, 2, None)
        if backend == "dask"
        else _run_processes([[p] for p in paths], spec, 2)
    )
    for _name, _result in run:
        print(" ".join(map(str, _descendants(os.getpid()))), flush=True)
        time.sleep(120)  # killed here, with the pool and its workers alive


def _descendants(pid: int) -> list[int]:
    """Children, their children and so on (a Dask nanny's worker is its child)."""
    found: list[int] = []
    parents = {pid}
    pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    while True:
        more = [p for p in pids if _ppid(p) in parents and p not in found]
        if not more:
            return found
        found.extend(more)
        parents = set(more)


def _ppid(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


if __name__ == "__main__":
    main()

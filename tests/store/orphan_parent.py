"""Run by test_orphans.py as its own process: start the multi-process analysis over a small corpus,
print the worker pids once the first chunk is back, then wait to be killed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from store.actors.parallel import Spec, _run_processes


def main() -> None:
    folder = Path(sys.argv[1])
    paths = []
    for n in range(12):
        path = folder / f"doc{n}.txt"
        path.write_text(f"Title {n}\n\nVladimir Putin met Recep Erdogan in Moscow, report number {n}.\n")
        paths.append(str(path))
    spec = Spec(ner=False, cache_dir=str(folder / "cache"))
    for _name, _result in _run_processes([[p] for p in paths], spec, 2):
        children = [int(p) for p in os.listdir("/proc") if p.isdigit() and _ppid(int(p)) == os.getpid()]
        print(" ".join(map(str, children)), flush=True)
        time.sleep(120)  # killed here, with the pool and its workers alive


def _ppid(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


if __name__ == "__main__":
    main()

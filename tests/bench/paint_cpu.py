"""First paint in processor time: what start-up costs the app itself, beside a minimal Textual app.

    .venv/bin/python -m tests.bench.paint_cpu                       # 7 starts of each, interleaved
    .venv/bin/python -m tests.bench.paint_cpu --repeat 11 --against /tmp/main-copy
    .venv/bin/python -m tests.bench.paint_cpu --count 2000     # a generated corpus instead of the bundled one

Each start is a fresh process running tests/bench/paint_driver.py until its first useful frame (the
minimal app: its line; actorlens: the document list and a document's text). Reported, as medians, for
the minimal app, actorlens on the bundled corpus with its caches written (a second start) and with an
empty cache (the very first start): the processor time the process used until that frame (every thread;
another busy process on the machine hardly changes it, unlike the wall-clock time, also shown) and its
ratio to the minimal app's. ``--against TREE`` runs the same starts on another checkout (e.g. a
`git worktree` of main: the code before a change), alternating with this one, so that both meet the
same load. All user files go to tests/bench/out/paint-cpu (never the real ones).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import make_corpus, run_all

ROOT = Path(__file__).resolve().parent.parent.parent
HOME = Path(__file__).resolve().parent / "out" / "paint-cpu"
DRIVER = Path(__file__).resolve().with_name("paint_driver.py")


def start(tree: Path, args: list[str], home: Path, cache: Path | None = None) -> dict:
    """One start of the paint driver with the app's code from ``tree``: {"cpu", "wall"} in seconds."""
    env = run_all.bench_env(home)
    env["PYTHONPATH"] = str(tree)  # this tree's tui and store, whatever the environment has installed
    if cache is not None:
        env["ACTORLENS_CACHE"] = str(cache)
    shutil.rmtree(home / "state", ignore_errors=True)  # a fresh open: no remembered document or filter
    started = time.time()
    out = subprocess.run(
        [sys.executable, str(DRIVER), *args], cwd=tree, env=env, capture_output=True, text=True, timeout=300
    )
    if out.returncode != 0:
        raise RuntimeError(f"{tree}: {' '.join(args)} failed: {out.stderr[-800:]}")
    report = json.loads(out.stdout.strip().splitlines()[-1])
    return {"cpu": report.get("cpu", 0.0), "wall": report["ready"] - started}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--against", type=Path, help="another checkout to measure alternately (the baseline)")
    parser.add_argument("--count", type=int, default=0, help="a generated corpus of this many documents")
    args = parser.parse_args(argv)
    corpus = [str(make_corpus.ensure(args.count))] if args.count else []
    trees = {"this": ROOT} | ({"against": args.against.resolve()} if args.against else {})
    found: dict[str, list[dict]] = {}
    for label, tree in trees.items():  # each tree's caches written once, as after a first session
        start(tree, ["--full", "actorlens", *corpus], HOME / label)
    for n in range(args.repeat):  # interleaved: the load meets every case alike
        found.setdefault("minimal", []).append(start(ROOT, ["minimal"], HOME / "this"))
        for label, tree in trees.items():
            found.setdefault(f"{label}: second start", []).append(start(tree, ["actorlens", *corpus], HOME / label))
            empty = HOME / label / f"empty-cache-{n}"
            shutil.rmtree(empty, ignore_errors=True)
            found.setdefault(f"{label}: very first start", []).append(
                start(tree, ["actorlens", *corpus], HOME / label, cache=empty)
            )
            shutil.rmtree(empty, ignore_errors=True)
    base = {key: statistics.median(r[key] for r in found["minimal"]) for key in ("cpu", "wall")}
    load = os.getloadavg()
    print(
        f"{args.count or 'bundled'} documents; medians of {args.repeat}; load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} on {os.cpu_count()} cores"
    )
    print("\n| start | CPU until the first frame | against the minimal app | wall | against the minimal app |")
    print("|---|---|---|---|---|")
    for label, runs in found.items():
        cpu = statistics.median(r["cpu"] for r in runs)
        wall = statistics.median(r["wall"] for r in runs)
        print(
            f"| {label} | {cpu * 1000:.0f} ms | {cpu / base['cpu']:.2f}x | {wall * 1000:.0f} ms "
            f"| {wall / base['wall']:.2f}x |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The rare long key of `bench_e2e` in a real terminal: a measurement artefact, and how it was found.

    .venv/bin/python -m tests.bench.key_spike [--presses 30] [--runs 3] [--no-settle]

Starts the real `actorlens` on the bundled corpus in tmux with empty caches (the first start: background
analysis running), presses j/k, and for the slowest key prints its latency and what the screen changed.
`bench_e2e` pressed the next key as soon as the screen differed from before: about once in 30 to 60 presses
a key "took" 1.1–1.8 s, or nothing changed for 3 s (a "miss"), while the app's main thread sat idle. A trace
inside the app (every key, cursor move and frame, kept in memory) showed why: the change credited to a `k`
was a late frame of the `j` before it (the document it opened), so the next `j` was sent at once; `k` and
`j` then drew in one frame and cancelled out on the screen, and the change waited for was an unrelated one
seconds later (a status line). With the screen quiet for 80 ms before each key (the default here, and now
in `bench_e2e`), four runs of 30 presses: at most 38 ms, no miss; `--no-settle` presses the old way.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import tempfile
from pathlib import Path

from tests.bench.bench_e2e import Pane, actorlens_command, actorlens_ready, bench_env


def one_run(presses: int, settle: bool) -> tuple[list[float | None], str]:
    home = Path(tempfile.mkdtemp(prefix="key-spike-"))
    try:
        pane = Pane(bench_env(home), 120, 40)
        pane.start(actorlens_command())
        pane.wait(actorlens_ready, 30)
        found: list[tuple[float | None, str, str]] = []
        for i in range(presses):
            if settle:
                pane.settle(0.08)
            before = pane.screen(False)
            latency = pane.key("j" if i % 2 == 0 else "k")
            found.append((latency, before, pane.screen(False)))
        pane.kill()
    finally:
        shutil.rmtree(home, ignore_errors=True)
    worst, before, after = max(found, key=lambda item: item[0] or 0.0)
    diff = "\n".join(difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0))
    return [item[0] for item in found], f"slowest {worst or 0:.0f} ms; what changed:\n{diff}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-settle", action="store_true", help="press as soon as the screen changed (the old way)")
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        print("key_spike needs tmux")
        return 1
    for run in range(args.runs):
        latencies, report = one_run(args.presses, not args.no_settle)
        shown = " ".join("miss" if v is None else f"{v:.0f}" for v in latencies)
        print(f"run {run + 1}: {shown}\n{report}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

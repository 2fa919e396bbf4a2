"""CPU time of the app per key that opens or closes a screen: `?` and `escape` (help), `t` and `escape`
(the tag dialog), `A` and `escape` (the note editor), `E` and `escape` (the export dialog), in-process
(headless, Textual's Pilot, 120x40).

    .venv/bin/python -m tests.bench.dialog_cpu                               # bundled corpus
    .venv/bin/python -m tests.bench.dialog_cpu --against /tmp/main-copy --rounds 2

Process CPU time (``time.process_time``: every thread of the app's process) from sending the key until the
app has been idle for SETTLE seconds, minus the same wait with no key (measured in the same run), the
analysis finished first: the median, the 90th percentile and the first press (a screen's first opening in a
session, which used to mount it). Also the frames drawn for each key.
``--against CHECKOUT`` runs the same presses with another checkout's code, alternately (this script run
with that checkout's packages first on the path), so that the load of the machine meets both alike: read
the ratios, not the times.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import run_all

SETTLE = 0.12  # seconds the pilot waits after each key (longer than any settle timer of the app)
KEYS = (
    ("? (open help)", "question_mark"),
    ("escape (close help)", "escape"),
    ("t (open the tag dialog)", "t"),
    ("escape (close the tag dialog)", "escape"),
    ("A (open the note editor)", "A"),
    ("escape (close the note editor)", "escape"),
    ("E (open the export dialog)", "E"),
    ("escape (close the export dialog)", "escape"),
)


async def _measure(paths: list[str], presses: int, size: tuple[int, int]) -> dict[str, list[float]]:
    from store.corpus.library import Library
    from tests.tui.helpers import wait_ready
    from tui.app import ActorlensApp

    app = ActorlensApp(Library(paths), ner=False)
    found: dict[str, list[float]] = {}
    frames: dict[str, list[int]] = {}
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot, 2, idle=False)
        for _ in range(60):  # the background work done, at most 30 s
            await pilot.pause(0.5)
            if not any(worker.is_running for worker in app.workers):
                break
        await pilot.pause(1.5)  # the help screen made ready in its thread (tui/app.py PREPARE_HELP)
        drawn = [0, 0]
        display = app._display

        def counting(screen, renderable):  # type: ignore[no-untyped-def]
            drawn[0] += 1
            return display(screen, renderable)

        app._display = counting  # type: ignore[method-assign]
        baseline: list[float] = []
        for _ in range(presses):
            started = time.process_time()
            await pilot.pause(SETTLE)
            baseline.append((time.process_time() - started) * 1000)
        idle = statistics.median(baseline)
        for _ in range(presses):
            for name, key in KEYS:
                drawn[0] = 0
                started = time.process_time()
                await pilot.press(key)
                await pilot.pause(SETTLE)
                found.setdefault(name, []).append((time.process_time() - started) * 1000 - idle)
                frames.setdefault(name, []).append(drawn[0])
        app._display = display  # type: ignore[method-assign]
    found["(the wait alone, subtracted)"] = baseline
    for name, counts in frames.items():
        found[f"  frames: {name}"] = [float(c) for c in counts]
    return found


def report(label: str, found: dict[str, list[float]]) -> None:
    print(f"\n{label}: CPU ms per key (median · p90 of {len(next(iter(found.values())))} presses · the first press)")
    for name, values in found.items():
        ordered = sorted(values)
        p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
        print(f"  {name:44} {statistics.median(values):7.1f} · {p90:7.1f} · {values[0]:7.1f}", flush=True)


def _alternate(args: argparse.Namespace) -> int:
    here = Path(__file__).resolve().parent.parent.parent
    script = Path(__file__).resolve()
    rest = ["--presses", str(args.presses)]
    for _ in range(args.rounds):
        for checkout in (args.against.resolve(), here):
            print(f"\n=== {checkout} ===", flush=True)
            code = (
                f"import sys; sys.path.insert(0, {str(checkout)!r}); import runpy; "
                f"sys.argv = ['dialog_cpu'] + {rest!r}; runpy.run_path({str(script)!r}, run_name='__main__')"
            )
            env = dict(os.environ, PYTHONPATH=str(checkout))
            subprocess.run([sys.executable, "-c", code], cwd=checkout, env=env, check=False)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=16)
    parser.add_argument("--against", type=Path, help="another checkout: its code runs the same presses, alternately")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    if args.against is not None:
        return _alternate(args)
    run_all.use_bench_env()
    os.environ.pop("TEXTUAL_ANIMATIONS", None)
    from store.corpus.files import bundled_corpus

    report("bundled corpus", asyncio.run(_measure([str(bundled_corpus())], args.presses, (120, 40))))
    return 0


if __name__ == "__main__":
    sys.exit(main())

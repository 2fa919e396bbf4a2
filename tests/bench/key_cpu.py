"""CPU time of the app's process per keypress, in-process (headless, Textual's Pilot).

    .venv/bin/python -m tests.bench.key_cpu                    # bundled corpus
    .venv/bin/python -m tests.bench.key_cpu --count 2000       # also a generated corpus of 2,000 documents

Process CPU time (``time.process_time``: every thread of the app's process) from sending a key until the
app is idle again (its pending messages and timers done), with the analysis finished and cached first, so
that only the key's own work is counted. On a machine shared with other busy processes this is far less
noisy than wall time: a figure here is what one key costs the app, whatever else runs. The end-to-end
harness (bench_e2e.py) measures what a user waits for in a terminal.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from tests.bench import make_corpus, run_all

SETTLE = 0.12  # seconds the pilot waits after each key (longer than any settle timer of the app)


async def _measure(paths: list[str], presses: int, size: tuple[int, int]) -> dict[str, list[float]]:
    from textual import events

    from store.corpus.library import Library
    from tests.tui.helpers import wait_ready
    from tui.app import ActorlensApp

    app = ActorlensApp(Library(paths), ner=False)
    found: dict[str, list[float]] = {}
    async with app.run_test(size=size) as pilot:
        await wait_ready(pilot, 2, idle=False)
        for _ in range(60):  # the background work done (a large corpus's listing, analysis, index), at most 30 s
            await pilot.pause(0.5)
            if not any(worker.is_running for worker in app.workers):
                break

        async def press(name: str, key: str) -> None:
            started = time.process_time()
            await pilot.press(key)
            await pilot.pause(SETTLE)
            found.setdefault(name, []).append((time.process_time() - started) * 1000)

        # idle baseline: the same wait without a key
        for _ in range(presses):
            started = time.process_time()
            await pilot.pause(SETTLE)
            found.setdefault("(no key: the wait alone)", []).append((time.process_time() - started) * 1000)
        for i in range(presses):
            await press("j/k in the list", "j" if i % 2 == 0 else "k")
        for i in range(max(2, presses // 4)):  # a held key: ten presses arriving 25 ms apart, as a
            started = time.process_time()  # terminal's key repeat sends them, whether the app keeps up or not
            for _ in range(10):
                key = "j" if i % 2 == 0 else "k"
                app.post_message(events.Key(key, key))
                await asyncio.sleep(0.025)
            await pilot.pause(SETTLE)
            await pilot.pause(SETTLE)
            found.setdefault("j/k held (10 sent at 40/s), per key", []).append((time.process_time() - started) * 100)
        for i in range(presses):
            await press("]/[ next document", "right_square_bracket" if i % 2 == 0 else "left_square_bracket")
        for _ in range(presses // 2):
            await press("? (open help)", "question_mark")
            await press("escape (close help)", "escape")
        for _ in range(max(2, presses // 4)):
            await press("/ (open the filter)", "slash")
            for letter in "the":
                await press("typing in the filter", letter)
            await press("escape (close the filter)", "escape")
    return found


def measure(paths: list[str], presses: int, size: tuple[int, int] = (120, 40)) -> dict[str, list[float]]:
    return asyncio.run(_measure(paths, presses, size))


def report(label: str, found: dict[str, list[float]]) -> None:
    print(f"\n{label}: CPU ms per key (median · p90 of {len(next(iter(found.values())))} presses)")
    for name, values in found.items():
        ordered = sorted(values)
        p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
        print(f"  {name:32} {statistics.median(values):7.1f} · {p90:7.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=16)
    parser.add_argument("--count", type=int, default=0, help="also a generated corpus of this many documents")
    parser.add_argument("--no-bundled", action="store_true")
    args = parser.parse_args(argv)
    run_all.use_bench_env()
    os.environ.pop("TEXTUAL_ANIMATIONS", None)
    if not args.no_bundled:
        from store.corpus.files import bundled_corpus

        report("bundled corpus", measure([str(bundled_corpus())], args.presses))
    if args.count:
        large: Path = make_corpus.ensure(args.count)
        report(f"{args.count} documents", measure([str(large)], args.presses))
    return 0


if __name__ == "__main__":
    sys.exit(main())

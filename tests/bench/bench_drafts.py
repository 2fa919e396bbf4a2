"""Benchmark: what keeping the note editor's draft on disk costs (issue 16).

    .venv/bin/python -m tests.bench.bench_drafts [--repeat R] [--keys K]

1. One draft write (store.notebook.drafts: JSON, temporary file, fsync, rename) against writing the same
   bytes with a plain open/write (no fsync, no rename): median ms and the ratio.
2. Typing in the note editor, headless, in bursts with a pause after each (each pause writes a draft),
   with drafts kept against the same typing with draft writes turned off: median ms per key and the
   ratio. The writes run in the draft writer's thread, so the ratio should stay near 1.

User files go to tests/bench/out/home (never the real ones).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.run_all import use_bench_env  # noqa: E402

NOTE = ("A paragraph of a note, with some Markdown: *irony*, [links](x) and “quotes”. " * 30)[:2000]


def bench_write(repeat: int) -> tuple[float, float]:
    from store.notebook.drafts import Draft, Drafts, draft_key

    with tempfile.TemporaryDirectory() as folder:
        drafts = Drafts(Path(folder) / "drafts")
        key = draft_key("doc", block=3, start=0, end=200)
        plain = Path(folder) / "plain.json"
        payload = Draft(NOTE, ("war", "pskov")).text.encode("utf-8")
        ours, base = [], []
        for _ in range(repeat):
            t = time.perf_counter()
            drafts.save(key, Draft(NOTE, ("war", "pskov"), "title"))
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            with open(plain, "wb") as out:
                out.write(payload)
            base.append(time.perf_counter() - t)
    return statistics.median(ours) * 1000, statistics.median(base) * 1000


async def type_in_editor(keys: int, drafts_on: bool) -> tuple[float, int]:
    from store.corpus.library import Library
    from store.notebook.drafts import DraftSlot
    from tests.tui.helpers import wait_ready
    from tui.app import ActorlensApp
    from tui.dialogs.notes import NoteEditor

    writes = 0
    keep = DraftSlot.keep

    def counted(self: DraftSlot, text: str, tags: tuple[str, ...] = ()) -> None:
        nonlocal writes
        writes += 1
        if drafts_on:
            keep(self, text, tags)

    DraftSlot.keep = counted  # type: ignore[method-assign]
    try:
        app = ActorlensApp(Library([Path(__file__).resolve().parents[2] / "seeds"]), ner=False)
        times: list[float] = []
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_ready(pilot, 5)
            await pilot.press("tab", "a")
            assert isinstance(app.screen, NoteEditor)
            for i in range(keys):
                t = time.perf_counter()
                await pilot.press("x" if i % 7 else "space")
                times.append(time.perf_counter() - t)
                if i % 20 == 19:
                    await pilot.pause(NoteEditor.DEBOUNCE + 0.1)  # a pause in typing: the draft is written
            app.main_screen.notes.drafts.flush(30)
            app.exit()
    finally:
        DraftSlot.keep = keep  # type: ignore[method-assign]
    return statistics.median(times) * 1000, writes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()
    use_bench_env()
    ours, base = bench_write(args.repeat)
    print(f"draft write, 2 KB note: {ours:.2f} ms median against a plain write {base:.3f} ms ({ours / base:.1f}x)")
    runs: dict[bool, list[float]] = {True: [], False: []}
    writes = 0
    for _ in range(3):  # interleaved, so that a busy moment of the machine hits both
        for on in (False, True):
            per_key, count = asyncio.run(type_in_editor(args.keys, on))
            runs[on].append(per_key)
            writes = max(writes, count) if on else writes
    on, off = statistics.median(runs[True]), statistics.median(runs[False])
    print(
        f"typing in the note editor: {on:.2f} ms per key with drafts ({writes} draft writes per run) against "
        f"{off:.2f} ms without ({on / off:.2f}x)"
    )


if __name__ == "__main__":
    main()

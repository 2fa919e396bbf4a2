"""The sidebar with two-line titles against the one-line titles it had (issue 16), in the same run.

    .venv/bin/python -m tests.bench.bench_sidebar [--documents 10000] [--frames 300]

A headless app holds only a DocumentList of generated summaries with long news titles (no files, no
/work/shared). For each size (120x40: the list is 30 columns, as in the app; 80x24: 20) it times drawing the whole list
(every line, as a frame after `j` does) at many places in the list, and a `j` press through Textual (key
to the end of the frame), first with the titles on two lines (now), then with the module switched back
to one line per title (ROWS=2, as before). Prints medians and the ratio now / before; then the filter's
cost per keystroke with the list in date order against file order.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from textual.app import App, ComposeResult
from textual.geometry import Region

from store.corpus.library import Summary
from tui.widgets import document_list
from tui.widgets.document_list import DocumentList

WORDS = (
    "Putin Erdogan measure missiles and try dividing and conquering Nagorno-Karabakh while the Kremlin "
    "watches Armenia and Azerbaijan sign a ceasefire brokered in Moscow after weeks of shelling"
).split()


def summaries(n: int) -> list[Summary]:
    out = []
    for i in range(n):
        words = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(6 + i % 9)]
        out.append(
            Summary(
                i,
                f"/corpus/{i:05d}.txt",
                f"id{i}",
                " ".join(words),
                True,
                None,
                f"2020-{1 + i % 12:02d}-01",
                "Byline Times" if i % 3 else None,
                "utf-8",
            )
        )
    return out


class ListApp(App[None]):
    CSS = "DocumentList { width: 25%; }"  # about the sidebar's width in the app (30 columns at 120)

    def __init__(self, items: list[Summary]) -> None:
        super().__init__()
        self.items = items

    def compose(self) -> ComposeResult:
        yield DocumentList(id="documents")

    def on_mount(self) -> None:
        documents = self.query_one(DocumentList)
        documents.add_summaries(self.items)
        documents.set_read(s.doc_id for s in self.items[::2])
        documents.focus()


async def measure(
    items: list[Summary], size: tuple[int, int], frames: int, filters: dict[str, float] | None = None
) -> tuple[float, float]:
    app = ListApp(items)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        documents = app.query_one(DocumentList)
        region = Region(0, 0, documents.size.width, documents.size.height)
        draw = []
        step = max(1, len(items) // frames)
        for n in range(frames):
            documents.highlighted = (n * step) % len(items)
            start = time.perf_counter()
            documents.render_lines(region)
            draw.append(time.perf_counter() - start)
        documents.highlighted = 0
        await pilot.pause()
        if filters is not None:
            for order in ("file", "date"):
                documents.set_order(order)
                times = []
                for n in range(30):
                    word = WORDS[n % len(WORDS)].lower()
                    start = time.perf_counter()
                    documents.set_filter(lambda s, w=word: w in s.title.lower())
                    times.append(time.perf_counter() - start)
                filters[order] = statistics.median(times) * 1000
            documents.set_filter(None)
            documents.set_order("file")
        press = []
        for _ in range(min(frames, 60)):
            start = time.perf_counter()
            await pilot.press("j")
            await pilot.wait_for_scheduled_animations()
            press.append(time.perf_counter() - start)
    return statistics.median(draw) * 1000, statistics.median(press) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args()
    items = summaries(args.documents)
    print("| size | draw the list: two-line titles / one line (before) | ratio | `j` press: now / before | ratio |")
    print("|---|---|---|---|---|")
    filters: dict[str, float] = {}
    for size in ((120, 40), (80, 24)):
        now = asyncio.run(measure(items, size, args.frames, filters if size == (120, 40) else None))
        saved = document_list.ROWS, document_list.TITLE_ROWS
        document_list.ROWS, document_list.TITLE_ROWS = 2, 1
        try:
            before = asyncio.run(measure(items, size, args.frames))
        finally:
            document_list.ROWS, document_list.TITLE_ROWS = saved
        print(
            f"| {size[0]}x{size[1]} | {now[0]:.2f} / {before[0]:.2f} ms | {now[0] / before[0]:.2f}x "
            f"| {now[1]:.2f} / {before[1]:.2f} ms | {now[1] / before[1]:.2f}x |"
        )
    print(
        f"\nfilter per keystroke, {len(items)} documents: file order {filters['file']:.2f} ms, "
        f"by date {filters['date']:.2f} ms = {filters['date'] / filters['file']:.2f}x"
    )


if __name__ == "__main__":
    main()

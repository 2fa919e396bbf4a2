"""Benchmark: what showing notes as Markdown costs. Run: .venv/bin/python tests/bench/bench_notes_view.py

Renders notes the way the notes panel and the notes stream draw them (a Rich console, 40 and 110
columns) and reports each as a ratio to the baseline measured in the same run: the old prompt, the
note's first line as plain Text. Also the stream's filter over 10,000 notes (no baseline: its time).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rich.console import Console  # noqa: E402
from rich.text import Text  # noqa: E402

from store.model import Anchor, Note  # noqa: E402
from store.notebook.anchoring import ResolvedAnchor  # noqa: E402
from store.notebook.notebook import PlacedNote  # noqa: E402
from store.notebook.stream import entry_of, filter_stream  # noqa: E402
from tui.screens.notes_stream import stream_prompt  # noqa: E402
from tui.widgets.notes_panel import note_prompt  # noqa: E402

TEXT = "Note {i}: **Markdown** with a [link](https://example.org/{i}) and `code`.\n\n- one point\n- another " * 2


def notes(count: int) -> list[Note]:
    anchor = Anchor(3, 10, 90, "the foreign ministers agreed on a humanitarian ceasefire", "", "")
    return [
        Note(
            f"n{i}",
            f"doc{i % 300}",
            anchor if i % 3 else None,
            TEXT.format(i=i),
            ("war", "ceasefire") if i % 2 else ("oil",),
            "2024-06-11T10:00:00+00:00",
            "2024-06-11T10:00:00+00:00",
            f"/c/doc{i % 300}.txt",
            f"Document {i % 300}",
        )  # fmt: skip
        for i in range(count)
    ]


def first_line(note: Note) -> Text:  # the notes panel's prompt before issue 16
    return Text(note.text.splitlines()[0], no_wrap=True, overflow="ellipsis")


def timed(render, items, width: int, repeat: int = 5) -> float:
    console = Console(width=width, color_system="truecolor", file=open("/dev/null", "w"))  # noqa: SIM115
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for item in items:
            list(console.render(render(item), console.options))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    some = notes(30)  # a document's notes
    placed = [PlacedNote(n, ResolvedAnchor("exact", 3, 10, 90)) for n in some]
    base = timed(lambda p: first_line(p.note), placed, 40)
    panel = timed(note_prompt, placed, 40)
    print(f"notes panel, 30 notes at 40 columns: {panel * 1000:.1f} ms, {panel / base:.1f}x the first-line prompt "
          f"({base * 1000:.2f} ms)")  # fmt: skip
    plain = [PlacedNote(Note(n.id, n.doc_id, n.anchor, "A plain note, no markup. " * 6), p.where)
             for n, p in zip(some, placed, strict=True)]  # fmt: skip
    fast = timed(note_prompt, plain, 40)
    print(f"notes panel, 30 plain notes: {fast * 1000:.1f} ms, {fast / base:.1f}x the first-line prompt")
    entries = [entry_of(n) for n in notes(100)]
    base = timed(lambda e: first_line(e.note), entries, 110, repeat=3)
    stream = timed(stream_prompt, entries, 110, repeat=3)
    print(f"notes stream, 100 notes shown at 110 columns: {stream * 1000:.0f} ms, {stream / base:.1f}x first lines "
          f"({base * 1000:.1f} ms)")  # fmt: skip
    many = [entry_of(n) for n in notes(10_000)]
    times = []
    for _ in range(5):
        start = time.perf_counter()
        filter_stream(many, "#war ceasefire link")
        times.append(time.perf_counter() - start)
    print(f"stream filter over 10,000 notes: {statistics.median(times) * 1000:.1f} ms (median of 5)")


if __name__ == "__main__":
    main()

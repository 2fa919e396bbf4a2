"""Benchmark: a notebook of 10,000 notes. Run: .venv/bin/python tests/bench/bench_notes.py [--notes N]

Reports the time to add one note and to load the notebook, each as a ratio to the floor measured
in the same run: writing (json.dumps + write + fsync) and reading (read + json.loads) the same
JSON bytes with nothing else. Goal: adding a note <= 1.5x its floor.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from store.model import Anchor  # noqa: E402
from store.notebook.notebook import DocRef, Notebook, note_to_record  # noqa: E402
from store.notebook.storage import META_TABLE, meta_record  # noqa: E402


def build(path: Path, count: int) -> None:
    from store.model import Note

    notes = {}
    for i in range(count):
        note_id = secrets.token_hex(4)
        anchor = Anchor(
            i % 40,
            10,
            90,
            "the foreign ministers agreed on a humanitarian ceasefire " * 1,
            "After nine hours of talks, ",
            " Sergei Lavrov said after the",
        )
        note = Note(
            note_id,
            f"doc{i % 300:04d}",
            anchor if i % 3 else None,
            f"Note {i}: **Markdown** with a [link](https://example.org/{i}) and some words " * 3,
            ("war", "ceasefire") if i % 2 else ("oil",),
            "2024-06-11T10:00:00+00:00",
            "2024-06-11T10:00:00+00:00",
            f"/corpus/doc{i % 300:04d}.txt",
            f"Document {i % 300}",
        )
        notes[note_id] = note_to_record(note)
    data = {META_TABLE: meta_record(), "notes": notes, "documents": {}}
    path.write_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def floor_write(path: Path, data: dict) -> float:
    start = time.perf_counter()
    payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, payload)
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - start


def floor_read(path: Path) -> float:
    start = time.perf_counter()
    json.loads(path.read_bytes().decode("utf-8"))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notes.json"
        build(path, args.notes)
        size = path.stat().st_size
        scratch = Path(tmp) / "floor.json"
        doc = DocRef("doc0001", "/corpus/doc0001.txt", "Document 1")
        loads, load_floors, adds, add_floors, listings = [], [], [], [], []
        notebook = Notebook(path)
        for _ in range(args.rounds):
            load_floors.append(floor_read(path))
            start = time.perf_counter()
            fresh = Notebook(path)
            fresh.notes(doc)
            fresh.note_counts()
            loads.append(time.perf_counter() - start)
            start = time.perf_counter()
            fresh.notes()
            listings.append(time.perf_counter() - start)

            data = json.loads(path.read_bytes())
            add_floors.append(floor_write(scratch, data))
            start = time.perf_counter()
            notebook.add(doc, "A new note with *Markdown*", tags=["bench"])
            adds.append(time.perf_counter() - start)
        median = statistics.median
        add_ms, add_floor_ms = median(adds) * 1000, median(add_floors) * 1000
        load_ms, load_floor_ms = median(loads) * 1000, median(load_floors) * 1000
        print(f"notebook: {args.notes} notes, {size / 1e6:.1f} MB, {args.rounds} rounds (medians)")
        print(
            f"add one note: {add_ms:.1f} ms; floor json.dumps+write+fsync {add_floor_ms:.1f} ms; "
            f"ratio {add_ms / add_floor_ms:.2f}x (goal <= 1.5x)"
        )
        print(
            f"load notebook (open, index, one document's notes, counts): {load_ms:.1f} ms; "
            f"floor read+json.loads {load_floor_ms:.1f} ms; ratio {load_ms / load_floor_ms:.2f}x"
        )
        print(f"then every note as a Note object: +{median(listings) * 1000:.1f} ms")
        start = time.perf_counter()
        for _ in range(100):
            notebook.notes(doc)
        print(f"notes of one document, file unchanged (in memory): {(time.perf_counter() - start) * 10:.3f} ms")


if __name__ == "__main__":
    main()

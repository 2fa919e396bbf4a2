"""A very long paragraph costs what the same text costs in paragraphs (issue 11).

    .venv/bin/python tests/bench/bench_long_paragraph.py [--mb 2] [--ner] [--stage all|load|analyze|reader]

Builds ~2 MB of article text from the bundled corpus, written once as one paragraph and once in
paragraphs, and measures each stage in a fresh process (so peak memory is that stage's own): opening
the file (read, decode, clean), the actor analysis (dictionary; with --ner also spaCy) and the
reader's layout of the first screen in a headless app. Prints seconds and peak RSS for both files and
the ratio one-paragraph / paragraphs (goal: <= 1.5x in time and memory). Then opens a 50 MB single
line in the headless app and prints how long the first paint and a key press took.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def corpus_text(size: int) -> list[str]:
    """Paragraphs of the bundled corpus, repeated up to ``size`` characters."""
    seeds = ROOT / "seeds"
    paragraphs: list[str] = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        paragraphs += [" ".join(p.split()) for p in text.split("\n\n") if len(p.split()) > 20]
    out, total, n = [], 0, 0
    while total < size:
        p = f"In dispatch {n}, " + paragraphs[n % len(paragraphs)]  # unique: the cleaner drops repeated lines
        out.append(p)
        total += len(p) + 2
        n += 1
    return out


def stage(kind: str, path: str, ner: bool) -> dict[str, float]:
    """Run in a child process: one stage over one file; returns seconds and peak RSS (MB)."""
    import resource

    os.environ["ACTORLENS_NER"] = "on" if ner else "off"
    from store.corpus.documents import load
    from store.corpus.files import SourceFile

    start = time.perf_counter()
    if kind == "load":
        load(SourceFile(Path(path)))
    elif kind == "analyze":
        from store.actors.analysis import Analyzer

        doc = load(SourceFile(Path(path)))
        analyzer = Analyzer(ner=ner, cache=False)
        analyzer.warm_up() if ner else None
        start = time.perf_counter()
        analyzer.analyze(doc)
    elif kind == "reader":
        import asyncio

        from store.corpus.library import Library
        from tui.app import ActorlensApp
        from tui.widgets.reader import Reader

        latencies: list[float] = []

        async def run() -> float:
            app = ActorlensApp(Library([path], summary_cache=False, document_cache=False), ner=False)
            begin = time.perf_counter()
            async with app.run_test(size=(120, 40)) as pilot:
                for _ in range(100000):
                    # a key every 50 ms while the document opens: how long until the app has handled it
                    asked = time.perf_counter()
                    await pilot.press("question_mark" if len(latencies) % 2 == 0 else "escape")
                    latencies.append(time.perf_counter() - asked)
                    await pilot.pause(0.05)
                    reader = app.main_screen.query(Reader)
                    if reader and reader.first().document is not None:
                        break
                shown = time.perf_counter() - begin
                await pilot.press("escape", "end")
                await pilot.pause()
            return shown

        seconds = asyncio.run(run())
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        latencies.sort()
        return {"seconds": seconds, "rss_mb": rss, "key_max": latencies[-1], "key_median": latencies[len(latencies) // 2],
                "keys": len(latencies)}
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rss_mb": rss}


def measure(kind: str, path: Path, ner: bool) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)] + (["--ner"] if ner else []),
        capture_output=True, text=True, cwd=ROOT, timeout=3600,
    )
    if out.returncode != 0:
        raise SystemExit(f"{kind} on {path.name} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--ner", action="store_true")
    parser.add_argument("--stage", default="all", choices=("all", "load", "analyze", "reader", "huge"))
    parser.add_argument("--child", nargs=2, metavar=("STAGE", "PATH"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(stage(args.child[0], args.child[1], args.ner)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paragraphs = corpus_text(int(args.mb * 1024 * 1024))
        title = "A long report on the region\n\n"
        one = folder / "one.txt"
        one.write_text(title + " ".join(paragraphs) + "\n", encoding="utf-8")
        many = folder / "many.txt"
        many.write_text(title + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        print(f"text: {one.stat().st_size / 1e6:.1f} MB; {len(paragraphs)} paragraphs; NER {'on' if args.ner else 'off'}")
        stages = ("load", "analyze", "reader") if args.stage == "all" else (args.stage,)
        for kind in stages if args.stage != "huge" else ():
            a = measure(kind, one, args.ner)
            b = measure(kind, many, args.ner)
            print(
                f"{kind:8} one paragraph {a['seconds']:7.2f} s {a['rss_mb']:7.0f} MB | paragraphs "
                f"{b['seconds']:7.2f} s {b['rss_mb']:7.0f} MB | ratio time {a['seconds'] / b['seconds']:.2f}x "
                f"memory {a['rss_mb'] / b['rss_mb']:.2f}x"
            )
        if args.stage in ("all", "huge"):
            huge = folder / "huge.txt"
            line = " ".join(paragraphs)
            with huge.open("w", encoding="utf-8") as out:
                out.write("A huge single line\n\n")
                written = 0
                while written < 50 * 1024 * 1024:
                    out.write(line + " ")
                    written += len(line) + 1
                out.write("\n")
            r = measure("reader", huge, False)
            print(f"50 MB single line: reader shows it after {r['seconds']:.2f} s, peak {r['rss_mb']:.0f} MB; "
                  f"{r['keys']} keys pressed meanwhile, handled in {r['key_median'] * 1000:.0f} ms median, "
                  f"{r['key_max'] * 1000:.0f} ms at worst")


if __name__ == "__main__":
    main()

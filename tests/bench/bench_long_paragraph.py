"""A very long paragraph costs what the same text costs in paragraphs (issue 11).

    .venv/bin/python tests/bench/bench_long_paragraph.py [--mb 2] [--ner] [--stage all|load|analyze|reader|huge]
        [--huge-mb 50]

Builds ~2 MB of article text from the bundled corpus, written once as one paragraph and once in
paragraphs, and measures each stage in a fresh process (so peak memory is that stage's own): opening
the file (read, decode, clean), the actor analysis (dictionary; with --ner also spaCy) and the
reader showing it in a headless app (time and peak RSS until its text is on screen). Prints seconds and
peak RSS for both files and the ratio one-paragraph / paragraphs (goal: <= 1.5x in time and memory).

Then (``huge``) the same for 50 MB in the headless app, as one line and in paragraphs: the first paint,
when the text shows, when its highlights show and the background work ends, how long a key takes to be
handled and drawn while it loads and while it is analysed (a key every 50 ms), quitting, and peak RSS of
the app and of the child process that reads a very large file; each with its ratio (goals: keys within
~100 ms throughout, the text in linear time, memory <= ~1.5x).
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
    elif kind in ("reader", "app"):
        import asyncio

        return asyncio.run(app_stage(path, full=kind == "app"))
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "rss_mb": rss}


async def app_stage(path: str, *, full: bool) -> dict[str, float]:
    """In a headless app (NER off): how long until the first paint (the list and a "loading" line), until
    the document's text shows, and (``full``) until its highlights show and the background work is done.
    Meanwhile a key (``j``) every 50 ms, posted as the terminal driver posts it and timed until the frame
    after its action is drawn (Pilot.press waits for the whole process to be idle, which a background
    thread never is: no use here). Then ``q``, and how long quitting takes. Peak RSS of this process and of
    the child that reads a very large file."""
    import asyncio
    import resource

    from textual import events

    from store.corpus.library import Library
    from tui.app import ActorlensApp
    from tui.widgets.document_list import DocumentList
    from tui.widgets.reader import Reader

    handled: dict[int, float] = {}
    pending = [0]

    def timed(cls: type) -> None:
        original = cls.action_cursor_down

        def action(self: object) -> None:
            original(self)
            key = pending[0]
            self.call_after_refresh(lambda: handled.setdefault(key, time.perf_counter()))  # type: ignore[attr-defined]

        cls.action_cursor_down = action  # type: ignore[attr-defined]

    timed(DocumentList)
    timed(Reader)
    loading: list[float] = []  # key latencies until the text shows
    after: list[float] = []  # ... then while the document is analysed
    app = ActorlensApp(Library([path], summary_cache=False, document_cache=False), ner=False)
    begin = time.perf_counter()
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)):
        out["first_paint"] = time.perf_counter() - begin
        reader = app.main_screen.query_one(Reader)
        while time.perf_counter() - begin < 1800:
            pending[0] += 1
            asked = time.perf_counter()
            app.post_message(events.Key("j", "j"))
            while pending[0] not in handled and time.perf_counter() - asked < 120:
                await asyncio.sleep(0.001)
            (after if "shown" in out else loading).append(handled.get(pending[0], time.perf_counter()) - asked)
            await asyncio.sleep(0.05)
            doc = reader.document
            if "shown" not in out and doc is not None and reader._units and reader._units[0].kind != "notice":
                out["shown"] = time.perf_counter() - begin
                out["rss_shown_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # peak so far
                if not full:
                    break
            if "highlighted" not in out and doc is not None and any(b.mentions for b in doc.blocks[:1]):
                out["highlighted"] = time.perf_counter() - begin
            if "highlighted" in out and not any(w.is_running for w in app.main_screen.workers):
                out["idle"] = time.perf_counter() - begin
                break
        asked = time.perf_counter()
        app.post_message(events.Key("q", "q"))
    out["quit"] = time.perf_counter() - asked  # the app has stopped: its context is left
    for name, values in (("loading", loading), ("after", after)):
        values.sort()
        out[f"{name}_keys"] = len(values)
        out[f"{name}_median"] = values[len(values) // 2] if values else 0.0
        out[f"{name}_max"] = values[-1] if values else 0.0
    out["seconds"] = out.get("shown", float("nan"))
    # the reader's stage: the peak until the text shows (quitting then waits for the analysis begun meanwhile)
    out["rss_mb"] = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if full else out.get("rss_shown_mb", float("nan"))
    )
    out["child_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


def measure(kind: str, path: Path, ner: bool) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:  # the app's notes, caches and state: never the user's
        env = dict(os.environ)
        for name in ("ACTORLENS_DB", "ACTORLENS_CACHE", "ACTORLENS_STATE", "ACTORLENS_CONFIG"):
            env[name] = os.path.join(home, name.lower())
        env["ACTORLENS_DB"] += ".json"
        out = subprocess.run(
            [sys.executable, __file__, "--child", kind, str(path)] + (["--ner"] if ner else []),
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=3600,
        )
    if out.returncode != 0:
        raise SystemExit(f"{kind} on {path.name} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--ner", action="store_true")
    parser.add_argument("--stage", default="all", choices=("all", "load", "analyze", "reader", "huge"))
    parser.add_argument("--huge-mb", type=float, default=50.0, help="size of the huge single line (MB)")
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
        print(
            f"text: {one.stat().st_size / 1e6:.1f} MB; {len(paragraphs)} paragraphs; NER {'on' if args.ner else 'off'}"
        )
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
            huge_paragraphs = corpus_text(int(args.huge_mb * 1024 * 1024))
            huge = folder / "huge.txt"
            huge.write_text("A huge single line\n\n" + " ".join(huge_paragraphs) + "\n", encoding="utf-8")
            huge_many = folder / "huge-paragraphs.txt"
            huge_many.write_text("A huge single line\n\n" + "\n\n".join(huge_paragraphs) + "\n", encoding="utf-8")
            del huge_paragraphs
            print(f"{huge.stat().st_size / 1e6:.0f} MB in the app (NER off): one line | the same in paragraphs | ratio")
            a = measure("app", huge, False)
            b = measure("app", huge_many, False)

            def row(label: str, key: str, scale: float = 1.0, unit: str = "s") -> None:
                x, y = a.get(key, float("nan")) * scale, b.get(key, float("nan")) * scale
                ratio = x / y if y else float("nan")
                print(f"  {label:34} {x:9.2f} {unit:2} | {y:9.2f} {unit:2} | {ratio:5.2f}x")

            row("first paint", "first_paint")
            row("text shows", "shown")
            row("highlights show", "highlighted")
            row("background work done", "idle")
            row("key while loading, median", "loading_median", 1000, "ms")
            row("key while loading, worst", "loading_max", 1000, "ms")
            row("key while analysing, median", "after_median", 1000, "ms")
            row("key while analysing, worst", "after_max", 1000, "ms")
            row("quit", "quit")
            row("peak RSS, app", "rss_mb", 1, "MB")
            row("peak RSS, reading child", "child_rss_mb", 1, "MB")
            print(
                f"  keys pressed: {a['loading_keys'] + a['after_keys']:.0f} | {b['loading_keys'] + b['after_keys']:.0f}"
            )


if __name__ == "__main__":
    main()

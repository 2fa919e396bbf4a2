"""The performance benchmarks of issue 7, side by side in one run (machines are noisy: ratios of medians).

    .venv/bin/python -m tests.bench.run_all                 # everything (about 5 minutes on 2 cores)
    .venv/bin/python -m tests.bench.run_all --only paint filter --repeat 7
    .venv/bin/python -m tests.bench.run_all --analysis-docs 200

Sections (``--only``): paint, memory, open, filter, analysis. The synthetic corpus (10,000 articles,
tests/bench/make_corpus.py) is generated on first use into tests/bench/out/ (gitignored); all user
files (notes, caches, state) go to tests/bench/out/home, never the real ones. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.bench import make_corpus

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = Path(__file__).resolve().parent / "out"
HOME = OUT / "home"
SEEDS = ROOT / "seeds"
ROWS: list[tuple[str, str, str, str]] = []


def row(what: str, against: str, goal: str, measured: str) -> None:
    ROWS.append((what, against, goal, measured))
    print(f"  {what}: {measured}  (goal {goal})", file=sys.stderr, flush=True)


def bench_env(home: Path = HOME) -> dict[str, str]:
    """The environment of a benchmark run: every user file under ``home``, never the real ones."""
    env = dict(os.environ)
    for var, rel in {
        "ACTORLENS_DB": "notes.json",
        "ACTORLENS_CACHE": "cache",
        "ACTORLENS_CONFIG": "config",
        "ACTORLENS_ACTORS": "config/actors.toml",
        "ACTORLENS_STATE": "state",
        "XDG_CACHE_HOME": "xcache",
        "XDG_DATA_HOME": "xdata",
        "XDG_CONFIG_HOME": "xconfig",
        "XDG_STATE_HOME": "xstate",
    }.items():
        env[var] = str(home / rel)
    env["TEXTUAL_ANIMATIONS"] = "none"
    # As installed for a user: Python caches compiled bytecode (pip precompiles site-packages, and a
    # checkout's __pycache__ fills on first run). Some machines set this, which would make every run
    # recompile our source (about 45 ms) while the minimal app's Textual stays precompiled.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def use_bench_env() -> None:
    os.environ.update(bench_env())


def median(values: list[float]) -> float:
    return statistics.median(values)


# ── first paint ───────────────────────────────────────────────────────────────────────────────────


def paint_once(args: list[str], timeout: float = 300, cache: Path | None = None) -> dict:
    """One run of the paint driver; ``cache``: another cache folder (e.g. an empty one, for a first start)."""
    env = bench_env()
    if cache is not None:
        env["ACTORLENS_CACHE"] = str(cache)
    for attempt in range(2):
        shutil.rmtree(HOME / "state", ignore_errors=True)  # a fresh open: no remembered document or filter
        started = time.time()
        try:
            out = subprocess.run(
                [sys.executable, "-m", "tests.bench.paint_driver", *args],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=True,
            )
            break
        except subprocess.TimeoutExpired as exc:
            print(f"  timed out: {' '.join(args)}; stderr: {(exc.stderr or b'')[-500:]!r}", file=sys.stderr)
            if attempt:
                raise
    report = json.loads(out.stdout.strip().splitlines()[-1])
    report["seconds"] = report["ready"] - started
    if "loaded" in report:
        report["loaded_seconds"] = report["loaded"] - started
    return report


def bench_paint(corpus: Path, repeat: int) -> None:
    print("first paint", file=sys.stderr)
    shutil.rmtree(HOME / "cache" / "summaries", ignore_errors=True)
    shutil.rmtree(HOME / "empty-cache", ignore_errors=True)
    cold = paint_once(["actorlens", str(corpus)], cache=HOME / "empty-cache")  # nothing cached at all
    # fill the summary cache as a first session would (all summaries load in the background)
    full = paint_once(["--full", "actorlens", str(corpus)])
    paint_once(["--full", "actorlens"])  # and the bundled corpus's caches, as after a first session
    times: dict[str, list[float]] = {"minimal": [], "bundled": [], "10k": [], "first": []}
    spacy_seen = cold["spacy"]
    for n in range(repeat):  # interleaved, so that load on the machine hits all of them alike
        times["minimal"].append(paint_once(["minimal"])["seconds"])
        bundled = paint_once(["actorlens"])
        times["bundled"].append(bundled["seconds"])
        big = paint_once(["actorlens", str(corpus)])
        times["10k"].append(big["seconds"])
        empty = HOME / f"empty-cache-{n}"
        shutil.rmtree(empty, ignore_errors=True)
        times["first"].append(paint_once(["actorlens"], cache=empty)["seconds"])
        spacy_seen = spacy_seen or bundled["spacy"] or big["spacy"]
    m, b, k, f = (median(times[key]) for key in ("minimal", "bundled", "10k", "first"))
    row(
        "first paint, bundled corpus (its summary and document caches warm, as on every start after the first)",
        f"minimal Textual app (one Static): {m * 1000:.0f} ms",
        "<= 1.5x",
        f"{b * 1000:.0f} ms = {b / m:.2f}x",
    )
    row(
        "first paint, bundled corpus, very first start (empty caches: every file read and cleaned)",
        f"minimal Textual app (one Static): {m * 1000:.0f} ms",
        "(info)",
        f"{f * 1000:.0f} ms = {f / m:.2f}x",
    )
    row(
        "first paint, 10,000 documents (summary cache warm)",
        f"bundled corpus: {b * 1000:.0f} ms",
        "<= 2x",
        f"{k * 1000:.0f} ms = {k / b:.2f}x",
    )
    row(
        "first paint, 10,000 documents, first time ever (empty caches)",
        f"bundled corpus: {b * 1000:.0f} ms",
        "(info)",
        f"{cold['seconds'] * 1000:.0f} ms = {cold['seconds'] / b:.2f}x; all 10,000 summaries loaded after "
        f"{full['loaded_seconds']:.1f} s (in the background)",
    )
    row("spaCy imported before first paint", "", "never", "never" if not spacy_seen else "YES (see test_first_paint)")


# ── memory ────────────────────────────────────────────────────────────────────────────────────────


def bench_memory(corpus: Path) -> None:
    print("memory", file=sys.stderr)
    small = paint_once(["--full", "actorlens"])
    big = paint_once(["--full", "actorlens", str(corpus)])
    row(
        "peak memory, 10,000 documents open (all summaries, 50 documents read, 3 s of background analysis; "
        f"spaCy loaded: {'yes' if big['spacy'] else 'no'})",
        f"bundled corpus: {small['rss_mb']:.0f} MB",
        "<= 400 MB",
        f"{big['rss_mb']:.0f} MB = {big['rss_mb'] / small['rss_mb']:.2f}x",
    )


# ── opening a document whose analysis is cached ───────────────────────────────────────────────────


def bench_open(repeat: int) -> None:
    """What the reader does to open a document, to its first screen of lines (Strips), headless:
    load it (from the document cache, as for any document opened before), then for the highlighted
    case take its mentions from the analysis cache (Analyzer.cached, the app's path), build the
    styled texts, wrap, render the pane's lines as Textual asks for them (Widget.render_lines: text,
    gutter, border). The plain case does the same without actors. Compositing the frame with the
    other panes, the same for both, is left out."""
    print("open a cached document", file=sys.stderr)
    use_bench_env()
    from textual.app import App, ComposeResult
    from textual.geometry import Region

    from store.actors.analysis import Analyzer
    from store.corpus.library import Library
    from tui.highlights import Highlighter
    from tui.widgets.reader import Reader

    analyzer = Analyzer()
    library = Library([SEEDS], summary_cache=False)
    docs = [library.document(i, remember=True) for i in range(len(library))]  # the document cache, warm
    analyzer.analyze_many(docs)  # the analysis cache, warm
    highlighter = Highlighter(lambda: analyzer.actors)

    class ReaderApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Reader(id="reader")

    def show(reader: Reader, index: int, with_actors: bool) -> None:
        doc = Library([SEEDS], summary_cache=False).document(index)  # nothing in memory
        styler = None
        if with_actors:
            analysed = analyzer.cached(doc)
            assert analysed is not None and any(b.mentions for b in analysed.blocks)
            doc = analysed

            def styler(i, text):  # type: ignore[no-untyped-def]
                return highlighter.style(analysed.blocks[i], text)

        reader.show_document(doc, styler)
        reader.render_lines(Region(0, 0, *reader.outer_size))  # what Textual calls to draw the pane

    async def measure() -> tuple[list[float], list[float]]:
        plain: list[float] = []
        highlighted: list[float] = []
        async with ReaderApp().run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            reader = pilot.app.query_one(Reader)
            for round_ in range(repeat * 4):
                for index in range(len(library)):
                    for with_actors in (False, True) if round_ % 2 else (True, False):  # alternate the order
                        t0 = time.perf_counter()
                        show(reader, index, with_actors)
                        (highlighted if with_actors else plain).append(time.perf_counter() - t0)
        return plain, highlighted

    plain, highlighted = asyncio.run(measure())
    p, h = median(plain), median(highlighted)
    row(
        "open a document whose analysis is cached, to highlighted text (the reader's work: document "
        "cache, analysis cache, styling, wrapping, the 40 lines on screen)",
        f"its plain text, the same way: {p * 1000:.2f} ms",
        "<= 1.3x",
        f"{h * 1000:.2f} ms = {h / p:.2f}x",
    )


# ── sidebar filter ────────────────────────────────────────────────────────────────────────────────


def bench_filter(corpus: Path, repeat: int) -> None:
    print("sidebar filter", file=sys.stderr)
    use_bench_env()
    from textual.app import App, ComposeResult

    from store.corpus.library import Library
    from store.corpus.search import DocumentFilter, haystack
    from tui.widgets.document_list import DocumentList

    big = Library([corpus])
    summaries, _ = big.summaries(range(len(big)))
    small_lib = Library([SEEDS])
    small, _ = small_lib.summaries(range(len(small_lib)))
    query = "putin sochi"

    class ListApp(App[None]):
        def compose(self) -> ComposeResult:
            yield DocumentList(id="documents")

    async def keystrokes(items) -> list[float]:
        app = ListApp()
        out: list[float] = []
        async with app.run_test(size=(120, 40)) as pilot:
            documents = app.query_one(DocumentList)
            documents.add_summaries(items)
            await pilot.pause()
            for _ in range(repeat):
                haystack.cache_clear()  # the first keystroke builds the haystacks: include it
                for n in range(1, len(query) + 1):
                    parsed = DocumentFilter.parse(query[:n])
                    t0 = time.perf_counter()
                    documents.set_filter(None if parsed.empty else parsed.predicate())
                    documents.render_line(0)
                    out.append(time.perf_counter() - t0)
                documents.set_filter(None)
        return out

    big_times = asyncio.run(keystrokes(summaries))
    small_times = asyncio.run(keystrokes(small))
    b, s = median(big_times), median(small_times)
    row(
        "sidebar filter per keystroke, 10,000 documents (DocumentFilter + DocumentList.set_filter + a line)",
        f"5 documents: {s * 1000:.2f} ms",
        "<= 16 ms median",
        f"median {b * 1000:.2f} ms (max {max(big_times) * 1000:.1f} ms) = {b / s:.0f}x the 5-document case",
    )
    pilot_ms = pilot_keystrokes(corpus, query)
    if pilot_ms:
        row(
            "sidebar filter per keystroke in the app (Pilot: key press to filtered list), 10,000 documents",
            f"5 documents: {pilot_ms[1]:.1f} ms",
            "<= 16 ms median",
            f"median {pilot_ms[0]:.1f} ms",
        )


def pilot_keystrokes(corpus: Path, query: str) -> tuple[float, float] | None:
    from store.corpus.library import Library
    from tui.app import ActorlensApp
    from tui.screens.main import MainScreen
    from tui.widgets.document_list import DocumentList

    # The app's whole-corpus analysis would start once the sidebar is loaded and keep a thread (and the
    # process, at exit) busy for the whole 10,000 documents: this measures the filter alone.
    MainScreen.analyse_corpus = lambda self, indices: None  # type: ignore[method-assign]

    async def run(paths) -> float:
        shutil.rmtree(HOME / "state", ignore_errors=True)
        library = Library(paths)
        app = ActorlensApp(library)
        times: list[float] = []
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(2000):
                await pilot.pause(0.01)
                try:
                    documents = app.screen.query_one(DocumentList)
                except Exception:
                    continue
                if documents.total == len(library):
                    break
            await pilot.press("slash")
            for char in query:
                key = "space" if char == " " else char
                t0 = time.perf_counter()
                await pilot.press(key)
                times.append(time.perf_counter() - t0)
        return median(times) * 1000

    try:
        return asyncio.run(run([corpus])), asyncio.run(run([SEEDS]))
    except Exception as exc:  # the UI is changing under us: report rather than stop the run
        print(f"  (pilot keystrokes skipped: {exc!r})", file=sys.stderr)
        return None


# ── analysis throughput ───────────────────────────────────────────────────────────────────────────


class CpuMeter:
    """CPU seconds of this process and all its descendants over a stretch of wall time."""

    def __init__(self) -> None:
        import psutil

        self.psutil = psutil
        self.me = psutil.Process()
        self.samples: dict[int, float] = {}
        self._stop = threading.Event()

    def _sample(self) -> None:
        for proc in [self.me, *self.me.children(recursive=True)]:
            try:
                t = proc.cpu_times()
                self.samples[proc.pid] = t.user + t.system
            except self.psutil.Error:
                continue

    def __enter__(self) -> CpuMeter:
        self._sample()
        self.base = dict(self.samples)
        self.started = time.perf_counter()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()
        return self

    def _loop(self) -> None:
        while not self._stop.wait(0.1):
            self._sample()

    def __exit__(self, *exc) -> None:
        self._sample()
        self._stop.set()
        self.wall = time.perf_counter() - self.started
        self.cpu = sum(v - self.base.get(pid, 0.0) for pid, v in self.samples.items())

    @property
    def cores(self) -> float:
        return self.cpu / self.wall if self.wall else 0.0


def bench_analysis(corpus: Path, count: int) -> None:
    print(f"analysis throughput ({count} documents)", file=sys.stderr)
    use_bench_env()
    from store.actors.analysis import Analyzer
    from store.actors.ner import find_pipeline, load_pipeline
    from store.actors.parallel import analyze_corpus, dask_available
    from store.cache import AnalysisCache
    from store.corpus.library import Library

    library = Library([corpus], summary_cache=False)
    step = max(1, len(library) // count)
    picked = [i for i in range(0, len(library), step)][:count]
    docs = []
    for i in picked:
        try:
            docs.append(library.document(i))
        except Exception:
            continue
    paths = [d.path for d in docs]
    texts = [b.text for d in docs for b in d.blocks]
    chars = sum(len(t) for t in texts)

    nlp = load_pipeline(find_pipeline()).nlp
    list(nlp.pipe(texts[:50]))  # warm up
    with CpuMeter() as bare:
        list(nlp.pipe(texts, batch_size=64))
    bare_rate = chars / bare.wall

    def fresh_cache(name: str) -> AnalysisCache:
        root = OUT / "analysis-bench" / name
        shutil.rmtree(root, ignore_errors=True)
        return AnalysisCache(root)

    # the app's background analysis: MainScreen.analyse_corpus, i.e. analyze_many in chunks of 8 in one thread
    analyzer = Analyzer(cache=fresh_cache("app"))
    analyzer.warm_up()
    with CpuMeter() as app:
        worker = threading.Thread(
            target=lambda: [analyzer.analyze_many(docs[i : i + 8]) for i in range(0, len(docs), 8)]
        )
        worker.start()
        worker.join()
    app_rate = chars / app.wall
    row(
        "analysing a corpus in the background, as the app does now (one thread)",
        f"bare nlp.pipe, same texts: {bare_rate / 1000:.1f}k chars/s, {bare.cores:.2f} cores",
        ">= 0.9x; both cores",
        f"{app_rate / 1000:.1f}k chars/s = {app_rate / bare_rate:.2f}x, {app.cores:.2f} cores",
    )
    for backend in ("processes", "dask"):
        if backend == "dask" and not dask_available():
            row("actorlens analyze (Dask LocalCluster, 2 workers)", "", "", "skipped: Dask not installed")
            continue
        with CpuMeter() as meter:
            report = analyze_corpus(paths, workers=2, backend=backend, cache=fresh_cache(backend))
        rate = chars / meter.wall
        row(
            f"actorlens analyze --workers 2 ({report.backend}, start-up included)",
            f"bare nlp.pipe: {bare_rate / 1000:.1f}k chars/s; the app's thread: {app_rate / 1000:.1f}k chars/s",
            ">= 0.9x; both cores",
            f"{rate / 1000:.1f}k chars/s = {rate / bare_rate:.2f}x bare, {rate / app_rate:.2f}x the app; "
            f"{meter.cores:.2f} cores; {report.docs_per_s:.1f} docs/s",
        )


# ── main ──────────────────────────────────────────────────────────────────────────────────────────


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=["paint", "memory", "open", "filter", "analysis"])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each timed case (medians are reported)")
    parser.add_argument("--count", type=int, default=10_000, help="articles in the synthetic corpus")
    parser.add_argument("--analysis-docs", type=int, default=80, help="documents for the analysis throughput")
    args = parser.parse_args(argv)
    corpus = make_corpus.ensure(args.count)
    if "paint" in args.only:
        bench_paint(corpus, args.repeat)
    if "memory" in args.only:
        bench_memory(corpus)
    if "open" in args.only:
        bench_open(args.repeat)
    if "filter" in args.only:
        bench_filter(corpus, args.repeat)
    if "analysis" in args.only:
        bench_analysis(corpus, args.analysis_docs)
    print("\n| what | measured against | goal | measured |\n|---|---|---|---|")
    for r in ROWS:
        print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

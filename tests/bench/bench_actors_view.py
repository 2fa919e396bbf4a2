"""Benchmark of the corpus actors view (issue 17) on a synthetic corpus of 10,000 analysed articles.

    .venv/bin/python -m tests.bench.bench_actors_view [--count 10000] [--repeat 5]

Prepared once and kept in tests/bench/out/home-actors-view (gitignored): the corpus (make_corpus), the
sidebar summaries, the dictionary analysis of every document (on a process per core; the view's work
does not depend on how mentions were found) and the actor index. Then, headless at 120x40, medians of:

- opening the view: from pushing the screen until its table holds every actor and the selected actor's
  details are shown, and the table's and company's lines are rendered, with the index read from disk as after a new start (and again with the index in
  memory, as when the view is opened a second time);
- changing the selected actor: from moving the table's cursor until its time line and company are
  shown, and until the first passages are listed (read in a worker);
- the unit: opening one document whose analysis is cached in the reader, to the lines on screen (the
  same work as run_all's "open"), measured in the same process, so that the ratios hold on a noisy machine.

Peak memory (RSS) is measured in a process of its own: the corpus's summaries, the analyzer and the view
open on every document, as in the app.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench import make_corpus

OUT = Path(__file__).resolve().parent / "out"
INFO: dict[str, float] = {}
HOME = OUT / "home-actors-view"


def use_env() -> None:
    from tests.bench.run_all import bench_env

    os.environ.update(bench_env(HOME))


def prepare(corpus: Path):  # noqa: ANN201
    from store.actors.analysis import Analyzer
    from store.actors.corpus_index import ActorIndex
    from store.actors.parallel import analyze_corpus
    from store.corpus.library import Library

    t0 = time.perf_counter()
    library = Library([corpus])
    summaries, _ = library.summaries(range(len(library)))
    print(f"  summaries: {len(summaries)} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    analyzer = Analyzer(ner=False)
    missing = [s for s in summaries if not analyzer.has_cached(s.doc_id)]
    if missing:
        t0 = time.perf_counter()
        analyze_corpus([s.path for s in missing], workers=os.cpu_count() or 1, backend="processes", ner=False)
        print(f"  analysed {len(missing)} documents in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    # the first opening after the analysis: every document's actors read from the analysis cache by id
    t0 = time.perf_counter()
    index = ActorIndex(analyzer, library.roots)
    pending = sum(1 for s in summaries if not index.known(s.doc_id, s.date))
    index.columns(s.doc_id for s in summaries)
    index.save(keep=[s.doc_id for s in summaries])
    first = time.perf_counter() - t0
    print(f"  indexed from the analysis cache in {first:.2f} s ({pending} pending)", file=sys.stderr)
    INFO["first"] = first
    return library, analyzer, summaries


def memory_child(corpus: Path) -> None:
    """In a process of its own: the app's part (summaries, analyzer) and the view opened on every
    document, five actors selected; prints the peak RSS in MB."""
    from textual.app import App

    from store.actors.analysis import Analyzer
    from store.corpus.library import Library
    from tui.screens.actors_view import CorpusActorsScreen
    from tui.widgets.actor_table import ActorTable

    library = Library([corpus])
    summaries, _ = library.summaries(range(len(library)))
    analyzer = Analyzer(ner=False)

    async def run() -> None:
        async with App().run_test(size=(120, 40)) as pilot:
            screen = CorpusActorsScreen(library, analyzer, summaries)
            await pilot.app.push_screen(screen)
            while screen.corpus is None or screen.actor_id is None:
                await pilot.pause(0.01)
            for row in range(1, 6):
                screen.query_one(ActorTable).move_cursor(row)
                await pilot.pause(0.3)

    asyncio.run(run())
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child would report its parent's peak
    status = Path("/proc/self/status").read_text()
    peak = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), None)
    print((peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--memory-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    use_env()
    corpus = make_corpus.ensure(args.count)
    if args.memory_child:
        memory_child(corpus)
        return 0
    print("preparing", file=sys.stderr)
    library, analyzer, summaries = prepare(corpus)

    from textual.app import App
    from textual.geometry import Region

    from store.actors.corpus_index import ActorIndex
    from store.corpus.library import Library
    from tui.highlights import Highlighter
    from tui.screens.actors_view import CorpusActorsScreen
    from tui.widgets.actor_table import ActorTable
    from tui.widgets.passage_list import PassageList
    from tui.widgets.reader import Reader

    class Bench(App[None]):
        def compose(self):  # noqa: ANN202
            yield Reader(id="reader")

    async def until(check, limit: float = 60.0) -> float:  # noqa: ANN001
        deadline = time.perf_counter() + limit
        while not check():
            if time.perf_counter() > deadline:
                raise AssertionError("timed out")
            await asyncio.sleep(0.0002)
        return time.perf_counter()

    distinct = len({s.doc_id for s in summaries})  # byte-for-byte duplicates are one document

    async def run() -> dict[str, list[float]]:
        times: dict[str, list[float]] = {
            k: [] for k in ("open", "open_warm", "open_table", "select", "passages", "doc")
        }
        highlighter = Highlighter(lambda: analyzer.actors)
        reading = Library([corpus], summary_cache=False, keep=1)  # holds one document: each open reads one
        sample = [s.index for s in summaries[:: max(1, len(summaries) // 40)]]
        for i in sample:
            library.document(i, remember=True)  # the document cache, as for documents opened before
        async with Bench().run_test(size=(120, 40)) as pilot:
            app = pilot.app
            reader = app.query_one(Reader)
            await pilot.pause()
            warm_index = None
            for round_ in range(args.repeat):
                # the unit: open a document whose analysis is cached (from the document cache)
                for i in sample:
                    t0 = time.perf_counter()
                    doc = reading.document(i)
                    analysed = analyzer.cached(doc)
                    assert analysed is not None
                    reader.show_document(analysed, lambda b, text, d=analysed: highlighter.style(d.blocks[b], text))
                    reader.render_lines(Region(0, 0, *reader.outer_size))
                    times["doc"].append(time.perf_counter() - t0)
                for warm in (False, True):
                    if not warm:
                        index = ActorIndex(analyzer, library.roots)  # read from disk, as after a new start
                    else:
                        index = warm_index
                    screen = CorpusActorsScreen(library, analyzer, summaries, index=index)
                    gc.collect()  # not the garbage of the previous opening (the app freezes its own at start)
                    t0 = time.perf_counter()
                    await app.push_screen(screen)
                    table = screen.query_one(ActorTable)
                    t_table = await until(lambda s=screen, t=table: s.corpus is not None and t.row_count > 0)
                    await until(lambda s=screen: s.actor_id is not None and s.corpus.documents == distinct)
                    for pane in (table, screen.query_one("#actors-company")):  # drawn, as the reader's lines are
                        pane.render_lines(Region(0, 0, *pane.outer_size))
                    t_done = time.perf_counter()
                    times["open_warm" if warm else "open"].append(t_done - t0)
                    if not warm:
                        times["open_table"].append(t_table - t0)
                        warm_index = index
                    if warm:  # change the selected actor, down the table
                        for row in range(1, 16):
                            await pilot.pause()
                            expected = table.rows_shown[row].actor_id
                            t0 = time.perf_counter()
                            table.move_cursor(row)
                            await until(lambda s=screen, e=expected: s.actor_id == e)
                            company = screen.query_one("#actors-company")
                            company.render_lines(Region(0, 0, *company.outer_size))
                            t1 = time.perf_counter()
                            passages = screen.query_one(PassageList)
                            t2 = await until(lambda p=passages, e=expected: p.key == (e, None) and bool(p.items))
                            times["select"].append(t1 - t0)
                            times["passages"].append(t2 - t0)
                    await pilot.pause()
                    app.pop_screen()
                    await pilot.pause()
                print(f"  round {round_ + 1}/{args.repeat}", file=sys.stderr)
        return times

    times = asyncio.run(run())
    child = subprocess.run([sys.executable, "-m", "tests.bench.bench_actors_view", "--count", str(args.count),
                            "--memory-child"], capture_output=True, text=True, check=True)  # fmt: skip
    rss = float(child.stdout.split()[-1])
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    unit = med["doc"]
    print("\n| what | goal | median | ratio to opening one document |\n|---|---|---|---|")
    print(f"| open one document with cached analysis (the unit) | | {unit:.2f} ms | 1x |")
    print(
        f"| open the actors view, {len(summaries)} documents, index read from disk: table filled | | {med['open_table']:.0f} ms | {med['open_table'] / unit:.0f}x |"
    )
    print(
        f"| open the actors view, index read from disk: table and selected actor shown | <= 300 ms | {med['open']:.0f} ms | {med['open'] / unit:.0f}x |"
    )
    print(
        f"| open the actors view again (index in memory) | <= 300 ms | {med['open_warm']:.0f} ms | {med['open_warm'] / unit:.0f}x |"
    )
    print(
        f"| change the selected actor: time line and company shown | <= 50 ms | {med['select']:.1f} ms | {med['select'] / unit:.1f}x |"
    )
    print(
        f"| change the selected actor: first passages listed | (info) | {med['passages']:.1f} ms | {med['passages'] / unit:.1f}x |"
    )
    print(
        f"| the very first opening after the analysis: {len(summaries)} documents' actors read from the analysis cache (in the background: the table fills in) | (info) | {INFO['first']:.1f} s | |"
    )
    print(
        f"| peak memory: a process with the corpus's summaries and the view open on all of it, 5 actors selected | <= 400 MB | {rss:.0f} MB | |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

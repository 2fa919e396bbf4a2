"""``actorlens analyze PATH... [--scheduler ADDRESS] [--workers N] [--local]``: fill the analysis cache of
a corpus ahead of time, on this machine's cores (a Dask LocalCluster, or a process pool without Dask) or
on a Dask cluster. A thin layer over store.actors.parallel; the app then opens every document highlighted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from .corpus import open_corpus

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any, handlers: dict[str, Handler]) -> None:
    analyze = sub.add_parser(
        "analyze",
        help="pre-compute the actor analysis of a corpus (all cores, or a Dask cluster)",
        description="Analyse every document of the corpus and store the results in the analysis cache the "
        "reader uses. Uses Dask (pip install 'actorlens[cluster]') when installed: a local cluster by "
        "default, or the cluster whose scheduler is given; otherwise a local process pool.",
    )
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="folders (searched recursively) or files")
    analyze.add_argument("--scheduler", metavar="ADDRESS", help="a Dask scheduler, e.g. tcp://10.0.0.5:8786")
    analyze.add_argument(
        "--workers", type=int, default=os.cpu_count() or 2, help="local worker processes (default: one a core)"
    )
    analyze.add_argument("--local", action="store_true", help="a local process pool, even when Dask is installed")
    analyze.add_argument("--no-ner", action="store_true", help="dictionary only: no statistical NER (much faster)")
    analyze.add_argument("--quiet", action="store_true", help="no progress bar")
    handlers["analyze"] = cmd_analyze


def cmd_analyze(args: argparse.Namespace) -> int:
    from store.actors.parallel import analyze_corpus, dask_available
    from store.errors import ActorlensError

    if args.workers < 1:
        raise ActorlensError("--workers must be at least 1")
    library = open_corpus(args.paths, "to analyse", summary_cache=False)
    if args.local:
        backend = "processes"
    elif dask_available():
        backend = "dask"
    elif args.scheduler:
        raise ActorlensError("--scheduler needs Dask: pip install 'actorlens[cluster]'")
    else:
        backend = "processes"
    paths = [str(s.path) for s in library.sources]

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True, highlight=False)
    columns = (
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[rate]}"),
    )
    with Progress(*columns, console=console, disable=args.quiet, transient=False) as bar:
        task = bar.add_task("analyse", total=len(paths), rate="")
        import time

        started = time.perf_counter()

        def progress(done: int, total: int) -> None:
            elapsed = time.perf_counter() - started
            bar.update(task, completed=done, rate=f"{done / elapsed:.1f} docs/s" if elapsed > 0 else "")

        report = analyze_corpus(
            paths,
            workers=args.workers,
            scheduler=args.scheduler,
            backend=backend,
            ner=not args.no_ner,
            progress=progress,
        )
    for line in report.errors[:10]:
        print(f"actorlens: {line}", file=sys.stderr)
    if len(report.errors) > 10:
        print(f"actorlens: and {len(report.errors) - 10} more files could not be opened", file=sys.stderr)
    for warning in report.warnings:
        print(f"actorlens: {warning}", file=sys.stderr)
    print(
        f"{report.documents} documents analysed in {report.seconds:.1f} s ({report.docs_per_s:.1f} docs/s, "
        f"{report.mentions} mentions) with {report.backend}; {len(report.errors)} could not be opened"
    )
    return 0

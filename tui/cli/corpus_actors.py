"""Actors across a corpus on the command line: ``actorlens actors --by-month|--by-week|--csv|--markdown``
and ``actorlens network --format graphml|gexf [--min-count N] [--out FILE] PATH...`` (thin layers over
store.actors.corpus_stats and corpus_export)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from store.errors import ActorlensError
from tui.counts import counted

from .corpus import open_corpus

if TYPE_CHECKING:
    from store.actors.analysis import Analyzer
    from store.actors.corpus_stats import CorpusActors, Period
    from store.model import Document

Handler = Callable[[argparse.Namespace], int]


def add_table_options(parser: argparse.ArgumentParser) -> None:
    """Options of ``actorlens actors`` that this module answers."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--by-month", action="store_true", help="mentions of each actor per month")
    group.add_argument("--by-week", action="store_true", help="mentions of each actor per ISO week")
    group.add_argument(
        "--csv", action="store_true", help="the table as CSV (with kind, affiliation, first and last date)"
    )
    group.add_argument("--markdown", action="store_true", help="the table as a Markdown table")
    parser.add_argument("--top", type=int, metavar="N", help="only the N most mentioned actors")


def wants_corpus_table(args: argparse.Namespace) -> bool:
    return bool(args.by_month or args.by_week or args.csv or args.markdown or args.top is not None)


def corpus_of(docs: Sequence[Document], analyzer: Analyzer) -> CorpusActors:
    from store.actors.corpus_stats import CorpusActors
    from store.actors.doc_actors import doc_actors

    return CorpusActors.from_records([doc_actors(d) for d in docs], analyzer.actors)


def print_corpus_table(docs: Sequence[Document], analyzer: Analyzer, args: argparse.Namespace) -> int:
    """``actorlens actors`` with one of add_table_options' flags (docs analysed already)."""
    from store.actors.corpus_export import table_csv, table_markdown

    if args.top is not None and args.top < 1:
        raise ActorlensError("--top must be at least 1")
    corpus = corpus_of(docs, analyzer)
    out = sys.stdout
    if args.csv or args.markdown:
        rows = corpus.rows[: args.top] if args.top else corpus.rows
        out.write(table_csv(rows) if args.csv else table_markdown(rows))
        return 0
    period: Period = "week" if args.by_week else "month"
    axis, series = corpus.by_period(period, top=args.top)
    if args.json:
        data: dict[str, Any] = {
            "period": period,
            "periods": axis,
            "documents": corpus.documents,
            "undated_documents": corpus.undated_documents,
            "actors": [
                {"id": r.actor_id, "name": r.name, "kind": r.kind, "affiliation": r.affiliation, "counts": counts}
                for r, counts in series
            ],
        }
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    header = ["ACTOR", *axis]
    lines = [[r.name, *(str(c) for c in counts)] for r, counts in series]
    widths = [max(len(h), *(len(line[i]) for line in lines)) if lines else len(h) for i, h in enumerate(header)]
    for row in (header, *lines):
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        out.write("  ".join(cells).rstrip() + "\n")
    out.write(
        f"\n{counted(len(series), 'actor')} in {counted(corpus.documents, 'document')}, mentions per {period}; "
        f"{counted(corpus.undated_documents, 'document')} without a date not counted\n"
    )
    return 0


def register(sub: Any, handlers: dict[str, Handler]) -> None:
    """Add the network command to the ``actorlens`` parser."""
    from .actors import add_analysis_options

    network = sub.add_parser(
        "network", help="the co-mention network of a corpus's actors, as GraphML or GEXF (for Gephi)"
    )
    network.add_argument("paths", nargs="*", metavar="PATH", help="folders or files (default: the bundled corpus)")
    network.add_argument(
        "--format", choices=("graphml", "gexf"), default="graphml", help="file format (default graphml)"
    )
    network.add_argument(
        "--min-count", type=int, default=2, metavar="N", help="an edge needs N paragraphs naming both (default 2)"
    )
    network.add_argument("--out", metavar="FILE", help="write to FILE (default: standard output)")
    network.add_argument("--force", action="store_true", help="overwrite FILE")
    add_analysis_options(network)
    handlers["network"] = cmd_network


def analysed_corpus(args: argparse.Namespace) -> tuple[list[Document], Analyzer]:
    from .actors import analyzer_for

    library = open_corpus(args.paths, "to read")
    docs = []
    for index in range(len(library)):
        try:
            docs.append(library.document(index))
        except ActorlensError as exc:
            print(f"actorlens: {exc}", file=sys.stderr)
    analyzer = analyzer_for(args)
    return analyzer.analyze_many(docs), analyzer


def cmd_network(args: argparse.Namespace) -> int:
    from store.actors.corpus_export import network, network_bytes, write_file

    if args.min_count < 1:
        raise ActorlensError("--min-count must be at least 1")
    if args.out and not args.force:
        write_check(args.out)
    docs, analyzer = analysed_corpus(args)
    corpus = corpus_of(docs, analyzer)
    graph = network(corpus, min_count=args.min_count)
    data = network_bytes(graph, args.format)
    if args.out:
        target = write_file(args.out, data, force=args.force)
        print(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} edges → {target}", file=sys.stderr)
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


def write_check(path: str) -> None:
    """Fail before the (slow) analysis when the output file could not be written anyway."""
    from pathlib import Path

    target = Path(path).expanduser()
    if target.exists():
        raise ActorlensError(f"{target}: already exists (use --force to overwrite)")
    if not target.parent.is_dir():
        raise ActorlensError(f"{target.parent}: no such folder")

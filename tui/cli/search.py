"""``actorlens search QUERY [PATH...] [--json] [--limit N]``: the app's corpus search from the command line.

The same index as the app's ``S`` (in the cache folder), brought up to date first (only files that changed
since are cleaned again), then queried: ranked passages, the matched words marked.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from .corpus import open_corpus

Handler = Callable[[argparse.Namespace], int]


def register(sub: Any, handlers: dict[str, Handler]) -> None:
    search = sub.add_parser(
        "search",
        help='search every document: words (all), "a phrase", -word, word*',
        description="Search the cleaned text of every document, ranked. Words are all required, in any order; "
        '"a phrase" keeps words together; -word excludes; word* matches words that begin so. Case, accents and '
        "hyphens are ignored. The index is kept in the cache folder and brought up to date first.",
    )
    search.add_argument("query", help='e.g. putin erdogan -turkey "peace talks" karaba*')
    search.add_argument("paths", nargs="*", metavar="PATH", help="folders or files (default: the bundled corpus)")
    search.add_argument("--json", action="store_true", help="print JSON: path, title, block, snippet, marks, rank")
    search.add_argument("--limit", type=int, default=50, help="at most this many passages (default 50)")
    handlers["search"] = cmd_search


def cmd_search(args: argparse.Namespace) -> int:
    from store.corpus.search_index import SearchIndex
    from store.corpus.search_indexer import keep_current
    from store.errors import ActorlensError
    from store.sanitize import json_text, visible
    from store.versions import CLEANER_VERSION

    if args.limit < 1:
        raise ActorlensError("--limit must be at least 1")
    library = open_corpus(args.paths, "to search", summary_cache=False)
    index = SearchIndex.for_roots(library.roots, CLEANER_VERSION)
    tell = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if tell and total:
            print(f"\rindexing {done}/{total}", end="", file=sys.stderr, flush=True)

    keep_current(index, library.sources, progress=progress)
    if tell and index.count():
        print("\r\033[K", end="", file=sys.stderr, flush=True)
    if index.error:
        print(f"actorlens: {index.error}", file=sys.stderr)
    found = index.search(args.query, limit=args.limit)
    if found.error:
        raise ActorlensError(found.error)
    if args.json:
        hits = [
            {
                "path": hit.path,
                "title": hit.title,
                "block": hit.block,
                "snippet": hit.snippet,
                "marks": [list(m) for m in hit.marks],
                "rank": round(hit.rank, 4),
            }
            for hit in found.hits
        ]
        print(json_text({"query": args.query, "hits": hits}))
        return 0
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=False)
    if not found.hits:
        print("No passage matches.", file=sys.stderr)
        return 1
    previous = None
    for hit in found.hits:
        if hit.path != previous:
            head = Text(visible(hit.title) or "(untitled)", style="bold")
            head.append(f"  {visible(hit.path)}", style="dim")
            console.print(head)
            previous = hit.path
        line = Text("  " + visible(hit.snippet))
        for start, end in hit.marks:
            line.stylize("reverse bold", start + 2, end + 2)
        console.print(line)
    return 0

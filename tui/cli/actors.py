"""``actorlens actors [PATH...]``, and the actor analysis behind ``actorlens show``: thin layers over
store.actors.analysis. Output is plain text (never parsed as markup) or JSON.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from store.actors.doc_actors import counted_mentions
from store.sanitize import json_text

if TYPE_CHECKING:
    from store.actors.analysis import Analyzer
    from store.model import Document

Handler = Callable[[argparse.Namespace], int]


def add_analysis_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-ner", action="store_true", help="dictionary only: no statistical NER (much faster)")
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the analysis cache")


def analyzer_for(args: argparse.Namespace) -> Analyzer:
    from store.actors.analysis import Analyzer

    analyzer = Analyzer(ner=not getattr(args, "no_ner", False), cache=not getattr(args, "no_cache", False))
    error = analyzer.dictionary.error
    if error:
        print(f"actorlens: {error}", file=sys.stderr)
    return analyzer


def register(sub: Any, handlers: dict[str, Handler]) -> None:
    """Add the actors command to the ``actorlens`` parser."""
    actors = sub.add_parser("actors", help="table of the actors of a corpus (default: the bundled one)")
    actors.add_argument("paths", nargs="*", metavar="PATH", help="folders or files (default: the bundled corpus)")
    actors.add_argument("--json", action="store_true", help="print JSON")
    actors.add_argument("--unlinked", action="store_true", help="also list named entities that are in no dictionary")
    add_analysis_options(actors)
    from .corpus_actors import add_table_options

    add_table_options(actors)
    handlers["actors"] = cmd_actors


def corpus_table(docs: Sequence[Document], analyzer: Analyzer) -> dict[str, Any]:
    """Per actor: mentions and documents over the corpus; the same for unlinked entities (by text)."""
    mentions: Counter[str] = Counter()
    documents: dict[str, set[str]] = defaultdict(set)
    unlinked: Counter[tuple[str, str]] = Counter()
    unlinked_docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc in docs:
        for _, m in counted_mentions(doc):
            if m.actor_id:
                mentions[m.actor_id] += 1
                documents[m.actor_id].add(doc.id)
            else:
                key = (m.text, m.label)
                unlinked[key] += 1
                unlinked_docs[key].add(doc.id)
    rows = []
    for actor_id, count in sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0])):
        actor = analyzer.actor(actor_id)
        rows.append(
            {
                "id": actor_id,
                "name": actor.name if actor else None,
                "kind": actor.kind if actor else None,
                "affiliation": actor.affiliation if actor else None,
                "sector": actor.sector if actor else None,
                "mentions": count,
                "documents": len(documents[actor_id]),
            }
        )
    others = [
        {"text": text, "label": label, "mentions": count, "documents": len(unlinked_docs[(text, label)])}
        for (text, label), count in sorted(unlinked.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {"status": analyzer.status, "documents": len(docs), "actors": rows, "unlinked": others}


def cmd_actors(args: argparse.Namespace) -> int:
    from .corpus_actors import analysed_corpus, print_corpus_table, wants_corpus_table

    docs, analyzer = analysed_corpus(args)
    if wants_corpus_table(args):  # --by-month, --by-week, --csv, --markdown, --top
        return print_corpus_table(docs, analyzer, args)
    table = corpus_table(docs, analyzer)
    if args.json:
        sys.stdout.write(json_text(table) + "\n")
        return 0
    _print_table(table, unlinked=args.unlinked)
    return 0


def _print_table(table: dict[str, Any], *, unlinked: bool) -> None:
    header = ("ID", "NAME", "KIND", "AFF", "MENTIONS", "DOCS")
    rows = [
        (r["id"], r["name"] or "", r["kind"] or "", r["affiliation"] or "-", str(r["mentions"]), str(r["documents"]))
        for r in table["actors"]
    ]
    if unlinked:
        rows += [("-", r["text"], r["label"], "-", str(r["mentions"]), str(r["documents"])) for r in table["unlinked"]]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    out = sys.stdout
    for row in (header, *rows):
        cells = [c.ljust(w) if i < 4 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        out.write("  ".join(cells).rstrip() + "\n")
    out.write(f"\n{len(table['actors'])} actors in {table['documents']} documents · {table['status']}\n")

"""The corpus actors out of the terminal: the table as CSV or Markdown, the co-mention network as
GraphML or GEXF (written by networkx, which Gephi, Cytoscape and igraph read)."""

from __future__ import annotations

import csv
import io
import os
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from store.actors.corpus_stats import MIN_COUNT, ActorRow, CorpusActors
from store.atomic import write_atomic
from store.errors import ActorlensError

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

GraphFormat = Literal["graphml", "gexf"]
COLUMNS = ("id", "name", "kind", "affiliation", "mentions", "documents", "first", "last")


def _cells(row: ActorRow) -> list[str]:
    return [row.actor_id, row.name, row.kind, row.affiliation or "", str(row.mentions), str(row.documents),
            row.first or "", row.last or ""]  # fmt: skip


def table_csv(rows: Sequence[ActorRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(_cells(row))
    return out.getvalue()


def _md(cell: str) -> str:
    return " ".join(cell.replace("\\", "\\\\").replace("|", "\\|").split())


def table_markdown(rows: Sequence[ActorRow]) -> str:
    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join(":---" if i < 4 else "---:" for i in range(len(COLUMNS))) + "|",
    ]
    for row in rows:
        lines.append("| " + " | ".join(_md(c) for c in _cells(row)) + " |")
    return "\n".join(lines) + "\n"


def co_mentions(corpus: CorpusActors) -> Counter[tuple[str, str]]:
    """Blocks naming both actors, for every pair (ids in sorted order)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for unit in corpus.units():
        if len(unit) > 1:
            pairs.update(combinations(sorted(unit), 2))
    return pairs


def network(corpus: CorpusActors, *, min_count: int = MIN_COUNT) -> nx.Graph:
    """Nodes: actors with kind, affiliation, mentions and documents; edges: pairs named together in at
    least min_count blocks, weighted by that count. Actors without such an edge are kept (isolated)."""
    import networkx as nx

    graph = nx.Graph()
    for row in corpus.rows:
        graph.add_node(
            row.actor_id,
            label=row.name,
            kind=row.kind,
            affiliation=row.affiliation or "",
            mentions=row.mentions,
            documents=row.documents,
        )
    for (a, b), count in sorted(co_mentions(corpus).items()):
        if count >= min_count:
            graph.add_edge(a, b, weight=count)
    return graph


def network_bytes(graph: nx.Graph, fmt: GraphFormat) -> bytes:
    import networkx as nx

    out = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, out, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(graph, out, encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
    return out.getvalue()


def export_format(path: str) -> str | None:
    """What a file name asks for: csv, markdown, graphml or gexf (None: an extension we do not write)."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    return {"csv": "csv", "md": "markdown", "markdown": "markdown", "graphml": "graphml", "gexf": "gexf"}.get(suffix)


def export_bytes(corpus: CorpusActors, fmt: str, *, min_count: int = MIN_COUNT) -> bytes:
    if fmt == "csv":
        return table_csv(corpus.rows).encode("utf-8")
    if fmt == "markdown":
        return table_markdown(corpus.rows).encode("utf-8")
    if fmt in ("graphml", "gexf"):
        return network_bytes(network(corpus, min_count=min_count), fmt)  # type: ignore[arg-type]
    raise ActorlensError(f"cannot write {fmt!r}: use csv, markdown, graphml or gexf")


def write_file(path: str | os.PathLike[str], data: bytes, *, force: bool = False) -> Path:
    """Write an export atomically; a clear one-line ActorlensError if the file exists (without force) or
    cannot be written."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ActorlensError(f"{target}: is a folder; name a file")
    if target.exists() and not force:
        raise ActorlensError(f"{target}: already exists (use --force to overwrite)")
    if not target.parent.is_dir():
        raise ActorlensError(f"{target.parent}: no such folder")
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise ActorlensError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    return target

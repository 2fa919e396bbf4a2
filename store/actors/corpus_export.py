"""The corpus actors out of the terminal: the table as CSV or Markdown, the co-mention network as
GraphML or GEXF (written by networkx, which Gephi, Cytoscape and igraph read)."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Literal

from store.actors.corpus_stats import MIN_COUNT, ActorRow, CorpusActors

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
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join(":---" if i < 4 else "---:" for i in range(len(COLUMNS))) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(_md(c) for c in _cells(row)) + " |")
    return "\n".join(lines) + "\n"


def co_mentions(corpus: CorpusActors) -> Counter[tuple[str, str]]:
    """Blocks naming both actors, for every pair (ids in sorted order)."""
    pairs: Counter[tuple[str, str]] = Counter()
    for record in corpus.records.values():
        for unit in record.units:
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

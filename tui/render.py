"""Rich Text for documents: the one place that turns blocks into styled text.

Document text is never parsed as markup: every piece is a ``Text`` built from plain strings,
styled by span offsets.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from store.model import Block, Document

HEADING_STYLE = "bold"
COMMENT_STYLE = "italic"
META_STYLE = "dim"


def byline(doc: Document) -> Text:
    parts = [p for p in (doc.author, doc.date, doc.source) if p]
    return Text(" · ".join(parts), style=META_STYLE)


def block_text(block: Block) -> Text:
    style = HEADING_STYLE if block.kind == "heading" else COMMENT_STYLE if block.kind == "comment" else ""
    return Text(block.text, style=style)


def document_renderable(doc: Document) -> RenderableType:
    """The whole document for printing on a terminal (``actorlens show``)."""
    parts: list[RenderableType] = [Text(doc.display_title, style="bold underline")]
    meta = byline(doc)
    if meta.plain:
        parts.append(meta)
    parts.append(Text(""))
    comments = [b for b in doc.blocks if b.kind == "comment"]
    for block in doc.blocks:
        if block.kind == "comment":
            continue
        parts.append(block_text(block))
        parts.append(Text(""))
    if comments:
        parts.append(Text(f"── Reader comments ({len(comments)}) ──", style="bold"))
        parts.append(Text(""))
        for block in comments:
            text = Text("│ ", style="dim")
            text.append_text(block_text(block))
            parts.append(text)
            parts.append(Text(""))
    return Group(*parts)

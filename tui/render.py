"""Rich Text for documents: the one place that turns blocks into styled text.

Document text is never parsed as markup: every piece is a ``Text`` built from plain strings,
styled by span offsets.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Group, RenderableType
from rich.text import Text

from store.model import Actor, Block, Document

HEADING_STYLE = "bold"
COMMENT_STYLE = "italic"
META_STYLE = "italic"  # not dim: dimmed text fails WCAG contrast (the reader colours it $text-muted)


def byline(doc: Document) -> Text:
    parts = [p for p in (doc.author, doc.date, doc.source) if p]
    return Text(" · ".join(parts), style=META_STYLE)


def block_text(block: Block, actors: Mapping[str, Actor] | None = None, mode: str = "affiliation") -> Text:
    """A block as Text; with ``actors``, its mentions highlighted (tui.palette; mode: affiliation|kind|off)."""
    style = HEADING_STYLE if block.kind == "heading" else COMMENT_STYLE if block.kind == "comment" else ""
    text = Text(block.text, style=style)
    if actors is not None and block.mentions:
        from .palette import highlight

        highlight(text, block.mentions, actors, mode)
    return text


def document_renderable(
    doc: Document, actors: Mapping[str, Actor] | None = None, mode: str = "affiliation"
) -> RenderableType:
    """The whole document for printing on a terminal (``actorlens show``)."""
    title = Text(doc.display_title, style="bold underline")
    if actors is not None and doc.title and doc.title_mentions:
        from .palette import highlight

        highlight(title, doc.title_mentions, actors, mode)
    parts: list[RenderableType] = [title]
    meta = byline(doc)
    if meta.plain:
        parts.append(meta)
    parts.append(Text(""))
    comments = [b for b in doc.blocks if b.kind == "comment"]
    for block in doc.blocks:
        if block.kind == "comment":
            continue
        parts.append(block_text(block, actors, mode))
        parts.append(Text(""))
    if comments:
        parts.append(Text(f"── Reader comments ({len(comments)}) ──", style="bold"))
        parts.append(Text(""))
        for block in comments:
            text = Text("│ ", style="dim")
            text.append_text(block_text(block, actors, mode))
            parts.append(text)
            parts.append(Text(""))
    return Group(*parts)

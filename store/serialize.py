"""JSON shapes of the command line's output (a public contract: keep keys stable)."""

from __future__ import annotations

from typing import Any

from store.model import Actor, Block, Document, Mention


def mention_to_dict(mention: Mention, actors: dict[str, Actor] | None = None) -> dict[str, Any]:
    actor = (actors or {}).get(mention.actor_id or "")
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "actor": mention.actor_id,
        "name": actor.name if actor else None,
        "kind": actor.kind if actor else None,
        "affiliation": actor.affiliation if actor else None,
        "label": mention.label,
        "origin": mention.origin,
    }


def block_to_dict(block: Block, actors: dict[str, Actor] | None = None) -> dict[str, Any]:
    return {
        "kind": block.kind,
        "text": block.text,
        "mentions": [mention_to_dict(m, actors) for m in block.mentions],
    }


def document_to_dict(doc: Document, actors: dict[str, Actor] | None = None) -> dict[str, Any]:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "title_mentions": [mention_to_dict(m, actors) for m in doc.title_mentions],
        "fallback_title": doc.fallback_title,
        "author": doc.author,
        "date": doc.date,
        "source": doc.source,
        "encoding": doc.encoding,
        "blocks": [block_to_dict(b, actors) for b in doc.blocks],
        "removed": list(doc.removed),
    }

"""Helpers for the actor tests: documents from strings, and mentions as (text, actor) pairs."""

from __future__ import annotations

import pytest

from store.actors.analysis import Analyzer
from store.model import Block, Document


def doc_of(*texts: str, kind: str = "paragraph", doc_id: str = "t") -> Document:
    return Document(
        id=doc_id,
        path=f"{doc_id}.txt",
        title=None,
        author=None,
        date=None,
        source=None,
        blocks=tuple(Block(kind, t) for t in texts),  # type: ignore[arg-type]
    )


def found(analyzer: Analyzer, text: str) -> list[tuple[str, str | None]]:
    """(surface text, actor id) of every mention in ``text``, in order."""
    block = analyzer.analyze(doc_of(text)).blocks[0]
    for m in block.mentions:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.actor_id) for m in block.mentions]


def linked(analyzer: Analyzer, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """surface -> (actor id, affiliation, origin) of the mentions of one text."""
    out = {}
    for m in analyzer.analyze(doc_of(text)).blocks[0].mentions:
        actor = analyzer.actors.get(m.actor_id) if m.actor_id else None
        out[m.text] = (m.actor_id, actor.affiliation if actor else None, m.origin)
    return out


def dictionary_only() -> Analyzer:
    return Analyzer(ner=False, cache=None, user_actors=False)


def with_ner() -> Analyzer:
    return Analyzer(cache=None, user_actors=False)


needs_pipeline = pytest.mark.skipif(
    Analyzer(cache=None, user_actors=False).pipeline_name is None, reason="no spaCy pipeline"
)

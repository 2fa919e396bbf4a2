"""Core types: plain frozen dataclasses with no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "comment"]
# dictionary: an alias of a known actor; ner: an entity spaCy found that nothing links (unlinked); context:
# an entity the dictionary lacks, given the state its sentence names ("Israeli President X", "X, Armenia's
# Security Council secretary"); gazetteer: a place the dictionary lacks, linked to its country.
Origin = Literal["dictionary", "ner", "context", "gazetteer"]
ActorKind = Literal["person", "state", "organisation", "group", "place"]


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    affiliation: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a block's text that names an actor (or an unlinked entity)."""

    start: int
    end: int
    text: str
    actor_id: str | None
    label: str
    origin: Origin


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    path: str
    title: str | None
    author: str | None
    date: str | None  # ISO YYYY-MM-DD
    source: str | None
    blocks: tuple[Block, ...]
    removed: tuple[str, ...] = ()
    encoding: str = "utf-8"
    fallback_title: str = ""
    title_mentions: tuple[Mention, ...] = ()  # offsets into ``title``

    @property
    def display_title(self) -> str:
        return self.title or self.fallback_title or "(untitled)"

    @property
    def article(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind != "comment")

    @property
    def comments(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "comment")


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a note points: a quote with context plus offsets (W3C TextQuoteSelector)."""

    block: int
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    doc_id: str
    anchor: Anchor | None
    text: str
    tags: tuple[str, ...] = field(default_factory=tuple)
    created: str = ""
    updated: str = ""
    doc_path: str = ""  # where the document was when the note was written (found again by path)
    doc_title: str = ""

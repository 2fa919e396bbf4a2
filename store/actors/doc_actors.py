"""What one analysed document says about actors: each linked mention as block/start/end/actor, with the
document's date and number of texts (a ``DocActors`` record), and the questions asked of it.

``counted_mentions`` is the one rule of what counts as a document's mentions, used by every count (the
``actors`` command, the export's main actors, the corpus actors view): the title's mentions, as a block
of their own numbered ``TITLE_BLOCK`` (-1), then every block's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from store.model import Document, Mention

TITLE_BLOCK = -1  # the block number of the title's mentions


def counted_mentions(doc: Document, *, comments: bool = True) -> Iterator[tuple[int, Mention]]:
    """(block, mention) of every mention of an analysed document that counts: the title's first (block
    TITLE_BLOCK), then each block's in order; ``comments=False`` leaves reader comments out."""
    for m in doc.title_mentions:
        yield TITLE_BLOCK, m
    for b, block in enumerate(doc.blocks):
        if comments or block.kind != "comment":
            for m in block.mentions:
                yield b, m


@dataclass(frozen=True, slots=True)
class Occurrence:
    doc_id: str
    date: str | None
    block: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocActors:
    """The linked actor mentions of one analysed document."""

    doc_id: str
    date: str | None  # ISO YYYY-MM-DD
    block_count: int  # units of co-mention: every block, and the title when it names anyone
    mentions: tuple[tuple[int, int, int, str], ...]  # (block, start, end, actor id), in text order; title: -1

    @classmethod
    def make(cls, doc_id: str, date: str | None, block_count: int, mentions: Iterable[Sequence]) -> DocActors:
        return cls(doc_id, date, block_count, tuple((int(b), int(s), int(e), str(a)) for b, s, e, a in mentions))

    @classmethod
    def from_texts(
        cls, doc_id: str, date: str | None, texts: Sequence[Sequence[tuple[int, int, str | None]]]
    ) -> DocActors:
        """From the cached spans of each text, the title's first (``Analyzer.cached_spans(title=True)``)."""
        mentions = [(b - 1, s, e, a) for b, rows in enumerate(texts) for s, e, a in rows if a]
        return cls.make(doc_id, date, len(texts) - 1 + (1 if texts and texts[0] else 0), mentions)

    def counts(self) -> Counter[str]:
        return Counter(a for _, _, _, a in self.mentions)

    def units(self) -> list[set[str]]:
        """The actors of each block that names any, in block order."""
        by_block: dict[int, set[str]] = {}
        for b, _, _, a in self.mentions:
            by_block.setdefault(b, set()).add(a)
        return [by_block[b] for b in sorted(by_block)]

    def occurrences(self, actor_id: str, together_with: str | None = None) -> list[Occurrence]:
        """The mentions of actor_id here; with together_with, only in blocks that also name that actor."""
        blocks = None
        if together_with is not None:
            blocks = {b for b, _, _, a in self.mentions if a == together_with}
        return [
            Occurrence(self.doc_id, self.date, b, s, e)
            for b, s, e, a in self.mentions
            if a == actor_id and (blocks is None or b in blocks)
        ]


def doc_actors(doc: Document) -> DocActors:
    """The record of an analysed document (mentions without an actor, i.e. unlinked entities, are left out)."""
    mentions = [(b, m.start, m.end, m.actor_id) for b, m in counted_mentions(doc) if m.actor_id]
    return DocActors.make(doc.id, doc.date, len(doc.blocks) + (1 if doc.title_mentions else 0), mentions)

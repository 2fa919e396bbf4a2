"""What one analysed document says about actors: each linked mention as block/start/end/actor, with the
document's date and number of blocks (a ``DocActors`` record), and the questions asked of it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from store.model import Document


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
    block_count: int
    mentions: tuple[tuple[int, int, int, str], ...]  # (block, start, end, actor id), in text order

    @classmethod
    def make(cls, doc_id: str, date: str | None, block_count: int, mentions: Iterable[Sequence]) -> DocActors:
        return cls(doc_id, date, block_count, tuple((int(b), int(s), int(e), str(a)) for b, s, e, a in mentions))

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
    mentions = [
        (b, m.start, m.end, m.actor_id) for b, block in enumerate(doc.blocks) for m in block.mentions if m.actor_id
    ]
    return DocActors.make(doc.id, doc.date, len(doc.blocks), mentions)

"""One document as the document-level rules see it: every text (the title, then each block) with its
tokens, and the mentions found so far, which the rules rewrite in place."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from store.actors.matcher import ActorMatcher
from store.model import Actor, Mention


@dataclass(frozen=True, slots=True)
class Tokens:
    """One analysed text (the title or a block) and its tokens."""

    text: str
    words: list[str]
    starts: list[int]


class DocumentView:
    """Token positions and mentions of every text of a document, for the rules below."""

    def __init__(self, texts: Sequence[Tokens], mentions: Sequence[tuple[Mention, ...]], matcher: ActorMatcher):
        self.texts = texts
        self.mentions = [list(ms) for ms in mentions]
        self.matcher = matcher
        self.actors = matcher.dictionary.actors

    def actor(self, m: Mention) -> Actor | None:
        return self.actors.get(m.actor_id) if m.actor_id else None

    def token_at(self, t: int, char: int) -> int:
        return bisect_right(self.texts[t].starts, char) - 1

    def mention_at(self, t: int, char: int) -> Mention | None:
        for m in self.mentions[t]:
            if m.start <= char < m.end:
                return m
        return None

    def covered(self, t: int, start: int, end: int) -> bool:
        return any(m.start < end and start < m.end for m in self.mentions[t])


def document_states(d: DocumentView, *, places: bool = True) -> Counter[str]:
    """How often each state is named by the document's dictionary mentions (``places=False``: not
    counting places, which may be namesakes)."""
    states: Counter[str] = Counter()
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            if (
                actor is not None
                and actor.affiliation
                and m.origin == "dictionary"
                and (places or actor.kind != "place")
            ):
                states[actor.affiliation] += 1
    return states

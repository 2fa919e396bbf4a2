"""One document as the document-level rules see it: every text (the title, then each block) with its
tokens, and the mentions found so far, which the rules rewrite in place."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
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
        # per text: (the list indexed, its length then, starts sorted, the mentions in that order,
        # running maximum of their ends): the rules replace a text's list or extend it, never set an item
        self._by_start: dict[int, tuple[list[Mention], int, list[int], list[int], list[int]]] = {}
        self.memo: dict[str, object] = {}  # what a rule computed once for the whole document

    def actor(self, m: Mention) -> Actor | None:
        return self.actors.get(m.actor_id) if m.actor_id else None

    def token_at(self, t: int, char: int) -> int:
        return bisect_right(self.texts[t].starts, char) - 1

    def _index(self, t: int) -> tuple[list[Mention], int, list[int], list[int], list[int]]:
        ms = self.mentions[t]
        index = self._by_start.get(t)
        if index is None or index[0] is not ms or index[1] != len(ms):
            order = sorted(range(len(ms)), key=lambda i: ms[i].start)
            reach, furthest = [], -1
            for i in order:
                furthest = max(furthest, ms[i].end)
                reach.append(furthest)
            index = self._by_start[t] = (ms, len(ms), [ms[i].start for i in order], order, reach)
        return index

    def mention_at(self, t: int, char: int) -> Mention | None:
        """The first mention of text ``t`` (in list order) that covers ``char``. Indexed by start, so a
        rule asking once per mention costs n log n, not n² (a 50 MB single line has 10⁵ mentions)."""
        ms, _, starts, order, reach = self._index(t)
        best: int | None = None
        k = bisect_right(starts, char) - 1
        while k >= 0 and reach[k] > char:  # only mentions reaching past char can cover it
            i = order[k]
            if ms[i].end > char and (best is None or i < best):
                best = i
            k -= 1
        return None if best is None else ms[best]

    def overlapping(self, t: int, start: int, end: int) -> list[Mention]:
        """The mentions of text ``t`` that overlap [start, end), in list order (indexed like mention_at:
        log n a question, not a walk over every mention of a long text)."""
        ms, _, starts, order, reach = self._index(t)
        found: list[int] = []
        k = bisect_left(starts, end) - 1
        while k >= 0 and reach[k] > start:
            i = order[k]
            if ms[i].end > start:
                found.append(i)
            k -= 1
        return [ms[i] for i in sorted(found)]

    def covered(self, t: int, start: int, end: int) -> bool:
        return bool(self.overlapping(t, start, end))


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


_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)\]]*)\s")
SENTENCE_WINDOW = 600  # a sentence is looked for this far either side (linear in a long paragraph)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the sentence around text[start:end], looked for within SENTENCE_WINDOW characters."""
    s = max(0, start - SENTENCE_WINDOW)
    for found in _SENTENCE_END.finditer(text, s, start):
        s = found.end()
    after = _SENTENCE_END.search(text, end, end + SENTENCE_WINDOW)
    return s, after.start() + 1 if after else min(len(text), end + SENTENCE_WINDOW)

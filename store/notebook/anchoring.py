"""Anchors: build them from a selection, find them again after the document changed.

An ``Anchor`` is a quote (``exact``) with a little context before and after (``prefix``,
``suffix``) plus the offsets it had when it was made, like the W3C TextQuoteSelector that
Hypothesis uses. ``resolve`` places an anchor in a (possibly edited) document:

1. the offsets still hold the quote → ``exact``;
2. the quote occurs elsewhere (text inserted before it, paragraphs split...) → ``moved``; several
   occurrences are told apart by how well their surroundings match prefix and suffix, then by
   closeness to the old place;
3. a passage close to the quote (a word changed, punctuation fixed) → ``fuzzy``;
4. nothing close enough → ``detached``: the note is kept and shown apart, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from store.errors import QuoteNotFound
from store.model import Anchor, Document

CONTEXT = 32
Status = Literal["document", "exact", "moved", "fuzzy", "detached"]

_FUZZY_MIN_LENGTH = 8  # shorter quotes only re-attach by exact match
_SHINGLE = 6
_MAX_SHINGLES = 24
_MAX_HITS = 40  # a shingle found more often than this (" the m") says nothing about position


@dataclass(frozen=True, slots=True)
class ResolvedAnchor:
    """Where a note sits in a document now. ``block`` is None for whole-document and detached notes."""

    status: Status
    block: int | None = None
    start: int = 0
    end: int = 0
    score: float = 1.0

    @property
    def placed(self) -> bool:
        return self.block is not None

    @property
    def detached(self) -> bool:
        return self.status == "detached"


DOCUMENT = ResolvedAnchor("document")
DETACHED = ResolvedAnchor("detached", score=0.0)


def anchor_for(
    document: Document, block: int, start: int | None = None, end: int | None = None, *, context: int = CONTEXT
) -> Anchor:
    """An anchor on ``document.blocks[block].text[start:end]`` (the whole block by default)."""
    if not 0 <= block < len(document.blocks):
        raise ValueError(f"block {block} is outside the document (it has {len(document.blocks)})")
    text = document.blocks[block].text
    start = 0 if start is None else start
    end = len(text) if end is None else end
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}:{end} is not a non-empty part of block {block} (length {len(text)})")
    return Anchor(
        block=block,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def find_quote(document: Document, passage: str) -> Anchor:
    """An anchor on the first occurrence of ``passage`` in the cleaned text (spaces may differ)."""
    wanted = " ".join(passage.split())
    if not wanted:
        raise QuoteNotFound("the passage to quote is empty")
    for index, block in enumerate(document.blocks):
        at = block.text.find(wanted)
        if at >= 0:
            return anchor_for(document, index, at, at + len(wanted))
    pattern = re.compile(r"\s+".join(re.escape(word) for word in wanted.split(" ")))
    for index, block in enumerate(document.blocks):
        found = pattern.search(block.text)
        if found:
            return anchor_for(document, index, found.start(), found.end())
    short = wanted if len(wanted) <= 60 else wanted[:57] + "..."
    raise QuoteNotFound(f"{document.path}: passage not found in the cleaned text: {short!r}")


def resolve(anchor: Anchor | None, document: Document) -> ResolvedAnchor:
    """Place ``anchor`` in ``document`` (see the module docstring). Never raises for odd input."""
    if anchor is None:
        return DOCUMENT
    exact = anchor.exact
    blocks = [b.text for b in document.blocks]
    if not exact:
        return DETACHED
    if 0 <= anchor.block < len(blocks) and blocks[anchor.block][anchor.start : anchor.end] == exact:
        return ResolvedAnchor("exact", anchor.block, anchor.start, anchor.end)
    found = _exact_matches(anchor, blocks)
    if found is not None:
        return found
    if len(exact) >= _FUZZY_MIN_LENGTH:
        found = _fuzzy_match(anchor, blocks)
        if found is not None:
            return found
    return DETACHED


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    """How well the text around [start, end) matches the anchor's prefix and suffix (0..1)."""
    scores = []
    if anchor.prefix:
        before = text[max(0, start - len(anchor.prefix)) : start]
        scores.append(_similarity_right(anchor.prefix, before))
    if anchor.suffix:
        after = text[end : end + len(anchor.suffix)]
        scores.append(_similarity_left(anchor.suffix, after))
    if not scores:
        return 0.5
    return sum(scores) / len(scores)


def _similarity_right(want: str, got: str) -> float:
    """Similarity of two strings that end at the same place (prefix context)."""
    if not got:
        return 0.0
    common = 0
    for a, b in zip(reversed(want), reversed(got), strict=False):
        if a != b:
            break
        common += 1
    return max(common / len(want), _ratio(want, got))


def _similarity_left(want: str, got: str) -> float:
    """Similarity of two strings that start at the same place (suffix context)."""
    if not got:
        return 0.0
    common = 0
    for a, b in zip(want, got, strict=False):
        if a != b:
            break
        common += 1
    return max(common / len(want), _ratio(want, got))


def _ratio(a: str, b: str) -> float:
    """How alike two strings are (0..1): twice their longest common subsequence over their total length
    (rapidfuzz's Indel similarity, in C++; imported on first use, not before the app's first paint)."""
    from rapidfuzz.distance import Indel

    return Indel.normalized_similarity(a, b)


def _closeness(anchor: Anchor, block: int, start: int) -> float:
    """A small tie-breaker: nearer the old place is better (0..1)."""
    return 1.0 / (1.0 + abs(block - anchor.block) + abs(start - anchor.start) / 1000.0)


def _exact_matches(anchor: Anchor, blocks: list[str]) -> ResolvedAnchor | None:
    best: tuple[float, float, int, int] | None = None
    exact = anchor.exact
    for index, text in enumerate(blocks):
        at = text.find(exact)
        while at >= 0:
            key = (_context_score(anchor, text, at, at + len(exact)), _closeness(anchor, index, at), index, at)
            if best is None or key[:2] > best[:2]:
                best = key
            at = text.find(exact, at + 1)
    if best is None:
        return None
    _, _, index, at = best
    return ResolvedAnchor("moved", index, at, at + len(exact))


def _fuzzy_match(anchor: Anchor, blocks: list[str]) -> ResolvedAnchor | None:
    """Find a passage close to the quote: shingles of the quote vote for where it starts."""
    exact = anchor.exact
    size = len(exact)
    shingle = min(_SHINGLE, max(3, size // 4))
    offsets = list(range(0, size - shingle + 1, shingle))
    if len(offsets) > _MAX_SHINGLES:
        step = len(offsets) / _MAX_SHINGLES
        offsets = [offsets[int(i * step)] for i in range(_MAX_SHINGLES)]
    votes: dict[tuple[int, int], int] = {}
    for index, text in enumerate(blocks):
        for offset in offsets:
            piece = exact[offset : offset + shingle]
            hits: list[int] = []
            at = text.find(piece)
            while at >= 0 and len(hits) <= _MAX_HITS:
                hits.append(at)
                at = text.find(piece, at + 1)
            if len(hits) > _MAX_HITS:
                continue
            for hit in hits:
                key = (index, (hit - offset) // 8)
                votes[key] = votes.get(key, 0) + 1
    if not votes:
        return None
    candidates = sorted(votes.items(), key=lambda kv: -kv[1])[:8]
    best: tuple[float, float, int, int, int] | None = None
    slack = max(8, size // 4)
    for (index, bucket), _count in candidates:
        text = blocks[index]
        guess = bucket * 8
        lo = max(0, guess - slack)
        hi = min(len(text), guess + size + 2 * slack)
        span = _align(exact, text, lo, hi)
        if span is None:
            continue
        start, end = span
        ratio = _ratio(exact, text[start:end])
        context = _context_score(anchor, text, start, end)
        if ratio < 0.75 or (ratio < 0.9 and context < 0.5):
            continue
        rank = (ratio * 0.8 + context * 0.2, _closeness(anchor, index, start), index, start, end)
        if best is None or rank[:2] > best[:2]:
            best = rank
    if best is None:
        return None
    score, _, index, start, end = best
    return ResolvedAnchor("fuzzy", index, start, end, score=round(score, 3))


def _align(exact: str, text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of text near [lo, hi) that best lines up with ``exact``."""
    window = text[lo:hi]
    if not window:
        return None
    from rapidfuzz import fuzz

    best = fuzz.partial_ratio_alignment(exact, window)
    if best is None or best.score < 50:
        return None
    start = max(0, lo + best.dest_start - best.src_start)
    end = min(len(text), start + len(exact))
    reach = max(4, len(exact) // 5)
    starts = range(max(0, start - reach), min(start + reach, end - 1) + 1)
    start = max(starts, key=lambda s: (_ratio(exact, text[s:end]), -abs(s - start)))
    ends = range(max(start + 1, end - reach), min(len(text), end + reach) + 1)
    end = max(ends, key=lambda e: (_ratio(exact, text[start:e]), -abs(e - end)))
    start, end = _snap(text, start, end)
    if end <= start:
        return None
    return start, end


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span to whole words when it stops one or two characters inside a word."""
    for _ in range(2):
        if 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1
    for _ in range(2):
        if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
    return start, end


def where_label(where: ResolvedAnchor | None, anchor: Anchor | None) -> str:
    """Where a note sits, in a few words: "whole document", "¶3", "¶3 (moved)", "¶3 (fuzzy)",
    "detached: passage not found"; where None: where it was written ("¶3")."""
    if anchor is None or (where is not None and where.status == "document"):
        return "whole document"
    if where is None:
        return f"¶{anchor.block + 1}"
    if where.detached:
        return "detached: passage not found"
    label = f"¶{(where.block if where.block is not None else anchor.block) + 1}"
    if where.status in ("moved", "fuzzy"):
        label += f" ({where.status})"
    return label

"""Choosing the headline: one line among those shortly before where the article's body starts.

The line model labels every line; the headline is then the candidate the model is surest is a
title (its "title" score minus its best other label's), so a page has exactly one headline and it
stands near the body, never in a menu far above it.
"""

from __future__ import annotations

from collections.abc import Sequence

WINDOW = 25  # candidates: this many non-blank lines before the body's start, and the start itself


def body_start(labels: Sequence[str]) -> int:
    """Where the main run of body lines starts (a teaser far above the article does not count)."""
    body = [k for k, label in enumerate(labels) if label in ("body", "heading")]
    if not body:
        return len(labels)
    best_start, best_size, start, size = body[0], 0, body[0], 0
    previous = None
    for k in body:
        if previous is not None and k - previous > 6:
            start, size = k, 0
        size += 1
        if size > best_size:
            best_start, best_size = start, size
        previous = k
    return best_start


def candidates(labels: Sequence[str], eligible: Sequence[bool]) -> list[int]:
    start = body_start(labels)
    out = [k for k in range(max(0, start - WINDOW), min(len(labels), start + 1)) if labels[k] != "comment"]
    out += [k for k, label in enumerate(labels) if label == "title" and k not in out]
    return [k for k in out if eligible[k]]


def choose(
    labels: Sequence[str], scores: Sequence[Sequence[float]], title: int, eligible: Sequence[bool], floor: float
) -> int | None:
    """The best candidate shaped like a headline whose margin is above floor (None when there is none)."""
    best, best_margin = None, floor
    for k in candidates(labels, eligible):
        row = scores[k]
        margin = row[title] - max(v for y, v in enumerate(row) if y != title)
        if margin > best_margin:
            best, best_margin = k, margin
    return best

"""Keyword in context: the sentence around a mention (a light rule, no NLP), cut to a readable length."""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.actors.doc_actors import TITLE_BLOCK, DocActors
from store.model import Document

PASSAGE_MAX = 320  # characters of a sentence kept around a mention (longer sentences are cut around it)
Passage = tuple[int, int, int, str]  # (block, start, end, text): a stretch of a block around mentions

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a block's text: a light rule (end punctuation, space, capital)."""
    bounds = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        # "Mr. Putin", "U.S. forces": a one- or two-letter word before the stop is an abbreviation
        word = text[max(start, end - 4) : end].split()
        if word and len(word[-1].rstrip(".")) <= 2 and word[-1][0].isupper():
            continue
        bounds.append((start, end))
        start = match.end()
    if start < len(text) or not bounds:
        bounds.append((start, len(text)))
    return bounds


def passage_span(text: str, start: int, end: int, bounds: Sequence[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The sentence of text around the mention start:end, cut to PASSAGE_MAX characters around it."""
    bounds = bounds if bounds is not None else sentence_bounds(text)
    s, e = 0, len(text)
    for bs, be in bounds:
        if bs <= start < max(be, bs + 1):
            s, e = bs, max(be, end)
            break
    if e - s > PASSAGE_MAX:
        room = max(0, PASSAGE_MAX - (end - start)) // 2
        s = max(s, start - room)
        e = min(e, end + room)
        if s > 0:  # start at a word
            space = text.find(" ", s, start)
            s = space + 1 if space >= 0 else s
        space = text.rfind(" ", end, e)
        e = space if space > end else e
    return s, e


def passages_of(doc: Document, record: DocActors) -> list[Passage]:
    """The sentence (or a cut of it) around each mention, once each."""
    spans: dict[tuple[int, int, int], None] = {}
    bounds: dict[int, list[tuple[int, int]]] = {}
    for b, s, e, _ in record.mentions:
        text = text_of(doc, b)
        if b not in bounds:
            bounds[b] = sentence_bounds(text)
        ps, pe = passage_span(text, s, e, bounds[b])
        spans[(b, ps, pe)] = None
    return [(b, s, e, text_of(doc, b)[s:e]) for b, s, e in spans]


def passage_around(doc: Document, block: int, start: int, end: int) -> Passage:
    """The stretch of a block (the title for TITLE_BLOCK) around the mention block/start:end; IndexError
    when the block is not in the document."""
    if block != TITLE_BLOCK and not 0 <= block < len(doc.blocks):
        raise IndexError(f"block {block} is outside the document")  # never Python's blocks[-1]
    text = text_of(doc, block)
    s, e = passage_span(text, start, end)
    return block, s, e, text[s:e]


def text_of(doc: Document, block: int) -> str:
    """The text of a block of a record: the title for TITLE_BLOCK (-1)."""
    return (doc.title or "") if block == TITLE_BLOCK else doc.blocks[block].text


def passage_for(passages: Sequence[Passage], block: int, start: int, end: int) -> Passage | None:
    """The stretch that holds the mention block/start:end."""
    for passage in passages:
        if passage[0] == block and passage[1] <= start and end <= passage[2]:
            return passage
    return None

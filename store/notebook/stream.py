"""Every note across the corpus, newest first, Hypothesis-style: what the notes stream lists and filters.

Each entry carries what the stream shows without opening a document: the document's title as the note
recorded it, the quoted passage, the tags and the text. A query narrows it: ``#tag`` or ``tag:name``
(every one must be a tag of the note), other words must all appear in the note, its quote or its
document's title (case and accents ignored).
"""

from __future__ import annotations

import os
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from store.model import Note

from .notebook import Notebook, normalize_path


def fold(text: str) -> str:
    """Case and accents folded: "Erdoğan" and "erdogan" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class StreamEntry:
    note: Note
    title: str  # the document's title when the note was written (else its file name)
    quote: str  # the passage, whitespace collapsed; "" for a whole-document note
    haystack: str  # what words are looked for in: folded text, quote and title

    @property
    def tags(self) -> tuple[str, ...]:
        return self.note.tags


def entry_of(note: Note) -> StreamEntry:
    title = note.doc_title or os.path.basename(note.doc_path) or note.doc_id
    quote = " ".join(note.anchor.exact.split()) if note.anchor is not None else ""
    return StreamEntry(note, title, quote, fold(" ".join((note.text, quote, title))))


def note_stream(notebook: Notebook) -> list[StreamEntry]:
    """Every note, the most recently written or edited first."""
    notes = notebook.notes()[::-1]  # oldest first, so reversed: of notes written in the same second, the later first
    notes.sort(key=lambda n: n.updated or n.created, reverse=True)
    return [entry_of(n) for n in notes]


@dataclass(frozen=True, slots=True)
class StreamQuery:
    tags: tuple[str, ...]  # folded
    words: tuple[str, ...]  # folded

    @classmethod
    def parse(cls, query: str) -> StreamQuery:
        tags: list[str] = []
        words: list[str] = []
        for token in query.split():
            if token.startswith("#") and len(token) > 1:
                tags.append(fold(token[1:]))
            elif token.casefold().startswith("tag:") and len(token) > 4:
                tags.append(fold(token[4:]))
            else:
                words.append(fold(token))
        return cls(tuple(tags), tuple(words))

    def matches(self, entry: StreamEntry) -> bool:
        if self.tags:
            have = {fold(t) for t in entry.tags}
            if not all(t in have for t in self.tags):
                return False
        return all(w in entry.haystack for w in self.words)


def filter_stream(entries: Iterable[StreamEntry], query: str) -> list[StreamEntry]:
    parsed = StreamQuery.parse(query)
    return [e for e in entries if parsed.matches(e)]


def tag_counts(entries: Iterable[StreamEntry]) -> list[tuple[str, int]]:
    """The tags of these notes, most used first (then by name)."""
    counts = Counter(t for e in entries for t in e.tags)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


class _Listed(Protocol):
    @property
    def index(self) -> int: ...
    @property
    def doc_id(self) -> str: ...
    @property
    def path(self) -> str: ...


def document_index(note: Note, listed: Iterable[_Listed]) -> int | None:
    """The corpus index of the note's document: the same document (id), else the file it was written
    on (path: the file has been edited since); None when it is not in this corpus."""
    by_path: int | None = None
    for item in listed:
        if item.doc_id == note.doc_id:
            return item.index
        if by_path is None and note.doc_path and normalize_path(item.path) == note.doc_path:
            by_path = item.index
    return by_path

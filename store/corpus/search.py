"""Finding text in one document's blocks (literally, or a corpus-search query's words), and filtering
document summaries."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from store.corpus.library import Summary
from store.model import Document
from store.notebook.tags import tag_key


@dataclass(frozen=True, slots=True)
class Match:
    block: int
    start: int
    end: int


def _pattern(query: str) -> re.Pattern[str] | None:
    words = query.split()
    if not words:
        return None
    # Whitespace in the query matches any run of whitespace in the text.
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def find_in_document(doc: Document, query: str, limit: int = 100_000) -> list[Match]:
    """Every case-insensitive occurrence of query, in reading order."""
    pattern = _pattern(query)
    if pattern is None:
        return []
    matches: list[Match] = []
    for index, block in enumerate(doc.blocks):
        for m in pattern.finditer(block.text):
            matches.append(Match(index, m.start(), m.end()))
            if len(matches) >= limit:
                return matches
    return matches


def find_words_in_document(doc: Document, query: str, limit: int = 100_000) -> list[Match]:
    """Where a corpus-search query's words occur (store/corpus/search_index.py: folded case, accents and
    hyphens; phrases, prefixes), in reading order: what the reader highlights after a search."""
    from store.corpus.search_index import Query  # sqlite3 with it: not before the first paint

    parsed = Query.parse(query)
    matches: list[Match] = []
    for index, block in enumerate(doc.blocks):
        for start, end in parsed.spans(block.text):
            matches.append(Match(index, start, end))
            if len(matches) >= limit:
                return matches
    return matches


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    """A sidebar filter: words match title, source, author, date, tags or file name;
    ``#tag`` or ``tag:name`` requires a tag (all must match); ``has:notes`` requires notes."""

    words: tuple[str, ...]
    tags: tuple[str, ...]
    has_notes: bool

    @classmethod
    def parse(cls, query: str) -> DocumentFilter:
        words: list[str] = []
        tags: list[str] = []
        has_notes = False
        for token in query.split():
            lowered = token.casefold()
            if lowered in ("has:notes", "has:note"):
                has_notes = True
            elif lowered.startswith("tag:") and len(token) > 4:
                tags.append(tag_key(token[4:]))
            elif lowered.startswith("#") and len(token) > 1:
                tags.append(tag_key(token[1:]))
            else:
                words.append(lowered)
        return cls(tuple(words), tuple(tags), has_notes)

    @property
    def empty(self) -> bool:
        return not (self.words or self.tags or self.has_notes)

    def narrows(self, previous: DocumentFilter) -> bool:
        """True when every document this filter keeps, ``previous`` kept too (the same tags and notes): the
        query grew as it is typed ("ru" then "rus", another word), so only what ``previous`` kept needs
        testing. Each of previous's words is part of one of these words, its tags are among these."""
        if previous.has_notes and not self.has_notes:
            return False
        if not set(previous.tags) <= set(self.tags):
            return False
        return all(any(old in new for new in self.words) for old in previous.words)

    def predicate(
        self,
        tags_of: Callable[[Summary], Iterable[str]] = lambda s: (),
        notes_of: Callable[[Summary], int] = lambda s: 0,
    ) -> Callable[[Summary], bool]:
        words, tags, has_notes = self.words, self.tags, self.has_notes
        if not (words or tags):

            def keep_noted(summary: Summary) -> bool:
                return not has_notes or notes_of(summary) > 0

            return keep_noted

        # Called for every document on every keystroke (10,000 of them within a frame): no work that
        # the common case (words, no tags on the document) does not need.
        def keep(summary: Summary) -> bool:
            if has_notes and notes_of(summary) <= 0:
                return False
            doc_tags = tags_of(summary)
            if doc_tags:
                doc_tags = {tag_key(t) for t in doc_tags}
                if tags and not all(t in doc_tags for t in tags):
                    return False
                hay = haystack(summary) + " " + " ".join(doc_tags)
            elif tags:
                return False
            else:
                hay = haystack(summary)
            for w in words:
                if w not in hay:
                    return False
            return True

        return keep


@lru_cache(maxsize=200_000)
def haystack(summary: Summary) -> str:
    parts = (summary.title, summary.source, summary.author, summary.date, summary.path.rsplit("/", 1)[-1])
    return " ".join(p for p in parts if p).casefold()


@lru_cache(maxsize=200_000)
def path_key(summary: Summary) -> str:
    """The document's path as the notebook keeps it (store/notebook/notebook.normalize_path)."""
    from store.notebook.notebook import normalize_path

    return normalize_path(summary.path)

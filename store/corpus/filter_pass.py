"""The sidebar filter's pass over a whole corpus, at each keystroke: plain strings tested, not documents.

``DocumentFilter.predicate`` decides one document at a time, and asked the notebook about each (a lookup
of its tags and notes, ~0.5 µs), so a pass over 10,000 documents took about 5 ms of the keystroke's frame.
Only documents with a note or a tag can have more to match than their own text (title, source, author,
date, file name: ``search.haystack``), and the notebook knows which they are (``Notebook.recent_marked``).
``FilterTexts`` keeps each listed document's text in a list made once, and ``FilterPass.select`` tests the
words against those strings, then asks the predicate only about the marked documents: the same documents,
in the same order (tests/store/test_filter_pass.py), for about a tenth of the time
(tests/bench/bench_filter_pass.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from store.corpus.library import Summary
from store.corpus.search import DocumentFilter, haystack, path_key


class FilterTexts:
    """Each document's filter text, for a list of summaries that only grows (the sidebar's), and where each
    document id and path is in it."""

    def __init__(self) -> None:
        self._summaries: list[Summary] | None = None
        self.texts: list[str] = []
        self._positions: dict[str, list[int]] = {}  # document id or path → positions in the list
        self._placed = 0  # summaries in _positions so far (made on first need: only documents with notes ask)

    def update(self, summaries: list[Summary]) -> list[str]:
        """The texts of ``summaries``, position by position (those added since the last call are taken now:
        cache hits, as the listing worker made them; the sidebar calls this as summaries arrive, so that the
        first keystroke does not)."""
        if summaries is not self._summaries or len(self.texts) > len(summaries):
            self._summaries, self.texts, self._positions, self._placed = summaries, [], {}, 0
        if len(self.texts) < len(summaries):
            self.texts.extend(map(haystack, summaries[len(self.texts) :]))
        return self.texts

    def positions_of(self, keys: Iterable[str]) -> set[int]:
        """Where the documents with these ids or paths are (among the summaries ``update`` took)."""
        keys = list(keys)
        if not keys or self._summaries is None:
            return set()
        positions, summaries = self._positions, self._summaries
        for position in range(self._placed, len(self.texts)):
            summary = summaries[position]
            positions.setdefault(summary.doc_id, []).append(position)
            positions.setdefault(path_key(summary), []).append(position)
        self._placed = len(self.texts)
        found: set[int] = set()
        for key in keys:
            found.update(positions.get(key, ()))
        return found


class FilterPass:
    """A parsed filter made ready to test a list of summaries: called with one summary, it is the filter's
    predicate; ``select`` tests many at once."""

    def __init__(
        self,
        parsed: DocumentFilter,
        texts: FilterTexts,
        *,
        tags_of: Callable[[Summary], Iterable[str]] = lambda s: (),
        notes_of: Callable[[Summary], int] = lambda s: 0,
        marked: Callable[[], Iterable[str]] = frozenset,
    ) -> None:
        """marked: the ids and paths of the documents with a tag or a note (``Notebook.recent_marked``); only
        those are asked about (tags_of, notes_of)."""
        self.parsed = parsed
        self._texts = texts
        self._keep = parsed.predicate(tags_of, notes_of)
        self._marked = marked

    def __call__(self, summary: Summary) -> bool:
        return self._keep(summary)

    def select(self, summaries: list[Summary], positions: Sequence[int] | None = None) -> list[int]:
        """The positions in ``summaries`` the filter keeps, among ``positions`` (None: all of them, in order)
        and in their order."""
        texts = self._texts.update(summaries)
        candidates: Sequence[int] = range(len(summaries)) if positions is None else positions
        marked = self._texts.positions_of(self._marked())
        keep = self._keep
        parsed = self.parsed
        if parsed.tags or parsed.has_notes:  # a document needs a tag or a note: only the marked can pass
            kept = {p for p in marked if keep(summaries[p])}
            return sorted(kept) if positions is None else [p for p in candidates if p in kept]
        hits = candidates
        for word in parsed.words:
            hits = [p for p in hits if word in texts[p]]
        found = list(hits)
        # a marked document's tags are searched too: it may match by them where its text did not
        extra = {p for p in marked if keep(summaries[p])} - set(found) if marked else set()
        if extra and positions is not None:
            extra &= set(positions)
        if not extra:
            return found
        kept = extra.union(found)
        return [p for p in candidates if p in kept]

"""The actors of every analysed document of a corpus, kept beside the analysis cache.

    index = ActorIndex(analyzer, roots)     # cheap
    index.load()                            # the corpus's combined file: one read for 10,000 documents
    record = index.get(doc_id) or index.add(doc)   # add: from the analysis cache only (None: not analysed yet)
    index.save(keep=doc_ids)                # write the combined file (in a worker)
    index.passages(doc_id)                  # the sentences around each mention, for keyword-in-context

Two layers, both in the AnalysisCache and keyed by ``Analyzer.result_key`` (so a dictionary edit or a new
pipeline never mixes old counts in): one small file per document (its record and the sentences around
its mentions), written when the document is first indexed, and one combined file per corpus holding every
record without the sentences, read when the actors view opens. ``add`` never runs NLP: a document whose
analysis is not cached yet gives None and is reported as pending.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from store.actors.corpus_stats import DocActors, doc_actors, passage_span, sentence_bounds
from store.cache import AnalysisCache
from store.model import Document

if TYPE_CHECKING:  # pragma: no cover
    from store.actors.analysis import Analyzer

Passage = tuple[int, int, int, str]  # (block, start, end, text): a stretch of a block around mentions


def corpus_key(roots: Iterable[str]) -> str:
    return hashlib.blake2b("\x1f".join(sorted(roots)).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def _passages(doc: Document, record: DocActors) -> list[Passage]:
    spans: dict[tuple[int, int, int], None] = {}
    bounds: dict[int, list[tuple[int, int]]] = {}
    for b, s, e, _ in record.mentions:
        text = doc.blocks[b].text
        if b not in bounds:
            bounds[b] = sentence_bounds(text)
        ps, pe = passage_span(text, s, e, bounds[b])
        spans[(b, ps, pe)] = None
    return [(b, s, e, doc.blocks[b].text[s:e]) for b, s, e in spans]


class ActorIndex:
    """Records of a corpus's analysed documents, by document id. Thread-safe."""

    def __init__(self, analyzer: Analyzer, roots: Iterable[str], cache: AnalysisCache | None = None) -> None:
        self.analyzer = analyzer
        self.cache = cache if cache is not None else analyzer.cache
        self.records: dict[str, DocActors] = {}
        self._corpus = corpus_key(roots)
        self._lock = threading.Lock()
        self._dirty = False
        self._key: str | None = None

    @property
    def key(self) -> str:
        """The analysis results these records come from (changes with the dictionary or the pipeline)."""
        key = self.analyzer.result_key
        if key != self._key:  # the dictionary changed: what was indexed no longer holds
            with self._lock:
                self._key = key
                self.records = {}
        return key

    def _doc_key(self, doc_id: str) -> str:
        return f"actor-doc/{self.key}/{doc_id}"

    def _corpus_key(self) -> str:
        return f"actor-index/{self.key}/{self._corpus}"

    def load(self) -> int:
        """Read the corpus's combined file; how many records it held."""
        if self.cache is None:
            return 0
        value = self.cache.get(self._corpus_key())
        if not isinstance(value, dict):
            return 0
        loaded: dict[str, DocActors] = {}
        for doc_id, raw in value.items():
            record = _record(doc_id, raw)
            if record is not None:
                loaded[doc_id] = record
        with self._lock:
            for doc_id, record in loaded.items():
                self.records.setdefault(doc_id, record)
        return len(loaded)

    def get(self, doc_id: str) -> DocActors | None:
        """The record of a document if known here or in its own file (cheap: no document is read)."""
        record = self.records.get(doc_id)
        if record is None and self.cache is not None:
            value = self.cache.get(self._doc_key(doc_id))
            record = _record(doc_id, value.get("record")) if isinstance(value, dict) else None
            if record is not None:
                with self._lock:
                    self.records[doc_id] = record
                    self._dirty = True
        return record

    def add(self, doc: Document) -> DocActors | None:
        """Index a document from its cached analysis (doc itself if it carries mentions already);
        None when it has not been analysed yet. Never runs NLP."""
        analysed = doc if any(b.mentions for b in doc.blocks) else self.analyzer.cached(doc)
        if analysed is None:
            return None
        record = doc_actors(analysed)
        if self.cache is not None:
            self.cache.put(
                self._doc_key(doc.id), {"record": _raw(record), "passages": [list(p) for p in _passages(analysed, record)]}
            )
        with self._lock:
            self.records[doc.id] = record
            self._dirty = True
        return record

    def passages(self, doc_id: str) -> list[Passage] | None:
        """The stretches of text around the document's mentions (None: not indexed, or its file is gone)."""
        if self.cache is None:
            return None
        value = self.cache.get(self._doc_key(doc_id))
        if not isinstance(value, dict):
            return None
        try:
            return [(int(b), int(s), int(e), str(t)) for b, s, e, t in value["passages"]]
        except (TypeError, KeyError, ValueError):
            return None

    def save(self, keep: Iterable[str] | None = None) -> bool:
        """Write the combined file (only the records of ``keep`` when given). False if nothing changed
        or it could not be written."""
        if self.cache is None or not self._dirty:
            return False
        with self._lock:
            records = dict(self.records)
            self._dirty = False
        if keep is not None:
            wanted = set(keep)
            records = {d: r for d, r in records.items() if d in wanted}
        return self.cache.put(self._corpus_key(), {d: _raw(r) for d, r in records.items()})


def passage_for(passages: Sequence[Passage], block: int, start: int, end: int) -> Passage | None:
    """The stretch that holds the mention block/start:end."""
    for passage in passages:
        if passage[0] == block and passage[1] <= start and end <= passage[2]:
            return passage
    return None


def _raw(record: DocActors) -> list[Any]:
    return [record.date, record.block_count, [list(m) for m in record.mentions]]


def _record(doc_id: str, raw: Any) -> DocActors | None:
    try:
        date, blocks, mentions = raw
        if not (date is None or isinstance(date, str)) or type(blocks) is not int:
            return None
        return DocActors.make(doc_id, date, blocks, mentions)
    except (TypeError, ValueError):
        return None

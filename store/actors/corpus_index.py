"""The actors of every analysed document of a corpus, kept beside the analysis cache.

    index = ActorIndex(analyzer, roots)     # cheap
    index.load()                            # the corpus's combined file: one read for 10,000 documents
    index.known(doc_id, date)               # indexed, or analysed (then indexed now); False: pending
    index.columns(doc_ids)                  # what store.actors.corpus_stats.CorpusActors aggregates
    index.save(keep=doc_ids)                # write the combined file (in a worker)
    index.record(doc_id, date)              # one document's mentions (for its passages)
    index.passages(doc_id) / index.keep_passages(doc, record)   # the sentences around its mentions

Everything comes from the analysis cache, keyed by ``Analyzer.result_key`` (so a dictionary edit or a
new pipeline never mixes old counts in): a document's mentions are read by its id alone
(``Analyzer.cached_spans``), so indexing reads and cleans no document. What the actors view needs of
the whole corpus (each document's actor counts and the actor sets of its paragraphs) is kept as flat
arrays in one combined file per corpus (a few MB for 10,000 documents), read when the view opens. The
sentences around a document's mentions are cut from the document the first time its passages are
shown, then kept in a small file of their own. Nothing here runs NLP: a document whose analysis is not
cached yet is reported as pending.
"""

from __future__ import annotations

import base64
import hashlib
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy as np

from store.actors.actor_columns import Columns
from store.actors.doc_actors import DocActors
from store.actors.passages import Passage, passages_of
from store.cache import AnalysisCache
from store.model import Document

if TYPE_CHECKING:  # pragma: no cover
    from store.actors.analysis import Analyzer

FORMAT = 2  # 2: the title's mentions are counted (block -1)
_ARRAYS = {"blocks": np.int32, "entry_ptr": np.int64, "entry_actor": np.int32, "entry_count": np.int32,
           "unit_ptr": np.int64, "unit_len": np.int32, "unit_actor": np.int32}  # fmt: skip


def corpus_key(roots: Iterable[str]) -> str:
    return hashlib.blake2b("\x1f".join(sorted(roots)).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


class ActorIndex:
    """The actor records of a corpus's analysed documents, by document id. Thread-safe."""

    def __init__(self, analyzer: Analyzer, roots: Iterable[str], cache: AnalysisCache | None = None) -> None:
        self.analyzer = analyzer
        self.cache = cache if cache is not None else analyzer.cache
        self._corpus = corpus_key(roots)
        self._lock = threading.Lock()
        self._key: str | None = None
        self._loaded: str | None = None  # the key whose combined file was read
        self._reset()

    def _reset(self) -> None:
        self._parts: list[Columns] = []
        self._where: dict[str, tuple[int, int]] = {}  # doc id -> (part, row)
        self._new: dict[str, DocActors] = {}  # indexed since the parts were last made
        self._dirty = False

    @property
    def key(self) -> str:
        """The analysis results these records come from (changes with the dictionary or the pipeline)."""
        key = self.analyzer.result_key
        if key != self._key:  # the dictionary changed: what was indexed no longer holds
            with self._lock:
                self._key = key
                self._reset()
        return key

    def __len__(self) -> int:
        return len(self._where) + len(self._new)

    def _corpus_file(self) -> str:
        return f"actor-index/{self.key}/{self._corpus}"

    def load(self) -> int:
        """Read the corpus's combined file; how many documents it held."""
        if self.cache is None or self._loaded == self.key:
            return 0
        self._loaded = self.key
        columns = _decode(self.cache.get(self._corpus_file()))
        if columns is None:
            return 0
        with self._lock:
            part = len(self._parts)
            self._parts.append(columns)
            for row, doc_id in enumerate(columns.doc_ids):
                if doc_id not in self._new:
                    self._where.setdefault(doc_id, (part, row))
        return len(columns)

    def known(self, doc_id: str, date: str | None) -> bool:
        """Whether the document is indexed, indexing it now if its analysis is cached (reads no
        document). ``date``: the document's date (from its summary), kept with its counts."""
        if doc_id in self._where or doc_id in self._new:
            return True
        _ = self.key  # a changed dictionary drops what was indexed before
        if doc_id in self._where or doc_id in self._new:
            return True
        record = self.record(doc_id, date)
        if record is None:
            return False
        with self._lock:
            self._new[doc_id] = record
            self._dirty = True
        return True

    def _flush(self) -> None:
        with self._lock:
            if not self._new:
                return
            fresh = list(self._new.values())
            columns = Columns.build(fresh)
            part = len(self._parts)
            self._parts.append(columns)
            for row, record in enumerate(fresh):
                self._where[record.doc_id] = (part, row)
            self._new = {}

    def columns(self, doc_ids: Iterable[str]) -> Columns:
        """The indexed documents among doc_ids (each once, in the order given)."""
        self._flush()
        wanted: dict[int, list[int]] = {}
        seen: set[str] = set()
        for doc_id in doc_ids:
            where = self._where.get(doc_id)
            if where is not None and doc_id not in seen:
                seen.add(doc_id)
                wanted.setdefault(where[0], []).append(where[1])
        parts = []
        for part, rows in sorted(wanted.items()):
            columns = self._parts[part]
            parts.append(
                columns if len(rows) == len(columns) and rows == list(range(len(columns))) else columns.take(rows)
            )
        if not parts:
            return Columns.build([])
        return Columns.concat(parts)

    def record(self, doc_id: str, date: str | None) -> DocActors | None:
        """One document's record with its mentions, from the analysis cache (None: not analysed)."""
        spans = self.analyzer.cached_spans(doc_id, title=True)
        return None if spans is None else DocActors.from_texts(doc_id, date, spans)

    def passages(self, doc_id: str) -> list[Passage] | None:
        """The stretches of text around the document's mentions, if kept (see keep_passages)."""
        if self.cache is None:
            return None
        value = self.cache.get(f"actor-passages/{self.key}/{doc_id}")
        try:
            return [(int(b), int(s), int(e), str(t)) for b, s, e, t in value]  # type: ignore[union-attr]
        except (TypeError, ValueError):
            return None

    def keep_passages(self, doc: Document, record: DocActors) -> list[Passage]:
        """Cut the passages of a document's mentions from its text, and keep them for next time."""
        passages = passages_of(doc, record)
        if self.cache is not None:
            self.cache.put(f"actor-passages/{self.key}/{doc.id}", [list(p) for p in passages])
        return passages

    def save(self, keep: Iterable[str] | None = None) -> bool:
        """Write the combined file (only the documents of ``keep`` when given). False if nothing changed
        or it could not be written."""
        if self.cache is None or not self._dirty:
            return False
        self._dirty = False
        if keep is None:
            keep = list(self._where) + list(self._new)
        return self.cache.put(self._corpus_file(), _encode(self.columns(keep)))


def _encode(columns: Columns) -> dict[str, Any]:
    out: dict[str, Any] = {"format": FORMAT, "ids": list(columns.ids), "doc_ids": list(columns.doc_ids),
                           "dates": list(columns.dates)}  # fmt: skip
    for name, dtype in _ARRAYS.items():
        out[name] = base64.b64encode(
            np.ascontiguousarray(getattr(columns, name), dtype=np.dtype(dtype).newbyteorder("<")).tobytes()
        ).decode("ascii")
    return out


def _decode(value: Any) -> Columns | None:
    try:
        if not isinstance(value, dict) or value.get("format") != FORMAT:
            return None
        arrays = {name: np.frombuffer(base64.b64decode(value[name]), dtype=np.dtype(dtype).newbyteorder("<")).astype(dtype)
                  for name, dtype in _ARRAYS.items()}  # fmt: skip
        ids, doc_ids, dates = tuple(value["ids"]), tuple(value["doc_ids"]), tuple(value["dates"])
        n = len(doc_ids)
        ok = (
            all(isinstance(x, str) for x in ids + doc_ids)
            and all(d is None or isinstance(d, str) for d in dates)
            and len(dates) == n == len(arrays["blocks"])
            and len(arrays["entry_ptr"]) == n + 1 == len(arrays["unit_ptr"])
            and arrays["entry_ptr"][-1] == len(arrays["entry_actor"]) == len(arrays["entry_count"])
            and arrays["unit_ptr"][-1] == len(arrays["unit_len"])
            and int(arrays["unit_len"].sum()) == len(arrays["unit_actor"])
            and (len(ids) == 0 or (arrays["entry_actor"].max(initial=0) < len(ids) and arrays["unit_actor"].max(initial=0) < len(ids)))
            and arrays["entry_actor"].min(initial=0) >= 0 and arrays["unit_actor"].min(initial=0) >= 0
        )  # fmt: skip
        if not ok:
            return None
        return Columns(ids, doc_ids, dates, **arrays)
    except (KeyError, TypeError, ValueError):
        return None

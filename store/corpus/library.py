"""A corpus the reader has open: its files, their summaries for the sidebar, documents on demand."""

from __future__ import annotations

import os
import time
from collections import OrderedDict
from collections.abc import Iterable
from contextlib import nullcontext
from dataclasses import dataclass
from threading import Lock

from store import collector
from store.corpus.document_cache import RACY_NS, DocumentCache, Stamp
from store.corpus.documents import visible_document
from store.corpus.files import SourceFile, bundled_corpus, discover
from store.corpus.isolated import ISOLATE_BYTES, load_by_size
from store.corpus.summaries import SummaryCache, stamp
from store.errors import DocumentError
from store.model import Document
from store.versions import CLEANER_VERSION

SLOW_BYTES = 512 * 1024  # a larger file is read and cleaned in a worker, never on the UI thread
SAVE_EVERY = 2000  # new summaries between two writes of the summary cache (it is also written when complete)


@dataclass(frozen=True, slots=True)
class Summary:
    """What the sidebar shows for one document."""

    index: int
    path: str
    doc_id: str
    title: str
    has_title: bool
    author: str | None
    date: str | None
    source: str | None
    encoding: str

    def __hash__(self) -> int:  # the path is unique in a corpus and its str hash is cached: the filter's
        return hash(self.path)  # haystack lookups at each keystroke hash 10,000 of these (not 9 fields each)


def file_stamp(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(modification time in ns, size) of a file, None when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def summarize(index: int, doc: Document) -> Summary:
    return Summary(
        index=index,
        path=doc.path,
        doc_id=doc.id,
        title=doc.display_title,
        has_title=doc.title is not None,
        author=doc.author,
        date=doc.date,
        source=doc.source,
        encoding=doc.encoding,
    )


class Library:
    """Documents of one or more folders/files; loads and cleans them lazily, keeps a few in memory."""

    def __init__(
        self,
        paths: Iterable[str | os.PathLike[str]] | None = None,
        *,
        keep: int = 32,
        summary_cache: SummaryCache | bool = True,
        document_cache: DocumentCache | bool = True,
    ) -> None:
        """``summary_cache``, ``document_cache``: True for the default persistent cache, False for none,
        or a cache of one's own."""
        chosen = list(paths or [])
        self.is_bundled = not chosen
        self.roots = [str(p) for p in chosen] if chosen else [str(bundled_corpus())]
        self.sources, self.problems = discover(self.roots)
        self._cache: OrderedDict[int, tuple[Document, Stamp | None]] = OrderedDict()
        self._keep = keep
        self._lock = Lock()
        # Sidebar summaries persist between runs (store/summaries.py); created on first use, off the UI thread.
        self._use_summary_cache = summary_cache
        self._summary_cache: SummaryCache | None = None
        self._summarised: set[int] = set()
        if document_cache is True:
            document_cache = DocumentCache()
        self._documents: DocumentCache | None = document_cache or None
        self._remembered: set[int] = set()
        self._large_lock = Lock()
        self._read_stamps: dict[int, tuple[int, int] | None] = {}  # index -> (mtime ns, size) when read

    def __len__(self) -> int:
        return len(self.sources)

    @property
    def name(self) -> str:
        if self.is_bundled:
            return "bundled corpus"
        return ", ".join(os.path.basename(os.path.normpath(r)) or r for r in self.roots)

    def document(self, index: int, *, remember: bool = False) -> Document:
        """The cleaned document at index; raises DocumentError.

        From memory (the last few used), else from the document cache, else read and cleaned.
        ``remember``: also keep it in the document cache, so that the next run shows it without
        cleaning (the reader asks this for the documents it opens)."""
        with self._lock:
            held = self._cache.get(index)
            if held is not None:
                self._cache.move_to_end(index)
        if held is None:
            source = self.sources[index]
            read_stamp = file_stamp(source.path)  # before reading: a later edit is seen
            large = read_stamp is not None and read_stamp[1] > ISOLATE_BYTES
            with self._large_lock if large else nullcontext():  # one large file at a time, read once
                with self._lock:
                    held = self._cache.get(index)
                if held is None:
                    self._read_stamps[index] = read_stamp
                    stamp = self._documents.stamp(source) if self._documents is not None else None  # before reading
                    doc = (
                        self._documents.get(stamp, source)
                        if self._documents is not None and stamp is not None
                        else None
                    )
                    if doc is not None:
                        doc = visible_document(doc)  # cached by an older version: made visible all the same
                        self._remembered.add(index)
                    else:
                        with collector.deferred() if read_stamp and read_stamp[1] > SLOW_BYTES else nullcontext():
                            doc = load_by_size(source, read_stamp[1] if read_stamp else 0)
                    held = (doc, stamp)
                    with self._lock:
                        self._cache[index] = held
                        while len(self._cache) > self._keep:
                            self._cache.popitem(last=False)
        doc, stamp = held
        if remember and index not in self._remembered and self._documents is not None and stamp is not None:
            self._remembered.add(index)
            read_stamp = self._read_stamps.get(index)
            if read_stamp is None or read_stamp[1] <= ISOLATE_BYTES:  # a huge one: encoding it would stall the app
                self._documents.put(stamp, doc)
        return doc

    def slow(self, index: int) -> bool:
        """True when ``document(index)`` may take long: not in memory and a large file (to be read in a
        worker, so that the screen never waits for it)."""
        with self._lock:
            if index in self._cache:
                return False
        try:
            return os.stat(self.sources[index].path).st_size > SLOW_BYTES
        except OSError:
            return False

    def changed(self, index: int) -> bool:
        """True when the file of a document read before has changed on disk since (its modification
        time or size differ), so that the reader can show the new text. One stat, no read."""
        if index not in self._read_stamps:
            return False
        return file_stamp(self.sources[index].path) != self._read_stamps[index]

    def forget(self, index: int) -> None:
        """Drop what is kept of one document: the next ``document(index)`` reads the file again."""
        with self._lock:
            self._cache.pop(index, None)
            self._read_stamps.pop(index, None)
            self._remembered.discard(index)
            self._summarised.discard(index)

    def summary(self, index: int) -> Summary:
        """The sidebar summary of one document (from the summary cache when the file is unchanged);
        raises DocumentError."""
        source = self.sources[index]
        path = str(source.path)
        key = os.path.abspath(path)
        cache = self._summaries_cache()
        file_stamp = stamp(path) if cache is not None else None
        if cache is not None:
            with self._lock:
                entry = cache.get(key, file_stamp)
            if entry is not None:
                self._summarised.add(index)
                if entry[2] is None:
                    raise DocumentError(path, str(entry[3]))
                return Summary(index, path, *entry[2:])
        try:
            summary = summarize(index, self.document(index))
            entry = [0, 0, summary.doc_id, summary.title, summary.has_title, summary.author, summary.date,
                     summary.source, summary.encoding]  # fmt: skip
        except DocumentError as exc:
            summary = None
            error = exc
            entry = [0, 0, None, exc.reason]
        self._summarised.add(index)
        if cache is not None and file_stamp is not None and time.time_ns() - file_stamp[0] > RACY_NS:
            entry[0], entry[1] = file_stamp
            with self._lock:
                cache.put(key, entry)
        if summary is None:
            raise error
        return summary

    def cached_summary(self, index: int) -> Summary | None:
        """The summary from the summary cache when it has the file as it is now, else None (nothing is
        read); raises DocumentError for a file cached as one that cannot be a document."""
        cache = self._summaries_cache()
        if cache is None:
            return None
        path = str(self.sources[index].path)
        with self._lock:
            entry = cache.get(os.path.abspath(path), stamp(path))
        if entry is None:
            return None
        self._summarised.add(index)
        if entry[2] is None:
            raise DocumentError(path, str(entry[3]))
        return Summary(index, path, *entry[2:])

    def add_summary(self, index: int, entry: list[object]) -> Summary:
        """A summary made elsewhere (store.corpus.summary_process: ``summary_entry`` of this file), kept in
        the summary cache as ``summary`` keeps its own; raises DocumentError as ``summary`` does."""
        path = str(self.sources[index].path)
        cache = self._summaries_cache()
        self._summarised.add(index)
        if cache is not None and entry[0] and time.time_ns() - int(entry[0]) > RACY_NS:  # type: ignore[call-overload]
            with self._lock:
                cache.put(os.path.abspath(path), list(entry))
        if entry[2] is None:
            raise DocumentError(path, str(entry[3]))
        return Summary(index, path, *entry[2:])  # type: ignore[arg-type]

    def summaries(self, indices: Iterable[int]) -> tuple[list[Summary], list[str]]:
        """Summaries of the documents that open, and one line for each that does not."""
        good: list[Summary] = []
        bad: list[str] = []
        for index in indices:
            try:
                good.append(self.summary(index))
            except DocumentError as exc:
                bad.append(str(exc))
        self.save_summaries_if_due()
        return good, bad

    def save_summaries_if_due(self, *, closing: bool = False) -> None:
        """Write the summary cache every SAVE_EVERY new summaries, once every file is summarised, and
        (``closing``) when the app goes with summaries not written yet (the next start reads them)."""
        cache = self._summary_cache
        if (
            cache is not None
            and cache.dirty
            and (closing or cache.dirty >= SAVE_EVERY or len(self._summarised) >= len(self))
        ):
            self.save_summaries()

    def save_summaries(self) -> bool:
        """Write the summary cache now (done by ``summaries`` every few thousand and once all are known)."""
        cache = self._summary_cache
        if cache is None:
            return False
        keep = [os.path.abspath(str(s.path)) for s in self.sources]
        with self._lock:
            return cache.save(keep)

    def _summaries_cache(self) -> SummaryCache | None:
        if self._summary_cache is None and self._use_summary_cache:
            if isinstance(self._use_summary_cache, SummaryCache):
                self._summary_cache = self._use_summary_cache
            else:
                self._summary_cache = SummaryCache(self.roots, CLEANER_VERSION)
        return self._summary_cache


def source_for(path: str | os.PathLike[str]) -> SourceFile:
    """A single file named on the command line, with a clear error if it cannot be a document."""
    sources, problems = discover([path])
    if problems:
        raise DocumentError(str(path), problems[0].split(": ", 1)[-1])
    if len(sources) != 1:
        raise DocumentError(str(path), "is a folder; name one document")
    return sources[0]

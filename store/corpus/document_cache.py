"""Cleaned documents kept on disk, so that a document opened before shows again without cleaning.

Cleaning a file means reading, decoding, extracting HTML and running every cleaning rule (and, the
first time in a process, compiling those rules: ~13 ms). Documents the reader has opened are kept
here, keyed by the file's absolute path, modification time (ns), size and CLEANER_VERSION - an
edited file or a better cleaner is cleaned again. Files modified in the last two seconds are not
kept (their mtime may not tell the next edit apart). Only what the user opened is kept: at most the
size of what they read.

Location: $ACTORLENS_CACHE/documents, else the user cache directory (platformdirs)/documents. Best
effort, like the other caches: a cache that cannot be read or written only means cleaning again.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, NamedTuple

from store.cache import AnalysisCache
from store.corpus.files import SourceFile
from store.model import Block, Document
from store.paths import document_cache_dir
from store.versions import CLEANER_VERSION

FORMAT = 1
RACY_NS = 2_000_000_000  # files modified this recently are not cached: their mtime may not tell the next edit


def to_record(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "title": doc.title,
        "fallback_title": doc.fallback_title,
        "author": doc.author,
        "date": doc.date,
        "source": doc.source,
        "encoding": doc.encoding,
        "blocks": [[b.kind, b.text] for b in doc.blocks],
        "removed": list(doc.removed),
    }


def from_record(record: dict[str, Any], path: str) -> Document:
    """The document a record holds (mentions are not kept: the analysis has its own cache)."""
    return Document(
        id=record["id"],
        path=path,
        title=record["title"],
        author=record["author"],
        date=record["date"],
        source=record["source"],
        blocks=tuple(Block(kind, text) for kind, text in record["blocks"]),
        removed=tuple(record["removed"]),
        encoding=record["encoding"],
        fallback_title=record["fallback_title"],
    )


class Stamp(NamedTuple):
    """A file as it was looked at: the cache key, and its modification time."""

    key: str
    mtime_ns: int


class DocumentCache:
    """Cleaned documents by source file. Thread-safe (each write renames a private temp file).

    Take the stamp before reading the file (``stamp``), then ``get`` or, after cleaning, ``put``: a
    file edited in between is then kept under its old stamp, which its new one never matches."""

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self._files = AnalysisCache(root if root is not None else document_cache_dir())

    @property
    def root(self) -> Path:
        return self._files.root

    @staticmethod
    def stamp(source: SourceFile) -> Stamp | None:
        """The file as it is now; None when it cannot be looked at."""
        path = os.path.abspath(source.path)
        try:
            st = os.stat(path)
        except OSError:
            return None
        return Stamp(f"document/{FORMAT}/{CLEANER_VERSION}/{st.st_mtime_ns}/{st.st_size}/{path}", st.st_mtime_ns)

    def get(self, stamp: Stamp, source: SourceFile) -> Document | None:
        record = self._files.get(stamp.key)
        if not isinstance(record, dict):
            return None
        try:
            doc = from_record(record, str(source.path))
        except (KeyError, TypeError, ValueError):
            return None
        return doc if doc.blocks else None

    def put(self, stamp: Stamp, doc: Document) -> bool:
        """Keep doc under stamp; False when not kept (file too fresh, or the cache cannot be written)."""
        if time.time_ns() - stamp.mtime_ns <= RACY_NS:
            return False
        return self._files.put(stamp.key, to_record(doc))

"""A corpus the reader has open: its files, their summaries for the sidebar, documents on demand."""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from threading import Lock

from .corpus import SourceFile, bundled_corpus, discover
from .documents import load
from .errors import DocumentError
from .model import Document


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

    def __init__(self, paths: Iterable[str | os.PathLike[str]] | None = None, *, keep: int = 32) -> None:
        chosen = list(paths or [])
        self.is_bundled = not chosen
        self.roots = [str(p) for p in chosen] if chosen else [str(bundled_corpus())]
        self.sources, self.problems = discover(self.roots)
        self._cache: OrderedDict[int, Document] = OrderedDict()
        self._keep = keep
        self._lock = Lock()

    def __len__(self) -> int:
        return len(self.sources)

    @property
    def name(self) -> str:
        if self.is_bundled:
            return "bundled corpus"
        return ", ".join(os.path.basename(os.path.normpath(r)) or r for r in self.roots)

    def document(self, index: int) -> Document:
        """The cleaned document at index; raises DocumentError."""
        with self._lock:
            doc = self._cache.get(index)
            if doc is not None:
                self._cache.move_to_end(index)
                return doc
        doc = load(self.sources[index])
        with self._lock:
            self._cache[index] = doc
            while len(self._cache) > self._keep:
                self._cache.popitem(last=False)
        return doc

    def summary(self, index: int) -> Summary:
        return summarize(index, self.document(index))

    def summaries(self, indices: Iterable[int]) -> tuple[list[Summary], list[str]]:
        """Summaries of the documents that open, and one line for each that does not."""
        good: list[Summary] = []
        bad: list[str] = []
        for index in indices:
            try:
                good.append(self.summary(index))
            except DocumentError as exc:
                bad.append(str(exc))
        return good, bad


def source_for(path: str | os.PathLike[str]) -> SourceFile:
    """A single file named on the command line, with a clear error if it cannot be a document."""
    sources, problems = discover([path])
    if problems:
        raise DocumentError(str(path), problems[0].split(": ", 1)[-1])
    if len(sources) != 1:
        raise DocumentError(str(path), "is a folder; name one document")
    return sources[0]

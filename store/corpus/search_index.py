"""A full-text index of a corpus's cleaned text (SQLite FTS5), kept current by file path, mtime and size.

    index = SearchIndex.for_roots(library.roots)
    index.sync(library, stop=lambda: False)         # in a background thread: (re)indexes what changed
    found = index.search('putin erdogan -turkey "peace talks" karaba*')

Query language (what a reader types):
- words are all required, in any order (``putin erdogan``);
- ``"a phrase"`` keeps words together and in order; a hyphenated word is a phrase (``nagorno-karabakh``);
- ``-word`` or ``-"a phrase"`` excludes documents' passages that contain it;
- ``word*`` matches every word that begins with ``word``.
Case, accents and hyphens are folded (``erdogan`` finds ``Erdoğan``; ``nagorno karabakh`` finds
``Nagorno-Karabakh``). Each hit is one block (paragraph, heading or comment) or the title (block -1).

One database a corpus (its roots), in the cache folder. Writers and readers use their own connections
(WAL mode: a search never waits for the indexer); one process writes at a time (``writer_lock``: a
second app on the same corpus waits, then finds nothing left to do). The index is a cache: a file that
is not a database or is damaged is deleted and built again; an unwritable one only means searching
finds nothing, with a one-line reason.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from store.model import Document
from store.paths import search_index_dir

FORMAT = 1
_OPEN, _CLOSE = "\ue000", "\ue001"  # snippet markers (stripped from indexed text)
_TOKEN = re.compile(r"[^\W_]+")
_QUERY_PART = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_BATCH = 40
_CORRUPT = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB

# Reads batches of documents to index: (library index, path, stamp) triples in; for each batch, one
# Document (or None when the file cannot be read) per triple, in order; or None when the loader wrote the
# batch into the index itself (in another process).
Stamp = tuple[int, int]  # (mtime ns, size)
Work = Sequence[Sequence[tuple[int, str, Stamp]]]
Loader = Callable[[Work], Iterator[list[Document | None] | None]]


class _LibraryLike(Protocol):
    @property
    def sources(self) -> Sequence[Any]: ...  # SourceFile: .path

    def document(self, index: int) -> Document: ...


def search_dir() -> Path:
    return search_index_dir()


def fold(text: str) -> str:
    """Case and accents folded, one character for one character where possible (see ``fold_map``)."""
    return fold_map(text)[0]


def fold_map(text: str) -> tuple[str, list[int]]:
    """``text`` folded (accents removed, case-folded) and, for each folded character, its index in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            low = ch.lower()
            out.append(low)
            where.append(i)
            continue
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                continue
            for c in part.casefold():
                out.append(c)
                where.append(i)
    return "".join(out), where


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]  # folded tokens, in order
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")

    def regex(self) -> str:
        body = r"[\W_]+".join(re.escape(w) for w in self.words)
        tail = r"[^\W_]*" if self.prefix else r"(?![^\W_])"
        return r"(?<![^\W_])" + body + tail


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    include: tuple[Term, ...]
    exclude: tuple[Term, ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        include: list[Term] = []
        exclude: list[Term] = []
        for m in _QUERY_PART.finditer(text):
            if m.group(3) is not None:
                raw = m.group(3)
                negative = raw.startswith("-") and len(raw) > 1
                raw = raw[1:] if negative else raw
                prefix = raw.endswith("*")
            else:
                negative, raw, prefix = m.group(1) == "-", m.group(2), False
            words = tuple(_TOKEN.findall(fold(raw)))
            if not words:
                continue
            (exclude if negative else include).append(Term(words, prefix))
        return cls(text, tuple(include), tuple(exclude))

    @property
    def empty(self) -> bool:
        return not self.include

    def fts(self) -> str:
        expr = " AND ".join(t.fts() for t in self.include)
        for term in self.exclude:
            expr += " NOT " + term.fts()
        return expr

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the query's words occur in ``text`` (folded as the index folds), sorted, not overlapping."""
        if not self.include:
            return []
        folded, where = fold_map(text)
        found: list[tuple[int, int]] = []
        for term in self.include:
            for m in re.finditer(term.regex(), folded):
                if m.end() > m.start():
                    found.append((where[m.start()], where[m.end() - 1] + 1))
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    title: str
    block: int  # -1: the title
    snippet: str
    marks: tuple[tuple[int, int], ...]  # the matched words in ``snippet``
    rank: float


@dataclass(frozen=True, slots=True)
class Found:
    query: Query
    hits: tuple[Hit, ...]
    error: str | None = None
    total: int = 0  # passages that match, of which ``hits`` are the best ranked (at most ``per_document`` a file)


def _clean(text: str) -> str:
    return text.replace(_OPEN, "").replace(_CLOSE, "")


def _unmark(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    out: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    start = -1
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", snippet):
        if piece == _OPEN:
            start = length
        elif piece == _CLOSE:
            if start >= 0:
                marks.append((start, length))
            start = -1
        else:
            out.append(piece)
            length += len(piece)
    return "".join(out).replace("\n", " "), tuple(marks)


def _path_key(path: str) -> bytes:
    return os.fsencode(path)


def is_corrupt(exc: BaseException) -> bool:
    """True for SQLite's "not a database" and "malformed" errors: the file must be built again."""
    return isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorcode", None) in _CORRUPT


def _load_each(library: _LibraryLike) -> Loader:
    def batches(work: Work) -> Iterator[list[Document | None] | None]:
        for batch in work:
            docs: list[Document | None] = []
            for index, _path, _stamp in batch:
                try:
                    docs.append(library.document(index))
                except Exception:  # an unreadable file is indexed as empty, so it is not retried each time
                    docs.append(None)
            yield docs

    return batches


class SearchIndex:
    def __init__(self, path: Path, cleaner_version: int = 0) -> None:
        self.path = path
        self.cleaner_version = cleaner_version
        self._local = threading.local()
        self.error: str | None = None

    @classmethod
    def for_roots(cls, roots: Iterable[str], cleaner_version: int, folder: Path | None = None) -> SearchIndex:
        resolved = sorted(str(Path(r).expanduser().resolve()) for r in roots)
        digest = hashlib.blake2b("\0".join(resolved).encode("utf-8", "surrogateescape"), digest_size=10).hexdigest()
        return cls((folder or search_dir()) / f"{digest}.sqlite", cleaner_version)

    # ── connections ──

    def _connect(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        try:
            conn = self._open()
        except sqlite3.DatabaseError as exc:
            if not is_corrupt(exc):
                raise
            self.discard()
            conn = self._open()
        self._local.conn = conn
        return conn

    def discard(self) -> None:
        """Delete the index file (damaged, or not a database): the next sync builds it again."""
        self.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(str(self.path) + suffix)
            except FileNotFoundError:
                pass

    def writer_lock(self) -> Any:
        """The lock a process holds while it writes the index (a ``filelock.FileLock``)."""
        from filelock import FileLock

        self.path.parent.mkdir(parents=True, exist_ok=True)
        return FileLock(str(self.path) + ".lock")

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=5, isolation_level=None)
        try:
            self._prepare(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.executescript(
            """
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS files(path BLOB PRIMARY KEY, mtime_ns INTEGER, size INTEGER, title TEXT);
            CREATE VIRTUAL TABLE IF NOT EXISTS blocks USING fts5(
                text, path UNINDEXED, block UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');
            """
        )
        version = f"{FORMAT}:{self.cleaner_version}"
        row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        if row is None or row[0] != version:
            conn.execute("BEGIN")
            conn.execute("DELETE FROM files")
            conn.execute("DELETE FROM blocks")
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
            conn.execute("COMMIT")
        conn.execute("SELECT count(*) FROM files").fetchone()  # a damaged file often fails only here

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # ── writing ──

    def indexed(self) -> dict[bytes, tuple[int, int]]:
        conn = self._connect()
        return {bytes(p): (m, s) for p, m, s in conn.execute("SELECT path, mtime_ns, size FROM files")}

    def _write(self, conn: sqlite3.Connection, path: str, stamp: tuple[int, int], doc: Document | None) -> None:
        key = _path_key(path)
        conn.execute("DELETE FROM blocks WHERE path = ?", (key,))
        title = _clean(doc.display_title) if doc is not None else ""
        conn.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", (key, stamp[0], stamp[1], title))
        if doc is None:
            return
        rows = [(title, key, -1)]
        rows.extend((_clean(block.text), key, i) for i, block in enumerate(doc.blocks))
        conn.executemany("INSERT INTO blocks(text, path, block) VALUES (?, ?, ?)", rows)

    def sync(
        self,
        library: _LibraryLike,
        stop: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] | None = None,
        loader: Loader | None = None,
    ) -> int:
        """Index every document of ``library`` whose file changed since it was indexed; forget files
        that are gone. Returns how many documents were (re)indexed. ``stop`` is asked before each batch of
        documents; ``loader`` reads them (by default ``library.document``, here; or in another process). A damaged index
        file is deleted and the whole corpus indexed again."""
        try:
            return self._sync(library, stop, progress, loader or _load_each(library))
        except sqlite3.DatabaseError as exc:
            if not is_corrupt(exc):
                self.error = f"search index not written: {exc}"
                return 0
        self.discard()
        try:
            return self._sync(library, stop, progress, loader or _load_each(library))
        except (sqlite3.Error, OSError) as exc:
            self.error = f"search index not written: {exc}"
            return 0

    def pending(self, library: _LibraryLike) -> list[tuple[int, str, tuple[int, int]]]:
        """The documents whose file is not indexed as it is now: (library index, path, (mtime ns, size))."""
        known = self.indexed()
        todo: list[tuple[int, str, tuple[int, int]]] = []
        for index, source in enumerate(library.sources):
            try:
                st = os.stat(source.path)
            except OSError:
                continue
            stamp = (st.st_mtime_ns, st.st_size)
            if known.get(_path_key(source.path)) != stamp:
                todo.append((index, os.fspath(source.path), stamp))
        return todo

    def _sync(
        self,
        library: _LibraryLike,
        stop: Callable[[], bool],
        progress: Callable[[int, int], None] | None,
        loader: Loader,
    ) -> int:
        try:
            conn = self._connect()
            known = self.indexed()
        except OSError as exc:
            self.error = f"search index unavailable: {exc}"
            return 0
        present = {_path_key(source.path) for source in library.sources}
        todo = self.pending(library)
        gone = [k for k in known if k not in present]
        if gone:
            conn.execute("BEGIN")
            for key in gone:
                conn.execute("DELETE FROM blocks WHERE path = ?", (key,))
                conn.execute("DELETE FROM files WHERE path = ?", (key,))
            conn.execute("COMMIT")
        done = 0
        if progress is not None:
            progress(0, len(todo))
        batches = [todo[start : start + _BATCH] for start in range(0, len(todo), _BATCH)]
        loaded = loader(batches)
        try:
            for batch, docs in zip(batches, loaded, strict=False):
                if stop():
                    break
                if docs is not None:  # else written by the loader
                    self.write([(path, stamp, doc) for (_, path, stamp), doc in zip(batch, docs, strict=True)])
                done += len(batch)
                if progress is not None:
                    progress(done, len(todo))
        finally:
            close = getattr(loaded, "close", None)
            if close is not None:
                close()
        self.error = None
        return done

    def write(self, items: Sequence[tuple[str, Stamp, Document | None]]) -> None:
        """Index these documents (path, file stamp, document or None if unreadable) in one transaction."""
        conn = self._connect()
        conn.execute("BEGIN")
        try:
            for path, stamp, doc in items:
                self._write(conn, path, stamp, doc)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def update(self, path: str, doc: Document) -> None:
        """Index one document now (e.g. the one just opened, edited on disk)."""
        try:
            st = os.stat(path)
            conn = self._connect()
            conn.execute("BEGIN")
            self._write(conn, path, (st.st_mtime_ns, st.st_size), doc)
            conn.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            self.error = f"search index not written: {exc}"

    # ── reading ──

    def search(self, text: str, limit: int = 200, per_document: int = 3) -> Found:
        query = Query.parse(text)
        if query.empty:
            reason = "type a word to find (exclusions alone find nothing)" if query.exclude else None
            return Found(query, (), reason)
        # Ranked first without snippets (bm25 for every match is cheap; a snippet for every match is
        # not), then the snippets of the passages kept only.
        ranked_sql = "SELECT rowid, path, block, rank FROM blocks WHERE blocks MATCH ? ORDER BY rank LIMIT ?"
        try:
            conn = self._connect()
            expr = query.fts()
            kept: list[tuple[int, bytes, int, float]] = []
            per: dict[bytes, int] = {}
            for rowid, path, block, rank in conn.execute(ranked_sql, (expr, limit * per_document)):
                key = bytes(path)
                if per.get(key, 0) >= per_document:
                    continue
                per[key] = per.get(key, 0) + 1
                kept.append((int(rowid), key, int(block), float(rank)))
                if len(kept) >= limit:
                    break
            snippets: dict[int, str] = {}
            titles: dict[bytes, str] = {}
            if kept:
                marks = ",".join("?" * len(kept))
                snippet_sql = (
                    "SELECT rowid, snippet(blocks, 0, ?, ?, '…', 24) FROM blocks "
                    f"WHERE blocks MATCH ? AND rowid IN ({marks})"
                )
                rows = conn.execute(snippet_sql, (_OPEN, _CLOSE, expr, *(k[0] for k in kept)))
                snippets = {int(rowid): text for rowid, text in rows}
                keys = list(per)
                title_sql = f"SELECT path, title FROM files WHERE path IN ({','.join('?' * len(keys))})"
                titles = {bytes(path): title for path, title in conn.execute(title_sql, keys)}
            hits: list[Hit] = []
            for rowid, key, block, rank in kept:
                plain, found_marks = _unmark(snippets.get(rowid, ""))
                hits.append(Hit(os.fsdecode(key), titles.get(key, ""), block, plain, found_marks, rank))
            # every match, not only those kept (about 1 ms on 10,000 documents)
            total = int(conn.execute("SELECT count(*) FROM blocks WHERE blocks MATCH ?", (expr,)).fetchone()[0])
        except (sqlite3.Error, OSError) as exc:
            return Found(query, (), f"search failed: {exc}")
        return Found(query, tuple(hits), total=max(total, len(hits)))

    def count(self) -> int:
        try:
            return int(self._connect().execute("SELECT count(*) FROM files").fetchone()[0])
        except (sqlite3.Error, OSError):
            return 0

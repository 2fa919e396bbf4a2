"""The notebook: notes and tags kept in one TinyDB file, safe across crashes and processes.

    nb = Notebook()                       # store.paths.notes_file(): $ACTORLENS_DB or the user data dir
    note = nb.add(doc, "text", anchor=anchor_for(doc, 3, 10, 42), tags=["war"])
    gone = nb.delete(note.id); nb.restore(gone)        # delete + undo
    for item in nb.placed(doc): item.note, item.where  # notes in document order, re-anchored

Every change is one read-modify-write under a file lock (``NAME.lock``): the file is re-read when
another process changed it, then written atomically (see ``store.notebook.storage``). Reads come from
memory and only touch the disk when the file changed since the last read.

A file that cannot be read never stops the app: ``Notebook(...)`` opens anyway, read-only, with
``problem`` set (a ``NotebookUnreadable`` whose message is the one line to show) and, when the
backup reads, the backup's notes on show (``showing_backup``). ``recover()`` sets the bad file
aside (renamed, never deleted) and restores the backup (or starts empty when asked).
"""

from __future__ import annotations

import functools
import os
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from tinydb import TinyDB
from tinydb.table import Document as Record
from tinydb.table import Table

if TYPE_CHECKING:  # pragma: no cover
    from filelock import FileLock

from store.errors import (
    ActorlensError,
    NotebookBusy,
    NotebookError,
    NotebookReadOnly,
    NotebookUnreadable,
    NotebookWriteError,
    NoteNotFound,
)
from store.model import Anchor, Document, Note
from store.notebook.anchoring import ResolvedAnchor, resolve
from store.notebook.storage import AtomicJSONStorage, Migration, describe_os_error
from store.notebook.tags import has_all_tags
from store.paths import notes_file

NOTES = "notes"
DOCUMENTS = "documents"


def real_path(path: Path) -> Path:
    """The notes file a path names: symbolic links followed (a dangling link names the file to create)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return path


def read_only_reason(path: Path) -> str | None:
    """Why the notes file must not be written (its permissions say read-only), or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if mode & 0o222 == 0 or not os.access(path, os.W_OK):
        return f"the file is read-only (mode {mode & 0o777:04o}); notes are shown but nothing is saved"
    return None


def normalize_path(path: str | os.PathLike[str]) -> str:
    """How document paths are stored and compared: absolute, normalised, no file-system calls."""
    return os.path.normcase(os.path.abspath(os.fspath(path))) if os.fspath(path) else ""


@dataclass(frozen=True, slots=True)
class DocRef:
    """What the notebook needs to know of a document: its id (hash of its bytes), path and title."""

    id: str
    path: str
    title: str = ""

    @classmethod
    def of(cls, doc: Any) -> DocRef:
        """From a ``Document``, a ``DocRef``, or anything with ``doc_id``/``id``, ``path``, ``title``."""
        if isinstance(doc, DocRef):
            return doc
        if isinstance(doc, Document):
            return cls(doc.id, normalize_path(doc.path), doc.display_title)
        doc_id = getattr(doc, "doc_id", None) or getattr(doc, "id", None)
        if not isinstance(doc_id, str) or not doc_id:
            raise TypeError(f"not a document reference: {doc!r}")
        path = getattr(doc, "path", "") or ""
        return cls(doc_id, normalize_path(path) if path else "", getattr(doc, "title", "") or "")


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What the sidebar shows of one document: its own tags, its notes' tags, how many notes."""

    tags: tuple[str, ...]
    note_tags: tuple[str, ...]
    note_count: int

    @property
    def all_tags(self) -> frozenset[str]:
        return frozenset(self.tags) | frozenset(self.note_tags)


NO_INFO = DocInfo((), (), 0)
RECENT = 0.25  # seconds: recent_info looks at the notes file at most this often


@dataclass(frozen=True, slots=True)
class PlacedNote:
    """A note and where it sits in a document now (``where.status``: document|exact|moved|fuzzy|detached)."""

    note: Note
    where: ResolvedAnchor


@dataclass(frozen=True, slots=True)
class TagUse:
    tag: str
    documents: int
    notes: int


class _StrIdTable(Table):
    document_id_class = str  # type: ignore[assignment]  # note and document ids are strings, not TinyDB's counters


def _key(record_id: str) -> int:
    """A record id as TinyDB's annotations type it (int): in these tables (document_id_class = str) it is
    the string itself; the one place where the annotations and this notebook disagree."""
    return cast(int, record_id)


class _NotesDB(TinyDB):
    table_class = _StrIdTable


class _Index:
    """The notebook as last read, grouped for lookups. ``Note`` objects are built on demand, so a
    10,000-note notebook is re-indexed in milliseconds after each write."""

    def __init__(self, notes_raw: dict[str, Any], docs_raw: dict[str, Any]) -> None:
        self.raw: dict[str, dict[str, Any]] = {}
        self.by_doc: dict[str, list[str]] = {}
        self.by_path: dict[str, list[str]] = {}
        self._notes: dict[str, Note | None] = {}
        keyed = []
        for note_id, record in notes_raw.items():
            doc_id = record.get("doc_id")
            if not isinstance(doc_id, str) or not isinstance(record.get("text", ""), str):
                continue  # kept in the file untouched, just not shown
            self.raw[note_id] = record
            keyed.append((str(record.get("created", "")), note_id))
        keyed.sort(key=lambda pair: pair[0])  # stable: file order breaks ties
        self.order = [note_id for _, note_id in keyed]
        for note_id in self.order:
            record = self.raw[note_id]
            self.by_doc.setdefault(record["doc_id"], []).append(note_id)
            path = record.get("doc_path")
            if isinstance(path, str) and path:
                self.by_path.setdefault(path, []).append(note_id)
        self.docs: dict[str, dict[str, Any]] = {}
        self.doc_by_path: dict[str, str] = {}
        for key, record in docs_raw.items():
            tags = record.get("tags")
            if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
                continue
            self.docs[key] = record
            path = record.get("path")
            if isinstance(path, str) and path:
                self.doc_by_path[path] = key

    @functools.cached_property
    def marked(self) -> frozenset[str]:
        """The ids and paths of every document with a note or a tag (some of them no longer in a corpus)."""
        return frozenset(self.by_doc) | frozenset(self.by_path) | frozenset(self.docs) | frozenset(self.doc_by_path)

    def note(self, note_id: str) -> Note | None:
        if note_id in self._notes:
            return self._notes[note_id]
        record = self.raw.get(note_id)
        note = None
        if record is not None:
            try:
                note = note_from_record(note_id, record)
            except (KeyError, TypeError, ValueError):
                note = None  # kept in the file untouched, just not shown
        self._notes[note_id] = note
        return note

    def notes(self, ids: Iterable[str]) -> list[Note]:
        return [n for n in map(self.note, ids) if n is not None]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def clean_tag(tag: str) -> str:
    """A tag as stored: trimmed, one line. Everything else (brackets, emoji, RTL) is kept as typed."""
    if not isinstance(tag, str):
        raise ActorlensError(f"a tag must be text, not {type(tag).__name__}")
    cleaned = " ".join(tag.split())
    if not cleaned:
        raise ActorlensError("a tag cannot be empty")
    _check_encodable(cleaned, "tag")
    return cleaned


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    if isinstance(tags, str):
        tags = [tags]
    seen: dict[str, None] = {}
    for tag in tags:
        seen.setdefault(clean_tag(tag), None)
    return tuple(seen)


def _check_encodable(text: str, what: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ActorlensError(f"the {what} holds characters that cannot be saved (unpaired surrogates)") from None


def anchor_to_dict(anchor: Anchor | None) -> dict[str, Any] | None:
    if anchor is None:
        return None
    return {
        "block": anchor.block,
        "start": anchor.start,
        "end": anchor.end,
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
    }


def anchor_from_dict(raw: Any) -> Anchor | None:
    if raw is None:
        return None
    return Anchor(
        block=int(raw["block"]),
        start=int(raw["start"]),
        end=int(raw["end"]),
        exact=str(raw["exact"]),
        prefix=str(raw.get("prefix", "")),
        suffix=str(raw.get("suffix", "")),
    )


def note_to_record(note: Note) -> dict[str, Any]:
    return {
        "doc_id": note.doc_id,
        "doc_path": note.doc_path,
        "doc_title": note.doc_title,
        "anchor": anchor_to_dict(note.anchor),
        "text": note.text,
        "tags": list(note.tags),
        "created": note.created,
        "updated": note.updated,
    }


def note_from_record(note_id: str, raw: dict[str, Any]) -> Note:
    tags = raw.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError("bad tags")
    text = raw.get("text", "")
    if not isinstance(text, str) or not isinstance(raw["doc_id"], str):
        raise ValueError("bad text or doc_id")
    return Note(
        id=note_id,
        doc_id=raw["doc_id"],
        anchor=anchor_from_dict(raw.get("anchor")),
        text=text,
        tags=tuple(tags),
        created=str(raw.get("created", "")),
        updated=str(raw.get("updated", "")),
        doc_path=str(raw.get("doc_path", "")),
        doc_title=str(raw.get("doc_title", "")),
    )


def note_to_dict(note: Note, where: ResolvedAnchor | None = None) -> dict[str, Any]:
    """The JSON shape of a note on the command line (a public contract: keep keys stable)."""
    out: dict[str, Any] = {"id": note.id, **note_to_record(note)}
    if where is not None:
        out["placement"] = {"status": where.status, "block": where.block, "start": where.start, "end": where.end}
    return out


class Notebook:
    """Notes and document tags in one TinyDB file. Thread-safe; safe to share with other processes."""

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        lock_timeout: float = 10.0,
        migrate: Migration | None = None,
    ) -> None:
        # A link is followed to the real file, so every path to one file shares one lock and one
        # file (an atomic rename over the link would replace the link, not the notes).
        self.path = real_path(Path(path).expanduser() if path else notes_file())
        self._storage = AtomicJSONStorage(self.path, migrate=migrate)
        storage = self._storage
        self._db = _NotesDB(storage=lambda: storage)
        self._notes = self._db.table(NOTES, cache_size=0)
        self._docs = self._db.table(DOCUMENTS, cache_size=0)
        self._lock_timeout = lock_timeout
        self._lock: FileLock | None = None  # made on the first write (importing filelock costs ~5 ms at start-up)
        self._mutex = threading.RLock()
        self._index_cache: _Index | None = None
        self._index_generation = -1
        self._looked = float("-inf")  # time.monotonic() of the last look at the file for recent_info
        self._resolved: dict[tuple[str, Anchor], ResolvedAnchor] = {}
        self.problem: NotebookUnreadable | None = None
        self.showing_backup = False
        try:
            self._storage.read()
        except NotebookUnreadable as exc:
            self._go_read_only(exc, keep_current=False)
        else:
            self._respect_read_only()

    def _respect_read_only(self) -> bool:
        """A file without write permission is shown, never written (True when that is the case)."""
        reason = read_only_reason(self.path)
        if reason is None:
            return False
        self._go_read_only(
            NotebookUnreadable(str(self.path), reason, kind="readonly", recoverable=False), keep_current=True
        )
        return True

    # -- state -----------------------------------------------------------------------------

    @property
    def backup_path(self) -> Path:
        return self._storage.backup_path

    @property
    def read_only(self) -> bool:
        return self.problem is not None

    def _go_read_only(self, problem: NotebookUnreadable, *, keep_current: bool) -> None:
        current = self._storage._data if keep_current else None
        shown = current
        self.showing_backup = False
        if shown is None:
            shown = self._storage.read_backup()
            self.showing_backup = shown is not None
        self.problem = problem
        self._storage.freeze(problem, shown)

    def retry(self) -> bool:
        """Read the file again (e.g. after its permissions were fixed); True when it now reads."""
        with self._mutex:
            if self.problem is None:
                self._storage.forget()
                return True
            problem = self.problem
            self._storage.thaw()
            try:
                self._storage.read()
            except NotebookUnreadable as exc:
                self._go_read_only(exc, keep_current=False)
                return False
            except BaseException:
                self._go_read_only(problem, keep_current=False)
                raise
            self.problem = None
            self.showing_backup = False
            return not self._respect_read_only()

    def recover(self, *, use_backup: bool = True) -> Path | None:
        """Set the unreadable file aside (``NAME.unreadable-DATE``) and restore the backup.

        With ``use_backup=False`` (or no readable backup and ``use_backup=False``), start an empty
        notebook instead. Returns where the bad file went (None if it had gone or was fixed meanwhile).
        Raises NotebookError when the problem is not one that recovery fixes (newer schema,
        permissions, another program's file) or when asked for a backup that does not read.
        """
        with self._mutex:
            problem = self.problem
            if problem is None:
                return None
            if not problem.recoverable:
                raise NotebookError(str(self.path), f"recovery does not apply: {problem.reason}")
            with self._locked():
                if self.retry():
                    return None
                backup = self._storage.read_backup() if use_backup else None
                if use_backup and backup is None:
                    raise NotebookError(str(self.path), f"no readable backup at {self.backup_path}")
                aside = self._storage.set_aside(time.strftime("%Y%m%d-%H%M%S"))
                self._storage.thaw()
                self._storage._set({} if backup is None else backup, None)
                try:
                    self._storage.write(self._storage._data or {})
                except NotebookError:
                    self._go_read_only(problem, keep_current=False)
                    raise
                self.problem = None
                self.showing_backup = False
                return aside

    @contextmanager
    def _locked(self) -> Iterator[None]:
        from filelock import FileLock, Timeout

        if self._lock is None:
            self._lock = FileLock(str(self.path.with_name(self.path.name + ".lock")), timeout=self._lock_timeout)
        try:
            self._lock.acquire()
        except Timeout:
            raise NotebookBusy(
                str(self.path), "another actorlens process is holding the notes file; try again"
            ) from None
        except OSError as exc:
            raise NotebookWriteError(str(self.path), f"cannot lock the notes file ({describe_os_error(exc)})") from None
        try:
            yield
        finally:
            self._lock.release()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One read-modify-write: the in-process mutex, the file lock, a fresh read under it."""
        with self._mutex:
            if self.problem is not None:
                raise NotebookReadOnly(str(self.path), f"read-only: {self.problem.reason}")
            with self._locked():
                try:
                    self._storage.read()
                except NotebookUnreadable as exc:
                    self._go_read_only(exc, keep_current=True)
                    raise
                yield

    def _index(self) -> _Index:
        with self._mutex:
            try:
                self._storage.read()
            except NotebookUnreadable as exc:
                self._go_read_only(exc, keep_current=True)
            if self._index_cache is None or self._index_generation != self._storage.generation:
                self._index_generation = self._storage.generation
                self._index_cache = self._build_index()
            return self._index_cache

    @property
    def generation(self) -> int:
        """Changes whenever the notebook's content changes (here or in another process): a cache key."""
        self._index()
        return self._index_generation

    def _recent_index(self, within: float) -> _Index:
        """The index, looking at the notes file (a stat) at most once every ``within`` seconds; changes made
        through this notebook count at once."""
        now = time.monotonic()
        index = self._index_cache
        if index is None or now - self._looked >= within or self._index_generation != self._storage.generation:
            index = self._index()
            self._looked = now
        return index

    def recent_generation(self, within: float = RECENT) -> int:
        """``generation`` for callers asking about thousands of documents in a row (the sidebar's rows, its
        filter at each keystroke): the notes file is looked at once every ``within`` seconds, not once per
        document, so another process's change counts within that time (this one's at once)."""
        self._recent_index(within)
        return self._index_generation

    def recent_info(self, doc: Any, within: float = RECENT) -> DocInfo:
        """``info(doc)``, the notes file looked at as ``recent_generation`` does."""
        index = self._recent_index(within)
        ref = DocRef.of(doc)
        if (
            ref.id not in index.by_doc
            and ref.id not in index.docs
            and not (ref.path and (ref.path in index.by_path or ref.path in index.doc_by_path))
        ):
            return NO_INFO  # most documents: no note, no tag
        return self._info_in(index, ref)

    def recent_marked(self, within: float = RECENT) -> frozenset[str]:
        """The ids and paths (as ``DocRef`` has them) of the documents that have a note or a tag, the notes
        file looked at as ``recent_generation`` does: the only documents whose ``recent_info`` is not empty."""
        return self._recent_index(within).marked

    def _build_index(self) -> _Index:
        data = self._storage.read() or {}
        return _Index(data.get(NOTES, {}), data.get(DOCUMENTS, {}))

    # -- notes: reading --------------------------------------------------------------------

    def get(self, note_id: str) -> Note:
        note = self._index().note(note_id)
        if note is None:
            raise NoteNotFound(note_id)
        return note

    def notes(self, doc: Any | None = None) -> list[Note]:
        """All notes (oldest first), or the notes of one document: same id, or same path (the file was edited)."""
        index = self._index()
        if doc is None:
            return index.notes(index.order)
        return self._notes_in(index, DocRef.of(doc))

    def _notes_in(self, index: _Index, ref: DocRef) -> list[Note]:
        ids = list(index.by_doc.get(ref.id, ()))
        if ref.path:
            seen = set(ids)
            extra = [i for i in index.by_path.get(ref.path, ()) if i not in seen]
            if extra:
                found = index.notes(ids + extra)
                return sorted(found, key=lambda n: n.created)
        return index.notes(ids)

    def note_count(self, doc: Any) -> int:
        index = self._index()
        ref = DocRef.of(doc)
        ids = set(index.by_doc.get(ref.id, ()))
        if ref.path:
            ids.update(index.by_path.get(ref.path, ()))
        return len(ids)

    def resolve(self, note: Note, document: Document) -> ResolvedAnchor:
        """Where ``note`` sits in ``document`` now (re-anchored by quote when the text changed)."""
        if note.anchor is None:
            return resolve(None, document)
        key = (document.id, note.anchor)
        found = self._resolved.get(key)
        if found is None:
            found = resolve(note.anchor, document)
            if len(self._resolved) > 20_000:
                self._resolved.clear()
            self._resolved[key] = found
        return found

    def placed(self, document: Document) -> list[PlacedNote]:
        """The document's notes in reading order: whole-document notes, then by place, detached last."""
        items = [PlacedNote(note, self.resolve(note, document)) for note in self.notes(document)]
        rank = {"document": 0, "detached": 2}

        def order(item: PlacedNote) -> tuple[int, int, int, int]:
            where = item.where
            return (rank.get(where.status, 1), where.block or 0, where.start, where.end)

        return sorted(items, key=order)

    # -- notes: writing --------------------------------------------------------------------

    def add(self, doc: Any, text: str, *, anchor: Anchor | None = None, tags: Iterable[str] = ()) -> Note:
        """Save a new note; returns it once it is on disk. Raises NotebookError when it could not be saved."""
        ref = DocRef.of(doc)
        if not isinstance(text, str):
            raise ActorlensError("a note's text must be text")
        _check_encodable(text, "note")
        if anchor is not None:
            _check_encodable(anchor.exact + anchor.prefix + anchor.suffix, "quoted passage")
        stamp = now_iso()
        with self._writing():
            note_id = secrets.token_hex(4)
            while self._notes.contains(doc_id=_key(note_id)):
                note_id = secrets.token_hex(4)
            note = Note(
                id=note_id,
                doc_id=ref.id,
                anchor=anchor,
                text=text,
                tags=clean_tags(tags),
                created=stamp,
                updated=stamp,
                doc_path=ref.path,
                doc_title=ref.title,
            )
            self._notes.insert(Record(note_to_record(note), doc_id=_key(note_id)))
        return note

    def edit(self, note_id: str, *, text: str | None = None, tags: Iterable[str] | None = None) -> Note:
        """Change a note's text and/or tags; returns the saved note."""
        if text is not None:
            if not isinstance(text, str):
                raise ActorlensError("a note's text must be text")
            _check_encodable(text, "note")
        new_tags = None if tags is None else clean_tags(tags)
        with self._writing():
            note = self.get(note_id)
            changes: dict[str, Any] = {"updated": now_iso()}
            if text is not None:
                changes["text"] = text
            if new_tags is not None:
                changes["tags"] = list(new_tags)
            self._notes.update(changes, doc_ids=[_key(note.id)])
            return self.get(note_id)

    def delete(self, note_id: str) -> Note:
        """Delete a note; returns it so that ``restore`` can undo the delete."""
        with self._writing():
            note = self.get(note_id)
            self._notes.remove(doc_ids=[_key(note.id)])
            return note

    def restore(self, note: Note) -> Note:
        """Put back a deleted note (undo), with its id and times. An existing note with that id is kept."""
        with self._writing():
            if self._notes.contains(doc_id=_key(note.id)):
                return self.get(note.id)
            self._notes.insert(Record(note_to_record(note), doc_id=_key(note.id)))
            return note

    # -- document tags ---------------------------------------------------------------------

    def doc_tags(self, doc: Any) -> tuple[str, ...]:
        record = self._doc_record(self._index(), DocRef.of(doc))
        return tuple(record["tags"]) if record else ()

    def _doc_record(self, index: _Index, ref: DocRef) -> dict[str, Any] | None:
        record = index.docs.get(ref.id)
        if record is None and ref.path:
            key = index.doc_by_path.get(ref.path)
            record = index.docs.get(key) if key else None
        return record

    def add_doc_tags(self, doc: Any, tags: Iterable[str]) -> tuple[str, ...]:
        """Add tags to a document; returns its tags."""
        wanted = clean_tags(tags)
        return self._change_doc_tags(DocRef.of(doc), lambda old: old + tuple(t for t in wanted if t not in old))

    def remove_doc_tags(self, doc: Any, tags: Iterable[str]) -> tuple[str, ...]:
        """Remove tags from a document (absent ones are ignored); returns its tags."""
        unwanted = set(clean_tags(tags))
        return self._change_doc_tags(DocRef.of(doc), lambda old: tuple(t for t in old if t not in unwanted))

    def set_doc_tags(self, doc: Any, tags: Iterable[str]) -> tuple[str, ...]:
        wanted = clean_tags(tags)
        return self._change_doc_tags(DocRef.of(doc), lambda _old: wanted)

    def _change_doc_tags(self, ref: DocRef, change: Callable[[tuple[str, ...]], tuple[str, ...]]) -> tuple[str, ...]:
        result: tuple[str, ...] = ()

        def updater(table: dict[Any, Any]) -> None:  # TinyDB types keys as int: here they are ids (str)
            nonlocal result
            key = ref.id if ref.id in table else None
            if key is None and ref.path:
                # the file was edited (new id): its record moves to the new id, found by path
                key = next((k for k, r in table.items() if r.get("path") == ref.path), None)
            old = table.pop(key) if key is not None else {}
            result = change(tuple(old.get("tags") or ()))
            record = {
                **old,
                "path": ref.path or old.get("path", ""),
                "title": ref.title or old.get("title", ""),
                "tags": list(result),
                "updated": now_iso(),
            }
            table[ref.id] = record

        with self._writing():
            self._docs._update_table(updater)  # one write, even when the record moves to a new id
        return result

    # -- tags across the notebook ----------------------------------------------------------

    def tag_uses(self) -> list[TagUse]:
        """Every tag used on documents or notes, with counts, sorted case-insensitively."""
        index = self._index()
        docs: dict[str, int] = {}
        notes: dict[str, int] = {}
        for record in index.docs.values():
            for tag in record["tags"]:
                docs[tag] = docs.get(tag, 0) + 1
        for note_id in index.order:
            tags = index.raw[note_id].get("tags")
            if isinstance(tags, list):
                for tag in tags:
                    if isinstance(tag, str):
                        notes[tag] = notes.get(tag, 0) + 1
        names = sorted(set(docs) | set(notes), key=lambda t: (t.casefold(), t))
        return [TagUse(t, docs.get(t, 0), notes.get(t, 0)) for t in names]

    def all_tags(self) -> list[str]:
        """Every tag in use (for completion), sorted case-insensitively."""
        return [use.tag for use in self.tag_uses()]

    def info(self, doc: Any) -> DocInfo:
        return self._info_in(self._index(), DocRef.of(doc))

    def _info_in(self, index: _Index, ref: DocRef) -> DocInfo:
        notes = self._notes_in(index, ref)
        note_tags: dict[str, None] = {}
        for note in notes:
            for tag in note.tags:
                note_tags.setdefault(tag, None)
        record = self._doc_record(index, ref)
        return DocInfo(tuple(record["tags"]) if record else (), tuple(note_tags), len(notes))

    def matches(self, doc: Any, *, tags: Iterable[str] = (), has_notes: bool = False) -> bool:
        """True when the document carries every tag (on itself or on its notes) and, if asked, has notes."""
        wanted = set(tags)
        if not wanted and not has_notes:
            return True
        info = self.info(doc)
        if has_notes and info.note_count == 0:
            return False
        return has_all_tags(info.all_tags, wanted)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Notebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Drafts: what is being typed in the note editor, kept on disk as it is typed, so nothing is ever lost.

    drafts = Drafts()                                  # $ACTORLENS_STATE/drafts or the user state folder
    key = draft_key(doc_id, note_id=None, block=3, start=10, end=42)
    drafts.save(key, Draft(text, tags, title=...))     # on each pause in typing
    drafts.load(key)                                   # the next `a`/`e` of the same target (or after a crash)
    drafts.discard(key)                                # once the note is saved, or the user discards it

    writer = DraftWriter()                             # the editor's way: writes in one background thread,
    writer.keep(key, draft); writer.discard(key)       # in the order asked, so the UI never waits on the disk

One small JSON file a draft (atomic writes: a crash leaves the old draft or the new one, never half).
Drafts are the user's words: unlike caches they are written durably, and an unreadable draft file is
left in place rather than deleted.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from store.atomic import write_atomic
from store.paths import drafts_dir as paths_drafts_dir

T = TypeVar("T")


def drafts_dir() -> Path:
    return paths_drafts_dir()


def draft_key(doc_id: str, note_id: str | None = None, block: int | None = None, start: int = 0, end: int = 0) -> str:
    """What a draft is for: an existing note, a passage of a document, or the document itself."""
    if note_id is not None:
        return f"note:{note_id}"
    if block is not None:
        return f"passage:{doc_id}:{block}:{start}:{end}"
    return f"document:{doc_id}"


@dataclass(frozen=True, slots=True)
class Draft:
    text: str
    tags: tuple[str, ...] = ()
    title: str = ""  # what the draft is about, for a list of unsaved drafts
    key: str = ""
    saved: float = field(default=0.0)


class Drafts:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or drafts_dir()

    def _path(self, key: str) -> Path:
        digest = hashlib.blake2b(key.encode("utf-8", "surrogateescape"), digest_size=12).hexdigest()
        return self.folder / f"{digest}.json"

    def save(self, key: str, draft: Draft) -> bool:
        """Keep ``draft`` for ``key``; False when it could not be written (the editor still has the text)."""
        payload = {"key": key, "text": draft.text, "tags": list(draft.tags), "title": draft.title, "saved": time.time()}
        try:
            write_atomic(
                self._path(key), json.dumps(payload).encode("ascii")
            )  # \u escapes: any string, even lone surrogates
        except OSError:
            return False
        return True

    def load(self, key: str) -> Draft | None:
        try:
            raw = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return self._from_json(raw, key)

    @staticmethod
    def _from_json(raw: object, key: str | None = None) -> Draft | None:
        if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
            return None
        if key is not None and raw.get("key") != key:
            return None
        tags = raw.get("tags")
        return Draft(
            raw["text"],
            tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
            str(raw.get("title", "")),
            str(raw.get("key", "")),
            float(raw.get("saved", 0.0)) if isinstance(raw.get("saved"), int | float) else 0.0,
        )

    def discard(self, key: str) -> None:
        try:
            self._path(key).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass

    def all(self) -> list[Draft]:
        """Every readable draft, newest first (e.g. to offer them back after a crash)."""
        found: list[Draft] = []
        try:
            names = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for path in names:
            try:
                draft = self._from_json(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                continue
            if draft is not None:
                found.append(draft)
        return sorted(found, key=lambda d: d.saved, reverse=True)


class DraftWriter:
    """Keeps and discards drafts in one background thread, in the order asked: the caller never waits
    on the disk, and a discard is never overtaken by an older keep. Pending writes finish before the
    interpreter exits (the pool's thread is joined at exit)."""

    def __init__(self, drafts: Drafts | None = None) -> None:
        self.drafts = drafts or Drafts()
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()

    def _submit(self, work: Callable[[], T]) -> Future[T]:
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="actorlens-drafts")
            return self._pool.submit(work)

    def load(self, key: str) -> Draft | None:
        """The draft kept for key, once every write asked before has finished."""
        return self._submit(lambda: self.drafts.load(key)).result()

    def keep(self, key: str, draft: Draft) -> Future[bool]:
        return self._submit(lambda: self.drafts.save(key, draft))

    def discard(self, key: str) -> Future[None]:
        return self._submit(lambda: self.drafts.discard(key))

    def flush(self, timeout: float | None = None) -> None:
        """Wait until every write asked so far is on disk."""
        self._submit(lambda: None).result(timeout)


@dataclass(slots=True)
class DraftSlot:
    """The draft of one editor: its key, what it is about, and the writer that keeps it."""

    writer: DraftWriter
    key: str
    title: str = ""

    def load(self) -> Draft | None:
        return self.writer.load(self.key)

    def keep(self, text: str, tags: tuple[str, ...] = ()) -> None:
        self.writer.keep(self.key, Draft(text, tags, self.title, self.key))

    def discard(self) -> None:
        self.writer.discard(self.key)

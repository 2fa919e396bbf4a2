"""Open a very large file in a process of its own.

Cleaning a document runs long regular-expression passes over its whole text; over a 50 MB file each
pass holds Python's global interpreter lock for seconds, and a thread doing it would freeze the
app's screen just as surely as doing it on the UI thread. A large file is therefore read and cleaned
in a short-lived child process (spawned, so it never inherits the app's threads; ended with the app
however the app ends: store/actors/orphans.py), and only the finished Document comes back.
"""

from __future__ import annotations

import os

from store.corpus.files import SourceFile
from store.errors import ActorlensError, DocumentError
from store.model import Document

ISOLATE_BYTES = 8 * 1024 * 1024  # larger files are cleaned in a child process


def _load(path: str) -> Document:
    from pathlib import Path

    from store.corpus.documents import load

    return load(SourceFile(Path(path)))


def load_isolated(source: SourceFile) -> Document:
    """``store.corpus.documents.load(source)`` run in a child process; raises DocumentError."""
    from store.actors.orphans import die_with_parent, start_resource_tracker
    from store.spawning import BrokenProcessPool, ProcessPoolExecutor, spawn_context

    start_resource_tracker()
    context = spawn_context()
    with ProcessPoolExecutor(1, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        try:
            return pool.submit(_load, os.fspath(source.path)).result()
        except ActorlensError:
            raise
        except (BrokenProcessPool, OSError, MemoryError) as exc:
            raise DocumentError(str(source.path), f"could not be opened ({type(exc).__name__})") from None


def load_by_size(source: SourceFile, size: int) -> Document:
    """``load(source)``, in a child process when the file (``size`` bytes) is larger than ISOLATE_BYTES."""
    return load_isolated(source) if size > ISOLATE_BYTES else _load(os.fspath(source.path))

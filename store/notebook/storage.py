"""A TinyDB Storage that never loses what it was given: atomic, synced writes and a kept backup.

TinyDB's own JSONStorage rewrites its file in place (a full disk leaves truncated JSON) and its
CachingMiddleware holds writes in memory. Here every ``write``:

1. encodes the whole database as UTF-8 JSON and writes it to a temp file in the same folder,
2. fsyncs the temp file,
3. hard-links the current file to ``NAME.bak`` (the last good version),
4. renames the temp file over the real one (``os.replace``, atomic on POSIX and Windows),
5. fsyncs the folder so the rename itself is durable.

A crash at any moment leaves either the old or the new file, never a mix. A failed step raises
``NotebookWriteError`` and leaves the old file as it was.

``read`` keeps the database in memory and only reads the file again when its identity (inode,
size, mtime, ctime) changed since the last read or write, so the notebook is cheap to query.
A file that cannot be understood raises ``NotebookUnreadable``; it is never written over.
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from tinydb.storages import Storage

from store.errors import NotebookReadOnly, NotebookUnreadable, NotebookWriteError

SCHEMA_VERSION = 1
META_TABLE = "_meta"
APP = "actorlens"

Data = dict[str, dict[str, Any]]
Migration = Callable[[Data, int], Data]


class Stamp(NamedTuple):
    """What identifies one version of a file without reading it."""

    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int


def stamp_of(st: os.stat_result) -> Stamp:
    return Stamp(st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def describe_os_error(exc: OSError) -> str:
    """A short reason for an OSError: 'disk full', 'read-only file system'..."""
    names = {
        errno.ENOSPC: "disk full",
        errno.EDQUOT: "disk quota exceeded",
        errno.EROFS: "read-only file system",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
        errno.EIO: "input/output error",
        errno.ENOENT: "folder does not exist",
    }
    return names.get(exc.errno or -1, exc.strerror or str(exc) or type(exc).__name__)


def meta_record(version: int = SCHEMA_VERSION) -> dict[str, Any]:
    return {"schema": {"app": APP, "version": version}}


def parse(raw: bytes, path: str, *, migrate: Migration | None = None) -> Data:
    """Decode and validate one notes file's bytes, or raise NotebookUnreadable (kind corrupt/newer/foreign)."""

    def corrupt(reason: str) -> NotebookUnreadable:
        return NotebookUnreadable(path, reason, kind="corrupt")

    if not raw.strip():
        raise corrupt("the file is empty (0 bytes of notes)" if not raw else "the file is blank")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise corrupt(f"not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip())
        what = "truncated JSON" if truncated else "not valid JSON"
        raise corrupt(f"{what} ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise corrupt("JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise corrupt(f"not a notes database (the top level is a JSON {type(data).__name__}, not an object)")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(v, dict) for v in table.values()):
            raise corrupt(f"not a TinyDB database (table {name!r} is not a mapping of records)")
    meta = data.get(META_TABLE, {}).get("schema")
    if meta is None:
        others = set(data) - {META_TABLE, "notes", "documents"}
        if others:
            raise NotebookUnreadable(
                path,
                f"a TinyDB file of another program (tables {', '.join(sorted(others))}); choose another notes file",
                kind="foreign",
                recoverable=False,
            )
        version = 0
    else:
        version = meta.get("version")
        if meta.get("app") != APP or not isinstance(version, int) or isinstance(version, bool):
            raise corrupt("not an actorlens notes file (its schema record is not ours)")
    if version > SCHEMA_VERSION:
        raise NotebookUnreadable(
            path,
            f"written by a newer actorlens (notes schema {version}; this version reads up to {SCHEMA_VERSION}); "
            "it is left untouched",
            kind="newer",
            recoverable=False,
        )
    if version < SCHEMA_VERSION:
        data = (migrate or default_migrate)(data, version)
    data[META_TABLE] = meta_record()
    return data


def default_migrate(data: Data, version: int) -> Data:
    """Bring data written with schema ``version`` up to SCHEMA_VERSION (each step in order)."""
    if version == 0:
        # Before the schema record existed: same tables, nothing to change but the record itself.
        data.setdefault("notes", {})
        data.setdefault("documents", {})
        version = 1
    return data


class AtomicJSONStorage(Storage):
    """TinyDB storage: whole-file atomic writes with fsync, a kept backup, an in-memory copy."""

    def __init__(self, path: str | os.PathLike[str], *, migrate: Migration | None = None) -> None:
        self.path = Path(path)
        self.backup_path = self.path.with_name(self.path.name + ".bak")
        self._migrate = migrate
        self._data: Data | None = None
        self._stamp: Stamp | None = None
        self.generation = 0  # bumped whenever the in-memory data changes
        self.read_only: NotebookUnreadable | None = None
        self._swept = False

    # -- reading ---------------------------------------------------------------------------

    def read(self) -> Data | None:
        if self.read_only is not None:
            return self._data
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            if self._data is None or self._stamp is not None:
                self._set({META_TABLE: meta_record()}, None)
            return self._data
        except PermissionError:
            raise self._unreadable("permission denied", "permission") from None
        except OSError as exc:
            raise self._unreadable(f"cannot be read ({describe_os_error(exc)})", "io") from None
        if self._data is not None and self._stamp == stamp_of(st):
            return self._data
        data, stamp = self._load()
        self._set(data, stamp)
        return self._data

    def _load(self) -> tuple[Data, Stamp | None]:
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            return {META_TABLE: meta_record()}, None
        except IsADirectoryError:
            raise self._unreadable("is a folder, not a notes file", "foreign", recoverable=False) from None
        except PermissionError:
            raise self._unreadable("permission denied", "permission") from None
        except OSError as exc:
            raise self._unreadable(f"cannot be read ({describe_os_error(exc)})", "io") from None
        try:
            st = os.fstat(fd)
            chunks = []
            while True:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
        except IsADirectoryError:
            raise self._unreadable("is a folder, not a notes file", "foreign", recoverable=False) from None
        except OSError as exc:
            raise self._unreadable(f"cannot be read ({describe_os_error(exc)})", "io") from None
        finally:
            os.close(fd)
        try:
            data = parse(b"".join(chunks), str(self.path), migrate=self._migrate)
        except NotebookUnreadable as exc:
            if exc.kind == "corrupt":
                raise self._with_backup(exc) from None
            raise
        return data, stamp_of(st)

    def _unreadable(self, reason: str, kind: str, *, recoverable: bool = False) -> NotebookUnreadable:
        return self._with_backup(NotebookUnreadable(str(self.path), reason, kind=kind, recoverable=recoverable))

    def _with_backup(self, exc: NotebookUnreadable) -> NotebookUnreadable:
        """Add the backup (if it reads) to the error, so the user can be offered it."""
        backup = self.read_backup()
        if backup is None:
            return exc
        count = len(backup.get("notes", {}))
        reason = f"{exc.reason}; backup {self.backup_path.name} holds {count} note{'s' if count != 1 else ''}"
        return NotebookUnreadable(
            str(self.path), reason, kind=exc.kind, backup=str(self.backup_path), backup_notes=count,
            recoverable=exc.recoverable,
        )

    def read_backup(self) -> Data | None:
        """The backup's data when it exists and reads cleanly, else None."""
        try:
            raw = self.backup_path.read_bytes()
            return parse(raw, str(self.backup_path), migrate=self._migrate)
        except (OSError, NotebookUnreadable):
            return None

    def _set(self, data: Data, stamp: Stamp | None) -> None:
        self._data = data
        self._stamp = stamp
        self.generation += 1

    def forget(self) -> None:
        """Drop the in-memory copy: the next read comes from disk."""
        self._data = None
        self._stamp = None
        self.generation += 1

    def freeze(self, problem: NotebookUnreadable, data: Data | None) -> None:
        """Read-only from now on, serving ``data`` (e.g. the backup, or the last good state)."""
        self.read_only = problem
        self._set(data if data is not None else {META_TABLE: meta_record()}, None)

    def thaw(self) -> None:
        self.read_only = None
        self.forget()

    # -- writing ---------------------------------------------------------------------------

    def write(self, data: Data) -> None:
        if self.read_only is not None:
            raise NotebookReadOnly(str(self.path), f"read-only because {self.read_only.reason}")
        data[META_TABLE] = meta_record()
        try:
            payload = _SURROGATE.sub(_escape, json.dumps(data, ensure_ascii=False)).encode("utf-8")
        except (TypeError, ValueError) as exc:
            self.forget()
            raise NotebookWriteError(str(self.path), f"cannot encode the notes ({exc})") from None
        try:
            stamp = self._replace(payload)
        except NotebookWriteError:
            # TinyDB changed our in-memory copy before calling write: the next read comes from disk.
            self.forget()
            raise
        self._set(data, stamp)

    def _replace(self, payload: bytes) -> Stamp | None:
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise NotebookWriteError(str(self.path), f"cannot create folder {folder} ({describe_os_error(exc)})") from None
        if not self._swept:
            self._sweep()
        tmp = folder / f".{self.path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(tmp, flags, 0o666)
        except OSError as exc:
            raise NotebookWriteError(str(self.path), f"cannot write in {folder} ({describe_os_error(exc)})") from None
        try:
            try:
                view = memoryview(payload)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
                self._copy_mode(fd)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            _unlink_quietly(tmp)
            raise NotebookWriteError(str(self.path), f"not saved: {describe_os_error(exc)}; the file is unchanged") from None
        self._keep_backup()
        try:
            os.replace(tmp, self.path)
        except OSError as exc:
            _unlink_quietly(tmp)
            raise NotebookWriteError(str(self.path), f"not saved: {describe_os_error(exc)}; the file is unchanged") from None
        try:
            stamp = stamp_of(os.stat(self.path))  # after the rename (it changes ctime); we hold the lock
        except OSError:
            stamp = None
        try:
            _fsync_folder(folder)
        except OSError as exc:
            raise NotebookWriteError(
                str(self.path), f"written, but the disk reported {describe_os_error(exc)} while confirming it", saved=True
            ) from None
        return stamp

    def _copy_mode(self, fd: int) -> None:
        """Keep the permissions the user gave the file."""
        if not hasattr(os, "fchmod"):
            return
        try:
            mode = os.stat(self.path).st_mode & 0o7777
        except OSError:
            return
        if mode != os.fstat(fd).st_mode & 0o7777:
            os.fchmod(fd, mode)

    def _keep_backup(self) -> None:
        """The current (last good) file becomes NAME.bak. Best effort: a failure never blocks a save."""
        if self._stamp is None:
            return  # nothing good on disk yet (or we never read it)
        try:
            if self._stamp.ino and os.stat(self.backup_path).st_ino == self._stamp.ino:
                return  # the backup already is this version (the last save failed)
        except OSError:
            pass
        link = self.backup_path.with_name(f".{self.backup_path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            try:
                os.link(self.path, link)
            except (OSError, NotImplementedError):
                shutil.copy2(self.path, link)
            os.replace(link, self.backup_path)
        except OSError:
            pass
        if os.path.lexists(link):  # rename between two links of one file does nothing
            _unlink_quietly(link)

    def _sweep(self) -> None:
        """Remove temp files left by writers that died (we hold the lock: nobody else is writing)."""
        self._swept = True
        try:
            names = os.listdir(self.path.parent)
        except OSError:
            return
        prefixes = (f".{self.path.name}.", f".{self.backup_path.name}.")
        for name in names:
            if name.endswith(".tmp") and name.startswith(prefixes):
                _unlink_quietly(self.path.parent / name)

    # -- recovery --------------------------------------------------------------------------

    def set_aside(self, stamp_suffix: str) -> Path | None:
        """Rename the unreadable file to NAME.unreadable-STAMP (never deleted); returns the new path."""
        aside = self.path.with_name(f"{self.path.name}.unreadable-{stamp_suffix}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.unreadable-{stamp_suffix}-{n}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise NotebookWriteError(str(self.path), f"cannot set the file aside ({describe_os_error(exc)})") from None
        return aside

    def close(self) -> None:
        pass


# A path whose name is not UTF-8 carries its bytes as lone surrogates (os.fsdecode); they are written
# as JSON escapes (\udcff), which read back as the same string, so such a document keeps its notes.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # folders cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

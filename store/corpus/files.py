"""Find the documents of a corpus, read them safely and give each a stable id."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from store.corpus.decode import BinaryContent, Decoded, decode_bytes
from store.errors import DocumentError
from store.sanitize import visible_name

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
MAX_BYTES = 64 * 1024 * 1024  # larger files are refused rather than read into memory


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: Path

    @property
    def kind(self) -> str:
        suffix = self.path.suffix.lower()
        if suffix in {".html", ".htm"}:
            return "html"
        if suffix in {".md", ".markdown"}:
            return "markdown"
        return "text"


@dataclass(frozen=True, slots=True)
class RawDocument:
    source: SourceFile
    id: str
    data: bytes
    decoded: Decoded


def bundled_corpus() -> Path:
    """The bundled seeds folder, wherever the package is installed or checked out."""
    store_dir = Path(__file__).resolve().parent.parent
    for candidate in (store_dir / "seeds", store_dir.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise DocumentError(str(store_dir.parent / "seeds"), "the bundled corpus is missing from this installation")


def document_id(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def _hidden(path: Path, root: Path) -> bool:
    rel = path.relative_to(root)
    return any(part.startswith(".") for part in rel.parts)


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[SourceFile], list[str]]:
    """Files to open and one-line problems (missing paths, unsupported files, empty folders)."""
    found: list[SourceFile] = []
    problems: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            gone = isinstance(exc, FileNotFoundError) and not path.is_symlink()
            problems.append(visible_name(f"{os.fspath(raw)}: {'no such file or folder' if gone else _reason(exc)}"))
            continue
        if stat.S_ISDIR(mode):
            # Resolving every file costs a syscall per path component (0.25 s for 10,000 files): resolve
            # the folder once; a walked file is then that folder plus its relative path, unless it is a
            # symbolic link (the walk does not enter linked folders).
            real_root = str(path.resolve())
            files = sorted(_walk(path, problems))  # by relative parts, as Path objects sort
            if not files:
                problems.append(visible_name(f"{os.fspath(raw)}: no .txt, .md or .html documents in this folder"))
            for rel, file, is_link in files:
                key = os.path.realpath(file) if is_link else os.path.join(real_root, *rel)
                if key not in seen:
                    seen.add(key)
                    found.append(SourceFile(Path(file)))
            continue
        if path.suffix.lower() not in SUFFIXES:
            problems.append(visible_name(f"{os.fspath(raw)}: not a .txt, .md or .html file"))
            continue
        if not stat.S_ISREG(mode):
            problems.append(visible_name(f"{os.fspath(raw)}: {_not_regular(path, mode)}"))
            continue
        key = str(path.resolve())
        if key not in seen:
            seen.add(key)
            found.append(SourceFile(path))
    return found, problems


def _walk(root: Path, problems: list[str]) -> Iterator[tuple[tuple[str, ...], str, bool]]:
    """(path parts relative to root, full path, is a symbolic link) of every document file under root;
    hidden files and folders are skipped, linked folders are not entered. Folders that cannot be
    listed and document names that are not regular files are added to ``problems``, one line each."""
    stack: list[tuple[str, tuple[str, ...]]] = [(str(root), ())]
    while stack:
        folder, rel = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            problems.append(visible_name(f"{folder}: folder skipped ({_reason(exc)})"))
            continue
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append((entry.path, (*rel, name)))
                    continue
                is_link = entry.is_symlink()
                if os.path.splitext(name)[1].lower() not in SUFFIXES:
                    continue
                if not entry.is_file():  # follows a link: a FIFO, device or socket is never opened
                    problems.append(visible_name(f"{entry.path}: skipped ({_not_regular(entry.path)})"))
                    continue
            except OSError as exc:
                problems.append(visible_name(f"{entry.path}: skipped ({_reason(exc)})"))
                continue
            yield (*rel, name), entry.path, is_link


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENAMETOOLONG:
        return "the path is longer than the system allows"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "a broken link or a file that vanished"
    return exc.strerror or str(exc)


def _not_regular(path: str | Path, mode: int | None = None) -> str:
    """Why this path is not read, for a path that is not a regular file."""
    if mode is None:
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            return _reason(exc)
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


def read(source: SourceFile) -> RawDocument:
    """Read and decode one file, or raise DocumentError with a one-line reason."""
    path = source.path
    data = read_capped(path)
    if not data.strip():
        raise DocumentError(str(path), "empty file")
    try:
        decoded = decode_bytes(data)
    except BinaryContent as exc:
        raise DocumentError(str(path), str(exc)) from None
    if not decoded.text.strip():
        raise DocumentError(str(path), "empty file")
    return RawDocument(source, document_id(data), data, decoded)


def read_capped(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of a regular file, at most ``limit`` (default MAX_BYTES) of them, counted as they are
    read (a link to /dev/zero reports a size of 0); a FIFO, device or socket is refused without
    blocking (opened non-blocking, checked with fstat before any read). Raises DocumentError."""
    limit = MAX_BYTES if limit is None else limit
    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise DocumentError(name, "is a folder, not a file") from None
    except OSError as exc:
        raise DocumentError(name, _reason(exc) if not isinstance(exc, FileNotFoundError) else "no such file") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise DocumentError(name, _not_regular(name, mode))
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1024 * 1024, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise DocumentError(name, f"too large (the limit is {limit // (1024 * 1024)} MB)")
        return b"".join(chunks)
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(name, f"cannot be read ({_reason(exc)})") from None
    finally:
        os.close(fd)

"""Find the documents of a corpus, read them safely and give each a stable id."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from store.corpus.decode import BinaryContent, Decoded, decode_bytes
from store.errors import DocumentError

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


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[SourceFile], list[str]]:
    """Files to open and one-line problems (missing paths, unsupported files, empty folders)."""
    found: list[SourceFile] = []
    problems: list[str] = []
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            problems.append(f"{raw}: no such file or folder")
            continue
        if path.is_dir():
            # Resolving every file costs a syscall per path component (0.25 s for 10,000 files): resolve
            # the folder once; a walked file is then that folder plus its relative path, unless it is a
            # symbolic link (the walk does not enter linked folders).
            real_root = str(path.resolve())
            files = sorted(_walk(path))  # by relative parts, as Path objects sort
            if not files:
                problems.append(f"{raw}: no .txt, .md or .html documents in this folder")
            for rel, file, is_link in files:
                key = os.path.realpath(file) if is_link else os.path.join(real_root, *rel)
                if key not in seen:
                    seen.add(key)
                    found.append(SourceFile(Path(file)))
            continue
        if path.suffix.lower() not in SUFFIXES:
            problems.append(f"{raw}: not a .txt, .md or .html file")
            continue
        key = str(path.resolve())
        if key not in seen:
            seen.add(key)
            found.append(SourceFile(path))
    return found, problems


def _walk(root: Path) -> Iterator[tuple[tuple[str, ...], str, bool]]:
    """(path parts relative to root, full path, is a symbolic link) of every document file under root;
    hidden files and folders are skipped, linked folders are not entered."""
    stack: list[tuple[str, tuple[str, ...]]] = [(str(root), ())]
    while stack:
        folder, rel = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
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
            except OSError:
                continue
            if os.path.splitext(name)[1].lower() in SUFFIXES:
                yield (*rel, name), entry.path, is_link


def read(source: SourceFile) -> RawDocument:
    """Read and decode one file, or raise DocumentError with a one-line reason."""
    path = source.path
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                str(path), f"too large ({size // (1024 * 1024)} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)"
            )
        data = path.read_bytes()
    except DocumentError:
        raise
    except IsADirectoryError:
        raise DocumentError(str(path), "is a folder, not a file") from None
    except PermissionError:
        raise DocumentError(str(path), "permission denied") from None
    except OSError as exc:
        raise DocumentError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise DocumentError(str(path), "empty file")
    try:
        decoded = decode_bytes(data)
    except BinaryContent as exc:
        raise DocumentError(str(path), str(exc)) from None
    if not decoded.text.strip():
        raise DocumentError(str(path), "empty file")
    return RawDocument(source, document_id(data), data, decoded)

"""Find the documents of a corpus, read them safely and give each a stable id."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .decode import BinaryContent, Decoded, decode_bytes
from .errors import DocumentError

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
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise DocumentError(str(here.parent / "seeds"), "the bundled corpus is missing from this installation")


def document_id(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def _hidden(path: Path, root: Path) -> bool:
    rel = path.relative_to(root)
    return any(part.startswith(".") for part in rel.parts)


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[SourceFile], list[str]]:
    """Files to open and one-line problems (missing paths, unsupported files, empty folders)."""
    found: list[SourceFile] = []
    problems: list[str] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            problems.append(f"{raw}: no such file or folder")
            continue
        if path.is_dir():
            files = sorted(_walk(path))
            if not files:
                problems.append(f"{raw}: no .txt, .md or .html documents in this folder")
            candidates: Iterable[Path] = files
        elif path.suffix.lower() in SUFFIXES:
            candidates = [path]
        else:
            problems.append(f"{raw}: not a .txt, .md or .html file")
            continue
        for file in candidates:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                found.append(SourceFile(file))
    return found, problems


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(dirpath) / name
            if path.suffix.lower() in SUFFIXES:
                yield path


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

"""What the reader remembers per corpus: open document, positions, colour mode, panels, theme, which
documents were read, the sidebar's order."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from store.atomic import write_atomic
from store.paths import state_dir
from store.sanitize import json_text

SORTS = ("file", "date", "source", "title")  # the sidebar's orders, in the order a key cycles them


@dataclass
class Position:
    """A place in a document that survives a change of terminal width: the paragraph (block) under the
    reading cursor, and the top of the view as a paragraph and a character offset into it."""

    cursor: int = 0
    block: int = -1  # the paragraph at the top of the view; -1: the top of the document (title, byline)
    char: int = 0  # where in that paragraph the view's first line starts

    @classmethod
    def from_json(cls, raw: Any) -> Position:
        """A saved position; an old one (``{"cursor", "scroll"}``: a line offset, meaningful only at the
        width it was saved at) becomes its cursor paragraph at the top of the view (or the document's top
        when it was scrolled to the top)."""
        if not isinstance(raw, dict):
            raise TypeError("a position is an object")
        cursor = max(0, int(raw.get("cursor", 0)))
        if "block" not in raw:
            return cls(cursor, cursor if int(raw.get("scroll", 0)) > 0 else -1, 0)
        return cls(cursor, max(-1, int(raw["block"])), max(0, int(raw.get("char", 0))))


@dataclass
class ReaderState:
    document: str | None = None  # path of the open document
    positions: dict[str, Position] = field(default_factory=dict)  # by document id
    colour_mode: str | None = None
    panels: dict[str, bool] = field(default_factory=dict)
    theme: str | None = None
    filter: str = ""
    read: list[str] = field(default_factory=list)  # ids of the documents read, oldest first
    sort: str = "file"  # the sidebar's order: one of SORTS


def corpus_key(roots: list[str]) -> str:
    canonical = "\n".join(sorted(str(Path(r).expanduser().resolve()) for r in roots))
    return hashlib.blake2b(canonical.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


def _positions(raw: Any) -> dict[str, Position]:
    positions: dict[str, Position] = {}
    for key, value in dict(raw or {}).items():
        try:
            positions[str(key)] = Position.from_json(value)
        except (TypeError, ValueError):
            continue  # one bad entry costs only its own place
    return positions


class StateStore:
    """Remembered state of one corpus; unreadable state is ignored (it is only a convenience)."""

    MAX_POSITIONS = 2000
    MAX_READ = 100_000

    def __init__(self, roots: list[str], folder: Path | None = None) -> None:
        self.path = (folder or state_dir()) / f"corpus-{corpus_key(roots)}.json"

    def load(self) -> ReaderState:
        try:
            raw: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
            read = raw.get("read", [])
            sort = raw.get("sort")
            return ReaderState(
                document=raw.get("document") if isinstance(raw.get("document"), str) else None,
                positions=_positions(raw.get("positions", {})),
                colour_mode=raw.get("colour_mode") if isinstance(raw.get("colour_mode"), str) else None,
                panels={str(k): bool(v) for k, v in dict(raw.get("panels", {})).items()},
                theme=raw.get("theme") if isinstance(raw.get("theme"), str) else None,
                filter=str(raw.get("filter", "")),
                read=[r for r in read if isinstance(r, str)] if isinstance(read, list) else [],
                sort=sort if sort in SORTS else "file",
            )
        except (OSError, ValueError, TypeError, AttributeError):
            return ReaderState()

    def save(self, state: ReaderState) -> None:
        """Write the state; failures (read-only disk...) are ignored: nothing of the user's is at stake."""
        data = asdict(state)
        if len(state.positions) > self.MAX_POSITIONS:
            keep = list(state.positions.items())[-self.MAX_POSITIONS :]
            data["positions"] = {k: asdict(v) for k, v in keep}
        data["read"] = list(dict.fromkeys(state.read))[-self.MAX_READ :]
        try:
            write_atomic(self.path, json_text(data, indent=None).encode("utf-8"))
        except OSError:
            pass

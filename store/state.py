"""What the reader remembers per corpus: open document, positions, colour mode, panels, theme."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from store.atomic import write_atomic
from store.sanitize import json_text


def state_dir() -> Path:
    override = os.environ.get("ACTORLENS_STATE")
    if override:
        return Path(override)
    from platformdirs import user_state_dir

    return Path(user_state_dir("actorlens", appauthor=False))


@dataclass
class Position:
    cursor: int = 0
    scroll: int = 0


@dataclass
class ReaderState:
    document: str | None = None  # path of the open document
    positions: dict[str, Position] = field(default_factory=dict)  # by document id
    colour_mode: str | None = None
    panels: dict[str, bool] = field(default_factory=dict)
    theme: str | None = None
    filter: str = ""


def corpus_key(roots: list[str]) -> str:
    canonical = "\n".join(sorted(str(Path(r).expanduser().resolve()) for r in roots))
    return hashlib.blake2b(canonical.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


class StateStore:
    """Remembered state of one corpus; unreadable state is ignored (it is only a convenience)."""

    MAX_POSITIONS = 2000

    def __init__(self, roots: list[str], folder: Path | None = None) -> None:
        self.path = (folder or state_dir()) / f"corpus-{corpus_key(roots)}.json"

    def load(self) -> ReaderState:
        try:
            raw: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
            positions = {
                str(k): Position(int(v.get("cursor", 0)), int(v.get("scroll", 0)))
                for k, v in dict(raw.get("positions", {})).items()
            }
            return ReaderState(
                document=raw.get("document") if isinstance(raw.get("document"), str) else None,
                positions=positions,
                colour_mode=raw.get("colour_mode") if isinstance(raw.get("colour_mode"), str) else None,
                panels={str(k): bool(v) for k, v in dict(raw.get("panels", {})).items()},
                theme=raw.get("theme") if isinstance(raw.get("theme"), str) else None,
                filter=str(raw.get("filter", "")),
            )
        except (OSError, ValueError, TypeError, AttributeError):
            return ReaderState()

    def save(self, state: ReaderState) -> None:
        """Write the state; failures (read-only disk...) are ignored: nothing of the user's is at stake."""
        data = asdict(state)
        if len(state.positions) > self.MAX_POSITIONS:
            keep = list(state.positions.items())[-self.MAX_POSITIONS :]
            data["positions"] = {k: asdict(v) for k, v in keep}
        try:
            write_atomic(self.path, json_text(data, indent=None).encode("utf-8"))
        except OSError:
            pass

"""A jump list as in vim: where the reader was before each jump (a search hit, a note, a mention, another
document), walked back with ``ctrl+o`` and forward again with ``ctrl+n``. Kept for the session only."""

from __future__ import annotations

from dataclasses import dataclass

from store.state import Position


@dataclass(frozen=True)
class Place:
    """A document (its index in the library) and a place in it: the cursor's paragraph and the top of
    the view as (paragraph, character), so it is the same place at any width."""

    doc: int
    position: Position

    def same_spot(self, other: Place) -> bool:
        """The same document and cursor paragraph: a jump from there to there is no jump."""
        return self.doc == other.doc and self.position.cursor == other.position.cursor


class JumpList:
    MAX = 100

    def __init__(self) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def __len__(self) -> int:
        return len(self._back) + len(self._forward)

    def push(self, here: Place) -> None:
        """Remember where the reader is before it jumps (a new jump forgets the places ahead)."""
        if self._back and self._back[-1].same_spot(here):
            self._back[-1] = here
        else:
            self._back.append(here)
            del self._back[: -self.MAX]
        self._forward.clear()

    def back(self, here: Place) -> Place | None:
        """The place before the last jump (``here`` is kept to come forward to), or None."""
        while self._back and self._back[-1].same_spot(here):
            self._back.pop()  # the place we are at is no place to go back to
        if not self._back:
            return None
        self._forward.append(here)
        return self._back.pop()

    def forward(self, here: Place) -> Place | None:
        """The place a ``back`` came from, or None."""
        if not self._forward:
            return None
        self._back.append(here)
        return self._forward.pop()

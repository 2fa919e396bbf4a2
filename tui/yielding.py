"""Background threads of the app step aside while the user types.

The app's own background threads (summarising a corpus on its first start, dictionary-only analysis)
share the GIL with the UI thread: while one runs Python code, a keypress is handled in 5 ms turns
with it (the interpreter's switch interval), so a key that costs 30 ms of work took 60 and more.
Each input event notes the time (``note_input``, called by the app for every key and mouse event);
background loops call ``step_aside()`` between small units of work (a document), which waits while
the last input is younger than ``QUIET`` s, so the UI thread has the GIL to itself. A held key delays
the background work, never the other way round; ``LONGEST`` caps one wait.

Their progress reaches the UI thread at a pace (``Pace``): at most one message every ``PROGRESS_EVERY`` s,
however small their units of work, so that each message's redraw stays off most frames.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

QUIET = 0.12  # seconds after the last input before background work goes on
LONGEST = 2.0  # seconds one step aside may last (the work still makes progress while keys are held)
PROGRESS_EVERY = 0.25  # seconds between two progress messages of one background loop

T = TypeVar("T")

_last_input = float("-inf")


def note_input() -> None:
    global _last_input
    _last_input = time.monotonic()


def since_input() -> float:
    """Seconds since the last key or mouse event (infinite before the first)."""
    return time.monotonic() - _last_input


def step_aside() -> float:
    """Wait while the user is typing; returns the seconds waited."""
    started = time.monotonic()
    while True:
        now = time.monotonic()
        idle = now - _last_input
        if idle >= QUIET or now - started >= LONGEST:
            return now - started
        time.sleep(min(QUIET - idle, LONGEST - (now - started)))


def stepping_aside(items: Iterable[T]) -> Iterator[T]:
    """items, with ``step_aside()`` before each."""
    for item in items:
        step_aside()
        yield item


class Pace:
    """Whether a background loop's progress is worth a message now: the first time, then at most once
    every ``every`` seconds (the last message, "done", is the caller's to send anyway)."""

    def __init__(self, every: float = PROGRESS_EVERY) -> None:
        self.every = every
        self._last = float("-inf")

    def due(self) -> bool:
        now = time.monotonic()
        if now - self._last < self.every:
            return False
        self._last = now
        return True

"""Work that follows a moving cursor, done once the cursor has settled.

Moving the highlight in the document list opens the highlighted document: the reader, the legend and the
notes are all drawn anew, a whole layout of the screen (tens of ms). Done on every `j` of a held key, that
work queued up behind the key repeats and the cursor lagged. ``Settled.request()`` instead lets the frame
that shows the cursor's move be drawn first, then runs the work (a lone key: right after that frame);
while moves keep coming less than ``delay`` apart (a held key, fast typing in the filter), the work waits
until they stop, and runs once, for where the cursor ended.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.message_pump import MessagePump
from textual.timer import Timer

DELAY = 0.05  # seconds without another move before the work runs (a key repeats every 30-40 ms)


class Settled:
    def __init__(self, node: MessagePump, callback: Callable[[], None], delay: float = DELAY) -> None:
        self._node = node
        self._callback = callback
        self.delay = delay
        self._last = float("-inf")
        self._wanted = 0  # requests made
        self._done = 0  # the request last run (or dropped)
        self._timer: Timer | None = None

    @property
    def pending(self) -> bool:
        return self._wanted != self._done

    def request(self) -> None:
        now = time.monotonic()
        repeat = now - self._last < self.delay
        self._last = now
        self._wanted += 1
        wanted = self._wanted
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if repeat:
            self._timer = self._node.set_timer(self.delay, lambda: self._run(wanted))
        else:
            self._node.call_after_refresh(self._run, wanted)

    def flush(self) -> None:
        """Run the pending work now (the user acts on where the cursor is)."""
        if self.pending:
            self._run(self._wanted)

    def cancel(self) -> None:
        self._done = self._wanted

    def _run(self, wanted: int) -> None:
        if wanted != self._wanted or self._done == wanted:
            return  # a later move superseded it, or it ran already
        self._done = wanted
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._callback()

"""Work that follows a moving cursor, done once the cursor has settled.

Moving the highlight in the document list opens the highlighted document: the reader, the legend and the
notes are all drawn anew, a whole layout of the screen (tens of ms). Done for every `j` of a held key,
that work queued up behind the key's repeats and the cursor lagged further and further behind.
``Settled.request()`` lets the frame that shows the cursor's move be drawn first, then runs the work;
while more keys are already waiting to be handled (they came in while the app was busy: a held key, fast
typing in the filter), it does nothing for a position the cursor is about to leave, and runs once the
keys have been handled, for where the cursor stopped (or after ``delay`` if the keys waiting were not
moves). With no key waiting it waits on no clock headless (a test's pilot sees the work done as soon as
the frame is drawn), and in a terminal only for the frame to be written out (``OUTPUT``): Textual hands each
frame to its output thread, and that thread needs the interpreter's lock a few times to write it (to wake,
to write, after the write's system call to flush): work started right after the frame held the lock and each
of those waited a switch interval (5 ms), so the frame reached the screen 10-20 ms late, behind the work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual import events
from textual.message_pump import MessagePump
from textual.timer import Timer

DELAY = 0.05  # seconds: the work runs this long after a move that had other keys waiting behind it
# seconds without a keystroke in the filter before the document its first match brought to the cursor opens:
# typing a word neither opens a document at each letter (on 10,000 documents, an opening and its frame, ~25 ms,
# that the next letter waited behind: typing's slowest presses) nor flashes them by in the reader
TYPING = 0.3
OUTPUT = 0.004  # seconds after the frame in a terminal: the output thread writes it meanwhile (the UI thread sleeps)


def keys_waiting(node: MessagePump) -> bool:
    """True when key events wait in the app's queue (the user is ahead of the screen)."""
    waiting: Iterable[object] = node.app._message_queue.values
    return any(isinstance(message, events.Key) for message in waiting)


class Settled:
    def __init__(
        self, node: MessagePump, callback: Callable[[], None], delay: float = DELAY, output: float | None = None
    ) -> None:
        """output: seconds the work waits after the frame (None: OUTPUT with a terminal, 0 headless)."""
        self._node = node
        self._callback = callback
        self.delay = delay
        self._output = output
        self._wanted = 0  # requests made
        self._done = 0  # the request last run (or dropped)
        self._timer: Timer | None = None

    @property
    def pending(self) -> bool:
        return self._wanted != self._done

    def request(self, pause: float | None = None) -> None:
        """pause: the work waits until no request came for this long (the user types: see TYPING)."""
        self._wanted += 1
        wanted = self._wanted
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if pause is not None:
            self._timer = self._node.set_timer(pause, lambda: self._run(wanted))
        elif keys_waiting(self._node):
            self._timer = self._node.set_timer(self.delay, lambda: self._run(wanted))
        else:
            self._node.call_after_refresh(self._after_frame, wanted)

    def postpone(self, pause: float) -> None:
        """Work waiting for a pause (``request(pause)``) waits this long again from now."""
        if self.pending and self._timer is not None:
            self.request(pause)

    def _after_frame(self, wanted: int) -> None:
        output = self._output if self._output is not None else 0.0 if self._node.app.is_headless else OUTPUT
        if output <= 0 or wanted != self._wanted:
            self._run(wanted)
        else:  # the frame is written out first (see above)
            self._timer = self._node.set_timer(output, lambda: self._run(wanted))

    def flush(self) -> None:
        """Run the pending work now (the user acts on where the cursor is)."""
        if self.pending:
            self._run(self._wanted)

    def _run(self, wanted: int) -> None:
        if wanted != self._wanted or self._done == wanted:
            return  # a later move superseded it, or it ran already
        self._done = wanted
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._callback()

"""A lone `escape` delivered at once, not after the ~100 ms Textual's input thread sleeps.

Textual's Linux driver tells a lone escape from the start of a key sequence by a timeout (ESCDELAY),
but its input thread only looks at that timeout when `select` returns, which it does every 100 ms when
no more bytes come. So every `escape` that closes a dialog or the filter cost ~110 ms, whatever
ESCDELAY said (measured with tests/bench/bench_e2e.py). ``prompt_escape()`` does two things to the real
terminal driver (tests run headless):

- A read of the terminal that is one escape byte and nothing else is the escape key, delivered at once
  (``LoneEscapeParser``). A terminal writes a key's whole sequence (arrows, function keys, alt+key, a
  mouse report) in one write, so its bytes come in one read; a lone escape byte is a press of escape. The
  escape delay (10 ms, store/paths.use_short_escape_delay) was still spent on every press: about a fifth
  of what `escape` closing the filter took on the screen. This is how other terminal libraries read it
  (crossterm, for one); the price is that a sequence cut after its first byte by a slow link reads as
  escape and characters, which the timeout did too whenever the rest came later than ESCDELAY. Who sets
  $ESCDELAY (for such a link) keeps Textual's timeout alone.
- When an escape byte ends a read with more before it, the parser still waits ESCDELAY for the rest:
  the driver's selector then waits at most ESCDELAY (and a millisecond) for the next bytes right after
  input arrived, so the timeout is seen on time; when nothing arrived it waits as long as the driver asks,
  as before (10 wake-ups a second).
"""

from __future__ import annotations

import selectors
import sys
import types
from collections.abc import Iterable

from textual._time import get_time
from textual._xterm_parser import XTermParser
from textual.message import Message

AFTER_INPUT = 2  # empty waits kept short after input: a lone escape is delivered by the first of them
ESC = "\x1b"


class LoneEscapeParser(XTermParser):
    """Textual's parser, but a read that is one escape byte alone is the escape key at once: the driver
    calls ``tick`` right after ``feed``, and the parser's timeout is then already due."""

    def feed(self, data: str) -> Iterable[Message]:
        yield from super().feed(data)
        if data == ESC and self._timeout_time is not None:  # the parser waits for a sequence's next byte
            self._timeout_time = get_time()


def prompt_escape(lone: bool = True) -> None:
    """Escape on time in Textual's Linux driver; ``lone``: a read of one escape byte is escape at once
    (not when the user set $ESCDELAY, e.g. for a slow remote link)."""
    if sys.platform == "win32":
        return
    from textual import constants
    from textual.drivers import linux_driver

    wake = max(0.002, float(constants.ESCAPE_DELAY) + 0.001)  # just past the parser's timeout

    class PromptSelector(selectors.SelectSelector):
        short = 0  # waits left that must not outlast the escape delay

        def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
            if self.short:
                timeout = wake if timeout is None else min(timeout, wake)
            ready = super().select(timeout)
            self.short = AFTER_INPUT if ready else max(0, self.short - 1)
            return ready

    linux_driver.selectors = types.SimpleNamespace(  # type: ignore[assignment]
        SelectSelector=PromptSelector, EVENT_READ=selectors.EVENT_READ
    )
    if lone:
        linux_driver.XTermParser = LoneEscapeParser  # type: ignore[misc]

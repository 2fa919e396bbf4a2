"""A lone `escape` delivered within ESCDELAY (10 ms), not the ~100 ms Textual's input thread sleeps.

Textual's Linux driver tells a lone escape from the start of a key sequence by a timeout (ESCDELAY),
but its input thread only looks at that timeout when `select` returns, which it does every 100 ms when
no more bytes come. So every `escape` that closes a dialog or the filter cost ~110 ms, whatever
ESCDELAY said (measured with tests/bench/bench_e2e.py). ``prompt_escape()`` makes that driver's
selector wait at most ESCDELAY (and a millisecond) for the next bytes right after input arrived, so the
timeout is seen on time; when nothing arrived it waits as long as the driver asks, as before (10 wake-ups
a second). It touches only the real terminal driver (tests run headless).
"""

from __future__ import annotations

import selectors
import sys
import types

AFTER_INPUT = 2  # empty waits kept short after input: a lone escape is delivered by the first of them


def prompt_escape() -> None:
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

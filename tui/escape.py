"""A lone `escape` delivered within ESCDELAY (25 ms), not the ~100 ms Textual's input thread sleeps.

Textual's Linux driver tells a lone escape from the start of a key sequence by a timeout (ESCDELAY),
but its input thread only looks at that timeout when `select` returns, which it does every 100 ms when
no more bytes come. So every `escape` that closes a dialog or the filter cost ~110 ms, whatever
ESCDELAY said (measured with tests/bench/bench_e2e.py). ``prompt_escape()`` makes that driver's
selector wake at least every ESCDELAY while it waits, so the timeout is seen on time. It touches only
the real terminal driver (tests run headless) and costs a few wake-ups a second in the input thread.
"""

from __future__ import annotations

import selectors
import sys
import types


def prompt_escape() -> None:
    if sys.platform == "win32":
        return
    from textual import constants
    from textual.drivers import linux_driver

    wake = max(0.005, float(constants.ESCAPE_DELAY))

    class PromptSelector(selectors.SelectSelector):
        def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
            return super().select(wake if timeout is None else min(timeout, wake))

    linux_driver.selectors = types.SimpleNamespace(  # type: ignore[assignment]
        SelectSelector=PromptSelector, EVENT_READ=selectors.EVENT_READ
    )

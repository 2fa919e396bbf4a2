"""A lone escape reaches the app after ESCDELAY, not after the input thread's 100 ms sleep."""

from __future__ import annotations

import os
import selectors
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Linux driver only")


def test_the_driver_selector_wakes_within_the_escape_delay(monkeypatch):
    from textual import constants
    from textual.drivers import linux_driver

    from tui.escape import prompt_escape

    monkeypatch.setattr(linux_driver, "selectors", linux_driver.selectors)  # restored after the test
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.025)
    prompt_escape()
    read, write = os.pipe()
    try:
        selector = linux_driver.selectors.SelectSelector()
        selector.register(read, linux_driver.selectors.EVENT_READ)
        seen: list[float | None] = []
        original = selectors.SelectSelector.select

        def spy(self, timeout=None):  # type: ignore[no-untyped-def]
            seen.append(timeout)
            return original(self, timeout)

        monkeypatch.setattr(selectors.SelectSelector, "select", spy)
        assert selector.select(0.1) == []  # the driver asks for 100 ms; the selector waits 25
        assert selector.select(None) == []
        assert seen == [0.025, 0.025]
        os.write(write, b"\x1b")
        assert len(selector.select(0.1)) == 1  # input still wakes it at once
        selector.close()
    finally:
        os.close(read)
        os.close(write)

"""A lone escape reaches the app after ESCDELAY, not after the input thread's 100 ms sleep."""

from __future__ import annotations

import os
import selectors
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Linux driver only")


def test_the_driver_selector_wakes_within_the_escape_delay_after_input(monkeypatch):
    from textual import constants
    from textual.drivers import linux_driver

    from tui.escape import AFTER_INPUT, prompt_escape

    monkeypatch.setattr(linux_driver, "selectors", linux_driver.selectors)  # restored after the test
    monkeypatch.setattr(constants, "ESCAPE_DELAY", 0.01)
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
        assert selector.select(0) == []  # idle: it waits as long as the driver asks (10 wake-ups a second)
        os.write(write, b"\x1b")
        assert len(selector.select(0.1)) == 1  # input wakes it at once
        os.read(read, 1)  # the driver reads the escape; the parser now waits ESCDELAY for more bytes
        for _ in range(AFTER_INPUT):
            assert selector.select(0.1) == []  # ...and it looks again just after ESCDELAY, not 100 ms later
        assert selector.select(0) == []  # then idle again
        assert seen == [0, 0.1, *[0.011] * AFTER_INPUT, 0]
        selector.close()
    finally:
        os.close(read)
        os.close(write)


def _keys(parser, data: str) -> list[str]:
    """The keys the driver's input thread gets from one read of ``data`` (it ticks right after feeding)."""
    from textual import events

    found = [*parser.feed(data), *parser.tick()]
    return [event.key for event in found if isinstance(event, events.Key)]


def test_a_read_of_one_escape_byte_is_the_escape_key_at_once(monkeypatch):
    from textual import constants

    from tui.escape import LoneEscapeParser

    monkeypatch.setattr(constants, "ESCAPE_DELAY", 10.0)  # no timeout could fire during the test
    parser = LoneEscapeParser()
    assert _keys(parser, "\x1b") == ["escape"]
    assert _keys(parser, "\x1b[A") == ["up"]  # a sequence in one read is still its key
    assert _keys(parser, "j") == ["j"]
    assert _keys(parser, "j\x1b") == ["j"]  # an escape byte after others: the parser waits for more, as Textual's
    assert _keys(parser, "[B") == ["down"]


def test_textuals_parser_waits_for_the_escape_delay_on_the_same_read(monkeypatch):
    """What LoneEscapeParser changes: Textual's own parser gives nothing until ESCDELAY has passed."""
    from textual import constants
    from textual._xterm_parser import XTermParser

    monkeypatch.setattr(constants, "ESCAPE_DELAY", 10.0)
    assert _keys(XTermParser(), "\x1b") == []


def test_the_lone_escape_parser_is_the_drivers_unless_the_user_set_escdelay(monkeypatch):
    from textual.drivers import linux_driver

    from tui.escape import LoneEscapeParser, prompt_escape

    monkeypatch.setattr(linux_driver, "selectors", linux_driver.selectors)  # restored after the test
    monkeypatch.setattr(linux_driver, "XTermParser", linux_driver.XTermParser)
    textuals = linux_driver.XTermParser
    prompt_escape(lone=False)
    assert linux_driver.XTermParser is textuals
    prompt_escape()
    assert linux_driver.XTermParser is LoneEscapeParser

"""Shared helpers for driving the app in tests."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable

from textual.pilot import Pilot

from tui.widgets.document_list import DocumentList
from tui.widgets.reader import Reader


def busy(app) -> bool:
    return any(worker.is_running for worker in app.workers)


READY_WITHIN = 120.0  # seconds: a loaded machine (the suite beside other builds) can take that long


async def wait_until(pilot: Pilot, condition: Callable[[], bool], within: float = READY_WITHIN) -> bool:
    """Wait, by the clock, until ``condition()`` holds (checked every 10 ms); False if it never did. The
    clock, not a count of pauses: on a loaded machine a pause takes longer and background work (child
    processes at idle priority) far longer."""
    deadline = time.monotonic() + within
    while True:
        if condition():
            return True
        if time.monotonic() > deadline:
            return False
        await pilot.pause(0.01)


async def wait_ready(pilot: Pilot, documents: int = 1, *, idle: bool = True) -> None:
    """Wait until the sidebar is filled, the reader shows a document and (idle) no worker runs."""
    app = pilot.app
    deadline = time.monotonic() + READY_WITHIN
    while time.monotonic() < deadline:
        await pilot.pause(0.01)
        try:
            doc_list = app.screen.query_one(DocumentList)
            reader = app.screen.query_one(Reader)
        except Exception:
            continue
        if doc_list.count >= documents and reader.document is not None and not (idle and busy(app)):
            await pilot.pause()
            return
    raise AssertionError("the app did not become ready")


def screen_text(app) -> str:
    """The visible characters of the screen, from Textual's SVG screenshot (style runs joined)."""
    svg = app.export_screenshot()
    runs = re.findall(r"<text [^>]*>(.*?)</text>", svg, flags=re.S)
    return html.unescape("".join(runs)).replace("\u00a0", " ")


def reader_lines(reader: Reader) -> list[str]:
    return [reader.render_line(y).text.rstrip() for y in range(reader.size.height)]


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app has no work pending (at most 3 s), then one more refresh."""
    for _ in range(300):
        await pilot.pause(0.01)
        if not busy(pilot.app):
            break
    await pilot.pause()

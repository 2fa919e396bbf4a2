"""Background threads step aside while the user types (tui/yielding.py)."""

from __future__ import annotations

import time

import tui.yielding as yielding
from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp


def test_step_aside_waits_only_while_input_is_recent(monkeypatch):
    monkeypatch.setattr(yielding, "_last_input", float("-inf"))
    assert yielding.step_aside() < 0.01
    yielding.note_input()
    waited = yielding.step_aside()
    assert yielding.QUIET * 0.8 <= waited < yielding.QUIET + 0.5
    assert yielding.step_aside() < 0.01  # quiet again


def test_a_held_key_never_stops_the_background_work_for_longer_than_the_cap(monkeypatch):
    monkeypatch.setattr(yielding, "LONGEST", 0.2)
    monkeypatch.setattr(yielding, "_last_input", time.monotonic() + 60)  # as if keys kept coming
    started = time.monotonic()
    assert list(yielding.stepping_aside([1, 2])) == [1, 2]
    assert 0.35 <= time.monotonic() - started < 2


async def test_every_key_the_app_gets_is_noted(monkeypatch):
    monkeypatch.setattr(yielding, "_last_input", float("-inf"))
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        before = time.monotonic()
        await pilot.press("j")
        assert yielding._last_input >= before

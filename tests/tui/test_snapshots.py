"""What the screen shows, compared with stored SVG snapshots (pytest-textual-snapshot).

Update after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from store.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp


def make_app() -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]))


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_main_screen(snap_compare, size):
    async def ready(pilot):
        await wait_ready(pilot, 5)

    assert snap_compare(make_app(), terminal_size=size, run_before=ready)


def test_reader_with_comments_and_cursor(snap_compare):
    async def ready(pilot):
        await wait_ready(pilot, 5)
        await pilot.press("j", "tab", "G")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=ready)

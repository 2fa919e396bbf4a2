"""What each dialog shows at 80x24 (pytest-textual-snapshot): its box, its hints, its own footer.

Update after an intended change with: pytest tests/tui/test_dialog_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.dialog_steps import DIALOGS, steady_cursors, with_a_tagged_note
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp


@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_at_80x24(snap_compare, name):
    async def ready(pilot):
        await wait_ready(pilot, 5)
        await with_a_tagged_note(pilot)
        await pilot.press(*DIALOGS[name])
        if name == "export":  # its default path is in the working folder: the same on every machine
            pilot.app.screen.query_one("#export-path").value = "/home/reader/Putin and Erdogan - notes.md"
        steady_cursors(pilot)
        await pilot.pause()

    assert snap_compare(ActorlensApp(Library([SEEDS]), ner=False), terminal_size=(80, 24), run_before=ready)

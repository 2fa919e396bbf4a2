"""Every dialog fits 80x24: every field and hint inside its box, the box above its own footer, the
footer showing the dialog's keys (not the main screen's), and tab only ever reaching visible fields."""

from __future__ import annotations

from textual.binding import Binding
from textual.geometry import Region

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.dialog_steps import DIALOGS, with_a_tagged_note
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.dialogs.base import Dialog
from tui.widgets.key_footer import KeyFooter

SIZE = (80, 24)


def check_fits(dialog: Dialog, name: str) -> None:
    screen = Region(0, 0, *SIZE)
    box = dialog.query_one(".dialog").region
    footer = dialog.query_one(KeyFooter).region
    assert screen.contains_region(box), (name, box)
    assert footer.y == SIZE[1] - 1 and box.bottom <= footer.y, (name, box, footer)
    inside = box.shrink((1, 1, 1, 1))  # within the border
    for widget in dialog.query(".dialog *"):
        if not widget.display or widget.has_class("error") and not str(widget.render()).strip():
            continue
        if widget.parent is not None and not widget.parent.has_class("dialog") and not widget.parent.has_class("row"):
            continue  # parts of a field (a radio button in its set): the field is checked
        assert widget.region.area > 0 and inside.contains_region(widget.region), (name, widget, widget.region, box)
    shown = set(dialog.query_one(KeyFooter).descriptions())
    own = {b.description for b in type(dialog).BINDINGS if isinstance(b, Binding) and b.show and b.description}
    assert own and own <= shown, (name, own, shown)
    assert not shown & {"Filter", "Note ¶", "Next pane", "Quit"}, (name, shown)  # none of the main screen's


async def test_every_dialog_fits_80x24_with_its_keys_in_its_footer():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_ready(pilot, 5)
        await with_a_tagged_note(pilot)
        for name, keys in DIALOGS.items():
            await pilot.press(*keys)
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, Dialog), name
            check_fits(dialog, name)
            box = dialog.query_one(".dialog").region.shrink((1, 1, 1, 1))
            for _ in range(6):  # tab never moves to a field out of sight
                await pilot.press("tab")
                focused = dialog.focused
                assert focused is None or box.contains_region(focused.region), (name, focused)  # None: no fields
            while isinstance(app.screen, Dialog):  # close it without saving anything
                await pilot.press("escape")
                await pilot.pause()
                if app.screen.__class__.__name__ == "UnsavedNote":
                    await pilot.press("d")
                    await pilot.pause()
            await pilot.press("escape")  # back to the reader's keys (leaves the notes panel)
            app.main_screen.reader.focus()
            await pilot.pause()

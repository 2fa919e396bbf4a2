"""A dialog's translucent backdrop (the main screen beneath, tinted) is drawn once as the dialog opens, and
again whenever the screen beneath changes or the terminal is resized (tui/dialogs/backdrop.py)."""

from __future__ import annotations

from textual.geometry import Size

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import screen_text, wait_ready
from tui.app import ActorlensApp
from tui.dialogs import backdrop
from tui.dialogs.notes import TagEditor


async def test_the_backdrop_is_drawn_once_and_again_when_the_screen_beneath_changes(monkeypatch):
    drawn: list[tuple[int, int | None]] = []  # the backdrop drawn (not taken from what was kept)
    calls: list[int] = []  # the dialog's screen drawn
    forgotten: list[int] = []  # the screen beneath changed (Textual refreshed those regions of the dialog)
    lines, forget = backdrop.Backdrop.lines, backdrop.Backdrop.forget

    def counting(self, console, options, renderable):  # type: ignore[no-untyped-def]
        calls.append(1)
        if self._lines is None or self._size != (options.max_width, options.height):
            drawn.append((options.max_width, options.height))
        return lines(self, console, options, renderable)

    def forgetting(self):  # type: ignore[no-untyped-def]
        forgotten.append(1)
        forget(self)

    monkeypatch.setattr(backdrop.Backdrop, "lines", counting)
    monkeypatch.setattr(backdrop.Backdrop, "forget", forgetting)
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        for _ in range(100):  # the open document analysed, its highlights and legend shown: a still screen beneath
            await pilot.pause(0.05)
            if not any(worker.is_running for worker in app.workers):
                break
        await pilot.pause(0.5)
        await pilot.press("t")
        await pilot.pause(0.3)
        assert isinstance(app.screen, TagEditor)
        assert set(drawn) == {(120, 40)}
        assert calls  # the dialog's screen drawn (once: tui/dialogs/base.py draws a layout and a repaint together)
        assert len(drawn) <= 1 + len(forgotten)  # its backdrop drawn again only when the screen beneath changed
        drawn.clear()
        assert "Documents (5)" in screen_text(app)  # the main screen shows beneath

        app.main_screen.reader.border_title = "Set beneath"
        await pilot.pause(0.2)
        assert "Set beneath" in screen_text(app)
        assert drawn  # drawn again: the screen beneath changed

        await pilot.resize_terminal(100, 30)
        await pilot.pause(0.3)
        assert app.main_screen._compositor.size == Size(100, 30)  # the screen beneath laid out at the new size
        assert drawn[-1] == (100, 30)
        assert "Set beneath" in screen_text(app)
        assert app.screen.has_class("-short") and not app.screen.has_class("-tall")  # its breakpoints follow
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert app.screen is app.main_screen

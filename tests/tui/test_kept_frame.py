"""The main screen keeps its whole frame while help or a dialog covers it (tui/screens/kept_frame.py): coming
back draws that frame, not every widget; a change made beneath in the meantime is shown, never a stale frame;
and a covered screen no longer makes the screen on top draw itself again and again."""

from __future__ import annotations

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import screen_text, wait_ready, wait_until
from tui.app import ActorlensApp
from tui.dialogs.notes import TagEditor
from tui.screens import kept_frame
from tui.screens.help import HelpScreen
from tui.widgets.document_list import DocumentList


async def quiet_app(pilot) -> ActorlensApp:  # type: ignore[no-untyped-def]
    app = pilot.app
    await wait_ready(pilot, 5)
    await wait_until(pilot, lambda: not any(worker.is_running for worker in app.workers))
    await pilot.pause(1.5)  # the help screen made ready in its thread (tui/app.py)
    return app


def count_frames(app: ActorlensApp) -> list[str]:
    """The frames the app sends to the terminal from now on (the screen's class name for each)."""
    frames: list[str] = []
    display = app._display

    def counting(screen, renderable):  # type: ignore[no-untyped-def]
        if renderable is not None:
            frames.append(type(screen).__name__)
        return display(screen, renderable)

    app._display = counting  # type: ignore[method-assign]
    return frames


def record_kept(monkeypatch) -> list[bool]:  # type: ignore[no-untyped-def]
    """Each full update of the main screen from now on: drawn from its kept frame (True) or not."""
    kept: list[bool] = []
    full = kept_frame._KeepingCompositor.render_full_update

    def recording(self, simplify=False):  # type: ignore[no-untyped-def]
        kept.append(not simplify and self._screen._good_frame() is not None)
        return full(self, simplify)

    monkeypatch.setattr(kept_frame._KeepingCompositor, "render_full_update", recording)
    return kept


async def test_escape_closing_help_draws_the_kept_frame_of_the_main_screen(monkeypatch):
    kept = record_kept(monkeypatch)
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await quiet_app(pilot)
        before = screen_text(app)
        help_text = None
        for i in range(3):
            await pilot.press("question_mark")
            await pilot.pause(0.3)
            assert isinstance(app.screen, HelpScreen)
            help_text = help_text or screen_text(app)
            assert screen_text(app) == help_text  # help keeps its frame too: the same each time
            if i == 1:  # scrolled when it closes: it opens at the top again, as it looked the first time
                await pilot.press("G")
                await pilot.pause(0.2)
                assert screen_text(app) != help_text
            kept.clear()
            await pilot.press("escape")
            await pilot.pause(0.3)
            assert app.screen is app.main_screen
            assert kept and all(kept)  # every full update after escape was the kept frame
            assert screen_text(app) == before


async def test_a_change_beneath_help_is_shown_when_it_closes(monkeypatch):
    kept = record_kept(monkeypatch)
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await quiet_app(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.3)
        app.main_screen.reader.border_title = "Changed beneath help"
        app.main_screen.query_one(DocumentList).border_title = "Also changed"
        await pilot.pause(0.2)
        assert "Changed beneath help" not in screen_text(app)  # help is opaque
        kept.clear()
        await pilot.press("escape")
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "Changed beneath help" in text and "Also changed" in text
        assert kept and all(kept)  # the kept frame, its changed lines drawn again
        await pilot.resize_terminal(100, 30)  # a new size: the kept frame is not that of the screen now
        await pilot.pause(0.3)
        await pilot.press("question_mark")
        await pilot.pause(0.3)
        await pilot.resize_terminal(120, 40)
        await pilot.pause(0.3)
        await pilot.press("escape")
        await pilot.pause(0.3)
        text = screen_text(app)
        assert len(text.splitlines()) >= 40 and "Changed beneath help" in text


async def test_nothing_is_drawn_while_help_or_a_dialog_waits_for_a_key():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await quiet_app(pilot)
        await pilot.press("question_mark")
        await pilot.pause(0.5)
        frames = count_frames(app)
        await pilot.pause(1.0)  # the main screen beneath handles its timers meanwhile
        assert frames == []  # before: the whole help screen again at each of them
        await pilot.press("escape", "t")
        await pilot.pause(0.5)
        assert isinstance(app.screen, TagEditor)
        for field in app.screen.query("Input"):
            field.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause(0.2)
        frames.clear()
        await pilot.pause(1.0)
        assert frames == []  # before: the dialog and its backdrop again, several times a second

"""The footer takes new keys when the keys it shows change, not each time the main screen comes back from
help; help is built once and shown again (tests/bench/bench_e2e.py measures `?` and `escape`)."""

from __future__ import annotations

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import screen_text, wait_ready
from tui.app import ActorlensApp
from tui.screens.help import HelpScreen
from tui.widgets.key_footer import FooterItem, KeyFooter


def footer_keys(app) -> tuple[FooterItem, ...]:
    return app.main_screen.query_one(KeyFooter).items


async def test_closing_help_keeps_the_footer_and_a_focus_change_updates_it():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.pause(0.2)
        before = footer_keys(app)
        assert before and "Read" in {key.description for key in before}
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert app.screen is app.main_screen
        assert footer_keys(app) is before  # the same keys: nothing was taken again, nothing drawn
        await pilot.press("tab")  # the reader: other keys
        await pilot.pause(0.2)
        after = footer_keys(app)
        assert after != before
        assert "Next ¶" in {key.description for key in after}
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen is help_screen  # built once
        text = screen_text(app)
        assert "app.quit" in text and "main.filter" in text  # drawn again from its kept lines

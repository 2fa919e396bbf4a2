"""The document list keeps the lines it drew across focus changes (escape closing the filter, `/`, tab), and
draws them anew when the look changes (another theme)."""

from __future__ import annotations

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import screen_text, wait_ready
from tui.app import ActorlensApp
from tui.widgets.document_list import DocumentList


async def test_a_focus_change_draws_no_entry_again_but_a_theme_does() -> None:
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        documents = app.screen.query_one(DocumentList)
        drawn: list[int] = []
        draw = documents._entry_line

        def counting(summary, row, *args):  # type: ignore[no-untyped-def]
            drawn.append(summary.index)
            return draw(summary, row, *args)

        documents._entry_line = counting  # type: ignore[method-assign]
        # the reader: the list's highlighted entry in its blurred look, and read now (entering the reader
        # marks it read): new lines for it, the same for the others
        await pilot.press("tab")
        await pilot.pause()
        assert documents.has_focus is False
        assert set(drawn) <= {documents.highlighted_document()}  # the other entries look the same
        drawn.clear()
        before = screen_text(app)
        await pilot.press("d")  # the list again: only the highlighted entry looks different
        await pilot.pause()
        assert documents.has_focus and set(drawn) <= {documents.highlighted_document()}
        assert "Documents (5)" in screen_text(app) and screen_text(app) != before  # the frame lit up
        app.theme = "textual-light" if app.current_theme.dark else "textual-dark"
        await pilot.pause()
        await pilot.pause()
        assert len(set(drawn)) == documents.count  # another look: every entry shown drawn anew

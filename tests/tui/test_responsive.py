"""Keys stay cheap: a held `j` opens one document, once the cursor settles; the legend and the footer
change in place (tests/bench/key_cpu.py and bench_e2e.py measure what this buys)."""

from __future__ import annotations

from textual import events

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.settle import DELAY
from tui.widgets.key_footer import KeyFooter


def _corpus(tmp_path, count: int):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(count):
        (folder / f"doc{i:02}.txt").write_text(
            f"Report number {i}\n\nPutin met Erdogan in Sochi on day {i}, and NATO said nothing about it.\n"
        )
    return folder


async def test_a_held_key_moves_the_cursor_at_once_and_opens_only_where_it_stops(tmp_path):
    app = ActorlensApp(Library([_corpus(tmp_path, 12)]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 12)
        screen = app.main_screen
        opened: list[int] = []
        real_open = screen.open_document

        def counting_open(index: int, **kwargs) -> None:  # type: ignore[no-untyped-def]
            opened.append(index)
            real_open(index, **kwargs)

        screen.open_document = counting_open  # type: ignore[method-assign]
        documents = screen.sidebar.documents
        for _ in range(6):  # six presses queued at once, as a held key's repeats arrive while the app works
            app.post_message(events.Key("j", "j"))
        await pilot.pause()
        assert documents.highlighted == 6  # the cursor went all the way without waiting for any document
        assert opened == [6] == [documents.highlighted_document()]  # once, where the cursor stopped
        await pilot.pause(DELAY * 3)
        assert opened == [6]  # and nothing later for the positions it passed
        assert screen.reader.document is not None and screen.reader.document.title == "Report number 6"
        await pilot.press("j")  # a lone press after a pause opens right after the cursor's frame
        await pilot.pause()
        await pilot.pause()
        assert opened[-1] == 7 and screen.reader.document.title == "Report number 7"


async def test_a_move_with_other_keys_behind_it_still_opens_its_document(tmp_path):
    app = ActorlensApp(Library([_corpus(tmp_path, 4)]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 4)
        app.post_message(events.Key("j", "j"))
        app.post_message(events.Key("tab", None))  # waiting while the move is handled: not a move itself
        screen = app.main_screen
        for _ in range(100):
            await pilot.pause(DELAY)
            if screen.shown == 1:
                break
        assert screen.reader.has_focus
        assert screen.shown == 1 and screen.reader.document.title == "Report number 1"


async def test_enter_opens_the_highlighted_document_at_once():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("j", "j", "enter")
        screen = app.main_screen
        assert screen.shown == screen.sidebar.documents.highlighted_document()
        assert screen.reader.has_focus


async def test_the_legend_changes_in_place_and_shows_each_documents_actors():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        legend = app.main_screen.side.legend

        def shown() -> list[str]:
            return [str(legend.get_option_at_index(i).prompt) for i in range(legend.option_count)]

        first = shown()
        assert first and legend.option_count == len(legend.entries)
        names = [e.name for e in legend.entries]
        assert all(name in line for name, line in zip(names, first, strict=True))
        for _ in range(3):
            await pilot.press("j")
            await pilot.pause(DELAY * 3)
            await wait_ready(pilot, 5)
            lines = shown()
            assert legend.option_count == len(legend.entries) == len(lines)
            assert all(e.name in line for e, line in zip(legend.entries, lines, strict=True))
        for _ in range(3):
            await pilot.press("k")
            await pilot.pause(DELAY * 3)
        await wait_ready(pilot, 5)
        assert shown() == first  # back on the first document: the same lines as when it was first shown
        await pilot.press("c")  # the colour mode: every line drawn again, the same actors
        await pilot.pause()
        assert [str(legend.get_option_at_index(i).prompt) for i in range(legend.option_count)] == first


async def test_the_footer_takes_other_keys_in_place_when_the_filter_opens_and_closes():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.pause(0.2)
        footer = app.main_screen.query_one(KeyFooter)
        descriptions = footer.descriptions()
        assert "Read" in descriptions
        await pilot.press("slash")
        await pilot.pause(0.2)
        assert "Read" not in footer.descriptions()  # the filter's keys, not the list's
        await pilot.press("escape")
        await pilot.pause(0.2)
        assert footer.descriptions() == descriptions
        assert not footer.children  # one line, one widget: nothing mounted for the keys
        assert descriptions[:2] == ["Help", "Quit"]  # still first
        assert "Help" in _footer_line(app) and "Read" in _footer_line(app)


def _footer_line(app) -> str:
    return "".join(segment.text for segment in app.screen._compositor.render_strips()[-1])

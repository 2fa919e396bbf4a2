"""Corpus search (S) over the full-text index: words AND, folding, the opened hit highlighted with n/N,
the last query kept, the query history, and the index following the files."""

from __future__ import annotations

import os
from pathlib import Path

from store.corpus.library import Library
from store.corpus.search_index import fold
from tests.conftest import SEEDS
from tests.tui.helpers import busy, reader_lines, wait_ready
from tui.app import ActorlensApp
from tui.counts import counted
from tui.screens.main import MainScreen
from tui.screens.search import SearchScreen
from tui.widgets.reader import Reader


def make_app(paths: list[Path] | None = None) -> ActorlensApp:
    return ActorlensApp(Library(paths or [SEEDS]))


def status(app: ActorlensApp) -> str:
    return str(app.screen.query_one("#search-status").render())


async def settled(pilot, expect: str = "passage") -> SearchScreen:  # type: ignore[no-untyped-def]
    """Wait until the search screen shows results (or says none) and nothing is being indexed."""
    app = pilot.app
    for _ in range(300):
        await pilot.pause(0.02)
        screen = app.screen
        if isinstance(screen, SearchScreen) and expect in status(app) and "index" not in status(app):
            if not busy(app):
                return screen
    raise AssertionError(f"search did not settle: {status(app)!r}")


async def search_for(pilot, query: str, expect: str = "passage") -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("S")
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    search_input = screen.query_one("#search-input")
    search_input.value = ""
    await pilot.press(*query)
    return await settled(pilot, expect)


def block_texts(app: ActorlensApp, screen: SearchScreen) -> list[str]:
    library = next(s for s in app.screen_stack if isinstance(s, MainScreen)).library
    return [library.document(t.doc_index).blocks[t.block].text if t.block >= 0 else "" for t in screen._targets]


async def test_several_words_are_all_required_in_any_order() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        screen = await search_for(pilot, "erdogan putin")
        texts = [fold(t) for t in block_texts(app, screen) if t]
        assert texts, status(app)
        assert all("putin" in t and "erdogan" in t for t in texts)
        assert status(app).startswith(f"{counted(len(screen._targets), 'passage')} in ")


async def test_an_unaccented_word_finds_the_accented_spelling(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Talks in Ankara\n\nPresident Recep Tayyip Erdoğan received the delegation on Monday.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Weather\n\nRain is expected over the capital all week.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 2)
        screen = await search_for(pilot, "Erdogan")
        assert status(app) == "1 passage in 1 document"
        prompt = screen.results.get_option_at_index(0).prompt
        assert "Erdoğan" in str(prompt)


async def test_the_opened_hit_highlights_the_words_and_n_steps_through_them() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        screen = await search_for(pilot, "erdogan putin")
        position = next(i for i, t in enumerate(screen._targets) if t.block >= 0)  # not a title
        target = screen._targets[position]
        await pilot.press("enter", *["down"] * position, "enter")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)
        reader = app.screen.query_one(Reader)
        assert reader.has_focus and reader.find_words
        assert reader.cursor == target.block
        words = {fold(reader.document.blocks[m.block].text[m.start : m.end]) for m in reader.matches}
        assert words == {"putin", "erdogan"}  # "Erdoğan" and "Erdogan" fold together
        first = reader.match_index
        assert first is not None and reader.matches[first].block == reader.cursor
        assert f"{first + 1}/{len(reader.matches)}" in str(reader.border_subtitle)
        await pilot.press("n")
        assert reader.match_index == first + 1
        await pilot.press("N", "N")
        assert reader.match_index == (first - 1) % len(reader.matches)
        current = reader.matches[reader.match_index]
        shown = reader.document.blocks[current.block].text[current.start : current.end]
        assert any(shown in line for line in reader_lines(reader))
        opened = reader.document.id
        await pilot.press("right_square_bracket")  # another document: its own count of the words
        await pilot.pause()
        assert reader.document.id != opened and reader.find_words
        count = len(reader.matches)
        assert str(reader.border_subtitle) == f"“erdogan putin” {count if count else 'none'} · n/N"


async def test_S_again_shows_the_last_query_its_results_and_the_chosen_one() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        screen = await search_for(pilot, "kremlin")
        count = len(screen._targets)
        assert count > 2
        await pilot.press("enter", "down", "down", "escape")
        assert not isinstance(app.screen, SearchScreen)
        await pilot.press("S")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert screen.query_one("#search-input").value == "kremlin"
        assert screen.results.option_count == count  # shown at once, not searched again
        assert screen.results.highlighted == 2


async def test_up_and_down_recall_earlier_queries_across_runs() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await search_for(pilot, "pskov")
        await pilot.press("escape")
        await search_for(pilot, "wagner")
        await pilot.press("escape")
    app = make_app()  # a new run: the history is on disk
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("S")
        field = app.screen.query_one("#search-input")
        await pilot.press(*"luka")
        await pilot.press("up")
        assert field.value == "wagner"
        await pilot.press("up")
        assert field.value == "pskov"
        await pilot.press("up")
        assert field.value == "pskov"  # the oldest
        await pilot.press("down", "down")
        assert field.value == "luka"  # back to what was being typed
        await pilot.press("up", "enter")
        await settled(pilot)
        assert " passage" in status(app)


async def test_the_index_follows_a_file_edited_on_disk(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("Harbour news\n\nShips arrived in the harbour at dawn.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Mountain news\n\nSnow closed the pass.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 2)
        await search_for(pilot, "zanzibar", expect="No passage")
        await pilot.press("escape")
        first.write_text("Harbour news\n\nShips from Zanzibar arrived in the harbour at dawn.\n", encoding="utf-8")
        stat = first.stat()
        os.utime(first, ns=(stat.st_atime_ns, stat.st_mtime_ns + 3_000_000_000))
        await pilot.press("S")  # opening the search looks at the files again
        screen = await settled(pilot)
        assert status(app) == "1 passage in 1 document"
        assert "Zanzibar" in str(screen.results.get_option_at_index(0).prompt)


async def test_while_another_app_indexes_the_search_says_so_and_fills_in_after(tmp_path: Path) -> None:
    from store.corpus.search_index import SearchIndex
    from store.versions import CLEANER_VERSION

    (tmp_path / "a.txt").write_text("Harbour news\n\nShips arrived in the harbour at dawn.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Mountain news\n\nSnow closed the pass.\n", encoding="utf-8")
    library = Library([tmp_path])
    lock = SearchIndex.for_roots(library.roots, CLEANER_VERSION).writer_lock()
    lock.acquire()  # "another actorlens" is writing this corpus's index
    try:
        app = ActorlensApp(library)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_ready(pilot, 2, idle=False)
            await pilot.press("S", *"harbour")
            for _ in range(200):
                await pilot.pause(0.02)
                if "another actorlens is indexing: 0/2" in status(app):
                    break
            assert status(app) == "No passage matches. · another actorlens is indexing: 0/2"
            lock.release()
            screen = await settled(pilot)  # searched again as the index fills, nothing typed
            assert status(app) == "2 passages in 1 document"  # the title and the paragraph
            assert "Harbour" in str(screen.results.get_option_at_index(0).prompt)
    finally:
        if lock.is_locked:
            lock.release()


def test_the_summary_says_when_more_passages_match_than_are_shown() -> None:
    from store.corpus.search_index import Found, Hit, Query
    from tui.screens.search import found_summary

    hits = tuple(Hit(f"/c/{n}.txt", "T", 0, "Putin", ((0, 5),), -1.0) for n in range(2))
    assert found_summary(Found(Query.parse("putin"), hits, total=2), 2) == "2 passages in 2 documents"
    capped = found_summary(Found(Query.parse("putin"), hits, total=5312), 2)
    assert capped == "2 passages in 2 documents, the best of 5,312 matching passages"

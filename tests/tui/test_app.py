"""The app through the Pilot: list, select, scroll, focus, quit; markup shown literally."""

from __future__ import annotations

import pytest

from store.corpus.library import Library
from tests.conftest import SEEDS
from tests.tui.helpers import reader_lines, screen_text, wait_ready, wait_until
from tui.app import ActorlensApp
from tui.widgets.document_list import DocumentList
from tui.widgets.reader import Reader


@pytest.fixture
def app() -> ActorlensApp:
    return ActorlensApp(Library([SEEDS]))


async def test_sidebar_lists_every_document_and_opens_the_first(app):
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_ready(pilot, 5)
        documents = app.screen.query_one(DocumentList)
        assert documents.count == 5
        assert documents.has_focus
        reader = app.screen.query_one(Reader)
        assert reader.document.title.startswith("Putin and Erdogan measure")
        text = screen_text(app)
        assert "Documents (5)" in text
        assert "2020-12-03 · Augusts Augustiņš" in text
        assert "Byline Times" in text


async def test_arrow_keys_and_j_k_move_in_the_list_and_open_documents(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        reader = app.screen.query_one(Reader)
        await pilot.press("down")
        assert reader.document.title is None and reader.document.display_title.startswith("The sanctions")
        await pilot.press("j", "j")
        assert reader.document.title.startswith("The conflict between Armenia and Azerbaijan")
        await pilot.press("k")
        assert reader.document.display_title.startswith("As it happens")
        await pilot.press("G")
        assert reader.document.author == "Kseniya Kirillova"


async def test_tab_moves_to_the_reader_and_keys_scroll_and_move_the_cursor(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 5)
        reader = app.screen.query_one(Reader)
        await pilot.press("tab")
        assert reader.has_focus
        assert reader.cursor == 0
        await pilot.press("j", "j")
        assert reader.cursor == 2
        await pilot.press("k")
        assert reader.cursor == 1
        top = reader.scroll_offset.y
        await pilot.press("space")
        await pilot.pause()
        assert reader.scroll_offset.y > top
        await pilot.press("G")
        await pilot.pause()
        assert reader.cursor == reader.block_count - 1
        assert reader.scroll_offset.y == reader.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert reader.scroll_offset.y == 0 and reader.cursor == 0
        await pilot.press("shift+tab")
        assert app.screen.query_one(DocumentList).has_focus


async def test_enter_in_the_list_focuses_the_reader(app):
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("j", "enter")
        assert app.screen.query_one(Reader).has_focus


async def test_comments_are_set_apart(app):
    async with app.run_test(size=(160, 70)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("j", "tab", "G")
        await pilot.pause()
        lines = reader_lines(app.screen.query_one(Reader))
        joined = "\n".join(lines)
        assert "Reader comments (5)" in joined
        assert any(line.lstrip("▌ ").startswith("│ Excellent analysis") for line in lines)


async def test_q_quits(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_document_text_is_never_markup(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Title with [bold]tags[/bold] and [/]\n\n"
        "Body [link=https://evil.example]click[/link] and [[personal profile]] and [red]x[/red] stay literal here.\n"
    )
    app = ActorlensApp(Library([tmp_path]))
    async with app.run_test(size=(200, 30)) as pilot:
        await wait_ready(pilot, 1)
        text = screen_text(app)
        assert "Title with [bold]tags[/bold] and [/]" in text
        assert "[link=https://evil.example]click[/link] and [[personal profile]]" in text


async def test_bad_files_are_reported_and_the_others_still_open(tmp_path):
    (tmp_path / "good.txt").write_text("A good article\n\nIt has a paragraph of text that is long enough to read.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    app = ActorlensApp(Library([tmp_path]))
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_ready(pilot, 1)
        assert app.screen.query_one(DocumentList).count == 1
        notices = [n.message for n in app._notifications]
        assert any("binary.txt: binary file" in m and "empty.txt: empty file" in m for m in notices)


async def test_a_huge_document_opens_and_scrolls_to_the_end(tmp_path):
    paragraph = "Moscow and Ankara talked again about the truce in the Caucasus region. " * 10
    text = "Huge report\n\n" + "\n\n".join(f"{i}. {paragraph}" for i in range(20000))
    (tmp_path / "huge.txt").write_text(text)
    app = ActorlensApp(Library([tmp_path]))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 1, idle=False)
        reader = app.screen.query_one(Reader)
        assert reader.block_count == 20000
        shown = lambda: "\n".join(reader_lines(reader))  # noqa: E731
        # laid out in a worker ("Laying out a large document…" meanwhile): a loaded machine takes longer
        await wait_until(pilot, lambda: "0. Moscow and Ankara" in shown())
        assert "0. Moscow and Ankara" in shown()
        reader.focus()
        await pilot.press("G")
        await wait_until(pilot, lambda: "19999. Moscow and Ankara" in shown())
        assert "19999. Moscow and Ankara" in shown()


def test_wrap_offsets_cover_the_text_and_respect_the_width():
    from rich.cells import cell_len

    from tui.widgets.reader import wrap_offsets

    samples = [
        "The Kremlin said Moscow would talk to Ankara. " * 5,
        "averyveryverylongwordwithoutanyspacesatallthatmustbefolded" * 2,
        "Line one\nline two that is a bit longer than the width here",
        "Wide: 東京 and 北京 talk; emoji 🙂🙂 too, and Erdoğan’s words.",
        "",
    ]
    for text in samples:
        for width in (7, 20, 33):
            lines = wrap_offsets(text, width)
            for start, end in lines:
                assert cell_len(text[start:end].rstrip()) <= width
            # every non-space character is on exactly one line, in order
            rebuilt = "".join(text[start:end] for start, end in lines)
            assert rebuilt.replace(" ", "") == text.replace("\n", "").replace(" ", "")


async def test_after_a_start_without_the_garbage_collector_the_first_frame_turns_it_back_on(app):
    # tui.cli starts the app with the cyclic collector off (start-up objects are long-lived); the app
    # freezes what start-up made and turns it back on once the first frame is shown.
    import gc

    gc.disable()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_ready(pilot, 5)
            assert gc.isenabled()
            assert gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()

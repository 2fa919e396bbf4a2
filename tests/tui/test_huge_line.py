"""A document that is one huge line (issue 11): it opens without freezing the screen, answers keys while
it is read, and is analysed once (the corpus analysis does not analyse again what the open document's
analysis did). Sizes are kept small enough for the suite; tests/bench/bench_long_paragraph.py times
the 50 MB case."""

from __future__ import annotations

import threading

import pytest

from store.actors.analysis import Analyzer
from store.corpus.library import Library
from tests.tui.helpers import wait_ready
from tui.app import ActorlensApp
from tui.messages import AnalysisProgress
from tui.screens.help import HelpScreen
from tui.widgets.reader import Reader

pytestmark = pytest.mark.timeout(300)

SENTENCE = "In dispatch {n}, Vladimir Putin met Recep Erdogan in Moscow to talk about Baku and Yerevan. "


def huge_line(path, size: int) -> str:
    """One line of about ``size`` characters, unique sentences (the cleaner drops repeated lines)."""
    parts, total, n = [], 0, 0
    while total < size:
        parts.append(SENTENCE.format(n=n))
        total += len(parts[-1])
        n += 1
    line = "".join(parts)
    path.write_text("A huge single line\n\n" + line + "\n", encoding="utf-8")
    return line


def shown_text(reader: Reader) -> str:
    """The words on the reader's screen, the gutter left out, lines joined."""
    lines = (reader.render_line(y).text[3:] for y in range(reader.size.height))
    return " ".join(" ".join(lines).split())


async def test_a_multi_megabyte_line_opens_shows_its_first_words_and_answers_keys(tmp_path):
    huge_line(tmp_path / "huge.txt", 2_500_000)
    app = ActorlensApp(Library([tmp_path], summary_cache=False, document_cache=False), ner=False)
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.screen.query_one(Reader)
        for _ in range(3000):
            await pilot.pause(0.02)
            if "In dispatch 0, Vladimir Putin met" in shown_text(reader):
                break
        assert "In dispatch 0, Vladimir Putin met" in shown_text(reader)
        assert "A huge single line" in shown_text(reader)
        reader.focus()
        await pilot.pause()
        top = reader.scroll_offset.y
        await pilot.press("j")  # inside a paragraph longer than the screen: j reads on
        await pilot.pause()
        assert reader.scroll_offset.y > top
        assert "In dispatch 0, Vladimir" not in shown_text(reader)
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running


async def test_keys_are_answered_while_a_huge_file_is_read_and_q_quits_at_once(tmp_path, monkeypatch):
    """The file's reading is held until the test lets it go: help opens and closes, and q quits, while the
    document is still being read (what runs on the screen's thread never waits for it)."""
    huge_line(tmp_path / "huge.txt", 600_000)  # over SLOW_BYTES: read in a worker
    release = threading.Event()
    original = Library.document

    def held(self, index, **kwargs):
        release.wait(30)
        return original(self, index, **kwargs)

    monkeypatch.setattr(Library, "document", held)
    app = ActorlensApp(Library([tmp_path], summary_cache=False, document_cache=False), ner=False)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            reader = app.screen.query_one(Reader)
            await pilot.pause()
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert not isinstance(app.screen, HelpScreen)
            await pilot.press("j")
            assert reader.document is None  # still being read: the keys did not wait for it
            await pilot.press("q")
            await pilot.pause()
            assert not release.is_set()
    finally:
        release.set()
    assert not app.is_running


async def test_the_open_document_is_analysed_once(tmp_path, monkeypatch):
    huge_line(tmp_path / "huge.txt", 60_000)
    (tmp_path / "small.txt").write_text("A small one\n\nPutin spoke in Moscow about Ankara and the Kremlin.\n")
    analysed: list[str] = []
    original = Analyzer.analyze_many

    def counting(self, docs, *args, **kwargs):
        docs = list(docs)
        analysed.extend(doc.path for doc in docs)
        return original(self, docs, *args, **kwargs)

    monkeypatch.setattr(Analyzer, "analyze_many", counting)
    messages = []
    app = ActorlensApp(Library([tmp_path], summary_cache=False, document_cache=False), ner=False)
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await wait_ready(pilot, 2)
        for _ in range(1000):
            await pilot.pause(0.02)
            progress = [m for m in messages if isinstance(m, AnalysisProgress)]
            if progress and progress[-1].done == progress[-1].total:
                break
        assert progress[-1].done == progress[-1].total == 2
        doc = app.screen.query_one(Reader).document
        assert doc.title == "A huge single line"
        assert any(m.actor_id == "vladimir-putin" for m in doc.blocks[0].mentions)
    assert sum(path.endswith("huge.txt") for path in analysed) == 1, analysed
    assert sum(path.endswith("small.txt") for path in analysed) == 1, analysed


async def test_a_long_block_shows_at_once_and_its_highlights_are_laid_out_in_a_thread(tmp_path, monkeypatch):
    import dataclasses

    import tui.widgets.reader as reader_module
    from store.model import Block

    monkeypatch.setattr(reader_module, "ASYNC_CHARS", 200_000)
    monkeypatch.setattr(reader_module, "ASYNC_STYLED_CHARS", 1_000)
    huge_line(tmp_path / "long.txt", 30_000)
    app = ActorlensApp(Library([tmp_path], summary_cache=False, document_cache=False), ner=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_ready(pilot, 1)
        reader = app.screen.query_one(Reader)
        for _ in range(500):
            await pilot.pause(0.02)
            if reader.document.blocks[0].mentions and not any(w.is_running for w in app.workers):
                break
        analysed = reader.document
        assert analysed.blocks[0].mentions
        plain = dataclasses.replace(
            analysed, title_mentions=(), blocks=tuple(Block(b.kind, b.text) for b in analysed.blocks)
        )

        def spans() -> int:
            return sum(len(unit.text.spans) for unit in reader._units if unit.block is not None)

        reader.show_document(plain)  # no spans to place: laid out at once, on the screen's thread
        assert reader._units[0].kind == "title" and spans() == 0
        reader.show_document(analysed)  # its highlights: in a thread, the plain text shown meanwhile
        assert reader._units[0].kind == "title" and spans() == 0
        for _ in range(500):
            await pilot.pause(0.02)
            if spans():
                break
        assert spans() >= len(analysed.blocks[0].mentions)

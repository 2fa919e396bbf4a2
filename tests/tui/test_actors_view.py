"""The corpus actors view (w): table, sort, filter, selection, company, passages, and the way back to the
reader (enter opens the passage, a writes a note on it); snapshots at 80x24 and 120x40."""

from __future__ import annotations

import pytest
from textual.app import App

from store.actors.analysis import Analyzer
from store.actors.corpus_stats import CorpusActors
from store.actors.doc_actors import doc_actors
from store.cache import AnalysisCache
from store.corpus.library import Library
from store.notebook.notebook import Notebook
from tests.conftest import SEEDS
from tests.tui.helpers import busy, screen_text, wait_ready
from tui.app import ActorlensApp
from tui.screens import actors_view
from tui.screens.actors_view import CorpusActorsScreen
from tui.widgets.actor_table import ActorTable
from tui.widgets.document_list import DocumentList
from tui.widgets.passage_list import PassageList
from tui.widgets.reader import Reader


def expected_corpus() -> CorpusActors:
    """The same figures, worked out here from a fresh analysis of the bundled corpus."""
    analyzer = Analyzer(ner=False, cache=False)
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    docs = analyzer.analyze_many(library.document(i) for i in range(len(library)))
    RECORDS.update({d.id: doc_actors(d) for d in docs})
    return CorpusActors.from_records([doc_actors(d) for d in docs], analyzer.actors)


RECORDS = {}


async def open_view(pilot, documents: int = 5) -> CorpusActorsScreen:
    await wait_ready(pilot, 5)
    await pilot.press("w")
    return await settled(pilot, documents)


async def settled(pilot, documents: int = 5) -> CorpusActorsScreen:
    app = pilot.app
    for _ in range(500):
        await pilot.pause(0.02)
        screen = app.screen
        if (
            isinstance(screen, CorpusActorsScreen)
            and screen.corpus is not None
            and screen.corpus.documents == documents
            and not busy(app)
        ):
            await pilot.pause()
            return screen
    raise AssertionError("the actors view did not fill in")


def ids(table: ActorTable) -> list[str]:
    return [r.actor_id for r in table.rows_shown]


async def test_table_lists_every_actor_with_the_corpus_figures():
    expected = expected_corpus()
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        table = screen.query_one(ActorTable)
        assert table.rows_shown == expected.rows  # mentions, documents, first and last date of each actor
        assert table.row_count == len(expected.rows)
        assert ids(table)[0] == "russia"
        assert screen.actor_id == "russia"  # the first row is selected
        text = screen_text(app)
        assert f"Actors ({len(expected.rows)})" in text and "5 documents" in text
        assert "Named with Russia" in text and "Passages: Russia (61)" in text  # 60 in the body, 1 in a title
        assert "4 undated docs not drawn" in text  # the bundled corpus has one dated article
        assert str(screen.query_one("#actors-time-box").border_subtitle).endswith("peak 11 in 2020-12 · 2020-12")


async def test_sort_by_any_column_and_reverse():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        table = screen.query_one(ActorTable)
        rows = list(table.rows_shown)
        await pilot.press("s")  # mentions -> documents (most first)
        assert table.sort_column == "documents"
        docs = [r.documents for r in table.rows_shown]
        assert docs == sorted(docs, reverse=True)
        await pilot.press("r")
        assert [r.documents for r in table.rows_shown] == sorted(docs)
        await pilot.press("s", "s")  # -> affiliation -> first date (earliest first, undated last)
        assert table.sort_column == "first"
        firsts = [r.first for r in table.rows_shown]
        dated = [f for f in firsts if f]
        assert dated == sorted(dated) and firsts == dated + [None] * (len(firsts) - len(dated))
        await pilot.press("s", "s")  # -> last date -> kind
        assert table.sort_column == "kind"
        kinds = [r.kind for r in table.rows_shown]
        assert kinds == sorted(kinds) and set(table.rows_shown) == set(rows)
        table.sort_by("name", descending=False)
        await pilot.pause()
        names = [r.name.casefold() for r in table.rows_shown]
        assert names == sorted(names)
        await pilot.click(ActorTable, offset=(10, table.styles.gutter.top + 3))  # the third actor shown
        await settled(pilot)
        assert screen.actor_id == table.rows_shown[table.scroll_offset.y + 2].actor_id


async def test_filter_by_kind_affiliation_and_words():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        table = screen.query_one(ActorTable)
        every = list(table.rows_shown)
        await pilot.press("K")  # kind: person
        assert table.rows_shown and all(r.kind == "person" for r in table.rows_shown)
        assert len(table.rows_shown) == sum(r.kind == "person" for r in every)
        await pilot.press("F")  # the most mentioned affiliation: Russia
        assert table.rows_shown and all(r.kind == "person" and r.affiliation == "RUS" for r in table.rows_shown)
        assert "vladimir-putin" in ids(table)
        assert screen.actor_id == table.selected_actor()  # the details follow the filter
        await pilot.press("slash", "ctrl+u", *"aff:TUR erdo")
        assert ids(table) == ["recep-tayyip-erdogan"]
        assert screen.actor_id == "recep-tayyip-erdogan"
        await pilot.press("escape")  # clears the filter
        assert len(table.rows_shown) == len(every)


async def test_select_an_actor_then_a_companion_shows_the_passages_of_both():
    expected = expected_corpus()
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        table = screen.query_one(ActorTable)
        position = ids(table).index("vladimir-putin")
        await pilot.press(*["down"] * position)
        await settled(pilot)
        assert screen.actor_id == "vladimir-putin"
        assert [c.actor_id for c in screen.companions] == [c.actor_id for c in expected.company("vladimir-putin")]
        passages = screen.query_one(PassageList)
        assert len(passages.items) == expected.row("vladimir-putin").mentions
        for item in passages.items:
            assert item.start <= item.mention_start < item.mention_end <= item.end
            assert "Putin" in item.text[item.mention_start - item.start : item.mention_end - item.start]
        companion = screen.companions[0].actor_id
        await pilot.press("c", "enter")  # the first companion
        await settled(pilot)
        both = [o for doc_id, _ in expected.documents_of("vladimir-putin", companion)
                for o in RECORDS[doc_id].occurrences("vladimir-putin", companion)]  # fmt: skip
        assert screen.together == companion
        assert [(i.doc_id, i.block, i.mention_start) for i in passages.items] == [
            (o.doc_id, o.block, o.start) for o in both
        ]
        assert "with" in str(passages.border_title)


async def test_enter_opens_the_document_at_the_passage():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        await pilot.press("P", "end")  # the last passage: another document than the open one, far down
        await pilot.pause()
        item = screen.query_one(PassageList).selected()
        assert item is not None
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, CorpusActorsScreen)
        reader = app.screen.query_one(Reader)
        assert reader.document is not None and reader.document.id == item.doc_id
        assert reader.cursor == item.block
        assert reader.has_focus
        assert app.screen.query_one(DocumentList).highlighted_document() == item.doc_index


async def test_a_writes_a_note_anchored_on_the_passage(tmp_path):
    notebook = Notebook(tmp_path / "notes.json")
    app = ActorlensApp(Library([SEEDS]), ner=False, notebook=notebook)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        await pilot.press("P", "down", "down")
        item = screen.query_one(PassageList).selected()
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"who says this", "ctrl+s")
        for _ in range(200):
            await pilot.pause(0.02)
            if notebook.notes():
                break
        (note,) = notebook.notes()
        assert note.doc_id == item.doc_id and note.text == "who says this"
        assert note.anchor is not None
        assert (note.anchor.block, note.anchor.start, note.anchor.end) == (item.block, item.start, item.end)
        assert note.anchor.exact == item.text


async def title_passage(pilot, screen: CorpusActorsScreen):
    """Highlight a passage cut from a title (block -1) in the passage list."""
    await pilot.press("P")
    passages = screen.query_one(PassageList)
    for _ in range(200):
        await pilot.pause(0.02)
        if passages.items:
            break
    index = next(i for i, item in enumerate(passages.items) if item.block == -1)
    passages.highlighted = index
    await pilot.pause()
    item = passages.selected()
    assert item is not None and item.block == -1
    return item


async def test_a_title_passage_opens_at_the_top_and_takes_a_document_note(tmp_path):
    """A title mention's passage is the title's text, opens at the top (not at the last block), and 'a'
    writes a note on the whole document (a title has no anchor)."""
    notebook = Notebook(tmp_path / "notes.json")
    app = ActorlensApp(Library([SEEDS]), ner=False, notebook=notebook)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        item = await title_passage(pilot, screen)
        assert item.text and item.text in item.title  # cut from the title, not from the last block
        await pilot.press("enter")
        for _ in range(200):  # the document opens on the main screen's next frames (slower under load)
            await pilot.pause(0.02)
            readers = list(app.screen.query(Reader))  # none while the view is still on top
            if readers and readers[0].document is not None and readers[0].document.id == item.doc_id:
                break
        reader = app.screen.query_one(Reader)
        assert reader.document is not None and reader.document.id == item.doc_id
        assert reader.cursor == 0 and reader.block_count > 1
        screen = await open_view(pilot)
        item = await title_passage(pilot, screen)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"about the title", "ctrl+s")
        for _ in range(200):
            await pilot.pause(0.02)
            if notebook.notes():
                break
        (note,) = notebook.notes()
        assert note.doc_id == item.doc_id and note.anchor is None and note.text == "about the title"


async def test_the_sidebar_filter_narrows_the_view():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("slash", *"Putin and Erdogan", "enter")
        await pilot.pause()
        shown = app.screen.query_one(DocumentList).visible_documents()
        assert len(shown) == 1
        await pilot.press("w")
        screen = await settled(pilot, documents=1)
        assert all(r.documents == 1 for r in screen.query_one(ActorTable).rows_shown)


class ViewApp(App[None]):
    def __init__(self, screen: CorpusActorsScreen) -> None:
        super().__init__()
        self.view = screen

    def on_mount(self) -> None:
        self.push_screen(self.view)


async def test_pending_documents_fill_in_as_their_analysis_finishes(tmp_path, monkeypatch):
    monkeypatch.setattr(actors_view, "POLL", 0.05)
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    analyzer = Analyzer(ner=False, cache=AnalysisCache(tmp_path / "cache"))
    summaries, _ = library.summaries(range(len(library)))
    analyzer.analyze_many([library.document(i) for i in range(2)])
    work_before = analyzer.tokenized_texts
    asked: list[list[int]] = []
    screen = CorpusActorsScreen(library, analyzer, summaries, analyse=asked.append)
    app = ViewApp(screen)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if screen.corpus is not None and screen.corpus.documents == 2:
                break
        assert screen.corpus.pending == 3
        assert "analysing 2/5" in str(screen.query_one(ActorTable).border_subtitle)
        assert analyzer.tokenized_texts == work_before  # opening the view ran no analysis
        assert asked == [[s.index for s in summaries[2:]]]  # it asked the app's background analysis, once
        analyzer.analyze_many([library.document(i) for i in range(2, 5)])  # the background analysis
        for _ in range(300):
            await pilot.pause(0.02)
            if screen.corpus.documents == 5:
                break
        assert screen.corpus.pending == 0
        assert "analysing" not in str(screen.query_one(ActorTable).border_subtitle)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_snapshot(snap_compare, size):
    app = ActorlensApp(Library([SEEDS]), ner=False)

    async def ready(pilot):
        screen = await open_view(pilot)
        await pilot.press("down", "down")
        await settled(pilot)
        screen.query_one(PassageList).focus()
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=ready)


async def test_top_five_together_and_month_or_week(tmp_path):
    from tests.bench.make_corpus import generate

    folder = generate(tmp_path / "corpus", count=30, seed=3, quiet=True)  # dated across 2020
    app = ActorlensApp(Library([folder]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 30)
        distinct = screen_documents(app)
        await pilot.press("w")
        screen = await settled(pilot, documents=distinct)
        box = screen.query_one("#actors-time-box")
        await pilot.press("T")
        assert box.has_class("-top")
        text = str(screen.query_one("#actors-top").render())
        lines = text.splitlines()
        assert len(lines) == 5
        for line, row in zip(lines, screen.corpus.rows[:5], strict=True):
            assert line[3:].startswith(row.name[:13])
        assert "Top 5: mentions per month" in str(box.border_title)
        await pilot.press("t")
        assert "per week" in str(box.border_title)
        await pilot.press("T")
        assert not box.has_class("-top")
        timeline = screen.corpus.timeline(screen.actor_id, "week")
        assert screen.query_one("#actors-time").data == list(timeline.counts)
        assert all(label.startswith("2020-W") for label in timeline.labels) and len(timeline.labels) > 4


def screen_documents(app) -> int:
    return len({s.doc_id for s in app.screen.query_one(DocumentList).summaries})


async def test_export_writes_the_table_as_shown(tmp_path):
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        await pilot.press("K")  # persons only
        shown = list(screen.query_one(ActorTable).rows_shown)
        target = tmp_path / "persons.md"
        await pilot.press("x", "ctrl+u", *str(target), "enter")
        for _ in range(200):
            await pilot.pause(0.02)
            if target.exists():
                break
        lines = target.read_text(encoding="utf-8").splitlines()
        assert len(lines) == 2 + len(shown) and all("| person |" in line for line in lines[2:])
        await pilot.pause()
        assert isinstance(app.screen, CorpusActorsScreen)  # the dialog closed
        await pilot.press("x", "ctrl+u", *str(target), "enter")  # exists: says so, writes nothing
        await pilot.pause(0.2)
        assert "already exists" in str(app.screen.query_one("#actors-export-problem").render())
        await pilot.press("ctrl+u", *str(tmp_path / "net.gexf"), "enter")
        for _ in range(200):
            await pilot.pause(0.02)
            if (tmp_path / "net.gexf").exists():
                break
        import networkx as nx

        graph = nx.read_gexf(tmp_path / "net.gexf")
        assert graph.number_of_nodes() == len(screen.corpus.rows)  # the network: every actor, not the filter


async def test_clicking_a_header_sorts_by_that_column():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        table = screen.query_one(ActorTable)
        x = 3
        for key, _, width in table._layout(table.scrollable_content_region.width):
            if key == "name":
                break
            x += width + 1
        await pilot.click(ActorTable, offset=(x + 2 + table.styles.gutter.left, table.styles.gutter.top))
        await pilot.pause()
        assert table.sort_column == "name" and not table.descending
        names = [r.name.casefold() for r in table.rows_shown]
        assert names == sorted(names)
        await pilot.click(ActorTable, offset=(10, table.styles.gutter.top + 3))  # the third actor shown
        await settled(pilot)
        assert screen.actor_id == table.rows_shown[table.scroll_offset.y + 2].actor_id


async def test_palette_offers_the_view():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        commands = {name: callback for name, callback, _ in app.screen.palette_commands()}
        commands["Who acts: actors across the corpus"]()
        await settled(pilot)
        assert isinstance(app.screen, CorpusActorsScreen)


def test_names_and_passages_are_plain_text_on_one_line():
    from store.actors.corpus_stats import ActorRow
    from tui.widgets.passage_list import PassageItem, passage_prompt

    item = PassageItem(0, "d", "[bold]Title[/]\x1b[31m", None, 0, 0, 30, "A\nb [red]Putin[/red]\tsaid\x07 it", 11, 16)
    prompt = passage_prompt(item)
    assert "[bold]Title[/]" in prompt.plain and "[red]" in prompt.plain
    assert not any(ch in prompt.plain for ch in "\x1b\x07\t") and prompt.plain.count("\n") == 1
    assert "undated" in prompt.plain
    row = ActorRow("x", "[b]Boss[/b]\x1b]0;pwned\x07", "person", None, 1, 1, None, None)
    from tui.widgets.actor_table import _cell

    assert _cell(row, "name") == "[b]Boss[/b] ]0;pwned "


async def test_the_view_opens_again_where_it_was_left():
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_view(pilot)
        await pilot.press("K", "s", "t")  # persons, sorted by documents, per week
        table = screen.query_one(ActorTable)
        await pilot.press("down")
        chosen = screen.actor_id
        await pilot.press("P", "enter")  # open a passage: the view closes
        await pilot.pause()
        assert not isinstance(app.screen, CorpusActorsScreen)
        await pilot.press("w")
        again = await settled(pilot)
        assert again is not screen
        table = again.query_one(ActorTable)
        assert again.actor_id == chosen and table.selected_actor() == chosen
        assert table.sort_column == "documents" and table.filter.kind == "person"
        assert again.period == "week" and "per week" in str(again.query_one("#actors-time-box").border_title)


async def test_a_failure_in_the_background_is_told_in_one_line(monkeypatch):
    from store.actors.corpus_index import ActorIndex

    def broken(self, doc_ids):
        raise RuntimeError("the index\nis on fire")

    monkeypatch.setattr(ActorIndex, "columns", broken)
    app = ActorlensApp(Library([SEEDS]), ner=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot, 5)
        await pilot.press("w")
        for _ in range(200):
            await pilot.pause(0.02)
            if any("on fire" in str(n.message) for n in app._notifications):
                break
        (note,) = [n for n in app._notifications if "on fire" in str(n.message)]
        assert str(note.message) == "The actors view: the index is on fire"

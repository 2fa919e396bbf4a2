"""The main screen: documents on the left, the reader in the middle."""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, ProgressBar
from textual.worker import get_current_worker

if TYPE_CHECKING:  # pragma: no cover
    from store.actors.analysis import Analyzer

from store.errors import ActorlensError, DocumentError
from store.corpus.library import Library, Summary
from store.model import Block, Document
from store.notebook.notebook import Notebook
from store.corpus.search import DocumentFilter, Match, find_in_document, haystack
from store.state import Position, ReaderState, StateStore

from ..highlights import Highlighter
from ..widgets.document_list import DocumentList
from ..widgets.find_bar import FindBar
from ..widgets.legend import Legend, legend_entries
from ..widgets.notes_panel import NotesPanel
from ..widgets.reader import TITLE, Reader
from .annotate import ANNOTATE_BINDINGS, AnnotateMixin, ExportMixin
from .search import SearchScreen, SearchTarget

BATCH = 500
NARROW = 100  # columns: below this the side panel replaces the documents rather than joining them
FIRST_BATCH = 25  # summaries made before the first paint (about one screenful)
CACHED_ON_UI_CHARS = 1_000_000  # a larger document's cached analysis is read in a worker, not on the UI thread
WATCH_SECONDS = 1.0  # how often the open document's file is checked for changes
PARALLEL_FROM = 200  # documents: from this corpus size, background analysis uses a process per core


class MainScreen(AnnotateMixin, ExportMixin, Screen[None]):
    BINDINGS = ANNOTATE_BINDINGS + [
        Binding("tab", "app.focus_next", "Next pane", id="main.focus_next"),
        Binding("shift+tab", "app.focus_previous", "Prev pane", show=False, id="main.focus_previous"),
        Binding("slash", "filter", "Filter", id="main.filter"),
        Binding("f", "find", "Find", id="main.find"),
        Binding("n", "find_step(1)", "Next match", show=False, id="main.find_next"),
        Binding("N", "find_step(-1)", "Prev match", show=False, id="main.find_previous"),
        Binding("S", "search", "Search all", id="main.search"),
        Binding("w", "corpus_actors", "Who acts", show=False, id="main.corpus_actors"),
        Binding("d", "focus_documents", "Documents", show=False, id="main.focus_documents"),
        Binding("c", "cycle_colours", "Colours", id="main.colour_mode"),
        Binding("l", "focus_legend", "Actors", show=False, id="main.focus_legend"),
        Binding("m", "mention_step(1)", "Next mention", show=False, id="main.next_mention"),
        Binding("M", "mention_step(-1)", "Prev mention", show=False, id="main.previous_mention"),
        Binding("p", "toggle_side", "Side panel", show=False, id="main.toggle_side"),
        Binding("right_square_bracket", "step_document(1)", "Next document", show=False, id="main.next_document"),
        Binding("left_square_bracket", "step_document(-1)", "Prev document", show=False, id="main.previous_document"),
    ]

    class SummariesLoaded(Message):
        def __init__(self, summaries: list[Summary], problems: list[str], done: bool) -> None:
            super().__init__()
            self.summaries = summaries
            self.problems = problems
            self.done = done

    class Analysed(Message):
        def __init__(self, index: int, doc: Document) -> None:
            super().__init__()
            self.index = index
            self.doc = doc

    class LargeDocumentLoaded(Message):
        def __init__(self, index: int, problem: str | None) -> None:
            super().__init__()
            self.index = index
            self.problem = problem

    class FileChanged(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class AnalysisProgress(Message):
        def __init__(self, done: int, total: int, problem: str | None = None) -> None:
            super().__init__()
            self.done = done
            self.total = total
            self.problem = problem

    def __init__(
        self,
        library: Library,
        state_store: StateStore | None = None,
        analyzer: Analyzer | None = None,
        ner: bool = True,
        notebook: Notebook | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.state_store = state_store or StateStore(library.roots)
        self.state: ReaderState = self.state_store.load()
        self._problems: list[str] = list(library.problems)
        self._shown: int | None = None
        self._opening: tuple[int, int | None] | None = None  # a large document being read: (index, block)
        self._matches: list[Match] = []
        self._match_index: int | None = None
        self._find_query = ""
        self._restore_document = self.state.document
        self._reader: Reader | None = None
        self._filter_input: Input | None = None
        self._analyzer = analyzer
        self._ner = ner
        self.notebook = notebook or Notebook()
        self._undo = []
        self._info_cache = {}
        self._placed = []
        self._resumed = False
        self.highlighter = Highlighter(lambda: self.analyzer.actors, self.state.colour_mode or "affiliation")

    @property
    def analyzer(self) -> Analyzer:
        """The actor analyzer, made on first use (importing it is not free and not needed to paint)."""
        if self._analyzer is None:
            from store.actors.analysis import Analyzer

            self._analyzer = Analyzer(ner=self._ner)
        return self._analyzer

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="sidebar"):
                if self.state.filter:  # otherwise made on first use (/): widgets not shown cost time to paint
                    yield self._new_filter_input(self.state.filter)
                yield DocumentList(id="documents")
            with Vertical(id="center"):
                yield Reader(id="reader")  # the find bar joins below on first use (f)
            with Vertical(id="side"):
                yield Legend(id="legend")
                yield NotesPanel(id="notes")  # the analysis status joins below when analysis starts
        yield Footer()

    def _new_filter_input(self, value: str = "") -> Input:
        self._filter_input = Input(value=value, placeholder="filter: words, #tag, has:notes", id="filter")
        return self._filter_input

    def _filter_widget(self) -> Input:
        """The sidebar's filter input, made (shown, empty) on first use."""
        if self._filter_input is None or not self._filter_input.is_attached:
            self.query_one("#sidebar").mount(self._new_filter_input(), before=0)
        return self._filter_input

    @property
    def filter_query(self) -> str:
        return self._filter_input.value if self._filter_input is not None else ""

    def _clear_filter(self) -> None:
        if self._filter_input is not None:
            self._filter_input.value = ""
        self._apply_filter("")

    def _find_bar(self) -> FindBar | None:
        found = self.query(FindBar)
        return found.first() if found else None

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Screen's own handler. On the first resume the widgets were styled a moment ago
        # as they mounted: restyling all of them again would only delay the first paint (~15 ms).
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self._reader = self.query_one(Reader)
        self.sub_title = self.library.name
        documents = self.query_one(DocumentList)
        documents.border_title = f"Documents ({len(self.library)})"
        documents.empty_message = "Loading…"
        self.query_one(Reader).border_title = "Reader"
        self.query_one(Legend).border_title = "Actors"
        self.query_one(NotesPanel).border_title = "Notes"
        documents.set_extra(self.sidebar_extra)
        if self.notebook.problem is not None:
            self.notify(str(self.notebook.problem), title="Notes file", severity="error", markup=False, timeout=15)
        side = self.state.panels.get("side")
        if side is not None and (not side or self.app.size.width >= NARROW):
            self.show_side(side)
        if self.state.filter:
            self._apply_filter(self.state.filter)
        documents.focus()
        # The first screenful here, so the first frame already shows the list and a document (no
        # thread hop, no extra frame); the rest in a worker. From the summary cache this costs ~nothing.
        first = min(len(self.library), FIRST_BATCH)
        first = next((i for i in range(first) if self.library.slow(i)), first)  # large files: in the worker
        good, bad = self.library.summaries(range(first))
        self.on_main_screen_summaries_loaded(self.SummariesLoaded(good, bad, first >= len(self.library)))
        if first < len(self.library):
            self.load_summaries(first)
        self.set_interval(WATCH_SECONDS, self.watch_open_file)  # a file edited while open is shown anew

    # ------------------------------------------------------------------ loading
    @work(thread=True, exclusive=True, group="summaries", exit_on_error=False)
    def load_summaries(self, start: int = 0) -> None:
        total = len(self.library)
        size = BATCH
        worker = get_current_worker()
        while start < total and not worker.is_cancelled:  # quitting does not wait for the whole corpus
            stop = min(total, start + size)
            good, bad = self.library.summaries(range(start, stop))
            for summary in good:
                haystack(summary)  # the filter's text of each entry, built here rather than on the first keystroke
            self.post_message(self.SummariesLoaded(good, bad, stop >= total))
            start = stop

    def on_main_screen_summaries_loaded(self, message: SummariesLoaded) -> None:
        documents = self.query_one(DocumentList)
        had = documents.highlighted_document()
        documents.add_summaries(message.summaries)
        self._problems.extend(message.problems)
        if self._restore_document:
            for summary in message.summaries:
                if summary.path == self._restore_document:
                    self._restore_document = None
                    if not documents.highlight_document(summary.index):
                        self.open_document(summary.index)  # hidden by the remembered filter: open it anyway
                    break
        elif had is None and documents.highlighted_document() is not None and self._shown is None:
            self.open_document(documents.highlighted_document())
        if message.done:
            self._restore_document = None
            self._update_documents_title()
            documents.empty_message = "No document matches." if documents.total else "No documents."
            if self._problems:
                shown = "; ".join(self._problems[:3])
                if len(self._problems) > 3:
                    shown += f"; and {len(self._problems) - 3} more"
                self.notify(
                    shown,
                    title=f"{len(self._problems)} file(s) could not be opened",
                    severity="warning",
                    markup=False,
                    timeout=10,
                )
            if documents.total and self._shown is None:
                query = self.filter_query
                self.query_one(Reader).show_message(
                    f"No document matches the filter “{query}”: press / to change it, escape to clear it."
                )
            if documents.total == 0:
                self.query_one(Reader).show_message("No document could be opened.")
            else:  # after the next frame: the corpus analysis imports spaCy, never before the first paint
                self.call_after_refresh(self.analyse_corpus, [s.index for s in documents.summaries])

    def _update_documents_title(self) -> None:
        documents = self.query_one(DocumentList)
        if documents.count == documents.total:
            documents.border_title = f"Documents ({documents.total})"
        else:
            documents.border_title = f"Documents ({documents.count} of {documents.total})"

    # ------------------------------------------------------------------ opening
    @on(DocumentList.Selected, "#documents")
    def _focus_reader(self, event: DocumentList.Selected) -> None:
        self.query_one(Reader).focus()

    @on(DocumentList.Highlighted, "#documents")
    def _open_highlighted(self, event: DocumentList.Highlighted) -> None:
        if not isinstance(event, DocumentList.Selected) and event.index != self._shown:
            self.open_document(event.index)

    def open_document(self, index: int, *, block: int | None = None) -> None:
        reader = self.query_one(Reader)
        self._remember_position()
        if self.library.slow(index):  # a large file: read and cleaned in a worker, the screen stays live
            self._opening = (index, block)
            self._shown = None
            reader.show_message("Opening a large document…")
            self.load_large_document(index)
            return
        try:
            doc = self.library.document(index)
        except DocumentError as exc:
            self._shown = None
            reader.show_message(str(exc))
            self.notify(str(exc), severity="error", markup=False)
            return
        if (
            self._analyzer is not None
            and not any(b.mentions for b in doc.blocks)
            and sum(len(b.text) for b in doc.blocks) <= CACHED_ON_UI_CHARS  # else read in the worker
        ):
            # analysed before: highlighted in this very frame, no plain-text flash (not before the first
            # paint: the analyzer is made after it)
            doc = self._analyzer.cached(doc) or doc
        self._shown = index
        self.state.document = doc.path
        reader.border_title = Content(doc.display_title)
        self._matches, self._match_index = [], None
        if self._find_query:
            self._matches = find_in_document(doc, self._find_query)
        self.load_notes(doc)
        reader.show_document(doc, self.style_block)
        self._show_legend(doc)
        # after the text is on screen: kept cleaned for the next run (a write), analysed (spaCy may load
        # in that worker, never before the first paint)
        self.call_after_refresh(self.remember_document, index)
        if not any(b.mentions for b in doc.blocks):
            self.call_after_refresh(self.analyse_open, index, doc)
        if block is not None:
            reader.move_cursor(block, center=True)
        else:
            position = self.state.positions.get(doc.id)
            if position is not None:
                reader.cursor = min(position.cursor, max(0, reader.block_count - 1))
                reader.call_after_refresh(reader.scroll_to, 0, position.scroll, animate=False)
        self._update_find_count()

    @work(thread=True, exclusive=True, group="open-large", exit_on_error=False)
    def load_large_document(self, index: int) -> None:
        try:
            self.library.document(index)
        except DocumentError as exc:
            self.post_message(self.LargeDocumentLoaded(index, str(exc)))
            return
        self.post_message(self.LargeDocumentLoaded(index, None))

    def on_main_screen_large_document_loaded(self, message: LargeDocumentLoaded) -> None:
        if self._opening is None or self._opening[0] != message.index:
            return  # the user has moved on
        index, block = self._opening
        self._opening = None
        if message.problem is not None:
            self.query_one(Reader).show_message(message.problem)
            self.notify(message.problem, severity="error", markup=False)
            return
        self.open_document(index, block=block)

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def watch_open_file(self) -> None:
        """Off the UI thread (a stat may block on a network disk): has the open document's file changed?"""
        index = self._shown
        if index is not None and self.library.changed(index):
            self.post_message(self.FileChanged(index))

    def on_main_screen_file_changed(self, message: FileChanged) -> None:
        if message.index != self._shown:
            return
        reader = self.query_one(Reader)
        cursor, scroll = reader.cursor, reader.scroll_offset.y
        self.library.forget(message.index)
        self._shown = None
        self.open_document(message.index)  # notes are placed again, by their quotes
        if reader.document is not None:
            reader.cursor = min(cursor, max(0, reader.block_count - 1))
            reader.call_after_refresh(reader.scroll_to, 0, scroll, animate=False)
            self.notify("The file changed on disk: showing the new text.", timeout=4)

    def _remember_position(self) -> None:
        reader = self._reader
        if reader is not None and reader.document is not None:
            self.state.positions[reader.document.id] = Position(reader.cursor, reader.scroll_offset.y)

    def save_state(self) -> None:
        """Write what is remembered (also called when the screen goes away: uses kept references)."""
        self._remember_position()
        self.state.filter = self.filter_query
        self.state_store.save(self.state)

    def on_unmount(self) -> None:
        self.save_state()

    @work(thread=True, group="remember", exit_on_error=False)
    def remember_document(self, index: int) -> None:
        """Keep an opened document in the document cache, so that the next run shows it without cleaning."""
        try:
            self.library.document(index, remember=True)
        except DocumentError:
            pass

    # ------------------------------------------------------------------ actors
    # a description: Textual would otherwise repr() the arguments, the whole document, on the UI thread
    @work(thread=True, exclusive=True, group="analyse-open", exit_on_error=False, description="analyse_open")
    def analyse_open(self, index: int, doc: Document) -> None:
        try:
            analysed = self.analyzer.analyze(doc)
        except ActorlensError as exc:
            self.post_message(self.AnalysisProgress(0, 0, str(exc)))
            return
        self.post_message(self.Analysed(index, analysed))

    @work(thread=True, exclusive=True, group="analyse-corpus", exit_on_error=False)
    def analyse_corpus(self, indices: list[int]) -> None:
        """Analyse every document in the background (results go to the cache), with progress.

        Large corpora go to a pool of processes, one per core (spaCy uses one core each); small
        ones run here. Quitting cancels: no new work starts, running chunks finish."""
        worker = get_current_worker()
        total = len(indices)
        self.post_message(self.AnalysisProgress(0, total))
        cores = os.cpu_count() or 1
        if total >= PARALLEL_FROM and cores >= 2:
            self._analyse_in_processes(indices, cores, worker)
            return
        done = 0
        for start in range(0, total, 8):
            if worker.is_cancelled:
                return
            docs = []
            for index in indices[start : start + 8]:
                try:
                    docs.append(self.library.document(index))
                except DocumentError:
                    continue
            try:
                self.analyzer.analyze_many(docs)
            except ActorlensError as exc:
                self.post_message(self.AnalysisProgress(done, total, str(exc)))
                return
            done = min(total, start + 8)
            self.post_message(self.AnalysisProgress(done, total))

    def _analyse_in_processes(self, indices: list[int], cores: int, worker) -> None:
        from store.actors.parallel import analyze_corpus

        total = len(indices)
        paths = [str(self.library.sources[i].path) for i in indices]

        def progress(done: int, _total: int) -> None:
            if not worker.is_cancelled:
                self.post_message(self.AnalysisProgress(min(done, total - 1), total))

        try:
            analyze_corpus(
                paths,
                workers=cores,
                backend="processes",
                ner=self.analyzer.has_ner,
                progress=progress,
                chunk=4,
                cancelled=lambda: worker.is_cancelled,
            )
        except (ActorlensError, OSError, RuntimeError, ValueError) as exc:  # e.g. no process can start here
            self.post_message(self.AnalysisProgress(0, total, f"background analysis stopped: {exc}"))
            return
        if not worker.is_cancelled:
            self.post_message(self.AnalysisProgress(total, total))

    def reanalyse_open(self) -> None:
        """Analyse the open document again (the dictionary changed)."""
        if self._shown is not None:
            try:
                self.analyse_open(self._shown, self.library.document(self._shown))
            except DocumentError:
                pass

    def on_main_screen_analysed(self, message: Analysed) -> None:
        reader = self.query_one(Reader)
        if message.index != self._shown or reader.document is None or reader.document.id != message.doc.id:
            return  # the user has moved on: drop the result
        reader.show_document(message.doc, self.style_block)
        self._show_legend(message.doc)

    async def on_main_screen_analysis_progress(self, message: AnalysisProgress) -> None:
        side = self.query("#side")
        if not side or not side.first().is_mounted or self.app._exit:
            return  # the app is closing (a quit while the analysis reports): nothing to show it on
        if not self.query("#analysis"):  # made when the first analysis starts, not before the first paint
            status = Label("", id="analysis-status", markup=False)
            bar = ProgressBar(id="analysis-progress", show_eta=False)
            bar.display = False
            await self.query_one("#side").mount(Vertical(status, bar, id="analysis"))
        found_status, found_bar = self.query("#analysis-status"), self.query("#analysis-progress")
        if not found_status or not found_bar:
            return  # mounting (or gone with the closing app)
        status = found_status.first(Label)
        bar = found_bar.first(ProgressBar)
        if message.problem:
            status.update(message.problem)
            bar.display = False
            self.notify(message.problem, severity="error", markup=False)
            return
        if message.done < message.total:
            bar.display = True
            bar.update(total=message.total, progress=message.done)
            status.update(f"Analysing the corpus: {message.done}/{message.total}")
        else:
            bar.display = False
            status.update(self.analyzer.status)

    def _show_legend(self, doc: Document) -> None:
        legend = self.query_one(Legend)
        entries = legend_entries(doc, self.analyzer.actors) if doc.title_mentions or any(b.mentions for b in doc.blocks) else []
        if self.highlighter.focus not in {e.key for e in entries}:
            self.highlighter.focus = None
        legend.show_entries(entries, self.highlighter.mode, self.highlighter.focus)
        count = sum(e.count for e in entries)
        legend.border_title = f"Actors ({len(entries)})" if entries else "Actors"
        legend.border_subtitle = f"{count} mentions · {self.highlighter.mode}" if entries else "analysing…"

    @on(Legend.OptionSelected, "#legend")
    def _actor_chosen(self, event: Legend.OptionSelected) -> None:
        key = event.option.id
        self.highlighter.focus = None if key == self.highlighter.focus else key
        self.query_one(Reader).restyle(self.style_block)
        if self.highlighter.focus is not None:
            self.action_mention_step(1)

    @on(Legend.Cleared)
    def _actor_cleared(self, event: Legend.Cleared) -> None:
        self.highlighter.focus = None
        self.query_one(Reader).restyle(self.style_block)

    def action_cycle_colours(self) -> None:
        mode = self.highlighter.cycle_mode()
        self.state.colour_mode = mode
        reader = self.query_one(Reader)
        reader.restyle(self.style_block)
        if reader.document is not None:
            self._show_legend(reader.document)
        self.notify(f"Colours: {mode}", timeout=2)

    def action_focus_legend(self) -> None:
        self.show_side(True)
        self.query_one(Legend).focus()

    def action_toggle_side(self) -> None:
        self.show_side(not self.query_one("#side").display)
        self.state.panels["side"] = bool(self.query_one("#side").display)

    def show_side(self, show: bool) -> None:
        """Show or hide the actors and notes; on a narrow terminal they take the documents' place."""
        self.query_one("#side").display = show
        narrow = self.app.size.width < NARROW
        self.query_one("#sidebar").display = not (show and narrow)
        if not self.query_one("#sidebar").display and self.query_one(DocumentList).has_focus:
            self.query_one(Reader).focus()

    def action_mention_step(self, direction: int) -> None:
        reader = self.query_one(Reader)
        if reader.document is None:
            return
        blocks = self.highlighter.mention_blocks(reader.document.blocks)
        if not blocks:
            return
        if direction > 0:
            later = [b for b in blocks if b > reader.cursor]
            target = later[0] if later else blocks[0]
        else:
            earlier = [b for b in blocks if b < reader.cursor]
            target = earlier[-1] if earlier else blocks[-1]
        reader.move_cursor(target, center=True)

    # ------------------------------------------------------------------ styling
    def style_block(self, index: int, text: Text) -> Text:
        """Highlights for one block: actor mentions, then find matches on top."""
        reader = self._reader
        if index == TITLE:
            if reader is not None and reader.document is not None:
                doc = reader.document
                self.highlighter.style(Block("heading", doc.title or "", doc.title_mentions), text)
            return text
        if reader is not None and reader.document is not None and index < len(reader.document.blocks):
            self.highlighter.style(reader.document.blocks[index], text)
        self.style_notes(index, text)
        if self._matches:
            first = bisect_left(self._matches, index, key=lambda m: m.block)
            current = self._matches[self._match_index] if self._match_index is not None else None
            for match in self._matches[first:]:
                if match.block != index:
                    break
                style = "reverse bold" if match == current else "reverse"
                text.stylize(style, match.start, match.end)
        return text

    # ------------------------------------------------------------------ filter
    def action_filter(self) -> None:
        filter_input = self._filter_widget()
        filter_input.display = True
        filter_input.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._apply_filter(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(DocumentList).focus()

    def _apply_filter(self, query: str) -> None:
        documents = self.query_one(DocumentList)
        parsed = DocumentFilter.parse(query)
        documents.set_filter(None if parsed.empty else parsed.predicate(**self.filter_sources()))
        self._update_documents_title()

    def on_key(self, event) -> None:
        focused = self.focused
        if event.key == "escape" and focused is not None and focused.id == "filter":
            event.stop()
            self._clear_filter()
            if self._filter_input is not None:
                self._filter_input.display = False
            self.query_one(DocumentList).focus()

    # ------------------------------------------------------------------ find
    async def action_find(self) -> None:
        bar = self._find_bar()
        if bar is None:
            bar = FindBar(id="find")
            await self.query_one("#center").mount(bar)
        bar.open()

    @on(FindBar.Changed)
    def _find_changed(self, event: FindBar.Changed) -> None:
        self._find_query = event.query
        reader = self.query_one(Reader)
        self._matches = find_in_document(reader.document, event.query) if reader.document else []
        self._match_index = None
        if self._matches:
            after = [i for i, m in enumerate(self._matches) if m.block >= reader.cursor]
            self._go_to_match(after[0] if after else 0)
        else:
            reader.restyle(self.style_block)
        self._update_find_count()

    @on(FindBar.Step)
    def _find_step(self, event: FindBar.Step) -> None:
        self.action_find_step(event.direction)

    @on(FindBar.Closed)
    def _find_closed(self, event: FindBar.Closed) -> None:
        self._find_query = ""
        self._matches, self._match_index = [], None
        reader = self.query_one(Reader)
        reader.restyle(self.style_block)
        reader.focus()

    def action_find_step(self, direction: int) -> None:
        if not self._matches:
            if not self._find_query:
                self.action_find()
            return
        if self._match_index is None:
            self._go_to_match(0 if direction > 0 else len(self._matches) - 1)
        else:
            self._go_to_match((self._match_index + direction) % len(self._matches))

    def _go_to_match(self, position: int) -> None:
        self._match_index = position
        reader = self.query_one(Reader)
        reader.restyle(self.style_block)
        reader.move_cursor(self._matches[position].block, center=True)
        self._update_find_count()

    def _update_find_count(self) -> None:
        bar = self._find_bar()
        if bar is not None:
            bar.set_count(self._match_index, len(self._matches))

    # ------------------------------------------------------------------ corpus search
    def action_search(self) -> None:
        def opened(target: SearchTarget | None) -> None:
            if target is None:
                return
            documents = self.query_one(DocumentList)
            if not documents.highlight_document(target.doc_index):
                self._clear_filter()
                documents.highlight_document(target.doc_index)
            self.open_document(target.doc_index, block=target.block)
            self.query_one(Reader).focus()

        self.app.push_screen(SearchScreen(self.library, self._find_query), opened)

    # ------------------------------------------------------------------ corpus actors
    def action_corpus_actors(self) -> None:
        from .actors_entry import open_corpus_actors

        open_corpus_actors(self)

    # ------------------------------------------------------------------ palette
    def palette_commands(self) -> list[tuple[str, Callable[[], object], str]]:
        """Commands for the command palette: (name, callback, help)."""
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Filter documents", self.action_filter, "filter the sidebar: words, #tag, has:notes"),
            ("Find in document", self.action_find, "find text in the open document"),
            ("Search all documents", self.action_search, "passages matching across the corpus"),
            ("Who acts: actors across the corpus", self.action_corpus_actors, "table, time, company, every passage"),
            (
                "Export notes as Markdown",
                self.action_export,
                "this document's notes, all notes, or the filtered documents'",
            ),
            (
                "Colour mode: cycle affiliation / kind / off",
                self.action_cycle_colours,
                "how actor highlights are coloured",
            ),
            ("Add a note on the current paragraph", self.action_add_note, "a note anchored to the paragraph"),
            ("Tag this document", self.action_tag_document, "add or remove tags"),
            ("Undo the last note deletion", self.action_undo_delete, "bring the deleted note back"),
            ("Toggle the actors and notes panel", self.action_toggle_side, "show or hide the side panel"),
            ("Show keys", self.app.action_help, "every key, by area"),
            ("Toggle dark / light theme", self.toggle_theme, "switch between the dark and light theme"),
        ]
        for mode in ("affiliation", "kind", "off"):
            commands.append((f"Colours: {mode}", partial(self.set_colour_mode, mode), "how actor highlights look"))
        for entry in self.query_one(Legend).entries:
            commands.append(
                (f"Actor: {entry.name}", partial(self.focus_actor, entry.key), f"{entry.count} mentions here: go to them")
            )
        for tag in self.notebook.all_tags():
            commands.append((f"Filter by tag: #{tag}", partial(self.filter_by_tag, tag), "documents with this tag"))
        for theme in sorted(self.app.available_themes):
            commands.append((f"Theme: {theme}", partial(setattr, self.app, "theme", theme), "change the colours"))
        return commands

    def set_colour_mode(self, mode: str) -> None:
        while self.highlighter.mode != mode:
            self.action_cycle_colours()

    def focus_actor(self, key: str) -> None:
        """Emphasise an actor's mentions and go to the first after the cursor."""
        self.highlighter.focus = key
        self.query_one(Reader).restyle(self.style_block)
        legend = self.query_one(Legend)
        keys = [e.key for e in legend.entries]
        if key in keys:
            legend.highlighted = keys.index(key)
        self.action_mention_step(1)
        self.query_one(Reader).focus()

    def filter_by_tag(self, tag: str) -> None:
        filter_input = self._filter_widget()
        filter_input.display = True
        filter_input.value = f"#{tag}" if " " not in tag else f"tag:{tag}"
        self._apply_filter(filter_input.value)

    def toggle_theme(self) -> None:
        self.app.theme = "textual-light" if self.app.current_theme.dark else "textual-dark"

    def open_from_palette(self, index: int) -> None:
        documents = self.query_one(DocumentList)
        if not documents.highlight_document(index):
            self._clear_filter()
            documents.highlight_document(index)
        self.open_document(index)
        self.query_one(Reader).focus()

    # ------------------------------------------------------------------ moving around
    def action_focus_documents(self) -> None:
        if not self.query_one("#sidebar").display:
            self.show_side(False)
        self.query_one(DocumentList).focus()

    def action_step_document(self, direction: int) -> None:
        documents = self.query_one(DocumentList)
        if direction > 0:
            documents.action_cursor_down()
        else:
            documents.action_cursor_up()

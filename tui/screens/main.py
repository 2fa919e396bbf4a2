"""The main screen: the sidebar (documents), the reader, and the side panel (actors, notes).

It lays out those widgets and routes between them: what the widgets and workers report, and the keys
that act across them. The widgets own their state (the reader its find and highlights, the sidebar its
filter, the side panel what it shows); notes, tags and export go through the notes controller.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Input, TextArea
from textual.worker import Worker, get_current_worker

from store import collector
from store.corpus.library import Library
from store.corpus.search import haystack, path_key
from store.corpus.summary_process import summaries_in_order
from store.errors import DocumentError
from store.model import Document
from store.notebook.notebook import Notebook
from store.state import ReaderState, StateStore
from tui.counts import counted

from ..highlights import Highlighter, mention_counter
from ..idle_collect import collect_when_idle, stop_collecting
from ..messages import (
    Analysed,
    AnalysisProgress,
    DocumentHighlighted,
    DocumentSelected,
    FileChanged,
    FilterTyped,
    FindChanged,
    FindClosed,
    FindCount,
    FindStep,
    LargeDocumentLoaded,
    LegendCleared,
    SummariesLoaded,
)
from ..settle import TYPING, Settled
from ..widgets.find_bar import FindBar
from ..widgets.key_footer import KeyFooter
from ..widgets.legend import Legend, legend_entries
from ..widgets.notes_panel import NotesPanel
from ..widgets.reader import Reader
from ..widgets.side_panel import SidePanel
from ..widgets.sidebar import Sidebar
from ..workers import Background
from ..yielding import step_aside
from .analysis import Analysis, problems_line
from .corpus_search import CorpusSearch
from .kept_frame import KeptFrameScreen
from .notes import NOTE_BINDINGS, NotesController
from .place import PLACE_BINDINGS, PlaceController
from .search import SearchScreen, SearchTarget

if TYPE_CHECKING:  # pragma: no cover
    from textual.timer import Timer

    from store.actors.analysis import Analyzer

    from ..app import ActorlensApp

BATCH = 500
NARROW = 100  # columns: below this the side panel replaces the documents rather than joining them
FIRST_BATCH = 25  # summaries made before the first paint (about one screenful)
WATCH_SECONDS = 1.0  # how often the open document's file is checked for changes

# what each background worker does, for its failure line
WORKER_TASKS = {
    "load_summaries": "Listing the documents",
    "remember_document": "Keeping the document for the next start",
    "load_large_document": "Opening the document",
    "watch_open_file": "Watching the open file",
    "analyse_open": "Analysing the document",
    "analyse_corpus": "Background analysis",
    "edit_actor": "Saving the actor",
    "index_corpus": "Indexing for search",
}


class MainScreen(KeptFrameScreen[None]):
    CSS_PATH = "main.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        *NOTE_BINDINGS,
        *PLACE_BINDINGS,
        Binding("tab", "app.focus_next", "Next pane", id="main.focus_next"),
        Binding("shift+tab", "app.focus_previous", "Prev pane", show=False, id="main.focus_previous"),
        # priority: the filter takes focus before the keys typed right behind `/` are routed (else they
        # reach the list, which drops them or runs them as commands); check_action lets `/` be text in an input
        Binding("slash", "filter", "Filter", priority=True, id="main.filter"),
        Binding("f", "find", "Find", id="main.find"),
        Binding("n", "find_step(1)", "Next match", show=False, id="main.find_next"),
        Binding("N", "find_step(-1)", "Prev match", show=False, id="main.find_previous"),
        Binding("S", "search", "Search all", id="main.search"),
        Binding("w", "corpus_actors", "Who acts", show=False, id="main.corpus_actors"),
        Binding("number_sign", "notes_stream", "All notes", show=False, id="main.notes_stream"),
        Binding("d", "focus_documents", "Documents", show=False, id="main.focus_documents"),
        Binding("c", "cycle_colours", "Colours", id="main.colour_mode"),
        Binding("l", "focus_legend", "Actors", show=False, id="main.focus_legend"),
        Binding("m", "mention_step(1)", "Next mention", show=False, id="main.next_mention"),
        Binding("M", "mention_step(-1)", "Prev mention", show=False, id="main.previous_mention"),
        Binding("p", "toggle_side", "Side panel", show=False, id="main.toggle_side"),
        Binding("right_square_bracket", "step_document(1)", "Next document", show=False, id="main.next_document"),
        Binding("left_square_bracket", "step_document(-1)", "Prev document", show=False, id="main.previous_document"),
    ]

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
        self.notes = NotesController(self, notebook or Notebook())
        self.place = PlaceController(self)
        self.background = Background(self, self._worker_failed)
        self.highlighter = Highlighter(lambda: self.analyzer.actors, self.state.colour_mode or "affiliation")
        self._problems: list[str] = list(library.problems)
        self._shown: int | None = None
        self._opening: tuple[int, int | None] | None = None  # a large document being read: (index, block)
        self._restore_document = self.state.document
        self.analysis = Analysis(self, library, analyzer, ner)
        self.corpus_search = CorpusSearch(self, library)
        self._resumed = False
        self._kept: tuple[Reader, Sidebar, SidePanel] | None = None
        self._idle_gc: Timer | None = None
        self._settled_open = Settled(self, self._open_settled)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "filter" and isinstance(self.focused, Input | TextArea):
            return False  # `/` typed in the filter or the find bar is text, not a new filter
        return True

    @property
    def analyzer(self) -> Analyzer:
        return self.analysis.analyzer

    @property
    def notebook(self) -> Notebook:
        return self.notes.notebook

    # ------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield Sidebar(self.notes.filter_sources, self.state.filter, id="sidebar")
            with Vertical(id="center"):
                yield Reader(self.highlighter, id="reader")  # the find bar joins below on first use (f)
            yield SidePanel(id="side")
        yield KeyFooter()

    @property
    def shown(self) -> int | None:
        """The index of the document the reader shows."""
        return self._shown

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def sidebar(self) -> Sidebar:
        return self.query_one(Sidebar)

    @property
    def side(self) -> SidePanel:
        return self.query_one(SidePanel)

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
        self._kept = (self.reader, self.sidebar, self.side)
        self.sub_title = self.library.name
        documents = self.sidebar.documents
        documents.set_read(self.state.read)
        if self.state.sort != "file":
            self.sidebar.set_order(self.state.sort)
        documents.border_title = f"Documents ({len(self.library)})"
        documents.empty_message = "Loading…"
        self.reader.border_title = "Reader"
        documents.set_extra(self.notes.sidebar_extra)
        if self.notebook.problem is not None:
            self.notify(str(self.notebook.problem), title="Notes file", severity="error", markup=False, timeout=15)
        self.notes.announce_drafts()
        side = self.state.panels.get("side")
        if side is not None and (not side or self.app.size.width >= NARROW):
            self.show_side(side)
        documents.focus()
        # The first screenful here, so the first frame already shows the list and a document (no
        # thread hop, no extra frame); the rest in a worker. From the summary cache this costs ~nothing.
        first = min(len(self.library), FIRST_BATCH)
        first = next((i for i in range(first) if self.library.slow(i)), first)  # large files: in the worker
        good, bad = self.library.summaries(range(first))
        self._summaries_loaded(SummariesLoaded(good, bad, first >= len(self.library)))
        if first < len(self.library):
            self.load_summaries(first)
        self.set_interval(WATCH_SECONDS, self.watch_open_file)  # a file edited while open is shown anew
        self._idle_gc = collect_when_idle(self)  # full garbage collections between keys (tui/idle_collect.py)

    # ------------------------------------------------------------------ background work
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.background.handle(event)

    def _worker_failed(self, worker: Worker[Any], line: str) -> None:
        """A worker without a caller waiting for it failed: say so in one line (it is in the log too)."""
        task = WORKER_TASKS.get(worker.name, worker.name)
        if worker.name == "analyse_corpus":
            self.call_later(self.side.show_status, f"{task} stopped: {line}")
        self.notify(f"{task} failed: {line}", severity="error", markup=False, timeout=10)

    @work(thread=True, exclusive=True, group="summaries", exit_on_error=False)
    def load_summaries(self, start: int = 0) -> None:
        worker = get_current_worker()
        # files not summarised before are cleaned in a child process when there are many (keys first either way)
        for good, bad, done in summaries_in_order(
            self.library, start, batch=BATCH, stop=lambda: worker.is_cancelled, between=step_aside
        ):
            for summary in good:
                haystack(summary)  # the filter's text of each entry, built here rather than on the first keystroke
                path_key(summary)  # and its path as the notebook has it (store/corpus/filter_pass.py)
            self.post_message(SummariesLoaded(good, bad, done))

    @on(SummariesLoaded)
    def _summaries_loaded(self, message: SummariesLoaded) -> None:
        sidebar = self.sidebar
        documents = sidebar.documents
        had = documents.highlighted_document()
        sidebar.add_summaries(message.summaries)
        self._problems.extend(message.problems)
        if self._restore_document:
            for summary in message.summaries:
                if summary.path == self._restore_document:
                    self._restore_document = None
                    if not documents.highlight_document(summary.index):
                        self.open_document(summary.index)  # hidden by the remembered filter: open it anyway
                    break
        elif had is None and self._shown is None:
            first = documents.highlighted_document()
            if first is not None:
                self.open_document(first)
        if message.done:
            self._all_summaries_loaded()

    def _all_summaries_loaded(self) -> None:
        sidebar = self.sidebar
        documents = sidebar.documents
        self._restore_document = None
        collector.keep()  # the listing is long-lived: full collections no longer walk it during keys
        sidebar.update_title()
        documents.empty_message = "No document matches." if documents.total else "No documents."
        if self._problems:
            shown = "; ".join(self._problems[:3])
            if len(self._problems) > 3:
                shown += f"; and {len(self._problems) - 3} more"
            self.notify(
                shown,
                title=f"{counted(len(self._problems), 'file')} could not be opened",
                severity="warning",
                markup=False,
                timeout=10,
            )
        if documents.total and self._shown is None:
            self.reader.show_message(
                f"No document matches the filter “{sidebar.filter_text}”: press / to change it, escape to clear it."
            )
        if documents.total == 0:
            self.reader.show_message("No document could be opened.")
        else:  # after the next frame: the corpus analysis imports spaCy, never before the first paint
            self.call_after_refresh(self.analyse_corpus, [s.index for s in documents.summaries])
            self.call_after_refresh(self.corpus_search.keep_current)  # the full-text index for S

    # ------------------------------------------------------------------ opening
    @on(DocumentSelected, "#documents")
    def _focus_reader(self, event: DocumentSelected) -> None:
        self._settled_open.flush()
        self.reader.focus()

    @on(DocumentHighlighted, "#documents")
    def _open_highlighted(self, event: DocumentHighlighted) -> None:
        if not isinstance(event, DocumentSelected) and event.index != self._shown:
            # the cursor's move is drawn first; a held key opens once; typing in the filter, once it pauses
            self._settled_open.request(TYPING if self.sidebar.typing else None)  # (tui/settle.py)

    @on(FilterTyped)
    def _filter_typed(self) -> None:
        self._settled_open.postpone(TYPING)  # the first match opens once the typing pauses, not between letters

    def _open_settled(self) -> None:
        index = self.sidebar.documents.highlighted_document()
        if index is not None and index != self._shown:
            self.open_document(index)

    def open_document(self, index: int, *, block: int | None = None) -> None:
        reader = self.reader
        self._remember_position()
        if index != self._shown:
            self.place.push()  # another document: a jump (ctrl+o comes back)
        self.sidebar.documents.reading = index
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
        if not any(b.mentions for b in doc.blocks):
            # analysed before: highlighted in this very frame, no plain-text flash
            doc = self.analysis.cached(doc) or doc
        self._shown = index
        self.state.document = doc.path
        reader.border_title = Content(doc.display_title)
        self.notes.show(doc)
        reader.show_document(doc)
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
                reader.restore_after_refresh(position)
        if reader.has_focus:
            self.place.mark_read(doc.id)
        self._update_find_count(reader.match_index, len(reader.matches))

    @work(thread=True, exclusive=True, group="open-large", exit_on_error=False)
    def load_large_document(self, index: int) -> None:
        try:
            self.library.document(index)
        except DocumentError as exc:
            self.post_message(LargeDocumentLoaded(index, str(exc)))
            return
        self.post_message(LargeDocumentLoaded(index, None))

    @on(LargeDocumentLoaded)
    def _large_document_loaded(self, message: LargeDocumentLoaded) -> None:
        if self._opening is None or self._opening[0] != message.index:
            return  # the user has moved on
        index, block = self._opening
        self._opening = None
        if message.problem is not None:
            self.reader.show_message(message.problem)
            self.notify(message.problem, severity="error", markup=False)
            return
        self.open_document(index, block=block)

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def watch_open_file(self) -> None:
        """Off the UI thread (a stat may block on a network disk): has the open document's file changed?"""
        index = self._shown
        if index is not None and self.library.changed(index):
            self.post_message(FileChanged(index))

    @on(FileChanged)
    def _file_changed(self, message: FileChanged) -> None:
        if message.index != self._shown:
            return
        reader = self.reader
        cursor, scroll = reader.cursor, reader.scroll_offset.y
        self.library.forget(message.index)
        self._shown = None
        self.open_document(message.index)  # notes are placed again, by their quotes
        if reader.document is not None:
            reader.cursor = min(cursor, max(0, reader.block_count - 1))
            reader.call_after_refresh(reader.scroll_to, 0, scroll, animate=False)
            self.notify("The file changed on disk: showing the new text.", timeout=4)

    def go_to_document(self, index: int, *, block: int | None = None) -> None:
        """Show a document in the sidebar (clearing a filter that hides it), open it and read it."""
        self.place.push()
        self.sidebar.show_document(index)
        self.open_document(index, block=block)
        self.reader.focus()

    def _remember_position(self) -> None:
        reader = self._kept[0] if self._kept else None
        if reader is not None and reader.document is not None:
            self.state.positions[reader.document.id] = reader.place()

    def save_state(self) -> None:
        """Write what is remembered (also called as the screen goes away: uses the references kept on mount,
        its widgets may be gone from the DOM by then)."""
        self._remember_position()
        if self._kept:
            self.state.filter = self._kept[1].filter_text
        self.state_store.save(self.state)

    def on_unmount(self) -> None:
        stop_collecting(self._idle_gc)
        self.analysis.close()
        self.save_state()
        self.library.save_summaries_if_due(closing=True)  # a quit before the whole corpus is listed keeps what was

    @work(thread=True, group="remember", exit_on_error=False)
    def remember_document(self, index: int) -> None:
        """Keep an opened document in the document cache, so that the next run shows it without cleaning."""
        try:
            self.library.document(index, remember=True)
        except DocumentError:
            pass

    # ------------------------------------------------------------------ actors
    def analyse_open(self, index: int, doc: Document) -> None:
        self.analysis.analyse_open(index, doc)

    def analyse_corpus(self, indices: list[int]) -> None:
        self.analysis.analyse_corpus(indices)

    def reanalyse_open(self) -> None:
        """Analyse the open document again (the dictionary changed)."""
        if self._shown is not None:
            try:
                self.analyse_open(self._shown, self.library.document(self._shown))
            except DocumentError:
                pass

    @on(Analysed)
    def _analysed(self, message: Analysed) -> None:
        reader = self.reader
        if message.index != self._shown or reader.document is None or reader.document.id != message.doc.id:
            return  # the user has moved on: drop the result
        reader.show_document(message.doc)
        self._show_legend(message.doc)

    @on(AnalysisProgress)
    async def _analysis_progress(self, message: AnalysisProgress) -> None:
        side = self._kept[2] if self._kept else None  # not a query: progress comes many times a second
        if side is None or not side.is_mounted or not side.is_attached or self.app._exit:
            return  # the app is closing (a quit while the analysis reports): nothing to show it on
        skipped = problems_line(self._problems)  # unreadable folders, too-long paths: in the status line too
        if message.done < message.total:
            await side.show_progress(message.done, message.total, skipped)
        else:
            collector.keep()  # what the analysis keeps (actors, the corpus's statistics) is long-lived too
            status = message.status if message.status is not None else self.analyzer.status
            await side.show_status("\n".join(filter(None, [status, skipped])))

    def _show_legend(self, doc: Document) -> None:
        analysed = bool(doc.title_mentions) or any(b.mentions for b in doc.blocks)
        entries = legend_entries(doc, self.analyzer.actors) if analysed else []
        if self.highlighter.focus not in {e.key for e in entries}:
            self.highlighter.focus = None
        self.side.show_legend(entries, self.highlighter.mode, self.highlighter.focus)

    @on(Legend.OptionSelected, "#legend")
    def _actor_chosen(self, event: Legend.OptionSelected) -> None:
        key = self.side.legend.key_at(event.option_index)
        self.highlighter.focus = None if key == self.highlighter.focus else key
        self.reader.restyle()
        if self.highlighter.focus is not None:
            self.action_mention_step(1)

    @on(LegendCleared)
    def _actor_cleared(self, event: LegendCleared) -> None:
        self.highlighter.focus = None
        self.reader.restyle()

    def action_cycle_colours(self) -> None:
        self.set_colour_mode(self.highlighter.next_mode())

    def set_colour_mode(self, mode: str) -> None:
        """Colour the highlights by affiliation, by kind, or not at all."""
        self.highlighter.mode = mode
        self.state.colour_mode = mode
        reader = self.reader
        reader.restyle()
        if reader.document is not None:
            self._show_legend(reader.document)
        self.notify(f"Colours: {mode}", timeout=2)

    def action_mention_step(self, direction: int) -> None:
        reader = self.reader
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
        wrapped = (target <= reader.cursor) if direction > 0 else (target >= reader.cursor)
        self.place.push()
        reader.move_cursor(target, center=True)
        focus = self.highlighter.focus
        name = next((e.name for e in self.side.legend.entries if e.key == focus), "") if focus else ""
        line = mention_counter(self.highlighter, reader.document.blocks, target, wrapped, direction, name)
        self.notify(line, timeout=3, markup=False)

    def focus_actor(self, key: str) -> None:
        """Emphasise an actor's mentions and go to the first after the cursor."""
        self.highlighter.focus = key
        self.reader.restyle()
        legend = self.side.legend
        keys = [e.key for e in legend.entries]
        if key in keys:
            legend.highlighted = keys.index(key)
        self.action_mention_step(1)
        self.reader.focus()

    def edit_actor(self, phrase: str, *, new: bool) -> None:
        self.analysis.edit_actor(phrase, new=new)

    # ------------------------------------------------------------------ side panel
    def action_focus_legend(self) -> None:
        self.show_side(True)
        self.side.legend.focus()

    def action_toggle_side(self) -> None:
        self.show_side(not self.side.display)
        self.state.panels["side"] = bool(self.side.display)

    def on_resize(self, event: events.Resize) -> None:
        self.show_side(self.side.display, event.size.width)  # narrow or wide again, whatever was toggled

    def show_side(self, show: bool, width: int | None = None) -> None:
        """Show or hide the actors and notes; on a narrow terminal they take the documents' place."""
        self.side.display = show
        narrow = (width if width is not None else self.app.size.width) < NARROW
        sidebar = self.sidebar
        sidebar.display = not (show and narrow)
        if not sidebar.display and sidebar.documents.has_focus:
            self.reader.focus()

    # ------------------------------------------------------------------ filter
    async def action_filter(self) -> None:
        await self.sidebar.open_filter()

    async def filter_by_tag(self, tag: str) -> None:
        await self.sidebar.open_filter(f"#{tag}" if " " not in tag else f"tag:{tag}")

    # ------------------------------------------------------------------ find
    async def action_find(self) -> None:
        bar = self._find_bar()
        if bar is None:
            bar = FindBar(id="find")
            await self.query_one("#center").mount(bar)
        bar.open()

    async def action_find_step(self, direction: int) -> None:
        reader = self.reader
        if not reader.matches:
            if not reader.find_query:
                await self.action_find()
            return
        reader.find_step(direction)

    @on(FindChanged)
    def _find_changed(self, event: FindChanged) -> None:
        self.reader.find(event.query)

    @on(FindStep)
    async def _find_step(self, event: FindStep) -> None:
        await self.action_find_step(event.direction)

    @on(FindClosed)
    def _find_closed(self, event: FindClosed) -> None:
        self.reader.clear_find()
        self.reader.focus()

    @on(FindCount)
    def _find_count(self, event: FindCount) -> None:
        self._update_find_count(event.current, event.total)

    def _update_find_count(self, current: int | None, total: int) -> None:
        bar = self._find_bar()
        if bar is not None:
            bar.set_count(current, total)

    # ------------------------------------------------------------------ corpus search
    def action_search(self) -> None:
        def opened(target: SearchTarget | None) -> None:
            if target is not None:
                self.go_to_document(target.doc_index, block=max(0, target.block))
                if target.query:
                    self.reader.find(target.query, words=True)  # the words highlighted, n / N step through them

        self.app.push_screen(SearchScreen(self.corpus_search), opened)

    # ------------------------------------------------------------------ notes (the controller does the work)
    @on(NotesPanel.OptionSelected, "#notes")
    def _note_chosen(self, event: NotesPanel.OptionSelected) -> None:
        self.place.push()
        self.notes.go_to_selected()

    def notebook_changed(self) -> None:
        self.notes.changed()

    def action_add_note(self) -> None:
        self.notes.add_paragraph_note()

    def action_add_document_note(self) -> None:
        self.notes.add_document_note()

    def action_select_passage(self) -> None:
        self.notes.select_passage()

    def action_tag_document(self) -> None:
        self.notes.tag_document()

    def action_undo_delete(self) -> None:
        self.notes.undo_delete()

    def action_export(self) -> None:
        self.notes.export()

    def action_edit_note(self) -> None:
        self.notes.edit_selected()

    def action_delete_note(self) -> None:
        self.notes.delete_selected()

    def action_tag_note(self) -> None:
        self.notes.tag_selected()

    def action_focus_notes(self) -> None:
        self.show_side(True)
        self.side.notes.focus()

    # ------------------------------------------------------------------ corpus actors
    def action_corpus_actors(self) -> None:
        from .actors_entry import open_corpus_actors

        open_corpus_actors(self)

    def action_notes_stream(self) -> None:
        from .notes_stream import open_notes_stream

        open_notes_stream(self)

    # ------------------------------------------------------------------ palette
    def palette_commands(self) -> list[tuple[str, Callable[[], object], str]]:
        """Commands for the command palette: (name, callback, help)."""
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Filter documents", self.action_filter, "filter the sidebar: words, #tag, has:notes"),
            ("Find in document", self.action_find, "find text in the open document"),
            ("Search all documents", self.action_search, "passages matching across the corpus"),
            ("Who acts: actors across the corpus", self.action_corpus_actors, "table, time, company, every passage"),
            (
                "All notes: every note across the corpus",
                self.action_notes_stream,
                "filter by #tag or words, jump to one",
            ),
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
            ("Show keys", cast("ActorlensApp", self.app).action_help, "every key, by area"),
            ("Toggle dark / light theme", self.toggle_theme, "switch between the dark and light theme"),
        ]
        for mode in ("affiliation", "kind", "off"):
            commands.append((f"Colours: {mode}", partial(self.set_colour_mode, mode), "how actor highlights look"))
        commands.extend(self.place.palette_commands())
        for entry in self.side.legend.entries:
            commands.append(
                (
                    f"Actor: {entry.name}",
                    partial(self.focus_actor, entry.key),
                    f"{entry.count} mentions here: go to them",
                )
            )
        for tag in self.notebook.all_tags():
            commands.append((f"Filter by tag: #{tag}", partial(self.filter_by_tag, tag), "documents with this tag"))
        for theme in sorted(self.app.available_themes):
            commands.append((f"Theme: {theme}", partial(setattr, self.app, "theme", theme), "change the colours"))
        return commands

    def toggle_theme(self) -> None:
        self.app.theme = "textual-light" if self.app.current_theme.dark else "textual-dark"

    def open_from_palette(self, index: int) -> None:
        self.go_to_document(index)

    # ------------------------------------------------------------------ moving around
    def action_focus_documents(self) -> None:
        if not self.sidebar.display:
            self.show_side(False)
        self.sidebar.documents.focus()

    def action_step_document(self, direction: int) -> None:
        documents = self.sidebar.documents
        if direction > 0:
            documents.action_cursor_down()
        else:
            documents.action_cursor_up()

    # ------------------------------------------------------------------ place (the place controller does the work)
    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        reader = self.reader
        if event.widget is reader and reader.document is not None:
            self.place.mark_read(reader.document.id)  # a document is read once the reader is entered on it

    def action_jump_back(self) -> None:
        self.place.back()

    def action_jump_forward(self) -> None:
        self.place.forward()

    def action_toggle_read(self) -> None:
        self.place.toggle_read()

    def action_next_unread(self) -> None:
        self.place.next_unread()

    def action_cycle_sort(self) -> None:
        self.place.cycle_sort()

    def action_open_source(self) -> None:
        self.place.open_source()

"""Who acts across the corpus: every actor of the documents the sidebar shows, with time, company and
every passage.

Everything comes from the actor index (store.actors.corpus_index), itself made from the analysis cache:
opening this screen runs no NLP. Documents whose analysis is not cached yet are counted as pending
("analysing N/M") and join as the background analysis finishes them. The index is read and the table
computed in a thread worker; one actor's details are computed on the UI thread from its own documents
only, and its passages are read in a worker, in batches.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Sparkline, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from store.actors.corpus_index import ActorIndex
from store.actors.corpus_stats import Companion, CorpusActors, Period
from store.corpus.library import Library, Summary
from store.errors import ActorlensError
from store.model import Actor
from tui.counts import counted

from ..palette import colour_for, mention_style
from ..plain import plain
from ..widgets.actor_table import KINDS, ActorFilter, ActorTable
from ..widgets.key_footer import KeyFooter
from ..widgets.passage_list import PassageItem, PassageList, PassageSource
from ..widgets.top_timelines import top_lines
from .actors_keys import CorpusActorsKeys

if TYPE_CHECKING:  # pragma: no cover
    from store.actors.analysis import Analyzer

TOP = 5  # actors drawn together by T
MAX_COMPANY = 50  # companions listed (the most associated)
POLL = 2.0  # seconds between looks for documents the background analysis has finished
PROGRESS_EVERY = 0.5  # seconds between table updates while a corpus is indexed for the first time

# One index per open corpus, kept while the corpus is: reopening the screen reads nothing again.
_INDEXES: weakref.WeakKeyDictionary[Library, ActorIndex] = weakref.WeakKeyDictionary()


def index_for(library: Library, analyzer: Analyzer) -> ActorIndex:
    index = _INDEXES.get(library)
    if index is None or index.analyzer is not analyzer:
        index = _INDEXES[library] = ActorIndex(analyzer, library.roots)
    return index


@dataclass(frozen=True, slots=True)
class ViewState:
    """Where the user was in the view: it opens there again (e.g. after a passage was opened)."""

    actor_id: str | None
    sort_column: str
    descending: bool
    filter_query: str
    period: Period
    top: bool


_STATES: weakref.WeakKeyDictionary[Library, ViewState] = weakref.WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class PassageRequest:
    """What the user asked for on a passage: open the document there, or write a note on it."""

    action: Literal["open", "note"]
    item: PassageItem


class CorpusActorsScreen(Screen[PassageRequest | None]):
    """The corpus actors view. Dismisses with the passage to open or annotate (None: just closed)."""

    BINDINGS = CorpusActorsKeys.BINDINGS

    DEFAULT_CSS = """
    CorpusActorsScreen #actors-body { height: 1fr; }
    CorpusActorsScreen #actors-left { width: 3fr; height: 1fr; }
    CorpusActorsScreen #actors-right { width: 2fr; height: 1fr; }
    CorpusActorsScreen #actors-filter { height: 3; border: round $accent; }
    CorpusActorsScreen .actors-pane {
        border: round $panel; border-title-color: $text-muted; border-subtitle-color: $text-muted;
    }
    CorpusActorsScreen .actors-pane:focus { border: round $accent; border-title-color: $text; }
    CorpusActorsScreen ActorTable { height: 1fr; }
    CorpusActorsScreen #actors-time-box { height: 5; padding: 0 1; }
    CorpusActorsScreen #actors-time { height: 3; }
    CorpusActorsScreen #actors-top { height: auto; display: none; }
    CorpusActorsScreen #actors-time-box.-top { height: auto; }
    CorpusActorsScreen #actors-time-box.-top #actors-time { display: none; }
    CorpusActorsScreen #actors-time-box.-top #actors-top { display: block; }
    CorpusActorsScreen #actors-company { height: 1fr; max-height: 10; }
    CorpusActorsScreen #actors-passages { height: 2fr; }
    CorpusActorsScreen #actors-company, CorpusActorsScreen #actors-passages { text-wrap: nowrap; text-overflow: ellipsis; }
    """

    @dataclass
    class Indexed(Message):
        corpus: CorpusActors
        indexed: int
        total: int
        final: bool
        pending: list[int] = field(default_factory=list)  # library indices of the documents not analysed

    @dataclass
    class Problem(Message):
        text: str

    def __init__(
        self,
        library: Library,
        analyzer: Analyzer,
        shown: Sequence[Summary],
        *,
        every: Sequence[Summary] = (),
        mode: str = "affiliation",
        index: ActorIndex | None = None,
        analyse: Callable[[list[int]], object] | None = None,
    ) -> None:
        """shown: the documents to count (those the sidebar shows); every: all the corpus's documents
        (their records are kept when the index is saved); analyse: asks the app's background analysis
        for documents (library indices) whose analysis is not cached, e.g. after a dictionary edit."""
        super().__init__()
        self.library = library
        self.analyzer = analyzer
        self.shown = list(shown)
        self.every = list(every) or self.shown
        self.mode = mode
        self.index = index or index_for(library, analyzer)
        self._analyse = analyse
        self._asked = False
        self.corpus: CorpusActors | None = None
        self.period: Period = "month"
        self.top = False  # the time box shows the TOP most mentioned actors together
        self._restore: str | None = None
        self.actor_id: str | None = None
        self.together: str | None = None
        self.companions: list[Companion] = []
        self._by_doc = {s.doc_id: s for s in self.shown}
        self._loaded = False
        self._poll: Timer | None = None
        self._styles: dict[str, Style | None] = {}

    def compose(self) -> ComposeResult:
        with Horizontal(id="actors-body"):
            with Vertical(id="actors-left"):
                yield ActorTable(id="actors-table", classes="actors-pane")
            with Vertical(id="actors-right"):
                with Vertical(id="actors-time-box", classes="actors-pane"):
                    yield Sparkline([0], id="actors-time", summary_function=max)
                    yield Static("", id="actors-top", markup=False)
                yield OptionList(id="actors-company", classes="actors-pane")
                yield PassageList(id="actors-passages", classes="actors-pane")
        yield KeyFooter()

    def on_mount(self) -> None:
        table = self.query_one(ActorTable)
        state = _STATES.get(self.library)
        if state is not None:
            table.sort_column, table.descending = state.sort_column, state.descending
            self.period, self.top = state.period, state.top
            self.query_one("#actors-time-box").set_class(state.top, "-top")
            self._restore = state.actor_id
            if state.filter_query:
                filter_input = self._filter_input()
                filter_input.value = state.filter_query
                table.filter = ActorFilter.parse(state.filter_query)
        table.border_title = "Actors"
        table.border_subtitle = f"reading {len(self.shown)} documents…"
        self.query_one("#actors-time-box").border_title = "Mentions per month"
        self.query_one("#actors-company").border_title = "Named with"
        self.query_one(PassageList).border_title = "Passages"
        table.focus()
        self.collect()

    # ── the table ────────────────────────────────────────────────────────────────────────────────────
    @work(thread=True, exclusive=True, group="actors-index", exit_on_error=False)
    def collect(self) -> None:
        """The shown documents' actors: from the index, else from the analysis cache (by document id:
        no document is read, no NLP runs). Those not analysed yet are pending."""
        index = self.index
        try:
            actors = self.analyzer.actors
            _ = index.key  # loads the dictionary and finds the pipeline (no spaCy)
        except ActorlensError as exc:
            self.post_message(self.Problem(str(exc)))
            return
        if not self._loaded:
            index.load()
            self._loaded = True
        worker = get_current_worker()
        before = len(index)
        total = len(self.shown)
        missing: list[int] = []
        last = time.monotonic()
        for position, summary in enumerate(self.shown):
            if not index.known(summary.doc_id, summary.date):
                missing.append(summary.index)
            pending = len(missing)
            if len(index) > before and time.monotonic() - last > PROGRESS_EVERY:  # indexed for the first time
                if worker.is_cancelled:
                    return
                unknown = pending + total - position - 1
                corpus = CorpusActors(
                    index.columns(s.doc_id for s in self.shown[: position + 1]), actors, pending=unknown
                )
                self.post_message(self.Indexed(corpus, total - unknown, total, False))
                last = time.monotonic()
        pending = len(missing)
        if self.corpus is not None and len(index) == before and pending == self.corpus.pending:
            return  # nothing new since the last look
        corpus = CorpusActors(index.columns(s.doc_id for s in self.shown), actors, pending=pending)
        self.post_message(self.Indexed(corpus, total - pending, total, True, missing))
        index.save(keep=[s.doc_id for s in self.every])

    def on_corpus_actors_screen_indexed(self, message: Indexed) -> None:
        before = self.corpus.row(self.actor_id) if self.corpus and self.actor_id else None
        self.corpus = message.corpus
        table = self.query_one(ActorTable)
        table.show_rows(message.corpus.rows, self.mode)
        if self._restore is not None:  # the actor selected when the view was last left
            ids = [r.actor_id for r in table.rows_shown]
            if self._restore in ids:
                table.move_cursor(ids.index(self._restore))
                self._restore = None
            elif message.final:
                self._restore = None
        self._update_titles(message)
        chosen = table.selected_actor()
        changed = chosen is not None and message.corpus.row(chosen) != before
        if chosen != self.actor_id or (changed and message.final):  # while filling in: only a new selection
            self.show_actor(chosen)
        if message.final and message.pending and self._analyse is not None and not self._asked:
            self._asked = True  # once: the background analysis then goes on by itself
            self._analyse(message.pending)
        if message.final and message.corpus.pending and self._poll is None:
            self._poll = self.set_interval(POLL, self.collect)
        elif message.final and not message.corpus.pending and self._poll is not None:
            self._poll.stop()
            self._poll = None

    def _update_titles(self, message: Indexed) -> None:
        table = self.query_one(ActorTable)
        corpus = message.corpus
        shown = len(table.rows_shown)
        every = len(corpus.rows)
        table.border_title = f"Actors ({shown})" if shown == every else f"Actors ({shown} of {every})"
        parts = [f"{corpus.documents} documents"]
        if corpus.pending:
            parts.append(f"analysing {message.indexed}/{message.total}")
        if table.filter != ActorFilter():
            parts.append("filtered")
        table.border_subtitle = " · ".join(parts)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:  # a failure reaches the user, in one line
            self.notify(" ".join(f"The actors view: {event.worker.error}".split()), severity="error", markup=False)

    def on_corpus_actors_screen_problem(self, message: Problem) -> None:
        self.notify(message.text, severity="error", markup=False)

    @on(ActorTable.Highlighted, "#actors-table")
    def _row_highlighted(self, event: ActorTable.Highlighted) -> None:
        if event.actor_id != self.actor_id:
            self.show_actor(event.actor_id)

    # ── one actor ────────────────────────────────────────────────────────────────────────────────────
    def _style(self, actor_id: str) -> Style | None:
        if actor_id not in self._styles:
            self._styles[actor_id] = mention_style(self._actor(actor_id), self.mode)
        return self._styles[actor_id]

    def _actor(self, actor_id: str) -> Actor | None:
        return self.corpus.actors.get(actor_id) if self.corpus else None

    def show_actor(self, actor_id: str | None) -> None:
        """Time, company and passages of one actor (None: clear them)."""
        self.actor_id = actor_id
        self.together = None
        self.show_timeline()
        company = self.query_one("#actors-company", OptionList)
        company.clear_options()
        corpus = self.corpus
        if actor_id is None or corpus is None:
            self.companions = []
            company.border_title = "Named with"
            self.query_one(PassageList).reset()
            return
        ranked = corpus.company(actor_id)
        self.companions = ranked[:MAX_COMPANY]
        company.add_options([Option(self._companion_prompt(c)) for c in self.companions])
        row = corpus.row(actor_id)
        name = row.name if row else actor_id
        company.border_title = f"Named with {plain(name)}"
        shown = f"{len(self.companions)}" if len(ranked) <= MAX_COMPANY else f"first {MAX_COMPANY} of {len(ranked)}"
        company.border_subtitle = f"{shown} · same paragraph, ≥2, by G²" if ranked else "no one twice"
        # after this frame (the time line and company first), and only if the actor is still the one
        # selected: holding down an arrow key starts no reading for the actors passed over
        self.query_one(PassageList).reset()
        self.call_after_refresh(self._passages_of, actor_id)

    def _passages_of(self, actor_id: str) -> None:
        if actor_id == self.actor_id:
            self.start_passages()

    def show_timeline(self) -> None:
        box = self.query_one("#actors-time-box")
        spark = self.query_one("#actors-time", Sparkline)
        box.border_title = f"Mentions per {self.period}"
        if self.top and self.corpus is not None:
            axis, series = self.corpus.by_period(self.period, top=TOP)
            width = box.content_region.width or 40
            self.query_one("#actors-top", Static).update(top_lines(series, width, self.mode))
            box.border_title = f"Top {len(series)}: mentions per {self.period}"
            undated = self.corpus.undated_documents
            span = f"{axis[0]}–{axis[-1]}" if len(axis) > 1 else (axis[0] if axis else "no dated document")
            box.border_subtitle = f"{counted(undated, 'undated doc')} not drawn · {span}" if undated else span
            return
        if self.actor_id is None or self.corpus is None:
            spark.data = [0]
            box.border_subtitle = ""
            return
        timeline = self.corpus.timeline(self.actor_id, self.period)
        spark.data = list(timeline.counts) or [0]
        parts = []
        if timeline.undated_documents:
            parts.append(f"{counted(timeline.undated_documents, 'undated doc')} not drawn")
        if timeline.labels:
            peak = max(range(len(timeline.counts)), key=timeline.counts.__getitem__)
            parts.append(f"peak {timeline.counts[peak]} in {timeline.labels[peak]}")
            parts.append(
                f"{timeline.labels[0]}–{timeline.labels[-1]}" if len(timeline.labels) > 1 else timeline.labels[0]
            )
        box.border_subtitle = " · ".join(parts) or "no dated document"

    def _companion_prompt(self, companion: Companion) -> Text:
        actor = self._actor(companion.actor_id)
        colour = colour_for(actor, self.mode)
        prompt = Text(no_wrap=True, overflow="ellipsis", end="")
        prompt.append("██ " if colour else "   ", style=Style(color=colour) if colour else Style())
        prompt.append(f"{companion.together:>4}× ", style="bold")
        prompt.append(plain(actor.name if actor else companion.actor_id))
        prompt.append(f"  G² {companion.score:.1f} · {companion.alone} ¶ in all", style="dim")
        return prompt

    @on(OptionList.OptionSelected, "#actors-company")
    def _companion_chosen(self, event: OptionList.OptionSelected) -> None:
        if not (0 <= event.option_index < len(self.companions)):
            return
        chosen = self.companions[event.option_index].actor_id
        self.together = None if chosen == self.together else chosen
        self.start_passages()
        if self.together is not None:
            self.query_one(PassageList).focus()

    # ── passages ─────────────────────────────────────────────────────────────────────────────────────
    def start_passages(self) -> None:
        passages = self.query_one(PassageList)
        if self.actor_id is None or self.corpus is None:
            passages.reset()
            return
        who = self.corpus.row(self.actor_id)
        name = plain(who.name) if who else self.actor_id
        if self.together:
            other = self.corpus.row(self.together)
            name += f" with {plain(other.name) if other else self.together}"
        source = PassageSource(self.index, self.library, self._by_doc)
        passages.show(source, self.corpus, self.actor_id, self.together, name, self._style(self.actor_id))

    @on(OptionList.OptionSelected, "#actors-passages")
    def _passage_chosen(self, event: OptionList.OptionSelected) -> None:
        item = self.query_one(PassageList).selected()
        if item is not None:
            self.dismiss(PassageRequest("open", item))

    @on(PassageList.NoteRequested)
    def _note_requested(self, event: PassageList.NoteRequested) -> None:
        self.dismiss(PassageRequest("note", event.item))

    # ── keys ─────────────────────────────────────────────────────────────────────────────────────────
    def action_close(self) -> None:
        self.dismiss(None)

    def dismiss(self, result: PassageRequest | None = None) -> AwaitComplete:
        self._keep_state()
        return super().dismiss(result)

    def _keep_state(self) -> None:
        table = self.query_one(ActorTable)
        _STATES[self.library] = ViewState(
            self.actor_id, table.sort_column, table.descending, self._filter_query(), self.period, self.top
        )

    def _filter_query(self) -> str:
        found = self.query("#actors-filter")
        return found.first(Input).value if found else ""

    def _filter_input(self) -> Input:
        found = self.query("#actors-filter")
        if found:
            return found.first(Input)
        filter_input = Input(placeholder="filter: words, kind:person, aff:RUS (aff:none)", id="actors-filter")
        self.query_one("#actors-left").mount(filter_input, before=0)
        return filter_input

    def action_filter(self) -> None:
        filter_input = self._filter_input()
        filter_input.display = True
        filter_input.focus()

    def _set_filter(self, query: str) -> None:
        table = self.query_one(ActorTable)
        table.set_filter(query)
        if self.corpus is not None:
            self._update_titles(
                self.Indexed(self.corpus, self.corpus.documents, self.corpus.documents + self.corpus.pending, True)
            )
        chosen = table.selected_actor()
        if chosen != self.actor_id:
            self.show_actor(chosen)

    @on(Input.Changed, "#actors-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._set_filter(event.value)

    @on(Input.Submitted, "#actors-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(ActorTable).focus()

    def on_key(self, event) -> None:  # noqa: ANN001
        focused = self.focused
        if event.key == "escape" and focused is not None and focused.id == "actors-filter":
            event.stop()
            self._filter_input().value = ""
            self._filter_input().display = False
            self.query_one(ActorTable).focus()
        elif (
            event.key == "escape"
            and focused is not None
            and focused.id in ("actors-passages", "actors-company")
            and self.together
        ):
            event.stop()  # first escape: back to every passage of the actor
            self.together = None
            self.start_passages()

    def _show_filter(self, query: str) -> None:
        filter_input = self._filter_input()
        filter_input.display = bool(query)
        filter_input.value = query
        self._set_filter(query)

    def action_cycle_kind(self) -> None:
        table = self.query_one(ActorTable)
        current = table.filter.kind
        options: list[str | None] = [None, *KINDS]
        following = options[(options.index(current) + 1) % len(options)] if current in options else None
        self._show_filter(table.filter.with_kind(following))
        self.notify(f"Kind: {following or 'all'}", timeout=2)

    def action_cycle_affiliation(self) -> None:
        """Next affiliation among the actors present, most mentioned first (then none: all)."""
        table = self.query_one(ActorTable)
        if self.corpus is None:
            return
        counts: dict[str, int] = {}
        for row in self.corpus.rows:
            key = row.affiliation or "NONE"
            counts[key] = counts.get(key, 0) + row.mentions
        options: list[str | None] = [None, *sorted(counts, key=lambda a: (-counts[a], a))]
        current = table.filter.affiliation
        following = options[(options.index(current) + 1) % len(options)] if current in options else None
        f = table.filter
        parts = ([f"kind:{f.kind}"] if f.kind else []) + ([f"aff:{following}"] if following else []) + list(f.words)
        self._show_filter(" ".join(parts))
        self.notify(f"Affiliation: {following or 'all'}", timeout=2)

    def action_toggle_top(self) -> None:
        self.top = not self.top
        self.query_one("#actors-time-box").set_class(self.top, "-top")
        self.show_timeline()

    def action_toggle_period(self) -> None:
        self.period = "week" if self.period == "month" else "month"
        self.show_timeline()

    def action_focus_company(self) -> None:
        company = self.query_one("#actors-company", OptionList)
        company.focus()
        if company.highlighted is None and company.option_count:
            company.highlighted = 0

    def action_focus_passages(self) -> None:
        passages = self.query_one(PassageList)
        passages.focus()
        if passages.highlighted is None and passages.option_count:
            passages.highlighted = 0

    def action_export(self) -> None:
        from .actors_export import ExportActors

        if self.corpus is None:
            return
        self.app.push_screen(ExportActors(self.corpus, self.query_one(ActorTable).rows_shown))

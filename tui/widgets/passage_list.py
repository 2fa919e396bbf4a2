"""Keyword in context: every passage that names the selected actor, across the corpus (date and title,
then the sentence with the mention highlighted). ``enter`` opens one, ``a`` writes a note on it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import work
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from store.actors.corpus_index import ActorIndex
from store.actors.corpus_stats import CorpusActors
from store.actors.passages import passage_around, passage_for
from store.corpus.library import Library, Summary
from store.errors import ActorlensError
from tui.counts import counted

from ..plain import plain
from ..screens.actors_keys import PassageListKeys

LEFT = 24  # characters of context kept before the mention (the rest of the line follows it)
MENTION = Style(bold=True)


@dataclass(frozen=True, slots=True)
class PassageItem:
    doc_index: int
    doc_id: str
    title: str
    date: str | None
    block: int
    start: int  # the passage, as offsets into its block's text
    end: int
    text: str
    mention_start: int  # the mention, as offsets into the block's text
    mention_end: int


def passage_prompt(item: PassageItem, style: Style | None = None) -> Text:
    """Two lines: date · title, then the passage from a little before the mention (plain text)."""
    prompt = Text(no_wrap=True, overflow="ellipsis", end="")
    prompt.append(item.date or "undated", style="dim")
    prompt.append(" · ")
    prompt.append(plain(item.title), style="bold")
    prompt.append("\n")
    s = item.mention_start - item.start
    e = item.mention_end - item.start
    text = plain(item.text)
    cut = max(0, s - LEFT)
    if cut:
        space = text.find(" ", cut, s)
        cut = space + 1 if space >= 0 else cut
        prompt.append("…")
    prompt.append(text[cut:s])
    prompt.append(text[s:e], style=(style + MENTION) if style else MENTION + Style(reverse=True))
    prompt.append(text[e:])
    return prompt


@dataclass(frozen=True, slots=True)
class PassageSource:
    """Where passages come from: the actor index (mentions, kept passages), the library (a document's
    text, the first time), and the summaries of the documents shown (titles, library indices)."""

    index: ActorIndex
    library: Library
    by_doc: Mapping[str, Summary]


class PassageList(OptionList):
    """Every passage of one actor (or of two together), by date; read a page at a time in a worker:
    the first FIRST at once, then up to PAGE, the next page when the list is scrolled near its end."""

    BINDINGS = PassageListKeys.BINDINGS
    FIRST = 30  # about two screenfuls, shown as soon as they are read
    PAGE = 200

    @dataclass
    class NoteRequested(Message):
        item: PassageItem

    @dataclass
    class Found(Message):
        key: tuple[str, str | None]
        items: list[PassageItem]
        total: str  # how many there are, as the title says it
        following: tuple[list, int] | None  # where the next page starts (None: no more)
        done: bool

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.items: list[PassageItem] = []
        self.key: tuple[str, str | None] | None = None
        self._name = ""
        self._total = ""
        self._next: tuple[list, int] | None = None
        self._style: Style | None = None
        self._request: tuple[PassageSource, CorpusActors] | None = None

    def reset(self) -> None:
        self.workers.cancel_group(self, "passages")
        self.items = []
        self.key = None
        self._next = None
        self.clear_options()
        self.border_title = "Passages"
        self.border_subtitle = ""

    def show(self, source: PassageSource, corpus: CorpusActors, actor_id: str, together: str | None, name: str,
             style: Style | None) -> None:  # fmt: skip
        """The passages of actor_id (with together: in blocks that also name that actor)."""
        self.reset()
        self.key = (actor_id, together)
        self._name, self._total, self._style = name, "", style
        self._request = (source, corpus)
        self._title(done=False)
        self.load(source, corpus, actor_id, together, None, 0)

    def _title(self, *, done: bool) -> None:
        total = f" ({self._total})" if self._total else ""
        self.border_title = f"Passages: {self._name}{total}"
        if not done:
            self.border_subtitle = f"reading… {len(self.items)}"
        elif self._next is not None:
            self.border_subtitle = f"first {len(self.items)}, more below · enter opens · a note"
        else:
            self.border_subtitle = "enter opens · a note"

    @work(thread=True, exclusive=True, group="passages", exit_on_error=False)
    def load(self, source: PassageSource, corpus: CorpusActors, actor_id: str, together: str | None,
             documents: list | None, start: int) -> None:  # fmt: skip
        worker = get_current_worker()
        key = (actor_id, together)
        if documents is None:
            documents = corpus.documents_of(actor_id, together)
        row = corpus.row(actor_id)
        total = str(row.mentions) if row and together is None else f"in {counted(len(documents), 'document')}"
        batch: list[PassageItem] = []
        size = self.FIRST if start == 0 else self.PAGE
        listed = 0
        position = start
        while position < len(documents) and listed < self.PAGE:
            if worker.is_cancelled:
                return
            doc_id, date = documents[position]
            position += 1
            summary = source.by_doc.get(doc_id)
            record = source.index.record(doc_id, date)
            if summary is None or record is None:
                continue
            kept = source.index.passages(doc_id)
            if kept is None:  # the first time: cut from the document, then kept
                try:
                    kept = source.index.keep_passages(source.library.document(summary.index), record)
                except (ActorlensError, IndexError):
                    kept = []
            for occurrence in record.occurrences(actor_id, together):
                found = passage_for(kept, occurrence.block, occurrence.start, occurrence.end)
                if found is None:  # not among the kept ones: from the document itself
                    try:  # the title's mentions are block -1: passage_around reads the title
                        doc = source.library.document(summary.index)
                        found = passage_around(doc, occurrence.block, occurrence.start, occurrence.end)
                    except (ActorlensError, IndexError):
                        continue
                _, s, e, text = found
                batch.append(PassageItem(summary.index, doc_id, summary.title, occurrence.date, occurrence.block,
                                         s, e, text, occurrence.start, occurrence.end))  # fmt: skip
                listed += 1
            if len(batch) >= size:
                self.post_message(self.Found(key, batch, total, None, False))
                batch, size = [], self.PAGE
        if not worker.is_cancelled:
            following = (documents, position) if position < len(documents) else None
            self.post_message(self.Found(key, batch, total, following, True))

    def on_passage_list_found(self, message: Found) -> None:
        message.stop()
        if message.key != self.key:
            return
        self._total = message.total
        if message.done:
            self._next = message.following
        self.items.extend(message.items)
        self.add_options([Option(passage_prompt(item, self._style)) for item in message.items])
        if self.highlighted is None and self.items:
            self.highlighted = 0
        self._title(done=message.done)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if self._next is not None and self.key is not None and self._request is not None:
            if event.option_index >= len(self.items) - 10:
                documents, position = self._next
                self._next = None
                self.load(*self._request, *self.key, documents, position)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:  # a failure reaches the user, in one line
            self.notify(" ".join(f"Passages: {event.worker.error}".split()), severity="error", markup=False)

    def selected(self) -> PassageItem | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.items)):
            return None
        return self.items[self.highlighted]

    def action_note(self) -> None:
        item = self.selected()
        if item is not None:
            self.post_message(self.NoteRequested(item))

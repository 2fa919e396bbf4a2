"""Every message the app's widgets and workers post, as dataclasses (one place to see what flows where).

Widgets post what happened (a document highlighted, a find query typed); workers post what they made
(summaries, an analysis, search results). Screens route them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from store.corpus.library import Summary
from store.model import Document

if TYPE_CHECKING:  # pragma: no cover
    from store.corpus.search_index import Found

    from .widgets.document_list import DocumentList


# ---------------------------------------------------------------------- the documents list
@dataclass
class DocumentHighlighted(Message):
    """The highlight moved to a document (which opens it)."""

    document_list: DocumentList
    index: int

    @property
    def control(self) -> DocumentList:
        return self.document_list


@dataclass
class DocumentSelected(DocumentHighlighted):
    """enter (or a double click) on a document: read it."""


class FilterTyped(Message):
    """The sidebar filter's text changed as the user typed (a document the cursor came to waits for a pause)."""


# ---------------------------------------------------------------------- find in the document
@dataclass
class FindChanged(Message):
    query: str


@dataclass
class FindStep(Message):
    direction: int


@dataclass
class FindClosed(Message):
    pass


@dataclass
class FindCount(Message):
    """The reader's matches changed: which is current (None: none yet) of how many."""

    current: int | None
    total: int


# ---------------------------------------------------------------------- the legend
@dataclass
class LegendCleared(Message):
    """The user asked to stop emphasising an actor."""


# ---------------------------------------------------------------------- background work
@dataclass
class SummariesLoaded(Message):
    summaries: list[Summary]
    problems: list[str]
    done: bool


@dataclass
class Analysed(Message):
    """A document's analysis is ready (dropped if the document is no longer shown)."""

    index: int
    doc: Document


@dataclass
class LargeDocumentLoaded(Message):
    """A large file was read and cleaned in a worker (problem: why it could not be)."""

    index: int
    problem: str | None


@dataclass
class FileChanged(Message):
    """The open document's file changed on disk."""

    index: int


@dataclass
class AnalysisProgress(Message):
    """How far the corpus analysis is. A newer one replaces one still waiting in the queue."""

    done: int
    total: int
    # with the last one: the analyzer's status line, made in the worker's thread (the first reading of it
    # parses the actor dictionary, ~130 ms that held the UI thread on a first start); None: not made
    status: str | None = None

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgress)


@dataclass
class HitsFound(Message):
    """What the corpus search found for query."""

    query: str
    found: Found

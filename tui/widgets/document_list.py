"""The sidebar: one entry per document (title, then date and source), added in batches."""

from __future__ import annotations

import os

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.library import Summary


def summary_prompt(summary: Summary) -> Text:
    """Two lines: the title, then date · source (never parsed as markup)."""
    title = Text(summary.title, style="bold" if summary.has_title else "italic", no_wrap=True, overflow="ellipsis")
    meta = " · ".join(p for p in (summary.date, summary.source or summary.author) if p)
    prompt = Text(no_wrap=True, overflow="ellipsis")
    prompt.append_text(title)
    prompt.append("\n")
    prompt.append(meta or os.path.basename(summary.path), style="dim")
    return prompt


class DocumentList(OptionList):
    """Documents of the corpus; highlighting one opens it."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="documents.down"),
        Binding("k", "cursor_up", "Up", show=False, id="documents.up"),
        Binding("g", "first", "First", show=False, id="documents.first"),
        Binding("G", "last", "Last", show=False, id="documents.last"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.summaries: dict[int, Summary] = {}

    def add_summaries(self, summaries: list[Summary]) -> None:
        for summary in summaries:
            self.summaries[summary.index] = summary
        self.add_options([Option(summary_prompt(s), id=str(s.index)) for s in summaries])

    def selected_index(self) -> int | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return int(option.id) if option.id is not None else None

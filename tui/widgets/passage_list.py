"""Keyword in context: every passage that names the selected actor, across the corpus (date and title,
then the sentence with the mention highlighted). ``enter`` opens one, ``a`` writes a note on it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

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


class PassageList(OptionList):
    BINDINGS = PassageListKeys.BINDINGS

    @dataclass
    class NoteRequested(Message):
        item: PassageItem

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.items: list[PassageItem] = []

    def reset(self) -> None:
        self.items = []
        self.clear_options()

    def add_items(self, items: list[PassageItem], styles: dict[str, Style | None], actor_id: str) -> None:
        style = styles.get(actor_id)
        self.items.extend(items)
        self.add_options([Option(passage_prompt(item, style)) for item in items])

    def selected(self) -> PassageItem | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.items)):
            return None
        return self.items[self.highlighted]

    def action_note(self) -> None:
        item = self.selected()
        if item is not None:
            self.post_message(self.NoteRequested(item))

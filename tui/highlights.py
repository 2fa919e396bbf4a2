"""How mentions look in the reader: colour mode, the emphasised actor, styles by span."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rich.style import Style
from rich.text import Span, Text

from store.model import Actor, Block

from .palette import MODES, mention_style
from .widgets.legend import mention_key

EMPHASIS = Style(bold=True, underline=True)  # added to the emphasised actor's own colours
# every other mention while one actor is emphasised: its colours dropped, still marked as a mention
DIMMED = Style(underline=True)


class Highlighter:
    def __init__(self, actors: Callable[[], Mapping[str, Actor]], mode: str = "affiliation") -> None:
        self._actors = actors
        self.mode = mode if mode in MODES else "affiliation"
        self.focus: str | None = None  # legend key of the emphasised actor
        self._styles_for: tuple[object, str] = (None, "")
        self._styles: dict[str, Style | None] = {}

    def next_mode(self) -> str:
        """The colour mode after this one: affiliation → kind → off → affiliation."""
        return MODES[(MODES.index(self.mode) + 1) % len(MODES)]

    def style(self, block: Block, text: Text) -> Text:
        if not block.mentions:
            return text
        actors = self._actors()
        if actors is not self._styles_for[0] or self.mode != self._styles_for[1]:
            self._styles_for = (actors, self.mode)
            self._styles = {}
        styles = self._styles  # by actor id, for these actors and this mode: looked up for every mention
        focus = self.focus
        spans = text.spans
        size = len(text)
        for mention in block.mentions:
            actor_id = mention.actor_id or ""
            try:
                style = styles[actor_id]
            except KeyError:
                style = styles[actor_id] = mention_style(actors.get(actor_id), self.mode)
            if focus is not None:
                style = (style or Style()) + EMPHASIS if mention_key(mention) == focus else DIMMED
            if style is not None and 0 <= mention.start < mention.end <= size:
                spans.append(Span(mention.start, mention.end, style))  # Text.stylize, without its checks
        return text

    def mention_blocks(self, blocks: tuple[Block, ...]) -> list[int]:
        """Indices of the blocks that mention the emphasised actor."""
        if self.focus is None:
            return [i for i, b in enumerate(blocks) if b.mentions]
        return [i for i, b in enumerate(blocks) if any(mention_key(m) == self.focus for m in b.mentions)]

    def mention_count(self, blocks: tuple[Block, ...], block: int) -> tuple[int, int, int]:
        """Where ``block`` is among the mentions (of the emphasised actor, or of any actor): the numbers
        of its first and last mention (1-based) and the total, for a "4/18" counter."""
        before = here = total = 0
        for i, b in enumerate(blocks):
            n = sum(1 for m in b.mentions if self.focus is None or mention_key(m) == self.focus)
            total += n
            if i < block:
                before += n
            elif i == block:
                here = n
        return before + 1, before + max(here, 1), total


def mention_counter(
    highlighter: Highlighter, blocks: tuple[Block, ...], block: int, wrapped: bool, direction: int, name: str = ""
) -> str:
    """What a mention step says: "Vladimir Putin 4/18", "4–6/18" for a paragraph with three, and that it
    wrapped past the end (or the start)."""
    first, last, total = highlighter.mention_count(blocks, block)
    where = f"{first}/{total}" if first == last else f"{first}–{last}/{total}"
    line = f"{name} {where}" if name else f"mention {where}"
    if wrapped:
        line += " · wrapped to the first" if direction > 0 else " · wrapped to the last"
    return line

"""How mentions look in the reader: colour mode, the emphasised actor, styles by span."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from rich.style import Style
from rich.text import Text

from store.model import Actor, Block

from .palette import MODES, mention_style
from .widgets.legend import mention_key

EMPHASIS = Style(bold=True, underline=True, reverse=True)


class Highlighter:
    def __init__(self, actors: Callable[[], Mapping[str, Actor]], mode: str = "affiliation") -> None:
        self._actors = actors
        self.mode = mode if mode in MODES else "affiliation"
        self.focus: str | None = None  # legend key of the emphasised actor

    def cycle_mode(self) -> str:
        self.mode = MODES[(MODES.index(self.mode) + 1) % len(MODES)]
        return self.mode

    def style(self, block: Block, text: Text) -> Text:
        if not block.mentions:
            return text
        actors = self._actors()
        for mention in block.mentions:
            focused = self.focus is not None and mention_key(mention) == self.focus
            style = mention_style(actors.get(mention.actor_id or ""), self.mode)
            if focused:
                style = (style or Style()) + EMPHASIS
            if style is not None:
                text.stylize(style, mention.start, mention.end)
        return text

    def mention_blocks(self, blocks: tuple[Block, ...]) -> list[int]:
        """Indices of the blocks that mention the emphasised actor."""
        if self.focus is None:
            return [i for i, b in enumerate(blocks) if b.mentions]
        return [i for i, b in enumerate(blocks) if any(mention_key(m) == self.focus for m in b.mentions)]

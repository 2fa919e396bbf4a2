"""The most mentioned actors' time lines together, one line each: swatch, name, then a sparkline drawn
with block characters on one shared scale (plain Text, never markup)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text

from store.actors.corpus_stats import ActorRow
from store.model import Actor

from ..palette import colour_for
from ..plain import plain

BARS = " ▁▂▃▄▅▆▇█"
NAME = 14


def buckets(values: Sequence[int], width: int) -> list[int]:
    """values summed into at most width buckets (in order)."""
    if len(values) <= width:
        return list(values)
    out = [0] * width
    for i, v in enumerate(values):
        out[i * width // len(values)] += v
    return out


def top_lines(series: Sequence[tuple[ActorRow, Sequence[int]]], width: int, mode: str) -> Text:
    """One line an actor; the bars share one scale, so the lines compare."""
    room = max(1, width - NAME - 4)
    drawn = [(row, buckets(counts, room)) for row, counts in series]
    peak = max((max(b) for _, b in drawn if b), default=0) or 1
    text = Text(no_wrap=True, overflow="crop", end="")
    for i, (row, values) in enumerate(drawn):
        actor = Actor(row.actor_id, row.name, row.kind, row.affiliation) if row.kind != "unknown" else None  # type: ignore[arg-type]
        colour = colour_for(actor, mode)
        text.append("██ " if colour else "   ", style=Style(color=colour) if colour else Style())
        name = plain(row.name)
        text.append((name if len(name) <= NAME else name[: NAME - 1] + "…").ljust(NAME) + " ")
        text.append("".join(BARS[0 if v == 0 else max(1, round(v / peak * (len(BARS) - 1)))] for v in values),
                    style=Style(color=colour) if colour else Style())  # fmt: skip
        if i < len(drawn) - 1:
            text.append("\n")
    return text

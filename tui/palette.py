"""Colours of actor highlights: Okabe–Ito (colour-blind safe), black text on the colour so that it reads
on dark and light themes alike. Deterministic: an actor's colour depends only on its affiliation (or
kind), never on the document or the order of appearance.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rich.style import Style
from rich.text import Text

from store.actors.inferred import is_inferred
from store.model import Actor, Mention

MODES = ("affiliation", "kind", "off")

ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"
OKABE_ITO = (ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE)

# The parties that meet most often in this corpus's news get colours that tell them apart; every other
# affiliation gets one from a hash (stable across runs and machines).
AFFILIATION_COLOURS = {
    "RUS": VERMILLION,
    "TUR": REDDISH_PURPLE,
    "ARM": ORANGE,
    "AZE": SKY_BLUE,
    "UKR": YELLOW,
    "USA": BLUE,
}


def _tint(colour: str, amount: float = 0.55) -> str:
    """The colour mixed with white: same hue, told apart from the full colour by lightness."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c + (255 - c) * amount) for c in (r, g, b)))


# The six parties above take the full colours (and green marks "no affiliation"); every other state gets
# a light tint, so that Iran never looks like Armenia in the same text.
LIGHT_TINTS = tuple(_tint(c) for c in OKABE_ITO)
NO_AFFILIATION = BLUISH_GREEN  # NATO, the EU, regions, disputed territories
KIND_COLOURS = {
    "person": ORANGE,
    "state": BLUE,
    "organisation": BLUISH_GREEN,
    "group": REDDISH_PURPLE,
    "place": SKY_BLUE,
}


def affiliation_colour(affiliation: str | None) -> str:
    if not affiliation:
        return NO_AFFILIATION
    fixed = AFFILIATION_COLOURS.get(affiliation)
    if fixed:
        return fixed
    digest = hashlib.blake2b(affiliation.encode(), digest_size=2).digest()
    return LIGHT_TINTS[int.from_bytes(digest, "big") % len(LIGHT_TINTS)]


def colour_for(actor: Actor | None, mode: str = "affiliation") -> str | None:
    """The colour of an actor's highlights (GREY for unlinked entities), None when highlighting is off."""
    if mode == "off":
        return None
    if actor is None:
        return GREY
    if mode == "kind":
        return KIND_COLOURS.get(actor.kind, GREY)
    return affiliation_colour(actor.affiliation)


@lru_cache(maxsize=4096)
def mention_style(actor: Actor | None, mode: str = "affiliation") -> Style | None:
    """The style of a mention of ``actor`` (made once per actor and mode: styles are immutable)."""
    colour = colour_for(actor, mode)
    if colour is None:
        return None
    # unlinked: underlined (grey); inferred from context or the gazetteer: the state's colour, double underline
    inferred = actor is not None and is_inferred(actor.id)
    return Style(color=text_colour_on(colour), bgcolor=colour, underline=actor is None, underline2=inferred)


def text_colour_on(background: str) -> str:
    """Black or white, whichever contrasts more with the background (WCAG relative luminance)."""
    r, g, b = (int(background[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    return "#000000" if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else "#ffffff"


def highlight(
    text: Text, mentions: Iterable[Mention], actors: Mapping[str, Actor], mode: str = "affiliation", offset: int = 0
) -> Text:
    """Style the mentions of ``text`` (in place, by offsets; never through markup). Returns ``text``."""
    if mode == "off":
        return text
    for m in mentions:
        style = mention_style(actors.get(m.actor_id or ""), mode)
        if style is not None:
            text.stylize(style, m.start + offset, m.end + offset)
    return text

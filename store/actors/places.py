"""Places the dictionary lacks, linked to their country with the gazetteer (``origin="gazetteer"``).

- an NER place the dictionary lacks: its country when the gazetteer knows only one place of that name and
  the document names its state (or it is large); a one-word name NER called otherwise, after "in", "near",
  "from"..., counts as a place; an ambiguous name only when the document names exactly
  one of its candidate states ("Tripoli" beside "the Lebanese army"), else unlinked: never a blind guess;
- a dictionary place with a large namesake in the one state a document is about is that namesake;
- "Georgia" in a sentence about US politics is the US state;
- a town NER missed, when the document names its state ("shelling hit Kherson and Kramatorsk").
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.actors.cues import PLACE_LABELS
from store.actors.document_view import DocumentView, document_states
from store.actors.gazetteer import ALONE_FROM, countries_of, resolve_place
from store.actors.inferred import inferred_id
from store.actors.matcher import fold
from store.model import Mention

# Words of US domestic politics (not "US", "Washington" or "Biden": they speak of Georgia the country too)
_US_CUES = re.compile(
    r"\b(?:Atlanta|Savannah|Peach State|Republicans?|Democrats?|GOP|Senate (?:race|runoff|seat)|runoffs?|"
    r"governor|county|counties|electoral votes?|swing states?|state of Georgia|primaries|primary)\b"
)


# "in Horlivka", "near Nikopol": a one-word name NER did not call a place is one after these words
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|from|towards|of the town of|of the city of)\s+$")


def link_places(d: DocumentView) -> None:
    """NER places to their country; dictionary places to a namesake; Georgia to the US state."""
    states = set(document_states(d))
    not_places = set(document_states(d, places=False))
    for t, tokens in enumerate(d.texts):
        out = []
        for m in d.mentions[t]:
            actor = d.actor(m)
            if actor is not None and actor.kind == "place" and m.origin == "dictionary" and actor.affiliation:
                m = namesake(m, actor.affiliation, not_places)
            elif m.actor_id is None and m.origin == "ner" and (m.label in PLACE_LABELS or " " not in m.text):
                alone = m.label in PLACE_LABELS or bool(_PLACE_BEFORE.search(tokens.text, 0, m.start))
                country = resolve_place(m.text, states, alone=alone)
                if country:
                    m = replace(m, actor_id=inferred_id("gazetteer", country, "place", m.text), origin="gazetteer")
            elif (
                actor is not None
                and actor.kind == "state"
                and actor.affiliation == "GEO"
                and fold(m.text) == "georgia"
                and _US_CUES.search(tokens.text)
                and not any(
                    (a := d.actor(o)) is not None and a.affiliation == "GEO" and o is not m for o in d.mentions[t]
                )
            ):
                m = replace(m, actor_id=inferred_id("gazetteer", "USA", "place", "Georgia"), origin="gazetteer")
            out.append(m)
        d.mentions[t] = out


def namesake(m: Mention, country: str, states: set[str]) -> Mention:
    """A dictionary place whose namesake is in another country: 'Tripoli' in a text about Lebanon and
    not Libya is Lebanon's Tripoli (the gazetteer knows the namesakes)."""
    if country in states:
        return m
    candidates = countries_of(m.text)
    if len(candidates) < 2 or country not in candidates:
        return m
    others = [c for c, population in candidates.items() if c in states and population >= ALONE_FROM]
    if len(others) != 1:
        return m
    return replace(m, actor_id=inferred_id("gazetteer", others[0], "place", m.text), origin="gazetteer")


def missed_places(d: DocumentView) -> None:
    """Places NER missed ("shelling hit Kherson and Kramatorsk"): a capitalised word standing alone, not
    opening a sentence, that the gazetteer puts in one of the states the document names, and a town of
    some size (ALONE_FROM people)."""
    states = set(document_states(d))
    if not states:
        return
    for t, tokens in enumerate(d.texts):
        words, starts = tokens.words, tokens.starts
        added = []
        for i, w in enumerate(words):
            if not (len(w) >= 4 and w[0].isupper() and w[1:].islower() and w.isalpha()) or i == 0:
                continue
            before, after = words[i - 1], words[i + 1] if i + 1 < len(words) else ""
            if not before.isalpha() or before[0].isupper() or after[:1].isupper() or after in ("-", "'s", "’s"):
                continue
            if d.matcher.knows(w) or d.covered(t, starts[i], starts[i] + len(w)):
                continue
            candidates = countries_of(w)
            inside = [c for c, population in candidates.items() if c in states and population >= ALONE_FROM]
            if len(candidates) == 1 and len(inside) == 1:
                added.append(
                    Mention(
                        starts[i],
                        starts[i] + len(w),
                        w,
                        inferred_id("gazetteer", inside[0], "place", w),
                        "GPE",
                        "gazetteer",
                    )
                )
        if added:
            d.mentions[t] = sorted([*d.mentions[t], *added], key=lambda m: (m.start, m.end))

"""Places NER missed, found by the words around them (issue 14, rounds 5 and 9), after store/actors/sites.py:

- a name after "the village of", "the villages of X, Y and Z", "villages such as X and al-Y" ("near the village
  of Tavil"): in the one state of its candidates the document names, else of the places its sentence, else its
  paragraph names, else the state the document is mostly about; a name shared across a border follows its
  paragraph ("Vorozhba" beside the Kursk region);
- a name before "district", "village" or a crossing's word ("the Saraçhane district", "the Upper Lars
  crossing"): where its sentence puts it (a district also its paragraph's or the document's main state; a
  crossing, between two states, not);
- a name after "in" or "near" that its sentence puts in a place ("a camp in Tsel in Belarus's Mogilev region").
"""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.actors.gazetteer import countries_of, villages_of
from store.actors.inferred import inferred
from store.actors.places import CALENDAR
from store.actors.sites import _block_state, _located, _main_state, _named_states, _sentence_state
from store.model import Mention

# "the village of X", "the villages of X, Y and Z", "villages such as X and al-Y": the names after the cue
_VILLAGE_LIST = re.compile(r"\b(?:villages?|hamlets?|settlements?|town)\s+(?:of|such as|including)\s+")
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-ſ", "a-zß-öø-ÿĀ-ſșțə"  # Latin letters with accents ("Saraçhane", "Şuşa")
_ONE_NAME = rf"(?:(?:al|el|ash|as|ad|ar|az)-)?[{_UP}][{_LOW}]{{2,}}(?:-(?:(?:al|el)-)?[{_UP}{_LOW}][{_LOW}]+)?"
_LIST_ITEM = re.compile(rf"({_ONE_NAME})\b(?![-'’]\w)(?!\s+[A-Z])(,\s+and\s+|,\s+|\s+and\s+|\s+or\s+)?")
# "a camp in Tsel in Belarus's Mogilev region", "near Makmal in the Jalal-Abad region": a name NER missed
# that its sentence puts in a place
_IN_LOCATED = re.compile(rf"\b(?:in|near|at|outside)\s+({_ONE_NAME})(?=,?\s+(?:in|near)\s+)")


# "the Saraçhane district", "the Upper Lars crossing": a name NER missed before a place's type word; a crossing
# lies between two states, so only its sentence's places (not the document's main state) say whose it is
_BEFORE_TYPE = re.compile(
    rf"\bthe\s+({_ONE_NAME}(?:\s+[A-Z][a-z]+)?)\s+(?:(district|village|settlement|neighbourhood|neighborhood|"
    r"quarter)|((?:border )?crossing|checkpoint|border post|crossing point))\b"
)


def _listed_names(text: str) -> list[tuple[int, int, str]]:
    out = []
    for cue in _VILLAGE_LIST.finditer(text):
        pos = cue.end()
        while (item := _LIST_ITEM.match(text, pos)) is not None:
            out.append((item.start(1), item.end(1), item.group(1)))
            if not item.group(2):
                break
            pos = item.end()
    return out


def missed_villages(d: DocumentView) -> None:
    """A name NER missed after "the village of" ("near the village of Tavil"; "the villages of X and Y") is a
    place: in the one state of its candidates the document names, else of the places its sentence, else its
    paragraph names, else the state the document is mostly about (``origin="context"``, or "gazetteer" where
    the data agrees). A name NER missed after "in" or "near" that its sentence puts in a place ("a camp in
    Tsel in Belarus's Mogilev region") is in that place's state."""
    states = _named_states(d)
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        added: list[Mention] = []
        for s, e, name in _listed_names(text) if "of " in text or "such as" in text or "including" in text else ():
            if d.covered(t, s, e) or name in CALENDAR or d.matcher.knows(name) or any(a.start == s for a in added):
                continue
            m = Mention(s, e, name, None, "GPE", "ner")
            candidates = {**countries_of(name), **villages_of(name)}
            among = [c for c in candidates if c in states]
            state = among[0] if len(among) == 1 else None
            local = _sentence_state(d, t, m) or _block_state(d, t, m)
            if local and candidates and local not in candidates:
                state = local  # village names repeat across borders: its paragraph decides (Vorozhba, Kursk region)
            if state is None and not candidates:
                state = local or _main_state(states)
            if state is None:
                continue
            if state in candidates:
                added.append(inferred(m, "gazetteer", state, "place", name))
            else:
                added.append(inferred(m, "context", state, "place", name))
        for found in _BEFORE_TYPE.finditer(text):
            s, e = found.span(1)
            name = found.group(1)
            if d.covered(t, s, e) or name in CALENDAR or d.matcher.knows(name.split()[0]):
                continue
            m = Mention(s, e, name, None, "GPE", "ner")
            candidates = {**countries_of(name), **villages_of(name)}
            among = [c for c in candidates if c in states]
            state = among[0] if len(among) == 1 else (_located(d, t, m) or _sentence_state(d, t, m))
            if state is None and found.group(2) and not candidates:
                state = _block_state(d, t, m) or _main_state(states)
            if state is not None:
                kind = "gazetteer" if state in candidates else "context"
                added.append(inferred(m, kind, state, "place", name))  # type: ignore[arg-type]
        for found in _IN_LOCATED.finditer(text):
            s, e = found.span(1)
            name = found.group(1)
            if d.covered(t, s, e) or name in CALENDAR or d.matcher.knows(name) or any(a.start == s for a in added):
                continue
            m = Mention(s, e, name, None, "GPE", "ner")
            state = _located(d, t, m)
            if state is not None:
                kind = "gazetteer" if state in {**countries_of(name), **villages_of(name)} else "context"
                added.append(inferred(m, kind, state, "place", name))  # type: ignore[arg-type]
        if added:
            d.mentions[t] = sorted([*d.mentions[t], *added], key=lambda m: (m.start, m.end))

"""First-level subdivisions and qualified places (``origin="gazetteer"``), after the gazetteer's towns:

- a subdivision NER found and nobody linked: its state, from store/actors/subdivisions.py, when its name
  says it is one ("Khanty-Mansi Autonomous Okrug", "Republic of Karakalpakstan", "Idlib Governorate"), when
  that state is the document's or a state of the field, or, for a name several states share ("Punjab"),
  the one of them the document names; never a person or a people ("Jewish", "Chechen" are also
  subdivisions' short names);
- a subdivision whose name holds a state's name is the subdivision, not the state: the longest compound
  wins ("East Azerbaijan" is Iran's province, not Azerbaijan; "North Kazakhstan");
- a place after a qualifier ("Greater Odesa", "Northern Idlib") is that place, in its state.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.actors.cues import PLACE_LABELS
from store.actors.document_view import DocumentView, document_states
from store.actors.gazetteer import FIELD, resolve_place
from store.actors.inferred import inferred_id
from store.actors.subdivisions import states_of, typed
from store.model import Mention

_NAME_LABELS = frozenset({"ORG", "FAC"})  # "Khanty-Mansi Autonomous Okrug" is often called a facility
_QUALIFIER = re.compile(r"^(?:Greater|Upper|Lower|Northern|Southern|Eastern|Western|Central|North|South|East|West)\s+")
# a capitalised word right before a state's name that may make it a subdivision's ("East Azerbaijan")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s$")
_TYPE_AFTER = re.compile(r"\s+(Province|Region|Oblast|Governorate)\b")


def _subdivision_state(name: str, states: set[str], *, said: bool) -> str | None:
    """The state of a subdivision's name, or None when unknown or ambiguous. ``said``: the text calls it a
    place (NER's label or a type word)."""
    candidates = states_of(name)
    if len(candidates) == 1:
        state = candidates[0]
        return state if typed(name) or state in states or (said and state in FIELD) else None
    among = [s for s in candidates if s in states]
    return among[0] if len(among) == 1 else None


def link_subdivisions(d: DocumentView) -> None:
    """Subdivisions and qualified places NER found that the dictionary and the towns' gazetteer did not link."""
    states = set(document_states(d))
    for t in range(len(d.texts)):
        out = []
        changed = False
        for m in d.mentions[t]:
            if m.actor_id is None and m.origin == "ner" and (m.label in PLACE_LABELS or m.label in _NAME_LABELS):
                state = None
                if m.label in PLACE_LABELS or typed(m.text):
                    state = _subdivision_state(m.text, states, said=True)
                if state is None and (q := _QUALIFIER.match(m.text)) and " " not in (rest := m.text[q.end() :]):
                    # "Greater Odesa", called an organisation or a place: a one-word place after a qualifier
                    state = resolve_place(rest, states) or _subdivision_state(rest, states, said=True)
                if state is not None:
                    m = replace(m, actor_id=inferred_id("gazetteer", state, "place", m.text), origin="gazetteer")
                    changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out


def compound_subdivisions(d: DocumentView) -> None:
    """A state's name inside a subdivision's name is the subdivision ("East Azerbaijan" -> Iran's province):
    the longer name wins, with a type word after it when there is one ("East Azerbaijan Province")."""
    states = set(document_states(d))
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            actor = d.actor(m)
            before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
            if actor is None or actor.kind not in ("state", "place") or m.origin != "dictionary" or before is None:
                out.append(m)
                continue
            start = before.start(1)
            name = text[start : m.end]
            candidates = states_of(name)  # a compound with a state's name in it is one subdivision's only
            state = candidates[0] if len(candidates) == 1 else _subdivision_state(name, states, said=False)
            if state is None:
                out.append(m)
                continue
            end = m.end
            if after := _TYPE_AFTER.match(text, end):
                end = after.end(1)
            if out and out[-1].end > start:  # NER's "East" alone, or a mention ending in it
                out.pop()
            surface = text[start:end]
            out.append(
                Mention(start, end, surface, inferred_id("gazetteer", state, "place", surface), "GPE", "gazetteer")
            )
            changed = True
        if changed:
            d.mentions[t] = out

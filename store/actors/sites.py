"""Places the gazetteer cannot link by name alone (issue 14, round 5): villages, places located by their
sentence, and facilities and landmarks.

- a village of the field (500 to 5,000 people, ``gazetteer.villages_of``) named where a cue says it is a
  place ("the village of X", "near X", "X air base", "X and two other villages") is in its state, when that
  is the one candidate among the states the document names (``origin="gazetteer"``);
- a place the gazetteer does not know at all takes the state of the place the sentence puts it in ("Olenya
  in the Murmansk region", "X, near Kharkiv"); with a strong cue ("the village of X", "the X region", "X
  air base") and nothing said of where it is, the one state of the places its sentence names ("Irkutsk
  governor Y said ... near the village of X"), else the state the document is mostly about;
- a facility or landmark ("X Palace", "X Square", "X Airport", "X air base", "X power plant") likewise: where
  the sentence says it is, else the one state of the places in its sentence ("In Tehran, crowds gathered in
  Palestine Square"), else the document's main state (``origin="context"``).

Weak cues alone ("in X", "at X") never link a name the gazetteer does not know: "in Davos" stays unlinked in
a text about Ukraine.
"""

from __future__ import annotations

import re
from collections import Counter

from store.actors.document_view import DocumentView, sentence_bounds
from store.actors.gazetteer import countries_of, villages_of
from store.actors.inferred import inferred
from store.actors.matcher import fold
from store.actors.places import CALENDAR
from store.model import Mention

# "the village of X", "the town of X", "the Kherson region of X"
_STRONG_BEFORE = re.compile(
    r"\b(?:villages?|towns?|settlements?|hamlets?|cities|city|port|region|district|province|oblast|"
    r"municipality|commune|island|air ?base|airfield) of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+|\s+and\s+|,\s+and\s+))*$",  # "the villages of A, B and C"
    re.I,
)
_WEAK_BEFORE = re.compile(r"\b(?:in|near|outside|around|towards|toward|into|at|from|of)\s+(?:the\s+)?$", re.I)
# "X region", "X air base", "X and two other villages", ", a village"
_STRONG_AFTER = re.compile(
    r"(?:\s+(?:regions?|districts?|oblasts?|provinces?|raions?|rayons?|governorates?|krai|municipality|"
    r"air ?bases?|airfields?|airports?|naval base|military base|base|(?:nuclear |hydro)?power (?:plant|station)|"
    r"plant|refinery|(?:dry |sea|river )?port|border crossing|crossing point|checkpoint|village|settlement|"
    r"mountains)\b"
    r"|\s+and\s+(?:\w+\s+)?(?:other\s+)?(?:nearby\s+)?(?:villages|towns|settlements)\b"
    r"|,\s+(?:a|the)\s+(?:small\s+)?(?:village|town|settlement|hamlet)\b)",
    re.I,
)
# "X in the Murmansk region", "X air base in ...", "X, near Kharkiv": where the sentence puts it
_LOCATED_AFTER = re.compile(
    r"(?:\s+(?:air ?base|airfield|base|region|district|village|town|(?:nuclear )?power plant|plant|port))?"
    r",?\s+(?:in|near|outside|on|on the outskirts of|north of|south of|east of|west of)\s+(?:the\s+)?(?:southern\s+|"
    r"northern\s+|eastern\s+|western\s+|central\s+)?"
)
# Last words of the name of a facility or landmark
LANDMARKS = frozenset(
    """palace square airport base airbase airfield plant station port mosque cathedral church monastery bridge
    stadium dam reservoir prison museum memorial""".split()
)
HEAD_LANDMARKS = frozenset(
    "palace lake fort".split()
)  # not "mount": ranges are often shared  # "Palace of Independence", "Lake Balkhash"
PLACE_KINDS = ("place", "state")
WINDOW = 160  # characters before a mention its cues are looked for in (linear in long texts)


def _state_of(d: DocumentView, q: Mention | None) -> str | None:
    actor = d.actor(q) if q is not None else None
    return actor.affiliation if actor is not None and actor.kind in PLACE_KINDS else None


def _located(d: DocumentView, t: int, m: Mention) -> str | None:
    """The state of the place the sentence says ``m`` is in or near ("Olenya in the Murmansk region")."""
    found = _LOCATED_AFTER.match(d.texts[t].text, m.end)
    return _state_of(d, d.mention_at(t, found.end())) if found else None


def _sentence_state(d: DocumentView, t: int, m: Mention) -> str | None:
    """The one state of the places (towns, regions, capitals) its sentence names, if they all agree: not of
    the states it names ("Russia's Rosatom ... near the village of X" says nothing of where X is)."""
    s, e = sentence_bounds(d.texts[t].text, m.start, m.end)
    states = {
        state
        for q in d.overlapping(t, s, e)
        if q is not m and (actor := d.actor(q)) is not None and actor.kind == "place" and (state := actor.affiliation)
    }
    return next(iter(states)) if len(states) == 1 else None


def _main_state(states: Counter[str]) -> str | None:
    if not states:
        return None
    state, count = states.most_common(1)[0]
    return state if count * 2 > sum(states.values()) else None  # more than half: a tie names none


def _named_states(d: DocumentView) -> Counter[str]:
    """The states the document's linked mentions stand for, however they were linked."""
    states: Counter[str] = Counter()
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            if actor is not None and actor.affiliation:
                states[actor.affiliation] += 1
    return states


def _block_state(d: DocumentView, t: int, m: Mention) -> str | None:
    """The one state of the places its paragraph names ("... in the Kursk region. ... near the villages of
    X, Y and Z"); computed once a paragraph."""
    key = f"block-places-{t}"
    states = d.memo.get(key)
    if not isinstance(states, set):
        states = {
            state
            for q in d.mentions[t]
            if (actor := d.actor(q)) is not None and actor.kind == "place" and (state := actor.affiliation)
        }
        d.memo[key] = states
    return next(iter(states)) if len(states) == 1 else None


def _landmark(m: Mention) -> bool:
    words = m.text.split()
    return (
        m.label != "PERSON" and len(words) >= 2 and (fold(words[-1]) in LANDMARKS or fold(words[0]) in HEAD_LANDMARKS)
    )


def locate_sites(d: DocumentView) -> None:
    """Link the villages, located places and landmarks above; run after the gazetteer's own pass. Landmarks
    first: a village "on Lake Balkhash" is where the lake is."""
    states = _named_states(d)
    for landmarks in (True, False):
        for t, tokens in enumerate(d.texts):
            out: list[Mention] = []
            changed = False
            for m in d.mentions[t]:
                if (
                    m.actor_id is None
                    and m.origin == "ner"
                    and m.label != "NORP"
                    and m.text[:1].isupper()
                    and _landmark(m) == landmarks
                ):
                    new = _site(d, t, tokens.text, m, states)
                    if new is not None:
                        changed = True
                        m = new
                out.append(m)
            if changed:
                d.mentions[t] = out


_VILLAGE_BEFORE = re.compile(
    r"\b(?:villages?|hamlets?|settlements?) of\s+(?:[A-Z][\w'’-]*(?:,\s+|\s+and\s+|,\s+and\s+))*$"
)
_VILLAGE_AFTER = re.compile(r"\s+(?:village|settlement)\b|\s+and\s+(?:\w+\s+)?(?:other\s+)?(?:nearby\s+)?villages\b")


def _village_cue(text: str, window: int, m: Mention) -> bool:
    """Whether the text calls ``m`` a village ("the villages of X and Y", "X village"): not a town or a base."""
    return bool(_VILLAGE_BEFORE.search(text, window, m.start) or _VILLAGE_AFTER.match(text, m.end))


def _site(d: DocumentView, t: int, text: str, m: Mention, states: Counter[str]) -> Mention | None:
    window = max(0, m.start - WINDOW)
    strong = bool(_STRONG_BEFORE.search(text, window, m.start) or _STRONG_AFTER.match(text, m.end))
    landmark = _landmark(m)
    if not (strong or landmark or m.label in ("GPE", "LOC", "FAC")):
        return None
    weak = strong or bool(_WEAK_BEFORE.search(text, window, m.start))
    candidates = villages_of(m.text) if weak else {}
    among = [c for c in candidates if c in states]
    state = among[0] if len(among) == 1 else _located(d, t, m)
    if candidates and _village_cue(text, window, m):  # village names repeat across borders: its paragraph decides
        local = _located(d, t, m) or _sentence_state(d, t, m) or _block_state(d, t, m)
        if local and local not in candidates:
            state = local
    if state is None and not candidates and (strong or landmark):
        state = _sentence_state(d, t, m) or _block_state(d, t, m) or _main_state(states)
    if not state:
        return None
    if state in candidates:
        return inferred(m, "gazetteer", state, "place")
    return inferred(m, "context", state, "place")


_VILLAGE_NAME = re.compile(
    r"\b(?:village|hamlet|settlement|town)\s+of\s+([A-Z][a-z]{2,}(?:-[A-Za-z][a-z]+)?)\b(?![-'’]\w)(?!\s+[A-Z])"
)


def missed_villages(d: DocumentView) -> None:
    """A name NER missed after "the village of" ("near the village of Tavil") is a place: in the one state of
    its candidates the document names, else of the places its sentence, else its paragraph names, else the
    state the document is mostly about (``origin="context"``, or "gazetteer" where the data agrees)."""
    states = _named_states(d)
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        if "of " not in text:
            continue
        added: list[Mention] = []
        for found in _VILLAGE_NAME.finditer(text):
            s, e = found.span(1)
            name = found.group(1)
            if d.covered(t, s, e) or name in CALENDAR or d.matcher.knows(name):
                continue
            m = Mention(s, e, name, None, "GPE", "ner")
            candidates = {**countries_of(name), **villages_of(name)}
            among = [c for c in candidates if c in states]
            state = among[0] if len(among) == 1 else None
            if state is None and not candidates:
                state = _sentence_state(d, t, m) or _block_state(d, t, m) or _main_state(states)
            if state is None:
                continue
            if state in candidates:
                added.append(inferred(m, "gazetteer", state, "place", name))
            else:
                added.append(inferred(m, "context", state, "place", name))
        if added:
            d.mentions[t] = sorted([*d.mentions[t], *added], key=lambda m: (m.start, m.end))

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
from store.actors.local_names import (
    NAME_ITEM,
    arabic_head,
    arabic_name,
    arabic_state,
    eponym_states,
    names_arab_state,
)
from store.actors.matcher import fold
from store.model import Mention

# "the village of X", "the town of X", "the Kherson region of X", "villages such as X, Y and Z", "the crossing
# at X", "a checkpoint near X"
_LIST = rf"(?:{NAME_ITEM}(?:,\s+|\s+and\s+|,\s+and\s+))*"  # "the villages of A, B and C"
_STRONG_BEFORE = re.compile(
    r"\b(?:(?:villages?|towns?|settlements?|hamlets?|cities|city|port|region|district|province|oblast|"
    r"municipality|commune|island|air ?base|airfield) (?:of|such as|including|like)|"
    r"(?:border\s+)?(?:crossings?|crossing points?|checkpoints?|border posts?|border gates?) (?:at|near))\s+(?:the\s+)?"
    + _LIST
    + "$",
    re.I,
)
_WEAK_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|towards|toward|into|at|from|of|opposite|via|through)\s+(?:the\s+)?$", re.I
)
# "X region", "X air base", "X and two other villages", ", a village"
_STRONG_AFTER = re.compile(
    r"(?:\s+(?:regions?|districts?|oblasts?|provinces?|raions?|rayons?|governorates?|krai|municipality|"
    r"air ?bases?|airfields?|airports?|naval base|military base|base|(?:nuclear |hydro)?power (?:plant|station)|"
    r"plant|refinery|(?:dry |sea|river )?port|(?:border )?crossings?(?! of)|crossing point|checkpoints?|border (?:post|gate)|"
    r"bridge|village|settlement|mountains)\b"
    r"|\s+and\s+(?:\w+\s+)?(?:other\s+)?(?:nearby\s+)?(?:villages|towns|settlements)\b"
    # ", a village", ", a small town", ", a Druze town", ", a frontline village"
    r"|,\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:village|town|settlement|hamlet)\b)",
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


# A landmark named after a person ("Kim Il Sung Square", "Heydar Aliyev Airport") is called a person by NER
_EPONYM_HEADS = frozenset("square airport palace avenue street boulevard prospekt bridge stadium".split())


def _landmark(m: Mention) -> bool:
    words = m.text.split()
    if len(words) < 2:
        return False
    if m.label == "PERSON":
        return fold(words[-1]) in _EPONYM_HEADS
    return fold(words[-1]) in LANDMARKS or fold(words[0]) in HEAD_LANDMARKS


def _candidate(d: DocumentView, t: int, m: Mention, landmarks: bool) -> bool:
    """Whether ``m`` is an unlinked NER entity this pass may locate: not a people (unless the sentence puts
    it in a place after a place word: "opposite Alican in Turkey's Iğdır province"); capitalised or opening
    with an Arabic article ("al-Rai")."""
    if m.actor_id is not None or m.origin != "ner" or _landmark(m) != landmarks:
        return False
    if not (m.text[:1].isupper() or arabic_name(m.text)):
        return False
    if m.label == "NORP":  # "opposite Alican in Turkey's Iğdır province", "in the Sidakan district"
        text = d.texts[t].text
        return bool(_PLACE_WORD_BEFORE.search(text, max(0, m.start - 20), m.start)) and (
            _located(d, t, m) is not None
            or (bool(_TYPE_AFTER.match(text, m.end)) and not m.text.endswith(_DEMONYM_ENDINGS))
        )
    return True


_PLACE_WORD_BEFORE = re.compile(r"\b(?:in|near|opposite|outside|at)\s+(?:the\s+)?$")
_TYPE_AFTER = re.compile(r"\s+(?:district|village|town)\b")
_DEMONYM_ENDINGS = ("ian", "ish", "ese", "ite", "ic", "i", "ns", "is")  # "the Alawite village" is no Alawite


def locate_sites(d: DocumentView) -> None:
    """Link the villages, located places and landmarks above; run after the gazetteer's own pass. Landmarks
    first: a village "on Lake Balkhash" is where the lake is."""
    states = _named_states(d)
    # and landmarks once more at the end: a lake beside a village this pass just linked ("near the village of
    # Ulken on Lake Balkhash")
    for landmarks in (True, False, True):
        for t, tokens in enumerate(d.texts):
            out: list[Mention] = []
            changed = False
            for m in d.mentions[t]:
                if _candidate(d, t, m, landmarks):
                    new = _site(d, t, tokens.text, m, states, out[-1] if out else None)
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


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # "the Rafah crossing": a noun, not a person crossing
_NATURE_AFTER = re.compile(r"\s+(?:river|stream|creek|lake|mountains?|range|valley|gorge|pass|gulf|bay)\b", re.I)
_CROSSING = re.compile(
    r"\b(?:crossings?|crossing points?|checkpoints?|border posts?|border gates?) (?:at|near)\s+(?:the\s+)?$"
)
_CROSSING_AFTER = re.compile(
    r"\s+(?:border\s+)?(?:crossings?|crossing point|checkpoints?|border (?:post|gate))\b", re.I
)
# ", a Druze town", "the village of X": what calls even a name NER took for a person's a place
_TOWN_APPOSITION = re.compile(r",\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:village|town|settlement|hamlet)\b", re.I)
_LIST_JOIN = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+|\s+or\s+)")
_LIST_END = re.compile(
    r"\s*(?:$|[,.;:)]|(?:in|on|for|at|near|after|before|during|since|until|overnight|(?:air\s+)?bases|villages|"
    r"towns|crossings|provinces|regions|districts)\b)"
)


def _listed_place(d: DocumentView, text: str, m: Mention, before: Mention | None) -> bool:
    """Whether ``m`` follows a place in a list ("open Bab al-Salam and al-Rai")."""
    actor = d.actor(before) if before is not None else None
    return (
        before is not None
        and actor is not None
        and actor.kind == "place"
        and bool(_LIST_JOIN.fullmatch(text, before.end, m.start))
        and bool(_LIST_END.match(text, m.end))  # "in Baghdad and al-Hakim said": a person
    )


def _eponym_state(d: DocumentView, t: int, m: Mention) -> str | None:
    """A landmark named after a person, among the states of its paragraph's places: the one where the
    document names a person of that family ("Kim Il Sung Square" beside Pyongyang and Moscow: the Kims')."""
    people = eponym_states(d, m.text, _EPONYM_HEADS | LANDMARKS)
    if not people:
        return None
    places = {a.affiliation for q in d.mentions[t] if (a := d.actor(q)) is not None and a.kind == "place"}
    found = people & {p for p in places if p}
    return next(iter(found)) if len(found) == 1 else None


def _unique_villages(d: DocumentView, m: Mention) -> dict[str, int]:
    """The villages of a name NER called a place with no cue: only a name that is no person's word in the
    document ("Tsel" beside "Ivan Tsel" is a surname)."""
    if m.label not in ("GPE", "LOC", "FAC"):
        return {}
    words = set(m.text.split())
    for ms in d.mentions:
        for q in ms:
            if q.label == "PERSON" and words & set(q.text.split()):
                return {}
    return dict(villages_of(m.text, alternatives=False))  # a main name: an alternative one needs a cue


def _site(
    d: DocumentView, t: int, text: str, m: Mention, states: Counter[str], before: Mention | None = None
) -> Mention | None:
    nature = bool(_NATURE_AFTER.match(text, m.end))  # "the Inguri river": no village of the same name
    window = max(0, m.start - WINDOW)
    strong_before = bool(_STRONG_BEFORE.search(text, window, m.start))
    apposition = bool(_TOWN_APPOSITION.match(text, m.end))
    strong = strong_before or apposition or bool(_STRONG_AFTER.match(text, m.end))
    if m.label == "PERSON":  # "Bashar al-Assad crossing ...": only a cue naming the place makes a person's name one
        strong = strong_before or apposition or bool(_THE_BEFORE.search(text, window, m.start) and strong)
    landmark = _landmark(m)
    arabic = arabic_name(m.text)
    head = arabic_head(m.text)  # "Bab al-Salam", called a person: a gate, a crossing
    listed = arabic and _listed_place(d, text, m, before)  # "open Bab al-Salam and al-Rai"
    # (a people's name reaches here only where its sentence puts it in a place: _candidate)
    if not (strong or landmark or head or listed or m.label in ("GPE", "LOC", "FAC", "NORP")):
        return None
    weak = strong or bool(_WEAK_BEFORE.search(text, window, m.start))
    if nature or (not strong and _THE_BEFORE.search(text, window, m.start)):
        candidates = {}  # "the Inguri river"; "on the Golan", "in the Negev": a region, no village of its name
    elif weak:  # a town the gazetteer's own rules left alone only with a strong cue ("X, a Druze town")
        candidates = dict(villages_of(m.text)) or (dict(countries_of(m.text)) if strong else {})
    else:
        candidates = _unique_villages(d, m)
    among = [c for c in candidates if c in states]
    state = among[0] if len(among) == 1 else _located(d, t, m)
    if candidates and _village_cue(text, window, m):  # village names repeat across borders: its paragraph decides
        local = _located(d, t, m) or _sentence_state(d, t, m) or _block_state(d, t, m)
        if local and local not in candidates:
            state = local
    if state is None and not candidates and (strong or landmark or head or listed):
        if arabic:
            state = arabic_state(d, t, m.start, m.end)
            if state is None and names_arab_state(d):
                return None  # two Arabic-speaking states named: no guess
        if state is None and landmark:
            state = _eponym_state(d, t, m)
        state = state or _sentence_state(d, t, m)
        # a crossing lies between two states: neither its paragraph's nor the document's main state is a guide
        if state is None and not _CROSSING.search(text, window, m.start) and not _CROSSING_AFTER.match(text, m.end):
            state = _block_state(d, t, m) or _main_state(states)
    if not state:
        return None
    if state in candidates:
        return inferred(m, "gazetteer", state, "place")
    return inferred(m, "context", state, "place")

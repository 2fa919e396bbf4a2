"""First-level subdivisions and qualified places (``origin="gazetteer"``), after the gazetteer's towns:

- a subdivision NER found and nobody linked: its state, from store/actors/subdivisions.py, when its name
  says it is one ("Khanty-Mansi Autonomous Okrug", "Republic of Karakalpakstan", "Idlib Governorate"), when
  that state is the document's or a state of the field, or, for a name several states share ("Punjab"),
  the one of them the document names; never a person or a people ("Jewish", "Chechen" are also
  subdivisions' short names);
- a subdivision whose name holds a state's name is the subdivision, not the state: the longest compound
  wins ("East Azerbaijan" is Iran's province, not Azerbaijan; "North Kazakhstan");
- a place after a qualifier ("Greater Odesa", "Northern Idlib") is that place, in its state;
- a place no gazetteer knows, listed with a town of a state the document names ("in Muynak and Kungrad"),
  is in that state; a people named after a subdivision ("Karakalpaks") is of its state.
"""

from __future__ import annotations

import re

from store.actors.cues import PLACE_LABELS, STATE_BODIES
from store.actors.document_view import DocumentView, document_states
from store.actors.gazetteer import FIELD, countries_of, is_water, resolve_place, villages_of
from store.actors.inferred import inferred, inferred_id
from store.actors.matcher import fold
from store.actors.subdivisions import first_words, states_of, typed
from store.model import Mention

_NAME_LABELS = frozenset({"ORG", "FAC"})  # "Khanty-Mansi Autonomous Okrug" is often called a facility
_QUALIFIER = re.compile(r"^(?:Greater|Upper|Lower|Northern|Southern|Eastern|Western|Central|North|South|East|West)\s+")
# a capitalised word right before a state's name that may make it a subdivision's ("East Azerbaijan")
_RIVER_NEXT = re.compile(r"\s+(?:[Rr]iver|[Vv]alley|[Ll]ake|[Bb]asin|[Dd]elta)\b")
_MAX_TOKENS = 9  # tokens of a subdivision's name with its type word ("Kohgiluyeh and Boyer - Ahmad Province")
# also "Lebap and Mary provinces": the first of two names before a plural type word
_TYPE_NEXT = re.compile(
    r"\s+(?:(?:and|or)\s+[A-Z][\w'-]*\s+(?=[Pp]rovinces|[Rr]egions|[Oo]blasts|[Gg]overnorates))?(?:[Pp]rovinces?|[Rr]egions?|[Oo]blasts?|[Gg]overnorates?|[Kk]rai|[Rr]epublic)\b"
)


def _subdivision_state(name: str, states: set[str], *, said: bool) -> str | None:
    """The state of a subdivision's name, or None when unknown or ambiguous. ``said``: the text calls it a
    place (NER's label or a type word)."""
    candidates = states_of(name)
    if len(candidates) == 1:
        state = candidates[0]
        return state if typed(name) or state in states or (said and state in FIELD) else None
    among = [s for s in candidates if s in states]
    return among[0] if len(among) == 1 else None


_IN_BEFORE = re.compile(r"\b(?:in|across|through|into)\s+$")


def link_subdivisions(d: DocumentView) -> None:
    """Subdivisions and qualified places NER found that the dictionary and the towns' gazetteer did not link."""
    states = set(document_states(d))
    for t in range(len(d.texts)):
        out = []
        changed = False
        for m in d.mentions[t]:
            if _RIVER_NEXT.match(d.texts[t].text, m.end):
                out.append(m)  # "the Amur river": a river, often shared, no subdivision
                continue
            said = typed(m.text) or bool(_TYPE_NEXT.match(d.texts[t].text, m.end))  # "Nineveh province"
            after_in = " " not in m.text and bool(_IN_BEFORE.search(d.texts[t].text, max(0, m.start - 10), m.start))
            if (
                m.actor_id is None
                and m.origin == "ner"
                and (m.label in PLACE_LABELS or m.label in _NAME_LABELS or said or (m.label == "PERSON" and after_in))
            ):
                state = None
                if m.label in PLACE_LABELS or said:
                    state = _subdivision_state(m.text, states, said=True)
                elif " " not in m.text and (m.label == "ORG" or after_in) and not _surname(d, m.text):
                    # "through X", called an organisation (or a person after "in"): a subdivision of a state the
                    # document names
                    state = _subdivision_state(m.text, states, said=False)
                if state is None and (q := _QUALIFIER.match(m.text)) and " " not in (rest := m.text[q.end() :]):
                    # "Greater Odesa", called an organisation or a place: a one-word place after a qualifier
                    state = resolve_place(rest, states) or _subdivision_state(rest, states, said=True)
                if state is not None:
                    m = inferred(m, "gazetteer", state, "place")
                    changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out


def compound_subdivisions(d: DocumentView) -> None:
    """Subdivisions of two words or more wherever they stand, over what the dictionary or NER made of their
    parts: the longer name wins ("East Azerbaijan" is Iran's province, not Azerbaijan; "Sistan and
    Baluchestan" no person), with a type word after it when there is one ("East Azerbaijan Province"). Only
    a state of the field's or one the document names (a name like "East End" is several places')."""
    states = set(document_states(d))
    first = first_words()
    for t, tokens in enumerate(d.texts):
        words, starts, text = tokens.words, tokens.starts, tokens.text
        added: list[Mention] = []
        dropped: set[int] = set()
        for i, w in enumerate(words):
            if (
                not w[:1].isupper()
                or fold(w) not in first
                or (i and words[i - 1][:1].isupper() and words[i - 1].isalpha())
            ):
                continue
            found = None
            for j in range(i + 1, min(len(words), i + _MAX_TOKENS)):
                if words[j][:1].isupper() and (candidates := states_of(text[starts[i] : starts[j] + len(words[j])])):
                    found = (j, candidates)
            if found is None:
                continue
            j, candidates = found
            if j + 1 < len(words) and words[j + 1][:1].isupper() and words[j + 1].isalpha():
                continue  # inside a longer name
            s, e = starts[i], starts[j] + len(words[j])
            name = text[s:e]
            among = [c for c in candidates if c in states]
            state = (candidates[0] if candidates[0] in FIELD or among else None) if len(candidates) == 1 else None
            state = state or (among[0] if len(among) == 1 else None)
            here = d.overlapping(t, s, e)
            if (
                state is None
                or is_water(name)
                or any(m.start < s or m.end > e or (m.actor_id and (m.start, m.end) == (s, e)) for m in here)
            ):
                continue
            dropped.update(id(m) for m in here)
            added.append(Mention(s, e, name, inferred_id("gazetteer", state, "place", name), "GPE", "gazetteer"))
        if added:
            kept = [m for m in d.mentions[t] if id(m) not in dropped]
            d.mentions[t] = sorted([*kept, *added], key=lambda m: (m.start, m.end))


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


_LIST_END = re.compile(r"\s*(?:$|[,.;:)]|(?:in|on|at|near|after|before|during|since|until|overnight)\b)")
_FIRST_PLACE_WORD = re.compile(r"\b(?:in|near|over|outside|around|towards|into|at)\s+(?:the\s+)?$")
_PLACE_WORD = re.compile(r"\b(?:in|near|of|outside|around|towards|at|from|between|into)\s+(?:the\s+)?$")


def _surname(d: DocumentView, word: str) -> bool:
    """Whether the document names a person of several words with ``word`` among them."""
    return any(q.label == "PERSON" and " " in q.text and word in q.text.split() for ms in d.mentions for q in ms)


def listed_places(d: DocumentView) -> None:
    """A place no gazetteer knows, listed with a town of a state the document names ("in Muynak and
    Kungrad"), is in that town's state (``origin="context"``): local reporting lists places of one region.
    Only a name NER calls a place and that no gazetteer knows at all; never beside a state's own name."""
    states = set(document_states(d))
    for t, tokens in enumerate(d.texts):
        ms = d.mentions[t]
        out = list(ms)
        changed = False
        for n, m in enumerate(ms):
            if m.actor_id is not None or m.origin != "ner" or " " in m.text:
                continue
            # a one-word name NER took for a person or a body in a list of places after a place word ("the
            # outskirts of Marjayoun and Khiam,", "flying over Khiam and Bint Jbeil on Wednesday"), unless the
            # document names a person of that name, or a verb follows the list ("in Baku and Hajiyev said")
            named = m.label in ("GPE", "LOC")
            if not named and (m.label not in ("PERSON", "ORG") or _surname(d, m.text)):
                continue
            if countries_of(m.text) or villages_of(m.text) or states_of(m.text):
                continue  # known somewhere: the gazetteer's rules decided
            text = tokens.text
            before = ms[n - 1] if n else None
            after = ms[n + 1] if n + 1 < len(ms) else None
            partners = [
                o
                for o in (before, after)
                if o is not None
                and _LIST_JOIN.fullmatch(text, *sorted((o.end, m.start) if o.end <= m.start else (m.end, o.start)))
                and (
                    named
                    or (
                        o is before
                        and _PLACE_WORD.search(text, max(0, o.start - 30), o.start)
                        and _LIST_END.match(text, m.end)
                    )
                    or (
                        o is after
                        and _FIRST_PLACE_WORD.search(text, max(0, m.start - 30), m.start)
                        and _LIST_END.match(text, o.end)
                    )
                )
            ]
            found = {a.affiliation for o in partners if (a := d.actor(o)) is not None and a.kind == "place"}
            if len(found) == 1 and (state := next(iter(found))) in states:
                out[n] = inferred(m, "context", state, "place")
                changed = True
        if changed:
            d.mentions[t] = out


# "in Armenia's Armavir province", "the Tavush and Syunik regions": a subdivision's name NER missed before its
# type word (the possessive before it, when there is one, names its state)
_MISSED_TYPED = re.compile(
    r"(?:\b([A-Z][a-z]+)(?:['’]s)\s+)?\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
    r"(?:[Pp]rovince|[Rr]egion|[Oo]blast|[Gg]overnorate|[Kk]rai|[Mm]arz|[Dd]istrict|[Rr]ayon|[Rr]aion)\b"
)


def missed_subdivisions(d: DocumentView) -> None:
    """A first-level subdivision NER missed, named before its type word ("in Armenia's Armavir province"): its
    state, when it is the only one with a subdivision of that name, or the one among them the possessive
    before it or else the document names (``origin="gazetteer"``)."""
    states = set(document_states(d))
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        if not any(w in text for w in ("rovince", "egion", "blast", "overnorate", "istrict", "ayon", "aion", "rai")):
            continue
        added: list[Mention] = []
        for found in _MISSED_TYPED.finditer(text):
            s, e = found.span(2)
            name = found.group(2)
            if d.covered(t, s, e) or d.matcher.knows(name.split()[0]) or (s and text[s - 1 : s] == "-"):
                continue
            candidates = states_of(name)
            owner = None
            if found.group(1):
                q = d.mention_at(t, found.start(1))
                owner = a.affiliation if q is not None and (a := d.actor(q)) is not None else None
            if owner and owner in candidates:
                state: str | None = owner
            elif len(candidates) == 1 and (candidates[0] in states or candidates[0] in FIELD):
                state = candidates[0]
            else:
                among = [c for c in candidates if c in states]
                state = among[0] if len(among) == 1 else None
            if state is not None:
                added.append(Mention(s, e, name, inferred_id("gazetteer", state, "place", name), "GPE", "gazetteer"))
        if added:
            d.mentions[t] = sorted([*d.mentions[t], *added], key=lambda m: (m.start, m.end))


def regional_peoples(d: DocumentView) -> None:
    """A people named after a subdivision ("Karakalpaks", "Karakalpak" of Karakalpakstan, "Dagestanis") is
    of that subdivision's state (``origin="context"``), where NER left the name unlinked."""
    for t in range(len(d.texts)):
        out = list(d.mentions[t])
        changed = False
        for n, m in enumerate(out):
            w = m.text
            if m.actor_id is not None or m.origin != "ner" or m.label not in ("NORP", "ORG") or " " in w:
                continue
            if len(w) < 5 or not w.isalpha():
                continue
            # "Karakalpaks"/"Karakalpak" -> Karakalpakstan, "Dagestanis"/"Dagestani" -> Dagestan; never a
            # surname's cut ("Samaras" is no Samara)
            stems = {w[:-1] + "stan", w[:-2] if w.endswith("is") else ""} if w.endswith("s") else {w + "stan"}
            if w.endswith("i"):
                stems.add(w[:-1])
            found = {s for stem in stems if stem != w and stem[:1].isupper() for s in states_of(stem)}
            if len(found) == 1:
                state = next(iter(found))
                out[n] = inferred(m, "context", state, "group", w)
                changed = True
        if changed:
            d.mentions[t] = out


# What makes a name headed by a subdivision's an organisation of that subdivision's state ("Sindh
# Liberation Front", "Sindh Assembly"): armed groups take the state they fight in
_BODY_WORDS = STATE_BODIES | frozenset("movement army front brigade brigades militia".split())


def subdivision_bodies(d: DocumentView) -> None:
    """An organisation NER found whose name opens with a first-level subdivision's and ends with a body's word
    ("X Liberation Front", "X Provincial Assembly") is of that subdivision's state (``origin="context"``), when
    only one state has a subdivision of that name and it is of the field or one the document names."""
    states = set(document_states(d))
    for t in range(len(d.texts)):
        out = list(d.mentions[t])
        changed = False
        for n, m in enumerate(out):
            words = m.text.split()
            if m.actor_id is not None or m.origin != "ner" or m.label != "ORG" or len(words) < 3:
                continue
            if fold(words[-1]) not in _BODY_WORDS:
                continue
            for k in (2, 1):
                candidates = states_of(" ".join(words[:k]))
                if len(candidates) == 1 and (candidates[0] in FIELD or candidates[0] in states):
                    out[n] = inferred(m, "context", candidates[0], "organisation")
                    changed = True
                    break
        if changed:
            d.mentions[t] = out

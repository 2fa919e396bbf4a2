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

from store.actors.cues import PLACE_LABELS
from store.actors.document_view import DocumentView, document_states
from store.actors.gazetteer import (
    ALONE_FROM,
    FIELD,
    alternative_only,
    countries_of,
    resolve_place,
    villages_of,
    world_city,
)
from store.actors.inferred import inferred, inferred_id
from store.actors.matcher import fold
from store.actors.noise import VESSEL_BEFORE
from store.model import Mention

# Words of US domestic politics (not "US", "Washington" or "Biden": they speak of Georgia the country too)
_US_CUES = re.compile(
    r"\b(?:Atlanta|Savannah|Peach State|Republicans?|Democrats?|GOP|Senate (?:race|runoff|seat)|runoffs?|"
    r"governor|county|counties|electoral votes?|swing states?|state of Georgia|primaries|primary)\b"
)


# "in Horlivka", "near Nikopol": a one-word name NER did not call a place is one after these words
_FACILITIES = frozenset("dam reservoir plant airport airbase port bridge crossing refinery mine".split())
_PLACE_BEFORE = re.compile(r"\b(?:in|near|outside|around|from|towards|at|of the town of|of the city of)\s+$")
# "the Panj river", "the Tashir group": a town's name between "the" and these words is a river or a company
_NOT_TOWN_AFTER = re.compile(r"\s+(?:river|group|holding)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)  # "a Sacramento family doctor" is the town's
# Months and days are never places, though some are towns' names ("in March": not March, Cambridgeshire)
CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
CITY = 100_000  # a city of one country this size is a place wherever it stands alone


def link_places(d: DocumentView) -> None:
    """NER places to their country; dictionary places to a namesake; Georgia to the US state."""
    states = set(document_states(d))
    not_places = set(document_states(d, places=False))
    # the words of the people the document names in full: "Hayden" after "Teresa Nielsen Hayden" is her surname
    people = {w for ms in d.mentions for q in ms if q.label == "PERSON" and " " in q.text for w in q.text.split()}
    for t, tokens in enumerate(d.texts):
        out = []
        for m in d.mentions[t]:
            actor = d.actor(m)
            if actor is not None and actor.kind == "place" and m.origin == "dictionary" and actor.affiliation:
                m = namesake(m, actor.affiliation, not_places)
            elif (
                m.actor_id is None
                and m.origin == "ner"
                and (m.label in PLACE_LABELS or " " not in m.text or _after_place_word(tokens.text, m))
                and not (m.label == "PERSON" and m.text in people)
            ):
                alone = (
                    m.label in PLACE_LABELS
                    or bool(_PLACE_BEFORE.search(tokens.text, max(0, m.start - 40), m.start))
                    or _city(m.text)
                )  # "Tomsk" of "Tomsk governor X", called an ORG: a city of one country is a place
                not_town = _NOT_TOWN_AFTER.match(tokens.text, m.end) and _THE_BEFORE.search(
                    tokens.text, max(0, m.start - 8), m.start
                )
                country = None if not_town else resolve_place(m.text, states, alone=alone)
                if country:
                    m = inferred(m, "gazetteer", country, "place")
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
                m = inferred(m, "gazetteer", "USA", "place", "Georgia")
            out.append(m)
        d.mentions[t] = out


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def _after_place_word(text: str, m: Mention) -> bool:
    """A name of several words NER called a person or a body, after "in", "near", "from"...: looked up as a
    place ("fighting in Nova Kakhovka"), but not before a possessive ("in Ahmed al-Sharaa's government")."""
    return bool(_PLACE_BEFORE.search(text, max(0, m.start - 40), m.start)) and not _POSSESSIVE_AFTER.match(text, m.end)


def _city(name: str) -> bool:
    candidates = countries_of(name)
    if len(candidates) > 1:
        return world_city(candidates) is not None  # "Herat", whose namesake in Iran is a small town
    return len(candidates) == 1 and next(iter(candidates.values())) >= CITY


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
    return inferred(m, "gazetteer", others[0], "place")


def missed_places(d: DocumentView) -> None:
    """Places NER missed: a capitalised word standing alone that the gazetteer puts in one country only,
    and that is either a city (CITY people: "Irkutsk governor X", "Siberia's Irkutsk region"; opening a
    sentence only when the document names its state), or inside a sentence a town of the states the document
    names, of some size (ALONE_FROM people: "shelling hit Kherson and Kramatorsk") or of any size after
    "in", "near", "outside"... ("fighting near Kurakhove")."""
    states = set(document_states(d))
    for t, tokens in enumerate(d.texts):
        words, starts = tokens.words, tokens.starts
        added = []
        for i, w in enumerate(words):
            if not (len(w) >= 4 and w[0].isupper() and w[1:].islower() and w.isalpha()) or w in CALENDAR:
                continue
            before, after = words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""
            if after[:1].isupper() or after in ("-", "'s", "’s"):
                continue
            mid = before.isalpha() and not before[0].isupper()  # inside a sentence, after a lowercase word
            opening = not before or before in (".", "!", "?", "\n", ":", ";", '"', "“")
            possessive = before in ("'s", "’s")  # "Siberia's Irkutsk region"
            listed = before == "," and after in (",", "and", "or")  # "the Murmansk, Irkutsk and Amur regions"
            # "the Kakhovka dam", "the Zaporizhzhia plant": a town that names a facility is a place (gold rules)
            facility = after.casefold() in _FACILITIES and (
                before.casefold() == "the"
                or (i > 1 and before.isalpha() and before.islower() and words[i - 2].casefold() == "the")
            )  # "the giant Rogun dam"
            if not (mid or opening or possessive or listed or facility):
                continue
            if d.matcher.knows(w) or d.covered(t, starts[i], starts[i] + len(w)):
                continue
            if VESSEL_BEFORE.search(tokens.text, max(0, starts[i] - 16), starts[i]):
                continue  # "the landing ship Novocherkassk": a ship named after a city
            candidates = countries_of(w)
            if alternative_only(w):  # another country's spelling of its town: only where the document names it
                candidates = {c: p for c, p in candidates.items() if c in states}
            if len(candidates) > 1:  # a town of two states in a text about one of them: that one's
                field = [c for c in candidates if c in states and c in FIELD]
                candidates = {field[0]: candidates[field[0]]} if len(field) == 1 else candidates
            if not candidates and facility:
                candidates = villages_of(w)  # "the Rogun dam": a village of the field (an alternative name)
            if not candidates and mid and (small := villages_of(w)):
                if _PLACE_BEFORE.search(tokens.text, max(0, starts[i] - 40), starts[i]):
                    candidates = small  # "the plant at Akkuyu": a village of the field, after a cue
                if len(candidates) == 1 and next(iter(candidates)) not in states:
                    continue
            if len(candidates) != 1:
                continue
            country, population = next(iter(candidates.items()))
            if population >= CITY and (mid or possessive or listed or country in states):
                inside = [country]  # a city of one country, NER or not ("Irkutsk governor X")
            elif facility and country in states:
                inside = [country]
            elif (
                mid
                and country in states
                and (
                    population >= ALONE_FROM
                    or _PLACE_BEFORE.search(tokens.text, max(0, starts[i] - 40), starts[i])
                    or _TOWARDS.search(tokens.text, max(0, starts[i] - 24), starts[i])
                    or _after_listed_place(d, t, starts[i])
                )
            ):
                inside = [country]  # "shelling hit Kherson", "fighting near Kurakhove" in a text about Ukraine
            else:
                inside = []
            if inside:
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
        cut: set[int] = set()
        if "-" in tokens.text:
            added.extend(_hyphenated(d, t, states, added, cut))
        if added:
            kept = [m for m in d.mentions[t] if id(m) not in cut]
            d.mentions[t] = sorted([*kept, *added], key=lambda m: (m.start, m.end))


# "the road to X", "pushing towards X", "between X and Y": a town of the document's state after these
_TOWARDS = re.compile(
    r"\b(?:(?:road|roads|route|way|railway|highway|line|push|advance|drive)\s+to|towards|toward|between)\s+$"
)
_JOINED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+$")


def _after_listed_place(d: DocumentView, t: int, start: int) -> bool:
    """Whether a place the document linked comes right before, joined by "and", "or" or a comma ("between
    Robotyne and X")."""
    text = d.texts[t].text
    found = _JOINED.search(text, max(0, start - 8), start)
    if found is None:
        return False
    q = d.mention_at(t, found.start() - 1) if found.start() else None
    actor = d.actor(q) if q is not None else None
    return actor is not None and actor.kind == "place" and q is not None and q.end == found.start()


# "Komsomolsk-on-Amur", "Ust-Kamenogorsk": a city's name of several hyphened words NER missed
_HYPHENED = re.compile(r"\b[A-Z][a-z]+(?:-(?:[a-z]{1,3}-)?[A-Z][a-z]+)+\b")


def _hyphenated(d: DocumentView, t: int, states: set[str], added: list[Mention], cut: set[int]) -> list[Mention]:
    """Hyphened names of a city of one country (CITY people or more, or ALONE_FROM in a state the document
    names) that nothing covers, or only NER's or the gazetteer's cut of it ("Komsomolsk" of
    "Komsomolsk-on-Amur": ``cut`` gets the parts, to drop)."""
    out = []
    text = d.texts[t].text
    for found in _HYPHENED.finditer(text):
        s, e = found.span()
        here = d.overlapping(t, s, e)
        if (
            any(q.start < s or q.end > e or q.origin not in ("ner", "gazetteer") for q in here)
            or any(a.start < e and s < a.end for a in added)
            or text[e : e + 1] == "-"
        ):
            continue
        if VESSEL_BEFORE.search(text, max(0, s - 16), s):
            continue  # "the submarine Rostov-on-Don"
        candidates = countries_of(found.group())
        if len(candidates) != 1 or (alternative_only(found.group()) and next(iter(candidates)) not in states):
            continue
        country, population = next(iter(candidates.items()))
        if population >= CITY or (country in states and population >= ALONE_FROM):
            name = found.group()
            out.append(Mention(s, e, name, inferred_id("gazetteer", country, "place", name), "GPE", "gazetteer"))
            cut.update(id(q) for q in here)
    return out

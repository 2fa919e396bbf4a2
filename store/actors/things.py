"""Names of things that NER takes for actors (issue 14, round 10; tests/data/gold_mentions.md: ships, routes,
pipelines, fields, mines, projects and products are no mention, nor a state or place inside their name):

- a ship: a name after "-flagged" ("the Panama-flagged X", "a British-flagged tanker X"; the ship nouns
  themselves, "the tanker X", are store/actors/noise.py's ``VESSEL_BEFORE``);
- a route or project: a name whose own head word says so ("X Road", "X Route for ...", "X Corridor",
  "X Pipeline"), a name before such a word ("the X pipeline", "the X gas field", "the X project"), or in
  an apposition that calls it one ("the X, a planned 1,200 km highway and railway"), a state's name inside
  "Trans-X" before such a word ("a Trans-Caspian pipeline"), and the field's well-known pipelines and
  corridors named alone (``KNOWN``);
- an acronym in brackets after such a name ("the Great Steppe Route (GSR)") is the same thing;
- once a document calls a name a thing, the name is that thing wherever it recurs in the document ("The
  X had left a dry dock"; a title's "X's Afghan section").

Only names no dictionary actor and no gazetteer place stands behind are dropped by the cues after the name
("the Zangezur corridor", "the Kakhovka dam": places naming a facility are places).
"""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.actors.gazetteer import countries_of, villages_of
from store.actors.matcher import fold
from store.actors.noise import DOCUMENTS_AFTER, THE_BEFORE
from store.model import Mention

# The field's pipelines, corridors and transit routes, named alone (folded; hyphens and dashes as spaces)
KNOWN = frozenset(
    """nord stream|nord stream 2|turkstream|turkish stream|blue stream|power of siberia|power of siberia 2|
    yamal europe|tanap|trans anatolian pipeline|trans adriatic pipeline|southern gas corridor|middle corridor|
    trans caspian international transport route|instc|international north south transport corridor|
    north south transport corridor|baku tbilisi ceyhan|baku tbilisi kars|baku tbilisi erzurum|
    south caucasus pipeline|kirkuk ceyhan|eastmed|east med|arab gas pipeline|
    belt and road|belt and road initiative|one belt one road|china pakistan economic corridor|cpec|
    india middle east europe economic corridor|imec|north crimean canal""".replace("\n", " ").split("|")
)
KNOWN = frozenset(" ".join(k.split()) for k in KNOWN)
# a route's or project's own head word: its last word, or the word before "for"/"of" ("X Route for ...")
_HEADS = frozenset("road route highway railway railroad pipeline corridor canal stream".split())
_SHIP_BEFORE = re.compile(
    r"[\w)]-flagged\s+(?:(?:oil|crude|gas|LNG|cargo|container|chemical|product|bulk)\s+)?"
    r"(?:tanker\s+|vessel\s+|ship\s+|carrier\s+|freighter\s+)?$"
)
_KIND = (
    r"(?:(?:natural\s+)?gas\s+|oil\s+|crude\s+|export\s+|transit\s+|transport\s+|trade\s+|rail\s+|road\s+|"
    r"railway\s+|highway\s+|energy\s+|power\s+|logistics\s+|infrastructure\s+|mining\s+|gold\s+|copper\s+|"
    r"LNG\s+|condensate\s+)?"
)
# "the X pipeline", "the X gas field", "the X project", "the X corridor", "the X tanker": what follows the name
_THING_AFTER = re.compile(
    r"\)?\s+(?:\(\s*[A-Z][A-Za-z0-9-]{1,12}\s*\)\s+)?"
    + _KIND
    + r"(?:pipelines?|corridors?|route|railways?|railroads?|highways?|project|fields?|gasfields?|oilfields?|"
    r"mines?|interconnectors?|terminals?|tankers?|vessels?|megaproject)\b"
)
# ", a planned 1,200 km highway and railway", ", the oil tanker": an apposition that calls the name a thing
# fields and mines are no mention even where a town names them ("the X and Y fields", "the X gold mine"; a town
# naming a dam, a plant or a port stays a place)
_FIELD_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]+)?\s+" + _KIND + r"(?:fields?|gasfields?|oilfields?|mines?)\b"
    r"(?!\s+(?:hospital|office|commander|marshal|trip|day|work|team|kitchen)s?\b)"
)
_THING_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?:\d[\d,.]*|[\w-]+)\s+){0,5}?"
    r"(?:pipelines?|highway|railway|railroad|road|motorway|route|corridor|canal|tanker|vessel|ship|freighter|"
    r"gas field|oil field|oilfield|gold mine|mine|megaproject)\b"
    # the head of the apposition, not a word qualifying another ("a high-strung ship captain")
    r"(?=\s*(?:[,.;:)]|$|(?:and|or|that|which|from|to|between|linking|through|across|in|on|of|under|for)\b))"
)
# "the Gerasimov line", "the X Route": a person's name naming a line or a route is the route's
_NAMED_ROUTE_AFTER = re.compile(r"['’]?\s+(?:Route|Road|Corridor|Highway|Railway|Pipeline|Canal|line)\b")
_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9-]{1,12})\s*\)")
_TRANS = re.compile(r"(?:^|\W)Trans-$")


def _head(name: str) -> bool:
    words = [fold(w) for w in name.split()]
    if len(words) < 2:
        return False
    for i, w in enumerate(words[1:], 1):
        if w in ("for", "of") and words[i - 1] in _HEADS:
            return True
    return words[-1] in _HEADS


def _key(name: str) -> str:
    return " ".join(fold(re.sub(r"[-–—]", " ", name)).split())


def _place(name: str) -> bool:
    return bool(countries_of(name) or villages_of(name))


# a ship's prefix: "MV X", "HMS X", "USS X", "TCG X" (merchant vessel, motor tanker, navies' prefixes)
_SHIP_PREFIX = re.compile(r"^(?:MV|MT|MS|SS|HMS|USS|RFS|TCG|INS|HMCS|HMAS|FS|ITS|ORP)\s+[A-Z]")


def _is_thing(d: DocumentView, text: str, m: Mention) -> bool:
    """Whether the text calls the unlinked NER entity ``m`` a ship, a route, a field or a project."""
    if _SHIP_BEFORE.search(text, max(0, m.start - 40), m.start) or _SHIP_PREFIX.match(m.text):
        return True
    if _key(m.text) in KNOWN or _head(m.text):
        return True
    if _THING_APPOSITION.match(text, m.end):
        return True
    if _FIELD_AFTER.match(text, m.end) and not d.matcher.knows(m.text) and not _place(m.text):
        return True
    return bool(_THING_AFTER.match(text, m.end)) and not _place(m.text) and not d.matcher.knows(m.text)


# "the ... (TANAP) gas pipeline": an acronym in brackets before a route's word names the route
_ACRONYM_THING = re.compile(
    r"\(\s*([A-Z][A-Za-z0-9-]{1,12})\s*\)\s+" + _KIND + r"(?:pipeline|corridor|route|railway|highway|project)s?\b"
)
# "the tanker X", "the landing ship X": a ship's name (the mention itself is dropped by store/actors/noise.py)
_SHIP_NAME = re.compile(
    r"\b(?:tanker|vessel|ship|frigate|corvette|cruiser|destroyer|warship|submarine|icebreaker|freighter)\s+"
    r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][a-z][\w'’-]*)"
)  # (not "flagship": "Disney's flagship X channels")


def drop_things(d: DocumentView) -> None:
    """Drop the names of ships, routes, fields and projects (above), and the same names elsewhere in the
    document; a state inside "Trans-X" before a route word ("a Trans-Caspian pipeline") too."""
    names: set[str] = set()
    here: set[int] = set()  # a town naming a field: not the town elsewhere
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        if "(" in text:
            names.update(found.group(1) for found in _ACRONYM_THING.finditer(text))
        for found in _SHIP_NAME.finditer(text):
            if not d.matcher.knows(found.group(1)) and not _place(found.group(1)):
                names.add(found.group(1))  # ("the landing ship Minsk" is still Minsk elsewhere)
        for m in d.mentions[t]:
            unlinked = (m.actor_id is None and m.origin == "ner") or m.origin == "context"
            if (
                (unlinked or m.origin == "gazetteer")
                and _FIELD_AFTER.match(text, m.end)
                and not d.matcher.knows(m.text)
                and _place(m.text)
            ):
                here.add(id(m))
            elif unlinked and _is_thing(d, text, m):
                names.add(m.text)
                if bracketed := _BRACKETED.match(text, m.end):  # "the Great Steppe Route (GSR)"
                    names.add(bracketed.group(1))
            elif m.actor_id is not None and m.origin == "dictionary" and _key(m.text) in KNOWN:
                names.add(m.text)
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        kept = []
        for m in d.mentions[t]:
            unlinked = m.actor_id is None or m.origin != "dictionary"
            if (
                (unlinked and m.text in names)
                or id(m) in here
                or (
                    (actor := d.actor(m)) is not None
                    and actor.kind == "person"
                    and _NAMED_ROUTE_AFTER.match(text, m.end)
                )
                or (_TRANS.search(text, max(0, m.start - 7), m.start) and _THING_AFTER.match(text, m.end))
                or (
                    m.origin in ("ner", "gazetteer")  # "the Lausanne protocols": a document, linked only later
                    and DOCUMENTS_AFTER.match(text, m.end)
                    and THE_BEFORE.search(text, max(0, m.start - 4), m.start)
                )
            ):
                continue
            kept.append(m)
        if len(kept) != len(d.mentions[t]):
            d.mentions[t] = kept

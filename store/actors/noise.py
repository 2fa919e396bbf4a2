"""Page furniture that NER takes for names: text-size widgets ("SM MD LG"), URLs, handles,
pic.twitter.com links, time zones, photo credits and bylines, commenters' names heading their comments,
named storms, weapons ("MiG-29", "Oreshnik missiles"), and a lone title word ("Interior")."""

from __future__ import annotations

import re

from store.actors.cues import INSTRUMENTS, ROLE_WORDS, STATE_BODIES
from store.actors.document_view import DocumentView
from store.actors.gazetteer import countries_of, villages_of
from store.actors.ner import TITLE_WORDS
from store.model import Mention

_WIDGET = re.compile(r"^(?:(?:XS|SM|MD|LG|XL|XXL|A|A\+|A-)\s*)+$")
_URLISH = re.compile(r"(?:://|www\.|\.com\b|\.org\b|\.net\b|pic\.twitter|t\.co/|^[@#]\w)", re.I)
TIME_ZONES = frozenset(
    "IST GMT UTC BST CET CEST EET EEST MSK EST EDT CST CDT PST PDT AST TRT IRST GST AZT AMT GET ALMT".split()
)
_CREDIT_BEFORE = re.compile(r"(?:\b(?:photo|photos|image|picture|credit|credits|courtesy)\b|©)[^.!?]{0,12}$", re.I)
_BYLINE_BEFORE = re.compile(r"^\s*by\s+$", re.I)
# a commenter's name heading a reader comment: "Andrei on May 24, 2021 at 9:14 am said: ..."
_COMMENTER_AFTER = re.compile(r"\s+(?:on\s+[^\n]{3,50}?\s+)?(?:said|wrote|says|replied)\s*:")
# named storms ("Storm Daniel") and model designations of weapons and aircraft ("MiG-29", "F-16"; not "G-20")
# a name before a weapon noun is the weapon's ("Oreshnik missiles", "Shahed drones")
_WEAPON_AFTER = re.compile(
    r"(?:-[A-Z0-9][A-Za-z0-9]{0,3})?\s+(?:(?:[a-z]+(?:-[a-z]+)+|ballistic|cruise|hypersonic|attack|kamikaze|combat|battle|guided|naval|sea|"
    r"underwater|unmanned|surface|strike)\s+)?(?:missiles?|drones?|rockets?|warheads?|howitzers?|tanks?|interceptors?|"
    r"air[- ]defen[cs]e|(?:missile |launch |air[- ]defen[cs]e )?systems?|batter(?:y|ies)|launchers?|"
    r"(?:infantry |armou?red )?fighting vehicles?|armou?red (?:personnel )?(?:vehicles?|carriers?))\b"
)  # "Patriot air defence systems", "Patriot batteries"  # not "jet": "Ryanair jet" is the airline's
# a treaty or convention is no actor, whatever NER calls it ("the Istanbul Convention"; an alliance's "Pact" is)
_INSTRUMENT = re.compile(rf"\s(?:{INSTRUMENTS})$")
_NOT_ACTOR = re.compile(
    r"^(?:(?:Storm|Hurricane|Cyclone|Typhoon|Tropical Storm) [A-Z]\w+|(?!G-)[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?|"
    r"[A-Z][A-Za-z]{2,} ?\d{2,4}[A-Z]?)$"
)  # storms, weapons ("MiG-29"), events and products with their number ("COP29", "Bell 212"; not "G20")
_OF_COMMON_AFTER = re.compile(r" (?:of|for) (?:about |some |around |nearly |more |less )?[a-z0-9]")
# a venue is no actor ("Crocus City Hall", "Luzhniki Stadium"), nor its first word alone later
# events and monuments are no actors (tests/data/gold_mentions.md): "Munich Security Conference", "Solovetsky Stone"
_EVENT_OR_MONUMENT = re.compile(
    r"\S\s(?:Conference|Summit|Games|Olympics|Festival|Championships?|Stone|Monument|Statue|Obelisk)$"
)
VENUE = re.compile(r"\s(?:City Hall|Concert Hall|Hall|Arena|Stadium|Theatre|Theater|Opera|Mall|Hotel)$")


# a vessel's name is no actor, even a city's ("the landing ship Minsk", "the submarine Rostov-on-Don")
VESSEL_BEFORE = re.compile(
    r"\b(?:ship|submarine|frigate|corvette|cruiser|destroyer|warship|flagship|vessel|tanker|icebreaker|"
    r"minesweeper|tugboat|boat)\s+$"
)
# weapons themselves ("Missiles struck Kyiv"), and an unknown name before an industrial site (the site's:
# "the Sevmorzavod shipyard", "the Galkynysh gas field"); a town the gazetteer knows stays ("Akkuyu plant")
_WEAPONS = re.compile(r"^(?:Missiles?|Drones?|Rockets?|Shells?|Warheads?)$")
_SITE_AFTER = re.compile(
    r"\s+(?:shipyards?|shipbuilding plant|(?:gas|oil|gas condensate)\s+fields?|oilfields?|gasfields?|coal mine|"
    r"mine|refinery|pipeline|(?:(?:hydroelectric|hydropower|thermal|nuclear|coal-fired|gas-fired)\s+)?"
    r"(?:power plant|power station|plant|dam)|steelworks|works|dam|reservoir)\b"
)  # "the DniproHES hydroelectric dam"
# an operation's code name is an event, no actor ("the operation, code-named Spiderweb", "Operation Z")
_CODE_NAME_BEFORE = re.compile(r"(?:\bcode-?named|\bcodenamed|\bOperation)\s+$")
_TITLE_AFTER = re.compile(r"\s+([a-z]+)\s+[A-Z]")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][\"'”’)]*\s+)$")
# a maker and a model before a vehicle noun is a product ("his Embraer Legacy jet"; one word, "the Ryanair jet",
# is the airline's), unless the name is an airline's or a body's ("the Azerbaijan Airlines jet")
_VEHICLE_AFTER = re.compile(
    r"\s+(?:business\s+|private\s+|passenger\s+)?(?:jet|plane|aircraft|airliner|helicopter|limousine)s?\b"
)
_CARRIERS = frozenset("airlines airways air aviation group company corporation forces force army".split())
_GENERIC_AFTER = re.compile(r"\s+(?:police|officers|troops|units|squads|forces)\b")


def is_noise(text: str, start: int, end: int) -> bool:
    """Whether an NER entity is page furniture rather than a name."""
    surface = text[start:end]
    words = surface.split()
    if all(w.casefold() in ROLE_WORDS for w in words) and words and words[-1].casefold() not in STATE_BODIES:
        return True  # "Interior" of "Polish Interior Minister X": a title, not a name
    if _WIDGET.match(surface) or _URLISH.search(surface) or surface in TIME_ZONES or _NOT_ACTOR.match(surface):
        return True
    if VENUE.search(surface) or _EVENT_OR_MONUMENT.search(surface):
        return True
    if (
        " " not in surface
        and _OF_COMMON_AFTER.match(text, end)
        and _SENTENCE_START.search(text, max(0, start - 8), start)
        and not countries_of(surface)
    ):
        return True  # "Turnout of about 40 percent": a common noun opening a sentence, no name
    if start > 0 and text[start - 1] in "@#/" or text[end : end + 1] == "/":
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if start == line_start and _COMMENTER_AFTER.match(text, end):
        return True
    if " " not in surface and _WEAPON_AFTER.match(text, end) or _INSTRUMENT.search(surface):
        return True
    if len(words) >= 2 and words[-1].casefold() not in _CARRIERS and _VEHICLE_AFTER.match(text, end):
        return True
    if _CODE_NAME_BEFORE.search(text, max(0, start - 16), start) or surface.startswith("Operation "):
        return True
    if VESSEL_BEFORE.search(text, max(0, start - 16), start) or _WEAPONS.match(surface):
        return True
    if _SITE_AFTER.match(text, end) and not countries_of(surface) and not villages_of(surface):
        return True
    if (
        surface == "Parliament"
        and (after := _TITLE_AFTER.match(text, end))
        and after.group(1).casefold() in TITLE_WORDS
    ):
        return True  # "Parliament speaker Nabih Berri": which parliament is unsaid; a title before a name
    if (
        " " not in surface
        and _GENERIC_AFTER.match(text, end)
        and _SENTENCE_START.search(text, max(0, start - 8), start)
    ):
        return True  # "Riot police used water cannon": a capitalised word opening a sentence, not a name
    return is_credit(text, start)


def is_credit(text: str, start: int) -> bool:
    """Whether a name stands in a photo credit or a byline ("Photo: Azertac", "By Reuters")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 24) : start]
    return bool(_CREDIT_BEFORE.search(before) or _BYLINE_BEFORE.match(text[line_start:start]))


def _common_plurals(d: DocumentView) -> set[str]:
    """Capitalised plurals opening a sentence whose lowercase form the document also writes ("Minefields,
    anti-tank ditches ..." beside "the minefields"): common nouns, no names."""
    found: set[str] = set()
    for t, tokens in enumerate(d.texts):
        for m in d.mentions[t]:
            w = m.text
            if (
                m.origin == "ner"
                and m.actor_id is None
                and " " not in w
                and len(w) > 4
                and w.endswith("s")
                and w[1:].islower()
                and _SENTENCE_START.search(tokens.text, max(0, m.start - 8), m.start)
            ):
                found.add(w)
    if not found:
        return found
    lower = {w.lower() for w in found}
    seen = {w for tokens in d.texts for w in tokens.words if w in lower}
    return {w for w in found if w.lower() in seen and not d.matcher.knows(w) and not countries_of(w)}


def drop_noise(d: DocumentView) -> None:
    """Drop NER entities that are page furniture, and the media outlets the dictionary knows where they only
    credit a photo ("Photo: Azertac": a credit, not an actor of the story); the first word of a venue the
    document names ("Crocus" after or before "Crocus City Hall") is the venue's, no actor either, nor a
    sentence's capitalised first word, a plural, that the document also writes in lowercase ("Strikes")."""
    venues = {
        m.text.split()[0]
        for t, tokens in enumerate(d.texts)
        for m in d.mentions[t]
        if m.origin == "ner" and m.actor_id is None and " " in m.text and VENUE.search(m.text)
    }
    venues |= _common_plurals(d)
    for t, tokens in enumerate(d.texts):
        if venues:
            d.mentions[t] = [
                m for m in d.mentions[t] if not (m.origin == "ner" and m.actor_id is None and m.text in venues)
            ]
        d.mentions[t] = [
            m
            for m in d.mentions[t]
            if not (
                is_noise(tokens.text, m.start, m.end)
                if m.origin == "ner"
                else _credited_outlet(d, tokens.text, m) or _vessel(d, tokens.text, m) or _time_zone(d, tokens.text, m)
            )
        ]


_TIME_AFTER = re.compile(r" time\b(?! of)")  # "at 10:00 Moscow time"; not "Moscow time of troubles"
_CLOCK_BEFORE = re.compile(r"(?:\d\s?(?:am|pm|a\.m\.|p\.m\.|h)?|\d:\d\d)\s+(?:\(\s*)?$", re.I)


def _time_zone(d: DocumentView, text: str, m: Mention) -> bool:
    """A capital or city naming a time zone after a clock time ("at 08:00 Moscow time"): no actor."""
    actor = d.actor(m)
    return (
        actor is not None
        and actor.kind in ("place", "state")
        and bool(_TIME_AFTER.match(text, m.end))
        and bool(_CLOCK_BEFORE.search(text, max(0, m.start - 16), m.start))
    )


def _vessel(d: DocumentView, text: str, m: Mention) -> bool:
    actor = d.actor(m)
    return (
        actor is not None and actor.kind == "place" and bool(VESSEL_BEFORE.search(text, max(0, m.start - 16), m.start))
    )


def _credited_outlet(d: DocumentView, text: str, m: Mention) -> bool:
    actor = d.actor(m)
    return actor is not None and actor.sector == "media" and actor.kind == "organisation" and is_credit(text, m.start)


# "the Istanbul Convention", "the Black Sea Grain Initiative": a place naming an instrument or an initiative
_INSTRUMENT_AFTER = re.compile(rf"(?: [A-Z][a-z]+){{0,2}} (?:{INSTRUMENTS}|Initiative)\b")


# "the Lausanne protocols", "the Minsk agreements": written in lowercase, after "the" (round 10)
DOCUMENTS_AFTER = re.compile(r" (?:protocols?|accords?|agreements?|memorandum|treaty)\b")
THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def drop_instruments(d: DocumentView) -> None:
    """'the Istanbul Convention', 'the Astana Format', 'the Lausanne protocols': a place that names a treaty or
    a format is no actor."""
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        d.mentions[t] = [
            m
            for m in d.mentions[t]
            if not (
                (actor := d.actor(m)) is not None
                and actor.kind in ("place", "state")
                and (
                    (_INSTRUMENT_AFTER.match(text, m.end) and not d.covered(t, m.end + 1, m.end + 2))
                    or (
                        actor.kind == "place"
                        and DOCUMENTS_AFTER.match(text, m.end)
                        and THE_BEFORE.search(text, max(0, m.start - 4), m.start)
                    )
                )
            )
        ]

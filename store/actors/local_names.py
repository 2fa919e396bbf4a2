"""What a place's name and its neighbours say about where it is (issue 14, round 9), for the passes of
store/actors/sites.py:

- ``arabic_name``: a name with an Arabic article or a head word that only Arabic place names open with
  ("al-Rai", "Bab al-Hawa", "Tell Abyad", "Kafr Nabl", "Deir Hafer") is in an Arabic-speaking state: of the
  states its sentence, else its paragraph, else the document names, the one such state (``arabic_state``);
  never where two are named (Syria and Lebanon: no guess);
- ``eponym_states``: a landmark named after a person ("Kim Il Sung Square") is more likely in the state of a
  person the document names with that family name; only a tie-break among the states of the places around it.
"""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView, sentence_bounds

ARAB_STATES = frozenset(
    "SYR IRQ LBN JOR PSE SAU ARE QAT KWT BHR OMN YEM EGY LBY TUN DZA MAR SDN MRT SOM DJI COM".split()
)
# "al-Rai", "el-Arish", "ash-Shaddadi", "Jubata al-Khashab": an Arabic article joined by a hyphen
ARTICLE = r"(?:al|el|ash|as|ad|ar|az|at|an|ath|adh|ed|es|ez|er|en)-"
_ARTICLE_IN = re.compile(rf"(?:^|\s){ARTICLE}[A-Z]", re.I)
# Head words of Arabic place names: gate (a border crossing), hill, monastery, village, spring, cape, house,
# ruin, well, mountain, valley, meadow, inn, market
_HEADS = frozenset(
    "bab tell tal deir dayr kafr kfar ain ayn ras beit bayt khirbet khirbat bir jabal jebel wadi marj souq suq".split()
)
# One capitalised name, possibly with an Arabic article ("Hader", "al-Rai", "Jubata al-Khashab",
# "Bab al-Hawa"): the item of a list of places in the rules' patterns
NAME_ITEM = rf"(?:{ARTICLE})?[A-Z][\w'’-]*(?:\s+(?:{ARTICLE})?[A-Z][\w'’-]*){{0,2}}"


def arabic_head(name: str) -> bool:
    """Whether a name opens with a head word only Arabic place names open with ("Bab al-Salam", "Kafr
    Nabl"): a place, whatever NER called it."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[0].casefold() in _HEADS


def arabic_name(name: str) -> bool:
    """Whether a name reads as Arabic: an article joined by a hyphen ("al-Rai", "Jubata al-Khashab"), or an
    Arabic place name's head word."""
    return bool(_ARTICLE_IN.search(name)) or arabic_head(name)


def names_arab_state(d: DocumentView) -> bool:
    """Whether any linked mention of the document stands for an Arabic-speaking state."""
    return any((a := d.actor(q)) is not None and a.affiliation in ARAB_STATES for ms in d.mentions for q in ms)


def _arab(states: set[str]) -> str | None:
    found = states & ARAB_STATES
    return next(iter(found)) if len(found) == 1 else None


def arabic_state(d: DocumentView, t: int, start: int, end: int) -> str | None:
    """The one Arabic-speaking state named in the sentence around text[start:end], else its paragraph,
    else the document (by any linked mention: a state, a people, a place, an official)."""
    s, e = sentence_bounds(d.texts[t].text, start, end)
    for scope in (
        d.overlapping(t, s, e),
        d.mentions[t],
        [m for ms in d.mentions for m in ms],
    ):
        states = {a.affiliation for m in scope if (a := d.actor(m)) is not None and a.affiliation}
        if states & ARAB_STATES:
            return _arab(states)
    return None


def eponym_states(d: DocumentView, name: str, landmark_words: frozenset[str]) -> set[str]:
    """The states of the people the document names whose family name opens ``name`` before its landmark
    word ("Kim Il Sung Square": the Kims the document names)."""
    words = name.split()
    if len(words) < 3 or words[-1].casefold() not in landmark_words:
        return set()
    first = words[0]
    found: set[str] = set()
    for ms in d.mentions:
        for m in ms:
            actor = d.actor(m)
            if actor is not None and actor.kind == "person" and actor.affiliation and m.text.split()[0] == first:
                found.add(actor.affiliation)
    return found

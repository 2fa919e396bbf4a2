"""Named compounds NER cuts short (issue 14, round 5): the longest name wins.

- a mission or office named with its place: "UN Support Mission in Libya", "OSCE Special Monitoring Mission
  to Ukraine" (NER gives "UN Support Mission" and a separate "Libya");
- a company named "of" its country: "Electric Networks of Armenia" (NER gives "Electric Networks");
- a military unit named with its number: "the 80th Air Assault Brigade" (NER gives "Air Assault Brigade");
- a name with "of" that goes on with "and": "Republican Party of Labour and Justice" (NER gives "Republican
  Party of Labour" and "Justice").

``extend_names`` lengthens such NER spans over what follows and drops the NER spans now inside them; the
merge (store/actors/ner.py) then lets the longer name win over the dictionary's shorter ones inside it
("UN", "Libya", "Republican Party")."""

from __future__ import annotations

import re

NerSpan = tuple[int, int, str]

# Head words of a named presence that takes its place into its name
_PRESENCES = frozenset("mission office force operation programme program administration".split())
_PLACE_AFTER = re.compile(r"\s+(?:in|to|for)\s+([A-Z][\w'’-]+)(?=[\s,.;:)(]|$)")
_AND_AFTER = re.compile(r"\s+and\s+([A-Z][\w'’-]+)(?![\w'’-])(?!\s+[A-Z])")  # not "and Anna Smith"


# Last words of a company's name that can go on with "of" and a country ("Electric Networks of Armenia")
_COMPANIES = frozenset("networks company corporation railways airlines grid systems".split())
_OF_PLACE_AFTER = re.compile(r"\s+of\s+([A-Z][\w'’-]+)(?=[\s,.;:)(]|$)(?!\s+[A-Z])")
# Military units are named with their number
_UNITS = frozenset("brigade division regiment battalion corps army fleet squadron detachment".split())
_ORDINAL_BEFORE = re.compile(r"\b\d{1,4}(?:st|nd|rd|th)\s+$")


def extend_names(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    if not spans:
        return spans
    out: list[NerSpan] = []
    for s, e, label in sorted(spans):
        if out and s < out[-1][1]:
            continue  # inside a name just lengthened
        if label == "ORG":
            words = text[s:e].split()
            if words and words[-1].casefold() in _UNITS and (number := _ORDINAL_BEFORE.search(text, max(0, s - 12), s)):
                s = number.start()  # "the 80th Air Assault Brigade": NER leaves the number out as an ORDINAL
            found = None
            if any(w.casefold() in _PRESENCES for w in words[1:]):
                found = _PLACE_AFTER.match(text, e)
            elif len(words) >= 2 and words[-1].casefold() in _COMPANIES:
                found = _OF_PLACE_AFTER.match(text, e)  # "Electric Networks of Armenia": one company's name
            elif "of" in words[1:-1]:
                found = _AND_AFTER.match(text, e)
            if found:
                e = found.end()
        out.append((s, e, label))
    return out

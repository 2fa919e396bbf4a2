"""Named compounds NER cuts short (issue 14, round 5): the longest name wins.

- a mission or office named with its place: "UN Support Mission in Libya", "OSCE Special Monitoring Mission
  to Ukraine" (NER gives "UN Support Mission" and a separate "Libya");
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


def extend_names(text: str, spans: list[NerSpan]) -> list[NerSpan]:
    if not spans:
        return spans
    out: list[NerSpan] = []
    for s, e, label in sorted(spans):
        if out and s < out[-1][1]:
            continue  # inside a name just lengthened
        if label == "ORG":
            words = text[s:e].split()
            found = None
            if any(w.casefold() in _PRESENCES for w in words[1:]):
                found = _PLACE_AFTER.match(text, e)
            elif "of" in words[1:-1]:
                found = _AND_AFTER.match(text, e)
            if found:
                e = found.end()
        out.append((s, e, label))
    return out

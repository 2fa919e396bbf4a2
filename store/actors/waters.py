"""Seas, gulfs, straits and rivers (issue 14, round 10): water is a place of no state
(tests/data/gold_mentions.md: "the Gulf of Oman", "the Strait of Hormuz", rivers two states share `-`).

- "the Gulf of X", "the Strait of X", "the Sea of X", "the Bay of X" is one place of no state, not the state
  or town X ("the Gulf of Oman" is no Oman, "the Sea of Azov" no Russian town);
- a name the text calls a river ("the X river", "the X and Y rivers", "along the X", "the banks of the X") is
  no town of the same name, wherever the document names it ("the X rose" after "the X river"):
  the gazetteer's link is undone (a river's course is seldom one state's; the gazetteer knows only towns);
  a name before "river" or "rivers" that NER missed, and a name ending in "Darya" (Persian for river: "Amu
  Darya", "Syr Darya"), is such a place.
"""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.model import Mention

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_WATER_OF = re.compile(rf"\b(?:Gulf|Straits?|Sea|Bay|Bight) of (?:the\s+)?{_NAME}")
_RIVER_AFTER = re.compile(r"\s+(?:and\s+(?:the\s+)?[A-Z][\w'-]+\s+)?rivers?\b")
_RIVER_BEFORE = re.compile(r"\b(?:along|up|down|(?:the\s+)?banks? of|(?:the\s+)?mouth of|across|crossed|cross) the\s+$")
# "the X and Y rivers", "the X river", "the Syr Darya": names NER missed
_RIVERS = re.compile(r"\b(?:the\s+)?([A-Z][a-z]+)(?:\s+and\s+(?:the\s+)?([A-Z][a-z]+))?\s+rivers?\b")
_DARYA = re.compile(r"\b[A-Z][a-z]+ Darya\b")


def _unlinked(s: int, e: int, text: str) -> Mention:
    return Mention(s, e, text[s:e], None, "LOC", "ner")


def seas(d: DocumentView) -> None:
    """ "The Gulf of X", "the Strait of X"...: one place of no state, over what was found inside it."""
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        if " of " not in text:
            continue
        added: list[Mention] = []
        dropped: set[int] = set()
        for found in _WATER_OF.finditer(text):
            s, e = found.span()
            here = d.overlapping(t, s, e)
            if any(m.start < s or m.end > e for m in here):
                continue  # inside a longer name
            if any((m.start, m.end) == (s, e) and m.origin not in ("context", "gazetteer") for m in here):
                continue  # already one mention ("Strait of Hormuz")
            dropped.update(id(m) for m in here)  # (and a link a later pass gave it: water is nobody's)
            added.append(_unlinked(s, e, text))
        if added:
            kept = [m for m in d.mentions[t] if id(m) not in dropped]
            d.mentions[t] = sorted([*kept, *added], key=lambda m: (m.start, m.end))


def rivers(d: DocumentView) -> None:
    """Rivers unlinked from the towns of their name, and found where NER missed them (see above)."""
    names: set[str] = set()
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        added: list[Mention] = []
        for m in d.mentions[t]:
            if (
                m.origin == "gazetteer"
                and " " not in m.text
                and (_RIVER_AFTER.match(text, m.end) or _RIVER_BEFORE.search(text, max(0, m.start - 24), m.start))
            ):
                names.add(m.text)
        if "river" in text or "Darya" in text:
            spans = [found.span(g) for found in _RIVERS.finditer(text) for g in (1, 2) if found.group(g)]
            spans += [found.span() for found in _DARYA.finditer(text)]
            for s, e in spans:
                if not d.overlapping(t, s, e) and not any(a.start == s for a in added):
                    names.add(text[s:e])
                    added.append(_unlinked(s, e, text))
        if added:
            d.mentions[t] = sorted([*d.mentions[t], *added], key=lambda m: (m.start, m.end))
    if not names:
        return
    for t in range(len(d.texts)):
        if any(m.origin == "gazetteer" and m.text in names for m in d.mentions[t]):
            d.mentions[t] = [
                _unlinked(m.start, m.end, d.texts[t].text) if m.origin == "gazetteer" and m.text in names else m
                for m in d.mentions[t]
            ]

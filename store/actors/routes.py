"""Names inside a route's name are no mentions (issue 14, round 8; tests/data/gold_mentions.md: "facilities,
pipelines ... are no mention, nor a state or place inside their name"): the states and places of a chain
joined by dashes before "pipeline", "railway", "corridor" and the like ("the Turkmenistan–Afghanistan–
Pakistan–India (TAPI) gas pipeline", "the Central Asia–China pipeline", "the Baku–Tbilisi–Kars railway")
are dropped. A chain before any other word stays ("the Russia–Ukraine war": both are actors of it)."""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.model import Mention

_DASH = re.compile(r"\s?[-–—]\s?")
_ROUTE_AFTER = re.compile(
    r"(?:\s?[-–—]\s?[A-Z][\w']*)*"  # names the dictionary lacks end the chain ("Baku–Tbilisi–Kars")
    r"\s*(?:\(\s*[A-Z][A-Za-z0-9-]{1,12}\s*\)\s*)?(?:(?:natural\s+)?gas\s+|oil\s+|power\s+|rail\s+|road\s+|"
    r"transmission\s+|electricity\s+|high-speed\s+|transport\s+)?"
    r"(?:pipelines?|railways?|railroads?|rail\s+links?|corridors?|highways?|motorways?|canals?|"
    r"interconnectors?|power\s+lines?|routes?|gas\s+lines?)\b",
    re.I,
)


def _chains(ms: list[Mention], text: str) -> list[list[Mention]]:
    chains: list[list[Mention]] = []
    run: list[Mention] = []
    for m in sorted(ms, key=lambda m: m.start):
        if run and _DASH.fullmatch(text[run[-1].end : m.start]):
            run.append(m)
            continue
        if len(run) >= 2:
            chains.append(run)
        run = [m]
    if len(run) >= 2:
        chains.append(run)
    return chains


def drop_route_names(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        if "–" not in text and "-" not in text and "—" not in text:
            continue
        dropped: set[int] = set()
        for chain in _chains(list(d.mentions[t]), text):
            if _ROUTE_AFTER.match(text, chain[-1].end):
                dropped.update(id(m) for m in chain)
        if dropped:
            d.mentions[t] = [m for m in d.mentions[t] if id(m) not in dropped]

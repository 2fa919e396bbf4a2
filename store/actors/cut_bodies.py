"""Bodies' names that NER or the dictionary cut short, made one mention again (issue 14, round 9; before the
affiliation rules, after store/actors/long_names.py):

- a group's name with its number ("Group 24", "Charter 97"): NER stopped before the number;
- an organisation's name with its state after "of" ("Islamic Renaissance Party of Tajikistan"): one mention,
  the state's organisation (``origin="context"``);
- an international body's name headed by its organisation ("UN Commission on the Status of Women", "United
  Nations Disengagement Observer Force"): one mention of that organisation (no state), not "UN" and a second
  entity;
- a body's head word NER kept without the capitalised adjective before it, which the NER layer took for a
  title ("the Supreme Court": "Supreme" as in "Supreme Leader"): one mention, which the rule of shared body
  names then places (store/actors/generic_bodies.py);
- a demonym, a modifier and an institution noun ("Tajik security forces"): the state's institution, as "Tajik
  forces" is.
"""

from __future__ import annotations

import re

from store.actors.cues import STATE_BODIES
from store.actors.document_view import DocumentView
from store.actors.inferred import inferred
from store.actors.long_names import ORG_HEADS
from store.actors.matcher import fold
from store.model import Mention

_NUMBERED_HEADS = frozenset("group charter bloc movement front party brigade battalion regiment division unit".split())
_NUMBER = re.compile(r" (\d{1,4})\b(?![.,]\d|\s*(?:%|per\s?cent|percent|years?|people|km|kilometres|miles)\b)")
_OF_STATE = re.compile(r" of (?:the )?")
_HEADS = ORG_HEADS | STATE_BODIES | frozenset("force forces mission office programme program observer fund".split())
# a run of capitalised words and their connectors after an international body's short name
_BODY_RUN = re.compile(
    r"(?: (?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]*|of|on|the|for|and))*"
)
_ADJECTIVES = frozenset("supreme constitutional high central federal national state".split())
_MODIFIERS = frozenset("security special armed".split())


def cut_bodies(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        ms = d.mentions[t]
        if not ms:
            continue
        ms = _numbered(text, ms)
        ms = _of_state(d, text, ms)
        ms = _international(d, text, ms)
        ms = _adjective_heads(d, t, text, ms)
        ms = _modified_institutions(d, t, text, ms)
        d.mentions[t] = ms


def _open(m: Mention) -> bool:
    return m.actor_id is None and m.origin == "ner" and m.label in ("ORG", "NORP", "FAC", "PERSON")


def _numbered(text: str, ms: list[Mention]) -> list[Mention]:
    out = []
    for n, m in enumerate(ms):
        words = m.text.split()
        if _open(m) and words and fold(words[-1]) in _NUMBERED_HEADS:
            found = _NUMBER.match(text, m.end)
            if found is not None and not (n + 1 < len(ms) and ms[n + 1].start < found.end()):
                m = Mention(m.start, found.end(), text[m.start : found.end()], None, "ORG", "ner")
        out.append(m)
    return out


def _of_state(d: DocumentView, text: str, ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    skip: set[int] = set()
    for n, m in enumerate(ms):
        if n in skip:
            continue
        words = m.text.split()
        if _open(m) and m.label == "ORG" and len(words) >= 2 and fold(words[-1]) in _HEADS:
            gap = _OF_STATE.match(text, m.end)
            after = ms[n + 1] if n + 1 < len(ms) else None
            actor = d.actor(after) if after is not None else None
            if (
                gap is not None
                and after is not None
                and after.start == gap.end()
                and actor is not None
                and actor.kind == "state"
                and actor.affiliation
            ):
                name = text[m.start : after.end]
                joined = Mention(m.start, after.end, name, None, "ORG", "ner")
                out.append(inferred(joined, "context", actor.affiliation, "organisation", " ".join(name.split())))
                skip.add(n + 1)
                continue
        out.append(m)
    return out


def _international(d: DocumentView, text: str, ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    n = 0
    while n < len(ms):
        m = ms[n]
        actor = d.actor(m)
        if (
            actor is None
            or actor.kind != "organisation"
            or actor.affiliation
            or actor.sector != "international"
            or m.origin != "dictionary"
        ):
            out.append(m)
            n += 1
            continue
        end = _body_end(text, m.end)
        if end is None:
            out.append(m)
            n += 1
            continue
        inside = [q for q in ms[n + 1 :] if q.start < end]
        if any(q.end > end or q.actor_id is not None for q in inside):
            out.append(m)  # a known actor (or a name running on) inside: not one body's name
            n += 1
            continue
        out.append(Mention(m.start, end, text[m.start : end], m.actor_id, "ORG", "context"))
        n += 1 + len(inside)
    return out


_TOKEN = re.compile(r" ([\w'’-]+)")
_PREPOSITIONS = frozenset({"of", "on", "for"})


def _body_end(text: str, at: int) -> int | None:
    """Where a body's name that goes on after an organisation's short name ends: capitalised words up to a head
    word ("Disengagement Observer Force"), then any "of/on/for (the) Capitalised..." tails ("Commission on the
    Status of Women"); None when no head word comes first."""
    found = _BODY_RUN.match(text, at)
    if found is None:
        return None
    tokens = [(t.group(1), t.end()) for t in _TOKEN.finditer(text, at, found.end())]
    end = None
    i = 0
    while i < len(tokens) and tokens[i][0][:1].isupper():  # the name proper, up to its (last) head word
        if fold(tokens[i][0]) in _HEADS:
            end = tokens[i][1]
        i += 1
    if end is None:
        return None
    if tokens[i - 1][1] != end:
        return end  # capitalised words after the head word are another name ("Council President X")
    while i < len(tokens) and tokens[i][0] in _PREPOSITIONS:
        j = i + 1
        if j < len(tokens) and tokens[j][0] == "the":
            j += 1
        k = j
        while k < len(tokens) and tokens[k][0][:1].isupper():
            k += 1
        if k == j:
            break
        end = tokens[k - 1][1]
        i = k
    return end


def _adjective_heads(d: DocumentView, t: int, text: str, ms: list[Mention]) -> list[Mention]:
    out = []
    words, starts = d.texts[t].words, d.texts[t].starts
    for m in ms:
        if _open(m) and " " not in m.text and fold(m.text) in _HEADS:
            i = d.token_at(t, m.start)
            if i >= 1 and words[i - 1].casefold() in _ADJECTIVES and words[i - 1][:1].isupper():
                s = starts[i - 1]
                if text[s + len(words[i - 1]) : m.start] == " " and not d.covered(t, s, s + 1):
                    m = Mention(s, m.end, text[s : m.end], None, "ORG", "ner")
        out.append(m)
    return out


def _modified_institutions(d: DocumentView, t: int, text: str, ms: list[Mention]) -> list[Mention]:
    out = []
    words, starts = d.texts[t].words, d.texts[t].starts
    for n, m in enumerate(ms):
        actor = d.actor(m)
        if actor is not None and actor.kind == "group" and m.origin == "dictionary" and " " not in m.text:
            i = d.token_at(t, m.start)
            if (
                i + 2 < len(words)
                and words[i + 1] in _MODIFIERS
                and not (n + 1 < len(ms) and ms[n + 1].start < starts[i + 2] + len(words[i + 2]))
            ):
                found = d.matcher.match([words[i], words[i + 2]])
                if found and found[0].start == 0 and found[0].end == 2:
                    e = starts[i + 2] + len(words[i + 2])
                    m = Mention(m.start, e, text[m.start : e], found[0].actor_id, found[0].label, "dictionary")
        out.append(m)
    return out

"""Generic bodies (issue 14, class 5): a body's name that several states share ("House of Representatives",
"Parliament", "Supreme Court", "Central Bank", "Constitutional Court") is no one state's by itself. Unqualified
by the dictionary's own longer alias ("US House of Representatives"), it takes the state that qualifies it
where it stands ("Libya's House of Representatives", "the Libyan Supreme Court", "the Central Bank of
Libya") or the one such state its sentence names, else the state the document is mostly about if that state has such a body, else none: never a
default USA. The UN's "Security Council" is left to store/actors/bodies.py (unqualified, it stays the UN's)."""

from __future__ import annotations

import re
from dataclasses import replace

from store.actors.body_owner import explicit_owner
from store.actors.document_view import DocumentView, document_states
from store.actors.inferred import inferred
from store.actors.matcher import fold
from store.model import Mention

# Chambers named "House of Representatives" in English (lower or only house); Wikipedia's list of legislatures.
_HOUSES = frozenset(
    """USA LBY AUS JPN NZL NGA PHL COL BLR JOR EGY CYP MAR THA LBR MYS BIH FJI MLT BHS BLZ JAM TTO BRB GRD LCA
    VCT ATG KNA PNG SLB BEL NLD URY YEM TZA""".split()
)
# name -> the states that have such a body (None: nearly every state has one)
GENERIC_BODIES: dict[str, frozenset[str] | None] = {
    "house of representatives": _HOUSES,
    "house of commons": frozenset({"GBR", "CAN"}),
    "parliament": None,
    "supreme court": None,
    "central bank": None,
    "constitutional court": None,
    "general staff": None,
    # parties called so in English (round 8): never the US "Democrats" the last word would match
    "social democrats": frozenset("DNK SWE FIN DEU AUT CZE SVK ROU BGR LTU LVA EST SVN HRV MKD ISL CHE".split()),
}
# dictionary entries of no state that name such a body (the UN's "Security Council" is not one of them)
_STATELESS_ENTRIES = frozenset({"general-staff"})


def _generic(text: str) -> str | None:
    words = text.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    key = " ".join(fold(w) for w in words)
    return key if key in GENERIC_BODIES else None


def _social_democrats(d: DocumentView) -> None:
    """ "Social Democrats": the dictionary matched only "Democrats" (the US party); the name is the whole."""
    for t, tokens in enumerate(d.texts):
        ms = d.mentions[t]
        for n, m in enumerate(ms):
            if (
                m.origin == "dictionary"
                and m.text == "Democrats"
                and tokens.text[max(0, m.start - 7) : m.start] == "Social "
            ):
                ms = [*ms[:n], replace(m, start=m.start - 7, text="Social Democrats", label="ORG"), *ms[n + 1 :]]
                d.mentions[t] = ms


def generic_bodies(d: DocumentView) -> None:
    _social_democrats(d)
    main: str | None | bool = False  # not computed yet
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            key = _generic(m.text)
            if key is None or m.origin not in ("dictionary", "ner"):
                out.append(m)
                continue
            actor = d.actor(m)
            if actor is not None and (
                actor.kind == "state" or (actor.affiliation is None and actor.id not in _STATELESS_ENTRIES)
            ):
                out.append(m)
                continue
            have = GENERIC_BODIES[key]
            state = explicit_owner(d, t, m) or _in_sentence(d, t, m, have)
            if state is None:
                if main is False:
                    main = _main_state(d)
                state = main if isinstance(main, str) and (have is None or main in have) else None
            if state == (actor.affiliation if actor is not None else None):
                out.append(m)  # already so; an unlinked NER body the context did not decide stays NER's
                continue
            name = " ".join(m.text.split())
            if state is None:
                m = replace(m, actor_id=None, origin="context")
            else:
                m = inferred(m, "context", state, "organisation", name)
            out.append(m)
            changed = True
        if changed:
            d.mentions[t] = out


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def _in_sentence(d: DocumentView, t: int, m: Mention, have: frozenset[str] | None) -> str | None:
    """The one state with such a body that the sentence names by a state's name or people ("the American
    Congresswoman X submitted a resolution to the House of Representatives")."""
    text = d.texts[t].text
    start = 0
    for before in _SENTENCE_END.finditer(text, 0, m.start):
        start = before.end()
    after = _SENTENCE_END.search(text, m.end)
    end = after.start() if after else len(text)
    states, people = set(), set()
    for q in d.mentions[t]:
        actor = d.actor(q)
        if start <= q.start and q.end <= end and q is not m and actor is not None and actor.affiliation:
            if actor.kind in ("state", "group", "place") and (have is None or actor.affiliation in have):
                states.add(actor.affiliation)  # also a capital or a town: "In Washington, X blamed the House"
            elif actor.kind == "person" and have is None:
                people.add(actor.affiliation)  # "the chief of the General Staff, Valery Gerasimov"
    if not states:
        states = people
    return states.pop() if len(states) == 1 else None


def _main_state(d: DocumentView) -> str | None:
    """The state at least half of the document's affiliated dictionary mentions (places aside) stand for."""
    states = document_states(d, places=False)
    if not states:
        return None
    state, count = states.most_common(1)[0]
    return state if count * 2 >= sum(states.values()) else None

"""Bodies whose name says what they are but not whose they are (issue 14, round 9).

1. ``generic_institutions``: an organisation NER found whose name is made of body words and numbers only
   ("Ministry of Emergency Situations", "201st Military Base", "3rd Separate Assault Brigade", "State
   Committee for National Security") is the state's that owns it in its sentence ("Armenia sent rescuers from
   its Ministry of Emergency Situations", "Russia keeps its 201st Military Base": the nearest state before
   "its"), else the one state its sentence names, else the state that dominates the document
   (store/actors/dominant.py), else the rest of the body scorer's evidence (store/actors/body_owner.py: its
   paragraph's leading state, the document's), else nobody's (``origin="context"``).
2. ``local_institutions``: a university, institute, academy, school or hospital NER found, in a sentence that
   names no state other than the one the document is about (dominant, else leading), is that state's ("Students
   walked out of Sharif University of Technology"): other organisations take their country
   (tests/data/gold_mentions.md). Not one named for another place or the world ("American University of X").
3. ``shared_bodies``: a dictionary body whose name several states' bodies share ("KGB": the Soviet one and
   the "KGB of Belarus"; "GKNB": the dictionary's "State Committee for National Security of Kyrgyzstan", and
   Tajikistan's of the same name), in a document that names its state nowhere else, is the body of that name
   of the state its sentence names, else of the document's leading state: the dictionary's entry for it if
   there is one ("KGB of Belarus"), else an organisation of that state (``origin="context"``).
"""

from __future__ import annotations

import re

from store.actors.body_families import body_families
from store.actors.body_owner import body_state, explicit_owner, is_national_body
from store.actors.cues import ROLE_WORDS, STATE_BODIES
from store.actors.document_view import DocumentView
from store.actors.dominant import dominant_state, leading_state, sentence_states
from store.actors.inferred import inferred
from store.actors.matcher import fold
from store.model import Mention

_HEADS = STATE_BODIES | frozenset(
    "ministry brigade brigades base division regiment battalion corps unit fleet army university academy".split()
)
_BODY_WORDS = (
    ROLE_WORDS
    | _HEADS
    | frozenset(
        """of for and on the emergency emergencies situations separate assault mechanised mechanized airborne
        marine marines infantry tank motorised motorized rifle special operations operational territorial defence
        defense protection civil internal affairs foreign investigative investigation national state federal
        central supreme constitutional guards mountain naval strategic missile rocket troops combined arms
        military-civil""".split()
    )
)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _generic(text: str) -> bool:
    words = text.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if len(words) < 2 or not any(fold(w) in _HEADS for w in words):
        return False
    return all(fold(w) in _BODY_WORDS or _ORDINAL.match(w) for w in words)


def generic_institutions(d: DocumentView, *, owned_only: bool = False) -> None:
    """``owned_only``: only "its X"/"their X" (run before the rules that give a body its document's state)."""
    main: str | None | bool = False  # not computed yet
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            if (
                m.actor_id is not None
                or m.origin != "ner"
                or m.label not in ("ORG", "FAC")
                or not _generic(m.text)
                or is_national_body(m.text)  # decided mention by mention (store/actors/body_owner.py)
            ):
                out.append(m)
                continue
            state = explicit_owner(d, t, m, owned_only=owned_only)
            if state is None and not owned_only:
                states = sentence_states(d, t, m)
                if states is None:
                    out.append(m)
                    continue
                if len(states) == 1:
                    state = next(iter(states))
                elif not states:
                    if main is False:
                        main = dominant_state(d)
                    # the document's dominant state, else the rest of the scorer's evidence (its paragraph's)
                    state = main if isinstance(main, str) else body_state(d, t, m)[0]
            if state is not None:
                m = inferred(m, "context", state, "organisation", " ".join(m.text.split()))
                changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out


_LOCAL_HEADS = frozenset(
    "university institute academy college school hospital clinic museum library conservatory seminary".split()
)
_FOREIGN_WORDS = frozenset("international european american british world global united".split())


def local_institutions(d: DocumentView) -> None:
    state: str | None | bool = False
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            words = [fold(w) for w in m.text.split()]
            if (
                m.actor_id is not None
                or m.origin != "ner"
                or m.label != "ORG"
                or len(words) < 2
                or not any(w in _LOCAL_HEADS for w in words)
                or any(w in _FOREIGN_WORDS for w in words)
            ):
                out.append(m)
                continue
            if state is False:
                state = dominant_state(d) or leading_state(d)
            named = sentence_states(d, t, m)
            if isinstance(state, str) and named is not None and named <= {state}:
                m = inferred(m, "context", state, "organisation", " ".join(m.text.split()))
                changed = True
            out.append(m)
        if changed:
            d.mentions[t] = out


# ── bodies of one name in several states ──────────────────────────────────────────────────────────


def shared_bodies(d: DocumentView) -> None:
    families: dict[str, dict[str, str]] | None = None
    leading: str | None | bool = False
    elsewhere: dict[str, bool] = {}
    for t in range(len(d.texts)):
        out: list[Mention] = []
        changed = False
        for m in d.mentions[t]:
            actor = d.actor(m)
            if actor is None or actor.kind != "organisation" or not actor.affiliation or m.origin == "gazetteer":
                out.append(m)
                continue
            if families is None:
                families = body_families(d)
            key = fold(" ".join(w for w in m.text.split() if w.casefold() != "the"))
            row = families.get(key)
            if row is not None and actor.affiliation not in elsewhere:
                elsewhere[actor.affiliation] = _named_elsewhere(d, actor.affiliation, families)
            if row is None or elsewhere[actor.affiliation]:
                out.append(m)
                continue
            states = sentence_states(d, t, m, skip=frozenset(families)) or set()
            states.discard(actor.affiliation)
            if len(states) == 1:
                state: str | None = next(iter(states))
            else:
                if leading is False:
                    leading = leading_state(d) or dominant_state(d)
                state = leading if isinstance(leading, str) else None
            if state is None or state == actor.affiliation:
                out.append(m)
                continue
            own = row.get(state)
            if own is not None:
                m = Mention(m.start, m.end, m.text, own, m.label, "dictionary")
            else:
                m = inferred(m, "context", state, "organisation", " ".join(m.text.split()))
            out.append(m)
            changed = True
        if changed:
            d.mentions[t] = out


def _named_elsewhere(d: DocumentView, state: str, families: dict[str, dict[str, str]]) -> bool:
    """Whether a mention that is no such shared body names ``state`` (the USSR, Kyrgyzstan)."""
    for ms in d.mentions:
        for q in ms:
            actor = d.actor(q)
            if actor is not None and actor.affiliation == state:
                key = fold(" ".join(w for w in q.text.split() if w.casefold() != "the"))
                if key not in families:
                    return True
    return False

"""Organisations named in part or qualified (rules 1 and 5 of store/actors/context.py): a generic
international body qualified by a state is that state's ("Armenia's Security Council" -> Armenia; an
unqualified "Security Council" stays the UN's), as is a nation's own Red Crescent; "the Guards" after "the
Iranian Revolutionary Guards" is the same organisation; an unlinked one-word name that is the last word of
one organisation named earlier is that organisation ("Commission" after "European Commission"); an
unknown name followed by a known acronym in brackets is that acronym's organisation ("the National Security
Committee (KNB)": transliterated acronyms rarely share the English name's initials)."""

from __future__ import annotations

import re
from dataclasses import replace

from store.actors.cues import GOVERNMENT_BODIES, STATE_BODIES
from store.actors.document_view import DocumentView
from store.actors.inferred import inferred
from store.actors.matcher import fold
from store.model import Mention


def qualified_bodies(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        words, starts = tokens.words, tokens.starts
        out = []
        for m in d.mentions[t]:
            if " " not in m.text:
                out.append(m)
                continue
            actor = d.actor(m)
            surface = m.text.split()
            if (
                actor is not None
                and actor.kind == "organisation"
                and actor.affiliation is None
                and len(surface) >= 2
                and not any(w.isupper() for w in surface)
            ):
                i = d.token_at(t, m.start)
                k = i - 1
                if k >= 0 and words[k].casefold() in ("his", "her") and fold(surface[-1]) in STATE_BODIES:
                    state = _speaker_state(d, t, k)  # "Putin ... a meeting of his Security Council": Russia's
                    if state:
                        name = " ".join(m.text.split())
                        m = inferred(m, "context", state, "organisation", name)
                    out.append(m)
                    continue
                possessive = k >= 1 and words[k] in ("'s", "’s")
                if possessive:
                    k -= 1
                q = d.mention_at(t, starts[k]) if 0 <= k < i else None
                owner = d.actor(q) if q is not None else None
                if (
                    q is not None
                    and owner is not None
                    and owner.affiliation
                    and (owner.kind == "state" and possessive or owner.kind == "group")
                    and tokens.text[q.start - 1 : q.start] != "-"
                    and fold(surface[-1]) in STATE_BODIES | NATIONAL_SOCIETIES
                ):
                    if owner.kind == "group" and not possessive and out and out[-1] is q:
                        # "the Libyan Red Crescent", "the Russian Security Council": one name, the nation's own
                        out.pop()
                        m = replace(m, start=q.start, text=tokens.text[q.start : m.end])
                    name = " ".join(m.text.split())
                    m = inferred(m, "context", owner.affiliation, "organisation", name)
            out.append(m)
        d.mentions[t] = out


def _speaker_state(d: DocumentView, t: int, k: int) -> str | None:
    """The state of the known person whom "his"/"her" at token k refers to: the nearest person named
    before it in the same sentence, if the dictionary gives that person a state."""
    words, starts = d.texts[t].words, d.texts[t].starts
    k -= 1
    stop = max(-1, k - 80)  # a sentence's start, at most 80 tokens back (linear in a paragraph with no full stop)
    while k > stop and words[k] not in (".", "!", "?"):
        q = d.mention_at(t, starts[k])
        if q is not None:
            actor = d.actor(q)
            if actor is not None and actor.kind == "person":
                return actor.affiliation
            k = d.token_at(t, q.start)
        k -= 1
    return None


NATIONAL_SOCIETIES = frozenset({"crescent", "cross"})  # a nation's own Red Crescent or Red Cross society
_SHORT_FORM = re.compile(r"\b(?:the|The) ([A-Z][a-z]{3,})\b(?! [A-Z])")


def short_forms(d: DocumentView) -> None:
    """'the Guards' after 'the Iranian Revolutionary Guards': the last word of an organisation's name (or
    its head before 'of'/'for'), with the article, names the same organisation later in the document."""
    heads: dict[str, tuple[int, int, Mention]] = {}  # word -> (text, end, the mention it came from)
    for t in range(len(d.texts)):
        for m in d.mentions[t]:
            if " " not in m.text:
                continue
            actor = d.actor(m)
            words = m.text.split()
            if actor is None or actor.kind not in ("organisation", "group") or len(words) < 2:
                continue
            for word in [words[-1]] + [w for w, nxt in zip(words, words[1:], strict=False) if nxt in ("of", "for")]:
                if word[:1].isupper() and fold(word) not in GOVERNMENT_BODIES:  # "the Ministry": which one?
                    heads.setdefault(word, (t, m.end, m))
            for word, nxt in zip(words, words[1:], strict=False):
                if nxt.rstrip("'’") == "Corps" and word[:1].isupper() and not word.endswith("s"):
                    heads.setdefault(word + "s", (t, m.end, m))  # "the Guards" after "Revolutionary Guard Corps"
            if words[-1] == "Guard":
                heads.setdefault("Guards", (t, m.end, m))  # "the Guards' navy" after "Iranian Revolutionary Guard"
    if not heads:
        return
    for t, tokens in enumerate(d.texts):
        added = []
        dropped: set[int] = set()  # ids of mentions replaced; the list is rebuilt once a text (linear)
        for found in _SHORT_FORM.finditer(tokens.text):
            s, e = found.span(1)
            first = heads.get(found.group(1))
            if first is None or (first[0], first[1]) > (t, s):
                continue  # only after the full name
            here = d.overlapping(t, s, e)
            if all(m.actor_id is None and (m.start, m.end) == (s, e) for m in here):  # nothing, or NER's own
                dropped.update(id(m) for m in here)
                m = first[2]
                added.append(Mention(s, e, found.group(1), m.actor_id, m.label, m.origin))
        if added:
            kept = [m for m in d.mentions[t] if id(m) not in dropped]
            d.mentions[t] = sorted([*kept, *added], key=lambda m: (m.start, m.end))


def bare_heads(d: DocumentView) -> None:
    """'Commission spokesman Eric Mamer' after 'European Commission': an unlinked one-word name that is the
    last word of exactly one organisation the dictionary found earlier in the document names it."""
    heads: dict[str, set[str]] = {}
    for t in range(len(d.texts)):
        out = []
        for m in d.mentions[t]:
            actor = d.actor(m)
            if actor is not None and actor.kind == "organisation" and m.origin == "dictionary" and " " in m.text:
                heads.setdefault(m.text.split()[-1], set()).add(actor.id)
            elif m.actor_id is None and m.origin == "ner" and len(heads.get(m.text, ())) == 1:
                actor = d.actors[next(iter(heads[m.text]))]
                m = replace(m, actor_id=actor.id, origin="dictionary")
            out.append(m)
        d.mentions[t] = out


def bracketed_acronyms(d: DocumentView) -> None:
    """'the National Security Committee (KNB)': an unlinked name of two words or more right before a known
    organisation's acronym in brackets names that organisation (not an outlet's: "(TASS)" credits a source)."""
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        ms = d.mentions[t]
        out = []
        for n, m in enumerate(ms):
            if m.actor_id is None and m.origin == "ner" and m.label != "PERSON" and " " in m.text.strip():
                q = ms[n + 1] if n + 1 < len(ms) else None
                actor = d.actor(q) if q is not None else None
                if (
                    q is not None
                    and actor is not None
                    and actor.kind in ("organisation", "group")
                    and actor.sector != "media"
                    and q.text.isupper()
                    and text[m.end : q.start].strip() == "("
                    and text[q.end : q.end + 1] == ")"
                ):
                    m = replace(m, actor_id=actor.id, origin="dictionary")
            out.append(m)
        d.mentions[t] = out

"""Names that NER or the dictionary cut short, made one mention again (before the affiliation rules):

- an outlet's leading article is no part of its mention ("The New York Times" -> "New York Times", as "the
  Kremlin" is "Kremlin"), and an outlet's name before a body's head word is the body's ("the Guardian
  Council" is no newspaper);
- a group's branch named without its last word "Province" ("Islamic State Khorasan" for the dictionary's
  "Islamic State Khorasan Province"): that branch;
- an outlet's name with its medium ("Toplum TV", "Azadliq Radio"): one mention;
- "X of the Y", two names NER found apart ("General Staff of the Armed Forces"): one organisation;
- an organisation's name NER stopped before its head word ("Iranian Red Crescent" + "Society"): one mention;
- a body's name NER missed, after "the" and ending in a body's head word ("the Joint Coordination Centre");
- a demonym heading an association's name ("Georgian Young Lawyers' Association") is one mention of that
  state's organisation (``origin="context"``), as is a name with a demonym after "of" ("Federation of
  American Scientists"): an organisation of that country, as the Institute for the Study of War is American.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.actors.document_view import DocumentView
from store.actors.inferred import inferred, inferred_id
from store.actors.matcher import fold
from store.model import Actor, Mention

# Head words of an organisation's name (the last word): associations, societies, councils...
ORG_HEADS = frozenset(
    """association associations society union federation foundation institute council committee commission
    party movement centre center academy chamber confederation league alliance network organisation
    organization fund coalition assembly court service agency bureau directorate authority inspectorate""".split()
)
_MEDIUM_AFTER = re.compile(r" (TV|Radio|Television|Media)\b(?![-'’])")
_OF_BETWEEN = re.compile(r" (?:of|for) (?:the )?")
_DANGLING = re.compile(r" (?:and|of|for)$")  # NER cut "Finnish Security and" | "Intelligence Service"
_HEAD_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![-'’])")
_OF_DEMONYM = re.compile(r"\bof (?:the )?([A-Z][a-z]+) [A-Z]")
_NAME_WORD = re.compile(r"[A-Z][\w-]*(?:['’]s?)?$")
_MAX_WORDS = 5  # words between a demonym and an association's head word


def long_names(d: DocumentView) -> None:
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        ms = _province_branches(d, text, d.mentions[t])
        ms = [_outlet_article(d, text, m) for m in ms]
        ms = _with_medium(text, ms)
        ms = _joined_of(d, text, ms)
        ms = _with_head(text, ms)
        ms = _missed_bodies(text, ms)
        ms = _demonym_associations(d, t, ms)
        ms = [_of_demonym(d, m) for m in ms]
        d.mentions[t] = ms


def _outlet(d: DocumentView, m: Mention) -> Actor | None:
    actor = d.actor(m)
    return actor if actor is not None and m.origin == "dictionary" and actor.sector == "media" else None


def _outlet_article(d: DocumentView, text: str, m: Mention) -> Mention:
    if _outlet(d, m) is None:
        return m
    head = _HEAD_AFTER.match(text, m.end)
    if head is not None and head.group(1).casefold() in ORG_HEADS:  # "the Guardian Council": a body's name
        start = m.start + 4 if m.text.startswith(("The ", "the ")) else m.start
        end = head.end(1)
        return Mention(start, end, text[start:end], None, "ORG", "ner")
    if m.text.startswith("The ") and len(m.text) > 4:
        return replace(m, start=m.start + 4, text=m.text[4:])
    return m


def _with_medium(text: str, ms: list[Mention]) -> list[Mention]:
    out = []
    for n, m in enumerate(ms):
        after = _MEDIUM_AFTER.match(text, m.end) if m.origin == "ner" and m.label != "PERSON" else None
        if after is not None and not (n + 1 < len(ms) and ms[n + 1].start < after.end()):
            m = Mention(m.start, after.end(), text[m.start : after.end()], None, "ORG", "ner")
        out.append(m)
    return out


def _generic(d: DocumentView, m: Mention) -> bool:
    """An unlinked name, or a body's name of the dictionary that is no state's ("General Staff")."""
    if m.actor_id is None:
        return m.origin == "ner"
    actor = d.actor(m)
    return actor is not None and actor.kind == "organisation" and actor.affiliation is None and " " in m.text


def _joined_of(d: DocumentView, text: str, ms: list[Mention]) -> list[Mention]:
    """Two organisation names joined by "of (the)", the second unlinked, the first unlinked or a body of no
    state: one name ("General Staff of the Armed Forces")."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.origin == "ner"
            and m.actor_id is None
            and _generic(d, prev)
            and prev.label in ("ORG", "FAC")
            and m.label == "ORG"
            and (
                _OF_BETWEEN.fullmatch(text, prev.end, m.start)
                or (text[prev.end : m.start] == " " and _DANGLING.search(prev.text))
            )
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], None, "ORG", "ner")
            continue
        out.append(m)
    return out


def _with_head(text: str, ms: list[Mention]) -> list[Mention]:
    """An organisation's name NER stopped before its head word ("Iranian Red Crescent" + "Society")."""
    out = []
    for n, m in enumerate(ms):
        if m.label == "ORG" and m.origin in ("ner", "context") and " " in m.text:
            head = _HEAD_AFTER.match(text, m.end)
            if (
                head is not None
                and head.group(1).casefold() in ORG_HEADS
                and head.group(1).casefold() not in {w.casefold() for w in m.text.split()}
                and not (n + 1 < len(ms) and ms[n + 1].start < head.end())
            ):
                m = replace(m, end=head.end(1), text=text[m.start : head.end(1)])
        out.append(m)
    return out


def _demonym(d: DocumentView, m: Mention) -> str | None:
    """The state of a demonym mention of the dictionary ("Georgian" -> GEO), else None."""
    actor = d.actor(m)
    if actor is None or m.origin != "dictionary" or actor.kind != "group" or " " in m.text:
        return None
    return actor.affiliation


def _demonym_associations(d: DocumentView, t: int, ms: list[Mention]) -> list[Mention]:
    tokens = d.texts[t]
    out: list[Mention] = []
    skip_until = -1
    for m in ms:
        if m.start < skip_until:
            continue
        state = _demonym(d, m)
        end = _association_end(tokens.text, tokens.words, tokens.starts, d.token_at(t, m.start) + 1) if state else None
        if state is None or end is None:
            out.append(m)
            continue
        inside = [o for o in ms if m.end <= o.start < end]
        if any(o.actor_id is not None and (o.end >= end or not _generic(d, o)) for o in inside):
            # a known name of its own inside ("Georgian Dream Party"), or a known body's name ending it ("the
            # British Dossier Center": a demonym before a known organisation qualifies it, bodies.py)
            out.append(m)
            continue
        surface = tokens.text[m.start : end]
        out.append(
            Mention(m.start, end, surface, inferred_id("context", state, "organisation", surface), "ORG", "context")
        )
        skip_until = end
    return out


def _association_end(text: str, words: list[str], starts: list[int], i: int) -> int | None:
    """Where an association's name that starts at token i ends (after its head word), or None."""
    k = i
    while k < len(words) and k - i < _MAX_WORDS + 2:
        w = words[k]
        if w in ("'", "’", "-") or (w in ("and", "for", "of") and k > i):
            k += 1  # "Young Lawyers' Association", "Anti-Corruption Agency", "Security and Intelligence Service"
            continue
        if not _NAME_WORD.match(w):
            return None
        if w.casefold() in ORG_HEADS:
            return starts[k] + len(w) if k > i else None
        k += 1
    return None


def _of_demonym(d: DocumentView, m: Mention) -> Mention:
    """ "Federation of American Scientists", "Georgian Young Lawyers' Association": an unlinked organisation
    whose name has a demonym after "of", or heads an association's name with it."""
    if m.actor_id is not None or m.origin != "ner" or m.label != "ORG":
        return m
    found = _OF_DEMONYM.search(m.text)
    words = m.text.split()
    if found is not None:
        word = found.group(1)
    elif len(words) >= 3 and any(fold(w.strip("'’")) in ORG_HEADS for w in words[1:]):
        word = words[0]  # "Georgian Young Lawyers' Association", "Kazakh Agency for Financial Monitoring"
    else:
        return m
    matched = d.matcher.match([word])
    actor = d.actors.get(matched[0].actor_id) if len(matched) == 1 else None
    kinds = ("group",) if found is not None else ("group", "place")  # "Istanbul Bar Association" too
    if actor is None or actor.kind not in kinds or not actor.affiliation:
        return m
    return inferred(m, "context", actor.affiliation, "organisation")


_BRANCH_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![-'’])(?! Province)")


def _province_branches(d: DocumentView, text: str, ms: list[Mention]) -> list[Mention]:
    """An "Islamic State Khorasan": a group followed by a region's name is the dictionary's branch "... Province"."""
    out: list[Mention] = []
    skip_until = -1
    for m in ms:
        if m.start < skip_until:
            continue
        actor = d.actor(m)
        after = _BRANCH_AFTER.match(text, m.end) if actor is not None and actor.kind == "group" else None
        if after is not None and actor is not None and m.origin == "dictionary":
            found = d.matcher.match([*m.text.split(), after.group(1), "Province"])
            branch = d.actors.get(found[0].actor_id) if len(found) == 1 and found[0].start == 0 else None
            if branch is not None and found[0].end == len(m.text.split()) + 2 and branch.id != actor.id:
                end = after.end(1)
                out.append(Mention(m.start, end, text[m.start : end], branch.id, m.label, "dictionary"))
                skip_until = end
                continue
        out.append(m)
    return out


_MISSED_BODY = re.compile(
    r"\b(?:the|The|a|A|an|An) ((?:[A-Z][a-z]+ ){1,4}(?:Centre|Center|Headquarters|Directorate|Bureau|Council|Committee|"
    r"Commission|Association|Society|Foundation|Institute|Federation|Union|Agency|Alliance|Coalition|League))\b"
    r"(?![-'’])(?! [A-Z])"
)


def _missed_bodies(text: str, ms: list[Mention]) -> list[Mention]:
    """ "the Joint Coordination Centre": a body's name NER missed, as an unlinked organisation (the later rules
    may give it a state); only where no mention touches it."""
    added = []
    for found in _MISSED_BODY.finditer(text):
        s, e = found.span(1)
        if any(m.start < e and s < m.end for m in ms):
            continue
        added.append(Mention(s, e, text[s:e], None, "ORG", "ner"))
    return sorted([*ms, *added], key=lambda m: (m.start, m.end)) if added else ms

"""The entities of a document (rules 2 and 3 of store/actors/context.py): an acronym introduced in brackets
after an unknown name ("Government of National Unity (GNU)") names the same entity for the whole document and
is found wherever it recurs; a later surname is the full name seen earlier ("Herzog" -> "Isaac Herzog"),
also where NER missed it."""

from __future__ import annotations

import re

from store.actors.document_view import DocumentView
from store.actors.matcher import COMMON_WORDS, fold
from store.model import Mention

_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)")


def _initials_match(short: str, long: str) -> bool:
    letters = [w[0] for w in re.findall(r"[A-Za-z][\w'-]*", long) if w[0].isupper()]
    return "".join(letters).casefold() == short.casefold() or "".join(letters).casefold().startswith(short.casefold())


def _initials_exact(short: str, long: str) -> bool:
    """Whether the capitalised words of ``long`` spell ``short`` exactly (no "of", "for", "the")."""
    letters = [w[0] for w in re.findall(r"[A-Za-z][\w'-]*", long) if w[0].isupper()]
    return len(letters) == len(short) and "".join(letters) == short


def entities(d: DocumentView) -> dict[tuple[int, int], str]:
    """(text, start) of each unlinked mention -> its entity's name (the full name seen first)."""
    entity: dict[tuple[int, int], str] = {}
    names: dict[str, str] = {}  # folded name -> entity
    persons: list[str] = []  # multi-word person entities, in order
    acronyms: dict[str, tuple[str, str]] = {}  # acronym -> (entity, label)
    for t, tokens in enumerate(d.texts):
        text = tokens.text
        added: list[Mention] = []
        for m in d.mentions[t]:
            if m.actor_id is not None:
                continue
            key = fold(m.text)
            name = names.get(key)
            if name is None and " " not in m.text.strip():
                name = next((p for p in persons if fold(p.split()[-1]) == key), None)
            if name is None and m.text in acronyms:
                name = acronyms[m.text][0]
            if name is None and 2 <= len(m.text) <= 6 and m.text.isupper() and m.text.isalpha():
                # "the NIS" after "South Korea's National Intelligence Service": an acronym never introduced
                spelled = [n for n in dict.fromkeys(names.values()) if " " in n and _initials_exact(m.text, n)]
                name = spelled[0] if len(spelled) == 1 else None
            if name is None:
                name = " ".join(m.text.split())
                if m.label == "PERSON" and " " in name:
                    persons.append(name)
            names.setdefault(key, name)
            entity[(t, m.start)] = name
            found = _ACRONYM.match(text, m.end + (1 if text[m.end : m.end + 1] == " " else 0))
            if found and found.start() <= m.end + 1:
                short = found.group(1)
                if sum(c.isupper() for c in short) >= 2 and _initials_match(short, m.text) and fold(short) not in names:
                    acronyms[short] = (name, m.label)
                    names[fold(short)] = name
                    s, e = found.span(1)
                    if not d.covered(t, s, e):
                        added.append(Mention(s, e, short, None, m.label, "ner"))
                        entity[(t, s)] = name
        d.mentions[t].extend(added)
    # where NER missed them: recurring acronyms, and surnames of people named in full
    short_forms = {a: v for a, v in acronyms.items()}
    for p in persons:
        last = p.split()[-1]
        if len(last) >= 4 and not d.matcher.knows(last) and fold(last) not in COMMON_WORDS:
            short_forms.setdefault(last, (p, "PERSON"))
    if short_forms:
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(s) for s in short_forms) + r")(?![\w-])")
        for t, tokens in enumerate(d.texts):
            added = []
            for found in pattern.finditer(tokens.text):
                s, e = found.span(1)
                if not d.covered(t, s, e) and not (added and added[-1].end > s):  # matches come in order
                    name, label = short_forms[found.group(1)]
                    added.append(Mention(s, e, found.group(1), None, label, "ner"))
                    entity[(t, s)] = name
            d.mentions[t].extend(added)
    for t in range(len(d.texts)):
        d.mentions[t].sort(key=lambda m: (m.start, m.end))
    return entity

"""How tags compare: one rule for the sidebar filter, the notebook and ``actorlens export --tag``.

Tags are stored as typed (trimmed, one line); they match ignoring case and runs of spaces, so
``#War`` finds a document tagged ``war``.
"""

from __future__ import annotations

from collections.abc import Iterable


def tag_key(tag: str) -> str:
    """What a tag is compared by."""
    return " ".join(tag.split()).casefold()


def has_all_tags(have: Iterable[str], wanted: Iterable[str]) -> bool:
    """True when every wanted tag is among have (ignoring case)."""
    keys = {tag_key(t) for t in have}
    return all(tag_key(t) in keys for t in wanted)


def tag_edit_words(typed: str) -> list[str]:
    """The words of a tag field: split at spaces and commas, a leading ``#`` dropped (``-#tag`` is ``-tag``)."""
    words: list[str] = []
    for word in typed.replace(",", " ").split():
        sign = "-" if word.startswith("-") else ""
        name = word.lstrip("-").lstrip("#")
        if name:
            words.append(sign + name)
    return words


def edit_tags(current: Iterable[str], typed: str) -> tuple[str, ...]:
    """The tags after a tag field's edit. The field adds: each word is a tag to add; ``-word`` removes
    that tag (ignoring case). What is not named is kept, so typing never drops a tag by accident."""
    removed: set[str] = set()
    added: list[str] = []
    for word in tag_edit_words(typed):
        if word.startswith("-"):
            removed.add(tag_key(word[1:]))
        else:
            added.append(word)
    result: dict[str, str] = {}
    for tag in current:
        if tag_key(tag) not in removed:
            result.setdefault(tag_key(tag), tag)
    for tag in added:
        if tag_key(tag) not in removed:
            result.setdefault(tag_key(tag), tag)
    return tuple(result.values())

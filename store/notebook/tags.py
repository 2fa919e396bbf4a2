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

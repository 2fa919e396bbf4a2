"""A number with its noun in the right number: "1 passage", "3 passages", "1,204 documents"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` (with thousands separators) and ``noun``, or its plural (``noun + "s"`` unless given) when n != 1."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"

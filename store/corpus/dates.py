"""Find a calendar date written in the ways news pages write them."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"

_PATTERNS = (
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")),
    ("dmy_text", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("mdy_text", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("numeric", re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})\b")),
)
# Every pattern needs two digits in a row (a year, a day, a month): most lines have none.
_TWO_DIGITS = re.compile(r"\d\d")


@lru_cache(maxsize=4096)
def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first valid date in text as (YYYY-MM-DD, (start, end)), or None."""
    best: tuple[str, tuple[int, int]] | None = None
    if not _TWO_DIGITS.search(text):
        return None
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            value = _to_iso(kind, match)
            if value and (best is None or match.start() < best[1][0]):
                best = (value, match.span())
                break
    return best


def _to_iso(kind: str, m: re.Match[str]) -> str | None:
    try:
        if kind == "iso":
            year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
        elif kind in ("dmy_text", "mdy_text"):
            year, month, day = int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"])
        else:
            a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            # Day first (as in 03.12.2020), unless only month-first is a real date.
            day, month = (a, b) if b <= 12 else (b, a)
        if not 1900 <= year <= 2100:
            return None
        return date(year, month, day).isoformat()
    except (ValueError, KeyError):
        return None

"""The line rules the cleaner knows: regular expressions for furniture, bylines, dates, comments.

They are evidence for the line model (``store.corpus.lines`` turns them into features) and the
way metadata (author, date, source) is read off the lines the model calls byline or furniture.
"""

from __future__ import annotations

import re

SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
TERMINAL = tuple('.!?…"”’»)')
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*"
NAME = rf"{NAME_WORD}(?:\s+(?:de|van|von|der|da|di|al|el|bin|ibn|la|le)?\s*{NAME_WORD}){{1,3}}"
NAME_LINE = re.compile(rf"^{NAME}$")
NAME_IN_PLACE = re.compile(rf"^(?P<name>{NAME})(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?$")

IMAGE = re.compile(
    r"^(?:\[?!\[[^\]]*(?:\][^\]]*)*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$"  # ![alt](url), [![alt](url)](link)
    r"|^<img\b[^>]*>$"
    r"|^\[(?:image|photo|picture|video|embed)[^\]]*\]$",
    re.I,
)
CAPTION = re.compile(
    r"^(?:photo|image|picture|illustration|credit|photograph|pictured)(?: credit)?\s*[:©]\s*\S.{0,120}$", re.I
)
SHARE_WORDS = frozenset(
    "share shares sharing this article story post page on via tweet email e-mail mail print facebook twitter x "
    "whatsapp linkedin telegram reddit pinterest copy link url vk messenger pocket flipboard save comment "
    "comments the to click opens open in new window tab a friend".split()
)
SHARE_CORE = frozenset(
    "share tweet facebook twitter whatsapp linkedin telegram email e-mail print pinterest reddit".split()
)
READ_TIME = re.compile(
    r"^(?:\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?(?:\s+(?:read|reading)(?:\s+time)?)?"
    r"|(?:reading|read)\s+time\s*:?\s*\d+\s*(?:min|mins|minutes?)?\.?(?:\s+read)?)$",
    re.I,
)
ROBOT = r"(?:admin|administrator|editor|editors|webmaster|staff|guest|user\d*|root|editorial(?:\s+(?:team|staff|board))?|the\s+editors?|newsdesk|news\s+desk)"
ADMIN_REST = re.compile(
    rf"^(?:(?:comments?\s+)?off\s+)?(?:(?:posted|written|published)\s+)?by\s*:?\s+{ROBOT}\.?$"
    r"|^(?:comments?\s+off|no\s+comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply))$"
    r"|^(?:published|posted|updated|posted on|published on|last updated|date)\s*:?$",
    re.I,
)
BYLINE = re.compile(
    rf"^(?:by|written by|words by|author\s*:|text\s*:)\s*(?P<name>{NAME})(?:\s*(?:[,|·•–—-]|and\b).*)?$", re.I
)
STANDFIRST_AUTHOR = re.compile(
    rf"^(?P<name>{NAME})\s+(?:reports|writes|argues|explains|looks at|considers|examines|investigates|asks|"
    r"reveals|explores|analyses|analyzes|assesses|describes|reflects|warns|outlines)\b"
)
SOURCE_LINE = re.compile(
    r"^(?:source|originally published (?:in|on|by|at)|this (?:article|story|piece) (?:was )?(?:first |originally )?"
    r"(?:appeared|published) (?:in|on|at|by)|republished from|via)\s*:?\s*(?P<source>[^.]{2,60}?)\.?$",
    re.I,
)
SOURCE_HINTS = (
    re.compile(
        r"^(?P<source>[A-Z][\w&' .-]{1,40}?) is (?:funded|supported|powered) by (?:its|our) (?:subscribers|readers|members)"
    ),
    re.compile(r"^New to (?P<source>[A-Z][\w&' .-]{1,40}?)\?"),
    re.compile(r"©\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?(?P<source>[A-Z][\w&' .-]{1,40}?)(?:[.,]|\s+All rights|$)"),
)


class KeyedPattern:
    """A regular expression in two parts: what must open the line (tried with ``match``), and what may
    stand anywhere in it (tried with ``search`` only when the case-folded line holds one of its
    needles, words every match of that part contains). The same answers as one pattern with both
    parts, without scanning each line at every position."""

    def __init__(self, start: str, anywhere: str, needles: tuple[str, ...]) -> None:
        self.start = re.compile(start, re.I)
        self.anywhere = re.compile(anywhere, re.I)
        self.needles = needles

    def search(self, text: str) -> re.Match[str] | None:
        found = self.start.match(text)
        if found:
            return found
        folded = text.casefold()
        if any(map(folded.__contains__, self.needles)):
            return self.anywhere.search(text)
        return None


FURNITURE = KeyedPattern(
    r"(?:subscribe|sign up|sign in|log in|login|register|donate|support us|support our|become a (?:member|subscriber|patron|supporter)|"
    r"join (?:us|our)|follow us|get (?:our|the) (?:newsletter|app)|download (?:our|the) app|click here|"
    r"advertisement|advert|sponsored(?: content)?|skip to (?:main )?content|back to top|home|menu|search|"
    r"next(?: article| post| story)?|previous(?: article| post| story)?|read more|read next|continue reading|"
    r"related(?: articles| stories| posts| content)?|you (?:may|might) also like|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|trending(?: now)?|tags?\s*:|filed under|posted in|categor(?:y|ies)\s*:|"
    r"more (?:stories|articles|news|from|on|in)\b|see also\b|all rights reserved|cookie|privacy policy|terms of (?:use|service))",
    r"\b(?:newsletter|funded by (?:its|our) (?:subscribers|readers|members)|print edition|don[’']t miss a (?:story|thing)|"
    r"find out more about us|independent journalism|support (?:fearless|independent|our) (?:journalism|reporting)|"
    r"fund a better media|all rights reserved)\b",
    ("newsletter", "funded", "print edition", "miss a", "find out", "journalism", "support", "fund a", "rights"),
)
TAIL_START = KeyedPattern(
    r"(?:related(?: articles| stories| posts| content)?|you (?:may|might) also like|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|more (?:stories|articles|news|from)\b|read (?:more|next)\s*:?$|see also\s*:?$|"
    r"(?:related )?topics\s*:?$|explore more on these topics|more on this (?:story|topic)|reuse this content)",
    r"\b(?:funded by (?:its|our) (?:subscribers|readers|members)|support (?:fearless|independent|our) (?:journalism|reporting)|"
    r"sign up (?:to|for) (?:our|the) newsletter)\b",
    ("funded", "support", "sign up"),
)
# What may stand beside a date on a dateline: weekdays, times, time zones, "Published", "Last modified on"...
DATE_WORD = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}[.:]\d{2}(?:[.:]\d{2})?|[ap]\.?m\.?|(?-i:[A-Z]{2,4})|"
    r"[+-]\d{2}:?\d{2}|published|posted|updated|last|modified|on|at|first|date|time|[|,·•–—-])$",
    re.I,
)
COMMENT_MARKER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion|join the discussion|"
    r"leave a (?:comment|reply)|what (?:do )?(?:you|readers) (?:think|say))\s*(?:\(\d+\))?\s*:?$"
    r"|^\(no subject\)$",
    re.I,
)
COMMENT_DATE = re.compile(r"^Date:\s*[\d/.:\- ]+\s*\((?:UTC|GMT)[^)]*\)", re.I)
COMMENT_NOISE = re.compile(
    r"^(?:reply|report|like|share|permalink|thread|link|flag|↑|\d+\s+likes?|log in to reply|collapse)$", re.I
)
LIST_ITEM = re.compile(r"^(?:[-*+•]\s+|\d{1,3}[.)]\s+)")
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")

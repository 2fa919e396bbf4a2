"""Turn the raw text of a web article into a Document: metadata, blocks and what was removed.

General rules, not per-site special cases:

1. line furniture is dropped (image markup, share/subscribe/read-time lines, "By admin"
   bylines, navigation, date-only lines), with title/author/date/source pulled out on the way;
2. reader comments are split off (a comment-section marker, or a trailing indented run);
3. a site tail (funding blurb, "more stories", related lists) ends the article;
4. wrapped lines are joined into paragraphs, short standalone lines become headings;
5. repeats (the title again, a pull quote, a signature repeated at the end) are dropped.

Every dropped line is kept in ``Document.removed`` so a user can see what was taken away.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from store.corpus.dates import find_date
from store.model import Block, Document
from store.versions import CLEANER_VERSION  # noqa: F401 (the version of these rules; lives there to be cheap to import)

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_TERMINAL = tuple('.!?…"”’»)')
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+(?:de|van|von|der|da|di|al|el|bin|ibn|la|le)?\s*{_NAME_WORD}){{1,3}}"
_NAME_LINE = re.compile(rf"^{_NAME}$")
_NAME_IN_PLACE = re.compile(rf"^(?P<name>{_NAME})(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?$")

_IMAGE = re.compile(
    r"^(?:\[?!\[[^\]]*(?:\][^\]]*)*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$"  # ![alt](url), [![alt](url)](link)
    r"|^<img\b[^>]*>$"
    r"|^\[(?:image|photo|picture|video|embed)[^\]]*\]$",
    re.I,
)
_CAPTION = re.compile(
    r"^(?:photo|image|picture|illustration|credit|photograph|pictured)(?: credit)?\s*[:©]\s*\S.{0,120}$", re.I
)
_SHARE_WORDS = frozenset(
    "share shares sharing this article story post page on via tweet email e-mail mail print facebook twitter x "
    "whatsapp linkedin telegram reddit pinterest copy link url vk messenger pocket flipboard save comment "
    "comments the to click opens open in new window tab a friend".split()
)
_SHARE_CORE = frozenset(
    "share tweet facebook twitter whatsapp linkedin telegram email e-mail print pinterest reddit".split()
)
_READ_TIME = re.compile(
    r"^(?:\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?(?:\s+(?:read|reading)(?:\s+time)?)?"
    r"|(?:reading|read)\s+time\s*:?\s*\d+\s*(?:min|mins|minutes?)?\.?(?:\s+read)?)$",
    re.I,
)
_ROBOT = r"(?:admin|administrator|editor|editors|webmaster|staff|guest|user\d*|root|editorial(?:\s+(?:team|staff|board))?|the\s+editors?|newsdesk|news\s+desk)"
_ADMIN_REST = re.compile(
    rf"^(?:(?:comments?\s+)?off\s+)?(?:(?:posted|written|published)\s+)?by\s*:?\s+{_ROBOT}\.?$"
    r"|^(?:comments?\s+off|no\s+comments?|\d+\s+comments?|leave\s+a\s+(?:comment|reply))$"
    r"|^(?:published|posted|updated|posted on|published on|last updated|date)\s*:?$",
    re.I,
)
_BYLINE = re.compile(
    rf"^(?:by|written by|words by|author\s*:|text\s*:)\s*(?P<name>{_NAME})(?:\s*(?:[,|·•–—-]|and\b).*)?$", re.I
)
_STANDFIRST_AUTHOR = re.compile(
    rf"^(?P<name>{_NAME})\s+(?:reports|writes|argues|explains|looks at|considers|examines|investigates|asks|"
    r"reveals|explores|analyses|analyzes|assesses|describes|reflects|warns|outlines)\b"
)
_SOURCE_LINE = re.compile(
    r"^(?:source|originally published (?:in|on|by|at)|this (?:article|story|piece) (?:was )?(?:first |originally )?"
    r"(?:appeared|published) (?:in|on|at|by)|republished from|via)\s*:?\s*(?P<source>[^.]{2,60}?)\.?$",
    re.I,
)
_SOURCE_HINTS = (
    re.compile(
        r"^(?P<source>[A-Z][\w&' .-]{1,40}?) is (?:funded|supported|powered) by (?:its|our) (?:subscribers|readers|members)"
    ),
    re.compile(r"^New to (?P<source>[A-Z][\w&' .-]{1,40}?)\?"),
    re.compile(r"©\s*(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?(?P<source>[A-Z][\w&' .-]{1,40}?)(?:[.,]|\s+All rights|$)"),
)
_FURNITURE = re.compile(
    r"^(?:subscribe|sign up|sign in|log in|login|register|donate|support us|support our|become a (?:member|subscriber|patron|supporter)|"
    r"join (?:us|our)|follow us|get (?:our|the) (?:newsletter|app)|download (?:our|the) app|click here|"
    r"advertisement|advert|sponsored(?: content)?|skip to (?:main )?content|back to top|home|menu|search|"
    r"next(?: article| post| story)?|previous(?: article| post| story)?|read more|read next|continue reading|"
    r"related(?: articles| stories| posts| content)?|you (?:may|might) also like|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|trending(?: now)?|tags?\s*:|filed under|posted in|categor(?:y|ies)\s*:|"
    r"more (?:stories|articles|news|from|on|in)\b|see also\b|all rights reserved|cookie|privacy policy|terms of (?:use|service))"
    r"|\b(?:newsletter|funded by (?:its|our) (?:subscribers|readers|members)|print edition|don[’']t miss a (?:story|thing)|"
    r"find out more about us|independent journalism|support (?:fearless|independent|our) (?:journalism|reporting)|"
    r"fund a better media|all rights reserved)\b",
    re.I,
)
_TAIL_START = re.compile(
    r"\b(?:funded by (?:its|our) (?:subscribers|readers|members)|support (?:fearless|independent|our) (?:journalism|reporting)|"
    r"sign up (?:to|for) (?:our|the) newsletter)\b"
    r"|^(?:related(?: articles| stories| posts| content)?|you (?:may|might) also like|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|more (?:stories|articles|news|from)\b|read (?:more|next)\s*:?$|see also\s*:?$|"
    r"(?:related )?topics\s*:?$|explore more on these topics|more on this (?:story|topic)|reuse this content)",
    re.I,
)
# What may stand beside a date on a dateline: weekdays, times, time zones, "Published", "Last modified on"...
_DATE_WORD = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}[.:]\d{2}(?:[.:]\d{2})?|[ap]\.?m\.?|(?-i:[A-Z]{2,4})|"
    r"[+-]\d{2}:?\d{2}|published|posted|updated|last|modified|on|at|first|date|time|[|,·•–—-])$",
    re.I,
)
_COMMENT_MARKER = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion|join the discussion|"
    r"leave a (?:comment|reply)|what (?:do )?(?:you|readers) (?:think|say))\s*:?$"
    r"|^\(no subject\)$",
    re.I,
)
_COMMENT_DATE = re.compile(r"^Date:\s*[\d/.:\- ]+\s*\((?:UTC|GMT)[^)]*\)", re.I)
_COMMENT_NOISE = re.compile(
    r"^(?:reply|report|like|share|permalink|thread|link|flag|↑|\d+\s+likes?|log in to reply|collapse)$", re.I
)
_LIST_ITEM = re.compile(r"^(?:[-*+•]\s+|\d{1,3}[.)]\s+)")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")


@dataclass
class _Line:
    index: int
    text: str  # stripped, spaces normalised
    indent: int


@dataclass
class _Meta:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    source: str | None = None


@dataclass
class _Para:
    kind: str  # heading | paragraph | comment | title
    lines: list[_Line]
    text: str = ""
    removed_as: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def normalise_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _key(text: str) -> str:
    """Comparison key: case-folded, quotes unified, punctuation-insensitive."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.translate(str.maketrans("‘’“”«»", '\'\'""""'))
    return re.sub(r"[\W_]+", " ", text).strip()


def clean_text(
    text: str,
    *,
    doc_id: str = "",
    path: str = "",
    encoding: str = "utf-8",
    markdown: bool = False,
    hints: dict[str, str | None] | None = None,
    extra_comments: list[str] | None = None,
) -> Document:
    """Clean newline-normalised text into a Document."""
    meta = _Meta()
    removed: list[_Line] = []
    lines = [_Line(i, normalise_space(raw), _indent(raw)) for i, raw in enumerate(text.split("\n"))]
    if markdown:
        lines = _front_matter(lines, meta, removed)

    article, comment_lines = _split_comments(lines)
    article = _cut_tail(article, removed)
    article = _drop_furniture(article, meta, removed)
    paras = _paragraphs(article, markdown)
    _header(paras, meta, removed)
    paras = _drop_repeats(paras, meta, removed)
    _mark_headings(paras)

    blocks = [Block("heading" if p.kind == "heading" else "paragraph", p.text) for p in paras]
    blocks.extend(_comment_blocks(comment_lines, removed))
    for comment in extra_comments or []:
        comment = comment.strip()
        if _COMMENT_MARKER.match(comment) or _COMMENT_NOISE.match(comment):
            removed.append(_Line(len(lines) + len(removed), comment, 0))
        elif comment:
            blocks.append(Block("comment", comment))

    for key, value in (hints or {}).items():
        if value and not getattr(meta, key):
            setattr(meta, key, value)
    if meta.source is None:
        meta.source = _source_from_removed([line.text for line in removed])
    return Document(
        id=doc_id,
        path=path,
        title=meta.title,
        author=meta.author,
        date=meta.date,
        source=meta.source,
        blocks=tuple(blocks),
        removed=tuple(line.text for line in sorted(removed, key=lambda line: line.index)),
        encoding=encoding,
        fallback_title=_fallback_title(blocks),
    )


def _indent(raw: str) -> int:
    expanded = raw.replace("\t", "    ")
    return len(expanded) - len(expanded.lstrip(" \u00a0"))


# ---------------------------------------------------------------- front matter
def _front_matter(lines: list[_Line], meta: _Meta, removed: list[_Line]) -> list[_Line]:
    if not lines or lines[0].text != "---":
        return lines
    for end in range(1, min(len(lines), 60)):
        if lines[end].text in ("---", "..."):
            for line in lines[1:end]:
                m = re.match(r"^(title|author|date|source|site|publisher)\s*:\s*(.+)$", line.text, re.I)
                if m:
                    key, value = m.group(1).lower(), m.group(2).strip().strip("\"'")
                    if key == "date":
                        found = find_date(value)
                        meta.date = meta.date or (found[0] if found else None)
                    elif key in ("site", "publisher", "source"):
                        meta.source = meta.source or value
                    else:
                        setattr(meta, key, getattr(meta, key) or value)
            removed.extend(line for line in lines[: end + 1] if line.text)
            return lines[end + 1 :]
    return lines


# ---------------------------------------------------------------- line furniture
def _is_share_line(text: str) -> bool:
    words = [w for w in re.split(r"[\s|/·•,:;()]+", text.casefold()) if w]
    return (
        bool(words)
        and len(words) <= 12
        and all(w in _SHARE_WORDS for w in words)
        and any(w in _SHARE_CORE for w in words)
    )


def _drop_furniture(lines: list[_Line], meta: _Meta, removed: list[_Line]) -> list[_Line]:
    kept: list[_Line] = []
    nonblank_seen = 0
    for line in lines:
        text = line.text
        if not text:
            kept.append(line)
            continue
        nonblank_seen += 1
        header_zone = nonblank_seen <= 12
        reason = _furniture_reason(text, meta, header_zone)
        if reason:
            removed.append(line)
            continue
        kept.append(line)
    return kept


def _furniture_reason(text: str, meta: _Meta, header_zone: bool) -> str | None:
    if _IMAGE.match(text):
        return "image"
    if _CAPTION.match(text):
        return "caption"
    if len(text) <= 120 and _is_share_line(text):
        return "share"
    if _READ_TIME.match(text):
        return "read-time"
    found = find_date(text) if len(text) <= 80 else None
    if found:
        value, (start, end) = found
        rest = (text[:start] + " " + text[end:]).strip(" ,.|·•–—-:")
        rest = normalise_space(rest)
        if not rest or _ADMIN_REST.match(rest) or all(_DATE_WORD.match(word) for word in rest.split()):
            if header_zone and meta.date is None:
                meta.date = value
            return "date"
        # "Posted on 3 March 2021 by Jane Doe"
        byline = _BYLINE.match(re.sub(r"^(?:(?:posted|published|written|updated)\s+)?(?:on\s+)?", "", rest, flags=re.I))
        if byline and header_zone:
            meta.date = meta.date or value
            meta.author = meta.author or byline["name"]
            return "byline"
    if _ADMIN_REST.match(text):
        return "byline"
    if header_zone and len(text) <= 80:
        m = _BYLINE.match(text)
        if m and meta.author is None:
            meta.author = m["name"]
            return "byline"
    m = _SOURCE_LINE.match(text)
    if m and len(text) <= 100:
        meta.source = meta.source or m["source"].strip()
        return "source"
    if len(text) <= 250 and _FURNITURE.search(text) and not _ends_like_sentence_in_body(text):
        return "furniture"
    return None


def _ends_like_sentence_in_body(text: str) -> bool:
    """A long, many-word sentence is article text even if it mentions a newsletter."""
    return len(text.split()) > 30


# ---------------------------------------------------------------- comments
def _split_comments(lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    nonblank = [i for i, line in enumerate(lines) if line.text]
    if len(nonblank) < 3:
        return lines, []
    threshold = nonblank[max(1, int(len(nonblank) * 0.3))]
    # 1. an explicit comment-section marker
    for i in nonblank:
        if i >= threshold and (_COMMENT_MARKER.match(lines[i].text) or _COMMENT_DATE.match(lines[i].text)):
            return lines[:i], lines[i:]
    # 2. a trailing run of indented lines under an unindented article
    body_indent = sorted(lines[i].indent for i in nonblank)[len(nonblank) // 2]
    if body_indent < 2:
        start = None
        for i in reversed(nonblank):
            if lines[i].indent >= 2:
                start = i
            else:
                break
        if start is not None and start >= threshold:
            return lines[:start], lines[start:]
    return lines, []


def _comment_blocks(lines: list[_Line], removed: list[_Line]) -> list[Block]:
    blocks: list[Block] = []
    header: list[str] = []
    current: list[str] = []

    def flush() -> None:
        nonlocal header
        if current:
            blocks.append(Block("comment", "\n".join(header + [" ".join(current)])))
            header = []
        current.clear()

    for line in lines:
        text = line.text
        if not text:
            flush()
            continue
        if _COMMENT_NOISE.match(text) or _IMAGE.match(text) or (_COMMENT_MARKER.match(text) and text != "(no subject)"):
            removed.append(line)
            continue
        if text == "(no subject)" or (_COMMENT_DATE.match(text) and not _COMMENT_DATE.sub("", text).strip()):
            flush()
            header.append(text)
            continue
        m = _COMMENT_DATE.match(text)
        if m:
            flush()
            header.append(m.group(0))
            text = text[m.end() :].strip()
        elif current and current[-1].endswith(_TERMINAL) and not text[:1].islower():
            flush()
        current.append(text)
    flush()
    if header:
        blocks.append(Block("comment", "\n".join(header)))
    return blocks


# ---------------------------------------------------------------- tail
def _cut_tail(lines: list[_Line], removed: list[_Line]) -> list[_Line]:
    nonblank = [i for i, line in enumerate(lines) if line.text]
    if len(nonblank) < 4:
        return lines
    half = nonblank[len(nonblank) // 2]
    total = sum(len(line.text) for line in lines)
    before = 0
    for i, line in enumerate(lines):
        late = i >= half or before >= total * 0.5
        before += len(line.text)
        if late and line.text and _TAIL_START.search(line.text) and len(line.text) <= 250:
            removed.extend(line for line in lines[i:] if line.text)
            return lines[:i]
    return lines


# ---------------------------------------------------------------- paragraphs
def _hard_wrapped(lines: list[_Line]) -> bool:
    lengths = [len(line.text) for line in lines if line.text]
    if len(lengths) < 6:
        return False
    longest = max(lengths)
    if longest > 110:
        return False
    near_width = sum(1 for n in lengths if n >= longest * 0.7)
    return near_width >= len(lengths) * 0.5


def _paragraphs(lines: list[_Line], markdown: bool) -> list[_Para]:
    wrapped = _hard_wrapped(lines)
    paras: list[_Para] = []
    current: list[_Line] = []

    def flush() -> None:
        if current:
            paras.append(_Para("paragraph", list(current), " ".join(line.text for line in current)))
            current.clear()

    for line in lines:
        text = line.text
        if not text:
            flush()
            continue
        md = _MD_HEADING.match(text) if markdown or text.startswith("#") else None
        if md and (markdown or len(md.group(2)) <= 120):
            flush()
            paras.append(_Para("heading", [line], md.group(2), extra={"md": md.group(1)}))
            continue
        if current and not _continues(current[-1].text, text, wrapped):
            flush()
        current.append(line)
    flush()
    return paras


def _continues(previous: str, text: str, wrapped: bool) -> bool:
    if _LIST_ITEM.match(text):
        return False
    if wrapped:
        return True
    if previous.endswith(_TERMINAL) or previous.endswith(":"):
        return False
    return text[:1].islower() or previous.endswith(("-", ",", ";")) and text[:1].islower()


# ---------------------------------------------------------------- header: title, author
def _title_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(text) <= 200 and len(words) <= 30 and not text.endswith((".", ",", ";", ":")) and not text[:1].islower()
    )


def _header(paras: list[_Para], meta: _Meta, removed: list[_Line]) -> None:
    if not paras:
        return
    # The header: the short paragraphs before the first long one (the article's body).
    zone_end = next((i for i, p in enumerate(paras) if _body_like(p.text)), len(paras))
    zone = paras[: min(zone_end, 8)]
    first = paras[0]
    if meta.title is None and first.kind == "heading" and first.extra.get("md") == "#":
        meta.title = first.text
        first.kind = "title"
    elif meta.title is None:
        # Breadcrumbs and section names ("World news", "Armenia") come before the headline: the title
        # is the first title-like line of four words or more, else the first title-like line.
        candidates = [p for p in zone if len(p.lines) == 1 and _title_like(p.text)]
        if paras[0] in candidates:
            chosen = next((p for p in candidates if len(p.text.split()) >= 4), candidates[0])
            for para in paras[: paras.index(chosen)]:
                if len(para.lines) == 1 and len(para.text.split()) <= 3:
                    para.removed_as = "navigation"
            meta.title = chosen.text
            chosen.kind = "title"
    # A bare name (or "Name in City") under the headline is the byline.
    if meta.title is not None and meta.author is None:
        for para in zone:
            m = _NAME_IN_PLACE.match(para.text) if len(para.lines) == 1 and para.kind != "title" else None
            if m and not _looks_like_actor_sentence(m["name"]) and not _HEADLINE_WORDS & set(m["name"].casefold().split()):
                meta.author = m["name"]
                para.removed_as = "byline"
                break
    # Standfirst naming its author ("Jane Doe reports on ...").
    for para in paras[:3]:
        m = _STANDFIRST_AUTHOR.match(para.text)
        if m and meta.author is None and not _looks_like_actor_sentence(m["name"]):
            meta.author = m["name"]
            break
    # Signature: a role line ending with a comma, then a name line ("Reserve Sergeant ...,\nJane Doe").
    zone = paras[:8]
    for a, b in zip(zone, zone[1:], strict=False):
        if (
            a.kind != "title"
            and len(a.lines) == 1
            and a.text.endswith(",")
            and len(a.text) <= 120
            and len(b.lines) == 1
            and _NAME_LINE.match(b.text)
            and len(b.text) <= 60
        ):
            if meta.author is None:
                meta.author = b.text
            for para in (a, b):
                para.removed_as = "signature"
            break


_HEADLINE_WORDS = frozenset(
    "the a an of in on for to and or but with what why how when where who next new is are was were it this "
    "that after before over under as at by from up down out not no will can".split()
)


def _body_like(text: str) -> bool:
    """A paragraph of the article's body rather than a header line."""
    words = len(text.split())
    return len(text) > 200 or words >= 30 or (words >= 12 and text.endswith(_TERMINAL))


def _looks_like_actor_sentence(name: str) -> bool:
    return name.split()[0].casefold() in {"the", "a", "an", "this", "that", "russia", "moscow"}


# ---------------------------------------------------------------- repeats
def _drop_repeats(paras: list[_Para], meta: _Meta, removed: list[_Line]) -> list[_Para]:
    seen: set[str] = set()
    for para in paras:
        if para.removed_as:
            seen.add(_key(para.text))
            for line in para.lines:
                seen.add(_key(line.text))
    result: list[_Para] = []
    keys: list[str] = []
    title_key = _key(meta.title) if meta.title else None
    for para in paras:
        key = _key(para.text)
        if para.removed_as:
            removed.extend(para.lines)
            continue
        if para.kind == "title":
            seen.add(key)
            continue
        if key and (key in seen or key == title_key):
            removed.extend(para.lines)
            continue
        seen.add(key)
        result.append(para)
        keys.append(key)
    # Pull quotes: a short unpunctuated paragraph that stands again inside a longer one.
    joined = "\n".join(keys)
    candidates = [
        i
        for i, p in enumerate(result)
        if p.kind == "paragraph" and 40 <= len(keys[i]) <= 400 and not p.text.endswith((".", "!", "?", ":"))
    ][:200]
    drop = {i for i in candidates if joined.count(keys[i]) >= 2}
    for i in sorted(drop):
        removed.extend(result[i].lines)
    return [p for i, p in enumerate(result) if i not in drop]


# ---------------------------------------------------------------- headings
def _mark_headings(paras: list[_Para]) -> None:
    for i, para in enumerate(paras):
        if para.kind != "paragraph" or len(para.lines) != 1 or i + 1 >= len(paras):
            continue
        text = para.text
        words = text.split()
        if (
            len(text) <= 90
            and 1 <= len(words) <= 12
            and not text.endswith((".", ",", ";", ":", "!", "”", '"', "…"))
            and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "‘'\"“")
            and not _LIST_ITEM.match(text)
            and paras[i + 1].kind == "paragraph"
            and len(paras[i + 1].text) > len(text)
        ):
            para.kind = "heading"


# ---------------------------------------------------------------- source, fallback title
def _source_from_removed(removed: list[str]) -> str | None:
    for pattern in _SOURCE_HINTS:
        for text in removed:
            m = pattern.search(text)
            if m:
                return m["source"].strip()
    return None


def _fallback_title(blocks: list[Block]) -> str:
    for block in blocks:
        if block.kind != "comment" and block.text.strip():
            words = block.text.split()
            title = " ".join(words[:9])
            if len(title) > 70:
                title = title[:69].rstrip()
            return title + ("…" if len(words) > 9 or len(title) < len(" ".join(words)) else "")
    return ""

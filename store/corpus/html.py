"""Reduce an HTML page to its article text, metadata and reader comments (trafilatura)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    source: str | None = None
    comments: list[str] = field(default_factory=list)


def extract(html: str) -> Extracted:
    """The article of an HTML page; falls back to tag stripping when no article is found."""
    try:
        from trafilatura import bare_extraction
    except ImportError:  # pragma: no cover - trafilatura is a declared dependency
        return Extracted(_strip_tags(html))
    result = bare_extraction(
        html,
        include_comments=True,
        include_tables=False,
        include_images=False,
        include_formatting=False,
        with_metadata=True,
        favor_recall=True,
        deduplicate=False,
    )
    if result is None or isinstance(result, dict) or not (result.text or "").strip():
        return Extracted(_strip_tags(html), title=_html_title(html))
    comments = [c for c in re.split(r"\n\s*\n|\n", result.comments or "") if c.strip()]
    text = "\n\n".join(line for line in (result.text or "").split("\n") if line.strip())
    author = result.author.split(";")[0].strip() if result.author else None
    title = _without_site_suffix(result.title or "", result.sitename or "")
    return Extracted(
        text=text,
        title=title or None,
        author=author or None,
        date=(result.date or None),
        source=result.sitename or None,
        comments=comments,
    )


def _without_site_suffix(title: str, site: str) -> str:
    """'Headline | Site Name' -> 'Headline' (page titles often carry the site's name)."""
    title = " ".join(title.split())
    for sep in (" | ", " – ", " — ", " - ", " :: ", " · "):
        head, found, tail = title.rpartition(sep)
        if found and head and (tail.casefold() == site.casefold() or (sep == " | " and len(tail.split()) <= 4)):
            return head.strip()
    return title


def _html_title(html: str) -> str | None:
    m = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
    return unescape(re.sub(r"\s+", " ", m.group(1))).strip() or None if m else None


def _strip_tags(html: str) -> str:
    html = re.sub(r"(?is)<(script|style|noscript|template|svg|nav|footer|header|aside|form)\b.*?</\1>", " ", html)
    html = re.sub(r"(?i)<\s*(br|/p|/div|/h[1-6]|/li|/blockquote|/tr)\b[^>]*>", "\n\n", html)
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n"))

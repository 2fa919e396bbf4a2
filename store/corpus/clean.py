"""Turn the raw text of a web article into a Document: metadata, blocks and what was removed.

1. a line model (``linemodel``: a linear-chain CRF over the features of ``lines``) labels every
   non-blank line title, byline, body, heading, caption, comment or furniture (a hard-wrapped text
   by paragraphs); the headline is then chosen among headline-shaped lines near the body's start
   (``headline``);
2. the labels are mended where the evidence is plain: comments need a marker or an indented run,
   a comment section after a marker or a run of commenters' headers is comments, a long prose line
   or a lone heading inside the article is never furniture;
3. sure furniture (image markup, share buttons, a date or byline alone) is removed whatever the
   model says, and title/author/date/source are read off the header lines on the way;
4. wrapped lines are joined into paragraphs, short standalone lines become headings;
5. repeats (the title again, a pull quote, a signature repeated at the end) are dropped.

``.md`` files are read as Markdown first (markdown-it-py): front matter, rules, links as text.
Every dropped line is kept in ``Document.removed`` so a user can see what was taken away.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from store.corpus import headline
from store.corpus.dates import find_date
from store.corpus.linemodel import LineModel, shipped
from store.corpus.lines import comment_header, features, heading_shaped, is_share_line, rule_kind
from store.corpus.rules import (  # noqa: F401
    ADMIN_REST,
    BYLINE,
    CAPTION,
    COMMENT_DATE,
    COMMENT_MARKER,
    COMMENT_NOISE,
    DATE_WORD,
    FURNITURE,
    IMAGE,
    LIST_ITEM,
    MD_HEADING,
    NAME,
    NAME_IN_PLACE,
    NAME_LINE,
    NAME_WORD,
    READ_TIME,
    ROBOT,
    SHARE_CORE,
    SHARE_WORDS,
    SOURCE_HINTS,
    SOURCE_LINE,
    SPACE,
    STANDFIRST_AUTHOR,
    TAIL_START,
    TERMINAL,
)
from store.model import Block, Document
from store.versions import CLEANER_VERSION  # noqa: F401 (the version of these rules; lives there to be cheap to import)


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
    return SPACE.sub(" ", text).strip()


_QUOTES = str.maketrans("‘’“”«»", '\'\'""""')
_NOT_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Comparison key: case-folded, quotes unified, punctuation-insensitive."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub(" ", text.translate(_QUOTES)).strip()


def clean_text(
    text: str,
    *,
    doc_id: str = "",
    path: str = "",
    encoding: str = "utf-8",
    markdown: bool = False,
    hints: dict[str, str | None] | None = None,
    extra_comments: list[str] | None = None,
    model: LineModel | None = None,
) -> Document:
    """Clean newline-normalised text into a Document."""
    meta = _Meta()
    removed: list[_Line] = []
    lines = [
        _Line(i, SPACE.sub(" ", raw).strip(), _indent(raw)) for i, raw in enumerate(text.split("\n"))
    ]  # normalise_space
    if markdown:
        lines = _front_matter(lines, meta, removed)
        lines = _markdown_plain(lines, removed)

    labelled = _label(lines, model or shipped())
    article, comment_lines = _sort_lines(lines, labelled, meta, removed)
    paras = _paragraphs(article, markdown)
    _header(paras, meta, removed)
    paras = _drop_repeats(paras, meta, removed)
    for para in paras:
        if len(para.lines) == 1 and labelled.get(para.lines[0].index) == "heading" and para.kind == "paragraph":
            para.kind = "heading"
    _mark_headings(paras)

    blocks = [Block("heading" if p.kind == "heading" else "paragraph", p.text) for p in paras]
    blocks.extend(_comment_blocks(comment_lines, removed))
    for comment in extra_comments or []:
        comment = comment.strip()
        if COMMENT_MARKER.match(comment) or COMMENT_NOISE.match(comment):
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


# ---------------------------------------------------------------- the line model
def _label(lines: list[_Line], model: LineModel) -> dict[int, str]:
    """The model's label for each non-blank line, by line index.

    The model reads lines; a hard-wrapped text is read by paragraphs (its wrapped lines joined), and
    each line gets its paragraph's label.
    """
    present = [line for line in lines if line.text]
    members: dict[int, list[int]] = {}
    if _hard_wrapped(present):
        units: list[_Line] = []
        for line in lines:
            if not line.text:
                continue
            if units and line.index > 0 and lines[line.index - 1].text:
                last = units[-1]
                units[-1] = _Line(last.index, last.text + " " + line.text, last.indent)
                members[last.index].append(line.index)
            else:
                units.append(line)
                members[line.index] = [line.index]
        present = units
    keys: list[str] = []  # each line's comparison key, for the headline chooser too
    feats = features([line.text for line in present], [line.indent for line in present], keys)
    labels, scores = model.decode(feats)
    # Comments need evidence: a comment-section marker above them, or an indented run.
    first_marker = next(
        (k for k, line in enumerate(present) if _comment_marker(present, k) or COMMENT_DATE.match(line.text)),
        len(present),
    )
    for k, label in enumerate(labels):
        if label == "comment" and k < first_marker and present[k].indent < 2:
            labels[k] = "body"
    # A comment section: after the first of three commenters' headers or more, body lines are
    # comments; a short article under a long comment section (the model may take the comments for
    # the article) is looked for above them.
    headers = [k for k, line in enumerate(present) if labels[k] != "title" and _commenter(line.text)]
    if len(headers) >= 3 and ("body" in labels[headers[0] :] or "body" not in labels):
        for k in range(headers[0], len(labels)):
            if labels[k] == "body":
                labels[k] = "comment"
        if "body" not in labels[: headers[0]]:  # a comment section is under an article: the best lines above
            above = labels[: headers[0]]
            prose = [len(line.text.split()) >= 6 for line in present[: headers[0]]]
            _fallback_body(above, scores[: headers[0]], model.labels.index("body"), float("-inf"), prose)
            labels[: headers[0]] = above
    if "body" not in labels:
        _fallback_body(labels, scores, model.labels.index("body"))
    out = {line.index: label for line, label in zip(present, labels, strict=True)}
    # Only lines the headline chooser may look at (near the body's start, or called title) are tested.
    start = headline.body_start(labels)
    near = range(max(0, start - headline.WINDOW), start + 1)
    eligible = [
        (k in near or labels[k] == "title")
        and len(members.get(line.index, ())) <= 1
        and headline.title_text(line.text) is not None
        for k, line in enumerate(present)
    ]
    best = headline.choose(
        labels,
        scores,
        model.transitions,
        model.labels,
        eligible,
        TITLE_FLOOR,
        feats,
        model.headline,
        [line.text for line in present],
        keys,
    )
    for k, label in enumerate(labels):
        if label == "title" and k != best:
            out[present[k].index] = "furniture"
    if best is not None:
        out[present[best].index] = "title"
    elif (
        present
        and _title_like(present[0].text)
        and len(members.get(present[0].index, ())) <= 1
        and rule_kind(present[0].text) in (None, "tail", "furniture", "comment_noise")
        and labels[0] != "body"
        and _next_body(labels) <= 3
    ):
        best = 0  # a page that starts with its headline, just above the body
        out[present[0].index] = "title"
    _mend(present, labels, out, best)
    for first, indices in members.items():
        for index in indices:
            out[index] = out[first]
    return out


def _comment_marker(present: list[_Line], k: int) -> bool:
    """A comment section's marker ("Comments", "3 Responses"), not the "Comments" button of a share bar
    (share buttons on the lines above and below)."""
    if not COMMENT_MARKER.match(present[k].text):
        return False
    return not all(
        0 <= j < len(present) and len(present[j].text) <= 120 and is_share_line(present[j].text) for j in (k - 1, k + 1)
    )


# What a commenter's header has and a dated teaser or a dateline has not: a clock time, "said:" ("2 hours ago"
# also stamps teasers).
_COMMENTER_CUE = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:said|says|wrote|writes|replied|commented)\s*:?$", re.I)


def _commenter(text: str) -> bool:
    return comment_header(text) and _COMMENTER_CUE.search(text) is not None


BODY_FALLBACK = 2.0  # with no body line, lines this close to being called body are the body


def _fallback_body(
    labels: list[str],
    scores: list[list[float]],
    body: int,
    floor: float = -BODY_FALLBACK * 2,
    allowed: list[bool] | None = None,
) -> None:
    """The model found no body (a short article under a long page): take the lines nearest to being body
    (none whose margin is below floor, only those ``allowed``)."""
    margins = [
        row[body] - max(v for y, v in enumerate(row) if y != body) if allowed is None or allowed[k] else float("-inf")
        for k, row in enumerate(scores)
    ]
    if not margins or max(margins) == float("-inf"):
        return
    best = max(margins)
    for k, margin in enumerate(margins):
        if margin >= best - BODY_FALLBACK and margin > floor and labels[k] != "title":
            labels[k] = "body"


def _next_body(labels: list[str]) -> int:
    return next((k for k in range(1, len(labels)) if labels[k] == "body"), len(labels))


def _mend(present: list[_Line], labels: list[str], out: dict[int, str], title: int | None) -> None:
    """Never cut the article at a box inside it: between the headline and the last body line, a long
    prose line is body and a lone heading-shaped line between two body lines is a heading."""
    body = [k for k, label in enumerate(labels) if label in ("body", "heading")]
    if not body:
        return
    start = title if title is not None else body[0]
    # After a comment-section marker below the article's start, or the first of a run of commenters'
    # headers ("Jane on May 3, 2019 at 4:47 pm said:"), what is not furniture is comments.
    marker = next((k for k in range(body[0] + 1, len(labels)) if _comment_marker(present, k)), None)
    if marker is not None and marker < len(labels) * 0.3:
        marker = None
    headers = [k for k in range(body[0] + 1, len(labels)) if _commenter(present[k].text)]
    if len(headers) >= 3 and (marker is None or headers[0] < marker):
        marker = headers[0] - 1
    if marker is not None:
        if present[marker].text == "(no subject)" or COMMENT_DATE.match(present[marker].text):
            out[present[marker].index] = "comment"  # a comment's own header, not the section's title
        for k in range(marker + 1, len(labels)):
            if k != title and rule_kind(present[k].text) in (None, "dated", "date", "comment_header"):
                out[present[k].index] = "comment"
    # The article's last paragraph may carry a credit ("... closely. Photo: Azertac"): prose right
    # after the last body line is body too.
    k = body[-1] + 1
    while k < len(labels) and (marker is None or k < marker) and labels[k] in ("furniture", "caption"):
        text = present[k].text
        if not (len(text.split()) >= 10 and _SENTENCE_INSIDE.search(text) and rule_kind(text) is None):
            break
        out[present[k].index] = "body"
        k += 1
    for k in range(start + 1, body[-1] if marker is None else min(body[-1], marker)):
        if labels[k] not in ("furniture", "caption"):
            continue
        text = present[k].text
        if len(text.split()) >= 20 and text.endswith(TERMINAL) and rule_kind(text) is None:
            out[present[k].index] = "body"
        elif (
            labels[k - 1] in ("body", "heading")
            and labels[k + 1] == "body"
            and heading_shaped(text)
            and rule_kind(text) is None
        ):
            out[present[k].index] = "heading"


_SENTENCE_INSIDE = re.compile(r"\w[.!?…][\"”’»)]?(?:\s+[A-Z]|$)")
TITLE_FLOOR = -6.0  # the headline's "title" score may be this much below its best other label's

_HARD = frozenset({"image", "caption", "share", "read-time", "date", "byline", "source"})


def _sort_lines(
    lines: list[_Line], labelled: dict[int, str], meta: _Meta, removed: list[_Line]
) -> tuple[list[_Line], list[_Line]]:
    """Split lines into the article's (blank where a line was taken out) and the comments'.

    Lines the model calls byline, caption or furniture are removed (metadata read off them on the
    way); a body line that a sure rule calls furniture (image markup, share buttons, a date or a
    byline alone on its line) is removed too.
    """
    article: list[_Line] = []
    comments: list[_Line] = []
    order = [line.index for line in lines if line.text]
    rank = {index: k for k, index in enumerate(order)}
    body_ranks = [rank[i] for i, label in labelled.items() if label in ("body", "heading", "title")]
    first_body = min(body_ranks, default=len(order))
    header_removed: list[_Line] = []
    for line in lines:
        if not line.text:
            article.append(line)
            comments.append(line)
            continue
        label = labelled[line.index]
        header_zone = rank[line.index] <= first_body + 6 and rank[line.index] >= first_body - 12
        if label == "title" and meta.title is None:
            heading = MD_HEADING.match(line.text)
            meta.title = heading.group(2) if heading else headline.title_text(line.text) or line.text
            if meta.title != line.text and not heading and meta.date is None:
                found = find_date(line.text)  # "Headline | May 3, 2019": the date is the article's
                meta.date = found[0] if found else None
            article.append(_Line(line.index, "", 0))
            continue
        if label == "comment":
            comments.append(line)
            article.append(_Line(line.index, "", 0))
            continue
        if label not in ("body", "heading") and not header_zone:
            m = SOURCE_LINE.match(line.text) if len(line.text) <= 100 else None
            if m:
                meta.source = meta.source or m["source"].strip()
            removed.append(line)
            article.append(_Line(line.index, "", 0))
            continue
        if label in ("body", "heading") and rule_kind(line.text) is None:
            article.append(line)  # no rule has anything to say about it (nor metadata to give)
            continue
        reason = _furniture_reason(line.text, meta, header_zone)
        if (
            label in ("body", "heading")
            and reason not in _HARD
            and not (reason == "furniture" and len(line.text.split()) <= 8)
        ):
            article.append(line)
            continue
        removed.append(line)
        article.append(_Line(line.index, "", 0))
        if header_zone:
            header_removed.append(line)
    if meta.author is None:
        _author_from_header(header_removed, meta)
    return article, comments


def _author_from_header(lines: list[_Line], meta: _Meta) -> None:
    """A bare name (or "Name in City") near the headline, or a signature ("Role,\nJane Doe")."""
    for a, b in zip(lines, lines[1:], strict=False):
        if a.text.endswith(",") and len(a.text) <= 120 and len(b.text) <= 60 and NAME_LINE.match(b.text):
            meta.author = b.text
            return
    for line in lines:
        m = NAME_IN_PLACE.match(line.text) if len(line.text) <= 60 else None
        if m and not _looks_like_actor_sentence(m["name"]) and not _HEADLINE_WORDS & set(m["name"].casefold().split()):
            meta.author = m["name"]
            return


def _indent(raw: str) -> int:
    if raw[:1] not in " \t\u00a0":
        return 0
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


# ---------------------------------------------------------------- markdown
_MD_RULE = re.compile(r"^(?:([-*_])\s*){3,}$")
_MD_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)")


def _markdown_plain(lines: list[_Line], removed: list[_Line]) -> list[_Line]:
    """Markdown lines as the text a reader sees: rules removed, links as their text, emphasis and code
    marks dropped (markdown-it-py parses each line's inline markup); heading and list marks stay
    for the cleaner to read."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt()
    out: list[_Line] = []
    for line in lines:
        text = line.text
        if not text:
            out.append(line)
            continue
        if _MD_RULE.match(text):
            removed.append(line)
            out.append(_Line(line.index, "", line.indent))
            continue
        prefix = _MD_PREFIX.match(text)
        head = prefix.group(0) if prefix else ""
        parts = []
        for token in parser.parseInline(text[len(head) :])[0].children or []:
            if token.type in ("text", "code_inline"):
                parts.append(token.content)
            elif token.type == "image":
                parts.append(f"![{token.content}]()")
            elif token.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        plain = normalise_space(head + "".join(parts))
        out.append(_Line(line.index, plain or text, line.indent))
    return out


# ---------------------------------------------------------------- line furniture
def _is_share_line(text: str) -> bool:
    words = [w for w in re.split(r"[\s|/·•,:;()]+", text.casefold()) if w]
    return (
        bool(words)
        and len(words) <= 12
        and all(w in SHARE_WORDS for w in words)
        and any(w in SHARE_CORE for w in words)
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
    if IMAGE.match(text):
        return "image"
    if CAPTION.match(text):
        return "caption"
    if len(text) <= 120 and _is_share_line(text):
        return "share"
    if READ_TIME.match(text):
        return "read-time"
    found = find_date(text) if len(text) <= 80 else None
    if found:
        value, (start, end) = found
        rest = (text[:start] + " " + text[end:]).strip(" ,.|·•–—-:")
        rest = normalise_space(rest)
        if (
            not rest
            or ADMIN_REST.match(rest)
            or all(DATE_WORD.match(word.strip(":,;")) for word in rest.split() if word.strip(":,;"))
        ):
            if header_zone and meta.date is None:
                meta.date = value
            return "date"
        # "Posted on 3 March 2021 by Jane Doe"
        byline = BYLINE.match(re.sub(r"^(?:(?:posted|published|written|updated)\s+)?(?:on\s+)?", "", rest, flags=re.I))
        if byline and header_zone:
            meta.date = meta.date or value
            meta.author = meta.author or byline["name"]
            return "byline"
    if ADMIN_REST.match(text):
        return "byline"
    if header_zone and len(text) <= 80:
        m = BYLINE.match(text)
        if m and meta.author is None:
            meta.author = m["name"]
            return "byline"
    m = SOURCE_LINE.match(text)
    if m and len(text) <= 100:
        meta.source = meta.source or m["source"].strip()
        return "source"
    if len(text) <= 250 and FURNITURE.search(text) and not _ends_like_sentence_in_body(text):
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
        if i >= threshold and (COMMENT_MARKER.match(lines[i].text) or COMMENT_DATE.match(lines[i].text)):
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
        if COMMENT_NOISE.match(text) or IMAGE.match(text) or (COMMENT_MARKER.match(text) and text != "(no subject)"):
            removed.append(line)
            continue
        if (
            text == "(no subject)"
            or comment_header(text)
            or (COMMENT_DATE.match(text) and not COMMENT_DATE.sub("", text).strip())
            or (len(text.split()) <= 8 and not text.endswith(TERMINAL) and (find_date(text) or NAME_LINE.match(text)))
        ):
            flush()
            header.append(text)
            continue
        m = COMMENT_DATE.match(text)
        if m:
            flush()
            header.append(m.group(0))
            text = text[m.end() :].strip()
        elif current and current[-1].endswith(TERMINAL) and not text[:1].islower():
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
        if late and line.text and TAIL_START.search(line.text) and len(line.text) <= 250:
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
        md = MD_HEADING.match(text) if markdown or text.startswith("#") else None
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
    if LIST_ITEM.match(text):
        return False
    if wrapped:
        return True
    if previous.endswith(TERMINAL) or previous.endswith(":"):
        return False
    return text[:1].islower() or previous.endswith(("-", ",", ";")) and text[:1].islower()


# ---------------------------------------------------------------- header: title, author
_title_like = headline.title_like


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
    # A bare name (or "Name in City") under the headline is the byline.
    if meta.title is not None and meta.author is None:
        for para in zone:
            m = NAME_IN_PLACE.match(para.text) if len(para.lines) == 1 and para.kind != "title" else None
            if (
                m
                and not _looks_like_actor_sentence(m["name"])
                and not _HEADLINE_WORDS & set(m["name"].casefold().split())
            ):
                meta.author = m["name"]
                para.removed_as = "byline"
                break
    # Standfirst naming its author ("Jane Doe reports on ..."), maybe taken as the headline.
    m = STANDFIRST_AUTHOR.match(meta.title or "")
    if m and meta.author is None and not _looks_like_actor_sentence(m["name"]):
        meta.author = m["name"]
    for para in paras[:3]:
        m = STANDFIRST_AUTHOR.match(para.text)
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
            and NAME_LINE.match(b.text)
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
    return len(text) > 200 or words >= 30 or (words >= 12 and text.endswith(TERMINAL))


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
            and not LIST_ITEM.match(text)
            and paras[i + 1].kind == "paragraph"
            and len(paras[i + 1].text) > len(text)
        ):
            para.kind = "heading"


# ---------------------------------------------------------------- source, fallback title
def _source_from_removed(removed: list[str]) -> str | None:
    for pattern in SOURCE_HINTS:
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

"""Parse an export with markdown-it-py and PyYAML and check its structure against the notebook."""

from __future__ import annotations

import re

import yaml
from markdown_it import MarkdownIt

from store.notebook.export import DocExport, Selection, passage_of

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
OBSIDIAN_TAG = re.compile(r"^[\w/-]+$")


def split_front_matter(text: str) -> tuple[dict | None, str]:
    if not text.startswith("---\n"):
        return None, text
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4 : end + 1]), text[end + 5 :]


def flat(text: str) -> str:
    return " ".join(text.replace("\x00", "\ufffd").split())


def inline_text(token, *, strict: bool = True) -> str:
    """The text of an inline token; strict: nothing but plain text (no emphasis, links, HTML)."""
    parts = []
    for child in token.children or []:
        if not strict and child.type not in ("text", "text_special", "softbreak"):
            continue
        assert child.type in ("text", "text_special", "softbreak"), (child.type, child.content)
        parts.append(" " if child.type == "softbreak" else child.content)
    return "".join(parts)


def normalized_note(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip(" \t"):
        lines.pop(0)
    while lines and not lines[-1].strip(" \t"):
        lines.pop()
    return "\n".join(line if line.strip(" \t") else "" for line in lines)


def item_source(lines: list[str], start: int, end: int) -> str:
    """The note text back from its list item's source lines."""
    chunk = lines[start:end]
    while chunk and not chunk[-1].strip(" \t"):
        chunk.pop()
    if chunk[0] == "+":  # the form that opens with a blank line: content indented by 2
        return "\n".join(line[2:] for line in chunk[1:])
    assert chunk[0].startswith("+   "), chunk[0]
    return "\n".join([chunk[0][4:], *(line[4:] for line in chunk[1:])])


def sections(body: str) -> list[dict]:
    """Top-level structure: headings, blockquotes and note list items, in order."""
    lines = body.split("\n")
    tokens = MD.parse(body)
    out: list[dict] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.level != 0:
            i += 1
            continue
        if tok.type == "heading_open":
            out.append({"kind": tok.tag, "text": inline_text(tokens[i + 1])})
        elif tok.type == "blockquote_open":
            depth, j, texts = 1, i + 1, []
            while depth:
                if tokens[j].type == "blockquote_open":
                    depth += 1
                elif tokens[j].type == "blockquote_close":
                    depth -= 1
                elif tokens[j].type == "inline":
                    texts.append(inline_text(tokens[j]))
                else:
                    assert tokens[j].type in ("paragraph_open", "paragraph_close"), tokens[j].type
                j += 1
            out.append({"kind": "quote", "text": flat(" ".join(texts))})
        elif tok.type == "bullet_list_open":
            items = [t for t in tokens[i:] if t.level == 1 and t.type == "list_item_open"]
            close = next(
                k for k in range(i, len(tokens)) if tokens[k].level == 0 and tokens[k].type == "bullet_list_close"
            )
            items = [t for t in tokens[i:close] if t.level == 1 and t.type == "list_item_open"]
            assert len(items) == 1, "one list item per note"
            out.append({"kind": "note", "text": item_source(lines, *tok.map)})
        elif tok.type == "fence":
            out.append({"kind": "fence", "info": tok.info, "text": tok.content})
        elif tok.type == "paragraph_open":
            out.append({"kind": "p", "text": inline_text(tokens[i + 1], strict=False)})
        i += 1
    return out


def expected_notes(exp: DocExport) -> list[tuple[str | None, str]]:
    placed = [p for p in exp.notes if not p.where.detached]
    detached = [p for p in exp.notes if p.where.detached]
    return [(passage_of(p, exp.document), p.note.text) for p in placed + detached]


def check_document_sections(parts: list[dict], exp: DocExport) -> None:
    """From a document's h1 to the next: title, notes in order, passages exactly in their quotes."""
    assert parts[0]["kind"] == "h1" and flat(parts[0]["text"]) == flat(exp.title)
    got: list[tuple[str | None, str]] = []
    k = 0
    while k < len(parts):
        if parts[k]["kind"] == "h3":
            quote = None
            k += 1
            if parts[k]["kind"] == "quote":
                quote = parts[k]["text"]
                k += 1
            assert parts[k]["kind"] == "note", parts[k]
            got.append((quote, parts[k]["text"]))
        else:
            assert parts[k]["kind"] != "quote", "a blockquote outside a note section"
            assert parts[k]["kind"] != "note", "a note outside a note section"
        k += 1
    want = [(flat(q) if q is not None else None, normalized_note(t) or "*(no text)*") for q, t in expected_notes(exp)]
    got = [(q, t if t else "*(no text)*") for q, t in got]
    got = [(q, "*(no text)*" if t == "*(no text)*" else t) for q, t in got]
    assert got == want


def check_front_matter(meta: dict, exp: DocExport) -> None:
    assert meta["title"] == exp.title
    assert meta["path"] == exp.ref.path
    assert meta["notes"] == len(exp.notes)
    if exp.document is not None:
        assert (meta["author"], meta["date"], meta["source"]) == (
            exp.document.author,
            exp.document.date,
            exp.document.source,
        )
    assert all(isinstance(t, str) and OBSIDIAN_TAG.match(t) and not t.isdigit() for t in meta["tags"])
    originals = meta.get("actorlens_tags", meta["tags"])
    wanted = list(dict.fromkeys([*exp.tags, *(t for p in exp.notes for t in p.note.tags)]))
    assert originals == wanted


def check_single(text: str, exp: DocExport) -> None:
    meta, body = split_front_matter(text)
    assert meta is not None
    check_front_matter(meta, exp)
    check_document_sections(sections(body), exp)


def check_combined(text: str, selection: Selection) -> None:
    if len(selection) == 1:
        check_single(text, selection.docs[0])
        return
    meta, body = split_front_matter(text)
    assert meta == {"title": "actorlens notes", "documents": len(selection), "notes": selection.note_count}
    parts = sections(body)
    starts = [i for i, p in enumerate(parts) if p["kind"] == "h1"]
    assert len(starts) == len(selection)
    for n, exp in enumerate(selection):
        chunk = parts[starts[n] : starts[n + 1] if n + 1 < len(starts) else len(parts)]
        fence = next(p for p in chunk if p["kind"] == "fence")
        assert fence["info"] == "yaml"
        check_front_matter(yaml.safe_load(fence["text"]), exp)
        check_document_sections([p for p in chunk if p["kind"] != "fence"], exp)
    seen = [p["text"] for p in parts if p["kind"] == "note"]
    assert len(seen) == selection.note_count  # every note once

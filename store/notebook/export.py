"""Notes as Markdown that Obsidian, static-site tools and plain Markdown readers take in.

One document's export::

    ---
    title: "…"            (YAML front matter: every string double-quoted and escaped)
    author: …, date: …, source: …, path: …, tags: […], actors: […]
    ---

    # Title
    *Author · date · source*
    #tag #other-tag

    ## Notes
    ### Whole document
    + the note's own Markdown, kept as written (indented into a list item so that an unclosed
      code fence or HTML block in one note cannot swallow the rest of the file)
    ### ¶ 3 · #note-tag
    > the anchored passage, escaped so it reads as plain text inside its blockquote
    + the note

    ## Detached notes
    (notes whose passage is no longer in the document, with the passage as it was quoted)

Several documents in one file (stdout or ``--out FILE``) carry their metadata in a fenced YAML
block per section instead, since only the top of a file can hold front matter.
``--by-tag`` groups the passages under each tag (a note's tags plus its document's), like the
code reports of qualitative-analysis tools.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from store.actors.doc_actors import counted_mentions
from store.atomic import write_atomic
from store.errors import ActorlensError
from store.model import Anchor, Document, Note
from store.notebook.anchoring import ResolvedAnchor
from store.notebook.notebook import DocRef, Notebook, PlacedNote
from store.sanitize import visible_name

ActorsFor = Callable[[Document], Sequence[str]]
Loader = Callable[[str], Document | None]


@dataclass(frozen=True, slots=True)
class DocExport:
    """One document's notes, ready to render. ``document`` is None when the file could not be opened."""

    ref: DocRef
    document: Document | None
    notes: tuple[PlacedNote, ...]
    tags: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        if self.document is not None:
            return self.document.display_title
        return self.ref.title or visible_name(os.path.basename(self.ref.path)) or self.ref.id


@dataclass(frozen=True, slots=True)
class Selection:
    docs: tuple[DocExport, ...] = field(default_factory=tuple)

    def __len__(self) -> int:
        return len(self.docs)

    def __iter__(self):
        return iter(self.docs)

    @property
    def note_count(self) -> int:
        return sum(len(d.notes) for d in self.docs)


# -- choosing what to export ----------------------------------------------------------------


def select(
    notebook: Notebook, *, docs: Sequence[Document] | None = None, tags: Iterable[str] = (), load: Loader | None = None
) -> Selection:
    """The documents to export with their notes in reading order.

    ``docs``: these documents only (kept even when they have no notes); otherwise every document
    that has notes, opened with ``load(path)`` (None when it cannot be opened: its notes are then
    exported with their quotes as written). ``tags``: only documents carrying all of them (on the
    document or on its notes).
    """
    wanted = tuple(tags)
    out: list[DocExport] = []
    if docs is not None:
        for doc in docs:
            if wanted and not notebook.matches(doc, tags=wanted):
                continue
            out.append(DocExport(DocRef.of(doc), doc, tuple(notebook.placed(doc)), notebook.doc_tags(doc)))
        return Selection(tuple(out))
    groups: dict[str, list[Note]] = {}
    for note in notebook.notes():
        groups.setdefault(note.doc_path or f"id:{note.doc_id}", []).append(note)
    taken: set[str] = set()
    for notes in groups.values():
        first = notes[0]
        document = load(first.doc_path) if (load and first.doc_path) else None
        if document is not None:
            placed = [p for p in notebook.placed(document) if p.note.id not in taken]
            ref = DocRef.of(document)
        else:
            ref = DocRef(first.doc_id, first.doc_path, first.doc_title)
            placed = [PlacedNote(n, _as_written(n)) for n in notes if n.id not in taken]
            placed.sort(key=_written_order)
        if not placed:
            continue
        taken.update(p.note.id for p in placed)
        if wanted and not notebook.matches(ref, tags=wanted):
            continue
        out.append(DocExport(ref, document, tuple(placed), notebook.doc_tags(ref)))
    out.sort(key=lambda d: (d.title.casefold(), d.ref.path))
    return Selection(tuple(out))


def _as_written(note: Note) -> ResolvedAnchor:
    """Placement of a note whose document cannot be opened: where it was when written."""
    if note.anchor is None:
        return ResolvedAnchor("document")
    return ResolvedAnchor("exact", note.anchor.block, note.anchor.start, note.anchor.end, score=0.0)


def _written_order(item: PlacedNote) -> tuple[int, int, int]:
    anchor = item.note.anchor
    return (0, 0, 0) if anchor is None else (1, anchor.block, anchor.start)


# -- YAML -----------------------------------------------------------------------------------


class _FrontMatterDumper(yaml.SafeDumper):
    """PyYAML's safe dumper, with every string double-quoted: the one YAML style that escapes what a
    reader would otherwise fold or drop (NEL, line and paragraph separators, control characters)."""


def _quoted(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')


def _fields(dumper: yaml.SafeDumper, fields: dict[str, Any]) -> yaml.MappingNode:
    """The front matter's own keys (identifiers chosen here) stay plain: ``title: "…"``."""
    pairs = [
        (yaml.ScalarNode("tag:yaml.org,2002:str", key), dumper.represent_data(value)) for key, value in fields.items()
    ]
    return yaml.MappingNode("tag:yaml.org,2002:map", pairs, flow_style=False)


_FrontMatterDumper.add_representer(str, _quoted)
_FrontMatterDumper.add_representer(dict, _fields)


def yaml_mapping(fields: dict[str, Any]) -> str:
    """Front matter lines, ``key: value``, by PyYAML's safe dumper: whatever a title or tag holds (quotes,
    colons, control characters, other scripts), it reads back exactly (YAML 1.1 and 1.2 readers)."""
    if not fields:
        return ""
    return yaml.dump(
        fields, Dumper=_FrontMatterDumper, sort_keys=False, allow_unicode=True, default_flow_style=None, width=2**30
    )


# -- Markdown -------------------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#!|~&$%=^{}])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+(?=[.)]))")


def escape_inline(text: str) -> str:
    """Text that Markdown (CommonMark, GFM, Obsidian) shows literally as one paragraph's text."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = line.strip()
        line = _INLINE_SPECIAL.sub(r"\\\1", line)
        line = _LINE_START.sub(lambda m: m.group(1) + _escape_start(m.group(2)), line)
        lines.append(line)
    return "\n".join(lines)


def _escape_start(token: str) -> str:
    if token.isdigit():
        return token + "\\"  # "12." → "12\." (the dot is escaped by the caller's order below)
    return "\\" + token


def blockquote(text: str) -> str:
    """``text`` as a blockquote holding exactly that text (blank lines stay inside)."""
    body = escape_inline(text)
    lines = [ln for ln in body.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(f"> {ln}" if ln else ">" for ln in lines or [""]) + "\n"


def note_block(text: str) -> str:
    """The note's own Markdown, as written, inside a list item that contains whatever it holds.

    A list item ends where its indentation ends, and so does any code fence or HTML block left
    open inside it: one note can never swallow the rest of the file. The "+" marker, unlike "-"
    or "*", cannot combine with a note's first line ("---") into a thematic break.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip(" \t"):
        lines.pop(0)
    while lines and not lines[-1].strip(" \t"):
        lines.pop()
    if not lines:
        return "+   *(no text)*\n"
    if lines[0][0] in " \t":
        # starts indented: an item that opens with a blank line keeps relative indentation exact
        out = ["+"] + [("  " + line) if line.strip(" \t") else "" for line in lines]
    else:
        out = ["+   " + lines[0]] + [("    " + line) if line.strip(" \t") else "" for line in lines[1:]]
    return "\n".join(out) + "\n"


def obsidian_tag(tag: str) -> str:
    """A valid Obsidian tag (without '#'): letters, digits, - and /, not only digits, no spaces."""
    # "_" is valid in Obsidian but can open Markdown emphasis next to "-" ("#a-_b_"): made "-" too
    cleaned = "".join(ch if (ch.isalnum() or ch in "-/") else "-" for ch in unicodedata.normalize("NFC", tag.strip()))
    cleaned = re.sub(r"-{2,}", "-", re.sub(r"/{2,}", "/", cleaned)).strip("-/")
    if not cleaned or not any(ch.isalnum() for ch in cleaned):
        return "tag-" + hashlib.blake2b(tag.encode("utf-8", "surrogatepass"), digest_size=3).hexdigest()
    if cleaned.replace("/", "").replace("-", "").replace("_", "").isdigit():
        cleaned = "tag-" + cleaned
    return cleaned


def obsidian_tags(tags: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(obsidian_tag(t) for t in tags))


def where_label(where: ResolvedAnchor, anchor: Anchor | None, document: Document | None) -> str:
    """The pointer shown above a note: '¶ 3', 'Whole document', 'Detached (was ¶ 5)'."""
    if where.status == "document" or anchor is None:
        return "Whole document"
    if where.detached:
        return f"Detached (was ¶ {anchor.block + 1})"
    block = where.block if where.block is not None else anchor.block
    label = f"¶ {block + 1}"
    if document is not None and 0 <= block < len(document.blocks) and document.blocks[block].kind == "comment":
        label += " (reader comment)"
    if document is None:
        label += " (as noted; document not found)"
    elif where.status == "fuzzy":
        label += " (passage edited since)"
    return label


def passage_of(item: PlacedNote, document: Document | None) -> str | None:
    """The passage to quote: the document's text where the note sits now, else the quote as written."""
    anchor = item.note.anchor
    if anchor is None:
        return None
    where = item.where
    if document is not None and where.block is not None and where.status != "document":
        return document.blocks[where.block].text[where.start : where.end]
    return anchor.exact


def front_matter_fields(exp: DocExport, actors_for: ActorsFor | None) -> dict[str, Any]:
    doc = exp.document
    note_tags = [t for p in exp.notes for t in p.note.tags]
    all_tags = list(dict.fromkeys([*exp.tags, *note_tags]))
    actors: list[str] = []
    if actors_for is not None and doc is not None:
        actors = [str(a) for a in actors_for(doc)]
    fields: dict[str, Any] = {
        "title": exp.title,
        "author": doc.author if doc else None,
        "date": doc.date if doc else None,
        "source": doc.source if doc else None,
        "path": visible_name(exp.ref.path),
        "tags": obsidian_tags(all_tags),
        "actors": actors,
        "notes": len(exp.notes),
    }
    if [obsidian_tag(t) for t in all_tags] != all_tags:
        fields["actorlens_tags"] = all_tags  # the tags exactly as typed
    return fields


def _fence(body: str, info: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", body)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{body}{fence}\n"


def _heading(level: int, text: str, tags: Iterable[str] = ()) -> str:
    tag_text = " ".join("#" + t for t in obsidian_tags(tags))
    return "#" * level + " " + escape_inline(" ".join(text.split())) + (f" · {tag_text}" if tag_text else "") + "\n"


def _note_section(item: PlacedNote, document: Document | None, level: int, title: str | None = None) -> str:
    label = where_label(item.where, item.note.anchor, document)
    heading = f"{title} · {label}" if title else label
    parts = [_heading(level, heading, item.note.tags)]
    passage = passage_of(item, document)
    if passage is not None:
        parts.append(blockquote(passage))
    parts.append(note_block(item.note.text))
    return "\n".join(parts)


def render_document(exp: DocExport, *, actors_for: ActorsFor | None = None, front_matter: bool = True) -> str:
    """One document's section (with YAML front matter at the top, or a fenced YAML block)."""
    meta = yaml_mapping(front_matter_fields(exp, actors_for))
    parts = ["---\n" + meta + "---\n"] if front_matter else []
    parts.append(_heading(1, exp.title))
    doc = exp.document
    if doc is not None:
        byline = " · ".join(p for p in (doc.author, doc.date, doc.source) if p)
        if byline:
            parts.append("*" + escape_inline(" ".join(byline.split())) + "*\n")
    if not front_matter:
        parts.append(_fence(meta, "yaml"))
    if exp.tags:
        parts.append(" ".join("#" + t for t in obsidian_tags(exp.tags)) + "\n")
    placed = [p for p in exp.notes if not p.where.detached]
    detached = [p for p in exp.notes if p.where.detached]
    if placed:
        parts.append("## Notes\n")
        parts.extend(_note_section(p, doc, 3) for p in placed)
    if detached:
        parts.append("## Detached notes\n")
        parts.append("*The passages these notes were written on are no longer in the document.*\n")
        parts.extend(_note_section(p, doc, 3) for p in detached)
    if not exp.notes:
        parts.append("*No notes.*\n")
    return "\n".join(parts)


def render_all(selection: Selection, *, by_tag: bool = False, actors_for: ActorsFor | None = None) -> str:
    """Everything in one Markdown text (stdout or one file)."""
    if by_tag:
        return render_by_tag(selection)
    docs = list(selection)
    if len(docs) == 1:
        return render_document(docs[0], actors_for=actors_for)
    head = (
        "---\n"
        + yaml_mapping({"title": "actorlens notes", "documents": len(docs), "notes": selection.note_count})
        + "---\n"
    )
    sections = [render_document(d, actors_for=actors_for, front_matter=False) for d in docs]
    return "\n".join([head, *sections])


def tag_groups(selection: Selection) -> dict[str | None, list[tuple[DocExport, PlacedNote]]]:
    """Tag → the notes under it (a note's own tags plus its document's); None for untagged notes."""
    groups: dict[str | None, list[tuple[DocExport, PlacedNote]]] = {}
    for exp in selection:
        for item in exp.notes:
            tags = list(dict.fromkeys([*item.note.tags, *exp.tags]))
            for tag in tags or [None]:
                groups.setdefault(tag, []).append((exp, item))
    ordered = sorted((t for t in groups if t is not None), key=lambda t: (t.casefold(), t))
    return {t: groups[t] for t in [*ordered, *([None] if None in groups else [])]}


def render_tag(tag: str | None, items: list[tuple[DocExport, PlacedNote]], *, front_matter: bool = True) -> str:
    name = tag if tag is not None else "Untagged"
    parts = []
    if front_matter:
        fields: dict[str, Any] = {"title": name, "tags": obsidian_tags([tag]) if tag else [], "notes": len(items)}
        parts.append("---\n" + yaml_mapping(fields) + "---\n")
    parts.append(_heading(2 if not front_matter else 1, name))
    if tag is not None:
        parts.append("#" + obsidian_tag(tag) + "\n")
    for exp, item in items:
        parts.append(_note_section(item, exp.document, 3, title=exp.title))
    return "\n".join(parts)


def render_by_tag(selection: Selection) -> str:
    groups = tag_groups(selection)
    head = (
        "---\n"
        + yaml_mapping(
            {
                "title": "actorlens notes by tag",
                "tags": obsidian_tags(t for t in groups if t),
                "notes": selection.note_count,
            }
        )
        + "---\n"
    )
    parts = [head, "# Notes by tag\n"]
    parts.extend(render_tag(tag, items, front_matter=False) for tag, items in groups.items())
    return "\n".join(parts)


# -- files ----------------------------------------------------------------------------------

_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*#^\[\]\x00-\x1f\x7f]')
_MAX_NAME_BYTES = 150


def safe_filename(title: str, *, suffix: str = ".md") -> str:
    """A file name from a title, valid on Linux, macOS and Windows (and in Obsidian links)."""
    name = unicodedata.normalize("NFC", title)
    name = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in name)
    name = _UNSAFE_NAME.sub("-", name)
    name = " ".join(name.split()).strip(" .-")
    while len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        name = name[:-1]
    name = name.rstrip(" .-")
    if not name:
        name = "untitled"
    if name.split(".")[0].strip().casefold() in _WINDOWS_RESERVED:
        name = "_" + name
    return name + suffix


def unique_names(titles: Iterable[str]) -> list[str]:
    """Safe, distinct file names (compared case-insensitively, as on macOS and Windows)."""
    used: set[str] = set()
    out = []
    for title in titles:
        base = safe_filename(title, suffix="")
        name, n = base, 1
        while (name + ".md").casefold() in used:
            n += 1
            name = f"{base} ({n})"
        used.add((name + ".md").casefold())
        out.append(name + ".md")
    return out


def is_dir_target(out: str | os.PathLike[str]) -> bool:
    text = os.fspath(out)
    return os.path.isdir(text) or text.endswith(("/", os.sep))


def plan(
    selection: Selection, out: str | os.PathLike[str], *, by_tag: bool = False, actors_for: ActorsFor | None = None
) -> list[tuple[Path, str]]:
    """(path, text) pairs to write: one file, or one file per document (per tag with by_tag) in a folder."""
    if not is_dir_target(out):
        return [(Path(out), render_all(selection, by_tag=by_tag, actors_for=actors_for))]
    folder = Path(out)
    if by_tag:
        groups = tag_groups(selection)
        names = unique_names(t if t is not None else "Untagged" for t in groups)
        texts = [render_tag(t, items) for t, items in groups.items()]
    else:
        names = unique_names(d.title for d in selection)
        texts = [render_document(d, actors_for=actors_for) for d in selection]
    root = os.path.realpath(folder)
    pairs = []
    for name, text in zip(names, texts, strict=True):
        target = folder / name
        if os.path.dirname(os.path.realpath(target)) != root:  # never outside the chosen folder
            raise ActorlensError(f"{target}: refusing to write outside {folder}")
        pairs.append((target, text))
    return pairs


def write(
    selection: Selection,
    out: str | os.PathLike[str],
    *,
    by_tag: bool = False,
    force: bool = False,
    actors_for: ActorsFor | None = None,
) -> list[Path]:
    """Write the export; refuses to overwrite any existing file unless ``force``. Returns the paths written."""
    pairs = plan(selection, out, by_tag=by_tag, actors_for=actors_for)
    if not force:
        for path, _ in pairs:
            if os.path.lexists(path):
                raise ActorlensError(f"{path}: already exists; use --force to overwrite")
    for path, _ in pairs:
        if path.is_dir():
            raise ActorlensError(f"{path}: is a folder")
    written = []
    for path, text in pairs:
        try:
            write_atomic(path, text.encode("utf-8"))
        except OSError as exc:
            raise ActorlensError(f"{path}: cannot write ({exc.strerror or exc})") from None
        written.append(path)
    return written


def main_actors(analyzer: Any, *, limit: int = 8) -> ActorsFor:
    """``actors_for`` from an analyzer (``store.actors.analysis.Analyzer`` or anything with ``analyze(doc)``
    returning the document with mentions, and ``actor(id)``): the most mentioned actors of the
    article, its title included (reader comments left out), most mentioned first."""

    def actors_for(doc: Document) -> list[str]:
        analyzed = analyzer.analyze(doc)
        counts: dict[str, int] = {}
        for _, mention in counted_mentions(analyzed, comments=False):
            if mention.actor_id:
                counts[mention.actor_id] = counts.get(mention.actor_id, 0) + 1
        names = []
        for actor_id, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            actor = analyzer.actor(actor_id)
            if actor is not None and actor.name not in names:
                names.append(actor.name)
            if len(names) == limit:
                break
        return names

    return actors_for

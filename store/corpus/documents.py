"""Open one file as a cleaned Document: read, decode, extract HTML, clean."""

from __future__ import annotations

from dataclasses import replace

from store.corpus.files import RawDocument, SourceFile, read
from store.errors import DocumentError
from store.model import Document
from store.sanitize import is_safe, visible


def load(source: SourceFile) -> Document:
    """Read and clean one file; raises DocumentError with a one-line reason."""
    return from_raw(read(source))


def from_raw(raw: RawDocument) -> Document:
    # Imported here: compiling the cleaner's rules takes ~13 ms, not needed when documents come from the cache.
    from store.corpus.clean import clean_text
    from store.corpus.dates import find_date

    text = raw.decoded.text
    path = str(raw.source.path)
    kind = raw.source.kind
    try:
        if kind == "html":
            from store.corpus.html import extract

            page = extract(text)
            found = find_date(page.date) if page.date else None
            hints = {
                "title": page.title,
                "author": page.author,
                "date": found[0] if found else None,
                "source": page.source,
            }
            doc = clean_text(
                page.text,
                doc_id=raw.id,
                path=path,
                encoding=raw.decoded.encoding,
                hints=hints,
                extra_comments=page.comments,
            )
        else:
            doc = clean_text(text, doc_id=raw.id, path=path, encoding=raw.decoded.encoding, markdown=kind == "markdown")
    except RecursionError:
        raise DocumentError(path, "too deeply nested to read") from None
    if not doc.blocks:
        raise DocumentError(path, "no readable text after cleaning")
    return visible_document(doc)


def visible_document(doc: Document) -> Document:
    """The document with control characters made visible (store.sanitize.visible: one character for
    one, so offsets hold) in every piece of text it shows: blocks, title, byline, removed lines.
    Done after cleaning, as HTML entities and Markdown escapes can spell control characters too."""
    if all(is_safe(b.text) for b in doc.blocks) and all(
        is_safe(p) for p in (doc.title or "", doc.author or "", doc.source or "", doc.date or "", doc.fallback_title)
    ) and all(is_safe(line) for line in doc.removed):
        return doc

    def opt(value: str | None) -> str | None:
        return None if value is None else visible(value)

    return replace(
        doc,
        title=opt(doc.title),
        author=opt(doc.author),
        date=opt(doc.date),
        source=opt(doc.source),
        fallback_title=visible(doc.fallback_title),
        blocks=tuple(replace(b, text=visible(b.text)) for b in doc.blocks),
        removed=tuple(visible(line) for line in doc.removed),
    )

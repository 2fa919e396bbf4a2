"""Small builders shared by the notes tests."""

from __future__ import annotations

from store.model import Block, Document


def make_doc(
    *paragraphs: str, doc_id: str = "doc-1", path: str = "/corpus/article.txt", title: str = "An article"
) -> Document:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    return Document(id=doc_id, path=path, title=title, author=None, date=None, source=None, blocks=blocks)

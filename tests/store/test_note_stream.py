"""The notes stream's data (store.notebook.stream): every note newest first, filtered by tag and words."""

from __future__ import annotations

from store.corpus.library import Library
from store.notebook.anchoring import anchor_for
from store.notebook.notebook import Notebook
from store.notebook.stream import document_index, filter_stream, fold, note_stream, tag_counts
from tests.conftest import SEEDS


def make(tmp_path):
    library = Library([SEEDS], summary_cache=False, document_cache=False)
    notebook = Notebook(tmp_path / "notes.json")
    first, second = library.document(0), library.document(1)
    a = notebook.add(first, "Irony about **Pskov**", anchor=anchor_for(first, 1, 0, 30), tags=["irony", "pskov"])
    b = notebook.add(second, "Çavuşoğlu remark", tags=["Turkey"])
    c = notebook.add(first, "Second thought on the Kremlin", tags=["irony"])
    return library, notebook, (a, b, c)


def test_every_note_newest_first_with_title_and_quote(tmp_path, monkeypatch):
    import itertools

    import store.notebook.notebook as notebook_module

    clock = itertools.count()  # one note a minute (the notebook keeps timestamps to the second)
    monkeypatch.setattr(notebook_module, "now_iso", lambda: f"2026-01-01T10:{next(clock):02d}:00+00:00")
    library, notebook, (a, b, c) = make(tmp_path)
    notebook.edit(a.id, text="Irony about **Pskov**, edited")  # edited last: first in the stream
    entries = note_stream(notebook)
    assert [e.note.id for e in entries] == [a.id, c.id, b.id]
    first = entries[0]
    assert first.title == library.document(0).display_title
    assert first.quote == " ".join(library.document(0).blocks[1].text[:30].split())
    assert entries[2].quote == ""  # a whole-document note


def test_filter_by_tags_and_words_folding_case_and_accents(tmp_path):
    _, notebook, (a, b, c) = make(tmp_path)
    entries = note_stream(notebook)
    ids = lambda q: {e.note.id for e in filter_stream(entries, q)}  # noqa: E731
    assert ids("#irony") == {a.id, c.id}
    assert ids("#irony #pskov") == {a.id}  # every tag must match
    assert ids("tag:turkey") == {b.id}  # case folded
    assert ids("cavusoglu") == {b.id}  # accents folded
    assert len(ids("erdogan")) == 2  # the title of the first document: "Putin and Erdogan…"
    assert ids("#irony kremlin") == {c.id}
    assert ids("") == {a.id, b.id, c.id}
    assert ids("#nothing") == set()
    assert tag_counts(entries) == [("irony", 2), ("pskov", 1), ("Turkey", 1)]
    assert fold("ÉRDOĞAN") == "erdogan"


def test_document_index_by_id_then_by_path(tmp_path):
    library, notebook, (a, b, _) = make(tmp_path)
    summaries = library.summaries(range(len(library)))[0]
    assert document_index(a, summaries) == 0
    assert document_index(b, summaries) == 1
    edited = [s.__class__(**{**{f: getattr(s, f) for f in s.__dataclass_fields__}, "doc_id": "changed"})
              for s in summaries]  # fmt: skip  # the file was edited: found by its path
    assert document_index(a, edited) == 0
    assert document_index(a, []) is None

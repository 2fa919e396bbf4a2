"""The notebook API: notes, undo, tags, filters, re-anchoring, and its durability under crashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.errors import ActorlensError, NoteNotFound
from store.notebook.anchoring import anchor_for, find_quote
from store.notebook.notebook import DocRef, Notebook, normalize_path
from store.paths import notes_file as default_db_path

from .notes_helpers import make_doc

ROOT = Path(__file__).resolve().parents[2]
P1 = "Armenia and Azerbaijan met in Moscow on Friday under Russian mediation."
P2 = "After nine hours of talks the foreign ministers agreed on a humanitarian ceasefire, Sergei Lavrov said."
P3 = "Observers in Yerevan were cautious; previous truces had collapsed within hours."

HOSTILE = [
    "[bold red]not markup[/]",
    "[/foo] [link=https://x]x[/link] [[escaped]]",
    ":smile: :red_circle: emoji codes stay text",
    "🇦🇲🇦🇿 👩🏽‍💻 family 👨‍👩‍👧",
    "مرحبا بالعالم — שלום עולם",
    "\u202eRTL override\u202c and \u200f marks",
    "line one\nline two\r\n\ttabbed",
    "quotes \" ' ` and back\\slashes \\n and NUL \x00 byte",
    "x" * 200_000,
]


def test_default_db_path_respects_env(monkeypatch, tmp_path):
    monkeypatch.setenv("ACTORLENS_DB", str(tmp_path / "mine.json"))
    assert default_db_path() == tmp_path / "mine.json"
    monkeypatch.setenv("ACTORLENS_DB", "~/x/notes.json")
    assert default_db_path() == Path.home() / "x" / "notes.json"
    monkeypatch.delenv("ACTORLENS_DB")
    path = default_db_path()
    assert path.name == "notes.json" and "actorlens" in str(path)
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])  # never the real data dir in tests
    assert Notebook().path == path


def test_add_keeps_document_identity_anchor_and_times(tmp_path):
    doc = make_doc(P1, P2, P3)
    notebook = Notebook(tmp_path / "n.json")
    anchor = find_quote(doc, "humanitarian ceasefire")
    note = notebook.add(doc, "*Markdown* note", anchor=anchor, tags=["ceasefire", "ceasefire", "  two  words "])
    assert note.doc_id == "doc-1" and note.doc_path == normalize_path("/corpus/article.txt")
    assert note.doc_title == "An article"
    assert note.tags == ("ceasefire", "two words")
    assert note.created == note.updated and note.created.endswith("+00:00")
    again = Notebook(tmp_path / "n.json").get(note.id)
    assert again == note


def test_edit_delete_undo(tmp_path):
    notebook = Notebook(tmp_path / "n.json")
    doc = make_doc(P1)
    keep = notebook.add(doc, "keep")
    note = notebook.add(doc, "first draft", tags=["a"])
    edited = notebook.edit(note.id, text="second draft")
    assert edited.text == "second draft" and edited.tags == ("a",) and edited.created == note.created
    retagged = notebook.edit(note.id, tags=["b", "c"])
    assert retagged.text == "second draft" and retagged.tags == ("b", "c")
    deleted = notebook.delete(note.id)
    assert deleted == retagged
    assert [n.id for n in Notebook(tmp_path / "n.json").notes()] == [keep.id]
    with pytest.raises(NoteNotFound):
        notebook.get(note.id)
    with pytest.raises(NoteNotFound):
        notebook.delete(note.id)
    assert notebook.restore(deleted) == deleted
    assert {n.id for n in Notebook(tmp_path / "n.json").notes()} == {keep.id, note.id}
    assert notebook.restore(deleted) == deleted  # undoing twice does not duplicate
    assert len(notebook.notes()) == 2


def test_empty_tag_and_unsavable_text_are_refused(tmp_path):
    notebook = Notebook(tmp_path / "n.json")
    with pytest.raises(ActorlensError, match="empty"):
        notebook.add(make_doc(P1), "x", tags=["  "])
    with pytest.raises(ActorlensError, match="cannot be saved"):
        notebook.add(make_doc(P1), "lone \ud800 surrogate")
    assert notebook.notes() == []


def test_notes_per_document_and_counts(tmp_path):
    notebook = Notebook(tmp_path / "n.json")
    a = make_doc(P1, doc_id="a", path="/c/a.txt")
    b = make_doc(P2, doc_id="b", path="/c/b.txt")
    notebook.add(a, "a1")
    notebook.add(b, "b1")
    notebook.add(a, "a2")
    assert [n.text for n in notebook.notes(a)] == ["a1", "a2"]
    assert [n.text for n in notebook.notes()] == ["a1", "b1", "a2"]
    assert (notebook.note_count(a), notebook.note_count(b)) == (2, 1)
    assert notebook.note_count(b) == 1


def test_edited_file_finds_its_notes_and_tags_by_path_and_reanchors(tmp_path):
    notebook = Notebook(tmp_path / "n.json")
    old = make_doc(P1, P2, P3, doc_id="v1", path="/c/a.txt")
    passage = notebook.add(old, "on the ceasefire", anchor=find_quote(old, "agreed on a humanitarian ceasefire"))
    gone = notebook.add(old, "on the truces", anchor=find_quote(old, "previous truces had collapsed"))
    whole = notebook.add(old, "the whole piece")
    notebook.add_doc_tags(old, ["caucasus"])
    new = make_doc("Updated.", P1, P2.replace("agreed on", "agreed to"), doc_id="v2", path="/c/a.txt")
    assert {n.id for n in notebook.notes(new)} == {passage.id, gone.id, whole.id}
    assert notebook.doc_tags(new) == ("caucasus",)
    placed = notebook.placed(new)
    assert [p.note.id for p in placed] == [whole.id, passage.id, gone.id]
    assert [p.where.status for p in placed] == ["document", "fuzzy", "detached"]
    assert placed[1].where.block == 2
    # tagging the edited file moves the record to its new id (one record, not two)
    assert notebook.add_doc_tags(new, ["edited"]) == ("caucasus", "edited")
    data = json.loads((tmp_path / "n.json").read_text())
    assert list(data["documents"]) == ["v2"]
    # another file with another path and id sees none of it
    assert notebook.notes(make_doc(P1, doc_id="zz", path="/c/other.txt")) == []


def test_document_tags_completion_and_filters(tmp_path):
    notebook = Notebook(tmp_path / "n.json")
    a = make_doc(P1, doc_id="a", path="/c/a.txt")
    b = make_doc(P2, doc_id="b", path="/c/b.txt")
    c = make_doc(P3, doc_id="c", path="/c/c.txt")
    assert notebook.add_doc_tags(a, ["war", "Russia"]) == ("war", "Russia")
    assert notebook.add_doc_tags(a, ["war", "oil"]) == ("war", "Russia", "oil")
    assert notebook.remove_doc_tags(a, ["oil", "never-there"]) == ("war", "Russia")
    notebook.add_doc_tags(b, ["war"])
    notebook.add(b, "note", tags=["ceasefire"])
    notebook.add(c, "untagged note")
    assert notebook.all_tags() == ["ceasefire", "Russia", "war"]
    uses = {u.tag: (u.documents, u.notes) for u in notebook.tag_uses()}
    assert uses == {"ceasefire": (0, 1), "Russia": (1, 0), "war": (2, 0)}
    docs = [a, b, c]

    def keep(**wanted):
        return [d for d in docs if notebook.matches(d, **wanted)]

    assert keep(tags=["war"]) == [a, b]
    assert keep(tags=["war", "ceasefire"]) == [b]  # all must match; note tags count
    assert keep(tags=["war", "nope"]) == []
    assert keep(has_notes=True) == [b, c]
    assert keep(tags=["war"], has_notes=True) == [b]
    assert keep() == docs
    info = notebook.info(b)
    assert (info.tags, info.note_tags, info.note_count) == (("war",), ("ceasefire",), 1)


def test_filter_accepts_library_summaries(tmp_path):
    from store.corpus.library import Library

    library = Library()
    summaries, _ = library.summaries(range(len(library)))
    notebook = Notebook(tmp_path / "n.json")
    notebook.add_doc_tags(library.document(1), ["picked"])
    assert [s.index for s in summaries if notebook.matches(s, tags=["picked"])] == [1]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_round_trips_literally(tmp_path, text):
    path = tmp_path / "n.json"
    doc = make_doc(P1 + " " + text[:500], title=text[:300])
    notebook = Notebook(path)
    tag = text[:80]
    anchor = anchor_for(doc, 0, len(P1) + 1, len(P1) + 1 + len(text[:500])) if text.strip() else None
    note = notebook.add(doc, text, anchor=anchor, tags=[tag] if tag.strip() else [])
    notebook.add_doc_tags(doc, [tag] if tag.strip() else ["t"])
    fresh = Notebook(path)
    assert fresh.get(note.id) == note
    assert fresh.get(note.id).text == text
    assert fresh.doc_tags(doc) == ((" ".join(tag.split()),) if tag.strip() else ("t",))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(st.characters(exclude_categories=["Cs"]), max_size=300),
    tags=st.lists(
        st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=20).filter(lambda t: t.strip()),
        max_size=4,
    ),
)
def test_any_text_round_trips(tmp_path, text, tags):
    path = tmp_path / "prop.json"
    notebook = Notebook(path)
    note = notebook.add(DocRef("d", "/x"), text, tags=tags)
    assert Notebook(path).get(note.id).text == text
    assert Notebook(path).get(note.id).tags == tuple(dict.fromkeys(" ".join(t.split()) for t in tags))


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_an_acknowledged_note(tmp_path):
    if not hasattr(os, "fork"):
        pytest.skip("needs fork")
    path = tmp_path / "crash.json"
    result = subprocess.run(
        [sys.executable, "-m", "tests.store.crash_worker", "crash", str(path), "300", "20240611"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"\ncrash test: {report}")
    assert report["kills"] >= 200
    assert report["writer_failures"] == 0  # every writer ran until it was killed
    assert report["acked"] >= report["kills"] * 9 // 10  # 9 rounds in 10 kill a writer that has saved notes
    assert report["lost"] == 0
    assert report["corrupt"] == 0
    notebook = Notebook(path)
    assert notebook.problem is None
    assert len(notebook.notes()) >= report["acked"]


@pytest.mark.slow
def test_two_processes_adding_500_notes_each_keep_all_1000(tmp_path):
    path = tmp_path / "shared.json"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.store.crash_worker", "add", str(path), "500", label],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for label in ("left", "right")
    ]
    outputs = [p.communicate(timeout=180) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    acked = [line for out, _ in outputs for line in out.split()]
    notebook = Notebook(path)
    notes = notebook.notes()
    print(f"\nconcurrency: {len(acked)} acknowledged, {len(notes)} in the file")
    assert len(acked) == 1000 and len(set(acked)) == 1000
    assert len(notes) == 1000
    assert {n.id for n in notes} == set(acked)
    assert sorted(u.notes for u in notebook.tag_uses()) == [500, 500]

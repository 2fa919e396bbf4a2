"""Hostile files (issue 11): refused in one line without blocking, read within bounds, names that are
not UTF-8 carry notes, control characters never leave store unescaped."""

from __future__ import annotations

import os
import stat

import pytest

from store.corpus.documents import load
from store.corpus.files import SourceFile, discover, read, read_capped
from store.corpus.library import Library
from store.errors import DocumentError, NotebookError
from store.notebook.notebook import Notebook
from tests.hostile_corpus import control_free, make_hostile_corpus, make_too_long_path

pytestmark = pytest.mark.timeout(60)  # a read that blocks fails the test instead of hanging the suite


@pytest.fixture
def corpus(tmp_path):
    return make_hostile_corpus(tmp_path / "corpus")


def test_fifo_is_refused_in_one_line_without_blocking(corpus):
    if "fifo" not in corpus:
        pytest.skip("no FIFOs here")
    with pytest.raises(DocumentError) as info:
        read(SourceFile(corpus["fifo"]))
    assert "named pipe" in str(info.value) and "\n" not in str(info.value)


def test_link_to_dev_zero_is_refused_not_read(corpus):
    if "dev_zero" not in corpus:
        pytest.skip("no /dev/zero")
    with pytest.raises(DocumentError, match="device"):
        read(SourceFile(corpus["dev_zero"]))


def test_reads_are_capped_by_bytes_actually_read(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    assert read_capped(path, limit=5000) == b"x" * 5000
    with pytest.raises(DocumentError, match="too large"):
        read_capped(path, limit=4999)


def test_discover_reports_special_files_and_keeps_the_rest(corpus):
    found, problems = discover([corpus["escapes"].parent])
    names = {s.path.name for s in found}
    assert "escapes.txt" in names and corpus["bad_name"].name in names
    assert "fifo.txt" not in names and "zero.txt" not in names and "sock.txt" not in names
    text = "\n".join(problems)
    if "fifo" in corpus:
        assert "fifo.txt: skipped (a named pipe" in text
    if "socket" in corpus:
        assert "sock.txt: skipped (a socket" in text
    assert all(control_free(p) and "\n" not in p for p in problems)


def test_a_fifo_given_by_name_is_a_problem_not_a_source(corpus):
    if "fifo" not in corpus:
        pytest.skip("no FIFOs here")
    found, problems = discover([corpus["fifo"]])
    assert found == [] and "named pipe" in problems[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_unreadable_folder_is_reported(tmp_path):
    (tmp_path / "ok.txt").write_text("A readable document.\n\nWith text.\n")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "x.txt").write_text("hidden\n")
    locked.chmod(0)
    try:
        _, problems = discover([tmp_path])
    finally:
        locked.chmod(0o755)
    assert any("locked: folder skipped (permission denied)" in p for p in problems)


def test_too_long_path_is_reported(tmp_path):
    top = make_too_long_path(tmp_path)
    found, problems = discover([top])
    assert found == []
    assert any("longer than the system allows" in p for p in problems), problems


def test_document_text_and_title_hold_no_control_characters(corpus):
    for name in ("escapes", "html_entities", "escape_name", "late_nul"):
        doc = load(SourceFile(corpus[name]))
        pieces = [doc.display_title, doc.author or "", doc.source or "", *(b.text for b in doc.blocks), *doc.removed]
        assert all(control_free(p) for p in pieces), name
    doc = load(SourceFile(corpus["escapes"]))
    body = "\n".join(b.text for b in doc.blocks)
    assert "␛[2J" in body and "␛]52;c;" in body and "\ufffd31m" in body  # shown, not dropped
    late = load(SourceFile(corpus["late_nul"]))
    assert "A NUL ␀ byte" in late.blocks[-1].text


def test_nul_only_file_is_binary(corpus):
    with pytest.raises(DocumentError, match="binary"):
        read(SourceFile(corpus["nul_only"]))


def test_utf16_without_bom_is_text(corpus):
    raw = read(SourceFile(corpus["utf16_no_bom"]))
    assert raw.decoded.encoding == "utf-16-le"
    assert raw.decoded.text.startswith("Armenia and Azerbaijan")


def test_name_that_is_not_utf8_opens_and_carries_notes(corpus, tmp_path):
    library = Library([corpus["escapes"].parent], summary_cache=False, document_cache=False)
    index = next(i for i, s in enumerate(library.sources) if s.path == corpus["bad_name"])
    doc = library.document(index)
    db = tmp_path / "notes.json"
    note = Notebook(db).add(doc, "a note on a file with a bad name", tags=["odd"])
    Notebook(db).add_doc_tags(doc, ["named-badly"])
    again = Notebook(db)
    [kept] = [n for n in again.notes() if n.id == note.id]
    assert os.fsencode(kept.doc_path) == os.fsencode(os.path.abspath(corpus["bad_name"]))
    assert [p.note.id for p in again.placed(doc)] == [note.id]
    assert "named-badly" in again.doc_tags(doc)


def test_error_for_a_bad_name_shows_escapes(corpus, tmp_path):
    path = corpus["bad_name"].with_name(os.fsdecode(b"gone-\xff.txt"))
    with pytest.raises(DocumentError) as info:
        read(SourceFile(path))
    assert "gone-\\xff.txt" in str(info.value) and control_free(str(info.value))


# -- the notes file -----------------------------------------------------------------------------


def _doc(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("A title\n\nSome text for a note to point at, long enough.\n")
    return load(SourceFile(path))


def test_notes_file_behind_a_link_is_written_through_it(tmp_path):
    real = tmp_path / "real" / "notes.json"
    real.parent.mkdir()
    Notebook(real).add(_doc(tmp_path), "first")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    via_link = Notebook(link)
    assert via_link.path == real
    via_link.add(_doc(tmp_path), "second")
    assert link.is_symlink()  # not replaced by a regular file
    assert sorted(n.text for n in Notebook(real).notes()) == ["first", "second"]


def test_read_only_notes_file_opens_read_only_and_is_not_rewritten(tmp_path):
    db = tmp_path / "notes.json"
    Notebook(db).add(_doc(tmp_path), "kept")
    db.chmod(0o444)
    before = db.read_bytes()
    notebook = Notebook(db)
    assert notebook.read_only and notebook.problem is not None
    assert "read-only" in str(notebook.problem) and "\n" not in str(notebook.problem)
    assert [n.text for n in notebook.notes()] == ["kept"]
    with pytest.raises(NotebookError):
        notebook.add(_doc(tmp_path), "refused")
    assert db.read_bytes() == before
    assert stat.S_IMODE(db.stat().st_mode) == 0o444

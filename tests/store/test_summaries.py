"""The persistent summary cache: reopening a corpus reads and cleans nothing; changed files are redone."""

from __future__ import annotations

import os
import time

import pytest

import store.corpus.library
from store.corpus.library import Library
from store.corpus.summaries import SummaryCache
from store.errors import DocumentError
from store.paths import summary_cache_dir

OLD = time.time() - 3600  # files older than the racy window are cached


def _corpus(tmp_path, count=4):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(count):
        path = folder / f"doc{i}.txt"
        path.write_text(f"Title number {i}\n\nPutin met Erdogan in Sochi to talk about item {i} at length.\n")
        os.utime(path, (OLD, OLD))
    return folder


def _no_loading(monkeypatch):
    def refuse(source, size=0):
        raise AssertionError(f"{source.path} was read and cleaned")

    monkeypatch.setattr(store.corpus.library, "load_by_size", refuse)


def test_reopening_a_corpus_serves_every_summary_from_the_cache(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    first, bad = Library([folder]).summaries(range(4))
    assert not bad and len(first) == 4
    assert any(summary_cache_dir().glob("*.json"))
    _no_loading(monkeypatch)
    again, bad = Library([folder]).summaries(range(4))
    assert again == first
    assert Library([folder]).summary(2) == first[2]


def test_an_edited_file_is_summarised_again(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    Library([folder]).summaries(range(4))
    edited = folder / "doc1.txt"
    edited.write_text("A new title\n\nLavrov answered at some length, and the text is longer now.\n")
    os.utime(edited, (OLD + 60, OLD + 60))
    good, _ = Library([folder]).summaries(range(4))
    assert good[1].title == "A new title"
    assert good[0].title == "Title number 0"


def test_files_written_just_now_are_not_trusted_to_the_cache(tmp_path):
    folder = _corpus(tmp_path, 1)
    fresh = folder / "doc0.txt"
    fresh.write_text("First version\n\nSome text about Armenia and Azerbaijan, long enough to keep.\n")
    Library([folder]).summaries([0])
    # same size, same (coarse) modification time: only the racy-file rule catches this edit
    stat = fresh.stat()
    fresh.write_text("Other version\n\nSome text about Armenia and Azerbaijan, long enough to keep.\n")
    os.utime(fresh, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    good, _ = Library([folder]).summaries([0])
    assert good[0].title == "Other version"


def test_files_that_cannot_be_opened_are_remembered_with_their_reason(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, 2)
    empty = folder / "empty.txt"
    empty.write_text("   \n")
    os.utime(empty, (OLD, OLD))
    library = Library([folder])
    index = [str(s.path) for s in library.sources].index(str(empty))
    _, bad = library.summaries(range(len(library)))
    assert bad == [f"{empty}: empty file"]
    _no_loading(monkeypatch)
    again = Library([folder])
    _, bad_again = again.summaries(range(len(again)))
    assert bad_again == bad
    with pytest.raises(DocumentError, match="empty file"):
        again.summary(index)


def test_a_corrupt_or_outdated_cache_file_is_ignored_and_replaced(tmp_path):
    folder = _corpus(tmp_path, 2)
    good, _ = Library([folder]).summaries(range(2))
    (cache_file,) = summary_cache_dir().glob("*.json")
    cache_file.write_text("{ not json")
    assert Library([folder]).summaries(range(2))[0] == good
    outdated = SummaryCache([str(folder)], cleaner_version=-1)
    assert outdated.path == cache_file
    assert outdated.get(os.path.abspath(folder / "doc0.txt"), (0, 0)) is None


def test_the_cache_can_be_turned_off(tmp_path):
    folder = _corpus(tmp_path, 2)
    Library([folder], summary_cache=False).summaries(range(2))
    assert not summary_cache_dir().exists() or not any(summary_cache_dir().glob("*.json"))

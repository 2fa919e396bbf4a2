"""The document cache: a document the reader opened shows again without cleaning; edits are cleaned again."""

from __future__ import annotations

import os
import time

import store.corpus.library
from store.corpus.document_cache import DocumentCache
from store.corpus.documents import load
from store.corpus.library import Library
from store.paths import document_cache_dir
from tests.conftest import DATA, SEEDS

OLD = time.time() - 3600  # files older than the racy window are cached


def _corpus(tmp_path, count=3):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(count):
        path = folder / f"doc{i}.txt"
        path.write_text(
            f"Title number {i}\n\nBy Jane Roe\n\nPutin met Erdogan in Sochi to talk about item {i} at length, "
            "and the talks went on for hours.\n\nShare on Facebook\n\nComments\n\nA reader wrote this.\n"
        )
        os.utime(path, (OLD, OLD))
    return folder


def _no_cleaning(monkeypatch):
    def refuse(source, size=0):
        raise AssertionError(f"{source.path} was read and cleaned")

    monkeypatch.setattr(store.corpus.library, "load_by_size", refuse)


def test_a_remembered_document_comes_back_equal_without_cleaning(tmp_path, monkeypatch):
    folder = _corpus(tmp_path)
    cleaned = Library([folder]).document(1, remember=True)
    assert any(document_cache_dir().rglob("*.json"))
    _no_cleaning(monkeypatch)
    again = Library([folder]).document(1)
    assert again == cleaned  # every field: id, title, author, blocks and their kinds, removed lines, encoding
    assert {b.kind for b in again.blocks} >= {"paragraph", "comment"}
    assert again.removed and again.author == "Jane Roe"


def test_real_articles_round_trip(tmp_path):
    cache = DocumentCache(tmp_path / "documents")
    library = Library([SEEDS, DATA / "article.html"], document_cache=cache)
    for source in library.sources:
        stamp = cache.stamp(source)
        doc = load(source)
        assert cache.put(stamp, doc)
        assert cache.get(stamp, source) == doc, source.path


def test_only_what_is_asked_to_be_remembered_is_written(tmp_path):
    folder = _corpus(tmp_path)
    library = Library([folder])
    library.summaries(range(3))
    library.document(0)
    assert not document_cache_dir().exists() or not any(document_cache_dir().rglob("*.json"))
    library.document(0, remember=True)  # already in memory: written now
    assert len(list(document_cache_dir().rglob("*.json"))) == 1


def test_an_edited_file_is_cleaned_again(tmp_path):
    folder = _corpus(tmp_path)
    Library([folder]).document(0, remember=True)
    edited = folder / "doc0.txt"
    edited.write_text("A new title\n\nLavrov answered at some length, and the text is longer now than it was.\n")
    os.utime(edited, (OLD + 60, OLD + 60))
    assert Library([folder]).document(0).display_title == "A new title"


def test_files_written_just_now_are_not_kept(tmp_path):
    folder = _corpus(tmp_path, 1)
    fresh = folder / "doc0.txt"
    fresh.write_text("First version\n\nSome text about Armenia and Azerbaijan, long enough to keep here.\n")
    Library([folder]).document(0, remember=True)
    # same size, same (coarse) modification time: only the racy-file rule catches this edit
    stat = fresh.stat()
    fresh.write_text("Other version\n\nSome text about Armenia and Azerbaijan, long enough to keep here.\n")
    os.utime(fresh, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert Library([folder]).document(0).display_title == "Other version"


def test_a_file_changed_while_it_was_cleaned_is_kept_under_its_old_stamp(tmp_path):
    folder = _corpus(tmp_path, 1)
    source = Library([folder]).sources[0]
    cache = DocumentCache(tmp_path / "documents")
    stamp = cache.stamp(source)  # taken before reading, as Library does
    doc = load(source)
    (folder / "doc0.txt").write_text(
        "Changed meanwhile\n\nA different text about the Kremlin and Ankara, long enough.\n"
    )
    os.utime(folder / "doc0.txt", (OLD + 120, OLD + 120))
    assert cache.put(stamp, doc)
    assert cache.get(cache.stamp(source), source) is None


def test_a_corrupt_cache_file_is_ignored_and_replaced(tmp_path):
    folder = _corpus(tmp_path, 1)
    cleaned = Library([folder]).document(0, remember=True)
    (cache_file,) = document_cache_dir().rglob("*.json")
    for damage in ("{ not json", '{"format": 1, "key": "other", "value": {}}', "\x00\x01"):
        cache_file.write_text(damage)
        library = Library([folder])
        assert library.document(0, remember=True) == cleaned
    assert Library([folder]).document(0) == cleaned


def test_the_cache_can_be_turned_off(tmp_path):
    folder = _corpus(tmp_path, 1)
    Library([folder], document_cache=False).document(0, remember=True)
    assert not document_cache_dir().exists() or not any(document_cache_dir().rglob("*.json"))

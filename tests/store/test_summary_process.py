"""Summaries of files the cache lacks, made in a child process: the same summaries, in order, cached."""

from __future__ import annotations

import os
import time

import store.corpus.library
import store.corpus.summary_process
from store.corpus.library import Library
from store.corpus.summary_process import summaries_in_order

OLD = time.time() - 3600  # files older than the racy window are cached


def _corpus(tmp_path, count):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(count):
        path = folder / f"doc{i:03}.txt"
        path.write_text(f"Title number {i}\n\nPutin met Erdogan in Sochi to talk about item {i} at length.\n")
        os.utime(path, (OLD, OLD))
    bad = folder / "zz-bad.txt"
    bad.write_bytes(b"")  # an empty file: not a document
    os.utime(bad, (OLD, OLD))
    return folder


def _no_loading_here(monkeypatch):
    def refuse(source, size=0):
        raise AssertionError(f"{source.path} was read and cleaned in the app's process")

    monkeypatch.setattr(store.corpus.library, "load_by_size", refuse)


def _all(library, **kwargs):
    good, bad, last = [], [], []
    for batch_good, batch_bad, done in summaries_in_order(library, **kwargs):
        good.extend(batch_good)
        bad.extend(batch_bad)
        last.append(done)
    return good, bad, last


def test_a_child_process_makes_the_same_summaries_in_order_and_caches_them(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, 12)
    expected, expected_bad = Library([folder], summary_cache=False).summaries(range(13))
    _no_loading_here(monkeypatch)  # from here on, nothing is cleaned in this process
    library = Library([folder])
    good, bad, last = _all(library, batch=5, process_from=3)
    assert good == expected
    assert [i.split(":")[0] for i in bad] == [i.split(":")[0] for i in expected_bad] and len(bad) == 1
    assert last == [False, False, True]  # three batches of 5, 5 and 3 files; the last says so
    again, again_bad, _ = _all(Library([folder]), batch=5)  # a new start: all from the cache, nothing cleaned
    assert again == expected and len(again_bad) == 1


def test_few_missing_files_are_summarised_in_the_calling_thread(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, 4)
    calls = []

    def no_child(*args, **kwargs):
        raise AssertionError("a child process was started for four files")

    monkeypatch.setattr(store.corpus.summary_process, "_with_child", no_child)
    good, bad, last = _all(Library([folder]), batch=10, between=lambda: calls.append(1))
    assert [s.title for s in good] == [f"Title number {i}" for i in range(4)]
    assert len(bad) == 1 and last == [True]
    assert len(calls) == 10  # the pause for the user's keys came before each file: looked up, then summarised


def test_with_a_child_the_calling_thread_pauses_for_the_user_before_each_file_it_looks_up(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, 12)
    _no_loading_here(monkeypatch)
    calls = []
    good, bad, _ = _all(Library([folder]), batch=5, process_from=3, between=lambda: calls.append(1))
    assert len(good) + len(bad) == 13
    # once while counting the files the cache lacks, once while looking each up, once before each batch's save
    assert len(calls) == 13 + 13 + 3


def test_stopping_ends_the_listing(tmp_path):
    folder = _corpus(tmp_path, 12)
    assert _all(Library([folder]), batch=5, process_from=3, stop=lambda: True) == ([], [], [])


def test_summaries_made_before_the_app_closes_are_kept_for_the_next_start(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, 6)
    library = Library([folder])
    library.summaries(range(3))  # the app quit after three of seven: not yet due for writing
    assert Library([folder]).cached_summary(0) is None
    library.save_summaries_if_due(closing=True)
    _no_loading_here(monkeypatch)
    again = Library([folder])
    assert [again.cached_summary(i).title for i in range(3)] == [f"Title number {i}" for i in range(3)]
    assert again.cached_summary(3) is None

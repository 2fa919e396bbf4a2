"""Notebook.recent_info / recent_generation: what the sidebar asks for each row and each document filtered,
the same answers as info() while looking at the notes file at most once per interval."""

from __future__ import annotations

import os

from store.corpus.library import Summary
from store.notebook.notebook import Notebook

from .notes_helpers import make_doc


def _summary(doc_id: str, path: str) -> Summary:
    return Summary(0, path, doc_id, "A title", True, None, None, None, "utf-8")


def test_recent_info_answers_as_info_does(tmp_path):
    notebook = Notebook(tmp_path / "n.json")
    noted = make_doc("Putin met Erdogan.", doc_id="noted", path=str(tmp_path / "a.txt"))
    tagged = make_doc("Baku.", doc_id="tagged", path=str(tmp_path / "b.txt"))
    notebook.add(noted, "a note", tags=["Russia"])
    notebook.add_doc_tags(tagged, ["review"])
    docs = [
        _summary("noted", noted.path),
        _summary("tagged", tagged.path),
        _summary("edited", noted.path),  # the file was edited: another id, the same path
        _summary("plain", str(tmp_path / "c.txt")),
    ]
    for summary in docs:
        assert notebook.recent_info(summary) == notebook.info(summary)
    assert notebook.recent_info(docs[0]).note_count == 1
    assert notebook.recent_info(docs[2]).note_count == 1
    assert notebook.recent_info(docs[1]).tags == ("review",)
    assert notebook.recent_info(docs[3]).note_count == 0


def test_this_notebooks_changes_count_at_once_another_process_within_the_interval(tmp_path, monkeypatch):
    path = tmp_path / "n.json"
    notebook = Notebook(path)
    doc = make_doc("Putin met Erdogan.", doc_id="d", path=str(tmp_path / "a.txt"))
    summary = _summary("d", doc.path)
    before = notebook.recent_generation(within=3600)
    notebook.add(doc, "mine")
    assert notebook.recent_generation(within=3600) != before  # no wait for the file's next look
    assert notebook.recent_info(summary, within=3600).note_count == 1

    looks: list[str] = []
    real_stat = os.stat

    def counting_stat(target, *args, **kwargs):
        if str(target) == str(path):
            looks.append(str(target))
        return real_stat(target, *args, **kwargs)

    Notebook(path).add(doc, "another process's")
    monkeypatch.setattr(os, "stat", counting_stat)
    for _ in range(1000):  # a filter pass over a thousand documents: the file is not looked at
        assert notebook.recent_info(summary, within=3600).note_count == 1
    assert looks == []
    assert notebook.recent_info(summary, within=0).note_count == 2  # the interval over: looked at, seen
    assert looks  # looked at (a stat, and the read of what changed)

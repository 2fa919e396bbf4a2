"""Where actorlens keeps things: one rule per folder and per environment variable (store/paths.py)."""

from __future__ import annotations

import os
from pathlib import Path

from store import paths
from store.cache import AnalysisCache
from store.corpus.document_cache import DocumentCache
from store.corpus.summaries import SummaryCache
from store.notebook.notebook import Notebook
from store.state import StateStore


def test_one_cache_variable_puts_every_cache_under_it(tmp_path, monkeypatch):
    # It used to put the analysis cache at $ACTORLENS_CACHE itself but documents under .../documents.
    monkeypatch.setenv("ACTORLENS_CACHE", str(tmp_path / "X"))
    assert AnalysisCache().root == tmp_path / "X" / "analysis"
    assert DocumentCache()._files.root == tmp_path / "X" / "documents"
    assert SummaryCache([tmp_path], 1).path.parent == tmp_path / "X" / "summaries"
    assert {p.parent for p in (AnalysisCache().root, paths.document_cache_dir(), paths.summary_cache_dir())} == {
        tmp_path / "X"
    }


def test_an_alias_made_in_the_app_goes_to_the_config_folder_when_it_is_set(tmp_path, monkeypatch):
    # It used to go to ~/.config/actorlens/actors.toml even with ACTORLENS_CONFIG set.
    from store.actors.analysis import Analyzer

    monkeypatch.delenv("ACTORLENS_ACTORS", raising=False)
    monkeypatch.setenv("ACTORLENS_CONFIG", str(tmp_path / "conf"))
    analyzer = Analyzer(ner=False)
    analyzer.add_alias("vladimir-putin", "the man in the Kremlin office")
    written = tmp_path / "conf" / "actors.toml"
    assert "the man in the Kremlin office" in written.read_text(encoding="utf-8")
    assert paths.keymap_file() == tmp_path / "conf" / "keys.toml"


def test_actors_and_keys_share_the_config_folder_by_default(monkeypatch):
    for name in ("ACTORLENS_CONFIG", "ACTORLENS_ACTORS"):
        monkeypatch.delenv(name, raising=False)
    assert paths.user_actors_file().parent == paths.keymap_file().parent == paths.config_dir()
    assert paths.config_dir().name == "actorlens"


def test_each_variable_names_its_place_and_empty_means_unset(tmp_path, monkeypatch):
    monkeypatch.setenv("ACTORLENS_DB", str(tmp_path / "n.json"))
    monkeypatch.setenv("ACTORLENS_STATE", str(tmp_path / "state"))
    monkeypatch.setenv("ACTORLENS_ACTORS", str(tmp_path / "mine.toml"))
    assert Notebook().path == tmp_path / "n.json"
    assert StateStore([tmp_path]).path.parent == tmp_path / "state"
    assert paths.user_actors_file() == tmp_path / "mine.toml"
    monkeypatch.setenv("ACTORLENS_DB", "  ")
    assert paths.notes_file().name == "notes.json" and paths.notes_file().parent != Path(".")
    monkeypatch.setenv("ACTORLENS_NER", "Off")
    assert not paths.ner_enabled()
    monkeypatch.setenv("ACTORLENS_NER", "on")
    assert paths.ner_enabled()


def test_no_module_but_paths_reads_the_environment():
    root = Path(__file__).resolve().parents[2]
    readers = sorted(
        str(p.relative_to(root))
        for folder in ("store", "tui")
        for p in (root / folder).rglob("*.py")
        if "environ" in p.read_text(encoding="utf-8") and p.name != "paths.py"
    )
    assert readers == []


def test_escape_delay_is_short_unless_the_user_chose_one(monkeypatch):
    monkeypatch.delenv("ESCDELAY", raising=False)
    assert paths.use_short_escape_delay() is True  # ours: a lone escape byte is then escape at once
    assert os.environ["ESCDELAY"] == "10"
    monkeypatch.setenv("ESCDELAY", "300")
    assert paths.use_short_escape_delay() is False
    assert os.environ["ESCDELAY"] == "300"


def test_a_source_file_opens_with_the_desktop_else_the_pager(tmp_path, monkeypatch):
    import stat
    import sys

    if sys.platform == "darwin":
        return  # `open` is always there
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("xdg-open", "most"):
        program = bin_dir / name
        program.write_text("#!/bin/sh\n")
        program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("DISPLAY", ":0")
    assert paths.file_opener() == (["xdg-open"], False)
    monkeypatch.delenv("DISPLAY")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("PAGER", "most -s")
    assert paths.file_opener() == (["most", "-s"], True)
    monkeypatch.setenv("PAGER", "no-such-pager")
    assert paths.file_opener() is None  # and no less on this PATH either

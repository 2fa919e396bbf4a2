"""The analysis cache: reopening runs no NLP, dictionary edits reuse NER, bad entries are ignored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store.actors import analysis
from store.actors.analysis import Analyzer
from store.cache import AnalysisCache

from .actor_helpers import doc_of


def _docs():
    from tests.bench.scoring import seed_documents

    return seed_documents()[:2]


def _mentions(docs):
    return [[b.mentions for b in d.blocks] for d in docs]


def test_cache_roundtrip_and_mismatched_key(tmp_path: Path):
    cache = AnalysisCache(tmp_path)
    assert cache.get("a") is None
    assert cache.put("a", {"x": [1, 2]})
    assert cache.get("a") == {"x": [1, 2]}
    path = cache.path("a")
    data = json.loads(path.read_text())
    data["key"] = "b"
    path.write_text(json.dumps(data))
    assert cache.get("a") is None  # a file that answers another key is not trusted


def test_unwritable_cache_is_not_an_error(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = AnalysisCache(blocker / "cache")
    assert cache.put("a", 1) is False
    assert cache.get("a") is None
    analyzer = Analyzer(ner=False, cache=cache, user_actors=False)
    assert analyzer.analyze(doc_of("Putin")).blocks[0].mentions[0].actor_id == "vladimir-putin"


@pytest.mark.parametrize("ner", [True, False])
def test_second_run_does_no_nlp(tmp_path: Path, ner: bool):
    docs = _docs()
    first = Analyzer(ner=ner, cache=AnalysisCache(tmp_path), user_actors=False)
    one = first.analyze_many(docs)
    assert first.tokenized_texts > 0
    assert (first.ner_texts > 0) == first.has_ner
    second = Analyzer(ner=ner, cache=AnalysisCache(tmp_path), user_actors=False)
    two = second.analyze_many(docs)
    assert (second.ner_texts, second.tokenized_texts) == (0, 0)
    assert _mentions(two) == _mentions(one)


def test_reopening_from_cache_does_not_even_import_spacy(tmp_path: Path):
    code = (
        "import sys\n"
        "from store.actors.analysis import Analyzer\n"
        "from store.cache import AnalysisCache\n"
        "from tests.bench.scoring import seed_documents\n"
        f"a = Analyzer(cache=AnalysisCache({str(tmp_path)!r}), user_actors=False)\n"
        "docs = a.analyze_many(seed_documents()[:2])\n"
        "print(sum(len(b.mentions) for d in docs for b in d.blocks), 'spacy' in sys.modules, a.ner_texts)\n"
    )
    root = Path(__file__).resolve().parents[2]
    run = lambda: subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)  # noqa: E731
    count, imported, _ = run().stdout.split()
    assert int(count) > 50 and imported == "True"
    again = run().stdout.split()
    assert again == [count, "False", "0"]


def test_dictionary_edit_reuses_cached_ner(tmp_path: Path):
    docs = [doc_of("Political commentator Aleksandr Zhelenin spoke to Putin.")]
    user = tmp_path / "actors.toml"
    first = Analyzer(cache=AnalysisCache(tmp_path / "c"), user_actors=user)
    first.analyze_many(docs)
    second = Analyzer(cache=AnalysisCache(tmp_path / "c"), user_actors=user)
    second.add_alias("vladimir-putin", "Vova")  # the dictionary digest changes: mentions are redone...
    out = second.analyze_many(docs)
    assert second.ner_texts == 0 and second.tokenized_texts == 1  # ...but only the dictionary pass runs
    if second.has_ner:
        assert [(m.text, m.actor_id) for m in out[0].blocks[0].mentions] == [
            ("Aleksandr Zhelenin", None),
            ("Putin", "vladimir-putin"),
        ]


def test_corrupt_entries_are_ignored(tmp_path: Path):
    docs = _docs()
    good = _mentions(Analyzer(ner=False, cache=AnalysisCache(tmp_path), user_actors=False).analyze_many(docs))
    files = list(tmp_path.rglob("*.json"))
    assert files
    for n, path in enumerate(files):
        path.write_text(["{", "[]", '{"format": 1, "key": 3}', "\x00\x01"][n % 4])
    again = Analyzer(ner=False, cache=AnalysisCache(tmp_path), user_actors=False)
    assert _mentions(again.analyze_many(docs)) == good
    assert again.tokenized_texts > 0


def test_wrong_offsets_in_a_cache_entry_are_not_trusted(tmp_path: Path):
    docs = [doc_of("Putin and Erdogan")]
    cache = AnalysisCache(tmp_path)
    Analyzer(ner=False, cache=cache, user_actors=False).analyze_many(docs)
    (path,) = list(tmp_path.rglob("*.json"))
    data = json.loads(path.read_text())
    data["value"]["texts"][1][0][1] = 999  # texts: the title, then each block
    path.write_text(json.dumps(data))
    again = Analyzer(ner=False, cache=AnalysisCache(tmp_path), user_actors=False)
    assert [m.text for m in again.analyze_many(docs)[0].blocks[0].mentions] == ["Putin", "Erdogan"]


def test_key_includes_cleaner_version(tmp_path: Path, monkeypatch):
    docs = [doc_of("Putin and Erdogan")]
    Analyzer(ner=False, cache=AnalysisCache(tmp_path), user_actors=False).analyze_many(docs)
    monkeypatch.setattr(analysis, "CLEANER_VERSION", analysis.CLEANER_VERSION + 1)
    again = Analyzer(ner=False, cache=AnalysisCache(tmp_path), user_actors=False)
    again.analyze_many(docs)
    assert again.tokenized_texts == 1


def test_progress_reports_every_document(tmp_path: Path):
    calls = []
    Analyzer(ner=False, cache=AnalysisCache(tmp_path), user_actors=False).analyze_many(
        _docs(), progress=lambda done, total: calls.append((done, total))
    )
    assert calls[-1] == (2, 2)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_a_long_list_is_encoded_a_slice_at_a_time_as_one_call_would(monkeypatch):
    """store.cache._json encodes long lists in slices (no long hold of the interpreter lock); the text is
    the same as one call of json_text, whatever the nesting and the values."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    import store.cache as cache_module
    from store.sanitize import json_text

    monkeypatch.setattr(cache_module, "SLICE", 3)
    leaves = st.none() | st.booleans() | st.integers() | st.text(max_size=5)
    values = st.recursive(
        leaves, lambda inner: st.lists(inner, max_size=9) | st.dictionaries(st.text(max_size=3), inner, max_size=4)
    )

    @settings(max_examples=300, deadline=None)
    @given(value=values)
    def check(value):
        assert cache_module._json(value) == json_text(value, indent=None, separators=(",", ":"))

    check()

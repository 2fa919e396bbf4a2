"""The full-text index: query language, folding, ranking and keeping current with the files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.corpus.search_index import Query, SearchIndex, fold
from store.model import Block, Document


@dataclass
class Source:
    path: str


class FakeLibrary:
    """Documents whose blocks are the file's paragraphs (blank-line separated), first line the title."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.loads = 0
        self.refresh()

    def refresh(self) -> None:
        self.sources = [Source(str(p)) for p in sorted(self.folder.glob("*.txt"))]

    def document(self, index: int) -> Document:
        self.loads += 1
        path = self.sources[index].path
        text = Path(path).read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        blocks = tuple(Block("paragraph", p.strip()) for p in body.split("\n\n") if p.strip())
        return Document(os.path.basename(path), path, title, None, None, None, blocks)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[FakeLibrary, SearchIndex]:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "Talks in Moscow\nPutin met Erdoğan in Sochi.\n\nThe Nagorno-Karabakh ceasefire held.\n\nTurkey sent drones.",
        encoding="utf-8",
    )
    (docs / "b.txt").write_text(
        "Erdogan alone\nErdogan spoke about Turkey and peace talks.\n\nKarabakh was quiet.", encoding="utf-8"
    )
    (docs / "c.txt").write_text("Putin alone\nPutin spoke about talks of peace.", encoding="utf-8")
    library = FakeLibrary(docs)
    index = SearchIndex.for_roots([str(docs)], cleaner_version=1, folder=tmp_path / "index")
    assert index.sync(library) == 3
    return library, index


def titles(found) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted({hit.title for hit in found.hits})


def test_words_are_all_required_in_any_order(corpus) -> None:  # type: ignore[no-untyped-def]
    _, index = corpus
    assert titles(index.search("erdogan putin")) == ["Talks in Moscow"]
    assert titles(index.search("putin")) == ["Putin alone", "Talks in Moscow"]


def test_accents_and_case_fold_both_ways(corpus) -> None:  # type: ignore[no-untyped-def]
    _, index = corpus
    assert titles(index.search("ERDOGAN")) == ["Erdogan alone", "Talks in Moscow"]
    assert titles(index.search("Erdoğan")) == ["Erdogan alone", "Talks in Moscow"]


def test_hyphenated_word_is_a_phrase_and_hyphens_fold(corpus) -> None:  # type: ignore[no-untyped-def]
    _, index = corpus
    assert titles(index.search("nagorno-karabakh")) == ["Talks in Moscow"]
    assert titles(index.search('"nagorno karabakh"')) == ["Talks in Moscow"]
    assert titles(index.search('"karabakh nagorno"')) == []  # a phrase keeps its order


def test_phrase_exclusion_and_prefix(corpus) -> None:  # type: ignore[no-untyped-def]
    _, index = corpus
    assert titles(index.search('"peace talks"')) == ["Erdogan alone"]
    assert titles(index.search("talks peace -turkey")) == ["Putin alone"]
    assert titles(index.search("karaba*")) == ["Erdogan alone", "Talks in Moscow"]
    found = index.search("-putin")
    assert found.hits == () and found.error and "exclusions" in found.error


def test_hits_carry_block_snippet_and_marks(corpus) -> None:  # type: ignore[no-untyped-def]
    _, index = corpus
    hit = next(h for h in index.search("drones").hits)
    assert hit.title == "Talks in Moscow" and hit.block == 2
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "drones"
    title_hit = index.search("moscow").hits[0]
    assert title_hit.block == -1  # found in the title


def test_sync_reindexes_only_what_changed_and_forgets_deleted_files(corpus) -> None:  # type: ignore[no-untyped-def]
    library, index = corpus
    assert index.sync(library) == 0  # nothing changed
    path = Path(library.sources[2].path)
    path.write_text("Putin alone\nPutin visited Minsk.", encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    assert index.sync(library) == 1
    assert titles(index.search("minsk")) == ["Putin alone"]
    assert titles(index.search('"talks of peace"')) == []
    Path(library.sources[1].path).unlink()
    library.refresh()
    index.sync(library)
    assert titles(index.search("erdogan")) == ["Talks in Moscow"]
    assert index.count() == 2


def test_a_new_cleaner_version_rebuilds_the_index(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library, index = corpus
    newer = SearchIndex(index.path, cleaner_version=2)
    assert newer.count() == 0
    assert newer.sync(library) == 3


def test_stop_interrupts_indexing_and_the_rest_is_indexed_next_time(tmp_path: Path) -> None:
    docs = tmp_path / "many"
    docs.mkdir()
    for i in range(100):
        (docs / f"{i:03}.txt").write_text(f"Doc {i}\nword{i} common", encoding="utf-8")
    library = FakeLibrary(docs)
    index = SearchIndex.for_roots([str(docs)], 1, folder=tmp_path / "ix")
    calls = {"n": 0}

    def stop() -> bool:
        calls["n"] += 1
        return calls["n"] > 1  # asked before each batch of documents

    first = index.sync(library, stop=stop)
    assert 0 < first < 100
    assert index.sync(library) == 100 - first
    assert len(index.search("common", limit=500).hits) == 100


def test_spans_highlight_the_original_text() -> None:
    query = Query.parse("erdogan nagorno-karabakh")
    text = "Mr Erdoğan spoke of Nagorno–Karabakh and NAGORNO-KARABAKH."
    assert [text[a:b] for a, b in query.spans(text)] == ["Erdoğan", "Nagorno–Karabakh", "NAGORNO-KARABAKH"]
    assert [text[a:b] for a, b in Query.parse("karaba*").spans(text)] == ["Karabakh", "KARABAKH"]
    assert Query.parse("erdo").spans(text) == []  # whole words unless a prefix is asked for


@settings(deadline=None)  # each example makes an index file: on a loaded machine over the 200 ms default
@given(st.text(max_size=60))
def test_any_query_parses_and_searches_without_error(tmp_path_factory, text: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("fuzz")
    index = SearchIndex(folder / "ix.sqlite", 1)
    found = index.search(text)
    assert found.error is None or "exclusions" in found.error
    index.close()


def test_fold() -> None:
    assert fold("Erdoğan ÇAVUŞOĞLU") == "erdogan cavusoglu"


def test_a_damaged_index_file_is_built_again(corpus) -> None:  # type: ignore[no-untyped-def]
    library, index = corpus
    index.close()
    for suffix in ("-wal", "-shm"):
        Path(str(index.path) + suffix).unlink(missing_ok=True)
    index.path.write_bytes(b"this is not a database" * 100)
    damaged = SearchIndex(index.path, cleaner_version=1)
    assert damaged.search("putin").hits == ()  # a search never raises: nothing found until rebuilt
    assert damaged.sync(library) == 3
    assert titles(damaged.search("putin")) == ["Putin alone", "Talks in Moscow"]


def test_an_index_damaged_while_open_is_built_again_by_the_next_sync(corpus) -> None:  # type: ignore[no-untyped-def]
    library, index = corpus
    index.close()
    data = bytearray(index.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header's page count and the schema page
    index.path.write_bytes(bytes(data))
    again = SearchIndex(index.path, cleaner_version=1)
    assert again.sync(library) == 3
    assert titles(again.search("erdogan")) == ["Erdogan alone", "Talks in Moscow"]


def test_keep_current_waits_while_another_process_writes(corpus) -> None:  # type: ignore[no-untyped-def]
    import threading

    from store.corpus.search_indexer import keep_current

    library, index = corpus
    Path(library.sources[0].path).write_text("Talks in Moscow\nLavrov came too.", encoding="utf-8")
    stamp = Path(library.sources[0].path).stat()
    os.utime(library.sources[0].path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 5_000_000_000))
    other = index.writer_lock()
    other.acquire()  # "another app": filelock's locks are per path and thread here
    seen: list[int] = []
    result: list[int] = []
    runner = threading.Thread(
        target=lambda: result.append(keep_current(SearchIndex(index.path, 1), library.sources, waiting=seen.append))
    )
    runner.start()
    runner.join(1.5)
    assert runner.is_alive() and seen == [3] * len(seen) and seen  # waiting, with how much is indexed
    other.release()
    runner.join(30)
    assert result == [1]
    assert titles(index.search("lavrov")) == ["Talks in Moscow"]


def test_cleaning_in_a_child_process_indexes_the_same(tmp_path: Path) -> None:
    from store.corpus.files import SourceFile
    from store.corpus.search_indexer import keep_current

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(45):  # two batches
        (docs / f"{i:02}.txt").write_text(f"Report {i}\n\nThe envoy met Çavuşoğlu about item{i}.\n", encoding="utf-8")
    sources = [SourceFile(p) for p in sorted(docs.glob("*.txt"))]
    index = SearchIndex.for_roots([str(docs)], 1, folder=tmp_path / "ix")
    progress: list[tuple[int, int]] = []
    assert keep_current(index, sources, progress=lambda d, t: progress.append((d, t)), process_from=1) == 45
    assert progress[-1] == (45, 45)
    assert len(index.search("cavusoglu", limit=100).hits) == 45
    assert [h.title for h in index.search("item44").hits] == ["Report 44"]


def test_search_history_keeps_recent_queries_once(tmp_path: Path) -> None:
    from store.corpus.search_history import LIMIT, SearchHistory

    history = SearchHistory(tmp_path)
    for query in ("putin", "erdogan", "  putin  ", ""):
        history.add(query)
    assert SearchHistory(tmp_path).queries == ["erdogan", "putin"]
    for i in range(LIMIT + 5):
        history.add(f"q{i}")
    assert len(SearchHistory(tmp_path).queries) == LIMIT
    (tmp_path / "search-history.json").write_text("{not json", encoding="utf-8")
    assert SearchHistory(tmp_path).queries == []


def test_found_counts_every_matching_passage_beyond_those_kept(tmp_path: Path) -> None:
    """Ranked hits stop at the limit (and at so many a document); ``total`` still counts every match, so
    the search can say '3 passages, the best of 12'."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(3):
        body = "\n\n".join(f"Putin spoke in paragraph {k} of {n}." for k in range(4))
        (docs / f"{n}.txt").write_text(f"Title {n}\n{body}", encoding="utf-8")
    index = SearchIndex.for_roots([str(docs)], cleaner_version=1, folder=tmp_path / "index")
    assert index.sync(FakeLibrary(docs)) == 3
    found = index.search("putin", limit=3)
    assert len(found.hits) == 3
    assert found.total == 12
    assert index.search("nobody").total == 0

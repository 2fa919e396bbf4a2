"""Drafts of notes survive restarts and crashes, one per target."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from store.notebook.drafts import Draft, Drafts, draft_key


def test_a_draft_comes_back_for_the_same_target_only(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    passage = draft_key("doc1", block=3, start=10, end=42)
    drafts.save(passage, Draft("half a thought", ("war",), title="Putin and Erdogan"))
    again = Drafts(tmp_path).load(passage)  # a new process
    assert again is not None and again.text == "half a thought" and again.tags == ("war",)
    assert drafts.load(draft_key("doc1", block=3, start=10, end=43)) is None
    assert drafts.load(draft_key("doc1")) is None
    assert drafts.load(draft_key("doc1", note_id="n1")) is None


def test_discard_and_listing(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    drafts.save(draft_key("a"), Draft("first"))
    drafts.save(draft_key("b", note_id="n2"), Draft("second"))
    assert {d.text for d in drafts.all()} == {"first", "second"}
    drafts.discard(draft_key("a"))
    drafts.discard(draft_key("never saved"))  # no error
    assert [d.text for d in drafts.all()] == ["second"]


def test_a_damaged_draft_file_is_ignored_not_deleted(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path)
    key = draft_key("doc")
    drafts.save(key, Draft("text"))
    (path,) = tmp_path.glob("*.json")
    path.write_text("{not json", encoding="utf-8")
    assert drafts.load(key) is None and drafts.all() == []
    assert path.exists()
    path.write_text(json.dumps({"key": "other", "text": "x"}), encoding="utf-8")
    assert drafts.load(key) is None  # a file that belongs to another key (hash collision) is not taken


def test_an_unwritable_folder_reports_false(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert Drafts(blocker / "drafts").save(draft_key("d"), Draft("x")) is False


@settings(deadline=None)  # each example fsyncs a file: slow on a loaded disk, and not what is tested
@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())), st.lists(st.text(max_size=10), max_size=3))
def test_any_text_round_trips(tmp_path_factory, text: str, tags: list[str]) -> None:  # type: ignore[no-untyped-def]
    drafts = Drafts(tmp_path_factory.mktemp("d"))
    key = draft_key("doc", block=1)
    assert drafts.save(key, Draft(text, tuple(tags)))
    back = drafts.load(key)
    assert back is not None and back.text == text and back.tags == tuple(tags)


def test_the_writer_keeps_and_discards_in_the_order_asked(tmp_path: Path) -> None:
    """A discard asked after a keep is never overtaken by it (the editor saves, then the draft goes)."""
    from store.notebook.drafts import DraftSlot, DraftWriter

    writer = DraftWriter(Drafts(tmp_path))
    slot = DraftSlot(writer, draft_key("doc", block=2), "a title")
    for i in range(50):
        slot.keep(f"version {i}", ("war", "-peace"))
    assert slot.load() == Draft("version 49", ("war", "-peace"), "a title", slot.key, slot.load().saved)  # type: ignore[union-attr]
    for i in range(20):
        slot.keep(f"again {i}")
    slot.discard()
    writer.flush()
    assert slot.load() is None and list(tmp_path.glob("*.json")) == []
    assert Drafts(tmp_path).all() == []

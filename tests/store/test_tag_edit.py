"""Tag fields add: typed words join the tags there are, -tag removes one (store.notebook.tags.edit_tags)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from store.notebook.tags import edit_tags, tag_edit_words


def test_typing_adds_to_the_tags_there_are() -> None:
    assert edit_tags(("war", "Caucasus"), "pskov") == ("war", "Caucasus", "pskov")
    assert edit_tags(("war",), "") == ("war",)
    assert edit_tags((), "#a, b  #c") == ("a", "b", "c")


def test_minus_removes_ignoring_case_and_hash() -> None:
    assert edit_tags(("war", "Caucasus"), "-caucasus") == ("war",)
    assert edit_tags(("war", "Caucasus"), "-#WAR new") == ("Caucasus", "new")
    assert edit_tags(("war",), "-absent") == ("war",)
    assert edit_tags(("war",), "- -# -") == ("war",)  # a lone sign names nothing


def test_an_existing_tag_typed_again_is_not_doubled() -> None:
    assert edit_tags(("War",), "war WAR") == ("War",)


def test_words_of_a_field() -> None:
    assert tag_edit_words(" #a,-b -#c d ") == ["a", "-b", "-c", "d"]


words = st.text(alphabet="abcXYZ", min_size=1, max_size=4)


@given(st.lists(words, max_size=5, unique_by=str.casefold), st.lists(words, max_size=5))
def test_what_is_not_named_is_kept(current: list[str], added: list[str]) -> None:
    after = edit_tags(current, " ".join(added))
    assert after[: len(current)] == tuple(current)  # typing never drops or reorders a tag
    assert {t.casefold() for t in after} == {t.casefold() for t in current + added}

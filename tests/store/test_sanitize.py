"""store.sanitize: the one rule for text on its way to a terminal."""

from __future__ import annotations

import json
import os

from hypothesis import given
from hypothesis import strategies as st

from store.sanitize import is_safe, json_text, visible, visible_name
from tests.hostile_corpus import ESCAPES, control_free

# Every code point, lone surrogates included (st.text leaves them out by default).
any_text = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()))


@given(any_text)
def test_visible_keeps_length_and_leaves_no_control_character(text):
    shown = visible(text)
    assert len(shown) == len(text)
    assert control_free(shown)
    assert is_safe(shown)
    shown.encode("utf-8")  # no lone surrogate left: printable on any UTF-8 terminal
    assert visible(shown) == shown


@given(st.text(st.characters(exclude_categories=("Cc", "Cs"))))
def test_visible_changes_nothing_in_ordinary_text(text):
    assert visible(text) == text


def test_escapes_become_pictures():
    assert visible("a\x1b[2Jb\x00c\x7fd\x9be\tf\ng") == "a␛[2Jb␀c␡d\ufffde\tf\ng"
    for seq in ESCAPES:
        assert "\x1b" not in visible(seq) and "\x07" not in visible(seq)


@given(st.binary(max_size=40))
def test_visible_name_shows_undecodable_bytes_as_escapes(raw):
    name = os.fsdecode(raw)
    shown = visible_name(name)
    assert control_free(shown) and "\n" not in shown and "\t" not in shown
    shown.encode("utf-8")
    if b"\xff" in raw:
        assert "\\xff" in shown


@given(st.recursive(st.none() | st.booleans() | st.integers() | any_text,
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(any_text, inner, max_size=3),
                    max_leaves=8))
def test_json_text_is_control_free_and_faithful(data):
    text = json_text(data)
    assert control_free(text)
    text.encode("utf-8")
    assert json.loads(text) == data

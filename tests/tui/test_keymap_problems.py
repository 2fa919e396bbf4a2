"""keys.toml (issue 11): a key name that does not exist and two bindings of one area on one key are each
reported in one line naming the file, and the default keys are used."""

from __future__ import annotations

import pytest
from textual.binding import Binding

from tui.keymap import load_keymap

KNOWN = {
    "reader.next_paragraph": Binding("j,down", "cursor_down", id="reader.next_paragraph"),
    "reader.previous_paragraph": Binding("k,up", "cursor_up", id="reader.previous_paragraph"),
    "app.quit": Binding("q", "quit", id="app.quit"),
}


@pytest.mark.parametrize(
    "content, problem",
    [
        ('[keys]\n"app.quit" = "ctrl+nosuchkey"\n', "no key is called 'ctrl+nosuchkey'"),
        ('[keys]\n"app.quit" = "hyperspace"\n', "no key is called 'hyperspace'"),
        ('[keys]\n"reader.next_paragraph" = "k"\n', "'k' is given to both"),
        ('[keys]\n"app.quit" = "j"\n', None),  # another area's key: no conflict
    ],
)
def test_bad_key_names_and_conflicts_are_one_line_and_the_defaults(tmp_path, content, problem):
    path = tmp_path / "keys.toml"
    path.write_text(content)
    keymap, message = load_keymap(KNOWN, path)
    if problem is None:
        assert message is None and keymap == {"app.quit": "j"}
        return
    assert keymap == {}
    assert message is not None and "\n" not in message
    assert problem in message and "keys.toml" in message and message.endswith("using the default keys")

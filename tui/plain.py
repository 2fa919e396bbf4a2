"""Text from documents on one terminal line: control characters (escape sequences, newlines, tabs)
become spaces, so nothing from outside can move the cursor or restyle the terminal."""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def plain(text: str) -> str:
    """text with every control character replaced by a space (same length: offsets stay valid)."""
    return _CONTROLS.sub(" ", text)

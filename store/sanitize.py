"""The one rule for text from outside on its way to a terminal.

Text from files, file names, notes, tags, actor names and config may hold control characters: an
ESC starts a terminal escape sequence (clear the screen, set the window title, write the clipboard
with OSC 52, ask for a cursor report that lands in the shell), and C1 characters (U+0080-U+009F)
are the same escapes in one character on many terminals. Every such character except newline and
tab is shown as a visible stand-in before the text reaches a terminal:

- ``visible`` keeps the length (one character for one), so offsets into a document stay valid:
  a C0 control becomes its Unicode "control picture" (ESC → ␛, NUL → ␀), DEL becomes ␡, a C1
  control and a lone surrogate become U+FFFD.
- ``visible_name`` is for file names and paths: it shows bytes that are not UTF-8 (carried by
  ``os.fsdecode`` as surrogates) and control characters as ``\\xNN`` escapes, like ``ls -b``.
- ``json_text`` is JSON whose raw control characters (JSON already escapes C0) are escaped too.

Pure functions, no I/O.
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 except \t and \n, DEL, C1, and every surrogate code point.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff\u2028\u2029]")

_PICTURES = {i: chr(0x2400 + i) for i in range(0x20)}
_PICTURES[0x7F] = "\u2421"
REPLACEMENT = "\ufffd"


def _picture(match: re.Match[str]) -> str:
    return _PICTURES.get(ord(match.group()), REPLACEMENT)


def visible(text: str) -> str:
    """``text`` with every control character but newline and tab (and every lone surrogate) made
    visible, one character for one."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_picture, text)


def is_safe(text: str) -> bool:
    """True when ``text`` holds nothing ``visible`` would change."""
    return _UNSAFE.search(text) is None


def _escape_name(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, carried by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


_NAME_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")


def visible_name(name: str) -> str:
    """A file name or path for display: undecodable bytes and control characters (tab and newline
    included: a name is one line) as ``\\xNN`` escapes."""
    if _NAME_UNSAFE.search(name) is None:
        return name
    return _NAME_UNSAFE.sub(_escape_name, name)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: Any, *, indent: int | None = 2, separators: tuple[str, str] | None = None) -> str:
    """``data`` as JSON that is safe on a terminal and faithful: JSON escapes C0 itself; DEL, C1, lone
    surrogates and the line separators are written as ``\\uXXXX`` escapes, which are valid only inside
    strings, where they are. Also what files of ours are written with: a path that is not UTF-8 (lone
    surrogates from os.fsdecode) is saved as escapes and read back as the same string."""
    return _JSON_UNSAFE.sub(_json_escape, json.dumps(data, ensure_ascii=False, indent=indent, separators=separators))

"""A hostile corpus, made on demand in a temp folder: the cases of issue 11.

    cases = make_hostile_corpus(tmp_path / "corpus")
    cases["fifo"], cases["dev_zero"], cases["bad_name"], ...

Every document that should open holds text an adversary would write (terminal escapes, OSC 52,
a cursor-position request, C1 controls, NUL bytes); the rest are files that must be refused in one
line without blocking (a FIFO, a link to /dev/zero, a socket) and names that are not UTF-8 or hold
escapes. Cases the platform cannot make (FIFOs on Windows) are left out of the mapping.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

# Sequences a terminal acts on: clear screen, set window title, write the clipboard, ask for a
# cursor report (the reply is typed into the shell), a C1 CSI, a bell, a NUL.
ESCAPES = (
    "\x1b[2J\x1b[H",
    "\x1b]0;pwned\x07",
    "\x1b]52;c;ZWNobyBwd25lZA==\x07",
    "\x1b[6n",
    "\x9b31m",
    "\x07",
    "\x00",
    "\x1bP+q\x1b\\",
)

HOSTILE_TEXT = (
    "Title \x1b]0;pwned\x07 of a hostile article\n\n"
    "Vladimir Putin met \x1b[2J\x1b[Hthe press in Moscow. The clipboard \x1b]52;c;ZWNobyBwd25lZA==\x07 "
    "and a cursor report \x1b[6n and a C1 CSI \x9b31m and a bell \x07 end here.\n\n"
    "A second paragraph with a DEL \x7f and a device control \x1bP+q\x1b\\ string.\n"
)


def control_free(text: str) -> bool:
    """True when no control character but newline and tab is in ``text`` (what a terminal may see)."""
    return not any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text)


def make_hostile_corpus(folder: Path) -> dict[str, Path]:
    """Write the hostile corpus into ``folder`` (created); returns its cases by name."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, Path] = {}

    def add(name: str, path: Path, data: bytes) -> None:
        path.write_bytes(data)
        cases[name] = path

    add("escapes", folder / "escapes.txt", HOSTILE_TEXT.encode("utf-8"))
    add(
        "html_entities",
        folder / "entities.html",
        b"<html><head><title>T&#27;]0;pwned&#7;</title></head><body><article><p>Text with &#27;[2J an "
        b"entity escape and &#155;31m a C1 one, in a paragraph long enough to be kept by the extractor "
        b"of articles, which wants some words.</p></article></body></html>",
    )
    add("utf16_no_bom", folder / "utf16.txt", "Armenia and Azerbaijan met in Moscow.\n\nA second line.\n".encode("utf-16-le"))
    add("long_line", folder / "long.txt", ("Word " * 20_000 + "end.\n").encode())
    late = ("Filler words for a paragraph. " * 300 + "\n\n").encode()  # past the 8 KiB binary sniff
    add("late_nul", folder / "late-nul.txt", b"A title\n\n" + late + b"A NUL \x00 byte here, late in the file.\n")
    add("nul_only", folder / "nul.txt", b"\x00" * 64)
    bad = os.fsdecode(b"bad-\xff\xfe-name.txt")
    add("bad_name", folder / bad, b"A document whose name is not UTF-8.\n\nIt has notes all the same.\n")
    add("escape_name", folder / "esc-\x1b]0;title\x07.txt", b"A document whose name holds an escape.\n\nText.\n")
    if hasattr(os, "mkfifo"):
        fifo = folder / "fifo.txt"
        os.mkfifo(fifo)
        cases["fifo"] = fifo
    if os.path.exists("/dev/zero"):
        link = folder / "zero.txt"
        link.symlink_to("/dev/zero")
        cases["dev_zero"] = link
    if hasattr(socket, "AF_UNIX"):
        sock_path = folder / "sock.txt"
        if len(os.fsencode(sock_path)) < 100:
            server = socket.socket(socket.AF_UNIX)
            try:
                server.bind(os.fspath(sock_path))
                cases["socket"] = sock_path
            finally:
                server.close()
    return cases


def make_too_long_path(folder: Path) -> Path:
    """A document whose full path is longer than PATH_MAX (made a folder at a time, relative to the
    last one); returns the top folder of that chain."""
    top = folder / "deep"
    top.mkdir(parents=True, exist_ok=True)
    fd = os.open(top, os.O_RDONLY)
    try:
        length = len(os.fsencode(top))
        while length < 4200:
            os.mkdir("d" * 200, dir_fd=fd)
            nxt = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
            length += 201
        doc = os.open("doc.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(doc, b"Too deep to name.\n\nText.\n")
        os.close(doc)
    finally:
        os.close(fd)
    return top

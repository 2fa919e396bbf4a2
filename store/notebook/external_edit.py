"""Edit a note's text in the user's own editor ($VISUAL or $EDITOR): write it to a private temporary
file, run the editor on it, read it back. The caller suspends the screen around it.

Any failure (no editor set, an editor that cannot be run or exits with an error) is one line in an
ActorlensError, and the text the caller holds is left as it was.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import tempfile

from store.errors import ActorlensError
from store.paths import text_editor
from store.sanitize import visible

NO_EDITOR = "no text editor: set $VISUAL or $EDITOR (e.g. export EDITOR=vim)"


def editor_command(command: str | None = None) -> list[str]:
    """The editor's argv from $VISUAL/$EDITOR (or command); ActorlensError when none or unreadable."""
    command = text_editor() if command is None else command
    if not command or not command.strip():
        raise ActorlensError(NO_EDITOR)
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise ActorlensError(f"the editor command {visible(command)!r} cannot be read: {exc}") from None
    if not argv:
        raise ActorlensError(NO_EDITOR)
    return argv


def edit_text(text: str, argv: list[str]) -> str:
    """Run the editor argv on a temporary file holding text; the file's text once the editor exits."""
    fd, path = tempfile.mkstemp(prefix="actorlens-note-", suffix=".md")  # readable by the user only
    name = visible(os.path.basename(argv[0]) or argv[0])
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="") as out:
            out.write(text)
        try:
            status = subprocess.run([*argv, path], check=False).returncode
        except FileNotFoundError:
            raise ActorlensError(f"cannot run the editor {name!r}: not found") from None
        except OSError as exc:
            raise ActorlensError(f"cannot run the editor {name!r}: {exc.strerror or exc}") from None
        if status != 0:
            raise ActorlensError(f"the editor {name!r} exited with status {status}; the note is unchanged")
        try:
            with open(path, encoding="utf-8", errors="replace", newline="") as back:
                edited = back.read()
        except OSError as exc:
            raise ActorlensError(f"cannot read the edited note back: {exc.strerror or exc}") from None
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass
    if edited.endswith("\n") and not text.endswith("\n"):
        edited = edited[:-1]  # the newline editors add at the end of a file
    return edited

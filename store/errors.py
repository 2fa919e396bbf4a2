"""Errors that carry a one-line message meant for the user (paths shown by store.sanitize.visible_name)."""

from store.sanitize import visible_name


class ActorlensError(Exception):
    """Any problem the user should be told about in one line (never a traceback)."""


class DocumentError(ActorlensError):
    """A file that cannot be opened as a document (binary, empty, unreadable...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(visible_name(f"{path}: {reason}"))
        self.path = path
        self.reason = reason


class NotebookError(ActorlensError):
    """A problem with the notes file; the message names the file and says why in one line."""

    def __init__(self, path: str, reason: str) -> None:
        reason = " ".join(str(reason).split())
        super().__init__(visible_name(f"{path}: {reason}"))
        self.path = path
        self.reason = reason


class NotebookUnreadable(NotebookError):
    """The notes file cannot be read; it is left as it is and nothing is written over it.

    ``kind`` is one of corrupt | newer | foreign | permission | io. ``backup`` is the path of a
    readable backup when there is one; ``recoverable`` says whether ``Notebook.recover`` applies
    (it sets the file aside and restores the backup, or starts an empty notebook).
    """

    def __init__(self, path: str, reason: str, *, kind: str, backup: str | None = None,
                 backup_notes: int = 0, recoverable: bool = True) -> None:
        super().__init__(path, reason)
        self.kind = kind
        self.backup = backup
        self.backup_notes = backup_notes
        self.recoverable = recoverable


class NotebookReadOnly(NotebookError):
    """A write was refused because the notebook is open read-only (its file could not be read)."""


class NotebookWriteError(NotebookError):
    """A save failed; the file on disk is still the old one unless ``saved`` is true."""

    def __init__(self, path: str, reason: str, *, saved: bool = False) -> None:
        super().__init__(path, reason)
        self.saved = saved


class NotebookBusy(NotebookError):
    """Another process held the notes file's lock for too long."""


class NoteNotFound(ActorlensError):
    """No note has this id."""

    def __init__(self, note_id: str) -> None:
        super().__init__(f"no note with id {note_id!r}")
        self.note_id = note_id


class QuoteNotFound(ActorlensError):
    """A passage to anchor a note to is not in the document."""

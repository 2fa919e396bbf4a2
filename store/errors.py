"""Errors that carry a one-line message meant for the user."""


class ActorlensError(Exception):
    """Any problem the user should be told about in one line (never a traceback)."""


class DocumentError(ActorlensError):
    """A file that cannot be opened as a document (binary, empty, unreadable...)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

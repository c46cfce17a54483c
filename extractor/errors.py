"""Errors a user can act on. The CLI catches ExtractorError once and prints its message."""

from __future__ import annotations


class ExtractorError(Exception):
    """Base of every error this package raises on purpose; the message is for the user."""


class InputError(ExtractorError):
    """An article could not be loaded: the message names the file and the problem."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UsageError(ExtractorError):
    """The command was called with options that cannot work together or do not exist."""


class BackendError(ExtractorError):
    """A backend failed to produce an extraction for an article."""

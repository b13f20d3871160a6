"""The project's exception types. Library code raises these; only the CLI turns them into exit codes."""

from __future__ import annotations


class PolicyError(Exception):
    """Base class for every error policy-cli reports to a user."""


class InputError(PolicyError):
    """A file that cannot be read or decoded, or is not a notice of the genre."""


class ModelError(PolicyError):
    """A model file that is not ours or is damaged."""


class StrictError(PolicyError):
    """A warning promoted to an error by --strict."""


class UsageError(PolicyError):
    """A query that cannot be answered as asked (unknown department, bad year...)."""


class OtherNotice(UsageError):
    """A ledger kept for another notice than the one read: nothing is matched or written."""

    def __init__(self, theirs: str, ours: str) -> None:
        super().__init__(theirs, ours)
        self.theirs, self.ours = theirs, ours

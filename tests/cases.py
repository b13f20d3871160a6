"""Helpers for tests that parse short notices written for the test."""

from __future__ import annotations

from policy_cli.models import Notice
from policy_cli.parse import parse_text


def parsed(text: str) -> Notice:
    return parse_text(text, "case.txt")


def lines(*rows: str) -> str:
    """A notice's text from its lines."""
    return "\n".join(rows) + "\n"


def codes(notice: Notice) -> list[str]:
    return [w.code for w in notice.warnings]

"""Fixed-width (space-aligned) table lines for tests of tables copied out of a PDF with their layout kept."""

from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    """Columns text takes on a terminal: two for a wide (CJK) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def spaced_row(widths: tuple[int, ...], *cells: str) -> str:
    """One line with each cell padded to its column's width (at least two spaces after it); a cell past the last
    width is written after them as it is."""
    out = ""
    for cell, width in zip(cells, widths, strict=False):
        out += cell + " " * max(2, width - display_width(cell))
    return (out + (cells[len(widths)] if len(cells) > len(widths) else "")).rstrip()

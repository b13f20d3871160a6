"""Deleting any one line of a notice changes its model or adds a warning: no line is read and then lost.

`make test` deletes at most SAMPLE lines of each notice, spread evenly over it;
`make fuzz` (HYPOTHESIS_PROFILE=fuzz) deletes every line of every notice.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pytest

from policy_cli.diff import without_lines
from policy_cli.errors import PolicyError
from policy_cli.parse import parse_text
from policy_cli.store import to_data

from .conftest import FIXTURES, RAW_NOTICE, SAMPLES

SWEEP = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
SAMPLE = 40
NOTICES = [RAW_NOTICE, *sorted(SAMPLES.glob("*.txt")), *sorted((FIXTURES / "genre").glob("*.txt"))]


def _model(text: str) -> Any:
    try:
        return without_lines(to_data(parse_text(text)))
    except PolicyError as error:  # refused: the deletion is visible
        return str(error)


@pytest.mark.parametrize("path", NOTICES, ids=lambda p: p.stem)
def test_deleting_any_line_is_visible(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    whole = _model("\n".join(lines))
    candidates = []
    seen: set[str] = set()
    for n, line in enumerate(lines):
        text = line.strip(" \t\u3000\u00a0")
        if text and text not in seen:  # not blank, nor a repeat of a line kept elsewhere (a scrape's copy)
            candidates.append((n, text))
        seen.add(text)
    if not SWEEP and len(candidates) > SAMPLE:
        candidates = candidates[:: math.ceil(len(candidates) / SAMPLE)]
    lost = []
    for n, text in candidates:
        if _model("\n".join(lines[:n] + lines[n + 1 :])) == whole:
            lost.append(f"line {n + 1}: {text[:40]}")
    assert not lost, "lines whose deletion changes nothing:\n" + "\n".join(lost)

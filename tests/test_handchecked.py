"""The hand-checked notices (tests/fixtures/handchecked/) never read worse than their recorded floors.

Each notice is held, one test a notice, to the number of its tasks found, found with every
unit and role right, and right in every field including the deadline (floors.yaml); none may
be refused, and a task lost with no warning near it is a failure whatever the floors say.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .handchecked import floors, notices, score

NOTICES = notices()
FLOORS = floors()


def test_every_notice_has_a_floor_and_facts() -> None:
    assert len(NOTICES) >= 45
    assert sorted(key for key, _, _ in NOTICES) == sorted(FLOORS)
    assert all(facts["tasks"] for _, _, facts in NOTICES)


@pytest.mark.parametrize(("key", "path", "facts"), NOTICES, ids=[key for key, _, _ in NOTICES])
def test_notice_reads_at_least_as_well_as_recorded(key: str, path: Path, facts: dict[str, Any]) -> None:
    result = score(path, facts)
    floor = FLOORS[key]
    assert not result.refused, result.problems
    assert result.missing_silent == 0, result.problems
    assert result.found >= floor["found"] and result.assigned >= floor["assigned"] and result.exact >= floor["exact"], (
        result.problems
    )

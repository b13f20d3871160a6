"""Role runs of an annotation: 会同 closing a run of units names partners, as 协同 does
（A牵头，B会同）; a unit doing the work of its own area, the area between 负责 and the work
（…，各县政府负责本地区清欠工作）, is responsible. A longer clause of work after the area stays unread, warned.
Written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某市关于印发某方案的通知\n各县人民政府：\n现印发给你们。\n某市人民政府\n2024年3月1日\n某方案\n一、重点任务\n"


def _first(annotation: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], list[str]]:
    parsed = parse_text(HEAD + "1.开展闲置资产清理。" + annotation + "\n2.完善资产台账。（市财政局负责）\n")
    task = parsed.tasks[0]
    return task.departments, task.lead, task.partners, [w.code for w in parsed.warnings]


@pytest.mark.parametrize(
    ("annotation", "departments", "lead", "partners", "warned"),
    [
        ("（市国资委牵头，市审计局会同）", ("市国资委", "市审计局"), ("市国资委",), ("市审计局",), False),
        ("（市国资委牵头，会同市审计局）", ("市国资委", "市审计局"), ("市国资委",), ("市审计局",), False),
        (
            "（市国资委牵头，市财政局配合，各县政府负责本地区清理工作）",
            ("市国资委", "市财政局", "各县政府"),
            ("市国资委",),
            ("市财政局",),
            False,
        ),
        (
            "（市国资委牵头，各县政府负责本地区的清理工作并按月报送进展情况）",
            ("市国资委",),
            ("市国资委",),
            (),
            True,
        ),
    ],
)
def test_closing_verbs(
    annotation: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...], warned: bool
) -> None:
    got_departments, got_lead, got_partners, codes = _first(annotation)
    assert (got_departments, got_lead, got_partners) == (departments, lead, partners)
    assert ("roles-partly-read" in codes) is warned

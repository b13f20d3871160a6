"""A county's or a district's bureau that names its own sections 科 (计划财务科, 基础教育科) as often as 股: a
task table of its sections, one of them beside a unit carrying the level (区职教中心), names its sections as
written, never 区计划财务科, as a city bureau's 科 and a county bureau's 股 are. (rows -> departments of each
task)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_HEAD = "{place}2025年工作任务分解表\n\n{place}\n2025年1月20日\n\n序号\t工作任务\t责任科室\t配合科室\t完成时限\n"


def _notice(place: str, rows: list[tuple[str, str]]) -> str:
    body = "".join(f"{i}\t开展第{i}项工作\t{a}\t{b}\t2025年6月底前\n" for i, (a, b) in enumerate(rows, 1))
    return _HEAD.format(place=place) + body


@pytest.mark.parametrize(
    ("place", "rows", "departments"),
    [
        # a district bureau's 科 beside a unit carrying the district's level
        (
            "苍梧区教育局",
            [("计划财务科", "基础教育科"), ("人事科", "教研室"), ("职成教科", "区职教中心")],
            [("计划财务科", "基础教育科"), ("人事科", "教研室"), ("职成教科", "区职教中心")],
        ),
        # and a county bureau's
        (
            "西岭县卫生健康局",
            [("医政医管科", "办公室"), ("疾控科", "县疾控中心")],
            [("医政医管科", "办公室"), ("疾控科", "县疾控中心")],
        ),
        # near misses, as they were: a county bureau's 股
        (
            "西岭县卫生健康局",
            [("医政股", "办公室"), ("疾控股", "县疾控中心")],
            [("医政股", "办公室"), ("疾控股", "县疾控中心")],
        ),
        # a city bureau's 科
        (
            "青禾市教育局",
            [("计划财务科", "基础教育科"), ("人事科", "市教研室")],
            [("计划财务科", "基础教育科"), ("人事科", "市教研室")],
        ),
        # a district's bureaus named bare beside ones carrying the level still take it
        (
            "苍梧区人民政府办公室",
            [("区财政局", "住建局"), ("交通运输局", "城管局")],
            [("区财政局", "区住建局"), ("区交通运输局", "区城管局")],
        ),
    ],
)
def test_a_county_bureau_names_its_ke_sections_as_written(
    place: str, rows: list[tuple[str, str]], departments: list[tuple[str, ...]]
) -> None:
    notice = parse_text(_notice(place, rows))
    assert [t.departments for t in notice.tasks] == departments

"""Plans' 目标责任分解 tables scraped one cell a line, no 序号 column: a target cell lists its targets as
——bullets, each run of them followed by its own units cells; the row's number restarts under each 领域."""

from __future__ import annotations

import pytest

from policy_cli.source import parse_file

from .conftest import FIXTURES

GENRE = FIXTURES / "genre"

Row = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]

CASES: list[tuple[str, list[Row], list[tuple[str, int]]]] = [
    (
        # 主要责任单位 / 责任单位: the boundary between the two cells is lost, the first unit leads (warned)
        "city_plan_bullet_groups_two_unit_columns.txt",
        [
            ("老年人健康服务水平", ("市卫生健康委", "市医保局", "市财政局"), ("市卫生健康委",), ()),
            ("每个县(市、区)至", ("市卫生健康委", "市民政局"), ("市卫生健康委",), ()),
            ("老年人社会参与渠道", ("市教育局", "市委老干部局", "市老龄办"), ("市教育局",), ()),
            ("养老服务床位总量稳", ("市民政局",), ("市民政局",), ()),
        ],
        [
            ("row-cells-guessed", 21),
            ("row-cells-guessed", 29),
            ("row-cells-guessed", 37),
            ("row-cut-off", 49),
        ],
    ),
    (
        # one 责任单位 column: every unit of the run, no lead
        "county_plan_bullet_groups_one_unit_column.txt",
        [
            ("群众体育设施更加完", ("县体育局", "县住房城乡建设局"), (), ()),
            ("公共体育场馆免费或", ("县体育局", "县教育局"), (), ()),
            ("健身活动广泛开展。", ("县体育局", "县总工会"), (), ()),
        ],
        [],
    ),
]


@pytest.mark.parametrize(("name", "expected", "warnings"), CASES, ids=[c[0] for c in CASES])
def test_bullet_group_rows(name: str, expected: list[Row], warnings: list[tuple[str, int]]) -> None:
    notice = parse_file(GENRE / name).notice
    assert notice.annex is not None
    assert [(t.text[:9], t.departments, t.lead, t.partners) for t in notice.tasks] == expected
    assert all(not t.text.startswith("——") and "——" not in t.text for t in notice.tasks)
    assert [t.due for t in notice.tasks] == [None] * len(expected)  # plan targets (达到…) are no deadlines
    assert [(w.code, w.line) for w in notice.warnings] == warnings

"""A task table with two category columns before 序号 (大类 / 小类, 一级分类 / 二级分类): the first row of each
group carries its merged group and sub-group cells before its number, later rows leave them empty. Both are
category columns, so every row keeps its task, lead and partners in their own columns."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

ROWS = (
    "一、交通\t（一）公路\t1\t改建县道20公里。\t县交通运输局\t县自然资源局\t2025年10月底前\n"
    "\t\t2\t新建桥梁2座。\t县交通运输局\t县财政局\t2025年12月底前\n"
    "\t（二）水运\t3\t整治航道5公里。\t县港航中心\t\t2025年9月底前\n"
    "二、水利\t（一）水库\t4\t除险加固水库3座。\t县水利局\t县应急管理局\t2025年5月底前\n"
)
EXPECTED = [
    ("一/（一）/1", "改建县道20公里。", ("县交通运输局",), ("县自然资源局",)),
    ("一/（一）/2", "新建桥梁2座。", ("县交通运输局",), ("县财政局",)),
    ("一/（二）/3", "整治航道5公里。", ("县港航中心",), ()),
    ("二/（一）/4", "除险加固水库3座。", ("县水利局",), ("县应急管理局",)),
]


@pytest.mark.parametrize(
    "first, second",
    [
        ("大类", "小类"),
        ("一级分类", "二级分类"),
        ("类别", "子类"),
        # a short name no vocabulary knows between a category column and 序号 groups the rows too
        ("类别", "子项"),
        ("类别", "项目"),
        # read as before
        ("领域", "类别"),
    ],
)
def test_two_category_columns_before_the_number(first: str, second: str) -> None:
    notice = parse_text(
        f"西岭县2025年项目建设任务分解表\n\n{first}\t{second}\t序号\t具体措施\t牵头单位\t配合单位\t完成时限\n{ROWS}"
    )
    got = [(t.path, t.text, t.lead, t.partners) for t in notice.tasks]
    assert got == EXPECTED
    assert not any(w.code == "row-incomplete" for w in notice.warnings)


@pytest.mark.parametrize("name", ["改革领域", "工作领域", "重点领域"])
def test_a_field_of_work_names_a_category_column(name: str) -> None:
    notice = parse_text(
        "西岭县深化改革重点任务分工方案\n\n"
        f"| {name} | 序号 | 改革任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|---|\n"
        "| 经济体制 | 1 | 完成县属企业整合重组。 | 县国资办 | 县财政局 | 2024年12月底前 |\n"
        "| 经济体制 | 2 | 推进要素市场化配置。 | 县发改局 | 县自然资源局 | 2024年10月底前 |\n"
    )
    got = [(t.text, t.lead, t.partners) for t in notice.tasks]
    assert got == [
        ("完成县属企业整合重组。", ("县国资办",), ("县财政局",)),
        ("推进要素市场化配置。", ("县发改局",), ("县自然资源局",)),
    ]
    assert not any(w.code == "column-not-kept" for w in notice.warnings)


@pytest.mark.parametrize(
    "header, row, text, lead",
    [
        # one 大类 column after 序号 is a category column as 类别 is
        (
            "序号\t大类\t主要任务\t牵头单位\t完成时限",
            "1\t交通\t改建县道20公里。\t县交通运输局\t2025年10月底前",
            "改建县道20公里。",
            ("县交通运输局",),
        ),
        # a short unknown name after 序号 is no category: its cells are a column not kept, as before
        (
            "序号\t类别\t子项\t具体措施\t牵头单位\t完成时限",
            "1\t交通\t公路\t改建县道20公里。\t县交通运输局\t2025年10月底前",
            "改建县道20公里。",
            ("县交通运输局",),
        ),
        # the words inside a task's text stay in it
        (
            "序号\t主要任务\t牵头单位\t完成时限",
            "1\t编制大类资产清单。\t县财政局\t2025年10月底前",
            "编制大类资产清单。",
            ("县财政局",),
        ),
    ],
)
def test_category_words_near_misses(header: str, row: str, text: str, lead: tuple[str, ...]) -> None:
    notice = parse_text(f"西岭县2025年项目建设任务分解表\n\n{header}\n{row}\n")
    assert [(t.text, t.lead) for t in notice.tasks] == [(text, lead)]

"""Units a bracket names alone or beside others, read by the words their names end with: a named task force or
working group (工作专班, 工作组, 纪检组), a party school, archives, libraries, museums, the weather office, an
education bureau's audiovisual centre (电化教育馆), the youth palace, the
zone's enterprises (园区企业), and a lone collective of every place (各街道, 各乡镇, 各区政府). Each table holds
the units read and a near form that stays unread."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "青河县2025年文明创建工作方案\n一、重点任务\n"
OTHER = "2.开展志愿服务活动（县文明办）\n"

READ = [
    ("1.制定创建工作台账（县创建工作专班）\n", ["县创建工作专班"]),
    ("1.建立重点项目调度机制（县项目推进工作组）\n", ["县项目推进工作组"]),
    ("1.开展廉政提醒谈话（县教育局办公室、纪检组）\n", ["县教育局办公室", "县纪检组"]),
    ("1.举办干部理论培训班（县委党校）\n", ["县委党校"]),
    ("1.完成档案数字化（县档案馆）\n", ["县档案馆"]),
    ("1.开展全民阅读活动（县图书馆、县文化馆）\n", ["县图书馆", "县文化馆"]),
    ("1.发布灾害性天气预警（县气象台）\n", ["县气象台"]),
    ("1.建设智慧教育平台（县电化教育馆牵头，县教育局配合）\n", ["县电化教育馆", "县教育局"]),
    ("1.开展青少年科普活动（县青少年宫）\n", ["县青少年宫"]),
    ("1.督促落实安全生产责任制（县应急局、园区企业）\n", ["县应急局", "园区企业"]),
    ("1.配齐专职网格员（各乡镇）\n", ["各乡镇"]),
    ("1.开展背街小巷整治（各街道）\n", ["各街道"]),
    ("1.完成农房安全排查（各村）\n", ["各村"]),
    ("1.落实属地管理责任（各区政府）\n", ["各区政府"]),
]


@pytest.mark.parametrize(("item", "units"), READ)
def test_a_bracket_of_such_units_is_read(item: str, units: list[str]) -> None:
    tasks = parse_text(HEAD + item + OTHER).tasks
    assert [list(t.departments) for t in tasks] == [units, ["县文明办"]]


UNREAD = [
    "1.推进网格化管理（试点社区）\n",  # a collective with no 各: a note on the work, not its units
    "1.推进便民服务平台建设（线上平台）\n",  # 平台 is no office
    "1.改造乡镇文化站（社区）\n",
]


@pytest.mark.parametrize("item", UNREAD)
def test_a_bracket_of_other_words_stays_unread(item: str) -> None:
    tasks = parse_text(HEAD + item + OTHER).tasks
    assert [list(t.departments) for t in tasks] == [["县文明办"]]

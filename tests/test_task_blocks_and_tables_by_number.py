"""Tasks written as blocks of labelled lines under their names, an annex table of task numbers and units alone, a
division by number inside a part whose clauses each part numbers anew, a name a line broke after its level, and
unit lists a space, a role or an adverb could spoil. Invented places."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.parse import parse_text
from policy_cli.parse.lines import split_lines
from policy_cli.parse.markdown import unmark_markdown
from policy_cli.parse.roles import Assignment
from policy_cli.parse.task_blocks import number_task_blocks

TASK_BLOCKS = """\
溪桥市2025年优化营商环境重点任务分工方案

一、重点任务

（一）提升政务服务效能

任务名称：深化企业开办“一网通办”改革
工作内容：企业开办全程网上办理时间压缩至1个工作日以内。
牵头单位：市市场监管局
配合单位：市公安局、税务局
完成时限：2025年6月底前

任务名称：提升不动产登记便利度
工作内容：推行不动产登记与水电气网过户联动办理。
牵头单位：市自然资源和规划局
完成时限：2025年12月底前

（二）优化市场环境

任务名称：强化惠企政策直达快享
工作内容：推行“免申即享”，全年兑现政策资金不少于5亿元。
牵头单位：市发展改革委
分管市领导：副市长 赵某
完成时限：2025年8月底前
"""


def test_blocks_of_labelled_lines_under_a_task_s_name_are_tasks() -> None:
    notice = parse_text(TASK_BLOCKS)
    assert [(t.text, t.lead, t.partners, t.due) for t in notice.tasks] == [
        (
            "深化企业开办“一网通办”改革\n企业开办全程网上办理时间压缩至1个工作日以内。",
            ("市市场监管局",),
            ("市公安局", "市税务局"),
            "2025年6月底前",
        ),
        ("提升不动产登记便利度\n推行不动产登记与水电气网过户联动办理。", ("市自然资源和规划局",), (), "2025年12月底前"),
        ("强化惠企政策直达快享\n推行“免申即享”，全年兑现政策资金不少于5亿元。", ("市发展改革委",), (), "2025年8月底前"),
    ]


def test_a_name_label_with_no_roles_under_it_leaves_the_lines_as_written() -> None:
    text = TASK_BLOCKS.replace("牵头单位：市自然资源和规划局\n", "")
    lines = split_lines(text)
    assert number_task_blocks(lines) == lines


ANNEX_BY_NUMBER = """\
溪桥县和美乡村建设实施方案

一、重点任务

　　（一）推进农村人居环境整治。深入开展村庄清洁行动，2025年底前实现全覆盖。
　　（二）实施农村厕所革命。分类有序推进农村户厕改造。
　　（三）加强乡风文明建设。整治高价彩礼等陈规陋习，长期坚持。

附件：任务分工表

附件

任务分工表

序号\t责任单位
1\t县农业农村局（牵头），县住房城乡建设局、各镇人民政府（街道办事处）
2\t县农业农村局牵头，县卫生健康局配合
3\t牵头单位：县委宣传部；配合单位：县民政局
"""


def test_an_annex_table_of_task_numbers_and_units_gives_the_body_s_blocks_their_roles() -> None:
    notice = parse_text(ANNEX_BY_NUMBER)
    assert [(t.text[:6], t.lead, t.partners, t.due) for t in notice.tasks] == [
        ("推进农村人居", ("县农业农村局",), (), "2025年底前"),
        ("实施农村厕所", ("县农业农村局",), ("县卫生健康局",), None),
        ("加强乡风文明", ("县委宣传部",), ("县民政局",), "长期坚持"),
    ]
    assert notice.tasks[0].departments == ("县农业农村局", "县住房城乡建设局", "各镇人民政府（街道办事处）")
    assert not [w for w in notice.warnings if w.code in ("annex-unparsed", "no-tasks")]


def test_an_annex_table_numbering_a_block_that_has_units_of_its_own_is_not_read() -> None:
    text = ANNEX_BY_NUMBER.replace("分类有序推进农村户厕改造。", "分类有序推进农村户厕改造。（县水利局负责）")
    notice = parse_text(text)
    assert [t.departments for t in notice.tasks] == [("县水利局",)]
    assert any(w.code == "annex-unparsed" for w in notice.warnings)


PARTS_NUMBERING_ANEW = """\
溪桥区2026年城市更新工作要点

一、推进老旧小区改造

　　（一）完成12个老旧小区改造任务，年底前全部完工。
　　（二）推动加装电梯，完成既有住宅加装电梯60部，10月底前完成。
　　（三）开展老化燃气管道更新改造，2026年6月底前完成。
　　以上第（一）、（二）项由区住房城乡建设局牵头，区财政局配合；第（三）项由区城市管理局负责。

二、强化项目推进

　　（一）建立城市更新项目库，每月召开一次项目调度会。
　　（二）探索引入社会资本参与城市更新，12月底前完成项目签约。
　　以上第（一）项由区住房城乡建设局负责；第（二）项由区发展改革局牵头，区财政局、住房城乡建设局配合。
"""


def test_a_division_by_number_names_the_clauses_of_its_own_part() -> None:
    notice = parse_text(PARTS_NUMBERING_ANEW)
    assert [(t.lead, t.departments) for t in notice.tasks] == [
        (("区住房城乡建设局",), ("区住房城乡建设局", "区财政局")),
        (("区住房城乡建设局",), ("区住房城乡建设局", "区财政局")),
        ((), ("区城市管理局",)),
        ((), ("区住房城乡建设局",)),
        (("区发展改革局",), ("区发展改革局", "区财政局", "区住房城乡建设局")),
    ]


def test_a_name_a_line_broke_after_its_level_is_joined() -> None:
    notice = parse_text(
        "溪桥县商贸流通实施意见\n\n一、健全物流配送体系\n\n　　1.建设县级物流配送中心，2025年9月底前投入运营。\n"
        "　　2.发展冷链物流，持续推进。\n　　以上各项由县交通运输局牵头，县商务局、县\n供销社参与。\n"
    )
    assert [t.partners for t in notice.tasks] == [("县商务局", "县供销社")] * 2


@pytest.mark.parametrize(
    ("cell", "roles"),
    [
        ("市住房城乡 建设局（牵头）、市城投集团", (["市住房城乡建设局"], [], ["市城投集团"])),
        (
            "市数据局牵头，中国移动溪桥分公司、中国电信溪桥分公司参与",
            (["市数据局"], ["中国移动溪桥分公司", "中国电信溪桥分公司"], []),
        ),
        ("镇财政所、镇农业农村办，各村（社区）具体负责", ([], [], ["镇财政所", "镇农业农村办", "各村（社区）"])),
    ],
)
def test_a_units_cell_a_space_a_role_or_an_adverb_could_spoil(
    cell: str, roles: tuple[list[str], list[str], list[str]]
) -> None:
    assignment = Assignment()
    assignment.add("departments", cell)
    assert (assignment.lead, assignment.partners, assignment.responsible) == roles


def test_names_a_space_apart_that_end_as_units_stay_two() -> None:
    assert split_units("市公安局 市交通运输局") == ("市公安局", "市交通运输局")


def test_a_table_standing_alone_signed_under_its_rows_dates_its_deadlines() -> None:
    notice = parse_text(
        "溪桥县审计发现问题整改任务清单\n\n序号\t问题\t整改措施\t责任单位\t整改时限\n"
        "1\t非税收入未及时缴库。\t立即将滞留资金全额缴入国库。\t县财政局\t2025年6月底前\n"
        "2\t超标准列支公务接待费。\t开展公务接待费专项清查。\t县机关事务服务中心\t12月底前\n\n"
        "溪桥县审计整改工作领导小组办公室\n2024年11月6日\n"
    )
    assert (notice.metadata.signed, notice.metadata.issuers) == ("2024-11-06", ("溪桥县审计整改工作领导小组办公室",))
    assert [(t.due, t.due_year) for t in notice.tasks] == [("2025年6月底前", 2025), ("12月底前", 2024)]


MARKDOWN = """\
# 溪桥区2025年城市更新重点任务清单

> 溪桥区城市更新工作领导小组办公室　2025年5月12日

## 一、老旧小区改造

- 完成老旧小区改造42个，2025年11月底前全部完工（责任单位：区住房城乡建设局牵头，区财政局配合）
- 全年新增加装电梯60台（责任单位：区住房城乡建设局、区市场监管局）

## 二、完善城市功能

- 新建改造城市道路8.6公里（责任单位：区住房城乡建设局；完成时限：2025年10月底前）
"""


def test_a_notice_copied_as_markdown_reads_its_headings_and_bullets() -> None:
    notice = parse_text(MARKDOWN)
    assert notice.metadata.title == "溪桥区2025年城市更新重点任务清单"
    assert [(t.path, t.text[:6], t.due) for t in notice.tasks] == [
        ("一/1", "完成老旧小区", "2025年11月底前"),
        ("一/2", "全年新增加装", "全年"),
        ("二/1", "新建改造城市", "2025年10月底前"),
    ]


def test_dashes_opening_lines_of_a_notice_with_no_markdown_heading_stay() -> None:
    lines = split_lines("溪桥县实施方案\n一、重点任务\n- 完成改造（县住建局负责）\n- 新建道路（县交通局负责）\n")
    assert unmark_markdown(lines) == lines

"""A lead named after the list of units (其中X为牵头单位, ——X（牵头）、Y), and times that open an item in a bracket
or run from now to a date (（2025年起）…, 即日起至2025年10月), a start with its cadence (2025年起每年…) and work
done in stages (…，分阶段推进。)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.parse.deadlines import deadline_in_prose, resolve
from policy_cli.parse.roles import parse_annotation


@pytest.mark.parametrize(
    ("annotation", "lead", "responsible"),
    [
        # the list under its label, then which of its units leads
        (
            "责任单位：市工信局、市通信办、电信槐原分公司，其中市工信局为牵头单位",
            ["市工信局"],
            ["市工信局", "市通信办", "电信槐原分公司"],
        ),
        # a level dropped in the list is restored before the lead is looked for in it
        ("责任单位：市发展改革委、数据局、工信局，其中市数据局为牵头单位", ["市数据局"], None),
        ("责任单位：市发改委、市数据局，市数据局牵头", ["市数据局"], ["市发改委", "市数据局"]),
        # no label: the list, then the unit named again with its role
        ("市工信局、市通信办，市工信局为牵头单位", ["市工信局"], ["市工信局", "市通信办"]),
        ("市工信局、市通信办，其中市工信局牵头", ["市工信局"], ["市工信局", "市通信办"]),
    ],
)
def test_lead_named_after_the_list(annotation: str, lead: list[str], responsible: list[str] | None) -> None:
    assignment = parse_annotation(annotation)
    assert assignment is not None
    assert assignment.lead == lead
    assert assignment.partners == []
    assert not any("其中" in unit or "为" in unit for unit in assignment.departments)
    if responsible is not None:
        assert sorted(assignment.departments) == sorted(responsible)


def test_a_lead_named_after_a_list_of_units_it_is_not_in_is_no_lead() -> None:
    assignment = parse_annotation("责任单位：市工信局、市通信办，其中市财政局为牵头单位")
    assert assignment is None or "市财政局" not in assignment.lead


DASHED = """\
岚川县2025年优化营商环境工作要点
一、提升政务服务
1.（2025年6月底前）深化集成改革，新增集成办理事项。——县审批局（牵头）、县市场监管局、县交通运输局
2.（长期坚持）规范涉企检查，推行综合查一次。——县司法局（牵头）、县市场监管局
3.（2025年起）推行首违不罚清单管理，动态调整清单。——县司法局、县城管局
二、强化要素保障
4.（即日起至2025年10月）开展欠款排查，建立问题台账。——县工信局（牵头）、县财政局（牵头）、国资办
"""


def test_units_after_a_dash_marked_lead_in_brackets() -> None:
    tasks = parse_text(DASHED).tasks
    assert [t.lead for t in tasks] == [("县审批局",), ("县司法局",), (), ("县工信局", "县财政局")]
    assert tasks[0].departments == ("县审批局", "县市场监管局", "县交通运输局")
    assert tasks[3].departments == ("县工信局", "县财政局", "县国资办")
    assert not any(u.startswith("—") for t in tasks for u in t.departments)
    assert [(t.due, t.due_year) for t in tasks] == [
        ("2025年6月底前", 2025),
        ("长期坚持", None),
        ("2025年起", None),
        ("即日起至2025年10月", 2025),
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a start opening a clause, then how often the work is done, then the work: the start and its cadence
        ("支持企业研发新品，2025年起每年举办一届博览会，推动新品进社区。", "2025年起每年"),
        ("推进水源地建设，2025年起每年完成一批水源地规范化建设。", "2025年起每年"),
        # a count of times after the cadence is how often: kept whole
        ("开展自建房安全排查，2025年起每年排查一次。", "2025年起每年排查一次"),
        # from now to a date
        ("即日起至2025年10月，开展专项整治行动。", "即日起至2025年10月"),
        # the work goes on in stages, nothing else dating it
        ("推进黑臭水体治理，补齐污水收集短板，分阶段推进。", "分阶段推进"),
        # stages dated after it: the last stage's date
        ("改造管网。分阶段推进，2026年6月底前完成设计，2026年12月底前完成施工。", "2026年12月底前"),
        # the phrase opening a clause as its verb dates nothing
        ("分阶段推进老旧管网改造。", None),
        # a school term with its year as the time of what is done then; not the term the work is done in
        ("建立机制，于2025年秋季学期完成命题人员培训。", "2025年秋季学期"),
        ("2025年秋季学期开展安全教育。", None),
    ],
)
def test_times_in_prose(text: str, due: str | None) -> None:
    assert deadline_in_prose(text) == due


def test_from_now_to_a_date_is_due_at_that_date() -> None:
    assert resolve("即日起至2025年10月").date == "2025-10-31"
    assert resolve("分阶段推进").kind == "standing"


TOWN_PLAN = """\
鹤湾镇2025年耕地保护工作方案
一、重点任务
（一）开展耕地巡查。由镇自然资源所牵头，各村（社区）配合，建立三级巡查网格，长期坚持。
（二）打击破坏农业设施行为。镇派出所负责，依法打击盗窃、破坏灌溉设施的违法行为，持续推进。
（三）落实地力保护补贴。镇财政所、镇农业服务中心共同负责，做好面积核实，10月底前兑付到户。
（四）加强水利设施管护。由镇水利站牵头，镇应急办、农业服务中心和各村（社区）配合，每季度巡检一次。
"""


def test_a_role_alone_after_the_short_title_beside_items_read_by_their_roles() -> None:
    tasks = parse_text(TOWN_PLAN).tasks
    assert [(t.lead, t.departments) for t in tasks] == [
        (("镇自然资源所",), ("镇自然资源所", "各村（社区）")),
        ((), ("镇派出所",)),
        ((), ("镇财政所", "镇农业服务中心")),
        (("镇水利站",), ("镇水利站", "镇应急办", "镇农业服务中心", "各村（社区）")),
    ]
    assert [t.due for t in tasks][:3] == ["长期坚持", "持续推进", "10月底前"]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a time a PDF copy's fixed width broke over two lines, read whole
        ("深化建设，2025年\n起每年实施道路提质改造100公里以上。", "2025年起每年"),
        ("实施工程，三季\n度末前完成20个配电台区改造。", "三季度末前"),
        ("完成清淤，6月\n底前完成验收。", "6月底前"),
        # a title on its line over the text: nothing joined that is no time
        ("加强河道管护\n2025年底前完成清障。", "2025年底前"),
    ],
)
def test_a_time_broken_over_lines(text: str, due: str) -> None:
    assert deadline_in_prose(text) == due


SUPERVISED = """\
槐溪市人民政府办公室关于对重点工作实行专项督办的通知
各县（市、区）人民政府，市政府各部门：
为推动议定事项落地见效，决定对以下重点工作实行专项督办。各承办单位为督办事项的牵头责任单位，对督办事项办理负总责；协办单位要主动配合。现将有关事项通知如下：
1.加快推进标准化厂房二期建设。（承办单位：槐溪高新区管委会；协办单位：市发展改革委、市财政局；办结时限：2025年12月底前）
2.推进市第一人民医院新院区建设。（承办单位：市卫生健康委；办结时限：2025年11月底前）
"""


def test_a_note_that_the_units_under_a_label_lead() -> None:
    tasks = parse_text(SUPERVISED).tasks
    assert [(t.lead, t.partners) for t in tasks] == [
        (("槐溪高新区管委会",), ("市发展改革委", "市财政局")),
        (("市卫生健康委",), ()),  # alone under its label, it leads as the note says
    ]


@pytest.mark.parametrize("label", ["时间进度", "进度要求", "时间要求", "完成节点", "完成日期"])
def test_more_labels_of_a_deadline_in_an_annotation(label: str) -> None:
    assignment = parse_annotation(f"责任单位：市人社局、市国资委；{label}：2024年12月底前")
    assert assignment is not None
    assert (assignment.due, assignment.responsible) == ("2024年12月底前", ["市人社局", "市国资委"])

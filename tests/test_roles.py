"""Reading an annotation: (as written -> lead, partners, departments, leaders, due), one row per way."""

from __future__ import annotations

import pytest

from policy_cli import patterns as P
from policy_cli.parse.roles import Assignment, parse_annotation

Row = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        # labels for the lead
        ("牵头单位：县水务局", (("县水务局",), (), ("县水务局",), (), None)),
        ("牵头部门：县水务局", (("县水务局",), (), ("县水务局",), (), None)),
        ("牵头责任单位：县水务局", (("县水务局",), (), ("县水务局",), (), None)),
        ("主责单位：县水务局", (("县水务局",), (), ("县水务局",), (), None)),
        (
            "主要责任单位：县水务局；其他责任单位：县财政局",
            (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None),
        ),
        ("牵头：县水务局；配合：县财政局", (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None)),
        ("主办单位：县城管局；协办单位：县住建局", (("县城管局",), ("县住建局",), ("县城管局", "县住建局"), (), None)),
        ("第一责任单位：县委组织部", (("县委组织部",), (), ("县委组织部",), (), None)),
        (
            "县城管局主办，县住建局、各街道协办",
            (("县城管局",), ("县住建局", "各街道"), ("县城管局", "县住建局", "各街道"), (), None),
        ),
        # labels for partners
        (
            "牵头单位：县水务局；配合单位：县财政局、县林业局",
            (("县水务局",), ("县财政局", "县林业局"), ("县水务局", "县财政局", "县林业局"), (), None),
        ),
        ("牵头单位：县水务局；协同单位：县财政局", (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None)),
        ("牵头单位：县水务局；协办单位：县财政局", (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None)),
        ("牵头单位：县水务局；参与单位：县财政局", (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None)),
        (
            "牵头责任单位：县水务局；协同责任单位：县财政局",
            (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None),
        ),
        # a condition before a third group: those units are responsible
        (
            "县文旅局牵头，县公安局配合；涉及门票减免的，由各乡（镇）人民政府负责落实",
            (("县文旅局",), ("县公安局",), ("县文旅局", "县公安局", "各乡（镇）人民政府"), (), None),
        ),
        # a deadline label is its first sentence; a paragraph after it is no part of it
        (
            "责任单位：县财政局。完成时限：2021年12月底前。\n各单位要按月报送进展。",
            ((), (), ("县财政局",), (), "2021年12月底前"),
        ),
        # 责任单位 alone: responsible, neither lead nor partner
        ("责任单位：县财政局、各乡（镇）人民政府", ((), (), ("县财政局", "各乡（镇）人民政府"), (), None)),
        # a lead, then 责任单位 for the others
        (
            "牵头单位：县发改局（粮食局）；责任单位：各镇人民政府，县经济开发区",
            (("县发改局（粮食局）",), (), ("县发改局（粮食局）", "各镇人民政府", "县经济开发区"), (), None),
        ),
        # labels without a separator between them
        ("主责单位：区商务局 协同单位：区财政局", (("区商务局",), ("区财政局",), ("区商务局", "区财政局"), (), None)),
        # leader labels: a person or post, never a unit
        (
            "牵头负责领导：县政府副县长；牵头单位：县水务局",
            (("县水务局",), (), ("县水务局",), ("县政府副县长",), None),
        ),
        ("责任领导：县政府副县长；责任单位：县水务局", ((), (), ("县水务局",), ("县政府副县长",), None)),
        ("分管领导：县政府副县长；责任单位：县水务局", ((), (), ("县水务局",), ("县政府副县长",), None)),
        # a deadline label
        ("牵头单位：县水务局；完成时限：2024年底前", (("县水务局",), (), ("县水务局",), (), "2024年底前")),
        # role verbs
        (
            "县水务局牵头，县财政局、县林业局配合",
            (("县水务局",), ("县财政局", "县林业局"), ("县水务局", "县财政局", "县林业局"), (), None),
        ),
        ("县水务局牵头，县财政局参与", (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None)),
        ("县水务局牵头，县财政局协同", (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None)),
        ("由县住建局牵头，县城管局协助", (("县住建局",), ("县城管局",), ("县住建局", "县城管局"), (), None)),
        ("县水务局负责", ((), (), ("县水务局",), (), None)),
        ("各乡（镇）人民政府负责落实", ((), (), ("各乡（镇）人民政府",), (), None)),
        (
            "县审改办、县政务服务中心牵头，县级各有关部门及各乡（镇）人民政府按职责分工负责",
            (
                ("县审改办", "县政务服务中心"),
                (),
                ("县审改办", "县政务服务中心", "县级各有关部门", "各乡（镇）人民政府"),
                (),
                None,
            ),
        ),
        # a third group after a semicolon: responsible, neither lead nor partner
        (
            "县水务局牵头，县财政局配合；各乡（镇）人民政府负责落实",
            (("县水务局",), ("县财政局",), ("县水务局", "县财政局", "各乡（镇）人民政府"), (), None),
        ),
        (
            "牵头单位：县水务局；配合单位：县财政局；各乡（镇）人民政府负责落实",
            (("县水务局",), ("县财政局",), ("县水务局", "县财政局", "各乡（镇）人民政府"), (), None),
        ),
        # a label and its units split by a line break
        ("牵头单位：\n县水务局", (("县水务局",), (), ("县水务局",), (), None)),
        # square brackets where a unit holds round ones are read by the caller; the inside is the same
        (
            "牵头单位：县发改局（粮食局）、县农业农村局；责任单位：各镇人民政府",
            (
                ("县发改局（粮食局）", "县农业农村局"),
                (),
                ("县发改局（粮食局）", "县农业农村局", "各镇人民政府"),
                (),
                None,
            ),
        ),
        # a role in brackets after a unit: the list's other units stay responsible, as in a 责任单位 cell
        # the units not marked stay responsible, neither lead nor partner
        ("州水务局（牵头）、州财政局", (("州水务局",), (), ("州水务局", "州财政局"), (), None)),
        (
            "责任单位：州水务局（牵头）、州财政局、州林草局",
            (("州水务局",), (), ("州水务局", "州财政局", "州林草局"), (), None),
        ),
        ("州水务局（牵头）、州财政局（配合）", (("州水务局",), ("州财政局",), ("州水务局", "州财政局"), (), None)),
        # role verbs inside a labelled list
        (
            "责任单位：县经济局和县口岸局分别牵头、县发改局",
            (("县经济局", "县口岸局"), (), ("县经济局", "县口岸局", "县发改局"), (), None),
        ),
        (
            "责任单位：县水务局牵头，县财政局配合",
            (("县水务局",), ("县财政局",), ("县水务局", "县财政局"), (), None),
        ),
        # a deadline inside a labelled list is the deadline, not a unit
        ("责任单位：各乡（镇）人民政府，2024年底前完成", ((), (), ("各乡（镇）人民政府",), (), "2024年底前")),
        # a deadline among the verbs
        ("县水务局牵头，2024年底前完成", (("县水务局",), (), ("县水务局",), (), "2024年底前")),
        # a deadline followed by a short verb
        ("县水务局牵头，2027年6月30日前建成投运", (("县水务局",), (), ("县水务局",), (), "2027年6月30日前")),
        ("县水务局牵头，2025年3月起实施", (("县水务局",), (), ("县水务局",), (), "2025年3月起")),
        ("县统计局负责，2025年第三季度完成", ((), (), ("县统计局",), (), "2025年第三季度")),
        ("县统计局负责，全年", ((), (), ("县统计局",), (), "全年")),
        ("县住建局、县城管局负责，12月底前完工", ((), (), ("县住建局", "县城管局"), (), "12月底前")),
        # two units that lead together
        ("市发改委、市数据局共同牵头", (("市发改委", "市数据局"), (), ("市发改委", "市数据局"), (), None)),
        # 由…负责，…参与: departments in the order written
        ("由市商务局负责，市文旅局参与", ((), ("市文旅局",), ("市商务局", "市文旅局"), (), None)),
        ("由县卫健局牵头，各乡镇卫生院负责实施", (("县卫健局",), (), ("县卫健局", "各乡镇卫生院"), (), None)),
        # a list marking its lead, continued after ，: the others stay responsible, in written order
        (
            "州住建局（牵头），州自然资源局、州政务局",
            (("州住建局",), (), ("州住建局", "州自然资源局", "州政务局"), (), None),
        ),
        # (the run the lead's mark closes leads, as in a labelled line: 州经信局 and 州财政局)
        (
            "州经信局、州财政局（牵头），州国资委",
            (("州经信局", "州财政局"), (), ("州经信局", "州财政局", "州国资委"), (), None),
        ),
        ("州经信局、州财政局（牵头），2025年底前", (("州财政局",), (), ("州经信局", "州财政局"), (), "2025年底前")),
        (
            "责任单位：州经信局（牵头），州统计局；完成时限：全年",
            (("州经信局",), (), ("州经信局", "州统计局"), (), "全年"),
        ),
        # units before ，take the role of the verb after the next list
        (
            "省民政厅牵头，省财政厅、商务厅，各市（州）人民政府按职责分工负责",
            (("省民政厅",), (), ("省民政厅", "省财政厅", "省商务厅", "各市（州）人民政府"), (), None),
        ),
        # units named as a role
        (
            "县水务局为牵头单位，县财政局、县林业局为配合单位",
            (("县水务局",), ("县财政局", "县林业局"), ("县水务局", "县财政局", "县林业局"), (), None),
        ),
        ("县水务局为责任单位，2025年底前完成", ((), (), ("县水务局",), (), "2025年底前")),
        # 具体负责 is a verb, not part of the name
        (
            "县水务局牵头，县财政局配合，各乡镇具体负责",
            (("县水务局",), ("县财政局",), ("县水务局", "县财政局", "各乡镇"), (), None),
        ),
        # 落实, 抓好落实, 组织实施 after a list: responsible
        (
            "市发改委牵头，市财政局等相关部门配合，各县（区）抓好落实",
            (("市发改委",), ("市财政局",), ("市发改委", "市财政局", "各县（区）"), (), None),
        ),
        ("市发改委牵头，各县区负责组织实施", (("市发改委",), (), ("市发改委", "各县区"), (), None)),
        # units joined by 联合 or 会同 in a units cell are two units, never one name (县工商联合会 stays one)
        ("责任单位：县水利局联合各乡镇", ((), (), ("县水利局", "各乡镇"), (), None)),
        ("责任单位：县城管局联合县公安局", ((), (), ("县城管局", "县公安局"), (), None)),
        ("责任单位：县应急局会同县水利局", ((), (), ("县应急局", "县水利局"), (), None)),
        ("责任单位：县工商联合会", ((), (), ("县工商联合会",), (), None)),
        # a season or a period of the work as the annotation's last piece is its deadline
        ("县水务局、县气象局按职责分工负责，汛期", ((), (), ("县水务局", "县气象局"), (), "汛期")),
        (
            "县医保局会同县税务局组织实施，每年集中缴费期内完成",
            (("县医保局",), ("县税务局",), ("县医保局", "县税务局"), (), "每年集中缴费期内"),
        ),
        # a labelled list of leads or partners that ends in a clause of the units responsible
        (
            "牵头单位：县司法局；配合单位：县财政局、县人社局，各乡镇人民政府负责落实",
            (("县司法局",), ("县财政局", "县人社局"), ("县司法局", "县财政局", "县人社局", "各乡镇人民政府"), (), None),
        ),
        (
            "牵头单位：县民政局，各村（社区）按职责分工负责",
            (("县民政局",), (), ("县民政局", "各村（社区）"), (), None),
        ),
        ("配合单位：县财政局，县人社局", ((), ("县财政局", "县人社局"), ("县财政局", "县人社局"), (), None)),
        # remarks after a labelled list
        (
            "责任单位：县商务局、县财政局按职责分工负责。具体事项涉及各乡（镇）人民政府，不再做分工，下同。",
            ((), (), ("县商务局", "县财政局"), (), None),
        ),
        # a closing sentence about the tasks that follow names no unit of this one
        (
            "县林业局牵头，县公安局、县应急局配合，各乡镇负责落实。以下各项均需各乡镇落实，不再逐条列出",
            (("县林业局",), ("县公安局", "县应急局"), ("县林业局", "县公安局", "县应急局", "各乡镇"), (), None),
        ),
        (
            "区城管局牵头，区住建局参与。此后各项任务区属各街道均应配合，不再单独列出。",
            (("区城管局",), ("区住建局",), ("区城管局", "区住建局"), (), None),
        ),
    ],
)
def test_annotation_roles(annotation: str, expected: Row) -> None:
    found = parse_annotation(annotation)
    assert found is not None
    assert (tuple(found.lead), tuple(found.partners), found.departments, tuple(found.leaders), found.due) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024年底前完成",  # a deadline only
        "加强协同",  # a verb, but no unit before it
        "以下简称县水务局",  # no role at all
        "完成时限：2024年底前",  # a label that names no unit
        "县水务局牵头，做好巡查",  # a piece that is neither a role nor a deadline: not read with confidence
        "县水务局、县财政局，做好巡查",  # units with no verb after them and no lead marked
        "县水务局牵头，县财政局、县林业局",  # units without a role after a verb: not read
        "认真抓好落实",  # a verb after words that name no unit
    ],
)
def test_not_an_assignment(text: str) -> None:
    assert parse_annotation(text) is None


def test_a_deadline_followed_by_its_work_is_read_in_a_bracket_not_in_prose() -> None:
    # in a bracket the piece is the deadline and what is due then; a sentence of prose may be the task's own
    found = parse_annotation("县水务局牵头，2025年底前完成河道巡查")
    assert found is not None and (found.lead, found.due) == (["县水务局"], "2025年底前")
    assert parse_annotation("县水务局牵头，2025年底前完成河道巡查", strict=True) is None


LEADERS = [
    # a leader written after the unit they head, no unit labelled: the unit is responsible, the post and name lead
    ("责任人：县住建局局长赵明", ("县住建局",), ("局长赵明",)),
    ("责任人：县财政局副局长", ("县财政局",), ("副局长",)),
    ("牵头领导：县发改局党组书记、局长钱亮", ("县发改局",), ("党组书记、局长钱亮",)),
    ("责任人：县住建局局长赵明、县财政局局长钱亮", ("县住建局", "县财政局"), ("局长赵明", "局长钱亮")),
    # a unit labelled: the leader's unit is no unit of the task, the leader is kept as written
    ("牵头单位：县林长办；牵头领导：县林业局局长", ("县林长办",), ("县林业局局长",)),
    # a name alone, a post alone, a government's or a party committee's own leader: no unit
    ("责任人：赵明", (), ("赵明",)),
    ("牵头领导：副县长李四", (), ("副县长李四",)),
    ("牵头领导：县政府副县长李四", (), ("县政府副县长李四",)),
    ("牵头领导：县委副书记李四", (), ("县委副书记李四",)),
    ("牵头领导：县委常委、副县长王某", (), ("县委常委、副县长王某",)),
]


@pytest.mark.parametrize(("written", "units", "leaders"), LEADERS)
def test_a_leader_written_after_the_unit_they_head(
    written: str, units: tuple[str, ...], leaders: tuple[str, ...]
) -> None:
    found = Assignment()
    for segment in written.split("；"):
        label, _, value = segment.partition("：")
        found.add(P.LABEL_ROLES[label], value, segment)
    task = found.task(due=None, id=1, text="", line=1, path="一", source="body", group=1, subgroup=None)
    assert (task.departments, task.leaders, found.has_units) == (units, leaders, bool(units))


# labelled lines under an item: a 牵头单位 line written after the 责任单位 line puts its lead first in the
# departments (as a table's lead column does); a lead written first, or no lead, keeps the order written
LABEL_LINE_ORDERS = [
    ([("departments", "责任单位：各社区居委会"), ("lead", "牵头单位：街道城管办")], ("街道城管办", "各社区居委会")),
    (
        [("departments", "责任单位：县林业局、县财政局"), ("lead", "牵头单位：县自然资源局")],
        ("县自然资源局", "县林业局", "县财政局"),
    ),
    ([("lead", "牵头单位：街道城管办"), ("departments", "责任单位：各社区居委会")], ("街道城管办", "各社区居委会")),
    ([("departments", "责任单位：县林业局"), ("partners", "配合单位：县财政局")], ("县林业局", "县财政局")),
    ([("departments", "责任单位：县林业局、县财政局"), ("lead", "牵头单位：县林业局")], ("县林业局", "县财政局")),
]


@pytest.mark.parametrize(("lines", "departments"), LABEL_LINE_ORDERS)
def test_a_lead_labelled_after_the_units_is_listed_first(
    lines: list[tuple[str, str]], departments: tuple[str, ...]
) -> None:
    assignment = Assignment()
    for role, written in lines:
        assignment.add(role, written.partition("：")[2], written)
    assert assignment.departments == departments

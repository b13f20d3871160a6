"""Forms of real pages of the genre, each a rule with its near misses: a member list's posts in brackets
(no task), 等…和 in a State Council list of units, levels written together before a shared 政府, a
cover whose division of tasks is not in the text, a task table that cannot be cut into rows, a role verb
inside prose, and a page that ends inside a role label. Notices written for the tests, invented places."""

from __future__ import annotations

import pytest

from policy_cli.departments import split_units
from policy_cli.errors import InputError
from policy_cli.models import Notice
from policy_cli.parse import parse_text


def codes(notice: Notice) -> list[tuple[str, int]]:
    return [(w.code, w.line) for w in notice.warnings]


# --- a member list: 负责人 is a post, no role verb ----------------------------------------------------

_GROUP = """青石镇人民政府关于印发青石镇饮水安全工作方案的通知
一、工作任务
（一）开展饮水安全检查。抽检村级水站。（镇卫生院负责）
二、组织领导
镇政府成立饮水安全工作领导小组：
组  长：周某（镇长）
成  员：吴某（东塘村委会主任）
{last}
三、工作要求
各村要按时完成。
"""


@pytest.mark.parametrize(
    ("last", "tasks"),
    [
        # a member's post in brackets names a person: no unit is given the block's work
        ("郑某（西塘社区居委会负责人）", [("一/（一）", ("镇卫生院",))]),
        ("郑某（西塘社区居委会主要负责同志）", [("一/（一）", ("镇卫生院",))]),
        ("郑某（镇财政所分管负责人）", [("一/（一）", ("镇卫生院",))]),
        ("郑某（镇农业服务中心负责人员）", [("一/（一）", ("镇卫生院",))]),
        # near miss: a unit with its role verb closing the block is its assignment
        ("办公室日常工作。（镇卫生院负责）", [("一/（一）", ("镇卫生院",)), ("二", ("镇卫生院",))]),
    ],
)
def test_a_post_in_brackets_gives_no_task(last: str, tasks: list[tuple[str, tuple[str, ...]]]) -> None:
    notice = parse_text(_GROUP.format(last=last))
    assert [(t.path, t.departments) for t in notice.tasks] == tasks


# --- 等…和: the named units and the one after 和 ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        # 等 alone before 和, as the State Council writes it
        ("民政部、国家医保局等和地方人民政府", ("民政部", "国家医保局", "地方人民政府")),
        ("省民政厅、省财政厅等和各市人民政府", ("省民政厅", "省财政厅", "各市人民政府")),
        # the governments of every place after 等部门和
        ("教育部、民政部等部门和各地", ("教育部", "民政部", "各地")),
        ("县教育局等部门和各乡镇", ("县教育局", "各乡镇")),
        # near misses: a bare collective after 和 names none; 等 inside a word joins nothing
        ("县教育局等部门和学校", ("县教育局",)),
        ("县教育局等有关部门和有关单位", ("县教育局",)),
        ("高等院校和科研院所", ("高等院校和科研院所",)),
    ],
)
def test_units_before_and_after_deng_he(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


def test_deng_he_in_an_annotation_gives_both_units() -> None:
    text = """某省人民政府办公厅关于印发某工作任务的通知
一、总体要求
（一）做好甲工作。推进甲。（省卫生健康委、省疾控局等和各市人民政府按职责分工负责）
"""
    (task,) = parse_text(text).tasks
    assert task.departments == ("省卫生健康委", "省疾控局", "各市人民政府")


# --- levels written together before one 政府: one collective, as written --------------------------------


@pytest.mark.parametrize(
    ("raw", "units"),
    [
        ("各市州、县市区政府", ("各市州、县市区政府",)),
        ("各市州、县市区政府，各开发区管委会", ("各市州、县市区政府", "各开发区管委会")),
        ("各县市、区人民政府", ("各县市、区人民政府",)),
        # near misses: a shared ending goes back only to names that lack one, and a bureau is no 政府
        ("各街道、区直各部门", ("各街道", "区直各部门")),
        ("各市州、县市区财政局", ("各市州", "县市区财政局")),
    ],
)
def test_levels_written_together_share_one_government(raw: str, units: tuple[str, ...]) -> None:
    assert split_units(raw) == units


# --- a cover whose division of tasks is not in the text ---------------------------------------------

_COVER = """{title}
各镇人民政府，县直各单位：
为抓好今年各项工作，经县政府同意，现就有关事项通知如下。
一、加强领导，明确分工。各单位主要领导要亲自过问，专人跟进。
二、按月报送，动态跟踪。各单位每月5日前报送上月进展情况。
三、严格考核，奖优罚劣。落实情况纳入年度综合考评。
"""


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("某县人民政府办公室关于2025年县《政府工作报告》目标任务责任分解的通知", "cover-only"),
        ("某县人民政府办公室关于印发2025年政府工作报告重点工作责任分工的通知", "cover-only"),
        # near misses: a notice that is itself the plan, and a division whose requirements hold clauses
        ("某县人民政府办公室关于加强安全生产工作的实施意见", "no-tasks"),
    ],
)
def test_a_cover_without_its_division_of_tasks_is_cover_only(title: str, code: str) -> None:
    notice = parse_text(_COVER.format(title=title))
    assert notice.tasks == ()
    found = [c for c, _ in codes(notice) if c in ("cover-only", "no-tasks")]
    assert found == [code]
    if code == "cover-only":
        assert codes(notice)[0] == ("cover-only", 2)  # at its addressees


def test_a_division_with_clauses_under_its_parts_is_no_cover() -> None:
    text = _COVER.format(title="某县人民政府办公室关于印发重点工作责任分工的通知") + "（一）做好甲工作。\n"
    assert [c for c, _ in codes(parse_text(text)) if c in ("cover-only", "no-tasks")] == ["no-tasks"]


@pytest.mark.parametrize(
    "parts",
    [
        # parts that label units' roles, and a 要点's dated items: work not read, never a cover's requirements
        "一、改造供水管网。牵头单位：县水利局\n二、新建污水泵站。牵头单位：县住建局\n",
        "一、改造供水管网，6月底前完成。\n二、新建污水泵站，9月底前完成。\n三、整治黑臭水体，年底前完成。\n",
    ],
)
def test_a_division_whose_parts_assign_work_is_no_cover(parts: str) -> None:
    text = "某县人民政府办公室关于印发重点工作责任分工的通知\n各镇人民政府，县直各单位：\n现印发给你们。\n" + parts
    assert "cover-only" not in [c for c, _ in codes(parse_text(text))]


def test_a_division_cover_glued_to_its_addressees_is_cover_only() -> None:
    text = (
        "某县人民政府办公室关于印发2025年重点工作责任分解的通知\n"
        "各镇人民政府，县直各单位：《2025年重点工作责任分解》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
    )
    notice = parse_text(text)
    assert notice.tasks == ()
    assert ("cover-only", 2) in codes(notice)  # at its addressees, run into the cover's first sentence


def test_a_record_of_one_task_s_fields_naming_a_plan_is_no_cover() -> None:
    # a task's fields one a line (label | value), a stage naming a plan in 《》 and a label with 、 that looks
    # like addressees: work not read, warned at the lead's label, never a cover without its document
    text = (
        "重点任务: | 12.推进老旧小区改造,完善配套设施。 |\n"
        "牵头单位: | 区住房城乡建设局 |\n"
        "阶段目标: | 第一季度:制定《某区老旧小区改造实施方案》。第四季度:全面完成。 |\n"
        "进展情况、存在问题 及工作建议:\n"
        "已完成。\n"
    )
    found = codes(parse_text(text))
    assert "cover-only" not in [c for c, _ in found]
    assert ("body-unread", 2) in found and ("line-not-read", 2) in found


_COVER_TITLE = "溪口县人民政府办公室关于印发溪口县2025年重点工作任务分工方案的通知\n溪政办〔2025〕12号\n"
_COVER_BODY = (
    "各乡镇人民政府，县直各单位：\n"
    "现将《溪口县2025年重点工作任务分工方案》印发给你们，请认真组织实施。\n"
    "溪口县人民政府办公室\n2025年3月1日\n"
)


@pytest.mark.parametrize(
    ("head", "tail"),
    [
        # a page's metadata row holding a role-like label among other keys, before the title
        ("索引号：000000/2025-00012 | 公开责任部门：县政府办 | 生成日期：2025-03-01\n", ""),
        ("索引号：000000/2025-00012 | 责任单位：县政府办 | 公开方式：主动公开\n", ""),
        # the label on its own line, next to a metadata line, before the title
        ("索引号：000000/2025-00012\n牵头单位：县发改局\n", ""),
        # after the title: 公开责任部门 is itself a metadata key
        ("", "索引号：000000/2025-00012\n公开责任部门：县政府办\n"),
        ("", "发布日期：2025-03-02 | 主责单位：县政府办\n"),
    ],
)
def test_a_role_label_in_a_page_s_metadata_leaves_a_cover_only(head: str, tail: str) -> None:
    found = codes(parse_text(head + _COVER_TITLE + tail + _COVER_BODY))
    assert "cover-only" in [c for c, _ in found]
    assert "body-unread" not in [c for c, _ in found] and "line-not-read" not in [c for c, _ in found]


def test_a_role_label_outside_a_page_s_metadata_is_still_a_sign_of_work() -> None:
    # near miss: 完成时间： ends in a metadata word (时间) but is a task's field, no metadata row
    text = (
        "重点任务: | 12.推进老旧小区改造,完善配套设施。 |\n"
        "牵头单位: | 区住房城乡建设局 | 完成时间：2025年底 |\n"
        "阶段目标: | 第一季度:制定《某区老旧小区改造实施方案》。第四季度:全面完成。 |\n"
        "进展情况、存在问题 及工作建议:\n"
        "已完成。\n"
    )
    found = codes(parse_text(text))
    assert "cover-only" not in [c for c, _ in found]
    assert ("body-unread", 2) in found


# --- a task table of the genre whose rows cannot be cut into cells ----------------------------------


def test_a_table_run_into_one_line_is_kept_with_table_not_read() -> None:
    text = (
        "|\n"
        "（续前页） 项目内容 工作标准 资金来源 完成时限 牵头部门 承办部门 部门 责任人 七 改善出行条件 31 更换"
        "老城区路灯500盏 亮灯率达到98% 由市财政安排 上半年:完成招标;下半年:完成安装 市城管局 钱某 "
        "市财政局 孙某 新建公交候车亭40座 站牌统一更新\n"
    )
    notice = parse_text(text)
    assert notice.tasks == ()
    assert ("table-not-read", 2) in codes(notice)


def test_a_table_whose_rows_are_cut_into_cells_is_read() -> None:
    text = (
        "序号 项目内容 牵头部门 承办部门 完成时限\n"
        "31 更换老城区路灯 市城管局 市财政局 2009年底\n"
        "32 新建公交候车亭 市交通局 市财政局 2009年底\n"
    )
    notice = parse_text(text)
    assert [(t.lead, t.departments, t.due) for t in notice.tasks] == [
        (("市城管局",), ("市城管局", "市财政局"), "2009年底"),
        (("市交通局",), ("市交通局", "市财政局"), "2009年底"),
    ]
    assert "table-not-read" not in [c for c, _ in codes(notice)]


def test_a_header_naming_no_units_column_is_still_refused() -> None:
    text = "项目内容 资金来源 完成时限 更换老城区路灯 由市财政安排 上半年完成招标\n"
    with pytest.raises(InputError):
        parse_text(text)


# --- a role verb inside prose, with no unit's name before it ----------------------------------------

_PROSE = """某省人民政府办公厅关于印发某工作要点的通知
一、办好群众身边的学校
（一）建设一批示范学校。改造校舍，更新设备。（省教育厅负责）
（二）办好乡村学校。鼓励教师下乡，组织省会和（地）级市{clause}，带动乡村学校发展。
"""


@pytest.mark.parametrize(
    ("clause", "warned"),
    [
        # a noun phrase of prose ending like a unit (城区的学院), then a verb of the sentence: no role
        ("城区的师范学院支持偏远乡镇", False),
        ("城区的师范学院参与结对帮扶", False),
        # near miss: a unit's own name before the verb is a role no assignment holds
        ("，省师范学院支持偏远乡镇", True),
    ],
)
def test_a_role_verb_in_prose_needs_a_unit_before_it(clause: str, warned: bool) -> None:
    notice = parse_text(_PROSE.format(clause=clause))
    assert [t.path for t in notice.tasks] == ["一/（一）"]
    assert (("role-not-read", 4) in codes(notice)) is warned


# --- a page that ends inside a role label -------------------------------------------------------------

_CUT = """某区人民政府办公室关于印发某区老旧小区改造行动方案的通知
一、总体要求
三年内完成老旧小区改造。
二、主要任务
（一）开展屋面防水改造
{last}
"""


@pytest.mark.parametrize(
    ("last", "warned"),
    [
        ("牵头领", True),
        ("【责任单", True),
        ("配合部门", True),
        # near misses: a sentence of prose, and a label with its value
        ("推进屋面改造", False),
        ("牵头单位：区住房城乡建设局", False),
    ],
)
def test_a_page_ending_inside_a_label_is_cut_off(last: str, warned: bool) -> None:
    notice = parse_text(_CUT.format(last=last))
    assert (("text-cut-off", 6) in codes(notice)) is warned

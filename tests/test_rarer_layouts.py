"""Rarer layouts of the genre: a deadline column before the task column, a plan grouped by quarter or month,
a title ending 重点工作, a deadline labelled after the text, a row of totals under a ledger, dashes written as
hyphens, a deadline bracket after the units' bracket, units cells split by / or <br> or a role mark, a phone
after a person, empty-meaning cells of a kept column. Each table holds the layout read right and a near form
that stays as it was."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

# (notice, per task: (text start, departments, lead, due, due_date))
Expected = list[tuple[str, list[str], list[str], str | None, str | None]]


def _read(notice: str) -> Expected:
    return [(t.text[:8], list(t.departments), list(t.lead), t.due, t.due_date) for t in parse_text(notice).tasks]


# ------------------------------------------------------------------ a deadline column before the task column

DUE_COLUMN_FIRST = [
    (  # tabs, 序号 first
        "白沙区2025年重点工作任务清单\n序号\t完成时限\t工作任务\t牵头单位\t配合单位\n"
        "1\t2025年4月底前\t制定年度督查工作方案\t区委督查室\t区政府办\n"
        "2\t长期坚持\t开展燃气隐患排查整治\t区应急管理局\t各街道办事处\n",
        [
            ("制定年度督查工作", ["区委督查室", "区政府办"], ["区委督查室"], "2025年4月底前", "2025-04-30"),
            ("开展燃气隐患排查", ["区应急管理局", "各街道办事处"], ["区应急管理局"], "长期坚持", None),
        ],
    ),
    (  # spaces
        "白沙区2025年重点工作任务清单\n序号 完成时限 工作任务 责任单位\n"
        "1 2025年5月底前 修订应急预案 区应急管理局\n2 2025年9月底前 建成智慧社区示范点8个 区民政局\n",
        [
            ("修订应急预案", ["区应急管理局"], [], "2025年5月底前", "2025-05-31"),
            ("建成智慧社区示范", ["区民政局"], [], "2025年9月底前", "2025-09-30"),
        ],
    ),
    (  # pipes, the deadline column first of all
        "青石县2025年重点工作任务清单\n| 时间节点 | 序号 | 重点工作 | 牵头单位 | 配合单位 |\n|---|---|---|---|---|\n"
        "| 2025年3月底前 | 1 | 印发年度督查方案 | 县委督查室 | 县政府办 |\n"
        "| 2025年6月底前 | 2 | 新建高标准农田1万亩 | 县农业农村局 | 县财政局 |\n",
        [
            ("印发年度督查方案", ["县委督查室", "县政府办"], ["县委督查室"], "2025年3月底前", "2025-03-31"),
            ("新建高标准农田1", ["县农业农村局", "县财政局"], ["县农业农村局"], "2025年6月底前", "2025-06-30"),
        ],
    ),
    (  # 完成时限 before 序号; yearless deadlines take the title's year
        "青石县2025年河湖长制工作任务清单\n完成时限\t序号\t工作任务\t责任单位\n"
        "3月底前\t1\t印发年度总河长令\t县河长办\n10月底前\t2\t完成入河排污口整治\t县生态环境局\n",
        [
            ("印发年度总河长令", ["县河长办"], [], "3月底前", "2025-03-31"),
            ("完成入河排污口整", ["县生态环境局"], [], "10月底前", "2025-10-31"),
        ],
    ),
    (  # 时间 as the deadline column's name, last
        "青石县教育局2025年上半年重点工作安排\n序号\t工作内容\t责任股室\t时间\n"
        "1\t开展校园安全大检查\t安全股\t1月\n2\t召开全县教育工作会议\t办公室\t3月\n",
        [
            ("开展校园安全大检", ["安全股"], [], "1月", "2025-01-31"),
            ("召开全县教育工作", ["办公室"], [], "3月", "2025-03-31"),
        ],
    ),
    (  # 月份 first, written on the first row of its month only
        "青石县教育局2025年上半年重点工作安排\n月份\t工作内容\t责任股室\t责任人\n"
        "1月\t开展校园安全大检查\t安全股\t李强\n\t做好学生资助发放工作\t资助中心\t王红\n"
        "2月\t组织春季开学检查\t督导室\t赵敏\n",
        [
            ("开展校园安全大检", ["安全股"], [], "1月", "2025-01-31"),
            ("做好学生资助发放", ["资助中心"], [], "1月", "2025-01-31"),
            ("组织春季开学检查", ["督导室"], [], "2月", "2025-02-28"),
        ],
    ),
    (  # kept: the deadline column after the task column, as before
        "白沙区2025年重点工作任务清单\n序号\t工作任务\t牵头单位\t完成时限\n1\t制定年度督查工作方案\t区委督查室\t2025年4月底前\n",
        [("制定年度督查工作", ["区委督查室"], ["区委督查室"], "2025年4月底前", "2025-04-30")],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), DUE_COLUMN_FIRST)
def test_a_deadline_column_is_read_wherever_it_stands(notice: str, expected: Expected) -> None:
    assert _read(notice) == expected


# ------------------------------------------------------------------ plans grouped by period

PERIODS = [
    (  # quarters, and months as a part's heading (a figure first: a heading all the same)
        "青石县2025年招商引资工作要点\n一、第一季度\n1.制定年度招商工作方案。（县投资促进局牵头，各乡镇配合）\n"
        "二、二季度\n2.开展产业链招商专题研究。（县发展改革局负责）\n三、7—9月\n3.赴长三角开展小分队招商。（县投资促进局负责）\n"
        "四、第四季度\n4.开展年度招商考核，11月底前完成。（县投资促进局负责）\n",
        [
            ("制定年度招商工作", ["县投资促进局", "各乡镇"], ["县投资促进局"], "第一季度", "2025-03-31"),
            ("开展产业链招商专", ["县发展改革局"], [], "二季度", "2025-06-30"),
            ("赴长三角开展小分", ["县投资促进局"], [], "7—9月", "2025-09-30"),
            ("开展年度招商考核", ["县投资促进局"], [], "11月底前", "2025-11-30"),  # its own deadline kept
        ],
    ),
    (  # lines opening with their month, each closed by its units: tasks of their own
        "青石县2025年河长制工作要点\n一、上半年工作安排\n1月：印发总河长令，部署年度工作（县河长办）\n"
        "3月：完成河湖“四乱”问题排查（县水利局、各乡镇人民政府）\n二、下半年工作安排\n"
        "9月：开展河湖长制交叉检查（县河长办牵头，县直成员单位配合）\n",
        [
            ("印发总河长令，部", ["县河长办"], [], "1月", "2025-01-31"),
            ("完成河湖“四乱”", ["县水利局", "各乡镇人民政府"], [], "3月", "2025-03-31"),
            ("开展河湖长制交叉", ["县河长办", "县直成员单位"], ["县河长办"], "9月", "2025-09-30"),
        ],
    ),
    (  # kept: a part named by its subject names no deadline
        "青石县2025年招商引资工作要点\n一、招商推介\n1.举办春季项目集中签约活动。（县投资促进局负责）\n",
        [("举办春季项目集中", ["县投资促进局"], [], None, None)],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), PERIODS)
def test_a_plan_grouped_by_period_dates_its_tasks(notice: str, expected: Expected) -> None:
    assert _read(notice) == expected


def test_a_month_line_in_prose_is_no_task_of_its_own() -> None:
    """1月：… with no bracket closing it, in a part's prose: the part's text, as before."""
    notice = (
        "青石县2025年河长制工作要点\n一、工作安排\n全年分两步推进。\n1月：部署年度工作。\n"
        "二、重点任务\n1.开展河湖长制交叉检查。（县河长办负责）\n"
    )
    assert [t.text[:6] for t in parse_text(notice).tasks] == ["开展河湖长制"]


# ------------------------------------------------------------------ titles and labelled deadlines

TITLE_AND_LABELS = [
    (  # a title ending 重点工作 names the notice's year
        "青石区2025年安全生产重点工作\n1.修订安委会成员单位职责清单，3月底前印发。（区应急管理局）\n"
        "2.开展燃气安全专项整治，9月底前完成。（区住建局牵头，区应急管理局配合）\n",
        [
            ("修订安委会成员单", ["区应急管理局"], [], "3月底前", "2025-03-31"),
            ("开展燃气安全专项", ["区住建局", "区应急管理局"], ["区住建局"], "9月底前", "2025-09-30"),
        ],
    ),
    (  # a deadline labelled at the end of the text, the units from the heading
        "青石市住房和城乡建设局2025年重点工作任务分解\n一、规范建筑市场（牵头科室：建筑业管理科）\n"
        "（一）推进智慧工地建设，覆盖率达到80%以上，时限：2025年10月\n",
        [("推进智慧工地建设", ["建筑业管理科"], ["建筑业管理科"], "2025年10月", "2025-10-31")],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), TITLE_AND_LABELS)
def test_titles_and_labelled_deadlines(notice: str, expected: Expected) -> None:
    assert _read(notice) == expected


def test_a_labelled_deadline_closing_the_text_is_no_cut_off() -> None:
    notice = TITLE_AND_LABELS[1][0]
    assert not {w.code for w in parse_text(notice).warnings} & {"task-cut-off", "text-cut-off"}


def test_a_labelled_deadline_gives_no_task_without_units() -> None:
    """kept: items naming no unit stay unread, their deadline labels notwithstanding."""
    notice = "某市2025年城建工作要点\n一、加快城市更新\n（一）开工改造老旧小区45个，时限：2025年11月底前\n（二）推进燃气管道更新改造，时限：2025年10月\n"
    assert parse_text(notice).tasks == ()


# ------------------------------------------------------------------ dashes and brackets closing an item

DASHES = [
    (
        "青石区2025年政务公开工作要点\n一、加强政策解读\n1.建立政策解读回应联动机制--区委宣传部、区政府办公室\n"
        "2.开展“政府开放日”活动，全年不少于4次。－－区政务服务中心\n3.规范政务新媒体管理。——区委网信办\n",
        [
            ("建立政策解读回应", ["区委宣传部", "区政府办公室"], [], None, None),
            ("开展“政府开放日", ["区政务服务中心"], [], None, None),
            ("规范政务新媒体管", ["区委网信办"], [], None, None),
        ],
    ),
    (
        "青石县2025年乡村振兴重点工作任务\n一、建设宜居乡村\n1.实施农村公路提质改造60公里（县交通运输局）[12月底前]\n"
        "2.新改建农村卫生厕所1500户。（县农业农村局；9月底前）\n",
        [
            ("实施农村公路提质", ["县交通运输局"], [], "12月底前", "2025-12-31"),
            ("新改建农村卫生厕", ["县农业农村局"], [], "9月底前", "2025-09-30"),
        ],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), DASHES)
def test_units_after_hyphens_and_a_deadline_bracket_after_the_units(notice: str, expected: Expected) -> None:
    assert _read(notice) == expected


def test_a_range_with_a_hyphen_is_no_dash() -> None:
    """kept: 2025-2026 in a text gives no units."""
    notice = "青石区2025年政务公开工作要点\n一、加强政策解读\n1.编制2025--2026年度目录。\n2.开展解读。——区政府办公室\n"
    assert [t.text[:6] for t in parse_text(notice).tasks] == ["开展解读。"]


# ------------------------------------------------------------------ ledgers: totals, units cells, empty cells

LEDGERS = [
    (  # a row of totals under the rows takes nothing from the last one
        "青石县2025年为民办实事项目推进台账\n序号\t项目名称\t建设内容\t责任单位\t完成时限\t进度情况\n"
        "1\t城区停车场建设\t新建公共停车场2处\t县城管局\t2025年10月底前\t完成60%\n"
        "2\t幼儿园扩容\t新增公办学位900个\t县教育局\t2025年8月底前\t主体完工\n合计\t2项\t\t\t\n",
        [
            ("城区停车场建设 ", ["县城管局"], [], "2025年10月底前", "2025-10-31"),
            ("幼儿园扩容 新增", ["县教育局"], [], "2025年8月底前", "2025-08-31"),
        ],
    ),
    (  # units apart by / or <br>, a lead marked and its partner glued after it
        "青石县2025年城乡建设重点工作台账\n序号\t工作内容\t责任单位\t完成时间\n"
        "1\t完成北区路网建设\t县住建局（牵头）县交通运输局\t2025年10月底前\n"
        "2\t完成农村危房改造150户\t县住建局<br>各乡镇人民政府\t2025年9月底前\n"
        "3\t开展免费两癌筛查\t县卫健委/县妇联\t2025年11月底前\n",
        [
            ("完成北区路网建设", ["县住建局", "县交通运输局"], ["县住建局"], "2025年10月底前", "2025-10-31"),
            ("完成农村危房改造", ["县住建局", "各乡镇人民政府"], [], "2025年9月底前", "2025-09-30"),
            ("开展免费两癌筛查", ["县卫健委", "县妇联"], [], "2025年11月底前", "2025-11-30"),
        ],
    ),
]


LEDGERS.append(
    (  # a space before a list's 、 in a row whose cells spaces separate: one units cell, the post before it a leader
        "关于市委第一巡察组反馈问题的整改清单\n序号 问题 整改措施 牵头领导 责任单位 整改时限\n"
        "1 财务管理不规范 全面清理白条入账 副局长王强 财务科 2025年5月底前\n"
        "2 干部培训针对性不强 开展专题培训4期 局长 人事科 、办公室 2025年12月底前\n",
        [
            ("财务管理不规范 ", ["财务科"], [], "2025年5月底前", "2025-05-31"),
            ("干部培训针对性不", ["人事科", "办公室"], [], "2025年12月底前", "2025-12-31"),
        ],
    )
)


@pytest.mark.parametrize(("notice", "expected"), LEDGERS)
def test_ledger_rows_and_units_cells(notice: str, expected: Expected) -> None:
    assert _read(notice) == expected


def test_a_row_of_totals_is_set_aside() -> None:
    notice = parse_text(LEDGERS[0][0])
    assert [b.text.split("\t")[0] for b in notice.boilerplate if b.kind == "table-total"] == ["合计"]


def test_a_phone_after_a_person_and_empty_cells_add_nothing() -> None:
    notice = parse_text(
        "青石区2025年为民办实事任务清单\n| 序号 | 实事项目 | 责任单位 | 责任人 | 完成时间 | 完成情况 |\n|---|---|---|---|---|---|\n"
        "| 1 | 新增社区养老服务站5个 | 区民政局 | 刘芳 13900001111 | 2025年9月 | 无 |\n"
        "| 2 | 改造背街小巷20条 | 区城管局 | 陈军（0731-1234567） | 年底前 | — |\n"
        "| 3 | 新建口袋公园3个 | 区园林局 | / | 2025年10月31日 | / |\n"
        "| 4 | 接种流感疫苗 | 区卫健委 | 周婷 | 10月-12月 | 进行中 |\n"
    )
    assert [(t.text, list(t.leaders)) for t in notice.tasks] == [
        ("新增社区养老服务站5个", ["刘芳"]),
        ("改造背街小巷20条", ["陈军"]),
        ("新建口袋公园3个", []),
        ("接种流感疫苗（完成情况：进行中）", ["周婷"]),  # kept: a cell saying something
    ]


# ------------------------------------------------------------------ a meeting before 由Y负责

MEETINGS = [
    (  # the meeting is the work, the unit after 由 is responsible
        "青石市2025年创建文明城市工作方案\n一、重点任务\n（一）加强宣传发动。召开全市创文推进会，由市文明办负责。\n"
        "（二）做好迎检工作。举办全市志愿服务展示活动，由团市委负责。\n",
        [
            ("加强宣传发动。召", ["市文明办"], [], None, None),
            ("做好迎检工作。举", ["团市委"], [], None, None),
        ],
    ),
    (  # kept: a unit's own name before 负责
        "青石市2025年创建文明城市工作方案\n一、重点任务\n（一）加强宣传发动。市委宣传部、市文明办负责。\n"
        "（二）做好迎检工作。开展环境卫生大扫除，由市城管局负责。\n",
        [
            ("加强宣传发动。", ["市委宣传部", "市文明办"], [], None, None),
            ("做好迎检工作。开", ["市城管局"], [], None, None),
        ],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), MEETINGS)
def test_a_meeting_before_the_units_role_is_no_unit(notice: str, expected: Expected) -> None:
    assert _read(notice) == expected

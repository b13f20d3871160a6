"""Task tables in the ordinary layouts (cells a tab, a pipe or runs of spaces apart) in forms the common
case does not show: 序号 cells in other figures than Arabic, category rows numbered in words, a header
wrapped over two lines, an empty units cell in a spaced row. Each case is a short notice written for the
test (invented places) and what its tasks must read as; controls beside each rule keep the other side."""

from __future__ import annotations

import pytest

from .cases import codes as _codes
from .cases import lines as _lines
from .cases import parsed as _parsed

# --- 序号 cells in other figures than Arabic -----------------------------------------------------------

WORDS_TAB = _lines(
    "附件",
    "临川县2025年文旅融合项目推进表",
    "序号\t项目名称\t牵头单位\t配合单位\t完成时限",
    "一\t古镇游客中心改建\t县文化旅游局\t县住房城乡建设局\t2025年9月底前",
    "二\t环湖绿道贯通工程\t县交通运输局\t县自然资源局、县水利局\t2026年3月底前",
    "三\t非遗工坊建设\t县文化旅游局\t\t2025年11月底前",
)

BRACKETED_TAB_REMARK = _lines(
    "云岭乡2025年平安建设重点任务分解表",
    "序号\t重点任务\t牵头单位\t配合单位\t完成时限\t备注",
    "（1）\t排查化解矛盾纠纷\t乡综治中心\t乡司法所、乡派出所\t每季度\t",
    "（2）\t整治农村道路交通隐患\t乡应急办\t乡交管站\t2025年6月底前\t已列入年度计划",
    "（3）\t开展防范电信诈骗宣传\t乡派出所\t各村民委员会\t2025年12月底前\t",
)

BRACKETED_WORDS_PIPE = _lines(
    "附件",
    "滨江区2025年为老服务项目清单",
    "| 序号 | 项目内容 | 牵头单位 | 配合单位 | 完成时限 |",
    "| --- | --- | --- | --- | --- |",
    "| （一） | 新建社区嵌入式养老服务站2个 | 区民政局 | 区卫生健康局 | 2025年10月底前 |",
    "| （二） | 改造老年人家庭适老化设施300户 | 区民政局 | 区残联、各街道办事处 | 2025年12月底前 |",
)

CIRCLED_SPACED = _lines(
    "附件",
    "松山县2025年农田水利建设任务表",
    "序号  建设内容                牵头单位      配合单位          完成时限",
    "①    新建高效节水灌溉2万亩    县水利局      县农业农村局      2025年11月底前",
    "②    清淤整治山塘40座        县水利局      县财政局          2025年5月底前",
    "③    改造提升机电泵站6处      县水利局      县供电公司        2025年9月底前",
)

WORDS_MARKED_SPACED = _lines(
    "附件",
    "石岭县2025年城建重点项目表",
    "序号  项目名称              牵头单位    配合单位      完成时限",
    "一、  县城雨污分流改造      县住建局    县水利局      2025年10月底前",
    "二、  新建城北农贸市场      县商务局    县市场监管局  2025年7月底前",
)

OTHER_FIGURES_CASES = [
    # (notice, tasks: (path, text, lead, partners, due))
    (
        WORDS_TAB,
        [
            ("1", "古镇游客中心改建", ("县文化旅游局",), ("县住房城乡建设局",), "2025年9月底前"),
            ("2", "环湖绿道贯通工程", ("县交通运输局",), ("县自然资源局", "县水利局"), "2026年3月底前"),
            ("3", "非遗工坊建设", ("县文化旅游局",), (), "2025年11月底前"),
        ],
    ),
    (
        BRACKETED_TAB_REMARK,
        [
            ("1", "排查化解矛盾纠纷", ("乡综治中心",), ("乡司法所", "乡派出所"), "每季度"),
            ("2", "整治农村道路交通隐患", ("乡应急办",), ("乡交管站",), "2025年6月底前"),
            ("3", "开展防范电信诈骗宣传", ("乡派出所",), ("各村民委员会",), "2025年12月底前"),
        ],
    ),
    (
        BRACKETED_WORDS_PIPE,
        [
            ("1", "新建社区嵌入式养老服务站2个", ("区民政局",), ("区卫生健康局",), "2025年10月底前"),
            ("2", "改造老年人家庭适老化设施300户", ("区民政局",), ("区残联", "各街道办事处"), "2025年12月底前"),
        ],
    ),
    (
        WORDS_MARKED_SPACED,
        [
            ("1", "县城雨污分流改造", ("县住建局",), ("县水利局",), "2025年10月底前"),
            ("2", "新建城北农贸市场", ("县商务局",), ("县市场监管局",), "2025年7月底前"),
        ],
    ),
    (
        CIRCLED_SPACED,
        [
            ("1", "新建高效节水灌溉2万亩", ("县水利局",), ("县农业农村局",), "2025年11月底前"),
            ("2", "清淤整治山塘40座", ("县水利局",), ("县财政局",), "2025年5月底前"),
            ("3", "改造提升机电泵站6处", ("县水利局",), ("县供电公司",), "2025年9月底前"),
        ],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), OTHER_FIGURES_CASES)
def test_rows_numbered_in_other_figures_are_tasks(notice: str, expected: list[tuple[object, ...]]) -> None:
    parsed = _parsed(notice)
    got = [(t.path, t.text, t.lead, t.partners, t.due) for t in parsed.tasks]
    assert got == expected
    assert "annex-unparsed" not in _codes(parsed) and "row-not-read" not in _codes(parsed)


# controls: a 序号 cell holding text is no number; a body numbered in parts keeps them
NUMBER_CELL_CONTROLS = _lines(
    "附件",
    "青禾镇2025年重点工作任务表",
    "序号\t重点任务\t牵头单位\t完成时限",
    "1\t一、完成集镇污水管网改造\t镇建设办\t2025年10月底前",
    "2\t（1）开展河道保洁\t镇农业服务中心\t长期坚持",
)


def test_number_cell_holding_text_keeps_its_text() -> None:
    parsed = _parsed(NUMBER_CELL_CONTROLS)
    got = [(t.id, t.text, t.lead) for t in parsed.tasks]
    assert got == [
        (1, "一、完成集镇污水管网改造", ("镇建设办",)),
        (2, "（1）开展河道保洁", ("镇农业服务中心",)),
    ]


# --- category rows numbered in words ------------------------------------------------------------------

CATEGORY_SPACED = _lines(
    "附件",
    "西岭区2025年城乡环境整治任务清单",
    "序号  任务名称                  牵头单位      配合单位            完成时限",
    "一    市容秩序",
    "1     清理占道经营              区城管局      各街道办事处        2025年6月底前",
    "2     规范户外广告设置          区城管局      区市场监管局        2025年9月底前",
    "二    农村人居环境",
    "3     推进农村厕所改造          区农业农村局  各镇人民政府        2025年11月底前",
)

CATEGORY_BRACKETED_TAB = _lines(
    "附件",
    "东湖市2025年教育强市建设任务分工",
    "序号\t任务内容\t责任单位\t完成时限",
    "（一）\t扩大优质学位供给\t\t",
    "1\t新建九年一贯制学校1所\t市教育局\t2025年8月底前",
    "2\t改扩建幼儿园3所\t市教育局、市住房城乡建设局\t2025年12月底前",
    "（二）\t加强教师队伍建设\t\t",
    "3\t招聘公费师范生80名\t市人力资源社会保障局\t2025年7月底前",
)

CATEGORY_PIPE_TWO_LEVELS = _lines(
    "附件",
    "南平县2025年安全生产重点任务表",
    "| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |",
    "| --- | --- | --- | --- | --- |",
    "| 一 | 隐患排查治理 |  |  |  |",
    "| （一） | 危险化学品 |  |  |  |",
    "| 1 | 开展储存场所专项检查 | 县应急管理局 | 县消防救援大队 | 2025年4月底前 |",
    "| （二） | 道路交通 |  |  |  |",
    "| 2 | 整治临水临崖路段 | 县交通运输局 | 县公安局 | 2025年10月底前 |",
)

CATEGORY_CASES = [
    # (notice, groups: (number, title, subgroup titles), tasks: (path, text, departments))
    (
        CATEGORY_SPACED,
        [(1, "市容秩序", []), (2, "农村人居环境", [])],
        [
            ("一/1", "清理占道经营", ("区城管局", "各街道办事处")),
            ("一/2", "规范户外广告设置", ("区城管局", "区市场监管局")),
            ("二/3", "推进农村厕所改造", ("区农业农村局", "各镇人民政府")),
        ],
    ),
    (
        CATEGORY_BRACKETED_TAB,
        [(1, "扩大优质学位供给", []), (2, "加强教师队伍建设", [])],
        [
            ("一/1", "新建九年一贯制学校1所", ("市教育局",)),
            ("一/2", "改扩建幼儿园3所", ("市教育局", "市住房城乡建设局")),
            ("二/3", "招聘公费师范生80名", ("市人力资源社会保障局",)),
        ],
    ),
    (
        CATEGORY_PIPE_TWO_LEVELS,
        [(1, "隐患排查治理", ["危险化学品", "道路交通"])],
        [
            ("一/（一）/1", "开展储存场所专项检查", ("县应急管理局", "县消防救援大队")),
            ("一/（二）/2", "整治临水临崖路段", ("县交通运输局", "县公安局")),
        ],
    ),
]


@pytest.mark.parametrize(("notice", "groups", "tasks"), CATEGORY_CASES)
def test_category_rows_numbered_in_words_are_groups(
    notice: str, groups: list[tuple[object, ...]], tasks: list[tuple[object, ...]]
) -> None:
    parsed = _parsed(notice)
    assert parsed.annex is not None
    got_groups = [(g.number, g.title, [s.title for s in g.subgroups]) for g in parsed.annex.groups]
    assert got_groups == groups
    assert [(t.path, t.text, t.departments) for t in parsed.tasks] == tasks
    assert "annex-unparsed" not in _codes(parsed)


def test_spaced_heading_numbered_in_words_stays_a_group() -> None:
    """一、 then a title alone (two cells, no unit, no deadline) heads the rows under it."""
    notice = CATEGORY_SPACED.replace("一    市容秩序", "一、 市容秩序")
    parsed = _parsed(notice)
    assert parsed.annex is not None
    assert [g.title for g in parsed.annex.groups] == ["市容秩序", "农村人居环境"]
    assert [t.path for t in parsed.tasks] == ["一/1", "一/2", "二/3"]


def test_row_numbered_in_words_with_units_is_a_task_not_a_category() -> None:
    """一 over a row of cells that name units and a deadline: a task numbered 1, never a group."""
    parsed = _parsed(WORDS_TAB)
    assert parsed.annex is not None and parsed.annex.groups == ()
    assert [t.id for t in parsed.tasks] == [1, 2, 3]


# --- a table scraped one cell a line with a 备注 column and a wrapped task cell ---------------------------

WRAPPED_REMARK = _lines(
    "附件",
    "白河县2025年农村供水保障任务清单",
    "序号",
    "重点任务",
    "牵头单位",
    "配合单位",
    "完成时限",
    "备注",
    "1",
    "新建集中供水工程4处，",
    "覆盖人口1.2万人",
    "县水利局",
    "县发展改革局、县财政局",
    "2025年11月底前",
    " ",
    "2",
    "开展农村水质提升行动，定期",
    "抽检末梢水",
    "县卫生健康局",
    "县水利局",
    "每季度",
    "纳入年度考核",
    "序号",
    "3",
    "推进供水管网向",
    "偏远村组延伸",
    "县水利局",
    "各乡镇人民政府",
    "2025年12月底前",
    "已完成设计",
)

WRAPPED_REMARK_CASES = [
    # (at, text, lead, partners, due)
    (0, "新建集中供水工程4处，覆盖人口1.2万人", ("县水利局",), ("县发展改革局", "县财政局"), "2025年11月底前"),
    (1, "开展农村水质提升行动，定期抽检末梢水", ("县卫生健康局",), ("县水利局",), "每季度"),
    (2, "推进供水管网向偏远村组延伸", ("县水利局",), ("各乡镇人民政府",), "2025年12月底前"),
]


@pytest.mark.parametrize(("at", "text", "lead", "partners", "due"), WRAPPED_REMARK_CASES)
def test_wrapped_task_cell_beside_a_remark_column(
    at: int, text: str, lead: tuple[str, ...], partners: tuple[str, ...], due: str
) -> None:
    parsed = _parsed(WRAPPED_REMARK)
    task = parsed.tasks[at]
    assert (task.text, task.lead, task.partners, task.due) == (text, lead, partners, due)


def test_wrapped_task_cell_fills_nothing_from_above() -> None:
    """Every row has its own cells: nothing is copied from the row above, no column name is a unit, and the
    序号 a page break left between rows is page text."""
    parsed = _parsed(WRAPPED_REMARK)
    assert len(parsed.tasks) == 3
    codes = _codes(parsed)
    assert not {"cell-filled-from-above", "column-name-as-unit", "row-cells-guessed", "annex-unparsed"} & set(codes)
    assert any(b.kind == "page-break" and b.text == "序号" for b in parsed.boilerplate)


# control: task text that ends as a unit's name does makes the row a guess, warned at the row
WRAPPED_AMBIGUOUS = _lines(
    "附件",
    "石桥镇2025年为民办实事清单",
    "序号",
    "重点任务",
    "牵头单位",
    "配合单位",
    "完成时限",
    "备注",
    "1",
    "改造提升镇区农贸市场，新建",
    "村级便民服务站",
    "镇经济发展办",
    "镇财政所",
    "2025年10月底前",
    "续建",
)


def test_wrapped_task_cell_that_reads_as_a_unit_is_warned() -> None:
    parsed = _parsed(WRAPPED_AMBIGUOUS)
    (task,) = parsed.tasks
    assert task.due == "2025年10月底前"
    assert "续建" not in task.departments
    assert "row-cells-guessed" in _codes(parsed)
    assert "cell-filled-from-above" not in _codes(parsed)


# control: a one-cell-a-line table whose remark column follows the task with no units column between is
# read as before (no row is refit by kinds, nothing raises)
NO_UNITS_REMARK = _lines(
    "附件",
    "红岩村2025年人居环境整治清单",
    "序号",
    "工作任务",
    "进度",
    "1",
    "清理房前屋后",
    "杂物堆放点",
    "已完成",
    "2",
    "疏通村内排水沟渠",
    "推进中",
)


def test_remark_table_without_units_columns_is_read() -> None:
    parsed = _parsed(NO_UNITS_REMARK)
    assert [t.id for t in parsed.tasks] == [1, 2]


# --- a tabbed header whose names the page broke inside their cells ---------------------------------------

HEADER_BROKEN_TWICE = _lines(
    "附件",
    "平川市2025年政务服务提质任务分工表",
    "序号\t重点任务\t责任",
    "单位\t完成",
    "时限",
    "1\t推行企业开办一日办结\t市行政审批局\t2025年5月底前",
    "2\t建设“一码通”服务平台\t市数据局、市政务服务中心\t2025年10月底前",
    "序号\t重点任务\t责任单位\t完成时限",
    "3\t开展政务服务满意度评价\t市政务服务中心\t2025年12月底前",
)

HEADER_BROKEN_THREE_TIMES = _lines(
    "附件",
    "溪口镇2025年防汛备汛任务表",
    "序号\t工作任务\t牵头",
    "单位\t配合",
    "单位\t完成",
    "时间",
    "1\t清理疏通镇区排洪沟\t镇建设办\t各村民委员会\t2025年4月底前",
    "2\t储备防汛物资\t镇应急办\t镇财政所\t2025年5月底前",
)

BROKEN_HEADER_CASES = [
    # (notice, tasks: (id, text, departments, lead, partners, due))
    (
        HEADER_BROKEN_TWICE,
        [
            (1, "推行企业开办一日办结", ("市行政审批局",), (), (), "2025年5月底前"),
            (2, "建设“一码通”服务平台", ("市数据局", "市政务服务中心"), (), (), "2025年10月底前"),
            (3, "开展政务服务满意度评价", ("市政务服务中心",), (), (), "2025年12月底前"),
        ],
    ),
    (
        HEADER_BROKEN_THREE_TIMES,
        [
            (1, "清理疏通镇区排洪沟", ("镇建设办", "各村民委员会"), ("镇建设办",), ("各村民委员会",), "2025年4月底前"),
            (2, "储备防汛物资", ("镇应急办", "镇财政所"), ("镇应急办",), ("镇财政所",), "2025年5月底前"),
        ],
    ),
]


@pytest.mark.parametrize(("notice", "tasks"), BROKEN_HEADER_CASES)
def test_header_names_broken_inside_their_cells_are_joined(notice: str, tasks: list[tuple[object, ...]]) -> None:
    parsed = _parsed(notice)
    assert [(t.id, t.text, t.departments, t.lead, t.partners, t.due) for t in parsed.tasks] == tasks
    assert "annex-unparsed" not in _codes(parsed)


# control: a line after the header that is a row's text, not the rest of a name, stays a row
HEADER_WHOLE = _lines(
    "附件",
    "平川市2025年政务服务提质任务分工表",
    "序号\t重点任务\t责任单位\t完成时限",
    "1\t推行企业开办一日办结\t市行政审批局\t2025年5月底前",
)


def test_whole_header_is_left_as_it_is() -> None:
    parsed = _parsed(HEADER_WHOLE)
    assert [(t.id, t.departments, t.due) for t in parsed.tasks] == [(1, ("市行政审批局",), "2025年5月底前")]


# --- spaced rows with an empty units cell ----------------------------------------------------------------

# single spaces between cells: where a cell stands tells no column, so a lone unit is the lead (a guess, warned)
SINGLE_SPACED = _lines(
    "附件",
    "柳林区2025年重点工作任务分解表",
    "序号 重点任务 牵头单位 配合单位 完成时限",
    "1 建设智慧停车平台 区城管局 区公安分局、区大数据局 2025年10月底前",
    "2 改造背街小巷20条 区住建局 2025年9月底前",
)

# runs of spaces pad the cells to their columns: each cell is read under the name it stands below
PADDED_LEADER = _lines(
    "附件",
    "金沙县2025年重点项目推进表",
    "序号  项目名称              分管领导  牵头单位      配合单位                完成时限",
    "1     县城南环线改造        周某      县交通运输局  县自然资源局、县住建局  2025年11月底前",
    "2     县人民医院新院区      吴某      县卫生健康局                          2026年6月底前",
)

PADDED_NO_LEAD = _lines(
    "附件",
    "金沙县2025年河湖治理任务表",
    "序号  任务名称                牵头单位      配合单位                完成时限",
    "1     清理河道采砂点          县水利局      县公安局                2025年5月底前",
    "2     整治入河排污口                        县生态环境局、县水利局  2025年8月底前",
    "3     推进河长巡河制度化      各乡镇人民政府                        长期坚持",
)

SPACED_EMPTY_CELL_CASES = [
    # (notice, at, lead, partners, leaders, due, warning at the row or None)
    (SINGLE_SPACED, 1, ("区住建局",), (), (), "2025年9月底前", "row-cells-guessed"),
    (PADDED_LEADER, 0, ("县交通运输局",), ("县自然资源局", "县住建局"), ("周某",), "2025年11月底前", None),
    (PADDED_LEADER, 1, ("县卫生健康局",), (), ("吴某",), "2026年6月底前", None),
    (PADDED_NO_LEAD, 1, (), ("县生态环境局", "县水利局"), (), "2025年8月底前", "row-units-unsure"),
    (PADDED_NO_LEAD, 2, ("各乡镇人民政府",), (), (), "长期坚持", None),
]


@pytest.mark.parametrize(("notice", "at", "lead", "partners", "leaders", "due", "code"), SPACED_EMPTY_CELL_CASES)
def test_spaced_row_with_an_empty_units_cell(
    notice: str,
    at: int,
    lead: tuple[str, ...],
    partners: tuple[str, ...],
    leaders: tuple[str, ...],
    due: str,
    code: str | None,
) -> None:
    parsed = _parsed(notice)
    task = parsed.tasks[at]
    assert (task.lead, task.partners, task.leaders, task.due) == (lead, partners, leaders, due)
    row = [w.code for w in parsed.warnings if w.line == task.line]
    assert row == ([code] if code else [])


def test_padded_table_read_whole_has_no_noise() -> None:
    """A last row whose partners cell is empty, read right by where its cells stand, is neither incomplete
    nor cut off."""
    parsed = _parsed(PADDED_LEADER)
    assert _codes(parsed) == []


# --- a pipe table with no bar before its first cell nor after its last -------------------------------------

PIPES_INSIDE_ONLY = _lines(
    "附件",
    "东城区2025年便民服务项目清单",
    "序号 | 项目 | 牵头单位 | 配合单位 | 时间节点",
    "1 | 新建社区食堂5个 | 区民政局 | 各街道办事处 | 2025年10月底前",
    "2 | 改造老旧电梯30部 | 区住建局 |  | 2025年12月底前",
)


def test_pipe_rows_without_outer_bars_are_read_as_cells() -> None:
    parsed = _parsed(PIPES_INSIDE_ONLY)
    got = [(t.text, t.lead, t.partners, t.due) for t in parsed.tasks]
    assert got == [
        ("新建社区食堂5个", ("区民政局",), ("各街道办事处",), "2025年10月底前"),
        ("改造老旧电梯30部", ("区住建局",), (), "2025年12月底前"),
    ]
    assert _codes(parsed) == []


def test_a_line_with_two_bars_is_no_pipe_row() -> None:
    """A B C a bar apart: three cells at most, too few to tell a row from a page's field line."""
    from policy_cli.parse.annex import _pipe_row

    assert not _pipe_row("发布时间:2025-03-01 | 来源:区政府办 | 浏览次数:120")


# control: a row numbered as the rows beside it, its other cells empty (merged with the row above), is a task
MERGED_SIBLING = _lines(
    "附件",
    "清河县2025年矛盾纠纷化解任务表",
    "序号\t重点任务\t牵头单位\t完成时限",
    "（一）\t建立矛盾纠纷联调联处机制\t县司法局\t2025年6月底前",
    "（二）\t完善村级人民调解网络\t\t",
    "（三）\t开展信访积案清零行动\t县信访局\t2025年9月底前",
)


def test_row_numbered_as_its_siblings_is_a_task_not_a_category() -> None:
    parsed = _parsed(MERGED_SIBLING)
    assert parsed.annex is not None and parsed.annex.groups == ()
    assert [(t.id, t.text) for t in parsed.tasks] == [
        (1, "建立矛盾纠纷联调联处机制"),
        (2, "完善村级人民调解网络"),
        (3, "开展信访积案清零行动"),
    ]


# --- a table scraped one cell a line, its rows numbered (1) or ① -------------------------------------------

ONE_CELL_BRACKETED = _lines(
    "附件",
    "桃源县2025年义务教育提质任务表",
    "序号",
    "重点任务",
    "牵头单位",
    "配合单位",
    "完成时限",
    "（1）",
    "新建城区小学1所",
    "县教育局",
    "县财政局",
    "2025年8月底前",
    "（2）",
    "开展教师轮岗交流",
    "县教育局",
    "县人力资源社会保障局",
    "长期坚持",
)


@pytest.mark.parametrize("form", [("（1）", "（2）"), ("①", "②")])
def test_one_cell_a_line_rows_numbered_in_brackets_or_circled(form: tuple[str, str]) -> None:
    notice = ONE_CELL_BRACKETED.replace("（1）", form[0]).replace("（2）", form[1])
    parsed = _parsed(notice)
    assert [(t.id, t.text, t.lead, t.partners, t.due) for t in parsed.tasks] == [
        (1, "新建城区小学1所", ("县教育局",), ("县财政局",), "2025年8月底前"),
        (2, "开展教师轮岗交流", ("县教育局",), ("县人力资源社会保障局",), "长期坚持"),
    ]
    assert _codes(parsed) == []

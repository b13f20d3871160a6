"""A 分工表 whose cells a document site's preview glued into one run of text (序号 and cells with nothing
between them, the run cut into chunks marked 1、 2、 3、): split into rows by their numbers and read; a
target cell opening with its deadline gives the task's deadline, in any table with no deadline column."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text
from policy_cli.source import parse_file

from .conftest import FIXTURES

GENRE = FIXTURES / "genre"


def test_glued_preview_rows() -> None:
    notice = parse_file(GENRE / "city_glued_preview_fengongbiao.txt").notice
    assert notice.metadata.title == "推进城市绿道建设重点任务责任分工表"
    assert notice.annex is not None
    rows = [(t.text[:8], t.departments, t.lead, t.partners, t.due, t.due_year) for t in notice.tasks]
    assert rows == [
        (
            "编制全市绿道网络",
            ("市公园城市局", "市规划和自然资源局", "市交通运输局", "各区(市)县政府"),
            (),
            (),
            "2023年6月底前",
            2023,
        ),
        (
            "推进滨河绿道贯通",
            ("市公园城市局", "市水务局", "市住建局", "各区(市)县政府"),  # 市水务局,\n2、市住建局: the mark is no unit
            (),
            (),
            "2023年12月底前",
            2023,
        ),
        ("完善绿道驿站服务", ("市商务局", "市公园城市局"), (), (), "2024年3月底前", 2024),
    ]
    warned = [(w.code, w.line) for w in notice.warnings]
    assert ("table-unglued", 3) in warned
    assert ("row-cut-off", 4) in warned  # row 4 stops before its units: warned, not read


@pytest.mark.parametrize(
    ("target", "due"),
    [
        ("2025年6月底前，建成回收站点100个。", "2025年6月底前"),
        ("2024年底前,完成全部改造。", "2024年底前"),
        ("到2025年,覆盖率达到90%。", None),  # a target year, no deadline
        ("覆盖率达到90%。", None),
    ],
)
def test_deadline_opening_a_target_cell(target: str, due: str | None) -> None:
    text = (
        "某县关于印发垃圾分类重点任务分工表的通知\n\n序号\t工作内容\t目标任务\t责任单位\n"
        f"1\t完善回收网络。\t{target}\t县商务局、县住建局\n"
    )
    notice = parse_text(text)
    assert [(t.text[:6], t.departments, t.due) for t in notice.tasks] == [
        ("完善回收网络", ("县商务局", "县住建局"), due)
    ]


def test_glued_table_with_unknown_columns_and_no_parts_is_not_refused() -> None:
    """A cover and its project table, all glued into one line: the table's columns (项目名称, 总投资, 项目业主)
    are not all known, so its rows are not read; the notice is of the genre by its 牵头协调部门 column, and is
    read with a warning at the table, never refused."""
    text = (
        "澜川区人民政府关于重点推进项目的通知各街道办事处：现将重点推进项目印发给你们。附件：项目情况表"
        "序号项目名称总投资项目业主牵头协调部门1新建文体中心12000澜川城投公司区住建局\n"
    )
    notice = parse_text(text)
    assert notice.tasks == ()
    assert [w.code for w in notice.warnings if w.code == "table-not-read"] == ["table-not-read"]


GLUED_WITH_LEADERS = (
    "2026年乡村道路养护任务分解表.docx\n"
    "《2026年乡村道路养护任务分解表.docx》由会员分享，可在线阅读。\n"
    "1、附件澜江州2026年乡村道路养护任务分解表序号重点任务具体内容州分管领导牵头单位配合单位完成时限"
    "1危桥改造完成农村危桥改造20座。林某州交通运输局州财政局各县市人民政府2026年10月底前"
    "2路面修补修补破损路面300公里。林某州交通运输局各县市人民政府全年补齐标志标线，完善警示设施。"
    "周某州公安局州交通运输局2026年6月底前3养护队伍组建专业养护队\n"
    "2、伍12支。周某州人社局州交通运输局2026年9月底前序号重点任务具体内容州分管领导牵头单位配合单位完成时"
    "\n3、限4养护资金足额安排养护资金。林某州财政局2026年3月底前\n"
)


def test_glued_rows_with_leaders_units_and_deadlines() -> None:
    """A preview's table whose header glues a leaders column and a deadline column: each row ends at its
    deadline, the leader's name and the units before it; units glued together are cut where a new name
    starts with a level or 各 (the first under 牵头单位 leads); a sub-row with no number is a task of its
    own; the header repeated in the run is no text, and the chunk marks 2、 3、 are no numbers."""
    notice = parse_text(GLUED_WITH_LEADERS)
    assert notice.metadata.title == "澜江州2026年乡村道路养护任务分解表"
    rows = [(t.text[:6], t.lead, t.partners, t.leaders, t.due) for t in notice.tasks]
    assert rows == [
        ("危桥改造完成", ("州交通运输局",), ("州财政局", "各县市人民政府"), ("林某",), "2026年10月底前"),
        ("路面修补修补", ("州交通运输局",), ("各县市人民政府",), ("林某",), "全年"),
        ("补齐标志标线", ("州公安局",), ("州交通运输局",), ("周某",), "2026年6月底前"),
        ("养护队伍组建", ("州人社局",), ("州交通运输局",), ("周某",), "2026年9月底前"),
        ("养护资金足额", ("州财政局",), (), ("林某",), "2026年3月底前"),
    ]
    assert [t.id for t in notice.tasks] == [1, 2, 5, 3, 4]  # the sub-row shares 2, listed after the last
    assert [(w.code, w.line) for w in notice.warnings] == [("table-unglued", 3), ("row-number-shared", 3)]


def test_glued_units_without_their_level_are_not_guessed() -> None:
    """Units glued with no level before them (教育局经开区…) cannot be cut: the table is warned, not read."""
    text = (
        "1、2026年民生实事项目分解表序号项目名称主要内容区政府分管领导牵头单位配合单位完成时限"
        "1扩充学位新增学位800个。何某教育局经开区各街道2026年8月底前\n"
    )
    notice = parse_text(text)
    assert notice.tasks == ()
    assert ("table-not-read", 1) in [(w.code, w.line) for w in notice.warnings]


def test_glued_rows_cut_off_by_the_page() -> None:
    """The preview stops inside a row: the rows before it are read, and what it holds is warned."""
    text = (
        "1、2026年河道保洁任务分解表序号重点任务州分管领导牵头单位配合单位完成时限"
        "1河道清淤完成清淤30公里。林某州水利局各县市人民政府2026年5月底前2岸线整治拆除违建\n"
    )
    notice = parse_text(text)
    assert [(t.text, t.lead, t.due) for t in notice.tasks] == [
        ("河道清淤完成清淤30公里。", ("州水利局",), "2026年5月底前")
    ]
    assert ("row-cut-off", 1) in [(w.code, w.line) for w in notice.warnings]


_GOING_ON = (
    "重点任务分工清单\n(上接第二版)\n"
    "序号工作任务责任单位"
    "7建设婴幼儿照护服务机构。推进普惠托位建设。省卫生健康委牵头;省发展改革委、省财政厅配合;各州(市)人民政府落实"
    "8完善生育支持政策。落实育儿补贴制度。省财政厅、省卫生健康委牵头;省税务局配合"
    "9加强宣传引导。营造生育友好氛围。省委宣传部牵头;各州(市)人民政府落实\n"
)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # a page going on from the one before (上接…): its rows start at a later number; a units cell closes
            # with its units' role verbs
            _GOING_ON,
            [
                (7, ("省卫生健康委",), ("省发展改革委", "省财政厅")),
                (8, ("省财政厅", "省卫生健康委"), ("省税务局",)),
                (9, ("省委宣传部",), ()),
            ],
        ),
        (  # rows from a later number with no word of a page going on: not read as a table's rows, warned
            _GOING_ON.replace("(上接第二版)\n", ""),
            [],
        ),
    ],
    ids=["going-on-from-the-page-before", "no-going-on-word"],
)
def test_a_glued_table_going_on_from_the_page_before(
    text: str, rows: list[tuple[int, tuple[str, ...], tuple[str, ...]]]
) -> None:
    notice = parse_text(text)
    assert [(t.id, t.lead, t.partners) for t in notice.tasks] == rows
    codes = {w.code for w in notice.warnings}
    assert ("table-unglued" if rows else "body-unread") in codes

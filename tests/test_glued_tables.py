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

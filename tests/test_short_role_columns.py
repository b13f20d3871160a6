"""Table headers naming the lead's and the partners' columns in short (牵头 / 配合), alone or under a 责任单位 that
spans them in a header of two rows, and a task column named 重点工作任务 wherever it stands: each row's lead, partners
and text are read from their own cells. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

TITLE = "石岭县2025年农田水利重点任务清单\n\n"
ROWS = (
    ("1", "修复灌溉渠道8公里", "县水务局", "县农业农村局、县财政局", "2025年10月底前"),
    ("2", "新建机井20眼", "县农业农村局", "", "2025年6月底前"),
)


def _piped(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |\n"


def _tabbed(*cells: str) -> str:
    return "\t".join(cells) + "\n"


@pytest.mark.parametrize(
    "header",
    [
        # a header of two rows, 责任单位 spanning 牵头 and 配合, with pipes or tabs
        _piped("序号", "重点任务", "责任单位", "", "完成时限")
        + _piped("", "", "牵头", "配合", "")
        + "|---|---|---|---|---|\n",
        _tabbed("序号", "重点任务", "责任单位", "", "完成时限") + _tabbed("", "", "牵头", "配合", ""),
        # one row naming them in short
        _piped("序号", "重点任务", "牵头", "配合", "完成时限") + "|---|---|---|---|---|\n",
        # the long names, as before
        _piped("序号", "重点任务", "牵头单位", "配合单位", "完成时限") + "|---|---|---|---|---|\n",
    ],
)
def test_short_lead_and_partner_columns(header: str) -> None:
    piped = header.startswith("|")
    rows = "".join((_piped if piped else _tabbed)(*row) for row in ROWS)
    notice = parse_text(TITLE + header + rows)
    assert [(t.text, t.lead, t.partners, t.due_date) for t in notice.tasks] == [
        ("修复灌溉渠道8公里", ("县水务局",), ("县农业农村局", "县财政局"), "2025-10-31"),
        ("新建机井20眼", ("县农业农村局",), (), "2025-06-30"),
    ]


@pytest.mark.parametrize(
    ("header", "lead"),
    [
        # a name cut in two by a space (牵头 单位) is one name, as before 牵头 was a name of its own
        ("序号  重点任务  牵头 单位  配合 单位  完成时限\n", ("县水务局",)),
        ("序号  重点任务  牵头单位  配合单位  完成时限\n", ("县水务局",)),
    ],
)
def test_a_spaced_header_with_a_name_cut_in_two(header: str, lead: tuple[str, ...]) -> None:
    rows = "1  修复灌溉渠道8公里  县水务局  县财政局  2025年10月底前\n2  新建机井20眼  县农业农村局  县财政局  2025年6月底前\n"
    notice = parse_text(TITLE + header + rows)
    assert [t.text for t in notice.tasks] == ["修复灌溉渠道8公里", "新建机井20眼"]
    assert notice.tasks[0].lead == lead and notice.tasks[0].partners == ("县财政局",)


@pytest.mark.parametrize(
    ("names", "texts"),
    [
        # 重点工作任务 after the units and the deadline, or last
        (("完成时限", "责任科室", "配合科室", "序号", "重点工作任务"), ["修复灌溉渠道8公里", "新建机井20眼"]),
        (("责任科室", "重点工作任务", "完成时限"), ["修复灌溉渠道8公里", "新建机井20眼"]),
        # a name no vocabulary knows in its place: no task read, the header warned
        (("完成时限", "责任科室", "配合科室", "序号", "重点工作事项说明"), []),
    ],
)
def test_a_task_column_named_key_work_tasks_anywhere(names: tuple[str, ...], texts: list[str]) -> None:
    cells = {
        "序号": ("1", "2"),
        "完成时限": ("10月底前", "6月底前"),
        "责任科室": ("农田水利科", "灌溉管理科"),
        "配合科室": ("计划财务科", ""),
    }
    texts_by_row = ("修复灌溉渠道8公里", "新建机井20眼")
    rows = "".join(_piped(*(cells[n][i] if n in cells else texts_by_row[i] for n in names)) for i in range(2))
    notice = parse_text(
        "石岭县水务局2025年重点工作任务分解表\n\n" + _piped(*names) + "|" + "---|" * len(names) + "\n" + rows
    )
    assert [t.text for t in notice.tasks] == texts
    if texts:
        assert notice.tasks[0].departments[0] == "农田水利科"
    else:
        assert "table-header-unread" in {w.code for w in notice.warnings}

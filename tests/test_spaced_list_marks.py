"""A task table a scrape flattened to one line a row, its cells apart by single spaces, and a list of units in
a cell spaced after its 、 (县卫健局、 县教育局): the space after the mark is inside the cell, not a boundary,
so the cells stay under their columns (the row's units column is read, not the remarks'). A cell after 、
that is no unit's name is not joined. The fixtures are written for the test (invented units and tasks)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "某县卫生健康局关于印发2024年健康城市建设工作任务的通知\n"
    "各乡镇卫生院，局机关各股室：\n"
    "现将《某县2024年健康城市建设工作任务》印发给你们，请抓好落实。\n"
    "某县卫生健康局\n"
    "2024年3月1日\n"
    "某县2024年健康城市建设工作任务\n"
    "序号 工作任务 责任股室 备注\n"
)


@pytest.mark.parametrize(
    ("row", "units"),
    [
        # the remark column's list spaced after its 、: the units column keeps its own cell
        ("1 每季度开展一次健康讲座。 疾控股 各乡镇卫生院、 县直医疗单位", ("疾控股",)),
        ("1 完善病媒生物防制台账。 公卫股 县疾控中心、 各乡镇卫生院、 县直医疗单位", ("公卫股",)),
        # near case: no list in the remark column
        ("1 每季度开展一次健康讲座。 疾控股 各乡镇卫生院", ("疾控股",)),
    ],
)
def test_a_list_spaced_after_its_mark_stays_one_cell(row: str, units: tuple[str, ...]) -> None:
    notice = parse_text(HEAD + row + "\n2 开展控烟宣传。 办公室 各乡镇卫生院\n")
    assert notice.tasks[0].departments == units
    assert notice.tasks[0].text.endswith("。")
    assert notice.tasks[1].departments == ("办公室",)


LEAD_HEAD = (
    "某区人民政府办公室关于印发2025年便民工程任务表的通知\n"
    "各街道办事处，区直各部门：\n"
    "现将《任务表》印发给你们，请认真落实。\n"
    "附件\n"
    "某区2025年便民工程任务表\n"
    "序号 工作任务 牵头单位 配合单位 完成时限\n"
)


@pytest.mark.parametrize(
    ("row", "lead", "partners"),
    [
        # a lead cell spaced after its 、 before the partners' cell: joining would leave a units column empty
        ("1 改造老旧燃气管网 区住建局、 区城管局、区应急局 2025年9月底", ("区住建局",), ("区城管局", "区应急局")),
        ("1 新建口袋公园 区园林局、区住建局、 区财政局 2025年10月底", ("区园林局", "区住建局"), ("区财政局",)),
        # near case: no 、 at a cell's end
        ("1 新建口袋公园 区园林局 区财政局 2025年10月底", ("区园林局",), ("区财政局",)),
    ],
)
def test_a_mark_at_a_cell_end_does_not_empty_a_units_column(
    row: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    notice = parse_text(LEAD_HEAD + row + "\n2 整治背街小巷 区城管局 各街道办事处 2025年12月底\n")
    assert (notice.tasks[0].lead, notice.tasks[0].partners) == (lead, partners)

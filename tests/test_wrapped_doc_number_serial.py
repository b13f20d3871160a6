"""A page field's 文号 whose serial wrapped to the next line (发文字号：某政办发〔2024〕 / 15号): the number is
read whole, and the serial's line is the page header's, not a banner. Near misses keep their reading: a field
whose 文号 is whole on its line leaves the next line alone, and a next line that is more than the serial
(15号文件) is not taken.

Invented places and numbers, laid out as a scraped portal page breaks its table cells."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

COVER = "柳湾县人民政府办公室关于印发柳湾县集镇污水治理实施方案的通知"
REST = (
    "各乡镇人民政府，县直各部门：\n现将《柳湾县集镇污水治理实施方案》印发给你们，请认真贯彻执行。\n"
    "柳湾县人民政府办公室\n2024年4月2日\n一、重点任务\n（一）建成污水管网。（县住建局负责，10月底前完成）\n"
)


@pytest.mark.parametrize(
    ("rows", "doc_number"),
    [
        (["索 引 号：11500229/2024-00031", "发文字号：柳政办发〔2024〕", "15号"], "柳政办发〔2024〕15号"),
        (["文号：柳政办发[2024]", "第15号", "成文日期：2024年04月02日"], "柳政办发〔2024〕15号"),
        # a block the scrape repeated: the first reading stands
        (["发文字号：柳政办发〔2024〕", "15号", "发文字号：柳政办发〔2024〕", "15号"], "柳政办发〔2024〕15号"),
        # near misses
        (["发文字号：柳政办发〔2024〕15号", "成文日期：2024年04月02日"], "柳政办发〔2024〕15号"),
        (["发文字号：柳政办发〔2024〕", "15号文件已废止"], None),
    ],
    ids=["serial-next", "bracket-and-di", "repeated-block", "whole", "not-a-serial"],
)
def test_a_wrapped_serial_completes_the_number(rows: list[str], doc_number: str | None) -> None:
    notice = parse_text("\n".join([*rows, COVER, REST]))
    meta = notice.metadata
    assert (meta.doc_number_normalized, meta.title) == (doc_number, COVER)
    assert not [b for b in notice.boilerplate if b.text == "15号" and b.kind != "page-header"]
    assert [t.due for t in notice.tasks] == ["10月底前"]

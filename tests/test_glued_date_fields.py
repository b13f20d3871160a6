"""A page's date field glued to its label with no colon or space, on a row of its own or before a field that
is no date (成文日期2024年01月17日, 发布日期2024年01月23日有效性有效): a row of the page's metadata, its date
kept (it was taken for a banner line and the date lost). Near misses: a label with no date after it stays what
it was, and rows of two glued fields are read as before.

Invented places and numbers, laid out as a portal's scraped table runs its cells together."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

COVER = "柳湾县人民政府办公室关于印发柳湾县河道管护实施方案的通知"
REST = "各乡镇人民政府，县直各部门：\n现将《柳湾县河道管护实施方案》印发给你们，请认真贯彻执行。\n一、重点任务\n（一）清理河道垃圾。（县水利局负责，6月底前）\n"


@pytest.mark.parametrize(
    ("rows", "signed", "published"),
    [
        (["成文日期2024年01月17日"], "2024-01-17", None),
        (["发布日期2024年01月23日有效性有效"], None, "2024-01-23"),
        (["发布日期2024年01月23日有效性有效", "成文日期2024年01月17日"], "2024-01-17", "2024-01-23"),
        (["发布日期2024-01-23"], None, "2024-01-23"),
        # near misses: no date glued to the label
        (["成文日期待定"], None, None),
        # two glued fields on one row, read as before
        (["发文机构柳湾县人民政府办公室发布日期2024年01月23日"], None, "2024-01-23"),
    ],
    ids=["signed-alone", "published-then-validity", "both", "iso-date", "no-date", "two-glued"],
)
def test_a_date_glued_to_its_label_is_kept(rows: list[str], signed: str | None, published: str | None) -> None:
    notice = parse_text("\n".join(["索引号 000014348/2024-00052 主题分类 综合政务", *rows, "", COVER, REST]))
    meta = notice.metadata
    assert (meta.signed, meta.published, meta.title) == (signed, published, COVER)
    assert [t.due for t in notice.tasks] == ["6月底前"]

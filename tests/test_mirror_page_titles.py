"""Titles as mirrors and flipbook copies of a notice write them: a 文号 and the cover's title a dash apart on
one line, and a flipbook page's header (`Page 22 - <title>`) over a PDF's page. Each notice here is
written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_COVER = "各镇街，县政府各部门：\n　　经县政府同意，现将方案印发给你们。\n石泉县人民政府办公室\n2024年1月9日\n"
_BODY = "一、扩大投资\n1、加快推进物流园建设。（牵头单位：县发改局；责任单位：县商务局）\n"
_TITLE = "县人民政府办公室关于印发2024年县政府工作报告目标任务责任分解方案的通知"


@pytest.mark.parametrize(
    ("first_line", "title", "doc_number"),
    [
        (f"石政办〔2024〕3号—{_TITLE}", _TITLE, "石政办〔2024〕3号"),
        (f"石政办〔2024〕3号——{_TITLE}", _TITLE, "石政办〔2024〕3号"),
        (f"石政办〔2024〕3号 — {_TITLE}", _TITLE, "石政办〔2024〕3号"),
        (f"石政办〔2024〕3号-{_TITLE}", _TITLE, "石政办〔2024〕3号"),
        (f"石政办〔2024〕3号{_TITLE}", _TITLE, "石政办〔2024〕3号"),
        (_TITLE, _TITLE, None),
    ],
)
def test_a_文号_a_dash_before_the_cover_title(first_line: str, title: str, doc_number: str | None) -> None:
    metadata = parse_text(f"{first_line}\n{_COVER}{_BODY}").metadata
    assert (metadata.title, metadata.doc_number_normalized) == (title, doc_number)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        (f"Page 22 - {_TITLE}", _TITLE),
        (f"Page 3 -{_TITLE}", _TITLE),
        (f"Page 3 – {_TITLE}", _TITLE),
        (_TITLE, _TITLE),
    ],
)
def test_a_flipbook_pages_header_is_no_part_of_the_title(first_line: str, title: str) -> None:
    assert parse_text(f"{first_line}\n{_COVER}{_BODY}").metadata.title == title

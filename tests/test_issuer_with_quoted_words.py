"""An issuer whose name quotes a term (西岭县“放管服”改革领导小组办公室, 青禾市“双碳”工作领导小组办公室), on its
line under the title or over the date, is the issuer, as a name written without quotes is. (issuer line ->
issuers)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_BODY = "一、重点任务\n\n1. 全面落实行政许可事项清单管理。（县行政审批局负责，2025年6月底前）\n"


@pytest.mark.parametrize(
    ("issuer", "issuers"),
    [
        ("西岭县“放管服”改革领导小组办公室", ("西岭县“放管服”改革领导小组办公室",)),
        ("西岭县推进政府职能转变和“放管服”改革协调小组办公室", ("西岭县推进政府职能转变和“放管服”改革协调小组办公室",)),
        ("青禾市“双碳”工作领导小组办公室", ("青禾市“双碳”工作领导小组办公室",)),
        # near misses, as they were: a name with no quotes
        ("西岭县放管服改革领导小组办公室", ("西岭县放管服改革领导小组办公室",)),
    ],
)
def test_an_issuer_quoting_a_term_under_the_title(issuer: str, issuers: tuple[str, ...]) -> None:
    notice = parse_text(f"西岭县2025年“放管服”改革工作要点\n\n{issuer}\n2025年4月8日\n\n{_BODY}")
    assert notice.metadata.issuers == issuers
    assert issuer not in (notice.preamble or "")


@pytest.mark.parametrize(
    "line",
    [
        # a sentence quoting a term is no issuer's name, though it ends like one
        "深化“放管服”改革，建设服务型政府",
        "开展“清廉机关”创建",
    ],
)
def test_a_line_quoting_a_term_that_names_no_organisation(line: str) -> None:
    notice = parse_text(f"西岭县2025年“放管服”改革工作要点\n\n{line}\n2025年4月8日\n\n{_BODY}")
    assert line not in notice.metadata.issuers

"""A red-header banner with the notice's 文号 after it on its line gives that 文号, also where the scrape left
spaces between the characters of the banner's name (`中共某 苗 族自治县委办公室文件 某办发〔2021〕6号`). Controls:
the banner written whole, and words a space apart that are no banner. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text


def _notice(first: str) -> str:
    lines = [
        first,
        "",
        "中共岩溪县委办公室",
        "",
        "岩溪县人民政府办公室",
        "",
        "印发《关于推进体育公园建设的实施方案》的通知",
        "",
        "各乡镇人民政府，县直各部门：",
        "《关于推进体育公园建设的实施方案》已经县委、县政府同意，现印发给你们。",
        "一、重点任务",
        "（一）新建体育公园2个。（县体育局牵头，县自然资源局配合，2021年底前）",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("first", "doc_number"),
    [
        pytest.param("中共岩溪 瑶 族自治县委办公室文件 岩办发〔2021〕6号", "岩办发〔2021〕6号", id="spaced-name"),
        pytest.param("岩溪县 人 民 政 府文件　岩政发〔2021〕6号", "岩政发〔2021〕6号", id="spaced-government"),
        pytest.param("中共岩溪瑶族自治县委办公室文件 岩办发〔2021〕6号", "岩办发〔2021〕6号", id="whole"),  # control
        pytest.param("转发 县体育局 文件 岩体发〔2021〕2号", None, id="words-no-banner"),  # control
    ],
)
def test_the_doc_number_after_a_red_header_banner(first: str, doc_number: str | None) -> None:
    notice = parse_text(_notice(first), "case.txt")
    assert notice.metadata.doc_number == doc_number
    assert [t.lead for t in notice.tasks] == [("县体育局",)]

"""A page naming no issuer, whose title opens (after its year) with the government whose work it lists, named by
its level alone (2024年区政府重点民生实事项目…, 2024年县人民政府…分解表): its units written bare (城管局) are that government's and take
its level, as they would under a 某区人民政府 issuer. A title naming no government, an office's own plan, or an
autonomous region leaves them as written."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_ROWS = (
    "序号 | 主要任务 | 分管领导 | 牵头单位 | 协同单位 | 推进情况 |\n"
    "1 | 新建公厕20座。 | 王明 | 城管局 | 住建局、各街道 | 已完成。 |\n"
    "2 | 改造老旧小区10个。 | 王明 | 住建局 | 财政局、相关街道 | 推进中。 |\n"
)

# (the title, the first row's lead and partners)
CASES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("2024年区政府重点民生实事项目推进情况", ("区城管局",), ("区住建局", "各街道")),
    ("2024年县政府工作报告重点任务分解表", ("县城管局",), ("县住建局", "各街道")),
    ("2024年县人民政府重点工作任务分解表", ("县城管局",), ("县住建局", "各街道")),
    ("2023—2024年区政府民生实事项目清单", ("区城管局",), ("区住建局", "各街道")),
    # near cases: no government named first, an office's own plan, a region's: the names stay as written
    ("2024年重点民生实事项目推进情况", ("城管局",), ("住建局", "各街道")),
    ("2024年区政府办公室重点工作推进情况", ("城管局",), ("住建局", "各街道")),
    ("2024年自治区政府重点民生实事项目", ("城管局",), ("住建局", "各街道")),
    ("青禾区2024年民生实事项目推进情况", ("城管局",), ("住建局", "各街道")),
]


@pytest.mark.parametrize(("title", "lead", "partners"), CASES)
def test_a_title_naming_its_government_by_level_gives_bare_units_that_level(
    title: str, lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    task = parse_text(f"{title}\n{_ROWS}").tasks[0]
    assert (task.lead, task.partners) == (lead, partners)


def test_an_issuer_named_outranks_the_title() -> None:
    # (the issuer is the page's own word on its government: a 县 issuer's units take 县 under a title naming 区政府)
    notice = parse_text(
        "青禾县人民政府办公室关于印发2024年区政府民生实事项目的通知\n各乡镇人民政府，县政府各部门：\n现将项目印发给你们。\n"
        "青禾县人民政府办公室\n2024年2月1日\n" + _ROWS
    )
    assert notice.tasks[0].lead == ("县城管局",)

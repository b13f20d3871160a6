"""Parts headed by a title alone whose paragraph closes with its roles in more wordings: the work named as a
whole before 由 (有关工作由A、B共同负责，C配合), one clause of roles opening a sentence that goes on only with its
dated deadline (A和B按照各自职责组织实施，2025年内完成改造500户。), and a last part followed by a paragraph asking
every unit to report to an office (各责任单位要…，每半年向区政府报告一次工作进展。), which is the closing, no text of
that part. Near forms: a clause of roles followed by a cadence or an event (每月通报…, 做好汛前检查) stays prose.
The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "柳溪区人民政府关于发展社区养老服务的实施意见\n\n柳政发〔2025〕3号\n\n各街道办事处，区政府各部门：\n"
    "　　现提出如下实施意见。\n\n"
)
TAIL = "\n柳溪区人民政府\n2025年3月20日\n"


def _notice(*parts: str, closing: str = "") -> str:
    body = "".join(
        f"　　{n}、{title}\n\n　　{text}\n\n" for n, (title, text) in zip("一二三四", pairs(parts), strict=False)
    )
    return HEAD + body + (f"　　{closing}\n" if closing else "") + TAIL


def pairs(parts: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(parts[i], parts[i + 1]) for i in range(0, len(parts), 2)]


def test_more_wordings_of_a_paragraph_s_roles() -> None:
    notice = parse_text(
        _notice(
            "建设社区食堂",
            "新建社区食堂12个。有关工作由区民政局、区商务局共同负责，区市场监管局配合。",
            "实施适老化改造",
            "为困难老人家庭实施改造。区民政局和区残联按照各自职责组织实施，2025年内完成改造500户。",
            "规范养老服务市场",
            "开展养老机构服务质量检查。区民政局、区市场监管局负责。",
            closing="各责任单位要细化工作措施，区民政局要加强统筹，每半年向区政府报告一次工作进展。",
        )
    )
    assert [(t.lead, t.partners, t.departments, t.due) for t in notice.tasks] == [
        (("区民政局", "区商务局"), ("区市场监管局",), ("区民政局", "区商务局", "区市场监管局"), None),
        ((), (), ("区民政局", "区残联"), "2025年内"),
        ((), (), ("区民政局", "区市场监管局"), None),
    ]
    assert "报告" not in notice.tasks[-1].text
    assert notice.closing is not None and "每半年" in notice.closing


@pytest.mark.parametrize(
    "text",
    ["开展巡河。区河长办牵头，每月通报巡查进展。", "加强协作。区水务局牵头，做好汛前检查。"],
)
def test_a_role_then_a_cadence_or_an_event_stays_prose(text: str) -> None:
    notice = parse_text(_notice("加强河湖管护", text))
    assert notice.tasks == ()

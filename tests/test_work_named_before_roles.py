"""A sentence of roles opening with the work named as a whole (此项工作由X牵头，Y配合，6月底前推出…): the roles are
read, the deadline and the work after them too, as they are without those words; words that are no such name
before 由 (县里由X牵头) read nothing. The notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "岚溪市文旅消费提升方案\n\n　　为提升文旅消费，制定本方案。\n\n　　一、重点举措\n"
ITEM = "　　（一）丰富文旅产品。围绕湖泊资源策划主题线路。{roles}\n"
NEXT = "　　（二）培育夜间消费。打造夜经济街区。由市商务局牵头，市公安局配合，2025年底前完成。\n"


@pytest.mark.parametrize(
    ("roles", "lead", "partners", "due"),
    [
        (
            "此项工作由市文旅局牵头，市农业农村局、市林业局配合，2025年6月底前推出首批线路。",
            ("市文旅局",),
            ("市农业农村局", "市林业局"),
            "2025年6月底前",
        ),
        ("该项任务由市文旅局牵头，市林业局配合，9月底前完成。", ("市文旅局",), ("市林业局",), "9月底前"),
        ("由市文旅局牵头，市林业局配合，2025年6月底前推出首批线路。", ("市文旅局",), ("市林业局",), "2025年6月底前"),
    ],
)
def test_roles_after_the_work_named_as_a_whole(
    roles: str, lead: tuple[str, ...], partners: tuple[str, ...], due: str
) -> None:
    notice = parse_text(HEAD + ITEM.format(roles=roles) + NEXT)
    assert len(notice.tasks) == 2
    task = notice.tasks[0]
    assert (task.lead, task.partners, task.due) == (lead, partners, due)
    assert not [w for w in notice.warnings if w.code == "role-not-read"]


def test_other_words_before_by_read_nothing() -> None:
    notice = parse_text(
        HEAD + ITEM.format(roles="线路设计中由市文旅局牵头，市林业局配合，2025年6月底前推出首批线路。") + NEXT
    )
    assert [t.text[:6] for t in notice.tasks] == ["培育夜间消费"]

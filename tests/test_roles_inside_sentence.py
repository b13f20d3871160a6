"""A bracket of roles inside an item's sentence, before a comma (开展…整治（A牵头，B配合），确保…), gives the item
its roles and leaves its text; a bracket there that names no role, or one of two such, gives none."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "某县2025年农村人居环境整治工作要点\n一、重点任务\n1.推进厕所革命。（县农业农村局负责）\n"

# (the item, its text, lead, partners, departments)
INSIDE: list[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        "2.开展村庄清洁行动（县住建局牵头，各乡镇配合），做到垃圾日产日清。",
        "开展村庄清洁行动，做到垃圾日产日清。",
        ("县住建局",),
        ("各乡镇",),
        ("县住建局", "各乡镇"),
    ),
    (
        "2.治理农村生活污水（县生态环境局负责），2025年底前治理率达到40%。",
        "治理农村生活污水，2025年底前治理率达到40%。",
        (),
        (),
        ("县生态环境局",),
    ),
]


@pytest.mark.parametrize(("item", "text", "lead", "partners", "departments"), INSIDE)
def test_a_bracket_of_roles_inside_the_sentence_gives_the_item_its_roles(
    item: str, text: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...]
) -> None:
    task = parse_text(HEAD + item + "\n").tasks[-1]
    assert (task.text, task.lead, task.partners, task.departments) == (text, lead, partners, departments)


# brackets inside the sentence that give the item no roles
NOT_INSIDE = [
    "2.建设垃圾中转站（含配套设施），确保运行良好。",
    "2.改造农村户厕（含无害化处理设施）3000户，配套建设管网。",
]


@pytest.mark.parametrize("item", NOT_INSIDE)
def test_a_bracket_inside_the_sentence_without_roles_gives_none(item: str) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert all(not t.departments for t in notice.tasks if t.line == 4)

"""A 督办通知 lists its matters as 督办事项一：… (事项二：…), each with a 承办单位 line marking the lead (主办, 共同主办)
and the partners (协办) in brackets, and a 办结时限 line: a notice of the genre, each matter a task whose text
starts after its label. Where the partners are marked, a unit marked neither way is responsible only."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = (
    "某市人民政府督查室\n"
    "关于对2025年第二季度重点工作进行督办的通知\n"
    "某政督〔2025〕3号\n\n"
    "各县人民政府，市直各部门：\n"
    "现将第二季度督办事项通知如下，请各承办单位按时办结。\n\n"
)
TAIL = "\n请各承办单位按时报送办理结果。\n\n某市人民政府督查室\n2025年4月2日\n"

# (承办单位 line, departments, lead, partners)
MATTERS: list[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = [
    (
        "市水利局（主办），市财政局、市农业农村局（协办）",
        ("市水利局", "市财政局", "市农业农村局"),
        ("市水利局",),
        ("市财政局", "市农业农村局"),
    ),
    (
        "市住建局、市城管局（共同主办），某区人民政府（协办）",
        ("市住建局", "市城管局", "某区人民政府"),
        ("市住建局", "市城管局"),
        ("某区人民政府",),
    ),
    (
        "市商务局（主办），市市场监管局（协办），各县人民政府",
        ("市商务局", "市市场监管局", "各县人民政府"),
        ("市商务局",),
        ("市市场监管局",),
    ),
    ("市人社局", ("市人社局",), (), ()),
]


@pytest.mark.parametrize(("units", "departments", "lead", "partners"), MATTERS)
@pytest.mark.parametrize("label", ["督办事项一", "事项一", "交办事项一"])
def test_a_supervised_matter_is_a_task(
    label: str, units: str, departments: tuple[str, ...], lead: tuple[str, ...], partners: tuple[str, ...]
) -> None:
    second = label.replace("一", "二")
    body = (
        f"{label}：修复城东泵站，确保汛前投入运行。\n承办单位：{units}\n办结时限：2025年6月30日\n\n"
        f"{second}：清理河道淤积。\n承办单位：市水利局\n办结时限：5月底前\n"
    )
    notice = parse_text(HEAD + body + TAIL)
    assert [t.text.split("\n")[0] for t in notice.tasks] == ["修复城东泵站，确保汛前投入运行。", "清理河道淤积。"]
    task = notice.tasks[0]
    assert (task.departments, task.lead, task.partners) == (departments, lead, partners)
    assert (task.due, task.due_date) == ("2025年6月30日", "2025-06-30")
    assert notice.tasks[1].due_date == "2025-05-31"
    assert not [b for b in notice.boilerplate if "承办单位" in b.text]


def test_a_site_footers_host_line_stays_furniture() -> None:
    """承办单位：… at a page's end, a site footer after it and no label beside it, is the site's host."""
    body = "一、加强排涝设施建设。（市水利局牵头，市财政局配合）\n二、开展河道清淤。（市水利局负责）\n"
    footer = "承办单位：某市人民政府办公室\n技术支持：某网络公司\n"
    notice = parse_text(HEAD + body + TAIL + footer)
    assert len(notice.tasks) == 2
    assert any(b.text.startswith("承办单位") for b in notice.boilerplate)


@pytest.mark.parametrize(
    ("cell", "partners"),
    [
        ("市水利局（牵头）、市财政局", ()),  # only the lead marked: the others stay responsible
        ("市水利局（牵头），市财政局（配合），各县人民政府", ("市财政局",)),
    ],
)
def test_unmarked_units_beside_marked_partners(cell: str, partners: tuple[str, ...]) -> None:
    body = f"一、开展河道清淤。\n责任单位：{cell}\n完成时限：2025年5月底前\n二、修复泵站。\n责任单位：市水利局\n"
    task = parse_text(HEAD + body + TAIL).tasks[0]
    assert task.lead == ("市水利局",)
    assert task.partners == partners

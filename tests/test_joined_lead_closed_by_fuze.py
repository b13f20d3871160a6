"""X会同Y…负责: 会同 names who leads, also when 负责 closes the units (X lead, Y partners)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

HEAD = "西岭县人民政府关于推进农村供水工程标准化管理的实施方案\n一、主要任务\n"


@pytest.mark.parametrize(
    ("item", "lead", "partners", "departments"),
    [
        (
            "（一）推进标准化管理。完成改造（由县水利局会同县财政局负责，2024年底前）。",
            ("县水利局",),
            ("县财政局",),
            ("县水利局", "县财政局"),
        ),
        (
            "（一）推进标准化管理。完成改造（县水利局会同县财政局、县住建局负责）。",
            ("县水利局",),
            ("县财政局", "县住建局"),
            ("县水利局", "县财政局", "县住建局"),
        ),
        (
            "（一）推进标准化管理。由县水利局会同县财政局负责，2024年底前完成。",
            ("县水利局",),
            ("县财政局",),
            ("县水利局", "县财政局"),
        ),
        (  # the sentence opening with the joined units, no 由, 、 among the partners
            "（一）推进标准化管理。县水利局会同县财政局、各乡镇人民政府负责，2024年底前完成标准化改造。",
            ("县水利局",),
            ("县财政局", "各乡镇人民政府"),
            ("县水利局", "县财政局", "各乡镇人民政府"),
        ),
        (
            "（一）推进标准化管理。县水利局会同县财政局、县住建局负责落实，2024年底前完成。",
            ("县水利局",),
            ("县财政局", "县住建局"),
            ("县水利局", "县财政局", "县住建局"),
        ),
        # near misses: units together (共同, 、) name no lead; a lead by 牵头 stays as it was
        ("（一）推进标准化管理。完成改造（县水利局、县财政局共同负责）。", (), (), ("县水利局", "县财政局")),
        ("（一）推进标准化管理。完成改造（县水利局、县财政局负责）。", (), (), ("县水利局", "县财政局")),
        (
            "（一）推进标准化管理。完成改造（县水利局牵头，会同县财政局负责）。",
            ("县水利局",),
            ("县财政局",),
            ("县水利局", "县财政局"),
        ),
    ],
)
def test_joined_units_closed_by_fuze(
    item: str, lead: tuple[str, ...], partners: tuple[str, ...], departments: tuple[str, ...]
) -> None:
    notice = parse_text(HEAD + item + "\n")
    assert [(t.lead, t.partners, t.departments) for t in notice.tasks] == [(lead, partners, departments)]
    assert not [w for w in notice.warnings if w.code in ("role-not-read", "roles-partly-read")]

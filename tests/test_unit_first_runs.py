"""Items that open with their unit and its duty (1.县民政局要健全…, 市交通运输局牵头推进…, 由A牵头、B配合，…,
A、B共同负责…) are tasks of that unit where they are most of their block's items, or most of the notice's,
even when no item carries an annotation; a lone one among items of prose is warned at its line, and the
items of a plan's support measures (保障措施) stay prose."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

# (the notice, then per task: its line, departments, lead, partners)
Expected = list[tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...]]]

RUNS: list[tuple[str, Expected]] = [
    (  # a 要点 whose every item opens with its office and 要
        "云岭县2025年社会救助工作要点\n一、织密保障网络\n1.县民政局要完善困难群众动态监测，每月比对一次数据。\n"
        "2.县民政局要落实临时救助备用金制度。\n3.各乡镇人民政府要开展入户走访排查。\n二、提升服务能力\n"
        "4.县民政局要推行救助事项“一门受理”。\n5.县民政局组织开展救助政策宣传。\n6.县残联落实困难残疾人生活补贴。\n",
        [
            (3, ("县民政局",), (), ()),
            (4, ("县民政局",), (), ()),
            (5, ("各乡镇人民政府",), (), ()),
            (7, ("县民政局",), (), ()),
            (8, ("县民政局",), (), ()),
            (9, ("县残联",), (), ()),
        ],
    ),
    (  # 牵头 / 负责 before the work, and one item of roles written as a run
        "河口市2025年水利工作要点\n一、补齐工程短板\n1.市水利局牵头推进城区防洪堤加固，汛前完工。\n"
        "2.市水利局负责完成小型水库除险加固6座。\n3.市农业农村局负责做好灌区配套改造。\n"
        "4.市水务局要牵头推进城区排涝管网改造。\n",
        [
            (3, ("市水利局",), ("市水利局",), ()),
            (4, ("市水利局",), (), ()),
            (5, ("市农业农村局",), (), ()),
            (6, ("市水务局",), ("市水务局",), ()),
        ],
    ),
    (  # units written without their level (the registry knows them) take the level of the notice's units
        "河口市2025年城市管理工作要点\n一、改善市容环境\n1.城管局要整治占道经营，形成长效机制。\n"
        "2.市住建局牵头推进老旧管网改造。\n3.交通运输局负责优化公交站点布局。\n",
        [
            (3, ("市城管局",), (), ()),
            (4, ("市住建局",), ("市住建局",), ()),
            (5, ("市交通运输局",), (), ()),
        ],
    ),
    (  # 由A牵头、B配合，… and A、B共同负责…
        "河口市2025年生态工作要点\n一、守护绿水青山\n1.由市林业局牵头、市自然资源局配合，开展森林督查。\n"
        "2.市生态环境局、市水利局共同负责入河排污口整治，9月底前完成。\n",
        [
            (3, ("市林业局", "市自然资源局"), ("市林业局",), ("市自然资源局",)),
            (4, ("市生态环境局", "市水利局"), (), ()),
        ],
    ),
    (  # most of the notice's items open so: a part of one such item is read with the others
        "云岭县2025年教育工作要点\n一、办好基础教育\n1.县教育局要新建幼儿园2所。\n2.县教育局要推进集团化办学。\n"
        "3.深化课堂教学改革。\n二、加强教师队伍\n4.县人社局要落实教师绩效工资政策。\n",
        [
            (3, ("县教育局",), (), ()),
            (4, ("县教育局",), (), ()),
            (7, ("县人社局",), (), ()),
        ],
    ),
]


@pytest.mark.parametrize(("notice", "expected"), RUNS)
def test_a_run_of_items_opening_with_their_unit_is_read(notice: str, expected: Expected) -> None:
    parsed = parse_text(notice)
    assert [(t.line, t.departments, t.lead, t.partners) for t in parsed.tasks] == expected


# blocks whose items open with their units but are no run of tasks: the tasks read, and the lines warned
# line-not-read
QUIET: list[tuple[str, list[int], list[int]]] = [
    (  # a plan's support measures: prose, whatever subject opens them, and no warning
        "云岭县2025年农业工作方案\n一、主要任务\n（一）新建高标准农田2万亩。（县农业农村局负责，10月底前）\n"
        "（二）开展耕地保护专项整治。（县自然资源局负责）\n二、保障措施\n1.县财政局要统筹安排项目资金。\n"
        "2.县审计局要加强资金使用监督。\n",
        [3, 4],
        [],
    ),
    (  # nor under a support measure's heading in that part
        "云岭县2025年农业工作方案\n一、主要任务\n（一）新建高标准农田2万亩。（县农业农村局负责，10月底前）\n"
        "二、保障措施\n（一）强化资金保障\n1.县财政局要统筹安排项目资金。\n2.县审计局要加强资金使用监督。\n",
        [3],
        [],
    ),
    (  # collectives and places are no units doing their work (各部门要…, 各地要…)
        "云岭县2025年农业工作方案\n一、主要任务\n（一）新建高标准农田2万亩。（县农业农村局负责，10月底前）\n"
        "二、稳定生产\n1.各部门要强化粮食安全责任。\n2.各地要加强农田水利设施管护。\n",
        [3],
        [],
    ),
    (  # one such item among items of prose: not read alone, warned at its line
        "云岭县2025年农业工作方案\n一、主要任务\n（一）新建高标准农田2万亩。（县农业农村局负责，10月底前）\n"
        "二、提升农业服务\n1.完善农业社会化服务体系。\n2.推广农业新技术，示范面积5万亩。\n"
        "3.县气象局要加强农业气象服务。\n4.加强农产品质量安全监管。\n",
        [3],
        [7],
    ),
]


@pytest.mark.parametrize(("notice", "task_lines", "warned"), QUIET)
def test_items_opening_with_units_beside_prose_are_no_run(
    notice: str, task_lines: list[int], warned: list[int]
) -> None:
    parsed = parse_text(notice)
    assert [t.line for t in parsed.tasks] == task_lines
    assert [w.line for w in parsed.warnings if w.code == "line-not-read"] == warned

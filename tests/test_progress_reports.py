"""Reports of progress on a notice's tasks, as sites publish them: a table laid out in spaces whose first column
names the leader and whose last reports what was done; numbered items a page ran into one line, each with its
labels and what was done so far. Invented places, persons and projects."""

from __future__ import annotations

from policy_cli.parse import parse_text


def test_a_spaced_table_opening_with_its_leader_and_closing_with_progress() -> None:
    notice = parse_text(
        "岚溪县文化和旅游局2025年5月重点工作推进情况\n"
        "分管领导 重点工作 工作要求 牵头单位 配合单位 完成情况\n"
        "周某 乡村旅游精品线路建设 按月推进线路节点改造 县文旅局、县交通运输局 县农业农村局、有关乡镇 已完成节点改造6处\n"
        "吴某 非遗工坊提质 完成年度工坊认定 县文旅局 县人社局 已认定工坊3家\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县文旅局", "县交通运输局"), ("县农业农村局", "有关乡镇")),
        (("县文旅局",), ("县人社局",)),
    ]
    assert notice.tasks[0].text.startswith("乡村旅游精品线路建设")


def test_items_run_into_one_line_with_their_labels_and_progress() -> None:
    notice = parse_text(
        "溪桥市2025年为民办实事项目上半年推进情况\n"
        "现将各项目推进情况公布如下。 1.建成城市口袋公园12个。 分管领导:钱某 "
        "责任单位:市园林绿化中心 项目责任人:孙某 实际完成情况:已建成7个。 "
        "2.新增公共充电桩500个。 分管领导:李某 责任单位:市发展改革委 项目责任人:郑某 "
        "配合单位:市住建局、市供电公司 实际完成情况:已建成310个。\n"
    )
    assert [(t.text, t.departments, t.lead, t.partners) for t in notice.tasks] == [
        ("建成城市口袋公园12个。", ("市园林绿化中心",), (), ()),
        (
            "新增公共充电桩500个。",
            ("市发展改革委", "市住建局", "市供电公司"),
            ("市发展改革委",),
            ("市住建局", "市供电公司"),
        ),
    ]


def test_a_tables_cells_run_into_a_units_label_are_dropped_with_a_warning() -> None:
    notice = parse_text(
        "溪桥市为民办实事项目推进情况\n"
        "一、城市更新\n1.改造老旧小区30个。\n"
        "责任单位：市住建局\n配合单位：市财政局、各区政府 东城 西城 南湖 合计 8 9 6 23\n"
    )
    task = notice.tasks[0]
    assert task.partners == ("市财政局",)
    assert any(w.code == "not-a-unit" and "东城" in w.message for w in notice.warnings)

"""Reports of progress on a notice's tasks, as sites publish them: a table laid out in spaces whose first column
names the leader and whose last reports what was done; numbered items a page ran into one line, each with its
labels and what was done so far. Invented places and persons."""

from __future__ import annotations

from policy_cli.parse import parse_text


def test_a_spaced_table_opening_with_its_leader_and_closing_with_progress() -> None:
    notice = parse_text(
        "岚溪县农业农村局2021年9月份重点工作完成情况\n"
        "负责领导 重点工作 基本要求 牵头部门 协同部门 完成情况\n"
        "王某 分管领域投资工作 按序时进度推进重点项目 县农业农村局、县林业局 县科技局、有关乡镇 已完成项目征地工作\n"
        "李某 高标准农田建设 完成年度建设任务 县农业农村局 县财政局 已完成80%\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("县农业农村局", "县林业局"), ("县科技局", "有关乡镇")),
        (("县农业农村局",), ("县财政局",)),
    ]
    assert notice.tasks[0].text.startswith("分管领域投资工作")


def test_items_run_into_one_line_with_their_labels_and_progress() -> None:
    notice = parse_text(
        "2014年市政府民生实事项目1—6月份进展情况\n"
        "现将实事项目进展情况予以公示。 1.轨道交通1号线一期工程投入试运营。 牵头领导:林某 "
        "责任单位:市轨道交通工程建设指挥部 项目责任人:尹某 实际完成情况:已于5月30日通车试运营。 "
        "2.新增安装300套路口视频采集设备。 牵头领导:王某 责任单位:市公安局 项目责任人:赵某 "
        "配合单位:市城管局、市财政局 实际完成情况:已完成年度目标任务的55%。\n"
    )
    assert [(t.text, t.departments, t.lead, t.partners) for t in notice.tasks] == [
        ("轨道交通1号线一期工程投入试运营。", ("市轨道交通工程建设指挥部",), (), ()),
        (
            "新增安装300套路口视频采集设备。",
            ("市公安局", "市城管局", "市财政局"),
            ("市公安局",),
            ("市城管局", "市财政局"),
        ),
    ]


def test_a_tables_cells_run_into_a_units_label_are_dropped_with_a_warning() -> None:
    notice = parse_text(
        "2014年市政府民生实事项目进展情况\n"
        "一、交通出行\n1.新辟公交线路10条。\n"
        "责任单位：市交通委\n配合单位：市公安局、各区政府 鄞州 海曙 江东 合计 2 5 1 8\n"
    )
    task = notice.tasks[0]
    assert task.partners == ("市公安局",)
    assert any(w.code == "not-a-unit" and "鄞州" in w.message for w in notice.warnings)

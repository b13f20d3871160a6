"""A task table a PDF copy set in columns padded with full-width spaces, its units cell wrapped over two lines or
more, cut inside names (人力资 / 源社会保障厅, 人民 / 银行…分行, 有关部 / 门): each name read whole, only where a
line under the row goes on with the cell. Invented places."""

from __future__ import annotations

from policy_cli.parse import parse_text

_S = "\u3000"


def _line(*cells: str, indent: int = 0) -> str:
    return _S * indent + (_S * 2).join(cells)


def _under(task: str, units: str) -> str:
    """A line going on with a row of _row's columns: the task's text under the task cell, the units under the
    units cell (full-width spaces, two columns each, pad the task's text to its column's width)."""
    return _S * 2 + task + _S * (22 - len(task)) + units


def _row(number: str, task: str, units: str, due: str) -> str:
    return number + _S + task + _S * (22 - len(task)) + units + _S * (16 - len(units)) + due


HEAD = (
    "岚川省人民政府办公厅关于印发优化营商环境重点任务清单的通知\n岚政办函〔2024〕9号\n"
    "各市（州）人民政府，省政府各部门：\n现将重点任务清单印发给你们，请认真抓好落实。\n"
    "岚川省人民政府办公厅\n2024年4月15日\n附件\n岚川省优化营商环境重点任务清单\n"
    "（责任单位中列第一位的为牵头单位，其他为配合单位）\n"
    + _line("序号", "重点任务" + _S * 17, "责任单位" + _S * 10, "完成时限")
    + "\n"
)


def test_a_units_cell_cut_inside_names_over_three_lines() -> None:
    notice = parse_text(
        HEAD
        + _line("1", "深化经营主体登记便利化改革，推行企业开办", "省市场监管局、公安厅、人力资", "2024年6月底前")
        + "\n"
        + _line("“一网通办”，企业开办时间压缩至1个工作日", "源社会保障厅，省税务局，人民", indent=4)
        + "\n"
        + _S * 28
        + "银行岚川省分行\n"
        + _row("2", "深化“高效办成一件事”改革，推出第二批", "省政务服务管理局、省直有关部", "2024年12月底前")
        + "\n"
        + _under("省级“一件事”清单并组织实施。", "门")
        + "\n"
    )
    assert [t.departments for t in notice.tasks] == [
        ("省市场监管局", "省公安厅", "省人力资源社会保障厅", "省税务局", "人民银行岚川省分行"),
        ("省政务服务管理局", "省直有关部门"),
    ]
    assert notice.tasks[0].lead == ("省市场监管局",)


def test_a_units_cell_scraped_one_cell_a_line_and_cut_inside_a_name() -> None:
    notice = parse_text(
        "槐川区安全生产委员会办公室关于印发2024年安全生产工作要点的通知\n槐安委办〔2024〕6号\n"
        "附件\n2024年安全生产重点工作任务分工表\n序号\n工作任务\n责任单位\n责任领导\n完成时限\n"
        "1\n推动生产经营单位主要负责人每季度组织开展一次重大事故隐\n患排查，建立隐患排查整改动态台账。\n"
        "区应急管理局（牵头）、区住房城乡建设局、交\n通运输局、市场监管局\n区政府分管领导\n2024年12月底前\n"
        "2\n开展高层建筑、大型商业综合体消防安全专项整治。\n"
        "区消防救援大队（牵头）、区商务局、教育体育局，各街道办事\n处\n区政府分管领导\n2024年11月底前\n"
    )
    assert [t.departments for t in notice.tasks] == [
        ("区应急管理局", "区住房城乡建设局", "区交通运输局", "区市场监管局"),
        ("区消防救援大队", "区商务局", "区教育体育局", "各街道办事处"),
    ]
    assert (
        notice.tasks[0].text
        == "推动生产经营单位主要负责人每季度组织开展一次重大事故隐患排查，建立隐患排查整改动态台账。"
    )


def test_a_lead_cell_and_a_deadline_cell_scraped_one_cell_a_line_and_cut() -> None:
    notice = parse_text(
        "鹤川市人民政府办公室关于印发数字政府建设重点任务的通知\n鹤政办发〔2024〕17号\n附件\n重点任务分工表\n"
        "序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n推进市级电子政务外网升级改造，实现四级全覆盖。\n市政务服务和大数据管\n理局\n"
        "市财政局、市通信发展管理办公室，各\n县（市、区）人民政府\n2024年9月底前\n"
        "2\n建设全市统一的政务云平台。\n市政务服务和大数据管理局\n市委网信办、市发展改革委\n"
        "2024年6月底前完成迁移方案，12月\n底前基本完成迁移\n"
    )
    assert [(t.lead, t.partners) for t in notice.tasks] == [
        (("市政务服务和大数据管理局",), ("市财政局", "市通信发展管理办公室", "各县（市、区）人民政府")),
        (("市政务服务和大数据管理局",), ("市委网信办", "市发展改革委")),
    ]
    assert notice.tasks[1].due_year == 2024
    assert "12月底前" in (notice.tasks[1].due or "")


def test_each_towns_government_a_company_and_a_staged_deadline_cut_at_the_columns_width() -> None:
    head = (
        "枫溪县2024年乡村振兴重点任务清单\n"
        + _line("序号", "重点任务" + _S * 17, "责任单位" + _S * 10, "完成时限")
        + "\n"
    )
    notice = parse_text(
        head
        + _row("1", "加强脱贫人口务工就业帮扶，确保务工", "县人社局、农业农村局，各乡", "2024年12月底前")
        + "\n"
        + _under("规模稳定在2.8万人以上。", "镇人民政府")
        + "\n"
        + _row("2", "实施农村电商提质增效行动，建设县级", "县商务局、交通运输局、供销", "2024年9月底前")
        + "\n"
        + _under("电商公共服务中心。", "合作社联合社，中国邮政集团")
        + "\n"
        + _S * 24
        + "有限公司枫溪县分公司\n"
    )
    assert [t.departments for t in notice.tasks] == [
        ("县人社局", "县农业农村局", "各乡镇人民政府"),
        ("县商务局", "县交通运输局", "县供销合作社联合社", "中国邮政集团有限公司枫溪县分公司"),
    ]


def test_units_cells_scraped_one_cell_a_line_cut_again_and_again() -> None:
    notice = parse_text(
        "宁川区安全生产重点任务分工表\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n深化城镇燃气安全专项整治，完\n成老旧燃气管网更新改造\n区住房城乡建设\n局\n区市场监管局、城\n管局、消防救援大\n队\n"
        "2025年6月底\n前\n"
        "2\n开展道路交通安全专项整治\n市公安局宁川分\n局\n区交通运输局、区\n应急管理局、各镇\n人民政府\n长期坚持\n"
    )
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("区住房城乡建设局",), ("区市场监管局", "区城管局", "区消防救援大队"), "2025年6月底前"),
        (("市公安局宁川分局",), ("区交通运输局", "区应急管理局", "各镇人民政府"), "长期坚持"),
    ]


def test_a_row_one_cell_a_line_cut_by_a_page_break_goes_on_under_the_headers_copy() -> None:
    notice = parse_text(
        "宁川区安全生产重点任务分工表\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n推进危险化学品安全风险集中治\n理，完成化工园区安全整治提升\n区应急管理局\n区工业和信息化局、\n"
        "第3页 共5页\n续表\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
        "市生态环境局宁川\n分局、区交通运输\n局\n2024年11月底\n前\n"
        "2\n开展高层建筑消防安全整治\n区消防救援大队\n区商务局\n2024年8月底前\n"
    )
    assert [(t.text, t.partners, t.due) for t in notice.tasks] == [
        (
            "推进危险化学品安全风险集中治理，完成化工园区安全整治提升",
            ("区工业和信息化局", "市生态环境局宁川分局", "区交通运输局"),
            "2024年11月底前",
        ),
        ("开展高层建筑消防安全整治", ("区商务局",), "2024年8月底前"),
    ]
    assert [b.text for b in notice.boilerplate if b.kind == "table-continued"] == ["续表"]


def test_a_deadline_a_pdf_copys_line_broke_before_its_last_character() -> None:
    from policy_cli.parse.deadlines import deadline_in_prose

    assert deadline_in_prose("梳理推出第二批清单，2024年底\n前完成上线。") == "2024年底前"
    assert deadline_in_prose("开展首轮辨识评估，2024年6月底\n前完成。") == "2024年6月底前"


def test_a_row_one_cell_a_line_opening_with_a_bare_unit_reads_without_error() -> None:
    notice = parse_text(
        "某镇重点任务分工表\n序号\n牵头单位\n工作任务\n完成时限\n1\n财政所\n落实惠农补贴资金发放\n2024年6月底前\n"
        "2\n综治中心\n开展矛盾纠纷排查化解\n长期坚持\n"
    )
    assert [t.departments for t in notice.tasks] == [("财政所",), ("综治中心",)]


def test_prose_a_pdf_copy_wrapped_at_a_fixed_width_is_joined_back() -> None:
    body = (
        "　　（一）统筹建设政务云平台。完成省级政务云扩容升级，推\n"
        "动各市（州）政务云资源纳入全省统一调度，2024年9月底前实\n"
        "现省市两级政务云统一监管。（牵头单位：省大数据局；配合单\n"
        "位：省发展改革委、财政厅、各市（州）人民政府）\n"
        "　　（二）推进电子政务外网提质扩面。推动电子政务外网向乡\n"
        "镇（街道）、村（社区）延伸，年底前实现乡镇（街道）全覆盖、\n"
        "村（社区）覆盖率达到90%以上。（省大数据局牵头，省通信管\n"
        "理局、中国铁塔股份有限公司岚川省分公司配合）\n"
    )
    notice = parse_text("岚川省2024年数字政府建设工作要点\n　　一、夯实数字基础设施支撑\n" + body)
    assert [(t.lead, t.partners, t.due) for t in notice.tasks] == [
        (("省大数据局",), ("省发展改革委", "省财政厅", "各市（州）人民政府"), "2024年9月底前"),
        (("省大数据局",), ("省通信管理局", "中国铁塔股份有限公司岚川省分公司"), "年底前"),
    ]

"""A reading convention of the genre: how often the work itself is done, written in the task's prose that names
no other deadline (每年开展…, 按季度通报…, 常态化开展…), is the task's deadline as written, standing and with no
year, as the samples give 每季度; a date the prose names wins, and a rate of a measure is no deadline. The
notices are written for the test (invented places)."""

from __future__ import annotations

import pytest

from policy_cli.parse import parse_text

_PLAN = "柏川县2025年基层治理工作要点\n\n一、重点任务\n"


@pytest.mark.parametrize(
    ("item", "due", "kind"),
    [
        ("1.健全矛盾纠纷排查机制，每年开展两次集中排查。（县司法局牵头，各乡镇配合）", "每年", "standing"),
        ("1.加强网格员队伍建设，每年培训网格员不少于200人次。（县委政法委负责）", "每年", "standing"),
        ("1.开展道路隐患监测，按季度通报排查结果。（县交通运输局负责）", "按季度", "standing"),
        ("1.密切党群联系，常态化开展入户走访。（各乡镇人民政府负责）", "常态化", "standing"),
        # a date the prose names is the deadline, the cadence after it is not
        ("1.建成县级调解中心，2025年9月底前投用，每年开展一次评估。（县司法局负责）", "2025年9月底前", "date"),
        # a rate of a measure is no deadline
        ("1.落实网格员补贴，每个网格每年补助2000元。（县财政局负责）", None, None),
        ("1.完善基层治理制度体系。（县委政法委负责）", None, None),
    ],
)
def test_a_cadence_in_the_prose_is_the_deadline(item: str, due: str | None, kind: str | None) -> None:
    task = parse_text(f"{_PLAN}{item}\n").tasks[0]
    assert (task.due, task.due_year, task.due_kind if due else None) == (due, 2025 if kind == "date" else None, kind)


@pytest.mark.parametrize(
    ("item", "due"),
    [
        # a date the prose names wins over a cycle written before it, with 按 or 每
        ("1.按季度更新政府信息公开目录，2025年6月底前完成目录梳理。（县政府办负责）", "2025年6月底前"),
        ("1.按月开展网络安全检查，确保2025年9月底前完成等保测评。（县委网信办负责）", "2025年9月底前"),
        ("1.建立按季度调度机制，到2025年12月底实现事项全覆盖。（县政务服务中心负责）", "到2025年12月底"),
        ("1.建立按月调度、按季通报工作机制，确保2025年底前完成目标任务。（县发展改革局负责）", "2025年底前"),
        ("1.每季度开展一次联合检查，2025年底前完成。（县市场监管局负责）", "2025年底前"),
        # the cycle alone is still the deadline (the case 按 was read for)
        ("1.按季度更新重点项目进展信息。（县发展改革局负责）", "按季度"),
        ("1.按月通报整改进展。（县督查室负责）", "按月"),
        ("1.每季度开展一次联合检查。（县市场监管局负责）", "每季度"),
        ("1.对网络账号进行常态化清理整治。（县委网信办负责）", "常态化"),
        ("1.每年向企业推介重点项目。（县投资促进局负责）", "每年"),
        ("1.对辖区每家企业每年至少检查一次。（县应急局负责）", "每年"),  # 每家企业: what is inspected
        ("1.对每个乡镇每年开展一次综合督查。（县督查室负责）", "每年"),
        # no cadence of the work: a word of the list in another word, a rate, a sum, a requirement cited or quoted,
        # a cadence of a measure, two cadences
        ("1.建立常态化对接机制。（县工信局负责）", None),
        ("1.每年对口支援资金不少于500万元。（县财政局负责）", None),
        ("1.按照常态化开展信用修复的要求，完善信用体系。（县发展改革局负责）", None),
        ("1.按年度考核结果兑现奖补。（县财政局负责）", None),
        ("1.落实《某某管理办法》中“按季度抽检”的规定。（县市场监管局负责）", None),
        ("1.每名村干部每年培训不少于20学时。（县委组织部负责）", None),
        ("1.惠企资金按季度拨付到位，按年度组织绩效评价。（县财政局负责）", None),
    ],
)
def test_a_date_wins_and_a_cadence_is_of_the_work(item: str, due: str | None) -> None:
    assert parse_text(f"{_PLAN}{item}\n").tasks[0].due == due

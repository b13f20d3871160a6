"""Deadlines: where they are written, and what date each one ends on.

A deadline is kept as written (``due``) and resolved to the last day it allows
(``due_date``), its year (``due_year``), where a range starts (``due_from``) and
its kind: ``date`` (one end date, at any precision: 2019年, 2019年6月底前,
三季度末), ``range`` (2020—2021年), ``standing`` (长期坚持, 持续推进, 每季度) or
``unknown`` (written, but no date can be given: 立即, or 6月底前 in a notice
whose year is nowhere to be found). A recurrence (每年, 每学期开学前) and 即日起
are standing, and so is a deadline that says when work starts (2024年3月起: due_from
2024-03-01, no end, so no due_year); a five-year plan is its years (“十四五”期间:
2021—2025); a recurrence over a range of years (2024年至2025年每年3月底前) is a
range that ends with its last occurrence (2025-03-31, due_year 2025). Deadlines without a year (6月底前, 三季度末,
上半年, 年底前), common in 工作要点, take the notice's year. Several dates end on the last
(2025年6月底前启动，12月底前完成: 2025-12-31; 分阶段推进，…前完成…，2025年12月底前完成…: the same), and a
deadline naming several dated stages is due at the one ending the work, as written (final_stage: 12月底前, in
2025), and
work that starts then goes on is standing from its start (2025年起常态化开展).
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from typing import NamedTuple

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, has_space, split_units
from ..models import Metadata, Task, Warning
from ..numerals import cn_to_int
from ..regex_engine import Match, compile_regex

# Every form of P.DEADLINE_PIECE opens with a digit or with one of these characters (并, which may come first,
# among them), but a period of the work's own, which holds 期 (征缴期内): a piece that opens with none of them
# and holds no 期 is not tried, as the pattern takes some 9 us to try its sixty forms and fail.
# tests/test_patterns.py derives the characters from the pattern.
DEADLINE_PIECE_OPENERS = frozenset(
    "X“一三上下中主二五今从供元全冬分到动劳十即四国学客寒常年并开当持按旅旺明春暑本根次每汛消清用秋立第端自至适逐采销长雨高夏麦节"
    "六七八九前翌枯丰"
)
_DIGIT = compile_regex(r"\d")  # (a digit as the pattern reads one)


def _may_open_deadline(folded: str) -> bool:
    """The cheap test of a piece's opening: False where no form of P.DEADLINE_PIECE can match it (it opens
    with none of DEADLINE_PIECE_OPENERS, nor with a digit, and holds no 期)."""
    return folded[:1] in DEADLINE_PIECE_OPENERS or "期" in folded or _DIGIT.match(folded) is not None


def deadline_piece(folded: str) -> Match | None:
    """P.DEADLINE_PIECE.match(folded), after a cheap test of its opening."""
    return P.DEADLINE_PIECE.match(folded) if _may_open_deadline(folded) else None


def deadline_phrase(folded: str) -> Match | None:
    """P.DEADLINE_PHRASE.match(folded) (2025年起常态化开展, 2025年6月启动、12月完成), after the same cheap test."""
    return P.DEADLINE_PHRASE.match(folded) if _may_open_deadline(folded) else None


def done_by_a_date(folded: str) -> bool:
    """Whether a piece dates work already done (2024年已开工: P.DONE_BY_A_DATE), after a cheaper test."""
    return "已" in folded and P.DONE_BY_A_DATE.match(folded) is not None


class Deadline(NamedTuple):
    year: int | None
    date: str | None  # ISO date the deadline ends
    start: str | None  # ISO date a range starts
    kind: str | None  # date | range | standing | unknown; None when nothing is written


NO_DEADLINE = Deadline(None, None, None, None)
# punctuation a cell or labelled line leaves after a deadline: 完成时限：2021年11月底前。
_TRAILING = "。.;；,，、 "


def due_year(due: str | None) -> int | None:
    """2018年 -> 2018; 2021—2023年 -> 2023; 长期坚持 -> None (the year as written, no notice year)."""
    return resolve(due).year


# a line break inside a time, as a PDF copy's fixed width breaks one: 2025年⏎起   三季⏎度末前   6月⏎底前   2025⏎年
#   2024年底⏎前
_WRAPPED_TIME = compile_regex(
    r"(?<=\d\s*年|\d|[一二三四]季|[一二三四]季度|\d月|年)\n(?=[\d起底末前度季月年内])|(?<=[年月]底)\n(?=前)"
)


def deadline_in_prose(text: str) -> str | None:
    """The first deadline written in a clause or item: 2020年12月底前, 到2022年, 6月底前, 长期坚持.

    A cycle (每季度开展一次评比) is the schedule the task keeps; 每年 alone (每年开展两次演练, 每年培训1000人次),
    按季度 and 常态化 before the work are its cadence only when the prose names no date (_cadence). A standing word is a
    deadline only as a clause of its own (…，长期坚持。), never as the verb of the sentence
    (持续推进“一网通办”改革). A date inside a title in book-title marks is the cited document's
    (落实《…行动计划(2024—2027年)》, 贯彻《关于2026年底前实现…的意见》), never the task's, and so is a date
    describing the thing worked on (全面调查2000年底前建成的老旧小区: _of_an_object); 长期推进 / 长期坚持 opening a
    clause as its verb (新建…中心8个，长期推进…网络建设) says the work is long-term: the deadline when the prose names
    no other. Stages of the work,
    each dated and done in a clause of its own (2024年6月底前完成设计，2025年3月底前完成建设; 第一阶段（2024年3月—6月）
    完成…；第二阶段（2024年7月—12月）完成…; 一季度完成选址，二季度建成投用), end with the last: that is the deadline
    (with the first's year when only the first names one, as a start then an end is). A deadline labelled
    at the end of the text (…，覆盖率达到80%以上，时限：2024年10月) is the deadline, whatever the prose dates.
    """
    if "\n" in text:
        text = _WRAPPED_TIME.sub("", text)  # 2025年 ⏎ 起每年…, 三季 ⏎ 度末前: a time a PDF copy's line broke
    folded = fold(text)
    # …。(完成时限:全年): a bracket closing the text with its labelled deadline is read as the label after it is
    unbracketed = folded[:-1] if "时" in folded and folded.endswith(")") else folded
    if (
        "时" in folded
        and (labelled := P.DUE_LABELLED_AFTER.search(unbracketed))
        and P.DUE_CELL.search(labelled["value"])
    ):
        return text[labelled.start("value") : labelled.end("value")]  # …，时限：2024年10月: labelled, after the text
    cited = cited_spans(folded)
    staged = P.DUE_STARTS_THEN_ENDS.search(folded) if "启" in folded or "开" in folded or "动" in folded else None
    if staged is not None and cited and in_cited(staged, cited):
        staged = None  # (a title's own dates)
    first: Match | None = None
    last: Match | None = None
    cycle: Match | None = None  # 每季度, 按月 with no date: the deadline only where the prose names no date
    lasting: Match | None = None  # 长期推进X opening a clause: the deadline only where the prose names no other
    run = False  # 6月底前、12月底前分两批完成: the first deadline and the one right after it, kept as one run of times
    for match in P.DEADLINE.finditer(folded):
        if staged is not None and staged.start() <= match.start():
            break  # 2025年3月底前启动，2025年10月底前完成: when the work starts, then when it ends
        found = match.group()
        if cited and in_cited(match, cited):
            continue  # 落实《…行动计划(2024—2027年)》: the cited document's years, never the task's deadline
        if P.BARE_RECURRENCE.match(found):
            continue
        if P.BARE_CADENCE.match(found):
            if last is not None:
                break  # 2025年6月底前完成，每季度通报: the date, the cadence after it is none
            cycle = cycle or match  # 按季度更新目录，2025年6月底前完成梳理: a date named later wins
            continue
        if found in _PHASED_WORDS:
            if folded[match.start() - 1 : match.start()] in _CLAUSE_END and folded[match.end() : match.end() + 1] in (
                _CLAUSE_END
            ):
                lasting = lasting or match  # …，分阶段推进。: the work goes on in stages, when nothing dates it
            continue
        if folded[match.end() : match.end() + 1] not in _CLAUSE_END and _timeless(found):
            if (found in _LASTING_WORDS and folded[match.start() - 1 : match.start()] in _CLAUSE_END) or (
                found == "持续推进" and match.start() == 0
            ):
                # …，长期推进居家养老服务网络建设: long-term work, when nothing dates it (持续推进 only opening the
                # text: later, …全覆盖，持续推进“一网通办”, it is the verb of one more measure)
                lasting = lasting or match
            continue
        if found.endswith("前") and folded[match.end() : match.end() + 1] == "后":  # 8月8日前后: around, not by
            continue
        if P.DUE_OF_A_RECORD_AFTER.match(folded[match.end() : match.end() + 5]) and P.DUE_OF_A_RECORD_BEFORE.search(
            folded[: match.start()]
        ):  # 对照2024年12月底前排查的问题清单: the list's date, not the task's
            continue
        if _of_work_done(folded, match):
            continue
        if _of_an_object(folded, match):
            continue  # 全面调查2000年底前建成的老旧小区, 完成2023年以前…遗留问题清理: the date describes what is worked on
        if last is None:
            first = last = match
        elif last is first and _in_a_run(folded, last, match):
            last, run = match, True  # 6月底前、12月底前分两批完成: both times, the work done in batches by the last
        elif _next_stage(folded, last, match):
            last = match  # 2024年6月底前完成设计，2025年3月底前完成建设: the work ends with its last stage
        elif _next_stage(folded, last, match, not_last=True):
            continue  # …，6月底前上报省政务办备案，12月底前全面运行: a report is no stage, the stages after it are
        else:
            break
        if (
            not _stage_work_after(folded, match)
            and not _stage_opening_its_clause(folded, match)
            and not (last is first and folded[match.end() : match.end() + 1] == "、" and _run_goes_on(folded, match))
        ):
            break
    if first is not None and last is not None:
        own_year = not run and (last is first or P.YEAR.search(last.group()) or not P.YEAR.search(first.group()))
        return text[last.start() if own_year else first.start() : last.end()]
    if staged is not None:  # the end, with the start's year when only the start names one
        own_year = P.YEAR.search(staged["end"]) or not P.YEAR.search(staged["start"])
        return text[staged.start("end") if own_year else staged.start() : staged.end("end")]
    start = P.DUE_START_IN_PROSE.search(folded) if "起" in folded else None
    if start is not None:  # 自2025年7月1日起执行…制度: the work starts then and goes on (no other deadline named)
        return text[start.start("due") : start.end("due")]
    return (
        _closing_time_phrase(text, folded)
        or _dated_sentence(text, folded)
        or _opening_start(text, folded, cited)
        or _opening_whole_year(text, folded)
        or (text[cycle.start() : cycle.end()] if cycle is not None else None)
        or _cadence(text, folded, cited)
        or (text[lasting.start() : lasting.end()] if lasting is not None else None)
        or _closing_bracket_time(text, folded)
    )


def _closing_bracket_time(text: str, folded: str) -> str | None:
    """…推进信访事项网上办理。（长期）: a bracket closing the text that holds a time alone (its units given
    elsewhere, by a division by number or a heading), when nothing else dates the task; None otherwise."""
    end = len(folded.rstrip(" \n。."))
    if not folded[:end].endswith(")"):
        return None
    start = folded.rfind("(", 0, end)
    if start < 0 or folded[:start].rstrip(" ")[-1:] not in ("。", ";", ".", "\n", ""):
        return None  # 覆盖率稳定在65%以上（2024年）。: a bracket inside the sentence, a figure's year
    inner = folded[start + 1 : end - 1].strip()
    piece = deadline_piece(inner) if 0 < len(inner) <= 16 else None
    if piece is None or piece.start("due") != 0 or piece.end("due") != len(inner):
        return None
    at = start + 1 + len(folded[start + 1 : end - 1]) - len(folded[start + 1 : end - 1].lstrip())
    return text[at : at + len(inner)]


def _opening_start(text: str, folded: str, cited: tuple[tuple[int, int], ...]) -> str | None:
    """2025年起在各乡镇设立…: a start opening a clause of work, as written (standing from then; with its cadence,
    2025年起每年举办… -> 2025年起每年); None where there is none, or it stands in a cited title."""
    opening = P.DUE_START_OPENING.search(folded) if "起" in folded else None
    if opening is None or in_cited(opening, cited):
        return None
    every = P.EVERY_THEN_WORK.match(folded, opening.end("due"))  # 2025年起每年举办…: the start and its cadence
    end = opening.end("due") if every is None else every.end("count") if every["count"] else every.end("every")
    return text[opening.start("due") : end]


def _opening_whole_year(text: str, folded: str) -> str | None:
    """全年开展培训5000人次以上: the year the work or its target is for, opening a clause; None where there is none."""
    whole_year = P.WHOLE_YEAR_OPENING.search(folded) if "全年" in folded else None
    return text[whole_year.start() : whole_year.end()] if whole_year is not None else None


def _cadence(text: str, folded: str, cited: tuple[tuple[int, int], ...]) -> str | None:
    """每年开展一次城市体检, 按季度通报问题图斑, 常态化开展政企恳谈: how often the work itself is done, written in a
    prose naming no other deadline, is its deadline as written (standing, no year), as a cadence in a deadline
    cell is (P.PROSE_CADENCE). None where it is no cadence of the work: a rate of a measure (每个每年补贴3000元,
    每名村干部每年培训不少于20学时, …不少于500万元: P.CADENCE_PER_HEAD, P.CADENCE_AMOUNT), a requirement cited
    (按照常态化开展信用修复的要求, in quotes or book-title marks), or prose naming two cadences (惠企资金按季度
    拨付到位，按年度组织绩效评价: which one the task keeps is not clear)."""
    if "每" not in folded and "按" not in folded and "常态化" not in folded:
        return None
    found: list[Match] = [
        match
        for match in P.PROSE_CADENCE.finditer(folded)
        if not (cited and in_cited(match, cited)) and not _cadence_of_no_work(folded, match)
    ]
    cycles = {m["due"] for m in P.CADENCE_WORD.finditer(folded)}
    if not found or len(cycles) > 1:
        return None
    return text[found[0].start("due") : found[0].end("due")]


def _cadence_of_no_work(folded: str, match: Match) -> bool:
    """Whether a cadence in prose dates no work of the task: per head, before a sum, cited or quoted."""
    clause_start = max(folded.rfind(mark, 0, match.start()) for mark in ",;。") + 1
    before, after = folded[clause_start : match.start()], folded[match.end() :]
    quotes = folded[: match.start()]
    # 每名村干部每年培训: a rate per head; 对每个乡镇每年开展督查, 对辖区每家企业每年检查: what the work is done to
    per_head = P.CADENCE_PER_HEAD.search(before)
    return bool(
        (per_head is not None and "对" not in before[: per_head.start()])
        or P.CADENCE_AMOUNT.match(after)
        or (P.CADENCE_REQUIRED.search(before) and P.CADENCE_REQUIRED_AFTER.match(after))
        or quotes.count("“") > quotes.count("”")
        or quotes.count('"') % 2 == 1
    )


def _dated_sentence(text: str, folded: str) -> str | None:
    """…由市信访局牵头，市司法局配合。2025年5月完成。: the text's last sentence when it is only a month and the
    verb of finishing (P.DATED_SENTENCE), its date; else None."""
    end = len(folded.rstrip(" \n。."))
    cut = folded.rfind("。", 0, end)
    clause = folded[cut + 1 : end]
    if cut < 0 or (dated := P.DATED_SENTENCE.fullmatch(clause.strip(" \n"))) is None:
        return None
    at = cut + 1 + len(clause) - len(clause.lstrip(" \n"))
    return text[at : at + dated.end("due")]


def year_of_the_work(text: str, notice_year: int | None) -> str | None:
    """2025年完成家庭养老床位建设1500张。, …，2025年内新增…。, 2024年12月完成评估。: a year (maybe with its month)
    before a verb of finishing or reaching a target, or with 内 (P.PROSE_YEAR_DUE), in a clause that ends its
    sentence, as written; the latest where several do (2024年完成35个，2025年完成27个 -> 2025年). For a task whose
    prose, annotations and division name no deadline (with_deadlines asks only then). Not a year before the
    notice's own (a situation's figures), nor one in a clause holding 的 or 后 (2022年建成的厂房, 2022年完成升级后:
    what is worked on, a precondition), nor one whose clause goes on (2023年完成改造50个，在此基础上…), nor a cited
    document's; else None. A year opening a sentence, then one clause setting a target (2018年，全市用水总量控制在…。:
    P.PROSE_YEAR_OPENING_TARGET) is one too, in a notice whose year is known and not after it."""
    if "年" not in text:
        return None
    folded = fold(text)
    cited = cited_spans(folded)
    found: list[tuple[str, int, Match]] = []  # (the deadline's end, its place, the match)
    for match in P.PROSE_YEAR_DUE.finditer(folded):
        if cited and in_cited(match, cited):
            continue
        cut = P.STAGE_BREAK.search(folded, match.end())
        clause = folded[match.end() : cut.start() if cut else len(folded)]
        if (cut is not None and cut.group() == ",") or "的" in clause or "后" in clause:
            continue
        deadline = resolve(match["due"])
        if notice_year is not None and deadline.year is not None and deadline.year < notice_year:
            continue
        found.append((deadline.date or "", match.start(), match))
    for match in P.PROSE_YEAR_OPENING_TARGET.finditer(folded) if notice_year is not None else ():
        reached = resolve(match["due"])  # 2018年，全市用水总量控制在…。: the year the target is reached by
        if (reached.year or 0) >= (notice_year or 0) > 0 and not (cited and in_cited(match, cited)):
            found.append((reached.date or "", match.start(), match))
    if not found:
        return None
    latest = max(found, key=lambda f: f[:2])[2]
    return text[latest.start("due") : latest.end("due")]


def _closing_time_phrase(text: str, folded: str) -> str | None:
    """…专项整治，2025年起每年排查一次: the text's last clause when it is a time phrase (a time with 起, then a
    recurrence: how often or how long the work goes on), the deadline as written (its cadence alone where work
    other than a count follows it: 2025年起每年完成一批… -> 2025年起每年); else None. A time then work
    (2025年第二季度起执行新标准, …起实行月报制度) is the work itself, and no text of one clause is only its time; a
    start then a verb alone (…制度，2024年起实施) is the measure taking effect: the start, as written (2024年起)."""
    end = len(folded.rstrip(" \n。.;"))
    cut = max(folded.rfind(mark, 0, end) for mark in ",;。")
    if cut < 0:
        return None
    clause = folded[cut + 1 : end].strip(" \n")
    at = cut + 1 + len(folded[cut + 1 : end]) - len(folded[cut + 1 : end].lstrip(" \n"))
    if "起" in clause and (effect := P.START_TAKES_EFFECT.match(clause)) is not None:
        return text[at + effect.start("due") : at + effect.end("due")]  # …制度，2024年起实施: the measure's start
    phrase = deadline_phrase(clause) if clause else None
    if phrase is None or not phrase["due"].endswith("起") or not P.RECURRENCE_OPENING.match(phrase["then"]):
        return None
    if any(has_ending(u) for u in split_units(phrase["then"]) if len(u) > 2):
        return None
    every = P.EVERY_THEN_WORK.match(phrase["then"])
    if every is not None and not every["count"]:  # 2025年起每年完成一批…: how often, without the work done each time
        return text[at : at + phrase.start("then") + every.end("every")]
    return text[at : at + len(clause)]


def _of_an_object(folded: str, match: Match) -> bool:
    """A date describing the thing the work is done on (P.DUE_OF_AN_OBJECT_BEFORE and _AFTER: inside its clause,
    then a short verb and 的: 对2010年以前建成的燃气管道), or one a verb of clearing up takes as its object
    (P.DUE_CLEARED_BEFORE: 完成2023年以前统计历史遗留问题清理): never the task's deadline."""
    after = folded[match.end() : match.end() + 8]
    if P.DUE_OF_AN_OBJECT_AFTER.match(after) and P.DUE_OF_AN_OBJECT_BEFORE.search(folded, 0, match.start()):
        return True
    return bool(P.DUE_CLEARED_BEFORE.search(folded, 0, match.start()) and P.DUE_CLEARED_AFTER.match(after))


def _stage_work_after(folded: str, match: Match) -> bool:
    """Whether a deadline in prose opens the work of a stage: work follows it (完成摸底, 建成投用; after the
    bracket a stage's time stands in, 第一阶段（2024年3月—6月）完成…), not a word that dates something else."""
    after = folded[match.end() : match.end() + 2].lstrip(")")
    return bool(after) and P.STAGE_WORK_AFTER.match(after) is not None


def _in_a_run(folded: str, last: Match, match: Match) -> bool:
    """Whether a deadline in prose follows the one before it with only 、 between (6月底前、12月底前分两批完成,
    2025年上半年、下半年各开展一次): one run of times, as a cell writes it, never a start, a cadence or a standing word."""
    found = match.group()
    return (
        folded[last.end() : match.start()].strip() == "、"
        and not found.startswith("每")
        and not P.DUE_START.search(found)
        and not _timeless(found)
        and not P.STANDING_DEADLINE.search(last.group())
    )


def _run_goes_on(folded: str, match: Match) -> bool:
    """Whether another deadline stands right after a deadline's 、 (6月底前、12月底前): a run of times may go on."""
    return P.DEADLINE.match(folded, match.end() + 1) is not None


def _stage_opening_its_clause(folded: str, match: Match) -> bool:
    """Whether a deadline in prose opens its clause, the scope of its stage after a comma (确保到2032年底，甲县实现…；
    2033年底，乙县实现…: stages staged by place, the last ends the work), as a stage with its work after it does."""
    return (
        P.STAGE_SCOPE_AFTER.match(folded[match.end() :]) is not None
        and P.STAGE_TIME_OPENING_BEFORE.search(folded[max(0, match.start() - 3) : match.start()]) is not None
    )


def _next_stage(folded: str, last: Match, match: Match, not_last: bool = False) -> bool:
    """Whether a later deadline in prose is the next stage of the work the earlier one dates: it stands in
    a later clause, opens its work too, and neither says when work starts (2025年起), recurs (每年…) or goes on
    (持续推进); a
    clause setting a share of the work to reach by then (年底前完成整治任务的70%) is a step of progress, not the
    work's end (a target the work reaches is: 年底前…比例达到85%), nor is the first run of work that then recurs
    (2025年12月底前开展首次评估: P.STAGE_NOT_LAST); not_last: whether it would be, but for that clause (a
    stage passed over, the stages after it read on)."""
    found = match.group()
    return (
        (
            P.STAGE_BREAK.search(folded, last.end(), match.start()) is not None
            # 6月底前完成自查、10月底前完成整改: stages joined by 、, each opening its work
            or ("、" in folded[last.end() : match.start()] and _stage_work_after(folded, last))
        )
        and (
            _stage_work_after(folded, match)
            # 确保到2032年底，甲县实现…；2033年底，乙县实现…: after a stage of the same form only (not 2026年6月底前完成方案，
            # 到2028年，覆盖率达到95%: a target year after the work's stage)
            or (_stage_opening_its_clause(folded, last) and _stage_opening_its_clause(folded, match))
        )
        and not found.startswith("每")
        and not P.DUE_START.search(found)
        and not P.STANDING_DEADLINE.search(last.group())  # 持续推进: work that goes on has no last stage
        and (P.STAGE_NOT_LAST.match(folded[match.end() :]) is None) != not_last
    )


def final_stage(due: str) -> tuple[str, str]:
    """The stage that ends the work, of a deadline naming several dated stages (a cell, a labelled line, an
    annotation's piece or prose): (the stage's time as written, the same with its year when only an earlier
    stage names it), the latest of them. 2024年9月底前取得阶段性成果，2024年12月底前全部办结 -> 2024年12月底前;
    2025年3月底前完成摸底，6月底前全县上线运行 -> (6月底前, 2025年6月底前); 第一阶段2025年4月底前，第二阶段
    2025年9月底前 and 县级2025年4月底前、乡镇级2025年10月底前 (a stage's label or scope before its date) the same.
    (due, due) where it names one time, or times with no work or label beside them (4月底前、9月底前: two runs, as
    written), a cadence or standing word (每年6月底前、12月底前), a time it cannot date (汛期前), a start (2025年起), a
    date cited or quoted; a later clause that is a share of the work, a cadence's first run or a report on the work
    (P.STAGE_NOT_LAST), or a part of it (其中…: P.STAGE_PART_BEFORE), is no stage ending it (2025年6月底前出台办法，
    12月底前开展首次评估 -> 2025年6月底前; 2025年10月底前完成，并于11月5日前报送工作情况 -> 2025年10月底前; the
    stages after such a clause still count). A yearless time after 次年 (P.NEXT_YEAR_BEFORE) falls in the next year
    ((due, due) where that year cannot be told); one before the stage before it, with no such word, is no later
    stage (2025年12月底前全面完成，城区部分6月底前完成 -> 2025年12月底前: never rolled into the next year)."""
    folded = fold(due)
    if P.DUE_SEPARATORS.search(folded) is None:
        return due, due
    phased = P.PHASED_THEN_DATES.match(folded)
    body = folded[phased.end() :] if phased else folded
    if P.STANDING_DEADLINE.search(body):
        return due, due
    cited = cited_spans(folded)
    stages: list[Match] = []
    found_at = phased.end() if phased else 0
    times = list(P.DEADLINE.finditer(folded, found_at))
    if times and "月" in folded:  # 6月开工，年内完工: a milestone's bare month is a stage too
        times = sorted([*times, *P.MONTH_STAGE.finditer(folded, found_at)], key=lambda m: m.start())
    for match in times:
        if (cited and in_cited(match, cited)) or folded[: match.start()].count("“") > folded[: match.start()].count(
            "”"
        ):
            continue  # (a date cited or quoted is no stage)
        between = folded[stages[-1].end() : match.start()] if stages else ","
        if P.STAGE_BREAK.search(between) is None and P.DUE_SEPARATORS.search(between) is None:
            return due, due  # (one time written in two matches: no stages)
        stages.append(match)
    if len(stages) < 2 or not any(_beside_stage(folded, stages, i) for i in range(len(stages))):
        return due, due
    year: str | None = None
    best: tuple[str, int, str, bool] | None = None  # (its end, its place, its time with its year, after 次年)
    before: str | None = None  # the end of the stage before
    word_at: set[int] = set()  # the stages whose time opens with a next-year word (次年3月底前, read whole)
    for at, match in enumerate(stages):
        found = match.group()
        if found[:2] in _NEXT_YEAR_WORDS and len(found) > 2:
            found = found[2:]  # 次年3月底前: the time after the word, in the year after the stage before
            word_at.add(at)
        own = P.YEAR.search(found)
        next_year = not own and (at in word_at or P.NEXT_YEAR_BEFORE.search(folded[: match.start()]) is not None)
        if next_year and year is None:
            return due, due  # (次年 after no year: the stages cannot be dated)
        year = own.group() if own else str(int(year) + 1) if next_year and year else year
        if folded[match.end() : match.end() + 1] == "起":
            continue  # (a start is no stage)
        if at and P.STAGE_NOT_LAST.match(folded[match.end() :]) is not None:
            continue  # 年底前完成整治任务的70%, 开展首次评估, 报送工作情况: no stage ending the work
        if at and P.STAGE_PART_BEFORE.search(folded[stages[at - 1].end() : match.start()]) is not None:
            continue  # 2025年9月底前完成，其中城区6月底前完成: a part of the work, no later stage
        dated = found if own or year is None else f"{year}年{found}"
        end = resolve(dated, 2000).date
        if end is None:
            return due, due  # (汛期前: a time it cannot date; the stages cannot be told apart)
        if not own and before is not None and end < before:
            continue  # 2025年12月底前全面完成，城区部分6月底前完成: yearless and before the stage before, no later stage
        before = end
        if best is None or end >= best[0]:
            best = (end, at, dated, next_year)
    if best is None:
        return due, due
    chosen = stages[best[1]]
    if not best[3] and P.NEXT_YEAR_LATER.search(folded, max(chosen.start() - 3, 0)) is not None:
        return due, due  # 6月开工，年内完工，明年投用: a later stage in the next year, unread; the cell as written
    return due[chosen.start() + (2 if best[1] in word_at else 0) : chosen.end()], best[2]


def _beside_stage(folded: str, stages: list[Match], at: int) -> bool:
    """Whether a stage's time has work after it (完成摸底) or its label or scope before it (第一阶段, 县级), in its
    piece of the deadline: what tells stages from times written bare (4月底前、9月底前)."""
    match = stages[at]
    start = stages[at - 1].end() if at else 0
    piece = P.DUE_SEPARATORS.split(folded[start : match.start()])[-1]  # (the text of its own piece only)
    before = piece.strip(" ,;、:")
    return bool(before and before not in ("并", "于", "在")) or _stage_work_after(folded, match)


def cited_spans(folded: str) -> tuple[tuple[int, int], ...]:
    """Where each title in book-title marks stands, its marks included: (the position of 《, of its 》).
    A title left open (the text cut off inside it) is none."""
    if "《" not in folded:
        return ()
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    for at, ch in enumerate(folded):
        if ch == "《":
            opened.append(at)
        elif ch == "》" and opened:
            start = opened.pop()
            if not opened:
                spans.append((start, at))
    return tuple(spans)


def in_cited(match: Match, cited: tuple[tuple[int, int], ...]) -> bool:
    """Whether a match stands inside one of the cited titles cited_spans found."""
    return any(start < match.start() and match.end() <= end for start, end in cited)


def _of_work_done(folded: str, match: Match) -> bool:
    """A date in a phrase naming what is already done or in force: 在2024年底前已完成试点的基础上,
    参照2024年底前出台的办法, 巩固2024年6月底前创建成果 (the past the task builds on, not its deadline)."""
    after = folded[match.end() : match.end() + 40]
    if P.DUE_OF_WORK_DONE.match(after):
        return True
    return bool(
        P.DUE_OF_RESULTS_KEPT_AFTER.match(after) and P.DUE_OF_RESULTS_KEPT_BEFORE.search(folded[: match.start()])
    )


# what may follow a deadline that is a clause of its own: a clause end, a bracket, the end of the text
_CLAUSE_END = ("", "。", ",", ";", "、", ")", "(", "\n", " ", "!", ".")


def _timeless(found: str) -> bool:
    """长期坚持, 持续推进: a standing word, that is also a verb (持续推进X)."""
    return found in _STANDING_WORDS


_STANDING_WORDS = frozenset(("长期坚持", "持续推进", "持续开展", "长期推进", "常态化推进"))
# the work done in stages, a clause of its own: the deadline only where nothing dates the task (…，分阶段推进，2026年
# 6月底前完成设计，…: the stages' dates)
_PHASED_WORDS = frozenset(("分阶段推进", "分阶段实施"))
# standing words that say the work is long-term even as the verb opening a clause (…，长期推进X建设), where nothing
# else dates the task; 持续推进X is only the verb of the sentence (go on with X)
_LASTING_WORDS = frozenset(("长期坚持", "长期推进"))


def _stage_times(folded: str) -> str | None:
    """Stages of a deadline as written, each opening with its own time and naming its work (2025年6月底前完成…，12月
    底前报批): their times alone, as a run (2025年6月底前，12月底前); None for any other deadline."""
    pieces = [p.strip(" 。") for p in re.split(r"[,;]", folded) if p.strip(" 。")]
    if len(pieces) < 2:
        return None
    times = [P.DEADLINE.match(p) or P.DUE_START_OPENING.match(p) for p in pieces]
    if not all(times) or not any(_WORDS_AFTER.search(p[t.end() :]) for p, t in zip(pieces, times, strict=True) if t):
        return None  # (a list of times alone, 2025年6月、12月, is read as written)
    if (start := P.DUE_START_OPENING.match(pieces[-1])) is not None:
        return str(start.group("due"))  # …；2025年起常态化开展: standing from the last stage's start
    return ",".join(t.group() for t in times if t)


_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff]{2,}")  # the work a stage names after its time


@lru_cache(maxsize=4096)
def resolve(due: str | None, notice_year: int | None = None, signed_year: int | None = None) -> Deadline:
    """What a deadline as written means; notice_year completes one written without a year, and
    signed_year, when known, is the year 今年 and 明年 count from (the year the notice was written)."""
    if not due or not due.strip():
        return NO_DEADLINE
    folded = _in_words(_arabic(fold(due)))
    if "Q" in folded or "q" in folded:  # 2025年Q3, 2025Q3: the quarter as a table written in Latin letters names it
        folded = P.LATIN_QUARTER.sub(_latin_quarter, folded)
    if folded[-1:] == ")" and (note := folded.rfind("(")) > 0 and not any(c.isdigit() for c in folded[note:]):
        dated = resolve(folded[:note], notice_year, signed_year)
        named = resolve(folded[note + 1 : -1], notice_year, signed_year).kind == "unknown"
        if named and dated.kind in ("date", "range"):  # 2025年8月底前（开学前）: the date, the note an event's name
            return dated  # 2025年12月（持续推进）: a standing note keeps it standing
    if folded[-1:] == ")" and (season := P.SEASON_WITH_DATES.match(folded)):
        dated = resolve(season["dates"], notice_year, signed_year)
        if dated.kind in ("date", "range"):  # 汛期（6月1日—9月30日）: the season's dates
            return dated
    if "X" in folded and P.YEAR_PLACEHOLDER.search(folded):  # X年11月底前: a template's, its year unknown
        return Deadline(None, None, None, "unknown")
    if notice_year is not None and P.MONTH_TO_NEXT_YEAR.match(folded):
        folded = f"{notice_year}年{folded}"  # 11月至次年2月: from November of the notice's year
    relative = P.RELATIVE_YEAR.search(folded)
    if relative:  # 今年底前, 明年6月底前: the year it was written in (else the notice's), or the one after it
        base = signed_year if signed_year is not None and relative["rel"] in _WRITER_RELATIVE else notice_year
        written = P.YEAR.findall(folded[: relative.start()]) if relative["rel"] in _AFTER_A_YEAR else []
        base = int(written[-1]) if written else base  # 2025年11月至次年3月: the year after 2025
        if base is None:
            return Deadline(None, None, None, "unknown")
        year = base + (1 if relative["rel"] in ("明年", "次年", "翌年") else 0)
        folded = folded[: relative.start()] + f"{year}年" + folded[relative.end() :]
    if to_end := P.RANGE_TO_YEAR_END.match(folded):  # 2024年9月至年底: to December of its year
        its_year = to_end["y"] or (f"{notice_year}年" if notice_year is not None else None)
        if its_year is None:
            return Deadline(None, None, None, "unknown")
        folded = f"{its_year}{to_end['start']}{to_end['to']}{its_year}12月"
    elif ends := P.YEAR_END_RANGE.match(folded):  # 2024年底至2025年底: from the first year's December
        folded = f"{ends['y1']}年12月至{ends['y2']}年12月"
    long_work = P.YEAR_LONG_WORK.match(folded) if "持续" in folded or "常态" in folded else None
    if long_work:  # 年内持续推进: through the year it names, or the notice's
        through = int(long_work["year"]) if long_work["year"] else notice_year
        if through is None:
            return Deadline(None, None, None, "unknown")
        return Deadline(through, f"{through:04d}-12-31", None, "date")
    phased = P.PHASED_THEN_DATES.match(folded)
    if phased:  # 分阶段推进，2025年6月底前完成…，2025年12月底前完成…: the last stage's date
        folded = folded[phased.end() :]
    elif P.STANDING_DEADLINE.search(folded) and (times := _stage_times(folded)) is not None:
        # 2025年6月底前完成流程再造，2025年12月底前实现常态化运行: the stages' times (the words of their work, 常态化
        # here, say nothing of the deadline), read as a run of times is
        return resolve(times, notice_year, signed_year)
    elif going_on := P.DUE_START_GOING_ON.match(folded):  # 2025年起常态化开展: standing from when it starts
        return _start(folded[: going_on.end()], notice_year)
    elif P.STANDING_DEADLINE.search(folded):
        span = P.DUE_RANGE.search(folded)
        if span and "每" in folded[span.end() :]:  # 2024年至2025年每年3月底前: the last year's time
            return _recurring_range(span, folded[span.end() :])
        return Deadline(None, None, None, "standing")
    plan = P.FIVE_YEAR_PLAN.search(folded)
    if plan:  # “十四五”期间: 2021—2025; 十三五末: 2020-12-31
        first = 1981 + 5 * (10 + cn_to_int(plan["n"]) - 6)  # the sixth plan began in 1981
        if plan["end"]:
            return Deadline(first + 4, f"{first + 4:04d}-12-31", None, "date")
        return Deadline(first + 4, f"{first + 4:04d}-12-31", f"{first:04d}-01-01", "range")
    if P.DUE_START.search(folded) and not P.DUE_RANGE.search(folded):
        return _start(folded, notice_year)
    if "前后" in folded:  # 8月8日前后, 春节前后: around a day, not a deadline by it
        years = [int(y) for y in P.YEAR.findall(folded)]
        return Deadline(max(years) if years else notice_year, None, None, "unknown")
    if P.DUE_EVENT.search(folded) and not P.EVENT_IN_A_MONTH.search(
        folded
    ):  # 2021年汛前: the year is known, the day is not
        # (9月开学前: the month is written, the deadline is its end)
        years = [int(y) for y in P.YEAR.findall(folded)]
        return Deadline(max(years) if years else notice_year, None, None, "unknown")
    quarters = P.QUARTER_RANGE.match(folded)
    if quarters and (run := _quarter_range(quarters, notice_year)):  # 2024年一至三季度: 2024-01-01 to 2024-09-30
        return run
    if "旬" in folded and P.JOINT_TEN_DAYS.search(folded):  # 6月中下旬: 6月中旬至下旬
        folded = P.JOINT_TEN_DAYS.sub(lambda m: f"{m['month']}{m['first']}旬至{m['last']}旬", folded)
    if (ten_days := P.TEN_DAY_RANGE.match(folded)) and (run := _ten_day_range(ten_days, notice_year)):
        return run  # 10月中旬至11月上旬: from the first ten days' first day to the last ones' end
    if notice_year is not None and P.MONTH_RANGE_NO_YEAR.match(folded):
        folded = f"{notice_year}年{folded}"  # 5—6月: months of the notice's year
    span = P.DUE_RANGE.search(folded)
    if span:
        return _range(span)
    ends = _point_ends(folded, notice_year)
    if ends:
        latest = max(ends)
        return Deadline(int(latest[:4]), latest, None, "date")
    years = [int(y) for y in P.YEAR.findall(folded)]
    if years:
        return Deadline(max(years), f"{max(years):04d}-12-31", None, "date")
    return Deadline(None, None, None, "unknown")


def _latin_quarter(match: Match) -> str:
    """Q3 as 第3季度, with the 年 a year written right before it lacks (2025Q3 -> 2025年第3季度)."""
    after_year = match.start() > 0 and match.string[match.start() - 1].isdigit()
    return ("年" if after_year else "") + f"第{match['n']}季度"


def _quarter_range(match: Match, notice_year: int | None) -> Deadline | None:
    """2024年一至三季度, 2025年三、四季度: from the first quarter's first day to the last one's end; two quarters
    apart (2025年一、三季度) end with the later, no start; None where they run backwards (三至一季度). A run over
    two years (2024年第三季度至2025年第二季度) runs from the first year's quarter to the last year's."""
    first, last = _QUARTER_END[match["q1"]], _QUARTER_END[match["q2"]]
    year = int(match["y"]) if match["y"] else notice_year
    if match["y2"] and year is not None and int(match["y2"]) > year and not match["and"]:
        end_year = int(match["y2"])
        return Deadline(end_year, _month_end(end_year, last), f"{year:04d}-{first - 2:02d}-01", "range")
    if first >= last or (match["y2"] and int(match["y2"]) != year):
        return None
    if year is None:
        return Deadline(None, None, None, "unknown")
    if match["and"] and last != first + 3:  # 2025年一、三季度: two quarters apart, done by the last one's end
        return Deadline(year, _month_end(year, last), None, "date")
    return Deadline(year, _month_end(year, last), f"{year:04d}-{first - 2:02d}-01", "range")


def _ten_day_range(match: Match, notice_year: int | None) -> Deadline | None:
    """2025年10月中旬至11月上旬: 2025-10-11 to 2025-11-10; 10月上旬至下旬 (one month): 10-01 to 10-31; None where no
    ten days end it in the same month (10月中旬至: no end) or it runs backwards (11月中旬至10月)."""
    first_month = int(match["m1"])
    last_month = int(match["m2"]) if match["m2"] else first_month
    if match["m2"] is None and match["x2"] not in _TEN_DAY_FIRST:
        return None
    if any(c.isdigit() for c in match.string[match.end() :]):
        return None  # 10月中旬至11月上旬、12月底前: a later time ends the work (_point_ends)
    if not (1 <= first_month <= last_month <= 12):
        return None
    year = int(match["y"]) if match["y"] else notice_year
    if year is None:
        return Deadline(None, None, None, "unknown")
    first_day = _TEN_DAY_FIRST.get(match["x1"] or "", 1)
    last_day = _TEN_DAYS.get(match["x2"] or "", _last_day(year, last_month))
    start, end = f"{year:04d}-{first_month:02d}-{first_day:02d}", f"{year:04d}-{last_month:02d}-{last_day:02d}"
    return Deadline(year, end, start, "range") if start < end else None


def _point_ends(folded: str, notice_year: int | None) -> list[str]:
    """The ISO end of every point in time a deadline names; a point without a year after one with a year
    is in that year (2025年6月底前启动，12月底前完成: 12月 is 2025's, whatever the notice's year)."""
    ends: list[str] = []
    year = notice_year
    for match in P.DUE_POINT.finditer(folded):
        if match["y"]:
            year = int(match["y"])
        end = _point_end(match, year)
        if end and ends and not match["y"] and end < ends[-1]:  # (2024年12月底前…，6月底前…: not back in 2024)
            end = _point_end(match, notice_year)
        if end:
            ends.append(end)
    return ends


# 今年, 本年, 明年 count from the day the notice was written (明年6月底前 in a 2025 plan signed in December
# 2024 is 2025); 当年 and 次年 from the year the text speaks of
_WRITER_RELATIVE = frozenset(("今年", "本年", "明年"))
# the words of the next year that may open a stage's time (次年3月底前完成复核)
_NEXT_YEAR_WORDS = frozenset(("次年", "明年", "翌年"))
# the words of the year after one the deadline wrote before them (2025年11月至次年3月: 2026), else the notice's
_AFTER_A_YEAR = frozenset(("次年", "翌年", "当年"))


def _range(match: Match) -> Deadline:
    first, last = int(match["y1"]), int(match["y2"] or match["y1"])
    first_month = int(match["m1"] or 1)
    last_month = int(match["m2"] or 12)
    if not (1 <= first_month <= 12 and 1 <= last_month <= 12) or (first, first_month) > (last, last_month):
        return Deadline(max(first, last), None, None, "unknown")
    first_day = int(match["d1"] or 1)
    last_day = int(match["d2"] or _last_day(last, last_month))
    if not (1 <= first_day <= _last_day(first, first_month) and 1 <= last_day <= _last_day(last, last_month)):
        return Deadline(last, None, None, "unknown")  # 2024年2月30日: no such day
    start, end = f"{first:04d}-{first_month:02d}-{first_day:02d}", f"{last:04d}-{last_month:02d}-{last_day:02d}"
    return Deadline(last, end, start, "range") if start <= end else Deadline(last, None, None, "unknown")


_CN_DIGIT = {ch: str(n) for n, ch in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}


def _arabic(folded: str) -> str:
    """二〇二四年十二月三十日 -> 2024年12月30日: a date in Chinese numerals, in digits."""
    folded = P.CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m["y"]) + "年", folded)
    folded = P.CN_MONTH.sub(lambda m: f"{cn_to_int(m['m'])}月", folded)
    out: str = P.CN_DAY.sub(lambda m: f"{cn_to_int(m['d'])}日", folded)
    return out


def _in_words(folded: str) -> str:
    """2025.10.31前 -> 2025年10月31日前, 2025/12/31 -> 2025年12月31日, 2025.3—6 -> 2025年3月—6月: a date written in
    digits, written as the words the other forms of a deadline use."""
    if "." not in folded and "/" not in folded and "-" not in folded:
        return folded
    return P.DIGIT_DATE.sub(_date_in_words, folded)


def _date_in_words(match: Match) -> str:
    end = f"{match['to']}{int(match['m2'])}月" + (f"{int(match['d2'])}日" if match["d2"] else "") if match["m2"] else ""
    return f"{match['y']}年{int(match['m'])}月" + (f"{int(match['d'])}日" if match["d"] else "") + end


def _start(folded: str, notice_year: int | None) -> Deadline:
    """2024年3月起: the work starts then and goes on; it has no end, so no due year (due_year is the year a
    deadline ends in): the start is kept as due_from (2024-03-01), standing."""
    point = P.DUE_POINT.search(folded)
    if point is None or not point.group():
        return Deadline(None, None, None, "standing")
    year = int(point["y"]) if point["y"] else notice_year
    if year is None:
        return Deadline(None, None, None, "standing")
    month = int(point["m"]) if point["m"] else 1
    if point["q"]:  # 2025年第二季度起: from the quarter's first month
        month = _QUARTER_END[point["q"]] - 2
    elif point["half"] == "下半年":  # 2025年下半年起: from July
        month = 7
    # (5月中旬起: from the ten days' first day, the 11th)
    day = int(point["d"]) if point["d"] else _TEN_DAY_FIRST.get(point["xun"] or "", 1)
    if not 1 <= month <= 12 or not 1 <= day <= _last_day(year, month):
        return Deadline(year, None, None, "unknown")
    return Deadline(None, None, f"{year:04d}-{month:02d}-{day:02d}", "standing")


def _recurring_range(span: Match, recurrence: str) -> Deadline:
    """2024年至2025年每年3月底前: a range from the first year to the recurrence in the last one (2025-03-31)."""
    first, last = int(span["y1"]), int(span["y2"] or span["y1"])
    if span["m2"] or first > last:
        return Deadline(max(first, last), None, None, "unknown")
    ends = [_point_end(point, last) for point in P.DUE_POINT.finditer(recurrence) if point.group()]
    end = max((e for e in ends if e), default=None)  # 每年3月、9月: the last time of the year it names
    return Deadline(last, end or f"{last:04d}-12-31", f"{first:04d}-{int(span['m1'] or 1):02d}-01", "range")


# the last day of a quarter and of a half year
_QUARTER_END = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}
_TEN_DAYS = {"上旬": 10, "中旬": 20}
_TEN_DAY_FIRST = {"上旬": 1, "中旬": 11, "下旬": 21}  # the first day of each ten days of a month


def _point_end(match: Match, notice_year: int | None) -> str | None:
    """The ISO date a single deadline expression ends on, or None when it cannot be dated."""
    year = int(match["y"]) if match["y"] else notice_year
    if year is None:
        return None
    if match["m"]:
        month = int(match["m"])
        if not 1 <= month <= 12:
            return None
        if match["d"]:
            day = int(match["d"])
            return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= _last_day(year, month) else None
        if match["xun"] in _TEN_DAYS:
            return f"{year:04d}-{month:02d}-{_TEN_DAYS[match['xun']]:02d}"
        return _month_end(year, month)
    if match["q"]:
        return _month_end(year, _QUARTER_END[match["q"]])
    if match["half"]:
        return _month_end(year, 6 if match["half"] in ("上半年", "年中", "中") else 12)  # (2025年中前: 年中)
    return f"{year:04d}-12-31"


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_end(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}-{_last_day(year, month):02d}"


def notice_year(metadata: Metadata) -> int | None:
    """The year a deadline without one belongs to: the title's own year (2023年工作要点), else the
    signature date, the publication date or the 文号's year, else the first of a span the title names."""
    title = _title_year(metadata)
    if title is not None:
        return title
    for date in (metadata.signed, metadata.published):
        if date:
            return int(date[:4])
    number = metadata.doc_number_normalized or metadata.doc_number
    if number:
        match = P.DOC_NUMBER.search(fold(number))
        if match:
            return int(match["year"])
    return _title_span_start(metadata)  # 2025—2027年…方案 with no date or 文号: the span's first year


def _title_year(metadata: Metadata) -> int | None:
    if metadata.title:
        years = set(P.YEAR.findall(fold(metadata.title)))
        if len(years) == 1:
            return int(years.pop())
    return None


def _title_span_start(metadata: Metadata) -> int | None:
    """The first year of a span of years the title names alone (2025—2027年…三年行动方案): the year the plan
    starts in."""
    if metadata.title:
        folded = fold(metadata.title)
        span = P.TITLE_YEAR_SPAN.search(folded)
        if span and len(set(P.YEAR.findall(folded))) == 2 and int(span["first"]) < int(span["last"]):
            return int(span["first"])
    return None


# a notice signed from this month on, with no year in its title, means the next year by a yearless deadline
# that would fall before its signing (3月底前 in a notice signed on 2023-12-28: 2024-03-31)
_LATE_SIGNING_MONTH = 7


def _before_signing(
    due: str, deadline: Deadline, metadata: Metadata, year: int | None, task: Task
) -> tuple[Deadline, Warning | None]:
    """A deadline written without a year that would end before the notice was signed: in a notice signed
    in the second half of a year whose title names no year, the next year's (warned); else kept, warned."""
    signed = metadata.signed
    if not signed or not deadline.date or deadline.date >= signed or year is None:
        return deadline, None
    if resolve(due, None).kind != "unknown":  # written with its year (2024年12月底前): as written, warned
        why = f"task {task.id}: deadline {due!r} ends on {deadline.date}, before the notice was signed ({signed}): check it"
        return deadline, Warning("deadline-before-signing", task.line, why)
    relative = P.RELATIVE_YEAR.search(fold(due))
    if relative is None and _title_year(metadata) is None and int(signed[5:7]) >= _LATE_SIGNING_MONTH:
        rolled = resolve(due, year + 1)
        why = f"task {task.id}: deadline {due!r} names no year; read as {rolled.date}, the first after the notice was signed ({signed})"
        return rolled, Warning("deadline-next-year", task.line, why)
    why = f"task {task.id}: deadline {due!r} is dated {deadline.date}, before the notice was signed ({signed}): check its year"
    return deadline, Warning("deadline-before-signing", task.line, why)


def _later_in_text(
    text: str, due: str, deadline: Deadline, metadata: Metadata, year: int | None
) -> tuple[str, Deadline]:
    """A deadline taken from the task's prose that ends before the notice was signed, when the prose names a
    later one after it that does not (在2024年底前完成试点的基础上，2025年底前全面推广 signed in 2025): the later
    one governs, the earlier is the past the task builds on."""
    at = text.find(due)
    if at < 0:
        return due, deadline
    signed = metadata.signed or ""
    rest = text[at + len(due) :]
    while (later := deadline_in_prose(rest)) is not None:
        found = resolve(without_closing_phrase(later), year, int(signed[:4]))
        if found.date and found.date >= signed:
            return without_closing_phrase(later), found
        rest = rest[rest.find(later) + len(later) :]
    return due, deadline


def _within_steps(tasks: list[Task], steps_year: tuple[int, int, int]) -> bool:
    """Whether no yearless deadline, read in the steps' year, falls in a month before the steps start: a plan
    whose steps start in 2023年12月 is no 2023 plan for 6月底前."""
    year, _, start = steps_year
    for task in tasks:
        if task.due and "年" not in task.due and not P.DIGIT_DATE.search(fold(task.due)):
            date = resolve(task.due, year).date
            if date and int(date[5:7]) < start:
                return False
    return True


def _only_year_in_tasks(tasks: list[Task]) -> tuple[int | None, int | None]:
    """The one year the tasks' own deadlines name, with the line naming it first; (None, None) when they
    name none or more than one. A year in a task's prose is never taken: 巩固2019年…成果 looks back,
    到2025年…达到90% is a target, neither is when the work is due. A span names the year it starts in
    (2025—2026年 beside 2025年5月底前: 2025, the year the notice's work begins), and a date in digits its year
    (2025.11.30前: 2025)."""
    years: set[str] = set()
    first: int | None = None
    for task in tasks:
        if task.due and ("年" in task.due or P.DIGIT_DATE.search(fold(task.due))):
            span = resolve(task.due, None)
            written = _in_words(fold(task.due))  # (2025.11.30前 -> 2025年11月30日前)
            found = [span.start[:4]] if span.kind == "range" and span.start else P.YEAR_IN_TEXT.findall(written)
            if found and first is None:
                first = task.line
            years.update(found)
            if len(years) > 1:
                return None, None
    return (int(years.pop()), first) if years else (None, None)


@lru_cache(maxsize=1024)  # (deadlines repeat down a notice: 2024年底前完成, 长期坚持)
def without_closing_phrase(due: str) -> str:
    """2019年底前完成 -> 2019年底前, 2016年6月底前取得阶段性成果 -> 2016年6月底前: a closing completion phrase
    (DUE_CLOSINGS) after the one time a cell names, dropped. The cell stays whole where anything else would
    go with it: 2024年6月底前启动试点并逐步推开, 2024年6月底前完成立项，12月底前完成验收, 分三年完成, 2020年基本完成."""
    if not due.endswith(P.DUE_CLOSINGS):
        return due  # (one test for all twelve phrases before finding which)
    phrase = next(p for p in P.DUE_CLOSINGS if due.endswith(p))
    if len(due) <= len(phrase):
        return due
    time = due[: -len(phrase)]
    folded = fold(time)
    if folded[-1] not in P.DUE_TIME_ENDS or P.DUE_SEPARATORS.search(folded) or len(P.DEADLINE.findall(folded)) > 1:
        return due
    # one time of its own (not 分三年, a span): a date it resolves to, an event's (供暖季前) or one counted
    # from an event (出台后2个月)
    if resolve(time, 2000).kind == "unknown" and "后" not in folded and not P.DEADLINE.fullmatch(folded):
        return due
    return time


def with_deadlines(
    tasks: list[Task], metadata: Metadata, steps_year: tuple[int, int, int] | None = None, preamble: str = ""
) -> tuple[list[Task], list[Warning]]:
    """Tasks with their deadlines resolved, and a warning for each deadline that could not be dated. steps_year:
    the one year the plan's steps name (三、进度安排), its line and the month they start in, taken before the
    tasks' own years when no yearless deadline would fall before the steps start; preamble: the text before the
    body, whose one year is taken last."""
    year = notice_year(metadata)
    warnings: list[Warning] = []
    from_text: int | None = None  # the line naming the only year, when the notice's year comes from it
    named_by = "the only year its tasks name"
    if year is None and any(t.due for t in tasks) and steps_year is not None and _within_steps(tasks, steps_year):
        (year, from_text, _), named_by = steps_year, "the only year its steps name"
    elif year is None and any(t.due for t in tasks):
        year, from_text = _only_year_in_tasks(tasks)
    if year is None and preamble and any(t.due for t in tasks):
        # 现就2013年《政府工作报告》确定的重点工作任务提出责任分工意见如下: the one year the preamble names
        # (a year alone, never one of a day: 2024年2月1日起施行 dates no deadline)
        # (为贯彻落实2023年中央经济工作会议精神 looks back: no year of the work; the year taken is warned at the
        # first task it dates, as one taken from the tasks or the steps is)
        folded = fold(preamble)
        years = set(P.YEAR_IN_TEXT.findall(folded))
        if len(years) == 1 and P.YEAR_ALONE_IN_TEXT.search(folded):
            year, named_by = int(years.pop()), "the one year its preamble names as its work's"
            from_text = next(t.line for t in tasks if t.due)
    out: list[Task] = []
    rolled: list[tuple[Task, str]] = []  # the tasks whose yearless deadline is read in the next year
    rolled_at = 0  # where their one warning goes among the others
    for task in tasks:
        due = task.due.strip().rstrip(_TRAILING) or None if task.due else None
        if due is None and task.source != "annex":
            due = year_of_the_work(task.text, year)  # (2025年完成…: named in prose only, nothing else dates it)
        if due and has_space(due):
            due = P.DUE_SPACE.sub("", due)  # 2016 年底前 -> 2016年底前: the space a PDF copy left
        written = dated = None  # a deadline of stages: the last as written, and with its year to date it
        if due:
            due = without_closing_phrase(due)
            written, dated = final_stage(due)
            due = dated
        deadline = resolve(due, year, int(metadata.signed[:4]) if metadata.signed else None)
        if due and deadline.date and metadata.signed and deadline.date < metadata.signed:
            due, deadline = _later_in_text(task.text, due, deadline, metadata, year)
        if due and deadline.date:
            deadline, early = _before_signing(due, deadline, metadata, year, task)
            if early and early.code == "deadline-next-year":
                rolled_at = rolled_at if rolled else len(warnings)
                rolled.append((task, due))
            elif early:
                warnings.append(early)
        if from_text is not None and deadline.kind != "unknown" and resolve(due, None).kind == "unknown":
            warnings.append(
                Warning(
                    "deadline-year-from-text",
                    from_text,
                    f"the notice names no year of its own: deadlines without one take {year}, {named_by}",
                )
            )
            from_text = None  # one warning for the notice
        if deadline.kind == "unknown":
            why = (
                "it is a time the work happens around (前后), not a deadline"
                if due and "前后" in due
                else "it names an event or season, not a date"
                if deadline.year is not None
                else "it names no year and the notice's year is unknown"
                if year is None
                else "it is not a date"
            )
            warnings.append(Warning("deadline-undated", task.line, f"task {task.id}: deadline {task.due!r}: {why}"))
        out.append(
            _dated(
                task,
                due=written if due is not None and due == dated else due,
                due_year=deadline.year,
                due_date=deadline.date,
                due_from=deadline.start,
                due_kind=deadline.kind,
            )
        )
    if rolled:  # one warning for the notice, naming its tasks
        first, first_due = rolled[0]
        ids = ", ".join(str(t.id) for t, _ in rolled)
        why = (
            f"deadline {first_due!r} (task {first.id})"
            if len(rolled) == 1
            else f"{len(rolled)} deadlines (tasks {ids})"
        )
        verb = "names" if len(rolled) == 1 else "name"
        message = (
            f"{why} {verb} no year and would end before the notice was signed ({metadata.signed}):"
            f" read in {(year or 0) + 1}, the first year after it"
        )
        warnings.insert(rolled_at, Warning("deadline-next-year", first.line, message))
    return out, warnings


def _dated(task: Task, **deadline: str | int | None) -> Task:
    """A copy of the task with its deadline's fields set, as dataclasses.replace makes it: the fields are
    set as Task.__init__ sets them (it only stores each), at a third of the cost of passing every field
    to it by name, for every task of a notice."""
    dated: Task = object.__new__(Task)
    fields = vars(dated)
    fields.update(vars(task))
    fields.update(deadline)
    return dated

"""Every regular expression the parser uses, each with an example it matches.

Each is compiled by regex_engine.compile_regex: with the standard library's re where that finds the
same matches, else with the regex module, in whose syntax they are written.

Patterns run on *folded* text (see decode.fold): full-width ASCII forms are
mapped to half-width and every kind of space to " ", one character for one, so
a match's offsets index the original line as well. Stored text keeps the
notice's own punctuation.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from .bundled_data import read_bundled
from .regex_engine import Pattern, compile_regex


def _without_group_names(pattern: str) -> str:
    """A pattern's text with each named group left as its body: (?P<y>\\d{4}) -> \\d{4}, (?P<m>(?:1[0-2]|0?[1-9]))
    -> (?:1[0-2]|0?[1-9]) (a named group holds at most one level of groups)."""
    out: str = regex.sub(r"\(\?P<\w+>((?:[^()]|\([^()]*\))*)\)", r"\1", pattern)
    return out


CN_DIGITS = "零〇一二两三四五六七八九十百"
_CN = f"[{CN_DIGITS}]+"
_OPEN = r"[(〔]"
_CLOSE = r"[)〕]"

# --- body numbering -------------------------------------------------------

# a part's heading that opens with the year its work is for, no date of a deadline: 一、2024年经济社会发展主要预期目标
#   一、2025年度重点工作任务 (not 一、2024年6月底前完成…, 一、2024年底前…, a deadline opening a sentence; not a
#   sentence, 一、2025年，全县地区生产总值增长6%。: a heading holds no comma, 。 or ；); a year a reposting site
#   masked, 20*年 / 20XX年 / 20××年, is a year still
YEAR_HEADING = compile_regex(
    r"^(?:19|20)(?:\d{2}|\d?[*xX×]{1,2})\s*年度?(?![\s\d一二三四五六七八九十]|底|末|前|内|起|以来|上半|下半)(?![^\n]*[,，。;；])\S"
)
# an item's text that is a title alone, no sentence (its sub-items (1)… are the work): 健全防汛责任体系
#   加强抢险物资储备   加强“一网通办”建设 (not 修订预案，规范程序。  not 开展排查（县应急局负责）  not a title
#   of over 20 characters, a sentence of work written without its 。)
TITLE_ONLY = compile_regex(r"^[^\s,，。;；:：()（）〔〕\[\]【】!！?？]{2,20}$")
# a part's heading naming a period alone, the time of the work under it (a plan grouped by quarter or month):
#   第一季度   二季度   7—9月   7月份   上半年工作安排   四、第四季度 (its period: the deadline of each task under it that
#   names none of its own)
PERIOD_HEADING = compile_regex(
    r"^(?P<period>第?[一二三四1-4]季度|[上下]半年|(?:1[0-2]|[1-9])\s*(?:月份?)?\s*[—–\-~至到]\s*(?:1[0-2]|[1-9])\s*月份?"
    r"|(?:1[0-2]|[1-9])\s*月份?)"
    r"\s*(?:工作安排|工作任务|重点工作|重点任务|工作|任务|安排)?\s*[。:]?\s*$"
)
# a heading's bracket closing its title that holds only the time of the work under it (folded; the time must read as a
# deadline whole, P.DEADLINE): 一、政务服务提质（2025年6月底前完成）   （二）周边环境整治（长期坚持）
#   三、法治环境（以下任务于2025年10月底前完成）   一、养老服务提质工程（完成时限：2024年10月底前）
#   (not 一、完善设施（县文旅局牵头）: roles; not 加强管理（2024年修订）)
HEADING_DUE = compile_regex(
    r"\(\s*(?:以下(?:各项)?(?:任务|工作|事项)(?:均|统一|全部)?(?:须|要|应|需)?(?:于|在)?"
    r"|(?:完成|工作)?(?:时限|时间|期限|时间节点)(?:要求)?\s*:\s*)?(?P<period>[^()]{2,20}?)"
    r"\s*(?:(?:全部|基本)?完成)?\s*\)\s*$"
)
# a line naming units alone before a colon, heading the numbered blocks under it (a division of tasks grouped by
# the unit that carries them): 区发改局：   县教育局、县财政局：   各乡镇（街道）： (not 工作要求：  not 区发改局：负责…  not
# 区发改局牵头的任务 (a heading of its own)  not 区发改局。; whether the words are units' names: departments.names_only)
UNITS_ALONE_HEADING = compile_regex(r"^\s*(?P<units>[^\s:;。!?]{2,40}?)\s*:\s*$")
# the words after the units' names in such a heading over their duties, no part of the names (folded):
# 县民政局主要职责   各街道办事处的工作职责   区财政局职责   卫生部门职责、任务   县公安局职责和任务   (not 主要职责
# alone, nor 职责分工: the caller checks what is left names units only)
UNITS_DUTIES_WORDS = compile_regex(r"(?<=\p{Han})的?(?:主要|工作|具体)?职责(?:[、和与及]?任务)?$")
# a line of a plan grouped by month opening with its month (or months, or quarter) and a colon, or with them in
# square brackets, its work and units after it: a task of its own, due in that period:
#   1月：印发2024年总河长令（县河长办）   3月份：完成“四乱”排查（县水利局）   5—6月：开展汛前清障（镇应急办牵头，各村配合）
#   7月至9月：加强汛期巡河（各村）   【1月】开展春节送法活动（普法股）   3月：完成方案报批——区城管局
#   一季度：制定年度方案（市营商办）；开展“体检”（市统计局）。
_ENTRY_PERIOD = (
    r"(?:1[0-2]|[1-9])\s*(?:月份?)?\s*[—–\-~至到]\s*(?:1[0-2]|[1-9])\s*月份?(?:底前|底|前)?"
    r"|(?:1[0-2]|[1-9])\s*月份?(?:上旬|中旬|下旬|底前|底|前)?|第?[一二三四1-4]季度|[上下]半年"
)
MONTH_ENTRY = compile_regex(
    rf"^(?:〔\s*(?P<month>{_ENTRY_PERIOD})\s*〕|(?P<month>{_ENTRY_PERIOD})\s*:)"
    r"\s*(?P<rest>\S.*(?:\)|——\s*\p{Han}[^—()]*?))\s*[。;]?\s*$"
)
# 一、总体要求        二. 强化组织保障
PART = compile_regex(rf"^(?P<num>{_CN})\s*[、.]\s*(?P<rest>.+)$")
# (一)指导思想。全面贯彻…        （三）加强农村公路养护。
CLAUSE = compile_regex(rf"^{_OPEN}\s*(?P<num>{_CN})\s*{_CLOSE}\s*(?P<rest>.*)$")
# ㈢加强…   (one character for （三）, as Word conversions write it; a clause of the body)
CLAUSE_CHAR = compile_regex(r"^(?P<num>[\u3220-\u3229])\s*(?P<rest>.*)$")
# 1.完善制度…   1、加强…   1．深化…   1、2025年6月底前完成…   2、10月底前…   1.4月底前完成…   1.2009年底前,完成…
# (not 1.5万, 1.5倍, 2021年, 3、4月份 nor 1、2、3: a number after the dot is a decimal unless it is a month
# or a year)
ITEM = compile_regex(
    r"^(?P<num>\d{1,4})\s*(?:\.(?!\d)|\.(?=(?:1[0-2]|[1-9])月(?!份)|(?:19|20)\d\d年)|、(?!\d{1,2}\s*(?:、|月份)))\s*(?P<rest>.+)$"
)
# 1科学评价…   2开展体检…   (an item's number with no mark, on a piece split_run_on cut there: only there)
BARE_ITEM = compile_regex(r"^(?P<num>\d{1,2})(?P<rest>\p{Han}.*)$")
# 现提出以下意见: 一、深入实施 1.坚持…   。 2.发挥…   (a page that ran its body into one line: a part
# 一、 or an item 1. where a space, colon, sentence end or an annotation's closing bracket comes before it:
# …配合)2、建立…; not 第1.5万, 2021年, 共3、4项); an item glued to a heading with no punctuation
# (一、健全服务体系1、2025年底前…, …体系1、建立… or (一)…攻坚战1 .做好…) is `glued`, told by its place by the code that splits; a
# number with no mark after it (环节。 1科学…) is `bare`, an item only where no MEASURE_WORD follows it; a
# clause glued to its part's heading (一、健全服务体系(一)扩大…) is `glued_clause`, told by its place too
RUN_ON_MARK = compile_regex(
    rf"(?:(?<=[\s:;。)])(?:(?P<part>{_CN})\s*、|(?P<item>\d{{1,2}})\s*(?:\.(?!\d)|、)|\(\s*(?P<clause>{_CN})\s*\))"
    r"|(?<=[\s。])(?P<bare>\d{1,2})(?=\p{Han})"
    r"|(?<=\p{Han})(?P<glued>\d{1,2})(?:、|\s?\.(?!\d))(?=\s?\p{Han}|\d{4}年)"
    rf"|(?<=\p{{Han}})\(\s*(?P<glued_clause>{_CN})\s*\)(?=\p{{Han}}))(?=\S)"
)
# in a page run into one line, a unit's paragraph of duties opening after a sentence's end or right after its
# part's short heading (folded): …日常工作。县气象局:发布…   三、职责分工县林业局:承担…   (the
# caller cuts only where two such paragraphs at least follow one part, a list of units' duties)
RUN_ON_UNIT_DUTY = compile_regex(
    r"(?:(?<=[。;])|(?<=、[^、。;:,()《》\d]{2,16}))\s*"
    r"(?P<unit>(?:[省州县区乡镇]|市(?!场|政))\p{Han}{1,14}?"
    r"(?:局|委|办|部|厅|院|所|站|队|中心|公司|政府|办公室|分局|集团|部门))\s*:(?=\s*\p{Han})"
)
# a part's number glued after a sentence end or a closing bracket, a short heading after it to the line's
#   end: …(责任单位:县发展改革局)二、加强监管   …提出如下意见。一、完善基础设施   (not 。一、二级 or 第一、二项)
GLUED_PART = compile_regex(
    rf"(?<=[。;!?)〕\]])\s*(?P<num>{_CN})\s*、(?!\s*{_CN}\s*[、级类等档])(?P<heading>[^。;:!?,()《》]{{2,22}})$"
)
# the first clause or item glued after a part's short heading: 一、提升政务服务效能(一)推行…   一、持续提升…  1.提升…
GLUED_FIRST_SUB = compile_regex(r"(?:(?<=\p{Han})| +)(?:\(\s*一\s*\)|(?<!\d)1\s*(?:\.(?!\d)|、))(?=\s*\p{Han})")
# the next item glued after the annotation closing an item: 3.加强农资监管。…(县市场监管局负责)4.推进农机化发展。…
GLUED_NEXT_ITEM = compile_regex(
    r"(?<=\([^()]{0,60}(?:负责|牵头|配合|单位|落实|协助|参与)[^()]{0,40}\))\s*(?P<num>\d{1,2})\s*(?:\.(?!\d)|、)(?=\s*\p{Han})"
)
# a line that opens with a part's, clause's or item's number: 二、…   (一)…   1.…
NUMBERED_LINE = compile_regex(rf"^\s*(?:(?P<part>{_CN})\s*、|\(\s*(?P<clause>{_CN})\s*\)|\d{{1,2}}\s*(?:\.(?!\d)|、))")
# 1、某市…方案为深入…   2、人行某分行配合）6、…   (a document site's number at the start of each chunk of its
# preview, where the chunk begins mid-sentence)
CHUNK_MARK = compile_regex(r"^\s*(?P<n>\d{1,2})、(?=\S)")
# 人行某分行配合）…   负责，   (where a chunk of a document site's preview was cut: its line ends inside a
# sentence or an annotation, or the next chunk closes a bracket it never opened before its first sentence end)
CHUNK_CUT_END = compile_regex(r"[^。.!?;:)」』\"”]\s*$")
CHUNK_CUT_START = compile_regex(r"^[^(。]{0,80}\)")
# 3、序号 工作任务 责任单位…   (a table glued into the chunks of such a preview: its header names the number column)
CHUNKED_TABLE_HEADER = compile_regex(r"序号")
# ⒊深化…   (one character for 3.; an item of the body)
ITEM_CHAR = compile_regex(r"^(?P<num>[\u2488-\u249b])\s*(?P<rest>.+)$")
# (1)开展…        （2）建立…
SUBITEM = compile_regex(rf"^{_OPEN}\s*(?P<num>\d{{1,3}})\s*{_CLOSE}\s*(?P<rest>.+)$")
# ①开展…   1）建立…   a）整治…   ⑵完善…   (a point under an item or heading, the deepest level;
# not 1)2) in prose mid-line, and not (1), which is SUBITEM)
POINT = compile_regex(
    r"^(?:(?P<num>[\u2460-\u2473\u2474-\u2487\u2776-\u277f])|(?P<num>\d{1,2})\s*\)(?![\d%])|(?P<num>[a-z])\s*\))"
    r"\s*(?P<rest>\S.*)$"
)
# 1.1 建立…   2.3推进…   (a decimal number: a point under item 1 or part 一; not 1.5万亩, 2.5%)
DECIMAL_POINT = compile_regex(
    r"^\d{1,2}\s*\.\s*(?P<num>\d{1,2})(?![\d.%])\s*"
    r"(?P<rest>(?![万亿千百倍元个米吨级度岁天年月日次人户家所座条项台辆套头亩秒成%]|公里|公顷|平方|小时|分钟)[^\d\s].*)$"
)
# 第二章　重点任务    (a chapter: a part of a 实施细则 written in chapters and articles)
CHAPTER = compile_regex(rf"^第\s*(?P<num>{_CN})\s*章\s*(?P<rest>.+)$")
# 第四条　推进…（责任部门：…）   第3条　新建…    (an article: a clause under its chapter; its label is not its text;
# one in figures only with a space after it, not 第1条线路：, 第5条规定， nor 第2条，…; and the body reads those
# only in a notice numbering its articles so from 第1条, see body.figure_articles)
ARTICLE = compile_regex(rf"^第\s*(?P<num>{_CN}|\d{{1,3}}(?=\s*条[ \t\u3000]))\s*条\s*(?P<rest>\S.*)$")
# 此项由   本项工作由   该任务由   (an annotation naming the item it closes before its units: 此项由县林业局负责)
THIS_ITEM_BY = compile_regex(r"^(?:此|本|该)(?:项|条|任务)(?:工作|任务)?(?=由)")
# 第一节　健全应急指挥体系    (a section: a clause under its chapter, as a 规划 is written; not 第三节课)
SECTION = compile_regex(rf"^第\s*(?P<num>{_CN})\s*节\s*(?P<rest>(?!课)\S.*)$")
# words of a notice of rectification or supervision, where a finding or matter numbered in brackets (【问题1】,
# 【事项2】) opens a task (folded): 整改   督办   交办   问题清单   反馈问题   (not 政策解读's 【问题1】…？ ⏎ 答：…)
MATTERS_NOTICE = compile_regex(r"整改|督办|交办|督查|巡视|巡察|审计|问题清单|反馈问题|问题台账")
# a question (folded): 【问题1】消费券如何领取?   (its answer, 答:…, follows; no task)
QUESTION_END = compile_regex(r"[?？]\s*$")
# 任务一:稳定粮食播种面积…    任务3:…    〔任务二〕落实…    问题2:资金闲置…  【问题3】台账不全… (a finding of an audit 整改 list)
# 督办事项一:加快…码头建设    事项3:…    (a 督办通知's matters, 承办单位 and 办结时限 lines following)
# (an item of a task list, label lines following;
# 【】 fold to 〔〕)
# the label of a numbered item's text, before the text itself (label lines of its units following):
# 1．任务：建设就业服务平台…   2.工作任务：开展专项整治…   (not 任务一:…, an item named by its number)
TASK_TEXT_LABEL = compile_regex(r"^(?:主要任务|工作任务|具体任务|任务内容|任务)\s*:\s*(?=\S)")
#   任务一　改造提升商业中心 (a task book's block: its number, a space and its name, no colon; not 任务一是…, nor
#   任务一 完成后,县人社局负责… in prose: a name with no comma or clause)
TASK_LABEL = compile_regex(
    rf"^(?:〔\s*(?:任务|问题|(?:督办|交办|重点)?事项)\s*(?P<num>{_CN}|\d{{1,3}})\s*〕|(?:任务|问题|(?:督办|交办|重点)?事项)\s*(?P<num>{_CN}|\d{{1,3}})\s*:"
    rf"|任务(?P<num>{_CN}|\d{{1,3}})\s+(?=\p{{Han}})(?=[^,;:。!?]+$))"
    r"\s*(?P<rest>.+)$"
)
# 牵头州领导:副州长某某    联系县领导:某某    (a leader label naming the level: people, never units)
LEADER_LABEL = compile_regex(
    r"^(?P<label>(?:牵头|联系|分管|责任|包联|挂联|包抓)(?:[省市州县区旗]级?)?(?:负责)?领导)\s*:\s*(?P<value>.*)$"
)
# what separates two labels written on one line: 责任单位:县人社局　完成时间:全年   牵头单位:X;完成时限:Y
# 主责单位:X | 协办单位:Y | 时限:Z (｜ folds to |)
LABEL_SEPARATOR = compile_regex(r"\s*[;,|]\s*|\s+")
# 相关链接:    相关文件:    (a page's list of links after the text)
RELATED_LINKS = compile_regex(r"^(?:相关链接|相关文件|相关阅读|相关新闻|相关稿件|相关附件)\s*:")
# the next clause glued after a sentence end, its short heading closed by 。: (二)加强消防安全。…整治。(三)加强燃气安全。…
# (folded; not (三) in prose, 按第(三)项要求, nor one whose heading runs on with a comma)
GLUED_NEXT_CLAUSE = compile_regex(rf"(?<=。)\s*\(\s*(?P<num>{_CN})\s*\)(?=[^。;:,()]{{2,20}}。)")

# --- head ------------------------------------------------------------------

# 某委发[2019]8号   某府发〔2021〕5号   某办发 【2018】 21 号   某政发〔2006〕第15号
#   某政办?2023?7号 (a page whose scrape wrote each bracket ? : read as 某政办〔2023〕7号)
DOC_NUMBER = compile_regex(
    r"(?P<prefix>\p{Han}[\p{Han}\p{Latin}]{0,7})\s*[\[〔【﹝(?]\s*(?P<year>\d{4})\s*[\]〕】﹞)?]"
    r"\s*第?\s*(?P<seq>\d{1,5})\s*号"
)
# words that run into a 文号 in prose and are not part of its prefix: 按照川委发〔2017〕21号
DOC_PREFIX_NOISE = compile_regex(r"^(?:按照|根据|依据|落实|贯彻|执行|印发|转发|参照|对照|见|和|及|与|的|是|为|即)+")
# the issuer's document named before its 文号 in a sentence, through 文件 (no 文号's prefix holds the word), matched
# where the prefix starts: 按照某县人民政府文件某政〔2020〕21号要求 -> 某政〔2020〕21号   县委文件某发〔2023〕12号
DOCUMENT_BEFORE_NUMBER = compile_regex(r"\p{Han}*?文件")
# a document named in book-title marks with its 文号 in brackets right after: 印发《某市行动方案》(某政办发〔2025〕1号)
CITED_WITH_NUMBER = compile_regex(rf"《(?P<title>[^《》]{{2,80}})》\s*\(\s*(?P<doc>{DOC_NUMBER.pattern})\s*\)")
# a line that is only a document number, maybe in brackets: 某府发〔2021〕5号   （某政发〔2019〕5号）
#   某政发〔2019〕5号    签发人：张某   (a report to a higher level names its signer beside the number)
#   某府办发〔2022〕38号 2022年9月27日   (a page that shows the number and the date on one line, no title)
#   某环发〔2025〕4号　　2025-01-24   某安委〔2025〕1号　　发布时间：2025年3月4日   (the page's date beside it)
DOC_NUMBER_LINE = compile_regex(
    rf"^\s*[(\[]?\s*{DOC_NUMBER.pattern}\s*[)\]]?\s*"
    r"(?:签发人\s*:?.*|(?:(?:发布|成文|印发)?(?:日期|时间)\s*:\s*)?"
    r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}))?$"
)
# a 文号 up to its year's bracket, its serial wrapped to the next line (a page field's value): 某政办发〔2024〕
DOC_NUMBER_TO_YEAR = compile_regex(r"^\s*\p{Han}[\p{Han}\p{Latin}]{0,7}\s*[\[〔【﹝(]\s*\d{4}\s*[\]〕】﹞)]\s*$")
# that serial alone on its line: 15号   第15号
DOC_SERIAL_LINE = compile_regex(r"^\s*第?\s*\d{1,5}\s*号\s*$")
# a 文号 the scrape broke, its 〕 and 号 lost, alone on its line or in its field: 某府办发〔202026   (某市发〔201737)
#   (the year's four digits, then the number; read as 〔2020〕26号 only where that is sure, see head.py)
DOC_NUMBER_DAMAGED = compile_regex(
    r"^\s*[(\[]?\s*(?P<prefix>\p{Han}[\p{Han}\p{Latin}]{0,7})\s*[\[〔【﹝(]\s*(?P<digits>\d{4,9})\s*[)\]]?\s*$"
)
# a 文号 written before a repeat of the title: 某政发〔2023〕2号某县人民政府关于印发…的通知
#   某政办〔2019〕1号—区人民政府办公室关于印发…的通知   (a mirror's dash between them is neither's)
DOC_NUMBER_THEN_TEXT = compile_regex(rf"^\s*{DOC_NUMBER.pattern}\s*(?:[—–―-]{{1,2}}\s*)?(?P<rest>\S.*)$")
# the same in brackets, glued before a cover title that names its issuer: (某政发〔2016〕21号)区人民政府关于印发…
DOC_NUMBER_BRACKETED_THEN_TEXT = compile_regex(rf"^\s*[(\[]\s*{DOC_NUMBER.pattern}\s*[)\]]\s*(?P<rest>[^\s(\[].*)$")
# the words a title of the genre ends with: …实施意见  …工作方案  …重点任务分工  …任务台账  …月度安排
_TITLE_END = (
    r"(?:意见|方案|要点|通知|办法|细则|措施|若干政策|规划|决定|计划|清单|分工表|分解表|任务表|分工|分解|台账|一览表"
    r"|安排表|进度表|推进表|责任表|计划表|落实表|明细表|建设表|项目表|情况表|进展表"
    r"|重点任务|工作任务|工作安排|任务书"
    # a plan grouped by period (某县农业农村局2026年重点工作月度安排)
    r"|月度安排|季度安排"
    # a progress sheet of the tasks (某县2024年重点工作推进情况表, …进展情况表): its rows are tasks with their units
    r"|推进情况表|进展情况表"
    # a year's 重点工作 (临江区2024年安全生产重点工作; never 一、第1部分重点工作, a part's heading)
    r"|(?<=\d{4}年)度?\p{Han}*?重点工作"
    # a year's work month by month (某县司法局2025年普法工作月历)
    r"|(?<=\d{4}年)度?\p{Han}*?月历)"
)
# a qualifier in brackets after a title's last word: (试行)  (2024—2026年)  (征求意见稿)  (一季度…执行落实情况)
_TITLE_QUALIFIER = (
    r"(?:\s*\((?:试行|暂行|修订|修订稿|草案|征求意见稿|送审稿|节选|摘录|\d{4}\s*年?\s*[—–\-~至到]+\s*\d{4}\s*年?"
    r"|\d{4}\s*年(?:版|度)?|\p{Han}*?(?:落实|执行|推进|进展)情况)\))?"
)
# 关于加强农村公路养护管理的实施意见    某县防汛抗旱工作实施方案    某县2025年重点任务分工
# 某县农村供水保障三年行动方案(2024—2026年)    某县社区治理实施细则(试行)    重点任务分工及进度安排表
TITLE = compile_regex(rf"^[^。;:!?,>›»]{{4,120}}{_TITLE_END}{_TITLE_QUALIFIER}$")
# 某县2021年重点任务责任分解表.docx   某县实施方案.pdf   (a document site's file name over its preview: the
# title without the extension; not 第1.5项, 方案.docx附件)
FILE_EXTENSION = compile_regex(r"\.(?:docx?|pdf|wps|xlsx?)\s*$", regex.IGNORECASE)
# a document site's watermark run into the text, mid-word as often as not: its name, a dash, its slogan and
# its address: 秘书之家—全网资源每日更新www.example.com   某某文库-免费下载www.example.cn (not 登录某网站www.gov.cn)
# The name is the run of characters before the dash (as many as the watermark's first, cleanest occurrence has).
SITE_WATERMARK = compile_regex(
    r"(?P<name>\p{Han}{2,10})\s*[—\-–]{1,2}\s*\p{Han}{2,16}\s*(?:https?://)?www\.[a-z0-9\-]+(?:\.[a-z0-9\-]+)*"
    r"\.(?:com|cn|net|org)(?:\.cn)?"
)
# who a sentence invites to take part, the clause before a role verb (鼓励高等院校、科研机构|参与评估   引导社会
# 组织|参与   吸引社会资本|参与): no units given work, so no role left unread
INVITED_TO_TAKE_PART = compile_regex(r"(?:鼓励|引导|吸引|动员|支持|欢迎)[^,;。:()]{1,40}$")
# 江南体育官方网站入 关于转发…的通知   (words before a space in a title's place, then 关于…: the title starts at
# 关于 unless those words are an organisation's name, 某县人民政府 关于…, which ORG_NAME tells)
TITLE_AFTER_NO_ISSUER = compile_regex(r"(?<!\p{Han})(?P<before>\p{Han}{2,16})\s+(?P<title>关于\p{Han}.{4,}$)")
# (2023—2025年)   （2021-2023年）   (a plan's years in brackets, alone on the line under its title; not
# (2023年), a single year, nor (征求意见稿))
TITLE_YEARS_BELOW = compile_regex(r"^\(\s*\d{4}\s*年?\s*[—–\-－~至到]{1,2}\s*\d{4}\s*年?\s*\)$")
# 《某市2022年工作方案.docx》由会员分享…   (a document site's file name in book-title marks, in its line on
# the preview's page; not 《某市工作方案》)
FILE_IN_BOOK_MARKS = compile_regex(r"\.(?:docx?|pdf|wps|xlsx?)\s*》", regex.IGNORECASE)
# a title with its 文号 at the end: …的通知(某办发〔2017〕2号)   …的通知 某政发〔2023〕1号 |
TITLE_WITH_NUMBER = compile_regex(
    rf"^(?P<title>[^。;:!?,]{{4,120}}{_TITLE_END}{_TITLE_QUALIFIER})"
    rf"\s*[(\[〔]?\s*(?P<doc>{DOC_NUMBER.pattern})\s*[)\]〕]?[\s|]*$"
)
# a page's label before the title on its line: 附件1 某县…方案   附件2-某县…清单   文件名称 某县…方案
#   【政策解读】某市…方案   【重点工作及责任分解】某市人民政府关于…的通知   (a site's column label in 【】)
TITLE_LABEL = compile_regex(
    r"^(?:附件\s*\d{0,2}\s*(?:[:\-—_.、]\s*|\s+)|(?:文件|文章|信息)?(?:名称|标题)\s*(?::\s*|\s+)"
    r"|[【〔][^】〕\d]{2,16}[】〕]\s*)(?=\S)"
)
# a document site's page run into one line that opens with the notice's 文号 (after the site's label) glued before
# the cover's title and its addressees: 文档介绍:某府发〔2009〕23号某区人民政府关于…的通知各街道办事处、…:
RUN_ON_COVER = compile_regex(
    rf"^\s*(?:\p{{Han}}{{2,6}}:\s*)?(?P<doc>{DOC_NUMBER.pattern})\s*"
    r"(?P<title>[^。;:!?,]{2,60}?关于[^。;:!?,]{2,80}?的(?:通知|意见|决定))(?=各\p{Han})"
)
# a document site's page that ran the whole document into one line, its title glued to the first sentence:
#   某区乡村振兴行动计划202X年是关键之年…   某县防汛工作方案为做好…   某乡2023年工作要点 2023年是…
#   (the title up to its first last word; one space may stand between)
RUN_ON_TITLE = compile_regex(
    rf"^(?P<title>[^。;:!?,《》]{{4,60}}?{_TITLE_END})(?=\s?(?:\d{{3}}[\dX]\s*年[是为,]|为(?:深入|进一步|全面|加快|切实|做好)|根据|按照))"
)
# a document site's page run into one line, its title glued to the body's first part (the page's counter
# before it):   第1页共8页某市卫生改革实施方案一、加快…   某县防汛工作方案一、总体要求…   (not 统一、 in prose:
# the text before 一、 must be the whole title, from the line's start)
RUN_ON_FIRST_PART = compile_regex(
    r"^\s*(?:第\s*\d{1,3}\s*页\s*(?:共\s*\d{1,3}\s*页)?\s*)?"
    rf"(?P<title>[^。;:!?,《》()\s]{{4,60}}?{_TITLE_END}{_TITLE_QUALIFIER})(?=一\s*、)"
)
# a page's head run into one line with its body, a space between its pieces: the title (its wraps left as
# spaces), its 文号 (maybe in brackets), then the cover's text:   某省人民政府 关于明确重点工作 责任单位的通知 某政〔2023〕5号 现将…
#   某县人民政府关于印发方案的通知 （某政发〔2024〕3号） 各乡镇人民政府:
#   某县人民政府 关于明确重点工作责任单位的通知 现将…   (no 文号: the caller takes it only with 关于 in the title)
#   某县人民政府 关于明确重点工作责任单位的通知 现将…   (no 文号: the caller takes it only with 关于 in the title)
#   (not a 文号 cited in a sentence: 根据某政〔2023〕5号 要求…; not a title with no 文号 after it)
RUN_ON_HEAD = compile_regex(
    rf"^\s*(?P<title>[^。;:!?,《》\s][^。;:!?,《》]{{3,100}}?{_TITLE_END}{_TITLE_QUALIFIER})\s+"
    rf"(?:(?P<doc>\(\s*{DOC_NUMBER.pattern}\s*\)|{DOC_NUMBER.pattern})\s+)?(?P<rest>\S)"
)
# a report on a task list, under its own heading: 某区2023年重点民生实事项目推进情况(1-11月)
#   某镇2024年度重点工作计划二季度执行情况   【落实情况】某局2025年《政府工作报告》主要任务上半年落实情况
#   (not a column name: 二季度完成情况   1-10月推进情况)
REPORT_TITLE = compile_regex(
    r"^(?:[【〔][^】〕\d]{2,16}[】〕]\s*)?(?P<title>[^。;:!?,|]{4,80}?(?:计划|要点|任务|实事|工作|报告|项目|清单|方案|事项)"
    r"[^。;:!?,|]{0,12}?(?:落实|推进|执行|进展|完成)情况(?:\s*\([^()]{1,12}\))?)\s*$"
)
# a page's metadata label before the title, spaced out or in a table row: 标　　题：某县…意见   | 标题 | 某县…意见 |
#   • 文件名称: 某县…方案   名 称: | 某县…方案 |   (the title is the rest of the row, its closing pipe left out)
#   发文标题: 某局关于…的通知   标题某区…关于…的通知 (the label glued to a title naming what it is 关于, as a scrape
#   runs a metadata table together; never 标题党…)   Page 22 - 某县…方案 (a flipbook page's header over a PDF's page)
TITLE_FIELD = compile_regex(
    r"^[\s•·|]*(?:(?:文\s*件\s*|文\s*章\s*|发\s*文\s*)?(?:名\s*称|标\s*题)(?:(?:\s*[:|]\s*)+|\s+|(?=\p{Han}[^|]*关于))"
    r"|Page\s*\d{1,4}\s*[-–—]\s*(?=\p{Han}))"
    r"(?P<title>[^|]*?)[\s|]*$"
)
# a page's summary field whose value is the cover notice's whole title (the page has no title line of its
# own): - 内容概述: 某厅办公室关于印发…方案的通知   摘 要：某县人民政府关于…的通知
SUMMARY_TITLE_FIELD = compile_regex(
    r"^[\s•·|\-]*(?:内\s*容\s*概\s*述|内\s*容\s*摘\s*要|摘\s*要|概\s*述)(?:\s*[:|]\s*)+"
    r"(?P<title>[^|。;:]{2,60}?关于[^|。;:]{2,80}?的(?:通知|意见))[\s|]*$"
)
# a site's label before a title that starts at 关于, a colon between: 某区高新技术企业奖励政策:关于…的若干政策意见
SITE_LABEL_TITLE = compile_regex(r"^[^。;:!?,]{2,30}:\s*(?P<title>关于[^:。;]{4,}?)\s*$")
# a site's channel name before the title: 政务服务丨某市人民政府关于…   政策文件|某县…
TITLE_CHANNEL = compile_regex(r"^[^丨|。:]{2,8}[丨|]\s*(?=\S)")
# a line that may start or continue a title written over several lines: no sentence punctuation
TITLE_PIECE = compile_regex(r"^[^。;:!?,]{2,80}$")
# the end of a title wrapped onto its own line, too short to be a title alone: 实施方案(2023—2025年)   工作要点
TITLE_TAIL = compile_regex(rf"^[^。;:!?,]{{0,3}}{_TITLE_END}{_TITLE_QUALIFIER}$")
# a party committee and the government of its place glued together as a title's issuers, the space between
# them lost: 中共某市委办公室某市人民政府办公室   中共某县委某县人民政府   (not 中共某县委组织部)
GLUED_JOINT_ISSUERS = compile_regex(
    r"^(?P<first>中共(?P<place>\p{Han}{2,12}?[省市州县区旗盟])委(?:员会)?(?:办公室|办公厅)?)"
    r"(?P<second>(?P=place)\p{Han}{0,12}?(?:人民政府|政府)(?:办公室|办公厅)?)$"
)
# 某市人民政府关于加强…  -> 某市人民政府;   某县人民政府印发《…》的通知 -> 某县人民政府
TITLE_ISSUER = compile_regex(r"^(?P<issuer>\p{Han}{2,30}?(?:委|政府|办公室|办公厅|局|委员会|厅|部))(?:关于|印发|转发)")
# a title's first line that goes on past its issuer to what the document does: 某局贯彻落实某办公厅某办公室 (over
# 2022年…分工方案) is no line of issuers' names
NOT_ISSUERS = compile_regex("贯彻|落实|印发|转发")
# the level of a government that issues a notice: 某区人民政府办公室 -> 区   县人民政府 -> 县   某市政府办公厅 -> 市
# (not 某自治区人民政府: its units are named 自治区…, and one written bare stays as written)
ISSUER_LEVEL = compile_regex(r"(?P<level>[省市州县旗]|(?<!自治)区)(?:人民)?政府(?:办公室|办公厅)?$")
# how a department of a party committee ends (宣传部, 组织部, 统战部: the registry's 委…部), which takes its
# committee's name with a level (县委宣传部); its offices (网信办, 编办) take the level alone (县网信办)
COMMITTEE_DEPARTMENT_ENDING = "部"
# a title opening (after its year) with the government whose work it lists, named by its level alone: that
# government's level, for a page naming no issuer (its units written bare, 城管局, are that government's)
#   2023年区政府重点民生实事项目推进情况   2024年县政府工作报告重点任务分解表   2024年县人民政府重点工作任务分解表
#   (not 2023年青石区政府…: a place's name, which ISSUER_LEVEL reads where it issues; not 2024年区政府办公室工作要点:
#   an office's own plan; not 自治区政府…)
TITLE_OWN_GOVERNMENT = compile_regex(
    r"^(?:\d{4}(?:[—-]\d{4})?年度?)?(?P<government>[市县区州旗](?:人民)?政府)(?!办公|各部门|组成部门|工作部门)"
)
# a town's, a township's or a street's government issuing a notice: 青石镇人民政府, 某乡政府, 某街道办事处
# (its units, 镇财政所 or 财政所, take no level: none is restored); kind tells a town's (镇, 乡) from a street's;
# or a town's own headquarters or group, 青石镇防汛抗旱指挥部 (not 某县城乡建设委员会, 某县乡村振兴领导小组)
TOWN_ISSUER = compile_regex(
    r"(?P<kind>[镇乡]|街道)(?:党委|人民政府|政府|办事处)(?:办公室)?$"
    r"|^(?:(?![县区市])\p{Han}){2,4}(?<!城)(?P<kind>[镇乡])(?![村镇街])\p{Han}{2,12}(?:指挥部|领导小组|委员会)(?:办公室)?$"
)
# a zone's management committee issuing a notice: 某高新区管委会, 某经济开发区管理委员会办公室 (the zone's own
# notice; a county naming the zone in its title is not)
ZONE_ISSUER = compile_regex(r"(?:管委会|管理委员会)(?:办公室)?$")
# how an organisation's name ends: 委  政府  办公室  …  支队  督查室  研究室   (ORG_NAME, and a signature run on, _SIGNER)
_ORG_ENDING = r"(?:委|政府|办公室|办公厅|局|委员会|厅|部|院|办|会|中心|支队|督查室|研究室)"
# an organisation's name, as in an issuers line or a signature: 中共某州委  某州人民政府
# 某县“放管服”改革领导小组办公室 (a term it quotes inside it; 33 characters at most, quotes and all)
ORG_NAME = compile_regex(rf"^(?=.{{3,33}}$)\p{{Han}}(?:\p{{Han}}|“\p{{Han}}{{1,10}}”){{1,29}}{_ORG_ENDING}$")
# 各县(市)人民政府,州级各部门:      各乡（镇）人民政府，县级各部门：
ADDRESSEE = compile_regex(r"^(?P<units>[^。]{2,300}?)\s*:\s*$")
# a sentence ending in a colon, not a list of addressees: 为深入贯彻《…》精神,提出如下意见:   根据…,现通知如下:
NOT_ADDRESSEES = compile_regex(r"^[?？\s]*(?:为|根据|按照|依据|现将|现就)|《")
# the addressees with the cover's first sentence after them on their line (a page that ran the cover together):
#   各镇人民政府,县直各单位: 现将《…》印发给你们   各科室,各站所: 经研究,制定…   各乡镇: 为深入贯彻…
#   各镇人民政府,县政府各部门: 《甲》和《乙》已经县政府同意…
ADDRESSEES_THEN_COVER = compile_regex(
    r"^(?P<units>(?:各|\p{Han}[^。:;!?《]{0,40}?[、,])[^。:;!?《]{1,200}?)\s*:\s*"
    r"(?=现将|经(?:研究|\p{Han}{0,8}(?:同意|通过|研究))|《[^》]{2,80}》(?:[和、及与]《[^》]{2,80}》){0,4}已"
    r"|为(?:深入|进一步|全面|认真|切实|做好|加快|贯彻|推动|提高))"
)
# a law site's block of fields glued after the title on its line, up to the notice's text: …的通知文章属性
#   •【制定机关】…•【公布日期】…•【字号】…•【施行日期】…正文…   (after the title, folded)
SITE_FIELD_BLOCK = compile_regex(
    r"^\s*(?:文章属性)?\s*[•·]?\s*〔\s*\p{Han}{2,6}\s*〕.*?〔\s*\p{Han}{2,6}\s*〕.*?(?:正文|$)"
)
# 2019年4月2日   (a signature date, alone on its line)
# the kind of document a notice of the genre issues, named in its title, an annex link or a 《》 title:
# 关于印发某县重点任务分工方案的通知   附件:政府工作报告任务分解表   (not 工作总结, 情况报告)
# 部门分工确定   重点工作部门分工意见   任务分解   由哪些部门牵头   任务清单来了   (a news headline reporting a notice
#   of the genre)   某局2024年4月份重点工作   体育局重点工作目标   (a bureau's list of its work, headed so)
NEWS_HEADLINE_WORDS = compile_regex(
    r"分工|任务分解|责任分解|部门牵头|牵头部门|责任单位|任务清单|责任清单|重点工作(?:目标|任务|清单|计划|安排)?$"
)
GENRE_DOCUMENT = compile_regex(
    r"实施意见|实施方案|工作方案|行动方案|分工方案|任务分工|责任分工|工作分工|任务分解|责任分解|分解表|分工表"
    r"|工作要点|任务清单|责任清单|重点项目\p{Han}{0,4}?(?:表|清单)$"
    # a ledger or progress sheet of the tasks: 某县重点工作台账   某县2024年重点工作推进情况表
    r"|工作台账|推进情况表|进展情况表"
)
# what may follow the genre word that ends a heading naming the genre: a year or a bracket (…工作方案（2025—2027年）,
# …任务清单2025): not more words (…任务清单推进会召开, a news headline)
GENRE_HEADING_TAIL = compile_regex(r"^\s*(?:\d{4}(?:[-—–~至]\d{4})?年?|[(（【\[〔][^)）】\]〕]*[)）】\]〕])?\s*$")
# a headline of a meeting, a news article: 全市重点工作任务清单推进会召开   …责任分解座谈会
NEWS_MEETING = compile_regex(r"召开|会议|推进会|座谈会")
# a plan's title by its last word (某县2023年农村冬季取暖方案, …整治方案（2024年）), and the preamble's sentence that
# makes the text that plan (结合实际，特制定本方案。 现制定如下方案 制订实施方案如下): together, a plan of the genre
# whatever its kind
PLAN_TITLE = compile_regex(r"方案\s*(?:[(（][^)）]{0,12}[)）])?\s*$")
MAKES_THIS_PLAN = compile_regex(
    r"制[定订](?:本|此|如下)(?:实施|工作|行动)?方案|制[定订](?:本|此)?(?:实施|工作|行动)?方案如下"
    r"|特制[定订]本(?:实施|工作|行动)?(?:方案|计划)"
)
# a division of tasks, the table a cover issues (…目标任务责任分解的通知, 印发…重点工作责任分工的通知); not 实施方案
DIVISION_DOCUMENT = compile_regex(r"任务分工|责任分工|工作分工|任务分解|责任分解|分解表|分工表|任务清单|责任清单")
# a plan that a cover notice issues, also of the genre (its work falls to units), named in its title or a 《》 title:
# 某市全民健身实施计划(2021-2025年)   某县妇女发展规划   某区三年行动计划   (not 城乡规划局, 计划生育)
GENRE_PLAN = compile_regex(r"(?:实施|行动|工作|推进)计划|发展规划|专项规划|规划纲要")
#   二〇二四年三月一日   二○○七年四月十三日 (in Chinese numerals, as a signature writes it)
# (the two forms are SIGNATURE_RUN_ON's dates too, and the second CN_SIGNED_DATE)
_YMD_DATE = r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_CN_DATE = r"[〇○零一二三四五六七八九]{4}年(?:十[一二]?|[一二三四五六七八九])月(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
SIGNED_DATE = compile_regex(rf"^{_YMD_DATE}$|^{_CN_DATE}$")
# a rectification table's row flattened into prose, its units cell and its date cell glued at the end of the
# measure, a space before each (folded; a category cell of the next row may follow): …落实奖励措施. 市、区爱卫办
# 2014年8月10日   市、区政府办 2014年8月10日   …加大清扫保洁力度. 市交通局 2014年8月10日 健康教育
# 汉滨区政府办 南方商场 2014年8月10日   (the caller reads the names as units; not 2019年5月1日 alone, nor
# 发布时间 2019年5月1日: a label's value, read as no unit)
UNITS_DATE_GLUED = compile_regex(
    r"(?:^|[\s.。;])(?P<units>[^\s\d,;:。.]{2,20}(?:\s[^\s\d,;:。.]{2,20})?)\s+"
    r"(?P<due>\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\p{Han}{2,8})?\s*$"
)
# （2020年3月13日）   (二〇二〇年三月十三日)   the date a document was adopted, in brackets under its title
SIGNED_DATE_BRACKETED = compile_regex(r"^\(\s*(?P<date>[^()]{8,16})\s*\)$")
# 2019-04-02   2019年4月2日   2019/4/2
ANY_DATE = compile_regex(r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?")

# web page header fields: label -> the metadata field it fills (None: recognised, not kept).
# A label may be spaced out (索 引 号) and bulleted (• 文号:); its value follows a colon,
# spaces, or for a 文号 nothing (发文字号某办〔2020〕1号), or stands on the next line.
PAGE_FIELDS: dict[str, str | None] = {
    "索引号": "index_number",
    "主题分类": "category",
    "信息分类": "category",
    "组配分类": "category",
    "文件分类": "category",
    "公文目录": "category",
    "公开目录": "category",
    "类别": "category",
    "分类": "category",
    "发布机构": "publisher",
    "发布部门": "publisher",
    "发布单位": "publisher",
    "公开责任部门": "publisher",
    "发布日期": "published",
    "公开日期": "published",
    "发布时间": "published",
    "文号": "doc_number",
    "发文字号": "doc_number",
    "发文文号": "doc_number",
    "发布文号": "doc_number",
    "文件编号": "doc_number",
    "发文编号": "doc_number",
    "文件字号": "doc_number",
    "发文号": "doc_number",
    "发文序号": "doc_number",
    "字号": "doc_number",
    "公文字号": "doc_number",
    "文件文号": "doc_number",
    "政策文号": "doc_number",
    "备注/文号": "doc_number",
    "关键词": "keywords",
    "主题词": "keywords",
    "发文机关": "issuer",
    "发文机构": "issuer",
    "发文单位": "issuer",
    "成文日期": "signed",
    "发文日期": "signed",
    "颁发日期": "signed",
    "颁布日期": "signed",
    "生成日期": None,
    "生效日期": None,
    "生效时间": None,
    "废止时间": None,
    "废止日期": None,
    "有效性": None,
    "文件有效性": None,
    "效力状态": None,
    "公开方式": None,
    "公开形式": None,
    "统一编号": None,
    "地区": None,
    "行业": None,
    "公开范围": None,
    "公开时限": None,
    "公开属性": None,
    "时效性": None,
    "所属机构": None,
    "信息来源": None,
    "来源": None,
    "内容概述": None,
    "浏览次数": None,
    "浏览量": None,
    "点击量": None,
    "点击数": None,
    "访问次数": None,
    "归档时间": None,
    "名称": "title",
    "信息名称": "title",
    "标题": "title",
    "发文标题": "title",
    "发文部门": "issuer",
    "制定机关": "issuer",
    "发布机关": "issuer",
    "解读机关": None,  # (a 解读 page's: the body that explains the notice, no issuer of it)
    "解读部门": None,
    "公布日期": "published",
    "公文生成日期": "signed",
    "施行日期": None,
    "实施日期": None,
    "效力等级": None,
    "效力级别": None,
    "时效": None,
    "日期": None,
    "时间": None,
    "作者": None,
    "责任编辑": None,
    "编辑": None,
}
# labels too common in prose to be recognised without a colon
_WEAK_FIELDS = {
    "字号",
    "时效",
    "分类",
    "类别",
    "地区",
    "行业",
    "来源",
    "日期",
    "时间",
    "名称",
    "标题",
    "作者",
    "编辑",
    "责任编辑",
}
# the labels that make a row a page's metadata wherever they stand in it
PAGE_FIELDS_STRONG = frozenset(w for w in PAGE_FIELDS if w not in _WEAK_FIELDS)
_SPACED = r"\s*"


def _labels(words: list[str]) -> str:
    return "|".join(_SPACED.join(w) for w in sorted(words, key=len, reverse=True))


# 索 引 号:000000000/2019-00001   主题分类:文件\   来源:某县人民政府   (anywhere in a row)
#   【发文字号】某政办〔2024〕12号   【索引号】0000-2024-00012   [文号]某政办〔2024〕12号   (a label in brackets)
PAGE_FIELD_LABEL = compile_regex(
    rf"(?P<open>[〔\[]\s*)?(?P<label>{_labels(list(PAGE_FIELDS))})(?(open)\s*(?:[〕\]]\s*:?|:)|\s*:)"
)
# 发布机构 某县应急局   文    号 某政办〔2023〕1号   (no colon: at the row's start or after a space)
PAGE_FIELD_BARE = compile_regex(
    rf"(?:^|(?<=\s))(?P<label>{_labels([w for w in PAGE_FIELDS if w not in _WEAK_FIELDS])})(?=\s|$)"
    rf"|(?:^|(?<=\s))(?P<label>{_labels(['文号', '发文字号', '发文文号', '发布文号', '文件编号', '发文编号'])})(?=\p{{Han}}[\p{{Han}}\p{{Latin}}]{{0,7}}\s*[\[〔【﹝(]\s*\d{{4}})"
)
# 分   类 政务公开   (a common word as a label without a colon: only in a row that has another label)
PAGE_FIELD_WEAK = compile_regex(rf"(?:^|(?<=\s))(?P<label>{_labels(sorted(_WEAK_FIELDS))})(?=\s)")
# labels glued to their values with no space or colon, as a scrape runs a metadata table together:
#   发文机构市政府办公厅发文字号某政办〔2018〕3号   发布日期2018年09月05日有效性有效   (a row starting with a
#   label glued to a value; a label inside such a row is read only when a 文号 or a date follows it)
PAGE_FIELD_GLUED = compile_regex(
    rf"(?P<label>{_labels([w for w in PAGE_FIELDS if w not in _WEAK_FIELDS])})"
    rf"(?=\p{{Han}}[\p{{Han}}\p{{Latin}}]{{0,7}}\s*[\[〔【﹝(]\s*\d{{4}}|\d{{4}}\s*[-/.年])"
)
PAGE_FIELD_GLUED_START = compile_regex(
    rf"^(?P<label>{_labels([w for w in PAGE_FIELDS if w not in _WEAK_FIELDS])})(?=[\p{{Han}}\d])"
)
# a page's time stamp or serial, not the notice's: 2023-01-05 10:00 某区人民政府办公室   TXDR202101003   ||||
#   2021年09月14日 10:20
PAGE_STAMP = compile_regex(
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}|^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}|^[^\p{Han}]+$"
)
# a page's label over the notice's text, between the page fields and the cover: 正文   文章正文   【正文】
BODY_MARK = compile_regex(r"^[〔\[]?\s*(?:文章|信息|文件)?正\s*文\s*[〕\]]?\s*:?$")
# the bullet or mark before a page header row: • 文号:   - 发布日期:
PAGE_FIELD_BULLET = compile_regex(r"^[\s•·●▪*|\-]+")
# a cover's signature run on after its last sentence, the issuer (one or two, a space apart) then the date, to the
# line's end: …请认真抓好落实。青河县人民政府办公室 2025年3月6日   …落实。某县人民政府办公室2025.3.6   …。某市发展和改革委员会
# 2025-03-06   …。中共某县委办公室 某县人民政府办公室 二〇二五年三月六日   (not …落实。2025年3月6日前完成: no issuer, no
# line end after the date)
_SIGNER = rf"\p{{Han}}{{2,30}}?{_ORG_ENDING}"
_SIGNATURE_DATE = _without_group_names(_YMD_DATE) + r"|\d{4}(?:\.\d{1,2}\.|/\d{1,2}/|-\d{1,2}-)\d{1,2}" + "|" + _CN_DATE
SIGNATURE_RUN_ON = compile_regex(
    rf"(?<=[。!])\s*(?P<signer>{_SIGNER}(?:\s+{_SIGNER})?)\s*(?P<date>{_SIGNATURE_DATE})\s*$"
)

# --- boilerplate -------------------------------------------------------------

# 某省政府门户网   繁体版   简体版
BANNER = compile_regex(r"门户网|繁体版|简体版|无障碍|English|长辈版|长者模式|长者版|返\s*回\s*$|^返回顶部$|^合集下载$")
# a law site's mark of whether the document is in force, after its title: …的通知(有效)   …意见（已废止）
VALIDITY_MARK = compile_regex(
    r"\s*[(\[〔]\s*(?:现行)?(?:全文|部分)?(?:有效|失效|已失效|废止|已废止|已修改|已修订|已被修改|尚未生效)\s*[)\]〕]\s*$"
)
# a document site's mark of which of its numbered pages shows this slice of the notice, after the title it
# repeats over each page: …实施方案（第2页）   …实施方案 第2页   …实施方案 - 第3页   …实施方案_2 (folded)
PAGE_MARK = compile_regex(r"\s*(?:\(\s*第\s*\d{1,3}\s*页\s*\)|(?:\s|[-—–_]\s*)第\s*\d{1,3}\s*页|_\d{1,3})\s*$")
# a document site's link under its own heading for the page (某市…工作方案 / 合集下载): the heading is the
# site's, no title; the notice's own title follows
SITE_HEADING_MARK = compile_regex(r"^合集下载$")
# 当前位置:首页/政策文件
BREADCRUMB = compile_regex(
    r"^(?:当前位置|您的位置|您现在的位置|您现在所在的位置|所在位置)\s*:|^(?:网站)?首页\s*(?:>|->|/|»)"
)
# 附件下载:   附件下载   (a page's download link, its files named on the lines under it)
DOWNLOAD_LINK = compile_regex(r"^附件下载\s*:?\s*$")
# 2022年道路建设任务分解表.xls   附件1.重点项目清单.docx   (a file's name alone on its line, under a page's download
# link: never a cell of a table's last row; not 详见附件.xls的说明。 nor a sentence)
DOWNLOAD_FILE = compile_regex(r"^[^。;,]{1,80}\.(?:docx?|pdf|wps|xlsx?|zip|rar|ofd)$", regex.IGNORECASE)
# 附件:某县重点任务分工方案   (a link to the annex, or an empty link)
ANNEX_LINK = compile_regex(r"^附\s*件\s*\d*\s*:")
# an item of the list of annexes a 附件: line opens, on its line or on the lines under it (folded):
# 附件:1.主要指标分解表 ⏎ 2.重点项目清单   (a short title, no sentence)
ANNEX_LIST_ITEM = compile_regex(r"^\s*(?:附\s*件\s*:\s*)?\d{1,2}\s*[.、]\s*[^。;,:]{2,60}$")
# the title of an annex listing people, not tasks: 领导小组成员名单   工作专班组成人员名单   联络员名单
PEOPLE_LIST_TITLE = compile_regex(r"(?:成员|组成人员|人员|联络员|联系人)(?:名单|名册|通讯录)$|通讯录$")
# 附件   附件1   (the annex itself starts here)
ANNEX_START = compile_regex(r"^附\s*件\s*\d*$")
# Copyright 2019 All Rights Reserved     版权所有:…     ICP备00000000号     技术支持:某公司
# (技术支持 with its colon: a table's remark 需县住建局技术支持 is no footer)
# 公网安备 00000000000000号   网站标识码:0000000000
FOOTER = compile_regex(
    r"Copyright|All Rights Reserved|版权所有|网站声明|网站地图|技术支持\s*(?::|单位)|ICP\s*备|主办单位\s*:\s*\S*(?:网站|人民政府)"
    r"|联系我们"
    r"|公网安备|网站标识码|网站识别码"
)
# 填报人:镇信访办  联系电话:0000-1234567   制表人:…   审核人:…   (who filled in a ledger or form, under its
# last row: no cell of it; folded)
FORM_FOOTER = compile_regex(r"^(?:填报人|填表人|制表人|审核人|填报单位|制表单位)\s*:")
# 抄送:县委各部门…    某县人民政府办公室  2019年4月2日印发    (此件公开发布)
TRAILER = compile_regex(r"^抄\s*送\s*:|印发$|^\(此件.{0,12}\)$")
# the office and date that printed the notice, glued onto the end of a table's last row (after a tab or
# spaces, or right after a deadline ending in a month or day): …\t2025年11月　某县人民政府办公室　2025年2月26日印发
# (searched on the row as written; a deadline cell ending in 印发 names no office before a full date)
TRAILER_GLUED = compile_regex(
    r"(?:(?<=\s)|(?<=\d\s*[月日]))(?P<trailer>\p{Han}{2,30}?(?:办公室|办公厅|人民政府|委员会|政府|党委|委|局|厅|办)"
    r"\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发)\s*$"
)

# --- page noise (mirror sites, page furniture, page headers repeated at page breaks) ---

# a pinyin gloss a mirror site put after a character: 关(guān)于  发(fā)  局(ju)(ju)  会(huì ) (a space before
# the bracket's end); after a character the page's encoding damaged into a Latin letter or a mark (推M(jìn)),
# only a gloss carrying a tone mark, so that PPP(ppp) and 某镇(x) stay
PINYIN_GLOSS = compile_regex(
    r"(?:(?<=\p{Han})|(?<=[A-Za-z?？](?=[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])))"
    r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6} ?[)）])+"
)
# the start of a line a mirror site read one byte off (GBK text read from the second byte of its opening （):
# a full stop (the byte before and the bracket's first), then a pinyin or zhuyin letter (the bracket's second
# byte and the first of the numeral after it), a ? before them where the site showed a byte it lost:
#   ?。ㄎ澹┘訌婜槼鞘袌霰O管 (（五）加強鷺城市場監管)   。ㄒ唬┛傮w要求 (（一）總體要求)
#   ?。ǘ┩七M東岸 (（二）推進東岸, its 二 lost)   ?。﹩优f倉庫 (（六）啟動舊倉庫: the letter lost with the numeral)
# (not 。加强… nor ?。加强…: a full stop a line break left at a line's start, a Han character after it)
SHIFTED_START = compile_regex(r"^(?:[?？]。(?=[^\p{Han}\s])|。(?=[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêɑńňɡㄅ-ㄩ]))")
# one pinyin syllable, so that a gloss is told from an English word or a letter: (fā) (ju) (zhuang), not (app) (x)
PINYIN_SYLLABLE = compile_regex(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,4}(?:ng|n|r)?"
)
# page tools and footers, alone on a line or glued after its text (folded: 【】 read as 〔〕):
# 【打印本页】【关闭窗口】   【我要纠错】   扫一扫在手机打开当前页   分享到:   主办:某县人民政府办公室 承办:…   【字体:大 中 小】
# 分享:   【打印】【关闭】   [打印] [关闭]   上一篇:…   下一篇 …   (the links to the site's previous and next page, at a line's start)
# 【打印正文】【关闭窗口】   【打印全文】   【返回列表】   (a tool's word and what it acts on, in brackets: never a unit)
# 打印　　关闭   扫一扫在手机打 (cut by the page's end)   and a repost's footer: (来源:某县人民政府办公室), 文章来源:办公室
# 快速打印 (a site's print link alone on its line)   附件下载:整改清单.docx   附件下载 (the page's link to the
# file it carries, alone on its line: never a cell of a table's last row; 附件:1.… is the notice's own list)
# 上一页 1 2 3 下一页   首页 上一页 1 2 下一页 尾页   1 2 3 下一页   上一页 1 2 3   上一页 下一页   共3页 上一页 1 2 3 下一页
# « 上一页 1 2 … 10 下一页 »   首页 上页 1 2 3 下页 尾页 (a document site's pager alone on its line, under a page of a
# notice it splits over numbered pages; never the page numbers alone, 1 2 3 4)
# 【大】【中】【小】 (the font sizes alone on their line)
# 分享　收藏　在看　点赞 (a repost's action bar alone on its line, three words at least, 分享 or 收藏 among them)
# 编辑:小某　审核:老某   阅读 2356　分享　点赞　在看   (the source alone on its line; a page row naming its
# source among other fields is the head's)   监督方式:0000-0000000 (a site's hotline)
# 联系人:县应急局 张某 电话:0000000 (the office to call, at the notice's end: no task text)
# 责任编辑:王芳   校对:李某 审核:张某 (the page's editors, persons' names alone on the line; 审核:县财政局 is none)
# 来源:   作者:   编辑:李某 (a row of the page's fields, two or more, empty or not)   广告 | 本地招聘信息 | 二手房
# 社保处文章来源: 办公室   社保处 来源:办公室   社保处发布时间:2024-03-01 (a page label glued after a line's text)
# (主办单位:县交通运输局 with no other footer words on its line is a role label, not the site's footer; nor is
# 主办:医政处;协办:财务处, a 督办 notice's roles)
FURNITURE = compile_regex(
    r"〔?\s*(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|加入收藏|设为首页|收藏本页)\s*〕?"
    r"|〔\s*(?:我要纠错|网页纠错)\s*〕"
    r"|[〔\[]\s*(?:打印|关闭|返回)(?:本页|此页|正文|全文|本文|文章|文本|页面|窗口|顶部|首页|列表)?\s*[〕\]]"
    r"|^(?:上一篇|下一篇|上一条|下一条)(?:\s*:|\s+(?=\S)|$)"
    r"|^(?:上一页|下一页)\s*:"
    # (one token an iteration, a space one too: the regex engine takes a repeat of \s* before each token in
    # time growing with the square of the line's length)
    r"|^(?=.*(?:上一?页|下一?页))(?:\s|首页|尾页|末页|上一?页|下一?页|[第共]\s*\d{1,3}\s*页|\[\d{1,3}\]|\d{1,3}(?!\d)"
    r"|\.{2,3}(?!\.)|…|[<«‹>»›])+$"
    r"|扫一扫在手机(?:上)?(?:打开|查看|浏览)(?:当前|本)?页(?:面)?"
    r"|扫一扫(?:用手机)?(?:分享|打开)"
    r"|分享到\s*:|^分享\s*:"
    r"|(?:^|\s)视力保护色\s*:"
    r"|^分享到$"
    r"|(?:^|\s)(?:主办|承办)\s*:(?![^;。]{1,30};\s*协办)|\s承办单位\s*:"
    r"|(?:^|\s)主办单位\s*:(?=.*(?:承办|网站|标识码|ICP|备案|技术支持|联系|版权))"
    r"|〔\s*字体\s*:[^〕]{0,12}〕?"
    r"|^(?:〔\s*[大中小]\s*〕\s*){3}$"  # 【大】【中】【小】: the font sizes a reader picks
    r"|(?:^|\s)字(?:体|号)(?:大小)?\s*:\s*(?:\[\s*\]|〔|大\s*中\s*小|T\|T)?\s*(?:$|(?=分享到|分享\s*:|〔?打印))"
    r"|^打印(?:本页)?\s+关闭(?:窗口)?\s*$|扫一扫在手机\S{0,5}$"
    r"|^阅读(?:量)?\s*[\d.]+\s*万?(?:\s|$)|^编辑\s*:\s*\S{1,10}\s+审核\s*:|^\(?(?:文章|信息|稿件)?来源\s*:\s*[^\s:()]{2,30}\)?$|^快速打印\s*$|^附件下载\s*(?::.*)?$"
    r"|^(?=.*(?:分享|收藏))(?:(?:分享|收藏|在看|点赞|转发|写留言)\s*){3,}$"
    r"|^(?:监督方式|监督电话|举报电话)\s*:\s*[\d\-—()\s]{7,}$|^联系人\s*:[^。;]{0,40}电话\s*:\s*\S{4,20}$"
    r"|^(?:(?:责任编辑|编辑|审核|校对|审校)\s*:\s*\p{Han}{2,4}(?<![局委办府院部厅会队站所心司处科室组股])\s*)+$"
    r"|^(?:(?:来源|作者|编辑|责任编辑|审核|校对)\s*:\s*(?:[^\s:]{1,12}\s*)?){2,}$"
    r"|^广告\s*(?:\|.*)?$"
    # glued after a line's text holding no colon of its own (a row of page fields is the head's):
    # 社保处文章来源: 办公室   社保处 来源:办公室   社保处发布时间:2024-03-01 10:00
    r"|(?<=^[^:]*\p{Han})(?:文章|信息|稿件)来源\s*:\s*[^\s:()]{2,30}$"
    r"|(?<=^[^:]*\p{Han}\s)\s*来源\s*:\s*[^\s:()]{2,30}$"
    r"|(?<=^[^:]*\p{Han})发布(?:时间|日期)\s*:\s*\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# (联系人:某局某处 电话:0000-0000000)   (the office to call, in brackets under a table: never a cell of its
# last row; folded: brackets read as ASCII)
CONTACT_NOTE = compile_regex(r"\(\s*联系人\s*:[^()。;]{0,60}电话\s*:\s*[\d\-—\s]{7,20}\)$")
# 陈东市长负责事项(共3项)   刘海副市长牵头负责的工作   (a table's group row naming the leader in charge of its rows)
GROUP_LEADER = compile_regex(
    r"^(?P<who>\p{Han}{2,3}?(?:常务副|副)?[省市县区州]长)(?:牵头)?负责的?(?:事项|工作|任务)(?:\(共\d+项\))?$"
)
# 清理河塘垃圾 |   县农业农村局 |   | 清理河塘垃圾   (a cell of a table scraped one cell a line, with the pipe
# the scrape left after or before it; a row of a pipe table, | 序号 | 工作任务 |, has more than one; the last
# header cell may close with the bars of empty cells after it: 责任单位 | ||)
STRAY_PIPE = compile_regex(r"^(?P<text>[^|]*[^|\s])\s*\|[\s|]*$|^[\s|]*\|\s*(?P<text>[^|\s][^|]*)$")
# a note that a typeface marks the leads among a list's units (folded): 字体加粗者为牵头部门, 加粗的为牵头单位,
# 黑体字为牵头单位, 标粗单位为牵头单位, 下划线的为牵头单位 (a plain text keeps no such mark); not 列第一位者为牵头单位
LEAD_BY_TYPEFACE = compile_regex(
    r"(?:字体)?(?:加粗|粗体|黑体|标粗|加黑|下划线)(?:字体|字|显示|标注)?(?:者|的)?(?:单位|部门)?为牵头(?:单位|部门)"
)
# the level a list writes before a collective of the governments below it: 市各县(市、区)政府, 省各市人民政府,
# 县各乡镇人民政府, 市各县（市、区）政府 (the level owns them, it is no level of theirs: the collective is recorded
# from 各); not 市各有关部门, 市各部门 (the level's own offices), nor a collective of other bodies (市各区域医疗中心,
# 市各市场监管所, 省各开发区管委会)
LEVEL_BEFORE_LOWER_COLLECTIVE = compile_regex(
    r"^(?:省|自治区|市|州|盟|县|旗)(?=各(?:地|市|州|盟|县|区|旗|乡|镇|街道)[市州盟县区旗乡镇街道、]*"
    r"(?:[(（][^()（）]*[)）])?(?:人民政府|政府|党委|党委和政府|党委、政府)?$)"
)
# a cell bar (and the spaces beside it) inside a unit list: 责任单位: | 市民政局、市财政局 |, the label's cell and
# the units' cell of a two-cell labelled row; a bar is never part of a unit's name, so a list is cut at it
CELL_BAR = compile_regex(r"\s*[|｜]\s*")
# a line starting 主办: or 承办单位: (the site's host) with nothing else of a footer on it: furniture unless a
# labelled assignment line is beside it (主办单位:县交通运输局 then 协办单位:… or 完成时限:…; 督办事项一:… then
# 承办单位:市交通运输局(主办),… then 办结时限:…)
HOST_LINE = compile_regex(r"^(?:主办(?:单位)?|承办单位)\s*:")
# a line of a site's footer that may follow its host line: 承办:…   技术支持:…   联系电话:…   地址:…
SITE_FOOTER_NEXT = compile_regex(r"^(?:承办|技术支持|联系电话|电话|地址|网站|邮编|备案)")
# a red-header banner with the 文号 on the same line: 某县人民政府文件  某政发〔2019〕5号
BANNER_WITH_NUMBER = compile_regex(rf"^(?P<banner>\S.*?文\s*件)\s*(?P<doc>{DOC_NUMBER.pattern})\s*$")
# the red-header banner of an official document: 某县人民政府文件   中共某州委文件   某市人民政府办公室文件
RED_HEADER = compile_regex(
    r"^(?:中共)?\p{Han}{2,30}?(?:人民政府|政府|办公室|办公厅|委员会|委|局|厅)(?:\s*\p{Han}{2,30}?(?:人民政府|委员会|委))?\s*文\s*件$"
)
# a page header the scrape repeated inside a sentence at a page break, when the notice's own banner is not
# known: …养护某县人民政府文件某政〔2020〕21号管理…  (the two characters before the organisation word are its place;
# a longer place, 青禾市, is read whole where its 文号 starts with its first character: parse/noise._place_start)
PAGE_BREAK_HEADER = compile_regex(
    r"\p{Han}{2}(?:人民政府办公室|人民政府办公厅|人民政府|委员会|办公室|办公厅)文件\s*" + DOC_NUMBER.pattern
)

# what follows a 文号 that a sentence cites after the issuer's document (…按某县人民政府文件某政〔2020〕21号要求,
# …精神, …规定, …的…): no page header the scrape set in the sentence, which breaks a word in two
# (…节点的重某县人民政府文件某政〔2020〕21号大工作…)
CITED_NUMBER_AFTER = compile_regex(r"^(?:要求|精神|规定|部署|文件|通知|有关|相关|的|和|及|与|等|中|第)")

# a page number left by a page break: — 3 —   -12-   第 2 页   第2页/共5页   共5页 第2页   — — — 3 — (a PDF's dashes
# spaced out)
PAGE_NUMBER = compile_regex(
    r"^(?:(?:[-—–]\s*){1,3}\d{1,3}\s*(?:[-—–]\s*){1,3}"
    r"|第\s*\d{1,3}\s*页(?:\s*[/,]?\s*共\s*\d{1,3}\s*页)?"
    r"|共\s*\d{1,3}\s*页\s*[/,]?\s*第\s*\d{1,3}\s*页)$"
)

# a row of a task table laid out in columns of spaces (a PDF's text extracted with its layout kept): its
# number, then two spaces or more before the next cell:   1   开展隐患排查  县应急管理局   (not 1. 开展, 2024年)
# (multi-line as a flag, not written inline, so re takes it: it is first searched for over the whole text)
LAYOUT_ROW_START = compile_regex(r"^[ \u3000]*\d{1,3}[.、]?[ \u3000]{2,}\S", regex.MULTILINE)
# in a units column of such a table, a piece that opens a unit's whole name (a level, a named town, a park, a
# grid or state company), so a piece closing a unit above it is another unit:  县商务局  青石镇人民政府
# 河口工业园管理中心  国网青梧供电公司   (not 管委会, 政府, 市场监管局, 改革局)
LAYOUT_UNIT_OPENS = compile_regex(
    r"^(?:[省州盟县区旗镇乡街各]|市(?!场|政))"
    r"|^\p{Han}{2,4}(?:镇|乡|街道|园区|开发区|工业园|产业园|新区)\p{Han}|^(?:国网|国家|中国|中共)"
)
# a piece closing a park's or a zone's whole name, a unit of its own in a units column:  河口工业园  高新区
LAYOUT_ZONE_CLOSES = compile_regex(r"(?:工业园|产业园|园区|开发区|高新区|新区|示范区)$")
# a title alone over a task table's header, no column's name:  任务分工表  重点任务清单  工作台账
LAYOUT_TABLE_TITLE = compile_regex(r"(?:表|清单|方案|台账|计划|一览)$")
# the number cell of such a row: 1  12  3.  (not 2024年, 1）)
LAYOUT_ROW_NUMBER = compile_regex(r"^\d{1,3}[.、]?$")

# a page counter of both numbers that a page break left inside a line, where the text ran on over it:
# …改造薄弱学校。（牵头单位：县教育局） 第1页 共2页   …配合单位：县财政局）第2页/共5页 3.实施…   (not 详见第3页)
PAGE_COUNTER_IN_LINE = compile_regex(
    r"(?:第\s*\d{1,3}\s*页\s*[/,]?\s*共\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页\s*[/,]?\s*第\s*\d{1,3}\s*页)"
)

# --- annex ---------------------------------------------------------------------

# 注:1.各责任单位…      注：完成时间为…
NOTES_START = compile_regex(r"^(?:注|说明|备注)\s*:\s*(?P<rest>.*)$")
# (表内“/”表示无配合单位)   (注:完成时限为…)   (本表所列任务…)   (a note under a table, wholly in brackets, saying what its
#   cells mean: no cell of the row above; not (牵头) nor (县财政局))
TABLE_NOTE = compile_regex(r"^\(\s*(?:注\s*:|表内|表中|本表|表格中)[^()]*\)$")
# 完成时限栏空白的,与上一行同一类别任务的完成时限相同   完成时间为空的同上一行   (a note under a table: a blank deadline
#   cell is the row above's, of the same group where it says 同一类别; not 完成时限栏空白的,为长期任务)
BLANK_DUE_AS_ABOVE = compile_regex(
    r"(?:完成时限|完成时间|时限|时间节点)栏?(?:为)?(?:空白|空)的?\s*,?\s*(?:与|同)上一?行"
    r"(?P<group>同一?(?:类别|类|组)(?:任务)?)?(?:的?(?:完成时限|完成时间|时限|时间节点))?(?:(?:相同|一致)|(?<=同上一?行)(?=$|[。;,)]))"
)
# a note on what a blank deadline cell means, whatever it says (then a blank is never taken for a merged cell):
# 完成时间为空的，时间另定   完成时限栏空白的，同上一行配合单位商定
BLANK_DUE_NOTE = compile_regex(r"(?:完成时限|完成时间|时限|时间节点)栏?(?:为)?(?:空白|空|未填)")
# 第2项不适用此规定   …的除外   (a note's exception: the note is left unread where it names one)
NOTE_EXCEPTION = compile_regex(r"不适用|除外|例外")
# whitespace between table cells
CELL_GAP = compile_regex(r"\s+")
# 2025年   2025 年   (a deadline cell holding its year alone, its month wrapped onto the next line)
YEAR_ALONE_CELL = compile_regex(r"^(?:19|20)\d{2}\s*年$")
# 6月底前   12月前   9月中旬   3月   (a deadline's month with no year: the rest of a cell holding the year alone)
MONTH_DUE_PIECE = compile_regex(r"^\d{1,2}\s*月(?:份)?(?:底|末|上旬|中旬|下旬|\d{1,2}\s*日)?(?:前|以前|之前)?$")
# 一、交通  1     改建县道20公里。   (two spaces or more between the cells of a row laid out in spaces; not one)
SPACED_CELL_GAP = compile_regex(r"[ \u3000\u00a0]{2,}")
# 12   12.   12、   (a 序号 cell)
NUMBER_CELL = compile_regex(r"^(?P<num>\d{1,4})\s*[.、]?$")
# 48414   1000   3.5   12,000   —   (a project table's figure cell, 总投资（万元）: a number or a dash alone; not 6月 nor 3个)
FIGURE_CELL = compile_regex(r"^(?:\d[\d,.]*|[—\-/])$")
# 新建城东卫生院   实施门诊楼改造工程。   新建公厕20座   (a project table's line opening with a verb of work: its
# content, never a unit's name, though it may end as one does; not 建设局 nor 建设管理委员会, a unit)
PROJECT_WORK_LINE = compile_regex(
    r"^(?:新建|新增|实施|改造|改建|扩建|续建|建设|开展|推进|完成|提升|修建|铺设|安装|建成|购置|整治)"
    r"(?=\p{Han}{2})(?!.*(?:局|委|委员会|办)$)"
)
# 办公室   大队   交警大队   城管执法中队   (a line of a units cell the page wrapped off the name above, its ending with
# no place of its own: 县人民政府 ⏎ 办公室 is 县人民政府办公室; not 县公建中心, a unit of its own, nor 财政局)
UNIT_NAME_TAIL = compile_regex(
    r"^(?![省市州县区镇乡各])(?P<named>\p{Han}{0,6}?)(?:办公室|办公厅|大队|中队|支队|分局|中心|站|所)$"
)
# 城投集团   青石燃气公司   (a company goes by its own name, never by a level of government)
ENTERPRISE_ENDINGS: tuple[str, ...] = ("集团", "公司")
# 城投集团   供电公司   农商银行   青禾支行   规划和自然资源分局   (names of bodies that are no unit of the
# government issuing a notice: they never take its level when the notice names its units without one)
NOT_OF_THE_GOVERNMENT: tuple[str, ...] = (*ENTERPRISE_ENDINGS, "银行", "支行", "分行", "分局")
# 一   三、   (一)   （二）   (1)   ①   ⑵   (a 序号 cell in figures other than Arabic: the row's number, in
# words, in brackets or circled; not 一、加强… nor (1)开展…, which hold text)
OTHER_NUMBER_CELL = compile_regex(
    rf"^(?:(?P<cn>{_CN})\s*[、.]?|{_OPEN}\s*(?P<cn>{_CN})\s*{_CLOSE}|{_OPEN}\s*(?P<num>\d{{1,3}})\s*{_CLOSE}"
    r"|(?P<circled>[\u2460-\u2473])|(?P<paren>[\u2474-\u2487]))$"
)
# 2.1   3.2   (a row numbered under a task number: a task of its own)
SUBNUMBER_CELL = compile_regex(r"^(?P<num>\d{1,3})\.(?P<sub>\d{1,2})$")
# <br>   <br/>   <BR />   (a line break inside a table cell, left as markup by a scrape)
CELL_LINE_BREAK = compile_regex(r"\s*<br\s*/?>\s*", regex.IGNORECASE)
# an empty table cell: —   /   无   | (a pipe alone: an empty cell of a table scraped one cell a line whose
# cells end in a pipe, 清理河塘垃圾 |), or in brackets: （无）   (—)
EMPTY_CELL = compile_regex(r"^[—–\-/无|]+$|^\([—–\-/无]+\)$")
# a table cell that repeats the cell above it: 同上   同上栏   同上。   〃
SAME_AS_ABOVE = compile_regex(r"同上(?:栏|格|行)?[。.]?|[〃\"]")
# a deadline cell that keeps the verb of what is due then: 2024年9月投用   2025年底前建成   2024年6月底前全面完成
# 9月投入使用   5月底前动工   2025年6月底前建成投运   年底前取得实效   每月通报   2026年5月份前完成
# 7月底具备通车条件   (the state the work reaches by then)
# (the deadline is the date part; 每半年一次, 2024年3月起 and 持续推进 are no such cell)
# a target cell (目标任务) opening with its deadline before a comma: 2021年2月底前,群众知晓率达90%以上。
# 2025年6月底前，建成…   2024年底前,完成…   (2025年,全市… and 到2025年,… name a target year, no deadline)
TARGET_CELL_DUE = compile_regex(
    r"^(?P<due>\d{4}\s*年(?:\d{1,2}\s*月)?(?:底|末|上旬|中旬|下旬|\d{1,2}\s*日)?(?:前|以前))\s*[,，]"
)
DUE_CELL_VERB = compile_regex(
    r"^(?P<due>(?:\d{4}\s*年|\d{1,2}\s*月|第?[一二三四1-4]\s*季度|上半年|下半年|年底|年末|每月|每季度|每半年|每年)"
    r"[\d\s年月份日底末前以之内旬上中下半季度第一二三四]*?)并?"
    r"(?P<verb>(?:基本|全面|全部|初步|正式|逐步|陆续|完成)?"
    r"(?:建成投运|建成投用|建成投产|建成使用|投入使用|投入运营|投入运行|完成整改|整改到位|取得实效|取得成效"
    r"|完成|建成|投用|投运|投产|运行|运营|开工|动工|完工|竣工|开业|办结|销号|见效|实现|印发|出台|上线|启用|交付|验收|达标"
    r"|覆盖|落地|通车|开通|到位|建立|制定|形成|挂牌|部署|启动|实施|通报|报送|调度|具备\p{Han}{1,6}条件))$"
)
# | 类别 | 具体措施 | 责任单位 |   (a table row written with pipes, as some scrapes give tables; some
# write no bar before the first cell: 序号 | 具体措施 | 责任单位 |, or end a header of two names with empty
# cells glued: 具体要求 | 责任科室 | ||, as rows of more cells do too: 2 | 任务 | 市商务局 | 持续推进 | ||)
PIPE_ROW = compile_regex(r"^\|.*\|$|^[^|\s][^|]*(?:(?:\s\|\s[^|]*){2,}(?:\|\s*)*|\s\|\s[^|]*\s\|\s*\|*)\|$")
# 工作目标   整治目标   主要内容   推进措施   民生实事项目   民生实事   项目名称   2024年预期目标
# (a column name the vocabulary lacks, read as the task column when
# it stands right after 序号 in a header that names other columns; never a unit: 县农业农村局)
# 工作举措及实施计划   推进措施和时间安排   具体措施及进度   (a column of measures and their plan, after the task's name)
# a project table's content column after the project's name (项目名称 / 建设内容 / 总投资 / 责任单位): 建设内容
# 主要建设内容   建设内容及规模   建设规模和内容 (not 建设规模 alone: a size is no task text)
PROJECT_CONTENT_COLUMN = compile_regex(
    r"^(?:主要)?建设(?:内容(?:(?:及|和|与|、)(?:建设)?规模)?|规模(?:及|和|与|、)(?:建设)?内容)$"
)
# an indicator table's indicator column, before its target value (指标 / 目标值 / 责任单位): 指标  指标名称
# 主要指标   考核指标名称
INDICATOR_COLUMN = compile_regex(r"^(?:主要|核心|关键|考核)?指标(?:名称|内容)?$")
# the target value column after it: 目标值  指标值  2025年目标  年度目标值  规划目标 (a measure's unit, 单位 or
# 计量单位, may stand between them)
TARGET_COLUMN = compile_regex(r"^(?:(?:19|20)\d{2}\s*年度?|年度|规划|期末)?(?:目标值?|指标值)(?:\([^()]{1,6}\))?$")
TASK_COLUMN_OF_PLAN = compile_regex(r"^\p{Han}{0,4}(?:措施|举措)(?:及|和|与)\p{Han}{0,4}(?:计划|安排|进度|步骤)$")
TASK_COLUMN_LIKE = compile_regex(
    r"^(?:\d{4}\s*年度?)?\p{Han}{0,6}(?:目标|任务|内容|措施|举措|事项|要点|实事|项目|项目名称)$"
)
# 项目名称及建设内容   任务名称及内容   重点任务和具体措施   工作目标与举措   (one column naming the item and its
# content or measures, two task-like names joined: each part is read by TASK_COLUMN_LIKE or PROJECT_CONTENT_COLUMN)
TASK_COLUMN_JOINED = compile_regex(r"^(?P<first>\p{Han}{2,8}?)(?:及|和|与)(?P<second>\p{Han}{2,8})$")
# 2018年度   2020年目标   (a year's target column, under a spanning name 年度目标 in a two-row header)
YEAR_COLUMN = compile_regex(r"^(?:19|20)\d{2}年度?(?:目标|任务)?$")
# a table's title or the date of the signature closing the text a header was run onto (folded): 某市2018年政府工作任务分解表
# 重点任务清单  工作台账  任务一览表  2025年3月2日 (before 序号 名称 工作任务 …; not 各单位填报进度时请依次填写, 各单位要按照,
# 表格, 3月2日前: a sentence, or no title)
TABLE_TITLE_END = compile_regex(r"^(?:\p{Han}[^。;!?,]{1,40}(?:表|清单|台账)|\d{4}年\d{1,2}月\d{1,2}日)$")
# 序号 | 任务 | 牵头单位 | 配合单位 | 时间节点   (a pipe row with no bar before its first cell nor after its last:
# four cells at least, a space either side of each bar; not 县教育局|县财政局 nor A | B | C)
PIPE_ROW_OPEN = compile_regex(r"^[^|\s][^|]*(?:\s\|\s[^|]*){3,}[^|\s]$")
# 时间安排|工作内容|主责站所|协助单位   (a header written with bars and no space around them, no outer bars: four
#   names at least; not 县教育局|县财政局 nor |序号|任务|)
PIPE_ROW_BARE = compile_regex(r"^[^|\s][^|]*(?:\|[^|\s][^|]*){3,}$")
# |---|:---:|---|   (the rule under a pipe table's header)
PIPE_RULE = compile_regex(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$")

# the notice's own place, from its title or issuer: 2023年青田区政府工作报告 -> 青田 (区),
# 丽水市青田县人民政府办公室 -> 青田 (县), 云溪省人民政府办公厅 -> 云溪 (省), 白石州人民政府 -> 白石 (州); its units
# named after it take no level (青田邮政管理局, 云溪证监局, 云溪金融监管局); a town's, 棠溪镇人民政府 -> 棠溪 (镇):
# 棠溪消防救援站 after 镇应急办 in a list is named after it, never 镇棠溪消防救援站
NOTICE_PLACE = compile_regex(
    r"(?<=^|[\d年月日的、省市州县区旗])(?![年月日的各])(?P<place>\p{Han}{2,3}?)(?P<level>县|区|市|旗|州|盟|省|镇|乡)(?:人民)?政府"
)


# 协同整改单位：县水利局   配合单位:县财政局: a colon inside what was read as a unit's name, before any bracket, the
# end of a label the parser did not read (a unit's name never holds one; a note in a bracket after the name,
# 县住建局（责任人：周强）, 县住建局【责任人：周强】, 县住建局〔联系人：李四〕, 县住建局[责任领导:赵六], is read apart)
LABEL_IN_UNIT = compile_regex(r"^[^（()）【】〔〕\[\]［］]*?[:：]")

# --- assignments (roles and deadlines) -------------------------------------------


# Column names, assignment labels, role verbs and unit words live in bundled/vocabulary.yaml;
# the names below are built from it on first use (see __getattr__ at the end), so that
# importing this module reads no file.
COLUMN_ROLES: dict[str, str]
SUB_PARTNER_COLUMNS: dict[str, str]
TASK_COLUMN_WORDS: tuple[str, ...]
VALUE_COLUMNS: frozenset[str]
REMARK_COLUMNS: frozenset[str]
UNIT_GROUP_COLUMNS: frozenset[str]
DEADLINE_COLUMNS: frozenset[str]
PROBLEM_COLUMNS: frozenset[str]
PROGRESS_CELL: Pattern
COLUMN_QUALIFIER: Pattern
OWNED_COLLECTIVE: Pattern
PERIOD_BEFORE_NAME: Pattern
YEAR_BEFORE_NAME: Pattern
LABEL_ROLES: dict[str, str]
VERB_ROLES: dict[str, str]
ROLE_LABEL: Pattern
DUE_LABELLED_AFTER: Pattern
LABEL_ALONE: Pattern
LABEL_ANYWHERE: Pattern
LABEL_UNKNOWN: Pattern
LABEL_IS_UNITS_AT_END: Pattern
LABEL_AFTER_SPACE: Pattern
UNITS_ARE_ROLE: Pattern
LABEL_IS_UNITS: Pattern
VERBS: tuple[str, ...]
MEASURE_WORD: Pattern
NOT_A_UNIT: Pattern
DUE_CLOSINGS: tuple[str, ...]
BARE_LABELS: frozenset[str]
DUE_AFTER_UNITS: Pattern
SCORING_COLUMNS: frozenset[str]


def _by_word(section: dict[str, list[str]]) -> dict[str, str]:
    """word -> role, from a section of the vocabulary listing the words of each role."""
    return {word: role for role, words in section.items() for word in words}


def _built(names: dict[str, Any]) -> dict[str, Any]:
    """The names a builder below defines (constants are upper case), without its working variables."""
    return {name: value for name, value in names.items() if name.lstrip("_").isupper()}


class _LabelRoles(dict[str, str]):
    """label -> role: the vocabulary's labels, and those worded their own way read by their words
    (牵头推进单位 -> lead, 协调单位 -> partners, 督办领导 -> leaders, 牵头督查单位 -> supervisors)."""

    def __init__(self, known: dict[str, str], composed: Pattern, words: dict[str, list[str]]) -> None:
        super().__init__(known)
        self._composed, self._words = composed, words

    def _composed_role(self, label: str) -> str | None:
        if not isinstance(label, str) or not self._composed.fullmatch(label):
            return None
        if label.endswith(tuple(self._words["leaders"])):
            return "leaders"
        for role in ("supervisors", "lead", "partners"):  # (a word of supervision first: 牵头督查单位)
            if any(word in label for word in self._words[role]):
                return role
        return None

    def __missing__(self, label: str) -> str:
        role = self._composed_role(label)
        if role is None:
            raise KeyError(label)
        return role

    def __contains__(self, label: object) -> bool:
        return super().__contains__(label) or self._composed_role(label) is not None  # type: ignore[arg-type]

    def get(self, label: str, default: Any = None) -> Any:
        if label in self:
            return self[label]
        return default

    def with_labels(self, more: dict[str, str]) -> _LabelRoles:
        return _LabelRoles({**self, **more}, self._composed, self._words)


@cache
def _assignment_words() -> dict[str, Any]:
    vocabulary = read_bundled("vocabulary.yaml")
    # 主要任务 -> task, 牵头单位 -> lead, 完成时限 -> due
    # 目标任务和工作要求 -> the task column of a header that names no plainer one (words it holds among others)
    TASK_COLUMN_WORDS = tuple(vocabulary["task_column_words"])
    COLUMN_ROLES = {
        **{
            charge + level + "领导": "leaders"
            for charge in vocabulary["leader_column_charges"]
            for level in ("", *vocabulary["leader_column_levels"])
        },
        **_by_word(vocabulary["columns"]),
    }
    # 单位, 年度目标, 评分部门 -> a column of an assessment list that names no unit (in a header one name a line)
    VALUE_COLUMNS = frozenset(vocabulary["value_columns"])
    # 备注 -> a column of remarks, empty in most rows (in a header one name a line)
    REMARK_COLUMNS = frozenset(vocabulary["remark_columns"])
    # 责任分工 -> a first header row's cell spanning the units columns the second row names (牵头单位 / 配合单位)
    UNIT_GROUP_COLUMNS = frozenset(vocabulary["unit_group_columns"])
    # 参与 -> 参与单位: a short partners column name, only under a spanning cell in a header's second line
    SUB_PARTNER_COLUMNS = dict(vocabulary["sub_partner_columns"])
    # 完成时限 -> the deadline of a header with two due columns (进度安排 … 完成时限)
    DEADLINE_COLUMNS = frozenset(vocabulary["deadline_columns"])
    # 问题 -> a rectification list's problem, read with the measure after it as the task's text
    PROBLEM_COLUMNS = frozenset(vocabulary["problem_columns"])
    # 分值, 评分标准 -> a scoring rubric's columns (考核评分细则): without a units column, no task table
    SCORING_COLUMNS = frozenset(vocabulary["scoring_columns"])
    # 已完成5公里   正在开展工可研究   推进中: a progress cell, by the words it opens with
    PROGRESS_CELL = compile_regex("^(?:" + "|".join(sorted(vocabulary["progress_words"], key=len, reverse=True)) + ")")
    # 责任股室 / (单位): a column name's bracketed qualifier scraped on a line of its own
    COLUMN_QUALIFIER = compile_regex(r"\([^()]{1,6}\)")
    # 四季度进展情况, 上半年完成情况, 10月份落实情况, 1-11月推进情况, 分月序时进度, 目前完成情况: the period a
    # progress column reports on (or its step, by month or by quarter), before its name
    PERIOD_BEFORE_NAME = compile_regex(
        r"(?:目前|当前|截至目前|截止目前|第?[一二三四1-4]季度|[上下]半年|全年|\d{1,2}月份?|本月|本季度|分月|分季度|\d{1,2}-\d{1,2}月份?)(?=..)"
    )
    # 2024年目标进度   2025年度完成时限   (the year a deadline column is for, before its name; not 2018年度, a year's
    # target column alone, nor 年度目标)
    YEAR_BEFORE_NAME = compile_regex(r"(?:19|20)\d{2}年度?(?=..)")
    # 牵头单位 -> lead, 牵头领导 -> leaders   (labelled lines and annotation segments)
    LABEL_ROLES = _by_word(vocabulary["labels"])
    # 牵头 -> lead, 配合 -> partners   (县水务局牵头，县财政局配合)
    VERB_ROLES = _by_word(vocabulary["verbs"])
    # labels that are words of prose too (责任：各乡镇要落实属地管理责任): roles only before a list of units
    BARE_LABELS = frozenset(vocabulary["bare_labels"])
    # a completion phrase a deadline cell may close with, after its one time: 2016年6月底前取得阶段性成果
    DUE_CLOSINGS = tuple(sorted(vocabulary["due_closings"], key=len, reverse=True))

    # 牵头推进单位   主抓部门   责任牵头部门   牵头督查单位   督办领导: a label worded its own way, its role
    # read from its words (LABEL_ROLES answers for it too)
    _WORDS = vocabulary["label_words"]
    _CORES = [*_WORDS["lead"], *_WORDS["partners"], *_WORDS["supervisors"]]
    # 牵头区领导   分管县级领导   联系市领导: a leaders' label naming its level (people, as the leader columns')
    _LEADERS_OF_A_LEVEL = (
        f"(?:{'|'.join(vocabulary['leader_column_charges'])})(?:{'|'.join(vocabulary['leader_column_levels'])})"
        f"(?:{'|'.join(_WORDS['leaders'])})"
    )
    _COMPOSED = (
        f"(?:(?:{'|'.join(_WORDS['openers'])})?(?:{'|'.join(_CORES)})(?:{'|'.join(_WORDS['acts'])})?"
        f"(?:{'|'.join([*_WORDS['endings'], *_WORDS['leaders']])})|{_LEADERS_OF_A_LEVEL})"
    )
    LABEL_ROLES = _LabelRoles(LABEL_ROLES, compile_regex(_COMPOSED), _WORDS)
    # 牵头单位:县交通运输局   完成时限:2019年12月底前   (labelled line, or a segment of an annotation)
    _LABELS = "|".join(sorted(LABEL_ROLES, key=len, reverse=True)) + "|" + _COMPOSED
    # (the colon may be a space on a line of its own: 牵头单位 县交通运输局; a label may be in square
    # brackets instead, 〔牵头单位〕县交通运输局 (【】 folded), or carry a short note, 责任单位(部门):县交通运输局)
    _LABEL_NOTE = r"(?:\s*\([^()]{1,8}\))?"
    ROLE_LABEL = compile_regex(
        rf"^(?P<open>〔\s*)?(?P<label>{_LABELS})(?(open)\s*〕\s*|{_LABEL_NOTE}(?:\s*:\s*|\s+))(?P<value>.*)$",
        regex.DOTALL,
    )
    # a deadline labelled after an item's annotation, all that is left of its text (folded):
    # …(牵头单位:区数据局)完成时限:一季度   …(牵头单位:区应急局)。时限要求:2025年5月底前。
    _DUE_LABELS = "|".join(sorted(vocabulary["labels"]["due"], key=len, reverse=True))
    DUE_LABELLED_AFTER = compile_regex(
        rf"[\s,;。.]*(?:〔\s*(?P<label>{_DUE_LABELS})\s*〕\s*|(?P<label>{_DUE_LABELS})\s*:\s*)"
        r"(?P<value>[^()\n:;,。]{1,30}?)[\s,;。.]*$"
    )
    # 牵头单位   配合单位:   〔配合单位〕   (a label alone on its line; the units follow on the next line)
    LABEL_ALONE = compile_regex(rf"^(?P<open>〔\s*)?(?P<label>{_LABELS})(?(open)\s*〕|{_LABEL_NOTE}\s*:?)$")
    # where a labelled segment starts inside an annotation: 牵头单位:A;配合单位:B   〔牵头单位〕A〔配合单位〕B (not
    # A〔牵头〕、B   A、B〔牵头〕: a role marked after its unit, UNIT_ROLE_MARK, nothing after it before the list goes on)
    LABEL_ANYWHERE = compile_regex(
        rf"(?P<open>〔\s*)?(?P<label>{_LABELS})(?(open)\s*〕(?!\s*(?:[、,;)]|$))|{_LABEL_NOTE}\s*:)"
    )
    # 推进单位:市国资委 opening a clause of an annotation: a label the vocabulary lacks and no role word makes
    # (the units are read as responsible, the label warned)
    LABEL_UNKNOWN = compile_regex(rf"^\s*(?P<label>\p{{Han}}{{2,6}}(?:{'|'.join(_WORDS['endings'])}))\s*:\s*")
    # an item's last clause naming its units with 为 and, after a comma, its deadline (folded):
    # 开展教师全员培训,责任单位为市教育局,2025年12月底前完成。   …,牵头单位为县水务局。
    LABEL_IS_UNITS_AT_END = compile_regex(
        rf",\s*(?P<label>{_LABELS})(?:均|统一)?为(?P<units>[^,;。:]{{2,60}}?)(?:,\s*(?P<due>[^,;。:]{{2,24}}))?\s*[。;]?\s*$"
    )
    # a second label on a labelled line, after a space: 责任单位:县人社局　完成时间:全年
    LABEL_AFTER_SPACE = compile_regex(rf"\s+(?P<label>{_LABELS})\s*:")
    # units named as a role: 县水务局为牵头单位   县财政局、县林业局为配合单位
    UNITS_ARE_ROLE = compile_regex(rf"^(?P<units>.+?)(?:为|是|作为)(?P<label>{_LABELS})$")
    # a role's label naming its units with 为 or 是, opening a clause of an annotation (folded):
    # 责任单位为县司法局   牵头单位是县发改局   配合单位均为各乡镇人民政府   (not 责任单位要…: no 为 after the label)
    LABEL_IS_UNITS = compile_regex(rf"^(?P<label>{_LABELS})(?:均|统一|分别)?(?:为|是)(?P<units>[^,;。:]{{2,80}})$")
    # 时间:2025年9月 on the line after a block's labelled units: its deadline; the word labels nothing
    # elsewhere, so it is in none of the label patterns above, only in LABEL_ROLES (for the block's labels)
    _DUE_AFTER = "|".join(sorted(vocabulary["due_labels_after_units"], key=len, reverse=True))
    DUE_AFTER_UNITS = compile_regex(rf"^(?P<label>{_DUE_AFTER})\s*:\s*(?P<value>\S.*)$")
    LABEL_ROLES = LABEL_ROLES.with_labels(dict.fromkeys(vocabulary["due_labels_after_units"], "due"))
    # role verbs, longest first: 县水务局牵头   县财政局配合   各乡(镇)负责落实
    VERBS = tuple(sorted(VERB_ROLES, key=len, reverse=True))
    # 辆环卫车辆   处公厕   年   (a measure word after a number: it counts, it numbers no item; not 处理好…)
    _MEASURE = vocabulary["measure_words"]
    _COUNTS = "|".join(sorted(_MEASURE["counts"] + _MEASURE["amounts"], key=len, reverse=True))
    MEASURE_WORD = compile_regex(rf"(?!{'|'.join(_MEASURE['not_counts'])})(?:{_COUNTS})")
    # 同步实施节水灌溉   县推进农田建设   第2条新建高标准农田   整治农田1.2万亩: the text of a task read as a unit's
    # name (by a verb of work or an article's number opening it, or a count no unit has in it: not 3家运营商); tried only on a name that
    # ends as no unit does and is no registry's (not 县农发行, 榆泽一中, 各燃气企业, 县委组织部)
    _WORK_VERBS = "|".join(sorted(vocabulary["work_verbs"], key=len, reverse=True))
    _NOT_UNIT_COUNTS = "|".join(sorted(vocabulary["not_unit_counts"], key=len, reverse=True))
    NOT_A_UNIT = compile_regex(
        rf"^(?:第\s*(?:{_CN}|\d{{1,3}})\s*[条项]|[省市州县区镇乡]?(?:{_WORK_VERBS}))"
        rf"|\d\s*(?:{_NOT_UNIT_COUNTS})|\d\s*[^\d\s]{{0,2}}以上"
    )
    return _built(locals())


# a notice's note that the first unit of each list leads: 责任单位排在第一位的为牵头单位
# 列第一位的为牵头部门   排在首位的是牵头单位   列第一位者为牵头单位   排名第一的为牵头单位
# 列第一位为牵头或汇总单位
# 第一个单位为牵头单位   首位单位为牵头单位   责任单位中排序第一的为牵头部门   由所列第一个单位牵头。   (not 全省第一个牵头成立…)
# 列第一位者为工作牵头单位或汇总单位   排在首位的为整改牵头单位   第一责任单位为牵头单位
# 排在第一位的为牵头处室 (a department's own offices: 处室, 科室, 股室)
# 前者为牵头单位 (the former of two named, opening its clause: （县投资促进中心、县行政审批局，前者为牵头单位）)
# 责任单位（牵头单位、配合单位） (a table's units column naming its cells' roles, the lead first)
# 排在首位的牵头负责   列第一位的牵头   (the role's verb after the place, no 单位 named, the place opening its
# clause or after 所列单位中; not 将企业诉求排在首位的牵头: a thing ranked first, no note on units)
FIRST_UNIT_LEADS = compile_regex(
    r"(?:(?:排|列|位列|名列)(?:在|名|序)?\s*(?:第一位?|第1位?|第一个|首位)|第一个|首个|第一(?=责任(?:单位|部门))"
    r"|首位(?=(?:责任)?(?:单位|部门)(?:为|是|系)牵头)"
    r"|(?<=(?:^|[,;。(])\s*)前者)(?:的|者)?(?:责任)?"
    r"(?:(?:单位|部门|处室|科室|股室)?(?:为|是|系)(?:工作|整改)?牵头(?:或汇总)?(?:单位|部门|处室|科室|股室)"
    r"|(?:单位|部门)牵头(?=$|[,;。)])"
    r"|(?<=(?:^|[,;。:(]|单位中|部门中|所列\p{Han}{0,4}中)\s*(?:排|列)(?:在|名|序)?\s*(?:第一位?|第1位?|首位)[的者])"
    r"牵头(?:负责)?(?=$|[,;。)]))"
    r"|责任(?:单位|部门)\((?:牵头|主责)(?:单位|部门)\s*[、,/和及]\s*(?:配合|协办|参与|协同)(?:单位|部门)\)"
)
# a note on the first unit's lead that covers only the lists of several units (a task of one unit keeps it
# responsible, as 只列一个部门的，由该部门负责 says): 责任单位有多个的，   涉及多个部门的，   有两个以上责任单位的，
#   责任单位为2个及以上时   (before the note on its line; not 多个部门联合执法, no condition)
FIRST_NOTE_MANY_ONLY = compile_regex(
    r"(?:(?:责任)?(?:单位|部门)(?:有|为)|有|涉及|列有)(?:多个|多家|两个(?:及|或)?以上|2个(?:及|或)?以上)(?:责任)?(?:单位|部门)?"
    r"(?:的|时)"
)
# a note on the first unit's lead that names the other units partners (without it they stay responsible):
# 列第一位的责任单位为牵头单位，其他为配合单位   其余为配合部门   其他单位为配合单位   责任单位（牵头单位、配合单位）
# 其他单位按职责分工配合   其余部门配合   (a remark in a units list, never a unit: see departments._is_remark)
FIRST_NOTE_OTHERS_PARTNERS = compile_regex(
    r"(?:其他|其它|其余|余下|其后)(?:的)?(?:责任)?(?:单位|部门|处室|科室|股室)?\s*(?:均)?(?:为|是|系)\s*(?:配合|协办|参与|协同)"
    r"|(?:其他|其它|其余|余下)(?:的)?(?:责任)?(?:单位|部门|处室|科室|股室)\s*(?:均)?(?:按照?(?:各自)?职责(?:分工)?)?"
    r"(?:配合|协办|参与|协同)"
    r"|\((?:牵头|主责)(?:单位|部门)\s*[、,/和及]\s*(?:配合|协办|参与|协同)(?:单位|部门)\)"
)
# a notice's note that its 责任单位 is each task's main unit, its 配合单位 the others: the units under 责任单位
# lead (将各项任务的主要负责单位确定为责任单位   主要负责单位为责任单位   各责任单位要统筹抓总   责任单位负责牵头抓总
# 各承办单位为督办事项的牵头责任单位: the units under 承办单位 lead)
RESPONSIBLE_UNIT_LEADS = compile_regex(
    r"主要负责(?:单位|部门)(?:确定|明确|列)?为责任(?:单位|部门)|责任(?:单位|部门)(?:要|负责)?(?:统筹|牵头)?抓总"
    r"|(?:承办|主办|主责)(?:单位|部门)(?:均)?(?:为|是)[^。;,]{0,12}?牵头责任(?:单位|部门)"
)
# a units column's name listing the roles its cells hold, the lead first: 责任单位（牵头单位、配合单位）
# 责任部门(牵头部门/配合部门)   (the name before the bracket is the column's; its first unit leads)
COLUMN_ROLES_QUALIFIER = compile_regex(
    r"\((?:牵头|主责)(?:单位|部门)\s*[、,/和及]\s*(?:配合|协办|参与|协同)(?:单位|部门)\)$"
)
# a note that a task's only unit leads it: 只列一个单位的，该单位为牵头单位   只列一个单位的为牵头单位
# 仅有一个责任单位的即为牵头单位   只有一个部门的，由该部门牵头
SINGLE_UNIT_LEADS = compile_regex(
    r"(?:只|仅)(?:列|有|列出|明确|写)?(?:一个|1个|一家)(?:责任)?(?:单位|部门)的\s*,?\s*"
    r"(?:(?:该|此|即)(?:单位|部门)?)?\s*(?:即|均)?(?:为|是|作为)?(?:由该(?:单位|部门))?牵头"
)
# a note that a task's only unit is responsible for it, neither lead nor partner: 只列一个部门的，由该部门负责
# 仅列一个单位的，由其负责   只有一个单位的为责任单位
SINGLE_UNIT_RESPONSIBLE = compile_regex(
    r"(?:只|仅)(?:列|有|列出|明确|写)?(?:一个|1个|一家)(?:责任)?(?:单位|部门|处室|科室|股室)的\s*,?\s*"
    r"(?:(?:由|即由)?(?:该|此|其)(?:单位|部门|处室|科室|股室)?(?:单独|独立)?负责|(?:即|均)?(?:为|是)责任(?:单位|部门))"
)
# a note that the tasks are listed under the unit that leads them (the unit's name is their heading):
# 各项任务列于其牵头部门名下   任务列在牵头单位之下   按牵头单位分列各项任务   标题所列单位为牵头单位
#   各单位对列于本单位名下的任务牵头负责   各单位名称下所列任务由该单位牵头
LISTED_UNDER_LEAD = compile_regex(
    r"(?:列于|列在|列入|归入|置于)(?:其|各|相应|所属)?牵头(?:单位|部门)(?:名下|之下|项下)"
    r"|按牵头(?:单位|部门)(?:分列|列出|归类)"
    r"|(?:标题|小标题)所列(?:的)?(?:单位|部门)(?:为|是|即为)牵头(?:单位|部门)"
    # 各单位对列于本单位名下的任务牵头负责   其名下各项工作由该部门牵头
    r"|名下(?:的)?(?:各项)?(?:任务|工作)\p{Han}{0,6}?牵头"
    # 各单位名称下所列任务由该单位牵头: the tasks under each unit's name
    r"|(?:名称|名字)下(?:所列|列出)?的?(?:各项)?(?:任务|工作)\p{Han}{0,6}?牵头"
)
# a note that a unit marked with a star leads: 标*的为牵头单位   带★号的单位为牵头单位   注有“※”的为牵头部门
STAR_MARKS_LEAD = compile_regex(
    r"(?:标注?|带|注有?|加|有)\s*[“\"]?[*★☆※][”\"]?\s*号?(?:的|者)?(?:单位|部门)?(?:为|是)牵头(?:单位|部门)"
)
# a note that a unit marked 牵头 in brackets leads (folded): 标注“(牵头)”的为牵头单位   标有(牵头)字样的为牵头部门
# 注明“牵头”的单位为牵头单位   标注“(牵头)”的单位负责统筹协调   (not 各牵头单位要制定计划; not 标注“(牵头)”: no role said)
LEAD_MARK_NOTE = compile_regex(
    r"(?:标注?|标有|注明|注有|带有?|加注)\s*[“\"‘']?\s*\(?\s*牵头\s*\)?\s*[”\"’']?\s*(?:字样)?(?:的|者)"
    r"(?:单位|部门|处室|科室)?(?:(?:为|是)牵头(?:单位|部门|处室|科室)|负责(?:统筹协调|牵头抓总|统筹推进)|牵头抓总)"
)
# a unit's own duty in brackets after its name (folded): 县财政局(负责资金保障)   县公安局(做好交通疏导)
# 县住建局(具体实施)   (not 县公安局(牵头): a role mark; not 各村(社区), 县发改局(粮食局): names)
UNIT_OWN_DUTY = compile_regex(
    r"\((?:[^()]{0,12}?)(?:负责|做好|承担|抓好|保障|落实|实施|提供|督促|指导|统筹|协调)[^()]*\)$"
)
# a note on what a star means, whatever it says (a star with no such note on a unit marks its lead):
# 注：标*的为新增任务   *为省级任务
STAR_MEANS = compile_regex(r"[*★☆※][”\"]?\s*号?\s*(?:的|者|项)?\s*(?:单位|部门|任务|工作)?\s*(?:为|是|表示|系)")
# what no unit's name holds (folded): a sentence's stop, a colon, a semicolon, a mark, a figure
NOT_IN_A_NAME = compile_regex(r"[。:;!?\d]")
# the stars a unit may be marked with, as written (before folding, which makes ＊ *)
STARS = "*＊★☆※▲"
# the star a unit is marked with: 县水务局*   ★县财政局
STAR_MARK = compile_regex(r"^\s*[*★☆※▲]+\s*|\s*[*★☆※▲]+\s*$")
# a note that the brackets after a unit name a person: 责任单位后括号内为项目责任人   括号中为责任领导
# 括号内是具体负责人   （）内为联系人   (folded: brackets read as ASCII)
BRACKET_IS_PERSON = compile_regex(
    r"(?:括号|\(\))(?:内|中|里)?(?:的|所列)?(?:为|是|系)(?:项目|具体|工作)?(?:责任人|负责人|联系人|责任领导|分管领导)"
)
# a post a bracket closes on, naming a person, never a unit's role (负责 here is a noun, no role verb):
# (某社区居委会负责人)   (县教育局主要负责同志)   (镇财政所分管负责人)   (县卫健局负责人员)
POST_OF_PERSON = compile_regex(r"(?:主要|分管|具体)?负责(?:人员?|同志)$")
# a person's name in brackets closing a unit's name: 县住房城乡建设局(周明)   县民政局（郑丽、孙立）
PERSON_IN_BRACKETS = compile_regex(r"\s*[(（](?P<people>\p{Han}{2,4}(?:[、,，]\p{Han}{2,4})*)[)）]\s*$")
# a person named under a leaders label with the unit they head: 县住房城乡建设局局长赵明   县财政局副局长
# 县发展改革局党组书记、局长: the unit is the unit responsible, the post and the name the leader
UNIT_POST_NAME = compile_regex(
    r"^(?P<unit>\p{Han}{2,24}?)(?P<person>(?:党组|党委|党工委)?(?:常务)?副?"
    r"(?:局长|主任|书记|部长|处长|科长|股长|站长|所长|院长|队长|组长|主席|总经理|经理|秘书长|行长|校长|馆长|社长|会长)"
    r"(?:[、,]?(?:常务)?副?(?:局长|主任|部长|院长|站长|所长))?\p{Han}{0,3})$"
)
# a note that every unit of a task without a lead leads it: 无牵头单位的，责任单位即为牵头单位
# 未明确牵头单位的，所列单位均为牵头单位   没有牵头单位的，责任单位均为牵头单位
UNITS_LEAD_WITHOUT_LEAD = compile_regex(
    r"(?:无|未(?:明确|注明|标明|列明)|没有(?:明确)?|不设)牵头(?:单位|部门)的\s*[,，]?\s*"
    r"(?:所列|列出的|各|其)?(?:责任|所列)?(?:单位|部门)(?:即|均|都|共同)?(?:为|是|作为)牵头(?:单位|部门)"
)
# an event a heading names, which ends in 会 as a unit's name does but is never a unit: any name in 会 but the
# bodies named so (委员会 管委会 工会 协会 商会 联合会 妇联会 学会 研究会 促进会 基金会 理事会 红十字会 总会 分会…)
# 举办全县第五届全民运动会   文艺晚会   迎春书画展览会   新春团拜会   元宵灯会   骨干培训会   全县安全生产大会
# (not 县妇联会, 县体育总会, 县红十字会, 县安委会, 县总工会, 县个体劳动者协会, 县人民代表大会)
EVENT_NAME = compile_regex(
    r"(?<!委员|委|工|协|商|联合|联|学|研究|促进|基金|理事|董事|监事|十字|总|分|联谊|同乡|代表大|议|教|社|公)会$"
)
# the heading of a plan's chapter on its background or frame, which assigns no work: 第一章 发展基础
# 一、发展现状   面临的形势   指导思想   总体要求   基本原则   发展目标   工作目标   建设目标   第一章 总则   第三章 附则
# 整治范围   适用范围 (where a campaign applies)   其他事项 (as 附则)   (not 主要任务, 目标任务, 保障措施, 扩大覆盖范围, 工作范围,
# 实施范围, 检查范围: headings that may hold work)
FRAME_HEADING = compile_regex(
    r"^(?:总\s*则|附\s*则|其他事项|其它事项)$"
    r"|^(?:规划|编制|发展|工作)?(?:基础|现状|背景|环境|形势|回顾)(?:与|和)?(?:形势|挑战|机遇|问题)?$"
    r"|^(?:面临|当前)的?(?:形势|挑战|问题)|^(?:指导思想|总体要求|总体思路|基本原则|重要意义|编制依据|规划范围|规划期限)"
    r"|^(?:发展|主要|总体|规划|工作|建设)目标$"
    r"|^(?:整治|治理|适用)范围$"
)
# a clause framing the sentence before the units and their roles, which still open it: 在县委统一领导下，
# 县生态环境局负责…   在市政府的统筹指导下，由市发改委牵头…
FRAME_BEFORE_ROLES = compile_regex(r"^在\p{Han}{2,24}?(?:领导|指导|统筹|部署|组织|协调)下$")
# a sentence of a line, up to and with its 。 (the last may have none): 开展排查。   县财政局负责
SENTENCE = compile_regex(r"[^。]+。?")
# a point of a paragraph numbered 一是, 二是…, opening the text or a sentence or clause:
# 一是开展专项活动。二是加强援助，年底前完成。   …工作：一是推行…；二是推进…
IS_POINT = compile_regex(r"(?:^|(?<=[。;:\n]))\s*(?P<point>[一二三四五六七八九十]{1,2}是)(?!否|非)")
# a rectification measure's label, before the measure (folded): 整改措施:   整改意见:   处理意见:
_MEASURE_LABEL = r"(?:整改措施|整改意见|整改要求|处理意见|处置措施|处理措施)\s*:\s*"
# an adverb before the 由 of a clause giving roles: 具体由县文体局负责   统一由县财政局拨付
ADVERB_BEFORE_BY = compile_regex(r"(?:具体|统一|主要|均|全部)(?=由)")
# the same after what the clause is about, in a run of roles: 所需经费均由县财政局负责，县文体局牵头
# or the work of the items before it, named as a whole: 上述工作由县商务局牵头   以上2项任务由…   此项工作均由…
# 该事项由…
_WORK_BEFORE_BY = (
    r"(?:(?:上述|以上|前述|此项|该项|本项|以下)(?:各项|\d+项|[一二三四五六七八九十两]项)?(?:工作|任务|措施|事项)?"
    r"|(?:此|该|本)(?:事项|任务|工作))(?:具体|统一|主要|均|全部)?(?=由)"
)
# or the work the clause is about, named as a thing's work (…的修复, …的建设) right before 由: 水毁道路、堤防等设施
# 的修复由镇建设办牵头实施   项目的日常维护由县水利局负责   (not 由县水利局负责…: no subject; not 县水利局的由…)
_WORK_OF_THING_BEFORE_BY = r"[^,;:。由的]{2,16}的\p{Han}{2,4}(?=由)"
_KIND_OF_WORK_BEFORE_BY = r"(?!(?:有关|相关|其他|其它)工作)\p{Han}{2,8}?工作(?:具体|统一|主要|均|全部)?(?=由)"
SUBJECT_BEFORE_BY = compile_regex(
    r"\p{Han}{1,6}?(?:具体|统一|主要|均|全部)(?=由)|" + _WORK_BEFORE_BY + "|" + _WORK_OF_THING_BEFORE_BY
)
# the work of the item named as a whole before the 由 of a sentence of roles closing it, no unit and no work of
# its own: 此项任务由市卫健委牵头、市民政局参与   上述工作均由县商务局负责 (not 所需经费均由…: the funding is work)
#   以下任务由区民政局牵头 (a heading's, over the items under it)
WORK_BEFORE_BY = compile_regex(_WORK_BEFORE_BY)
# the kind of work the item's roles are about, named with 工作 before 由 (read only where every unit after it is a
# named office): 巡河工作由镇水利站统一安排   日常管理工作由县水利局负责   防汛相关工作由县水利局负责   (not 所需经费由…,
# 考核由…, nor the bare reference to work, 有关工作由…, 相关工作由…)
KIND_OF_WORK_BEFORE_BY = compile_regex(_KIND_OF_WORK_BEFORE_BY)
# words closing clauses apart by ；that give them one deadline together (folded): 均于6月底前完成   均在年底前
# 分别于…   都要于…   二者同步推进，9月底前全部完成 (a closing sentence over both)   (not 于6月底前完成: the last
# clause's own)
SHARED_DEADLINE = compile_regex(r"(?:均|都|分别|同时|统一)(?:须|需|要|应)?(?:于|在)|[二两]者|全部完成")
# a party named by how it was hired, no office of its own (folded): 中标公司   第三方机构   承包单位   物业服务企业
# 专业保洁队伍   第三方   (not 县供电公司, 溪桥城投公司: companies with names)
UNNAMED_PARTY = compile_regex(
    r"^(?:(?:中标|中选|第三方|承包|承建|施工|专业|物业|保洁|委托|受托|承接|合作|社会|服务|运营)\p{Han}{0,4}?"
    r"(?:公司|企业|机构|单位|队伍|团队|组织)|第三方)$"
)

# a piece read as a unit's name that opens with the work done, a meeting or an event ending like a unit's name
# (会): 召开全市创文推进会   举办全县招商推介会   组织召开动员大会 (no unit: the work of the task)
WORK_NAMED_AS_UNIT = compile_regex(r"^(?:组织)?(?:召开|举办|举行|召集|开展|组织)\p{Han}")
# words of prose that no unit's name holds, in a sentence that may be an assignment (以, but in 各地级以上市):
# 支持有条件的社区开设托育室   相关费用由县财政局(负责)   各部门要(配合)   企业对本单位(负责)   各区县人民政府于9月底前实现全程网办 (a
# deadline after a name, with 于 or 在 or by its month, then the work, which may end like a unit's name: 网办; not
# at the text's start, where a unit's name has ended: 于9月底前完成 after 会同县财政局 is the partners' work)
PROSE_IN_NAME = compile_regex(
    r"[由将把]|(?<!级)以|以(?!上市)|要(?!素)|对(?![外台口])|应当|负责人|^\s*[与并或及]|有条件的"
    # a verb of policy opening the words (支持有条件的社区开设托育室: the work, never a unit)
    r"|^\s*(?:支持|鼓励|推动|引导|加快|加强|建立|完善|实施)(?!办|中心|组|小组|专班)"
    r"|(?<=\p{Han})(?:[于在][^,;。]{1,12}?|(?<![于在])\d{1,2}\s*月(?:底|末|\d{1,2}\s*日)?)前\p{Han}"
)

# a recurring deadline: 每年   每年3月底前   每年年底前   每季度末   每学期开学前   每年汛前   每月10日前
# 每年春耕前   每年春节前 (a farming season or a holiday, as _EVENT names them)
_RECURRING = (
    r"每(?:年度?|季度|半年|月|学期|周|旬)(?:(?:年底|年末|\d{1,2}\s*月(?:份)?(?:\d{1,2}\s*日)?(?:底|末|上旬|中旬|下旬)?"
    r"(?:、\d{1,2}\s*月(?:份)?(?:\d{1,2}\s*日)?(?:底|末|上旬|中旬|下旬)?)*"
    r"|第?[一二三四]季度(?:末|底)?(?:、第?[一二三四]季度(?:末|底)?)*|季末|季度末|月底|月末|\d{1,2}\s*日|开学|汛期|汛"
    r"|春节|国庆节?|元旦|中秋节?|秋收|秋播|秋种|春耕|春播|夏收|夏种|夏播|麦收|三夏|三秋|底|末)"
    r"(?:前|以前|之前)?)?"
)
# (每年一季度、三季度, 每年3月、9月: the quarters or months of each year it names, all kept)
# a rectification fixed at once, as lists write it: 立行立改   即知即改   立知立改   即查即改   立查立改
_AT_ONCE = r"(?:立行立改|即知即改|立知立改|即查即改|立查立改)"
# a deadline that starts the work at once, as an annotation's piece opens: 立即启动   立即   立行立改
AT_ONCE_OPENING = compile_regex(r"^(?:立即|" + _AT_ONCE + ")")
# a deadline tied to an event or season, or starting now: 汛期前  春节前  开学前  暑假前  即日起  立行立改
# (a season keeps the trade it is the season of: 旅游旺季前  用电高峰期前; a holiday may be quoted: “五一”前;
# a farming season: 秋收前  秋播前  春耕前; a holiday not named, opening the piece: 节前, never 环节前)
_EVENT = (
    # (明年汛前, 次年春节前: the next year's, its word kept)
    r"(?:\d{4}\s*年|(?<![较比])(?:明年|次年|翌年))?"
    r"(?:(?<!\d)\d{1,2}\s*月份?(?=(?:春季|秋季)?(?:学期)?开学|主汛期|汛期|汛))?(?:主汛期|汛期|汛|春节|国庆节?|元旦|中秋节?"
    r"|秋收|秋播|秋种|春耕|春播|夏收|夏种|夏播|麦收|三夏|三秋|(?<!\p{Han})节"
    r"|“?五一”?(?:劳动节|节)?|劳动节|端午节?|清明节?|(?:春季|秋季)?(?:学期)?开学|(?:春季|秋季)学期|[寒暑]假|暑期"
    r"|供暖季?|采暖季?|雨季|枯水期|丰水期"  # (枯水期前: the low-water season, as river works write it)
    r"|冬季|秋冬季|(?:旅游|销售|消费)?旺季|(?:用电|用水|用气|供电|客流)?高峰期)(?:前|以前|之前)(?!后)"
    # (即日起至2025年10月, 即日起至12月底, 即日起至年底: from now to that end, both kept)
    r"|(?:自|从)?即日起(?:\s*(?:至|到|—+|-)\s*(?:\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?(?:年?底|年?末)?"
    r"|\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|末)?|年底|年末)(?:前|以前|之前)?)?|"
    + _AT_ONCE
    # a school term the work must be ready for, after 确保 / 力争 and before its use: 确保秋季学期投入使用
    # (not a term the work is done in: 秋季学期开展安全教育)
    + r"|(?<=确保|力争|争取)(?:\d{4}\s*年)?(?:春季|秋季)学期(?=(?:如期|按时|顺利)?(?:投入使用|交付使用|启用|投用|招生))"
)
# an event in a month that names it, dated at the month's end: 9月开学前   2025年6月汛期前
EVENT_IN_A_MONTH = compile_regex(r"(?<!\d)\d{1,2}\s*月份?(?:(?:春季|秋季)?(?:学期)?开学|主汛期|汛期|汛)")
# a date written in digits, as tables and annotations write it: 2025.10.31   2025.10   2025/12/31   2025-09-30
#   2025年10.31   (a month 1-12, a day 1-31, nothing numeric after it: not 2.5万元, 增长3.5%, 第1.2项, 3.1, a
#   version 2.1.3, 0731-1234567 nor an index number's /2023-00187)
_DIGIT_MONTH = r"(?:1[0-2]|0?[1-9])"
_DIGIT_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
# (its year, month and day named y, m, d for DIGIT_DATE, which reads them; no names where it is part of a larger pattern)
_DIGIT_DATE_NAMED = (
    rf"(?P<y>\d{{4}})(?:年(?P<m>{_DIGIT_MONTH})\.(?P<d>{_DIGIT_DAY})|\.(?P<m>{_DIGIT_MONTH})(?:\.(?P<d>{_DIGIT_DAY}))?"
    rf"|/(?P<m>{_DIGIT_MONTH})(?:/(?P<d>{_DIGIT_DAY}))?|-(?P<m>{_DIGIT_MONTH})(?:-(?P<d>{_DIGIT_DAY}))?)"
    r"(?!\.?\d|[%万亿千百元个项倍版])"
)
_DIGIT_DATE_BODY = _without_group_names(_DIGIT_DATE_NAMED)
_DIGIT_DATE = r"(?<![\d./\-])" + _DIGIT_DATE_BODY
# a deadline written in digits: 2025.10.31前   2025/12/31之前   2025.6底前   2025.6底   于2025.10.31完成 (于 no part of
# it)   2025.3-2025.6   2025.3—6   2025.3.1-3.31 (a range, both ends kept)
_DIGIT_DEADLINE = (
    rf"{_DIGIT_DATE}\s*(?:(?:(?:[—–~至到]+|-)\s*{_DIGIT_DATE_BODY}"
    rf"|(?:[—–~至到]+|(?<=[./]\d{{1,2}})-)\s*{_DIGIT_MONTH}(?:[./]{_DIGIT_DAY})?(?![\d.%年]))(?:底|末)?(?:前|以前|之前)?"
    rf"|(?:底|末|上旬|中旬|下旬)?(?:前|以前|之前)|底|末)|(?<=(?<![高低大小多少等])于){_DIGIT_DATE}"
)
# what follows 内 in a word that opens with it, so no 2025年内 before it (2025年内部审计): 内部 (not 部署: 2025年内部署),
# 内河 (not 河道), 内控 (not 控制), 内外贸, 内陆 (not 陆续), 内涝, 内蒙古; every other word after it is the work
# (2025年内设立); 年内 with no year before it is the notice's year whatever follows, as before this guard
_NOT_INNER_WORD = r"(?!部(?!署)|河(?!道)|控(?!制)|外贸|陆(?!续)|涝|蒙古)"
# a month in Chinese numerals (十月, 十二月), maybe its day, then its end or 前: 十月底前   十二月三十一日前   十月底
_CN_MONTH_DUE = (
    r"(?:十[一二]?|[一二三四五六七八九])月(?:(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?"
    r"(?:(?:底|末)(?:前|以前|之前)?|(?:前|以前|之前))"
)
# the same with its year (in digits or in numerals: 二〇二五年九月底前), or alone (not after a word ending in 一:
# 统一月底前报送)
_CN_MONTH_DEADLINE = (
    r"(?<![较比])(?:\d{4}|[一二][〇○零九][〇○零一二三四五六七八九]{2})\s*年"
    + _CN_MONTH_DUE
    + r"|(?<![\d年〇○零一二三四五六七八九十统唯第逐之同每单])"
    + _CN_MONTH_DUE
)
# a run of quarters, from the first to the last (its year before it, the last's maybe its own): 三季度至2025年第二季度
#   一至三季度   第三季度至第四季度   三、四季度   (not 第三季度: one quarter; not 第三季度起, 一至三季度相比)
_QUARTER_RUN = (
    r"第?[一二三四]\s*(?:季度)?\s*(?:[—–\-~至到]+|[、和])\s*(?:\d{4}\s*年)?第?[一二三四]\s*季度(?:末|底)?"
    r"(?:前|以前|之前)?(?!起|相比|同期|同比)"
)
# deadlines in a cell or in prose, as written
DEADLINE = compile_regex(
    # a school term with its year as the time of what is done then: 于2025年秋季学期完成…, 2025年春季学期前 (not
    # 2025年秋季学期开展…: the term the work is done in)
    r"(?<![较比])\d{4}\s*年(?:春季|秋季)学期(?:开学)?(?:前|以前|之前)?"
    r"(?=(?:基本|全面|全部|初步)?(?:完成|实现|建成|出台|印发|上线|启动|投用|投运)|[,;。)]|$)|"
    # X年11月底前, X年8月31日前: a template's placeholder for the year, kept as written (no year known)
    r"(?<![A-Za-z\d])X\s*年\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|末|上旬|中旬|下旬)?(?:前|以前|之前)|"
    # 10月上旬至下旬, 2026年6月中旬至9月下旬, 6月至9月中旬: a range one of whose ends is ten days of a month, both ends
    # kept (not cut to 10月上旬, 6月中旬)
    r"(?:\d{4}\s*年)?(?<!\d)\d{1,2}\s*月(?:上旬|中旬|下旬)\s*[—–\-~至到]+\s*(?:\d{1,2}\s*月)?(?:上旬|中旬|下旬|底|末)"
    r"(?:前|以前|之前)?|(?:\d{4}\s*年)?(?<!\d)\d{1,2}\s*月\s*[—–\-~至到]+\s*\d{1,2}\s*月(?:上旬|中旬|下旬)(?:前|以前|之前)?|"
    # 6月中下旬, 2026年6月上中旬: two ten days of a month written as one, both kept (not cut to 6月)
    r"(?:\d{4}\s*年)?(?<!\d)\d{1,2}\s*月(?:上中|中下)旬(?:前|以前|之前)?|"
    # 2024年3月1日至2024年6月30日, 2024年3月至6月, 2025年6-8月: a range of months or days, both ends kept
    r"\d{4}\s*年\d{1,2}\s*(?:月(?:\d{1,2}\s*日)?|(?=[—–\-~至到]+\s*\d{1,2}\s*月))起?\s*[—–\-~至到]+\s*"
    r"(?:\d{4}\s*年|次年|翌年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|末)?"  # (2025年11月至次年3月: into the next year)
    r"|(?:到|至)?\d{4}\s*年?\s*[—–\-~至到]+\s*\d{4}\s*年(?:(?:底|末)(?:前)?|,?\s*"
    r"(?!每年度?(?![\d第一二三四季月开汛底末年]))" + _RECURRING + r")?"
    # 2021—2023年, 2022年—2023年, 2024年至2025年每年3月底前 (2023—2025年每年创建…: the range; 每年 alone is how often)
    # 到2022年 (not 截至2023年底, 截止到2023年: how things stand then, no time of the work)
    r"|(?<!截|截止)(?:到|至)\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:年?底|年?末|上半年|下半年)?(?:前|以前|之前)?"
    # 于2024年9月底前 -> 2024年9月底前 (于 is no part of it); 不高于2017年 is a level, not a date
    r"|(?<=(?<![高低大小多少等])于)\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:年?底|年?末|上半年|下半年)?(?:前|以前|之前)?"
    # 2025年前三季度完成: the first three quarters of that year, as the time of what is done (ends with the third)
    r"|(?<![较比])\d{4}\s*年前[一二三]季度(?:末)?"
    r"(?=(?:基本|全面|全部|初步)?(?:完成|实现|建成|出台|印发|上线|启动|投用|投运)|[,;。)]|$)"
    # 2021年6月底前 (not 2025年前三季度, 2025年前两个月: the year's first quarters or months, not before it)
    r"|(?<![较比])\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:年?底|年?末|上半年|下半年)?(?:前|以前|之前)"
    r"(?![一二三四五六七八九十两]\s*(?:个|季度))"
    # the next year, with a time in it: 明年3月底前   明年一季度完成   明年上半年   明年底前   次年6月30日前   (not cut to
    # 3月底前, 年底前: the notice's year; not 明年起, 明年3月召开: no end of the work named; 今年 is the notice's year,
    # read as before without it)
    r"|(?<![较比])(?:明年|次年|翌年)(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|末|上旬|中旬|下旬)?(?:前|以前|之前)"
    r"|\d{1,2}\s*月(?:底|末|上旬|中旬|下旬)|年?(?:底|末)(?:前|以前|之前)?|上半年|下半年"
    r"|第?[一二三四]\s*季度(?:(?:末|底)(?:前|以前|之前)?|前|以前|之前"
    r"|(?=(?:基本|全面|全部|初步)?(?:完成|实现|建成|出台|印发|上线|启动|投用|投运))))"
    # 2022年底, 2022年6月底, 2020年年底前 (not 较2024年底: a comparison, no time of the work; not 截至2025年底: how
    # things stand then)
    r"|(?<![较比]|截至|截止|截止到|截止至)\d{4}\s*年(?:\d{1,2}\s*月)?(?:年?底|年?末|上半年|下半年)"
    # a month in Chinese numerals, as some counties write it: 2025年十月底前   十二月底前   十一月三十日前 (its end or a
    # day, then 前; not 十月份工作安排, 一月一次: no end named)
    r"|(?:" + _CN_MONTH_DEADLINE + r")"
    # 2025年年中, 2025年年中前, 2025年中前: the middle of that year, as the time of what is done (not 2025年中央…,
    # 2025年年中考核, 2025年中期评估: the year's mid-year review, a mid-term one)
    r"|(?<![较比])\d{4}\s*年(?:年中|中(?=前|以前|之前))(?:前|以前|之前)?"
    r"(?=(?:基本|全面|全部|初步)?(?:完成|实现|建成|出台|印发|上线|启动|投用|投运)|[,;。)]|$)"
    # a run of quarters, both ends kept (not cut to its first quarter): 2024年第三季度至2025年第二季度
    # 2024年一至三季度   第三季度至第四季度   2025年三、四季度   (not 较2024年一至三季度: a comparison)
    r"|(?<![较比])\d{4}\s*年" + _QUARTER_RUN + r"|(?<![较比\d年第])" + _QUARTER_RUN +
    # the end of a five-year plan as the time a target is reached: 到“十四五”末   至十四五期末   (not “十四五”期间 in
    # prose: the plan's span, the time it runs)
    r"|(?<![较比])(?:到|至)“?十[一二三四五六七八九]五”?(?:时期|期)?末"
    # a quarter in Latin letters with its year, as tables write it: 2024年Q3完成   2025Q4前   (not GB2024Q3, Q3 alone)
    r"|(?<![较比A-Za-z\d])\d{4}\s*年?\s*[Qq][1-4](?![\dA-Za-z])(?:\s*[—–\-~至到]+\s*[Qq][1-4](?![\dA-Za-z]))?"
    r"(?:末|底)?(?:前|以前|之前)?"
    # 2025年第四季度, 2025年三季度末前: a quarter with its year, as a half-year with its year (not 与2024年第二季度相比,
    # 较2024年第四季度下降: a comparison; 2025年第二季度起 is read with what follows it, P.DEADLINE_PHRASE)
    r"|(?<![较比])\d{4}\s*年第?[一二三四]\s*季度(?:末|底)?(?:前|以前|之前)?(?!起|相比|同期|同比)"
    r"|长期坚持|持续推进|持续开展|长期推进|常态化推进|分阶段推进|分阶段实施|" + _RECURRING + "|" + _EVENT +
    # a cycle written with 按 before the work done each time, as 每季度 is: 按季度更新   按月通报 (not 按月份)
    r"|按(?:季度|月)(?=更新|开展|报送|上报|通报|调度|公开|发布|检查|统计|汇总|督查|调整)"
    # without a year, as 工作要点 write them: 6月底前, 3月15日前, 三季度末, 上半年完成前, 年底前
    # a range of months without a year, the notice's: 5月至10月, 8—9月 (not 3至6个月, a length)
    # (not a season's months in a bracket after its name, 汛期（5月至9月）: the period meant, not a deadline)
    # (and days of months: 5月1日—6月30日, 5月20日至6月20日)
    r"|(?<![\d.年])(?<![期季节]\()\d{1,2}\s*(?:月(?:\d{1,2}\s*日)?)?\s*[—–\-~至到]+\s*\d{1,2}\s*月(?:\d{1,2}\s*日)?(?!\s*个|\d)"
    r"(?:底|末)?(?:前|以前|之前)?"
    r"|(?<!\d)\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|末|上旬|中旬|下旬)?(?:前|以前|之前)"
    r"|(?<!\d)\d{1,2}\s*月底"
    r"|(?<!\d)(?:\d{4}\s*年)?\d{1,2}\s*月(?:上旬|中旬|下旬)(?:前|以前|之前)?"  # 9月中旬, 2025年6月下旬 (as 6月底), 2025年11月中旬前
    r"|第?[一二三四]季度(?:末|底)(?:前|以前|之前)?|第?[一二三四]季度(?:前|以前|之前)"
    # a quarter alone, as the time of what is done then: 第三季度实现全覆盖, 二季度完成验收, 三季度全部开工,
    # 一季度集中开工项目40个, 三季度投入试运行
    r"|(?<![\d年])第?[一二三四]季度(?=(?:基本|全面|全部|初步)?(?:完成|实现|建成|出台|印发|上线|启动|投用|投运"
    r"|投入(?:使用|运行|试运行|运营)|通过))"
    # (begun then: 三季度全部开工, 一季度集中开工项目40个; not a start a time of its end follows, 二季度开工，四季度竣工,
    # which is read whole)
    r"|(?<![\d年])第?[一二三四]季度(?=(?:全部|全面|集中)?开工(?![,、]\s*(?:第?[一二三四]季度|上半年|下半年|\d)))"
    # (not 比2024年上半年下降10%, 较上半年提高, 较去年年底增长, 与上半年相比: a comparison, no time of the work)
    r"|(?<![较比](?:\d{4}\s*年|去年|上年|前年)?)(?:(?:年底|年末)(?:前|以前|之前)|上半年|下半年)(?!相比|同期|同比)"
    # 全年完成首轮评价: the whole year as the time of what is done (not 全年完成投资50亿元, a target's
    # number, and not 全年不少于4场)
    r"|(?<![\d年])全年(?=(?:基本|全面|全部|初步)?(?:完成|实现|建成)(?![^,;。]*\d))"
    # 年内建成 (not 三年内, 5年内: a span of years, a target's); 2025年内新增3个: within that year (not a word opening
    # with 内: 2025年内部审计, 内河航道, 内控体系, 内外贸)
    r"|(?<![\d一二三四五六七八九十两几数多])年内"
    r"|(?<![\d较比])\d{4}\s*年内"
    + _NOT_INNER_WORD
    # 年中完成, 年中前建成: the middle of the year, as the time of what is done (not 年中考核, 全年中)
    + r"|(?<![\d年今全本明当次每上下])年中(?:前|以前|之前)?(?=(?:基本|全面|全部|初步)?(?:完成|实现|建成|出台|印发|上线|启动|投用|投运)|[,;。)]|$)"
    r"|" + _DIGIT_DEADLINE  # 2025.10.31前, 2025/12/31之前, 2025.3-2025.6
)
# how often work is done, right after a time of the text (folded): that time is a campaign's window, when the work
# happens (6月至8月每周举办, 汛期内每日巡查, 7—9月期间每月通报), no deadline (not 6月至8月完成, 8月底前每村建成)
CAMPAIGN_CADENCE = compile_regex(r"^\s*(?:期间|内)?\s*每(?:周|月|日|天|旬|半月)")
# a space a PDF copy left inside a deadline, beside a number: 2016 年底前   2016—2017 年底前   2019年 6 月底前
# 出台后 2 个月   2016 年 6 底前 (a page that dropped 月) (a space between two deadlines stays:
# 2019年底前 2020年6月底前)
DUE_SPACE = compile_regex(
    r"(?<=\d)[ \u3000\u00a0]+(?=[年月日号个季底末])|(?<=[年月后至到—–\-])[ \u3000\u00a0]+(?=\d)"
    r"|(?<=\d月)[ \u3000\u00a0]+(?=[底末])"  # 5月 底前
)
# the last characters of a time a deadline cell names before a closing completion phrase (due_closings in
# the vocabulary): 2019年底前完成, 2017年8月份前完成, 出台后2个月完成, 年内建成 (not 2020年基本完成)
DUE_TIME_ENDS = "前底末月年日内"
# what else a cell names beside one time: a second time or a step after a separator (2024年6月底前完成立项，
# 12月底前完成验收), which keeps the cell whole
DUE_SEPARATORS = compile_regex(r"[,;、\s]")
# a sentence closing an annotation that speaks of the tasks after it, not of this one:
# 以下各项均需各县区政府落实，不再列出   以下同   此后各项不再单独列出
#   具体任务均涉及各市(州)人民政府，不再做分工，下同   各乡镇人民政府配合落实，下同 (a second sentence: the first
#   holds this task's units; not 列第一位者为牵头单位，下同, a note on the lead)
_LATER_OPENERS = ("以下", "以后", "此后", "下同", "后同")
LATER_TASKS_REMARK = compile_regex(
    r"^(?:" + "|".join(_LATER_OPENERS) + r")|不再(?:单独|另行|一一|逐条|逐项|重复)?(?:列出|标注|注明)"
    r"|不再(?:做|作)分工|^(?!.*(?:第一|第1|首位))(?=.*(?:涉及|负责|落实|配合|参与|协助)).*,\s*[下后]同$"
)
# the words one of which every LATER_TASKS_REMARK holds (a cheap test before it)
LATER_TASKS_REMARK_WORDS = (*_LATER_OPENERS, "不再")
# a list's collective summed up by 等, then 和 and one more unit: 能源局等省有关部门和各地级以上市人民政府
# (the collective names no unit; the unit after 和 is one of the list's); 等 alone before 和, as the State
# Council writes it: 民政部等和地方人民政府 (group collective: the collective, when written)
COLLECTIVE_THEN_AND = compile_regex(
    r"^(?P<named>\p{Han}.*?)等(?P<collective>(?:[省市州县区]直?)?(?:有关|相关|其他)?(?:[省市州县区]直)?(?:部门|单位))?"
    r"(?:和|以及|及)(?P<next>\p{Han}.+)$"
)
# the governments of every place of the level below, named after 等…和 as a unit: 等部门和各地   等部门和各乡镇
# (a bare collective noun there, 学校, 有关单位, names none)
EACH_PLACE = compile_regex(r"^各(?:地区?|乡镇|街道|镇|乡)$")
# the villages (and communities) of each place, in a town's notice a unit taking its share (folded):
# 各村(社区)   各行政村   各社区   各村(居)   (not 各村民小组长: people; not 各单位)
EACH_VILLAGE = compile_regex(r"^各(?:行政)?(?:村|社区|村居)(?:\((?:社区|居)\))?$")
# a space a PDF copy left inside a unit's name, between two characters of it: 区 卫生计生委   市卫生 健康委
SPACE_IN_NAME = compile_regex(r"(?<=[\p{Han})）])[ \u3000\u00a0]+(?=[\p{Han}(（])")
# a list's closing 等 with the collective it sums up, which names no unit of its own:
# 县财政局等区政府有关部门   等县直相关单位   等市级有关部门   等其他有关单位   等相关区直部门   等行政执法部门
ETC_COLLECTIVE = compile_regex(
    r"等(?:[省市州县区旗](?:级|直|政府|委)?)?(?:其他|其它)?(?:有关|相关)?(?:[省市州县区旗](?:级|直))?(?:职能)?"
    r"(?:部门|单位|机构)$"
    # or a field's or a duty's words before it: 等行政执法部门   等负有安全监管职责的部门   等成员单位 (not 高等, 中等,
    # 平等 …: a word of the name)
    r"|(?<![高中初同平对均])等(?![级次同])(?:[省市州县区旗](?:级|直))?[\p{Han}“”]{1,12}?的?(?:部门|单位|机构)$"
)
# the governing body of each place of a level, its place (with its bracketed qualifier) carried to the body
# named after it in the list (folded): 各县(市、区)党委   各乡镇党委   各县政府   (not 各级党委: 级 is no place)
EACH_PLACE_BODY = compile_regex(
    r"^(?P<place>各(?:县|市|区|州|盟|旗|乡镇|乡|镇|街道)(?:\([^()]{1,10}\))?)(?:党委|党工委|人民政府|政府)$"
)
# a list's closing 等 after a field named bare, before the departments' ending the list shares (the ending is
# the list's, 等 no collective of its own): 财政、住建、自然资源等部门 -> 自然资源部门   县财政、住建等部门
# (not 县住建局等部门: a unit's own ending; not 企业等单位: 单位 and 机构 follow bodies, not fields)
ETC_SHARED_ENDING = compile_regex(r"^(?P<stem>\p{Han}{2,10}?)等(?P<ending>部门)$")
# 每年 alone in prose is a yearly quantity, not a deadline: 每年开展两次演练, 培训每年1000人次
# (a shorter cycle is a schedule the task keeps: 每季度开展一次评比 is due every quarter)
BARE_RECURRENCE = compile_regex(r"^每年度?$")
# how often the work itself is done, written in the task's prose, then the work: the task's deadline as written
# (standing) when the prose names no other: 每年开展一次城市体检   每年考核一次   按季度通报问题图斑
# 常态化开展政企恳谈   每年至少开展1次应急演练   每年培训养老护理员不少于300人次   对…账号进行常态化清理整治
# 每年向企业推介项目 (对/向 and whom the work is for, then a verb of the list)   每年动态调整一次 (动态 / 定期 before it)
# (not a rate of a measure: 每个每年补贴3000元, 每名村干部每年培训不少于20学时, 每年对口支援资金不少于500万元;
# not 每年度工作经费, 常态化对接机制, 按年度考核结果: a verb of the list as a noun's modifier)
_CADENCE_VERB = (
    r"(?:动态|定期)?(?:开展|组织|进行|考核|培训|通报|更新|调整|召开|举办|推介|检查|评估|清理|排查|督查|调度"
    r"|报送|发布|公开|抽检|监测|走访|演练)(?!结果|情况|数据|机制|工作经费)"
)
PROSE_CADENCE = compile_regex(
    r"(?<![个人户名家所座台辆位])(?P<due>每年|每半年|按季度|按月|按年度|按半年|常态化)"
    rf"(?=\s*(?:至少|不少于)?\s*{_CADENCE_VERB}|\s*[对向][^,;。:]{{1,12}}?{_CADENCE_VERB})"
)
# what makes a cadence in the task's prose no cadence of its work: a rate per head before it (每名村干部每年,
# 每人每年, 每个村每年), or after it in its clause a sum or hours per head (…不少于500万元, …不少于20学时)
CADENCE_PER_HEAD = compile_regex(r"每(?:名|人|个|户|家|所|位)")
CADENCE_AMOUNT = compile_regex(r"^[^,;。]*?\d[\d.]*\s*(?:万|亿)?(?:元|学时|课时)")
# a cadence in a requirement the prose cites, not the work it sets: 按照常态化开展信用修复的要求
CADENCE_REQUIRED = compile_regex(r"(?:按照|根据|依照|依据|落实)[^,;。]*$")
CADENCE_REQUIRED_AFTER = compile_regex(r"^[^,;。]*?的(?:要求|规定|部署|精神)")
# each cycle word a prose names, to tell prose naming two cadences: 按季度拨付…，按年度组织…
CADENCE_WORD = compile_regex(r"(?P<due>每年|每半年|每季度|每月|按季度?|按月|按年度?|按半年)(?!份|\d)")
# a cycle written with no date (每季度, 按月, 每年度): a date the prose names anywhere wins over it
BARE_CADENCE = compile_regex(r"^(?:每|按)(?:年度?|季度|半年|月|学期|周|旬)$")
# a month alone after the units in a bracket closing an item is the month the work is due in:
# （县河长办，3月）   （县文旅局，十一月）   (not 3个月, a length; not 13月)
MONTH_ALONE = compile_regex(r"^(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?$")
# a column name with the level of the units it names before it: 市级牵头单位   区级责任单位   县级配合部门
COLUMN_LEVEL = compile_regex(r"(?:省|市|州|盟|县|区|旗|乡|镇)级(?=\p{Han}{2})")
# a column name with a qualifier inserted in it: 牵头(责任)单位   责任(牵头)部门 (the name is head + tail)
COLUMN_INSERTED_QUALIFIER = compile_regex(
    r"(?P<head>\p{Han}{2,4})\((?P<qualifier>\p{Han}{2,4})\)(?P<tail>\p{Han}{2,4})"
)
# a span of years a plan's title names: 2025—2027年   2025-2027年   2025年至2027年 (the first is its start)
TITLE_YEAR_SPAN = compile_regex(r"(?<!\d)(?P<first>\d{4})\s*年?\s*[—–\-~至到]+\s*(?P<last>\d{4})\s*年")
# a recurring cycle, then the work done each time (and how many times): the cycle is the deadline, the rest
# the work (每季度开展一次 -> 每季度   每月召开1次 -> 每月   每半年开展一次督查 -> 每半年   每月检查 -> 每月);
# not 每季度1场 (no verb), nor 每月检查进度 (work with no count)
RECURRING_THEN_WORK = compile_regex(
    r"^(?P<due>每(?:年度?|半年|季度|月|周|旬))(?:至少|不少于)?(?:开展|召开|组织|举办|举行|进行|调度|通报|报送|督查|检查|巡查)"
    r"(?:(?:至少|不少于)?\s*(?:\d{1,3}|[一二两三四五六七八九十])\s*(?:次|场|期|轮|批|回)(?:以上)?\p{Han}{0,6})?$"
)
# a dated deadline, then that the work goes on after it: the date is the deadline (as 2025年9月底前并长期坚持 in
# an annotation's piece): 2025年9月底前,并长期坚持 -> 2025年9月底前   (立行立改,长期坚持: no date, kept whole)
DATED_THEN_STANDING = compile_regex(r"^(?P<due>[^,;]+?)\s*[,;]\s*并?(?:长期坚持|持续推进|长期推进|常态化推进)[。.]?$")
# how often the work recurs, after the units in a bracket closing an item: a standing deadline
# （县招商局，每季度1场）   （县文旅局，每月至少2次）   (not 每季度 alone, a deadline anyway; not 1场 alone)
# how often the work recurs, as the time a bracket's last piece gives, with the work done then: 按季度开展检查
# 按月调度 (a standing deadline)
RECURRING_WORK = compile_regex(r"^按(?:季度|半年|月|周|旬)(?:开展|组织|进行)?\p{Han}{0,6}$")
RECURRING_COUNT = compile_regex(
    r"^每(?:年度?|半年|季度|月|周|旬)(?:至少|不少于)?\s*(?:\d{1,3}|[一二两三四五六七八九十])\s*(?:场|次|期|轮|批|回)(?:以上)?$"
)
# units given a role and what they do, in one clause of prose: 由县应急局负责统筹协调   由县水务局牵头组织
# (never 由县政府负责同志带队: a 负责同志 is a person)
#   由各区政府负责本地区清欠工作   (where they act, between the verb and the action, is neither)
#   由包片单位县教育局负责规范停放   (the unit's charge of an area before its name, 包片单位, is none of it)
UNITS_DO = compile_regex(
    r"^由(?:(?:包片|包保|包联|包抓|挂点)(?:单位|部门))?(?P<units>[^,;。]+?)(?P<verb>牵头|负责)(?!同志|人)(?:本辖区内?|辖区内|本地区|本区域内?|本行政区域内?)?"
    r"(?P<action>\p{Han}{2,6})$"
)
# a rectification measure naming, right after its label, the unit that sees to it (folded): its units are
# responsible for the problem above it: 整改措施:由县住建局督促商户更换   整改措施:由包片单位县文广局督促住户移走衣物
# 整改意见:由市容环境整治执法工作组负责整治   (not 整改措施:加强巡查,由县住建局督促: the label's value opens with no 由;
# not 整改措施:由商户自行更换: no unit's verb; not 整改措施:由县长负责同志带队: a person)
MEASURE_BY = compile_regex(
    r"(?P<label>整改措施|整改意见|整改要求|处理意见|处置措施|处理措施)\s*:\s*由(?:(?:包片|包保|包联|包抓|挂点|责任)(?:单位|部门))?"
    r"(?P<units>(?:(?!负责|督促)[^,;:。()由\s]){2,30}?)(?:具体|统一)?(?P<verb>督促|负责)(?!同志|人)"
)
# where a clause of an item's roles opening with 由 starts after a comma or a measure's label (folded):
# …达标,由县市场监管局牵头,…   …达标。整改措施:由县市场监管局牵头,县税务局配合,…   (not 由县市场监管局…: no comma;
# not 整改措施:加强…,由…: the 由 after the comma is the one)
BY_CLAUSE = compile_regex(r"(?:,|" + _MEASURE_LABEL + r")(?=由)")
# the first clause of a run of roles naming its lead without a role verb: 以县民政局为主   这项工作以县民政局为主
# 县医保局承担主体责任   (then the others' roles: …，县残联共同参与)
LEAD_AS_MAIN = compile_regex(
    r"^(?:(?:这|此|该|本)项(?:工作|任务))?以(?P<main>[^,;。()以由]{3,40}?)为主$"
    r"|^(?P<bearer>[^,;。()以由]{3,40}?)(?:承担|负)主体责任$"
)
# the first clause of a run of roles, its units given a longer share of the work before the others' roles:
# 县民政局负责统筹规划和标准制定，县财政局予以配合 (the work stays in the task's text)
UNITS_DO_WORK = compile_regex(r"^(?P<units>[^,;。由]+?)(?P<verb>牵头|负责)(?!同志|人)(?P<action>\p{Han}[^,;。]{6,29})$")
# the roles of a sentence for all tasks, as the role reader reads them (parse/blanket.py):
# 统筹  统筹推进  统筹协调  统筹抓总  统筹负责, at a clause's end (各项任务由县水利局统筹推进，各乡镇…): leads as 牵头 does
ROLES_COORDINATE = compile_regex(r"统筹(?:推进|协调|抓总|负责)?(?=[,，;；]|$)")
# 负责协调  负责统筹协调  负责协调推进  负责协调落实, at a clause's end: is responsible as 负责 is
ROLES_COORDINATION = compile_regex(r"负责(?:统筹)?协调(?:推进|落实)?(?=[,，;；]|$)")
# 加强指导  做好督导  负责指导, at a clause's end: the role verb 指导 / 督导 (group 1) alone
ROLES_GUIDANCE = compile_regex(r"(?:加强|做好|负责)(指导|督导)(?=[,，;；]|$)")
# 牵头单位为  责任部门均为  配合单位统一为   (units named with 为: 牵头单位为X，配合单位为Y)
ROLES_LABEL_IS = compile_regex(r"(?P<label>(?:牵头|责任|配合)(?:单位|部门))(?:均|统一)?为")
# units organising what a clause states, in charge of it: 由县委宣传部统一组织各单位布置展板
# 由县文体局组织一台晚会   (never 由县委组织部负责: 组织部 is a unit's name; nor 由县委组织人员)
UNITS_ORGANISE = compile_regex(
    r"^由(?![一每某])(?P<units>[^,;。]+?)(?:统一|具体|联合|共同)?组织(?!部|人员|者|领导)(?:\p{Han}|$)"
)
# a leader named in prose beside the units' roles (a person or post, never a unit):
# 由李明副市长负责   王强副县长牵头负责   由分管副镇长统筹   县委副书记、县长张某某负责   常务副县长牵头
# (a name after the post is part of it; the caller refuses one ending like a unit: 县长江管理局)
LEADER_PIECE = compile_regex(
    r"^由?(?P<who>[^,;。]{0,12}?(?:副?(?:省|市|州|县|区|旗|镇|乡)长|书记|秘书长|主任|领导|同志)"
    r"(?:\p{Han}{2,4}?(?:同志)?)??)"
    r"(?:牵头负责|负总责|总负责|负责|统筹|分管|督导|挂帅|主抓|牵头)$"
)
# a post and the name of who holds it, in a 责任领导 cell: a person, never a unit
# 副镇长吴丽   县长陈刚   县委副书记张华   局长王强   办公室主任李明
POST_AND_NAME = compile_regex(
    r"^(?:\p{Han}{0,4}?(?:省|市|州|县|区|旗|镇|乡)委?)?副?"
    r"(?:(?:省|市|州|县|区|旗|镇|乡)长|书记|秘书长|局长|主任|部长|处长|科长|所长|站长|队长|主席|委员)"
    r"\p{Han}{2,3}$"
)
# a mark before a block's number, which is no part of its text: ★1.   ▲（二）   ● 3、   ◆一、
# an emoji before a line's text in a repost, which is no text either: ✅ 任务一:…   👉 牵头:…   ⏰ 时限:…
# (not ©, ®, ™: a footer's)
# the question marks a scrape left for an indent it could not encode: ??一、…   ??1.加强…   ??为深入贯彻…
ITEM_MARKER = compile_regex(
    rf"^[★☆▲△●○◆◇■□]+\s*(?=\d{{1,4}}\s*[.、．]|[(（〔]\s*(?:{_CN}|\d{{1,3}})\s*[)）〕]|{_CN}\s*、|第\s*{_CN}\s*[章条])"
    r"|^(?:(?![©®™])\p{Extended_Pictographic}[\uFE0F\u200d]*)+\s*(?=\S)"
    r"|^[?？]{2,}\s*(?=[^\s?？])"
)
# a bullet opening a block that has no number, its text after it (folded): ◆ 开展…   ●推进…   ■ 完成…
# (a body with no numbering, each block over its labelled lines; not ★县财政局's star, which marks a lead: the
# caller asks for a role label among the lines after the block)
BLOCK_BULLET = compile_regex(r"^[◆◇●○■□▶►▪•❖]\s*(?=[\p{Han}“\"《])")
# a text that opens as a task does: a Han character, or a quotation mark or title mark before one
HAN_START = compile_regex(r"^[“\"《]?\p{Han}")
# a paragraph of a duty list, opening with the units it is for and a colon (folded):
# 区财政局:负责统筹项目资金;   各乡镇(街道):负责…   (the caller checks the names are units')
DUTY_LINE = compile_regex(r"^(?![(〔\[])(?P<units>[^:;,。\n]{2,40}?)\s*:\s*(?P<duty>\S)")
# contact details, which a list of units with a colon may give instead of duties (folded):
# 县财政局:王某,联系电话:0000-1234567   县水务局:李某 13900000000   邮箱:abc@example.org
CONTACT_DETAILS = compile_regex(r"电话|联系人|手机|邮箱|传真|\d{7,}|\d{3,4}-\d{7,8}")
# a contact cell: 13800001111   0000-1234567   (0000)1234567   (folded)
PHONE_CELL = compile_regex(r"^[\d\-—()\s]{7,20}$")
# a connective opening a paragraph after an item's roles, before the unit it gives more work (folded):
# 同时,县公安局要加强…   此外,县市场监管局负责…   另外县财政局要…
PARAGRAPH_CONNECTIVE = compile_regex(r"^(?:同时|此外|另外|与此同时|并且?)\s*,?\s*")
# 6月开工   3月完工   10月份建成   (a milestone's bare month before its work, in a cell of several stages:
# 6月开工，年内完工; not 2025年6月开工 nor 6月底前, which DEADLINE reads, nor 6月份工作)
MONTH_STAGE = compile_regex(r"(?<![\d年])\d{1,2}月(?=份?(?:开工|动工|完工|竣工|完成|建成|投用|投运|启动|上线))")

# --- the shape of work no reader took (parse/unread.py, the last net) --------

# 1.主动公开…   2、加强…   （3）做好…   ④推进…   (an item of work in any numbering; not 1.5万, and not a part
# 一、 or a clause （一）, which are WORK_HEADING)
WORK_ITEM = compile_regex(r"^(?:\d{1,2}\s*[.、．](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[\u2460-\u2473])\s*(?P<rest>\S.*)$")
# 责任单位：县财政局   〔牵头单位〕县水务局   〔主责〕县农业农村局   (a line opening with a role's label, in a colon or
# a bracket: the roles LABEL_ROLES gives it; not 一、…, nor 县财政局：负责…, whose opening is a unit and no label)
OPENING_ROLE_LABEL = compile_regex(r"^(?:〔\s*(?P<bracketed>[^〔〕\s]{1,8})\s*〕|(?P<label>[^:\s〔〕]{1,8})\s*:)")
# a paragraph opening with a unit's duty and no number, under the unit's name alone on the line before (folded):
# 负责建筑施工领域检查。   牵头组织安全大检查   (not 负责人:…, 负责同志; not 1.负责…, a numbered duty)
DUTY_OPENING = compile_regex(r"^(?:负责|牵头)(?![人同])\p{Han}")
# 一、…   （一）…   (a heading: items after it belong to another block; not 1、 nor （1）)
WORK_HEADING = compile_regex(r"^(?:[一二三四五六七八九十]{1,3}\s*、|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）])")
# …按职责分工落实   …牵头   …负责   …配合   (the duty a units cell may end with; not a unit's name alone)
DUTY_END = compile_regex(
    r"(?:按(?:照)?职责(?:分工)?|共同|分别|具体)?(?:牵头|负责|配合|落实|参与|协助|协办|协同|实施)+(?:落实|实施)?$"
)
# 区水务局：负责…   区财政局：统筹资金…   县民政局、县财政局牵头…   (units opening a line, then their duty;
# not a colon before fewer than four Chinese characters, 联系人：王某, nor a line that opens with a number)
UNITS_THEN_DUTY = compile_regex(
    r"^(?P<units>\p{Han}[^\s,:;。()]{1,39}?)(?::\s*(?=\p{Han}{4})|(?:牵头|负责)(?=[,，]?[^\s,]))"
)
# 2024年9月底前   12月底前   年底前   长期坚持   每季度   (a deadline cell after the units on their line;
# not a unit's name)
DEADLINE_CELL = compile_regex(
    r"^(?:(?:\d{4}\s*年|\d{1,2}\s*月|年底|年内|上半年|下半年|每)\S{0,14}|长期坚持|持续推进|常态化推进|长期|持续|常态化)$"
)
# 3项任务的责任单位均为市水利局。   该指标责任单位为市统计局。   以上两项工作由县财政局牵头。   以上2项由…
# (a sentence giving the items before it their units: it names them (该 / 以上 / N项 / 任务…) or its units'
# role; not a task's own sentence, 由县财政局牵头做好…)
UNITS_SENTENCE = compile_regex(
    r"^(?:(?P<which>该|此|上述|以上|前述|前)?\s*(?P<count>\d{1,2}|[一二三四五六七八九十两]{1,3})?\s*(?:项|条|个)?\s*"
    r"(?:目标|任务|工作|指标|事项|措施)?(?:的)?(?P<role>责任单位|牵头单位|责任部门|牵头部门|主责单位|承办单位)"
    r"(?:均|都|统一|分别)?(?:为|是)|(?P<which>该|此|上述|以上|前述|前)\s*(?P<count>\d{1,2}|[一二三四五六七八九十两]{1,3})?\s*"
    r"(?:项|条|个)?\s*(?:目标|任务|工作|指标|事项|措施|(?<=\d项|[一二三四五六七八九十两]项))(?:均|都|统一|分别)?由)"
    r"\s*(?P<units>[^。;:!?]{2,60}?)\s*[。;]?$"
)
# a sentence of a 责任分工 section giving the tasks it numbers their roles (folded, one clause of it):
# 第1-3项由市数据局牵头,市财政局配合   第4项由市政务服务中心牵头   第2、5项任务由市财政局负责
# 第(二)项由市统计局牵头   第(三)项、第(四)项由市统计局负责   (the clauses (一)… of the body, by their numbers)
# 第五、六项由…   第一至第三项任务由…   (一)至(三)项由…   第(一)(二)(三)项由…   上述第1、4项由…   其中,第…
# 整治任务第(一)—(三)项由…   第(一)、(二)项分别由A、B牵头   第1-3项:由…   第(一)至(三)项:A牵头,B配合   第(一)部分由…
# 第 1-3 项由…   第 6 项至第 8 项由…   (spaces a PDF copy left around the numbers)
# 责任分工:第1项由…   任务分工:第(一)项由…   (the paragraph's label before its first clause)
# (the roles may follow the numbers after a comma, a unit and its verb: 第1-3项,县农业农村局牵头,县卫健局配合; or
# a role's label: 第1-3项任务的牵头单位为…, 第1-3项责任单位:…, 第1-3项牵头单位:…;配合单位:…)
_BY_NUMBER_ROLES_NEXT = r",\s*(?=[^,;。:]{2,30}?(?:牵头|负责))|的?(?=(?:牵头|配合|责任)(?:单位|部门)\s*(?::|为|是))"
_BY_NUMBER_ONE = rf"(?:\d{{1,3}}|\({_CN}\)|{_CN})"
# one of a division clause's numbered tasks whose lead it names, closing the clause: 第5项至第7项由A、B按职责分工负责，
# 其中第6项由A牵头   …，其中第(二)项由A牵头负责   (the other units stay responsible there)
AMONG_BY_NUMBER = compile_regex(
    r",\s*其中\s*,?\s*第\s*(?P<numbers>[^,;。由]{1,16}?)\s*项(?:任务|工作)?由(?P<lead>[^,;。由]{3,40}?)牵头(?:负责)?\s*$"
)
_BY_NUMBER_SEP = r"(?:\s*(?:项|条|部分)?\s*(?:[-—–~至到、,和]|—+)\s*第?\s*|(?<=\))\s*(?=\())"
UNITS_BY_NUMBER = compile_regex(
    rf"^(?:(?:其中|另外)\s*,?\s*|(?:责任|任务|工作|职责)?分工\s*:\s*)?(?:上述|以上|(?:(?![第至到{CN_DIGITS}])\p{{Han}}){{2,8}}?(?=第))?"
    rf"(?:第\s*|(?=[\d(]))(?P<numbers>{_BY_NUMBER_ONE}(?:{_BY_NUMBER_SEP}{_BY_NUMBER_ONE})*)"
    r"\s*(?:项|条|部分)(?:任务|工作)?\s*(?::\s*(?P<each>分别)?由?|(?:均|统一|全部)?(?P<each>分别)?由"
    rf"|{_BY_NUMBER_ROLES_NEXT})"
    r"\s*(?P<roles>.{2,80})$"
)
# what any clause a 责任分工 paragraph gives by number holds (folded): a number before 项/条/部分 and 由 or a colon,
# a verb before 第 (负责第…项), tasks numbered after 任务, or a point numbered after 第; a paragraph without it numbers
# no task, and is not read clause by clause (a clause's own reference, （第1部分第2项）, is none of these)
NUMBERS_TASKS = compile_regex(
    rf"[\d{CN_DIGITS})]\s*(?:项|条|部分)(?:任务|工作)?\s*(?::|均|统一|全部|分别|由|{_BY_NUMBER_ROLES_NEXT})"
    r"|(?:牵头|负责|配合)(?:落实|做好|抓好)?第|任务\s*\d|第\s*\d{1,2}\s*点"
)
# the clause of a 责任分工 paragraph for the tasks it numbers no other clause (folded): 其余工作由县消防救援大队统筹
UNITS_FOR_THE_REST = compile_regex(r"^(?:其余|其他)(?:各项)?(?:工作|任务|事项)?(?:均|统一)?由(?P<roles>.{2,80})$")
# a clause of a 责任分工 paragraph opening with a role's label, no number before it (folded): 配合单位:县卫健局
# (after 第1-3项牵头单位:县农业农村局; the roles of the clause before it)
ROLE_LABEL_FIRST = compile_regex(r"^(?:牵头|配合|责任)(?:单位|部门)\s*(?::|为)")
# a line of a 责任分工 written unit by unit (folded): 县人社局:牵头第1、2、4、5项,配合第3项   县财政局:负责第(二)项
# 各乡镇人民政府:负责落实第1项至第5项   县水利局:具体负责第2项   县林业局:牵头负责第3项   县公安局:协助做好第4项工作
# (a line of a list may close with ; as with 。: 就业促进处:牵头第1、2项,配合第3项;)
_DUTY = (
    rf"(?:具体)?(?P<verb>牵头|负责|配合|参与|协助|协同)(?:负责|落实|做好|抓好|实施)?"
    rf"第?(?P<numbers>{_BY_NUMBER_ONE}(?:{_BY_NUMBER_SEP}{_BY_NUMBER_ONE})*)\s*项(?:工作|任务)?"
)
UNIT_THEN_NUMBERS = compile_regex(
    rf"^(?P<unit>[^:,;。]{{2,30}}?)\s*:\s*(?P<duties>{_DUTY}(?:\s*[,;、]\s*{_DUTY})*)(?:\s*[;。])?$".replace(
        "?P<verb>", "?:"
    ).replace("?P<numbers>", "?:")
)
DUTY_BY_NUMBER = compile_regex(_DUTY)
# a unit's duty written with its role after the numbers, in brackets (as written, not folded):
# 县农业农村局：第1-3项（牵头）；县卫健局：第1-3项（配合）   (read as 牵头第1-3项)
ROLE_AFTER_NUMBERS = compile_regex(
    r"(?P<numbers>第[^；;：:，,。（）()]{1,20}?项)\s*[（(](?P<verb>牵头|负责|配合|参与|协助|协同)[）)]"
)
DUTY_ROLES = {
    "牵头": "lead",
    "负责": "responsible",
    "配合": "partners",
    "参与": "partners",
    "协助": "partners",
    "协同": "partners",
}
# role labels written without their colon in a division's clause (folded): 牵头单位县消防救援大队,配合单位县住建局
LABEL_WITHOUT_COLON = compile_regex(r"(?P<label>(?:牵头|配合|责任|协办|主办)(?:单位|部门))(?!\s*[:为是])")
# a 责任分工 paragraph under its label, numbering the tasks it gives roles (folded): 责任分工:第1项由…;第2项由…
# 任务分工:第(一)、(二)项由…   (a division by number, no label of the block above it; not 责任分工:县财政局)
DIVISION_LABEL_BY_NUMBER = compile_regex(
    r"^\s*(?:责任|任务|工作|职责)?分工\s*:\s*第\s*[^,;。:]{1,16}?(?:项|条|部分)(?:任务|工作)?\s*(?:[:由]|均由|分别由)"
)
# where a 责任分工 paragraph written with commas starts its next clause: ,第4、5项由…
BY_NUMBER_NEXT = compile_regex(r",(?=\s*第[^,;。]{1,16}?(?:项|条|部分)(?:任务|工作)?\s*(?:[:由]|均由|分别由))")
# a clause of a 责任分工 paragraph numbering its tasks after the word 任务, with no 第 and no 项 (folded):
# 任务1-3:市农业农村局牵头,市卫生健康委配合   任务4、5:由市城市管理局负责   (the roles must read as roles)
UNITS_BY_TASK_NUMBER = compile_regex(
    r"^任务\s*(?P<numbers>\d{1,3}(?:\s*(?:[-—–~至到、,和]|—+)\s*\d{1,3})*)\s*项?\s*:\s*(?P<each>分别)?由?"
    r"\s*(?P<roles>.{2,80})$"
)
# a clause of a 责任分工 paragraph naming a point of a numbered task (folded), the task maybe named before:
# 第(三)项第1点由县自然资源局负责   第2点由县财政局牵头   第(二)项第3点:县人社局负责
BY_NUMBER_POINT = compile_regex(
    rf"^(?:第\s*(?P<task>{_BY_NUMBER_ONE})\s*项\s*)?第\s*(?P<point>\d{{1,2}})\s*点\s*(?::\s*)?由?\s*(?P<roles>.{{2,80}})$"
)
# where the next point's clause starts in such a clause (folded): ,第2点由…
BY_NUMBER_NEXT_POINT = compile_regex(r",(?=\s*第\s*\d{1,2}\s*点\s*[:由])")
# the deadline a 责任分工 paragraph gives every task it numbers, a clause of its own (folded):
# 完成时限:2025年12月底前   以上整治任务均于2025年10月底前完成   上述任务须在年底前全部完成
# 以上任务2026年12月底前完成   各项任务均需在2026年12月底前完成 (without 于 or 在, the deadline opens with its year
# or month)   上述任务未明确完成时限的,均须持续推进 (standing work, for the tasks whose text states no date)
DIVISION_DEADLINE = compile_regex(
    r"^(?:完成时限|完成时间|时限要求|时间要求|时限)\s*:\s*(?P<due>\S.{1,30})$"
    r"|^(?:(?:以上|上述)(?:各项|所有|全部)?|各项)\p{Han}{0,4}?(?:任务|工作)?(?:均|统一|全部)?(?:须|需|要|应)?"
    r"(?:于|在|(?=\d))(?P<due>\S.{1,24}?前?)(?:全部)?完成$"
    r"|^(?:以上|上述)(?:各项)?(?:任务|工作)中?(?:未明确|未注明|未列明|未标明|没有明确)(?:完成)?(?:时限|时间)的\s*,\s*"
    r"(?:均|一律)?(?:须|需|要|应)?(?P<due>持续推进|长期坚持|长期推进|常态化推进)$"
)
# the cover's deadline for every task that states none (folded): 未明确完成时限的工作,原则上于2024年12月底前完成
# 未注明时限的任务均须在年底前完成   (not 未明确责任单位的工作,由…: units; not …,均须持续推进: no date)
COVER_DEFAULT_DUE = compile_regex(
    r"(?:未明确|未注明|未列明|未标明|没有明确)(?:完成)?(?:时限|时间|期限)的(?:工作|任务|事项)?\s*,?\s*(?:原则上)?"
    r"(?:均|一律|统一)?(?:须|需|要|应)?(?:于|在)(?P<due>[^,;。由]{2,16}?前)(?:全部)?完成"
)
# a rectification or supervision notice's order to finish every problem it lists by one date, in its cover or its
# closing (folded): 请各事涉部门对存在的问题立即进行整改,并于5月20日前将问题整改完成   请于6月30日前整改完成
# 请各单位于2024年7月10日前完成整改   以上问题请于2024年3月31日前整改完毕   各责任单位要于5月20日前整改到位
# 责令相关单位限期于5月30日前整改完毕   (not 请于5月20日前将整改情况报县政府
# 督查室, 请于5月底前将整改完成情况报送…: a report back, no completion; not 请于5月20日前报送: nothing done by then)
COVER_ORDER_DUE = compile_regex(
    r"(?:请|要求|务必|限期|责令|[要须需应])[^。;]{0,40}?(?:于|在)(?P<due>[^,;。由于在]{2,16}?前)(?:将|把)?[^,;。]{0,10}?"
    r"(?:整改(?:完成|完毕|到位)|完成(?:问题)?整改|(?:全部|全面)整改(?:完成|完毕|到位)?)(?!情况|结果|报告|材料)"
)
# words of a notice's head (title, cover) saying its tasks are problems found by an inspection or a supervision, so
# that an order to finish them all by one date (COVER_ORDER_DUE) dates each (folded): 督查通知单   …情况的通报
# 安全生产大检查发现问题   巡察反馈问题   (not 关于印发…实施方案的通知: a plan's tasks, no problems found)
PROBLEMS_FOUND_HEAD = compile_regex(
    r"督查|督办|交办|通报|通知单|问题清单|问题台账|巡察|巡视|审计|检查|巡查|暗访|反馈问题"
)
# a heading whose work goes on or is dated by the words over it (folded): 三、常态化工作（长期坚持）   （以下任务持续推进）
#   以下任务于6月底前完成   (not 一、持续优化营商环境: a verb of the work, not its time)
STANDING_HEADING = compile_regex(
    r"[(（]\s*(?:长期坚持|持续推进|长期推进|常态化推进|常态化|长期)\s*[)）]|以下(?:任务|工作|事项)"
)
# a line after a block's tasks dating them, or those of them stating no deadline (folded): 上述任务均须于9月底前完成
#   以上工作中未明确时限的,均需持续推进   (not 上述任务由县水利局牵头: roles, no time)
DIVISION_DUE_LINE = compile_regex(
    r"^(?:以上|上述)[^。,]{0,8}(?:任务|工作|事项)[^。]*?(?:时限|时间|前|完成|持续推进|长期坚持|常态化推进)"
)
# a line of its own after a block's points giving them all their deadline (folded), the deadline the group "due":
# 上述任务均须于2025年12月底前完成。   以上工作均在6月底前完成。   以上任务2024年6月底前完成。 (without 于 or 在, the
# deadline opens with its year or month, as DIVISION_DEADLINE's)   (not 上述任务由县水利局牵头，年底前完成: roles)
DUE_FOR_POINTS = compile_regex(
    r"^(?:以上|上述)(?:各项|所有|全部|\d{1,2}项|[一二三四五六七八九十两]项)?(?:任务|工作)(?:均|统一|全部)?(?:须|要|应|需)?(?:于|在|(?=\d))"
    r"(?P<due>[^,;。由]{2,20}?前)(?:全部)?完成[。.]?$"
)
# a clause of a 责任分工 paragraph naming its unit first, then the tasks it numbers (folded), maybe more roles
# after a comma: 县农业农村局负责第(一)至(三)项工作的组织实施   县生态环境局负责第(四)项,县公安局、各乡镇人民政府配合
# 县林业局牵头第2项   职责分工:县科技局牵头落实第一、二条 (after the paragraph's label)   (not 县林业局负责第2项任务中的
# 宣传工作, which names work inside a task)
UNIT_DUTY_BY_NUMBER = compile_regex(
    rf"^(?:(?:责任|任务|工作|职责)?分工\s*:\s*)?(?P<unit>[^:,;。第由]{{2,30}}?)(?P<verb>牵头|负责|配合)(?:落实|做好|抓好)?第\s*"
    rf"(?P<numbers>{_BY_NUMBER_ONE}(?:{_BY_NUMBER_SEP}{_BY_NUMBER_ONE})*)\s*(?:项|条|部分)(?:工作|任务)?"
    r"(?:的(?:组织)?(?:实施|落实|推进))?(?:\s*,\s*(?P<more>[^,]{2,60}?))?$"
)
# a part's heading naming its targets, which assigns no work when it holds no numbered blocks (its text states
# the targets): 目标任务   主要目标任务   工作目标要求   (not 主要任务, 重点任务)
TARGETS_HEADING = compile_regex(r"^(?:主要|总体|工作|发展|年度)?目标(?:任务|要求)$")
# a part holding a plan's requirements or schedule, not its tasks: 保障措施   工作要求   实施步骤   时间安排
SCHEDULE_HEADING = compile_regex(
    r"^(?:保障措施|工作要求|组织保障|保障机制|组织实施|实施保障|工作保障|政策保障|有关要求|工作步骤|实施步骤|步骤安排"
    r"|时间安排|进度安排|时间节点|工作安排|方法步骤)$"
)
# a part laying out when the plan's work is done, whose years say when its work runs (folded): 进度安排   实施步骤
# 时间安排   (not 保障措施, 工作要求)
STEPS_HEADING = compile_regex(r"^(?:工作步骤|实施步骤|步骤安排|时间安排|进度安排|时间节点|方法步骤)$")
# a part on the plan's support measures or requirements, in whose blocks a unit joining others (省民政厅要会同有关
# 部门加强跟踪评估) names no task: 保障措施   组织保障   工作要求   组织实施   政策保障   (not 实施步骤, whose stages
# may be tasks)
SUPPORT_HEADING = compile_regex(
    r"^(?:保障措施|工作要求|组织保障|保障机制|实施保障|工作保障|政策保障|有关要求|组织实施)$"
)
# a block saying its tasks stand in the annex (folded): 具体任务见附件   实施路网提升工程,具体任务详见附件2
# 任务分解见附件   (not 见附件的格式填报, 附件所列单位)
TASKS_IN_ANNEX = compile_regex(r"(?:任务|工作|项目|措施|内容|分工|清单)\S{0,4}?(?:详见|见)附件\s*\d*\s*[。.]?$")
# the title of a plan's support measure, which names the way the work is done rather than work (folded):
# 加强组织领导   强化督促考核   加强督查考核   营造良好氛围   加强宣传引导   (not 加强食品安全监管, 营造良好营商环境)
SUPPORT_TITLE = compile_regex(
    r"^(?:加强|强化|健全|完善|严格)?(?:组织领导|统筹协调|督促考核|督查考核|督导考核|考核督导|督促检查|督查督办|宣传引导"
    r"|宣传报道|舆论引导)$|^营造(?:良好|浓厚)?(?:的)?(?:社会|舆论)?氛围$"
)
# a stage of a plan's schedule under such a part: 总结验收阶段（2027年1月—6月）
# a stage named at the head of a task's text with its time in brackets, which is the stage's deadline:
# 动员部署阶段（2024年3月）。召开全市创文动员大会   (folded)
STAGE_TIME_AT_HEAD = compile_regex(r"^[^。;,()]{0,16}阶段\s*\((?P<time>[^()]{2,30})\)")
STAGE_TITLE = compile_regex(r"阶段(?:\s*[(（].*[)）])?$")
# what follows a stage's time on its line when the line heads the stage's items: nothing, or a colon and a short
# title (folded): :摸底排查。   :集中整治   :   (not a sentence of work: 。各乡镇要…)
# a stage's line with its short title, then its time in brackets (folded): 第二阶段:集中整治(2025年6月—9月)
STAGE_TITLE_THEN_TIME = compile_regex(
    r"^[^。;,()]{0,16}阶段\s*:\s*[^,;。:()]{2,12}\s*\((?P<time>[^()]{2,30})\)\s*[。.]?$"
)
STAGE_HEADING_ALONE = compile_regex(r"^\s*(?::\s*(?:[^,;。:()]{2,12}[。.]?)?)?\s*$")
# a line opening a stage of a plan written as stages, with no numbered parts (folded; traditional script too), its
# time in brackets after it, or its title after a colon:
# 第一阶段(2025年3月—4月)。各乡镇要…   第二階段:分類指導施策   动员部署阶段(2025年3月)   (not 第一阶段性成果, nor
# 分三个阶段进行:, nor 阶段性目标)
STAGE_LINE = compile_regex(r"^(?:第[一二三四五六七八九十\d]{1,2}|[\p{Han}]{2,6})[阶階]段\s*(?:\(|:|$)")
# a time in a stage's line or on the line after it: (2025年3月—4月)   开展时限:4月1日至4月30日   時間:5月
STAGE_TIME = compile_regex(r"\d{1,2}\s*月|[时時]限\s*:|[时時]间\s*:")
# the work a unit named in a stage's prose does, right after its name: 县生态环境局组织开展验收评估
# 县自然资源局汇总建立台账   各乡镇全面摸清底数
STAGE_WORK_VERB = compile_regex(
    r"^(?:要|应|负责)?(?:全面|统一|及时|集中|认真|逐一)?"
    r"(?:组织|牵头|负责|开展|完成|推进|实施|督促|指导|制定|做好|抓好|汇总|建立|摸清|排查|梳理|部署|总结|整改|上报)"
)
# a stage's work that is the plan's own procedure, no task of the unit it names (folded, after the unit's name to
# the clause's end): 组织开展验收   开展总结评估   制定具体方案   召开动员大会   (not 汇总建立台账, 摸清底数)
STAGE_PROCEDURE = compile_regex(
    r"^(?:要|应|负责)?(?:组织|牵头)?(?:开展|进行|做好)?(?:全面)?"
    r"(?:(?:检查|考核|总结)?验收(?:评估)?|总结(?:评估|验收)?|评估|(?:研究)?制定(?:具体|实施|工作)?方案"
    r"|召开\p{Han}{0,6}动员(?:大)?会(?:议)?|动员部署)(?:工作)?\s*$"
)
# a deadline and a verb of completing or reporting, alone after a bracket of units closing the work (folded):
#   11月15日前报送   年底前完成   2025年6月底前完成并上报   长期坚持 (work with no end, alone)
#   (not 11月15日前报送省厅, 每月报送, 长期坚持开展巡查)
DUE_THEN_VERB = compile_regex(
    r"^(?:(?:\d{4}年)?(?:(?:1[0-2]|[1-9])月(?:\d{1,2}日|底|中旬|上旬|下旬)?|年底|年内)前?"
    r"(?:完成|报送|上报|印发|出台|建成|到位)(?:并(?:报送|上报|印发))?|长期坚持|持续推进|长期推进)\s*[。;]?$"
)
# the unit a report is sent to, right before a bracket (folded): the bracket holds its second name, no roles:
#   将进展报送县农业农村局（县委农办）   报县政府办（县督查室）   (not 建立问题台账（县农业农村局）)
REPORTED_TO = compile_regex(r"(?:报送|上报|报告|提交|送交|抄送|报)(?:至|到|给)?(?P<unit>[^,;。()、\s]{3,20})$")
# the places of each kind doing a stage's work: 各乡镇   各村(社区)   各街道办事处   and the governments of each
# county or district, named with their 政府: 各县区人民政府   各县(市、区)政府   (not 各部门, 各单位: prose; not 各县区
# alone)
STAGE_COLLECTIVE = compile_regex(
    r"(?<!\p{Han})各(?:(?:乡镇|乡|镇|街道|村|社区)(?:\(社区\))?(?:人民政府|办事处)?"
    r"|(?:县区|区县|县市区|县|区)(?:\([市区县、]{1,4}\))?(?:人民政府|政府))"
)
# a sentence giving every task without units of its own its roles (folded):
# 以上各项任务,除明确责任单位外,均由县爱卫办牵头,各成员单位配合。   本方案所列任务均由镇农业综合服务中心牵头
# 未明确责任单位的,均由市住房城乡建设局负责   (the tasks it speaks of, an exception for those with units, or both)
# 本方案所列各项任务由县商务局牵头,各有关部门按职责分工配合,不再逐项列出   (its closing remark is no role)
# 要点所列各项工作由县商务局牵头,请认真贯彻落实   (a cover's request closing it is none either)
# 方案所列任务由县商务局牵头,县财政局配合,另有明确的从其规定   (the exception written after the roles)
# 以上任务除注明外,均由县农业农村局牵头   除特别注明外,以上各项工作均由县政府办公室牵头   (the exception first)
# 以下任务除注明责任单位外,均由县消防救援大队牵头   (the blocks after it)   方案中未明确责任单位的工作,均由镇应急办负责
# 各项任务由县水利局统筹推进,各乡镇人民政府具体落实   以上各项任务的牵头单位为镇应急办,配合单位为各村(社区)
# 上述任务中,未明确牵头单位的,由…   任务分工中未列明责任单位的事项,由…   本部分任务由县财政局牵头 (its part's blocks)
# 除已明确牵头单位的任务外,其余任务均由…   其他未明确责任单位的任务,由…   以上任务如无特别说明,均由…
# 各项任务除另有标注外,均由…   除单独列明外,…   除另行指定责任单位的以外,…   未标注牵头单位的任务,由…
# 未标注的由市营商环境建设局负责 (the units left unsaid)
# (not 本方案由县文体局负责解释: the document's own keeper, no task's unit)
_MARKED = r"(?:明确|列明|注明|标明|标注|说明|指定|列出)"
_FOR_ALL_EXCEPT = (
    rf"(?P<except>除(?:特别|另行|另有|已经|已|单独|专门|分别)?{_MARKED}(?:了)?(?:责任|牵头)?(?:单位|部门)?"
    r"(?:的(?:任务|事项|工作)?|的?以)?外"
    rf"|(?:凡|对|其他|其余)?(?:未|没有)(?:{_MARKED}|列)(?:(?:责任|牵头)?(?:单位|部门|处室|科室|股室)|(?=的))的?"
    r"(?:任务|事项|工作)?"
    r"|如?(?:无|没有)(?:特别|特殊|另行|单独)?(?:说明|注明|标明|标注|列明)的?)"
)
UNITS_FOR_ALL = compile_regex(
    rf"^(?:{_FOR_ALL_EXCEPT},?)?"
    r"(?P<scope>(?:以上|上述|以下|本(?:方案|意见|要点|计划|通知|实施方案|工作方案)(?:所列|所定|确定|提出|明确)?的?"
    r"|(?:本)?(?:方案|要点|计划)(?:中|所列|中所列)的?|本部分|本节)"
    r"(?:各项|所有|全部)?(?:整改|整治|重点|主要)?(?:任务|工作|事项|措施)?中?"
    r"|(?:各项|所有|全部)(?:整改|整治|重点|主要)?(?:任务|工作|事项|措施)中?|(?:任务分工|分工表|表)中"
    r"|(?<=外,?)(?:其余|其他)(?:各项)?(?:任务|工作|事项)?)?,?"
    rf"{_FOR_ALL_EXCEPT}?,?"
    r"(?:(?:均|统一|全部|一律|都)?由(?!\s*\S{2,30}?负责解释)(?P<roles>[^。]{2,80}?)"
    r"|的?(?P<roles>(?:牵头|责任)(?:单位|部门)(?:均|统一)?为[^。]{2,80}?))"
    r"(?:,\s*(?:不再|不)(?:逐项|一一|逐一|单独|另行|分别)?(?:列出|列明|标注|注明|明确)"
    r"|,\s*请(?:各单位|各部门)?(?:认真|结合实际)?(?:贯彻落实|贯彻执行|抓好落实|遵照执行)"
    r"|,\s*(?P<except>另有(?:明确|规定|分工|标注|注明|说明)的?(?:,\s*)?(?:从其规定|除外|按其规定执行|按分工执行)))?[。;]?$"
)
# the tail of a sentence for all tasks saying the units in each block's bracket are its partners, or the units
# responsible beside its lead (folded): ,括号内所列单位为配合单位   ,括号内为配合单位   ;括号中的单位配合
# ,括号里列出的部门为协办单位   ,括号内为责任单位
BRACKET_PARTNERS = compile_regex(
    r"[,;]\s*(?:各项任务)?括号[内中里](?:所列|列出|列明|标注|注明)?的?(?:单位|部门)?(?:均)?(?:为|是)?"
    r"(?P<role>配合|协办|责任)(?:单位|部门)?$"
)
# the governments of every place below the notice's level, named as a collective (folded): 各县(市、区)人民政府
# 各乡镇人民政府   各区县政府   (a bracket closing a block that names them alone gives the block its units)
EACH_GOVERNMENT = compile_regex(r"各\p{Han}{1,4}(?:\([^()]{1,8}\))?(?:人民政府|政府)")
# the governments of every place given a duty in a line outside the blocks (folded): 以上各项任务,各县(市、区)人民
# 政府负责在本辖区组织实施   各乡镇人民政府具体负责落实   (not 各县(市、区)人民政府要高度重视: no role)
EACH_GOVERNMENT_DUTY = compile_regex(
    r"(?P<unit>各\p{Han}{1,4}(?:\([^()]{1,8}\))?(?:人民政府|政府))(?:具体|按属地|属地|分别)?(?:负责|牵头|配合|落实)"
)
# a role written with a block's units (市财政局负责, 责任单位：…): such a block's bracket gives its own roles
ROLE_VERB_IN_RAW = compile_regex(r"负责|牵头|配合|落实|协助|参与|协办|主办|(?:单位|部门)\s*:")
# the scope of a sentence for all tasks when it names every task (以上各项任务, 上述所有工作, 以上全部任务), not the
# work of the block it closes (以上工作, 上述任务)
EVERY_TASK_NAMED = compile_regex(r"各项|所有|全部")
# where the roles of a sentence for all tasks end and its phased deadline starts (folded):
# 以上由州文旅局牵头,州教育局配合,分阶段推进:2025年6月底前完成布局,2025年12月底前全面建成   (,分步实施,2026年…)
FOR_ALL_PHASED = compile_regex(r",\s*(?=(?:分阶段|分步骤?|分年度|分期)(?:推进|实施|开展|完成|建设)?[:,;]\s*\d{4}\s*年)")
# the closing clause of a sentence for all tasks whose subject is the units each block names itself, no unit
# (folded): ,各配合单位按职责协同推进   ,配合部门密切配合   ,其他责任单位积极参与   (not ,配合单位为Y)
FOR_ALL_OWN_UNITS = compile_regex(
    r"[,;]\s*(?:各|其他|其余)?(?:配合|协办|参与|责任)(?:单位|部门)"
    r"(?=按|依|根据|密切|积极|协同|共同|分工|认真|各司其职|要|配合|协助|参与|抓好|做好|落实)[^,;。]{0,16}$"
)
# the sentence naming who keeps the document itself, no task's unit: 本方案由县文化体育局负责解释和组织实施
# 本意见由市发展改革委负责解释   本方案确定的重点工作,由省政府办公厅负责解释   (not 本方案所列任务由县文明办牵头组织实施)
DOCUMENT_KEEPER = compile_regex(
    r"^本(?:方案|意见|要点|计划|通知|办法|细则|实施方案|工作方案|规定|措施)(?:[^。,;由]{1,10}?,?)?"
    r"(?:由|具体由)[^。]{2,40}?负责(?:\S{0,6})?解释"
)
# the tasks such a sentence names when it speaks of every task of the plan, not of the block it closes:
# 以上各项任务   本方案所列任务   方案中的   所有工作   (not 以上工作, 上述任务: a block's own closing words)
SCOPE_OF_ALL = compile_regex(
    r"^(?:(?:以上|上述|以下|下列)(?:各项|所有|全部)|本|方案|各项|所有|全部|任务分工|分工表|表中)"
)
# words in a unit's place that name no unit (folded): the units of every level, a reference to each task's
# own units by their role, or any units concerned
# 各级党委政府   各级政府   各牵头单位   各责任单位   各成员单位   各有关单位   相关部门   其他单位   县直各部门
# (not 各乡镇人民政府, 各街道办事处, 县税务局: units' names)
# units named by what they are not (县融媒体中心以外的有关单位, 除县财政局外的各单位): no list of units to give
UNITS_EXCLUDED = compile_regex(r"以外|之外|^除")
UNIT_REFERENCE = compile_regex(
    r"^(?:各级|各有关|有关|相关|其他|其它|上述|以上|前述|下列|上列|[省市州县区旗]直各)"
    r"|^各?(?:牵头|主责|主办|承办|责任|配合|协办|协同|参与|成员|涉及)?(?:单位|部门|机构|主体)$"
)
# a collective of a level's offices, after the level and 直 (区直各部门, 市直有关单位, 县直属各单位): no level of its
# own given to the names after it (not 市直机关工委, 省直管县财政改革办: offices with a name)
# the complete date opening a deadline cell a page excerpt cut inside the words after it (2016年6月底前出: the
#   date up to its 前), a year with its month, day or year end (not 2016年 alone, not 6月底前 with no year)
CUT_DUE_DATE = compile_regex(
    r"^\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|末|上旬|中旬|下旬)?|底|末)\s*(?:前|以前|之前)"
)
# what a deadline cell cut after its date holds after it: a word's first characters, no figure, no second
#   clause (出, 完成: not 、12月底前, not 启动，2020年6月底前完成, not 完成并持续推进)
CUT_DUE_REST = compile_regex(r"^\p{Han}{1,3}$")
# a cell holding a level alone, the start of a unit's name a page excerpt cut off (…由市科技局统筹安排 ⏎ 县):
#   no unit and no other value is ever a level alone (not 县财政局, not 县级, not 万亩)
LEVEL_ALONE_CELL = compile_regex(r"^\s*(?:自治区|自治州|[省市州县区旗盟乡镇])\s*\|?\s*$")
LEVEL_COLLECTIVE = compile_regex(r"^(?:自治区|[省市州县区旗])直(?:属)?(?:各|有关|相关)")
# a sentence naming units that share every task of the plan beside the units each task names (folded): the
# places' governments, written once for all tasks rather than in every row
# 表中所列任务,各乡镇人民政府均为责任单位,表中不再逐项列出。   以上各项任务,各街道办事处均为责任单位
# 以上各项任务,各镇人民政府均为落实责任单位,要结合实际抓好落实,不再逐项列出。   (the role's word, a duty after it)
# 各乡镇人民政府对辖区内水源地保护负属地管理责任,以上各项任务涉及本辖区的,均须同步落实。
# 以上各项任务,各县(市、区)人民政府负责在本辖区组织实施。
# (not 以上各项任务由县水利局牵头: roles for the tasks naming none; not 各乡镇人民政府要落实属地管理责任: no task named)
_EVERY_TASK = (
    r"(?:表中|表内|清单中?|以上|上述|以下|下列|本(?:方案|意见|清单|要点|计划)|方案|要点)(?:所列|所有|列出|列明)?的?"
    r"(?:各项|所有|全部)?(?:重点|整改|主要)?(?:任务|工作|事项)"
)
UNITS_FOR_EVERY_TASK = compile_regex(
    rf"^(?P<scope>{_EVERY_TASK})(?:中)?,?(?P<units>[^,。;:由]{{2,40}}?)(?:均|都|也|同时|同|亦)?(?:为|是|作为)(?:其)?(?:共同)?"
    r"(?:(?:落实|属地)?责任(?:单位|主体)|实施主体)(?:,\s*(?:要|须|应)[^,。;:]{2,30})?(?:,\s*(?:表中|清单中|各项任务中)?(?:不再|不)(?:逐项|一一|逐一|单独|另行|分别)?(?:列出|列明|标注|注明))?。?$"
    r"|^(?P<units>[^,。;:由]{2,40}?)(?:对|在)(?:本|各自)?辖区内?[^,。;]{0,30}?负(?:有)?属地(?:管理)?(?:主体)?责任,"
    rf"(?P<scope>{_EVERY_TASK})(?:中)?(?:涉及本(?:辖区|地区|地|乡镇|街道)的?)?,?(?:均|都)?(?:须|要|应)?"
    r"(?:同步|协同|配合|抓好|负责)?落实。?$"
    # 以上各项任务，各县（市、区）人民政府负责在本辖区组织实施 (each task carried out in each place)
    rf"|^(?P<scope>{_EVERY_TASK})(?:中)?,?由?(?P<units>[^,。;:由]{{2,40}}?)(?:均|都)?(?:要|须|应)?负责(?:在|于)?(?:本|各自)?"
    r"(?:辖区|行政区域)内?(?:组织实施|抓好落实|推进落实|具体实施|落实|实施)。?$"
)
# a sentence naming units as the doers of every task it names, their role in the verb (folded): 实施主体 /
# 责任主体 / 负责 / 落实 responsible, 配合 / 协助 / 协同 / 参与 partners; a 说明: or 注: and an item number may
# open it, the units' duty or 不再逐项列出 may close it
#   各乡镇人民政府是本方案各项任务的实施主体,对本乡镇道路养护负总责。
#   各街道办事处是以下各项任务的实施主体,要抓好辖区内落实,不再一一列出。
#   说明:2.表中所列任务各街道办事处均须协助落实,不再逐项列出。
# (the units stop at the verb: not 以上各项任务,各镇人民政府均须配合县水务局落实,不再逐项列出, the towns helping one
# named office, read by no sentence for every task; not 各镇人民政府是安全生产的责任主体: no task named; not 以上各项任务由县水务局牵头,各镇人民政府配合。: roles
# of the tasks naming none; not 表内各项工作,各镇人民政府都要参与推进: no 不再列出, a duty rather than a role)
# the units of a sentence for every task, stopping at the verb, then their role verb (配合 / 协助 / 协同 / 参与:
# partners; 负责落实: responsible), as UNITS_FOR_EVERY_TASK_ROLE and NOTE_UNITS_FOR_EVERY_ROW write them (folded)
_UNITS_BEFORE_VERB = r"(?P<units>(?:(?!均|都|须|需|要|应|配合|协助|协同|参与|负责|落实)[^,。;:由]){2,40}?)"
_ROLE_FOR_EVERY_TASK = (
    r"(?:均|都|也|同时)?(?:须|需|要|应)?"
    r"(?:(?P<role>配合|协助|协同|参与)(?:做好|抓好)?(?:落实|实施|推进)?|(?:负责|抓好|做好)?(?:组织)?(?:落实|实施))"
)
UNITS_FOR_EVERY_TASK_ROLE = compile_regex(
    r"^(?:(?:注|说明|备注)\s*:\s*)?(?:\d{1,2}\s*[.、]\s*)?"
    r"(?:(?P<units>[^,。;:由]{2,40}?)(?:均|都|也|同时|同)?(?:是|为|作为)"
    rf"(?P<scope>{_EVERY_TASK})的?(?:实施|责任|落实)主体"
    r"|(?P<scope>"
    + _EVERY_TASK
    + r")(?:中)?,?"
    + _UNITS_BEFORE_VERB
    + _ROLE_FOR_EVERY_TASK
    + r"(?=,\s*(?:表中|清单中|各项任务中)?不再))"
    r"(?:,\s*(?:要|须|应|负责|对|统筹|抓好)[^,。;:]{2,30})?"
    r"(?:,\s*(?:表中|清单中|各项任务中)?不再(?:逐项|一一|逐一|单独|另行|分别)?(?:列出|列明|标注|注明))?。?$"
)
# a role a note under a table gives (folded): 负责 / 牵头 / 配合 / 协助 / 落实   (备注:第1项由县城管局负责落实)
NOTE_ROLE_VERB = compile_regex(r"负责|牵头|配合|协助|协同|参与|落实")
# a unit's name in a note with no level before it (folded): 各镇人民政府, 县直各部门, 各街道办事处   (not 各单位)
UNIT_IN_NOTE = compile_regex(r"各\p{Han}{0,8}?(?:人民政府|政府|办事处|部门|委员会)")
# a table's note naming units for its rows with no words for the tasks it covers (folded): the note's label opens
# it, the units' role verb and 不再逐项列出 close it; the table's rows are those tasks
#   备注:各镇人民政府负责落实,不再逐项列出。   说明:各街道办事处均须协助落实,不再一一列出。
# (not 备注:各镇人民政府要加强督促检查。: no 不再列出; not 注:以上任务由县水务局牵头: no units for every row)
NOTE_UNITS_FOR_EVERY_ROW = compile_regex(
    r"^(?:注|说明|备注)\s*:\s*(?:\d{1,2}\s*[.、]\s*)?"
    + _UNITS_BEFORE_VERB
    + _ROLE_FOR_EVERY_TASK
    + r",\s*(?:表中|清单中|各项任务中)?不再(?:逐项|一一|逐一|单独|另行|分别)?(?:列出|列明|标注|注明)。?$"
)
# a remark closing an annotation that gives units to this task and every later one, as written after the
# annotation's first sentence (folded): units, a duty, then 下同 / 后同
#   各街道办事处、镇人民政府均须落实属地责任,下同   各乡镇人民政府配合,下同
# (not 列第一位的为牵头单位,下同: a note on how leads are marked; not 以下均需…落实,不再列出: no 下同)
UNITS_FOR_LATER_TASKS = compile_regex(
    r"^\s*(?P<units>[^,。;:()\[\]〔〕【】]{2,40}?)(?:均|都)?(?:须|需|要|应)?(?:负责|配合|参与|协助|落实)"
    r"[^,。;()\[\]〔〕【】]{0,12},\s*[下后]同\s*。?$"
)
# the same remark for the tasks below its own, written with 以下 and 不再列出 instead of 下同 (folded):
#   以下各项均需各乡镇人民政府落实,不再列出   以下政策措施均由各县区人民政府负责落实,不再单独列出
# (not 以下各项均需配合县水务局落实,不再列出: the units help one named office; not 以下均需落实到位: no units)
UNITS_FOR_TASKS_BELOW = compile_regex(
    r"^\s*(?:以下|下列)(?:各项|所有)?(?:政策措施|措施|政策|任务|工作|事项)?(?:均|都)(?:须|需|要|应|由)?"
    + _UNITS_BEFORE_VERB
    + r"(?:负责|配合|协助|参与)?(?:组织)?落实,\s*不再(?:逐项|一一|逐一|单独|另行|分别)?(?:列出|列明|标注|注明)\s*。?$"
)
# 2025年3月18日   二〇二五年三月十八日   (a signature's date opening a line, in either numerals; not 2025年3月底前)
SIGNATURE_DATE = compile_regex(
    r"^[\d〇零一二三四五六七八九]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日"
)
# a heading naming the unit that leads the blocks under it:
# 县发改局牵头工作   由县财政局牵头的工作   县教育局负责的重点任务（5项）
# 县教育局牵头（3项） (the count of its items right after the verb)
# 由县发改局牵头、县财政局配合的任务   县发改局牵头，县财政局参与的工作 (and the units that assist it)
HEADED_BY = compile_regex(
    r"^由?(?P<units>[^,;。:]+?)(?P<verb>牵头负责|牵头|负责|主办)"
    r"(?:[、,]\s*(?P<partners>[^,;。:]+?)(?P<partner_verb>配合|协同|参与|协助))?"
    r"(?:(?:的|负责的)?(?:重点|主要)?(?:工作任务|工作事项|工作|任务|事项)(?:\(\s*(?:共\s*)?\d+\s*项\s*\))?"
    r"|\(\s*(?:共\s*)?\d+\s*项\s*\))[。:]?$"
)
# the count of items a heading closes with, no part of the unit's name before it: 县发改局（5项）   县教育局（共3项）
# (not 县发改局（粮食局）: a qualifier of the name; not 2个: no count of items)
COUNT_OF_ITEMS_AT_END = compile_regex(r"\(\s*(?:共\s*)?\d+\s*项\s*\)$")
# partners joined to the lead by 会同 in a piece of their own, maybe closed by what they do (after 等部门,
# any short action that opens with 研究, 制定, 提出 or 共同):
# (由县邮政管理局牵头，)会同县交通运输局、县供销社推进   县公安局牵头会同县交通运输局共同实施
# 由县自然资源局会同县农业农村局等部门研究提出落实意见
# (never over a deadline written with 于 or 在 or by its month before the work, 会同市财政局于9月底前实现全程网办,
# 会同市财政局9月底前实现…, whose work may end like a unit's name: the partners end before it)
JOINED_PARTNERS = compile_regex(
    r"^(?:(?P<lead>[^,;。]+?)(?:牵头)?)?会同"
    r"(?P<units>(?:(?!(?:[于在][^,;。]{1,12}?|\d{1,2}\s*月(?:底|末|\d{1,2}\s*日)?)前\p{Han})[^,;。])+?)"
    r"(?:等(?:有关|相关)?(?:部门|单位))?"
    r"(?:(?:共同|联合|一起)?(?:组织)?(?:实施|推进|推动|落实|开展|办理|完成|做好|负责)?"
    r"|(?<=等(?:有关|相关)?(?:部门|单位))(?:研究|制定|提出|共同)\p{Han}{1,10})$"
)
# the same closed by any work the partners do together (roles._joined finds where their names end):
# 由县财政局牵头,会同县农业农村局制定资金管理办法   县财政局会同县审计局开展绩效评价
JOINED_PARTNERS_WORK = compile_regex(r"^(?:(?P<lead>[^,;。]+?)(?:牵头)?)?会同(?P<units>[^,;。]{3,40}?\p{Han}{2,16})$")
# a duty under a heading that is a unit's name alone, opening with the partners its unit works with (that
# unit, the heading, is the subject and leads): 会同市住房城乡建设局开展…   会同县财政局、县审计局等部门制定…
# (not 会同推进: no unit named)
# units that lead, joined by the partners they work with, opening a sentence that states the work:
# 县应急局要会同县住建局、县交通运输局开展专项检查   县水务局会同县财政局等部门制定办法
# 县民政局会同县退役军人事务局于春节前完成走访慰问 (a deadline with 于 before the work)
# 由县民政局会同县商务局 (a clause of its own, the work in the next: …，在社区布局助餐点)
# 县民政局会同县应急管理局、县消防救援大队,于每年一季度开展排查 (the units alone in their clause, the work after it)
# 县住建局会同县城管局对背街小巷开展整治 (what the work is done on, with 对, before the work)
# 县水利局会同县财政局、县住建局负责,2024年底前完成… (负责 closing the clause: the lead's, as 会同 writes it)
# (not 要会同有关部门推进: no unit leads; not 县应急局牵头会同…: read as roles)
UNITS_JOINED = compile_regex(
    r"^由?(?P<lead>[^,;。()由]{3,30}?)(?:要|应|须|将)?会同(?P<units>[^,;。()]{3,60}?)(?:等(?:有关|相关)?(?:部门|单位))?"
    r"(?=开展|推进|推动|做好|组织|制定|实施|落实|建立|完善|加强|研究|督促|指导|共同|联合|编制|办理"
    r"|于[^,;。()]{1,12}?前(?:完成|开展|组织|做好|建成|制定|出台)|(?<=[局委办府院部厅会队站所心司处科室组股联团社行])(?:,|$)"
    r"|对[^,;。()]{2,30}?(?:开展|进行|实施|组织)|负责(?:落实|实施)?(?:,|$))"
)
# a collective no rule can name, joined by 会同 (no partner: the lead of 由X会同有关部门研究… leads alone):
# 有关部门   相关单位   各有关单位   其他有关部门   (not 县直有关部门, 各乡镇人民政府: a level's, a place's units)
VAGUE_COLLECTIVE = compile_regex(r"^(?:各|其他|其它)?(?:有关|相关)(?:部门|单位|方面)(?:和单位)?$")
# a season or period with a note in brackets after it, no unit (has_ending reads a closing bracket as a name's,
# 各乡（镇）): 汛期（另行通知）   冬春季（每年11月至次年4月）   森林防火期（具体时间另行通知）
SEASON_BRACKETED = compile_regex(
    r"^(?:(?:主|防)?汛期|(?:森林)?防火期|(?:春|夏|秋|冬|冬春|春夏|夏秋|秋冬)季|暑期|暑假|寒假|寒暑假|雨季|旱季"
    r"|(?:枯|丰)水期|(?:禁|休)渔期|(?:供暖|采暖)期|春耕|春运|三夏|三秋|春节)(?:期间)?[(〔\[]"
)
# the work before a partners' verb, no unit: 加强部门配合   强化部门协同   加强部门间协作   深化跨部门协同   多部门协同
# 部门协同   各部门间协作 (a verb or nothing before 部门 or 单位, so no unit's name: 县投资促进局, 各部门 stay)
# the work done with units, before a partners' verb: 加强与县财政局配合   密切与各乡镇协作 (the units after 与 are the
# partners)
COOPERATION_WITH = compile_regex(r"^(?:加强|强化|密切|注重|做好)与(?=\p{Han})")
COOPERATION_WORK = compile_regex(
    r"^(?:(?:加强|强化|深化|注重|做好|搞好|抓好|健全|完善|建立|推动|促进|形成|增强)?(?:跨|多)?|各)?(?:部门|单位)(?:间|之间)$"
    r"|^(?:(?:加强|强化|深化|注重|做好|搞好|抓好|健全|完善|建立|推动|促进|形成|增强)(?:跨|多)?|跨|多)?(?:部门|单位)$"
)
# a named office opening a sentence with its role verb and the work it does (the units responsible, or the lead with
# 牵头), before other clauses of the sentence: 区民政局负责项目建设和运营管理   由县生态环境局负责编制专项规划
# 县水务局要牵头制定办法   (not 负责人, 负责同志: a person; not 县财政局负责: no work named)
OFFICE_ON_DUTY = compile_regex(
    r"^由?(?P<units>[^,;。:()由要—\d]{3,40}?)(?:要|应|须|将)?(?P<verb>牵头负责|牵头|负责)(?!人|同志)(?P<work>\p{Han}{2,}.*)$"
)
# units opening a sentence that do the work together, none leading (the units responsible):
# 县委宣传部、县司法局要联合开展普法宣传   县文化馆、县图书馆共同建设法治图书角
# (not 县工商联合会开展…: 联合 is part of a name; not 各部门共同推进 alone: read only where a named office is among them)
UNITS_TOGETHER = compile_regex(
    r"^(?P<units>[^,;。()由]{3,60}?)(?:要|应|须|将)?(?:联合|共同)"
    r"(?=开展|推进|推动|做好|组织|制定|实施|落实|建立|建设|完善|加强|研究|督促|指导|编制|办理|举办|部署)"
)
# a unit naming its own work as the subject that opens an item (the caller reads only named offices of a
# level): 镇综治中心要完善网格化管理   由镇党建办负责推进村级组织建设   市科技局牵头推进…
# 由市科技局牵头、市工信局配合推进…   由市水务局牵头、市生态环境局配合，推进…   市生态环境局、市水务局共同负责…
# 县民政局组织开展…   县民政局落实…   区民政局、区市场监管局分别负责助餐点建设和食品安全监管 (each its share)
# 各村(社区)负责编制… (a bracketed qualifier in a name)
# (never 要求, 要点, 负责人, 负责同志; a role verb before a comma is a run of roles)
UNIT_OPENS_ITEM = compile_regex(
    r"^(?P<by>由)?(?P<units>(?:[^,;:。()由要\s]|\([^,;:。()由要\s]{1,8}\)){3,30}?)"
    r"(?:(?P<lead>牵头)[、,](?P<partners>[^,;:。()由要\s]{3,40}?)配合,?|(?:共同|分别)?(?P<verb>负责|牵头|要|组织|落实))"
    r"(?![求点素人]|同志)(?=\p{Han})"
)
# a named office opening an item with its work and no word of its duty (要, 负责), read only in a run of items
# listing units' duties with a colon (folded; the caller reads only named offices of a level):
# 县市场监管局加强节日食品安全检查   市交通运输局做好春运安全监管   县林业局认真开展森林防火宣传
# (not 县市场监管局要加强…, read as UNIT_OPENS_ITEM; not 加强节日食品安全检查: no unit)
OFFICE_THEN_WORK = compile_regex(
    r"^(?P<units>(?:[^,;:。()由要\s]|\([^,;:。()由要\s]{1,8}\)){3,30}?)"
    r"(?=(?:认真|切实|全面|积极|严格|依法|及时|进一步)?"
    r"(?:加强|做好|开展|强化|督促|推进|完善|建立|抓好|严厉打击|严查|落实|实施|制定)\p{Han})"
)
# named offices heading an item with a colon, their work after it, as a list by unit writes them (folded; the
# caller reads only named offices of a level, and only where no other unit is named after the colon):
# 区教育局:完成城东小学建设   县住建局、县城管局:开展背街小巷整治
# (not 工作目标:…, 组长:…, 责任单位:…: a label or a post, no office; not 县教育局:12所: no work in words;
# not 区财政局:负责统筹资金: a list of duties, read as such)
UNITS_COLON_OPEN_ITEM = compile_regex(
    r"^(?P<units>(?:[^,;:。()由要\s]|\([^,;:。()由要\s]{1,8}\)){3,30}?):(?!负责|牵头|配合|协助|协同|参与)(?=\p{Han}{2})"
)
# units helping with an item's work, in a clause after the unit that opens it (the partners; folded):
# 区医保分局协同做好医保结算服务   县水利局、县住建局予以配合   县财政局积极配合做好资金保障   县自然资源局予以支持
# (support closing its clause, as meeting minutes write it; not 县财政局支持企业技改: support of a thing)
# (not 县财政局保障资金: no verb of helping; not 县财政局配合单位: a label)
UNITS_HELPING = compile_regex(
    r"^(?P<units>[^,;:。()由要\s]{3,40}?)(?:要|积极|主动|全力|予以|给予)?"
    r"(?:配合|协同|参与|协助|支持(?=[\s。]*$))(?!单位|部门)"
)
# units helping with a share of the work named after the verb, a clause of its own after the units opening the
# sentence (the partners; folded; the caller reads a unit of no level, 水文站, only so):
# 区卫生健康局协助做好医疗衔接   县人武部、县民兵营配合开展联合演练   县财政局给予经费保障   县财政局做好资金保障
# (not 区民政局负责的养老服务: no verb of helping; not 县财政局配合单位: a label; not 县财政局保障资金工作量大)
UNITS_HELP_WITH_WORK = compile_regex(
    r"^(?P<units>[^,;:。()由要\s]{3,40}?)(?:要|积极|主动|全力|予以|负责)?"
    r"(?:(?:配合|协同|参与|协助)(?:做好|开展|落实|推进|实施|完成)"
    r"|(?:给予|提供|做好)(?:经费|资金)(?:保障|支持)$)"
)
# a company, a plant or a managed works (folded; the units of a helping clause): its level or a place inside its
# name (place), or a name of its own ahead of its kind (own), or its kind alone (neither):
# 县自来水厂   镇自来水厂   国网某县供电公司   青山水库管理所   (its kind alone: 自来水厂, 供电公司, 水库管理所)
# (not 县财政局, 自来水: no company's, plant's or works' ending)
ENTERPRISE_NAME = compile_regex(
    r"^(?:(?P<place>[省市州县区镇乡]|\p{Han}{0,8}?[省市州县区镇乡](?!管理))|(?P<own>\p{Han}{2,4}?(?=\p{Han}{2,6}(?:管理所|管理处)$)))?"
    r"\p{Han}{0,10}?(?:厂|公司|管理所|管理处)$"
)
# the words after a sentence's or clause's subject that make it owe a duty, in a notice that states its work only
# in prose (parse/prose_duties; folded; matched right after the units): a modal (要, 务必, 应/应当, 须) with or
# without a role verb after it, or a role verb alone:   要加强巡查   务必于1月底前设置   应当设立   也要安排   负责对全县…
# 牵头,   会同县水务局   要配合做好   统筹协调   共同负责   共同对普查数据质量负责 (joint: the units responsible)
# (the verb: 牵头 makes the lead, 配合/协助/协同/参与 partners)
# 加大查处力度   联合印发   (not 要求, 要点, 应急, 负责人, 负责的, 组织部, 统筹办: a word, a person or a unit's name;
# not 将: a plan, no duty; not 加强领导)
PROSE_DUTY_WORD = compile_regex(
    r"^(?:也|还|都|均|亦)?(?:(?P<modal>务必|必须|应当|应(?!急|用|对|收|届|有)|须(?!知)|需要|要(?![求点素件闻]))"
    r"(?:切实|积极|主动|认真|全力|进一步|及时|密切)?(?:共同|分别|具体)?"
    r"(?P<verb>(?:牵头负责|牵头|负责|统筹|组织|会同|配合|协助|协同|参与)(?!人|同志|部|办|室|局|委|单位|部门|者|领导|的))?"
    r"|(?:共同|分别|具体)?"
    r"(?P<role>(?:牵头负责|牵头|负责|统筹|组织|会同|配合|协助|协同|参与)(?!人|同志|部|办|室|局|委|单位|部门|者|领导|的))"
    r"|(?P<joint>共同对[^,;。]{1,40}?负责(?!人|同志|的))"
    # the work itself right after the units (县森林警察大队加大查处力度, 区防火指挥部、区教育局联合印发…): the units
    # do it, responsible (not 加强领导, 落实到人, 开展以来: no work of theirs)
    r"|(?P<work>(?:联合|共同)?(?:印发|加大|加强(?!领导)|开展(?!以来)|做好|抓好|落实(?!到)|推进|督促|指导)))"
)
# units that a clause, not opening with them, says lead the mechanism it sets up (folded; the caller reads only
# units a notice's subjects may be): 建立由镇(街)牵头   形成由县政府统筹、部门协作的机制
# (not 经费由县财政局负责: a share of the work, fronted, whose units the parser warns rather than reads; not
# 建立由县政府领导亲自带队: no verb of a role)
DUTY_BY_UNITS = compile_regex(
    r"(?:建立|形成|实行|推行|构建|健全)由(?P<units>(?:[^,;:。()由\s]|\([^,;:。()由\s]{1,8}\)){2,30}?)(?P<verb>牵头负责|牵头|负责|统筹|组织)"
    r"(?!人|同志|部|办|的)"
)
# the work after the units a role verb names as the ones helped or joined (会同Y…, 配合Y…; folded): what follows
# the units, the end of the clause or the verb of the work:   做好防汛物资储备   开展检查   共同推进   (empty)
# (not 单位, 局长: the units' list not yet ended)
WORK_AFTER_UNITS = compile_regex(
    r"^(?:$|[,;。]|(?:共同|联合|一起)?(?:做好|开展|推进|落实|制定|研究|组织|实施|完成|加强|建立|督促|指导|抓好|搞好|编制|查处"
    r"|推动|对|抓|做|搞|审核|核查|排查|整治|清理|处置|办理))"
)
# a role taken for tasks or articles named by their numbers, as a division section writes it (folded):
# 区工信局牵头落实第一、二条   县财政局配合落实第(三)项   县教育局负责第3项   (not 牵头落实各项任务, 按第三条规定)
ROLE_FOR_NUMBERED = compile_regex(
    r"(?:牵头|负责|配合|协助|参与)(?:落实|实施|推进|完成)?\s*第\s*[\d一二三四五六七八九十(]"
)
# a title of a speech or of a news report on a meeting, whose numbered parts set no plan's tasks (folded):
# 在全县安全生产工作会议上的讲话   县长在…上的致辞   苍梧区召开防汛工作会议   全市春耕生产现场会举行
# (not 关于做好防汛工作的通知, 防汛工作实施方案; the parser reads no task from such a text's prose)
SPEECH_OR_NEWS_TITLE = compile_regex(r"讲话|致辞|发言|召开|举行|举办")
# places taken together as a collective unit though no unit's ending closes the name (folded): 各地   各地区
# 镇(街)   区(县级市)   乡(镇)   (a level with another in brackets: the governments of both)
# (not 各级: a level, not a unit; not 各地方标准; not 镇(街)综治办: a unit's name, read as such)
COLLECTIVE_PLACES = compile_regex(r"^各地(?:区)?$|^[省市州县区镇乡村街]\([省市州县区镇乡村街级]{1,4}\)$")
# a level written with another in brackets opening a unit's name (folded), which reads as the level alone:
# 镇(街)综治办   乡(镇)政府   (not 镇(街): the places themselves, COLLECTIVE_PLACES)
LEVEL_WITH_ALTERNATIVE = compile_regex(r"^[省市州县区镇乡村街]\([省市州县区镇乡村街级]{1,4}\)(?=\p{Han})")
# an authority of the state named by its field, no level, as a notice's sentences write it (folded):
# 公安机关   司法机关   税务机关   (not 机关, 党政机关, 各级机关: no field named)
FIELD_AUTHORITY = compile_regex(r"^(?:公安|司法|检察|审判|税务|海关|监察|行政执法)机关$")
# units helping named only by a reference, no partner named (as 由X牵头，相关部门配合 names none; folded):
# 相关部门   有关部门   各有关单位   县直有关部门   其他成员单位   上述单位   (not 县直各部门, 县财政局, 各乡镇)
HELPING_REFERENCE = compile_regex(
    r"^(?:[省市州县区]直)?(?:各|其他|其它|其余)?(?:有关|相关)(?:部门|单位|方面)(?:和单位)?$"
    r"|^(?:其他|其它|其余)各?(?:成员|有关|相关)?(?:部门|单位)$|^(?:上述|以上|前述)各?(?:部门|单位)$"
)
# the bare reference to the work before the 由 of a sentence giving it roles (read only where units with a role
# verb follow: 有关工作由区文旅局、区教育局共同负责，区老龄办配合; never 有关工作由区政府另行部署)
REFERENCE_BEFORE_BY = compile_regex(r"(?:有关|相关)(?:工作|事项|任务)(?:具体|统一|主要|均|全部)?(?=由)")
# the item's own work named by a noun of work done on a thing, opening the sentence right before the 由 of its
# roles, as meeting minutes state their decisions (read only where units with a role verb follow): 校园周边交通
# 秩序整治由县公安局负责，县教育局配合   老旧管网改造由县住建局牵头   (not 考核由…, 上述企业由…: no work done; not
# 由县公安局负责整治: no subject; not 县公安局的整治由…)
WORK_DONE_BEFORE_BY = compile_regex(
    r"[^,;:。由的]{1,14}?(?:整治|治理|整改|改造|建设|维护|养护|管护|监管|巡查|排查|运营|督导)(?:工作)?(?=由)"
)
# a unit's role stated as carrying out the whole item, a clause of its own (folded; one such clause is the item's
# roles though no partner follows): 区民政局负责组织实施   区民政局和区残联按照各自职责组织实施   县水务局负责落实
# (not 县水务局牵头: a lone 牵头 inside prose, the work after it; not 区民政局负责组织实施细则的起草: more work)
WHOLE_ITEM_ROLE = compile_regex(
    r"(?:负责|按照?各自职责(?:分工)?(?:负责)?|按职责分工(?:负责)?|分别)?(?:组织实施|具体实施|抓好落实|负责落实|组织落实)$"
)


# 牵头建立项目库，会同县财政局做好论证 (the heading's unit leads a duty it opens with 牵头; those after 会同 assist)
# (a unit's bracketed qualifier is part of its name: 会同镇派出所、各村（社区）整治…; the work may be a clean-up
# or a check: 整治, 清理, 排查, 查处, 治理, 检查)
DUTY_JOINED = compile_regex(
    r"^(?:牵头[^,;。()]{2,40}?,\s*)?会同(?P<units>(?:[^,;。()]|\([^,;。()]{1,8}\)){3,60}?)(?:等(?:有关|相关)?(?:部门|单位))?"
    r"(?=开展|推进|推动|做好|组织|制定|实施|落实|建立|完善|加强|研究|督促|指导|共同|联合|编制|办理"
    r"|整治|清理|排查|查处|治理|检查)"
)
# a clause of a duty under a unit's heading naming the units the heading's unit works with (与 … 共同), which
# assist it (folded): …，与县市场监管局共同开展食堂评定   与县卫健局联合开展监测   (not 加强与市场监管部门衔接: no
# 共同 / 联合 after the units; not 与其他工作统筹推进); also after 或 / 并 / 同时 (…，或与县供销社共同推进)
DUTY_WITH = compile_regex(
    r"(?:^|,\s*)(?:或|并|同时)?与(?P<units>(?:[^,;。()与]|\([^,;。()]{1,8}\)){3,60}?)(?:共同|联合)"
    r"(?=开展|推进|推动|做好|组织|制定|实施|落实|建立|完善|加强|研究|督促|指导|编制|办理|整治|清理|排查|查处|治理|检查)"
)
# a clause of a duty under a unit's heading (or of a paragraph opening with its office) in which those units
# assist the units it names, which lead (folded): 配合区体育局做好设施维护   …，配合区农委指导整治农业废弃物
# 协助县公安局开展排查   (not 配合做好…: no one named, the units stay responsible; not 提供积极的配合与支持: no
# clause opens with 配合; not 配合比设计: no work verb after the name)
DUTY_ASSISTS = compile_regex(
    r"(?:^|,\s*)(?:积极|主动|全力|密切)?(?:配合|协助)(?!做好|开展|完成|落实|和参与|并参与|参与)"
    r"(?P<units>(?:[^,;。()]|\([^,;。()]{1,8}\)){3,40}?)"
    r"(?=开展|推进|推动|做好|组织|制定|实施|落实|建立|完善|加强|指导|编制|办理|整治|清理|排查|治理|检查|完成)"
)
# an ordinal opening a sentence of a paragraph that counts its points in words (folded): 一是县财政局要…
# 二是…   (not 一是一非, not 是否: an ordinal only before a character of the sentence)
SENTENCE_ORDINAL = compile_regex(r"^[一二三四五六七八九十]{1,2}是(?=\p{Han})(?![一二三四五六七八九十]非)")
# a government's department named by its field alone, no level, as a notice's sentences of duties write it
# (folded): 财政部门   教育部门   交通海事部门   (not 有关部门, 各部门, 职能部门, 主管部门, 成员部门: no field
# named; the caller reads it only in a run of sentences each opening with named offices)
FIELD_DEPARTMENT = compile_regex(
    r"^(?!各|有关|相关|其他|其它|其余|职能|主管|行业|成员|责任|牵头|配合|监管|执法|所属|直属|属地|上级|下级|本级"
    r"|业务|综合|涉及|具体|所在|承办|协办|主办|参与|重点|部分|全体|政府)\p{Han}{2,4}部门$"
)
# a clause of a paragraph opening with its office in which the office leads a piece of work (folded):
# 区规划分局负责…，牵头审核村庄规划，…   (not 区规划分局负责牵头…: the clause opens with the office; not 牵头单位)
CLAUSE_OPENS_LEAD = compile_regex(r",\s*牵头(?!单位|部门)(?=\p{Han})")
# the year a task's target is set for, in its text (folded): 到2020年，全市用水总量控制在…   到2025年底农村卫生户厕
# 普及率达到95%   (not 2020年前: no 到; not 到期: no year; not 达到2025年标准, 延到2021年: 到 in another word)
TARGET_YEAR_IN_TEXT = compile_regex(r"(?<![达截直延推])到\s*(?P<year>\d{4})\s*年")
# work that goes on all through the year it names, one deadline as written (the year bounds it, 持续推进
# says how it goes): 年内持续推进   2020年全年持续推进   (an annotation's piece; in prose 年内持续推进X改革
# is 年内 before the verb)
_YEAR_LONG_WORK = (
    r"(?:\d{4}\s*年(?:内|全年|度内)|(?<![\d一二三四五六七八九十两几数多])年内|全年|年度内)(?:持续推进|常态化推进)"
)
YEAR_LONG_WORK = compile_regex(r"^(?:(?P<year>\d{4})\s*年(?:内|全年|度内)|年内|全年|年度内)(?:持续推进|常态化推进)$")
# a sentence closing a block that is only a month (or day) and the verb of finishing (folded; a plain month
# elsewhere in prose is when something happens): 2025年5月完成   5月全面完成   2025年9月15日建成
DATED_SENTENCE = compile_regex(
    r"(?P<due>(?:\d{4}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?)(?:基本|全面|全部|初步)?(?:完成|完工|建成|办结)"
)
# a year (maybe with its month) in prose as the time the work is done: before a verb of finishing or reaching a
# target, or a year with 内 (folded; a deadline only where the prose names no other, the latest of them where it
# names several, as stages are): 2025年完成家庭养老床位建设1500张   2024年12月完成评估   2025年内新增3个
#   2024年完成35个，2025年完成27个 (2025年)   力争2026年通过国家卫生城市复审 (passing a review: a target reached)
#   (not 较2020年实现翻番, 截至2023年完成, 在2023年完成…的基础上, 2023年已完成, 2026年通过网上平台申报: no review)
PROSE_YEAR_DUE = compile_regex(
    r"(?<![\d较比与于到至自从]|截至|截止|截止到)(?P<due>\d{4}\s*年(?:度?内"
    + _NOT_INNER_WORD
    + r"|\d{1,2}\s*月(?:\d{1,2}\s*日)?)?)"
    r"(?:(?<=内)|(?=(?:要|将|力争|争取)?(?:基本|全面|全部|初步|累计)?"
    r"(?:完成|完工|建成|实现|达到|新增|建立|形成|办结|通过(?=[^,;。]{0,16}?(?:验收|评估|复审|复核|认定|评审|考核)))"
    r"(?![^,;。]*基础上)))"
)
# a year opening a sentence of the task, then a comma and one clause to the sentence's end that sets a target
# (folded): that year is the time the target is reached, as 2025年完成… is:  2018年,全市用水总量控制在40亿立方米。
#   2025年,全县污水治理率达到45%以上。   (not 2025年,全县完成30个,在此基础上…: a clause that goes on; not 2025年3月,…:
#   a month, when something happens)
PROSE_YEAR_OPENING_TARGET = compile_regex(
    r"(?:^|(?<=[。;]))\s*(?P<due>\d{4}\s*年)\s*,(?=[^,;。]*?(?:达到|控制在|提高到|提升到|提高至|提升至|降低到|降至"
    r"|下降到|下降至|稳定在|保持在|不低于|不少于|实现|完成|建成)[^,;。]*(?:。|$))"
)
# a deadline piece of an assignment, maybe followed by a short verb: 2024年第三季度完成
# 2026年6月30日前建成投运   2024年3月起实施   自2019年1月1日起执行 (a start after 自 or 从)   全年   12月底前完工
# 2025年6月   2024年年底前   2024年度   “十四五”期间   逐年推进   立即启动   (an annotation's piece only:
# in prose a plain month is when something happens, and 持续开展 is how)
_PIECE_DUE = (
    r"^(?:并且?)?(?:自|从)?(?P<due>"
    + _YEAR_LONG_WORK
    + r"|\d{4}\s*年(?:年底|年末)(?:前|以前|之前)?"
    # a quarter or half year with its year, then 起: the work starts then (2025年下半年起, 2025年第二季度起; not cut
    # to 2025年下半年, a date)
    + r"|\d{4}\s*年(?:第?[一二三四]\s*季度|上半年|下半年)起"
    # ten days of a month, then 起: the work starts then (5月中旬起, 2026年5月下旬起; not cut to 5月中旬, a date)
    + r"|(?:\d{4}\s*年)?(?<!\d)\d{1,2}\s*月(?:上旬|中旬|下旬)起"
    # a range to the year's end or into the next year, read whole (RANGE_TO_YEAR_END, YEAR_END_RANGE,
    # MONTH_TO_NEXT_YEAR): 2024年9月至年底 (not cut to 2024年9月)   9月至年底   11月至次年2月   2024年底至2025年底
    + r"|(?:\d{4}\s*年)?\d{1,2}\s*月(?:\d{1,2}\s*日)?\s*[—–\-~至到]+\s*(?:年底|年末|(?:次年|翌年)\d{1,2}\s*月(?:\d{1,2}\s*日)?"
    r"(?:底|末)?)(?:前|以前|之前)?"
    + r"|\d{4}\s*年年?[底末]\s*[—–\-~至到]+\s*\d{4}\s*年年?[底末](?:前|以前|之前)?"
    # ten days of a month to later ones of the same month, read whole (TEN_DAY_RANGE): 10月上旬至下旬 (not cut to
    # 10月上旬)
    + r"|(?:\d{4}\s*年)?\d{1,2}\s*月(?:上旬|中旬)\s*[—–\-~至到]+\s*(?:中旬|下旬|底|末)(?:前|以前|之前)?"
    # a run of quarters, read whole (QUARTER_RANGE): 2025年一季度至三季度 (not cut to 2025年一季度)   2024年1—3季度
    + r"|(?:\d{4}\s*年)?第?(?:[一二三四]|\d(?<=[1-4]))\s*(?:季度)?\s*(?:[—–\-~至到]+|、)\s*第?[一二三四1-4]\s*季度(?:末|底)?(?:前|以前|之前)?"
    # the first three quarters, as an annotation's piece: 前三季度   2025年前三季度 (ends with the third; in prose
    # 2025年前三季度 is as often a statistic's period, and is read as before)
    + r"|(?:\d{4}\s*年)?前[一二三]季度(?:末)?(?=$)|(?:"
    + DEADLINE.pattern
    + r")"
    r"|\d{4}\s*年(?:第?[一二三四1-4]季度(?:末|底)?(?:前|以前|之前)?"
    r"|\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:起|前)?|度|起|内)?|第?[一二三四]季度(?:末|底)?|全年|年内|年度内"
    r"|(?<!\d)\d{1,2}\s*月(?:\d{1,2}\s*日)?起"
    r"|“?十[一二三四五六七八九]五”?(?:期间|时期|末)?"
    r"|长期开展|长期(?!\p{Han})|持续开展|常态推进|逐年推进|分年度推进|分阶段推进|分步推进|按年度推进|立即"
    # standing work, the whole of a piece after its units' verb: （县水利局负责，持续实施）   长期执行   常抓不懈 (not
    # 持续实施巡查制度: the work, not its time)
    r"|(?:持续实施|长期实施|长期执行|常抓不懈)$"
    r"|按(?:序时|时序)(?:进度)?推进|长效推进|常态化(?:开展|推进)|动态(?:调整|推进)|适时(?:开展|推进)"
    r"|按上级(?:要求|部署)(?:推进|完成)?|根据(?:工作)?(?:进度|需要)推进|本学期|年底|年末"
    # a year named relative to the notice's, with the time in it read whole (明年一季度, 明年上半年, 今年6月上旬前,
    # 明年汛期前: never cut to 明年, the time after it taken for a verb)
    r"|(?:今年|本年|当年|明年|次年)(?:\d{1,2}\s*月(?:\d{1,2}\s*日|上旬|中旬|下旬)?|第?[一二三四]\s*季度|上半年|下半年"
    r"|主汛期|汛期|汛|春节|(?:春季|秋季)?(?:学期)?开学)?(?:底|末|内)?(?:前|以前|之前)?"
    r"|(?<!\d)\d{1,2}\s*月份"
    # a season or a period of the work, as the last piece of an annotation: 汛期, 每年参保征缴期内完成
    r"|(?:(?:主汛期|汛期|旺季|雨季|供暖季|采暖季|寒假|暑假)(?:期间|内)?|(?:每年)?\p{Han}{2,8}?期(?:内|间))(?=(?:完成)?$)"
    # holidays named before their period: 春节、国庆等重要节日期间
    r"|(?:(?:春节|元旦|清明节?|五一|劳动节|端午节?|中秋节?|国庆节?)[、和]?)+等?(?:重要|重大|法定|传统)?节(?:假)?日期间(?=$)"
    # a date in digits alone, as an annotation's last piece: 2025.10.31   2025.12   2025-09-30
    r"|" + _DIGIT_DATE + r")"
)
DEADLINE_PIECE = compile_regex(
    _PIECE_DUE + r"(?P<then>[^\d,;。、:]{0,4}|[^\d,;。、:]{0,4}并?(?:长期坚持|持续推进|常态化推进))$"
)
# a piece of an annotation that is a time phrase: a time, then a second time or how often or how long the
# work goes on, all of it the deadline as written (never units, which the caller tests): 2025年起常态化开展
# 2025年6月、12月各开展一次   2025年6月启动、12月完成   2025年5月开工、2025年12月建成 (a time then the work
# due, 2025年底前完成河道清淤, is DUE_THEN_WORK's)
DEADLINE_PHRASE = compile_regex(
    _PIECE_DUE
    + r"(?P<then>(?![\d\s月日号底末前])(?=[^,;。:()]*?(?:\d\s*月|季度|半年|常态|持续|长期|每))[^,;。:()]{1,16})$"
)
# how often or how long work goes on, opening what follows a time with 起 (2025年起每年排查一次, 2025年起常态化开展):
# the clause is a time phrase, not work (2025年第二季度起执行新标准)
RECURRENCE_OPENING = compile_regex(r"每(?:年度?|季度|半年|月|学期|周|旬)|常态|持续|长期")
# a cadence then the work done each time, or a count of times closing its clause (folded): 每年完成一批水源地建设
#   每季度更新清单 (the cadence alone, group every)   每年排查一次   每季度开展不少于1次, (how often, whole: group
#   count)   (not 每年: nothing after it)
EVERY_THEN_WORK = compile_regex(
    r"(?P<every>每(?:年度?|季度|半年|月|学期|周|旬))"
    r"(?:(?P<count>(?:至少|不少于)?\p{Han}{0,4}?(?:至少|不少于)?\s*[一两二三四五六七八九十\d]+\s*(?:次|轮|场)(?:以上)?)"
    r"(?=\s*(?:[,;。]|$))|(?=\p{Han}))"
)
# a start then a verb alone, closing the text: the task's own measure takes effect then, the start its standing
# deadline as written: 2024年起实施   2025年3月起执行 (not a start then work: 2025年起实行月报制度)
START_TAKES_EFFECT = compile_regex(
    r"^(?P<due>\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?起)(?:实施|执行|施行|实行|推行)$"
)
# the day a task's work starts in prose, a date after 自 or 从 (a deadline only when the task names no other):
# 自2025年7月1日起执行举报奖励制度   从2026年3月起推行电子证照   自2019年1月1日起按标准调整到位
# 自2025年起将经费保障纳入统计监测 (a rule applied
# from then on; a policy's own term, 实施至…, is none)
DUE_START_IN_PROSE = compile_regex(
    r"(?:自|从)(?P<due>\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?起)(?=执行|实施|施行|推行|实行|开展|启用|全面|按|将|把|对|在)"
)
# a start opening a clause of prose, then the work that goes on from it (a deadline only when the task names no
# other, as written with its 起): 2025年起在各乡镇设立…   2025年起，培训规模不少于1万人次   2026年3月起实行月报
# 2025年秋季学期起全面推开
# (not 起草, 起步, 起算, 起点: words of their own)   (2025年起)推行…
DUE_START_OPENING = compile_regex(
    r"(?:^|(?<=[,;。:\s])|(?<=[一二三四五六七八九十]是))"
    r"(?P<due>\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?|(?:春季|秋季)学期)?起)"
    r"(?![草步算点止讫])(?=\s*,?\s*\p{Han})"
    # (2025年起)推行…: the start in a bracket of its own, as an item opening with its time writes it
    r"|(?<=\(\s*)(?P<due>\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?起)(?=\s*\))"
)
# a work group's name as its block's whole title (folded; its 。 stripped): 综合协调组  宣传报道组  工作专班  现场指挥部
#   督查办公室  办公室(县创城办)   (a second name in brackets after it at most; not 加强组织领导, 成立工作专班)
WORK_GROUP_TITLE = compile_regex(
    r"^(?!成立|组建|设立|调整|完善|加强|健全)"
    r"(?P<name>\p{Han}{2,12}?(?:组|专班|指挥部|工作队)|\p{Han}{0,12}?办公室)(?:\([^()]{1,16}\))?$"
)
# the labels of a work group's units, the unit leading it and its members (folded): 组长单位   牵头单位   成员单位
GROUP_UNITS_LABEL = compile_regex(r"^(?P<role>组长|副组长|成员|牵头)(?:单位|部门)$")
# the label a work group's duties follow, opening a line (folded): 职责:负责…   主要职责:   工作职责:
DUTY_LABEL_LINE = compile_regex(r"(?:^|\n)\s*(?:主要|工作)?职责(?:任务)?\s*:\s*")
# a deadline's label and its value right after a bracket of units, to the text's end (folded): 完成时限:持续推进
#   完成时间:2025年6月底前   (the caller matches from the bracket's end to the text's last sentence mark)
DUE_LABEL_CLOSING = compile_regex(
    r"\s*(?:完成时限|完成时间|时间节点|办结时限|时限要求|时限)\s*:\s*(?P<due>[^,;。:()]{2,20}?)\s*$"
)
# the whole year opening a clause of prose, as the time of the work or of its target (a deadline only where the
# task names no other): 全年开展培训5000人次以上   …，全年办结率达到100%   (not 全年中, 全年度, 全年平均, 较上年全年, nor a
# count over it, 全年不少于6场, which says how often)
WHOLE_YEAR_OPENING = compile_regex(
    r"(?:^|(?<=[,;。:\s]))全年(?=\p{Han})(?!中|度|内|平均|累计|不少于|至少|不低于|不超过|达\d)"
)
# a piece of an annotation that dates work already done, no deadline: 2024年已开工   2025年已完成选址
DONE_BY_A_DATE = compile_regex(_PIECE_DUE + r"(?P<then>(?:已|业已)[^,;。:()]{0,12})$")
# a deadline in prose that says when the work starts, then when it ends (the end is the deadline; both are
# kept as written): 2025年3月底前启动，2025年10月底前完成   一季度开工，四季度竣工   上半年启动、下半年完成
_STAGE_TIME = (
    r"(?:\d{4}\s*年)?(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:底|末|上旬|中旬|下旬)?|第?[一二三四]季度(?:末|底)?|上半年|下半年"
    r"|年底|年末)?(?:前|以前|之前)?"
)
DUE_STARTS_THEN_ENDS = compile_regex(
    r"(?<![\d年])(?P<start>(?=[\d第一二三四上下年])" + _STAGE_TIME + r")(?:启动|开工|动工|开始实施|开始)"
    r"[,、]\s*(?:并|力争|确保|于)?(?P<end>(?=[\d第一二三四上下年])" + _STAGE_TIME + r")"
    r"(?:基本|全面|全部)?(?:完成|竣工|完工|建成|投用|投运|投入使用|交付使用|上线运行|上线)"
)
# a date describing the thing worked on, not the time the work is due (after the date in prose, folded): the
# date inside its clause, after the clause's verb (DUE_OF_AN_OBJECT_BEFORE: something other than words that
# introduce a time stands before it in the clause), then a short verb phrase and 的 before a noun
# (DUE_OF_AN_OBJECT_AFTER):  全面调查2000年底前建成的老旧小区   对2010年以前建成的燃气管道   为2015年底前安装的居民用户
#   对2022年底前开工的项目   核查2023年12月31日前到期的债务   完成2023年12月底前未办结的事项   化解2020年以前形成的债务
# (a date opening its clause dates the clause's work: 6月底前完成排查的问题整改 -> 6月底前); or, after a verb of
# clearing up, a date the clearing takes as its object with no 的 (DUE_CLEARED_BEFORE, then any Han):
#   完成2023年以前统计历史遗留问题清理
_TIME_INTRODUCED = r"(?:力争|确保|争取|务必|必须|计划|预计|将于|于|在|到|要|须|并|再|均|全部|基本)?"
DUE_OF_AN_OBJECT_BEFORE = compile_regex(r"(?<!(?:^|[,;。:!?)])\s*" + _TIME_INTRODUCED + r")$")
DUE_OF_AN_OBJECT_AFTER = compile_regex(r"^\p{Han}{1,5}?的(?=\p{Han})")
DUE_CLEARED_BEFORE = compile_regex(r"(?:完成|清理|化解|解决|消化|处置|清偿|清查)$")
DUE_CLEARED_AFTER = compile_regex(r"^\p{Han}")
# where the stages of work in prose are apart (a clause's end between two dated stages), and the work a stage's
# date opens: 2024年6月底前完成设计，2025年3月底前完成建设   一季度完成选址，二季度建成投用 (never 的, 以来, 起, 前后,
# nor a date's own words)
STAGE_BREAK = compile_regex(r"[,;。]")
# a stage's time opening its clause, the scope it is for and its work after a comma, to the sentence's end or a
# semicolon (folded): the text before the time, then the text after it, of stages staged by place:
#   确保到2032年底,甲县实现…;2033年底,乙县实现…   (not 完成2024年底,: inside a clause; not 到2025年底,覆盖率达到90%,
#   2024年底前…: a clause that goes on after a comma, no stage of its own)
STAGE_TIME_OPENING_BEFORE = compile_regex(r"(?:^|[,;。:])\s*(?:确保|力争|争取)?$")
STAGE_SCOPE_AFTER = compile_regex(r"^,\s*\p{Han}[^,;。]*(?:[;。]|$)")
STAGE_WORK_AFTER = compile_regex(r"^(?![的以起前后内底末])\p{Han}")
# a later dated clause that is no stage ending the work (folded, the clause after its date): a share of the
# work done by then, a step of progress (完成整治任务的70%   完成年度建设任务的50%; not a target the work
# reaches, 比例达到85%, nor a figure of the work itself, 新建充电桩200个), or the first run of work that then
# recurs (开展首次评估   组织第一轮检查), which starts a cadence rather than ending the task's work, or a
# report on the work done (报送工作情况   向县政府报告   上报进展   报县委办总结), no part of the work itself
STAGE_NOT_LAST = compile_regex(
    r"^[^,;。]{0,4}?完成[^,;。]*?(?:的|总量|总数|任务)\s*\d+(?:\.\d+)?\s*%"
    r"|^[^,;。]{0,6}?(?:首次|首轮|第一次|第一轮)"
    r"|^(?:向[^,;。]{1,12}?)?(?:报送|上报|报告|呈报|报[^,;。]{0,12}?(?:总结|情况|进展))"
)
# a part of the work, written before a later clause's time (folded, the text between the two stages): 其中
# opening the clause (or bracket) that holds the later time, no stage ending the work
#   ,其中城区6月底前完成   ,其中:县级   (其中城区   (not 完成整改,   (其中主河道3公里),   其中城区,全县)
STAGE_PART_BEFORE = compile_regex(r"(?:^|[,;。(])其中[^,;。()]*$")
# the next year, written before a stage's time that names none (folded): 2025年11月底前…，次年3月底前完成复核
#   次年   翌年   明年   下一年
NEXT_YEAR_BEFORE = compile_regex(r"(?:次年|翌年|明年|下一年)$")
# a next-year word opening a clause of a deadline cell after the stage read as last, no start (明年起): a later stage
# in the next year the cell's times did not read (6月开工，年内完工，明年投用   年内完工，明年底前投用   次年6月投用)
NEXT_YEAR_LATER = compile_regex(r"(?<=[,;、])\s*(?:次年|翌年|明年|下一年)(?!度)(?![^,;。]{0,8}?起)")
# a phone number after a person in a leaders cell, no part of the name (on the cell as written, not folded):
#   张明 13900001111   李华（0731-1234567）
#   王刚 电话：13800000000
PHONE_AFTER_PERSON = compile_regex(
    r"\s*(?:[(（]\s*)?(?:(?:联系)?电话|手机)?\s*[:：]?\s*(?<![\d\-])(?:1\d{10}|0\d{2,3}[-－]?\d{7,8})(?![\d\-])"
    r"(?:\s*[)）])?"
)
# a table's row of totals under its rows, its first cell 合计 (or 小计, 总计, 共计), the rest counts or sums:
#   合计<tab>3项<tab><tab>   | 合计 | 12项 | | |   小 计 (never 合计完成投资…, a task's own text)
TOTAL_ROW = compile_regex(r"^[\s|]*(?:合\s*计|小\s*计|总\s*计|共\s*计)(?:[\s|:]|$)")
# a labelled deadline followed by what is to be done by then, which is no part of it:
# 汛期前完成首轮排查 -> 汛期前   2025年6月底前完成全部改造 -> 2025年6月底前
# the verbs of work done by a deadline (DUE_THEN_WORK's; alone, a cheap test before it)
DUE_WORK_VERB = compile_regex(r"完成|建成|实现|出台|制定|印发")
DUE_THEN_WORK = compile_regex(
    r"^(?P<due>" + DEADLINE.pattern + r")(?=并?(?:基本|全面|全部|初步)?(?:" + DUE_WORK_VERB.pattern + r")\p{Han}{2,12}$"
    r"|并?(?:完成|建成|实现)(?:改造|建设|新建)?\d{1,6}\p{Han}{1,3}$)"
)
# a season or period of the work with its dates in brackets after it (folded), as an annotation's piece or a
# deadline as written: 汛期(6月1日—9月30日)   主汛期(7月下旬至8月上旬)   供暖期(11月15日至次年3月15日)
# (not 县水利局(牵头), 县发改局(粮食局): no period; the caller reads the dates, which must be a time)
SEASON_WITH_DATES = compile_regex(r"^(?P<season>\p{Han}{0,6}(?:期|季)(?:间|内)?)\((?P<dates>[^()]*\d[^()]*)\)$")
# the preposition before a deadline in an annotation's piece, no part of it (the caller reads the rest as a
# deadline, or leaves the piece as it is): 于6月底前完成   在2025年底前完成   并于9月底前建成   须于年底前
# 力争2026年底前完成   争取于9月底前   确保10月底前完成   务必于年底前 (striving for the date, or ensuring it, is
# no part of it, as in prose)
# (never 由, 会同, 负责: 于 or 在 opens it, after at most 并 or a modal, or 力争, 争取, 确保 or 务必)
DUE_PREPOSITION = compile_regex(r"^(?:(?:力争|争取|确保|务必)(?:在|于)?|(?:并|须|需|要|应|均)?[于在])")
# a due cell: any text that holds a year or a standing deadline; or a cell that is a recurring period or a
# season alone: 每学期   每学年   每周   汛期前   主汛期前   开学前   立行立改，年底前建立长效机制 (fixed at once, then dated)
# 长期 (the standing deadline written alone)   按月推进   按季度 (a cycle with 按, alone or with how the work goes on)
DUE_CELL = compile_regex(
    r"^\d{4}\s*年|^\d{4}\s*[—–\-~至到]|长期坚持|持续推进|长期推进|^长期$|常态化|每季度|每半年|每月|每年|年底前"
    r"|^按(?:季度|半年|月|年度)(?:推进|开展|调度|落实)?$"
    r"|^\d{1,2}\s*月|季度|^上半年|^下半年|^年底|^年末|^年中|^年内|^全年|^"
    + _AT_ONCE
    + r"|^(?:每学期|每学年|每周|每旬|每双月|(?:主)?汛期?前|汛期|开学前|春节前|寒暑假期间)(?:完成|开展)?$"
    + rf"|^{_DIGIT_DATE}"  # 2025.10.31   2025/12/31前
)
# a range of years, months or days: 2020—2021年   2021年3月—6月   2019年至2020年12月   2024年3月1日至2024年6月30日
DUE_RANGE = compile_regex(
    r"(?P<y1>\d{4})\s*年?\s*(?:(?P<m1>\d{1,2})\s*(?:月份?(?:(?P<d1>\d{1,2})\s*日)?|(?=[—–\-~至到]+\s*\d{1,2}\s*月)))?"
    r"起?\s*[—–\-~至到]+\s*"
    r"(?:(?P<y2>\d{4})\s*年(?:\s*(?P<m2>\d{1,2})\s*月(?:(?P<d2>\d{1,2})\s*日)?)?|(?P<m2>\d{1,2})\s*月(?:(?P<d2>\d{1,2})\s*日)?)"
)
# a quarter written in Latin letters, after its year or alone: 2025年Q3   2025Q3   Q4 (read as 年第3季度)
LATIN_QUARTER = compile_regex(r"(?<![A-Za-z])[Qq](?P<n>[1-4])(?![\dA-Za-z])")
# a run of quarters, the first to the last (folded, in a deadline as written): 2024年一至三季度   2024年1—3季度
#   一至二季度   2025年一季度至三季度   2025年第二至第四季度   2025年三、四季度 (two quarters side by side)
#   2024年第三季度至2025年第二季度 (over two years: from the first year's quarter to the second's)
#   (not 2025年一、三季度: quarters apart, no run; not 第三季度: one quarter)
QUARTER_RANGE = compile_regex(
    r"^(?:(?P<y>\d{4})\s*年)?第?(?P<q1>[一二三四1-4])\s*(?:季度)?\s*(?:[—–\-~至到]+|(?P<and>[、和]))\s*"
    r"(?:(?P<y2>\d{4})\s*年)?第?(?P<q2>[一二三四1-4])\s*季度"
)
# a range from a month to its year's end (folded; the notice's year where none is written): 2024年9月至年底
#   9月至年底   2024年3月—年末前   (not 2024年9月至12月: an end month, DUE_RANGE's; not 9月底前: no range)
RANGE_TO_YEAR_END = compile_regex(
    r"^(?P<y>\d{4}\s*年)?(?P<start>\d{1,2}\s*月(?:\d{1,2}\s*日)?)\s*(?P<to>[—–\-~至到]+)\s*(?:年底|年末)(?:前|以前|之前)?$"
)
# a range from one year's end to a later one's (folded): 2024年底至2025年底   2024年末—2026年末 (from the first
# year's December; not 2024年底前: one point)
YEAR_END_RANGE = compile_regex(
    r"^(?P<y1>\d{4})\s*年年?[底末]\s*[—–\-~至到]+\s*(?P<y2>\d{4})\s*年年?[底末](?:前|以前|之前)?$"
)
# a range of months with no year into the next year, whose start is the notice's year (folded): 11月至次年2月
#   11月—翌年3月底   (not 2024年11月至次年2月: its start has its year)
MONTH_TO_NEXT_YEAR = compile_regex(r"^\d{1,2}\s*月(?:\d{1,2}\s*日)?\s*[—–\-~至到]+\s*(?:次年|翌年)\d{1,2}\s*月")
# two ten days of a month written as one (folded), which a deadline reads as a range of them: 6月中下旬 -> 6月中旬至下旬
# 2026年6月上中旬 -> 2026年6月上旬至中旬 (not 6月中旬: one)
JOINT_TEN_DAYS = compile_regex(r"(?P<month>\d{1,2}\s*月)(?P<first>上|中)(?P<last>中|下)旬")
# a range within one year whose first or last end is a ten days' part of a month (folded; the year optional):
# 10月中旬至11月上旬   2025年10月上旬至下旬 (the same month)   9月下旬至10月底   2025年3月至4月中旬前
# (not 10月至11月: DUE_RANGE's; not 10月中旬至2026年1月: into a year it writes; not 10月中旬: one point)
TEN_DAY_RANGE = compile_regex(
    r"^(?:(?P<y>\d{4})\s*年)?(?P<m1>\d{1,2})\s*月份?"
    r"(?:(?P<x1>上旬|中旬|下旬)\s*[—–\-~至到]+\s*(?:(?P<m2>\d{1,2})\s*月份?)?(?P<x2>上旬|中旬|下旬|底|末)?"
    r"|\s*[—–\-~至到]+\s*(?P<m2>\d{1,2})\s*月份?(?P<x2>上旬|中旬|下旬))(?:前|以前|之前)?(?!\s*\d)"
)
# a range of months with no year, the notice's: 5—6月   3月—6月   5月1日—6月30日   (not 5—6个月, a length)
MONTH_RANGE_NO_YEAR = compile_regex(r"^\d{1,2}\s*(?:月(?:\d{1,2}\s*日)?)?\s*[—–\-~至到]+\s*\d{1,2}\s*月(?!\s*个)")
# a deadline tied to an event or season rather than a date: 2021年汛前, 春节前
DUE_EVENT = compile_regex(
    r"汛前|汛期|春节|节前|国庆|五一|劳动节|端午|清明|开学|供暖|采暖|雨季|冬季|夏季|春季|秋季|旺季|高峰期|寒假|暑假|届满|换届|验收前"
    r"|秋收|秋播|秋种|春耕|春播|夏收|夏种|夏播|麦收|三夏|三秋|节日|节假日|枯水期|丰水期"
)
# a date written in Chinese numerals: 二〇二四年十二月底前   二〇二五年六月三十日
#   二○○七年四月十三日 (a scrape's white circle ○ for 〇)
CN_YEAR = compile_regex(r"(?P<y>[〇○零一二三四五六七八九]{4})年")
CN_MONTH = compile_regex(r"(?:(?<=年)|^)(?P<m>十[一二]?|[一二三四五六七八九])月")
CN_DAY = compile_regex(r"(?<=月)(?P<d>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日")
# a whole date in Chinese numerals on a line of its own, as a head's date line: 二〇二五年二月十日
CN_SIGNED_DATE = compile_regex(rf"^{_CN_DATE}$")
# a deadline that dates a record the task works from, not the task: 对照2024年12月底前排查的问题清单,
# 根据6月底前摸排的情况 (a reference word earlier in its clause; a short verb and 的 after it)
DUE_OF_A_RECORD_BEFORE = compile_regex(r"(?:对照|按照|根据|依据|参照|参考)[^,;。:]*$")
DUE_OF_A_RECORD_AFTER = compile_regex(r"^\p{Han}{1,4}的")
# a date in a phrase naming what is already done or in force, after it in its clause: 在2024年底前已完成试点的基础上,
# 2023年以来, 2024年底前出台的办法 (the date of a thing that exists, not of the task)
DUE_OF_WORK_DONE = compile_regex(
    r"^(?:已|业已|以来|(?:出台|印发|发布|颁布|公布|施行)的|[^,;。:!?]*基础上(?=$|[,;。:]))"
)
# the date of results the task keeps (巩固2024年6月底前创建成果): 巩固 before it in its clause, 成果 after it
DUE_OF_RESULTS_KEPT_BEFORE = compile_regex(r"巩固[^,;。:]*$")
DUE_OF_RESULTS_KEPT_AFTER = compile_regex(r"^[^,;。:]*成果")
# a year named relative to the notice's: 今年底前  明年6月底前
RELATIVE_YEAR = compile_regex(r"(?P<rel>今年|本年|当年|明年|次年|翌年)(?!度)")
# a five-year plan period: “十四五”期间 (2021—2025)   十三五末   十四五期末 (its last day)
FIVE_YEAR_PLAN = compile_regex(r"十(?P<n>[一二三四五六七八九])五”?(?P<end>(?:时期|期)?末)?")
# a deadline that says when the work starts, not when it ends: 2024年起   2024年9月1日起
DUE_START = compile_regex(r"起(?:实施|执行|施行|开展|推进)?$")
# the same, then how the work goes on from then: 2025年起常态化开展   2024年3月起每季度开展一次
DUE_START_GOING_ON = compile_regex(r"^(?:自|从)?\d{4}\s*年(?:\d{1,2}\s*月(?:\d{1,2}\s*日)?)?起(?=常态|持续|长期|每)")
# one point in time, the year optional: 2019年6月底前  2019年6月30日  2019年三季度  6月中旬  三季度末  年底
#   2019年年中前 (the middle of the year: its first half's end)
DUE_POINT = compile_regex(
    r"(?P<y>\d{4})\s*年\s*(?:(?P<m>\d{1,2})\s*月份?\s*(?:(?P<d>\d{1,2})\s*日|(?P<xun>上旬|中旬|下旬))?"
    r"|[第前]?(?P<q>[一二三四1-4])\s*季度|(?P<half>上半年|下半年|年中|中(?=前|以前|之前|$)))?"
    r"|(?<!\d)(?P<m>\d{1,2})\s*月份?\s*(?:(?P<d>\d{1,2})\s*日|(?P<xun>上旬|中旬|下旬))?"
    r"|第?(?P<q>[一二三四1-4])\s*季度|(?P<half>上半年|下半年|年中)|年底|年末|年度内|年内|全年"
)
YEAR = compile_regex(r"(?<!\d)(\d{4})(?!\d)")
# a year named in running text, as a year (not an amount): 策划2019年观花活动 (not 投资2318万元, nor
# 1500年古寺: only 19xx and 20xx count)
YEAR_IN_TEXT = compile_regex(r"(?<!\d)((?:19|20)\d{2})\s*年")
# a year and its month, where a plan's steps start: （一）部署阶段（2023年12月）  2025年3月—5月为部署阶段
YEAR_AND_MONTH = compile_regex(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")
# a year named as the year of a notice's own work, in its preamble (现就2013年《政府工作报告》…, 2013年度,
# 2013年重点工作, 2013年工作要点): a year a preamble names otherwise looks back (为贯彻落实2023年中央经济工作
# 会议精神) or names a day (2024年2月1日起施行)
YEAR_ALONE_IN_TEXT = compile_regex(r"(?<!\d)((?:19|20)\d{2})\s*年(?=\s*(?:《|度|重点|工作|政府工作报告))")
# a template's placeholder for a year, which no notice's year replaces: X年11月底前
YEAR_PLACEHOLDER = compile_regex(r"(?<![A-Za-z\d])X\s*年")
# a date written in digits, read as the date it is written for (deadlines.py writes it 2025年10月31日): 2025.10.31
#   2025/12/31   2025-09-30   2025.10   2025年10.31   2025.3—6 (a range's end written with its month alone)
#   (its look-behind, unlike _DIGIT_DATE's, lets a - stand before the year)
DIGIT_DATE = compile_regex(
    rf"(?<![\d./]){_DIGIT_DATE_NAMED}"
    rf"(?:(?P<to>\s*(?:[—–~至到]+|(?<=[./]\d{{1,2}})-)\s*)(?P<m2>{_DIGIT_MONTH})(?:[./](?P<d2>{_DIGIT_DAY}))?(?![\d.%年]))?"
)

# --- departments -----------------------------------------------------------------
# separators between units, outside parentheses: 县财政局、县教育局,各乡镇;县林业局
UNIT_SEPARATORS = "、,;"
# a unit named with its place and level, after 和: 青河县财政局, 云岭市卫生健康委 (县发改局和青河县财政局 is two units)
PLACE_NAMED_UNIT = compile_regex(r"^\p{Han}{2,4}[省市州县区旗]")
# a town's, a township's or a street's government named with its place, after 和: 红石镇人民政府, 青山乡, 城关街道办事处,
# 白塔镇 (县住建局和红石镇人民政府 is two units; not 各乡镇, 有关街道, 城乡建设局, 乡镇人民政府: no place's name)
TOWN_NAMED_UNIT = compile_regex(
    r"^(?!各|有关|相关|其他|其它|所在|全|乡镇|城乡|城镇|村镇)\p{Han}{2,4}?(?:镇|乡|街道)"
    r"(?:人民政府|政府|办事处|街道办事处|党委|党工委)?$"
)
# a qualifier in angle brackets within a unit's name, as some sites write a round bracket (folded): 各县<市、区>人民政府
# 各县〈市、区〉人民政府 各县<市>教育局 (not a lone sign of less or more: 超标率<5%, 浓度<35微克, 比例>85%, 10蒸吨<容量。,
# 合格率>98%、抽检批次<500批: no pair closed between two parts of a name)
ANGLE_QUALIFIER = compile_regex(r"(?<=\p{Han})[<〈]\p{Han}{1,3}(?:[、,]\p{Han}{1,3}){0,4}[>〉](?=\p{Han})")
# a unit's qualifier the end of the text cut open (folded): 各区人民政府<含开发区 各县(市 县政府办(县大数据中心
# (not a qualifier closed: 各县(市)人民政府, 各县<市、区>人民政府; not one with no name before it: (市发)
CUT_QUALIFIER = compile_regex(r"(?<=\p{Han})[(<〈\[〔【][^)>〉\]〕】]*$")
# Unit words live in bundled/vocabulary.yaml under `units:` (built on first use, as above).
UNIT_ENDINGS: tuple[str, ...]
COLLECTIVE_ENDINGS: tuple[str, ...]
SHARED_ENDINGS: tuple[str, ...]
BARE_FIELDS: frozenset[str]
SHARED_PLACE_ENDINGS: tuple[str, ...]
ZONE_BODY_ENDINGS: tuple[str, ...]
ZONE_ENDINGS: tuple[str, ...]
CUT_NAME_TAILS: frozenset[str]
SHORT_UNIT_FORMS: tuple[str, ...]
UNIT_OPENING_WORDS: tuple[str, ...]
AREA_NOT_PLACE: Pattern
BARE_PLACE: Pattern
QUALIFIERS: tuple[str, ...]
QUALIFIER: Pattern
LEVELS: tuple[str, ...]
PLACE_UNIT_ENDINGS: tuple[str, ...]
NOT_LEVEL_OPENERS: tuple[str, ...]
PLACE_PREFIX: Pattern
FIELD_WORDS_WITH_LEVEL: tuple[str, ...]
AREA_PREFIX: Pattern
REGION_PREFIX: Pattern
NATIONAL_PREFIXES: tuple[str, ...]
BELOW_LEVEL_PREFIXES: tuple[str, ...]
OWN_DEPARTMENT_PREFIXES: tuple[str, ...]
GOVERNMENT_BUREAU_ENDINGS: tuple[str, ...]
TOWN_UNIT_PREFIXES: tuple[str, ...]
TOWN_WORDS: tuple[str, ...]
WORK_OPENERS: tuple[str, ...]
TOWN_OFFICES: tuple[str, ...]
UNIT_KINDS: frozenset[str]
BRANCH_ENDINGS: tuple[str, ...]
SELF_NAMED_ENDINGS: tuple[str, ...]
VERTICAL_UNITS: tuple[str, ...]
VERTICAL_SHARING_LEVEL: tuple[str, ...]
NO_TOWN_ENDINGS: tuple[str, ...]
AREA_UNSHARED_ENDINGS: tuple[str, ...]
TOWN_SHARED_KINDS: frozenset[str]
NOT_TOWN_OPENERS: tuple[str, ...]
NOT_TOWN_ENDINGS: tuple[str, ...]
ZONE_LONG_NAMES: dict[str, tuple[str, ...]]
LIST_SECTION_ENDINGS: tuple[str, ...]
NOT_LOCAL_PREFIXES: tuple[str, ...]
NOT_LOCAL_ENDINGS: tuple[str, ...]
OWN_OFFICES_AWAY: tuple[str, ...]
OWN_PLACE: Pattern
DISTRICT_PLACE: Pattern
UNIT_REMARKS: tuple[str, ...]
ROLE_ADVERBS: tuple[str, ...]
UNIT_NOTE_WORDS: tuple[str, ...]
DUTY_NOTE_WORDS: tuple[str, ...]
PERSON_AFTER_UNIT: Pattern
PERSON_LABELLED: Pattern
CONTACT_COLUMN: Pattern
SURNAMES: tuple[str, ...]
UNIT_THEN_DUTY: Pattern
SPECIFIC_UNIT: Pattern
VERB_BAN: Pattern
UNIT_ALIAS_BRACKET: Pattern
GLUED_COLLECTIVE: Pattern
UNIT_ROLE_MARK: Pattern
CELL_ROLE_VERB_END: Pattern
UNIT_THEN_VERB: Pattern
UNIT_ASSISTS_WORK: Pattern
PLACES_SHARE_WORK: Pattern
EACH_PLACES_END: Pattern
UNIT_THEN_ANY_VERB: Pattern
UNIT_THEN_LEAD: Pattern
VERB_THEN_SPACE: Pattern
VERB_THEN_DUNHAO: Pattern
UNIT_ROLE_IN_PROSE: Pattern
UNIT_ROLE_NEAR: Pattern
NAMED_UNIT_IN_LINE: Pattern
UNIT_TIER_IN_LINE: Pattern
LEVELLESS_UNIT_DUTY: Pattern


@cache
def _unit_words() -> dict[str, Any]:
    vocabulary = read_bundled("vocabulary.yaml")
    _UNITS = vocabulary["units"]
    assignments = _assignment_words()
    VERBS, _LABELS = assignments["VERBS"], assignments["_LABELS"]
    # 及 or 以及 between units, only right after a unit's ending: 县财政局及有关部门 (never 涉及, 以及 in prose)
    UNIT_ENDINGS = tuple(sorted([*_UNITS["endings"], *_UNITS["collective_endings"]], key=len, reverse=True))
    # endings of collective or general units: 各级政府, 党委, 有关部门 (党委和政府 is one unit)
    COLLECTIVE_ENDINGS = tuple(sorted(_UNITS["collective_endings"], key=len, reverse=True))
    # a generic ending a list may share: 教育、卫生健康部门 -> 教育部门, 卫生健康部门
    SHARED_ENDINGS = tuple(sorted(_UNITS["shared_endings"], key=len, reverse=True))
    # 人社: a field's short name ending as a unit does, which takes a shared ending all the same (人社、医保等部门)
    BARE_FIELDS = frozenset(_UNITS["bare_fields"])
    # a government's ending that bare places before it share: 柳州、梧州、贺州市人民政府 -> 柳州市人民政府 …
    SHARED_PLACE_ENDINGS = tuple(sorted(_UNITS["shared_place_endings"], key=len, reverse=True))
    # a zone's governing bodies that zones named bare before them share: 示范区、高新区管委会 -> 示范区管委会 …
    ZONE_BODY_ENDINGS = tuple(sorted(_UNITS["zone_body_endings"], key=len, reverse=True))
    ZONE_ENDINGS = tuple(_UNITS["zone_endings"])
    # 有限公司: a company's legal form, no unit alone; under a group's name a page cut (某港务集团 / 有限公司) it ends it
    CUT_NAME_TAILS = frozenset(_UNITS["company_forms"])
    # 移动, 电信, 农商行: a company or bank's short name after a level (县移动), a whole unit as written
    SHORT_UNIT_FORMS = tuple(sorted(_UNITS["short_forms"], key=len, reverse=True))
    # 联合, 会同, 请: a word before a unit's name that joins it to others or asks it to act, no part of the name
    # (…，联合公安交管部门; 请市交通运输局牵头…)
    UNIT_OPENING_WORDS = tuple(sorted(_UNITS["opening_words"], key=len, reverse=True))
    # 自贡   柳州   (a place named bare, with no unit's ending: it takes the government's ending after it; a name
    # ending as a district, county or town does, 高新区, or holding a character no place's name holds, 交警, 城投,
    # 电信, 移动, 联通, is no bare place: 高新区、成都市人民政府 is two units as written)
    BARE_PLACE = compile_regex(
        r"^(?!\p{Han}*[警投电动务业司行局委办会队所站院校厂场企团协联])\p{Han}{2,4}$(?<![区县镇乡旗]|街道)"
    )
    # a name ending as a district or a county that is no place of that level, so shares no government's ending
    # after it (古镇景区、新港区人民政府: two units): an area of a place (景区, 片区, 街区, 林区, 山区, 库区, 小区,
    # 社区, 园区, 校区, 城区, 矿区, 保税区 after a name of two characters or more: 古镇景区, 江北城区; 鹿城区 and
    # 中山区 are districts), a kind of county (试点县, 重点县, 示范县), or a collective (各县, 本区, 全县; not 全椒县)
    AREA_NOT_PLACE = compile_regex(
        r"^(?:各|本|全|该|每|诸)[县区市]$|^\p{Han}*(?:试点|重点|示范|贫困|先行|边境|产粮|大)县$"
        r"|\p{Han}{2}(?:风景|景|保税|片|街|林|山|库|小|社|园|校|城|矿|港|工业|商业|功能|改造|安置|集中)区$"
    )
    # qualifiers that make a unit collective and carry over the list: 各级党委、政府 -> 各级政府
    QUALIFIERS = tuple(sorted(_UNITS["qualifiers"], key=len, reverse=True))
    QUALIFIER = compile_regex("^(?P<q>" + "|".join(QUALIFIERS) + ")")
    # a collective that is some body's own, named with no owner: 有关直属单位   各直属机构   (not 各部门, 直属机关工委)
    OWNED_COLLECTIVE = compile_regex(
        "^(?:" + "|".join(QUALIFIERS) + ")(?:" + "|".join(_UNITS["owned_collective_words"]) + ")"
        "(?:" + "|".join(_UNITS["shared_endings"]) + ")$"
    )
    # the level a unit's name starts with: 州林草局 -> 州,  市水务局 -> 市
    LEVELS = tuple(_UNITS["levels"])
    PLACE_UNIT_ENDINGS = tuple(_UNITS["place_unit_endings"])
    # not 市场监管局, nor the 市政 of municipal works (市政局, 市政园林局; 市政府 and 市政务服务中心 are 市's), nor any
    # name opening with a word that holds a level's character and is no level (区域发展办, 区内化工企业, 市民中心)
    NOT_LEVEL_OPENERS = tuple(sorted(_UNITS["not_level_openers"], key=len, reverse=True))
    PLACE_PREFIX = compile_regex(
        "^(?!" + "|".join(NOT_LEVEL_OPENERS) + ")"
        "(?P<p>[" + "".join(LEVELS) + "])(?!场|政(?:局|公用|园林|工程|设施|养护|建设局|管理局|管理处))"
    )
    # 市场监管局, 城市管理局: a department's field holding a level's character, no place of its own
    FIELD_WORDS_WITH_LEVEL = tuple(_UNITS["field_words_with_level"])
    # 高新区应急管理局, 开发区建设局, 镇综治中心: a zone's or a town's name opening its department's name, which a
    # list's later names share (not 乡镇企业局, 乡村振兴局, 村镇办: words of their own)
    AREA_PREFIX = compile_regex(
        "^(?!" + "|".join(_UNITS["town_words"]) + ")(?P<p>" + "|".join(_UNITS["area_prefixes"]) + r")(?=\p{Han})"
    )
    # 自治区发展改革委、财政厅: an autonomous region's units share its prefix as a province's share 省
    REGION_PREFIX = compile_regex(r"^(?P<p>自治区)(?!内|各|直)")
    # names that belong to no level: 国家税务总局某县税务局, 中国人民银行某支行
    # and names opening with a province's short name: 广东出入境检验检疫局, 江苏省电力公司
    NATIONAL_PREFIXES = (*_UNITS["national"], *_UNITS["provinces"])
    BELOW_LEVEL_PREFIXES = tuple(_UNITS["below_levels"])
    # a department's own offices named from within it: 厅办公室, 局机关党委
    OWN_DEPARTMENT_PREFIXES = tuple(_UNITS["own_department"])
    # a name opening with such a place but ending as a bureau of the government takes the level: 乡镇企业局
    GOVERNMENT_BUREAU_ENDINGS = tuple(_UNITS["government_bureaus"])
    # a town's, a village's or a street's own unit: 镇财政所, 村卫生室, 街道综治办 (not 乡镇企业局, 乡村振兴局)
    TOWN_UNIT_PREFIXES = tuple(_UNITS["town_units"])
    TOWN_WORDS = tuple(_UNITS["town_words"])
    WORK_OPENERS = tuple(_UNITS["work_openers"])
    # a higher department's office in a town: 派出所, 司法所
    TOWN_OFFICES = tuple(_UNITS["town_offices"])
    # a kind of unit named by its kind alone, one of many in the place (各镇人民政府、街道办事处): the 各 before it
    # in a list carries to it, as to a collective (各中小学、幼儿园 -> 各幼儿园)
    UNIT_KINDS = frozenset(_UNITS["kinds"])
    # a branch written apart from the name it belongs to is one unit with it: 人民银行 某某支行
    BRANCH_ENDINGS = tuple(_UNITS["branches"])
    # units named after a place of their own, which a list's level never joins: 白石工业园区管委会, 城关镇人民政府
    SELF_NAMED_ENDINGS = tuple(_UNITS["self_named"])
    VERTICAL_UNITS = tuple(_UNITS["vertical"])
    # 镇应急办、交通运输局: a town has no 局, and shares its name with none
    NO_TOWN_ENDINGS = tuple(_UNITS["no_town_endings"])
    # 开发区建设局、法院: a zone's or a town's name is no court's, squad's, station's, school's or hospital's
    AREA_UNSHARED_ENDINGS = tuple(_UNITS["area_unshared_endings"])
    # 镇综治中心、派出所 -> 镇派出所: the kinds of unit a town's name goes to (never 城关派出所, with a name of its own)
    TOWN_SHARED_KINDS = frozenset(_UNITS["town_shared_kinds"])
    # 镇域经济办, 乡贤会, 镇江路街道: names opening with a town's character that are no town's unit
    NOT_TOWN_OPENERS = tuple(_UNITS["not_town_openers"])
    NOT_TOWN_ENDINGS = tuple(_UNITS["not_town_endings"])
    ZONE_LONG_NAMES = {k: tuple(v) for k, v in _UNITS["zone_long_names"].items()}
    # 县财政局、税务局 -> 县税务局: a vertical service's office a list names with its earlier unit's level
    VERTICAL_SHARING_LEVEL = tuple(_UNITS["vertical_sharing_level"])
    # 计划财务科, 医政股: a department's own section, which takes no level a list's earlier name writes
    LIST_SECTION_ENDINGS = tuple(_UNITS["list_section_endings"])
    # units of no local government, which never take a level: 武警金沙支队, 驻金沙部队, 金沙火车站, 金沙机场
    NOT_LOCAL_PREFIXES = tuple(_UNITS["not_local_prefixes"])
    NOT_LOCAL_ENDINGS = tuple(_UNITS["not_local_endings"])
    # a government's own office where it is stationed elsewhere: 驻京办, 驻沪办事处
    OWN_OFFICES_AWAY = tuple(_UNITS["own_offices_away"])
    # a unit named with a place of its own: 临川市水务局, 青禾县供电公司 (not 城市管理局, 景区管理局)
    # (or with places counted: 长株潭三市生态环境局, 两区, not the notice's own), or the youth league's
    # committee of a level, which writes its level inside its name: 团市委, 共青团县委 (not 团委 alone)
    OWN_PLACE = compile_regex(
        r"^(?:\p{Han}{2,3}|\p{Han}{1,6}[两二三四五六七八九十])[" + "".join(_UNITS["own_place_levels"]) + "](?!场)"
        r"|^(?:共青)?团[省市州县区旗盟]委"
    )
    # a district's name opening a unit's name, its own place: 咸安区食药监局   西岭区财政局   (not 保护区管理局,
    # 老城区改造办, 社区居委会: district_lookalikes; not 区财政局: the level alone)
    DISTRICT_PLACE = compile_regex(
        r"^(?!\p{Han}{0,1}(?:" + "|".join(_UNITS["district_lookalikes"]) + r"))\p{Han}{2}区(?=\p{Han}{2})"
    )
    # words after a list that name no unit, stripped from its end: 按职责分工负责, 下同, 等
    UNIT_REMARKS = tuple(sorted(_UNITS["remarks"], key=len, reverse=True))
    # words on how units act before their role verb: 县财政局视情配合, 县城管局按各自职责配合
    ROLE_ADVERBS = tuple(sorted(_UNITS["role_adverbs"], key=len, reverse=True))
    # words that make a bracket after the last unit a note: 县水务局（排第一位的为牵头单位，下同）
    UNIT_NOTE_WORDS = tuple(_UNITS["note_words"])
    # the work a unit does, closing a bracket after its name: 县卫生健康局（水质监测）
    DUTY_NOTE_WORDS = tuple(sorted(_UNITS["duty_note_words"], key=len, reverse=True))
    _PERSON_LABELS = "|".join(sorted([*_UNITS["person_labels"], *_UNITS["contact_labels"]], key=len, reverse=True))
    # where a person's or a contact's label starts after a unit's name: 县发展改革局（责任人：刘洋，联系电话：…）
    # 镇综治中心 负责人：李明   县住建局 联系电话 0000-1234567
    PERSON_AFTER_UNIT = compile_regex(r"[\s(（]*(?:" + _PERSON_LABELS + r")\s*[:：]?")
    # a table's column of contact details, its cells neither task text nor units: 联系电话   联系方式   办公电话   手机
    CONTACT_COLUMN = compile_regex(r"^(?:" + "|".join(_UNITS["contact_labels"]) + r")$")
    # the person a label names: 责任人：刘洋   负责人:李明   分管领导：副县长王强
    PERSON_LABELLED = compile_regex(
        r"(?:"
        + "|".join(sorted(_UNITS["person_labels"], key=len, reverse=True))
        + r")\s*[:：]?\s*(?P<who>\p{Han}{2,8})"
    )
    # family names, by which a short bare name after a unit is a person: 县卫健局（李华）   县城管局 张涛
    SURNAMES = tuple(sorted(_UNITS["surnames"], key=len, reverse=True))
    # a unit's name followed by its duty, in a units cell: 区财政局负责资金保障 -> 区财政局 (负责资金保障 is prose)
    # 各街道按职责做好配合 -> 各街道   (the name must end as a unit does before the verb)
    UNIT_THEN_DUTY = compile_regex(
        r"(?<=(?:"
        + "|".join(sorted([*_UNITS["endings"], *_UNITS["collective_endings"]], key=len, reverse=True))
        + r"))(?:负责|按照?职责|做好|承担|抓好|督促|指导)(?=\p{Han})"
    )
    _ORG_ENDINGS = "|".join(sorted(_UNITS["endings"], key=len, reverse=True))
    # units a name's specific ending makes whole, to which a dropped level is restored: 财政局, 政务服务中心
    SPECIFIC_UNIT = compile_regex(f"(?:{_ORG_ENDINGS})$")
    # a verb with 办 ending a name, not an office: 高效督办, 认真承办, 按时交办, 依法查办 (督查办, 综合办 and
    # 双创办 are offices)
    VERB_BAN = compile_regex(r"(?:督|承|协|主|交|举|催|转|领|代|包|帮|会|批|照|惩|严|速|(?<!综)合|(?<!督)查)办$")
    # a unit's second name in brackets after its first: 发改局（粮食和物资储备局）   (not 各街道（园区）)
    UNIT_ALIAS_BRACKET = compile_regex(f"[（(][^（）()]{{0,20}}?(?:{_ORG_ENDINGS})[）)]$")
    # a missing 及 before a collective: 县林业局有关行业主管 (the unit ends where the qualifier starts; never
    # before its members or its own departments: 县安委会各成员单位, 县食安委有关委员单位, 市食安委各有关成员单位,
    # 国务院各部门 and 县政府各工作部门 are one collective each)
    GLUED_COLLECTIVE = compile_regex(
        f"(?:{_ORG_ENDINGS})(?=(?:" + "|".join(QUALIFIERS) + r")\p{Han})"
        r"(?!各?(?:有关|相关)?(?:成员|组成|委员)|各(?:工作|直属|所属|下属)?(?:部门|部委|委办局|单位|机构|科室|处室|股室|站所))"
    )
    # a role in brackets right after a unit: 州水务局(牵头)   县财政局(配合单位)   县发改局【牵头】 (folded 〔牵头〕)
    # 市金融局[牵头] (also ［牵头］, folded)   县人社局〈牵头〉   县人社局<牵头>
    # 县商务局(按职责分工配合)   县财政局(积极配合) (how the unit acts, before its verb, as in prose; not 共同 or
    # 分别, which speak of the whole list: 市生态环境局、市城管局(共同主办) is read as the list's role)
    UNIT_ROLE_MARK = compile_regex(
        r"[(〔\[〈<]\s*(?:按照?(?:各自)?职责(?:分工)?|"
        + "|".join(a for a in ROLE_ADVERBS if a not in ("共同", "分别"))
        + r")?"
        r"(?P<role>" + "|".join(VERBS) + "|" + _LABELS + r")\s*[)〕\]〉>]$"
    )
    # role verbs ending a units cell's piece, after its units: 县水务局牵头   县财政局配合
    # 县住建局、县自然资源局分别牵头落实
    CELL_ROLE_VERB_END = compile_regex(r"(?:具体|共同|分别|全力|积极)?(?:" + "|".join(VERBS) + r")+$")
    # a role verb right after a unit's name in prose, outside any annotation: 县水务局牵头,   县财政局予以配合,
    # (a word on how the unit acts may stand between: role_adverbs, group adverb)
    UNIT_THEN_VERB = compile_regex(
        "(?:" + "|".join(UNIT_ENDINGS) + r"|\))(?P<adverb>" + "|".join(ROLE_ADVERBS) + r")?"
        r"(?P<verb>" + "|".join(vocabulary["prose_verbs"]) + r")(?=[,;。)\]〕]|$)"
    )
    # a unit's name and the share of the work it assists in, in prose after a block's own roles:
    # 镇卫生院参与卫生防疫工作   县财政局积极配合做好资金保障   (the verb before the work, up to the clause's end)
    UNIT_ASSISTS_WORK = compile_regex(
        "(?:" + "|".join(UNIT_ENDINGS) + r")(?:" + "|".join(ROLE_ADVERBS) + r")?"
        r"(?P<verb>参与|协助|配合)(?=\p{Han}[^,;。]{1,30}[,;。]|\p{Han}[^,;。]{1,30}$)"
    )
    # the places of each kind and their share of the work, in prose after a block's own roles (folded):
    # 各村(社区)同步落实值班   各乡镇负责组织群众转移   各街道配合做好排查   (not 各村(社区)要落实…: no role verb;
    # nor 各村(社区)负责人要坚守岗位, 各乡镇参与人员…: the verb is a noun's first word there)
    PLACES_SHARE_WORK = compile_regex(
        r"(?<!\p{Han})各(?:乡镇|乡|镇|街道|村|社区)(?:\(社区\))?(?:人民政府|办事处)?"
        r"(?:同步|同时|" + "|".join(ROLE_ADVERBS) + r")?"
        r"(?P<verb>落实|负责|配合|参与|协助)(?!人|同志)(?=\p{Han}[^,;。]{1,30}[,;。]|\p{Han}[^,;。]{1,30}$)"
    )
    # the places of each kind ending a text, with or without their governments' word (folded): 各乡镇,
    # 各乡镇人民政府, 各街道办事处, 各村(社区) -> places 各乡镇 / 各街道 / 各村(社区)
    EACH_PLACES_END = compile_regex(
        r"(?<!\p{Han})(?P<places>各(?:乡镇|乡|镇|街道|村|社区)(?:\(社区\))?)(?:人民政府|政府|办事处)?$"
    )
    # any role verb right after a unit's name, inside a bracket no annotation read:
    # (县水务局主办,县财政局协办,汛期过后完成)
    UNIT_THEN_ANY_VERB = compile_regex(
        "(?:" + "|".join(UNIT_ENDINGS) + r"|\))(?P<verb>" + "|".join(VERBS) + r")(?=[,;。)\]〕]|$)"
    )
    # a space after a unit's role verb inside an annotation, closing its piece as a comma would:
    # (区政府办公室牵头 区人大联络室 区政协联络室配合)   (县财政局负责 2025年6月底前)
    VERB_THEN_SPACE = compile_regex(
        "(?:" + "|".join(UNIT_ENDINGS) + r"|\))(?:" + "|".join(VERBS) + r")(?P<space> +)(?=[^ ])"
    )
    # a 、 after a unit's role verb inside an annotation, closing its piece as a comma would:
    # (县水利局牵头、县财政局配合、2025年10月底前)   (县水利局负责、2025年12月底前)
    VERB_THEN_DUNHAO = compile_regex("(?:" + "|".join(UNIT_ENDINGS) + r"|\))(?:" + "|".join(VERBS) + r")(?P<mark>、)")
    # 牵头 right after a unit's name, whatever follows, inside a bracket no annotation read: (县水务局牵头抓好)
    UNIT_THEN_LEAD = compile_regex("(?:" + "|".join(UNIT_ENDINGS) + r")(?P<verb>牵头)")
    # a role verb after a unit's name anywhere in an item, as news pages write their lists (not 负责人):
    # 县教育局牵头负责   县住房城乡建设局具体负责   各街道全力配合   由县水利局牵头组织实施
    UNIT_ROLE_IN_PROSE = compile_regex(
        "(?:"
        + "|".join(UNIT_ENDINGS)
        + r"|\))(?:具体|全力|积极|共同|分别|主动)?(?P<verb>"
        + "|".join(VERBS)
        + r")(?!人)"
    )
    # a role verb a few words after a unit's name, in a clause before a run of roles that cannot be read with
    # it: 县卫生健康局要牵头抓好   上述企业由县商务局牵头抓好
    UNIT_ROLE_NEAR = compile_regex(
        "(?:" + "|".join(UNIT_ENDINGS) + r"|\))\p{Han}{0,3}?(?P<verb>" + "|".join(VERBS) + r")(?!人)"
    )
    # a unit named with its level, as the subject of a sentence (not the office a report goes to, 报县住建局,
    # nor a level character inside a place's name, 兰州列为国家发改委, nor a level as a rank, 国家级、省级科技企业孵化器):
    # 县住建局、县应急局年底前完成鉴定   由市财政局6月底前拨付   (not a tier of units, 县级检测中心每季度巡检: the level's
    # 级 names no one unit)
    NAMED_UNIT_IN_LINE = compile_regex(
        r"(?:(?<!\p{Han})|(?<=由))(?:" + "|".join(LEVELS) + r")(?!级)\p{Han}{1,14}?(?:" + _ORG_ENDINGS + ")"
    )
    # a tier of units as the subject of a clause, doing a share of its own beside the unit opening an item:
    # 县级检测中心每季度巡检   市级财政部门保障资金   (not 县水利局: NAMED_UNIT_IN_LINE)
    UNIT_TIER_IN_LINE = compile_regex(
        r"(?:(?<!\p{Han})|(?<=由))(?:" + "|".join(LEVELS) + r")级\p{Han}{1,14}?(?:" + _ORG_ENDINGS + ")"
    )
    # a unit written without its level opening a line, right before a role verb or a dated deadline (not
    # 负责人, nor a word that only ends like a unit, 加强财务科学管理): 发展改革委牵头   由财务科负责
    # 市场监管局于2025年6月底前完成
    LEVELLESS_UNIT_DUTY = compile_regex(
        r"^(?:由)?(?P<unit>\p{Han}{1,12}?(?:"
        + _ORG_ENDINGS
        + r"))(?:(?:具体|全力|积极|共同|分别|主动)?(?:"
        + "|".join(VERBS)
        + r")(?!人)|(?:要|应|须)?(?:于|在)(?:20\d\d年|\d{1,2}月))"
    )
    return _built(locals())


# a sentence of its own after a table, not the rest of a wrapped cell: 请各部门按时报送进展。 各单位要…
# 以上任务…   上述…   如有…   此表…   说明:…   (a wrapped cell goes on mid-phrase)
SENTENCE_OPENER = compile_regex(r"^(?:请|各|本|以上|上述|如有|如遇|此表|此件|说明|备注|附)")
# a paragraph that closes the document rather than continuing the last clause:
# 各地、各部门要…对本意见提出的各项任务抓好落实
CLOSING = compile_regex(r"本(?:实施)?(?:意见|方案|通知|要点|办法|细则|规划|计划|清单|表)")
# a paragraph after the last block asking every unit to report on the work, the plan's own requirement, no
# block's text (folded): 各有关单位要于每月底前将工作进展报区…   各牵头单位要于每月25日前将任务进展报送县…
# 请各承办单位认真办理,办理结果于7月10日前报县政府督查室   请承办单位按时办结,并于办结后3个工作日内书面报告…
# (a supervision notice's closing after its matters; not 各乡镇要于6月底前将摸排结果报县民政局: named places doing a
# task's work)
CLOSING_REPORT = compile_regex(
    r"^\s*(?:各(?:有关|相关|牵头|责任|配合|成员|级)?(?:单位|部门)(?:要|应|须)[^。]{0,40}?(?:将|把)"
    r"|请各?(?:有关|相关|牵头|责任|承办|协办|整改|事涉)?(?:单位|部门)[^。]{0,40}?(?:将|把|结果|情况|办结后))"
    r"[^。]{0,30}?(?:报送|上报|报告|报)"
)

# a sentence giving the policy's own period of validity, never a task's deadline:
# 本方案有效期至2027年12月31日。   实施期限至2026年底
# 原减半征收政策实施至2021年4月30日   阶段性降费政策延续至2025年底 (a policy's run, not a task's deadline)
# 2021年5月1日至2022年4月30日实施阶段性降费政策 (the dated run of a policy; 开展专项整治 in such a range is a task's)
VALIDITY_SENTENCE = compile_regex(
    r"[^。;；]*(?:有效期|实施期限|执行期限|施行期限|试行期|实施至|执行至|施行至|延续至|延长至"
    r"|日至\d{4}\s*年\d{1,2}\s*月\d{1,2}\s*日(?:期间)?[,，]?(?:实施|执行)[^。;；]*政策)[^。;；]*[。;；]?"
)
# deadlines that recur or never end: no due year (即日起 alone: from now on)
# a phased way of working, then the dates of its stages, the first with its year: the last date ends the work
# (分阶段推进，2025年6月底前完成目录编制，2025年12月底前完成平台上线; 分阶段推进 alone is standing)
PHASED_THEN_DATES = compile_regex(r"^(?:分阶段|分步骤?|分年度|分期)(?:推进|实施|开展|完成|建设)?[,;:]\s*(?=\d{4}\s*年)")
# the phased way and its first stage after a colon, one piece of an annotation: 分阶段推进:2025年6月底前完成普查
PHASED_COLON = compile_regex(r"^(?:分阶段|分步骤?|分年度|分期)(?:推进|实施|开展|完成|建设)?:\s*(?=\d{4}\s*年)")
# the phased way alone, an annotation's piece before the stages' dates (（县数据局负责，分阶段推进，2025年6月底前…）)
PHASED_WORK = compile_regex(r"^(?:分阶段|分步骤?|分年度|分期)(?:推进|实施|开展|完成|建设)?$")
STANDING_DEADLINE = compile_regex(
    r"长期|持续|常态|常抓不懈|长效推进|长效管理|动态调整|动态推进|每季度|每半年|每月|每年|每学期|每周|每旬|逐年|分年度|分阶段|分步"
    r"|按年度|^按(?:季度|半年|月|周|旬)"
    r"|^(?:自|从)?即日起$|^" + _AT_ONCE + "$"
)
# governments written as bare levels before their shared ending, one collective unit as written (the
# addressee "city and county governments"), never split: 各市、县人民政府   各乡、镇人民政府   各市、县(区)政府
# 各县、特区、区人民政府 (a 特区 is a county-level government)   各县、区人民政府(管委会)
# 各市州、县市区政府 (levels written two or three together: cities and prefectures, counties, cities and districts)
# 各县(市)、区人民政府 (a level with the places it counts in brackets)
LEVELS_SHARING_GOVERNMENT = compile_regex(
    r"^各(?:[市州县区旗]{1,3}|[乡镇])(?:\([市州县区旗、]{1,5}\))?(?:、(?:特区|[市州县区旗]{1,3}|[乡镇])(?:\([市州县区旗、]{1,5}\))?)*"
    r"、(?:特区|[市州县区旗]{1,3}|[乡镇])(?:\([^()]{1,8}\))?"
    r"(?:人民)?政府(?:\([^()]{1,8}\))?$"
)
# development zones or management areas written as bare places before their shared name, one unit as
# written (never split into a bare place and a zone): 赣州、龙南经济技术开发区管委会
# 东城、西城高新技术产业开发区管理委员会   人民大垸、荒湖管理区 (not 南昌市、龙南经济技术开发区管委会: a
# government before a zone)
ZONES_SHARING_COMMITTEE = compile_regex(
    r"^\p{Han}{1,3}(?![市县区旗乡镇局委办])\p{Han}(?:、\p{Han}{1,3}(?![市县区旗乡镇局委办])\p{Han}){1,3}"
    r"(?:(?:国家级)?(?:经济技术|高新技术产业|高新技术|经济|高新)开发区管(?:委会|理委员会)|管理区)$"
)
# zones written before the committee they each have, one addressee as written: 某示范区、航空港区管委会
#   某经济开发区、某示范区、某集聚区管委会   某新区、某生态经济区管委会
ZONES_SHARING_ADDRESSEE = compile_regex(
    r"^(?:\p{Han}{2,14}?(?:示范区|新区|开发区|港区|集聚区|园区|试验区|自贸区|管理区|保税区|经济区|合作区)、){1,4}"
    r"\p{Han}{2,16}?(?:管委会|管理委员会|管委)$"
)
# every name ZONES_SHARING_COMMITTEE finds holds one of these words; departments tries the pattern only on
# pieces holding one (tests/test_patterns.py keeps the two together)
ZONE_COMMITTEE_WORDS = ("开发区管", "管理区")
# a leader's post in brackets after a unit in a units cell: 县交通运输局（李明副县长）   县民政局(副县长王芳)
#   县住建局（分管副县长）: the unit is the task's, the bracket names its leader (never 县发改局（县粮食局）)
_LEADER_POST = r"(?:常务|分管)?副?(?:省|市|州|县|区|旗|镇|乡)长|(?:党委|党工委|县委|市委|区委)?副?书记|秘书长"
UNIT_THEN_LEADER = compile_regex(rf"\s*[(（](?P<leader>[^()（）]{{0,6}}?(?:{_LEADER_POST})\p{{Han}}{{0,4}})[)）]\s*$")
# a leader written in a units cell as a unit is: 张三（副县长）   李明副县长   副县长王芳: a person, no unit
LEADER_AS_UNIT = compile_regex(
    rf"^(?:\p{{Han}}{{2,4}}\s*[(（](?:{_LEADER_POST})[)）]|\p{{Han}}{{2,4}}?(?:{_LEADER_POST})"
    rf"|(?:{_LEADER_POST})\p{{Han}}{{2,4}})$"
)
# what a broken encoding left of a unit's name: ?   ？？   □□   �   (no name at all: not a unit)
ENCODING_RESIDUE = compile_regex(r"^[?？□■�\s]+$")
# --- citations ---------------------------------------------------------------------

# a cited title: 《安全生产法》   《中共中央、国务院关于推进…的意见》
CITED_TITLE = compile_regex(r"《(?P<title>[^《》\n]{1,120})》")
# the document a cover notice issues, named at the end of its title (the notice itself, never a citation):
# 关于印发《某市营商环境分工方案》的通知   关于印发某县实施方案的通知
ISSUED_DOCUMENT = compile_regex(r"印发《?(?P<document>[^《》]+?)》?的(?:通知|函)$")


# --- body: cheap tests before slower patterns (each holds every match of the pattern it names) -----------------

# NUMBERS_TASKS from the word each of its branches must hold (项, 条 or 部分 and what follows it; 牵头, 负责 or 配合
# before 第; 任务 before a digit; 第 before a point's number), each branch opening with a character of its own: re
# then skips at once every place where no branch can start, while NUMBERS_TASKS, whose first branch opens with a
# class of digits, is tried at every place of a paragraph (16 us a paragraph). A text with no match of this has
# none of NUMBERS_TASKS (tests/test_patterns.py keeps the two together):
#   1-3项由县财政局牵头   部分由市商务局负责   负责第3项   任务4、5:由…   第2点由…
_TASKS_NUMBERED_AFTER = rf"(?:任务|工作)?\s*(?::|均|统一|全部|分别|由|{_BY_NUMBER_ROLES_NEXT})"
NUMBERS_TASKS_WORDS = compile_regex(
    "|".join(
        [
            *(f"{word}{_TASKS_NUMBERED_AFTER}" for word in ("项", "条", "部分")),
            *(f"{verb}(?:落实|做好|抓好)?第" for verb in ("牵头", "负责", "配合")),
            r"任务\s*\d",
            r"第\s*\d{1,2}\s*点",
        ]
    )
)

# a label written in brackets as LABEL_ANYWHERE reads one, by its opening (folded): 〔, any spaces, and no digit,
# since every label opens with a word (tests/test_patterns.py keeps the labels so); not a document number's
# year, 〔2016〕, which most 〔 of a paragraph open:   〔牵头单位〕   〔 责任单位 〕
LABEL_BRACKET_OPENING = compile_regex(r"〔\s*[^\d\s]")

# what every match of GLUED_NEXT_CLAUSE opens with (folded), found at once where that pattern, which opens with a
# look-behind, is tried at every place of a line: a sentence end and a bracket after it   。(三)   。 (
SENTENCE_END_THEN_BRACKET = compile_regex(r"。\s*\(")


if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """A name built from the vocabulary, built (with all the others) the first time one is asked for."""
        built = {**_assignment_words(), **_unit_words()}
        if name not in built:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals().update(built)
        return built[name]


# a piece of a task's units as written (folded) that puts its units in charge of the work: a 责任 or 承办 label
# (责任单位, 责任部门, 责任科室, 责任股室, 责任站所, 责任主体, maybe with the kinds of unit in brackets; 承办单位 beside 协办单位) or a
# 负责 clause; beside a partner and with no lead marked, those units lead (independent readers read it so)
#   责任单位:县水务局   责任站所:镇农业站   责任单位(办、站、所):镇林业站   承办单位:县交通运输局
# 县水务局负责   由县水务局负责   县水务局具体负责编制规划   县科技厅、县农业农村厅共同负责   县水务局:负责编制规划 (a duty
# after its unit's colon)   (not 按职责分工负责, 分别负责, 负责落实, 负总责, 责任单位:县水务局负责 of a label)
IN_CHARGE_LABEL = compile_regex(r"^(?:责任|承办)(?:单位|部门|处室|科室|股室|站所|主体)\s*(?:\([^()]{1,12}\))?\s*:")
IN_CHARGE_VERB = compile_regex(
    r"^(?![^,;]*(?:分工|分别|属地|职责|各自)\s*负责)[^,;:]*?:?负责(?!落实|具体实施|人|总责|同志|牵头|相关)"
)
# the first group of a task's units as written (folded, one group a piece) that carries the work out (负责落实,
# 负责具体实施), when the next group assists it (PARTNERS_GROUP): the units carrying it out are the ones assisted,
# in charge as after 负责 (beside a partner and with no lead marked, they lead)
#   县司法局负责落实 ⏎ 县财政局配合   由县水务局负责具体实施 ⏎ 县林业局、县财政局协助
#   (not 各乡镇人民政府负责落实 alone; not after the partners: 县财政局配合 ⏎ 各乡镇负责落实, a group of its own;
#   not 县民政局、县卫健局按职责分工负责落实)
IN_CHARGE_CARRYING_OUT = compile_regex(
    r"^(?![^,;]*(?:分工|分别|属地|职责|各自)\s*负责)[^,;:]*?负责(?:具体)?(?:落实|实施)$"
)
#   县财政局配合   县林业局、县财政局协助   县残联参与
PARTNERS_GROUP = compile_regex(r"^[^,;:]+?(?:配合|协助|协同|参与|协办)$")
# the body of a 责任 label that says itself how its units act (负责落实, 按职责分工负责, 按属地, 分别, 各自): its
# units are in charge only where each of its clauses is a 负责 clause IN_CHARGE_VERB reads so
#   各乡镇人民政府负责落实,县水利局负责技术指导   各乡镇按职责分工负责   各乡镇人民政府按属地负责
IN_CHARGE_LABEL_SAYS_HOW = compile_regex(r"负责|落实|属地|分工|分别|各自")
# where each numbered item of a table's measures cell opens (the cell folded): its number in group num
#   1.开展银企对接活动;2.推广科技贷产品   1、简化材料 2、推行零上门
ITEM_IN_CELL = compile_regex(r"(?:^|[\s;。])(?P<num>\d{1,2})[.、]")
# a row numbered under a task number with a dash (a table's 序号 cell, folded): a task of its own, as 2.1 is
#   1-1   2-3   12－1
SUBNUMBER_DASH_CELL = compile_regex(r"^(?P<num>\d{1,3})[-－](?P<sub>\d{1,2})$")

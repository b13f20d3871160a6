"""The document's head: page header, title, issuers, 文号, addressees, preamble, signature."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

import regex

from .. import patterns as P
from ..decode import fold
from ..departments import has_ending, split_outside_parens
from ..models import Boilerplate, Metadata, Warning
from ..numerals import cn_to_int
from ..regex_engine import Match, compile_regex
from .lines import SourceLine


@dataclass
class Head:
    metadata: Metadata
    preamble: str
    boilerplate: list[Boilerplate] = field(default_factory=list)
    headers: tuple[str, ...] = ()  # red-header banners (某县人民政府文件), which a page break may repeat
    warnings: list[Warning] = field(default_factory=list)  # a 文号 the scrape broke: repaired, or not read


def doc_number_span(folded: str, match: Match) -> tuple[int, int]:
    """Where a 文号 match really starts, once words of the sentence before it (按照, a document …文件) are trimmed."""
    noise = P.DOC_PREFIX_NOISE.match(folded, match.start("prefix"), match.end("prefix"))
    start = noise.end() if noise and noise.end() < match.end("prefix") else match.start()
    document = P.DOCUMENT_BEFORE_NUMBER.match(folded, start, match.end("prefix"))
    if document and document.end() < match.end("prefix"):  # 某县人民政府文件某政〔2020〕21号: the 文号 after 文件
        start = document.end()
    return start, match.end()


def normalize_doc_number(written: str) -> str | None:
    """某委发[2019]8号 -> 某委发〔2019〕8号 (brackets and stray spaces normalised)."""
    folded = fold(written)
    match = P.DOC_NUMBER.search(folded)
    if not match:
        return None
    start, _ = doc_number_span(folded, match)
    prefix = written[start : match.end("prefix")].replace(" ", "")
    return f"{prefix}〔{match['year']}〕{int(match['seq'])}号"


def iso_date(text: str) -> str | None:
    match = P.ANY_DATE.search(text)
    if not match and P.CN_SIGNED_DATE.match(text.strip()):
        match = P.ANY_DATE.search(_cn_date_digits(text.strip()))  # 二〇二四年三月一日
    if not match:
        return None
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def split_list(text: str) -> tuple[str, ...]:
    """Split an addressee or keyword list on 、 , ; and spaces outside parentheses."""
    items: list[str] = []
    for piece in split_outside_parens(text):
        for n, word in enumerate(piece.split()):
            word = word.strip(" :：。")
            if n and items and fold(word)[:1] == "(" and fold(word)[-1:] == ")":
                items[-1] += word  # 各县区人民政府 (管委会): a qualifier the page spaced from its name, part of it
            elif len(word) == 1 and items and "、" + word in text:
                items[-1] += "、" + word  # 市直各委、办、局: one addressee, its kinds of office a 、 apart
            elif word:
                items.append(word)
    return tuple(_shared_endings(items, text))


def _shared_endings(items: list[str], text: str) -> list[str]:
    """Addressees a 、 apart that share the ending written once after the last (各县、区人民政府, 某示范区、
    航空港区管委会): one addressee as written, as the units of a task keep them (departments.split_units)."""
    out: list[str] = []
    i = 0
    while i < len(items):
        for j in range(min(len(items), i + 5), i + 1, -1):
            joined = "、".join(items[i:j])
            folded = fold(joined)
            if joined in text and (
                P.LEVELS_SHARING_GOVERNMENT.match(folded) or P.ZONES_SHARING_ADDRESSEE.match(folded)
            ):
                out.append(joined)
                i = j
                break
        else:
            out.append(items[i])
            i += 1
    return out


@dataclass(frozen=True)
class TitleSpan:
    """Where the title is: lines[start:end] (a title may be written over up to three lines)."""

    start: int
    end: int
    text: str  # as written, the lines joined
    doc_number: str | None = None  # a 文号 written on the title's line: …的通知(某办发〔2017〕2号)
    issuers: tuple[str, ...] = ()  # joint issuers on their own line over 关于…, joined to the title


def compact(text: str) -> str:
    """A title for comparison: folded, without spaces and book-title marks."""
    return "".join(ch for ch in fold(text) if not ch.isspace() and ch not in "《》〈〉<>")


def _red_header(folded: str) -> bool:
    """A red-header banner (P.RED_HEADER), also with the characters of its name a scrape spaced out
    (中共某江 哈 尼 族自治县委办公室文件; not words a space apart, 转发 县体育局 文件)."""
    if P.RED_HEADER.match(folded):
        return True
    tokens = folded.split()
    if len(tokens) < 2 or all(len(token) > 1 for token in tokens):
        return False
    joined = tokens[0]
    for before, token in itertools.pairwise(tokens):
        joined += ("" if len(before) == 1 or len(token) == 1 else " ") + token
    return P.RED_HEADER.match(joined) is not None


# the first two characters of each label of a page field (索引 of 索引号): a row of the page's fields opens with
# them, a space maybe between them (索 引 号)
_PAGE_LABEL_OPENINGS = frozenset((label[0], label[1]) for label in P.PAGE_FIELDS)


def _may_be_page_row(body: str) -> bool:
    """The cheap test of a row's opening: False where no pattern is_page_row tries can match at its start, each
    opening with a label, a bracket before a label or a date's digit (it spares compiling them for a notice with
    no page header). A space the patterns take between a label's characters (\\s) is one str.lstrip takes too."""
    return body[:1] in "〔[" or body[:1].isdigit() or (body[:1], body[1:].lstrip()[:1]) in _PAGE_LABEL_OPENINGS


def is_page_row(folded: str) -> bool:
    """索引号:…   • 文号:   发布机构 某县应急局 …   (a row of the page header's fields)"""
    body = folded[_bullet_end(folded) :]
    if not _may_be_page_row(body):
        return False
    if P.PAGE_FIELD_LABEL.match(body) or P.PAGE_FIELD_BARE.match(body):
        return True
    if (glued := P.PAGE_FIELD_GLUED_START.match(body)) and (
        P.PAGE_FIELD_GLUED.search(body, glued.end()) or P.ANY_DATE.match(body, glued.end())
    ):
        # 发文机构某市政府办公厅发文字号某政办〔2018〕3号: labels and values run together; 成文日期2018年09月03日
        # (one label glued to its date, alone or before a field that is no date: 有效性有效)
        return True
    if body[:1].isdigit() and (date := P.ANY_DATE.match(body)) and P.PAGE_FIELD_LABEL.search(body, date.end()):
        return True  # 2020-07-08   作者:   点击数:   (the page's date, then its fields)
    weak = P.PAGE_FIELD_WEAK.match(body)
    if weak and body[weak.end() :].lstrip()[:1] == "|":
        return True  # 名 称 | (a cell of the page's metadata table, its value empty or on the lines after)
    return weak is not None and bool(P.PAGE_FIELD_BARE.search(body, weak.end()) or P.PAGE_FIELD_LABEL.search(body))


def _bullet_end(folded: str) -> int:
    bullet = P.PAGE_FIELD_BULLET.match(folded)
    return bullet.end() if bullet else 0


def _head_noise(line: SourceLine) -> bool:
    """A line before the title that cannot be (part of) it: page fields, banners, 文号, dates."""
    folded = line.folded
    return bool(
        is_page_row(folded)
        or P.BANNER.search(folded)
        or P.BREADCRUMB.search(folded)
        or P.RED_HEADER.match(folded)
        or P.BANNER_WITH_NUMBER.match(folded)
        or P.DOC_NUMBER_LINE.match(folded)
        or P.DOC_NUMBER_THEN_TEXT.match(folded)
        or P.ANY_DATE.match(folded)
    )


def find_title_span(lines: list[SourceLine]) -> TitleSpan | None:
    """The document's title: the first line (or run of up to three lines) that reads as one; a 文号 glued
    before it (某政发〔2021〕1号关于印发…的通知) is left out. A page label or a site's heading may shorten
    it (市政府关于…, a year or 市 dropped): the same title written in full on a line soon after is taken.
    The plan's years alone on the next line, in brackets (某省…行动方案 ⏎ (2023—2025年)), are the title's."""
    span = _title_span(lines)
    if span is not None and (before := _no_issuer_before(lines[span.start])) and span.text.startswith(before):
        # 江南体育官方网站入 关于转发…的通知: words a page put in the issuer's place, no organisation's name
        span = replace(span, text=span.text[len(before) :].lstrip())
    if span is None or span.end >= len(lines) or span.end <= span.start or span.text.rstrip().endswith((")", "）")):
        return span
    below = lines[span.end]
    if below.number == lines[span.end - 1].number + 1 and P.TITLE_YEARS_BELOW.match(below.folded.strip()):
        return replace(span, end=span.end + 1, text=span.text + below.text.strip())
    return span


def _no_issuer_before(line: SourceLine) -> str | None:
    """The words before a space and 关于… on the title's line (after a page's label, 名称:) that are no
    organisation's name; None when there are none, or they name one (某县人民政府 关于…, 某某街道 关于…)."""
    for match in P.TITLE_AFTER_NO_ISSUER.finditer(line.folded):
        if not P.ORG_NAME.match(match["before"]) and not has_ending(match["before"]):
            return line.text[match.start("before") : match.end("before")]
    return None


def _title_span(lines: list[SourceLine]) -> TitleSpan | None:
    for i, line in enumerate(lines):
        if span := _labelled_title(line, i):
            return span
        if glued := _doc_glued_title(line, i):
            return glued
        if _head_noise(line):
            continue
        if _body_starts(line):
            break
        span = _title_at(lines, i)
        if span and span.end < len(lines) and P.SITE_HEADING_MARK.match(lines[span.end].folded.strip()):
            continue  # a document site's heading over its 合集下载 link: the notice's title comes after
        if span:
            span = _without_place_added(lines, _fuller_title(lines, _started_above(lines, span)))
            return _fuller_before(lines, _issuers_above(lines, span))
    for i, line in enumerate(lines):  # only a 文号 line repeating the title: 某政发〔2014〕20号《…的实施意见》
        if _body_starts(line):
            break
        match = P.DOC_NUMBER_THEN_TEXT.match(line.folded)
        if match and P.TITLE.match(compact(match["rest"])):
            rest = line.text[match.start("rest") :].strip().strip("《》")
            return TitleSpan(i, i + 1, rest, line.text[: match.start("rest")].strip(_DOC_DASH))
    return (
        _file_name_title(lines)
        or _headline(lines)
        or _report_title(lines)
        or _run_on_title(lines)
        or _run_on_cover(lines)
    )


def _run_on_title(lines: list[SourceLine]) -> TitleSpan | None:
    """A page that ran the document into one long line, its title glued to the first sentence (某区…行动计划
    202X年是…): the title up to its last word, when no title line was found."""
    for i, line in enumerate(lines[:3]):
        if _head_noise(line):
            continue
        if len(line.folded) < 200:
            return None
        run_on = P.RUN_ON_TITLE.match(line.folded)
        return TitleSpan(i, i, tidy_title(line.text[: run_on.end("title")])) if run_on else None
    return None


def _run_on_cover(lines: list[SourceLine]) -> TitleSpan | None:
    """A page that ran the document into one long line opening with its 文号 (after the site's label, 文档介绍:),
    glued before the cover's title and its addressees (…关于…的通知各街道办事处、…): that title and 文号."""
    for i, line in enumerate(lines[:3]):
        if _head_noise(line):
            continue
        if len(line.folded) < 200 or "关于" not in line.folded[:160]:
            return None
        cover = P.RUN_ON_COVER.match(line.folded)
        if cover is None:
            return None
        title, doc = (
            line.text[cover.start("title") : cover.end("title")],
            line.text[cover.start("doc") : cover.end("doc")],
        )
        return TitleSpan(i, i, tidy_title(title), doc.strip())
    return None


def _report_title(lines: list[SourceLine]) -> TitleSpan | None:
    """A page reporting progress on a task list has no title of the genre, only its heading (某区…重点工作推进
    情况(1-11月)) over the table: that heading, without a site's 【label】, when no title line came first."""
    for i, line in enumerate(lines[:6]):
        if _body_starts(line):
            return None
        if "情况" not in line.folded or _head_noise(line):
            continue
        if report := P.REPORT_TITLE.match(line.folded.strip()):
            at = line.text.find(line.text.strip())  # folding keeps length: offsets carry over
            start, end = at + report.start("title"), at + report.end("title")
            return TitleSpan(i, i + 1, tidy_title(line.text[start:end]))
    return None


def _file_name_title(lines: list[SourceLine]) -> TitleSpan | None:
    """No title line but a document site's file name over its preview (某县…分解表.docx): the title is the
    file name without its extension (a title line after a file name is taken before it, above)."""
    for i, line in enumerate(lines[:3]):
        folded = line.folded.strip()
        extension = P.FILE_EXTENSION.search(folded) if "." in folded else None
        if extension and P.TITLE.match(stem := folded[: extension.start()]):
            return _glued_fuller(lines[i + 1 : i + 4], compact(stem), i) or TitleSpan(
                i, i + 1, tidy_title(line.text.strip()[: extension.start()])
            )
        # 《某市2022年工作方案.docx》由会员分享…: the name in book-title marks in the site's line
        marked = P.FILE_IN_BOOK_MARKS.search(folded) if "》" in folded else None
        opened = _opening_mark(folded, marked.start()) if marked else -1
        if marked and opened >= 0 and P.TITLE.match(stem := folded[opened + 1 : marked.start()]):
            at = line.text.find(line.text.strip())  # folding keeps length: offsets carry over
            return _own_title_glued(lines[i + 1 : i + 4], stem, i) or TitleSpan(
                i, i + 1, tidy_title(line.text[at + opened + 1 : at + marked.start()])
            )
    return None


def _opening_mark(folded: str, end: int) -> int:
    """Where the 《 stands that the mark at end closes, titles cited inside it passed over (《某市贯彻落实《某省…
    措施》实施方案.docx》); -1 when none does."""
    depth = 0
    for at in range(end - 1, -1, -1):
        if folded[at] == "》":
            depth += 1
        elif folded[at] == "《":
            if depth == 0:
                return at
            depth -= 1
    return -1


def _own_title_glued(lines: list[SourceLine], stem: str, i: int) -> TitleSpan | None:
    """The document's own title line glued before its first sentence in the preview (after the page marker 1、
    where one is left: 某市贯彻落实某省…实施方案为深入…), the file name's words without its inner marks: the title
    as the document writes it."""
    bare = "".join(ch for ch in stem if ch not in "《》〈〉 ")
    for line in lines:
        at = start.end() if (start := regex.match(r"\d{1,2}、", line.folded)) else 0
        if line.folded.startswith(bare, at):
            return TitleSpan(i, i + 1, tidy_title(line.text[at : at + len(bare)]))
    return None


def _glued_fuller(lines: list[SourceLine], stem: str, i: int) -> TitleSpan | None:
    """The table's own title glued before its header in the preview (1、附件某州2025年…分解表序号…), when it
    holds the file name's title and more (its place): that fuller title is taken."""
    for line in lines:
        at = line.folded.find(stem + "序号")
        if at < 0:
            continue
        start = regex.match(r"\d{1,2}、(?:附件\d*[:：]?\s*)?", line.folded)
        title = line.text[start.end() if start else 0 : at + len(stem)].strip()
        if len(title) > len(stem) and P.TITLE.match(fold(title)):
            return TitleSpan(i, i + 1, tidy_title(title))
    return None


def _headline(lines: list[SourceLine]) -> TitleSpan | None:
    """A news page's headline over its byline (a time stamp, 发表时间：… 来源：…): the first line that is
    no page text, ends no sentence and names the genre's work (部门分工, 任务分解), when the line after it is
    the byline. A report of a notice is read under its headline, never with no title at all."""
    for i, line in enumerate(lines[:8]):
        if _head_noise(line):
            continue
        if _body_starts(line):
            return None  # a table's header row (序号 工作任务 责任单位 完成情况) over a row's date: no headline
        folded = line.folded.strip()
        if len(folded) > 80 or "。" in folded or folded[-1:] in ";:,":
            return None  # the report's prose has started
        if not any("\u4e00" <= ch <= "\u9fff" for ch in folded):
            continue  # ||||||: what a scrape left of an empty table's row, never a headline
        if (  # a repost: its byline above the headline, then a lead paragraph naming 《…方案》
            0 < i < len(lines) - 1
            and P.PAGE_STAMP.match(lines[i - 1].folded.strip())
            and _reports_genre(lines[i + 1].folded)
        ):
            return TitleSpan(i, i + 1, tidy_title(line.text), _reported_number(lines[i + 1]))
        if not P.NEWS_HEADLINE_WORDS.search(folded) or i + 1 >= len(lines):
            continue  # a site's name or channel line above the headline
        byline = lines[i + 1].folded.strip()
        if P.PAGE_STAMP.match(byline) or (len(byline) <= 80 and "。" not in byline and P.ANY_DATE.search(byline)):
            label = P.TITLE_LABEL.match(line.folded) if "〔" in line.folded[:1] else None  # 【政策速递】…
            lead = lines[i + 2] if i + 2 < len(lines) else None
            number = _reported_number(lead) if lead is not None and _reports_genre(lead.folded) else None
            return TitleSpan(i, i + 1, tidy_title(line.text[label.end() if label else 0 :]), number)
        return None
    return None


def _reports_genre(folded: str) -> bool:
    """Whether a report's lead paragraph names a document of the genre in book-title marks (印发《…行动方案》)."""
    return "《" in folded and any(P.GENRE_DOCUMENT.search(m["title"]) for m in P.CITED_TITLE.finditer(folded))


def _reported_number(lead: SourceLine) -> str | None:
    """The 文号 of the one document of the genre a repost's lead names, written in brackets after its name
    (印发《某市行动方案》（某政办发〔2025〕1号）): the page's tasks are that document's. None when the lead
    names several documents with numbers."""
    found = [m for m in P.CITED_WITH_NUMBER.finditer(lead.folded) if P.GENRE_DOCUMENT.search(m["title"])]
    if len(found) != 1:
        return None
    return lead.text[found[0].start("doc") : found[0].end("doc")]


_DOC_DASH = " \t—–―-"  # a 文号 and the title after it a mirror's dash apart (某政办〔2019〕1号—…的通知)


def _doc_glued_title(line: SourceLine, i: int) -> TitleSpan | None:
    """某政发〔2021〕1号关于印发…的通知: a 文号 glued before the cover notice's title, on its line."""
    match = P.DOC_NUMBER_THEN_TEXT.match(line.folded)
    if match is None and ("(" in line.folded[:2] or "[" in line.folded[:2]):
        # (某政发〔2016〕21号)区人民政府关于印发…的通知: in brackets, before the issuer's name
        match = P.DOC_NUMBER_BRACKETED_THEN_TEXT.match(line.folded)
        if match is None or not 0 <= match["rest"].find("关于") <= 30:
            return None
    elif match is None or not (
        match["rest"].startswith(("关于", "印发", "转发")) or P.TITLE_ISSUER.match(match["rest"])
    ):
        return None  # 某府办发〔2021〕6号 某区人民政府办公室关于印发…: the title may start with its issuer
    if not P.TITLE.match(match["rest"]):
        return None
    return TitleSpan(
        i, i + 1, tidy_title(line.text[match.start("rest") :]), line.text[: match.start("rest")].strip(_DOC_DASH)
    )


def _fuller_title(lines: list[SourceLine], span: TitleSpan) -> TitleSpan:
    """A title line within the next few lines, before the body, that writes the found title in full: it
    holds the found title's characters in order and ends as it does (市政府关于… -> 上海市人民政府关于…)."""
    short = compact(span.text)
    end = fold(span.text).rstrip()[-1:]
    for j in range(span.end, min(span.end + 12, len(lines))):
        line = lines[j]
        if (
            span.end == span.start + 1
            and P.ORG_NAME.match(line.folded)
            and (over := _title_at(lines, j)) is not None
            and over.end > j + 1
            and compact(over.text).endswith(short)
            and len(compact(over.text)) > len(short)
            and not any(_body_starts(ln) for ln in lines[span.end : over.end])
        ):  # the issuer alone on its line, then the title over lines: 某市人民政府办公室 / 关于印发… / …的通知
            return over
        if (
            "印发" in line.folded
            and ("印发" + short) in compact(line.text)
            and compact(line.text).endswith("的通知")
            and P.TITLE.match(line.folded.strip())
            and not _head_noise(line)
        ):  # a page heading naming the document, then the cover notice issuing it: 某市…关于印发{heading}的通知
            if any(_body_starts(ln) for ln in lines[span.end : j + 1]):
                break
            return TitleSpan(j, j + 1, tidy_title(line.text))
        if (wrapped := _fuller_over_two_lines(lines, j, short, end)) is not None:
            if any(_body_starts(ln) for ln in lines[span.end : j + 2]):
                break
            return wrapped  # the full title wrapped over two lines: 某区贯彻落实《关于… / …》的任务分解方案
        if not end or not line.folded.rstrip().endswith(end) or not P.TITLE.match(line.folded):
            continue  # cheap tests first: most lines are no title
        labelled = _labelled_title(line, j)  # a page's 名称 row repeating the title: its label is no part of it
        full = compact(labelled.text if labelled else line.text)
        if len(full) <= len(short) or full[-4:] != short[-4:] or not _in_order(short, full) or _head_noise(line):
            continue
        if any(_body_starts(ln) for ln in lines[span.end : j + 1]):
            break  # past the body's start
        return labelled or TitleSpan(j, j + 1, tidy_title(line.text))
    return span


def _fuller_over_two_lines(lines: list[SourceLine], j: int, short: str, end: str) -> TitleSpan | None:
    """Lines j and j + 1, next to each other, that together write the found title in full (its characters in
    order, more of them, the same last four), the first no title alone."""
    if j + 1 >= len(lines) or not end or not lines[j + 1].folded.rstrip().endswith(end):
        return None
    first, second = lines[j], lines[j + 1]
    if len(compact(second.text)) >= len(short):
        return None  # the found title whole on the second line (附件 / 关于…的措施): nothing wrapped
    if second.number - first.number != 1 or not P.TITLE_PIECE.match(first.folded) or P.TITLE.match(first.folded):
        return None
    text = _join([first, second])
    full = compact(text)
    if len(full) <= len(short) or full[-4:] != short[-4:] or not P.TITLE.match(fold(text)):
        return None
    if not _in_order(short, full) or _head_noise(first) or _head_noise(second):
        return None
    return TitleSpan(j, j + 2, text)


def _issuers_above(lines: list[SourceLine], span: TitleSpan) -> TitleSpan:
    """A title that starts at 关于 under a line of its issuers' names alone (中共某县委 某县人民政府 /
    关于…的意见): the issuers are the title's first words, as a clerk reads the document's title; the
    names keep the spaces between them, the line break is dropped. A red-header banner (某县人民政府文件)
    is no issuer line, and a 文号 or a blank line between the two keeps them apart."""
    if span.start == 0 or not compact(span.text).startswith("关于"):
        return span
    above = lines[span.start - 1]
    if lines[span.start].number - above.number != 1 or not _is_issuers_line(above.folded):
        return span
    names = tuple(above.text.split())
    return TitleSpan(span.start - 1, span.end, " ".join(names) + span.text, span.doc_number, names)


def _fuller_before(lines: list[SourceLine], span: TitleSpan) -> TitleSpan:
    """A page label before the document that writes its title in full after the 文号 (某政发〔2018〕40号《某市
    人民政府关于…的通知》), over a title whose issuer the document spaced out or left off (关于…的通知): the
    full title."""
    if not compact(span.text).startswith("关于"):
        return span
    short = compact(span.text)
    for line in lines[: span.start]:
        match = P.DOC_NUMBER_THEN_TEXT.match(line.folded) if "〔" in line.folded or "[" in line.folded else None
        if match is None:
            continue
        rest = line.text[match.start("rest") :].strip()
        full = compact(rest)
        if full.endswith(short) and len(full) > len(short) and P.TITLE_ISSUER.match(full):
            return TitleSpan(
                span.start, span.end, tidy_title(rest.removeprefix("《").removesuffix("》")), span.doc_number
            )
    return span


def joint_issuers(title: str) -> tuple[str, ...]:
    """The issuers a title names before 关于 when they are several, a space apart (中共某市委 某市人民政府关于…)."""
    at = title.find("关于")
    names = title[:at].split() if at > 0 else []
    return tuple(names) if len(names) > 1 and all(P.ORG_NAME.match(fold(n)) for n in names) else ()


def _without_place_added(lines: list[SourceLine], span: TitleSpan) -> TitleSpan:
    """A news page's heading that put its province before the document's name (陕西某市…工作方案), when
    the text right after it names the document in 《》 without it (印发《某市…工作方案》): the name as
    the document gives it."""
    if span.end != span.start + 1 or "关于" in span.text:
        return span
    heading = compact(span.text)
    near = lines[max(0, span.start - 6) : span.start] + lines[span.end : span.end + 6]
    if any(f"《{heading}》" in compact(ln.text) for ln in near if "《" in ln.folded):
        return span  # the cover names the document with its place: the heading is its title
    for line in lines[span.end : span.end + 6]:
        if "《" not in line.folded:
            continue
        for named in _NAMED.finditer(line.text):
            if _CITED_BEFORE.search(line.folded[max(0, named.start() - 8) : named.start()]):
                continue  # 根据国务院安委会《…方案》: a superior document of the same name, cited
            name = tidy_title(named["name"])
            short = compact(name)
            if 0 < len(heading) - len(short) <= 3 and heading.endswith(short) and P.TITLE.match(fold(name)):
                return TitleSpan(span.start, span.end, name, span.doc_number)
    return span


# what stands before a document cited, not issued: 根据《…》   国务院安委会《…》   省、市《…》
_CITED_BEFORE = compile_regex(r"(?:根据|依据|按照|贯彻|落实|对照|参照|[委会院部厅局府办室组省市县区州])\s*$")


_NAMED = compile_regex(r"《(?P<name>[^《》]{4,120})》")


def _started_above(lines: list[SourceLine], span: TitleSpan) -> TitleSpan:
    """A title split over two lines whose first piece reads as no title (某市进一步完善医疗卫生 / 服务体系
    实施方案, maybe a blank line between): the line above is its start when the two joined are the document
    the cover names in 《》 before them."""
    i = span.start
    if i == 0 or span.end != i + 1:
        return span
    above, line = lines[i - 1], lines[i]
    if line.number - above.number > 2 or not P.TITLE_PIECE.match(above.folded) or _head_noise(above):
        return span
    joined = compact(above.text + line.text)
    named = f"《{joined}》"
    if not any("《" in ln.folded and named in "".join(ln.folded.split()) for ln in lines[: i - 1]):
        return span
    return TitleSpan(i - 1, i + 1, _join([above, line]), span.doc_number)


def _in_order(short: str, full: str) -> bool:
    """Whether every character of short occurs in full, in the same order."""
    chars = iter(full)
    return all(ch in chars for ch in short)


def _labelled_title(line: SourceLine, i: int) -> TitleSpan | None:
    """A title after its metadata label, the label left out: 标　　题：…意见   | 标题 | …意见 |   (a 文号 at
    its end is the notice's own)."""
    field = P.TITLE_FIELD.match(line.folded)
    if field is None and ("概" in line.folded or "摘" in line.folded):
        summary = P.SUMMARY_TITLE_FIELD.match(line.folded)
        if summary is not None and P.TITLE.match(summary["title"]):
            return TitleSpan(i, i + 1, tidy_title(line.text[summary.start("title") : summary.end("title")]))
    if field is None:
        return None
    text = line.text[field.start("title") : field.end("title")]
    folded = field["title"]
    if (glued := P.DOC_NUMBER_THEN_TEXT.match(folded)) and P.TITLE.match(compact(glued["rest"])):
        # 标题 | 某政办〔2020〕2号 某…的通知 |: the 文号 is the notice's own
        return TitleSpan(
            i, i + 1, tidy_title(text[glued.start("rest") :]), text[: glued.start("rest")].strip(_DOC_DASH)
        )
    if P.TITLE.match(folded):
        return TitleSpan(i, i + 1, tidy_title(text))
    numbered = P.TITLE_WITH_NUMBER.match(folded)
    if numbered:
        return TitleSpan(i, i + 1, tidy_title(text[: numbered.end("title")]), _doc_in(text, numbered))
    return None


def _body_starts(line: SourceLine) -> bool:
    """A part, a clause or a task table's header: the title, if any, came before."""
    from .annex import header_columns

    folded = line.folded
    return bool(
        P.PART.match(folded) or P.CLAUSE.match(folded) or header_columns(line) or P.COLUMN_ROLES.get(folded.strip())
    )


def find_title(lines: list[SourceLine]) -> int | None:
    """Index of the first line of the document's title."""
    span = find_title_span(lines)
    return span.start if span else None


def _title_at(lines: list[SourceLine], i: int) -> TitleSpan | None:
    line = lines[i]
    if labelled := _labelled_title(line, i):
        return labelled
    if P.ITEM.match(line.folded):
        return None  # 2.某县…分解: an item of a list (of annexes), not a title
    if line.folded.rstrip().endswith("|") and "|" not in line.folded.strip().strip(" |"):
        # 某市…关于印发…的通知 |   | 某局…任务分解 |   (a page's table cell around the title, its bars left by the
        # scrape: the table's first row)
        bare = line.text.strip().strip(" |")
        if P.TITLE.match(fold(bare)):
            return TitleSpan(i, i + 1, tidy_title(bare))
    quoted = line.folded.strip()
    if quoted[:1] == "《" and quoted[-1:] == "》" and P.TITLE.match(quoted[1:-1]):
        return TitleSpan(i, i + 1, tidy_title(line.text.strip()[1:-1]))  # 《关于…的实施细则》 alone on its line
    if (mark := P.VALIDITY_MARK.search(line.folded)) and P.TITLE.match(line.folded[: mark.start()]):
        return TitleSpan(i, i + 1, tidy_title(line.text[: mark.start()]))  # …的通知(有效): the mark is no title's
    if (mark := P.PAGE_MARK.search(line.folded)) and P.TITLE.match(line.folded[: mark.start()]):
        return TitleSpan(i, i + 1, tidy_title(line.text[: mark.start()]))  # …方案（第2页）: a site's page of it
    # a title spaced out by its layout (…工作 的 实 施 意 见) is read as tidy_title writes it
    if P.TITLE.match(line.folded) or (" " in line.folded and P.TITLE.match(tidy_title(line.folded))):
        channel = P.TITLE_CHANNEL.match(line.folded) or P.TITLE_LABEL.match(line.folded)
        return TitleSpan(i, i + 1, tidy_title(line.text[channel.end() if channel else 0 :]))
    numbered = P.TITLE_WITH_NUMBER.match(line.folded)
    if numbered:
        return TitleSpan(i, i + 1, tidy_title(line.text[: numbered.end("title")]), _doc_in(line.text, numbered))
    if (site_labelled := P.SITE_LABEL_TITLE.match(line.folded)) and P.TITLE.match(site_labelled["title"]):
        return TitleSpan(i, i + 1, tidy_title(line.text[site_labelled.start("title") :]))  # 某区奖励政策:关于…的意见
    if (wrapped := _wrapped_before_tail(lines, i)) is not None:
        return wrapped
    # a title written over lines starts with its issuer alone (某县人民政府办公室) or runs to 关于 on its first line
    if not P.TITLE_PIECE.match(line.folded) or ("关于" not in line.folded and not P.ORG_NAME.match(line.folded)):
        return None
    if i + 1 < len(lines) and P.TITLE_ISSUER.match(lines[i + 1].folded) and P.TITLE.match(lines[i + 1].folded):
        return None  # 某县人民政府 over a whole title that names its issuer: a banner, not the title's start
    if i + 1 < len(lines) and P.TITLE.match(lines[i + 1].folded) and _same_place(line.folded, lines[i + 1].folded):
        return None  # 某市数据局 over 某市2025年…工作要点: a whole title naming its own place, under its issuer
    # up to three lines; four from a line that runs to 关于 (某县人民政府办公室关于 / 对…确定的2021年 / … / …的通知)
    for end in range(i + 2, min(i + (5 if "关于" in line.folded else 4), len(lines) + 1)):
        piece = lines[end - 1]
        # lines next to each other; a title cut after 关于… may be double-spaced (one blank line between),
        # as may an issuer alone on its line over 关于…
        gap = piece.number - lines[end - 2].number
        double = "关于" in line.folded or lines[i + 1].folded.lstrip().startswith("关于")
        if gap > (2 if double else 1) or _head_noise(piece) or not P.TITLE_PIECE.match(piece.folded):
            return None
        text = _join(lines[i:end])
        folded = fold(text)
        if P.TITLE.match(folded):
            return TitleSpan(i, end, text)
        numbered = P.TITLE_WITH_NUMBER.match(folded)
        if numbered:
            return TitleSpan(i, end, text[: numbered.end("title")].strip(), _doc_in(text, numbered))
    return None


def _wrapped_before_tail(lines: list[SourceLine], i: int) -> TitleSpan | None:
    """A title with no issuer and no 关于 wrapped before its last words (某市加强数字政府建设 ⏎ 实施方案(2023—2025年)):
    the two lines, next to each other, when the second is only the end of a title and the two read as one."""
    if i + 1 >= len(lines) or lines[i + 1].number != lines[i].number + 1:
        return None
    first, tail = lines[i].folded.strip(), lines[i + 1].folded.strip()
    if len(first) < 6 or not P.TITLE_PIECE.match(first) or P.ANNEX_START.match(first) or P.TITLE.match(first):
        return None
    if not P.TITLE_TAIL.match(tail) or P.TITLE.match(tail) or _head_noise(lines[i + 1]):
        return None
    text = _join(lines[i : i + 2])
    return TitleSpan(i, i + 2, text) if P.TITLE.match(fold(text)) else None


def _same_place(issuer: str, title: str) -> bool:
    """Whether a title that does not open with 关于 opens with the place its issuer's name opens with (盘江市数据局,
    盘江市2025年…): the longest shared opening ends with a level's character."""
    first, second = compact(issuer), compact(title)
    if "关于" in first or second.startswith("关于"):
        return False  # (某省人民政府办公厅关于印发 ⏎ 某省2025年…方案的通知: one title over two lines)
    n = 0
    while n < min(len(first), len(second)) and first[n] == second[n]:
        n += 1
    return n >= 2 and first[n - 1] in "省市州县区旗盟镇乡"


def _doc_in(text: str, match: Match) -> str:
    return text[match.start("doc") : match.end("doc")].strip()


def _join(lines: list[SourceLine]) -> str:
    """Lines of one title joined; the spaces a layout put between characters dropped."""
    return tidy_title("".join(ln.text for ln in lines))


def tidy_title(text: str) -> str:
    """A title without the spaces a layout or a line break left between characters (某县 2024年 方案)."""
    text = text.strip()
    if " " in text or "\u3000" in text:
        names = joint_issuers(text)
        if names:  # 中共某市委 某市人民政府关于…: the space between joint issuers' names is kept
            at = text.find("关于")
            gap = " " if text[:at] != text[:at].rstrip() else ""
            rest: str = _TITLE_GAP.sub("", text[at:])
            return " ".join(names) + gap + rest
    tidied: str = _TITLE_GAP.sub("", text)
    return tidied


_TITLE_GAP = compile_regex(
    r"(?<=[\p{Han}\d（）《》〈〉“”])\s+(?=[\p{Han}（）《》〈〉“”])|(?<=[\p{Han}（）《》〈〉])\s+(?=\d)"
)


def parse_head(lines: list[SourceLine], title: TitleSpan | int | None) -> Head:
    """Parse the lines before the first part."""
    if isinstance(title, int):
        title = _title_at(lines, title)
    page: dict[str, str] = {}
    boilerplate: list[Boilerplate] = []
    headers: list[str] = []
    doc_before: str | None = None
    issuers_before: tuple[str, ...] = ()
    addressees_before: tuple[str, ...] = ()
    signed_before: str | None = None
    signer_before: str | None = None
    stamped: str | None = None  # the date of a page's time stamp above the title
    damaged: list[SourceLine] = []  # lines holding a 文号 the scrape broke (某府办发〔202026)
    start = 0 if title is None else title.start
    skip = -1
    for n, line in enumerate(lines[:start]):
        if n <= skip:
            continue
        nxt = lines[n + 1] if n + 1 < start else None
        if is_page_row(line.folded):
            if _read_page_row(line, nxt, page, boilerplate):
                skip = n + 1
        elif P.BREADCRUMB.search(line.folded):
            boilerplate.append(Boilerplate(line.number, "breadcrumb", line.text))
        elif P.DOC_NUMBER_LINE.match(line.folded) or P.DOC_NUMBER_THEN_TEXT.match(line.folded):
            written = _leading_doc_number(line)
            doc_before = doc_before or written
            boilerplate.append(Boilerplate(line.number, "doc-number", line.text))
        elif P.DOC_NUMBER_DAMAGED.match(line.folded):
            damaged.append(line)  # 某府办发〔202026: a 文号 the scrape broke
            boilerplate.append(Boilerplate(line.number, "doc-number", line.text))
        elif (
            P.ADDRESSEE.match(line.folded)
            and regex.search(r"^各|[、,]", line.folded)
            and not addressees_before
            and not P.NOT_ADDRESSEES.search(line.folded)
        ):
            addressees_before = split_list(line.text)  # a cover notice shown without its own title
            boilerplate.append(Boilerplate(line.number, "banner", line.text))
        elif nxt is not None and P.ORG_NAME.match(line.folded) and P.SIGNED_DATE.match(nxt.folded):
            signed_before = signed_before or iso_date(nxt.folded)
            signer_before = signer_before or line.text.strip()  # a cover notice's signature above the title
            boilerplate += [
                Boilerplate(line.number, "signature", line.text),
                Boilerplate(nxt.number, "signature", nxt.text),
            ]
            skip = n + 1
        elif n > 0 and P.SIGNED_DATE.match(line.folded.strip()) and (addressees_before or "。" in lines[n - 1].folded):
            signed_before = signed_before or iso_date(line.folded)  # the cover's date, no signer above it
            boilerplate.append(Boilerplate(line.number, "signature", line.text))
        elif (banner := P.BANNER_WITH_NUMBER.match(line.folded)) and _red_header(banner["banner"]):
            headers.append(line.text[: banner.end("banner")])
            doc_before = doc_before or line.text[banner.start("doc") : banner.end("doc")]
            boilerplate.append(Boilerplate(line.number, "banner", line.text))
        elif (
            title is not None
            and n == start - 1
            and lines[start].number == line.number + 1
            and _is_issuers_line(line.folded)
        ):
            issuers_before = tuple(line.text.split())  # the issuers, on the line right above the title
            boilerplate.append(Boilerplate(line.number, "banner", line.text))
        elif P.PAGE_STAMP.match(line.folded.strip()) and (stamp := iso_date(line.folded)):
            stamped = stamped or stamp  # a news page's time stamp over its headline: 2025-05-09 08:00 发表于…
            boilerplate.append(Boilerplate(line.number, "page-header", line.text))
        else:
            if _red_header(line.folded):
                headers.append(line.text)
            boilerplate.append(Boilerplate(line.number, "banner", line.text))

    title_text = title.text if title else None
    title_key = compact(title_text) if title_text else None
    doc_number: str | None = None
    issuers: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    signed: str | None = None
    signer: str | None = None
    cosigners: tuple[str, ...] = ()  # issuers signing on the lines above the signer's
    preamble: list[str] = []
    preamble_lines: list[SourceLine] = []  # the lines of the preamble so far, while they may be page rows
    rest = lines[title.end :] if title is not None else lines
    skip = -1
    for i, line in enumerate(rest):
        if i <= skip:
            continue
        folded = line.folded
        nxt = rest[i + 1] if i + 1 < len(rest) else None
        repeat = _title_repeat(rest, i, title_key) if title_key else 0
        own = _title_then_doc(rest, i, title_key) if title_key and not repeat and doc_number is None else None
        if own:  # the title again, its 文号 after it: …的通知 某政办秘〔2023〕8 号
            doc_number = own[1]
            if own[2]:  # nothing after the 文号: the lines are the title's repeat
                boilerplate += [Boilerplate(ln.number, "repeated-title", ln.text) for ln in rest[i : i + own[0]]]
                skip = i + own[0] - 1
                continue
        if title_key and not repeat and not addressees and not preamble and (block := _site_block(line, title_key)):
            # …的通知文章属性•【制定机关】…•【字号】…正文…的通知各区人民政府,…:《…》已经…: a law site's fields
            # after the title, then the notice's text (the title again, its addressees and cover)
            start, end = block
            _merge(page, _page_fields(SourceLine(line.number, line.text[start:end], folded[start:end]), None)[0])
            cover = end + _title_length(folded[end:], title_key)
            boilerplate.append(Boilerplate(line.number, "page-header", line.text[:cover]))
            if text := line.text[cover:].strip():
                if glued := P.ADDRESSEES_THEN_COVER.match(fold(text)):
                    addressees = split_list(text[: glued.end("units")])
                preamble.append(text)
                preamble_lines.append(line)
            continue
        if repeat:
            boilerplate += [Boilerplate(ln.number, "repeated-title", ln.text) for ln in rest[i : i + repeat]]
            skip = i + repeat - 1
        elif P.DOC_NUMBER_LINE.match(folded):
            if doc_number is None:
                doc_number = _leading_doc_number(line)  # without the brackets around it: （某政发〔2019〕5号）
            boilerplate.append(Boilerplate(line.number, "doc-number", line.text))
        elif not addressees and P.DOC_NUMBER_DAMAGED.match(folded):
            damaged.append(line)  # 某市发〔201737 under the title: a 文号 the scrape broke
            boilerplate.append(Boilerplate(line.number, "doc-number", line.text))
        elif title_key and _doc_then_title(folded, title_key):
            doc_number = doc_number or _leading_doc_number(line)
            boilerplate.append(Boilerplate(line.number, "repeated-title", line.text))
        elif not preamble and not addressees and (P.PAGE_STAMP.match(folded) or P.BODY_MARK.match(folded)):
            boilerplate.append(Boilerplate(line.number, "page-header", line.text))
        elif not addressees and _metadata_goes_on(preamble_lines) and is_page_row(folded):
            # a row of a label the vocabulary lacks (公开责任部门 某县人民政府) between page rows: a page row too
            boilerplate += [Boilerplate(ln.number, "page-header", ln.text) for ln in preamble_lines]
            preamble.clear()
            preamble_lines.clear()
            if _read_page_row(line, nxt, page, boilerplate):
                skip = i + 1
        elif P.ANNEX_LINK.match(folded):
            boilerplate.append(Boilerplate(line.number, "link", line.text))
        elif P.TRAILER.search(folded):
            boilerplate.append(Boilerplate(line.number, "trailer", line.text))
        elif not addressees and not preamble and _is_issuers_line(folded):
            issuers = tuple(line.text.split())
        elif not addressees and not preamble and P.ADDRESSEE.match(folded) and not P.NOT_ADDRESSEES.search(folded):
            addressees = split_list(line.text)
        elif (
            not addressees
            and _page_noise_only(preamble_lines)
            and P.ADDRESSEE.match(folded)
            and regex.search(r"^各|[、,]", folded)
            and not P.NOT_ADDRESSEES.search(folded)
        ):
            # the addressees under a page's lines that are no sentence (政策解读 文字解读:《…》, a 文号 the page
            # damaged, 浏览次数: 来源:…): those lines are the page's, the addressees the notice's
            boilerplate += [Boilerplate(ln.number, "page-header", ln.text) for ln in preamble_lines]
            preamble.clear()
            preamble_lines.clear()
            addressees = split_list(line.text)
        elif (
            not addressees
            and (not preamble or _page_noise_only(preamble_lines))
            and (glued := P.ADDRESSEES_THEN_COVER.match(folded))
        ):
            # 各镇人民政府,县直各单位: 现将《…》印发给你们…: the addressees, the line kept as the cover's text
            addressees = split_list(line.text[: glued.end("units")])
            preamble.append(line.text)
            preamble_lines.append(line)
        elif (
            nxt
            and (P.ORG_NAME.match(folded) or (" " in folded.strip() and _is_issuers_line(folded)))
            and P.SIGNED_DATE.match(nxt.folded)
        ):
            # (joint issuers may sign several to a line: 某省教育厅　某省财政厅 ⏎ 某省自然资源厅　某省住房和城乡建设厅)
            *alongside, signer = line.text.split()
            cosigners = tuple(alongside)
            above = preamble_lines[-1] if preamble_lines else None
            if above and above.number == line.number - 1 and _is_issuers_line(above.folded) and len(preamble) > 1:
                # 中共某市委办公厅 ⏎ 某市人民政府办公厅 ⏎ 2023年7月20日: joint issuers sign a line each
                cosigners = (*above.text.split(), *alongside)
                boilerplate.append(Boilerplate(above.number, "signature", above.text))
                preamble.pop()
                preamble_lines.pop()
            boilerplate += [
                Boilerplate(line.number, "signature", line.text),
                Boilerplate(nxt.number, "signature", nxt.text),
            ]
            signed = signed or iso_date(nxt.folded)
            skip = i + 1
        elif (
            (i == 0 or (i == 1 and P.DOC_NUMBER_LINE.match(rest[0].folded)))  # (under the title, or its 文号)
            and not signed
            and (bracketed := P.SIGNED_DATE_BRACKETED.match(folded.strip()))
            and (date := _head_date(bracketed["date"].strip()))
        ):
            # （2020年3月13日） right under the title: the date the document was adopted
            boilerplate.append(Boilerplate(line.number, "signature", line.text))
            signed = date
        elif issuers and not preamble and not addressees and not signed and (date := _head_date(folded)):
            # a 要点's date line right under its issuer (title / issuer / date): the date it was signed
            boilerplate.append(Boilerplate(line.number, "signature", line.text))
            signed = date
        elif preamble and P.SIGNED_DATE.match(folded):  # a cover notice's date with no signer above it
            boilerplate.append(Boilerplate(line.number, "signature", line.text))
            signed = signed or iso_date(folded)
        elif (
            not signed
            and ("。" in folded or "!" in folded)
            and (run_on := P.SIGNATURE_RUN_ON.search(folded))
            and (date := iso_date(run_on["date"]))
        ):
            # …请认真抓好落实。青河县人民政府办公室 2025年3月6日: the cover's signature run on after its last sentence
            # (a page that joined the lines): the signer and the date, the sentence kept as the cover's text
            *joint, signer = line.text[run_on.start("signer") : run_on.end("signer")].split()
            cosigners, signed = tuple(joint), date
            boilerplate.append(Boilerplate(line.number, "signature", line.text[run_on.start("signer") :].strip()))
            preamble.append(line.text[: run_on.start("signer")].rstrip())
            preamble_lines.append(line)
        else:
            preamble.append(line.text)
            preamble_lines.append(line)

    signers = (*cosigners, signer) if signer else ((signer_before,) if signer_before else ())
    # no title line: the page's 标题 field names the issuer as a title line would (某市人民政府办公室关于…)
    named = title or (TitleSpan(0, 0, page["title"]) if page.get("title") else None)
    issuers = _issuers_named(issuers or issuers_before, named, lines, headers, signers, page)
    addressees = addressees or addressees_before
    signed = signed or signed_before
    field = page.get("doc_number", "")
    broken_field = bool(field) and P.DOC_NUMBER_DAMAGED.match(fold(field)) is not None  # 文号: 某府办发〔202026
    doc_number = doc_number or (title.doc_number if title else None) or doc_before
    doc_number = doc_number or (field if not broken_field else None) or None
    date = signed or (iso_date(page["signed"]) if page.get("signed") else None)
    date = date or (iso_date(page["published"]) if page.get("published") else stamped)
    warnings: list[Warning] = []
    if doc_number is None and damaged:
        doc_number, warning = _repaired_doc_number(damaged[0].text, damaged[0].number, date)
        warnings.append(warning)
    elif doc_number is None and broken_field:
        doc_number, warning = _repaired_doc_number(field, int(page["doc_number_line"]), date)
        warnings.append(warning)
    if title_text is None and page.get("title"):  # no title line: the page's 名称 field
        title_text = page["title"]
    metadata = Metadata(
        title=title_text,
        doc_number=doc_number,
        doc_number_normalized=normalize_doc_number(doc_number) if doc_number else None,
        issuers=issuers,
        addressees=addressees,
        signed=signed or (iso_date(page["signed"]) if page.get("signed") else None),
        index_number=page.get("index_number") or None,
        category=page.get("category") or None,
        publisher=page.get("publisher") or None,
        published=iso_date(page["published"]) if page.get("published") else stamped,
        keywords=split_list(page["keywords"]) if page.get("keywords") else (),
    )
    return Head(metadata, "\n".join(preamble), boilerplate, tuple(headers), warnings)


def _repaired_doc_number(written: str, number: int, date: str | None) -> tuple[str | None, Warning]:
    """A 文号 whose 〕 and 号 the scrape dropped (某府办发〔202026): read as 某府办发〔2020〕26号 only where that
    is sure (a year 19xx or 20xx, not later than the notice's date, then one to four digits, then the end of
    the line or field); else no 文号. Either way a warning names the line."""
    damaged = P.DOC_NUMBER_DAMAGED.match(fold(written))
    assert damaged is not None
    digits = damaged["digits"]
    year, seq = digits[:4], digits[4:]
    prefix = written[damaged.start("prefix") : damaged.end("prefix")]
    if year[:2] in ("19", "20") and seq and int(seq) > 0 and date is not None and int(year) <= int(date[:4]):
        repaired = f"{prefix}〔{year}〕{int(seq)}号"
        message = f"文号 written without its 〕 and 号 ({written.strip()}): read as {repaired}; check it"
        return repaired, Warning("doc-number-repaired", number, message)
    message = f"a 文号 the page damaged could not be read ({written.strip()}): no 文号 taken"
    return None, Warning("doc-number-unread", number, message)


def _page_noise_only(lines: list[SourceLine]) -> bool:
    """A few short lines above the addressees that write no sentence (no 。 or ；): a page's rows, not a
    preamble (政策解读 文字解读:《…》   五大发展办202211   浏览次数: 来源:某县发改委 发布时间:…)."""
    return 0 < len(lines) <= 3 and all(len(ln.folded) <= 80 and not regex.search(r"[。;!?]", ln.folded) for ln in lines)


def _head_date(folded: str) -> str | None:
    """2025年2月10日 or 二〇二五年二月十日, alone on its line: the ISO date."""
    if P.SIGNED_DATE.match(folded):
        return iso_date(folded)
    return None


_CN_DIGITS = {ch: str(n) for n, ch in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}


def _cn_date_digits(text: str) -> str:
    """二〇二五年二月十日 (〇, ○ or 零 for nought) -> 2025年2月10日."""
    digits = P.CN_YEAR.sub(lambda m: "".join(_CN_DIGITS[c] for c in m["y"]) + "年", text)
    digits = P.CN_MONTH.sub(lambda m: f"{cn_to_int(m['m'])}月", digits)
    return str(P.CN_DAY.sub(lambda m: f"{cn_to_int(m['d'])}日", digits))


def _issuers_named(
    found: tuple[str, ...],
    title: TitleSpan | None,
    lines: list[SourceLine],
    headers: list[str],
    signers: tuple[str, ...],
    page: dict[str, str],
) -> tuple[str, ...]:
    """The issuers, from the first place that names them: an issuers line below or above the title, the
    title (its issuers, its joint issuers, its first lines, its opening words), the red header's banner, the
    signer, the page's issuer field."""
    title_text = title.text if title else None
    compact_title = "".join(title_text.split()) if title_text else None
    issuers = found or (title.issuers if title else ()) or joint_issuers(title_text or "")
    if not issuers and title is not None and title.end - title.start > 1:
        issuers = _issuer_lines(lines[title.start : title.end])  # 中共某县委 / 某县人民政府 / 关于…
    if not issuers and compact_title:
        match = P.TITLE_ISSUER.match(compact_title)
        if match:
            issuers = (match["issuer"],)
            if glued := P.GLUED_JOINT_ISSUERS.match(fold(match["issuer"])):
                issuers = (match["issuer"][: glued.end("first")], match["issuer"][glued.start("second") :])
            elif len(signers) == 1 and _named_in_full(match["issuer"], signers[0]):
                issuers = (signers[0].strip(),)  # 市政府办公室关于… signed 某市人民政府办公室: the full name
    if not issuers and headers:  # 中共某县委 某县人民政府文件: the red-header banner names the issuers
        names = tuple(headers[0].strip().removesuffix("文件").split())
        if names and all(P.ORG_NAME.match(fold(n)) for n in names):
            issuers = names
    if not issuers and signers:
        issuers = signers
    if not issuers and P.ORG_NAME.match(fold(page.get("issuer", ""))):
        issuers = (page["issuer"],)
    return issuers


def _named_in_full(short: str, signer: str) -> bool:
    """Whether a title's issuer written without its place (市政府办公室, 区人民政府) is the signer's name in
    full (某市人民政府办公室): it opens with its level alone, and the signer holds it in order, ending alike."""
    short, full = fold(short), fold(signer).strip()
    return (
        short[:1] in "省市州县区"
        and short[1:2] not in "委直"
        and len(full) > len(short)
        and full[-2:] == short[-2:]
        and _in_order(short, full)
        and bool(P.ORG_NAME.match(full))
    )


def _issuer_lines(lines: list[SourceLine]) -> tuple[str, ...]:
    """The issuers a title written over lines names on its first lines, each a line of names alone."""
    names: list[str] = []
    for line in lines:
        if "关于" in line.folded or not _is_issuers_line(line.folded) or P.NOT_ISSUERS.search(line.folded):
            break
        names += line.text.split()
    return tuple(names)


def _metadata_goes_on(preamble: list[SourceLine]) -> bool:
    """Whether the page's metadata rows may go on past the lines taken so far as the preamble: none yet, or
    one or two short rows with no sentence in them, right after the title or a page row (a site's channel
    word alone, 政策, is one)."""
    return not preamble or (
        len(preamble) <= 2
        and all(
            len(ln.folded) <= 60
            and "。" not in ln.folded
            and (" " in ln.folded.strip() or regex.fullmatch(r"\p{Han}{1,4}", ln.folded.strip()) is not None)
            for ln in preamble
        )
    )


def _title_repeat(rest: list[SourceLine], i: int, title_key: str) -> int:
    """How many lines from i repeat the title (a scrape shows it again, maybe split), or 0."""
    text = ""
    for n in range(i, min(i + 3, len(rest))):
        text += rest[n].text
        key = compact(text)
        if key == title_key:
            return n - i + 1
        if not title_key.startswith(key):
            return 0
    return 0


def _title_then_doc(rest: list[SourceLine], i: int, title_key: str) -> tuple[int, str, bool] | None:
    """A repeat of the title from line i (over up to three lines) with a 文号 right after it, a space or none
    between (…的通知 某政办秘〔2023〕8 号, or a page run into one line going on after it: …的通知 某政办字〔2024〕6号
    各乡镇…): (lines it takes, the 文号 as written, whether it ends them), else None."""
    text = ""
    for n in range(i, min(i + 3, len(rest))):
        before = compact(text)
        text += rest[n].text
        key = compact(text)
        if key.startswith(title_key) and len(key) > len(title_key):
            line = rest[n]
            at, kept = 0, len(title_key) - len(before)  # where the title ends on this line
            while kept > 0 and at < len(line.folded):
                kept -= compact(line.folded[at]) != ""
                at += 1
            at += len(line.folded[at:]) - len(line.folded[at:].lstrip())
            doc = P.DOC_NUMBER.match(line.folded, at)
            if doc is None or doc_number_span(line.folded, doc)[0] != at:
                return None
            return n - i + 1, line.text[at : doc.end()], not line.folded[doc.end() :].strip()
        if not title_key.startswith(key):
            return None
    return None


def _title_length(folded: str, title_key: str) -> int:
    """How many characters of folded, from its start, write the title (spaces and 《》 skipped); 0 when it
    does not start with the title."""
    if not compact(folded[: len(title_key) * 2 + 8]).startswith(title_key):
        return 0
    at, kept = 0, len(title_key)
    while kept > 0 and at < len(folded):
        kept -= compact(folded[at]) != ""
        at += 1
    return at


def _site_block(line: SourceLine, title_key: str) -> tuple[int, int] | None:
    """Where a law site's block of fields stands on a line that opens with the title (…的通知文章属性•【制定机关】
    …•【字号】…正文): its start and end, None when the line is no such line."""
    at = _title_length(line.folded, title_key)
    block = P.SITE_FIELD_BLOCK.match(line.folded[at:]) if at and "〔" in line.folded else None
    return (at, at + block.end()) if block else None


def _doc_then_title(folded: str, title_key: str) -> bool:
    match = P.DOC_NUMBER_THEN_TEXT.match(folded)
    return match is not None and compact(match["rest"]) == title_key


def _leading_doc_number(line: SourceLine) -> str:
    match = P.DOC_NUMBER.search(line.folded)
    assert match is not None
    start, end = doc_number_span(line.folded, match)
    return line.text[start:end]


def _is_issuers_line(folded: str) -> bool:
    names = folded.split()
    return bool(names) and all(P.ORG_NAME.match(n) for n in names) and len(names) <= 6


def _read_page_row(
    line: SourceLine, nxt: SourceLine | None, page: dict[str, str], boilerplate: list[Boilerplate]
) -> bool:
    """A row of the page's header read into its fields and set aside; whether it took the next line too (a
    label's value written on it)."""
    fields, took_next = _page_fields(line, nxt)
    if fields.get("doc_number") and not page.get("doc_number"):
        page["doc_number_line"] = str(nxt.number if took_next and nxt is not None else line.number)
    _merge(page, fields)
    boilerplate.append(Boilerplate(line.number, "page-header", line.text))
    if took_next and nxt is not None:
        boilerplate.append(Boilerplate(nxt.number, "page-header", nxt.text))
        return True
    return False


def _merge(page: dict[str, str], fields: dict[str, str]) -> None:
    """A field keeps its first value: a scrape may repeat the page header's block. A value saying there is
    none (文号: 无, 暂无, /) is no value."""
    for key, value in fields.items():
        if value and not page.get(key) and value.strip(" |") not in _NO_VALUE:
            page[key] = value


# what a page writes in a field that has no value: 文号: 无   发文字号: 暂无   文号: /
_NO_VALUE = {"无", "暂无", "空", "/", "-", "—", "--", "——", "无文号", "null", "NULL"}


_FIELD_AFTER_SPACES = compile_regex(r"\s{2,}(?=\p{Han}{2,8}\s*:)")


def _bracket_closed(value: str) -> str:
    """A value written inside the bracket that opens its label (文号：某政办发〔2024〕5号】【访问量…): up to the bracket
    closing it, the brackets inside it (〔2024〕) kept."""
    depth = 0
    for i, ch in enumerate(value):
        if ch in "〔【[":
            depth += 1
        elif ch in "〕】]":
            if depth == 0:
                return value[:i].rstrip()
            depth -= 1
    return value


def _page_fields(line: SourceLine, nxt: SourceLine | None) -> tuple[dict[str, str], bool]:
    """索 引 号:000000000/2019-00001 主题分类:文件\\ 发布机构:县应急局 -> fields.

    A label whose value is on the next line (• 文号: / 某政办发〔2017〕120号) takes
    that line when it reads as such a value; the second result says so.
    """
    found = {
        (m.start("label"), m.end()): m
        for pat in (P.PAGE_FIELD_LABEL, P.PAGE_FIELD_BARE, P.PAGE_FIELD_GLUED)
        for m in pat.finditer(line.folded)
    }
    if glued := P.PAGE_FIELD_GLUED_START.match(line.folded, _bullet_end(line.folded)):
        found[(glued.start("label"), glued.end())] = glued
    # of two readings of one label, the longer is kept: [ 索引号 ] | … is the label in its brackets, not 索引号 bare
    # with the closing bracket taken for its value
    found = dict(sorted(found.items(), key=lambda item: (item[0][0], -item[0][1])))
    labels: list[tuple[int, int, str, int]] = []
    for (start, end), match in found.items():
        if labels and start < labels[-1][1]:
            continue
        labels.append((start, end, "".join(match["label"].split()), match.start()))
    fields: dict[str, str] = {}
    key: str | None = None
    value = ""
    for n, (_, end, label, _) in enumerate(labels):
        # up to the next label, its bracket (•【施行日期】) and the dot before it left out
        stop = labels[n + 1][3] if n + 1 < len(labels) else len(line.text)
        key = P.PAGE_FIELDS.get(label)
        # (…5号　　【字号：大 中 小】: the bracket opening the next label is no part of this value)
        value = line.text[end:stop].strip(" \u3000\\|:：•·").rstrip(" \u3000【〔[")
        if line.folded[labels[n][3]] in "〔[":
            value = _bracket_closed(
                value
            )  # 【文号：某政办发〔2024〕5号】【访问量：…】: the bracket holding both closes
        if "|" in value:  # a row of cells: the value is the label's cell only (文号 | X | 是否有效 |)
            value = value.split("|", 1)[0].strip()
        # 文　　号：某政办发〔2025〕6号　　　　是否有效：是: a field of a label no list knows, after a run of spaces
        if (after := _FIELD_AFTER_SPACES.search(fold(value))) is not None:
            value = value[: after.start()]
        if label == "字号" and not P.DOC_NUMBER.search(fold(value)):
            continue  # 字号:[ 大 中 小 ]: the page's font size, no 文号
        if key and value and key not in fields:
            fields[key] = value
    took_next = False
    if (
        key == "doc_number"
        and fields.get(key) == value
        and nxt is not None
        and P.DOC_NUMBER_TO_YEAR.match(fold(value))
        and P.DOC_SERIAL_LINE.match(nxt.folded)
    ):
        # 发文字号：某政办发〔2024〕 / 15号: the number's serial wrapped to the next line, read with it
        fields[key] = value + nxt.text.strip()
        return fields, True
    if key and not value and nxt is not None and not is_page_row(nxt.folded):
        bullet = _bullet_end(nxt.folded)  # • 文号: / • 某政办发〔2023〕47号: the value bulleted as its label
        if _reads_as(key, nxt.folded[bullet:].strip()):
            fields.setdefault(key, nxt.text[bullet:].strip())
            took_next = True
    return fields, took_next


def _reads_as(key: str, folded: str) -> bool:
    """Whether a line alone reads as the value of a page field."""
    if key == "doc_number":
        return bool(P.DOC_NUMBER_LINE.match(folded))
    if key in ("published", "signed"):
        return bool(P.ANY_DATE.match(folded))
    if key == "index_number":
        return bool(regex.fullmatch(r"[0-9A-Za-z][0-9A-Za-z\-/_.]*", folded))
    return (
        len(folded) <= 30
        and bool(P.TITLE_PIECE.match(folded))
        and not P.TITLE.match(folded)
        and not P.DOC_NUMBER.search(folded)
    )

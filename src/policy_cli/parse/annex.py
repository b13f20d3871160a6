"""The annex task table: header row, groups (一、), sub-groups ((一)), task rows and notes (注).

Rows come with cells separated by runs of spaces, by tabs (the readers' tables, some
scrapes) or by pipes (| 类别 | 具体措施 |); one header may span two rows."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations, dropwhile, islice, pairwise, takewhile
from typing import NamedTuple

import regex

from .. import patterns as P
from ..decode import fold
from ..departments import split_units
from ..models import Annex, Boilerplate, Group, Note, Subgroup, Task, Warning
from ..numerals import cn_to_int, int_to_cn
from ..regex_engine import Match, compile_regex
from ..registry import bundled_name
from .deadlines import cited_spans, in_cited
from .lines import SourceLine
from .roles import Assignment, deadline_in_prose, joined_cell, unit_role


@dataclass
class _GroupBuilder:
    number: int
    title: str
    line: int
    variants: list[str] = field(default_factory=list)
    subgroups: list[Subgroup] = field(default_factory=list)

    def freeze(self) -> Group:
        return Group(
            number=self.number,
            title=self.title,
            line=self.line,
            variants=tuple(self.variants),
            subgroups=tuple(self.subgroups),
        )


@dataclass
class AnnexResult:
    annex: Annex | None = None
    tasks: list[Task] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)


def header_columns(line: SourceLine) -> tuple[str, ...] | None:
    """The column roles of a table header row, or None if the line is not one."""
    if not _names_a_column(line):
        return None
    return _columns_of(header_names(line))


# the vocabulary, a search for its names, and the longest a name with a column role may be
_COLUMN_NAME: tuple[dict[str, str], Callable[[str], object], int] | None = None
# a column name's qualifier after it is at most this long: (单位) (P.COLUMN_QUALIFIER); a name read by the
# period before it (_period_role) or joining two names (_joined_role) is at most _JOINED_LONGEST characters
_QUALIFIER_LONGEST = 8
_JOINED_LONGEST = 12


def _names_a_column(line: SourceLine) -> bool:
    """Cheap test before reading a line as a header row: without its spaces, it holds a column name.

    Every name header_names finds is a run of the line's characters with the spaces taken out
    (pipes and tabs split cells, never a name), so a line holding none has no column role. In a row
    whose cells spaces separate, a name is one token or a run of short ones (牵 头 单 位), and a header
    holds a name with a role of the vocabulary's, which is no longer than its longest word and a
    qualifier: a longer token (a task's text, 加强…工作内容) is left out of the search.
    """
    global _COLUMN_NAME
    if _COLUMN_NAME is None or _COLUMN_NAME[0] is not P.COLUMN_ROLES:
        longest = max(max(map(len, P.COLUMN_ROLES), default=0) + _QUALIFIER_LONGEST, _JOINED_LONGEST)
        _COLUMN_NAME = (P.COLUMN_ROLES, re.compile(_any_word(P.COLUMN_ROLES)).search, longest)
    _, search, longest = _COLUMN_NAME
    tokens = line.tokens
    if len(tokens) == 1 and len(tokens[0]) > longest and "|" not in tokens[0]:
        return False  # one long token, no tab nor bar in it (a line of prose): left out, as below
    if "\t" in line.text or _pipe_row(line.folded):
        return search("".join(tokens)) is not None
    return search("".join([t if len(t) <= longest else "|" for t in tokens])) is not None


_Trie = dict[str, "_Trie"]  # a character -> the words' next characters; "" where a word ends


def _any_word(words: Sequence[str] | dict[str, str]) -> str:
    """A pattern matching any of the words, their common beginnings written once (任务(?:类别|名称)?…):
    at each place of a text, a few characters are compared instead of every word in turn."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def pattern(node: _Trie) -> str:
        branches = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


def _columns_of(names: list[str]) -> tuple[str, ...] | None:
    if len(names) < 2:
        return None  # (a header names two columns at least, as below: a heading's one name is not read for roles)
    known = _name_roles(names)
    if len(known) - known.count(None) < 2 or "task" not in known:
        return None
    if _scores(names) and not any(k in _UNIT_COLUMNS for k in known):  # 考核内容 / 分值 / 评分标准: a rubric
        return None
    return tuple(k or "other" for k in _one_deadline(names, known))


def _one_deadline(names: list[str], roles: list[str | None]) -> list[str | None]:
    """A header with two due columns (进度安排 … 完成时限): the one named as a deadline (完成时限, 完成时间,
    时间节点) is the deadline; the other is a column of values (its cells kept in the task's text, see
    _values_written). Unchanged where none or more than one is so named."""
    due = [i for i, r in enumerate(roles) if r == "due"]
    named = [i for i in due if names[i] in P.DEADLINE_COLUMNS]
    if len(due) < 2 or len(named) != 1:
        return roles
    return ["other" if i in due and i != named[0] else r for i, r in enumerate(roles)]


def _name_roles(names: list[str]) -> list[str | None]:
    """The role of each column name. A name the vocabulary lacks, right after 序号 (or after 序号 and a 类别
    column) and before column names none of which is the task column, is the task column when it reads as one
    (序号 / 工作目标 / 责任单位, 序号 / 类别 / 实事项目 / 牵头单位)."""
    roles = [P.COLUMN_ROLES.get(n) or _qualified_role(n) or _period_role(n) for n in names]
    for i, name in enumerate(names):
        if roles[i] is not None or len(name) > _UNITS_AND_DUE_LONGEST:
            continue  # (a longer name joins no two names, nor units and a deadline: every line of a page is asked)
        if len(name) <= _JOINED_LONGEST and ("与" in name or "及" in name) and (joined := _joined_role(name)):
            # 责任主体与协同单位 after a 牵头单位 column: the units working with the lead, its partners; with no lead
            # column, the units are listed with no role (牵头单位与责任单位 names no one lead)
            roles[i] = "partners" if joined == "partners" and "lead" in roles else "departments"
        elif _units_and_due(name):
            roles[i] = "departments"  # 责任单位及完成时限: the units, then the deadline, in one cell
        elif _joined_task(name):
            roles[i] = "task"  # 项目名称及建设内容: the item and its content, one column of the task's text
    for i in range(1, len(names) - 1):
        if (
            roles[i] is None
            and roles[i - 1] in ("number", "category")  # (as _after_number asks, looked at first)
            and _after_number(roles, i)
            and P.TASK_COLUMN_LIKE.match(names[i])
        ):
            if roles[i + 1] is not None:
                after = list(takewhile(lambda r: r is not None, roles[i + 1 :]))
                if "task" not in after or (
                    roles[i + 1] == "task" and names[i].endswith(_PROJECT_NAMES) and names[i + 1].endswith("内容")
                ):
                    # 序号 / 项目名称 / 主要内容 / 牵头单位: the project's name opens the task's text, its content
                    # after it, as under 建设内容
                    roles[i] = "task"
            elif (
                _unit_column_after(roles, i + 1)
                and (
                    P.TASK_COLUMN_OF_PLAN.match(names[i + 1])
                    or P.TASK_COLUMN_LIKE.match(names[i + 1])
                    or P.PROJECT_CONTENT_COLUMN.match(names[i + 1])
                )
            ) or (P.PROJECT_CONTENT_COLUMN.match(names[i + 1]) and _units_after_values(roles, i + 2)):
                # 序号 / 实事项目 / 工作举措及实施计划 / 责任单位, 序号 / 项目名称 / 建设内容 / 责任单位: the named
                # item is the task, and the plan or content column after it adds its measures to the task's
                # text (two task columns make one task); a project's content may stand before columns of its
                # figures (序号 / 项目名称 / 建设内容 / 总投资（亿元） / 责任单位)
                roles[i] = roles[i + 1] = "task"
    if "task" not in roles:
        _item_and_content_after_others(names, roles)
    if "task" not in roles:
        _unknown_before_units(names, roles)
    if "task" not in roles:
        _task_words_column(names, roles)
    for i in range(1, len(names) - 1):
        if roles[i] is None and roles[i - 1] == "category" and roles[i + 1] == "number" and len(names[i]) <= 4:
            roles[i] = "category"  # 类别 / 子项 / 序号: a short name between a category column and 序号 groups too
    if roles and roles[0] is None and "task" not in roles and _names_the_item(names[0]):
        after = roles[1:]
        if all(r is not None for r in after) and any(r in _UNIT_COLUMNS for r in after):
            # 专项整治行业名称 / 时间安排 / 责任单位: a table with no 序号 opens with the column naming its item
            roles[0] = "task"
    for i in range(1, len(names) - 1):
        if (
            roles[i] is None
            and roles[i - 1] == "task"
            and roles[i + 1] in _UNIT_COLUMNS
            and len(names[i]) <= 6
            and (names[i].endswith("要求") or P.TASK_COLUMN_LIKE.match(names[i]))
        ):
            roles[i] = "task"  # 工作任务 / 工作要求 / 牵头处室: the task and what it asks, one text
    _item_and_content(names, roles)
    if "task" not in roles:
        _indicator_and_target(names, roles)
    return roles


def _content_after_units(names: list[str], roles: list[str | None]) -> None:
    """序号 / 项目 / 责任单位 / 建设内容 / 总投资（万元）, one name a line: a project's content column
    (P.PROJECT_CONTENT_COLUMN) right after the units column, the project's name in a task column before them: the
    content is the task's text too (two task columns make one task; its rows are rejoined with the content before
    the units, see _project_rows), never a column left unread."""
    for i in range(2, len(names)):
        if (
            roles[i] is None
            and roles[i - 1] in _UNIT_COLUMNS
            and "task" in roles[: i - 1]
            and "建设" in names[i]
            and P.PROJECT_CONTENT_COLUMN.match(names[i])
        ):
            roles[i] = "task"
            return


_PROJECT_NAMES = ("项目", "项目名称")  # a column naming each row's project: 项目名称, 实事项目, 重点项目


def _unknown_before_units(names: list[str], roles: list[str | None]) -> None:
    """A header with 序号 and a units column but no task column, one name between them that no vocabulary
    knows (序号 / 事项说明 / 责任单位 / 完成时限): that name is the task column, the one place the work can
    stand; never a name of a person's or a unit's column (姓名, 单位名称, 联系电话)."""
    if len(names) < 3 or roles[0] != "number" or roles.count(None) != 1:
        return
    i = roles.index(None)
    if i != 1 or roles[2] not in ("departments", "lead") or len(names[1]) > 12:
        return
    if not regex.search(r"单位|部门|主体|领导|人$|姓名|电话|职务|名单|联系|备注", names[1]):
        roles[1] = "task"


def _task_words_column(names: list[str], roles: list[str | None]) -> None:
    """A header that names no task column but holds, among other words, a task column's (目标任务和工作要求,
    重点工作任务及措施: P.TASK_COLUMN_WORDS), before its units column: that name is the task column, the
    one nearest the units where two hold such words; never a name of a person's or a unit's column."""
    units = next((i for i, r in enumerate(roles) if r in _UNIT_COLUMNS), None)
    if units is None or "number" not in roles[:units]:
        return
    for i in range(units - 1, -1, -1):
        name = names[i]
        if (
            roles[i] is None
            and len(name) <= 12
            and any(word in name for word in P.TASK_COLUMN_WORDS)
            and not regex.search(r"单位|部门|主体|领导|人$|姓名|电话|职务|名单|联系|备注|来源", name)
        ):
            roles[i] = "task"
            return


def _after_number(roles: list[str | None], i: int) -> bool:
    """Whether column i comes right after 序号, or after 序号 and a category column (序号 / 类别 / 实事项目)."""
    return roles[i - 1] == "number" or (i >= 2 and roles[i - 1] == "category" and roles[i - 2] == "number")


def _item_and_content_after_others(names: list[str], roles: list[str | None]) -> None:
    """A named item and its content or plan (项目名称 / 建设内容) after other known columns than 序号, the units'
    or the deadline's (序号 / 牵头单位 / 配合单位 / 项目名称 / 建设内容 / 完成时限, 序号 / 完成时限 / 项目名称 /
    建设内容 / 责任单位): both are the task's text, as right after 序号, in a header with a units column and no
    other task column; the pair stands between known columns (or ends the header)."""
    if not any(r in _UNIT_COLUMNS for r in roles):
        return
    for i in range(1, len(names) - 1):
        if (
            roles[i] is None
            and roles[i + 1] is None
            and roles[i - 1] is not None
            and (i + 2 == len(names) or roles[i + 2] is not None)
            and P.TASK_COLUMN_LIKE.match(names[i])
            and (
                P.PROJECT_CONTENT_COLUMN.match(names[i + 1])
                or P.TASK_COLUMN_OF_PLAN.match(names[i + 1])
                or P.TASK_COLUMN_LIKE.match(names[i + 1])
            )
        ):
            roles[i] = roles[i + 1] = "task"
            return


def _units_after_values(roles: list[str | None], start: int) -> bool:
    """Whether a units column follows the column at start, the columns between naming nothing the parser
    knows (总投资（亿元）, 年度计划投资: a project's figures)."""
    after = list(dropwhile(lambda r: r is None, roles[start:]))
    return start < len(roles) and roles[start] is None and bool(after) and after[0] in _UNIT_COLUMNS


def _indicator_and_target(names: list[str], roles: list[str | None]) -> None:
    """A table of indicators (序号 / 指标 / 目标值 / 责任单位): the indicator column, right before its target
    value (a measure's unit, 单位, may stand between), is the task column, its target kept in the task's text;
    with a units column after them."""
    for i, name in enumerate(names):
        # (指标, the pattern's one word, looked for first: every line of a page is asked)
        if roles[i] not in (None, "category") or "指标" not in name or not P.INDICATOR_COLUMN.match(name):
            continue
        j = i + 1
        if j < len(names) and names[j] in ("单位", "计量单位"):
            j += 1
        if j < len(names) and P.TARGET_COLUMN.match(names[j]) and any(r in _UNIT_COLUMNS for r in roles[j + 1 :]):
            roles[i] = "task"
            return


def _names_the_item(name: str) -> bool:
    """A first column naming each row's item (项目名称, 行业名称, 民生实事项目), never its units (单位名称)."""
    if len(name) > 10 or regex.search(r"单位|部门|主体|企业|领导|人", name):
        return False
    return bool(P.TASK_COLUMN_LIKE.match(name) or regex.fullmatch(r"\p{Han}{0,8}名称", name))


_PERIOD_FIRST = frozenset("全上下一二三四本分0123456789")


def _period_role(name: str) -> str | None:
    """The role of a column name with the period it covers before it: 全年目标任务 is 目标任务 (a cheap test of
    the first character before the pattern: every line of a page is asked)."""
    if name[:2] in ("19", "20") and (year := P.YEAR_BEFORE_NAME.match(name)):
        # 2024年目标进度: the year a deadline column is for (a year before another name, 2018年度任务, is a year's target)
        return "due" if P.COLUMN_ROLES.get(name[year.end() :]) == "due" else None
    if (
        name[:1] not in _PERIOD_FIRST
        or len(name) > _JOINED_LONGEST
        or (period := P.PERIOD_BEFORE_NAME.match(name)) is None
    ):
        return None
    return P.COLUMN_ROLES.get(name[period.end() :])


def _joined_role(name: str) -> str | None:
    """A column name joining two names of units columns (责任主体与协同单位, 牵头单位及配合单位): partners where
    either names partners, else departments; None where a part names no units column."""
    parts = regex.split(r"[与及]", name, maxsplit=1)
    roles = [P.COLUMN_ROLES.get(part) for part in parts]
    if len(parts) != 2 or any(r not in _UNIT_COLUMNS for r in roles):
        return None
    return "partners" if "partners" in roles else "departments"


def _joined_task(name: str) -> bool:
    """A column name joining two names of the task's text (项目名称及建设内容, 重点任务和具体措施): each part
    reads as a task column (TASK_COLUMN_LIKE, PROJECT_CONTENT_COLUMN, or the vocabulary's task names); not
    where a part names units, a deadline or anything else (责任单位及完成时限, 存在问题及整改措施)."""
    joined = P.TASK_COLUMN_JOINED.match(name)
    if joined is None:
        return False
    return all(
        P.COLUMN_ROLES.get(part) == "task" or P.TASK_COLUMN_LIKE.match(part) or P.PROJECT_CONTENT_COLUMN.match(part)
        for part in (joined["first"], joined["second"])
    )


_UNITS_AND_DUE_LONGEST = 14  # a longer name is no units column joined with a deadline's (责任单位及完成时限)


def _units_and_due(name: str) -> bool:
    """A column name joining a units column's and a deadline column's (责任单位及完成时限, 牵头单位和时间节点):
    its cells name the units, then the deadline after a comma (县林业局，2025年3月底前)."""
    if len(name) > _UNITS_AND_DUE_LONGEST or not ("与" in name or "及" in name or "和" in name):
        return False
    parts = regex.split(r"[与及和]", name, maxsplit=1)
    return len(parts) == 2 and P.COLUMN_ROLES.get(parts[0]) in _UNIT_COLUMNS and P.COLUMN_ROLES.get(parts[1]) == "due"


def _due_split_off(cell: str) -> tuple[str, str] | None:
    """A units cell's units and the deadline closing it after a comma or semicolon (县林业局，2025年3月底前 ->
    (县林业局, 2025年3月底前)), or None where its last piece is no deadline."""
    cut = max(cell.rfind(mark) for mark in ",，;；")
    if cut <= 0 or not _due_like(fold(cell[cut + 1 :]).strip()):
        return None
    return cell[:cut].strip(), cell[cut + 1 :].strip()


def _qualified_role(name: str) -> str | None:
    """The role of a column name with a bracketed qualifier after it: 责任股室(单位) is 责任股室, 责任单位(牵头单位、
    配合单位) 责任单位 (the cell lists its lead first: see P.FIRST_UNIT_LEADS); with a level
    before it: 市级牵头单位 is 牵头单位, 区级责任单位 责任单位; with a qualifier inserted in it: 牵头(责任)单位 is
    牵头单位 (the name before the qualifier's words)."""
    if name[:2].endswith("级") and (level := P.COLUMN_LEVEL.match(name)):
        rest = name[level.end() :]
        return P.COLUMN_ROLES.get(rest) or _qualified_role(rest)
    if not name.endswith(")"):
        if "(" in name and (inserted := P.COLUMN_INSERTED_QUALIFIER.fullmatch(name)):
            return P.COLUMN_ROLES.get(inserted["head"] + inserted["tail"])
        return None
    if roles_named := P.COLUMN_ROLES_QUALIFIER.search(name):
        return P.COLUMN_ROLES.get(name[: roles_named.start()])  # 责任单位(牵头单位、配合单位): a units column
    if not (qualifier := P.COLUMN_QUALIFIER.search(name)) or qualifier.end() != len(name):
        return None
    return P.COLUMN_ROLES.get(name[: qualifier.start()])


def _unit_column_after(roles: list[str | None], start: int) -> bool:
    """Whether a column naming units (责任单位, 牵头单位, 配合单位) comes right after the column at start."""
    return start + 1 < len(roles) and roles[start + 1] in ("departments", "lead", "partners")


def unread_headers(lines: list[SourceLine], rows: Iterable[int] = ()) -> list[Warning]:
    """A row that looks like a table header (序号 and two more names, or two column names and more)
    but names no task column: its rows cannot be read as tasks, so it is warned at its line. `rows` are the
    lines tasks were read from: a header one name a line whose first row is read as a task is no header unread."""
    read = set(rows)
    out = [
        w for w in _unread_vertical_headers(lines) if not any(w.line < r <= w.line + _HEADER_ROW_REACH for r in read)
    ]
    for line in lines:
        if not _unread_header(line):  # (asked once a line: every line of the notice is)
            continue
        if _scores(header_names(line)):
            message = f"a scoring table, no task table: its rows are set aside: {line.text[:60]}"
            out.append(Warning("scoring-table", line.number, message))
        else:
            out.append(
                Warning(
                    "table-header-unread",
                    line.number,
                    f"a table header with no task column the parser knows; its rows are not read: {line.text[:60]}",
                )
            )
    return out


def _scores(names: list[str]) -> bool:
    """Whether a header names a scoring rubric's column (分值, 评分标准)."""
    return any(n in P.SCORING_COLUMNS for n in names)


def _unread_header(line: SourceLine) -> bool:
    """A row that looks like a table header (序号 and two more names, or two column names and more) but
    names no task column (序号 / 单位 / 姓名 / 职务 / 联系电话: a contact list): no task table."""
    if len(line.tokens) < 3 and "\t" not in line.text and "|" not in line.folded:
        return False  # (a row of spaces gives a name at most a token, and such a header names three at least)
    return _names_a_column(line) and _unread_header_names(header_names(line))


def _unread_header_names(names: list[str]) -> bool:
    """The names of a row that looks like a table header and names no task column (see _unread_header)."""
    if len(names) < 3 or _columns_of(names) is not None:
        return False
    roles = [P.COLUMN_ROLES.get(n) for n in names]
    return roles[0] == "number" or sum(1 for r in roles if r) >= 2


# how far after 序号 alone on its line the first row of its table stands at most (its names, then the row's number)
_HEADER_ROW_REACH = 10


def _unread_vertical_headers(lines: list[SourceLine]) -> list[Warning]:
    """A header scraped one name a line that cannot be read: 序号 alone on its line, then within the next
    few short lines two column names or more (a units column among them) but no run the parser reads as
    a header (a task column named in words it does not know: 序号 / 工作目标 / 责任单位 / 完成时限)."""
    out: list[Warning] = []
    vertical = None
    for i, line in enumerate(lines):
        if P.COLUMN_ROLES.get(line.folded.strip()) != "number":
            continue
        vertical = vertical or vertical_header_lengths(lines)
        if vertical[i]:
            continue
        window = [_cell_name(ln.folded) for ln in lines[i + 1 : i + 7]]
        names = [P.COLUMN_ROLES.get(w) for w in window[: next((n for n, w in enumerate(window) if w.isdigit()), 6)]]
        if sum(1 for r in names if r) >= 2 and any(r in _UNIT_COLUMNS for r in names):
            message = f"a table header written one name a line with no task column the parser knows; its rows are not read: {line.text[:20]}"
            out.append(Warning("table-header-unread", line.number, message))
    return out


def header_names(line: SourceLine) -> list[str]:
    """The column names a header row writes, in order.

    Cells come from pipes or tabs where the row has them (a name's inner spaces
    dropped: 牵 头 单 位); otherwise from runs of spaces, where single characters
    that spell a column name together are one name (工 作 任 务 主要任务 -> 工作任务 主要任务).
    """
    if _pipe_row(line.folded):
        cells = line.folded.strip("|").split("|")
    elif "\t" in line.text:
        cells = [fold(c) for c in line.text.split("\t")]
    else:
        return _spaced_names(line.folded.split())
    # what a broken encoding left beside a name (责任单位??, 工作任务□) is no part of it
    return [name.strip(_RESIDUE) or name for name in ("".join(c.split()) for c in cells) if name]


_RESIDUE = "?？□■�"


def _spaced_names(tokens: list[str]) -> list[str]:
    if all(token in P.COLUMN_ROLES for token in tokens):  # each token is a name
        return tokens
    names = []
    i = 0
    while i < len(tokens):
        end = i + 1
        if (
            tokens[i] in P.COLUMN_ROLES
            and i + 1 < len(tokens)
            and tokens[i + 1] not in P.COLUMN_ROLES
            and tokens[i] + tokens[i + 1] in P.COLUMN_ROLES
        ):
            end = i + 2  # a short name and the word after it make a longer one (牵头 单位 -> 牵头单位)
        elif tokens[i] not in P.COLUMN_ROLES:
            for j in range(i + 2, min(i + 8, len(tokens)) + 1):
                if len(tokens[j - 1]) != 1 and j > i + 3:
                    break  # one character a token (工 作 任 务), or a name cut in two or three (牵头 单位)
                if "".join(tokens[i:j]) in P.COLUMN_ROLES:
                    # one character a token after it going on to a longer name: that name (牵 头 单 位, not 牵头)
                    longer = [
                        k
                        for k in range(j + 1, min(i + 8, len(tokens)) + 1)
                        if all(len(t) == 1 for t in tokens[j:k]) and "".join(tokens[i:k]) in P.COLUMN_ROLES
                    ]
                    end = longer[-1] if longer else j
                    break
        names.append("".join(tokens[i:end]))
        i = end
    return names


def find_header(lines: list[SourceLine], vertical: list[int] | None = None) -> int | None:
    """Where the table's header starts: a header row, or the first of a header written one name a line
    (vertical: the lines' vertical_header_lengths, where the caller has them)."""
    vertical = vertical_header_lengths(lines) if vertical is None else vertical
    for i, line in enumerate(lines):
        if vertical[i] or header_columns(line):
            return i
    return None


def units_header_without_task(line: SourceLine) -> bool:
    """A row of column names that gives units their columns (牵头单位, 配合单位, 责任单位) beside another column
    of an assignment (another units column, 完成时限, 责任领导) but names no column the parser reads as the
    task's (序号 / 实事名目 / 牵头单位 / 完成时限): a task table of the genre whose task column is not known, kept
    and warned, never refused. A units column beside contacts only (任务联系人 / 主责部门 / 联系电话) is none."""
    if not _names_a_column(line):
        return False
    names = header_names(line)
    if len(names) < 3:
        return False
    roles = _name_roles(names)
    assigning = [r for r in roles if r in _UNIT_COLUMNS or r in ("due", "leaders")]
    return "task" not in roles and any(r in _UNIT_COLUMNS for r in roles) and len(assigning) >= 2


def vertical_header_lengths(lines: list[SourceLine]) -> list[int]:
    """For each line, how many lines from it hold one column name each (a table scraped one cell a line), or 0.

    One pass from the end: a run of column names is measured once, not again from each of its lines.
    """
    lengths = [0] * len(lines)
    run = 0  # column-name lines from i on
    task_at: int | None = None  # the nearest line of the run naming the task column
    last: str | None = None  # the role of the run's last name
    roles = _vertical_roles([_cell_name(line.folded) for line in lines])
    for i in range(len(lines) - 1, -1, -1):
        role = roles[i]
        if role is None:
            run, task_at, last = 0, None, None
            continue
        run += 1
        last = last or role
        if role == "task":
            task_at = i
        if run >= 2 and role == "number" and task_at is not None:
            lengths[i] = run
        elif (
            (run >= 3 or (run == 2 and role == "task" and last in _UNIT_COLUMNS))
            and task_at is not None
            and (i == 0 or roles[i - 1] is None)
            and (
                last in _ROW_ENDS
                or (run >= 3 and _values_after_units(roles[i : i + run]))
                or (last == "partners" and "lead" in roles[i : i + run])
            )
        ):
            # no 序号 column: each row ends at its last cell (see _rows_by_last_cell); two names do when
            # they are the task and its units (工作任务 / 责任单位)
            lengths[i] = run
    return lengths


def _values_after_units(roles: Sequence[str | None]) -> bool:
    """A header with no 序号 whose last columns, after its one units column, are all values (项目名称 / 内容 /
    牵头单位 / 进展情况 (7月) / 进展情况 (10月)): its rows are told apart by their units cell."""
    named = [r for r in roles if r != "qualifier"]
    units = [i for i, r in enumerate(named) if r in _UNIT_COLUMNS]
    if len(units) != 1 or "due" in named or units[0] == len(named) - 1:
        return False
    return all(r == "task" or r == "category" for r in named[: units[0]]) and all(
        r == "other" or r == "leaders" for r in named[units[0] + 1 :]
    )


def _vertical_roles(names: list[str]) -> list[str | None]:
    """The roles of lines that may be column names one a line: as a header row's, and the value columns of an
    assessment list (单位, 年度目标, 评分部门) as columns that name no unit (other): in a run of names only,
    so a line 单位 elsewhere is no column."""
    roles = _name_roles(names)
    if "task" in roles:
        _content_after_units(names, roles)  # (one name a line only: its rows are rejoined in the columns' order)
    out = [
        r
        if r is not None
        or (
            not _value_column(n)
            and n not in P.REMARK_COLUMNS
            and n not in P.PROBLEM_COLUMNS
            and not P.CONTACT_COLUMN.match(n)  # 联系电话 among the names: a column, its cells not kept
        )
        else "other"
        for r, n in zip(roles, names, strict=True)
    ]
    for i, name in enumerate(names):
        if len(name) > 8:
            continue
        if out[i] is not None:
            if (
                out[i] not in ("qualifier", "number")
                and i + 1 < len(out)
                and out[i + 1] in (None, "other")
                and len(name) <= 4
                and len(names[i + 1]) <= 4
                and (whole_role := P.COLUMN_ROLES.get(name + names[i + 1])) is not None
            ):  # 牵头 / 单位, 任务 / 内容: a known name the page wrapped after a first half that is a name alone
                out[i], out[i + 1] = whole_role, "qualifier"
            continue
        if name[:2] in ("19", "20") and P.YEAR_COLUMN.fullmatch(name):
            if i + 1 < len(out) and out[i + 1] == "due" and name.endswith(("年", "年度")):
                out[i], out[i + 1] = "due", "qualifier"  # 2024年 / 目标进度: the year the page wrapped off its name
                continue
            out[i] = "other"  # 2018年度: a year's target, under 年度目标 (see _year_columns_in_place)
        elif i + 1 < len(out) and len(name) <= 6 and len(names[i + 1]) <= 4:
            whole = name + names[i + 1]
            joined = P.COLUMN_ROLES.get(whole) or ("other" if _value_column(whole) else None)
            if joined is not None:  # 牵头责任 / 部门, 第二季度 / 完成情况: a name the page wrapped over two lines
                out[i], out[i + 1] = joined, "qualifier"
    for i in range(1, len(out) - 1):
        if out[i] is None and out[i - 1] is not None and out[i - 1] not in ("qualifier", "number"):
            _unknown_value_column(names, out, i)
    for i in range(1, len(out)):
        if (
            out[i] is None
            and out[i - 1] not in (None, "qualifier")
            and names[i][:1] == "("
            and P.COLUMN_QUALIFIER.fullmatch(names[i])
            and not P.OTHER_NUMBER_CELL.match(names[i])  # (1): the first row's 序号, no qualifier
        ):
            out[i] = "qualifier"  # 责任股室 / (单位): the name's qualifier on a line of its own
    return out


def _unknown_value_column(names: list[str], out: list[str | None], i: int) -> None:
    """A short name no vocabulary knows, maybe wrapped over two lines (区本级 / 任务数), between a known name
    and the units or deadline column right after it (序号 / 重点工作 / 区本级 / 任务数 / 责任单位): a column of
    values, its lines joined into its name, so the header is read whole and no row's units are lost."""
    for w in (1, 2):
        j = i + w
        if j >= len(out) or out[j] not in (*_UNIT_COLUMNS, "due"):
            continue
        words = names[i:j]
        if any(out[k] is not None for k in range(i, j)) or not all(
            _unknown_name_like(n)
            or (w == 1 and _unit_column_name(n))
            or (k and n[:1] == "(" and P.COLUMN_QUALIFIER.fullmatch(n))  # 总投资 / (万元): its measure wrapped
            for k, n in enumerate(words)
        ):
            continue
        out[i] = "other"
        for k in range(i + 1, j):
            out[k] = "qualifier"
        return


def _unit_column_name(name: str) -> bool:
    """A name of units' column no vocabulary knows (督办单位, 审核部门): two to four letters, then 单位 or 部门."""
    return 4 <= len(name) <= 6 and name.isalpha() and name.endswith(("单位", "部门"))


def _unknown_name_like(name: str) -> bool:
    """A line that may be a column name no vocabulary knows: short, letters only, no unit's or deadline's form,
    maybe with its measure in brackets after it (总投资(亿元), 面积(亩))."""
    if name[-1:] == ")" and (qualifier := P.COLUMN_QUALIFIER.search(name)) and qualifier.end() == len(name):
        name = name[: qualifier.start()]
    return 0 < len(name) <= 6 and name.isalpha() and not _unit_like(name) and not _due_like(name)


def _item_and_content(names: list[str], out: list[str | None]) -> None:
    """A header with no 序号 that opens with an item's name, maybe wrapped over two lines, then its content,
    then a units column (项目 / 名称 / 内容 / 牵头单位, 项目名称 / 建设内容 / 责任单位): both are the task's
    text, as after 序号 (see _name_roles). Cheap tests first: every line of a page is asked."""
    n = len(out)
    for i in range(n):
        if out[i] is not None or len(names[i]) > 6 or (i and out[i - 1] is not None):
            continue
        for w in (1, 2):
            j = i + w
            if j + 1 >= n or out[j + 1] not in _UNIT_COLUMNS or out[j] is not None or len(names[j]) > 8:
                continue
            if w == 2 and (out[i + 1] is not None or len(names[i + 1]) > 4):
                continue
            if P.TASK_COLUMN_LIKE.match("".join(names[i:j])) and P.TASK_COLUMN_LIKE.match(names[j]):
                out[i], out[j] = "task", "task"
                if w == 2:
                    out[i + 1] = "qualifier"  # 项目 / 名称: the name the page wrapped
                break


def _value_column(name: str) -> bool:
    """A column of values that names no unit (年度目标, 评分部门), or of progress, a period before its name or
    not (进展情况, 四季度进展情况), a bracketed qualifier after it or not (完成情况(具体表述))."""
    if name[-1:] == ")" and (qualifier := P.COLUMN_QUALIFIER.search(name)) and qualifier.end() == len(name):
        name = name[: qualifier.start()]
    if name in P.VALUE_COLUMNS:
        return True
    if len(name) > 12 or not any(name.endswith(value) for value in P.VALUE_COLUMNS):
        return False  # a cheap test before the pattern: every line of a page is asked
    period = P.PERIOD_BEFORE_NAME.match(name)
    return period is not None and name[period.end() :] in P.VALUE_COLUMNS


def _cell_name(folded: str) -> str:
    """A line that may be a column name alone, its inner spaces dropped (主 要 工 作 任 务 -> 主要工作任务), and
    the bars of a pipe cell alone on its line (| 序号 |) dropped."""
    name = folded.strip()
    if name[:1] == "|" and name[-1:] == "|" and name.count("|") == 2:
        name = name[1:-1].strip()
    return "".join(name.split()) if " " in name and len(name) <= 24 else name


def _vertical_header_length(lines: list[SourceLine], start: int) -> int:
    """How many lines from start hold one column name each (a table scraped one cell a line), or 0."""
    return vertical_header_lengths(lines)[start] if start < len(lines) else 0


def merge_vertical_table(
    lines: list[SourceLine],
    warnings: list[Warning] | None = None,
    vertical: list[int] | None = None,
    above: Sequence[str] = (),
) -> list[SourceLine]:
    """Rejoin a table scraped one cell a line into one line a row, cells separated by tabs.

    Rows are told apart by their number cell (a line holding only a number), so
    this needs a 序号 column; headings and notes between rows pass through. A row
    with more lines than the header has names is a cell the page wrote over several
    lines (one unit a line): see _fit_row. vertical: the lines' vertical_header_lengths, where the
    caller has them; lines themselves (the same list) are returned when no table is rejoined. above: the
    column names of the table above, where this one follows it (a header a page break repeated).
    """
    vertical = vertical_header_lengths(lines) if vertical is None else vertical
    start = find_header(lines, vertical)
    if start is None:
        return lines
    width = vertical[start]
    if not width:
        return lines
    # a later table written one name a line too (附件2, its own header): each table is rejoined by its own
    later = next((i for i in range(start + width, len(lines)) if vertical[i] and _starts_header(vertical, i)), None)
    if later is not None:
        first = merge_vertical_table(lines[:later], warnings)
        joined = first[start] if len(first) > start and "\t" in first[start].text else None
        names_above = [_cell_name(name) for name in joined.folded.split("\t")] if joined is not None else []
        return [*first, *merge_vertical_table(lines[later:], warnings, above=names_above)]
    header = lines[start : start + width]
    names = [_cell_name(ln.folded) for ln in header]
    qualified = _vertical_roles(names)
    if qualified[0] == "number":
        # a short name no vocabulary knows between the last known name and the first row's 序号 (进展, 牵头县领导)
        # is a column too: its cells are named (column-not-kept), never read as the others'
        # (or, under a header a page break repeated, a name the header above has at that place: 进度情况 before 6)
        while start + width + 1 < len(lines) and (
            _unknown_column_name(
                lines[start + width], lines[start + width + 1], lines[start + width + 2 : start + width + 3]
            )
            or _repeated_column_name(lines[start + width], lines[start + width + 1], names, above)
        ):
            width += 1
            header = lines[start : start + width]
            names.append(_cell_name(header[-1].folded))
            qualified.append("other")
    roles = [r for r in qualified if r != "qualifier"]
    cells = _qualifiers_joined(header, qualified)
    names = [_cell_name(ln.folded) for ln in cells]
    cells, roles, names = _year_columns_in_place(cells, roles, names)
    body = lines[start + width :]
    if (second := _second_header_row_last(roles, names, body)) is not None:
        cells, roles, names = [cells[i] for i in second], [roles[i] for i in second], [names[i] for i in second]
    if (projects := _project_rows(body, roles, warnings)) is not None:
        # the content column read before the units, as the rows' cells are read (the task's text in a run)
        order = [0, 1, 3, 2, *range(4, len(roles))]
        return [*lines[:start], _joined([cells[i] for i in order]), *(_joined([r[i] for i in order]) for r in projects)]
    out = [*lines[:start], _joined(cells)]
    if roles[0] != "number" and _numbered_rows(body):
        # no 序号 column named, but each row opens with its number on a line of its own (1 ⏎ 完成… ⏎ 县交通运输局
        # ⏎ 李明 ⏎ 已完成…): rows told apart by that number, a cell the header does not name
        return [*out, *_rows_by_number_cell(body, ["number", *roles], ["序号", *names], warnings)]
    if roles[0] != "number":
        if roles[-1] == "partners":  # 牵头处室 / 协办单位 last: rows told apart by their numbered items only
            return [*out, *_rows_by_items(body, roles, warnings)]
        if _bullet_groups_table(body, roles):
            return [*out, *_rows_by_unit_runs(body, roles, warnings)]
        if roles[-1] not in _ROW_ENDS:  # value columns after the units (see _values_after_units)
            return [*out, *_rows_by_units_cell(body, roles, warnings)]
        return [*out, *_rows_by_last_cell(body, roles, warnings)]
    return [*out, *_rows_by_number_cell(body, roles, names, warnings)]


def _spaced_category_first(lines: list[SourceLine], header_at: int) -> list[SourceLine]:
    """A table whose cells runs of spaces separate under a header opening with a category column, then 序号
    (类别  序号  主要任务  牵头单位 …): its rows open with their group's cell (一、交通  1  改建…), or with their
    number where the cell is merged down from the row above (its spaces lost with the line's start). The
    header and each row whose pieces are one a column (one fewer, opening with its number, for a row whose
    category cell is empty) are read as tabbed rows; any other line is left as it is."""
    header = lines[header_at]
    if "\t" in header.text or _pipe_row(header.folded):
        return lines
    columns = header_columns(header)
    if columns is None or len(columns) < 4 or columns[:2] != ("category", "number"):
        return lines
    names = P.SPACED_CELL_GAP.split(header.text.strip())
    if len(names) != len(columns):
        return lines

    def tabbed(line: SourceLine) -> SourceLine:
        text = "\t".join(P.SPACED_CELL_GAP.split(line.text.strip()))
        return SourceLine(line.number, text, fold(text))

    out = [*lines[:header_at], tabbed(header)]
    for line in lines[header_at + 1 :]:
        if "\t" in line.text or _pipe_row(line.folded):
            out.append(line)
            continue
        cells = P.SPACED_CELL_GAP.split(line.text.strip())
        first = [fold(cell) for cell in cells[:2]]
        whole = len(cells) == len(columns) and P.NUMBER_CELL.fullmatch(first[1]) and not P.NUMBER_CELL.match(first[0])
        merged = len(cells) == len(columns) - 1 and P.NUMBER_CELL.fullmatch(first[0])
        out.append(tabbed(line) if whole or merged else line)
    return out


def _second_header_row_last(roles: list[str | None], names: list[str], body: list[SourceLine]) -> list[int] | None:
    """A two-row header written one name a line, its first row's names then its second row's: a units cell
    spanning two columns or more (责任单位, 责任分工) before the deadline, and the names under it (牵头单位 /
    配合单位) last, after the deadline column (序号 / 工作任务 / 责任单位 / 完成时限 / 牵头单位 / 配合单位). Where
    the first row has one line fewer than the names, the order of the columns with the names under the spanning
    cell in its place (its indexes into the names); None otherwise (each name then read as before)."""
    if not roles or roles[0] != "number":
        return None
    width = 0
    while width < len(roles) and roles[len(roles) - 1 - width] in ("lead", "partners"):
        width += 1
    last = len(roles) - width  # the first of the names under the spanning cell
    if width < 2 or roles[last - 1] != "due" or roles[last] != "lead":
        return None
    spans = [i for i in range(last) if roles[i] == "departments" or names[i] in P.UNIT_GROUP_COLUMNS]
    if len(spans) != 1 or any(r in _UNIT_COLUMNS for i, r in enumerate(roles[:last]) if i != spans[0]):
        return None
    numbers = [i for i, ln in enumerate(body) if P.NUMBER_CELL.fullmatch(ln.folded.strip())]
    if len(numbers) < 2 or body[numbers[0]].folded.strip().rstrip(".、") != "1":
        return None
    if numbers[1] - numbers[0] != len(roles) - 1 or body[numbers[1]].folded.strip().rstrip(".、") != "2":
        return None  # (the first row, a line for each column once the spanning cell is gone)
    at = spans[0]
    return [*range(at), *range(last, len(roles)), *range(at + 1, last)]


def _numbered_rows(body: list[SourceLine]) -> bool:
    """Rows under a header with no 序号 that each open with a number alone on its line: the first line is 1,
    and 2 follows on a line of its own."""
    lines = [ln.folded.strip() for ln in body if ln.folded.strip()]
    return bool(lines) and lines[0].rstrip(".、") == "1" and "2" in (x.rstrip(".、") for x in lines[2:])


def _remark_column(name: str, role: str | None) -> bool:
    """A column of remarks (备注, 进度), or a column of a short name no vocabulary knows (read as one: mostly
    empty, it takes no line that reads as a unit or a deadline)."""
    if name in P.REMARK_COLUMNS:
        return True
    return (
        role == "other"
        and 0 < len(name) <= 6
        and name not in P.COLUMN_ROLES
        and name not in P.PROBLEM_COLUMNS
        and not _value_column(name)
        and not P.YEAR_COLUMN.fullmatch(name)
    )


def _unknown_column_name(line: SourceLine, following: SourceLine, after: Sequence[SourceLine] = ()) -> bool:
    """A line after a header written one name a line that is one more name: short, no number, no unit's or
    deadline's form (or a units' column's name, 督办单位), and the first row's 序号 right after it, or after a
    group row (一、陈东市长负责事项（共3项）) right after it."""
    folded = line.folded.strip()
    if following.folded.strip()[:1] in "一二三四五六七八九十" and P.PART.match(following.folded.strip()) and after:
        following = after[0]
    return (
        0 < len(folded) <= 6
        and folded.isalpha()
        and ((not _unit_like(folded) and not _due_like(folded)) or _unit_column_name(folded))
        and P.NUMBER_CELL.fullmatch(following.folded.strip()) is not None
        and following.folded.strip().rstrip(".、") in ("1", "01")
    )


def _repeated_column_name(line: SourceLine, following: SourceLine, names: list[str], above: Sequence[str]) -> bool:
    """A line after a header a page break repeated one name a line that is the next name of the header above
    (the names so far being the first of that header's), with a row's number cell after it."""
    return (
        len(above) > len(names)
        and list(above[: len(names)]) == names
        and _cell_name(line.folded) == above[len(names)]
        and P.NUMBER_CELL.fullmatch(following.folded.strip()) is not None
    )


def _qualifiers_joined(header: list[SourceLine], qualified: list[str | None]) -> list[SourceLine]:
    """The header's cells, a qualifier scraped on a line of its own joined to the name before it: 责任股室 /
    (单位) -> 责任股室(单位)."""
    cells: list[SourceLine] = []
    for line, role in zip(header, qualified, strict=True):
        if role == "qualifier":
            before = cells[-1]
            cells[-1] = SourceLine(
                before.number, before.text.strip() + line.text.strip(), before.folded.strip() + line.folded.strip()
            )
        else:
            cells.append(line)
    return cells


def _rows_by_number_cell(
    body: list[SourceLine], roles: list[str | None], names: list[str], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a table scraped one cell a line under its 序号 column: each row starts at a line holding
    only a number; headings and notes between rows pass through."""
    out: list[SourceLine] = []
    row: list[SourceLine] = []
    values = _has_value_columns(roles)
    dashes = any(P.EMPTY_CELL.match(line.folded.strip()) for line in body)  # empty cells written —: none lineless
    lineless: list[SourceLine] = []  # the first lines of rows whose empty partners cell has no line
    for at, line in enumerate(body):
        folded = line.folded.strip()
        # 责任编辑：…, 来源：…, (此件公开发布) after the last row; the table's title a page break repeats over
        # its header (某县整治任务分解表 ⏎ 序号, the header there starting a table of its own), after a full row
        ends_table = len(row) >= len(roles) and (
            _page_furniture(line)
            or _release_note(folded)
            or (
                (at + 1 == len(body) or body[at + 1].folded.strip() == names[0])
                and _REPEATED_TITLE.fullmatch(folded) is not None
            )
        )
        if (
            values
            and row
            and len(row) < len(roles)
            and folded.isdigit()
            and int(folded) != int(row[0].folded.strip()) + 1
        ):
            # a target (年度目标 0, 42) in a row not yet full is a cell; the next number, or any number after a
            # full row (145 then 249: a list of a plan's numbered tasks), starts a row
            row.append(line)
        elif (
            (numbered := folded.isdigit() or _number_form(folded) in ("(figures)", "circled"))
            or P.PART.match(folded)
            or P.NOTES_START.match(folded)
            or P.TABLE_NOTE.match(folded)  # （表内“/”表示无配合单位）: a note under the table, no cell of its last row
            or P.CLAUSE.fullmatch(folded)
            or P.ANNEX_START.match(folded)
            or ends_table
            or (row and names and folded == names[0])  # 序号 alone between rows: a page break's header, no cell
            or _CONTINUED.fullmatch(folded)  # （续表） after a row, the header repeated under it
        ):
            if row:
                out.extend(_fit_rows(row, roles, warnings, names, dashes, lineless))
            row = [line] if numbered else []  # 12, or (1) and ① (never a heading's (一))
            if not row:
                out.append(line)
        elif row:
            row.append(line)
        else:
            out.append(line)
    if row and _row_cut_off(row, roles):
        # the text ends inside the last row, mid-sentence and short of its cells: warned, not read
        if warnings is not None:
            message = (
                f"the text ends inside row {row[0].folded.strip()}, mid-sentence, with {len(row)} of {len(roles)}"
                f" cells; the row is not read: {row[-1].folded.strip()[-16:]}"
            )
            warnings.append(Warning("row-cut-off", row[-1].number, message))
    elif row and (items := _numbered_items_cut_off(row, roles, warnings)) is not None:
        out.extend(items)
    elif row:
        out.extend(_fit_rows(row, roles, warnings, names, dashes, lineless))
    if lineless and warnings is not None:  # one warning for the table, not one a row
        rows = "、".join(line.folded.strip() for line in lineless)
        message = f"rows {rows[:40]} have no line for their {names[-2] if len(names) > 1 else ''} cell; read as empty"
        warnings.append(Warning("row-incomplete", lineless[0].number, message))
    return out


def _project_rows(
    body: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[list[SourceLine]] | None:
    """A project table scraped one cell a line, a blank line between lines, whose units column stands between
    the project's name and its content (序号 / 项目 / 责任单位 / 建设内容 / 总投资（万元） / 2024年目标进度): a
    project of several units, its 序号 and 项目 cells merged over its sub-rows, leaves those cells empty, so a
    run of blank lines (more than one) opens a sub-row, a row of its own with the cells before its units empty.
    A units cell the page wrapped (县交通运输 ⏎ 服务中心) is rejoined until it names a unit (县综合行政 ⏎ 执法局 ⏎
    县公建中心: two); a figure (3200) fills a value column, never starts a row; the deadline cell may wrap too.
    None where the table is not so shaped, or a row does not fit (read as any other)."""
    n = len(roles)
    if n < 5 or roles[:2] != ["number", "task"] or roles[2] not in _UNIT_COLUMNS or roles[3] != "task":
        return None
    if any(r not in ("other", "due") for r in roles[4:]) or not body:
        return None
    if any(b.number - a.number < 2 for a, b in pairwise(body)):
        return None  # (lines next to each other: no blank line between cells)
    segments: list[list[SourceLine]] = []
    number = 0
    for before, line in zip([None, *body[:-1]], body, strict=True):
        folded = line.folded.strip()
        if folded.isdigit() and int(folded) == number + 1 and (before is None or segments):
            number += 1
            segments.append([line])
        elif before is not None and segments and line.number - before.number > 2:
            # (the project's cell, merged over its sub-rows, is the sub-row's too)
            segments.append([SourceLine(line.number, "", ""), segments[-1][1], line])
        elif segments:
            segments[-1].append(line)
        else:
            return None
    out: list[list[SourceLine]] = []
    for k, segment in enumerate(segments):
        row = _project_row(segment, roles, warnings)
        if row is None and k == len(segments) - 1 and k and len(segment) < n:
            # the text ends inside the last sub-row, short of its cells: warned, not read (a row with all its
            # lines that does not fit is no row cut off: the table read as any other)
            if warnings is not None:
                message = f"the text ends inside a row short of its cells; the row is not read: {segment[-1].text.strip()[:16]}"
                warnings.append(Warning("row-cut-off", segment[-1].number, message))
            break
        if row is None:
            return None
        out.append(row)
    return out


def _project_row(
    segment: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None = None
) -> list[SourceLine] | None:
    """One row of a project table (see _project_rows): its number and project cells (maybe empty), its units
    lines rejoined into names (a bare ending, 县人民政府 ⏎ 办公室, joins the name above: P.UNIT_NAME_TAIL; a
    named one, 县公安局 ⏎ 交警大队, too, warned), its content (a line opening with a verb of work,
    P.PROJECT_WORK_LINE, is content, unless it ends as a unit's name does: then a unit, warned; its wrapped
    lines rejoined), one figure a value column, and
    the deadline cell's lines; None where its lines do not fall so."""
    cells, rest = segment[:2], segment[2:]
    units: list[str] = []
    piece = ""
    while rest and not _ends_sentence(line := rest[0].folded.strip()):
        if P.PROJECT_WORK_LINE.match(line):
            if not units or not _unit_like(line) or len(rest) < 2 or P.FIGURE_CELL.match(rest[1].folded.strip()):
                break  # 实施门诊楼改造工程, 新建城东卫生院 before the figures: the content
            # 新建城东卫生院, 建设工程服务中心: a work's name or a unit's, read as a unit (as the cell's other lines are), warned
            if warnings is not None:
                message = f"a units cell's line opening with a verb of work read as a unit: {line}"
                warnings.append(Warning("row-units-unsure", segment[2].number, message))
        rest = rest[1:]
        if not piece and units and (tail := P.UNIT_NAME_TAIL.match(line)):
            units[-1] += line  # 县人民政府 ⏎ 办公室: the name above wrapped
            if tail.group("named") and warnings is not None:
                message = f"a units cell's line read as the end of the name above it: {units[-1]}"
                warnings.append(Warning("row-units-unsure", segment[2].number, message))
            continue
        piece += line
        if _unit_like(piece):
            units.append(piece)
            piece = ""
    if piece or not units or not rest:
        return None
    values = len(roles) - 4 - (roles[-1] == "due")
    need = values + (roles[-1] == "due")
    content, rest = rest[0], rest[1:]
    while (
        len(rest) > need
        and not content.folded.strip().endswith(("。", "；", ";"))
        and not P.FIGURE_CELL.match(rest[0].folded.strip())
    ):
        content, rest = _lines_joined([content, rest[0]]), rest[1:]  # 新建城东卫生院 ⏎ 实施门诊楼改造工程。
    if len(rest) < need:
        return None
    figures, rest = rest[:values], rest[values:]
    if any(not P.FIGURE_CELL.match(f.folded.strip()) for f in figures):
        return None
    unit_cell = SourceLine(segment[2].number, "、".join(units), "、".join(units))
    due = [_lines_joined(rest)] if rest else []
    return [*cells, unit_cell, content, *figures, *due]


def _lines_joined(lines: list[SourceLine]) -> SourceLine:
    """Lines of one cell the page wrapped, as one cell."""
    return SourceLine(
        lines[0].number, "".join(ln.text.strip() for ln in lines), "".join(ln.folded.strip() for ln in lines)
    )


def _ends_sentence(folded: str) -> bool:
    """A line of a project row that is its content, not a piece of a units cell: a sentence (…工程。), or a line
    too long for a unit's name."""
    return folded.endswith(("。", "；", ";")) or len(folded) > 16


def _row_cut_off(row: list[SourceLine], roles: Sequence[str | None]) -> bool:
    """A numbered row with fewer lines than columns whose last line stops after a comma (…有关政策要求,), or
    after the first words of a new sentence (…重点项目建设。凤: the text cut inside its cell; not a deadline
    or a unit after the full stop, 完成建设。2025年底前)."""
    if len(row) >= len(roles):
        return False
    last = row[-1].folded.rstrip()
    if last[-1:] in ",、:":
        return True
    filled = [ln for ln in row[1:] if ln.folded.strip()]
    if len(filled) == 1 and len(roles) >= 4 and last[-1:] not in _SENTENCE_CLOSES and not _due_like(last):
        return True  # 56 ⏎ 加快绿色食品产: the task's first words only, and no cell after them
    tail = last[last.rfind("。") + 1 :].strip() if "。" in last else ""
    return bool(tail) and tail.isalpha() and not _due_like(tail) and not _unit_like(tail)


_UNIT_COLUMNS = ("departments", "lead", "partners")
# how a cell's sentence ends: a row whose one cell ends otherwise at the text's end is cut there
_SENTENCE_CLOSES = tuple('。;；!！?？)）”"')


def _year_columns_in_place(
    cells: list[SourceLine], roles: list[str | None], names: list[str]
) -> tuple[list[SourceLine], list[str | None], list[str]]:
    """A two-row header scraped one name a line: the first row's names (序号 / 任务事项 / 年度目标 / 牵头责任部门
    / 主要参与部门), then the second row's, the years under the spanning 年度目标 (2018年度 / 2019年度 / 2020年度).
    The rows' cells stand in the table's order, so the years take the spanning name's place."""
    run = 0
    while run < len(names) and names[-1 - run][:2] in ("19", "20") and P.YEAR_COLUMN.fullmatch(names[-1 - run]):
        run += 1
    if run < 2:
        return cells, roles, names
    end = len(names) - run
    spanning = next((i for i in range(end) if roles[i] == "other" and names[i].endswith("目标")), None)
    if spanning is None or spanning == end - 1:
        return cells, roles, names
    order = [*range(spanning), *range(end, len(names)), *range(spanning + 1, end)]
    return [cells[i] for i in order], [roles[i] for i in order], [names[i] for i in order]


def _starts_header(vertical: list[int], i: int) -> bool:
    """Whether a run of column names starts at line i (not a later line of a run counted from above)."""
    return i == 0 or vertical[i - 1] <= vertical[i]


# the last columns by which the rows of a table with no 序号 column, one cell a line, are told apart
_ROW_ENDS = ("due", "departments", "lead")


def _ends_row(folded: str, role: str | None) -> bool:
    """Whether a line can be a row's last cell: a deadline (or 同上), or a list of units."""
    if P.SAME_AS_ABOVE.fullmatch(folded):
        return True
    if role == "due":
        return len(folded) <= 24 and "。" not in folded and P.DUE_CELL.search(folded) is not None
    units = split_units(folded)
    return (bool(units) and all(_unit_like(unit) for unit in units)) or _names_units(folded)


def _rows_by_last_cell(
    lines: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a table scraped one cell a line that has no 序号 column: each row ends at the line
    of its last column (a deadline, or the units); headings and notes between rows pass through."""
    out: list[SourceLine] = []
    row: list[SourceLine] = []
    # a row has a line for each column, or one fewer where its group cell is left to the row above
    shortest = max(2, len(roles) - (1 if _group_column(roles) is not None else 0))
    for n, line in enumerate(lines):
        folded = line.folded.strip()
        signature = not row and n + 1 < len(lines) and P.SIGNED_DATE.match(lines[n + 1].folded.strip())
        if signature or (n and P.SIGNED_DATE.match(folded) and out and out[-1] is lines[n - 1]):
            out.append(line)  # the issuer and date that sign the notice after the table: no row
            continue
        if P.PART.match(folded) or P.NOTES_START.match(folded) or P.CLAUSE.fullmatch(folded):
            if row:
                out.extend(_fit_rows(row, roles, warnings))
                row = []
            out.append(line)
            continue
        row.append(line)
        # a units cell ends its row where the next line is no units cell (a short task such as 成立工作专班
        # reads as a unit too)
        nxt = lines[n + 1].folded.strip() if n + 1 < len(lines) else None
        signed = n + 2 < len(lines) and P.SIGNED_DATE.match(lines[n + 2].folded.strip()) is not None
        later = roles[-1] != "due" and nxt is not None and not signed and _ends_row(nxt, roles[-1])
        if (len(row) >= shortest and _ends_row(folded, roles[-1]) and not later) or _short_due_closes(row, roles):
            if nxt is None and roles[-1] in _UNIT_COLUMNS and warnings is not None:
                _warn_cut_units(line, warnings)
            out.extend(_fit_rows(row, roles, warnings))
            row = []
    if row:
        out.extend(_fit_rows(row, roles, warnings))
    return out


def _short_due_closes(row: list[SourceLine], roles: list[str | None]) -> bool:
    """A row with a line for each column whose last line, under the deadline column, is a short phrase in a
    form no pattern knows (秋季学期开学前, 按上级要求), after its units cell: the header's count of columns ends
    the row."""
    if len(row) != len(roles) or roles[-1] != "due" or roles[-2] not in _UNIT_COLUMNS:
        return False
    last = row[-1].folded.strip()
    if not last or len(last) > 12 or any(ch in last for ch in "。,;:") or _unit_like(last):
        return False
    return _ends_row(row[-2].folded.strip(), roles[-2])


def _rows_by_items(
    lines: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a table scraped one cell a line, with no 序号 and its partners column last (the lines of a
    row's units cells are no sign of where it ends: a partners cell may be empty or hold a unit a line):
    each row starts at its task's numbered item (1.主动公开…, then 2.…), headings pass through. With no
    numbered items in a row, the lines are left as they are (and warned as not read)."""
    out: list[SourceLine] = []
    row: list[SourceLine] = []
    expected = None

    def fit(row: list[SourceLine]) -> list[SourceLine]:
        if len(row) >= len(roles):
            return _fit_rows(row, roles, warnings)
        # a row that starts at its item has its first cells: the cells it lacks are its last (no partners)
        return [_joined([*row, *[SourceLine(row[0].number, "", "")] * (len(roles) - len(row))])]

    for line in lines:
        folded = line.folded.strip()
        item = P.ITEM.match(folded)
        if item and (expected is None or int(item["num"]) == expected):
            if row:
                out.extend(fit(row))
            row, expected = [line], int(item["num"]) + 1
        elif P.PART.match(folded) or P.CLAUSE.match(folded) or P.NOTES_START.match(folded):
            if row:
                out.extend(fit(row))
            row = []
            out.append(line)
        elif row:
            row.append(line)
        else:
            out.append(line)
    if row and len(row) < len(roles) and row[-1].folded.rstrip()[-1:] not in "。;!?)" and warnings is not None:
        # the text ends inside the last row, mid-sentence and short of its cells: warned, not read
        message = (
            f"the text ends inside the row of item {expected - 1 if expected else '?'}, mid-sentence, with {len(row)}"
            f" of {len(roles)} cells; the row is not read: {row[-1].folded.strip()[-16:]}"
        )
        warnings.append(Warning("row-cut-off", row[-1].number, message))
    elif row:
        out.extend(fit(row))
    return out


def _rows_by_units_cell(
    lines: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a table scraped one cell a line whose units column is followed by value columns only (a
    progress report: 项目名称 / 内容 / 牵头单位 / 进展情况 by month), with no 序号. A row is its cells before the
    units, one line each, its units cell, then its values up to the next row's cells before its units; the
    values may take more lines than their columns (the extra lines join the last value). More lines before
    the first units cell than the row's cells are task text the page wrapped: joined to the first cell, and
    warned (row-too-long), since the cells may be shifted."""
    at = next(i for i, r in enumerate(roles) if r in _UNIT_COLUMNS)
    values = len(roles) - at - 1
    end = len(lines)
    while end and (not lines[end - 1].folded.strip() or _page_furniture(lines[end - 1])):
        end -= 1  # 分享：, 来源：… after the last row
    # (a progress cell that only ends like a unit, 已选址3处, holds a figure: no units cell)
    units_at = [
        i
        for i in range(at, end)
        if _ends_row(f := lines[i].folded.strip(), roles[at]) and not any(ch.isdigit() for ch in f)
    ]
    units_at = [i for n, i in enumerate(units_at) if n == 0 or i - units_at[n - 1] > at]
    if not units_at:
        return lines
    out: list[SourceLine] = []
    if units_at[0] > at:
        first = lines[: units_at[0] - at + 1]
        if warnings is not None:
            message = f"row has {units_at[0]} lines before its units for {at} columns; its cells may be shifted"
            warnings.append(Warning("row-too-long", first[0].number, message))
        wrapped = SourceLine(first[0].number, "".join(x.text for x in first), "".join(x.folded for x in first))
        shift = len(first) - 1
        lines = [wrapped, *lines[len(first) :]]
        units_at = [i - shift for i in units_at]
        end -= shift
    for n, i in enumerate(units_at):
        stop = units_at[n + 1] - at if n + 1 < len(units_at) else end
        cells = list(lines[i - at : i + 1])
        rest = list(lines[i + 1 : stop])
        if len(rest) > values:
            last = rest[values - 1 :]
            rest = [
                *rest[: values - 1],
                SourceLine(last[0].number, " ".join(x.text for x in last), " ".join(x.folded for x in last)),
            ]
        rest += [SourceLine(lines[i].number, "", "")] * (values - len(rest))
        out.append(_joined([*cells, *rest]))
    return [*out, *lines[end:]]


_BULLET = "——"  # a plan's target list marker (——孕产妇死亡率控制在…): not task text
_ROW_NUMBER = compile_regex(r"^\d{1,2}[.．、](?!\d)")


def _bullet_groups_table(lines: list[SourceLine], roles: list[str | None]) -> bool:
    """A 目标责任分解 table scraped one cell a line with no 序号 column, whose target cells list their
    targets as ——bullets, each run of them followed by the lines of its own units cells."""
    if "task" not in roles or roles[-1] not in _UNIT_COLUMNS or "due" in roles:
        return False
    return sum(1 for ln in lines if ln.folded.lstrip().startswith(_BULLET)) >= 2


def _unit_run_line(folded: str, in_run: bool) -> bool:
    """A line of a units run: a unit's name, or, inside a run, a short name the page cut (省人口计生)."""
    if _unit_like(folded):
        return True
    text = folded.strip()
    return (
        in_run
        and 0 < len(text) <= 12
        and not text.startswith(_BULLET)
        and not any(ch in text for ch in "。;,,!?:：")
        and not text[0].isdigit()
        and P.PART.match(text) is None
    )


def _rows_by_unit_runs(
    lines: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine]:
    """The rows of a bullet-group table (see _bullet_groups_table): each run of target lines and the run
    of unit lines after it make one task row. Where the header has two unit columns (主要责任单位 /
    责任单位), the boundary between their cells is lost on the page: the first unit goes to the first
    column, the rest to the last, and the row is warned. The category cell (领域) is left empty."""
    task = roles.index("task")
    unit_cols = [i for i, r in enumerate(roles) if r in _UNIT_COLUMNS]
    out: list[SourceLine] = []
    text: list[SourceLine] = []
    units: list[SourceLine] = []

    def flush(last: bool = False) -> None:
        if not text and not units:
            return
        if not units and last:  # the page ends inside a row, before its units cells: warned, not read
            if warnings is not None:
                message = f"the text ends inside a row before its units cells; the row is not read: {text[0].folded.strip()[:20]}"
                warnings.append(Warning("row-cut-off", text[0].number, message))
        elif not units:  # target text with no units after it: passes through unread
            out.extend(text)
        elif not text:
            out.extend(units)
        else:
            first = text[0]
            # the row's own number (2.提高孕产妇医疗保健水平。) restarts under each 领域: tasks are numbered on
            body = " ".join(_ROW_NUMBER.sub("", ln.folded.strip().removeprefix(_BULLET), 1) for ln in text)
            raw = " ".join(_ROW_NUMBER.sub("", ln.text.strip().removeprefix(_BULLET), 1) for ln in text)
            cells = [SourceLine(first.number, "", "") for _ in roles]
            cells[task] = SourceLine(first.number, raw, body)
            if len(unit_cols) >= 2 and len(units) >= 2:
                cells[unit_cols[0]] = units[0]
                cells[unit_cols[-1]] = _unit_lines_joined(units[1:])
                if warnings is not None:
                    message = (
                        f"{len(units)} lines that read as units for {len(unit_cols)} unit columns; the first "
                        "column takes the first, the last the rest"
                    )
                    warnings.append(Warning("row-cells-guessed", units[0].number, message))
            else:
                cells[unit_cols[0]] = _unit_lines_joined(units)
            out.append(_joined(cells))
        text.clear()
        units.clear()

    for line in lines:
        folded = line.folded.strip()
        if not folded:
            continue
        if P.PART.match(folded) or P.NOTES_START.match(folded) or P.SIGNED_DATE.match(folded):
            flush()
            out.append(line)
        elif _unit_run_line(folded, bool(units)) and (text or units):
            units.append(line)
        else:
            if units:
                flush()
            text.append(line)
    flush(last=True)
    return out


_GLUED_EXTRA_NAMES = ("备注",)  # a last column that names no role, glued after the others
_CHUNK_MARK = compile_regex(r"^(\d{1,2})、")  # a document site's preview chunks: 1、… 2、… (no numbering)
_NEXT_ROW = compile_regex(r"(?<=[^\d])(\d{1,3})(?=\p{Han})")


def _glued_header(text: str) -> tuple[int, int, list[str]] | None:
    """Where a table header glued into one run of text starts and ends, and its names
    (…分工表序号工作内容目标任务责任单位备注1将…): 序号 and at least two more column names, one a task
    column and one a units column, written with nothing between them."""
    at = text.find("序号")
    if at < 0:
        return None
    names = ["序号"]
    end = at + 2
    known = sorted([*P.COLUMN_ROLES, *_GLUED_EXTRA_NAMES], key=len, reverse=True)
    while name := next((n for n in known if text.startswith(n, end)), None):
        names.append(name)
        end += len(name)
    roles = [_glued_role(n) for n in names]
    if len(names) < 3 or "task" not in roles or not any(r in _UNIT_COLUMNS for r in roles):
        return None
    return at, end, names


def glued_table_header(lines: Sequence[SourceLine]) -> SourceLine | None:
    """A line that is only a table's column names run together with nothing between them, at least three,
    a task column and a units column among them, maybe after a short name the vocabulary does not know
    (实事内容工作任务责任单位进展情况): the header of a table whose cells a page ran together."""
    known = sorted({*P.COLUMN_ROLES, *P.VALUE_COLUMNS}, key=len, reverse=True)
    for line in lines:
        text = line.folded.strip()
        if not 6 <= len(text) <= 60 or _HEADER_BREAK.search(text):
            continue
        for start in range(min(5, len(text))):
            names, end = [], start
            while name := next((n for n in known if text.startswith(n, end)), None):
                names.append(name)
                end += len(name)
            roles = [P.COLUMN_ROLES.get(n) for n in names]
            if end == len(text) and len(names) >= 3 and "task" in roles and any(r in _UNIT_COLUMNS for r in roles):
                return line
    return None


_HEADER_BREAK = compile_regex(r"[\s|,、。;:]")


def _glued_role(name: str) -> str | None:
    return P.COLUMN_ROLES.get(name)


def _glued_units(text: str) -> list[str] | None:
    """Units glued with nothing between them (州工信局州通信发展办各县市人民政府), cut where a new name starts
    with a level (省, 市, 州, 县, 区) or 各 right after a unit's ending; None unless every piece reads as a
    unit (a name written without its level, 教育局经开区, cannot be cut)."""
    starts = (*P.LEVELS, "各")
    cuts = [0]
    for i in range(2, len(text) - 1):
        if text[i] in starts and i - cuts[-1] >= 3 and text[cuts[-1] : i].endswith(P.UNIT_ENDINGS):
            cuts.append(i)
    units = [text[a:b] for a, b in pairwise([*cuts, len(text)])]
    if text[:1] not in starts or not all(_unit_like(unit) and len(unit) >= 3 for unit in units):
        return None
    return units


def _glued_tail(tail: str, roles: list[str | None]) -> dict[str, str] | None:
    """The cells after a glued row's text (王志成州工信局州通信发展办2025年12月底前): the leaders' names, the
    units (the first the lead where a lead column comes before a partners column) and the deadline; None
    when they cannot be told apart."""
    cells: dict[str, str] = {}
    if "due" in roles:
        due_at = next((k for k in range(len(tail)) if _glued_due(tail[k:])), None)
        if due_at is None:
            return None
        tail, cells["due"] = tail[:due_at], tail[due_at:]
    if "leaders" in roles:
        starts = (*P.LEVELS, "各")
        at = next((i for i in range(2, min(len(tail), 10)) if tail[i] in starts and _glued_units(tail[i:])), None)
        if at is None or not _person_like(tail[:at]) or any(ch in tail[:at] for ch in "局委办厅部院所站队会室处科股"):
            return None
        tail, cells["leaders"] = tail[at:], tail[:at]
    units = _glued_units(tail)
    if units is None:
        return None
    columns = [r for r in roles if r in _UNIT_COLUMNS]
    if columns[:2] == ["lead", "partners"]:
        cells["lead"], cells["partners"] = units[0], "、".join(units[1:])
    else:
        cells[columns[0]] = "、".join(units)
    return cells


def _glued_due(text: str) -> bool:
    return bool(P.DEADLINE.fullmatch(text) or P.DUE_POINT.fullmatch(text)) and not text.startswith(("月", "日"))


def _glued_rows(body: str, names: list[str]) -> tuple[list[tuple[int, int, str, dict[str, str]]], int] | None:
    """A glued run's rows whose cells end in leaders, units and a deadline (…全覆盖。王志成州工信局2025年12月
    底前2益农…): each row ends at a deadline its units come right before; a row that opens with the next
    number keeps it, one that does not (a sub-row under a merged 序号 cell) has none; a header repeated in the
    run is left out. Each row: where its text starts and ends in the run, its number, its other cells; and
    where the last row's cells end. None
    when no row is found, or when a deadline inside a row's text is followed by a number (a row whose cells
    could not be read, run into the next)."""
    roles = [_glued_role(n) for n in names]
    rows: list[tuple[int, int, str, dict[str, str]]] = []
    start, k = 0, 0
    ends = sorted({m.end() for m in P.DEADLINE.finditer(body)} | {m.end() for m in P.DUE_POINT.finditer(body)})
    for end in ends:
        if end <= start or body[end : end + 1] in tuple("底前末内旬日号份以之"):
            continue  # (not 2025年12月 of 2025年12月底前)
        stop = body.rfind("。", start, end)
        if stop < 0 or (cells := _glued_tail(body[stop + 1 : end], roles)) is None:
            continue
        at = stop + 1 - len(_without_header(body[start : stop + 1], names))
        if any(body[e : e + 1].isdigit() for e in ends if at < e < stop):
            return None  # a row boundary the cells could not be read at: two rows would run together
        lead = regex.match(r"(\d{1,3})(?=\p{Han}|[“\"《(])", body[at : stop + 1])
        number = ""
        if lead and int(lead[1]) == k + 1:
            number, at, k = lead[1], at + lead.end(), k + 1
        rows.append((at, stop + 1, number, cells))
        start = end
    return (rows, start) if rows else None


def _without_header(text: str, names: list[str]) -> str:
    """A row's text without a repeated header before it (序号重点任务…完成时, its last name cut)."""
    if not text.startswith(names[0]):
        return text
    at = len(names[0])
    for name in names[1:]:
        if text.startswith(name, at):
            at += len(name)
            continue
        at += next((n for n in range(len(name) - 1, 1, -1) if text.startswith(name[:n], at)), 0)
        break
    return text[at:]


def _ends_as_unit(text: str) -> bool:
    """Whether a text's last unit ends as a unit's name does (各区(市)县政府(管委会), 市住建局), maybe with
    its role verb after it (…配合;各州(市)党委和政府落实)."""
    tail = regex.split(r"[、,，;；]", text)[-1].strip()
    tail = P.CELL_ROLE_VERB_END.sub("", tail) or tail
    while tail.endswith(")") and (paren := tail.rfind("(")) > 0:
        tail = tail[:paren]
    return bool(tail) and tail.endswith(P.UNIT_ENDINGS)


def unglue_table(lines: list[SourceLine], warnings: list[Warning]) -> list[SourceLine]:
    """A 分工表 whose cells a page glued into one run of text (a document site's preview): header, 序号
    and cells with nothing between them, the run cut into chunks marked 1、 2、 3、 at line starts (the
    marks are no numbering; a unit cut by one is read whole). The run is split into rows at the next
    row's number where it follows a unit's name (…(管委会)2完善…), and each row into its cells: the text
    up to its last sentence, and the units after it; a target cell opening with a year (2021年2月底前,…)
    is the task's second cell. The rows come out tab-separated, for the table reader. A last row with no
    units (the page cut off) is warned and not read."""
    at = next((i for i, ln in enumerate(lines) if "序号" in ln.folded and _glued_header(ln.folded)), None)
    if at is None:
        _warn_unknown_glued_header(lines, warnings)
        return lines
    first = lines[at]
    chunk = _CHUNK_MARK.match(first.folded)
    run = [first]
    if chunk and chunk[1] == "1":
        for ln in lines[at + 1 :]:
            mark = _CHUNK_MARK.match(ln.folded)
            if mark is None or int(mark[1]) != len(run) + 1:
                break
            run.append(ln)
    # the run's text, each character with its line's number
    text, raw, numbers = "", "", []
    for ln in run:
        mark = _CHUNK_MARK.match(ln.folded) if chunk else None
        cut = mark.end() if mark else 0
        text += ln.folded[cut:]
        raw += ln.text[cut:]  # the folded text keeps the written text's length: one offset serves both
        numbers += [ln.number] * (len(ln.folded) - cut)
    found = _glued_header(text)
    if found is None:
        return lines
    start, end, names = found
    out = list(lines[:at])
    roles = [_glued_role(n) for n in names]
    by_cells = "due" in roles or "leaders" in roles
    if by_cells and text[:start].strip():
        # the title before the header is kept glued to it, with the chunk's mark, as the page wrote it
        mark = _CHUNK_MARK.match(first.folded) if chunk else None
        m = mark.end() if mark else 0
        out.append(SourceLine(first.number, first.text[:m] + raw[:end], first.folded[:m] + text[:end]))
    elif text[:start].strip():
        out.append(SourceLine(first.number, raw[:start].strip(), text[:start].strip()))
    out.append(SourceLine(numbers[start], "\t".join(names), "\t".join(names)))
    task = roles.index("task")
    second = task + 1 if task + 1 < len(roles) and roles[task + 1] == "task" else None
    units_at = next(i for i, r in enumerate(roles) if r in _UNIT_COLUMNS)
    body, body_raw, k = text[end:], raw[end:], 1
    if by_cells:
        return _unglued_rows(lines, at, run, out, (names, roles, task), (body, body_raw, numbers[end:]), warnings)
    first_row = regex.match(r"[1-9]\d{0,2}(?!\d)", body)
    if first_row is None or (first_row.group() != "1" and "上接" not in "".join(ln.folded for ln in lines[:at])):
        return lines  # rows from 1, or from a later number on a page going on from the one before (上接第三版)
    k = int(first_row.group())
    starts = [0]
    for match in _NEXT_ROW.finditer(body):
        if int(match[1]) == k + 1 and _ends_as_unit(body[starts[-1] : match.start()]):
            starts.append(match.start())
            k += 1
    for i, pos in enumerate(starts):
        number = str(int(first_row.group()) + i)
        stop_at = starts[i + 1] if i + 1 < len(starts) else len(body)
        row, row_raw = body[pos + len(number) : stop_at], body_raw[pos + len(number) : stop_at]
        line_no = numbers[end + pos]
        stop = row.rfind("。")
        units = row[stop + 1 :].strip() if stop >= 0 else ""
        if not units or not _ends_as_unit(units):
            message = f"row {number} of a glued table is cut off before its units; it is not read: {row[:20]}"
            warnings.append(Warning("row-cut-off", line_no, message))
            continue
        cut = [0, stop + 1, stop + 1, len(row)]  # the task cell, the target cell, the units cell
        split = regex.search(r"。(?=\d{4}年)", row[: stop + 1]) if second is not None else None
        if split is not None:
            cut[1] = split.end()
        folded_cells, raw_cells = [""] * len(names), [""] * len(names)
        folded_cells[0] = raw_cells[0] = number
        for column, (a, b) in zip((task, second, units_at), pairwise(cut), strict=True):
            if column is not None:
                folded_cells[column], raw_cells[column] = row[a:b].strip(), row_raw[a:b].strip()
        out.append(SourceLine(line_no, "\t".join(raw_cells), "\t".join(folded_cells)))
    message = f"a table glued into one run of text is split into {len(starts)} rows by their numbers; check the cells"
    warnings.append(Warning("table-unglued", numbers[start], message))
    return [*out, *lines[at + len(run) :]]


def _unglued_rows(
    lines: list[SourceLine],
    at: int,
    run: list[SourceLine],
    out: list[SourceLine],
    header: tuple[list[str], list[str | None], int],
    body_text: tuple[str, str, list[int]],
    warnings: list[Warning],
) -> list[SourceLine]:
    """The rows of a glued table whose header names leaders or a deadline column (see _glued_rows), tab-
    separated for the table reader; a run that cannot be cut so is warned at its header, and not read."""
    names, roles, task = header
    body, body_raw, numbers = body_text
    found = _glued_rows(body, names)
    if found is None:
        message = "a table glued into one run of text whose rows cannot be cut into cells; its rows are not read"
        warnings.append(Warning("table-not-read", run[0].number, f"{message}: {''.join(names)[:30]}"))
        return lines
    rows, stop = found
    for a, b, number, cells in rows:
        folded_cells, raw_cells = [""] * len(names), [""] * len(names)
        folded_cells[0] = raw_cells[0] = number
        folded_cells[task], raw_cells[task] = body[a:b].strip(), body_raw[a:b].strip()
        for column, role in enumerate(roles):
            if role in cells and role != "task":
                folded_cells[column] = raw_cells[column] = cells.pop(role)
        out.append(SourceLine(numbers[a], "\t".join(raw_cells), "\t".join(folded_cells)))
    message = f"a table glued into one run of text is split into {len(rows)} rows by their cells; check the cells"
    warnings.append(Warning("table-unglued", out[len(out) - len(rows) - 1].number, message))
    if rest := body[stop:].strip():  # the page cut off inside a row: what it holds is warned, not read
        message = f"a row of a glued table is cut off before its cells; it is not read: {rest[:20]}"
        warnings.append(Warning("row-cut-off", numbers[stop], message))
    return [*out, *lines[at + len(run) :]]


def _warn_unknown_glued_header(lines: list[SourceLine], warnings: list[Warning]) -> None:
    """A glued table's header whose columns are not all known (序号项目名称…区政府分管领导牵头单位配合单位1…):
    its rows cannot be cut into cells, and are not read; warned at the header's line, never silent."""
    for line in lines:
        at = line.folded.find("序号")
        if at < 0:
            continue
        header = line.folded[at : at + 60]
        units = next((header.find(n) for n in _glued_unit_names() if n in header), -1)
        if units > 0 and not regex.search(r"[\s|,，、。;；:：]", header[:units]):
            message = "a table glued into one run of text, with columns not known; its rows are not read"
            warnings.append(Warning("table-not-read", line.number, f"{message}: {header[:30]}"))
            return


def _glued_unit_names() -> tuple[str, ...]:
    """The vocabulary's names of units columns (牵头单位, 责任部门, 牵头协调部门), the longest first."""
    return tuple(sorted((n for n, r in P.COLUMN_ROLES.items() if r in _UNIT_COLUMNS), key=len, reverse=True))


def _warn_cut_units(line: SourceLine, warnings: list[Warning]) -> None:
    """The text's last line, a units cell, whose last unit does not end as a unit's name does (市金融办、
    人民银): the page was cut off inside it; the units before are kept."""
    units = split_units(line.folded.strip())
    if units and not _unit_like(P.CELL_ROLE_VERB_END.sub("", units[-1])):
        message = f"the text ends inside a units cell; its last unit may be cut off: {units[-1][:20]}"
        warnings.append(Warning("row-cut-off", line.number, message))


def _fit_rows(
    row: list[SourceLine],
    roles: list[str | None],
    warnings: list[Warning] | None,
    names: Sequence[str] = (),
    dashes: bool = False,
    lineless: list[SourceLine] | None = None,
) -> list[SourceLine]:
    """The rows of the lines under one 序号 cell: one row, or, where a deadline cell is followed by more
    task text and a deadline of its own (开工建设老年大学 / 12月底前 under a merged 序号 and units cell),
    a second row with an empty 序号 cell and, where it has no line for them, empty units cells (the
    merged cells above: see _filled)."""
    if len(row) > len(roles):
        row = _continued_units(row)
    if len(row) > len(roles) and (items := _numbered_item_rows(row, roles)) is not None:
        return items
    if roles[-1] == "due" and roles[0] == "number" and "task" in roles and len(row) > len(roles):
        task = roles.index("task")
        cut = next(
            (k for k in range(task + 2, len(row) - 2) if _due_like(row[k].folded.strip())),
            None,
        )
        rest = row[cut + 1 :] if cut is not None else []
        if (
            cut is not None
            and _due_like(rest[-1].folded.strip())
            and not _unit_like(rest[0].folded)
            and len(rest) <= len(roles) - task
        ):
            blank = SourceLine(rest[0].number, "", "")
            units = [blank] * (len(roles) - task - len(rest))  # the merged units cells left empty
            second = _joined([blank, *([blank] * (task - 1)), rest[0], *units, *rest[1:]])
            return [_fit_row(row[: cut + 1], roles, warnings), second]
    if _has_value_columns(roles):
        ledger = _fit_progress_ledger(row, roles, names)
        if ledger is not None:
            return [ledger]
        kinds = _fit_by_kinds(row, roles, names) or _fit_wrapped_task(row, roles, names, warnings)
        if kinds is not None:
            return [kinds]
        short = _fit_short_row(row, roles, names, warnings) if len(row) < len(roles) else None
        if short is not None:
            return [short]
        if (whole := _fit_one_a_column(row, roles, names)) is not None:
            return [whole]
        if warnings is not None and names and _remark_column(names[-1], roles[-1]) and "due" in roles:
            message = (
                f"row has {len(row)} lines for {len(roles)} columns and its cells do not fall one a column;"
                " which column a line belongs to is a guess"
            )
            warnings.append(Warning("row-cells-guessed", row[0].number, message))
        fitted = _fit_from_the_right(row, roles, names)
        if warnings is not None and (unread := _units_left_in_text(row, roles, fitted)) is not None:
            message = f"row {row[0].folded.strip()}: a line that reads as units fell in no units column: {unread.text.strip()[:30]}"
            warnings.append(Warning("row-units-unread", unread.number, message))
        return [fitted]
    return [_fit_row(row, roles, warnings, dashes, lineless, names)]


def _units_left_in_text(row: list[SourceLine], roles: list[str | None], fitted: SourceLine) -> SourceLine | None:
    """The first line of a row that opens with a unit's name (区住建局 张晓) where the row, fitted from the right,
    has every units cell empty: units the fit left in the task's text, or None."""
    cells = fitted.text.split("\t")
    if len(cells) != len(roles) or any(c.strip() for c, r in zip(cells, roles, strict=True) if r in _UNIT_COLUMNS):
        return None
    if not any(r in _UNIT_COLUMNS for r in roles):
        return None
    return next((ln for ln in row[2:] if (first := ln.folded.split()) and _unit_like(first[0])), None)


def _numbered_item_rows(row: list[SourceLine], roles: list[str | None]) -> list[SourceLine] | None:
    """The rows of numbered items under one merged 序号 cell (1 / 主要预期目标 / 1.地区生产总值增长5%以上。 /
    钱 宇 / ★区发改委、统计局 / 2.一般公共预算收入… / ★区财政局、税务局): each item a row of its own, numbered
    as the item is, its leaders' lines (none where the cell is empty) and its units line after it; the cells
    before the first item (the merged 项目 cell) pass through as a line of their own. None where the row is
    no such run: fewer than two items, or an item not closed by a units line."""
    if roles[0] != "number" or "task" not in roles or roles[-1] not in _UNIT_COLUMNS:
        return None
    last_task = len(roles) - 1 - roles[::-1].index("task")
    after = roles[last_task + 1 :]
    if after[:-1] and after[:-1] != ["leaders"]:
        return None
    lines = [ln for ln in row[1:] if ln.folded.strip().strip("|")]  # || / |||: the bars of empty cells
    starts = [k for k, ln in enumerate(lines) if P.ITEM.match(ln.folded.strip())]
    if len(starts) < 2 or starts[0] > last_task:
        return None
    out: list[SourceLine] = []
    if starts[0]:
        out.append(_joined(lines[: starts[0]]) if starts[0] > 1 else lines[0])
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        item = P.ITEM.match(lines[a].folded.strip())
        assert item is not None
        units, people = lines[b - 1], lines[a + 1 : b - 1]
        if b - a < 2 or not _unit_like(units.folded.lstrip("★☆*")):
            return None
        if people and (not after[:-1] or not all(_person_like(ln.folded.strip()) for ln in people)):
            return None
        blank = SourceLine(lines[a].number, "", "")
        number = SourceLine(lines[a].number, item["num"], item["num"])
        text = lines[a].text.strip()
        task = SourceLine(lines[a].number, text[len(text) - len(item["rest"]) :], item["rest"])
        leaders = (
            [
                SourceLine(
                    people[0].number,
                    "、".join(ln.text.strip() for ln in people),
                    "、".join(ln.folded.strip() for ln in people),
                )
            ]
            if people
            else [blank] * len(after[:-1])
        )
        out.append(_joined([number, *[blank] * (last_task - 1), task, *leaders, units]))
    return out


def _numbered_items_cut_off(
    row: list[SourceLine], roles: list[str | None], warnings: list[Warning] | None
) -> list[SourceLine] | None:
    """The last row of a table, numbered items under one merged 序号 cell (see _numbered_item_rows), whose last
    item the text's end cut off before its units line (… / ★区科技局、统计局 / 7.实现…比重达4.15% / 钱 宇, then
    nothing): the items before it are rows, the cut item is warned (row-cut-off) and not read. None where the
    row is no such run, or its last item has a units line."""
    if roles[0] != "number" or "task" not in roles or roles[-1] not in _UNIT_COLUMNS:
        return None
    leaders = roles[len(roles) - roles[::-1].index("task") : -1]
    if leaders not in ([], ["leaders"]):
        return None
    row = _continued_units(row) if len(row) > len(roles) else row
    last = next((k for k in range(len(row) - 1, 1, -1) if P.ITEM.match(row[k].folded.strip())), None)
    if last is None:
        return None
    tail = [ln.folded.strip() for ln in row[last + 1 :] if ln.folded.strip().strip("|")]
    if tail and (whole := _units_cut_short(tail[-1])) is not None:
        # the text ends inside the item's units line (★区科技局、统): the names before the cut are read
        at = max(k for k in range(len(row)) if row[k].folded.strip() == tail[-1])
        kept = SourceLine(row[at].number, row[at].text[: len(whole)], row[at].folded[: len(whole)])
        items = _numbered_item_rows([*row[:at], kept, *row[at + 1 :]], roles)
        if items is not None and warnings is not None:
            cut = tail[-1][len(whole) :].lstrip("、")
            message = f"the text ends inside the units of item {row[last].folded.strip()[:12]}…; not read: {cut}"
            warnings.append(Warning("row-cut-off", row[at].number, message))
        return items
    if not all(leaders and _person_like(folded) for folded in tail):
        return None  # a units line (or anything else) after the item: not cut before its units
    before = [ln for ln in row[1:last] if ln.folded.strip().strip("|")]
    if any(P.ITEM.match(ln.folded.strip()) for ln in before):
        items = _numbered_item_rows(row[:last], roles)
    else:  # the run's first item cut (1 / 筑牢发展底座 / 12.强化…): the merged 项目 cell alone before it, named
        items = [] if len(before) == 1 and not _unit_like(before[0].folded) else None
    if items is None:
        return None
    if warnings is not None:
        under = f" (under {before[0].folded.strip()[:16]})" if not items else ""
        message = (
            f"the text ends inside item {row[last].folded.strip()[:12]}…{under}, before its units; the item is not read"
        )
        warnings.append(Warning("row-cut-off", row[last].number, message))
    return items


def _units_cut_short(folded: str) -> str | None:
    """A units line the text's end cut inside its last name (★区科技局、统): the line up to the last whole name
    (★区科技局, as many characters of the line as it holds); None where the line ends as a unit's name does, or
    its names before the cut do not."""
    head, sep, piece = folded.rstrip().rpartition("、")
    if not sep or not piece or _unit_like(piece) or not _unit_like(head.lstrip(" \u3000" + P.STARS)):
        return None
    return folded[: len(head)]


def _fit_one_a_column(row: list[SourceLine], roles: list[str | None], names: Sequence[str]) -> SourceLine | None:
    """A row with one line for each column whose lines after the task read as their columns do (序号 / 实事项目 /
    牵头单位 / 配合单位 / 工作标准 / 完成时限: 区民政局 / 各街道办事处 / 按期保质完成 / 2024年10月): one line a
    column, a value column (工作标准, a name no vocabulary knows) keeping its line, never the units' (a units
    column no vocabulary knows, 督办单位, takes a unit's). With no deadline column, two columns of a kind a line
    is tested for (a progress ledger's 分管区领导 / 责任单位 / 进展情况 / 是否完成: 王某 / 区民政局 / 已完成… / 完成)
    vouch for the fit instead. A row longer than the columns whose one units column was written one unit a line
    (区住建局 / 区民政局) has those lines joined into its cell first. None where a line does not read as its
    column's."""
    if len(names) != len(roles) or "task" not in roles:
        return None
    units_at = [i for i, r in enumerate(roles) if r in _UNIT_COLUMNS]
    if len(row) > len(roles) and len(units_at) == 1:
        at, extra = units_at[0], len(row) - len(roles)
        cell = row[at : at + extra + 1]
        if all(_unit_like(ln.folded) for ln in cell):
            row = [*row[:at], _unit_lines_joined(cell), *row[at + extra + 1 :]]
    if len(row) != len(roles):
        return None
    last_task = len(roles) - 1 - roles[::-1].index("task")
    if "due" not in roles and sum(1 for r in roles[last_task + 1 :] if r in _UNIT_COLUMNS or r == "leaders") < 2:
        return None
    first_units = next((i for i in range(last_task + 1, len(roles)) if roles[i] in _UNIT_COLUMNS), len(roles))
    if "other" in roles[last_task + 1 : first_units]:
        return None  # a value column before the units (总投资): its value is kept with the task's text
    for line, role, name in zip(row[last_task + 1 :], roles[last_task + 1 :], names[last_task + 1 :], strict=True):
        folded = line.folded.strip()
        if not folded or P.EMPTY_CELL.match(folded):
            continue
        if role == "due" and not _due_like(folded):
            return None
        if role in _UNIT_COLUMNS and not (_unit_like(folded) or _unit_then_person(folded)):
            return None
        if role == "leaders" and not _person_like(folded):
            return None
        if role == "other" and (_due_like(folded) or (_unit_like(folded) and not _unit_column_name(name))):
            return None
    return _joined(row)


def _unit_then_person(folded: str) -> bool:
    """A units cell naming the person in charge after the unit, a space apart (区住建局 张晓, 区民政局 王 芳): the
    unit keeps its cell, the person is read as the task's leader (see unit_notes)."""
    pieces = folded.split()
    for at in range(len(pieces) - 1, 0, -1):
        if _unit_like(" ".join(pieces[:at])) and _person_like(" ".join(pieces[at:])):
            return True
    return False


def _fit_progress_ledger(row: list[SourceLine], roles: list[str | None], names: Sequence[str]) -> SourceLine | None:
    """A row of a progress ledger scraped one cell a line (序号 / 目标任务 / 牵头责任单位 / 计划完成时间 /
    目前完成情况 / 是否达到序时进度), read from the left, or None where it does not fit: after the task one
    units column whose lines read as units (a stray bare number among them is no unit and is dropped),
    then the deadline line, then the value columns, which take what is left (blank lines dropped, the
    lines beyond their count joined into the last)."""
    task = roles.index("task") if "task" in roles else -1
    if task < 0 or len(roles) < task + 4 or roles[task + 1] not in _UNIT_COLUMNS or roles[task + 2] != "due":
        return None
    values = roles[task + 3 :]
    if not values or any(r != "other" for r in values) or len(names) != len(roles):
        return None
    if any(_remark_column(name, role) for name, role in zip(names[task + 3 :], values, strict=True)):
        return None  # a remark column (备注): the row is fitted by the kinds of its cells
    due = next((k for k in range(task + 2, len(row)) if _due_like(row[k].folded.strip())), None)
    if due is None:
        return None
    middle = [ln for ln in row[task + 1 : due] if not ln.folded.strip().isdigit()]
    if not middle or not all(_unit_like(ln.folded) for ln in middle):
        return None
    rest = [ln for ln in row[due + 1 :] if ln.folded.strip()]
    if len(rest) > len(values):
        kept = rest[: len(values) - 1]
        tail = rest[len(values) - 1 :]
        rest = [
            *kept,
            SourceLine(
                tail[0].number, "".join(ln.text.strip() for ln in tail), "".join(ln.folded.strip() for ln in tail)
            ),
        ]
    blank = SourceLine(row[due].number, "", "")
    rest = [*rest, *[blank] * (len(values) - len(rest))]
    return _joined([*row[: task + 1], _unit_lines_joined(middle), row[due], *rest])


def _fit_by_kinds(row: list[SourceLine], roles: list[str | None], names: Sequence[str]) -> SourceLine | None:
    """A row of a task list whose last column is a remark (序号 / 工作任务 / 牵头单位 / 完成时限 / 备注), read
    one line a column by the kinds of its cells, or None where they do not fit: the row has a line for
    every column, or for every column but the remark (the remark is the last column, whatever it reads
    as: 县财政局保障资金, 6月底前完成主体), and the deadline column's line is a deadline, the units
    columns' lines names, the leaders' a person."""
    if not names or not _remark_column(names[-1], roles[-1]) or len(names) != len(roles):
        return None
    last_task = len(roles) - 1 - roles[::-1].index("task")
    if any(
        r not in _UNIT_COLUMNS and r not in ("due", "leaders") and not P.CONTACT_COLUMN.match(names[i])
        for i, r in enumerate(roles[last_task + 1 : -1], start=last_task + 1)
    ):
        return None  # value columns (单位, 年度目标): an assessment list, fitted from the right
    if "due" not in roles[last_task + 1 :] or len(row) not in (len(roles), len(roles) - 1):
        return None
    if len(row) == len(roles) and roles[-2] in _UNIT_COLUMNS and _unit_like(row[-1].folded):
        return None  # 基础教育股 / 县幼教中心: a units cell on two lines, the remark empty
    cells = row if len(row) == len(roles) else [*row, SourceLine(row[-1].number, "", "")]
    for cell, role in zip(cells[last_task + 1 : -1], roles[last_task + 1 : -1], strict=True):
        folded = cell.folded.strip()
        if P.EMPTY_CELL.match(folded):
            continue  # an empty cell written as a dash (—, /): any column's
        if role == "other" and not P.PHONE_CELL.match(folded):
            return None  # a contact column (联系电话) takes a phone number
        if role == "due" and not _due_like(folded):
            return None
        if role in _UNIT_COLUMNS and not (_name_like(folded) or _unit_like(folded)):
            return None
        if role == "leaders" and not _person_like(folded):
            return None
    return _joined(cells)


# what each column of a short row scraped one cell a line takes, by the kind of a line, and how well it fits
# (a kind missing from a column's entry does not go there): see _fit_short_row
_KIND_FITS: dict[str, dict[str, int]] = {
    "task": {"text": 2, "person": 1, "unit": 1},
    "lead": {"unit": 3, "empty": 3},
    "partners": {"unit": 3, "empty": 3},
    "departments": {"unit": 3, "empty": 3},
    "leaders": {"person": 3, "empty": 3},
    "due": {"due": 3, "empty": 3},
    "other": {"progress": 3, "text": 1, "person": 1, "empty": 3},
}


def _line_kind(folded: str) -> str:
    """What a line of a row scraped one cell a line holds: a deadline, progress words (已完成5公里, 推进中), a
    unit's name or a list of them, a person (王芳, 副县长张军), an empty cell's dash, or text."""
    text = folded.strip()
    if P.EMPTY_CELL.match(text):
        return "empty"
    if _due_like(text):
        return "due"
    if P.PROGRESS_CELL.match(text):
        return "progress"
    if _unit_like(text) or all(_unit_like(piece) for piece in text.split("、")):
        return "unit"
    return "person" if _person_like(text) else "text"


def _fit_short_row(
    row: list[SourceLine], roles: list[str | None], names: Sequence[str], warnings: list[Warning] | None
) -> SourceLine | None:
    """A numbered row scraped one cell a line with fewer lines than columns (an empty cell the scrape left no
    line for), each line put in the column its kind fits, in the columns' order, or None where no such fit
    exists or the table has columns this does not know (a category, a value column before the units).

    Every line takes one column and every column one line at most; the first task column takes a line.
    Of the fits that suit the lines best, a lone unit in two units columns is the lead's (配合单位 is the
    cell most often empty); where fits still differ (a short line that may be a person or a remark), the
    first is taken and the row is warned `row-cells-guessed`. A column left empty is then empty, never the
    row above's: the row has its own line of that kind where it has one."""
    if roles[0] != "number" or "task" not in roles or len(names) != len(roles):
        return None
    # a rectification list's problem column (问题) is text as the task's is; an unnamed last column a remark
    columns = [
        "task" if r == "other" and name in P.PROBLEM_COLUMNS else r or "other"
        for r, name in zip(roles[1:], names[1:], strict=True)
    ]
    if any(r not in _KIND_FITS for r in columns):
        return None
    last_named = max(i for i, r in enumerate(columns) if r != "other")
    if "other" in columns[:last_named]:
        return None  # a value column among the task's and the units' (单位, 年度目标): an assessment list
    lines = [ln for ln in row[1:] if ln.folded.strip()]
    if not lines or len(lines) >= len(columns):
        return None
    kinds = [_line_kind(ln.folded) for ln in lines]
    first_task = columns.index("task")
    best: list[tuple[int, tuple[int, ...]]] = []
    for chosen in combinations(range(len(columns)), len(lines)):
        if first_task not in chosen:
            continue
        fits = [_KIND_FITS[columns[c]].get(kind) for c, kind in zip(chosen, kinds, strict=True)]
        if any(f is None for f in fits):
            continue
        best.append((sum(f or 0 for f in fits), chosen))
    if not best:
        return None
    top = max(score for score, _ in best)
    chosen_fits = [chosen for score, chosen in best if score == top]

    units = [i for i, r in enumerate(columns) if r in _UNIT_COLUMNS]
    unsure = len({tuple(c if c not in units else -1 for c in chosen) for chosen in chosen_fits}) > 1
    chosen = min(chosen_fits)  # the earliest columns: a lone unit under 牵头单位 / 配合单位 is the lead
    if chosen == tuple(range(len(lines))):
        return None  # the lines fill the first columns: the row is cut short, read as it stands
    if unsure and warnings is not None:
        message = (
            f"row has {len(lines) + 1} lines for {len(roles)} columns and its lines fit the columns in more than"
            " one way; which column a line belongs to is a guess"
        )
        warnings.append(Warning("row-cells-guessed", row[0].number, message))
    cells = [SourceLine(row[0].number, "", "")] * len(columns)
    for c, line in zip(chosen, lines, strict=True):
        cells[c] = line
    return _joined([row[0], *cells])


def _fit_wrapped_task(
    row: list[SourceLine], roles: list[str | None], names: Sequence[str], warnings: list[Warning] | None
) -> SourceLine | None:
    """A row of a task list whose last column is a remark (序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限 /
    备注) and more lines than columns, read by the kinds of its lines, or None where they do not fit: one
    line reads as a deadline and at most one (the remark) follows it; the run of lines before the deadline
    that end as units' names do are the units cells, at least one a units column; the lines before them are
    the task cell the page wrapped (建设高标准农田3万亩， / 配套建设灌溉设施), joined. A run longer than the
    units columns (a cell written one unit a line, or task text that ends as a unit's name does: which is a
    guess) gives the first columns one line each and the last the rest, with a warning."""
    if (
        not names
        or not _remark_column(names[-1], roles[-1])
        or len(names) != len(roles)
        or roles[:2] != ["number", "task"]
    ):
        return None
    middle = roles[2:-1]
    count = len(middle) - 1
    if count < 1 or middle[-1] != "due" or any(r not in _UNIT_COLUMNS for r in middle[:-1]):
        return None
    lines = [ln for ln in row[1:] if ln.folded.strip()]
    dues = [k for k, ln in enumerate(lines) if _due_like(ln.folded.strip())]
    if len(dues) != 1 or len(lines) - dues[0] - 1 > 1 or dues[0] < count + 2:
        return None
    before = lines[: dues[0]]
    run = 0
    while run < len(before) - 1 and _unit_like(before[-1 - run].folded):
        run += 1
    if run < count:
        return None
    units, task = before[len(before) - run :], before[: len(before) - run]
    if run > count:
        if warnings is not None:
            message = (
                f"{run} lines that read as units for {count} unit columns; the first columns take one each, the"
                " last the rest"
            )
            warnings.append(Warning("row-cells-guessed", units[0].number, message))
        units = [*units[: count - 1], _unit_lines_joined(units[count - 1 :])]
    text = "".join(ln.text.strip() for ln in task)
    remark = lines[dues[0] + 1 :] or [SourceLine(row[-1].number, "", "")]
    return _joined([row[0], SourceLine(task[0].number, text, fold(text)), *units, lines[dues[0]], *remark])


def _continued_units(row: list[SourceLine]) -> list[SourceLine]:
    """A row's lines, a units line ending in 、 joined to the unit on the next line: the page wrapped the
    cell after its separator (区应急管理局、 / 区市场监管局), so the next line goes on in the same cell."""
    out: list[SourceLine] = []
    for line in row:
        before = out[-1].folded.strip() if out else ""
        if before.endswith("、") and _unit_like(before[:-1]) and _unit_like(line.folded):
            out[-1] = SourceLine(out[-1].number, out[-1].text.strip() + line.text.strip(), before + line.folded.strip())
        else:
            out.append(line)
    return out


def _fit_row(
    row: list[SourceLine],
    roles: list[str | None],
    warnings: list[Warning] | None,
    dashes: bool = False,
    lineless: list[SourceLine] | None = None,
    names: Sequence[str] = (),
) -> SourceLine:
    """One row of a table scraped one cell a line, its cells joined by tabs.

    A row longer than the header is either task text the scrape wrapped (sentences after the task
    cell: the task column takes them in, as in any row) or a units cell the page wrote one unit a
    line (区民政局 / 区财政局 / 区残联): those unit lines past the units columns' count are joined into
    the last units column, the earlier units columns taking one line each. Any other row too long
    is warned at its line."""
    extra = len(row) - len(roles)
    units_at = max((i for i, r in enumerate(roles) if r in _UNIT_COLUMNS), default=len(roles) - 1) - 1
    if (
        extra == -1
        and (at := _group_column(roles)) is not None
        and not _group_cell_kept([ln.folded for ln in row], roles, at)
        and _names_units(row[units_at].folded)
    ):
        # the group cell (类别, 大项, or the first of two task columns) is written on its group's first
        # row only: the row keeps an empty cell there, so its other cells stay in their columns
        blank = SourceLine(row[0].number, "", "")
        return _joined([*row[:at], blank, *row[at:]])
    if (
        extra == -1
        and not dashes
        and len(roles) >= 4
        and roles[-1] == "due"
        and roles[-2] == "partners"
        and roles[-3] in _UNIT_COLUMNS
        and _due_like(row[-1].folded.strip())
        and _unit_like(row[-2].folded)
    ):
        # 区公安分局 / 2025年6月底前 under 牵头单位 / 配合单位 / 完成时限: the partners cell is empty, as it is
        # in many rows, and the scrape left no line for it (in a table that writes no empty cell as —)
        if lineless is not None:
            lineless.append(row[0])
        return _joined([*row[:-1], SourceLine(row[-1].number, "", ""), row[-1]])
    if extra < 0 and (short := _fit_short_row(row, roles, names, warnings)) is not None:
        return short
    if extra <= 0:
        return _joined(row)
    # the last task column (工作任务 / 工作要求 / 牵头处室: the lines before the units are the task's)
    task = len(roles) - 1 - roles[::-1].index("task") if "task" in roles else None
    last = max((i for i, r in enumerate(roles) if r in _UNIT_COLUMNS), default=None)
    if (
        task is not None
        and last == len(roles) - 1
        and "other" in roles[task + 1 : last]
        and not any(r in _UNIT_COLUMNS for r in roles[task + 1 : last])
    ):
        # 工作安排 / 工作完成情况 / 牵头单位 with its one units cell written one unit a line (市府办 / 市体育局): the
        # run of unit lines closing the row, one line for each extra, is that cell; the value keeps its line
        run = next((k for k in range(len(row) - 1) if not _unit_like(row[len(row) - 1 - k].folded)), 0)
        if run == extra + 1:
            return _joined([*row[: len(row) - run], _unit_lines_joined(row[len(row) - run :])])
    if (leaders := _leader_lines_joined(row, roles, task, extra)) is not None:
        return leaders
    if task is not None and last is not None and task < last:
        after = len(roles) - last - 1
        middle = row[task + 1 : len(row) - after]
        wrapped = 0
        while wrapped < len(middle) and not _unit_like(middle[wrapped].folded):
            wrapped += 1  # task text the scrape wrapped onto more lines
        units = middle[wrapped:]
        count = last - task
        if len(units) <= count and all(_unit_like(ln.folded) for ln in units):
            return _joined(row)
        if all(_unit_like(ln.folded) for ln in units) and all(r in _UNIT_COLUMNS for r in roles[task + 1 : last + 1]):
            cells = _cells_by_blank_lines(row, units)
            if len(cells) == count:  # cells a blank line apart, a cell's units on lines next to each other
                merged = [_unit_lines_joined(cell) for cell in cells]
                return _joined([*row[: task + 1 + wrapped], *merged, *row[len(row) - after :]])
            cell = units[count - 1 :]
            if count > 1 and warnings is not None:  # which column a unit line belongs to is a guess
                message = (
                    f"{len(units)} lines that read as units for {count} unit columns; the first columns take "
                    "one each, the last the rest"
                )
                warnings.append(Warning("row-cells-guessed", units[0].number, message))
            joined = _unit_lines_joined(cell)
            return _joined([*row[: task + 1 + wrapped], *units[: count - 1], joined, *row[len(row) - after :]])
    if warnings is not None:
        message = f"row has {len(row)} lines for {len(roles)} columns; its cells may be shifted"
        warnings.append(Warning("row-too-long", row[0].number, message))
    return _joined(row)


def _leader_lines_joined(
    row: list[SourceLine], roles: list[str | None], task: int | None, extra: int
) -> SourceLine | None:
    """A row whose 责任领导 cell, right after the task cell, the page wrote one leader a line (董明华 / 郑立强):
    the run of names is that one cell, its names joined by 、, so the text keeps no name and the units their
    column. None where the row's extra lines are no such run."""
    if task is None or task + 1 >= len(roles) or roles[task + 1] != "leaders" or task + 1 + extra + 1 >= len(row):
        return None
    run = row[task + 1 : task + 2 + extra]
    if not all(_person_like(ln.folded.strip()) for ln in run) or _person_like(row[task + 2 + extra].folded.strip()):
        return None
    if not _unit_like(row[task + 2 + extra].folded):
        return None
    names = "、".join(ln.text.strip() for ln in run)
    cell = SourceLine(run[0].number, names, "、".join(ln.folded.strip() for ln in run))
    return _joined([*row[: task + 1], cell, *row[task + 2 + extra :]])


def _has_value_columns(roles: Sequence[str | None]) -> bool:
    """A numbered table whose columns after the task include one that names no unit (单位, 年度目标, 评分部门)."""
    if not roles or roles[0] != "number" or "task" not in roles:
        return False
    last_task = len(roles) - 1 - list(roles)[::-1].index("task")
    return "other" in roles[last_task + 1 :]


def _fit_from_the_right(row: list[SourceLine], roles: list[str | None], names: Sequence[str] = ()) -> SourceLine:
    """A row of an assessment list scraped one cell a line (序号 / 考核指标 / 考核内容 / 单位 / 年度目标 /
    责任部门 / 评分部门), whose cells are not one a column: a merged cell is written on its first row only
    (考核指标), an empty cell has no line (单位), and a units cell may take a line per unit. The columns
    after the task are filled from the row's end: a units column takes the run of lines that read as
    units (one line where the column to its left names units too), any other column one line, as long as
    the task keeps a line; the task columns take what is left, from the first, and an empty cell stays
    empty in its place."""
    last_task = len(roles) - 1 - roles[::-1].index("task")
    first_task = roles.index("task")
    lines = row[1:]
    tail: list[SourceLine] = []
    blank = SourceLine(row[0].number, "", "")
    # a deadline cell (12月底前) anchors the cells after it: a column between it and the units takes one line
    # (责任领导), and the units column the lines from there (文化宣传股 / 文化馆 / 图书馆, whatever they end in)
    due_col = next((i for i in range(last_task + 1, len(roles)) if roles[i] == "due"), None)
    due_line = next((k for k in range(1, len(lines)) if _due_like(lines[k].folded.strip())), None)
    for at in range(len(roles) - 1, last_task, -1):
        role = roles[at]
        last = lines[-1].folded.strip() if lines else ""
        remark = at < len(names) and _remark_column(names[at], role)
        if len(lines) > 1 and (
            P.EMPTY_CELL.match(last)
            or (at < len(names) and P.CONTACT_COLUMN.match(names[at]) and P.PHONE_CELL.match(last))
        ):
            # an empty cell written as a dash (—, /, 无), whatever the column, or a phone number under 联系电话
            tail.append(lines[-1])
            lines = lines[:-1]
            continue
        if at < len(names) and P.CONTACT_COLUMN.match(names[at]):
            tail.append(blank)  # a contact column with no phone number on the row's last line: empty
            continue
        if (
            len(lines) <= 1
            or (remark and (not _remark_like(last) and not _short_remark(lines, roles, at)))
            or (remark and len(lines) < len(roles) - 1 - (last_task - first_task))  # task columns: one cell or more
            or (role == "due" and not _due_like(last))
            or (role == "leaders" and not _person_like(last))
        ):
            tail.append(blank)  # no line left past the task's, or an empty cell the scrape left no line for
            continue
        if role in _UNIT_COLUMNS and roles[at - 1] not in _UNIT_COLUMNS:
            # with no value column before it (only 完成时限, 责任领导), a units cell's names need not end as
            # a unit's do (羌研会 / 灵岩寺博物馆), and a sentence there is the task's, the units cell empty
            plain = all(r in ("due", "leaders") for r in roles[last_task + 1 : at])
            fits = _name_or_spaced_units if plain else _unit_like
            run = 0
            while (
                run < len(lines) - 1
                and fits(lines[-1 - run].folded)
                and not (run and roles[at - 1] == "leaders" and _person_like(lines[-1 - run].folded))
            ):  # 徐国江 / 城管局: a 分管领导 column before the units keeps its person
                run += 1
            if due_col is not None and due_line is not None and due_col < at:
                run = len(lines) - (due_line + 1 + (at - due_col - 1))
            if run <= 0 and plain:
                tail.append(blank)
                continue
            if run > 1:
                tail.append(_unit_lines_joined(lines[-run:]))
                lines = lines[:-run]
                continue
        tail.append(lines[-1])
        lines = lines[:-1]
    width = last_task - first_task + 1
    before = [blank] * (first_task - 1)  # the columns between 序号 and the task (指标, 类别): a group cell
    if len(lines) > width and before:  # is written on its group's first row only
        kept = min(len(before), len(lines) - width)
        before = [*lines[:kept], *before[kept:]]
        lines = lines[kept:]
    if len(lines) > width:  # the last task cell wrapped over several lines
        rest = lines[width - 1 :]
        wrapped = SourceLine(rest[0].number, "".join(ln.text for ln in rest), "".join(ln.folded for ln in rest))
        lines = [*lines[: width - 1], wrapped]
    task_cells = lines
    task_cells = [*task_cells, *([blank] * (width - len(task_cells)))]
    return _joined([row[0], *before, *task_cells, *reversed(tail)])


def _name_or_spaced_units(folded: str) -> bool:
    """A units cell's line: a name (_name_like), or a list of names a space apart, however long (市委社会工作部
    市广播电视台 市地震局 …): each piece short, with no sentence punctuation and no digit, most of them
    units' names or lists of them (a pipe closing the cell aside)."""
    if _name_like(folded):
        return True
    pieces = [piece for piece in folded.split() if piece != "|"]
    if len(pieces) < 2 or any(len(p) > 24 or regex.search(r"[。,;:!?\d]", p) for p in pieces):
        return False
    return 2 * sum(1 for piece in pieces if _reads_as_units(piece)) > len(pieces)


def _name_like(folded: str) -> bool:
    """A short line that can be a unit's name whatever its ending (文化馆, 羌研会): no sentence punctuation,
    no digits, not a deadline."""
    text = folded.strip()
    return (
        _unit_like(text)
        or (0 < len(text) <= 20 and not any(ch in text for ch in "。,;:!?") and not any(ch.isdigit() for ch in text))
    ) and not _due_like(text)


def _person_like(folded: str) -> bool:
    """A line that can be a person's name in a 责任领导 cell: two to four characters once its spaces are out,
    or a post and a name (副镇长吴丽, 县委副书记张华), or two or three such names a space or 、 apart (陈晓东　周丽)."""
    text = "".join(folded.split())
    if P.POST_AND_NAME.fullmatch(text):
        return True
    if 2 <= len(text) <= 4 and text.isalpha() and not _unit_like(text):
        return True
    names = _padded_names_joined(folded.replace("、", " ").split())
    return 2 <= len(names) <= 3 and all(2 <= len(n) <= 4 and n.isalpha() and not _unit_like(n) for n in names)


def _padded_names_joined(pieces: list[str]) -> list[str]:
    """Names a space apart, a two-character name padded to three characters' width by a space inside it
    (耿 峰 彭开国 -> 耿峰, 彭开国): each pair of one-character pieces in a row is one name."""
    out: list[str] = []
    single = False  # the last piece kept is one character awaiting its second
    for piece in pieces:
        if single and len(piece) == 1:
            out[-1] += piece
            single = False
            continue
        out.append(piece)
        single = len(piece) == 1
    return out


def _short_remark(lines: Sequence[SourceLine], roles: Sequence[str | None], at: int) -> bool:
    """A short remark after a units cell (县教育局 / 市民生实事: the project's category): the line before it
    reads as a unit, and it reads neither as a unit nor as a date."""
    if len(lines) < 2 or roles[at - 1] not in _UNIT_COLUMNS:
        return False
    last = lines[-1].folded.strip()
    return _unit_like(lines[-2].folded) and not _unit_like(last) and not _due_like(last)


def _remark_like(folded: str) -> bool:
    """A line that can be a remark (备注): a sentence or a long note, not a name (图书馆) nor a date."""
    text = folded.strip()
    return (any(ch in text for ch in "。,;:") or len(text) > 15) and not _due_like(text)


def _group_cell_kept(cells: Sequence[str], roles: Sequence[str | None], at: int) -> bool:
    """Whether a row one cell short still has its group cell: the 序号 column after the group column
    holds a number as the row stands, and would not where an empty group cell shifted it (激发市场活力 /
    14 / task / units: the last units cell is what is missing, cut off by the end of the page)."""
    number = next((i for i, r in enumerate(roles) if r == "number"), None)
    if number is None or number <= at or number >= len(cells):
        return False
    return _number_cell(cells[number]) and not _number_cell(cells[number - 1])


def _number_cell(folded: str) -> bool:
    return folded.strip().rstrip(".．、").isdigit()


def _cells_by_blank_lines(row: list[SourceLine], units: list[SourceLine]) -> list[list[SourceLine]]:
    """The unit lines of a row grouped into cells, where the page put a blank line between cells (every
    cell of the row a blank line apart) and a cell's units on lines next to each other; one group when
    the row does not separate its cells so."""
    if any(b.number - a.number < 2 for a, b in pairwise(row[: len(row) - len(units)])):
        return [units]
    cells = [[units[0]]]
    for before, line in pairwise(units):
        if line.number - before.number > 1:
            cells.append([])
        cells[-1].append(line)
    return cells


def _unit_lines_joined(lines: list[SourceLine]) -> SourceLine:
    """Unit lines of one cell as one cell: 区民政局 / 区卫生健康委 -> 区民政局、区卫生健康委."""
    return SourceLine(
        lines[0].number, "、".join(ln.text.strip() for ln in lines), "、".join(ln.folded.strip() for ln in lines)
    )


def _group_column(roles: Sequence[str | None]) -> int | None:
    """The column that names a row's group, when the table has one: a category column (类别, 大项) before
    the task, or the first of two task columns (目标任务 then 具体举措)."""
    task = next((i for i, r in enumerate(roles) if r == "task"), None)
    if task is None:
        return None
    if "category" in roles[:task]:
        return roles.index("category")
    if task + 1 < len(roles) and roles[task + 1] == "task":
        return task
    return None


def _names_units(folded: str) -> bool:
    """A cell that names units, bare or with their role verbs: 县财政局, 县水务局牵头，县财政局配合,
    县住建局、县自然资源局分别牵头落实 (a group cell (类别, 目标任务) names none)."""
    if _unit_like(folded):
        return True
    if "。" in folded or len(folded) > 120:
        return False
    pieces = [P.CELL_ROLE_VERB_END.sub("", piece) for piece in regex.split(r"[,;]", folded.strip())]
    return all(piece and _reads_as_units(piece) for piece in pieces)


def unit_like(folded: str) -> bool:
    """A short text ending as a unit's name does (局, 委, 办事处…), or an empty cell's dash."""
    return _unit_like(folded)


def _unit_like(folded: str) -> bool:
    """A short line with no sentence punctuation ending as a unit's name does (局, 委, 办事处…)."""
    text = folded.strip().rstrip("等")
    if text.endswith(")") and (paren := text.rfind("(")) > 0:
        text = text[:paren]  # 区商务局(区药发中心): a unit with a second name in brackets
    return (
        0 < len(text) <= 40
        and not any(ch in text for ch in "。;!?")
        and (text.endswith(P.UNIT_ENDINGS) or P.EMPTY_CELL.match(text) is not None)
    )


def _joined(cells: list[SourceLine]) -> SourceLine:
    return SourceLine(cells[0].number, "\t".join(c.text for c in cells), "\t".join(c.folded for c in cells))


@dataclass(slots=True)
class _Cell:
    text: str
    start: int
    end: int
    folded: str  # fold(text)


def _cells(line: SourceLine) -> list[_Cell]:
    """The cells of a row: split on tabs where the row has them (an empty cell stays, so the
    cells after it keep their columns), else on runs of spaces."""
    if "\t" in line.text:
        return _tab_cells(line.text)
    text, folded = line.text, line.folded
    printable = folded.isprintable()
    if printable:
        # its only space is " " (no control, no other space, no line break): its cells are the pieces str.split
        # gives, found in turn, which costs less than a _CELL_TEXT match each
        cells = []
        end = 0
        for piece in line.tokens:
            start = folded.find(piece, end)
            end = start + len(piece)
            cells.append(_Cell(text[start:end], start, end, piece))
    else:
        cells = [_Cell(text[m.start() : m.end()], m.start(), m.end(), m[0]) for m in _CELL_TEXT.finditer(folded)]
    if "、" not in folded or (printable and " 、" not in folded):
        return cells  # (no cell but the first opens with 、: the test below, asked of every row, finds nothing)
    for at in range(len(cells) - 1, 0, -1):
        if cells[at].folded.startswith("、") and _unit_like(cells[at - 1].folded):
            # 人事科 、办公室: a space before a list's 、 after a unit's name is inside the one units cell
            before, after = cells[at - 1], cells.pop(at)
            cells[at - 1] = _Cell(
                text[before.start : after.end], before.start, after.end, line.folded[before.start : after.end]
            )
    return cells


_CELL_TEXT = compile_regex(r"\S+")  # a cell between two of P.CELL_GAP's runs of spaces (\s+)


def _tab_cells(text: str) -> list[_Cell]:
    cells = []
    pos = 0
    for piece in text.split("\t"):
        stripped = piece.strip()
        start = pos + (piece.find(stripped) if stripped else 0)
        cells.append(_Cell(stripped, start, start + len(stripped), fold(stripped)))
        pos += len(piece) + 1
    return cells


def unpipe_table(lines: list[SourceLine]) -> tuple[list[SourceLine], list[Boilerplate]]:
    """A table written with pipes as rows with tab-separated cells; the rule under its header set aside.

    Cells keep their places (an empty first cell stays); empty cells at a row's end are
    dropped, so a section row (| 一、稳定经济增长 |  |  |) reads as a heading line.
    """
    if not any("|" in line.folded for line in lines):
        return list(lines), []  # no bar in any line: no pipe row, nor a row cut inside a cell (nearly every table)
    out, rules = [], []
    piped = False
    named: int | None = None  # how many names the table's first row of bars holds
    open_header = False  # whether that row has no outer bars (序号 | 任务 | 牵头单位 | 配合单位)
    for line in _rows_rejoined(lines):
        # a row right after a pipe row that stops before its closing bar (a page cut off mid-row) keeps its
        # cells: the table reads it and warns it as cut off
        open_row = piped and line.folded.count(" | ") >= 1 and not line.folded.rstrip().endswith("|")
        # (under a header with no outer bars, a row opening with a bar, its first cell empty, goes on with the table)
        piped = _pipe_row(line.folded) or (open_row and open_header)
        if not piped and not open_row:
            out.append(line)
            continue
        if "<br" in line.folded:  # a line break inside a cell, left as markup: a space between its words
            line = _without_breaks(line)
        bars = [m.start() for m in regex.finditer(r"\|", line.folded)]
        if bars[0] != 0:  # no bar before the first cell
            bars.insert(0, -1)
        elif open_row and named is not None and open_header and len(bars) == named - 1:
            bars.insert(0, -1)  # under a header with no outer bars, a bar opening a row closes its empty first cell
        if open_row or not line.folded.rstrip().endswith("|"):  # (no bar after the last cell: PIPE_ROW_OPEN)
            bars.append(len(line.folded))
        cells = [line.text[a + 1 : b].strip() for a, b in pairwise(bars)]
        if "?" in line.text and _residue_row(cells):
            cells = [_RESIDUE_AT_END.sub("", c) for c in cells]
        text = "\t".join(cells)
        first = named is None
        if first:
            named = sum(1 for c in cells if c)  # the header's names (the first row of bars)
            open_header = not line.folded.startswith("|") and not line.folded.rstrip().endswith("|")
        if first or len(cells) != named or not cells[0] or sum(1 for c in cells if c) < 3:
            # a section row (| 一、稳定经济增长 |  |  |): its empty cells dropped; a numbered row with a cell for
            # each of the header's names keeps an empty last one, a merged deadline cell written once (see _filled)
            text = text.rstrip("\t")
        if P.PIPE_RULE.match(line.folded) or not text:  # the rule under the header, or a row of empty cells
            rules.append(Boilerplate(line.number, "table-rule", line.text))
        else:
            out.append(SourceLine(line.number, text, fold(text)))
    return out, rules


def bare_bars_spaced(lines: list[SourceLine]) -> list[SourceLine]:
    """A table written with bars and no space around them (时间安排｜工作内容｜主责站所｜协助单位｜包村领导, no outer
    bars), as a pipe table with no outer bars writes its rows (a space either side of each bar): the header's
    cells name a task column and another known column, and the rows are the lines right under it holding as
    many bars (｜利用…｜镇宣传办｜…: a bar opening a row closes its empty first cell). Other lines as written."""
    if not any("|" in line.folded for line in lines):
        return lines
    out = list(lines)
    n = 0
    while n < len(out):
        line = out[n]
        folded = line.folded.strip()
        bars = folded.count("|")
        if bars < 3 or " | " in folded or not P.PIPE_ROW_BARE.match(folded):
            n += 1
            continue
        roles = _columns_of([name.strip() for name in folded.split("|")])
        if roles is None or "task" not in roles or len(set(roles)) < 3:
            n += 1
            continue
        end = n + 1
        while end < len(out) and out[end].folded.count("|") == bars and " | " not in out[end].folded:
            end += 1
        if end < len(out) and "|" in out[end].folded:
            # a row holding more or fewer bars (a bar inside a cell: 推进县|区联动): its cells cannot be told apart,
            # so the table is left as written, never read with that row run into the one above
            n = end + 1
            continue
        for at in range(n, end):
            text = regex.sub(r"\s*([|｜])\s*", r" \1 ", out[at].text).strip()
            out[at] = SourceLine(out[at].number, text, fold(text))
        n = end
    return out


# a `?` a page's lost character (a non-breaking space) left at a cell's end or before a space in it: 1? |
# 祝某? 陈某? |
_RESIDUE_AT_END = compile_regex(r"\?+(?=\s|$)")


def _residue_row(cells: list[str]) -> bool:
    """A pipe row whose cells a broken encoding closed with `?` (1? | 推进…。? | 县财政局? |): its number cell
    so, or every cell it holds (two at least)."""
    filled = [c for c in cells if c]
    return bool(filled) and (
        regex.fullmatch(r"\d{1,3}\?", filled[0]) is not None
        or (len(filled) >= 2 and all(c.endswith("?") for c in filled))
    )


def _rows_rejoined(lines: list[SourceLine]) -> list[SourceLine]:
    """A pipe row written with no space around its bars that a line break cut inside a cell (|4|…|协调区属企业，
    ⏎ 落实安置待遇。|区退役军人事务局|2025年9月底前|): its two lines joined into one row, at the first one's number.
    Only a line opening with a bar and holding two cells at least, with no closing bar, followed by a line
    with no opening bar that closes the row (the spaced form, | 1 | … ⏎ …。 | … |, is read as a wrapped row)."""
    out: list[SourceLine] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        head, tail = line.folded.strip(), nxt.folded.strip() if nxt is not None else ""
        if (
            nxt is not None
            and nxt.number == line.number + 1
            and head.startswith("|")
            and not head.endswith("|")
            and head.count("|") >= 2
            and " | " not in head
            and tail.endswith("|")
            and not tail.startswith("|")
            and " | " not in tail
        ):
            text = line.text.rstrip() + nxt.text.strip()
            out.append(SourceLine(line.number, text, fold(text)))
            n += 2
            continue
        out.append(line)
        n += 1
    return out


def _pipe_row(folded: str) -> bool:
    """A row written with pipes (P.PIPE_ROW, or P.PIPE_ROW_OPEN with no outer bars). Each of their forms
    holds a bar, looked for first: the pattern backtracks through a long row that holds none
    (tests/test_patterns.py checks the forms)."""
    return "|" in folded and (P.PIPE_ROW.match(folded) is not None or P.PIPE_ROW_OPEN.match(folded) is not None)


# a tab between a wrapped cell's lines, after Chinese or its punctuation and before Chinese
_WRAP_IN_CHINESE = compile_regex(
    r"(?<=[\p{Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f])[ \u3000]*\t[ \u3000]*(?=\p{Han})"
)


def _wrap_joined(match: regex.Match[str]) -> str:
    """The tab between a wrapped cell's lines: nothing, unless the next line reads as units (a units cell the
    row's fit left in its text, 深化改革 ⏎ 市市场监管局), which stays apart."""
    nxt = match.string[match.end() :].split("\t", 1)[0]
    return match.group() if _unit_like(fold(nxt)) else ""


_CELL_BAR = compile_regex(r"[|\t]")  # where a cell ends in a pipe row or a tab row


def _without_breaks(line: SourceLine) -> SourceLine:
    """A cell's line breaks left as markup: between two units' names (市纪委监委机关<br>市国资委: the second
    a unit whose name opens with its level or 各, the first short and no sentence) a list's 、, else a space."""
    pieces = P.CELL_LINE_BREAK.split(line.text)
    text = pieces[0]
    for before, after in pairwise(pieces):
        cell_before, cell_after = _CELL_BAR.split(before)[-1].strip(), _CELL_BAR.split(after, 1)[0].strip()
        units = (
            0 < len(cell_before) <= 20
            and not any(ch in cell_before for ch in "。,，;；:：")
            and fold(cell_after)[:1] in (*P.LEVELS, "各")
            and _unit_like(fold(cell_after))
        )
        text += ("、" if units else " ") + after
    return SourceLine(line.number, text, fold(text))


def headless_rows(lines: Sequence[SourceLine]) -> tuple[int, SourceLine] | None:
    """A page that starts inside a task table, its header cut off (| 4 | 加快推进… | 县工信局 | 2024年9月底前 |):
    where its first row stands among the first lines, and the columns its rows' cells show, as a header
    line of the names the parser reads (序号 / 工作任务 / 责任单位 / 完成时限), numbered as that row; None
    unless two rows or more run on, each of the same cells, opening with a number, one or two units columns
    whose every cell reads as units after one or two task columns, and maybe a deadline column last."""
    start = next((i for i, ln in enumerate(lines[:12]) if _headless_cells(ln) is not None), None)
    if start is None:
        return None
    rows: list[list[str]] = []
    for line in lines[start:]:
        if not line.folded.strip():
            continue
        cells = _headless_cells(line)
        if cells is None or (rows and len(cells) != len(rows[0])):
            break
        rows.append(cells)
    if len(rows) < 2:
        return None
    width = len(rows[0])
    due = all(_due_like(row[-1]) for row in rows)
    end = width - 1 if due else width
    units = [j for j in range(2, end) if all(_unit_like(row[j]) for row in rows)]
    if not units or units[-1] != end - 1 or len(units) > 2 or units != list(range(units[0], end)):
        return None
    # a column of people right before the units (李明（副县长）, 王芳): the task's leaders
    leaders = units[0] > 2 and all(_leader_cell(row[units[0] - 1]) for row in rows)
    tasks = units[0] - 1 - leaders
    if not 1 <= tasks <= 2 or any(_unit_like(row[1]) or _due_like(row[1]) for row in rows):
        return None
    names = ["序号", *(("工作任务",) if tasks == 1 else ("主要任务", "具体措施")), *(("责任领导",) if leaders else ())]
    names += ["责任单位"] if len(units) == 1 else ["牵头单位", "配合单位"]
    names += ["完成时限"] if due else []
    header = "\t".join(names)
    return start, SourceLine(lines[start].number, header, fold(header))


def _leader_cell(cell: str) -> bool:
    """A cell naming a person: a name (李明), a post and a name (副县长赵强), or a name and its post in brackets
    (王芳（副县长）), never a unit's name."""
    text = cell.strip()
    return bool(text) and (_person_like(text) or (P.LEADER_AS_UNIT.match(text) is not None and not _unit_like(text)))


def _headless_cells(line: SourceLine) -> list[str] | None:
    """The cells of a tab or pipe row whose first cell is a number (4, 12), or None."""
    folded = line.folded.strip()
    if "\t" in line.text:
        cells = [fold(c).strip() for c in line.text.strip().split("\t")]
    elif folded[:1] == "|" and folded[-1:] == "|" and folded.count("|") >= 4:
        cells = [c.strip() for c in folded[1:-1].split("|")]
    else:
        return None
    return cells if len(cells) >= 3 and cells[0].isdigit() and len(cells[0]) <= 3 else None


def parse_annex(lines: list[SourceLine], marker: SourceLine | None, lead_may_be_empty: bool = False) -> AnnexResult:
    """Parse the lines after the 附件 marker (or from the header row when there is none).

    lead_may_be_empty: the notice says a task without a lead has its units as leads (无牵头单位的，
    责任单位即为牵头单位), so an empty 牵头单位 cell means no lead, never a cell merged with the one above."""
    result = AnnexResult()
    piped = {line.number: line.text for line in lines if _pipe_row(line.folded)}  # header rows as written
    lines, rules = unpipe_table(lines)
    result.boilerplate.extend(rules)
    # 县住建局<br>各乡镇人民政府 in a tab row's cell: its line breaks as a pipe row's are (see _without_breaks)
    lines = [_without_breaks(ln) if "\t" in ln.text and "<" in ln.text and "br" in ln.folded else ln for ln in lines]
    vertical = vertical_header_lengths(lines)
    merged = merge_vertical_table(lines, result.warnings, vertical)
    header_at = find_header(merged, vertical if merged is lines else None)  # (measured once where unchanged)
    lines = merged
    headless = headless_rows(lines) if header_at is None else None
    if headless is not None:
        # a page that starts inside a task table: its rows read under the columns their cells show
        header_at = headless[0]
        lines = [*lines[:header_at], headless[1], *lines[header_at:]]
        message = "rows with no header (the page starts inside a table): their columns are read by what the cells hold"
        result.warnings.append(Warning("row-cells-guessed", headless[1].number, message))
    if header_at is None:
        unread = False  # in a table that is no task table (a scoring rubric, a contact list): set aside
        for n, line in enumerate(lines):
            if _annex_start(line.folded):  # 附件2: another annex follows
                result.boilerplate.append(Boilerplate(line.number, "annex-marker", line.text))
                unread = False
                continue
            following = lines[n + 1] if n + 1 < len(lines) else None
            if not unread and _may_be_title(line.folded) and following is not None and _unread_header(following):
                result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
                continue
            unread = unread or _unread_header(line)
            if unread:
                result.boilerplate.append(Boilerplate(line.number, "unread-table", line.text))
                continue
            result.warnings.append(
                Warning("annex-unparsed", line.number, f"annex line not in a table: {line.text[:30]}")
            )
        return result
    if (broken := _header_cells_broken(lines, header_at)) is not None:
        lines = [*lines[:header_at], broken[0], *lines[header_at + 1 + broken[1] :]]
    lines = _spaced_category_first(lines, header_at)
    title_line = next((ln for ln in lines[:header_at] if P.TITLE.match(ln.folded)), None)
    # 一、经济发展类 right above the first header: the first table's group, as the 二、 above a later one is
    first_group = lines[header_at - 1] if header_at and lines[header_at - 1] is not title_line else None
    first_part = P.PART.match(first_group.folded) if first_group is not None else None
    first_part = first_part if first_part and heads_first_group(first_part, lines[header_at + 1 :]) else None
    for line in lines[:header_at]:
        if line is not title_line and not (first_part and line is first_group):
            result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
    columns = header_columns(lines[header_at])
    assert columns is not None
    header = [piped.get(lines[header_at].number, lines[header_at].text)] if headless is None else []
    names = header_names(lines[header_at])
    first_columns = columns
    groups: list[_GroupBuilder] = []
    if first_part and first_group is not None:
        _add_group(groups, first_part, first_group.text, first_group.number)
    subgroup: Subgroup | None = None
    in_notes = False
    unread = False  # in the rows of a table that is no task table
    not_kept: dict[str, None] = {}  # the table's columns whose cells no task keeps, in order
    table_at = lines[header_at].number
    sectioned = False  # the table's groups are its section rows (一、…), a 类别 cell a sub-group
    after_section = False  # the row follows a section row: a 类别 cell of its own makes the table sectioned
    bracketed_groups = False  # the table's groups are category rows numbered (一), (二)
    body, repeated = _without_repeated_header(lines[header_at:])
    header.extend(piped.get(line.number, line.text) for line in repeated)
    if columns[0] == "number" and names:  # 序号 alone on its line between rows: what a page break kept of the header
        lone = [line for line in body if line.folded.strip() == names[0] and "\t" not in line.text]
        result.boilerplate.extend(Boilerplate(line.number, "page-break", line.text) for line in lone)
        body = [line for line in body if line not in lone]
    totals = [line for line in body if P.TOTAL_ROW.match(line.folded)]  # 合计<tab>3项: sums of the rows, no row
    result.boilerplate.extend(Boilerplate(line.number, "table-total", line.text) for line in totals)
    rows = _merge_wrapped_rows([line for line in body if line not in totals] if totals else body, columns)
    rows = [_numbered_group_row(row, columns) for row in rows]
    columns = _unnamed_number_column(_merged_task_column(columns, rows), rows)
    first_columns = columns
    above: dict[str, str] = {}  # the last row's unit and deadline cells, for 同上 and merged cells
    previous: list[_Cell] | None = None  # the last task row's cells, for merged 序号 and task cells
    named_for: tuple[tuple[str, ...], list[str]] | None = None  # the columns and names written_names is of
    written_names: dict[str, str] = {}  # each column role's name as the header writes it
    for n, line in enumerate(rows):
        folded = line.folded
        following = rows[n + 1] if n + 1 < len(rows) else None
        if n == 0 and _is_subheader(line) and _numbered_category_row(_cells(line), columns, following) is None:
            header.append(piped.get(line.number, line.text))
            wrapped = _wrapped_header(lines[header_at], line)
            if wrapped is not None and (joined := header_columns(wrapped)) is not None:
                columns = first_columns = joined
                names = header_names(wrapped)
                continue
            placed = _under_spanning_cell(lines[header_at], line)
            if placed is not None and (placed_columns := _columns_of(placed)) is not None:
                columns = first_columns = placed_columns
                names = placed
                continue
            collapsed = _under_spanning_name(columns, names, header_names(line))
            if collapsed:
                columns, names = collapsed
                first_columns = columns
            continue
        if _annex_link(folded):
            result.boilerplate.append(Boilerplate(line.number, "link", line.text))
            continue
        if _annex_start(folded):  # 附件2: another annex follows
            result.boilerplate.append(Boilerplate(line.number, "annex-marker", line.text))
            in_notes = False
            unread = False
            continue
        # (a row holding no column name is neither a header nor a header unread: its names are read once for both)
        line_names = header_names(line) if _names_a_column(line) else None
        if line_names is not None and (later_columns := _columns_of(line_names)) is not None:
            # another table, its own columns
            _warn_not_kept(not_kept, table_at, result.warnings)
            not_kept, table_at = {}, line.number
            columns, names = later_columns, line_names
            above = {}
            previous = None
            unread = False
            header.append(piped.get(line.number, line.text))
            in_notes = False
            continue
        if unread or (n and line_names is not None and _unread_header_names(line_names)):
            # a table with no task column (序号 / 单位 / 姓名 / 联系电话): warned at its header (see
            # unread_headers), its rows set aside, never tasks, until the next annex or table
            unread = True
            result.boilerplate.append(Boilerplate(line.number, "unread-table", line.text))
            continue
        may_be_title = _may_be_title(folded)
        if (
            not in_notes
            and "\t" not in line.text
            and may_be_title
            and n + 1 < len(rows)
            and _unread_header(rows[n + 1])
        ):  # the title of a table that is no task table (长湖县…联络员名单)
            result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
            continue
        if not unread and not in_notes and "。" not in folded and _people_list_title(folded.strip()):
            # 领导小组成员名单: people and their posts, no task table: set aside as a contact list is
            result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
            message = f"a list of people, no task table; its lines are not read: {line.text[:40]}"
            result.warnings.append(Warning("table-header-unread", line.number, message))
            unread = True
            continue
        if (
            not in_notes
            and may_be_title
            and P.TITLE.match(folded)
            and not _NUMBER_FIRST.match(folded)
            and not (columns[0] == "number" and _OTHER_NUMBER_FIRST.match(folded))
        ):  # (2 …年度计划 and (2)<tab>…年度计划 are rows)
            result.boilerplate.append(Boilerplate(line.number, "annex-heading", line.text))
            continue
        if _page_furniture(line):
            result.boilerplate.append(Boilerplate(line.number, "footer", line.text))
            continue
        # （续表） over the rest of a table after a page break
        if "续" in folded and _CONTINUED.fullmatch(folded.strip()):
            result.boilerplate.append(Boilerplate(line.number, "table-continued", line.text))
            continue
        if _signs(rows, n):  # the issuer and date signing the notice after its table
            result.boilerplate.append(Boilerplate(line.number, "signature", line.text))
            continue
        if _trailer(line, columns):  # 抄送：…   某县人民政府办公室  2024年1月20日印发
            result.boilerplate.append(Boilerplate(line.number, "trailer", line.text))
            continue
        if not in_notes and P.CLOSING.search(folded) and not _starts_row_or_heading(line, columns):
            _add_note(result.notes, line, None)  # 本表自印发之日起执行…: about the table, not a row of it
            continue
        if folded.endswith("印发") and (glued := P.TRAILER_GLUED.search(line.text)):
            # the printing office and date glued onto the row's last cell: set aside, never a deadline or unit
            result.boilerplate.append(Boilerplate(line.number, "trailer", glued["trailer"]))
            line = SourceLine(
                line.number, line.text[: glued.start()].rstrip(), fold(line.text[: glued.start()].rstrip())
            )
            folded = line.folded
        notes_start = _notes_start(folded, islice(rows, n + 1, None)) if not in_notes else None
        if notes_start or in_notes:
            in_notes = True
            _add_note(result.notes, line, notes_start)
            continue
        cells = _cells(line)
        if (category_row := _numbered_category_row(cells, columns, following)) is not None:
            # 一  大气污染防治 / (一)<tab>夯实数字基础设施<tab><tab>: a group of the rows under it, or a sub-group
            # of the group above when its number is in brackets (a group itself in a table whose highest
            # category rows are bracketed)
            number, title, bracketed = category_row
            after_section = True
            if bracketed and groups and not bracketed_groups:
                if subgroup is None or (subgroup.number, subgroup.title) != (number, title):
                    subgroup = Subgroup(number, title, line.number)
                    groups[-1].subgroups.append(subgroup)
            elif _add_numbered_group(groups, number, title, line.number):
                subgroup = None
                bracketed_groups = bracketed_groups or bracketed
            else:  # the scrape repeated the heading
                result.boilerplate.append(Boilerplate(line.number, "repeated-heading", line.text))
            continue
        if "\t" in line.text and len(filled := [c for c in cells if c.text]) == 1:
            cells = filled  # a heading row: one cell of text, in whichever column
        if "\t" not in line.text and _spaced_row_numbered_in_words(cells, columns):
            heading = folded_heading = ""  # 一、  县城污水管网改造  县住建局  …: a row, its 序号 written 一、
        elif "\t" not in line.text:
            heading, folded_heading = line.text, folded
        elif len(cells) == 1:
            heading, folded_heading = cells[0].text, cells[0].folded
        else:
            heading = folded_heading = ""
        part = P.PART.match(folded_heading)
        if part:  # a heading line or row
            after_section = True
            if _add_group(groups, part, heading, line.number):
                subgroup = None
            else:  # the scrape repeated the heading
                result.boilerplate.append(Boilerplate(line.number, "repeated-heading", line.text))
            continue
        # leading cells of a merged 大项 or 小项 column, copied into each row, are group headings
        while cells and not _starts_task(cells[0], columns):
            folded_cell = cells[0].folded
            if part := P.PART.match(folded_cell):
                if _add_group(groups, part, cells[0].text, line.number):
                    subgroup = None
            elif clause := P.CLAUSE.match(folded_cell):
                number, title = cn_to_int(clause["num"]), cells[0].text[clause.start("rest") :].strip()
                if subgroup is None or (subgroup.number, subgroup.title) != (number, title):
                    subgroup = Subgroup(number, title, line.number)
                    if groups:
                        groups[-1].subgroups.append(subgroup)
            else:
                break
            cells = cells[1:]
        if not cells:
            continue
        merged_row = _merged_above(line, cells, columns, previous)
        if merged_row is not None:  # 序号 and task cells merged with the row above's: read with them
            line, cells = merged_row, _cells(merged_row)
        category = _category(line, cells, columns)
        sectioned = sectioned or (after_section and category is not None)  # 一、… then 扬尘治理 | …
        after_section = False
        if category and sectioned and groups:
            # a 类别 cell under a section row (一、大气污染防治): a sub-group of the section's group
            if subgroup is None or subgroup.title != category:
                subgroup = Subgroup(len(groups[-1].subgroups) + 1, category, line.number)
                groups[-1].subgroups.append(subgroup)
        elif category and (not groups or groups[-1].title != category):
            groups.append(_GroupBuilder(groups[-1].number + 1 if groups else 1, category, line.number))
            subgroup = None
        if lead_may_be_empty:
            above.pop("lead", None)
        items = _item_cells(line, cells)
        if items and _items_of_one_cell(cells, columns, items):
            # 1 | 问题 | 1.… | 2.… | 3.… | 县河长办: a row's own 序号, its measures cell scraped one item a line
            line = _items_joined(line, cells, items)
            cells, items = _cells(line), []
        if items:  # 3.… | 4.… | 5.… | 县财政局: numbered items over one units cell, merged down their rows
            message = (
                f"{len(items)} numbered items in one row over one units cell: each read as a task with those units"
            )
            result.warnings.append(Warning("row-items-shared", line.number, message))
        read = len(result.tasks)
        shares = (
            [[c for i, c in enumerate(cells) if i == item or i not in items] for item in items] if items else [cells]
        )
        if (columns, names) != named_for:  # (a table's rows share them: worked out again where a header changes)
            named_for, written_names = (columns, names), dict(zip(columns, names, strict=False))
        for row in shares:
            next_id = result.tasks[-1].id + 1 if result.tasks else 1
            if task := _row_task(
                line, row, columns, names, groups, subgroup, next_id, result.warnings, above, header[-2:], written_names
            ):
                result.tasks.append(task)
        if len(result.tasks) > read:
            not_kept.update(dict.fromkeys(_cells_not_kept(cells, columns, names)))
            previous = cells  # (put one a column only when a row below is merged with it: see _merged_above)
            if merged_row is not None:
                _merged_row_told(result.warnings, line, result.tasks[-1])
        else:
            units = [piece for piece in line.folded.split()[1:] if _unit_like(piece)]
            lost = f"; the units in it are not read: {'、'.join(units)[:30]}" if units else ""  # a wrapped row's
            result.warnings.append(
                Warning("annex-unparsed", line.number, f"line not understood as a table row: {line.text[:30]}{lost}")
            )
            if result.tasks and 0 < line.number - result.tasks[-1].line <= 2 and "\t" not in line.text:
                row_text = next((r.text for r in rows[max(0, n - 3) : n] if r.number == result.tasks[-1].line), "")
                result.tasks[-1] = _cut_name_dropped(
                    result.tasks[-1], row_text, line.text, line.number, result.warnings
                )
    _warn_not_kept(not_kept, table_at, result.warnings)
    result.tasks[:] = _group_leaders(result.tasks, groups)
    result.tasks[:] = _blank_due_as_above(result.tasks, result.notes, result.warnings)
    result.annex = Annex(
        title=title_line.text if title_line else None,
        line=(marker or title_line or lines[header_at]).number,
        header=tuple(header),
        columns=first_columns,
        groups=tuple(g.freeze() for g in groups),
    )
    shared = {w.line for w in result.warnings if w.code in ("row-number-shared", "row-cells-merged")}
    tasks = result.tasks
    # a row sharing the number of the row above is no break in the numbering (rows of a glued run share a line)
    result.warnings.extend(
        _task_numbering([t for i, t in enumerate(tasks) if not (t.line in shared and i and tasks[i - 1].id == t.id)])
    )
    return result


# P.TITLE's text before its last word excludes these characters, and its last words and qualifier hold none:
# a row holding one is no title. Searched first, since P.TITLE backtracks through a long row (9 in 10 rows
# of a table hold one). tests/test_patterns.py checks TITLE still reads so.
_NOT_IN_TITLE = re.compile("[。;:!?,>›»]")


def _blank_due_as_above(tasks: list[Task], notes: list[Note], warnings: list[Warning]) -> list[Task]:
    """A note under the table saying a blank deadline cell is the row above's (注：完成时限栏空白的，与上一行同一类别
    任务的完成时限相同): each row with no deadline takes the one of the row above, of its own group where the note
    says so; told per row (cell-filled-from-above). Unchanged where no note says so."""
    said = next((m for n in notes if (m := P.BLANK_DUE_AS_ABOVE.search(fold(n.text)))), None)
    if said is None or any(P.NOTE_EXCEPTION.search(fold(n.text)) for n in notes):
        return tasks  # no such note, or one naming an exception (第2项不适用此规定): left unread
    out: list[Task] = []
    for task in tasks:
        above = out[-1] if out else None
        if task.due is None and above is not None and above.due and (not said["group"] or above.group == task.group):
            message = (
                f"task {task.id}: a blank deadline cell, the row above's as the note under the table says: {above.due}"
            )
            warnings[:] = [
                w for w in warnings if not (w.code == "task-without-date" and w.line == task.line)
            ]  # the row has a date now: no warning that it has none
            warnings.append(Warning("cell-filled-from-above", task.line, message))
            task = replace(task, due=above.due)
        out.append(task)
    return out


def _group_leaders(tasks: list[Task], groups: list[_GroupBuilder]) -> list[Task]:
    """The tasks of a table grouped by the leader in charge (一、陈东市长负责事项（共3项）): a row with no leaders
    cell of its own has its group's leader."""
    leaders = {g.number: m["who"] for g in groups if (m := P.GROUP_LEADER.match(fold(g.title).strip()))}
    if not leaders:
        return tasks
    return [replace(t, leaders=(leaders[t.group],)) if not t.leaders and t.group in leaders else t for t in tasks]


# P.PEOPLE_LIST_TITLE's forms all end the line in one of these (名单, 名册, 通讯录): a line ending otherwise is
# not searched, the pattern being tried at each of its places (tests/test_patterns.py keeps them so).
_PEOPLE_LIST_ENDS = ("单", "册", "录")


def _people_list_title(stripped: str) -> bool:
    """领导小组成员名单, 通讯录: the title of a list of people (P.PEOPLE_LIST_TITLE)."""
    return stripped.endswith(_PEOPLE_LIST_ENDS) and P.PEOPLE_LIST_TITLE.search(stripped) is not None


def _may_be_title(folded: str) -> bool:
    return _NOT_IN_TITLE.search(folded) is None


def _signs(rows: list[SourceLine], n: int) -> bool:
    """An issuer's name alone on its line with a date alone on the next, or that date."""
    here = rows[n].folded.strip()
    if _signed_date(here):
        return n > 0 and _org_name(rows[n - 1].folded.strip())
    return _org_name(here) and n + 1 < len(rows) and _signed_date(rows[n + 1].folded.strip())


# Cheap tests before the patterns, asked of every row of a table: P.SIGNED_DATE's date ends in 日, and
# P.ORG_NAME's name is at most 30 characters and an ending of three (tests/test_patterns.py keeps them so).
_ORG_NAME_LONGEST = 33


def _signed_date(stripped: str) -> bool:
    """2024年1月20日 or 二〇二四年一月二十日 alone on its line (P.SIGNED_DATE)."""
    return stripped.endswith("日") and P.SIGNED_DATE.match(stripped) is not None


def _org_name(stripped: str) -> bool:
    """An issuer's name alone on its line (P.ORG_NAME)."""
    return len(stripped) <= _ORG_NAME_LONGEST and P.ORG_NAME.match(stripped) is not None


def _merged_task_column(columns: tuple[str, ...], rows: list[SourceLine]) -> tuple[str, ...]:
    """Two task columns (目标任务, 具体举措) where the first is left empty in some rows that fill the
    second: the first was merged down its group's rows, so it names the group (a category column)."""
    at = _group_column(columns)
    if at is None or columns[at] != "task":
        return columns
    for row in rows:
        if "\t" not in row.text:
            continue
        cells = row.text.split("\t")
        if len(cells) == len(columns) and not cells[at].strip() and cells[at + 1].strip():
            return (*columns[:at], "category", *columns[at + 1 :])
        if (
            len(cells) > at + 1 and P.PART.match(fold(cells[at].strip())) and P.ITEM.match(fold(cells[at + 1].strip()))
        ):  # 一、做好… | 1.推进…: the first names the group, the second is the numbered task
            return (*columns[:at], "category", *columns[at + 1 :])
    if _labels_its_content(columns, rows, at):
        return (*columns[:at], "category", *columns[at + 1 :])
    return columns


_LABEL_CELL_MAX = 6  # 政策解读, 回应关切: a short name for the row's work, no sentence in it


def _labels_its_content(columns: tuple[str, ...], rows: list[SourceLine], at: int) -> bool:
    """Two task columns (重点任务 | 工作内容) whose first cell is, in every row, a short name with no
    punctuation and whose second holds the work in sentences: the first labels the row's content (a
    category), and the content is the task."""
    full = [cells for row in rows if "\t" in row.text and len(cells := row.text.split("\t")) == len(columns)]
    if len(full) < 2:
        return False
    for cells in full:
        label, content = cells[at].strip(), cells[at + 1].strip()
        if not 0 < len(label) <= _LABEL_CELL_MAX or not label.isalpha() or len(content) <= 2 * len(label):
            return False
    return True


def _unnamed_number_column(columns: tuple[str, ...], rows: list[SourceLine]) -> tuple[str, ...]:
    """Two task columns (工作任务, 具体要求) whose rows hold one cell more than the header names, a bare
    number between the two: the header left the 序号 column unnamed, so the first task column names the
    row's group (a category column) and the number cell is the row's 序号."""
    at = _group_column(columns)
    if at is None or "number" in columns or at + 1 >= len(columns) or columns[at + 1] != "task":
        return columns
    numbered = 0
    for row in rows:
        if "\t" not in row.text:
            continue
        cells = row.text.split("\t")
        if len(cells) != len(columns) + 1:
            continue
        if not cells[at + 1].strip().isdigit():
            return columns
        numbered += 1
    if numbered < 2:
        return columns
    return (*columns[:at], "category", "number", *columns[at + 1 :])


def heads_first_group(part: Match, rows: Sequence[SourceLine]) -> bool:
    """Whether a part heading right above a table's header (一、经济发展类) is the table's first group: the
    table's rows go on to the next group by number (二、社会事业类), with rows or a header of its own under it."""
    number = cn_to_int(part["num"])
    for at, line in enumerate(rows):
        if "\t" in line.text or "|" in line.folded:
            continue
        if (later := P.PART.match(line.folded)) is not None:
            nxt = next((ln for ln in rows[at + 1 :] if ln.folded.strip()), None)
            under = nxt is not None and ("\t" in nxt.text or "|" in nxt.folded or header_columns(nxt) is not None)
            return cn_to_int(later["num"]) == number + 1 and under
    return False


def _add_group(groups: list[_GroupBuilder], part: Match, text: str, line: int) -> bool:
    """A group heading (一、…); False when it repeats the current group's number (a variant title is kept)."""
    return _add_numbered_group(groups, cn_to_int(part["num"]), text[part.start("rest") :].strip(), line)


def _add_numbered_group(groups: list[_GroupBuilder], number: int, title: str, line: int) -> bool:
    if groups and groups[-1].number == number:
        if title != groups[-1].title and title not in groups[-1].variants:
            groups[-1].variants.append(title)
        return False
    groups.append(_GroupBuilder(number, title, line))
    return True


def _header_cells(line: SourceLine) -> list[str] | None:
    """A header row's cells in place, empty ones kept (tabs or pipes; None for a row of spaces)."""
    if "\t" in line.text:
        cells = line.text.split("\t")
    elif _pipe_row(line.folded):
        cells = line.folded.strip().strip("|").split("|")
    else:
        return None
    return ["".join(fold(c).split()).strip(_RESIDUE) for c in cells]


def _under_spanning_cell(top: SourceLine, bottom: SourceLine) -> list[str] | None:
    """A two-row header in cells (tabs or pipes) whose second row names units columns under a first-row
    cell that spans them, its next cells left empty (责任分工 and an empty cell over 牵头单位 | 配合单位),
    every other second-row cell empty (序号, 主要任务, 完成时限 written in the first row only; a scrape
    that trims a row's leading empty cells leaves the names alone): the header's names, the second row's
    in place of the spanning cell. None where the rows do not line up so (each name then read as before)."""
    tops, bottoms = _header_cells(top), _header_cells(bottom)
    if tops is None or bottoms is None:
        return None
    while bottoms and not bottoms[-1]:
        bottoms.pop()  # (the empty cells at a row's end)
    # 参与, 协同, 协办 under the spanning cell: the partners column they are short for (never in a first line)
    bottoms = [P.SUB_PARTNER_COLUMNS.get(cell, cell) for cell in bottoms]
    placed = [i for i, cell in enumerate(bottoms) if cell]
    if len(placed) < 2 or placed != list(range(placed[0], placed[-1] + 1)):
        return None  # the names under a spanning cell stand side by side
    if any(P.COLUMN_ROLES.get(bottoms[i]) not in ("lead", "partners", "departments", "leaders") for i in placed):
        return None  # units columns (牵头单位, 配合单位, 责任领导) under the spanning cell
    width = len(placed)
    spans = [
        i
        for i, cell in enumerate(tops)
        if cell
        and P.COLUMN_ROLES.get(cell) in (None, "departments")  # a name no column has (责任分工), or 责任单位
        and tops[i + 1 : i + width] == [""] * (width - 1)
        and (i + width == len(tops) or tops[i + width])
        and (placed[0] == 0 or placed[0] == i)  # where the row kept its leading cells, right under it
    ]
    if len(spans) != 1 or any(not cell for cell in tops[: spans[0]]):
        return None
    at = spans[0]
    return [*tops[:at], *(bottoms[i] for i in placed), *(cell for cell in tops[at + width :] if cell)]


def _under_spanning_name(
    columns: tuple[str, ...], names: list[str], lower: list[str]
) -> tuple[tuple[str, ...], list[str]] | None:
    """A two-row header: the second row names the columns under one first-row name that spans them
    (责任单位 over 牵头单位 | 配合单位). The spanning name is the first of the units columns (else a
    name that is no column's); None when the second row is not column names."""
    lower = [P.SUB_PARTNER_COLUMNS.get(name, name) for name in lower]  # (参与 under 责任单位: 参与单位)
    roles = [P.COLUMN_ROLES.get(name) for name in lower]
    if not lower or None in roles or len(names) != len(columns):
        return None
    # (a 责任单位 cell of the first row spans them before a group name does)
    spanning = next((i for i, c in enumerate(columns) if c == "departments"), None)
    if spanning is None:
        spanning = next((i for i, name in enumerate(names) if name in P.UNIT_GROUP_COLUMNS), None)
    if spanning is None:
        spanning = next((i for i, c in enumerate(columns) if c == "other"), None)
    if spanning is None:
        return None
    return (
        (*columns[:spanning], *(r for r in roles if r), *columns[spanning + 1 :]),
        [*names[:spanning], *lower, *names[spanning + 1 :]],
    )


def _category(line: SourceLine, cells: list[_Cell], columns: tuple[str, ...]) -> str | None:
    """The category cell's text in a row whose cells line up with the columns (a tab or pipe row)."""
    if "category" not in columns or "\t" not in line.text or len(cells) > len(columns):
        return None
    if (
        len(cells) < len(columns)
        and not (  # cells missing at the row's end (a scrape drops empty last cells)
            len(cells) == len(columns) - 1 and columns[-1] == "due" and not P.DUE_CELL.search(fold(cells[-1].text))
        )
        and not _group_cell_kept([c.folded for c in cells], columns, columns.index("category"))
    ):
        return None
    text = cells[columns.index("category")].text
    return None if not text or _same_as_above(text) else text  # 同上: the group above


def _starts_row_or_heading(line: SourceLine, columns: tuple[str, ...]) -> bool:
    if "\t" in line.text and columns[0] != "number":  # a row of cells in a table with no 序号 column
        return True
    folded = fold(line.text.lstrip()) if "\t" in line.text else line.folded  # from the first cell with text
    if columns[0] == "number" and (_NUMBER_FIRST.match(folded) or _OTHER_NUMBER_FIRST.match(folded)):
        return True
    if "\t" in line.text and _CATEGORY_FIRST.match(folded):
        return True  # 二<tab>卫生类<tab><tab>: a category row, its cells after the name left empty
    return bool(
        P.ITEM.match(folded)
        or P.CLAUSE.match(folded)
        or P.PART.match(folded)
        or P.NOTES_START.match(folded)
        or P.ANNEX_LINK.match(folded)
        or P.ANNEX_START.match(folded)  # 附件2: the next annex, and its own table
        or header_columns(line) is not None
        or _unread_header(line)  # the header of a table that is no task table (a contact list)
    )


_NUMBER_FIRST = compile_regex(r"\d{1,4}\s*[.、]?(?:\s|$)")  # a row that starts with its 序号 cell
# 一  大气污染防治   (一)<tab>…   (1)<tab>…   ①<tab>…: a row whose 序号 cell is in other figures than Arabic
_OTHER_NUMBER_FIRST = compile_regex(
    r"(?:[一二三四五六七八九十]{1,3}\s*[.、]?|[(〔]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})\s*[)〕]|[\u2460-\u2487])(?:\s|$)"
)
_CATEGORY_FIRST = compile_regex(
    r"[一二三四五六七八九十]{1,3}\s*[.、]?\s"
)  # 二<tab>卫生类: a category row's numeral cell


def _merge_wrapped_rows(rows: list[SourceLine], columns: tuple[str, ...]) -> list[SourceLine]:
    """Join a row's cell text that the scrape wrapped onto the next line back onto its row.

    A wrap inside a sentence joins without a gap; after 。 or ； the next line
    may be the next cell, so a gap is kept and the task column absorbs any extra.
    Pieces are gathered and joined once per row, so a long wrap costs its length.
    """
    out: list[list[SourceLine]] = []  # each row: its first line and the lines wrapped after it
    opens_row: list[bool] = []  # whether each row's first line starts a row (or a heading)
    in_notes = False
    for n, line in enumerate(rows):
        in_notes = in_notes or bool(_notes_start(line.folded, islice(rows, n + 1, None)))
        # 续表 after a page break: no cell text
        if not in_notes and "续" in line.folded and _CONTINUED.fullmatch(line.folded.strip()):
            out.append([line])
            opens_row.append(False)
            continue
        if not in_notes and out and len(out[-1]) == 1 and _row_under_merged_number(out[-1][0], line, columns):
            out.append([line])  # a sub-row under the merged 序号 cell of the row above
            opens_row.append(True)
            continue
        if not in_notes and out and len(out[-1]) == 1 and (joined := _row_goes_on(out[-1][0], line, columns)):
            out[-1][0] = joined  # a row the page wrapped cell by cell onto a row with no 序号
            continue
        if not in_notes and out and len(out[-1]) == 1 and (joined := _open_cell_goes_on(out[-1][0], line, columns)):
            out[-1][0] = joined  # the one open cell of the row above goes on alone on this line
            continue
        starts = _starts_row_or_heading(line, columns)
        if (
            not starts
            and not in_notes
            and out
            and len(out[-1]) == 1
            and (
                wrapped := _task_cell_wraps(out[-1][0], line, columns)
                or _cells_wrap(out[-1][0], line, columns)
                or (line.number == rows[n - 1].number + 1 and _task_text_goes_on(out[-1][0], line, columns))
            )
        ):
            out[-1][0] = wrapped  # the task cell of a row whose cells are all on its line goes on on this one
            continue
        if starts and not in_notes and out and _task_cell_starts_above(out[-1], opens_row[-1], line):
            out[-1].append(line)  # the row's task cell began on the line above, cut inside its sentence
            opens_row[-1] = True
            continue
        if (
            in_notes
            or not out
            or (n == 0 and _is_subheader(line))
            or starts
            or not opens_row[-1]
            or P.PART.match(out[-1][0].folded)
            or P.ANNEX_START.fullmatch(out[-1][0].folded.strip())  # 附件2 alone: its title is no cell of it
            or (len(out[-1]) == 1 and _ends_in_deadline(out[-1][0], columns))
            or _page_furniture(line)
            or _trailer(line, columns)  # 某局办公室  2025年2月26日印发 after the last row: never its cell
            or P.SIGNED_DATE.match(line.folded.strip())
            or (n + 1 < len(rows) and P.SIGNED_DATE.match(rows[n + 1].folded.strip()))
        ):
            out.append([line])
            opens_row.append(starts)
            continue
        out[-1].append(line)
    return [_joined_row(pieces, columns) for pieces in out]


def _open_cell_goes_on(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A tabbed row with a cell for each column, then a line with no tab holding one more piece of one of its
    cells, the cells before it left empty (their tabs lost with the line's start): the one units cell ending in
    、 takes units' names (区自然资源局、 / 区交通运输局), or a deadline cell holding its year alone takes the month
    (2025年 / 6月底前). The row with the piece put back at the end of that cell, or None: a line that could go
    on with two cells, or with none."""
    if "\t" not in row.text or "\t" in line.text or _page_furniture(line) or _trailer(line, columns):
        return None
    cells = _cells(row)
    if len(cells) != len(columns):
        return None
    rest = line.folded.strip()
    units = [c for c, r in zip(cells, columns, strict=True) if r in _UNIT_COLUMNS and c.folded.rstrip().endswith("、")]
    dues = [c for c, r in zip(cells, columns, strict=True) if r == "due" and P.YEAR_ALONE_CELL.match(c.folded.strip())]
    if len(units) + len(dues) != 1:
        return None
    if units:
        names = split_units(rest)
        if not names or not all(_unit_like(name) for name in names) or P.DUE_CELL.search(rest):
            return None
        at = units[0].end
    else:
        if not P.MONTH_DUE_PIECE.match(rest):
            return None
        at = dues[0].end
    text = line.text.strip(" \t\u3000")
    return SourceLine(row.number, row.text[:at] + text + row.text[at:], row.folded[:at] + rest + row.folded[at:])


def _row_under_merged_number(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> bool:
    """A full row whose 序号 cell (and the cells merged with it) is empty, under a full row: a sub-row of the
    row above (a project of two units, one row each under one merged 序号 and 项目 cell), never text the page
    wrapped: its task cell and its units cell are filled and every column has its cell."""
    if columns[0] != "number" or not line.text.startswith("\t") or "\t" not in row.text:
        return False
    cells, above = _cells(line), _cells(row)
    if len(cells) != len(columns) or len(above) != len(columns) or cells[0].text:
        return False
    task = len(columns) - 1 - columns[::-1].index("task")
    units = [c for c, r in zip(cells, columns, strict=True) if r in _UNIT_COLUMNS]
    return bool(cells[task].text) and bool(units) and all(_unit_like(c.folded) for c in units)


def _row_goes_on(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A tabbed row (a pipe row) with no 序号 of its own that goes on with the cells of the numbered row
    above, the page having wrapped that row cell by cell: the row's task cell stops inside its phrase
    (…，推进 / 部门业务系统迁移上云), and each other piece goes on with an open cell, a units cell ending in 、
    (市财政局、 / 市网信办) or a deadline cell whose piece is no date of its own (2025年10月 / 底前); at least
    one such piece. The row with each piece put back after its cell, or None. A tabbed line whose first piece
    is no 序号 lost its empty 序号 cell with the line's leading tab: the cell is put back."""
    if columns[0] != "number" or "task" not in columns or "\t" not in row.text or "\t" not in line.text:
        return None
    if not line.text.startswith("\t"):
        if P.NUMBER_CELL.match(line.folded.split("\t", 1)[0]):
            return None
        line = SourceLine(line.number, "\t" + line.text, "\t" + line.folded)
    cells, pieces = _cells(row), _cells(line)
    if len(pieces) > len(columns) or len(cells) != len(columns) or not P.NUMBER_CELL.match(cells[0].folded):
        return None
    task = columns.index("task")
    if pieces[0].text or not cells[task].text or cells[task].folded[-1:] in "。;:!?)":
        return None
    if task >= len(pieces) or not pieces[task].text:
        return None
    open_cells = 0
    for role, cell, piece in zip(columns, cells, pieces, strict=False):
        if not piece.text or role == "task":
            continue
        units_go_on = role in _UNIT_COLUMNS and cell.folded.endswith("、") and _unit_like(piece.folded)
        due_goes_on = role == "due" and bool(cell.text) and len(piece.folded) <= 4
        if not (units_go_on or (due_goes_on and not any(ch.isdigit() for ch in piece.folded))):
            return None
        open_cells += 1
    if not open_cells:
        return None
    text = "\t".join(c.text + (pieces[i].text if i < len(pieces) else "") for i, c in enumerate(cells))
    return SourceLine(row.number, text, fold(text))


def _task_cell_wraps(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A row whose cells spaces separate, one cell for each column, its task cell stopping inside a sentence,
    then a line of one piece of text ending a sentence: the page wrapped the task cell in its column (fixed-
    width text) and the line goes on with it (围绕…开展 / 精准招商，…20个。). The row with the text put back
    into its task cell, or None."""
    if "task" not in columns or "\t" in row.text or "\t" in line.text:
        return None
    rest = line.folded.strip()
    if rest[-1:] != "。" or "  " not in row.folded or P.CELL_GAP.search(rest) or _page_furniture(line):
        return None  # (a fixed-width row pads its cells with runs of spaces)
    cells = _cells(row)
    if len(cells) != len(columns):
        return None
    task = cells[columns.index("task")]
    if task.folded[-1:] in "。;!?)" or len(rest) > len(task.text) + 2:
        return None  # no wider than the column it wraps in
    if P.SENTENCE_OPENER.match(rest) or P.CLOSING.search(rest):
        return None  # a sentence of its own after the table (请各部门…。)
    if not task.text:
        return None
    text, folded = line.text.strip(), rest
    return SourceLine(
        row.number,
        row.text[: task.end] + text + row.text[task.end :],
        row.folded[: task.end] + folded + row.folded[task.end :],
    )


def _task_text_goes_on(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A row with a cell for each column (tabs, bars or runs of spaces between them), its task cell stopping
    inside its sentence, then (on the next line, no blank line between) a line holding one piece of text and
    nothing in the row's other cells: the page
    wrapped the task cell (推进建筑垃圾资源化利用，建成 / 资源化利用厂1座; 开展…综合治理， / ⇥重点整治…⇥⇥⇥). The
    row with the text put back at the end of its task cell, or None: a line that is a deadline, units, a
    sentence after the table (请各单位…, 本表…), or a full sentence under a cell that ends its own."""
    if "task" not in columns or _page_furniture(line) or _trailer(line, columns):
        return None
    cells, task = _cells(row), columns.index("task")
    if len(cells) != len(columns) or not cells[0].text or not cells[task].text:
        return None
    if "\t" in line.text:
        pieces = _cells(line)
        if task >= len(pieces) or any(p.text for i, p in enumerate(pieces) if i != task):
            return None
        rest = pieces[task].folded.strip()
    else:
        rest = line.folded.strip()
    end = cells[task].folded.rstrip()[-1:]
    if not rest or P.CELL_GAP.search(rest) or end in "。;!?)" or (rest[-1:] == "。" and end not in ",、"):
        return None
    if rest[:1] in "[【" or _unit_like(rest) or P.DUE_CELL.search(rest) or P.SENTENCE_OPENER.match(rest):
        return None  # (【我要纠错】: a page's tool left after the table)
    if P.CLOSING.search(rest):
        return None
    at = cells[task].end
    text, folded = line.text.strip(" \t\u3000"), rest
    return SourceLine(row.number, row.text[:at] + text + row.text[at:], row.folded[:at] + folded + row.folded[at:])


def _cells_wrap(row: SourceLine, line: SourceLine, columns: tuple[str, ...]) -> SourceLine | None:
    """A row whose cells spaces separate, one cell for each column, then an indented line going on with
    several of its cells (fixed-width text): the task cell stopping inside a sentence takes the line's
    first piece, and each units cell ending in 、 the next unit (完成…3万亩， / 同步实施…配套。 under it, 县财政局、
    / 县水利局 under it). The row with the pieces put back into their cells, or None where a piece has no
    cell to go on in."""
    if "task" not in columns or "\t" in row.text or "\t" in line.text:
        return None
    cells = _cells(row)
    pieces, written = line.folded.split(), line.text.split()
    if len(cells) != len(columns) or len(pieces) < 2 or len(written) != len(pieces) or _page_furniture(line):
        return None
    task = cells[columns.index("task")]
    open_units = [c for c, r in zip(cells, columns, strict=True) if r in _UNIT_COLUMNS and c.folded.endswith("、")]
    inserts: list[tuple[int, str, str]] = []  # (where, as folded, as written)
    if not _unit_like(pieces[0]):
        if task.folded[-1:] in "。;!?)":
            return None  # the task cell ends its sentence: the piece is no part of it
        inserts.append((task.end, pieces.pop(0), written.pop(0)))
    if len(pieces) == len(open_units) and all(_unit_like(piece) for piece in pieces):
        inserts.extend(
            (cell.end, piece, as_written) for cell, piece, as_written in zip(open_units, pieces, written, strict=True)
        )
    elif (aligned := _pieces_under_cells(row, line, cells, columns)) is not None:
        inserts = aligned  # (a fixed-width row: each piece under the cell it goes on with)
    else:
        return None
    text, folded = row.text, row.folded
    for at, piece, as_written in sorted(inserts, reverse=True):
        text, folded = text[:at] + as_written + text[at:], folded[:at] + piece + folded[at:]
    return SourceLine(row.number, text, folded)


def _pieces_under_cells(
    row: SourceLine, line: SourceLine, cells: list[_Cell], columns: tuple[str, ...]
) -> list[tuple[int, str, str]] | None:
    """The pieces of a line going on with a row set in a fixed-width font, its first the task's text, each under
    the row's cell that starts nearest above it (a wide character counting two): the task cell stopping inside
    its sentence takes its text, a leaders' cell the rest of a person's name (副县长 / 周明), and a units cell the next unit after its 、 or
    the end of a name the page cut (县发改局、河口工业园 / 管委会; 县水利局，各乡镇人民 / 政府: a name not
    ending as a unit's does, which the piece completes, and a piece with no place of its own). Where each piece
    goes (after the cell's end, as folded, as written), or None where a piece fits no such cell."""
    if not _ALIGNED_GAP.search(row.text):
        return None
    runs: list[list[int]] = []  # [start, end] of the line's pieces: runs of text a single space may split (龚 越)
    end = 0
    for token in line.tokens:
        start = line.folded.find(token, end)
        end = start + len(token)
        if runs and start - runs[-1][1] == 1:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    if not runs or _unit_like(line.folded[runs[0][0] : runs[0][1]]):
        return None
    starts = [_width(row.text[: c.start]) for c in cells]
    # (the line is trimmed: its first piece, the task's text, stands under the task cell, and the others as far
    # from it as they are printed)
    shift = starts[columns.index("task")]
    out: list[tuple[int, str, str]] = []
    taken: set[int] = set()
    for start, end in runs:
        at = shift + _width(line.text[:start])
        k = min(range(len(cells)), key=lambda n: abs(starts[n] - at))
        piece, as_written, cell, role = line.folded[start:end], line.text[start:end], cells[k], columns[k]
        if abs(starts[k] - at) > 4 or k in taken or not cell.text:
            return None
        taken.add(k)
        if role == "task":
            if cell.folded[-1:] in "。;!?)" or _unit_like(piece):
                return None
        elif role in _UNIT_COLUMNS:
            last = cell.folded
            for mark in "、,;":
                last = last.rsplit(mark, 1)[-1]
            if cell.folded.endswith("、"):
                if not _unit_like(piece):
                    return None
            elif not (
                len(piece) <= 6
                and piece[:1] not in "省市州县区镇乡各"
                and not _unit_like(last)
                and _unit_like(last + piece)
            ) and not _cut_name_completed(last, piece):
                return None
        elif role != "leaders" or not _person_like(piece):
            return None
        else:  # 龚 越: a name padded to its cell's width, its space no gap between cells
            piece, as_written = "".join(piece.split()), "".join(as_written.split())
        out.append((cell.end, piece, as_written))
    return out or None


def _cut_name_dropped(task: Task, row: str, under: str, number: int, warnings: list[Warning]) -> Task:
    """A fixed-width row's unit whose name the page cut (市发展 over 改革委、市财政局 on a line not read): a start
    with no unit's ending that the first name of the unread line's piece under the units cell completes is no
    unit; it is dropped from the task, with a warning (never printed as a unit). Only where surely cut: a known
    short form (县电信, 县农商行) is whole, and the task text's piece of the line is never asked."""
    starts = [u for u in task.departments if not _unit_like(fold(u)) and not _short_unit(u)]
    if not starts:
        return task
    pieces = _pieces_under(row, under, starts)
    # (a name opening with a level, 县商务局, is a unit of its own: no end of the one above)
    firsts = [names[0] for piece in pieces if (names := split_units(piece)) and names[0][:1] not in "省市州县区镇乡各"]
    cut = [u for u in starts if any(_unit_like(fold(u) + first) for first in firsts)]
    if not cut:
        return task
    message = f"task {task.id}: a unit's name the page cut and the line under it not read ({cut[0]}…): no unit"
    warnings.append(Warning("unit-name-cut", number, message))
    return replace(
        task,
        departments=tuple(u for u in task.departments if u not in cut),
        lead=tuple(u for u in task.lead if u not in cut),
        partners=tuple(u for u in task.partners if u not in cut),
    )


def _pieces_under(row: str, under: str, names: list[str]) -> list[str]:
    """The pieces of a fixed-width line (under) that start right under the cell of the row holding one of names
    (by display width, two columns either way; the trimmed line read from the margin or from
    the task column): the units cell's piece, never the task text's."""

    def fields(text: str) -> list[tuple[int, str]]:
        return [(_width(text[: m.start()]), m.group()) for m in _CELL_TEXT.finditer(text)]

    row_fields = fields(row)
    cells = [col for col, field in row_fields if any(n in fold(field) for n in names)]
    # (the line is kept trimmed: written from the task column, under the row's second cell, or from the margin)
    indents = {0, row_fields[1][0]} if len(row_fields) > 1 else {0}
    return [
        fold(field)
        for col, field in fields(under)
        if any(abs(col + indent - at) <= 2 for at in cells for indent in indents)
    ]


def _short_unit(name: str) -> bool:
    """A company or bank named by its short form after a level (县移动, 县电信, 县农商行, 市邮政): a whole unit."""
    folded = fold(name).strip()
    return len(folded) > 1 and folded[0] in "省市州县区镇乡" and folded[1:] in P.SHORT_UNIT_FORMS


def _cut_name_completed(last: str, piece: str) -> bool:
    """Whether a piece under a units cell of a fixed-width row surely completes the cell's last name, which the
    page cut: a short start that is no unit's name (市发展 / 改革委, 市自 / 然资源和规划局, 各县 / （市、区）人民政府)
    completed by the piece's first name, the piece's other names whole units (改革委、市财政局); a piece opening
    with a bracket, which no unit's name does, after any start (各乡 / （镇）人民政府); or a company's
    legal form alone under a company's name (苇湾港务集团 / 有限公司, P.CUT_NAME_TAILS)."""
    names = split_units(piece)
    if not names or not piece.startswith(names[0]) or not all(map(_unit_like, names[1:])):
        return False
    head = names[0]
    if piece[:1] == "(":  # (a bracket opens no unit's name: 各乡 / (镇)人民政府)
        return _unit_like(last + head)
    bare_ending = len(head) <= 3 and _unit_like(head) and head[:1] not in "省市州县区镇乡各"  # 公司, 分公司, 管理局
    if head.startswith(P.SHORT_UNIT_FORMS) or bundled_name(head) or (_short_unit(last) and not bare_ending):
        # 县移动 over 联通公司负责: a whole unit by its short name, a piece opening a unit of its own; not sure, not
        # glued (县移动 over 公司、县电信公司: the bare ending completes it)
        return False
    if _unit_like(last):
        return piece in P.CUT_NAME_TAILS and last.endswith("集团")
    if len(last) > 4 or piece[:1] in "省市州县区镇乡各":
        return False
    return _unit_like(last + head)


def _task_cell_starts_above(row: list[SourceLine], opens: bool, line: SourceLine) -> bool:
    """A tabbed row whose task cell the scrape began on the line above: that line holds no tab and starts
    no row, stops inside a sentence, and this row's first cell ends the sentence (…完成年度耕地 /
    进出平衡任务。<tab>units<tab>due)."""
    above = row[0]
    if len(row) != 1 or opens or "\t" in above.text or "\t" not in line.text or line.text.startswith("\t"):
        return False
    end = above.folded.rstrip()[-1:]
    if not end or end in "。;:!?)" or P.PART.match(above.folded) or P.CLAUSE.match(above.folded):
        return False
    first = fold(line.text.split("\t", 1)[0]).strip()
    return first[-1:] in "。;" and not P.ITEM.match(first) and len(first) < len(above.folded.strip())


def _ends_in_deadline(line: SourceLine, columns: tuple[str, ...]) -> bool:
    """A row complete on its line: every column has a cell and the last, the deadline, reads as one;
    the line after it (a closing sentence, a validity period, page text) is no part of it."""
    if columns[-1] != "due":
        return False
    cells = _cells(line)
    if len(cells) < len(columns) or not cells[-1].text:
        return False
    last = cells[-1].folded
    return len(last) <= 30 and "。" not in last and P.DUE_CELL.search(last) is not None


def _release_note(folded: str) -> bool:
    """(此件公开发布) / (此件主动公开): how the notice is released, a line of its own after its text."""
    return folded.startswith("(此件") and P.TRAILER.search(folded) is not None


def _trailer(line: SourceLine, columns: tuple[str, ...]) -> bool:
    """The notice's distribution line after its table: 抄送：…, (此件公开发布), or an office and the date it
    printed the notice (…办公室  2024年1月20日印发); a row whose deadline cell ends in 印发 is no such line."""
    folded = line.folded.strip()
    if _release_note(folded):
        return True
    if not (folded.startswith("抄") or folded.endswith("印发")) or not P.TRAILER.search(folded):
        return False
    return folded.startswith("抄") or (
        P.ANY_DATE.search(folded) is not None and not _starts_row_or_heading(line, columns)
    )


def _page_furniture(line: SourceLine) -> bool:
    """Page text after a table: a footer, a page field (发布时间：…, 来源：…, 责任编辑：…), the page's links
    (相关链接：), a page time stamp or who filled in the form (填报人：…)."""
    folded = line.folded.strip()
    # (cheap tests first, each what its pattern needs: a page field's label has a colon after it or a
    # bracket before it, and a contact note closes with its bracket; tests/test_patterns.py keeps them so)
    return bool(
        P.FOOTER.search(folded)
        or ((":" in folded or folded[:1] in "〔[") and P.PAGE_FIELD_LABEL.match(folded))
        or (":" in folded and P.FORM_FOOTER.match(folded))
        or (folded.startswith("相") and P.RELATED_LINKS.match(folded))
        or _DATE_STAMP.match(folded)
        or (folded.endswith(")") and P.CONTACT_NOTE.match(folded))
    )


# a table's title repeated over its header after a page break (folded): 某县2025年整治工作任务分解表   某市问题清单
_REPEATED_TITLE = compile_regex(r"[^\s()。,;:、]{4,40}?(?:分解表|清单|一览表|任务表|台账|计划表|推进表)")
# a table's rows going on after a page break: (续表)   续表   续上表   (续表1)   某市问题整改清单(续)
_CONTINUED = compile_regex(
    r"\(?续上?表\s*\d{0,2}\)?|[^\s()。,;:]{2,40}?(?:清单|表|台账|计划|方案)\s*\(续(?:上?表)?\s*\d{0,2}\)"
)
_DATE_STAMP = compile_regex(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")  # 2025-03-05 10:30


# Patterns tried on every row, each opening with a character of its own: a row opening otherwise is not
# tried (tests/test_patterns.py checks each pattern opens so).


def _annex_start(folded: str) -> bool:
    """附件2 alone on its line (P.ANNEX_START)."""
    return folded.startswith("附") and P.ANNEX_START.match(folded) is not None


def _annex_link(folded: str) -> bool:
    """附件1：… naming an annex to open, a link of the page (P.ANNEX_LINK)."""
    return folded.startswith("附") and P.ANNEX_LINK.match(folded) is not None


def _notes_start(folded: str, later: Iterable[SourceLine] = ()) -> Match | None:
    """注：… opening the notes under a table (P.NOTES_START); 说明：/备注： only after the table's last row (later:
    the lines after it; one opening with a row's number makes it a row's remark, never notes swallowing the rows).
    (later is read only for a line opening with 说明 or 备注: callers pass an iterator, never a copy of the rest.)"""
    if folded.startswith("注"):
        return P.NOTES_START.match(folded)
    if not folded.startswith(("说明", "备注")):
        return None
    if any(P.NUMBER_CELL.match(line.folded.split(maxsplit=1)[0]) for line in later if line.folded.strip()):
        return None
    return P.NOTES_START.match(folded)


def _joined_row(pieces: list[SourceLine], columns: tuple[str, ...] = ()) -> SourceLine:
    first = pieces[0]
    if len(pieces) == 1:
        return first
    texts, folded = [first.text], [first.folded]
    for previous, line in pairwise(pieces):
        before = "".join(texts)
        if _units_cell_broken(before, line, columns):
            gap = "、"  # 县财政局 / 县卫生健康局: a units cell the page broke over two lines
        elif "\t" in line.text and before.count("\t") + line.text.count("\t") + 2 == len(columns):
            gap = "\t"  # 7 整理材料 / 办公室 12月10日前: the row's next cells on a line of their own, its tab lost
        elif _next_units_cell(before, line, columns):
            gap = " "  # 县财政局 / 县税务局 / 县直有关部门、各乡镇: the list on its own line is the next cell
        elif _deadline_cell_alone(before, line, columns):
            gap = " "  # …开展联合执法检查 / 2025年11月底前: the row's deadline cell on a line of its own
        else:
            gap = " " if previous.folded.rstrip()[-1:] in "。;；" else ""
        texts += [gap, line.text]
        folded += [gap, line.folded]
    return SourceLine(first.number, "".join(texts), "".join(folded))


def _deadline_cell_alone(before: str, line: SourceLine, columns: tuple[str, ...]) -> bool:
    """Whether, in a row whose cells spaces separate and whose last column is the deadline, the next line
    holds a deadline alone (2025年11月底前, no sentence): the page wrapped the deadline cell onto a line of
    its own, so it is the row's next cell, not more of its task text."""
    if not columns or columns[-1] != "due" or "\t" in before or "\t" in line.text:
        return False
    rest = line.folded.strip()
    return (
        0 < len(rest) <= 16
        and " " not in rest
        and not any(mark in rest for mark in "。,;:")
        and P.DUE_CELL.search(rest) is not None
    )


def _units_cell_broken(before: str, line: SourceLine, columns: tuple[str, ...]) -> bool:
    """Whether the row so far ends inside a units cell (its last cell is a unit's name in a units column)
    and the next line goes on with another unit: the two are one cell's list, never one glued name."""
    pieces = line.text.split("\t", 1)[0].split() if "\t" in line.text else line.folded.split()
    first = fold(pieces[0]) if pieces else ""
    if not _unit_like(first):
        return False
    if "\t" in before:
        cells = before.split("\t")
        at = len(cells) - 1
        return at < len(columns) and columns[at] in _UNIT_COLUMNS and _unit_like(fold(cells[-1]))
    tokens = fold(before).split()
    task = columns.index("task") if "task" in columns else 0
    return len(tokens) > task + 1 and _unit_like(tokens[-1]) and any(c in _UNIT_COLUMNS for c in columns)


def _next_units_cell(before: str, line: SourceLine, columns: tuple[str, ...]) -> bool:
    """Whether, in a row whose cells spaces separate, the row so far ends with a unit's name and the next
    line starts with a list of units (县直有关部门、各乡镇人民政府): in a table of two units columns
    that list is the next column's cell, not more of the unit before it."""
    if "\t" in line.text or "\t" in before or sum(c in _UNIT_COLUMNS for c in columns) < 2:
        return False
    tokens = line.folded.split()
    if not tokens or not any(sep in tokens[0] for sep in P.UNIT_SEPARATORS):
        return False
    first = regex.split(r"[、,;]", tokens[0], maxsplit=1)[0]
    last = fold(before).split()
    return bool(last) and _unit_like(last[-1]) and _unit_like(first)


def _numbered_group_row(line: SourceLine, columns: tuple[str, ...]) -> SourceLine:
    """A group row whose numeral is in the 序号 cell and its title in the next (一 / 公路建设, the other
    cells empty) as the heading it is (一、公路建设); any other line as it is."""
    if not columns or columns[0] != "number" or "\t" not in line.text:
        return line
    cells = [c.strip() for c in line.text.split("\t")]
    filled = [c for c in cells if c]
    if len(filled) != 2 or cells[0] != filled[0] or not all(ch in P.CN_DIGITS for ch in filled[0]):
        return line
    title = filled[1]
    if len(title) > 20 or any(ch in title for ch in "。；;，,"):
        return line
    text = f"{filled[0]}、{title}"
    return SourceLine(line.number, text, fold(text))


def _column_name(name: str) -> bool:
    return name in P.REMARK_COLUMNS or _name_roles([name])[0] is not None


def _header_cells_broken(lines: list[SourceLine], at: int) -> tuple[SourceLine, int] | None:
    """A tabbed header row whose names the page broke inside their cells, each line going on with the rest
    of the cell it stopped in and the cells after it (序号<tab>重点任务<tab>责任 / 单位<tab>完成 / 时限): the
    header with each broken name joined (责任单位, 完成时限), and how many lines went on; None where a piece
    is no column's name once joined, the piece and the one before it are names alone, or the last name stays
    broken."""
    top = lines[at]
    if "\t" not in top.text:
        return None
    text = top.text.rstrip()
    taken = 0
    for line in lines[at + 1 : at + 7]:
        pieces = [fold("".join(piece.split())) for piece in line.text.split("\t")]
        head = fold("".join(text.rsplit("\t", 1)[-1].split()))
        if (
            not pieces[0]
            or any(ch.isdigit() for ch in line.folded)
            or (_column_name(head) and _column_name(pieces[0]))  # (牵头 / 单位: a short name going on, joined)
            or not _column_name(head + pieces[0])
            or not all(_column_name(piece) for piece in pieces[1:-1])
        ):
            break
        text += line.text.strip()
        taken += 1
    if not taken or not _column_name(fold("".join(text.rsplit("\t", 1)[-1].split()))):
        return None
    joined = SourceLine(top.number, text, fold(text))
    return (joined, taken) if header_columns(joined) is not None else None


def _wrapped_header(top: SourceLine, bottom: SourceLine) -> SourceLine | None:
    """A header row whose names the page wrapped onto a second row, cell by cell (牵头 | 配合 | 完成 over
    单位 | 单位 | 时限, tabs or spaces): the header with each name joined, when every joined name is a column's;
    None otherwise."""
    if "\t" in top.text and "\t" in bottom.text:
        tops, bottoms = top.text.split("\t"), bottom.text.split("\t")
    elif "\t" in top.text or "\t" in bottom.text or "|" in top.text or "|" in bottom.text:
        return None
    else:  # names a space apart (a page set in a fixed-width font)
        tops, bottoms = top.text.split(), bottom.text.split()
    if len(bottoms) > len(tops):
        return None
    # the scrape may have dropped the row's leading empty cells: the names stand under the last columns
    bottoms = [""] * (len(tops) - len(bottoms)) + bottoms
    joined = []
    for upper, lower in zip(tops, bottoms, strict=True):
        upper, lower = upper.strip(), lower.strip()
        if lower and (not upper or fold(upper + lower) not in P.COLUMN_ROLES):
            return None
        joined.append(upper + lower)
    if joined == [t.strip() for t in tops]:
        return None
    text = "\t".join(joined)
    return SourceLine(top.number, text, fold(text))


def _without_repeated_header(lines: list[SourceLine]) -> tuple[list[SourceLine], list[SourceLine]]:
    """The rows under a header (lines[0]) without the copies of it a page break repeated, the second row of a
    two-row header with them (序号 主要任务 责任单位 完成时限 / 牵头单位 配合单位, again after the break, whole or
    only its first row): the rows after a copy are read under the first header, as the ones before it. Also
    the copies, which are header rows."""
    first = lines[0].folded.strip()
    second = lines[1].folded.split() if len(lines) > 1 and _is_subheader(lines[1]) else None
    rows: list[SourceLine] = []
    copies: list[SourceLine] = []
    after_copy = False
    for line in lines[1:]:
        if line.folded.strip() == first and rows and _in_table(rows[-1]) and header_columns(line) is not None:
            # (after a title or an annex marker it heads a table of its own: 附件2, its title, the same header)
            if header_columns(rows[-1]) is not None:
                # a two-row header whose copy the reader kept as written (责任单位 | 责任单位 over 牵头单位 |
                # 配合单位), where the first came joined into one row: the row above is the copy's too
                copies.append(rows.pop())
            copies.append(line)
            after_copy = True
            continue
        if after_copy and second is not None and line.folded.split() == second:
            copies.append(line)
            continue
        after_copy = False
        rows.append(line)
    return rows, copies


def _in_table(line: SourceLine) -> bool:
    """A line of a table's rows: cells a tab apart, or opening with a row's number."""
    return "\t" in line.text or regex.match(r"\s*\d", line.folded) is not None


def _is_subheader(line: SourceLine) -> bool:
    """大项 小项 子项: a second header row of short labels, no numbers."""
    names = line.folded.split()
    return len(names) >= 2 and all(len(n) <= 4 and not any(ch.isdigit() for ch in n) for n in names)


def _starts_task(cell: _Cell, columns: tuple[str, ...]) -> bool:
    folded = cell.folded
    if columns[0] == "number":
        return _form_and_number(folded) is not None
    return bool(P.ITEM.match(folded))


def _numbered_category_row(
    cells: list[_Cell], columns: tuple[str, ...], following: SourceLine | None
) -> tuple[int, str, bool] | None:
    """A category row of a table with a 序号 column: its 序号 cell a number in words (一, (一)) and one cell of
    text after it that names no unit and sets no deadline, every other cell empty (一  大气污染防治,
    (一)<tab>夯实数字基础设施<tab><tab>), and the row after it numbered in other figures (1, 2…): a row
    numbered as the next one is ((一) then (二)) is a task whose cells were merged with those above. Its
    number, its title, and whether the number is in brackets."""
    if columns[0] != "number" or len(cells) < 2 or not cells[0].text or following is None:
        return None
    after = _cells(following)
    if not after or _number_form(after[0].folded) in (None, _number_form(cells[0].folded)):
        return None
    filled = [c for c in cells[1:] if c.text]
    number = P.OTHER_NUMBER_CELL.match(cells[0].folded.strip())
    if number is None or not number["cn"] or len(filled) != 1:
        return None
    title = filled[0]
    if _reads_as_units(title.folded) or _due_like(title.folded) or any(ch in title.folded for ch in "。;"):
        return None
    return cn_to_int(number["cn"]), title.text, cells[0].folded.strip()[:1] in "(〔"


def _spaced_row_numbered_in_words(cells: list[_Cell], columns: tuple[str, ...]) -> bool:
    """A spaced row whose 序号 cell is a number in words with its mark (一、  县城污水管网改造  县住建局
    2025年10月底前), never a group heading (一、大气污染防治, 一、 大气污染防治): three cells or more, a
    unit or a deadline among those after the task's."""
    return (
        columns[0] == "number"
        and len(cells) >= 3
        and _form_and_number(cells[0].folded) is not None
        and any(_reads_as_units(c.folded) or _due_like(c.folded) for c in cells[2:])
    )


def _number_form(folded: str) -> str | None:
    """How a 序号 cell writes its number (as _form_and_number gives it); None for a cell that is no number."""
    cell = _form_and_number(folded)
    return None if cell is None else cell[0]


def _form_and_number(folded: str) -> tuple[str, int] | None:
    """How a 序号 cell writes its number and the number it gives its row: ("figures", 12), ("words", 1) for
    一 or 一、, ("(words)", 1) for (一), ("(figures)", 1) for (1), ("circled", 1) for ① or ⑵; None for a cell
    that is no number."""
    if number := P.NUMBER_CELL.match(folded):
        return "figures", int(number["num"])
    other = P.OTHER_NUMBER_CELL.match(folded.strip())
    if other is None:
        return None
    bracketed = folded.strip()[:1] in "(〔"
    if other["cn"]:
        return ("(words)" if bracketed else "words"), cn_to_int(other["cn"])
    if other["num"]:
        return "(figures)", int(other["num"])
    if other["circled"]:
        return "circled", ord(other["circled"]) - 0x2460 + 1
    return "circled", ord(other["paren"]) - 0x2474 + 1


def _row_by_column(cells: list[_Cell], columns: tuple[str, ...]) -> list[str] | None:
    """A row's cells, one a column, when they fall one a column (an empty 序号 cell lost with the line's
    leading tab is put back); None when they do not."""
    texts = [c.text for c in cells]
    if len(texts) == len(columns) - 1 and columns[0] == "number" and not P.NUMBER_CELL.match(cells[0].folded):
        texts = ["", *texts]
    return texts if len(texts) == len(columns) else None


def _merged_above(
    line: SourceLine, cells: list[_Cell], columns: tuple[str, ...], above: list[_Cell] | None
) -> SourceLine | None:
    """A tabbed row whose 序号 cell and first task cells are empty, merged with the row above's (their
    leading tabs lost with the line's start, or kept empty): ⇥⇥同步实施加装电梯50部⇥区市场监管局⇥2024年12月底前
    (a sub-task under the task above), ⇥⇥各区人民政府⇥2024年10月底前 (the task above given to more units). The
    row as it reads with those cells filled from the row above, its 序号 left empty; None for any other row:
    its cells, aligned to the right, must end in a deadline under the deadline column (or units under a units
    column) and name units under the first units column, and every cell it lacks must be a task's, a
    category's or one of a column the parser does not read."""
    if above is None or "\t" not in line.text or columns[0] != "number" or len(cells) > len(columns):
        return None
    if (previous := _row_by_column(above, columns)) is None:
        return None  # (the row above's cells do not fall one a column)
    if P.NUMBER_CELL.match(cells[0].folded) and len(cells) < len(columns) - 1:
        return None  # (4⇥推进…: a row opening with its own 序号, cut short, merges with no row above)
    texts = [*[""] * (len(columns) - len(cells)), *(c.text for c in cells)]
    if len(texts) < 3 or texts[0] or texts[1]:
        return None  # (the 序号 cell alone empty: a row sharing the number above, read as such)
    empty = next((i for i in range(1, len(texts)) if texts[i]), len(texts))
    if not all(role in ("task", "category", "other") for role in columns[1:empty]):
        return None  # (a units or deadline cell lacking: where the others fall is a guess)
    last, role = fold(texts[-1]), columns[-1]
    if not (role == "due" and P.DUE_CELL.search(last)) and not (role in _UNIT_COLUMNS and _reads_as_units(last)):
        return None
    units = next((i for i, r in enumerate(columns) if r in _UNIT_COLUMNS), None)
    if units is None or units < empty or not _reads_as_units(fold(texts[units])):
        return None
    filled = [previous[i] if 0 < i < empty else text for i, text in enumerate(texts)]
    if not all(filled[1:empty]):
        return None  # nothing above to merge with
    text = "\t".join(filled)
    return SourceLine(line.number, text, fold(text))


def _merged_row_told(warnings: list[Warning], line: SourceLine, task: Task) -> None:
    """The info for a row read with its 序号 and task cells merged with the row above's, in place of the
    warning that it shares the number above."""
    if warnings and warnings[-1].code == "row-number-shared" and warnings[-1].line == line.number:
        warnings.pop()
    message = (
        f"a row whose 序号 and task cells are merged with the row above's: read with number {task.id} and the"
        f" task cells above it, its own units and deadline: {task.text[:30]}"
    )
    warnings.append(Warning("row-cells-merged", line.number, message))


def _row_task(
    line: SourceLine,
    cells: list[_Cell],
    columns: tuple[str, ...],
    names: list[str],
    groups: list[_GroupBuilder],
    subgroup: Subgroup | None,
    next_id: int,
    warnings: list[Warning],
    above: dict[str, str] | None = None,
    header_lines: Sequence[str] = (),
    written_names: Mapping[str, str] | None = None,
) -> Task | None:
    """The task of one row. above holds the previous row's unit and deadline cells by role: a cell
    written 同上 repeats it, and an empty one in a row that names no unit (or no deadline) takes it, as
    a merged cell would, with a warning that the fill is a guess. written_names: each column role's name
    as the header writes it (the first of two columns of a role), made once for a table's rows."""
    above = {} if above is None else above
    if written_names is None:
        written_names = dict(zip(columns, names, strict=False))
    tabbed = "\t" in line.text  # (asked often below: a row's cells come from tabs, or from runs of spaces)
    roles = list(columns)
    label_end = 0
    counted = False
    cells = _category_cell_restored(cells, roles)
    if roles[0] == "number" and not tabbed and (glued := P.ITEM.match(cells[0].folded)):
        task_id = int(glued["num"])  # 1.完成…: the number cell glued to the task's text, no space between
        label_end = glued.start("rest")
        roles = roles[1:]
    elif roles[0] == "number":
        numbered = _form_and_number(cells[0].folded)
        if numbered is not None:
            task_id = numbered[1]
        elif sub := P.SUBNUMBER_CELL.match(cells[0].folded):
            # 2.1 / 2.2: rows numbered under a task number are tasks of their own; a second one shares it
            task_id = int(sub["num"])
            if task_id < next_id:
                message = f"a row numbered {sub['num']}.{sub['sub']}, read as a task sharing number {task_id}"
                warnings.append(Warning("row-number-shared", line.number, message))
        elif (
            tabbed
            and next_id > 1
            and ((not cells[0].text and len(cells) > 1 and cells[1].text) or len(cells) == len(roles) - 1)
        ):
            # a row under the 序号 cell merged with the row above (its empty cell kept, or lost with the
            # line's leading tab): a task of its own
            task_id = next_id - 1
            if cells[0].text:
                cells = [_Cell("", 0, 0, ""), *cells]
            message = f"a row with no 序号 of its own, read as a task sharing number {task_id} with the row above"
            warnings.append(Warning("row-number-shared", line.number, message))
        elif (
            next_id > 1
            and (tabbed or _spaced_measure_row(cells, roles))
            and (merged := _merged_problem_cells(cells, roles, names, above, 1))
        ):
            # a problem spanning several measure rows of a rectification list: its 序号 and 存在问题 cells (and
            # maybe its units) merged down them, lost with the line's leading tabs; a task of its own, for the
            # problem above
            task_id = next_id - 1
            cells = [_Cell("", 0, 0, ""), *merged]
            message = f"a row with no 序号 or problem of its own, read as another measure for problem {task_id} above"
            warnings.append(Warning("row-number-shared", line.number, message))
        else:
            return None
        roles, cells = roles[1:], cells[1:]
        if not cells:
            warnings.append(Warning("row-incomplete", line.number, f"task {task_id} row has its number and no cells"))
            return None
    elif (
        tabbed
        and len(cells) > 1
        and (len(cells) > len(roles) or roles[0] == "task")
        and (number_cell := P.NUMBER_CELL.match(cells[0].folded))
    ):
        # a header that names no 序号 (its cell merged away or left blank) over rows whose first cell is a bare
        # number: the row's number, never the task's text
        task_id = int(number_cell["num"])
        cells = cells[1:]
    elif item := P.ITEM.match(cells[0].folded):
        task_id = int(item["num"])
        label_end = item.start("rest")
    elif tabbed and next_id > 1 and (merged := _merged_problem_cells(cells, roles, names, above, 0)):
        # a table with no 序号 whose problem cell is merged down its measure rows: a row of its own, counted
        cells, task_id, counted = merged, next_id, True
    elif _unnumbered_row(line, cells, roles) or _spaced_unnumbered_row(line, cells, roles):
        task_id = next_id  # a table without a 序号 column: its rows are counted
        counted = True
    else:
        return None
    if task_id < 1:  # 0.: no task is numbered 0 (the row is warned as not understood)
        return None
    if not tabbed:
        placed = (header_lines, written_names)
        own = names[len(names) - len(roles) :] if len(names) == len(columns) >= len(roles) else []
        cells = _list_mark_joined(cells, roles)
        cells = _spaced_row_cells(cells, roles, line.number, task_id, warnings, line.text, placed, own)
    if (
        roles[0] == "due"
        and tabbed
        and len(cells) == len(roles) - 1
        and above.get("due")
        and not P.DUE_CELL.search(cells[0].folded)
    ):  # 月份 / 工作内容 / 责任股室: a deadline cell merged down the rows of its month, lost with the line's leading tab
        cells = [_Cell("", 0, 0, ""), *cells]
    # The task column absorbs extra cells (text with spaces in it); a missing
    # date is allowed; any other shortfall means the table stopped mid-row.
    if (
        "due" in roles
        and roles[-1] == "other"
        and len(cells) < len(roles)
        and roles.index("due") < len(cells)
        and P.DUE_CELL.search(cells[roles.index("due")].folded)
    ):  # the deadline in its column, the row short by its empty last remarks (备注) cell, lost with the line's end
        while len(cells) < len(roles) and roles[-1] == "other":
            roles.pop()
    if tabbed and _trailing_cells_lost(cells, roles):
        # 完成时限 before the task (序号 / 完成时限 / 工作任务 / 牵头单位 / 配合单位): the row's deadline stands in its
        # column, so the cells it is short by are its last ones, empty and lost with the line's end
        cells = [*cells, *(_Cell("", 0, 0, "") for _ in range(len(roles) - len(cells)))]
    if "due" in roles and len(cells) < len(roles) and not P.DUE_CELL.search(cells[-1].folded):
        warnings.append(Warning("task-without-date", line.number, f"task {task_id} has no completion date"))
        roles = [r for r in roles if r != "due"]
    while len(cells) < len(roles) and roles[-1] == "other":
        roles.pop()  # an empty last column of remarks (备注)
    while (
        len(cells) < len(roles)
        and "category" in roles[: roles.index("task") if "task" in roles else 0]
        and not _group_cell_kept([c.folded for c in cells], roles, roles.index("category"))
    ):
        roles.remove("category")  # a category cell merged over several rows is written on the first only
    if _empty_cells_after_task_lost(cells, roles):
        # 序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 over a row of task | units | deadline: the empty
        # 细化分工 cell was dropped by the scrape; the cells after the task's stand in the last columns
        # (each empty cell placed where the task's ends: the row's text runs from the task's cell to the last
        # cell before the units, and an empty cell at the line's start would cut it to nothing)
        lost = len(roles) - len(cells)
        at = roles.index("task") + 1
        end = cells[at - 1].end
        cells = [*cells[:at], *(_Cell("", end, end, "") for _ in range(lost)), *cells[at:]]
    complete = len(cells) >= len(roles)
    if not complete:
        warnings.append(
            Warning("row-incomplete", line.number, f"task {task_id} row has {len(cells)} of {len(roles)} cells")
        )
        roles = roles[: len(cells)]
    task_col, last_task, after, several, no_lead_column = _row_columns(tuple(roles))
    text_cells = cells[task_col : len(cells) - after]
    if not text_cells or not text_cells[0].text:  # a number alone, or an empty task cell: no task
        return None
    if counted and (item := P.ITEM.match(text_cells[0].folded)) and int(item["num"]) == task_id:
        label_end = item.start("rest")  # 2.加强…: the task cell opens with the number the row is counted as
    unaligned = _units_cell_in_task_text(tabbed, complete, text_cells, roles, last_task, header_lines)
    if unaligned:
        # 序号 | 整治任务 | 责任单位 | 完成时限 over rows of five cells: a sub-column of the units (主抓 | 协作配合 under
        # 责任单位) the header's second row names in words the parser does not know; which cell is whose cannot be
        # told, so no unit is read, with a warning
        text_cells = text_cells[:-1]
        message = (
            f"task {task_id}: the row has more cells than the header has columns and the one before the units "
            f"reads as units; the columns do not line up, no unit is read: {cells[task_col + len(text_cells)].text[:30]}"
        )
        warnings.append(Warning("row-cells-unaligned", line.number, message))
    text = line.text[text_cells[0].start + label_end : text_cells[-1].end].strip()
    if len(text_cells) > 1 and "\t" in text and roles.count("task") == 1:
        # one task column, its cell the scrape wrapped over lines (建设高标准农田3万亩， ⏎ 配套建设…): the lines
        # join as written, with no space between Chinese
        text = _WRAP_IN_CHINESE.sub(_wrap_joined, text)
        text = regex.sub(r"\s*\t\s*", " ", text)
    elif len(text_cells) > 1 and "\t" in text:  # an item's name and its content: two cells, one text
        text = regex.sub(r"\s*\t\s*", " ", text)
    assignment = Assignment()
    marked: list[str] = []  # the units of a cell that marks its lead, in the cell's order
    raw_pairs = list(zip(roles[last_task + 1 :], cells[len(cells) - after :], strict=True))
    if any(_numbered_item(c.folded) for r, c in raw_pairs if r in _UNIT_COLUMNS):
        return None  # 3、开展比赛 where the units cell stands: a numbered list after the table, no row of it
    if task_col and complete:  # 序号 / 责任单位 / 责任人 / 考核指标 / …: units, leaders and deadline columns before
        # the task's (序号 / 完成时限 / 工作任务 / 牵头单位: the deadline is read wherever its column stands)
        raw_pairs[:0] = [
            (r, c)
            for r, c in zip(roles[:task_col], cells[:task_col], strict=True)
            if r in _UNIT_COLUMNS or r in ("leaders", "due")
        ]
    if unaligned:
        raw_pairs = [(r, c) for r, c in raw_pairs if r not in _UNIT_COLUMNS]
    raw_pairs = _shifted_units(raw_pairs, line.number, task_id, warnings)
    filled = _filled(raw_pairs, above, tabbed, line.number, task_id, warnings)
    if (
        "other" in roles
        and not any(r in _UNIT_COLUMNS for r in columns)
        and any(r == "other" and c.text and _reads_as_units(c.folded) for r, c in raw_pairs)
    ):  # a column the header names in words the parser does not know holds units
        message = f"task {task_id}: a cell of a column the parser does not know reads as units; no unit is read"
        warnings.append(Warning("row-units-unread", line.number, message))
    for role, value, cell in filled:
        if role in ("category", "other", "number", "task"):
            continue  # names no unit
        if role in _UNIT_COLUMNS and _sentence_not_units(cell.folded):
            # 实施某路改造工程。 / 2月开工，年内完成。 under 责任单位: a sentence the cells' shift put there, no unit
            message = f"task {task_id}: a units cell holding a sentence, no unit's name; no unit is read: {value[:30]}"
            warnings.append(Warning("row-units-unsure", line.number, message))
            continue
        if role in _UNIT_COLUMNS and _units_and_due(written_names.get(role, "")) and (cut := _due_split_off(value)):
            value, due_text = cut  # 责任单位及完成时限: 县林业局，2025年3月底前
            assignment.add("due", _due_without_verb(due_text), due_text)
        as_written = f"{cell.text}（{value}）" if cell.text and cell.text != value else value  # 同上（县水务局）
        written = f"{written_names.get(role, role)}：{as_written}" if several and role != "due" else as_written
        if role in _UNIT_COLUMNS and (segments := _labelled_segments(value, role)) is not None:
            for segment_role, segment, segment_written in segments:  # 牵头：县应急局；配合：县工信局
                assignment.add(segment_role, _spaced_units(segment), segment_written)
            if not segments:
                message = f"task {task_id}: a units cell whose role labels name no unit: {value[:30]}"
                warnings.append(Warning("cell-labels-without-units", line.number, message))
            continue
        if role == "due":
            value = _due_without_verb(value)
        elif role in _UNIT_COLUMNS:
            value = _spaced_units(value)
        if role == "departments" and no_lead_column and (joined := joined_cell(value)):
            assignment.add("lead", joined[0], written)  # 县民政局会同县财政局: read as the same words in prose
            assignment.add("partners", joined[1], written)
            if assignment.raw[-2:] == [written, written]:
                assignment.raw.pop()  # one cell names both roles: it is written once
            continue
        if role == "lead" and _marks_lead(value):
            # 消防救援站（牵头）、各平台公司 in a lead cell: the units not marked as lead are its partners (no second
            # lead); in a 责任单位 cell they stay responsible, neither lead nor partner
            role = "partners"
            marked = [(unit_role(unit) or (unit, ""))[0] for unit in split_units(value)]
        assignment.add(role, value, written)
    if len(text_cells) > 1 and "due" not in roles and (due := P.TARGET_CELL_DUE.match(text_cells[-1].folded)):
        # a target cell (目标任务) opening with its deadline (2021年2月底前,群众…), no deadline column: its deadline
        assignment.add("due", text_cells[-1].text[: due.end("due")], text_cells[-1].text[: due.end("due")])
    if complete and assignment.due is None and "due" not in columns and (in_text := _deadline_in_task_cell(text)):
        assignment.add("due", in_text, in_text)  # no deadline column: the date the task's text sets (6月底前实现…)
    elif (
        complete
        and assignment.due is None
        and "due" not in columns
        and not any("目标" in name for name in names)
        and (target := _target_year_in_task_cell(text))
    ):  # 到2020年，全市用水总量…: the year the task's target is set for (a table with a target column, 目标任务,
        # holds its goals there, their years no deadline)
        assignment.add("due", target, target)
    if "other" in roles:  # (problem and value cells are in columns of no role the parser reads: most tables have none)
        problem, values = _problem_text(cells, columns, roles, names), _values_written(cells, columns, roles, names)
        text = f"{problem} {text}{values}" if problem else f"{text}{values}"
    _keep_problems(cells, columns, roles, names, above)
    group = groups[-1] if groups else None
    under = _path_under(group.number if group else None, subgroup.number if subgroup else None)
    path = f"{under}/{task_id}" if under else str(task_id)
    task = assignment.task(
        due=assignment.due,
        id=task_id,
        text=text,
        line=line.number,
        path=path,
        source="annex",
        group=group.number if group else None,
        subgroup=subgroup.number if subgroup else None,
    )
    if marked:  # 州住建局、州自然资源局（牵头）: the departments in the order the cell names them
        rank = {name: i for i, name in enumerate(marked)}
        task = replace(task, departments=tuple(sorted(task.departments, key=lambda d: rank.get(d, len(rank)))))
    elif task.lead and task.departments[: len(task.lead)] != task.lead and _lead_after_units(roles):
        # 责任单位 | 牵头单位: the units cell lists the lead among the others; the lead comes first
        rest = tuple(d for d in task.departments if d not in task.lead)
        task = replace(task, departments=(*task.lead, *rest))
    return task


def _units_cell_in_task_text(
    tabbed: bool,
    complete: bool,
    text_cells: list[_Cell],
    roles: Sequence[str],
    last_task: int,
    header_lines: Sequence[str] = (),
) -> bool:
    """Whether a tab row's task text absorbed a cell of units: the row has more cells than its header has columns
    (its one task column taking the extra ones), the last of them right before a units column reads as units
    and the first is task text, no unit. (A two-line header whose second row names the sub-columns of 责任单位
    in words the parser does not know leaves the lead's cell there.) Only where the row cannot be aligned
    otherwise: a header of one line with no empty cell lines up with the row's last cells from the right (units,
    deadline), the extra cell being task detail (重点排查县第一中学、县实验小学 | 县教育局 | 5月底前); and only
    where the extra cell is a clean list of units (never 联合县市场监管局)."""
    if not tabbed or not complete or len(text_cells) < 2 or roles.count("task") != 1:
        return False
    if len(header_lines) < 2 and not any("\t\t" in h.strip("\t") for h in header_lines):
        return False  # (序号 | 重点任务 | 责任单位 | 完成时限 over 1 | 整治… | 各乡镇人民政府 | 县公安局 | 6月底前)
    pieces = [p for p in text_cells[-1].folded.replace(",", "、").split("、") if p.strip()]
    if not pieces or any(
        p.strip().startswith(P.UNIT_OPENING_WORDS) or not _unit_like(_without_role_mark(p.strip())) for p in pieces
    ):
        return False  # (联合县市场监管局, 重点排查…: no clean list of units)
    if last_task + 1 >= len(roles) or roles[last_task + 1] not in _UNIT_COLUMNS:
        return False
    first, last = text_cells[0].folded, text_cells[-1].folded
    return bool(last) and _reads_as_units(last) and not _reads_as_units(first)


class _RowColumns(NamedTuple):
    """Where a row's task cells stand among its roles and what its other cells are: the first and the last task
    column (the first column where none is the task's), how many columns follow the last, whether the row has
    more than one units column (each units cell is then written with its column's name) and whether it has
    neither a lead nor a partners column."""

    task_col: int
    last_task: int
    after: int
    several: bool
    no_lead_column: bool


@lru_cache(maxsize=64)  # (worked out once for each table's roles, not for each of its rows)
def _row_columns(roles: tuple[str, ...]) -> _RowColumns:
    task_col = roles.index("task") if "task" in roles else 0
    last_task = len(roles) - 1 - roles[::-1].index("task") if "task" in roles else task_col
    return _RowColumns(
        task_col,
        last_task,
        len(roles) - last_task - 1,
        sum(map(_UNIT_COLUMNS.__contains__, roles)) > 1,
        "lead" not in roles and "partners" not in roles,
    )


def _numbered_item(folded: str) -> bool:
    """A cell that is a numbered item (3、开展比赛, P.ITEM) and no list of units. ITEM opens with its number:
    a cell opening otherwise is not tried (nearly all units cells). (Its \\d also holds the digits of Unicode
    versions newer than this Python's, which str.isdigit does not know: all of them past U+FFFF.)"""
    first = folded[:1]
    return (first.isdigit() or first > "\uffff") and P.ITEM.match(folded) is not None and not _reads_as_units(folded)


@lru_cache(maxsize=256)  # (the rows of a group share it)
def _path_under(group: int | None, subgroup: int | None) -> str:
    """The numbering path of a group and its sub-group, a task's path before its number: 一/（二）."""
    numbers = (
        int_to_cn(group) if group is not None else "",
        f"（{int_to_cn(subgroup)}）" if subgroup is not None else "",
    )
    return "/".join(x for x in numbers if x)


def _empty_cells_after_task_lost(cells: list[_Cell], roles: Sequence[str]) -> bool:
    """Whether a row short of cells lost empty cells of columns of no role standing between its task and its
    units (细化分工, 具体措施 left blank and dropped by the scrape; a second task column's too): its last cell is a date in the last column,
    the deadline's, and the cells before it, down to the task's, read as units where their columns, counted
    from the right, hold units. A row whose cell before the date reads as no unit stays short, warned."""
    lost = len(roles) - len(cells)
    if lost <= 0 or not roles or roles[0] != "task" or roles[-1] != "due" or len(cells) < 3:
        return False
    if any(role not in ("other", "task") for role in roles[1 : 1 + lost]):
        return False
    if not P.DUE_CELL.search(cells[-1].folded):
        return False
    right = list(zip(roles[len(roles) - len(cells) + 1 :], cells[1:], strict=True))
    if any(role not in _UNIT_COLUMNS for role, _ in right[:-1]):
        return False  # a leaders (责任领导) or other column among them: which cell was dropped cannot be told
    return all(_names_units(cell.folded) and not _work_named_as_units(cell.folded) for _, cell in right[:-1])


# a measure's cell opening with the work it sets up, ending as a unit's name does: 设立政务服务中心, 组建工作专班,
#   建设乡镇综合文化站, 配齐村卫生室 (not 建设局, 建设银行某支行: units)
_SETUP_WORK = compile_regex(
    r"^(?:成立|组建|设立|建立|新建|建成|筹建|改扩建|扩建|修建|配齐|配备|打造|培育|创建|争创|引进"
    r"|建设(?!局|厅|委|银行|兵团|集团|公司))\p{Han}"
)


def _work_named_as_units(folded: str) -> bool:
    """Whether a cell read as units names work (举办招商推介会, 新建社区服务中心, 设立政务服务中心): a measure's
    cell, whatever its ending, no unit's."""
    pieces = [P.CELL_ROLE_VERB_END.sub("", fold(piece)).strip() for piece in split_units(folded)] or [folded]
    return any(
        P.WORK_NAMED_AS_UNIT.match(piece)
        or _SETUP_WORK.match(piece)
        or (P.NOT_A_UNIT.search(piece) and not bundled_name(piece))
        for piece in pieces
    )


def _trailing_cells_lost(cells: list[_Cell], roles: Sequence[str]) -> bool:
    """Whether a tab row short of cells lost its last ones: its deadline column stands before its last cell
    and holds a date there, its 序号 column a number, and its last cell is no date (a row whose deadline
    column comes last and is empty reads as a row without a date)."""
    if len(cells) >= len(roles) or "due" not in roles or P.DUE_CELL.search(cells[-1].folded):
        return False
    due = roles.index("due")
    if due >= len(cells) - 1 or not P.DUE_CELL.search(cells[due].folded):
        return False
    return "number" not in roles[: len(cells)] or P.NUMBER_CELL.match(cells[roles.index("number")].folded) is not None


def _category_cell_restored(cells: list[_Cell], roles: Sequence[str]) -> list[_Cell]:
    """The cells of a row under 领域 / 序号 / … that open with its 序号, one short: the category cell merged
    down its rows (or read as their heading, 一、经济发展) was lost with the line's leading tab, and is put
    back empty, so the row's cells start at their columns."""
    if (
        len(roles) > 2
        and roles[0] == "category"
        and roles[1] == "number"
        and len(cells) == len(roles) - 1
        and P.NUMBER_CELL.fullmatch(cells[0].folded.strip())
    ):
        return [_Cell("", 0, 0, ""), *cells]
    return cells


def _cells_not_kept(cells: list[_Cell], columns: tuple[str, ...], names: list[str]) -> list[str]:
    """The names of a row's columns the parser does not read (联系电话, 二季度进展情况, 备注) whose cells hold
    text: no task keeps it. A value column (年度目标, 完成情况) and a second due column (进度安排) are kept
    in the task's text (see _values_written); a row whose cells do not line up with the columns is not
    asked."""
    if "other" not in columns:
        return []  # (only a column of no role the parser reads is asked: most tables have none)
    cells = _category_cell_restored(cells, columns)
    if len(cells) != len(columns) or len(names) != len(columns):
        return []
    no_units = not any(r in _UNIT_COLUMNS for r in columns)  # units there are warned by row (row-units-unread)
    return [
        name
        for cell, role, name in zip(cells, columns, names, strict=True)
        if role == "other"
        and cell.text.strip()
        and not (no_units and _reads_as_units(cell.folded))
        and not _value_column(_without_qualifier(name))
        and name not in P.PROBLEM_COLUMNS
        and P.COLUMN_ROLES.get(name) != "due"
    ]


def _warn_not_kept(not_kept: dict[str, None], line: int, warnings: list[Warning]) -> None:
    """One warning for a table whose columns the parser does not read hold text, naming them."""
    if not_kept:
        message = f"cells of columns the parser does not read are not kept: {'、'.join(not_kept)[:60]}"
        warnings.append(Warning("column-not-kept", line, message))


def _row_offset(cells: list[_Cell], columns: tuple[str, ...], roles: list[str], names: list[str]) -> int | None:
    """Where a row's cells start among the table's columns (after the 序号 cell, read before), or None when
    the row has no cell of a column of no role the parser reads (most tables have none), has no task cell, or
    its cells do not line up with the columns."""
    if "other" not in roles:
        return None
    offset = len(columns) - len(roles)  # the 序号 cell, read before
    if offset > 1 and columns[0] == "number" and roles == list(columns[1 : 1 + len(roles)]):
        offset = 1  # the row's last cells, its deadline or remark, are empty (see task-without-date)
    if (
        len(cells) != len(roles)
        or roles != list(columns[offset:][: len(roles)])
        or len(names) != len(columns)
        or "task" not in roles
    ):
        return None
    return offset


def _problem_text(cells: list[_Cell], columns: tuple[str, ...], roles: list[str], names: list[str]) -> str:
    """The problem cells of a rectification list's row (存在问题 before 整改措施), to open the task's text in
    the columns' order: the problem the measure is for, read before it as two task columns are; empty where
    the table has none."""
    if (offset := _row_offset(cells, columns, roles, names)) is None:
        return ""
    first_task = roles.index("task")
    return " ".join(
        cells[i].text.strip()
        for i in range(first_task)
        if roles[i] == "other" and names[offset + i] in P.PROBLEM_COLUMNS and cells[i].text.strip()
    )


def _values_written(cells: list[_Cell], columns: tuple[str, ...], roles: list[str], names: list[str]) -> str:
    """The value cells of an assessment list's row (单位, 年度目标, 评分部门), kept after the task's text as
    written with their column names: （单位：%；年度目标：≥6%；评分部门：市统计局）. They name no unit of the
    task and no deadline, but they are the row's measure and target; empty where the table has none."""
    if (offset := _row_offset(cells, columns, roles, names)) is None:
        return ""
    last_task = len(roles) - 1 - roles[::-1].index("task")
    after = names[offset + last_task + 1 : offset + len(roles)]
    values = [
        f"{name}：{cell.text.strip()}"
        for role, name, cell in zip(roles[last_task + 1 :], after, cells[last_task + 1 :], strict=True)
        if role == "other"
        and (
            _value_column(_without_qualifier(name)) or P.COLUMN_ROLES.get(name) == "due"
        )  # 进度安排 (see _one_deadline)
        and cell.text.strip()
        # 完成情况：/ (or —, 无): a progress cell saying it is empty adds nothing (a measure's 单位：- is kept)
        and not (P.EMPTY_CELL.match(cell.folded.strip()) and not name.endswith("单位"))
    ]
    return f"（{'；'.join(values)}）" if values else ""


def _problem_columns(columns: Sequence[str], names: Sequence[str]) -> list[int]:
    """The columns of a rectification list's problems (存在问题, 问题表现) before its task column."""
    first_task = columns.index("task") if "task" in columns else 0
    return [i for i in range(first_task) if columns[i] == "other" and i < len(names) and names[i] in P.PROBLEM_COLUMNS]


def _keep_problems(
    cells: list[_Cell], columns: tuple[str, ...], roles: list[str], names: list[str], above: dict[str, str] | None
) -> None:
    """Keep a row's problem cells for the rows under it that share them (their cells merged down)."""
    if above is None or "other" not in columns or len(names) != len(columns):
        return  # (a problem column is one of no role the parser reads: most tables have none)
    offset = len(columns) - len(roles)
    for i in _problem_columns(columns, names):
        if 0 <= i - offset < len(cells) and cells[i - offset].text.strip():
            above[f"problem:{i}"] = cells[i - offset].text.strip()


def _spaced_measure_row(cells: list[_Cell], roles: list[str]) -> bool:
    """A row a space separates, short by its 序号 and problem cells: the measure (no unit's name), then a
    cell for each units column that reads as units, then its deadline."""
    units = [r for r in roles if r in _UNIT_COLUMNS]
    return (
        len(cells) == 2 + len(units)
        and roles[-1] == "due"
        and not _reads_as_units(cells[0].folded)
        and all(_reads_as_units(c.folded) for c in cells[1:-1])
    )


def _filled_cells(cells: list[_Cell]) -> list[_Cell]:
    """A row's cells from its first with text (the empty ones before it are merged cells)."""
    first = next((i for i, cell in enumerate(cells) if cell.text.strip()), len(cells))
    return cells[first:]


def _merged_problem_cells(
    cells: list[_Cell], roles: list[str], names: list[str], above: dict[str, str] | None, start: int
) -> list[_Cell] | None:
    """The cells after 序号 of a row that shares its problem with the rows above it, the problem's cells
    taken from above: a row short by exactly its 序号 and the problem columns right after it (序号 / 存在问题 /
    整改措施 / 责任单位 / 整改时限 with 整改措施 / 责任单位 / 整改时限 alone), its last cell a deadline, or short by
    its units and leaders cells too (整改措施 / 整改时限 alone: those cells left empty, to be filled from the row
    above as merged cells are); None when it is no such row. start is 1 where the table has a 序号 column (its
    cell is not among those returned), else 0."""
    problems = _problem_columns(roles, names)
    cells = _filled_cells(cells)  # (| | | 建立…清单 | …: the merged cells kept empty)
    short = len(roles) - len(cells)
    if (
        above is None
        or not problems
        or problems != list(range(start, start + len(problems)))
        or not cells
        or not P.DUE_CELL.search(cells[-1].folded)
        or any(f"problem:{i}" not in above for i in problems)
    ):
        return None
    kept = [_Cell(above[f"problem:{i}"], 0, 0, fold(above[f"problem:{i}"])) for i in problems]
    if short == start + len(problems):
        return [*kept, *cells]
    between = roles[start + len(problems) + 1 : -1]  # the columns between the measure and the deadline
    if (
        len(cells) == 2
        and roles[start + len(problems)] == "task"
        and roles[-1] == "due"
        and between
        and all(role in _UNIT_COLUMNS or role == "leaders" for role in between)
        and any(above.get(role) for role in between)
    ):
        return [*kept, cells[0], *(_Cell("", 0, 0, "") for _ in between), cells[1]]
    return None


def _without_qualifier(name: str) -> str:
    """A column name without the qualifier a header wrote after it (进展情况(7月) -> 进展情况)."""
    return name[: name.index("(")] if name[-1:] == ")" and "(" in name else name


def _lead_after_units(roles: Sequence[str | None]) -> bool:
    """Whether a table's lead column comes after its 责任单位 column (责任单位 | 牵头单位)."""
    return "departments" in roles and "lead" in roles and roles.index("departments") < roles.index("lead")


def _deadline_in_task_cell(text: str) -> str | None:
    """The deadline a task cell sets when the table has no deadline column: its one date by which the
    work is done (6月底前实现…, 年内上线…). None where the cell names several dates (a plan of stages:
    3月底前…；6月底前…) or only a target year (到2025年, the horizon of a goal, not a deadline)."""
    if "前" not in text and "年内" not in text:
        return None
    folded = fold(text)
    cited = cited_spans(folded)  # (a date in 《…》 is the cited document's)
    found = [
        m
        for m in P.DEADLINE.finditer(folded)
        if not P.BARE_RECURRENCE.match(m.group()) and not (cited and in_cited(m, cited))
    ]
    if len(found) != 1 or not (found[0].group().endswith("前") or found[0].group() == "年内"):
        return None
    return text[found[0].start() : found[0].end()]


def _target_year_in_task_cell(text: str) -> str | None:
    """The year a task cell sets its target for when the table has no deadline column (nor a target column) and
    the cell names no date by which the work is done (到2020年，全市用水总量控制在…): 到2020年, as a target year in
    a task's prose is read. None where the cell names two target years (到2020年…，到2030年…) or the prose reads another date."""
    folded = fold(text)
    years = {m["year"] for m in P.TARGET_YEAR_IN_TEXT.finditer(folded)}
    if len(years) != 1:
        return None
    found = deadline_in_prose(text)
    if found is None or (target := P.TARGET_YEAR_IN_TEXT.match(fold(found))) is None or target["year"] not in years:
        return None
    return found


def _labelled_segments(cell: str, role: str) -> list[tuple[str, str, str]] | None:
    """A units cell that labels its own roles, 牵头：县应急局；配合：县工信局、县消防大队 (a first segment with no
    label, 县应急局；配合：县工信局, keeps the column's role): each segment with units as (role, units,
    segment as written), an empty list when its labels name no unit; None when the cell labels no role."""
    if ":" not in (folded := fold(cell)) and "〔" not in folded:
        return None
    starts = [(m.start(), m.end(), P.LABEL_ROLES[m["label"]]) for m in P.LABEL_ANYWHERE.finditer(folded)]
    if not starts:
        # 〔牵头〕 alone: a label naming no unit (LABEL_ANYWHERE reads a bracket closing the cell as a unit's mark)
        return [] if P.LABEL_ALONE.match(folded.strip()) else None
    before = folded[: starts[0][0]].rstrip()
    if before and before[-1:] not in ";,":
        return None  # 县财政局配合单位：… or a label inside a name: not a cell of labelled segments
    out = []
    if before:
        out.append((role, cell[: len(before) - 1].strip(), cell[: len(before) - 1].strip()))
    for (start, end, label_role), (following, _, _) in zip(starts, [*starts[1:], (len(cell), 0, "")], strict=True):
        units = cell[end:following].strip().rstrip(";；,，、 \t\n")
        if units:
            out.append((label_role, units, cell[start:following].strip().rstrip(";；,，、 \t\n")))
    return out


def _spaced_units(cell: str) -> str:
    """A units cell whose units a space separates, written with 、 between them: 县财政局 县卫健委 ->
    县财政局、县卫健委. A space separates two units only after a word that ends as a unit's name does
    (a role mark after it aside: 县财政局（牵头） 县卫健委), or after a name opening with its level before
    another that does (市广播电视台 市地震局), and before words that end so too: in 各乡镇人民政府 县公路
    养护中心 the units are 各乡镇人民政府 and 县公路 养护中心."""
    tokens = cell.split()
    if len(tokens) < 2:
        return cell
    names: list[list[str]] = [[]]
    levels = (*P.LEVELS, "各")
    for token, after in zip(tokens, [*tokens[1:], ""], strict=True):
        names[-1].append(token)
        # 市广播电视台 市地震局: a name opening with its level, before another that does, is whole (台 aside)
        whole = len(token) >= 3 and fold(token)[:1] in levels and fold(after)[:1] in levels
        if whole or _unit_like(_without_role_mark(fold(token))):
            names.append([])
    if not names[-1]:
        names.pop()
    elif len(names) > 1:
        names[-2].extend(names.pop())  # words after the last unit's name stay with it
    return "、".join(" ".join(name) for name in names)


# cells padded to their columns with runs of spaces (a page set in a fixed-width font)
_ALIGNED_GAP = compile_regex(r"\S[ \u3000]{2,}(?=\S)|\u3000")


def _cells_under_names(
    cells: list[_Cell], roles: list[str], text: str, header_lines: Sequence[str], names: Sequence[str]
) -> list[_Cell] | None:
    """A spaced row short of cells in a table set in a fixed-width font (runs of spaces pad the header's names
    and the row's cells to their columns: 4  污水处理厂提标改造  赵某  市水务局  (no partner)  2025年10月底前):
    each cell goes to the column whose name starts nearest above it, a wide character counting two, the
    columns with no cell empty. None where the row or the header is not so padded, a name is not found in
    the header, two cells fall under one name or out of order, a cell stands before the task's column, or
    a cell under a units column does not read as units."""
    if len(names) != len(roles) or not 2 <= len(cells) < len(roles) or not _ALIGNED_GAP.search(text):
        return None
    spaced = [h for h in header_lines if "\t" not in h and "|" not in h and _ALIGNED_GAP.search(h)]
    if not spaced:
        return None
    header, starts, at = spaced[-1], [], 0
    for name in names:
        found = header.find(name, at)
        if not name or found < 0:
            return None
        starts.append(_width(header[:found]))
        at = found + len(name)
    columns = [min(range(len(starts)), key=lambda k: abs(starts[k] - _width(text[: cell.start]))) for cell in cells]
    if len(set(columns)) != len(columns) or columns != sorted(columns) or "task" not in roles[: columns[0] + 1]:
        return None
    if any(roles[k] in _UNIT_COLUMNS and not _reads_as_units(c.folded) for c, k in zip(cells, columns, strict=True)):
        return None
    out: list[_Cell] = []
    placed = dict(zip(columns, cells, strict=True))
    for k in range(len(roles)):
        end = out[-1].end if out else cells[0].start
        out.append(placed.get(k, _Cell("", end, end, "")))
    return out


def _units_under_names(
    units: list[_Cell], unit_roles: Sequence[str], text: str, header_lines: Sequence[str], names: Mapping[str, str]
) -> list[_Cell] | None:
    """A spaced row with fewer unit cells than unit columns, its cells lined up under the header's names
    (a page written in a fixed-width font): each unit cell goes to the column whose name starts nearest
    above it, counting a wide character as two, the others are empty; None when a name is not found in a
    spaced header line or two cells fall under one name, or when the row is not padded to its columns (a
    single space between cells tells no column)."""
    if not _ALIGNED_GAP.search(text):
        return None
    starts = []
    for role in unit_roles:
        name = names.get(role, "")
        spaced = [h for h in header_lines if name and "\t" not in h and "|" not in h]
        at = next(((h, h.find(name)) for h in spaced if name in h), None)
        if at is None:
            return None
        starts.append(_width(at[0][: at[1]]))
    columns = [min(range(len(starts)), key=lambda k: abs(starts[k] - _width(text[: cell.start]))) for cell in units]
    if len(set(columns)) != len(columns) or columns != sorted(columns):
        return None
    out = [_Cell("", units[-1].end, units[-1].end, "") for _ in unit_roles]
    for cell, k in zip(units, columns, strict=True):
        out[k] = cell
    return out


def _width(text: str) -> int:
    """How wide a text prints in a fixed-width font: two for a wide (CJK) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _units_first_cells(cells: list[_Cell], roles: list[str]) -> list[_Cell] | None:
    """A spaced row of a table whose unit columns come before the task column (牵头单位 配合单位 重点工作 完成时限),
    a cell short: the units are the first cells that read as units, and the unit columns they do not fill
    are empty (3  镇综治中心  (no partner)  开展矛盾纠纷排查化解  每月); None for any other row."""
    at = roles.index("task")
    if at == 0 or len(cells) >= len(roles) or any(r not in _UNIT_COLUMNS for r in roles[:at]):
        return None
    if any(r != "due" for r in roles[at + 1 :]):
        return None
    taken = 0
    while taken < min(at, len(cells) - 1) and _reads_as_units(cells[taken].folded):
        taken += 1
    if not taken or len(cells) - taken != len(roles) - at:
        return None  # the cells after the units are not the task's and the deadline's, one each
    blank = [_Cell("", cells[taken - 1].end, cells[taken - 1].end, "") for _ in range(at - taken)]
    return [*cells[:taken], *blank, *cells[taken:]]


_EMPTY_FIRST_CELL = compile_regex(r"^\s*\d{1,3}[ \u3000]{2,}")  # 2  严守…: a number, then an empty cell


def _spaced_row_cells(
    cells: list[_Cell],
    roles: list[str],
    line: int,
    task_id: int,
    warnings: list[Warning],
    text: str = "",
    header: tuple[Sequence[str], Mapping[str, str]] = ((), {}),
    names: Sequence[str] = (),
) -> list[_Cell]:
    """The cells of a row whose cells a space separates (a scrape that lost its tabs), read by what they
    hold: the deadline is the last cell when it reads as one, the units are the cells before it that
    end as units' names do, the task text everything before them. A units cell whose units a space
    separates (县发展改革局 县财政局) is read as the last units column's; where the count of unit cells
    is not the count of units columns (a boundary guessed), or no unit is found, the row is warned. A row
    short of cells in a table set in a fixed-width font is read by where its cells stand (names: the
    columns' names, for roles)."""
    if "task" not in roles:
        return cells
    short = len(cells) < len(roles)  # (the two readings below are of a row short of cells only: most rows are not)
    if short and (units_first := _units_first_cells(cells, roles)) is not None:
        return units_first
    if short and (under := _cells_under_names(cells, roles, text, header[0], names)) is not None:
        if (
            "lead" in roles
            and not under[roles.index("lead")].text
            and any(c.text for r, c in zip(roles, under, strict=True) if r == "partners")
        ):
            message = f"task {task_id}: no unit under the lead's column; the units under the partners' are its partners"
            warnings.append(Warning("row-units-unsure", line, message))
        return under
    last_task, remark_column, has_due, unit_roles = _spaced_columns(tuple(roles))
    remark: list[_Cell] = []
    if remark_column and len(cells) >= 2 and not _due_like(cells[-1].folded) and _due_like(cells[-2].folded):
        remark, cells = [cells[-1]], cells[:-1]
    if not unit_roles:
        return [*cells, *remark]
    end = len(cells)
    due: list[_Cell] = []
    if has_due and end > 1 and _due_like(cells[-1].folded):
        due, end = [cells[-1]], end - 1
    elif has_due and end > 2 and P.DUE_CELL_VERB.fullmatch(cells[-2].folded + cells[-1].folded):
        joined = cells[-2].text + cells[-1].text  # 2024年9月 投用: a verb the space cut off its date
        due, end = [_Cell(joined, cells[-2].start, cells[-1].end, fold(joined))], end - 2
    start = end
    floor = roles.count("task")  # the task's cells come first (a category cell merged over rows may be missing)
    while start > floor and _reads_as_units(cells[start - 1].folded):
        start -= 1
    opened = _EMPTY_FIRST_CELL.match(text) if roles[0] == "category" else None
    stop = start - (last_task - 1)  # the cells after the task's: the other task columns (细化措施)
    if (
        start >= last_task + 1
        and roles[0] == "category"
        and opened is not None
        and cells[0].start == opened.end()
        and stop > 1
        and not any(ch in c.folded for c in cells[:stop] for ch in "。;,:")
    ):
        # 2  严守用水 效率控制 红线 落实…: two spaces after the number are the empty category cell (merged
        # over the rows above), and the short pieces before the measures are the task the page wrapped
        pieces = cells[:stop]
        joined = "".join(c.text for c in pieces)
        blank = _Cell("", pieces[0].start, pieces[0].start, "")
        kept = [blank, _Cell(joined, pieces[0].start, pieces[-1].end, fold(joined)), *cells[stop:]]
        end, start = end - (len(cells) - len(kept)), start - (len(cells) - len(kept))
        cells = kept
    if start > last_task + 1:  # more cells before the units than columns: a word the page split (保 护)
        glued = _lone_chars_glued(cells[:start], start - last_task - 1)
        cells, end, start = [*glued, *cells[start:]], end - (start - len(glued)), len(glued)
        if start > last_task + 1 and "category" in roles[:last_task]:
            message = (
                f"task {task_id}: {start} cells before the units for {last_task + 1} columns, told apart by spaces "
                f"only; the category is taken to be {cells[0].text[:20]}"
            )
            warnings.append(Warning("row-category-guessed", line, message))
    if start and start < last_task + 1 and (empty := _blank_name_columns(roles, last_task + 1 - start)):
        # 序号 / 名称 / 工作任务 / 牵头单位 over `1 完成… 县财政局`: the text before the units is the task's, and the
        # name column before it (merged over rows, or left blank) is empty
        padded = list(cells[:start])
        for at in empty:
            padded.insert(at, _Cell("", cells[0].start, cells[0].start, ""))
        message = (
            f"task {task_id} row is {len(empty)} cell short before its units; the text before them is taken as the "
            "task, the name column before it as empty (a task cell left out is not told apart)"
        )
        warnings.append(Warning("row-incomplete", line, message))
        cells, end, start = [*padded, *cells[start:]], end + len(empty), start + len(empty)
    units = cells[start:end]
    if not units:  # the cells are read by their places, as written
        message = f"task {task_id}: no cell of this row reads as a unit; its cells are read by their places"
        warnings.append(Warning("row-units-unsure", line, message))
        return [*cells, *remark]
    if len(units) < len(unit_roles) and (aligned := _units_under_names(units, unit_roles, text, *header)):
        return [*cells[:start], *aligned, *due, *remark]  # each unit under its column's name, the others empty
    if len(units) != len(unit_roles):
        share = (
            "the first columns take one each, the last the rest"
            if len(units) > len(unit_roles)
            else "the first columns take one each, the others are empty"
        )
        message = (
            f"task {task_id}: {len(units)} cells that read as units for {len(unit_roles)} unit columns, "
            f"told apart by spaces only; {share}"
        )
        warnings.append(Warning("row-cells-guessed", line, message))
    grouped = units[: len(unit_roles) - 1]
    rest = units[len(unit_roles) - 1 :]
    if len(rest) == 1:
        grouped.append(rest[0])
    elif rest:
        text = "、".join(c.text for c in rest)
        grouped.append(_Cell(text, rest[0].start, rest[-1].end, fold(text)))
    if len(grouped) < len(unit_roles):
        grouped += [_Cell("", units[-1].end, units[-1].end, "") for _ in range(len(unit_roles) - len(grouped))]
    return [*cells[:start], *grouped, *due, *remark]


class _SpacedColumns(NamedTuple):
    """The columns a spaced row's cells are read into, by their roles: the last task column, whether a column of
    remarks (备注) closes the row after its deadline's, whether the row ends in a deadline (before the remarks),
    and the roles of the units columns between the task's and the deadline's (none where a column between
    names no units: the row's cells are then read by their places)."""

    last_task: int
    remark_column: bool
    has_due: bool
    unit_roles: tuple[str, ...]


@lru_cache(maxsize=64)  # (worked out once for each table's roles, not for each of its rows)
def _spaced_columns(roles: tuple[str, ...]) -> _SpacedColumns:
    last_task = len(roles) - 1 - roles[::-1].index("task")
    tail = roles[last_task + 1 :]
    remark_column = len(tail) >= 2 and tail[-1] == "other" and tail[-2] == "due"
    if remark_column:
        tail = tail[:-1]
    has_due = bool(tail) and tail[-1] == "due"
    unit_roles = tail[:-1] if has_due else tail
    if any(r not in _UNIT_COLUMNS for r in unit_roles):
        unit_roles = ()
    return _SpacedColumns(last_task, remark_column, has_due, unit_roles)


def _blank_name_columns(roles: Sequence[str], short: int) -> list[int]:
    """The places of the columns of no role before a spaced row's only task column (序号 / 名称 / 工作任务 / …:
    名称), where the row is short of exactly that many cells before its units; none otherwise (a row with two
    task columns, or short by another count, is read as before)."""
    task = roles.index("task")
    if roles.count("task") != 1:
        return []
    blank = [i for i, role in enumerate(roles[:task]) if role == "other"]
    return blank if len(blank) == short else []


def _lone_chars_glued(cells: list[_Cell], extra: int) -> list[_Cell]:
    """Cells of a spaced row before its units, a cell of one Han character (the end of a word a narrow
    column wrapped: 加强水资源保 护) joined to the cell before it, at most extra times."""
    out: list[_Cell] = []
    for cell in cells:
        if extra and out and len(cell.folded) == 1 and regex.match(r"\p{Han}", cell.folded):
            before = out.pop()
            text = before.text + cell.text
            out.append(_Cell(text, before.start, cell.end, fold(text)))
            extra -= 1
            continue
        out.append(cell)
    return out


def _list_mark_joined(cells: list[_Cell], roles: Sequence[str]) -> list[_Cell]:
    """The cells of a row whose cells a space separates, a cell of units ending in 、 joined to the units cell
    after it: the page spaced a list after its mark (基教科 各区教育局、 市局直属单位 holds two cells, the
    second 各区教育局、市局直属单位), not a boundary. A cell after 、 that is no unit's name stays apart, and
    nothing is joined where the row would then hold fewer cells than the header has columns while two unit
    columns are to be filled (县水利局、 县财政局、县自然资源局 under 牵头单位 配合单位: a lead and its partners)."""
    joined = _list_mark_joined_all(cells)
    if len(joined) < len(cells) and len(joined) < len(roles) and sum(r in _UNIT_COLUMNS for r in roles) > 1:
        return cells
    return joined


def _list_mark_joined_all(cells: list[_Cell]) -> list[_Cell]:
    out: list[_Cell] = []
    for cell in cells:
        before = out[-1] if out else None
        if (
            before is not None
            and before.folded.endswith("、")
            and _reads_as_units(before.folded.rstrip("、"))
            and _reads_as_units(cell.folded)
        ):
            text = before.text + cell.text
            out[-1] = _Cell(text, before.start, cell.end, fold(text))
            continue
        out.append(cell)
    return out


def _shifted_units(
    pairs: list[tuple[str, _Cell]], line: int, task_id: int, warnings: list[Warning]
) -> list[tuple[str, _Cell]]:
    """A units cell holding prose (_prose_not_units) with the units in the cell after it (the remarks column's):
    a cell merged over the rows before them (a group's name) shifted the row by one, so the units are read from
    where they stand, with a warning; prose in a units cell with no units after it reads no unit (warned)."""
    out = list(pairs)
    for at, (role, cell) in enumerate(out):
        if role not in _UNIT_COLUMNS or not _prose_not_units(cell.folded):
            continue
        after = out[at + 1] if at + 1 < len(out) else None
        if after is not None and after[0] == "other" and after[1].text and _reads_as_units(after[1].folded):
            out[at], out[at + 1] = (role, after[1]), ("other", cell)
            message = (
                f"task {task_id}: the units cell holds prose and the cell after it units; the row is read one cell "
                f"to the right (a merged cell before it): {after[1].text[:30]}"
            )
            warnings.append(Warning("row-cells-shifted", line, message))
        else:
            out[at] = ("other", cell)
            message = f"task {task_id}: a units cell holding prose, no unit's name; no unit is read: {cell.text[:30]}"
            warnings.append(Warning("row-units-unsure", line, message))
    return out


_CELL_ROLE_VERBS = ("负责", "牵头", "配合", "协助", "参与", "协同")


def _prose_not_units(folded: str) -> bool:
    """A long cell of several pieces none of which ends as a unit's name (重点推进城市规划、土地出让、…的公开,并由相关
    主管部门形成公开细则): prose, never units; a short cell (各乡镇) or one naming a unit anywhere is left as it is."""
    text = folded.strip()
    if len(text) < 40 or _reads_as_units(text) or any(verb in text for verb in _CELL_ROLE_VERBS):
        return False  # (县司法局负责合法性审查、县融媒体中心负责宣传报道: units with their duties)
    names = split_units(text)
    return len(names) >= 3 and not any(_unit_like(name) for name in names)  # (names of folded text)


def _sentence_not_units(folded: str) -> bool:
    """A cell closing with a full stop that, without it, reads as no unit's name or list of them (实施某路改造工程。,
    6月开工，年内完工。); 县水务局。 reads as a unit."""
    text = folded.strip()
    return text.endswith("。") and not _reads_as_units(text.rstrip("。").strip())


def _reads_as_units(folded: str) -> bool:
    """A cell that is a unit's name or a list of them (a role may follow a name: 县水务局（牵头）). Kept for the
    last 1,024 short cells: a table names the same units again and again."""
    return _reads_as_units_kept(folded) if len(folded) <= 64 else _read_as_units(folded)


@lru_cache(maxsize=1024)
def _reads_as_units_kept(folded: str) -> bool:
    return _read_as_units(folded)


def _read_as_units(folded: str) -> bool:
    if _unit_like(_without_role_mark(folded)):
        return True
    if "。" in folded or not any(sep in folded for sep in P.UNIT_SEPARATORS):
        return False
    names = [_without_role_mark(fold(unit)) for unit in split_units(folded)]
    # a list of short names, one at least ending as a unit's does (州人大常委会、州政协)
    return any(map(_unit_like, names)) and all(len(name) <= 30 and not _PROSE_MARK.search(name) for name in names)


def _without_role_mark(folded: str) -> str:
    """A unit's name without the role in brackets after it (P.UNIT_ROLE_MARK): 县水务局(牵头) -> 县水务局. The
    mark closes the text (or its last line), so other texts, a row's task text among them, are not searched."""
    return (
        P.UNIT_ROLE_MARK.sub("", folded)
        if folded.endswith((")", ")\n", "〕", "〕\n", "]", "]\n", "〉", "〉\n", ">", ">\n"))
        else folded
    )


_PROSE_MARK = compile_regex(r"[,:!?]")  # (compiled once: regex.search looks a pattern up at every call)


def _due_like(folded: str) -> bool:
    return len(folded) <= 24 and "。" not in folded and P.DUE_CELL.search(folded) is not None


@lru_cache(maxsize=1024)  # (deadline cells repeat down a table: 2024年底前, 长期坚持)
def _due_without_verb(cell: str) -> str:
    """A deadline cell's date, without the verb some cells keep: 2024年9月投用 -> 2024年9月."""
    folded = fold(cell.strip())
    verb = P.DUE_CELL_VERB.fullmatch(folded)
    if verb is None:
        return cell
    return cell.strip()[: verb.end("due")] if len(folded) == len(cell.strip()) else verb["due"]


def _kinds_held_elsewhere(pairs: list[tuple[str, _Cell]]) -> set[str]:
    """The roles (due, lead, departments) a row holds a line of in another column (2024年10月底前 under
    进展情况): the row has its own, never to be filled from the row above."""
    return {
        role
        for role, kind in (("due", "due"), ("lead", "unit"), ("departments", "unit"))
        if any(r != role and r not in _UNIT_COLUMNS and c.text and _line_kind(c.folded) == kind for r, c in pairs)
    }


def _filled(
    pairs: list[tuple[str, _Cell]],
    above: dict[str, str],
    tabbed: bool,
    line: int,
    task_id: int,
    warnings: list[Warning],
) -> list[tuple[str, str, _Cell]]:
    """The row's cells by role, each with its value: 同上 replaced by the cell above, and an empty lead or
    deadline cell, or an empty 责任单位 cell in a row that names no unit, filled from the row above with a
    warning (a merged cell the scrape wrote once); an empty 配合单位 stays empty. The row then becomes the
    one above."""
    own: set[str] | None = None  # (found only when a cell may be filled: most rows have none empty)
    out = []
    for role, cell in pairs:
        value = cell.text
        if value and _same_as_above(value):
            value = above.get(role, "")
            if not value:
                message = f"task {task_id}: a cell says {cell.text} but the row above has nothing in that column"
                warnings.append(Warning("cell-same-as-above-empty", line, message))
            elif role == "due":  # the deadline is kept as the row above writes it: say where it came from
                message = f"task {task_id}: deadline {cell.text} read as the row above's: {value[:30]}"
                warnings.append(Warning("cell-same-as-above", line, message))
        elif (
            not value
            and tabbed
            and above.get(role)
            and (role in ("lead", "due") or (role == "departments" and not _names_a_unit(pairs)))
            and role not in (own := _kinds_held_elsewhere(pairs) if own is None else own)
        ):
            value = above[role]
            _filled_from_above(warnings, line, task_id, value)
        if role in _UNIT_COLUMNS or role in ("due", "leaders"):
            above[role] = value
        out.append((role, value, cell))
    return out


def _names_a_unit(pairs: list[tuple[str, _Cell]]) -> bool:
    """Whether a row's units cells name a unit of their own (a cell with text, not 同上)."""
    return any(c.text and not _same_as_above(c.text) for r, c in pairs if r in _UNIT_COLUMNS)


def _filled_from_above(warnings: list[Warning], line: int, task_id: int, value: str) -> None:
    """The cell-filled-from-above warning for a row: one for a run of rows under one merged cell, at the run's
    first row and naming its tasks (tasks 2–8), the warning of the row before extended when it fills the
    same value (a row filling two cells warns twice, so the last few warnings are looked at)."""
    for back in range(len(warnings) - 1, max(-1, len(warnings) - 5), -1):
        before = warnings[back]
        if before.code != "cell-filled-from-above" or not before.message.endswith(f": {value[:30]}"):
            continue
        run = _FILLED_RUN.match(before.message)
        if run is not None and int(run["last"] or run["first"]) == task_id - 1:
            message = f"tasks {run['first']}–{task_id}: empty cells taken to be merged with the one above: {value[:30]}"
            warnings[back] = Warning(before.code, before.line, message)
            return
    message = f"task {task_id}: an empty cell taken to be merged with the one above: {value[:30]}"
    warnings.append(Warning("cell-filled-from-above", line, message))


_FILLED_RUN = compile_regex(r"^tasks? (?P<first>\d+)(?:–(?P<last>\d+))?: ")


# P.SAME_AS_ABOVE's longest form (同上栏。) has four characters; a longer cell is not tried (nearly all).
# tests/test_patterns.py keeps the two together.
_SAME_AS_ABOVE_LONGEST = 4


def _same_as_above(cell: str) -> bool:
    """A cell that repeats the cell above it: 同上, 同上栏, 〃."""
    return len(cell) <= _SAME_AS_ABOVE_LONGEST and P.SAME_AS_ABOVE.fullmatch(fold(cell)) is not None


def _marks_lead(cell: str) -> bool:
    """Whether a cell marks one of its units as lead: 州水务局（牵头）、州财政局 (short cells are kept). A unit's
    role mark closes it with a bracket (P.UNIT_ROLE_MARK): a cell holding none is not split (nearly all)."""
    folded = fold(cell)
    if not any(closer in folded for closer in ")〕]〉>"):
        return False
    return _marks_lead_kept(cell) if len(cell) <= 256 else _unit_marked_lead(cell)


@lru_cache(maxsize=4096)
def _marks_lead_kept(cell: str) -> bool:
    return _unit_marked_lead(cell)


def _unit_marked_lead(cell: str) -> bool:
    return any((own := unit_role(unit)) is not None and own[1] == "lead" for unit in split_units(cell))


def _item_cells(line: SourceLine, cells: list[_Cell]) -> list[int]:
    """The cells of a tab row, two or more side by side, that are numbered items in a row (3.… | 4.… | 5.…):
    a table scraped one cell a line whose units cell was merged over the items' rows. Else none."""
    if "\t" not in line.text or len(cells) < 3:
        return []
    found: list[int] = []
    number = 0
    for i, cell in enumerate(cells[:-1]):
        item = P.ITEM.match(cell.folded) if cell.folded[:1].isdigit() else None
        if item is None or (found and (i != found[-1] + 1 or int(item["num"]) != number + 1)):
            if len(found) >= 2:
                break
            found = [i] if item is not None else []
        else:
            found.append(i)
        if item is not None:
            number = int(item["num"])
    if len(found) < 2 or not _reads_as_units(cells[found[-1] + 1].folded):
        return []  # no units cell after the items: a list of work the table does not assign
    return found


def _items_of_one_cell(cells: list[_Cell], columns: tuple[str, ...], items: list[int]) -> bool:
    """Whether the numbered items side by side in a row are one cell's list (a rectification list's measures,
    1.…；2.…；3.…, scraped one item a line), never rows under a merged units cell: the table numbers its
    rows, the row opens with its own 序号 cell and its items number from 1 after it."""
    if not columns or columns[0] != "number" or not items or items[0] == 0:
        return False
    first = P.ITEM.match(cells[items[0]].folded)
    return first is not None and int(first["num"]) == 1 and _form_and_number(cells[0].folded) is not None


def _items_joined(line: SourceLine, cells: list[_Cell], items: list[int]) -> SourceLine:
    """A row whose items side by side are one cell's list: the items one cell, joined as written (a space
    between two where the first does not end in punctuation)."""
    texts = [c.text for c in cells]
    joined = texts[items[0]]
    for piece in texts[items[0] + 1 : items[-1] + 1]:
        joined += piece if joined[-1:] in "；;。，,、" else f" {piece}"
    text = "\t".join([*texts[: items[0]], joined, *texts[items[-1] + 1 :]])
    return SourceLine(line.number, text, fold(text))


def _unnumbered_row(line: SourceLine, cells: list[_Cell], roles: list[str]) -> bool:
    """A tab or pipe row of a table with no 序号 column whose task cell holds text."""
    if "\t" not in line.text or "task" not in roles:
        return False
    missing = max(0, len(roles) - len(cells)) if "category" in roles[: roles.index("task")] else 0
    at = roles.index("task") - missing  # a category cell merged over several rows may be missing
    return 0 <= at < len(cells) and bool(cells[at].text)


def _spaced_unnumbered_row(line: SourceLine, cells: list[_Cell], roles: list[str]) -> bool:
    """A row whose cells a space separates, in a table with no 序号 column: a task cell, then units
    cells, and a deadline last where the table has that column (扩建水厂 县水务局 县财政局 2024年9月底前)."""
    if "\t" in line.text or "task" not in roles or roles[0] == "category":
        return False
    tail = roles[len(roles) - roles[::-1].index("task") :]
    if not tail or any(r not in (*_UNIT_COLUMNS, "due") for r in tail) or len(cells) < len(tail) + 1:
        return False
    units = cells[-len(tail) :]
    if tail[-1] == "due":
        if not _due_like(units[-1].folded):
            return False
        units = units[:-1]
    return all(c.folded == "" or _reads_as_units(c.folded) for c in units) and not _reads_as_units(cells[0].folded)


def _add_note(notes: list[Note], line: SourceLine, notes_start: Match | None) -> None:
    """注:1.… starts the notes; a numbered line starts a note, any other line continues one."""
    text = line.text[notes_start.start("rest") if notes_start else 0 :].strip()
    item = P.ITEM.match(fold(text))
    if item or not notes:
        body = text[item.start("rest") :].strip() if item else text
        notes.append(Note(int(item["num"]) if item else len(notes) + 1, body, line.number))
    elif text:
        last = notes[-1]
        notes[-1] = Note(last.number, f"{last.text}\n{text}", last.line)


def _task_numbering(tasks: list[Task]) -> list[Warning]:
    out = []
    expected = 1
    for task in tasks:
        restarts = task.id == 1 and expected > 2  # a group or a table numbered from 1 again: see _unique_ids
        if task.id != expected and not restarts:
            kind = "repeat" if task.id < expected else "gap"
            out.append(Warning(f"task-numbering-{kind}", task.line, f"task {task.id} where {expected} was expected"))
        expected = task.id + 1
    return out

"""A header row's column names (序号, 工作任务, 牵头单位, 完成时限) -> the roles the parser reads (number, task,
lead, due), or None where the line names no columns; the cheap test that a line names a column at all."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import dropwhile, takewhile

import regex

from ... import patterns as P
from ...decode import fold
from ..lines import SourceLine
from .cells import _UNIT_COLUMNS, _due_like, _pipe_row


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
    # (kept in the line's own dict with the vocabulary it was found with, as its tokens are: a table's rows are
    # asked it by the annex's reading, then again by unread_headers, and the line's text never changes)
    kept: tuple[dict[str, str], bool] | None = line.__dict__.get("names_a_column")
    if kept is not None and kept[0] is P.COLUMN_ROLES:
        return kept[1]
    found = _names_a_column_found(line)
    line.__dict__["names_a_column"] = (P.COLUMN_ROLES, found)
    return found


def _names_a_column_found(line: SourceLine) -> bool:
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
    if (
        len(roles) > 2
        and roles[0] == "category"
        and roles[1] is None
        and "task" not in roles
        and "number" not in roles
        and _names_the_item(names[1])
        and any(r in _UNIT_COLUMNS for r in roles[2:])
    ):
        # 类别 / 民生事项名称 / 年度任务目标 / 责任单位: a ledger with no 序号 (its items numbered in their own
        # cells) names each row's item right after its category
        roles[1] = "task"
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


def _scores(names: list[str]) -> bool:
    """Whether a header names a scoring rubric's column (分值, 评分标准)."""
    return any(n in P.SCORING_COLUMNS for n in names)


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

"""Notice text -> model. One module per stage: lines, noise, head, body, annex, inline, roles, deadlines, links."""

from __future__ import annotations

import gc
import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import cache, partial
from itertools import pairwise

import regex

from .. import patterns as P
from ..decode import fold
from ..departments import (
    NAMES_ALONE,
    bracket_spellings_joined,
    cut_names_joined,
    half_name,
    has_ending,
    issuer_level_given,
    list_shares_kept_to_notice,
    names_alone,
    names_only,
    own_place_level_taken,
    split_units,
    task_words,
    town_names_joined,
)
from ..errors import InputError
from ..i18n import _
from ..models import Boilerplate, Clause, Item, Note, Notice, Part, Task, Warning
from ..numerals import cn_to_int
from ..regex_engine import Pattern, compile_regex
from .annex import (
    AnnexResult,
    bare_bars_spaced,
    find_header,
    glued_table_header,
    header_columns,
    headless_rows,
    heads_first_group,
    merge_vertical_table,
    parse_annex,
    unglue_table,
    unit_like,
    units_header_without_task,
    unread_headers,
    vertical_header_lengths,
)
from .blanket import annex_units_by_number, give_due_for_points, give_units_by_number, give_units_for_all
from .body import (
    Body,
    Node,
    figure_articles,
    last_block,
    parse_body,
    period_groups,
    preorder,
    task_label_read,
    unit_groups,
)
from .box_table import unbox_tables
from .cover_line import split_cover_line, split_header_run
from .deadlines import deadline_in_prose, with_deadlines
from .dunhao_table import untie_dunhao_tables
from .every_task_units import units_for_every_task
from .head import TitleSpan, find_title_span, iso_date, parse_head
from .headings import close_points_by_roles, inherit_heading_roles, period_deadlines
from .inline import (
    TEXT_END,
    body_tasks,
    find_annotations,
    node_shares,
    office_paragraph_parts,
    unassigned_blocks,
    unread_outside,
)
from .later_task_units import units_for_later_tasks
from .layout_table import unlayout_tables
from .lines import SourceLine, split_lines
from .links import link_annex
from .markdown import unmark_markdown
from .noise import (
    ends_in_open_cell,
    join_names_cut_at_level,
    join_vertical_headings,
    split_glued_headings,
    split_labelled_items,
    split_run_on,
    strip_furniture,
    strip_headers_in_sentences,
    strip_page_headers,
    unbracket_divisions,
    unshifted_starts,
    unwrap_hard_lines,
)
from .prose_duties import gives_a_duty, prose_duty_tasks, unread_duties
from .quoted_table import unquote_tables
from .roles import unit_role
from .stages import unread_stages
from .task_blocks import number_task_blocks
from .unit_notes import lead_marks_lost, units_without_notes
from .unread import lost_work

__all__ = ["parse_text"]


def parse_text(text: str, name: str = "<input>") -> Notice:
    """Parse a decoded notice. Raises InputError when the text is not a notice of the genre.

    CR and CRLF line endings are read as LF, as when the notice is given as bytes.
    """
    with _cycles_not_collected():
        try:
            return _parse_text(text, name)
        finally:
            NAMES_ALONE.set(None)  # (the notice's evidence is its own: none left for what is read next)


@contextmanager
def _cycles_not_collected() -> Iterator[None]:
    """The garbage collector paused while a notice is parsed, then set as it was. The parse makes objects by the
    hundred thousand (lines, cells, tasks) that live until it ends, and no cycle of them is garbage, but each
    collection walks them: a twentieth of a long notice's parse, with nothing freed."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse_text(text: str, name: str) -> Notice:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unquote_tables(untie_dunhao_tables(text))
    text, laid_out = unlayout_tables(text)
    text, unboxed = unbox_tables(text)
    raw_lines, garbled = unshifted_starts(split_lines(text))
    raw_lines = bare_bars_spaced(raw_lines)
    open_cell = ends_in_open_cell(raw_lines)
    lines, furniture = strip_furniture(raw_lines)
    lines = unbracket_divisions(unwrap_hard_lines(lines, text.split("\n")))
    unglued: list[Warning] = [*laid_out, *unboxed, *garbled]
    lines = join_vertical_headings(split_glued_headings(unglue_table(lines, unglued)))
    lines = number_task_blocks(join_names_cut_at_level(split_header_run(split_cover_line(unmark_markdown(lines)))))
    footer_at = _footer_start(lines)
    content = lines[:footer_at]
    _text_ends(content)
    NAMES_ALONE.set(cache(partial(names_alone, [ln.text for ln in content])))  # (read when first asked for)
    boilerplate = [
        Boilerplate(ln.number, "link" if P.ANNEX_LINK.match(ln.folded) else "footer", ln.text)
        for ln in lines[footer_at:]
    ]
    boilerplate += furniture
    title = find_title_span(content)
    begin = title.end if title else 0
    first_part, table_at = _first_part(content, begin)
    if first_part is None and (
        len(run_on := split_run_on(lines)) > len(lines) or len(run_on := split_labelled_items(lines)) > len(lines)
    ):
        # a page that ran its body into one line: read it split at its parts and items
        lines = run_on
        footer_at = _footer_start(lines)
        content = lines[:footer_at]
        _text_ends(content)
        title = find_title_span(content)
        begin = title.end if title else 0
        first_part, table_at = _first_part(content, begin)
    if (title is None or _page_of_notice(content, title)) and table_at is None and first_part is not None:
        first_part = _inside_body_start(content, begin, first_part, title is not None)
    cover = None
    paged = title is not None and _page_of_notice(content, title)  # …方案（第2页）: a page of it, not its cover
    office_parts = None
    if first_part is None and not paged and (office_parts := office_paragraph_parts(content[begin:])) is not None:
        # 现将各单位任务明确如下： ⏎ 区住建局负责… ⏎ 区委农办要…: no numbered parts, a run of paragraphs each opening
        # with its office and its duty: the body starts at the run, each paragraph a task
        first_part = next(i for i, ln in enumerate(content) if ln is office_parts[0].line)
    if first_part is None and not paged and (cover := _cover_only(content, title.text if title else "")) is not None:
        first_part = len(content)  # a cover notice alone: its head is read, and it has no body
    if first_part is None and (glued := next((w for w in unglued if w.code == "table-not-read"), None)):
        # a task table glued into one run of text, its columns not all known: a notice of the genre whose
        # rows cannot be cut into cells; its head is read, and the table is warned where it starts
        unglued.remove(glued)
        cover, first_part = [glued], len(content)
    if first_part is None and (header := glued_table_header(content)) is not None:
        # a task table whose cells the page ran together under a header of column names run together
        # (实事内容工作任务责任单位进展情况): of the genre, its rows not to be cut into cells without guessing; its
        # head is read, and the table is warned where its header stands
        message = (
            "a task table whose header and cells the page ran together, its rows not to be cut into cells"
            " without guessing; its rows are not read"
        )
        glued_header = Warning("table-not-read", header.number, f"{message}: {header.text.strip()[:30]}")
        cover, first_part = [glued_header], len(content)
        if title is not None and any(ln is header for ln in content[title.start : max(title.end, title.start + 1)]):
            title = None  # the header's last name (工作任务) ends like a title: no title line
    if first_part is None and (signs := _genre_signs(content[begin:], title is not None)) is not None:
        cover, first_part = signs, len(content)  # a text of the genre the parser cannot read: kept and warned
    if first_part is None and title is not None and paged and not _shows_a_piece(content[title.end :]):
        # a page's mark over no piece of a notice (a news report headed 我县出台…实施方案（第2页）): no title
        title, begin, paged = None, 0, False
        if (signs := _genre_signs(content, False)) is not None:
            cover, first_part = signs, len(content)
    if first_part is None and title is not None and paged:
        # a document site's page of a notice (…方案（第2页）) that shows no block of it whole: kept, its title read
        at = next((ln for ln in content[title.end :] if ln.folded.strip()), content[title.end - 1])
        message = "a page of a notice split over numbered pages, with no task of it whole on the page"
        cover, first_part = [Warning("body-unread", at.number, message)], len(content)
    if first_part is None:
        raise InputError(
            _(
                "{name}: not an implementation notice (no numbered parts such as 一、… and no task table);"
                " check it is the notice's text"
            ).format(name=name)
        )
    head = parse_head(content[:first_part], title)
    # (the head's banners and issuers known, a page header set inside a sentence before the body is cut out,
    # and the head read again without it; the body's page headers: below)
    head_lines, in_sentences = strip_headers_in_sentences(content[:first_part], head.headers, head.metadata.issuers)
    if in_sentences:
        content = head_lines + content[first_part:]
        boilerplate += in_sentences
        head = parse_head(content[:first_part], title)
    # a page header repeated in the text at a page break is cut out before the body is read (the
    # first part's line keeps its place: it is never only a header)
    # (the titles the head shows, the cover's and the plan's, come back as the running head of a page)
    running = (head.metadata.title or "", *(ln.text for ln in content[:first_part] if P.TITLE.match(ln.folded)))
    cleaned, breaks = strip_page_headers(
        content[first_part:], head.headers, head.metadata.issuers, head.metadata.doc_number_normalized, running
    )
    content = content[:first_part] + cleaned
    boilerplate += breaks

    annex = AnnexResult()
    document_at: int | None = None
    if table_at is not None:  # a task table standing alone: its rows are the tasks
        annex_at, marker = table_at, None
        document_at = _document_after(content, table_at)  # 任务清单 rows, then the plan they belong to
        annex = parse_annex(content[annex_at:document_at], None, _lead_may_be_empty(content), document_at is not None)
        if not annex.tasks:  # header words, but no table: the notice is read by its parts, if it has any
            part = _part_after(content, table_at)
            if part is None and (unread := _table_not_read(content, table_at)) is not None:
                # a task table of the genre whose rows cannot be cut into cells (a page of a larger table, run
                # into one line): its head is read, and the table is warned where its header stands
                cover, part, table_at, annex = [unread], len(content), None, AnnexResult()
            if (
                part is None
                and title is not None
                and (_genre_heading(fold(title.text)) or P.GENRE_DOCUMENT.search(fold(title.text)) is not None)
                and (signs := _genre_signs(content[begin:], True)) is not None
            ):
                # a header of units columns whose task column the parser does not find (a header wrapped over
                # lines, its rows wrapped inside their cells) under a title naming the genre (印发…任务分解表的通知): kept
                # and warned, not refused (a news page over such a header is still refused)
                cover, part, table_at, annex = signs, len(content), None, AnnexResult()
            if part is None:
                raise InputError(
                    _(
                        "{name}: not an implementation notice (a table header but no task rows, and no numbered"
                        " parts such as 一、…); check it is the notice's text"
                    ).format(name=name)
                )
            first_part, table_at = part, None
            head = parse_head(content[:first_part], title)
    if table_at is None:
        annex_at, marker = _annex_start(content, first_part)
        annex_end = len(content) if marker else _table_end(content, first_part, annex_at)
        annex_end = annex_end if marker else _after_vertical_rows(content, annex_at, annex_end)
        followed = any(P.PART.match(ln.folded.strip()) for ln in content[annex_end:])
        annex = (
            parse_annex(
                content[annex_at + (1 if marker else 0) : annex_end], marker, _lead_may_be_empty(content), followed
            )
            if annex_at < len(content)
            else AnnexResult()
        )
        if not marker and annex.tasks and (prose := _prose_after_rows(content, annex, annex_at, annex_end)):
            # a paragraph after a task table in the body, no row of it: the body again from there
            annex_end = prose
            followed = any(P.PART.match(ln.folded.strip()) for ln in content[annex_end:])
            annex = parse_annex(content[annex_at:annex_end], None, _lead_may_be_empty(content), followed)
        resumed = content[annex_end:] if annex_at < len(content) else []
        if (
            marker
            and annex.annex is None
            and _part_after(content, annex_at + 1) is not None
            and any(P.ANNEX_START.match(ln.folded.strip()) for ln in content[begin:first_part])
        ):
            # 附件1 ⏎ 甲方案 ⏎ 一、… ⏎ 附件2 ⏎ 乙方案 ⏎ 一、…: a cover issuing several plans, each written in parts:
            # the body reads them all, one after the other
            annex_at, marker, annex, resumed = len(content), None, AnnexResult(), []
        elif marker and annex.annex is None and (prose := _part_after(content, annex_at + 1)) is not None:
            # the annex is the document itself, written in parts (一、…) with no table: the cover before it,
            # numbered requirements and all, is the notice's head, and the annex is its body
            first_part, annex_at, marker, annex = prose, len(content), None, AnnexResult()
            resumed = []
            head = parse_head(content[:first_part], title)
    elif document_at is not None:
        # the annex's table first, then the document it belongs to: its title (kept as such) and its parts
        boilerplate.append(Boilerplate(content[document_at].number, "document-title", content[document_at].text))
        resumed = content[document_at + 1 :]
    else:
        resumed = []
    body_lines = [*content[first_part:annex_at], *resumed]
    body = parse_body(body_lines, content[:first_part])
    if office_parts is not None and not body.parts:
        body.parts = office_parts

    _closing_after_last_task(body)
    close_points_by_roles(body.parts, body.warnings)
    body.warnings.extend(inherit_heading_roles(body.parts, body.warnings))
    body.warnings.extend(give_units_by_number(body))
    if not annex.tasks and annex_at < len(content):
        # 附件：任务分工表 ⏎ 序号 责任单位 ⏎ 1 …: the body's blocks by number, their units in the annex
        by_number, read_lines = annex_units_by_number(body, content[annex_at:])
        if by_number:
            body.warnings.extend(by_number)
            annex.warnings[:] = [w for w in annex.warnings if w.line not in read_lines]
    notes_at = {note.line for note in annex.notes}  # 注：表中未列责任单位的任务，由…负责 under a table too
    for_all_lines = [*content[begin:first_part], *(ln for ln in content if ln.number in notes_at)]
    for_all, annex.tasks = give_units_for_all(body, for_all_lines, annex.tasks)
    body.warnings.extend(for_all)
    give_due_for_points(body)
    period_deadlines(body.parts)
    body.warnings.extend(unread_stages(body.parts, {w.line for w in body.warnings}))
    body.warnings.extend(unassigned_blocks(body.parts, {w.line for w in body.warnings}))
    # the preamble and the annex's lines before its first row, the closing, and the lines warned or taken
    first_row = min((t.line for t in annex.tasks), default=0)
    before = [*content[begin : min(first_part, annex_at)], *(x for x in content[annex_at:] if x.number < first_row)]
    taken = {w.line for w in body.warnings} | {n.line for n in annex.notes} | {w.line for w in annex.warnings}
    outside = (before, body_lines, body.closing, body.parts, bool(annex.tasks))
    body.warnings.extend(unread_outside(*outside, taken))
    if title is not None and _page_of_notice(content, title):
        warned = taken | {w.line for w in body.warnings}
        kept = {b.line for b in (*head.boilerplate, *body.boilerplate, *annex.boilerplate, *boilerplate)}
        body.warnings.extend(_leading_piece(content[begin:first_part], warned | kept))
    shared = {w.line: w for w in annex.warnings if w.code in ("row-number-shared", "row-cells-merged")}
    merged = frozenset(line for line, w in shared.items() if w.code == "row-cells-merged")
    issuers = (
        head.metadata.issuers
        or ((body.signer,) if body.signer else ())
        or tuple(filter(None, (head.metadata.publisher,)))
    )
    tasks, id_warnings = _unique_ids(
        _number_tasks(annex.tasks, body_tasks(body.parts, issuers, head.metadata.title or "")), set(shared), merged
    )
    heading = head.metadata.title or next((ln.text for ln in content if ln.folded.strip()), "")
    if (
        not tasks
        and cover is None
        and office_parts is None
        and body.parts
        and not P.SPEECH_OR_NEWS_TITLE.search(fold(heading))
    ):
        # a notice of the genre that assigns its work only in its sentences (县环保局。负责…; 各乡镇人民政府务必…):
        # the units its blocks' sentences open with are their tasks', each warned read-from-prose, and a block
        # whose sentences open with units and no duty word is warned at its line
        labels_taken: set[int] = set()
        tasks, from_prose = prose_duty_tasks(body.parts, {w.line for w in body.warnings}, labels_taken=labels_taken)
        body.warnings = [w for w in body.warnings if not (w.code == "label-without-unit" and w.line in labels_taken)]
        body.warnings.extend(from_prose)
    elif any(t.source == "body" for t in tasks):
        # blocks whose sentences give units a duty, beside the tasks the body assigns: warned, never dropped silently
        # (where a table alone holds the tasks, the body is the policy it divides), or read where they outnumber
        # those tasks (a notice that assigns its work in sentences, a few of them in a form the body reads)
        warned = {w.line for w in (*body.warnings, *annex.warnings)}
        labels_taken = set()
        tasks, from_prose = _mostly_prose(tasks, body.parts, warned, labels_taken)
        read_lines = {w.line for w in from_prose if w.code == "read-from-prose"}
        body.warnings = [
            w
            for w in body.warnings
            if not _read_now(w, read_lines) and not (w.code == "label-without-unit" and w.line in labels_taken)
        ] + from_prose
        if not from_prose:
            body.warnings.extend(unread_duties(body.parts, {t.line for t in tasks}, warned))
    renamed = {w.line for w in id_warnings if w.code in ("row-number-shared", "row-cells-merged")}
    annex.warnings = [w for w in annex.warnings if not (w.line in renamed and shared.get(w.line) is w)]
    tasks = _lead_rules(tasks, content)
    tasks, every_task = units_for_every_task(tasks, content)
    given = {w.line for w in every_task}  # (a sentence giving units to every task is read: no line-not-read)
    body.warnings = [w for w in body.warnings if not (w.code == "line-not-read" and w.line in given)]
    warned = {w.line for w in (*body.warnings, *annex.warnings)}
    annex.warnings += [w for w in _notes_not_read(annex.notes, tasks) if w.line not in given | warned]
    remarks = [w for w in body.warnings if w.code == "remark-for-later-tasks"]
    if remarks:  # …，下同: a remark's units for this task and every later one
        tasks, later, read = units_for_later_tasks(tasks, remarks)
        body.warnings = [w for w in body.warnings if id(w) not in read]
        every_task += later
    tasks = [_leaders_in_units(t) for t in tasks]
    tasks, header_warnings = _no_column_names(tasks)
    tasks, fragment_warnings = _no_unit_fragments(tasks)
    header_warnings += fragment_warnings
    tasks, note_warnings = units_without_notes(tasks)
    note_warnings += lead_marks_lost(tasks)
    parts = tuple(_freeze_part(p) for p in body.parts)
    metadata = head.metadata
    if body.signed and not metadata.signed:
        metadata = replace(metadata, signed=iso_date(body.signed))
    if body.signer and not metadata.issuers:
        metadata = replace(metadata, issuers=(body.signer,))
    if not metadata.signed and (signature := _signature_after_table(annex.boilerplate)) is not None:
        # 任务清单 rows, then 某县…办公室 ⏎ 2024年11月6日: a table standing alone signed and dated under its rows
        signer, signed = signature
        metadata = replace(metadata, signed=iso_date(signed), issuers=metadata.issuers or (signer,))
    if marker:
        boilerplate.append(Boilerplate(marker.number, "annex-marker", marker.text))
    # with no issuer named, the page's publisher field (发布单位 | 区政府) gives the government's level, else a title
    # opening with it (2023年区政府重点民生实事项目)
    tasks = list_shares_kept_to_notice(tasks, metadata.issuers, metadata.title or "")
    titled = P.TITLE_OWN_GOVERNMENT.match(fold(metadata.title or ""))
    tasks = issuer_level_given(
        tasks,
        metadata.issuers
        or ((metadata.publisher,) if metadata.publisher else ())
        or ((titled["government"],) if titled else ()),
        metadata.title or "",
    )
    tasks = own_place_level_taken(tasks, [*metadata.issuers, metadata.title or ""])
    tasks = town_names_joined(tasks)
    tasks = cut_names_joined(tasks)
    tasks = bracket_spellings_joined(tasks)
    tasks, cut_warnings = _cut_unit_at_end(tasks, content, [*annex.warnings, *body.warnings])
    tasks = _cut_due_at_end(tasks, content, open_cell)
    body.warnings += cut_warnings
    tasks, label_warnings = _no_labels_in_units(tasks)
    header_warnings += label_warnings
    tasks, words_warnings = _no_task_words_as_units(tasks)
    header_warnings += words_warnings
    tasks, debris_warnings = _units_mended(
        tasks,
        _table_debris,
        lambda units: tuple(u for u in units if not _table_debris(u)),
        "not-a-unit",
        "cells of a table or figures read as a unit's name (its units are likely misread), dropped",
    )
    header_warnings += debris_warnings
    steps_year = _steps_year(body.parts)
    tasks, deadline_warnings = with_deadlines(tasks, metadata, steps_year, head.preamble)
    found_problems = any(P.PROBLEMS_FOUND_HEAD.search(ln.folded) for ln in content[:first_part])
    undated = _cover_default_due(tasks, head.preamble, body.parts, body.closing or "", found_problems)
    if undated is not None:  # every other rule ran first: the cover's deadline dates only what they left undated
        dated = [u for u, t in zip(undated, tasks, strict=True) if u.due != t.due]
        tasks, deadline_warnings = with_deadlines(undated, metadata, steps_year, head.preamble)
        deadline_warnings += _due_for_all_given(dated, content)
    notice = Notice(
        metadata=metadata,
        preamble=head.preamble,
        parts=parts,
        closing=body.closing,
        annex=link_annex(annex.annex, parts) if annex.annex else None,
        tasks=tuple(tasks),
        notes=tuple(annex.notes),
        boilerplate=tuple(
            sorted([*head.boilerplate, *body.boilerplate, *annex.boilerplate, *boilerplate], key=lambda b: b.line)
        ),
        warnings=tuple(
            sorted(
                [
                    *unglued,
                    *head.warnings,
                    *body.warnings,
                    *annex.warnings,
                    *id_warnings,
                    *header_warnings,
                    *note_warnings,
                    *every_task,
                    *deadline_warnings,
                    *(
                        cover
                        if cover is not None
                        else _division_not_in_text(
                            tasks, head.metadata.title, body.parts, content[begin:first_part], content[first_part:]
                        )
                        or _no_tasks(tasks, content[first_part:], taken, content[begin:first_part])
                    ),
                    *(
                        w  # (the header of a division table by task number, its rows read: no header unread;
                        # its first row is the line after it, or after the rule under it: |---|)
                        for w in unread_headers(content[begin:], (t.line for t in tasks if t.source == "annex"))
                        if not any(
                            w.line < g.line <= w.line + 2 and g.code == "units-by-number-given" for g in body.warnings
                        )
                    ),
                    *(
                        _cut_off_end(tasks, content, [*annex.warnings, *body.warnings], open_cell)
                        or _text_cut_off(content, tasks, [*annex.warnings, *body.warnings], boilerplate)
                    ),
                ],
                key=lambda w: w.line,
            )
        ),
    )
    lost = lost_work(notice, content)  # the last net: work that no task holds and no warning names
    return replace(notice, warnings=tuple(sorted([*notice.warnings, *lost], key=lambda w: w.line))) if lost else notice


def _no_column_names(tasks: list[Task]) -> tuple[list[Task], list[Warning]]:
    """A table's column name (完成时限, 责任单位) is never a unit: one read as a task's unit (a header written
    one name a line and read as prose) is dropped from its units, with a warning at the task's line."""
    return _units_mended(
        tasks,
        lambda u: u in P.COLUMN_ROLES,
        _without_column_names,
        "column-name-as-unit",
        "a table column name read as a unit, dropped",
    )


def _without_column_names(units: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(u for u in units if u not in P.COLUMN_ROLES)


def _text_ends(content: list[SourceLine]) -> None:
    """Tell the annotations where the text ends: a cut is read there only."""
    TEXT_END.set(content)


def _cut_due_at_end(tasks: list[Task], content: list[SourceLine], open_cell: bool) -> list[Task]:
    """A table one cell a line cut inside its last row's deadline cell, after the date (2016年6月底前出, the page
    ending inside the words after it): the deadline is the date up to its 前, the cut word no part of it (the
    cut is warned as the text's end is). A cell closed by its bar, one holding no whole date, or one going on
    past the date with more than a word's first characters (a second date, a clause after a comma) stays."""
    if not open_cell or not tasks or not content:
        return tasks
    last, end = max(tasks, key=lambda t: t.line), content[-1]
    if last.source != "annex" or not last.due or end.number < last.line:
        return tasks
    due = last.due.strip()
    if fold(end.text).strip() != fold(due) or (date := P.CUT_DUE_DATE.match(fold(due))) is None:
        return tasks
    if date.end() == len(due) or len(fold(due)) != len(due):
        return tasks
    if not P.CUT_DUE_REST.match(due[date.end() :]):
        return tasks  # 2019年9月底前启动，2020年6月底前完成, 2019年9月底前、12月底前: a whole cell, more than one date
    return [replace(t, due=due[: date.end()]) if t is last else t for t in tasks]


def _cut_unit_at_end(
    tasks: list[Task], content: list[SourceLine], warned: list[Warning]
) -> tuple[list[Task], list[Warning]]:
    """The text ends inside the last task's last unit, its name half written (牵头单位：区商, a table's last cell
    市发: a page excerpt cut there): that is no unit, and is dropped; a task it leaves with no unit is not read
    (as when the page ends after the label's colon). A last name ending as a unit's does (区商务局) stays; a cut an
    annotation warned already is the annotation's, and one a table's row warned (row-cut-off, naming the name) is
    dropped here with no second warning."""
    if not tasks or not content:
        return tasks, []
    last, end = max(tasks, key=lambda t: t.line), content[-1]
    if end.number < last.line or not last.departments:
        return tasks, []
    if any(w.code == "annotation-cut-off" and w.line == end.number for w in warned):
        return tasks, []
    # (a table's row the end cut is warned row-cut-off, naming the cut name: that name is still no unit)
    row_warned = any(w.code == "row-cut-off" and w.line == end.number for w in warned)
    tail = regex.split(r"[:、,;]", fold(last.departments_raw or ""))[-1].strip()
    unit = last.departments[-1]
    if not tail or fold(unit) != tail or not end.folded.rstrip().endswith(tail):
        return tasks, []
    if not half_name(tail, "\n".join(ln.folded for ln in content)):
        return tasks, []  # 县林场, 各县(市): a name whole as far as can be told (the end is warned as before)
    kept = replace(
        last,
        departments=last.departments[:-1],
        lead=tuple(u for u in last.lead if u != unit),
        partners=tuple(u for u in last.partners if u != unit),
    )
    if kept.departments:
        message = f"task {last.id}: the text ends inside its last unit's name, which is not read: {unit}"
        said = [] if row_warned else [Warning("task-cut-off", end.number, message)]
        return [kept if t is last else t for t in tasks], said
    message = f"task {last.id}: the text ends inside its only unit's name ({unit}); no task is read there"
    return [t for t in tasks if t is not last], [Warning("task-cut-off", end.number, message)]


def _no_unit_fragments(tasks: list[Task]) -> tuple[list[Task], list[Warning]]:
    """A single character (市, 委: what a page left of a unit's name it broke one character a line) is never a
    unit: dropped from the task's units, with a warning at the task's line."""
    out, warnings = [], []
    for task in tasks:
        pieces = [u for u in (*task.departments, *task.lead, *task.partners) if len(u) == 1]
        if pieces:
            task = replace(
                task,
                departments=tuple(u for u in task.departments if len(u) > 1),
                lead=tuple(u for u in task.lead if len(u) > 1),
                partners=tuple(u for u in task.partners if len(u) > 1),
            )
            message = (
                f"task {task.id}: a single character read as a unit (a unit's name broken one character a line?),"
                f" dropped: {'、'.join(dict.fromkeys(pieces))}"
            )
            warnings.append(Warning("unit-fragment", task.line, message))
        out.append(task)
    return out, warnings


def _no_labels_in_units(tasks: list[Task]) -> tuple[list[Task], list[Warning]]:
    """A unit's name never holds a label (协同整改单位：县水利局, a label the parser did not read run into the
    list): the name is what follows the label's colon, and the label is warned at the task's line, its role
    not given (a name with nothing after the colon is dropped)."""
    return _units_mended(
        tasks,
        lambda u: P.LABEL_IN_UNIT.search(u) is not None,
        _without_labels,
        "label-in-unit",
        "a label read into a unit's name, its role not read",
    )


def _cover_default_due(
    tasks: list[Task], preamble: str, parts: list[Node], closing: str, found_problems: bool = False
) -> list[Task] | None:
    """The deadline the cover gives every task that states none (未明确完成时限的工作，原则上于2024年12月底前完成),
    given to each task every other deadline rule left undated: tasks as they were before those rules ran (their
    due as written), or None where the cover gives no such deadline or no task takes it. Never a task whose text
    names a year (老旧小区改造2026年全部完成), nor one under a heading that dates its work (（以下任务于2024年6月底前
    完成）, （长期坚持）, a stage （2024年3月—4月）, 一季度：)."""
    written = preamble
    found = P.COVER_DEFAULT_DUE.search(fold(preamble)) if preamble else None
    if found is None and found_problems and (ordered := _order_for_all(preamble, closing)) is not None:
        # a rectification notice's order to finish every problem it lists by one date (请…于5月20日前将问题整改完成),
        # in its cover or its closing: each problem stating no deadline of its own takes it (found_problems: its head
        # says its tasks are problems an inspection or a supervision found, P.PROBLEMS_FOUND_HEAD)
        written, found = ordered
    if found is None or any(P.DIVISION_DUE_LINE.search(fold(x).strip()) for x in closing.splitlines()):
        return None  # (上述任务中未明确完成时限的，均需持续推进 after the body: its own word on them)
    due = written[found.start("due") : found.end("due")]
    dated_lines = _lines_under_dated_headings(parts)
    out = [
        replace(t, due=due)
        if t.due_kind is None
        and not t.due
        and t.source == "body"
        and not P.YEAR_IN_TEXT.search(fold(t.text))
        and not P.DEADLINE.search(fold(t.text))
        and t.line not in dated_lines
        else t
        for t in tasks
    ]
    if all(a is b for a, b in zip(out, tasks, strict=True)):
        return None
    # the tasks as the deadline rules found them: each undated task's due was None there, the others' as written
    return [replace(t, due_year=None, due_date=None, due_from=None, due_kind=None) for t in out]


def _order_for_all(preamble: str, closing: str) -> tuple[str, regex.Match[str]] | None:
    """The order to finish every problem by one date (P.COVER_ORDER_DUE) in the cover, else in the closing, and
    the text it stands in; None where neither gives one, or where one gives two such dates (no telling which)."""
    for text in (preamble, closing):
        folded = fold(text) if text else ""
        found = list(P.COVER_ORDER_DUE.finditer(folded))
        if not found:
            continue
        end = folded.find("。", found[0].end())
        sentence = folded[folded.rfind("。", 0, found[0].start()) + 1 : end if end >= 0 else len(folded)]
        if len({m["due"] for m in found}) == 1 and len(P.DEADLINE.findall(sentence)) == 1:
            return text, found[0]
        return None  # (请河东街道于6月30日前整改完成，市住建局于7月31日前…: a date for each, no telling which)
    return None


def _due_for_all_given(given: list[Task], content: list[SourceLine]) -> list[Warning]:
    """due-for-all-given (info) at each task that took the deadline the notice gives every task stating none: its
    due is the notice's, not the task's own; the line of the notice's words is named."""
    out = []
    for task in given:
        at = next((ln.number for ln in content if task.due and task.due in ln.text and ln.number != task.line), None)
        where = f" (line {at})" if at is not None else ""
        message = f"deadline given by the notice to every task stating none{where}: {task.due}"
        out.append(Warning("due-for-all-given", task.line, message))
    return out


def _lines_under_dated_headings(parts: list[Node]) -> set[int]:
    """The lines of every block under a heading that dates its work: a year or a deadline in it (（以下任务于2024年
    6月底前完成）, 动员部署阶段（2024年3月—4月）), work that goes on (（长期坚持）), or a period over its blocks."""

    def dated(node: Node) -> bool:
        folded = node.first_folded
        return bool(
            node.period
            or P.YEAR_IN_TEXT.search(folded)
            or P.DEADLINE.search(folded)
            or P.STANDING_HEADING.search(folded)
        )

    lines: set[int] = set()

    def walk(node: Node, above: bool) -> None:
        if above:
            lines.add(node.line.number)
            lines.update(node.paragraph_lines)
        under = above or dated(node)
        for child in node.children:
            walk(child, under)

    def divided(node: Node) -> bool:  # a line under it dating its tasks: 上述任务中未明确完成时限的，均需持续推进
        return any(P.DIVISION_DUE_LINE.search(fold(text).strip()) for n in preorder([node]) for text in n.paragraphs)

    for part in parts:
        walk(part, divided(part))
    return lines


def _no_task_words_as_units(tasks: list[Task]) -> tuple[list[Task], list[Warning]]:
    """Words of a task's text read as its units (同步实施节水灌溉, 第2条新建高标准农田: a layout read wrong) are
    never printed as units: dropped from the task's units, with a warning at the task's line."""
    return _units_mended(
        tasks,
        task_words,
        lambda units: tuple(u for u in units if not task_words(u)),
        "not-a-unit",
        "words of a task read as its units (its units are likely misread), dropped",
    )


def _table_debris(unit: str) -> bool:
    """A "unit" that is a run of a table's cells or figures (各区政府 鄞州 海曙 江东 合计 2 5 1 10): three pieces or more
    apart by spaces, or two figures or more apart; never a unit's name."""
    pieces = unit.split()
    return len(pieces) >= 3 or (len(pieces) >= 2 and sum(p.isdigit() for p in pieces) >= 1) or len(unit) > 60


def _units_mended(
    tasks: list[Task],
    wrong: Callable[[str], bool],
    mend: Callable[[tuple[str, ...]], tuple[str, ...]],
    code: str,
    what: str,
) -> tuple[list[Task], list[Warning]]:
    """Tasks whose units hold a name that is wrong in one way (a column's name, a label, words of a task) with
    their units mended, and a warning naming those names at each such task's line."""
    out, warnings = [], []
    wrong = cache(wrong)  # (each name asked once: a notice names the same units again and again)
    wrong_in: dict[tuple[tuple[str, ...], ...], list[str]] = {}  # (and each task's lists of units read once)
    for task in tasks:
        units = (task.departments, task.lead, task.partners)
        names = wrong_in.get(units)
        if names is None:
            names = wrong_in[units] = [u for u in dict.fromkeys((*units[0], *units[1], *units[2])) if wrong(u)]
        if names:
            task = replace(task, departments=mend(task.departments), lead=mend(task.lead), partners=mend(task.partners))
            warnings.append(Warning(code, task.line, f"task {task.id}: {what}: {'、'.join(names)}"))
        out.append(task)
    return out, warnings


def _without_labels(units: tuple[str, ...]) -> tuple[str, ...]:
    names = (u[label.end() :].strip() if (label := P.LABEL_IN_UNIT.search(u)) else u for u in units)
    return tuple(dict.fromkeys(u for u in names if len(u) > 1))


_POINTS_START = "一是"  # a block's points as paragraphs: 一是…。二是…。


def _steps_year(parts: list[Node]) -> tuple[int, int, int] | None:
    """The one year a part laying out the plan's steps names (三、进度安排 ⏎ 2025年3月—5月为部署阶段；…), with
    the line naming it first and the earliest month the steps name in it (1 when they name none); None when no
    such part names a year, or it names more than one."""
    years: set[str] = set()
    months: list[int] = []
    first = 0
    for part in parts:
        if not P.STEPS_HEADING.match(fold(part.title).strip(" 。")):
            continue
        for node in preorder([part]):
            for text, line in (
                (node.first, node.line.number),
                *zip(node.paragraphs, node.paragraph_lines, strict=True),
            ):
                found = P.YEAR_IN_TEXT.findall(fold(text))
                if found and not first:
                    first = line
                years.update(found)
                months += (int(month) for _, month in P.YEAR_AND_MONTH.findall(fold(text)))
    return (int(years.pop()), first, min(months, default=1)) if len(years) == 1 else None


def _closing_after_last_task(body: Body) -> None:
    """The paragraphs after the notice's last block, when that block's own line already ends in its
    assignment and they name no role, are the notice's closing (各单位要于12月20日前报送…), not more of
    that task's text: their dates are no deadline of it."""
    last = last_block(body.parts)
    if body.closing is not None or last is None or not last.paragraphs or last.labels:
        return
    if last.paragraphs[0].lstrip().startswith(_POINTS_START):
        return  # 一是…、二是…: the points of the block's own task, written under its title and roles
    # 4、广告牌破损。 ⏎ 整改措施：由县民政局督促商户更换。: a problem whose measure, on the line under it, names the
    # unit that sees to it; the paragraphs after that measure are the closing
    measured = not find_annotations(last.first) and bool(P.MEASURE_BY.match(fold(last.paragraphs[0]).lstrip()))
    if measured and not find_annotations(last.paragraphs[0]):
        return
    if not (measured or find_annotations(last.first)) or any(_names_role(fold(p)) for p in last.paragraphs):
        return
    keep = max(_text_under_headings(body.parts, last), 1 if measured else 0)
    if keep >= len(last.paragraphs):
        return
    lines = {last.line.number, *last.paragraph_lines}
    body.closing = "\n".join(last.paragraphs[keep:])
    del last.paragraphs[keep:]
    del last.paragraph_lines[keep:]
    last.shares = None  # read again without them, and warned again
    read = {"role-not-read", "annotation-cut-off", "labels-not-used"}
    body.warnings = [w for w in body.warnings if w.code not in read or w.line not in lines]
    body.warnings = sorted([*body.warnings, *node_shares(last)[1]], key=lambda w: w.line)


def _text_under_headings(parts: list[Node], last: Node) -> int:
    """How many paragraphs the notice's other blocks headed by their title and roles (一、标题（X牵头）)
    carry as their task text: the last such block's paragraphs up to that many are its text too, not the
    closing."""
    shaped = [
        len(node.paragraphs)
        for node in preorder(parts)
        if node is not last and not node.children and node.paragraphs and find_annotations(node.first)
    ]
    return max(shaped, default=0)


def _names_role(folded: str) -> bool:
    """A label, or a role verb right after a unit's name (县财政局配合): the paragraph gives work. A verb after a
    word on how the unit acts (县直各部门积极配合, 县财政局予以配合, 各部门按属地负责) is the closing's call on
    everyone, no role of the last task: the paragraph stays the closing, its dates no deadline of that task."""
    return bool(P.LABEL_ANYWHERE.search(folded) or any(not m["adverb"] for m in P.UNIT_THEN_VERB.finditer(folded)))


# a note saying what ▲ before a unit means (folded): 标▲的为配合单位   带▲的为协办单位   ▲表示责任单位
_TRIANGLE_NOTE = re.compile(
    r"▲[”\"]?\s*(?:号|标记|标识)?\s*(?:的|者)?\s*(?:单位|部门)?\s*(?:为|是|表示|系)\s*(?P<what>[^,;。)]{2,8})"
)


def _triangles_noted(tasks: list[Task], content: list[SourceLine]) -> list[Task]:
    """Under a note giving ▲ a meaning other than the lead (标▲的为配合单位): the marked units take that meaning
    (partners, where it names them) and lose the mark, so that no star rule reads ▲ as a lead. Unchanged where
    no note speaks of ▲, or where it marks leads (a lead mark, read as a star is)."""
    note = next((m for ln in content if "▲" in ln.folded and (m := _TRIANGLE_NOTE.search(ln.folded))), None)
    if note is None or "牵头" in note["what"] or "主" in note["what"]:
        return tasks
    partners = any(word in note["what"] for word in ("配合", "协办", "参与", "协同", "协助"))
    out = []
    for task in tasks:
        marked = tuple(u for u in task.departments if u.startswith("▲"))
        if not marked:
            out.append(task)
            continue

        def bare(units: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(u.lstrip("▲") for u in units)

        extra = bare(marked) if partners else ()
        out.append(
            replace(
                task,
                departments=bare(task.departments),
                lead=bare(task.lead),
                partners=tuple(dict.fromkeys((*bare(task.partners), *extra))),
            )
        )
    return out


def _lead_rules(tasks: list[Task], content: list[SourceLine]) -> list[Task]:
    """Apply what the notice's own notes say about leads to the tasks that mark none: the first unit of
    each list leads (排在第一位的为牵头单位), or every unit of a task without a lead leads it
    (无牵头单位的，责任单位即为牵头单位)."""
    leads = [ln for ln in content if "牵头" in ln.folded]  # the notes on leads say 牵头; few lines do
    marked = any(t.lead for t in tasks)  # (before the notes give leads)
    tasks = _triangles_noted(tasks, content)
    starred = bool(_starred_units(tasks))
    if any(P.STAR_MARKS_LEAD.search(ln.folded) for ln in leads) or (
        starred and not any(_star_means_other(ln.folded) for ln in content)
    ):
        # 区财政局*: a star glued to a unit marks the lead, with or without a note saying so (unless a note
        # gives the star another meaning: 带*的为新增任务)
        tasks = [_starred_leads(t) for t in tasks]
    if any(P.BRACKET_IS_PERSON.search(ln.folded) for ln in content if "括号" in ln.folded or "()" in ln.folded):
        tasks = [_people_in_brackets(t) for t in tasks]
    first_note = next((ln for ln in leads if P.FIRST_UNIT_LEADS.search(ln.folded)), None)
    if first_note is not None:
        start = _note_scope(tasks, first_note)
        # 只列一个部门的，由该部门负责: a task's only unit is responsible, not its lead
        alone = any(
            P.SINGLE_UNIT_RESPONSIBLE.search(ln.folded) for ln in content if "负责" in ln.folded or "责任" in ln.folded
        ) or _note_for_several_only(first_note.folded)
        # 列第一位的为牵头单位，其他为配合单位: the others are partners only where the note says so, and a note in
        # one task's own bracket says so of that task alone
        in_a_task = any(_note_in_own_units(t, first_note.folded) for t in tasks)
        others = not in_a_task and P.FIRST_NOTE_OTHERS_PARTNERS.search(first_note.folded) is not None
        # (a task's own bracket may say so where the first note does not: …，排名第一的为牵头单位，其他为配合单位)
        # (a note after the body, with the annex table: the table's rows alone; the body's labels say their roles)
        annex_only = any(t.source == "annex" for t in tasks) and all(
            t.line < first_note.number for t in tasks if t.source != "annex"
        )
        tasks = [
            _first_leads(t, alone, others or _names_others_partners(t))
            if i >= start and (not annex_only or t.source == "annex")
            else t
            for i, t in enumerate(tasks)
        ]
    if first_note is None and any(
        (P.LEAD_MARK_NOTE.search(ln.folded) or P.STAR_MARKS_LEAD.search(ln.folded))
        and P.FIRST_NOTE_OTHERS_PARTNERS.search(ln.folded)
        for ln in leads
    ):
        # 标注“（牵头）”的为牵头单位，其余为配合单位: a list marking its lead has its units written bare as partners
        tasks = [_marked_list_partners(t) if t.lead and not t.partners else t for t in tasks]
    if any(P.UNITS_LEAD_WITHOUT_LEAD.search(ln.folded) for ln in leads) or any(
        P.RESPONSIBLE_UNIT_LEADS.search(ln.folded) for ln in content if "责任" in ln.folded
    ):
        # (将各项任务的主要负责单位确定为责任单位，其他负责单位确定为配合单位: the 责任单位 lead, the same way)
        tasks = [_all_lead(t) for t in tasks]
    if any(P.SINGLE_UNIT_LEADS.search(ln.folded) for ln in leads):
        tasks = [_single_lead(t) for t in tasks]
    if any(P.LISTED_UNDER_LEAD.search(ln.folded) for ln in leads):
        tasks = _heading_units_lead(tasks, content)
    if not _lead_note(leads) and not starred:
        # no note on how leads are marked, no star: units a 负责 clause puts in charge beside partners lead; the
        # units under a 责任 label only where no lead is marked anywhere in the notice, body or annex (a 牵头
        # label, verb or column, （牵头）), and no row of a table marking its leads gains one
        annex = [t for t in tasks if t.source == "annex"]
        table_leads = any(t.lead for t in annex)
        # (a table with a 责任单位 column beside a 配合单位 column: a row whose 配合 cell is empty too)
        beside = not marked and any(t.partners and _in_charge_pieces(t) for t in annex)
        tasks = [
            t
            if table_leads and t.source == "annex"
            else _in_charge_leads(t, beside and t.source == "annex", not marked)
            for t in tasks
        ]
    return tasks


def _signature_after_table(kept: list[Boilerplate]) -> tuple[str, str] | None:
    """The issuer and the date signing a table under its rows (an issuer's line, then a date's, kept as signature)."""
    signs = [b for b in kept if b.kind == "signature"]
    for name, date in itertools.pairwise(signs):
        if date.line == name.line + 1 and P.SIGNED_DATE.match(fold(date.text).strip()):
            return name.text.strip(), date.text.strip()
    return None


def _mostly_prose(
    tasks: list[Task], parts: list[Node], warned: set[int], labels_taken: set[int]
) -> tuple[list[Task], list[Warning]]:
    """A notice whose body tasks are fewer than its blocks that give units a duty in their sentences alone (县教育局
    负责…，县自然资源局要…; a work group's duties not counted), and that has no table of tasks: those blocks are tasks too, read from their subjects
    and warned read-from-prose, all tasks numbered anew in document order. Else the tasks as they are, no warning.
    labels_taken collects the lines of the labels (a deadline, leaders) those tasks took."""
    if any(t.source != "body" for t in tasks):
        return tasks, []
    held = {t.line for t in tasks}
    taken: set[int] = set()
    prose, warnings = prose_duty_tasks(parts, warned, held, groups=False, labels_taken=taken)
    if len(prose) <= len(tasks):
        return tasks, []
    labels_taken.update(taken)
    merged = sorted([*tasks, *prose], key=lambda t: t.line)
    renumbered = {id(t): n for n, t in enumerate(merged, 1)}
    out = [replace(t, id=renumbered[id(t)]) for t in merged]
    by_old = {t.id: renumbered[id(t)] for t in prose}
    return out, [_renumbered(w, by_old) for w in warnings]


def _renumbered(warning: Warning, ids: dict[int, int]) -> Warning:
    """A read-from-prose warning naming its task by the number it has among all the notice's tasks."""
    found = re.match(r"task (\d+) ", warning.message)
    if found is None or int(found[1]) not in ids:
        return warning
    return replace(warning, message=f"task {ids[int(found[1])]} " + warning.message[found.end() :])


def _read_now(warning: Warning, lines: set[int]) -> bool:
    """Whether a body warning stands at a line a task is now read from (the work it said was not read), or is a
    block's whose points (lines 22、23) are all tasks now."""
    if warning.code == "block-without-units" and (points := re.search(r"\(lines ([\d、]+)\)", warning.message)):
        return {int(n) for n in points[1].split("、")} <= lines
    return warning.code in ("line-not-read", "role-not-read", "block-without-units") and warning.line in lines


def _lead_note(leads: list[SourceLine]) -> bool:
    """Whether the notice has a note on how leads are marked (标注“（牵头）”的为牵头单位, 带★的为牵头单位,
    排在第一位的为牵头单位, 各项任务列于其牵头部门名下, 无牵头单位的，责任单位即为牵头单位, …)."""
    notes = (
        P.STAR_MARKS_LEAD,
        P.LEAD_MARK_NOTE,
        P.FIRST_UNIT_LEADS,
        P.LISTED_UNDER_LEAD,
        P.UNITS_LEAD_WITHOUT_LEAD,
        P.SINGLE_UNIT_LEADS,
    )
    return any(pattern.search(ln.folded) for ln in leads for pattern in notes)


def _in_charge_pieces(task: Task, labels: bool = True) -> list[str]:
    """The pieces of a task's units as written (folded) that put their units in charge: under a 责任 label
    (责任单位：A; unless labels is false) or by a 负责 clause (A负责…, 由A负责, A负责落实，B配合)."""
    pieces = [p.strip(" 。") for p in regex.split(r"[;；]", fold(task.departments_raw or ""))]
    in_charge = [
        p
        for p in pieces
        if (labels and _label_in_charge(p)) or P.IN_CHARGE_VERB.match(_label_body(p).removeprefix("由"))
    ]
    # (under a 责任 label its body's clauses are the groups: 责任单位：A负责落实，B配合)
    groups = pieces if len(pieces) > 1 else [c.strip() for c in regex.split(r"[,，]", _label_body(pieces[0]))]
    if (
        len(groups) > 1
        and P.IN_CHARGE_CARRYING_OUT.match(groups[0].removeprefix("由"))
        and P.PARTNERS_GROUP.match(groups[1])
    ):
        in_charge.append(groups[0])  # the group the partners named next assist
    return in_charge


def _label_body(piece: str) -> str:
    """A piece of a task's units as written without its 责任 label: a 负责 clause under the label
    (责任单位：市税务局负责，市财政局配合) puts its units in charge as the same clause alone does."""
    label = P.IN_CHARGE_LABEL.match(piece)
    return piece[label.end() :].strip() if label else piece


def _label_in_charge(piece: str) -> bool:
    """A 责任 label whose units are in charge: its body names them bare (责任单位：县水利局), or says how they
    act only in 负责 clauses that put them in charge (责任单位：县水利局负责). A body saying they carry it out
    (各乡镇人民政府负责落实，县水利局负责技术指导; 按职责分工负责; 按属地负责) leaves them responsible."""
    label = P.IN_CHARGE_LABEL.match(piece)
    if label is None:
        return False
    body = piece[label.end() :].strip()
    if not P.IN_CHARGE_LABEL_SAYS_HOW.search(body):
        return True
    clauses = [c.strip() for c in regex.split(r"[,，]", body) if c.strip()]
    return all(P.IN_CHARGE_VERB.match(c.removeprefix("由")) for c in clauses)


def _in_charge_leads(task: Task, partner_column: bool = False, labels: bool = True) -> Task:
    """A task that marks no lead but names partners (or is a row of a table with a partners column): the
    units it names under a 责任 label or by a 负责 clause (责任单位：A ⏎ 配合单位：B; A负责…，B配合) lead, as
    independent readers read them. A unit named any other way (各乡镇负责落实, 各县人民政府负责具体实施,
    按职责分工负责) stays responsible, neither lead nor partner."""
    if task.lead or not (task.partners or partner_column) or not task.departments_raw:
        return task
    in_charge = _in_charge_pieces(task, labels)
    others = [d for d in task.departments if d not in task.partners]
    if not in_charge or not others:
        return task

    def named_in_charge(unit: str) -> bool:
        folded = fold(unit)
        # (a level the parser restored, or a zone's or a town's name a list shared: 镇党政办、环卫所 -> 镇环卫所)
        area = P.AREA_PREFIX.match(folded)
        bare = folded[1:] if folded[:1] in "省市州县区旗" else folded[area.end() :] if area else folded
        # (an ending shared along the list, 交通、海事部门负责: 交通部门)
        stem = next((folded[: -len(e)] for e in P.SHARED_ENDINGS if folded.endswith(e) and len(folded) > len(e)), None)
        return any(folded in p or bare in p or (stem is not None and stem in p) for p in in_charge)

    lead = tuple(d for d in others if named_in_charge(d))
    return replace(task, lead=lead) if lead else task


def _heading_units_lead(tasks: list[Task], content: list[SourceLine]) -> list[Task]:
    """Under a note that the tasks are listed under the unit that leads them (各项任务列于其牵头部门名下): a
    task with no lead whose units start with those of the heading above it, a heading that is units' names
    alone (（一）市农业农村局), has the heading's units as lead. Any other heading ends a unit's list."""
    numbers: list[int] = []
    units_at: list[tuple[str, ...]] = []
    for line in content:
        folded = line.folded.strip()
        heading = P.CLAUSE.match(folded) or P.PART.match(folded)
        if heading is None:
            continue
        rest = heading["rest"].strip()
        units = split_units(rest) if rest and not any(ch in rest for ch in "：:。；;，,") else ()
        numbers.append(line.number)
        units = tuple(fold(u) for u in units)
        units_at.append(units if units and all(unit_like(u) for u in units) else ())
    out = []
    for task in tasks:
        at = bisect_left(numbers, task.line) - 1
        units = units_at[at] if at >= 0 else ()
        if units and not task.lead and tuple(fold(u) for u in task.departments[: len(units)]) == units:
            task = replace(task, lead=task.departments[: len(units)])  # the names as the task writes them
        out.append(task)
    return out


def _note_scope(tasks: list[Task], note: SourceLine) -> int:
    """The first task a note on leads covers: all of them, unless the note sits in a task's own units
    (…市卫生健康委（列第一位为牵头单位，下同）, …（A、B、C，排名第一的为牵头单位）), which covers that task and the
    ones after it."""
    found = P.FIRST_UNIT_LEADS.search(note.folded)
    if "下同" not in note.folded and not (found and "(" in note.folded[: found.start()]):
        return 0
    # (a note inside a task's own bracket, 下同 or not, never reaches back to the tasks before it)
    own = [i for i, task in enumerate(tasks) if task.line == note.number and _note_in_own_units(task, note.folded)]
    if own:
        return own[0]  # (a page run together on one line: the task whose units hold the note)
    holder = 0
    for i, task in enumerate(tasks):
        if task.line > note.number:
            break
        holder = i
    return holder if tasks and tasks[0].line <= note.number else 0


def _lead_may_be_empty(content: list[SourceLine]) -> bool:
    """Whether the notice says a task without a lead has its units as leads (无牵头单位的，责任单位即为牵头单位)."""
    return any(P.UNITS_LEAD_WITHOUT_LEAD.search(ln.folded) for ln in content if "牵头" in ln.folded)


def _single_lead(task: Task) -> Task:
    """Under a note that a task's only unit leads it: a task naming one unit and no roles has it as lead."""
    if task.lead or task.partners or len(task.departments) != 1:
        return task
    return replace(task, lead=task.departments)


def _people_in_brackets(task: Task) -> Task:
    """Under a note that the brackets after a unit name a person (括号内为项目责任人): 县民政局（郑丽） is the
    unit 县民政局, and 郑丽 one of the task's leaders."""
    people: list[str] = []

    def unit(name: str) -> str:
        match = P.PERSON_IN_BRACKETS.search(name)
        if match is None or match.start() == 0:
            return name
        names = regex.split(r"[、,，]", match["people"])
        if any(n.endswith(P.UNIT_ENDINGS) or n in P.LABEL_ROLES or n in P.VERB_ROLES for n in names):
            return name  # 县发改局（管委会）, 县水务局（牵头）: no person
        people.extend(names)
        return name[: match.start()]

    departments = tuple(dict.fromkeys(unit(d) for d in task.departments))
    lead = tuple(dict.fromkeys(unit(d) for d in task.lead))
    partners = tuple(dict.fromkeys(unit(d) for d in task.partners))
    if not people:
        return task
    leaders = tuple(dict.fromkeys([*task.leaders, *people]))
    return replace(task, departments=departments, lead=lead, partners=partners, leaders=leaders)


def _leaders_in_units(task: Task) -> Task:
    """A units cell that names the task's leaders as units are named: a leader's post in brackets after a unit
    (县交通运输局（李明副县长）: the unit, and 李明副县长 a leader), or a person with their post in the place of a
    unit (王芳（副县长）, 副县长王芳: a leader, no unit); and what a broken encoding left of a name (?, □□):
    no unit. Cheap test first: most tasks name units only."""
    units = (*task.departments, *task.lead, *task.partners)
    names = "".join(units)  # (asked of all the names at once)
    if not ("(" in names or "（" in names or "长" in names or "记" in names or _residue_character().search(names)):
        return task
    people: list[str] = []

    def unit(name: str) -> str | None:
        if P.ENCODING_RESIDUE.match(name):
            return None
        if (
            (match := P.UNIT_THEN_LEADER.search(name))
            and match.start()
            and name[: match.start()].endswith(P.UNIT_ENDINGS)
        ):
            people.append(match["leader"])
            return name[: match.start()]
        if P.LEADER_AS_UNIT.match(name) and not name.endswith(P.UNIT_ENDINGS):
            people.append(name)
            return None
        return name

    def kept(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(u for u in map(unit, names) if u))

    departments, lead, partners = kept(task.departments), kept(task.lead), kept(task.partners)
    if (departments, lead, partners) == (task.departments, task.lead, task.partners):
        return task
    leaders = tuple(dict.fromkeys([*task.leaders, *people]))
    return replace(task, departments=departments, lead=lead, partners=partners, leaders=leaders)


@cache
def _residue_character() -> Pattern:
    """A character of P.ENCODING_RESIDUE's class: a name that pattern matches holds one."""
    residue = P.ENCODING_RESIDUE.pattern
    assert residue.startswith("^[") and residue.endswith("]+$"), residue  # (one class, repeated, the whole name)
    return compile_regex(residue[1:-2])


def _starred_leads(task: Task) -> Task:
    """Under a note that a unit marked with a star leads (县水务局*): the marked units lead, the others of
    a task that states no roles stay responsible, neither lead nor partner (★区发改委、区统计局: 区统计局 is
    in departments only); every unit loses its mark."""
    marked = [d for d in task.departments if P.STAR_MARK.search(fold(d))]
    if not marked:
        return task
    departments, lead = _unstarred(task.departments), _unstarred(tuple(marked))
    if task.lead or task.partners:
        lead = _unstarred((*task.lead, *lead))
        return replace(task, departments=departments, lead=lead, partners=_unstarred(task.partners))
    return replace(task, departments=departments, lead=lead)


def _starred_units(tasks: list[Task]) -> bool:
    units = [d for t in tasks for d in t.departments]
    # (most notices star no unit: one search over all their names first; then only a unit holding a star is
    # folded and searched)
    if not _STAR_CHARACTER.search("\n".join(units)):
        return False
    return any(_STAR_CHARACTER.search(d) and P.STAR_MARK.search(fold(d)) for d in units)


def _star_means_other(folded: str) -> bool:
    """A note giving a star a meaning other than the lead (注：标*的为新增任务, 注：带*的单位需每月报送进展): a note of
    the notice that speaks of a star and not of leads."""
    return (
        any(c in folded for c in _STARS[2:])
        and "牵头" not in folded
        and (P.STAR_MEANS.search(folded) is not None or P.NOTES_START.match(folded.strip()) is not None)
    )


def _unstarred(units: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(u.strip(_STARS) for u in units))


_STARS = " \u3000" + P.STARS
_STAR_CHARACTER = re.compile(f"[{re.escape(P.STARS)}]")


def _all_lead(task: Task) -> Task:
    """Under a note that the units of a task without a lead all lead it: its units not named partners."""
    if task.lead or not task.departments:
        return task
    return replace(task, lead=tuple(d for d in task.departments if d not in task.partners))


def _first_leads(task: Task, alone_responsible: bool = False, others_partners: bool = False) -> Task:
    """Under a note that the first unit of each list leads: a task whose roles are not marked has its
    first unit as lead; the others stay responsible (departments only), or are its partners where the note
    says so (列第一位的为牵头单位，其他为配合单位; 责任单位（牵头单位、配合单位）); a task of one unit keeps it
    responsible where the note says so (只列一个部门的，由该部门负责)."""
    if task.lead and not task.partners:
        if not others_partners:
            return task
        joined = _others_partner(task)
        return joined if joined.partners else _marked_list_partners(task)
    if task.lead or task.partners or not task.departments:
        return task
    pieces = [p for p in regex.split(r"[;；]", fold(task.departments_raw or "")) if p.strip()]
    if len(pieces) > 1 and all(P.DUTY_END.search(p.strip(" 。")) for p in pieces):
        return task  # 由市城管局负责，各县（市、区）人民政府抓好落实: roles the task gives each of its units
    if alone_responsible and len(task.departments) == 1:
        return task
    return replace(task, lead=task.departments[:1], partners=task.departments[1:] if others_partners else ())


def _notes_not_read(notes: list[Note], tasks: list[Task]) -> list[Warning]:
    """A warning at each note under a table that names a unit with a role no task holds (备注：第1项由县城管局负责
    落实, where no row names 县城管局): no rule gives a note's units to a task unless it is a note for every row or
    on leads, so the note is told, not kept in silence."""
    held: set[str] | None = None  # the units the tasks hold (folded), gathered for the first note naming units
    out = []
    for note in notes:
        folded = fold(note.text)
        if not P.NOTE_ROLE_VERB.search(folded) or P.FIRST_UNIT_LEADS.search(folded):
            continue  # (列第一位的为牵头单位: a note on leads, read with the tasks' units)
        named = [m.group() for p in (P.NAMED_UNIT_IN_LINE, P.UNIT_IN_NOTE) for m in p.finditer(folded)]
        if named and held is None:
            held = {fold(d) for t in tasks for d in t.departments}
        if named and held is not None and not all(n in held for n in named):
            message = f"a note naming units with a role that no task takes: {note.text.strip()[:40]}"
            out.append(Warning("note-not-read", note.line, message))
    return out


def _note_for_several_only(note: str) -> bool:
    """Whether a note on the first unit's lead says it covers the lists of several units only (责任单位有多个的，
    排在第一位的为牵头单位): the condition stands before the note, in its sentence."""
    found = P.FIRST_UNIT_LEADS.search(note)
    if found is None:
        return False
    # the condition is the clause right before the note's, whole to its end (责任单位有多个的，排在第一位的…), or
    # stands right before the note in its clause; not a clause of its own work (…涉及多个部门的要加强协调配合，排在…)
    end = found.start()
    while end > 0 and note[end - 1] in " ,":
        end -= 1
    start = max(note.rfind(mark, 0, end) for mark in "。;,:") + 1
    return any(m.end() == end for m in P.FIRST_NOTE_MANY_ONLY.finditer(note, start, end))


def _note_in_own_units(task: Task, note: str) -> bool:
    """Whether the folded line of a note on leads is the one holding a task's own units and the note is among
    them (（责任单位：县发改局（牵头）、县财政局，排名第一的为牵头单位，其余为配合单位）)."""
    raw = fold(task.departments_raw or "").strip()
    return bool(raw) and raw in note and P.FIRST_UNIT_LEADS.search(raw) is not None


def _names_others_partners(task: Task) -> bool:
    """Whether a task's own units say the units after the first are partners (…，其余为配合单位)."""
    return P.FIRST_NOTE_OTHERS_PARTNERS.search(fold(task.departments_raw or "")) is not None


def _marked_list_partners(task: Task) -> Task:
    """Under a note that names the units after the first partners (其他为配合单位): a task whose list marks
    its lead (县文旅局（牵头）、县商务局; ★县文旅局、县住建局) has the list's units written bare as partners, as
    the list under the note reads; a list where any other unit has a role or a duty of its own is left as
    it is."""
    raw = regex.sub(r"^[^:()]{1,12}:\s*", "", fold(task.departments_raw or "").strip())
    units = split_units(raw)
    marks = [unit_role(u) for u in units]
    lead = [
        i for i, (u, m) in enumerate(zip(units, marks, strict=True)) if (m and m[1] == "lead") or P.STAR_MARK.search(u)
    ]
    others = [d for d in task.departments if d not in task.lead]
    rest = [u for i, u in enumerate(units) if i not in lead]
    if (
        not lead
        or not others
        or len(rest) != len(others)
        or any(marks[i] is not None for i in range(len(units)) if i not in lead)
        or any(P.UNIT_OWN_DUTY.search(fold(u).strip()) for i, u in enumerate(units) if i not in lead)
        or not all(fold(d) == u.strip() for d, u in zip(others, rest, strict=True))
    ):
        return task
    return replace(task, partners=tuple(others))


def _others_partner(task: Task) -> Task:
    """Under a note that the first unit of each list leads, unless units are marked 牵头: a task whose leads
    are marked and the units after them written bare (省政府办公厅、省财政厅牵头，省商务厅、省文旅厅) has those
    units as partners, as the list under the note reads; units given a role of their own (…牵头，各县政府负责落实)
    keep it."""
    marked = regex.search(r"牵头[,;，；]", raw := fold(task.departments_raw or ""))
    others = [d for d in task.departments if d not in task.lead]
    if marked is None or not others:
        return task
    bare = regex.sub(r"\([^()]*\)", "", raw[marked.end() :]).strip(" 。")
    if any(P.DUTY_END.search(piece.strip()) for piece in regex.split(r"[,;，；]", bare)):
        return task
    rest = split_units(raw[marked.end() :].strip(" 。"))
    if len(rest) != len(others) or not all(fold(d).endswith(fold(u)) for d, u in zip(others, rest, strict=True)):
        return task
    return replace(task, partners=tuple(others))


def _addressee_index(lines: Sequence[SourceLine]) -> int | None:
    """Where a cover's addressees stand on a line of their own (各县人民政府，市直各部门：), else None."""
    return next(
        (
            i
            for i, ln in enumerate(lines)
            if P.ADDRESSEE.match(f := ln.folded.strip()) and regex.match(r"各|.+[、,]", f)
        ),
        None,
    )


def _issues_division(title: str | None) -> bool:
    """Whether a title is a cover notice's issuing a division of tasks (…目标任务责任分解的通知, 关于印发…重点工作
    责任分工的通知)."""
    folded = fold(title or "").rstrip()
    return bool(P.DIVISION_DOCUMENT.search(folded)) and folded.endswith("通知")


def _cover_only(content: list[SourceLine], title: str) -> list[Warning] | None:
    """A notice of the genre with no body the parser reads: a cover notice without the document it issues
    (a page that kept the cover only, or an excerpt cut before the document), known by its addressees
    (各县人民政府，市直各部门：) or its title, and by a title, an annex link or a 《》 title naming a
    document of the genre (分工方案, 任务分解表) or a plan it issues (实施计划, 发展规划). It is read, with a
    warning and no tasks; anything else with neither parts nor a table is refused. When the document
    follows in unnumbered paragraphs that assign work (…，由县商务局牵头，县财政局配合。), it is no cover
    only: the notice is warned body-unread, and each such paragraph line-not-read at its line."""
    folded = [ln.folded.strip() for ln in content]
    names = [fold(title), *(f for f in folded if P.ANNEX_LINK.match(f) or "《" in f)]
    plan_by_its_preamble = bool(P.PLAN_TITLE.search(fold(title))) and any(P.MAKES_THIS_PLAN.search(f) for f in folded)
    if not plan_by_its_preamble and not any(P.GENRE_DOCUMENT.search(n) or P.GENRE_PLAN.search(n) for n in names):
        return None
    addressed = _addressee_index(content)
    if addressed is not None:
        assigning = [
            ln for ln in content[addressed + 1 :] if any(a.assignment.departments for a in find_annotations(ln.text))
        ]
        if assigning:
            message = (
                "the document it issues follows in paragraphs without numbers (一、, 1.) or a table: no task is read;"
                " each paragraph that assigns work is warned at its line"
            )
            return [
                Warning("body-unread", content[addressed].number, message),
                *(
                    Warning(
                        "line-not-read",
                        ln.number,
                        f"a paragraph that assigns work, not numbered: not read as a task: {ln.text.strip()[:40]}",
                    )
                    for ln in assigning
                ),
            ]
        if any(
            _role_label(ln.folded) and not _in_page_metadata(content, at)
            for at, ln in enumerate(content[: addressed + 1])
        ):
            return None  # 牵头单位：… before the line taken for addressees: a record of work, no cover (_genre_signs)
        message = "a cover notice only: the document it issues is not in the text, so no task is read"
        return [Warning("cover-only", content[addressed].number, message)]
    if _issues_division(title):
        # 关于印发…责任分解的通知 over its cover's prose alone (its addressees glued to the first sentence): the
        # table it issues is not in the text; warned at the addressees
        glued = next((ln for ln in content if P.ADDRESSEES_THEN_COVER.match(ln.folded.strip())), content[0])
        message = "a cover notice only: the division of tasks it issues is not in the text, so no task is read"
        return [Warning("cover-only", glued.number, message)]
    if title and (P.GENRE_DOCUMENT.search(fold(title)) or plan_by_its_preamble) and len(content) > 1:
        message = "a notice of the genre by its title, but no parts, table or assignments are found: no task is read"
        return [Warning("body-unread", content[0].number, message)]
    return None


def _genre_signs(lines: list[SourceLine], titled: bool) -> list[Warning] | None:
    """The last test before a text is refused: one that shows the genre but has no body the parser reads is
    kept, its head read, and warned. Signs are a heading among its first lines naming the genre (某县重点工作
    责任分解, …任务清单, when no title line was found), a role label (牵头单位：…), a line giving units their
    roles (…，由县商务局牵头，县财政局配合。): each such line is warned line-not-read; or a task table's header
    naming units columns but no task column the parser knows (序号 / 实事名目 / 牵头单位 / 完成时限). The text is
    warned body-unread at its first sign. A news article or a list of links shows none: None; nor do lines of data
    or code (`title: …`, `lead: [...]`, `- n: 1`), which open with a Latin letter or a dash."""
    lines = [
        ln for ln in lines if (f := ln.folded.strip()) and not (f[0].isascii() and (f[0].isalpha() or f[0] == "-"))
    ]
    assigning = [
        ln
        for ln in lines
        if _role_label(ln.folded) or any(a.assignment.has_units for a in find_annotations(ln.text, ln.folded))
    ]
    # a rectification table flattened into prose, units and date glued after each measure: two such lines at least
    # (one is a signature: 某县人民政府办公室 2024年6月18日)
    if len(glued := [ln for ln in lines if _units_and_date_glued(ln.folded)]) >= 2:
        assigning = sorted({*assigning, *glued}, key=lambda ln: ln.number)
    # a fragment of a plan's body, its head cut away: three or more numbered blocks (2.… ⏎ （二）… ⏎ 1.…), some
    # giving units a duty in their sentences (各有关部门要…, 政法专班要…)
    numbered = [ln for ln in lines if P.ITEM.match(ln.folded) or P.CLAUSE.match(ln.folded)]
    if len(numbered) >= 3 and (duties := [ln for ln in numbered if gives_a_duty(ln.text)]):
        assigning = sorted({*assigning, *duties}, key=lambda ln: ln.number)
    # 某县冬季取暖方案 over 结合实际，特制定本方案。: a plan by its heading and its preamble, whatever its kind
    makes_a_plan = not titled and any(P.MAKES_THIS_PLAN.search(ln.folded) for ln in lines)
    heading = next(
        (
            ln
            for ln in lines[:5]
            if not titled
            and len(f := ln.folded.strip()) <= 40
            and not any(ch in f for ch in "。:")
            and (_genre_heading(f) or (P.PLAN_TITLE.search(f) and makes_a_plan))
        ),
        None,
    )
    # a task table's header naming units columns but no task column the parser knows (序号 / 实事名目 / 牵头单位)
    headers = [ln for ln in lines if units_header_without_task(ln)]
    stages = _stage_lines(lines)
    if stages:  # 第一阶段（…）。各乡镇要… ⏎ 第二阶段…: a plan written as stages, each stage's work not read
        assigning = sorted({*assigning, *stages}, key=lambda ln: ln.number)
    if not assigning and heading is None and not headers:
        return None
    at = heading or (assigning or headers)[0]
    # (the header itself is warned table-header-unread where the annex is read, see unread_headers)
    message = (
        "a text of the genre (a heading naming it, role labels, units given roles, dated stages, a task table's"
        " header or numbered blocks giving units duties) whose body is not read"
    )
    return [
        Warning("body-unread", at.number, message),
        *(
            Warning("line-not-read", ln.number, f"a line that assigns work, not read as a task: {ln.text.strip()[:40]}")
            for ln in assigning
        ),
    ]


def _stage_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """The lines opening the stages of a plan written as stages, with no numbered parts (第一阶段（2025年3月—4月）。…
    ⏎ 第二阶段（…）。…; 第一階段：… ⏎ 開展時限：4月17日至4月30日): two or more, one at least with its time on its line
    or the next (P.STAGE_TIME); else none. A news report of a stage (进入第二阶段) opens no line with it."""
    found = [i for i, ln in enumerate(lines) if "段" in ln.folded and P.STAGE_LINE.match(ln.folded.strip())]
    if len(found) < 2:
        return []
    timed = any(P.STAGE_TIME.search(" ".join(ln.folded for ln in lines[i : i + 2])) for i in found)
    return [lines[i] for i in found] if timed else []


def _units_and_date_glued(folded: str) -> bool:
    """…落实奖励措施. 市、区爱卫办 2014年8月10日: a flattened rectification table's units and date cells glued at the end
    of a line (P.UNITS_DATE_GLUED), a unit's name among them (an office's ending) and no prose."""
    found = P.UNITS_DATE_GLUED.search(folded) if "年" in folded else None
    if found is None:
        return False
    named = [u for piece in found["units"].split() for u in split_units(piece)]
    # (市、区政府办: a level before a shared name; 南方商场: a business named beside an office)
    return any(has_ending(u) for u in named) and not any(P.PROSE_IN_NAME.search(u) for u in named)


def _genre_heading(folded: str) -> bool:
    """A heading naming the genre: its genre word ends it, a year or a bracket after it at most (某县2025年重点工作
    任务清单, …工作方案（2025—2027年）); a meeting's headline (全市重点工作任务清单推进会召开) is news."""
    if P.NEWS_MEETING.search(folded):
        return False
    found = list(P.GENRE_DOCUMENT.finditer(folded))
    return bool(found) and P.GENRE_HEADING_TAIL.search(folded[found[-1].end() :]) is not None


def _table_not_read(content: list[SourceLine], table_at: int) -> Warning | None:
    """A table-not-read warning at a header of the genre (a task column and a units column: 项目内容 … 牵头部门
    承办部门) whose rows were not read, or None when the header names no units column."""
    at = table_at + (find_header(content[table_at:]) or 0)
    columns = header_columns(content[at]) or ()
    if not columns and (vertical := vertical_header_lengths(content[at:])) and vertical[0]:
        columns = header_columns(merge_vertical_table(content[at:], None, vertical)[0]) or ()  # one name a line
    if "task" not in columns or not {"lead", "departments", "partners"} & set(columns):
        return None
    message = (
        "a task table whose rows cannot be cut into cells (run into one line, or cut short); its rows are not read"
    )
    return Warning("table-not-read", content[at].number, f"{message}: {content[at].text.strip()[:30]}")


def _division_not_in_text(
    tasks: list[Task], title: str | None, parts: list[Node], head: Sequence[SourceLine], body: list[SourceLine]
) -> list[Warning]:
    """A cover notice issuing a division of tasks (…目标任务责任分解的通知, 关于印发…责任分工的通知) whose table is
    not in the text: its own requirements (一、加强领导，明确分工。…), parts with no clause under them, are all
    the text holds. Warned cover-only at its addressees (else at its first part), not no-tasks. Parts that
    label units' roles, or dated items a 要点 lists (see _items_without_units), are work not read: no-tasks."""
    if tasks or not parts or not _issues_division(title) or any(part.children for part in parts):
        return []
    if any(_role_label(ln.folded) for ln in body) or _items_without_units(body, set()):
        return []
    addressed = _addressee_index(head)
    line = head[addressed].number if addressed is not None else parts[0].line.number
    message = (
        "a cover notice only: the division of tasks it issues is not in the text (its own requirements are"
        " read as its parts), so no task is read"
    )
    return [Warning("cover-only", line, message)]


def _cut_off_end(
    tasks: list[Task], content: list[SourceLine], warned: list[Warning], open_cell: bool = False
) -> list[Warning]:
    """The text ends inside the last task's units (a page excerpt cut off: 责任单位：市) or inside its
    sentence: the task is kept as read, and warned at the text's last line, unless the table or the
    annotation already warned it."""
    if not tasks or not content:
        return []
    last, end = max(tasks, key=lambda t: t.line), content[-1]
    if end.number < last.line or end.folded.rstrip()[-1:] in "。;)":
        return []
    if any(w.code in ("row-cut-off", "annotation-cut-off", "task-cut-off") and w.line == end.number for w in warned):
        return []
    if (
        open_cell
        and last.source == "annex"
        and not any(w.code == "row-incomplete" and w.line >= last.line for w in warned)
    ):
        # a table one cell a line, each cell closed by a bar (市旅游局 |), its last cell without one: cut inside it
        message = f"task {last.id}: the text ends inside a cell, before its closing bar; it may be cut off: {end.text.strip()[-12:]}"
        return [Warning("task-cut-off", end.number, message)]
    if last.source == "annex" and end.number > last.line and P.LEVEL_ALONE_CELL.match(end.folded):
        # a table one cell a line whose last cell is a level alone (县): the row's unit cut off after its level
        message = f"task {last.id}: the text ends on a level alone, a unit's name cut off; the row may be cut off: {end.text.strip()}"
        return [Warning("task-cut-off", end.number, message)]
    if (
        last.source != "annex"
        and end.number == last.line
        and fold(last.text).endswith(end.folded.strip()[-6:])
        and not (last.due and fold(last.text).endswith(fold(last.due)))  # …，时限：2024年10月: its deadline closes it
    ):
        # 4.加强示范区与主城区基础设施: an item the text stops in, mid-sentence
        message = f"task {last.id}: the text ends inside it, mid-sentence; it may be cut off: …{end.text.strip()[-12:]}"
        return [Warning("task-cut-off", end.number, message)]
    tail = regex.split(r"[:、,;]", fold(last.departments_raw or ""))[-1].strip()
    if not tail or not end.folded.rstrip().endswith(tail) or unit_like(P.CELL_ROLE_VERB_END.sub("", tail)):
        return []  # the text goes on after the units (a deadline cell), or they end as a unit's name does
    if last.due and (fold(last.due).endswith(tail) or tail.startswith(fold(last.due))):
        return []  # the units end with their deadline (县审计局，2025年6月、12月各开展一次; 县林业局，9月底前完工)
    if last.departments and tail != fold(last.departments[-1]) and tail.startswith(fold(last.departments[-1])):
        return []  # the last unit whole, a note read after it (各乡镇人民政府 长期坚持: its deadline)
    message = f"task {last.id}: the text ends inside its units; the last may be cut off: {tail[-20:]}"
    return [Warning("task-cut-off", end.number, message)]


def _text_cut_off(
    content: list[SourceLine], tasks: list[Task], warned: list[Warning], cut: Sequence[Boilerplate] = ()
) -> list[Warning]:
    """The text stops inside a sentence of prose (…形成龙头带), inside a bracket it opened ([区发改委(粮食局)),
    or right after an item's number and heading (3、积极争取政策), or a document site's preview ends in a chunk
    cut short (3、。推, its number set aside as a page break): a page excerpt cut off there. Whatever the
    last item held is not read as a task; the line is warned, unless a warning already names it (a text
    ending in a table is left to the table's own checks)."""
    if not content:
        return []
    end = content[-1]
    last = max(tasks, key=lambda t: t.line) if tasks else None
    if "\t" in end.text or (last is not None and last.source == "annex"):
        return []  # the text ends in a table, whose rows are checked as read
    folded = end.folded.rstrip()
    if any(w.line == end.number and "cut-off" in w.code for w in warned):
        return []
    tail = folded[folded.rfind("。") + 1 :]
    depth = 0
    for ch in tail:
        if ch in "([〔":
            depth += 1
        elif ch in ")]〕" and depth:
            depth -= 1
    if depth:
        message = f"the text ends inside a bracket it opened; an annotation may be cut off: …{end.text.strip()[-16:]}"
        return [Warning("text-cut-off", end.number, message)]
    if _cut_label(tail):
        if tail.rstrip().endswith(":") and any(w.line == end.number for w in warned):
            return []  # 责任单位： already warned at its line (a label naming no unit)
        message = f"the text ends inside a role label, its value cut off: …{end.text.strip()[-16:]}"
        return [Warning("text-cut-off", end.number, message)]
    if "。" in folded and _DASH_THEN_NAMES.fullmatch(tail) and tail.rstrip().endswith(P.UNIT_ENDINGS):
        return []  # …开展食品安全宣传周活动。——办公室: a whole sentence, then units' names after a dash
    if folded[-1:] in '。;:!?)]〕》”"' or P.SIGNED_DATE.match(folded) or P.ANY_DATE.fullmatch(folded):
        return []
    if last is not None and last.due and last.line <= end.number:
        due, piece = fold(last.due), regex.split(r"[:、,;]", folded)[-1].strip()
        if folded.endswith(due) or (piece and (due.endswith(piece) or piece.startswith(due))):
            return []  # the last task's deadline closes the text (责任单位：县审计局，2025年6月、12月各开展一次)
    if (close := folded.rfind(")")) >= 0 and P.DUE_LABELLED_AFTER.fullmatch(folded, close + 1):
        return []  # …(牵头单位:区应急局)时限要求:2025年5月底前: the task's labelled deadline after its units
    if last is not None and _ends_in_label_value(tail, last):
        return []  # …挂钩。责任单位：镇综治中心、镇财政所: the last task's label and its whole value
    units = fold(last.departments_raw or "").strip() if last is not None and last.line <= end.number else ""
    if units and folded.endswith(units) and folded[: len(folded) - len(units)].rstrip().endswith(("—", "-", "–", "－")):
        return []  # …全生命周期管理——预算股、信息中心: the last task's units after a dash close the item (read whole)
    item = P.ITEM.match(folded) or P.CLAUSE.match(folded)
    heading = item and " " not in folded and end is not content[0] and not any(t.line == end.number for t in tasks)
    chunk = any(b.kind == "page-break" and b.line == end.number for b in cut)  # the preview's last chunk
    if (len(folded) >= 20 and ("," in folded or "。" in folded)) or heading or chunk:
        message = f"the text ends mid-sentence; the item it is in may be cut off: …{end.text.strip()[-16:]}"
        return [Warning("text-cut-off", end.number, message)]
    return []


def _cut_label(tail: str) -> bool:
    """The text's last sentence (folded) is a role label cut short (牵头领, 【责任单, 配合部门): the start of a
    label word of three characters or more, or a whole label word, with neither its colon nor its value; or a
    whole label and its colon, its value on the page after (完成时限：)."""
    tail = tail.strip(" 【〔[")
    if tail.endswith(":") and tail[:-1].strip(" 】〕]") in P.LABEL_ROLES:
        return True
    if len(tail) < 2 or len(tail) > 12:
        return False
    return tail in P.LABEL_ROLES or (len(tail) >= 3 and any(label.startswith(tail) for label in P.LABEL_ROLES))


# after a text's last sentence, a dash and names only (——办公室, —— 区司法局 区政府办公室): no sentence cut off
_DASH_THEN_NAMES = regex.compile(
    r"\s*(?:—{1,2}|-{1,2}|–{1,2}|－{1,2})\s*[^\s,;:。()!?、]{2,20}(?:[\s、]+[^\s,;:。()!?、]{2,20}){0,5}"
)


def _ends_in_label_value(tail: str, task: Task) -> bool:
    """The text's last sentence (folded) is a label and a value the task read whole: its last unit
    (责任单位：镇综治中心、镇财政所) or its deadline (完成时限：6月底前); a list cut after 、 is no such value."""
    tail = tail.strip()
    if not P.LABEL_ANYWHERE.match(tail) or tail[-1:] in "、,;:":
        return False
    last_unit = regex.split(r"[、,;:\s]", fold(task.departments_raw or ""))[-1]
    return bool(last_unit and tail.endswith(last_unit)) or bool(task.due and tail.endswith(fold(task.due)))


def _no_tasks(
    tasks: list[Task], body: list[SourceLine], warned: set[int], before: Sequence[SourceLine] = ()
) -> list[Warning]:
    """No task read: a warning at the body's start, and one at each line that still names a role by its
    label (责任单位：…, 牵头单位) and holds no other warning, so an assignment the parser could not read
    (a line its numbering hides) is shown where it stands, never lost in silence. A block before the first
    part that carries an annotation ((一)…。(责任单位：…) above 二、) is warned as work not read, and
    no-tasks then names it rather than saying the notice has no annotations."""
    if tasks:
        return []
    early = [
        line
        for line in before
        if line.number not in warned and _numbered_and_annotated(line.text.strip(), line.folded.strip())
    ]
    out = [
        Warning(
            "work-not-read",
            line.number,
            "a numbered block before the first part carries an assignment, but no task is read from it: "
            + line.text.strip()[:40],
        )
        for line in early
    ]
    if early:
        message = "no tasks read: the assignment annotations stand before the first part, on line(s) "
        message += ", ".join(str(line.number) for line in early)
    else:
        message = "no tasks found: no annex table, assignment annotations or labelled assignment lines"
    message += f"; the body starts: {body[0].text.strip()[:30]}"
    out.insert(0, Warning("no-tasks", body[0].number, message))
    for line in body[1:]:
        if line.number not in warned and _role_label(line.folded):
            text = line.text.strip()
            message = f"a line names units by their role, but no task is read from it: {text[:30]}"
            out.append(Warning("role-not-read", line.number, message))
    out += _items_without_units(body, warned | {w.line for w in out})
    return out


def _items_without_units(body: list[SourceLine], warned: set[int]) -> list[Warning]:
    """A body whose parts are each one paragraph (一、… 二、… on lines one after the other, three or more),
    with no task read: the items of a 要点 that name no unit. Each is warned at its line, so no item that
    may be a task is lost in silence; none is read as a task with units it does not name. Parts that open
    with a heading of their own (一、加强组织领导。各单位要…) are a cover's requirements, not items, unless
    most of them set a deadline (一、深化河湖长制改革。…，6月底前完成…): a 要点's items set dated work, a
    cover's requirements ask for care."""
    headings = [P.PART.match(line.folded.strip()) for line in body]
    parts = [i for i, heading in enumerate(headings) if heading]
    if len(parts) < 3 or any(b != a + 1 for a, b in pairwise(parts)):
        return []
    if any(regex.match(r"[^;:。]{2,24}[。:]\s*\S", heading["rest"]) for heading in headings if heading) and 2 * sum(
        1 for i in parts if deadline_in_prose(body[i].text)
    ) <= len(parts):
        return []
    message = "a numbered item written as one paragraph names no unit: not read as a task: "
    return [
        Warning("item-without-units", body[i].number, message + body[i].text.strip()[:30])
        for i in parts
        if body[i].number not in warned
    ]


def _footer_start(lines: list[SourceLine]) -> int:
    """The web page footer: the trailing run of copyright lines and empty annex links."""
    start = len(lines)
    while start > 0 and (P.FOOTER.search(lines[start - 1].folded) or P.ANNEX_LINK.fullmatch(lines[start - 1].folded)):
        start -= 1
    return start


def _first_part(lines: list[SourceLine], begin: int) -> tuple[int | None, int | None]:
    """Where the body starts (its first part 一、), and where a task table standing alone starts.

    A table header before any part (a 分解表 page with no 一、 parts; its group rows may
    be numbered 一、) makes the notice a table: both results are where the table starts.
    """
    first = _part_after(lines, begin)
    header = find_header(lines[begin : len(lines) if first is None else first])
    if header is None and first is None and (headless := headless_rows(lines[begin:])) is not None:
        header = headless[0]  # a page that starts inside a task table, its header cut off
    if header is None:
        return (_labelled_start(lines, begin) if first is None else first), None
    start = begin + header
    if start > begin and P.TITLE.match(lines[start - 1].folded):
        start -= 1
    return start, start


def _inside_body_start(lines: list[SourceLine], begin: int, first: int, paged: bool = False) -> int:
    """A page that starts inside the body, its head and the heading of the part it starts in cut off: its
    first line an item numbered past 1 (7.X负责，Y配合，…), items that assign work down to a later part (四、):
    the body starts at that first item (read as the part before, see body.parse_body). Else first.

    On a document site's numbered page of a notice (paged: its title repeated with the page's mark,
    …方案（第2页）), the page may start with the end of the block before (a sentence's end, its annotation,
    its label lines: no task, left before the body and warned there), and the first block shown may be a
    clause numbered past 1 under a later part (（五）… ⏎ 三、), or an item under a later clause ((3.… ⏎ （二）)."""
    start = next((i for i in range(begin, first) if lines[i].folded.strip() and not _site_path(lines[i])), first)
    if paged:
        start = next((i for i in range(start, min(first, start + 6)) if _numbered_past_one(lines[i].folded)), first)
    if start >= first:
        return first
    item = P.ITEM.match(lines[start].folded)
    part = P.PART.match(lines[first].folded)
    if paged and item is None and part is not None and P.CLAUSE.match(lines[start].folded):
        if cn_to_int(part["num"]) >= 2 and _assigns(lines[start:first], P.CLAUSE):
            return start  # （五）… ⏎ 三、: clauses of the part before 三, whose heading the page lost
        return first
    if paged and item is not None and part is None and (clause := P.CLAUSE.match(lines[first].folded)):
        if _clause_number(clause) >= 2 and _assigns(lines[start:first], P.ITEM):
            return start  # 3.… ⏎ （二）: items of the clause before （二）, whose heading the page lost
        return first
    if part is None or item is None or not item["num"].isdigit() or int(item["num"]) < 2:
        return first
    if cn_to_int(part["num"]) < 2 or not _assigns(lines[start:first], P.ITEM):
        return first
    return start


def _page_of_notice(lines: list[SourceLine], title: TitleSpan) -> bool:
    """Whether the title carries a document site's mark of one of the pages it splits the notice over
    (…方案（第2页）, …方案_3): the page shows a slice of the notice, not its head."""
    return title.end > title.start and P.PAGE_MARK.search(lines[title.end - 1].folded) is not None


def _leading_piece(lines: list[SourceLine], warned: set[int]) -> list[Warning]:
    """The lines a site's page of a notice starts with before its first block shown, naming units and shaped
    like a block's tail: the end of a block on the page before (、区应急管理局，2025年3月底前）, 责任单位：区住建局,
    区住建局、区财政局), whose units go to no task. A line already kept (boilerplate, warned) or of another
    shape (a news headline, prose) is not."""
    message = "the end of a block on the page before (this page starts inside it): its units go to no task"
    return [
        Warning("line-not-read", ln.number, f"{message}: {ln.text.strip()[:40]}")
        for ln in lines
        if ln.number not in warned and P.NAMED_UNIT_IN_LINE.search(ln.folded) and _block_tail(ln.folded.strip())
    ]


def _shows_a_piece(lines: list[SourceLine]) -> bool:
    """Whether a page shows a piece of a notice: a heading or item of it, a role label, or a block's tail."""
    for ln in lines:
        folded = ln.folded.strip()
        if P.PART.match(folded) or P.CLAUSE.match(folded) or P.ITEM.match(folded) or P.ROLE_LABEL.match(folded):
            return True
        if P.NAMED_UNIT_IN_LINE.search(folded) and _block_tail(folded):
            return True
    return False


def _block_tail(folded: str) -> bool:
    """A line shaped like the end of a block: a closing bracket, a label with its value, or units only."""
    if folded.rstrip("。;.")[-1:] == ")" or P.ROLE_LABEL.match(folded):
        return True
    return names_only(folded.rstrip("。;."))


def _site_path(line: SourceLine) -> bool:
    """A site's breadcrumbs over the page (首页 > 法规 > 正文, 当前位置：…)."""
    return P.BREADCRUMB.match(line.folded.strip()) is not None


def _numbered_past_one(folded: str) -> bool:
    """An item (3.…) or clause (（五）…) numbered 2 or more."""
    if item := P.ITEM.match(folded):
        return item["num"].isdigit() and int(item["num"]) >= 2
    return (clause := P.CLAUSE.match(folded)) is not None and _clause_number(clause) >= 2


def _clause_number(clause: regex.Match[str]) -> int:
    return cn_to_int(clause["num"])


def _part_after(lines: list[SourceLine], begin: int) -> int | None:
    """The body's first part 一、 from begin on (past a cover notice's own numbered requirements); a title
    opening with the year of its work (一、2024年经济社会发展主要预期目标) or naming a period alone (一、1月, 一、1—3月,
    一、1月份: a plan grouped by period) is a part's, one opening with any other figure (一、2个…) is not."""
    for i in range(begin, len(lines)):
        match = P.PART.match(lines[i].folded)
        if match and (
            not match["rest"][:1].isdigit()
            or P.YEAR_HEADING.match(match["rest"])
            or P.PERIOD_HEADING.match(match["rest"])
        ):
            return _after_cover(lines, i)
    # no 一、 parts: a 实施细则 in chapters (第一章) or articles (第一条), a list of 任务一: items,
    # clauses （一） alone, or items 1、 alone (a 工作要点 or a division of tasks written as a list); the
    # body starts at the first of them, when at least two such lines say so
    if (grouped := period_groups(lines, begin)) is not None:
        return grouped  # 一季度： ⏎ 1.…, or 【1月】…（普法股） lines: a plan grouped by period, its periods its parts
    if (grouped := unit_groups(lines, begin)) is not None:
        return grouped  # 区教育局： ⏎ 1.… ⏎ 区卫生健康局： ⏎ 3.…: a division grouped by units, its units its parts
    listed = _annex_list_lines(lines, begin)
    for pattern in (P.CHAPTER, P.ARTICLE, P.TASK_LABEL, P.CLAUSE, P.ITEM, P.SUBITEM):
        found = [i for i in range(begin, len(lines)) if pattern.match(lines[i].folded) and i not in listed]
        if pattern is P.ARTICLE and not figure_articles(lines[begin:]):  # 第3条　… only in a run from 第1条
            found = [i for i in found if not (m := P.ARTICLE.match(lines[i].folded)) or not m["num"].isdigit()]
        if pattern is P.TASK_LABEL:  # 【问题1】 only in a notice of rectification or supervision, never a question
            found = [i for i in found if task_label_read(lines[i].folded, lines)]
        if len(found) >= 2 and (pattern not in (P.ITEM, P.SUBITEM) or _assigns(lines[found[0] :], pattern)):
            return found[0]
        if len(found) == 1 and pattern is P.ITEM and P.LABEL_ANYWHERE.search(lines[found[0]].folded):
            # a page that starts inside the body, one item 1. closed by its own role labels: the body starts there
            return found[0]
        if len(found) == 1 and pattern in (P.CLAUSE, P.ITEM) and _labels_under(lines, found[0]):
            # an excerpt of one numbered block, its role labels on the lines under it (（三）… ⏎ 牵头单位：…)
            return found[0]
    return None


def _labels_under(lines: list[SourceLine], at: int) -> bool:
    """Whether a role label (牵头单位：…) stands on one of the three lines under a numbered block's line."""
    return any(_role_label(ln.folded) and P.LABEL_ANYWHERE.search(ln.folded) for ln in lines[at + 1 : at + 4])


def _annex_list_lines(lines: list[SourceLine], begin: int) -> set[int]:
    """The lines that go on with a cover's list of annexes (附件：1．某某任务 ⏎ 2．某某清单): numbered titles, no
    items of the body."""
    out: set[int] = set()
    listing = False
    for i in range(begin, len(lines)):
        folded = lines[i].folded.strip()
        if not folded:
            continue
        if P.ANNEX_LINK.match(folded):
            listing = True
        elif listing and P.ITEM.match(folded) and "。" not in folded and len(folded) <= 40:
            out.add(i)
        else:
            listing = False
    return out


def _labelled_start(lines: list[SourceLine], begin: int) -> int | None:
    """No numbering and no table, but role labels (责任单位：…, or 责任单位 alone over its units): a notice
    of the genre written as labelled blocks is read, never refused; the body starts at the line before
    the first label (the block's task), and what it cannot place is warned where it stands."""
    labelled = [i for i in range(begin, len(lines)) if _role_label(lines[i].folded)]
    if len(labelled) < 2:
        return None
    start = max(begin, labelled[0] - 1)
    # ◆ 开展… ⏎ 全面排查…。 ⏎ 责任单位：…: the block opens at its bullet (its title), a few lines above the label
    bullets = [
        i for i in range(max(begin, labelled[0] - 4), labelled[0]) if P.BLOCK_BULLET.match(lines[i].folded.strip())
    ]
    return bullets[-1] if bullets else start


def _numbered_and_annotated(text: str, folded: str) -> bool:
    """（一）推行企业开办一日办结。（责任单位：县市场监管局） or 1.… with an annotation naming units."""
    if not (P.CLAUSE.match(folded) or P.ITEM.match(folded)):
        return False
    return any(a.assignment.has_units for a in find_annotations(text, folded))


def _page_metadata_row(folded: str) -> bool:
    """A row of a page's metadata: a page field's label (索引号：, 生成日期：, 公开责任部门：; not a common word,
    日期：, nor a label ending a longer word, 完成时间：) at its start or after a space or a bar."""
    return any(
        (m.start() == 0 or folded[m.start() - 1] in " \t|") and re.sub(r"\s", "", m["label"]) in P.PAGE_FIELDS_STRONG
        for m in P.PAGE_FIELD_LABEL.finditer(folded)
    )


def _in_page_metadata(content: list[SourceLine], at: int) -> bool:
    """索引号：… | 公开责任部门：县政府办 | 生成日期：…: a role label that is part of a page's metadata (in a row of
    it, or on a line next to one) is no sign of a body."""
    return any(_page_metadata_row(content[i].folded) for i in (at - 1, at, at + 1) if 0 <= i < len(content))


def _role_label(folded: str) -> bool:
    """A role label on the line (a cheap substring test first, then the label patterns)."""
    if not any(word in folded for word in ("单位", "部门", "室", "主体", "牵头", "配合")):
        return False
    return bool(P.LABEL_ANYWHERE.search(folded) or P.LABEL_ALONE.match(folded))


def _assigns(lines: list[SourceLine], item: Pattern) -> bool:
    """Whether lines name a unit's role anywhere (a role label, or a role verb right after a unit's name),
    or close two or more items with their units alone (1.开展…。（食品经营股）, 2.…。——县市场监管局): a list of
    items 1、 alone is a notice of the genre only when it assigns its tasks."""
    return (
        any(_names_role(ln.folded) for ln in lines)
        or sum(1 for ln in lines if item.match(ln.folded) and P.UNIT_ROLE_IN_PROSE.search(ln.folded)) >= 2
        or sum(1 for ln in lines if "由" in ln.folded and P.MEASURE_BY.search(ln.folded)) >= 2
        or sum(1 for ln in lines if item.match(ln.folded) and _closed_by_units(ln.text, ln.folded)) >= 2
        or _work_groups_listed(lines, item)
    )


def _work_groups_listed(lines: list[SourceLine], item: Pattern) -> bool:
    """Two or more items each a work group's name alone (1、综合协调组。), and two or more lines of their duties
    (职责：负责…): a plan assigning its work to its groups."""
    groups = 0
    for ln in lines:
        if (m := item.match(ln.folded)) and P.WORK_GROUP_TITLE.match(m["rest"].strip(" 。")):
            groups += 1
    return groups >= 2 and sum(1 for ln in lines if P.DUTY_LABEL_LINE.match(ln.folded)) >= 2


def _closed_by_units(text: str, folded: str) -> bool:
    """An item whose last words are an annotation naming units (（食品经营股） or ——食品经营股, a deadline
    beside them or not), whether or not it states their roles."""
    tail = len(folded.rstrip(" \n。.;；"))
    return any(a.end >= tail and a.assignment.has_units for a in find_annotations(text, folded))


def _after_cover(lines: list[SourceLine], first: int) -> int:
    """A cover notice with a few numbered requirements of its own (一、各单位要…), signed and dated, then
    the document it issues (its title, then its own 一、): the body starts at that document's first part.

    Only before any clause (（一）), within a few lines, and never where a task table follows the title.
    """
    for i in range(first + 1, min(first + 16, len(lines))):
        folded = lines[i].folded
        if P.CLAUSE.match(folded) or P.ANNEX_START.match(folded) or P.ANNEX_LINK.match(folded):
            return first
        if not P.SIGNED_DATE.match(folded):
            continue
        j = i + 1
        while j < len(lines) and P.TRAILER.search(lines[j].folded):
            j += 1
        if j >= len(lines) or not P.TITLE.match(lines[j].folded):
            return first
        for k in range(j + 1, min(j + 40, len(lines))):
            part = P.PART.match(lines[k].folded)
            if part:
                starts_over = cn_to_int(part["num"]) == 1 and find_header(lines[j + 1 : k]) is None
                return k if starts_over else first
        return first
    return first


def _document_after(lines: list[SourceLine], start: int) -> int | None:
    """附件 ⏎ 某县任务清单 ⏎ 序号… rows ⏎ 某县…工作方案 ⏎ 一、…: the document a table standing first belongs to, its
    title right over its first part 一、 after the rows: where that title is. Never where rows or a header
    follow (一、教育类 heading a table's group under the table's title is no document)."""
    for i in range(start + 1, len(lines) - 1):
        part = P.PART.match(lines[i + 1].folded)
        if part and cn_to_int(part["num"]) == 1 and P.TITLE.match(lines[i].folded.strip()):
            rest = lines[i + 1 :]
            if any("\t" in ln.text or "|" in ln.folded for ln in rest) or find_header(rest) is not None:
                return None
            return i
    return None


def _annex_start(lines: list[SourceLine], first_part: int) -> tuple[int, SourceLine | None]:
    """Where the annex begins: its 附件 marker, or else a task table's header row."""
    for i in range(first_part, len(lines)):
        if P.ANNEX_START.match(lines[i].folded):
            return i, lines[i]
    header = find_header(lines[first_part:])
    if header is None:
        return len(lines), None
    start = first_part + header
    if start > first_part and P.TITLE.match(lines[start - 1].folded) and not P.PART.match(lines[start - 1].folded):
        start -= 1
    elif (
        start - 1 == first_part
        and (part := P.PART.match(lines[start - 1].folded))
        and heads_first_group(part, lines[start + 1 :])
    ):
        start -= 1  # 一、经济发展类 then the header, 二、 heading rows later: the table's first group, no body part
    return start, None


def _table_end(lines: list[SourceLine], first_part: int, start: int) -> int:
    """Where a task table inside the body ends: at the body's numbering resumed after it, a later part
    (三、 after 二、, or 四、 out of turn) or a clause heading written as a sentence, when no row of the table follows it (a group
    row of the table, 一、 or 三、 alike, has rows under it)."""
    parts = [cn_to_int(m["num"]) for ln in lines[first_part:start] if (m := P.PART.match(ln.folded))]
    if not parts or start >= len(lines):
        return len(lines)
    header = find_header(lines[start:])
    # a table per part, its header repeated under each part's heading (一、区长…牵头重点工作 ⏎ 序号 ⏎ 目标任务 ⏎ …
    # ⏎ 二、常务副区长…牵头重点工作 ⏎ 序号 ⏎ 目标任务 ⏎ …): the heading is a group row of the one table
    first_name = lines[start + header].folded.strip() if header is not None else None
    for k in range(start + (header or 0) + 1, len(lines)):
        folded = lines[k].folded
        if "\t" in lines[k].text or "|" in folded:
            continue
        part = P.PART.match(folded)
        clause = P.CLAUSE.match(folded) or P.CLAUSE_CHAR.match(folded)
        resumed = (part and cn_to_int(part["num"]) > parts[-1]) or (clause and "。" in folded)
        if resumed and not _row_follows(lines, k + 1) and not (part and _header_follows(lines, k + 1, first_name)):
            # a part heading right over the clause is the body's too, its number out of turn or not
            before = next((j for j in range(k - 1, start, -1) if lines[j].folded.strip()), None)
            return before if before is not None and P.PART.match(lines[before].folded) else k
    return len(lines)


def _row_follows(lines: list[SourceLine], at: int) -> bool:
    """Whether the next line that is not empty is a row of a table (cells, or a number cell alone)."""
    nxt = next((ln for ln in lines[at:] if ln.folded.strip()), None)
    return nxt is not None and ("\t" in nxt.text or "|" in nxt.folded or bool(P.NUMBER_CELL.match(nxt.folded.strip())))


def _header_follows(lines: list[SourceLine], at: int, first_name: str | None) -> bool:
    """Whether the next line that is not empty opens the table's header again (its first name, 序号, alone)."""
    nxt = next((ln for ln in lines[at:] if ln.folded.strip()), None)
    return first_name is not None and nxt is not None and nxt.folded.strip() == first_name


def _after_vertical_rows(lines: list[SourceLine], start: int, end: int) -> int:
    """Where a table written one cell a line ends in a paragraph of the body: the first sentence (ending in
    。, no number cell) after the cells of its last numbered row."""
    vertical = vertical_header_lengths(lines[start:end])
    header = find_header(lines[start:end], vertical)
    if header is None or not vertical[header]:
        return end
    width = vertical[header]
    numbers = [i for i in range(start + header + width, end) if P.NUMBER_CELL.match(lines[i].folded.strip())]
    if not numbers:
        return end
    for i in range(numbers[-1] + width, end):
        folded = lines[i].folded.strip()
        if folded.endswith("。") and len(folded) >= 10 and "\t" not in lines[i].text:
            return i
    return end


def _prose_after_rows(lines: list[SourceLine], annex: AnnexResult, start: int, end: int) -> int | None:
    """The first line after a task table's last row, when the table could not read it as a row: a
    paragraph of the body after the table, and the body again from there (its closing, its signature)."""
    last = max(t.line for t in annex.tasks)
    unread = {w.line for w in annex.warnings if w.code == "annex-unparsed"}
    tail = [i for i in range(start, end) if lines[i].number > last and lines[i].folded.strip()]
    return tail[0] if tail and lines[tail[0]].number in unread else None


def _number_tasks(annex_tasks: list[Task], inline_tasks: list[Task]) -> list[Task]:
    """Annex tasks keep their own numbers; body tasks are numbered in order after them."""
    if not annex_tasks:
        return inline_tasks
    offset = max(t.id for t in annex_tasks)
    return [*annex_tasks, *(replace(t, id=t.id + offset) for t in inline_tasks)]


def _unique_ids(
    tasks: list[Task], shared: set[int] | frozenset[int] = frozenset(), merged: frozenset[int] = frozenset()
) -> tuple[list[Task], list[Warning]]:
    """A number a table repeats is given to the first row that has it; a later row gets the next free
    number after the last task's, with a warning, so that every task can be named by its id. A row under
    a 序号 merged with the row above (its line in shared) gets one warning saying both; one whose task cells
    are merged with the row above's too (its line in merged) one info."""
    seen: set[int] = set()
    next_free = max((t.id for t in tasks), default=0) + 1
    out: list[Task] = []
    warnings: list[Warning] = []
    restarted: list[tuple[Task, int]] = []  # rows of groups numbered again from 1, and their new numbers
    run = 0  # the number the last row of a run numbered again from 1 had (0: in no such run)
    before = 0  # the number the row before had, as written
    for task in tasks:
        # 二、 (or a later table) then its rows numbered from 1 again, 1, 2, 3…: each group its own numbers
        # (1 right after 1 is a number used twice, warned at its row)
        restart = task.id == 1 and before > 1
        run = task.id if task.id in seen and (restart or (run and task.id == run + 1)) else 0
        before = task.id
        if run:
            restarted.append((task, next_free))
            task = replace(task, id=next_free)
            next_free += 1
        elif task.id in seen:
            if task.line in merged:
                message = (
                    f"a row whose 序号 and task cells are merged with the row above's: read with number {task.id}"
                    f" and the task cells above it, its own units and deadline, listed as task {next_free}"
                )
                warnings.append(Warning("row-cells-merged", task.line, message))
            elif task.line in shared:
                message = f"a row sharing number {task.id} with the row above, listed as task {next_free}"
                warnings.append(Warning("row-number-shared", task.line, message))
            else:
                message = f"task number {task.id} is used twice; this one is listed as task {next_free}"
                warnings.append(Warning("task-renumbered", task.line, message))
            task = replace(task, id=next_free)
            next_free += 1
        seen.add(task.id)
        out.append(task)
    if restarted:  # one warning for the notice, not one a row
        first, first_id = restarted[0]
        ids = str(first_id) if len(restarted) == 1 else f"{first_id}–{restarted[-1][1]}"
        message = (
            f"rows numbered from 1 again (a later group or table): listed as tasks {ids}"
            " (their own numbers kept in the path)"
        )
        warnings.append(Warning("task-renumbered", first.line, message))
    return out, sorted(warnings, key=lambda w: w.line)


def _freeze_item(node: Node) -> Item:
    return Item(
        number=node.number,
        label=node.label.rstrip(".、．"),
        text=node.text,
        line=node.line.number,
        items=tuple(_freeze_item(c) for c in node.children),
    )


def _freeze_part(node: Node) -> Part:
    clauses = [c for c in node.children if c.kind == "clause"]
    items = [c for c in node.children if c.kind != "clause"]
    rest = node.first[len(node.title) :].lstrip("。 ")
    return Part(
        number=node.number,
        title=node.title,
        line=node.line.number,
        text="\n".join(x for x in [rest, *node.paragraphs] if x),
        clauses=tuple(
            Clause(
                number=c.number,
                title=c.title,
                text=c.text,
                line=c.line.number,
                items=tuple(_freeze_item(i) for i in c.children),
            )
            for c in clauses
        ),
        items=tuple(_freeze_item(i) for i in items),
    )

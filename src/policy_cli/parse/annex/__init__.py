"""The annex task table: header row, groups (一、), sub-groups ((一)), task rows and notes (注).

Rows come with cells separated by runs of spaces, by tabs (the readers' tables, some
scrapes) or by pipes (| 类别 | 具体措施 |); one header may span two rows."""

from __future__ import annotations

from .cells import _UNIT_COLUMNS, _person_like, _pipe_row, _without_role_mark, unit_like
from .column_roles import (
    _JOINED_LONGEST,
    _QUALIFIER_LONGEST,
    _any_word,
    _columns_of,
    _name_roles,
    _names_a_column,
    _period_role,
    header_columns,
    header_names,
    units_header_without_task,
)
from .fit import _fit_one_a_column, _units_left_in_text
from .flat_rows import _row_cut_off, merge_vertical_table
from .glued import glued_table_header, unglue_table
from .header_rows import (
    _cell_name,
    _unknown_name_like,
    _value_column,
    _vertical_roles,
    find_header,
    unread_headers,
    vertical_header_lengths,
)
from .pipe_rows import bare_bars_spaced, headless_rows
from .row_cells import _SAME_AS_ABOVE_LONGEST, _same_as_above
from .table import (
    _ORG_NAME_LONGEST,
    _PEOPLE_LIST_ENDS,
    AnnexResult,
    _may_be_title,
    _org_name,
    _people_list_title,
    _signed_date,
    _under_spanning_cell,
    heads_first_group,
    parse_annex,
)
from .table_lines import _annex_link, _annex_start, _notes_start, _page_furniture

__all__ = [
    "_JOINED_LONGEST",
    "_ORG_NAME_LONGEST",
    "_PEOPLE_LIST_ENDS",
    "_QUALIFIER_LONGEST",
    "_SAME_AS_ABOVE_LONGEST",
    "_UNIT_COLUMNS",
    "AnnexResult",
    "_annex_link",
    "_annex_start",
    "_any_word",
    "_cell_name",
    "_columns_of",
    "_fit_one_a_column",
    "_may_be_title",
    "_name_roles",
    "_names_a_column",
    "_notes_start",
    "_org_name",
    "_page_furniture",
    "_people_list_title",
    "_period_role",
    "_person_like",
    "_pipe_row",
    "_row_cut_off",
    "_same_as_above",
    "_signed_date",
    "_under_spanning_cell",
    "_units_left_in_text",
    "_unknown_name_like",
    "_value_column",
    "_vertical_roles",
    "_without_role_mark",
    "bare_bars_spaced",
    "find_header",
    "glued_table_header",
    "header_columns",
    "header_names",
    "headless_rows",
    "heads_first_group",
    "merge_vertical_table",
    "parse_annex",
    "unglue_table",
    "unit_like",
    "units_header_without_task",
    "unread_headers",
    "vertical_header_lengths",
]

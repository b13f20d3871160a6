"""Views -> table / tsv / csv / excel-csv / json / yaml / md. The only writer of results; never filters.

A record is a dict of column -> value (text, number, list of text, or None).
Text formats join lists with 、 and escape tabs and line breaks as \\t and \\n,
so one record is always one line. tsv, csv, json and yaml use the records' English
keys in every language; the table, Markdown and excel-csv are for people and
carry headers in the user's language. Notice text is never read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from .i18n import header, value_text

if TYPE_CHECKING:
    from .views import View

FORMATS = ("table", "tsv", "csv", "excel-csv", "json", "yaml", "md")

Record = dict[str, Any]

# Columns a terminal table never breaks: numbers, dates, codes.
NO_WRAP = frozenset({"id", "due", "due_year", "line", "tasks", "key", "level", "count", "kind", "severity", "lead"})
# List columns of names: one name a line in a table, never broken inside a name if it fits.
NAME_LISTS = frozenset({"departments", "lead", "partners", "resolved", "leaders", "spellings", "written", "places"})
BOM = "\ufeff"


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "、".join(cell_text(v) for v in value)
    return str(value)


def _one_line(value: Any) -> str:
    return cell_text(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def render(view: View, fmt: str, out: TextIO, width: int | None = None) -> None:
    """Write a view in a format; width fixes a table's width (default: the terminal's)."""
    columns = view.columns_for(fmt)
    if view.shape == "record":
        _record(view, fmt, out, width)
    elif fmt == "table" and view.shape == "tree":
        _tree(view, out, width)
    elif fmt == "table" and view.shape == "bars":
        _bars(view, out, width)
    else:
        typed = fmt in ("json", "yaml") and view.data_records is not None
        write(
            view.data_records if typed and view.data_records is not None else view.records,
            columns,
            fmt,
            out,
            title=view.title,
            caption=view.caption,
            highlight=view.highlight,
            width=width,
        )


def write(
    records: Sequence[Record],
    columns: Sequence[str],
    fmt: str,
    out: TextIO,
    *,
    title: str = "",
    caption: str = "",
    highlight: str | None = None,
    width: int | None = None,
) -> None:
    """Write records as rows of the given columns."""
    if fmt in ("table", "md", "excel-csv"):  # formats for people give the tool's own words in their language
        records = [{c: value_text(c, r.get(c)) for c in (*columns, "_spans", "_runs") if c in r} for r in records]
    if fmt == "table":
        _table(records, columns, out, title, caption, highlight, width)
    elif fmt == "tsv":
        out.write("\t".join(columns) + "\n")
        for r in records:
            out.write("\t".join(_one_line(r.get(c)) for c in columns) + "\n")
    elif fmt in ("csv", "excel-csv"):
        import csv
        import io

        buffer = io.StringIO()
        excel = fmt == "excel-csv"
        writer = csv.writer(buffer, lineterminator="\r\n" if excel else "\n")
        writer.writerow([header(c) for c in columns] if excel else columns)
        writer.writerows([cell_text(r.get(c)) for c in columns] for r in records)
        out.write((BOM if excel else "") + buffer.getvalue())
    elif fmt == "json":
        from .store import dump_json

        out.write(dump_json([{c: _plain(r.get(c)) for c in columns} for r in records]))
    elif fmt == "yaml":
        out.write(_yaml([{c: _plain(r.get(c)) for c in columns} for r in records]))
    elif fmt == "md":
        out.write("| " + " | ".join(_md_cell(header(c)) for c in columns) + " |\n")
        out.write("|" + "|".join("---" for _ in columns) + "|\n")
        for r in records:
            out.write("| " + " | ".join(_md_cell(_one_line(r.get(c))) for c in columns) + " |\n")
    else:  # pragma: no cover - the CLI validates formats
        raise ValueError(fmt)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _yaml(data: Any) -> str:
    from .yamlio import dump

    return dump(data)


def _record(view: View, fmt: str, out: TextIO, width: int | None) -> None:
    """One object: an object for json/yaml, field/value rows otherwise."""
    record = view.records[0]
    if fmt in ("json", "yaml"):
        data = {k: _plain(v) for k, v in record.items() if not k.startswith("_")}
        if fmt == "json":
            from .store import dump_json

            out.write(dump_json(data))
        else:
            out.write(_yaml(data))
        return
    rows = [{"field": k, "value": v} for k, v in record.items() if not k.startswith("_")]
    if fmt in ("table", "md", "excel-csv"):  # formats for people name the fields in their language
        for row in rows:
            row["field"] = header(row["field"])
    write(rows, ["field", "value"], fmt, out, title=view.title, width=width)


def workbook(view: View) -> bytes:
    """A view as an xlsx workbook for people: one sheet, headers in the user's language, bold and frozen.

    Lists are joined with 、 as in CSV; numbers stay numbers. openpyxl is imported only here.
    """
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Font

    if view.shape == "record":
        record = view.records[0]
        columns: Sequence[str] = ["field", "value"]
        records: Sequence[Record] = [
            {"field": header(k), "value": v} for k, v in record.items() if not k.startswith("_")
        ]
    else:
        columns, records = view.columns_for("excel-csv"), view.records
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "policy-cli"
    ws.append([header(c) for c in columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in records:
        ws.append([_xlsx_cell(value_text(c, r.get(c))) for c in columns])
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = cell_text(value)
        return None if text == "" else text
    return value


def bar(count: int, most: int, width: int = 30) -> str:
    return "█" * max(1, round(count / most * width)) if most and count else ""


def _console(out: TextIO, width: int | None) -> Any:
    from rich.console import Console

    return Console(file=out, soft_wrap=False, width=width, highlight=False, markup=False, emoji=False)


def _table(
    records: Sequence[Record],
    columns: Sequence[str],
    out: TextIO,
    title: str,
    caption: str,
    highlight: str | None,
    width: int | None,
) -> None:
    from rich.cells import cell_len
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title=Text(title) if title else None,
        caption=Text(caption) if caption else None,
        header_style="bold",
        title_justify="left",
        caption_justify="left",
    )
    for column in columns:
        longest_name = 0
        if column in NAME_LISTS:
            names = [str(v) for r in records for v in (r.get(column) or ()) if isinstance(r.get(column), list | tuple)]
            longest_name = min(max((cell_len(n) for n in names), default=0), 24)
        table.add_column(
            Text(header(column)),
            overflow="fold",
            no_wrap=column in NO_WRAP,
            min_width=longest_name or None,
        )
    for r in records:
        cells = []
        for column in columns:
            value = r.get(column)
            runs = r.get("_runs") if column == highlight else None
            if runs:  # a text diff: [-removed-] in red, {+added+} in green; the marks stay without colour
                marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
                styles = {"=": "", "-": "red", "+": "green bold"}
                text = Text.assemble(*((marks[op].format(chunk), styles[op]) for op, chunk in runs))
            elif column in NAME_LISTS and isinstance(value, list | tuple):
                text = Text("\n".join(cell_text(v) for v in value))
            else:
                text = Text(cell_text(value))
            if column == highlight:
                for start, end in r.get("_spans") or ():
                    text.stylize("bold reverse", start, end)
            cells.append(text)
        table.add_row(*cells)
    _console(out, width).print(table)


def _tree(view: View, out: TextIO, width: int | None) -> None:
    from rich.text import Text
    from rich.tree import Tree

    root = Tree(Text(view.title))
    stack: list[Any] = [root]
    for r in view.records:
        del stack[r["level"] :]
        label = Text(f"{r['label']}{r['title']}")
        label.append(f"  L{r['line']}", style="dim")
        stack.append(stack[-1].add(label))
    _console(out, width).print(root)


def _bars(view: View, out: TextIO, width: int | None) -> None:
    """One table per dimension, with bars scaled to the room the terminal leaves."""
    from rich.cells import cell_len

    from .views import bar_title

    console = _console(out, width)
    dimensions = list(dict.fromkeys(r["dimension"] for r in view.records))
    for dimension in dimensions:
        rows = [dict(r) for r in view.records if r["dimension"] == dimension]
        columns = ["key", "label", "tasks", "bar"] if any(r["label"] for r in rows) else ["key", "tasks", "bar"]
        used = sum(max(cell_len(header(c)), *(cell_len(cell_text(r.get(c))) for r in rows)) + 3 for c in columns[:-1])
        room = max(console.width - used - 4, 5)
        most = max(r["tasks"] for r in rows)
        for r in rows:
            r["bar"] = bar(r["tasks"], most, min(30, room))
        title = bar_title(dimension)
        write(rows, columns, "table", out, title=title, width=console.width)

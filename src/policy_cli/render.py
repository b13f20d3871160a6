"""Records -> table / tsv / csv / json / yaml / md. Renders what it is given; never filters.

A record is a dict of column -> value (text, number, list of text, or None).
Text formats join lists with 、 and escape tabs and line breaks as \\t and \\n,
so one record is always one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TextIO

FORMATS = ("table", "tsv", "csv", "json", "yaml", "md")

Record = dict[str, Any]


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "、".join(cell_text(v) for v in value)
    return str(value)


def _one_line(value: Any) -> str:
    return cell_text(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write(
    records: Sequence[Record],
    columns: Sequence[str],
    fmt: str,
    out: TextIO,
    *,
    title: str | None = None,
    highlight: str | None = None,
) -> None:
    """Write records in a format. highlight names a column whose value has a _span (start, end) to mark."""
    if fmt == "table":
        _table(records, columns, out, title, highlight)
    elif fmt == "tsv":
        out.write("\t".join(columns) + "\n")
        for r in records:
            out.write("\t".join(_one_line(r.get(c)) for c in columns) + "\n")
    elif fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([cell_text(r.get(c)) for c in columns] for r in records)
        out.write(buffer.getvalue())
    elif fmt == "json":
        from .store import dump_json

        out.write(dump_json([{c: _plain(r.get(c)) for c in columns} for r in records]))
    elif fmt == "yaml":
        out.write(_yaml([{c: _plain(r.get(c)) for c in columns} for r in records]))
    elif fmt == "md":
        out.write("| " + " | ".join(columns) + " |\n")
        out.write("|" + "|".join("---" for _ in columns) + "|\n")
        for r in records:
            cells = (_one_line(r.get(c)).replace("|", "\\|") for c in columns)
            out.write("| " + " | ".join(cells) + " |\n")
    else:  # pragma: no cover - the CLI validates formats
        raise ValueError(fmt)


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _yaml(data: Any) -> str:
    from .yamlio import dump

    return dump(data)


def write_mapping(record: Record, fmt: str, out: TextIO, title: str | None = None) -> None:
    """One object: key/value lines for text formats, an object for json/yaml."""
    if fmt in ("json", "yaml"):
        data = {k: _plain(v) for k, v in record.items()}
        if fmt == "json":
            from .store import dump_json

            out.write(dump_json(data))
        else:
            out.write(_yaml(data))
        return
    rows = [{"field": k, "value": v} for k, v in record.items()]
    write(rows, ["field", "value"], fmt, out, title=title)


def bar(count: int, most: int, width: int = 30) -> str:
    return "█" * max(1, round(count / most * width)) if most and count else ""


def _table(
    records: Sequence[Record], columns: Sequence[str], out: TextIO, title: str | None, highlight: str | None
) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False, header_style="bold", title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in ("id", "due", "due_year", "line", "tasks"))
    for r in records:
        cells = []
        for column in columns:
            runs = r.get("_runs") if column == highlight else None
            if runs:  # a text diff: removed runs struck through in red, added in green
                styles = {"=": "", "-": "red strike", "+": "green bold"}
                text = Text.assemble(*((chunk, styles[op]) for op, chunk in runs))
            else:
                text = Text(cell_text(r.get(column)))
            span = r.get("_span")
            if column == highlight and span:
                text.stylize("bold reverse", *span)
            cells.append(text)
        table.add_row(*cells)
    Console(file=out, soft_wrap=False).print(table)

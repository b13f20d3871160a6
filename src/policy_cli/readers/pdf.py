"""PDF -> lines: the text layer in reading order, ruled tables as rows.

pdfplumber (an optional extra: pip install 'policy-cli[pdf]') gives the page's
text lines and the cells of ruled tables with their boxes; a cell's box tells how
many rows and columns it spans, and grid.py copies it into each. A PDF with no
text layer (a scan) is refused: reading it needs OCR, which this tool does not do.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from ..errors import InputError
from ..i18n import _
from .grid import Cell, table_lines


def read_pdf(data: bytes, name: str) -> str:
    try:
        import pdfplumber
    except ImportError:
        raise InputError(
            _("{name}: reading PDF files needs the pdf extra: pip install 'policy-cli[pdf]'").format(name=name)
        ) from None
    # pdfminer logs what it works around in a damaged file; the outcome is reported here instead.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    lines: list[str] = []
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                chars += len(page.chars)
                lines.extend(_page_lines(page))
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types for damaged or encrypted files
        raise InputError(
            _("{name}: cannot read the PDF ({reason}); save it again or export it as .docx").format(
                name=name, reason=type(exc).__name__
            )
        ) from None
    if chars == 0:
        raise InputError(
            _(
                "{name}: PDF has no text layer (a scan?); run OCR on it or get the notice as text, .docx or a web page"
            ).format(name=name)
        )
    return "\n".join(lines)


def _page_lines(page: Any) -> list[str]:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj: dict[str, Any]) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    placed: list[tuple[float, list[str]]] = []
    text_page = page.filter(outside) if boxes else page
    for line in text_page.extract_text_lines(return_chars=False):
        placed.append((line["top"], [line["text"]]))
    for table in tables:
        placed.append((table.bbox[1], table_lines(_table_rows(table))))
    placed.sort(key=lambda item: item[0])
    return [line for _, chunk in placed for line in chunk]


def _table_rows(table: Any) -> list[list[Cell]]:
    """Cells with spans counted from their boxes: a box reaching past the next row's top spans it."""
    tops = sorted({round(row.bbox[1], 1) for row in table.rows})
    lefts = sorted({round(cell[0], 1) for cell in table.cells})
    texts = table.extract()  # one pass over the table's characters, cell texts where the boxes are
    rows: list[list[Cell]] = []
    for row, row_texts in zip(table.rows, texts, strict=True):
        cells = []
        for box, text in zip(row.cells, row_texts, strict=True):
            if box is None:  # a position a box from the left or above covers
                continue
            x0, y0, x1, y1 = box
            rowspan = sum(1 for t in tops if y0 - 0.5 <= t < y1 - 0.5)
            colspan = sum(1 for left in lefts if x0 - 0.5 <= left < x1 - 0.5)
            cells.append(Cell(_cell_text(text or ""), max(rowspan, 1), max(colspan, 1)))
        rows.append(cells)
    return rows


def _cell_text(text: str) -> str:
    """A cell's wrapped lines joined back: the PDF breaks lines by width, not by meaning."""
    return "".join(part.strip() for part in text.split("\n"))

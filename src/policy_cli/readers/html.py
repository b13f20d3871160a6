"""Web pages -> lines: the page's charset, its text in reading order, tables as rows.

Scripts, styles, navigation, breadcrumbs and footers are dropped; paragraphs and
<br> end lines; the page's metadata table (索引号, 发文字号, 发布日期...) becomes
one `label：value` line a field; other tables go through grid.table_lines, with
units a cell separates by <br> joined by 、 so they stay separate units.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

import lxml.etree
import lxml.html

from ..decode import BOMS
from ..errors import InputError
from ..i18n import _
from .grid import Cell, table_lines

# <meta charset="gb2312">   <meta http-equiv="Content-Type" content="text/html; charset=GBK">
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
# GB2312 and GBK pages routinely hold characters only GB18030 defines; read them all as GB18030.
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "euc-cn", "cp936", "windows-936", "ms936", "gb18030"}
# <?xml version="1.0" encoding="gbk"?> (XHTML): lxml refuses a declared encoding on text it is given
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")

_DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "footer",
        "aside",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "select",
        "button",
        "input",
        "textarea",
        "map",
        "area",
        "audio",
        "video",
        "head",
        "title",
        "link",
        "meta",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "caption",
        "section",
        "article",
        "header",
        "main",
        "center",
        "blockquote",
        "pre",
        "address",
        "figure",
        "figcaption",
        "hr",
        "form",
        "fieldset",
    ]
)
# class or id naming page furniture: 当前位置 (dqwz) and 面包屑 (mbx) are the pinyin ones
_NOISE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|bread|location|position|dqwz|mbx|footer|foot|"
    r"copyright|share|sidebar|topbar|toolbar|print|close)(?:$|[\s_-])",
    re.IGNORECASE,
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_LAYOUT_PIECES = 30  # more paragraphs than any one table cell holds
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_LINE_STRIP = " \t\n\r\f\u00a0\u3000"

# The labels of a page's metadata table, read as `label：value` lines by the head parser.
PAGE_LABELS = frozenset(
    [
        "索引号",
        "主题分类",
        "分类",
        "发文机关",
        "发布机构",
        "发文字号",
        "文号",
        "成文日期",
        "发布日期",
        "关键词",
        "主题词",
        "公文种类",
        "有效性",
    ]
)


def read_html(data: bytes, name: str) -> tuple[str, str]:
    """The page's text as lines, and the encoding it was decoded from."""
    text, encoding = decode_page(data, name)
    return "\n".join(page_lines(text, name)), encoding


def decode_page(data: bytes, name: str) -> tuple[str, str]:
    """Decode by BOM, then the declared charset, then UTF-8 or GB18030."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, name), encoding
    declared = _declared(data[:8192])
    tried = [declared] if declared else []
    tried += [e for e in ("utf-8", "gb18030") if e != declared]
    first_bad: int | None = None
    for encoding in tried:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            first_bad = exc.start if first_bad is None else first_bad
    what = _("its declared {encoding}").format(encoding=declared) if declared else "UTF-8"
    raise InputError(
        _(
            "{name}: web page is not valid {what} or GB18030 (first bad byte at offset {offset}); save it again as UTF-8"
        ).format(name=name, what=what, offset=first_bad)
    )


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            _("{name}: invalid {encoding} at byte {offset}").format(name=name, encoding=encoding, offset=exc.start)
        ) from None


def _declared(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if not match:
        return None
    label = match[1].decode("ascii", errors="ignore").lower()
    if label in _GB:
        return "gb18030"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def page_lines(text: str, name: str = "<input>") -> list[str]:
    """The lines of a page's body in reading order."""
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        raise InputError(_("{name}: web page is empty").format(name=name))
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8", errors="surrogatepass"), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise InputError(_("{name}: cannot read the web page ({reason})").format(name=name, reason=exc)) from None
    body = root.find("body")
    return _join_labels(_Flow().run(body if body is not None else root))


def _join_labels(lines: list[str]) -> list[str]:
    """索引号： on a line of its own (a label and its value in separate blocks) joined with its value."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if previous.endswith((":", "：")) and _label(previous) and _value_like(line):
            out[-1] = previous + line
        else:
            out.append(line)
    return out


class _Flow:
    """Walks an element's content, gathering text into lines."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def run(self, element: lxml.html.HtmlElement) -> list[str]:
        self._children(element)
        self._break()
        return self.lines

    def _break(self) -> None:
        line = "".join(self.current).strip(_LINE_STRIP)
        if line:
            self.lines.append(line)
        self.current = []

    def _text(self, text: str | None) -> None:
        if text:
            self.current.append(_HTML_SPACE.sub(" ", text))

    def _children(self, element: lxml.html.HtmlElement) -> None:
        self._text(element.text)
        for child in element:
            self._element(child)
            self._text(child.tail)

    def _element(self, element: lxml.html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in _DROP_TAGS or _is_noise(element):
            return
        if tag == "br":
            self._break()
        elif tag == "table" and not _is_layout(element):
            self._break()
            self.lines.extend(_table(element))
        elif tag in _BLOCK_TAGS:
            self._break()
            self._children(element)
            self._break()
        else:
            self._children(element)


def _is_noise(element: lxml.html.HtmlElement) -> bool:
    marks = f"{element.get('class', '')} {element.get('id', '')}"
    return bool(_NOISE.search(marks) or _HIDDEN.search(element.get("style", "")))


def _is_layout(table: lxml.html.HtmlElement) -> bool:
    """A table that lays out the page rather than holding data: it holds other tables, has
    one column, or a cell holding a whole text (read as paragraphs, not as one row)."""
    if any(True for _ in table.iterdescendants("table")):
        return True
    rows = list(_rows(table))
    if all(sum(1 for c in row if c.tag in ("td", "th")) <= 1 for row in rows):
        return True
    return any(sum(1 for _ in cell.iter("p", "div", "br", "li")) > _LAYOUT_PIECES for row in rows for cell in row)


def _rows(table: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    """The table's own rows (not a nested table's), in document order."""
    for child in table:
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (row for row in child if row.tag == "tr")


def _table(table: lxml.html.HtmlElement) -> list[str]:
    rows = []
    for row in _rows(table):
        cells = [c for c in row if c.tag in ("td", "th") and not _is_noise(c)]
        rows.append([Cell.of(_Flow().run(c), _span(c.get("rowspan")), _span(c.get("colspan"))) for c in cells])
    meta = _metadata(rows)
    return meta if meta is not None else table_lines(rows)


def _span(value: str | None) -> int:
    digits = re.match(r"\s*(\d+)", value or "")
    return int(digits[1]) if digits else 1


def _label(text: str) -> str | None:
    bare = re.sub(r"\s+", "", text).rstrip(":：")
    return bare if bare in PAGE_LABELS else None


def _value_like(line: str) -> bool:
    """Short, not another label, not a title (关于…): a value shown in a block of its own."""
    return len(line) <= 40 and "关于" not in line and not _label(re.split(r"[:：]", line, maxsplit=1)[0])


def _metadata(rows: list[list[Cell]]) -> list[str] | None:
    """A page's metadata table as `label：value` lines, or None if the table is not one."""
    cells = [c.text for row in rows for c in row]
    labelled = sum(1 for t in cells if _label(t) or _label(re.split(r"[:：]", t, maxsplit=1)[0]))
    if labelled < 2:
        return None
    lines = []
    for row in rows:
        n = 0
        while n < len(row):
            text = row[n].text
            label = _label(text)
            if label is not None:
                value = row[n + 1].text if n + 1 < len(row) and not _label(row[n + 1].text) else ""
                if value:  # a field the page leaves empty says nothing
                    lines.append(f"{label}：{value}")
                n += 2 if value else 1
            else:
                if text:
                    lines.append(text)
                n += 1
    return lines

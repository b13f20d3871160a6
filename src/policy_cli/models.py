"""The notice model: frozen dataclasses, stdlib only.

Every extracted object keeps the line it came from (1-based, in the decoded
text) and, where a value is normalised, the value as written next to it.
"""

from dataclasses import dataclass, field

SCHEMA_VERSION = 2


@dataclass(frozen=True, kw_only=True)
class Metadata:
    title: str | None = None
    doc_number: str | None = None  # as written: 甘委发[2017]28号
    doc_number_normalized: str | None = None  # standard form: 甘委发〔2017〕28号
    issuers: tuple[str, ...] = ()
    addressees: tuple[str, ...] = ()
    signed: str | None = None  # ISO date of the signature block, if any
    index_number: str | None = None  # 索引号 (web page header)
    category: str | None = None  # 主题分类
    publisher: str | None = None  # 发布机构
    published: str | None = None  # 发布日期, ISO
    keywords: tuple[str, ...] = ()  # 关键词
    source_format: str | None = None  # what the notice was read from: text | html | docx | pdf


@dataclass(frozen=True, kw_only=True)
class Item:
    """A numbered item under a clause or part: 1. / 1、 / （1）."""

    number: int
    label: str  # as written, without punctuation: "1", "（1）"
    text: str
    line: int
    items: tuple["Item", ...] = ()


@dataclass(frozen=True, kw_only=True)
class Clause:
    number: int  # （一） -> 1, counted continuously across parts
    title: str
    text: str
    line: int
    items: tuple[Item, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Part:
    number: int  # 一、 -> 1
    title: str
    line: int
    text: str = ""  # words after the title and paragraphs before the first clause
    clauses: tuple[Clause, ...] = ()
    items: tuple[Item, ...] = ()  # items directly under the part (no clause level)


@dataclass(frozen=True)
class Subgroup:
    number: int
    title: str
    line: int
    part: int | None = None  # the body part and clause this sub-group implements
    clause: int | None = None


@dataclass(frozen=True, kw_only=True)
class Group:
    number: int
    title: str
    line: int
    variants: tuple[str, ...] = ()  # other wordings of a heading the scrape repeated
    part: int | None = None  # the body part this group implements
    subgroups: tuple[Subgroup, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Annex:
    title: str | None
    line: int
    header: tuple[str, ...] = ()  # the header row(s) as written
    columns: tuple[str, ...] = ()  # the role of each column: number, task, departments, lead, partners, due
    groups: tuple[Group, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Task:
    id: int
    path: str  # numbering path: 一/（一）/1
    source: str  # annex | body
    text: str
    group: int | None = None  # annex 大项, or body part
    subgroup: int | None = None  # annex 小项, or body clause
    departments_raw: str | None = None
    departments: tuple[str, ...] = ()
    lead: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    leaders: tuple[str, ...] = ()  # 牵头领导: people or posts, never units
    due: str | None = None  # as written: 2018年, 2021年6月底前, 长期坚持
    due_year: int | None = None
    due_date: str | None = None  # ISO date the deadline ends: 2019年6月底前 -> 2019-06-30
    due_from: str | None = None  # ISO date a range starts: 2020—2021年 -> 2020-01-01
    due_kind: str | None = None  # date | range | standing | unknown (null: no deadline)
    line: int


@dataclass(frozen=True)
class Note:
    number: int
    text: str
    line: int


@dataclass(frozen=True)
class Boilerplate:
    """A line recognised as page furniture rather than content, and why."""

    line: int
    kind: str  # banner | breadcrumb | page-header | link | repeated-title | footer | trailer
    text: str


@dataclass(frozen=True)
class Warning:
    code: str
    line: int
    message: str


@dataclass(frozen=True, kw_only=True)
class Notice:
    schema: int = SCHEMA_VERSION
    metadata: Metadata = field(default_factory=Metadata)
    preamble: str = ""
    parts: tuple[Part, ...] = ()
    closing: str | None = None
    annex: Annex | None = None
    tasks: tuple[Task, ...] = ()
    notes: tuple[Note, ...] = ()
    boilerplate: tuple[Boilerplate, ...] = ()
    warnings: tuple[Warning, ...] = ()

    def clauses(self) -> tuple["Clause", ...]:
        return tuple(c for p in self.parts for c in p.clauses)

    def task(self, task_id: int) -> "Task | None":
        return next((t for t in self.tasks if t.id == task_id), None)

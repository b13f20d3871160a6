"""The notice model: frozen dataclasses, stdlib only.

Every extracted object keeps the line it came from (1-based, in the decoded
text) and, where a value is normalised, the value as written next to it.

Each class writes out the `__init__` that `@dataclass` would make and takes
`__eq__`, `__hash__`, `__repr__` and the refusal to change a field from
_Frozen: the dataclass machinery compiles those methods anew for every class
at every start of the program, a large share of a query's start-up time. The
classes are still dataclasses (`dataclasses.fields`, `replace` and `asdict`
work as before); tests/test_models.py checks each one against the frozen
dataclass its fields make.
"""

from dataclasses import FrozenInstanceError, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataclasses import dataclass
else:
    from dataclasses import dataclass as _make_dataclass

    def dataclass(*, frozen: bool, kw_only: bool = False) -> Any:
        """@dataclass(frozen=True, ...) for a class that writes its own __init__ and inherits _Frozen."""
        if not frozen:
            raise TypeError("model classes are frozen")

        def decorate(cls: type) -> type:
            return _make_dataclass(cls, kw_only=kw_only, init=False, repr=False, eq=False)

        return decorate


_set = object.__setattr__
_NEW_METADATA: Any = object()  # Notice(metadata=...) not given: a new, empty Metadata


class _Frozen:
    """What a frozen dataclass adds to a class, written once for every model class."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(self.__dict__.values()) == tuple(other.__dict__.values())

    def __hash__(self) -> int:
        return hash(tuple(self.__dict__.values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self.__dict__.items())
        return f"{self.__class__.__qualname__}({shown})"


SCHEMA_VERSION = 2


@dataclass(frozen=True, kw_only=True)
class Metadata(_Frozen):
    """The notice's head: title, document number, issuers, dates and the web page's catalogue fields."""

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

    def __init__(
        self,
        *,
        title: str | None = None,
        doc_number: str | None = None,
        doc_number_normalized: str | None = None,
        issuers: tuple[str, ...] = (),
        addressees: tuple[str, ...] = (),
        signed: str | None = None,
        index_number: str | None = None,
        category: str | None = None,
        publisher: str | None = None,
        published: str | None = None,
        keywords: tuple[str, ...] = (),
        source_format: str | None = None,
    ) -> None:
        _set(self, "title", title)
        _set(self, "doc_number", doc_number)
        _set(self, "doc_number_normalized", doc_number_normalized)
        _set(self, "issuers", issuers)
        _set(self, "addressees", addressees)
        _set(self, "signed", signed)
        _set(self, "index_number", index_number)
        _set(self, "category", category)
        _set(self, "publisher", publisher)
        _set(self, "published", published)
        _set(self, "keywords", keywords)
        _set(self, "source_format", source_format)


@dataclass(frozen=True, kw_only=True)
class Item(_Frozen):
    """A numbered item under a clause or part: 1. / 1、 / （1）."""

    number: int
    label: str  # as written, without punctuation: "1", "（1）"
    text: str
    line: int
    items: tuple["Item", ...] = ()

    def __init__(self, *, number: int, label: str, text: str, line: int, items: tuple["Item", ...] = ()) -> None:
        _set(self, "number", number)
        _set(self, "label", label)
        _set(self, "text", text)
        _set(self, "line", line)
        _set(self, "items", items)


@dataclass(frozen=True, kw_only=True)
class Clause(_Frozen):
    """A clause of a part: （一）, numbered continuously across parts."""

    number: int  # （一） -> 1, counted continuously across parts
    title: str
    text: str
    line: int
    items: tuple[Item, ...] = ()

    def __init__(self, *, number: int, title: str, text: str, line: int, items: tuple[Item, ...] = ()) -> None:
        _set(self, "number", number)
        _set(self, "title", title)
        _set(self, "text", text)
        _set(self, "line", line)
        _set(self, "items", items)


@dataclass(frozen=True, kw_only=True)
class Part(_Frozen):
    """A part of the body: 一、 and what it holds."""

    number: int  # 一、 -> 1
    title: str
    line: int
    text: str = ""  # words after the title and paragraphs before the first clause
    clauses: tuple[Clause, ...] = ()
    items: tuple[Item, ...] = ()  # items directly under the part (no clause level)

    def __init__(
        self,
        *,
        number: int,
        title: str,
        line: int,
        text: str = "",
        clauses: tuple[Clause, ...] = (),
        items: tuple[Item, ...] = (),
    ) -> None:
        _set(self, "number", number)
        _set(self, "title", title)
        _set(self, "line", line)
        _set(self, "text", text)
        _set(self, "clauses", clauses)
        _set(self, "items", items)


@dataclass(frozen=True)
class Subgroup(_Frozen):
    """A 小项 of an annex group."""

    number: int
    title: str
    line: int
    part: int | None = None  # the body part and clause this sub-group implements
    clause: int | None = None

    def __init__(self, number: int, title: str, line: int, part: int | None = None, clause: int | None = None) -> None:
        _set(self, "number", number)
        _set(self, "title", title)
        _set(self, "line", line)
        _set(self, "part", part)
        _set(self, "clause", clause)


@dataclass(frozen=True, kw_only=True)
class Group(_Frozen):
    """A 大项 of the annex table."""

    number: int
    title: str
    line: int
    variants: tuple[str, ...] = ()  # other wordings of a heading the scrape repeated
    part: int | None = None  # the body part this group implements
    subgroups: tuple[Subgroup, ...] = ()

    def __init__(
        self,
        *,
        number: int,
        title: str,
        line: int,
        variants: tuple[str, ...] = (),
        part: int | None = None,
        subgroups: tuple[Subgroup, ...] = (),
    ) -> None:
        _set(self, "number", number)
        _set(self, "title", title)
        _set(self, "line", line)
        _set(self, "variants", variants)
        _set(self, "part", part)
        _set(self, "subgroups", subgroups)


@dataclass(frozen=True, kw_only=True)
class Annex(_Frozen):
    """The annex table of tasks: its header, the role of each column and its groups."""

    title: str | None
    line: int
    header: tuple[str, ...] = ()  # the header row(s) as written
    columns: tuple[str, ...] = ()  # the role of each column: number, task, departments, lead, partners, due
    groups: tuple[Group, ...] = ()

    def __init__(
        self,
        *,
        title: str | None,
        line: int,
        header: tuple[str, ...] = (),
        columns: tuple[str, ...] = (),
        groups: tuple[Group, ...] = (),
    ) -> None:
        _set(self, "title", title)
        _set(self, "line", line)
        _set(self, "header", header)
        _set(self, "columns", columns)
        _set(self, "groups", groups)


@dataclass(frozen=True, kw_only=True)
class Task(_Frozen):
    """One task and the units that owe it, from the annex table or the body."""

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

    def __init__(
        self,
        *,
        id: int,
        path: str,
        source: str,
        text: str,
        group: int | None = None,
        subgroup: int | None = None,
        departments_raw: str | None = None,
        departments: tuple[str, ...] = (),
        lead: tuple[str, ...] = (),
        partners: tuple[str, ...] = (),
        leaders: tuple[str, ...] = (),
        due: str | None = None,
        due_year: int | None = None,
        due_date: str | None = None,
        due_from: str | None = None,
        due_kind: str | None = None,
        line: int,
    ) -> None:
        # the fields set in one step, in their order (which __eq__, __hash__ and __repr__ follow): a notice
        # builds a task per annex row, thousands, and a call of object.__setattr__ per field was a third of that
        _set(
            self,
            "__dict__",
            {
                "id": id,
                "path": path,
                "source": source,
                "text": text,
                "group": group,
                "subgroup": subgroup,
                "departments_raw": departments_raw,
                "departments": departments,
                "lead": lead,
                "partners": partners,
                "leaders": leaders,
                "due": due,
                "due_year": due_year,
                "due_date": due_date,
                "due_from": due_from,
                "due_kind": due_kind,
                "line": line,
            },
        )


@dataclass(frozen=True)
class Note(_Frozen):
    """A numbered note after the body or under the annex table."""

    number: int
    text: str
    line: int

    def __init__(self, number: int, text: str, line: int) -> None:
        _set(self, "number", number)
        _set(self, "text", text)
        _set(self, "line", line)


@dataclass(frozen=True)
class Boilerplate(_Frozen):
    """A line recognised as page furniture rather than content, and why."""

    line: int
    kind: str  # banner | breadcrumb | page-header | link | repeated-title | footer | trailer | lead-note | due-note | …
    text: str

    def __init__(self, line: int, kind: str, text: str) -> None:
        _set(self, "line", line)
        _set(self, "kind", kind)
        _set(self, "text", text)


# what the parser says of a form it read as the notice means it, with nothing to check (a table row whose 序号
# and task cells are merged with the row above's; a sentence for all tasks, or a 责任分工 paragraph by number,
# whose roles went to every block it names): reported as info, never an error under parse --strict
INFO_CODES: frozenset[str] = frozenset(
    {
        "row-cells-merged",
        "units-for-all-given",
        "units-for-every-task-given",
        "due-for-all-given",
        "units-for-later-tasks-given",
        "units-by-number-given",
        "scoring-table",
        "sub-items-one-task",
    }
)


@dataclass(frozen=True)
class Warning(_Frozen):
    """Something the parser may have missed or read wrongly, and the line it is on."""

    code: str
    line: int
    message: str

    def __init__(self, code: str, line: int, message: str) -> None:
        _set(self, "code", code)
        _set(self, "line", line)
        _set(self, "message", message)

    @property
    def severity(self) -> str:
        """info for a form read as the notice means it (INFO_CODES), else warning."""
        return "info" if self.code in INFO_CODES else "warning"


@dataclass(frozen=True, kw_only=True)
class Notice(_Frozen):
    """A parsed notice: the whole model written to a model file."""

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

    def __init__(
        self,
        *,
        schema: int = SCHEMA_VERSION,
        metadata: Metadata = _NEW_METADATA,
        preamble: str = "",
        parts: tuple[Part, ...] = (),
        closing: str | None = None,
        annex: Annex | None = None,
        tasks: tuple[Task, ...] = (),
        notes: tuple[Note, ...] = (),
        boilerplate: tuple[Boilerplate, ...] = (),
        warnings: tuple[Warning, ...] = (),
    ) -> None:
        _set(self, "schema", schema)
        _set(self, "metadata", Metadata() if metadata is _NEW_METADATA else metadata)
        _set(self, "preamble", preamble)
        _set(self, "parts", parts)
        _set(self, "closing", closing)
        _set(self, "annex", annex)
        _set(self, "tasks", tasks)
        _set(self, "notes", notes)
        _set(self, "boilerplate", boilerplate)
        _set(self, "warnings", warnings)

    def clauses(self) -> tuple["Clause", ...]:
        return tuple(c for p in self.parts for c in p.clauses)

    def task(self, task_id: int) -> "Task | None":
        return next((t for t in self.tasks if t.id == task_id), None)

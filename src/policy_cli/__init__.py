"""policy-cli: turn Chinese government implementation notices into queryable data.

Use from Python (everything below is importable from `policy_cli`):

- parse_notice(path | bytes | text) -> Notice; load_model(path=None) -> Notice
  (None: the bundled notice's model); dump_model(notice, path=None) -> YAML text.
- Queries: filter_tasks(notice, TaskFilter(...), registry), by_deadline(tasks),
  search(notice, text), unit_summaries(notice, registry), tasks_by_year(notice),
  tasks_by_group(notice), resolve_departments(names, notice, registry);
  default_registry() gives the bundled registry of unit names.
- Reviews: check(notice, registry), citations(notice), diff(old, new).
- The model classes (Notice, Metadata, Part, Clause, Item, Annex, Group,
  Subgroup, Task, Note, Warning) and the errors (PolicyError and its
  subclasses InputError, ModelError, UsageError, StrictError).

Names are imported on first use, so `import policy_cli` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import dump_model, load_model, parse_notice
    from .check import check
    from .cites import citations
    from .diff import diff
    from .errors import InputError, ModelError, PolicyError, StrictError, UsageError
    from .models import Annex, Clause, Group, Item, Metadata, Note, Notice, Part, Subgroup, Task, Warning
    from .query import (
        TaskFilter,
        by_deadline,
        filter_tasks,
        resolve_departments,
        search,
        tasks_by_group,
        tasks_by_year,
        unit_summaries,
    )
    from .registry import Registry, default_registry

__version__ = "0.1.0"

_EXPORTS = {
    "parse_notice": "api",
    "load_model": "api",
    "dump_model": "api",
    "TaskFilter": "query",
    "filter_tasks": "query",
    "by_deadline": "query",
    "search": "query",
    "unit_summaries": "query",
    "tasks_by_year": "query",
    "tasks_by_group": "query",
    "resolve_departments": "query",
    "default_registry": "registry",
    "Registry": "registry",
    "check": "check",
    "citations": "cites",
    "diff": "diff",
    "Notice": "models",
    "Metadata": "models",
    "Part": "models",
    "Clause": "models",
    "Item": "models",
    "Annex": "models",
    "Group": "models",
    "Subgroup": "models",
    "Task": "models",
    "Note": "models",
    "Warning": "models",
    "PolicyError": "errors",
    "InputError": "errors",
    "ModelError": "errors",
    "UsageError": "errors",
    "StrictError": "errors",
}

__all__ = [
    "Annex",
    "Clause",
    "Group",
    "InputError",
    "Item",
    "Metadata",
    "ModelError",
    "Note",
    "Notice",
    "Part",
    "PolicyError",
    "Registry",
    "StrictError",
    "Subgroup",
    "Task",
    "TaskFilter",
    "UsageError",
    "Warning",
    "__version__",
    "by_deadline",
    "check",
    "citations",
    "default_registry",
    "diff",
    "dump_model",
    "filter_tasks",
    "load_model",
    "parse_notice",
    "resolve_departments",
    "search",
    "tasks_by_group",
    "tasks_by_year",
    "unit_summaries",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'policy_cli' has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def __dir__() -> list[str]:
    return sorted(__all__)

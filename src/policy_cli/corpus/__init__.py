"""Many notices in one SQLite database: build it (index), then ask across notices (query).

    from policy_cli.corpus import index, Corpus
    summary = index([Path("notices")], Path("corpus.db"))
    with Corpus(Path("corpus.db")) as corpus:
        corpus.tasks(TaskFilter(years=(2019,)))

The tables are documented in schema.py and the README ("Many notices").
"""

from __future__ import annotations

from .index import Summary, index, level_of
from .query import Corpus

__all__ = ["Corpus", "Summary", "index", "level_of"]

"""The corpus database's tables: plain SQLite with primary and foreign keys, documented in the README.

Every table but `meta` hangs off `notices`; deleting a notice deletes its rows
everywhere (ON DELETE CASCADE, with foreign keys on, as `connect` sets them).
`blocks_fts` is an FTS5 trigram index over `blocks.folded` (the text
width-folded), keyed by `blocks.id`; triggers keep it in step with `blocks`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from ..errors import InputError
from ..i18n import _

SCHEMA_VERSION = 1

# Seconds a run writing the corpus waits for another run's transaction to end (each is one batch of notices).
BUSY_TIMEOUT = 120.0

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per file found, parsed or not.
CREATE TABLE IF NOT EXISTS notices (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,          -- absolute path of the file
    name TEXT NOT NULL,                 -- file name
    sha256 TEXT NOT NULL,               -- of the file's bytes: unchanged files are skipped
    size INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
    error TEXT,                         -- why the file could not be read (status 'error')
    encoding TEXT,                      -- utf-8, gb18030, ... (null for models and other formats)
    source_format TEXT,                 -- text | html | docx | pdf | model
    doc_number TEXT,                    -- 文号, normalised: 甘委发〔2017〕28号
    doc_number_written TEXT,            -- 文号 as written
    title TEXT,
    issuers TEXT,                       -- issuing bodies, joined with '、'
    level TEXT,                         -- 中央 | 省 | 州 | 市 | 县 | 区, read from the first issuer
    date TEXT,                          -- ISO date signed, else published
    year INTEGER,                       -- of the date, else of the 文号
    tasks INTEGER NOT NULL DEFAULT 0,
    warnings INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS notices_doc_number ON notices (doc_number);

CREATE TABLE IF NOT EXISTS parts (
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,          -- in document order, from 1
    number INTEGER NOT NULL,            -- 一、 -> 1
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    line INTEGER NOT NULL,
    PRIMARY KEY (notice_id, position)
);

CREATE TABLE IF NOT EXISTS clauses (
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,          -- in document order, from 1
    part INTEGER NOT NULL,              -- the number of its part
    number INTEGER NOT NULL,            -- （一） -> 1
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    line INTEGER NOT NULL,
    PRIMARY KEY (notice_id, position)
);

CREATE TABLE IF NOT EXISTS tasks (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,            -- the task's id within its notice
    path TEXT NOT NULL,                 -- 一/（一）/1
    source TEXT NOT NULL,               -- annex | body
    text TEXT NOT NULL,
    group_number INTEGER,               -- annex 大项 or body part
    subgroup_number INTEGER,            -- annex 小项 or body clause
    departments_raw TEXT,
    leaders TEXT,                       -- 牵头领导, joined with '、'
    due TEXT,                           -- as written
    due_year INTEGER,
    due_date TEXT,
    due_from TEXT,
    due_kind TEXT,
    line INTEGER NOT NULL,
    UNIQUE (notice_id, number)
);
CREATE INDEX IF NOT EXISTS tasks_due_year ON tasks (due_year);

-- Each unit a task names, with its role: lead (牵头), partner (配合) or listed (责任, no role given).
CREATE TABLE IF NOT EXISTS task_units (
    task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    unit TEXT NOT NULL,                 -- canonical name
    written TEXT NOT NULL,              -- as the notice spells it
    role TEXT NOT NULL CHECK (role IN ('lead', 'partner', 'listed')),
    PRIMARY KEY (task_id, position)
) WITHOUT ROWID;  -- a task's units stored together
CREATE INDEX IF NOT EXISTS task_units_unit ON task_units (unit, role);

-- Every 文号 and 《》 title a notice cites (its own 文号 left out).
CREATE TABLE IF NOT EXISTS citations (
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('doc-number', 'title')),
    target TEXT NOT NULL,               -- normalised 文号, or the title without spaces
    written TEXT NOT NULL,              -- first spelling seen
    places INTEGER NOT NULL,            -- how many blocks of text cite it
    line INTEGER NOT NULL,              -- first place (0: metadata, preamble or closing)
    PRIMARY KEY (notice_id, kind, target)
);
CREATE INDEX IF NOT EXISTS citations_target ON citations (target);

-- The notice's text, block by block, as `search` reads it: preamble, parts, clauses, items,
-- closing, tasks and notes.
CREATE TABLE IF NOT EXISTS blocks (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,                 -- preamble | part | clause | item | closing | task | note
    key TEXT NOT NULL,                  -- part 1, clause 2/3, item 2/3/1, task or note number
    title TEXT NOT NULL,
    line INTEGER NOT NULL,
    text TEXT NOT NULL,
    folded TEXT NOT NULL,               -- the text width-folded (full-width forms, spaces): what search matches
    UNIQUE (notice_id, position)
);

CREATE TABLE IF NOT EXISTS warnings (
    notice_id INTEGER NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    line INTEGER NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (notice_id, position)
);

-- A trigram index of blocks.folded (external content: the text is stored once, in blocks).
CREATE VIRTUAL TABLE IF NOT EXISTS blocks_fts USING fts5 (
    folded, content = 'blocks', content_rowid = 'id', tokenize = 'trigram case_sensitive 1'
);
CREATE TRIGGER IF NOT EXISTS blocks_fts_insert AFTER INSERT ON blocks BEGIN
    INSERT INTO blocks_fts (rowid, folded) VALUES (new.id, new.folded);
END;
CREATE TRIGGER IF NOT EXISTS blocks_fts_delete AFTER DELETE ON blocks BEGIN
    INSERT INTO blocks_fts (blocks_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
END;
"""


def connect(path: Path, create: bool = False) -> sqlite3.Connection:
    """Open a corpus database, foreign keys on: read-only, or with create, created or opened to write.

    Refuses (InputError, exit 3, like a notice that cannot be used) a missing
    file, a folder or special file, a file that is not a corpus or of another
    schema, and an SQLite database of someone else's that create would
    otherwise add tables to.
    """
    from ..files import existing_regular

    # Checked before SQLite opens it: a directory or special file is refused in one line, a FIFO never blocks.
    if not existing_regular(path, what=_("corpus database")) and not create:
        raise InputError(
            _("{path}: no such corpus; build one with 'policy-cli index FOLDER -o {path}'").format(path=path)
        )
    try:
        if create:
            # Writes begin IMMEDIATE: a second writer waits up to BUSY_TIMEOUT for the lock at the start of
            # a transaction rather than failing in the middle of one.
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level="IMMEDIATE")
        else:
            db = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise InputError(_("{path}: cannot open ({reason})").format(path=path, reason=exc)) from None
    try:
        db.execute("PRAGMA foreign_keys = ON")
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:
            raise InputError(
                _("{path}: an SQLite database, but not a policy-cli corpus; give a new file").format(path=path)
            )
        if create:
            db.executescript(SCHEMA)
            db.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            db.commit()
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != str(SCHEMA_VERSION):
            found = row[0] if row else _("none")
            raise InputError(
                _(
                    "{path}: corpus schema {found} is not the supported {supported}; build it again with 'policy-cli index'"
                ).format(path=path, found=found, supported=SCHEMA_VERSION)
            )
    except sqlite3.DatabaseError as exc:
        db.close()
        raise InputError(_("{path}: not a policy-cli corpus ({reason})").format(path=path, reason=exc)) from None
    except InputError:
        db.close()
        raise
    except sqlite3.Error as exc:
        db.close()
        raise InputError(_("{path}: cannot use the corpus ({reason})").format(path=path, reason=exc)) from None
    return db


@contextmanager
def database_errors(path: Path) -> Iterator[None]:
    """SQLite's errors while reading or writing a corpus (locked, full disk, damaged) as one-line InputErrors."""
    try:
        yield
    except sqlite3.Error as exc:
        raise InputError(_("{path}: {reason}").format(path=path, reason=exc)) from None

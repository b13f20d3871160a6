"""A cache of parsed YAML files, kept as JSON under the user's cache folder.

Loading YAML costs more than answering most queries, so the parsed data of a
YAML file is kept as JSON, under a name made of a hash of the file's bytes and
this program's version: an edited file has a new name, so a stale entry is
never read. Nothing in the cache is trusted:

- the folder is used only when it is a real folder (not a symbolic link),
  owned by the user and writable by no one else; otherwise the cache is skipped
  (a note is logged on the `policy_cli.cache` logger);
- entries are opened without following symbolic links, through the folder
  already checked, and each carries the BLAKE2b digest of the source bytes it was made
  from, checked on every read;
- callers validate what they read exactly as they validate a file (a model
  entry goes through the same checks as a model file).

POLICY_CLI_NO_CACHE=1 turns the cache off; POLICY_CLI_CACHE_DIR or
XDG_CACHE_HOME move it.
"""

from __future__ import annotations

import json
import os
import stat
from _blake2 import blake2b
from contextlib import suppress
from pathlib import Path
from typing import Any

from . import models
from .i18n import _

# An entry larger than this is not one we wrote for a model of sane size.
MAX_ENTRY_BYTES = 256 * 1024 * 1024


def cache_dir() -> Path | None:
    if os.environ.get("POLICY_CLI_NO_CACHE"):
        return None
    base = os.environ.get("POLICY_CLI_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "policy-cli" if base else Path.home() / ".cache" / "policy-cli"


def source_digest(raw: bytes) -> str:
    """The digest of source bytes an entry carries (BLAKE2b: Python's own, where hashlib's SHA-256
    loads OpenSSL's libcrypto at every start, and three times faster than Python's own SHA-256)."""
    return blake2b(raw).hexdigest()


def _digests(raw: bytes) -> tuple[str, str]:
    """source_digest(raw) and the entry's key (the same hash over the bytes and this version), in one pass."""
    from . import __version__

    digest = blake2b(raw)
    source = digest.hexdigest()
    digest.update(f"{__version__}/{models.SCHEMA_VERSION}/{len(raw)}".encode())
    return source, digest.hexdigest()


def cache_key(raw: bytes) -> str:
    return _digests(raw)[1]


def entry_name(kind: str, raw: bytes) -> str:
    return f"{kind}-{cache_key(raw)}.json"


def read(kind: str, raw: bytes) -> Any:
    """The data cached for these source bytes, or None (no entry, a damaged one, or no usable cache)."""
    folder = _open_folder(create=False)
    if folder is None:
        return None
    source, key = _digests(raw)
    try:
        fd = os.open(f"{kind}-{key}.json", os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC, dir_fd=folder)
    except OSError:
        return None
    finally:
        os.close(folder)
    try:
        with os.fdopen(fd, "rb") as handle:
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_ENTRY_BYTES:
                return None
            entry = json.loads(handle.read(MAX_ENTRY_BYTES + 1))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(entry, dict) or entry.get("source") != source:
        return None
    return entry.get("data")


def write(kind: str, raw: bytes, data: Any) -> None:
    """Keep data for these source bytes; any failure only means the YAML is read again next time."""
    folder = _open_folder(create=True)
    if folder is None:
        return
    source, key = _digests(raw)
    name = f"{kind}-{key}.json"
    tmp = f".{name}.{os.getpid()}.{os.urandom(6).hex()}.tmp"
    try:
        body = json.dumps({"source": source, "data": data}, ensure_ascii=False)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600, dir_fd=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body.encode("utf-8"))
            os.replace(tmp, name, src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException:
            with suppress(OSError):
                os.unlink(tmp, dir_fd=folder)
            raise
    except (OSError, TypeError, ValueError, RecursionError):
        pass
    finally:
        os.close(folder)


def _open_folder(create: bool) -> int | None:
    """A descriptor of the cache folder after checking it is safe to use, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    if create:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return None
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    except OSError:
        _skip(folder, _("is not a folder (a symbolic link is not followed)"))
        return None
    st = os.fstat(fd)
    problem = None
    if st.st_uid != os.geteuid():
        problem = _("is owned by another user")
    elif st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        problem = _("is writable by other users")
    if problem:
        os.close(fd)
        _skip(folder, problem)
        return None
    return fd


def _skip(folder: Path, problem: str) -> None:
    import logging

    logging.getLogger(__name__).info(
        "%s", _("cache folder {folder} {problem}; not using the cache").format(folder=folder, problem=problem)
    )

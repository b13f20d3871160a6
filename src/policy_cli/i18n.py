"""Messages in the user's language, through the standard gettext machinery.

Chinese when `--lang zh` is given or the locale is Chinese (LANGUAGE, LC_ALL,
LC_MESSAGES or LANG starting with zh), English otherwise. The catalogue is
src/policy_cli/locale/zh_CN/LC_MESSAGES/policy_cli.po, compiled to the .mo next to
it by `make locale` (GNU msgfmt); both are committed. Machine formats never pass
through here: their keys stay English.

Click and Typer write their own messages (usage errors, help headings) through
the stdlib's classic gettext API, which looks in the process's text domain in the
languages LANGUAGE names. While the CLI runs (`click_follows()`), the same
catalogue answers for them: under Chinese the text domain is policy_cli and
LANGUAGE is zh_CN; under English, and when the run ends, both are as they were.
A program that only imports the library keeps its own text domain. A run's
--lang holds for that run only (`language_kept()`): a program calling the CLI's
main() and then the library gets the library's language back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DOMAIN = "policy_cli"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("en", "zh")

_catalog: Any = None  # a GNUTranslations while Chinese is on, else None (English as written)
_click = False  # whether the classic gettext API (click's messages) follows the language
_saved: tuple[str, str | None] | None = None  # the text domain and LANGUAGE before Chinese was chosen


def language_from_environment() -> str:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = _saved[1] if var == "LANGUAGE" and _saved is not None else os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_language(lang: str | None = None) -> str:
    """Use `lang` (en or zh), or the environment's language when None; returns the one chosen."""
    global _catalog
    chosen = lang or language_from_environment()
    if chosen.lower().startswith("zh"):
        import gettext

        _catalog = gettext.translation(DOMAIN, LOCALE_DIR, languages=["zh_CN"], fallback=True)
        _classic(True)
        return "zh"
    _catalog = None
    _classic(False)
    return "en"


@contextmanager
def language_kept() -> Iterator[None]:
    """A language chosen inside (a run's --lang) applies only inside; afterwards the one before is back."""
    global _catalog
    before = _catalog
    try:
        yield
    finally:
        _catalog = before
        _classic(before is not None)


@contextmanager
def click_follows() -> Iterator[None]:
    """While inside: click's and Typer's own messages follow the language chosen (the CLI runs in this)."""
    global _click
    with language_kept():
        _click = True
        _classic(_catalog is not None)
        try:
            yield
        finally:
            _classic(False)
            _click = False


def _classic(chinese: bool) -> None:
    """Point the classic gettext API (gettext.gettext, used by click) at our catalogue, or back."""
    global _saved
    if not _click:
        return
    import gettext

    if chinese:
        if _saved is None:
            _saved = (gettext.textdomain(), os.environ.get("LANGUAGE"))
        gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
        gettext.textdomain(DOMAIN)
        os.environ["LANGUAGE"] = "zh_CN"
    elif _saved is not None:
        domain, language = _saved
        _saved = None
        gettext.textdomain(domain)
        if language is None:
            os.environ.pop("LANGUAGE", None)
        else:
            os.environ["LANGUAGE"] = language


def _(message: str) -> str:
    """message in the current language."""
    return str(_catalog.gettext(message)) if _catalog is not None else message


def n_(singular: str, plural: str, n: int) -> str:
    """singular or plural message for n, in the current language."""
    if _catalog is not None:
        return str(_catalog.ngettext(singular, plural, n))
    return singular if n == 1 else plural


# Columns whose values are words of the tool's own (a state, a kind, a severity), not text of a notice:
# shown in the user's language where people read them.
VALUE_COLUMNS = frozenset({"state", "kind", "severity", "dimension"})


def value_text(column: str, value: Any) -> Any:
    """A value as people read it: a word of VALUE_COLUMNS in the current language, anything else as it is."""
    if _catalog is None or column not in VALUE_COLUMNS or not isinstance(value, str) or not value:
        return value
    return str(_catalog.pgettext("value", value))


def header(key: str) -> str:
    """A column's header for people (tables, Markdown, Excel): the key itself in English."""
    return str(_catalog.pgettext("column", key)) if _catalog is not None else key


set_language()

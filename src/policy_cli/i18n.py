"""Messages in the user's language, through the standard gettext machinery.

Chinese when `--lang zh` is given or the locale is Chinese (LANGUAGE, LC_ALL,
LC_MESSAGES or LANG starting with zh), English otherwise. The catalogue is
src/policy_cli/locale/zh_CN/LC_MESSAGES/policy_cli.po, compiled to the .mo next to
it by `make locale` (GNU msgfmt); both are committed. Machine formats never pass
through here: their keys stay English.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

DOMAIN = "policy_cli"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("en", "zh")

_catalog: Any = None  # a GNUTranslations while Chinese is on, else None (English as written)


def language_from_environment() -> str:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
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
        return "zh"
    _catalog = None
    return "en"


def _(message: str) -> str:
    """message in the current language."""
    return str(_catalog.gettext(message)) if _catalog is not None else message


def n_(singular: str, plural: str, n: int) -> str:
    """singular or plural message for n, in the current language."""
    if _catalog is not None:
        return str(_catalog.ngettext(singular, plural, n))
    return singular if n == 1 else plural


def header(key: str) -> str:
    """A column's header for people (tables, Markdown, Excel): the key itself in English."""
    return str(_catalog.pgettext("column", key)) if _catalog is not None else key


set_language()

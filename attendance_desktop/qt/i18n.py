"""The app's language: which one a start uses, its translators, and `tr` for plain functions.

Strings are marked where they are shown: `self.tr(...)` in QObject subclasses, `translate(context,
...)` (below) in plain functions. `pyside6-lupdate` collects both into
`resources/i18n/attendance_desktop_<lang>.ts`; `scripts/build-translations` turns those into
the `.qm` files loaded here (built, never committed). Placeholders stay in Python's
`{name}` form in both languages, so a translation may move them but not rename them (the
translation test checks that).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .theme import resources_dir

#: The settings' language values, as the dialog offers them ("system": the desktop's own).
LANGUAGE_LOCALES = {"en": "en_GB", "de": "de_DE"}
CATALOGUE = "attendance_desktop"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` for functions outside a QObject: lupdate finds calls by
    the name `translate`. (For a count, `n`, lupdate marks plurals only in `self.tr`.)"""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def chosen_locale(language: str) -> QLocale:
    """The locale for a settings value: the system's for "system" (and anything unknown)."""
    name = LANGUAGE_LOCALES.get(language)
    return QLocale(name) if name else QLocale.system()


def install_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `language` the app's: QLocale's default (dates, numbers, day and month names),
    the app's own catalogue and Qt's for its stock dialogs. English is the source language,
    so it needs no catalogue. Returns the translators installed (kept alive by the caller;
    Qt does not own them)."""
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((CATALOGUE, str(translations_dir())), ("qtbase", qt_dir)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed

"""The app's language: which one a start uses, its translators, and `tr` for plain functions.

Strings are marked where they are shown: `self.tr(...)` in QObject subclasses, `translate(context,
...)` (below) in plain functions. `pyside6-lupdate` collects both into
`resources/i18n/attendance_desktop_<lang>.ts`; `scripts/build-translations` turns those into
the `.qm` files loaded here (built, never committed). Placeholders stay in Python's
`{name}` form in both languages, so a translation may move them but not rename them (the
translation test checks that).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.holiday_language import holidays_language_for, set_default_holiday_language
from .theme import resources_dir

#: The settings' language values, as the dialog offers them ("system": the desktop's own).
LANGUAGE_LOCALES = {"en": "en_GB", "de": "de_DE"}
CATALOGUE = "attendance_desktop"
#: Our translators' object name: a second install (another run in one process) replaces them.
TRANSLATOR_NAME = "attendance_desktop_translator"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` for functions outside a QObject: lupdate finds calls by
    the name `translate`. (For a count, `n`, lupdate marks plurals only in `self.tr`.)"""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translations_dir() -> Path:
    """Where the .qm files are: `ATTENDANCE_DESKTOP_TRANSLATIONS` (a translator trying a
    catalogue, the tests' freshly built ones), else resources/i18n."""
    chosen = os.environ.get("ATTENDANCE_DESKTOP_TRANSLATIONS")
    return Path(chosen) if chosen else resources_dir() / "i18n"


def chosen_locale(language: str, folder: Path | None = None) -> QLocale:
    """The locale for a settings value. "system" is the desktop's locale when the app
    speaks its language, else British English: words and dates in one language, never
    English words beside French dates."""
    name = LANGUAGE_LOCALES.get(language)
    if name:
        return QLocale(name)
    system = QLocale.system()
    code = QLocale.languageToCode(system.language())
    if (folder or translations_dir()).joinpath(f"{CATALOGUE}_{code}.qm").is_file():
        return system
    return QLocale(LANGUAGE_LOCALES["en"])


def install_language(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> list[QTranslator]:
    """Make `language` the app's: QLocale's default (dates, numbers, day and month names),
    the language of public holidays' names (the local store's, and the server's: the
    remote clients ask for it in Accept-Language), the app's own catalogue (English has
    one too, for its plurals: "1 day", "2 days") and Qt's for its stock dialogs (OK,
    Cancel). Replaces what an earlier call installed.
    `folder` holds the .qm files (default: resources/i18n). Returns the translators
    installed; the app owns them."""
    folder = folder or translations_dir()
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    locale = chosen_locale(language, folder)
    QLocale.setDefault(locale)
    set_default_holiday_language(holidays_language_for(QLocale.languageToCode(locale.language())))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(CATALOGUE, str(folder))]
    if locale.language() != QLocale.Language.English:
        catalogues.append(("qtbase", qt_dir))
    installed: list[QTranslator] = []
    for name, where in catalogues:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for lupdate where it cannot be translated yet (a table made at import,
    before the language is chosen); it is translated where it is shown. Qt's own returns
    `object` to the type checker."""
    return text

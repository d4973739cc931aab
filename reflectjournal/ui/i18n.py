"""Load the app's translation for the user's language, and Qt's own.

British English is the source language: an English-speaking user gets the
strings as written. Catalogues are ``resources/i18n/reflectjournal_<lang>.qm``,
built by ``scripts/translations``; ``en_XA`` is a pseudo-locale that accents
every string (``LANGUAGE=en_XA reflectjournal`` shows it), so a string left
plain on screen never went through tr().
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.resources import resource_path

APP_CATALOGUE = "reflectjournal"

# The translators we installed, so a second call (a test, a language change)
# replaces them rather than stacking another set.
_installed: list[QTranslator] = []


def catalogue_dir() -> Path:
    return resource_path("i18n")


def _candidates(language: str) -> list[str]:
    """The names a catalogue may have: "en-Latn-GB" -> ["en_Latn_GB", "en_GB", "en"]."""
    parts = language.replace("-", "_").split("_")
    names = ["_".join(parts)]
    if len(parts) == 3:
        names.append(f"{parts[0]}_{parts[2]}")
    names.append(parts[0])
    return list(dict.fromkeys(name for name in names if name))


def choose_language(languages: Sequence[str], folder: Path | None = None) -> str | None:
    """The first of the user's languages (in their order of preference) that
    has a catalogue, or None when English comes first: the source strings."""
    folder = folder or catalogue_dir()
    for language in languages:
        names = _candidates(language)
        for name in names:
            if (folder / f"{APP_CATALOGUE}_{name}.qm").is_file():
                return name
        if names[-1] == "en":  # English without a catalogue of its own: the source language
            return None
    return None


def install_translations(
    app: QCoreApplication, locale: QLocale | Sequence[str] | None = None, folder: Path | None = None
) -> str | None:
    """Install the catalogue for ``locale`` (the system's by default; tests
    pass a QLocale or a list of language names), and Qt's own translation
    for the same language when Qt ships one. Returns the language loaded,
    or None for the source language."""
    remove_translations(app)
    if locale is None:
        locale = QLocale.system()
    languages = locale.uiLanguages() if isinstance(locale, QLocale) else list(locale)
    folder = folder or catalogue_dir()
    chosen = choose_language(languages, folder)
    if chosen is None:
        return None
    app_translator = QTranslator(app)
    if not app_translator.load(f"{APP_CATALOGUE}_{chosen}", str(folder)):
        return None
    # Qt's own strings (standard buttons, the file dialog) in the same language.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if any(qt_translator.load(f"qtbase_{name}", qt_folder) for name in _candidates(chosen)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:
        qt_translator.deleteLater()
    app.installTranslator(app_translator)
    _installed.append(app_translator)
    return chosen


def remove_translations(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())

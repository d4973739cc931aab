"""Issue 7's conventions: translations, spell checking, live themes and the
single-instance hand-off of prompt packs."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication

from reflectjournal.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translations"


def _load_script():
    loader = importlib.machinery.SourceFileLoader("rj_translations_script", str(SCRIPT))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture
def translations(qapp):
    """Install a language for one test; the source language again afterwards."""
    yield lambda locale, folder=None: i18n.install_translations(qapp, locale, folder)
    i18n.remove_translations(qapp)


# -- translations -----------------------------------------------------------------


def test_pseudo_locale_translates_the_menus(translations, make_window):
    assert translations(["en-XA"]) == "en_XA"
    window = make_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "[&Jöûŕñåļ]"  # the mnemonic letter stays as typed
    assert all(title.startswith("[") for title in titles), titles
    assert window.new_action.text() == "[&Néŵ éñţŕý]"
    # A module-level wrapper (ui/messages.py's _tr) is in the catalogue too.
    from reflectjournal.core.errors import WrongPassphrase
    from reflectjournal.ui.messages import open_error_text

    assert open_error_text(WrongPassphrase()).startswith("[Ţĥåţ þåššþĥŕåšé")


def test_british_english_is_the_source_and_changes_nothing(translations, make_window):
    assert translations(QLocale("en_GB")) is None
    assert translations(["en-US", "en"]) is None
    window = make_window()
    assert [action.text() for action in window.menuBar().actions()][:2] == ["&Journal", "&Edit"]


def test_language_order_is_the_users(tmp_path):
    folder = tmp_path
    (folder / "reflectjournal_en_XA.qm").write_bytes(b"")
    (folder / "reflectjournal_de.qm").write_bytes(b"")
    assert i18n.choose_language(["fr-FR", "de-Latn-DE", "en-GB"], folder) == "de"
    # English first: the source strings, even with a German catalogue there.
    assert i18n.choose_language(["en-GB", "de-DE"], folder) is None
    assert i18n.choose_language(["cy-GB", "en-Latn-GB", "de"], folder) is None
    assert i18n.choose_language(["en-XA", "en"], folder) == "en_XA"
    assert i18n.choose_language([], folder) is None


def test_qt_own_strings_follow_the_app_language(translations, tmp_path):
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_folder / "qtbase_de.qm").exists():
        pytest.skip("this Qt build ships no qtbase_de.qm")
    # Any valid catalogue will do as "the app's German".
    shutil.copyfile(i18n.catalogue_dir() / "reflectjournal_en_XA.qm", tmp_path / "reflectjournal_de.qm")
    assert translations(["de-DE"], tmp_path) == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    i18n.remove_translations(QApplication.instance())
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_pseudo_translation_keeps_what_code_reads():
    pseudo = _load_script().pseudo
    assert pseudo("&Quit") == "[&Qûîţ]"
    assert pseudo("%n entries exported.") == "[%n éñţŕîéš éẋþöŕţéð.]"
    assert pseudo("reflectjournal %1") == "[ŕéƒļéçţĵöûŕñåļ %1]"
    assert pseudo("Journals (*.rjournal);;All files (*)") == "[Ĵöûŕñåļš (*.rjournal);;Åļļ ƒîļéš (*)]"
    assert pseudo("<b>Bold</b> &amp; {name}") == "[<b>Ɓöļð</b> &amp; {name}]"


def test_catalogues_are_up_to_date_with_the_code():
    """Fails when a string was added or changed without running scripts/translations."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (ROOT / "resources" / "i18n" / "reflectjournal_en_GB.ts").is_file()
    assert (ROOT / "resources" / "i18n" / "reflectjournal_en_XA.qm").is_file()

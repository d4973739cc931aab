"""Start the desktop app: build the QApplication and services, show the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import APP_NAME, __version__

# The id of the .desktop file, metainfo and icon in packaging/linux/.
DESKTOP_ID = "io.github.reflectjournal.ReflectJournal"


def app_icon():
    """The window icon: the hicolor SVG and its PNG sizes in resources/icons."""
    from PySide6.QtGui import QIcon

    from .core.resources import resource_path

    icon = QIcon()
    for path in sorted(resource_path("icons", "hicolor").glob(f"*/apps/{DESKTOP_ID}.*")):
        icon.addFile(str(path))
    return icon


def build_window(*, kdf=None, prompter=None, prefs=None, idle_watcher=None):
    """The window with its services. Tests pass a low ``kdf`` and a scripted
    prompter; the app passes nothing and gets the production defaults."""
    from .core import settings as S
    from .core.paths import default_journal_path
    from .core.vault import PRODUCTION_KDF
    from .ui.main_window import MainWindow
    from .ui.preferences import Preferences
    from .ui.prompter import Prompter
    from .ui.session import JournalSession
    from .ui.theme import apply_theme

    prefs = prefs or Preferences()
    # The theme first: set on an application with no widgets yet, the style
    # and palette do not have to be applied to a whole window again.
    apply_theme(str(prefs.get(S.THEME)))
    session = JournalSession(kdf=kdf or PRODUCTION_KDF)
    window = MainWindow(
        session,
        prefs,
        prompter or Prompter(),
        default_journal_path(),
        idle_watcher=idle_watcher,
    )
    session.setParent(window)
    return window


def run_app(argv: Sequence[str]) -> int:
    """Run the desktop app until the window closes; returns the exit status."""
    # Qt aborts the interpreter if this is set but empty.
    if "QT_QPA_PLATFORM" in os.environ and not os.environ["QT_QPA_PLATFORM"]:
        del os.environ["QT_QPA_PLATFORM"]
    from PySide6.QtWidgets import QApplication

    from .ui import qtlog

    qtlog.install()  # Qt's warnings can quote journal text: never print them (ui/qtlog.py)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    from .ui.i18n import install_translations

    install_translations(app)  # the system's language; British English is the source
    from .ui import single_instance

    # Already running for this user: hand it the packs (it raises its window) and stop here.
    instance_name = single_instance.server_name()
    instance = None
    if instance_name is not None:
        if single_instance.hand_off(instance_name, single_instance.pack_paths(argv)):
            return 0
        instance = single_instance.InstanceServer(instance_name, app)
        if not instance.listen():
            instance = None

    window = build_window()
    from .ui.shutdown import GracefulShutdown

    window.shutdown = GracefulShutdown(window)  # SIGTERM at logout: save, lock, quit
    window.show()
    open_pack_files(window, argv)
    if instance is not None:
        instance.activated.connect(lambda paths: receive_pack_files(window, paths))
    try:
        return int(app.exec())
    finally:
        if instance is not None:
            instance.close()


def open_pack_files(window, argv: Sequence[str]) -> None:
    """``reflectjournal FILE.rjpack``: offer the pack for import, straight
    away if the journal is open, otherwise right after it is unlocked."""
    for arg in argv:
        if arg.lower().endswith(".rjpack"):
            window.packs.open_pack_file(Path(arg))
            break


def receive_pack_files(window, paths: Sequence[Path]) -> None:
    """A later start handed over its packs (ui/single_instance.py): show the
    window, and the first pack's import preview (after unlock if locked)."""
    from .ui.single_instance import raise_window

    raise_window(window)
    open_pack_files(window, [str(path) for path in paths])

"""The real app for the AT-SPI test (tests/e2e/test_atspi.py), driven from
standard input one command a line; each answer is one JSON line.

It is the app's own window (app.build_window) on a real X display, with
Qt's AT-SPI bridge on (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1): the screen
reader's view of it is read by tests/e2e/atspi_walker.py in another process.
Each command does what a user does, through the widgets (typing, clicking,
the menus' actions), so the messages it makes are the real ones.

Run with the project's Python; HOME and the XDG folders must be private.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSocketNotifier, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

PASSPHRASE = "paper lantern orbit kettle"


def main() -> int:
    app = QApplication([sys.argv[0]])
    app.setApplicationName("reflectjournal")
    app.setApplicationDisplayName("reflectjournal")

    from reflectjournal.app import build_window
    from reflectjournal.core.vault import KdfSettings
    from reflectjournal.ui.preferences import Preferences
    from reflectjournal.ui.prompter import ScriptedPrompter

    home = Path(os.environ["HOME"])
    prompter = ScriptedPrompter()
    window = build_window(
        kdf=KdfSettings(iterations=2_000), prompter=prompter, prefs=Preferences(home / "settings.conf")
    )
    window.show()
    journal = home / "journal.rjournal"
    dialog_loop = QEventLoop()
    shown_dialog = []

    def reply(**fields) -> None:
        print(json.dumps(fields), flush=True)

    def wait(signal, msecs: int = 20_000) -> bool:
        loop = QEventLoop()
        fired = []
        signal.connect(lambda *_: (fired.append(True), loop.quit()))
        QTimer.singleShot(msecs, loop.quit)
        if not fired:
            loop.exec()
        return bool(fired)

    def settle(msecs: int = 300) -> None:
        QTest.qWait(msecs)

    def create(path: Path) -> None:
        page = window.welcome_page
        page.set_path(path)
        page.passphrase_edit.setText(PASSPHRASE)
        page.repeat_edit.setText(PASSPHRASE)
        page.create_button.click()

    def run_in_dialog(dialog) -> bool:
        shown_dialog[:] = [dialog]
        dialog.show()
        QTimer.singleShot(300, lambda: reply(ok=True, title=dialog.windowTitle()))
        dialog_loop.exec()
        dialog.close()
        return False

    def command(line: str) -> None:
        name, _, arg = line.strip().partition(" ")
        session = window.session
        if name == "welcome":
            window.show_welcome()
            settle()
            reply(ok=window.pages.currentWidget() is window.welcome_page)
        elif name == "create-error":
            # A journal where no file can be made: under a file, not a folder.
            blocker = home / "not-a-folder"
            blocker.write_text("x")
            create(blocker / "journal.rjournal")
            wait(session.unlock_failed)
            settle()
            reply(ok=True, shown=window.welcome_page.error_label.text())
        elif name == "create":
            create(journal)
            ok = session.is_unlocked or wait(session.unlocked)
            settle(500)
            reply(ok=ok)
        elif name == "type":
            window.editor.body_edit.setFocus()
            QTest.keyClicks(window.editor.body_edit, arg or "A visit")
            ok = wait(window.editor_pane.autosaver.saved, 10_000)
            settle()
            reply(ok=ok, shown=window.save_status.text())
        elif name == "backup":
            prompter.path_answers.append(home / "by-hand.rjournal")
            window.backups.backup_now_action.trigger()
            window.backups.wait_for_jobs()
            settle()
            reply(ok=True, shown=window.statusBar().currentMessage())
        elif name == "lock":
            session.lock()
            settle()
            reply(ok=window.pages.currentWidget() is window.unlock_page)
        elif name == "unlock-wrong":
            window.unlock_page.passphrase_edit.setText("not the right words at all")
            window.unlock_page.unlock_button.click()
            wait(session.unlock_failed)
            settle()
            reply(ok=True, shown=window.unlock_page.error_label.text())
        elif name == "unlock":
            window.unlock_page.passphrase_edit.setText(PASSPHRASE)
            window.unlock_page.unlock_button.click()
            ok = session.is_unlocked or wait(session.unlocked)
            settle(500)
            reply(ok=ok)
        elif name == "settings":
            prompter.dialog_actions.append(run_in_dialog)
            QTimer.singleShot(0, window.settings_action.trigger)
        elif name == "restore":
            prompter.dialog_actions.append(run_in_dialog)
            QTimer.singleShot(0, window.backups.restore_action.trigger)
        elif name == "restore-check":
            dialog = shown_dialog[0]
            dialog.passphrase_edit.setText(PASSPHRASE)
            dialog.check_button.click()
            for _ in range(200):
                if dialog.status_label.text().startswith("Checked"):
                    break
                QTest.qWait(100)
            settle()
            reply(ok=True, shown=dialog.status_label.text())
        elif name == "close-dialog":
            dialog_loop.quit()
            settle()
            reply(ok=True)
        elif name == "supervision":
            shown = window.supervision.prepare()
            settle(500)
            reply(ok=shown is not None and shown.isVisible(), title=shown.windowTitle() if shown else "")
        elif name == "close-supervision":
            window.supervision.close_all()
            settle()
            reply(ok=True)
        elif name == "quit":
            reply(ok=True)
            window.session.lock()
            app.quit()
        else:
            reply(ok=False, error=f"unknown command {name!r}")

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def on_stdin() -> None:
        line = sys.stdin.readline()
        if not line:
            notifier.setEnabled(False)
            app.quit()
            return
        try:
            command(line)
        except Exception as error:  # noqa: BLE001 - answer, so the test does not hang
            reply(ok=False, error=repr(error))

    notifier.activated.connect(on_stdin)
    QTimer.singleShot(0, lambda: reply(ok=True, ready=True))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

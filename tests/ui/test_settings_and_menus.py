"""Settings declared once; the settings dialog; QtProject.conf stays clean;
menus, shortcuts, about, export; plain text everywhere user text is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit

from reflectjournal import __version__
from reflectjournal.core import settings as S
from reflectjournal.core.models import Entry
from reflectjournal.ui.announce import accessible_name
from reflectjournal.ui.dialogs import AboutDialog, SettingsDialog
from reflectjournal.ui.prompter import Prompter, forget_file_dialog_history


def test_every_setting_is_declared_once_with_a_default():
    keys = [s.key for s in S.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    assert S.IDLE_LOCK_MINUTES.default == 5
    assert S.IDLE_LOCK_MINUTES.coerce(0) == 1
    assert S.IDLE_LOCK_MINUTES.coerce(999) == 60
    assert S.IDLE_LOCK_MINUTES.coerce("nonsense") == 5
    assert S.LOCK_WHEN_MINIMISED.coerce("true") is True
    assert S.THEME.coerce("purple") == "system"


def test_preferences_read_defaults_and_clamp(prefs):
    assert prefs.get(S.IDLE_LOCK_MINUTES) == 5
    prefs.set(S.IDLE_LOCK_MINUTES, 120)
    assert prefs.get(S.IDLE_LOCK_MINUTES) == 60
    assert oct(prefs.path.stat().st_mode & 0o777) == "0o600"


def test_setting_an_unchanged_value_writes_nothing(prefs, monkeypatch):
    prefs.set(S.IDLE_LOCK_MINUTES, 7)
    writes = []
    monkeypatch.setattr(prefs, "sync", lambda: writes.append(1))
    prefs.set(S.IDLE_LOCK_MINUTES, 7)
    assert writes == []
    prefs.set(S.IDLE_LOCK_MINUTES, 8)
    assert writes == [1] and prefs.get(S.IDLE_LOCK_MINUTES) == 8


def test_settings_dialog_stores_choices(qtbot, open_window, prompter, prefs):
    def choose(dialog: SettingsDialog) -> bool:
        dialog.idle_spin.setValue(12)
        dialog.minimised_check.setChecked(True)
        dialog.size_spin.setValue(14)
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
        return True

    prompter.dialog_actions.append(choose)
    open_window.settings_action.trigger()
    assert prompter.dialogs_seen == ["SettingsDialog"]
    assert prefs.get(S.IDLE_LOCK_MINUTES) == 12
    assert prefs.get(S.LOCK_WHEN_MINIMISED) is True
    assert prefs.get(S.THEME) == "dark"
    assert open_window.idle_watcher.limit_seconds == 12 * 60
    assert open_window.editor.body_edit.font().pointSize() == 14
    # Cancel changes nothing.
    prompter.dialog_actions.append(lambda d: (d.idle_spin.setValue(3), False)[1])
    open_window.settings_action.trigger()
    assert prefs.get(S.IDLE_LOCK_MINUTES) == 12
    open_window.prefs.set(S.THEME, "system")
    open_window.apply_preferences()


def test_settings_dialog_backup_folder_through_the_seam(qtbot, prompter, tmp_path):
    values = {s: s.default for s in S.ALL_SETTINGS}
    dialog = SettingsDialog(values, prompter)
    qtbot.addWidget(dialog)
    prompter.path_answers.append(tmp_path / "backups-here")
    dialog.backup_button.click()
    assert dialog.values()[S.BACKUP_FOLDER] == str(tmp_path / "backups-here")
    assert dialog.backup_label.textFormat() == Qt.TextFormat.PlainText


def _type_name_and_accept(dialog: QFileDialog, name: str) -> None:
    dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
    dialog.accept()


@pytest.mark.real_dialogs
def test_real_file_dialog_leaves_no_folder_names_in_qtproject_conf(qtbot, tmp_path):
    folder = tmp_path / "Visit-Canary-Surname"
    folder.mkdir()
    target = folder / "journal.rjournal"
    target.write_bytes(b"x")
    qt_conf = Path(QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject").fileName())

    class Driving(Prompter):
        def before_file_dialog(self, dialog: QFileDialog) -> None:
            QTimer.singleShot(200, lambda: _type_name_and_accept(dialog, target.name))
            QTimer.singleShot(5000, dialog.reject)  # never hang

    chosen = Driving().open_file(None, "Open", folder, "Journals (*.rjournal)")
    assert chosen == target
    content = qt_conf.read_bytes() if qt_conf.exists() else b""
    assert b"Canary" not in content
    assert b"Canary".decode("utf-8").encode("utf-16-le") not in content

    # The check is real: without the clean-up Qt does write the folder there.
    dialog = QFileDialog(None, "Open", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    QTimer.singleShot(200, lambda: _type_name_and_accept(dialog, target.name))
    QTimer.singleShot(5000, dialog.reject)
    dialog.exec()
    import shiboken6

    shiboken6.delete(dialog)
    QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject").sync()
    wrote = b"Canary" in (qt_conf.read_bytes() if qt_conf.exists() else b"")
    forget_file_dialog_history()
    assert b"Canary" not in (qt_conf.read_bytes() if qt_conf.exists() else b"")
    if not wrote:
        pytest.skip("this Qt wrote no folder history at all; nothing more to compare")


def test_menus_use_standard_shortcuts(window):
    std = QKeySequence.StandardKey
    assert window.new_action.shortcut() == QKeySequence(std.New)
    assert window.find_action.shortcut() == QKeySequence(std.Find)
    assert window.quit_action.shortcut() == QKeySequence(std.Quit)
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus[:3] == ["Journal", "Edit", "Entry"] and menus[-1] == "Help"  # others add menus between
    # Journal actions wait for an unlocked journal.
    assert not window.new_action.isEnabled() and not window.lock_action.isEnabled()


def test_about_shows_version_licence_and_where_data_lives(qtbot, open_window, prompter, journal_path):
    seen = {}

    def look(dialog: AboutDialog) -> bool:
        seen["text"] = dialog.text_label.text()
        seen["format"] = dialog.text_label.textFormat()
        return True

    prompter.dialog_actions.append(look)
    open_window.about_action.trigger()
    assert __version__ in seen["text"]
    assert "GPL-3.0-or-later" in seen["text"]
    assert str(journal_path) in seen["text"]
    assert str(open_window.prefs.path) in seen["text"]
    assert seen["format"] == Qt.TextFormat.PlainText


def test_export_warns_it_is_not_encrypted(qtbot, open_window, prompter, tmp_path):
    open_window.session.entries.save(Entry(title="Exported"))
    prompter.confirm_answers.append(False)
    open_window.export_action.trigger()
    assert prompter.kinds() == ["confirm"]
    assert "NOT encrypted" in prompter.calls[0][2]
    prompter.calls.clear()
    out = tmp_path / "export"
    prompter.confirm_answers.append(True)
    prompter.dialog_actions.append(lambda dialog: True)  # the preview with the identifying-information check
    prompter.path_answers.append(out)
    open_window.export_action.trigger()
    qtbot.waitUntil(lambda: not open_window.session.runner.jobs(), timeout=10_000)  # on the runner
    assert prompter.kinds() == ["confirm", "dialog", "choose_folder", "inform"]
    assert any(out.iterdir())
    assert str(out) not in open_window.prefs.path.read_text()


def test_user_text_is_shown_as_plain_text(qtbot, open_window):
    window = open_window
    for label in (
        window.unlock_page.name_label,
        window.unlock_page.path_label,
        window.unlock_page.error_label.label,
        window.welcome_page.error_label.label,
        window.welcome_page.path_label,
        window.banner,
        window.save_status,
        window.editor.word_count_label,
        window.results_empty,
        window.list_empty,
    ):
        assert isinstance(label, QLabel)
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_controls_have_accessible_names(open_window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateTimeEdit, QPlainTextEdit, QTextEdit, QWidget

    missing = []
    for widget in open_window.findChildren(QWidget):
        if isinstance(
            widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QDateTimeEdit
        ) and widget.isVisibleTo(open_window):
            if not accessible_name(widget) and not isinstance(widget.parent(), QComboBox | QDateTimeEdit):
                missing.append(widget)
        if isinstance(widget, QAbstractButton) and widget.isVisibleTo(open_window):
            if not (accessible_name(widget) or widget.text()):
                missing.append(widget)
    assert missing == []

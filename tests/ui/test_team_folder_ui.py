"""The team folder at unlock (issue 18, item 4): newer packs are offered
through the preview, never installed by themselves; older or the same are
not offered; a pinned publisher's updates install once the user chose so;
bad folders get a message in the status bar and nothing hangs."""

from __future__ import annotations

import time

from reflectjournal.core import team_folder as core_team_folder
from reflectjournal.core.pack_signing import sign
from reflectjournal.core.packs import write_pack
from reflectjournal.core.team_folder import DECLINED_KEY, FOLDER_KEY
from reflectjournal.ui.packs import team_folder as ui_team_folder
from reflectjournal.ui.packs.importing import ImportPreviewDialog
from reflectjournal.ui.packs.manage import ManagePacksDialog
from tests.pack_signature_corpus import educator_pack, new_key
from tests.ui.conftest import unlock

ID = "org.example.greenwich.visits"


class Seen:
    def __init__(self, accept: bool = True, auto_update: bool = False):
        self.accept, self.auto_update = accept, auto_update
        self.seen: list[dict] = []

    def __call__(self, dialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        self.seen.append({"file": dialog.file_label.text(), "change": dialog.change_label.text()})
        if self.auto_update:
            dialog.auto_update_check.setChecked(True)
        return self.accept


def store(window):
    return window.session.journal_for_tests.packs


def installed(window) -> dict[str, str]:
    return {p.pack.id: p.pack.version for p in store(window).installed()}


def relock(qtbot, window) -> None:
    """Lock, unlock, and wait for the team folder's scan and its offers."""
    window.session.lock("manual")
    window.session.wait_for_worker()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=5_000)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: not window.packs.team_folder.scanning, timeout=10_000)


def use_folder(window, folder) -> None:
    window.session.journal_settings.set(FOLDER_KEY, str(folder))


def test_a_newer_pack_is_offered_at_unlock_and_imported_only_on_yes(qtbot, open_window, prompter, tmp_path):
    window = open_window
    store(window).import_pack(educator_pack("1.0.0"))
    team = tmp_path / "team"
    team.mkdir()
    (team / "visits.rjpack").write_bytes(write_pack(educator_pack("1.1.0")))
    use_folder(window, team)
    declined = Seen(accept=False)
    prompter.dialog_actions.append(declined)
    relock(qtbot, window)
    assert prompter.dialogs_seen.count("ImportPreviewDialog") == 1
    assert declined.seen[0]["file"] == "visits.rjpack (from the team folder)"
    assert declined.seen[0]["change"] == "Update: from version 1.0.0 to version 1.1.0."
    assert installed(window) == {ID: "1.0.0"}  # never installed by itself
    assert window.session.journal_settings.get(DECLINED_KEY) == {ID: "1.1.0"}
    # Declined: not offered again at the next unlock...
    relock(qtbot, window)
    assert prompter.dialogs_seen.count("ImportPreviewDialog") == 1
    # ...but a newer one is, and yes imports it.
    (team / "visits-1.2.rjpack").write_bytes(write_pack(educator_pack("1.2.0")))
    accepted = Seen()
    prompter.dialog_actions.append(accepted)
    relock(qtbot, window)
    assert accepted.seen[0]["change"] == "Update: from version 1.0.0 to version 1.2.0."
    assert installed(window) == {ID: "1.2.0"}


def test_older_or_the_same_is_not_offered(qtbot, open_window, prompter, tmp_path):
    window = open_window
    store(window).import_pack(educator_pack("1.1.0"))
    team = tmp_path / "team"
    team.mkdir()
    (team / "same.rjpack").write_bytes(write_pack(educator_pack("1.1.0")))
    (team / "older.rjpack").write_bytes(write_pack(educator_pack("1.0.0")))
    use_folder(window, team)
    relock(qtbot, window)
    assert "ImportPreviewDialog" not in prompter.dialogs_seen
    result = window.packs.team_folder.last_result
    assert result is not None and result.packs_read == 2 and result.offers == []


def test_a_pinned_publishers_update_installs_after_the_preview_once(qtbot, open_window, prompter, tmp_path):
    window = open_window
    key = new_key()
    first = tmp_path / "visits.rjpack"
    first.write_bytes(write_pack(sign(educator_pack("1.0.0"), key)))
    prompter.dialog_actions.append(Seen(auto_update=True))
    assert window.packs.import_file(first)  # the preview, once: the box ticked
    team = tmp_path / "team"
    team.mkdir()
    (team / "visits.rjpack").write_bytes(write_pack(sign(educator_pack("1.1.0"), key)))
    (team / "court.rjpack").write_bytes(
        write_pack(sign(educator_pack("1.0.0", pack_id="org.example.g.court", title="Court"), key))
    )
    use_folder(window, team)
    seen = Seen(accept=False)
    prompter.dialog_actions.append(seen)
    relock(qtbot, window)
    assert installed(window)[ID] == "1.1.0"  # the update: no preview
    assert [s["change"] for s in seen.seen] == ["New: this pack is not in your journal yet."]  # a new pack: asked
    assert "Installed from the team folder" in window.packs.team_folder.last_message
    # Signed with another key: never installed quietly (refused in the preview).
    (team / "visits-2.rjpack").write_bytes(write_pack(sign(educator_pack("2.0.0"), new_key())))
    refused = Seen()
    prompter.dialog_actions.append(refused)
    relock(qtbot, window)
    assert installed(window)[ID] == "1.1.0"


def test_a_folder_that_vanished_says_so_in_the_status_bar(qtbot, open_window, prompter, tmp_path):
    window = open_window
    use_folder(window, tmp_path / "gone")
    relock(qtbot, window)
    assert "ImportPreviewDialog" not in prompter.dialogs_seen
    assert "cannot be found" in window.statusBar().currentMessage()


def test_a_slow_drive_is_given_up_and_the_window_stays_responsive(qtbot, open_window, prompter, tmp_path, monkeypatch):
    window = open_window
    use_folder(window, tmp_path)

    def stuck(folder, installed, **kwargs):
        time.sleep(1.5)  # a read that does not come back in time
        return core_team_folder.ScanResult(folder)

    monkeypatch.setattr(ui_team_folder, "scan", stuck)
    monkeypatch.setattr(ui_team_folder, "GRACE_MS", 100)
    window.packs.team_folder.time_limit = 0.2
    started = time.monotonic()
    window.packs.team_folder.start_scan()
    qtbot.waitUntil(lambda: not window.packs.team_folder.scanning, timeout=3_000)
    assert time.monotonic() - started < 1.4  # given up before the read returned
    assert "did not answer within 0 seconds" in window.packs.team_folder.last_message
    assert "did not answer" in window.statusBar().currentMessage()
    # Still stuck: no second scan to tie up another thread.
    assert window.packs.team_folder.start_scan() is None
    assert "still not answering" in window.packs.team_folder.last_message
    window.session.wait_for_worker()  # the late result is ignored
    assert window.packs.team_folder.start_scan() is not None  # the drive answered: looked at again
    window.session.wait_for_worker()
    assert "ImportPreviewDialog" not in prompter.dialogs_seen


def test_the_manage_dialog_names_the_folder_and_looks_now(qtbot, open_window, prompter, tmp_path):
    window = open_window
    team = tmp_path / "team"
    team.mkdir()
    (team / "visits.rjpack").write_bytes(write_pack(educator_pack("1.0.0")))
    prompter.path_answers.append(team)
    outcome = {}

    def manage(dialog) -> bool:
        assert isinstance(dialog, ManagePacksDialog)
        box = dialog.team_folder_box
        assert box.folder_label.text() == "None chosen" and not box.look_button.isEnabled()
        prompter.dialog_actions.append(Seen(accept=False))
        box.choose_button.click()  # chooses, then looks
        qtbot.waitUntil(lambda: not window.packs.team_folder.scanning, timeout=5_000)
        outcome["folder"] = box.folder_label.text()
        outcome["status"] = box.status_label.text()
        box.clear_button.click()
        outcome["cleared"] = box.folder_label.text()
        return False

    prompter.dialog_actions.append(manage)
    window.packs.manage_packs()
    assert outcome == {"folder": str(team), "status": "Looked at 1 pack; 1 offered.", "cleared": "None chosen"}
    assert window.session.journal_settings.get(FOLDER_KEY) is None


def test_many_newer_packs_are_offered_ten_at_a_time(qtbot, open_window, prompter, tmp_path):
    window = open_window
    team = tmp_path / "team"
    team.mkdir()
    for number in range(12):
        pack = educator_pack("1.0.0", pack_id=f"org.example.team.p{number:02}", title=f"Team pack {number}")
        (team / f"p{number:02}.rjpack").write_bytes(write_pack(pack))
    use_folder(window, team)
    relock(qtbot, window)  # every preview cancelled (no scripted answer)
    assert prompter.dialogs_seen.count("ImportPreviewDialog") == 10
    assert "2 more newer packs in the team folder will be offered next time." in window.packs.team_folder.last_message
    relock(qtbot, window)
    assert prompter.dialogs_seen.count("ImportPreviewDialog") == 12
    assert installed(window) == {}


def test_settings_names_the_team_folder_while_unlocked(qtbot, open_window, prompter, tmp_path):
    """Settings holds the journal's team folder too (the same box as Prompt
    packs; kept in the journal and changed at once); locked, it is not there."""
    from reflectjournal.ui.dialogs import SettingsDialog

    window = open_window
    team = tmp_path / "team"
    team.mkdir()
    prompter.path_answers.append(team)
    seen = {}

    def settings(dialog) -> bool:
        assert isinstance(dialog, SettingsDialog)
        box = dialog.journal_part
        seen["title"] = box.title()
        box.choose_button.click()
        qtbot.waitUntil(lambda: not window.packs.team_folder.scanning, timeout=5_000)
        seen["folder"] = box.folder_label.text()
        return False  # Cancel: the folder, a journal setting, is already kept

    prompter.dialog_actions.append(settings)
    window.main_actions.edit_settings()
    assert seen == {"title": "Team folder (kept in this journal, changed at once)", "folder": str(team)}
    assert window.session.journal_settings.get(FOLDER_KEY) == str(team)
    window.session.lock("manual")

    def locked(dialog) -> bool:
        seen["locked part"] = dialog.journal_part
        return False

    prompter.dialog_actions.append(locked)
    window.main_actions.edit_settings()
    assert seen["locked part"] is None


def test_settings_access_keys_do_not_clash_with_the_team_folder_in_it(qtbot, open_window, prompter):
    import re
    from collections import Counter

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from reflectjournal.ui.dialogs import SettingsDialog

    keys = {}

    def look(dialog) -> bool:
        texts = [w.text() for w in dialog.findChildren(QAbstractButton)] + [
            w.text() for w in dialog.findChildren(QLabel)
        ]
        found = [m.group(1).casefold() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]
        keys.update(Counter(found))
        assert isinstance(dialog, SettingsDialog) and dialog.journal_part is not None
        return False

    prompter.dialog_actions.append(look)
    open_window.main_actions.edit_settings()
    assert keys and {k: n for k, n in keys.items() if n > 1} == {}

from tests.ui.conftest import create_journal


def test_create_shows_editor(qtbot, window, journal_path):
    create_journal(qtbot, window, journal_path)
    assert window.editor.isEnabled()
    qtbot.keyClicks(window.editor.title_edit, "Home visit")
    qtbot.waitUntil(lambda: not window.is_dirty, timeout=3000)
    assert window.save_status.text() == "Saved"

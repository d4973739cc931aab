"""Issue 11 item 6: a low check-in offers, once per entry and without a
dialog, the support the user has listed in Settings."""

from __future__ import annotations

from reflectjournal.core import settings as S
from reflectjournal.core.models import Wellbeing
from reflectjournal.ui.dialogs import SettingsDialog


def _note(window):
    return window.editor.wellbeing.support_note


def _shown(window) -> bool:
    return _note(window).isVisibleTo(window.editor.wellbeing)


def test_struggling_offers_the_default_support_once(qtbot, open_window, prompter):
    window = open_window
    wellbeing = window.editor.wellbeing
    assert not _shown(window)
    wellbeing.buttons[0].click()  # 1 Struggling
    assert _shown(window)
    text = _note(window).text_label.text()
    assert "Samaritans" in text and "116 123" in text and "manager" in text
    assert prompter.calls == []  # nothing modal
    _note(window).close_button.click()
    assert not _shown(window)
    wellbeing.buttons[2].click()
    wellbeing.buttons[1].click()  # low again, same entry: not offered twice
    assert not _shown(window)
    wellbeing.clear_button.click()
    wellbeing.buttons[0].click()
    assert not _shown(window)


def test_a_good_check_in_offers_nothing(qtbot, open_window):
    wellbeing = open_window.editor.wellbeing
    for index in (2, 3, 4):  # 3 OK, 4, 5 Well
        wellbeing.buttons[index].click()
        assert not _shown(open_window)


def test_each_entry_is_offered_once_and_typing_goes_on(qtbot, open_window):
    window = open_window
    wellbeing = window.editor.wellbeing
    window.editor.title_edit.setFocus()
    wellbeing.buttons[1].click()  # 2
    assert _shown(window)
    assert window.focusWidget() is not _note(window).close_button  # the note takes no focus
    assert wellbeing.words_edit.isEnabled()
    qtbot.keyClicks(wellbeing.words_edit, "long day")
    assert wellbeing.words_edit.text() == "long day"
    window.new_entry()  # another entry: offered afresh
    assert not _shown(window)
    wellbeing.buttons[0].click()
    assert _shown(window)
    # An entry saved low was offered when it was set: loading it offers nothing.
    wellbeing.set_wellbeing(Wellbeing(1, "hard"))
    wellbeing.buttons[0].click()
    assert not _shown(window)


def test_support_list_is_edited_in_settings(qtbot, open_window, prompter, prefs):
    window = open_window

    def edit(dialog: SettingsDialog) -> bool:
        assert "Samaritans" in dialog.support_edit.toPlainText()
        dialog.support_edit.setPlainText("Employee assistance: 0800 000 0000\n\nSam, a colleague\n")
        return True

    prompter.dialog_actions.append(edit)
    window.settings_action.trigger()
    assert prefs.get(S.SUPPORT_CONTACTS) == "Employee assistance: 0800 000 0000\nSam, a colleague"
    window.editor.wellbeing.buttons[0].click()
    text = _note(window).text_label.text()
    assert "Employee assistance: 0800 000 0000" in text and "Sam, a colleague" in text
    assert "Samaritans" not in text


def test_the_offer_can_be_turned_off(qtbot, open_window, prompter, prefs):
    prompter.dialog_actions.append(lambda dialog: (dialog.offer_support_check.setChecked(False), True)[1])
    open_window.settings_action.trigger()
    assert prefs.get(S.OFFER_SUPPORT) is False
    open_window.editor.wellbeing.buttons[0].click()
    assert not _shown(open_window)


def test_the_suggested_list_is_stored_as_the_default_until_changed(qtbot, prompter):
    dialog = SettingsDialog({s: s.default for s in S.ALL_SETTINGS}, prompter)
    qtbot.addWidget(dialog)
    assert dialog.values()[S.SUPPORT_CONTACTS] == S.SUPPORT_CONTACTS_DEFAULT

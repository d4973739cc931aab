"""Names as a screen reader gets them (Qt's accessibility interface), in
process; tests/e2e/test_atspi.py checks the same on the real AT-SPI tree."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QSplitter

from reflectjournal.ui.announce import accessible_name


def _shown(text: str) -> str:
    return text.replace("&", "").rstrip(":…").strip().casefold()


def test_content_labels_read_as_what_they_show(qtbot, open_window):
    """Errors, save status, word count: no fixed name hides their text."""
    editor = open_window.editor
    for label, text in (
        (open_window.welcome_page.error_label, "That folder cannot be written to."),
        (open_window.unlock_page.error_label, "That passphrase did not open the journal."),
        (open_window.save_status, "Saved"),
        (open_window.banner, "Could not save: the disk is full."),
        (editor.word_count_label, "12 words"),
    ):
        label.setText(text)
        shown = getattr(label, "label", label)  # the start pages' notes hold their text in a label
        assert accessible_name(shown) == text


def test_buttons_are_named_as_they_show(qtbot, open_window):
    """WCAG 2.5.3: a button's name contains its visible text."""
    open_window.supervision.prepare()
    windows = [open_window, open_window.supervision.window]
    wrong = []
    for root in windows:
        for button in root.findChildren(QAbstractButton):
            text = _shown(button.text())
            if any(c.isalpha() for c in text) and text not in accessible_name(button).casefold():
                wrong.append((button.text(), accessible_name(button)))
    assert wrong == []
    wellbeing = open_window.editor.wellbeing_buttons[0]
    assert accessible_name(wellbeing) == "1 Struggling"
    assert wellbeing.accessibleDescription() == "Wellbeing 1 of 5"


def test_every_combo_box_has_a_label(qtbot, open_window):
    """On Linux a combo box's name is its value: its label comes from a buddy."""
    open_window.supervision.prepare()
    for root in (open_window, open_window.supervision.window):
        for combo in root.findChildren(QComboBox):
            if combo.isVisibleTo(root):
                assert accessible_name(combo) and accessible_name(combo) != combo.currentText(), combo


def test_splitter_handles_and_status_messages_are_in_the_tree(qtbot, open_window):
    open_window.supervision.prepare()
    for root in (open_window, open_window.supervision.window):
        for splitter in root.findChildren(QSplitter):
            for index in range(1, splitter.count()):
                assert accessible_name(splitter.handle(index)), (splitter.parentWidget(), splitter.widget(0))
    bar = open_window.statusBar()
    bar.showMessage("Moved to the trash.")
    assert accessible_name(bar) == "Moved to the trash."


def test_the_supervision_window_is_a_window(qtbot, open_window):
    from PySide6.QtGui import QAccessible

    window = open_window.supervision.prepare()
    view = open_window.supervision.show_open_actions()
    assert QAccessible.queryAccessibleInterface(window).role() == QAccessible.Role.Window
    assert QAccessible.queryAccessibleInterface(view).role() == QAccessible.Role.Dialog

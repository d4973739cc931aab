"""The calm note in a supervision preparation when the check-ins have
stayed low (issue 15, item 2; the rule and its words: core.low_signal).

It shows in a preparation only (never a held session), never while its
item is already on the agenda, and not again for a preparation once
dismissed there (remembered in the encrypted journal). Its button puts
"How the work is affecting me" on the support part of the agenda, through
the agenda editor (so undo, autosave and the record all see it), once, and
asks for the chart of the check-ins in this preparation's record. Nothing
is sent or shown to anyone else.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.errors import JournalError
from ...core.looking_back import LowSignal, SignalRule
from ...core.low_signal import AFFECTING_ME, SUPPORT, has_affecting_me, shows_note
from ..announce import announce
from .labels import tr

if TYPE_CHECKING:
    from .service import SupervisionService
    from .session_editor import SessionEditor


def period_text(days: int) -> str:
    """core.low_signal.period_words, translated."""
    if days == 7:
        return tr("the last week")
    if days == 14:
        return tr("the last two weeks")
    if days % 7 == 0:
        return tr("the last %1 weeks").replace("%1", str(days // 7))
    return tr("the last %1 days").replace("%1", str(days))


def affecting_me_text() -> str:
    return tr(AFFECTING_ME)


def note_text(signal: LowSignal, days: int, where: str | None = None) -> str:
    """The note as the user reads it (core.low_signal.note_text, translated)."""
    text = tr(
        "Your check-ins over %1 have been low (average %2 from %3 check-ins). If you want, you can add “%4” to %5."
    )
    return (
        text.replace("%1", period_text(days))
        .replace("%2", f"{signal.average:.1f}")
        .replace("%3", str(signal.check_ins))
        .replace("%4", affecting_me_text())
        .replace("%5", where or tr("the support part of the agenda"))
    )


class LowSignalNote(QFrame):
    """A quiet panel above the session editor; hidden unless it applies."""

    added = Signal(int)  # the session's id, once the item is on its agenda

    def __init__(self, service: SupervisionService, editor: SessionEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lowSignalNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.service, self.editor = service, editor
        # The rule from Settings (core.low_signal.signal_rule); the
        # supervision controller sets it. None: switched off.
        self.rule: Callable[[], SignalRule | None] = lambda: None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.private_label = QLabel(tr("Only you see this note. Nothing is sent to anyone."))
        self.private_label.setTextFormat(Qt.TextFormat.PlainText)
        self.private_label.setWordWrap(True)
        self.add_button = QPushButton(tr("Add it to the a&genda"))
        self.add_button.setAccessibleDescription(
            tr("Adds “How the work is affecting me” to the support part of the agenda")
        )
        self.dismiss_button = QPushButton(tr("Not for this session"))
        self.dismiss_button.setAccessibleDescription(tr("Hide this note for this preparation"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.private_label)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_to_agenda)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.editor.agenda.edited.connect(self._on_agenda_edited)
        # Marked "Held": the note is for preparations only (a rare change, so read again).
        self.editor.status_combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.hide()

    def refresh(self) -> bool:
        """Show or hide the note for the session in the editor; True if shown."""
        shown, signal, rule = False, None, None
        session_id = self.editor.session_id
        if session_id is not None and self.service.is_unlocked:
            try:
                rule = self.rule()
                signal = self.service.low_signal(rule)
                dismissed = signal is not None and self.service.signal_dismissed(session_id)
                shown = shows_note(self.editor.current_session(), signal, dismissed, item_text=affecting_me_text())
            except JournalError:
                shown = False
        if shown and signal is not None and rule is not None:
            self.label.setText(note_text(signal, rule.days))
            if not self.isVisible():
                announce(self.label, self.label.text())
        self.setVisible(shown)
        return shown

    def add_to_agenda(self) -> bool:
        """Put the item on the support part of the agenda (once) and ask for
        the chart in this preparation's record. True if it was added now."""
        session_id = self.editor.session_id
        if session_id is None or not self.service.is_unlocked:
            return False
        added = False
        if not has_affecting_me(self.editor.agenda.agenda(), affecting_me_text()):
            added = self.editor.agenda.add_item(SUPPORT, affecting_me_text()) is not None
        try:
            self.service.ask_for_chart(session_id)
        except JournalError:
            pass  # the export box is then simply not ticked: the item is what matters
        self.hide()
        self.editor.tabs.setCurrentWidget(self.editor.agenda_tab)
        self.editor.agenda.tree.setFocus()
        announce(
            self.editor.agenda.tree,
            tr(
                "“%1” is on the support part of the agenda. When you export, you can include a chart of your check-ins."
            ).replace("%1", affecting_me_text()),
        )
        self.added.emit(session_id)
        return added

    def dismiss(self) -> None:
        session_id = self.editor.session_id
        if session_id is not None and self.service.is_unlocked:
            try:
                self.service.dismiss_signal(session_id)
            except JournalError:
                pass  # hidden for now all the same
        self.hide()
        self.editor.tabs.setFocus()

    def _on_agenda_edited(self) -> None:
        if self.isVisible() and has_affecting_me(self.editor.agenda.agenda(), affecting_me_text()):
            self.hide()

    def clear_all(self) -> None:
        self.label.setText("")
        self.hide()

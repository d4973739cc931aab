"""The pack editor's "Prompts" page: the list of the pack's prompts, with
buttons to add, remove and reorder them, beside the form for the chosen one.

The page holds every prompt as a draft (see ``prompt_form``); the chosen
prompt's draft is taken from the form whenever the choice moves on. It asks
nothing and marks nothing modified: the window decides that, and wires the
buttons to its own actions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .labels import one_line, plain_label, tr
from .prompt_form import PromptForm, new_prompt_draft


def prompt_item_text(draft: dict[str, Any]) -> str:
    return one_line(draft["title"], 80) or tr("(no title)")


class PromptListPage(QSplitter):
    """The prompts of one pack: a list to choose from and a form to edit."""

    # has a prompt chosen, can it move up, can it move down
    choice_changed = Signal(bool, bool, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._drafts: list[dict[str, Any]] = []
        self._row = -1

        self.prompt_list = QListWidget()
        self.prompt_list.setAccessibleName(tr("Prompts in this pack"))
        self.prompt_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setAccessibleDescription(tr("Add a prompt"))
        self.remove_button = QPushButton(tr("Remove…"))
        self.remove_button.setAccessibleDescription(tr("Remove the chosen prompt"))
        self.up_button = QPushButton(tr("Up"))
        self.up_button.setAccessibleDescription(tr("Move the chosen prompt up"))
        self.down_button = QPushButton(tr("Down"))
        self.down_button.setAccessibleDescription(tr("Move the chosen prompt down"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.prompt_list, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        left_layout.addLayout(buttons)

        self.prompt_form = PromptForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.prompt_form)
        self.no_prompt_label = plain_label(tr("This pack has no prompts yet. Add one."))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_prompt_label)
        right_layout.addWidget(scroll, 1)

        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)
        for first, second in (
            (self.prompt_list, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.prompt_form.id_edit),
        ):
            QWidget.setTabOrder(first, second)

        self.prompt_list.currentRowChanged.connect(self._on_prompt_list_current_row_changed)
        self.prompt_form.title_edited.connect(self._on_prompt_form_title_edited)

    # -- the drafts ----------------------------------------------------------

    def load(self, drafts: list[dict[str, Any]]) -> None:
        """Show these prompts, the first chosen (the form's undo starts afresh)."""
        self._drafts = list(drafts)
        self._row = -1
        self._refill(0 if self._drafts else -1)

    def drafts(self) -> list[dict[str, Any]]:
        """Every prompt as the page shows it now, the chosen one included."""
        self.commit()
        return [dict(draft) for draft in self._drafts]

    def commit(self) -> None:
        """Take the chosen prompt's draft from the form."""
        if 0 <= self._row < len(self._drafts):
            self._drafts[self._row] = self.prompt_form.draft()

    def current_row(self) -> int:
        return self._row

    def current_title(self) -> str:
        """The chosen prompt's title as the list shows it ("" with none)."""
        return prompt_item_text(self._drafts[self._row]) if self._row >= 0 else ""

    def has_row(self, row: int) -> bool:
        return 0 <= row < len(self._drafts)

    # -- changes ---------------------------------------------------------------

    def add(self) -> None:
        """Add a new prompt with an id no other prompt has, and choose it."""
        self.commit()
        taken = {draft["id"] for draft in self._drafts}
        number = len(self._drafts) + 1
        while f"prompt-{number}" in taken:
            number += 1
        self._drafts.append(new_prompt_draft(f"prompt-{number}"))
        self._refill(len(self._drafts) - 1)

    def remove_current(self) -> None:
        row = self._row
        if row < 0:
            return
        del self._drafts[row]
        self._refill(min(row, len(self._drafts) - 1))

    def move_current(self, step: int) -> bool:
        """Move the chosen prompt ``step`` places; False if it cannot go there."""
        row, target = self._row, self._row + step
        if row < 0 or not 0 <= target < len(self._drafts):
            return False
        self.commit()
        self._drafts[row], self._drafts[target] = self._drafts[target], self._drafts[row]
        self._refill(target)
        return True

    def choose(self, row: int) -> None:
        """Choose a prompt (keeping what the form holds for the one before)."""
        self.commit()
        self._select(row)

    # -- the list ----------------------------------------------------------------

    def _refill(self, select: int) -> None:
        self.prompt_list.blockSignals(True)
        try:
            self.prompt_list.clear()
            for draft in self._drafts:
                self.prompt_list.addItem(QListWidgetItem(prompt_item_text(draft)))
        finally:
            self.prompt_list.blockSignals(False)
        self._row = -1
        self._select(select)

    def _select(self, row: int) -> None:
        self._row = row if 0 <= row < len(self._drafts) else -1
        self.prompt_list.blockSignals(True)
        self.prompt_list.setCurrentRow(self._row)
        self.prompt_list.blockSignals(False)
        self.prompt_form.load(self._drafts[self._row] if self._row >= 0 else None)
        has = self._row >= 0
        can_up, can_down = has and self._row > 0, has and self._row < len(self._drafts) - 1
        self.prompt_form.setEnabled(has)
        self.no_prompt_label.setVisible(not self._drafts)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(can_up)
        self.down_button.setEnabled(can_down)
        self.choice_changed.emit(has, can_up, can_down)

    def _on_prompt_list_current_row_changed(self, row: int) -> None:
        self.choose(row)

    def _on_prompt_form_title_edited(self, text: str) -> None:
        item = self.prompt_list.item(self._row) if self._row >= 0 else None
        if item is not None:
            item.setText(one_line(text, 80) or tr("(no title)"))

"""The pack editor's "Prompts" page: the list of the pack's prompts, with
buttons to add, remove and reorder them, beside the form for the chosen one.

The page holds every prompt as a draft (see ``prompt_form``); the chosen
prompt's draft is taken from the form whenever the choice moves on. It asks
nothing and marks nothing modified: the window decides that, and wires the
buttons to its own actions.

Beside the form, "See it as a practitioner will" shows the chosen prompt
in the prompt panel's own view (``browser.PromptDetails``), at the panel's
width, so the author sees what a practitioner will see.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.pack_authoring import prompt_id_for
from ...core.packs import Prompt, Source
from .browser import PromptDetails
from .labels import one_line, plain_label, plain_tooltip, tr
from .prompt_form import PromptForm, new_prompt_draft

# The prompt panel's width beside the entry editor (controller.PANEL_WIDTH).
PANEL_WIDTH = 330


def prompt_item_text(draft: dict[str, Any]) -> str:
    return one_line(draft["title"]) or tr("New prompt (no title yet)")


def prompt_from_draft(draft: dict[str, Any], pack_id: str = "") -> Prompt:
    """The prompt as a practitioner's panel would show it, from a draft that
    may be unfinished (a year that is not a number is shown as typed)."""
    sources = tuple(
        Source(s["author"], s["title"], cast(int, int(s["year"]) if s["year"].isdigit() else s["year"]),
               s.get("publisher", ""), s.get("url", ""))
        for s in draft["sources"]
    )  # fmt: skip
    return Prompt(
        id=draft["id"],
        title=draft["title"] or prompt_item_text(draft),
        questions=tuple(draft["questions"]),
        when=tuple(draft["when"]),
        sources=sources,
        guidance=draft["guidance"],
        model=draft["model"],
        tags=tuple(draft["tags"]),
        pack_id=pack_id,
    )


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
        # Whole titles: wrapped, never behind a horizontal scroll bar.
        self.prompt_list.setWordWrap(True)
        self.prompt_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.prompt_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.prompt_list.setTextElideMode(Qt.TextElideMode.ElideRight)
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
        left_layout.setContentsMargins(3, 3, 3, 0)  # room for the focus ring round the list
        left_layout.addWidget(self.prompt_list, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        left_layout.addLayout(buttons)

        self.prompt_form = PromptForm()
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.prompt_form)
        self.no_prompt_label = plain_label(tr("This pack has no prompts yet. Add one."))
        self.preview_button = QPushButton(tr("S&ee it as a practitioner will"))
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleDescription(
            tr("Shows the prompt as the prompt panel beside a practitioner's entry shows it")
        )
        self.preview_note = plain_label(
            tr(
                "This is how the prompt panel beside a practitioner's entry shows this prompt. "
                "Press the button again to go back to editing."
            )  # fmt: skip
        )
        self.preview = PromptDetails()
        self.preview.setAccessibleName(tr("The prompt as a practitioner sees it"))
        self.preview.setMaximumWidth(PANEL_WIDTH + 40)
        preview_page = QWidget()
        preview_layout = QVBoxLayout(preview_page)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.preview_note)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview, 1)
        preview_row.addStretch(0)
        preview_layout.addLayout(preview_row, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.form_scroll)
        self.stack.addWidget(preview_page)
        self._pack_title = ""
        self._pack_id = ""
        top = QHBoxLayout()
        top.addWidget(self.no_prompt_label, 1)
        top.addStretch(0)
        top.addWidget(self.preview_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.stack, 1)

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
            (self.down_button, self.preview_button),
            (self.preview_button, self.prompt_form.title_edit),
        ):
            QWidget.setTabOrder(first, second)

        self.prompt_list.currentRowChanged.connect(self._on_prompt_list_current_row_changed)
        self.prompt_form.title_edited.connect(self._on_prompt_form_title_edited)
        self.preview_button.toggled.connect(self._on_preview_button_toggled)

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

    def freeze_ids(self) -> None:
        """The pack was saved: every prompt's id is now its own (entries record it)."""
        self.commit()
        for draft in self._drafts:
            draft["auto_id"] = False
        if self._row >= 0:
            self.prompt_form.load(self._drafts[self._row])

    # -- the practitioner's view -------------------------------------------------

    def set_pack_names(self, pack_title: str, pack_id: str) -> None:
        self._pack_title, self._pack_id = pack_title, pack_id

    def show_preview(self, shown: bool = True) -> None:
        """Show the chosen prompt as the prompt panel does (or the form again)."""
        self.preview_button.setChecked(shown)

    @property
    def preview_shown(self) -> bool:
        return self.stack.currentIndex() == 1

    def update_preview(self) -> None:
        if not self.preview_shown:
            return
        self.commit()
        draft = self._drafts[self._row] if self._row >= 0 else None
        prompt = prompt_from_draft(draft, self._pack_id) if draft is not None else None
        self.preview.show_prompt(prompt, one_line(self._pack_title) or tr("(no title yet)"))

    def _on_preview_button_toggled(self, shown: bool) -> None:
        self.stack.setCurrentIndex(1 if shown else 0)
        self.update_preview()

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
        self.show_preview(False)
        self.form_scroll.verticalScrollBar().setValue(0)  # opens at its title
        self.form_scroll.ensureWidgetVisible(self.prompt_form.title_edit)

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
                item = QListWidgetItem(prompt_item_text(draft))
                item.setToolTip(plain_tooltip(prompt_item_text(draft)))
                self.prompt_list.addItem(item)
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
        self.preview_button.setEnabled(has)
        if not has:
            self.show_preview(False)
        self.update_preview()
        self.up_button.setEnabled(can_up)
        self.down_button.setEnabled(can_down)
        self.choice_changed.emit(has, can_up, can_down)

    def _on_prompt_list_current_row_changed(self, row: int) -> None:
        self.choose(row)

    def _on_prompt_form_title_edited(self, text: str) -> None:
        if self._row < 0:
            return
        if self.prompt_form.auto_id:
            taken = {draft["id"] for index, draft in enumerate(self._drafts) if index != self._row}
            self.prompt_form.set_made_id(prompt_id_for(text, taken))
        item = self.prompt_list.item(self._row)
        if item is not None:
            shown = prompt_item_text({"title": text.strip()})
            item.setText(shown)
            item.setToolTip(plain_tooltip(shown))

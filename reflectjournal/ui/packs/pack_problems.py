"""The pack editor's problems panel: the result of the last check, and each
problem with its field, to be activated to go to that field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.packs import PackProblem
from .importing import problem_lines
from .labels import bold_label, tr

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


class PackProblemsPanel(QWidget):
    """Lists the problems an importer would see. ``field_activated`` names
    the field of the problem the user chose (Enter or double-click)."""

    field_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.problems_list = QListWidget()
        self.problems_list.setAccessibleName(tr("Problems, each with its field"))
        self.problems_list.setWordWrap(True)
        self.status_label = bold_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problems_list)
        self.problems_list.itemActivated.connect(self._on_problems_list_item_activated)

    def reset(self) -> None:
        """Nothing checked yet: say how to check."""
        self.problems_list.clear()
        self.status_label.setText(tr("Validate (Ctrl+Shift+V) to check the pack as an importer would."))

    def show_problems(self, problems: list[PackProblem]) -> None:
        self.problems_list.clear()
        for problem, line in zip(problems, problem_lines(problems), strict=True):
            item = QListWidgetItem(line)
            item.setData(FIELD_ROLE, problem.field)
            self.problems_list.addItem(item)
        if problems:
            count = len(problems)
            self.status_label.setText(
                (
                    tr("1 problem to fix before the pack can be shared.")
                    if count == 1
                    else tr("%n problems to fix before the pack can be shared.", "", count)
                )
                + " "
                + tr("Press Enter or double-click on one to go to its field.")
            )
        else:
            self.status_label.setText(tr("No problems: the pack is ready to share."))

    def show_saved(self) -> None:
        self.status_label.setText(tr("Saved. The pack is ready to share."))

    def focus_first(self) -> None:
        """Choose the first problem listed, if any, and put the focus there."""
        if self.problems_list.count():
            self.problems_list.setCurrentRow(0)
            self.problems_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_problems_list_item_activated(self, item: QListWidgetItem) -> None:
        self.field_activated.emit(item.data(FIELD_ROLE) or "")

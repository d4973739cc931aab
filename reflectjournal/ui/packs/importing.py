"""The list of problems when a pack file cannot be used; the preview before
a pack is imported lives in pack_import_preview.py (re-exported here)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.packs import PackProblem
from ..keyboard import make_default
from ..prompter import Prompter
from .labels import bold_label, dispose, one_line, plain_label, tr
from .pack_import_preview import ImportPreviewDialog

__all__ = ["ImportPreviewDialog", "PackProblemsDialog", "problem_lines"]


def problem_lines(problems: Sequence[PackProblem]) -> list[str]:
    """One line per problem, naming its field (or "the file")."""
    lines = []
    for problem in problems:
        field = getattr(problem, "field", "")
        where = field or tr("the file")
        prompt = getattr(problem, "prompt", "")
        if prompt:
            where += " " + tr("(prompt “%1”)").replace("%1", prompt)
        lines.append(f"{where}: {getattr(problem, 'message', str(problem))}")
    return lines


class PackProblemsDialog(QDialog):
    """Every problem with a pack, each with its field, as plain text."""

    def __init__(self, heading: str, name: str, problems: Sequence[PackProblem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Prompt pack problems"))
        self.resize(640, 420)
        self.heading = bold_label(heading)
        count = len(problems)
        summary = (tr("“%1” has 1 problem:") if count == 1 else tr("“%1” has %n problems:", "", count)).replace(
            "%1", one_line(name, 120)
        )
        self.summary = plain_label(summary)
        self.problems_view = QPlainTextEdit()
        self.problems_view.setReadOnly(True)  # plain text, scrollable, can be copied
        self.problems_view.setAccessibleName(tr("Problems, each with its field"))
        self.problems_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problems_view.setPlainText("\n\n".join(problem_lines(problems)))  # a gap between wrapped problems
        self.problems_view.document().clearUndoRedoStacks()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(buttons)
        make_default(self, buttons.button(QDialogButtonBox.StandardButton.Close))

    def lines(self) -> list[str]:
        return [line for line in self.problems_view.toPlainText().splitlines() if line]

    @classmethod
    def show_problems(
        cls, parent: QWidget | None, prompter: Prompter, heading: str, name: str, problems: Sequence[PackProblem]
    ) -> None:
        dialog = cls(heading, name, problems, parent)
        try:
            prompter.run_dialog(dialog)
        finally:
            dispose(dialog)

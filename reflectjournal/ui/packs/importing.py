"""The preview before a pack is imported, and the list of problems when a
pack file cannot be used."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.pack_store import ImportPreview
from ...core.packs import PackProblem
from ..keyboard import make_default
from ..preview import SafeTextBrowser
from ..prompter import Prompter
from .labels import bold_label, dispose, one_line, pack_authors, pack_label, plain_label, short_date, tr

MAX_DESCRIPTION_SHOWN = 4_000


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


class ImportPreviewDialog(QDialog):
    """What a pack is and what importing it would change.

    The same version: nothing to do (Close only). An older version: refused
    unless "replace the newer version" is ticked.
    """

    def __init__(self, preview: ImportPreview, file_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        pack = preview.pack
        self.setWindowTitle(tr("Import prompt pack"))
        self.resize(560, 520)
        self.heading = bold_label(tr("Import this prompt pack?"), scale=1.2)
        self.title_label = bold_label(pack.title)
        self.file_label = plain_label(file_name)
        self.file_label.setVisible(bool(file_name))

        self.authors_label = plain_label(pack_authors(pack), selectable=True)
        self.id_label = plain_label(pack.id, selectable=True)
        self.organisation_label = plain_label(pack.organisation or tr("Not given"), selectable=True)
        self.version_label = plain_label(pack.version, selectable=True)
        self.licence_label = plain_label(pack.licence, selectable=True)
        self.updated_label = plain_label(short_date(pack.updated), selectable=True)
        count = len(pack.prompts)
        self.count_label = plain_label(tr("1 prompt") if count == 1 else tr("%n prompts", "", count))
        self.description_view = SafeTextBrowser()  # loads nothing, follows no link
        self.description_view.setAccessibleName(tr("Description"))
        self.description_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.description_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.description_view.show_markdown(pack.description[:MAX_DESCRIPTION_SHOWN])

        form = QFormLayout()
        form.addRow(plain_label(tr("Authors:"), wrap=False), self.authors_label)
        form.addRow(plain_label(tr("Organisation:"), wrap=False), self.organisation_label)
        form.addRow(plain_label(tr("Id:"), wrap=False), self.id_label)
        form.addRow(plain_label(tr("Version:"), wrap=False), self.version_label)
        form.addRow(plain_label(tr("Licence:"), wrap=False), self.licence_label)
        form.addRow(plain_label(tr("Updated:"), wrap=False), self.updated_label)
        form.addRow(plain_label(tr("Prompts:"), wrap=False), self.count_label)
        for label, name in (
            (self.authors_label, tr("Authors")),
            (self.organisation_label, tr("Organisation")),
            (self.id_label, tr("Pack id")),
            (self.version_label, tr("Version")),
            (self.licence_label, tr("Licence")),
            (self.updated_label, tr("Updated")),
            (self.count_label, tr("Number of prompts")),
        ):
            label.setAccessibleDescription(name)

        # A pack already here (built in or imported) with a title like this
        # one's: name each with its authors and id, so a look-alike cannot
        # pass for the pack it imitates.
        self.look_alike_label = plain_label(self.look_alike_text(), selectable=True)
        self.look_alike_label.setVisible(bool(preview.look_alikes))

        self.change_label = bold_label(self.change_text())
        self.older_check = QCheckBox(
            tr("Replace the newer version %1 with this older version %2")
            .replace("%1", preview.installed_version or "")
            .replace("%2", pack.version)
        )
        self.older_check.setVisible(preview.needs_confirmation)

        self.buttons = QDialogButtonBox()
        if preview.nothing_to_do:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self.import_button = None
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.import_button = self.buttons.addButton(tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setEnabled(not preview.needs_confirmation)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.older_check.toggled.connect(self._on_older_check_toggled)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.title_label)
        layout.addWidget(self.file_label)
        layout.addLayout(form)
        layout.addWidget(bold_label(tr("Description")))
        layout.addWidget(self.description_view)
        layout.addStretch(1)
        layout.addWidget(self.look_alike_label)
        layout.addWidget(self.change_label)
        layout.addWidget(self.older_check)
        layout.addWidget(self.buttons)
        # Enter imports; an older version only once "replace" is ticked (until then Enter cancels).
        ready = self.import_button is not None and not preview.needs_confirmation
        make_default(self, self.import_button if ready else self.cancel_or_close())

    def cancel_or_close(self):
        box = self.buttons
        return box.button(QDialogButtonBox.StandardButton.Cancel) or box.button(QDialogButtonBox.StandardButton.Close)

    def look_alike_text(self) -> str:
        others = self.preview.look_alikes
        if not others:
            return ""
        lines = [
            tr("Careful: you already have a pack with a title like this one. Check the authors and id:"),
            tr("This file: %1").replace("%1", pack_label(self.preview.pack, distinguish=True)),
        ]
        for other in others:
            name = pack_label(other, distinguish=True)
            lines.append((tr("Built in: %1") if other.is_builtin else tr("Already imported: %1")).replace("%1", name))
        return "\n".join(lines)

    def change_text(self) -> str:
        preview = self.preview
        new, old = preview.pack.version, preview.installed_version or ""
        if preview.change == "new":
            return tr("New: this pack is not in your journal yet.")
        if preview.change == "update":
            return tr("Update: from version %1 to version %2.").replace("%1", old).replace("%2", new)
        if preview.change == "same":
            return tr("Version %1 is already in your journal: nothing to do.").replace("%1", new)
        return (
            tr(
                "Older: your journal has version %1; this file holds the older version %2. "
                "It is not imported unless you confirm below."
            )
            .replace("%1", old)
            .replace("%2", new)
        )

    def _on_older_check_toggled(self, checked: bool) -> None:
        if self.import_button is not None:
            self.import_button.setEnabled(checked)
            make_default(self, self.import_button if checked else self.cancel_or_close())

    @property
    def older_confirmed(self) -> bool:
        return self.preview.needs_confirmation and self.older_check.isChecked()

    @classmethod
    def ask(
        cls, parent: QWidget | None, prompter: Prompter, preview: ImportPreview, file_name: str = ""
    ) -> tuple[bool, bool]:
        """Show the preview; (import it?, older version confirmed?)."""
        dialog = cls(preview, file_name, parent)
        try:
            accepted = prompter.run_dialog(dialog)
            return bool(accepted) and not preview.nothing_to_do, dialog.older_confirmed
        finally:
            dispose(dialog)

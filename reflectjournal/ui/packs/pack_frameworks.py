"""The frameworks a pack carries, in the pack editor (issue 18, item 5): an
educator or employer includes a framework file (the early career standards,
a local framework), checked with the same hostile-input rules as a pack,
and the pack's prompts can then name its items as the ones they serve."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from ...core.errors import PackInvalid
from ...core.frameworks import Framework, builtin_frameworks, read_framework_file
from ..announce import announce
from ..prompter import Prompter
from .labels import plain_label, tr

MOST_PROBLEMS_SHOWN = 8


class PackFrameworksBox(QGroupBox):
    changed = Signal()

    def __init__(self, prompter: Prompter, parent: QWidget | None = None):
        super().__init__(tr("Frameworks in this pack"), parent)
        self.prompter = prompter
        self.frameworks: list[Framework] = []
        self.note = plain_label(
            tr(
                "Optional. Include a framework file (JSON, see docs/framework-format.md) to give practitioners a "
                "framework that is not built in; your prompts can then name its items."
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Frameworks in this pack"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.include_button = QPushButton(tr("Include a framework file…"))
        self.remove_button = QPushButton(tr("Remove the framework"))
        row = QHBoxLayout()
        row.addWidget(self.include_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.include_button.clicked.connect(lambda: self.include())
        self.remove_button.clicked.connect(self.remove_current)
        self._show()

    def set_frameworks(self, frameworks: tuple[Framework, ...] | list[Framework]) -> None:
        self.frameworks = list(frameworks)
        self._show()

    def all_frameworks(self) -> tuple[Framework, ...]:
        """The built-in ones, then this pack's: what a prompt may serve."""
        return builtin_frameworks() + tuple(self.frameworks)

    def _show(self) -> None:
        self.list.clear()
        for framework in self.frameworks:
            self.list.addItem(f"{framework.name} ({framework.id}, {len(framework.items)} items)")
        self.list.setVisible(bool(self.frameworks))
        self.remove_button.setEnabled(bool(self.frameworks))

    def include(self, path: Path | None = None) -> Framework | None:
        """Read a framework file (chosen through the prompter) into the pack."""
        if path is None:
            path = self.prompter.open_file(
                self, tr("Include a framework file"), Path.home(), tr("Framework files (*.json)")
            )
            if path is None:
                return None
        try:
            framework = read_framework_file(path)
        except PackInvalid as error:
            lines = [f"{p.field or tr('the file')}: {p.message}" for p in error.problems[:MOST_PROBLEMS_SHOWN]]
            more = len(error.problems) - len(lines)
            if more > 0:
                lines.append(tr("… and %1 more.").replace("%1", str(more)))
            self.prompter.warn(
                self,
                tr("Framework not included"),
                tr("%1 is not a framework file the pack can carry. Nothing was added.").replace("%1", path.name)
                + "\n\n"
                + "\n".join(lines),
            )
            return None
        except OSError as error:
            self.prompter.warn(
                self,
                tr("Framework not included"),
                tr("%1 could not be read (%2). Check the file and try again.")
                .replace("%1", path.name)
                .replace("%2", error.strerror or tr("it could not be opened")),
            )
            return None
        taken = {f.id for f in self.all_frameworks()}
        if framework.id in taken:
            self.prompter.warn(
                self,
                tr("Framework not included"),
                tr(
                    "This pack already has a framework with the id “%1”, or it is built in. Give the file another id."
                ).replace("%1", framework.id),
            )
            return None
        self.frameworks.append(framework)
        self._show()
        announce(self.list, tr("Included: %1").replace("%1", framework.name))
        self.changed.emit()
        return framework

    def remove_current(self) -> None:
        row = max(0, self.list.currentRow())
        if not self.frameworks:
            return
        removed = self.frameworks.pop(row)
        self._show()
        announce(self.list, tr("Removed: %1").replace("%1", removed.name))
        self.changed.emit()

"""The pack editor's problems panel: what stops the pack being saved and
what is worth checking, kept up to date as the author types, each named by
the field as the form shows it, and each a way to that field (Enter or
double-click).

The core names fields as paths (``prompts[2].sources[0].year``); here they
become the form's words ("Prompt 3 “Before the visit”: Sources, row 1,
Year"), and the commonest messages plain sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from ...core.packs import NO_SOURCES_WARNING, PackProblem
from .labels import one_line, plain_label, plain_tooltip, tr

FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_ROLE = Qt.ItemDataRole.UserRole + 2

_STEP = re.compile(r"\.?([A-Za-z_]+)(?:\[(\d+)\])?")


def _field_names() -> dict[str, str]:
    return {
        "id": tr("Id (under Advanced)"),
        "title": tr("Title"),
        "version": tr("Version (under Advanced)"),
        "updated": tr("Date updated (under Advanced)"),
        "language": tr("Language (under Advanced)"),
        "licence": tr("Licence"),
        "authors": tr("Written by"),
        "organisation": tr("Organisation"),
        "description": tr("Description"),
        "prompts": tr("Prompts"),
        "when": tr("When is it useful?"),
        "model": tr("Model"),
        "questions": tr("Questions"),
        "guidance": tr("Guidance"),
        "sources": tr("Sources"),
        "tags": tr("Tags"),
        "serves": tr("Framework items"),
        "self_care": tr("Self-care note"),
        "author": tr("Author"),
        "year": tr("Year"),
        "publisher": tr("Publisher"),
        "url": tr("Address (https)"),
    }


def _plain_message(message: str) -> str:
    return {
        "must not be empty": tr("Fill this in."),
        "is missing": tr("Fill this in."),
        "must hold at least one author": tr("Add your name."),
        "must hold at least one prompt": tr("Add at least one prompt."),
        "must hold at least one question": tr("Write at least one question."),
        'must hold at least one "when" key': tr("Tick at least one."),
        NO_SOURCES_WARNING: tr(
            "No sources yet: practitioners cannot see what the prompt draws on. Add the works it is based on."
        ),
    }.get(message, message)


def field_place(field: str, prompt_title: Callable[[int], str]) -> str:
    """A field path in the form's words; ``prompt_title(i)`` gives prompt i's title."""
    if not field:
        return tr("The pack")
    names = _field_names()
    parts: list[str] = []
    for match in _STEP.finditer(field):
        key, index = match[1], match[2]
        if key == "prompts" and index is not None:
            title = one_line(prompt_title(int(index)), 60)
            place = tr("Prompt %1").replace("%1", str(int(index) + 1))
            parts.append(f"{place} “{title}”" if title else place)
            continue
        name = names.get(key, key)
        if index is not None:
            row = str(int(index) + 1)
            if key == "sources":
                name = tr("%1, row %2").replace("%1", name).replace("%2", row)
            else:
                name = tr("%1, line %2").replace("%1", name).replace("%2", row)
        parts.append(name)
    head, rest = (parts[0], parts[1:]) if field.startswith("prompts[") else ("", parts)
    place = ", ".join(rest)
    return f"{head}: {place}" if head and place else head or place


def problem_text(problem: PackProblem, prompt_title: Callable[[int], str]) -> str:
    return f"{field_place(problem.field, prompt_title)} — {_plain_message(problem.message)}"


class PackProblemsPanel(QWidget):
    """Lists the problems (they stop a save) and then the warnings (worth
    checking). ``field_activated`` names the field of the one the user chose."""

    field_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(tr("Pro&blems:"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.status_label = plain_label()
        self.problems_list = QListWidget()
        self.problems_list.setAccessibleName(tr("Problems, each with its field"))
        self.problems_list.setAccessibleDescription(tr("Press Enter on one to go to its field"))
        self.problems_list.setWordWrap(True)
        self.problems_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.heading.setBuddy(self.problems_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problems_list)
        self.problems_list.itemActivated.connect(self._on_problems_list_item_activated)

    def show_problems(
        self,
        problems: list[PackProblem],
        warnings: list[PackProblem] = (),  # type: ignore[assignment]
        prompt_title: Callable[[int], str] = lambda _index: "",
    ) -> None:
        """Show a check's result, keeping the chosen line where it still is."""
        current = self.problems_list.currentItem()
        kept = current.text() if current is not None else None
        self.problems_list.clear()
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem, is_warning in [(p, False) for p in problems] + [(w, True) for w in warnings]:
            text = problem_text(problem, prompt_title)
            text = (tr("To check: %1") if is_warning else tr("To fix: %1")).replace("%1", text)
            item = QListWidgetItem(warning_icon if is_warning else error_icon, text)
            item.setData(FIELD_ROLE, problem.field)
            item.setData(WARNING_ROLE, is_warning)
            item.setToolTip(plain_tooltip(text))
            self.problems_list.addItem(item)
            if text == kept:
                self.problems_list.setCurrentItem(item)
        self.status_label.setText(self.summary(len(problems), len(list(warnings))))

    @staticmethod
    def summary(problems: int, warnings: int) -> str:
        if problems:
            text = (
                tr("1 thing to fix before the pack can be saved.")
                if problems == 1
                else tr("%n things to fix before the pack can be saved.", "", problems)
            )
        else:
            text = tr("Nothing to fix: the pack can be saved.")
        if warnings:
            text += " " + (
                tr("1 thing worth checking.") if warnings == 1 else tr("%n things worth checking.", "", warnings)
            )
        if problems or warnings:
            text += " " + tr("Press Enter or double-click on one to go to its field.")
        return text

    def show_saved(self, text: str) -> None:
        self.status_label.setText(text)

    def lines(self) -> list[str]:
        return [self.problems_list.item(row).text() for row in range(self.problems_list.count())]

    def fields(self) -> list[str]:
        return [self.problems_list.item(row).data(FIELD_ROLE) for row in range(self.problems_list.count())]

    def focus_first(self) -> None:
        """Choose the first line listed, if any, and put the focus there."""
        if self.problems_list.count():
            self.problems_list.setCurrentRow(0)
            self.problems_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_problems_list_item_activated(self, item: QListWidgetItem) -> None:
        self.field_activated.emit(item.data(FIELD_ROLE) or "")

"""Case and record numbers the identifying-information check finds: the
patterns of the employer's case system (issue 14, item 1), set in the
People manager.

A pattern is in the core's small language (``#`` a digit, ``@`` a letter,
``*`` either; anything else is itself), so it can never be slow on a long
document. The row shows, as the user types, an example of what a pattern
finds, or what is wrong with it, and saves only when every pattern is good.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...core.errors import JournalError
from ...core.identifying import MAX_CASE_PATTERNS, compile_case_pattern
from ..announce import announce


def tr(text: str) -> str:
    return QCoreApplication.translate("CasePatterns", text)


def split_patterns(text: str) -> list[str]:
    return [p.strip() for p in text.split(",") if p.strip()]


def example_of(pattern: str) -> str:
    """A number the pattern finds: CS-###### → CS-123456."""
    digits = iter("1234567890" * 4)
    letters = iter("ABCDEFGHJK" * 4)
    out = []
    for ch in pattern:
        if ch == "#":
            out.append(next(digits))
        elif ch == "@":
            out.append(next(letters))
        elif ch == "*":
            out.append(next(letters))
        else:
            out.append(ch)
    return "".join(out)


def check_patterns(patterns: list[str]) -> str | None:
    """What is wrong with the patterns, in words, or None if they are good."""
    if len(patterns) > MAX_CASE_PATTERNS:
        return (
            tr("Up to %1 patterns; this has %2.")
            .replace("%1", str(MAX_CASE_PATTERNS))
            .replace("%2", str(len(patterns)))
        )
    for pattern in patterns:
        try:
            compile_case_pattern(pattern)
        except ValueError:
            return tr(
                "“%1” is not a pattern: use # for a digit, @ for a letter, * for either (up to 40 characters)."
            ).replace("%1", pattern)
    return None


class CasePatternsRow(QWidget):
    """Label, field, live note and Save: part of the People manager."""

    def __init__(self, service, parent: QWidget | None = None):  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.service = service
        label = QLabel(tr("Case num&bers:"))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("for example CS-######, @@######"))
        label.setBuddy(self.edit)
        self.save_button = QPushButton(tr("Save pa&tterns"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.edit, 0, 1)
        grid.addWidget(self.save_button, 0, 2)
        grid.addWidget(self.note, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.edit.setText(", ".join(service.case_patterns()))
        self.saved = split_patterns(self.edit.text())
        self.edit.textChanged.connect(self._follow)
        self.edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self._follow()

    def _follow(self) -> None:
        patterns = split_patterns(self.edit.text())
        problem = check_patterns(patterns)
        if problem is not None:
            self.note.setText(problem)
        elif patterns:
            examples = ", ".join(example_of(p) for p in patterns[:3])
            self.note.setText(
                tr("Your case system's numbers, separated by commas. Finds numbers like %1.").replace("%1", examples)
            )
        else:
            self.note.setText(tr("Your case system's numbers, separated by commas: # a digit, @ a letter, * either."))
        self.save_button.setEnabled(problem is None and patterns != self.saved)

    def save(self) -> None:
        patterns = split_patterns(self.edit.text())
        if check_patterns(patterns) is not None or patterns == self.saved:
            return
        try:
            self.service.set_case_patterns(patterns)
        except (ValueError, JournalError) as exc:
            self.note.setText(tr("Not saved: %1").replace("%1", str(exc)))
            announce(self.note, self.note.text(), assertive=True)
            return
        self.saved = patterns
        self.save_button.setEnabled(False)
        announce(self.edit, tr("Case-number patterns saved: the check finds them from now on."))

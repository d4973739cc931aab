"""The prompt of the day, on the screens shown before the journal is open.

Before unlock only the built-in packs can be read (imported packs live
inside the encrypted journal), so the prompt comes from those.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ...core.packs import Prompt
from .labels import bold_label, plain_label, tr


class PromptOfTheDayCard(QWidget):
    """ "Prompt of the day": a title and its first question, as plain text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("promptOfTheDay")
        self._prompt: Prompt | None = None
        self.frame = QFrame()
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        self.heading = plain_label(tr("Prompt of the day"))
        self.heading.setStyleSheet("color: palette(placeholder-text);")
        self.title_label = bold_label()
        self.heading.setBuddy(self.title_label)  # the labels read as what they show
        self.question_label = plain_label()
        inner = QVBoxLayout(self.frame)
        inner.addWidget(self.heading)
        inner.addWidget(self.title_label)
        inner.addWidget(self.question_label)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.frame, 4)
        outer.addStretch(1)

    @property
    def prompt(self) -> Prompt | None:
        return self._prompt

    def show_prompt(self, prompt: Prompt | None) -> None:
        self._prompt = prompt
        self.title_label.setText(prompt.title if prompt else "")
        self.question_label.setText(prompt.questions[0] if prompt and prompt.questions else "")
        self.setVisible(prompt is not None)

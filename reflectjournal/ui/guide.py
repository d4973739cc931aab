"""Help → User guide (F1): the short guide that ships with the app, shown
offline through the same safe renderer as an entry's preview.

The guide is Markdown in ``resources/guide/`` (``user-guide.md``, British
English; ``user-guide.<language>.md`` where a translation exists). It loads
nothing and follows no link by itself, like every other preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..core.resources import resource_path
from .preview import SafeTextBrowser

GUIDE_NAME = "user-guide"


def guide_path(languages: list[str] | None = None) -> Path:
    """The guide in the first of ``languages`` it exists in, else British English."""
    for language in languages if languages is not None else QLocale().uiLanguages():
        for code in (language.replace("-", "_"), language.split("-")[0].split("_")[0]):
            candidate = resource_path("guide", f"{GUIDE_NAME}.{code}.md")
            if candidate.is_file():
                return candidate
    return resource_path("guide", f"{GUIDE_NAME}.md")


def guide_text(languages: list[str] | None = None) -> str:
    try:
        return guide_path(languages).read_text(encoding="utf-8")
    except OSError:
        return ""


class GuideWindow(QWidget):
    """The user guide in a window of its own, beside the journal; a find box
    above it (Ctrl+F, Enter for the next match)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(760, 720)
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find in the guide"))
        self.find_edit.setAccessibleName(self.tr("Find in the guide"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("Find &next"))
        self.browser = SafeTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        row = QHBoxLayout()
        row.addWidget(self.find_edit, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.find_edit, self.find_button)
        QWidget.setTabOrder(self.find_button, self.browser)

        buttons.rejected.connect(self.close)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_button.clicked.connect(self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find_edit.setFocus)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        text = guide_text()
        if text:
            self.browser.show_markdown(text)
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))

    def find_next(self) -> bool:
        """Select the next match of the find box (from the top again after the last)."""
        wanted = self.find_edit.text()
        if not wanted:
            return False
        if self.browser.find(wanted):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(wanted)

    def headings(self) -> list[tuple[int, str]]:
        """(level, text) of each heading, as the window shows them."""
        out = []
        document: QTextDocument = self.browser.document()
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level:
                out.append((level, block.text()))
            block = block.next()
        return out

    def show_guide(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

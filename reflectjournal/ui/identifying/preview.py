"""The preview of outgoing text for exports that had none (Markdown files,
the printable HTML or PDF, a long copy from the editor): exactly the text
that will leave, with the findings panel under it.

The text shown is the outgoing copy: each choice in the panel changes it at
once, so what is accepted is what leaves. Callers then make the file from
the journal with :meth:`FindingsPanel.transform_text` applied to each field,
which makes the same choices for the same details.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..keyboard import make_default
from ..prompter import Prompter
from .panel import FindingsPanel, highlight

SEPARATOR = "\n\n"


def tr(text: str) -> str:
    return QCoreApplication.translate("OutgoingPreviewDialog", text)


class OutgoingText(QWidget):
    """A read-only view of outgoing fields with the findings highlighted;
    shared by every preview (the supervision preview uses it too)."""

    def __init__(self, panel: FindingsPanel, parent: QWidget | None = None):
        super().__init__(parent)
        self.panel = panel
        self._fields: list[tuple[str, str]] = []
        self.label = QLabel(tr("E&xactly this text will leave the journal:"))
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setTabChangesFocus(True)
        self.view.setAccessibleDescription(
            tr("The text that will be exported, with possible identifying details marked")
        )
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.label.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        panel.choices_changed.connect(self.render)
        panel.check_finished.connect(self.render)

    def set_fields(self, fields: Sequence[tuple[str, str]]) -> None:
        self._fields = list(fields)
        self.view.setPlainText(SEPARATOR.join(text for _, text in self._fields))
        self.panel.check(self._fields)

    def render(self) -> None:
        parts: list[str] = []
        spans = []
        base = 0
        for name, text in self._fields:
            out, found = self.panel.redact(text, name)
            spans += [(base + s, n, f) for s, n, f in found]
            parts.append(out)
            base += len(out) + len(SEPARATOR)
        scroll = self.view.verticalScrollBar().value()
        self.view.setPlainText(SEPARATOR.join(parts))
        highlight(self.view, spans)
        self.view.verticalScrollBar().setValue(scroll)

    def text(self) -> str:
        return self.view.toPlainText()

    def clear_all(self) -> None:
        self._fields = []
        self.view.setPlainText("")


class OutgoingPreviewDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[tuple[str, str]],
        panel: FindingsPanel,
        go_text: str,
        *,
        warning: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("OutgoingPreviewDialog")
        self.setWindowTitle(title)
        self.panel = panel
        self.warning_label = QLabel(warning or tr("What leaves the journal is not encrypted."))
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)
        self.outgoing = OutgoingText(panel)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.outgoing)
        splitter.addWidget(panel)
        splitter.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = self.buttons.addButton(go_text, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        make_default(self, self.go_button)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 560)
        self.outgoing.set_fields(fields)

    def preview_text(self) -> str:
        return self.outgoing.text()

    def clear_all(self) -> None:
        self.panel.cancel()
        self.outgoing.clear_all()

    @classmethod
    def confirm(
        cls,
        parent: QWidget | None,
        prompter: Prompter,
        title: str,
        fields: Sequence[tuple[str, str]],
        panel: FindingsPanel,
        go_text: str,
        *,
        warning: str = "",
    ) -> bool:
        """Show the preview; True if the user chose to go on. ``panel`` then
        holds the choices, for the caller's outgoing copy."""
        dialog = cls(title, fields, panel, go_text, warning=warning, parent=parent)
        try:
            accepted = bool(prompter.run_dialog(dialog)) and not panel.busy
            return accepted
        finally:
            panel.setParent(None)  # the caller keeps using the panel's choices
            dialog.clear_all()
            dialog.deleteLater()


def panel_for(session, parent: QWidget | None = None) -> FindingsPanel:  # type: ignore[no-untyped-def]
    """A findings panel reading this session's People list and settings."""
    service = session.identifying
    return FindingsPanel(service.detector, ignore_word=service.ignore, runner=session.runner, parent=parent)


def check_outgoing_entries(parent, session, prompter: Prompter, title: str, go_text: str, flt=None):  # type: ignore[no-untyped-def]
    """The preview of an entry export with the check: the transform that
    makes each outgoing copy with the user's choices, or None if the user
    went back (or the journal could not be read, which raises)."""
    from ...core.outgoing import entry_transform

    fields = session.identifying.export_fields(flt)
    panel = panel_for(session)
    try:
        if not OutgoingPreviewDialog.confirm(parent, prompter, title, fields, panel, go_text):
            return None
        return entry_transform(panel.detector(), panel.choices, panel.stand_ins)
    finally:
        panel.deleteLater()


def check_outgoing_text(parent, session, prompter: Prompter, text: str, *, title: str = "") -> str | None:  # type: ignore[no-untyped-def]
    """A copy from the editor (or a pack's text, with ``title``) through the
    preview with the check: the text as it will go out, or None if the user
    went back."""
    panel = panel_for(session)
    if title:  # an export (a prompt pack)
        go, warning = tr("&Continue…"), tr("The exported file is not encrypted.")
    else:
        go, warning = tr("&Copy"), tr("Text on the clipboard can be read by other programs until it is cleared.")
    dialog = OutgoingPreviewDialog(
        title or tr("Check what will be copied"), [("copy", text)], panel, go, warning=warning, parent=parent
    )
    try:
        if not prompter.run_dialog(dialog) or panel.busy:
            return None
        return dialog.preview_text()
    finally:
        dialog.clear_all()
        dialog.deleteLater()

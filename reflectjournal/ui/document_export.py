"""A document out of the journal, as PDF or Markdown: a year's CPD records
(core.cpd_export) or the critical reflection log (core.reflection_log).

:class:`DocumentExportDialog` shows exactly the text that will leave (the
document it shows, with the identifying-information check's choices
applied, is the one written) and says plainly that the file is not
encrypted; then :func:`save_document` asks for a file through the prompter
seam and writes it 0600.

A document is any value with ``to_markdown()``, ``to_html()``, ``title``
and ``footer``; the dialog is given the two functions of its core module
that list its journal text for the check and apply the check's choices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import fsutil
from ..core.errors import JournalError
from .identifying.panel import FindingsPanel, show_findings
from .keyboard import make_default
from .messages import export_error_text
from .prompter import Prompter

PDF, MARKDOWN = "pdf", "md"


def tr(text: str) -> str:
    return QCoreApplication.translate("DocumentExportDialog", text)


class Document(Protocol):
    title: str
    footer: str

    def to_markdown(self) -> str: ...

    def to_html(self) -> str: ...


FieldsOf = Callable[[Any], list[tuple[str, str]]]
# (detector, document, choose, stand-ins) -> (the outgoing copy, findings)
Redact = Callable[..., tuple[Any, list[Any]]]


class DocumentExportDialog(QDialog):
    """The document exactly as it will leave, and the warning."""

    def __init__(
        self,
        export: Document,
        fmt: str,
        findings: FindingsPanel | None,
        parent: QWidget | None = None,
        *,
        fields_of: FieldsOf,
        redact: Redact,
    ):
        super().__init__(parent)
        self.setObjectName("DocumentExportDialog")
        self._fields_of = fields_of
        self._redact = redact
        self.setWindowTitle(
            tr("Check what will be exported as PDF") if fmt == PDF else tr("Check what will be exported as Markdown")
        )
        self._export = export
        self.findings = findings
        self.warning_label = QLabel(
            tr(
                "The exported file is not encrypted. Anyone who can open the file can read it. "
                "Keep it somewhere safe and delete it when you no longer need it."
            )
        )
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)
        self.warning_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning_label.setStyleSheet(
            "QLabel { padding: 8px; border: 2px solid palette(highlight); border-radius: 4px; }"
        )
        bold = QFont(self.warning_label.font())
        bold.setBold(True)
        self.warning_label.setFont(bold)
        self.preview_label = QLabel(tr("E&xactly this text will leave the journal:"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleDescription(tr("The text that will be exported"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview_label.setBuddy(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go_button = QPushButton(
            tr("Choose where to save the PDF…") if fmt == PDF else tr("Choose where to save the Markdown…")
        )
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        if findings is not None:
            layout.addWidget(findings, 1)
            findings.choices_changed.connect(self._show)
            findings.check_finished.connect(self._show)
            findings.check(fields_of(export))
        layout.addWidget(self.buttons)
        make_default(self, self.go_button)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(720, 600)
        self._show()

    @property
    def export(self) -> Any:
        """The document as it will leave: with the check's choices applied."""
        if self.findings is None:
            return self._export
        panel = self.findings
        return self._redact(panel.detector(), self._export, panel.choice_for, panel.stand_ins)[0]

    def _show(self) -> None:
        self.preview.setPlainText(self.export.to_markdown())
        show_findings(self.preview, self.findings)

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def clear_all(self) -> None:
        if self.findings is not None:
            self.findings.cancel()
        self.preview.setPlainText("")

    @classmethod
    def confirm(
        cls,
        parent: QWidget | None,
        prompter: Prompter,
        export: Document,
        fmt: str,
        findings: FindingsPanel | None = None,
        *,
        fields_of: FieldsOf,
        redact: Redact,
    ) -> Any:
        """Show the preview; the document the user saw, or None if cancelled."""
        dialog = cls(export, fmt, findings, parent, fields_of=fields_of, redact=redact)
        try:
            if not prompter.run_dialog(dialog) or (findings is not None and findings.busy):
                return None
            return dialog.export
        finally:
            dialog.clear_all()
            dialog.deleteLater()


def save_document(
    parent: QWidget | None,
    prompter: Prompter,
    export: Document,
    fmt: str,
    *,
    title: str,
    suggested: str,
    generated: dt.date,
) -> Path | None:
    """Ask where (through the seam, ``title`` on the file dialog, ``suggested``
    the file's name) and write the file 0600; None if cancelled or failed."""
    name_filter = tr("PDF files (*.pdf)") if fmt == PDF else tr("Markdown files (*.md)")
    path = prompter.save_file(parent, title, Path.home() / suggested, name_filter)
    if path is None:
        return None
    suffix = ".pdf" if fmt == PDF else ".md"
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        if fmt == PDF:
            from ..pdf import write_pdf

            write_pdf(path, export.to_html(), title=export.title, generated=generated, footer=export.footer)
        else:
            fsutil.write_private_text(path, export.to_markdown())
    except (OSError, JournalError) as error:
        prompter.warn(parent, tr("Export failed"), export_error_text(error))
        return None
    return path


def export_document(
    parent: QWidget | None,
    prompter: Prompter,
    export: Document,
    fmt: str,
    findings: FindingsPanel | None,
    *,
    fields_of: FieldsOf,
    redact: Redact,
    title: str,
    suggested: str,
    generated: dt.date,
    still_unlocked: Callable[[], bool],
) -> Path | None:
    """The preview, then the file: the path written, or None if the user
    cancelled either, the journal locked meanwhile, or the writing failed
    (the failure already said)."""
    chosen = DocumentExportDialog.confirm(parent, prompter, export, fmt, findings, fields_of=fields_of, redact=redact)
    if chosen is None or not still_unlocked():
        return None
    return save_document(parent, prompter, chosen, fmt, title=title, suggested=suggested, generated=generated)

"""A year's CPD records out of the journal, as PDF or Markdown.

:class:`CpdExportDialog` shows exactly the text that will leave (the
``CpdExport`` it shows, with the identifying-information check's choices
applied, is the one written) and says plainly that the file is not
encrypted; then a file is chosen through the prompter seam and written 0600.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
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

from ...core.cpd import RegistrationYear
from ...core.cpd_export import CpdExport, cpd_fields, redact_cpd_export, suggested_name, write_markdown
from ...core.errors import JournalError
from ..identifying.panel import FindingsPanel, show_findings
from ..keyboard import make_default
from ..messages import export_error_text
from ..prompter import Prompter
from .labels import tr

PDF, MARKDOWN = "pdf", "md"


class CpdExportDialog(QDialog):
    """The year's records exactly as they will leave, and the warning."""

    def __init__(self, export: CpdExport, fmt: str, findings: FindingsPanel | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("CpdExportDialog")
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
            findings.check(cpd_fields(export))
        layout.addWidget(self.buttons)
        make_default(self, self.go_button)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(720, 600)
        self._show()

    @property
    def export(self) -> CpdExport:
        """The export as it will leave: with the check's choices applied."""
        if self.findings is None:
            return self._export
        panel = self.findings
        return redact_cpd_export(panel.detector(), self._export, panel.choice_for, panel.stand_ins)[0]

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
        export: CpdExport,
        fmt: str,
        findings: FindingsPanel | None = None,
    ) -> CpdExport | None:
        """Show the preview; the export the user saw, or None if cancelled."""
        dialog = cls(export, fmt, findings, parent)
        try:
            if not prompter.run_dialog(dialog) or (findings is not None and findings.busy):
                return None
            return dialog.export
        finally:
            dialog.clear_all()
            dialog.deleteLater()


def save_export(
    parent: QWidget | None,
    prompter: Prompter,
    export: CpdExport,
    fmt: str,
    *,
    year: RegistrationYear,
    generated: dt.date,
) -> Path | None:
    """Ask where (through the seam) and write the file 0600; None if cancelled or failed."""
    name_filter = tr("PDF files (*.pdf)") if fmt == PDF else tr("Markdown files (*.md)")
    title = tr("Save the CPD records as PDF") if fmt == PDF else tr("Save the CPD records as Markdown")
    path = prompter.save_file(parent, title, Path.home() / suggested_name(year, fmt), name_filter)
    if path is None:
        return None
    suffix = ".pdf" if fmt == PDF else ".md"
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    try:
        if fmt == PDF:
            from ...pdf import write_pdf

            write_pdf(path, export.to_html(), title=export.title, generated=generated, footer=export.footer)
        else:
            write_markdown(export, path)
    except (OSError, JournalError) as error:
        prompter.warn(parent, tr("Export failed"), export_error_text(error))
        return None
    return path
